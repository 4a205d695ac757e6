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


def test_did_so_takes_up_the_position_told_earlier_in_its_sentence(run) -> None:
    text = "Turkey ratified Sweden's admission in January, and Hungary did so last week."
    assert _stances(run, text, "2024-03-07") == {
        ("TUR", "NATO:admit:SWE", "support"),
        ("HUN", "NATO:admit:SWE", "support"),
    }


def test_did_so_does_not_take_up_an_older_position(run) -> None:
    text = (
        "Turkey ratified Sweden's admission in January. The candidates' own parliaments "
        "approved their treaties too; Bulgaria's National Assembly did so on 18 March."
    )
    assert "BGR" not in {h for h, _, _ in _stances(run, text, "2024-03-20")}


def test_followed_suit_is_the_clauses_subject_not_the_object_before_it(run) -> None:
    text = "Turkey ratified Sweden's admission in January and Hungary followed suit in February."
    assert _stances(run, text, "2024-03-07") == {
        ("TUR", "NATO:admit:SWE", "support"),
        ("HUN", "NATO:admit:SWE", "support"),
    }


def test_concerns_about_a_states_aggression_are_not_that_states_position(run) -> None:
    text = (
        "Sweden formally joined NATO, ending decades of neutrality as concerns about Russian "
        "aggression in Europe have spiked."
    )
    assert _stances(run, text, "2024-03-07") == set()


def test_a_state_that_a_move_alarms_is_still_the_one_who_feels_it(run) -> None:
    got = _stances(run, "Sweden's bid to join NATO angered Moscow.", "2022-05-16")
    assert ("RUS", "NATO:admit:SWE", "oppose") in got


def test_states_a_call_failed_to_convince_oppose_it(run) -> None:
    text = (
        "Calls from Ukraine's president for a special EU membership process failed to convince "
        "France, Germany, Spain or the Netherlands."
    )
    assert _stances(run, text, "2022-03-11") == {
        (iso, "EU:admit:UKR", "oppose") for iso in ("FRA", "DEU", "ESP", "NLD")
    }


def test_asking_someone_to_start_talks_is_support_and_not_to_is_opposition(run) -> None:
    yes = "Orban asked Michel to start accession negotiations with Ukraine."
    no = "Orban sent Michel a letter asking him not to start accession negotiations with Ukraine."
    assert _stances(run, yes, "2023-12-05") == {("HUN", "EU:open_talks:UKR", "support")}
    assert _stances(run, no, "2023-12-05") == {("HUN", "EU:open_talks:UKR", "oppose")}


def test_a_call_to_remove_the_decision_from_the_agenda_is_opposition(run) -> None:
    text = (
        "In the letter, Orban calls on Michel to remove the decision to start accession "
        "negotiations with Ukraine from the agenda of the summit."
    )
    assert _stances(run, text, "2023-12-05") == {("HUN", "EU:open_talks:UKR", "oppose")}


def test_those_asked_are_no_holders(run) -> None:
    text = "The United States asked Turkey to ratify Sweden's accession to NATO."
    assert _stances(run, text, "2023-06-01") == {("USA", "NATO:admit:SWE", "support")}


def test_a_veto_of_this_is_of_the_decision_told_just_before(run) -> None:
    text = (
        "European leaders will discuss starting accession talks with Ukraine and Moldova this "
        "week. Prime Minister Viktor Orban of Hungary is threatening to veto this."
    )
    assert _stances(run, text, "2023-12-13") == {
        ("HUN", "EU:open_talks:UKR", "oppose"),
        ("HUN", "EU:open_talks:MDA", "oppose"),
    }


def test_it_two_sentences_away_refers_to_nothing_here(run) -> None:
    text = (
        "European leaders will discuss starting accession talks with Ukraine this week. The "
        "summit also covers a budget deal. Hungary has threatened to veto it."
    )
    assert ("HUN", "EU:open_talks:UKR", "oppose") not in _stances(run, text, "2023-12-13")


def test_a_candidates_supporters_are_those_named_among_them(run) -> None:
    text = "Ukraine's supporters in NATO include Poland and Lithuania."
    assert _stances(run, text, "2009-12-03") == {
        ("POL", "NATO:admit:UKR", "support"),
        ("LTU", "NATO:admit:UKR", "support"),
    }


def test_the_state_leading_a_candidates_supporters_is_one(run) -> None:
    text = (
        "On the MAP, Turkey leads Bosnia's supporters, whose ranks include the other Balkan "
        "nations and Spain."
    )
    assert _stances(run, text, "2009-12-03") == {
        ("TUR", "NATO:map:BIH", "support"),
        ("ESP", "NATO:map:BIH", "support"),
    }


def test_the_agents_of_a_passive_judgement_hold_it(run) -> None:
    text = (
        "Bosnia is seen by Germany, France -- and, to a lesser degree, Britain -- as unprepared "
        "for a MAP."
    )
    want = {(iso, "NATO:map:BIH", "oppose") for iso in ("DEU", "FRA", "GBR")}
    assert _stances(run, text, "2009-12-03") == want
    # undated, the one judged is still the candidate
    assert {(a, q, p) for a, q, p in _stances(run, text, None)} == want


def test_wishing_or_aspiring_to_join_is_the_candidates_support(run) -> None:
    assert _stances(run, "Estonia and Latvia both wish to join NATO.", "2002-06-20") == {
        ("EST", "NATO:admit:EST", "support"),
        ("LVA", "NATO:admit:LVA", "support"),
    }
    assert _stances(run, "Georgia aspires to join the EU.", "2021-06-20") == {
        ("GEO", "EU:admit:GEO", "support")
    }


def test_no_reason_to_join_is_the_states_opposition_to_its_own_membership(run) -> None:
    assert _stances(run, "Sweden sees no reason to join NATO.", "2002-06-20") == {
        ("SWE", "NATO:admit:SWE", "oppose")
    }


def test_hoping_others_will_not_do_it_is_opposition(run) -> None:
    text = (
        "Yeltsin said he hoped the alliance would be wise enough not to do it and would not "
        "admit the Baltic states."
    )
    assert _stances(run, text, "1998-05-16") == {
        ("RUS", f"NATO:admit:{c}", "oppose") for c in ("EST", "LVA", "LTU")
    }


def test_right_to_veto_as_an_adjective_is_a_veto_used(run) -> None:
    assert _stances(
        run, "Greece was right to block Macedonia's invitation to NATO.", "2008-04-03"
    ) == {("GRC", "NATO:invite:MKD", "oppose")}
    # the noun: a power, not its use
    assert (
        _stances(run, "Greece has the right to veto Macedonia's invitation.", "2008-04-03") == set()
    )


def test_who_says_a_veto_was_right_shares_it(run) -> None:
    text = (
        "Greece has been fully right to veto Macedonia's invitation to NATO, Romania's President "
        "Traian Basescu said."
    )
    assert _stances(run, text, "2008-04-03") == {
        ("GRC", "NATO:invite:MKD", "oppose"),
        ("ROU", "NATO:invite:MKD", "oppose"),
    }


def test_a_state_in_an_apposition_after_the_subject_is_not_the_subject(run) -> None:
    text = (
        "Austria, one of Croatia's neighbours, pushed hard for the EU to restart the talks with "
        "Croatia."
    )
    assert _stances(run, text, "2005-10-04") == {("AUT", "EU:open_talks:HRV", "support")}


def test_heralding_an_entry_is_support(run) -> None:
    text = (
        "President George W. Bush flew into Vilnius last weekend to herald the Baltic states' "
        "entry to NATO."
    )
    assert _stances(run, text, "2002-11-28") == {
        ("USA", f"NATO:admit:{c}", "support") for c in ("EST", "LVA", "LTU")
    }


def test_a_pluperfect_push_for_the_institutions_step_is_the_news(run) -> None:
    text = "Austria had pushed hard for the EU to restart the talks with Croatia."
    assert _stances(run, text, "2005-10-04") == {("AUT", "EU:open_talks:HRV", "support")}
    # pressing for something else, in the pluperfect, is history
    text = "France had pressed for a quick solution to the name dispute with Macedonia's NATO bid."
    assert not any(h == "FRA" for h, _, _ in _stances(run, text, "2008-04-03"))
