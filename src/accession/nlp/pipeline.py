"""Named, versioned pipeline stages over one shared document state.

Why this shape (STYLE.md item 7, spaCy's pipeline): every stage is a plain function that
reads some fields of `DocState` and adds others. Each declares `needs` and `adds`, so a
pipeline is checked once at start-up — a stage whose input no earlier stage produces is a
configuration error, not a silent empty result on the thousandth article. The pipeline's
name and the stage versions form a config string that ingestion stores with its evidence.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from accession.errors import AccessionError

PIPELINE_NAME = "extract.default"
PIPELINE_VERSION = "1"

# Fields present before any stage runs (the document itself).
INITIAL_FIELDS = frozenset({"text", "title", "published", "outlet", "url"})


class PipelineConfigError(AccessionError):
    """A pipeline whose stages cannot run in the given order, or an unknown stage name."""

    code = "E050"
    http_status = 500


@dataclass
class Mention:
    """One span of the text that names (or points at) an actor."""

    start: int
    end: int
    text: str
    type: str  # state | organization | person
    key: str  # entity key, e.g. "state:UKR", "org:NATO", "person:andrii-sybiha"
    canonical: str
    country_iso3: str | None = None
    form: str = ""  # state_name | demonym | capital | metonym | org | person | surname
    role: str | None = None
    role_kind: str | None = None
    aliases: tuple[str, ...] = ()
    attribute: bool = False  # a modifier of a person or role ("Slovak Prime Minister")
    place: bool = False  # used as a location ("in Brussels"), not as an actor
    sentence: int = -1
    implied: bool = False  # read from "his country": a holder, not an actor of its own
    group: bool = False  # a member of "the Baltic states": a state of its sentence, no actor
    # a state far from the enlargement questions (the gazetteer's world_state rows): an actor,
    # never a stance holder nor a candidate
    peripheral: bool = False


@dataclass
class DocState:
    """What the stages share; fields beyond the document are filled in pipeline order."""

    text: str
    title: str = ""
    published: dt.date | None = None
    outlet: str = ""
    url: str = ""
    # the reading date was inferred from a bare year or from office-holders' terms: good enough
    # to tell members from candidates, too coarse to put a day on "Tuesday" or "last week"
    published_coarse: bool = False
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    reported: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    frames: list[dict[str, Any]] = field(default_factory=list)
    stances: list[dict[str, Any]] = field(default_factory=list)
    consensus: list[dict[str, Any]] = field(default_factory=list)
    # per-document scratch for the fast scanning helpers (`accession.nlp.scan`)
    low: str = ""
    sentence_starts: list[int] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing `pos`, else of the next one (clamped)."""
        sents = self.sentences
        starts = self.sentence_starts
        if len(starts) != len(sents):
            starts = self.sentence_starts = [s for s, _ in sents]
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < sents[i][1]:
            return i
        return max(0, min(i + 1, len(sents) - 1))

    def sentence_text(self, index: int) -> str:
        s, e = self.sentences[index]
        return self.text[s:e]


StageFn = Callable[[DocState, Any], None]


@dataclass(frozen=True)
class Stage:
    """A stage: `fn(state, resources)` reads `needs` and adds `adds` to the state."""

    name: str
    version: int
    needs: frozenset[str]
    adds: frozenset[str]
    fn: StageFn

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


def check_stages(stages: Iterable[Stage], initial: frozenset[str] = INITIAL_FIELDS) -> None:
    """Fail at start-up when a stage needs a field that no earlier stage adds."""
    have = set(initial)
    for stage in stages:
        missing = stage.needs - have
        if missing:
            raise PipelineConfigError(
                f"stage {stage.id} needs {', '.join(sorted(missing))}, which no earlier stage "
                f"adds; put a stage that adds it before {stage.id} (have: {', '.join(sorted(have))})"  # noqa: E501
            )
        have |= stage.adds
