"""`forecast.consensus.v1`: P(consensus on an open question by T), and who drives it.

Consensus needs every member. Members already in support stay; each other member's time to
move is drawn from the holdout episodes of the knowledge base (their durations, ongoing ones
censored at the as-of date), conditioned on the time it has already held its stance. The
question's outcome is the last member's move. Inputs are a plain {iso3: stance} mapping and
since-dates, so the model does not depend on the database; `inputs_from_status` adapts a
`ConsensusStatus`.

Assumptions (all in `ConsensusConfig`, all stored with the forecast): members move
independently; a member with no evidence goes along (`unknown_as="support"`: silence in the
North Atlantic Council is consent) -- set "undecided" to make them move too; episodes before
an invitation last longer than ratification-stage ones (covariate `pre_invitation`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Self

import numpy as np

from accession.errors import ValidationError
from accession.forecast.base import (
    ModelConfig,
    SimulatedForecast,
    TrustNotes,
    curve,
    day_to_date,
    iso,
    pivotal_table,
)
from accession.forecast.data import Episode
from accession.forecast.families import FAMILIES, NONPARAMETRIC, KaplanMeier, fit_law
from accession.forecast.simulate import ClockGroup, SimResult, simulate_last

STANCES = ("support", "oppose", "conditional", "undecided", "unknown")


@dataclass(frozen=True)
class ConsensusConfig(ModelConfig):
    family: str = "loglogistic"  # loglogistic | lognormal | weibull | km
    covariates: tuple[str, ...] = ("pre_invitation",)
    unknown_as: str = "support"  # support | undecided
    min_events: int = 8
    n_draws: int = 100_000
    seed: int = 20241204


@dataclass
class ConsensusForecast(SimulatedForecast):
    as_of: str
    by: list[dict]  # [{"date", "p"}] for the requested dates
    median: str | None
    curve: list[dict]
    members: list[dict]
    pivotal: list[dict]
    warnings: list[str]
    draws: int
    model: str
    sim: SimResult | None = field(default=None, repr=False)


def inputs_from_status(status: Any) -> tuple[dict[str, str], dict[str, dt.date | None]]:
    """{iso3: stance} and {iso3: since} from a `ConsensusStatus` (duck-typed)."""
    stances = {m.iso3: m.stance for m in status.members}
    since = {m.iso3: dt.date.fromisoformat(m.since) if m.since else None for m in status.members}
    return stances, since


class ConsensusModel(TrustNotes):
    """Monte Carlo over the members not in support; see the module docstring."""

    name = "forecast.consensus"
    version = "v1"

    def __init__(self, config: ConsensusConfig | None = None) -> None:
        super().__init__()
        self.config = config or ConsensusConfig()
        if self.config.family not in (*FAMILIES, NONPARAMETRIC):
            raise ValueError(f"unknown family {self.config.family!r}")
        if self.config.unknown_as not in ("support", "undecided"):
            raise ValueError("unknown_as must be 'support' or 'undecided'")

    @property
    def full_name(self) -> str:
        return f"{self.name}.{self.version}"

    def fit(self, episodes: Sequence[Episode]) -> Self:
        """Fit the time-to-move law on holdout episodes (ongoing ones censored)."""
        cfg = self.config
        self.warnings_ = []
        if not episodes:
            raise ValueError("no holdout episodes to learn how long objections last")
        t = np.array([x.duration for x in episodes])
        e = np.array([x.event for x in episodes])
        cov = {c: [getattr(x, c) for x in episodes] for c in cfg.covariates}
        if cfg.family == NONPARAMETRIC:
            self.law_: Any = KaplanMeier.fit(t, e)
        else:
            self.law_ = fit_law(cfg.family, t, e, cov)
        self.n_episodes_ = len(episodes)
        self.n_ended_ = int(e.sum())
        self.ended_by_ = [x.ended_by for x in episodes if x.event and x.ended_by]
        if self.n_ended_ < cfg.min_events:
            self._warn(
                f"only {self.n_ended_} ended holdout episodes (< {cfg.min_events}): "
                "time-to-move is poorly determined; read the curve as a rough guide"
            )
        return self

    @property
    def summary(self) -> dict[str, Any]:
        return {
            "model": self.full_name,
            "config": self.config.to_dict(),
            "law": self.law_.to_dict(),
            "episodes": self.n_episodes_,
            "episodes_ended": self.n_ended_,
            "ended_by": self.ended_by_,
            "warnings": list(self.warnings_),
        }

    def _movers(
        self, stances: Mapping[str, str], since: Mapping[str, dt.date | None], as_of: dt.date
    ) -> list[tuple[str, str, dt.date]]:
        out = []
        for iso3, stance in sorted(stances.items()):
            if stance not in STANCES:
                raise ValidationError(f"stance {stance!r} of {iso3}: expected {', '.join(STANCES)}")
            if stance == "support" or (stance == "unknown" and self.config.unknown_as == "support"):
                continue
            start = since.get(iso3) or as_of
            if start > as_of:
                raise ValidationError(f"{iso3}'s stance dates from {start}, after as-of {as_of}")
            out.append((iso3, stance, start))
        return out

    def simulate(
        self,
        stances: Mapping[str, str],
        since: Mapping[str, dt.date | None],
        as_of: dt.date,
        action: str = "invite",
        n_draws: int | None = None,
        seed: int | None = None,
        keep: bool = False,
    ) -> SimResult:
        """Days from `as_of` to the last move, per trajectory (-inf: consensus already)."""
        movers = self._movers(stances, since, as_of)
        names = tuple(m[0] for m in movers)
        elapsed = np.array([(as_of - m[2]).days for m in movers], dtype=float)
        origin = -elapsed  # clocks started `elapsed` days before as_of
        law = self.law_
        if isinstance(law, KaplanMeier):
            group = ClockGroup(names, NONPARAMETRIC, origin, elapsed, km=law)
        else:
            x = {"pre_invitation": 0.0 if action == "admit" else 1.0}
            k = len(names)
            group = ClockGroup(
                names, law.family, origin, elapsed, np.full(k, law.loc(x)), np.full(k, law.scale)
            )
        n = n_draws or self.config.n_draws
        return simulate_last([group], n, self.config.seed if seed is None else seed, keep=keep)

    def predict_proba_by(
        self,
        stances: Mapping[str, str],
        since: Mapping[str, dt.date | None],
        as_of: dt.date,
        dates: Sequence[dt.date],
        action: str = "invite",
        n_draws: int | None = None,
    ) -> np.ndarray:
        """P(consensus on or before each date)."""
        sim = self.simulate(stances, since, as_of, action, n_draws)
        return sim.cdf([(d - as_of).days for d in dates])

    def predict(
        self,
        stances: Mapping[str, str],
        since: Mapping[str, dt.date | None],
        as_of: dt.date,
        by: Sequence[dt.date],
        action: str = "invite",
        n_draws: int | None = None,
        seed: int | None = None,
    ) -> ConsensusForecast:
        """The curve, P at the requested dates, and per-member drivers."""
        if not by:
            raise ValidationError("give at least one --by date")
        sim = self.simulate(stances, since, as_of, action, n_draws, seed, keep=True)
        horizon = float((max(by) - as_of).days)
        probs = sim.cdf([(d - as_of).days for d in by])
        med = sim.quantiles([0.5])[0]
        end = max(max(by), as_of + dt.timedelta(days=3650))
        movers = {m[0]: m for m in self._movers(stances, since, as_of)}
        members = []
        for j, name in enumerate(sim.names):
            _, stance, start = movers[name]
            col = sim.matrix[:, j] if sim.matrix is not None else np.array([])
            members.append(
                {
                    "iso3": name,
                    "stance": stance,
                    "since": start.isoformat(),
                    "elapsed_days": (as_of - start).days,
                    "p_move_by": round(float(np.mean(col <= horizon)), 4),
                }
            )
        return ConsensusForecast(
            as_of=as_of.isoformat(),
            by=[
                {"date": d.isoformat(), "p": round(float(p), 4)}
                for d, p in zip(by, probs, strict=True)
            ],
            median=as_of.isoformat() if med == -np.inf else iso(day_to_date(as_of, med)),
            curve=curve(sim, as_of, as_of, end),
            members=members,
            pivotal=pivotal_table(sim, horizon)[:8] if sim.names else [],
            warnings=list(self.warnings_),
            draws=int(sim.end.size),
            model=self.full_name,
            sim=sim,
        )

    def score(self, episodes: Sequence[Episode], action: str | None = None) -> float:
        """Mean log-likelihood per episode (censoring respected); higher is better."""
        law = self.law_
        if isinstance(law, KaplanMeier) or not episodes:
            return float("nan")
        t = np.array([x.duration for x in episodes])
        e = np.array([x.event for x in episodes])
        locs = np.array([law.loc({"pre_invitation": x.pre_invitation}) for x in episodes])
        return float(np.mean(law.log_likelihood_of(t, e, locs)))
