"""Sources: directories, stdin, size caps checked before reading, long JSONL lines."""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest

from accession.ingest import SourceOptions, iter_items
from accession.ingest.sources import bounded_lines
from tests.ingest.ingest_samples import ARTICLE


def _summary(items: list) -> list[tuple[str, str]]:
    return [(i.label, i.failure.reason if i.failure else "ok") for i in items]


def test_directory_is_recursive_sorted_and_skips_hidden(write) -> None:
    write("b.txt", "Second.")
    write("a.txt", "First.")
    write("sub/c.json", '{"text": "Third."}')
    write(".hidden.txt", "Never.")
    write(".git/config", "Never.")
    root = write.folder
    labels = [Path(i.label).relative_to(root).as_posix() for i in iter_items([str(root)])]
    assert labels == ["a.txt", "b.txt", "sub/c.json"]


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    [item] = iter_items([str(tmp_path / "nope.txt")])
    assert item.failure.reason == "not_found"
    [item] = iter_items(["https://example.org/a"])
    assert "--url" in item.failure.message


def test_stdin_text_and_jsonl() -> None:
    [item] = iter_items(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert item.label == "<stdin>" and item.doc.text == ARTICLE
    lines = b'{"text": "One."}\n{"text": "Two."}\n'
    assert [i.doc.text for i in iter_items(["-"], stdin=io.BytesIO(lines))] == ["One.", "Two."]


def test_stdin_over_the_cap() -> None:
    opts = SourceOptions(max_bytes=100)
    [item] = iter_items(["-"], options=opts, stdin=io.BytesIO(b"word " * 100))
    assert item.failure.reason == "too_large"


def test_50_mb_html_is_refused_without_reading_it(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    chunk = b"<p>" + b"Allies met again and talked for hours. " * 2_000 + b"</p>\n"
    with page.open("wb") as fh:
        fh.write(b"<html><body>")
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    tracemalloc.start()
    try:
        [item] = iter_items([str(page)], options=SourceOptions(max_bytes=20_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert item.failure.reason == "too_large"
    assert "over the cap" in item.failure.message
    assert peak < 1_000_000, f"read {peak} bytes into memory for a file it should refuse"


def test_jsonl_streams_and_skips_an_over_long_line(write) -> None:
    path = write(
        "docs.jsonl", '{"text": "One."}\n{"text": "' + "x" * 500 + '"}\n{"text": "Two."}\n'
    )
    out = _summary(list(iter_items([str(path)], options=SourceOptions(max_bytes=100))))
    assert out == [(f"{path}:1", "ok"), (f"{path}:2", "too_large"), (f"{path}:3", "ok")]


def test_binary_jsonl_is_one_failure(write) -> None:
    path = write("docs.jsonl", b"\x00\x01\x02" * 100)
    assert _summary(list(iter_items([str(path)]))) == [(str(path), "binary")]


@pytest.mark.parametrize(
    ("data", "limit", "expected"),
    [
        (b"a\nb\n", 5, [(1, b"a\n"), (2, b"b\n")]),
        (b"a\nbbbbbbbbbb\nc", 5, [(1, b"a\n"), (2, None), (3, b"c")]),
        (b"12345\n", 5, [(1, b"12345\n")]),
        (b"123456", 5, [(1, None)]),
        (b"", 5, []),
    ],
)
def test_bounded_lines(data: bytes, limit: int, expected: list) -> None:
    assert list(bounded_lines(io.BytesIO(data), limit)) == expected
