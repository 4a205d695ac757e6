"""`undecided`, the fourth stance of FORMAT.md: a member that has not made up its mind. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str = "2019-06-19") -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "text",
    [
        "Denmark is still undecided on opening accession talks with Albania.",
        "Denmark has not yet decided whether to open accession talks with Albania.",
        "Copenhagen said it needed more time before opening accession talks with Albania.",
        "Denmark is keeping its options open on opening accession talks with Albania.",
    ],
    ids=["undecided", "has-not-decided", "more-time", "options-open"],
)
def test_a_member_that_has_not_made_up_its_mind(run, text: str) -> None:
    assert _stances(run, text) == {("DNK", "EU:open_talks:ALB", "undecided")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "wants more time" is not the support cue "want"
        (
            "Denmark wants more time before opening accession talks with Albania.",
            {("DNK", "EU:open_talks:ALB", "undecided")},
        ),
        # a decision taken is no indecision
        (
            "Denmark has decided to back opening accession talks with Albania.",
            {("DNK", "EU:open_talks:ALB", "support")},
        ),
        # a hypothetical
        (
            "If Denmark were undecided on opening accession talks with Albania, talks would wait.",
            set(),
        ),
    ],
    ids=["wants-more-time", "decided", "hypothetical"],
)
def test_indecision_near_misses(run, text: str, expected: set) -> None:
    assert _stances(run, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Danish minister said opening accession talks with Albania was premature.",
            {("DNK", "EU:open_talks:ALB", "oppose")},
        ),
        (
            "Denmark took a hard line on opening accession talks with Albania.",
            {("DNK", "EU:open_talks:ALB", "oppose")},
        ),
        (
            "Denmark is in no hurry to open accession talks with Albania.",
            {("DNK", "EU:open_talks:ALB", "oppose")},
        ),
    ],
    ids=["premature", "hard-line", "no-hurry"],
)
def test_reluctance_read_as_opposition(run, text: str, expected: set) -> None:
    assert _stances(run, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Norway withdrew its EU membership application on Thursday.",
            {("NOR", "EU:admit:NOR", "oppose")},
        ),
        (
            "The cabinet said Norway no longer wishes to join the European Union.",
            {("NOR", "EU:admit:NOR", "oppose")},
        ),
        ("Norway did not withdraw its application.", set()),
        ("Denmark said Norway should withdraw its application.", set()),
    ],
    ids=["withdrew", "no-longer-wishes", "denied", "a-demand"],
)
def test_a_candidate_ending_its_own_bid(run, text: str, expected: set) -> None:
    assert _stances(run, text, "2015-03-13") == expected
