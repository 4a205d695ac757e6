"""Stances of states on registered questions, with the hard negatives."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"


def _stances(run, text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


CASES = [
    ("Hungary blocks Ukraine's invitation to join NATO.", {("HUN", "NATO:invite:UKR", "oppose")}),
    (
        "Germany and the US are resisting calls to invite Ukraine into NATO now.",
        {("DEU", "NATO:invite:UKR", "oppose"), ("USA", "NATO:invite:UKR", "oppose")},
    ),
    (
        "Slovakia will veto Ukraine's membership of NATO, its leader said.",
        {("SVK", "NATO:admit:UKR", "oppose")},
    ),
    (
        "Hungarian Prime Minister Viktor Orban pledged to ratify Sweden's accession to NATO.",
        {("HUN", "NATO:admit:SWE", "support")},
    ),
    (
        "Ukraine's foreign minister called on allies to invite Ukraine to join NATO.",
        {("UKR", "NATO:invite:UKR", "support")},
    ),
    (
        "Sweden's accession was blocked by Turkey for months in the NATO process.",
        {("TUR", "NATO:admit:SWE", "oppose")},
    ),
    (
        "Poland will support Ukraine's NATO membership only if the war ends.",
        {("POL", "NATO:admit:UKR", "conditional")},
    ),
    ("Russia strongly opposes Georgia joining NATO.", {("RUS", "NATO:admit:GEO", "oppose")}),
    (
        "Belgian Foreign Minister Hadja Lahbib welcomed Sweden's accession to NATO.",
        {("BEL", "NATO:admit:SWE", "support")},
    ),
    (
        "Croatia backs the opening of accession talks with Ukraine, EU diplomats said.",
        {("HRV", "EU:open_talks:UKR", "support")},
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    CASES,
    ids=[
        "blocks",
        "coordinated-resist",
        "will-veto",
        "pledged-ratify",
        "candidate-calls",
        "passive-by",
        "conditional",
        "outsider",
        "minister-speaks-for-state",
        "eu-open-talks",
    ],
)
def test_stances(run, text: str, expected: set) -> None:
    # a date before Sweden joined (2024-03-07), so Sweden is still a candidate
    assert expected <= _stances(run, text, "2023-06-01")


HARD_NEGATIVES = [
    "Hungary does not oppose Sweden's accession to NATO.",
    "If Turkey were to block Finland's membership, talks would stall.",
    "Turkey had blocked Sweden's accession to NATO, but the dispute is over.",
    '"We will never accept Ukraine in NATO," an unnamed official told reporters.',
]


@pytest.mark.parametrize(
    "text", HARD_NEGATIVES, ids=["denial", "hypothetical", "past-stance", "unnamed-quote"]
)
def test_hard_negatives_give_no_oppose(run, text: str) -> None:
    assert not [s for s in _stances(run, text) if s[2] == "oppose"]


def test_minister_of_a_non_member_speaks_for_its_own_state(run) -> None:
    text = (
        "Australian Foreign Minister Penny Wong said Canberra supports Ukraine's NATO membership."
    )
    got = _stances(run, text)
    assert all(iso == "AUS" for iso, _, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italy said it would not back membership plans for Georgia.",
            ("ITA", "NATO:map:GEO", "oppose"),
        ),
        (
            "Austria is resisting calls to open membership talks with Albania in the EU.",
            ("AUT", "EU:open_talks:ALB", "oppose"),
        ),
    ],
    ids=["membership-plan-is-map", "membership-talks-are-accession-talks"],
)
def test_question_paraphrases(run, text: str, expected: tuple) -> None:
    got = {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text)["stances"]}
    assert expected in got
