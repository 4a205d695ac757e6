"""The ingest loop: read → store once → extract → store what was read, one item at a time.

Each document with everything read in it is one transaction, so a crash (even `kill -9`)
leaves whole documents or nothing; the content hash makes a rerun skip what is stored, so
resuming is running the same command again. A failing item is recorded (item, stage,
reason, message) and the loop goes on.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, BinaryIO

from accession.app import App
from accession.errors import AccessionError
from accession.ingest.fetch import FetchOptions
from accession.ingest.items import Item, ReadFailure
from accession.ingest.readers import TextMeta
from accession.ingest.sources import SourceOptions, iter_items
from accession.ingest.store import store_result
from accession.kb import KnowledgeBase
from accession.model import Document
from accession.store import documents as store_documents

Extractor = Callable[[Document, KnowledgeBase], Any]
Progress = Callable[[str, str], None]  # (item label, outcome: ingested|duplicate|failed)
MAX_FAILURES_KEPT = 100  # in the summary; the failures table keeps them all


class ExtractorUnavailable(AccessionError):
    code = "E051"
    http_status = 500


@dataclass(frozen=True)
class IngestOptions:
    """What the user chose; recorded with the batch so a batch can be reproduced."""

    meta: TextMeta = field(default_factory=TextMeta)
    urls: tuple[str, ...] = ()
    allow_private: bool = False
    extract: bool = True
    max_bytes: int | None = None  # default: settings.max_document_bytes
    timeout: float | None = None  # default: settings.fetch_timeout
    workers: int = 0  # >0: extract in a local Dask cluster of that many processes
    scheduler: str | None = None  # or on an existing Dask cluster (tcp://host:8786)


@dataclass
class IngestSummary:
    batch_id: int | None = None
    items: int = 0
    ingested: int = 0
    duplicates: int = 0
    syndicated: int = 0
    evidence: int = 0
    consensus_reports: int = 0
    undated: int = 0
    warnings: int = 0
    failed_by_reason: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return sum(self.failed_by_reason.values())

    @property
    def all_failed(self) -> bool:
        return self.items > 0 and self.failed == self.items

    def counts(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("failures", "batch_id")}
        out["failed"] = self.failed
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"batch_id": self.batch_id, **self.counts(), "failures": self.failures}


def load_extractor() -> tuple[Extractor, str]:
    """The project's extractor and its method name (pipeline name + version)."""
    try:
        from accession import nlp
    except ImportError as exc:
        raise ExtractorUnavailable(
            f"the extractor (accession.nlp) cannot be imported: {exc}; "
            "use --no-extract to store documents only"
        ) from None
    from accession import __version__

    name, version = getattr(nlp, "PIPELINE_NAME", None), getattr(nlp, "PIPELINE_VERSION", None)
    method = getattr(nlp, "METHOD", None) or (
        f"{name}.v{version}" if name and version else f"accession.nlp/{__version__}"
    )
    return nlp.extract, str(method)[:60]  # the ledger's method column holds 60 characters


class _Run:
    """State of one batch: the app, the counts, and the per-item error handler."""

    def __init__(self, app: App, options: IngestOptions, progress: Progress | None) -> None:
        self.app = app
        self.options = options
        self.progress = progress
        self.summary = IngestSummary()
        self.today = dt.date.today()
        self.extract: Extractor | None = None
        self.method = "none"
        if options.extract:
            self.extract, self.method = load_extractor()

    def fail(self, label: str, stage: str, reason: str, message: str) -> None:
        s = self.summary
        s.failed_by_reason[reason] = s.failed_by_reason.get(reason, 0) + 1
        if len(s.failures) < MAX_FAILURES_KEPT:
            s.failures.append({"item": label, "stage": stage, "reason": reason, "message": message})
        with self.app.store.write() as conn:
            store_documents.record_failure(conn, s.batch_id, label, stage, reason, message)
        self._tick(label, "failed")

    def _tick(self, label: str, outcome: str) -> None:
        if self.progress is not None:
            self.progress(label, outcome)

    def handle(self, item: Item) -> None:
        doc = self.prepare(item)
        if doc is None:
            return
        result: dict[str, Any] | str = {}
        if self.extract is not None:
            try:
                raw = self.extract(doc, self.app.kb)
                result = raw.to_dict() if hasattr(raw, "to_dict") else dict(raw)
            except Exception as exc:  # the per-item handler: any extractor bug, then go on
                result = f"{type(exc).__name__}: {exc}"
        self.finish(item, doc, result)

    def prepare(self, item: Item) -> Document | None:
        """Count the item; record a read failure or skip a stored document (before the
        costly extraction); return the document that still needs extracting and storing."""
        self.summary.items += 1
        if item.failure is not None:
            f = item.failure
            self.fail(item.label, f.stage, f.reason, f.message)
            return None
        doc = item.doc
        assert doc is not None
        if self.extract is not None:
            # add_document checks again, inside the writing transaction
            with self.app.store.read() as conn:
                if store_documents.document_id_by_hash(conn, doc.content_hash) is not None:
                    self.summary.duplicates += 1
                    self._tick(item.label, "duplicate")
                    return None
        return doc

    def finish(self, item: Item, doc: Document, result: dict[str, Any] | str) -> None:
        """Store a document with what was read in it; a string result is an extractor error."""
        if isinstance(result, str):
            self.fail(item.label, "extract", "extract", result)
            return
        try:
            self._store(item.label, doc, result)
        except AccessionError as exc:
            self.fail(item.label, "store", "store", exc.message)
        except Exception as exc:  # e.g. a constraint the database enforces
            self.fail(item.label, "store", "store", f"{type(exc).__name__}: {exc}")

    def _store(self, label: str, doc: Document, result: dict[str, Any]) -> None:
        s = self.summary
        with self.app.store.write() as conn:
            doc_id, created, original = store_documents.add_document(
                conn, doc, s.batch_id, origin=label
            )
            if not created:  # stored by someone else since the check
                s.duplicates += 1
                self._tick(label, "duplicate")
                return
            stored = store_result(
                conn,
                doc,
                doc_id,
                result,
                self.method,
                cluster=original if original is not None else doc_id,
                day=doc.published or self.today,
            )
            for message in stored.skipped or []:
                store_documents.record_failure(
                    conn, s.batch_id, label, "evidence", "invalid_extraction", message
                )
        s.ingested += 1
        s.syndicated += original is not None
        s.undated += doc.published is None
        s.evidence += stored.evidence
        s.consensus_reports += stored.consensus_reports
        s.warnings += len(stored.skipped or [])
        self._tick(label, "ingested")

    def config(self, sources: list[str], source_options: SourceOptions) -> dict[str, Any]:
        return {
            "sources": sources[:100],
            "source_count": len(sources),
            "urls": list(self.options.urls),
            "meta": {k: str(v) if v else "" for k, v in asdict(self.options.meta).items()},
            "allow_private": self.options.allow_private,
            "max_document_bytes": source_options.max_bytes,
            "fetch_timeout": source_options.fetch.timeout,
            "extract": self.options.extract,
            "workers": self.options.workers,
            "scheduler": self.options.scheduler or "",
            "extractor": self.method,
            "undated_evidence_date": self.today.isoformat(),
            "undated_policy": "evidence from a document without a publication date is dated "
            "on the ingest day (undated_evidence_date)",
        }


def ingest_paths(
    app: App,
    sources: Iterable[str],
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> IngestSummary:
    """Ingest files, directories, `-` (stdin) and `options.urls`; never raises for bad input.

    Raises only when nothing can work at all (database unusable, extractor missing).
    """
    options = options or IngestOptions()
    settings = app.settings
    source_options = SourceOptions(
        meta=options.meta,
        max_bytes=options.max_bytes or settings.max_document_bytes,
        fetch=FetchOptions(
            allow_private=options.allow_private,
            timeout=options.timeout or settings.fetch_timeout,
        ),
    )
    sources = list(sources)
    run = _Run(app, options, progress)
    started = time.perf_counter()
    with app.store.write() as conn:
        run.summary.batch_id = store_documents.start_batch(
            conn, "ingest", app.version, run.config(sources, source_options)
        )
    items = iter_items(sources, options.urls, source_options, stdin)
    try:
        if run.extract is not None and (options.workers or options.scheduler):
            from accession.ingest.parallel import run_distributed

            run_distributed(run, items, options.workers, options.scheduler)
        else:
            for item in items:
                run.handle(item)
    except KeyboardInterrupt:
        run.summary.interrupted = True
        raise
    finally:
        run.summary.seconds = round(time.perf_counter() - started, 3)
        with app.store.write() as conn:
            store_documents.finish_batch(conn, run.summary.batch_id, run.summary.counts())
    return run.summary


__all__ = [
    "ExtractorUnavailable",
    "IngestOptions",
    "IngestSummary",
    "ReadFailure",
    "ingest_paths",
    "load_extractor",
]
