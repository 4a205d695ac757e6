"""Evidence derived from the knowledge base, so history can be replayed through the ledger.

A ratification is support from the day national approval ended; a holdout episode is
opposition from its start, and support from its end when that end was a decision to go ahead.
Rows are confirmed (they are sourced facts) and keyed by content, so replaying twice adds
nothing.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from accession.kb import KnowledgeBase
from accession.model import Evidence, Question, ReviewState, Stance, StanceValue
from accession.model.validate import country_name
from accession.store import ledger
from accession.store import questions as store_questions

RATIFICATION_METHOD = "kb.ratifications.v1"
HOLDOUT_METHOD = "kb.holdouts.v1"
REPLAY_REVIEWER = "kb-replay"


def history_questions(kb: KnowledgeBase) -> list[Question]:
    """`INSTITUTION:admit:CANDIDATE` for every case whose ratifications the KB records, and
    every question a recorded holdout episode was about."""
    have = {(r.institution, r.candidate) for r in kb.ratifications}
    out = []
    for case in kb.cases:
        if (case.institution, case.candidate) in have:
            key = f"{case.institution}:admit:{case.candidate}"
            if key in kb.questions:
                out.append(kb.questions[key])
            else:
                out.append(
                    Question(
                        key,
                        f"Ratification of the accession of {country_name(case.candidate)} "
                        f"({case.round} round)",
                        case.protocol_signed,
                        "protocol signature",
                        case.source_url,
                    )
                )
    seen = {q.key for q in out}
    for h in kb.holdouts:
        key = f"{h['institution']}:{h['action']}:{h['candidate_iso3']}"
        if key in seen:
            continue
        seen.add(key)
        out.append(
            kb.questions.get(key)
            or Question(
                key,
                f"{h['institution']} {h['action']}: {country_name(h['candidate_iso3'])} "
                "(from a recorded holdout episode)",
                None,
                "",
                h["source_url"],
            )
        )
    return out


def kb_evidence(kb: KnowledgeBase) -> list[Evidence]:
    items: list[Evidence] = []
    for r in kb.ratifications:
        # a deposit proves the approval was complete by then, when the approval date is unknown
        day = r.approved or r.deposited
        if day is None:
            continue
        how = r.approved_by if r.approved else "instrument deposited; approval date unknown"
        items.append(
            Evidence(
                Stance(f"{r.institution}:admit:{r.candidate}", r.member, StanceValue.SUPPORT, day),
                quote=f"{r.member} ratified the accession protocol" + (f" ({how})" if how else ""),
                source_url=r.source_url,
                method=RATIFICATION_METHOD,
                review=ReviewState.CONFIRMED,
            )
        )
    for h in kb.holdouts:
        key = f"{h['institution']}:{h['action']}:{h['candidate_iso3']}"
        start = dt.date.fromisoformat(h["start_date"]) if h["start_date"] else None
        end = dt.date.fromisoformat(h["end_date"]) if h["end_date"] else None
        if start is not None:
            items.append(
                Evidence(
                    Stance(key, h["member_iso3"], StanceValue.OPPOSE, start),
                    quote=f"Holdout: {h['issue']}".strip(),
                    source_url=h["source_url"],
                    method=HOLDOUT_METHOD,
                    review=ReviewState.CONFIRMED,
                    condition=h["issue"],
                )
            )
        if end is not None and h["action"] != "admit":
            # for `admit` the ratification row itself records the end of the holdout
            went_ahead = _decision_taken(kb, h, end)
            items.append(
                Evidence(
                    Stance(
                        key,
                        h["member_iso3"],
                        StanceValue.SUPPORT if went_ahead else StanceValue.UNDECIDED,
                        end,
                    ),
                    quote=f"Holdout ended: {h['ended_by']}".strip(),
                    source_url=h["source_url"],
                    method=HOLDOUT_METHOD,
                    review=ReviewState.CONFIRMED,
                )
            )
    return items


def _decision_taken(kb: KnowledgeBase, h: dict[str, str], end: dt.date) -> bool:
    """Whether the holdout ended because the decision was taken (an invitation issued near
    its end). A lifted objection without a decision is not support: it leaves `undecided`."""
    if h["action"] != "invite":
        return False
    return any(
        case.institution == h["institution"]
        and case.candidate == h["candidate_iso3"]
        and case.invitation is not None
        and abs((case.invitation - end).days) <= 60
        for case in kb.cases
    )


def replay_history(conn: sa.Connection, kb: KnowledgeBase) -> int:
    """Register history questions and load KB-derived evidence; returns evidence rows added."""
    questions = history_questions(kb)
    store_questions.upsert_questions(conn, questions, origin="kb")
    known = {q["key"] for q in store_questions.list_questions(conn)}
    items = [ev for ev in kb_evidence(kb) if ev.stance.question in known]
    before = ledger.count_evidence(conn)
    ids = ledger.add_evidence(conn, items)
    retire_stale(conn, set(ids), kb.version)
    return ledger.count_evidence(conn) - before


def retire_stale(conn: sa.Connection, current: set[int], version: str) -> int:
    """Reject KB-derived rows that the knowledge base no longer asserts (a date corrected or
    emptied since an earlier replay), with a review note, so a long-lived database follows
    the KB's corrections; the rows stay in the ledger with their review history."""
    ev = ledger.evidence
    stale = [
        row_id
        for (row_id,) in conn.execute(
            sa.select(ev.c.id).where(
                ev.c.method.in_((RATIFICATION_METHOD, HOLDOUT_METHOD)),
                ev.c.review != ReviewState.REJECTED.value,
            )
        )
        if row_id not in current
    ]
    for row_id in stale:
        ledger.review_evidence(
            conn,
            row_id,
            ReviewState.REJECTED.value,
            reviewer=REPLAY_REVIEWER,
            note=f"no longer asserted by the knowledge base (version {version})",
        )
    # rows this replay retired earlier and the knowledge base asserts again come back
    rv = ledger.evidence_reviews
    last = (
        sa.select(rv.c.evidence_id, sa.func.max(rv.c.id).label("last_id"))
        .group_by(rv.c.evidence_id)
        .subquery()
    )
    retired = conn.execute(
        sa.select(ev.c.id)
        .join(last, last.c.evidence_id == ev.c.id)
        .join(rv, rv.c.id == last.c.last_id)
        .where(ev.c.review == ReviewState.REJECTED.value, rv.c.reviewer == REPLAY_REVIEWER)
    ).scalars()
    for row_id in [i for i in retired if i in current]:
        ledger.review_evidence(
            conn,
            row_id,
            ReviewState.CONFIRMED.value,
            reviewer=REPLAY_REVIEWER,
            note=f"asserted again by the knowledge base (version {version})",
        )
    return len(stale)
