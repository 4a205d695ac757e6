"""What every command shares: the app, output formats, date parsing, one-line errors.

Commands are thin: parse options, call a library function, hand the result to `emit`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from accession.app import App, build_app
from accession.model.validate import require_date

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a URL (postgresql://...). "
        "Default: $ACCESSION_DATABASE_URL, else accession.db in the user data directory.",
        show_default=False,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


class _State:
    db: str | None = None
    debug: bool = False


state = _State()


def get_app(db: str | None = None) -> App:
    """Build the application for this invocation (the command's --db wins over the global one)."""
    return build_app(db or state.db)


def parse_day(value: str | None, what: str = "date", default: dt.date | None = None) -> dt.date:
    if value is None or value == "":
        return default or dt.date.today()
    return require_date(value, what)


def to_jsonable(data: Any) -> Any:
    if hasattr(data, "to_dict"):
        return data.to_dict()
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def emit(
    data: Any,
    fmt: Format,
    columns: Sequence[str] | None = None,
    rows: list[dict[str, Any]] | None = None,
    title: str | None = None,
) -> None:
    """Print `data` as JSON, or `rows` (defaults to data) as a table or CSV."""
    if fmt == Format.json:
        sys.stdout.write(
            json.dumps(to_jsonable(data), indent=2, ensure_ascii=False, default=str) + "\n"
        )
        return
    rows = rows if rows is not None else (data if isinstance(data, list) else [data])
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == Format.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: "" if r.get(c) is None else r.get(c) for c in cols})
        sys.stdout.write(buf.getvalue())
        return
    table = Table(title=title, show_lines=False)
    for c in cols:
        table.add_column(c)
    for r in rows:
        table.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
    console.print(table)
