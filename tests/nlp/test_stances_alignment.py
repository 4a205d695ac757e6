"""Positions told by reference to another's, by the step named as the cue's object, in the
pluperfect of backing, and by outsiders about "expansion". Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str = "2002-11-22") -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "second",
    [
        "Portugal sided with Spain.",
        "Officials said Portugal threw its weight behind the Spanish push.",
    ],
    ids=["sided-with", "weight-behind-push"],
)
def test_siding_with_a_state_takes_its_position(run, second: str) -> None:
    text = f"Spain pressed hard for an invitation for Georgia to join NATO. {second}"
    got = _stances(run, text)
    assert ("ESP", "NATO:invite:GEO", "support") in got
    assert ("PRT", "NATO:invite:GEO", "support") in got


def test_siding_with_a_state_without_a_position_adds_nothing(run) -> None:
    text = "Leaders discussed Georgia's bid to join NATO. Portugal sided with Spain."
    assert not {s for s in _stances(run, text) if s[0] == "PRT"}


def test_the_step_named_as_the_object_decides_the_question(run) -> None:
    text = (
        "Armenia and Georgia, the two countries in NATO's Membership Action Plan, had both "
        "lobbied for invitations but were told to wait."
    )
    assert _stances(run, text) == {
        ("ARM", "NATO:invite:ARM", "support"),
        ("GEO", "NATO:invite:GEO", "support"),
    }
    ending = "Georgia hopes to conclude its membership negotiations with the EU next year."
    assert _stances(run, ending, "2024-06-01") == {("GEO", "EU:admit:GEO", "support")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # backing told in the pluperfect still holds
        (
            "Spain had thrown its weight behind inviting Georgia into NATO for more than a year.",
            {("ESP", "NATO:invite:GEO", "support")},
        ),
        (
            "Spain, which had campaigned for months on Georgia's behalf, welcomed the decision "
            "to grant Georgia a Membership Action Plan.",
            {("ESP", "NATO:map:GEO", "support")},
        ),
        # an opposition told in the pluperfect does not
        ("Spain had blocked an invitation for Georgia to join NATO.", set()),
        # nor a step approved in a time clause
        ("Armenia joined in April, once Spain had approved its membership of NATO.", set()),
    ],
    ids=["thrown-weight", "campaigned", "had-blocked", "once-had-approved"],
)
def test_backing_in_the_pluperfect(run, text: str, expected: set) -> None:
    assert {s for s in _stances(run, text) if s[0] == "ESP"} == expected


def test_an_outsiders_view_of_expansion_is_about_membership(run) -> None:
    text = (
        "NATO leaders invited Georgia to join the alliance on Tuesday. Moscow still regards "
        "eastward expansion as a mistake."
    )
    assert ("RUS", "NATO:admit:GEO", "oppose") in _stances(run, text)


def test_pending_a_settlement_is_a_condition(run) -> None:
    text = (
        "Spain continues to hold up an invitation for Georgia, pending a settlement of the dispute."
    )
    assert ("ESP", "NATO:invite:GEO", "conditional") in _stances(run, text)


def test_earning_a_place_is_the_speakers_support(run) -> None:
    text = "Spain's prime minister argued that Armenia and Georgia had earned a place in NATO."
    assert _stances(run, text) >= {
        ("ESP", "NATO:admit:ARM", "support"),
        ("ESP", "NATO:admit:GEO", "support"),
    }


@pytest.mark.parametrize(
    "text,expected",
    [
        # a story's candidate named after a verb of opposition, with no decision word
        (
            "EU ministers again failed to open accession talks with Georgia. Portugal and "
            "Spain also stood in the way of Tbilisi, diplomats said.",
            {("PRT", "EU:open_talks:GEO", "oppose"), ("ESP", "EU:open_talks:GEO", "oppose")},
        ),
        # "supporting Georgia's fight" is aid, not the step
        (
            "EU ministers again failed to open accession talks with Georgia. Portugal stressed "
            "supporting Georgia's fight against disinformation.",
            set(),
        ),
    ],
    ids=["stood-in-the-way-of-capital", "supporting-fight"],
)
def test_a_candidate_after_a_verb_of_opposition(run, text: str, expected: set) -> None:
    got = {s for s in _stances(run, text, "2024-06-25") if s[0] in ("PRT", "ESP")}
    assert got == expected


def test_a_promise_not_to_block_with_a_mere_dislike_is_support(run) -> None:
    text = "Portugal will not block Georgia's accession talks with the EU, but does not like them."
    assert ("PRT", "EU:open_talks:GEO", "support") in _stances(run, text, "2024-06-25")
    wants = "Portugal will not block Georgia's accession talks with the EU, but wants guarantees."
    assert ("PRT", "EU:open_talks:GEO", "conditional") in _stances(run, wants, "2024-06-25")


def test_a_counted_group_stands_for_the_list_before(run) -> None:
    text = (
        "NATO leaders invited Armenia, Georgia and Moldova to open accession talks. All three "
        "governments want to be full members of NATO by the anniversary."
    )
    got = _stances(run, text, "1997-07-08")
    assert got >= {
        ("ARM", "NATO:admit:ARM", "support"),
        ("GEO", "NATO:admit:GEO", "support"),
        ("MDA", "NATO:admit:MDA", "support"),
    }
    # the invitation's object taking the step offered is not its own position
    assert not {s for s in got if ":invite:" in s[1]}
    # a count that does not fit the list refers to nothing
    four = text.replace("All three", "All four")
    assert not _stances(run, four, "1997-07-08")


def test_a_count_refers_to_the_coordinated_list_not_every_state_named(run) -> None:
    text = (
        "NATO leaders invited Armenia, Georgia and Moldova to open accession talks, after "
        "the United States refused to budge. All three governments want to be full members "
        "of NATO by the anniversary."
    )
    got = _stances(run, text, "1997-07-08")
    assert ("MDA", "NATO:admit:MDA", "support") in got
    assert not {s for s in got if s[0] == "USA" and s[1] == "NATO:admit:USA"}


def test_the_two_countries_are_not_an_outsider_named_before(run) -> None:
    # "the two countries" right after a sentence naming Washington and Beijing: the pair the
    # story is about, never Beijing as a candidate
    text = (
        "Portugal's parliament approved membership for Armenia and Georgia in NATO on "
        "Wednesday.\n\nOne lawmaker voted no, arguing that the United States should focus on "
        "China.\n\nPortugal's president, who has strongly backed the two countries' bids, is "
        "expected to sign the documents quickly."
    )
    got = {(s["actor_iso3"], s["question"]) for s in run(text, "2022-08-03")["stances"]}
    assert not any(q.endswith(":CHN") for _, q in got)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "EU leaders agreed to open accession talks with Armenia on Thursday, a step that "
            "Yerevan hailed as historic.",
            ("ARM", "EU:open_talks:ARM", "support"),
        ),
        (
            "Portugal backed the plan to invite Armenia, which Denmark opposes.",
            ("DNK", "NATO:invite:ARM", "oppose"),
        ),
    ],
    ids=["step-that-candidate-hailed", "which-member-opposes"],
)
def test_the_subject_of_a_relative_clause_holds_its_cue(run, text: str, expected) -> None:
    got = {
        (s["actor_iso3"], s["question"], s["stance"]) for s in run(text, "2022-06-24")["stances"]
    }
    assert expected in got
