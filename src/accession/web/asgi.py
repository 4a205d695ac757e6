"""An ASGI factory for `accession serve --workers N` (uvicorn imports it in each worker).

Why: one Python process serves requests one CPU at a time (the GIL); several workers use every
core. Each worker builds its own `App` from the environment (`ACCESSION_DATABASE_URL`, set by
`accession serve --db`), so SQLite readers run in parallel.
"""

from __future__ import annotations

from fastapi import FastAPI

from accession.app import build_app
from accession.web.app import create_app


def app() -> FastAPI:
    return create_app(build_app())
