"""Registered questions: those from the knowledge base and those analysts add."""

from __future__ import annotations

import sqlalchemy as sa

from accession.model import Question
from accession.store.schema import meta, questions
from accession.store.util import iso, now


def upsert_questions(conn: sa.Connection, items: list[Question], origin: str = "kb") -> int:
    existing = set(conn.scalars(sa.select(questions.c.key)))
    new = [q for q in items if q.key not in existing]
    if new:
        conn.execute(
            questions.insert(),
            [
                {
                    "key": q.key,
                    "description": q.description,
                    "decision_point": iso(q.decision_point),
                    "decision_event": q.decision_event,
                    "source_url": q.source_url,
                    "origin": origin,
                    "created_at": now(),
                }
                for q in new
            ],
        )
    return len(new)


def list_questions(conn: sa.Connection) -> list[dict]:
    rows = conn.execute(sa.select(questions).order_by(questions.c.key)).mappings()
    return [dict(r) for r in rows]


def get_question(conn: sa.Connection, key: str) -> dict | None:
    row = conn.execute(sa.select(questions).where(questions.c.key == key)).mappings().first()
    return dict(row) if row else None


def get_meta(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()


def set_meta(conn: sa.Connection, key: str, value: str) -> None:
    if get_meta(conn, key) is None:
        conn.execute(meta.insert().values(key=key, value=value, updated_at=now()))
    else:
        conn.execute(meta.update().where(meta.c.key == key).values(value=value, updated_at=now()))
