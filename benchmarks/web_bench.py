"""Web benchmark (issue 7): status endpoint and question page under load, 100,000 evidence rows.

    .venv/bin/python benchmarks/web_bench.py                  # 100,000 rows, 3 runs
    .venv/bin/python benchmarks/web_bench.py --rows 20000 --requests 100 --runs 1

The server (`accession serve`) runs in its own process on 127.0.0.1; this process is the
load: a fixed number of requests per endpoint from a few client threads (httpx). All rows sit
on the measured question (the worst case for it). Server time is the app's own
`Server-Timing: app;dur=` (request received → response start); client time includes HTTP.
Targets: status p95 < 50 ms, question page p95 < 200 ms (server time). Prints one JSON line;
the figures are the median over runs of each run's percentiles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from accession.analysis.replay import replay_history
from accession.app import build_app
from accession.store import ledger

sys.path.insert(0, str(Path(__file__).parent))
from ledger_bench import rows as ledger_rows  # noqa: E402  (a sibling script)

QUESTION = "NATO:invite:UKR"
TARGETS_MS = {"status": 50.0, "page": 200.0}


def synthetic_rows(n: int, members: list[str], seed: int = 7) -> Any:
    """All rows on one question: the worst case for the status query."""
    return ledger_rows(n, members, seed, questions=[QUESTION])


def build_db(path: Path, n: int) -> int:
    app = build_app(str(path))
    members = app.kb.members_on("NATO", dt.date(2025, 1, 1))
    with app.store.write() as conn:
        replay_history(conn, app.kb)
    for _ in ledger.bulk_load(app.store.engine, synthetic_rows(n, members)):
        pass
    with app.store.read() as conn:
        total = ledger.count_evidence(conn)
    app.close()
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "accession.cli.main", "--db", str(db), "serve"]
    cmd += ["--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/questions", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(q * len(ordered)), len(ordered) - 1)]


def load(base: str, paths: list[str], threads: int) -> dict[str, float]:
    """Fetch every path once (threads in parallel); percentiles of server and client ms."""
    server, client = [], []

    def one(path: str, http: httpx.Client) -> None:
        t0 = time.perf_counter()
        r = http.get(path)
        client.append((time.perf_counter() - t0) * 1000)
        r.raise_for_status()
        server.append(float(r.headers["server-timing"].split("dur=")[1]))

    with httpx.Client(base_url=base, timeout=30) as http:
        one(paths[0], http)  # warm-up
        server.clear()
        client.clear()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda p: one(p, http), paths))
    return {
        "server_p50": pct(server, 0.5),
        "server_p95": pct(server, 0.95),
        "client_p50": pct(client, 0.5),
        "client_p95": pct(client, 0.95),
        "requests": len(server),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300, help="per endpoint per run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="concurrent client connections")
    ap.add_argument("--workers", type=int, default=2, help="server processes (`serve --workers`)")
    args = ap.parse_args()
    rnd = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web-bench.db"
        t0 = time.perf_counter()
        total = build_db(db, args.rows)
        load_s = time.perf_counter() - t0
        port = free_port()
        proc = start_server(db, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        runs: dict[str, list[dict[str, float]]] = {"status": [], "page": []}
        try:
            for _ in range(args.runs):
                days = [
                    dt.date(2016, 1, 1) + dt.timedelta(days=rnd.randrange(3600))
                    for _ in range(args.requests)
                ]
                status = [f"/api/questions/{QUESTION}/status?on={d}" for d in days]
                pages = [f"/questions/{QUESTION}?on={d}" for d in days]
                runs["status"].append(load(base, status, args.threads))
                runs["page"].append(load(base, pages, args.threads))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    out: dict[str, Any] = {
        "benchmark": "web",
        "rows": total,
        "db_build_s": round(load_s, 1),
        "runs": args.runs,
        "requests_per_run": args.requests,
        "threads": args.threads,
        "workers": args.workers,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    for name, results in runs.items():
        for key in results[0]:
            if key != "requests":
                out[f"{name}_{key}_ms"] = round(statistics.median(r[key] for r in results), 2)
        out[f"{name}_target_met"] = out[f"{name}_server_p95_ms"] < TARGETS_MS[name]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
