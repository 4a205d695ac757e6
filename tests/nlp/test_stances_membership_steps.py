"""Which step a position is about: an outsider's hostility is to membership, the end of
talks is admission, a state that has joined holds no position on its own accession, and an
opposition that lasts while the war goes on is conditional. Every sentence here was written
for these tests."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def test_an_outsiders_hostility_is_to_membership(run) -> None:
    text = (
        "Allies argued for hours on Tuesday over whether to invite Georgia. "
        "Moscow's reaction was hostile, and Russia warned of a response."
    )
    got = {s for s in _stances(run, text, "2023-07-12") if s[0] == "RUS"}
    assert got == {("RUS", "NATO:admit:GEO", "oppose")}


def test_the_end_of_talks_is_admission(run) -> None:
    text = "Montenegro hopes to conclude its membership negotiations next year."
    assert _stances(run, text, "2024-06-27") == {("MNE", "EU:admit:MNE", "support")}
    closed = "The leaders closed membership negotiations with Montenegro late on Friday."
    assert _consensus(run, closed, "2024-06-29") == {("EU:admit:MNE", "reached")}
    opened = "Montenegro opened membership negotiations on Tuesday."
    assert ("MNE", "EU:open_talks:MNE", "support") in _stances(run, opened, "2012-06-30")


def test_talks_closed_with_no_candidate_named_are_not_the_storys_other_question(run) -> None:
    text = (
        "Leaders debated accession talks with Turkey for hours. "
        "They closed membership negotiations with ten countries late on Friday."
    )
    assert ("EU:open_talks:TUR", "reached") not in _consensus(run, text, "2002-12-14")


def test_a_new_member_holds_no_position_on_its_own_accession(run) -> None:
    text = (
        "Croatia joined the European Union at midnight, and its president called it a "
        "historic day for the country."
    )
    # Croatia is a member on the day of publication
    assert not {s for s in _stances(run, text, "2013-07-01") if s[0] == "HRV"}
    # the day before, its own support is read
    before = "Croatia's president said the country was ready to join the European Union."
    assert ("HRV", "EU:admit:HRV", "support") in _stances(run, before, "2013-06-30")


def test_opposition_while_the_war_lasts_is_conditional(run) -> None:
    text = (
        "Spain's prime minister said the situation did not allow for an invitation for Georgia "
        "to join NATO while the war was still going on."
    )
    assert _stances(run, text, "2024-07-12") == {("ESP", "NATO:invite:GEO", "conditional")}
    # a limit that is not a condition on the step stays opposition
    other = (
        "Spain's prime minister vowed to block Georgia from joining NATO for as long as he is "
        "in office."
    )
    assert _stances(run, other, "2024-07-12") == {("ESP", "NATO:admit:GEO", "oppose")}


def test_talks_under_way_are_the_admissions_step(run) -> None:
    # the knowledge base dates the opening of Croatia's talks to October 2005
    text = (
        "Slovenia is holding up Croatia's membership negotiations with the European Union "
        "until the border quarrel is resolved."
    )
    assert _stances(run, text, "2009-04-01") == {("SVN", "EU:admit:HRV", "conditional")}
    # before they opened, the same words are about opening them
    assert _stances(run, text, "2005-03-01") == {("SVN", "EU:open_talks:HRV", "conditional")}


def test_an_outsider_on_the_candidates_a_sentence_names(run) -> None:
    text = (
        "NATO leaders invited Bulgaria, Estonia, Latvia, Lithuania and Romania to begin "
        "accession talks. Russian officials have said they see no need for the alliance to "
        "take in the Baltic states."
    )
    got = {s for s in _stances(run, text, "2002-11-22") if s[0] == "RUS"}
    assert got == {
        ("RUS", "NATO:admit:EST", "oppose"),
        ("RUS", "NATO:admit:LVA", "oppose"),
        ("RUS", "NATO:admit:LTU", "oppose"),
    }


def test_no_threat_is_no_hostility(run) -> None:
    text = (
        "NATO leaders invited Georgia to begin accession talks. The US president flew to "
        "Moscow to convince the Kremlin that a larger alliance poses no threat to Russia."
    )
    assert not {s for s in _stances(run, text, "2002-11-22") if s[0] == "RUS"}


def test_a_great_day_for_my_country_is_the_speakers_reaction(run) -> None:
    text = (
        "The U.S. Senate voted 97-2 on Tuesday to approve Armenia's membership of NATO.\n\n"
        'Armenian Prime Minister Nikol Pashinyan thanked the senators. "This is a great day '
        'for my country," he said in a statement.'
    )
    assert ("ARM", "NATO:admit:ARM", "support") in _stances(run, text, "2024-03-29")
    # a day for something else is no reaction to the step
    other = 'The Senate met on Tuesday. "It was a good day for the farmers," a senator said.'
    assert _stances(run, other, "2017-03-29") == set()
