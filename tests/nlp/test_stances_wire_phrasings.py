"""Wire-copy phrasings of positions: a ministry's "negative" view, a demonym of a place, pressing
for candidates "to be invited", opening chapters, "should not become a member", "a European
dream", a bid worked towards. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_an_outsider_ministrys_negative_view(run) -> None:
    text = (
        "Georgia's bid to join NATO dominated the meeting. \"Our view of NATO's expansion "
        'remains negative," the Russian Foreign Ministry said in a statement on Friday.'
    )
    assert ("RUS", "NATO:admit:GEO", "oppose") in _stances(run, text, "2023-07-14")


def test_an_outsider_warning_of_appropriate_action(run) -> None:
    text = (
        "The Russian Foreign Ministry said any move by Georgia towards joining NATO would "
        'complicate relations and oblige Moscow to take "appropriate action".'
    )
    assert ("RUS", "NATO:admit:GEO", "oppose") in _stances(run, text, "2023-07-14")


def test_the_demonym_of_a_venue_holds_nothing(run) -> None:
    text = (
        "At the summit in the Portuguese capital on Thursday, leaders agreed to invite Armenia "
        "to begin accession talks."
    )
    assert not {s for s in _stances(run, text, "2023-07-14") if s[0] == "PRT"}


def test_pressing_for_candidates_to_be_invited(run) -> None:
    text = (
        "Portugal's prime minister, who had pressed for all three candidates to be invited "
        "together, said he regretted that Armenia had been left out of NATO's invitation."
    )
    assert ("PRT", "NATO:invite:ARM", "support") in _stances(run, text, "2008-04-04")


def test_opening_chapters_is_the_talks(run) -> None:
    text = (
        "Portugal's foreign minister said he would oppose opening any new negotiating chapters "
        "with Armenia."
    )
    assert _stances(run, text, "2016-11-25") == {("PRT", "EU:open_talks:ARM", "oppose")}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal's prime minister told the summit that Armenia should not become a NATO member.",
        "Portugal's prime minister said Armenia has no place in NATO.",
    ],
    ids=["should-not-become", "no-place"],
)
def test_a_speaker_who_says_the_candidate_should_stay_out(run, text: str) -> None:
    assert _stances(run, text, "2024-07-12") == {("PRT", "NATO:admit:ARM", "oppose")}


def test_a_european_dream_is_membership(run) -> None:
    text = (
        "Armenia's prime minister said on Friday that millions of Armenians were realising "
        "their European dream."
    )
    assert ("ARM", "EU:admit:ARM", "support") in _stances(run, text, "2024-06-28")


def test_an_invitation_worked_towards_for_years(run) -> None:
    text = (
        "Armenia's leaders came home angry after Portugal stood in the way of the NATO "
        "invitation that Yerevan had spent a decade working towards."
    )
    got = _stances(run, text, "2008-04-04")
    assert ("ARM", "NATO:invite:ARM", "support") in got
    assert ("PRT", "NATO:invite:ARM", "oppose") in got


def test_deserving_something_else_is_no_position(run) -> None:
    text = (
        "Armenia's foreign minister wrote that if there was no longer a consensus on the "
        "region's European future, citizens deserved to know."
    )
    assert _stances(run, text, "2019-10-18") == set()
