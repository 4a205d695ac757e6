"""Plain, slow definitions that the fast scans are property-tested against (shared by
`test_scan.py`, `test_fast_paths.py` and `test_fast_paths_stages.py`)."""

from __future__ import annotations

import re

from accession.nlp.dates import _DATE_RXS


def plain_word_search(rx: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first match of `rx` at a word start, by the definition: the regex engine's search,
    the word start checked after."""
    m = rx.search(text, pos, end)
    while (
        m is not None
        and m.start()
        and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ):
        m = rx.search(text, m.start() + 1, end)
    return m


def slow_date_spans(text: str) -> list[tuple[int, int]]:
    """Every date pattern tried at every word start (a date starts with an ASCII digit or a
    name, never with another script's digit), each pattern without overlaps of its own; then
    earliest first, longest on ties, without overlaps."""
    starts = [
        p
        for p in range(len(text))
        if (not p or not text[p - 1].isalnum()) and (text[p].isascii() or not text[p].isdigit())
    ]
    slow = []
    for rx in _DATE_RXS:
        last_end = 0
        for p in starts:
            if p < last_end:
                continue
            m = rx.match(text, p)
            if m is not None:
                last_end = max(m.end(), p + 1)
                slow.append(m.span())
    slow.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for s in slow:
        if not kept or s[0] >= kept[-1][1]:
            kept.append(s)
    return kept
