"""The only package that touches the database: plain functions of a connection, plus `Store`.

`Store` owns the engine and applies migrations on first use; everything else takes a
connection so one transaction can span several calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from accession.errors import StoreError
from accession.store import documents, forecasts, ledger, questions
from accession.store.engine import create_engine, normalise_url
from accession.store.migrate import upgrade


class Store:
    def __init__(self, url: str, migrate: bool = True) -> None:
        self.url = normalise_url(url)
        self.engine = create_engine(url)
        if migrate:
            try:
                upgrade(self.engine)
            except sa.exc.OperationalError as exc:
                raise StoreError(f"cannot open database {self.display_url}: {exc.orig}") from None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One transaction; on SQLite it takes the write lock at once (BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.begin()
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["Store", "documents", "forecasts", "ledger", "questions"]
