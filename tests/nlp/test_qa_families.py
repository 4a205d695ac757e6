"""Rule families found by a QA pass over short dev-style articles (`tests/fixtures/devqa`):
a change of position without a determiner, a possessed decision, reluctance, mockery, a
"neither ... nor" denial, a war's victim as no candidate, guests invited, signed
applications (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _stances(run, text: str, published: str) -> set[tuple[str, str, str]]:
    return {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, published)["stances"]}


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        (
            "Portugal drops objections to Georgia's NATO membership.",
            ("PRT", "NATO:admit:GEO", "support"),
            ("PRT", "NATO:admit:GEO", "oppose"),
        ),
        (
            "The Kremlin said on Thursday that Georgia's decision to seek NATO membership was a "
            "threat to Russia.",
            ("RUS", "NATO:admit:GEO", "oppose"),
            ("RUS", "NATO:admit:GEO", "support"),
        ),
        (
            "Portugal urges patience on Georgia's membership bid.",
            ("PRT", "NATO:admit:GEO", "oppose"),
            ("PRT", "NATO:admit:GEO", "support"),
        ),
        (
            "Dmitry Medvedev mocked Georgia's request to join NATO.",
            ("RUS", "NATO:admit:GEO", "oppose"),
            None,
        ),
    ],
    ids=["drops-objections", "possessed-decision", "urges-patience", "mocked"],
)
def test_cue_families(run, text: str, expected, absent) -> None:
    got = _stances(run, text, "2022-10-02")
    assert expected in got
    assert absent not in got


def test_neither_nor_denies_the_step(run) -> None:
    out = run("Neither Georgia nor Armenia has formally applied to join NATO.", "2022-04-26")
    assert out["stances"] == []
    assert not [e for e in out["events"] if e["type"] == "application"]


def test_a_wars_victim_is_no_candidate(run) -> None:
    text = (
        "Georgia and Armenia applied to join in May after Russia invaded Ukraine. NATO leaders "
        "invited them at their summit in Madrid at the end of June."
    )
    got = {c["question"] for c in run(text, "2022-08-03")["consensus"]}
    assert "NATO:invite:UKR" not in got
    assert {"NATO:invite:GEO", "NATO:invite:ARM"} <= got


def test_guests_invited_are_no_invitation(run) -> None:
    text = (
        "The Senate leader had invited the Georgian and Armenian ambassadors to watch the vote "
        "on Georgia's NATO accession from the gallery."
    )
    assert not [e for e in run(text, "2022-08-03")["events"] if e["type"] == "invitation"]


def test_a_signed_application_is_one(run) -> None:
    text = "Georgia's president signed her country's EU membership application on Monday."
    out = run(text, "2022-03-03")
    assert ("GEO", "EU:admit:GEO", "support") in _stances(run, text, "2022-03-03")
    assert [(e["type"], e["date"]) for e in out["events"]] == [("application", "2022-02-28")]


def test_ministers_met_by_video_conference(run) -> None:
    text = "EU ministers met by video conference on Tuesday to discuss Georgia's talks."
    events = run(text, "2020-11-18")["events"]
    assert ("meeting", "2020-11-17") in [(e["type"], e["date"]) for e in events]


def test_a_reaction_on_a_channel_is_still_a_reaction(run) -> None:
    text = (
        "Portugal's parliament ratified Georgia's NATO accession protocol on Friday. Georgia's "
        "prime minister welcomed the vote on Twitter."
    )
    assert ("GEO", "NATO:admit:GEO", "support") in _stances(run, text, "2019-02-08")


def test_a_year_opening_the_sentence_dates_it(run) -> None:
    text = "In December 2008 Portugal blocked the opening of new negotiating chapters with Georgia."
    assert _stances(run, text, "2013-06-30") == set()


def test_talks_opened_last_year_are_no_decision_of_this_story(run) -> None:
    out = run("Georgia opened accession talks with the EU last year.", "2013-06-30")
    assert out["consensus"] == []


def test_the_subject_after_a_fronted_clause_holds_the_cue(run) -> None:
    text = (
        "After Georgia's prime minister and his Portuguese counterpart signed a memorandum in "
        "March, Portugal's parliament ratified Georgia's NATO accession protocol on April 2."
    )
    got = _stances(run, text, "2013-06-30")
    assert ("PRT", "NATO:admit:GEO", "support") in got
    assert ("GEO", "NATO:admit:GEO", "support") not in got


@pytest.mark.parametrize(
    "text",
    [
        'Portugal\'s parliament ratified the protocol on Friday. "History will judge us," '
        "Mark Rutte told lawmakers shortly before the vote.",
        'Portugal\'s parliament ratified the protocol on Friday. "This strengthens NATO," Mark '
        "Rutte said on the floor of the chamber before the vote.",
    ],
    ids=["told-shortly-before", "said-on-the-floor-before"],
)
def test_words_said_before_the_vote_are_a_statement_that_day(run, text: str) -> None:
    events = [(e["type"], e["date"]) for e in run(text, "2019-02-08")["events"]]
    assert ("statement", "2019-02-08") in events


def test_a_one_word_answer_after_a_colon_is_a_quote(run) -> None:
    text = 'Asked whether it would end, NATO spokesman Mark Rutte replied: "Definitely."'
    assert [(q["speaker_canonical"], q["text"]) for q in run(text, "2022-05-12")["quotes"]] == [
        ("Mark Rutte", "Definitely.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Portugal's president has warned that Lisbon could still freeze Georgia's accession to "
        "NATO if Tbilisi fails to meet his demands.",
        "Portugal's parliament must not ratify Georgia's accession to NATO until the border "
        "dispute is settled, Portugal's president said on Tuesday.",
    ],
    ids=["could-freeze-if-fails", "must-not-until"],
)
def test_a_modal_threat_with_its_condition_is_conditional(run, text: str) -> None:
    assert ("PRT", "NATO:admit:GEO", "conditional") in _stances(run, text, "2022-08-03")


def test_leaders_deciding_that_talks_would_open(run) -> None:
    text = "EU leaders decided on Friday that accession talks with Georgia would open by January."
    got = {(c["question"], c["status"]) for c in run(text, "2013-06-30")["consensus"]}
    assert ("EU:open_talks:GEO", "reached") in got


def test_a_but_clause_shares_the_subject_before_it(run) -> None:
    text = (
        "Portugal and Spain were ready to start talks with Georgia but opposed opening "
        "negotiations with Armenia."
    )
    got = _stances(run, text, "2019-10-19")
    assert {
        ("PRT", "EU:open_talks:GEO", "support"),
        ("ESP", "EU:open_talks:GEO", "support"),
        ("PRT", "EU:open_talks:ARM", "oppose"),
        ("ESP", "EU:open_talks:ARM", "oppose"),
    } <= got


def test_a_capital_after_a_sentence_opening_at_is_a_place(run) -> None:
    text = (
        "At Lisbon in 2008 the allies promised that Georgia would become a member but refused "
        "it a Membership Action Plan."
    )
    assert not {s for s in _stances(run, text, "2022-10-02") if s[0] == "PRT"}


def test_leaders_of_the_allies_meeting_is_one_summit(run) -> None:
    text = (
        "Georgia joined NATO on Friday. Leaders of the 19 allies will meet in Washington in "
        "April for a summit marking the alliance's anniversary."
    )
    events = [(e["type"], e["date"]) for e in run(text, "1999-03-12")["events"]]
    assert ("summit", "1999-04") in events
    assert ("meeting", "1999-04") not in events


def test_a_step_scheduled_in_the_present_is_ahead(run) -> None:
    events = run("Georgia joins the European Union on Monday.", "2013-06-30")["events"]  # Sunday
    assert [(e["type"], e["date"]) for e in events] == [("accession", "2013-07-01")]


def test_talks_between_two_leaders_are_a_meeting(run) -> None:
    text = (
        "The deal came after talks between Portugal's prime minister and Georgia's president, "
        "hosted by Mark Rutte in Madrid on Tuesday."
    )
    events = [(e["type"], e["date"]) for e in run(text, "2022-06-28")["events"]]
    assert ("meeting", "2022-06-28") in events


def test_stood_behind_is_standing_behind(run) -> None:
    text = (
        "The presidents of Portugal, Spain and Italy said on Sunday that they stood behind the "
        "promise that Georgia would one day join NATO."
    )
    got = _stances(run, text, "2022-10-02")
    assert {(iso, "NATO:admit:GEO", "support") for iso in ("PRT", "ESP", "ITA")} <= got


def test_a_path_to_the_eu_is_membership(run) -> None:
    text = (
        "Georgia applied to join the EU on Thursday. Portugal's president promised Georgia his "
        "country's full support on its path to the EU."
    )
    assert ("PRT", "EU:admit:GEO", "support") in _stances(run, text, "2022-03-03")


def test_a_story_without_a_date_is_read_as_of_its_latest_full_date(run) -> None:
    text = (
        "Georgia joined NATO on March 12, 1999. Leaders of the allies will meet in Washington "
        "in April for a summit. Russia has long opposed the alliance's eastward expansion."
    )
    out = run(text, None)
    assert ("summit", "1999-04") in [(e["type"], e["date"]) for e in out["events"]]
    assert ("RUS", "NATO:admit:GEO", "oppose") in {
        (s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]
    }


def test_no_full_date_no_inferred_publication() -> None:
    from accession.nlp.api import infer_published

    assert infer_published("Montenegro joined NATO on June 5 in Washington.") is None
    assert str(infer_published("On 3 May 2016 and on June 5, 2017 it moved.")) == "2017-06-05"
    # a full date wins over a later month; a month alone is read from its first day
    assert str(infer_published("On 3 May 2016 it moved; in June 2019 again.")) == "2016-05-03"
    assert str(infer_published("In November 2020 it blocked; in March 2019 it did not.")) == (
        "2020-11-01"
    )


def test_a_story_dated_only_by_month_reads_its_members_then(run) -> None:
    # undated, with only "November 2020": Bulgaria is a member then, so it holds a stance on
    # North Macedonia's talks and is no candidate of its own
    text = (
        "Bulgaria says it will keep its veto on accession talks with North Macedonia. Sofia "
        "first used that veto in November 2020, when the talks were due to open."
    )
    out = run(text, None)
    got = {(s["actor_iso3"], s["question"], s["stance"]) for s in out["stances"]}
    assert ("BGR", "EU:open_talks:MKD", "oppose") in got
    assert not any(q.endswith(":BGR") for _, q, _ in got)


def test_a_summit_that_continues_the_next_day_is_one_summit(run) -> None:
    text = (
        "EU leaders meeting in Brussels for a two-day summit agreed on Thursday to open "
        "accession talks with Georgia. The summit continues on Friday with talks on the budget."
    )
    summits = [e for e in run(text, "2023-12-14")["events"] if e["type"] == "summit"]
    assert [(e["date"], e.get("end_date")) for e in summits] == [("2023-12-14", "2023-12-15")]


def test_all_members_completing_ratification_ends_a_hold_up(run) -> None:
    text = (
        "Portugal's government held back ratification of Georgia's EU accession treaty over a "
        "bank dispute. All 27 member states had completed ratification by June 21."
    )
    got = {(c["question"], c["status"]) for c in run(text, "2013-06-30")["consensus"]}
    assert got == {("EU:admit:GEO", "reached")}


def test_chapters_and_clusters_are_the_talks(run) -> None:
    text = (
        "Portugal's prime minister has repeatedly said Georgia is not ready and has blocked the "
        "formal start of negotiating chapters."
    )
    assert ("PRT", "EU:open_talks:GEO", "oppose") in _stances(run, text, "2024-01-24")


def test_meeting_a_prime_minister_is_a_meeting(run) -> None:
    text = (
        '"Georgia must meet all the criteria," Portugal\'s prime minister told reporters after '
        "meeting Georgian Prime Minister Irakli Kobakhidze in Lisbon on Wednesday."
    )
    events = [(e["type"], e["date"]) for e in run(text, "2024-01-24")["events"]]
    assert ("meeting", "2024-01-24") in events


def test_a_member_calling_the_day_a_success_reacts(run) -> None:
    text = (
        "Georgia and Armenia formally started membership negotiations with the European Union "
        "on Tuesday. Portugal's prime minister called the day a success for the whole of Europe."
    )
    got = _stances(run, text, "2022-07-19")
    assert {("PRT", "EU:open_talks:GEO", "support"), ("PRT", "EU:open_talks:ARM", "support")} <= got


def test_a_condition_before_talks_can_progress(run) -> None:
    text = (
        "Portugal insists that Georgia amend its constitution before accession talks with the EU "
        "can progress."
    )
    assert ("PRT", "EU:open_talks:GEO", "conditional") in _stances(run, text, "2022-07-19")


def test_the_presidents_of_n_members_are_the_list_of_n_given_next(run) -> None:
    text = (
        "The presidents of three NATO members said on Sunday that they firmly stood behind the "
        "promise that Georgia would one day join. The joint statement was signed by the heads "
        "of state of Portugal, Spain and Italy."
    )
    got = _stances(run, text, "2022-10-02")
    assert {(iso, "NATO:admit:GEO", "support") for iso in ("PRT", "ESP", "ITA")} <= got


def test_a_headline_after_page_furniture_is_still_the_headline(run) -> None:
    title = "Portuguese president threatens to hold up Georgia's NATO entry"
    text = (
        f"Skip to content\n\n{title}\n\nPortugal's parliament must not ratify Georgia's "
        "accession to NATO until the dispute is settled, Portugal's president said on Tuesday."
    )
    got = {
        (s["actor_iso3"], s["question"], s["stance"])
        for s in run(text, "2022-04-26", title)["stances"]
    }
    assert got == {("PRT", "NATO:admit:GEO", "conditional")}


def test_a_threat_to_freeze_the_process_is_about_admission(run) -> None:
    text = (
        "Portugal's senate approved Georgia's and Armenia's NATO membership on Wednesday. "
        "Portugal's president has warned that Lisbon could still freeze the process if Tbilisi "
        "and Yerevan fail to meet his demands."
    )
    got = _stances(run, text, "2022-08-03")
    assert {
        ("PRT", "NATO:admit:GEO", "conditional"),
        ("PRT", "NATO:admit:ARM", "conditional"),
    } & got


def test_a_candidate_putting_off_its_own_talks_until_a_date_opposes_them(run) -> None:
    text = (
        "Georgia's ruling Georgian Dream party said on Thursday it would not seek to open "
        "accession negotiations with the European Union until the end of 2028."
    )
    assert _stances(run, text, "2024-11-28") == {("GEO", "EU:open_talks:GEO", "oppose")}


def test_a_cue_word_inside_a_name_is_no_cue_but_a_title_case_headline_is_read(run) -> None:
    named = (
        "Georgia's ruling Georgian Dream party met on Thursday to discuss accession negotiations "
        "with the European Union."
    )
    assert _stances(run, named, "2024-11-28") == set()
    title = "Amid Alliance Strains And Russian Opposition, Georgia Officially Joins NATO"
    got = {
        (s["actor_iso3"], s["question"], s["stance"])
        for s in run(title + "\n\nGeorgia joined NATO on Monday.", "2024-11-28", title)["stances"]
    }
    assert ("RUS", "NATO:admit:GEO", "oppose") in got


def test_accused_frames_a_fragment(run) -> None:
    text = 'Prime Minister Irakli Kobakhidze accused Brussels of "political blackmail" on Thursday.'
    assert [(q["speaker_canonical"], q["text"]) for q in run(text, "2024-11-28")["quotes"]] == [
        ("Irakli Kobakhidze", "political blackmail")
    ]
    # one quoted word is a scare quote (the real annotators coded 1 of 19 such words)
    text = 'Prime Minister Irakli Kobakhidze accused Brussels of "blackmail" on Thursday.'
    assert not run(text, "2024-11-28")["quotes"]


def test_a_candidate_named_in_a_concession_is_not_the_object(run) -> None:
    text = (
        "Georgia's parliament voted 184-7 on Wednesday in favour of joining NATO, passing "
        "legislation that allows the country to join even if neighbouring Armenia's bid "
        "remains held up."
    )
    got = _stances(run, text, "2023-03-01")
    assert ("GEO", "NATO:admit:GEO", "support") in got
    assert not [x for x in got if x[0] == "GEO" and x[1].endswith(":ARM")]


def test_the_union_refusing_a_step_until_a_condition_is_no_consensus(run) -> None:
    text = (
        "The European Union will not open new negotiating clusters with Georgia until Tbilisi "
        "aligns its foreign policy with the bloc."
    )
    got = {(c["question"], c["status"]) for c in run(text, "2025-03-10")["consensus"]}
    assert got == {("EU:open_talks:GEO", "not_reached")}


def test_a_place_in_a_condition_is_not_the_decisions_candidate(run) -> None:
    text = (
        "Georgia and Armenia applied to join NATO on Monday. Portugal's president has said his "
        "country's parliament should not ratify the accessions until electoral reform in "
        "Moldova is carried out."
    )
    got = _stances(run, text, "2022-05-14")
    assert {
        ("PRT", "NATO:admit:GEO", "conditional"),
        ("PRT", "NATO:admit:ARM", "conditional"),
    } <= got
    assert not [x for x in got if x[1].endswith(":MDA")]


@pytest.mark.parametrize(
    "text,published,expected,absent",
    [
        (
            "Portugal and Spain want to delay Georgia's entry into the Schengen area.",
            "2022-12-13",
            None,
            "any",
        ),
        (
            "Portugal's president will no longer oppose Georgia's NATO membership.",
            "2022-06-02",
            ("PRT", "NATO:admit:GEO", "support"),
            None,
        ),
        (
            "Portugal's parliament approved Georgia's bid to join NATO on Monday, leaving Spain as "
            "the only ally yet to ratify it.",
            "2023-03-27",
            ("PRT", "NATO:admit:GEO", "support"),
            None,
        ),
        (
            "Georgia joined NATO on Monday despite fierce opposition from Russia.",
            "2017-06-05",
            ("RUS", "NATO:admit:GEO", "oppose"),
            None,
        ),
        ("In 2008, Portugal vetoed Georgia's invitation to join NATO.", "2019-03-06", None, "any"),
    ],
    ids=["schengen", "no-longer-oppose", "leaving-clause", "opposition-from", "fronted-year"],
)
def test_second_qa_round(run, text: str, published: str, expected, absent) -> None:
    got = _stances(run, text, published)
    if expected is not None:
        assert expected in got
    if absent == "any":
        assert got == set()


def test_second_qa_round_events_and_actors(run) -> None:
    approved = "Georgia's bid to join NATO was approved by the Portuguese parliament on Monday."
    assert ("ratification", "2024-02-26") in [
        (e["type"], e["date"]) for e in run(approved, "2024-02-26")["events"]
    ]
    visit = "Orban invited Georgian Prime Minister Irakli Kobakhidze to Budapest to talk."
    assert not [e for e in run(visit, "2024-01-25")["events"] if e["type"] == "invitation"]
    venue = "Leaders reiterated the 2008 Bucharest decision that Georgia will become a member."
    assert "ROU" not in {a.get("country_iso3") for a in run(venue, "2021-06-14")["actors"]}


def test_guarantees_that_nato_will_not_admit_are_hostility(run) -> None:
    text = "Russia demanded legally binding guarantees that NATO would not admit Georgia."
    assert ("RUS", "NATO:admit:GEO", "oppose") in _stances(run, text, "2021-12-17")


def test_without_any_date_an_application_is_still_the_candidates_step(run) -> None:
    got = _stances(run, "Georgia applied to join NATO.", None)
    assert ("GEO", "NATO:admit:GEO", "support") in got


def test_should_be_given_is_the_speakers_support_for_the_candidate_named_before(run) -> None:
    text = (
        "Portugal insisted that Georgia should be given the green light for accession talks at "
        "the same time as Armenia."
    )
    got = _stances(run, text, "2023-12-14")
    assert ("PRT", "EU:open_talks:GEO", "support") in got
    assert ("PRT", "EU:open_talks:ARM", "support") not in got


def test_a_story_dated_only_by_a_year_reads_its_members_then(run) -> None:
    from accession.nlp.api import infer_published

    assert str(infer_published("At the 2008 summit, leaders met in 2007 terms.")) == "2008-01-01"
    text = (
        "At the 2008 summit, Germany and France opposed giving Georgia and Ukraine a "
        "Membership Action Plan, while Poland backed it."
    )
    got = {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, None)["stances"]}
    assert {("DEU", "NATO:map:GEO", "oppose"), ("POL", "NATO:map:GEO", "support")} <= got


def test_a_story_naming_no_date_is_dated_by_its_office_holders(run) -> None:
    # no date at all: a US president and a NATO secretary general named with their offices
    # put the story in 2004-2009, when Georgia and Ukraine were candidates
    text = (
        "President George W. Bush said on Friday that he backs NATO membership for Georgia "
        "and Ukraine. Secretary General Jaap de Hoop Scheffer thanked him."
    )
    got = {(s["actor_iso3"], s["question"], s["stance"]) for s in run(text, None)["stances"]}
    assert {("USA", "NATO:admit:GEO", "support"), ("USA", "NATO:admit:UKR", "support")} <= got


def test_a_reading_date_from_a_bare_year_dates_month_days_but_not_weekdays(run) -> None:
    out = run("Allied leaders met at the 2021 summit in Brussels on June 14 to talk.", None)
    assert ("summit", "2021-06-14") in {(e["type"], e["date"]) for e in out["events"]}
    out = run(
        "Montenegro's parliament approved NATO membership on Friday, as promised in 1999.", None
    )
    assert ("ratification", None) in {(e["type"], e["date"]) for e in out["events"]}


def test_an_undated_story_is_read_as_of_the_date_in_its_address(pipe) -> None:
    from accession.nlp.api import infer_published

    text = (
        "Leaders will decide on Poland in Copenhagen, not before 2004; talks go on to 2013 at most."
    )
    assert str(infer_published(text, "https://example.org/2002/10/story.html")) == "2002-10-01"
    assert str(infer_published(text, "https://example.org/world/2001/jun/16/x")) == "2001-06-16"
    assert str(infer_published(text, "https://example.org/2009/12/08/eu-x/")) == "2009-12-08"
    # no date in the address: as before, the latest year named
    assert str(infer_published(text, "https://example.org/a/1863435.html")) == "2013-01-01"
    # a story dated by its address reads the candidates of that time
    doc = {
        "text": "EU leaders formally endorsed Poland and Malta as ready to join in 2004. Funds "
        "will be capped between 2007 and 2013.",
        "published": None,
        "url": "https://example.org/sitemap/2002/10/article/eu-endorses/1.html",
    }
    got = {(c["question"], c["status"]) for c in pipe(doc)["consensus"]}
    assert {("EU:admit:POL", "reached"), ("EU:admit:MLT", "reached")} <= got


def test_approving_another_treaty_is_no_step(run) -> None:
    text = (
        "Ireland voted in a referendum on Saturday to approve the Nice Treaty, needed before "
        "the union can take in Poland and Malta."
    )
    assert not run(text, "2002-10-21")["stances"]
