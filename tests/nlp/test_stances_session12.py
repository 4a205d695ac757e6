"""Stance rules of the twelfth session (own sentences): backing for something short of
membership, support on a demand after "but", a delay preferred, candidates told to wait, a
candidate suspending its own talks, a position "originally" held, the ratification of another
agreement, "the military bloc", history and asides that name Russia, and polls that "say"."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_backing_an_alternative_to_membership_is_opposition(run) -> None:
    text = (
        "Vienna argued that Turkey should be offered a privileged partnership rather than "
        "full EU membership."
    )
    assert _stances(run, text, "2005-09-29") == {("AUT", "EU:admit:TUR", "oppose")}


def test_backing_membership_itself_is_still_support(run) -> None:
    text = "Vienna argued that Turkey should be offered full EU membership once it is ready."
    assert ("AUT", "EU:admit:TUR", "oppose") not in _stances(run, text, "2005-09-29")


def test_support_with_a_demand_on_the_candidate_after_but_is_conditional(run) -> None:
    text = (
        "Athens said it backed Turkey joining the EU, but that Ankara would first have to meet "
        "every one of the bloc's demands."
    )
    assert _stances(run, text, "2005-09-29") == {("GRC", "EU:admit:TUR", "conditional")}


def test_a_demand_on_someone_else_after_but_leaves_the_support(run) -> None:
    text = "Athens said it backed Turkey joining the EU, but the talks must be hard and long."
    assert _stances(run, text, "2005-09-29") == {("GRC", "EU:admit:TUR", "support")}


def test_preferring_a_later_date_is_no_support(run) -> None:
    text = "Berlin favoured a later date for the opening of accession talks with Serbia."
    assert not any(st == "support" for _, _, st in _stances(run, text, "2013-06-28"))


def test_candidates_told_to_wait_hold_nothing(run) -> None:
    text = (
        "Paris argues that Tirana and Skopje should wait until the EU reforms its accession "
        "process."
    )
    got = _stances(run, text, "2019-10-18")
    assert not {iso for iso, _, _ in got} & {"ALB", "MKD"}


def test_a_candidate_that_waited_for_its_talks_still_wants_them(run) -> None:
    text = "Albania has waited for years to open accession talks with the EU."
    assert ("ALB", "EU:open_talks:ALB", "support") in _stances(run, text, "2019-10-18")


def test_a_candidate_suspending_its_own_talks_opposes_them(run) -> None:
    text = "Georgia's government said on Thursday it would suspend EU accession talks until 2028."
    assert _stances(run, text, "2024-11-28") == {("GEO", "EU:open_talks:GEO", "oppose")}


def test_a_position_originally_held_is_overtaken(run) -> None:
    text = "Ankara originally said it would not back Sweden's bid to join NATO."
    assert not any(iso == "TUR" for iso, _, _ in _stances(run, text, "2022-06-29"))


def test_ratifying_a_bilateral_agreement_is_no_accession_step(run) -> None:
    text = "Macedonia's parliament ratified in a second vote the agreement with Greece on the name."
    assert _stances(run, text, "2018-07-12") == set()


def test_ratifying_the_agreement_on_accession_still_counts(run) -> None:
    text = "Hungary's parliament ratified the agreement on Sweden's accession to NATO."
    assert ("HUN", "NATO:admit:SWE", "support") in _stances(run, text, "2024-02-26")


def test_the_military_bloc_is_the_alliance(run) -> None:
    text = (
        "Ankara's approval leaves Finland a few steps from becoming the 31st member of the "
        "military bloc."
    )
    got = _stances(run, text, "2023-03-31")
    assert ("TUR", "NATO:admit:FIN", "support") in got
    assert not any(q.startswith("EU:") for _, q, _ in got)


def test_a_world_war_in_history_is_no_threat(run) -> None:
    text = (
        "The summit showed resolve to stand up to Russia after the worst war in Europe since "
        "World War II, as Finland applied to join NATO."
    )
    assert not any(iso == "RUS" for iso, _, _ in _stances(run, text, "2022-06-29"))


def test_a_world_war_threatened_is_still_hostility(run) -> None:
    text = "Moscow warned that admitting Finland to NATO could lead to World War Three."
    assert ("RUS", "NATO:admit:FIN", "oppose") in _stances(run, text, "2022-05-20")


def test_russia_in_a_relative_aside_holds_no_criticism(run) -> None:
    text = (
        "Orban, who has built close ties with Russia, said the criticism had made his "
        "lawmakers reluctant to ratify Sweden's NATO bid."
    )
    assert not any(iso == "RUS" for iso, _, _ in _stances(run, text, "2023-03-31"))


def test_russia_after_a_warning_is_not_the_one_warning(run) -> None:
    text = (
        "Georgia said on Thursday it would suspend EU accession talks until 2028. President "
        'Salome Zourabichvili condemned the move. "Today a path that began in Europe ends in '
        'Russia," she said, warning that Georgia would lose its independence to Russia.'
    )
    assert not any(iso == "RUS" for iso, _, _ in _stances(run, text, "2024-11-28"))


def test_russia_named_as_the_agent_of_criticism_holds_it(run) -> None:
    text = "Georgia's bid to join the EU was criticised by Russia."
    assert ("RUS", "EU:admit:GEO", "oppose") in _stances(run, text, "2024-03-01")


def test_what_polls_say_a_country_would_do_is_the_publics(run) -> None:
    text = "Most opinion polls say Slovenia would narrowly endorse Croatia's NATO membership."
    assert _stances(run, text, "2009-02-20") == set()


def test_open_as_an_adjective_is_no_step(run) -> None:
    text = (
        "The minister said Sofia could not back the start of accession talks between the EU "
        "and Skopje due to open disputes over history, but stayed open for dialogue."
    )
    assert not any(iso == "MKD" for iso, _, _ in _stances(run, text, "2020-11-17"))


def test_fighting_for_admission_is_support(run) -> None:
    text = "Paris fought hard for the admission of Romania and Slovenia at the summit."
    got = _stances(run, text, "1997-07-09")
    assert {("FRA", "NATO:admit:ROU", "support"), ("FRA", "NATO:admit:SVN", "support")} <= got


def test_pressure_bowed_to_has_no_named_aim(run) -> None:
    text = (
        "Paris fought hard for the admission of Romania and Slovenia, but bowed to American "
        "pressure."
    )
    assert not any(iso == "USA" for iso, _, _ in _stances(run, text, "1997-07-09"))


def test_chapters_of_talks_under_way_are_about_admission(run) -> None:
    text = "Croatia blocked the opening of Chapter 23 in Serbia's accession talks."
    assert _stances(run, text, "2016-07-01") == {("HRV", "EU:admit:SRB", "oppose")}


def test_chapters_before_the_talks_formally_open_are_the_opening(run) -> None:
    text = "Hungary blocked the formal start of negotiating chapters with Ukraine."
    assert _stances(run, text, "2024-06-10") == {("HUN", "EU:open_talks:UKR", "oppose")}


def test_the_chapter_referred_back_to_is_about_admission_too(run) -> None:
    text = (
        "Croatia is blocking Serbia from opening Chapter 23 of its EU accession talks. "
        "Decisions on chapters must be unanimous. Croatia then joined Britain in blocking "
        "the opening of the chapter."
    )
    got = {(c["question"], c["status"]) for c in run(text, "2016-07-01")["consensus"]}
    assert got == {("EU:admit:SRB", "not_reached")}


def test_a_change_conceded_after_despite_is_not_the_news(run) -> None:
    text = (
        "Croatia is blocking Serbia from opening Chapter 23 of its EU accession talks, despite "
        "agreeing a month earlier to end its veto."
    )
    assert _stances(run, text, "2016-07-01") == {("HRV", "EU:admit:SRB", "oppose")}


def test_no_mandate_to_vote_is_undecided(run) -> None:
    text = (
        "British diplomats said they did not have a mandate to vote for opening the chapter "
        "with Serbia."
    )
    assert ("GBR", "EU:admit:SRB", "undecided") in _stances(run, text, "2016-07-01")


def test_a_demonym_naming_a_deed_holds_nothing(run) -> None:
    text = (
        "The presidents condemned the Russian military aggression against Ukraine and "
        "supported Ukraine's aspirations to join NATO."
    )
    assert not any(iso == "RUS" for iso, _, _ in _stances(run, text, "2022-10-02"))


def test_the_two_bids_are_not_an_outsider_and_its_victim(run) -> None:
    text = (
        "Erdogan warned Sweden over its NATO bid. Turkey and Hungary have not ratified the "
        "Nordic decision to join, taken after Russia's invasion of Ukraine. Hungary's prime "
        "minister has promised that parliament would approve the two bids next month."
    )
    got = _stances(run, text, "2023-01-24")
    assert not any(q.endswith((":RUS", ":UKR")) for _, q, _ in got)


def test_a_change_taken_back_after_but_is_no_support(run) -> None:
    text = (
        "Croatia lifted its veto on Serbia's accession talks in May but now appears to have "
        "restated its opposition."
    )
    assert ("HRV", "EU:admit:SRB", "support") not in _stances(run, text, "2016-07-01")


def test_allowing_something_else_is_no_support(run) -> None:
    text = (
        '"We will go ahead in October to allow Turkey and its parliament to recognize Cyprus," '
        "Italian Prime Minister Silvio Berlusconi said of the start of EU accession talks."
    )
    assert not any(iso == "ITA" for iso, _, _ in _stances(run, text, "2004-12-16"))


def test_allowing_the_step_is_support(run) -> None:
    assert ("FRA", "EU:admit:TUR", "support") in _stances(
        run, "France would allow Turkey to join the EU.", "2004-12-16"
    )


def test_agreeing_to_a_freeze_is_no_backing(run) -> None:
    text = (
        "Greece and Cyprus agreed to a deal on Monday which will lead to Turkey's membership "
        "talks being partially frozen."
    )
    assert not any(st == "support" for _, _, st in _stances(run, text, "2006-12-12"))


def test_expectations_of_something_else_are_no_position(run) -> None:
    text = (
        "Berlusconi told reporters of EU expectations that Ankara recognize Cyprus before "
        "starting accession talks."
    )
    assert not any(iso == "ITA" for iso, _, _ in _stances(run, text, "2004-12-16"))


def test_hopes_declared_over_are_the_declarers_opposition(run) -> None:
    text = (
        "The U.S. president told Ukraine on Wednesday that its hopes of joining NATO were "
        "effectively over."
    )
    got = _stances(run, text, "2025-02-28")
    assert ("USA", "NATO:admit:UKR", "oppose") in got
    assert ("USA", "NATO:admit:UKR", "support") not in got


def test_a_possessed_hope_is_not_the_subjects(run) -> None:
    text = "The U.S. president spoke about its hopes of joining NATO on Wednesday."
    assert not any(iso == "USA" for iso, _, _ in _stances(run, text, "2025-02-28"))


def test_support_never_unconditional_is_conditional(run) -> None:
    text = (
        "Borissov said that Sofia's support for North Macedonia's membership of the EU has "
        "never been unconditional."
    )
    assert _stances(run, text, "2019-09-30") == {("BGR", "EU:admit:MKD", "conditional")}


def test_including_states_in_the_alliance_is_admission(run) -> None:
    text = "Moscow strongly opposes including Georgia and Ukraine in the Western alliance."
    got = _stances(run, text, "2008-03-01")
    assert {("RUS", "NATO:admit:GEO", "oppose"), ("RUS", "NATO:admit:UKR", "oppose")} <= got


def test_the_source_after_an_opposition_from_is_not_a_holder(run) -> None:
    text = (
        "Stoltenberg assured Tbilisi that Georgia will join NATO despite opposition from "
        "Moscow, the France press reported."
    )
    got = _stances(run, text, "2019-03-25")
    assert ("RUS", "NATO:admit:GEO", "oppose") in got
    assert not any(iso == "FRA" for iso, _, _ in got)


def test_opposition_from_past_a_closing_mark(run) -> None:
    text = (
        "Sources spoke of \u201cstrong opposition\u201d from Berlin and Washington to an "
        "invitation to Ukraine to join NATO."
    )
    got = _stances(run, text, "2024-07-09")
    assert {("DEU", "NATO:invite:UKR", "oppose"), ("USA", "NATO:invite:UKR", "oppose")} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contraction is a negation like its long form
        ("Hungary doesn't oppose Sweden's bid to join NATO.", set()),
        ("Turkey won't block Sweden's NATO membership.", {("TUR", "NATO:admit:SWE", "support")}),
        ("Turkey will not block Sweden's NATO membership.", {("TUR", "NATO:admit:SWE", "support")}),
        ("Turkey cannot block Sweden's NATO membership.", set()),
    ],
)
def test_contracted_negations(run, text, expected) -> None:
    got = {s for s in _stances(run, text, "2023-06-01") if s[0] != "SWE"}
    assert got == expected


def test_wont_block_but_a_demand_is_conditional(run) -> None:
    text = (
        "William Hague said: \"We won't block opening negotiations with Iceland, but we will "
        'want it clear that Iceland meets its obligations."'
    )
    assert ("GBR", "EU:open_talks:ISL", "conditional") in _stances(run, text, "2010-06-17")


def test_a_contracted_step_not_yet_taken_is_no_refusal(run) -> None:
    text = "Hungary hasn't ratified Sweden's accession yet."
    assert not any(iso == "HUN" for iso, _, _ in _stances(run, text, "2023-06-01"))


def test_a_contracted_indecision(run) -> None:
    text = "Germany hasn't decided whether to back Ukraine's invitation to NATO."
    assert ("DEU", "NATO:invite:UKR", "undecided") in _stances(run, text, "2024-07-01")
