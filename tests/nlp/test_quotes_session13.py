"""Speakers of the thirteenth session (own sentences): "he" after a sentence whose subject
is a role noun ("The Secretary General thanked President X ...") is the role's holder, not
the person named after it; "exclaimed" frames a quote; a speaker after the verb is named
before a clause that goes on ("said X as Y handed over the papers")."""

from __future__ import annotations


def _quotes(run, text: str, published: str | None) -> list[tuple]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text, published)["quotes"]]


def test_he_after_a_role_noun_subject_is_the_roles_holder(run) -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg opened the ceremony in Brussels. The Secretary "
        "General thanked President Sauli Niinisto for his leadership, according to a NATO "
        'statement. "We are stronger together," he said.'
    )
    assert _quotes(run, text, "2023-04-04") == [("Jens Stoltenberg", "We are stronger together")]


def test_he_after_a_named_subject_is_still_the_subject(run) -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg opened the ceremony in Brussels. Sauli "
        'Niinisto thanked the Secretary General for his work. "We are safer now," he said.'
    )
    assert _quotes(run, text, "2023-04-04") == [("Sauli Niinisto", "We are safer now")]


def test_a_person_named_after_the_role_subject_sentence_is_nearer(run) -> None:
    text = (
        "NATO Secretary General Jens Stoltenberg opened the ceremony. The Secretary General "
        "welcomed the guests. Sauli Niinisto then raised the flag of Finland. "
        '"This is a historic day," he said.'
    )
    assert _quotes(run, text, "2023-04-04") == [("Sauli Niinisto", "This is a historic day")]


def test_exclaimed_frames_a_quote(run) -> None:
    text = '"Welcome to the Alliance!" exclaimed NATO Secretary General Jens Stoltenberg.'
    assert _quotes(run, text, "2023-04-04") == [("Jens Stoltenberg", "Welcome to the Alliance!")]


def test_the_speaker_after_the_verb_comes_before_a_clause_that_goes_on(run) -> None:
    text = (
        '"Welcome to the Alliance!" said NATO Secretary General Jens Stoltenberg as Finnish '
        "Foreign Minister Pekka Haavisto handed over the papers."
    )
    assert _quotes(run, text, "2023-04-04") == [("Jens Stoltenberg", "Welcome to the Alliance!")]


def test_an_opening_mark_after_the_words_is_a_mistyped_closing_one(run) -> None:
    text = (
        "\u201cThe country is now part of the family. We are stronger together,\u201c NATO "
        "Secretary-General Jens Stoltenberg said in a statement."
    )
    assert _quotes(run, text, "2020-03-27") == [
        ("Jens Stoltenberg", "The country is now part of the family. We are stronger together")
    ]


def test_an_exclamation_ending_a_paragraph_takes_no_attribution_from_the_next(run) -> None:
    text = (
        "President Stevo Pendarovski said \u201cthis is a historic success for all of us!\u201d"
        "\n\nSecretary of State Mike Pompeo said the membership \u201cwill support greater "
        "integration across the region.\u201d"
    )
    assert _quotes(run, text, "2020-03-27") == [
        ("Stevo Pendarovski", "this is a historic success for all of us!"),
        ("Mike Pompeo", "will support greater integration across the region."),
    ]


def test_a_phrase_quoted_after_celebrated_is_the_subjects_and_the_next_paragraph_too(run) -> None:
    text = (
        "In a statement on X, Sweden's prime minister, Ulf Kristersson celebrated the "
        '"good news".\n\n"Now only the parliament has to vote. We look forward to joining."'
    )
    assert _quotes(run, text, "2023-10-23") == [
        ("Ulf Kristersson", "good news"),
        ("Ulf Kristersson", "Now only the parliament has to vote. We look forward to joining."),
    ]


def test_a_list_of_reactions_names_each_speaker_before_their_office(run) -> None:
    text = (
        "We have collected the following reactions:\n\nIrakli Chikovani, Vice Prime Minister, "
        "Minister of Defense: \u201cGeorgia has its place in this document.\u201d\n\nViktor "
        "Dolidze, Georgia\u2019s Ambassador to NATO: \u201cThis was a short political "
        "declaration.\u201d"
    )
    assert _quotes(run, text, "2024-07-11") == [
        ("Irakli Chikovani", "Georgia has its place in this document."),
        ("Viktor Dolidze", "This was a short political declaration."),
    ]


def test_the_pronoun_right_before_the_framing_verb_is_the_speaker(run) -> None:
    text = (
        "Secretary of State Madeleine Albright spoke in Brussels. She said the U.S. is "
        'confident that the three will reach what she called "a mature military capability."'
    )
    assert _quotes(run, text, "1997-12-16") == [
        ("Madeleine Albright", "a mature military capability.")
    ]


def test_as_she_put_it_is_the_pronouns_referent(run) -> None:
    text = (
        "Madeleine Albright said the three nations were changing. As she put it: "
        '"Now for the first time they are responsible for the freedom of others."'
    )
    assert _quotes(run, text, "1997-12-16") == [
        (
            "Madeleine Albright",
            "Now for the first time they are responsible for the freedom of others.",
        )
    ]


def test_quote_from_a_name_before_a_colon_is_theirs(run) -> None:
    text = (
        "Robert Fico said Slovakia fully supports Ukraine's accession to the EU.\n\n"
        'Quote from Fico: "We support your path to the EU one hundred percent."'
    )
    assert _quotes(run, text, "2024-10-07") == [
        ("Robert Fico", "We support your path to the EU one hundred percent.")
    ]


def test_concluded_after_a_quote_attributes_it(run) -> None:
    text = '"Europe stands with Ukraine," Emmanuel Macron concluded.'
    assert _quotes(run, text, "2022-06-16") == [("Emmanuel Macron", "Europe stands with Ukraine")]


def test_a_bare_quote_paragraph_after_she_also_said_is_hers(run) -> None:
    text = (
        "Prime Minister Sanna Marin said Finland keeps its options open.\n\nShe also said "
        "Finland would deepen its defence cooperation.\n\n"
        '"It is one of the foundations of European security."'
    )
    assert _quotes(run, text, "2022-01-03") == [
        ("Sanna Marin", "It is one of the foundations of European security.")
    ]


def test_an_abbreviated_state_in_an_apposition_still_makes_a_person(run) -> None:
    text = (
        '"It is not an enlargement summit," Philip Gordon, the U.S. assistant secretary of '
        "state for European affairs, told the Senate committee.\n\n"
        'Gordon responded: "It is our goal to send a positive signal."'
    )
    assert _quotes(run, text, "2012-05-11") == [
        ("Philip Gordon", "It is not an enlargement summit"),
        ("Philip Gordon", "It is our goal to send a positive signal."),
    ]


def test_in_the_words_of_names_the_speaker(run) -> None:
    text = (
        "The protocols are signed now because, in the words of Madeleine Albright, "
        '"NATO has determined that the three are ready."'
    )
    assert _quotes(run, text, "1997-12-16") == [
        ("Madeleine Albright", "NATO has determined that the three are ready.")
    ]
