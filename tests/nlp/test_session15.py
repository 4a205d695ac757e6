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


# --- consensus


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def test_a_candidate_kept_from_getting_a_start_date_is_no_decision(run) -> None:
    text = (
        "Athens and Sofia joined forces on Tuesday in preventing Skopje from getting a date "
        "for the start of EU accession talks."
    )
    assert ("EU:open_talks:MKD", "not_reached") in _consensus(run, text, "2012-12-12")


def test_leaders_rejecting_an_application_is_no_decision(run) -> None:
    text = "European leaders rejected Ankara's membership application at their December summit."
    assert _consensus(run, text, "1998-03-12") == {("EU:admit:TUR", "not_reached")}


def test_a_member_withholding_its_approval_is_no_decision(run) -> None:
    text = (
        "Croatia did not give its approval for the opening of a new chapter in Serbia's "
        "accession negotiations on Friday."
    )
    assert ("EU:admit:SRB", "not_reached") in _consensus(run, text, "2016-04-09")


def test_one_states_divided_leaders_are_not_the_alliance(run) -> None:
    text = "Croatia's leaders remain deeply divided over Ukraine's bid to join NATO."
    assert not _consensus(run, text, "2022-03-01")
    text = "The allies remain deeply divided on Ukraine's NATO membership."
    assert _consensus(run, text, "2023-03-01") == {("NATO:admit:UKR", "not_reached")}


def test_stopping_short_of_a_recommendation_is_no_decision(run) -> None:
    text = (
        "The parliamentary review of Sweden's security stopped short of offering a concrete "
        "recommendation on NATO membership."
    )
    assert not _consensus(run, text, "2022-05-13")


def test_a_state_owned_after_over_is_a_candidate_not_a_place(run) -> None:
    # (after Ukraine's application of September 2022: membership stays admission)
    text = "The allies remain deeply divided over Ukraine's NATO membership."
    assert _consensus(run, text, "2023-03-01") == {("NATO:admit:UKR", "not_reached")}


# --- a request to be invited; a referendum named by its subject


def _events(run, text: str, published: str | None) -> list[tuple]:
    return [(e["type"], e["date"]) for e in run(text, published)["events"]]


def test_a_request_to_be_invited_is_an_application_and_the_requesters_support(run) -> None:
    text = (
        "Montenegro's prime minister on Monday formally requested that his country be invited "
        "to join NATO."
    )
    out = run(text, "2015-06-01")
    assert [(e["type"], e["date"]) for e in out["events"]] == [("application", "2015-06-01")]
    assert {(s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]} == {
        ("MNE", "NATO:invite:MNE", "support")
    }


def test_the_members_invitation_stays_an_invitation(run) -> None:
    text = "NATO leaders invited Montenegro to join the alliance on Wednesday."
    assert _events(run, text, "2015-12-03") == [("invitation", "2015-12-02")]


def test_a_referendum_named_by_its_subject_is_a_ratification(run) -> None:
    text = "Lithuania holds its own EU membership referendum next Saturday, officials said."
    assert ("ratification", "2003-05-10") in _events(run, text, "2003-05-05")
    text = "The opposition demanded an EU membership referendum before any treaty is signed."
    assert not [e for e in _events(run, text, "2003-05-05") if e[0] == "ratification"]


# --- speakers


def _quotes(run, text: str, published: str | None) -> list[tuple]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published)["quotes"]]


def test_a_guillemet_quote_ends_its_sentence(run) -> None:
    text = (
        "NATO Secretary General Jaap de Hoop Scheffer met the Greek leaders in Athens. "
        "Afterwards, Prime Minister Kostas Karamanlis reiterated the Greek line: «No deal, no "
        "invitation.» Scheffer agreed by saying, «Performance decides the invitations.»"
    )
    assert _quotes(run, text, "2008-03-07") == [
        ("Kostas Karamanlis", "No deal, no invitation."),
        ("Jaap de Hoop Scheffer", "Performance decides the invitations."),
    ]


def test_reported_speech_between_two_quotes_names_the_second_speaker(run) -> None:
    text = (
        'Macedonian Foreign Minister Antonio Milososki was defiant. "Our name is our right," '
        "he said. Greek Foreign Minister Dora Bakoyannis said Skopje had to respect the "
        'rules of the club. "Enlargement depends on respect for the rules of the alliance."'
    )
    assert _quotes(run, text, "2008-03-07") == [
        ("Antonio Milososki", "Our name is our right"),
        ("Dora Bakoyannis", "Enlargement depends on respect for the rules of the alliance."),
    ]


def test_the_subject_after_an_opening_phrase_speaks(run) -> None:
    text = (
        "NATO Secretary General Jaap de Hoop Scheffer arrived in Athens on Thursday. After "
        "talks with Prime Minister Kostas Karamanlis and Foreign Minister Dora Bakoyannis, "
        'Scheffer said "a solution before the summit would help a lot".'
    )
    assert _quotes(run, text, "2008-03-07") == [
        ("Jaap de Hoop Scheffer", "a solution before the summit would help a lot")
    ]


def test_a_sentence_initial_country_official_refers_back(run) -> None:
    text = (
        "Italian Foreign Minister Antonio Tajani spoke in Munich on Saturday.\n\n"
        'The Italian official warned "we have to be very careful" about Ukraine.'
    )
    assert _quotes(run, text, "2024-02-18") == [("Antonio Tajani", "we have to be very careful")]


# --- actors


def _persons(run, text: str, published: str) -> dict[str, str | None]:
    return {
        a["canonical"]: a["role"] for a in run(text, published)["actors"] if a["type"] == "person"
    }


def test_a_portfolio_joined_by_and_is_no_part_of_the_name(run) -> None:
    text = "Croatian Minister of Foreign and European Affairs Miro Kovač spoke in Zagreb."
    assert _persons(run, text, "2016-04-09") == {
        "Miro Kovač": "Minister of Foreign and European Affairs"
    }


def test_a_preposition_opening_the_sentence_is_no_part_of_a_party(run) -> None:
    text = "On the Progress Party's website, the platform promises a vote. Voters were unsure."
    orgs = {
        a["canonical"] for a in run(text, "2014-03-01")["actors"] if a["type"] == "organization"
    }
    assert orgs == {"Progress Party"}


def test_luxemburg_spelt_the_german_way_keeps_a_long_list_whole(run) -> None:
    text = (
        "Canada, Denmark, Luxemburg, Bulgaria and Germany ratified the protocols for Finland "
        "and Sweden last month."
    )
    holders = {s[0] for s in _stances(run, text, "2022-08-03")}
    assert holders == {"CAN", "DNK", "LUX", "BGR", "DEU"}


def test_a_chapter_closed_or_opened_is_no_decision_on_the_talks(run) -> None:
    text = "Albania provisionally closed accession negotiations on chapter 7 on Tuesday."
    assert not _consensus(run, text, "2025-06-28")
    text = "Ankara and Brussels started negotiations on a new chapter after a long pause."
    assert not _consensus(run, text, "2013-11-05")
    text = "The EU formally opened accession negotiations with Albania on Tuesday."
    assert _consensus(run, text, "2022-07-20") == {("EU:open_talks:ALB", "reached")}


def test_an_organisations_top_official_is_its_last_named_officer(run) -> None:
    text = (
        'NATO Secretary General Jens Stoltenberg visited Kyiv on Thursday. "Your place is in '
        'the alliance," Stoltenberg said. "Our help will make it possible," the top NATO '
        "official added."
    )
    assert _quotes(run, text, "2023-04-20")[1] == (
        "Jens Stoltenberg",
        "Our help will make it possible",
    )


def test_a_country_mfa_and_the_commissioner_refer_back(run) -> None:
    text = (
        "Belgian Foreign Minister Hadja Lahbib opened the conference. “You have delivered "
        "results”, the Belgian MFA said.\n\nEU Enlargement Commissioner Olivér Várhelyi spoke "
        "next. “The last phase of the talks starts now”, the Commissioner said."
    )
    assert _quotes(run, text, "2024-06-26") == [
        ("Hadja Lahbib", "You have delivered results"),
        ("Olivér Várhelyi", "The last phase of the talks starts now"),
    ]


def test_a_states_name_after_a_hyphen_is_no_bare_surname(run) -> None:
    text = "Commissioner Olivér Várhelyi said that the EU-Montenegro conference went well."
    people = {a["canonical"] for a in run(text, "2024-06-26")["actors"] if a["type"] == "person"}
    assert people == {"Olivér Várhelyi"}


def test_archive_copy_closing_with_backticks_too(run) -> None:
    text = (
        "Prime Minister Felipe Gonzalez called the result ``a victory for the whole "
        "country.``\n\n``We remain a loyal ally,`` he said."
    )
    assert _quotes(run, text, "1986-03-14") == [
        ("Felipe Gonzalez", "a victory for the whole country."),
        ("Felipe Gonzalez", "We remain a loyal ally"),
    ]


def test_a_dated_planned_accession_told_as_becoming_a_member(run) -> None:
    text = "Montenegro should become a member of NATO on June 5, officials said on Thursday."
    assert ("accession", "2017-06-05") in _events(run, text, "2017-05-25")
    text = "The ten candidates are slated to join the EU in May 2004."
    assert ("accession", "2004-05") in _events(run, text, "2003-05-18")
    text = "Montenegro will become a member of NATO one day, its leaders say."
    assert not [e for e in _events(run, text, "2017-05-25") if e[0] == "accession"]


def test_a_text_agreed_is_no_decision_on_membership(run) -> None:
    text = (
        "At the summit the three leaders agreed a trilateral memorandum on security, paving "
        "the way for Finland's and Sweden's NATO membership."
    )
    assert not _consensus(run, text, "2022-06-29")
    text = "EU leaders agreed last week to a tentative proposal on migration with Turkey."
    assert not [c for c in _consensus(run, text, "2016-03-15") if c[1] == "reached"]


def test_an_institution_named_with_its_initials_in_brackets_decides(run) -> None:
    text = (
        "The North Atlantic Treaty Organization (NATO) formally invited Finland and Sweden to "
        "join on Wednesday."
    )
    assert _consensus(run, text, "2022-06-30") == {
        ("NATO:invite:FIN", "reached"),
        ("NATO:invite:SWE", "reached"),
    }


def test_an_office_or_a_regional_adjective_is_no_person(run) -> None:
    text = (
        "The talks were chaired by Ambassador Anna Nowak, Permanent Representative of Poland "
        "to the EU. The Commission urged the two East European states to speed up reforms."
    )
    assert _persons(run, text, "2025-06-28") == {"Anna Nowak": "Ambassador"}


def test_a_law_adopted_on_an_accession_protocol_is_a_ratification(run) -> None:
    text = (
        "On Monday, the deputies of the Slovenian parliament adopted the law on Croatia's "
        "accession protocol to NATO by 49 votes."
    )
    out = run(text, "2009-02-10")
    assert ("SVN", "NATO:admit:HRV", "support") in {
        (s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]
    }
    assert ("ratification", "2009-02-09") in [(e["type"], e["date"]) for e in out["events"]]


def test_should_also_be_admitted_is_support(run) -> None:
    text = "Germany's defence minister said Romania should also be admitted to NATO."
    assert ("DEU", "NATO:admit:ROU", "support") in _stances(run, text, "1996-04-11")


def test_prospective_members_named_are_the_candidates(run) -> None:
    text = "The president repeated US support for prospective NATO members Georgia and Ukraine."
    assert _stances(run, text, "2008-10-25") == {
        ("USA", "NATO:admit:GEO", "support"),
        ("USA", "NATO:admit:UKR", "support"),
    }


def test_the_state_right_before_the_cue_holds_it_not_the_reporter(run) -> None:
    text = (
        "Polish Foreign Minister Radoslaw Sikorski confirmed on Tuesday that Hungary is "
        "blocking the decision on Ukraine's accession talks."
    )
    holders = {s[0] for s in _stances(run, text, "2024-11-20")}
    assert holders == {"HUN"}


def test_a_role_subject_speaks_the_participles_words_not_a_body_after(run) -> None:
    text = (
        '"We can only welcome this decision," Ukrainian Foreign Minister Petro Poroshenko '
        'said.\n\nThe minister played down the plan, calling it a "bureaucratic formality," '
        "noting that many countries became NATO members without it, the Web site said."
    )
    assert _quotes(run, text, "2009-12-04")[1] == ("Petro Poroshenko", "bureaucratic formality")


def test_a_pronoun_after_a_named_object_leaves_the_voice_before(run) -> None:
    text = (
        'Envoy John Coale said: "Some people have talked out of turn." With Putin and the '
        'Russians, he said, you never know. "Are they sincere? We will see soon enough."'
    )
    assert _quotes(run, text, "2025-02-14")[1][0] == "John Coale"


def test_a_commission_recommendation_leaves_the_talks_unclear(run) -> None:
    text = (
        "The European Commission on Wednesday recommended opening EU accession talks with "
        "Latvia and Lithuania. Leaders will consider the proposal at their December summit."
    )
    assert _consensus(run, text, "1999-10-14") == {
        ("EU:open_talks:LVA", "unclear"),
        ("EU:open_talks:LTU", "unclear"),
    }


def test_a_recommendation_on_a_condition_or_still_to_come(run) -> None:
    text = (
        "The Commission recommends opening accession talks with Bosnia once the necessary "
        "degree of compliance is reached."
    )
    assert _consensus(run, text, "2024-03-12") == {("EU:open_talks:BIH", "not_reached")}
    text = (
        "Belgrade must show more progress before the Commission recommends opening talks "
        "with Serbia."
    )
    assert not _consensus(run, text, "2012-03-01")


def _states(run, text: str, published: str) -> set[str]:
    return {a["country_iso3"] for a in run(text, published)["actors"] if a["type"] == "state"}


def test_a_people_or_an_office_adjective_names_no_state_actor(run) -> None:
    text = (
        "The war with ethnic Albanian rebels in Kosovo ended in 1999. Bosniak, Serb and Croat "
        "leaders met in Sarajevo. The German defence minister said NATO should grow."
    )
    assert _states(run, text, "2002-03-01") == {"XKX"}


def _orgs(run, text: str, published: str) -> set[str]:
    return {a["canonical"] for a in run(text, published)["actors"] if a["type"] == "organization"}


def test_sources_named_at_a_clause_end_or_on_a_source_line(run) -> None:
    text = (
        "Sofia will not lift its veto, BNR reported. The decision stands, writes UNN. Tsanchev "
        "was cited as saying by Bulgarian Dnevnik.bg that nothing had changed.\n\n"
        "Source: Western Balkans Daily\n\nIn an interview with InfoVojna, the premier spoke."
    )
    assert _orgs(run, text, "2020-11-18") == {
        "BNR",
        "UNN",
        "Dnevnik.bg",
        "Western Balkans Daily",
        "InfoVojna",
    }


def test_a_person_reporting_is_no_outlet(run) -> None:
    text = "The deal is done, Kovacs reported. Later, Novak wrote that talks would resume."
    assert not _orgs(run, text, "2020-11-18")


def test_steps_still_to_come_or_short_of_talks_are_no_decision(run) -> None:
    text = "Zagreb has nearly completed its accession negotiations and hopes to join in 2013."
    assert not [c for c in _consensus(run, text, "2011-01-10") if c[1] == "reached"]
    text = "EU ministers agreed on Monday to grant Albania candidate status."
    assert not _consensus(run, text, "2014-06-24")
    text = "EU leaders agreed to begin open-ended discussions on membership with Poland next month."
    assert not _consensus(run, text, "1994-12-11")


def test_an_invitation_made_once_allies_agree_is_not_reached(run) -> None:
    text = (
        "The invitation to Ukraine to join the Alliance will be made once allies agree and "
        "conditions are met."
    )
    assert _consensus(run, text, "2023-07-12") == {("NATO:invite:UKR", "not_reached")}


def test_a_ceremony_marking_the_opening_of_talks_is_reached(run) -> None:
    text = "A ceremony in Brussels marked the formal opening of accession talks with Cyprus."
    assert _consensus(run, text, "1998-03-31") == {("EU:open_talks:CYP", "reached")}


def test_negative_views_and_the_institution_of_the_cues_object(run) -> None:
    text = (
        "Prime Minister Robert Fico repeated his negative stance on Ukraine's NATO membership "
        "but promised not to block its path to the EU."
    )
    assert _stances(run, text, "2024-01-24") == {
        ("SVK", "NATO:admit:UKR", "oppose"),
        ("SVK", "EU:admit:UKR", "support"),
    }


def test_a_short_attributed_quote_names_the_voice_that_goes_on(run) -> None:
    text = (
        "The country has worked hard to join NATO.\n"
        "“Why?” asked Foreign Minister Zoran Thaler. “We were told so many times that we met "
        "all the criteria.”"
    )
    assert _quotes(run, text, "1997-06-14") == [
        ("Zoran Thaler", "We were told so many times that we met all the criteria.")
    ]


def test_a_person_named_before_the_colon_speaks_unless_addressed(run) -> None:
    text = (
        "The decision was confirmed by the enlargement commissioner, Stefan Fule: “Well done, "
        "Albania, the ministers have just agreed.”"
    )
    assert _quotes(run, text, "2014-06-24")[0][0] == "Stefan Fule"
    text = (
        "Visiting Kyiv, President George W. Bush told his counterpart Viktor Yushchenko: "
        "“Your nation has made a brave choice.”"
    )
    assert _quotes(run, text, "2008-04-01")[0][0] == "George W. Bush"


def test_outlined_introduces_the_bare_quote_after_it(run) -> None:
    text = (
        "In an interview on Friday, Ukrainian President Volodymyr Zelenskyy outlined a possible "
        "ceasefire.\n\n“To stop the hot phase of the war we need the NATO umbrella.”"
    )
    assert _quotes(run, text, "2024-11-30")[0][0] == "Volodymyr Zelenskyy"


def test_the_signing_with_its_date_between_is_a_protocol_signature(run) -> None:
    text = "The signing Dec. 10 of the protocol of Spain's accession to NATO ended a long wait."
    assert ("protocol_signature", "1981-12-10") in _events(run, text, "1981-12-11")
