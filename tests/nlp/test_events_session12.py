"""Event dates of the twelfth session (own sentences): the lead's undated news is not dated by
a background date the story tells after it."""

from __future__ import annotations


def _events(run, text: str, published: str) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in run(text, published)["events"]}


def test_the_leads_news_takes_no_background_date_told_after_it(run) -> None:
    text = (
        "The Turkish parliament has ratified Finland's membership of NATO. Finland decided "
        "to join the alliance last May, after Russia invaded Ukraine."
    )
    got = _events(run, text, "2023-03-31")
    assert ("ratification", "2022-05") not in got


def test_an_undated_event_after_a_dated_one_still_takes_its_day(run) -> None:
    text = (
        "On Monday, the Hungarian parliament ratified Finland's membership of NATO. Sweden "
        "welcomed the vote."
    )
    assert ("ratification", "2023-03-27") in _events(run, text, "2023-03-31")


def test_a_head_of_state_signing_the_protocols_ratifies(run) -> None:
    text = (
        "President George W. Bush signed the accession protocols for Albania and Croatia on Friday."
    )
    assert ("ratification", "2008-10-24") in _events(run, text, "2008-10-25")


def test_allies_signing_the_protocols_is_the_signature(run) -> None:
    text = "NATO ambassadors signed the accession protocols for Albania and Croatia on Wednesday."
    assert ("protocol_signature", "2008-07-09") in _events(run, text, "2008-07-10")


def test_a_step_ahead_of_which_something_happens_takes_not_its_day(run) -> None:
    text = "Kristersson visited Budapest on Friday ahead of the ratification vote."
    got = _events(run, text, "2024-02-23")
    assert ("ratification", "2024-02-23") not in got


def test_a_step_ahead_with_its_own_day_keeps_it(run) -> None:
    text = "Ahead of the ratification vote on Monday, Kristersson visited Budapest."
    assert ("ratification", "2024-02-26") in _events(run, text, "2024-02-23")


def test_a_step_not_taken_with_a_contraction_is_no_event(run) -> None:
    text = "Hungary's parliament didn't ratify Sweden's accession on Monday."
    assert not any(t == "ratification" for t, _ in _events(run, text, "2023-06-01"))
