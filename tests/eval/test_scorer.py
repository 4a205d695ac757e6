"""The FORMAT.md scoring rules, one table each, and the dev set thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from accession.eval import evaluate_dir, score_case
from accession.eval.scorer import date_matches, in_order_share, tokens

DEV = Path(__file__).parents[2].parent / "shared" / "eval" / "dev"
SEED = "00_seed-ukraine-invitation"


def _f(gold: dict, out: dict, field: str, collapse: bool = True) -> tuple[int, int, int]:
    s = score_case(gold, out, collapse=collapse).fields[field]
    return s.tp, s.fp, s.fn


ACTOR_CASES = [
    (
        {"type": "state", "country_iso3": "RUS", "canonical": "Russia"},
        {"type": "state", "country_iso3": "RUS", "canonical": "Russian Federation"},
        1,
    ),
    (
        {"type": "person", "canonical": "Andrii Sybiha", "aliases": ["Andriy Sybiga"]},
        {"type": "person", "canonical": "Andriy Sybiga"},
        1,
    ),
    (
        {"type": "person", "canonical": "Viktor Orbán"},
        {"type": "person", "canonical": "viktor orban"},
        1,
    ),
    (
        {"type": "organization", "canonical": "NATO"},
        {"type": "organization", "canonical": "North Atlantic Treaty Organization"},
        0,
    ),
    (
        {"type": "state", "country_iso3": "UKR"},
        {"type": "organization", "country_iso3": "UKR", "canonical": "Ukraine"},
        0,
    ),
]


@pytest.mark.parametrize(
    "gold,out,tp",
    ACTOR_CASES,
    ids=["state-iso3", "alias", "accents-case", "no-reverse-alias", "state-needs-state"],
)
def test_actor_matching(gold: dict, out: dict, tp: int) -> None:
    assert _f({"actors": [gold]}, {"actors": [out]}, "actors")[0] == tp


def test_gold_listing_one_entity_twice_is_collapsed_unless_literal() -> None:
    gold = {
        "actors": [
            {"type": "state", "country_iso3": "RUS", "mention": "Russia"},
            {"type": "state", "country_iso3": "RUS", "mention": "Kremlin"},
        ]
    }
    out = {"actors": [{"type": "state", "country_iso3": "RUS"}]}
    assert _f(gold, out, "actors") == (1, 0, 0)
    assert _f(gold, out, "actors", collapse=False) == (1, 0, 1)


QUOTE_CASES = [
    ("We believe the invitation should be sent now", "we believe the invitation", False),
    (
        "We believe the invitation should be sent now",
        "Well, we believe the invitation should be sent now, he said",
        True,
    ),
    ("one two three four five", "one two three four", True),
    ("one two three four five", "five four three two one", False),
]


@pytest.mark.parametrize(
    "gold,out,ok", QUOTE_CASES, ids=["too-short", "superset", "exactly-80", "wrong-order"]
)
def test_quote_overlap(gold: str, out: str, ok: bool) -> None:
    assert (in_order_share(tokens(gold), tokens(out)) >= 0.8) is ok


def test_unnamed_gold_speaker_matches_on_words_alone() -> None:
    gold = {"quotes": [{"speaker_canonical": None, "text": "It will take weeks"}]}
    out = {"quotes": [{"speaker_canonical": "NATO", "text": "It will take weeks"}]}
    assert _f(gold, out, "quotes") == (1, 0, 0)


def test_named_speaker_must_match_via_gold_actor_aliases() -> None:
    gold = {
        "actors": [{"type": "person", "canonical": "Thomas Shannon", "aliases": ["Tom Shannon"]}],
        "quotes": [{"speaker_canonical": "Thomas Shannon", "text": "a b c d e"}],
    }
    ok = {"quotes": [{"speaker_canonical": "Tom Shannon", "text": "a b c d e"}]}
    bad = {"quotes": [{"speaker_canonical": "Donald Trump", "text": "a b c d e"}]}
    assert _f(gold, ok, "quotes")[0] == 1
    assert _f(gold, bad, "quotes")[0] == 0


@pytest.mark.parametrize(
    "gold,out,ok",
    [
        (None, "2024-12-03", True),
        ("2008-04", "2008-04-03", True),
        ("2008-04", "2008-05-01", False),
        ("2024-12-03", "2024-12-03", True),
        ("2024-12-03", "2024-12", False),
        ("2024-12-03", None, False),
    ],
    ids=["null-gold", "month-gold", "month-wrong", "day-equal", "month-out", "null-out"],
)
def test_event_dates(gold: str | None, out: str | None, ok: bool) -> None:
    assert date_matches(gold, out) is ok


def test_one_to_one_and_missing_keys() -> None:
    gold = {"stances": [{"actor_iso3": "HUN", "question": "NATO:admit:SWE", "stance": "oppose"}]}
    out = {"stances": [{"actor_iso3": "HUN", "question": "NATO:admit:SWE", "stance": "oppose"}] * 2}
    assert _f(gold, out, "stances") == (1, 1, 0)
    assert _f(gold, out, "consensus") == (0, 0, 0)


@pytest.fixture(scope="module")
def dev_report():
    if not DEV.is_dir():
        pytest.skip(f"no dev set at {DEV}")
    from accession.kb import load_kb
    from accession.nlp import Pipeline

    return evaluate_dir(DEV, Pipeline(load_kb(), ner=None))


def test_seed_case_scores_one_on_every_field(dev_report) -> None:
    seed = next(c for c in dev_report.cases if c.name == SEED)
    assert {f: s.f1 for f, s in seed.fields.items()} == {f: 1.0 for f in seed.fields}


@pytest.mark.parametrize(
    "field,threshold",
    [("actors", 0.90), ("quotes", 0.85), ("stances", 0.75), ("consensus", 0.80), ("events", 0.75)],
    ids=["actors", "quotes", "stances", "consensus", "events"],
)
def test_dev_set_thresholds(dev_report, field: str, threshold: float) -> None:
    assert dev_report.totals[field].f1 >= threshold
