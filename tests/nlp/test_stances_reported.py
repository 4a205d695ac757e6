"""Reported positions in news language: candidates backing their own bids, outsiders'
hostility, lists of subjects, recommendations, and the hard negatives that must stay empty.
Every sentence here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PUB = "2023-03-01"  # Finland and Sweden still candidates


def _stances(run, text: str, published: str = PUB) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


CASES = [
    (
        "Norway's parliament voted on Tuesday to ratify Finland's accession to NATO.",
        {("NOR", "NATO:admit:FIN", "support")},
    ),
    (
        "Moldova and Georgia formally opened accession talks with the European Union.",
        {("MDA", "EU:open_talks:MDA", "support"), ("GEO", "EU:open_talks:GEO", "support")},
    ),
    (
        "The Swedish foreign minister said Stockholm remained confident that Sweden would "
        "soon become a member of NATO.",
        {("SWE", "NATO:admit:SWE", "support")},
    ),
    (
        "Russia has warned Finland against joining NATO.",
        {("RUS", "NATO:admit:FIN", "oppose")},
    ),
    (
        "The Kremlin called Finland's membership of NATO a threat to Russia.",
        {("RUS", "NATO:admit:FIN", "oppose")},
    ),
    (
        "Norway's parliament ratified Finland's membership of NATO. "
        "Moscow has condemned the enlargement of the alliance.",
        {("NOR", "NATO:admit:FIN", "support"), ("RUS", "NATO:admit:FIN", "oppose")},
    ),
    (
        '"Ukraine and Georgia should be given a Membership Action Plan," Polish President '
        "Andrzej Duda said.",
        {("POL", "NATO:map:UKR", "support"), ("POL", "NATO:map:GEO", "support")},
    ),
    (
        "Parliament voted to ratify Finland's membership of NATO despite sharp criticism "
        "from Moscow.",
        {("RUS", "NATO:admit:FIN", "oppose")},
    ),
    (
        "Canada and Italy are not ready to recommend inviting Ukraine to join NATO, an "
        "official said.",
        {("CAN", "NATO:invite:UKR", "oppose"), ("ITA", "NATO:invite:UKR", "oppose")},
    ),
    (
        "Belgium is slow-walking Kyiv's request for an invitation to join NATO.",
        {("BEL", "NATO:invite:UKR", "oppose")},
    ),
    (
        "Denmark would recommend inviting Ukraine to join NATO, its foreign minister said.",
        {("DNK", "NATO:invite:UKR", "support")},
    ),
]


@pytest.mark.parametrize(
    "text,expected",
    CASES,
    ids=[
        "parliament-ratifies",
        "candidates-open-talks",
        "candidate-confident",
        "outsider-warns-against",
        "metonym-threat",
        "outsider-refers-back",
        "should-be-given",
        "criticism-from",
        "not-ready-to-recommend",
        "slow-walking",
        "would-recommend",
    ],
)
def test_reported_positions(run, text: str, expected: set) -> None:
    assert expected <= _stances(run, text)


NEGATIVES = [
    # an outsider's words that are not about the enlargement
    "Russia warned of higher gas prices this winter.",
    # a candidate that opens or asks things does not oppose or support others' bids
    "Moldova asked the European Commission for budget support on Tuesday.",
    # an obligation is not a stance
    "The Greek parliament must then ratify North Macedonia's accession protocol.",
    # a passive recommendation names the candidates as objects, not as holders
    "Ukraine and Georgia should be given a Membership Action Plan, diplomats said.",
    # a hypothetical
    "If Hungary were to block Sweden's accession, the summit would be overshadowed.",
    # a denial
    "Budapest does not oppose Sweden joining NATO, the minister said.",
    # "without delay" is urgency, not opposition
    "Poland said allies should invite Ukraine to join NATO without delay.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_no_opposition_in_negatives(run, text: str) -> None:
    assert not {s for s in _stances(run, text) if s[2] in ("oppose", "conditional")}


def test_candidate_holder_gets_only_its_own_question(run) -> None:
    got = _stances(run, "Moldova and Ukraine formally opened negotiations on joining the EU.")
    assert ("MDA", "EU:open_talks:UKR", "support") not in got
    assert ("UKR", "EU:open_talks:MDA", "support") not in got


def test_secretary_general_speaks_for_no_state(run) -> None:
    text = (
        '"Sweden\'s accession will make the alliance stronger," NATO Secretary General '
        "Jens Stoltenberg said."
    )
    assert {s for s in _stances(run, text, "2023-07-10") if s[0] == "NOR"} == set()


def test_membership_without_institution_word_takes_the_articles(run) -> None:
    text = (
        "The European Union opened accession negotiations with Moldova on Tuesday. "
        '"We are asking to be judged on our reforms," Moldovan Prime Minister Dorin Recean '
        "said, adding that Moldova aimed to be ready for membership by 2030."
    )
    got = _stances(run, text, "2024-06-26")
    assert ("MDA", "EU:admit:MDA", "support") in got
    assert not {s for s in got if s[1].startswith("NATO:")}


DEMO = Path(__file__).parents[2] / "src/accession/demo/documents/11-poland-duda-invite.json"


def test_demo_note_poland_calls_for_invitation_is_support() -> None:
    from accession.kb import load_kb
    from accession.nlp import Pipeline

    doc = json.loads(DEMO.read_text())
    pipe = Pipeline(load_kb(), ner=None)
    for text in (doc["text"], f"{doc['title']}\n\n{doc['text']}"):
        got = pipe({**doc, "text": text})["stances"]
        pol = {s["stance"] for s in got if s["actor_iso3"] == "POL"}
        assert pol == {"support"}


def test_outsider_is_never_a_candidate(run) -> None:
    got = _stances(run, "Norway's parliament called the enlargement a guarantee against Russia.")
    assert not {s for s in got if s[1].endswith(":RUS")}


def test_weekday_before_a_past_verb_is_past(run) -> None:
    text = (
        "Greek lawmakers late on Friday ratified the protocol that will allow North "
        "Macedonia to join NATO."
    )
    events = run(text, "2019-02-09")["events"]  # a Saturday
    assert {(e["type"], e["date"]) for e in events} >= {("ratification", "2019-02-08")}


def test_pressing_for_the_move_told_before_still_holds(run) -> None:
    text = (
        "EU leaders agreed to open accession talks with Armenia on Thursday.\n\n"
        "Austria and Slovenia had pushed hardest for the move."
    )
    got = {
        (s["actor_iso3"], s["question"], s["stance"]) for s in run(text, "2022-12-15")["stances"]
    }
    assert {("AUT", "EU:open_talks:ARM", "support"), ("SVN", "EU:open_talks:ARM", "support")} <= got
