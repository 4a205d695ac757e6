"""Writes: add evidence, review evidence, ingest a document. Each needs the bearer token.

Why the rule is "no token configured → read-only" rather than "open": a server started for a
look at the dashboard must not accept writes from anything that can reach its port.
"""

from __future__ import annotations

import datetime as dt
import hmac
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, Field

from accession.analysis.consensus import resolve_question
from accession.app import App
from accession.errors import InputError, NotFoundError, PermissionDenied
from accession.model import Document, Evidence, ReviewState, Span, Stance
from accession.model.evidence import content_hash
from accession.store import documents as store_documents
from accession.store import ledger
from accession.web.api import MAX_ID, app_of
from accession.web.errors import WRITE_RESPONSES, AuthRequired

MAX_TEXT = 2_000_000  # characters in a posted document (the settings' byte cap also applies)


def require_token(request: Request) -> App:
    """403 when the server has no token (read-only), 401 when the request lacks the token."""
    app = app_of(request)
    token = app.settings.api_token
    if not token:
        raise PermissionDenied(
            "this server is read-only: no api_token is configured "
            "(set ACCESSION_API_TOKEN and restart `accession serve` to allow writes)"
        )
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip(), token):
        raise AuthRequired("writes need the header `Authorization: Bearer <api_token>`")
    return app


Writer = Annotated[App, Depends(require_token)]
router = APIRouter(prefix="/api", responses=WRITE_RESPONSES)


class EvidenceIn(BaseModel):
    question: str = Field(max_length=40, examples=["NATO:invite:UKR"])
    member: str = Field(pattern=r"^[A-Za-z]{3}$", examples=["HUN"])
    stance: str = Field(max_length=12, examples=["oppose"])
    on: dt.date
    quote: str = Field("", max_length=5000)
    source_url: str = Field("", max_length=2000)
    condition: str = Field("", max_length=2000)
    document_id: int | None = Field(None, ge=1, le=MAX_ID)
    span_start: int | None = Field(None, ge=0, le=MAX_ID)
    span_end: int | None = Field(None, ge=0, le=MAX_ID)
    review: ReviewState = ReviewState.PROPOSED
    supersedes: int | None = Field(None, ge=1, le=MAX_ID)


class ReviewIn(BaseModel):
    review: ReviewState
    reviewer: str = Field("", max_length=200)
    note: str = Field("", max_length=2000)


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    title: str = Field("", max_length=1000)
    url: str = Field("", max_length=2000)
    outlet: str = Field("", max_length=200)
    published: dt.date | None = None
    extract: bool = True


@router.post("/evidence", status_code=201, summary="Add an evidence item (analyst entry)")
def add_evidence(body: EvidenceIn, app: Writer) -> dict[str, Any]:
    span = None
    if body.span_start is not None or body.span_end is not None:
        span = Span(body.span_start or 0, body.span_end or 0)
    with app.store.write() as conn:
        question = resolve_question(conn, app.kb, body.question)
        item = Evidence(
            Stance(question.key, body.member, body.stance, body.on),
            quote=body.quote,
            source_url=body.source_url,
            document_id=body.document_id,
            span=span,
            method="analyst.api",
            review=body.review,
            condition=body.condition,
            supersedes=body.supersedes,
        )
        if body.document_id is not None:
            _require_document(conn, body.document_id)
        [new_id] = ledger.add_evidence(conn, [item])
    return {"ok": True, "id": new_id}


def _require_document(conn: Any, doc_id: int) -> None:
    if store_documents.get_document(conn, doc_id) is None:
        raise NotFoundError(f"no document #{doc_id} to attach the evidence to")


@router.post("/evidence/{evidence_id}/review", summary="Confirm or reject an evidence item")
def review_evidence(
    body: ReviewIn, app: Writer, evidence_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> dict[str, Any]:
    with app.store.write() as conn:
        ledger.review_evidence(conn, evidence_id, body.review.value, body.reviewer, body.note)
    return {"ok": True, "id": evidence_id, "review": body.review.value}


@router.post("/documents", status_code=201, summary="Ingest a document (extract when available)")
def ingest_document(body: DocumentIn, app: Writer) -> dict[str, Any]:
    """Through the ingest pipeline when it is installed; else the document is stored as is."""
    doc = Document(
        body.text, body.title, body.published, body.outlet, body.url, kind="json"
    )  # validates (empty text is E001) before anything is stored
    summary, note = _ingest(app, body)
    if summary.get("failed") and not summary.get("ingested") and not summary.get("duplicates"):
        first = (summary.get("failures") or [{}])[0]
        raise InputError(f"the document was not stored: {first.get('message', 'unreadable')}")
    with app.store.read() as conn:
        doc_id = store_documents.document_id_by_hash(conn, content_hash(doc.text))
    return {"ok": True, "id": doc_id, "summary": summary, "note": note}


def _ingest(app: App, body: DocumentIn) -> tuple[dict[str, Any], str]:
    try:
        from accession.ingest import ExtractorUnavailable, IngestOptions, ingest_paths
    except ImportError:
        doc = Document(body.text, body.title, body.published, body.outlet, body.url, "json")
        with app.store.write() as conn:
            _, created, _ = store_documents.add_document(conn, doc, origin="api")
        summary = {"ingested": int(created), "duplicates": int(not created), "failed": 0}
        return summary, "stored without extraction: the ingest pipeline is not available yet"
    record = {
        "text": body.text,
        "title": body.title,
        "url": body.url,
        "outlet": body.outlet,
        "published": body.published.isoformat() if body.published else None,
    }
    data = json.dumps(record).encode("utf-8")
    note = ""
    try:
        summary = ingest_paths(
            app, ["-"], IngestOptions(extract=body.extract), stdin=io.BytesIO(data)
        )
    except ExtractorUnavailable:
        summary = ingest_paths(app, ["-"], IngestOptions(extract=False), stdin=io.BytesIO(data))
        note = "stored without extraction: the extractor is not available yet"
    return summary.to_dict(), note
