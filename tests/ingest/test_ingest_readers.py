"""Readers and byte checks: one table per translator (STYLE.md item 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from accession.ingest import ReadFailure, TextMeta, read_feed, read_html, read_json, read_text
from accession.ingest.readers import doc_from_record, fragment_text, parse_published, read_jsonl
from accession.ingest.sniff import check_bytes, declared_charset, decode, kind_of
from tests.ingest.ingest_samples import ARTICLE, HTML_PAGE, RSS


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.7\n...", "binary"),
        (b"\x89PNG\r\n\x1a\n....", "binary"),
        (b"PK\x03\x04zip", "binary"),
        (b"SQLite format 3\x00", "binary"),
        (b"text with a \x00 NUL", "binary"),
    ],
    ids=["empty", "blank", "pdf", "png", "zip", "sqlite", "nul"],
)
def test_check_bytes_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(ReadFailure) as info:
        check_bytes(data, len(data))
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        (b"plain", None, "plain"),
        ("caf\u00e9".encode(), None, "caf\u00e9"),
        (b"\xef\xbb\xbfbom", None, "bom"),
        ("h\u00e9".encode("utf-16"), None, "h\u00e9"),
        (b"caf\xe9", "windows-1252", "caf\u00e9"),
    ],
    ids=["ascii", "utf8", "utf8-bom", "utf16-bom", "declared-cp1252"],
)
def test_decode(data: bytes, charset: str | None, expected: str) -> None:
    assert decode(data, charset) == expected


def test_decode_invalid_utf8_without_charset_is_an_encoding_failure() -> None:
    with pytest.raises(ReadFailure) as info:
        decode(b"caf\xe9 au lait")
    assert info.value.reason == "encoding"
    assert "offset 3" in info.value.message


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"<html>", "text"),
        ("a.HTM", b"x", "html"),
        ("a.jsonl", b"{}", "jsonl"),
        ("a.atom", b"<feed>", "feed"),
        ("noext", b"<!DOCTYPE html><html>", "html"),
        ("noext", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        ("noext", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("noext", b'{\n "text": "a"\n}', "json"),
        ("noext", b"[{}]", "json"),
        ("noext", b"Just words.", "text"),
    ],
)
def test_kind_of(name: str, head: bytes, kind: str) -> None:
    assert kind_of(name, head) == kind


def test_declared_charset() -> None:
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "iso8859-1"
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1252"?>') == "cp1252"
    assert declared_charset(b'<meta charset="no-such-codec">') is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2024-12-03", dt.date(2024, 12, 3)),
        ("2024-12-03T10:00:00Z", dt.date(2024, 12, 3)),
        (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["3 December 2024", "2024-13-01", 20241203])
def test_parse_published_refuses(value: object) -> None:
    with pytest.raises(ReadFailure, match="not a date"):
        parse_published(value)


def test_read_text_takes_metadata_from_options() -> None:
    meta = TextMeta(dt.date(2024, 12, 3), "https://ex.example/a", "Example", "A title")
    doc = read_text(ARTICLE.encode(), meta)
    assert (doc.text, doc.published, doc.url, doc.outlet, doc.title, doc.kind) == (
        ARTICLE,
        dt.date(2024, 12, 3),
        "https://ex.example/a",
        "Example",
        "A title",
        "text",
    )


def test_read_html_article_and_metadata() -> None:
    doc = read_html(HTML_PAGE.encode())
    assert "Hungary opposes an invitation" in doc.text
    assert "Home | World" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Allies split on Ukraine"
    assert doc.outlet == "The Example Herald"
    assert doc.published == dt.date(2024, 12, 3)
    assert doc.kind == "html"


def test_read_html_full_of_scripts_yields_only_article_text() -> None:
    noise = "".join(
        f"<script>window.TRACKER_{i} = function() {{ return 'SCRIPT_PAYLOAD {i}'; }};</script>"
        for i in range(300)
    )
    page = (
        "<html><head><title>Ministers meet</title>"
        f"{noise}<style>.ad {{ color: red }}</style></head><body>{noise}"
        "<noscript>Enable JavaScript NOSCRIPT_TEXT</noscript>"
        f"<article><p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]}</p></article>"
        f"{noise}</body></html>"
    )
    doc = read_html(page.encode())
    assert "Hungary opposes an invitation" in doc.text
    for leak in ("SCRIPT_PAYLOAD", "TRACKER_", "function()", "color: red", "NOSCRIPT_TEXT"):
        assert leak not in doc.text


def test_read_html_uses_the_declared_charset() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body><article><p>'
        + ARTICLE.splitlines()[0]
        + " Caf\xe9 talks continue.</p></article></body></html>"
    ).encode("cp1252")
    assert "Caf\u00e9 talks" in read_html(page).text


def test_read_html_invalid_utf8_without_charset_fails_with_encoding() -> None:
    page = b"<html><body><p>Caf\xe9 \xff\xfe talks.</p></body></html>"
    with pytest.raises(ReadFailure) as info:
        read_html(page)
    assert info.value.reason == "encoding"


def test_read_html_without_article_text_is_empty() -> None:
    with pytest.raises(ReadFailure) as info:
        read_html(b"<html><head><script>var a = 1;</script></head><body></body></html>")
    assert info.value.reason == "empty"


def test_read_json_object_and_list() -> None:
    one = b'{"url": null, "title": "T", "published": "2024-12-03", "outlet": null, "text": "A."}'
    [(suffix, doc)] = list(read_json(one))
    assert suffix == "" and doc.text == "A." and doc.url == "" and doc.title == "T"
    many = list(read_json(b'[{"text": "A."}, {"text": 3}, {"text": "B."}]'))
    assert [s for s, _ in many] == ["[0]", "[1]", "[2]"]
    assert isinstance(many[1][1], ReadFailure) and many[1][1].reason == "parse"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ([], "parse"),
        ({}, "parse"),
        ({"text": ""}, "empty"),
        ({"text": "A.", "title": 5}, "parse"),
        ({"text": "A.", "published": "yesterday"}, "parse"),
    ],
)
def test_doc_from_record_refuses(record: object, reason: str) -> None:
    with pytest.raises(ReadFailure) as info:
        doc_from_record(record)
    assert info.value.reason == reason


def test_read_jsonl_reports_each_bad_line_and_skips_blanks() -> None:
    lines = [
        (1, b'{"text": "A."}\n'),
        (2, b"\n"),
        (3, b"{broken\n"),
        (4, None),
        (5, b'{"text": "caf\xe9"}\n'),
        (6, b'{"text": "B."}'),
    ]
    out = [(s, r if isinstance(r, ReadFailure) else r.text) for s, r in read_jsonl(lines)]
    assert [s for s, _ in out] == [":1", ":3", ":4", ":5", ":6"]
    assert [getattr(r, "reason", r) for _, r in out] == [
        "A.",
        "parse",
        "too_large",
        "encoding",
        "B.",
    ]


def test_read_feed_rss_entries_and_broken_entry() -> None:
    out = list(read_feed(RSS))
    assert [s for s, _ in out] == ["#1", "#2", "#3"]
    first, broken, third = (r for _, r in out)
    assert first.title == "Hungary opposes invitation"
    assert first.text.startswith("Hungary opposes invitation\n\nHungary opposes an invitation")
    assert "<p>" not in first.text
    assert (first.url, first.outlet, first.published) == (
        "https://wire.example/1",
        "Example Wire",
        dt.date(2024, 12, 3),
    )
    assert isinstance(broken, ReadFailure) and broken.reason == "empty"
    assert third.published == dt.date(2024, 12, 4)


def test_read_feed_atom() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Allies meet</title><link href="https://atom.example/a"/>
<updated>2024-11-28T09:30:00+01:00</updated>
<content type="html">&lt;p&gt;Germany supports the plan.&lt;/p&gt;
&lt;p&gt;Talks go on.&lt;/p&gt;</content>
</entry></feed>"""
    [(_, doc)] = list(read_feed(atom))
    assert doc.text == "Allies meet\n\nGermany supports the plan.\nTalks go on."
    assert (doc.url, doc.outlet, doc.published) == (
        "https://atom.example/a",
        "Atom Desk",
        dt.date(2024, 11, 28),
    )


def test_read_feed_truncated_keeps_entries_before_the_error() -> None:
    cut = RSS[: RSS.index(b"<item><title>Germany")] + b"<item><title>Cut off"
    out = list(read_feed(cut))
    reasons = [getattr(r, "reason", "ok") for _, r in out]
    assert out[0][0] == "" and reasons[0] == "parse"  # the feed itself is recorded as malformed
    assert "ok" in reasons  # but the entry before the break is still read


def test_read_feed_not_a_feed() -> None:
    [(_, failure)] = list(read_feed(b"just some words, not XML"))
    assert isinstance(failure, ReadFailure) and failure.reason == "parse"


def test_fragment_text() -> None:
    assert fragment_text("a &amp; b") == "a & b"
    assert fragment_text("<p>one</p><p>two<script>x()</script></p>") == "one\ntwo"
