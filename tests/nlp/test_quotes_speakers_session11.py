"""Speakers named by reference rather than by name (own sentences): a role noun in a story
with no date, a role noun after a fronted phrase, "he" before anyone is named, "the US
official" and "his Greek colleague" after the person is named, and a quote whose paragraph
break the copy kept without reopening the quote."""

from __future__ import annotations


def _quotes(run, text: str, published: str | None, title: str = "") -> list[tuple]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published, title)["quotes"]]


def test_a_role_noun_in_an_undated_story_is_the_person_named_with_that_role(run) -> None:
    text = (
        "Polish President Karol Nawrocki called the talks premature in an interview.\n"
        "Asked about Ukraine's NATO membership, the Polish president said: \u201cA country at "
        "war cannot join NATO, as it would mean that we would also be at war.\u201d"
    )
    got = _quotes(run, text, None)
    assert got and got[0][0] == "Karol Nawrocki"


def test_an_undated_role_noun_with_no_such_person_named_is_not_resolved(run) -> None:
    text = (
        "Slovak Prime Minister Robert Fico spoke first.\n"
        "Asked about Ukraine's NATO membership, the Polish president said: \u201cA country at "
        "war cannot join NATO, as it would mean that we would also be at war.\u201d"
    )
    got = _quotes(run, text, None)
    assert got and got[0][0] is None


def test_a_fronted_phrase_does_not_lend_its_organisation_to_the_speaker(run) -> None:
    text = (
        "Commenting on Ukraine's NATO membership, the minister said: \u201cI believe that a "
        "country at war cannot join the alliance now.\u201d"
    )
    got = _quotes(run, text, "2025-09-20")
    assert got == [(None, "I believe that a country at war cannot join the alliance now.")]


def test_a_fronted_phrase_and_a_role_noun_with_a_state_find_the_office_holder(run) -> None:
    text = (
        "Asked about Sweden's NATO bid, the Hungarian foreign minister said: \u201cWe will "
        "ratify it when the time is right, and not a day before.\u201d"
    )
    got = _quotes(run, text, "2023-05-10")
    assert got and got[0][0] == "Péter Szijjártó"


def test_he_before_anyone_is_named_is_the_person_the_headline_names(run) -> None:
    text = (
        "\u201cEven if we gave them candidate status tomorrow,\u201d he said of Ukraine, "
        "\u201cjoining would still take many years.\u201d\n\n"
        "French President Emmanuel Macron made the remarks in Strasbourg on Monday."
    )
    title = "Macron says Ukraine's EU entry will take years"
    got = _quotes(run, text, "2022-05-09", title)
    assert [s for s, _ in got] == ["Emmanuel Macron", "Emmanuel Macron"]


def test_he_before_anyone_is_named_stays_unknown_when_the_headline_names_no_one(run) -> None:
    text = (
        "\u201cEven if we gave them candidate status tomorrow,\u201d he said of Ukraine, "
        "\u201cjoining would still take many years.\u201d\n\n"
        "French President Emmanuel Macron made the remarks in Strasbourg on Monday."
    )
    got = _quotes(run, text, "2022-05-09", "Ukraine's EU entry will take years")
    assert [s for s, _ in got] == [None, None]


def test_the_us_official_is_the_american_named_before(run) -> None:
    text = (
        "\u201cSweden is safer today, and so are we,\u201d Blinken said after the ceremony.\n"
        "\u201cNATO is now stronger than ever,\u201d the US official added."
    )
    got = _quotes(run, text, "2024-03-07")
    assert [s for s, _ in got] == ["Antony Blinken", "Antony Blinken"]


def test_the_head_of_a_states_diplomacy_is_its_person_named_before(run) -> None:
    text = (
        "Antony Blinken received the document in Washington.\n"
        "\u201cThen everything changed after the invasion,\u201d said the head of US diplomacy."
    )
    got = _quotes(run, text, "2024-03-07")
    assert got and got[0][0] == "Antony Blinken"


def test_a_country_official_with_no_one_of_that_country_named_is_unnamed(run) -> None:
    text = "\u201cNATO is now stronger than ever before,\u201d the US official added."
    got = _quotes(run, text, "2024-03-07")
    assert got and got[0][0] is None


def test_his_colleague_of_a_state_is_that_states_person_named_before(run) -> None:
    text = (
        "Greek Prime Minister Alexis Tsipras met Zoran Zaev in Sofia.\n"
        "\u201cWe have found one option,\u201d Zaev cautioned at a press conference.\n"
        "\u201cWe have covered a major part of the distance,\u201d his Greek colleague added."
    )
    got = _quotes(run, text, "2018-05-17")
    assert got[1][0] == "Alexis Tsipras"


def test_his_colleague_of_a_state_no_one_named_is_not_the_state(run) -> None:
    text = (
        "Zoran Zaev spoke in Sofia.\n"
        "\u201cWe have covered a major part of the distance,\u201d his Greek colleague added."
    )
    got = _quotes(run, text, "2018-05-17")
    assert got and got[0][0] is None


def test_a_quote_left_open_across_a_paragraph_break_ends_at_the_next_closing_mark(
    run,
) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy welcomed the decision.\n\n"
        '"This is a win for Ukraine. A win for all of Europe.\n\n'
        'A win that motivates and inspires," he said.\n\n'
        "Ukraine needs support from its allies."
    )
    got = _quotes(run, text, "2023-12-14")
    assert len(got) == 1
    assert got[0][0] == "Volodymyr Zelenskiy"
    assert got[0][1].startswith("This is a win") and got[0][1].endswith("motivates and inspires")


def test_a_quote_reopened_in_the_next_paragraph_stays_two_quotes(run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy welcomed the decision.\n\n"
        '"This is a win for Ukraine. A win for all of Europe.\n\n'
        '"A win that motivates and inspires," he said.'
    )
    got = _quotes(run, text, "2023-12-14")
    assert len(got) == 2


def test_a_gerund_that_names_a_topic_holds_no_stance(run) -> None:
    text = (
        "French President Emmanuel Macron spoke in Strasbourg. \u201cWe all know that the "
        "process of allowing Ukraine to join the EU would take decades,\u201d he said."
    )
    got = {(s["actor_iso3"], s["stance"]) for s in run(text, "2022-05-09")["stances"]}
    assert ("FRA", "support") not in got


def test_single_curly_marks_quote_in_british_copy(run) -> None:
    text = (
        "Prime Minister Mark Rutte said he had \u2018no illusions\u2019 about the vote. "
        "\u2018But I do not think I can walk away from my duties,\u2019 Rutte said, adding "
        "that Ukraine\u2019s future mattered to the countries\u2019 leaders."
    )
    got = _quotes(run, text, "2016-12-15")
    assert ("Mark Rutte", "But I do not think I can walk away from my duties") in got
    assert all("future mattered" not in t for _, t in got)  # apostrophes open nothing


def test_single_curly_marks_inside_a_double_quote_are_not_a_quote_of_their_own(run) -> None:
    text = (
        "\u201cPeople kept asking, \u2018When do we join the union at last?\u2019 and we had "
        "no answer for them,\u201d the analyst Jan Novak said."
    )
    got = _quotes(run, text, "2001-12-04")
    assert len(got) == 1 and got[0][1].startswith("People kept asking")


def test_the_article_says_after_a_quote_leaves_the_speaker_named_before_it(run) -> None:
    text = (
        "In response, Austria has begun to openly pressure the European Union, saying "
        '"Either you open the door to Ukraine and to Bosnia, or both stay outside," the '
        "article says."
    )
    got = _quotes(run, text, "2023-12-13")
    assert got and got[0][0] == "Austria"


def test_a_participle_quotes_its_clauses_subject_not_the_object(run) -> None:
    text = (
        "Hungary has openly criticised the European Commission, saying "
        '"this decision was taken without any serious debate at all."'
    )
    got = _quotes(run, text, "2023-12-13")
    assert got and got[0][0] == "Hungary"


def test_condemned_as_attributes_the_quoted_words(run) -> None:
    text = (
        "Turkey's Foreign Ministry condemned the European Parliament report as "
        '"based on disinformation" and "a shallow and unfair approach."'
    )
    got = _quotes(run, text, "2023-09-16")
    assert {s for s, _ in got} == {"Turkey's Foreign Ministry"}


def test_a_quote_paragraph_after_a_present_tense_report_is_the_reporteds(run) -> None:
    text = (
        "London-based analyst Steven Everts of the Center for European Reform says that the "
        "hard part is still ahead.\n\n"
        '"We have left the hardest chapters until last, and people got rather excited."'
    )
    got = _quotes(run, text, "2001-12-04")
    assert got and got[0][0] == "Steven Everts"


def test_the_end_of_a_bodys_name_before_says_is_no_person(run) -> None:
    text = "A study by the Center for European Reform says that enlargement will be slow."
    actors = run(text, "2001-12-04")["actors"]
    assert not [a for a in actors if a["type"] == "person"]


def test_starting_the_process_of_ratifying_is_still_a_step(run) -> None:
    text = (
        "President Recep Tayyip Erdogan said Turkey would start the process of ratifying "
        "Finland's NATO membership bid."
    )
    got = {
        (s["actor_iso3"], s["question"], s["stance"]) for s in run(text, "2023-03-20")["stances"]
    }
    assert ("TUR", "NATO:admit:FIN", "support") in got


def test_a_fragment_followed_by_that_clause_keeps_the_speaker_before_it(run) -> None:
    text = (
        "Prime Minister Mark Rutte spoke in Brussels. Rutte said he had \u2018no illusions\u2019 "
        "that people will still say the Netherlands should reject the treaty."
    )
    got = _quotes(run, text, "2016-12-16")
    assert got == [("Mark Rutte", "no illusions")]


def test_a_quote_opening_a_sentence_after_reported_speech_is_the_reporteds(run) -> None:
    text = (
        "Jean-Claude Juncker, whose country holds the EU presidency, said Bulgaria and Romania "
        "still had much to do. \u201cThe truth is that these two nations have not known "
        "freedom as we have\u201d in postwar Europe."
    )
    got = _quotes(run, text, "2005-04-26")
    assert got and got[0][0] == "Jean-Claude Juncker"


def test_a_quote_after_a_sentence_naming_two_people_stays_unknown(run) -> None:
    text = (
        "Juncker told Barroso that Bulgaria still had much to do. \u201cThe truth is that "
        "these two nations have not known freedom as we have\u201d in postwar Europe."
    )
    got = _quotes(run, text, "2005-04-26")
    assert got and got[0][0] is None


def test_he_went_on_with_a_colon_gives_the_quote(run) -> None:
    text = (
        "Irish Prime Minister Bertie Ahern spoke of the progress Europe had made.\n\n"
        'He went on: "From hatred there is now respect, from division there is union."'
    )
    got = _quotes(run, text, "2004-05-01")
    assert got and got[0][0] == "Bertie Ahern"


def test_the_prime_minister_said_that_before_a_quote_paragraph_is_the_named_one(run) -> None:
    text = (
        "Slovak Prime Minister Robert Fico met Zelenskyy in Uzhhorod.\n"
        "The prime minister also said that the sides are preparing a joint roadmap.\n"
        "\u201cThe state of our relations will be confirmed by signing a joint roadmap.\u201d"
    )
    got = _quotes(run, text, "2025-10-17")
    assert got and got[0][0] == "Robert Fico"


def test_the_prime_minister_is_not_a_president_named_last(run) -> None:
    text = (
        "Slovak Prime Minister Robert Fico met Zelenskyy in Uzhhorod.\n"
        '"We have different views on NATO," the prime minister said.'
    )
    got = _quotes(run, text, "2025-10-17")
    assert got and got[0][0] == "Robert Fico"


def test_a_paragraph_opened_with_a_closing_mark_is_still_a_quote(run) -> None:
    text = (
        "Albanian Prime Minister Edi Rama said his country would keep reforming.\n"
        "\u201dFor us Europe is a strong relationship,\u201d Rama said."
    )
    got = _quotes(run, text, "2019-10-15")
    assert got == [("Edi Rama", "For us Europe is a strong relationship")]


def test_the_chief_diplomat_of_a_state_is_its_person_named_before(run) -> None:
    text = (
        "Rice said the idea was not America's.\n\n"
        '"There is a British, but not an American, idea on the table," said the chief '
        "American diplomat."
    )
    got = _quotes(run, text, "2008-12-01")
    assert got and got[0][0] == "Condoleezza Rice"


def test_a_dash_attribution_inside_a_quote_splits_it_into_the_speakers_two_quotes(run) -> None:
    text = (
        "\u201cToday is a historic day, \u2014 said Petro Poroshenko on his Facebook page.\u2014 "
        "Parliament backed my amendments on the course towards full membership.\u201d"
    )
    got = _quotes(run, text, "2019-02-08")
    assert [s for s, _ in got] == ["Petro Poroshenko", "Petro Poroshenko"]
    assert got[0][1] == "Today is a historic day"
    assert got[1][1].startswith("Parliament backed")


def test_a_dash_before_the_verb_after_a_quote_attributes_it(run) -> None:
    text = "\u201cWe will not let Ukraine be left behind,\u201d \u2014 said Volodymyr Zelensky."
    got = _quotes(run, text, "2023-07-10")
    assert got == [("Volodymyr Zelensky", "We will not let Ukraine be left behind")]


def test_a_dash_aside_inside_a_quote_is_no_attribution(run) -> None:
    text = (
        "\u201cThe talks \u2014 and this matters \u2014 will go on until we agree,\u201d "
        "Kuleba said."
    )
    got = _quotes(run, text, "2023-07-10")
    assert len(got) == 1 and got[0][0] == "Dmytro Kuleba"


def test_a_person_with_a_representative_or_co_chair_apposition_speaks(run) -> None:
    text = (
        "Andrei Kelin, Moscow's representative to the Organization for Security and "
        'Cooperation in Europe, called the new law "an unfriendly step towards us."'
    )
    assert _quotes(run, text, "2014-12-23")[0][0] == "Andrei Kelin"
    text = (
        '"It is in our interest for the Western Balkans to get a perspective," Hristo Ivanov, '
        "the co-chairman of the Democratic Bulgaria party who proposed the motion, said."
    )
    assert _quotes(run, text, "2022-06-24")[0][0] == "Hristo Ivanov"


def test_she_made_the_comments_before_a_quote_paragraph_is_the_subjects(run) -> None:
    text = (
        "Secretary of State Madeleine Albright praised Slovakia.\n\n"
        "She made the comments after meeting the new foreign minister, Eduard Kukan.\n\n"
        '"I am very pleased to welcome an old friend on his first trip to Washington."'
    )
    assert _quotes(run, text, "1999-01-25")[0][0] == "Madeleine Albright"


def test_a_person_in_the_speakers_relative_clause_is_not_the_speaker(run) -> None:
    text = (
        "German Chancellor Olaf Scholz, who had suggested that Viktor Orban step out, said "
        'the move was "a strong sign of support" for Kyiv.'
    )
    assert _quotes(run, text, "2023-12-15")[0][0] == "Olaf Scholz"
