"""Quotes and their speakers, including unnamed sources and scare quotes."""

from __future__ import annotations

import pytest

CASES = [
    (
        '"We will not give up on this," Polish Foreign Minister Radoslaw Sikorski said.',
        "Radoslaw Sikorski",
        "We will not give up on this",
    ),
    (
        "Viktor Orban said: “Hungary will ratify the protocol in spring.”",
        "Viktor Orban",
        "Hungary will ratify the protocol in spring.",
    ),
    ('Mark Rutte arrived. "The door is open," he told Reuters.', "Mark Rutte", "The door is open"),
    ('"Our answer is clear," a senior NATO diplomat said.', None, "Our answer is clear"),
    (
        '"Welcome to the family!" NATO Secretary General Mark Rutte said as the flag went up.',
        "Mark Rutte",
        "Welcome to the family!",
    ),
    (
        '"Is this really the end of the road for the talks?" Mark Rutte asked in Brussels.',
        "Mark Rutte",
        "Is this really the end of the road for the talks?",
    ),
    ('"It will take months to agree," one official said.', None, "It will take months to agree"),
    (
        'Kaja Kallas spoke next. "One. Two more sentences here. And a third one," she said.',
        "Kaja Kallas",
        "One. Two more sentences here. And a third one",
    ),
    (
        "Ukrainian Foreign Minister Andriy Sybiga wrote to allies. \u201cThe moment is now, and we "
        "ask for it,\u201d the minister wrote in his letter.",
        "Andriy Sybiga",
        "The moment is now, and we ask for it",
    ),
    (
        'The ministry welcomed it. The German Foreign Ministry applauded. "This is an important '
        'step for everyone here," it said.',
        "German Foreign Ministry",
        "This is an important step for everyone here",
    ),
]


@pytest.mark.parametrize(
    "text,speaker,quote",
    CASES,
    ids=[
        "after-named",
        "before-colon",
        "pronoun-told",
        "unnamed-diplomat",
        "exclamation-then-attribution",
        "question-asked",
        "unnamed-official",
        "multi-sentence",
        "role-noun-letter",
        "it-organisation",
    ],
)
def test_quote_and_speaker(run, text: str, speaker: str | None, quote: str) -> None:
    quotes = run(text)["quotes"]
    assert [q["text"] for q in quotes] == [quote]
    assert quotes[0]["speaker_canonical"] == speaker


def test_split_quote_gives_two_items_with_one_speaker(run) -> None:
    text = '"We are ready," Mark Rutte said, "and we will decide together at the summit."'
    quotes = run(text)["quotes"]
    assert len(quotes) == 2
    assert {q["speaker_canonical"] for q in quotes} == {"Mark Rutte"}


def test_second_quote_in_a_paragraph_keeps_the_speaker(run) -> None:
    text = (
        '"Hungary supports the accession of Sweden," Orban said. "The Swedes have lost '
        'nothing because of us."'
    )
    quotes = run(text)["quotes"]
    assert len(quotes) == 2 and quotes[1]["speaker_canonical"] == quotes[0]["speaker_canonical"]


@pytest.mark.parametrize(
    "text",
    [
        "He presented his “victory plan” to allies.",
        'The so-called "irreversible" path was mentioned.',
        'He spoke on the weekly "Good Morning Bratislava" program.',
    ],
    ids=["scare-quote", "single-word", "programme-title"],
)
def test_scare_quotes_and_titles_are_not_quotes(run, text: str) -> None:
    assert run(text)["quotes"] == []


def test_indirect_speech_is_reported_not_quoted(run) -> None:
    out = run("Finnish President Alexander Stubb said that the alliance should stay united.")
    assert out["quotes"] == []
    assert out["reported_speech"][0]["speaker_canonical"] == "Alexander Stubb"


def test_a_quote_read_from_a_letter_goes_to_its_writer(run) -> None:
    text = (
        "Foreign Minister Lena Hofbauer explained the decision in a letter sent on Friday to the"
        ' presidency. "Our country no longer seeks to join the union," the letter said.'
    )
    quotes = run(text)["quotes"]
    assert [q["speaker_canonical"] for q in quotes] == ["Lena Hofbauer"]
    # no document named before: the quote stays without a speaker
    other = 'Talks ended on Monday. "We will not block the decision," the letter said.'
    assert [q["speaker_canonical"] for q in run(other)["quotes"]] == [None]


def test_a_quote_introduced_with_the_words(run) -> None:
    text = (
        "The square erupted when Prime Minister Kaja Kallas greeted the crowd with the words"
        ' "Welcome home to Europe".'
    )
    quotes = run(text)["quotes"]
    assert [(q["speaker_canonical"], q["text"]) for q in quotes] == [
        ("Kaja Kallas", "Welcome home to Europe")
    ]


def test_words_of_a_declaration_are_the_issuing_institutions(run) -> None:
    nato = (
        "NATO leaders met in Lisbon on Thursday. Instead, the declaration says Georgia will be "
        'invited "as soon as the border dispute has been settled".'
    )
    assert [q["speaker_key"] for q in run(nato, "2024-07-11")["quotes"]] == ["org:NATO"]
    eu = (
        'The Council of the EU met on Monday. "The Council will return to the matter next '
        'year," the conclusions said.'
    )
    assert [q["speaker_key"] for q in run(eu, "2024-07-11")["quotes"]] == ["org:EU_COUNCIL"]
    # no institution named: no speaker is invented
    bare = (
        'The declaration says Georgia will be invited "as soon as the border dispute has been '
        'settled".'
    )
    assert [q["speaker_canonical"] for q in run(bare, "2024-07-11")["quotes"]] == [None]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            "Prime Minister Ivo Sanader called a news conference. Holding up the chapters was "
            '"a move without precedent" in the history of the talks, he said.',
            "Ivo Sanader",
        ),
        (
            "Outgoing Commission President Jean-Claude Juncker went further on Friday, calling "
            'the outcome "a grave historic mistake".',
            "Jean-Claude Juncker",
        ),
        (
            'Lena Marsh, who chairs the committee, put it bluntly: "It is a bad decision for us '
            'and for the region."',
            "Lena Marsh",
        ),
        (
            'Jan Kavan of the Czech Republic spoke of a "recognition of the strategic changes" '
            "since 1989.",
            "Jan Kavan",
        ),
    ],
    ids=["trailing-he-said", "calling", "put-it-bluntly", "spoke-of"],
)
def test_quotes_framed_by_participles_and_trailing_attributions(
    run, text: str, speaker: str
) -> None:
    assert [q["speaker_canonical"] for q in run(text, "2008-12-18")["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            '"Georgia must apply for membership without delay," President Ana Lopes and Prime '
            "Minister Tomas Varga said in a joint statement.",
            "Ana Lopes",
        ),
        (
            'Finnish Prime Minister Sanna Marin thanked Hungary on Monday for its "clear '
            'decision" on the protocol.',
            "Sanna Marin",
        ),
        (
            "Carla Rossi, the tribunal's chief prosecutor, reported that Croatia was now "
            '"co-operating fully".',
            "Carla Rossi",
        ),
        (
            'Olli Rehn joked that the marathon had tested everyone\'s "absorption capacity".',
            "Olli Rehn",
        ),
    ],
    ids=["joint-first-named", "thanked", "reported", "joked"],
)
def test_more_framing_verbs_and_joint_speakers(run, text: str, speaker: str) -> None:
    assert [q["speaker_canonical"] for q in run(text, "2023-03-27")["quotes"]] == [speaker]
