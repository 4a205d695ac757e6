"""Read the bundled CSV tables and validate them; every fault is reported, not just the first.

Validation runs at load time (and by `accession kb check`), so a bad row never reaches the
analysis: an unsourced fact is a defect (DESIGN.md).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from accession.errors import AccessionError, KnowledgeBaseError
from accession.kb.tables import TABLES, TableSpec
from accession.model.validate import iso3

DATA_DIR = Path(__file__).parent / "data"

Row = dict[str, str]


@dataclass
class LoadReport:
    rows: dict[str, list[Row]] = field(default_factory=dict)
    files: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _read_table(spec: TableSpec, folder: Path, report: LoadReport) -> list[Row]:
    rows: list[Row] = []
    files = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    report.files[spec.name] = [f.name for f in files]
    for path in files:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            header = tuple(reader.fieldnames or ())
            if header != spec.columns:
                report.problems.append(
                    f"{spec.name}/{path.name}: columns {list(header)} != {list(spec.columns)}"
                )
                continue
            for lineno, row in enumerate(reader, start=2):
                clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
                clean["_file"] = f"{spec.name}/{path.name}:{lineno}"
                rows.append(clean)
    return rows


def _validate(spec: TableSpec, rows: list[Row], problems: list[str]) -> None:
    seen: dict[tuple[str, ...], str] = {}
    for row in rows:
        where = row["_file"]
        if not row.get("source_url", "").startswith(("http://", "https://")):
            problems.append(f"{where}: missing or invalid source_url")
        for col in spec.required:
            if not row.get(col):
                problems.append(f"{where}: {col} is empty")
        dates: dict[str, dt.date] = {}
        for col in spec.dates:
            if row.get(col):
                try:
                    dates[col] = dt.date.fromisoformat(row[col])
                except ValueError:
                    problems.append(f"{where}: {col} {row[col]!r} is not YYYY-MM-DD")
        for col in spec.iso3 + spec.iso3_optional:
            if row.get(col):
                try:
                    iso3(row[col])
                except AccessionError:
                    problems.append(f"{where}: {col} {row[col]!r} is not an ISO3 code")
        for a, b in spec.order:
            if a in dates and b in dates and dates[b] < dates[a]:
                problems.append(f"{where}: {b} {dates[b]} is before {a} {dates[a]}")
        key = tuple(row.get(c, "") for c in spec.key)
        if key in seen:
            problems.append(f"{where}: duplicate key {key} (first at {seen[key]})")
        else:
            seen[key] = where


def load_tables(data_dir: Path = DATA_DIR) -> LoadReport:
    report = LoadReport()
    for spec in TABLES.values():
        rows = _read_table(spec, data_dir / spec.name, report)
        _validate(spec, rows, report.problems)
        report.rows[spec.name] = rows
    return report


def load_valid_tables(data_dir: Path = DATA_DIR) -> LoadReport:
    report = load_tables(data_dir)
    if report.problems:
        shown = "; ".join(report.problems[:5])
        more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
        raise KnowledgeBaseError(
            f"knowledge base has {len(report.problems)} problem(s): {shown}{more}; "
            "run `accession kb check` for the full list"
        )
    return report
