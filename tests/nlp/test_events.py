"""Events with normalised dates; negated and hypothetical mentions are not events."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday

CASES = [
    (
        "Foreign ministers will hold a meeting in Brussels on 3-4 December.",
        "meeting",
        "2024-12-03",
        "2024-12-04",
    ),
    ("The leaders gathered for a summit in Vilnius in July 2023.", "summit", "2023-07", None),
    ("In a letter to allies, the minister asked for support.", "letter", None, None),
    (
        "The parliament ratified the accession protocol on Tuesday.",
        "ratification",
        "2024-11-26",
        None,
    ),
    ("Finland applied for membership in May 2022.", "application", "2022-05", None),
    ("The country formally joined the alliance on 4 April 2023.", "accession", "2023-04-04", None),
    (
        "Ambassadors signed the accession protocols on 5 July 2022.",
        "protocol_signature",
        "2022-07-05",
        None,
    ),
    (
        "Albania and Croatia won invitations at the summit on Thursday.",
        "invitation",
        "2024-11-28",
        None,
    ),
    ("Mark Rutte said on Wednesday that the door remains open.", "statement", "2024-11-27", None),
]


@pytest.mark.parametrize("text,etype,date,end", CASES, ids=[c[1] for c in CASES])
def test_event_and_date(run, text: str, etype: str, date: str | None, end: str | None) -> None:
    events = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert events, run(text, PUB)["events"]
    assert events[0]["date"] == date
    assert events[0].get("end_date") == end


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Ukraine has not been invited to join.", "invitation"),
        ("Hungary has yet to ratify the protocol.", "ratification"),
        ("If Turkey were to ratify, Sweden would join.", "ratification"),
        ("The minister was meeting expectations, critics said.", "meeting"),
    ],
    ids=["negated-invitation", "yet-to-ratify", "hypothetical", "gerund-not-meeting"],
)
def test_not_events(run, text: str, etype: str) -> None:
    assert not [e for e in run(text, PUB)["events"] if e["type"] == etype]


def test_one_event_per_type_and_date(run) -> None:
    text = (
        "NATO ministers meet in Brussels on 3 December. The meeting on 3 December will "
        "focus on Ukraine."
    )
    assert len([e for e in run(text, PUB)["events"] if e["type"] == "meeting"]) == 1
