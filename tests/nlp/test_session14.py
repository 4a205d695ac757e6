"""Rules of the fourteenth session (own sentences): speakers framed by "was quick to note
that", "considers that" and a possessive call; the agent of a welcome told in the passive
speaks the bare quote paragraph after it; titles of address make persons but are no office;
a capitalised office in apposition; a veto "from"/"by" a state; a president's signature on an
accession document; a colon opens a clause of its own tense."""

from __future__ import annotations


def _quotes(run, text: str, published: str | None) -> list[tuple]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published)["quotes"]]


def _persons(run, text: str, published: str) -> dict[str, str | None]:
    return {
        a["canonical"]: a["role"] for a in run(text, published)["actors"] if a["type"] == "person"
    }


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def _events(run, text: str, published: str | None) -> list[tuple]:
    return [(e["type"], e["date"]) for e in run(text, published)["events"]]


# --- quotes


def test_was_quick_to_note_that_frames_the_quote(run) -> None:
    text = (
        "Commissioner Johannes Hahn regretted the result.\n\n"
        'Hahn was quick to note that "most member states backed the opening of talks," and '
        'expressed the hope that "the leaders can repair this at the summit."'
    )
    assert _quotes(run, text, "2019-10-16") == [
        ("Johannes Hahn", "most member states backed the opening of talks"),
        ("Johannes Hahn", "the leaders can repair this at the summit."),
    ]


def test_considers_that_frames_an_embedded_quote(run) -> None:
    text = (
        "President Vjosa Osmani attended the signing.\n"
        "Osmani considers that Kosovo is now «a step nearer to its dream of freedom»."
    )
    assert _quotes(run, text, "2022-12-14") == [
        ("Vjosa Osmani", "a step nearer to its dream of freedom")
    ]


def test_a_possessive_call_belongs_to_its_owner(run) -> None:
    text = (
        "Britain joined the Common Market today, decades after Sir Winston Churchill’s "
        "famous call for “a kind of union of European states”."
    )
    assert _quotes(run, text, "1973-01-01") == [
        ("Winston Churchill", "a kind of union of European states")
    ]


def test_a_call_without_a_named_owner_has_no_speaker(run) -> None:
    text = "The summit answered the famous call for “a kind of union of European states”."
    assert _quotes(run, text, "1973-01-01") == [(None, "a kind of union of European states")]


def test_the_agent_of_a_passive_welcome_speaks_the_next_paragraph(run) -> None:
    text = (
        '"This is a good day for the Union," Charles Michel said on X.\n'
        "The decision was welcomed by Borjana Krišto, Chairwoman of the Council of Ministers of "
        "Bosnia and Herzegovina, who thanked the leaders and Charles Michel on X.\n"
        '"Our joint effort has brought the country to this point and we will keep working."'
    )
    assert _quotes(run, text, "2024-03-21") == [
        ("Charles Michel", "This is a good day for the Union"),
        (
            "Borjana Krišto",
            "Our joint effort has brought the country to this point and we will keep working.",
        ),
    ]


def test_a_bare_paragraph_after_a_sentence_naming_two_people_stays_unattributed(run) -> None:
    text = (
        "Borjana Krišto thanked the leaders and Charles Michel for the decision.\n"
        '"Our joint effort has brought the country to this point."'
    )
    assert _quotes(run, text, "2024-03-21") == [
        (None, "Our joint effort has brought the country to this point.")
    ]


# --- actors


def test_a_title_of_address_makes_a_person_but_no_office(run) -> None:
    text = "Britain joined the Common Market. Mr. Edward Heath welcomed the day."
    assert _persons(run, text, "1973-01-01") == {"Edward Heath": None}


def test_a_knights_and_a_peers_style_make_persons(run) -> None:
    text = (
        "Sir Alec Douglas-Home and Lord Soames attended the ceremony in Brussels. Dame Margaret "
        "Anstee sent a message."
    )
    assert _persons(run, text, "1973-01-01") == {
        "Alec Douglas-Home": None,
        "Soames": None,
        "Margaret Anstee": None,
    }


def test_a_capitalised_office_in_apposition_makes_a_person(run) -> None:
    text = "The decision was welcomed by Borjana Krišto, Chairwoman of the Council of Ministers."
    assert _persons(run, text, "2024-03-21") == {"Borjana Krišto": "Chairwoman"}


# --- stances


def test_a_veto_from_a_state_is_its_opposition(run) -> None:
    text = (
        "The ministers did not approve the start of accession talks with North Macedonia and "
        "Albania on Tuesday following a veto from France."
    )
    assert _stances(run, text, "2019-10-16") == {
        ("FRA", "EU:open_talks:MKD", "oppose"),
        ("FRA", "EU:open_talks:ALB", "oppose"),
    }


def test_an_objection_from_a_state_since_overcome_is_not_read_as_a_veto(run) -> None:
    text = (
        "EU leaders made Serbia a candidate on Thursday, two days after a last-minute objection "
        "from Romania threatened to derail the decision."
    )
    assert ("ROU", "EU:admit:SRB", "oppose") not in _stances(run, text, "2012-03-02")


# --- events


def test_a_presidents_signature_on_the_accession_document_is_a_ratification(run) -> None:
    text = "Hungarian President Arpad Goncz signed Hungary's NATO accession document on Feb. 10."
    assert _events(run, text, "1999-02-26") == [("ratification", "1999-02-10")]


def test_a_colon_opens_a_clause_of_its_own_tense(run) -> None:
    text = "Hungarian vote on NATO accession delayed again: parliament to vote on March 20th"
    assert _events(run, text, "2023-03-02") == [("ratification", "2023-03-20")]


# --- names written with capitals beyond ASCII, regnal numbers


def _orgs(run, text: str, published: str) -> set[str]:
    return {a["canonical"] for a in run(text, published)["actors"] if a["type"] == "organization"}


def test_a_party_name_starting_with_a_dotted_capital_keeps_its_first_letter(run) -> None:
    assert "İYİ Party" in _orgs(run, "The İYİ Party voted against the bill.", "2023-12-27")


def test_a_regnal_number_is_no_surname(run) -> None:
    text = "“Vi ser fram emot det,” Foreign Minister Tobias Billström wrote on X."
    assert "Felipe VI" not in _persons(run, text, "2023-12-27")


def test_a_king_with_a_regnal_number_is_still_found(run) -> None:
    assert "Felipe VI" in _persons(run, "King Felipe VI signed the law.", "2023-12-27")


# --- consensus


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def test_a_count_of_members_so_far_is_no_consensus_reached(run) -> None:
    text = "So far, 23 of the 30 member states have approved the accession of Sweden into NATO."
    assert _consensus(run, text, "2022-09-01") == set()


def test_the_nth_out_of_all_members_is_no_consensus_reached(run) -> None:
    text = (
        "With this vote, the Slovenian parliament became the 21st out of the 26 NATO members "
        "which ratified the protocol on Croatia's accession."
    )
    assert _consensus(run, text, "2009-02-09") == set()


def test_all_members_having_approved_is_consensus_reached(run) -> None:
    text = "All 30 member states have now approved the accession of Sweden to NATO."
    assert _consensus(run, text, "2024-03-05") == {("NATO:admit:SWE", "reached")}


def test_an_agreement_reached_today_that_removed_the_obstacles_is_reached(run) -> None:
    text = (
        "Foreign ministers of the European Economic Community reached an agreement early today "
        "that removed the final obstacles to the admission of Spain and Portugal."
    )
    assert _consensus(run, text, "1985-03-29") == {
        ("EU:admit:ESP", "reached"),
        ("EU:admit:PRT", "reached"),
    }


# --- talks opened, chapters opened or closed: the intergovernmental conference


def test_talks_formally_opened_on_a_day_are_a_meeting(run) -> None:
    text = "Moldova formally opened negotiations to join the European Union on Tuesday evening."
    assert _events(run, text, "2024-06-26") == [("meeting", "2024-06-25")]


def test_chapters_opened_on_a_day_are_a_meeting(run) -> None:
    text = "Serbia opened its first two accession negotiation chapters on Monday in Brussels."
    assert _events(run, text, "2015-12-15") == [("meeting", "2015-12-14")]


def test_talks_opened_in_a_month_long_ago_are_a_meeting_of_that_month(run) -> None:
    text = "Ukraine and Moldova formally began accession negotiations in June 2024."
    assert _events(run, text, "2025-06-26") == [("meeting", "2024-06")]


def test_talks_hoped_for_blocked_or_begun_in_a_bare_year_are_no_meeting(run) -> None:
    text = (
        "Zagreb was hoping to open ten new chapters on Friday. Hungary blocked the opening of "
        "the first cluster on Friday. Turkey began accession talks in 2005. A candidate that "
        "backslides can see closed chapters reopened."
    )
    assert _events(run, text, "2024-12-16") == []


def test_nato_accession_talks_are_no_eu_conference(run) -> None:
    text = "NATO formally opened accession talks with Skopje on Wednesday."
    assert ("meeting", "2018-07-11") not in _events(run, text, "2018-07-12")


def test_back_to_back_conferences_stay_two_meetings(run) -> None:
    text = (
        "Moldova and Ukraine formally opened negotiations on joining the European Union on "
        "Tuesday, at back-to-back intergovernmental conferences in Luxembourg."
    )
    assert _events(run, text, "2024-06-26") == [("meeting", "2024-06-25")] * 2


# --- words given to a named outlet


def test_words_told_to_an_outlet_in_a_dated_story_are_a_statement(run) -> None:
    text = (
        "Hungary delayed its vote on Sweden's NATO membership on Thursday. Prime Minister Ulf "
        "Kristersson told public broadcaster Sveriges Radio that he would ask Orban why."
    )
    assert ("statement", "2023-03-23") in _events(run, text, "2023-03-24")


def test_an_outlet_after_told_and_a_noun_is_an_organisation(run) -> None:
    text = (
        "Prime Minister Ulf Kristersson told public broadcaster Sveriges Radio that he would ask."
    )
    assert "Sveriges Radio" in _orgs(run, text, "2023-03-24")


def test_an_undated_interview_in_an_undated_story_is_no_statement(run) -> None:
    text = (
        "Ukraine's foreign minister wrote to his NATO counterparts. “The question has not been "
        "removed from the agenda,” Deputy Prime Minister Olha Stefanishyna told Reuters."
    )
    assert _events(run, text, None) == [("letter", None)]


# --- statements fronted by their channel; referendums on joining


def test_a_statement_on_x_fronted_before_a_celebration(run) -> None:
    text = (
        "Erdogan signed the protocol on Monday. In a statement on X, Sweden's prime minister, "
        "Ulf Kristersson celebrated the happy news."
    )
    assert ("statement", "2023-10-23") in _events(run, text, "2023-10-23")


def test_a_referendum_on_entry_is_a_ratification(run) -> None:
    text = "Latvia and Estonia will hold referendums on EU entry in September."
    assert _events(run, text, "2003-06-15") == [("ratification", "2003-09")]


def test_voting_in_a_referendum_to_join_is_a_ratification(run) -> None:
    text = "Slovenians voted in a referendum on Sunday to join both NATO and the EU."
    assert _events(run, text, "2003-03-25") == [("ratification", "2003-03-23")]


def test_a_referendum_demanded_or_on_something_else_is_none(run) -> None:
    text = (
        "Opposition parties have demanded a referendum on membership. Orban cited the results "
        "of his referendum on Ukraine."
    )
    assert _events(run, text, "2015-12-02") == []


def test_who_is_safer_in_a_quote_is_not_who_says_so(run) -> None:
    text = (
        "Georgian President Giorgi Margvelashvili urged the allies to agree. “We have to "
        "convince them that NATO, Europe and the United States will be safer when Georgia "
        "becomes a NATO member,” he said."
    )
    assert ("USA", "NATO:admit:GEO", "support") not in _stances(run, text, "2018-07-12")


def test_neither_conditions_nor_consensus_is_not_reached(run) -> None:
    text = (
        "The invitation for Ukraine to join NATO remains valid, but there are neither the "
        "conditions nor consensus on when it might happen, Latvia's president said."
    )
    assert _consensus(run, text, "2025-06-26") == {("NATO:invite:UKR", "not_reached")}


def test_a_participle_after_a_quote_goes_on_in_the_subjects_voice(run) -> None:
    text = (
        "Georgian President Giorgi Margvelashvili has told RFE/RL that his country can "
        '"commit to joining NATO today," saying that his country has "fulfilled basically '
        'every requirement."'
    )
    assert [s for s, _ in _quotes(run, text, "2018-07-12")] == ["Giorgi Margvelashvili"] * 2


def test_a_declaration_stating_a_quote_is_its_issuers(run) -> None:
    text = (
        "Margvelashvili spoke on the sidelines of the NATO summit in Brussels.\n"
        "The leaders of the alliance adopted a declaration at the end of the summit stating, "
        '"we reiterate the decision that Georgia will become a member of the alliance."'
    )
    assert _quotes(run, text, "2018-07-12") == [
        ("NATO", "we reiterate the decision that Georgia will become a member of the alliance.")
    ]


# --- a body's initials stand for its full name


def test_a_bodys_initials_give_its_full_name_as_canonical(run) -> None:
    orgs = _orgs(run, "Serbia's goal is to join the EU, the UN envoy said.", "2015-12-15")
    assert {"European Union", "United Nations"} <= orgs


def test_an_acronym_and_an_agencys_initials_stay_as_written(run) -> None:
    text = "NATO invited Sweden, AFP reported."
    assert {"NATO", "AFP"} <= _orgs(run, text, "2022-06-29")


# --- relative clauses and praise


def test_the_antecedent_of_which_holds_the_relative_clauses_stance(run) -> None:
    text = (
        "It will strain relations with Russia, which has described Montenegro’s accession as "
        "a provocation."
    )
    assert _stances(run, text, "2017-04-11") == {("RUS", "NATO:admit:MNE", "oppose")}


def test_an_object_relative_clause_keeps_its_own_subject(run) -> None:
    text = "Hungary criticised Poland, which Hungary accuses of blocking Ukraine's NATO bid."
    assert ("POL", "NATO:admit:UKR", "oppose") not in _stances(run, text, "2023-06-01")


def test_a_turning_point_is_praise_of_the_step(run) -> None:
    text = (
        "West Germany joined NATO today. Norway’s Foreign Minister, Halvard Lange, called the "
        "entry of Germany into NATO “a decisive turning point in the history of our continent”."
    )
    assert ("NOR", "NATO:admit:DEU", "support") in _stances(run, text, "1955-05-09")


def test_abstaining_in_a_vote_on_the_step_is_undecided(run) -> None:
    text = "Portugal abstained in the vote on Macedonia's invitation to NATO."
    assert _stances(run, text, "2008-04-03") == {("PRT", "NATO:invite:MKD", "undecided")}


def test_a_chronology_of_talks_started_and_concluded_is_no_meeting(run) -> None:
    text = (
        "Croatia started negotiations on membership in October 2005, concluded them on 30 June "
        "2011 and should join the EU on 1 July 2013."
    )
    assert ("meeting", "2005-10") not in _events(run, text, "2012-03-09")


def test_a_referendum_promised_before_joining_is_no_ratification(run) -> None:
    text = (
        "Ukrainian officials have in the past pledged to hold a voter referendum before moving "
        "to join the alliance."
    )
    assert _events(run, text, "2008-01-22") == []


# --- a candidate's own signature


def test_a_candidate_signing_its_accession_document_supports_its_admission(run) -> None:
    text = "Hungary's President Arpad Goncz signed the NATO accession documents on Feb. 10."
    assert _stances(run, text, "1999-02-26") == {("HUN", "NATO:admit:HUN", "support")}


def test_a_candidate_signing_the_protocol_on_its_membership_supports_it(run) -> None:
    text = "Montenegro signed the Protocol on full NATO membership on Thursday in Brussels."
    assert _stances(run, text, "2016-05-20") == {("MNE", "NATO:admit:MNE", "support")}


def test_the_signing_of_protocols_to_come_is_no_candidates_act(run) -> None:
    text = (
        "NATO hopes to conclude membership negotiations with Bulgaria and Romania tomorrow "
        "with the signing of accession protocols."
    )
    assert ("BGR", "NATO:admit:BGR", "support") not in _stances(run, text, "2003-03-25")


def test_where_opens_a_clause_with_its_own_subject(run) -> None:
    text = (
        "NATO leaders hold a summit later this week in Romania where Georgia and Ukraine hope "
        "to obtain a Membership Action Plan, a road map to entry already secured by Croatia."
    )
    assert _stances(run, text, "2008-04-01") == {
        ("GEO", "NATO:map:GEO", "support"),
        ("UKR", "NATO:map:UKR", "support"),
    }


def test_an_application_asks_for_membership_whatever_step_the_sentence_names(run) -> None:
    text = (
        "Finland and Sweden were formally invited to join NATO at the summit held last week, "
        "just seven weeks after both countries submitted their applications."
    )
    got = _stances(run, text, "2022-07-05")
    assert {("FIN", "NATO:admit:FIN", "support"), ("SWE", "NATO:admit:SWE", "support")} <= got
    assert ("FIN", "NATO:invite:FIN", "support") not in got


def test_an_application_for_a_map_stays_on_the_map(run) -> None:
    text = "Georgia's president formally applied for a Membership Action Plan on Tuesday."
    assert ("GEO", "NATO:admit:GEO", "support") not in _stances(run, text, "2008-01-16")


def test_weeks_counted_back_from_a_week_date_the_earlier_event_to_its_month(run) -> None:
    text = (
        "Finland and Sweden were formally invited to join NATO at the summit held last week, "
        "just seven weeks after both countries submitted their applications."
    )
    assert ("application", "2022-05") in _events(run, text, "2022-07-05")


def test_an_accession_agreement_signed_is_a_protocol_signature(run) -> None:
    text = "Medgyessy will sign the accession agreement with the EU on Wednesday in Athens."
    assert _events(run, text, "2003-04-13") == [("protocol_signature", "2003-04-16")]


def test_a_vote_yes_or_no_to_membership_is_a_ratification(run) -> None:
    text = "Norwegians voted no to EU membership on Monday."
    assert _events(run, text, "1994-11-30") == [("ratification", "1994-11-28")]
