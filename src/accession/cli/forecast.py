"""Forecast commands: `forecast`, `forecast-accession`, `backtest`. Thin: parse, call
accession.forecast.service / backtest, render. Nothing heavy is imported at module import
(lifelines costs about a second), so `accession --help` stays fast."""

from __future__ import annotations

from typing import Annotated

import typer

from accession.cli.common import DbOption, Format, FormatOption, console, emit, get_app, parse_day
from accession.errors import ValidationError

PlotOption = Annotated[
    str | None, typer.Option("--plot", help="Write a plot of the distribution (.png or .svg).")
]
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Forecast as seen on this date (default today).")
]


def _public(result: dict) -> dict:
    return {k: v for k, v in result.items() if not k.startswith("_")}


def _print_warnings(items: list[str]) -> None:
    for w in items:
        console.print(f"[yellow]warning:[/yellow] {w}", highlight=False)


def _print_sensitivity(rows: list[dict], keys: list[str]) -> None:
    if rows:
        emit(rows, Format.table, columns=["assumption", *keys, "error"], title="Sensitivity")


def forecast(
    question: Annotated[str, typer.Argument(help="Question key, e.g. NATO:invite:UKR")],
    by: Annotated[list[str], typer.Option("--by", help="Date(s) to give P(consensus by).")],
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.table,
    plot: PlotOption = None,
    db: DbOption = None,
) -> None:
    """P(consensus on an open question by a date): Monte Carlo over the members not in
    support, each one's time to move drawn from past holdout episodes."""
    from accession.forecast.service import run_consensus_forecast
    from accession.model.question import parse_question_key

    parse_question_key(question)  # a malformed key is reported before any date problem
    day = parse_day(as_of, "--as-of")
    dates = sorted(parse_day(b, "--by") for b in by)
    if dates[0] < day:
        raise ValidationError(f"--by {dates[0]} is before --as-of {day}")
    result = run_consensus_forecast(get_app(db), question, dates, day)
    fc = result["forecast"]
    if plot:
        from accession.forecast.plots import plot_curve

        plot_curve(fc, plot, f"{result['subject']}: P(consensus by date), as of {day}")
    if fmt != Format.table:
        emit(_public(result), fmt, rows=fc["by"])
        return
    console.print(
        f"[bold]{result['subject']}[/bold] as of {day}: status {result['status']}; "
        f"median consensus {fc['median'] or 'beyond the data'} ({result['model']}, "
        f"forecast #{result.get('forecast_id')})",
        highlight=False,
    )
    emit(fc["by"], Format.table, columns=["date", "p"], title="P(consensus by date)")
    emit(
        fc["members"],
        Format.table,
        columns=["iso3", "stance", "since", "elapsed_days", "p_move_by"],
        title="Members who must move",
    )
    emit(fc["pivotal"], Format.table, title="Pivotal members (if this one moved now)")
    _print_sensitivity(result["sensitivity"], ["p_by"])
    _print_warnings(fc["warnings"])


def forecast_accession(
    candidate: Annotated[str, typer.Argument(help="Candidate ISO3 code with a signed protocol")],
    as_of: AsOfOption = None,
    institution: Annotated[str, typer.Option("--institution")] = "NATO",
    fmt: FormatOption = Format.table,
    plot: PlotOption = None,
    db: DbOption = None,
) -> None:
    """Distribution of the accession date of a signed protocol: ordinary ratifications plus
    holdouts; accession = last ratification + deposit lag."""
    from accession.forecast.service import run_accession_forecast

    day = parse_day(as_of, "--as-of")
    result = run_accession_forecast(get_app(db), candidate, day, institution)
    fc = result["forecast"]
    if plot:
        from accession.forecast.plots import plot_curve

        plot_curve(fc, plot, f"{result['subject']}: P(accession by date), as of {day}")
    if fmt != Format.table:
        emit(_public(result), fmt, rows=fc["curve"])
        return
    lo, hi = fc["interval80"]
    console.print(
        f"[bold]{result['subject']}[/bold] (signed {fc['signed']}) as of {day}: median "
        f"accession {fc['median']}, 80% interval {lo} .. {hi}, P(within 365 days of "
        f"signature) {fc['p_within_365']:.0%} ({result['model']}, forecast "
        f"#{result.get('forecast_id')})",
        highlight=False,
    )
    emit(fc["pending"], Format.table, title=f"Pending members ({len(fc['pending'])})")
    emit(fc["pivotal"], Format.table, title="Pivotal members (if this one ratified now)")
    _print_sensitivity(result["sensitivity"], ["median", "p_within_365"])
    _print_warnings(fc["warnings"])


def backtest(
    fmt: FormatOption = Format.table,
    plot: PlotOption = None,
    mode: Annotated[
        str, typer.Option("--mode", help="temporal (only earlier facts) or loro (all others)")
    ] = "temporal",
    institution: Annotated[str, typer.Option("--institution")] = "NATO",
) -> None:
    """Forecast every past round as of its protocol signature (and later holdout dates);
    MAE, 80% coverage and Brier against the naive base rate."""
    from accession.forecast.backtest import run_backtest
    from accession.kb import load_kb

    report = run_backtest(load_kb(), institution, mode=mode)
    if plot:
        from accession.forecast.plots import plot_backtest

        plot_backtest(report.rows, plot, f"Backtest ({mode})")
    if fmt == Format.json:
        emit(report.to_dict(), fmt)
        return
    rows = [
        {
            "candidate": r.candidate,
            "round": r.round,
            "as_of": r.as_of,
            "predicted": r.predicted,
            "actual": r.actual,
            "error_days": r.error_days,
            "interval80": " .. ".join(str(x) for x in r.interval80),
            "base_error": r.baseline_error_days,
            "p365": r.p_within_365,
            "base_p365": r.baseline_p_within_365,
            "in365": r.outcome_within_365,
        }
        for r in report.rows
    ]
    emit(rows, fmt, title=f"Backtest ({mode}): ratification model vs base rate")
    if fmt == Format.table:
        emit([report.summary], Format.table, title="Summary")
        for s in report.skipped:
            console.print(f"skipped {s['case']}: {s['reason']}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("forecast")(forecast)
    app.command("forecast-accession")(forecast_accession)
    app.command("backtest")(backtest)
