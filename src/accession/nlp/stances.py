"""Stage `stances.v1`: the stance of states on the question a sentence is about.

Why holder + cue + question: a stance is reported as "<holder> <cue> <question>" — "Hungary
blocks", "Germany and the US are resisting", "Slovakia will veto", "Orbán pledged to
ratify", or in the words of an office-holder who speaks for a state. The holder is the
subject before the cue (several when coordinated), the agent after a passive ("was blocked
by Greece"), the speaker of a quote, or the state of a person's office. Hard negatives are
skipped on purpose: denials ("does not oppose"), hypotheticals ("if X were to"), stances
reported as past ("had blocked", "previously opposed") and quotes with no named speaker.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.frames import OUTSIDERS, main_questions, members
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import lowered, mentions_by_sentence, word_finditer

_SUPPORT = (
    r"support\w*|back(?:s|ed|ing)?|welcom\w+|applaud\w*|hail\w*|endors\w+|favou?r\w*|"
    r"push\w* for|call\w* (?:on|for)|urg\w+|pledg\w+|ratif\w+|approv\w+|voted yes|agree\w*|"
    r"champion\w*|advocat\w+|press\w* for|seek\w*|sought|hope\w*|expect\w*|want\w*|"
    r"paving the way|important and correct|stronger|safer|welcome step|"
    r"congratulat\w+|demands?|pressure from|pressure|deserves?|"
    r"should (?:now )?be (?:given|granted|offered|invited|admitted)|recommend\w*"
)
_OPPOSE = (
    r"block\w*|veto\w*|oppos\w+|object\w*|resist\w*|reject\w*|rebuff\w*|withst(?:and|ood)|"
    r"obstruct\w*|refus\w+|against|hold\w* up|stall\w*|delay\w*|cautious|s[ck]eptical|"
    r"reluctan\w+|wary|slow-walk\w*|drag\w* (?:its|their) feet"
)
# A candidate pursuing its own membership: "Moldova opened talks", "Kyiv asked for a MAP",
# "Sweden stands ready", "confident that Sweden would become a member". Counted only when
# the holder is the candidate itself (others "ask" and "open" many things).
_SELF = (
    r"ask\w*|appl(?:y|ies|ied|ying)|open\w*|start\w*|ready|aim\w*|committed|bid|goal|"
    r"confident|thank\w*"
)
# An outsider's hostility: "Russia warned ... against", "regards it as a threat", "criticised
# the enlargement", "countermeasures". Counted only for states outside the institution that
# are not candidates (a member "warning" is not opposition to a candidate).
_OUTSIDER = (
    r"threat\w*|warn\w*|criticis\w+|criticiz\w+|criticism|condemn\w*|hostil\w+|"
    r"countermeasures?|doorstep|provocat\w+|retaliat\w+"
)
# Run on the lower-cased text with `word_finditer` (= a leading `\b`, without its cost).
_CUE_RX = re.compile(
    rf"(?:(?P<opp>{_OPPOSE})|(?P<sup>{_SUPPORT})|(?P<self>{_SELF})|(?P<out>{_OUTSIDER}))\b"
)
_RATIFY = ("ratif", "approv", "voted")
_NEG_RX = re.compile(r"\b(?:not|never|no longer|n[’']t|nor)\s+(?:\w+\s+){0,2}$", re.I)
_WITHOUT_RX = re.compile(r"\bwithout\s+(?:\w+\s+)?$", re.I)
_HYPO_RX = re.compile(
    r"\b(?:if|unless|were to|whether|could|might|must(?: then| still)?)\b[^.;]{0,50}$", re.I
)
_PAST_RX = re.compile(
    r"\b(?:had(?: long)?|previously|formerly|initially|once|used to|earlier)"
    r"\s+(?:\w+\s+){0,1}$",
    re.I,
)
_COND_RX = re.compile(
    r"\b(?:only if|provided(?: that)?|on condition|as long as|in exchange for|"
    r"unless|conditions?)\b",
    re.I,
)
_YET_RX = re.compile(r"\b(?:yet to|have yet|has yet)\b", re.I)
_PASSIVE_BY_RX = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_SAID_RX = re.compile(r"\b(?:said|says|told|added|warned|argued|insisted)\b")
_FIRST_PERSON_RX = re.compile(r"\b(?:I|we|We|our|Our|my|My)\b")


def _holder_iso(state: DocState, m: Mention) -> str | None:
    if m.type == "state":
        return m.country_iso3
    if m.type == "person":
        return m.country_iso3 if m.role_kind and m.role_kind != "secretary_general" else None
    ent = state.entities.get(m.key, {})
    if m.key.startswith("org:") and ent.get("country_iso3") and not _is_agency(m):
        return ent.get("country_iso3")
    return None


def _is_agency(m: Mention) -> bool:
    return m.aliases is not None and any(a in ("Reuters", "AFP", "AP") for a in m.aliases)


def _quote_at(state: DocState, pos: int) -> dict[str, Any] | None:
    for q in state.quotes:
        if q["start"] <= pos < q["end"]:
            return q
    return None


def _subjects(state: DocState, s: int, cue: int, cands: set[str] | None = None) -> list[str]:
    """Holder states in the clause before the cue: a person who speaks for a state, else the
    states named (several when coordinated); after "X said (that) Y ...", Y's clause wins."""
    text = state.text
    clause_start = s
    for sep in re.finditer(r"[;:]|, (?:but|while|whereas|as) |\bbut\b|\bsaying\b", text[s:cue]):
        clause_start = s + sep.end()
    ms = [m for m in state.mentions if clause_start <= m.start < cue and not m.place]
    ms = [m for m in ms if _holder_iso(state, m)]
    if not ms:
        return []
    verbs = list(_SAID_RX.finditer(text, clause_start, cue))
    speech = verbs[-1] if verbs else None
    if speech is not None:
        after = [m for m in ms if m.start >= speech.end()]
        ms = after or ms
    first = prev = ms[0]
    persons = [m for m in ms if m.type == "person"]
    if persons:
        return [_holder_iso(state, persons[0]) or ""]
    out: list[str] = []
    for m in ms:
        iso = _holder_iso(state, m)
        if not iso or iso in out:
            continue
        if cands and iso in cands and m is not first and not _coordinated(text, prev, m):
            continue
        out.append(iso)
        prev = m
    if cands and out and out[0] in cands and first.start > clause_start + 40:
        return []
    return out


def _coordinated(text: str, prev: Mention, m: Mention) -> bool:
    """ "Moldova and Ukraine opened": a list of subjects, each a holder."""
    return prev.end <= m.start and text[prev.end : m.start] in (" and ", ", ", ", and ", " & ")


def _candidate_possessive(state: DocState, m: Mention, cands: list[str]) -> bool:
    return m.country_iso3 in cands and m.type == "state"


def stances_stage(state: DocState, res: Any) -> None:
    text = state.text
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    low = lowered(state)
    for f in state.frames + _outsider_frames(state, res):
        s, e = state.sentences[f["sentence"]]
        sentence = text[s:e]
        if _YET_RX.search(sentence) and not re.search(r"\b(?:block|veto|oppos)", sentence, re.I):
            continue
        cands = set(f["candidates"])
        outsiders = _outsiders(state, res, f) if f.get("implicit") or f.get("outsider") else set()
        if f.get("implicit") and not outsiders and not any(k in low[s:e] for k in _RATIFY):
            continue  # nothing such a sentence could show (see below)
        indirect = bool(f.get("implicit") or f.get("outsider"))
        for cue in word_finditer(_CUE_RX, low, s, e):
            word = cue.group()
            hostile = bool(cue.group("opp") or cue.group("out"))
            if indirect and not (hostile and outsiders or word.startswith(_RATIFY)):
                continue  # checked first: most sentences that name no candidate show nothing
            pre = text[max(s, cue.start() - 40) : cue.start()]
            # a hypothetical cue word starts ≤ 57 characters before the cue (see _HYPO_RX)
            if _PAST_RX.search(pre) or _HYPO_RX.search(text, max(s, cue.start() - 60), cue.start()):
                continue
            if f.get("outsider") and not hostile:
                continue
            negated = _NEG_RX.search(pre) is not None
            polarity = "oppose" if hostile else "support"
            if polarity == "oppose" and _WITHOUT_RX.search(pre):
                continue  # "invite Ukraine without further delay": urgency, not opposition
            if negated:
                if polarity == "oppose":
                    continue  # a denial ("does not oppose", "without delay") is not a stance
                polarity = "oppose"
            holders = _holders(state, cue, s, e, word, f, bool(cue.group("self")))
            if cue.group("self"):
                holders = [(iso, pol) for iso, pol in holders if iso in cands]
            elif word.startswith("should"):  # "X should be given": X is the object
                holders = [(iso, pol) for iso, pol in holders if iso not in cands]
            elif cue.group("out"):
                outsiders = outsiders or _outsiders(state, res, f)
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders]
            elif f.get("outsider") or (f.get("implicit") and not word.startswith(_RATIFY)):
                # a sentence that does not name the candidate is read for outsiders' hostility
                # and for ratifications ("the Senate approved it") only
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders]
            if not holders:
                continue
            if polarity == "support" and _COND_RX.search(text, cue.end(), e):
                polarity = "conditional"
            questions = _clause_questions(state, f, s, e, cue.start())
            for iso, pol in holders:
                pol = pol or polarity
                qs = questions
                if iso in cands:  # a candidate speaks for its own membership only
                    qs = [q for q in f["questions"] if q.rsplit(":", 1)[1] == iso]
                for q in qs:
                    cand = q.rsplit(":", 1)[1]
                    if iso == cand and pol != "support":
                        continue
                    if (iso, q) in seen:
                        continue
                    seen.add((iso, q))
                    out.append(
                        {
                            "actor_iso3": iso,
                            "question": q,
                            "stance": pol,
                            "evidence": sentence.strip(),
                            "start": s,
                            "end": e,
                            "cue": text[cue.start() : cue.end()],
                        }
                    )
    state.stances = out


def _outsiders(state: DocState, res: Any, f: dict[str, Any]) -> set[str]:
    """States of the sentence outside the institution on the date and not its candidates."""
    mem = members(res, f["institution"], state.published)
    isos = {m.country_iso3 for m in mentions_by_sentence(state)[f["sentence"]]}
    return {i for i in isos if i and i not in mem and i not in f["candidates"]} | (OUTSIDERS & isos)


def _outsider_frames(state: DocState, res: Any) -> list[dict[str, Any]]:
    """Sentences where an outsider (Russia) shows hostility without naming the decision
    ("Russia has made its hostility plain", "Moscow called it a provocation") speak of the
    article's main questions; only outsider and oppose cues are read there."""
    framed = {f["sentence"] for f in state.frames}
    main = main_questions(state)
    if not main:
        return []
    out = []
    for si, ms in enumerate(mentions_by_sentence(state)):
        if si in framed or not any(m.country_iso3 in OUTSIDERS and not m.place for m in ms):
            continue
        out.append(
            {
                "sentence": si,
                "institution": main[0].split(":", 1)[0],
                "action": main[0].split(":")[1],
                "candidates": [q.rsplit(":", 1)[1] for q in main],
                "questions": main,
                "outsider": True,
            }
        )
    return out


def _holders(
    state: DocState,
    cue: re.Match[str],
    s: int,
    e: int,
    word: str,
    frame: dict[str, Any],
    own: bool = False,
) -> list[tuple[str, str | None]]:
    """Who holds the stance a cue shows; `own`: the cue is about a candidate's own bid, so a
    candidate named as the subject is the holder, not the object."""
    text = state.text
    out: list[tuple[str, str | None]] = []
    if word.startswith("critic") and text.startswith(" from ", cue.end()):
        after = [m for m in state.mentions if cue.end() <= m.start < min(e, cue.end() + 20)]
        iso = _holder_iso(state, after[0]) if after else None
        return [(iso, "oppose")] if iso else []
    if word.startswith("pressure") or word.startswith("demand"):
        after = [m for m in state.mentions if cue.end() <= m.start < min(e, cue.end() + 40)]
        before = [
            m
            for m in state.mentions
            if s <= m.start < cue.start() and m.end > cue.start() - 12 and m.type == "state"
        ]
        for m in after[:1] + before[-1:]:
            iso = _holder_iso(state, m)
            if iso:
                out.append((iso, "support"))
        resister = re.search(
            r"\b(?:withst\w+|resist\w*|rebuff\w*|reject\w*)\s+(?:\w+\s+)?$", text[s : cue.start()]
        )
        if resister:
            for iso in _subjects(state, s, s + resister.start()):
                out.append((iso, "oppose"))
        return out
    by = _PASSIVE_BY_RX.match(text, cue.end())
    if by:
        agent = next((m for m in state.mentions if m.start == by.end()), None)
        if agent and _holder_iso(state, agent):
            return [(_holder_iso(state, agent) or "", None)]
    q = _quote_at(state, cue.start())
    if q is not None:
        speaker = state.entities.get(q.get("speaker_key") or "", {})
        if speaker.get("role_kind") == "secretary_general":
            return []  # the alliance's official speaks for no member state
        if q.get("speaker_iso3") and q.get("speaker_key"):
            inner = [
                m
                for m in state.mentions
                if q["start"] <= m.start < cue.start() and m.type == "state" and not m.place
            ]
            inner = [m for m in inner if m.country_iso3 not in frame["candidates"]]
            if inner and not _FIRST_PERSON_RX.search(text[inner[-1].end : cue.start()]):
                iso = _holder_iso(state, inner[-1])
                return [(iso, None)] if iso else []
            return [(q["speaker_iso3"], None)]
        return []
    subj = _subjects(state, s, cue.start(), None if own else set(frame["candidates"]))
    return [(iso, None) for iso in subj]


_CLAUSE_RX = re.compile(r",? but |; |, while |, whereas ")


def clause_bounds(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause of a sentence around `pos` (split at "but", ";", "while")."""
    a, b = s, e
    for m in _CLAUSE_RX.finditer(text, s, e):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def _clause_questions(state: DocState, f: dict[str, Any], s: int, e: int, pos: int) -> list[str]:
    a, b = clause_bounds(state.text, s, e, pos)
    named = {m.country_iso3 for m in state.mentions if a <= m.start < b and m.type == "state"}
    scoped = [q for q in f["questions"] if q.rsplit(":", 1)[1] in named]
    return scoped or f["questions"]
