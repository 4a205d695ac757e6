"""Run the real entry point in-process: argv in, (exit code, stdout, stderr) out."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from accession.cli import common
from accession.cli.main import main

RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunCli:
    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["accession", *args])
        common.state.db = None
        common.state.debug = False
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return code, out, err

    return run
