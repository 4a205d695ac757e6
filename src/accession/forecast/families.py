"""Survival laws as location-scale families in log time, so one sampler serves them all.

    log T = loc + scale * eps

with eps standard logistic (log-logistic T), standard normal (log-normal T) or standard
minimum-Gumbel (Weibull T). Conditioning on survival past an elapsed time e is then a
truncation of eps at z_e = (log e - loc) / scale, which the inverse survival function samples
exactly: no rejection loops, so a million trajectories stay vectorised (see simulate.py).

Fitting is delegated to lifelines' AFT fitters (right-censoring handled there); lifelines and
pandas are imported lazily because importing them costs about a second and the CLI must stay
snappy. The non-parametric alternative is a Kaplan-Meier table (`KaplanMeier`).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.special import ndtr, ndtri

FAMILIES = ("loglogistic", "lognormal", "weibull")
NONPARAMETRIC = "km"

# lifelines AFT fitter -> (location parameter, shape parameter, location is log-linear?)
_LIFELINES = {
    "loglogistic": ("LogLogisticAFTFitter", "alpha_", "beta_"),
    "lognormal": ("LogNormalAFTFitter", "mu_", "sigma_"),
    "weibull": ("WeibullAFTFitter", "lambda_", "rho_"),
}
# median of the standard eps: logistic 0, normal 0, min-Gumbel log(log 2)
_EPS_MEDIAN = {"loglogistic": 0.0, "lognormal": 0.0, "weibull": math.log(math.log(2.0))}


def std_sf(family: str, z: np.ndarray) -> np.ndarray:
    """Survival function of the standard eps of a family."""
    z = np.asarray(z, dtype=float)
    if family == "loglogistic":
        return 1.0 / (1.0 + np.exp(np.clip(z, -700, 700)))
    if family == "lognormal":
        return ndtr(-z)
    if family == "weibull":
        return np.exp(-np.exp(np.clip(z, -700, 700)))
    raise ValueError(f"unknown family {family!r}; choose one of {FAMILIES}")


def std_logpdf(family: str, z: np.ndarray) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    if family == "loglogistic":
        return -z - 2.0 * np.logaddexp(0.0, -z)
    if family == "lognormal":
        return -0.5 * z * z - 0.5 * math.log(2 * math.pi)
    if family == "weibull":
        return z - np.exp(z)
    raise ValueError(f"unknown family {family!r}; choose one of {FAMILIES}")


def std_isf(family: str, p: np.ndarray) -> np.ndarray:
    """Inverse survival function of the standard eps (p in (0, 1])."""
    p = np.asarray(p, dtype=float)
    if family == "loglogistic":
        return np.log1p(-p) - np.log(p)
    if family == "lognormal":
        return -ndtri(p)
    if family == "weibull":
        return np.log(-np.log(p))
    raise ValueError(f"unknown family {family!r}; choose one of {FAMILIES}")


@dataclass(frozen=True)
class LogLocationScale:
    """A fitted (or prior) law of a duration in days; `coef` gives loc as a linear predictor."""

    family: str
    coef: Mapping[str, float]
    scale: float
    source: str = "fit"  # fit | prior | fallback
    n: int = 0
    events: int = 0
    log_likelihood: float = float("nan")
    se: Mapping[str, float] = field(default_factory=dict)
    # shared frailty: rounds differ in pace; loc is then the mean over rounds and a round's
    # own shift u ~ Normal(0, frailty_sd^2) is common to all its members
    frailty_sd: float = 0.0
    group_locs: Mapping[str, float] = field(default_factory=dict)

    def loc(self, covariates: Mapping[str, float] | None = None) -> float:
        """Intercept plus the covariate effects it knows (a covariate absent from the fit has
        no effect: it had no variation in the training data)."""
        x = covariates or {}
        return float(self.coef.get("Intercept", 0.0)) + sum(
            float(b) * float(x.get(name, 0.0))
            for name, b in self.coef.items()
            if name != "Intercept"
        )

    def survival(self, t: np.ndarray | float, covariates: Mapping[str, float] | None = None):
        t = np.maximum(np.asarray(t, dtype=float), 1e-12)
        return std_sf(self.family, (np.log(t) - self.loc(covariates)) / self.scale)

    def quantile(self, p: float, covariates: Mapping[str, float] | None = None) -> float:
        """Duration by which a share p has ended."""
        z = std_isf(self.family, np.array(1.0 - p))
        return float(np.exp(self.loc(covariates) + self.scale * z))

    def median(self, covariates: Mapping[str, float] | None = None) -> float:
        return self.quantile(0.5, covariates)

    def log_likelihood_of(
        self, durations: np.ndarray, events: np.ndarray, locs: np.ndarray | None = None
    ) -> np.ndarray:
        """Per-observation log-likelihood of right-censored durations (density in days)."""
        t = np.maximum(np.asarray(durations, dtype=float), 1e-12)
        loc = self.loc() if locs is None else np.asarray(locs, dtype=float)
        z = (np.log(t) - loc) / self.scale
        dens = std_logpdf(self.family, z) - math.log(self.scale) - np.log(t)
        surv = np.log(np.maximum(std_sf(self.family, z), 1e-300))
        return np.where(np.asarray(events, dtype=bool), dens, surv)

    def to_dict(self) -> dict:
        return {
            "family": self.family,
            "coef": {k: round(float(v), 6) for k, v in self.coef.items()},
            "scale": round(float(self.scale), 6),
            "median_days": round(self.median(), 1),
            "source": self.source,
            "n": self.n,
            "events": self.events,
            "se": {k: round(float(v), 6) for k, v in self.se.items()},
            "frailty_sd": round(float(self.frailty_sd), 6),
            "group_locs": {k: round(float(v), 4) for k, v in self.group_locs.items()},
        }


def prior_law(family: str, median_days: float, scale: float) -> LogLocationScale:
    """A law with a given median and log-time spread: the stated assumption used when the
    knowledge base has too few episodes to fit (the caller warns)."""
    loc = math.log(median_days) - scale * _EPS_MEDIAN[family]
    return LogLocationScale(family, {"Intercept": loc}, scale, source="prior")


def _moment_fallback(family: str, t: np.ndarray, e: np.ndarray) -> LogLocationScale:
    """Crude law from the observed events' log-durations, when the MLE does not converge."""
    logs = np.log(np.maximum(t[e] if e.any() else t, 1.0))
    sd = float(np.std(logs)) if logs.size > 1 else 1.0
    scale = max(sd, 0.3) * (math.sqrt(3) / math.pi if family == "loglogistic" else 1.0)
    loc = float(np.median(logs)) - scale * _EPS_MEDIAN[family]
    return LogLocationScale(
        family, {"Intercept": loc}, scale, "fallback", int(t.size), int(e.sum())
    )


def _random_effects(locs: np.ndarray, var: np.ndarray) -> tuple[float, float]:
    """DerSimonian-Laird: the mean of the group locations and the between-group spread,
    net of each location's own sampling variance (the standard meta-analysis estimator)."""
    w = 1.0 / np.maximum(var, 1e-9)
    mean_fixed = float(np.sum(w * locs) / np.sum(w))
    q = float(np.sum(w * (locs - mean_fixed) ** 2))
    denom = float(np.sum(w) - np.sum(w**2) / np.sum(w))
    tau2 = max(0.0, (q - (locs.size - 1)) / denom) if denom > 0 else 0.0
    w_star = 1.0 / (var + tau2)
    return float(np.sum(w_star * locs) / np.sum(w_star)), float(np.sqrt(tau2))


def fit_law(
    family: str,
    durations: Sequence[float] | np.ndarray,
    events: Sequence[bool] | np.ndarray,
    covariates: Mapping[str, Sequence[float]] | None = None,
    groups: Sequence[str] | None = None,
) -> LogLocationScale:
    """Maximum-likelihood AFT fit with right-censoring (lifelines). Covariates without
    variation are dropped (their effect is not identifiable); a failed fit falls back to a
    moment estimate, flagged by `source == 'fallback'`.

    With `groups` (one label per duration) the fit has one location per group and a common
    within-group scale; the group locations are then pooled by random effects into a mean
    and `frailty_sd`, so members of one round share its pace (covariates are ignored: a
    round-level covariate is collinear with the group locations)."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}; choose one of {FAMILIES}")
    t = np.maximum(np.asarray(durations, dtype=float), 0.5)  # same-day events: half a day
    e = np.asarray(events, dtype=bool)
    labels: list[str] = []
    if groups is not None:
        g = np.asarray(groups, dtype=object)
        # a group without any event has no finite location: it cannot inform the pooling
        keep = np.isin(g, np.unique(g[e]))
        t, e, g = t[keep], e[keep], g[keep]
        labels = sorted(set(g.tolist()))
        cols = {f"g:{lab}": (g == lab).astype(float) for lab in labels[1:]}
    else:
        cols = {
            k: np.asarray(v, dtype=float)
            for k, v in (covariates or {}).items()
            if np.ptp(np.asarray(v, dtype=float)) > 0
        }
    if e.sum() < 2:
        return _moment_fallback(family, t, e)
    import lifelines  # lazy: about a second to import
    import pandas as pd

    cls_name, loc_name, shape_name = _LIFELINES[family]
    df = pd.DataFrame({"T": t, "E": e, **cols})
    fitter = getattr(lifelines, cls_name)(penalizer=0.0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fitter.fit(df, "T", "E")
    except Exception:  # lifelines raises ConvergenceError and friends on degenerate data
        return _moment_fallback(family, t, e)
    params = fitter.params_
    coef = {cov: float(params[(loc_name, cov)]) for cov in ["Intercept", *cols]}
    shape = float(np.exp(params[(shape_name, "Intercept")]))
    scale = shape if family == "lognormal" else 1.0 / shape
    se = {cov: float(fitter.standard_errors_[(loc_name, cov)]) for cov in coef}
    loglik = float(fitter.log_likelihood_)
    if len(labels) < 2:
        return LogLocationScale(family, coef, scale, "fit", int(t.size), int(e.sum()), loglik, se)
    vm = fitter.variance_matrix_
    base = (loc_name, "Intercept")
    locs, var = [coef["Intercept"]], [float(vm.loc[base, base])]
    for lab in labels[1:]:
        key = (loc_name, f"g:{lab}")
        locs.append(coef["Intercept"] + coef[f"g:{lab}"])
        var.append(float(vm.loc[base, base] + vm.loc[key, key] + 2 * vm.loc[base, key]))
    mean, tau = _random_effects(np.array(locs), np.array(var))
    return LogLocationScale(
        family,
        {"Intercept": mean},
        scale,
        "fit",
        int(t.size),
        int(e.sum()),
        loglik,
        {"Intercept": float(np.sqrt(1.0 / np.sum(1.0 / (np.array(var) + tau**2))))},
        tau,
        dict(zip(labels, locs, strict=True)),
    )


@dataclass(frozen=True)
class KaplanMeier:
    """Product-limit estimate S(t) = prod_{t_i <= t} (1 - d_i / n_i), right-continuous.

    Beyond the last event S stays at its last value: the remaining mass is 'not within the
    experience of the data' and is sampled as never (inf), which is the honest reading.
    """

    times: np.ndarray  # distinct event times, ascending
    surv: np.ndarray  # S just after each time
    n: int
    events: int
    family: str = NONPARAMETRIC

    @classmethod
    def fit(cls, durations: Sequence[float], events: Sequence[bool]) -> KaplanMeier:
        t = np.asarray(durations, dtype=float)
        e = np.asarray(events, dtype=bool)
        times = np.unique(t[e])
        at_risk = np.array([(t >= u).sum() for u in times], dtype=float)
        deaths = np.array([((t == u) & e).sum() for u in times], dtype=float)
        surv = np.cumprod(1.0 - deaths / at_risk) if times.size else np.array([])
        return cls(times, surv, int(t.size), int(e.sum()))

    def survival(self, t: np.ndarray | float, covariates: Mapping[str, float] | None = None):
        t = np.asarray(t, dtype=float)
        idx = np.searchsorted(self.times, t, side="right") - 1
        padded = np.concatenate([[1.0], self.surv])
        return padded[idx + 1]

    def median(self, covariates: Mapping[str, float] | None = None) -> float:
        below = np.nonzero(self.surv <= 0.5)[0]
        return float(self.times[below[0]]) if below.size else float("inf")

    def to_dict(self) -> dict:
        return {
            "family": NONPARAMETRIC,
            "median_days": self.median(),
            "n": self.n,
            "events": self.events,
            "tail_mass": round(float(self.surv[-1]) if self.surv.size else 1.0, 4),
        }
