"""Positions told as a judgement on the candidate, as a condition in time, as pressing told in
the pluperfect, and as a lifted veto in the present tense. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str = "2023-07-12") -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal said Georgia is not ready to join NATO.",
        "Georgia is not ready to join NATO, Portugal's defence minister said.",
        "The Portuguese government argued that Georgia was nowhere near ready to join NATO.",
        "Portugal's foreign minister told reporters that Georgia was far from ready to join NATO.",
    ],
    ids=["said-that", "trailing-attribution", "nowhere-near", "far-from"],
)
def test_a_members_judgement_that_the_candidate_is_not_ready(run, text: str) -> None:
    assert _stances(run, text) == {("PRT", "NATO:admit:GEO", "oppose")}


def test_neither_of_the_pair_is_ready(run) -> None:
    text = (
        "Allied ministers declined to offer Armenia and Georgia a Membership Action Plan. "
        "Portugal's foreign minister said that neither country was ready for the plan."
    )
    assert _stances(run, text, "2023-12-01") >= {
        ("PRT", "NATO:map:ARM", "oppose"),
        ("PRT", "NATO:map:GEO", "oppose"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # timing, said by supporters as often as by sceptics
        "Portugal said Georgia was not yet ready to join NATO.",
        # the candidate about itself: no position on its own membership
        "Georgia said it was not ready to give up its claim, whatever NATO decides on membership.",
        # nobody holds it
        "Georgia is not ready to join NATO.",
    ],
    ids=["not-yet", "candidate-itself", "no-holder"],
)
def test_not_ready_near_misses(run, text: str) -> None:
    assert not {s for s in _stances(run, text) if s[0] != "GEO" or s[2] != "support"}


def test_either_country_refers_to_the_pair_named_before(run) -> None:
    text = (
        "Ministers discussed accession talks with Albania and Montenegro on Tuesday. "
        "Portugal took a hard line, signalling that it was in no hurry to open talks with "
        "either country."
    )
    assert _stances(run, text, "2019-06-19") >= {
        ("PRT", "EU:open_talks:ALB", "oppose"),
        ("PRT", "EU:open_talks:MNE", "oppose"),
    }


def test_unwilling_while_the_war_lasts_but_only_once_it_ends_is_conditional(run) -> None:
    text = (
        "Diplomats said Lisbon was unwilling to invite Georgia into NATO while the war "
        "continued, arguing that an invitation could come only once the fighting had ended."
    )
    assert _stances(run, text) == {("PRT", "NATO:invite:GEO", "conditional")}


def test_a_contrast_after_while_still_ends_the_clause(run) -> None:
    text = (
        "Portugal opposes inviting Georgia into NATO, while Spain will back it only once "
        "the reforms are done."
    )
    assert ("PRT", "NATO:invite:GEO", "oppose") in _stances(run, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the push is what the article reports: it still stands
        (
            "Portugal had pushed for a firmer commitment on Georgia's membership, ideally an "
            "invitation.",
            {("PRT", "NATO:invite:GEO", "support")},
        ),
        # pressing for something else is history
        (
            "Portugal, which had pressed for a quick solution, sent two ministers to the talks "
            "on Georgia's NATO membership.",
            set(),
        ),
        # an opposition told in the pluperfect is still a past position
        ("Portugal had blocked Georgia's invitation to join NATO.", set()),
    ],
    ids=["pushed-for-invitation", "pressed-for-other", "had-blocked"],
)
def test_pressing_told_in_the_pluperfect(run, text: str, expected: set) -> None:
    got = {s for s in _stances(run, text) if s[0] != "GEO"}
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Allies invite Armenia after Portugal drops its veto.",
        "Allies invited Armenia after Portugal dropped its objections.",
    ],
    ids=["drops", "dropped"],
)
def test_a_dropped_veto_is_support(run, text: str) -> None:
    assert ("PRT", "NATO:invite:ARM", "support") in _stances(run, text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # the speaker's view, about the candidate that is its subject
        (
            "Lisbon had argued for weeks that Georgia deserved to start accession talks at the "
            "same time as Armenia.",
            {("PRT", "EU:open_talks:GEO", "support")},
        ),
        (
            "Georgia deserves to join the European Union, Portugal's prime minister said.",
            {("PRT", "EU:admit:GEO", "support")},
        ),
        # the candidate saying it of itself is its own support
        (
            "Georgia's prime minister said Georgia deserved to join the European Union.",
            {("GEO", "EU:admit:GEO", "support")},
        ),
    ],
    ids=["argued-that", "trailing", "candidate-itself"],
)
def test_deserving_the_step_is_the_speakers_support(run, text: str, expected: set) -> None:
    got = _stances(run, text, "2023-11-08")
    assert {s for s in got if s[0] != "GEO"} == {s for s in expected if s[0] != "GEO"}
    if expected == {("GEO", "EU:admit:GEO", "support")}:
        assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a promise not to block is support
        (
            "Portugal would not stand in the way of Georgia joining the European Union.",
            {("PRT", "EU:admit:GEO", "support")},
        ),
        (
            "Portugal will not block Georgia's accession to NATO.",
            {("PRT", "NATO:admit:GEO", "support")},
        ),
        # a present denial shows nothing
        ("Portugal does not oppose Georgia joining NATO.", set()),
        # a promise about the other allies' policy is not the step
        (
            "Portugal will take no part in the training mission for Georgia's army and will not "
            "stand in the way of the other allies on Georgia's NATO membership.",
            set(),
        ),
        # two institutions: the one named right after the decision word
        (
            "Portugal would not stand in the way of Georgia joining the European Union, days "
            "after vowing to veto its entry into NATO.",
            {("PRT", "EU:admit:GEO", "support")},
        ),
    ],
    ids=[
        "would-not-stand",
        "will-not-block",
        "does-not-oppose",
        "other-allies",
        "two-institutions",
    ],
)
def test_promises_not_to_block(run, text: str, expected: set) -> None:
    got = {s for s in _stances(run, text, "2024-01-25") if s[0] == "PRT"}
    assert expected <= got and not {s for s in got - expected if s[2] == "support"}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "EU leaders agreed on Thursday to open accession talks with Georgia. Georgia's "
            "president hailed the step as a victory for the whole country.",
            ("GEO", "EU:open_talks:GEO", "support"),
        ),
        (
            "EU leaders agreed on Thursday to open accession talks with Georgia. Portugal's "
            "prime minister praised the decision.",
            ("PRT", "EU:open_talks:GEO", "support"),
        ),
    ],
    ids=["hailed-the-step", "praised-the-decision"],
)
def test_praise_of_the_decision_told_before(run, text: str, expected: tuple) -> None:
    assert expected in _stances(run, text, "2023-12-15")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Portugal's prime minister said Berlin's view was clear: both candidates had met the "
            "conditions for opening accession talks with Georgia and Armenia.",
            {("PRT", "EU:open_talks:GEO", "support"), ("PRT", "EU:open_talks:ARM", "support")},
        ),
        (
            "Portugal's prime minister said Georgia had not met the conditions for opening "
            "accession talks.",
            {("PRT", "EU:open_talks:GEO", "oppose")},
        ),
        # a condition, not a judgement; and the candidate is not its own judge
        (
            "Leaders said they would open accession talks with Georgia only once it met the "
            "membership criteria.",
            set(),
        ),
    ],
    ids=["met", "not-met", "only-once-it-met"],
)
def test_meeting_the_conditions_is_the_speakers_judgement(run, text: str, expected: set) -> None:
    assert _stances(run, text, "2019-10-19") == expected


def test_a_state_not_seeking_to_join(run) -> None:
    text = "Neighbouring Georgia, which declared neutrality in 2007, is not seeking to join NATO."
    assert _stances(run, text, "2010-04-23") == {("GEO", "NATO:admit:GEO", "oppose")}


@pytest.mark.parametrize(
    "text,published,expected",
    [
        (
            "Portuguese officials said Georgia's path to EU membership would depend on it "
            "normalising relations with Armenia.",
            "2024-06-25",
            {("PRT", "EU:admit:GEO", "conditional")},
        ),
        (
            "Lisbon insists the dispute must be settled before Georgia can join NATO.",
            "2024-06-25",
            {("PRT", "NATO:admit:GEO", "conditional")},
        ),
        (
            "According to alliance sources, Portugal and Spain considered Georgia unprepared "
            "for a Membership Action Plan.",
            "2024-06-25",
            {("PRT", "NATO:map:GEO", "oppose"), ("ESP", "NATO:map:GEO", "oppose")},
        ),
        (
            "Georgia is still weighing its own application to join NATO.",
            "2024-06-25",
            {("GEO", "NATO:admit:GEO", "undecided")},
        ),
        (
            "Allies put Armenia on the Membership Action Plan. Portugal also backed the Georgian "
            "bid, diplomats said.",
            "2009-12-04",
            {("PRT", "NATO:map:GEO", "support")},
        ),
    ],
    ids=[
        "depend-on",
        "before-can-join",
        "considered-unprepared",
        "weighing-own",
        "bid-is-the-step",
    ],
)
def test_conditions_judgements_and_the_storys_step(
    run, text: str, published: str, expected: set
) -> None:
    assert expected <= _stances(run, text, published)
    assert not {s for s in _stances(run, text, published) - expected if s[0] in ("PRT", "ESP")}
