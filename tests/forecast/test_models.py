"""Invariants over every registered model, parameter recovery, seeds."""

from __future__ import annotations

import datetime as dt
import warnings

import numpy as np
import pytest

from accession.forecast import MODELS, ConsensusConfig, ForecastTrustWarning, RatificationConfig
from accession.forecast.ratification import RatificationModel

from .conftest import SIGNED

FAMILY_CASES = ["loglogistic", "lognormal", "weibull", "km"]
CASES = [(name, fam) for name in MODELS for fam in FAMILY_CASES]
IDS = [f"{name}[{fam}]" for name, fam in CASES]
UKR_STANCES = {"HUN": "oppose", "SVK": "conditional", "USA": "undecided", "FRA": "support"}
UKR_SINCE = {"HUN": SIGNED - dt.timedelta(days=400), "SVK": SIGNED, "USA": None}


def _fitted(name, family, rounds, episodes):
    cls = MODELS[name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ForecastTrustWarning)
        if cls is RatificationModel:
            return cls(RatificationConfig(family=family, n_draws=4000)).fit(rounds)
        return cls(ConsensusConfig(family=family, n_draws=4000)).fit(episodes)


def _proba(model, dates, make_pending, everyone_agrees=False):
    if isinstance(model, RatificationModel):
        state = make_pending(ratified=30 if everyone_agrees else 10, holdout=not everyone_agrees)
        return model.predict_proba_by(state, dates)
    stances = dict.fromkeys(UKR_STANCES, "support") if everyone_agrees else UKR_STANCES
    return model.predict_proba_by(stances, UKR_SINCE, SIGNED + dt.timedelta(60), dates)


@pytest.mark.parametrize(("name", "family"), CASES, ids=IDS)
def test_invariants(name, family, rounds, episodes, make_pending) -> None:
    model = _fitted(name, family, rounds, episodes)
    dates = [SIGNED + dt.timedelta(days=d) for d in range(60, 4000, 90)]
    p = _proba(model, dates, make_pending)
    assert np.all((p >= 0) & (p <= 1))
    assert np.all(np.diff(p) >= 0), "P(by T) must never fall as T grows"
    sure = _proba(model, dates, make_pending, everyone_agrees=True)
    assert np.all(sure[dates.index(SIGNED + dt.timedelta(days=60)) :] == 1.0)
    assert isinstance(model.summary, dict) and model.summary["model"] == name


@pytest.mark.parametrize("name", list(MODELS), ids=list(MODELS))
def test_fixed_seed_reproduces_exactly(name, rounds, episodes, make_pending) -> None:
    model = _fitted(name, "loglogistic", rounds, episodes)
    dates = [SIGNED + dt.timedelta(days=d) for d in (100, 400, 900)]
    a = _proba(model, dates, make_pending)
    b = _proba(model, dates, make_pending)
    np.testing.assert_array_equal(a, b)
    if isinstance(model, RatificationModel):
        s1 = model.simulate(make_pending(), 3000, seed=1).end
        s2 = model.simulate(make_pending(), 3000, seed=1).end
        s3 = model.simulate(make_pending(), 3000, seed=2).end
    else:
        s1 = model.simulate(UKR_STANCES, UKR_SINCE, SIGNED, seed=1, n_draws=3000).end
        s2 = model.simulate(UKR_STANCES, UKR_SINCE, SIGNED, seed=1, n_draws=3000).end
        s3 = model.simulate(UKR_STANCES, UKR_SINCE, SIGNED, seed=2, n_draws=3000).end
    np.testing.assert_array_equal(s1, s2)
    assert not np.array_equal(s1, s3)


def test_ratification_model_recovers_simulated_parameters(rounds) -> None:
    cfg = RatificationConfig(family="loglogistic", min_frailty_sd=0.0)
    model = RatificationModel(cfg).fit(rounds)
    assert model.ordinary_.scale == pytest.approx(0.4, abs=0.06)
    assert model.ordinary_.loc() == pytest.approx(4.5, abs=0.3)
    assert model.holdout_.source == "fit"
    assert model.holdout_.median() == pytest.approx(np.exp(5.5), rel=0.15)
    assert model.deposit_lag_days_ == 4.0


def test_conditioning_on_elapsed_time_pushes_the_forecast_later(rounds, make_pending) -> None:
    model = RatificationModel(RatificationConfig(family="weibull", n_draws=4000)).fit(rounds)
    early = model.predict_median(make_pending(as_of_days=30, ratified=0, holdout=False))
    late = model.predict_median(make_pending(as_of_days=300, ratified=0, holdout=False))
    assert late > early
    assert late > SIGNED + dt.timedelta(days=300)


def test_few_episodes_warns_and_uses_the_prior(rounds) -> None:
    rounds_no_eps = type(rounds)(rounds.spells, rounds.episodes[:1], rounds.lags, rounds.cutoff)
    with pytest.warns(ForecastTrustWarning, match="prior"):
        model = RatificationModel().fit(rounds_no_eps)
    assert model.holdout_.source == "prior"
    assert any("prior" in w for w in model.summary["warnings"])


def test_pivotal_member_is_the_holdout(rounds, make_pending) -> None:
    model = RatificationModel(RatificationConfig(holdout_prior_median_days=2000)).fit(
        type(rounds)(rounds.spells, [], rounds.lags, rounds.cutoff)
    )
    fc = model.predict_accession(make_pending(as_of_days=200, ratified=25))
    assert fc.pivotal[0]["iso3"] == "M29"
    assert fc.pivotal[0]["last_share"] > 0.5
