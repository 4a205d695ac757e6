"""schemathesis against our own OpenAPI spec, in-process: whatever it sends, no 5xx.

Bounded (a few derandomized examples per operation) so it runs in seconds. The operations
are walked by hand with hypothesis' `@given` rather than schemathesis' pytest plugin, which
does not load under pytest 9.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from accession.app import build_app
from accession.web import create_app
from tests.web.conftest import TOKEN, seed

pytestmark = [pytest.mark.filterwarnings("ignore::DeprecationWarning"), pytest.mark.slow]
EXAMPLES = 15


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    app = build_app(str(Path(tmp_path_factory.mktemp("schema")) / "s.db"), api_token=TOKEN)
    seed(app)
    yield create_app(app)
    app.close()


def test_no_server_errors(web_app: FastAPI) -> None:
    """Every operation, writes included (sent with the token so bodies reach the handlers)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", web_app)
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 12
    for op in operations:

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=op.as_strategy())
        def run(case: schemathesis.Case) -> None:
            case.call_and_validate(
                headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error]
            )

        run()
