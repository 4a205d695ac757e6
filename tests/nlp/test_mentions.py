"""Actors: states (names, demonyms, capitals, metonyms), organisations, persons."""

from __future__ import annotations

import pytest


def _actors(run, text: str, published: str = "2024-11-29") -> dict[str, dict]:
    out = run(text, published)
    return {
        (a["country_iso3"] if a["type"] == "state" else a["canonical"]): a for a in out["actors"]
    }


STATE_CASES = [
    ("The Kremlin warned the allies again.", "RUS"),
    ("Ankara has signalled it will move.", "TUR"),
    ("Officials in Budapest say Kyiv must wait.", "UKR"),
    ("Türkiye's parliament voted on the bill.", "TUR"),
    ("Swedes celebrated the news.", "SWE"),
    ("North Korean troops were seen there.", "PRK"),
    ("Washington carried most of the cost, one envoy argued.", "USA"),
]


@pytest.mark.parametrize(
    "text,iso", STATE_CASES, ids=[c[1] + str(i) for i, c in enumerate(STATE_CASES)]
)
def test_states_are_found(run, text: str, iso: str) -> None:
    assert iso in _actors(run, text)


NOT_STATE_CASES = [
    ("Ministers gathered in Brussels on Tuesday.", "BEL"),
    ("Slovak Prime Minister Robert Fico spoke.", "SVK"),
    ("Belgian Foreign Minister Hadja Lahbib agreed.", "BEL"),
    ("He returned to the White House in January.", "USA"),
]


@pytest.mark.parametrize(
    "text,iso",
    NOT_STATE_CASES,
    ids=["place-brussels", "demonym-of-pm", "demonym-of-fm", "place-metonym"],
)
def test_places_and_attributes_are_not_state_actors(run, text: str, iso: str) -> None:
    assert iso not in _actors(run, text)


def test_organisations_and_news_agencies(run) -> None:
    got = _actors(run, "NATO allies met as the EU watched, Reuters reported.")
    assert {"NATO", "European Union", "Reuters"} <= set(got) or {"NATO", "EU", "Reuters"} <= set(
        got
    )


def test_photo_credit_and_page_furniture_are_not_actors(run) -> None:
    text = (
        "Skip next section\nThe foreign minister of Poland. Photo: Jan Nowak/ Reuters\n"
        "Poland wants more air defence."
    )
    got = _actors(run, text)
    assert "Reuters" not in got and "POL" in got


PERSON_CASES = [
    ("Hungarian Foreign Minister Peter Szijjarto told reporters.", "HUN", "foreign"),
    ("Slovak Prime Minister Robert Fico vowed to act.", "SVK", "prime"),
    ("Foreign Minister Andriy Sybiga wrote to his counterparts.", "UKR", "foreign"),
]


@pytest.mark.parametrize(
    "text,iso,role", PERSON_CASES, ids=["fuzzy-hungarian", "fico", "transliteration"]
)
def test_kb_persons_are_linked_to_their_office_on_the_date(run, text, iso, role) -> None:
    persons = [a for a in run(text)["actors"] if a["type"] == "person"]
    assert len(persons) == 1
    assert persons[0]["country_iso3"] == iso
    assert role in (persons[0]["role"] or "").lower()


def test_unknown_person_after_a_role_word(run) -> None:
    text = "Estonian Deputy Foreign Minister Kadri Tammsaar-Ilves said the talks went well."
    persons = [a for a in run(text)["actors"] if a["type"] == "person"]
    assert [p["canonical"] for p in persons] == ["Kadri Tammsaar-Ilves"]
    assert persons[0]["country_iso3"] == "EST"


def test_capitalised_pair_without_role_or_speech_is_not_a_person(run) -> None:
    persons = [
        a
        for a in run("The Treaty Room was full. Cold War memories.")["actors"]
        if a["type"] == "person"
    ]
    assert persons == []


def test_surname_and_spelling_variant_join_the_full_name(run) -> None:
    text = (
        "Ukrainian Foreign Minister Andriy Sybiga wrote a letter. In it, Sibiga asked for "
        "an invitation. Sybiha added more."
    )
    persons = [a for a in run(text)["actors"] if a["type"] == "person"]
    assert len(persons) == 1 and persons[0]["mentions"] == 3


def test_parliament_of_a_state_is_an_organisation(run) -> None:
    text = "Hungary's Parliament will vote. Later Parliament adjourned."
    orgs = [a for a in run(text)["actors"] if a["type"] == "organization"]
    assert len(orgs) == 1 and orgs[0]["country_iso3"] == "HUN"
