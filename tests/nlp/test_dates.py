"""Date phrases against a publication date (table-driven; STYLE.md item 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.nlp.dates import find_dates

FRIDAY = dt.date(2025, 11, 28)

CASES = [
    ("ministers meet on 3-4 December", FRIDAY, "2025-12-03", "2025-12-04"),
    ("talks on December 3-4, 2025", FRIDAY, "2025-12-03", "2025-12-04"),
    ("signed on 7 March 2024 after", FRIDAY, "2024-03-07", None),
    ("the vote on June 5", dt.date(2017, 6, 7), "2017-06-05", None),
    ("the deal he said on Thursday", FRIDAY, "2025-11-27", None),
    ("the ministers will meet on Thursday", FRIDAY, "2025-12-04", None),
    ("the minister spoke on Friday", FRIDAY, "2025-11-28", None),
    ("a summit in January", FRIDAY, "2026-01", None),
    ("in March 2023 it ratified", FRIDAY, "2023-03", None),
    ("it happened yesterday", FRIDAY, "2025-11-27", None),
    ("talks resume next week", FRIDAY, "2025-12-01", "2025-12-07"),
    ("a decision next month", FRIDAY, "2025-12", None),
    ("on 2024-07-10 in Washington", FRIDAY, "2024-07-10", None),
    ("the country applied on 3 March", FRIDAY, "2025-03-03", None),  # past verb: last March
    ("ministers will meet on 3 March", FRIDAY, "2026-03-03", None),
    ("an election on 3 March", FRIDAY, "2026-03-03", None),  # no tense: the nearest
    ("it ratified the deal in December", dt.date(2025, 6, 2), "2024-12", None),
    ("it will decide in December", dt.date(2025, 6, 2), "2025-12", None),
    ("leaders meet on Thursday and Friday", FRIDAY, "2025-11-27", "2025-11-28"),
    # a comma between month and day (translated copy): only before a comma, stop or year
    ("it ratified the protocol on June, 25, he said", dt.date(2019, 7, 1), "2019-06-25", None),
    ("signed on June, 25 2019 in Skopje", FRIDAY, "2019-06-25", None),
]


@pytest.mark.parametrize("phrase,pub,date,end", CASES, ids=[c[0].replace(" ", "_") for c in CASES])
def test_date_phrases(phrase: str, pub: dt.date, date: str, end: str | None) -> None:
    hits = [h for h in find_dates(phrase, 0, len(phrase), pub) if h.date]
    assert hits, phrase
    assert hits[0].date == date
    assert hits[0].end_date == end


@pytest.mark.parametrize(
    "phrase",
    ["they may decide", "a march on the capital", "no date here"],
    ids=["modal-may", "noun-march", "nothing"],
)
def test_not_dates(phrase: str) -> None:
    assert not [h for h in find_dates(phrase, 0, len(phrase), FRIDAY) if h.date]


@pytest.mark.parametrize("phrase", ["by June, 12 members had ratified", "In June, 25 states"])
def test_month_comma_count_is_no_day(phrase: str) -> None:
    """A count after "June," is a number of things, not the day."""
    hits = [h for h in find_dates(phrase, 0, len(phrase), FRIDAY) if h.date]
    assert hits and all(len(h.date) == 7 for h in hits), hits


def test_day_without_a_year_and_without_publication_date_is_null() -> None:
    hits = find_dates("on June 5", 0, 9, None)
    assert all(h.date is None for h in hits)
