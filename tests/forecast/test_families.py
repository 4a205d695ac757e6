"""Numeric tests of the survival building blocks against hand computation and lifelines."""

from __future__ import annotations

import numpy as np
import pytest

from accession.forecast.families import FAMILIES, KaplanMeier, fit_law, prior_law

# durations (days) and events: 1 = ended, 0 = still open at the cutoff (censored)
TABLE_T = [3, 5, 5, 8, 10, 12, 12, 15]
TABLE_E = [1, 1, 0, 1, 0, 1, 1, 0]
# by hand: n at risk / deaths at each event time
#   t=3:  8 at risk, 1 death -> S = 7/8                 = 0.875
#   t=5:  7 at risk, 1 death -> S = 0.875 * 6/7         = 0.75
#   t=8:  5 at risk, 1 death -> S = 0.75 * 4/5          = 0.6
#   t=12: 3 at risk, 2 deaths -> S = 0.6 * 1/3          = 0.2
HAND = {0: 1.0, 3: 0.875, 4: 0.875, 5: 0.75, 8: 0.6, 11: 0.6, 12: 0.2, 20: 0.2}


def test_kaplan_meier_by_hand() -> None:
    km = KaplanMeier.fit(TABLE_T, TABLE_E)
    for t, s in HAND.items():
        assert km.survival(t) == pytest.approx(s), t
    assert km.median() == 12.0


def test_kaplan_meier_matches_lifelines() -> None:
    from lifelines import KaplanMeierFitter

    km = KaplanMeier.fit(TABLE_T, TABLE_E)
    kmf = KaplanMeierFitter().fit(TABLE_T, TABLE_E)
    grid = np.arange(0, 21)
    ours = km.survival(grid)
    theirs = kmf.survival_function_at_times(grid).to_numpy()
    np.testing.assert_allclose(ours, theirs)


@pytest.mark.parametrize("family", FAMILIES, ids=FAMILIES)
def test_survival_mapping_matches_lifelines(family: str) -> None:
    """Our loc/scale reading of lifelines' parameters gives lifelines' own S(t)."""
    import lifelines
    import pandas as pd

    rng = np.random.default_rng(11)
    t = rng.lognormal(5, 0.7, 80)
    e = rng.random(80) < 0.8
    law = fit_law(family, t, e)
    cls = {
        "loglogistic": lifelines.LogLogisticAFTFitter,
        "lognormal": lifelines.LogNormalAFTFitter,
        "weibull": lifelines.WeibullAFTFitter,
    }[family]
    aft = cls().fit(pd.DataFrame({"T": t, "E": e}), "T", "E")
    grid = np.array([30.0, 100.0, 150.0, 400.0])
    ref = aft.predict_survival_function(pd.DataFrame({"x": [0]}), times=grid).to_numpy()[:, 0]
    np.testing.assert_allclose(law.survival(grid), ref, rtol=1e-4)


@pytest.mark.parametrize("family", FAMILIES, ids=FAMILIES)
def test_recovers_known_parameters_with_censoring(family: str) -> None:
    truth = prior_law(family, median_days=200.0, scale=0.5)
    rng = np.random.default_rng(5)
    from accession.forecast.families import std_isf

    eps = std_isf(family, rng.random(3000))
    t = np.exp(truth.loc() + truth.scale * eps)
    cens = rng.uniform(50, 900, t.size)
    law = fit_law(family, np.minimum(t, cens), t <= cens)
    assert law.median() == pytest.approx(200.0, rel=0.06)
    assert law.scale == pytest.approx(0.5, rel=0.06)


def test_grouped_fit_recovers_frailty(rounds) -> None:
    t = [s.duration for s in rounds.spells]
    e = [s.event for s in rounds.spells]
    g = [s.candidate for s in rounds.spells]
    law = fit_law("loglogistic", t, e, groups=g)
    assert law.scale == pytest.approx(0.4, abs=0.06)
    assert law.loc() == pytest.approx(4.5, abs=0.3)
    assert 0.05 < law.frailty_sd < 0.7
