"""What each endpoint and its page show, computed once: the JSON endpoint returns it, the
page renders it. Keeping the data here is what makes every page the twin of an endpoint.

Only library functions are called (analysis, store, knowledge base); no SQL lives here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from accession.analysis.consensus import consensus_at, resolve_question
from accession.app import App
from accession.errors import NotFoundError
from accession.kb import KnowledgeBase
from accession.model.institution import institution_key
from accession.model.validate import country_name
from accession.store import documents as store_documents
from accession.store import forecasts as store_forecasts
from accession.store import ledger
from accession.store import questions as store_questions


def questions(conn: sa.Connection) -> list[dict[str, Any]]:
    out = []
    for q in store_questions.list_questions(conn):
        inst, action, cand = q["key"].split(":")
        out.append(
            {
                "key": q["key"],
                "institution": inst,
                "action": action,
                "candidate": cand,
                "candidate_name": country_name(cand),
                "description": q["description"],
                "decision_point": q["decision_point"],
                "decision_event": q["decision_event"],
                "source_url": q["source_url"],
                "origin": q["origin"],
            }
        )
    return out


def status(app: App, conn: sa.Connection, key: str, on: dt.date) -> dict[str, Any]:
    """Exactly `ConsensusStatus.to_dict()`: the API adds nothing, so the CLI's JSON matches."""
    s = app.settings
    return consensus_at(conn, app.kb, key, on, s.include_proposed, s.stale_days).to_dict()


def newest_evidence_date(app: App, conn: sa.Connection, key: str) -> dt.date | None:
    """The date of the newest evidence on a question (index seeks per member, no scan)."""
    question = resolve_question(conn, app.kb, key)
    inst = question.institution
    members = sorted({m.member for m in app.kb.memberships if m.institution == inst})
    rows = ledger.latest_evidence(
        conn, question.key, members, dt.date.max, app.settings.include_proposed, per_member=1
    )
    days = [r["on_date"] for r in rows]
    return dt.date.fromisoformat(max(days)) if days else None


def members(kb: KnowledgeBase, institution: str, on: dt.date) -> dict[str, Any]:
    inst = institution_key(institution)
    joined = {m.member: m for m in kb.memberships if m.institution == inst and m.active_on(on)}
    return {
        "institution": inst,
        "on": on.isoformat(),
        "count": len(joined),
        "members": [
            {
                "iso3": iso,
                "name": country_name(iso),
                "joined": joined[iso].joined.isoformat(),
                "source_url": joined[iso].source_url,
            }
            for iso in sorted(joined)
        ],
    }


def _days(a: dt.date | None, b: dt.date | None) -> int | None:
    return (b - a).days if a and b else None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def history(kb: KnowledgeBase, institution: str = "NATO") -> dict[str, Any]:
    """Every enlargement round with each member's ratification in days from signature."""
    inst = institution_key(institution)
    rounds: dict[str, list[dict[str, Any]]] = {}
    for case in kb.cases:
        if case.institution != inst:
            continue
        rats = []
        for r in kb.ratifications_of(inst, case.candidate):
            day = r.approved or r.deposited
            rats.append(
                {
                    "member": r.member,
                    "name": country_name(r.member),
                    "approved": _iso(r.approved),
                    "deposited": _iso(r.deposited),
                    "days_from_signature": _days(case.protocol_signed, day),
                    "approved_by": r.approved_by,
                    "source_url": r.source_url,
                }
            )
        rats.sort(key=lambda x: (x["days_from_signature"] is None, x["days_from_signature"]))
        holdouts = [
            h
            for h in kb.holdouts
            if h["institution"] == inst and h["candidate_iso3"] == case.candidate
        ]
        rounds.setdefault(case.round, []).append(
            {
                "candidate": case.candidate,
                "name": country_name(case.candidate),
                "application": _iso(case.application),
                "invitation": _iso(case.invitation),
                "invitation_event": case.invitation_event,
                "protocol_signed": _iso(case.protocol_signed),
                "accession": _iso(case.accession),
                "days_signature_to_accession": _days(case.protocol_signed, case.accession),
                "source_url": case.source_url,
                "ratifications": rats,
                "holdouts": [
                    {
                        "member": h["member_iso3"],
                        "action": h["action"],
                        "start": h["start_date"],
                        "end": h["end_date"],
                        "issue": h["issue"],
                        "source_url": h["source_url"],
                    }
                    for h in holdouts
                ],
            }
        )
    founders = sorted(
        m.member
        for m in kb.memberships
        if m.institution == inst and not any(c.candidate == m.member for c in kb.cases)
    )
    return {
        "institution": inst,
        "founders": founders,
        "rounds": [{"round": name, "cases": cases} for name, cases in rounds.items()],
        "membership": membership_steps(kb, inst),
    }


def membership_steps(kb: KnowledgeBase, inst: str) -> list[dict[str, Any]]:
    """Number of members after each change, for the timeline."""
    events: dict[str, list[str]] = {}
    for m in kb.memberships:
        if m.institution == inst:
            events.setdefault(m.joined.isoformat(), []).append(m.member)
    out, count = [], 0
    for day in sorted(events):
        count += len(events[day])
        out.append({"date": day, "joined": sorted(events[day]), "count": count})
    return out


@dataclass(frozen=True)
class EvidenceFilter:
    """The evidence list's filters (grouped, so the endpoint and the page share them)."""

    question: str | None = None
    member: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None
    review: str | None = None
    document_id: int | None = None


def evidence(
    conn: sa.Connection, f: EvidenceFilter, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """One page of evidence, newest first; `next_offset` is null on the last page."""
    rows = ledger.list_evidence(
        conn,
        question=f.question,
        member=f.member.upper() if f.member else None,
        since=f.since,
        until=f.until,
        review=f.review,
        source=f.source,
        document_id=f.document_id,
        limit=limit + 1,
        offset=offset,
    )
    more = len(rows) > limit
    items = [_evidence_out(r) for r in rows[:limit]]
    return {
        "items": items,
        "count": len(items),
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def _evidence_out(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: r[k] for k in r if k not in ("content_key",)}
    out["member_name"] = country_name(r["member_iso3"])
    out["span"] = [r["span_start"], r["span_end"]] if r["span_start"] is not None else None
    return out


def evidence_item(conn: sa.Connection, evidence_id: int) -> dict[str, Any]:
    h = ledger.evidence_history(conn, evidence_id)
    return {
        "evidence": _evidence_out(h["evidence"]),
        "reviews": h["reviews"],
        "supersedes": [_evidence_out(r) for r in h["supersedes"]],
    }


def documents(conn: sa.Connection, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    rows = store_documents.list_documents(conn, limit=limit + 1, offset=offset)
    items = [{k: v for k, v in r.items() if k != "fingerprint"} for r in rows[:limit]]
    return {
        "items": items,
        "count": len(items),
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(rows) > limit else None,
    }


def document(conn: sa.Connection, doc_id: int) -> dict[str, Any]:
    """The text, what was extracted from it (with character offsets) and its evidence."""
    doc = store_documents.get_document(conn, doc_id)
    if doc is None:
        raise NotFoundError(f"no document #{doc_id}; list documents at /api/documents")
    spans = []
    for x in store_documents.get_extractions(conn, doc_id):
        try:
            payload = json.loads(x["payload"])
        except (TypeError, ValueError):
            payload = {}
        spans.append(
            {
                "id": x["id"],
                "kind": x["kind"],
                "start": x["start"],
                "end": x["end"],
                "method": x["method"],
                "payload": payload,
            }
        )
    ev = ledger.list_evidence(conn, document_id=doc_id, limit=500)
    return {
        "document": {k: v for k, v in doc.items() if k != "fingerprint"},
        "extractions": spans,
        "evidence": [_evidence_out(r) for r in ev],
        "syndicated_copies": store_documents.syndicated_copies(conn, doc_id),
    }


def forecasts(conn: sa.Connection, subject: str | None = None, limit: int = 50) -> dict[str, Any]:
    items = store_forecasts.list_forecasts(conn, subject=subject, limit=limit)
    return {"items": items, "count": len(items), "forecast_package": forecast_package()}


def forecast(conn: sa.Connection, app: App, key: str) -> dict[str, Any]:
    """The newest stored forecast for a subject, and the older ones (newest first)."""
    items = store_forecasts.list_forecasts(conn, subject=key, limit=20)
    if not items:
        resolve_question(conn, app.kb, key)  # an unknown key is E012, not "no forecast"
        raise NotFoundError(
            f"no forecast stored for {key!r} yet"
            + (
                "; run `accession forecast` to make one"
                if forecast_package()
                else " (the forecast package is not available yet)"
            )
        )
    return {"subject": key, "latest": items[0], "older": items[1:]}


def forecast_package() -> bool:
    """Whether accession.forecast can make forecasts in this installation."""
    try:
        import accession.forecast as pkg
    except ImportError:
        return False
    return bool(getattr(pkg, "__all__", None) or getattr(pkg, "__file__", None))
