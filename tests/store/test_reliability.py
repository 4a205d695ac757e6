"""Real processes: concurrent writers lose nothing; kill -9 mid-load leaves a consistent
database and a rerun adds no duplicates. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
import sqlalchemy as sa

from accession.store import Store, ledger

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from accession.model import Evidence, Stance
    from accession.store import Store, ledger
    store = Store(sys.argv[1])
    tag = sys.argv[2]
    for i in range(int(sys.argv[3])):
        ev = Evidence(Stance("NATO:invite:UKR", "POL", "support", dt.date(2024, 1, 1)),
                      quote=f"{tag}-{i}", source_url="https://example.org")
        with store.write() as conn:
            ledger.add_evidence(conn, [ev])
    """
)

LOADER = textwrap.dedent(
    """
    import sys
    from accession.store import Store, ledger
    store = Store(sys.argv[1])
    def rows():
        for i in range(int(sys.argv[2])):
            yield {"question": "NATO:invite:UKR", "member_iso3": "EST", "stance": "support",
                   "on_date": "2024-01-01", "quote": f"row {i}", "method": "test",
                   "content_key": ""}
    for seen, added in ledger.bulk_load(store.engine, rows(), chunk_size=2000):
        print(seen, added, flush=True)
    """
)


def _count(url: str) -> tuple[int, int]:
    store = Store(url)
    with store.read() as conn:
        total = ledger.count_evidence(conn)
        distinct = conn.execute(sa.text("SELECT count(DISTINCT quote) FROM evidence")).scalar_one()
    store.close()
    return total, distinct


def test_two_processes_adding_at_once_lose_nothing(db_url: str) -> None:
    Store(db_url).close()  # migrate first, so the writers race on data, not on DDL
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, tag, "150"]) for tag in "ab"]
    for p in procs:
        assert p.wait(timeout=120) == 0
    assert _count(db_url) == (300, 300)


def test_kill_9_mid_bulk_load_then_rerun(db_url: str) -> None:
    Store(db_url).close()
    n = 60_000
    proc = subprocess.Popen(
        [sys.executable, "-c", LOADER, db_url, str(n)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # at least one chunk committed
    time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    total, distinct = _count(db_url)
    assert 0 < total < n and total == distinct
    if db_url.endswith(".db"):
        store = Store(db_url)
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        store.close()
    rerun = subprocess.run(
        [sys.executable, "-c", LOADER, db_url, str(n)], capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    added = sum(int(line.split()[1]) for line in rerun.stdout.split("\n") if line.strip())
    assert added == n - total
    assert _count(db_url) == (n, n)


pytestmark = pytest.mark.slow
