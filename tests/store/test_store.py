"""Store round trips on SQLite and on a real PostgreSQL; migrations from empty to head."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from accession.model import Document, Evidence, ReviewState, Span, Stance
from accession.store import Store, documents, forecasts, ledger
from accession.store.migrate import current_revision, head_revision
from accession.store.schema import metadata


def _ev(member: str, stance: str, day: str, quote: str = "", **kw) -> Evidence:
    return Evidence(
        Stance("NATO:invite:UKR", member, stance, dt.date.fromisoformat(day)),
        quote=quote,
        source_url="https://example.org/a",
        **kw,
    )


def test_migrates_empty_database_to_head(db_url: str) -> None:
    store = Store(db_url)
    assert current_revision(store.engine) == head_revision()
    names = set(sa.inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= names
    # the migrations and schema.py agree column by column
    insp = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        cols = {c["name"] for c in insp.get_columns(table.name)}
        assert cols == {c.name for c in table.columns}, table.name
    Store(db_url)  # a second open is a no-op
    store.close()


def test_sqlite_uses_wal(tmp_path) -> None:
    store = Store(str(tmp_path / "w.db"))
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_evidence_round_trip_and_idempotence(db_url: str) -> None:
    store = Store(db_url)
    with store.write() as conn:
        ids = ledger.add_evidence(conn, [_ev("HUN", "oppose", "2024-11-01", "no")])
        again = ledger.add_evidence(conn, [_ev("HUN", "oppose", "2024-11-01", "no")])
        assert ids == again
        assert ledger.count_evidence(conn) == 1
    with store.read() as conn:
        rows = ledger.latest_evidence(conn, "NATO:invite:UKR", ["HUN", "POL"], dt.date(2024, 12, 4))
    assert [(r["member_iso3"], r["stance"], r["quote"]) for r in rows] == [("HUN", "oppose", "no")]


def test_latest_evidence_respects_date_review_and_supersession(db_url: str) -> None:
    store = Store(db_url)
    with store.write() as conn:
        (a,) = ledger.add_evidence(conn, [_ev("DEU", "oppose", "2024-10-01")])
        (b,) = ledger.add_evidence(conn, [_ev("DEU", "undecided", "2024-11-01")])
        (c,) = ledger.add_evidence(conn, [_ev("DEU", "support", "2025-01-01")])
        ledger.review_evidence(conn, b, "rejected", "tester")
    with store.read() as conn:
        on = dt.date(2024, 12, 4)
        rows = ledger.latest_evidence(conn, "NATO:invite:UKR", ["DEU"], on)
        assert [r["id"] for r in rows] == [a]
    with store.write() as conn:
        (d,) = ledger.add_evidence(conn, [_ev("DEU", "conditional", "2024-10-01", supersedes=a)])
    with store.read() as conn:
        rows = ledger.latest_evidence(conn, "NATO:invite:UKR", ["DEU"], dt.date(2024, 12, 4))
        assert [r["id"] for r in rows] == [d]
        hist = ledger.evidence_history(conn, d)
        assert [r["id"] for r in hist["supersedes"]] == [a]
        assert ledger.evidence_history(conn, b)["reviews"][0]["review"] == "rejected"
        assert c not in [r["id"] for r in rows]


def test_confirmed_only_filter(db_url: str) -> None:
    store = Store(db_url)
    with store.write() as conn:
        ledger.add_evidence(conn, [_ev("SVK", "oppose", "2024-10-05")])
        ledger.add_evidence(
            conn, [_ev("SVK", "support", "2024-01-01", review=ReviewState.CONFIRMED)]
        )
    with store.read() as conn:
        on = dt.date(2024, 12, 4)
        both = ledger.latest_evidence(conn, "NATO:invite:UKR", ["SVK"], on, include_proposed=True)
        conf = ledger.latest_evidence(conn, "NATO:invite:UKR", ["SVK"], on, include_proposed=False)
    assert both[0]["stance"] == "oppose"
    assert [r["stance"] for r in conf] == ["support"]


def test_documents_once_and_syndication(db_url: str) -> None:
    body = (
        "Ministers of the alliance met in Brussels on Tuesday to discuss the next steps. "
        "Several delegations said an invitation for Kyiv was not on the table this week. "
        "Diplomats expect the debate to continue well into next year at the summit."
    )
    store = Store(db_url)
    with store.write() as conn:
        a, created_a, _ = documents.add_document(conn, Document(body, title="Wire", outlet="A"))
        a2, created_a2, _ = documents.add_document(conn, Document(body, title="Wire", outlet="A"))
        b, created_b, of = documents.add_document(
            conn, Document("By Staff\n" + body, title="Other headline", outlet="B")
        )
    assert created_a and not created_a2 and a == a2
    assert created_b and of == a
    with store.read() as conn:
        assert {d["id"] for d in documents.syndicated_copies(conn, b)} == {a, b}


def test_bulk_load_is_idempotent(db_url: str) -> None:
    store = Store(db_url)

    def rows():
        for i in range(1000):
            r = {
                "question": "NATO:invite:UKR",
                "member_iso3": "POL",
                "stance": "support",
                "on_date": "2024-01-01",
                "quote": f"q{i}",
                "method": "bench",
                "content_key": "",
            }
            yield r

    first = sum(added for _, added in ledger.bulk_load(store.engine, rows(), chunk_size=300))
    second = sum(added for _, added in ledger.bulk_load(store.engine, rows(), chunk_size=300))
    assert (first, second) == (1000, 0)


def test_forecast_round_trip(db_url: str) -> None:
    store = Store(db_url)
    with store.write() as conn:
        fid = forecasts.save_forecast(
            conn, "NATO:invite:UKR", "m", "1", "2024-12-04", {"a": 1}, {"b": 2}, {"p": 0.1}, "0.1"
        )
    with store.read() as conn:
        got = forecasts.get_forecast(conn, fid)
    assert got["result"] == {"p": 0.1} and got["config"] == {"a": 1}


def test_span_validation() -> None:
    import pytest

    from accession.errors import ValidationError

    with pytest.raises(ValidationError):
        Span(5, 2)
