"""Quote shapes of real wire and newspaper copy (own sentences): a bare quote paragraph that
goes on in the voice of the paragraph before, "he said" after a paragraph of paraphrase,
mixed quote marks, envoys, sources and offices named without their holder."""

from __future__ import annotations

import pytest


def _quotes(run, text: str, published: str = "2024-11-29") -> list[tuple[str | None, str]]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published)["quotes"]]


def test_bare_quote_paragraph_continues_the_speaker_before(run) -> None:
    text = (
        "Leaders met in Brussels on Thursday.\n\n"
        "“Today we open a new chapter for the whole region,” Charles Michel told reporters.\n\n"
        "“The work does not stop here, and we will be watching every reform.”\n\n"
        "Diplomats expect the first conference by the summer."
    )
    assert _quotes(run, text) == [
        ("Charles Michel", "Today we open a new chapter for the whole region"),
        ("Charles Michel", "The work does not stop here, and we will be watching every reform."),
    ]


def test_bare_quote_paragraph_after_a_sentence_naming_someone_else_has_no_speaker(run) -> None:
    text = (
        "“Today we open a new chapter for the whole region,” Charles Michel told reporters. "
        "Viktor Orban left the room before the vote.\n\n"
        "“The work does not stop here, and we will be watching every reform.”"
    )
    assert _quotes(run, text)[1] == (
        None,
        "The work does not stop here, and we will be watching every reform.",
    )


def test_quote_inside_a_later_paragraph_does_not_inherit(run) -> None:
    text = (
        "“Today we open a new chapter for the whole region,” Charles Michel told reporters.\n\n"
        "Diplomats said the summit text mentions “all relevant steps set out by the "
        "Commission” in its conclusions.\n\n"
        "“The work does not stop here, and we will be watching every reform.”"
    )
    speakers = [who for who, _ in _quotes(run, text)]
    assert speakers[0] == "Charles Michel"
    assert "Charles Michel" not in speakers[1:]


def test_doubled_single_marks_are_double_quote_marks(run) -> None:
    text = (
        "“The door of the alliance stays open to every democracy,’’ NATO Secretary General "
        "Jens Stoltenberg said in a statement. Antony Blinken said the step ‘‘will bring more "
        "stability to the whole region.”"
    )
    assert _quotes(run, text) == [
        ("Jens Stoltenberg", "The door of the alliance stays open to every democracy"),
        ("Antony Blinken", "will bring more stability to the whole region."),
    ]


def test_a_single_closing_mark_is_still_an_apostrophe(run) -> None:
    text = "The members’ ministers met on Tuesday, and the allies’ envoys met on Wednesday."
    assert _quotes(run, text) == []


def test_short_quote_before_said_and_the_speaker(run) -> None:
    text = '"Delays cost everyone," said Estonian Ambassador Kadri Tamm.'
    assert _quotes(run, text) == [("Kadri Tamm", "Delays cost everyone")]


def test_short_quote_without_attribution_is_a_scare_quote(run) -> None:
    text = 'The ministers discussed the "bridge to membership" idea at length in the capital.'
    assert _quotes(run, text) == []


def test_envoy_to_a_state_before_the_name(run) -> None:
    text = (
        '"Delays cost the alliance too," said Estonian Ambassador to the United States Kadri Tamm.'
    )
    out = run(text)
    assert [(q["speaker_canonical"], q["text"]) for q in out["quotes"]] == [
        ("Kadri Tamm", "Delays cost the alliance too")
    ]
    person = next(a for a in out["actors"] if a["type"] == "person")
    assert person["canonical"] == "Kadri Tamm" and person["role"] == "Ambassador"


def test_the_government_in_a_title_is_not_part_of_the_name(run) -> None:
    text = (
        '"The alliance must stay united," Spokesman for the Hungarian Government Gergely '
        "Molnar said on Wednesday."
    )
    assert _quotes(run, text) == [("Gergely Molnar", "The alliance must stay united")]


def test_a_spokesman_for_a_leader_is_not_the_leader(run) -> None:
    text = (
        "But a spokesman for Prime Minister Viktor Orban on Thursday called on Sweden to "
        '"stop the lectures" before the vote.'
    )
    assert _quotes(run, text) == [(None, "stop the lectures")]


def test_he_said_after_a_paragraph_of_paraphrase_is_the_speaker_before(run) -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg said the day was historic.\n"
        "He stressed that the signing was “a great step for our shared security”.\n"
        "“The door of the alliance stays open to every democracy,” he said.\n"
        "The politician also noted the concerns raised by Ankara in weeks of talks.\n"
        "“We did what we always do in NATO. We found common ground,” he said."
    )
    speakers = {who for who, _ in _quotes(run, text, "2022-07-05")}
    assert speakers == {"Jens Stoltenberg"}


def test_he_said_after_another_person_is_named_is_not_the_speaker_before(run) -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg said the day was historic.\n"
        "“The door of the alliance stays open to every democracy,” he said.\n"
        "Antony Blinken flew in from Washington for the signing.\n"
        "The ministers were thanked for their work in the talks this week.\n"
        "Turkish officials briefed the press on the memorandum.\n"
        "Swedish officials did the same an hour later.\n"
        "“We found common ground,” he said."
    )
    got = _quotes(run, text, "2022-07-05")
    assert got[-1] != ("Jens Stoltenberg", "We found common ground")


def test_a_first_name_is_not_a_lone_surname_of_an_office_holder(run) -> None:
    # "Pawel" reads like the Czech president's surname, Pavel
    text = (
        "According to Pawel Herczynski, the leaders froze the process.\n\n"
        "“This is only the first step,” he said."
    )
    out = run(text, "2024-07-09")
    assert [a["canonical"] for a in out["actors"] if a["type"] == "person"] == ["Pawel Herczynski"]
    assert _quotes(run, text, "2024-07-09") == [("Pawel Herczynski", "This is only the first step")]


def test_an_office_named_without_its_holder_is_the_holder_on_the_day(run) -> None:
    text = (
        "“I expect ministers to agree on the plan,” the alliance's secretary general told a "
        "press conference. The Hungarian prime minister did not comment."
    )
    out = run(text, "2018-12-05")
    assert _quotes(run, text, "2018-12-05") == [
        ("Jens Stoltenberg", "I expect ministers to agree on the plan")
    ]
    persons = {a["canonical"]: a for a in out["actors"] if a["type"] == "person"}
    assert set(persons) == {"Jens Stoltenberg", "Viktor Orbán"}
    assert "prime minister" not in persons["Viktor Orbán"]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "The former Hungarian prime minister did not comment.",
        "Hungary's prime minister, Peter Kovacs, did not comment.",
        "The Hungarian prime ministers of the 1990s did not comment.",
        "Hungarian Prime Minister Peter Kovacs did not comment.",
    ],
    ids=["former", "apposed-name", "plural", "title-before-name"],
)
def test_offices_that_are_not_the_holder_on_the_day(run, text: str) -> None:
    out = run(text, "2018-12-05")
    assert "Viktor Orbán" not in {a["canonical"] for a in out["actors"]}


def test_a_declaration_read_out_over_several_quotes(run) -> None:
    text = (
        'Georgia is on a "clear path" to membership, according to the final declaration of '
        "the NATO summit in Vilnius.\n\n"
        '"We support Georgia\'s right to choose its own future," the document reads.\n\n'
        '"We welcome the progress Georgia has made on its reforms," it says.'
    )
    speakers = [who for who, _ in _quotes(run, text, "2023-07-11")]
    assert speakers == ["NATO", "NATO", "NATO"]


def test_it_says_with_no_organisation_quoted_before_is_not_inherited(run) -> None:
    text = (
        'Jens Stoltenberg said the alliance was "ready to help" Georgia.\n\n'
        '"We welcome the progress Georgia has made on its reforms," it says.'
    )
    assert _quotes(run, text, "2023-07-11")[-1][0] != "Jens Stoltenberg"


def test_a_fragment_attributed_by_a_trailing_according_to(run) -> None:
    text = 'The talks were "very difficult", according to Peter Szijjarto, Hungary\'s minister.'
    assert _quotes(run, text, "2024-07-11") == [("Peter Szijjarto", "very difficult")]


@pytest.mark.parametrize("mark", ['"', "“", "‘‘"])
def test_a_story_cut_off_inside_a_quote_does_not_fail(run, mark: str) -> None:
    # stored copies end mid-sentence: the last quote is never closed
    text = f"Mark Rutte told reporters: {mark}We will keep the door open for every country that"
    assert [t for _, t in _quotes(run, text, "2024-12-03")] == [
        "We will keep the door open for every country that"
    ]


def test_said_and_a_long_title_with_a_name_in_particles(run) -> None:
    text = (
        '"Today both countries have completed the accession process," said NATO Secretary '
        "General Jaap de Hoop Scheffer in a statement."
    )
    assert _quotes(run, text, "2009-04-01") == [
        ("Jaap de Hoop Scheffer", "Today both countries have completed the accession process")
    ]


def test_a_bare_quote_paragraph_after_reported_speech(run) -> None:
    text = (
        "Both countries will sit in every committee from Thursday, said NATO spokesman "
        "James Appathurai.\n\n"
        "They have come through a hard time in the region's history, he said.\n\n"
        '"Now they will take their full place in this alliance."'
    )
    assert _quotes(run, text, "2009-04-01") == [
        ("James Appathurai", "Now they will take their full place in this alliance.")
    ]


def test_a_bare_quote_paragraph_after_narration_has_no_speaker(run) -> None:
    text = (
        "James Appathurai spoke to reporters on Tuesday.\n\n"
        "The ceremony will be held at the headquarters next week.\n\n"
        '"Now they will take their full place in this alliance."'
    )
    assert _quotes(run, text, "2009-04-01")[-1][0] is None


def _state_actors(run, text: str, published: str) -> set[str]:
    return {a["country_iso3"] for a in run(text, published)["actors"] if a["type"] == "state"}


def test_a_state_named_after_one_of_its_towns_is_a_place(run) -> None:
    text = (
        "Croatia joined ahead of the NATO summit in Strasbourg, France, on Friday. The allies "
        "invited it at a summit in Prague, capital of the Czech Republic, and the Copenhagen "
        "criteria still apply."
    )
    assert _state_actors(run, text, "2009-04-02") == {"HRV"}


def test_a_list_of_states_after_from_is_no_place(run) -> None:
    text = "Foreign ministers from Romania, Bulgaria and Slovakia approved the protocols."
    assert _state_actors(run, text, "2003-03-26") == {"ROU", "BGR", "SVK"}


def test_a_sentence_whose_subject_is_the_document_quotes_its_issuer(run) -> None:
    text = (
        "In the official communiqué from the NATO summit, leaders set out how Georgia will "
        "move closer to the alliance.\n\n"
        "The final document drops one barrier because Tbilisi is now “increasingly "
        "interoperable with the Alliance.”"
    )
    got = _quotes(run, text, "2023-07-11")
    assert got and got[-1][0] in ("NATO", "North Atlantic Treaty Organization")


def test_a_document_with_no_issuer_named_leaves_the_quote_unattributed(run) -> None:
    text = "The document drops one barrier because Tbilisi is now “increasingly interoperable.”"
    assert all(who is None for who, _ in _quotes(run, text, "2023-07-11"))


def test_a_quote_paragraph_after_a_sentence_of_speech_is_that_speakers(run) -> None:
    text = (
        "On Monday the US ambassador to Georgia, John Tefft, complained about exactly that.\n\n"
        '"Some allies have made it clear that Tbilisi will not get a plan this year."\n\n'
        "The embassy declined to comment further."
    )
    assert _quotes(run, text, "2008-11-20") == [
        ("John Tefft", "Some allies have made it clear that Tbilisi will not get a plan this year.")
    ]


def test_a_quote_paragraph_after_two_named_people_stays_unattributed(run) -> None:
    text = (
        "Condoleezza Rice said Angela Merkel had complained about exactly that.\n\n"
        '"Some allies have made it clear that Tbilisi will not get a plan this year."'
    )
    assert _quotes(run, text, "2008-11-20")[0][0] is None


def test_a_quote_labelled_quote_continues_the_paragraph_before(run) -> None:
    text = (
        'Dmytro Kuleba said the question "stays on the table until the allies decide".\n\n'
        'Quote: "The wording of the invitation came from Kyiv itself."'
    )
    assert _quotes(run, text, "2024-06-20") == [
        ("Dmytro Kuleba", "stays on the table until the allies decide"),
        ("Dmytro Kuleba", "The wording of the invitation came from Kyiv itself."),
    ]


def test_two_quotes_in_one_sentence_share_the_closing_attribution(run) -> None:
    text = (
        "Slovenian Prime Minister Borut Pahor looked back on the vote. It had followed "
        '"a serious political hitch that might have become a crisis", so a referendum would be '
        '"a pity if it undid that success," Pahor said.'
    )
    assert [who for who, _ in _quotes(run, text, "2009-06-01")] == ["Borut Pahor", "Borut Pahor"]


def test_reaffirmed_and_recalled_report_speech_like_said(run) -> None:
    text = (
        "French President Nicolas Sarkozy reaffirmed in Paris on Tuesday that Kyiv would "
        'one day join, "but the moment for a plan has not come".'
    )
    assert _quotes(run, text, "2008-04-02") == [
        ("Nicolas Sarkozy", "but the moment for a plan has not come")
    ]


def test_us_legislators_with_party_tags_and_appositions_are_speakers(run) -> None:
    text = (
        "The vote was held up by Sens. Ron Wyden (D-Ore.) and Jim Risch (R-Idaho).\n\n"
        "“I cannot see why this accession helps us at all,” Risch said on the floor.\n\n"
        "“We want to send a signal to Skopje,” Sen. Ben Cardin (D-Md.), a strong backer of "
        "the protocol, said later."
    )
    assert _quotes(run, text, "2019-10-22") == [
        ("Jim Risch", "I cannot see why this accession helps us at all"),
        ("Ben Cardin", "We want to send a signal to Skopje"),
    ]


def test_a_lower_case_minister_of_a_portfolio_before_a_name(run) -> None:
    text = "“Reforms must come first,” said Belgian minister of Foreign Affairs Didier Reynders."
    assert _quotes(run, text, "2018-06-21") == [("Didier Reynders", "Reforms must come first")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The alliance will be stronger for it," said Sen. Joseph R. Biden, a Delaware '
            "Democrat.",
            "Joseph R. Biden",
        ),
        (
            '"We got what we came for," said the Czech prime minister, Vladimir Spidla, who had '
            "bargained until the last hour.",
            "Vladimir Spidla",
        ),
        (
            '"Europe has opened its doors today," said Commission President Romano Prodi at the '
            "end of a summit that took two long days of haggling over money and farm aid.",
            "Romano Prodi",
        ),
        (
            '"The veto was never about principle," said political analyst Ivo Banac.',
            "Ivo Banac",
        ),
        (
            '"You belong with us," European Council President Donald Tusk, responsible for '
            "chairing the talks, said on Twitter.",
            "Donald Tusk",
        ),
    ],
    ids=[
        "initial-in-name",
        "role-then-name-apposition",
        "long-tail-after-name",
        "analyst",
        "apposition-before-verb",
    ],
)
def test_speakers_named_after_the_quote_in_real_shapes(run, text, speaker) -> None:
    assert [who for who, _ in _quotes(run, text, "2003-04-16")] == [speaker]


def test_a_while_clause_after_the_quote_is_another_speakers(run) -> None:
    text = (
        'The minister told a news conference that the vote was "null and void" as far as '
        "Ankara was concerned, while Prime Minister Binali Yildirim said the bloc had to decide."
    )
    assert [who for who, _ in _quotes(run, text, "2016-11-24")] != ["Binali Yıldırım"]


def test_a_chair_or_leader_of_a_body_in_apposition_before_a_name_is_a_person(run) -> None:
    text = (
        "The chairman of Serbia's national assembly, Dragan Kostic, said the vote sent "
        '"a clear signal." The leader of the opposition Green party Zora, Mila Ranic, '
        'questioned the count. "The figures do not add up," she said.'
    )
    assert _quotes(run, text, "2025-06-20") == [
        ("Dragan Kostic", "a clear signal."),
        ("Mila Ranic", "The figures do not add up"),
    ]


def test_copy_wrapped_at_a_fixed_width_joins_a_line_that_runs_on(run) -> None:
    text = (
        "Serbia and the European Union on Tuesday agreed on a framework that\n"
        "lets Belgrade open the first chapters of its membership talks early\n"
        "next year, after a compromise over Kosovo was found by the diplomats.\n\n"
        "\u201cThis is a good day for the whole of our region,\u201d said\n"
        "Serbian Prime Minister Ana Brnabic at a news conference in the capital\n"
        "of Belgium, where the talks were held over two long days.\n\n"
        "Diplomats said the chapters would be opened at a conference in\n"
        "Luxembourg in the spring, once the member states had signed off.\n\n"
        "Hungary and Austria had pressed for a quick start to the talks."
    )
    assert ("Ana Brnabic", "This is a good day for the whole of our region") in _quotes(
        run, text, "2019-12-10"
    )


def test_a_video_players_messages_do_not_part_a_quote_from_its_speaker(run) -> None:
    text = (
        "Foreign Minister Ekaterina Zaharieva said Sofia could not yet agree to the plan.\n\n"
        "We apologize, but this video has failed to load.\n\n"
        "tap here to see other videos from our team. Try refreshing your browser.\n\n"
        "\u201cWe cannot back the draft at this stage,\u201d she said after the meeting."
    )
    assert _quotes(run, text, "2020-11-17") == [
        ("Ekaterina Zaharieva", "We cannot back the draft at this stage")
    ]


def test_ap_archive_marks_backticks_and_double_primes(run) -> None:
    text = (
        "Leaders met on Thursday.\n\n"
        "``Our position has not changed,\u2033 the Canadian prime minister, Jean Chretien, said. "
        "Asked about a delay, he said, ``That will not happen.\u2033"
    )
    assert _quotes(run, text, "1997-06-13") == [
        ("Jean Chretien", "Our position has not changed"),
        ("Jean Chretien", "That will not happen."),
    ]


def test_a_comma_after_the_closing_mark_still_leads_to_said_and_the_speaker(run) -> None:
    text = (
        "Leaders met in Brussels.\n"
        "\u201cThe door stays open for every candidate\u201d, said NATO Secretary-General "
        "Jens Stoltenberg.\nThe summit ended on Monday."
    )
    assert _quotes(run, text, "2021-06-14") == [
        ("Jens Stoltenberg", "The door stays open for every candidate")
    ]


def test_a_fellow_or_analyst_in_apposition_after_said_is_the_speaker(run) -> None:
    text = (
        'Leaders met. "The door is open, but nobody is walking through it," said Mary Tolan, '
        "senior fellow and head of research at a Washington institute."
    )
    assert _quotes(run, text, "2012-05-21") == [
        ("Mary Tolan", "The door is open, but nobody is walking through it")
    ]


def test_an_initialism_in_the_subject_after_a_quote(run) -> None:
    text = "“The door stays open,” U.S. Secretary of State Antony Blinken told reporters."
    assert _quotes(run, text, "2022-05-16") == [("Antony Blinken", "The door stays open")]


def test_conceded_after_a_quote_with_the_speaker_after_it(run) -> None:
    text = (
        "The deal was brokered by the Luxembourg minister, one source said.\n\n"
        '"It was a hard birth," conceded German minister Michael Roth on Twitter.'
    )
    assert ("Michael Roth", "It was a hard birth") in _quotes(run, text, "2018-06-27")


def test_he_said_points_at_who_spoke_in_the_sentence_before(run) -> None:
    text = (
        "Thanking President Emmanuel Macron for his efforts, Prime Minister Edi Rama said "
        "the proposal was a start.\n\n"
        "“We have waited long enough,” he said."
    )
    assert _quotes(run, text, "2022-06-23") == [("Edi Rama", "We have waited long enough")]


def test_he_said_without_a_speaker_before_takes_the_subject(run) -> None:
    text = (
        "Prime Minister Edi Rama met President Emmanuel Macron in Paris.\n\n"
        "“We have waited long enough,” he said."
    )
    assert _quotes(run, text, "2022-06-23") == [("Edi Rama", "We have waited long enough")]


def test_an_official_named_after_the_body_speaks_not_the_body(run) -> None:
    text = (
        '"We are making the alliance stronger today," said German Foreign Ministry official '
        "Tobias Lindner during the debate."
    )
    assert _quotes(run, text, "2022-07-08") == [
        ("Tobias Lindner", "We are making the alliance stronger today")
    ]
    text = 'Presidential adviser Marta Kowalczyk said: "Nothing has been decided yet."'
    assert _quotes(run, text, "2022-07-08") == [
        ("Marta Kowalczyk", "Nothing has been decided yet.")
    ]


def test_an_unnamed_official_is_no_speaker(run) -> None:
    text = 'A senior official said the talks were "going nowhere at all, and fast".'
    assert _quotes(run, text, "2022-07-08") == [(None, "going nowhere at all, and fast")]


_WRAPPED = (
    "Members of the European Parliament pressed the French president on\n"
    "Wednesday over his plans for the talks. Liberal Group leader Hannes\n"
    "Brandauer, who spoke first, asked him whether he would end talks with\n"
    "Turkey during the French presidency of the bloc next year. The\n"
    "president told the chamber that he would support only steps that\n"
    "did not lead to full membership for the country concerned. Then\n"
    '"The answer we heard today was clear and direct," said Brandauer\n'
    "after the session in the chamber had ended in the late afternoon,\n"
    "adding that the group would press the matter again next month. He\n"
    "also told reporters who had gathered outside the chamber that\n"
    '"ending these talks abruptly would be a damaging step backwards."\n'
)


def test_a_name_broken_across_wrapped_lines_is_one_name(run) -> None:
    got = _quotes(run, _WRAPPED, "2007-11-14")
    assert [s for s, _ in got] == ["Hannes Brandauer", "Hannes Brandauer"]
    out = run(_WRAPPED, "2007-11-14")
    assert "Hannes Brandauer" in {a["canonical"] for a in out["actors"]}


def test_a_soft_wrap_keeps_every_offset(run) -> None:
    out = run(_WRAPPED, "2007-11-14")
    for q in out["quotes"]:
        assert _WRAPPED[q["start"] : q["end"]].split() == q["text"].split()


def test_a_line_break_between_paragraphs_still_parts_names(run) -> None:
    text = "Talks went on late into the night in Brussels.\n\nViktor Orban left early."
    assert "Brussels Viktor Orban" not in {a["canonical"] for a in run(text)["actors"]}


def test_a_caption_line_names_its_speaker_before_a_colon(run) -> None:
    text = (
        "Talks began in Brussels.\n\n"
        'Marta Kowalczyk: "Poland is in favour of the enlargement"\n'
        "Other ministers were more cautious."
    )
    assert _quotes(run, text, "2000-02-15") == [
        ("Marta Kowalczyk", "Poland is in favour of the enlargement")
    ]


def test_a_caption_label_is_no_speaker(run) -> None:
    text = 'Talks began.\n\nKey quote: "Poland is in favour of the enlargement"\nOthers disagreed.'
    assert _quotes(run, text, "2000-02-15") == [(None, "Poland is in favour of the enlargement")]


def test_a_ministry_named_with_its_state_then_the_department(run) -> None:
    text = (
        "Moldova’s Ministry of Foreign Affairs said the country’s future lies in the EU.\n"
        "The department added that membership is “a guarantee of peace for the whole region,” "
        "stressing the point."
    )
    assert _quotes(run, text, "2025-09-10") == [
        ("Moldova’s Ministry of Foreign Affairs", "a guarantee of peace for the whole region")
    ]


def test_a_speaker_who_was_adamant_before_a_colon(run) -> None:
    text = (
        "After the talks, the Greek prime minister, Costas Simitis, was adamant: unless "
        'Ankara changed course, "Greece is prepared to keep Turkey out" of the conference.'
    )
    assert _quotes(run, text, "1997-12-01") == [
        ("Costas Simitis", "Greece is prepared to keep Turkey out")
    ]
