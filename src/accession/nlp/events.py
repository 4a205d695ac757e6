"""Stage `events.v1`: meetings, summits, letters, applications, invitations, protocol
signatures, ratifications, accessions and dated statements, with dates and places.

Why trigger rules per sentence: an event is named by a few verbs and nouns; what matters is
its date, so each event takes the date phrase of its own sentence (normalised against the
publication date and the verb's tense), else the date of the story's occasion — the
sentence before, or the article's first explicit date — when the sentence is in the past.
Negated and hypothetical mentions ("has not been invited", "if it were to ratify") are not
events. One event per type and date (statements: per speaker) — an article repeats itself.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.dates import find_dates, future_in
from accession.nlp.lexicon import SPEECH_VERBS
from accession.nlp.pipeline import DocState
from accession.nlp.scan import find_all, lowered, mentions_by_sentence, word_search

# Lower-case patterns whose every alternative starts with a literal word (no leading \b, no
# optional prefix): the regex engine can then skip ahead fast, which is most of this
# stage's cost. They run on `text.lower()`; word starts are checked in Python.
_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("summit", r"summits?\b"),
    (
        "meeting",
        r"(?:meeting (?:of|with|between)\b|(?:will|to|would|shall) meet\b|met (?:with|in|on)\b|"
        r"(?:a|the|an|ministerial|ministers[’']?|nato|high-level|leaders[’']?|council|bilateral"
        r"|emergency)\s+(?:(?!was\b|is\b|were\b|are\b|be\b|been\b)[\w-]+\s+){0,2}meeting\b)",
    ),
    (
        "letter",
        r"(?:in (?:a|her|his|their|the|its) (?:\w+ )?letter|letter (?:to|sent)|wrote to|"
        r"sent a letter|a letter from)\b",
    ),
    (
        "application",
        r"(?:applied (?:for|to join)|submitted (?:its|an|their|a) (?:formal )?(?:membership )?"
        r"application|appl(?:ies|y) for)\b",
    ),
    (
        "invitation",
        r"(?:invited\b(?! to (?:attend|speak|the summit))|won (?:an? )?invitations?|received "
        r"(?:an |a formal |formal )?invitations?|extended (?:an )?invitations?|issued "
        r"(?:an )?invitations?)",
    ),
    (
        "protocol_signature",
        r"(?:sign(?:ed|s|ing)? (?:the |an |its )?(?:\w+ )?(?:accession )?protocols?|protocols? "
        r"(?:was|were) signed)\b",
    ),
    (
        "ratification",
        r"(?:ratif(?:ied|ies|y|ying|ication)|approved (?:the|a) bill|voted (?:to approve|to "
        r"ratify|yes to|in favou?r of)|bill was approved|(?:parliament|assembly)(?:’s|'s)? "
        r"approval)\b",
    ),
    (
        "accession",
        r"(?:joined\b|joins\b|became (?:the )?\d+\w* member|becomes (?:the )?\d+\w* member|"
        r"accession papers|instruments? of accession|deposited)",
    ),
)
_NEG_RX = re.compile(
    r"\b(?:not|never|no|yet to|n[’']t|if|unless|whether|refus\w+|fail\w*|without)\b[^.,;]{0,30}$",
    re.I,
)
_STATEMENT_RX = re.compile(
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^.;]{{0,60}}?)(?:\bon\s+(?:X|Twitter|Facebook|"
    r"Telegram|social media|Instagram)\b|\b(?:news|press) conference\b|\bbriefing\b|\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday)\b)",
)
_PLACE_RX = re.compile(  # used with word_search (a leading \b, without its cost)
    r"(?:in|at)\s+(?:the\s+)?(?:\w+\s+city\s+of\s+)?([A-Z][a-zé]+(?:\s[A-Z][a-z]+)?)"
)
_NOT_PLACE = frozenset(
    {
        "NATO",
        "The",
        "A",
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
    }
)


def _place(state: DocState, si: int, s: int, e: int) -> str | None:
    for m in mentions_by_sentence(state)[si]:
        if m.place and m.type == "state":
            return m.text
    pm = word_search(_PLACE_RX, state.text, s, e)
    if pm and pm.group(1).split()[0] not in _NOT_PLACE:
        word = pm.group(1)
        if pm.start(1) not in _actor_starts(state):
            return word
    return None


def _actor_starts(state: DocState) -> set[int]:
    got = state.cache.get("events.actor_starts")
    if got is None:
        got = state.cache["events.actor_starts"] = {m.start for m in state.mentions if not m.place}
    return got


def _quoted_relative(state: DocState, h: Any) -> bool:
    """ "today" inside a quote is the day of the statement, not of publication."""
    word = state.text[h.start : h.end].lower()
    if word not in ("today", "yesterday", "tomorrow"):
        return False
    return any(q["start"] <= h.start < q["end"] for q in state.quotes)


def _quote_speaker(state: DocState, s: int, e: int, pos: int) -> str | None:
    """The speaker of a quote in this sentence that ends just before the speech verb."""
    for q in state.quotes:
        if s - 2 <= q["end"] <= pos and pos - q["end"] < 40 and q.get("speaker_key"):
            return q["speaker_key"]
        if q["start"] <= pos < q["end"]:
            return None
    return None


def _speaker_before(state: DocState, pos: int, s: int) -> Any:
    for m in reversed(state.mentions):
        if s <= m.start < pos and m.type in ("person", "organization") and not m.place:
            return m
    return None


# Case-insensitive via a lower-cased copy and without a leading \b: the engine can then skip
# to the letters that start a trigger (a large share of the per-article time otherwise).
# Each trigger type has literal stems; one trie-shaped regex finds the stems (fast), then the
# type's full pattern is checked in a small window around each stem.
_STEMS: dict[str, tuple[str, ...]] = {
    "summit": ("summit",),
    "meeting": ("meeting", "meet", "met "),
    "letter": ("letter", "wrote to"),
    "application": ("appl", "submitted"),
    "invitation": ("invited", "invitation"),
    "protocol_signature": ("protocol",),
    "ratification": ("ratif", "approv", "voted", "bill was"),
    "accession": ("joined", "joins", "became", "becomes", "accession", "instrument", "deposited"),
}
_TYPE_RX = {t: re.compile(p) for t, p in _TRIGGERS}
_STEM_TYPES: dict[str, list[str]] = {}
for _t, _stems in _STEMS.items():
    for _st in _stems:
        _STEM_TYPES.setdefault(_st, []).append(_t)


def _trigger_hits(low: str) -> list[tuple[str, int]]:
    stems: dict[int, list[str]] = {}
    for stem, types in _STEM_TYPES.items():
        pos = low.find(stem)
        while pos >= 0:
            if not pos or not low[pos - 1].isalnum():
                stems.setdefault(pos, types)  # every stem at one start has the same types
            pos = low.find(stem, pos + 1)
    out: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()
    for pos in sorted(stems):
        for t in stems[pos]:
            for hit in _TYPE_RX[t].finditer(low, max(0, pos - 60), min(len(low), pos + 60)):
                if hit.start() <= pos < hit.end() and (t, hit.start()) not in seen:
                    if hit.start() and low[hit.start() - 1].isalnum():
                        continue
                    seen.add((t, hit.start()))
                    out.append((t, hit.start()))
    return out


# Every statement match ends in one of these literals, so the pattern only runs in windows
# that end just after one (a match spans ≤ ~80 characters before its last word).
_STATEMENT_TAILS = (
    "X",
    "Twitter",
    "Facebook",
    "Telegram",
    "social media",
    "Instagram",
    "conference",
    "briefing",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "today",
    "yesterday",
)


def _statements(text: str) -> list[int]:
    ends = sorted((p - 100, p + len(t) + 2) for t in _STATEMENT_TAILS for p in find_all(text, (t,)))
    windows: list[list[int]] = []
    for a, b in ends:
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([max(0, a), b])
    out = []
    for a, b in windows:
        for m in _STATEMENT_RX.finditer(text, a, min(b, len(text))):
            if not m.start() or not text[m.start() - 1].isalnum():
                out.append(m.start())
    return out


def events_stage(state: DocState, res: Any) -> None:
    """One pass of each pattern over the whole text (speed), then per sentence."""
    text, pub = state.text, state.published
    by_sentence: dict[int, list[Any]] = {}
    for h in find_dates(text, 0, len(text), pub, lowered(state)):
        if not _quoted_relative(state, h):
            by_sentence.setdefault(state.sentence_of(h.start), []).append(h)
    triggers: dict[int, list[tuple[str, int]]] = {}
    for etype, pos in sorted(_trigger_hits(lowered(state)), key=lambda h: h[1]):
        si = state.sentence_of(pos)
        s = state.sentences[si][0]
        if _NEG_RX.search(text, max(s, pos - 40), pos):
            continue
        triggers.setdefault(si, []).append((etype, pos))
    for pos in _statements(text):
        triggers.setdefault(state.sentence_of(pos), []).append(("statement", pos))
    found: list[dict[str, Any]] = []
    anchor: str | None = None
    prev_date: tuple[int, str | None] | None = None
    for si, (s, e) in enumerate(state.sentences):
        hits = by_sentence.get(si, [])
        sent_date = next((h for h in hits if h.date), None)
        if sent_date and anchor is None and (pub is None or sent_date.date <= pub.isoformat()):
            anchor = sent_date.date
        if si in triggers and not any(fs <= s < fe for fs, fe in state.furniture):
            future = future_in(text, s, e)
            seen_types: set[str] = set()
            for etype, pos in triggers[si]:
                if etype in seen_types:
                    continue
                if etype == "statement":
                    key = _quote_speaker(state, s, e, pos)
                    if key is None:
                        who = _speaker_before(state, pos, s)
                        key = who.key if who is not None else None
                    if key is None:
                        continue
                    ev = _event(state, etype, pos, si, hits, prev_date, future, s, e)
                    ev["speaker_key"] = key
                else:
                    ev = _event(state, etype, pos, si, hits, prev_date, future, s, e)
                seen_types.add(etype)
                found.append(ev)
        if sent_date:
            prev_date = (si, sent_date.date)
    for ev in found:
        if ev["date"] is None and ev.pop("_past", False) and anchor:
            ev["date"] = anchor
        ev.pop("_past", None)
    state.events = _dedupe(found)


def _event(
    state: DocState,
    etype: str,
    pos: int,
    si: int,
    hits: list,
    prev_date: Any,
    future: bool,
    s: int,
    e: int,
) -> dict[str, Any]:
    near = [h for h in hits if abs(h.start - pos) <= 90 and h.date]
    hit = min(near, key=lambda h: abs(h.start - pos)) if near else None
    date = hit.date if hit else None
    end_date = hit.end_date if hit else None
    if date is None and prev_date and si - prev_date[0] <= 2 and not future:
        date = prev_date[1]
    ev: dict[str, Any] = {
        "type": etype,
        "date": date,
        "place": _place(state, si, s, e),
        "description": state.text[s:e].strip(),
        "start": s,
        "end": e,
        "_past": not future_in(state.text, max(s, pos - 40), pos),
    }
    if end_date:
        ev["end_date"] = end_date
    return ev


def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ev in events:
        same = [o for o in out if o["type"] == ev["type"]]
        if ev["type"] == "statement":
            same = [o for o in same if o.get("speaker_key") == ev.get("speaker_key")]
        dup = next(
            (o for o in same if o["date"] == ev["date"] or not ev["date"] or not o["date"]), None
        )
        if dup is None:
            out.append(ev)
        elif dup["date"] is None and ev["date"]:
            dup.update(date=ev["date"], end_date=ev.get("end_date"))
            if not ev.get("end_date"):
                dup.pop("end_date", None)
    for ev in out:
        if ev.get("end_date") is None:
            ev.pop("end_date", None)
    return out
