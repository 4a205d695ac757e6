"""A document's text cut into segments, each tagged with the extracted spans that cover it.

Why segments rather than inserting tags into the text: the template then escapes every piece
of document text like any other value (a `<script>` in an article stays text), and
overlapping spans — a quote inside a stance sentence, an actor inside a quote — need no
nesting rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KIND_ORDER = ("stance", "consensus", "quote", "actor", "event")


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    stance: str = ""  # the stance value when a stance span covers the segment

    @property
    def css(self) -> str:
        classes = [f"hl-{k}" for k in self.kinds]
        if self.stance:
            classes.append(f"hl-stance-{self.stance}")
        return " ".join(classes)


def label_of(kind: str, payload: dict[str, Any]) -> str:
    """A short human label for a span's tooltip."""
    if kind == "actor":
        bits = [payload.get("canonical") or payload.get("mention") or "actor"]
        if payload.get("role"):
            bits.append(str(payload["role"]))
        if payload.get("country_iso3"):
            bits.append(str(payload["country_iso3"]))
        return "actor: " + ", ".join(str(b) for b in bits)
    if kind == "quote":
        return "quote by " + str(payload.get("speaker_canonical") or "unnamed speaker")
    if kind == "stance":
        return (
            f"stance: {payload.get('actor_iso3', '?')} {payload.get('stance', '?')} "
            f"on {payload.get('question', '?')}"
        )
    if kind == "consensus":
        return f"consensus on {payload.get('question', '?')}: {payload.get('status', '?')}"
    return f"{kind}: {payload.get('type') or payload.get('description') or ''}".strip()


def spans_of(doc: dict[str, Any]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, label, stance) for every extraction and evidence item with offsets."""
    text_len = len(doc["document"]["text"])
    out = []
    for x in doc["extractions"]:
        start, end = x["start"], x["end"]
        if start is None or end is None or not 0 <= start < end <= text_len:
            continue
        payload = x["payload"] if isinstance(x["payload"], dict) else {}
        stance = str(payload.get("stance", "")) if x["kind"] == "stance" else ""
        out.append((start, end, x["kind"], label_of(x["kind"], payload), stance))
    have = {(s, e) for s, e, k, _, _ in out if k == "stance"}
    for ev in doc["evidence"]:
        span = ev.get("span")
        if not span or span[0] is None or not 0 <= span[0] < span[1] <= text_len:
            continue
        if (span[0], span[1]) in have:
            continue
        label = f"evidence #{ev['id']}: {ev['member_iso3']} {ev['stance']} on {ev['question']}"
        out.append((span[0], span[1], "stance", label, ev["stance"]))
    return out


def segments(text: str, spans: list[tuple[int, int, str, str, str]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece lists the spans covering it."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        kinds = sorted({sp[2] for sp in covering}, key=_kind_rank)
        labels = list(dict.fromkeys(sp[3] for sp in covering))
        stance = next((sp[4] for sp in covering if sp[4]), "")
        out.append(Segment(text[a:b], kinds, labels, stance))
    return out


def _kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
