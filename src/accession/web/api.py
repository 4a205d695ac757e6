"""The read-only JSON API under /api/: questions, status, members, history, evidence,
documents, forecasts. Each handler is a thin call into `queries`, which the pages share.

Handlers are plain `def`: they run in the thread pool, and each opens one read connection.
Parameters carry their bounds (ids, offsets, lengths) so that no input reaches the database
in a form it would reject with a 500.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from accession.app import App
from accession.model import ReviewState
from accession.web import queries
from accession.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

MAX_ID = 2**62
MAX_OFFSET = 10_000_000
SAFE_TEXT = r"^[^\x00-\x1f]*$"  # no control characters (PostgreSQL refuses NUL in text)

QuestionKey = Annotated[
    str,
    Path(
        description="INSTITUTION:ACTION:CANDIDATE, e.g. NATO:invite:UKR",
        examples=["NATO:invite:UKR"],
        max_length=40,
    ),
]
OnDate = Annotated[
    dt.date | None, Query(description="Date of the analysis (YYYY-MM-DD); default: today")
]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip")]


def app_of(request: Request) -> App:
    return request.app.state.app


class FastJSON(JSONResponse):
    """Plain `json.dumps`: our payloads are JSON-native already, and FastAPI's recursive
    `jsonable_encoder` cost a third of the status endpoint's time (benchmarks/web_bench.py)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=str).encode("utf-8")


@router.get("/questions", summary="Registered questions")
def list_questions(request: Request) -> FastJSON:
    app = app_of(request)
    with app.store.read() as conn:
        items = queries.questions(conn)
    return FastJSON({"items": items, "count": len(items)})


@router.get("/questions/{key}/status", summary="Consensus status of a question at a date")
def question_status(request: Request, key: QuestionKey, on: OnDate = None) -> FastJSON:
    """Exactly the analysis' `ConsensusStatus.to_dict()` (the CLI's `status --format json`)."""
    app = app_of(request)
    with app.store.read() as conn:
        return FastJSON(queries.status(app, conn, key, on or dt.date.today()))


@router.get("/institutions/{institution}/members", summary="Members of an institution at a date")
def institution_members(
    request: Request,
    institution: Annotated[str, Path(description="NATO or EU", max_length=10)],
    on: OnDate = None,
) -> FastJSON:
    return FastJSON(queries.members(app_of(request).kb, institution, on or dt.date.today()))


@router.get("/history", summary="Enlargement rounds with ratifications in days from signature")
def history(
    request: Request,
    institution: Annotated[str, Query(description="NATO or EU", max_length=10)] = "NATO",
) -> FastJSON:
    return FastJSON(queries.history(app_of(request).kb, institution))


@router.get("/evidence", summary="Evidence, newest first, paged and filtered")
def list_evidence(
    request: Request,
    question: Annotated[
        str | None, Query(max_length=40, pattern=SAFE_TEXT, description="Question key")
    ] = None,
    member: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="Member ISO3 code")
    ] = None,
    since: Annotated[dt.date | None, Query(description="Stance dated on or after")] = None,
    until: Annotated[dt.date | None, Query(description="Stance dated on or before")] = None,
    source: Annotated[
        str | None,
        Query(max_length=300, pattern=SAFE_TEXT, description="Substring of the source URL"),
    ] = None,
    review: Annotated[ReviewState | None, Query(description="Review state")] = None,
    document_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> FastJSON:
    app = app_of(request)
    f = queries.EvidenceFilter(
        question=_question_key(question) if question else None,
        member=member,
        since=since,
        until=until,
        source=source,
        review=review.value if review else None,
        document_id=document_id,
    )
    with app.store.read() as conn:
        return FastJSON(queries.evidence(conn, f, limit, offset))


def _question_key(key: str) -> str:
    """Normalise a key the way the ledger stores it (a malformed one is E012)."""
    from accession.model.question import parse_question_key

    return ":".join(parse_question_key(key))


@router.get("/evidence/{evidence_id}", summary="One evidence item with its reviews and history")
def get_evidence(request: Request, evidence_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> FastJSON:
    with app_of(request).store.read() as conn:
        return FastJSON(queries.evidence_item(conn, evidence_id))


@router.get("/documents", summary="Stored documents, newest first (without their text)")
def list_documents(request: Request, limit: Limit = 50, offset: Offset = 0) -> FastJSON:
    with app_of(request).store.read() as conn:
        return FastJSON(queries.documents(conn, limit, offset))


@router.get("/documents/{doc_id}", summary="A document's text, extracted spans and evidence")
def get_document(request: Request, doc_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> FastJSON:
    with app_of(request).store.read() as conn:
        return FastJSON(queries.document(conn, doc_id))


@router.get("/forecasts", summary="Stored forecasts, newest first")
def list_forecasts(
    request: Request,
    subject: Annotated[str | None, Query(max_length=40, pattern=SAFE_TEXT)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> FastJSON:
    with app_of(request).store.read() as conn:
        return FastJSON(queries.forecasts(conn, subject, limit))


@router.get("/forecasts/{key}", summary="The newest stored forecast for a question")
def get_forecast(request: Request, key: QuestionKey) -> FastJSON:
    app = app_of(request)
    with app.store.read() as conn:
        return FastJSON(queries.forecast(conn, app, key))
