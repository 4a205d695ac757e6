"""The faster searches of the frames, stances and consensus stages (speed pass 7) find
exactly what the searches they replace find: the extractor's output must not change by a
byte."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from accession.nlp import scan
from accession.nlp.scan import boundary_search, bounded_form, word_finditer, word_search
from accession.nlp.stance_cues import CHANGE_ONLY_RX, CUE_RX
from accession.nlp.text import split_sentences
from tests.nlp.oracles import plain_word_search

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _texts() -> list[str]:
    texts = [
        json.loads(p.read_text())["text"] for p in sorted(FIXTURES.glob("heldout*/*.doc.json"))
    ]
    return texts + [scan.lower_same_length(t) for t in texts]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.lastgroup == b.lastgroup


_ATOMS = ["ab", "ba", "abc", "c", "a", "[ab]", "[a;]", r"\w", r"\d", r"\s", ";", " ", r"\b"]
_ATOMS += ["(?=a)", "(?!b)", "1", "_", "é", "(a)", "(b)"]


def _patterns() -> st.SearchStrategy[str]:
    atoms = st.sampled_from(_ATOMS)

    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            st.lists(inner, min_size=2, max_size=3).map("|".join),  # a top-level alternation
            inner.map(lambda x: f"(?:{x})?"),
            inner.map(lambda x: f"(?:{x}){{1,2}}"),  # bounded: no runaway backtracking
            inner.map(lambda x: f"(?:{x}){{0,2}}"),
        )

    return st.recursive(atoms, grow, max_leaves=8)


@settings(max_examples=600)  # about one pattern in twelve has a bounded form
@given(_patterns(), st.text(alphabet="abc; A1_é٣", max_size=14))
def test_boundary_search_equals_word_search_for_any_pattern(pattern: str, text: str) -> None:
    """Random patterns, with every pattern given a bounded form that may have one (not only
    those whose first characters are many): the same match at every span."""
    rx = re.compile(pattern)
    saved = scan._MIN_FIRSTS
    scan._MIN_FIRSTS = 0
    scan._BOUNDED.clear()
    try:
        bounded = bounded_form(rx)
        if bounded is None:
            return  # `boundary_search` is `word_search` itself
        for p in range(len(text) + 1):  # what the bounded form rests on
            m = rx.match(text, p)
            if m is not None:
                assert m.end() > m.start(), (pattern, text, p)
                assert text[p].isalnum() or text[p] == "_", (pattern, text, p)
        for pos in range(len(text) + 1):
            for end in range(pos, len(text) + 1):
                got = boundary_search(rx, text, pos, end)
                assert _same(got, plain_word_search(rx, text, pos, end)), (pattern, text, pos, end)
    finally:
        scan._MIN_FIRSTS = saved
        scan._BOUNDED.clear()


def _stage_patterns() -> Iterator[re.Pattern[str]]:
    import importlib
    import pkgutil

    import accession.nlp as nlp

    for info in pkgutil.iter_modules(nlp.__path__):
        mod = importlib.import_module(f"accession.nlp.{info.name}")
        for value in vars(mod).values():
            items = value if isinstance(value, tuple) else (value,)
            for v in items:
                v = v[1] if isinstance(v, tuple) and len(v) == 2 else v
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    yield v


def test_stage_patterns_with_a_bounded_form_find_what_word_search_finds() -> None:
    """On real articles, every sentence (and parts of it): the consensus remarks and the
    frames' decision words among them."""
    patterns = [rx for rx in _stage_patterns() if bounded_form(rx) is not None]
    names = {rx.pattern[:20] for rx in patterns}
    assert any(p.startswith("(?:consensus (?:was") for p in names)  # consensus._REACHED
    assert any(p.startswith("(?:no (?:\\w+ )?cons") for p in names)  # consensus._NOT_REACHED
    for text in _texts():
        for s, e in split_sentences(text, 0, len(text)):
            for a, b in ((s, e), (s + 3, e), (s, max(s, e - 7)), (max(0, s - 2), e)):
                for rx in patterns:
                    got = boundary_search(rx, text, a, b)
                    assert _same(got, word_search(rx, text, a, b)), (rx.pattern[:40], a, b)


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


@given(
    st.lists(
        st.sampled_from(["yet", "YET", "Yet to", "has ", "have ", "to", " ", "ÿ", "ẏ", "İ", "x"]),
        max_size=12,
    ).map("".join)
)
def test_yet_is_searched_only_where_the_lowered_text_holds_yet(text: str) -> None:
    """The stances stage looks for "has yet to" only in a sentence whose lowered text holds
    "yet": every case-insensitive match does."""
    from accession.nlp.scan import search
    from accession.nlp.stance_cues import YET_RX

    if "yet" not in scan.lower_same_length(text):
        assert search(YET_RX, text) is None
