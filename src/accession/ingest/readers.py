"""Pure readers: bytes in, `accession.model.Document` out (or a `ReadFailure`).

No file system, no network, no database here, so each format is tested with a literal and
the same functions serve files, stdin and fetched pages alike.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from accession.errors import ValidationError
from accession.ingest.items import ReadFailure
from accession.ingest.sniff import check_bytes, declared_charset, decode
from accession.model import Document

Read = tuple[str, Document | ReadFailure]  # (label suffix, result) for multi-document formats

# feedparser flags these on feeds that are fine (a charset mismatch it already handled).
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")
_BLOCK_END = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*/?\s*>")
_SPACES = re.compile(r"[ \t\u00a0]+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class TextMeta:
    """What plain text cannot say about itself; also fills gaps in an HTML page's metadata."""

    published: dt.date | None = None
    url: str = ""
    outlet: str = ""
    title: str = ""


def _document(text: str, kind: str, **meta: Any) -> Document:
    if not text or not text.strip():
        raise ReadFailure("empty", "no text to read")
    try:
        return Document(text=text, kind=kind, **meta)
    except ValidationError as exc:
        raise ReadFailure("parse", exc.message) from None


def parse_published(value: object) -> dt.date | None:
    """A document's publication day from `YYYY-MM-DD` (a time part after it is ignored)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ReadFailure("parse", f"published {value!r} is not a date (YYYY-MM-DD)")


def read_text(data: bytes, meta: TextMeta | None = None) -> Document:
    meta = meta or TextMeta()
    check_bytes(data[:8192], len(data))
    text = decode(data)
    return _document(
        text.strip("\ufeff"),
        "text",
        title=meta.title,
        published=meta.published,
        outlet=meta.outlet,
        url=meta.url,
    )


def read_html(data: bytes, meta: TextMeta | None = None, charset: str | None = None) -> Document:
    """Article text and metadata via trafilatura: scripts, menus and footers are dropped."""
    import trafilatura

    meta = meta or TextMeta()
    check_bytes(data[:8192], len(data))
    page = decode(data, charset or declared_charset(data))
    try:
        found = trafilatura.bare_extraction(page, url=meta.url or None, with_metadata=True)
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        raise ReadFailure("parse", f"HTML could not be parsed: {exc}") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise ReadFailure("empty", "no article text found in the HTML page")
    published = meta.published
    if published is None and getattr(found, "date", None):
        try:
            published = parse_published(found.date)
        except ReadFailure:
            published = None
    return _document(
        text,
        "html",
        title=meta.title or (found.title or ""),
        published=published,
        outlet=meta.outlet or (found.sitename or ""),
        url=meta.url or (found.url or ""),
    )


def doc_from_record(record: object) -> Document:
    """A document in the format of ../shared/eval/FORMAT.md (`text` required)."""
    if not isinstance(record, dict):
        raise ReadFailure("parse", f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadFailure("parse", "the JSON object has no string field 'text'")
    fields = {}
    for name in ("title", "outlet", "url"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ReadFailure("parse", f"field {name!r} must be a string or null")
        fields[name] = value or ""
    return _document(text, "json", published=parse_published(record.get("published")), **fields)


def read_json(data: bytes) -> Iterator[Read]:
    """One document object, or a list of them (labelled `[i]`)."""
    try:
        check_bytes(data[:8192], len(data))
        value = json.loads(decode(data))
    except ReadFailure as failure:
        yield "", failure
        return
    except ValueError as exc:
        yield "", ReadFailure("parse", f"invalid JSON: {exc}")
        return
    records = value if isinstance(value, list) else [value]
    for i, record in enumerate(records):
        suffix = f"[{i}]" if isinstance(value, list) else ""
        try:
            yield suffix, doc_from_record(record)
        except ReadFailure as failure:
            yield suffix, failure


def read_jsonl_line(line: bytes) -> Document:
    check_bytes(line[:8192], len(line))
    try:
        record = json.loads(decode(line))
    except ValueError as exc:
        raise ReadFailure("parse", f"invalid JSON: {exc}") from None
    return doc_from_record(record)


def read_jsonl(lines: Iterable[tuple[int, bytes | None]]) -> Iterator[Read]:
    """One document per line, streamed; `None` for a line over the size cap; blanks skipped."""
    for lineno, line in lines:
        suffix = f":{lineno}"
        if line is None:
            yield suffix, ReadFailure("too_large", "the line is longer than max_document_bytes")
            continue
        if not line.strip():
            continue
        try:
            yield suffix, read_jsonl_line(line)
        except ReadFailure as failure:
            yield suffix, failure


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment from a feed (paragraphs kept, scripts dropped)."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_BLOCK_END.sub("\n", fragment), create_parent="div")
    except Exception:  # lxml raises ParserError/ValueError on junk
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    lines = (_SPACES.sub(" ", ln).strip() for ln in root.text_content().splitlines())
    return "\n".join(ln for ln in lines if ln)


def _entry_day(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(parsed, time.struct_time):
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def feed_entry(entry: Any, outlet: str) -> Document:
    """An RSS/Atom entry as a document: its title and its content (or summary) as text."""
    title = fragment_text(entry.get("title") or "")
    contents = entry.get("content") or []
    body_html = contents[0].get("value", "") if contents else entry.get("summary") or ""
    body = fragment_text(body_html)
    text = "\n\n".join(part for part in (title, body) if part)
    if not text:
        raise ReadFailure("empty", "the feed entry has no title, summary or content")
    return _document(
        text,
        "feed",
        title=title,
        published=_entry_day(entry),
        outlet=outlet,
        url=entry.get("link") or "",
    )


def read_feed(data: bytes) -> Iterator[Read]:
    """Each entry (`#n`) as a document; a malformed feed is one failure, its entries still read."""
    import feedparser

    try:
        check_bytes(data[:8192], len(data))
    except ReadFailure as failure:
        yield "", failure
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = parsed.get("bozo_exception") or "no entries"
        reason = "empty" if parsed.version and not parsed.bozo else "parse"
        yield "", ReadFailure(reason, f"not a readable RSS/Atom feed: {why}")
        return
    problem = parsed.get("bozo_exception")
    if parsed.bozo and type(problem).__name__ not in _HARMLESS_BOZO:
        yield "", ReadFailure("parse", f"malformed feed (entries before the error kept): {problem}")
    outlet = fragment_text(parsed.feed.get("title") or "")
    for i, entry in enumerate(parsed.entries, start=1):
        try:
            yield f"#{i}", feed_entry(entry, outlet)
        except ReadFailure as failure:
            yield f"#{i}", failure
