"""Documents, what was read in them, and stances: the evidence ledger's vocabulary."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from accession.errors import ValidationError
from accession.model.question import parse_question_key
from accession.model.validate import iso3, one_of


class StanceValue(StrEnum):
    SUPPORT = "support"
    OPPOSE = "oppose"
    CONDITIONAL = "conditional"
    UNDECIDED = "undecided"
    UNKNOWN = "unknown"


class ReviewState(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


EVENT_TYPES = (
    "meeting",
    "summit",
    "ratification",
    "application",
    "invitation",
    "accession",
    "letter",
    "statement",
    "protocol_signature",
)


def normalise_text(text: str) -> str:
    """The text whose hash identifies a document: NFC, unified quotes, collapsed spaces."""
    t = unicodedata.normalize("NFKC", text)
    t = (
        t.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return re.sub(r"\s+", " ", t).strip().lower()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    text: str
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    kind: str = "text"

    def __post_init__(self) -> None:
        if not self.text or not self.text.strip():
            raise ValidationError("empty document: no text to read")

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValidationError(f"invalid span {self.start}..{self.end}")


@dataclass(frozen=True)
class Mention:
    text: str
    span: Span
    actor_key: str | None = None
    label: str = ""


@dataclass(frozen=True)
class Quote:
    text: str
    span: Span
    speaker_key: str | None = None
    speaker_canonical: str | None = None


@dataclass(frozen=True)
class Event:
    type: str
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str | None = None
    description: str = ""
    date_precision: str = "day"

    def __post_init__(self) -> None:
        one_of(self.type, EVENT_TYPES, "event type")


@dataclass(frozen=True)
class Stance:
    """One member's stance on one question, valid from `on` (from evidence)."""

    question: str
    member: str
    value: StanceValue
    on: dt.date

    def __post_init__(self) -> None:
        inst, action, cand = parse_question_key(self.question)
        object.__setattr__(self, "question", f"{inst}:{action}:{cand}")
        object.__setattr__(self, "member", iso3(self.member, "member code"))
        object.__setattr__(
            self,
            "value",
            StanceValue(one_of(str(self.value), [s.value for s in StanceValue], "stance")),
        )


@dataclass(frozen=True)
class Evidence:
    """An item of the ledger: a stance with where it was read and how it was obtained."""

    stance: Stance
    quote: str = ""
    source_url: str = ""
    document_id: int | None = None
    span: Span | None = None
    method: str = "analyst"
    review: ReviewState = ReviewState.PROPOSED
    condition: str = ""
    supersedes: int | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "review",
            ReviewState(one_of(str(self.review), [r.value for r in ReviewState], "review state")),
        )
