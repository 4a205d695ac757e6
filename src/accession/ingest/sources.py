"""Turn what the user named (files, directories, `-`, URLs) into a lazy stream of Items.

Lazy so a 100,000-line JSONL file or a deep directory never sits in memory: the service
pulls one item, stores it, and pulls the next. Sizes are checked before reading, so a 50 MB
page costs one `fstat`, not 50 MB.
"""

from __future__ import annotations

import dataclasses
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from accession.ingest.fetch import FetchOptions, fetch, kind_of_response
from accession.ingest.items import Item, ReadFailure
from accession.ingest.readers import (
    Read,
    TextMeta,
    read_feed,
    read_html,
    read_json,
    read_jsonl,
    read_text,
)
from accession.ingest.sniff import HEAD_BYTES, check_bytes, kind_of, sniff_kind

STDIN = "-"


@dataclass(frozen=True)
class SourceOptions:
    meta: TextMeta = field(default_factory=TextMeta)
    max_bytes: int = 20_000_000
    fetch: FetchOptions = field(default_factory=FetchOptions)


def iter_items(
    sources: Iterable[str],
    urls: Iterable[str] = (),
    options: SourceOptions | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Every document named by `sources` (paths, directories, `-`) and then by `urls`."""
    options = options or SourceOptions()
    for source in sources:
        if source == STDIN:
            yield from stream_items("<stdin>", stdin or sys.stdin.buffer, options)
        else:
            yield from path_items(Path(source), options)
    for url in urls:
        yield from url_items(url, options)


def walk(root: Path) -> Iterator[Path]:
    """Files under `root`, recursively, in sorted order; hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def path_items(path: Path, options: SourceOptions) -> Iterator[Item]:
    if path.is_dir():
        for file in walk(path):
            yield from file_items(file, options)
    elif path.exists():
        yield from file_items(path, options)
    else:
        hint = "; fetch web pages with --url" if str(path).startswith(("http:", "https:")) else ""
        yield Item.failed(str(path), "not_found", f"no such file or directory{hint}")


def _too_large(size: int, cap: int) -> ReadFailure:
    return ReadFailure(
        "too_large",
        f"{size:,} bytes, over the cap of {cap:,} (setting max_document_bytes, "
        "env ACCESSION_MAX_DOCUMENT_BYTES)",
    )


def file_items(path: Path, options: SourceOptions) -> Iterator[Item]:
    label = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Item.failed(label, "not_found", f"cannot open: {exc.strerror}")
        return
    with fh:
        size = os.fstat(fh.fileno()).st_size
        head = fh.read(HEAD_BYTES)
        kind = kind_of(path.name, head)
        if kind == "jsonl":
            try:
                check_bytes(head, size)
            except ReadFailure as failure:
                yield Item(label, failure=failure)
                return
            fh.seek(0)
            yield from _labelled(label, read_jsonl(bounded_lines(fh, options.max_bytes)))
            return
        if size > options.max_bytes:
            yield Item(label, failure=_too_large(size, options.max_bytes))
            return
        data = head + fh.read(options.max_bytes + 1 - len(head))
    if len(data) > options.max_bytes:  # a file that grew, or a device reporting size 0
        yield Item(label, failure=_too_large(len(data), options.max_bytes))
        return
    yield from bytes_items(label, kind, data, options.meta)


def stream_items(label: str, stream: BinaryIO, options: SourceOptions) -> Iterator[Item]:
    """Standard input: JSONL is streamed line by line, anything else is read up to the cap."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(HEAD_BYTES)[:HEAD_BYTES]  # type: ignore[union-attr]
    kind = sniff_kind(head)
    if kind == "jsonl":
        yield from _labelled(label, read_jsonl(bounded_lines(buffered, options.max_bytes)))
        return
    data = buffered.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Item(label, failure=_too_large(len(data), options.max_bytes))
        return
    yield from bytes_items(label, kind, data, options.meta)


def url_items(url: str, options: SourceOptions) -> Iterator[Item]:
    fetch_options = dataclasses.replace(options.fetch, max_bytes=options.max_bytes)
    try:
        page = fetch(url, fetch_options)
    except ReadFailure as failure:
        yield Item(url, failure=failure)
        return
    kind = kind_of_response(page) or sniff_kind(page.content[:HEAD_BYTES])
    meta = options.meta if options.meta.url else dataclasses.replace(options.meta, url=page.url)
    yield from bytes_items(url, kind, page.content, meta, page.charset)


def bytes_items(
    label: str, kind: str, data: bytes, meta: TextMeta, charset: str | None = None
) -> Iterator[Item]:
    """Read a whole, size-checked body with the reader for `kind`."""
    if kind in ("text", "html"):
        try:
            doc = read_html(data, meta, charset) if kind == "html" else read_text(data, meta)
        except ReadFailure as failure:
            yield Item(label, failure=failure)
            return
        yield Item(label, doc=doc)
    elif kind == "json":
        yield from _labelled(label, read_json(data))
    elif kind == "jsonl":
        lines = ((i, ln) for i, ln in enumerate(data.splitlines(), start=1))
        yield from _labelled(label, read_jsonl(lines))
    else:
        yield from _labelled(label, read_feed(data))


def _labelled(label: str, reads: Iterable[Read]) -> Iterator[Item]:
    for suffix, result in reads:
        if isinstance(result, ReadFailure):
            yield Item(label + suffix, failure=result)
        else:
            yield Item(label + suffix, doc=result)


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of a binary stream; a line longer than `limit` is skipped as `None`
    without ever holding more than `limit` bytes of it."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line
