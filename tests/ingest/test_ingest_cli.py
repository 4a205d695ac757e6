"""`accession ingest`, `failures`, `documents`: exit codes, one error line, output shapes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from accession.cli import main as cli_main
from tests.ingest.ingest_samples import ARTICLE

pytestmark = pytest.mark.usefixtures("standin")


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["accession", *args])
    try:
        cli_main.main()
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_ingest_json_summary_and_partial_failure_exits_0(monkeypatch, capsys, write, db):
    write("a.txt", ARTICLE)
    write("b.bin", b"\x00\x00\x00")
    code, out, err = run(monkeypatch, capsys, "ingest", str(write.folder), "--db", db, "-f", "json")
    summary = json.loads(out)
    assert code == 0 and err == ""
    assert (summary["ingested"], summary["failed"], summary["failed_by_reason"]) == (
        1,
        1,
        {"binary": 1},
    )


def test_all_duplicates_exits_0(monkeypatch, capsys, write, db):
    path = str(write("a.txt", ARTICLE))
    run(monkeypatch, capsys, "ingest", path, "--db", db)
    code, out, _ = run(monkeypatch, capsys, "ingest", path, "--db", db)
    assert code == 0 and "1 duplicates" in out


def test_every_item_failing_exits_2_with_one_error_line(monkeypatch, capsys, write, db):
    path = str(write("b.bin", b"\x00\x01"))
    code, _, err = run(monkeypatch, capsys, "ingest", path, "--db", db)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: E020 nothing ingested")


def test_url_to_loopback_refused_without_allow_private(monkeypatch, capsys, db):
    code, out, err = run(monkeypatch, capsys, "ingest", "--url", "http://127.0.0.1/", "--db", db)
    assert code == 2 and "private_address" in out and "nothing ingested" in err


def test_url_with_allow_private(monkeypatch, capsys, http_server, db):
    url = f"{http_server}/article"
    code, out, _ = run(
        monkeypatch, capsys, "ingest", "--url", url, "--allow-private", "--db", db, "-f", "json"
    )
    assert code == 0 and json.loads(out)["ingested"] == 1


def test_txt_metadata_options(monkeypatch, capsys, write, db):
    path = str(write("a.txt", ARTICLE))
    opts = ["--published", "2024-12-03", "--url-meta", "https://ex.example/a", "--outlet", "Ex"]
    run(monkeypatch, capsys, "ingest", path, *opts, "--title", "T", "--db", db)
    code, out, _ = run(monkeypatch, capsys, "documents", "list", "--db", db, "-f", "json")
    [doc] = json.loads(out)
    assert (doc["published"], doc["url"], doc["outlet"], doc["title"]) == (
        "2024-12-03",
        "https://ex.example/a",
        "Ex",
        "T",
    )


def test_bad_published_option_is_one_line(monkeypatch, capsys, write, db):
    path = str(write("a.txt", ARTICLE))
    code, _, err = run(monkeypatch, capsys, "ingest", path, "--published", "soon", "--db", db)
    assert code == 2 and err.startswith(("error: E002", "error: E001"))


def test_nothing_given(monkeypatch, capsys, db):
    code, _, err = run(monkeypatch, capsys, "ingest", "--db", db)
    assert code == 2 and "nothing to ingest" in err


def test_stdin(monkeypatch, capsys, db):
    import io

    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(ARTICLE.encode()))

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    code, out, _ = run(monkeypatch, capsys, "ingest", "-", "--db", db, "-f", "json")
    assert code == 0 and json.loads(out)["ingested"] == 1


def test_failures_and_documents_show(monkeypatch, capsys, write, db):
    write("a.txt", ARTICLE)
    write("b.txt", b"")
    _, out, _ = run(monkeypatch, capsys, "ingest", str(write.folder), "--db", db, "-f", "json")
    batch = json.loads(out)["batch_id"]
    code, out, _ = run(
        monkeypatch, capsys, "failures", "--batch", str(batch), "--db", db, "-f", "csv"
    )
    assert code == 0 and out.splitlines()[0] == "id,batch_id,item,stage,reason,message,at"
    assert ",read,empty," in out
    code, out, _ = run(monkeypatch, capsys, "documents", "show", "1", "--db", db, "-f", "json")
    shown = json.loads(out)
    assert shown["document"]["text"] == ARTICLE
    stance = next(e for e in shown["extractions"] if e["kind"] == "stance")
    assert stance["span_text"] == stance["payload"]["evidence"]
    assert len(shown["evidence"]) == 2 and len(shown["copies"]) == 1
    code, out, _ = run(monkeypatch, capsys, "documents", "show", "1", "--db", db)
    assert code == 0 and "Hungary opposes" in out and "stance" in out


def test_documents_show_unknown_id(monkeypatch, capsys, db):
    code, _, err = run(monkeypatch, capsys, "documents", "show", "99", "--db", db)
    assert code == 2 and err.startswith("error: E044 no document #99")
