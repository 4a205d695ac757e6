"""Ingest commands: `ingest`, `failures`, `documents list|show`.

Thin on purpose: options become an `IngestOptions`, `accession.ingest.ingest_paths` does the
work, this module draws the progress bar (stderr, only on a terminal) and the summary.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from accession.cli.common import (
    DbOption,
    Format,
    FormatOption,
    console,
    emit,
    err_console,
    get_app,
    parse_day,
)
from accession.errors import InputError, NotFoundError
from accession.ingest import IngestOptions, IngestSummary, TextMeta, ingest_paths
from accession.store import documents as store_documents
from accession.store import ledger

documents_app = typer.Typer(
    help="Stored documents and what was read in them.", no_args_is_help=True
)

SPAN_STYLE = {
    "actor": "bold cyan",
    "quote": "italic green",
    "stance": "underline yellow",
    "consensus": "underline magenta",
    "event": "blue",
}


def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or directories (recursive); - reads standard input."),
    ] = None,
    url: Annotated[
        list[str] | None,
        typer.Option("--url", help="Fetch this web page or feed (repeatable; http/https only)."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Let --url fetch private/loopback addresses."),
    ] = False,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date for .txt (YYYY-MM-DD).")
    ] = None,
    url_meta: Annotated[str | None, typer.Option("--url-meta", help="Source URL for .txt.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name for .txt.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title for .txt.")] = None,
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Store documents only; run no extractor.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=0,
            help="Extract in a local Dask cluster of N processes (needs the distributed "
            "extra); 0: in this process.",
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Extract on an existing Dask cluster (tcp://host:8786)."),
    ] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Read articles, store each once, extract actors, quotes, events and stances as evidence.

    A failing item (binary, empty, undecodable, too large, refused URL...) is recorded and the
    batch goes on; see them with `accession failures --batch N`.
    """
    paths, urls = paths or [], url or []
    if not paths and not urls:
        raise InputError("nothing to ingest: give files, directories, - for stdin, or --url URL")
    options = IngestOptions(
        meta=TextMeta(
            published=parse_day(published, "--published") if published else None,
            url=url_meta or "",
            outlet=outlet or "",
            title=title or "",
        ),
        urls=tuple(urls),
        allow_private=allow_private,
        extract=not no_extract,
        workers=workers,
        scheduler=scheduler,
    )
    app = get_app(db)
    summary = _run_with_progress(app, paths, options)
    if fmt == Format.table:
        _render_summary(summary)
    else:
        emit(summary.to_dict(), fmt, rows=[summary.counts()])
    if summary.items == 0:
        raise InputError("nothing to ingest: the given paths hold no files")
    if summary.all_failed:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.failed_by_reason.items()))
        raise InputError(
            f"nothing ingested: all {summary.items} items failed ({reasons}); "
            f"details: accession failures --batch {summary.batch_id}"
        )


def _run_with_progress(app: Any, paths: list[str], options: IngestOptions) -> IngestSummary:
    counts: Counter[str] = Counter()
    columns = (
        SpinnerColumn(),
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    with Progress(
        *columns, console=err_console, disable=not err_console.is_terminal, transient=True
    ) as bar:
        task = bar.add_task("ingest", total=None, counts="")

        def tick(_label: str, outcome: str) -> None:
            counts[outcome] += 1
            bar.update(
                task,
                advance=1,
                counts=f"{counts['ingested']} ingested, {counts['duplicate']} duplicates, "
                f"{counts['failed']} failed",
            )

        return ingest_paths(app, paths, options, progress=tick)


def _render_summary(s: IngestSummary) -> None:
    failed = ", ".join(f"{k} {v}" for k, v in sorted(s.failed_by_reason.items()))
    console.print(
        f"batch #{s.batch_id}: [green]{s.ingested} ingested[/green]"
        f" ({s.syndicated} syndicated copies), {s.duplicates} duplicates, "
        f"[{'red' if s.failed else 'green'}]{s.failed} failed[/]"
        + (f" ({failed})" if failed else "")
        + f" in {s.seconds:.1f} s",
        highlight=False,
    )
    console.print(
        f"  evidence: {s.evidence} stance rows, {s.consensus_reports} consensus reports; "
        f"{s.undated} undated documents (dated on the ingest day); "
        f"{s.warnings} extraction items skipped",
        highlight=False,
    )
    if s.failures:
        table = Table(title="failures (first 10)", show_lines=False)
        for col in ("item", "stage", "reason", "message"):
            table.add_column(col, overflow="fold")
        for f in s.failures[:10]:
            table.add_row(f["item"], f["stage"], f["reason"], f["message"])
        console.print(table)
        console.print(f"  all of them: accession failures --batch {s.batch_id}", highlight=False)


def failures(
    batch: Annotated[int | None, typer.Option("--batch", help="Only this batch.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Only this reason.")] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Items that ingestion could not read, extract or store, with the reason."""
    app = get_app(db)
    with app.store.read() as conn:
        rows = store_documents.list_failures(conn, batch)
    if reason:
        rows = [r for r in rows if r["reason"] == reason]
    emit(rows, fmt, ["id", "batch_id", "item", "stage", "reason", "message", "at"], rows=rows)


@documents_app.command("list")
def documents_list(
    limit: Annotated[int, typer.Option("--limit", help="How many, newest first.")] = 50,
    offset: Annotated[int, typer.Option("--offset")] = 0,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Stored documents, newest first (text left out; see `documents show ID`)."""
    app = get_app(db)
    with app.store.read() as conn:
        rows = store_documents.list_documents(conn, limit, offset)
    cols = ["id", "published", "outlet", "title", "kind", "syndication_of", "url", "origin"]
    emit(rows, fmt, cols if fmt != Format.json else None, rows=rows)


def _describe(kind: str, p: dict[str, Any]) -> str:
    if kind == "stance":
        return f"{p.get('actor_iso3')} {p.get('stance')} {p.get('question')}"
    if kind == "consensus":
        return f"{p.get('question')} {p.get('status')}"
    if kind == "quote":
        return f"speaker: {p.get('speaker_canonical')}"
    if kind == "event":
        return f"{p.get('type')} {p.get('date') or ''} {p.get('place') or ''}".strip()
    return f"{p.get('canonical') or p.get('mention')} ({p.get('type')}, {p.get('country_iso3')})"


@documents_app.command("show")
def documents_show(
    doc_id: Annotated[int, typer.Argument(help="Document id (see `documents list`).")],
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """A document's text with every extracted span, its syndicated copies and its evidence."""
    app = get_app(db)
    with app.store.read() as conn:
        doc = store_documents.get_document(conn, doc_id)
        if doc is None:
            raise NotFoundError(f"no document #{doc_id}; list ids with `accession documents list`")
        spans = store_documents.get_extractions(conn, doc_id)
        copies = store_documents.syndicated_copies(conn, doc_id)
        evidence = ledger.list_evidence(conn, document_id=doc_id, limit=1000)
    text = doc["text"]
    for s in spans:
        s["payload"] = json.loads(s["payload"])
        has_span = s["start"] is not None and s["end"] is not None
        s["span_text"] = text[s["start"] : s["end"]] if has_span else ""
    if fmt == Format.json:
        emit({"document": doc, "extractions": spans, "copies": copies, "evidence": evidence}, fmt)
        return
    rows = [{**s, "detail": _describe(s["kind"], s["payload"])} for s in spans]
    if fmt == Format.csv:
        emit(rows, fmt, ["id", "kind", "start", "end", "span_text", "detail", "method"], rows=rows)
        return
    console.print(
        f"[bold]#{doc['id']} {doc['title']}[/bold]\n{doc['outlet']} {doc['published'] or ''} "
        f"{doc['url']}\n{len(copies)} copies in the syndication cluster",
        highlight=False,
    )
    rich_text = Text(text)
    for s in spans:
        if s["start"] is not None and s["end"] is not None:
            rich_text.stylize(SPAN_STYLE.get(s["kind"], "bold"), s["start"], s["end"])
    console.print(rich_text)
    emit(rows, fmt, ["kind", "start", "end", "span_text", "detail"], rows=rows)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("failures")(failures)
    app.add_typer(documents_app, name="documents")
