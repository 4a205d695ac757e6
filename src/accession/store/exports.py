"""Evidence exports (CSV, JSON, Parquet) with every provenance column, streamed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import sqlalchemy as sa

from accession.errors import InputError
from accession.store.ledger import iter_evidence
from accession.store.schema import evidence

EXPORT_FORMATS = ("csv", "json", "parquet")
COLUMNS = [c.name for c in evidence.columns]


def export_evidence(conn: sa.Connection, path: Path, kind: str, question: str | None = None) -> int:
    rows = iter_evidence(conn, question)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "csv":
            n = 0
            with path.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=COLUMNS)
                writer.writeheader()
                for r in rows:
                    writer.writerow(r)
                    n += 1
            return n
        if kind == "json":
            data = list(rows)
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            return len(data)
        if kind == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            data = list(rows)
            table = pa.Table.from_pylist(data) if data else pa.table({c: [] for c in COLUMNS})
            pq.write_table(table, path)
            return len(data)
    except OSError as exc:
        raise InputError(f"cannot write {str(path)!r}: {exc.strerror}") from None
    raise InputError(f"unknown export format {kind!r}; allowed: {', '.join(EXPORT_FORMATS)}")
