"""The knowledge base's tables: columns, keys, which columns are dates, codes or ordered.

One spec per table drives loading, validation and export, so the three cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    dates: tuple[str, ...] = ()
    iso3: tuple[str, ...] = ()  # required ISO3 columns
    iso3_optional: tuple[str, ...] = ()
    # pairs that must be ordered when both are known (first <= second)
    order: tuple[tuple[str, str], ...] = ()
    required: tuple[str, ...] = ()


TABLES: dict[str, TableSpec] = {
    t.name: t
    for t in (
        TableSpec(
            "institutions",
            ("institution", "name", "founded", "founding_document", "source_url"),
            key=("institution",),
            dates=("founded",),
            required=("institution", "name"),
        ),
        TableSpec(
            "decision_rules",
            ("institution", "step", "rule", "body", "description", "source_url"),
            key=("institution", "step"),
            required=("institution", "step", "rule"),
        ),
        TableSpec(
            "members",
            ("institution", "member_iso3", "joined", "left", "note", "source_url"),
            key=("institution", "member_iso3", "joined"),
            dates=("joined", "left"),
            iso3=("member_iso3",),
            order=(("joined", "left"),),
            required=("institution", "member_iso3", "joined"),
        ),
        TableSpec(
            "rounds",
            (
                "institution",
                "round",
                "candidate_iso3",
                "application_date",
                "invitation_date",
                "invitation_event",
                "protocol_signed_date",
                "accession_date",
                "note",
                "source_url",
            ),
            key=("institution", "candidate_iso3", "round"),
            dates=("application_date", "invitation_date", "protocol_signed_date", "accession_date"),
            iso3=("candidate_iso3",),
            order=(
                ("application_date", "invitation_date"),
                ("invitation_date", "protocol_signed_date"),
                ("protocol_signed_date", "accession_date"),
                ("application_date", "accession_date"),
            ),
            required=("institution", "round", "candidate_iso3"),
        ),
        TableSpec(
            "ratifications",
            (
                "institution",
                "candidate_iso3",
                "member_iso3",
                "approved_date",
                "deposited_date",
                "approved_by",
                "note",
                "source_url",
            ),
            key=("institution", "candidate_iso3", "member_iso3"),
            dates=("approved_date", "deposited_date"),
            iso3=("candidate_iso3", "member_iso3"),
            order=(("approved_date", "deposited_date"),),
            required=("institution", "candidate_iso3", "member_iso3"),
        ),
        TableSpec(
            "milestones",
            (
                "institution",
                "candidate_iso3",
                "date",
                "step",
                "event",
                "place",
                "description",
                "source_url",
            ),
            key=("institution", "candidate_iso3", "date", "step", "event"),
            dates=("date",),
            iso3=("candidate_iso3",),
            required=("institution", "candidate_iso3", "step"),
        ),
        TableSpec(
            "holdouts",
            (
                "episode",
                "institution",
                "member_iso3",
                "candidate_iso3",
                "action",
                "start_date",
                "end_date",
                "issue",
                "ended_by",
                "note",
                "source_url",
            ),
            key=("episode",),
            dates=("start_date", "end_date"),
            iso3=("member_iso3", "candidate_iso3"),
            order=(("start_date", "end_date"),),
            required=("episode", "institution", "member_iso3", "candidate_iso3", "action"),
        ),
        TableSpec(
            "persons",
            ("person_id", "canonical", "aliases", "country_iso3", "source_url"),
            key=("person_id",),
            iso3_optional=("country_iso3",),
            required=("person_id", "canonical"),
        ),
        TableSpec(
            "offices",
            (
                "person_id",
                "role",
                "role_kind",
                "state_iso3",
                "organization",
                "start_date",
                "end_date",
                "source_url",
            ),
            key=("person_id", "role", "state_iso3", "organization", "start_date"),
            dates=("start_date", "end_date"),
            iso3_optional=("state_iso3",),
            order=(("start_date", "end_date"),),
            required=("person_id", "role", "role_kind"),
        ),
        TableSpec(
            "organizations",
            ("org_key", "canonical", "aliases", "type", "country_iso3", "source_url"),
            key=("org_key",),
            iso3_optional=("country_iso3",),
            required=("org_key", "canonical", "type"),
        ),
        TableSpec(
            "gazetteer",
            ("term", "kind", "target", "note", "source_url"),
            key=("term", "kind", "target"),
            required=("term", "kind", "target"),
        ),
        TableSpec(
            "questions",
            ("key", "description", "decision_point", "decision_event", "source_url"),
            key=("key",),
            dates=("decision_point",),
            required=("key",),
        ),
    )
}
