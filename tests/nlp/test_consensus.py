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
        "More than 20 of NATO's 30 members have already ratified Sweden's accession.",
        "NATO leaders agreed on Wednesday to raise their defence spending target, and the "
        "declaration said the allies would keep supporting Ukraine on its path to membership.",
        "Greece had vetoed Skopje's bid to join NATO for a decade.",
        "Portugal lifted its veto on Friday, ending a dispute that had also held up Georgia's "
        "NATO invitation.",
    ],
    ids=[
        "partial-ratification",
        "more-than-n-of",
        "agreed-something-else",
        "superseded-veto",
        "had-also-held-up",
    ],
)
def test_hard_negatives_are_not_consensus(run, text: str) -> None:
    assert run(text, "2024-03-01")["consensus"] == []


# Consensus reported with an apposition or relative clause that dates something else.
def test_year_in_a_following_apposition_is_not_the_remarks_date(run) -> None:
    text = (
        "EU foreign ministers agreed on Monday to open accession talks with Moldova, the first "
        "such step for a former Soviet republic since the Baltic states joined in 2004."
    )
    got = {(c["question"], c["status"]) for c in run(text, "2024-06-25")["consensus"]}
    assert ("EU:open_talks:MDA", "reached") in got


def test_fronted_year_still_makes_the_remark_history(run) -> None:
    text = "In April 2008 allied leaders failed to agree on offering Georgia an invitation."
    assert run(text, "2015-06-01")["consensus"] == []


def test_failed_to_unblock_talks_is_not_reached(run) -> None:
    text = "EU leaders failed once more on Thursday to unblock accession talks for Moldova."
    got = {(c["question"], c["status"]) for c in run(text, "2023-11-30")["consensus"]}
    assert got == {("EU:open_talks:MDA", "not_reached")}


def test_a_hypothetical_failure_is_no_status(run) -> None:
    text = "If EU leaders fail to unblock accession talks for Moldova, Chisinau will protest."
    assert run(text, "2023-11-30")["consensus"] == []


def test_completed_accession_gives_no_consensus(run) -> None:
    text = (
        "Norway, the last of the allies to ratify Finland's membership, handed over its "
        "instrument a week ago."
    )
    got = {(c["question"], c["status"]) for c in run(text, "2023-03-30")["consensus"]}
    assert ("NATO:admit:FIN", "reached") in got  # still pending on that day
    assert run(text, "2023-04-05")["consensus"] == []  # Finland joined on 4 April


@pytest.mark.parametrize(
    ("text", "question", "status"),
    [
        (
            "EU leaders decided on Friday to open accession talks with Montenegro.",
            "EU:open_talks:MNE",
            "reached",
        ),
        (
            "NATO allies decided late last night to invite Montenegro to join the alliance.",
            "NATO:invite:MNE",
            "reached",
        ),
        (
            "The ministers decided in Luxembourg to begin membership negotiations with Iceland.",
            "EU:open_talks:ISL",
            "reached",
        ),
    ],
)
def test_decided_with_a_time_between(run, text: str, question: str, status: str) -> None:
    """ "decided on Friday to open": a time phrase between the verb and its infinitive."""
    got = {(c["question"], c["status"]) for c in run(text, "2012-06-29")["consensus"]}
    assert (question, status) in got


@pytest.mark.parametrize(
    "text",
    [
        "EU leaders have not decided on Friday to open accession talks with Montenegro.",
        "If EU leaders decided on Friday to open accession talks with Montenegro, Serbia would "
        "protest.",
        "EU leaders decided on Friday to postpone any talks with Montenegro.",
    ],
)
def test_decided_near_misses(run, text: str) -> None:
    got = {(c["question"], c["status"]) for c in run(text, "2012-06-29")["consensus"]}
    assert ("EU:open_talks:MNE", "reached") not in got
