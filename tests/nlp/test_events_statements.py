"""Statements by named speakers (`events.v1` + `statements.py`): the occasion fronted ("In a
television interview on Sunday, X said"), the press after an occasion ("told reporters
afterwards"), "writing on X", "thanked", a reaction "within the hour"; and what is no public
statement: an appointment, words to the other side of a meeting, a bare "told reporters"
(own sentences)."""

from __future__ import annotations

import pytest

PUB = "2024-11-29"  # a Friday


def _statements(run, text: str) -> list[str | None]:
    return [e["date"] for e in run(text, PUB)["events"] if e["type"] == "statement"]


@pytest.mark.parametrize(
    "text,date",
    [
        (
            "In a television interview on Sunday, Mark Rutte said the alliance was ready.",
            "2024-11-24",
        ),
        (
            "Allied ministers met in Brussels on Tuesday. Mark Rutte told reporters afterwards "
            "that the door remained open.",
            "2024-11-26",
        ),
        ("Mark Rutte, writing on X on Wednesday, called the vote historic.", "2024-11-27"),
        ("Mark Rutte thanked the allies on Thursday night.", "2024-11-28"),
        (
            "The Swedish parliament ratified the protocol on Tuesday.\n\n"
            "“A great day for the alliance,” Mark Rutte wrote on X within the hour.",
            "2024-11-26",
        ),
    ],
    ids=["fronted-interview", "reporters-afterwards", "writing-on-x", "thanked", "within-hour"],
)
def test_statement_and_date(run, text: str, date: str) -> None:
    assert _statements(run, text) == [date]


@pytest.mark.parametrize(
    "text,date",
    [
        (  # a channel without a day: the story's day
            "Latvia's parliament ratified the protocol on Tuesday.\n\nMark Rutte said in a "
            "video message that the alliance was stronger.",
            "2024-11-26",
        ),
        (  # a blog, a broadcaster: channels too
            "Latvia's parliament ratified the protocol on Tuesday.\n\nMark Rutte welcomed the "
            "vote on his blog.",
            "2024-11-26",
        ),
        (
            "Latvia's parliament ratified the protocol on Tuesday.\n\nMark Rutte said on state "
            "television that the alliance was stronger.",
            "2024-11-26",
        ),
    ],
    ids=["video-message", "blog", "state-television"],
)
def test_statement_by_channel(run, text: str, date: str) -> None:
    assert _statements(run, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Allies confirmed Mark Rutte as their next secretary general last month.",
        "Robert Fico told his Ukrainian counterpart on Wednesday that he would not block talks.",
        "NATO leaders promised on Thursday that the door would stay open.",
        "“We are ready,” Mark Rutte told reporters.",
    ],
    ids=["appointment", "told-counterpart", "group", "bare-told-reporters"],
)
def test_no_statement(run, text: str) -> None:
    assert _statements(run, text) == []


@pytest.mark.parametrize(
    "text,etype",
    [
        (
            "Ankara agreed on Monday to forward the protocol to parliament for ratification.",
            "ratification",
        ),
        ("On the summit's closing day, leaders of the G7 announced a fund.", "summit"),
    ],
    ids=["for-ratification", "summit-possessive"],
)
def test_reference_is_no_event(run, text: str, etype: str) -> None:
    assert etype not in [e["type"] for e in run(text, PUB)["events"]]


@pytest.mark.parametrize(
    "text,date",
    [
        ("Mark Rutte said on 3 June that the alliance was ready.", "2024-06-03"),
        ("Mark Rutte said on June 3 that the alliance was ready.", "2024-06-03"),
        (
            "Mark Rutte told the United Nations General Assembly on Tuesday that it was ready.",
            "2024-11-26",
        ),
    ],
    ids=["on-3-june", "on-june-3", "united-nations"],
)
def test_statement_on_a_day_of_a_month(run, text: str, date: str) -> None:
    assert _statements(run, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "In a post on X, Mark Rutte said the alliance was ready.",
        "Mark Rutte said in remarks to reporters that it was ready.",
    ],
    ids=["fronted-post", "in-remarks"],
)
def test_statement_by_channel_without_a_day(run, text: str) -> None:
    assert len(_statements(run, text)) == 1


def test_date_of_what_was_said_is_not_the_statements(run) -> None:
    assert _statements(run, "Mark Rutte said the alliance met on 3 June.") == []


@pytest.mark.parametrize(
    "text,date",
    [
        (
            "Speaking to members of parliament on Tuesday, Kaja Kallas said the vote was historic.",
            "2024-11-26",
        ),
        (
            "Speaking to reporters after Friday prayers in Ankara, Recep Tayyip Erdogan said"
            " Turkey was in no hurry.",
            "2024-11-29",
        ),
        (
            "Talking on Swedish radio on Wednesday, Ulf Kristersson said the wait was over.",
            "2024-11-27",
        ),
    ],
    ids=["to-lawmakers-on-a-day", "after-an-occasion-with-a-day", "on-the-radio"],
)
def test_a_fronted_participle_with_its_occasion_dates_a_statement(run, text, date) -> None:
    assert _statements(run, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters, Kaja Kallas said the vote was historic.",
        "Speaking in general terms, Kaja Kallas said the vote was historic.",
    ],
    ids=["no-day-no-channel", "manner-not-occasion"],
)
def test_a_fronted_participle_without_an_occasion_is_no_statement(run, text) -> None:
    assert _statements(run, text) == []


def test_a_video_posted_after_a_decision_is_a_statement_of_that_day(run) -> None:
    text = (
        "EU leaders agreed on Thursday to open talks with Moldova. In a video posted on"
        " Facebook shortly afterwards, Viktor Orban said he had stayed out of the vote."
    )
    assert _statements(run, text) == ["2024-11-28"]


def test_a_participle_opening_the_sentence_dates_the_words(run) -> None:
    text = (
        "Speaking to reporters in Brussels on Tuesday, Guido Westerwelle said Turkey belongs "
        "in Europe."
    )
    got = [(e["type"], e["date"]) for e in run(text, "2010-07-28")["events"]]
    assert ("statement", "2010-07-27") in got
