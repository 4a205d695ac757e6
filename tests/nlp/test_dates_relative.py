"""Relative dates a reporter writes against the publication day: "last May", "in February
last year", "in May next year", "a year ago", and a past clause that never dates after
publication (own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.nlp.dates import find_dates

SUMMER = dt.date(2024, 6, 25)  # a Tuesday
SPRING = dt.date(2023, 3, 31)

CASES = [
    ("the two countries applied together last May", SPRING, "2022-05", None),
    ("the two countries applied together last May", SUMMER, "2024-05", None),
    ("the parliament will vote next March", SUMMER, "2025-03", None),
    ("Lisbon ratified the treaty in February last year", SUMMER, "2023-02", None),
    ("a regional summit in Vienna in May next year", SUMMER, "2025-05", None),
    ("the protocol was signed on 6 February last year", SUMMER, "2023-02-06", None),
    (  # a past clause: last December, although next December is nearer
        "When ministers decided at their December 14-15 meeting in Oslo",
        SUMMER,
        "2023-12-14",
        "2023-12-15",
    ),
    (  # a present passive is no past clause: the nearest (coming) dates
        "while ministers are gathered in Oslo on April 4-5",
        SPRING,
        "2023-04-04",
        "2023-04-05",
    ),
    ("Malta became a member a year ago", SUMMER, "2023-06", None),
    ("the vote took place three days ago", SUMMER, "2024-06-22", None),
    ("the envoy visited two weeks ago", SUMMER, "2024-06", None),
    ("the talks collapsed two months ago", SUMMER, "2024-04", None),
]


@pytest.mark.parametrize("phrase,pub,date,end", CASES, ids=[c[0][:40] for c in CASES])
def test_relative_dates(phrase: str, pub: dt.date, date: str, end: str | None) -> None:
    hits = [h for h in find_dates(phrase, 0, len(phrase), pub) if h.date]
    assert hits, phrase
    assert (hits[0].date, hits[0].end_date) == (date, end)


def test_month_with_last_year_gives_one_hit() -> None:
    phrase = "it voted in February last year"
    hits = find_dates(phrase, 0, len(phrase), SUMMER)
    assert [(h.date, h.precision) for h in hits] == [("2023-02", "month")]


@pytest.mark.parametrize(
    "phrase",
    ["the vote was five years ago", "they may last longer", "last year the bloc grew"],
)
def test_no_dated_hit(phrase: str) -> None:
    assert not [h for h in find_dates(phrase, 0, len(phrase), SUMMER) if h.date]


@pytest.mark.parametrize(
    "phrase,date",
    [  # a future cue earlier in the clause, no past verb after it
        (
            "ministers will host their counterparts from the Baltic states in Riga on Monday",
            "2024-07-01",
        ),
        # a past verb after the cue: the last Monday
        ("ministers will review what they adopted in Riga on Monday", "2024-06-24"),
    ],
)
def test_weekday_tense_from_the_clause(phrase: str, date: str) -> None:
    hits = [h for h in find_dates(phrase, 0, len(phrase), SUMMER) if h.date]
    assert hits[0].date == date


@pytest.mark.parametrize(
    "phrase,date",
    [
        ("leaders will meet in Oslo on 24-25 June", "2025-06-24"),  # surely ahead: next June
        ("he said it would ratify on 20 June", "2024-06-20"),  # "would": maybe reported past
    ],
)
def test_sure_future_day_is_not_before_publication(phrase: str, date: str) -> None:
    hits = [h for h in find_dates(phrase, 0, len(phrase), dt.date(2024, 11, 29)) if h.date]
    assert hits[0].date == date


@pytest.mark.parametrize(
    "phrase,date",
    [  # the tense is read in the date's own sentence, not the one before
        ("The talks had stalled. Analysts expect the summit in October.", "2025-10"),
        ("Leaders will meet soon. The parliament ratified it in October.", "2024-10"),
    ],
)
def test_month_tense_in_its_own_sentence(phrase: str, date: str) -> None:
    hits = [h for h in find_dates(phrase, 0, len(phrase), dt.date(2024, 11, 29)) if h.date]
    assert hits[0].date == date


def test_that_year_is_the_last_year_named() -> None:
    import datetime as dt

    from accession.nlp.dates import find_dates

    text = (
        "Georgia closed its last chapters on June 30, 2011, and signed its accession treaty "
        "on December 9 that year."
    )
    hits = find_dates(text, 0, len(text), dt.date(2013, 6, 30), text.lower())
    assert [h.date for h in hits] == ["2011-06-30", "2011-12-09"]


def test_a_weekday_takes_its_tense_from_its_own_sentence() -> None:
    # the modal at the end of the paragraph before is not this sentence's future
    text = (
        "Both bids were split so that neither would be delayed.\n\n"
        "On Monday, the Hungarian parliament ratified the protocol."
    )
    hits = [
        h
        for h in find_dates(text, 0, len(text), SPRING)
        if text[h.start : h.end].endswith("Monday")
    ]
    assert [h.date for h in hits] == ["2023-03-27"]


def test_a_weekday_after_a_modal_in_its_own_sentence_is_ahead() -> None:
    text = "The parliament would vote on the protocol on Monday, officials said."
    hits = [
        h
        for h in find_dates(text, 0, len(text), SPRING)
        if text[h.start : h.end].endswith("Monday")
    ]
    assert [h.date for h in hits] == ["2023-04-03"]
