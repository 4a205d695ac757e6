"""Words of stance used in another sense: "back to back", "against the rulebook" as a
yardstick, "that November" dating a step told before, and what a minister "announced" that
the members did. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str = "2022-07-19") -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "text",
    [
        "Two intergovernmental conferences, held back to back in Brussels under the Portuguese "
        "presidency, adopted negotiating frameworks for Georgia and screened its laws against "
        "the bloc's rulebook.",
        "Portugal's prime minister announced on Monday that member states agreed to open "
        "accession talks with Georgia.",
    ],
    ids=["back-to-back-and-yardstick", "announced-others"],
)
def test_no_position_of_the_state_named(run, text: str) -> None:
    assert not {s for s in _stances(run, text) if s[0] == "PRT"}


def test_voting_against_is_still_opposition(run) -> None:
    assert _stances(run, "Portugal voted against Georgia's NATO membership.", "2024-01-01") == {
        ("PRT", "NATO:admit:GEO", "oppose")
    }


def test_a_month_of_a_year_told_before(run) -> None:
    text = (
        "EU governments agreed to open talks with Georgia in March 2020, but Portugal blocked "
        "Georgia's negotiating framework that November."
    )
    assert not {s for s in _stances(run, text) if s[0] == "PRT"}


@pytest.mark.parametrize(
    "text",
    [
        # another's recommendation is not the candidate's own step
        "Officials said Tbilisi would have to show progress before the European Commission "
        "recommends opening accession talks with Georgia.",
        # peace talks are not accession talks
        "Georgia's president added that Tbilisi was ready for talks with Russia.",
        # aid, not the step
        "The US adviser said the best way to support Georgia was practical help on the ground, "
        "not a NATO application.",
        # something else sought
        "The bid is entangled with a dispute in which Portugal is seeking repayment of billions "
        "it advanced to savers.",
    ],
    ids=["recommends-opening", "talks-with-russia", "support-as-aid", "seeking-repayment"],
)
def test_words_of_stance_about_something_else(run, text: str) -> None:
    assert not {s for s in _stances(run, text, "2022-09-30") if s[2] == "support"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Portugal told Georgia it should not expect Danish support for its NATO membership.",
            ("DNK", "NATO:admit:GEO", "oppose"),
            ("PRT", "NATO:admit:GEO", "support"),
        ),
        (
            "Georgia can count on Danish support for its bid to join NATO, Portugal said.",
            ("DNK", "NATO:admit:GEO", "support"),
            ("PRT", "NATO:admit:GEO", "support"),
        ),
        (
            "Georgia's bid to join NATO won Denmark's backing on Monday.",
            ("DNK", "NATO:admit:GEO", "support"),
            ("DNK", "NATO:admit:GEO", "oppose"),
        ),
    ],
    ids=["denied-to-the-subject", "counted-on", "possessive"],
)
def test_an_adjective_or_possessive_names_whose_support(run, text, expected, absent) -> None:
    got = _stances(run, text, "2024-01-01")
    assert expected in got
    assert absent not in got


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Portugal has called for accession talks with Georgia to be halted.",
            ("PRT", "EU:open_talks:GEO", "oppose"),
        ),
        (
            "Portugal wants to freeze the membership talks with Georgia.",
            ("PRT", "EU:open_talks:GEO", "oppose"),
        ),
        (
            "Portugal and Spain prefer to keep the door open to Georgia's membership of the EU.",
            ("PRT", "EU:admit:GEO", "support"),
        ),
    ],
    ids=["called-for-halt", "wants-to-freeze", "door-open"],
)
def test_ending_talks_under_way_and_keeping_the_door_open(run, text, expected) -> None:
    # Georgia's talks are not under way in the knowledge base: the talks are their opening
    assert expected in _stances(run, "EU weighs Georgia talks\n\n" + text, "2016-11-24")
