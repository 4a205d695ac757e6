"""Shared fixtures: a temporary SQLite app, a real PostgreSQL database per test (CI), the
eval folder of ../shared when present."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from accession.app import App, build_app

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "dev"
IN_CI = os.environ.get("CI", "").lower() == "true"

# Property tests run the same examples on every run (a red CI must mean a change broke
# something, not that the generator found a new corner today) and without a deadline (these
# machines are shared and slow at times). Explore with HYPOTHESIS_PROFILE=explore.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Outside CI, postgres/browser tests skip when their server or browser is absent; in CI
    they must run, so a missing server fails loudly instead of skipping silently."""
    pg = os.environ.get("ACCESSION_TEST_POSTGRES_URL")
    for item in items:
        if "postgres" in item.keywords and not pg and not IN_CI:
            item.add_marker(pytest.mark.skip(reason="set ACCESSION_TEST_POSTGRES_URL to run"))


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    a = build_app(str(tmp_path / "test.db"))
    yield a
    a.close()


def _pg_admin_url() -> str:
    url = os.environ.get("ACCESSION_TEST_POSTGRES_URL")
    if not url:
        pytest.fail("ACCESSION_TEST_POSTGRES_URL is not set (CI must start PostgreSQL)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import sqlalchemy as sa

    from accession.store.engine import normalise_url

    admin = sa.create_engine(normalise_url(_pg_admin_url()), isolation_level="AUTOCOMMIT")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    base = normalise_url(_pg_admin_url()).rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_app(db_url: str) -> Iterator[App]:
    a = build_app(db_url)
    yield a
    a.close()
