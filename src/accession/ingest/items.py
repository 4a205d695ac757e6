"""What the readers hand to the ingest service: one `Item` per document, or per failure.

Readers never raise for bad input: a batch must go on past a bad file, a bad JSONL line or
a broken feed entry, so each problem travels as a `ReadFailure` with a stable reason code
that `accession failures` can group and count.
"""

from __future__ import annotations

from dataclasses import dataclass

from accession.errors import InputError
from accession.model import Document

# Stable reason codes (recorded in the `failures` table; documented in docs/ingest.md).
REASONS: dict[str, str] = {
    "not_found": "the path does not exist or cannot be opened",
    "binary": "the file is binary (NUL bytes or a known binary signature)",
    "empty": "no text to read",
    "encoding": "the bytes are not valid UTF-8 (nor the declared charset)",
    "too_large": "larger than max_document_bytes",
    "parse": "the file or record is malformed for its format",
    "fetch": "the URL could not be fetched (network error, HTTP error, timeout)",
    "scheme": "only http and https URLs are fetched",
    "private_address": "the host resolves to a private, loopback or reserved address",
    "extract": "the extractor raised an error on this document",
    "store": "the database refused the document",
    "invalid_extraction": "an extracted stance or consensus item was malformed (skipped)",
}


class ReadFailure(InputError):
    """A document that cannot be read; `reason` is one of REASONS."""

    def __init__(self, reason: str, message: str, stage: str = "read") -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown failure reason {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.stage = stage


@dataclass(frozen=True)
class Item:
    """One unit of work: a document read from `label` (path, path:line, URL), or a failure."""

    label: str
    doc: Document | None = None
    failure: ReadFailure | None = None

    @classmethod
    def failed(cls, label: str, reason: str, message: str, stage: str = "read") -> Item:
        return cls(label, failure=ReadFailure(reason, message, stage))
