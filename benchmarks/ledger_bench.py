"""Ledger benchmark (issue 4): bulk load of N evidence rows, then `status` latency.

    .venv/bin/python benchmarks/ledger_bench.py                     # SQLite, 1,000,000 rows
    .venv/bin/python benchmarks/ledger_bench.py --rows 200000
    .venv/bin/python benchmarks/ledger_bench.py --db postgresql://postgres@127.0.0.1:5432/bench

Targets: bulk load >= 50,000 rows/s on SQLite; status for one question < 20 ms median on
SQLite and PostgreSQL. Prints one JSON line with the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path

from accession.analysis import consensus_at
from accession.app import build_app
from accession.store import ledger

QUESTIONS = [
    "NATO:invite:UKR",
    "NATO:invite:GEO",
    "NATO:map:UKR",
    "NATO:admit:UKR",
    "EU:open_talks:UKR",
    "EU:open_talks:MDA",
    "EU:open_talks:GEO",
    "EU:candidate_status:UKR",
]
STANCES = ["support", "oppose", "conditional", "undecided"]


def rows(n: int, members: list[str], seed: int = 7, questions: list[str] = QUESTIONS):
    """Synthetic evidence rows (also used by web_bench.py, with one question)."""
    rnd = random.Random(seed)
    start = dt.date(2015, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    for i in range(n):
        yield {
            "question": questions[i % len(questions)],
            "member_iso3": members[rnd.randrange(len(members))],
            "stance": STANCES[rnd.randrange(4)],
            "on_date": dt.date.fromordinal(start + rnd.randrange(span)).isoformat(),
            "quote": f"synthetic statement {i}",
            "source_url": f"https://example.org/bench/{i}",
            "method": "bench.v1",
            "content_key": "",
        }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    app = build_app(db)
    members = app.kb.members_on("NATO", dt.date(2024, 12, 4))
    prepared = list(rows(args.rows, members))  # input generation is not part of the load
    t0 = time.perf_counter()
    loaded = sum(added for _, added in ledger.bulk_load(app.store.engine, prepared))
    load_s = time.perf_counter() - t0
    with app.store.read() as conn:
        total = ledger.count_evidence(conn)
        timings = []
        for i in range(args.runs):
            day = dt.date(2024, 12, 4) - dt.timedelta(days=i * 13)
            t = time.perf_counter()
            consensus_at(conn, app.kb, "NATO:invite:UKR", day)
            timings.append((time.perf_counter() - t) * 1000)
    # a rerun of the load adds nothing (idempotent by content key)
    rerun = sum(
        added
        for _, added in ledger.bulk_load(app.store.engine, rows(min(args.rows, 50_000), members))
    )
    print(
        json.dumps(
            {
                "dialect": app.store.dialect,
                "rows_requested": args.rows,
                "rows_added": loaded,
                "rows_in_db": total,
                "load_seconds": round(load_s, 2),
                "load_rows_per_s": round(loaded / load_s),
                "status_ms_median": round(statistics.median(timings), 2),
                "status_ms_p95": round(sorted(timings)[int(0.95 * len(timings)) - 1], 2),
                "rerun_added": rerun,
                "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
            }
        )
    )
    app.close()


if __name__ == "__main__":
    main()
