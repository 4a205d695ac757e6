"""Rules of the sixteenth session (own sentences): collective decisions told after an
apposition or with a picking verb, the allies' decision to admit as their invitation, NATO
membership decided before an invitation, talks put on hold, candidate status and national
chambers as no decision, a month of the year before, the Union's earlier names, and a year
counted back from as the story's own."""

from __future__ import annotations

import datetime as dt


def _consensus(run, text: str, published: str | None) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


# --- collective decisions


def test_an_apposition_between_the_alliance_and_its_invitation(run) -> None:
    text = (
        "NATO, the Western alliance of sixteen states, extended membership invitations on "
        "Tuesday to Poland, Hungary and the Czech Republic."
    )
    assert _consensus(run, text, "1997-07-09") == {
        ("NATO:invite:POL", "reached"),
        ("NATO:invite:HUN", "reached"),
        ("NATO:invite:CZE", "reached"),
    }


def test_a_day_set_off_by_commas_and_taking_in_new_members_is_the_invitation(run) -> None:
    text = "NATO decided, on Thursday, to take in two new members, Albania and Croatia."
    assert _consensus(run, text, "2008-04-04") == {
        ("NATO:invite:ALB", "reached"),
        ("NATO:invite:HRV", "reached"),
    }


def test_new_members_named_after_the_word_without_a_publication_date(run) -> None:
    text = "The allies decided to bring in three new members, Albania and Croatia among them."
    assert _consensus(run, text, None) == {
        ("NATO:invite:ALB", "reached"),
        ("NATO:invite:HRV", "reached"),
    }


def test_a_summit_picking_candidates_to_begin_talks(run) -> None:
    text = "The summit picked Estonia and Slovenia to begin membership negotiations next spring."
    assert _consensus(run, text, "1997-12-14") == {
        ("EU:open_talks:EST", "reached"),
        ("EU:open_talks:SVN", "reached"),
    }


def test_a_decision_to_admit_with_its_ratification_stays_admission(run) -> None:
    text = "The allies decided to admit Albania and Croatia once every parliament has ratified."
    assert ("NATO:invite:ALB", "reached") not in _consensus(run, text, "2008-07-09")


# --- NATO membership before the invitation


def test_membership_blocked_before_any_invitation_is_the_invitation(run) -> None:
    text = "President Clinton blocked Romania's bid for membership in NATO earlier this week."
    assert _consensus(run, text, "1997-07-12") == {("NATO:invite:ROU", "not_reached")}


def test_admission_held_up_after_the_invitation_stays_admission(run) -> None:
    text = "Sweden's membership of NATO is being held up by Turkey, diplomats said."
    assert _consensus(run, text, "2023-01-10") == {("NATO:admit:SWE", "not_reached")}


def test_a_later_admission_read_by_its_keyword(run) -> None:
    text = "The secretary general named Slovenia as likely to be admitted later."
    assert _consensus(run, text, "1997-07-09") == {("NATO:invite:SVN", "not_reached")}


# --- talks on hold


def test_talks_put_on_hold_by_brussels(run) -> None:
    text = "After the vote in Tbilisi, Brussels has put accession talks with Georgia on hold."
    assert _consensus(run, text, "2024-12-01") == {("EU:open_talks:GEO", "not_reached")}


# --- no decision on a registered step


def test_granting_the_status_of_candidate_country_is_no_admission(run) -> None:
    text = (
        "EU leaders have decided to grant the status of membership candidate country to "
        "Moldova, the Council said."
    )
    assert not _consensus(run, text, "2022-06-24")


def test_a_unanimous_vote_of_a_members_chamber_is_no_collective_decision(run) -> None:
    text = (
        "The unanimous vote came after the lower house approved the admission of Bulgaria "
        "and Romania to the European Union."
    )
    assert not _consensus(run, text, "2006-11-24")


def test_a_month_later_in_the_year_told_in_the_past_is_the_year_before(run) -> None:
    text = "NATO invited Estonia, Latvia and Lithuania to join at a November summit in Prague."
    assert not _consensus(run, text, "2003-03-26")
    assert ("NATO:invite:EST", "reached") in _consensus(run, text, "2002-11-22")


# --- the institution's earlier names


def test_the_european_community_opening_talks_is_the_eu(run) -> None:
    text = (
        "The European Community on Monday formally launched negotiations aimed at admitting "
        "Austria and Sweden to the Community, but Stockholm will join no military alliance."
    )
    assert _consensus(run, text, "1993-02-01") == {
        ("EU:open_talks:AUT", "reached"),
        ("EU:open_talks:SWE", "reached"),
    }


# --- a defence is no opposition


def test_protecting_europe_against_attack_is_no_stance(run) -> None:
    text = (
        "NATO invited Albania this week. Russia was offered a role in a shield able to protect "
        "the whole of Europe against attacks."
    )
    assert not {s for s in _stances(run, text, "2008-04-04") if s[0] == "RUS"}


# --- the story's own year


def test_a_year_counted_back_from_dates_the_story() -> None:
    from accession.nlp.api import infer_published

    text = (
        "Five years ago, in 2003, Albania signed a charter with its neighbours. Its army is "
        "to become fully professional by 2010."
    )
    assert infer_published(text) == dt.date(2008, 1, 1)
    assert infer_published(
        "Albania applied in 2009 and hopes to join by 2014 at the latest"
    ) == dt.date(2014, 1, 1)


# --- members' views on talks, told in the passive


def test_talks_that_cannot_be_opened_is_opposition(run) -> None:
    text = (
        "Membership talks were due to open with Croatia. Britain and Germany said that, under "
        "the present circumstances, negotiations cannot be opened."
    )
    assert {s for s in _stances(run, text, "2005-03-11") if s[0] in ("GBR", "DEU")} == {
        ("GBR", "EU:open_talks:HRV", "oppose"),
        ("DEU", "EU:open_talks:HRV", "oppose"),
    }


def test_talks_that_should_be_opened_is_support_and_no_decision(run) -> None:
    text = "Slovakia and Hungary argued that accession talks with Croatia should be opened soon."
    assert _stances(run, text, "2005-03-11") == {
        ("SVK", "EU:open_talks:HRV", "support"),
        ("HUN", "EU:open_talks:HRV", "support"),
    }
    assert not _consensus(run, text, "2005-03-11")


def test_a_decision_that_talks_should_be_opened_is_reached(run) -> None:
    text = 'EU leaders decided that "accession negotiations should be opened" with Iceland.'
    assert _consensus(run, text, "2010-06-17") == {("EU:open_talks:ISL", "reached")}


def test_unable_to_agree_that_talks_should_open_is_not_reached(run) -> None:
    text = "EU ambassadors were unable to agree that membership talks should open with Croatia."
    assert _consensus(run, text, "2005-03-11") == {("EU:open_talks:HRV", "not_reached")}


def test_a_postponement_sought_is_opposition(run) -> None:
    text = "Germany and Denmark sought a postponement of accession talks with Albania."
    assert _stances(run, text, "2018-06-27") == {
        ("DEU", "EU:open_talks:ALB", "oppose"),
        ("DNK", "EU:open_talks:ALB", "oppose"),
    }


def test_the_objections_of_members_name_them(run) -> None:
    text = "Accession talks with Albania face the strong objections of France and Denmark."
    assert _stances(run, text, "2018-06-27") == {
        ("FRA", "EU:open_talks:ALB", "oppose"),
        ("DNK", "EU:open_talks:ALB", "oppose"),
    }


def test_an_objection_from_a_member_is_not_read_as_its_opposition(run) -> None:
    text = (
        "EU leaders made Serbia a candidate on Thursday, two days after a last-minute objection "
        "from Romania over a minority."
    )
    assert ("ROU", "EU:admit:SRB", "oppose") not in _stances(run, text, "2012-03-02")


def test_the_other_side_of_talks_is_their_candidate_without_a_date(run) -> None:
    text = (
        "Ambassadors were unable to reach agreement that membership talks should open with Croatia."
    )
    assert _consensus(run, text, None) == {("EU:open_talks:HRV", "not_reached")}


# --- the parties out of government; a veto lifted


def test_the_opposition_in_a_country_is_no_stance(run) -> None:
    text = (
        "Polish Foreign Minister Radoslaw Sikorski confirmed that Hungary is blocking Ukraine's "
        "accession talks and called on the opposition in Poland to influence Budapest."
    )
    assert _stances(run, text, "2024-06-01") == {("HUN", "EU:open_talks:UKR", "oppose")}


def test_a_last_minute_veto_lifted_is_support(run) -> None:
    text = (
        "The EU was set to open membership talks with Turkey after Cyprus lifted a last minute "
        "veto on the negotiations."
    )
    assert _stances(run, text, "2005-10-03") == {("CYP", "EU:open_talks:TUR", "support")}


# --- names


def _people(run, text: str) -> set[str]:
    return {a["canonical"] for a in run(text, "1999-01-01")["actors"] if a["type"] == "person"}


def test_the_last_letter_of_an_abbreviation_is_no_initial(run) -> None:
    assert not _people(run, "Georgia wants to join NATO. He said the law was a setback.")


def test_offices_in_the_plural_are_no_part_of_the_names(run) -> None:
    text = "Foreign Ministers Toomas Ilves of Estonia and Valdis Birkavs of Latvia signed."
    assert _people(run, text) == {"Toomas Ilves", "Valdis Birkavs"}


def test_a_doctors_title_is_no_part_of_the_name(run) -> None:
    assert _people(run, "Dr Zhelev said the application was a national choice.") == {"Zhelev"}


def test_a_capital_after_o_apostrophe_stays_in_the_name(run) -> None:
    text = "Treasury Secretary Paul H. O'Neill said the alliance would grow."
    assert _people(run, text) == {"Paul H. O'Neill"}


# --- a candidate's talks; a law on something else; no unanimous decision


def test_a_candidates_talks_vetoed_by_a_member(run) -> None:
    text = (
        "EU ministers failed to open accession talks with Albania and North Macedonia. Bulgaria "
        "has vetoed North Macedonia's talks over a dispute on language."
    )
    assert ("BGR", "EU:open_talks:MKD", "oppose") in _stances(run, text, "2020-12-10")


def test_a_candidates_talks_under_way_stay_admission(run) -> None:
    text = "France has held up Serbia's talks for a year over the rule of law."
    assert _stances(run, text, "2019-06-01") == {("FRA", "EU:admit:SRB", "oppose")}


def test_a_law_adopted_on_something_else_is_no_ratification(run) -> None:
    text = (
        "EU leaders said Georgia's accession process has been halted because of the adopted "
        "law on foreign agents."
    )
    assert not _stances(run, text, "2024-06-28")


def test_no_unanimous_decision_is_not_reached(run) -> None:
    text = "No unanimous decision was taken on accession talks with Albania and North Macedonia."
    assert _consensus(run, text, "2020-12-10") == {
        ("EU:open_talks:ALB", "not_reached"),
        ("EU:open_talks:MKD", "not_reached"),
    }


# --- quote marks


def _quotes(run, text: str) -> set[tuple[str | None, str]]:
    return {
        (q["speaker_canonical"], " ".join(q["text"].split()[:4]))
        for q in run(text, "1993-02-01")["quotes"]
    }


def test_doubled_straight_single_marks_open_a_quote(run) -> None:
    text = "Ulf Dinkelspiel said: ''Our policy of staying outside military alliances stands.''"
    assert _quotes(run, text) == {("Ulf Dinkelspiel", "Our policy of staying")}


def test_a_german_closing_mark_before_a_comma_closes(run) -> None:
    text = (
        "Jens Stoltenberg spoke in Vilnius.\n\n„This is a strong offer to Ukraine and a clear "
        "path to membership“, he said."
    )
    assert _quotes(run, text) == {("Jens Stoltenberg", "This is a strong")}


def test_a_quote_opened_paragraphs_before_closes_at_its_mark(run) -> None:
    text = (
        "The allies offered a package.\n\n„First, a programme of aid for the armed forces.\n\nWe "
        "also confirmed that the country will become a member“, said the NATO Secretary "
        "General Jens Stoltenberg.\n\n„This is a strong offer“, he said."
    )
    assert {
        ("Jens Stoltenberg", "We also confirmed that"),
        ("Jens Stoltenberg", "This is a strong"),
    } <= (_quotes(run, text))


# --- positions on membership in a story about the invitation


def test_membership_fought_for_at_an_invitation_summit_is_the_invitation(run) -> None:
    text = (
        "NATO leaders meeting in Madrid invited Poland, Hungary and the Czech Republic to join "
        "the alliance on Tuesday. France fought hard for the admission of Romania and Slovenia."
    )
    got = _stances(run, text, "1997-07-09")
    assert {("FRA", "NATO:invite:ROU", "support"), ("FRA", "NATO:invite:SVN", "support")} <= got
    assert not {s for s in got if s[1].startswith("NATO:admit:")}


def test_a_ratification_in_an_invitation_story_stays_admission(run) -> None:
    text = (
        "NATO leaders will decide on Thursday whether to invite Albania, Croatia and Macedonia. "
        "Greece's parliament would ratify Macedonia's accession protocol only after a deal on "
        "the name, Athens said."
    )
    assert _stances(run, text, "2008-04-01") == {("GRC", "NATO:admit:MKD", "conditional")}


# --- members' positions told in other words


def test_not_yet_ratified_by_members_is_no_opposition(run) -> None:
    text = (
        "The accessions of Finland and Sweden have not yet been ratified by Spain, Portugal "
        "and Hungary."
    )
    assert not _stances(run, text, "2022-09-09")


def test_against_opening_the_negotiations_names_the_step(run) -> None:
    text = (
        "Thirteen members asked to open accession talks with Albania and North Macedonia. France "
        "and the Netherlands are particularly against opening the negotiations."
    )
    got = _stances(run, text, "2019-06-19")
    assert {("FRA", "EU:open_talks:ALB", "oppose"), ("NLD", "EU:open_talks:MKD", "oppose")} <= got


def test_a_joint_request_for_opening_talks_is_support(run) -> None:
    text = (
        "Croatia, Estonia and Malta have forwarded a joint request for opening accession "
        "negotiations with Albania."
    )
    assert _stances(run, text, "2019-06-19") == {
        ("HRV", "EU:open_talks:ALB", "support"),
        ("EST", "EU:open_talks:ALB", "support"),
        ("MLT", "EU:open_talks:ALB", "support"),
    }


def test_backing_but_the_neighbour_must_meet_requirements_is_conditional(run) -> None:
    text = (
        "Greece and Cyprus said they backed Turkey's bid to join the European Union, but that "
        "the neighbour with which they have quarrelled for years must meet EU entry requirements."
    )
    assert {("GRC", "EU:admit:TUR", "conditional"), ("CYP", "EU:admit:TUR", "conditional")} <= (
        _stances(run, text, "2009-04-23")
    )


def test_not_allowing_to_join_unless_is_conditional_whatever_infinitive_follows(run) -> None:
    text = (
        "Poland will not allow Ukraine to join the EU unless rules are put in place to restrict "
        "imports of its grain."
    )
    assert _stances(run, text, "2023-09-14") == {("POL", "EU:admit:UKR", "conditional")}


# --- invitations told of the candidates


def test_among_the_countries_invited_to_join_is_reached(run) -> None:
    text = "At the Prague summit Lithuania and Romania were among seven countries invited to join."
    assert _consensus(run, text, "2002-11-24") == {
        ("NATO:invite:LTU", "reached"),
        ("NATO:invite:ROU", "reached"),
    }


def test_a_candidate_not_invited_to_join_is_not_reached(run) -> None:
    text = (
        "Bush said he regretted that Macedonia, in a dispute with Greece, was not invited to join."
    )
    assert _consensus(run, text, "2008-04-05") == {("NATO:invite:MKD", "not_reached")}
    assert _consensus(run, "Croatia was invited to join NATO.", "2008-04-05") == {
        ("NATO:invite:HRV", "reached")
    }


def test_the_balts_are_the_three_baltic_states(run) -> None:
    got = _stances(run, "Poland firmly backs the Balts' bid to join NATO.", "2001-10-20")
    assert {
        ("POL", "NATO:admit:EST", "support"),
        ("POL", "NATO:admit:LVA", "support"),
        ("POL", "NATO:admit:LTU", "support"),
    } <= got


def test_ministers_from_listed_states_hold_the_stance(run) -> None:
    text = (
        "Foreign ministers from Denmark, Norway and Iceland expressed their firm support for the "
        "Baltic states' bid to join NATO."
    )
    got = {s for s in _stances(run, text, "2001-10-20") if s[1] == "NATO:admit:EST"}
    assert {s[0] for s in got} >= {"DNK", "NOR", "ISL"}
    letter = "A letter from Kyiv backed the Baltic states' bid to join NATO."
    assert "UKR" not in {s[0] for s in _stances(run, letter, "2001-10-20")}


def test_agreement_reached_at_a_summit_to_invite(run) -> None:
    text = (
        "Leaders of 30 NATO countries reached agreement at today's summit in Madrid to invite "
        "Sweden and Finland to join."
    )
    assert _consensus(run, text, "2022-06-29") == {
        ("NATO:invite:SWE", "reached"),
        ("NATO:invite:FIN", "reached"),
    }


def test_bringing_a_candidate_into_the_union_is_admission(run) -> None:
    text = (
        "Hungarian Prime Minister Gyula Horn said he hopes EU leaders will bring Hungary into "
        "the Union."
    )
    assert _stances(run, text, "1997-07-16") == {("HUN", "EU:admit:HUN", "support")}
