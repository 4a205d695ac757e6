"""docs/ingest.md cannot drift from the code: every failure reason is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from accession.ingest import REASONS

DOC = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_failure_reason_is_documented(reason: str) -> None:
    assert f"| `{reason}` |" in DOC.read_text(encoding="utf-8")
