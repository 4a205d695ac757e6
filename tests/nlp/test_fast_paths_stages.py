"""The faster searches of the frames, stances and consensus stages (speed pass 7) find
exactly what the searches they replace find: the extractor's output must not change by a
byte."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from accession.nlp import scan
from accession.nlp.scan import word_finditer
from accession.nlp.stance_cues import CHANGE_ONLY_RX, CUE_RX
from accession.nlp.text import split_sentences

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _texts() -> list[str]:
    texts = [
        json.loads(p.read_text())["text"] for p in sorted(FIXTURES.glob("heldout*/*.doc.json"))
    ]
    return texts + [scan.lower_same_length(t) for t in texts]


def _plain_word_search(rx: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first match of `rx` at a word start, by the definition."""
    m = rx.search(text, pos, end)
    while (
        m is not None
        and m.start()
        and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ):
        m = rx.search(text, m.start() + 1, end)
    return m


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.lastgroup == b.lastgroup


_CUE_WORDS = ["blocked", "block", "veto", "supports", "support", "back", "had", "not ", "opposes"]
_CUE_WORDS += ["said", "ready", "a", "x", "_", "é", "1", " ", ".", "-", "un", "'s", "the "]


def _unbounded(rx: re.Pattern[str]) -> re.Pattern[str]:
    assert rx.pattern.startswith("\\b(?:")
    return re.compile(rx.pattern[2:])  # the pattern before the leading word boundary


@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=25).map("".join), st.integers(0, 6))
def test_cue_patterns_find_the_same_cues_with_a_leading_boundary(text: str, cut: int) -> None:
    for rx in (CUE_RX, CHANGE_ONLY_RX):
        plain = _unbounded(rx)
        for a in range(min(cut, len(text)) + 1):
            got = [m.span() for m in word_finditer(rx, text, a, len(text))]
            assert got == [m.span() for m in word_finditer(plain, text, a, len(text))]


def test_cue_patterns_find_the_same_cues_in_articles() -> None:
    for rx in (CUE_RX, CHANGE_ONLY_RX):
        plain = _unbounded(rx)
        for text in _texts():
            low = scan.lower_same_length(text)
            for s, e in split_sentences(low, 0, len(low)):
                got = [m.span() for m in word_finditer(rx, low, s, e)]
                assert got == [m.span() for m in word_finditer(plain, low, s, e)]


@given(
    st.lists(
        st.sampled_from(["that ", "That ", "that", " ", "May", "March", "year", "x"]), max_size=12
    ).map("".join),
    st.integers(0, 4),
    st.integers(0, 4),
)
def test_that_month_is_searched_only_where_that_occurs(text: str, a: int, b: int) -> None:
    """`_dated_past` looks for "that November" only in a phrase holding "that "."""
    from accession.nlp.stances import _THAT_MONTH_RX

    hi = max(a, len(text) - b)
    if text.find("that ", a, hi) < 0:
        assert _THAT_MONTH_RX.search(text, a, hi) is None
