"""Service functions: knowledge base (+ ledger) -> model -> stored forecast.

These are what the CLI, the web API and scripts call. Each one fits on facts known by the
as-of date only, stores the forecast with its inputs, model name and version, config and the
code version (so every number on the dashboard can be reproduced), and returns plain dicts.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any

from accession import __version__
from accession.forecast.base import ForecastTrustWarning
from accession.forecast.consensus import ConsensusConfig, ConsensusModel, inputs_from_status
from accession.forecast.data import (
    BLOCKING_ACTIONS,
    active_holdouts,
    holdout_episodes,
    pending_round,
    ratification_data,
)
from accession.forecast.explain import CONSENSUS_VARIANTS, RATIFICATION_VARIANTS, sensitivity
from accession.forecast.ratification import RatificationConfig, RatificationModel

SENSITIVITY_DRAWS = 5_000


def _quiet_fit(model, data):
    """Fit, keeping trust warnings on the model (`warnings_`) rather than on stderr."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ForecastTrustWarning)
        return model.fit(data)


def _save(app, subject: str, model, as_of: dt.date, inputs: dict, result: dict) -> int:
    from accession.store.forecasts import save_forecast

    with app.store.write() as conn:
        return save_forecast(
            conn,
            subject=subject,
            model=model.name,
            model_version=model.version,
            as_of=as_of.isoformat(),
            config=model.config.to_dict(),
            inputs=inputs,
            result=result,
            code_version=__version__,
        )


def run_accession_forecast(
    app,
    candidate: str,
    as_of: dt.date | None = None,
    institution: str = "NATO",
    config: RatificationConfig | None = None,
    save: bool = True,
    explain: bool = True,
) -> dict[str, Any]:
    """When will `candidate`'s signed protocol be in force, as seen on `as_of`?"""
    as_of = as_of or dt.date.today()
    config = config or RatificationConfig()
    state = pending_round(app.kb, institution, candidate, as_of)
    exclude = [state.candidate]
    data = ratification_data(app.kb, institution, as_of, exclude, config.era_split_year)
    model = _quiet_fit(RatificationModel(config), data)
    fc = model.predict_accession(state)

    def headline(cfg: RatificationConfig) -> dict[str, Any]:
        m = _quiet_fit(RatificationModel(cfg), data)
        f = m.predict_accession(state, n_draws=SENSITIVITY_DRAWS)
        return {"median": f.median, "interval80": f.interval80, "p_within_365": f.p_within_365}

    result = {
        "subject": f"{state.institution}:admit:{state.candidate}",
        "model": model.full_name,
        "forecast": fc.to_dict(),
        "summary": model.summary,
        "sensitivity": sensitivity(config, RATIFICATION_VARIANTS, headline) if explain else [],
    }
    inputs = {
        "state": state.to_dict(),
        "training": {
            "cutoff": as_of.isoformat(),
            "excluded": exclude,
            "spells": len(data.spells),
            "rounds": data.rounds,
            "holdout_episodes": [x.episode for x in data.episodes],
            "lags": data.lags,
        },
    }
    if save:
        result["forecast_id"] = _save(app, result["subject"], model, as_of, inputs, result)
    result["_forecast"] = fc
    return result


def consensus_inputs(app, question: str, as_of: dt.date):
    """Stances from the ledger on `as_of`; a member with no evidence but an open holdout
    episode in the knowledge base counts as opposed since the episode's start (a sourced
    fact beats silence)."""
    from accession.analysis.consensus import consensus_at

    with app.store.read() as conn:
        status = consensus_at(conn, app.kb, question, as_of)
    stances, since = inputs_from_status(status)
    inst, action, cand = status.question.split(":")
    open_eps = active_holdouts(app.kb, inst, cand, as_of, BLOCKING_ACTIONS.get(action, (action,)))
    from_kb = []
    for iso3, (start, _issue) in open_eps.items():
        if stances.get(iso3) == "unknown":
            stances[iso3], since[iso3] = "oppose", start
            from_kb.append(iso3)
    return status, stances, since, from_kb


def run_consensus_forecast(
    app,
    question: str,
    by: Sequence[dt.date],
    as_of: dt.date | None = None,
    config: ConsensusConfig | None = None,
    save: bool = True,
    explain: bool = True,
) -> dict[str, Any]:
    """P(consensus on `question` by each date in `by`), as seen on `as_of`."""
    as_of = as_of or dt.date.today()
    config = config or ConsensusConfig()
    status, stances, since, from_kb = consensus_inputs(app, question, as_of)
    inst, action, _ = status.question.split(":")
    episodes = holdout_episodes(app.kb, inst, as_of)
    model = _quiet_fit(ConsensusModel(config), episodes)
    fc = model.predict(stances, since, as_of, list(by), action)
    if status.coverage < 0.5 and config.unknown_as == "support":
        fc.warnings.append(
            f"only {status.coverage:.0%} of members have evidence; the others are assumed to "
            "go along (unknown_as='support') -- see the sensitivity row that drops this"
        )

    def headline(cfg: ConsensusConfig) -> dict[str, Any]:
        m = _quiet_fit(ConsensusModel(cfg), episodes)
        p = m.predict_proba_by(stances, since, as_of, list(by), action, SENSITIVITY_DRAWS)
        return {"p_by": [round(float(x), 4) for x in p]}

    result = {
        "subject": status.question,
        "model": model.full_name,
        "status": status.status,
        "forecast": fc.to_dict(),
        "summary": model.summary,
        "sensitivity": sensitivity(config, CONSENSUS_VARIANTS, headline) if explain else [],
    }
    inputs = {
        "stances": stances,
        "since": {k: v.isoformat() if v else None for k, v in since.items()},
        "stances_from_kb_holdouts": from_kb,
        "by": [d.isoformat() for d in by],
        "episodes": [x.episode for x in episodes],
    }
    if save:
        result["forecast_id"] = _save(app, status.question, model, as_of, inputs, result)
    result["_forecast"] = fc
    return result
