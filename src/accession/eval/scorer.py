"""The FORMAT.md scorer: precision, recall and F1 per field, micro-averaged over cases.

Why these exact rules (../shared/eval/FORMAT.md): any extractor can be compared with the
gold through this shape alone. Items are matched one-to-one (a maximum bipartite matching,
so the order of items never changes a score); names compare without case, accents or
punctuation; a quote matches when ≥ 80% of the gold quote's word tokens appear in order in
the output; a `YYYY-MM` gold date matches any day of that month and a null gold date
matches on type alone. Actors are "one item per distinct entity": gold files sometimes
list one entity under two mentions (a surname, a capital), so by default both sides are
collapsed per entity before matching (`collapse_actors=False` scores items literally).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from accession.kb.names import fold

FIELDS = ("actors", "quotes", "stances", "consensus", "events")
_WORD_RX = re.compile(r"\w+")


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class CaseScore:
    name: str
    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)


def _names(item: dict[str, Any]) -> set[str]:
    out = {fold(item.get("canonical") or "")}
    out |= {fold(a) for a in item.get("aliases") or [] if a}
    return out - {""}


def actor_matches(gold: dict[str, Any], out: dict[str, Any]) -> bool:
    if gold.get("type") == "state":
        return (
            out.get("type") == "state"
            and bool(gold.get("country_iso3"))
            and ((out.get("country_iso3") or "").upper() == gold["country_iso3"].upper())
        )
    return fold(out.get("canonical") or "") in _names(gold)


def tokens(text: str) -> list[str]:
    return _WORD_RX.findall(fold(text or ""))


def in_order_share(gold: list[str], out: list[str]) -> float:
    """Share of gold tokens that appear in order in out (longest common subsequence)."""
    if not gold:
        return 1.0
    prev = [0] * (len(out) + 1)
    for g in gold:
        cur = [0] * (len(out) + 1)
        for j, o in enumerate(out, 1):
            cur[j] = prev[j - 1] + 1 if g == o else max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1] / len(gold)


def date_matches(gold: str | None, out: str | None) -> bool:
    if not gold:
        return True
    if not out:
        return False
    if len(gold) == 7:
        return out[:7] == gold
    return out == gold


def _match(gold: list[Any], out: list[Any], ok: Callable[[Any, Any], bool]) -> list[int | None]:
    """Maximum one-to-one matching (Kuhn); returns for each gold item the output index."""
    adj = [[j for j, o in enumerate(out) if ok(g, o)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    result: list[int | None] = [None] * len(gold)
    for j, i in owner.items():
        result[i] = j
    return result


def collapse_actors(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per entity: states by ISO3, others by shared (folded) names."""
    out: list[dict[str, Any]] = []
    for it in items:
        for o in out:
            if it.get("type") == "state" and o.get("type") == "state":
                if (it.get("country_iso3") or "").upper() == (o.get("country_iso3") or "").upper():
                    break
            elif it.get("type") != "state" and o.get("type") != "state" and _names(it) & _names(o):
                o["aliases"] = sorted(
                    {
                        *(o.get("aliases") or []),
                        *(it.get("aliases") or []),
                        it.get("canonical") or "",
                    }
                    - {""}
                )
                break
        else:
            out.append(dict(it))
    return out


def score_case(
    gold: dict[str, Any], out: dict[str, Any], name: str = "", collapse: bool = True
) -> CaseScore:
    """Score one case; fields missing from either side count as empty lists."""
    result = CaseScore(name)
    g_actors = list(gold.get("actors") or [])
    o_actors = list(out.get("actors") or [])
    if collapse:
        g_actors, o_actors = collapse_actors(g_actors), collapse_actors(o_actors)
    speaker_names: dict[str, set[str]] = {}
    for a in gold.get("actors") or []:
        for n in _names(a):
            speaker_names.setdefault(n, set()).update(_names(a))

    def quote_ok(g: dict[str, Any], o: dict[str, Any]) -> bool:
        if g.get("speaker_canonical"):
            key = fold(g["speaker_canonical"])
            allowed = speaker_names.get(key, set()) | {key}
            if fold(o.get("speaker_canonical") or "") not in allowed:
                return False
        return in_order_share(tokens(g.get("text", "")), tokens(o.get("text", ""))) >= 0.8

    rules: dict[str, tuple[list[Any], list[Any], Callable[[Any, Any], bool]]] = {
        "actors": (g_actors, o_actors, actor_matches),
        "quotes": (gold.get("quotes") or [], out.get("quotes") or [], quote_ok),
        "stances": (
            gold.get("stances") or [],
            out.get("stances") or [],
            lambda g, o: all(
                (g.get(k) or "") == (o.get(k) or "") for k in ("actor_iso3", "question", "stance")
            ),
        ),
        "consensus": (
            gold.get("consensus") or [],
            out.get("consensus") or [],
            lambda g, o: (
                g.get("question") == o.get("question") and g.get("status") == o.get("status")
            ),
        ),
        "events": (
            gold.get("events") or [],
            out.get("events") or [],
            lambda g, o: (
                g.get("type") == o.get("type") and date_matches(g.get("date"), o.get("date"))
            ),
        ),
    }
    for fname, (g_items, o_items, ok) in rules.items():
        pairs = _match(g_items, o_items, ok)
        used = {j for j in pairs if j is not None}
        fs = FieldScore(tp=len(used), fn=pairs.count(None), fp=len(o_items) - len(used))
        result.fields[fname] = fs
        for g, j in zip(g_items, pairs, strict=True):
            if j is None:
                result.misses.append(
                    {"case": name, "field": fname, "kind": "missed", "item": _brief(g)}
                )
        for j, o in enumerate(o_items):
            if j not in used:
                result.misses.append(
                    {"case": name, "field": fname, "kind": "spurious", "item": _brief(o)}
                )
    return result


def _brief(item: dict[str, Any]) -> dict[str, Any]:
    keep = (
        "mention",
        "canonical",
        "type",
        "country_iso3",
        "speaker_canonical",
        "text",
        "actor_iso3",
        "question",
        "stance",
        "status",
        "date",
        "end_date",
        "description",
    )
    out = {k: item[k] for k in keep if k in item}
    for k in ("text", "description"):
        if isinstance(out.get(k), str) and len(out[k]) > 90:
            out[k] = out[k][:87] + "..."
    return out
