"""Precision guards of `events.v1`: negotiations are no sitting, a standard met is no meeting,
a rule in the present is no vote, an unscheduled occasion is no event, a fronted reference to
another occasion is none, a group is no named speaker, "have since ratified" takes no earlier
date, and a day inside a range of the same event is that event (own sentences)."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Serbia and Kosovo are still waiting to open accession talks with the bloc.", "meeting"),
        ("EU leaders failed on Friday to agree to start membership talks with Skopje.", "meeting"),
        ("Officials insist they have met every legal and technical requirement.", "meeting"),
        ("The envoy said Chisinau met all the outstanding conditions on time.", "meeting"),
        ("Under the constitution, treaties are ratified by the assembly.", "ratification"),
        ("No date has yet been set for the first intergovernmental conference.", "meeting"),
        ("No further meeting is planned before the elections.", "meeting"),
        (  # a hypothetical
            "If Sweden were to apply, the parliament would ratify quickly.",
            "ratification",
        ),
        ("If Sweden were to apply, it would be welcomed.", "application"),
    ],
    ids=[
        "accession-talks",
        "membership-talks",
        "met-requirements",
        "met-conditions",
        "rule-present",
        "no-date-set",
        "no-meeting-planned",
        "hypothetical-ratify",
        "hypothetical-apply",
    ],
)
def test_no_event(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]


def test_fronted_reference_takes_no_date(run) -> None:
    text = (
        "Defence ministers met in Oslo on Wednesday. Before the meeting, the Spanish minister "
        "had said in Madrid on Monday that more funds were needed."
    )
    got = sorted((e["type"], e["date"]) for e in run(text, PUB)["events"])
    assert ("meeting", "2024-11-27") in got
    assert ("meeting", "2024-11-25") not in got
    assert ("summit", "2024-11-25") not in got


def test_group_is_no_named_speaker(run) -> None:
    text = "NATO leaders promised Georgia on Thursday that it would one day join."
    assert "statement" not in [e["type"] for e in run(text, PUB)["events"]]


def test_have_since_ratified_takes_no_earlier_date(run) -> None:
    text = "The country was invited to join in December 2022. Most allies have since ratified it."
    dates = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "ratification"]
    assert "2022-12" not in dates


def test_day_inside_a_range_is_one_summit(run) -> None:
    text = (
        "EU leaders failed on Friday to agree on the budget.\n\n"
        "The summit, held on November 28-29, ran late into Thursday night."
    )
    got = [e for e in run(text, PUB)["events"] if e["type"] == "summit"]
    assert [(e["date"], e.get("end_date")) for e in got] == [("2024-11-28", "2024-11-29")]


def test_past_event_in_background_clause_keeps_its_own_date(run) -> None:
    text = (
        "The parliament approved the treaty on Tuesday, two years after the country applied "
        "for membership in May 2022."
    )
    got = {(e["type"], e["date"]) for e in run(text, PUB)["events"]}
    assert ("ratification", "2024-11-26") in got
    assert ("application", "2022-05") in got


def test_year_only_date_is_null(run) -> None:
    got = [e for e in run("Croatia joined NATO in 2009.", PUB)["events"]]
    assert [(e["type"], e["date"]) for e in got] == [("accession", None)]


def _meetings(run, text: str) -> list[str | None]:
    return sorted(e["date"] or "" for e in run(text, PUB)["events"] if e["type"] == "meeting")


def test_back_to_back_conferences_are_two(run) -> None:
    text = (
        "Serbia and Montenegro opened talks on Tuesday at back-to-back intergovernmental "
        "conferences in Luxembourg."
    )
    assert _meetings(run, text) == ["2024-11-26", "2024-11-26"]


def test_separate_conference_the_same_day_is_another_meeting(run) -> None:
    text = (
        "Serbia opened talks at an intergovernmental conference on Tuesday. Montenegro opened "
        "its own talks at a separate conference later the same day."
    )
    assert _meetings(run, text) == ["2024-11-26", "2024-11-26"]


def test_own_day_inside_a_ministerial_range_is_another_meeting(run) -> None:
    text = (
        "Foreign ministers meeting in Oslo on November 26-27 agreed a plan. On Wednesday the "
        "commission met at the level of ambassadors for the first time."
    )
    assert _meetings(run, text) == ["2024-11-26", "2024-11-27"]


def test_separate_news_conference_is_no_meeting(run) -> None:
    text = "Mark Rutte later gave a separate news conference in Oslo on Monday."
    assert _meetings(run, text) == []


def test_months_after_shifts_to_that_month(run) -> None:
    text = "Serbia opened talks on Tuesday, six months after EU leaders agreed in principle."
    got = {(e["type"], e["date"]) for e in run(text, PUB)["events"]}
    assert ("summit", "2024-05") in got


def test_date_of_a_subordinate_clause_is_not_the_events(run) -> None:
    text = "Norway and Iceland applied for membership soon after the war began in February 2022."
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "application"]
    assert got and set(got) == {None}  # two applicants, two applications, both undated


def test_statement_tense_is_the_speakings(run) -> None:
    text = (
        "Leaders settled the question over dinner on Wednesday. Mark Rutte told reporters after "
        "the dinner that Greece would not accept an invitation."
    )
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert got == ["2024-11-27"]


def test_obligation_to_take_an_accession_step_is_a_planned_step(run) -> None:
    text = (
        "Kosovo and Serbia must now negotiate and sign accession protocols, which will then "
        "have to be ratified by all members."
    )
    got = {(e["type"], e["date"]) for e in run(text, PUB)["events"]}
    assert ("protocol_signature", None) in got
    assert ("ratification", None) in got


@pytest.mark.parametrize(
    "text",
    [
        "The Senate must then ratify the agreement.",  # another treaty
        "Parliament should ratify the accession protocol quickly.",  # advice, not obligation
        "Both allies must deposit their instruments of ratification in Washington.",
        "He recalled that the membership of a new country must be ratified by all allies.",
    ],
    ids=["other-treaty", "should", "instruments-of-ratification", "a-rule"],
)
def test_no_planned_ratification(run, text: str) -> None:
    assert "ratification" not in [e["type"] for e in run(text, PUB)["events"]]


def test_treaty_still_to_be_ratified_is_planned(run) -> None:
    text = "The treaty must still be ratified by all 27 member states."
    got = [(e["type"], e["date"]) for e in run(text, PUB)["events"]]
    assert got == [("ratification", None)]


def test_a_week_after_counts_back_from_the_day_told_before(run) -> None:
    text = (
        "Latvia's parliament voted on Thursday to ratify the protocol. The vote came a week "
        "after the prime minister met his Icelandic counterpart in Riga."
    )
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "meeting"]
    assert got == ["2024-11-21"]


def test_ended_two_days_of_talks_is_the_ranged_meeting(run) -> None:
    text = (
        "OSLO - Foreign ministers ended two days of talks in Oslo on Wednesday without a "
        "deal.\n\nMinisters meeting on November 26-27 praised the reforms."
    )
    got = [
        (e["date"], e.get("end_date")) for e in run(text, PUB)["events"] if e["type"] == "meeting"
    ]
    assert got == [("2024-11-26", "2024-11-27")]


def test_next_summer_is_no_date(run) -> None:
    text = (
        "Ministers met in Oslo on Wednesday, leaving the question to leaders at their summit "
        "next summer."
    )
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "summit"]
    assert got == [None]


def test_a_letter_after_urged_is_still_a_letter(run) -> None:
    text = "The minister had urged allies to grant the plan in a letter sent last month."
    got = [(e["type"], e["date"]) for e in run(text, PUB)["events"]]
    assert got == [("letter", "2024-10")]


def test_passive_met_with_is_no_meeting(run) -> None:
    text = "Moscow warned that any enlargement would be met with a response on Monday."
    assert "meeting" not in [e["type"] for e in run(text, PUB)["events"]]


def test_past_event_takes_no_coming_date_from_the_sentence_before(run) -> None:
    text = (
        "Foreign ministers will meet in Oslo on 3-4 June. Mark Rutte wrote in a letter to his "
        "counterparts that the moment had come."
    )
    got = [e["date"] for e in run(text, PUB)["events"] if e["type"] == "letter"]
    assert got and got[0] != "2025-06-03"


@pytest.mark.parametrize(
    "text",
    [
        "Washington has already initiated the process of ratification of the protocol.",
        "The president proposed to parliament the ratification of the accession protocol.",
        "The bids still had to be ratified by the parliaments of all members.",
        "The Greek parliament cannot ratify the enlargement without Cyprus.",
    ],
)
def test_a_ratification_begun_proposed_owed_or_denied_is_no_event(run, text: str) -> None:
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "ratification"]


def test_a_ratification_told_as_done_is_still_an_event(run) -> None:
    text = "The Hungarian parliament ratified the accession protocol on Monday."
    assert [e["type"] for e in run(text, PUB)["events"]] == ["ratification"]
