"""One pipeline for the whole suite: building it compiles the gazetteer (done once)."""

from __future__ import annotations

from typing import Any

import pytest

from accession.kb import load_kb
from accession.nlp import Pipeline


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    return Pipeline(load_kb(), ner=None)


@pytest.fixture(scope="session")
def run(pipe: Pipeline) -> Any:
    def _run(text: str, published: str | None = "2024-11-29", title: str = "") -> dict:
        return pipe({"text": text, "published": published, "title": title})

    return _run
