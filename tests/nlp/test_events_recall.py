"""Recall triggers of `events.v1`: parliament votes, joining, flags, invitations issued,
applications handed over, letters sent, protocol signings, meetings and EU leaders' decisions
(own sentences)."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday

CASES = [
    ("The Sabor approved the accession treaty on Tuesday.", "ratification", "2024-11-26"),
    ("Lawmakers backed Iceland's membership bid on Monday.", "ratification", "2024-11-25"),
    ("Andorra became the alliance's 33rd member on Wednesday.", "accession", "2024-11-27"),
    ("Malta officially joined the bloc on Monday.", "accession", "2024-11-25"),
    ("Its flag was raised outside the headquarters on Thursday.", "accession", "2024-11-28"),
    ("Allies extended a formal invitation to Kosovo on Tuesday.", "invitation", "2024-11-26"),
    ("Moldova handed over its membership application on Monday.", "application", "2024-11-25"),
    ("The minister sent a two-page letter to the council on Tuesday.", "letter", "2024-11-26"),
    (
        "The signing of the accession protocol took place on Monday.",
        "protocol_signature",
        "2024-11-25",
    ),
    ("The president met Rutte in Warsaw on Wednesday.", "meeting", "2024-11-27"),
    ("EU leaders formally agreed on Thursday to open talks with Armenia.", "summit", "2024-11-28"),
]


@pytest.mark.parametrize("text,etype,date", CASES, ids=[c[0][:30] for c in CASES])
def test_recall_trigger(run, text: str, etype: str, date: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert got, run(text, PUB)["events"]
    assert got[0]["date"] == date


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The proposal was met with scepticism in Rome on Monday.", "meeting"),
        ("The country has met the criteria, officials said.", "meeting"),
        ("Parliament has not approved the accession so far.", "ratification"),
        ("The summit will take place before Kosovo becomes a member.", "accession"),
    ],
)
def test_no_recall_trigger(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]
