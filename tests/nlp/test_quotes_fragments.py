"""Short quoted fragments of a named speaker, organisations as speakers ("the ministry
said"), continuing sentences after a quote, and names with diacritics (own sentences)."""

from __future__ import annotations

import pytest

from accession.nlp.lexicon import CAP_TOKEN_RX, NAME_RX


@pytest.mark.parametrize(
    "word", ["Popșoi", "Țurcanu", "Ștefan", "Erdoğan", "Niinistö", "Dąbrowski"]
)
def test_name_tokens_keep_letters_with_diacritics(word: str) -> None:
    assert CAP_TOKEN_RX.fullmatch(word)
    assert NAME_RX.fullmatch(f"Mihai {word}")


def _quotes(run, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text)["quotes"]]


def test_name_with_comma_below_is_not_truncated(run) -> None:
    text = (
        'Moldovan Foreign Minister Mihai Popșoi spoke first. "We will deliver on every '
        'reform we promised," Popșoi said.'
    )
    assert _quotes(run, text) == [("Mihai Popșoi", "We will deliver on every reform we promised")]


def test_fragment_in_reported_speech_of_a_named_person(run) -> None:
    text = 'Mark Rutte said the allies had made "real progress" on the plan.'
    assert _quotes(run, text) == [("Mark Rutte", "real progress")]


def test_fragment_attributed_after_the_sentence_with_a_role_word(run) -> None:
    text = (
        'The alliance will take "concrete steps" to protect its members after the vote on '
        "Tuesday, NATO spokesman Mark Rutte told reporters."
    )
    assert _quotes(run, text) == [("Mark Rutte", "concrete steps")]


def test_fragment_after_a_threat_in_a_relative_clause(run) -> None:
    text = (
        "Portugal won an exemption, drawing criticism from Mark Rutte, who threatened to make "
        'Lisbon pay "twice as much" later.'
    )
    assert _quotes(run, text) == [("Mark Rutte", "twice as much")]


def test_a_short_fragment_of_a_state_voice(run) -> None:
    text = 'The Kremlin has warned it would take "tough countermeasures" if troops arrive.'
    got = _quotes(run, text)
    assert [t for _, t in got] == ["tough countermeasures"]
    assert got[0][0] == "Russia"


def test_one_quoted_word_is_a_scare_quote(run) -> None:
    text = 'The Kremlin has warned it would take "countermeasures" if troops arrive.'
    assert not _quotes(run, text)


@pytest.mark.parametrize(
    "text",
    [
        'NATO has said Ukraine is on an "irreversible" path to membership.',  # a modifier
        'Diplomats said the talks were "difficult" and would continue.',  # no named speaker
        'The so-called "peace plan" was rejected.',
        'EU leaders said the candidate had passed a law on "foreign agents" in May.',
        'Romania said the group known as "Bucharest Nine" would meet again.',
    ],
    ids=["quoted-modifier", "unnamed-speaker", "so-called", "law-on", "known-as"],
)
def test_scare_quotes_are_not_quotes(run, text: str) -> None:
    assert _quotes(run, text) == []


def test_the_ministry_said_is_the_last_ministry_named(run) -> None:
    text = (
        "Russia's foreign ministry reacted within an hour. The vote \"ignores the will of the "
        'people of the region", the ministry said in a statement.'
    )
    (q,) = run(text)["quotes"]
    assert q["speaker_iso3"] == "RUS" and "ministry" in q["speaker_canonical"].lower()


def test_sentence_continuing_after_a_quote_keeps_the_subject(run) -> None:
    text = (
        'Mark Rutte, who chaired the talks, called the deal a reward for "years of patient '
        'work on both sides" and urged parliaments to back it.'
    )
    assert _quotes(run, text) == [("Mark Rutte", "years of patient work on both sides")]


def test_a_fragment_after_slammed_is_the_critics(run) -> None:
    text = 'Mark Rutte slammed the wording as "utterly absurd" in a post on X.'
    assert _quotes(run, text) == [("Mark Rutte", "utterly absurd")]


def test_according_to_a_named_person_before_a_quote(run) -> None:
    text = 'According to parliament speaker Mark Rutte, "the vote was unanimous".'
    assert _quotes(run, text) == [("Mark Rutte", "the vote was unanimous")]
