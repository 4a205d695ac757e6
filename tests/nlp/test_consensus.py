"""Consensus remarks: reached, not reached, unclear."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Diplomats say there is no consensus among the 32 allies on inviting Ukraine to NATO.",
        "NATO:invite:UKR",
        "not_reached",
    ),
    (
        "Georgia's request for an invitation to NATO was blocked by Greece.",
        "NATO:invite:GEO",
        "not_reached",
    ),
    ("Albania won an invitation to join NATO at the summit.", "NATO:invite:ALB", "reached"),
    (
        "It is unclear whether consensus on inviting Ukraine to NATO can be found.",
        "NATO:invite:UKR",
        "unclear",
    ),
]


@pytest.mark.parametrize(
    "text,question,status", CASES, ids=["no-consensus", "blocked", "won-invitation", "unclear"]
)
def test_consensus(run, text: str, question: str, status: str) -> None:
    got = {(c["question"], c["status"]) for c in run(text, "2008-04-03")["consensus"]}
    assert (question, status) in got


def test_vague_remark_takes_the_article_question(run) -> None:
    text = (
        "Kyiv expects an invitation to join NATO.\n\nAccording to diplomats, there is no "
        "consensus among member states on such a decision."
    )
    got = {(c["question"], c["status"]) for c in run(text)["consensus"]}
    assert got == {("NATO:invite:UKR", "not_reached")}


def test_hypothetical_is_not_a_remark(run) -> None:
    text = "If there were no consensus on inviting Ukraine to NATO, talks would go on."
    assert run(text)["consensus"] == []


GENERAL = [
    (
        "Ministers agreed late on Friday to open membership talks with Albania and the EU.",
        "EU:open_talks:ALB",
        "reached",
    ),
    (
        "By Tuesday all 31 allies had given their approval to Sweden joining NATO.",
        "NATO:admit:SWE",
        "reached",
    ),
    (
        "Envoys said the allies remained far from agreement on inviting Georgia to NATO.",
        "NATO:invite:GEO",
        "not_reached",
    ),
    (
        "The summit declined to issue an invitation to Ukraine to join NATO.",
        "NATO:invite:UKR",
        "not_reached",
    ),
]


@pytest.mark.parametrize(
    "text,question,status",
    GENERAL,
    ids=["agreed-with-time-phrase", "all-allies-approved", "far-from-agreement", "declined"],
)
def test_general_consensus_phrasings(run, text: str, question: str, status: str) -> None:
    got = {(c["question"], c["status"]) for c in run(text, "2024-03-01")["consensus"]}
    assert (question, status) in got


@pytest.mark.parametrize(
    "text",
    [
        "Most of the 31 allies have ratified Sweden's accession to NATO.",
        "Greece had vetoed Skopje's bid to join NATO for a decade.",
    ],
    ids=["partial-ratification", "superseded-veto"],
)
def test_hard_negatives_are_not_consensus(run, text: str) -> None:
    assert run(text, "2024-03-01")["consensus"] == []
