"""One error shape for every 4xx and 5xx: `{"ok": false, "error", "status", "code"}`.

Why one shape: a client (or a test) handles every failure the same way, whatever raised it —
a domain error (`AccessionError` carries its code and HTTP status), a route that does not
exist, a query parameter FastAPI rejected, or a bug. Browsers asking for a page get the same
fields rendered as HTML (the page is the twin of the JSON).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from accession.errors import AccessionError, PermissionDenied

log = logging.getLogger("accession.web")


class ErrorOut(BaseModel):
    """The error body, for the OpenAPI spec."""

    ok: bool = False
    error: str
    status: int
    code: str


class AuthRequired(PermissionDenied):
    """A write without the right bearer token while a token is configured."""

    http_status = 401


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorOut, "description": d}
    for s, d in ((404, "Not found"), (422, "Invalid input"), (500, "Server error"))
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorOut, "description": "Missing or wrong bearer token"},
    403: {"model": ErrorOut, "description": "Read-only server: no api_token configured"},
}


def error_body(status: int, message: str, code: str, **extra: Any) -> dict[str, Any]:
    return {"ok": False, "error": message, "status": status, "code": code, **extra}


def wants_html(request: Request) -> bool:
    """Pages answer errors in HTML for browsers; the API and other clients get JSON."""
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path in ("/openapi.json", "/api"):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, body: dict[str, Any]) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if body["status"] == 401 else None
    if wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request,
            "error.html",
            {"err": body, "nav": "error"},
            status_code=body["status"],
            headers=headers,
        )
    return JSONResponse(body, status_code=body["status"], headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    where = parts[0] if parts else "request"
    name = ".".join(parts[1:])
    return f"{where} field {name!r}" if name else where


def validation_message(errors: list[dict[str, Any]]) -> str:
    """FastAPI's list of problems as one line that names each field and what is wrong."""
    parts = [f"{_field(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors[:5]]
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "invalid request: " + "; ".join(parts) + more


def install_error_handlers(app: FastAPI) -> None:
    """Map every kind of failure into the one shape (unexpected ones: see `HeadersMiddleware`)."""

    @app.exception_handler(AccessionError)
    async def _domain(request: Request, exc: AccessionError) -> Response:
        if exc.http_status >= 500:
            log.error("server error %s: %s", exc.code, exc.message)
        return error_response(request, error_body(exc.http_status, exc.message, exc.code))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        body = error_body(422, validation_message(errors), "E001", details=errors)
        return error_response(request, body)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path} (the API is listed at /docs)"
        body = error_body(exc.status_code, message, f"HTTP{exc.status_code}")
        response = error_response(request, body)
        if exc.headers:
            response.headers.update(exc.headers)
        return response


def internal_error_body(exc: BaseException) -> dict[str, Any]:
    log.exception("unhandled error", exc_info=exc)
    return error_body(
        500, f"internal error ({type(exc).__name__}); the server log has the details", "E500"
    )
