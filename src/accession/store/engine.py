"""Open a database by URL: SQLite (WAL, one file, created on first use) or PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from accession.errors import StoreError


def normalise_url(db: str) -> str:
    """A bare path means a SQLite file; URLs pass through (postgres:// → postgresql+psycopg)."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().absolute()}"
    if db.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def _sqlite_path(url: sa.URL) -> Path | None:
    database = url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _prepare_sqlite_file(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise StoreError(f"database path {str(path)!r} is a directory; give a file path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder for database {str(path)!r}: {exc.strerror}; "
            "choose another path with --db"
        ) from None
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK):
        raise StoreError(
            f"database path {str(path)!r} is not writable; choose another path with --db"
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise StoreError(f"{str(path)!r} exists but is not a SQLite database")


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA cache_size=-131072")  # 128 MiB: random index inserts stay in memory
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def create_engine(db_url: str) -> sa.Engine:
    url_text = normalise_url(db_url)
    try:
        url = make_url(url_text)
    except Exception:
        raise StoreError(
            f"invalid database URL {db_url!r}: use a file path, sqlite:///PATH or "
            "postgresql://user@host/dbname"
        ) from None
    if url.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            _prepare_sqlite_file(path)
        engine = sa.create_engine(url, connect_args={"timeout": 60})
        sa.event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if url.get_backend_name() == "postgresql":
        return sa.create_engine(url, pool_pre_ping=True)
    raise StoreError(f"unsupported database {url.get_backend_name()!r}; use SQLite or PostgreSQL")
