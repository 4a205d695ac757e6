"""Pure domain types (no I/O), in the vocabulary of DESIGN.md."""

from accession.model.actors import Actor, ActorType, Office, Person
from accession.model.evidence import (
    EVENT_TYPES,
    Document,
    Event,
    Evidence,
    Mention,
    Quote,
    ReviewState,
    Span,
    Stance,
    StanceValue,
    content_hash,
)
from accession.model.institution import (
    INSTITUTIONS,
    Case,
    DecisionRule,
    Membership,
    Ratification,
    RuleKind,
    Step,
)
from accession.model.question import ACTIONS, Question, parse_question_key

__all__ = [
    "ACTIONS",
    "EVENT_TYPES",
    "INSTITUTIONS",
    "Actor",
    "ActorType",
    "Case",
    "DecisionRule",
    "Document",
    "Event",
    "Evidence",
    "Membership",
    "Mention",
    "Office",
    "Person",
    "Question",
    "Quote",
    "Ratification",
    "ReviewState",
    "RuleKind",
    "Span",
    "Stance",
    "StanceValue",
    "Step",
    "content_hash",
    "parse_question_key",
]
