"""Gold-set evaluation of the extractor (../shared/eval/FORMAT.md)."""

from accession.eval.runner import EvalReport, evaluate_dir, load_cases
from accession.eval.scorer import FIELDS, CaseScore, FieldScore, score_case

__all__ = [
    "FIELDS",
    "CaseScore",
    "EvalReport",
    "FieldScore",
    "evaluate_dir",
    "load_cases",
    "score_case",
]
