"""Fixtures for the ingest tests: the stand-in extractor, a local HTTP server, sample files.

Every text here was written for these tests (never copied from ../shared/eval).
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from accession.ingest import service
from tests.ingest import ingest_standin
from tests.ingest.ingest_samples import HTML_PAGE, RSS


@pytest.fixture
def standin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the stand-in extractor instead of accession.nlp (whatever state that is in)."""
    monkeypatch.setattr(
        service, "load_extractor", lambda: (ingest_standin.extract, ingest_standin.METHOD)
    )


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers and status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[str]:
    """A server on 127.0.0.1 with fixed routes; yields its base URL."""
    routes = {
        "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, HTML_PAGE.encode()),
        "/feed": (200, {"Content-Type": "application/rss+xml"}, RSS),
        "/hop": (302, {"Location": "/article"}, b""),
        "/to-ftp": (302, {"Location": "ftp://127.0.0.1/file"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"words " * 50_000 + b"</p>"),
        "/gone": (410, {}, b"gone"),
    }
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def write(tmp_path: Path):
    """write(name, content) → path: a file in a fresh folder (str content is UTF-8)."""
    folder = tmp_path / "in"
    folder.mkdir()

    def _write(name: str, content: str | bytes) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        return path

    _write.folder = folder  # type: ignore[attr-defined]
    return _write
