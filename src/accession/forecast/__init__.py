"""Forecasts with honest uncertainty: member-level survival models, Monte Carlo, backtests.

`MODELS` is the registry of versioned model names (a dict is enough, STYLE.md). Heavy
dependencies (lifelines, pandas, matplotlib) are imported only inside the functions that
need them.
"""

from accession.forecast.base import ForecastTrustWarning
from accession.forecast.consensus import ConsensusConfig, ConsensusForecast, ConsensusModel
from accession.forecast.ratification import (
    AccessionForecast,
    RatificationConfig,
    RatificationModel,
)

MODELS: dict[str, type] = {
    f"{RatificationModel.name}.{RatificationModel.version}": RatificationModel,
    f"{ConsensusModel.name}.{ConsensusModel.version}": ConsensusModel,
}

__all__ = [
    "MODELS",
    "AccessionForecast",
    "ConsensusConfig",
    "ConsensusForecast",
    "ConsensusModel",
    "ForecastTrustWarning",
    "RatificationConfig",
    "RatificationModel",
]
