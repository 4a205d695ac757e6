"""Stance rules of the thirteenth session (own sentences): a hostility told as a year old
("threatened last year to block") is background, as one dated by its year is; an act done
last year ("ratified ... last year") still stands."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_a_threat_made_last_year_is_background(run) -> None:
    text = "The Turkish government threatened last year to block NATO expansion to Poland."
    assert _stances(run, text, "1998-03-11") == set()


def test_a_threat_made_two_years_ago_is_background(run) -> None:
    text = "Two years ago Turkey threatened to block the admission of Poland to NATO."
    assert _stances(run, text, "1998-03-11") == set()


def test_a_threat_made_this_year_is_the_news(run) -> None:
    text = "The Turkish government threatened this week to block NATO expansion to Poland."
    assert _stances(run, text, "1998-03-11") == {("TUR", "NATO:admit:POL", "oppose")}


def test_a_ratification_last_year_still_stands(run) -> None:
    text = "Canada ratified the accession of Poland to NATO last year."
    assert _stances(run, text, "1998-03-11") == {("CAN", "NATO:admit:POL", "support")}
