"""Hard negatives of the fourth stance pass (precision first): a passive of permission or
expectation, "nowhere near ready", a new subject after ", and", a participle on a generic
noun, a tone word, a verb's particle "back", an interval that dates a step far back; and the
positives beside each that must still fire. Every sentence was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


NEGATIVES = [
    # the subject of a passive "allowed / expected / urged to" is acted upon
    ("Montenegro will be allowed to open EU accession talks next spring.", "2011-06-01", "MNE"),
    ("Sweden is expected to apply for NATO membership within weeks.", "2022-04-20", "SWE"),
    ("Georgia was urged to apply for EU membership again after the vote.", "2021-04-20", "GEO"),
    # "nowhere near ready" denies the readiness
    (
        "The chancellor said Albania was nowhere near ready to begin EU accession talks.",
        "2019-06-01",
        "ALB",
    ),
    # a state before ", and leaders said they ..." is the first clause's object
    (
        "The summit gave Armenia a trade deal, and leaders said they would open EU accession "
        "talks with Serbia only once it met the criteria.",
        "2012-12-01",
        "ARM",
    ),
    # a participle on a generic noun describes a kind of state
    (
        "Norway's government said it no longer sees itself as a country seeking EU membership.",
        "2015-03-01",
        "NOR",
    ),
    # a tone, not a position
    (
        "Italy's prime minister struck a cautious note on Serbia's EU membership.",
        "2013-06-28",
        "ITA",
    ),
    # "report back" is a particle
    (
        "Ministers asked Portugal to report back on Albania's EU accession talks by March.",
        "2019-06-01",
        "PRT",
    ),
    # "a decade after it first applied": history
    (
        "Cheers filled the square as Slovenia became an EU member, a decade after it first "
        "applied for EU membership.",
        "2004-05-01",
        "SVN",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), NEGATIVES)
def test_negatives(run, text: str, published: str, who: str) -> None:
    assert not {s for s in _stances(run, text, published) if s[0] == who}


POSITIVES = [
    # an active "allowed", and "is prepared to" / "was committed to" with the holder as subject
    (
        "Greece is prepared to ratify North Macedonia's NATO accession protocol.",
        "2019-01-20",
        ("GRC", "NATO:admit:MKD", "support"),
    ),
    (
        "Moldova's president said her country was committed to EU membership.",
        "2024-06-25",
        ("MDA", "EU:admit:MDA", "support"),
    ),
    # plain "not ready" in a candidate's own mouth still denies nothing for others
    (
        "Hungary blocked the start of EU accession talks with Ukraine.",
        "2023-12-10",
        ("HUN", "EU:open_talks:UKR", "oppose"),
    ),
    # a cautious member as the subject, predicative: still a reservation
    (
        "Denmark remains cautious about opening EU accession talks with Albania.",
        "2019-06-01",
        ("DNK", "EU:open_talks:ALB", "oppose"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), POSITIVES)
def test_positives(run, text: str, published: str, expected: tuple) -> None:
    assert expected in _stances(run, text, published)
