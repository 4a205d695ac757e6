"""Constructors reject bad values with a message naming the value and what is allowed."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.errors import AccessionError, DateError, UnknownQuestionError, ValidationError
from accession.model import (
    Case,
    Document,
    Event,
    Membership,
    Office,
    Question,
    Ratification,
    Stance,
)
from accession.model.validate import iso3, parse_date

D = dt.date


@pytest.mark.parametrize(
    ("make", "error", "fragment"),
    [
        (lambda: iso3("UKRR"), ValidationError, "'UKRR'"),
        (lambda: iso3("XXX"), ValidationError, "ISO 3166-1 alpha-3"),
        (lambda: Membership("NATO", "ZZZ", D(2020, 1, 1)), ValidationError, "'ZZZ'"),
        (lambda: Membership("OSCE", "FIN", D(2020, 1, 1)), ValidationError, "NATO, EU"),
        (
            lambda: Membership("NATO", "FIN", D(2023, 4, 4), D(2020, 1, 1)),
            ValidationError,
            "before it starts",
        ),
        (lambda: Question("NATO:inviet:UKR"), UnknownQuestionError, "'inviet'"),
        (lambda: Question("NATO:invite"), UnknownQuestionError, "INSTITUTION:ACTION:CANDIDATE"),
        (lambda: Question("UN:invite:UKR"), UnknownQuestionError, "NATO|EU"),
        (lambda: Question("NATO:invite:QQQ"), UnknownQuestionError, "'QQQ'"),
        (
            lambda: Stance("NATO:invite:UKR", "HUN", "veto", D(2024, 1, 1)),
            ValidationError,
            "support",
        ),
        (
            lambda: Case("NATO", "2023", "FIN", D(2022, 5, 18), D(2022, 6, 29), "", D(2022, 6, 1)),
            ValidationError,
            "before it starts",
        ),
        (
            lambda: Ratification("NATO", "SWE", "HUN", D(2024, 3, 5), D(2024, 1, 1)),
            ValidationError,
            "before it starts",
        ),
        (
            lambda: Office("x", "President", "king", "FRA", None, D(2020, 1, 1)),
            ValidationError,
            "head_of_state",
        ),
        (lambda: Event("party", D(2024, 1, 1)), ValidationError, "meeting"),
        (lambda: Document("   "), ValidationError, "empty document"),
        (lambda: parse_date("2024-02-30"), DateError, "'2024-02-30'"),
        (lambda: parse_date("yesterday"), DateError, "YYYY-MM-DD"),
    ],
    ids=[
        "iso3-too-long",
        "iso3-unassigned",
        "member-code",
        "institution",
        "membership-range",
        "question-action",
        "question-form",
        "question-institution",
        "question-candidate",
        "stance-value",
        "case-order",
        "ratification-order",
        "role-kind",
        "event-type",
        "empty-document",
        "impossible-date",
        "unparsable-date",
    ],
)
def test_bad_values_name_the_value_and_the_allowed(make, error, fragment) -> None:
    with pytest.raises(error) as info:
        make()
    assert fragment in str(info.value)
    assert isinstance(info.value, AccessionError)


@pytest.mark.parametrize(
    ("key", "normal"),
    [
        ("NATO:invite:UKR", "NATO:invite:UKR"),
        ("nato:invite:ukr", "NATO:invite:UKR"),
        (" EU:open_talks:MDA ", "EU:open_talks:MDA"),
        ("NATO:admit:XKX", "NATO:admit:XKX"),
    ],
)
def test_question_keys_normalise(key: str, normal: str) -> None:
    q = Question(key)
    assert q.key == normal
    assert q.institution == normal.split(":")[0]


def test_membership_active_on_is_half_open() -> None:
    m = Membership("EU", "GBR", D(1973, 1, 1), D(2020, 1, 31))
    assert m.active_on(D(2020, 1, 30))
    assert not m.active_on(D(2020, 1, 31))
    assert not m.active_on(D(1972, 12, 31))


def test_document_hash_ignores_quote_style_and_spacing() -> None:
    a = Document("Hungary said \u201cno\u201d.\n\nThat is all.")
    b = Document('Hungary said "no". That is all.')
    assert a.content_hash == b.content_hash
