"""Ingestion: read articles (text, HTML, JSON/JSONL, RSS/Atom, guarded URLs), store each once,
run the extractor and keep what it read as evidence with spans.

Readers (`readers`, `sources`, `fetch`) are pure or I/O-only and never touch the database;
`service.ingest_paths` is the one loop that does, through `accession.store`.
"""

from accession.ingest.fetch import FetchOptions, fetch
from accession.ingest.items import REASONS, Item, ReadFailure
from accession.ingest.readers import (
    TextMeta,
    doc_from_record,
    read_feed,
    read_html,
    read_json,
    read_text,
)
from accession.ingest.service import (
    ExtractorUnavailable,
    IngestOptions,
    IngestSummary,
    ingest_paths,
    load_extractor,
)
from accession.ingest.sources import SourceOptions, iter_items

__all__ = [
    "REASONS",
    "ExtractorUnavailable",
    "FetchOptions",
    "IngestOptions",
    "IngestSummary",
    "Item",
    "ReadFailure",
    "SourceOptions",
    "TextMeta",
    "doc_from_record",
    "fetch",
    "ingest_paths",
    "iter_items",
    "load_extractor",
    "read_feed",
    "read_html",
    "read_json",
    "read_text",
]
