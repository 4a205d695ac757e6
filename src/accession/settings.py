"""One settings table: name, default, environment variable, help.

`docs/settings.md` is checked against this table by a test, so the docs cannot drift.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs


def default_database_url() -> str:
    """A SQLite file in the user's data directory: no server needed for the default."""
    data_dir = Path(platformdirs.user_data_dir("accession", appauthor=False))
    return f"sqlite:///{data_dir / 'accession.db'}"


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    env: str
    help: str
    type: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "database_url",
        None,
        "ACCESSION_DATABASE_URL",
        "Database URL: sqlite:///PATH (default: accession.db in the user data directory) "
        "or postgresql://user@host/db. `--db PATH` on any command overrides it.",
    ),
    Setting(
        "api_token",
        None,
        "ACCESSION_API_TOKEN",
        "Token that HTTP writes must present (Authorization: Bearer TOKEN). "
        "Unset: the server is read-only.",
    ),
    Setting(
        "stale_days",
        365,
        "ACCESSION_STALE_DAYS",
        "Evidence older than this many days at the analysis date is marked stale.",
        int,
    ),
    Setting(
        "include_proposed",
        True,
        "ACCESSION_INCLUDE_PROPOSED",
        "Whether analysis counts proposed (unreviewed) evidence besides confirmed evidence.",
        bool,
    ),
    Setting(
        "max_document_bytes",
        20_000_000,
        "ACCESSION_MAX_DOCUMENT_BYTES",
        "Largest document (bytes) that ingest accepts; larger ones are recorded as failed.",
        int,
    ),
    Setting(
        "fetch_timeout",
        15.0,
        "ACCESSION_FETCH_TIMEOUT",
        "Seconds before `ingest --url` gives up on a page.",
        float,
    ),
)


def _coerce(value: str, kind: type) -> object:
    if kind is bool:
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return kind(value)


@dataclass
class Settings:
    """Resolved settings: explicit arguments, then environment, then defaults."""

    database_url: str = field(default_factory=default_database_url)
    api_token: str | None = None
    stale_days: int = 365
    include_proposed: bool = True
    max_document_bytes: int = 20_000_000
    fetch_timeout: float = 15.0

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {}
        for s in SETTINGS:
            raw = os.environ.get(s.env)
            if raw not in (None, ""):
                values[s.name] = _coerce(raw, s.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})
