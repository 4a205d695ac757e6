"""The one registry of stages (a dict in one module, STYLE.md) and the default order."""

from __future__ import annotations

from accession.nlp.consensus import consensus_stage
from accession.nlp.events import events_stage
from accession.nlp.frames import frames_stage
from accession.nlp.linker import linker_stage
from accession.nlp.mentions import mentions_stage
from accession.nlp.pipeline import Stage
from accession.nlp.quotes import quotes_stage
from accession.nlp.stances import stances_stage
from accession.nlp.text import sentences_stage


def _s(name: str, needs: str, adds: str, fn: object) -> Stage:
    return Stage(name, 1, frozenset(needs.split()), frozenset(adds.split()), fn)  # type: ignore[arg-type]


STAGES: dict[str, Stage] = {
    s.id: s
    for s in (
        _s("sentences", "text", "paragraphs sentences furniture", sentences_stage),
        _s("mentions", "text sentences furniture published", "mentions", mentions_stage),
        _s("linker", "mentions published", "entities actors", linker_stage),
        _s("quotes", "paragraphs sentences mentions entities", "quotes reported", quotes_stage),
        _s("events", "sentences mentions quotes published", "events", events_stage),
        _s("frames", "sentences mentions published", "frames", frames_stage),
        _s("stances", "frames quotes entities", "stances", stances_stage),
        _s("consensus", "frames sentences", "consensus", consensus_stage),
    )
}

DEFAULT_STAGES: tuple[str, ...] = (
    "sentences.v1",
    "mentions.v1",
    "linker.v1",
    "quotes.v1",
    "events.v1",
    "frames.v1",
    "stances.v1",
    "consensus.v1",
)
