"""Stored forecasts: every number with its inputs, model, version and config."""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from accession.store.schema import forecasts
from accession.store.util import dumps, now


def save_forecast(
    conn: sa.Connection,
    subject: str,
    model: str,
    model_version: str,
    as_of: str,
    config: dict,
    inputs: dict,
    result: dict,
    code_version: str,
) -> int:
    return conn.execute(
        forecasts.insert().values(
            subject=subject,
            model=model,
            model_version=model_version,
            as_of=as_of,
            config=dumps(config),
            inputs=dumps(inputs),
            result=dumps(result),
            code_version=code_version,
            created_at=now(),
        )
    ).inserted_primary_key[0]


def _decode(row: Any) -> dict[str, Any]:
    out = dict(row)
    for k in ("config", "inputs", "result"):
        out[k] = json.loads(out[k])
    return out


def list_forecasts(conn: sa.Connection, subject: str | None = None, limit: int = 50) -> list[dict]:
    stmt = sa.select(forecasts).order_by(forecasts.c.id.desc()).limit(limit)
    if subject:
        stmt = stmt.where(forecasts.c.subject == subject)
    return [_decode(r) for r in conn.execute(stmt).mappings()]


def get_forecast(conn: sa.Connection, forecast_id: int) -> dict | None:
    row = conn.execute(sa.select(forecasts).where(forecasts.c.id == forecast_id)).mappings().first()
    return _decode(row) if row else None
