"""Sensitivity of a forecast to its main assumptions: refit and re-predict under each
alternative and report how far the headline numbers move. A forecast whose median jumps a
year when the family changes says more about the data than about the future."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from accession.forecast.base import ForecastTrustWarning

RATIFICATION_VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("family=weibull", {"family": "weibull"}),
    ("family=loglogistic", {"family": "loglogistic"}),
    ("family=lognormal", {"family": "lognormal"}),
    ("no round frailty", {"frailty": False}),
    ("holdouts as ordinary members", {"use_holdouts": False}),
    ("holdout prior median x0.5", {"holdout_prior_scale_factor": 0.5}),
    ("holdout prior median x2", {"holdout_prior_scale_factor": 2.0}),
]

CONSENSUS_VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("family=weibull", {"family": "weibull"}),
    ("family=lognormal", {"family": "lognormal"}),
    ("family=km (no extrapolation)", {"family": "km"}),
    ("no pre-invitation covariate", {"covariates": ()}),
    ("unknown members must move too", {"unknown_as": "undecided"}),
]


def sensitivity(
    config: Any,
    variants: Sequence[tuple[str, dict[str, Any]]],
    run: Callable[[Any], dict[str, Any]],
) -> list[dict[str, Any]]:
    """`run(config)` -> headline numbers; one row per variant (the base first). A variant
    that cannot be computed is reported with its error instead of hiding it."""
    rows = []
    for label, changes in [("base", {}), *variants]:
        changes = dict(changes)
        factor = changes.pop("holdout_prior_scale_factor", None)
        if factor is not None:
            changes["holdout_prior_median_days"] = config.holdout_prior_median_days * factor
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ForecastTrustWarning)
                rows.append({"assumption": label, **run(config.replace(**changes))})
        except Exception as exc:  # noqa: BLE001 - reported, not raised: one bad variant
            rows.append({"assumption": label, "error": f"{type(exc).__name__}: {exc}"})
    return rows


def days_shift(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
