"""Families of phrasing for positions that the older cue lists missed: promises and standing
behind a candidate, praise of the step, steps tied to a condition, a candidate's own signing
and waiting, pluperfect ratifications, lists of speakers and of objects, and the hard
negatives beside each. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


CASES = [
    # a promise to ratify
    (
        "Hungarian Prime Minister Viktor Orbán promised that lawmakers would ratify Sweden's "
        "accession to NATO before the summer.",
        "2023-03-01",
        {("HUN", "NATO:admit:SWE", "support")},
    ),
    # standing behind a candidate, said by a list of states
    (
        "Poland, Romania and Slovakia said in a joint letter that they stand firmly behind "
        "Ukraine's future membership of NATO.",
        "2022-10-05",
        {
            ("POL", "NATO:admit:UKR", "support"),
            ("ROU", "NATO:admit:UKR", "support"),
            ("SVK", "NATO:admit:UKR", "support"),
        },
    ),
    # a quoted remark said by a list of states speaks for each of them
    (
        "The leaders of Latvia, Lithuania and Estonia said they \"stand behind Georgia's road to "
        'NATO membership".',
        "2022-10-05",
        {
            ("LVA", "NATO:admit:GEO", "support"),
            ("LTU", "NATO:admit:GEO", "support"),
            ("EST", "NATO:admit:GEO", "support"),
        },
    ),
    # praise of the step by the candidate's own minister
    (
        "Croatia's foreign minister called entry into NATO a historic step for his country.",
        "2008-07-10",
        {("HRV", "NATO:admit:HRV", "support")},
    ),
    # the step tied to something else: conditional
    (
        "Turkish President Recep Tayyip Erdoğan tied ratification of Sweden's NATO accession to "
        "the sale of American fighter jets.",
        "2023-12-20",
        {("TUR", "NATO:admit:SWE", "conditional")},
    ),
    (
        "The Netherlands set a long list of conditions for opening EU accession talks with "
        "Albania.",
        "2020-03-20",
        {("NLD", "EU:open_talks:ALB", "conditional")},
    ),
    (
        "Turkish President Recep Tayyip Erdoğan said Sweden's accession protocol would reach "
        "parliament only once Stockholm cracked down on militant groups.",
        "2023-04-04",
        {("TUR", "NATO:admit:SWE", "conditional")},
    ),
    # a condition told later qualifies an approval told first
    (
        "Turkey's parliament approved Sweden's accession to NATO in committee. Turkish President "
        "Recep Tayyip Erdoğan has linked the final vote on Sweden's accession to the jet sale.",
        "2023-12-27",
        {("TUR", "NATO:admit:SWE", "conditional")},
    ),
    # lifting "the country's veto" is a change of position
    (
        "Bulgaria's parliament voted to lift the country's veto on EU accession talks with North "
        "Macedonia.",
        "2022-06-24",
        {("BGR", "EU:open_talks:MKD", "support")},
    ),
    # a ratification in the pluperfect is not undone
    (
        "Turkey's parliament had ratified Sweden's accession to NATO in January, after months "
        "of delay.",
        "2024-03-07",
        {("TUR", "NATO:admit:SWE", "support")},
    ),
    # the candidate's own signing and waiting
    (
        "Kosovo's prime minister signed the country's application for EU membership in Pristina.",
        "2022-12-14",
        {("XKX", "EU:admit:XKX", "support")},
    ),
    (
        "Albania, which has waited for EU accession talks since 2020, is losing patience.",
        "2022-06-24",
        {("ALB", "EU:open_talks:ALB", "support")},
    ),
    # wanting to enter the alliance
    (
        "Finland still wants to enter the alliance, its foreign minister said.",
        "2023-01-24",
        {("FIN", "NATO:admit:FIN", "support")},
    ),
    # an outsider answering the step with measures of its own
    (
        "Moscow said it would respond to Sweden's accession to NATO with military measures.",
        "2024-03-07",
        {("RUS", "NATO:admit:SWE", "oppose")},
    ),
]


@pytest.mark.parametrize(
    "text,published,expected", CASES, ids=[f"case{i}" for i in range(len(CASES))]
)
def test_families(run, text: str, published: str, expected: set) -> None:
    assert expected <= _stances(run, text, published)


NEGATIVES = [
    # a step not yet taken is no refusal
    ("Of all the allies, only Hungary has still not ratified Sweden's accession to NATO.", "HUN"),
    # a promise that has since been overtaken ("had once promised")
    ("Orbán had once promised to ratify Sweden's NATO accession quickly.", "HUN"),
    # a hypothetical
    ("If Poland were to stand behind Georgia's NATO membership, Moscow would protest.", "POL"),
    # a denial
    ("Hungary does not oppose Sweden's accession to NATO.", "HUN"),
    # aid is not the step
    (
        "American officials said the best way to help Ukraine for now was practical support on "
        "the ground, not a debate about NATO membership.",
        "USA",
    ),
    # ties as a noun, not a condition
    ("Hungary's close ties to Russia have worried allies about Sweden's NATO accession.", "HUN"),
    # an appeal names its addressees as objects, not as holders
    (
        "The NATO secretary general said he counted on Turkey and Hungary to complete their "
        "ratifications of Sweden's accession soon.",
        "HUN",
    ),
    # the speaker reports what others do
    (
        "Serbian President Aleksandar Vučić argued that member states supporting Kosovo's EU "
        "bid were breaking the bloc's rules.",
        "SRB-support",
    ),
    # an approval told in a time clause belongs to its own candidate
    ("Finland joined NATO in April, once Turkey had approved its membership.", "TUR-SWE"),
    # a quote with no named speaker
    ('"We stand behind Ukraine\'s NATO membership," a senior diplomat said.', "any"),
]


@pytest.mark.parametrize("text,who", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_negatives(run, text: str, who: str) -> None:
    got = _stances(run, text, "2023-12-27" if "April" in text else "2023-03-01")
    if who == "any":
        assert got == set()
    elif who == "SRB-support":
        assert not any(a == "SRB" and st == "support" for a, _, st in got)
    elif who == "TUR-SWE":
        assert not any(a == "TUR" and q == "NATO:admit:SWE" for a, q, _ in got)
    else:
        assert not any(a == who for a, _, _ in got), got


def test_historical_dispute_is_no_praise(run) -> None:
    text = (
        "A historical dispute over language has shadowed North Macedonia's EU accession talks "
        "with Bulgaria."
    )
    assert not any(st == "support" for _, _, st in _stances(run, text, "2022-06-24"))


# Reactions told without naming the step speak of the story's decision.
REACTIONS = [
    (
        "EU ministers agreed to open accession talks with Moldova. Austria's chancellor "
        "welcomed the decision as overdue.",
        "2024-06-25",
        {("AUT", "EU:open_talks:MDA", "support")},
    ),
    (
        "Kosovo formally applied for EU membership on Thursday. Belgrade rejected the move.",
        "2022-12-15",
        {("SRB", "EU:admit:XKX", "oppose")},
    ),
    (
        "NATO allies agreed to invite Montenegro to join. Montenegro's foreign minister called "
        "it a historic day for the Adriatic country.",
        "2015-12-02",
        {("MNE", "NATO:invite:MNE", "support")},
    ),
    # one parliament "did the same" as the one named before it, in the same sentence
    (
        "Finland's membership of NATO needed every ally. Latvia's parliament voted for the "
        "protocol on Monday, a week after Estonia's parliament did the same.",
        "2022-07-15",
        {("LVA", "NATO:admit:FIN", "support"), ("EST", "NATO:admit:FIN", "support")},
    ),
    # "applied alongside" names the application
    (
        "Sweden applied alongside Finland but is still waiting.",
        "2023-04-04",
        {("SWE", "NATO:admit:SWE", "support")},
    ),
    # "approved it" after the protocol was named
    (
        "Sweden's accession protocol went to the allied parliaments. Portugal's parliament "
        "approved it in the spring.",
        "2022-09-01",
        {("PRT", "NATO:admit:SWE", "support")},
    ),
    # the first intergovernmental conference is the opening of EU talks
    (
        "Denmark set several conditions that Albania must meet before its first "
        "intergovernmental conference can be held.",
        "2020-03-25",
        {("DNK", "EU:open_talks:ALB", "conditional")},
    ),
]


@pytest.mark.parametrize(
    "text,published,expected", REACTIONS, ids=[f"reaction{i}" for i in range(len(REACTIONS))]
)
def test_reactions_and_references(run, text: str, published: str, expected: set) -> None:
    assert expected <= _stances(run, text, published)


def test_bare_protocol_takes_the_candidate_of_the_sentence_before(run) -> None:
    text = (
        "Sweden and Finland applied to join NATO together. Norway ratified Finland's "
        "membership first. Denmark's parliament ratified the protocol a day later."
    )
    got = _stances(run, text, "2022-07-01")
    assert ("DNK", "NATO:admit:FIN", "support") in got
    assert ("DNK", "NATO:admit:SWE", "support") not in got


REACTION_NEGATIVES = [
    # a reaction to another decision
    (
        "EU ministers agreed to open accession talks with Moldova. Hungary welcomed the "
        "decision on farm subsidies.",
        "2024-06-25",
        "HUN",
    ),
    # a past reaction since overtaken
    (
        "Kosovo formally applied for EU membership on Thursday. Belgrade had rejected the move "
        "at first.",
        "2022-12-15",
        "SRB",
    ),
    # a denial
    (
        "Kosovo formally applied for EU membership on Thursday. Athens did not reject the move.",
        "2022-12-15",
        "GRC",
    ),
    # an inverted conditional is hypothetical as a whole
    (
        "Were Turkey to ratify only Finland's bid, Helsinki would face a hard choice.",
        "2023-01-24",
        "any",
    ),
    # "the same day" is a time, not a position
    (
        "Sweden applied to join NATO in May. Norway's prime minister backed the bid the same "
        "day, and Denmark's foreign minister spoke the same day.",
        "2022-05-20",
        "DNK",
    ),
]


@pytest.mark.parametrize(
    "text,published,who",
    REACTION_NEGATIVES,
    ids=[f"reaction-neg{i}" for i in range(len(REACTION_NEGATIVES))],
)
def test_reaction_negatives(run, text: str, published: str, who: str) -> None:
    got = _stances(run, text, published)
    if who == "any":
        assert got == set()
    else:
        assert not any(a == who for a, _, _ in got), got


# A candidate's own wish or step where the sentence names the decision only as a word.
OWN_WISHES = [
    (
        "NATO ministers again declined to offer Georgia and Ukraine a Membership Action Plan. "
        "Tbilisi, which had campaigned and lobbied for the plan for months, said it would keep "
        "trying.",
        "2008-12-04",
        {("GEO", "NATO:map:GEO", "support")},
    ),
    (
        "EU leaders failed to unblock talks for North Macedonia and Albania on Thursday. "
        "Albania's prime minister, whose country has waited for its own talks for two years, "
        "called the deadlock a disgrace.",
        "2022-06-24",
        {("ALB", "EU:open_talks:ALB", "support")},
    ),
]


@pytest.mark.parametrize(
    "text,published,expected", OWN_WISHES, ids=[f"own{i}" for i in range(len(OWN_WISHES))]
)
def test_own_wishes_in_sentences_without_a_candidate(
    run, text: str, published: str, expected: set
) -> None:
    assert expected <= _stances(run, text, published)


def test_a_member_lobbying_in_such_a_sentence_is_not_read_as_a_candidate(run) -> None:
    text = (
        "NATO ministers again declined to offer Georgia a Membership Action Plan. Poland, "
        "which had lobbied for the plan, was disappointed."
    )
    got = _stances(run, text, "2008-12-04")
    assert not any(a == "POL" and st != "support" for a, _, st in got)
    assert not any(a == "GEO" for a, _, _ in got)


def test_capital_before_a_relative_clause_is_a_subject_not_a_dateline(run) -> None:
    text = (
        "Allies deferred Georgia's Membership Action Plan again. Tbilisi, which has long "
        "sought the plan, said it was disappointed."
    )
    result = run(text, "2008-12-04")
    assert ("GEO", "NATO:map:GEO", "support") in {
        (s["actor_iso3"], s["question"], s["stance"]) for s in result["stances"]
    }
