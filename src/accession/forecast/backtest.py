"""Backtest of the ratification model on every past round with per-member data.

Each round is held out and forecast as of its protocol signature (and, where the knowledge
base records ratification-stage holdouts, as of the days the holdout picture changed),
against a naive base rate: the median signature-to-accession duration of rounds completed
before. Mode `temporal` (default) uses only facts dated before the as-of day; mode `loro`
(leave-one-round-out) uses every other round, including later ones, which is what
cross-validation usually means but is not a forecast anyone could have made.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accession.errors import ValidationError
from accession.forecast.base import ForecastTrustWarning
from accession.forecast.data import (
    RATIFICATION_ACTIONS,
    member_coverage,
    past_durations,
    pending_round,
    ratification_data,
)
from accession.forecast.ratification import WITHIN_DAYS, RatificationConfig, RatificationModel
from accession.kb import KnowledgeBase

MODES = ("temporal", "loro")


@dataclass
class BacktestRow:
    candidate: str
    round: str
    as_of: str
    predicted: str | None
    actual: str
    error_days: float | None
    interval80: list[str | None]
    p_within_365: float
    outcome_within_365: bool
    baseline_predicted: str
    baseline_error_days: float
    baseline_p_within_365: float
    covered: bool
    warnings: list[str] = field(default_factory=list)

    def public(self) -> dict[str, Any]:
        """The stable JSON shape of one round (issue 6)."""
        return {
            "candidate": self.candidate,
            "as_of": self.as_of,
            "predicted": self.predicted,
            "actual": self.actual,
            "error_days": self.error_days,
            "interval80": self.interval80,
        }


@dataclass
class BacktestReport:
    rows: list[BacktestRow]
    skipped: list[dict[str, str]]
    mode: str
    config: dict[str, Any]

    @property
    def summary(self) -> dict[str, float | None]:
        return summarise(self.rows)

    def to_dict(self) -> dict[str, Any]:
        """Exactly {"rounds": [...], "summary": {...}} (the shape scripts rely on)."""
        return {"rounds": [r.public() for r in self.rows], "summary": self.summary}


def summarise(rows: list[BacktestRow]) -> dict[str, float | None]:
    if not rows:
        keys = ("mae_days", "baseline_mae_days", "coverage80", "brier", "baseline_brier")
        return dict.fromkeys(keys)
    y = np.array([r.outcome_within_365 for r in rows], dtype=float)
    p = np.array([r.p_within_365 for r in rows])
    b = np.array([r.baseline_p_within_365 for r in rows])
    return {
        "mae_days": round(float(np.mean([abs(r.error_days or 0) for r in rows])), 1),
        "baseline_mae_days": round(float(np.mean([abs(r.baseline_error_days) for r in rows])), 1),
        "coverage80": round(float(np.mean([r.covered for r in rows])), 3),
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "baseline_brier": round(float(np.mean((b - y) ** 2)), 4),
    }


def backtest_cases(kb: KnowledgeBase, institution: str = "NATO", min_coverage: float = 0.5):
    """One case per round (a round's candidates share their dates), the best-documented one,
    among completed rounds where at least `min_coverage` of the parties' dates are known."""
    best: dict[str, tuple[float, Any]] = {}
    for case in kb.cases:
        if case.institution != institution.upper() or not (case.protocol_signed and case.accession):
            continue
        cov = member_coverage(kb, institution, case.candidate)
        if cov >= min_coverage and cov > best.get(case.round, (-1.0, None))[0]:
            best[case.round] = (cov, case)
    return [c for _, c in sorted(best.values(), key=lambda x: x[1].protocol_signed)]


def as_of_dates(kb: KnowledgeBase, case) -> list[dt.date]:
    """The signature, then each day the ratification-stage holdout picture changed before
    accession: a holdout on this candidate declared, or one on another candidate ended."""
    days = {case.protocol_signed}
    for h in kb.holdouts:
        if h["institution"] != case.institution or h["action"] not in RATIFICATION_ACTIONS:
            continue
        own = h["candidate_iso3"] == case.candidate
        value = h["start_date"] if own else h["end_date"]
        if value:
            d = dt.date.fromisoformat(value)
            if case.protocol_signed < d < case.accession:
                days.add(d)
    return sorted(days)


def _baseline(past: list[float], elapsed: float) -> tuple[float, float]:
    """Naive base rate, conditioned only on 'not yet': median of the past durations longer
    than the elapsed time, and their share within 365 days."""
    alive = [d for d in past if d > elapsed]
    if not alive:
        return elapsed, 1.0 if elapsed <= WITHIN_DAYS else 0.0
    return float(np.median(alive)), float(np.mean([d <= WITHIN_DAYS for d in alive]))


def run_backtest(
    kb: KnowledgeBase,
    institution: str = "NATO",
    config: RatificationConfig | None = None,
    mode: str = "temporal",
    min_coverage: float = 0.5,
    candidates: Iterable[str] | None = None,
) -> BacktestReport:
    """Forecast every backtest case as it looked on each of its as-of days."""
    if mode not in MODES:
        raise ValidationError(f"unknown backtest mode {mode!r}; choose one of {', '.join(MODES)}")
    config = config or RatificationConfig()
    wanted = {c.upper() for c in candidates} if candidates else None
    rows: list[BacktestRow] = []
    skipped: list[dict[str, str]] = []
    for case in backtest_cases(kb, institution, min_coverage):
        if wanted and case.candidate not in wanted:
            continue
        same_round = [c.candidate for c in kb.cases if c.round == case.round]
        for as_of in as_of_dates(kb, case):
            cutoff = as_of if mode == "temporal" else dt.date.today()
            label = f"{case.candidate}@{as_of}"
            data = ratification_data(kb, institution, cutoff, same_round, config.era_split_year)
            past = past_durations(kb, institution, cutoff, same_round)
            if not data.spells or not past:
                skipped.append({"case": label, "reason": "no earlier round to learn from"})
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ForecastTrustWarning)
                model = RatificationModel(config).fit(data)
            state = pending_round(kb, institution, case.candidate, as_of)
            fc = model.predict_accession(state)
            rows.append(_row(case, as_of, fc, past))
            rows[-1].warnings = list(model.warnings_)
    return BacktestReport(rows, skipped, mode, config.to_dict())


def _row(case, as_of: dt.date, fc, past: list[float]) -> BacktestRow:
    signed, actual = case.protocol_signed, case.accession
    duration = (actual - signed).days
    elapsed = (as_of - signed).days
    base_days, base_p = _baseline(past, elapsed)
    base_date = signed + dt.timedelta(days=round(base_days))
    predicted = dt.date.fromisoformat(fc.median) if fc.median else None
    lo, hi = fc.interval80
    covered = (lo is None or lo <= actual.isoformat()) and (hi is None or actual.isoformat() <= hi)
    return BacktestRow(
        candidate=case.candidate,
        round=case.round,
        as_of=as_of.isoformat(),
        predicted=fc.median,
        actual=actual.isoformat(),
        error_days=float((predicted - actual).days) if predicted else None,
        interval80=[lo, hi],
        p_within_365=fc.p_within_365,
        outcome_within_365=duration <= WITHIN_DAYS,
        baseline_predicted=base_date.isoformat(),
        baseline_error_days=float((base_date - actual).days),
        baseline_p_within_365=round(base_p, 4),
        covered=bool(covered),
    )
