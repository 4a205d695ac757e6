"""Occasions told in other words (own sentences): who meets decides the type (leaders as the
subject of "meeting" or "hold a video conference" → summit; a committee's approval → its
session, a meeting); "a day after" counts back also from the story's date; statements timed
by a moment ("said as he took the papers"), opened by a participle ("Opening the session, X
said"), fronted "In a statement ..., he promised", "told reporters in Prague after", "spoke
... on Monday", "at the weekend", "earlier in the week"; and a meeting that only times a
statement is no meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.nlp.dates import find_dates

PUB = "2024-11-29"  # a Friday


def _types(run, text: str, pub: str = PUB) -> list[tuple[str, str | None]]:
    return [(e["type"], e["date"]) for e in run(text, pub)["events"]]


def test_leaders_meeting_their_counterparts_is_a_summit(run) -> None:
    text = "EU leaders, meeting their Caucasus counterparts in Brussels on Thursday, agreed."
    assert ("summit", "2024-11-28") in _types(run, text)


def test_leaders_holding_a_video_conference_is_a_summit(run) -> None:
    text = "The bloc's leaders are expected to back it when they hold a video conference on Monday."
    got = _types(run, text)
    assert ("summit", "2024-12-02") in got and not [t for t in got if t[0] == "meeting"]


def test_ministers_meeting_by_video_is_a_meeting(run) -> None:
    text = "Europe ministers, meeting by video link on Tuesday, reached a deal."
    assert ("meeting", "2024-11-26") in _types(run, text)


def test_ministers_had_agreed_is_a_meeting(run) -> None:
    text = "Foreign ministers had agreed on Monday in Oslo that the talks could begin."
    assert ("meeting", "2024-11-25") in _types(run, text)


def test_ministers_named_after_leaders_keep_a_meeting(run) -> None:
    text = "EU leaders said ministers would hold a video conference on Monday."
    got = _types(run, text)
    assert ("meeting", "2024-12-02") in got and not [t for t in got if t[0] == "summit"]


def test_committee_approval_is_its_session(run) -> None:
    text = (
        "The defence committee of the Icelandic parliament approved Norway's accession on Tuesday."
    )
    got = _types(run, text)
    assert ("meeting", "2024-11-26") in got and not [t for t in got if t[0] == "ratification"]


def test_parliament_after_a_committee_still_ratifies(run) -> None:
    text = "After the committee's vote, the parliament ratified the protocol on Tuesday."
    assert ("ratification", "2024-11-26") in _types(run, text)


def test_a_day_after_counts_back_from_the_story_date(run) -> None:
    text = (
        "The assembly ratified the protocol on Friday.\n\nThe premier spoke to the press.\n\n"
        "Diplomats wrote that the vote came a day after EU leaders, meeting their counterparts, "
        "failed to agree."
    )
    assert ("summit", "2024-11-28") in _types(run, text)


STATEMENTS = [
    ('"A good day," Foreign Minister Erik Lindqvist said as he took the signed papers.', None),
    ("Opening the session, Secretary General Ana Pereira described the vote as historic.", None),
    ("Prime Minister Petra Holm spoke after a party meeting on Monday.", "2024-11-25"),
    ("Alan Ferro told reporters in Prague after the handover that it was a good day.", None),
    (
        "Prime Minister Petra Holm condemned the attack at the weekend. It was a disgrace, she "
        "wrote on X.",
        "2024-11-23",
    ),
    ("Ivo Brandt said in Tirana earlier in the week that he was pleased.", "2024-11-25"),
]


@pytest.mark.parametrize("text,date", STATEMENTS, ids=[c[0][:30] for c in STATEMENTS])
def test_statement_occasions(run, text: str, date: str | None) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert got, run(text, PUB)["events"]
    if date:
        assert got[0]["date"] == date


def test_said_as_needs_a_moment(run) -> None:
    text = "Lindqvist said as much to his colleagues."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "statement"]


def test_fronted_statement_speaker_is_the_pronoun(run) -> None:
    text = (
        "Prime Minister Ola Berg signed the papers.\n\nBerg thanked the staff. In a statement "
        "issued after he met Marta Lind, he promised that his country would help."
    )
    got = run(text, PUB)["events"]
    assert [e for e in got if e["type"] == "statement"]
    assert not [e for e in got if e["type"] == "meeting"]  # the meeting only times the words


@pytest.mark.parametrize(
    "text,pub,date,end",
    [
        ("They condemned it at the weekend.", "2023-01-24", "2023-01-21", "2023-01-22"),
        ("They will vote at the weekend.", "2023-01-24", "2023-01-28", "2023-01-29"),
        ("It was signed last weekend.", "2023-01-29", "2023-01-21", "2023-01-22"),
        ("Talks resume next weekend.", "2023-01-24", "2023-01-28", "2023-01-29"),
        ("She said so earlier in the week.", "2012-06-30", "2012-06-25", "2012-07-01"),
    ],
)
def test_weekend_and_week_phrases(text: str, pub: str, date: str, end: str) -> None:
    hits = find_dates(text, 0, len(text), dt.date.fromisoformat(pub))
    assert [(h.date, h.end_date) for h in hits] == [(date, end)]


def test_a_weekend_word_alone_is_no_date() -> None:
    text = "The weekend edition carried the story."
    assert find_dates(text, 0, len(text), dt.date(2023, 1, 24)) == []


def test_signed_together_with_a_person_is_one_application(run) -> None:
    text = "The president signed the application on Friday together with Prime Minister Ion Rusu."
    got = [e for e in run(text, PUB)["events"] if e["type"] == "application"]
    assert len(got) == 1, got


def test_would_only_once_is_a_condition(run) -> None:
    text = "Officials said the assembly would approve the protocols only once Oslo had acted."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "ratification"]


@pytest.mark.parametrize(
    "text",
    [
        "The allies will sign a protocol, which every member's parliament must ratify first.",
        "The protocols are expected to be signed next week, after which every parliament must "
        "ratify them.",
    ],
)
def test_obligation_after_a_step_told_is_planned(run, text: str) -> None:
    got = [e for e in run(text, PUB)["events"] if e["type"] == "ratification"]
    assert got and got[0]["date"] is None, got


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian parliament never approved the accession.",
        "The assembly will not approve the bid this year.",
        "Parliament would only clear the protocol if Oslo had acted first.",
    ],
)
def test_negation_after_the_subject(run, text: str) -> None:
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "ratification"]


def test_a_rule_stays_no_event(run) -> None:
    text = "Every new member must be ratified by all parliaments, which can take months."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "ratification"]


def test_numbered_leaders_are_a_group(run) -> None:
    text = "NATO's 32 leaders declared on Wednesday that the path was irreversible."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "statement"]


def test_fronted_date_dates_the_words(run) -> None:
    text = "Last week the Russian foreign ministry had warned that the step meant confrontation."
    got = [e for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert got and got[0]["date"] == "2024-11-18", got


def test_fronted_date_needs_a_speech_verb(run) -> None:
    text = "Last week the Russian foreign ministry summoned the ambassador."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "statement"]


def test_said_after_the_signing_is_a_statement(run) -> None:
    text = 'Secretary General Ana Pereira said after the signing: "A good day for us."'
    assert [e for e in run(text, PUB)["events"] if e["type"] == "statement"]


def test_said_at_the_ceremony_is_only_where(run) -> None:
    text = "Secretary General Ana Pereira said at the ceremony that the door stayed open."
    assert not [e for e in run(text, PUB)["events"] if e["type"] == "statement"]
