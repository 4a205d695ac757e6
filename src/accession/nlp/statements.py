"""Dated or sourced statements for `events.v1`: "X said on Monday", "wrote on X", "told
reporters in January", "said in a statement", and who made them.

Why windows: the speech-verb pattern is the costly part, and every match ends in one of a few
tail words (a weekday or month, a platform, "statement"), so it runs only just before those.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.dates import MONTH_NAMES, WEEKDAY_NAMES
from accession.nlp.lexicon import SPEECH_VERB_WORDS, trie_regex
from accession.nlp.pipeline import DocState
from accession.nlp.scan import find_all, find_each, mentions_in

# Speech verbs the shared lexicon lacks, read here only: "writing on Twitter on Tuesday",
# "thanked the allies on Thursday night".
_MORE_VERBS: tuple[str, ...] = (
    "writing",
    "thanked",
    "thanks",
    "congratulated",
    "spoke",
    "speaking",
)
_MORE_VERBS += ("slammed", "blasted", "dismissed", "criticised", "criticized")
# one trie with the shared verbs: an alternation after the trie would be ~25 % slower
_VERBS = trie_regex(sorted(set(SPEECH_VERB_WORDS.split("|")) | set(_MORE_VERBS)))
_STATEMENT_RX = re.compile(
    rf"(?P<verb>{_VERBS}|Speaking|Writing)\b(?P<rest>[^.;,]{{0,60}}?)(?:\bon\s+(?:X|Twitter|Facebook|"
    r"Telegram|social media|Instagram)\b|\b(?:news|press) conference\b|\bbriefing\b|"
    r"\bon (?:his|her|its|their|the) (?:[\w-]+ )?(?:blog|website)\b|"
    r"\bon (?:state |national |public |Russian |local )?(?:television|TV|radio)\b|"
    r"\bin an? (?:\w+ )?(?:statement|interview|speech|address)\b|\b(?:in|with) an? (?:\w+ )?"
    r"(?:message|video)\b|\bin (?:\w+ )?remarks\b|\b(?:reporters|journalists"
    r"|the press|(?:local |state |foreign )?media)(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? "
    r"(?:afterwards|later|after|before|ahead of|at the end)\b|\b(?:last|this) (?:month|week)\b"
    r"|\b(?:(?:at|over|during) the|last|this) weekend\b|\b(?:earlier|later) in the week\b"
    r"|\bas the (?:summit|meeting|session|talks) (?:broke up|closed|ended|wound down|drew to a "
    r"close)\b|\bthe same (?:day|evening|morning|afternoon|night)\b"
    r"|\bwithin (?:hours|the hour|minutes)\b"
    r"|\bduring the (?:debate|session|sitting)\b"
    r"|\bin (?:early |late )?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bon\s+(?:\d{1,2}\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bon\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:today|yesterday)\b)",
)


def quote_speaker(state: DocState, s: int, e: int, pos: int) -> str | None:
    """The speaker of a quote in this sentence that ends just before the speech verb."""
    for q in state.quotes:
        if s - 2 <= q["end"] <= pos and pos - q["end"] < 40 and q.get("speaker_key"):
            return q["speaker_key"]
        if q["start"] <= pos < q["end"]:
            return None
    return None


def speaker_before(state: DocState, pos: int, s: int) -> Any:
    for m in reversed(mentions_in(state, s, pos)):
        if m.type in ("person", "organization") and not m.place:
            return m
    return None


# Every statement match ends in one of these literals, so the pattern only runs in windows
# that end just after one (a match spans ≤ ~80 characters before its last word).
_STATEMENT_TAILS = (
    *MONTH_NAMES,
    "X",
    "Twitter",
    "Facebook",
    "Telegram",
    "social media",
    "Instagram",
    "blog",
    "website",
    "television",
    "TV",
    "radio",
    "same evening",
    "same morning",
    "same afternoon",
    "same night",
    "conference",
    "briefing",
    *WEEKDAY_NAMES,
    "today",
    "yesterday",
    "statement",
    "remarks",
    "message",
    "video",
    "interview",
    "speech",
    "address",
    "last month",
    "this month",
    "last week",
    "this week",
    "weekend",
    "in the week",
    "broke up",
    "same day",
    "within hours",
    "within the hour",
    "within minutes",
    "debate",
    "session",
    "sitting",
    "closed",
    "ended",
    "wound down",
    "a close",
)


_AUDIENCE = ("reporters", "journalists", "the press", "media")
_AUDIENCE_AFTER_RX = re.compile(
    r"(?: in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)? (?:afterwards|later|after|before|ahead of"
    r"|at the end)\b"
)  # "told reporters in Prague after the handover": the place between
_NAMED_DAYS = (
    frozenset(  # months and weekdays: date phrases
        _STATEMENT_TAILS[:12] + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    )
    | {"Saturday", "Sunday"}
)
# relative phrases ("last month", "at the weekend") are date phrases too: with the dates at
# hand, their windows come from the dates rather than from more scans of the text
_RELATIVE_TAILS = frozenset({"last month", "this month", "last week", "this week", "weekend"})
_RELATIVE_TAILS |= {"today", "yesterday"}
_DAY_WORDS = ("today", "yesterday", "tonight", "last night")
_OTHER_TAILS = tuple(
    t
    for t in _STATEMENT_TAILS
    if t not in _NAMED_DAYS and t not in _RELATIVE_TAILS and t != "in the week"
)


# "In a television interview on Saturday, Fico said": the occasion before the speaker.
# Read in two small steps at each occasion word: the phrase before it, then the verb after.
_FRONTED_WORDS = ("interview", "speech", "address", "briefing", "conference", "video", "message")
_FRONTED_BEFORE_RX = re.compile(
    r"(?:^|\W)(?:[Ii]n|[Dd]uring|[Aa]t) an? (?:(?:[\w-]+ ){0,2}|(?:[\w-]+ )?(?:news|press) )$"
)
_FRONTED_AFTER_RX = re.compile(
    r"\b[^.;\"“”]{0,80}?\b(?P<verb>said|told|says|tells|added|warned|promised|pledged|described"
    # "In a statement on X, ... Kristersson celebrated the "happy news""
    r"|called|wrote|stated|announced|welcomed|hailed|celebrated|praised|thanked|stressed|urged)\b"
)
# "Opening the session, the secretary general said": a speaker at an occasion he opens or
# addresses (a participle at the start of the sentence).
_PARTICIPLE_RX = re.compile(
    r"(?:Opening|Closing|Addressing|Chairing) the (?:[\w-]+ ){0,2}?(?:session|meeting|summit"
    r"|conference|ceremony|debate|parliament|chamber|assembly),"
)
# "Speaking to lawmakers on Saturday, X said", "Speaking to journalists after Friday prayers
# in Istanbul, X said": a speaker at an occasion told in a fronted participle phrase, kept
# only when that phrase names a day or an audience with a channel (dev lists statements
# with an occasion, not every "X said").
_SPEAKING_WORDS = ("Speaking ", "Talking ", "Writing ")
# A fronted time that ties words to the news just told: "Within hours, X said".
_TIME_OPENERS = (
    "Within hours,",
    "Within the hour,",
    "Hours later,",
    "The same day,",
    "Later that day,",
)
# "After the meeting, Djukanovic told reporters": words timed by the occasion just told.
_AFTER_OCCASION_RX = re.compile(
    r"(?:After|Following) (?:the|their|his|her|its|Monday's|Tuesday's|Wednesday's|Thursday's"
    r"|Friday's|Saturday's|Sunday's) (?:[\w-]+ ){0,2}?(?:meeting|talks|summit|session|vote"
    r"|signing|ceremony|conference|decision|announcement),"
)
_SPEAKING_RX = re.compile(
    r"(?:Speaking|Talking|Writing) (?:to|with|at|on|in|after|before|during|from) [^,.;\"“”]{3,90},"
)
_SPEAKING_OCCASION_RX = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|(?:news|press) conference|interview|television|radio|X|Twitter|Facebook|Telegram)\b"
)
# "Stoltenberg said after the signing": words timed by an occasion ("said at the ceremony"
# is where, not when, and annotators leave it out).
_TIMED_VERBS = ("said ", "spoke ", "told ")
_SAID_AT = ("after the ", "before the ", "following the ")
_SAID_AT_RX = re.compile(
    r"(?:said|spoke) (?:after|before|following) the (?:[\w-]+ ){0,2}?(?:signing|ceremony|meeting"
    r"|talks|vote|summit|session|handover|conference|dinner|debate)\b"
)
# ... or a few words later: "said on the Senate floor before the vote", "told lawmakers
# shortly before the vote"
_SAID_NEAR_RX = re.compile(
    r"(?:said|spoke|told) (?:[\w’'-]+ ){1,7}?(?:shortly |just |hours |minutes |moments |soon )?"
    r"(?:after|before|following) the (?:[\w-]+ ){0,2}?(?:signing|ceremony|meeting|talks|vote"
    r"|summit|session|handover|conference|dinner|debate)\b"
)
# "Last week the foreign ministry had warned that ...", "On Monday, Orban said": a date that
# opens the sentence dates the speaking that follows it.
_SENTENCE_OPEN_RX = re.compile(r"(?:^|[.!?”\"]\s+|\n)(?:(?:Earlier|Later|Late|Early|On|In) )?$")
_FRONTED_DATE_AFTER_RX = re.compile(
    r",? [^.;,\"“”]{0,60}?\b(?:had |has )?(?P<verb>said|told|warned|announced|declared|wrote"
    r"|stated)\b"
)
# "Blinken said as he took the documents": words timed by a moment of the ceremony.
_AS_MOMENT_RX = re.compile(
    r"(?:he|she|they|the|his|her|their|its) [^.;,]{0,40}?\b(?:took|takes|handed|hands|received"
    r"|receives|signed|signs|changed hands|arrived|arrives|walked|entered|opened|raised|accepted"
    r"|deposited|left)\b"
)
# Not a public statement: an appointment ("confirmed as his successor last month"), words to
# the other side of a meeting ("told his Ukrainian counterpart on Wednesday"; the meeting is
# the event).
_NOT_STATEMENT_RX = re.compile(
    r"\s+as\b|\s+off\b|\s+(?:[\w’'-]+\s+){1,4}to\s+(?:the\s+)?(?:NATO\s+|EU\s+)?(?:headquarters"
    r"|White House|Élysée|Elysee|Kremlin|Chancellery)\b|\s+(?:his|her|their|its) (?:[\w-]+ )?"
    r"(?:counterparts?|guests?|hosts?|visitors?)\b"
)


# A verb between the speech verb and the date belongs to what was said ("said the alliance
# met on 3 June"): the date is not the statement's.
_REST_VERB_RX = re.compile(
    r"\b(?:met|was|were|had|has|have|will|would|(?!(?:allied|united|armed|unnamed|detailed"
    r"|limited|related|based|speed|televised|recorded|prepared|written)\b)[a-z]\w{2,}ed)\b"
)


_OPENER_WORDS = ("On ", "In ", "Earlier ", "Later ", "Late ", "Early ")


def _opens_sentence(text: str, pos: int) -> bool:
    """Cheap test before `_SENTENCE_OPEN_RX`: a date phrase at `pos` after a sentence end,
    line break or quote, or after an opener word ("On", "Earlier")."""
    if pos < 2 or text[pos - 1] == "\n" or text[pos - 2] in '.\n"”!?':
        return True
    return text.endswith(_OPENER_WORDS, max(0, pos - 9), pos)


def statements(text: str, dates: list[Any] | None) -> list[int]:
    """Start offsets of dated or sourced statements ("said on Monday", "wrote on X"). Month
    and weekday tails are the date phrases already found (`dates`), when there are any."""
    tails = _STATEMENT_TAILS if dates is None else _OTHER_TAILS
    at = dict(zip(tails, find_each(text, tails), strict=True))
    ends = [(p - 100, p + len(t) + 2) for t in tails for p in at[t]]
    # "told reporters afterwards": only where the audience word has its occasion after it
    for t, found in zip(_AUDIENCE, find_each(text, _AUDIENCE), strict=True):
        for p in found:
            am = _AUDIENCE_AFTER_RX.match(text, p + len(t))
            if am is not None:
                ends.append((p - 100, am.end() + 1))
    if dates is not None:
        # month and weekday phrases: "on Tuesday", "in June", "on June 3", "on 3 June"
        ends += [(h.start - 100, h.start + 11) for h in dates if text[h.start].isupper()]
        ends += [
            (h.start - 100, h.end + 2)
            for h in dates
            if (h.precision in ("week", "month") or text.startswith(_DAY_WORDS, h.start))
            and text[h.start].islower()
        ]  # "last month", "this week", "at the weekend", "earlier in the week", "today"
        ends += [
            (h.start - 100, h.end + 1)
            for h in dates
            if h.precision == "day" and text[h.start].isdigit() and not text[h.end - 1].isdigit()
        ]  # "3 June", not "2024-06-03" or a year
    ends.sort()
    windows: list[list[int]] = []
    for a, b in ends:
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([max(0, a), b])
    out = []
    for a, b in windows:
        for m in _STATEMENT_RX.finditer(text, a, min(b, len(text))):
            if (
                (not m.start() or not text[m.start() - 1].isalnum())
                and not _NOT_STATEMENT_RX.match(text, m.end("verb"))
                and not _REST_VERB_RX.search(m.group("rest"))
            ):
                out.append(m.start())
    for p in find_all(text, _TIMED_VERBS):  # "said after the signing", "said as he took"
        if p and text[p - 1].isalnum():
            continue
        q = p + (6 if text[p + 1] == "p" else 5)  # after "said " / "told " / "spoke "
        if text.startswith(_SAID_AT, q):
            if _SAID_AT_RX.match(text, p):
                out.append(p)
        elif (text.startswith("as ", q) and _AS_MOMENT_RX.match(text, q + 3)) or (
            _SAID_NEAR_RX.match(text, p, p + 90) and not _NOT_STATEMENT_RX.match(text, q - 1)
        ):
            out.append(p)
    for h in dates or ():  # "Last week the ministry had warned"
        if (
            h.date
            and _opens_sentence(text, h.start)
            and _SENTENCE_OPEN_RX.search(text, max(0, h.start - 12), h.start)
        ):
            fm = _FRONTED_DATE_AFTER_RX.match(text, h.end, h.end + 80)
            if fm is not None:
                out.append(fm.start("verb"))
    for p in find_all(text, ("ing the ",)):  # "Opening the session, X said"
        for a in (p - 4, p - 5, p - 7):  # Open|Clos, Chair, Address
            if a >= 0 and text[a].isupper():
                pm = _PARTICIPLE_RX.match(text, a)
                if pm is not None:
                    fm = _FRONTED_AFTER_RX.match(text, pm.end() - 1, pm.end() + 90)
                    if fm is not None:
                        out.append(fm.start("verb"))
                break
    for p in find_all(text, _TIME_OPENERS):  # "Within hours, Lavrov called the vote ..."
        if _opens_sentence(text, p):
            fm = _FRONTED_AFTER_RX.match(text, p + text.find(",", p, p + 20) - p, p + 110)
            if fm is not None:
                out.append(fm.start("verb"))
    for p in find_all(text, ("After ", "Following ")):
        if _opens_sentence(text, p):
            om = _AFTER_OCCASION_RX.match(text, p)
            if om is not None:
                fm = _FRONTED_AFTER_RX.match(text, om.end() - 1, om.end() + 90)
                if fm is not None:
                    out.append(fm.start("verb"))
    for p in find_all(text, _SPEAKING_WORDS):
        if _opens_sentence(text, p):
            sm = _SPEAKING_RX.match(text, p)
            if sm is not None and _SPEAKING_OCCASION_RX.search(sm.group()):
                fm = _FRONTED_AFTER_RX.match(text, sm.end() - 1, sm.end() + 90)
                if fm is not None:
                    out.append(fm.start("verb"))
    for w in (*_FRONTED_WORDS, "statement", "post on"):  # each a tail, found above, but
        # "post on"
        for p in at[w] if w in at else find_all(text, (w,)):
            if _FRONTED_BEFORE_RX.search(text, max(0, p - 40), p):
                fm = _FRONTED_AFTER_RX.match(text, p + len(w), p + len(w) + 90)
                if fm is not None:
                    out.append(fm.start("verb"))
    return sorted(set(out))
