"""Stable export shapes of the knowledge base that other tools rely on (issue 3)."""

from __future__ import annotations

from accession.errors import ValidationError
from accession.kb.base import KnowledgeBase
from accession.kb.tables import TABLES

EXPORTS: dict[str, tuple[str, ...]] = {
    "rounds": (
        "institution",
        "candidate_iso3",
        "application_date",
        "invitation_date",
        "protocol_signed_date",
        "accession_date",
        "source_url",
    ),
    "ratifications": (
        "institution",
        "candidate_iso3",
        "member_iso3",
        "approved_date",
        "deposited_date",
        "source_url",
    ),
    "members": ("institution", "member_iso3", "joined", "left", "source_url"),
}
# every other table exports its own columns
EXPORTS.update({name: spec.columns for name, spec in TABLES.items() if name not in EXPORTS})


def export_rows(kb: KnowledgeBase, table: str) -> tuple[list[str], list[dict[str, str]]]:
    if table not in EXPORTS:
        raise ValidationError(f"unknown table {table!r}; allowed: {', '.join(EXPORTS)}")
    columns = list(EXPORTS[table])
    rows = [{c: r.get(c, "") for c in columns} for r in kb.rows[table]]
    if table == "rounds":
        rows.sort(key=lambda r: (r["accession_date"] or "9999", r["candidate_iso3"]))
    elif table == "ratifications":
        rows.sort(
            key=lambda r: (r["candidate_iso3"], r["approved_date"] or "9999", r["member_iso3"])
        )
    elif table == "members":
        rows.sort(key=lambda r: (r["institution"], r["joined"], r["member_iso3"]))
    return columns, rows
