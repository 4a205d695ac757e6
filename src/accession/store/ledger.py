"""The evidence ledger: append-only stance evidence, reviews and question-level reports.

Nothing is deleted: a correction is a new row that supersedes an old one, a review is a new
row in `evidence_reviews` (the `review` column on `evidence` caches the latest for speed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

import sqlalchemy as sa

from accession.errors import NotFoundError, ValidationError
from accession.model import Evidence, ReviewState
from accession.store.schema import consensus_reports, evidence, evidence_reviews
from accession.store.util import iso, key_of, now

EVIDENCE_COLUMNS = (
    "content_key",
    "question",
    "member_iso3",
    "stance",
    "on_date",
    "quote",
    "condition",
    "source_url",
    "document_id",
    "span_start",
    "span_end",
    "method",
    "review",
    "supersedes",
    "cluster",
    "created_at",
)


_TEXT_DEFAULTS = frozenset({"quote", "condition", "source_url"})


def evidence_key(row: dict[str, Any]) -> str:
    return key_of(
        row["question"],
        row["member_iso3"],
        row["stance"],
        row["on_date"],
        row.get("quote", ""),
        row.get("source_url", ""),
        row.get("document_id"),
        row.get("span_start"),
        row.get("method", ""),
        row.get("supersedes"),
    )


def evidence_row(ev: Evidence, cluster: int | None = None) -> dict[str, Any]:
    """The ledger row for a domain Evidence item (with its content key)."""
    row = {
        "question": ev.stance.question,
        "member_iso3": ev.stance.member,
        "stance": ev.stance.value.value,
        "on_date": ev.stance.on.isoformat(),
        "quote": ev.quote,
        "condition": ev.condition,
        "source_url": ev.source_url,
        "document_id": ev.document_id,
        "span_start": ev.span.start if ev.span else None,
        "span_end": ev.span.end if ev.span else None,
        "method": ev.method,
        "review": ev.review.value,
        "supersedes": ev.supersedes,
        "cluster": cluster if cluster is not None else ev.document_id,
        "created_at": now(),
    }
    row["content_key"] = evidence_key(row)
    return row


def _insert_ignore(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> int:
    """INSERT ... ON CONFLICT (content_key) DO NOTHING, on either dialect; returns rows added."""
    if not rows:
        return 0
    dialect = conn.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert
    stmt = insert(table).on_conflict_do_nothing(index_elements=["content_key"])
    if dialect == "sqlite":
        # sqlite3's executemany sums rowcount, and skipped conflicts count zero
        return max(conn.execute(stmt, rows).rowcount or 0, 0)
    # psycopg's batched inserts report no rowcount: count the ids actually returned
    return len(conn.execute(stmt.returning(table.c.id), rows).all())


def add_evidence(
    conn: sa.Connection, items: Iterable[Evidence], cluster: int | None = None
) -> list[int]:
    """Append items (idempotent by content key); return their ids, new or existing.

    `cluster` groups syndicated copies (the original document's id) so analysis counts one
    statement once with several sources; by default each item's own document id.
    """
    rows = [evidence_row(ev, cluster) for ev in items]
    for row in rows:
        if row["supersedes"] is not None:
            old = conn.execute(
                sa.select(evidence.c.id).where(evidence.c.id == row["supersedes"])
            ).first()
            if old is None:
                raise NotFoundError(f"evidence #{row['supersedes']} to supersede does not exist")
    _insert_ignore(conn, evidence, rows)
    keys = [r["content_key"] for r in rows]
    found = dict(
        conn.execute(
            sa.select(evidence.c.content_key, evidence.c.id).where(evidence.c.content_key.in_(keys))
        ).all()
    )
    ids = [found[k] for k in keys]
    for row, new_id in zip(rows, ids, strict=True):
        if row["supersedes"] is not None:
            conn.execute(
                evidence.update()
                .where(evidence.c.id == row["supersedes"])
                .where(evidence.c.superseded_by.is_(None))
                .values(superseded_by=new_id)
            )
    return ids


def bulk_load(
    engine: sa.Engine, rows: Iterable[dict[str, Any]], chunk_size: int = 50_000
) -> Iterator[tuple[int, int]]:
    """Load prepared rows in chunks, one transaction each; yields (seen, added) per chunk.

    Each chunk commits whole or not at all, and the content key makes a rerun add nothing
    twice, so a killed load is resumed by running it again.
    """
    it = iter(rows)
    stamp = now()
    cols = ", ".join(f'"{c}"' for c in EVIDENCE_COLUMNS)
    while True:
        chunk = list(islice(it, chunk_size))
        if not chunk:
            return
        tuples = []
        for r in chunk:
            r.setdefault("created_at", stamp)
            r.setdefault("review", ReviewState.PROPOSED.value)
            if not r.get("content_key"):
                r["content_key"] = evidence_key(r)
            tuples.append(
                tuple(r.get(c, "" if c in _TEXT_DEFAULTS else None) for c in EVIDENCE_COLUMNS)
            )
        # inserting in key order keeps the unique index's page splits local
        tuples.sort(key=lambda t: t[0])
        with engine.begin() as conn:
            added = _bulk_insert(conn, cols, tuples)
        yield len(chunk), added


def _bulk_insert(conn: sa.Connection, cols: str, tuples: list[tuple]) -> int:
    """The driver's own executemany: SQLAlchemy's per-row bookkeeping costs more than SQLite."""
    raw = conn.connection.dbapi_connection
    cur = raw.cursor()
    if conn.dialect.name == "sqlite":
        # fewer, larger checkpoints while loading: the WAL is folded back in big sequential runs
        cur.execute("PRAGMA wal_autocheckpoint=20000")
        marks = ", ".join("?" for _ in EVIDENCE_COLUMNS)
        cur.executemany(f"INSERT OR IGNORE INTO evidence ({cols}) VALUES ({marks})", tuples)
        return max(cur.rowcount, 0)
    marks = ", ".join("%s" for _ in EVIDENCE_COLUMNS)
    before = cur.execute("SELECT count(*) FROM evidence").fetchone()[0]
    cur.executemany(
        f"INSERT INTO evidence ({cols}) VALUES ({marks}) ON CONFLICT (content_key) DO NOTHING",
        tuples,
    )
    return cur.execute("SELECT count(*) FROM evidence").fetchone()[0] - before


def review_evidence(
    conn: sa.Connection, evidence_id: int, review: str, reviewer: str = "", note: str = ""
) -> None:
    state = ReviewState(review) if review in {r.value for r in ReviewState} else None
    if state is None:
        raise ValidationError(
            f"unknown review state {review!r}; allowed: " + ", ".join(r.value for r in ReviewState)
        )
    found = conn.execute(sa.select(evidence.c.id).where(evidence.c.id == evidence_id)).first()
    if found is None:
        raise NotFoundError(f"no evidence #{evidence_id}; list ids with `accession stance list`")
    conn.execute(
        evidence_reviews.insert().values(
            evidence_id=evidence_id, review=state.value, reviewer=reviewer, note=note, at=now()
        )
    )
    conn.execute(evidence.update().where(evidence.c.id == evidence_id).values(review=state.value))


def evidence_history(conn: sa.Connection, evidence_id: int) -> dict[str, Any]:
    row = conn.execute(sa.select(evidence).where(evidence.c.id == evidence_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no evidence #{evidence_id}")
    reviews = conn.execute(
        sa.select(evidence_reviews)
        .where(evidence_reviews.c.evidence_id == evidence_id)
        .order_by(evidence_reviews.c.id)
    ).mappings()
    chain = []
    prev = row["supersedes"]
    while prev is not None:
        older = conn.execute(sa.select(evidence).where(evidence.c.id == prev)).mappings().first()
        if older is None:
            break
        chain.append(dict(older))
        prev = older["supersedes"]
    return {"evidence": dict(row), "reviews": [dict(r) for r in reviews], "supersedes": chain}


def review_filter(include_proposed: bool) -> list[str]:
    if include_proposed:
        return [ReviewState.CONFIRMED.value, ReviewState.PROPOSED.value]
    return [ReviewState.CONFIRMED.value]


# PostgreSQL plans 32 UNION ALL branches slowly; one LATERAL index probe per member is ~10x
# faster there. SQLite has no LATERAL, and its UNION ALL of LIMIT subqueries is fast.
_LATEST_PG = sa.text(
    """
    SELECT e.* FROM unnest(CAST(:members AS text[])) AS m(iso3)
    CROSS JOIN LATERAL (
      SELECT * FROM evidence
      WHERE question = :q AND member_iso3 = m.iso3 AND on_date <= :d
        AND review = ANY(CAST(:reviews AS text[])) AND superseded_by IS NULL
      ORDER BY on_date DESC, id DESC LIMIT :k) e
    """
)


def latest_evidence(
    conn: sa.Connection,
    question: str,
    members: list[str],
    on: dt.date,
    include_proposed: bool = True,
    per_member: int = 5,
) -> list[dict[str, Any]]:
    """The newest `per_member` valid items per member on a date: one query, index seeks only."""
    if not members:
        return []
    reviews = review_filter(include_proposed)
    if conn.dialect.name == "postgresql":
        params = {
            "members": members,
            "q": question,
            "d": on.isoformat(),
            "reviews": reviews,
            "k": per_member,
        }
        return [dict(r) for r in conn.execute(_LATEST_PG, params).mappings()]
    params: dict[str, Any] = {"q": question, "d": on.isoformat(), "k": per_member}
    params.update({f"r{i}": r for i, r in enumerate(reviews)})
    params.update({f"m{i}": m for i, m in enumerate(members)})
    return [
        dict(r) for r in conn.execute(_latest_sqlite(len(members), len(reviews)), params).mappings()
    ]


@lru_cache(maxsize=64)
def _latest_sqlite(n_members: int, n_reviews: int) -> sa.TextClause:
    """One UNION ALL branch per member, each an index seek with LIMIT; built once per shape
    (compiling 32 SQLAlchemy selects cost more than running them)."""
    reviews = ", ".join(f":r{i}" for i in range(n_reviews))
    branch = (
        "SELECT * FROM (SELECT * FROM evidence WHERE question = :q AND member_iso3 = :m{i} "
        f"AND on_date <= :d AND review IN ({reviews}) AND superseded_by IS NULL "
        "ORDER BY on_date DESC, id DESC LIMIT :k)"
    )
    return sa.text(" UNION ALL ".join(branch.format(i=i) for i in range(n_members)))


def list_evidence(
    conn: sa.Connection,
    question: str | None = None,
    member: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    review: str | None = None,
    source: str | None = None,
    document_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    stmt = sa.select(evidence)
    if question:
        stmt = stmt.where(evidence.c.question == question)
    if member:
        stmt = stmt.where(evidence.c.member_iso3 == member)
    if since:
        stmt = stmt.where(evidence.c.on_date >= since.isoformat())
    if until:
        stmt = stmt.where(evidence.c.on_date <= until.isoformat())
    if review:
        stmt = stmt.where(evidence.c.review == review)
    if source:
        stmt = stmt.where(evidence.c.source_url.contains(source))
    if document_id is not None:
        stmt = stmt.where(evidence.c.document_id == document_id)
    stmt = (
        stmt.order_by(evidence.c.on_date.desc(), evidence.c.id.desc()).limit(limit).offset(offset)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def iter_evidence(conn: sa.Connection, question: str | None = None) -> Iterator[dict[str, Any]]:
    stmt = sa.select(evidence).order_by(evidence.c.id)
    if question:
        stmt = stmt.where(evidence.c.question == question)
    for r in conn.execution_options(stream_results=True, yield_per=5000).execute(stmt).mappings():
        yield dict(r)


def count_evidence(conn: sa.Connection, methods: tuple[str, ...] = ()) -> int:
    stmt = sa.select(sa.func.count()).select_from(evidence)
    if methods:
        stmt = stmt.where(evidence.c.method.in_(methods))
    return conn.execute(stmt).scalar_one()


# ---- question-level reports ("no consensus among the 32 members") -------------------------
def add_consensus_report(
    conn: sa.Connection,
    question: str,
    status: str,
    on: dt.date,
    quote: str = "",
    source_url: str = "",
    document_id: int | None = None,
    span: tuple[int, int] | None = None,
    method: str = "analyst",
    review: str = ReviewState.PROPOSED.value,
) -> int:
    allowed = ("reached", "not_reached", "unclear")
    if status not in allowed:
        raise ValidationError(f"unknown consensus status {status!r}; allowed: {', '.join(allowed)}")
    row = {
        "question": question,
        "status": status,
        "on_date": iso(on),
        "quote": quote,
        "source_url": source_url,
        "document_id": document_id,
        "span_start": span[0] if span else None,
        "span_end": span[1] if span else None,
        "method": method,
        "review": review,
        "created_at": now(),
    }
    row["content_key"] = key_of(question, status, row["on_date"], quote, source_url, document_id)
    _insert_ignore(conn, consensus_reports, [row])
    return conn.execute(
        sa.select(consensus_reports.c.id).where(
            consensus_reports.c.content_key == row["content_key"]
        )
    ).scalar_one()


def latest_consensus_reports(
    conn: sa.Connection, question: str, on: dt.date, include_proposed: bool = True, limit: int = 5
) -> list[dict[str, Any]]:
    stmt = (
        sa.select(consensus_reports)
        .where(
            consensus_reports.c.question == question,
            consensus_reports.c.on_date <= on.isoformat(),
            consensus_reports.c.review.in_(review_filter(include_proposed)),
        )
        .order_by(consensus_reports.c.on_date.desc(), consensus_reports.c.id.desc())
        .limit(limit)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]
