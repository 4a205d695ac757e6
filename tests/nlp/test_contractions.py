"""A contraction reads as its long form ("isn't" as "is not", "hadn't" as "had not", with a
straight or a curly apostrophe): stances and consensus remarks must not depend on how the
writer spelt the negation. Each sentence is our own; the long form's reading is pinned too,
so that the test cannot pass by reading nothing in every form."""

from __future__ import annotations

import re

import pytest

_PAIRS = (
    ("is not", "isn't"),
    ("was not", "wasn't"),
    ("does not", "doesn't"),
    ("did not", "didn't"),
    ("will not", "won't"),
    ("would not", "wouldn't"),
    ("had not", "hadn't"),
    ("could not", "couldn't"),
    ("should not", "shouldn't"),
    ("must not", "mustn't"),
)


def _contract(text: str, apostrophe: str) -> str:
    for long, short in _PAIRS:
        text = re.sub(rf"\b{long}\b", short.replace("'", apostrophe), text)
    return text


def _reading(run, text: str, published: str) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    out = run(text, published)
    return (
        {(s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]},
        {(c["question"], c["status"]) for c in out["consensus"]},
    )


# (sentence, publication date, stances of the long form, consensus of the long form)
CASES = [
    (
        "France is not ready to open accession talks with Albania.",
        "2019-10-18",
        {("FRA", "EU:open_talks:ALB", "oppose")},
        set(),
    ),
    (
        "Macron said Albania was not ready to open accession talks.",
        "2019-10-18",
        {("FRA", "EU:open_talks:ALB", "oppose")},
        set(),
    ),
    (
        "Austria could not agree to open talks with Turkey.",
        "2005-09-29",
        set(),
        {("EU:open_talks:TUR", "not_reached")},
    ),
    # a pluperfect refusal is background since overtaken, in both spellings
    ("Berlin had not agreed to a membership action plan for Georgia.", "2008-04-04", set(), set()),
    (
        "At the summit Ukraine and Georgia did not receive the membership action plan.",
        "2008-04-04",
        set(),
        {("NATO:map:UKR", "not_reached"), ("NATO:map:GEO", "not_reached")},
    ),
    (
        "The Hungarian leader told the summit that Ukraine should not become a member of NATO.",
        "2024-07-11",
        {("HUN", "NATO:admit:UKR", "oppose")},
        set(),
    ),
    (
        "Serbia is not seeking to join NATO.",
        "2010-04-23",
        {("SRB", "NATO:admit:SRB", "oppose")},
        set(),
    ),
    (
        "The Turkish president said Sweden should not expect Ankara's support in its bid to "
        "join NATO.",
        "2022-05-01",
        {("TUR", "NATO:admit:SWE", "oppose"), ("SWE", "NATO:admit:SWE", "support")},
        set(),
    ),
    (
        "Croatia's parliament must not ratify Finland's accession to NATO until Bosnia changes "
        "its election law, the Croatian president said.",
        "2022-05-01",
        {("HRV", "NATO:admit:FIN", "conditional")},
        set(),
    ),
    (
        "The EU will not open new clusters with Serbia until Belgrade aligns with sanctions.",
        "2024-06-01",
        set(),
        {("EU:admit:SRB", "not_reached")},
    ),
    (
        "Moscow demanded guarantees that NATO would not admit Ukraine.",
        "2021-12-17",
        {("RUS", "NATO:admit:UKR", "oppose")},
        set(),
    ),
    (
        "Orban said Ukraine does not belong in NATO.",
        "2024-07-11",
        {("HUN", "NATO:admit:UKR", "oppose")},
        set(),
    ),
    (
        "Norway does not want to join the EU.",
        "2024-06-01",
        {("NOR", "EU:admit:NOR", "oppose")},
        set(),
    ),
    (
        "Turkey will not block Finland's accession to NATO.",
        "2022-05-01",
        {("TUR", "NATO:admit:FIN", "support")},
        set(),
    ),
]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"], ids=["straight", "curly"])
@pytest.mark.parametrize(("text", "published", "stances", "consensus"), CASES)
def test_a_contraction_reads_as_its_long_form(
    run, text: str, published: str, stances: set, consensus: set, apostrophe: str
) -> None:
    assert _reading(run, text, published) == (stances, consensus)
    short = _contract(text, apostrophe)
    assert short != text
    assert _reading(run, short, published) == (stances, consensus)


def test_a_candidate_not_ready_is_judged_by_others_not_by_itself(run) -> None:
    # the member's own "not ready to open talks" holds; the candidate's says nothing of itself
    assert _reading(run, "Albania is not ready to open accession talks.", "2019-10-18") == (
        set(),
        set(),
    )
