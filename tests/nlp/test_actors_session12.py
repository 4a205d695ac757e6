"""Actors of the twelfth session (own sentences): a state after its own capital ("in
Tallinn, Estonia") or in a dateline with a double dash is a place; "the Romanian capital" is
where, not who; a national title names its state ("Taoiseach"); and the line before a name
lends it no country."""

from __future__ import annotations

import pytest


def _actors(run, text: str, published: str = "2010-04-23") -> set[tuple]:
    return {(a["type"], a["canonical"], a["country_iso3"]) for a in run(text, published)["actors"]}


def test_a_state_after_its_capital_is_a_place(run) -> None:
    got = _actors(run, "Allied ministers met in Tallinn, Estonia, on Thursday to discuss Bosnia.")
    assert ("state", "Estonia", "EST") not in got


def test_states_listed_are_still_states(run) -> None:
    got = _actors(run, "Ministers from Romania, Bulgaria and Estonia met on Thursday.")
    assert {("state", "Romania", "ROU"), ("state", "Estonia", "EST")} <= got


def test_a_dateline_with_a_double_dash(run) -> None:
    got = _actors(run, "MADRID, Spain -- NATO invited three countries to join on Tuesday.")
    assert ("state", "Spain", "ESP") not in got


def test_the_demonym_of_a_capital_is_a_place(run) -> None:
    got = _actors(run, "Bush spoke in the Romanian capital before the summit opened.")
    assert not any(iso == "ROU" for _, _, iso in got)


def test_a_national_title_names_the_state(run) -> None:
    text = (
        "Talks will begin despite German resistance\n\n"
        "Taoiseach Enda Kenny welcomed the agreement to open accession negotiations with Serbia."
    )
    got = _actors(run, text, "2013-06-28")
    assert ("person", "Enda Kenny", "IRL") in got
    stances = {
        (s["actor_iso3"], s["question"], s["stance"]) for s in run(text, "2013-06-28")["stances"]
    }
    assert ("IRL", "EU:open_talks:SRB", "support") in stances


def test_an_office_dates_an_undated_story_past_a_background_year(run) -> None:
    # no date given: the latest year named (2004) is background; the Commission president's
    # office (from late 2004) dates the story later, so he speaks for no state
    text = (
        '"Their accession will mark a historic achievement," European Commission President '
        "Jose Manuel Barroso told the European Parliament. Britain, which opened its labour "
        "market to the countries that joined the EU in 2004, was more cautious."
    )
    got = _actors(run, text, None)
    assert ("person", "Jose Manuel Barroso", None) in got


def test_a_capital_named_after_capital_is_a_place(run) -> None:
    got = _actors(run, "Our correspondent reports from the Finnish capital Helsinki.", "1999-12-10")
    assert not any(iso == "FIN" for _, _, iso in got)


def test_a_capital_before_an_aside_and_decision_is_a_venue(run) -> None:
    got = _actors(run, "We only ask that the Helsinki (EU summit) decision be kept.", "2001-11-13")
    assert not any(iso == "FIN" for _, _, iso in got)


@pytest.mark.parametrize(
    "text",
    [
        "Orban, a longtime Russian ally, won a fourth term.",
        "The deal would help limit Russian influence in the Western Balkans.",
        "The German EU presidency wanted to discuss the chapter.",
        "The alliance was formed as a bulwark against Russian military power.",
    ],
)
def test_a_demonym_naming_a_quality_or_office_is_no_state_actor(run, text) -> None:
    got = _actors(run, text, "2016-06-01")
    assert not any(t == "state" and iso in ("RUS", "DEU") for t, _, iso in got)


def test_troops_of_a_state_still_name_it(run) -> None:
    got = _actors(run, "Tens of thousands of North Korean troops joined the war.", "2024-11-29")
    assert ("state", "North Korea", "PRK") in got
