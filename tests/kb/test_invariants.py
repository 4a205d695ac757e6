"""Invariants of the bundled knowledge base (not just counts)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from accession.kb import fold, load_kb
from accession.kb.loader import load_tables
from tests.conftest import SHARED_EVAL

KB = load_kb()
COMPLETE = ("MNE", "MKD", "FIN", "SWE")  # rounds whose ratifier lists are complete


def test_bundled_tables_validate_and_are_all_sourced() -> None:
    report = load_tables()
    assert report.problems == []
    for table, rows in report.rows.items():
        assert rows, f"{table} is empty"
        assert all(r["source_url"].startswith("http") for r in rows), table


@pytest.mark.parametrize(
    ("day", "count"),
    [("1949-08-24", 12), ("1999-03-12", 19), ("2004-03-29", 26), ("2020-03-27", 30),
     ("2023-01-01", 30), ("2023-04-04", 31), ("2024-03-06", 31), ("2024-03-07", 32)],
)  # fmt: skip
def test_nato_membership_on_a_date(day: str, count: int) -> None:
    assert len(KB.members_on("NATO", dt.date.fromisoformat(day))) == count


def test_eu_membership_and_brexit() -> None:
    assert len(KB.members_on("EU", dt.date(2020, 1, 30))) == 28
    assert len(KB.members_on("EU", dt.date(2020, 2, 1))) == 27
    assert "HRV" in KB.members_on("EU", dt.date(2013, 7, 1))


def _nato_cases():
    return [c for c in KB.cases if c.institution == "NATO"]


@pytest.mark.parametrize("case", _nato_cases(), ids=lambda c: f"{c.candidate}-{c.round}")
def test_case_dates_are_ordered(case) -> None:
    chain = [case.application, case.invitation, case.protocol_signed, case.accession]
    known = [d for d in chain if d]
    assert known == sorted(known)
    for r in KB.ratifications_of("NATO", case.candidate):
        for d in (r.approved, r.deposited):
            if d and case.protocol_signed:
                assert case.protocol_signed <= d, (r.member, d)
            if d and case.accession:
                assert d <= case.accession, (r.member, d)


@pytest.mark.parametrize("case", _nato_cases(), ids=lambda c: f"{c.candidate}-{c.round}")
def test_ratifiers_are_the_members_before_accession(case) -> None:
    """Members on the eve of accession: Finland, a member by then, ratified Sweden's protocol."""
    ratifiers = {r.member for r in KB.ratifications_of("NATO", case.candidate)}
    if not ratifiers:
        pytest.skip(f"no ratifications recorded for {case.candidate}")
    electorate = set(KB.members_on("NATO", case.accession - dt.timedelta(days=1)))
    assert ratifiers <= electorate
    if case.candidate in COMPLETE:
        assert ratifiers == electorate


def test_sweden_has_31_ratifiers_including_finland() -> None:
    members = {r.member for r in KB.ratifications_of("NATO", "SWE")}
    assert len(members) == 31 and "FIN" in members


def test_every_nato_enlargement_is_there() -> None:
    have = {c.candidate for c in _nato_cases()}
    expected = {"GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU",
                "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE"}  # fmt: skip
    assert expected <= have


def test_offices_reference_known_people() -> None:
    for r in KB.rows["offices"]:
        assert r["person_id"] in KB.persons, r["_file"]


@pytest.mark.parametrize(
    ("name", "day", "canonical", "role_kind"),
    [
        ("Sibiga", "2024-11-29", "Andrii Sybiha", "foreign_minister"),
        ("Andriy Sybiga", "2024-11-29", "Andrii Sybiha", "foreign_minister"),
        ("Zelensky", "2024-11-29", "Volodymyr Zelenskyy", "head_of_state"),
        ("Olga Stefanishyna", "2024-06-01", "Olha Stefanishyna", "other"),
        ("Kuleba", "2023-05-01", "Dmytro Kuleba", "foreign_minister"),
        ("Rutte", "2024-12-04", "Mark Rutte", "secretary_general"),
        ("Rutte", "2023-01-10", "Mark Rutte", "head_of_government"),
        ("Szijjarto", "2024-10-09", "Péter Szijjártó", "foreign_minister"),
    ],
)
def test_who_resolves_variants_to_the_office_of_the_day(name, day, canonical, role_kind) -> None:
    best = KB.who(name, dt.date.fromisoformat(day))[0]
    assert best.person.canonical == canonical
    assert best.office is not None and best.office.role_kind == role_kind


def _eval_people():
    if not SHARED_EVAL.is_dir():
        return []
    out = []
    for gold_path in sorted(SHARED_EVAL.glob("*.gold.json")):
        doc = json.loads(gold_path.with_name(gold_path.name.replace(".gold", ".doc")).read_text())
        published = doc.get("published") or "2017-06-05"
        for actor in json.loads(gold_path.read_text()).get("actors", []):
            if actor.get("type") == "person":
                out.append((gold_path.stem, published, actor))
    return out


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not present")
@pytest.mark.parametrize(
    ("case", "published", "actor"), _eval_people(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_who_resolves_every_person_in_the_eval_set(case, published, actor) -> None:
    names = {fold(actor["canonical"]), *(fold(a) for a in actor.get("aliases") or [])}
    matches = KB.who(actor["canonical"], dt.date.fromisoformat(published))
    assert matches, actor["canonical"]
    best = matches[0]
    assert fold(best.person.canonical) in names or names & {fold(a) for a in best.person.aliases}
    if actor.get("role"):
        assert best.office is not None, f"{actor['canonical']} has no office on {published}"
        if actor.get("country_iso3"):
            assert best.office.state in (actor["country_iso3"], None)
