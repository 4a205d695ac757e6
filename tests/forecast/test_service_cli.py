"""Service functions store what they forecast; the CLI wires them (one smoke test each)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from accession.errors import KnowledgeBaseError, NotFoundError, ValidationError


@pytest.fixture
def fapp(app):
    try:
        app.kb.case("NATO", "SWE")
        app.kb.ratifications_of("NATO", "SWE")
    except KnowledgeBaseError as exc:
        pytest.skip(f"knowledge base not loadable yet: {exc}")
    return app


def test_accession_forecast_is_stored_with_inputs_and_version(fapp) -> None:
    from accession import __version__
    from accession.forecast.service import run_accession_forecast
    from accession.store.forecasts import list_forecasts

    out = run_accession_forecast(fapp, "SWE", dt.date(2023, 4, 4), explain=False)
    with fapp.store.read() as conn:
        rows = list_forecasts(conn, "NATO:admit:SWE")
    assert rows[0]["id"] == out["forecast_id"]
    assert rows[0]["model"] == "forecast.ratification" and rows[0]["model_version"] == "v1"
    assert rows[0]["code_version"] == __version__
    assert rows[0]["inputs"]["state"]["as_of"] == "2023-04-04"
    assert rows[0]["config"]["family"] == "auto"
    pending = {m["iso3"] for m in out["forecast"]["pending"]}
    assert pending == {"HUN", "TUR"}


def test_consensus_forecast_from_kb_holdouts(fapp) -> None:
    from accession.forecast.service import run_consensus_forecast

    out = run_consensus_forecast(
        fapp, "NATO:invite:UKR", [dt.date(2026, 1, 1)], dt.date(2024, 12, 4), explain=False
    )
    assert out["forecast_id"] > 0
    assert 0.0 <= out["forecast"]["by"][0]["p"] <= 1.0


def test_errors_are_domain_errors(fapp) -> None:
    from accession.forecast.service import run_accession_forecast

    with pytest.raises(ValidationError, match="acceded"):
        run_accession_forecast(fapp, "FIN", dt.date(2024, 1, 1), save=False, explain=False)
    with pytest.raises(NotFoundError, match="no NATO enlargement case"):
        run_accession_forecast(fapp, "UKR", dt.date(2024, 1, 1), save=False, explain=False)


def test_cli_backtest_json(fapp, tmp_path) -> None:
    from accession.cli.main import app as cli

    png = tmp_path / "bt.png"
    res = CliRunner().invoke(cli, ["backtest", "--format", "json", "--plot", str(png)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"rounds", "summary"}
    assert png.stat().st_size > 1000


def test_cli_module_imports_nothing_heavy() -> None:
    import subprocess
    import sys

    code = "import sys, accession.cli.forecast; print('lifelines' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
