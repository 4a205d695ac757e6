"""`accession serve`: the dashboard and JSON API over one database, with uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from accession.cli.common import DbOption, console, get_app


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", help="Server processes (one per core).", min=1, max=64)
    ] = 1,
) -> None:
    """Serve the dashboard and the JSON API (OpenAPI at /docs). Read-only unless a token is
    set (ACCESSION_API_TOKEN)."""
    import uvicorn

    from accession.web import create_app

    app = get_app(db)
    where = app.store.display_url  # opens and migrates the database once, before any worker
    mode = "writes need the API token" if app.settings.api_token else "read-only (no api_token)"
    console.print(f"accession serve — database {where}; {mode}", highlight=False)
    console.print(f"  dashboard: http://{host}:{port}/   API docs: http://{host}:{port}/docs")
    if workers == 1:
        uvicorn.run(create_app(app), host=host, port=port, log_level="info")
        return
    os.environ["ACCESSION_DATABASE_URL"] = app.store.url  # each worker opens the same database
    app.close()
    uvicorn.run(
        "accession.web.asgi:app", factory=True, host=host, port=port, workers=workers,
        log_level="info",
    )  # fmt: skip


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
