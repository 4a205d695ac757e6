"""Rules of the seventeenth session (own sentences): a candidate's pursuit named as a noun
("its attempts to join", "its quest for membership"), a member welcoming candidates into the
alliance, and the states of an absolute "with" ("split, with A and B in support")."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


# --- the candidate's own pursuit


def test_a_candidates_attempts_to_join_are_its_support(run) -> None:
    text = "Athens has long frustrated Skopje's attempts to join NATO over the name dispute."
    assert ("MKD", "NATO:admit:MKD", "support") in _stances(run, text, "2007-05-02")


def test_a_candidates_efforts_to_join_held_up_by_a_member(run) -> None:
    text = "Ankara has held up Sweden's efforts to join NATO for months."
    got = _stances(run, text, "2023-01-20")
    assert ("SWE", "NATO:admit:SWE", "support") in got
    assert ("TUR", "NATO:admit:SWE", "oppose") in got


def test_a_quest_for_membership_and_aspiring_to_it(run) -> None:
    assert ("HRV", "EU:admit:HRV", "support") in _stances(
        run, "Croatia's quest for EU membership has lasted a decade.", "2009-06-01"
    )
    assert ("HRV", "EU:admit:HRV", "support") in _stances(
        run, "Croatia, which aspires to EU membership, waits for the summit.", "2009-06-01"
    )


def test_an_outsider_condemning_a_candidates_efforts_keeps_its_opposition(run) -> None:
    got = _stances(run, "Moscow condemned Montenegro's efforts to join NATO.", "2016-05-01")
    assert ("RUS", "NATO:admit:MNE", "oppose") in got
    assert ("MNE", "NATO:admit:MNE", "support") in got
    assert ("RUS", "NATO:admit:MNE", "support") not in got


# --- welcoming candidates into the alliance


def test_welcoming_the_two_nations_into_the_alliance(run) -> None:
    text = (
        "Romania and Bulgaria became members of NATO on Monday. The American president "
        "welcomed the two nations into the alliance."
    )
    got = _stances(run, text, "2004-03-30")
    assert ("USA", "NATO:admit:ROU", "support") in got
    assert ("USA", "NATO:admit:BGR", "support") in got


def test_welcoming_a_guest_to_the_capital_is_no_admission(run) -> None:
    text = "NATO allies met on Monday. Warsaw welcomed the Ukrainian delegation to the city."
    assert not any(
        q.endswith(":UKR") and a == "POL" for a, q, _ in _stances(run, text, "2024-07-01")
    )


# --- the absolute "with"


def test_states_listed_after_an_absolute_with_hold_the_cue(run) -> None:
    text = (
        "Member states are split, with Austria, Hungary and Croatia in support of opening "
        "talks with Bosnia."
    )
    got = _stances(run, text, "2023-12-10")
    assert {
        ("AUT", "EU:open_talks:BIH", "support"),
        ("HUN", "EU:open_talks:BIH", "support"),
        ("HRV", "EU:open_talks:BIH", "support"),
    } <= got


def test_a_state_after_talks_with_is_still_an_object(run) -> None:
    text = "Talks with Austria in the chair were opened for Croatia on Monday."
    assert not any(a == "AUT" for a, _, _ in _stances(run, text, "2005-10-04"))


# --- precision: threats, supporters, favourites, support received


def test_a_danger_named_as_a_threat_is_no_outsiders_position(run) -> None:
    text = (
        "NATO is set to invite Poland and Hungary. The American president said he did not think "
        "any of the former satellites of Moscow faced the threat of an imminent attack."
    )
    assert not any(a == "RUS" for a, _, _ in _stances(run, text, "1997-03-20"))


def test_enlargement_held_to_be_a_threat_stays_opposition(run) -> None:
    text = (
        "NATO is set to invite Poland. Yeltsin said the enlargement is a direct threat to Russia."
    )
    assert any(a == "RUS" and st == "oppose" for a, _, st in _stances(run, text, "1997-03-20"))


def test_the_favourites_to_join_is_a_forecast(run) -> None:
    text = "Poland, Hungary and the Czech Republic are the favourites to join NATO."
    assert _stances(run, text, "1997-03-20") == set()


def test_support_won_from_members_is_theirs(run) -> None:
    text = (
        "NATO will decide in July. Poland won the support of France and Germany for its bid to "
        "join the alliance."
    )
    got = _stances(run, text, "1997-03-20")
    assert ("FRA", "NATO:admit:POL", "support") in got
    assert ("DEU", "NATO:admit:POL", "support") in got


# --- consensus: talks opened, a decision that talks should open, a consensus impossible


def _consensus(run, text: str, published: str | None) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def test_a_candidate_starting_eu_membership_talks_is_the_opening(run) -> None:
    text = "Serbia on Tuesday formally started EU membership talks at a ceremony in Brussels."
    assert ("EU:open_talks:SRB", "reached") in _consensus(run, text, "2014-01-22")


def test_the_first_intergovernmental_conference_opening_is_the_opening(run) -> None:
    text = "The first intergovernmental conference with Moldova opened in Luxembourg on Tuesday."
    assert ("EU:open_talks:MDA", "reached") in _consensus(run, text, "2024-06-25")


def test_a_decision_taken_that_talks_should_open_is_reached(run) -> None:
    text = (
        "The ceremony follows the decision taken by the leaders at their June summit that "
        "accession negotiations with Iceland should be opened."
    )
    assert ("EU:open_talks:ISL", "reached") in _consensus(run, text, "2010-07-27")


def test_a_view_that_talks_should_open_is_no_decision(run) -> None:
    text = "France holds the view that talks with Iceland should be opened."
    assert _consensus(run, text, "2010-07-27") == set()


def test_a_consensus_that_proved_impossible_is_not_reached(run) -> None:
    text = "A consensus on opening more chapters with Serbia proved impossible in Brussels."
    assert ("EU:admit:SRB", "not_reached") in _consensus(run, text, "2021-12-15")


# --- from open51: a candidate's request to join; the state where a war rages


def test_a_candidates_request_to_join_is_its_support(run) -> None:
    text = (
        "Slovakia's deputies approved the accession of Finland and Sweden to NATO. The war "
        "prompted Sweden and Finland's request to join the alliance in May."
    )
    got = _stances(run, text, "2022-11-20")
    assert ("SWE", "NATO:admit:SWE", "support") in got
    assert ("FIN", "NATO:admit:FIN", "support") in got


def test_the_state_where_a_war_rages_is_no_candidate(run) -> None:
    text = (
        "Hungary's parliament approved a bill on Monday to let Sweden join NATO, clearing the way "
        "for the Nordic country to join the alliance as war rages in Ukraine."
    )
    got = _stances(run, text, "2024-02-27")
    assert ("HUN", "NATO:admit:SWE", "support") in got
    assert not any(q.endswith(":UKR") for _, q, _ in got)


# --- consensus not reached: the body declining, postponing, leaving out, no agreement


def test_the_council_that_did_not_approve_the_talks(run) -> None:
    text = (
        "The foreign ministers' council did not approve the start of accession talks with "
        "Albania on Tuesday."
    )
    assert ("EU:open_talks:ALB", "not_reached") in _consensus(run, text, "2019-06-19")


def test_the_alliance_that_will_not_approve_a_step_and_delays_another(run) -> None:
    text = (
        "NATO will not approve a membership action plan for Georgia at its summit and will "
        "delay taking a decision on whether to admit Montenegro until next year."
    )
    got = _consensus(run, text, "2014-06-01")
    assert {q.rsplit(":", 1)[1] for q, st in got if st == "not_reached"} == {"GEO", "MNE"}


def test_a_decision_to_postpone_a_map(run) -> None:
    text = (
        "The president met the allies' envoys after Thursday's decision to postpone offering "
        "Georgia a Membership Action Plan."
    )
    assert ("NATO:map:GEO", "not_reached") in _consensus(run, text, "2008-04-05")


def test_invited_two_while_leaving_out_a_third(run) -> None:
    text = "NATO decided on Thursday to invite Albania and Croatia, while leaving out Macedonia."
    assert _consensus(run, text, "2008-04-04") == {
        ("NATO:invite:ALB", "reached"),
        ("NATO:invite:HRV", "reached"),
        ("NATO:invite:MKD", "not_reached"),
    }


def test_no_agreement_among_member_states(run) -> None:
    text = (
        "There was no agreement among EU member states on opening accession talks with "
        "Albania and North Macedonia."
    )
    assert _consensus(run, text, "2019-06-19") == {
        ("EU:open_talks:ALB", "not_reached"),
        ("EU:open_talks:MKD", "not_reached"),
    }


def test_an_accession_process_that_has_been_stopped(run) -> None:
    text = (
        "The Estonian minister said on Tuesday that Georgia's EU accession process has been halted."
    )
    assert any(
        q.endswith(":GEO") and st == "not_reached" for q, st in _consensus(run, text, "2024-06-25")
    )


def test_a_member_that_will_not_approve_is_no_collective_refusal(run) -> None:
    text = "Hungary will not approve the opening of talks with Ukraine, Orban said."
    assert _consensus(run, text, "2023-12-01") == set()


def test_a_demand_that_the_alliance_will_not_admit_is_no_refusal(run) -> None:
    text = "The Kremlin sought assurances that NATO would not admit Georgia."
    assert not any(st == "not_reached" for _, st in _consensus(run, text, "2021-12-17"))


# --- from open52/open53: a state's own participle, concerns voiced, support lacking, aid


def test_a_state_right_before_its_participle_holds_it_alone(run) -> None:
    text = (
        "Denmark will keep preparing Ukraine for EU membership in the face of Hungary blocking "
        "the negotiations."
    )
    got = _stances(run, text, "2025-06-20")
    assert ("HUN", "EU:admit:UKR", "oppose") in got
    assert not any(a == "DNK" and st == "oppose" for a, _, st in got)


def test_concerns_voiced_about_a_candidates_membership(run) -> None:
    text = "Germany and the United States have voiced concerns about Ukraine's membership."
    got = _stances(run, text, "2024-10-24")
    assert {a for a, q, st in got if st == "oppose" and q.endswith(":UKR")} == {"DEU", "USA"}


def test_a_lack_of_support_in_society_is_no_states_support(run) -> None:
    text = "The German side pointed to a lack of support for NATO membership in Ukrainian society."
    assert not any(a == "DEU" for a, _, _ in _stances(run, text, "2008-03-25"))


def test_opposing_aid_is_not_opposing_membership(run) -> None:
    text = (
        "Orban has strongly opposed providing NATO military and EU aid to Ukraine, saying its "
        "EU membership would ruin Hungarian farmers."
    )
    assert ("HUN", "NATO:admit:UKR", "oppose") not in _stances(run, text, "2025-06-20")


# --- actors: a described body takes its name; a state's own security council; outlets


def _actors(run, text: str, published: str = "2008-03-25") -> set[tuple[str, str]]:
    return {(a["canonical"], a["type"]) for a in run(text, published)["actors"]}


def test_the_eu_executive_is_named_as_the_commission(run) -> None:
    got = _actors(run, "The EU executive said on Tuesday that the talks could start.")
    assert ("European Commission", "organization") in got


def test_the_france_press_is_named_as_the_agency(run) -> None:
    got = _actors(run, "Georgia will join the alliance one day, the France press reported.")
    assert ("Agence France-Presse", "organization") in got


def test_a_parliament_written_by_its_adjective_stays_as_written(run) -> None:
    got = _actors(run, "The Turkish parliament approved the protocol on Tuesday.", "2024-01-24")
    assert ("Turkish parliament", "organization") in got


def test_a_states_own_security_council_is_not_the_uns(run) -> None:
    text = (
        "Stephen Hadley, the National Security Council adviser, told reporters the allies "
        "would wait. The UN Security Council did not discuss it."
    )
    got = {c for c, t in _actors(run, text) if t == "organization"}
    assert "UN Security Council" in got
    assert "Security Council" not in got


def test_an_outlets_description_is_not_its_name(run) -> None:
    text = (
        "Sarkozy told the Parisian newspaper Le Figaro that Turkey had no place in the Union. "
        "He spoke to Greek-run radio later."
    )
    got = {c for c, t in _actors(run, text, "2007-01-10") if t == "organization"}
    assert "Le Figaro" in got
    assert not {"Parisian", "Greek-run"} & got


def test_a_capital_naming_the_promises_made_there_is_no_actor(run) -> None:
    text = "The alliance must disavow the Bucharest promises of 2008, the spokeswoman said."
    assert not any(t == "state" for _, t in _actors(run, text, "2025-02-20"))


# --- from open55: a candidate refusing to join; no objections; a state's newspaper; a title


def test_a_state_that_will_never_join_opposes_its_membership(run) -> None:
    text = "President Nikolic said in St. Petersburg that Serbia will never join NATO."
    assert ("SRB", "NATO:admit:SRB", "oppose") in _stances(run, text, "2016-10-20")


def test_a_demand_that_it_will_never_join_is_not_the_candidates_view(run) -> None:
    text = (
        "The draft would have had Ukraine write into its constitution that it will never join NATO."
    )
    assert ("UKR", "NATO:admit:UKR", "oppose") not in _stances(run, text, "2025-12-01")


def test_no_objections_and_a_states_newspaper_show_nothing(run) -> None:
    text = (
        "Moscow opposes NATO expansion to Poland. But in July the security chief told the British "
        "newspaper Financial Times that he held no objections to the expansion."
    )
    got = _stances(run, text, "1996-08-01")
    assert not any(a == "GBR" for a, _, _ in got)


def test_the_federation_in_a_title_is_not_part_of_the_name(run) -> None:
    text = "Deputy Foreign Minister of the Russian Federation Alexander Grushko warned Skopje."
    got = {c for c, t in _actors(run, text, "2018-03-22") if t == "person"}
    assert got == {"Alexander Grushko"}


# --- from open54: talks set to begin with named candidates; a decision put off to a date


def test_talks_set_to_begin_with_named_candidates_in_a_month(run) -> None:
    text = "Substantive talks will begin with Estonia, Poland and Cyprus in April."
    assert _consensus(run, text, "1997-12-14") == {
        ("EU:open_talks:EST", "reached"),
        ("EU:open_talks:POL", "reached"),
        ("EU:open_talks:CYP", "reached"),
    }


def test_leaders_agreeing_to_decide_later_whether_to_open_talks(run) -> None:
    text = (
        "The leaders agreed to decide only in December 2004, on the basis of a review of its "
        "reforms, "
        "whether to start membership talks with Turkey."
    )
    assert ("EU:open_talks:TUR", "not_reached") in _consensus(run, text, "2002-12-14")


# --- consensus reached: an invitation the alliance extended, a member welcomed or accepted


def test_the_invitation_the_alliance_extended_to_named_candidates(run) -> None:
    text = (
        "Bush left Zagreb after hailing the membership invitation NATO extended to Croatia and "
        "Albania, and promising Macedonia it would follow."
    )
    assert _consensus(run, text, "2008-04-05") == {
        ("NATO:invite:HRV", "reached"),
        ("NATO:invite:ALB", "reached"),
    }


def test_a_candidate_accepted_as_a_member(run) -> None:
    text = "The whole island was accepted as an EU member, but only Cyprus's south applies the law."
    assert ("EU:admit:CYP", "reached") in _consensus(run, text, "2004-04-25")


# --- a founding member is never a candidate


def test_a_founding_member_is_never_a_candidate(pipe) -> None:
    from accession.nlp.frames import registered

    items = [
        {"question": "NATO:map:USA", "status": "not_reached"},
        {"question": "NATO:map:GEO", "status": "not_reached"},
        {"question": "EU:admit:FRA", "status": "reached"},
        {"question": "EU:admit:GBR", "status": "reached"},
    ]
    kept = [it["question"] for it in registered(items, pipe.resources)]
    # the United States founded NATO, France the EEC; the United Kingdom joined in 1973
    assert kept == ["NATO:map:GEO", "EU:admit:GBR"]


# --- from open56: pressure resisted, hopes dashed


def test_a_member_that_will_not_bow_to_pressure_opposes_the_step(run) -> None:
    text = (
        "Hungary said on Monday it would not bow to pressure from its partners to give the green "
        "light for accession talks with Ukraine."
    )
    got = _stances(run, text, "2023-12-12")
    assert ("HUN", "EU:open_talks:UKR", "oppose") in got
    assert ("HUN", "EU:open_talks:UKR", "support") not in got


def test_a_member_that_bowed_to_pressure_gives_its_support(run) -> None:
    text = "Hungary bowed to pressure and gave the green light for accession talks with Ukraine."
    assert ("HUN", "EU:open_talks:UKR", "support") in _stances(run, text, "2023-12-12")


def test_hopes_dashed_by_a_member_are_not_its_own(run) -> None:
    text = "Germany dashed hopes of a quick start of Turkey's EU accession talks."
    assert not any(a == "DEU" and st == "support" for a, _, st in _stances(run, text, "2013-06-24"))


# --- from open57: no decision made yet; not on the agenda


def test_no_decision_made_yet_on_named_candidates(run) -> None:
    text = "No decision has been taken yet on inviting Slovenia and Romania to join NATO."
    assert _consensus(run, text, "1997-06-04") == {
        ("NATO:invite:SVN", "not_reached"),
        ("NATO:invite:ROU", "not_reached"),
    }


def test_membership_not_on_the_alliances_agenda(run) -> None:
    text = "Ukraine's NATO membership is not on the alliance's agenda at the moment, Scholz said."
    assert any(
        q.endswith(":UKR") and st == "not_reached" for q, st in _consensus(run, text, "2022-02-15")
    )


def test_a_candidates_strategic_course_to_membership_is_its_support(run) -> None:
    text = (
        "The president said in Brussels that Ukraine's strategic course to acquire full "
        "membership in the European Union and NATO remains unchanged."
    )
    got = _stances(run, text, "2019-06-05")
    assert ("UKR", "EU:admit:UKR", "support") in got
    assert ("UKR", "NATO:admit:UKR", "support") in got


def test_a_regions_words_ending_a_title_are_not_part_of_the_name(run) -> None:
    text = (
        "The Secretary General's Special Representative for the Caucasus and Central Asia James "
        "Appathurai said the allies stood by their decisions."
    )
    got = {c for c, t in _actors(run, text, "2021-06-10") if t == "person"}
    assert "James Appathurai" in got
    assert not any(c.startswith("Central") for c in got)


def test_a_states_president_is_not_another_bodys_president(run) -> None:
    text = (
        "Kosovo's President Vjosa Osmani asked for support at the summit in Brussels.\n\n"
        'She met the President of the European Council, António Costa. "We hope to have the '
        'support of all member states," the Kosovar President said after meeting with Costa.'
    )
    speakers = {q["speaker_canonical"] for q in run(text, "2025-12-18")["quotes"]}
    assert "António Costa" not in speakers


# --- from open61: a consensus not won; a count of members short of all


def test_failing_to_win_over_a_consensus_is_not_reached(run) -> None:
    text = (
        "Bush failed to win over a consensus of NATO members on membership action plans for "
        "Ukraine and Georgia."
    )
    assert _consensus(run, text, "2008-04-03") == {
        ("NATO:map:UKR", "not_reached"),
        ("NATO:map:GEO", "not_reached"),
    }


def test_a_count_of_members_short_of_all_is_no_decision(run) -> None:
    text = "So far 23 member countries have approved the applications of Finland and Sweden."
    assert _consensus(run, text, "2022-08-10") == set()
    text = "All 30 member countries have now approved the accession of Finland."
    assert ("NATO:admit:FIN", "reached") in _consensus(run, text, "2022-08-10")


# --- from open62/open63: a start date given; members deciding that talks could begin; blocks away


def test_leaders_who_gave_a_candidate_a_start_date_for_talks(run) -> None:
    text = "EU leaders gave Turkey an October 3, 2005 date for the launch of accession talks."
    assert ("EU:open_talks:TUR", "reached") in _consensus(run, text, "2004-12-18")
    text = "Erdogan asked whether the summit would give his country a date for the start of talks."
    assert _consensus(run, text, "2004-12-16") == set()


def test_members_deciding_that_candidates_could_begin_talks(run) -> None:
    text = "Last autumn the member states decided that Ukraine and Moldova could begin talks."
    assert _consensus(run, text, "2024-03-21") == {
        ("EU:open_talks:UKR", "reached"),
        ("EU:open_talks:MDA", "reached"),
    }


def test_a_few_blocks_away_is_no_block(run) -> None:
    text = (
        "As Clinton signed the paper proposing the acceptance of Poland as the newest member of "
        "the alliance, Bulgaria's president was a few blocks away arguing for his country's bid."
    )
    assert not any(st == "not_reached" for _, st in _consensus(run, text, "1998-02-12"))


# --- a candidate's own steps: treaties signed, an application presented


def test_candidates_signing_their_accession_treaties_and_presenting_applications(run) -> None:
    got = _stances(run, "Bulgaria and Romania signed their accession treaties.", "2005-04-26")
    assert {("BGR", "EU:admit:BGR", "support"), ("ROU", "EU:admit:ROU", "support")} <= got
    text = "Finland and Sweden presented their membership applications to NATO in May."
    got = _stances(run, text, "2022-07-05")
    assert {("FIN", "NATO:admit:FIN", "support"), ("SWE", "NATO:admit:SWE", "support")} <= got
