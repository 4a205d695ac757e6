"""The fast scanning helpers give exactly what the slow patterns they replace give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accession.nlp.dates import find_dates
from accession.nlp.scan import find_all, lower_same_length, word_finditer, word_search
from tests.nlp.oracles import plain_word_search, slow_date_spans

WORDS = ["block", "blocked", "veto", "unblock", "oppose", "x", "_", "é", "1", " ", ".", "-"]
PATTERN = r"(?:block\w*|veto\w*|oppos\w+)"


@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join))
def test_word_finditer_equals_a_leading_word_boundary(text: str) -> None:
    slow = [m.span() for m in re.finditer(r"\b" + PATTERN, text)]
    fast = [m.span() for m in word_finditer(re.compile(PATTERN), text)]
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "start"),
    [("unblock block", 8), ("_veto veto", 6), ("vetoed", 0), ("xveto", None)],
    ids=["inside-word", "underscore-is-a-word-char", "at-start", "none"],
)
def test_word_search_table(text: str, start: int | None) -> None:
    m = word_search(re.compile(PATTERN), text)
    assert (m.start() if m else None) == start


def test_lowering_keeps_offsets_for_characters_that_grow() -> None:
    text = "İstanbul and ANKARA"  # "İ".lower() is two characters
    low = lower_same_length(text)
    assert len(low) == len(text) and low.endswith("and ankara")


def test_find_all_finds_overlapping_occurrences() -> None:
    assert sorted(find_all("aaa ab", ("aa", "ab"))) == [0, 1, 4]


@given(
    st.lists(
        st.sampled_from(
            [
                "3",
                "4",
                "12",
                "2024",
                "-",
                " ",
                "x",
                "June",
                "Mar",
                "March",
                "Monday",
                "Wednesday",
                "Sunday",
                "today",
                "xFriday",
                "of",
                "Dec.",
                "2024-12-03",
                "1.2.2024",
                ",",
            ]
        ),
        max_size=14,
    ).map(" ".join)
    | st.lists(
        st.sampled_from(["3", "-4", " June", "x", " 2024", "Monday", "Tues", "day", "12."]),
        max_size=9,
    ).map("".join)
)
def test_date_candidates_find_what_each_pattern_finds_at_word_starts(text: str) -> None:
    """The candidate scan in `find_dates` (digit runs and name prefixes) against trying every
    date pattern at every word start, each pattern without overlaps of its own. A match that
    starts inside a word ("xFriday - Monday") hides nothing: only word starts are tried."""
    from accession.nlp.dates import _date_matches

    assert [m.span() for _, m in _date_matches(text, 0, len(text))] == slow_date_spans(text)


def test_relative_dates_are_case_insensitive() -> None:
    import datetime as dt

    hits = find_dates("They met Last Week.", 0, 19, dt.date(2024, 11, 29))
    assert [(h.date, h.end_date) for h in hits] == [("2024-11-18", "2024-11-24")]


_PIECES = ["U.S.", "Mr.", " ", "  ", "\n", ".", "...", "!", "?", '"', "”", ")", "A", "a", "9"]
_PIECES += ["Parliament", "parliament", "National Assembly", "x", "_", "é", "“", "«", "»", "„"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.integers(0, 5))
def test_sentence_boundaries_at_terminal_marks_equal_finditer(text: str, cut: int) -> None:
    from accession.nlp.text import _BOUNDARY_RX, _boundaries, _terminal_marks

    start, end = min(cut, len(text)), max(len(text) - cut, min(cut, len(text)))
    slow = [m.span() for m in _BOUNDARY_RX.finditer(text, start, end)]
    fast = [m.span() for m in _boundaries(text, start, end, _terminal_marks(text))]
    assert fast == slow


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_quote_marks_and_parliament_words_found_with_find(text: str) -> None:
    from accession.nlp.mentions import _PARLIAMENT_RX, _parliament_spans
    from accession.nlp.quotes import _MARKS_RX, _marks

    assert _marks(text) == [m.start() for m in _MARKS_RX.finditer(text)]
    slow = [m.span() for m in word_finditer(_PARLIAMENT_RX, text)]
    assert _parliament_spans(text) == slow


@given(
    st.lists(
        st.sampled_from(["will", "is", "to", "this", "be held", "plans", "plan", "x", " ", "'ll"]),
        max_size=20,
    ).map("".join)
)
def test_future_cue_trie_matches_the_cue_list(text: str) -> None:
    from accession.nlp.dates import FUTURE_CUES, FUTURE_RX

    listed = re.compile(r"(?:" + "|".join(map(re.escape, FUTURE_CUES)) + r")\b")
    assert [m.span() for m in FUTURE_RX.finditer(text)] == [m.span() for m in listed.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "keys"),
    [
        (
            r"(?:no (?:\w+ )?consensus|(?:will|would) (?:block|veto)|vetoed)\b",
            ("block", "consensus", "veto"),
        ),
        (r"a\bbcd", ("abcd",)),  # zero-width items do not break a literal run
        (r"(?:x|yy)zzz", ("xzzz", "yyzzz")),
        (r"\w+ed", None),  # too short to pay for itself
        (r"abc|\w+", None),  # a branch without literals: nothing is required
        (r"(?i)abCD", ("abcd",)),  # case-insensitive: lower case, for the lowered span
        (r"ab(?i:cd)ef", None),
        (r"x(?:abcd)?y", None),  # optional parts are not required
        (r"(?:abcd)+", ("abcd",)),
    ],
)
def test_required_literals_table(pattern: str, keys: tuple[str, ...] | None) -> None:
    from accession.nlp.scan import required_literals

    assert required_literals(re.compile(pattern)) == keys


def _nlp_patterns() -> list[re.Pattern[str]]:
    import importlib
    import pkgutil

    import accession.nlp as nlp

    out = []
    for info in pkgutil.iter_modules(nlp.__path__):
        mod = importlib.import_module(f"accession.nlp.{info.name}")
        for value in vars(mod).values():
            items = value if isinstance(value, tuple) else (value,)
            for v in items:
                v = v[1] if isinstance(v, tuple) and len(v) == 2 else v
                if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                    out.append(v)
    return out


def test_every_match_of_the_stage_patterns_holds_a_required_literal() -> None:
    """On real and generated articles: where a pattern matches, one of its strings occurs in
    the match, so a span without them is skipped rightly."""
    import json
    from pathlib import Path

    from accession.nlp.scan import required_literals

    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [json.loads(p.read_text())["text"] for p in sorted(root.glob("heldout*/*.doc.json"))]
    texts += [t.lower() for t in texts]
    checked = 0
    for rx in _nlp_patterns():
        keys = required_literals(rx)
        if keys is None:
            continue
        for text in texts:
            for m in rx.finditer(text):
                got = m.group().lower() if rx.flags & re.IGNORECASE else m.group()
                assert any(k in got for k in keys), (rx.pattern, m.group(), keys)
                checked += 1
    assert checked > 100


@given(
    st.lists(
        st.sampled_from(["block", "veto", "will", "would", "no ", "con", "sensus", " "]),
        max_size=12,
    ).map("".join)
)
def test_word_search_with_required_literals_equalsplain_word_search(text: str) -> None:
    import accession.nlp.scan as scan

    rx = re.compile(r"(?:no (?:\w+ )?consensus|(?:will|would) (?:block|veto)|vetoed)\b")
    fast = scan.word_search(rx, text)
    slow = re.search(r"\b" + rx.pattern, text)
    assert (fast.span() if fast else None) == (slow.span() if slow else None)


@given(
    st.lists(
        st.sampled_from(
            ["Yet", "yet", "YET", " to", " ", "has", "HAS", "ı", "İ", "ſ", "\u212a", "’", "x"]
        ),
        max_size=10,
    ).map("".join)
)
def test_search_with_required_literals_equals_search_case_insensitive(text: str) -> None:
    from accession.nlp.scan import search

    for rx in (
        re.compile(r"\b(?:yet to|have yet|has yet)\b", re.I),
        re.compile(r"(?:has|sas)\s*yet", re.I),
    ):
        for pos in range(0, len(text) + 1, 3):
            got, want = search(rx, text, pos), rx.search(text, pos)
            assert (got.span() if got else None) == (want.span() if want else None)


def _split_reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`split_sentences` as it was: every boundary match, the word before walked back."""
    from accession.nlp.text import _ABBREV, _BOUNDARY_RX

    out, s = [], start
    for m in _BOUNDARY_RX.finditer(text, start, end):
        dot = m.start()
        j = dot - 1
        while j >= s and (text[j].isalnum() or text[j] == "."):
            j -= 1
        word = text[j + 1 : dot].lower()
        if word in _ABBREV or (len(word) == 1 and word.isalpha()):
            continue
        cut = m.end()
        while cut > s and text[cut - 1].isspace():
            cut -= 1
        out.append((s, cut))
        s = m.end()
    if s < end:
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_SENTENCE_PIECES = ["U.S.", "Mr.", "Gen.", "No.", "x.", " ", "\t", ". ", "? ", "(", '"', "”"]
_SENTENCE_PIECES += ["A", "The", "said", "9", "é", "e.g.", "...", "3.5", "-", "U.S.-", "Jan."]


@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=30).map("".join))
def test_split_sentences_equals_the_reference(text: str) -> None:
    from accession.nlp.text import _terminal_marks, split_sentences

    want = _split_reference(text, 0, len(text))
    assert split_sentences(text, 0, len(text)) == want
    assert split_sentences(text, 0, len(text), _terminal_marks(text)) == want


@given(st.text(alphabet=st.sampled_from(list("ab 19,.²٣x-"))))
def test_has_digit_equals_isdigit_anywhere(text: str) -> None:
    from accession.nlp.scan import has_digit

    assert has_digit(text) == any(c.isdigit() for c in text)


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(1, 4)), max_size=12))
def test_overlap_order_equals_start_then_longest_first(spans: list[tuple[int, int]]) -> None:
    from accession.nlp.mentions import _resolve_overlaps
    from accession.nlp.pipeline import Mention

    ms = [Mention(s, s + n, "x", "state", f"k{i}", "c") for i, (s, n) in enumerate(spans)]
    want = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
    got = list(ms)
    _resolve_overlaps(got)  # sorts its argument in place first
    assert [m.key for m in got] == [m.key for m in want]


_ATOMS = ["ab", "ba", "abc", "c", "a", "[ab]", "[a;]", r"\w", r"\s", ";", " ", r"\b", "(?=a)"]


def _patterns() -> st.SearchStrategy[str]:
    atoms = st.sampled_from(_ATOMS)

    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            inner.map(lambda x: f"(?:{x})?"),
            inner.map(lambda x: f"(?:{x})+"),
            inner.map(lambda x: f"(?:{x}){{0,2}}"),
        )

    return st.recursive(atoms, grow, max_leaves=8)


@given(_patterns(), st.text(alphabet="abc; A", max_size=24), st.booleans())
def test_required_literals_hold_for_any_pattern(pattern: str, text: str, icase: bool) -> None:
    """Random patterns: every match holds one of the derived strings, and a span judged
    unable to match has no match."""
    from accession.nlp.scan import _held, may_match

    rx = re.compile(pattern, re.I if icase else 0)
    keys = _held(rx)[1]
    if keys is not None:
        for m in rx.finditer(text):
            got = m.group().lower() if icase else m.group()
            assert any(k in got for k in keys), (pattern, m.group(), keys)
    for pos in range(len(text) + 1):
        if not may_match(rx, text, pos):
            assert rx.search(text, pos) is None


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 5)), min_size=1, max_size=6),
    st.lists(st.integers(0, 40), max_size=10),
)
def test_mention_sentences_equal_sentence_of(
    gaps: list[tuple[int, int]], starts: list[int]
) -> None:
    from accession.nlp.mentions import _flag
    from accession.nlp.pipeline import DocState, Mention

    sents, pos = [], 0
    for gap, length in gaps:
        sents.append((pos + gap, pos + gap + length))
        pos += gap + length
    state = DocState("x" * 50, sentences=sents)
    ms = [Mention(p, p + 1, "x", "person", "k", "c") for p in sorted(starts) + starts[:2]]
    _flag(state, ms)
    assert [m.sentence for m in ms] == [state.sentence_of(m.start) for m in ms]


_KEY_PARTS = [
    "a",
    "A",
    "ab",
    "Ab",
    "b",
    " ",
    "İ",
    "i",
    "ı",
    "ß",
    "SS",
    "ss",
    "é",
    "É",
    "ta",
    "lk",
    "Σ",
    "σ",
    "ς",
]


def _plain_find_all(text: str, keywords: tuple[str, ...]) -> list[int]:
    out = []
    for kw in keywords:
        i = text.find(kw)
        while i >= 0:
            out.append(i)
            i = text.find(kw, i + 1)
    return out


@given(
    st.lists(st.sampled_from(_KEY_PARTS), max_size=40).map("".join),
    st.lists(
        st.lists(st.sampled_from(_KEY_PARTS), min_size=1, max_size=3).map("".join),
        min_size=1,
        max_size=6,
    ).map(tuple),
)
def test_find_all_by_the_keyword_index_equals_str_find(text: str, keywords: tuple) -> None:
    """The keyword index (one automaton pass over the lowered text) gives what a `str.find`
    loop gives, on the text and on its lowered copy, for keywords of any case."""
    from accession.nlp.scan import _INDEX, keyword_index

    low = _INDEX.lowered(text)[0]
    assert find_all(text, keywords) == _plain_find_all(text, keywords)
    assert find_all(low, keywords) == _plain_find_all(low, keywords)
    idx = keyword_index(low, keywords)
    if idx is not None:
        assert {k: idx.get(k, []) for k in keywords} == {
            k: _plain_find_all(low, (k,)) for k in keywords
        }


def test_large_alternations_match_only_at_their_start_strings() -> None:
    """On real articles: every match of a stage pattern with start strings begins with one
    of them, and `word_search` over every sentence equals the plain search."""
    import json
    from pathlib import Path

    from accession.nlp.scan import start_heads, word_search
    from accession.nlp.text import split_sentences

    root = Path(__file__).resolve().parents[1] / "fixtures"
    texts = [json.loads(p.read_text())["text"] for p in sorted(root.glob("heldout*/*.doc.json"))]
    texts += [t.lower() for t in texts]
    patterns = [rx for rx in _nlp_patterns() if start_heads(rx) is not None]
    assert patterns  # the consensus list at least
    for rx in patterns:
        heads = start_heads(rx)
        assert heads is not None
        for text in texts:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    assert m.group().startswith(heads.get(m.group()[:2], ())), (rx.pattern, m)
            for s, e in split_sentences(text, 0, len(text)):
                for a in (s, s + 3):
                    fast, slow = word_search(rx, text, a, e), plain_word_search(rx, text, a, e)
                    assert (fast.span() if fast else None) == (slow.span() if slow else None)


_LARGE_WORDS = ["no ", "not ", "agreed", "consensus", "veto", "x", "_", "1", " ", ".", "é", "-"]
_LARGE_RX = re.compile(
    r"(?:no (?:\w+ )?consensus|not (?:yet )?(?:reached|agreed)|(?:will|would) (?:block|veto)"
    r"|vetoed|(?:allies|members|nato|eu|the \d+) (?:remains?|are|were|is|was) divided"
    r"|disagree\w*|far from (?:an? |any )?(?:agreement|consensus)|(?:held|holding|holds) up"
    r"|nobody (?:was|is) (?:prepared|ready|willing) to|no\b)"
)


@given(
    st.lists(st.sampled_from(_LARGE_WORDS), max_size=25).map("".join),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_word_search_by_start_strings_equals_plain_search(text: str, a: int, b: int) -> None:
    from accession.nlp.scan import start_heads, word_search

    assert start_heads(_LARGE_RX) is not None
    end = max(a, len(text) - b)
    fast, slow = word_search(_LARGE_RX, text, a, end), plain_word_search(_LARGE_RX, text, a, end)
    assert (fast.span() if fast else None) == (slow.span() if slow else None)


@given(
    st.lists(
        st.sampled_from(["Said", "said", "X", "x", " ", "İ", "day", "Monday", "ς"]), max_size=12
    ).map("".join),
    st.lists(
        st.sampled_from(["said", "Said", "X", "day", "Mon", "İs", "ς", "s"]),
        min_size=1,
        max_size=5,
        unique=True,
    ).map(tuple),
)
def test_find_each_equals_find_all_per_keyword(text: str, keywords: tuple) -> None:
    from accession.nlp.scan import find_each

    assert find_each(text, keywords) == [find_all(text, (k,)) for k in keywords]
    low = lower_same_length(text)
    assert find_each(low, keywords) == [find_all(low, (k,)) for k in keywords]


def test_a_hashtag_or_handle_after_a_full_stop_starts_a_sentence() -> None:
    # an embedded post: "... with Serbia. #EUCO granted ..." is two sentences, so the second
    # one's candidate is not read into the first one's decision
    from accession.nlp.text import split_sentences

    text = "Leaders decided to open talks with Serbia. #EUCO granted status to Kosovo. @NATO too."
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "Leaders decided to open talks with Serbia.",
        "#EUCO granted status to Kosovo.",
        "@NATO too.",
    ]
