"""Speakers of the twelfth session (own sentences): a speaker named before the quote with the
verb first ("Added Clinton:"), "according to X" right after a closing mark, a speaker whose
name the stored page cuts off at its end, and a possessive owner before a surname ("The
Czech Republic's Kavan") that is not part of the name."""

from __future__ import annotations


def _quotes(run, text: str, published: str | None, title: str = "") -> list[tuple]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published, title)["quotes"]]


def test_verb_first_attribution_before_a_quote(run) -> None:
    text = (
        'Bill Clinton spoke after the vote. "The alliance will stay open," Javier Solana '
        'said.\n\nAdded Clinton: "These three nations have earned their seats at this table."'
    )
    got = _quotes(run, text, "1997-07-09")
    assert ("Bill Clinton", "These three nations have earned their seats at this table.") in got


def test_verb_first_attribution_names_an_unknown_speaker(run) -> None:
    text = 'The ministers met in the morning. Said Mirela Tanase, "We are ready to sign."'
    assert _quotes(run, text, "2003-03-26") == [("Mirela Tanase", "We are ready to sign.")]


def test_a_quote_opening_a_sentence_after_said_is_not_verb_first(run) -> None:
    # "said" ending a sentence before the quote is the earlier sentence's verb
    text = '"We will ratify soon," Jan Kavan said. "There is no doubt about it."'
    got = _quotes(run, text, "1999-03-12")
    assert got and all(who == "Jan Kavan" for who, _ in got)


def test_according_to_right_after_the_closing_mark(run) -> None:
    text = (
        "Jens Stoltenberg chaired the talks. The deal also covers Turkish worries "
        '"over arms sales and the fight against terrorism," according to Stoltenberg.'
    )
    got = _quotes(run, text, "2022-06-29")
    assert got == [("Jens Stoltenberg", "over arms sales and the fight against terrorism")]


def test_a_name_cut_off_by_the_end_of_the_page(run) -> None:
    text = (
        "Czech President Vaclav Havel addressed the summit.\n\n"
        '"Only this enlargement ends the division of the continent for good," said Va'
    )
    got = _quotes(run, text, "2002-11-21")
    assert got and got[0][0] == "Vaclav Havel"


def test_a_cut_off_word_that_begins_no_earlier_name_is_no_one(run) -> None:
    text = (
        "Czech President Vaclav Havel addressed the summit.\n\n"
        '"Only this enlargement ends the division of the continent for good," said Mi'
    )
    got = _quotes(run, text, "2002-11-21")
    assert got and got[0][0] != "Vaclav Havel"


def test_a_possessive_owner_is_not_part_of_the_speakers_name(run) -> None:
    text = (
        "Foreign Minister Jan Kavan led the Czech delegation. The Czech Republic's Kavan "
        'called the day a "recognition of the changes in Europe".'
    )
    got = _quotes(run, text, "1999-03-12")
    assert got == [("Jan Kavan", "recognition of the changes in Europe")]
    actors = {a["canonical"] for a in run(text, "1999-03-12")["actors"]}
    assert not any("Republic's" in a for a in actors)


def test_secretary_before_a_surname_is_a_title(run) -> None:
    text = (
        '"We will not send troops," Secretary Hegseth said on Wednesday. U.S. Defense '
        "Secretary Pete Hegseth was in Brussels."
    )
    assert _quotes(run, text, "2025-02-12") == [("Pete Hegseth", "We will not send troops")]


def test_a_pronoun_subject_of_two_coordinated_verbs_speaks(run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky wrote on X that it was a historic day.\n\n"
        "He also congratulated Moldova and said that the two countries \u201cwill make the EU "
        "stronger together\u201d."
    )
    got = _quotes(run, text, "2024-06-21")
    assert got == [("Volodymyr Zelensky", "will make the EU stronger together")]


def test_a_surname_only_one_person_bears_in_an_undated_excerpt(run) -> None:
    text = (
        "Szijjarto: caution will prevail at the summit\n"
        "The goal is to avoid escalation, a ministry statement cited Szijjarto as saying.\n"
        "\u201cThose thinking responsibly oppose that agenda,\u201d he said."
    )
    got = _quotes(run, text, None)
    assert got and got[0][0] == "Péter Szijjártó"


def test_a_participle_after_a_named_subject_and_said(run) -> None:
    text = (
        "Volodymyr Zelensky arrived on Tuesday. U.S. President Donald Trump said he would "
        "\u201cprobably\u201d meet Zelensky, describing the Ukrainian leader as being in a "
        "\u201ctough situation\u201d."
    )
    assert ("Donald Trump", "tough situation") in _quotes(run, text, "2025-06-25")


def test_a_participle_after_a_role_noun_subject(run) -> None:
    text = (
        "President Volodymyr Zelenskyy of Ukraine wanted more. Earlier Tuesday, the Ukrainian "
        "leader had repeated his frustration with NATO, calling it \u201cabsurd\u201d and adding, "
        "\u201cUncertainty is weakness.\u201d"
    )
    assert ("Volodymyr Zelenskyy", "Uncertainty is weakness.") in _quotes(run, text, "2023-07-12")


def test_expressed_frames_a_quote(run) -> None:
    text = (
        "Robert Fico spoke on Tuesday. The Slovak Prime Minister expressed his intention to use "
        'the veto for as long as "I have the ability to influence the political scene."'
    )
    got = _quotes(run, text, "2023-12-20")
    assert got == [("Robert Fico", "I have the ability to influence the political scene.")]


def test_according_to_x_with_words_before_the_quote(run) -> None:
    text = (
        "German Foreign Minister Annalena Baerbock spoke. Berlin is weighing measures - "
        "according to Baerbock, these range \u201cfrom visa curbs to targeted sanctions.\u201d"
    )
    got = _quotes(run, text, "2024-12-27")
    assert got == [("Annalena Baerbock", "from visa curbs to targeted sanctions.")]


def test_he_also_said_is_the_person_before(run) -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky wrote on X.\n\n"
        "He also said that the two countries \u201cwill make the EU stronger together\u201d."
    )
    got = _quotes(run, text, "2024-06-21")
    assert got == [("Volodymyr Zelensky", "will make the EU stronger together")]


def test_congratulated_and_suggesting_frame_quotes(run) -> None:
    text = (
        "The Commissioner for Enlargement, Oliver Varhelyi, congratulated Albania on the "
        "\u201cmajor milestone\u201d reached \u201cbecause Albania has completed the required "
        "reforms\u201d."
    )
    got = _quotes(run, text, "2024-10-15")
    assert got and all(who == "Oliver Varhelyi" or who == "Olivér Várhelyi" for who, _ in got)
