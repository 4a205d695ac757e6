"""From one document's extraction result to ledger rows, inside the caller's transaction.

Kept apart from the loop in `service` so the mapping (FORMAT.md dict → extractions,
evidence, consensus reports) is one readable function with its own tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from accession.errors import ValidationError
from accession.model import Document, Evidence, ReviewState, Span, Stance
from accession.model.question import parse_question_key
from accession.store import documents as store_documents
from accession.store import ledger

# FORMAT.md list name → extraction kind stored in `extractions.kind`
KINDS = {
    "actors": "actor",
    "quotes": "quote",
    "events": "event",
    "stances": "stance",
    "consensus": "consensus",
}
# which field of an item holds the words it was read from, to locate a span without offsets
_WORDS = {"actor": "mention", "quote": "text", "stance": "evidence", "consensus": "evidence"}


@dataclass
class Stored:
    evidence: int = 0
    consensus_reports: int = 0
    skipped: list[str] | None = None


def locate(item: dict[str, Any], kind: str, text: str) -> tuple[int, int] | None:
    """The item's character span: its own offsets when valid, else where its words occur."""
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        return start, end
    words = item.get(_WORDS.get(kind, ""), "")
    if isinstance(words, str) and words:
        at = text.find(words)
        if at >= 0:
            return at, at + len(words)
    return None


def extraction_rows(
    result: dict[str, Any], text: str
) -> list[tuple[str, int | None, int | None, dict]]:
    rows = []
    for field, kind in KINDS.items():
        for item in result.get(field) or []:
            if not isinstance(item, dict):
                continue
            span = locate(item, kind, text)
            rows.append((kind, span[0] if span else None, span[1] if span else None, item))
    return rows


def store_result(
    conn: sa.Connection,
    doc: Document,
    doc_id: int,
    result: dict[str, Any],
    method: str,
    cluster: int,
    day: dt.date,
) -> Stored:
    """Extractions with offsets, stances as proposed evidence, consensus remarks as reports.

    Malformed stance or consensus items are skipped and listed in `skipped`; the rest of
    the document is kept.
    """
    out = Stored(skipped=[])
    rows = extraction_rows(result, doc.text)
    store_documents.add_extractions(conn, doc_id, rows, method)
    source_url = doc.url or f"document:{doc_id}"
    evidence = []
    for kind, start, end, item in rows:
        span = (start, end) if start is not None and end is not None else None
        try:
            if kind == "stance":
                evidence.append(
                    Evidence(
                        Stance(
                            str(item.get("question", "")),
                            str(item.get("actor_iso3", "")),
                            item.get("stance", ""),
                            day,
                        ),
                        quote=str(item.get("evidence") or ""),
                        source_url=source_url,
                        document_id=doc_id,
                        span=Span(*span) if span else None,
                        method=method,
                        review=ReviewState.PROPOSED,
                        condition=str(item.get("condition") or ""),
                    )
                )
            elif kind == "consensus":
                inst, action, cand = parse_question_key(str(item.get("question", "")))
                ledger.add_consensus_report(
                    conn,
                    f"{inst}:{action}:{cand}",
                    str(item.get("status", "")),
                    day,
                    quote=str(item.get("evidence") or ""),
                    source_url=source_url,
                    document_id=doc_id,
                    span=span,
                    method=method,
                )
                out.consensus_reports += 1
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            out.skipped.append(f"{kind} {item!r:.120}: {exc}")
    if evidence:
        out.evidence = len(ledger.add_evidence(conn, evidence, cluster=cluster))
    return out
