"""Extraction: a document in, the FORMAT.md object out (actors, quotes, stances, consensus,
events, each with character offsets).

    from accession.nlp import extract, Pipeline
    result = extract({"text": ..., "published": "2024-11-29"}, kb)
    pipe = Pipeline(kb)            # build once (compiles the gazetteer), reuse per document
    result = pipe(doc)

The library never prints; `accession extract` and `accession eval` are the thin CLI.
"""

from __future__ import annotations

from accession.nlp.api import Pipeline, extract, pipeline_for
from accession.nlp.pipeline import PIPELINE_NAME, PIPELINE_VERSION, DocState, Stage
from accession.nlp.registry import DEFAULT_STAGES, STAGES

__all__ = [
    "DEFAULT_STAGES",
    "PIPELINE_NAME",
    "PIPELINE_VERSION",
    "STAGES",
    "DocState",
    "Pipeline",
    "Stage",
    "extract",
    "pipeline_for",
]
