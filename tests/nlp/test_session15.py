"""Rules of the fifteenth session (own sentences): a people's vote on joining is the
candidate's own position; membership of both institutions named together; pressure borne is
no pressure for a step; a veto threatened while a dispute persists is a condition."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


# --- a people's vote on joining


def test_a_demonym_plural_voting_to_join_supports_its_own_admission(run) -> None:
    text = "Czechs voted by a wide margin to join the European Union in a two-day referendum."
    assert _stances(run, text, "2003-06-15") == {("CZE", "EU:admit:CZE", "support")}


def test_people_in_a_state_voting_to_join(run) -> None:
    text = "People in Latvia have voted clearly to join the European Union, officials said."
    assert _stances(run, text, "2003-09-21") == {("LVA", "EU:admit:LVA", "support")}


def test_a_vote_against_joining_is_the_candidates_own_no(run) -> None:
    text = "Norwegians voted against joining the European Union for the second time in 22 years."
    assert _stances(run, text, "1994-11-29") == {("NOR", "EU:admit:NOR", "oppose")}


def test_a_members_parliament_voting_to_approve_is_no_own_vote(run) -> None:
    text = "The Turkish parliament voted to approve Sweden's NATO membership on Tuesday."
    assert _stances(run, text, "2024-01-24") == {("TUR", "NATO:admit:SWE", "support")}


# --- both institutions


def test_joining_both_nato_and_the_eu_is_membership_of_each(run) -> None:
    text = "Slovenes have voted to join both NATO and the European Union in two referendums."
    assert _stances(run, text, "2003-03-24") == {
        ("SVN", "NATO:admit:SVN", "support"),
        ("SVN", "EU:admit:SVN", "support"),
    }


def test_one_institution_named_stays_one(run) -> None:
    text = "Montenegrins have voted to join NATO, the electoral commission said on Monday."
    assert _stances(run, text, "2017-01-10") == {("MNE", "NATO:admit:MNE", "support")}


# --- pressure borne


def test_pressure_borne_by_a_candidate_is_no_stance_of_the_one_pressing(run) -> None:
    text = (
        "Warsaw's backing for Ukraine's membership of NATO comes as Ukraine is facing "
        "constant pressure from Russia along its eastern border."
    )
    assert not {s for s in _stances(run, text, "2021-05-01") if s[0] == "RUS"}


def test_pressure_from_an_ally_to_offer_a_step_is_its_support(run) -> None:
    text = (
        "France and Germany resisted pressure from the United States to offer Georgia a "
        "Membership Action Plan."
    )
    assert ("USA", "NATO:map:GEO", "support") in _stances(run, text, "2008-04-03")


# --- a veto threatened while a dispute lasts


def test_a_veto_threatened_if_a_dispute_persists_is_conditional(run) -> None:
    text = (
        "Athens would veto Skopje's bid to join the alliance if the quarrel over the name "
        "persists, the Greek prime minister said."
    )
    assert ("GRC", "NATO:admit:MKD", "conditional") in _stances(run, text, "2008-03-10")
