"""General news phrasing of stances: conditions, groups of states, capitals as holders,
reported changes of position, refusals, unnamed national sources, pronoun holders, "one" for
the decision just named, "a similar line", vague decision words, and an implicit frame read
for explicit cues. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

PUB = "2023-03-01"  # Finland and Sweden still candidates; Ukraine and Georgia outside NATO


def _stances(run, text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


INV = "NATO:invite:UKR"

CASES = [
    # conditions after the cue
    (
        "Germany will support inviting Ukraine into NATO only after a ceasefire is in place.",
        {("DEU", INV, "conditional")},
    ),
    ("France backs Ukraine's invitation to NATO once the war ends.", {("FRA", INV, "conditional")}),
    (
        "Italy supports inviting Ukraine to join NATO when conditions are met.",
        {("ITA", INV, "conditional")},
    ),
    # "once again" is no condition
    ("France backed inviting Ukraine to NATO once again.", {("FRA", INV, "support")}),
    # groups of states as one subject
    (
        "The Baltic states are pushing for an invitation for Ukraine to join NATO.",
        {("EST", INV, "support"), ("LVA", INV, "support"), ("LTU", INV, "support")},
    ),
    (
        "The three Baltic countries and Poland want Ukraine to be invited to join NATO.",
        {("EST", INV, "support"), ("LVA", INV, "support"), ("LTU", INV, "support")}
        | {("POL", INV, "support")},
    ),
    # capitals and metonyms as holders
    ("Athens backs inviting Ukraine to join NATO.", {("GRC", INV, "support")}),
    ("Washington would not back an invitation for Ukraine to join NATO.", {("USA", INV, "oppose")}),
    # refusals
    ("Berlin is not prepared to invite Ukraine into NATO.", {("DEU", INV, "oppose")}),
    ("Spain is unwilling to invite Ukraine into NATO this year.", {("ESP", INV, "oppose")}),
    (
        "Ankara has withheld its approval of Sweden's membership of NATO.",
        {("TUR", "NATO:admit:SWE", "oppose")},
    ),
    # reported changes: support now
    (
        "Ankara dropped its objection to Finland's NATO membership on Friday.",
        {("TUR", "NATO:admit:FIN", "support")},
    ),
    (
        "Budapest lifted its veto on Finland's accession to NATO.",
        {("HUN", "NATO:admit:FIN", "support")},
    ),
    (
        "Turkey gave the green light to Finland's accession to NATO.",
        {("TUR", "NATO:admit:FIN", "support")},
    ),
    ("Croatia signed off on Finland joining NATO.", {("HRV", "NATO:admit:FIN", "support")}),
    # a change told in the pluperfect is still the latest position; "only after" conditions it
    (
        "Hungarian officials said they had lifted their objection to Sweden's accession to "
        "NATO only after receiving assurances.",
        {("HUN", "NATO:admit:SWE", "conditional")},
    ),
    # a change in a sentence that names no decision speaks of the article's question
    (
        "Norway's parliament ratified Finland's accession to NATO. Croatia dropped its "
        "objection on Tuesday.",
        {("NOR", "NATO:admit:FIN", "support"), ("HRV", "NATO:admit:FIN", "support")},
    ),
    # the quoted words of an office-holder, and of an unnamed but national source
    (
        '"We will never allow Sweden to join NATO while this goes on," Turkish President '
        "Recep Tayyip Erdogan said.",
        {("TUR", "NATO:admit:SWE", "oppose")},
    ),
    (
        '"We are not going to allow Sweden into NATO this year," a senior Turkish official said.',
        {("TUR", "NATO:admit:SWE", "oppose")},
    ),
    # pronoun and "the government" holders: the one state of the clause or sentence before
    (
        "Turkey had held up Finland's accession for months, but on Monday it ratified "
        "Finland's membership of NATO.",
        {("TUR", "NATO:admit:FIN", "support")},
    ),
    (
        "Hungary had blocked Finland's accession for months. On Monday the government "
        "approved Finland's membership of NATO.",
        {("HUN", "NATO:admit:FIN", "support")},
    ),
    (
        "Greece had vetoed the invitation, but on Monday it joined the other allies in "
        "extending the invitation to Ukraine.",
        {("GRC", INV, "support")},
    ),
    # "one" stands for the MAP named just before
    (
        "Ukraine has asked NATO for a Membership Action Plan. Georgia has been seeking one "
        "for years.",
        {("UKR", "NATO:map:UKR", "support"), ("GEO", "NATO:map:GEO", "support")},
    ),
    # "a similar line": the stances of the holder just reported
    (
        "France opposes inviting Ukraine to NATO. Germany has taken a similar line.",
        {("FRA", INV, "oppose"), ("DEU", INV, "oppose")},
    ),
    # a vague decision word ("entry") in a story on MAPs speaks of the MAP
    (
        "Georgia wants a Membership Action Plan. Spain opposes a Membership Action Plan for "
        "Georgia. Spain will not give its green light to the entry of Georgia.",
        {("GEO", "NATO:map:GEO", "support"), ("ESP", "NATO:map:GEO", "oppose")},
    ),
    # an explicit cue in a sentence that names the decision but not the candidate
    (
        "EU leaders agreed to open accession talks with Moldova. Austria's chancellor, a "
        "strong supporter of opening talks, welcomed the result.",
        {("AUT", "EU:open_talks:MDA", "support")},
    ),
]

NEGATIVES = [
    # a denial of opposition, also with the negation inside the phrase
    "Germany is not prepared to block Ukraine's invitation to NATO.",
    # ambiguous antecedent: two states before "the government"
    "Hungary and Turkey had blocked Finland's accession. On Monday the government approved "
    "Finland's membership of NATO.",
    # "it" may be the alliance
    "NATO held talks with Poland. It backed Ukraine's invitation on Monday.",
    # a hypothetical change
    "If Turkey dropped its objection, Finland could join NATO within weeks.",
    # an alliance source speaks for no state
    '"Sweden will not be allowed to join NATO this year," a senior NATO diplomat said.',
    # a change of position on another decision ("its veto on the aid package")
    "Norway's parliament ratified Finland's accession to NATO. Croatia lifted its veto on "
    "the aid package on Tuesday.",
    # support for something else in a sentence that names the decision but no candidate
    "Norway's parliament ratified Finland's accession to NATO. Germany announced support "
    "for more air defence while the accession process goes on.",
    # a denied similarity
    "France opposes inviting Ukraine to NATO. Germany has not taken a similar line.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_general_phrasing(run, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stances(run, text) == expected


def test_denied_similarity_copies_nothing(run) -> None:
    assert _stances(run, NEGATIVES[-1]) == {("FRA", INV, "oppose")}


@pytest.mark.parametrize("text", NEGATIVES[:-1])
def test_hard_negatives(run, text: str) -> None:
    norway = ("NOR", "NATO:admit:FIN", "support")  # the context sentence of two negatives
    assert _stances(run, text) - {norway} == set()
