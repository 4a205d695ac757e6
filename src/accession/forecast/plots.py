"""Plots of forecast distributions and of the backtest (matplotlib, Agg, imported lazily:
the library stays importable without a display and the CLI without the import cost)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from accession.errors import ValidationError

SUFFIXES = (".png", ".svg")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _check(path: str | Path) -> Path:
    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise ValidationError(f"plot path {str(p)!r} must end in .png or .svg")
    if not p.parent.exists():
        raise ValidationError(f"folder {str(p.parent)!r} does not exist")
    return p


def _dates(points: list[dict]) -> tuple[list[dt.date], list[float]]:
    return [dt.date.fromisoformat(x["date"]) for x in points], [x["p"] for x in points]


def plot_curve(forecast: dict[str, Any], path: str | Path, title: str) -> Path:
    """P(event by date) with the median and, for accessions, the 80% interval."""
    p = _check(path)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(8, 4.5))
    xs, ys = _dates(forecast["curve"])
    ax.step(xs, ys, where="post", color="#1f4e79", lw=2, label="P(by date)")
    lo, hi = (forecast.get("interval80") or [None, None])[:2]
    if lo and hi:
        ax.axvspan(
            dt.date.fromisoformat(lo),
            dt.date.fromisoformat(hi),
            color="#9ecae1",
            alpha=0.35,
            label="80% interval",
        )
    if forecast.get("median"):
        ax.axvline(
            dt.date.fromisoformat(forecast["median"]),
            color="#d62728",
            ls="--",
            label=f"median {forecast['median']}",
        )
    for b in forecast.get("by", []):
        ax.plot([dt.date.fromisoformat(b["date"])], [b["p"]], "o", color="#ff7f0e")
        ax.annotate(
            f"{b['p']:.0%}",
            (dt.date.fromisoformat(b["date"]), b["p"]),
            textcoords="offset points",
            xytext=(4, -12),
        )
    ax.set_ylim(0, 1.02)
    ax.set_ylabel("probability")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(p)
    plt.close(fig)
    return p


def plot_backtest(rows: list[Any], path: str | Path, title: str = "Backtest") -> Path:
    """One line per forecast: 80% interval, median (dot), base rate (x), actual (diamond)."""
    p = _check(path)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(rows) + 1.8))
    for i, r in enumerate(rows):
        y = len(rows) - i
        lo, hi = r.interval80
        if lo and hi:
            ax.plot(
                [dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)],
                [y, y],
                color="#9ecae1",
                lw=6,
                solid_capstyle="butt",
            )
        if r.predicted:
            ax.plot(dt.date.fromisoformat(r.predicted), y, "o", color="#1f4e79")
        ax.plot(dt.date.fromisoformat(r.baseline_predicted), y, "x", color="#7f7f7f")
        ax.plot(dt.date.fromisoformat(r.actual), y, "D", color="#d62728")
    ax.set_yticks(range(len(rows), 0, -1), [f"{r.candidate} as of {r.as_of}" for r in rows])
    ax.set_title(title + "  (band: 80% interval, o: median, x: base rate, ◆: actual)")
    ax.grid(alpha=0.3, axis="x")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(p)
    plt.close(fig)
    return p
