"""Stage `events.v1`: meetings, summits, letters, applications, invitations, protocol
signatures, ratifications, accessions and dated statements, with dates and places.

Why trigger rules per sentence: an event is named by a few verbs and nouns; what matters is
its date, so each event takes the date phrase of its own sentence (normalised against the
publication date and the verb's tense), else the date of the story's occasion — the
sentence before, or the article's first explicit date — when the sentence is in the past.
Negated and hypothetical mentions ("has not been invited", "if it were to ratify") are not
events. One event per type and date (statements: per speaker) — an article repeats itself.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from accession.nlp.dates import MONTH_NAMES, find_dates, future_in
from accession.nlp.pipeline import DocState
from accession.nlp.scan import lowered, mentions_by_sentence, word_search
from accession.nlp.statements import quote_speaker, speaker_before, statements

# Lower-case patterns whose every alternative starts with a literal word (no leading \b, no
# optional prefix): the regex engine can then skip ahead fast, which is most of this
# stage's cost. They run on `text.lower()`; word starts are checked in Python.
_TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "summit",
        r"(?:summits?|(?:eu|european union|bloc[’']?s?) leaders (?:\w+ ){0,2}(?:agreed|decided)|"
        r"european council (?:agreed|decided|approved))\b",
    ),
    (
        "meeting",
        r"(?:meeting (?:of|with|between|in|on)\b|(?:will|to|would|shall) meet\b(?! (?:\w+ )?"
        r"(?:concerns|demands|criteria|conditions|requirements|targets|standards|obligations"
        r"|goals|needs|expectations|deadlines?|benchmarks))|met (?:with|in|on)\b(?<!met with)|met "
        r"with\b(?! (?:\w+ )?(?:skepticism|scepticism|criticism|resistance|opposition|silence|prot"
        r"ests?|anger|concern))|met (?!(?:the|its|all|their|these|those|our|his|her|with|in|on)\b)"
        r"[a-z]{3,}\b(?! (?:criteria|conditions|requirements|demands|targets?|standards|obligation"
        r"s|goals))|talks in\b|host(?:ed|s) (?!(?:the|a|an|its|their|this|next|by|talks|summit)\b)"
        r"|meets? (?:in|on|at"
        r"|with)\b|met (?:his|her|their) (?:\w+ )?counterparts?\b|talks with\b|"
        r"(?:their|bilateral|held|for) talks\b|intergovernmental "
        r"conferences?\b|(?:gathered|gathering|gather) (?:in|on|at)\b|"
        r"(?:a|the|an|ministerial|ministers[’']?|nato|high-level|leaders[’']?|council|bilateral"
        r"|emergency|at)\s+(?:(?!was\b|is\b|were\b|are\b|be\b|been\b)[\w’'-]+\s+){0,2}meeting\b)",
    ),
    (
        "letter",
        r"(?:in (?:a|her|his|their|the|its) (?:[\w-]+ ){0,2}letters?|letters? (?:to|sent|dated|add"
        r"ressed)|"
        r"wrote to|sent (?:a |an |the )?(?:[\w-]+ ){0,2}letters?|a letter from)\b",
    ),
    (
        "application",
        r"(?:applied (?:for|to join)|(?:submitted|hand(?:s|ed)? (?:in|over)|lodged|filed|sent|deli"
        r"vered) "
        r"(?:its|an|their|a|the) (?:[\w’'-]+ ){0,3}?applications?|appl(?:ies|y) for|applications? "
        r"(?:was|were|has been|have been) (?:formally |officially )?(?:submitted|handed|lodged|fil"
        r"ed"
        r"|delivered))\b",
    ),
    (
        "invitation",
        r"(?:invited\b(?! to (?:attend|speak|the summit))|invites (?:[\w’'-]+ ){1,3}to (?:join|beg"
        r"in"
        r"|start|become)\b|won (?:an? )?invitations?|received (?:an |a formal |formal )?invitation"
        r"s?"
        r"|extend(?:ed|s)? (?:an? )?(?:formal )?invitations?|issued (?:an? )?(?:formal )?invitatio"
        r"ns?)",
    ),
    (
        "protocol_signature",
        r"(?:sign(?:ed|s|ing)? (?:the |an |its |their )?(?:[\w’'-]+ ){0,2}?(?:accession )?protocol"
        r"s?|"
        r"protocols? (?:[\w’'-]+ ){0,3}?(?:was|were|has been|have been) signed|(?:signature|signin"
        r"g) "
        r"of (?:the |its |their )?(?:[\w’'-]+ ){0,2}?protocols?)\b",
    ),
    (
        "ratification",
        r"(?:ratif(?:ied|ies|y|ying|ication)|approved (?:the|a) bill|voted (?:[\w-]+ ){0,4}?(?:to "
        r"approve|to ratify|yes to|in favou?r of)|bill was approved|"
        r"(?:parliament|assembly)(?:’s|'s)? approval|"
        r"(?:parliament|senate|lawmakers|legislators|deputies|assembly|sabor|sejm|storting|riksdag|"
        r"bundestag|congress|legislature|mps)\s+(?:\w+\s+)?(?:endorsed|passed|approved|backed)|"
        r"approved (?:[\w’'-]+ ){0,3}?(?:accession|membership|bid)|voted (?:[\w-]+ ){0,4}?to (?:ba"
        r"ck"
        r"|endorse|admit|accept))\b",
    ),
    (
        "accession",
        r"(?:join(?:ed|s) (?:nato|the (?:north atlantic )?alliance|the (?:european )?union|the eu"
        r"|the bloc)\b|join (?:\w+ )?within (?:days|weeks|months)|"
        r"became (?:the |a |an )?(?:[\w’'-]+ ){0,2}?(?:member|ally)\b|"
        r"becomes (?:the )?\d+\w* member|"
        r"(?:formally|officially) (?:joined|joins|entered|admitted)\b|flags? (?:was |were |is )?"
        r"(?:raised|hoisted)|rais(?:ed|es|ing) (?:its|the|their) (?:\w+ )?flag|flag-raising|"
        r"join(?:ed|s) the (?:[\w-]+ ){1,2}alliance\b|"
        r"accession papers|instruments? of accession|deposited)",
    ),
)
_NEG_RX = re.compile(
    r"\b(?:not|never|no|yet to|n[’']t|if|unless|whether|refus\w+|fail\w*|without)\b[^.,;]{0,30}$",
    re.I,
)
# An obligation or possibility ("must then ratify", "could ratify") is no event; but an
# expected accession ("must deposit its instrument of accession", "could join within days")
# is one a reader lists, undated. One search for both (the `modal` group tells which).
_NEG_OR_MODAL_RX = re.compile(
    r"\b(?:not|never|no|yet to|n[’']t|if|unless|whether|refus\w+|fail\w*|without|(?P<modal>must"
    r"|should|could|might|may|need to|needs to|has to|have to))\b[^.,;]{0,30}$",
    re.I,
)
_PLACE_RX = re.compile(  # used with word_search (a leading \b, without its cost)
    r"(?:in|at)\s+(?:the\s+)?(?:\w+\s+city\s+of\s+)?([A-Z][a-zé]+(?:\s[A-Z][a-z]+)?)"
)
_NOT_PLACE = frozenset(
    {
        "NATO",
        "The",
        "A",
        *MONTH_NAMES,
    }
)


def _place(state: DocState, si: int, s: int, e: int) -> str | None:
    for m in mentions_by_sentence(state)[si]:
        if m.place and m.type == "state":
            return m.text
    pm = word_search(_PLACE_RX, state.text, s, e)
    if pm and pm.group(1).split()[0] not in _NOT_PLACE:
        word = pm.group(1)
        if pm.start(1) not in _actor_starts(state):
            return word
    return None


_DATELINE_RX = re.compile(r"[A-Z][A-Z .,/()-]*,\s*$")


def _dateline(state: DocState, pos: int) -> bool:
    """ "ANKARA, March 31 - ...": the dateline repeats the publication date, not an event's."""
    if "," not in state.text[max(0, pos - 3) : pos]:
        return False
    para = next((p for p in state.paragraphs if p[0] <= pos < p[1]), None)
    return (
        para is not None
        and pos - para[0] < 30
        and bool(_DATELINE_RX.match(state.text, para[0], pos))
    )


def _same_paragraph(state: DocState, a: int, b: int) -> bool:
    return any(ps <= a < pe and ps <= b < pe for ps, pe in state.paragraphs)


def _actor_starts(state: DocState) -> set[int]:
    got = state.cache.get("events.actor_starts")
    if got is None:
        got = state.cache["events.actor_starts"] = {m.start for m in state.mentions if not m.place}
    return got


def _quoted_relative(state: DocState, h: Any) -> bool:
    """ "today" inside a quote is the day of the statement, not of publication."""
    word = state.text[h.start : h.end].lower()
    if word not in ("today", "yesterday", "tomorrow"):
        return False
    return any(q["start"] <= h.start < q["end"] for q in state.quotes)


# Case-insensitive via a lower-cased copy and without a leading \b: the engine can then skip
# to the letters that start a trigger (a large share of the per-article time otherwise).
# Each trigger type has literal stems; one trie-shaped regex finds the stems (fast), then the
# type's full pattern is checked in a small window around each stem.
_STEMS: dict[str, tuple[str, ...]] = {
    "summit": ("summit", "leaders", "european council"),
    "meeting": (
        "meeting",
        "meet",
        "met ",
        "talks with",
        "their talks",
        "bilateral talks",
        "held talks",
        "for talks",
        "intergovernmental",
        "talks in",
        "hosted",
        "hosts",
        "gather",
    ),
    "letter": ("letter", "wrote to"),
    "application": (
        "appl",
        "submitted",
        "handed in",
        "hands in",
        "handed over",
        "hands over",
        "lodged",
        "filed",
    ),
    "invitation": ("invited", "invitation", "invites"),
    "protocol_signature": ("protocol",),
    "ratification": ("ratif", "approv", "voted", "bill was", "endorsed", "passed", "backed"),
    "accession": ("joined", "joins", "within ", "became", "becomes", "accession", "instrument")
    + ("deposited", "formally", "officially", "flag", "raised", "raises", "raising"),
}
_TYPE_RX = {t: re.compile(p) for t, p in _TRIGGERS}
_STEM_TYPES: dict[str, list[str]] = {}
for _t, _stems in _STEMS.items():
    for _st in _stems:
        _STEM_TYPES.setdefault(_st, []).append(_t)


def _trigger_hits(low: str) -> list[tuple[str, int]]:
    stems: dict[int, list[str]] = {}
    for stem, types in _STEM_TYPES.items():
        pos = low.find(stem)
        while pos >= 0:
            if not pos or not low[pos - 1].isalnum():
                stems.setdefault(pos, types)  # every stem at one start has the same types
            pos = low.find(stem, pos + 1)
    out: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()
    for pos in sorted(stems):
        for t in stems[pos]:
            for hit in _TYPE_RX[t].finditer(low, max(0, pos - 60), min(len(low), pos + 60)):
                if hit.end() <= pos:
                    continue
                # the first match that ends after the stem is the only one that can hold it
                # (the next ones start after it): the rest of the window is not scanned
                h = hit.start()
                if h <= pos and (t, h) not in seen and not (h and low[h - 1].isalnum()):
                    seen.add((t, h))
                    out.append((t, h))
                break
    return out


def events_stage(state: DocState, res: Any) -> None:
    """One pass of each pattern over the whole text (speed), then per sentence."""
    text, pub = state.text, state.published
    by_sentence: dict[int, list[Any]] = {}
    dates = find_dates(text, 0, len(text), pub, lowered(state))
    for h in dates:
        if not _quoted_relative(state, h):
            by_sentence.setdefault(state.sentence_of(h.start), []).append(h)
    triggers: dict[int, list[tuple[str, int]]] = {}
    for etype, pos in sorted(_trigger_hits(lowered(state)), key=lambda h: h[1]):
        si = state.sentence_of(pos)
        s = state.sentences[si][0]
        nm = _NEG_OR_MODAL_RX.search(text, max(s, pos - 40), pos)
        if nm is not None and (
            etype != "accession"
            or not nm.group("modal")
            or _NEG_RX.search(text, max(s, pos - 40), pos)
        ):
            continue
        triggers.setdefault(si, []).append((etype, pos))
    for pos in statements(text, dates if pub is not None else None):
        triggers.setdefault(state.sentence_of(pos), []).append(("statement", pos))
    low = lowered(state)
    found: list[dict[str, Any]] = []
    anchor: str | None = None
    prev_date: tuple[int, str | None] | None = None
    for si, (s, e) in enumerate(state.sentences):
        hits = by_sentence.get(si, [])
        # a dateline ("OSLO, Nov 29 -") repeats the publication date: not an event's date
        sent_date = next((h for h in hits if h.date and not _dateline(state, h.start)), None)
        if sent_date and anchor is None and (pub is None or sent_date.date <= pub.isoformat()):
            anchor = sent_date.date
        if si in triggers and not any(fs <= s < fe for fs, fe in state.furniture):
            future = future_in(text, s, e)
            seen_types: set[str] = set()
            for etype, pos in triggers[si]:
                if etype in seen_types and not low.endswith("another ", 0, pos):
                    continue  # one event per type and sentence, unless "another summit"
                if etype == "statement":
                    key = quote_speaker(state, s, e, pos)
                    if key is None:
                        who = speaker_before(state, pos, s)
                        key = who.key if who is not None else None
                    if key is None:
                        continue
                    ev = _event(state, etype, pos, si, hits, prev_date, future, s, e)
                    ev["speaker_key"] = key
                else:
                    ev = _event(state, etype, pos, si, hits, prev_date, future, s, e)
                seen_types.add(etype)
                found.append(ev)
        if sent_date:
            prev_date = (si, sent_date.date)
    _date_named(state, found, by_sentence)
    for ev in found:  # an undated past event is of the story's day; tense read only here
        pos = ev.pop("_pos")
        if ev.pop("_named", None):
            continue  # "the Madrid summit": its own date, stated elsewhere, or none
        if (
            ev["date"] is None
            and anchor
            and ev["_prec"] != "year"
            and not future_in(text, max(ev["start"], pos - 40), pos)
        ):
            ev["date"] = anchor
    state.events = _dedupe(_drop_background(state, found, low))
    for ev in state.events:  # places only for the events kept (the same as before dedupe)
        ev["place"] = _place(state, ev.pop("_si"), ev["start"], ev["end"])


# Leaders as the subject of a meeting make it a summit ("NATO leaders meeting in Brussels",
# "when allied leaders meet"); ministers or ambassadors, or leaders as the object ("Putin is
# to meet allied leaders"), leave it a meeting. Lower-case, before the trigger.
_LEADERS_RX = re.compile(
    r"(?:(?:nato|eu|allied|alliance|european|g7|g20|world|bloc|member[- ]state|union)(?:’s|'s)?"
    r" leaders|heads of (?:state|government))(?:’|'s)?(?:\s+(?:are|were|will|would|to|who|had"
    r"|have))?\s+(?:\w+\s+)?(?:meet|gather)"
)


_BREAK_BEFORE_RX = re.compile(r",|;| and | but | after | before | since | when | while ")
_SHIFT_RX = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|ten|\d{1,2}) (days?|weeks?) (after|before)\b"
)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER["ten"] = 10


def _date_near(text: str, hits: list, pos: int) -> tuple[Any, int]:
    """The date phrase of the trigger's clause and a shift in days: the nearest date within
    90 characters (from its nearer edge), where a date behind a clause break ("in May, and
    signed in June"; "...; Tuesday's talks") counts as far; "on Monday approved it three days
    after X flew in for talks" dates the talks three days before Monday."""
    best, best_d, best_shift = None, 10**6, 0
    for h in hits:
        if not (h.date or h.precision == "year") or abs(h.start - pos) > 90:
            continue
        shift = 0
        if h.end <= pos:
            d, between = pos - h.end, text[h.end : pos]
            sm = _SHIFT_RX.search(between) if h.precision == "day" else None
            if sm is not None:
                n = _NUMBER.get(sm.group(1)) or int(sm.group(1))
                n *= 7 if sm.group(2).startswith("week") else 1
                shift = -n if sm.group(3) == "after" else n
            elif _BREAK_BEFORE_RX.search(between):
                d += 100
        else:
            d = h.start - pos
            if ";" in text[pos : h.start] or ". " in text[pos : h.start]:
                d += 100
        if d < best_d:
            best, best_d, best_shift = h, d, shift
    return best, best_shift


def _event(
    state: DocState,
    etype: str,
    pos: int,
    si: int,
    hits: list,
    prev_date: Any,
    future: bool,
    s: int,
    e: int,
) -> dict[str, Any]:
    hit, shift = _date_near(state.text, hits, pos)
    # "another summit early next year": a year-only date names a later (or earlier) occasion,
    # not the story's; it stays undated and apart from the dated events of its type
    distinct = hit is not None and hit.precision == "year"
    date = hit.date if hit else None
    end_date = hit.end_date if hit else None
    if shift and date:
        date = (dt.date.fromisoformat(date) + dt.timedelta(days=shift)).isoformat()
        end_date = None
    if etype == "meeting":
        low = lowered(state)
        lm = _LEADERS_RX.search(low, max(s, pos - 50), pos + 30)
        if lm is not None and lm.end() > pos:
            etype = "summit"
        elif low.startswith(("the meeting,", "the meeting was", "the meeting is"), pos) and (
            "summit" in low
        ):
            etype = "summit"  # "the meeting, held ..." in a story on a summit: that summit
    named = _summit_name(state.text, s, pos) if etype == "summit" and hit is None else None
    # a statement takes a date from its own paragraph only, else the story's (anchor)
    if (
        date is None
        and named is None
        and prev_date
        and si - prev_date[0] <= 2
        and not (future or distinct)
        and (etype != "statement" or _same_paragraph(state, state.sentences[prev_date[0]][0], s))
    ):
        date = prev_date[1]
    ev: dict[str, Any] = {
        "type": etype,
        "date": date,
        "place": None,
        "description": state.text[s:e].strip(),
        "start": s,
        "end": e,
        "_pos": pos,
        "_si": si,
        "_prec": hit.precision if hit else None,
    }
    if named:
        ev["_named"] = named
    if end_date:
        ev["end_date"] = end_date
    return ev


# "the Madrid summit", "the Vilnius summit in Lithuania": a summit named by its place. Words
# that name the institution or the occasion, not a place, are no name.
_NAMED_RX = re.compile(r"\b[Tt]he ((?:[A-Z][\w-]+ ){1,2})$")
_NOT_NAME = frozenset({"NATO", "EU", "European", "Alliance", "Allied", "Union", "Council", "Next"})
_NOT_NAME |= {"Last", "This", "Anniversary", "Special", "Emergency", "Leaders", "G7", "G20"}


def _summit_name(text: str, s: int, pos: int) -> str | None:
    m = _NAMED_RX.search(text, max(s, pos - 40), pos)
    if m is None:
        return None
    words = m.group(1).split()
    return None if any(w in _NOT_NAME for w in words) else words[-1]


def _date_named(state: DocState, found: list[dict[str, Any]], by_sentence: dict) -> None:
    """An undated named summit takes the date the article states for it: that of a dated
    meeting or summit, else of a date phrase, in a sentence that names its place."""
    for ev in found:
        name = ev.get("_named")
        if not name or ev["date"] is not None:
            continue
        for o in found:
            if o["date"] and o["type"] in ("summit", "meeting") and name in o["description"]:
                ev["date"] = o["date"]
                break


def _drop_background(
    state: DocState, found: list[dict[str, Any]], low: str
) -> list[dict[str, Any]]:
    """An undated occasion still to come ("leaders are due to meet next year") is background,
    unless it is of the kind the article is about (its first event) or a summit (a scheduled
    landmark a reader lists even without its date)."""
    main = next((ev["type"] for ev in found if ev["type"] != "statement"), None)
    return [
        ev
        for ev in found
        if ev["date"] is not None
        or ev["type"] in (main, "statement", "summit")
        or not future_in(state.text, ev["start"], ev["end"])
    ]


def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ev in events:
        same = [o for o in out if o["type"] == ev["type"]]
        if ev["type"] == "statement":
            same = [o for o in same if o.get("speaker_key") == ev.get("speaker_key")]
        dup = next((o for o in same if _same_date(o, ev)), None)
        if dup is None:
            out.append(ev)
        elif (dup["date"] is None and ev["date"]) or (
            dup.get("_prec") == "week" and ev.get("_prec") == "day"
        ):  # keep the more precise date: "this week's summit" + "opens on Wednesday"
            dup.update(date=ev["date"], end_date=ev.get("end_date"), _prec=ev.get("_prec"))
            if not ev.get("end_date"):
                dup.pop("end_date", None)
    for ev in out:
        ev.pop("_prec", None)
        if ev.get("end_date") is None:
            ev.pop("end_date", None)
    return out


def _same_date(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a.get("_prec") == "year") != (b.get("_prec") == "year"):
        return False
    if a["date"] == b["date"] or not a["date"] or not b["date"]:
        return True
    for w, o in ((a, b), (b, a)):  # a week-long relative date holds the days inside it
        if (
            w.get("_prec") == "week"
            and w.get("end_date")
            and w["date"] <= o["date"] <= w["end_date"]
        ):
            return True
    return False
