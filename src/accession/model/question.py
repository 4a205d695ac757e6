"""Questions: decisions still to be taken (or replayed), keyed INSTITUTION:ACTION:CANDIDATE."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from accession.errors import UnknownQuestionError
from accession.model.institution import INSTITUTIONS, Step
from accession.model.validate import iso3

# action -> the step whose rule decides it
ACTIONS: dict[str, Step] = {
    "invite": Step.INVITATION,
    "admit": Step.RATIFICATION,
    "map": Step.MAP,
    "open_talks": Step.OPEN_TALKS,
    "candidate_status": Step.CANDIDATE_STATUS,
}

KEY_FORMS = (
    "INSTITUTION:ACTION:CANDIDATE with INSTITUTION in "
    + "|".join(INSTITUTIONS)
    + ", ACTION in "
    + "|".join(ACTIONS)
    + ", CANDIDATE an ISO3 code (e.g. NATO:invite:UKR)"
)

_KEY = re.compile(r"^\s*([A-Za-z]+):([A-Za-z_]+):([A-Za-z]{3})\s*$")


def parse_question_key(key: str) -> tuple[str, str, str]:
    """Split and validate a key; any fault names the key and the allowed forms."""
    m = _KEY.match(key or "")
    if not m:
        raise UnknownQuestionError(f"malformed question key {key!r}; expected {KEY_FORMS}")
    inst, action, cand = m.group(1).upper(), m.group(2).lower(), m.group(3).upper()
    if inst not in INSTITUTIONS:
        raise UnknownQuestionError(f"unknown institution in {key!r}; expected {KEY_FORMS}")
    if action not in ACTIONS:
        raise UnknownQuestionError(
            f"unknown action {m.group(2)!r} in {key!r}; expected {KEY_FORMS}"
        )
    try:
        cand = iso3(cand)
    except Exception:
        raise UnknownQuestionError(
            f"unknown candidate {m.group(3)!r} in {key!r}; expected {KEY_FORMS}"
        ) from None
    return inst, action, cand


@dataclass(frozen=True)
class Question:
    key: str
    description: str = ""
    decision_point: dt.date | None = None
    decision_event: str = ""
    source_url: str = ""

    def __post_init__(self) -> None:
        inst, action, cand = parse_question_key(self.key)
        object.__setattr__(self, "key", f"{inst}:{action}:{cand}")

    @property
    def institution(self) -> str:
        return self.key.split(":")[0]

    @property
    def action(self) -> str:
        return self.key.split(":")[1]

    @property
    def candidate(self) -> str:
        return self.key.split(":")[2]

    @property
    def step(self) -> Step:
        return ACTIONS[self.action]
