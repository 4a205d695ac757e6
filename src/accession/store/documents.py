"""Documents, what was extracted from them, ingestion batches and failures."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import sqlalchemy as sa

from accession.model import Document
from accession.model.evidence import normalise_text
from accession.store.schema import batches, documents, extractions, failures
from accession.store.util import dumps, iso, now

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def fingerprint(text: str) -> str:
    """A syndication key: the story's longest sentences, order-free, without the headline.

    Outlets re-title a wire story, add bylines and reorder paragraphs, but keep its long
    sentences; two copies share this key even when their content hashes differ.
    """
    pieces = (normalise_text(p) for p in _SENTENCE.split(text))
    sentences = [p for p in pieces if len(p.split()) >= 8]
    top = sorted(sorted(sentences, key=len, reverse=True)[:5])
    basis = "\n".join(top) if top else normalise_text(text)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def add_document(
    conn: sa.Connection, doc: Document, batch_id: int | None = None, origin: str = ""
) -> tuple[int, bool, int | None]:
    """Store a document once; return (id, created, syndication_of)."""
    h = doc.content_hash
    found = conn.execute(_BY_HASH, {"h": h}).first()
    if found is not None:
        return found.id, False, found.syndication_of
    fp = fingerprint(doc.text)
    original = conn.execute(_BY_FINGERPRINT, {"fp": fp}).scalar()
    values = {
        "content_hash": h,
        "fingerprint": fp,
        "syndication_of": original,
        "title": doc.title or "",
        "published": iso(doc.published),
        "outlet": doc.outlet or "",
        "url": doc.url or "",
        "kind": doc.kind,
        "origin": origin,
        "text": doc.text,
        "batch_id": batch_id,
        "ingested_at": now(),
    }
    new_id = conn.execute(_INSERT, values).inserted_primary_key[0]
    return new_id, True, original


# built once: compiling statements per call cost as much as the inserts themselves
_BY_HASH = sa.select(documents.c.id, documents.c.syndication_of).where(
    documents.c.content_hash == sa.bindparam("h")
)
_BY_FINGERPRINT = (
    sa.select(documents.c.id)
    .where(documents.c.fingerprint == sa.bindparam("fp"))
    .order_by(documents.c.id)
    .limit(1)
)
_INSERT = documents.insert()


_ID_BY_HASH = sa.select(documents.c.id).where(documents.c.content_hash == sa.bindparam("h"))


def document_id_by_hash(conn: sa.Connection, content_hash: str) -> int | None:
    """The id of the stored document with this content hash (ingest skips it before extracting).

    The statement is built once: ingest calls this per document, 100,000 times a batch.
    """
    return conn.execute(_ID_BY_HASH, {"h": content_hash}).scalar()


def get_document(conn: sa.Connection, doc_id: int) -> dict[str, Any] | None:
    row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).mappings().first()
    return dict(row) if row else None


def list_documents(conn: sa.Connection, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    cols = [c for c in documents.c if c.name != "text"]
    stmt = sa.select(*cols).order_by(documents.c.id.desc()).limit(limit).offset(offset)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def syndicated_copies(conn: sa.Connection, doc_id: int) -> list[dict[str, Any]]:
    root = conn.execute(
        sa.select(sa.func.coalesce(documents.c.syndication_of, documents.c.id)).where(
            documents.c.id == doc_id
        )
    ).scalar()
    stmt = sa.select(documents.c.id, documents.c.outlet, documents.c.url, documents.c.title).where(
        sa.or_(documents.c.id == root, documents.c.syndication_of == root)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def add_extractions(
    conn: sa.Connection,
    document_id: int,
    items: list[tuple[str, int | None, int | None, dict]],
    method: str,
) -> None:
    if items:
        conn.execute(
            extractions.insert(),
            [
                {
                    "document_id": document_id,
                    "kind": kind,
                    "start": start,
                    "end": end,
                    "payload": dumps(payload),
                    "method": method,
                }
                for kind, start, end, payload in items
            ],
        )


def get_extractions(conn: sa.Connection, document_id: int) -> list[dict[str, Any]]:
    stmt = (
        sa.select(extractions)
        .where(extractions.c.document_id == document_id)
        .order_by(extractions.c.start, extractions.c.id)
    )
    return [dict(r) for r in conn.execute(stmt).mappings()]


def start_batch(conn: sa.Connection, kind: str, code_version: str, config: dict) -> int:
    return conn.execute(
        batches.insert().values(
            kind=kind, started_at=now(), code_version=code_version, config=dumps(config)
        )
    ).inserted_primary_key[0]


def finish_batch(conn: sa.Connection, batch_id: int, counts: dict) -> None:
    conn.execute(
        batches.update()
        .where(batches.c.id == batch_id)
        .values(finished_at=now(), counts=dumps(counts))
    )


def record_failure(
    conn: sa.Connection, batch_id: int | None, item: str, stage: str, reason: str, message: str
) -> None:
    conn.execute(
        failures.insert().values(
            batch_id=batch_id, item=item, stage=stage, reason=reason, message=message, at=now()
        )
    )


def list_failures(conn: sa.Connection, batch_id: int | None = None) -> list[dict[str, Any]]:
    stmt = sa.select(failures).order_by(failures.c.id)
    if batch_id is not None:
        stmt = stmt.where(failures.c.batch_id == batch_id)
    return [dict(r) for r in conn.execute(stmt).mappings()]
