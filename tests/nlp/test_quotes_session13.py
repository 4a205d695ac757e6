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
