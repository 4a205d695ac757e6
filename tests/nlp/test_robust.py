"""Any text, however cut or garbled, yields output of the FORMAT.md shape and never raises.

Why a property test: stored copies of real stories end mid-word, inside quotes, after a lone
quote mark or an apostrophe; each rule reads characters around its match, and an offset at
the text's end is easy to get wrong (a doubled closing mark at the very end did, once)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

# pieces that the rules look at, so random joins reach their edge cases
_PIECES = [
    "NATO",
    "Hungary",
    "Viktor Orbán",
    "Sweden's bid",
    " said",
    " told reporters",
    ", he said.",
    " vetoed",
    " agreed to invite",
    " on Monday",
    " last May",
    " 3-4 December",
    "“",
    "”",
    '"',
    "‘‘",
    "’’",
    "'",
    "’",
    "``",
    "''",
    ".",
    ",",
    "\n",
    "\n\n",
    " ",
    "According to ",
    "the alliance's secretary general",
    "Ukraine",
    "the document reads",
    " it says",
    " who has blocked",
    " when Turkey agreed",
    "İ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["2024-12-03", None]))
def test_any_text_gives_the_output_shape(pipe, pieces: list[str], published: str | None) -> None:
    text = "".join(pieces)
    assume(text.strip())  # an empty document is refused with its own error (tested elsewhere)
    out = pipe({"text": text, "published": published, "title": ""})
    assert set(out) >= {"actors", "quotes", "stances", "consensus", "events"}
    for q in out["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
