"""Actors the knowledge base cannot list in full, and places that are not actors. Every
sentence here was written for these tests."""

from __future__ import annotations


def _actors(run, text: str, published: str = "2024-06-25") -> set[tuple[str, str | None]]:
    return {(a["canonical"], a.get("country_iso3")) for a in run(text, published)["actors"]}


def test_dateline_wire_unknown_to_the_kb_is_an_organisation(run):
    text = "Wire story\n\nSKOPJE, March 27 (Balkan Desk Wire) - North Macedonia joined NATO."
    assert ("Balkan Desk Wire", None) in _actors(run, text, "2020-03-27")


def test_known_agency_in_a_dateline_keeps_its_canonical_name(run):
    text = "BRUSSELS (Reuters) - NATO ministers met on Tuesday."
    assert "Reuters" in {c for c, _ in _actors(run, text)}


def test_named_parties_are_organisations(run):
    text = (
        "The ruling Smer party backed the prime minister, while the Serbian Progressive Party"
        " welcomed the talks. The party said nothing more."
    )
    names = {c for c, _ in _actors(run, text)}
    assert {"Smer", "Serbian Progressive Party"} <= names
    assert "The" not in names


def test_a_demonym_before_party_is_not_a_party(run):
    names = {c for c, _ in _actors(run, "The Hungarian party leader spoke in Budapest.")}
    assert "Hungarian" not in names


def test_media_outlet_named_as_source(run):
    text = "Viktor Orban told CNN on Sunday that Hungary would ratify Sweden's accession."
    assert ("CNN", None) in _actors(run, text, "2024-02-26")


def test_city_state_as_venue_is_a_place(run):
    text = "Moldova opened accession talks at a conference in Luxembourg on Tuesday."
    assert ("Luxembourg", "LUX") not in _actors(run, text)


def test_the_government_in_a_capital_speaks_for_the_state(run):
    text = (
        "Ukraine opened its talks first. The government in Chisinau says it wants Moldova's"
        " accession talks to move fast."
    )
    out = run(text, "2024-06-25")
    holders = {(s["actor_iso3"], s["question"]) for s in out["stances"]}
    assert ("UKR", "EU:open_talks:MDA") not in holders
    assert ("MDA", "EU:open_talks:MDA") in holders


def test_unknown_person_before_a_speech_verb_after_an_apposition(run):
    text = "Ivo Kestrel, who chairs the committee, called it “a fair outcome” for the region."
    out = run(text, "2010-04-23")
    assert ("Ivo Kestrel", None) in {(a["canonical"], a.get("country_iso3")) for a in out["actors"]}
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Ivo Kestrel"]


def test_lower_case_role_in_apposition_names_a_person(run):
    text = (
        "The bloc's enlargement commissioner, Marek Tovarnik, welcomed the decision."
        ' "This is a good day for the region," he wrote.'
    )
    out = run(text, "2012-06-30")
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Marek Tovarnik"]


def test_pronoun_speaker_after_a_list_of_states(run):
    text = (
        "Croatian President Zoran Milanovic spoke on Tuesday. Until the United States and"
        ' Germany act, he said, parliament "must not ratify anything at all."'
    )
    out = run(text, "2022-04-26")
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Zoran Milanovic"]
