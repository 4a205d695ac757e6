"""A tiny stand-in for `accession.nlp.extract`, used only by the ingest tests.

The ingest tests check storage (spans, evidence, clusters, failures), not reading quality,
so they need an extractor whose output is known exactly: one rule per sentence.
"""

from __future__ import annotations

import re
from typing import Any

METHOD = "standin.v1"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_RULES = (
    (re.compile(r"\bHungary\b.*\b(opposes|blocks|will veto)\b"), "HUN", "oppose"),
    (re.compile(r"\bGermany\b.*\bsupports\b"), "DEU", "support"),
    (re.compile(r"\bXanadu\b.*\bsupports\b"), "XXX", "support"),  # not a country: invalid
)


def extract(doc: Any, kb: Any) -> dict[str, Any]:
    out: dict[str, list[dict[str, Any]]] = {
        "actors": [],
        "quotes": [],
        "stances": [],
        "consensus": [],
        "events": [],
    }
    for m in _SENTENCE.finditer(doc.text):
        sentence = m.group().strip()
        if not sentence:
            continue
        start = m.start() + m.group().index(sentence)
        end = start + len(sentence)
        if "EXPLODE" in sentence:
            raise RuntimeError("stand-in extractor failed on purpose")
        for rule, iso3, stance in _RULES:
            if rule.search(sentence):
                name = sentence.split()[0]
                out["actors"].append(
                    {
                        "mention": name,
                        "canonical": name,
                        "type": "state",
                        "country_iso3": iso3,
                        "start": start,
                        "end": start + len(name),
                    }  # fmt: skip
                )
                out["stances"].append(
                    {
                        "actor_iso3": iso3,
                        "question": "NATO:invite:UKR",
                        "stance": stance,
                        "evidence": sentence,
                        "start": start,
                        "end": end,
                    }  # fmt: skip
                )
        if "no consensus" in sentence.lower():
            out["consensus"].append(
                {"question": "NATO:invite:UKR", "status": "not_reached", "evidence": sentence}
            )
    return out
