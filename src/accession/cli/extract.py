"""`accession extract FILE` and `accession eval DIR`: read articles without touching the DB.

Thin by design (STYLE.md item 2): reading goes through `accession.ingest.readers` (one
reader per format for ingest and extract alike), extraction through `accession.nlp`,
scoring through `accession.eval`; this module only parses options and prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from accession.cli.common import Format, FormatOption, console, emit
from accession.errors import InputError

_MAX_BYTES = 20 * 1024 * 1024


def read_document(path: Path) -> Any:
    """A `.doc.json` / `.json`, `.txt` or `.html` file as a Document (InputError if not)."""
    from accession.ingest.items import ReadFailure
    from accession.ingest.readers import doc_from_record, read_html, read_text

    if not path.is_file():
        raise InputError(f"{path}: no such file (give a .doc.json, .txt or .html file)")
    if path.stat().st_size > _MAX_BYTES:
        raise InputError(f"{path}: larger than {_MAX_BYTES // 2**20} MB; not an article")
    data = path.read_bytes()
    name = path.name.lower()
    try:
        if name.endswith(".json"):
            try:
                record = json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise InputError(f"{path}: not valid UTF-8 JSON ({exc})") from None
            return doc_from_record(record)
        if name.endswith((".html", ".htm")):
            return read_html(data)
        if name.endswith((".txt", ".text", ".md")):
            return read_text(data)
    except ReadFailure as exc:
        raise InputError(f"{path}: {getattr(exc, 'message', exc)}") from None
    raise InputError(f"{path}: unknown file type; give a .doc.json, .txt or .html file")


def extract_cmd(
    file: Annotated[Path, typer.Argument(help="A .doc.json, .txt or .html article.")],
    fmt: FormatOption = Format.json,
) -> None:
    """Print actors, quotes, stances, consensus and events of one article (FORMAT.md)."""
    from accession.kb import load_kb
    from accession.nlp import extract

    result = extract(read_document(file), load_kb())
    if fmt != Format.table:
        emit(result, Format.json)
        return
    for field in ("actors", "quotes", "stances", "consensus", "events"):
        rows = result[field]
        if rows:
            cols = [k for k in rows[0] if k not in ("aliases", "evidence", "description")]
            emit(rows, Format.table, cols, title=field)
        else:
            console.print(f"{field}: none")


def eval_cmd(
    folder: Annotated[Path, typer.Argument(help="Folder of NAME.doc.json + NAME.gold.json.")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses.")] = False,
    literal: Annotated[
        bool, typer.Option("--literal-actors", help="Score actor items literally, not per entity.")
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Score the extractor on a folder of cases: P/R/F1 per field, micro-averaged."""
    from accession.eval import evaluate_dir
    from accession.kb import load_kb
    from accession.nlp import Pipeline

    pipe = Pipeline(load_kb())
    report = evaluate_dir(folder, pipe, collapse_actors=not literal)
    data = report.to_dict(verbose=verbose)
    data["pipeline"] = pipe.config
    if fmt == Format.json:
        emit(data, Format.json)
        return
    rows = [{"field": f, **s} for f, s in data["fields"].items()]
    emit(
        rows,
        Format.table,
        ["field", "precision", "recall", "f1", "tp", "fp", "fn"],
        title=f"{data['cases']} cases, {folder}",
    )
    if verbose:
        for m in data["misses"]:
            console.print(
                f"{m['case']} {m['field']} {m['kind']}: "
                + json.dumps(m["item"], ensure_ascii=False),
                markup=False,
                highlight=False,
            )


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)
