"""Who holds a stance: subjects before a cue (coordinated ones too), state groups, pronouns
resolved to the one state that fits, and the states a quoted person speaks for.

Kept apart from `stances.py`, which decides what the stance is and on which question.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.lexicon import OUTLET_NOUN, STATE_GROUP_KEYS, STATE_GROUP_RX, group_members
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import (
    finditer,
    lowered,
    mentions_by_sentence,
    mentions_in,
)
from accession.nlp.stance_cues import SAID_RX


def holder_iso(state: DocState, m: Mention) -> str | None:
    if m.type == "state":
        if m.peripheral:
            return None  # "Iraq", "Brazil": no position on the enlargement questions is read
        if m.form == "demonym" and _WAR_NOUN_RX.match(state.text, m.end):
            return None  # "condemned the Russian military aggression and supported ...": a deed
        return m.country_iso3
    if m.type == "person":
        return m.country_iso3 if m.role_kind and m.role_kind != "secretary_general" else None
    ent = state.entities.get(m.key, {})
    if m.form == "media":
        return None  # "HINA reported", "TASS said": the news, not the state's position
    if m.key.startswith("org:") and ent.get("country_iso3") and not _is_agency(m):
        return ent.get("country_iso3")
    return None


# A demonym that names a deed, not people ("the Russian military aggression", "Russian
# strikes"): no one who could hold a position.
_WAR_NOUN_RX = re.compile(
    r" (?:military |armed |full-scale |large-scale )?(?:aggression|invasion|war|attacks?|"
    r"occupation|annexation|strikes?|missiles?|shelling|bombing|offensive|drones?)\b"
)


def _is_agency(m: Mention) -> bool:
    return m.aliases is not None and any(a in ("Reuters", "AFP", "AP") for a in m.aliases)


def quote_at(state: DocState, pos: int) -> dict[str, Any] | None:
    for q in state.quotes:
        if q["start"] <= pos < q["end"]:
            return q
    return None


# Where a new subject may start: a clause break, or the report of what was said ("..., she
# wrote, adding that Finland stands with Sweden").
# A clause joined by ", and" with a subject of its own that names no state ("granted Georgia
# candidate status, and leaders said they would ...") starts anew too: the state before it is
# the first clause's object or subject, not this one's.
_SUBJECT_SEP_RX = re.compile(
    r"[;:]|, (?:but|while|whereas|as|after|before|because|since|although|though|until|even though"
    r"|even as|even if) |\bbut\b|"
    # "... after a major win on Monday evening when Turkey agreed to": the when-clause's own
    r"\bwhen (?=(?:the |its |their )?[A-Z])|"
    # "a summit later this week in Romania where Georgia and Ukraine hope to obtain a MAP"
    r"\bwhere (?=(?:the |its |their )?[A-Z])|"
    r"\b(?:saying|adding|noting|stressing|arguing|insisting)(?: that)?\b|"
    r", and (?=(?:the |their |its |other |some |many |most |[A-Z]\w+ )?(?:leaders|ministers|"
    r"officials|diplomats|governments|allies|members|member states|they|we|he|she)\b)"
)
_AND_CLAUSE_RX = re.compile(
    r", and (?=(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w’'-]*){0,2} (?:(?:also|then|later|still) )?"
    r"(?:had|has|have|was|were|is|are|will|would|could|did|[a-z]{3,}ed)\b)"
)
_FINITE_RX = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|did|[a-z]{3,}ed)\b")
# Between a subject and its verb: auxiliaries and adverbs only.
_SUBJECT_GAP_RX = re.compile(
    r"\s*(?:(?:still|also|again|now|has|have|had|is|are|was|were|will|would|did|does|do|"
    r"continues to|continued to|has long|firmly|openly|repeatedly|then|reportedly)\s+)*"
)
_MEP_RX = re.compile(r"\b(?:MEPs?|[Mm]embers? of the European Parliament|[Ee]uro-?MPs?)\b")
_ING_RX = re.compile(r"[a-z]+ing\b(?! (?:it|them|him|her|this|that)\b)")
# A preposition before "Hungary blocking": the state and its participle are a phrase of their own.
_OF_BEFORE_RX = re.compile(r"\b(?:of|despite|amid|against|over|after|with|by|to)\s+(?:the\s+)?$")
# A list of names and nothing else before the cue: "Austria, Hungary and Croatia in "
_NAME_RUN = r"(?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*"
_WITH_LIST_RX = re.compile(
    rf"{_NAME_RUN}(?:(?:, | and |, and ){_NAME_RUN})* (?:(?:firmly|strongly|largely|also|still|"
    r"all|both) )?(?:in |being )?"
)
_VERB_NEXT_RX = re.compile(r"\s*(?:also |then |later |still |instead )?[a-z]+(?:ed|s)\b")


def clause_begin(text: str, s: int, end: int) -> int:
    """The start of the clause that ends at `end` (its own separators before it)."""
    start = s
    for sep in finditer(_SUBJECT_SEP_RX, text, s, end):
        start = sep.end()
    return start


# Subordinators that open a sentence with a clause of their own, ended by a comma.
_FRONTED: tuple[str, ...] = ("After ", "Before ", "When ", "While ", "Although ", "Though ")
_FRONTED += ("Once ", "Until ", "Amid ", "Despite ", "In spite of ", "In the absence of ")
# A list inside the fronted phrase: "Amid resistance from some members, including France and
# the Netherlands, leaders of ... say": the subject follows the list.
_LIST_OPENERS = ("including ", "such as ", "notably ", "among them ")
# A relative clause with its own verb right after "which"/"who" ("Russia, which has described
# ..."; not "Poland, which Hungary accuses ...", whose subject is named after "which")
_RELATIVE_SUBJECT_RX = re.compile(
    r", (?:which|who) (?=(?:(?:has|have|had|is|was|were|will|would|also|then|again|already|"
    r"repeatedly|long) )*[a-z]+(?:ed|es|s)\b)"
)
# (the relative clause ends before the cue: "Russia, which was invited, now opposes ...")
_RELATIVE_END_RX = re.compile(r"[,;:]")


_APPOSITION_RX = re.compile(r", (?:one of|a|an|the|its|his|her|their) [^,;]{2,60}?,")


def subjects(
    state: DocState, s: int, cue: int, cands: set[str] | None = None, strict: bool = False
) -> list[str]:
    """Holder states in the clause before the cue: a person who speaks for a state, else the
    states named (several when coordinated); after "X said (that) Y ...", Y's clause wins.
    `strict`: a lone state named as an object is no holder (a candidate's own step needs the
    candidate as its subject)."""
    text = state.text
    clause_start = s
    if text.startswith(_FRONTED, s):
        # "After X and his Slovenian counterpart signed a memorandum, Slovenia's parliament
        # ratified it": the subject follows the fronted clause
        c = text.find(", ", s, cue)
        if c >= 0 and text.startswith(_LIST_OPENERS, c + 2):
            c = text.find(", ", c + 2, cue)
        if c >= 0:
            clause_start = c + 2
    rel = _RELATIVE_SUBJECT_RX.search(text, max(clause_start, cue - 60), cue)
    if rel is not None and not _RELATIVE_END_RX.search(text, rel.end(), cue):
        # "relations with Russia, which has described Montenegro's accession as a
        # provocation": the relative clause's subject is the one named right before "which"
        ante = [m for m in mentions_in(state, clause_start, rel.start()) if m.end == rel.start()]
        iso = holder_iso(state, ante[-1]) if ante and not ante[-1].place else None
        if iso:
            return [iso]
    last_sep = None
    for sep in finditer(_SUBJECT_SEP_RX, text, clause_start, cue):
        clause_start, last_sep = sep.end(), sep
    if (
        last_sep is not None
        and last_sep.group().strip(", ") == "but"
        and _VERB_NEXT_RX.match(text, clause_start)
    ):
        # "A and B were ready to start talks with X but opposed opening them with Y": a "but"
        # followed by its verb shares the subject of the clause before it
        clause_start = s if last_sep.start() == s else clause_begin(text, s, last_sep.start())
    ands = list(finditer(_AND_CLAUSE_RX, text, clause_start, cue))
    am = ands[-1] if ands else None
    if am is not None and _FINITE_RX.search(text, clause_start, am.start()):
        # "France had lobbied for Romania, and Italy had led a drive to include Slovenia": the
        # second clause has its own subject (a list "A, B, and C have" has no verb before it)
        clause_start = am.start() + 6
    if _ING_RX.match(text, cue):  # "..., with Greece blocking it": Greece's own clause
        w = text.rfind(", with ", clause_start, cue)
        if w >= 0 and "," not in text[w + 7 : cue]:
            clause_start = w + 7
        else:
            # "preparing Ukraine for membership in the face of Hungary blocking negotiations":
            # a state right before the participle is its own subject
            right = [
                m for m in mentions_in(state, max(clause_start, cue - 40), cue) if m.end == cue - 1
            ]
            if (
                right
                and right[0].type == "state"
                and _OF_BEFORE_RX.search(
                    text, max(clause_start, right[0].start - 20), right[0].start
                )
            ):
                clause_start = right[0].start
    else:
        # "EU countries are split, with Austria, Hungary and Croatia in support": the states
        # of the absolute "with" hold the cue that ends it
        w = text.rfind(", with ", clause_start, cue)
        if w >= 0 and _WITH_LIST_RX.fullmatch(text, w + 7, cue):
            clause_start = w + 7
    ms = [
        m for m in mentions_in(state, clause_start, cue) if not m.place and not _of_place(state, m)
    ]
    ms = [m for m in ms if holder_iso(state, m)]
    if len(ms) > 1 and text.find(", ", clause_start, cue) >= 0:
        # "Austria, one of Croatia's neighbours, had pushed hard for ...": a state named in an
        # apposition after the subject is not the subject
        asides = [x.span() for x in _APPOSITION_RX.finditer(text, clause_start, cue)]
        if asides:
            outside = [m for m in ms if not any(a < m.start < b for a, b in asides)]
            if outside and outside[0].start < asides[0][0]:
                ms = outside
    if (
        text.find("MEP", clause_start, cue) >= 0
        or text.find("MP", clause_start, cue) >= 0
        or text.find("ean Parliament", clause_start, cue) >= 0
    ) and _MEP_RX.search(text, clause_start, cue):
        # "Two MEPs, Latvian socialist X and Slovakian Y, welcomed ...": members of the
        # European Parliament speak for their groups, not for their states
        ms = [m for m in ms if not (m.type == "state" and m.form == "demonym")]
    if strict:  # "would open talks with Bosnia ..., asking": an object is never the subject
        ms = [m for m in ms if not _not_subject(text, clause_start, cue, m)]
    # "ministers gave Armenia a MAP, and refused ...": a state after a verb of giving is its
    # object, whoever the subject is
    ms = [m for m in ms if not _GIVEN_RX.search(text, max(clause_start, m.start - 14), m.start)]
    if len(ms) > 1:
        kept: list[Any] = []
        prev: Any = None
        listed: Any = None
        for m in ms:
            # "counted on Turkey and Hungary to ...": a list after an object is objects too
            obj: Any = _not_subject(text, clause_start, cue, m)
            if (
                prev is not None
                and not obj
                and coordinated(text, prev, m)
                # "invited Albania and Croatia, and Greece objected": a new clause's subject
                and not (text.startswith(", and", prev.end) and _VERB_NEXT_RX.match(text, m.end))
            ):
                obj = listed  # a list goes with its first member
            else:
                listed = obj and _LIST_OBJECT_RX.search(text, max(0, m.start - 20), m.start)
            if not obj:
                kept.append(m)
            prev = m
        # all objects: the first stands in, unless it is what a pronoun subject invited or
        # admitted ("They invited Poland, Hungary and Estonia ... and promised ...")
        ms = kept or (
            []
            if _INVITED_BEFORE_RX.search(text, max(clause_start, ms[0].start - 20), ms[0].start)
            else ms[:1]
        )
    groups = _groups(state, clause_start, cue)
    if groups:
        ms = sorted(ms + groups, key=lambda m: m.start)
    if not ms:
        return []
    if len(ms) > 1:
        # "Five years on, against a backdrop reshaped by Russia's war, Hungary still blocks":
        # the subject right before the verb, after a comma; what the fronted phrase names is
        # not (a list of subjects stays whole)
        tail = [ms[-1]]
        for m in reversed(ms[:-1]):
            if not coordinated(text, m, tail[0]):
                break
            tail.insert(0, m)
        if (
            len(tail) < len(ms)
            and text.endswith(", ", 0, tail[0].start)
            and _SUBJECT_GAP_RX.fullmatch(text, tail[-1].end, cue)
        ):
            ms = tail
    verbs = list(SAID_RX.finditer(text, clause_start, cue))
    speech = verbs[-1] if verbs else None
    if speech is not None:
        after = [m for m in ms if m.start >= speech.end()]
        if cands:  # "said Sweden's protocol would ...": the candidate's noun is the subject
            after = [m for m in after if m.country_iso3 not in cands or not _possessive(text, m)]
        if not after and _OTHERS_RX.match(text, speech.end(), cue):
            return []  # "argued that member states backing the bid ...": others hold it
        ms = after or ms
    first = prev = ms[0]
    persons = [m for m in ms if m.type == "person"]
    last = ms[-1]
    if (
        persons
        and last.type == "state"
        and last.start > persons[0].end
        and _SUBJECT_GAP_RX.fullmatch(text, last.end, cue)
    ):
        # "Sikorski confirmed that Hungary is blocking ...": the state right before the cue
        # is its subject, not the person who reports it
        group = [last]
        for m in reversed(ms[:-1]):
            if m.type != "state" or not coordinated(text, m, group[0]):
                break
            group.insert(0, m)
        return list(dict.fromkeys(iso for m in group if (iso := holder_iso(state, m))))
    if persons:
        return [holder_iso(state, persons[0]) or ""]
    out: list[str] = []
    for m in ms:
        iso = holder_iso(state, m)
        if not iso or iso in out:
            continue
        if cands and iso in cands and m is not first and not coordinated(text, prev, m):
            continue
        out.append(iso)
        prev = m
    if cands and out and out[0] in cands and first.start > clause_start + 40:
        return []
    return out


# After a speech verb, a subject that is not the speaker's own ("said other allies backed",
# "argued that member states supporting the bid ..."): the speaker reports others' positions.
_OTHERS_RX = re.compile(
    r"\s+(?:(?:on|last|this|late on|early on)\s+\w+\s+)?(?:that\s+)?"
    r"(?:(?:the|some|many|most|several|other|those|these|all)\s+)*"
    r"(?:member states|members|allies|countries|governments|states|capitals|others|critics|"
    r"opponents|supporters)\b"
)


def _possessive(text: str, m: Mention) -> bool:
    return text.startswith(("'s ", "’s "), m.end)


# A state named as an object ("told Hungary", "talks with Austria", "unlike Poland") or inside
# a relative clause ("Poland, which Hungary accuses ...,") is not the subject of the cue.
_OBJECT_BEFORE_RX = re.compile(
    r"(?:\b(?:told|tells|telling|with|to|from|against|urged|urges|asked|asks|accus\w+|"
    r"unlike|than|toward|towards|persuad\w+|pressed|pressing|criticis\w+|criticiz\w+|"
    r"visit\w*|met|meeting|call\w* on|about|over|count\w* on|rel(?:y|ies|ied|ying) on|"
    r"expect\w*|wants?|wanted|invit(?:ed|es|ing)|admit(?:ted|s|ting))\s+(?:the\s+)?(?:\w+\s+)?)$"
)
# "Foreign ministers from Denmark, Norway and Iceland expressed support": the officials'
# states, the subject (not "a letter from Kyiv", "pressure from Russia")
_FROM_STATES_RX = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Oo]fficials|[Rr]epresentatives|[Dd]iplomats|[Dd]elegations?"
    r"|[Ee]nvoys|[Pp]residents|[Gg]overnments|[Ll]awmakers|[Dd]elegates|[Pp]remiers) from\s+"
    r"(?:the\s+)?$"
)
# A verb whose object list may be long ("counted on Turkey and Hungary to complete ...").
_LIST_OBJECT_RX = re.compile(
    r"\b(?:told|urged|urges|asked|asks|count\w* on|rel(?:y|ies|ied) on|expect\w*|wants?|wanted|"
    r"invit(?:ed|es|ing)|admit(?:ted|s|ting)|"
    r"persuad\w+|pressed|call\w* on)\s+(?:the\s+)?$"
)
_INVITED_BEFORE_RX = re.compile(
    r"\b(?:[Tt]hey|[Ii]t|[Ww]e) (?:invit(?:ed|e)|admit(?:ted)?)\s+(?:the\s+)?$"
)
_RELATIVE_RX = re.compile(r", (?:which|who|whom|whose|where|that)\b[^,;]*$")


def _of_place(state: DocState, m: Mention) -> bool:
    """ "in Tallinn, Estonia,": the country of a place just named is no subject; nor is
    the demonym of a place ("in the Romanian capital"), nor the state a war is fought in or
    against ("the war in Ukraine", "Russia's invasion of Ukraine")."""
    if m.type == "state" and _PLACE_NOUN_RX.match(state.text, m.end):
        return True
    if m.type == "state" and m.form == "demonym" and _MEDIA_NOUN_RX.match(state.text, m.end):
        return True  # "told the British newspaper Financial Times": the outlet's, no holder
    if m.type == "state" and _WAR_IN_RX.search(state.text, max(0, m.start - 40), m.start):
        return True  # "The war in Ukraine has led Finland and Sweden to apply": the theatre
    if m.type != "state" or m.start < 2 or state.text[m.start - 2 : m.start] != ", ":
        return False
    before = [p for p in state.mentions if p.end == m.start - 2]
    return bool(before) and before[0].place and before[0].country_iso3 == m.country_iso3


_GIVEN_RX = re.compile(r"\b(?:gave|granted|offered|handed|awarded|sent)\s+$")
_WAR_IN_RX = re.compile(
    r"\b(?:war|invasion|conflict|fighting|aggression|attack|offensive|occupation)\s+"
    # "as war rages in Ukraine", "the fighting raging in Ukraine"
    r"(?:(?:rages|raging|raged|continues|continuing|goes on|going on)\s+)?(?:in|on|of|"
    r"against)\s+(?:the\s+)?\Z"
)
_MEDIA_NOUN_RX = re.compile(
    r" (?:state |public |private |daily |weekly )?(?:" + OUTLET_NOUN + r"|media|press)\b"
)
_PLACE_NOUN_RX = re.compile(r" (?:capital|city|port|coast|border|town|resort|countryside)\b")


def _not_subject(text: str, a: int, cue: int, m: Mention) -> bool:
    before = text[max(a, m.start - 30) : m.start]
    if _OBJECT_BEFORE_RX.search(before.lower()) and not _FROM_STATES_RX.search(before):
        return True
    rel = _RELATIVE_RX.search(text, a, m.start)
    return rel is not None and "," in text[m.end : cue]


def coordinated(text: str, prev: Mention, m: Mention) -> bool:
    """ "Moldova and Ukraine opened": a list of subjects, each a holder."""
    return prev.end <= m.start and text[prev.end : m.start] in _COORDINATORS


# "France and the Netherlands", "the US, the UK and Germany": the article of a state's name
# is not part of its mention
_COORDINATORS = frozenset(
    (" and ", ", ", ", and ", " & ", " and the ", ", the ", ", and the ", " & the ")
)
# After a negation "or" lists them all too ("failed to convince France, Germany or Spain").
COORDINATORS_OR = _COORDINATORS | frozenset((" or ", ", or ", " or the ", ", or the "))


# Groups of states named as one subject, expanded to their members. Only fixed, unambiguous
# groups: "the Nordic countries" is left out (Finland and Sweden were long outside NATO).
def group_mentions(state: DocState, a: int, b: int) -> list[Mention]:
    """Pseudo-mentions, one per member, for "the Baltic states" in text[a:b] (see `_groups`)."""
    return _groups(state, a, b)


def _groups(state: DocState, a: int, b: int) -> list[Mention]:
    """Pseudo-mentions, one per member, for "the Baltic states" in text[a:b]."""
    low = lowered(state)
    seg = low[a:b]
    if not any(k in seg for k in STATE_GROUP_KEYS):
        return []
    out = []
    for m in STATE_GROUP_RX.finditer(low, a, b):
        for i, iso in enumerate(group_members(m)):
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


def pronoun_holder(state: DocState, s: int, cue: int, cands: set[str]) -> str | None:
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
            holder_iso(state, m)
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
