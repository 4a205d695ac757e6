"""Events over several days and occasions told as a time: "ending a two-day summit" on Friday
began on Thursday; "told reporters as the summit broke up" is a statement, not another summit;
the main clause of a sentence-initial condition holds no event. Every sentence here was
written for these tests."""

from __future__ import annotations

PUB = "2024-11-30"  # a Saturday


def _events(run, text: str, pub: str = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["date"], e.get("end_date")) for e in run(text, pub)["events"]]


def test_ending_a_two_day_summit_began_the_day_before(run) -> None:
    text = (
        "EU leaders agreed on the budget late on Friday, ending a two-day summit in Lisbon "
        "with a deal that takes effect on 1 May 2026."
    )
    assert ("summit", "2024-11-28", "2024-11-29") in _events(run, text)


def test_opening_a_two_day_meeting_ends_the_day_after(run) -> None:
    text = "NATO foreign ministers opened a two-day meeting in Brussels on Thursday."
    assert _events(run, text) == [("meeting", "2024-11-28", "2024-11-29")]


def test_a_statement_as_the_summit_broke_up(run) -> None:
    text = (
        'EU leaders agreed on the budget late on Friday in Lisbon. "It was a fair deal," '
        "Portuguese Prime Minister Luis Montenegro told reporters as the summit broke up."
    )
    events = run(text, PUB)["events"]
    assert ("statement", "2024-11-29") in [(e["type"], e["date"]) for e in events]
    assert not [e for e in events if e["type"] == "summit" and "broke up" in e["description"]]


def test_the_main_clause_of_a_condition_holds_no_event(run) -> None:
    text = (
        "Had the talks broken down on Friday, the package would probably have gone to a "
        "special summit in the new year."
    )
    assert _events(run, text) == []
    fact = (
        "Had Ankara moved faster, Sweden could have entered together with Finland, which "
        "joined NATO in April last year."
    )
    assert ("accession", "2023-04", None) in _events(run, fact)


def test_a_scheduled_meeting_in_the_present_tense_is_ahead(run) -> None:
    text = "EU leaders meet in Lisbon on Thursday and Friday to discuss the budget."
    assert _events(run, text, "2024-11-26") == [("summit", "2024-11-28", "2024-11-29")]


def test_statements_timed_by_the_news_just_told(run) -> None:
    pub = "2024-11-27"
    vote = "Georgia's parliament voted on Tuesday to drop the country's neutrality."
    for second in (
        "Within hours, Russian Foreign Minister Sergei Lavrov called the vote a mistake.",
        "A NATO spokesman, Jens Berg, said the same day that the alliance's door was open.",
        "Foreign Minister Nika Gvaramia told lawmakers during the debate that there was no choice.",
    ):
        got = _events(run, f"{vote} {second}", pub)
        assert ("statement", "2024-11-26", None) in got, second


def test_ministers_deciding_on_a_date_met(run) -> None:
    text = (
        "NATO foreign ministers again declined to offer Georgia a Membership Action Plan in "
        "December."
    )
    assert ("meeting", "2024-12", None) in _events(run, text, "2025-04-01")
    other = "EU foreign ministers on Monday put off a decision on Georgia's talks."
    assert ("meeting", "2024-11-25", None) in _events(run, other)


def test_an_occasion_named_only_as_a_time_is_no_event(run) -> None:
    pub = "2024-07-12"
    assert _events(run, "He flew on to Florida after the summit to see the candidate.", pub) == []
    arriving = "Arriving for the meeting, the Hungarian minister said Georgia was far from ready."
    assert [e for e in _events(run, arriving, pub) if e[0] in ("meeting", "summit")] == []
    # a date after it: an occasion of its own
    dated = "Leaders met again after the summit in Vilnius on Tuesday."
    assert ("summit", "2024-07-09", None) in _events(run, dated, pub)


def test_leaders_coming_back_to_it_later(run) -> None:
    text = (
        "Merkel told reporters after the summit that leaders would look at Georgia again in "
        "December."
    )
    assert ("summit", "2024-12", None) in _events(run, text, "2024-06-28")


def test_a_two_day_meeting_that_continues_tomorrow(run) -> None:
    text = (
        "The two-day meeting of foreign ministers, which continues on Friday, also prepared "
        "the summit."
    )
    assert ("meeting", "2024-11-28", "2024-11-29") in _events(run, text, "2024-11-28")


def test_an_application_told_in_a_relative_clause_takes_no_borrowed_date(run) -> None:
    text = (
        "Turkey's parliament voted late on Thursday to ratify Georgia's accession to NATO, "
        "leaving Armenia, which applied at the same time, alone in the waiting room."
    )
    got = _events(run, text, "2023-03-31")
    assert ("ratification", "2023-03-30", None) in got
    assert not [e for e in got if e[0] == "application" and e[1] is not None]
    dated = "Armenia, which applied in May 2022, is still waiting."
    assert ("application", "2022-05", None) in _events(run, dated, "2023-03-31")
