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
from accession.nlp.scan import (
    lowered,
    mentions_by_sentence,
    sentences_with,
    word_finditer,
    word_search,
)

_SUPPORT = (
    r"support\w*|back(?:s|ed|ing)?|welcom\w+|applaud\w*|hail\w*|endors\w+|favou?r\w*|"
    r"push\w* for|call\w* (?:on|for)|urg\w+|pledg\w+|ratif\w+|approv\w+|voted yes|agree\w*|"
    r"champion\w*|advocat\w+|press\w* for|seek\w*|sought|hope\w*|expect\w*|want\w*|"
    r"paving the way|important and correct|stronger|safer|welcome step|"
    r"congratulat\w+|demands?|pressure from|pressure|deserves?|"
    r"should (?:now )?be (?:given|granted|offered|invited|admitted)|recommend\w*|"
    r"allow\w*|acceptable|prepared|willing|in a position"
)
_OPPOSE = (
    r"block\w*|veto\w*|oppos\w+|object\w*|resist\w*|reject\w*|rebuff\w*|withst(?:and|ood)|"
    r"obstruct\w*|refus\w+|against|hold\w* up|stall\w*|delay\w*|cautious|s[ck]eptical|"
    r"reluctan\w+|wary|slow-walk\w*|drag\w* (?:its|their) feet|unwilling|no appetite|"
    r"unacceptable|withh[eo]ld\w*"
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
# A reported change that ends opposition ("dropped its objection", "lifted its veto", "gave
# the green light", "signed off on"): support now, even when told in the pluperfect ("had
# lifted their objection"), since the change is the latest position reported.
_CHANGE_OBJECT = (
    r" (?:its|their|his|her|the|a) (?:[\w-]+ )?(?:objections?|veto|vetoes|opposition|"
    r"blockade|reservations?|resistance)"
)
_CHANGE = "|".join(
    [
        v + _CHANGE_OBJECT
        for v in (
            r"dropp\w*",
            r"lift\w*",
            r"withdr[ae]w\w*",
            r"abandon\w*",
            r"end\w*",
            r"waiv\w*",
            r"set aside",
            r"shelv\w*",
        )
    ]
    + [
        r"g[ia]v\w* (?:the |its |their |his |her |a )?(?:final )?(?:green light|go-ahead|"
        r"blessing|consent|approval|nod)",
        r"sign(?:s|ed|ing)? off",
        r"clear\w* the way",
        r"join\w* (?:the )?(?:other |fellow )?(?:allies|members|member states|partners|others)"
        r" in (?:extending|approving|backing|supporting|ratifying|endorsing|agreeing)",
    ]
)
_CLASSES = (("opp", _OPPOSE), ("sup", _SUPPORT), ("self", _SELF), ("out", _OUTSIDER))


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern source."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _bucketed(classes: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One pattern, the alternatives grouped by their first letter in their original order:
    the engine enters one bucket per position instead of trying ~80 alternatives, and the
    match is the same (only alternatives with that first letter can match there)."""
    buckets: dict[str, list[str]] = {}
    for _, source in classes:
        for alt in _alternatives(source):
            assert alt[0].isalpha(), alt  # every alternative starts with a letter
            buckets.setdefault(alt[0], []).append(alt[1:])
    body = "|".join(
        re.escape(ch) + "(?:" + "|".join(rest) + ")" for ch, rest in sorted(buckets.items())
    )
    return re.compile(rf"(?:{body})\b")


class _Cue:
    """A cue match and its class (`opp`, `sup`, `self`, `out`, `chg`), read like a match."""

    __slots__ = ("_end", "_start", "kind", "word")

    def __init__(self, m: re.Match[str], kind: str) -> None:
        self._start, self._end, self.word, self.kind = m.start(), m.end(), m.group(), kind

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, name: str | None = None) -> str | None:
        return self.word if name is None or name == self.kind else None


_CLASS_RX = tuple(
    (name, re.compile(rf"(?:{src})\b")) for name, src in (*_CLASSES, ("chg", _CHANGE))
)


def _cues(rx: re.Pattern[str], low: str, s: int, e: int) -> list[_Cue]:
    """The cues of low[s:e]; the class is that of the first alternative (in the order opp,
    sup, self, out, chg) that matches, as in one alternation with named groups."""
    out = []
    for m in word_finditer(rx, low, s, e):
        for name, crx in _CLASS_RX:
            c = crx.match(low, m.start(), e)
            if c is not None and c.end() == m.end():
                out.append(_Cue(m, name))
                break
    return out


# Run on the lower-cased text with `word_finditer` (= a leading `\b`, without its cost).
_CUE_RX = _bucketed((*_CLASSES, ("chg", _CHANGE)))
_CHANGE_ONLY_RX = _bucketed((("chg", _CHANGE),))
# Cues explicit enough to be read in a sentence that names no candidate but the decision.
_EXPLICIT_KEYS = (
    "support",
    "back",
    "endors",
    "advocat",
    "champion",
    "oppos",
    "block",
    "veto",
    "object",
    "reject",
)
_EXPLICIT_RX = re.compile("|".join(_EXPLICIT_KEYS))
_OPPOSE_AFTER_RX = re.compile(
    r"\s*(?:\w+\s+)?(?:block|veto|oppos|obstruct|stand in the way|hold up|object)"
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
    r"\b(?:only (?:if|after|once|when)|provided(?: that)?|on condition|as long as|"
    r"in exchange for|unless|conditions?|once (?!again|more)|after (?:a |the )?(?:ceasefire|"
    r"cease-fire|war|peace|fighting)|when the (?:war|fighting)|in return for|but first|"
    r"(?:must|should|would have to|has to|have to) first)\b",
    re.I,
)
# After a denied opposition cue: a reservation ("is not against it, but wants ...") makes the
# position conditional. After a denied support cue: a promise not to stand in the way ("does
# not agree, but will not block it", "... but supports the start") makes it support.
_BUT_RX = re.compile(r"(?:,|;|—|–) ?(?:but|yet|however)\b")
_YIELD_RX = re.compile(
    r"\b(?:but|yet|however)\b,? (?:\w+ ){0,2}?(?:(?:will|would|does|did|is|do) not|won[’']t|"
    r"wouldn[’']t|doesn[’']t|(?:will|would) never) (?:\w+ )?(?:block|veto|oppose|object|obstruct|"
    r"stand in the way|stop)|\b(?:but|yet)\b,? (?:\w+ ){0,2}?(?:will |would )?(?:supports?|"
    r"backs?|endorses?|accepts?|approves?|agreed)\b"
)
_YET_RX = re.compile(r"\b(?:yet to|have yet|has yet)\b", re.I)
_PASSIVE_BY_RX = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
_SAID_RX = re.compile(r"\b(?:said|says|told|added|warned|argued|insisted)\b")
_FIRST_PERSON_RX = re.compile(r"\b(?:I|we|We|our|Our|my|My)\b")


# A candidate's own "bid" in an article about opening talks or an invitation is read as that
# step ("Moldova pressed its EU bid" as leaders decide on talks); words that name membership
# itself ("join", "membership", "ratify") keep the question of accession.
_OWN_GENERIC = ("bid", "eu bid", "nato bid")


def _own_question(f: dict[str, Any], q: str, main: list[str], low: str) -> str:
    """A candidate's own support on a generic membership word goes to the article's main
    question about that candidate when that is an earlier step (talks, invitation, MAP)."""
    if f["action"] != "admit" or f.get("pos", -1) < 0 or not low.startswith(_OWN_GENERIC, f["pos"]):
        return q
    inst, _, cand = q.split(":")
    for m in main:
        mi, ma, mc = m.split(":")
        if mi == inst and mc == cand and ma != "admit":
            return m
    return q


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


_ING_RX = re.compile(r"[a-z]+ing\b(?! (?:it|them|him|her|this|that)\b)")


def _subjects(state: DocState, s: int, cue: int, cands: set[str] | None = None) -> list[str]:
    """Holder states in the clause before the cue: a person who speaks for a state, else the
    states named (several when coordinated); after "X said (that) Y ...", Y's clause wins."""
    text = state.text
    clause_start = s
    for sep in re.finditer(r"[;:]|, (?:but|while|whereas|as) |\bbut\b|\bsaying\b", text[s:cue]):
        clause_start = s + sep.end()
    if _ING_RX.match(text, cue):  # "..., with Greece blocking it": Greece's own clause
        w = text.rfind(", with ", clause_start, cue)
        if w >= 0 and "," not in text[w + 7 : cue]:
            clause_start = w + 7
    ms = [m for m in state.mentions if clause_start <= m.start < cue and not m.place]
    ms = [m for m in ms if _holder_iso(state, m)]
    if len(ms) > 1:
        ms = [m for m in ms if not _not_subject(text, clause_start, cue, m)] or ms[:1]
    groups = _groups(state, clause_start, cue)
    if groups:
        ms = sorted(ms + groups, key=lambda m: m.start)
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


# A state named as an object ("told Hungary", "talks with Austria", "unlike Poland") or inside
# a relative clause ("Poland, which Hungary accuses ...,") is not the subject of the cue.
_OBJECT_BEFORE_RX = re.compile(
    r"(?:\b(?:told|tells|telling|with|to|from|against|urged|urges|asked|asks|accus\w+|"
    r"unlike|than|toward|towards|persuad\w+|pressed|pressing|criticis\w+|criticiz\w+|"
    r"visit\w*|met|meeting|call\w* on|about|over)\s+(?:the\s+)?(?:\w+\s+)?)$"
)
_RELATIVE_RX = re.compile(r", (?:which|who|whom|whose|where|that)\b[^,;]*$")


def _not_subject(text: str, a: int, cue: int, m: Mention) -> bool:
    before = text[max(a, m.start - 30) : m.start]
    if _OBJECT_BEFORE_RX.search(before.lower()):
        return True
    rel = _RELATIVE_RX.search(text, a, m.start)
    return rel is not None and "," in text[m.end : cue]


def _coordinated(text: str, prev: Mention, m: Mention) -> bool:
    """ "Moldova and Ukraine opened": a list of subjects, each a holder."""
    return prev.end <= m.start and text[prev.end : m.start] in (" and ", ", ", ", and ", " & ")


# Groups of states named as one subject, expanded to their members. Only fixed, unambiguous
# groups: "the Nordic countries" is left out (Finland and Sweden were long outside NATO).
_GROUPS = {
    "baltic": ("EST", "LVA", "LTU"),
    "benelux": ("BEL", "NLD", "LUX"),
    "visegrad": ("CZE", "HUN", "POL", "SVK"),
}
_GROUP_RX = re.compile(
    r"(?:the )?(?:three )?(?P<g>baltic|benelux|visegr[aá]d)(?: (?:four|group|states|"
    r"countries|nations|republics|trio)|s\b)"
)


def _groups(state: DocState, a: int, b: int) -> list[Mention]:
    """Pseudo-mentions, one per member, for "the Baltic states" in text[a:b]."""
    low = lowered(state)
    seg = low[a:b]
    if "baltic" not in seg and "benelux" not in seg and "visegr" not in seg:
        return []
    out = []
    for m in _GROUP_RX.finditer(low, a, b):
        key = "visegrad" if m.group("g").startswith("visegr") else m.group("g")
        for i, iso in enumerate(_GROUPS[key]):
            out.append(
                Mention(m.start() + i, m.end(), m.group(), "state", f"state:{iso}", iso, iso)
            )
    return out


# "it", "the government", "the country" as a clause's subject: the one state holder of the
# sentence before (or of the earlier clause of the same sentence), when there is exactly one.
_PRONOUN_RX = re.compile(
    r"\b(?:it|the (?:government|country|parliament|cabinet|legislature|lawmakers|coalition))"
    r"(?:\s+(?:\w+ly|also|then|later|now|finally|has|had|have|will|would|is|was|did))*\s+$"
)


def _pronoun_holder(state: DocState, s: int, cue: int, cands: set[str]) -> str | None:
    low = lowered(state)
    head = low[max(s, cue - 60) : cue]
    pm = _PRONOUN_RX.search(head)
    if pm is None:
        return None
    p_start = max(s, cue - 60) + pm.start()
    si = state.sentence_of(s)
    spans = [(s, p_start)]
    if si > 0:
        spans.append(state.sentences[si - 1])
    by_sentence = mentions_by_sentence(state)
    for a, b in spans:
        ms = [m for m in by_sentence[state.sentence_of(a)] if a <= m.start < b]
        if pm.group().startswith("it") and any(
            m.type == "organization" and not m.country_iso3 for m in ms
        ):
            return None  # "NATO ... it": the alliance may be meant
        isos = {
            _holder_iso(state, m)
            for m in ms
            if not m.place and not m.attribute or m.type == "person"
        }
        isos = {i for i in isos if i and i not in cands}
        if len(isos) == 1:
            return isos.pop()
        if isos:
            return None
    return None


def _candidate_possessive(state: DocState, m: Mention, cands: list[str]) -> bool:
    return m.country_iso3 in cands and m.type == "state"


def stances_stage(state: DocState, res: Any) -> None:
    text = state.text
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    hits: list[tuple[int, str, str, str]] = []  # every reading, also those already seen
    low = lowered(state)
    main = main_questions(state)
    changed = _change_frames(state, main)
    for f in state.frames + _outsider_frames(state, main) + changed:
        s, e = state.sentences[f["sentence"]]
        sentence = text[s:e]
        if _YET_RX.search(sentence) and not re.search(r"\b(?:block|veto|oppos)", sentence, re.I):
            continue
        cands = set(f["candidates"])
        indirect = bool(f.get("implicit") or f.get("outsider"))
        outsiders = _outsiders(state, res, f) if indirect and not f.get("change") else set()
        # an implicit frame of the main decision itself ("one of the strongest advocates of
        # opening talks" in a story on opening talks) is read for explicit cues too
        same = bool(f.get("implicit")) and f["questions"][0].split(":")[1] == f["action"]
        if same and not f.get("change"):
            seg = low[s:e]
            same = any(k in seg for k in _EXPLICIT_KEYS) or any(k in seg for k in _CHANGE_KEYS)
        if (
            f.get("implicit")
            and not outsiders
            and not same
            and not any(k in low[s:e] for k in _RATIFY)
        ):
            continue  # nothing such a sentence could show (see below)
        rx = _CHANGE_ONLY_RX if f.get("change") else _CUE_RX
        for cue in _cues(rx, low, s, e):
            word = cue.group()
            hostile = bool(cue.group("opp") or cue.group("out"))
            explicit = (
                same
                and bool(cue.group("chg") or _EXPLICIT_RX.match(word))
                and _governs(state, cue, f)
            )
            if indirect and not (
                hostile and outsiders or word.startswith(_RATIFY) or explicit or cue.group("chg")
            ):
                continue  # checked first: most sentences that name no candidate show nothing
            pre = text[max(s, cue.start() - 40) : cue.start()]
            # a hypothetical cue word starts ≤ 57 characters before the cue (see _HYPO_RX)
            past = cue.group("chg") is None and _PAST_RX.search(pre)
            if past or _HYPO_RX.search(text, max(s, cue.start() - 60), cue.start()):
                continue
            if f.get("outsider") and not hostile or f.get("change") and not cue.group("chg"):
                continue
            if f.get("change") and _OTHER_OBJECT_RX.match(low, cue.end()):
                continue  # "lifted its veto on the aid package": another decision
            negated = _NEG_RX.search(pre) is not None
            polarity = "oppose" if hostile else "support"
            if polarity == "oppose" and _WITHOUT_RX.search(pre):
                continue  # "invite Ukraine without further delay": urgency, not opposition
            if negated:
                if polarity == "oppose" or _OPPOSE_AFTER_RX.match(low, cue.end()):
                    # a denial ("does not oppose", "not prepared to block") shows nothing,
                    # unless a reservation follows ("not against it, but ...")
                    if not _BUT_RX.search(low, cue.end(), e):
                        continue
                    polarity = "conditional"
                elif _YIELD_RX.search(low, cue.end(), e):
                    polarity = "support"  # "does not agree ... but will not block it"
                else:
                    polarity = "oppose"
            holders = _holders(state, cue, s, e, word, f, bool(cue.group("self")))
            if cue.group("self"):
                holders = [(iso, pol) for iso, pol in holders if iso in cands]
            elif word.startswith("should"):  # "X should be given": X is the object
                holders = [(iso, pol) for iso, pol in holders if iso not in cands]
            elif cue.group("out"):
                outsiders = outsiders or _outsiders(state, res, f)
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders]
            elif explicit or f.get("change"):
                holders = [(iso, pol) for iso, pol in holders if iso not in cands]
            elif f.get("outsider") or (f.get("implicit") and not word.startswith(_RATIFY)):
                # a sentence that does not name the candidate is read for outsiders' hostility
                # and for ratifications ("the Senate approved it") only
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders]
            if not holders:
                continue
            if polarity == "support" and _COND_RX.search(text, cue.end(), e):
                polarity = "conditional"
            questions = _clause_questions(state, f, s, e, cue.start())
            if len(questions) > 1:
                questions = _target_questions(state, questions, s, e, cue.start(), cue.end())
            for iso, pol in holders:
                pol = pol or polarity
                qs = questions
                if iso in cands:  # a candidate speaks for its own membership only
                    qs = [_own_question(f, q, main, low) for q in f["questions"]]
                    qs = [q for q in qs if q.rsplit(":", 1)[1] == iso]
                for q in qs:
                    cand = q.rsplit(":", 1)[1]
                    if iso == cand and pol != "support":
                        continue
                    hits.append((s, iso, q, pol))
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
    _same_line(state, out, seen, low, hits)
    state.stances = out


# "Germany has taken a similar line", "Paris followed suit": the holder shares the stances of
# the last holder reported in the three sentences before.
_SAME_KEYS = ("similar line", "same line", "followed suit", "similar position", "same position")
_SAME_RX = re.compile(
    r"(?:(?:taken|took|takes|take|adopted|adopts|holds|held|has) (?:a |the )?(?:very )?"
    r"(?:similar|same) (?:line|position|stance|view)|followed suit|follow(?:s|ed)? suit)\b"
)


def _same_line(
    state: DocState,
    out: list[dict[str, Any]],
    seen: set[tuple[str, str]],
    low: str,
    hits: list[tuple[int, str, str, str]],
) -> None:
    if not hits or not any(k in low for k in _SAME_KEYS):
        return
    text = state.text
    for si, (s, e) in enumerate(state.sentences):
        m = word_search(_SAME_RX, low, s, e)
        if m is None or _NEG_RX.search(text, max(s, m.start() - 30), m.start()):
            continue
        prior = [h for h in hits if h[0] < s and state.sentence_of(h[0]) >= si - 3]
        if not prior:
            continue
        last = max(prior)[1]
        holders = [h for h in _subjects(state, s, m.start()) if h != last]
        for iso in holders:
            for _, who, q, pol in sorted(prior):
                if who != last or (iso, q) in seen:
                    continue
                seen.add((iso, q))
                out.append(
                    {
                        "actor_iso3": iso,
                        "question": q,
                        "stance": pol,
                        "evidence": text[s:e].strip(),
                        "start": s,
                        "end": e,
                        "cue": m.group(),
                    }
                )


def _outsiders(state: DocState, res: Any, f: dict[str, Any]) -> set[str]:
    """States of the sentence outside the institution on the date and not its candidates."""
    mem = members(res, f["institution"], state.published)
    isos = {m.country_iso3 for m in mentions_by_sentence(state)[f["sentence"]]}
    return {i for i in isos if i and i not in mem and i not in f["candidates"]} | (OUTSIDERS & isos)


# After a change cue in a sentence that names no decision: an object of its own ("lifted
# its veto on the aid package") makes it about something else; a date does not.
_OTHER_OBJECT_RX = re.compile(
    r"\s+(?:on|to|over|against|of|for)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d|the (?:eve|day|morning|evening|night|weekend)))"
)


def _governs(state: DocState, cue: _Cue, f: dict[str, Any]) -> bool:
    """In a sentence that names the decision but no candidate, a cue counts only when the
    decision follows it closely in the same clause ("advocates of opening talks", "backs the
    enlargement"), not when it is about something else ("support for its army")."""
    pos = f.get("pos", -1)
    if pos < cue.end() or pos - cue.end() > 30:
        return False
    gap = state.text[cue.end() : pos]
    return not any(c in gap for c in ",;:.")


# Literals of the change cues that name no decision ("lifted their objection"): every match
# of `_CHANGE` that can stand without an object contains one of them.
_CHANGE_KEYS = ("objection", "veto", "green light", "go-ahead", "signed off", "blockade")


def _change_frames(state: DocState, main: list[str]) -> list[dict[str, Any]]:
    """A sentence that reports a change of position without naming the decision ("Turkey
    dropped its objection on Tuesday") speaks of the article's main questions; only change
    cues are read there."""
    if not main:
        return []
    cued = sentences_with(state, _CHANGE_KEYS) - {f["sentence"] for f in state.frames}
    if not cued:
        return []
    inst, action = main[0].split(":")[:2]
    kind = f"{inst}:{action}:"
    asked = {q for f in state.frames for q in f["questions"] if q.startswith(kind)}
    by_sentence = mentions_by_sentence(state)
    out = []
    for si in sorted(cued):
        # a candidate the sentence names ("assurances from Kyiv") narrows the questions
        named = [kind + (m.country_iso3 or "") for m in by_sentence[si]]
        qs = sorted({q for q in named if q in asked}) or main
        out.append(
            {
                "sentence": si,
                "institution": inst,
                "action": action,
                "candidates": [q.rsplit(":", 1)[1] for q in qs],
                "questions": qs,
                "implicit": True,
                "change": True,
            }
        )
    return out


def _outsider_frames(state: DocState, main: list[str]) -> list[dict[str, Any]]:
    """Sentences where an outsider (Russia) shows hostility without naming the decision
    ("Russia has made its hostility plain", "Moscow called it a provocation") speak of the
    article's main questions; only outsider and oppose cues are read there."""
    framed = {f["sentence"] for f in state.frames}
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


# A passive auxiliary right before a participle cue (an adverb or "not" between).
_PASSIVE_RX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|not\s+)?$")


def _holders(
    state: DocState,
    cue: _Cue,
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
    if (
        word.endswith("ed")
        and not word.startswith("oppos")
        and not text.startswith(" to ", cue.end())
        and _PASSIVE_RX.search(text, max(s, cue.start() - 25), cue.start())
    ):
        return []  # "were welcomed into NATO" with no agent: the subject is its object
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
        iso = _national_source(state, q, s, e)
        return [(iso, None)] if iso else []
    subj = _subjects(state, s, cue.start(), None if own else set(frame["candidates"]))
    if not subj and not own:
        iso = _pronoun_holder(state, s, cue.start(), set(frame["candidates"]))
        return [(iso, None)] if iso else []
    return [(iso, None) for iso in subj]


_SOURCE_RX = re.compile(
    r"(?:’s|'s)?\s+(?:government |foreign ministry |defen[cs]e ministry )?(?:officials?|"
    r"diplomats?|sources?|government|spokes(?:man|woman|person)|negotiators?|ministry)\b",
    re.I,
)


def _national_source(state: DocState, q: dict[str, Any], s: int, e: int) -> str | None:
    """A quote whose speaker is unnamed but national ("a senior Turkish official said") speaks
    for that state; one state only, and never an alliance source ("a NATO diplomat")."""
    isos = {
        m.country_iso3
        for m in state.mentions
        if s <= m.start < e
        and not q["start"] <= m.start < q["end"]
        and m.type == "state"
        and m.form == "demonym"
        and _SOURCE_RX.match(state.text, m.end)
    }
    return isos.pop() if len(isos) == 1 else None


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


# Clause ends for the object of a decision: besides "but", ";" and "while", a new clause
# after ", and", "though" or "as" ("vetoed X's invitation, and Y and Z were invited").
_TARGET_CLAUSE_RX = re.compile(
    r",? but |; |,? while |,? whereas |,? (?:al)?though |, and |, as |, with | as long as "
)
# Only list words between two candidates named together ("Albania, Croatia and Macedonia").
_COORD_RX = re.compile(r"(?:\s|,|and\b|or\b|as well as\b|the\b)*")


def _target_questions(
    state: DocState, questions: list[str], s: int, e: int, cue: int, cue_end: int
) -> list[str]:
    """The candidate a cue is about: the one named as the object of the decision nearest the
    cue in its clause ("blocked Macedonia's invitation, while Albania and Croatia were
    invited" is about Macedonia), with those listed together with it."""
    text = state.text
    by_cand = {q.rsplit(":", 1)[1]: q for q in questions}
    ms = [
        m
        for m in state.mentions
        if s <= m.start < e and m.type == "state" and m.country_iso3 in by_cand and not m.place
    ]
    if len({m.country_iso3 for m in ms}) < 2:
        return questions
    a, b = s, e
    for m in _TARGET_CLAUSE_RX.finditer(text, s, e):
        if m.end() <= cue:
            a = m.end()
        elif m.start() >= cue_end:
            b = m.start()
            break
    after = [m for m in ms if cue_end <= m.start < b]
    before = [m for m in ms if a <= m.start and m.end <= cue]
    if after:
        i = ms.index(after[0])
    elif before:
        i = ms.index(before[-1])
    else:
        return questions
    group = {ms[i].country_iso3}
    for j in range(i + 1, len(ms)):  # listed with it, after
        gap = _COORD_RX.match(text, ms[j - 1].end, ms[j].start)
        if gap is None or gap.end() != ms[j].start:
            break
        group.add(ms[j].country_iso3)
    for j in range(i - 1, -1, -1):  # and before
        gap = _COORD_RX.match(text, ms[j].end, ms[j + 1].start)
        if gap is None or gap.end() != ms[j + 1].start:
            break
        group.add(ms[j].country_iso3)
    return [q for q in questions if q.rsplit(":", 1)[1] in group]
