"""Actors (states, organisations, persons) and the offices through which persons speak."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from accession.model.validate import date_range, iso3, one_of


class ActorType(StrEnum):
    STATE = "state"
    ORGANIZATION = "organization"
    PERSON = "person"


ROLE_KINDS = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "other",
)

# Offices whose holder speaks for the state (DESIGN.md: a backbencher does not).
SPEAKS_FOR_STATE = frozenset(ROLE_KINDS[:4])


@dataclass(frozen=True)
class Actor:
    key: str
    canonical: str
    type: ActorType
    country_iso3: str | None = None
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "type",
            ActorType(one_of(str(self.type), [t.value for t in ActorType], "actor type")),
        )
        if self.country_iso3:
            object.__setattr__(self, "country_iso3", iso3(self.country_iso3))


@dataclass(frozen=True)
class Office:
    person_id: str
    role: str
    role_kind: str
    state: str | None
    organization: str | None
    start: dt.date | None
    end: dt.date | None = None
    source_url: str = ""

    def __post_init__(self) -> None:
        one_of(self.role_kind, ROLE_KINDS, "role kind")
        if self.state:
            object.__setattr__(self, "state", iso3(self.state, "state code"))
        date_range(self.start, self.end, f"office of {self.person_id}")

    def held_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    @property
    def speaks_for_state(self) -> bool:
        return self.role_kind in SPEAKS_FOR_STATE


@dataclass(frozen=True)
class Person:
    person_id: str
    canonical: str
    country_iso3: str | None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = field(default=(), compare=False)

    def office_on(self, on: dt.date) -> Office | None:
        """The most senior office held on a date (state offices before `other`)."""
        held = [o for o in self.offices if o.held_on(on)]
        held.sort(key=lambda o: ROLE_KINDS.index(o.role_kind))
        return held[0] if held else None
