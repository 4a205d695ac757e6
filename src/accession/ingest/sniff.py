"""Look at bytes before trusting them: binary or text, which encoding, which format.

These checks run on the first few kilobytes, so a PDF, an image or a database dropped into
a news folder is refused with a reason instead of being fed to the extractor as garbage.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import PurePath

from accession.ingest.items import ReadFailure

HEAD_BYTES = 8192

# Signatures that are never news text. Ambiguous short ones ("MZ", "ID3") are left out:
# they can start a real sentence.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (docx, xlsx, epub...)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def check_bytes(head: bytes, size: int) -> None:
    """Refuse empty and binary content from its first bytes (a BOM'd UTF-16 file is text)."""
    if size == 0 or not head.strip():
        raise ReadFailure("empty", "the file is empty")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ReadFailure("binary", f"binary content: looks like {what}; give text or HTML")
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return
    if b"\x00" in head[:HEAD_BYTES]:
        raise ReadFailure("binary", "binary content: NUL bytes in the first kilobytes")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or XML file declares about itself, if a known codec."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, charset: str | None = None) -> str:
    """UTF-8 (or a BOM's encoding), else `charset` if given; otherwise an `encoding` failure."""
    enc = bom_encoding(data)
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError as exc:
            raise ReadFailure("encoding", f"invalid {enc} at byte {exc.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc
    if charset and codecs.lookup(charset).name != "utf-8":
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            raise ReadFailure(
                "encoding", f"not valid UTF-8 nor the declared charset {charset!r}"
            ) from None
    raise ReadFailure(
        "encoding",
        f"not valid UTF-8 (byte 0x{data[first.start]:02x} at offset {first.start}) and no "
        "charset declared; convert the file to UTF-8",
    )


def kind_of(name: str, head: bytes) -> str:
    """The reader for a file: its extension if known, otherwise a look at its first bytes."""
    ext = PurePath(name).suffix.lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    return sniff_kind(head)


def sniff_kind(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in start and b"<rss" not in start else "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        lines = [ln for ln in head.splitlines() if ln.strip()]
        if len(lines) > 1:
            try:
                json.loads(lines[0])
                return "jsonl"
            except ValueError:
                return "json"
        return "json"
    return "text"
