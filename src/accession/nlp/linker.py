"""Stage `linker.v1`: mentions -> entities (one per actor) with their office on the date.

Why: the FORMAT.md output has one item per distinct entity; evidence and stances need the
state a person speaks for on the publication date (a foreign minister speaks for the state,
`kb.persons[..].office_on(date)`). The helpers at the bottom resolve a speaker phrase
("he", "it", "the Ukrainian minister", "a senior NATO diplomat") to an entity or to nobody.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from accession.kb.names import fold as _fold
from accession.nlp.lexicon import (
    SPEECH_VERBS,
    STATE_GROUP_KEYS,
    STATE_GROUP_RX,
    Lexicon,
    group_members,
    role_kind,
)
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import lowered, mentions_in

# A pure function of a name; the same organisation names and aliases recur: cache it.
fold = functools.lru_cache(maxsize=65536)(_fold)

_GENERIC_ORG_WORDS = re.compile(r"^(?:[Pp]arliament|National Assembly|Alliance|alliance)$")
ROLE_LABEL = {
    "head_of_state": "President",
    "head_of_government": "Prime Minister",
    "foreign_minister": "Minister of Foreign Affairs",
    "defence_minister": "Minister of Defence",
    "secretary_general": "Secretary General",
}


def _link_person(
    m: Mention, state: DocState, res: Any, offices: dict[str, Any] | None = None
) -> None:
    """`offices`: the office found per person id, for the article (its date is fixed)."""
    pid = m.key.split(":", 1)[1]
    person = res.kb.persons.get(pid) if res.kb is not None else None
    if person is None:
        return
    if offices is not None and pid in offices:
        office = offices[pid]
    else:
        office = person.office_on(state.published) if state.published else None
        if office is None and person.offices:
            office = max(person.offices, key=lambda o: o.start or o.end or state.published or 0)
        if offices is not None:
            offices[pid] = office
    if office is not None:
        m.role = office.role
        m.role_kind = office.role_kind
        # an office of an organisation (the EU's commissioners, NATO's secretary general)
        # speaks for that organisation, not for the holder's country
        m.country_iso3 = office.state or (None if office.organization else person.country_iso3)
    else:
        m.country_iso3 = m.country_iso3 or person.country_iso3


def _written(ms: list[Mention]) -> list[str]:
    """The forms written in the article, as aliases — not a bare common noun ("parliament",
    "the committee", "the president"): two bodies or persons sharing that word would read as
    one entity."""
    return [
        m.text
        for m in ms
        if (m.text[:1].isupper() or m.type != "organization") and m.form != "office"
    ]


# "EU", "UN", "E.U.": a body's initials stand for its full name, which readers (and
# annotators) give as the canonical; an acronym read as a word ("NATO") is a name of its own,
# and so are a news agency's initials ("AFP", "AP")
_INITIALISM_RX = re.compile(r"(?:[A-Z]\.?){2,3}")


def _canonical(ms: list[Mention], lex: Lexicon) -> str:
    first = ms[0]
    if first.type == "state":
        return first.canonical
    if first.type == "person":
        full = [m.text for m in ms if m.form == "person" and " " in m.text]
        return max(full, key=len) if full else first.canonical
    proper = [
        m.text
        for m in ms
        if not _GENERIC_ORG_WORDS.match(m.text)
        and m.text[:1].isupper()
        and m.form in ("org", "media")
    ]
    if (
        proper
        and not (first.form == "org" and _INITIALISM_RX.fullmatch(proper[0]))
        and not _described(proper[0], lex)
        and any(fold(proper[0]) == fold(a) for a in (first.canonical, *first.aliases))
    ):
        return proper[0]
    return first.canonical


_LOWER_OK = frozenset(
    ("of", "the", "for", "and", "on", "de", "la", "le", "du", "des", "van", "von")
)


def _described(name: str, lex: Lexicon) -> bool:
    """ "EU executive", "the EU's executive", "France press": another body's or a state's name
    and a description in lower case, not the body's own name (the annotators give that name:
    European Commission, Agence France-Presse). "Turkish parliament" stays as written: the
    annotators write a parliament so about as often as by its name."""
    words = name.split()
    if len(words) < 2 or not any(w[:1].islower() and w not in _LOWER_OK for w in words[1:]):
        return False
    head = words[0].removesuffix("'s").removesuffix("’s")
    if _INITIALISM_RX.fullmatch(head):
        return True
    entry = lex.lookup(head)
    return entry is not None and entry.type == "state" and entry.form == "state_name"


# "Niinisto has announced that his country will apply", "should not expect his country's
# backing": the state of the person just named.
_HIS_COUNTRY_RX = re.compile(r"\b(?:his|her) (?:country|nation|government)\b")
_HIS_COUNTRY_WORDS = tuple(
    f"{p} {n}" for p in ("his", "her") for n in ("country", "nation", "government")
)


def _his_country(state: DocState, lex: Lexicon) -> None:
    """Adds the state a person speaks for where the text calls it "his/her country": the
    first person named before it in its sentence (the subject: "Erdogan told Kristersson that
    his country ..."), else the last one of the sentence before, when linked to a state (an
    organisation's office-holder has none)."""
    added = []
    for hm in _HIS_COUNTRY_RX.finditer(state.text):
        si = state.sentence_of(hm.start())
        s = state.sentences[si][0]
        own = [m for m in mentions_in(state, s, hm.start()) if m.type == "person"]
        before = [
            m
            for m in mentions_in(state, state.sentences[max(0, si - 1)][0], s)
            if m.type == "person"
        ]
        person = own[0] if own else (before[-1] if before and si > 0 else None)
        iso = person.country_iso3 if person is not None else None
        name = lex.state_names.get(iso or "")
        entry = lex.lookup(name) if name else None
        if entry is None or entry.type != "state":
            continue
        m = Mention(
            hm.start(), hm.end(), hm.group(), "state", entry.key, entry.canonical, iso, "state_name"
        )
        m.sentence, m.implied = si, True
        added.append(m)
    if added:
        state.mentions = sorted(state.mentions + added, key=lambda m: (m.start, -m.end))


def _group_members(state: DocState, lex: Lexicon) -> None:
    """ "NATO's expansion to the Baltic states": each member of a named group of states is a
    state of its sentence (implied, as "his country" is: read by frames and stances, not an
    actor of its own, since the text names no state)."""
    low = lowered(state)
    if not any(k in low for k in STATE_GROUP_KEYS):
        return
    taken = {(m.start, m.key) for m in state.mentions}
    added = []
    for gm in STATE_GROUP_RX.finditer(low):
        if (gm.start() and low[gm.start() - 1].isalnum()) or low[gm.end() : gm.end() + 1].isalnum():
            continue  # inside a longer word ("the Baltic statesman")
        si = state.sentence_of(gm.start())
        for i, iso in enumerate(group_members(gm)):
            entry = lex.lookup(lex.state_names.get(iso, ""))
            if entry is None or (gm.start() + i, entry.key) in taken:
                continue
            m = Mention(
                gm.start() + i,
                gm.end(),
                state.text[gm.start() : gm.end()],
                "state",
                entry.key,
                entry.canonical,
                iso,
                "state_name",
            )
            m.sentence, m.group = si, True
            added.append(m)
    if added:
        state.mentions = sorted(state.mentions + added, key=lambda m: (m.start, -m.end))


def _dated_by_offices(state: DocState, res: Any) -> dt.date | None:
    """A story that names no date at all is dated by its office-holders: the terms of the
    persons it names with their office ("U.S. President George W. Bush", "Secretary General
    Jaap de Hoop Scheffer") overlap in one span, whose first day is taken: who was a member
    then decides who can be a candidate (without a date every state named could be one), and
    the earliest day keeps a state whose accession is the news a candidate."""
    if res.kb is None:
        return None
    lo, hi = dt.date.min, dt.date.max
    found = False
    for m in state.mentions:
        if m.type != "person" or not m.role:
            continue
        person = res.kb.persons.get(m.key.split(":", 1)[1])
        role = m.role.lower()
        terms = [
            o
            for o in (person.offices if person is not None else ())
            if o.start is not None and (o.role.lower() in role or role in o.role.lower())
        ]
        if len(terms) != 1:
            continue  # unknown, or the office held more than once: no single span
        o = terms[0]
        lo, hi = max(lo, o.start), min(hi, o.end or dt.date.today())
        found = True
    if not found or lo > hi:
        return None
    return lo


def linker_stage(state: DocState, res: Any) -> None:
    lex: Lexicon = res.lexicon
    groups: dict[str, list[Mention]] = {}
    offices: dict[str, Any] = {}
    if state.published is None:
        state.published = _dated_by_offices(state, res)
        state.published_coarse = state.published is not None
    elif state.published_coarse:
        # a year named in the background ("the 10 countries that entered the EU in 2004")
        # is weaker than the offices of those quoted ("European Commission President Jose
        # Manuel Barroso", from late 2004): the later of the two
        by_office = _dated_by_offices(state, res)
        if by_office is not None and by_office > state.published:
            state.published = by_office
    for m in state.mentions:
        if m.type == "person":
            _link_person(m, state, res, offices)
    if any(w in state.text for w in _HIS_COUNTRY_WORDS):  # one is in every match
        _his_country(state, lex)
    _group_members(state, lex)
    for m in state.mentions:
        groups.setdefault(m.key, []).append(m)
    # surnames inherit what their full mention learned
    for ms in groups.values():
        if ms[0].type == "person":
            base = next((m for m in ms if m.role), ms[0])
            for m in ms:
                m.role = m.role or base.role
                m.role_kind = m.role_kind or base.role_kind or role_kind(m.role)
                m.country_iso3 = m.country_iso3 or base.country_iso3
    entities: dict[str, dict[str, Any]] = {}
    for key, ms in groups.items():
        actor_ms = [
            m for m in ms if not m.attribute and not m.place and not m.implied and not m.group
        ]
        first = ms[0]
        canonical = _canonical(ms, lex)  # the KB's name stays an alias when the written wins
        entities[key] = {
            "key": key,
            "type": first.type,
            "canonical": canonical,
            "kb_canonical": first.canonical,
            "country_iso3": next((m.country_iso3 for m in ms if m.country_iso3), None),
            "role": next((m.role for m in ms if m.role), None),
            "role_kind": next((m.role_kind for m in ms if m.role_kind), None),
            "aliases": sorted({*first.aliases, first.canonical, *_written(ms)} - {canonical}),
            "mentions": ms,
            "actor": bool(actor_ms),
            "first": (actor_ms or ms)[0],
        }
    state.entities = entities
    actors = []
    for ent in entities.values():
        if not ent["actor"]:
            continue
        m = ent["first"]
        actors.append(
            {
                "mention": m.text,
                "canonical": ent["canonical"],
                "aliases": ent["aliases"],
                "type": ent["type"],
                "country_iso3": ent["country_iso3"]
                if ent["type"] != "organization" or ent["country_iso3"]
                else None,
                "role": ent["role"],
                "start": m.start,
                "end": m.end,
                "mentions": len(ent["mentions"]),
            }
        )
    actors.sort(key=lambda a: a["start"])
    state.actors = actors


# ---- speaker resolution (used by quotes and stances) ---------------------------------------

_UNNAMED_RX = re.compile(
    r"\b(?:an?|one|two|three|several|some|many)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:diplomats?|officials?|sources?|source|person|people|aides?|insiders?|observers?|"
    r"analysts?|experts?|spokes(?:man|woman|person)|minister|lawmakers?|ambassadors?)\b"
    r"|\b(?:diplomats|officials|sources|analysts|observers|critics)\b"
    r"|\bthe official\b|\bthe diplomat\b|\bthe source\b",
    re.I,
)
_ORG_NOUN_RX = re.compile(
    r"the\s+(?:[\w-]+\s+)?(ministry|government|parliament|commission|council|party|embassy"
    r"|office|assembly|department)\s*$",
    re.I,
)
# The role nouns a phrase ("the Slovak prime minister") or a sentence's subject ("The
# Secretary General thanked ...") may refer back with.
_ROLE_NOUNS = (
    r"foreign minister|defen[cs]e minister|prime minister|minister|president|chancellor|premier|"
    r"secretary[- ]general|secretary|leader|spokes(?:man|woman|person)|commissioner"
)
_ROLE_NOUN_RX = re.compile(
    r"\bthe\s+(?:(?!(?:prime|foreign|defen[cs]e)\b)([A-Z][\w-]+)\s+)?(" + _ROLE_NOUNS + r")\b",
    re.I,
)


_COUNTRY_OFFICIAL_RX = re.compile(
    r"(?:[Tt]he\s+(?:(?:chief|top|leading|senior)\s+)?(?:([A-Z][\w.-]+)\s+(?:official|diplomat|envoy|"
    # "the Belgian MFA said" (a minister of foreign affairs), "the Greek FM"
    r"MFA|FM)"
    r"|head\s+of\s+([A-Z][\w.-]+)\s+"
    r"diplomacy)|(?:his|her|their)\s+([A-Z][\w.-]+)\s+(?:colleague|counterpart))"
)  # "his Greek colleague added", after Tsipras is named: the last person of that country


def last_mention(
    state: DocState,
    before: int,
    types: tuple[str, ...],
    exclude: list[tuple[int, int]] | None = None,
) -> Mention | None:
    """The mention a pronoun points at: the closest fitting one earlier in its own sentence,
    else the first (the subject) of the nearest earlier sentence that has one; mentions inside
    quotes are skipped ("he said" after a quote naming someone else)."""
    exclude = exclude or []

    def fits(m: Mention) -> bool:
        if m.type not in types or m.place or m.attribute:
            return False
        if m.type == "state" and m.form not in ("state_name", "metonym", "capital"):
            return False
        return not any(a <= m.start < b for a, b in exclude)

    si = state.sentence_of(before)
    by_sentence: dict[int, list[Mention]] = {}
    # a mention of sentence si - 3 or later starts at or after the start of sentence si - 4
    lo = state.sentences[si - 4][0] if si >= 4 else 0
    for m in mentions_in(state, lo, before):
        if si - 3 <= m.sentence <= si and fits(m):
            by_sentence.setdefault(m.sentence, []).append(m)
    if by_sentence.get(si):
        return by_sentence[si][-1]
    for j in range(si - 1, si - 4, -1):
        got = by_sentence.get(j)
        if got:
            # the one who speaks in that sentence ("Thanking President Macron for his
            # efforts, Kovacevski said ..."), else its first, the subject
            said = [m for m in got if _SAID_NEXT_RX.match(state.text, m.end)]
            return said[-1] if said else got[0]
    return None


# A sentence whose subject is a role noun ("The Secretary General thanked President Niinistö
# ...", "The Turkish president later said ..."): the role's holder, not the person it names
# after it, is the topic a following "he" goes on with.
_ROLE_SUBJECT_START_RX = re.compile(
    r"\s*([Tt]he (?:[A-Z][\w-]+ )?(?i:"
    + _ROLE_NOUNS
    + r"))(?: also| later| then| further| again)? "
    # a verb follows, not the rest of a longer noun phrase ("The leader of the party, X,")
    r"(?!(?:of|in|at|for|from|to|with|on|and|or|who|whose|that|the|a|an)\b)[a-z]"
)


def _role_subject_since(
    state: DocState,
    m: Mention | None,
    pos: int,
    res: Any,
    exclude: list[tuple[int, int]] | None,
) -> Mention | None:
    """The holder of a role-noun subject that opens a sentence after the pronoun's nearest
    named person (or the one that names it, before it): the subject is the topic."""
    si = state.sentence_of(pos)
    lo = m.sentence if m is not None else max(0, si - 3)
    text = state.text
    for j in range(si - 1, lo - 1, -1):
        s = state.sentences[j][0]
        rm = _ROLE_SUBJECT_START_RX.match(text, s)
        if rm is None or (m is not None and j == m.sentence and m.start < rm.end(1)):
            continue
        kind, who = resolve_phrase(state, rm.group(1), s, res, exclude)
        if kind == "entity" and who is not None and who.type == "person":
            return who
        return None
    return None


def _title_person(state: DocState, pos: int) -> Mention | None:
    """A story cut before its first name ("“...,” he said of Ukraine" opening an excerpt):
    "he" is the one person the text names later whose surname the headline carries."""
    title = state.title
    if not title:
        return None
    found: dict[str, Mention] = {}
    for m in state.mentions:
        if m.type != "person" or m.attribute:
            continue
        if m.start < pos:
            return None  # someone was named before: "he" is not left without a referent
        surname = m.canonical.split()[-1]
        if len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", title):
            found.setdefault(m.key, m)
    return next(iter(found.values())) if len(found) == 1 else None


_SAID_NEXT_RX = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?(?:" + SPEECH_VERBS + r")\b")


def resolve_phrase(
    state: DocState,
    phrase: str,
    pos: int,
    res: Any,
    exclude: list[tuple[int, int]] | None = None,
) -> tuple[str, Any]:
    """Who a speaker phrase refers to: ("entity", Mention) | ("unnamed", None) | ("none", None)."""
    p = phrase.strip()
    low = p.lower()
    if low in ("he", "she", "him", "her"):
        m = last_mention(state, pos, ("person",), exclude)
        subj = _role_subject_since(state, m, pos, res, exclude)
        m = subj or m or _title_person(state, pos)
        return ("entity", m) if m else ("none", None)
    if low in ("it",):
        m = last_mention(state, pos, ("organization", "state"), exclude)
        return ("entity", m) if m else ("none", None)
    if low in ("they", "we", "i"):
        return ("none", None)
    om = _COUNTRY_OFFICIAL_RX.fullmatch(p)
    if om is not None:
        # "the US official added" after Blinken is named: the last person of that country
        e = res.lexicon.lookup(om.group(1) or om.group(2) or om.group(3))
        iso = e.country_iso3 if e else None
        for m in reversed(mentions_in(state, 0, pos)):
            if iso and m.type == "person" and m.country_iso3 == iso and not m.attribute:
                return "entity", m
            if (
                e is not None
                and e.type == "organization"
                and m.type == "person"
                and m.country_iso3 is None
                and m.role
            ):
                # "the top NATO official added" after Stoltenberg: the last person who holds
                # an office of no state
                return "entity", m
        return "unnamed", None
    rm = _ROLE_NOUN_RX.search(p)
    if rm and not re.match(r"\s*(?:an?|one)\b", p, re.I):
        word, noun = rm.group(1), rm.group(2).lower()
        want = role_kind(noun)
        lex: Lexicon = res.lexicon
        iso = None
        if word:
            e = lex.lookup(word)
            iso = e.country_iso3 if e else None
        for m in reversed(mentions_in(state, 0, pos)):
            if m.type != "person":
                continue
            if iso and m.country_iso3 and m.country_iso3 != iso:
                continue
            if iso and m.country_iso3 is None and m.role:
                continue  # "the Kosovar President" is not the European Council's president
            if (
                want in (None, "other")
                or m.role_kind in (want, None)
                or noun in (m.role or "").lower()
            ):
                return "entity", m
        return "unnamed", None
    om = _ORG_NOUN_RX.match(p)
    if om:  # "the ministry said": the last organisation of that kind named before
        noun = om.group(1).lower()
        # "the department": a ministry or office named before ("Ukraine's Ministry of Foreign
        # Affairs ... The department added")
        nouns = ("department", "ministry", "office") if noun == "department" else (noun,)
        for m in reversed(mentions_in(state, 0, pos)):
            if (
                m.type == "organization"
                and any(n in m.canonical.lower() for n in nouns)
                and not any(a <= m.start < b for a, b in exclude or [])
            ):
                return "entity", m
    if _UNNAMED_RX.search(p):
        return "unnamed", None
    return "none", None


def speaker_of(state: DocState, mention: Mention) -> dict[str, Any]:
    """The entity record behind a mention."""
    return state.entities[mention.key]
