"""Stance of every member on a question at a date, and whether consensus exists.

Membership changes (Finland votes on Sweden), so the electorate is the members on that date.
Conflicting evidence is flagged, never resolved silently; old evidence is marked stale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa

from accession.errors import UnknownQuestionError
from accession.kb import KnowledgeBase
from accession.model import Question, StanceValue
from accession.model.question import KEY_FORMS, parse_question_key
from accession.model.validate import country_name
from accession.store import ledger
from accession.store import questions as store_questions

CONFLICT_WINDOW_DAYS = 30


@dataclass
class EvidenceItem:
    id: int
    stance: str
    date: str
    quote: str
    source_url: str
    method: str
    review: str
    condition: str = ""
    document_id: int | None = None
    span: list[int] | None = None
    sources: list[str] = field(default_factory=list)


@dataclass
class MemberStance:
    iso3: str
    name: str
    stance: str
    since: str | None
    stale: bool = False
    conflict: bool = False
    condition: str = ""
    evidence: list[EvidenceItem] = field(default_factory=list)


@dataclass
class ConsensusStatus:
    question: str
    on: str
    institution: str
    rule: dict[str, str]
    status: str  # reached | blocked | unclear
    consensus_reached: bool
    blockers: list[str]
    supporters: list[str]
    conditional: list[dict[str, str]]
    undecided: list[str]
    unknown: list[str]
    coverage: float
    must_change: list[str]
    members: list[MemberStance]
    reports: list[dict[str, Any]]
    conflicts: list[str]
    stale: list[str]
    candidate: MemberStance | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in self.members:
            out[m.stance] = out.get(m.stance, 0) + 1
        return out


def resolve_question(conn: sa.Connection, kb: KnowledgeBase, key: str) -> Question:
    """A registered question (knowledge base or analyst-added), or an error listing the keys."""
    inst, action, cand = parse_question_key(key)
    norm = f"{inst}:{action}:{cand}"
    row = store_questions.get_question(conn, norm)
    if row is None:
        known = [q["key"] for q in store_questions.list_questions(conn)]
        raise UnknownQuestionError(
            f"unknown question key {key!r}; known keys: {', '.join(known)} "
            f"(register one with `accession question add`; form: {KEY_FORMS})"
        )
    dp = row["decision_point"]
    return Question(
        norm,
        row["description"],
        dt.date.fromisoformat(dp) if dp else None,
        row["decision_event"],
        row["source_url"],
    )


def electorate(kb: KnowledgeBase, question: Question, on: dt.date) -> list[str]:
    """The members whose agreement the question's rule needs on that date."""
    members = kb.members_on(question.institution, on)
    return [m for m in members if m != question.candidate]


def _items(rows: list[dict[str, Any]]) -> list[EvidenceItem]:
    """Collapse syndicated copies (same cluster, same stance) into one item with many sources."""
    out: list[EvidenceItem] = []
    by_cluster: dict[tuple[Any, str], EvidenceItem] = {}
    for r in rows:
        cluster = r.get("cluster")
        key = (cluster, r["stance"])
        if cluster is not None and key in by_cluster:
            item = by_cluster[key]
            if r["source_url"] and r["source_url"] not in item.sources:
                item.sources.append(r["source_url"])
            continue
        item = EvidenceItem(
            id=r["id"],
            stance=r["stance"],
            date=r["on_date"],
            quote=r["quote"],
            source_url=r["source_url"],
            method=r["method"],
            review=r["review"],
            condition=r.get("condition") or "",
            document_id=r.get("document_id"),
            span=[r["span_start"], r["span_end"]] if r.get("span_start") is not None else None,
            sources=[r["source_url"]] if r["source_url"] else [],
        )
        if cluster is not None:
            by_cluster[key] = item
        out.append(item)
    return out


def member_stance(
    iso3: str, rows: list[dict[str, Any]], on: dt.date, stale_days: int
) -> MemberStance:
    rows = sorted(rows, key=lambda r: (r["on_date"], r["id"]), reverse=True)
    name = country_name(iso3)
    if not rows:
        return MemberStance(iso3, name, StanceValue.UNKNOWN.value, None)
    latest = rows[0]
    latest_date = dt.date.fromisoformat(latest["on_date"])
    window = [
        r
        for r in rows
        if (latest_date - dt.date.fromisoformat(r["on_date"])).days <= CONFLICT_WINDOW_DAYS
    ]
    conflict = len({r["stance"] for r in window}) > 1
    stale = (on - latest_date).days > stale_days
    return MemberStance(
        iso3=iso3,
        name=name,
        stance=latest["stance"],
        since=latest["on_date"],
        stale=stale,
        conflict=conflict,
        condition=latest.get("condition") or "",
        evidence=_items(rows),
    )


def consensus_at(
    conn: sa.Connection,
    kb: KnowledgeBase,
    key: str,
    on: dt.date,
    include_proposed: bool = True,
    stale_days: int = 365,
) -> ConsensusStatus:
    question = resolve_question(conn, kb, key)
    members = electorate(kb, question, on)
    # the candidate's own stance is shown beside the members' (it has no vote)
    asked = [*members, question.candidate]
    rows = ledger.latest_evidence(conn, question.key, asked, on, include_proposed)
    by_member: dict[str, list[dict[str, Any]]] = {m: [] for m in asked}
    for r in rows:
        by_member[r["member_iso3"]].append(r)
    stances = [member_stance(m, by_member[m], on, stale_days) for m in members]
    candidate = member_stance(question.candidate, by_member[question.candidate], on, stale_days)

    def having(value: StanceValue) -> list[str]:
        return [s.iso3 for s in stances if s.stance == value.value]

    blockers = having(StanceValue.OPPOSE)
    supporters = having(StanceValue.SUPPORT)
    conditional = [
        {"iso3": s.iso3, "condition": s.condition} for s in stances if s.stance == "conditional"
    ]
    undecided = having(StanceValue.UNDECIDED)
    unknown = having(StanceValue.UNKNOWN)
    rule = kb.rule_for(question)
    if blockers:
        status = "blocked"
    elif members and len(supporters) == len(members):
        status = "reached"
    else:
        status = "unclear"
    must_change = blockers if blockers else [s.iso3 for s in stances if s.stance != "support"]
    reports = ledger.latest_consensus_reports(conn, question.key, on, include_proposed)
    return ConsensusStatus(
        question=question.key,
        on=on.isoformat(),
        institution=question.institution,
        rule={
            "step": question.step.value,
            "rule": rule.rule.value if rule else "consensus",
            "body": rule.body if rule else "",
            "source_url": rule.source_url if rule else "",
        },
        status=status,
        consensus_reached=status == "reached",
        blockers=blockers,
        supporters=supporters,
        conditional=conditional,
        undecided=undecided,
        unknown=unknown,
        coverage=round((len(members) - len(unknown)) / len(members), 3) if members else 0.0,
        must_change=must_change,
        members=stances,
        reports=[
            {
                "status": r["status"],
                "date": r["on_date"],
                "quote": r["quote"],
                "source_url": r["source_url"],
                "document_id": r["document_id"],
            }
            for r in reports
        ],
        conflicts=[s.iso3 for s in stances if s.conflict],
        stale=[s.iso3 for s in stances if s.stale],
        candidate=candidate,
    )


@dataclass
class Move:
    iso3: str
    name: str
    before: str
    after: str
    evidence: list[EvidenceItem]


def diff(
    conn: sa.Connection,
    kb: KnowledgeBase,
    key: str,
    start: dt.date,
    end: dt.date,
    include_proposed: bool = True,
    stale_days: int = 365,
) -> dict[str, Any]:
    """Who moved between two dates, with the evidence for each move."""
    a = consensus_at(conn, kb, key, start, include_proposed, stale_days)
    b = consensus_at(conn, kb, key, end, include_proposed, stale_days)
    before = {m.iso3: m for m in a.members}
    moves = []
    for m in b.members:
        old = before.get(m.iso3)
        old_stance = old.stance if old else "not a member"
        if old_stance != m.stance:
            moves.append(Move(m.iso3, m.name, old_stance, m.stance, m.evidence[:3]))
    return {
        "question": a.question,
        "from": a.on,
        "to": b.on,
        "status_from": a.status,
        "status_to": b.status,
        "moves": [asdict(mv) for mv in moves],
    }
