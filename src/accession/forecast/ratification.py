"""`forecast.ratification.v1`: when will a signed accession protocol be in force?

The record is bimodal (for Finland and Sweden 23 of 30 allies ratified within about a month
and one or two holdouts set the date), so the model works on members, not rounds:

* an **ordinary** law: days from protocol signature to a member's ratification, fitted on
  every party of past rounds that had no ratification-stage objection open at signature,
  right-censored at the cutoff. Rounds differ in pace (2022 was a war year) and members of
  one round move together, so the law has a shared round frailty: one location per round,
  pooled by random effects into a mean and a between-round spread. Treating 30 members as
  independent heavy-tailed draws instead puts the maximum years out: the first version did,
  and the backtest showed it. In prediction the round's shift is drawn from its posterior
  given who has (and has not) ratified by the as-of date;
* a **holdout** law: days from the start of a declared objection to its end, fitted on the
  ratification-stage holdout episodes (ongoing ones censored); with too few ended episodes a
  stated prior is used and a trust warning says so;
* accession = the last ratification + the deposit lag (median of complete past rounds).

A member not yet ratified on the as-of date is conditioned on having survived that long.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Self

import numpy as np

from accession.forecast.base import (
    ModelConfig,
    SimulatedForecast,
    TrustNotes,
    curve,
    day_to_date,
    iso,
    pivotal_table,
    quantile_dates,
)
from accession.forecast.data import PendingRound, RatificationData, era_covariates
from accession.forecast.families import (
    FAMILIES,
    NONPARAMETRIC,
    KaplanMeier,
    LogLocationScale,
    fit_law,
    prior_law,
)
from accession.forecast.simulate import ClockGroup, SimResult, simulate_last

WITHIN_DAYS = 365


@dataclass(frozen=True)
class RatificationConfig(ModelConfig):
    """Every assumption of the model in one place; stored with each forecast."""

    family: str = "auto"  # auto (best likelihood) | loglogistic | lognormal | weibull | km
    frailty: bool = True  # members of one round share its pace (see module docstring)
    min_frailty_sd: float = 0.25  # floor on the between-round spread (few rounds underrate it)
    covariates: tuple[str, ...] = ()  # used only without frailty, e.g. ("recent",)
    era_split_year: int = 2010
    use_holdouts: bool = True
    holdout_prior_median_days: float = 180.0
    holdout_prior_scale: float = 0.8
    min_holdout_episodes: int = 2
    default_deposit_lag_days: float = 5.0
    min_events: int = 15
    min_rounds: int = 2
    n_draws: int = 20_000
    seed: int = 20220705


@dataclass
class AccessionForecast(SimulatedForecast):
    """The distribution of the accession date, with what drives it."""

    candidate: str
    institution: str
    signed: str
    as_of: str
    median: str | None
    interval80: list[str | None]
    interval50: list[str | None]
    p_within_365: float
    curve: list[dict]
    pivotal: list[dict]
    pending: list[dict]
    warnings: list[str]
    draws: int
    model: str
    sim: SimResult | None = field(default=None, repr=False)


class RatificationModel(TrustNotes):
    """Member-level ratification model; see the module docstring for the structure."""

    name = "forecast.ratification"
    version = "v1"

    def __init__(self, config: RatificationConfig | None = None) -> None:
        super().__init__()
        self.config = config or RatificationConfig()
        if self.config.family not in (*FAMILIES, NONPARAMETRIC, "auto"):
            raise ValueError(f"unknown family {self.config.family!r}")

    @property
    def full_name(self) -> str:
        return f"{self.name}.{self.version}"

    # ---- fit ----------------------------------------------------------------------------
    def fit(self, data: RatificationData) -> Self:
        cfg = self.config
        self.warnings_ = []
        spells = data.spells
        if not spells:
            raise ValueError("no member ratification spells to fit on (no earlier rounds)")
        t = np.array([s.duration for s in spells])
        e = np.array([s.event for s in spells])
        cov = {c: [s.covariates.get(c, 0.0) for s in spells] for c in cfg.covariates}
        groups = [s.signed.isoformat() for s in spells] if cfg.frailty else None
        if cfg.family == NONPARAMETRIC:
            self.ordinary_: LogLocationScale | KaplanMeier = KaplanMeier.fit(t, e)
        elif cfg.family == "auto":
            # same number of parameters, so the best likelihood is the best AIC
            fits = [fit_law(f, t, e, cov, groups) for f in FAMILIES]
            self.ordinary_ = max(
                fits, key=lambda law: np.nan_to_num(law.log_likelihood, nan=-1e300)
            )
        else:
            self.ordinary_ = fit_law(cfg.family, t, e, cov, groups)
            if self.ordinary_.source == "fallback":
                self._warn("ordinary-ratification fit did not converge; moment estimate used")
        self.frailty_sd_ = 0.0
        if cfg.frailty and isinstance(self.ordinary_, LogLocationScale):
            self.frailty_sd_ = max(self.ordinary_.frailty_sd, cfg.min_frailty_sd)
        self.n_spells_ = len(spells)
        self.n_events_ = int(e.sum())
        self.rounds_ = list(data.rounds)
        if self.n_events_ < cfg.min_events:
            self._warn(
                f"only {self.n_events_} observed ratifications (< {cfg.min_events}): the "
                "ordinary-ratification law is poorly determined"
            )
        if len(self.rounds_) < cfg.min_rounds:
            self._warn(f"only {len(self.rounds_)} earlier round(s) with per-member data")
        self._fit_holdouts(data)
        self.lags_ = list(data.lags)
        self.deposit_lag_days_ = (
            float(np.median(data.lags)) if data.lags else cfg.default_deposit_lag_days
        )
        self.cutoff_ = data.cutoff
        return self

    def _fit_holdouts(self, data: RatificationData) -> None:
        cfg = self.config
        eps = data.episodes
        self.n_episodes_ = len(eps)
        self.n_episodes_ended_ = sum(1 for x in eps if x.event)
        family = getattr(self.ordinary_, "family", cfg.family)
        prior_family = family if family in FAMILIES else "loglogistic"
        if self.n_episodes_ended_ >= cfg.min_holdout_episodes:
            t = np.array([x.duration for x in eps])
            e = np.array([x.event for x in eps])
            if family == NONPARAMETRIC:
                self.holdout_: LogLocationScale | KaplanMeier = KaplanMeier.fit(t, e)
            else:
                self.holdout_ = fit_law(prior_family, t, e)
            return
        self.holdout_ = prior_law(
            prior_family, cfg.holdout_prior_median_days, cfg.holdout_prior_scale
        )
        if cfg.use_holdouts:
            self._warn(
                f"{self.n_episodes_ended_} ended ratification-stage holdout episode(s) known "
                f"(< {cfg.min_holdout_episodes}): holdout durations come from the stated prior "
                f"(median {cfg.holdout_prior_median_days:g} days)"
            )

    # ---- summary ------------------------------------------------------------------------
    @property
    def summary(self) -> dict[str, Any]:
        """Fitted laws, data sizes and warnings as a plain dict (the API returns it as is)."""
        return {
            "model": self.full_name,
            "config": self.config.to_dict(),
            "cutoff": iso(self.cutoff_),
            "ordinary": self.ordinary_.to_dict(),
            "holdout": self.holdout_.to_dict(),
            "frailty_sd": self.frailty_sd_,
            "deposit_lag_days": self.deposit_lag_days_,
            "spells": self.n_spells_,
            "events": self.n_events_,
            "rounds": self.rounds_,
            "holdout_episodes": self.n_episodes_,
            "holdout_episodes_ended": self.n_episodes_ended_,
            "warnings": list(self.warnings_),
        }

    # ---- predict ------------------------------------------------------------------------
    def _groups(self, state: PendingRound) -> tuple[list[ClockGroup], float]:
        cfg = self.config
        as_of = (state.as_of - state.signed).days
        done = [(m.ratified - state.signed).days for m in state.members if m.ratified]
        fixed = float(max(done)) if done else -np.inf
        ordinary, holding = [], []
        for m in state.pending:
            if cfg.use_holdouts and m.holdout_since is not None:
                holding.append(m)
            else:
                ordinary.append(m)
        cov = era_covariates(state.signed, cfg.era_split_year)
        groups = [
            self._group(self.ordinary_, ordinary, [0.0] * len(ordinary), cov, as_of, True),
            self._group(
                self.holdout_,
                holding,
                [float((m.holdout_since - state.signed).days) for m in holding],
                {},
                as_of,
            ),
        ]
        return groups, fixed

    @staticmethod
    def _group(law, members, origins, cov, as_of: int, shared: bool = False) -> ClockGroup:
        origin = np.array(origins, dtype=float)
        elapsed = np.maximum(as_of - origin, 0.0)
        names = tuple(m.iso3 for m in members)
        if isinstance(law, KaplanMeier):
            return ClockGroup(names, law.family, origin, elapsed, km=law)
        k = len(members)
        return ClockGroup(
            names,
            law.family,
            origin,
            elapsed,
            np.full(k, law.loc(cov)),
            np.full(k, law.scale),
            shared=shared,
        )

    def simulate(
        self, state: PendingRound, n_draws: int | None = None, seed: int | None = None, keep=False
    ) -> SimResult:
        """Days from signature to the last ratification, per trajectory (lag not added)."""
        groups, fixed = self._groups(state)
        n = n_draws or self.config.n_draws
        rng = np.random.default_rng(self.config.seed if seed is None else seed)
        frailty = self._frailty_draws(state, n, rng)
        return simulate_last(groups, n, rng, fixed, keep, frailty=frailty)

    def frailty_posterior(self, state: PendingRound) -> tuple[np.ndarray, np.ndarray]:
        """Grid over the round's log-time shift u and its posterior weights given the ordinary
        members' record by the as-of date: a ratification at t contributes the density f(t|u),
        a member still pending the survival S(elapsed|u). Fast early ratifications thus mean
        a fast round (Finland 2022), a long silence a slow one."""
        tau = self.frailty_sd_
        grid = np.linspace(-4 * tau, 4 * tau, 161)
        logw = -0.5 * (grid / tau) ** 2 if tau > 0 else np.zeros_like(grid)
        law = self.ordinary_
        if not isinstance(law, LogLocationScale):
            return grid, np.exp(logw - logw.max()) / np.exp(logw - logw.max()).sum()
        loc = law.loc(era_covariates(state.signed, self.config.era_split_year))
        elapsed = float((state.as_of - state.signed).days)
        ratified = [
            float((m.ratified - state.signed).days)
            for m in state.members
            if m.ratified and not m.was_holdout
        ]
        waiting = [m for m in state.pending if not (self.config.use_holdouts and m.holdout_since)]
        for t, event in [(t, True) for t in ratified] + [(elapsed, False)] * len(waiting):
            if t <= 0 and not event:
                continue
            locs = loc + grid
            logw = logw + law.log_likelihood_of(
                np.full(grid.size, t), np.full(grid.size, event), locs
            )
        w = np.exp(logw - logw.max())
        return grid, w / w.sum()

    def _frailty_draws(
        self, state: PendingRound, n: int, rng: np.random.Generator
    ) -> np.ndarray | None:
        if self.frailty_sd_ <= 0:
            return None
        grid, w = self.frailty_posterior(state)
        step = grid[1] - grid[0]
        return rng.choice(grid, size=n, p=w) + rng.uniform(-step / 2, step / 2, size=n)

    def predict_accession(
        self, state: PendingRound, n_draws: int | None = None, seed: int | None = None
    ) -> AccessionForecast:
        """The accession-date distribution on `state.as_of`, with pivotal members."""
        sim = self.simulate(state, n_draws, seed, keep=True)
        lag = self.deposit_lag_days_
        signed = state.signed
        q = quantile_dates(sim, signed, [0.1, 0.25, 0.5, 0.75, 0.9], lag)
        hi = sim.quantiles([0.99])[0] + lag
        end = day_to_date(signed, hi) if np.isfinite(hi) else state.as_of + dt.timedelta(3650)
        end = min(end or state.as_of, state.as_of + dt.timedelta(days=3650))
        pending = [
            {
                "iso3": m.iso3,
                "holdout_since": iso(m.holdout_since),
                "issue": m.issue,
                "kind": "holdout" if self.config.use_holdouts and m.holdout_since else "ordinary",
            }
            for m in state.pending
        ]
        return AccessionForecast(
            candidate=state.candidate,
            institution=state.institution,
            signed=signed.isoformat(),
            as_of=state.as_of.isoformat(),
            median=q[2],
            interval80=[q[0], q[4]],
            interval50=[q[1], q[3]],
            p_within_365=round(float(np.mean(sim.end + lag <= WITHIN_DAYS)), 4),
            curve=curve(sim, signed, state.as_of, max(end, state.as_of), lag),
            pivotal=pivotal_table(sim, WITHIN_DAYS, lag)[:8],
            pending=pending,
            warnings=list(self.warnings_),
            draws=int(sim.end.size),
            model=self.full_name,
            sim=sim,
        )

    def predict_proba_by(
        self, state: PendingRound, dates: list[dt.date], n_draws: int | None = None
    ) -> np.ndarray:
        """P(accession on or before each date)."""
        sim = self.simulate(state, n_draws)
        rel = np.array([(d - state.signed).days for d in dates], dtype=float)
        return sim.cdf(rel - self.deposit_lag_days_)

    def predict_median(self, state: PendingRound, n_draws: int | None = None) -> dt.date | None:
        sim = self.simulate(state, n_draws)
        return day_to_date(state.signed, sim.quantiles([0.5])[0] + self.deposit_lag_days_)

    # ---- score --------------------------------------------------------------------------
    def score(self, data: RatificationData) -> float:
        """Mean log-likelihood per ordinary spell of `data` (censoring respected), e.g. on a
        held-out round: higher is better, comparable across families."""
        law = self.ordinary_
        if isinstance(law, KaplanMeier) or not data.spells:
            return float("nan")
        t = np.array([s.duration for s in data.spells])
        e = np.array([s.event for s in data.spells])
        locs = np.array([law.loc(s.covariates) for s in data.spells])
        return float(np.mean(law.log_likelihood_of(t, e, locs)))
