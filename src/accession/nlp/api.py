"""The public entry points: `Pipeline` (build once, call per document) and `extract`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from accession.errors import InputError
from accession.model.evidence import Document
from accession.nlp.lexicon import NUMBER_WORDS, Lexicon, build_lexicon
from accession.nlp.pipeline import (
    PIPELINE_NAME,
    PIPELINE_VERSION,
    DocState,
    PipelineConfigError,
    check_stages,
)
from accession.nlp.registry import DEFAULT_STAGES, STAGES

OUTPUT_FIELDS = ("actors", "quotes", "stances", "consensus", "events")


@dataclass
class Resources:
    """What stages may read besides the state: the KB, its compiled lexicon, optional NER."""

    kb: Any
    lexicon: Lexicon
    ner: Any = None
    cache: dict[str, Any] = field(default_factory=dict)


def _coerce(doc: Any) -> DocState:
    if isinstance(doc, DocState):
        return doc
    if isinstance(doc, Document):
        # the same reading date as for a dict (`accession extract` passes a Document, `eval`
        # and the Python API a dict): a missing date is inferred, not stored
        pub, coarse = (
            (doc.published, False) if doc.published is not None else _infer(doc.text, doc.url or "")
        )
        state = DocState(doc.text, doc.title or "", pub, doc.outlet or "", doc.url or "")
        state.published_coarse = coarse
        return state
    if isinstance(doc, str):
        doc = {"text": doc}
    if not isinstance(doc, Mapping):
        raise InputError(
            f"cannot read a document from {type(doc).__name__}; give a dict with "
            "'text' (and optional title, published, outlet, url) or a Document"
        )
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("document has no text: give a non-empty 'text' field")
    pub = doc.get("published")
    if isinstance(pub, str) and pub:
        try:
            pub = dt.date.fromisoformat(pub[:10])
        except ValueError:
            raise InputError(f"published date {pub!r} is not YYYY-MM-DD") from None
    elif isinstance(pub, dt.datetime):
        pub = pub.date()
    elif not isinstance(pub, dt.date):
        pub = None
    coarse = False
    if pub is None:
        pub, coarse = _infer(text, doc.get("url") or "")
    state = DocState(
        text, doc.get("title") or "", pub, doc.get("outlet") or "", doc.get("url") or ""
    )
    state.published_coarse = coarse
    return state


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_DATE_RX = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS}) (?P<d1>\d{{1,2}}),? (?P<y1>(?:19|20)\d\d)|(?P<d2>\d{{1,2}}) "
    rf"(?P<m2>{_MONTHS}),? (?P<y2>(?:19|20)\d\d)|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)


_YEAR_RX = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/.-])")
_MONTH_YEAR_RX = re.compile(rf"\b(?P<m>{_MONTHS}),? (?P<y>(?:19|20)\d\d)\b")


def infer_published(text: str, url: str = "") -> dt.date | None:
    """The reading date of an undated story (see `_infer`)."""
    return _infer(text, url)[0]


# A date in the story's address: "/2009/12/08/", "/2001/jun/16/", "/2002/10/" (the month
# alone: its first day, coarse).
_URL_DATE_RX = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:/(?P<d>0?[1-9]|[12]\d|3[01]))?/",
    re.I,
)
_URL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _url_date(url: str) -> tuple[dt.date | None, bool]:
    m = _URL_DATE_RX.search(url)
    if m is None:
        return None, False
    mon = m.group("m").lower()
    month = _URL_MONTHS.index(mon) + 1 if mon in _URL_MONTHS else int(mon)
    try:
        if m.group("d"):
            return dt.date(int(m.group("y")), month, int(m.group("d"))), False
        return dt.date(int(m.group("y")), month, 1), True
    except ValueError:
        return None, False


def _infer(text: str, url: str = "") -> tuple[dt.date | None, bool]:
    """A story without a publication date is read as of the date in its address, when it has
    one ("/2009/12/08/"; "/2002/10/" is the first of that month, coarse). Else as of the
    latest full date it names ("Poland
    joined NATO on March 12, 1999": weekdays and months after it resolve against that day);
    with no full date, as of the first day of the latest month it names ("In November 2020,
    Bulgaria blocked ...": who was a member then decides who can be a candidate); with no
    month, as of 1 January of the latest year it names, marked coarse (the second value: it
    tells members from candidates but dates no weekday); none named, none inferred (the
    linker may still date the story by its office-holders). Why the latest: a report tells
    its news after its background."""
    if url:
        got = _url_date(url)
        if got[0] is not None and got[0] <= dt.date.today():
            return got
    best = _latest_full_date(text)
    if best is not None:
        return best, False
    months = [
        dt.date(int(m.group("y")), _MONTHS.split("|").index(m.group("m")) + 1, 1)
        for m in _MONTH_YEAR_RX.finditer(text)
    ]
    if months:
        return max(months), False
    # no month either: a year counted back from ("Five years ago, in 2003, ...") states the
    # story's own year (a later year it names may be a target: "an army by 2010"); else the
    # first day of the latest year it names ("Croatia joined in 2009"), coarse (for telling
    # members from candidates, not for dating "on Tuesday")
    this_year = dt.date.today().year
    ago = [
        int(m.group("y")) + NUMBER_WORDS[m.group("n").lower()]
        for m in _AGO_RX.finditer(text)
        if m.group("n").lower() in NUMBER_WORDS
    ]
    years = [y for y in ago if 1949 <= y <= this_year] or [
        int(y) for y in _YEAR_RX.findall(text) if 1949 <= int(y) <= this_year
    ]
    return (dt.date(max(years), 1, 1), True) if years else (None, False)


_AGO_RX = re.compile(r"\b(?P<n>\w+) years ago,? in (?P<y>(?:19|20)\d\d)\b", re.I)


def _latest_full_date(text: str) -> dt.date | None:
    best = None
    for m in _FULL_DATE_RX.finditer(text):
        try:
            if m.group("iso"):
                d = dt.date.fromisoformat(m.group("iso"))
            else:
                month = m.group("m1") or m.group("m2")
                day = int(m.group("d1") or m.group("d2"))
                year = int(m.group("y1") or m.group("y2"))
                d = dt.date(year, _MONTHS.split("|").index(month) + 1, day)
        except ValueError:
            continue
        if best is None or d > best:
            best = d
    return best


class Pipeline:
    """A checked sequence of registered stages over one knowledge base; reusable."""

    def __init__(self, kb: Any, stages: Sequence[str] = DEFAULT_STAGES, ner: Any = "auto"):
        unknown = [s for s in stages if s not in STAGES]
        if unknown:
            raise PipelineConfigError(
                f"unknown stage(s) {', '.join(unknown)}; registered: {', '.join(STAGES)}"
            )
        self.stages = [STAGES[s] for s in stages]
        check_stages(self.stages)
        if ner == "auto":
            from accession.nlp.ner import load_optional_ner

            ner = load_optional_ner()
        self.resources = Resources(kb, build_lexicon(kb), ner)

    @property
    def config(self) -> dict[str, Any]:
        """Name, version and stage ids: stored with each ingestion batch (STYLE.md item 8)."""
        return {
            "name": PIPELINE_NAME,
            "version": PIPELINE_VERSION,
            "stages": [s.id for s in self.stages],
            "ner": getattr(self.resources.ner, "name", None),
        }

    def run(self, doc: Any) -> DocState:
        state = _coerce(doc)
        for stage in self.stages:
            stage.fn(state, self.resources)
        return state

    def __call__(self, doc: Any) -> dict[str, Any]:
        return to_output(self.run(doc))


def to_output(state: DocState) -> dict[str, Any]:
    """The FORMAT.md object (plus spans; private keys starting with '_' are dropped)."""

    def clean(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for it in items:
            for k in it:
                if k[:1] == "_":
                    out.append({k: v for k, v in it.items() if k[:1] != "_"})
                    break
            else:  # most items have no private key: a plain copy is cheaper
                out.append(dict(it))
        return out

    return {
        "actors": clean(state.actors),
        "quotes": clean(state.quotes),
        "stances": clean(state.stances),
        "consensus": clean(state.consensus),
        "events": clean(state.events),
        "reported_speech": clean(state.reported),
        "pipeline": f"{PIPELINE_NAME}@{PIPELINE_VERSION}",
    }


_CACHE: dict[int, Pipeline] = {}


def pipeline_for(kb: Any) -> Pipeline:
    """One default pipeline per knowledge base object (the lexicon is compiled once)."""
    if id(kb) not in _CACHE:
        _CACHE[id(kb)] = Pipeline(kb)
    return _CACHE[id(kb)]


def extract(doc: Any, kb: Any = None) -> dict[str, Any]:
    """Read one document (dict, Document or DocState) against the knowledge base."""
    if kb is None:
        from accession.kb import load_kb

        kb = load_kb()
    return pipeline_for(kb)(doc)
