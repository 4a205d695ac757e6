"""Which question a stance or consensus remark is about, and how hedged positions read:
the step of the process the sentence (or the article) names, holders outside subordinate
clauses and objects, reservations after a denial, promises not to block, and consensus
phrasings. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

PUB = "2023-12-20"  # Ukraine and Moldova EU candidates; Hungary, Austria, Poland EU members
TALKS_UKR = "EU:open_talks:UKR"


def _stances(run, text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def _consensus(run, text: str, published: str = PUB) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


STANCES = [
    # the step the sentence names: "the opening of negotiations", "talks to open"
    (
        "Moldova's foreign minister welcomed the opening of negotiations with the EU.",
        {("MDA", "EU:open_talks:MDA", "support")},
    ),
    (
        "Kyiv hopes to join the EU and wants talks to open before the summer.",
        {("UKR", TALKS_UKR, "support")},
    ),
    # holders: not a state in a relative clause or named as an object
    (
        "Poland, which Austria criticised for its haste, supports opening talks with Ukraine.",
        {("POL", TALKS_UKR, "support")},
    ),
    (
        "After a phone call with Hungary, Austria backed opening talks with Ukraine.",
        {("AUT", TALKS_UKR, "support")},
    ),
    # a reservation after a denial is a condition, not opposition
    (
        "Austria is not against opening talks with Ukraine, but wants reforms to come first.",
        {("AUT", TALKS_UKR, "conditional")},
    ),
    (
        "Austria backs opening talks with Ukraine, but first it wants minority rights settled.",
        {("AUT", TALKS_UKR, "conditional")},
    ),
    # disagreement with a promise not to stand in the way is support
    (
        "Hungary does not agree with opening talks with Ukraine but will not block the step.",
        {("HUN", TALKS_UKR, "support")},
    ),
    (
        "Hungary does not agree with opening talks with Ukraine, yet supports the process.",
        {("HUN", TALKS_UKR, "support")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STANCES)
def test_stance_questions(run, text: str, expected: set) -> None:
    assert _stances(run, text) == expected


# unchanged: a plain denial shows nothing; a plain refusal is opposition
NEGATIVES = [
    ("Austria is not against opening talks with Ukraine.", set()),
    (
        "Hungary does not agree with opening talks with Ukraine.",
        {("HUN", TALKS_UKR, "oppose")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_denials_unchanged(run, text: str, expected: set) -> None:
    assert _stances(run, text) == expected


_TALKS_STORY = (
    "EU leaders will decide on opening accession talks with Moldova this week. "
    "Brussels is expected to open talks with Moldova on Thursday. "
)


def test_candidate_own_bid_follows_the_article_step(run) -> None:
    got = _stances(run, _TALKS_STORY + "Moldova is pressing its EU bid hard.")
    assert got == {("MDA", "EU:open_talks:MDA", "support")}


def test_candidate_wish_to_join_stays_admission(run) -> None:
    got = _stances(run, _TALKS_STORY + "Moldova's president said her country is ready to join.")
    assert got == {("MDA", "EU:admit:MDA", "support")}


def test_ratification_stays_admission(run) -> None:
    text = (
        "Allies invited Sweden to join NATO last year. "
        "Sweden welcomed the vote as parliament in Ankara began to ratify its accession."
    )
    assert not any(q.startswith("NATO:invite") for _, q, _ in _stances(run, text, "2023-03-01"))


CONSENSUS = [
    (
        "EU leaders agreed on Thursday to open accession talks with Moldova.",
        {("EU:open_talks:MDA", "reached")},
    ),
    (
        "Ministers failed to reach unanimity on opening talks with Ukraine.",
        {(TALKS_UKR, "not_reached")},
    ),
    (
        "It was a unanimous decision to open negotiations with Moldova.",
        {("EU:open_talks:MDA", "reached")},
    ),
    (
        "The decision to open talks with Ukraine was blocked by Hungary.",
        {(TALKS_UKR, "not_reached")},
    ),
    (
        '"We have decided to invite Georgia to join," the alliance chief said.',
        {("NATO:invite:GEO", "reached")},
    ),
    # a denied agreement is no agreement; a failure that is not about agreeing is nothing
    ("There is no sign that allies have agreed to invite Georgia.", set()),
    ("Ukraine failed to meet two reform targets before talks could open.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONSENSUS)
def test_consensus_phrasings(run, text: str, expected: set) -> None:
    assert _consensus(run, text) == expected
