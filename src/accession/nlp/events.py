"""Stage `events.v1`: meetings, summits, letters, applications, invitations, protocol
signatures, ratifications, accessions and dated statements, with dates and places.

Why trigger rules per sentence: an event is named by a few verbs and nouns; what matters is
its date, so each event takes the date phrase of its own sentence (normalised against the
publication date and the verb's tense), else the date of the story's occasion — the
sentence before, or the article's first explicit date — when the sentence is in the past.
Negated and hypothetical mentions ("has not been invited", "if it were to ratify"), wishes,
cancelled or unscheduled occasions and references to an occasion told elsewhere are not
events; an obligation to take an accession step is that step, planned. One event per type
and date (statements: per speaker) — an article repeats itself — unless the text calls an
occasion separate, or a second clause or a gapped conjunct has its own date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from accession.nlp.dates import MONTH_NAMES, find_dates, future_in
from accession.nlp.frames import headline_end
from accession.nlp.lexicon import LEGISLATURE_WORDS, NOT_MEMBERSHIP_TREATY
from accession.nlp.pipeline import DocState
from accession.nlp.scan import (
    find_all,
    has_digit,
    keyword_index,
    lowered,
    mentions_by_sentence,
    mentions_in,
    word_search,
)
from accession.nlp.statements import quote_speaker, speaker_before, statements

# "a meeting with journalists": the occasion of a statement, not a meeting of the decision
_THE_PRESS = (
    r" (?:the )?(?:journalists|reporters|the press|press|students|the media|media|voters"
    r"|supporters|business leaders)\b"
)
# Lower-case patterns whose every alternative starts with a literal word (no leading \b, no
# optional prefix): the regex engine can then skip ahead fast, which is most of this
# stage's cost. They run on `text.lower()`; word starts are checked in Python.
_TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "summit",
        r"(?:summits?|(?:eu|european union|bloc[’']?s?) leaders (?:\w+ ){0,2}(?:agreed|decided"
        # "gave Serbia the go-ahead on Friday"
        r"|gave (?:[\w-]+ ){0,2}?the (?:green light|go-ahead)|approved|endorsed|granted|offered"
        r"|refused|postponed|put off)|"
        # leaders coming back to it: "leaders would look at Serbia again in December"
        r"leaders (?:would|will|are (?:due |set |expected )?to|plan to) (?:again )?(?:look|return"
        r"|come back|revisit|take up|discuss|decide)|"
        r"european council (?:agreed|decided|approved|granted|endorsed))\b",
    ),
    (
        "meeting",
        r"(?:meeting (?:of|with(?!" + _THE_PRESS + r")|between|in|on)\b|"
        r"(?:meeting|met) (?:by|via|over) (?:video|phone"
        r"|telephone|teleconference)|"
        # "after a video conference of EU ministers"
        r"(?:video|virtual|online)[ -]?conferences? (?:of|with|between|on)\b|"
        r"meeting (?:their|his|her|its) (?:[\w-]+ ){0,3}?counterparts?\b|"
        # "told reporters after meeting Ukrainian Prime Minister Denys Shmyhal in Uzhhorod"
        r"meeting (?:with )?(?:[\w-]+ ){0,2}?(?:prime minister|president|chancellor|foreign "
        r"minister)\b|"
        r"(?:will|to|would|shall) meet\b(?! (?:\w+ )?"
        r"(?:concerns|demands|criteria|conditions|requirements|targets|standards|obligations"
        r"|goals|needs|expectations|deadlines?|benchmarks))|met (?:with|in|on)\b(?<!met with)|met "
        r"with\b(?! (?:\w+ )?(?:skepticism|scepticism|criticism|resistance|opposition|silence|prot"
        r"ests?|anger|concern))|met (?!(?:the|its|all|their|these|those|our|his|her|with|in|on)\b)"
        r"[a-z]{3,}\b(?! (?:criteria|conditions|requirements|demands|targets?|standards|obligation"
        r"s|goals))|talks (?:in|between)\b|host(?:ed|s) (?!(?:the|a|an|its|their|this|next|by|talks"
        r"|summit)\b)"
        r"|meets? (?:in|on|at"
        r"|with)\b|met (?:his|her|their) (?:\w+ )?counterparts?\b|"
        # not accession talks ("talks with Montenegro would start by June", "accession talks
        # with Albania"): those are a step, not a meeting
        r"talks(?<!accession talks)(?<!membership talks)(?<!entry talks) with\b(?! [^.;]{0,40}?"
        r"\b(?:would|will|could|should|to|can) (?:start|open|begin|be opened|be launched))|"
        r"(?:their|bilateral|held|for) talks\b|intergovernmental "
        r"conferences?\b|(?:gathered|gathering|gather) (?:in|on|at)\b|"
        r"(?:a|the|an|ministerial|ministers[’']?|nato|high-level|leaders[’']?|council|bilateral"
        r"|emergency|at)\s+(?:(?!was\b|is\b|were\b|are\b|be\b|been\b)[\w’'-]+\s+){0,2}meeting\b"
        r"(?! with" + _THE_PRESS + "))",
    ),
    (
        "letter",
        r"(?:in (?:a|her|his|their|the|its) (?:[\w-]+ ){0,2}letters?|letters? (?:to|sent|dated|add"
        r"ressed)|"
        r"wrote to|sent (?:a |an |the )?(?:[\w-]+ ){0,2}letters?|a letter from)\b",
    ),
    (
        "application",
        r"(?:applied (?:for|to join)|sign(?:ed|s) (?:[\w’'-]+ ){0,4}?applications?|"
        r"(?:submitted|hand(?:s|ed)? (?:in|over)|lodged|filed|sent"
        r"|delivered) "
        r"(?:its|an|their|a|the) (?:[\w’'-]+ ){0,3}?applications?|appl(?:ies|y) for|applications?"
        r"(?: (?:was|were|has been|have been|had been)|,) (?:formally |officially )?(?:submitted"
        r"|handed|lodged|filed|delivered))\b",
    ),
    (
        "invitation",
        r"(?:invited\b(?! to (?:attend|speak|the summit)"
        # "invited everybody to Freedom Square": a call to a place, no membership invitation
        r"| (?:everybody|everyone|all|people|citizens|the public|supporters|journalists|"
        r"reporters)\b"
        r"| (?:his|her|their|its|the) (?:[\w-]+ )"
        r"{0,3}?(?:counterparts?|colleagues?|guests?|leaders?|ministers?|president|prime minister"
        r"|chancellor|delegation|ambassadors?|envoys?|diplomats|reporters|journalists|observers)"
        r"\b| (?:[\w-]+ )?(?:prime minister|president|chancellor|foreign minister|counterpart)\b)"
        r"|invites (?:[\w’'-]+ ){1,3}to (?:join|beg"
        r"in"
        r"|start|become)\b|won (?:an? )?invitations?|received (?:an |a formal |formal )?invitation"
        r"s?"
        r"|extend(?:ed|s)? (?:an? )?(?:formal )?invitations?|issued (?:an? )?(?:formal )?invitatio"
        r"ns?|invitations? (?:to [\w’'-]+ )?(?:was|were|has been|have been|had been) (?:formally "
        r"|officially )?(?:extended|issued|sent|handed))",
    ),
    (
        "protocol_signature",
        r"(?:sign(?:ed|s|ing)? (?:the |an |a |its |their )?(?:[\w’'-]+ ){0,2}?(?:accession )?"
        r"protocols?|"
        # the EU's counterpart of a protocol: "signed its accession treaty"
        r"sign(?:ed|s|ing)? (?:the |an |its |their )?(?:eu |[\w’'-]+ )?(?:accession treat(?:y|ies)"
        # "will sign the accession agreement with the EU on Wednesday in Athens"
        r"|treat(?:y|ies) of accession|accession agreements?)|"
        # "the protocols for Finland and Sweden, which were signed in July"
        r"protocols?(?: (?:[\w’'-]+ ){0,4}?[\w’'-]+)?, which (?:was|were|had been) signed|"
        r"protocols? (?:[\w’'-]+ ){0,3}?(?:was|were|has been|have been|had been|will be|is to "
        r"be|are to be|is due to be|are due to be|(?:is|are) expected to be) signed|"
        r"(?:signature|signing) "
        # ("the signing Dec. 10 of the protocol": its date between)
        r"(?:(?:on )?(?:[a-z]{3,9}\.? \d{1,2},? |\d{1,2} [a-z]{3,9} ))?"
        r"of (?:the |its |their )?(?:[\w’'-]+ ){0,2}?protocols?)\b",
    ),
    (
        "ratification",
        # "signed Hungary's accession document": a head of state's signature on the instrument
        r"(?:sign(?:ed|s|ing)? (?:the |its |their |[\w-]+(?:’s|'s) )?(?:nato )?accession "
        r"documents?|"
        r"ratif(?:ied|ies|y|ying|ication)|approved (?:the|a) bill|voted (?:[\w-]+ ){0,4}?(?:to "
        r"approve|to ratify|yes to|in favou?r of)|bill was approved|"
        r"(?:parliament|assembly)(?:’s|'s)? approval|"
        r"(?:parliament|senate|lawmakers|legislators|deputies|assembly|sabor|sejm|storting|riksdag|"
        r"bundestag|congress|legislature|mps)\s+(?:\w+\s+)?(?:endorsed|passed|approved|backed"
        r"|consented to|gave (?:its |their )?(?:advice and )?consent)|"
        r"approved (?:[\w’'-]+ ){0,3}?(?:accession|membership|bid)|"
        # "was approved by the Hungarian parliament on Monday"
        r"(?:was|were|has been|have been|had been) (?:approved|endorsed|backed) by (?:the )?"
        r"(?:[\w-]+ )?(?:parliament|senate|assembly|lawmakers|legislators|deputies|mps|sabor|sejm"
        r"|storting|riksdag|bundestag|congress|legislature)|voted (?:[\w-]+ ){0,4}?to (?:ba"
        r"ck"
        r"|endorse|admit|accept))\b",
    ),
    (
        "accession",
        r"(?:join(?:ed|s) (?:nato|the (?:north atlantic )?alliance|the (?:european )?union|the eu"
        r"|the bloc)\b|join (?:\w+ )?within (?:days|weeks|months)|"
        r"became (?:the |a |an )?(?:[\w’'-]+ ){0,2}?(?:members?|ally|allies)\b(?! to\b)|"
        r"becomes (?:the )?\d+\w* member|"
        r"(?:formally|officially) (?:joined|joins|entered|admitted)\b|flags? (?:was |were |is )?"
        r"(?:raised|hoisted)|rais(?:ed|es|ing) (?:its|the|their) (?:\w+ )?flag|flag-raising|"
        r"join(?:ed|s) the (?:[\w-]+ ){1,2}alliance\b|"
        r"accession papers|instruments? of accession|deposited)",
    ),
)
_NEG_RX = re.compile(
    r"(?:\b(?:not|never|no|nor|yet to|cannot|if|unless|whether|refus\w+|fail\w*|without)\b"
    r"|(?<=\w)n[’']t\b)[^.,;]{0,30}$",
    re.I,
)
# An obligation or possibility ("must then ratify", "could ratify") is no event; but an
# expected accession ("must deposit its instrument of accession", "could join within days")
# is one a reader lists, undated. One search for both (the `modal` group tells which).
_NEG_OR_MODAL_RX = re.compile(
    r"(?:\b(?:not|never|no|nor|yet to|cannot|if|unless|whether|refus\w+|fail\w*|without|"
    r"(?P<modal>must|should|could|might|may|need to|needs to|has to|have to|had to|"
    r"necessary (?:that|for)|required to))\b|(?<=\w)n[’']t\b)[^.,;]{0,30}$",
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
    if word not in ("today", "tonight", "yesterday", "last night", "tomorrow"):
        return False
    return any(q["start"] <= h.start < q["end"] for q in state.quotes)


# Case-insensitive via a lower-cased copy and without a leading \b: the engine can then skip
# to the letters that start a trigger (a large share of the per-article time otherwise).
# Each trigger type has literal stems; one trie-shaped regex finds the stems (fast), then the
# type's full pattern is checked in a small window around each stem.
_STEMS: dict[str, tuple[str, ...]] = {
    "summit": ("summit", "leaders", "european council"),
    "meeting": ("meet", "met ", "talks (?:with|in|between)", "their talks", "bilateral talks")
    + ("held talks", "for talks", "host", "conference", "gather"),
    "letter": ("letter", "wrote to"),
    "application": ("appl", "submitted", "hand(?:ed|s) (?:in|over)", "lodged", "filed"),
    "invitation": ("invit",),
    "protocol_signature": (
        "protocol",
        "accession agreement",
        "accession treat",
        "treaty of accession",
        "treaties of accession",
    ),
    "ratification": (
        "ratif",
        "approv",
        "voted",
        "bill was",
        "endorsed",
        "passed",
        "backed",
        "consent",
        "accession document",
    ),
    "accession": ("joined", "joins", "within ", "became", "becomes", "accession", "instrument")
    + ("deposit", "formally", "officially", "flag", "rais"),
}
_TALKS_OPENED = "talks_opened"
# Later phrasings, each family with its own stems and pattern, so that the patterns above
# keep their cost at their (frequent) stems.
_EXTRA: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (  # "met at the level of", "ministers decided", "held its own conference", "a separate
        # conference", "during a visit to", "will host President X"
        "meeting",
        r"(?:met (?:at|for) the\b|(?:ministers|ambassadors) (?:had |have )?"
        r"(?:again |also |on \w+ )?"
        r"(?:decided|agreed|declined|refused|failed|approved|granted|gave|put off|postponed|"
        r"deferred)\b|"
        r"(?:held|holds|hold|convened) "
        r"(?:its|their|a|an|the) (?:[\w-]+ ){0,2}?(?<!news )(?<!press )conferences?\b|(?:separat"
        r"e|second|own) conferences?\b|(?:during|on) (?:a|an|his|her|their) (?:[\w-]+ )?visit "
        r"(?:to|by)\b|(?:will|to|would|shall) host (?!(?:the|a|an|its|their|this|next|talks"
        r"|summit)\b)|convened (?:in|on|at|for)\b|welcomed (?:[\w’'-]+ ){1,4}to (?:the )?(?:nato "
        r"|alliance |eu )?(?:headquarters|white house|élysée|elysee|kremlin|chancellery))",
        (
            "met (?:at|for)",
            "ministers ",
            "ambassadors ",
            "conference",
            "visit ",
            "host",
        )
        + ("convened", "welcomed"),
    ),
    (  # "applied together last May", "asked for a MAP", "requested membership"
        "application",
        r"(?:applied (?:(?:together|jointly|formally|officially) )?(?:for|to join|to become)"
        r"|applied (?:together|jointly|alongside|on the same day|at the same time)\b"
        r"|(?:asked|applied) for (?:a |an )?(?:map|membership "
        r"action plan)|requested (?:a |an )?(?:map|membership action plan|membership)|applied "
        r"(?:in|on|last) (?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
        r"|fri|sat|sun|year|month|week)"
        # "applied two days ago to join", "applied yesterday for membership"
        r"|applied (?:yesterday|(?:[\w-]+ ){1,2}ago) (?:for|to join|to become)"
        # "announced that Ukraine was applying for fast-track membership"
        r"|(?:was|were|is|are) (?:now |formally |officially )?applying (?:for (?:[\w-]+ ){0,2}?"
        r"(?:membership|accession|candidate status)|to join))\b",
        ("applying",)
        + (
            "applied (?:together|jointly|formally|officially|in|on|last|alongside|at the"
            "|yesterday|[\\w-]+ (?:[\\w-]+ )?ago)",
            "asked for",
        )
        + ("requested",),
    ),
    (  # "gave its approval", "to vote on the protocol next week", "parliament is scheduled
        # to vote on Monday"
        "ratification",
        r"(?:gave (?:its|their) (?:final )?approval|vot(?:e|es|ed|ing) on (?:the |its |their |a "
        r")?(?:[\w’'-]+ ){0,3}?(?:protocols?|accession|membership|bids?|ratification|treaty)|(?:pa"
        r"rliament|assembly|senate|lawmakers|legislators|deputies|mps|sabor|sejm|storting|riksdag"
        r"|bundestag|legislature)(?:’s|'s)? (?:is|are) (?:scheduled|due|expected|set) to vote"
        r"(?= on (?:mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
        r"|dec)| (?:next|this|later|in|by)\b| ?[.;]))\b",
        ("gave (?:its|their)", "vote", "voting on"),
    ),
    (  # "after which Finland deposits its own"; "signed its protocol in May 2016 and joined
        # in June 2017" (a date right after: not "joined in criticising")
        "accession",
        r"(?:deposits (?:its|their) own\b|joined (?:in|on) (?=\d|jan|feb|mar|apr|may|jun|jul|aug"
        r"|sep|oct|nov|dec))",
        ("deposit", "joined (?:in|on)"),
    ),
    (  # a decision to invite: "agreed at their summit in April to invite both countries"
        "invitation",
        r"(?:agreed|decided|agree|agrees|decide|decides|voted|vote) (?:[\w’'-]+ ){0,8}?to "
        r"invite\b(?! (?:[\w’'-]+ ){1,3}(?:into|to join|to enter|to) (?:the |a )?(?:map|member"
        r"ship action))",
        ("to invite",),  # the stem at the end: the window then holds the lookahead
    ),
    (  # the candidate's own act: "Zelenskyy signed an application for accelerated accession"
        "application",
        r"sign(?:ed|s|ing)? (?:an|the|its|their|a) (?:[\w’'-]+ ){0,2}?applications?\b",
        ("application",),  # the object: "sign" is frequent, the window before holds it
    ),
    (  # "voted for the protocol", "will approve both next month", "cleared the accession
        # protocol": a parliament's vote in other words
        "ratification",
        r"(?:voted (?:[\w-]+ ){0,2}?for (?:the |its |their |a |an )?(?:[\w’'-]+ ){0,3}?(?:protoc"
        r"ols?|accession|membership|bids?|ratification|treaty)|(?:parliament|assembly|senate|lawma"
        r"kers|legislators|deputies|mps|sabor|sejm|storting|riksdag|bundestag|congress|legislatur"
        r"e) (?:\w+ ){0,2}?(?:approve|approves|clears|cleared|clear)|(?:cleared|clears) (?:the |"
        r"its |their )?(?:[\w’'-]+ ){0,2}?(?:protocols?|accession|membership|bids?)|"
        # "adopted the law on Albania's accession protocol"
        r"adopt(?:ed|s)? (?:the |a )?(?:law|bill|act) (?:on|ratifying|approving) "
        r"(?:[\w’'-]+ ){0,3}?(?:protocols?|accession|membership|treaty))\b",
        ("voted", "approv", "clear", "adopt"),  # the verb: the window before it holds the subject
    ),
    (  # "completed its own accession"; "is due to join on 1 July next year" (planned)
        "accession",
        r"(?:complet(?:ed|es|ing) (?:its|their) (?:own )?(?:accession|entry)|(?:due|set|expected"
        r"|scheduled|slated|poised|prepares|preparing) to join (?=on |in |next |nato|the eu"
        r"|the european union|the alliance|the bloc)|"
        # "are to join the EU in May 2004", "should become a member of NATO on June 5": with
        # its date only, as below
        r"(?:(?:is|are) to join|(?:will|should|is to|are to|(?:is|are) (?:due|set|expected|"
        r"scheduled|slated) to) (?:formally |officially )?become (?:a |an |the )?(?:full |"
        r"fully-fledged |\w+(?:st|nd|rd|th) )?(?:members?|member states?) of) (?:nato|the eu|the "
        r"european union|the alliance|the bloc) (?=on (?:mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|"
        r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|in (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|"
        r"oct|nov|dec)|next )|"
        # "will join the European Union on Monday": with its date only ("will join NATO one
        # day" is a hope)
        r"will (?:formally |officially )?join (?:nato|the eu|the european union|the alliance"
        r"|the bloc) (?=on (?:mon|tue|wed|thu|fri|sat|sun|\d|jan|feb|mar|apr|may|jun|jul|aug|sep"
        r"|oct|nov|dec)|in (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|next ))",
        ("complet", "to join", "will join", "will formally join", "will officially join", "become"),
    ),
    (  # "Their bids were accepted at the alliance's June summit": the members' invitation
        "invitation",
        r"(?:bids?|applications?|candidac(?:y|ies)) (?:was|were|had been|has been|have been) "
        r"(?:formally |officially )?accepted\b",
        ("accepted",),
    ),
    (  # "Moldova formally opened negotiations to join the EU on Tuesday", "Serbia opened its
        # first two accession negotiation chapters on December 14": done at an
        # intergovernmental conference, the meeting a reader lists (not "hoped to open"); its
        # own family name, read as "meeting" after any other meeting word of its sentence
        _TALKS_OPENED,
        # (not a background clause: "some of which started accession talks", "Iceland had
        # started talks", "six years after it opened negotiations", "in 2005" with no month)
        r"(?<!nato )(?<!which )(?<!had )(?<!after it )(?<!since it )(?<!that )"
        r"(?<!nato formally )(?<!nato officially )(?<!had formally )"
        r"(?:opened|began|launched|started) (?:the |its |their )?"
        r"(?:(?:eu|european union|accession|membership|entry|formal) )*(?:negotiations|talks)"
        r"(?! (?:with|on) (?:the )?(?:opposition|government|coalition|partners|kyiv|moscow"
        r"|russia|belgrade|pristina))(?! in \d{4}\b)"
        # (not a chronology: "started negotiations in October 2005, concluded them in 2011")
        r"(?![^.;]{0,60}\b(?:concluded|finished|completed|closed|ended|wrapped up) them\b)"
        # "Serbia opened its first two accession negotiation chapters" (not "can see closed
        # chapters reopened")
        r"|(?<!see )(?<!have )(?:opened|closed) (?:(?:its|their|the|a|an|first|last|two|three"
        r"|four|five|six|seven|eight|nine|ten|\d+|remaining|further|new|more|another|other) )"
        r"{0,3}(?:(?:eu|accession|negotiating|negotiation|policy|thematic) )*(?:chapters?"
        r"|clusters?)\b",
        ("negotiations", "talks", "chapter", "cluster"),
    ),
    (  # a referendum on joining, held or due: "Czechs voted to join the EU in a two-day
        # referendum", "referendums on EU entry in September" (the annotation's ratification)
        "ratification",
        # (not one asked for: "opposition parties have demanded a referendum on membership")
        r"(?:(?<!demanded a )(?<!demand a )(?<!demanding a )(?<!called for a )(?<!calls for a )"
        r"(?<!call for a )(?<!want a )(?<!wants a )(?<!proposed a )"
        r"referend(?:um|ums|a) (?:[\w’'-]+ ){0,3}?(?:on|approving|backing|to approve) (?:(?:eu|"
        r"nato|european union|the eu(?:’s|'s)?|the european union(?:’s|'s)?|its|their|the"
        r"|country(?:’s|'s)) )*(?:membership|entry|accession|joining)|voted (?:[\w-]+ ){0,3}?to"
        r" join (?:[\w-]+ ){0,5}?in (?:a|the) (?:[\w-]+ )?referendum|"
        # (not one promised as a condition: "pledged to hold a referendum before moving to join")
        r"referendum (?:(?!before |after |if |until )[\w-]+ ){0,4}?to join (?:nato|the eu|the "
        r"european union|both|the alliance)"
        # "Hungarians vote yes to EU membership" (a people's or a parliament's vote alike)
        r"|vot(?:e|es|ed|ing) (?:yes|no) (?:to|on|for) (?:(?:eu|nato|european union) )?"
        r"(?:membership|entry|accession|joining)|"
        # "holds its own EU membership referendum next Saturday"
        r"(?<!demanded an )(?<!demanding an )(?<!called for an )(?<!wants an )(?<!want an )"
        r"(?<!demanded a )(?<!called for a )(?<!wants a )(?<!want a )"
        r"(?:eu|nato|european union) (?:membership |accession |entry )?referend(?:um|ums|a))\b",
        # (the verb may stand more than a window before the noun; "voted yes" starts at "voted")
        ("referend", "voted", "vote yes", "vote no", "votes yes", "votes no"),
    ),
    (  # "handed in their bids to join NATO in May 2022", "decided to join NATO last May"
        "application",
        r"(?:(?:submitted|hand(?:s|ed)? (?:in|over)|lodged|filed|delivered) (?:its|an|their|a|the) "
        r"(?:[\w’'-]+ ){0,2}?(?:bids?|requests?) (?:to join|for (?:nato |eu |full )?membership)"
        r"|decided to (?:apply for membership of|apply to join|join) (?:nato|the eu|the european "
        r"union|the alliance|the bloc))\b",
        ("bid", "request", "decided to"),
    ),
)
_TYPE_RX: dict[str, re.Pattern[str]] = {t: re.compile(p) for t, p in _TRIGGERS}
_KEY_TYPE = {t: t for t in _TYPE_RX}
_STEM_TYPES: dict[str, list[str]] = {}
# Stems may be small patterns with a literal start ("hand(?:ed|s) (?:in|over)"): one regex
# scan (which skips ahead on its literal prefix) instead of a str.find per variant.
_STEM_RX_KEYS: dict[str, list[str]] = {}
for _t, _stems in _STEMS.items():
    for _st in _stems:
        (_STEM_RX_KEYS if "(" in _st else _STEM_TYPES).setdefault(_st, []).append(_t)
for _i, (_t, _p, _stems) in enumerate(_EXTRA):
    _key = f"{_t}+{_i}"
    _TYPE_RX[_key], _KEY_TYPE[_key] = re.compile(_p), _t
    for _st in _stems:
        (_STEM_RX_KEYS if "(" in _st else _STEM_TYPES).setdefault(_st, []).append(_key)
_STEM_RXS = [(re.compile(_st), _keys) for _st, _keys in _STEM_RX_KEYS.items()]
# For the families whose stems often occur without the rest ("the accession protocol", "the
# invitation of"), strings one of which every match of the family's pattern holds besides
# its stem: a window holding none of them cannot match, and its search (~3-8 µs, most of
# these patterns start with an alternation the engine tries at every position) is skipped.
# tests/nlp/test_fast_paths.py checks them against strings generated from each pattern.
_WINDOW_NEEDS: dict[str, tuple[str, ...]] = {
    "protocol_signature": ("sign",),
    "invitation": ("invited", "invites ", "won ", "received ", "extend", "issued", "sent")
    + ("handed",),
    "accession+7": (
        "complet",
        " to join ",
        "will join",
        "will formally join",
        "will officially join",
        "become",
    ),
    "meeting+0": ("met ", "decided", "agreed", "declined", "refused", "failed", "approved")
    + ("granted", "gave", "put off", "postponed", "deferred", "conference", "visit ", " host ")
    + ("convened ", "welcomed "),
}
# the talks opened and the referendums: their stems ("talks", "voted") are frequent alone
for _i, (_t, _p, _stems) in enumerate(_EXTRA):
    if _t == _TALKS_OPENED:
        _WINDOW_NEEDS[f"{_t}+{_i}"] = ("opened", "began", "launched", "started", "closed")
    elif "referend" in _stems:
        _WINDOW_NEEDS[f"{_t}+{_i}"] = ("referend", " yes ", " no ")


class _LazyFuture:
    """The sentence's future cue, read only when an event needs it (most take their own
    date and never ask): `future_in` scans the whole sentence."""

    __slots__ = ("_args", "_val")

    def __init__(self, text: str, s: int, e: int) -> None:
        self._args = (text, s, e)
        self._val: bool | None = None

    def __bool__(self) -> bool:
        if self._val is None:
            self._val = future_in(*self._args)
        return self._val


_STEM_WORDS = tuple(_STEM_TYPES)


def _trigger_hits(low: str) -> list[tuple[str, int]]:
    stems: dict[int, list[str]] = {}
    at = keyword_index(low, _STEM_WORDS)  # every stem's occurrences from one pass
    for stem, types in _STEM_TYPES.items():
        for pos in at.get(stem, ()) if at is not None else find_all(low, (stem,)):
            if not pos or not low[pos - 1].isalnum():
                got = stems.setdefault(pos, types)
                if got is not types:  # "met at" and "met ": both families
                    stems[pos] = got + [k for k in types if k not in got]
    for rx, keys in _STEM_RXS:
        for m in rx.finditer(low):
            pos = m.start()
            if not pos or not low[pos - 1].isalnum():
                got = stems.setdefault(pos, keys)
                if got is not keys:
                    stems[pos] = got + [k for k in keys if k not in got]
    out: list[tuple[str, int]] = []
    seen: set[tuple[str, int]] = set()
    for pos in sorted(stems):
        for key in stems[pos]:
            t = _KEY_TYPE[key]
            a, b = max(0, pos - 60), min(len(low), pos + 60)
            needs = _WINDOW_NEEDS.get(key)
            if needs is not None and not _any_in(low, needs, a, b):
                continue
            rx, start = _TYPE_RX[key], a
            while (hit := rx.search(low, start, b)) is not None:
                if hit.end() <= pos:
                    start = max(hit.end(), hit.start() + 1)  # as `finditer` goes on
                    continue
                h = hit.start()
                if h and low[h - 1].isalnum():
                    # a match that starts inside a word ("an" of "plan" before "...\n\nnato
                    # ministers meeting") is none: try from the next position
                    start = h + 1
                    continue
                # the first match that ends after the stem is the only one that can hold it
                # (the next ones start after it): the rest of the window is not scanned
                if h <= pos and (t, h) not in seen:
                    seen.add((t, h))
                    out.append((t, h))
                break
    return out


_ABSOLUTE_DATE_RX = re.compile(
    r"\b(?:\d{4}|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)", re.I
)


_GOING_ON = ("continue ", "continuing ", "continued ", "resume ", "resuming ", "further ")
_DATED_AFTER_RX = re.compile(
    r"[^.;]{0,60}?\b(?:on|in) (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed"
    r"|thu|fri|sat|sun)"
)
# A request to be invited: "officially requested that his country be invited", "asked to be
# invited" (the candidate's own step).
_REQUESTED_RX = re.compile(
    r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?) "
    r"(?:that |for )?(?:[\w’'-]+ ){0,4}?(?:be|being|to be) $"
)
_VISIT_INVITE_RX = re.compile(
    r"invited (?:[A-Z][\w’'.-]+ ){1,3}to (?:[A-Z][\w’'-]+\b(?! to join)|visit|talks|dinner|lunch"
    r"|a meeting|meet|negotiate|discuss)"
)
_OCCASION_OF_RX = re.compile(
    r"\b(?:during|at|on the sidelines of|on the margins of|ahead of) (?:a|an|the|its|their|next"
    r"|this) (?:[\w-]+ ){0,2}$"
)


# "told Reuters on Monday", "told public broadcaster Sveriges Radio", "told the Dutch news
# agency ANP this month": words given to a named outlet are a statement
_TOLD_BEFORE_RX = re.compile(r"\b(?:told|tells)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


def _told_outlet(state: DocState) -> list[int]:
    out = []
    for m in state.mentions:
        if m.form != "media":
            continue
        tm = _TOLD_BEFORE_RX.search(state.text, max(0, m.start - 45), m.start)
        if tm is not None and "\n" not in tm.group():  # (not across a line: a caption)
            out.append(tm.start())
    return out


def events_stage(state: DocState, res: Any) -> None:
    """One pass of each pattern over the whole text (speed), then per sentence."""
    text, pub = state.text, state.published
    triggers: dict[int, list[tuple[str, int]]] = {}
    low = lowered(state)
    planned: set[int] = set()
    after_step: set[int] = set()
    ahead: set[int] = set()
    late: dict[int, list[tuple[str, int]]] = {}
    for etype, pos in sorted(_trigger_hits(low), key=lambda h: h[1]):
        is_late = etype == _TALKS_OPENED
        if is_late:
            etype = "meeting"
        si = state.sentence_of(pos)
        s = state.sentences[si][0]
        # "parliament will not approve": negation and modality stand before the verb, which
        # a trigger that starts at its subject has after its start
        vpos = pos if etype != "ratification" else _verb_pos(low, etype, pos)
        nm = _NEG_OR_MODAL_RX.search(text, max(s, vpos - 40), vpos)
        if (
            nm is not None
            and nm.group("modal")
            and etype in ("meeting", "summit")
            and _OCCASION_OF_RX.search(low, max(s, vpos - 30), vpos)
            and _DATED_AFTER_RX.match(low, pos, pos + 90)
        ):
            nm = None  # "could be adopted during a conference on June 15": the modal is the
            # adopting's; the occasion itself is scheduled (dated: not "should do it at a
            # NATO summit")
        if nm is not None and (
            not nm.group("modal")
            or not (etype == "accession" or _accession_step(low, etype, nm, vpos, si, state))
            or _NEG_RX.search(text, max(s, vpos - 40), vpos)
        ):
            continue
        if nm is not None:
            planned.add(pos)  # "must deposit its instrument": to come, no borrowed date
            if _AFTER_STEP_RX.search(low, max(s, nm.start() - 110), nm.start()):
                after_step.add(pos)  # "signed next week, after which ... must ratify": the
                # date told is the step's before it
        if etype in ("ratification", "accession", "invitation") and _AHEAD_OF_RX.search(
            low, max(s, pos - 40), pos
        ):
            ahead.add(pos)  # "visited Budapest on Friday ahead of the ratification vote":
            # the vote is to come, the visit's day is not its date
        if etype == "invitation" and _VISIT_INVITE_RX.match(text, pos):
            continue  # "Orban invited Kristersson to Budapest to negotiate": a visit
        if etype == "invitation" and _REQUESTED_RX.search(low, max(s, pos - 70), pos):
            etype = "application"  # "requested that his country be invited to join NATO":
            # the candidate's request (as annotators list it), not the members' invitation
        called_off = _any_in(low, _CALLED_OFF_WORDS, max(s, pos - 25), pos + 70)
        if _no_occasion(low, etype, pos, s, called_off) or _hypothetical(
            low, vpos, s, state.sentences[si][1]
        ):
            continue
        if (
            etype == "ratification"
            and low.find("treaty", pos, pos + 90) >= 0
            and _OTHER_TREATY_RX.search(text, pos, min(state.sentences[si][1], pos + 90))
        ):
            continue  # "quick ratification of deeper cuts under the START II treaty"
        if etype == "protocol_signature" and _head_of_state_signs(state, pos):
            etype = "ratification"  # "President Bush signed the accession protocols": the
            # member's own act of ratification, after the allies signed them
        (late if is_late else triggers).setdefault(si, []).append((etype, pos))
    for si, items in late.items():
        # "opened negotiations ... at back-to-back intergovernmental conferences": the
        # conference word, read first, tells how many
        triggers.setdefault(si, []).extend(items)
    if not triggers and not state.mentions:
        # no trigger, and no one named to have spoken: nothing to date (an off-topic story
        # in a general feed ends here, before the date patterns, the stage's largest cost)
        state.events = []
        return
    by_sentence: dict[int, list[Any]] = {}
    if state.published_coarse and pub is not None and (pub.month, pub.day) == (1, 1):
        # read as of a bare year: "June 14" is in that year (a day and month resolve to the
        # year that puts them closest to the reading date, so read from mid-year)
        dates = find_dates(text, 0, len(text), pub.replace(month=7, day=1), low)
    else:
        dates = find_dates(text, 0, len(text), pub, low)
    if state.published_coarse:
        # a reading date inferred from a bare year or from office terms puts a year on "June
        # 14", but no day on "Tuesday" or "last week"
        dates = [h for h in dates if _ABSOLUTE_DATE_RX.search(text, h.start, h.end)]
    for h in dates:
        if not _quoted_relative(state, h):
            by_sentence.setdefault(state.sentence_of(h.start), []).append(h)
    for pos in statements(text, dates if pub is not None else None):
        triggers.setdefault(state.sentence_of(pos), []).append(("statement", pos))
    told_at = set(_told_outlet(state))
    for pos in told_at:
        triggers.setdefault(state.sentence_of(pos), []).append(("statement", pos))
    found: list[dict[str, Any]] = []
    anchor: str | None = None
    anchor_si = 0
    prev_date: tuple[int, str | None] | None = None
    for si, (s, e) in enumerate(state.sentences):
        hits = by_sentence.get(si, [])
        # a dateline ("OSLO, Nov 29 -") repeats the publication date: not an event's date
        sent_date = next((h for h in hits if h.date and not _dateline(state, h.start)), None)
        if sent_date and anchor is None and (pub is None or sent_date.date <= pub.isoformat()):
            anchor, anchor_si = sent_date.date, si
        if si in triggers and not any(fs <= s < fe for fs, fe in state.furniture):
            future = _LazyFuture(text, s, e)
            seen_types: dict[str, tuple[int, Any]] = {}
            for etype, pos in triggers[si]:
                if etype in seen_types and not (
                    low.endswith("another ", 0, pos)
                    or _own_clause_date(text, hits, pos, *seen_types[etype])
                ):
                    continue  # one event per type and sentence, unless "another summit" or a
                    # new clause with its own date ("approved it last month, and Trump signed
                    # the ratification this month")
                if etype == "statement":
                    key = quote_speaker(state, s, e, pos)
                    if key is None:
                        he = low.endswith((" he ", " she "), max(s, pos - 5), pos)
                        # "In a statement issued after he met Blinken, he promised": the
                        # pronoun right before the verb is the speaker, not the name before it
                        who = None if he and pos - s > 40 else speaker_before(state, pos, s)
                        if who is None and low.endswith(("he ", "she "), max(s, pos - 4), pos):
                            who = _person_before(state, s)  # ", he said": the one just named
                        key = who.key if who is not None and not _collective(low, who) else None
                    if key is None:
                        continue
                    # the tense of the speaking, not of what was said ("told reporters
                    # that it would not accept")
                    said_future = future and future_in(text, s, pos)
                    ev = _event(state, etype, pos, si, hits, prev_date, said_future, s, e)
                    if pos in told_at:
                        ev["_told"] = True
                    ev["speaker_key"] = key
                else:
                    ev = _event(state, etype, pos, si, hits, prev_date, future, s, e)
                    sep = (
                        _SEPARATE_RX.search(low, max(s, pos - 25), min(e, pos + 50))
                        if _any_in(low, _SEPARATE_WORDS, max(s, pos - 25), min(e, pos + 50))
                        else None
                    )
                    if sep is not None:
                        ev["_distinct"] = True  # "a separate conference", "its own conference"
                        if sep.group("two"):  # "back-to-back conferences": two of them
                            found.append(dict(ev))
                    if (
                        pos in planned
                        and (ev["_hit"] is None or pos in after_step)
                        or (pos in ahead and (ev["_hit"] is None or ev["_hit"].start < pos))
                    ):
                        ev["date"], ev["_since"] = None, True
                        ev.pop("end_date", None)
                    gapped = _gapped(text, hits, ev["_hit"])
                    if gapped is not None:  # "X applied in March 2004 and Albania in April 2009"
                        g = dict(ev, date=gapped.date, end_date=gapped.end_date, _hit=gapped)
                        found.append(g | {"_prec": gapped.precision})
                seen_types[etype] = (pos, ev["_hit"])
                found.append(ev)
                if etype == "application" and _joint(state, low, s, e, pos):
                    found.append(dict(ev, _distinct=True))  # "X and Y applied": two
        if sent_date:
            prev_date = (si, sent_date.date)
    _date_named(state, found, by_sentence)
    lead: str | None = None  # the day of the story's first dated past event
    for ev in found:  # an undated past event is of the story's day; tense read only here
        pos = ev.pop("_pos")
        named, since = ev.pop("_named", None), ev.pop("_since", None)
        if named or since:
            continue  # "the Madrid summit": its own date, stated elsewhere, or none
        if lead is None and ev["type"] != "statement" and ev["date"] and len(ev["date"]) == 10:
            lead = ev["date"] if pub is None or ev["date"] <= pub.isoformat() else None
        if ev["date"] is None and lead and _soon_after(state, ev["start"], ev["end"]):
            ev["date"] = lead  # "wrote on Twitter within the hour": the day of the news
            continue
        if (
            ev["date"] is None
            and anchor
            and ev["_prec"] != "year"
            and not future_in(text, max(ev["start"], pos - 40), pos)
            # the lead's news is not dated by a background date told after it ("The Turkish
            # parliament has ratified Finland's membership" ... "decided to join NATO last
            # May"): an anchor a month or more before the story, told later, dates nothing
            and not (ev["_si"] < anchor_si and pub is not None and anchor[:7] < f"{pub:%Y-%m}")
        ):
            ev["date"] = _counted_back(text, ev["start"], pos, anchor)
    # an interview with no date of its own nor of the story around it ('..., Stefanishyna
    # told Reuters'): the annotation lists none
    found = [ev for ev in found if not (ev.get("_told") and ev["date"] is None)]
    for ev in found:
        ev.pop("_told", None)
    head = headline_end(state)
    for ev in found:
        if ev["start"] < head:
            ev["_head"] = True
    state.events = _dedupe(_drop_background(state, found, low))
    for ev in state.events:  # places only for the events kept (the same as before dedupe)
        ev["place"] = _place(state, ev.pop("_si"), ev["start"], ev["end"])


_BODIES = LEGISLATURE_WORDS
_BODY_VERB_RX = re.compile(
    r"(?:" + "|".join(_BODIES) + r")(?:’s|'s)?\s+(?:[\w’'-]+\s+){0,2}?(?=approv|clear"
    r"|endors|pass|back|ratif|vot)"
)


_AHEAD_OF_RX = re.compile(
    r"\b(?:ahead of|in the run-up to|on the eve of|in advance of)\s+(?:the |a |an |its |their )?"
    r"(?:[\w’'-]+ ){0,3}$"
)


def _head_of_state_signs(state: DocState, pos: int) -> bool:
    """The signer right before "signed the protocols" is a member's head of state: a person
    whose office is head of state, named as the verb's subject ("Bush signs", "President
    Duda signed the ratification act")."""
    s = state.sentences[state.sentence_of(pos)][0]
    for m in reversed(mentions_in(state, max(s, pos - 40), pos)):
        if m.type == "person":
            return m.role_kind == "head_of_state" and state.text[m.end : pos].strip() == ""
    return False


def _verb_pos(low: str, etype: str, pos: int) -> int:
    """Where the verb of a trigger that starts at its subject ("parliament never approved")
    begins; the trigger's start otherwise."""
    if etype != "ratification" or not low.startswith(_BODIES, pos):
        return pos
    m = _BODY_VERB_RX.match(low, pos, pos + 60)
    return m.end() if m is not None else pos


# Words that name no occasion although a trigger matches (lower-case):
# negotiations, not a sitting ("accession talks with", "to open talks with");
_NEGOTIATIONS_RX = re.compile(
    r"(?:accession|membership|entry|negotiating|open|opening|start|starting|begin|launch)"
    r"(?: [\w-]+)? $"
)
# a standard reached, not people met ("met every military and political requirement");
_MET_STANDARD_RX = re.compile(
    r"(?:met|meets?|meeting) (?:[\w-]+ ){0,4}?(?:criteria|conditions|requirements?|demands"
    r"|targets?|standards|obligations|goals|benchmarks|expectations|deadlines?|concerns)\b"
)
# a rule in the present ("treaties are ratified by parliament");
# nothing scheduled ("no date has yet been set for the first conference");
_NO_DATE_RX = re.compile(
    r"no date (?:has|had|have|was|is)?(?: yet| so far)? (?:been )?[\w ]{0,24}$"
)
# "the ratification process": a course of steps, no one event
_PROCESS = (" process", " procedure", " timetable", " timeline", " drive", " saga", " steps")
_MOTION_WORDS: tuple[str, ...] = (
    "resolution",
    "motion",
    "budget",
    "declaration",
    "statement",
    "sanction",
)
_MOTION_WORDS += ("package", "amendment", "deal", "law", "bill", "legislation")  # one is in
_MOTION_WORDS += ("joining", "membership", "entry")
# every _OTHER_MOTION_RX match
_NOT_YET_RATIFIED_RX = re.compile(
    r"\b(?:(?:initiat\w*|start\w*|begin|began|begun|launch\w*) the (?:process of|procedure"
    r" (?:of|for))|"
    r"propos\w+ (?:[\w’'-]+ ){0,5}?the|submit\w* (?:[\w’'-]+ ){0,5}?for)\s+$"
)
_TIMED_WORDS = ("before the", "after the", "ahead of the", "eve of the")


# A treaty named that is no accession treaty: "the 1993 START II treaty", "the Nice Treaty"
# (not "the Treaty of Accession", "the North Atlantic Treaty", "the accession treaty").
_OTHER_TREATY_RX = re.compile(
    r"\b" + NOT_MEMBERSHIP_TREATY + r"[A-Z][\w-]*(?: (?:[A-Z]+|I{1,3}|[0-9]+))? [Tt]reaty\b"
)
# "signed the instruments of ratification": the head of state's signature completes the
# ratification (deposited instruments are the formality after it)
_SIGNED_INSTRUMENT_RX = re.compile(r"\bsign(?:ed|s|ing)? (?:the |its |their )?instruments? of $")


def _any_in(low: str, words: tuple[str, ...], a: int, b: int) -> bool:
    """One of `words` in low[a:b] (a loop: a generator costs more on this hot path)."""
    for w in words:  # noqa: SIM110
        if low.find(w, a, b) >= 0:
            return True
    return False


_OTHER_MOTION_RX = re.compile(
    r"[^.;,]{0,30}?\b(?:passed|approved|endorsed|backed|consented to|voted (?:in favou?r of|for"
    r"|on|through))(?:, [^.;,]{1,40},)? (?:a |an"
    r" |the |its )?(?:[\w-]+ )?(?:resolution|motion|budget|declaration|statement|sanctions|package"
    r"|amendment|deal)s?\b"
    # a referendum's or a candidate's own vote: "voted in favour of joining the EU"
    r"|[^.;,]{0,30}?\bvoted (?:overwhelmingly |narrowly )?(?:in favou?r of|for|against) (?:joining"
    r"|membership|entry)\b"
    # 'passed the "foreign agents" law': another law (not "a law ratifying the protocol")
    r"|[^.;,]{0,30}?\bpassed (?:a |an |the |its )?(?:[\w-]+ )?[\"“‘']"
    r"(?![^\"”’]*(?:accession|ratif|membership|protocol|nato|treaty))[^\"”’]{1,40}[\"”’] "
    r"(?:law|bill|legislation)\b"
)
_CALLED_OFF_WORDS: tuple[str, ...] = (
    "cancel",
    "called off",
    "scrapped",
    "not held",
    "take place",
    "go ahead",
)
_CALLED_OFF_WORDS += ("happen",)
# A cancelled occasion is none: "the summit was cancelled", "called off a meeting".
_CALLED_OFF_RX = re.compile(
    r"[^.;,]{0,40}? (?:(?:was|were|has been|have been|had been) (?:cancell?ed|called off|scrapped"
    r"|not held)|(?:did not|didn[’']t|will not|won[’']t|would not|never) (?:take place|go ahead"
    r"|happen))\b"
)
_CALL_OFF_RX = re.compile(r"(?:called off|cancell?ed|scrapped) (?:a |an |the |its |their )?$")


_AS_IT_ENDED_RX = re.compile(
    r"(?:summit|meeting|session|talks)\w* (?:broke up|closed|ended|wound down|wrapped up|drew to a "
    r"close|opened|began|got under way)\b"
)
_POSSESSIVE_RX = re.compile(r"(?:the |this |that )?(?:summit|meeting)(?:’s|'s) ")
# "at that meeting", "the same summit": the occasion told before, referred to again
_ANAPHORA_RX = re.compile(
    r"(?:at |from |after |before |during |in )?(?:that|the same|this same) (?:meeting|summit"
    r"|conference|session|gathering)\b"
)
_ANAPHORA_BEFORE = ("that ", "the same ")
_ANAPHORA_STARTS: tuple[str, ...] = (
    "at ",
    "from ",
    "after ",
    "before ",
    "during ",
    "in ",
    "that ",
    "the same ",
)
_ANAPHORA_STARTS += ("this same ",)  # every _ANAPHORA_RX match starts with one
# A meeting that only times a statement ("a statement issued after he met Blinken").
_STATEMENT_TIME_WORDS = ("statement", "message", "post", "remarks", "speech", "interview")
_STATEMENT_TIME_RX = re.compile(
    r"\b(?:statement|message|post|remarks|speech|interview)s? (?:[\w-]+ )?(?:after|before"
    r"|following) (?:[\w’'-]+ )?$"
)
# A government's or party's own session is no occasion of the accession story (read before
# the word "meeting").
_DOMESTIC_RX = re.compile(r"\b(?:cabinet|party|government|coalition)(?: [\w-]+)? $")
# A past summit named by its year as the source of a text ("the 2008 Bucharest NATO Summit
# decision"): the text is cited, the summit is no occasion of the story.
_PAST_SUMMIT_TEXT_RX = re.compile(
    r"\b(?:19|20)\d\d (?:[\w-]+ ){0,2}summit (?:decision|declaration|communiqu\w*|commitment"
    r"|pledge|promise|conclusions|formula|language)\b"
)
# Other protocols than the accession protocol ("sign a bilateral protocol" with a neighbour).
_OTHER_PROTOCOL_RX = re.compile(
    r"[\w’' -]{0,30}?\b(?:bilateral|additional|optional|trade|border|readmission|cooperation"
    r"|minsk|kyoto) protocols?\b"
)
# an occasion told elsewhere, referred to in a fronted phrase ("Before the meeting, X had
# said on Monday"): the sentence's date is not its date
_REFERENCE_RX = re.compile(r"(?:before|after|since|ahead of) $")
_AFTER_THE = ("after the ", "arriving for the ", "arriving at the ", "arrived for the ")
_DATE_NEXT_RX = re.compile(
    r"[^.;,]{0,30}?\b(?:on|in|last|next|this) (?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec|\d|week|month|year)"
)


def _sentence_end(low: str, pos: int) -> int:
    """The end of the sentence-ish span after `pos` (the next full stop)."""
    i = low.find(". ", pos)
    return len(low) if i < 0 else i


_TIMED_FROM_RX = re.compile(
    r"\b(?:(?:days|weeks|hours|months|shortly|just|a day|a week|a month|two days|three days)"
    r" (?:before|after|ahead of)|on the eve of) the (?:[\w’'-]+ )?$"
)
# "days before the alliance's 60th anniversary summit": a summit's longer name
_TIMED_FROM_LONG_RX = re.compile(
    r"\b(?:days|weeks|hours|shortly|just|a day|a week|two days|three days) (?:before|after|"
    r"ahead of) the (?:[\w’'-]+ ){2,3}$"
)


# A conditional main clause with its condition in the same sentence ("If Sweden were to
# apply, the parliament would ratify quickly"): no event. A reported "would" without a
# condition ("said the parliament would ratify it next week") is a planned event.
_CONDITIONAL_RX = re.compile(r"(?:would|might)(?: [\w’'-]+){0,4} $")  # "would still have to be"
_CONDITION_RX = re.compile(
    r"\b(?:if|unless|had (?:they|it|he|she|we|the \w+)|were (?:it|they) to|only (?:once|when|after"
    r"|if))\b"
)  # "would approve the protocols only once Stockholm had shown ...": a condition too


_WISH_WORDS: tuple[str, ...] = ("hope", "hoping", "wish", "want", "urge", "urging", "called on")
_WISH_WORDS += ("encourag",)  # "We encourage Turkey and Hungary to ratify": an exhortation
_WISH_WORDS += ("calls on",)
_WISH_WORDS += ("time to", "time for")  # "it is time (for Hungary) to ratify": an exhortation
_WISH_RX = re.compile(
    r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|wants?|wanted|urged?|urges|urging|encourag\w*"
    r"|called on|calls "
    r"on|(?:it is|it's|it’s|it was|this is|now is the) (?:high |now |the )?time)\b"
    r"(?: [\w’'-]+){0,5} (?:to|would|will|could|should)(?: \w+ly)? $"
)
_READY_TO_BE = tuple(
    f"{w} to be " for w in ("ready", "prepared", "eligible", "hope", "hopes", "hoping", "want")
) + ("wants to be ",)
_CONDITION_WORDS = ("if", "unless", "had ", "were ", "only ")  # one is in every match


def _hypothetical(low: str, pos: int, s: int, e: int) -> bool:
    if low.startswith(("were ", "had ", "should "), s) and low.find(",", s, pos) < 0:
        return True  # "Were Turkey to ratify the protocol, ...": the condition itself
    if low.startswith(("were ", "had ", "should ", "if "), s) and _any_in(
        low, (" would ", " should ", " could ", " might "), max(s, low.rfind(",", s, pos)), pos
    ):
        # "Had the talks broken down, the package would have gone to a special summit";
        # "If he were serious, he should raise it at a NATO summit": the main clause of a
        # sentence-initial condition (in the comma phrase of the trigger: "..., which
        # joined in April" is told as fact)
        return True
    if low.endswith(_READY_TO_BE, max(s, pos - 20), pos):
        return True  # "they will be ready to be invited by 2002": a readiness, no step
    if _any_in(low, _WISH_WORDS, max(s, pos - 60), pos) and _WISH_RX.search(
        low, max(s, pos - 60), pos
    ):
        return True  # "he hoped all allies would ratify it", "urged Hungary to ratify": a wish
    if (
        low.find("would", max(s, pos - 40), pos) < 0
        and low.find("might", max(s, pos - 40), pos) < 0
    ):
        return False
    if not _CONDITIONAL_RX.search(low, max(s, pos - 40), pos):
        return False
    return _any_in(low, _CONDITION_WORDS, s, e) and bool(_CONDITION_RX.search(low, s, e))


def _no_occasion(low: str, etype: str, pos: int, s: int, called_off: bool = True) -> bool:
    if etype == "meeting":
        if low.startswith("talks", pos) and _NEGOTIATIONS_RX.search(low, max(s, pos - 30), pos):
            return True
        if low.startswith("talks", pos) and low.endswith(_GOING_ON, max(s, pos - 12), pos):
            return True  # "would continue talks with Sofia": talks going on, no occasion
        if low.startswith("to meet", pos) and _MET_STANDARD_RX.match(low, pos + 3):
            return True  # "ready to meet very difficult conditions": no meeting
        if low.startswith(("met ", "meet"), pos) and (
            _MET_STANDARD_RX.match(low, pos)
            or low.endswith(("be ", "been ", "being ", "was ", "were ", "is ", "are "), s, pos)
        ):  # "would be met with a response": a passive, nobody met
            return True
        if low.startswith(("met at ", "met for "), pos) and "summit" in low[pos : pos + 50]:
            return True  # "leaders met at the April 2-4 summit": the summit is the event
    if etype == "ratification" and _NOT_YET_RATIFIED_RX.search(low, max(s, pos - 60), pos):
        return True  # "initiated the process of ratification", "proposes the ratification"
    if etype == "ratification" and (
        low.endswith((" are ", " is ", " for "), max(s, pos - 5), pos)
        or low.endswith(("instruments of ", "instrument of "), max(s, pos - 16), pos)
        and _SIGNED_INSTRUMENT_RX.search(low, max(s, pos - 40), pos) is None
        or (low.startswith("ratification", pos) and low.startswith(_PROCESS, pos + 12))
    ):  # "are ratified by parliament"; "forward the protocol for ratification"; "deposit
        return True  # their instruments of ratification" (a formality, the vote was before)
    if (
        etype == "ratification"
        and _any_in(low, _MOTION_WORDS, pos, pos + 70)
        and _OTHER_MOTION_RX.match(low, pos, min(len(low), pos + 70))
    ):
        return True  # "parliament passed a resolution condemning ...": another vote
    if (
        called_off
        and (  # "the summit was cancelled", "called off a meeting"
            _CALLED_OFF_RX.match(low, pos, min(len(low), pos + 70))
            or _CALL_OFF_RX.search(low[max(s, pos - 25) : pos])
        )
    ):
        return True
    if etype in ("meeting", "summit") and _POSSESSIVE_RX.match(low, pos):
        return True  # "on the summit's closing day": a time, the summit is told elsewhere
    if (
        etype in ("meeting", "summit")
        and low.endswith("as the ", max(s, pos - 7), pos)
        and _AS_IT_ENDED_RX.match(low, pos)
    ):
        return True  # "told reporters as the summit broke up": the time of the words
    if etype in ("meeting", "summit") and (
        (low.startswith(_ANAPHORA_STARTS, pos) and _ANAPHORA_RX.match(low, pos))
        or (
            low.endswith(_ANAPHORA_BEFORE, max(s, pos - 10), pos)
            and not low.startswith("leaders", pos)  # "said that leaders would": no anaphora
        )
    ):
        return True  # "at that meeting": the occasion told before, not another one
    if (
        etype == "meeting"
        and low.startswith(("met ", "meeting "), pos)
        and _any_in(low, _STATEMENT_TIME_WORDS, max(s, pos - 50), pos)
        and _STATEMENT_TIME_RX.search(low, max(s, pos - 50), pos)
    ):
        return True  # "in a statement issued after he met Blinken": the time of the words
    if etype == "meeting":
        mi = low.find("meeting", pos, pos + 40)
        if mi >= 0 and _DOMESTIC_RX.search(low, max(s, mi - 22), mi):
            return True  # "after a cabinet meeting": a government's own session
    if (
        etype == "summit"
        and has_digit(low[max(s, pos - 40) : pos])
        and _PAST_SUMMIT_TEXT_RX.search(low, max(s, pos - 40), pos + 30)
    ):
        return True  # "the 2008 Bucharest summit decision": a text cited, no occasion
    if etype == "protocol_signature" and _OTHER_PROTOCOL_RX.match(low, pos, pos + 60):
        return True  # "sign a bilateral protocol": not the accession protocol
    if etype in ("meeting", "summit"):
        if low.startswith("the ", pos):
            end = low.find(",", pos, pos + 30)
            if end > 0 and _REFERENCE_RX.search(low, max(s, pos - 10), pos):
                return True
        # "days before the summit": a time counted from an occasion told elsewhere
        if _any_in(low, _TIMED_WORDS, max(s, pos - 50), pos) and (
            _TIMED_FROM_RX.search(low, max(s, pos - 50), pos)
            or low.startswith("summit", pos)
            and _TIMED_FROM_LONG_RX.search(low, max(s, pos - 50), pos)
        ):
            return True
        # "flew on to Florida after the summit", "arriving for the meeting": the occasion
        # told elsewhere times something else (unless a date follows: "after the summit in
        # Vilnius on Tuesday")
        q = pos + 4 if low.startswith("the ", pos) else pos  # a trigger may take its article
        if low.endswith(_AFTER_THE, max(s, q - 20), q) and not _DATE_NEXT_RX.match(
            low, low.find(" ", q), min(_sentence_end(low, q), q + 45)
        ):
            return True
    return low.find("no date", max(s, pos - 60), pos) >= 0 and bool(
        _NO_DATE_RX.search(low, max(s, pos - 60), pos)
    )


def _person_before(state: DocState, s: int) -> Any:
    """The last person named before `s` in its paragraph (the referent of "he"/"she")."""
    para = next((p for p in state.paragraphs if p[0] <= s < p[1]), None)
    if para is None:
        return None
    for m in reversed(state.mentions):
        if m.start < s:
            if m.start < para[0]:
                return None
            if m.type == "person" and not m.place:
                return m
    return None


# "NATO leaders promised on Thursday", "EU ministers said": a group, not a named speaker
_GROUP_AFTER_RX = re.compile(
    r"(?:[’']s?)?(?: \d+| (?:two|three|four|five|six|seven|eight|nine|ten|all))? (?:leaders"
    r"|ministers|members|allies|officials|diplomats|governments|states"
    r"|countries|envoys|ambassadors|lawmakers)\b"
)


def _collective(low: str, who: Any) -> bool:
    return who.type == "organization" and _GROUP_AFTER_RX.match(low, who.end) is not None


# Leaders as the subject of a meeting make it a summit ("NATO leaders meeting in Brussels",
# "when allied leaders meet"); ministers or ambassadors, or leaders as the object ("Putin is
# to meet allied leaders"), leave it a meeting. Lower-case, before the trigger.
_LEADERS_RX = re.compile(
    r"(?:(?:nato|eu|allied|alliance|european|g7|g20|world|bloc|member[- ]state|union)(?:’s|'s)?"
    r" leaders|heads of (?:state(?: and government)?|government)|leaders of (?:the )?(?:\w+ )?"
    r"(?:allies|member states|member countries|nato|eu|alliance|bloc|european union))(?:’|'s)?"
    r"(?:\s+(?:are|were|will"
    r"|would|to|who|had"
    r"|have))?\s+(?:\w+\s+){0,2}(?:meet|gather)"
)


# The group last named before a meeting verb is its subject: leaders make it a summit, unless
# ministers, envoys or officials were named after them.
_GATHER_VERBS = ("meeting ", "meet ", "hold ", "held ", "holds ", "gather", "convene")
_LEADERS_SUBJECT_RX = re.compile(
    r"\b(?:nato|eu|allied|alliance|european|bloc(?:’s|'s)?|union|the|their|its) leaders\b"
)
_OTHER_GROUP_RX = re.compile(r"minister|ambassador|envoy|official|counterpart|diplomat")


def _leaders_subject(low: str, s: int, pos: int) -> bool:
    a = low.rfind("leaders", max(s, pos - 100), pos)
    if a < 0:
        return False
    m = _LEADERS_SUBJECT_RX.search(low, max(s, a - 12), a + 8)
    return m is not None and _OTHER_GROUP_RX.search(low, a, pos) is None


# "The foreign affairs committee of the assembly approved the accession": the committee is the
# subject when nothing clause-like stands between it and the verb.
_COMMITTEE_GAP_RX = re.compile(r"[,;]| after | before | when | once | until | while ")


def _committee_subject(low: str, s: int, pos: int) -> bool:
    a = low.rfind("committee", max(s, pos - 90), pos)
    return a >= 0 and _COMMITTEE_GAP_RX.search(low, a, pos) is None


_PUNCT_RX = re.compile(r"[,;:.()]")
_BREAK_BEFORE_RX = re.compile(r",|;| and | but | after | before | since | when | while ")
_SHIFT_RX = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?|months?"
    r"|years?) (after|before)\b"
)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER |= {"eight": 8, "nine": 9, "ten": 10}
_MONTH_DAYS = 1000  # a shift in months is counted in these units, then applied to the month
_SUB_WORDS = ("after ", "before ", "since ", "when ", "until ", "while ")  # in every match
_SUBORDINATE_RX = re.compile(
    r"\b(?:after|before|since|when|until|while) (?:[\w’'-]+ ){0,4}?(?!(?:allied|united|armed|"
    r"expected|scheduled|planned|proposed)\b)(?:\w+ed|began|went|came|took|made|fell|broke|won"
    r"|gave|held|met|sent)\b"
)


def _date_near(text: str, hits: list, pos: int) -> tuple[Any, int]:
    hit, shift, _ = _date_near_sub(text, hits, pos)
    return hit, shift


_DEADLINE_WORDS = ("by ", "until ", "no later than ")


def _date_near_sub(text: str, hits: list, pos: int) -> tuple[Any, int, bool]:
    """The date phrase of the trigger's clause and a shift in days: the nearest date within
    90 characters (from its nearer edge), where a date behind a clause break ("in May, and
    signed in June"; "...; Tuesday's talks") counts as far; "on Monday approved it three days
    after X flew in for talks" dates the talks three days before Monday ("six months after":
    a shift of -183 days, read as months). A date after the trigger inside a subordinate
    clause with its own verb ("applied soon after Russia launched its war in February 2022")
    is that clause's: skipped, and reported (third value) so that the event takes no
    borrowed date either."""
    best, best_d, best_shift, sub = None, 10**6, 0, False
    for h in hits:
        if not (h.date or h.precision == "year") or abs(h.start - pos) > 140:
            continue
        if h.start - pos > 90 and (h.date is None or _PUNCT_RX.search(text, pos, h.start)):
            continue  # 90-140 characters after the trigger only in one unbroken phrase
        if (
            text.endswith("the ", max(0, h.start - 4), h.start)
            and not h.end < pos <= h.end + 30
            and _ATTRIBUTIVE_DATE_RX.match(text, h.end)
        ):
            continue  # "despite the April referendum": the referendum's month, not the step's
        shift = 0
        if h.end <= pos:
            d, between = pos - h.end, text[h.end : pos]
            # ("invited at the summit last week, seven weeks after both countries applied")
            sm = _SHIFT_RX.search(between) if h.precision in ("day", "week") else None
            if sm is not None:
                n = _NUMBER.get(sm.group(1)) or int(sm.group(1))
                unit = sm.group(2).rstrip("s")
                n *= {"day": 1, "week": 7, "month": _MONTH_DAYS, "year": 12 * _MONTH_DAYS}[unit]
                shift = -n if sm.group(3) == "after" else n
            elif _BREAK_BEFORE_RX.search(between) and not _PARTICIPLE_AFTER_RX.match(between):
                d += 100  # (", ending a two-day summit": the same clause goes on)
        else:
            d = h.start - pos
            if text.endswith(_DEADLINE_WORDS, max(0, h.start - 7), h.start):
                continue  # "agreed to open talks by January 2014": the deadline of what was
                # agreed, not the day of the agreeing
            if ";" in text[pos : h.start] or ". " in text[pos : h.start]:
                d += 100
            elif (
                d < best_d
                and h.date
                and _any_in(text, _SUB_WORDS, pos, h.start)
                and _SUBORDINATE_RX.search(text, pos, h.start)
            ):
                sub = True
                continue
        if d < best_d:
            best, best_d, best_shift = h, d, shift
    return best, best_shift, sub and best is None


# A month or day used as an adjective of another occasion ("the April referendum").
_ATTRIBUTIVE_DATE_RX = re.compile(
    r" (?!(?:of|to|and|or|in|on|at|for|by|as|when|that|which)\b)[a-z]{3,}"
)
_PARTICIPLE_AFTER_RX = re.compile(r",\s+[a-z]+ing\b[^,;]*$")
_CLAUSE_BREAK_RX = re.compile(r", and |; |, while |, but | and then | while ")


def _own_clause_date(text: str, hits: list, pos: int, prev_pos: int, prev_hit: Any) -> bool:
    """A second trigger of a type in a sentence is its own event when a clause break
    separates it from the first and its nearest date is another one, in its own clause."""
    if not any(h.date and h.start > prev_pos and h is not prev_hit for h in hits):
        return False
    brk = _CLAUSE_BREAK_RX.search(text, prev_pos, pos)
    if brk is None:
        return False
    hit, _ = _date_near(text, hits, pos)
    return (
        hit is not None
        and hit is not prev_hit
        and hit.date is not None
        and hit.start >= brk.end()
        and (prev_hit is None or hit.date != prev_hit.date)
    )


# Gapping: "North Macedonia applied in March 2004 and Albania in April 2009": the verb left
# out of the second conjunct, whose date is the next date phrase.
_GAPPED_RX = re.compile(r",? and (?:[A-Z][\w’'-]+ ){1,3}(?:in|on) ")


def _gapped(text: str, hits: list, hit: Any) -> Any:
    if hit is None or hit.date is None:
        return None
    gm = _GAPPED_RX.match(text, hit.end)
    if gm is None:
        return None
    return next((h for h in hits if h.start == gm.end() and h.date), None)


# Two candidates applying at once file two applications: coordinated subjects ("Finland and
# Sweden applied", "the two neighbours, which applied") or a partner after the verb ("applied
# alongside Finland", "applied together", "on the same day").
_JOINT_BEFORE_RX = re.compile(
    r"(?:\b[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ )?and (?:[A-Z][\w’'-]+ ){1,2}|\b(?:[Tt]he two|[Bb]oth)"
    r" [^.;:]{0,40}?)(?:[a-z]+ ){0,2}$"
)
_JOINT_AFTER_RX = re.compile(
    r"[^.;]{0,50}?\b(?:(?P<with>together with|alongside|jointly with|along with)|together|jointly"
    r"|on the same day|at the same time|in tandem)\b"
)
_JOINT_WORDS = ("together", "jointly", "alongside", "same day", "same time", "in tandem")


def _joint(state: DocState, low: str, s: int, e: int, pos: int) -> bool:
    """Two applicants; a partner named after the verb must be a state ("signed the
    application together with the prime minister" is one)."""
    if _JOINT_BEFORE_RX.search(state.text, max(s, pos - 60), pos):
        return True
    if not _any_in(low, _JOINT_WORDS, pos, min(e, pos + 70)):
        return False
    m = _JOINT_AFTER_RX.match(low, pos, min(e, pos + 70))
    if m is None or m.group("with") is None:
        return m is not None
    return any(
        mt.type == "state" and not mt.place for mt in mentions_in(state, m.end(), m.end() + 6)
    )


# Occasions the text itself calls distinct from one told before ("Moldova opened its own
# talks at a separate conference"; "back-to-back conferences", "two meetings": two of them).
_SEPARATE_RX = re.compile(
    r"\b(?:(?:a separate|(?:its|their|his|her) own|a second|another)|(?P<two>back-to-back|two))"
    r" (?:[\w-]+ ){0,2}?(?:conferences?|meetings?|summits?|sessions?)\b"
)
_SEPARATE_WORDS = ("separate", "own ", "second", "another", "back-to-back", "two ")
# A reaction told as following the news at once: the day of the story's first dated event.
_SOON_AFTER_RX = re.compile(
    r"\b(?:within (?:the hour|minutes|hours|an hour)|(?:minutes|hours|moments) later|shortly "
    r"after(?:wards)?|later that (?:day|evening|night)|(?:later |earlier )?the same day)\b"
)
# A day counted from the date told before the trigger: "ratified the following day" (+1),
# "a day earlier" (-1).
_NEXT_DAY_RX = re.compile(
    r"\b(?:(the (?:previous|preceding) day|a day earlier|the day before)|the (?:following|next)"
    r" day|a day later|the day after)\b(?! (?:the|a|an|its|their|\w+’s|\w+'s)\b)"
)
_NEXT_DAY_WORDS: tuple[str, ...] = (
    "following day",
    "next day",
    "previous day",
    "preceding day",
    "day earlier",
)
_NEXT_DAY_WORDS += ("day later", "day before", "day after")  # one is in every match


# "have since ratified it": steps taken after the last date told, not on it
_SOON_WORDS = ("within", "later", "shortly", "same day")  # in every _SOON_AFTER_RX match
_SINCE = (" since ", " since then ", " since then, ")
_RELATIVE_BEFORE = (", which ", ", which had ", ", who ", ", who had ")


def _soon_after(state: DocState, s: int, e: int) -> bool:
    return (
        _any_in(lowered(state), _SOON_WORDS, s, e)
        and _SOON_AFTER_RX.search(lowered(state), s, e) is not None
    )


def _event(
    state: DocState,
    etype: str,
    pos: int,
    si: int,
    hits: list,
    prev_date: Any,
    future: Any,
    s: int,
    e: int,
) -> dict[str, Any]:
    hit, shift, subordinate = _date_near_sub(state.text, hits, pos)
    relative = etype == "application" and lowered(state).endswith(
        _RELATIVE_BEFORE, max(s, pos - 12), pos
    )
    if relative and hit is not None and hit.end <= pos:
        hit = None  # "..., leaving Sweden, which applied at the same time,": not that day
    planned = (
        etype == "application"
        and _PLANNED_RX.search(lowered(state), max(s, pos - 40), pos) is not None
    ) or (
        etype == "ratification"
        and _START_RATIFY_RX.search(lowered(state), max(s, pos - 60), pos) is not None
    )
    if planned:
        # "Finland will apply, Niinisto said on Sunday", "decided on Monday to apply": the
        # application is still to come; the day is the words' or the decision's
        hit, shift, relative = None, 0, True
    # "another summit early next year": a year-only date names a later (or earlier) occasion,
    # not the story's; it stays undated and apart from the dated events of its type
    distinct = hit is not None and hit.precision == "year"
    prec = hit.precision if hit else None
    date = hit.date if hit else None
    end_date = hit.end_date if hit else None
    if shift and date and abs(shift) >= _MONTH_DAYS:  # "six months after": that month
        months = int(date[:4]) * 12 + int(date[5:7]) - 1 + shift // _MONTH_DAYS
        date, end_date = f"{months // 12:04d}-{months % 12 + 1:02d}", None
        prec = "month"
    elif shift and date:
        date = (dt.date.fromisoformat(date) + dt.timedelta(days=shift)).isoformat()
        end_date = None
        if prec == "week":  # counted from a week, not a day: its month
            date, prec = date[:7], "month"
    if etype == "meeting":
        low = lowered(state)
        lm = _LEADERS_RX.search(low, max(s, pos - 50), pos + 30)
        # "a European Council meeting", "at a meeting of the European Council"
        council = "european council" in low[max(s, pos - 20) : pos + 40]
        if (lm is not None and lm.end() > pos) or council:
            etype = "summit"  # leaders meeting; "a European Council meeting" is a summit
        elif low.startswith(("the meeting,", "the meeting was", "the meeting is"), pos) and (
            "summit" in low
        ):
            etype = "summit"  # "the meeting, held ..." in a story on a summit: that summit
        elif low.startswith(_GATHER_VERBS, pos) and _leaders_subject(low, s, pos):
            etype = "summit"  # "EU leaders, meeting their counterparts"; "when they hold
            # their own video conference" after "the bloc's leaders"
    elif etype == "ratification" and _committee_subject(lowered(state), s, pos):
        etype = "meeting"  # a committee's approval: its session, the vote is still to come
    named = _summit_name(state.text, s, pos) if etype == "summit" and hit is None else None
    since = hit is None and (
        subordinate
        or lowered(state).endswith(_SINCE, max(s, pos - 20), pos)
        # "Sweden, which applied at the same time": told in passing, its own date unknown
        or relative
    )
    # a statement takes a date from its own paragraph only, else the story's (anchor)
    if (
        date is None
        and named is None
        and prev_date
        and si - prev_date[0] <= 2
        and not ((future and etype != "statement") or distinct)  # words said are not ahead
        and (etype != "statement" or _same_paragraph(state, state.sentences[prev_date[0]][0], s))
        and not since
        and not _soon_after(state, s, e)
        # a past event takes no date still to come from the sentence before
        and (
            state.published is None
            or state.published_coarse
            or prev_date[1] <= state.published.isoformat()
        )
    ):
        date = _counted_back(state.text, s, pos, prev_date[1])
    if date and len(date) == 10 and (hit is None or hit.end <= pos):
        nd = (
            _NEXT_DAY_RX.search(lowered(state), pos, min(e, pos + 90))
            if _any_in(lowered(state), _NEXT_DAY_WORDS, pos, min(e, pos + 90))
            else None
        )
        if nd is not None:  # "signed on Monday and ratified the following day"
            step = -1 if nd.group(1) else 1
            date = (dt.date.fromisoformat(date) + dt.timedelta(days=step)).isoformat()
            end_date = None
    if etype in ("summit", "meeting") and date and len(date) == 10 and not end_date:
        date, end_date = _days_long(lowered(state), s, e, date)
    ev: dict[str, Any] = {
        "type": etype,
        "date": date,
        "place": None,
        "description": state.text[s:e].strip(),
        "start": s,
        "end": e,
        "_pos": pos,
        "_si": si,
        "_prec": prec,
        "_hit": hit,
    }
    if named:
        ev["_named"] = named
    if since:
        ev["_since"] = True  # no date of the story either
    if end_date:
        ev["end_date"] = end_date
    return ev


# "would start ratifying", "has decided to initiate the ratification": a ratification to
# come, listed undated (the day told is the announcement's)
_START_RATIFY_RX = re.compile(
    r"\b(?:will|would|shall|to|is to|are to|plans? to|decided to|set to|due to|expected to)\s+"
    r"(?:also\s+|then\s+|\w+ly\s+)?(?:start|begin|initiate|launch|open)(?:\s+the)?(?:\s+(?:process|procedure)"
    r" (?:of|for))?\s+$"
)
_PLANNED_RX = re.compile(
    r"\b(?:will|would|shall|plans? to|planning to|intends? to|decided(?: on \w+)? to|decision to|"
    r"(?:is|are) (?:set |due |expected )?to|ready to|prepared to|could|may|might|expected to)\s+"
    r"(?:formally |officially |soon |also |now |quickly |jointly )?$"
)
_DAYS_LONG_RX = re.compile(
    r"\b(two|three|four|2|3|4)-day (?:[\w-]+ )?(?:summit|meeting|session|conference|gathering)"
)
_ENDING_RX = re.compile(
    r"\b(?:end(?:ed|ing|s)?|clos(?:ed|ing|es)|conclud\w+|wrapp\w* up|at the end of|"
    r"continu\w*)\b"
)
_DAY_COUNT = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _days_long(low: str, s: int, e: int, date: str) -> tuple[str, str | None]:
    """ "ending a two-day summit" on Friday: it began on Thursday; "opened a two-day meeting"
    on Thursday: it ends on Friday (the sentence's one summit or meeting)."""
    m = _DAYS_LONG_RX.search(low, s, e) if "-day " in low[s:e] else None
    if m is None:
        return date, None
    n = _DAY_COUNT[m.group(1)] - 1
    d = dt.date.fromisoformat(date)
    # "ending a two-day summit", "the two-day meeting, which continues on Friday"
    if _ENDING_RX.search(low, max(s, m.start() - 25), min(e, m.end() + 50)):
        return (d - dt.timedelta(days=n)).isoformat(), date
    return date, (d + dt.timedelta(days=n)).isoformat()


def _counted_back(text: str, s: int, pos: int, date: str) -> str | None:
    """ "The vote came a week after Fico met Kristersson": counted back from the day the
    event borrows (the sentence before's, or the story's). Counted in months it keeps only
    the month ("three months after Moldova applied"); in years, no date of the format's
    precision is left ("two years after both countries applied")."""
    sm = (
        _SHIFT_RX.search(text, s, pos)
        if len(date) == 10 and text.find(" after ", s, pos) >= 0
        else None
    )
    if sm is None or sm.group(3) != "after":
        return date
    n = _NUMBER.get(sm.group(1)) or int(sm.group(1))
    unit = sm.group(2)
    if unit.startswith("y"):
        return None
    if unit.startswith("mon"):
        months = int(date[:4]) * 12 + int(date[5:7]) - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    n *= 7 if unit.startswith("week") else 1
    return (dt.date.fromisoformat(date) - dt.timedelta(days=n)).isoformat()


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


_STEPS = ("protocol_signature", "ratification", "accession")
# What an accession step acts on ("must now sign accession protocols, which will then have to
# be ratified by all members"); "must then ratify the agreement" names another treaty.
_STEP_OBJECT_RX = re.compile(r"protocol|accession|membership|instruments? of|treaty")
_OBLIGATIONS = ("must", "need to", "needs to", "has to", "have to")
_SEQUENCED_RX = re.compile(r"\b(?:now|then|still|next|first|also|yet|will|soon)\b")
# "an accession protocol, which every parliament must ratify"; "signed next week, after which
# every parliament must ratify them": the obligation follows a step just told
_AFTER_STEP_RX = re.compile(
    r"(?:protocols?|treaty|signed|signing)(?: [\w’'-]+){0,8}, (?:after )?which "
    r"(?:[\w’'-]+ ){0,4}$"
)


def _accession_step(low: str, etype: str, nm: Any, pos: int, si: int, state: DocState) -> bool:
    """An obligation to take an accession step is that step, planned (listed undated), when
    it is a step of this process: sequenced ("must now sign", "will then have to be
    ratified", "still has to") or in the future ("will have to"); a rule ("the membership of
    a new country must be ratified by all members") is none."""
    if etype not in _STEPS or nm.group("modal").lower() not in _OBLIGATIONS:
        return False
    s, e = state.sentences[si]
    lo = max(s, pos - 60)
    if not _SEQUENCED_RX.search(low, max(s, nm.start() - 12), pos):
        if not _AFTER_STEP_RX.search(low, max(s, nm.start() - 110), nm.start()):
            return False
        lo = s  # the step told before the obligation names its object ("the protocols ...")
    return _STEP_OBJECT_RX.search(low, lo, min(e, pos + 60)) is not None


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
        or ev["type"] in _STEPS
        or not future_in(state.text, ev["start"], ev["end"])
    ]


def _dedupe(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ev in events:
        same = [o for o in out if o["type"] == ev["type"]]
        if ev.get("_distinct"):
            same = []
        if ev["type"] == "statement":
            same = [o for o in same if o.get("speaker_key") == ev.get("speaker_key")]
        dup = next((o for o in same if _same_date(o, ev)), None)
        twin = None if dup is not None else next((o for o in same if _headline_twin(o, ev)), None)
        if twin is not None:
            # "Bulgaria, Romania sign EU Accession Treaties (26/04/2005)" over "signed their
            # accession treaties yesterday": one signing, dated as the body tells it
            out[out.index(twin)] = ev
        elif dup is None:
            out.append(ev)
        elif (
            (dup["date"] is None and ev["date"])
            or (dup.get("_prec") == "week" and ev.get("_prec") == "day")
            or (ev.get("end_date") and not dup.get("end_date"))
        ):  # keep the more precise date: "this week's summit" + "opens on Wednesday"; a
            # range over a day inside it ("on Friday" + "held on October 17-18")
            dup.update(date=ev["date"], end_date=ev.get("end_date"), _prec=ev.get("_prec"))
            if not ev.get("end_date"):
                dup.pop("end_date", None)
    for ev in out:
        ev.pop("_prec", None)
        ev.pop("_head", None)
        ev.pop("_distinct", None)
        ev.pop("_hit", None)
        if ev.get("end_date") is None:
            ev.pop("end_date", None)
    return out


# A sentence about the span of a multi-day occasion ("ended two days of talks on Wednesday")
# tells a day of that occasion, not another one.
_SPAN_RX = re.compile(
    r"\b(?:two|three|four|2|3|4)[- ]days?\b|\b(?:ended|wrapped up|concluded|closed|opened|began"
    r"|continues|continued)\b"
    r"|\b(?:first|second|final|last|closing|opening) day\b",
    re.I,
)


def _headline_twin(head: dict[str, Any], body: dict[str, Any]) -> bool:
    """The headline's event and the body's of the same type a day apart are one: a headline
    tells the news in the present, dated by the page ("sign ... (26/04/2005)"), the body by
    its day ("signed ... yesterday")."""
    if not head.get("_head") or body.get("_head") or body["type"] == "statement":
        return False
    a, b = head["date"], body["date"]
    if not a or not b or len(a) != 10 or len(b) != 10:
        return False
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1


def _same_date(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if (a.get("_prec") == "year") != (b.get("_prec") == "year"):
        return False
    if a["date"] == b["date"] or not a["date"] or not b["date"]:
        return True
    for w, o in ((a, b), (b, a)):  # a range ("this week", "October 17-18") holds its days,
        # unless the day is the other's own ("On Wednesday the commission met", inside a
        # two-day ministerial: two meetings)
        if (
            w.get("end_date")
            and w["date"] <= o["date"] <= w["end_date"]
            and (
                w.get("_prec") == "week"
                or o.get("_prec") is None
                or _SPAN_RX.search(o["description"]) is not None
            )
        ):
            return True
    return False
