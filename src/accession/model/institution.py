"""Institutions, their members over time and the rules that decide each step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from accession.model.validate import date_range, iso3, one_of

INSTITUTIONS = ("NATO", "EU")


class Step(StrEnum):
    """The way from application to membership (both institutions' steps in one vocabulary)."""

    APPLICATION = "application"
    MAP = "map"
    INVITATION = "invitation"
    CANDIDATE_STATUS = "candidate_status"
    OPEN_TALKS = "open_talks"
    OPEN_CLUSTER = "open_cluster"
    CLOSE_TALKS = "close_talks"
    PROTOCOL_SIGNATURE = "protocol_signature"
    ACCESSION_TREATY_SIGNATURE = "accession_treaty_signature"
    RATIFICATION = "ratification"
    DEPOSIT = "deposit"
    ACCESSION = "accession"


class RuleKind(StrEnum):
    CONSENSUS = "consensus"  # every member at the date, in a named body (NATO's NAC)
    UNANIMITY = "unanimity"  # every member of a named body (EU Council)
    EACH_MEMBER = "each_member"  # every member individually, by its own procedure
    QMV = "qmv"
    CANDIDATE = "candidate"  # the candidate's own act (application, deposit)


def institution_key(value: str) -> str:
    return one_of((value or "").strip().upper(), INSTITUTIONS, "institution")


@dataclass(frozen=True)
class Membership:
    institution: str
    member: str
    joined: dt.date
    left: dt.date | None = None
    source_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "institution", institution_key(self.institution))
        object.__setattr__(self, "member", iso3(self.member, "member code"))
        date_range(self.joined, self.left, f"membership of {self.member}")

    def active_on(self, on: dt.date) -> bool:
        return self.joined <= on and (self.left is None or on < self.left)


@dataclass(frozen=True)
class DecisionRule:
    institution: str
    step: Step
    rule: RuleKind
    body: str = ""
    description: str = ""
    source_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "institution", institution_key(self.institution))
        object.__setattr__(
            self, "step", Step(one_of(str(self.step), [s.value for s in Step], "step"))
        )
        object.__setattr__(
            self, "rule", RuleKind(one_of(str(self.rule), [r.value for r in RuleKind], "rule"))
        )

    @property
    def needs_every_member(self) -> bool:
        return self.rule in (RuleKind.CONSENSUS, RuleKind.UNANIMITY, RuleKind.EACH_MEMBER)


@dataclass(frozen=True)
class Case:
    """One candidate in one enlargement round, with the dates of its steps."""

    institution: str
    round: str
    candidate: str
    application: dt.date | None = None
    invitation: dt.date | None = None
    invitation_event: str = ""
    protocol_signed: dt.date | None = None
    accession: dt.date | None = None
    source_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "institution", institution_key(self.institution))
        object.__setattr__(self, "candidate", iso3(self.candidate, "candidate code"))
        ordered = [
            ("application", self.application),
            ("invitation", self.invitation),
            ("protocol signature", self.protocol_signed),
            ("accession", self.accession),
        ]
        known = [(n, d) for n, d in ordered if d is not None]
        for (n1, d1), (n2, d2) in zip(known, known[1:], strict=False):
            date_range(d1, d2, f"{self.candidate}'s {n1}→{n2}")


@dataclass(frozen=True)
class Ratification:
    institution: str
    candidate: str
    member: str
    approved: dt.date | None
    deposited: dt.date | None = None
    approved_by: str = ""
    source_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "institution", institution_key(self.institution))
        object.__setattr__(self, "candidate", iso3(self.candidate, "candidate code"))
        object.__setattr__(self, "member", iso3(self.member, "member code"))
        date_range(self.approved, self.deposited, f"{self.member}'s ratification")
