"""Dated or sourced statements for `events.v1`: "X said on Monday", "wrote on X", "told
reporters in January", "said in a statement", and who made them.

Why windows: the speech-verb pattern is the costly part, and every match ends in one of a few
tail words (a weekday or month, a platform, "statement"), so it runs only just before those.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.dates import MONTH_NAMES
from accession.nlp.lexicon import SPEECH_VERBS
from accession.nlp.pipeline import DocState
from accession.nlp.scan import find_all, mentions_in

_STATEMENT_RX = re.compile(
    rf"(?P<verb>{SPEECH_VERBS})\b(?P<rest>[^.;,]{{0,60}}?)(?:\bon\s+(?:X|Twitter|Facebook|"
    r"Telegram|social media|Instagram)\b|\b(?:news|press) conference\b|\bbriefing\b|"
    r"\bin an? (?:\w+ )?(?:statement|interview|speech|address)\b|\b(?:last|this) (?:month|week)\b"
    r"|\bin (?:early |late )?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday)\b)",
)


def quote_speaker(state: DocState, s: int, e: int, pos: int) -> str | None:
    """The speaker of a quote in this sentence that ends just before the speech verb."""
    for q in state.quotes:
        if s - 2 <= q["end"] <= pos and pos - q["end"] < 40 and q.get("speaker_key"):
            return q["speaker_key"]
        if q["start"] <= pos < q["end"]:
            return None
    return None


def speaker_before(state: DocState, pos: int, s: int) -> Any:
    for m in reversed(mentions_in(state, s, pos)):
        if m.type in ("person", "organization") and not m.place:
            return m
    return None


# Every statement match ends in one of these literals, so the pattern only runs in windows
# that end just after one (a match spans ≤ ~80 characters before its last word).
_STATEMENT_TAILS = (
    *MONTH_NAMES,
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
    "statement",
    "interview",
    "speech",
    "address",
    "last month",
    "this month",
    "last week",
    "this week",
)


_NAMED_DAYS = (
    frozenset(  # months and weekdays: date phrases
        _STATEMENT_TAILS[:12] + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    )
    | {"Saturday", "Sunday"}
)
_OTHER_TAILS = tuple(t for t in _STATEMENT_TAILS if t not in _NAMED_DAYS)


def statements(text: str, dates: list[Any] | None) -> list[int]:
    """Start offsets of dated or sourced statements ("said on Monday", "wrote on X"). Month
    and weekday tails are the date phrases already found (`dates`), when there are any."""
    if dates is None:
        ends = [(p - 100, p + len(t) + 2) for t in _STATEMENT_TAILS for p in find_all(text, (t,))]
    else:
        ends = [(p - 100, p + len(t) + 2) for t in _OTHER_TAILS for p in find_all(text, (t,))]
        ends += [(h.start - 100, h.start + 11) for h in dates if text[h.start].isupper()]
    ends.sort()
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
