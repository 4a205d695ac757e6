"""Event shapes of real copy (own sentences): leaders giving a candidate the go-ahead, an
accession told as planned with its date, and a weekday's tense read inside its paragraph."""

from __future__ import annotations


def _events(run, text: str, published: str) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in run(text, published)["events"]}


def test_eu_leaders_giving_a_candidate_the_go_ahead_is_a_summit(run) -> None:
    text = "EU leaders gave Serbia the go-ahead on Friday to start accession talks by January."
    assert ("summit", "2013-06-28") in _events(run, text, "2013-06-28")


def test_an_accession_planned_for_a_named_day(run) -> None:
    text = (
        "The decisions came as Croatia prepares to join the European Union on Monday.\n\n"
        "“These decisions are a result of the agreement the two sides reached in April.”"
    )
    assert ("accession", "2013-07-01") in _events(run, text, "2013-06-28")


def test_an_accession_hoped_for_one_day_is_no_event(run) -> None:
    text = "Ukraine will join NATO one day, the foreign minister said."
    assert not {t for t, _ in _events(run, text, "2024-07-10") if t == "accession"}


def test_a_trigger_after_a_headline_ending_in_a_word_like_an_article(run) -> None:
    # the window before "meeting" reaches into the headline, where "an" of "plan" could
    # start a match inside a word; the real one starts at "nato ministers"
    text = (
        "NATO approves plan\n\n"
        "NATO ministers meeting on Tuesday in Brussels called on Bosnia to submit its program."
    )
    assert ("meeting", "2018-12-04") in _events(run, text, "2018-12-05")


def test_bids_handed_in_and_a_decision_to_join_are_applications(run) -> None:
    text = (
        "Finland ended decades of non-alignment and decided to join NATO last May.\n\n"
        "Sweden and Finland handed in their bids to join NATO in May 2022."
    )
    got = _events(run, text, "2023-03-31")
    assert ("application", "2022-05") in got


def test_bids_accepted_at_a_summit_are_an_invitation(run) -> None:
    text = "Their bids were accepted at the alliance's June summit."
    assert ("invitation", "2022-06") in _events(run, text, "2023-03-31")


def test_allies_deciding_to_join_forces_is_no_application(run) -> None:
    text = "The allies decided to join forces on air defence last May."
    assert not {t for t, _ in _events(run, text, "2023-03-31") if t == "application"}


def test_an_accession_told_with_will_and_its_day(run) -> None:
    text = "Croatia will join the European Union on Monday, officials said."
    assert ("accession", "2013-07-01") in _events(run, text, "2013-06-28")


def test_a_meeting_of_the_european_council_is_a_summit(run) -> None:
    text = (
        "The EU granted Bosnia candidate status at a meeting of the European Council on Thursday."
    )
    assert ("summit", "2022-12-15") in _events(run, text, "2022-12-16")


def test_accession_talks_that_will_start_are_no_meeting(run) -> None:
    text = "The leaders agreed talks with Montenegro would start by June at the latest."
    assert not any(t == "meeting" for t, _ in _events(run, text, "2012-03-02"))
    text = "The Hungarian prime minister held talks with the Turkish president on Monday."
    assert ("meeting", "2023-01-02") in _events(run, text, "2023-01-03")


def test_words_after_a_fronted_message_or_occasion_are_a_statement(run) -> None:
    text = (
        "In a message on March 2, the Bulgarian president said Bulgaria backs Moldova's "
        "membership of the European Union."
    )
    assert ("statement", "2022-03-02") in _events(run, text, "2022-03-04")
    text = "After the signing, Montenegro's prime minister told reporters it was a proud day."
    assert "statement" in {t for t, _ in _events(run, text, "2017-05-25")}
    text = "After the signing, the delegations went to lunch."
    assert "statement" not in {t for t, _ in _events(run, text, "2017-05-25")}


def test_an_event_counted_back_in_months_or_years_keeps_only_what_is_known(run) -> None:
    lead = "Formal accession talks with Albania kicked off on Tuesday. "
    got = _events(
        run,
        lead + "The step comes three months after Albania applied for EU membership.",
        "2024-06-25",
    )
    assert ("application", "2024-03") in got
    got = _events(
        run,
        lead + "The step comes eight years after Albania applied for EU membership.",
        "2024-06-25",
    )
    assert ("application", None) in got
    assert ("application", "2024-06-25") not in got


def test_meeting_conditions_is_no_meeting(run) -> None:
    text = "Brussels said Zagreb is ready to meet the hard conditions of membership by July."
    assert not {t for t, _ in _events(run, text, "2011-12-09") if t == "meeting"}


def test_ratifying_another_named_treaty_is_no_accession_step(run) -> None:
    text = "The two presidents pledged to seek quick ratification of the START II treaty."
    assert not {t for t, _ in _events(run, text, "1994-12-06") if t == "ratification"}
    text = "The Senate ratified the North Atlantic Treaty protocol on Monday."
    assert ("ratification", "1998-04-27") in _events(run, text, "1998-04-28")


def test_a_candidate_applying_in_the_progressive_is_an_application(run) -> None:
    text = "On Friday, the president announced that Moldova was applying for EU membership."
    assert ("application", "2022-03-04") in _events(run, text, "2022-03-06")
    text = "Moldova is applying for a loan from the bank."
    assert not {t for t, _ in _events(run, text, "2022-03-06") if t == "application"}
