"""A real process killed with SIGKILL mid-ingest, then rerun: whole documents only, no
duplicates, every document with its extractions and evidence exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from accession.app import build_app
from accession.store.schema import documents, evidence, extractions

WORKER = Path(__file__).with_name("ingest_worker.py")
N_DOCS = 2_000


def corpus(path: Path, n: int) -> None:
    """Distinct short articles, each with one oppose stance and one support stance."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (
                f"Hungary opposes the invitation in statement number {i}, officials said.\n"
                f"Germany supports a path for Ukraine, according to note {i}.\n"
            )
            fh.write(json.dumps({"text": text, "published": "2024-12-03"}) + "\n")


def counts(db: str) -> dict[str, int]:
    app = build_app(db)
    try:
        with app.store.read() as conn:

            def n(stmt: sa.Select) -> int:
                return conn.execute(stmt).scalar_one()

            bare = sa.select(sa.func.count()).select_from(documents)
            return {
                "documents": n(bare),
                "distinct_hashes": n(sa.select(sa.func.count(documents.c.content_hash.distinct()))),
                "extractions": n(sa.select(sa.func.count()).select_from(extractions)),
                # evidence read from documents (the knowledge base's history has none)
                "evidence": n(
                    sa.select(sa.func.count())
                    .select_from(evidence)
                    .where(evidence.c.document_id.is_not(None))
                ),
                "without_extractions": n(
                    bare.where(~documents.c.id.in_(sa.select(extractions.c.document_id)))
                ),
            }
    finally:
        app.close()


def _worker(db: str, data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, str(WORKER), db, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_is_consistent(tmp_path: Path) -> None:
    data, db = tmp_path / "docs.jsonl", str(tmp_path / "kill.db")
    corpus(data, N_DOCS)
    proc = _worker(db, data)
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ingested") and int(line.split()[1]) >= N_DOCS // 4:
            break
        assert time.monotonic() < deadline, "worker too slow"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    partial = counts(db)
    assert N_DOCS // 4 <= partial["documents"] < N_DOCS  # killed mid-way
    assert partial["without_extractions"] == 0  # nothing half-stored
    assert partial["extractions"] == 4 * partial["documents"]  # 2 actors + 2 stances each
    assert partial["evidence"] == 2 * partial["documents"]

    rerun = _worker(db, data)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    ingested, duplicates, failed = map(int, out.strip().splitlines()[-1].split()[1:])
    assert (ingested + duplicates, failed) == (N_DOCS, 0)
    assert duplicates == partial["documents"]
    final = counts(db)
    assert final == {
        "documents": N_DOCS,
        "distinct_hashes": N_DOCS,
        "extractions": 4 * N_DOCS,
        "evidence": 2 * N_DOCS,
        "without_extractions": 0,
    }
