"""Quote shapes of real wire and newspaper copy (own sentences): a bare quote paragraph that
goes on in the voice of the paragraph before."""

from __future__ import annotations


def _quotes(run, text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_canonical"], q["text"]) for q in run(text)["quotes"]]


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
