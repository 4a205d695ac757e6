"""Small helpers shared by the store's modules."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def iso(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def key_of(*parts: Any) -> str:
    """A content key: the same facts always give the same key, so reloads are idempotent."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    # 128 bits are plenty for an idempotency key and halve the unique index's size
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
