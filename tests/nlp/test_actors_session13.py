"""Actors of the thirteenth session (own sentences): every UN member state and three
historical ones are states; one far from the enlargement questions named after a locative is
a place ("troops in Afghanistan"), not an actor."""

from __future__ import annotations


def _states(run, text: str, published: str) -> set[str]:
    return {a["canonical"] for a in run(text, published)["actors"] if a["type"] == "state"}


def test_a_world_state_acting_is_an_actor(run) -> None:
    text = "Pakistan said it was worried, and Brazil abstained."
    assert _states(run, text, "2015-12-01") == {"Pakistan", "Brazil"}


def test_a_world_state_named_as_a_place_is_no_actor(run) -> None:
    text = "NATO fought the militants in Syria and Iraq and sent more troops to Afghanistan."
    assert _states(run, text, "2015-12-01") == set()


def test_borders_with_world_states_name_them(run) -> None:
    text = "Turkish membership would give the EU borders with Syria and Iraq."
    assert {"Syria", "Iraq"} <= _states(run, text, "2004-10-06")


def test_historical_states_are_states(run) -> None:
    text = (
        "Estonia, Latvia and Lithuania were annexed by the Soviet Union in 1940. Slovenia and "
        "Croatia broke away from the former Yugoslavia in 1991."
    )
    got = {(a["canonical"], a["country_iso3"]) for a in run(text, "2002-06-20")["actors"]}
    assert {("Soviet Union", "SUN"), ("Yugoslavia", "YUG")} <= got


def test_a_core_state_after_in_is_still_an_actor(run) -> None:
    # the locative rule is only for states far from the questions
    assert "Ukraine" in _states(run, "Russia's war in Ukraine goes on.", "2024-06-01")


def test_a_portfolio_of_several_words_is_no_part_of_the_name(run) -> None:
    text = (
        "Polish Minister for European Union Affairs Adam Szlapka said the first cluster could "
        "open in June."
    )
    people = {a["canonical"] for a in run(text, "2025-06-09")["actors"] if a["type"] == "person"}
    assert people == {"Adam Szlapka"}


def test_a_world_state_is_an_actor_but_no_stance_holder_nor_candidate(run) -> None:
    out = run("Brazil said it backed Ukraine's bid to join NATO.", "2024-06-01")
    assert "Brazil" in {a["canonical"] for a in out["actors"]}
    assert {s["actor_iso3"] for s in out["stances"]} <= {"UKR"}


def test_a_first_name_the_knowledge_base_does_not_know_names_another_person(run) -> None:
    text = (
        "The answer came after Vjosa Osmani asked in a letter for support.\n\n"
        '"Our membership has become imperative," Osmani said.'
    )
    out = run(text, "2022-03-22")
    people = {a["canonical"] for a in out["actors"] if a["type"] == "person"}
    assert "Vjosa Osmani" in people and "Bujar Osmani" not in people
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Vjosa Osmani"]


def test_the_known_bearer_stays_where_the_text_names_his_state(run) -> None:
    text = "North Macedonia's foreign minister Bujar Osmani met Vjosa Osmani. Osmani said so."
    people = {a["canonical"] for a in run(text, "2022-03-22")["actors"] if a["type"] == "person"}
    assert "Bujar Osmani" in people
