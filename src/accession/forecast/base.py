"""What every forecast model shares: the trust warning, day arithmetic, and the drop-one
explanation of who is pivotal.

Models follow lifelines' estimator shape: `fit()` returns self, fitted attributes end in
`_`, `summary` is a plain dict the JSON API can return unchanged, `predict_*` and `score`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any, Self

import numpy as np

from accession.forecast.simulate import SimResult


class ModelConfig:
    """Shared by the frozen config dataclasses: a changed copy, and a JSON-ready dict (the
    config is stored with every forecast so the number can be reproduced)."""

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)  # type: ignore[call-overload]
        return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}


class SimulatedForecast:
    """Shared by the result dataclasses: a JSON-ready dict without the raw draws (`sim`),
    which are kept in memory for plots and explanations only."""

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)  # type: ignore[call-overload]
        out.pop("sim", None)
        return out


class ForecastTrustWarning(UserWarning):
    """A number was produced but should not be trusted (too few episodes, prior in use...)."""


class TrustNotes:
    """Collects trust warnings on a model (`warnings_`) and also raises them as Python
    warnings, so a library user sees them and the CLI/API can list them."""

    def __init__(self) -> None:
        self.warnings_: list[str] = []

    def _warn(self, message: str) -> None:
        self.warnings_.append(message)
        warnings.warn(message, ForecastTrustWarning, stacklevel=3)


def days_between(a: dt.date, b: dt.date) -> float:
    return float((b - a).days)


def day_to_date(reference: dt.date, day: float) -> dt.date | None:
    """`reference + day`, or None for 'never' (inf) and beyond the calendar."""
    if not np.isfinite(day):
        return None
    try:
        return reference + dt.timedelta(days=round(float(day)))
    except OverflowError:
        return None


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def drop_one(sim: SimResult) -> list[np.ndarray]:
    """For each member j, the outcome of every trajectory had j moved at once: the max over
    the others (top-two trick, O(n) per member on the kept draw matrix)."""
    if sim.matrix is None:
        raise ValueError("simulate with keep=True to explain the forecast")
    mat = sim.matrix
    m = mat.shape[1]
    if m == 0:
        return []
    if m == 1:
        return [np.full(mat.shape[0], max(sim.fixed, -np.inf))]
    arg = np.argmax(mat, axis=1)
    part = np.partition(mat, m - 2, axis=1)
    top1, top2 = part[:, m - 1], part[:, m - 2]
    return [np.maximum(np.where(arg == j, top2, top1), sim.fixed) for j in range(m)]


def pivotal_table(
    sim: SimResult, horizon: float, shift: float = 0.0, reference: dt.date | None = None
) -> list[dict]:
    """Members ranked by how much their immediate move would change the forecast: the gain
    in P(outcome by horizon) and the change of the median day."""
    base_p = float(np.mean(sim.end + shift <= horizon))
    base_med = float(np.median(sim.end + shift))
    out = []
    shares = sim.last_share
    for name, alt in zip(sim.names, drop_one(sim), strict=True):
        alt = alt + shift
        med = float(np.median(alt))
        out.append(
            {
                "iso3": name,
                "p_gain": round(float(np.mean(alt <= horizon)) - base_p, 4),
                "median_shift_days": (
                    round(med - base_med, 1) if np.isfinite(med) and np.isfinite(base_med) else None
                ),
                "last_share": round(shares[name], 4),
            }
        )
    out.sort(key=lambda r: (-r["p_gain"], -r["last_share"], r["iso3"]))
    return out


def curve(
    sim: SimResult, reference: dt.date, start: dt.date, end: dt.date, shift: float = 0.0
) -> list[dict]:
    """P(outcome by date) on a monthly-ish grid from `start` to `end` (at most ~60 points)."""
    span = max((end - start).days, 1)
    step = max(span // 60, 1)
    days = np.arange(0, span + step, step, dtype=float)
    dates = [start + dt.timedelta(days=int(d)) for d in days]
    rel = np.array([(d - reference).days for d in dates], dtype=float)
    probs = sim.cdf(rel - shift)
    return [
        {"date": d.isoformat(), "p": round(float(p), 4)} for d, p in zip(dates, probs, strict=True)
    ]


def quantile_dates(
    sim: SimResult, reference: dt.date, qs: Sequence[float], shift: float = 0.0
) -> list[str | None]:
    return [iso(day_to_date(reference, q + shift)) for q in sim.quantiles(qs)]
