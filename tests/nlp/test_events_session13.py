"""Event rules of the thirteenth session (own sentences): "May of 2016" is a month, accession
treaties signed in the plural are signatures, and a headline's event is the body's event of
the same type told a day apart."""

from __future__ import annotations


def _events(run, text: str, published: str | None, title: str = "") -> list[tuple]:
    return [(e["type"], e["date"]) for e in run(text, published, title)["events"]]


def test_a_month_of_a_year_dates_the_event(run) -> None:
    text = "In May of 2016, Montenegro signed its NATO accession protocol."
    assert _events(run, text, "2017-04-28") == [("protocol_signature", "2016-05")]


def test_accession_treaties_in_the_plural_are_signed(run) -> None:
    text = "Bulgaria and Romania signed their accession treaties yesterday in Luxembourg."
    assert _events(run, text, "2005-04-26") == [("protocol_signature", "2005-04-25")]


def test_the_headlines_event_is_the_bodys_a_day_apart(run) -> None:
    title = "Bulgaria, Romania sign EU accession treaties (26/04/2005)"
    text = (
        title + "\n\nBulgaria and Romania signed their accession treaties yesterday with the "
        "European Union in Luxembourg."
    )
    assert _events(run, text, "2005-04-26", title) == [("protocol_signature", "2005-04-25")]


def test_a_headline_event_weeks_from_the_bodys_stays_its_own(run) -> None:
    title = "Bulgaria signs EU accession treaty (26/04/2005)"
    text = title + "\n\nRomania signed its accession treaty on 2 March 2005 in Brussels."
    got = _events(run, text, "2005-04-26", title)
    assert ("protocol_signature", "2005-03-02") in got
    assert len([t for t, _ in got if t == "protocol_signature"]) == 2


def test_a_meeting_with_journalists_is_no_meeting_of_the_decision(run) -> None:
    text = "He said this on Monday in Warsaw during a meeting with journalists."
    assert ("meeting", "2025-06-09") not in _events(run, text, "2025-06-09")
    text = "Scholz held a meeting with Macron in Paris on Friday."
    assert ("meeting", "2023-12-15") in _events(run, text, "2023-12-15")


def test_inviting_everybody_to_a_square_is_no_invitation(run) -> None:
    text = "At the end of his address, the prime minister invited everybody to Freedom Square."
    assert [t for t, _ in _events(run, text, "2023-12-15")] == []


def test_a_set_of_protocols_signed_is_a_signature(run) -> None:
    text = (
        "NATO's 26 members signed a set of protocols on Wednesday giving the green light for "
        "Albania and Croatia to join the alliance."
    )
    assert ("protocol_signature", "2008-07-09") in _events(run, text, "2008-07-10")
