"""The CLI through its real entry point: output content, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accession import __version__


def test_version_and_help(run_cli) -> None:
    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"accession {__version__}"
    code, out, _ = run_cli("--help")
    assert code == 0
    for command in ("status", "demo", "init", "who", "ratifications", "members"):
        assert command in out


def test_init_then_status_json_shape(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    code, out, err = run_cli("--db", db, "init")
    assert code == 0, err
    assert "database ready" in out
    code, out, err = run_cli(
        "status", "NATO:admit:SWE", "--on", "2023-06-01", "-f", "json", "--db", db
    )
    assert code == 0, err
    data = json.loads(out)
    assert {"question", "on", "status", "blockers", "members"} <= set(data)
    assert data["status"] == "blocked" and sorted(data["blockers"]) == ["HUN", "TUR"]
    member = next(m for m in data["members"] if m["iso3"] == "TUR")
    assert member["evidence"][0]["source_url"].startswith("http")


def test_members_counts(run_cli) -> None:
    for day, n in (("2023-01-01", 30), ("2023-04-04", 31), ("2024-03-07", 32)):
        code, out, err = run_cli("members", "NATO", "--on", day, "-f", "json")
        assert code == 0, err
        assert json.loads(out)["count"] == n


def test_stance_add_list_review_and_diff(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    base = ["--db", db]
    code, out, err = run_cli(
        "stance", "add", "NATO:invite:GEO", "HUN", "oppose", "--on", "2024-11-20",
        "--source-url", "https://example.org/hu", "--quote", "not now", *base,
    )  # fmt: skip
    assert code == 0, err
    ev_id = int(out.split("#")[1].split(":")[0])
    code, out, _ = run_cli("stance", "list", "-q", "NATO:invite:GEO", "-f", "json", *base)
    assert [r["id"] for r in json.loads(out)] == [ev_id]
    assert run_cli("stance", "review", str(ev_id), "confirmed", *base)[0] == 0
    code, out, _ = run_cli(
        "diff", "NATO:invite:GEO", "--from", "2024-11-01", "--to", "2024-12-04", "-f", "json", *base
    )
    moves = json.loads(out)["moves"]
    assert [(m["iso3"], m["before"], m["after"]) for m in moves] == [("HUN", "unknown", "oppose")]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["status", "NATO:inviet:UKR"], "E012 unknown action 'inviet'"),
        (["status", "NATO:invite:QQQ"], "unknown candidate"),
        (["status", "NATO:invite:UKR", "--on", "2024-13-45"], "E002 invalid --on date"),
        (["status", "NATO:invite:UKR", "--on", "tomorrow"], "YYYY-MM-DD"),
        (["members", "NATO", "--on", "2024-02-30"], "invalid --on date"),
        (["members", "OTAN"], "unknown institution"),
        (["ratifications", "ZZZ"], "unknown candidate code"),
        (["who", "Qwxyzzy Blorp"], "no person matches"),
        (["kb", "export", "nope"], "unknown table 'nope'"),
        (
            [
                "stance",
                "add",
                "NATO:invite:UKR",
                "HUN",
                "veto",
                "--on",
                "2024-01-01",
                "--source-url",
                "https://x.org",
            ],
            "unknown stance 'veto'",
        ),  # fmt: skip
        (
            [
                "stance",
                "add",
                "NATO:invite:UKR",
                "HUN",
                "oppose",
                "--on",
                "2024-01-01",
                "--source-url",
                "nowhere",
            ],
            "--source-url must be",
        ),  # fmt: skip
        (["stance", "review", "999", "confirmed"], "no evidence #999"),
        (["diff", "NATO:invite:UKR", "--from", "2024-12-01", "--to", "2024-01-01"], "before"),
        (["evidence", "export", "out.xlsx"], "unknown export format 'xlsx'"),
    ],
    ids=[
        "misspelt-action",
        "bad-candidate",
        "impossible-date",
        "word-date",
        "feb-30",
        "bad-institution",
        "unknown-candidate",
        "unknown-person",
        "unknown-table",
        "bad-stance",
        "no-source",
        "unknown-evidence",
        "reversed-range",
        "bad-export-format",
    ],
)
def test_bad_input_gives_one_line_and_exit_2(run_cli, tmp_path: Path, args, fragment) -> None:
    code, out, err = run_cli("--db", str(tmp_path / "e.db"), *args)
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ") and fragment in lines[0]
    assert "Traceback" not in err + out


@pytest.mark.parametrize(
    "bad_db",
    ["/proc/accession/test.db", "{tmp}/afile/x.db", "{tmp}"],
    ids=["unwritable", "parent-is-file", "is-directory"],
)
def test_unusable_database_path(run_cli, tmp_path: Path, bad_db: str) -> None:
    (tmp_path / "afile").write_text("x")
    code, _, err = run_cli("--db", bad_db.format(tmp=tmp_path), "init")
    assert code == 2
    assert err.startswith("error: E030") and len(err.strip().splitlines()) == 1


def test_debug_shows_traceback(run_cli) -> None:
    with pytest.raises(Exception, match="inviet"):
        run_cli("--debug", "status", "NATO:inviet:UKR")


@pytest.mark.parametrize("kind", ["csv", "json", "parquet"])
def test_evidence_export_keeps_provenance(run_cli, tmp_path: Path, kind: str) -> None:
    db = str(tmp_path / "x.db")
    assert run_cli("--db", db, "init")[0] == 0
    out_file = tmp_path / f"ev.{kind}"
    code, out, err = run_cli(
        "evidence", "export", str(out_file), "-q", "NATO:admit:SWE", "--db", db
    )
    assert code == 0, err
    if kind == "csv":
        import csv

        rows = list(csv.DictReader(out_file.open()))
    elif kind == "json":
        rows = json.loads(out_file.read_text())
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out_file).to_pylist()
    assert len(rows) >= 31
    assert {
        "question",
        "member_iso3",
        "stance",
        "on_date",
        "source_url",
        "method",
        "review",
    } <= set(rows[0])
    assert all(r["source_url"].startswith("http") for r in rows)


def test_question_add_then_status(run_cli, tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    code, out, err = run_cli("question", "add", "NATO:invite:BIH", "--description", "x", "--db", db)
    assert code == 0 and "registered" in out, err
    code, out, _ = run_cli(
        "status", "NATO:invite:BIH", "--on", "2024-01-01", "-f", "json", "--db", db
    )
    assert json.loads(out)["status"] == "unclear"
    code, _, err = run_cli("question", "add", "NATO:invit:BIH", "--db", db)
    assert code == 2 and "expected INSTITUTION:ACTION:CANDIDATE" in err
