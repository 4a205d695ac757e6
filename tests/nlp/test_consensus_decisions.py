"""The members' decision told with the institution as its subject (own sentences): "NATO
invited", "EU countries approved the start of talks", "gave Bosnia the green light"; and a
decision told as background ("back in the summer") is no news of consensus."""

from __future__ import annotations

import pytest


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "NATO invited Montenegro on Wednesday to become its 29th member.",
            "2015-12-02",
            {("NATO:invite:MNE", "reached")},
        ),
        (
            "NATO foreign ministers approved on Wednesday the activation of Bosnia's "
            "Membership Action Plan.",
            "2018-12-05",
            {("NATO:map:BIH", "reached")},
        ),
        (
            "NATO gave Bosnia the green light on Wednesday to activate its Membership Action Plan.",
            "2018-12-05",
            {("NATO:map:BIH", "reached")},
        ),
        (
            "EU countries approved on Friday the start of accession talks with Ukraine and "
            "Moldova.",
            "2024-06-21",
            {("EU:open_talks:UKR", "reached"), ("EU:open_talks:MDA", "reached")},
        ),
    ],
    ids=["nato-invited", "approved-activation", "green-light-with-object", "approved-start"],
)
def test_an_institution_deciding_is_consensus_reached(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


def test_a_decision_told_as_background_is_not_news(run) -> None:
    text = (
        "All 30 NATO members formally invited Sweden and Finland to join back in the summer, "
        "but two allies have yet to ratify the protocols."
    )
    assert ("NATO:invite:SWE", "reached") not in _consensus(run, text, "2022-11-24")


def test_an_institution_that_has_not_invited_has_not_decided(run) -> None:
    text = "NATO has not invited Georgia, and no date was set for a decision."
    assert ("NATO:invite:GEO", "reached") not in _consensus(run, text, "2008-12-03")


def test_the_seven_without_a_noun_is_the_list_of_seven(run) -> None:
    text = (
        "Leaders of Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia signed "
        "the protocols on Wednesday. NATO invited the seven to join at a summit in Prague."
    )
    got = _consensus(run, text, "2003-03-27")
    assert {q for q, status in got if status == "reached"} == {
        f"NATO:invite:{iso}" for iso in ("BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No membership invitations have been extended to Ukraine and Georgia.",
            {("NATO:invite:UKR", "not_reached"), ("NATO:invite:GEO", "not_reached")},
        ),
        ("An invitation was extended to Albania at the summit.", {("NATO:invite:ALB", "reached")}),
    ],
    ids=["none-extended", "passive-extended"],
)
def test_invitations_told_in_the_passive(run, text: str, expected) -> None:
    assert _consensus(run, text, "2008-04-03") == expected


def test_an_eu_invitation_is_to_open_talks(run) -> None:
    # FORMAT.md registers no EU "invite": the EU invites a candidate to open negotiations
    out = run("EU leaders decided not to invite Albania into the bloc.", "2019-10-18")
    assert {(c["question"], c["status"]) for c in out["consensus"]} == {
        ("EU:open_talks:ALB", "not_reached")
    }
    out = run("France opposed inviting North Macedonia to the EU.", "2019-10-18")
    assert {s["question"] for s in out["stances"]} == {"EU:open_talks:MKD"}
    # the mapping itself, as the stages' last step applies it: an EU invite becomes the
    # talks (merged with an item already there), an EU MAP is dropped
    from accession.nlp.frames import registered

    items = [
        {"actor_iso3": "LTU", "question": "EU:invite:ALB"},
        {"actor_iso3": "LTU", "question": "EU:open_talks:ALB"},
        {"actor_iso3": "LTU", "question": "EU:map:ALB"},
        {"actor_iso3": "LTU", "question": "NATO:invite:ALB"},
    ]
    assert [it["question"] for it in registered(items)] == ["EU:open_talks:ALB", "NATO:invite:ALB"]


def test_the_seven_named_with_a_place_is_still_the_list(run) -> None:
    text = (
        "Foreign ministers from Romania, Bulgaria, Slovakia, Lithuania, Slovenia, Estonia and "
        "Latvia approved the protocols. NATO invited the seven to join at a summit in Prague, "
        "capital of the Czech Republic."
    )
    got = _consensus(run, text, "2003-03-27")
    assert {q for q, status in got if status == "reached"} == {
        f"NATO:invite:{iso}" for iso in ("BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN")
    }


def test_the_only_holdout_is_no_consensus_and_last_december_is_background(run) -> None:
    text = (
        "All 25 EU countries have to agree to start negotiations with Turkey, and Austria is "
        "the only holdout, even though all members agreed last December that the talks "
        "should begin on Monday."
    )
    assert _consensus(run, text, "2005-10-03") == {("EU:open_talks:TUR", "not_reached")}


def test_a_former_holdout_that_ratified_is_no_hold_up(run) -> None:
    text = "Turkey, the other holdout, ratified Sweden's membership in January."
    assert ("NATO:admit:SWE", "not_reached") not in _consensus(run, text, "2024-02-26")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Finland and Sweden decided to join NATO last May. Their bids were accepted at the "
            "alliance's June summit.",
            "2023-03-31",
            {("NATO:invite:FIN", "reached"), ("NATO:invite:SWE", "reached")},
        ),
        (
            "EU countries have formally approved launching accession talks with Ukraine.",
            "2024-06-21",
            {("EU:open_talks:UKR", "reached")},
        ),
        (
            "NATO ministers called on Bosnia to submit its first annual programme, after "
            "agreeing to start implementing its Membership Action Plan.",
            "2018-12-05",
            {("NATO:map:BIH", "reached")},
        ),
        (
            "The bids still had to be ratified by all members, a process that was delayed by "
            "Turkey and Hungary.",
            "2023-03-31",
            set(),  # no candidate named and no frame before: nothing to hang it on
        ),
    ],
    ids=["bids-accepted", "approved-launching", "after-agreeing", "delayed-no-candidate"],
)
def test_more_phrasings_of_the_members_decision(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


def test_stalled_by_a_dispute_is_no_member_holding_up(run) -> None:
    text = "Croatia, whose own talks are stalled by a border dispute with Slovenia, hoped to join."
    assert not {q for q, status in _consensus(run, text, "2009-07-23") if status == "not_reached"}


def test_the_last_nato_member_to_ratify_ends_the_question(run) -> None:
    text = "Hungary became the last NATO member to ratify Sweden's accession on Monday."
    assert _consensus(run, text, "2024-02-26") == {("NATO:admit:SWE", "reached")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Accession negotiations with Serbia and Montenegro have formally begun at a "
            "conference in Brussels.",
            "2014-01-21",
            {("EU:open_talks:SRB", "reached"), ("EU:open_talks:MNE", "reached")},
        ),
        (
            "Iceland's formal membership talks with the European Union kicked off on Monday.",
            "2010-07-27",
            {("EU:open_talks:ISL", "reached")},
        ),
        (
            "The EU kicked off accession negotiations with North Macedonia on Tuesday.",
            "2022-07-19",
            {("EU:open_talks:MKD", "reached")},
        ),
        (
            "Yesterday the European Council decided to open accession negotiations with Bosnia "
            "and Herzegovina.",
            "2024-03-21",
            {("EU:open_talks:BIH", "reached")},
        ),
        (
            "In June the Council decided the opening of talks with Serbia.",
            "2013-06-28",
            {("EU:open_talks:SRB", "reached")},
        ),
        (
            "Skopje on Tuesday received the go-ahead for the opening of accession negotiations.",
            "2022-07-19",
            {("EU:open_talks:MKD", "reached")},
        ),
    ],
    ids=[
        "talks-begun",
        "talks-kicked-off",
        "kicked-off-talks",
        "council-decided-to-open",
        "council-decided-the-opening",
        "green-light-for-the-start",
    ],
)
def test_talks_opened_or_decided_are_consensus_reached(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # peace talks are not accession talks
        ("Peace talks with Russia began on Tuesday in Istanbul.", "2022-03-29"),
        # the Council asking an agency for a report is not an invitation to a candidate
        (
            "The Council invited an EU agency to draft a report on crime in Serbia.",
            "2013-06-28",
        ),
        # hoping for the green light is not having it
        (
            "Albania hopes it will get the green light for the start of negotiations next year.",
            "2019-05-29",
        ),
        # history: talks that began years before the story
        ("Accession talks with Turkey began in 2005 but have stalled.", "2019-05-29"),
    ],
    ids=["peace-talks", "council-invited-agency", "hoped-for-green-light", "talks-in-2005"],
)
def test_no_opening_of_talks_is_told(run, text, published) -> None:
    assert not {q for q, status in _consensus(run, text, published) if status == "reached"}


@pytest.mark.parametrize(
    ("text", "published", "question"),
    [
        (
            # (Georgia, never invited and with no formal application: the step held up is
            # the invitation)
            "Georgia's bid has now become stuck, with two allies objecting.",
            "2009-04-04",
            "NATO:invite:GEO",
        ),
        (
            "Bulgaria and Greece are the only countries still holding out against "
            "Montenegro's accession.",
            "2017-03-01",
            "NATO:admit:MNE",
        ),
        (
            "Kyiv attacked the decision by the allies not to commit to an invitation for Ukraine.",
            "2023-07-12",
            "NATO:invite:UKR",
        ),
        (
            "The text says Georgia will be issued an invitation later, once the allies agree "
            "that the conditions are met.",
            "2023-07-12",
            "NATO:invite:GEO",
        ),
    ],
    ids=[
        "bid-stuck",
        "only-countries-holding-out",
        "decision-not-to-commit",
        "invitation-once-conditions",
    ],
)
def test_a_stuck_or_vetoed_step_is_not_reached(run, text, published, question) -> None:
    assert (question, "not_reached") in _consensus(run, text, published)


def test_a_veto_threat_since_dropped_is_not_the_news(run) -> None:
    text = (
        "Austria had vowed to block the opening of talks with Croatia, but the ministers "
        "agreed on Monday to open them."
    )
    assert _consensus(run, text, "2005-10-04") == {("EU:open_talks:HRV", "reached")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The leaders decided on Monday to also open accession talks with Albania and "
            "North Macedonia.",
            "2020-03-24",
            {("EU:open_talks:ALB", "reached"), ("EU:open_talks:MKD", "reached")},
        ),
        (
            "After a long night the ministers agreed that negotiations with Serbia should begin "
            "in January.",
            "2013-06-28",
            {("EU:open_talks:SRB", "reached")},
        ),
        (
            'The leaders decided that "accession talks should be opened" with Montenegro.',
            "2012-06-29",
            {("EU:open_talks:MNE", "reached")},
        ),
        (
            "The 27 member-states have agreed to open accession talks with Moldova.",
            "2023-12-14",
            {("EU:open_talks:MDA", "reached")},
        ),
        (
            "The decision to invite Montenegro was reached after long talks among the allies.",
            "2015-12-02",
            {("NATO:invite:MNE", "reached")},
        ),
        (
            "EU foreign ministers have postponed the planned talks on Serbia's accession.",
            "2011-10-12",
            {("EU:open_talks:SRB", "not_reached")},
        ),
        (
            "Greece is blocking the opening of accession negotiations with North Macedonia.",
            "2009-12-08",
            {("EU:open_talks:MKD", "not_reached")},
        ),
        (
            "Georgia's application, strongly backed by the Baltic states, remains stalled.",
            "2009-04-04",
            {("NATO:invite:GEO", "not_reached")},
        ),
    ],
    ids=[
        "decided-to-also-open",
        "agreed-that-talks-should-begin",
        "decided-that-quoted",
        "member-states-hyphenated",
        "decision-was-reached",
        "postponed-talks",
        "is-blocking-the-opening",
        "bid-in-apposition-stalled",
    ],
)
def test_talks_decided_blocked_or_stalled(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a stalled process named without the membership step is not about the members
        ("The peace talks have stalled since the spring.", "2009-04-04"),
        # "postponed" a visit, not the step
        ("The Albanian prime minister postponed his visit to Brussels.", "2019-10-18"),
    ],
    ids=["peace-talks-stalled", "postponed-a-visit"],
)
def test_no_remark_on_membership_without_its_step(run, text, published) -> None:
    assert _consensus(run, text, published) == set()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Several allies made it plain that Armenia would not receive a Membership Action "
            "Plan at the spring summit.",
            "2010-03-01",
            {("NATO:map:ARM", "not_reached")},
        ),
        (
            "On Monday the ambassadors again failed to approve the framework for negotiations "
            "with Iceland.",
            "2010-06-14",
            {("EU:open_talks:ISL", "not_reached")},
        ),
        (
            "Accession talks with Montenegro would open in June, the Council decided at its "
            "meeting on Tuesday.",
            "2012-06-26",
            {("EU:open_talks:MNE", "reached")},
        ),
        (
            "The deadlock at the summit in Brussels left Serbia without a start date for its "
            "accession negotiations.",
            "2011-12-10",
            {("EU:open_talks:SRB", "not_reached")},
        ),
    ],
    ids=[
        "would-not-receive-a-map",
        "failed-to-approve-framework",
        "council-decided-after",
        "deadlock-at-summit",
    ],
)
def test_phrasings_from_a_fifth_real_set(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


def test_two_countries_agreeing_with_a_time_between_is_still_bilateral() -> None:
    # "the two countries last month reached an agreement": a deal between two parties, not
    # the members' decision (the text before the remark is what the check reads)
    from accession.nlp.consensus import _BILATERAL_RX

    assert _BILATERAL_RX.search("comes after the two countries last month ")
    assert _BILATERAL_RX.search("the two sides ")
    assert not _BILATERAL_RX.search("the two countries said that the allies ")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The member states have argued over the negotiating framework for Albania for "
            "weeks, but so far they have not been able to reach a consensus on it.",
            "2022-06-01",
            {("EU:open_talks:ALB", "not_reached")},
        ),
        (
            "EU leaders gave their unanimous approval on Thursday to opening accession talks "
            "with Moldova.",
            "2023-12-14",
            {("EU:open_talks:MDA", "reached")},
        ),
        (
            "Accession negotiations with Iceland were eventually opened on Tuesday.",
            "2010-07-27",
            {("EU:open_talks:ISL", "reached")},
        ),
    ],
    ids=["not-yet-able-to-reach-consensus", "unanimous-approval-given", "eventually-opened"],
)
def test_phrasings_from_a_sixth_real_set(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a rule of the institution is not its decision
        (
            "The EU requires the unanimous approval of all members to open talks with Albania.",
            "2022-06-01",
        ),
        # a photo caption: a thing held up, not a step held up
        (
            "The secretary general holds up the application forms of Ukraine and Georgia.",
            "2008-04-02",
        ),
    ],
    ids=["unanimous-approval-required", "holds-up-forms"],
)
def test_no_remark_in_a_rule_or_a_caption(run, text, published) -> None:
    assert _consensus(run, text, published) == set()


def test_joining_in_general_in_a_story_on_an_invitation_is_the_invitation(run) -> None:
    text = (
        "NATO will not invite Montenegro this year, diplomats said.\n\n"
        "Allied governments failed on Tuesday to agree on letting Montenegro join, an official "
        "said."
    )
    got = _consensus(run, text, "2014-06-25")
    assert ("NATO:invite:MNE", "not_reached") in got
    assert ("NATO:admit:MNE", "not_reached") not in got


def test_joining_in_a_story_on_ratification_stays_admission(run) -> None:
    text = (
        "Hungary's parliament has still not ratified Sweden's accession protocol.\n\n"
        "The allies have failed to agree on letting Sweden join, an official said."
    )
    assert ("NATO:admit:SWE", "not_reached") in _consensus(run, text, "2023-09-25")


def test_a_unanimous_vote_still_needed_or_a_speakers_own_refusal_is_no_decision(run) -> None:
    text = (
        "Several allies say they will withhold consent and abstain from a unanimous vote on "
        "Ukraine's accession to NATO."
    )
    assert ("NATO:admit:UKR", "reached") not in _consensus(run, text, "2025-10-20")
    text = 'The Dutch minister told reporters: "I have not agreed to the text on Serbia\'s talks."'
    assert not _consensus(run, text, "2016-12-13")
    text = "NATO allies in a unanimous vote approved Finland's membership."
    assert ("NATO:admit:FIN", "reached") in _consensus(run, text, "2022-07-05")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "EU leaders formally endorsed Estonia, Latvia and Malta as ready to join the "
            "union in 2004.",
            "2002-10-25",
            {("EU:admit:EST", "reached"), ("EU:admit:LVA", "reached"), ("EU:admit:MLT", "reached")},
        ),
        (
            "The EU summit approved the accession of Croatia after a short debate.",
            "2011-06-24",
            {("EU:admit:HRV", "reached")},
        ),
        (
            "France and the Netherlands are blocking the accession of Bulgaria to the Schengen "
            "zone's parent, the European Union.",
            "2006-05-10",
            {("EU:admit:BGR", "not_reached")},
        ),
        (
            "Slovakia is the only NATO member not to ratify Albania's accession protocol.",
            "2009-03-01",
            {("NATO:admit:ALB", "not_reached")},
        ),
        (
            "Skopje has never been offered a date for accession talks.",
            "2012-12-12",
            {("EU:open_talks:MKD", "not_reached")},
        ),
    ],
    ids=["endorsed-as-ready", "approved-the-accession", "blocking", "only-one-not", "never"],
)
def test_a_body_endorsing_and_members_still_blocking(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


def test_a_pledge_never_dated_is_no_decision_on_a_step(run) -> None:
    text = (
        "The allies promised in 2008 that Georgia would join, but the pledge was never given "
        "a date."
    )
    assert not _consensus(run, text, "2022-07-01")


def test_a_state_endorsed_as_ready_holds_no_stance_of_its_own(run) -> None:
    out = run("EU leaders endorsed Malta as ready to join the union.", "2002-10-25")
    assert not out["stances"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Serbia applied last year, but EU governments have refused to open accession "
            "negotiations until it hands over the fugitives.",
            "2010-10-25",
            {("EU:open_talks:SRB", "not_reached")},
        ),
        (
            "There will be no Membership Action Plan for Georgia at the summit in Wales.",
            "2014-06-25",
            {("NATO:map:GEO", "not_reached")},
        ),
        (
            "The bloc froze talks on eight chapters, punishing Ankara for refusing to open its "
            "ports to Cypriot ships.",
            "2006-12-12",
            set(),
        ),
    ],
    ids=["refused-to-open-talks", "will-be-no-map", "refusing-to-open-ports"],
)
def test_refusals_and_steps_ruled_out(run, text, published, expected) -> None:
    got = {q for q in _consensus(run, text, published) if q[1] == "not_reached"}
    assert got == expected


_SIX = (
    "EU ministers met in Brussels to discuss enlargement with Latvia, Lithuania, Slovakia, "
    "Romania, Bulgaria and Malta. "
)


def test_talks_opened_with_as_many_states_as_the_story_names(run) -> None:
    text = _SIX + "The Union has now opened talks with six states that want to join it."
    got = _consensus(run, text, "2000-02-15")
    assert {q for q, st in got if st == "reached"} == {
        f"EU:open_talks:{c}" for c in ("LVA", "LTU", "SVK", "ROU", "BGR", "MLT")
    }


def test_a_count_that_does_not_match_the_story_names_no_one(run) -> None:
    text = _SIX + "The Union has now opened talks with four states that want to join it."
    assert not _consensus(run, text, "2000-02-15")


def test_talks_opened_with_both_countries(run) -> None:
    text = (
        "Skopje and Tirana hoped to start accession talks with the EU. Talks were finally "
        "opened with both countries on Tuesday."
    )
    got = _consensus(run, text, "2022-07-19")
    assert got == {("EU:open_talks:MKD", "reached"), ("EU:open_talks:ALB", "reached")}


def test_several_members_opposing_is_no_consensus(run) -> None:
    text = "The secretary general admitted that several allies oppose Georgia's accession."
    assert ("NATO:invite:GEO", "not_reached") in _consensus(run, text, "2025-06-30")
    assert not _consensus(run, "Some members oppose the idea of a new summit.", "2025-06-30")


def test_a_start_date_for_talks_is_a_decision_taken(run) -> None:
    text = "The EU will begin long-awaited accession talks with Montenegro on June 29."
    assert _consensus(run, text, "2012-06-26") == {("EU:open_talks:MNE", "reached")}
    text = "The EU will begin accession talks with Montenegro once its courts are reformed."
    assert ("EU:open_talks:MNE", "reached") not in _consensus(run, text, "2012-06-26")


def test_a_counted_group_with_a_two_word_adjective_names_the_candidates(run) -> None:
    text = (
        "Parliaments are ratifying the accession of Poland, Hungary and the Czech Republic to "
        "NATO. The Turks raised no obstacles at a meeting of NATO ministers which formally "
        "invited the three Central European nations to join the alliance."
    )
    got = _consensus(run, text, "1998-03-11")
    for c in ("POL", "HUN", "CZE"):
        assert (f"NATO:invite:{c}", "reached") in got


def test_candidates_invited_into_membership_negotiations_have_their_talks_opened(run) -> None:
    text = (
        "EU leaders met in Luxembourg on Saturday. They invited Poland, Hungary and Estonia "
        "as well as Cyprus into membership negotiations starting on 31 March."
    )
    got = _consensus(run, text, "1997-12-14")
    for iso in ("POL", "HUN", "EST", "CYP"):
        assert (f"EU:open_talks:{iso}", "reached") in got


def test_an_invitation_to_a_conference_instead_of_talks_opens_nothing(run) -> None:
    text = (
        "Turkey was invited to attend an EU conference on enlargement next year as a "
        "substitute for membership negotiations."
    )
    assert ("EU:open_talks:TUR", "reached") not in _consensus(run, text, "1997-12-14")
