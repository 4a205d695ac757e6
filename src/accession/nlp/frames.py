"""Stage `frames.v1`: which membership question a sentence is about.

Why a separate stage: stances and consensus remarks both need "what decision, for which
candidate" before they can say who supports it or whether allies agree. A frame is
(institution, action, candidates) from cue words — MAP → `map`, invitation → `invite`,
accession talks (EU) → `open_talks`, joining / membership / ratification → `admit`
(FORMAT.md) — and the candidate states the sentence names as the object ("Sweden's
accession", "block Ukraine from joining", "the two countries" → the last pair named).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from accession.errors import NotFoundError
from accession.nlp import scan
from accession.nlp.lexicon import NUMBER_WORDS
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import find_all, lowered, mentions_by_sentence, sentences_with, word_search
from accession.nlp.text import clause_span

_GUEST = (
    r" (?:[\w-]+ )?(?:prime minister|president|chancellor|foreign minister)\b|"
    r" (?:his|her|their|its|the) (?:[\w-]+ ){0,3}?(?:counterparts?|colleagues?|guests?|leaders?"
    r"|ministers?|president|prime minister|chancellor|delegation|ambassadors?|envoys?"
    r"|diplomats|reporters|journalists|observers)\b"
)
# Case-insensitive patterns run on the lower-cased text with the word start checked by
# `word_search` (a leading `\b` and `re.I` would make the engine try every position).
_ACTIONS = (
    ("map", re.compile(r"(?:Membership Action Plan|MAP|[Mm]embership [Pp]lans?)\b")),
    # not a person asked to visit ("invited his Swedish counterpart to Budapest")
    # "urging allies to offer Georgia and Ukraine membership": offering it is the invitation
    (
        "invite",
        re.compile(
            r"invit(?:e|es|ed|ing|ation|ations)\b(?!" + _GUEST + ")"
            # not "offered something short of full membership"
            # nor "offering Ukraine the prospect of membership" (admission, some day)
            r"|offer(?:s|ed|ing)? (?:(?!short\b|less\b|alternative|instead\b|rather\b|prospect\b|"
            r"perspective\b)"
            r"[\w’'-]+ ){1,5}?membership\b(?! action)"
            # "their bids were accepted at the June summit": the invitation
            r"|(?:bids?|applications?) (?:was|were|had been|has been|have been) (?:formally )?"
            r"accepted\b"
        ),
    ),
    (
        "open_talks",
        re.compile(
            r"(?:(?:open|start|launch|begin|began|begun|unblock|restart|reopen)\w*\s+(?:(?:of|the|these|formal|its|their|"
            r"own)\s+){0,3}"
            r"(?:accession\s+|membership\s+|entry\s+)?"
            r"(?:negotiations|talks)|(?:accession|membership|entry) (?:talks|negotiations)|"
            # headline style: "Hungary blocks start of Ukraine EU talks"
            r"(?:open|start|launch|begin|began|begun|unblock)\w*\s+(?:(?:of|the)\s+){0,2}"
            r"(?:[\w-]+(?:['’]s)?\s+)?eu\s+(?:negotiations|talks)|"
            r"(?:recommended|ready|eligible|cleared|wait(?:s|ed|ing)?|green light) for "
            r"(?:the |its |their )?(?:own )?"
            r"(?:accession |membership )?(?:talks|negotiations)|"
            r"(?:negotiations|talks) (?:with [\w ]{2,40}? )?(?:to |would |will |could |should )?"
            r"(?:open|start|begin)|"
            # "Bulgaria has vetoed North Macedonia's talks" (not "Russia's talks with ...")
            r"(?<=[’'])s (?:eu |accession |membership )?(?:talks|negotiations)(?! with)|"
            # "saying that negotiations cannot be opened", "argued that talks should be opened"
            r"(?:negotiations|talks) (?:cannot|can[’']t|could|should|must|would|will)(?: not)? "
            r"(?:yet |now )?be (?:opened|started|launched|begun)|"
            # "negotiations on the accession of Serbia", "talks on Albania's accession" (the
            # technical word; "talks about its membership" may be any discussion of it)
            r"(?:negotiations|talks) (?:on|over) (?:the |their |its )?(?:[\w-]+ (?:and )?){0,3}?"
            r"(?:[\w-]+(?:’s|'s) )?accession)\b"
        ),
    ),
    (
        "admit",
        re.compile(
            # not "joining France in voicing reservations" (joining someone in an act)
            r"(?:in nato|into nato|join(?:s|ed|ing)?(?! [\w-]+(?: [\w-]+)? in \w+ing\b)|membership"
            r"|accession|ratif\w+|admi(?:t|ts|tted|tting|"
            r"ssion)|bec(?:ome|omes|ame|oming) (?:the |a |an )?(?:\w+ )?(?:full )?members?|entry|"
            r"to be (?:full |fully fledged )?members|"
            # "US support for prospective NATO members Ukraine and Georgia"
            r"prospective (?:nato |eu )?members|aspirant (?:countries|states|nations)|"
            r"enlargement|expansion|protocols?|(?:nato|eu) bid|(?<!in a )bids?|applications?)\b"
        ),
    ),
)
# Rarer phrasings of admission, tried only where the patterns above find nothing (the hot
# pattern stays short): "wants to enter the alliance", "applied alongside Finland",
# "approved it" (the protocol of the sentence before).
# The first intergovernmental conference is how EU accession talks open.
# So is adopting the negotiating framework ("refused to approve the framework for Skopje").
_TALKS_MORE_RX = re.compile(
    r"(?:(?:first|intergovernmental) conferences?|negotiating frameworks?|negotiation frameworks?|"
    r"frameworks? for (?:the )?(?:accession )?(?:negotiations|talks)|"
    # and opening negotiating chapters ("oppose opening any new negotiating chapters")
    r"open\w* (?:(?:any|new|further|more|the|its|their|\w+) ){0,3}?(?:negotiating )?"
    r"(?:chapters?|clusters?)|"
    # "blocked the formal start of negotiating chapters"
    r"(?:start|opening|launch) of (?:[\w-]+ ){0,2}?(?:negotiating )?(?:chapters|clusters))\b"
)
_CHAPTERS_RX = re.compile(r"[^.;]{0,40}?\b(?:chapters?|clusters?)\b")
_ADMIT_MORE_RX = re.compile(
    r"(?:enter(?:s|ed|ing)? (?:the )?(?:north atlantic |western )?(?:alliance|nato|eu|"
    r"european union|bloc)|"
    # "voted to expand NATO ... to include Finland and Sweden"
    r"expand(?:s|ed|ing)? (?:nato|the alliance|the eu|the european union|the union|the bloc)\b"
    r"[^.;]{0,100}? to (?:include|take in|admit)|"
    # "opposes including former Soviet allies in the Western alliance"
    r"includ(?:e|es|ed|ing) (?:[\w’'-]+ ){1,5}?in(?:to)? (?:the )?(?:north atlantic |western )?"
    r"(?:alliance|nato)\b|"
    # "urging the alliance to accept Albania and Croatia as members"
    # ("welcomed Spain as its 16th member", "was accepted as an EU member")
    r"(?:accept|admit|take|took|taking|welcom)\w* (?:in )?(?:[\w’'-]+,? ){0,8}?as "
    r"(?:an? |its |their |the )?(?:\d+\w\w |[a-z]+th |eu |nato )?(?:full |new |newest )?members?|"
    # "decided to take in two new members, Albania and Croatia"
    r"(?:take|takes|took|taking|bring|brings|brought|bringing) in (?:[\w-]+ ){0,3}?members\b|"
    # "hopes EU leaders will vote to bring Hungary into the Union"
    r"(?:bring|brings|brought|bringing|take|takes|took|taking|let|lets|letting) (?:[\w’'-]+ ){1,4}?"
    r"into (?:the )?(?:north atlantic |european )?(?:alliance|nato|eu|union|bloc)\b|"
    # "Bush welcomed the two nations into the alliance", "welcomed Finland to NATO"
    r"welcom(?:e|es|ed|ing) (?:[\w’'-]+ ){1,4}?(?:in)?to (?:the )?(?:north atlantic |european )?"
    r"(?:alliance|nato|eu|union|bloc)\b|"
    r"appl(?:y|ies|ied|ying) (?:to join|for membership|alongside|together|jointly|at the "
    r"same time|on the same day)|approv(?:e|es|ed|ing) (?:it|them)|"
    # "Moldova's place in the bloc", "the future of Moldova lies inside the Union"
    r"(?:place|future|seat) (?:lies )?(?:in|inside|within) (?:the )?(?:alliance|nato|eu|"
    r"european union|union|bloc)|"
    # "realising their European dream", "the country's European path"
    r"european (?:dream|future|path|choice|perspective|aspirations?)|"
    # "we want to become part of the EU"
    r"bec(?:ome|omes|ame|oming) (?:a |an )?(?:full |integral )?part of (?:the )?"
    r"(?:north atlantic )?(?:alliance|nato|eu|european union|union|bloc|european family)|"
    # "supports the integration of Ukraine, Moldova and Georgia into the European Union"
    r"integration (?:of (?:[\w’'-]+,? ){1,8}?)?into (?:the )?(?:north atlantic |western )?"
    r"(?:alliance|nato|eu|european union|union|bloc)|"
    # "full support on its path to the EU"
    r"(?:path|road|way) (?:in)?to (?:the )?(?:alliance|nato|eu|european union|bloc)|"
    # "could still freeze the process": stopping the story's process is about admission
    r"(?:freez\w*|froze|halt\w*|block\w*|delay\w*|stall\w*|derail\w*|h(?:old|olds|olding|eld) "
    r"up) (?:the|this) (?:whole |entire |ratification |accession )?process)\b"
)
_MORE_KEYS = (
    "includ",
    "take in",
    "takes in",
    "took in",
    "taking in",
    "bring in",
    "brings in",
    "brought in",
    "bringing in",
    " into the ",
    " into nato",
    "welcom",
    " into eu",
    "process",
    "as member",
    "accepted as",
    "admitted as",
    "as its ",
    "to include",
    "as full member",
    "as new member",
    "path to",
    "road to",
    "way to",
    "path into",
    "way into",
    "enter",
    "appl",
    "approv",
    "conference",
    "negotiating framework",
    "negotiation framework",
    "framework for",
    "chapter",
    "cluster",
    "place in",
    "place inside",
    "place within",
    "future in",
    "future inside",
    "future within",
    "future lies",
    "place lies",
    "seat in",
    "seat within",
    "seat lies",
    "european dream",
    "european future",
    "european path",
    "european choice",
    "european perspective",
    "european aspiration",
    "integration",
    "part of",
)
_ACTIONS_ALL = (*_ACTIONS, ("open_talks", _TALKS_MORE_RX), ("admit", _ADMIT_MORE_RX))
# "Kyiv asked for one", "Georgia has been seeking one": "one" stands for the MAP or the
# invitation of the sentence before (two sentences at most).
_ONE_RX = re.compile(
    r"(?:ask\w* for|seek\w*|sought|want\w*|request\w*|get|got|receive\w*|deserv\w*|"
    r"grant\w*|offer\w*|given|extend\w*|applied for|appl(?:y|ies) for) one\b"
)
_MAP_CUES = ("MAP", "Membership Action Plan", "embership plan", "embership Plan")
# Every match of the case-insensitive `_ACTIONS` contains one of these lower-case literals
# (`map` is case-sensitive and checked on the text itself).
KEYWORDS = (
    "invit",
    "negotiations",
    "talks",
    "nato",
    "join",
    "membership",
    "accession",
    "ratif",
    "admi",
    "become",
    "became",
    "becoming",
    "entry",
    "enlargement",
    "expansion",
    "protocol",
    "eu bid",
    "bid",
    "application",
    "to be full members",
    "to be fully fledged members",
    "to be members",
)
# States that news reports as outsiders to NATO/EU enlargement, never as candidates: "a threat
# to Russia" names Russia, but no article is about admitting it.
OUTSIDERS = frozenset({"RUS", "BLR", "CHN", "IRN", "PRK", "SYR"})
# Both treaties admit European states only (North Atlantic Treaty art. 10, Treaty on European
# Union art. 49): a state of another continent is never a candidate ("Moscow wants the U.S.
# to start talks" opens no EU accession talks with it), whatever the sentence's cue.
NEVER_CANDIDATES = OUTSIDERS | {"USA", "CAN", "AUS", "NZL", "JPN", "KOR", "ISR"}
# "the world's most powerful military bloc" is the alliance, not the EU
_EU_RX = re.compile(
    r"(?:EU|E\.U\.|European Union|European Council|European Commission"
    # the Union's earlier names ("The European Community formally launched negotiations
    # aimed at admitting Austria ... to the Community")
    r"|European (?:Economic )?Communit(?:y|ies)|EEC|EC|Common Market|(?<=the )Community"
    r"|(?<!military )(?<!defence )(?<!defense )bloc)\b"
)
_NATO_RX = re.compile(
    r"(?:NATO|Nato|[Aa]lliance|allies|Allies|North Atlantic|(?:military|defen[cs]e) bloc)\b"
)
_PLURAL_RX = re.compile(
    r"(?:the two (?:[\w-]+ )?(?:countries|nations|neighbours|neighbors|candidates)|"
    r"both (?:[\w-]+ )?countries|(?:n?either|each) (?:country|nation|candidate|of them|of the two)|"
    r"the two|the pair|both|"
    # "all three governments", "the seven countries": the last list of that many
    # ("the three Central European nations")
    # "invite six new countries", "six more nations" (the list may follow: "They are ...")
    r"(?:(?:all|the|all the) |(?=(?:three|four|five|six|seven|eight|nine|ten) (?:more|new|other"
    r"|additional) ))(?P<n>three|four|five|six|seven|eight|nine|ten)(?: (?:[\w-]+ ){0,2}?(?:"
    r"countries|governments|nations|candidates|states|capitals|applicants|aspirants|newcomers)|"
    # "NATO invited the seven to join": the noun left out
    r"(?= (?:to|were|have|had|will|would|are|joined|signed)\b|[,.])))\b"
)
PLURAL_RX = _PLURAL_RX  # read by stances: the same phrases as a subject ("all three governments")


def registered(items: list[dict[str, Any]], res: Any = None) -> list[dict[str, Any]]:
    """Items on FORMAT.md's questions only: the EU invites a candidate to open talks, so an
    EU "invitation" is `EU:open_talks` ("refused to invite both countries to start
    negotiations"); the EU grants no MAP; a founding member that never left was never a
    candidate (an undated story knows no members, so "The U.S. supports granting a MAP to
    Georgia" could read the United States as one). The first item per (holder, question)
    stays."""
    out, seen = [], set()
    for it in items:
        inst, action, cand = it["question"].split(":")
        if inst == "EU" and action == "map":
            continue
        if res is not None and cand in founders(res, inst):
            continue
        if inst == "EU" and action == "invite":
            it["question"] = f"EU:open_talks:{cand}"
        key = (it.get("actor_iso3"), it["question"])
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def not_yet_invited(res: Any, cand: str, on: Any) -> bool:
    """No NATO invitation (the knowledge base's enlargement cases) and no formal NATO
    application (its milestones) for `cand` on or before `on`: the decision before the
    members is still the invitation."""
    if res.kb is None or on is None:
        return False
    cache = res.cache.setdefault("frames.nato_steps", {})
    if cand not in cache:
        try:
            case_invited = res.kb.case("NATO", cand).invitation
        except NotFoundError:  # no enlargement case: never invited
            case_invited = None
        dates = [
            r["date"]
            for r in res.kb.milestones(cand)
            if r["institution"] == "NATO" and r["step"] == "application" and r["date"]
        ]
        cache[cand] = (case_invited.isoformat() if case_invited else None, min(dates, default=None))
    invited, applied = cache[cand]
    day = on.isoformat()
    return (invited is None or invited > day) and (applied is None or applied > day)


def members(res: Any, institution: str, on: Any) -> set[str]:
    if res.kb is None or on is None:
        return set()
    key = (institution, on)
    cache = res.cache.setdefault("members", {})
    if key not in cache:
        cache[key] = set(res.kb.members_on(institution, on))
    return cache[key]


def founders(res: Any, institution: str) -> set[str]:
    """The institution's founding members that never left (the knowledge base's members on
    the earliest joining date)."""
    if res.kb is None:
        return set()
    cache = res.cache.setdefault("founders", {})
    if institution not in cache:
        rows = [m for m in res.kb.memberships if m.institution == institution]
        first = min((m.joined for m in rows), default=None)
        cache[institution] = {m.member for m in rows if m.joined == first and m.left is None}
    out: set[str] = cache[institution]
    return out


# A state that joined in the last days is still reported as the candidate ("became the 30th
# member on Friday", "deposited its instrument"): the members a week before publication.
RECENT_DAYS = 7


def settled_members(res: Any, institution: str, on: Any) -> set[str]:
    """Members on `on` less those that joined in the `RECENT_DAYS` before it."""
    if on is None:
        return set()
    key = (institution, on)
    cache = res.cache.setdefault("settled_members", {})  # like `members`: read-only sets
    if key not in cache:
        cache[key] = members(res, institution, on) & members(
            res, institution, on - dt.timedelta(days=RECENT_DAYS)
        )
    return cache[key]


def _object_states(sentence_mentions: list[Mention]) -> list[Mention]:
    return [
        m
        for m in sentence_mentions
        if m.type == "state" and not m.place and m.form != "metonym" and not m.implied
    ]


_CLAUSE_RX = re.compile(r",? but |; |, while |, whereas |, saying |\bsaying\b")


_CLAUSE_CUES = (";", "but ", "while ", "whereas ", "saying")


def _clause(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    if not any(c in text[s:e] for c in _CLAUSE_CUES):  # the common case, without a regex
        return s, e
    return clause_span(text, s, e, pos, _CLAUSE_RX)


def frames_stage(state: DocState, res: Any) -> None:
    text = state.text
    frames: list[dict[str, Any]] = []
    last_pair: list[str] = []
    lists: list[tuple[int, list[str]]] = []  # every list of states named so far, latest last
    bare: list[tuple[int, str, str, int]] = []
    low = lowered(state)
    more = sentences_with(state, _MORE_KEYS)
    cued = sentences_with(state, KEYWORDS) | more
    cued |= {
        state.sentence_of(i)
        for i in find_all(
            text, ("MAP", "Membership Action Plan", "embership plan", "embership Plan")
        )
    }
    by_sentence = mentions_by_sentence(state)
    last_action: tuple[int, str, str] | None = None
    inst_of = ""
    for si, (s, e) in enumerate(state.sentences):
        action, apos = None, -1
        if si in cued:
            for name, rx in _ACTIONS_ALL if si in more else _ACTIONS:
                src = text if name == "map" else low
                m = scan.boundary_search(rx, src, s, e)
                while m and (
                    _interval_before(low, s, m.start())
                    or _OTHER_CLUB_RX.match(low, m.end(), e)
                    or name == "admit"
                    and _member_since(low, s, m.start(), m.end())
                ):
                    # "six years after it was given a MAP"; "entry into the Schengen area"
                    m = scan.boundary_search(rx, src, m.end(), e)
                if m:
                    action, apos = name, m.start()
                    break
        anaphor = None
        if action is None and last_action and si - last_action[0] <= 2:
            if low.find(" one", s, e) >= 0:
                m1 = word_search(_ONE_RX, low, s, e)
                anaphor = m1.start() if m1 else None
            elif last_action[2] == "map" and low.find(" the plan", s, e) >= 0:
                # "lobbied hard for the plan" right after a sentence on the MAP
                anaphor = low.find(" the plan", s, e) + 1
            if anaphor is not None:
                inst_of, action, apos = last_action[1], last_action[2], anaphor
        states = _object_states(by_sentence[si])
        pair_before = last_pair  # rebound below, never changed in place
        names = [mn for mn in states if mn.form in ("state_name", "capital")]
        if len({mn.country_iso3 for mn in names}) >= 2:
            last_pair = []
            for mn in names:
                if mn.country_iso3 not in last_pair:
                    last_pair.append(mn.country_iso3 or "")
            # each coordinated run ("Poland, Hungary and the Czech Republic") is a list a
            # count can refer to
            lists.extend((si, run) for run in _runs(text, names))
        if action is None:
            continue
        if action == "open_talks" and _OTHER_TALKS_RX.search(low, apos, min(e, apos + 60)):
            continue  # "ready for talks with Russia": not accession talks
        inst = inst_of if anaphor is not None else _institution(state, action, s, e, apos)
        if action == "open_talks" and _nato_talks(state, s, e):
            # NATO's "accession talks" are part of admission, but beginning them is what an
            # invitation offers ("agreed to begin accession talks with Bulgaria, ...")
            begin = low.startswith(("begin", "began", "start", "open", "launch"), apos)
            inst, action = "NATO", "invite" if begin else "admit"
        elif action == "open_talks" and _CONCLUDE_RX.search(low, max(s, apos - 50), apos):
            # "hopes to conclude its membership negotiations next year": the end of talks is
            # the step before admission, not their opening
            action = "admit"
        if action in ("map", "invite"):
            last_action = (si, inst, action)
        mem = settled_members(res, inst, state.published)
        cands = _candidates(text, states, mem, s, e, apos)
        ca, cb = _clause(text, s, e, apos)
        in_clause = [
            c for c in cands if any(m.country_iso3 == c and ca <= m.start < cb for m in states)
        ]
        plural = word_search(_PLURAL_RX, low, ca, cb) if not in_clause else None
        if plural is not None and (pair_before or plural.group("n")):
            n = NUMBER_WORDS.get(plural.group("n") or "", 2)
            listed = [c for c in pair_before if c not in mem]
            if n == 2 and listed and any(c in OUTSIDERS for c in listed):
                # "the two countries' bids" after a sentence naming Washington and Beijing, or
                # "Russia's invasion of Ukraine": the latest coordinated pair of non-members
                # that are no outsiders ("Finland and Sweden"), else the story's own
                outsiders_only = all(c in OUTSIDERS for c in listed)
                listed = next(
                    (
                        y
                        for li, x in reversed(lists)
                        if li < si
                        and len(y := [c for c in x if c not in mem]) == 2
                        and not any(c in OUTSIDERS for c in y)
                    ),
                    listed if outsiders_only else [],
                )
            if n != 2:  # "all three governments": the latest list of three
                listed = next(
                    (
                        [c for c in x if c not in mem]
                        for li, x in reversed(lists)
                        if li < si and len(x) == n
                    ),
                    [],
                )
                if not listed and si + 1 < len(by_sentence):
                    # "We have decided to invite six new countries ... They are Romania,
                    # Bulgaria, ...": a list of that many right after names them
                    nxt = [
                        mn
                        for mn in _object_states(by_sentence[si + 1])
                        if mn.form in ("state_name", "capital")
                    ]
                    listed = next(
                        ([c for c in r if c not in mem] for r in _runs(text, nxt) if len(r) == n),
                        [],
                    )
            if n == 2 or len(listed) == n:
                cands = listed[:n]
        if not cands:
            bare.append((si, inst, action, apos))
            continue
        if action == "open_talks" and _under_way(low, apos, cands, res, state.published):
            # "holding up Croatia's membership negotiations" years after they opened: the
            # talks under way are the admission's step, not their opening
            action = "admit"
        frames.append(
            {
                "sentence": si,
                "institution": inst,
                "action": action,
                "pos": apos,
                "candidates": cands,
                "questions": [f"{inst}:{action}:{c}" for c in cands],
            }
        )
        if action == "admit" and low.startswith(_VAGUE, apos):
            frames[-1]["vague"] = True
        if action == "admit" and (both := _BOTH_RX.search(text, apos, min(e, apos + 70))):
            # "voted to join both NATO and the European Union": membership of each
            other = "EU" if inst == "NATO" else "NATO"
            if {_inst_word(both.group(1)), _inst_word(both.group(2))} == {"EU", "NATO"}:
                frames[-1]["questions"] += [f"{other}:{action}:{c}" for c in cands]
    state.frames = frames
    _refer_back(state, bare, res)
    _focus_vague(state)


# Words that name no particular decision: "entry", "enlargement", "expansion" in an article
# about a MAP or an invitation speak of that decision ("will not give its green light to the
# entry of Ukraine" in a story on MAPs; Moscow "opposed the expansion" as allies invite).
_VAGUE = ("entry", "enlargement", "expansion")
# Membership words that name no step: without a candidate of their own they speak of the
# story's decision ("membership could only come after the war" in a story on the invitation).
_GENERIC = (*_VAGUE, "membership", "join", "bid", "application", "become", "became", "in nato")


# "six years after it was given a Membership Action Plan": a step dated back from the news in
# its own phrase is history, not what the sentence decides.
_INTERVAL_RX = re.compile(r"\b(?:years?|months?|decades?|weeks?) (?:after|since) [^,;]*$")


# "Romania, which joined the EU in 2007, wants ...": a member's own accession told in a
# relative clause with its year is background, not the sentence's decision.
_WHICH_BEFORE_RX = re.compile(r",\s+(?:which|who)\s+(?:has\s+|had\s+|itself\s+|also\s+)?$")
_YEAR_AFTER_RX = re.compile(r"[^,.;]{0,40}?\b(?:in|since) (?:19|20)\d\d\b")


def _member_since(low: str, s: int, a: int, b: int) -> bool:
    return (
        _WHICH_BEFORE_RX.search(low, max(s, a - 20), a) is not None
        and _YEAR_AFTER_RX.match(low, b) is not None
    )


def _interval_before(low: str, s: int, pos: int) -> bool:
    a = max(s, pos - 50)
    return (" after " in low[a:pos] or " since " in low[a:pos]) and _INTERVAL_RX.search(
        low, a, pos
    ) is not None


def _focus_vague(state: DocState) -> None:
    vague = [f for f in state.frames if f.get("vague")]
    if not vague:
        return
    main = main_questions(state)
    for f in vague:
        for q in main:
            inst, action, _ = q.split(":")
            if inst != f["institution"] or action == f["action"]:
                continue
            qs = [f"{inst}:{action}:{c}" for c in f["candidates"]]
            if all(x in main for x in qs):
                f["action"], f["questions"] = action, qs
            break


def _nato_talks(state: DocState, s: int, e: int) -> bool:
    """Talks in a sentence that names NATO and not the EU ("NATO ambassadors ... accession
    talks with Finland")."""
    text = state.text
    return word_search(_NATO_RX, text, s, e) is not None and word_search(_EU_RX, text, s, e) is None


_CONCLUDE_RX = re.compile(
    r"\b(?:wrap\w* up|conclud\w*|clos(?:e|es|ed|ing)|complet\w*|finish\w*|end(?:s|ed|ing)?)"
    r"\s+(?:[\w’'-]+\s+){0,4}$"
)


# The words that name one step, shared by stances (a cue's object) and consensus (the step
# named nearest a remark): an invitation, a MAP, accession talks.
STEP_WORD_RX = re.compile(
    r"\b(?:(?P<invite>invitations?)|(?P<map>membership action plans?|map)|"
    r"(?P<talks>(?:accession|membership|entry) (?:talks|negotiations)))\b"
)
STEP_ACTION = {"invite": "invite", "map": "map", "talks": "open_talks"}


_OTHER_TALKS_RX = re.compile(
    r"\b(?:talks|negotiations) with (?:russia|moscow|the kremlin|putin|the taliban|hamas|"
    r"china|beijing|iran|tehran|north korea|pyongyang)\b"
    # talks to end a war: "begin negotiations on ending the Ukraine war"
    r"|\b(?:talks|negotiations) (?:on|about|over|to|for) (?:end(?:ing)?|a ceasefire|a truce|"
    r"peace|a peace)\b"
)


def _under_way(low: str, apos: int, cands: list[str], res: Any, on: Any) -> bool:
    """The talks a decision word at `apos` names are under way for every candidate (opened
    more than a month before `on`): "membership negotiations" or the opening of a chapter
    ("blocks the opening of Chapter 23") is then a step of admission, not the opening."""
    return (
        low.startswith(("accession", "membership", "s "), apos)
        or _CHAPTERS_RX.match(low, apos) is not None
    ) and all(_talks_open(res, c, on) for c in cands)


def _talks_open(res: Any, cand: str, on: Any) -> bool:
    """EU accession talks with `cand` opened (first intergovernmental conference or the
    decision) more than a month before `on`, by the knowledge base's milestones."""
    if res.kb is None or on is None:
        return False
    cache = res.cache.setdefault("frames.talks_opened", {})
    if cand not in cache:
        dates = [
            r["date"]
            for r in res.kb.milestones(cand)
            if r["institution"] == "EU" and r["step"] == "open_talks" and r["date"]
        ]
        cache[cand] = max(dates) if dates else None
    opened = cache[cand]
    return opened is not None and opened < (on - dt.timedelta(days=31)).isoformat()


_BOTH_RX = re.compile(
    r"\b(?:both )?(?:the )?(NATO|Nato|EU|European Union)(?:’s|'s)? and (?:the )?(NATO|Nato|EU|"
    r"European Union)\b"
)


def _inst_word(word: str) -> str:
    return "NATO" if word in ("NATO", "Nato") else "EU"


def _institution(state: DocState, action: str, s: int, e: int, pos: int = -1) -> str:
    """EU or NATO: the sentence's own words, else the article's ("membership" alone in an
    article about EU talks is EU membership). A sentence that names both takes the one named
    right after the decision word ("joining the European Union, days after vowing to veto its
    entry into NATO")."""
    text = state.text
    if action == "open_talks":
        return "EU"
    eu, nato = word_search(_EU_RX, text, s, e), word_search(_NATO_RX, text, s, e)
    if eu and nato and pos >= 0:
        near = min(e, pos + 60)
        eu_after = word_search(_EU_RX, text, pos, near)
        nato_after = word_search(_NATO_RX, text, pos, near)
        if eu_after and (nato_after is None or eu_after.start() < nato_after.start()):
            return "EU"
    if eu or nato:
        return "EU" if eu and not nato else "NATO"
    low = lowered(state)
    if low.find("accession treat", s, e) >= 0 or low.find("treaty of accession", s, e) >= 0:
        return "EU"  # NATO admits by accession protocols; an accession treaty is the EU's
    doc = state.cache.get("frames.doc_institution")
    if doc is None:
        # rough counts with str.count (C speed; a whole-text regex costs more than it tells)
        # ("bloc" minus "block": "blocking", "blocked" and "blockade" name no bloc)
        n_eu = text.count("EU") + text.count("European") + text.count("bloc") - text.count("block")
        n_nato = (
            text.count("NATO") + text.count("Nato") + text.count("lliance") + text.count("llies")
        )
        doc = state.cache["frames.doc_institution"] = "EU" if n_eu > n_nato else "NATO"
    return doc


def _refer_back(state: DocState, bare: list[tuple[int, str, str, int]], res: Any = None) -> None:
    """A decision word with no candidate of its own ("ratified it", "the enlargement", "the
    alliance's expansion") refers to what the article is about: its main questions of the
    same institution. Marked `implicit` so that stances can ask for a clearer holder."""
    if not bare or not state.frames:
        return
    main = main_questions(state)
    low = lowered(state)
    named = {f["sentence"]: f for f in state.frames}
    for si, inst, action, apos in bare:
        qs = [q for q in main if q.startswith(inst + ":")]
        before = named.get(si - 1)
        if qs and before is not None and before["institution"] == inst:
            # "the protocol" right after a sentence on Finland's membership is Finland's, not
            # every candidate the story is about; "its own talks" right after a sentence on
            # talks for North Macedonia and Albania may be either's
            kinds = dict.fromkeys(q.rsplit(":", 1)[0] for q in qs)
            qs = [f"{k}:{c}" for k in kinds for c in before["candidates"]]
        if not qs:
            continue
        if not (action == "admit" and low.startswith(_GENERIC, apos)):
            # "agreed to invite both Nordic countries" in a story on their accession: the
            # decision named (invite), for the candidates the story is about
            step = action
            if (
                action == "open_talks"
                and res is not None
                and _under_way(low, apos, [q.rsplit(":", 1)[1] for q in qs], res, state.published)
            ):
                step = "admit"  # "blocking the opening of the chapter": talks under way
            qs = list(dict.fromkeys(f"{inst}:{step}:{q.rsplit(':', 1)[1]}" for q in qs))
        state.frames.append(
            {
                "sentence": si,
                "institution": inst,
                "action": action,
                "pos": apos,
                "candidates": [q.rsplit(":", 1)[1] for q in qs],
                "questions": qs,
                "implicit": True,
            }
        )
    state.frames.sort(key=lambda f: f["sentence"])


def headline_end(state: DocState) -> int:
    """Where the headline ends in the text: the title, also after page furniture before it
    ("Skip to content", "Skip next section"); 0 when the text does not repeat it."""
    title = state.title.strip()
    if not title:
        return 0
    i = state.text.find(title, 0, 300 + len(title))
    return i + len(title) if i >= 0 else 0


def _runs(text: str, names: list[Mention]) -> list[list[str]]:
    """The coordinated runs of states among `names` (in text order): "Poland, Hungary and
    the Czech Republic" is one run of three."""
    out: list[list[str]] = []
    run: list[str] = []
    prev: Any = None
    for mn in names:
        if prev is not None and text[prev.end : mn.start] not in (", ", " and ", ", and "):
            if len(run) >= 2:
                out.append(run)
            run = []
        if mn.country_iso3 and mn.country_iso3 not in run:
            run.append(mn.country_iso3)
        prev = mn
    if len(run) >= 2:
        out.append(run)
    return out


def main_questions(state: DocState) -> list[str]:
    """The dominant question and those of the same kind asked about exactly as often: "MAP
    for Ukraine and Georgia", named together throughout, is about two candidates."""
    counts = _question_counts(state)
    if not counts:
        return []
    (top, n), *rest = counts.most_common()
    kind = top.rsplit(":", 1)[0]
    return [top] + [q for q, c in rest if q.rsplit(":", 1)[0] == kind and c == n]


_WHERE_BEFORE_RX = re.compile(r"\b(?:over|across|near|around|throughout|inside)\s+(?:the\s+)?$")
# Other clubs a state joins: "entry into the Schengen area", "accession to the euro zone".
_OTHER_CLUB_RX = re.compile(
    r"\s+(?:in|into|to|of)\s+(?:the\s+)?(?:schengen|euro ?zone|eurozone|euro area|oecd|wto|"
    r"world trade organi[sz]ation|council of europe|brics|erm)\b"
)
_CONDITION_AFTER_RX = re.compile(r"\b(?:until|unless|provided|as long as|on condition)\b")
_IN_CONDITION_RX = re.compile(r"\b(?:in|of|with|for|on)\s+(?:the\s+)?$")
_WAR_BEFORE_RX = re.compile(
    r"\b(?:invaded|invading|invade|invasion of|(?:war|conflict|fighting) (?:(?:rages|raging|"
    r"raged|continues|continuing|goes on|going on) )?(?:in|on|against)|"
    r"attacks? on|attacked|aggression against|occupation of|occupied)\s+(?:(?:the\s+)?(?:eastern|"
    r"western|southern|northern|south-eastern|north-eastern|south-western|north-western)\s+)?$"
)


def _candidates(
    text: str, states: list[Mention], mem: set[str], s: int, e: int, apos: int = -1
) -> list[str]:
    cands: list[str] = []
    cond = _CONDITION_AFTER_RX.search(text, apos, e) if apos >= 0 else None
    for m in states:
        if (
            cond is not None
            and m.start >= cond.end()
            and _IN_CONDITION_RX.search(text, max(s, m.start - 10), m.start)
        ):
            continue  # "should not ratify the accessions until electoral reform in Bosnia":
            # a place in the condition after the decision is not its candidate (the subject
            # of the condition, "provided Ankara extends ...", may be)
        iso = m.country_iso3 or ""
        if (
            iso in cands
            or m.peripheral
            or iso in mem
            or iso in NEVER_CANDIDATES
            or m.attribute
            and m.form == "demonym"
        ):
            continue
        if _WHERE_BEFORE_RX.search(text, max(s, m.start - 12), m.start) and not text.startswith(
            ("’s", "'s"), m.end
        ):
            # "air strikes over Kosovo": where something happens, not a candidate ("divided
            # over Ukraine's membership" names what is owned)
            continue
        if _WAR_BEFORE_RX.search(text, max(s, m.start - 25), m.start):
            continue  # "after Russia invaded Ukraine": the war's victim, not a candidate
        if not mem and not _object_like(text, m, s, e):
            continue
        cands.append(iso)
    return cands


def _object_like(text: str, m: Mention, s: int, e: int) -> bool:
    """Without membership dates: a state named as joining or as the object of the decision."""
    after = text[m.end : m.end + 40]
    before = text[max(s, m.start - 30) : m.start]
    return bool(
        re.match(
            r"(?:’s|'s)?\s+(?:\w+\s+){0,2}(?:joins?|joined|accession|membership|bid|"
            r"application|entry|request)"
            # the one judged: "Bosnia is seen by Germany ... as unprepared for a MAP"
            r"|\s+(?:is|was|are|were) (?:widely |still )?(?:seen|regarded|considered|viewed|"
            r"deemed|judged|not ready|unprepared)\b",
            after,
            re.I,
        )
        or re.search(
            r"\b(?:invite|admit|block|welcome|offer|put)\s+$"
            # the new members named after the word: "to take in two new members, Albania and
            # Croatia"
            r"|\bmembers(?:,|:| —| –| --)\s+(?:[\w-]+(?:,| and| or)\s+){0,3}$"
            # the other side of the talks: "membership talks should open with Croatia"
            r"|\b(?:talks|negotiations)\b[^.;]{0,20}\bwith\s+$",
            before,
            re.I,
        )
    )


def _question_counts(state: DocState) -> Counter[str]:
    counts: Counter[str] = Counter()
    title_end = headline_end(state)
    for f in state.frames:
        if f.get("implicit"):
            continue
        w = 2 if state.sentences[f["sentence"]][0] < max(title_end, 1) else 1
        for q in f["questions"]:
            counts[q] += w
    return counts


def dominant_question(state: DocState) -> str | None:
    """The question the article is mostly about (title frames count double)."""
    counts = _question_counts(state)
    return counts.most_common(1)[0][0] if counts else None
