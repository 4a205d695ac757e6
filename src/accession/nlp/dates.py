"""Date phrases -> ISO dates, against the publication date.

Why our own rules before dateparser: dateparser loses range ends ("3-4 December"), cannot
take the direction of a weekday from the verb's tense ("said on Thursday" is past, "will
meet on Thursday" is future) and costs ~1 ms per call, the whole per-article budget. The
regexes here cover the forms news uses; dateparser only reads numeric dates we do not.
Precision is kept: a month alone gives `YYYY-MM`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from accession.nlp.scan import find_all_in, find_each, lower_same_length

# A time a year or more before the story, told relative to it ("last year", "two years ago"):
# what is so dated is background (read by consensus and stances, on the lower-cased text).
YEARS_BEFORE = (
    r"last year|the year before|(?:two|three|four|five|six|several|many|\d+) years (?:ago|"
    r"earlier|before)"
)

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# capitalised names, shared with the stages that must not read them as entities
MONTH_NAMES = tuple(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # noqa: E501
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_DATE_PARTS = [
    r"(?P<iso>(?:19|20)\d\d-\d\d-\d\d)",
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_DASH}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}{_YEAR}",
    rf"(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON.replace('mon', 'mon2')}(?:,?\s+(?P<year2>(?:19|20)\d\d))?",  # noqa: E501
    rf"{_MON.replace('mon', 'mon3')}(?:\s+|,\s+(?=\d{{1,2}}(?:st|nd|rd|th)?(?:[,.;)]|\s+(?:19|20)\d\d)))(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}(?P<d5>\d{{1,2}}))?(?:,?\s+(?P<year3>(?:19|20)\d\d))?(?!\d)",  # noqa: E501
    # "May 2016", "May of 2016"
    rf"{_MON.replace('mon', 'mon4')}(?:\s+(?:of\s+)?(?P<year4>(?:19|20)\d\d))?",
    r"(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*(?:and|to|-|–|"
    r"through)\s*(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?",
    r"(?P<num>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b)",
    r"(?P<yr>(?:19|20)\d\d)\b(?![-–/.]\d)",
]
# Compiled one by one: a single alternation of them is ~4x slower (the engine can no longer
# skip ahead to a digit or a capital letter).
_DATE_RXS = tuple(re.compile(p) for p in _DATE_PARTS)
_DATE_KEYS = (
    "iso",
    "d1",
    "d2",
    "mon",
    "year",
    "d3",
    "mon2",
    "year2",
    "mon3",
    "d4",
    "d5",
    "year3",
    "mon4",
    "year4",
    "wd2",
    "wd3",
    "num",
    "yr",
)
DATE_RX = re.compile("|".join(_DATE_PARTS))


FUTURE_CUES = (
    "will",
    "shall",
    "'ll",
    "’ll",
    "to be held",
    "is to",
    "are to",
    "set to",
    "scheduled",
    "upcoming",
    "expected to",
    "due to",
    "going to",
    "prepares to",
    "preparing to",
    "heading",
    "plans to",
    "plan to",
    "next",
    "ahead of",
    "would",
    "expects",
    "expect",
)
FUTURE_RX = re.compile(r"(?:" + "|".join(map(re.escape, FUTURE_CUES)) + r")\b")


def future_in(text: str, start: int, end: int) -> bool:
    """A future-tense cue at a word start in text[start:end] (case-sensitive, lower-case cues)."""
    for m in FUTURE_RX.finditer(text, start, end):
        if not m.start() or not text[m.start() - 1].isalnum() or m.group()[0] in "'’":
            if _routine(text, m.start()):
                continue  # "a regularly scheduled meeting ... Friday": routine, not ahead
            return True
    return False


_ROUTINE = ("regularly ", "previously ", "originally ")


def _routine(text: str, pos: int) -> bool:
    """A future cue at `pos` used as an adjective of routine ("a regularly scheduled meeting")."""
    return text.endswith(_ROUTINE, max(0, pos - 11), pos)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: str | None
    end_date: str | None = None
    precision: str = "day"


def _year_for(month: int, day: int, pub: dt.date | None) -> int | None:
    """The year that puts month/day closest to the publication date."""
    if pub is None:
        return None
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(y, month, min(day, 28))
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.year if best else None


def _sentence_lo(text: str, lo: int, pos: int) -> int:
    """`lo`, or the start of the sentence holding `pos` when it begins after `lo`: the tense
    of a date is read in its own sentence ("... had come. Analysts expect the summit in
    January" is ahead)."""
    # (a colon opens a clause of its own tense: "Vote delayed: parliament to vote on March 20")
    cut = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos), text.rfind(": ", lo, pos))
    return lo if cut < 0 else cut + 1


def _tensed_year(
    text: str, start: int, m: re.Match[str], mon: int, day: int, pub: dt.date | None
) -> int | None:
    """A day without a year: the nearest one, unless the clause's tense points the other way
    ("applied on 3 March" in November is the March before; "will meet on 3 March" after)."""
    rel = _rel_year(text, m.end(), pub)
    if rel is not None:
        return rel[0]
    y = _year_for(mon, day, pub)
    if y is None or pub is None:
        return y
    lo = _sentence_lo(text, max(start, m.start() - 50), m.start())
    ahead = (mon, day) >= (pub.month, pub.day)
    if y < pub.year and future_in(text, lo, m.start()):
        return pub.year if ahead else pub.year + 1
    # a clause surely ahead never dates before publication ("will meet in Oslo on 24-25 June"
    # in November is next June); "would" may be reported past, so it does not count
    if (
        y == pub.year
        and not ahead
        and dt.date(y, mon, min(day, 28)) < pub - dt.timedelta(days=1)
        and _SURE_FUTURE_RX.search(text, lo, m.start())
        and not _past_clause(text, lo, m.start())
    ):
        return pub.year + 1
    # a past clause never dates after publication ("decided at their December 14-15 summit"
    # in June is last December); a day of slack for time zones
    if (
        dt.date(y, mon, min(day, 28)) > pub + dt.timedelta(days=1)
        and not future_in(text, lo, m.start())
        and (y > pub.year or _past_clause(text, lo, m.start()))
        and _PAST_CUE_RX.search(text, lo, m.start())
        and not _PROSPECT_RX.search(text, lo, m.start())
    ):
        return pub.year if not ahead else pub.year - 1
    return y


_SURE_FUTURE_RX = re.compile(
    r"\b(?:will|shall|is to|are to|set to|scheduled|upcoming|due to|going to|plans? to)\b"
)
_PRESENT_AUX = ("are ", "is ", "be ", "been ", "being ", "am ")


def _past_clause(text: str, lo: int, hi: int) -> bool:
    """A past verb in text[lo:hi] that is no present passive ("are gathered")."""
    for pm in _PAST_CUE_RX.finditer(text, lo, hi):
        if not text.endswith(_PRESENT_AUX, max(0, pm.start() - 6), pm.start()):
            return True
    return False


# "in February last year", "on 6 May next year": the year named relative to publication.
_REL_YEAR_RX = re.compile(r",? (last|next|this|that|the same) year\b")
_REL_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_ANY_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")


def _rel_year(text: str, end: int, pub: dt.date | None) -> tuple[int, int] | None:
    """(year, end offset) of a "last/next/this year" right after a date phrase, else None;
    "that year" / "the same year" is the last year the text named before it ("closed its
    talks on June 30, 2011, and signed the treaty on December 9 that year")."""
    if pub is None or text[end : end + 1] not in (" ", ","):
        return None
    rm = _REL_YEAR_RX.match(text, end)
    if rm is None:
        return None
    if rm.group(1) in ("that", "the same"):
        years = _ANY_YEAR_RX.findall(text, max(0, end - 300), end)
        return (int(years[-1]), rm.end()) if years else None
    return pub.year + _REL_YEAR_STEP[rm.group(1)], rm.end()


def _day(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def weekday_date(name: str, pub: dt.date, future: bool, rel: str = "") -> dt.date:
    """'on Thursday' relative to publication: same day, else the last (past) or next one."""
    target = WEEKDAYS[name.lower()]
    delta = (target - pub.weekday()) % 7
    rel = rel.strip().lower()
    if rel == "last":
        return pub - dt.timedelta(days=(pub.weekday() - target) % 7 or 7)
    if rel == "next":
        return pub + dt.timedelta(days=delta or 7)
    if delta == 0:
        return pub
    if future:
        return pub + dt.timedelta(days=delta)
    return pub - dt.timedelta(days=7 - delta)


_PAST_VERB_RX = re.compile(
    r"\b(?!(?:allied|united|armed|unnamed|detailed|limited|related|based|expected|scheduled|"
    r"planned|proposed)\b)(?:\w+ed|said|told|met|made|gave|held|took|won|went|came|spoke|wrote|sent|began|"
    r"signed|voted|was|were)\b(?:\s+[\w’'-]+){0,4}\s+(?:on\s+)?$"
)


# "late on Friday ratified", "on Tuesday approved": the verb right after the weekday.
_PAST_AFTER_RX = re.compile(
    r"\w+(?: (?:evening|night|morning|afternoon))?,? (?:\w+ly )?(?:\w+ed|said|told|met|won|"
    r"signed|voted|gave|made|held|took)\b"
)


# A hope or plan told in the past is about what is ahead: "said it still hoped for a decision
# at the summit on June 26-27" (eight days after the story) is this June's summit.
_PROSPECT_RX = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|expect(?:s|ed|ing)?|plann?(?:ed|ing|s)?|intend(?:s|ed|ing)?|aim(?:s|ed"
    r"|ing)?|want(?:s|ed)?|look(?:s|ed|ing)? forward|scheduled|due|(?:could|might|may) (?:\w+ )?"
    r"be)\b"
)
_PAST_CUE_RX = re.compile(
    r"\b(?:was|were|had|did|said|told|took|taken|won|met|held|signed|became|began|gave|made|went"
    r"|came|sent|wrote|spoke|left|chose|sought|brought|(?!(?:allied|united|armed"
    r"|unnamed|detailed|limited|related|based|expected|scheduled|planned|proposed)\b)\w+ed)\b"
)
# A scheduled event in the present tense: "the summit opens on Wednesday".
_SCHEDULED_RX = re.compile(
    r"\b(?:opens|begins|starts|ends|closes|convenes|meets|gathers|takes place|is held|are held|"
    # plural subjects too: "EU leaders meet in Brussels on Thursday and Friday"
    r"meet|gather|convene|votes|vote|holds|hold|continues|continue|"
    # a step scheduled in the present: "Croatia joins the European Union on Monday"
    r"joins|becomes|accedes|signs)"
    r"(?:\s+[\w’'-]+){0,3}\s+(?:on\s+)?$"
)
# After the weekday: the first verb of the clause ("At Friday's meeting the leaders agreed",
# "leaders meeting on Thursday are expected to"); participles before "by"/"to" are not verbs.
_AFTER_CUE_RX = re.compile(
    r"\b(?:(?P<fut>will|shall|is to|are to|expected to|due to|set to|scheduled|going to|plans? to"
    r"|would)|(?!(?:allied|united|armed|unnamed|detailed|limited|related|based|expected|scheduled"
    r"|planned|proposed)\b)(?P<past>\w+ed|said|told|met|won|signed|voted|gave|made|held|took"
    r"|was|were)(?!\s+(?:by|to)\b))\b"
)


_CLAUSE_TAIL_RX = re.compile(r"[^.;:]*$")


def _clause_tail_start(text: str, lo: int, pos: int) -> int | None:
    """`_CLAUSE_TAIL_RX.search(text, lo, pos).start()` (None where the search finds nothing),
    from three `rfind`s: the search is quadratic (each start runs on to the next stop, then
    fails), ~40 µs over its 130 characters. It finds the text after the last stop (both
    offsets clamped to the text, as the regex engine does); nothing when the span is
    reversed."""
    n = len(text)
    lo, pos = min(max(lo, 0), n), min(max(pos, 0), n)
    if lo > pos:
        return None
    cut = max(text.rfind(".", lo, pos), text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    return lo if cut < 0 else cut + 1


def _future_at(text: str, start: int, pos: int, around: tuple[int, int]) -> bool:
    """Tense for a weekday: the verb just before it wins over the sentence, then the first
    verb after it in its clause, then a future cue in `around` (read only when needed)."""
    lo = max(start, pos - 50)
    # only the weekday's own sentence: "... would not be delayed.\n\nOn Monday, X ratified"
    cut = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    before = text[(cut + 1 if cut >= 0 else lo) : pos]
    if _PAST_VERB_RX.search(before) or _PAST_AFTER_RX.match(text, pos):
        return False
    if future_in(before, 0, len(before)) or _SCHEDULED_RX.search(before):
        return True
    # "will host X and Y at the White House on Thursday": a future cue earlier in the same
    # clause, with no past verb after it
    lo = max(start, pos - 130)
    wide = _clause_tail_start(text, lo, pos)
    if wide is not None:
        cues = [c for c in FUTURE_RX.finditer(text, wide, pos) if not _routine(text, c.start())]
        cue = cues[-1] if cues else None
        if (
            cue is not None
            and (not cue.start() or not text[cue.start() - 1].isalnum())
            and not _PAST_CUE_RX.search(text, cue.end(), pos)
        ):
            return True
    after = text[pos : pos + 70]
    # the clause ends at its stop, also at a paragraph's end (".\n\n“These ...")
    cut = min(
        (i for i in (after.find(";"), after.find(". "), after.find("\n")) if i >= 0),
        default=len(after),
    )
    cue = _AFTER_CUE_RX.search(after, 0, cut)
    if cue is not None:
        return cue.group("fut") is not None
    return future_in(text, *around)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_dates(
    text: str, start: int, end: int, pub: dt.date | None, low: str | None = None
) -> list[DateHit]:
    """All date phrases in text[start:end], normalised against `pub` (`low`: the text
    lower-cased with the same offsets, when the caller has it)."""
    out: list[DateHit] = []
    for i, m in _date_matches(text, start, end):
        hit = _DATE_READERS[i](text, start, m, pub)
        if hit is not None:
            out.append(hit)
    if pub is not None:
        low = lower_same_length(text) if low is None else low
        rel: list[Any] = [
            rm
            for p in sorted(find_all_in(low, _REL_STARTS, start, end))
            if (not p or not low[p - 1].isalnum()) and (rm := _REL_RX.match(low, p, end))
        ]
        for p in find_all_in(low, (" ago",), start, end):
            am = _AGO_RX.search(low, max(start, p - 16), p + 4)
            if am is not None and (not am.start() or not low[am.start() - 1].isalnum()):
                out.append(_ago(am, pub))
                out.sort(key=lambda h: h.start)
        for p in find_all_in(low, ("on the ",), start, end):
            om = _ORDINAL_DAY_RX.match(low, p, end)
            if om is not None and (not p or not low[p - 1].isalnum()):
                hit = _ordinal_day(text, start, om, pub)
                if hit is not None:
                    out.append(hit)
                    out.sort(key=lambda h: h.start)
        for p in find_all_in(low, _WEEK_ENDS, start, end):
            wm = _WEEK_BACK_RX.search(low, max(start, p - 12), min(end, p + 12))
            if wm is None or wm.end() <= p or (wm.start() and low[wm.start() - 1].isalnum()):
                continue
            if wm.group().endswith("weekend"):
                out.append(_weekend(text, start, wm, pub))
            else:
                out.append(_relative(wm.start(), wm.end(), "this week", pub))
            out.sort(key=lambda h: h.start)
        if rel:
            # "February last year": the year already read into the month's date
            last = -1
            taken = {h.end for h in out}
            for m in rel:
                if m.group().endswith("year") and (
                    m.start() - 1 in taken or m.start() - 2 in taken
                ):
                    continue
                if m.start() >= last:
                    out.append(_relative(m.start(), m.end(), m.group(), pub))
                    last = m.end()
            out.sort(key=lambda h: h.start)
    return out


def _iso(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    return DateHit(m.start(), m.end(), m.group("iso"))


def _range(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    mon = _month(m.group("mon"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    y = int(m.group("year")) if m.group("year") else _tensed_year(text, start, m, mon, d1, pub)
    return DateHit(m.start(), m.end(), _day(y, mon, d1), _day(y, mon, d2))


def _day_month(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    mon, d = _month(m.group("mon2")), int(m.group("d3"))
    y = int(m.group("year2")) if m.group("year2") else _tensed_year(text, start, m, mon, d, pub)
    return DateHit(m.start(), m.end(), _day(y, mon, d))


def _month_day(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    mon, d = _month(m.group("mon3")), int(m.group("d4"))
    y = int(m.group("year3")) if m.group("year3") else _tensed_year(text, start, m, mon, d, pub)
    end_d = _day(y, mon, int(m.group("d5"))) if m.group("d5") else None
    return DateHit(m.start(), m.end(), _day(y, mon, d), end_d)


def _month_only(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    word, year = m.group("mon4"), m.group("year4")
    # "last May", "next March": the one before (after) the publication month
    rm = None if year else _REL_BEFORE_RX.search(text, max(start, m.start() - 6), m.start())
    rel_year = None if year else _rel_year(text, m.end(), pub)
    if word in ("May", "March") and not (
        year
        or rm
        or rel_year
        or _PART_RX.search(text, max(start, m.start() - 12), m.start())
        or text[max(0, m.start() - 3) : m.start()].endswith(("in ", "In "))
    ):
        return None  # the verb "may", a "march"
    if word.lower() not in _FULL_MONTHS and not year:
        return None  # "Jan" alone is too ambiguous
    mon = _month(word)
    if year:
        y: int | None = int(year)
    elif pub is None:
        y = None
    elif rel_year is not None:
        y = rel_year[0]
    elif rm is not None:
        step = rm.group(1).lower()
        if step == "last":
            y = pub.year if mon < pub.month else pub.year - 1
        elif step == "next":
            y = pub.year if mon > pub.month else pub.year + 1
        else:
            y = pub.year
    else:  # a month alone: the next one in a future clause, the last one in a past clause
        lo = _sentence_lo(text, max(start, m.start() - 60), m.start())
        if future_in(text, lo, m.start()) or (
            mon >= pub.month and _PROSPECT_RX.search(text, lo, m.start())
        ):
            # "a new attempt could be made at the summit in December" (in November): ahead
            y = pub.year if mon >= pub.month else pub.year + 1
        elif _PAST_CUE_RX.search(text, lo, m.start()):
            y = pub.year if mon <= pub.month else pub.year - 1
        else:
            # a fronted month ("In February, the alliance signed ..."): the tense of the
            # clause after it
            hi = _clause_end(text, m.end())
            if future_in(text, m.end(), hi):
                y = pub.year if mon >= pub.month else pub.year + 1
            elif _past_clause(text, m.end(), hi):
                y = pub.year if mon <= pub.month else pub.year - 1
            else:
                y = _year_for(mon, 15, pub)
    if y is None:
        return None
    return DateHit(m.start(), m.end(), f"{y:04d}-{mon:02d}", None, "month")


def _clause_end(text: str, pos: int) -> int:
    """The end of the clause that follows a fronted date: the next full stop, semicolon or
    line break within 80 characters."""
    hi = min(len(text), pos + 80)
    for stop in (".", ";", "\n"):
        i = text.find(stop, pos, hi)
        if i >= 0:
            hi = i
    return hi


def _weekday(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    if pub is None:
        return None
    rel = _REL_BEFORE_RX.search(text, max(start, m.start() - 6), m.start())
    future = _future_at(text, start, m.start(), (max(start, m.start() - 120), m.end() + 60))
    d = weekday_date(m.group("wd2"), pub, future, rel.group(1) if rel else "")
    end = None
    if m.group("wd3"):  # "on Thursday and Friday": a range of consecutive days
        span = (WEEKDAYS[m.group("wd3").lower()] - WEEKDAYS[m.group("wd2").lower()]) % 7
        if future and not rel:
            cur = weekday_date(m.group("wd2"), pub, False)
            if cur + dt.timedelta(days=span) >= pub:
                d = cur  # a range that includes the publication day is this week's
        end = (d + dt.timedelta(days=span)).isoformat() if span else None
    return DateHit(m.start(), m.end(), d.isoformat(), end)


def _numeric(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    d = _dateparser(m.group("num"))
    return DateHit(m.start(), m.end(), d.isoformat()) if d else None


# "joined NATO in 2009", "in early 2009": a year only, which dates no event (null) and keeps
# it from taking the story's date
_YEAR_BEFORE_RX = re.compile(r"\b(?:in|since|of|in (?:early|mid|late)|early|mid|late)[- ]$")


def _year_only(text: str, start: int, m: re.Match[str], pub: dt.date | None) -> DateHit | None:
    if not _YEAR_BEFORE_RX.search(text, max(start, m.start() - 9), m.start()):
        return None
    return DateHit(m.start(), m.end(), None, None, "year")


_DATE_READERS = (
    _iso,
    _range,
    _day_month,
    _month_day,
    _month_only,
    _weekday,
    _numeric,
    _year_only,
)


# Matched on the lower-cased text at the word starts where one of `_REL_STARTS` occurs.
_REL_STARTS = ("today", "yesterday", "tomorrow", "last ", "next ", "this ", "tonight")
_REL_RX = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|last night|(?:last|next|this) (?:week|month|year|spring"
    r"|summer|autumn|fall|winter))\b"
)
# "at the weekend" (the last one, or the next in a future clause), "earlier in the week" (this
# week): spans read as weeks are, so that a day inside them merges with them. Found at their
# last words and read back (two `find`s instead of five).
_WEEK_ENDS = ("weekend", "in the week")
_WEEK_BACK_RX = re.compile(
    r"(?:(?:at|over|during) the|last|next|this) weekend\b|(?:earlier|later) in the week\b"
)
_PART_RX = re.compile(r"(?:early|mid|late|end of|beginning of)[- ]$", re.I)
_REL_BEFORE_RX = re.compile(r"(last|next|this) $", re.I)


# Every date pattern starts with a digit or with a month or weekday name. Rather than run
# seven patterns over the whole text (or one slow alternation of them), the candidate word
# starts are found with `str.find` (digit runs too), and each pattern that can start there
# is tried with `match`, keeping `finditer`'s rule that one pattern's matches do not overlap.
_NAME_PREFIXES = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_MONTH_PREFIXES = _NAME_PREFIXES[:12]
_NAME_WORDS = (*_MONTH_PREFIXES, "day")  # what the candidate scan looks for
_WEEKDAY_BACK: tuple[tuple[int, tuple[str, ...]], ...] = (
    (3, ("Monday", "Friday", "Sunday")),
    (4, ("Tuesday",)),
    (5, ("Thursday", "Saturday")),
    (6, ("Wednesday",)),
)
# indices into _DATE_RXS of the patterns that start with a digit, by the digit run there:
# `\d{1,2}` then a non-digit (ranges, day-month, numeric dates) needs a run of one or two; an
# ISO date or a year alone needs a run of exactly four from 19.. or 20..; any other run starts
# no date (every pattern would fail there, so none is tried)
_DIGIT_RXS = (0, 1, 2, 6)  # a run followed by a non-ASCII digit: all of them
_DIGIT_YEAR_RXS = (0, 1, 2, 6, 7)
_SHORT_RUN_RXS = (1, 2, 6)
_YEAR_RUN_RXS = (0, 7)
_MONTH_RXS = (3, 4)  # the patterns that start with a month name
_WEEKDAY_RXS = (5,)
_DIGITS = "0123456789"


def _digit_run_starts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, length) of each maximal run of ASCII digits in text[start:end], in order: what
    `re.finditer("[0-9]+")` gives, from ten `str.find` scans (a regex steps through every
    character in Python's engine: ~10x slower on a digit-poor article)."""
    at: list[int] = []
    for d in _DIGITS:
        i = text.find(d, start, end)
        while i >= 0:
            at.append(i)
            i = text.find(d, i + 1, end)
    if not at:
        return []
    at.sort()
    runs: list[tuple[int, int]] = []
    for p in at:
        if runs and runs[-1][0] + runs[-1][1] == p:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((p, 1))
    return runs


def _date_matches(text: str, start: int, end: int) -> list[tuple[int, re.Match[str]]]:
    """(pattern index, match) of every date pattern at a word start, earliest first, longest
    on ties, without overlaps."""
    cands: list[tuple[int, tuple[int, ...]]] = []
    for p, n in _digit_run_starts(text, start, end):
        if not p or not text[p - 1].isalnum():
            year = n == 4 and text.startswith(("19", "20"), p)
            if p + n < end and text[p + n].isdigit():  # `\d` takes other digits too: try all
                # (the year pattern as well: "191" and a non-ASCII digit make four `\d`)
                cands.append((p, _DIGIT_YEAR_RXS if year or n < 4 else _DIGIT_RXS))
            elif n <= 2:
                cands.append((p, _SHORT_RUN_RXS))
            elif year:
                cands.append((p, _YEAR_RUN_RXS))
    if start == 0 and end >= len(text):  # the whole text: one read of the keyword index
        found = find_each(text, _NAME_WORDS)
    else:
        found = [find_all_in(text, (w,), start, end) for w in _NAME_WORDS]
    for at in found[:-1]:
        for p in at:
            if not p or not text[p - 1].isalnum():
                cands.append((p, _MONTH_RXS))
    # the seven weekday names by one scan for their common "day" (each name occurs where its
    # "day" does, at a fixed offset back)
    for p in found[-1]:
        for back, names in _WEEKDAY_BACK:
            a = p - back
            if a >= start and text.startswith(names, a) and (not a or not text[a - 1].isalnum()):
                cands.append((a, _WEEKDAY_RXS))
                break
    if not cands:
        return []
    cands.sort()
    found2: Any = []
    last_end = [start] * len(_DATE_RXS)
    prev = -1
    for p, idxs in cands:
        if p == prev:
            continue  # "May" and "Mar..." never share a start; guard anyway
        prev = p
        for i in idxs:
            if p < last_end[i]:
                continue
            m = _DATE_RXS[i].match(text, p, end)
            if m is not None:
                last_end[i] = max(m.end(), p + 1)
                found2.append((i, m))
    found2.sort(key=lambda im: (im[1].start(), -im[1].end()))
    out: list[tuple[int, re.Match[str]]] = []
    for i, m in found2:
        if not out or m.start() >= out[-1][1].end():
            out.append((i, m))
    return out


# "three days ago" (that day), "two weeks ago", "a month ago", "a year ago" (that month: a
# reporter's round figure); "five years ago" is a year only (no date)
_AGO_RX = re.compile(
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) "
    r"(days?|weeks?|months?|years?) ago$"
)
_AGO_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_AGO_N |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _ago(m: re.Match[str], pub: dt.date) -> DateHit:
    n = _AGO_N.get(m.group(1)) or int(m.group(1))
    unit = m.group(2).rstrip("s")
    if unit == "day":
        return DateHit(m.start(), m.end(), (pub - dt.timedelta(days=n)).isoformat())
    if unit == "year" and n > 1:
        return DateHit(m.start(), m.end(), None, None, "year")
    if unit == "week":
        d = pub - dt.timedelta(days=7 * n)
        return DateHit(m.start(), m.end(), f"{d.year:04d}-{d.month:02d}", None, "month")
    months = pub.year * 12 + pub.month - 1 - (12 if unit == "year" else n)
    return DateHit(m.start(), m.end(), f"{months // 12:04d}-{months % 12 + 1:02d}", None, "month")


# "on the 26th": a day of the publication month, or of the month before when that day is
# still to come (a story tells what happened); in a future clause, the next such day. "on the
# 26th of February" and "on the 3rd day" are left to the other readers (or to no one).
_ORDINAL_DAY_RX = re.compile(
    r"on the ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?![ -](?:of |day|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|anniversary|century|floor|time|round|of|place|minute|hour|week|year))"
)


def _ordinal_day(text: str, start: int, m: re.Match[str], pub: dt.date) -> DateHit | None:
    day = int(m.group(1))
    ahead = future_in(text, _sentence_lo(text, max(start, m.start() - 80), m.start()), m.end())
    y, mon = pub.year, pub.month
    if ahead and day < pub.day:
        y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
    elif not ahead and day > pub.day:
        y, mon = (y - 1, 12) if mon == 1 else (y, mon - 1)
    date = _day(y, mon, day)
    return None if date is None else DateHit(m.start() + 7, m.end(), date)


def _weekend(text: str, start: int, m: re.Match[str], pub: dt.date) -> DateHit:
    """Saturday and Sunday: "last weekend" / "at the weekend" the last one (this one when
    published on it), "next weekend" and a weekend in a future clause the coming one."""
    word = m.group()
    ahead = word.startswith("next") or (
        not word.startswith(("last", "this"))
        and future_in(text, _sentence_lo(text, max(start, m.start() - 60), m.start()), m.start())
    )
    if ahead or (word.startswith("this") and pub.weekday() < 5):
        sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
        if word.startswith("this"):
            sat = pub + dt.timedelta(days=5 - pub.weekday())
    else:
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if word.startswith("last") and pub.weekday() >= 5:
            sat -= dt.timedelta(days=7)
    sun = sat + dt.timedelta(days=1)
    return DateHit(m.start(), m.end(), sat.isoformat(), sun.isoformat(), "week")


def _relative(s: int, e: int, word: str, pub: dt.date) -> DateHit:
    if word in ("today", "tonight"):  # "EU leaders agreed tonight": the day of the story
        return DateHit(s, e, pub.isoformat())
    if word in ("yesterday", "last night"):
        return DateHit(s, e, (pub - dt.timedelta(days=1)).isoformat())
    if word == "tomorrow":
        return DateHit(s, e, (pub + dt.timedelta(days=1)).isoformat())
    rel, unit = word.split()
    if unit not in ("week", "month", "year"):  # "next summer": a season, no date
        return DateHit(s, e, None, None, "year")
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return DateHit(
            s, e, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week"
        )
    if unit == "month":
        y, mth = pub.year, pub.month + step
        y, mth = (y + (mth - 1) // 12), ((mth - 1) % 12) + 1
        return DateHit(s, e, f"{y:04d}-{mth:02d}", None, "month")
    return DateHit(s, e, None, None, "year")


@functools.lru_cache(maxsize=4096)
def _dateparser(phrase: str) -> dt.date | None:
    import dateparser  # imported lazily: rare path, slow import

    got = dateparser.parse(phrase, settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    return got.date() if got else None
