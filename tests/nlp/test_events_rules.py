"""Event typing and dating rules: summits of leaders, statements dated by the story, clause
boundaries, shifted dates, weekday ranges and tense, undated later occasions (own sentences)."""

from __future__ import annotations

import pytest

from accession.nlp.events import _NEG_OR_MODAL_RX

PUB = "2024-11-29"  # a Friday

CASES = [
    (  # leaders as the subject of a meeting: a summit
        "NATO leaders meeting in Oslo on 2-3 December will discuss the budget.",
        "summit",
        "2024-12-02",
    ),
    ("Defence ministers will meet in Oslo on Tuesday.", "meeting", "2024-12-03"),
    (  # leaders as the object: still a meeting
        "The Russian president is due to meet allied leaders in Riga on Monday.",
        "meeting",
        "2024-12-02",
    ),
    (  # a scheduled event in the present tense is ahead
        "The summit opens on Wednesday evening with a dinner hosted by the Polish president.",
        "summit",
        "2024-12-04",
    ),
    (  # a past verb after the weekday wins over a later "would"
        "At Tuesday's meeting the two ministers agreed on a plan that would take years.",
        "meeting",
        "2024-11-26",
    ),
    ("Mark Rutte said last month that the alliance would stay united.", "statement", "2024-10"),
    (  # a date before a clause break belongs to the first clause
        "Albania was invited in March 2008 and signed its accession protocol in July 2008.",
        "protocol_signature",
        "2008-07",
    ),
    (  # "two days after": the talks were two days before Friday
        "The parliament on Friday approved the bill two days after the prime minister flew to "
        "Ankara for talks with the president.",
        "meeting",
        "2024-11-27",
    ),
    (
        "Albania opened talks at an intergovernmental conference on Tuesday.",
        "meeting",
        "2024-11-26",
    ),
    (  # a day without a year in a past clause is the one before publication
        "Georgia formally applied to join the bloc on 3 March.",
        "application",
        "2024-03-03",
    ),
    (
        "Finland and Sweden submitted their membership applications on Wednesday.",
        "application",
        "2024-11-27",
    ),
    ("The Senate voted 95-1 on Wednesday to approve the treaty.", "ratification", "2024-11-27"),
    ("The minister met his Hungarian counterpart in Szeged on Monday.", "meeting", "2024-11-25"),
    (  # a month alone in a past clause is the last one before publication
        "The vote follows the agreement which the parliament endorsed in December.",
        "ratification",
        "2023-12",
    ),
]


@pytest.mark.parametrize("text,etype,date", CASES, ids=[c[0][:30] for c in CASES])
def test_event_type_and_date(run, text: str, etype: str, date: str) -> None:
    events = run(text, PUB)["events"]
    got = [e for e in events if e["type"] == etype]
    assert got, events
    assert got[0]["date"] == date


def test_weekday_range_of_leaders_gathering(run) -> None:
    text = "Heads of government gathering in Rome on Monday and Tuesday will discuss the budget."
    (ev,) = [e for e in run(text, PUB)["events"] if e["type"] == "summit"]
    assert (ev["date"], ev["end_date"]) == ("2024-12-02", "2024-12-03")


def test_statement_takes_story_date_not_other_paragraph(run) -> None:
    text = (
        "The Norwegian parliament ratified the protocol late on Wednesday.\n\n"
        "At Monday's hearing, committee members raised questions.\n\n"
        '"A proud day for the alliance," Mark Rutte said in a statement.'
    )
    got = [e for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert [e["date"] for e in got] == ["2024-11-27"]


def test_dateline_is_not_the_story_date(run) -> None:
    text = (
        "OSLO, Nov 29 - Norway's parliament voted late on Wednesday to ratify the protocol.\n\n"
        'Mark Rutte welcomed the step. "This makes us stronger," he said in a statement.'
    )
    got = [e for e in run(text, PUB)["events"] if e["type"] == "statement"]
    assert [e["date"] for e in got] == ["2024-11-27"]


def test_another_summit_next_year_is_a_separate_undated_event(run) -> None:
    text = (
        "Leaders met at a summit in Oslo on Thursday and agreed to return to the issue at "
        "another summit early next year."
    )
    got = sorted((e["date"] or "") for e in run(text, PUB)["events"] if e["type"] == "summit")
    assert got == ["", "2024-11-28"]


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Ankara says Stockholm has done enough to meet its concerns.", "meeting"),
        ("On Monday Greece joined the other allies in backing the plan.", "accession"),
        ("The Senate must then ratify the agreement.", "ratification"),
        ("Officials said the chamber could ratify it in the spring.", "ratification"),
        ("Albania wants to join the alliance.", "accession"),
        (  # a speech verb whose date belongs to another clause
            "The party refused a vote for months, saying critics had insulted it, but on "
            "Monday it changed course.",
            "statement",
        ),
    ],
    ids=[
        "meet-concerns",
        "joined-allies",
        "must-ratify",
        "could-ratify",
        "wants-to-join",
        "saying-clause",
    ],
)
def test_not_events(run, text: str, etype: str) -> None:
    assert not [e for e in run(text, PUB)["events"] if e["type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the country could formally join within days.",
        "The country must deposit its instrument of accession in Washington.",
    ],
    ids=["join-within-days", "must-deposit"],
)
def test_expected_accession_is_listed(run, text: str) -> None:
    assert [e for e in run(text, PUB)["events"] if e["type"] == "accession"]


def test_modal_filter_pattern() -> None:
    m = _NEG_OR_MODAL_RX.search("the parliament should ")
    assert m is not None and m.group("modal")
    assert not _NEG_OR_MODAL_RX.search("the parliament finally ")
