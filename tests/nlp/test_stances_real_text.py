"""Stance shapes of real copy (own sentences): a veto lifted with its owner named, and the
state a war is fought in, which holds nothing."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_lifting_a_named_states_veto_is_that_states_support(run) -> None:
    text = (
        "Ankara, Stockholm and Helsinki reached a deal on Tuesday lifting Turkey's veto, "
        "clearing the way for Sweden to become a member of NATO."
    )
    got = _stances(run, text, "2022-06-29")
    assert ("TUR", "NATO:admit:SWE", "support") in got
    assert ("TUR", "NATO:admit:SWE", "oppose") not in got


def test_the_state_a_war_is_fought_in_holds_no_stance(run) -> None:
    text = (
        "The war in Ukraine has led traditionally neutral Finland and Sweden to apply for "
        "NATO membership, a process that has proved more complex than expected after Turkey "
        "blocked the two states' accession."
    )
    got = _stances(run, text, "2022-07-05")
    assert ("FIN", "NATO:admit:FIN", "support") in got
    assert not any(holder == "UKR" for holder, _, _ in got)


def test_a_state_that_wages_the_war_still_holds(run) -> None:
    text = "Russia, which invaded Ukraine, has warned Finland against joining NATO."
    got = _stances(run, text, "2022-05-12")
    assert any(holder == "RUS" for holder, _, _ in got)


def test_a_when_clause_has_its_own_subject(run) -> None:
    text = (
        "President Joe Biden and alliance leaders arrive with a sense of unity after a major "
        "win on Monday evening when Turkey agreed to Sweden's bid to join the alliance."
    )
    got = _stances(run, text, "2023-07-11")
    assert ("TUR", "NATO:admit:SWE", "support") in got
    assert not any(holder == "USA" for holder, _, _ in got)


def test_a_cue_after_who_is_held_by_the_person_before(run) -> None:
    text = (
        "Experts warned that failing to admit Sweden to NATO would hurt the alliance, and the "
        "announcement – made hours after Biden landed – is an about-face by Turkish President "
        "Recep Tayyip Erdogan, who has blocked the accession bid for more than a year."
    )
    got = _stances(run, text, "2023-07-11")
    assert not any(holder == "USA" for holder, _, _ in got)


def test_his_countrys_backing_is_the_speakers_state(run) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan warned Sweden on Monday that it should not "
        "expect his country's backing to join NATO."
    )
    out = run(text, "2023-01-23")
    assert ("TUR", "NATO:admit:SWE", "oppose") in {
        (s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]
    }
    # a state read from "his country" holds positions; it is no actor of its own
    assert [a["mention"] for a in out["actors"] if a["type"] == "state"] == ["Sweden"]


def test_expecting_someones_support_is_not_their_support(run) -> None:
    text = (
        "“So you let extremists run wild and then expect our support for getting into NATO. "
        "That is not happening,” Erdogan said of Sweden's bid."
    )
    got = _stances(run, text, "2023-01-23")
    assert ("TUR", "NATO:admit:SWE", "support") not in got


def test_a_group_of_others_in_a_quote_is_not_the_speakers_position(run) -> None:
    text = (
        "EU leaders failed to open accession talks with Albania and North Macedonia at a "
        "summit in Brussels. “We failed to reach consensus because three states refused to "
        "invite both countries to start negotiations,” Lithuania's President Gitanas Nauseda "
        "told reporters."
    )
    assert not any(holder == "LTU" for holder, _, _ in _stances(run, text, "2019-10-18"))


def test_the_speakers_own_refusal_in_a_quote_is_theirs(run) -> None:
    text = (
        "EU leaders failed to open accession talks with Albania at a summit in Brussels. "
        "“We refused to open talks with Albania today,” French President Emmanuel Macron "
        "told reporters."
    )
    assert ("FRA", "EU:open_talks:ALB", "oppose") in _stances(run, text, "2019-10-18")


def test_voicing_serious_reservations_is_opposition(run) -> None:
    text = "The Netherlands voiced serious reservations about opening talks with Albania."
    assert ("NLD", "EU:open_talks:ALB", "oppose") in _stances(run, text, "2019-10-18")


def test_joining_another_state_in_an_act_is_no_membership(run) -> None:
    text = (
        "EU leaders failed to open talks with Albania. Denmark joined France in voicing "
        "serious reservations about the progress Albania has made on reforms."
    )
    assert not {q for _, q, _ in _stances(run, text, "2019-10-18") if q.startswith("EU:admit")}


def test_offering_membership_is_the_invitation(run) -> None:
    text = (
        "The United States is urging NATO allies to offer Georgia and Ukraine membership "
        "without a lengthy procedure."
    )
    got = _stances(run, text, "2008-11-27")
    assert {("USA", "NATO:invite:GEO", "support"), ("USA", "NATO:invite:UKR", "support")} <= got


def test_offering_something_short_of_membership_is_no_invitation(run) -> None:
    text = (
        "The European Union opened talks with Turkey after Austria dropped its demand that "
        "Ankara be offered something short of full membership."
    )
    assert not {q for _, q, _ in _stances(run, text, "2005-10-04") if ":invite:" in q}


def test_a_countrys_public_in_a_where_clause_is_not_its_government(run) -> None:
    text = (
        "Austria, where four out of five people are against Turkish accession to the EU, "
        "is holding out for an alternative."
    )
    assert ("AUT", "EU:admit:TUR", "oppose") not in _stances(run, text, "2005-10-03")


def test_opposing_the_admitting_of_candidates_is_opposition_to_admission(run) -> None:
    # "admitting" is a membership word like "admitted" and "admission"
    text = "The Dutch prime minister repeated his opposition to admitting Albania to the EU."
    assert ("NLD", "EU:admit:ALB", "oppose") in _stances(run, text, "2019-10-18")


def test_proposing_the_step_is_support_and_proposing_a_delay_is_not(run) -> None:
    text = "Canada has proposed inviting Albania and Croatia at the April summit."
    assert ("CAN", "NATO:invite:ALB", "support") in _stances(run, text, "2008-03-01")
    text = "France proposed delaying the talks with Albania until the autumn."
    assert not any(st == "support" for _, _, st in _stances(run, text, "2019-06-01"))


def test_pressing_first_for_candidates_to_also_be_invited_is_support(run) -> None:
    # an adverb after "pressed" and after "to" still leaves the pressing for the step
    text = (
        "The allies invited Hungary on Tuesday. Several southern allies, led by Italy, had "
        "pressed first for Romania to also be invited."
    )
    assert ("ITA", "NATO:invite:ROU", "support") in _stances(run, text, "1997-07-08")


def test_urging_to_accept_candidates_as_members_is_support_for_their_admission(run) -> None:
    text = (
        "The U.S. Senate passed a resolution urging the alliance to accept Albania, Croatia and "
        "Macedonia as members."
    )
    got = _stances(run, text, "2006-11-20")
    assert {("USA", f"NATO:admit:{c}", "support") for c in ("ALB", "HRV", "MKD")} <= got


def test_welcoming_the_new_members_is_support_for_the_storys_candidates(run) -> None:
    text = (
        "Bulgaria and Romania joined the European Union on Monday. The Finnish prime minister "
        "welcomed the newcomers at a ceremony in Brussels."
    )
    got = _stances(run, text, "2007-01-01")
    assert {("FIN", "EU:admit:BGR", "support"), ("FIN", "EU:admit:ROU", "support")} <= got
    # "welcomed the new members of staff": no candidate, no membership decision
    assert _stances(run, "The minister welcomed the new members of staff.", "2007-01-01") == set()


def test_urging_a_member_not_to_use_its_veto_is_the_urgers_support(run) -> None:
    text = (
        "Croatia hopes to join NATO. The U.S. president urged Slovenia not to use its veto to "
        "stop NATO inviting its former Yugoslav neighbour."
    )
    got = _stances(run, text, "2008-03-30")
    assert ("USA", "NATO:invite:HRV", "support") in got
    assert ("USA", "NATO:invite:HRV", "oppose") not in got
    # the one urged holds nothing by being urged (its own threat, told before, stays)
    text = (
        "Slovenia stood by its threat on Monday to veto NATO membership for Croatia despite "
        "pressure from the U.S. president. He urged Slovenia not to use its veto to stop NATO "
        "inviting its former Yugoslav neighbour."
    )
    got = _stances(run, text, "2008-03-30")
    assert ("SVN", "NATO:admit:HRV", "oppose") in got
    assert not any(h == "SVN" and q == "NATO:invite:HRV" for h, q, _ in got)


def test_a_bracketed_related_story_link_is_page_furniture(run) -> None:
    text = (
        "NATO leaders met in Vilnius on Tuesday.\n"
        "[ Hungary says it will back Sweden's bid to join NATO ]\n"
        "The summit ended on Wednesday."
    )
    assert _stances(run, text, "2023-07-11") == set()


def test_a_judgement_that_candidates_do_not_meet_the_criteria_is_opposition(run) -> None:
    # the passive "backed by several smaller countries" names no holder of its own
    text = (
        "Italy and Spain, backed by a handful of other allies, have said Armenia and "
        "Moldova do not meet NATO's criteria for an invitation."
    )
    got = _stances(run, text, "2010-03-01")
    assert ("ITA", "NATO:invite:ARM", "oppose") in got
    assert not any(st == "support" for _, _, st in got)


def test_pressing_reluctant_allies_is_support_not_reluctance(run) -> None:
    text = (
        "On Tuesday President George W. Bush pressed reluctant European allies to put Georgia "
        "on the road to membership."
    )
    got = _stances(run, text, "2008-04-02")
    assert ("USA", "NATO:admit:GEO", "support") in got
    assert ("USA", "NATO:admit:GEO", "oppose") not in got


def test_ratifications_still_needed_are_no_stance(run) -> None:
    text = (
        "Zagreb still needs three member states -- Belgium, Denmark and Germany -- to ratify "
        "its accession treaty before July."
    )
    assert _stances(run, text, "2013-04-02") == set()


def test_a_members_own_accession_in_a_relative_clause_is_background(run) -> None:
    text = (
        "Romania, which joined the EU in 2007, wants Chisinau to speed up its reforms of the "
        "judiciary."
    )
    assert not any(q.startswith("EU:admit") for _, q, _ in _stances(run, text, "2021-05-01"))


def test_the_state_of_a_dateline_holds_nothing(run) -> None:
    text = (
        "VIENNA, Austria — Dutch senators approved Montenegro's accession protocol in a vote "
        "on Tuesday."
    )
    got = _stances(run, text, "2017-03-28")
    assert ("NLD", "NATO:admit:MNE", "support") in got
    assert not any(h == "AUT" for h, _, _ in got)


def test_the_only_member_not_to_have_ratified_is_pending_not_opposed(run) -> None:
    text = "Spain remains the single ally of the 28 not to have ratified the protocol."
    text = "Montenegro signed its accession protocol in May. " + text
    assert ("ESP", "NATO:admit:MNE", "oppose") not in _stances(run, text, "2017-03-28")


def test_polls_showing_a_majority_against_are_the_publics_not_the_states(run) -> None:
    text = (
        "Opinion polls in several E.U. countries, including Austria and France, show a "
        "majority opposing Turkish membership of the EU."
    )
    assert _stances(run, text, "2004-12-17") == set()


def test_a_hard_wrapped_sentence_is_read_whole(run) -> None:
    # printed copy wrapped at a fixed width: the line break inside the sentence is no boundary
    text = (
        "Leaders of Austria, Germany\n"
        "and France said on Friday they oppose opening talks with Turkey."
    )
    got = _stances(run, text, "2004-12-17")
    assert {("AUT", "EU:open_talks:TUR", "oppose"), ("FRA", "EU:open_talks:TUR", "oppose")} <= got


def test_voting_to_expand_the_alliance_to_include_candidates_is_support(run) -> None:
    text = (
        "The Canadian parliament voted overwhelmingly on Monday to expand NATO to include "
        "Finland and Sweden."
    )
    got = _stances(run, text, "2022-05-10")
    assert {("CAN", "NATO:admit:FIN", "support"), ("CAN", "NATO:admit:SWE", "support")} <= got


@pytest.mark.parametrize(
    ("reaction", "holder"),
    [
        ('The American president told reporters: "We are delighted with this decision."', "USA"),
        ("The German chancellor, Gerhard Schroeder, welcomed the invitations in a speech.", "DEU"),
        ("France's president hailed NATO's enlargement as a historic moment.", "FRA"),
    ],
)
def test_a_reaction_to_the_decision_is_support_for_it(run, reaction: str, holder: str) -> None:
    text = "Alliance leaders on Thursday invited Slovakia and Slovenia to join. " + reaction
    got = _stances(run, text, "2002-11-21")
    assert {(holder, "NATO:invite:SVK", "support"), (holder, "NATO:invite:SVN", "support")} <= got


def test_a_candidate_opening_talks_as_the_subject_takes_its_own_step(run) -> None:
    got = _stances(
        run,
        "Serbia and Montenegro formally opened accession talks with the European Union on "
        "Tuesday in Luxembourg.",
        "2025-06-03",
    )
    assert ("SRB", "EU:open_talks:SRB", "support") in got
    assert ("MNE", "EU:open_talks:MNE", "support") in got
    got = _stances(run, "Albania will on Monday start accession talks with the EU.", "2022-07-18")
    assert ("ALB", "EU:open_talks:ALB", "support") in got


def test_talks_that_start_or_others_opening_them_give_the_candidate_nothing(run) -> None:
    for text in (
        "Most member states believe Albania has done enough for the talks to start soon.",
        "The bloc's ministers approved on Friday a framework for opening talks with Albania.",
        "Greece settled its quarrel with Skopje, opening the door for the EU to begin talks.",
    ):
        got = _stances(run, text, "2019-10-18")
        assert not any(holder == cand.rsplit(":", 1)[1] for holder, cand, _ in got), text


def test_integration_into_the_union_is_membership(run) -> None:
    text = (
        "In a message on Tuesday, the Bulgarian president said Bulgaria fully backs the "
        "integration of Moldova and Georgia into the European Union."
    )
    got = _stances(run, text, "2022-03-03")
    assert ("BGR", "EU:admit:MDA", "support") in got
    assert ("BGR", "EU:admit:GEO", "support") in got


def test_a_demand_made_of_the_institution_is_the_speakers_position(run) -> None:
    cases = {
        "NATO should invite Ukraine this year, the Latvian foreign minister said.": (
            "LVA",
            "NATO:invite:UKR",
            "support",
        ),
        "The Finnish prime minister argued that the EU must open talks with Moldova.": (
            "FIN",
            "EU:open_talks:MDA",
            "support",
        ),
        "Kyiv says NATO should invite it at the next summit.": (
            "UKR",
            "NATO:invite:UKR",
            "support",
        ),
        "NATO member countries should invite Georgia soon, the Georgian minister said.": (
            "GEO",
            "NATO:invite:GEO",
            "support",
        ),
        "The EU should end its accession talks with Turkey, the Dutch premier told a paper.": (
            "NLD",
            "EU:admit:TUR",
            "oppose",
        ),
        "Hungary's minister said the bloc should not open talks with Ukraine yet.": (
            "HUN",
            "EU:open_talks:UKR",
            "oppose",
        ),
    }
    for text, want in cases.items():
        assert want in _stances(run, text, "2024-06-10"), text


def test_must_admit_as_an_idiom_is_no_demand(run) -> None:
    text = (
        '"We must admit that we failed to agree on Skopje today," the Estonian minister said '
        "after the talks on North Macedonia."
    )
    assert not any(h == "EST" for h, _, _ in _stances(run, text, "2019-10-16"))


@pytest.mark.parametrize("word", ["unrealistic", "not realistic", "not feasible", "unfeasible"])
def test_calling_membership_unrealistic_is_the_speakers_opposition(run, word: str) -> None:
    text = (
        f"The Italian defence minister said on Monday that NATO membership for Ukraine was {word}."
    )
    assert ("ITA", "NATO:admit:UKR", "oppose") in _stances(run, text, "2025-02-10")


def test_negotiations_to_end_a_war_are_no_accession_talks(run) -> None:
    text = (
        "The American president said he and the Russian president had agreed to begin "
        "negotiations on ending the Ukraine war."
    )
    got = run(text, "2025-02-12")
    assert not any(s["question"].startswith("EU:open_talks") for s in got["stances"])
    assert not any(c["question"].startswith("EU:open_talks") for c in got["consensus"])


def test_resistance_from_members_including_a_list_is_theirs(run) -> None:
    text = (
        "Amid resistance from several member states, including Denmark and the Netherlands, "
        "the leaders of Albania say their country has done what was asked to start accession "
        "talks."
    )
    got = _stances(run, text, "2019-10-18")
    assert {("DNK", "EU:open_talks:ALB", "oppose"), ("NLD", "EU:open_talks:ALB", "oppose")} <= got
    assert not any(h in ("DNK", "NLD") and st == "support" for h, _, st in got)


def test_states_invited_are_objects_not_holders_of_what_follows(run) -> None:
    text = (
        "EU leaders met in Luxembourg. They invited Poland, Hungary, the Czech Republic and "
        "Estonia into membership negotiations and promised that talks with Latvia would follow."
    )
    got = _stances(run, text, "1997-12-14")
    assert not any(h in ("POL", "HUN", "CZE", "EST") for h, _, _ in got)


def test_keen_to_join_and_enthusiastic_about_membership_are_support(run) -> None:
    got = _stances(run, "Latvia and Lithuania are keen to join NATO soon.", "2001-06-16")
    assert {("LVA", "NATO:admit:LVA", "support"), ("LTU", "NATO:admit:LTU", "support")} <= got
    text = "Canadian officials have been enthusiastic about Georgia's membership in NATO."
    assert ("CAN", "NATO:admit:GEO", "support") in _stances(run, text, "2006-09-14")


def test_interest_in_joining_and_becoming_part_of_the_union_are_a_candidates_wish(run) -> None:
    got = _stances(run, "Georgia is interested in joining NATO, its minister said.", "2008-11-27")
    assert ("GEO", "NATO:admit:GEO", "support") in got
    text = "Albania wants to become part of the EU, its prime minister told reporters."
    assert ("ALB", "EU:admit:ALB", "support") in _stances(run, text, "2019-10-15")
