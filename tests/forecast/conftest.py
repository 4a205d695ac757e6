"""Simulated records for the forecast models (written by us; fixed seeds)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from accession.forecast.data import Episode, PendingMember, PendingRound, RatificationData, Spell

SIGNED = dt.date(2020, 1, 1)


def simulate_rounds(
    n_rounds: int = 8,
    members: int = 30,
    loc: float = 4.5,
    scale: float = 0.4,
    tau: float = 0.3,
    seed: int = 7,
) -> RatificationData:
    """Log-logistic ratification days with a shared round shift ~ N(0, tau^2)."""
    rng = np.random.default_rng(seed)
    spells = []
    for r in range(n_rounds):
        signed = SIGNED - dt.timedelta(days=900 * (n_rounds - r))
        u = rng.normal(0, tau)
        p = rng.random(members)
        t = np.exp(loc + u + scale * (np.log(p) - np.log1p(-p)))
        for j, d in enumerate(t):
            spells.append(Spell(f"C{r:02d}", f"M{j:02d}", signed, float(np.ceil(d)), True))
    eps = [
        Episode(f"E{i}", "M00", f"C{i:02d}", "admit", SIGNED, float(d), True)
        for i, d in enumerate(rng.lognormal(5.5, 0.5, 60))
    ]
    return RatificationData(spells, eps, [5.0, 3.0], SIGNED)


def simulated_episodes(n: int = 40, seed: int = 3) -> list[Episode]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        d = float(rng.lognormal(6.0, 0.8))
        cens = float(rng.uniform(100, 2000))
        out.append(Episode(f"E{i}", f"M{i % 7}", "UKR", "invite", SIGNED, min(d, cens), d <= cens))
    return out


@pytest.fixture(scope="session")
def rounds() -> RatificationData:
    return simulate_rounds()


@pytest.fixture(scope="session")
def episodes() -> list[Episode]:
    return simulated_episodes()


@pytest.fixture
def make_pending():
    return pending


def pending(as_of_days: int = 60, ratified: int = 10, holdout: bool = True) -> PendingRound:
    as_of = SIGNED + dt.timedelta(days=as_of_days)
    members = []
    for j in range(30):
        if j < ratified:
            members.append(PendingMember(f"M{j:02d}", SIGNED + dt.timedelta(days=20 + j)))
        elif holdout and j == 29:
            members.append(PendingMember(f"M{j:02d}", None, SIGNED - dt.timedelta(days=30)))
        else:
            members.append(PendingMember(f"M{j:02d}"))
    return PendingRound("NATO", "XYZ", SIGNED, as_of, tuple(members))
