"""The demo: a database built from nothing, the knowledge base's history and the bundled
briefing notes (written by us, each with its source URL), read by the extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from accession.analysis import consensus_at
from accession.analysis.replay import HOLDOUT_METHOD, RATIFICATION_METHOD, replay_history
from accession.app import App
from accession.store import ledger

DOCUMENTS = Path(__file__).parent / "documents"


def demo_documents() -> list[Path]:
    return sorted(DOCUMENTS.glob("*.json"))


def _ingest(app: App) -> str:
    try:
        from accession.ingest import IngestOptions, ingest_paths
    except ImportError:
        return "demo documents: not loaded (the ingest pipeline is not installed)"
    summary = ingest_paths(app, [str(p) for p in demo_documents()], IngestOptions())
    return (
        f"demo documents: {summary.ingested} ingested, {summary.duplicates} already stored, "
        f"{summary.failed} failed"
    )


def _forecasts(app: App, question: str, day: dt.date) -> str:
    """Store the forecasts the dashboard shows: consensus on the demo question, and Sweden's
    accession as seen mid-way through its ratification race."""
    try:
        from accession.forecast.service import run_accession_forecast, run_consensus_forecast
    except ImportError:
        return "forecasts: not made (install the `forecast` extra)"
    by = [dt.date(2025, 7, 1), dt.date(2025, 12, 31), dt.date(2026, 12, 31), dt.date(2029, 12, 31)]
    c = run_consensus_forecast(app, question, by, day, explain=False)
    a = run_accession_forecast(app, "SWE", dt.date(2023, 6, 1), explain=False)
    return (
        f"forecasts: #{c['forecast_id']} P(consensus on {question} by date), "
        f"#{a['forecast_id']} Sweden's accession as of 2023-06-01"
    )


def run_demo(app: App, question: str, on: str, forecasts: bool = True) -> dict[str, Any]:
    day = dt.date.fromisoformat(on)
    with app.store.write() as conn:
        replay_history(conn, app.kb)  # the app replays on first use; this is a no-op then
        history = ledger.count_evidence(conn, methods=(RATIFICATION_METHOD, HOLDOUT_METHOD))
    counts = app.kb.counts()
    loaded = [
        "knowledge base: "
        + ", ".join(
            f"{counts[t]} {t}"
            for t in ("members", "rounds", "ratifications", "persons", "holdouts")
        ),
        f"history in the ledger: {history} evidence rows from ratifications and holdouts",
        _ingest(app),
    ]
    if forecasts:
        loaded.append(_forecasts(app, question, day))
    with app.store.read() as conn:
        status = consensus_at(
            conn, app.kb, question, day, app.settings.include_proposed, app.settings.stale_days
        )
        swe = consensus_at(conn, app.kb, "NATO:admit:SWE", dt.date(2023, 6, 1))
    nxt = [
        f"accession status {question} --on {on} --format json   # the same, as JSON",
        f"accession diff {question} --from 2024-06-01 --to {on}   # who moved",
        "accession status NATO:admit:SWE --on 2023-06-01   # history: blocked by "
        + (", ".join(swe.blockers) or "nobody"),
        "accession ratifications SWE   # each ally's ratification, in days from signature",
        "accession who Sibiga --on 2024-11-29   # name variants → office on a date",
        f"accession forecast {question} --by 2026-12-31 --as-of {on}   # P(consensus by a date)",
        "accession serve   # the dashboard at http://127.0.0.1:8000/",
    ]
    return {
        "question": question,
        "on": on,
        "database": app.store.display_url,
        "loaded": loaded,
        "status": status.to_dict(),
        "status_obj": status,
        "next": nxt,
    }
