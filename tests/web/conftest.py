"""Web fixtures: one seeded database (history + our own sentences + a hostile document), an
in-process client, a live uvicorn server for the browser tests, and the Chromium rule.

Browser tests skip when Chromium is absent, except in CI (CI=true), where they must run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accession.analysis.replay import replay_history
from accession.app import App, build_app
from accession.model import Document, Evidence, Span, Stance
from accession.store import documents as store_documents
from accession.store import ledger
from accession.web import create_app

IN_CI = os.environ.get("CI", "").lower() == "true"
Q = "NATO:invite:UKR"
TOKEN = "test-token-123"
HOSTILE_TEXT = (
    "Budapest, 9 October 2024. <script>window.__pwned = 1</script>"
    '<img src="x" onerror="window.__pwned = 2"> '
    "The Hungarian foreign minister said that Hungary will not agree to inviting Ukraine."
)
# (member, stance, date, quote, condition) — sentences written for these tests
SENTENCES: list[tuple[str, str, str, str, str]] = [
    ("DEU", "undecided", "2024-06-01", "Berlin said it would weigh an invitation later.", ""),
    ("DEU", "oppose", "2024-10-24", "The chancellor said a country at war cannot join now.", ""),
    ("SVK", "oppose", "2024-10-06", "The prime minister vowed to vote against membership.", ""),
    ("POL", "support", "2024-10-23", "Warsaw wants the allies to invite Ukraine this year.", ""),
    ("LTU", "support", "2024-10-17", "Vilnius called an invitation a point of no return.", ""),
    ("FRA", "conditional", "2024-11-01", "Paris would back it after a ceasefire.", "ceasefire"),
]


def chromium_path() -> str | None:
    path = os.environ.get("ACCESSION_TEST_CHROMIUM") or "/usr/bin/chromium"
    if Path(path).exists():
        return path
    return shutil.which("chromium")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chromium_path() or IN_CI:
        return  # in CI a missing Chromium must fail, not skip
    skip = pytest.mark.skip(reason="Chromium not found (set ACCESSION_TEST_CHROMIUM)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def seed(app: App) -> dict[str, Any]:
    """History from the knowledge base, our sentences, and one hostile document."""
    ids: dict[str, Any] = {}
    with app.store.write() as conn:
        replay_history(conn, app.kb)
        items = [
            Evidence(
                Stance(Q, m, s, dt.date.fromisoformat(d)),
                quote=quote,
                source_url=f"https://example.org/{m.lower()}/{d}",
                condition=cond,
            )
            for m, s, d, quote, cond in SENTENCES
        ]
        ledger.add_evidence(conn, items)
        doc = Document(
            HOSTILE_TEXT,
            "Hostile <b>title</b>",
            dt.date(2024, 10, 9),
            "Test Wire",
            "https://example.org/h",
        )
        doc_id, _, _ = store_documents.add_document(conn, doc, origin="test")
        at = HOSTILE_TEXT.index("Hungary will")
        sentence = HOSTILE_TEXT.index("The Hungarian")
        store_documents.add_extractions(
            conn,
            doc_id,
            [
                ("actor", at, at + 7, {"mention": "Hungary", "country_iso3": "HUN"}),
                (
                    "stance",
                    sentence,
                    len(HOSTILE_TEXT),
                    {"actor_iso3": "HUN", "stance": "oppose", "question": Q},
                ),
                ("quote", 26, 61, {"speaker_canonical": None, "text": "<script>"}),
            ],
            "test.v1",
        )
        [ev_id] = ledger.add_evidence(
            conn,
            [
                Evidence(
                    Stance(Q, "HUN", "oppose", dt.date(2024, 10, 9)),
                    quote=HOSTILE_TEXT[: HOSTILE_TEXT.index(" The")],
                    source_url="https://example.org/h",
                    document_id=doc_id,
                    span=Span(sentence, len(HOSTILE_TEXT)),
                    method="test.v1",
                )
            ],
        )
        ids.update(doc_id=doc_id, hostile_evidence=ev_id)
    return ids


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[App, dict[str, Any]]]:
    """A read-only server's app (no token), seeded once per module."""
    app = build_app(str(tmp_path_factory.mktemp("web") / "w.db"))
    ids = seed(app)
    yield app, ids
    app.close()


@pytest.fixture(scope="module")
def client(seeded: tuple[App, dict[str, Any]]) -> Iterator[TestClient]:
    with TestClient(create_app(seeded[0])) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[TestClient, App]]:
    """A fresh app with a token configured, for the write tests."""
    app = build_app(str(tmp_path / "rw.db"), api_token=TOKEN)
    seed(app)
    with TestClient(create_app(app)) as c:
        yield c, app
    app.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_url(seeded: tuple[App, dict[str, Any]]) -> Iterator[str]:
    """uvicorn on 127.0.0.1 in a thread, serving the seeded app."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(create_app(seeded[0]), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
