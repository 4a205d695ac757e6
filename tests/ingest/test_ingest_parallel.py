"""Extraction on a local Dask cluster stores exactly what the sequential path stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from accession.app import build_app
from accession.ingest import IngestOptions, ingest_paths
from accession.store.schema import documents, evidence

pytest.importorskip("dask.distributed")
pytestmark = pytest.mark.slow


def _corpus(folder: Path) -> Path:
    path = folder / "notes.jsonl"
    states = ["Hungary", "Slovakia", "Germany", "Poland", "Lithuania", "France"]
    with path.open("w") as fh:
        for i in range(90):
            a, b = states[i % 6], states[(i + 2) % 6]
            text = (
                f"Envoys met in Brussels on Tuesday, according to briefing note {i}. "
                f"{a} opposes an invitation for Ukraine to join NATO, its foreign minister said. "
                f"{b} supports inviting Ukraine, the government said in a statement."
            )
            fh.write(json.dumps({"text": text, "published": "2024-12-03"}) + "\n")
        fh.write("{not json\n")  # a broken line is recorded, the batch goes on
    return path


def _ledger(db: str) -> tuple[int, set[tuple]]:
    app = build_app(db)
    with app.store.read() as conn:
        n_docs = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
        rows = conn.execute(
            sa.select(evidence.c.question, evidence.c.member_iso3, evidence.c.stance,
                      evidence.c.on_date, evidence.c.quote)
            .where(evidence.c.document_id.is_not(None))
        ).all()  # fmt: skip
    app.close()
    return n_docs, {tuple(r) for r in rows}


def test_workers_store_what_the_sequential_path_stores(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    seq, par = str(tmp_path / "seq.db"), str(tmp_path / "par.db")
    a = ingest_paths(build_app(seq), [str(corpus)])
    b = ingest_paths(build_app(par), [str(corpus)], IngestOptions(workers=2))
    assert (a.ingested, a.failed, a.evidence) == (b.ingested, b.failed, b.evidence) == (90, 1, 180)
    assert _ledger(seq) == _ledger(par)
    again = ingest_paths(build_app(par), [str(corpus)], IngestOptions(workers=2))
    assert (again.ingested, again.duplicates) == (0, 90)
