"""Trigger and guard families of `events.v1` found on unseen phrasing (own sentences): decisions
to invite, signed and joint applications, parliaments that "voted for" / "will approve" /
"cleared" a protocol, completed or scheduled accessions; and no event for a past summit cited
as a text, a later reference to "that meeting", a cabinet's own session, another kind of
protocol, "the ratification steps", or a step inside "even if ... would still have to"."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday

POSITIVE = [
    (
        "Allied foreign ministers decided on Tuesday to invite Moldova to join.",
        "invitation",
        "2024-11-26",
    ),
    ("Leaders agreed at their June summit in Oslo to invite Georgia.", "invitation", "2024-06"),
    ("Kyiv's president signed a membership application on Monday.", "application", "2024-11-25"),
    (
        "The Icelandic parliament voted for the accession protocol on Wednesday.",
        "ratification",
        "2024-11-27",
    ),
    ("Orban said his parliament will approve the bid next month.", "ratification", "2024-12"),
    ("The Slovak assembly cleared the protocol last month.", "ratification", "2024-10"),
    ("Norway, which completed its own accession in April, stood aside.", "accession", "2024-04"),
    ("Montenegro is due to join on 1 July next year.", "accession", "2025-07-01"),
    ("Serbia signed its EU accession treaty on Tuesday.", "protocol_signature", "2024-11-26"),
    (
        "Norway's application, lodged in March 1992 after a long debate, was later withdrawn.",
        "application",
        "1992-03",
    ),
    (
        "The Canadian Senate consented to the protocol last month by a wide margin.",
        "ratification",
        "2024-10",
    ),
]


@pytest.mark.parametrize("text,etype,date", POSITIVE, ids=[c[0][:30] for c in POSITIVE])
def test_family_found(run, text: str, etype: str, date: str) -> None:
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == etype]
    assert date in got, run(text, PUB)["events"]


NEGATIVE = [
    (
        "On Tuesday the Belgian parliament backed, by a clear majority, a motion against talks.",
        "ratification",
    ),
    ("The Senate consented to a trade deal with Canada on Monday.", "ratification"),
    ("Serbia has not yet signed the accession treaty.", "protocol_signature"),
    ("Ministers agreed on Tuesday to invite Bosnia into the MAP.", "invitation"),
    ("The envoy urged allies to invite Georgia soon.", "invitation"),
    ("The committee voted for a new chair on Monday.", "ratification"),
    ("They cited the 2008 Riga NATO summit declaration on Sunday.", "summit"),
    ("The premier spoke after a cabinet meeting on Monday.", "meeting"),
    ("Skopje must sign a bilateral protocol with Sofia.", "protocol_signature"),
    (
        "Even if talks resumed, Kosovo would struggle to complete the ratification steps.",
        "ratification",
    ),
    (
        "Even if every ally agreed, the protocol would still have to be ratified by all members.",
        "ratification",
    ),
]


@pytest.mark.parametrize("text,etype", NEGATIVE, ids=[c[0][:30] for c in NEGATIVE])
def test_family_not_an_event(run, text: str, etype: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert not got, got


def test_that_meeting_is_the_one_told_before(run) -> None:
    text = (
        "EU leaders met their Balkan counterparts in Brussels on Thursday. "
        "Rama criticised the deadlock at that meeting on Thursday."
    )
    got = [e for e in run(text, PUB)["events"] if e["type"] in ("meeting", "summit")]
    assert len(got) == 1, got


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland applied to join the bloc on Monday.",
        "Iceland applied alongside Norway last May.",
        "The two neighbours, which applied on the same day in May 2022, joined apart.",
    ],
)
def test_joint_application_is_two(run, text: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == "application"]
    assert len(got) == 2, got


def test_single_application_is_one(run) -> None:
    text = "Iceland applied to join the bloc on Monday, and Norway welcomed the step."
    got = [e for e in run(text, PUB)["events"] if e["type"] == "application"]
    assert len(got) == 1, got


def test_a_deadline_is_not_the_day_of_the_decision(run) -> None:
    text = (
        "EU leaders meeting in Brussels agreed to open accession talks with Albania by June 2025."
    )
    events = [e for e in run(text, PUB)["events"] if e["type"] == "summit"]
    assert events and events[0]["date"] is None
    dated = "EU leaders agreed on Thursday to open accession talks with Albania by June 2025."
    assert [e["date"] for e in run(dated, PUB)["events"] if e["type"] == "summit"] == ["2024-11-28"]
