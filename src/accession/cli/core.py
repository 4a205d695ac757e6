"""Core commands: init and demo."""

from __future__ import annotations

from typing import Annotated

import typer

from accession.cli.common import (
    DbOption,
    Format,
    FormatOption,
    console,
    emit,
    get_app,
    parse_day,
)

DEMO_QUESTION = "NATO:invite:UKR"
DEMO_DATE = "2024-12-04"


def init(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Create (or upgrade) the database and register the knowledge base's questions."""
    app = get_app(db)
    from accession.analysis.replay import replay_history

    with app.store.write() as conn:
        added = replay_history(conn, app.kb)
    info = {
        "database": app.store.display_url,
        "dialect": app.store.dialect,
        "history_evidence_added": added,
    }
    if fmt == Format.table:
        console.print(f"database ready: {info['database']} ({added} history evidence rows added)")
    else:
        emit(info, fmt)


def demo(
    db: DbOption = None,
    on: Annotated[str, typer.Option("--on", help="Date of the status shown")] = DEMO_DATE,
    forecasts: Annotated[
        bool, typer.Option("--forecasts/--no-forecasts", help="Also store the demo forecasts")
    ] = True,
    fmt: FormatOption = Format.table,
) -> None:
    """From nothing: create the database, load the knowledge base and the demo documents, and
    show the state of NATO:invite:UKR on 4 December 2024."""
    from accession.demo import run_demo

    app = get_app(db)
    report = run_demo(app, DEMO_QUESTION, parse_day(on, "--on date").isoformat(), forecasts)
    if fmt != Format.table:
        emit({k: v for k, v in report.items() if k != "status_obj"}, fmt)
        return
    from accession.cli.render import render_status

    console.print(
        f"[bold]accession demo[/bold] — database {app.store.display_url}", highlight=False
    )
    for line in report["loaded"]:
        console.print(f"  {line}", highlight=False)
    console.print()
    render_status(report["status_obj"])
    console.print()
    console.print("[bold]Where to look next[/bold]")
    prefix = _command_prefix()
    if prefix != "accession":
        console.print(
            f"  (accession is not on your PATH: run it as {prefix}, or activate its virtual "
            "environment first)",
            highlight=False,
        )
    for line in report["next"]:
        console.print(f"  {line}", highlight=False)


def _command_prefix() -> str:
    """How the user can type the command: `accession` when it is on PATH, else the path
    they ran (after `make demo` that is .venv/bin/accession)."""
    import os
    import shutil
    import sys

    if shutil.which("accession"):
        return "accession"
    ran = sys.argv[0] if sys.argv and sys.argv[0].endswith("accession") else ""
    if not ran:
        return "accession"
    rel = os.path.relpath(ran)
    return rel if not rel.startswith("..") else ran


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("demo")(demo)
