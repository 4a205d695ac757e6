"""The knowledge base: the validated tables as domain objects, with the queries others need."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from accession.errors import NotFoundError, UnknownQuestionError
from accession.kb.loader import DATA_DIR, Row, load_valid_tables
from accession.kb.names import fold, skeleton
from accession.model import Case, DecisionRule, Membership, Office, Person, Question, Ratification
from accession.model.question import KEY_FORMS, parse_question_key
from accession.model.validate import parse_date


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split(";") if a.strip())


@dataclass(frozen=True)
class WhoMatch:
    person: Person
    office: Office | None
    score: float
    matched: str


class KnowledgeBase:
    """Read-only facts. Built once per process from the bundled tables (or another folder)."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = data_dir
        self.report = load_valid_tables(data_dir)
        self.rows: dict[str, list[Row]] = self.report.rows

    # ---- institutions and members -------------------------------------------------------
    @cached_property
    def memberships(self) -> list[Membership]:
        return [
            Membership(
                r["institution"],
                r["member_iso3"],
                parse_date(r["joined"]),
                parse_date(r["left"]),
                r["source_url"],
            )
            for r in self.rows["members"]
        ]

    def members_on(self, institution: str, on: dt.date) -> list[str]:
        inst = institution.upper()
        return sorted(
            {m.member for m in self.memberships if m.institution == inst and m.active_on(on)}
        )

    @cached_property
    def rules(self) -> dict[tuple[str, str], DecisionRule]:
        out = {}
        for r in self.rows["decision_rules"]:
            rule = DecisionRule(
                r["institution"], r["step"], r["rule"], r["body"], r["description"], r["source_url"]
            )
            out[(rule.institution, rule.step.value)] = rule
        return out

    def rule_for(self, question: Question) -> DecisionRule | None:
        return self.rules.get((question.institution, question.step.value))

    # ---- enlargement history ------------------------------------------------------------
    @cached_property
    def cases(self) -> list[Case]:
        out = []
        for r in self.rows["rounds"]:
            out.append(
                Case(
                    r["institution"],
                    r["round"],
                    r["candidate_iso3"],
                    parse_date(r["application_date"]),
                    parse_date(r["invitation_date"]),
                    r["invitation_event"],
                    parse_date(r["protocol_signed_date"]),
                    parse_date(r["accession_date"]),
                    r["source_url"],
                )
            )
        return sorted(out, key=lambda c: (c.accession or dt.date.max, c.candidate))

    def case(self, institution: str, candidate: str) -> Case:
        for c in self.cases:
            if c.institution == institution.upper() and c.candidate == candidate.upper():
                return c
        raise NotFoundError(
            f"no {institution.upper()} enlargement case for {candidate!r}; known: "
            + ", ".join(c.candidate for c in self.cases if c.institution == institution.upper())
        )

    @cached_property
    def ratifications(self) -> list[Ratification]:
        return [
            Ratification(
                r["institution"],
                r["candidate_iso3"],
                r["member_iso3"],
                parse_date(r["approved_date"]),
                parse_date(r["deposited_date"]),
                r["approved_by"],
                r["source_url"],
            )
            for r in self.rows["ratifications"]
        ]

    def ratifications_of(self, institution: str, candidate: str) -> list[Ratification]:
        inst, cand = institution.upper(), candidate.upper()
        return [r for r in self.ratifications if r.institution == inst and r.candidate == cand]

    @property
    def holdouts(self) -> list[Row]:
        return self.rows["holdouts"]

    def milestones(self, candidate: str | None = None) -> list[Row]:
        rows = self.rows["milestones"]
        if candidate:
            rows = [r for r in rows if r["candidate_iso3"] == candidate.upper()]
        return sorted(rows, key=lambda r: r["date"] or "9999")

    # ---- questions ----------------------------------------------------------------------
    @cached_property
    def questions(self) -> dict[str, Question]:
        out = {}
        for r in self.rows["questions"]:
            q = Question(
                r["key"],
                r["description"],
                parse_date(r["decision_point"]),
                r["decision_event"],
                r["source_url"],
            )
            out[q.key] = q
        return out

    def question(self, key: str) -> Question:
        inst, action, cand = parse_question_key(key)
        norm = f"{inst}:{action}:{cand}"
        if norm not in self.questions:
            raise UnknownQuestionError(
                f"unknown question key {key!r}; known keys: {', '.join(sorted(self.questions))} "
                f"(add one with `accession question add`; form: {KEY_FORMS})"
            )
        return self.questions[norm]

    # ---- people -------------------------------------------------------------------------
    @cached_property
    def persons(self) -> dict[str, Person]:
        offices: dict[str, list[Office]] = defaultdict(list)
        for r in self.rows["offices"]:
            offices[r["person_id"]].append(
                Office(
                    r["person_id"],
                    r["role"],
                    r["role_kind"],
                    r["state_iso3"] or None,
                    r["organization"] or None,
                    parse_date(r["start_date"]),
                    parse_date(r["end_date"]),
                    r["source_url"],
                )
            )
        return {
            r["person_id"]: Person(
                r["person_id"],
                r["canonical"],
                r["country_iso3"] or None,
                _aliases(r["aliases"]),
                tuple(offices.get(r["person_id"], ())),
            )
            for r in self.rows["persons"]
        }

    @cached_property
    def _name_index(self) -> dict[str, list[tuple[str, str]]]:
        """skeleton(name) -> [(person_id, name)], for canonical names, aliases and surnames."""
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for p in self.persons.values():
            for name in (p.canonical, *p.aliases):
                index[skeleton(name)].append((p.person_id, name))
        return index

    def who(self, name: str, on: dt.date | None = None, limit: int = 5) -> list[WhoMatch]:
        """People whose name (or a variant) matches, best first, with their office on a date."""
        key = skeleton(name)
        choices = list(self._name_index)
        hits = process.extract(key, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=80)
        best: dict[str, WhoMatch] = {}
        for choice, score, _ in hits:
            # a surname alone must match a surname, not a long full name partially
            if len(key.split()) == 1 and len(choice.split()) > 1 and score < 95:
                continue
            for pid, matched in self._name_index[choice]:
                person = self.persons[pid]
                office = person.office_on(on) if on else None
                s = float(score)
                if pid not in best or s > best[pid].score:
                    best[pid] = WhoMatch(person, office, s, matched)
        # among equal names, someone in office on that date first
        ranked = sorted(
            best.values(), key=lambda m: (-m.score, m.office is None, m.person.canonical)
        )
        if on:
            with_office = [m for m in ranked if m.office]
            ranked = with_office or ranked
        return ranked[:limit]

    # ---- organisations and places -------------------------------------------------------
    @property
    def organizations(self) -> list[Row]:
        return self.rows["organizations"]

    @property
    def gazetteer(self) -> list[Row]:
        return self.rows["gazetteer"]

    @cached_property
    def version(self) -> str:
        """A hash of the bundled tables: changes whenever a row does."""
        import hashlib

        h = hashlib.blake2b(digest_size=12)
        for path in sorted(self.data_dir.rglob("*.csv")):
            h.update(path.relative_to(self.data_dir).as_posix().encode())
            h.update(path.read_bytes())
        return h.hexdigest()

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


_DEFAULT: KnowledgeBase | None = None


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """The bundled knowledge base, loaded once per process (it is read-only)."""
    global _DEFAULT
    if data_dir is not None:
        return KnowledgeBase(data_dir)
    if _DEFAULT is None:
        _DEFAULT = KnowledgeBase()
    return _DEFAULT


__all__ = ["KnowledgeBase", "WhoMatch", "fold", "load_kb", "skeleton"]
