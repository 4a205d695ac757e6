"""Consensus remarks of the twelfth session (own sentences): plural "membership invitations"
extended, candidates told as "were invited to join", a step promised for later, a counted
group named by the list after it, and a member's chamber voting unanimously (no consensus)."""

from __future__ import annotations

import pytest


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "NATO extended membership invitations on Tuesday to Poland, Hungary and the "
            "Czech Republic.",
            "1997-07-09",
            {
                ("NATO:invite:POL", "reached"),
                ("NATO:invite:HUN", "reached"),
                ("NATO:invite:CZE", "reached"),
            },
        ),
        (
            "Albania and Croatia were invited to join the alliance at the summit on Thursday.",
            "2008-04-04",
            {("NATO:invite:ALB", "reached"), ("NATO:invite:HRV", "reached")},
        ),
        (
            "Latvia and Lithuania will be invited to join future accession talks with the EU.",
            "1997-12-14",
            {("EU:open_talks:LVA", "not_reached"), ("EU:open_talks:LTU", "not_reached")},
        ),
        (
            # a counted group named by the list right after it
            "EU leaders said: \u201cWe have decided to invite six new countries into the "
            "negotiations. They are Romania, Bulgaria, Slovakia, Latvia, Lithuania and "
            "Malta.\u201d",
            "1999-12-10",
            {(f"EU:open_talks:{c}", "reached") for c in ("ROU", "BGR", "SVK", "LVA", "LTU", "MLT")},
        ),
        (
            "Allied leaders had agreed at their summit in Bucharest in April to invite Albania "
            "and Croatia to join.",
            "2008-07-09",
            {("NATO:invite:ALB", "reached"), ("NATO:invite:HRV", "reached")},
        ),
    ],
)
def test_decisions_told(run, text: str, published: str, expected: set) -> None:
    assert _consensus(run, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Montenegro was not invited to join the alliance.", "2015-06-01"),
        # one member's chamber voting unanimously is its own step, not the members' decision
        (
            "The Senate unanimously endorsed the addition of seven nations to NATO on Thursday.",
            "2003-05-09",
        ),
        ("Hungary's parliament unanimously approved Sweden's accession.", "2024-02-26"),
    ],
)
def test_no_decision_told(run, text: str, published: str) -> None:
    assert not {st for _, st in _consensus(run, text, published)} & {"reached"}


def test_an_outcome_in_the_balance_is_unclear_for_the_decision_told_before(run) -> None:
    text = (
        "EU leaders are set to approve opening accession talks with Bosnia on Thursday, but "
        "the outcome hangs in the balance as some members tie it to Ukraine and Moldova."
    )
    assert _consensus(run, text, "2024-03-19") == {("EU:open_talks:BIH", "unclear")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "NATO leaders agreed on Tuesday to offer Ukraine an invitation to join, but "
            "remained vague on how and when.",
            "2023-07-12",
            {("NATO:invite:UKR", "not_reached")},
        ),
        (
            "The communique said Ukraine would receive an invitation \u201cwhen allies agree "
            "and conditions are met.\u201d",
            "2023-07-12",
            {("NATO:invite:UKR", "not_reached")},
        ),
        (
            "The veto came after the Bulgarian ambassador rejected the negotiation framework "
            "for North Macedonia.",
            "2020-11-07",
            {("EU:open_talks:MKD", "not_reached")},
        ),
    ],
)
def test_an_invitation_some_day_or_a_framework_rejected(run, text, published, expected) -> None:
    assert _consensus(run, text, published) == expected


def test_a_contracted_denial_of_agreement(run) -> None:
    text = "NATO allies haven't agreed to invite Ukraine."
    assert _consensus(run, text, "2023-06-01") == {("NATO:invite:UKR", "not_reached")}


def test_a_headline_style_eu_talks(run) -> None:
    text = "Hungary blocks start of Ukraine EU talks."
    assert _consensus(run, text, "2023-12-11") == {("EU:open_talks:UKR", "not_reached")}


def test_peace_talks_are_no_accession_talks(run) -> None:
    assert (
        _consensus(run, "Hungary blocks the start of peace talks with Russia.", "2023-12-11")
        == set()
    )
