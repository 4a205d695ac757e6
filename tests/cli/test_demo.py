"""`accession demo` on a temporary database: what it prints comes from stored data."""

from __future__ import annotations

import json
from pathlib import Path

from accession.app import build_app
from accession.store import ledger


def test_demo_prints_the_state_of_the_seed_question(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, out, err = run_cli("demo", "--db", db)
    assert code == 0, err
    assert "NATO:invite:UKR on 2024-12-04: blocked" in out
    assert "consensus of 32 members" in out
    # the blockers named are those the demo notes report, each with a quote and a source
    blockers_line = next(line for line in out.splitlines() if "blockers:" in line)
    for member in ("HUN", "SVK"):
        assert member in blockers_line
    assert "Key evidence, with sources" in out and "https://" in out
    assert "reported not_reached" in out
    assert "accession serve" in out and "http://127.0.0.1:8000/" in out
    assert "forecasts: #1" in out
    # computed from stored data: the ledger holds what the demo shows
    app = build_app(db)
    with app.store.read() as conn:
        rows = ledger.list_evidence(conn, question="NATO:invite:UKR", member="HUN", limit=10)
    assert rows and all(r["document_id"] for r in rows if r["method"] != "kb.holdouts.v1")
    app.close()


def test_demo_is_idempotent_and_has_a_json_twin(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run_cli("demo", "--db", db, "--no-forecasts")[0] == 0
    code, out, err = run_cli("demo", "--db", db, "--format", "json", "--no-forecasts")
    assert code == 0, err
    data = json.loads(out)
    assert data["status"]["status"] == "blocked"
    assert "history in the ledger" in " ".join(data["loaded"])
    assert "demo documents: 0 ingested, 12 already stored, 0 failed" in data["loaded"]
