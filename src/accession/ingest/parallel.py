"""Extraction on a Dask cluster (local processes or an existing scheduler), storing here.

Extraction is the costly, CPU-bound step and needs nothing but the document and the
knowledge base, so it runs on the cluster; the one writer (this process) stores results in
the order they were read. The same pipeline functions run either way: a batch made with
`--workers` stores exactly what a sequential one does. In-flight work is bounded, so memory
stays flat however long the input.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from accession.ingest.items import Item
from accession.model import Document

if TYPE_CHECKING:
    from accession.ingest.service import _Run

CHUNK = 32  # documents per task: amortises scheduling and the transfer of results


def extract_chunk(docs: list[Document]) -> list[dict[str, Any] | str]:
    """Runs on a worker: the worker loads the knowledge base once (cached per process)."""
    from accession.kb import load_kb
    from accession.nlp import extract

    kb = load_kb()
    out: list[dict[str, Any] | str] = []
    for doc in docs:
        try:
            raw = extract(doc, kb)
            out.append(raw.to_dict() if hasattr(raw, "to_dict") else dict(raw))
        except Exception as exc:  # reported per item, like the sequential path
            out.append(f"{type(exc).__name__}: {exc}")
    return out


def _chunks(run: _Run, items: Iterable[Item]) -> Iterator[list[tuple[Item, Document]]]:
    it = iter(items)
    while True:
        batch = list(islice(it, CHUNK))
        if not batch:
            return
        ready = [(item, doc) for item in batch if (doc := run.prepare(item)) is not None]
        if ready:
            yield ready


def run_distributed(
    run: _Run, items: Iterable[Item], workers: int = 0, scheduler: str | None = None
) -> None:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=max(workers, 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        )
        client = Client(cluster)
    try:
        inflight: deque[tuple[list[tuple[Item, Document]], Any]] = deque()
        limit = 2 * max(workers, len(client.scheduler_info().get("workers", {})), 1)
        for chunk in _chunks(run, items):
            inflight.append((chunk, client.submit(extract_chunk, [d for _, d in chunk])))
            while len(inflight) >= limit:
                _store(run, *inflight.popleft())
        while inflight:
            _store(run, *inflight.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _store(run: _Run, chunk: list[tuple[Item, Document]], future: Any) -> None:
    try:
        results = future.result()
    except Exception as exc:  # a lost worker: every item of the chunk is recorded
        results = [f"{type(exc).__name__}: {exc}"] * len(chunk)
    for (item, doc), result in zip(chunk, results, strict=True):
        run.finish(item, doc, result)
