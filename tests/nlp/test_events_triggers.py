"""Trigger families of `events.v1` for phrasings a reporter uses: members in the plural,
protocols that "had been signed", joint applications and requests for a MAP, bodies that "met
at" a level, conferences held, ministers' decisions, visits, approvals given (own sentences)."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday

CASES = [
    ("Latvia and Lithuania became full members a year ago.", "accession", "2023-11"),
    (
        "The accession protocol had been signed in Brussels on 6 February.",
        "protocol_signature",
        "2024-02-06",
    ),
    (  # in a relative clause after the protocols
        "Most allies have ratified the accession protocols for Norway and Iceland, which were "
        "signed in Brussels in early July.",
        "protocol_signature",
        "2024-07",
    ),
    ("Norway and Iceland applied together last May.", "application", "2024-05"),
    ("Moldova, which asked for a MAP in January, got the same answer.", "application", "2024-01"),
    (
        "On Wednesday the council met at the level of ambassadors for the first time.",
        "meeting",
        "2024-11-27",
    ),
    ("Georgia held its own conference in Tbilisi earlier on Tuesday.", "meeting", "2024-11-26"),
    ("Only last December, ministers decided that Serbia was not yet ready.", "meeting", "2023-12"),
    (
        "The president told his guest, during a visit to Vilnius on 17 November, that the "
        "protocol would go to parliament.",
        "meeting",
        "2024-11-17",
    ),
    ("Latvia's parliament gave its approval on Monday.", "ratification", "2024-11-25"),
]


@pytest.mark.parametrize("text,etype,date", CASES, ids=[c[0][:30] for c in CASES])
def test_trigger_family(run, text: str, etype: str, date: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert got, run(text, PUB)["events"]
    assert got[0]["date"] == date


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The same rules applied to every candidate on Monday.", "application"),
        ("The minister held a news conference on Monday.", "meeting"),
        ("The minister held a press conference in Riga on Monday.", "meeting"),
        ("If the parliament gave its approval, Sweden would join.", "ratification"),
    ],
    ids=["rules-applied", "news-conference", "press-conference", "if-approval"],
)
def test_not_this_event(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]


def _dates(run, text: str, etype: str) -> list[str | None]:
    return sorted(e["date"] or "" for e in run(text, PUB)["events"] if e["type"] == etype)


def test_gapped_conjunct_is_a_second_event(run) -> None:
    text = "Serbia applied for membership in December 2009 and Montenegro in December 2008."
    assert _dates(run, text, "application") == ["2008-12", "2009-12"]


def test_second_clause_with_its_own_date_is_a_second_event(run) -> None:
    text = (
        "The Senate approved the treaty last month by 91 votes to three, and the president "
        "signed the ratification this month."
    )
    assert _dates(run, text, "ratification") == ["2024-10", "2024-11"]


def test_same_clause_repeats_are_one_event(run) -> None:
    text = "The assembly ratified the protocol on Tuesday, completing the ratification process."
    assert _dates(run, text, "ratification") == ["2024-11-26"]


def test_will_host_with_a_long_object_is_a_future_meeting(run) -> None:
    text = (
        "The French president will host Latvian President Edgars Rinkēvičs and Estonian "
        "Prime Minister Kristen Michal at the Élysée Palace on Thursday to discuss the bids."
    )
    assert _dates(run, text, "meeting") == ["2024-12-05"]  # the coming Thursday
    text = text.replace("Thursday", "Monday")
    assert _dates(run, text, "meeting") == ["2024-12-02"]


def test_will_host_the_summit_is_no_meeting(run) -> None:
    text = "Lithuania will host the summit in Vilnius next July."
    assert _dates(run, text, "meeting") == []


def test_deposits_its_own_is_the_expected_accession(run) -> None:
    text = (
        "Both allies must deposit their instruments in Washington, after which Iceland "
        "deposits its own."
    )
    assert _dates(run, text, "accession") == [""]


MORE = [
    ("Leaders met at the 2–4 April summit in Bucharest.", "summit", "2024-04-02"),
    (  # a day counted from the date told before
        "The treaty was signed on Monday and ratified by the Latvian parliament the following day.",
        "ratification",
        "2024-11-26",
    ),
    (
        "Iceland applied in May 2022 and joined the alliance in March 2024.",
        "application",
        "2022-05",
    ),
    ("Iceland applied in May 2022 and joined the alliance in March 2024.", "accession", "2024-03"),
    (  # "became the last ally to ratify": a ratification, and a past clause
        "Latvia became the last ally to ratify, on 26 February.",
        "ratification",
        "2024-02-26",
    ),
    (
        "The protocol will be signed at a ceremony in Brussels on Wednesday.",
        "protocol_signature",
        "2024-12-04",
    ),
    (
        "Lawmakers in Riga are expected to vote on the protocol next week.",
        "ratification",
        "2024-12-02",
    ),
]


@pytest.mark.parametrize("text,etype,date", MORE, ids=[f"{c[1]}-{c[0][:25]}" for c in MORE])
def test_more_phrasings(run, text: str, etype: str, date: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert got, run(text, PUB)["events"]
    assert got[0]["date"] == date


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Leaders met at the 2–4 April summit in Bucharest.", "meeting"),
        ("Latvia became the last ally to ratify, on 26 February.", "accession"),
        ("The same rules applied in most cases.", "application"),
    ],
    ids=["met-at-summit", "last-ally-to-ratify", "rules-applied-in"],
)
def test_not_these(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]


def test_joined_in_a_month_is_an_accession(run) -> None:
    text = (
        "Montenegro was invited in December 2015, signed its protocol in May 2016 and joined "
        "in June 2017."
    )
    assert _dates(run, text, "accession") == ["2017-06"]
    assert _dates(run, "Greece joined in criticising the plan on Monday.", "accession") == []


def test_leaders_granting_a_step_met_at_a_summit(run) -> None:
    text = "European Union leaders on Thursday granted Armenia the status of a candidate country."
    events = run(text, "2022-12-15")["events"]
    assert [(e["type"], e["date"]) for e in events] == [("summit", "2022-12-15")]
