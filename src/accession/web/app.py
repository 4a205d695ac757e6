"""The FastAPI application: one factory over the project's `App`, used by `accession serve`,
the tests (in-process) and the benchmark.

Why a factory over an existing `App`: the server, the CLI and the tests build the application
object the same way (settings + store + knowledge base), and the web layer only adds HTTP.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accession.app import App
from accession.web import api, api_write, pages
from accession.web.errors import install_error_handlers, internal_error_body

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

# Scripts only from our own origin, no inline script or style anywhere: document text cannot
# run even if escaping failed somewhere. `data:` images are Swagger UI's icons.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class HeadersMiddleware:
    """Adds the security headers (and Server-Timing) to every response, and turns any
    unexpected exception into the one error shape (outside FastAPI's handlers, so a 500
    carries the headers too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        t0 = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                # server time to the first byte, read by benchmarks/web_bench.py
                ms = (time.perf_counter() - t0) * 1000
                extra.append((b"server-timing", f"app;dur={ms:.2f}".encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            if started:
                raise
            body = json.dumps(internal_error_body(exc)).encode()
            await send_with_headers(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send_with_headers({"type": "http.response.body", "body": body})


def make_templates() -> Jinja2Templates:
    """Jinja2 with autoescape always on: text from documents is data, never markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return Jinja2Templates(env=env)


def create_app(app: App) -> FastAPI:
    """The web application over `app` (its store, knowledge base and settings)."""
    web = FastAPI(
        title="accession",
        version=app.version,
        description=(
            "Membership decisions of consensus-based alliances: who supports, who blocks, on "
            "what evidence. Every error is `{ok: false, error, status, code}`. Writes need "
            "`Authorization: Bearer <api_token>`; with no token configured the server is "
            "read-only."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    web.state.app = app
    web.state.templates = make_templates()
    install_error_handlers(web)
    web.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    web.include_router(api.router)
    web.include_router(api_write.router)
    web.include_router(pages.router)
    web.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    web.add_middleware(HeadersMiddleware)
    return web


def app_of(state: Any) -> App:
    return state.app
