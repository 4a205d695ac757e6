"""Rules for reproductions left open in tests/fixtures/devqa/reproductions-2.txt (own
sentences): those urged to take a step, a head of state signing the instruments, an
application counted back in days, a bare day of the month, an exhortation, a quoted law name
and a relative clause's speaker. Each has a hard negative beside it."""

from __future__ import annotations

from accession.nlp.dates import find_dates


def _stances(out: dict) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]}


def _events(out: dict) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in out["events"]}


def _quotes(out: dict) -> set[tuple[str | None, str]]:
    return {(q["speaker_canonical"], q["text"]) for q in out["quotes"]}


def test_states_urged_to_ratify_are_objects_not_holders(run) -> None:
    out = run(
        "The NATO chief urged Turkey and Hungary to approve Sweden's membership.", "2023-02-20"
    )
    assert not {s for s in _stances(out) if s[0] in ("TUR", "HUN")}


def test_a_member_urging_another_still_holds_its_own_support(run) -> None:
    out = run("Germany urged Hungary to approve Sweden's membership without delay.", "2023-02-20")
    assert ("DEU", "NATO:admit:SWE", "support") in _stances(out)
    assert not {s for s in _stances(out) if s[0] == "HUN"}


def test_a_president_signing_the_instruments_of_ratification(run) -> None:
    text = (
        "On Monday the French president signed the instruments of ratification for Sweden's "
        "and Finland's accession to NATO."
    )
    out = run(text, "2022-08-02")
    assert ("ratification", "2022-08-01") in _events(out)
    assert {("FRA", "NATO:admit:SWE", "support"), ("FRA", "NATO:admit:FIN", "support")} <= (
        _stances(out)
    )


def test_instruments_deposited_are_no_new_ratification(run) -> None:
    out = run("Both countries deposited their instruments of ratification on Monday.", "2022-08-02")
    assert not {t for t, _ in _events(out) if t == "ratification"}


def test_an_application_counted_back_in_days(run) -> None:
    out = run("Moldova applied three days ago to join the European Union.", "2022-03-06")
    assert ("application", "2022-03-03") in _events(out)


def test_an_application_made_yesterday(run) -> None:
    out = run("Georgia applied yesterday for membership of the European Union.", "2022-03-04")
    assert ("application", "2022-03-03") in _events(out)


def test_a_bare_day_of_the_month_in_a_past_and_a_future_clause() -> None:
    import datetime as dt

    pub = dt.date(2024, 2, 27)
    past = "The chamber approved the protocol on the 19th."
    assert [h.date for h in find_dates(past, 0, len(past), pub)] == ["2024-02-19"]
    later = "The chamber approved the protocol on the 28th."  # not yet this month: last month's
    assert [h.date for h in find_dates(later, 0, len(later), pub)] == ["2024-01-28"]
    ahead = "The chamber will vote on the 4th."  # a future clause: the coming one
    assert [h.date for h in find_dates(ahead, 0, len(ahead), pub)] == ["2024-03-04"]


def test_a_bare_ordinal_that_is_no_day() -> None:
    import datetime as dt

    pub = dt.date(2024, 2, 27)
    for text in (
        "The delegation met on the 2nd floor of the building.",
        "The vote was held on the 12th of February.",  # read once, by the day-month reader
        "Finland became a member on the 75th anniversary of the treaty.",
    ):
        dates = [h.date for h in find_dates(text, 0, len(text), pub)]
        assert dates in ([], ["2024-02-12"]), (text, dates)


def test_a_bare_day_of_the_month_dates_a_ratification(run) -> None:
    out = run("Turkey's parliament approved Finland's NATO membership on the 30th.", "2023-04-02")
    assert ("ratification", "2023-03-30") in _events(out)


def test_an_exhortation_to_ratify_is_no_ratification(run) -> None:
    for text in (
        "“It is high time to ratify,” the secretary general said.",
        "It is time for the Hungarian parliament to ratify the protocols, the envoy said.",
    ):
        assert not {t for t, _ in _events(run(text, "2023-03-08")) if t == "ratification"}, text


def test_a_quoted_law_name_is_no_quote_and_its_passing_no_ratification(run) -> None:
    text = (
        "Lawmakers passed the “transparency of influence” law, which Brussels said could "
        "stall the country's EU bid."
    )
    out = run(text, "2024-05-20")
    assert not _quotes(out)
    assert not {t for t, _ in _events(out) if t == "ratification"}


def test_a_quoted_phrase_followed_by_a_clause_is_still_a_quote(run) -> None:
    text = "Stoltenberg said the signing marked “their historic day” which ends a long wait."
    assert any(t == "their historic day" for _, t in _quotes(run(text, "2019-02-07")))


def test_a_relative_clause_antecedent_speaks(run) -> None:
    text = (
        "The Sabor ratified the accession of Sweden on Friday, angering Moscow, which called "
        "the vote “a hostile act”."
    )
    out = run(text, "2022-10-21")
    assert ("Russia", "a hostile act") in _quotes(out)


def test_a_person_in_apposition_before_who_keeps_the_quote(run) -> None:
    text = (
        "The news was posted by Charles Michel, the president of the European Council, who "
        "told Moldovans that “your future lies with us.”"
    )
    out = run(text, "2023-12-14")
    assert {s for s, _ in _quotes(out)} == {"Charles Michel"}


def test_a_fronted_month_takes_the_tense_of_the_clause_after_it() -> None:
    import datetime as dt

    pub = dt.date(2019, 10, 23)
    past = "In February, the allies signed the accession protocol in Brussels."
    assert [h.date for h in find_dates(past, 0, len(past), pub)] == ["2019-02"]
    ahead = "In March, the Senate will vote on the protocol."
    assert [h.date for h in find_dates(ahead, 0, len(ahead), pub)] == ["2020-03"]


def test_a_member_judging_membership_a_step_to_war_opposes_it(run) -> None:
    text = 'Orban said Georgia\'s NATO membership would be "a step towards a world war".'
    assert ("HUN", "NATO:admit:GEO", "oppose") in _stances(run(text, "2024-07-11"))
    text = "Scholz said Georgia's NATO membership would not mean a war with Russia."
    assert not _stances(run(text, "2024-07-11"))


def test_a_summit_on_whose_eve_something_happens_takes_no_date_of_it(run) -> None:
    text = "Erdogan and Kristersson met in Vilnius on Monday, on the eve of the NATO summit."
    out = _events(run(text, "2023-07-10"))
    assert ("meeting", "2023-07-10") in out
    assert ("summit", "2023-07-10") not in out
    text = "Croatia joined NATO on April 1, days before the alliance's 60th anniversary summit."
    out = _events(run(text, "2009-04-02"))
    assert ("accession", "2009-04-01") in out
    assert ("summit", "2009-04-01") not in out


def test_an_application_still_to_come_takes_no_date(run) -> None:
    text = "Finland will apply for NATO membership, President Sauli Niinisto said on Sunday."
    out = _events(run(text, "2022-05-15"))
    assert ("statement", "2022-05-15") in out
    assert ("application", "2022-05-15") not in out
    text = "The Swedish government decided on Monday to apply for NATO membership."
    assert ("application", "2022-05-16") not in _events(run(text, "2022-05-16"))
    text = "Finland and Sweden applied for NATO membership on Wednesday."
    assert ("application", "2022-05-18") in _events(run(text, "2022-05-18"))
