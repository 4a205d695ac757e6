"""Run one ingest in its own process (for the kill -9 test): `python ingest_worker.py DB FILE`.

Prints `ingested N` after every stored document so the parent knows when to kill it.
"""

from __future__ import annotations

import sys

import ingest_standin

from accession.app import build_app
from accession.ingest import ingest_paths, service


def main() -> None:
    db, path = sys.argv[1], sys.argv[2]
    service.load_extractor = lambda: (ingest_standin.extract, ingest_standin.METHOD)
    app = build_app(db)
    done = 0

    def progress(_label: str, outcome: str) -> None:
        nonlocal done
        if outcome == "ingested":
            done += 1
            print(f"ingested {done}", flush=True)

    summary = ingest_paths(app, [path], progress=progress)
    print(f"summary {summary.ingested} {summary.duplicates} {summary.failed}", flush=True)


if __name__ == "__main__":
    main()
