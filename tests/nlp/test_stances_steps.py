"""A candidate's own filing, a member putting the protocol before parliament, "a place in the
bloc", lists told in apposition or with possessives, and steps dated years back. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str = "2022-06-30") -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan both signed formal applications to join the European Union.",
        "Yerevan and Baku handed in their applications to join the European Union on Monday.",
        "Armenia and Azerbaijan lodged formal requests to join the European Union.",
    ],
    ids=["signed-plural", "handed-in", "lodged"],
)
def test_a_candidates_own_filing(run, text: str) -> None:
    assert _stances(run, text) == {
        ("ARM", "EU:admit:ARM", "support"),
        ("AZE", "EU:admit:AZE", "support"),
    }


def test_an_application_dated_years_back_is_history(run) -> None:
    text = (
        "Armenia, which lodged its membership application on 3 March 2016, has seen its "
        "economy grow since."
    )
    assert ("ARM", "EU:admit:ARM", "support") not in _stances(run, text, "2024-03-01")


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Portugal sent the protocol on Armenia's accession to parliament on Friday.",
            {("PRT", "NATO:admit:ARM", "support")},
        ),
        (
            "Portugal warned that it would not send the protocols for Armenia and Azerbaijan to "
            "its parliament unless both governments kept their promises.",
            {("PRT", "NATO:admit:ARM", "conditional"), ("PRT", "NATO:admit:AZE", "conditional")},
        ),
        (
            "Portugal has not yet sent the protocol on Armenia's accession to parliament.",
            set(),
        ),
        (
            "Portugal's president signed and sent Armenia's NATO accession protocol to "
            "parliament for ratification on Monday.",
            {("PRT", "NATO:admit:ARM", "support")},
        ),
    ],
    ids=["sent", "not-unless", "not-yet", "candidate-possessive"],
)
def test_putting_the_protocol_before_parliament(run, text: str, expected: set) -> None:
    assert {s for s in _stances(run, text) if s[0] == "PRT"} == expected


def test_a_place_in_the_bloc_is_membership(run) -> None:
    text = "Lisbon would remain a steady supporter of Armenia's place in the bloc, he said."
    assert ("PRT", "EU:admit:ARM", "support") in _stances(run, text)


def test_possessives_listed_together(run) -> None:
    text = (
        "Portugal should refuse to ratify Armenia's and Azerbaijan's entry into NATO until "
        "the border dispute is settled."
    )
    assert _stances(run, text) == {
        ("PRT", "NATO:admit:ARM", "conditional"),
        ("PRT", "NATO:admit:AZE", "conditional"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Portuguese president received the leaders of Armenia and Azerbaijan, two "
            "countries that hope to join NATO.",
            {("ARM", "NATO:admit:ARM", "support"), ("AZE", "NATO:admit:AZE", "support")},
        ),
        # no apposition: the relative clause has its own noun, not the list
        (
            "Portugal, unlike the countries that hope to join NATO, kept quiet.",
            set(),
        ),
    ],
    ids=["apposition", "no-list"],
)
def test_a_relative_clause_after_a_listed_group(run, text: str, expected: set) -> None:
    assert _stances(run, text) == expected


def test_leaders_listed_together_behind_one_quote(run) -> None:
    text = (
        "In a joint statement, the heads of state of Portugal, Spain and Italy said they "
        '"firmly stand behind" the promise that Georgia would one day join NATO.'
    )
    assert _stances(run, text, "2022-10-02") >= {
        ("PRT", "NATO:admit:GEO", "support"),
        ("ESP", "NATO:admit:GEO", "support"),
        ("ITA", "NATO:admit:GEO", "support"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Georgia's prime minister had handed his government's request for a Membership "
            "Action Plan to NATO headquarters in November.",
            {("GEO", "NATO:map:GEO", "support")},
        ),
        (
            "Georgia signed its treaty of accession to the European Union on Friday.",
            {("GEO", "EU:admit:GEO", "support")},
        ),
    ],
    ids=["had-handed-request", "signed-treaty"],
)
def test_a_candidates_own_filing_and_signature(run, text: str, expected: set) -> None:
    assert _stances(run, text, "2009-12-04") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Portugal has threatened to block Armenia's accession to NATO if Yerevan does not "
            "meet its demands.",
            ("PRT", "NATO:admit:ARM", "conditional"),
        ),
        (
            "Portugal has threatened to block Armenia's accession to NATO if the border talks "
            "fail.",
            ("PRT", "NATO:admit:ARM", "conditional"),
        ),
        (
            "Portugal has threatened to block Armenia's accession to NATO.",
            ("PRT", "NATO:admit:ARM", "oppose"),
        ),
    ],
    ids=["if-not", "if-fail", "no-condition"],
)
def test_a_block_threatened_on_a_negative_condition(run, text: str, expected) -> None:
    assert expected in _stances(run, text)


def test_inviting_a_counterpart_to_visit_is_no_invitation(run) -> None:
    text = (
        "Portugal's prime minister said on Friday there was no urgency to approve Armenia's "
        "accession to NATO, and invited his Armenian counterpart to Lisbon to talk first."
    )
    out = run(text, "2024-01-26")
    assert not any(q.split(":")[1] == "invite" for q in (s["question"] for s in out["stances"]))
    assert not any(e["type"] == "invitation" for e in out["events"])


def test_a_condition_in_the_body_qualifies_a_headline_opposition(run) -> None:
    text = (
        "Portugal in no hurry to ratify Armenia's NATO bid\n\n"
        "Portugal's prime minister said on Friday that Portugal would support Armenia's "
        "membership of NATO once trust between the two governments had been restored."
    )
    title = text.split("\n")[0]
    got = {
        (s["actor_iso3"], s["question"], s["stance"])
        for s in run(text, "2024-01-26", title)["stances"]
    }
    assert ("PRT", "NATO:admit:ARM", "conditional") in got
    assert ("PRT", "NATO:admit:ARM", "oppose") not in got
