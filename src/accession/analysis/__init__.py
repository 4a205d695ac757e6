"""Analysis over the ledger: consensus at a date, diffs, pivotal members."""

from accession.analysis.consensus import ConsensusStatus, consensus_at, diff, resolve_question

__all__ = ["ConsensusStatus", "consensus_at", "diff", "resolve_question"]
