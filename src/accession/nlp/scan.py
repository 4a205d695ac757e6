"""Fast scanning helpers shared by the stages (speed: ≥ 1,000 articles/s on one core).

Why these exist: Python's regex engine skips ahead quickly only when a pattern starts with
a literal or a small character set; a leading `\\b`, `re.I` or a big alternation makes it
try the whole pattern at every position (5–15× slower). So the stages
  * search a lower-cased copy of the text (`lowered`, computed once per document) instead
    of using `re.I`,
  * check the word start in Python (`word_search`, `word_finditer`) instead of a leading
    `\\b`, with exactly the matches the `\\b` pattern would give,
  * and find the few sentences that contain a stage's literal keywords with `str.find`
    (`sentences_with`), running the full patterns only there;
  * and skip a span outright when it holds none of a pattern's required literals (derived
    from the pattern itself, see `required_literals`): `word_search`, `search`, `finditer`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

from accession.nlp.pipeline import DocState, Mention


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping offsets: characters whose lower case is longer stay as is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def lowered(state: DocState) -> str:
    """The lower-cased text of a document (same offsets), computed once."""
    if len(state.low) != len(state.text):
        state.low = _INDEX.lowered(state.text)[0]
    return state.low


def _word_start(text: str, pos: int) -> bool:
    if not pos:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c == "_")


# ---- required literals: a cheap "can this pattern match here at all?" ----------------------
#
# For a pattern, a few strings such that every match contains one of them (RE2's prefilter
# idea), read from the pattern's parse tree: literal runs, small alternations of them
# (expanded), and for an alternation, the union over its branches. `word_search` checks
# them with `in` on the searched span before running the pattern there: most sentence-sized
# spans contain none, and a `str` containment test costs far less than a failed search of a
# large alternation. For a case-insensitive pattern the strings are lower-case and looked for
# in the lowered span. Whatever this reading does not know (classes, back-references, inline
# case flags) yields no strings there, so nothing is ever skipped on a guess; the property
# tests in tests/nlp/test_scan.py check the strings against random patterns and the stages'.

_MAX_SET = 64  # strings in an expanded set while it is built
_MAX_KEYS = 20  # strings checked per search: more cost more than they save
_MIN_LEN = 3  # shorter strings are too common to skip anything, unless they hold a rare mark
_RARE = frozenset(";:!?()[]{}|/\\<>=+*&%$#@~^_0123456789")


class _NoLiterals(Exception):
    pass


def _cross(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return {x + y for x in a for y in b}


def _finite(items: Any) -> set[str] | None:
    """Every string a sequence can match, when that is a small set; else None."""
    out: set[str] | None = {""}
    for op, av in items:
        f = _finite_one(op, av)
        if f is None or out is None:
            return None
        out = _cross(out, f)
    return out


def _finite_one(op: Any, av: Any) -> set[str] | None:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.LITERAL:
        return {chr(av)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero width: what it looks at is not part of the match
    if op is c.IN:
        if len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
            return {chr(x) for _, x in av}
        return None
    if op is c.SUBPATTERN:
        _check_flags(av[1])
        return _finite(av[3])
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            f = _finite(alt)
            if f is None or len(out | f) > _MAX_SET:
                return None
            out |= f
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[1] <= 1:
        f = _finite(av[2])
        if f is None:
            return None
        return f | {""} if av[0] == 0 else f
    return None


def _check_flags(add_flags: int) -> None:
    if add_flags & re.IGNORECASE:
        raise _NoLiterals


def _minimal(keys: set[str]) -> set[str]:
    """Without the strings that contain another one (the shorter is found whenever they are)."""
    return {k for k in keys if not any(o != k and o in k for o in keys)}


def _score(keys: set[str]) -> tuple[int, int]:
    # longer strings skip more spans, up to a point; then fewer strings cost fewer checks
    return min(4, min(map(len, keys))), -len(keys)


def _required(items: Any) -> set[str] | None:
    """Non-empty strings one of which every match of the sequence contains, or None: the
    best of its literal runs, its elements' own sets, and the expansion of the whole run of
    small-set elements."""
    c = re._constants  # type: ignore[attr-defined]
    cands: list[set[str]] = []
    chars = ""
    run: set[str] | None = {""}
    for op, av in items:
        if op is c.LITERAL:
            chars += chr(av)
        elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the run goes on
            if chars:
                cands.append({chars})
                chars = ""
            f = _finite_one(op, av)
            if f is not None and "" not in f:
                cands.append(f)
            r = _required_one(op, av)
            if r is not None:
                cands.append(r)
        f = _finite_one(op, av)
        run = None if f is None or run is None else _cross(run, f)
    if chars:
        cands.append({chars})
    if run is not None and "" not in run:
        cands.append(run)
    cands = [_minimal(k) for k in cands if k and "" not in k]
    return max(cands, key=_score) if cands else None


def _required_one(op: Any, av: Any) -> set[str] | None:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.SUBPATTERN:
        _check_flags(av[1])
        return _required(av[3])
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            r = _required(alt)
            if r is None:
                return None
            out |= r
        return _minimal(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None


def _selective(key: str) -> bool:
    return len(key) >= _MIN_LEN or any(c in _RARE for c in key)


# ---- start strings: where a match of a large alternation can begin ----------------------
#
# A large alternation with no required literals (the consensus and stance cue lists) makes
# the engine try the whole pattern at every position of the span (~150 ns a character).
# Read from the parse tree like the required literals: the strings of up to `_HEAD_LEN`
# characters one of which every match starts with. `word_search` then tries the pattern
# with `match` only at the word starts whose first characters are one of them.

_HEAD_LEN = 4
_MAX_STARTS = 256  # strings in a set while it is built
_LARGE = 200  # pattern characters from which a pattern counts as a large alternation
# More start strings match at too many word starts: the stance cue list (~150) ran slower.
_MAX_HEADS = 64


def _starts(items: Any) -> set[str]:
    """Strings (up to `_HEAD_LEN` characters) one of which every match of the sequence
    begins with; {""} when nothing is known."""
    c = re._constants  # type: ignore[attr-defined]
    pre = {""}
    for op, av in items:
        if all(len(x) >= _HEAD_LEN for x in pre):
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the match's characters come from what follows
        f = _finite_one(op, av)
        last = f is None  # an element of unknown strings: its own starts, then stop
        if f is None:
            f = _starts_one(op, av)
        new = {x if len(x) >= _HEAD_LEN else (x + y)[:_HEAD_LEN] for x in pre for y in f}
        if len(new) > _MAX_STARTS:
            break
        pre = new
        if last:
            break
    return pre


def _starts_one(op: Any, av: Any) -> set[str]:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.SUBPATTERN:
        _check_flags(av[1])
        return _starts(av[3])
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _starts(alt)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        f = _starts(av[2])
        return f if av[0] >= 1 else f | {""}
    return {""}


# the start strings by their first two characters
_Heads = dict[str, tuple[str, ...]]


def start_heads(rx: re.Pattern[str]) -> _Heads | None:
    """Every match of `rx` starts with one of the strings in `heads[its first two
    characters]`, each beginning with a word character; None unless `rx` is a large
    case-sensitive alternation without required literals."""
    return _held(rx)[3]


def _start_heads(rx: re.Pattern[str], required: tuple[str, ...] | None) -> _Heads | None:
    if required is not None or rx.flags & re.IGNORECASE or len(rx.pattern) < _LARGE:
        return None
    try:
        found = _starts(re._parser.parse(rx.pattern, rx.flags).data)  # type: ignore[attr-defined]
    except (_NoLiterals, RecursionError, AttributeError, TypeError, ValueError):
        return None
    if min(map(len, found), default=0) < 2 or len(found) > _MAX_HEADS:
        return None
    if not all(k[0].isalnum() or k[0] == "_" for k in found):
        return None
    heads: _Heads = {}
    for k in sorted(found):
        heads[k[:2]] = (*heads.get(k[:2], ()), k)
    return heads


def required_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `rx` contains (cached per pattern), or None
    when none are known or they would not pay for their check. For a case-insensitive
    pattern they are lower-case, to be looked for in the lower-cased span (`may_match`)."""
    return _held(rx)[1]


_Held = tuple[re.Pattern[str], tuple[str, ...] | None, bool, _Heads | None]


def _held(rx: re.Pattern[str]) -> _Held:
    held = _REQUIRED.get(id(rx))
    if held is not None and held[0] is rx:
        return held
    got: tuple[str, ...] | None = None
    icase = bool(rx.flags & re.IGNORECASE)
    try:
        found = _required(re._parser.parse(rx.pattern, rx.flags).data)  # type: ignore[attr-defined]
    except (_NoLiterals, RecursionError, AttributeError, TypeError, ValueError):
        found = None
    if found and icase:
        # lower-cased; a cased character outside ASCII could match in ways `lower` misses
        found = {k.lower() for k in found}
        if not all(c.isascii() or c.lower() == c.upper() for k in found for c in k):
            found = None
    found = _minimal(found) if found else None
    if found and len(found) <= _MAX_KEYS and all(map(_selective, found)):
        got = tuple(sorted(found))
    if len(_REQUIRED) > 4096:
        _REQUIRED.clear()
    # by id: a pattern's hash reads its code
    held = _REQUIRED[id(rx)] = (rx, got, icase, _start_heads(rx, got))
    return held


# id(pattern) -> (pattern, its required strings, case-insensitive, its start heads); holding
# the pattern keeps its id from being reused
_REQUIRED: dict[int, _Held] = {}
# Characters outside ASCII that a case-insensitive pattern matches to an ASCII letter ("ı",
# "ſ", the Kelvin sign) or whose lower case is longer ("İ"): a span with one is searched.
_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ and the Kelvin sign


def may_match(rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None) -> bool:
    """False only when `rx` cannot match in text[pos:end]: the span holds none of the
    pattern's required literals."""
    held = _REQUIRED.get(id(rx))
    if held is None or held[0] is not rx:
        held = _held(rx)
    return held[1] is None or _span_has(held, text, pos, end)


def _span_has(held: _Held, text: str, pos: int, end: int | None) -> bool:
    keys = held[1] or ()
    span = text[pos:end]
    if held[2]:
        if not span.isascii() and any(c in span for c in _FOLDS):
            return True
        span = span.lower()
    for k in keys:  # noqa: SIM110 (a loop: `any` over a generator costs more here)
        if k in span:
            return True
    return False


def search(
    rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """`rx.search(text, pos, end)`, skipping spans without the pattern's required literals."""
    end = len(text) if end is None else end
    if not may_match(rx, text, pos, end):
        return None
    return rx.search(text, pos, end)


def finditer(
    rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """`rx.finditer(text, pos, end)`, nothing when the span lacks the required literals."""
    end = len(text) if end is None else end
    if not may_match(rx, text, pos, end):
        return iter(())
    return rx.finditer(text, pos, end)


_WORD_RUN_RX = re.compile(r"\w+")  # its matches start at word starts (or at the span's start)


def word_search(
    rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """`rx.search` as if `rx` began with `\\b` (every alternative must start with a word
    character): the first match that starts at a word start. The span is first checked for
    the pattern's required literals (see above): without one of them it cannot match."""
    end = len(text) if end is None else end
    held = _REQUIRED.get(id(rx))  # `may_match`, inlined: this runs ~250 times per article
    if held is None or held[0] is not rx:
        held = _held(rx)
    if held[1] is not None and not _span_has(held, text, pos, end):
        return None
    if held[3] is not None:  # a large alternation: tried only where a start string begins
        heads = held[3]
        for wm in _WORD_RUN_RX.finditer(text, pos, end):
            s = wm.start()
            if s == pos and s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue  # the span starts inside a word
            starts = heads.get(text[s : s + 2])
            if starts is not None and text.startswith(starts, s):
                hm = rx.match(text, s, end)
                if hm is not None:
                    return hm
        return None
    m: re.Match[str] | None = rx.search(text, pos, end)
    while m is not None:  # `_word_start`, inlined: this runs ~250 times per article
        s = m.start()
        if not s:
            return m
        c = text[s - 1]
        if not (c.isalnum() or c == "_"):
            return m
        m = rx.search(text, s + 1, end)
    return m


def word_finditer(
    rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """`rx.finditer` as if `rx` began with `\\b` (see `word_search`)."""
    end = len(text) if end is None else end
    while True:
        m = word_search(rx, text, pos, end)
        if m is None:
            return
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


# ---- keyword index: every keyword's occurrences from one pass over the text --------------
#
# The stages look for ~190 literal keywords per article (trigger stems, cue words, speech
# tails, month names); one `str.find` scan per keyword costs ~2 µs on a 3.7k-character
# article whether it occurs or not, ~0.4 ms in all. An Aho-Corasick automaton over every
# keyword asked for so far (pyahocorasick, C) finds all their occurrences, overlapping ones
# included, in one pass over the lower-cased text (~50 µs); `find_all` reads them from that
# index, for the text itself too: a keyword occurs in the text only where its lower case
# occurs in the lowered copy (same offsets), so those places are checked with `startswith`.
# The automaton grows when a caller brings a keyword it does not know (the first article
# only). Single characters stay with `str.find` (memchr), and so do keywords with a
# character whose lower case is longer or depends on its neighbours; without pyahocorasick
# every lookup falls back to `str.find`: the results are the same either way.

try:
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - the fallback is the plain `str.find` loop
    _ahocorasick = None

# (keyword, its lower case in the index, or None: looked for with `str.find`) per keyword
_Plan = tuple[tuple[str, str | None], ...]


def _indexable(kw: str) -> bool:
    """Two characters or more, each with a one-character lower case that does not depend on
    the context (the capital sigma's does: final "ς" or "σ")."""
    return len(kw) > 1 and "\u03a3" not in kw and all(len(c.lower()) == 1 for c in kw)


class _KeywordIndex:
    """The automaton over the lower case of every keyword registered, the last document's
    text and lowered copy (by identity), and the index of that lowered copy."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.plans: dict[tuple[str, ...], _Plan | None] = {}
        self.automaton: Any = None
        self.pair: tuple[str, str] | None = None  # (text, lowered), the last document's
        self.held: tuple[str, dict[str, list[int]]] | None = None  # (lowered, its index)

    def plan(self, keys: tuple[str, ...]) -> _Plan | None:
        """How to find `keys` (None: all by `str.find`); new keywords grow the automaton."""
        got: Any = self.plans.get(keys, _MISS)
        if got is not _MISS:
            return got  # type: ignore[return-value]
        plan = tuple((k, k.lower() if _indexable(k) else None) for k in keys)
        new = {lk for _, lk in plan if lk is not None and lk not in self.words}
        if new:
            self.words |= new
            auto = _ahocorasick.Automaton()
            for w in sorted(self.words):
                auto.add_word(w, (w, len(w) - 1))
            auto.make_automaton()
            self.automaton, self.held = auto, None
        if len(self.plans) > 4096:
            self.plans.clear()
        out = self.plans[keys] = plan if any(lk is not None for _, lk in plan) else None
        return out

    def lowered(self, text: str) -> tuple[str, bool]:
        """The lowered copy of `text` (computed once per document), and whether `text` is
        itself that copy."""
        pair = self.pair
        if pair is not None:
            if text is pair[1]:
                return text, True
            if text is pair[0]:
                return pair[1], False
        low = lower_same_length(text)
        if low == text:
            self.pair = (text, text)
            return text, True
        self.pair = (text, low)
        return low, False

    def index(self, low: str) -> dict[str, list[int]]:
        """Start offsets, ascending, of each indexed keyword occurring in `low`."""
        held = self.held
        if held is not None and held[0] is low:
            return held[1]
        idx: dict[str, list[int]] = {}
        for end, (kw, back) in self.automaton.iter(low):
            got = idx.get(kw)
            if got is None:
                idx[kw] = [end - back]
            else:
                got.append(end - back)
        self.held = (low, idx)
        return idx


_MISS = object()
_INDEX = _KeywordIndex()


def keyword_index(low: str, keywords: tuple[str, ...]) -> dict[str, list[int]] | None:
    """Start offsets, ascending, of every occurrence of each of `keywords` in `low`, a
    lower-cased text (a keyword absent from the dict does not occur); None when the index
    cannot say (no pyahocorasick, a keyword that is not lower-case or too short, `low` not
    lower-case): then use `find_all`."""
    if _ahocorasick is None:
        return None
    plan = _INDEX.plan(keywords)
    if plan is None or any(lk != k for k, lk in plan):
        return None
    low, is_low = _INDEX.lowered(low)
    return _INDEX.index(low) if is_low else None


def find_all(low: str, keywords: Iterable[str]) -> list[int]:
    """Start offsets of every occurrence of each keyword (keyword by keyword, each ascending;
    overlapping occurrences included): read from the keyword index, else `str.find`."""
    keys = keywords if type(keywords) is tuple else tuple(keywords)
    plan = _INDEX.plan(keys) if _ahocorasick is not None else None
    out: list[int] = []
    if plan is None:
        for kw in keys:
            i = low.find(kw)
            while i >= 0:
                out.append(i)
                i = low.find(kw, i + 1)
        return out
    text = low
    low, is_low = _INDEX.lowered(text)
    idx = _INDEX.index(low)
    for kw, lk in plan:
        if lk is None:
            i = text.find(kw)
            while i >= 0:
                out.append(i)
                i = text.find(kw, i + 1)
            continue
        got = idx.get(lk)
        if got:
            if is_low and lk == kw:
                out += got
            else:  # where the lower case occurs: the text's own characters decide
                out += [p for p in got if text.startswith(kw, p)]
    return out


def find_each(text: str, keywords: tuple[str, ...]) -> list[list[int]]:
    """`[find_all(text, (kw,)) for kw in keywords]` from one plan and one read of the keyword
    index: a stage that wants each keyword's own offsets (statement tails, month names) pays
    the lookup once instead of once per keyword (~1.5 µs each)."""
    plan = _INDEX.plan(keywords) if _ahocorasick is not None else None
    out: list[list[int]] = []
    if plan is None:
        for kw in keywords:
            got: list[int] = []
            i = text.find(kw)
            while i >= 0:
                got.append(i)
                i = text.find(kw, i + 1)
            out.append(got)
        return out
    low, is_low = _INDEX.lowered(text)
    idx = _INDEX.index(low)
    for kw, lk in plan:
        if lk is None:
            got = []
            i = text.find(kw)
            while i >= 0:
                got.append(i)
                i = text.find(kw, i + 1)
            out.append(got)
            continue
        at = idx.get(lk)
        if not at:
            out.append([])
        elif is_low and lk == kw:
            out.append(list(at))
        else:  # where the lower case occurs: the text's own characters decide
            out.append([p for p in at if text.startswith(kw, p)])
    return out


def find_all_in(text: str, keywords: Iterable[str], start: int, end: int) -> list[int]:
    """Start offsets of each keyword occurring wholly inside text[start:end]."""
    keys = keywords if type(keywords) is tuple else tuple(keywords)
    if start == 0 and end >= len(text):
        return find_all(text, keys)
    out: list[int] = []
    for kw in keys:
        i = text.find(kw, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(kw, i + 1, end)
    return out


def sentences_with(state: DocState, keywords: Iterable[str]) -> set[int]:
    """Indices of the sentences that contain one of the (lower-case) keywords."""
    starts = sentence_starts(state)
    sents = state.sentences
    out: set[int] = set()
    for pos in find_all(lowered(state), keywords):
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i][1]:
            out.add(i)
    return out


def sentence_starts(state: DocState) -> list[int]:
    if len(state.sentence_starts) != len(state.sentences):
        state.sentence_starts = [s for s, _ in state.sentences]
    return state.sentence_starts


def mentions_by_sentence(state: DocState) -> list[list[Mention]]:
    """Mentions inside each sentence span (in text order); computed once per document."""
    cache: Any = state.cache.get("mentions_by_sentence")
    if cache is not None and cache[0] is state.mentions and cache[1] == len(state.mentions):
        return cache[2]
    out: list[list[Mention]] = [[] for _ in state.sentences]
    starts = sentence_starts(state)
    for m in state.mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < state.sentences[i][1]:
            out[i].append(m)
    state.cache["mentions_by_sentence"] = (state.mentions, len(state.mentions), out)
    return out


def mentions_in(state: DocState, a: int, b: int) -> list[Mention]:
    """The mentions with a <= start < b, in text order: `[m for m in state.mentions if a <=
    m.start < b]`, bisected (the mentions stage leaves them sorted by start; if a later
    stage has reordered them, the list is filtered in full)."""
    mentions = state.mentions
    cache: Any = state.cache.get("mention_starts")
    if cache is None or cache[0] is not mentions or cache[1] != len(mentions):
        starts = [m.start for m in mentions]
        ordered = all(x <= y for x, y in zip(starts, starts[1:], strict=False))
        cache = state.cache["mention_starts"] = (mentions, len(mentions), starts, ordered)
    if not cache[3]:
        return [m for m in mentions if a <= m.start < b]
    starts = cache[2]
    return mentions[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]


def has_digit(text: str) -> bool:
    """`any(c.isdigit() for c in text)`, without a Python step per character: for ASCII text
    (the digits are then 0-9) ten `in` tests."""
    if text.isascii():
        for d in "0123456789":  # noqa: SIM110 (ten C-level scans beat a generator)
            if d in text:
                return True
        return False
    return any(c.isdigit() for c in text)


# ---- a word boundary the engine checks: `word_search` by one search -----------------------
#
# `word_search` gives the first match at a word start. For a large alternation that may
# begin with many different characters, the engine gets no help from a literal prefix or a
# first-character set and tries the whole pattern at every position. The bounded form
# `\b(?=HEADS)(?:PATTERN)` leaves a position inside a word at once, and a word start where
# none of the pattern's start strings begins (HEADS: `_starts`, or for an alternative whose
# start strings are not known, the characters it can begin with) after one look (2–4×
# faster on the consensus remarks and the frames' decision words). Where every match of the
# pattern is non-empty and begins with a word character, the `\b` holds at exactly the word
# starts `word_search` checks for (the engine reads the character before `pos` too, as
# `word_search` does), and the look-ahead only skips offsets where the pattern cannot match,
# so the first match of the bounded form is the match `word_search` gives, with the same
# groups. Patterns whose first characters are few are left to the engine's own
# first-character scan, which is faster still.

_MIN_FIRSTS = 5  # fewer distinct first characters: the plain search skips ahead faster
# id(pattern) -> (pattern, its bounded form or None)
_BOUNDED: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
# among the first characters: a class of digits, of word characters (both word characters)
_DIGIT, _WORD = "\\d", "\\w"


def _firsts(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a non-empty match of the sequence can begin with (`_DIGIT`, `_WORD`
    for those classes), and whether it can match the empty string; (None, False) when not
    known."""
    c = re._constants  # type: ignore[attr-defined]
    out: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the first character comes from what follows
        got, nullable = _firsts_one(op, av)
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def _firsts_one(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    c = re._constants  # type: ignore[attr-defined]
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        out: set[str] = set()
        for o, a in av:
            if o is c.LITERAL:
                out.add(chr(a))
            elif o is c.CATEGORY and a in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                out.add(_DIGIT)
            elif o is c.CATEGORY and a in (c.CATEGORY_WORD, c.CATEGORY_UNI_WORD):
                out.add(_WORD)
            else:
                return None, False
        return out, False
    if op is c.SUBPATTERN:
        _check_flags(av[1])
        return _firsts(av[3])
    if op is c.BRANCH:
        out = set()
        nullable = False
        for alt in av[1]:
            got, n = _firsts(alt)
            if got is None:
                return None, False
            out |= got
            nullable = nullable or n
        return out, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        got, n = _firsts(av[2])
        return (None, False) if got is None else (got, n or av[0] == 0)
    return None, False


def _heads_source(items: Any) -> set[str] | None:
    """Regex sources, one of which matches at the start of every match of the sequence:
    its start strings where they are known, else (through a leading group or alternation)
    those of each alternative, else the characters it can begin with; None if not known."""
    c = re._constants  # type: ignore[attr-defined]
    heads = _starts(items)
    if heads and "" not in heads:
        return {re.escape(h) for h in heads}
    lead = [(op, av) for op, av in items if op not in (c.AT, c.ASSERT, c.ASSERT_NOT)][:1]
    if lead and lead[0][0] in (c.SUBPATTERN, c.BRANCH) and not _firsts(lead)[1]:
        op, av = lead[0]
        if op is c.SUBPATTERN:
            _check_flags(av[1])
            return _heads_source(av[3])
        out: set[str] = set()
        for alt in av[1]:
            got = _heads_source(alt)
            if got is None:
                return None
            out |= got
        return out
    firsts, nullable = _firsts(items)
    if not firsts or nullable:
        return None
    return {f if f in (_DIGIT, _WORD) else re.escape(f) for f in firsts}


def bounded_form(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The bounded form of `rx` (cached; see above), when every match of `rx` is non-empty
    and begins with a word character, one of many different ones; else None."""
    got = _BOUNDED.get(id(rx))
    if got is not None and got[0] is rx:
        return got[1]
    bounded: re.Pattern[str] | None = None
    if not rx.flags & (re.IGNORECASE | re.VERBOSE):  # (a verbose one may end in a comment)
        try:
            items = re._parser.parse(rx.pattern, rx.flags).data  # type: ignore[attr-defined]
            firsts, nullable = _firsts(items)
            heads = _heads_source(items)
            if (
                firsts
                and heads
                and not nullable
                and all(ch in (_DIGIT, _WORD) or ch.isalnum() or ch == "_" for ch in firsts)
                and (_DIGIT in firsts or _WORD in firsts or len(firsts) >= _MIN_FIRSTS)
            ):
                look = "|".join(sorted(heads))
                bounded = re.compile(rf"\b(?={look})(?:{rx.pattern})", rx.flags)
        except (_NoLiterals, RecursionError, AttributeError, TypeError, ValueError, re.error):
            bounded = None
    if len(_BOUNDED) > 4096:
        _BOUNDED.clear()
    _BOUNDED[id(rx)] = (rx, bounded)
    return bounded


def boundary_search(
    rx: re.Pattern[str], text: str, pos: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """`word_search(rx, text, pos, end)` (the same span and groups), by one search of the
    bounded form of `rx` where it has one (see above), else by `word_search`."""
    bounded = bounded_form(rx)
    if bounded is None:
        return word_search(rx, text, pos, end)
    end = len(text) if end is None else end
    if not may_match(rx, text, pos, end):
        return None
    return bounded.search(text, pos, end)
