"""Stage `sentences.v1`: paragraphs, sentences and page furniture, by rules.

Why rules: a statistical sentencizer costs more than the whole default pipeline may spend
per article; news text splits well on terminal punctuation once abbreviations ("U.S.",
"Gen.", "George W. Bush") are guarded. Furniture (photo credits, "Skip next section",
player widgets, "Related Coverage") is marked so that no stage reads actors or quotes in it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from accession.nlp.pipeline import DocState
from accession.nlp.scan import find_all, may_match

_PARA_RX = re.compile(r"[^\n]+")
_BOUNDARY_RX = re.compile(r"[.!?]+[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[A-Z0-9À-Þ#@])")
_ABBREV = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "st",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "prof",
        "gov",
        "adm",
        "capt",
        "sgt",
        "maj",
        "etc",
    ]
)
# Whole lines that are page furniture, and credit tails inside a line.
_FURNITURE_LINE_RX = re.compile(
    r"^\s*(?:skip next section|related coverage|related stories|related articles|"
    r"accessibility links|breaking news|please wait|no media source currently available|"
    r"advertisement|read more|share this|image caption|image source|photo\b|getty images|"
    r"watch:|listen:|\d+:\d+|by [A-Z][\w.]+(?: [A-Z][\w.]+){0,3}(?: and [A-Z][\w.]+(?: [A-Z][\w.]+)*)?\s*$|"  # noqa: E501
    r"(?:reporting|writing|editing|additional reporting) by\b|"
    # a video player's messages: "We apologize, but this video has failed to load."
    r"we apologi[sz]e, but this video|tap here to see other videos|"
    # a related-story link set on its own line in brackets: "[ Ankara backs the bid ... ]"
    r"\[[^\]\n]{8,}\]\s*$)",
    re.I,
)
_CREDIT_RX = re.compile(
    r"(?:\bPhotos?:|\bPhoto by\b|\bImage:|\bCredit:|\(Photo[^)]*\)|\bFile photo\b|"
    r"\bREUTERS/|/Reuters\b|/ Reuters\b|\bvia Getty Images\b|/AFP\b|/AP\b|\bGetty Images\b)"
    r"[^\n]*"
)
# Every credit match contains one of these; a line without them is not searched (speed).
_CREDIT_CUES = (
    "Photo",
    "Image:",
    "Credit:",
    "File photo",
    "REUTERS/",
    "/Reuters",
    "/ Reuters",
    "Getty Images",
    "/A",
)


def _terminal_marks(text: str) -> list[int]:
    """Sorted offsets of ".", "!" and "?" (single-character `str.find` is a memchr)."""
    return sorted(find_all(text, ".!?"))


def _boundaries(
    text: str, start: int, end: int, marks: list[int] | None
) -> Iterator[re.Match[str]]:
    """`_BOUNDARY_RX.finditer(text, start, end)`: a match can only start at a terminal mark,
    so the pattern is tried there (with `match`, keeping finditer's no-overlap rule) instead
    of at every character."""
    if marks is None:
        yield from _BOUNDARY_RX.finditer(text, start, end)
        return
    last = start
    for i in range(bisect.bisect_left(marks, start), len(marks)):
        p = marks[i]
        if p >= end:
            return
        if p < last:
            continue
        m = _BOUNDARY_RX.match(text, p, end)
        if m is not None:
            yield m
            last = m.end()


def split_sentences(
    text: str, start: int, end: int, marks: list[int] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (`marks`: `_terminal_marks(text)`, for speed)."""
    out = []
    s = start
    for m in _boundaries(text, start, end, marks):
        dot = m.start()
        # the word before the mark: letters, digits and dots back to the sentence start;
        # most often all of what follows the last space (checked at once), else walked back
        word = text[max(s, text.rfind(" ", s, dot) + 1) : dot]
        if not word.replace(".", "").isalnum():
            j = dot - 1
            while j >= s and (text[j].isalnum() or text[j] == "."):
                j -= 1
            word = text[j + 1 : dot]
        word = word.lower()
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


_OPEN_ENDS = frozenset('.!?:;"”’»)]')


_WRAP_MIN, _WRAP_MAX = 40, 90


def _hard_wrapped(text: str) -> bool:
    """Copy wrapped at a fixed width: many of its lines are of a middling length and end in
    the middle of a sentence, and blank lines part its paragraphs; without blank lines (wire
    copy whose paragraphs end at a full stop), most of its lines must so run on."""
    if text.count("\n") < 8:
        return False
    lines = [ln.rstrip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    runs_on = sum(
        1 for ln in lines if _WRAP_MIN <= len(ln) <= _WRAP_MAX and ln[-1] not in _OPEN_ENDS
    )
    return runs_on >= (0.4 if "\n\n" in text else 0.6) * len(lines)


def _lines(text: str) -> list[tuple[int, int]]:
    """The text's lines, with a hard-wrapped line joined to the one it runs on into: a line
    that ends without a closing mark and a next line that starts in lower case ("Leaders of
    Austria, Germany\nand France said ...") are one paragraph, as printed copy wrapped at a
    fixed width reads; in copy wrapped so throughout (`_hard_wrapped`), a long line that runs
    on joins the next whatever its case."""
    out: list[tuple[int, int]] = []
    wrapped = _hard_wrapped(text)
    for m in _PARA_RX.finditer(text):
        ps, pe = m.span()
        line = text[ps:pe]
        first = line.lstrip()
        if not first:
            continue
        if (
            out
            and (
                first[0].islower()
                # copy wrapped at a fixed width throughout: a long line that runs on joins
                # the next whatever its case ("... said\nEuropean Commission President ...")
                or wrapped
                and out[-1][1] - out[-1][0] >= _WRAP_MIN
                and text.rfind("\n", 0, out[-1][1]) < out[-1][1] - _WRAP_MIN
            )
            and text[out[-1][1] - 1] not in _OPEN_ENDS
            and text.count("\n", out[-1][1], ps) == 1
            and not _FURNITURE_LINE_RX.match(line)  # "please wait" under a headline
        ):
            out[-1] = (out[-1][0], pe)
        else:
            out.append((ps, pe))
    return out


def sentences_stage(state: DocState, _res: object) -> None:
    text = state.text
    paragraphs, sentences, furniture = [], [], []
    marks = _terminal_marks(text)
    for ps, pe in _lines(text):
        line = text[ps:pe]
        if not line.strip():
            continue
        if _FURNITURE_LINE_RX.match(line):
            furniture.append((ps, pe))
            continue
        credit = None
        for c in _CREDIT_CUES:  # `any(...)` without a generator: this runs once per line
            if c in line:
                credit = _CREDIT_RX.search(line)
                break
        if credit:
            furniture.append((ps + credit.start(), ps + credit.end()))
            pe = ps + credit.start()
            if not line[: credit.start()].strip():
                continue
        paragraphs.append((ps, pe))
        sentences.extend(split_sentences(text, ps, pe, marks))
    state.paragraphs = paragraphs
    state.sentences = sentences or [(0, len(text))]
    state.furniture = furniture
    flat = _soft_wraps_as_spaces(text, paragraphs)
    if flat is not text:
        # the later stages read a paragraph joined from wrapped lines as one line ("leader
        # Martin\nSchulz" is a name); a space for each line break keeps every offset
        state.text = flat
        state.low = ""


def _soft_wraps_as_spaces(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """`text` with the single line breaks inside paragraphs (where `_lines` joined a wrapped
    line to the next) turned into spaces; `text` itself when there are none."""
    parts: list[str] = []
    last = 0
    for ps, pe in paragraphs:
        i = text.find("\n", ps, pe)
        while i >= 0:
            if text[i - 1 : i] != "\n" and text[i + 1 : i + 2] != "\n":
                parts.append(text[last:i])
                parts.append(" ")
                last = i + 1
            i = text.find("\n", i + 1, pe)
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def clause_span(text: str, s: int, e: int, pos: int, splitter: re.Pattern[str]) -> tuple[int, int]:
    """The clause of the sentence `text[s:e]` around `pos`, cut where `splitter` matches
    ("but", ";", "while"...): a stance or a frame read in one clause must not leak into the
    next. Each stage passes its own splitter."""
    a, b = s, e
    if not may_match(splitter, text, s, e):
        return a, b  # no break in the sentence (the common case), without a scan
    for m in splitter.finditer(text, s, e):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b
