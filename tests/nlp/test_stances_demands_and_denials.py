"""Demands, denials and their holders in real copy (own sentences): who presses, what is
demanded, a step denied or precluded, a rejected ultimatum, a phrasal "back", the agency that
reports a joint statement, and states that can never be candidates."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_a_demand_that_the_alliance_deny_membership_is_opposition(run) -> None:
    text = "The Kremlin issued demands that NATO deny membership to Georgia and Moldova."
    got = _stances(run, text, "2021-12-20")
    assert ("RUS", "NATO:admit:GEO", "oppose") in got
    assert not {s for s in got if s[2] == "support"}


def test_guarantees_precluding_expansion_are_sought_against_it(run) -> None:
    text = "Moscow is seeking written guarantees precluding NATO expansion to Ukraine."
    assert _stances(run, text, "2021-12-20") == {("RUS", "NATO:admit:UKR", "oppose")}


def test_guarantees_of_membership_sought_by_the_candidate_are_its_wish(run) -> None:
    text = "Kyiv is seeking firm guarantees of NATO membership."
    assert ("UKR", "NATO:admit:UKR", "support") in _stances(run, text, "2023-07-01")


def test_a_rejected_ultimatum_is_no_stance_on_the_step(run) -> None:
    text = (
        "Moscow demanded that NATO rule out Ukraine's membership, an ultimatum the United "
        "States rejected within hours."
    )
    got = _stances(run, text, "2021-12-20")
    assert not {s for s in got if s[0] == "USA"}


def test_a_rejected_proposal_to_take_the_step_is_still_opposition(run) -> None:
    text = "Greece rejected a proposal to open accession talks with Skopje."
    assert ("GRC", "EU:open_talks:MKD", "oppose") in _stances(run, text, "2009-12-08")


def test_the_state_named_in_what_is_demanded_is_no_holder(run) -> None:
    text = "The demand for a promise that Georgia will never be offered membership was turned down."
    assert not {s for s in _stances(run, text, "2021-12-20") if s[0] == "GEO"}


def test_pressure_from_a_state_is_its_support(run) -> None:
    text = "France gave in to pressure from Germany to open accession talks with Albania."
    assert ("DEU", "EU:open_talks:ALB", "support") in _stances(run, text, "2020-03-25")


def test_roll_back_is_a_particle_not_backing(run) -> None:
    text = (
        "Russia demanded that NATO pull its troops out and roll back its presence near "
        "Finland's border."
    )
    assert not {s for s in _stances(run, text, "2022-01-10") if s[2] == "support"}


def test_a_joint_statement_reported_by_an_agency_is_not_the_agencys(run) -> None:
    text = (
        "MOSCOW (Sputnik) - Eight presidents issued a joint statement on Monday backing "
        "Moldova's bid to join the European Union.\n\n"
        '"We stand firmly behind Moldova\'s European future," the statement read.'
    )
    out = run(text, "2022-06-20")
    assert [q["speaker_canonical"] for q in out["quotes"]] == [None]
    assert not {s for s in _stances(run, text, "2022-06-20") if s[0] == "RUS"}


def test_a_state_of_another_continent_is_never_a_candidate(run) -> None:
    text = "Moscow wants the United States to start talks on its proposals at once."
    assert not {s for s in _stances(run, text, "2021-12-20") if s[1].endswith(":USA")}
    text = "Japan and Australia were invited to the NATO summit."
    got = run(text, "2023-07-01")
    assert not {q for s in got["stances"] for q in [s["question"]] if q.endswith((":JPN", ":AUS"))}


def test_a_candidate_ditching_its_membership_goal_opposes_it(run) -> None:
    for text in (
        "Moldova's parliament ditches EU membership goal",
        "Ukraine's parliament dropped the goal of joining NATO on Thursday.",
    ):
        got = _stances(run, text, "2010-06-03")
        assert {s[2] for s in got} == {"oppose"}, (text, got)


def test_preventing_the_body_from_taking_the_step_is_opposition(run) -> None:
    text = "Bulgaria prevented the EU from starting accession talks with Skopje."
    assert ("BGR", "EU:open_talks:MKD", "oppose") in _stances(run, text, "2021-06-22")
    text = "Croatia did not prevent Montenegro from joining NATO."
    assert not {s for s in _stances(run, text, "2017-06-05") if s[2] == "oppose"}


def test_copy_wrapped_at_a_fixed_width_without_blank_lines_reads_as_sentences(run) -> None:
    # wire copy of the 2000s: lines of ~60 characters, paragraphs ending at a full stop,
    # no blank line between them
    text = (
        "The Austrian chancellor said in Vienna on Monday that he saw\n"
        "no reason to hurry and repeated his opposition to the full\n"
        "Turkish membership of the bloc, a position shared by his\n"
        "Christian Democrat partners in the ruling coalition in Vienna.\n"
        "He spoke after a meeting with the leaders of the ruling party\n"
        "and after a long session of the cabinet in the capital on\n"
        "Monday. The government would hold talks on a partnership with\n"
        "Ankara and would not agree to any step that led to membership,\n"
        "officials in the chancellery said after the cabinet meeting.\n"
        "The opposition parties criticised the decision as too timid\n"
        "and demanded a referendum before any new country could join.\n"
    )
    got = _stances(run, text, "2007-11-14")
    assert ("AUT", "EU:admit:TUR", "oppose") in got


def test_an_application_held_up_by_a_member_is_its_opposition(run) -> None:
    text = "Finland and Sweden applied together, but Sweden's application was held up by Ankara."
    assert ("TUR", "NATO:admit:SWE", "oppose") in _stances(run, text, "2023-03-02")


def test_holding_up_another_agreement_is_no_stance_on_membership(run) -> None:
    text = "The Netherlands held up the interim trade agreement that is part of Serbia's EU bid."
    assert not {s for s in _stances(run, text, "2009-12-22") if s[0] == "NLD"}


def test_members_of_the_european_parliament_do_not_speak_for_their_states(run) -> None:
    text = (
        "Two MEPs, Estonian liberal Kaja Ilves and Czech conservative Petr Dvorak, welcomed "
        "Moldova's bid to join the European Union."
    )
    assert not {s for s in _stances(run, text, "2022-03-04") if s[0] in ("EST", "CZE")}


def test_the_signers_of_a_joint_statement_hold_its_position(run) -> None:
    text = (
        "Eight presidents issued a joint statement on Monday.\n\n"
        '"We stand firmly behind Georgia\'s membership of NATO," the statement said.\n\n'
        "It was signed by the presidents of Poland, Lithuania and Estonia, among others."
    )
    got = _stances(run, text, "2022-10-03")
    assert {
        ("POL", "NATO:admit:GEO", "support"),
        ("LTU", "NATO:admit:GEO", "support"),
        ("EST", "NATO:admit:GEO", "support"),
    } <= got


def test_a_letter_signed_by_one_state_is_read_as_usual(run) -> None:
    text = (
        "Ministers received a letter backing Georgia's bid to join NATO.\n\n"
        "The letter was signed by the foreign minister of Poland."
    )
    got = _stances(run, text, "2022-10-03")
    assert not {s for s in got if s[0] == "POL"}


def test_a_candidates_voters_rejecting_membership_in_a_referendum(run) -> None:
    text = "Norway's voters rejected membership of the European Union in Monday's referendum."
    assert ("NOR", "EU:admit:NOR", "oppose") in _stances(run, text, "1994-11-29")


def test_a_candidate_rejecting_terms_is_not_rejecting_its_own_membership(run) -> None:
    text = "Iceland rejected the EU's fishing terms but kept its membership application."
    assert not {s for s in _stances(run, text, "2011-06-01") if s[2] == "oppose"}


def test_a_candidate_voting_to_begin_its_own_talks(run) -> None:
    text = "Moldova's parliament voted on Thursday to begin accession talks with the EU."
    assert ("MDA", "EU:open_talks:MDA", "support") in _stances(run, text, "2023-06-01")
    text = "Talks with Moldova will begin next year, diplomats said."
    assert not {s for s in _stances(run, text, "2023-06-01") if s[0] == "MDA"}


def test_what_another_is_accused_of_is_no_stance(run) -> None:
    text = (
        "Turkey has accused the two Nordic states of supporting Kurdish militants, throwing "
        "a spanner into the plans of Helsinki and Stockholm to join NATO."
    )
    assert not {s for s in _stances(run, text, "2022-06-01") if s[0] == "TUR"}


def test_a_participle_used_as_an_adjective_is_no_act(run) -> None:
    text = (
        "North Macedonia's prime minister and Serbia's president voiced their frustration "
        "with the blocked state of EU enlargement."
    )
    assert not {s for s in _stances(run, text, "2022-06-23") if s[2] == "oppose"}


def test_a_veto_that_could_return_unless_a_condition_is_met_is_conditional(run) -> None:
    text = (
        "The Netherlands said it could revive its veto on Serbia's EU bid unless Belgrade hands "
        "over the fugitive."
    )
    assert ("NLD", "EU:admit:SRB", "conditional") in _stances(run, text, "2010-10-25")
    text = "The Netherlands said it could revive its veto on Serbia's EU bid."
    assert not {s for s in _stances(run, text, "2010-10-25") if s[0] == "NLD"}


def test_a_bid_to_be_addressed_at_another_time_is_put_off(run) -> None:
    text = (
        "The US national security adviser said Georgia's bid to join NATO should be addressed "
        "at another time."
    )
    assert ("USA", "NATO:admit:GEO", "oppose") in _stances(run, text, "2022-10-02")


def test_a_members_step_waiting_on_a_demand_is_conditional(run) -> None:
    for text in (
        "Erdogan said Finland must extradite the suspects before Turkey ratifies its bid.",
        "Erdogan said Finland must extradite the suspects before Turkey will ratify its NATO "
        "membership.",
    ):
        got = _stances(run, text, "2022-06-10")
        assert ("TUR", "NATO:admit:FIN", "conditional") in got, text
        assert not {x for x in got if x[0] == "TUR" and x[2] != "conditional"}, text
    text = "Athens says the name dispute must be settled before Skopje can join NATO."
    assert ("GRC", "NATO:admit:MKD", "conditional") in _stances(run, text, "2008-03-16")
