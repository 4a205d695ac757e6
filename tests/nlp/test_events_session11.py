"""Event dates and guards of the eleventh session (own sentences): a routine "regularly
scheduled" meeting told in the past is last week's, "they'll" is the future, a readiness "to be
invited" is no step, a vote for a resolution is no ratification, and a month used as the
adjective of another occasion ("the April referendum") dates nothing else."""

from __future__ import annotations


def _events(run, text: str, published: str) -> set[tuple[str, str | None]]:
    return {(e["type"], e["date"]) for e in run(text, published)["events"]}


def test_a_regularly_scheduled_meeting_told_in_the_past_is_the_last_such_day(run) -> None:
    text = (
        "During a regularly scheduled meeting in Tallinn Friday, the three Baltic premiers "
        "signed a joint communique on their NATO bids."
    )
    assert ("meeting", "2000-06-16") in _events(run, text, "2000-06-20")  # a Tuesday


def test_a_scheduled_meeting_ahead_is_still_the_next_such_day(run) -> None:
    text = "The three Baltic premiers are scheduled to meet in Tallinn on Friday."
    assert ("meeting", "2000-06-23") in _events(run, text, "2000-06-20")


def test_a_readiness_to_be_invited_is_no_invitation(run) -> None:
    text = (
        "Putin spoke against enlargement in Berlin on January 16. The Baltic states say "
        "they'll be ready to be invited into the alliance by 2002."
    )
    assert not [t for t, _ in _events(run, text, "2000-06-20") if t == "invitation"]


def test_a_vote_for_a_resolution_is_no_ratification(run) -> None:
    text = (
        "Some 479 MEPs voted in favour of a resolution to freeze accession talks with "
        "Turkey on Thursday, while 37 voted against."
    )
    assert not [t for t, _ in _events(run, text, "2016-11-25") if t == "ratification"]


def test_a_vote_for_the_protocol_is_still_a_ratification(run) -> None:
    text = (
        "The Turkish parliament voted in favour of the protocol on Sweden's accession on Tuesday."
    )
    assert ("ratification", "2024-01-23") in _events(run, text, "2024-01-24")


def test_a_month_that_names_another_occasion_dates_nothing_else(run) -> None:
    text = (
        "The change, he hopes, will let the Dutch parliament ratify the treaty, despite the "
        "April referendum in which voters rejected it."
    )
    got = _events(run, text, "2016-12-16")
    assert ("ratification", "2016-04") not in got


def test_a_month_before_the_occasions_own_noun_still_dates_it(run) -> None:
    text = "Leaders gathered for the April summit in Bucharest to discuss enlargement."
    assert ("summit", "2008-04") in _events(run, text, "2008-06-01")


def test_tonight_is_the_day_of_the_story_and_last_night_the_day_before(run) -> None:
    got = _events(
        run, "EU leaders agreed tonight at a summit in Brussels to open talks.", "2004-12-17"
    )
    assert ("summit", "2004-12-17") in got
    text = "The unification summit ended with a grand bargain last night in Copenhagen."
    assert ("summit", "2002-12-13") in _events(run, text, "2002-12-14")


def test_a_modal_step_at_a_dated_occasion_leaves_the_occasion(run) -> None:
    text = (
        "The decision could be adopted during an intergovernmental conference in "
        "Luxembourg on June 15."
    )
    assert ("meeting", "2026-06-15") in _events(run, text, "2026-06-02")


def test_a_modal_step_at_an_undated_occasion_is_no_event(run) -> None:
    text = "He should do it himself at a NATO summit instead of passing the job to lawmakers."
    assert not _events(run, text, "2022-04-26")


def test_a_ratification_to_be_started_is_planned_and_undated(run) -> None:
    text = (
        "We have decided to initiate the ratification of Finland's membership in our "
        "parliament, Erdogan said on Friday."
    )
    got = _events(run, text, "2023-03-18")
    assert ("ratification", None) in got
    assert not [d for t, d in got if t == "ratification" and d]


def test_an_exhortation_to_ratify_is_no_ratification(run) -> None:
    text = (
        "\u201cWe encourage Turkey and Hungary to ratify Sweden's protocol now,\u201d Blinken said."
    )
    assert not [t for t, _ in _events(run, text, "2023-04-04") if t == "ratification"]


def test_a_referendum_vote_for_joining_is_no_ratification(run) -> None:
    text = "Some 142,000 people voted in favour of joining the EU on Saturday."
    assert not [t for t, _ in _events(run, text, "2003-03-09") if t == "ratification"]
    text = "The Turkish parliament voted in favour of Sweden's membership on Tuesday."
    assert ("ratification", "2024-01-23") in _events(run, text, "2024-01-24")


def test_a_hope_told_in_the_past_dates_the_occasion_ahead(run) -> None:
    text = "The Commission said it still hoped for a decision at the EU summit on June 26-27."
    assert ("summit", "2024-06-26") in _events(run, text, "2024-06-18")


def test_an_occasion_told_in_the_past_after_the_story_is_last_years(run) -> None:
    text = "The ministers met in Luxembourg on June 26 to discuss enlargement."
    assert ("meeting", "2023-06-26") in _events(run, text, "2024-06-18")


def test_a_leader_invited_to_a_capital_is_no_membership_invitation(run) -> None:
    text = "Orban invited Kristersson to Budapest to negotiate, but said there was no rush."
    assert not [t for t, _ in _events(run, text, "2024-01-24") if t == "invitation"]
    text = "NATO invited Finland to join the alliance on Tuesday."
    assert ("invitation", "2023-07-11") in _events(run, text, "2023-07-11")


def test_a_video_conference_of_ministers_is_a_meeting(run) -> None:
    text = (
        "Zaharieva told reporters after a video conference of EU ministers on Tuesday that "
        "Sofia could not give its consent."
    )
    assert ("meeting", "2020-11-17") in _events(run, text, "2020-11-17")


def test_talks_that_go_on_are_no_meeting(run) -> None:
    assert not _events(run, "Zaev said he would continue talks with Sofia.", "2020-11-17")


def test_a_month_ahead_told_as_a_possibility_is_this_years(run) -> None:
    text = "EU diplomats said a new attempt could be made at the summit in December."
    assert ("summit", "2020-12") in _events(run, text, "2020-11-17")
    text = "The leaders hoped for a deal at the summit in March but failed."
    assert ("summit", "2020-03") in _events(run, text, "2020-06-17")
