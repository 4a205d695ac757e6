"""Server-rendered pages, each the HTML twin of a JSON endpoint (same `queries` call).

Pages work without JavaScript: the date control is a GET form, a member's evidence is a link
(`?member=HUN`). `static/js/question.js` only makes those two faster (no reload).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accession.analysis.consensus import resolve_question
from accession.errors import NotFoundError
from accession.model.validate import country_name, require_date
from accession.store import questions as store_questions
from accession.web import charts, highlight, queries, views
from accession.web.api import MAX_ID, MAX_OFFSET, app_of

router = APIRouter(include_in_schema=False)
DEMO_QUESTION = "NATO:invite:UKR"


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    context.setdefault("nav", template.split(".")[0])
    return request.app.state.templates.TemplateResponse(request, template, context)


def _day(value: str | None, what: str) -> dt.date | None:
    return require_date(value, what) if value else None


@router.get("/")
def home() -> Response:
    return RedirectResponse(f"/questions/{DEMO_QUESTION}", status_code=302)


@router.get("/questions")
def questions_page(request: Request) -> HTMLResponse:
    with app_of(request).store.read() as conn:
        items = queries.questions(conn)
    return render(request, "questions.html", items=items)


@router.get("/questions/{key}")
def question_page(
    request: Request,
    key: Annotated[str, Path(max_length=40)],
    on: Annotated[str | None, Query(max_length=10)] = None,
    member: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
) -> HTMLResponse:
    """Who blocks, on what evidence, at the chosen date (default: the newest evidence)."""
    app = app_of(request)
    today = dt.date.today()
    chosen = _day(on, "date (on)")
    with app.store.read() as conn:
        question = resolve_question(conn, app.kb, key)
        # the default date is the newest evidence's: the latest state of knowledge, unflagged
        day = chosen or queries.newest_evidence_date(app, conn, question.key) or today
        status = queries.status(app, conn, question.key, day)
        info = store_questions.get_question(conn, question.key) or {}
        selected = None
        if member:
            code = member.upper()
            page = queries.evidence(
                conn, queries.EvidenceFilter(question.key, code, until=day), limit=50
            )
            selected = {"iso3": code, "name": country_name(code), "items": page["items"]}
    rows = views.member_rows(status)
    quick_dates = [("newest evidence", "")]
    if question.decision_point:
        quick_dates.append(("decision point", question.decision_point.isoformat()))
    quick_dates.append(("today", today.isoformat()))
    return render(
        request,
        "question.html",
        nav="question",
        q=info,
        status=status,
        on=day.isoformat(),
        defaulted=chosen is None,
        headline=views.headline(status),
        rows=rows,
        blockers=[m for m in rows if m["stance"] == "oppose"],
        conditional=[m for m in rows if m["stance"] == "conditional"],
        map=views.map_view(status),
        bar=views.counts_bar(status),
        selected=selected,
        quick_dates=quick_dates,
        candidate_name=country_name(question.candidate),
    )


@router.get("/documents")
def documents_page(
    request: Request,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> HTMLResponse:
    with app_of(request).store.read() as conn:
        page = queries.documents(conn, 50, offset)
    return render(request, "documents.html", page=page)


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> HTMLResponse:
    """The text with extracted actors, quotes and stances highlighted (all of it escaped)."""
    with app_of(request).store.read() as conn:
        doc = queries.document(conn, doc_id)
    text = doc["document"]["text"]
    segs = highlight.segments(text, highlight.spans_of(doc))
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for x in doc["extractions"]:
        by_kind.setdefault(x["kind"], []).append(x)
    return render(
        request,
        "document.html",
        nav="documents",
        doc=doc,
        segments=segs,
        by_kind=by_kind,
        labels=highlight.label_of,
    )


@router.get("/history")
def history_page(
    request: Request, institution: Annotated[str, Query(max_length=10)] = "NATO"
) -> HTMLResponse:
    hist = queries.history(app_of(request).kb, institution)
    races = []
    for rnd in hist["rounds"]:
        with_data = [c for c in rnd["cases"] if c["ratifications"]]
        if not with_data:
            continue
        best = max(with_data, key=lambda c: len(c["ratifications"]))
        others = [c["name"] for c in rnd["cases"] if c is not best]
        races.append(
            {
                "round": rnd["round"],
                "case": best,
                "others": others,
                **charts.ratification_race(best),
            }
        )
    return render(
        request,
        "history.html",
        hist=hist,
        timeline=charts.enlargement_timeline(hist),
        races=races,
        founders=[country_name(c) for c in hist["founders"]],
    )


@router.get("/forecasts")
def forecasts_page(request: Request) -> HTMLResponse:
    with app_of(request).store.read() as conn:
        data = queries.forecasts(conn)
        qs = queries.questions(conn)
    return render(request, "forecasts.html", data=data, questions=qs)


@router.get("/forecasts/{key}")
def forecast_page(request: Request, key: Annotated[str, Path(max_length=40)]) -> HTMLResponse:
    app = app_of(request)
    with app.store.read() as conn:
        try:
            data = queries.forecast(conn, app, key)
        except NotFoundError as exc:
            data, message = None, exc.message
        else:
            message = ""
    view = views.forecast_view(data["latest"]) if data else None
    return render(
        request,
        "forecast.html",
        nav="forecasts",
        key=key,
        data=data,
        view=view,
        message=message,
        package=queries.forecast_package(),
    )


@router.get("/docs")
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI from the vendored swagger-ui-dist files (no CDN); init in a static script."""
    return render(request, "docs.html", nav="docs")
