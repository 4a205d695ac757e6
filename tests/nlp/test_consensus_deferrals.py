"""Collective decisions told as a refusal, a deferral or a condition, and decisions told after
what they decided. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _consensus(run, text: str, published: str = "2021-06-23") -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Allied defence ministers decided on Thursday not to grant Armenia a Membership "
            "Action Plan.",
            {("NATO:map:ARM", "not_reached")},
        ),
        (
            "The Union has again put off a decision on opening accession talks with Kosovo.",
            {("EU:open_talks:XKX", "not_reached")},
        ),
        (
            "Romania refused on Monday to approve the negotiating framework for Kosovo.",
            {("EU:open_talks:XKX", "not_reached")},
        ),
        (
            "Leaders said they would open accession talks with Kosovo only once it met the "
            "criteria.",
            {("EU:open_talks:XKX", "not_reached")},
        ),
        (
            "The leaders agreed that if a review next spring finds that Kosovo meets the "
            "criteria, accession talks will be opened at once.",
            {("EU:open_talks:XKX", "not_reached")},
        ),
        (
            "Kosovo will be allowed to begin accession talks, the bloc's leaders decided on "
            "Friday night.",
            {("EU:open_talks:XKX", "reached")},
        ),
    ],
    ids=[
        "decided-not-to",
        "union-put-off",
        "refused-framework",
        "only-once",
        "agreed-if",
        "told-after",
    ],
)
def test_decisions_told_as_refusals_deferrals_or_afterwards(run, text: str, expected: set) -> None:
    assert _consensus(run, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agreement with a date is a decision taken
        (
            "Leaders agreed that accession talks with Kosovo will open in March.",
            {("EU:open_talks:XKX", "reached")},
        ),
        # a condition on a later stage of talks already agreed does not undo the agreement
        (
            "Leaders agreed to open accession talks with Kosovo, which will begin only once "
            "the framework is adopted.",
            {("EU:open_talks:XKX", "reached")},
        ),
        # what a member could do is not what it did
        (
            "The rule gives Romania further chances to object to accession talks with Kosovo.",
            set(),
        ),
    ],
    ids=["agreed-with-date", "later-condition", "chance-to-object"],
)
def test_deferral_near_misses(run, text: str, expected: set) -> None:
    assert _consensus(run, text) == expected


def test_a_chance_to_object_is_no_opposition(run) -> None:
    text = "The rule gives Romania further chances to object to accession talks with Kosovo."
    assert run(text, "2021-06-23")["stances"] == []
    # the same member using it
    used = "Romania objected to accession talks with Kosovo."
    assert {(s["actor_iso3"], s["stance"]) for s in run(used, "2021-06-23")["stances"]} == {
        ("ROU", "oppose")
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Leaders promised Georgia an irreversible path but once again held back the "
            "invitation Tbilisi has been pressing for.",
            {("NATO:invite:GEO", "not_reached")},
        ),
        # holding up something other than the step
        (
            "Portugal held up the interim trade agreement that forms part of Kosovo's "
            "pre-membership deal with the EU.",
            set(),
        ),
        # a step dated years back in its own phrase is not what the sentence decides
        (
            "The allies invited Georgia to begin accession talks on Tuesday, six years after "
            "it was given a Membership Action Plan.",
            {("NATO:invite:GEO", "reached")},
        ),
    ],
    ids=["held-back", "held-up-trade-deal", "years-after"],
)
def test_held_back_and_background_steps(run, text: str, expected: set) -> None:
    assert _consensus(run, text, "2024-07-11") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a NATO summit agreeing to begin accession talks is the invitation
        (
            "Leaders of the allies agreed at a NATO summit to begin accession talks with Armenia "
            "and Georgia.",
            {("NATO:invite:ARM", "reached"), ("NATO:invite:GEO", "reached")},
        ),
        # talks concluded are the admission's step
        (
            "NATO ambassadors concluded accession talks with Georgia on Monday.",
            {("NATO:admit:GEO", "reached")},
        ),
        (
            "Armenia and Georgia had lobbied for NATO invitations but were told they must wait "
            "for a later round.",
            {("NATO:invite:ARM", "not_reached"), ("NATO:invite:GEO", "not_reached")},
        ),
        (
            "The NATO declaration stopped short of the firm pledge Georgia had sought on its "
            "invitation.",
            {("NATO:invite:GEO", "not_reached")},
        ),
    ],
    ids=["begin-talks-nato", "concluded-talks-nato", "told-to-wait", "short-of-pledge"],
)
def test_nato_talks_and_waiting(run, text: str, expected: set) -> None:
    assert _consensus(run, text, "2002-11-22") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He did not say outright that he would veto Georgia's entry into NATO.",
        "He did not say that EU leaders would open talks with Georgia only once the war ended.",
        "Berlin dropped its resistance after the two sides reached an agreement on Georgia's "
        "membership of the EU on 24 February.",
        "Georgia signed its EU accession treaty on Friday, six years after it opened negotiations.",
        "At the summit on Georgia's accession talks, Portugal refused to back changes to the EU "
        "treaties meant to tighten budget discipline.",
    ],
    ids=[
        "threat-not-made",
        "condition-not-said",
        "two-sides",
        "years-after",
        "refused-other-thing",
    ],
)
def test_no_collective_decision(run, text: str) -> None:
    assert _consensus(run, text, "2024-06-25") == set()


def test_the_candidate_named_inside_the_remark(run) -> None:
    text = (
        "The same meeting granted Armenia the status of a candidate country, and leaders said "
        "they would open accession talks with Georgia only once it met the criteria."
    )
    assert _consensus(run, text, "2023-12-15") == {("EU:open_talks:GEO", "not_reached")}


def test_the_step_named_in_the_remarks_clause(run) -> None:
    text = (
        "NATO foreign ministers gave Armenia a Membership Action Plan, and refused to issue an "
        "invitation to Georgia."
    )
    got = _consensus(run, text, "2009-12-04")
    assert ("NATO:invite:GEO", "not_reached") in got
    assert ("NATO:map:GEO", "not_reached") not in got
