"""Stage `mentions.v1`: spans that name states, organisations and persons.

Why this order: gazetteer terms (one trie regex) first, then person names (capitalised
runs checked against the KB by skeleton, or accepted as unknown persons when a role word
precedes them or a speech verb follows), then surnames that repeat a person already named,
then parliaments and ministries built from a state word. Overlaps keep the longest span.
Each mention is flagged when it is only an attribute ("Slovak Prime Minister") or a place
("talks in Brussels"): such mentions do not make a state an actor of the article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from typing import Any

from rapidfuzz import fuzz, process

from accession.kb.names import skeleton as _skeleton
from accession.nlp.dates import MONTH_NAMES, WEEKDAY_NAMES
from accession.nlp.lexicon import (
    ATTRIBUTE_NOUN_RX,
    CAP_TOKEN_RX,
    CHAMBER_WORDS,
    EVENT_AFTER_RX,
    HONORIFIC_ROLES,
    LEAD_VERB_RX,
    LEAD_VERBS,
    NAME_PARTICLES,
    NAME_RX,
    OUTLET_NOUN,
    PLACE_BEFORE_RX,
    ROLE_WORDS,
    SPEECH_VERB_WORDS,
    SPEECH_VERBS,
    TITLE_STATES,
    Entry,
    Lexicon,
    role_kind,
    trie_regex,
)
from accession.nlp.pipeline import DocState, Mention

# The name skeleton is a pure function and the same tokens recur across articles: cache it.
skeleton = functools.lru_cache(maxsize=65536)(_skeleton)

_ROLE_RX = re.compile(
    r"(?<![\w-])(?:" + trie_regex(sorted(ROLE_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)
_ROLE_TAIL_RX = re.compile(
    r"(?:" + trie_regex(sorted(ROLE_WORDS, key=len, reverse=True)) + r")"
    # "Ambassador to the United States Christian Prikk": an envoy's post is "to" a state;
    # "Russia's ambassador in Sarajevo, Igor Kalabukhov,": or "in" its capital
    r"(?:\s+(?:for|of|to|in)(?:\s+the)?(?:\s+(?:and\s+)?[A-Z][\w-]*)+)?,?\s*$"
)
# A lower-case role with its portfolio in apposition before a name: "the Czech minister
# for European affairs, Mikuláš Bek," / "minister of state for Europe, Michael Roth," —
# the portfolio's words are not capitalised, so `_ROLE_TAIL_RX` cannot reach the role.
_ROLE_PORTFOLIO_TAIL_RX = re.compile(
    r"(?<![\w-])(?P<role>minister|commissioner|secretary|envoy|ambassador|spokes(?:man|woman|person)"
    r"|representative|head|chief|director|chair(?:man|woman)?|leader|speaker)"
    r"(?:\s+(?:for|of|to)(?:\s+the)?(?:\s+(?:and\s+)?[\w’'-]+){1,4}){1,2},\s*$"
    # "the EU's foreign policy chief, Federica Mogherini,"
    r"|(?<![\w-])(?:foreign[- ]policy|security|defen[cs]e|diplomatic|trade|economic|energy|"
    r"enlargement|migration|competition) (?P<role2>chief|head|czar|tsar|supremo),\s*$"
)
# A role in apposition after a name unknown to the knowledge base: "Hristo Ivanov,
# co-chair of Democratic Bulgaria," / "Jane Roe, a spokeswoman for the ministry,".
_ROLE_AFTER_RX = re.compile(
    # (an abbreviated state among the modifiers: "Philip Gordon, the U.S. assistant secretary
    # of state for European affairs,")
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:[’']s)?|[A-Z]\.(?:[A-Z]\.)+)\s+)"
    r"{0,3}?"
    r"(?P<role>co-chair(?:man|woman|person)?|chair(?:man|woman)?|leader|head|representative"
    r"|delegate|spokes(?:man|woman|person)|speaker"
    r"|minister|president|ambassador|envoy|commissioner|adviser|advisor|director|secretary"
    r"|deputy|mayor|governor|founder|negotiator|member|fellow|analyst|expert|professor"
    r"|researcher|scholar)\s+(?:of|for|at|to|in|with)\b"
    # "Jack Straw, the British foreign secretary," / "X, the tribunal's chief prosecutor,"
    r"|,\s+the\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)(?:[’']s)?\s+){0,3}?"
    r"(?P<role2>secretary|"
    r"minister|prosecutor|chancellor|president|premier|spokes(?:man|woman|person)|ambassador"
    r"|envoy|commissioner|chairman|chairwoman|adviser|advisor|director|negotiator)\s*[,.;]"
    # an office capitalised as a title: "Borjana Krišto, Chairwoman of the Council of Ministers"
    r"|,\s+(?:the\s+)?(?P<role3>(?:Deputy |Vice[- ])?(?:Chair(?:man|woman|person)?|President"
    r"|Prime Minister|Minister|Speaker|Ambassador|Commissioner|Secretary(?:[- ]General)?"
    r"|Director|Head|Leader|Spokes(?:man|woman|person)|Governor|Mayor))\s+(?:of|for|to)\s"
)
_COMPASS_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
)
# A capitalised run ending in a place word is a place, not an unknown person: "Central
# and Eastern Europe declared", "Democratic Bulgaria, which tabled the motion, said".
_PLACE_WORDS = frozenset(
    {"Europe", "Asia", "Africa", "America", "Balkans", "Caucasus", "Union", "Alliance"}
)
_REGION_WORDS = _PLACE_WORDS | _COMPASS_WORDS
# Offices that end a capitalised run with no name in it ("Permanent Representative of Poland").
_OFFICE_WORDS = frozenset(
    {"Representative", "Ambassador", "Envoy", "Minister", "Secretary", "Commissioner"}
)
# The words for a people rather than a state's own adjective ("Serb" beside "Serbian").
_ETHNIC_FORMS = frozenset({"Serb", "Serbs", "Croat", "Croats", "Bosniak", "Bosniaks"})
_PARTICLES = frozenset(NAME_PARTICLES.split("|"))
_OF_STATE_RX = re.compile(r" of (?:the )?(?=[A-Z])")
_WHO_AFTER_RX = re.compile(r",\s+who\s+(?!is |was |are |were )[a-z]")
_IN_RELATIVE_RX = re.compile(r",\s+(?:who|which)\s[^,;\"“”]*$")
_SAID_AFTER_QUOTE_RX = re.compile(r"[\"”’″],?\s+(?:" + SPEECH_VERBS + r"|asked)\s+$")
_INVERTED_BEFORE_RX = re.compile(LEAD_VERB_RX + r"\s+$")
_LEAD_VERBS = frozenset(LEAD_VERBS)
_LEAD_VERB_SPACES = tuple(v + " " for v in _LEAD_VERBS)
_QUOTE_NEXT_RX = re.compile(r"\s*[:,]?\s*[\"“]")
_NAME_END_RX = re.compile(r"\s*(?:[,.;:]|$|\s+(?:in|on|at|after|before|of|from|who)\b)")
_SPEECH_AFTER_RX = re.compile(
    r"(?:\s*,[^,.;]{2,80},)?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+)?"
    r"(?:" + SPEECH_VERBS + r")\b"
)
# A US legislator's party and state after the name: "Jim Risch (R-Idaho)".
_PARTY_TAG_RX = re.compile(r" \((?:R|D|I)-[A-Z][\w. ]{0,15}\)")
# What `_parliament_spans` finds (with a leading \b); kept for the tests that compare them.
_PARLIAMENT_RX = re.compile(r"(?:[Pp]arliament|National Assembly)\b")
_MINISTRY_RX = re.compile(
    r"(?:’s|'s)?\s+(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior)\s+(?:[Mm]inistry|[Oo]ffice)\b"
    # "Ukraine's Ministry of Foreign Affairs"
    r"|(?:’s|'s)\s+Ministry of (?:Foreign Affairs|Defen[cs]e|the Interior|European Affairs|"
    r"Foreign and European Affairs|Europe and Foreign Affairs)\b"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Or",
        "If",
        "As",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "Following",
        "According",
        "However",
        "Although",
        # sentence-initial adverbs and participles: "Later Elsa del Monte reported ..."
        "Later",
        "Earlier",
        "Meanwhile",
        "Then",
        "Also",
        "Still",
        "Now",
        "Today",
        "Yesterday",
        "Asked",
        "Speaking",
        *WEEKDAY_NAMES,
        *MONTH_NAMES,
    ]
)


# Offices in the plural before a list of names ("Foreign Ministers Toomas Ilves of Estonia,
# Valdis Birkavs of Latvia and ...") and pronouns after one ("... NATO. He explained"): never
# part of a name.
_PLURAL_ROLES = frozenset(
    ("Presidents", "Ministers", "Premiers", "Chancellors", "Secretaries", "Senators")
    + ("Ambassadors", "Commissioners", "Leaders", "Generals", "Envoys", "Spokesmen")
)
_PRONOUNS = frozenset(("He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their"))
# Capitalised words of an office's institution that run into the holder's name in a title
# ("Spokesman for the Hungarian Government Zoltan Kovacs"): never the start of a name.
_INSTITUTION_WORDS = frozenset(
    ("Government", "Ministry", "Cabinet", "Presidency", "Embassy", "Parliament", "Office")
    # "Deputy Foreign Minister of the Russian Federation Alexander Grushko"
    + ("Federation", "Republic", "Kingdom")
)


# Nouns that end a body's or an occasion's name, never a person's.
_BODY_NOUNS = frozenset(
    ("Assembly", "Session", "Council", "Committee", "Commission", "Summit", "Conference")
    + ("Court", "Senate", "Congress", "Parliament", "Ministry", "University", "Institute")
    + ("Foundation", "Academy", "Treaty", "Agreement")
)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return bool(spans) and any(s <= pos < e for s, e in spans)


def _in_occupied(pos: int, starts: list[int], reach: list[int]) -> bool:
    """`_in_spans` over spans sorted by start: `starts`, and `reach[i]` the furthest end of
    the first i + 1 spans (a span holding `pos` starts at or before it)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < reach[i]


def _gazetteer(state: DocState, lex: Lexicon) -> list[Mention]:
    text, out = state.text, []
    assert lex.term_rx is not None
    terms = lex.terms
    for m in lex.term_rx.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "-_"):
            continue
        hits = terms.get(m.group())  # `lex.lookup`, inlined
        if not hits:
            continue
        if m.group() in _BARE_BODIES and _QUALIFIER_BEFORE_RX.search(text, max(0, s - 25), s):
            continue  # "National Security Council adviser", "Georgian Security Council"
        e = m.end()
        out.append(_mention(s, e, text, hits[0]))
    return out


# A body's bare name that a state's own body shares: "Security Council" is the UN's only when
# no state's adjective or "National" comes right before it.
_BARE_BODIES = frozenset(("Security Council",))
_QUALIFIER_BEFORE_RX = re.compile(
    r"\b(?:National|State|Federal|Supreme|[A-Z][a-z]+(?:an|ian|ish|ese|ic|i|ch))\s$"
)


def _mention(start: int, end: int, text: str, e: Entry, **kw: Any) -> Mention:
    return Mention(
        start,
        end,
        text[start:end],
        e.type,
        e.key,
        e.canonical,
        e.country_iso3,
        e.form,
        aliases=e.aliases,
        **kw,
    )


# Both tail patterns end at the window's end (`,?\s*$`, `,\s*$`), so the window's last
# characters tell when they cannot match: `_role_before` runs them only then (each search
# tries most positions of the 90 characters, ~7 µs a name, and almost every name has none).
_ROLE_ENDINGS = tuple(ROLE_WORDS)


def _role_tail_possible(window: str, w: str, k: int) -> bool:
    """Whether `_ROLE_TAIL_RX` can match `window` (`w`: it without trailing whitespace, `k`:
    where a match's role or capitalised tail word must end, before an optional comma): a role
    word ends there, or the last word there is capitalised and "for"/"of"/"to"/"in" occurs."""
    if w.endswith(_ROLE_ENDINGS, 0, k):
        return True
    words = w[:k].rsplit(None, 1)
    return (
        bool(words)
        and "A" <= words[-1][0] <= "Z"
        and ("for" in window or "of" in window or "to" in window or " in " in window)
    )


def _role_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 90) : start]
    w = window.rstrip()  # what `\s*$` leaves (str.isspace is `\s`)
    comma = w.endswith(",")
    m = _ROLE_TAIL_RX.search(window) if _role_tail_possible(window, w, len(w) - comma) else None
    if not m:
        p = _ROLE_PORTFOLIO_TAIL_RX.search(window) if comma else None
        return (p.group("role") or p.group("role2")) if p else None
    # the tail may start inside a longer word ("ringleader John Smith"): no role there
    rm = _ROLE_RX.match(window, m.start())
    return rm.group() if rm is not None else None


def _kb_person(name: str, lex: Lexicon, res: Any) -> str | None:
    """KB person id for a name (exact skeleton, else fuzzy ≥ 88); cached per lexicon."""
    cache = lex.person_cache
    if name not in cache:
        if len(cache) > 50_000:
            cache.clear()
        cache[name] = _kb_person_uncached(name, lex)
    return cache[name]


def _kb_person_uncached(name: str, lex: Lexicon) -> str | None:
    sk = skeleton(name)
    ids = lex.person_by_skeleton.get(sk)
    if ids:
        return ids[0]
    if not lex.person_skeletons or len(sk) < 7:
        return None
    hit = process.extractOne(sk, lex.person_skeletons, scorer=fuzz.ratio, score_cutoff=88)
    return lex.person_by_skeleton[hit[0]][0] if hit else None


def _person_entry(pid: str, res: Any) -> Entry:
    p = res.kb.persons[pid]
    return Entry(
        "person",
        f"person:{pid}",
        p.canonical,
        "person",
        p.country_iso3,
        tuple(sorted({p.canonical, *p.aliases})),
    )


_TOKEN_RX = re.compile(r"\S+")
_POSSESSIVE_RX = re.compile(r"[’']s$")
_NAME_TAIL_BEFORE_RX = re.compile(
    r"\b(?:Cent(?:er|re)|Institute|Foundation|Fund|Council|Committee|Agency|Association|Society"
    r"|League|Academy|University|School|Ministry|Department|Office|Movement|Party|Union"
    r"|Alliance|Forum|Court|Bank) (?:for|of|on)(?: the)? $"
)
_FOR_OF_BEFORE_RX = re.compile(r"\b(?:for|of)(?:\s+the)?\s+$")
_OF_BEFORE_RX = re.compile(r"\bof(?:\s+the)?\s+\Z")
_INITIAL_RX = re.compile(r"[A-Z]\.")
_MISS = object()
_START, _END = operator.attrgetter("start"), operator.attrgetter("end")  # sort keys

# What one capitalised run says by itself, relative to its start: its name tokens (after an
# inner role word and leading state/organisation terms), that role, and the KB person found
# on a suffix. It depends only on the run and the character before it (the role pattern's
# one-character look-behind), so it is cached per lexicon (`res.cache`): the same names
# recur across articles. None: fewer than two name tokens.
_Reading = tuple[list[tuple[int, int]], str | None, tuple[int, int, Entry] | None] | None


_PORTFOLIO_OF_RX = re.compile(
    # also lower case: "said Belgian minister of Foreign Affairs Didier Reynders"
    r"\b(?:[Ss]ecretary|[Mm]inister|[Cc]ommissioner|Secretary-General|Secretary General|Ministry|"
    r"Under-Secretary|Undersecretary)\s+(?:of|for)\s+(?:the\s+)?"
    # "Minister for European Union Affairs Adam Szlapka": a portfolio of several words
    # ("Minister of Foreign and European Affairs Miro Kovač": joined by "and")
    r"(?:[A-Z][\w-]+\s+(?:and\s+)?){0,3}$"
)
_PORTFOLIO_WORDS = frozenset(
    {
        "State",
        "Defence",
        "Defense",
        "Foreign",
        "Affairs",
        "European",
        "Interior",
        "Justice",
        "Finance",
        "Economy",
        "Trade",
        "Energy",
        "Home",
        "Security",
        "Integration",
        "Enlargement",
        "Neighbourhood",
        "Neighborhood",
        "Europe",
        "Political",
        "Policy",
    }
)


def _name_reading(
    text: str, ms: int, me: int, lex: Lexicon, res: Any, furniture: list[tuple[int, int]]
) -> _Reading:
    toks = [t.span() for t in _TOKEN_RX.finditer(text, ms, me)]
    if furniture:
        toks = [t for t in toks if not _in_spans(t[0], furniture)]
    if toks and _POSSESSIVE_RX.search(text[toks[-1][0] : toks[-1][1]]):
        toks[-1] = (toks[-1][0], toks[-1][1] - 2)
    role = None
    inner_role = None
    for rm in _ROLE_RX.finditer(text, ms, me):  # strip role words on the left
        inner_role = rm
    if inner_role is not None:
        role = inner_role.group()
        toks = [t for t in toks if t[0] >= inner_role.end()]
    while toks:  # and state/org terms, of one word or more ("United States Christian Prikk")
        if (
            lex.lookup(text[toks[0][0] : toks[0][1]].rstrip("’'s")) is not None
            or text[toks[0][0] : toks[0][1]] in _NOT_NAMES
            or text[toks[0][0] : toks[0][1]] in _INSTITUTION_WORDS
            # a region's words ending an office's title: "Special Representative for the
            # Caucasus and Central Asia James Appathurai"
            or len(toks) >= 3
            and text[toks[0][0] : toks[0][1]] in _REGION_WORDS
        ):
            toks = toks[1:]
            continue
        n = next(
            (
                n
                for n in (3, 2)
                if len(toks) > n + 1 and lex.lookup(text[toks[0][0] : toks[n - 1][1]]) is not None
            ),
            0,
        )
        if not n:
            break
        toks = toks[n:]
    if (
        toks
        and text[toks[0][0] : toks[0][1]].endswith(".")
        and toks[0][0] > 0
        and text[toks[0][0] - 1].isalpha()
    ):
        toks = toks[1:]  # "the EU. He noted": the last letter of an abbreviation
    cut = next(
        (
            i + 1
            for i in range(len(toks) - 1, -1, -1)
            if text[toks[i][0] : toks[i][1]] in _PLURAL_ROLES
        ),
        0,
    )
    toks = toks[cut:]  # "Presidents Lennart Meri of Estonia, Guntis Ulmanis of Latvia"
    while toks and text[toks[-1][0] : toks[-1][1]] in _PRONOUNS:
        toks = toks[:-1]  # "... NATO. He explained": a pronoun is never a surname
    po = _PORTFOLIO_OF_RX.search(text, max(0, toks[0][0] - 40), toks[0][0]) if toks else None
    if po is not None and text[toks[0][0] : toks[0][1]] in _PORTFOLIO_WORDS:
        # "Secretary of State Madeleine Albright": the capitalised portfolio after "of" is
        # the office's, not the name's
        while toks and text[toks[0][0] : toks[0][1]] in _PORTFOLIO_WORDS:
            last_portfolio = toks[0][1]
            toks = toks[1:]
        if role is None:
            role = text[po.start() : last_portfolio]
    while len(toks) > 1 and _POSSESSIVE_RX.search(text[toks[0][0] : toks[0][1]]):
        toks = toks[1:]  # "The Czech Republic's Kavan": the owner is not part of the name
    for i, (a, b) in enumerate(toks):  # a name ends at its possessive: "Joe Biden's State"
        if i and _POSSESSIVE_RX.search(text[a:b]):  # (after the owner: "Moldova's President")
            toks = toks[:i] + [(a, b - 2)]
            break
    if sum(text[a:b] not in _PARTICLES for a, b in toks) < 2:
        return None
    if any(text[a:b] in _BODY_NOUNS for a, b in toks):
        return None  # "the UN General Assembly Session said": a body or an occasion
    # try the KB on suffixes (longest first): "Euro-Atlantic Integration Olha Stefanishyna"
    found = None
    for i in range(0, len(toks) - 1):
        s, e = toks[i][0], toks[-1][1]
        if text[s:e].split()[0] in _PARTICLES:
            continue
        pid = _kb_person(text[s:e], lex, res)
        if pid:
            found = (s - ms, e - ms, _person_entry(pid, res))
            break
    return [(a - ms, b - ms) for a, b in toks], role, found


def _persons(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    text = state.text
    out: list[Mention] = []
    furniture = state.furniture
    ends0 = [mt.end for mt in taken]
    ends: list[int] | None = ends0
    if any(a > b for a, b in zip(ends0, ends0[1:], strict=False)):
        ends = None  # not in text order: scan them all
    shared = getattr(res, "cache", None)
    cache = shared.setdefault("mentions.name_readings", {}) if shared is not None else {}
    for m in NAME_RX.finditer(text):
        ms, me = m.span()
        if furniture and any(fs < me and ms < fe for fs, fe in furniture):
            reading: Any = _name_reading(text, ms, me, lex, res, furniture)
        else:
            g = m.group()
            # the reading of a run that starts with a portfolio word depends on what is before
            # it ("Secretary of State Madeleine Albright"): part of the key
            pf = g.split(" ", 1)[0] in _PORTFOLIO_WORDS and (
                _PORTFOLIO_OF_RX.search(text, max(0, ms - 40), ms) is not None
            )
            key = (text[ms - 1] if ms else "", g, pf)
            reading = cache.get(key, _MISS)
            if reading is _MISS:
                if len(cache) > 50_000:
                    cache.clear()
                reading = cache[key] = _name_reading(text, ms, me, lex, res, [])
        if reading is None:
            continue
        rel, role, found_rel = reading
        owner = None
        toks = [(ms + a, ms + b) for a, b in rel]
        if (
            text[toks[0][0] : toks[0][1]] in _LEAD_VERBS
            and _INVERTED_BEFORE_RX.search(text, max(0, toks[0][0] - 3), toks[1][0]) is not None
        ):
            # 'Added Clinton: "..."', 'Said Mirela Tanase, "..."': the verb opens the sentence
            if len(toks) == 2:
                continue  # the surname alone is read by _surnames
            toks = toks[1:]
            if found_rel is not None and ms + found_rel[0] < toks[0][0]:
                found_rel = None
        if role is None:
            role = _role_before(text, toks[0][0])
        # "the two prime ministers, Borut Pahor and Jadranka Kosor,": a name coordinated with
        # a person just named is a person too (with that person's role, when it has one)
        listed = (
            role is None
            and bool(out)
            and out[-1].type == "person"
            and out[-1].end == toks[0][0] - 5
            and text.startswith(" and ", out[-1].end)
        )
        if listed:
            role = out[-1].role
        if found_rel is not None:
            s, e, entry = ms + found_rel[0], ms + found_rel[1], found_rel[2]
        else:
            last = text[toks[-1][0] : toks[-1][1]]
            if last in _PLACE_WORDS or last in _OFFICE_WORDS:
                continue  # "Permanent Representative of Poland": an office, no name
            if text[toks[0][0] : toks[0][1]] in _COMPASS_WORDS and last.endswith("an"):
                continue  # "the two East European states (to act)": a region's adjective
            place = lex.lookup(last)
            if place is not None:
                # "Democratic Bulgaria, which tabled the motion, said": a party or movement
                # named after its country speaks; "Central and Eastern Europe" does not
                first = text[toks[0][0] : toks[0][1]]
                if (
                    place.type == "state"
                    and first not in _COMPASS_WORDS
                    and _SPEECH_AFTER_RX.match(text, toks[-1][1])
                ):
                    s, e = toks[0][0], toks[-1][1]
                    name = text[s:e]
                    org = Entry("organization", f"org:NAMED_{skeleton(name)}", name, "org")
                    out.append(_mention(s, e, text, org))
                    out[-1].country_iso3 = place.country_iso3
                continue
            # "X said"; "According to X, ..." (a source is a speaker too)
            follows = (
                _SPEECH_AFTER_RX.match(text, toks[-1][1]) is not None
                or (
                    text.endswith("ccording to ", 0, toks[0][0])
                    and text.startswith(",", toks[-1][1])
                )
                or _PARTY_TAG_RX.match(text, toks[-1][1]) is not None
                # a caption line: 'Benita Ferrero-Waldner: "Austria is in favour"'
                or _COLON_QUOTE_RX.match(text, toks[-1][1]) is not None
                and (toks[0][0] == 0 or text[toks[0][0] - 1] == "\n")
                # 'Said Mirela Tanase, "..."': named after a verb that opens the sentence
                or text.endswith(_LEAD_VERB_SPACES, max(0, toks[0][0] - 12), toks[0][0])
                and _INVERTED_BEFORE_RX.search(text, max(0, toks[0][0] - 12), toks[0][0])
                is not None
                and _QUOTE_NEXT_RX.match(text, toks[-1][1]) is not None
                # '"...," said Ivan Zayets, a deputy': the speaker named after the quote
                or len(toks) > 1
                and _SAID_AFTER_QUOTE_RX.search(text, max(0, toks[0][0] - 16), toks[0][0])
                is not None
                and _NAME_END_RX.match(text, toks[-1][1]) is not None
            )
            if (
                follows
                and role is None
                and _OF_BEFORE_RX.search(text[max(0, toks[0][0] - 8) : toks[0][0]])
            ):
                # "X, co-chair of the Civic Bloc, which drafted it, said": the body named
                # in someone's apposition is not the speaker
                follows = False
            if (
                follows
                and role is None
                and _NAME_TAIL_BEFORE_RX.search(text, max(0, toks[0][0] - 30), toks[0][0])
            ):
                # "the Center for European Reform says": the end of a body's name, no person
                follows = False
            if follows and _IN_RELATIVE_RX.search(text, max(0, toks[0][0] - 120), toks[0][0]):
                # "Saakashvili, who is in New York for the UN General Assembly Session, said":
                # the words that end a relative clause are not the speaker
                follows = False
            if role is None and not follows:
                after = _ROLE_AFTER_RX.match(text, toks[-1][1])
                if after is None:
                    of_state = _OF_STATE_RX.match(text, toks[-1][1])
                    owner = (
                        next(
                            (
                                mt.country_iso3
                                for mt in taken
                                if mt.start == of_state.end() and mt.type == "state"
                            ),
                            None,
                        )
                        if of_state
                        else None
                    )
                    if owner is None and not listed and not _WHO_AFTER_RX.match(text, toks[-1][1]):
                        continue
                    # "Bronisław Geremek of Poland, Jan Kavan of the Czech Republic";
                    # "Vesna Pusić, who chairs the committee": a person, no office known
                    s, e = toks[0][0], toks[-1][1]
                    name = text[s:e]
                    entry = Entry("person", f"person:{skeleton(name)}", name, "person")
                    out.append(_mention(s, e, text, entry))
                    if owner:
                        out[-1].country_iso3 = owner
                    continue
                role = after.group("role") or after.group("role2") or after.group("role3")
                owner = next(
                    (
                        mt.country_iso3
                        for mt in taken
                        if after.start() <= mt.start < after.end() and mt.type == "state"
                    ),
                    None,
                )  # "Jack Straw, the British foreign secretary,"
            pre = text[max(0, toks[0][0] - 60) : toks[0][0]]
            if _FOR_OF_BEFORE_RX.search(pre) or len(toks) > 4:
                toks = _last_name_tokens(text, toks)
            s, e = toks[0][0], toks[-1][1]
            name = text[s:e]
            entry = Entry("person", f"person:{skeleton(name)}", name, "person")
        country = _country_before(text, s, taken, ends) or owner or TITLE_STATES.get(role or "")
        if role in HONORIFIC_ROLES:
            role = None  # "Mr. Edward Heath": a person, no office said
        out.append(_mention(s, e, text, entry, role=role, role_kind=role_kind(role)))
        if country and not entry.country_iso3:
            out[-1].country_iso3 = country
    return out


def _last_name_tokens(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    keep = [toks[-1]]
    i = len(toks) - 2
    while i >= 0:
        word = text[toks[i][0] : toks[i][1]]
        keep.insert(0, toks[i])
        if word not in _PARTICLES and not _INITIAL_RX.fullmatch(word):
            break
        i -= 1
    return keep


def _country_before(
    text: str, start: int, taken: list[Mention], ends: list[int] | None = None
) -> str | None:
    """The state word just before a role phrase: "Slovak Prime Minister", "NATO's chief".
    `ends`: the mentions' end offsets when `taken` is in text order (bisected, for speed)."""
    best = None
    prev: Mention | None = None
    lo, hi = 0, len(taken)
    if ends is not None:
        lo, hi = bisect.bisect_left(ends, start - 45), bisect.bisect_right(ends, start)
    for mt in taken[lo:hi]:
        if mt.end <= start and start - mt.end <= 45 and mt.type == "state":
            gap = text[mt.end : start].rstrip()  # "his Croatian counterpart, Gordan X"
            if gap.endswith(","):
                gap = gap[:-1] if gap[:-1].strip() else ","  # not "Hungary, Eva Novak said"
            posted = _POSTED_TO_RX.search(text, max(0, mt.start - 40), mt.start) is not None
            # not "Ambassador to the US"; not the end of the line before ("... despite German
            # resistance\n\nTaoiseach Enda Kenny")
            if "." not in gap and "," not in gap and "\n" not in gap and not posted:
                # "Bosnia's Serb leader", "Bosnian Serb leader": an ethnic group inside the
                # state named first ("Serb" and "Croat" name peoples, "Serbian" the state)
                joined = prev is not None and text[prev.end : mt.start] in _OWNER_GAPS
                if (
                    joined
                    and prev is not None
                    and (text[prev.end : mt.start] != " " or mt.text in _ETHNIC_WORDS)
                ):
                    best = prev.country_iso3
                else:
                    best = mt.country_iso3
            prev = mt
    return best


_OWNER_GAPS = ("'s ", "’s ", " ")
_ETHNIC_WORDS = frozenset({"Serb", "Serbs", "Croat", "Croats"})


# "Mr Ahern", "Mrs Merkel", "Dr Kos": a title of address is always a person's (British copy
# writes it without the full name once the story has moved on, or an excerpt starts there).
_ADDRESS_TITLES = frozenset(
    ("President", "Prime", "Chancellor", "Secretary", "Speaker", "Minister", "Ambassador")
    + ("Chairman", "Chair", "Commissioner", "Mayor", "Governor", "Vice", "Deputy", "General")
)
_HONORIFIC_RX = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord)\.? (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
)


def _honorifics(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    text = state.text
    if not any(w in text for w in ("Mr", "Ms", "Dr", "Sir", "Dame", "Lord")):
        return []
    occupied = [(mt.start, mt.end) for mt in taken]
    out: list[Mention] = []
    for hm in _HONORIFIC_RX.finditer(text):
        s, e = hm.span("name")
        if any(a < e and s < b for a, b in occupied):
            continue  # named already: the KB's person or a surname of the story's
        name = hm.group("name")
        first = name.split()[0]
        if first in _CALENDAR or first in _ADDRESS_TITLES or lex.lookup(name) is not None:
            continue  # "Mr President", "Madam Speaker": an office addressed, no name
        entry = Entry("person", f"person:{skeleton(name)}", name, "person")
        out.append(_mention(s, e, text, entry))
    return out


def _surnames(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    text, out = state.text, []
    doc_surnames: dict[str, Mention] = {}
    for mt in taken:
        if mt.type == "person":
            doc_surnames.setdefault(skeleton(mt.text.split()[-1]), mt)
            for alias in mt.aliases:
                if " " not in alias.strip():
                    doc_surnames.setdefault(skeleton(alias), mt)
    occupied = sorted((mt.start, mt.end) for mt in taken)
    starts = [o[0] for o in occupied]
    choices = list(doc_surnames)
    fuzzy: dict[str, Any] = {}
    rivals: dict[str, Any] = {}
    named: set[str | None] | None = None  # the states the story names, once needed
    bisect_right = bisect.bisect_right
    for m in CAP_TOKEN_RX.finditer(text):
        ms = m.start()
        i = bisect_right(starts, ms) - 1
        if i >= 0 and ms < occupied[i][1]:
            continue
        word = m.group()
        if word in _NOT_NAMES:
            continue
        sk = skeleton(word)
        src: Any = doc_surnames.get(sk)
        if src is None and choices and len(sk) >= 5:
            src = fuzzy.get(sk, _MISS)
            if src is _MISS:  # the same words recur within an article: match each once
                hit = process.extractOne(sk, choices, scorer=fuzz.ratio, score_cutoff=83)
                src = fuzzy[sk] = doc_surnames[hit[0]] if hit else None
        if src is None and m.end() == len(text):
            src = _cut_name(word, taken, ms)
        if src is not None:
            out.append(
                Mention(
                    ms,
                    m.end(),
                    word,
                    "person",
                    src.key,
                    src.canonical,
                    src.country_iso3,
                    "surname",
                    src.role,
                    src.role_kind,
                    src.aliases,
                )
            )
            continue
        ids = lex.surname_by_skeleton.get(sk)
        if ids:
            rival = rivals.get(sk, _MISS)
            if rival is _MISS:
                # only when no bearer's state is named: the knowledge base's person is then
                # an unlikely referent
                if named is None:
                    named = {x.country_iso3 for x in taken if x.type == "state"}
                rival = rivals[sk] = (
                    None
                    if any(res.kb.persons[i].country_iso3 in named for i in ids)
                    else _rival_first_name(text, word, ids, res, lex)
                )
            if rival is not None:
                # "Vjosa Osmani" (Kosovo's president) is not Bujar Osmani of the knowledge
                # base: the text's own first name names another person, and its bare surname
                # is theirs
                full = f"{rival} {word}"
                entry = Entry("person", f"person:{skeleton(full)}", full, "person")
                a = ms - len(rival) - 1 if text.endswith(rival + " ", 0, ms) else ms
                out.append(_mention(a, m.end(), text, entry))
                continue
        if ids and len(ids) > 1 and state.published:
            # "Clinton said" in 1998: the one of that name in office on the day
            ids = [i for i in ids if res.kb.persons[i].office_on(state.published)] or ids
        # one person in office; not "The Hague", nor "the Biden administration" (his government)
        if (
            ids
            and len(ids) == 1
            # with no date, or one inferred from a year named in passing, a surname only one
            # person in the knowledge base bears ("Szijjarto: 'Fair chance' ...", an undated
            # excerpt that cites "the Bucharest declaration of 2008"): that person
            and (state.published and not state.published_coarse or len(sk) >= 5)
            and not text.endswith(("The ", "the "), max(0, ms - 4), ms)
            and not _NOT_THE_PERSON_RX.match(text, m.end())
            # "Pawel Herczynski": a word before another capitalised word is a first name
            and not _NAME_AFTER_RX.match(text, m.end())
            # "the EU-Montenegro conference": a state's name is no bare surname (Luís
            # Montenegro)
            and not _state_word(lex, word)
        ):
            person = res.kb.persons[ids[0]]
            if (
                state.published is None
                or state.published_coarse
                or person.office_on(state.published)
            ):
                e = _person_entry(ids[0], res)
                out.append(_mention(ms, m.end(), text, e))
                continue
        # '"...," said Schulz after the meeting', '"...," Schulz warned': a speaker named by
        # the surname alone, whom neither the story nor the knowledge base names fully
        if (
            _quote_speaker_word(text, ms, m.end())
            and word not in _CALENDAR
            and text[ms : m.end() + 1] not in _TITLE_ABBREVIATIONS  # '"...," said Sen. X'
            and lex.lookup(word) is None
        ):
            entry = Entry("person", f"person:{sk}", word, "person")
            out.append(_mention(ms, m.end(), text, entry))
    return out


def _state_word(lex: Lexicon, word: str) -> bool:
    e = lex.lookup(word)
    return e is not None and e.type == "state"


_FIRST_BEFORE_TEMPLATE = r"(?<![\w.-])([A-Z][a-zà-ÿ]+) {}\b"
_ROLE_TOKENS = frozenset(w for r in ROLE_WORDS for w in r.replace("-", " ").split())
_SPEECH_WORDS = frozenset(SPEECH_VERB_WORDS.split("|"))


def _rival_first_name(text: str, word: str, ids: list[str], res: Any, lex: Lexicon) -> str | None:
    """The first name the text gives a surname the knowledge base knows, when it is none of
    the known bearers' names ("Vjosa Osmani" beside the KB's Bujar Osmani): one such name,
    else None."""
    own = {
        t
        for i in ids
        for n in (res.kb.persons[i].canonical, *res.kb.persons[i].aliases)
        for t in n.split()
    }
    found = set()
    for m in re.finditer(_FIRST_BEFORE_TEMPLATE.format(re.escape(word)), text):
        first = m.group(1)
        if (
            first in own
            or first in _NOT_NAMES
            or first in _CALENDAR
            or first in _ROLE_TOKENS
            or first in _ADDRESS_TITLES
            or first in LEAD_VERBS
            or first.lower() in _SPEECH_WORDS
            or lex.lookup(first) is not None
            # a common word that opens a sentence ("Added Clinton:", "Meanwhile Orban"): the
            # text also writes it in lower case
            or re.search(rf"\b{first.lower()}\b", text) is not None
        ):
            continue
        found.add(first)
    return found.pop() if len(found) == 1 else None


def _cut_name(word: str, taken: list[Mention], before: int) -> Mention | None:
    """A name cut off by the end of a stored page ('... once and for all," said Va'): the
    last person named before whose first name or surname begins with what is left."""
    if len(word) < 2:
        return None
    best = None
    for mt in taken:
        if (
            mt.type == "person"
            and mt.start < before
            and any(t.startswith(word) for t in mt.text.split())
            and (best is None or mt.start > best.start)
        ):
            best = mt
    return best


_NOTICE_RX = re.compile(r"(?i)copyright|©|all rights reserved|without (?:written )?permission")
_CALENDAR = frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)
# 'Benita Ferrero-Waldner: "...', also with the office after the name ('Viktor Dolidze,
# Georgia's Ambassador to NATO: "...'), in a list of reactions; not a clause that goes on to
# speak ("X, the Danish foreign secretary, who chaired the meeting, told reporters: ...")
_COLON_QUOTE_RX = re.compile(
    r"(?:, (?![^:\n]*\b(?:who|which|that|" + SPEECH_VERBS + r")\b)[^:\n\"“”;.!?]{2,80})?:\s*[\"“]"
)
_QUOTE_END_RX = re.compile(r"(?:[,?!][\"”]|[\"”],)\s+$")  # not '"...." Papers stressed'
_TITLE_ABBREVIATIONS = frozenset(w for w in ROLE_WORDS if w.endswith("."))
_SPEECH_NEXT_RX = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:" + SPEECH_VERBS + r")\b")


def _quote_speaker_word(text: str, s: int, e: int) -> bool:
    """The word at text[s:e] names who spoke a quote: right after the quote's speech verb
    and ending the attribution, or right after the quote and before its speech verb."""
    if _SAID_AFTER_QUOTE_RX.search(text, max(0, s - 16), s) is not None:
        return _NAME_END_RX.match(text, e) is not None
    if (
        text.endswith(_LEAD_VERB_SPACES, max(0, s - 12), s)
        and _INVERTED_BEFORE_RX.search(text, max(0, s - 12), s) is not None
    ):
        return _QUOTE_NEXT_RX.match(text, e) is not None  # 'Said Solana: "..."'
    return (
        _QUOTE_END_RX.search(text, max(0, s - 4), s) is not None
        and _SPEECH_NEXT_RX.match(text, e) is not None
    )


_OF_THE_RX = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_AFTER_RX = re.compile(r" [A-Z][a-zà-ÿ]")
_NOT_THE_PERSON_RX = re.compile(
    r"(?:['’]s)?\s+(?:administration|government|cabinet|era|campaign|camp|team|doctrine|years"
    r"|presidency)\b"
)
_PARLIAMENT_WORDS = (("arliament", 1), ("National Assembly", 0))  # with the first letter


def _parliament_spans(text: str) -> list[tuple[int, int]]:
    """The spans `word_finditer(_PARLIAMENT_RX, text)` gives, found with `str.find`: each
    word at a word start ("[Pp]arliament" or "National Assembly") and followed by a word
    boundary. Occurrences of these words cannot overlap, so all of them are matches."""
    out = []
    for word, back in _PARLIAMENT_WORDS:
        i = text.find(word)
        while i >= 0:
            s, e = i - back, i + len(word)
            if (
                s >= 0
                and (not back or text[s] in "Pp")
                and (not s or not (text[s - 1].isalnum() or text[s - 1] == "_"))
                and (e == len(text) or not (text[e].isalnum() or text[e] == "_"))
            ):
                out.append((s, e))
            i = text.find(word, i + 1)
    out.sort()
    return out


# The committee that clears an accession protocol before the plenary vote: "the foreign
# affairs committee of the Grand National Assembly of Turkey", "the Hungarian parliament's
# foreign affairs committee", "Turkey's foreign affairs committee".
_COMMITTEE_RX = re.compile(r"\b[Ff]oreign (?:[Aa]ffairs|[Rr]elations) [Cc]ommittee\b")
_COMMITTEE_OF_RX = re.compile(r" of(?: the)? ")
_COMMITTEE_OWNER_GAP_RX = re.compile(r"(?:[’']s)?(?: parliamentary| parliament(?:[’']s)?)? \Z")


def _committees(text: str, lex: Lexicon, taken: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in _COMMITTEE_RX.finditer(text):
        s, e = m.span()
        parl = None
        after = _COMMITTEE_OF_RX.match(text, e)
        for mt in taken:
            if after and mt.start == after.end() and mt.type == "organization":
                parl = lex.parliaments.get(mt.country_iso3 or "")
            elif (
                mt.country_iso3  # "Turkey's", "the Hungarian parliament's"
                and 0 <= s - mt.end <= 24
                and _COMMITTEE_OWNER_GAP_RX.match(text[mt.end : s])
            ):
                parl = lex.parliaments.get(mt.country_iso3)
            if parl is not None:
                break
        if parl is None:
            continue
        name = f"Foreign Affairs Committee of the {parl.canonical}"
        key = f"org:COMMITTEE_{parl.key.removeprefix('org:')}"
        entry = Entry("organization", key, name, "org", parl.country_iso3, (name,), "committee")
        out.append(_mention(s, e, text, entry))
    return out


_CHAMBER_OWNER_RX = re.compile(r"(?:[’']s)?\s{1,2}\Z|,\s+whose\s+\Z")  # "Spain, whose Senate"


def _chambers(
    text: str, lex: Lexicon, states: list[Mention], taken: list[Mention]
) -> list[Mention]:
    """ "Spain's Senate", "the Senate" in a story about the United States: one chamber of a
    state's parliament ("the Czech Senate" is a KB alias and found as a term)."""
    out: list[Mention] = []
    us = any(mt.country_iso3 == "USA" for mt in taken)
    for word in CHAMBER_WORDS:
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            if (not i or not text[i - 1].isalnum()) and not any(
                mt.start <= i < mt.end for mt in taken
            ):
                owner = next(
                    (
                        st
                        for st in reversed(states)
                        if 0 <= i - st.end <= 10 and _CHAMBER_OWNER_RX.match(text, st.end, i)
                    ),
                    None,
                )
                entry = None
                if owner is not None:
                    entry = lex.chambers.get((owner.country_iso3 or "", word))
                elif us and text.endswith("the ", 0, i):
                    entry = lex.chambers.get(("USA", word))
                if entry is not None:
                    out.append(_mention(i, e, text, entry))
            i = text.find(word, e)
    return out


def _institutions(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    """Parliaments and ministries named through a state word ("Hungary's Parliament")."""
    text, out = state.text, []
    last_parl: Entry | None = None
    states = [mt for mt in taken if mt.type == "state"]
    words = _parliament_spans(text)
    if words:
        occupied = sorted((mt.start, mt.end) for mt in taken)
        starts = [s for s, _ in occupied]
        reach = list(itertools.accumulate((e for _, e in occupied), max))
    for m_start, m_end in words:
        if _in_occupied(m_start, starts, reach):
            continue
        owner = next((st for st in reversed(states) if 0 <= m_start - st.end <= 4), None)
        if owner is None:
            window = text[m_end : m_end + 20]
            after = _OF_THE_RX.match(window)
            if after:
                owner = next((st for st in states if st.start == m_end + after.end()), None)
        if owner is not None:
            iso = owner.country_iso3 or ""
            entry = lex.parliaments.get(iso) or Entry(
                "organization",
                f"org:PARLIAMENT_{iso}",
                f"Parliament of {lex.state_names.get(iso, iso)}",
                "org",
                iso,
            )
            last_parl = entry
            out.append(_mention(m_start, m_end, text, entry))
        elif last_parl is not None and text[m_start].isupper():
            out.append(_mention(m_start, m_end, text, last_parl))
    out.extend(_chambers(text, lex, states, taken))
    if "ommittee" in text:
        out.extend(_committees(text, lex, taken + out))
    if "inistry" not in text and "ffice" not in text:
        return out  # every ministry phrase ends in "Ministry" or "Office"
    for st in states:
        mm = _MINISTRY_RX.match(text, st.end)
        if mm:
            iso = st.country_iso3 or ""
            name = text[st.start : mm.end()]
            entry = Entry(
                "organization",
                f"org:MINISTRY_{iso}_{skeleton(mm.group())}",
                name,
                "org",
                iso,
                (name,),
                "ministry",
            )
            out.append(_mention(st.start, mm.end(), text, entry))
    return out


# "CITY (Agency) -" at the start of a story: the wire it came from, an organisation actor
# even when the knowledge base does not know it.
_DATELINE_WIRE_RX = re.compile(
    # "ZAGREB/LJUBLJANA, Dec 18 (", "INDEPENDENCE, Missouri, March 12 ("
    # (after the title and up to two lines of furniture: a byline, a photo credit)
    r"\A(?:[^\n]*\n+){0,3}?\s*[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][a-z]+\.?(?: \d{1,2})?){0,2}\s*"
    r"\((?P<wire>[A-Z][\w&./’' -]{1,40})\)\s*[-–—]"
)
# Political parties named as such: "the ruling Smer party", "Serbian Progressive Party".
_PARTY_RX = re.compile(
    # (any capital starts a word: "the İYİ Party" is not "Yİ Party")
    r"(?<!\w)(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+ (?:(?:and|of|for|the) )?){0,4}"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)"
    r"(?P<tail> [Pp]arty)\b"
)
# (and a preposition opening the sentence: "On the Independence Party's home page")
_PARTY_STOP = frozenset(
    {"The", "A", "An", "His", "Her", "Their", "Its", "Opposition", "Ruling"}
    | {"On", "In", "At", "For", "From", "With", "By", "To", "Under", "After", "the"}
)


def _named_orgs(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    """Organisations the knowledge base cannot list in full: a dateline's wire and parties."""
    text, out = state.text, []
    occupied = [(mt.start, mt.end) for mt in taken]
    wire = _DATELINE_WIRE_RX.match(text)
    if wire and not _in_spans(wire.start("wire"), occupied):
        name = wire.group("wire").strip()
        key = f"org:WIRE_{skeleton(name)}"
        entry = Entry("organization", key, name, "org", None, (name,), "news_agency")
        out.append(_mention(wire.start("wire"), wire.start("wire") + len(name), text, entry))
    if "arty" not in text:
        return out
    for m in _PARTY_RX.finditer(text):
        words = m.group("name").split()
        owner = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
        if owner:  # "President Recep Tayyip Erdoğan's AK Party": the party's own name
            words = words[owner[-1] + 1 :]
        while words and words[0] in _PARTY_STOP:
            words = words[1:]
        if not words:
            continue
        start = m.end("name") - len(" ".join(words))
        if start == 0 or (len(words) == 1 and _in_spans(start, occupied)):
            continue  # "the Hungarian party": a demonym, not a party's name
        if any(s <= start and m.end() <= e for s, e in occupied):
            continue  # the knowledge base knows it ("AK Party" is the AKP's alias)
        if m.group("tail") == " Party":
            name, end = " ".join(words) + " Party", m.end()
        else:
            name, end = " ".join(words), m.end("name")
        entry = Entry(
            "organization", f"org:PARTY_{skeleton(name)}", name, "org", None, (name,), "party"
        )
        out.append(_mention(start, end, text, entry))
    return out


# Outlets named as a source that the knowledge base does not list: "the Web site EUobserver
# reported", "the BalkanWeb news site reported", "according to Telma TV", "told N1 television".
_OUTLET_NAME = (
    r"(?P<name>[A-Z][\w&’'-]*(?:\.[A-Za-z]+)*(?: [A-Z0-9][\w&’'-]*(?:\.[A-Za-z]+)*){0,3})"
)
_OUTLET_NOUN = OUTLET_NOUN
_OUTLET_RXS = (
    # "the Web site EUobserver reported", "The daily Pobjeda wrote"
    re.compile(
        # ("told public broadcaster Sveriges Radio": no article after the verb)
        r"\b(?:[Tt]he|told|tells) (?:[A-Z][\w-]+ |state |private |independent |online |local "
        r"|national |public )?" + _OUTLET_NOUN + r" " + _OUTLET_NAME + r"\b"
    ),
    # "the BalkanWeb news site reported", "told N1 television", "in an interview with
    # Rustavi2 TV"
    re.compile(
        r"\b(?:[Tt]he |told |to |with |on |by )" + _OUTLET_NAME + r" " + _OUTLET_NOUN + r"\b"
        r"(?! (?:of|for|in)\b)"
    ),
    # "according to Telma TV", "according to BalkanWeb"
    re.compile(r"\b[Aa]ccording to " + _OUTLET_NAME + r"(?=[,.;]|\s*$)"),
    # the source told at a clause's end: "..., BNR reported", "..., writes UNN",
    # "Source: European Pravda", "cited by Bulgarian Dnevnik.bg", "in an interview with
    # InfoVojna", "seen by Euractiv" (not a wire opening a paragraph, "(MENAFN) Hungarian
    # ...": the annotators list the story's own outlet there in one set and not in another)
    # (each starts with a literal, which the engine finds fast: these run on every story)
    re.compile(
        r", (?=[A-Z])" + _OUTLET_NAME + r" (?:reports|reported|writes|wrote|learned|learnt)\b"
    ),
    re.compile(r", (?:reports|writes|reported|wrote) " + _OUTLET_NAME + r"(?=[,.;]|\s*$)"),
    re.compile(r"told (?:the )?(?=[A-Z])" + _OUTLET_NAME + r"(?=[,.;]|\s*$| news\b| as\b)"),
    re.compile(
        r"(?:seen by|n an interview with) (?:the )?(?=[A-Z])"
        + _OUTLET_NAME
        + r"(?=[,.;]|\s*$| news\b| as\b)"
    ),
    # (these two name no person: any name)
    re.compile(r"(?m)^Source: " + _OUTLET_NAME + r"(?=[,.;]|\s*$| with\b)"),
    re.compile(
        r"\bcited (?:as saying )?by (?:the )?[A-Z][a-z]+(?:an|ian|ish|ese|i) " + _OUTLET_NAME
    ),
)
# (the third to seventh patterns name a person as easily: a brand's shape is asked for)
_BRAND_FROM, _BRAND_TO = 2, 6
# Words one of which every match of each pattern holds (none: the pattern is always run).
_OUTLET_NEEDS: tuple[tuple[str, ...], ...] = (
    (),
    (),
    ("ccording to",),
    ("reports", "reported", "writes", "wrote", "learn"),
    (", reports", ", writes", ", reported", ", wrote"),
    ("told",),
    ("seen by", "n an interview with"),
    ("Source: ",),
    ("cited",),
)
# What "according to X" names as an outlet: a medium's word in the name, or one word written
# as a brand ("BalkanWeb", "EUobserver"), not a person's name.
_OUTLET_WORD_RX = re.compile(
    r"\b(?:TV|Radio|News|Times|Post|Daily|Agency|Press|Online|Telegraph|Herald|Journal|Gazette"
    r"|Tribune|Observer|Review|Today|Web|Net)\b|^[A-Z]*[a-z]+[A-Z]\w*$|^[A-Z]{2,}[a-z]+\w*$"
    # "BNR", "RMF 24", "Dnevnik.bg"
    r"|^[A-Z]{2,6}(?: \d+)?$|\.(?:bg|com|net|org|ba|rs|mk|al|ro|hr|ua|ge|md|pl|cz|sk|hu)$"
)


def _outlets(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    """News outlets a story names as its source, known to the knowledge base or not: the
    annotators list every source as an organisation, and the KB cannot list every site."""
    text = state.text
    if not any(w in text for w in _OUTLET_HINTS):
        return []
    occupied = [(mt.start, mt.end) for mt in taken]
    out: list[Mention] = []
    for k, rx in enumerate(_OUTLET_RXS):
        needs = _OUTLET_NEEDS[k]
        if needs and not any(w in text for w in needs):
            continue  # every match of this pattern holds one of these words
        for m in rx.finditer(text):
            s, e = m.span("name")
            name = m.group("name").rstrip(".")
            if text.startswith(" TV", s + len(name)):
                name += " TV"  # "Telma TV", "Rustavi2 TV": the channel's name
            e = s + len(name)
            first = name.split()[0]
            if first in _PARTY_STOP or first in _CALENDAR or lex.lookup(name) is not None:
                continue
            if text.endswith("The ", 0, s) and s > 5 and text[s - 6] not in ".!?\n":
                s, name = s - 4, "The " + name  # "..., The Telegraaf newspaper reports"
            line = text[text.rfind("\n", 0, s) + 1 : text.find("\n", e) % (len(text) + 1)]
            if _NOTICE_RX.search(line):
                continue  # "Copying ... from the News.lt portal without permission": furniture
            if _in_spans(s, occupied) or any(s < b and a < e for a, b in occupied):
                continue
            if _BRAND_FROM <= k <= _BRAND_TO and not _OUTLET_WORD_RX.search(name):
                continue  # "according to Kovacevski": a person
            if k == 1 and (_DESCRIBING_RX.search(name) or _NAMED_AFTER_RX.match(text, m.end())):
                continue  # "Greek-run radio", "the Parisian newspaper Le Figaro": a
                # description of the outlet, whose name (if any) follows
            entry = Entry(
                "organization", f"org:MEDIA_{skeleton(name)}", name, "media", None, (name,), "media"
            )
            out.append(_mention(s, e, text, entry))
            occupied.append((s, e))
    return out


# "Greek-run", "Moscow-based", "state-owned": who runs an outlet or where it is, not its name.
_DESCRIBING_RX = re.compile(r"-(?:run|based|owned|backed|controlled|funded|language)$")
# The outlet's own name right after its noun: "newspaper Le Figaro", "daily Kathimerini".
_NAMED_AFTER_RX = re.compile(r" (?:[A-Z][\w’'.-]*)")
_OUTLET_HINTS = (
    "ccording to",
    "reported",
    "site",
    "TV",
    "television",
    "radio",
    "daily",
    "newspaper",
    "agency",
    "broadcaster",
    "channel",
    "wrote",
    "portal",
    "reports",
    "writes",
    "learn",
    "Source: ",
    "cited",
    "seen by",
    "interview with",
    "told",
)


# "the Commission", "the Council" in an article about the EU: its executive and the
# Council of the EU (not "the Council of Ministers", not beside the North Atlantic Council).
_EU_SHORT_RX = re.compile(r"\b[Tt]he (?P<name>Commission|Council)\b(?! of\b)(?!-)")
_EU_WORD_RX = re.compile(r"\b(?:EU|European Union)\b")


def _eu_short_names(state: DocState, lex: Lexicon, taken: list[Mention]) -> list[Mention]:
    text = state.text
    out: list[Mention] = []
    if "the Co" not in text or not _EU_WORD_RX.search(text):
        return out
    council_ok = "North Atlantic Council" not in text
    occupied = [(mt.start, mt.end) for mt in taken]
    for m in _EU_SHORT_RX.finditer(text):
        name = m.group("name")
        if name == "Council" and not council_ok:
            continue
        s, e = m.span("name")
        if _in_spans(s, occupied):
            continue
        if name == "Commission":
            entry = lex.lookup("European Commission")
        elif "European Council" in text and "Council of the E" not in text:
            entry = lex.lookup("European Council")  # the leaders' body, named before
        else:
            entry = lex.lookup("Council of the EU")
        if entry is not None:
            out.append(_mention(s, e, text, entry))
    return out


# "Congress" alone, in a story that names the United States (or a US office-holder).
_CONGRESS_RX = re.compile(r"\bCongress\b(?! (?:of|[Pp]arty)\b)")


def _us_congress(state: DocState, lex: Lexicon, taken: list[Mention]) -> list[Mention]:
    text = state.text
    out: list[Mention] = []
    if "Congress" not in text or not any(mt.country_iso3 == "USA" for mt in taken):
        return out
    entry = lex.lookup("United States Congress")
    occupied = [(mt.start, mt.end) for mt in taken]
    for m in _CONGRESS_RX.finditer(text):
        if entry is not None and not _in_spans(m.start(), occupied):
            out.append(_mention(m.start(), m.end(), text, entry))
    return out


def _short_names(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    """Bodies named by a bare word in context: "the Commission", "the Council", "Congress"
    (they cannot overlap one another)."""
    return _eu_short_names(state, lex, taken) + _us_congress(state, lex, taken)


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    # by start, the longest first: two stable sorts with C-level keys (longest first is
    # latest end first at one start; equal ones keep their order), ~2x faster than a lambda
    mentions.sort(key=_END, reverse=True)
    mentions.sort(key=_START)
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


# "the government in Chisinau", "officials in Washington": the capital stands for the state.
_SEAT_OF_RX = re.compile(
    r"\b(?:government|officials|authorities|leadership|diplomats|politicians|lawmakers|"
    r"policymakers|decision-makers) in\s+$"
)
# States named like their capital: "talks in Luxembourg" is the city.
_CITY_STATES = frozenset({"Luxembourg", "Monaco", "Singapore", "San Marino", "Vatican City"})


# A sentence-initial capital followed by a relative clause is the subject, not a dateline.
_RELATIVE_AFTER_RX = re.compile(r", (?:which|who|whose|where)\b")


# A state named after a town it contains: "in Strasbourg, France, and Kehl, Germany", "in
# Prague, capital of the Czech Republic" — the town's country, a place.
_CITY_OF_STATE_RX = re.compile(
    r"(?:\b(?:in|at|near|from|to) (?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+, |"
    r"(?:the )?capital of (?:the )?)\Z"
)
_DATELINE_CITY_RX = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}, \Z")
_DATELINE_AFTER_RX = re.compile(r"\s*(?:\(|—|–|-+\s|:)")
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or ", "-", " – "})


_POSTING_ENDS = ("to ", "to the ", "in ", "in the ")
_POSTED_TO_RX = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]onsul|[Cc]hargé d'affaires)s?"
    r"(?: [A-Z][\w-]+)? (?:to|in) (?:the )?$"
)


# Narrower than `lexicon.PLACE_BEFORE_RX` (for capitals) on purpose: a state named after
# "from" or "by" ("broke away from Yugoslavia", "annexed by the Soviet Union") is an actor.
_LOCATIVE_BEFORE_RX = re.compile(
    r"\b(?:in|to|into|across|throughout|inside|within|for)\s+(?:the\s+)?(?:former\s+)?$"
)


def _flag(
    state: DocState, mentions: list[Mention], peripheral: set[str] | frozenset[str] = frozenset()
) -> None:
    text = state.text
    sents = state.sentences
    state.sentence_of(0)  # fills state.sentence_starts
    starts, n = state.sentence_starts, len(sents)
    i, prev = 0, -1  # i: how many sentences start at or before the mention (bisect_right)
    for k, m in enumerate(mentions):
        pos = m.start
        if pos < prev:
            i = bisect.bisect_right(starts, pos)
        while i < n and starts[i] <= pos:  # mentions come in text order: walk, not bisect
            i += 1
        prev = pos
        # `state.sentence_of(pos)`: the sentence holding it, else the next one (clamped)
        m.sentence = i - 1 if i and pos < sents[i - 1][1] else max(0, min(i, n - 1))
        if m.type != "state":
            continue
        if m.form in ("demonym", "state_name") and ATTRIBUTE_NOUN_RX.match(text, m.end):
            m.attribute = True
        if m.form == "demonym" and (
            text.endswith("ethnic ", 0, m.start) or text[m.start : m.end] in _ETHNIC_FORMS
        ):
            m.attribute = True  # "ethnic Albanians", "Bosniak, Serb and Croat leaders": a people
        if (
            m.form == "state_name"
            and text.endswith(_POSTING_ENDS, max(0, m.start - 8), m.start)
            and _POSTED_TO_RX.search(text, max(0, m.start - 40), m.start)
        ):
            m.attribute = True  # "Estonian Ambassador to the United States": the posting
        if (
            m.form == "state_name"
            # both shapes end right before the state: ", " or "capital of (the) "
            and text.endswith((", ", "capital of ", "capital of the "), 0, m.start)
            and (
                _CITY_OF_STATE_RX.search(text, max(0, m.start - 60), m.start)
                # a dateline: "VIENNA, Austria — The Dutch Senate ..."
                or _DATELINE_CITY_RX.search(text, max(0, m.start - 40), m.start)
                and _DATELINE_AFTER_RX.match(text, m.end)
            )
            and not (
                k
                and mentions[k - 1].type == "state"
                and mentions[k - 1].end == m.start - 2
                # "in Tallinn, Estonia": the state's own capital before it is no list
                and not (
                    mentions[k - 1].form == "capital"
                    and mentions[k - 1].country_iso3 == m.country_iso3
                )
            )
        ):
            # "in Strasbourg, France,", "Prague, capital of the Czech Republic" (not a list
            # of states: "ministers from Romania, Bulgaria")
            m.place = True
        m.peripheral = m.form == "state_name" and m.country_iso3 in peripheral
        if (
            m.peripheral
            and (
                _LOCATIVE_BEFORE_RX.search(text, max(0, m.start - 24), m.start)
                # "in Syria and Iraq": listed after a place, a place too
                or k
                and mentions[k - 1].place
                and mentions[k - 1].type == "state"
                and text[mentions[k - 1].end : m.start] in _LIST_GAPS
            )
        ):
            m.place = True  # "troops in Afghanistan", "a mission in Iraq": where, not who
        if (
            m.form == "demonym"
            and text.startswith(" capital", m.end)
            and text.endswith(("the ", "The "), 0, m.start)
        ):
            m.place = True  # "in the Romanian capital": where, not who
        if m.form in ("capital", "metonym") or m.canonical in _CITY_STATES:
            before = text[max(0, m.start - 30) : m.start]
            sent_start = state.sentences[m.sentence][0]
            upper_dateline = text[m.start : m.end].isupper()
            if (
                m.canonical == "Belgium"
                and m.form == "capital"
                or (PLACE_BEFORE_RX.search(before) and not _SEAT_OF_RX.search(before))
                or (
                    (m.form == "capital" or m.canonical in _CITY_STATES)
                    and EVENT_AFTER_RX.match(text, m.end)
                )
                or upper_dateline
                or (
                    m.start == sent_start
                    and re.match(r"\s*[(,–-]", text[m.end : m.end + 3])
                    and not _RELATIVE_AFTER_RX.match(text, m.end)  # "Tbilisi, which had ..."
                )
            ):
                m.place = True
    # "Bosniak, Serb and Croat leaders", "French and German officials": a demonym listed
    # before one that is an attribute is one too
    for i in range(len(mentions) - 2, -1, -1):
        m, nx = mentions[i], mentions[i + 1]
        if (
            m.form == "demonym"
            and nx.form == "demonym"
            and nx.attribute
            and not m.attribute
            and text[m.end : nx.start] in _LIST_GAPS
        ):
            m.attribute = True


# An office named without its holder: "the alliance's secretary general", "the Hungarian
# prime minister", "Germany's chancellor". One seat, one holder on a day: the KB's (the last
# appointed, where an end date is unknown). Not "former"/"then"/"new" holders, nor a title
# before a name ("Hungarian Prime Minister Viktor Orban", found as that person).
# Found from the role words (a pattern that starts with a character class scans fast; a
# leading `\b` and optional "the" would be tried at every position), then the owner right
# before each: the same matches as the one pattern
# `\b(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]+|alliance)(?:['’]s)?\s+(?P<role>...)` would give.
_OFFICE_ROLE_RX = re.compile(
    r"(?:[Ss]ecretary[- ][Gg]eneral|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Pp]resident"
    r"|[Ff]oreign [Mm]inister)\b(?![- ]?(?:elect|[A-Z]))"
)
_OFFICE_STEMS = ("ecretary", "rime ", "remier", "hancellor", "resident", "oreign ")
_OFFICE_OWNER_RX = re.compile(r"\b(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]+|alliance)(?:['’]s)?\s+\Z")
_OFFICE_KINDS = {
    "secretary general": "secretary_general",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "president": "head_of_state",
    "foreign minister": "foreign_minister",
}
_APPOSED_NAME_RX = re.compile(r",\s+[A-Z]")
_NOT_THE_HOLDER_RX = re.compile(
    r"(?:former|then|ex|late|new|next|future|acting|deputy|vice|incoming|outgoing|previous)"
    r"[\s-]+\Z",
    re.I,
)


def _seats(res: Any) -> dict[tuple[str, str], list[tuple[Any, Any, str]]]:
    """(role kind, state or organisation) → [(start, end, person id)], once per KB."""
    cache = getattr(res, "cache", None)
    seats = cache.get("mentions.seats") if cache is not None else None
    if seats is None:
        seats = {}
        for pid, person in res.kb.persons.items():
            for o in person.offices:
                if o.role_kind != "other":
                    seats.setdefault((o.role_kind, o.state or o.organization or ""), []).append(
                        (o.start, o.end, pid)
                    )
        if cache is not None:
            cache["mentions.seats"] = seats
    return seats


def _office_roles(text: str) -> list[re.Match[str]]:
    """`_OFFICE_ROLE_RX.finditer(text)`, tried only one character before each stem found with
    `str.find` (every match holds one; role words never overlap one another)."""
    out: list[re.Match[str]] = []
    for stem in _OFFICE_STEMS:
        p = text.find(stem, 1)
        while p >= 0:
            m = _OFFICE_ROLE_RX.match(text, p - 1)
            if m is not None:
                out.append(m)
            p = text.find(stem, p + 1)
    out.sort(key=lambda m: m.start())
    return out


def _named_holder(
    named: list[Mention], before: int, kind: str, seat: str, res: Any
) -> Mention | None:
    """In a story with no date, "the Polish president" is the one person named before it
    whose written role ("Polish President Karol Nawrocki") or KB term is that seat; the
    office-holder on an unknown day cannot be told, the person the story names can."""
    found: dict[str, Mention] = {}
    for mt in named:
        if mt.start >= before:
            break
        if mt.country_iso3 == seat and role_kind(mt.role) == kind:
            found.setdefault(mt.key, mt)
            continue
        person = res.kb.persons.get(mt.key.split(":", 1)[1]) if res.kb is not None else None
        if person is not None and any(
            o.role_kind == kind and (o.state or o.organization) == seat for o in person.offices
        ):
            found.setdefault(mt.key, mt)
    return next(iter(found.values())) if len(found) == 1 else None


def _offices(state: DocState, lex: Lexicon, res: Any, taken: list[Mention]) -> list[Mention]:
    text = state.text
    out: list[Mention] = []
    on = state.published
    if not any(w in text for w in _OFFICE_STEMS):
        return out
    named = [mt for mt in taken if mt.type == "person"] if on is None else []
    if on is None and not named:
        return out
    occupied = [(mt.start, mt.end) for mt in taken]
    last_end = 0  # as a left-to-right scan of owner and role: no owner inside the last role
    for rm in _office_roles(text):
        rs, re_ = rm.span()
        m = _OFFICE_OWNER_RX.search(text, max(last_end, rs - 60), rs)
        if m is None:
            continue
        last_end = re_
        if _APPOSED_NAME_RX.match(text, re_):
            continue  # "Georgia's prime minister, Irakli Garibashvili,": the name says who
        if _in_spans(rs, occupied) or _NOT_THE_HOLDER_RX.search(
            text, max(0, m.start() - 12), m.start()
        ):
            continue
        kind = _OFFICE_KINDS[" ".join(rm.group().lower().replace("-", " ").split())]
        owner = m.group("owner")
        if owner.lower() in ("alliance", "nato"):
            seat = "NATO"
        else:
            e = lex.lookup(owner)
            if e is None or e.type != "state" or not e.country_iso3:
                continue
            seat = e.country_iso3
        if (kind == "secretary_general") != (seat == "NATO"):
            continue
        if on is None:  # no date: the one person named before who holds or held the seat
            holder = _named_holder(named, rs, kind, seat, res)
            if holder is not None:
                out.append(
                    Mention(
                        rs,
                        re_,
                        text[rs:re_],
                        "person",
                        holder.key,
                        holder.canonical,
                        holder.country_iso3,
                        "office",
                        aliases=holder.aliases,
                    )
                )
            continue
        held = [
            (start, pid)
            for start, end, pid in _seats(res).get((kind, seat), ())
            if (start is None or start <= on) and (end is None or on < end)
        ]
        if not held:
            continue
        pid = max(held, key=lambda h: h[0] or on)[1]
        out.append(_mention(rs, re_, text, _person_entry(pid, res)))
        out[-1].form = "office"
    return out


def mentions_stage(state: DocState, res: Any) -> None:
    lex: Lexicon = res.lexicon
    furniture = state.furniture
    found = _gazetteer(state, lex)
    found = _resolve_overlaps(found + _persons(state, lex, res, found))
    # each later pass adds to a resolved list: nothing added, nothing to resolve again
    for step in (
        _surnames,
        _honorifics,
        _institutions,
        _named_orgs,
        _short_names,
        _offices,
        _outlets,
    ):
        extra = step(state, lex, res, found)
        if extra:
            found = _resolve_overlaps(found + extra)
    if res.ner is not None:
        found = _resolve_overlaps(found + res.ner(state, lex, found))
    found = [m for m in found if not _in_spans(m.start, furniture)]
    _flag(state, found, lex.peripheral)
    state.mentions = found
