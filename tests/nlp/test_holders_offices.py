"""Who speaks for a state: an official of an organisation does not speak for the country of
his passport, a news medium reports rather than holds a position, the noun "ratification" is
no ratifier's act, and a state named as where something happens is no candidate. Every
sentence here was written for these tests."""

from __future__ import annotations


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


def test_an_eu_official_speaks_for_no_member_state(run) -> None:
    text = "Ursula von der Leyen welcomed the decision to open accession talks with Ukraine."
    out = run(text, "2023-12-15")
    assert not {s for s in _stances(run, text, "2023-12-15") if s[0] == "DEU"}
    people = {a["canonical"]: a.get("country_iso3") for a in out["actors"] if a["type"] == "person"}
    assert people == {"Ursula von der Leyen": None}


def test_a_news_medium_is_no_holder(run) -> None:
    text = "TASS said Montenegro's membership of NATO was a mistake."
    assert not {s for s in _stances(run, text, "2016-05-20") if s[0] == "RUS"}
    # the state itself still is
    said = "Russia said Montenegro's membership of NATO was a mistake."
    assert ("RUS", "NATO:admit:MNE", "oppose") in _stances(run, said, "2016-05-20")


def test_the_noun_ratification_names_the_step(run) -> None:
    text = (
        "The US president made clear that a longer list of candidates would make ratification "
        "of Georgia's NATO membership in the Senate harder."
    )
    assert not {s for s in _stances(run, text, "2024-07-12") if s[2] == "support"}
    done = "Portugal's ratification of Georgia's NATO membership came on Tuesday."
    assert ("PRT", "NATO:admit:GEO", "support") in _stances(run, done, "2024-07-12")


def test_a_state_named_as_a_place_is_no_candidate(run) -> None:
    text = (
        "The accession of Georgia comes as allied governments weigh air strikes over Armenia. "
        "Russia warned of a response."
    )
    got = _stances(run, text, "2024-07-12")
    assert ("RUS", "NATO:admit:GEO", "oppose") in got
    assert not {s for s in got if s[1].endswith(":ARM")}


def test_a_state_given_something_is_no_holder(run) -> None:
    text = (
        "NATO foreign ministers gave Armenia a Membership Action Plan, and refused to issue an "
        "invitation to Georgia."
    )
    assert not {s for s in _stances(run, text, "2009-12-04") if s[0] == "ARM"}
    # the giver itself still is
    given = "Portugal gave its backing to Georgia's invitation to join NATO."
    assert ("PRT", "NATO:invite:GEO", "support") in _stances(run, given, "2009-12-04")
