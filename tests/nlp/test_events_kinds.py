"""Kinds and non-events of `events.v1`: European Council meetings and heads of state and
government are summits; cancelled occasions, inverted conditions ("Were Turkey to ratify")
are no events; a parliament "scheduled to vote" is a planned ratification (own sentences)."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday


@pytest.mark.parametrize(
    "text,etype,date",
    [
        (
            "The European Council meeting in Brussels on Thursday agreed to open talks.",
            "summit",
            "2024-11-28",
        ),
        (
            "The heads of state and government will meet in Oslo on 24-25 June.",
            "summit",
            "2025-06-24",
        ),
        ("The Latvian parliament is scheduled to vote on Monday.", "ratification", "2024-12-02"),
        (  # postponed, then held: an event
            "The meeting, which was postponed twice, took place on Tuesday.",
            "meeting",
            "2024-11-26",
        ),
    ],
    ids=["european-council", "heads-of-state-and-government", "scheduled-vote", "postponed-held"],
)
def test_kind_and_date(run, text: str, etype: str, date: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == etype]
    assert got, run(text, PUB)["events"]
    assert got[0]["date"] == date


@pytest.mark.parametrize(
    "text,etype,date",
    [
        ("The allies' foreign ministers convened in Oslo on Tuesday.", "meeting", "2024-11-26"),
        (
            "EU leaders gave the green light to opening talks with Bosnia on Thursday.",
            "summit",
            "2024-11-28",
        ),
        (  # hosting a guest: a meeting, not a statement
            "Mark Rutte welcomed Andrej Plenković to NATO headquarters on Thursday.",
            "meeting",
            "2024-11-28",
        ),
        ("Mark Rutte welcomed Sweden to the alliance on Thursday.", "statement", "2024-11-28"),
        ("NATO leaders are set to meet in Vilnius on 11-12 July.", "summit", "2025-07-11"),
    ],
    ids=["convened", "green-light", "welcomed-to-hq", "welcomed-to-alliance", "leaders-set-to"],
)
def test_more_kinds(run, text: str, etype: str, date: str) -> None:
    got = run(text, PUB)["events"]
    assert [(e["type"], e["date"]) for e in got] == [(etype, date)]


@pytest.mark.parametrize(
    "text",
    [
        "The summit was cancelled on Monday.",
        "Ankara called off a meeting with Swedish officials on Tuesday.",
        "Were Latvia to ratify the protocol, Iceland would join at once.",
        "Had the two neighbours struck a deal before the summit, both could have been invited.",
        "Parliament is expected to vote on a budget next week.",
        "The European Council meeting was called off on Monday.",
        "Earlier, the parliament passed a resolution condemning the invasion on Tuesday.",
        "In Riga, lawmakers backed a motion of no confidence on Monday.",
        "The meeting did not take place.",
        "The planned summit will not go ahead.",
        "The prime minister, who flew to Moscow days before the summit, spoke on Monday.",
    ],
    ids=[
        "cancelled",
        "called-off",
        "were-to",
        "had-inverted",
        "budget-vote",
        "council-called-off",
        "resolution",
        "motion",
        "did-not-take-place",
        "not-go-ahead",
        "days-before-the-summit",
    ],
)
def test_no_event(run, text: str) -> None:
    assert run(text, PUB)["events"] == []


@pytest.mark.parametrize(
    "text,etype",
    [
        (
            "Allies signed the protocol, opening the ratification process in parliaments.",
            "ratification",
        ),
        (
            "Mark Rutte said he hoped all allies would ratify the protocol within a year.",
            "ratification",
        ),
        ("The president urged Latvia to ratify the protocol quickly.", "ratification"),
    ],
    ids=["ratification-process", "hoped", "urged"],
)
def test_wishes_and_processes_are_no_events(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]


def test_wish_in_another_clause_does_not_block(run) -> None:
    text = "Latvia, which had hoped to join alongside Iceland, ratified the protocol on Monday."
    got = [(e["type"], e["date"]) for e in run(text, PUB)["events"]]
    assert ("ratification", "2024-11-25") in got


def test_he_said_after_a_named_person_is_a_statement(run) -> None:
    text = (
        "Mark Rutte called the vote a good day. Speaking at a news conference after the "
        "ceremony on Tuesday, he said he expected more allies to follow."
    )
    got = [(e["type"], e["date"]) for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert got == [("statement", "2024-11-26")]


@pytest.mark.parametrize(
    "text,etype,date",
    [
        ("The invitation was extended at the summit on Wednesday.", "invitation", "2024-11-27"),
        ("An invitation to Kosovo was formally issued on Monday.", "invitation", "2024-11-25"),
        (
            "The European Council granted Kosovo candidate status on Thursday.",
            "summit",
            "2024-11-28",
        ),
    ],
    ids=["invitation-was-extended", "invitation-was-issued", "council-granted"],
)
def test_passive_invitations_and_council_decisions(run, text: str, etype: str, date: str) -> None:
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == etype]
    assert got == [date]


def test_invitation_not_extended_is_no_event(run) -> None:
    assert run("No invitation has been extended to Kyiv.", PUB)["events"] == []
