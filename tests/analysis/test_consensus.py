"""Consensus at a date: electorate, status rules, conflicts, staleness, syndication, replay."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.analysis import consensus_at, diff
from accession.analysis.replay import replay_history
from accession.errors import UnknownQuestionError
from accession.model import Document, Evidence, Stance
from accession.store import documents, ledger

D = dt.date.fromisoformat
Q = "NATO:invite:GEO"  # a question with no history in the knowledge base


def add(app, member: str, stance: str, day: str, **kw) -> int:
    kw.setdefault("source_url", f"https://example.org/{member}/{day}")
    with app.store.write() as conn:
        (i,) = ledger.add_evidence(conn, [Evidence(Stance(Q, member, stance, D(day)), **kw)])
    return i


def status(app, day: str, **kw):
    with app.store.read() as conn:
        return consensus_at(conn, app.kb, Q, D(day), **kw)


def test_electorate_follows_membership(app) -> None:
    assert len(status(app, "2023-01-01").members) == 30
    assert len(status(app, "2023-04-04").members) == 31
    assert len(status(app, "2024-12-04").members) == 32


@pytest.mark.parametrize(
    ("rows", "expected", "blockers"),
    [
        ([], "unclear", []),
        ([("HUN", "oppose")], "blocked", ["HUN"]),
        ([("HUN", "oppose"), ("SVK", "oppose"), ("POL", "support")], "blocked", ["HUN", "SVK"]),
        ([("DEU", "conditional"), ("POL", "support")], "unclear", []),
    ],
    ids=["no-evidence", "one-blocker", "two-blockers", "conditional-is-not-consent"],
)
def test_status_rules(app, rows, expected, blockers) -> None:
    for member, stance in rows:
        add(app, member, stance, "2024-11-20")
    result = status(app, "2024-12-04")
    assert result.status == expected
    assert result.blockers == blockers
    assert result.consensus_reached is False


def test_reached_when_every_member_supports(app) -> None:
    for m in app.kb.members_on("NATO", D("2024-12-01")):
        add(app, m, "support", "2024-12-01")
    result = status(app, "2024-12-04")
    assert result.status == "reached" and result.coverage == 1.0 and result.must_change == []


def test_latest_evidence_wins_and_conflicts_are_flagged(app) -> None:
    add(app, "DEU", "oppose", "2024-10-01")
    add(app, "DEU", "support", "2024-10-20")
    result = status(app, "2024-12-04")
    deu = next(m for m in result.members if m.iso3 == "DEU")
    assert deu.stance == "support" and deu.conflict and "DEU" in result.conflicts
    # evidence dated after the analysis date does not count
    assert next(m for m in status(app, "2024-10-10").members if m.iso3 == "DEU").stance == "oppose"


def test_stale_evidence_is_marked(app) -> None:
    add(app, "FRA", "support", "2022-01-01")
    result = status(app, "2024-12-04", stale_days=365)
    assert "FRA" in result.stale
    assert "FRA" not in status(app, "2022-06-01", stale_days=365).stale


def test_conditional_carries_its_condition(app) -> None:
    add(app, "TUR", "conditional", "2024-11-01", condition="after a ceasefire")
    result = status(app, "2024-12-04")
    assert result.conditional == [{"iso3": "TUR", "condition": "after a ceasefire"}]


def test_syndicated_copies_count_once_with_all_sources(app) -> None:
    body = (
        "Diplomats in Brussels said on Tuesday that the alliance would not invite Kyiv this week. "
        "Hungary's foreign minister said his government would block any such decision at the table."
    )
    with app.store.write() as conn:
        a, _, _ = documents.add_document(conn, Document(body, outlet="Wire", url="https://w/1"))
        b, _, of = documents.add_document(
            conn, Document("Staff report\n" + body, url="https://o/2")
        )
        assert of == a
        rows = []
        for doc_id, url in ((a, "https://w/1"), (b, "https://o/2")):
            row = ledger.evidence_row(
                Evidence(
                    Stance(Q, "HUN", "oppose", D("2024-12-03")), quote="block", source_url=url
                ),
                cluster=a,
            )
            row["document_id"] = doc_id
            row["content_key"] = ledger.evidence_key(row)
            rows.append(row)
        ledger._insert_ignore(conn, ledger.evidence, rows)
    hun = next(m for m in status(app, "2024-12-04").members if m.iso3 == "HUN")
    assert len(hun.evidence) == 1
    assert sorted(hun.evidence[0].sources) == ["https://o/2", "https://w/1"]


def test_question_level_reports_are_evidence(app) -> None:
    with app.store.write() as conn:
        ledger.add_consensus_report(
            conn,
            Q,
            "not_reached",
            D("2024-12-02"),
            "no agreement among the allies",
            "https://x.org",
        )
    assert status(app, "2024-12-04").reports[0]["status"] == "not_reached"
    assert status(app, "2024-12-01").reports == []


def test_unknown_question(app) -> None:
    with app.store.read() as conn, pytest.raises(UnknownQuestionError, match="known keys"):
        consensus_at(conn, app.kb, "NATO:invite:ZAF", D("2024-01-01"))


def test_diff_reports_moves_with_evidence(app) -> None:
    add(app, "HUN", "undecided", "2024-06-01")
    add(app, "HUN", "oppose", "2024-11-01", quote="we will not agree")
    with app.store.read() as conn:
        result = diff(conn, app.kb, Q, D("2024-07-01"), D("2024-12-04"))
    assert [(m["iso3"], m["before"], m["after"]) for m in result["moves"]] == [
        ("HUN", "undecided", "oppose")
    ]
    assert result["moves"][0]["evidence"][0]["quote"] == "we will not agree"


@pytest.mark.parametrize(
    ("key", "day", "status_", "blockers"),
    [
        ("NATO:admit:SWE", "2023-06-01", "blocked", ["HUN", "TUR"]),
        ("NATO:admit:SWE", "2024-02-01", "blocked", ["HUN"]),
        ("NATO:admit:SWE", "2024-03-08", "reached", []),
        ("NATO:admit:FIN", "2023-03-01", "blocked", ["HUN", "TUR"]),
        ("NATO:admit:FIN", "2023-04-05", "reached", []),
    ],
    ids=["swe-2023", "swe-after-turkey", "swe-joined", "fin-holdouts", "fin-joined"],
)
def test_history_replay_tells_the_real_story(app, key, day, status_, blockers) -> None:
    with app.store.write() as conn:
        # the app replayed the history when it opened the store; a second replay adds nothing
        assert replay_history(conn, app.kb) == 0
        assert ledger.count_evidence(conn) > 100
    with app.store.read() as conn:
        result = consensus_at(conn, app.kb, key, D(day))
    assert result.status == status_
    assert result.blockers == blockers


def test_replay_follows_knowledge_base_corrections(app, tmp_path) -> None:
    """A ratification removed from the KB (a date found wrong) is retired from the ledger on
    the next replay, with a review note, and comes back if the KB asserts it again."""
    import shutil

    from accession.kb import load_kb

    data = tmp_path / "data"
    shutil.copytree(app.kb.data_dir, data)
    path = data / "ratifications" / "nato-2023-2024-finland-sweden.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    dropped = next(i for i, line in enumerate(lines) if line.startswith("NATO,SWE,HUN,"))
    path.write_text("".join(lines[:dropped] + lines[dropped + 1 :]), encoding="utf-8")
    corrected = load_kb(data)

    def hun_rows(conn) -> list[dict]:
        return [
            r
            for r in ledger.iter_evidence(conn, "NATO:admit:SWE")
            if r["member_iso3"] == "HUN" and r["method"] == "kb.ratifications.v1"
        ]

    with app.store.write() as conn:
        assert [r["review"] for r in hun_rows(conn)] == ["confirmed"]
        replay_history(conn, corrected)
        (row,) = hun_rows(conn)
        assert row["review"] == "rejected"
        notes = [r["note"] for r in ledger.evidence_history(conn, row["id"])["reviews"]]
        assert "no longer asserted by the knowledge base" in notes[-1]
        replay_history(conn, app.kb)  # the original assertion again
        assert [r["review"] for r in hun_rows(conn)] == ["confirmed"]
