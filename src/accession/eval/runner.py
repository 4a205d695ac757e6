"""Run the extractor over a folder of cases (NAME.doc.json + NAME.gold.json) and score it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accession.errors import InputError
from accession.eval.scorer import FIELDS, CaseScore, FieldScore, score_case


@dataclass
class EvalReport:
    cases: list[CaseScore] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, FieldScore]:
        tot = {f: FieldScore() for f in FIELDS}
        for c in self.cases:
            for f, s in c.fields.items():
                tot[f].add(s)
        return tot

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "cases": len(self.cases),
            "fields": {f: s.to_dict() for f, s in self.totals.items()},
            "per_case": {
                c.name: {f: round(s.f1, 4) for f, s in c.fields.items()} for c in self.cases
            },
        }
        if verbose:
            out["misses"] = [m for c in self.cases for m in c.misses]
        return out


def load_cases(folder: Path) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(name, document, gold) for every NAME.doc.json with a NAME.gold.json beside it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder of cases (NAME.doc.json + NAME.gold.json)")
    cases = []
    for doc_path in sorted(folder.glob("*.doc.json")):
        name = doc_path.name[: -len(".doc.json")]
        gold_path = folder / f"{name}.gold.json"
        if not gold_path.exists():
            continue
        try:
            doc = json.loads(doc_path.read_text(encoding="utf-8"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read case {name}: {exc}") from None
        cases.append((name, doc, gold))
    if not cases:
        raise InputError(f"no cases in {folder}: expected NAME.doc.json beside NAME.gold.json")
    return cases


def evaluate_dir(
    folder: Path,
    extractor: Callable[[dict[str, Any]], dict[str, Any]],
    collapse_actors: bool = True,
) -> EvalReport:
    report = EvalReport()
    for name, doc, gold in load_cases(folder):
        report.cases.append(score_case(gold, extractor(doc), name, collapse=collapse_actors))
    return report
