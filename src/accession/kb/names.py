"""Name folding for transliteration variants (Sybiha / Sybiga / Sibiga, Zelenskyy / Selenskyj).

Phonetic codes do not unify Ukrainian h with Russian g, so we fold both spellings to one
"skeleton" before fuzzy comparison (reference-ecosystem.md, section 6).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_RULES = (
    (r"[^a-z ]", ""),
    (r"kh", "h"),
    (r"zh", "j"),
    (r"sz", "s"),
    (r"cz", "c"),
    (r"sch", "s"),
    (r"ck", "k"),
    (r"(iy|ii|yi|ij|yj|yy)(?=\b|$)", "i"),
    (r"[yj]", "i"),
    (r"w", "v"),
    (r"ph", "f"),
    (r"h", "g"),
    (r"(.)\1+", r"\1"),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-case ASCII without accents or punctuation (how scorers compare names)."""
    text = anyascii(name).lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A transliteration-insensitive key: 'Andriy Sybiga' and 'Andrii Sybiha' agree."""
    text = fold(name)
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()
