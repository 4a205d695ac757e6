"""`accession extract FILE --format json` gives exactly what the Python API gives, also for a
story with no publication date (both read it as of the latest full date it names)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accession.nlp import extract


@pytest.mark.parametrize("published", [None, "2023-12-15"])
def test_cli_extract_equals_the_api(run_cli, tmp_path: Path, published: str | None) -> None:
    doc = {
        "url": None,
        "title": "EU opens talks",
        "published": published,
        "outlet": None,
        "text": (
            "Leaders met in Brussels on December 14, 2023.\n\n"
            "They decided today to open accession talks with Ukraine, and Hungary's prime "
            "minister left the room before the vote, officials said on Thursday."
        ),
    }
    path = tmp_path / "case.doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run_cli("extract", str(path), "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    want = extract(dict(doc))
    for field in ("actors", "quotes", "stances", "consensus", "events"):
        assert got[field] == want[field], field
