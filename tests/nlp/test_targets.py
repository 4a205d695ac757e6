"""The candidate a stance is about when a sentence names several (the object of the decision
nearest the cue, in its clause, with those listed together with it), and which undated
events are background. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

PUB = "2008-04-03"  # Albania, Croatia, Macedonia NATO candidates; Greece, Germany members


def _stances(run, text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def _events(run, text: str, published: str) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in run(text, published)["events"]}


TARGETS = [
    # the object after the cue; the other candidates are in another clause
    (
        "At the summit, Greece blocked an invitation for Macedonia, and the allies invited"
        " Albania and Croatia.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    (
        "The allies invited Albania and Croatia, and Greece objected to Macedonia joining.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    (
        "Greece said it would block any NATO invitation to Macedonia as long as the dispute lasts,"
        " and Croatia was invited.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    # the object before the cue (a passive), the others after "though"
    (
        "Macedonia's invitation was vetoed by Greece, though Croatia and Albania received theirs.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    # a passive cue without an agent ("were welcomed") gives the other clause's state nothing
    (
        "Greece vetoed the invitation of Macedonia as Albania and Croatia were welcomed into NATO.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    (
        "Greece is opposed to a NATO invitation for Macedonia.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    # "..., with X blocking ...": X is the subject of its own clause
    (
        "Albania and Croatia were invited to join NATO, with Greece blocking an invitation to"
        " Macedonia.",
        {("GRC", "NATO:invite:MKD", "oppose")},
    ),
    # candidates listed together are all the object
    (
        "Germany supported the invitations to Albania, Croatia, and Macedonia.",
        {
            ("DEU", "NATO:invite:ALB", "support"),
            ("DEU", "NATO:invite:HRV", "support"),
            ("DEU", "NATO:invite:MKD", "support"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_stance_target(run, text, expected):
    assert _stances(run, text) == expected


def test_future_undated_meeting_is_background(run):
    text = (
        "Hungary ratified Sweden's accession protocol on Monday.\n\n"
        "Foreign ministers are due to meet again next year in Oslo."
    )
    assert _events(run, text, "2024-03-01") == {("ratification", "2024-02-26")}


def test_future_undated_summit_is_kept(run):
    text = (
        "Hungary ratified Sweden's accession protocol on Monday.\n\n"
        "The question will come up again at an alliance summit in Oslo."
    )
    assert ("summit", None) in _events(run, text, "2024-03-01")


def test_the_meeting_in_a_summit_story_is_the_summit(run):
    text = (
        "Allied leaders gathered in Oslo for a summit on Ukraine.\n\n"
        "The meeting, held from Tuesday to Wednesday, ended with a joint declaration."
    )
    got = run(text, "2024-03-08")["events"]
    assert all(e["type"] != "meeting" for e in got)
    assert ("summit", "2024-03-05") in {(e["type"], e["date"]) for e in got}


def test_meeting_with_a_weekday_is_dated(run):
    text = "The foreign ministers met in Oslo on Tuesday to discuss Sweden's bid."
    assert ("meeting", "2024-03-05") in _events(run, text, "2024-03-08")


def test_named_summit_takes_no_neighbouring_date(run):
    text = (
        "Norway applied to join the bloc in March 2021.\n\n"
        "Its bid came up at the Lisbon summit in Portugal, where Austria raised doubts."
    )
    assert ("summit", None) in _events(run, text, "2023-05-10")


def test_named_summit_takes_the_date_stated_for_its_place(run):
    text = (
        "Alliance leaders will gather in Lisbon on October 3-4.\n\n"
        "The Lisbon summit in Portugal is expected to be tense."
    )
    assert ("summit", "2023-10-03") in _events(run, text, "2023-05-10")
