"""From the knowledge base to the plain records the models fit on, as known on a cutoff date.

Every function takes a `cutoff`: facts dated after it are invisible (a ratification after the
cutoff is a censored spell, an episode still open at the cutoff is censored there). That one
rule is what lets the backtest forecast each round "as it looked then" without leakage.
The models never see the knowledge base, only these records, so tests feed them simulated
records of the same shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from accession.errors import ValidationError
from accession.kb import KnowledgeBase

# question action -> holdout actions that block it (opposing admission blocks an invitation)
BLOCKING_ACTIONS: dict[str, tuple[str, ...]] = {
    "invite": ("invite", "admit"),
    "admit": ("admit",),
    "map": ("map",),
    "open_talks": ("open_talks",),
    "candidate_status": ("candidate_status",),
}
RATIFICATION_ACTIONS = ("admit",)


def _d(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Spell:
    """One member's way from protocol signature to its ratification (or to the cutoff)."""

    candidate: str
    member: str
    signed: dt.date
    duration: float
    event: bool
    covariates: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Episode:
    """One holdout episode: a member's declared objection, from start to its end or cutoff."""

    episode: str
    member: str
    candidate: str
    action: str
    start: dt.date
    duration: float
    event: bool
    ended_by: str = ""

    @property
    def pre_invitation(self) -> float:
        return 0.0 if self.action in RATIFICATION_ACTIONS else 1.0


@dataclass
class RatificationData:
    """Training records for the ratification model, as known on `cutoff`."""

    spells: list[Spell]
    episodes: list[Episode]
    lags: list[float]
    cutoff: dt.date
    rounds: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PendingMember:
    iso3: str
    ratified: dt.date | None = None
    holdout_since: dt.date | None = None
    issue: str = ""
    was_holdout: bool = False  # ratified after a declared objection (not an ordinary pace)


@dataclass(frozen=True)
class PendingRound:
    """A signed protocol as seen on `as_of`: who has ratified, who holds out since when."""

    institution: str
    candidate: str
    signed: dt.date
    as_of: dt.date
    members: tuple[PendingMember, ...]

    def __post_init__(self) -> None:
        if self.as_of < self.signed:
            raise ValidationError(
                f"as-of {self.as_of} is before {self.candidate}'s protocol signature "
                f"{self.signed}; forecast the invitation question instead"
            )

    @property
    def pending(self) -> list[PendingMember]:
        return [m for m in self.members if m.ratified is None]

    def to_dict(self) -> dict:
        return {
            "institution": self.institution,
            "candidate": self.candidate,
            "signed": self.signed.isoformat(),
            "as_of": self.as_of.isoformat(),
            "members": [
                {
                    "iso3": m.iso3,
                    "ratified": m.ratified.isoformat() if m.ratified else None,
                    "holdout_since": m.holdout_since.isoformat() if m.holdout_since else None,
                    "issue": m.issue,
                }
                for m in self.members
            ],
        }


def era_covariates(signed: dt.date, split_year: int) -> dict[str, float]:
    """`recent`: 1 for protocols signed from `split_year` on (a different political era)."""
    return {"recent": 1.0 if signed.year >= split_year else 0.0}


def ratification_day(kb: KnowledgeBase, institution: str, candidate: str) -> dict[str, dt.date]:
    """Member -> the day its national approval ended (the deposit when that is all we know)."""
    out = {}
    for r in kb.ratifications_of(institution, candidate):
        day = r.approved or r.deposited
        if day is not None:
            out[r.member] = day
    return out


def parties(kb: KnowledgeBase, institution: str, candidate: str, signed: dt.date) -> list[str]:
    """The members that must ratify: those on the signature day (the protocol's parties)."""
    return [m for m in kb.members_on(institution, signed) if m != candidate]


def holdout_episodes(
    kb: KnowledgeBase,
    institution: str,
    cutoff: dt.date,
    actions: Iterable[str] | None = None,
    exclude: Iterable[str] = (),
) -> list[Episode]:
    """Episodes started before the cutoff; one still open (or ended after it) is censored."""
    acts = set(actions) if actions is not None else None
    skip = {c.upper() for c in exclude}
    out = []
    for h in kb.holdouts:
        start, end = _d(h["start_date"]), _d(h["end_date"])
        if h["institution"] != institution.upper() or start is None or start >= cutoff:
            continue
        if (acts is not None and h["action"] not in acts) or h["candidate_iso3"] in skip:
            continue
        ended = end is not None and end <= cutoff
        stop = end if ended else cutoff
        out.append(
            Episode(
                h["episode"],
                h["member_iso3"],
                h["candidate_iso3"],
                h["action"],
                start,
                float((stop - start).days),
                ended,
                h["ended_by"] if ended else "",
            )
        )
    return out


def active_holdouts(
    kb: KnowledgeBase, institution: str, candidate: str, on: dt.date, actions: Iterable[str]
) -> dict[str, tuple[dt.date, str]]:
    """Member -> (start, issue) of its holdout on `candidate` open on the day `on`."""
    acts = set(actions)
    out: dict[str, tuple[dt.date, str]] = {}
    for h in kb.holdouts:
        start, end = _d(h["start_date"]), _d(h["end_date"])
        if (
            h["institution"] == institution.upper()
            and h["candidate_iso3"] == candidate.upper()
            and h["action"] in acts
            and start is not None
            and start <= on
            and (end is None or end > on)
        ):
            out[h["member_iso3"]] = (start, h["issue"])
    return out


def member_coverage(kb: KnowledgeBase, institution: str, candidate: str) -> float:
    """Share of a case's parties whose ratification day is known."""
    case = kb.case(institution, candidate)
    if case.protocol_signed is None:
        return 0.0
    who = parties(kb, institution, candidate, case.protocol_signed)
    days = ratification_day(kb, institution, candidate)
    return sum(1 for m in who if m in days) / len(who) if who else 0.0


def ratification_data(
    kb: KnowledgeBase,
    institution: str,
    cutoff: dt.date,
    exclude: Iterable[str] = (),
    split_year: int = 2010,
) -> RatificationData:
    """Spells of ordinary members (no ratification-stage holdout open at signature), the
    ratification-stage holdout episodes, and the deposit lags of complete rounds.

    A party whose ratification day is unknown is left out (missing, not censored: we do not
    know whether it had ratified by the cutoff)."""
    skip = {c.upper() for c in exclude}
    spells: list[Spell] = []
    seen: set[tuple[dt.date, str, float]] = set()
    lags: list[float] = []
    rounds: list[str] = []
    for case in kb.cases:
        if case.institution != institution.upper() or case.candidate in skip:
            continue
        if case.protocol_signed is None or case.protocol_signed >= cutoff:
            continue
        signed = case.protocol_signed
        days = ratification_day(kb, institution, case.candidate)
        if not days:
            continue
        holding = active_holdouts(kb, institution, case.candidate, signed, RATIFICATION_ACTIONS)
        who = parties(kb, institution, case.candidate, signed)
        cov = era_covariates(signed, split_year)
        used = 0
        for member in who:
            if member in holding or member not in days:
                continue
            day = days[member]
            known = day <= cutoff
            stop = day if known else cutoff
            # one act often ratifies several protocols of a round (2004: seven; 2022: two):
            # count it once, or a round would weigh as many times as it had candidates
            if (signed, member, float((stop - signed).days)) in seen:
                continue
            seen.add((signed, member, float((stop - signed).days)))
            spells.append(
                Spell(case.candidate, member, signed, float((stop - signed).days), known, cov)
            )
            used += 1
        if used:
            rounds.append(f"{case.round}:{case.candidate}")
        done = case.accession is not None and case.accession <= cutoff
        if done and all(m in days for m in who):
            lags.append(float((case.accession - max(days[m] for m in who)).days))
    # ratification-stage episodes only: an objection to a candidate without a signed
    # protocol (e.g. to Ukraine's membership) is a different, much longer process
    signed = {
        c.candidate
        for c in kb.cases
        if c.institution == institution.upper() and c.protocol_signed and c.protocol_signed < cutoff
    }
    episodes = [
        x
        for x in holdout_episodes(kb, institution, cutoff, RATIFICATION_ACTIONS, skip)
        if x.candidate in signed
    ]
    return RatificationData(spells, episodes, lags, cutoff, rounds)


def pending_round(
    kb: KnowledgeBase, institution: str, candidate: str, as_of: dt.date
) -> PendingRound:
    """The state of a signed protocol on `as_of`, from the knowledge base."""
    case = kb.case(institution, candidate)
    if case.protocol_signed is None:
        raise ValidationError(
            f"{case.candidate} has no accession protocol signed in {case.institution}; "
            f"forecast the invitation instead: `accession forecast "
            f"{case.institution}:invite:{case.candidate} --by DATE`"
        )
    if case.accession is not None and case.accession <= as_of:
        raise ValidationError(
            f"{case.candidate} acceded to {case.institution} on {case.accession}; pass "
            f"--as-of before that date to replay the forecast as it looked then"
        )
    days = ratification_day(kb, institution, case.candidate)
    holding = active_holdouts(kb, institution, case.candidate, as_of, RATIFICATION_ACTIONS)
    held = {
        h["member_iso3"]
        for h in kb.holdouts
        if h["candidate_iso3"] == case.candidate
        and h["action"] in RATIFICATION_ACTIONS
        and h["start_date"]
        and _d(h["start_date"]) <= as_of
    }
    members = []
    for member in parties(kb, institution, case.candidate, case.protocol_signed):
        day = days.get(member)
        ratified = day if day is not None and day <= as_of else None
        since, issue = holding.get(member, (None, ""))
        members.append(
            PendingMember(member, ratified, None if ratified else since, issue, member in held)
        )
    return PendingRound(
        case.institution, case.candidate, case.protocol_signed, as_of, tuple(members)
    )


def past_durations(
    kb: KnowledgeBase, institution: str, cutoff: dt.date, exclude: Iterable[str] = ()
) -> list[float]:
    """Signature-to-accession days of rounds completed by the cutoff, one per round (a round's
    several candidates share their dates and would otherwise be counted many times)."""
    skip = {c.upper() for c in exclude}
    by_round: dict[str, float] = {}
    for case in kb.cases:
        if case.institution != institution.upper() or case.candidate in skip:
            continue
        if case.protocol_signed and case.accession and case.accession <= cutoff:
            by_round.setdefault(case.round, float((case.accession - case.protocol_signed).days))
    return list(by_round.values())
