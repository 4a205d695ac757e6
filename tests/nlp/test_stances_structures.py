"""Holders told by the sentence's structure rather than as the subject (own sentences): a
role noun with its holders after a copula, a passive with a list of agents, a group defined
by the states it "consists of", a second clause with its own subject, other aspirants of the
same round pressed for by name, a ratification after a delay, and "without conditions"."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_the_holder_of_a_role_noun_follows_the_copula(run) -> None:
    text = "The fiercest opponent of Georgia's membership was France, which feared Russia's anger."
    assert _stances(run, text, "2008-12-03") == {("FRA", "NATO:admit:GEO", "oppose")}


def test_backers_named_after_the_copula_include_a_group(run) -> None:
    text = "The firmest backers of Ukraine's bid to join NATO are Poland and the Baltic states."
    got = _stances(run, text, "2023-07-01")
    for iso in ("POL", "EST", "LVA", "LTU"):
        assert (iso, "NATO:admit:UKR", "support") in got


def test_opponents_as_the_predicate_hold_opposition(run) -> None:
    text = "Spain and Greece remain the main opponents of Kosovo's membership of the EU."
    got = _stances(run, text, "2023-01-10")
    assert ("ESP", "EU:admit:XKX", "oppose") in got
    assert ("GRC", "EU:admit:XKX", "oppose") in got


def test_a_role_noun_after_its_state_is_an_apposition_not_a_copula(run) -> None:
    text = "Germany, long a supporter of Ukraine's bid to join NATO, is now Ukraine's partner."
    got = _stances(run, text, "2023-07-01")
    assert ("DEU", "NATO:admit:UKR", "support") in got


def test_unnamed_opponents_hold_nothing(run) -> None:
    text = "Opponents of Turkey's EU membership say the country is too large."
    assert not {s for s in _stances(run, text, "2005-10-03") if s[0] != "TUR"}


def test_reservations_expressed_by_a_list_of_states(run) -> None:
    text = (
        "Ministers agreed to open accession talks with Albania at a session that heard "
        "reservations voiced by Denmark and Portugal."
    )
    got = _stances(run, text, "2019-06-18")
    assert ("DNK", "EU:open_talks:ALB", "oppose") in got
    assert ("PRT", "EU:open_talks:ALB", "oppose") in got


def test_objections_raised_by_a_member(run) -> None:
    text = "Objections were raised by Hungary to opening accession talks with Ukraine."
    assert _stances(run, text, "2023-12-14") == {("HUN", "EU:open_talks:UKR", "oppose")}


def test_those_backing_a_member_that_blocks_share_no_support(run) -> None:
    text = "Italy, backed by Greece and Cyprus, blocked the start of accession talks with Turkey."
    got = _stances(run, text, "2005-10-03")
    assert not {s for s in got if s[2] == "support"}


def test_those_backing_a_candidates_bid_support_it(run) -> None:
    text = "Ukraine's bid to join NATO, backed by Poland and Lithuania, stalled at the summit."
    got = _stances(run, text, "2023-07-12")
    assert ("POL", "NATO:admit:UKR", "support") in got
    assert ("LTU", "NATO:admit:UKR", "support") in got


def test_a_group_defined_after_its_position(run) -> None:
    text = (
        "The second camp, which opposed opening accession talks with Croatia, consists of "
        "Britain, the Netherlands and Denmark."
    )
    got = _stances(run, text, "2005-03-16")
    for iso in ("GBR", "NLD", "DNK"):
        assert (iso, "EU:open_talks:HRV", "oppose") in got


def test_a_list_of_subjects_is_not_split_as_a_second_clause(run) -> None:
    text = "France, Germany, and Italy have opposed opening accession talks with Turkey."
    got = _stances(run, text, "2005-10-03")
    assert {s[0] for s in got} == {"FRA", "DEU", "ITA"}


_ROUND = (
    "NATO leaders decide in July which countries to invite into the alliance, and Poland, "
    "Hungary and the Czech Republic expect to be among them. "
)


def test_other_aspirants_pressed_for_by_name_in_their_own_clauses(run) -> None:
    text = _ROUND + (
        "Until then, Spain had been lobbying for Slovenia, and Greece had led a drive to "
        "include Romania."
    )
    got = _stances(run, text, "1997-06-13")
    assert ("ESP", "NATO:invite:SVN", "support") in got
    assert ("GRC", "NATO:invite:ROU", "support") in got
    assert ("ESP", "NATO:invite:ROU", "support") not in got
    assert ("GRC", "NATO:invite:SVN", "support") not in got


def test_pressing_hard_for_a_named_aspirant(run) -> None:
    text = _ROUND + "Italy had been pressing hard for Slovenia, while Canada said little."
    got = _stances(run, text, "1997-06-13")
    assert ("ITA", "NATO:invite:SVN", "support") in got
    assert not {s for s in got if s[0] == "CAN"}


def test_lobbying_for_a_state_outside_the_round_gives_no_stance(run) -> None:
    text = _ROUND + "Meanwhile Germany had been lobbying for Canada on fishing quotas."
    got = _stances(run, text, "1997-06-13")
    assert not {s for s in got if s[0] == "DEU"}


def test_a_ratification_told_after_a_delay_is_the_latest_position(run) -> None:
    text = (
        "Every member had to ratify the bids, a process that was delayed by Turkey and "
        "Hungary. On Monday, the Hungarian parliament ratified Finland's membership."
    )
    got = _stances(run, text, "2023-03-31")
    assert ("HUN", "NATO:admit:FIN", "support") in got
    assert ("HUN", "NATO:admit:FIN", "oppose") not in got
    assert ("TUR", "NATO:admit:FIN", "oppose") in got


def test_talks_without_conditions_are_plain_support(run) -> None:
    text = (
        "The first camp, made up of Germany, Austria and Ireland, called for accession "
        "talks with Croatia to open without any conditions."
    )
    got = _stances(run, text, "2005-03-16")
    for iso in ("DEU", "AUT", "IRL"):
        assert (iso, "EU:open_talks:HRV", "support") in got


def test_a_condition_still_makes_a_demand_conditional(run) -> None:
    text = "Germany called for talks with Croatia to open, but only on condition that it acts."
    assert ("DEU", "EU:open_talks:HRV", "conditional") in _stances(run, text, "2005-03-16")


def test_membership_in_a_states_interest_is_that_states_support(run) -> None:
    text = "Zagreb's membership of NATO is in Slovenia's national interest, Pahor told reporters."
    assert ("SVN", "NATO:admit:HRV", "support") in _stances(run, text, "2008-12-10")


def test_not_in_a_states_interest_is_its_opposition(run) -> None:
    text = "The minister said Serbia's EU membership was not in Croatia's interest."
    assert ("HRV", "EU:admit:SRB", "oppose") in _stances(run, text, "2014-03-01")


def test_in_our_interest_outside_a_quote_names_no_holder(run) -> None:
    text = "He said Croatia's membership of NATO is in our interest."
    assert not _stances(run, text, "2008-12-10")


def test_should_be_accepted_is_support(run) -> None:
    text = "Poland has insisted that Georgia should be accepted into NATO without delay."
    assert ("POL", "NATO:admit:GEO", "support") in _stances(run, text, "2008-04-02")


def test_undercutting_the_step_is_opposition(run) -> None:
    text = "Paris and Berlin keep undercutting talk of a Membership Action Plan for Georgia."
    got = _stances(run, text, "2008-04-02")
    assert ("FRA", "NATO:map:GEO", "oppose") in got
    assert ("DEU", "NATO:map:GEO", "oppose") in got


def test_objections_not_overcome_stand_with_their_owner(run) -> None:
    text = "Ministers could not overcome Dutch objections to opening accession talks with Serbia."
    assert _stances(run, text, "2011-12-09") == {("NLD", "EU:open_talks:SRB", "oppose")}


def test_objections_not_raised_are_no_opposition(run) -> None:
    text = "Hungary did not raise objections to opening accession talks with Ukraine."
    assert not {s for s in _stances(run, text, "2023-12-14") if s[2] == "oppose"}


def test_a_possessed_veto_is_its_owners_opposition(run) -> None:
    text = "The talks on Serbia's accession stalled over Croatian resistance."
    assert ("HRV", "EU:open_talks:SRB", "oppose") in _stances(run, text, "2016-04-12")


def test_a_lifted_veto_after_the_veto_is_the_latest_position(run) -> None:
    text = (
        "The EU opened accession talks with Skopje after a compromise meant to overcome "
        "Bulgaria's veto. Bulgaria, whose parliament lifted its veto last month, still has "
        "demands."
    )
    got = _stances(run, text, "2022-07-19")
    assert ("BGR", "EU:open_talks:MKD", "oppose") not in got


def test_greeting_the_result_warmly_is_support(run) -> None:
    text = "Germany greeted the result of Poland's EU membership referendum warmly."
    assert ("DEU", "EU:admit:POL", "support") in _stances(run, text, "2003-06-09")


def test_members_that_ratified_before_or_after_the_holder(run) -> None:
    text = (
        "Norway was the first in early March to ratify the accession protocols of Poland, "
        "Hungary and the Czech Republic, followed by Canada, and last week Denmark."
    )
    got = _stances(run, text, "1998-04-20")
    for iso in ("NOR", "CAN", "DNK"):
        for cand in ("POL", "HUN", "CZE"):
            assert (iso, f"NATO:admit:{cand}", "support") in got


def test_the_latest_to_ratify_after_a_list(run) -> None:
    text = (
        "Italy became the latest member to ratify Finland's NATO accession after Canada, "
        "Estonia and Norway."
    )
    got = _stances(run, text, "2022-07-08")
    assert {s[0] for s in got if s[1] == "NATO:admit:FIN"} >= {"ITA", "CAN", "EST", "NOR"}


def test_ratifying_after_a_clause_names_no_list(run) -> None:
    text = "Italy ratified Finland's NATO accession on Friday, after Turkey delayed its own vote."
    got = _stances(run, text, "2022-07-08")
    assert ("TUR", "NATO:admit:FIN", "support") not in got


def test_ratified_by_a_counted_list_after_a_colon(run) -> None:
    text = (
        "So far, Montenegro's NATO accession has been ratified by four of the 28 allies: "
        "Iceland, Slovenia, Hungary and Poland."
    )
    got = _stances(run, text, "2016-07-20")
    for iso in ("ISL", "SVN", "HUN", "POL"):
        assert (iso, "NATO:admit:MNE", "support") in got


def test_a_list_before_who_or_which_holds_the_relative_clause(run) -> None:
    text = "London backs Turkey's EU bid, unlike Paris and Vienna, which oppose its accession."
    got = _stances(run, text, "2010-07-27")
    assert ("FRA", "EU:admit:TUR", "oppose") in got
    assert ("AUT", "EU:admit:TUR", "oppose") in got
    text = "He is at odds with France and Austria who oppose Turkey's accession to the EU."
    got = _stances(run, text, "2010-07-27")
    assert ("FRA", "EU:admit:TUR", "oppose") in got
    assert ("AUT", "EU:admit:TUR", "oppose") in got


def test_ruling_out_membership_is_opposition(run) -> None:
    got = _stances(run, "The US president ruled out NATO membership for Ukraine.", "2025-08-18")
    assert ("USA", "NATO:admit:UKR", "oppose") in got
    text = "The US president ruled out returning Crimea or supporting Ukraine's NATO membership."
    got = _stances(run, text, "2025-08-18")
    assert ("USA", "NATO:admit:UKR", "oppose") in got
    assert ("USA", "NATO:admit:UKR", "support") not in got


def test_refusing_to_rule_out_is_no_opposition(run) -> None:
    text = "Macron refused to rule out opening accession talks with Albania."
    assert not _stances(run, text, "2019-10-18")
    assert not _stances(run, "Berlin did not rule out Ukraine's NATO membership.", "2023-07-01")


def test_a_demand_made_of_candidates_that_want_to_join_is_the_speakers_condition(run) -> None:
    text = (
        "Turkey's foreign minister said Finland and Sweden must stop harbouring militants "
        "if they want to join NATO."
    )
    got = _stances(run, text, "2022-05-15")
    assert ("TUR", "NATO:admit:FIN", "conditional") in got
    assert ("TUR", "NATO:admit:SWE", "conditional") in got
    assert not {s for s in got if s[0] in ("FIN", "SWE")}
    text = "If Ukraine wants to join the EU, it must root out corruption, the Dutch premier said."
    assert ("NLD", "EU:admit:UKR", "conditional") in _stances(run, text, "2022-06-10")


def test_if_they_want_to_join_without_a_demand_or_a_member_is_nothing(run) -> None:
    text = "Finland and Sweden must decide soon if they want to join NATO, analysts said."
    assert not _stances(run, text, "2022-04-10")
    text = "Sweden will join NATO if it wants to, the Swedish prime minister said."
    assert not {s for s in _stances(run, text, "2022-04-10") if s[2] == "conditional"}


def test_at_a_states_insistence_is_its_condition(run) -> None:
    text = (
        "At Danish and Swedish insistence, the summit said Montenegro would have to address "
        "its courts before accession talks could open."
    )
    got = _stances(run, text, "2011-06-24")
    assert ("DNK", "EU:open_talks:MNE", "conditional") in got
    assert ("SWE", "EU:open_talks:MNE", "conditional") in got


def test_joining_others_in_backing_the_bid(run) -> None:
    text = "Spain backed Poland's membership of NATO, joining Portugal and Italy."
    got = _stances(run, text, "1998-03-20")
    assert {s[0] for s in got if s[1] == "NATO:admit:POL"} == {"ESP", "PRT", "ITA"}
    text = "Spain backed Poland's membership of NATO after Portugal raised the matter."
    got = _stances(run, text, "1998-03-20")
    assert ("PRT", "NATO:admit:POL", "support") not in got


def test_a_gapped_ratification_clause(run) -> None:
    text = (
        "The Senate voted in favour of the accession of Finland and Sweden on Wednesday, "
        "after Portugal ratified it earlier in the day and Spain on Tuesday."
    )
    got = _stances(run, text, "2022-08-04")
    for iso in ("PRT", "ESP"):
        assert (iso, "NATO:admit:FIN", "support") in got


def test_demanding_that_a_candidate_give_up_its_bid_is_opposition(run) -> None:
    text = (
        "The Kremlin has declared that any settlement must ensure that Ukraine gives up its "
        "NATO membership ambitions."
    )
    got = _stances(run, text, "2025-02-14")
    assert got == {("RUS", "NATO:admit:UKR", "oppose")}
    text = "Ukraine may have to give up its NATO membership ambitions, analysts said."
    assert not _stances(run, text, "2025-02-14")


def test_an_outsider_that_would_hate_to_see_enlargement_opposes_it(run) -> None:
    text = (
        "After the vote on Skopje's NATO membership, the senator said the Russians would "
        "hate to see the alliance grow."
    )
    assert ("RUS", "NATO:admit:MKD", "oppose") in _stances(run, text, "2020-03-12")


def test_the_subject_after_a_fronted_phrase_is_the_holder(run) -> None:
    text = (
        "Five years on, against a backdrop reshaped by Russia's war against Ukraine, Hungary "
        "still blocks Kyiv's EU accession talks."
    )
    got = _stances(run, text, "2025-06-30")
    assert got and {s[0] for s in got} == {"HUN"}


def test_a_war_against_a_candidate_is_no_stance(run) -> None:
    text = "Moscow used it as a pretext for its campaign against Ukraine and its NATO hopes."
    assert ("RUS", "NATO:admit:UKR", "oppose") not in _stances(run, text, "2022-09-30")


def test_a_war_in_the_east_of_a_state_names_no_candidate(run) -> None:
    text = (
        "Georgia wants to join NATO against opposition from Russia, whose involvement in the "
        "conflict in eastern Ukraine has alarmed the alliance."
    )
    got = _stances(run, text, "2017-08-02")
    assert ("RUS", "NATO:admit:GEO", "oppose") in got
    assert not {s for s in got if s[1].endswith("UKR")}


def test_members_expected_to_ratify_hold_nothing_yet(run) -> None:
    text = "Croatia is among the allies soon expected to ratify Montenegro's accession protocol."
    assert not _stances(run, text, "2016-07-20")
    text = "Croatia is likely to approve Montenegro's accession to NATO this autumn."
    assert not _stances(run, text, "2016-07-20")


def test_guarantees_that_a_candidate_never_join_are_the_outsiders_opposition(run) -> None:
    text = (
        "Ukraine applied for fast-track membership of NATO on Friday. Before Russia invaded "
        "Ukraine in February, it was demanding binding guarantees that Ukraine would never "
        "be admitted to the alliance."
    )
    assert ("RUS", "NATO:admit:UKR", "oppose") in _stances(run, text, "2022-09-30")


def test_warning_against_offering_membership_is_opposition(run) -> None:
    text = (
        "EU leaders met in Brussels. The Luxembourg prime minister, Jean-Claude Juncker, said: "
        '"I can only warn against offering Ukraine the prospect of full membership of the EU."'
    )
    assert ("LUX", "EU:admit:UKR", "oppose") in _stances(run, text, "2004-12-15")


def test_an_outsider_acting_to_thwart_the_tilt_to_membership(run) -> None:
    text = "Russia invaded in part to thwart Kyiv's bid for EU membership, officials said."
    assert ("RUS", "EU:admit:UKR", "oppose") in _stances(run, text, "2022-06-10")
    text = "Turkish concerns will not derail the ambitions of Finland and Sweden to join NATO."
    assert not {s for s in _stances(run, text, "2022-05-15") if s[0] == "TUR"}


def test_a_members_demand_made_of_the_candidate_is_its_condition(run) -> None:
    text = (
        "To break the impasse over its EU accession talks, Skopje accepted a Bulgarian demand "
        "to insert a reference to the minority in its constitution."
    )
    assert ("BGR", "EU:admit:MKD", "conditional") in _stances(run, text, "2025-05-10")
    text = "Poland's demand to open accession talks with Ukraine was heard in Brussels."
    assert ("POL", "EU:open_talks:UKR", "support") in _stances(run, text, "2023-12-10")


def test_an_act_told_by_an_outsider_of_another_is_not_the_outsiders(run) -> None:
    text = (
        "Georgia hopes to join NATO. Russia's envoy to NATO said on Wednesday that Rice was "
        "trying to sabotage the talks on Georgia's membership."
    )
    assert ("RUS", "NATO:admit:GEO", "oppose") not in _stances(run, text, "2008-03-05")
    text = (
        "Kyiv applied to join NATO. A Russian security official said Zelenskyy was begging "
        "NATO to start a third world war."
    )
    assert ("RUS", "NATO:admit:UKR", "oppose") in _stances(run, text, "2022-09-30")


_ATHENS = (
    "Poland, Hungary, Slovakia, Slovenia, Estonia, Latvia, Lithuania, Cyprus and Malta signed "
    "the accession treaty in Athens on Wednesday. "
)


def test_an_accession_treaty_is_the_eus(run) -> None:
    got = _stances(run, _ATHENS, "2003-04-17")
    assert got and all(q.startswith("EU:") for _, q, _ in got)


def test_welcoming_the_treaty_is_support_for_its_candidates(run) -> None:
    text = _ATHENS + "The British prime minister, Tony Blair, welcomed the treaty as historic."
    got = _stances(run, text, "2003-04-17")
    assert ("GBR", "EU:admit:POL", "support") in got
    assert ("GBR", "EU:admit:MLT", "support") in got


def test_an_outsiders_displeasure_is_its_opposition(run) -> None:
    for text in (
        "NATO's plan to admit Georgia angered Russia.",
        "The prospect of Georgia joining NATO alarms Moscow.",
        "NATO enlargement to Georgia does not please Russia.",
        "Russia is unhappy with the prospect of Georgia joining NATO.",
        "The Kremlin is deeply concerned about the prospect that Georgia may join NATO.",
    ):
        assert ("RUS", "NATO:admit:GEO", "oppose") in _stances(run, text, "2007-06-10"), text


def test_displeasure_caused_or_forecast_is_no_ones_opposition(run) -> None:
    got = _stances(run, "Russia's war alarmed Finland, which applied to join NATO.", "2022-05-20")
    assert not [s for s in got if s[0] == "RUS"]
    for text in (
        "France said admitting Georgia to NATO would unnecessarily irritate Russia.",
        "Admitting Georgia to NATO risks angering Russia.",
    ):
        assert not [s for s in _stances(run, text, "2008-04-01") if s[0] == "RUS"], text


def test_a_named_group_of_candidates_is_each_of_its_members(run) -> None:
    got = _stances(run, "Russia opposes NATO's expansion to the Baltic states.", "1997-03-17")
    assert {("RUS", f"NATO:admit:{c}", "oppose") for c in ("EST", "LVA", "LTU")} <= got


def test_a_named_group_of_candidates_listed_with_another_is_all_of_them(run) -> None:
    text = "Yeltsin opposes NATO's expansion to the Baltic states and Ukraine."
    got = _stances(run, text, "1997-03-17")
    assert {("RUS", f"NATO:admit:{c}", "oppose") for c in ("EST", "LVA", "LTU", "UKR")} <= got


def test_the_members_of_a_named_group_are_no_actors(run) -> None:
    out = run("Russia opposes NATO's expansion to the Baltic states.", "1997-03-17")
    assert {a["canonical"] for a in out["actors"]} == {"Russia", "NATO"}


def test_warning_against_shutting_a_candidate_out_is_support(run) -> None:
    text = "Cameron warned against shutting the door on Turkey's EU membership."
    assert ("GBR", "EU:admit:TUR", "support") in _stances(run, text, "2010-07-27")


def test_one_expected_to_agree_holds_nothing_yet(run) -> None:
    text = "The EU expects Austria to agree to Ukraine accession talks."
    assert not [s for s in _stances(run, text, "2023-12-13") if s[0] == "AUT"]


def test_backing_given_only_after_a_demand_is_conditional(run) -> None:
    text = (
        "The Dutch government wants Serbia to hand over Ratko Mladic before it gives its full "
        "backing to the country's attempt to join the EU."
    )
    assert ("NLD", "EU:admit:SRB", "conditional") in _stances(run, text, "2008-05-01")


def test_an_ambassadors_posting_is_not_the_speakers_state(run) -> None:
    text = (
        '"Every delay on Ukraine is costly," said Estonian Ambassador to the United States '
        "Christian Prikk."
    )
    assert not [s for s in _stances(run, text, "2024-07-01") if s[0] == "USA"]


def test_a_gerund_subject_that_names_a_topic_is_no_support(run) -> None:
    text = "Orban told parliament that ratifying Sweden's NATO bid was not an urgent matter."
    assert ("HUN", "NATO:admit:SWE", "support") not in _stances(run, text, "2023-10-23")


def test_nato_in_title_case_sets_the_institution(run) -> None:
    text = (
        "Albania hopes to join the European Union, European diplomats say, and the European "
        "Commission agrees. Russia has opposed successive enlargements of Nato into Eastern "
        "Europe, including Albania's bid."
    )
    got = _stances(run, text, "2007-06-10")
    assert ("RUS", "NATO:admit:ALB", "oppose") in got
    assert ("RUS", "EU:admit:ALB", "oppose") not in got


def test_a_ratification_stands_before_a_participle_naming_another_yet_to_ratify(run) -> None:
    text = (
        "Turkey's parliament on Tuesday approved Sweden's application to join NATO, removing "
        "a major obstacle and leaving Hungary as the only member yet to ratify."
    )
    assert ("TUR", "NATO:admit:SWE", "support") in _stances(run, text, "2024-01-24")


def test_one_counted_on_to_complete_a_ratification_holds_nothing_yet(run) -> None:
    text = "Stoltenberg said he counted on Hungary to complete its ratification soon."
    assert not [s for s in _stances(run, text, "2024-01-24") if s[0] == "HUN"]


def test_letting_the_others_decide_is_no_backing(run) -> None:
    text = (
        "EU leaders agreed on Thursday to open accession negotiations with Ukraine after "
        "Hungarian Prime Minister Viktor Orban left the room, allowing the other 26 leaders "
        "to take the decision."
    )
    assert not [s for s in _stances(run, text, "2023-12-15") if s[0] == "HUN"]


def test_pressing_allies_to_issue_an_invitation_is_the_presser_s_support(run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky on Tuesday pressed NATO allies to issue "
        "Ukraine a formal invitation at their summit in Washington."
    )
    assert ("UKR", "NATO:invite:UKR", "support") in _stances(run, text, "2024-07-09")


def test_those_urged_to_drop_their_objections_still_hold_them(run) -> None:
    text = "Blinken urged Hungary and Turkey to drop their objections to Sweden's membership."
    got = _stances(run, text, "2023-04-04")
    assert {("HUN", "NATO:admit:SWE", "oppose"), ("TUR", "NATO:admit:SWE", "oppose")} <= got
    assert ("USA", "NATO:admit:SWE", "support") in got


def test_one_that_dropped_its_objections_supports(run) -> None:
    got = _stances(run, "Turkey dropped its objections to Sweden's membership.", "2023-07-11")
    assert ("TUR", "NATO:admit:SWE", "support") in got


def test_open_to_inviting_is_support_and_not_open_is_opposition(run) -> None:
    got = _stances(run, "France is open to inviting Ukraine to join NATO.", "2024-11-29")
    assert ("FRA", "NATO:invite:UKR", "support") in got
    got = _stances(run, "Paris is not open to inviting Ukraine yet.", "2024-11-29")
    assert ("FRA", "NATO:invite:UKR", "support") not in got


def test_support_on_an_if_is_conditional(run) -> None:
    for text in (
        "Turkey would approve Sweden's membership if Stockholm cracks down on militants.",
        "Turkey could approve Sweden's membership if Stockholm cracks down on militants.",
    ):
        assert ("TUR", "NATO:admit:SWE", "conditional") in _stances(run, text, "2023-01-15")
    got = _stances(run, "If Sweden joins, Russia would respond.", "2023-01-15")
    assert not [s for s in got if s[0] == "RUS" and s[2] == "conditional"]


def test_a_state_that_is_the_main_obstacle_opposes(run) -> None:
    got = _stances(
        run, "Greece is the main obstacle to North Macedonia's NATO membership.", "2019-01-15"
    )
    assert ("GRC", "NATO:admit:MKD", "oppose") in got
    text = "Corruption is the main obstacle to North Macedonia's NATO membership."
    assert not _stances(run, text, "2019-01-15")
