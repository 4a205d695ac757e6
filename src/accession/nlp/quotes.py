"""Stage `quotes.v1`: words inside quote marks, with their speaker.

Why rules: news quotes follow a few shapes — `"...," X said`, `X said: "..."`,
`"...," he said, "..."`, a quote running over sentences or paragraphs, `said in a letter`,
`told Reuters`. A quoted phrase without a speech verb nearby ("victory plan", a programme
title) is a scare quote, not a quote. Speakers resolve through the linker: a named person
or organisation, a pronoun or role noun ("the Ukrainian minister") to the last fitting
person, and unnamed sources ("a senior NATO diplomat") to no one (`speaker_canonical: null`).
Indirect speech ("X said that ...") goes to `reported`, which stances read too.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from accession.nlp.lexicon import LEAD_VERB_RX, SPEECH_RX, SPEECH_VERBS
from accession.nlp.linker import _UNNAMED_RX, resolve_phrase
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import find_all, lowered, mentions_in

# AP archive copy closes a quote opened with `` by a double prime: ``…″
_OPEN, _CLOSE, _BOTH = "“„«‶", "”»″", '"'
# "a spokesman for X", also after a conjunction ("But a spokesman for ... called on ...")
_INDEFINITE_RX = re.compile(
    r"\s*(?:(?:but|and|yet|meanwhile|however),?\s+)?(?:an?|one|two|three|several|some|many|other)\b",
    re.I,
)
_MARKS_RX = re.compile(r"[\"“”„«»‶″]")
_MARK_CHARS = '"“”„«»‶″'  # the characters of _MARKS_RX
_VERB = rf"(?:{SPEECH_VERBS})"
# after a quoted question, "asked" attributes it ('"Is this the end?" X asked'); it is kept
# out of the shared speech verbs, where "Ukraine asked to be invited" is no speaking
_AFTER_VERB = rf"(?:{SPEECH_VERBS}|asked|asks|reads|read|concluded|concludes)"
# Before a quote only: a participle that frames it ("calling the outcome "a mistake"",
# "describing it as"), "spoke of", "had written", "put it bluntly:"
_QVERB = (
    rf"(?:{SPEECH_VERBS}|calling|describing|branding|branded|dubbing|dubbed|labelling|"
    r"labeling|written|spoke of|spoke about|speaking of|put it(?: \w+)?|reported|joked|"
    r"quipped|observed|recalled|complained|lamented|conceded|predicted|suggested|denied|"
    r"thanked|praised|threatened|threatening|slammed|blasted|dismissed|criticised|criticized"
    r"|accused|condemned|condemning|denounced|denouncing|rejected|rejecting|expressed|voiced"
    r"|congratulated|congratulating|suggesting|celebrated|celebrating|applauded|applauding"
    r"|lauded|lauding|hailing|pointed out|points out|considers|considered|stating"
    # "was quick to note that "…"": the infinitive after "was quick to", "went on to"
    r"|to (?:note|stress|point out|underline|emphasi[sz]e|insist|add))"
)
_VERB_RX = re.compile(rf"\b{_QVERB}\b")
_BEFORE_RX = re.compile(
    rf"\b{_QVERB}\b(?:\s+(?:on|in|at|to)\s+[\w\s’'-]{{1,40}}?)?\s*"
    r"(?:that\s*|as saying\s*)?[:,]?\s*$"
    # "greeted the crowd with the words "...""
    r"|\bwith the words\s*[:,]?\s*$"
    # "He went on: "...""
    r"|\b(?:went|goes) on\s*:\s*$"
    # "the Greek prime minister was adamant: unless Turkey ..., "Greece is prepared to ...""
    r"|\b(?:was|is|were|are) (?:adamant|blunt|categorical|emphatic|unequivocal|firm|clear)"
    r"(?: that)?\s*:[^:\"“”]{0,160}?$"
)
_ABBREVIATIONS = ("Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Dr", "St", "Mr", "Mrs", "Ms")


def _subj_char(stops: str, initials: bool = False) -> str:
    """One character of a subject next to a quote: none of `stops`, and a full stop only in
    an abbreviation ("Sen. Ben Cardin (D-Md.)", "U.S.") or, with `initials`, after a capital
    ("Joseph R. Biden")."""
    dots = [rf"(?<=\b{a})\." for a in _ABBREVIATIONS] + [r"\.(?=[\w)])"]
    dots.append(r"(?<=\b[A-Z]\.[A-Z])\.")  # "U.S. Secretary of State Antony Blinken said"
    if initials:
        dots.append(r"(?<=\b[A-Z])\.")
    return rf"(?:[^{stops}]|" + "|".join(dots) + ")"


_SUBJ_CHAR = _subj_char('\\"“”.!?;')
_AFTER_SUBJ_VERB_RX = re.compile(
    rf"^[\s,]*(?:[—–]\s*)?(?P<subj>[^\s\"“”.!?;,—–]{_SUBJ_CHAR}{{0,100}}?)\s+(?:also\s+|then\s+|later\s+)?"
    rf"(?P<verb>{_AFTER_VERB})\b"
)
# The end of a subject's 13th word.
_WORD_END_RX = re.compile(r"^\s*(?:\S+\s+){12}\S+")
# What a subject's length is counted without: a party tag and an apposition
# ("Sen. Ben Cardin (D-Md.), a strong backer of the protocol, said").
_ASIDE_RX = re.compile(
    r"\s*\([^)]{1,30}\)|,\s+(?!(?:while|and|but|as|although|though|because|when|whereas|if|"
    r"since|after|before|so|or|then)\b)[a-z][\w’'-]*\s[^,]{2,80},?"
)
# After the verb, the subject may hold abbreviations and initials ("said Sen. Joseph R.
# Biden") and a name in apposition to its role ("said the Czech prime minister, Vladimir
# Spidla, who ...").
_SUBJ_NAME_CHAR = _subj_char(',\\"“”.!?;', initials=True)
_AFTER_VERB_SUBJ_RX = re.compile(
    # (not a participle: '"...," saying that his country has ...' goes on in the voice before)
    rf"^[\s,]*(?:[—–]\s*)?(?P<verb>{_AFTER_VERB})(?<!ing)\s+(?P<subj>{_SUBJ_NAME_CHAR}{{2,80}}"
    r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?=,|\.|\s*$))?)"
)
_SUBORDINATE_IN_SUBJ_RX = re.compile(
    r"\s(?:as|while|when|after|before|because|during|following|amid)\s"
)
_ADJACENT_RX = re.compile(
    rf"\b{_VERB}\b(?:\s+(?:on|in)\s+[\w\s’'-]{{1,40}}?(?=\s+that\b|:))?\s*(?:that\s*|as saying\s*)?[:,]?\s*$"  # noqa: E501
    r"|\bwith the words\s*[:,]?\s*$"
)
_INDIRECT_RX = re.compile(rf"\b{_VERB}\b(?:\s+on\s+\w+)?\s+that\s+")


_NEXT_WORD_RX = re.compile(r" ([a-z]+)\b")
_FUNCTION_WORDS = frozenset(
    ("if", "to", "and", "or", "but", "in", "on", "for", "with", "that", "of", "by", "at", "as")
    + ("from", "unless", "when", "while", "before", "after", "against", "over", "into")
)
_CONTINUES_RX = re.compile(r"(?:and|but|or|while|which|who|as|then|before|after)\b")


def _marks(text: str) -> list[int]:
    """Sorted offsets of every double quote mark (`_MARK_CHARS`), found with `str.find`.

    A doubled single mark is a double one: AP copy and typeset feeds write ‘‘…’’ (or ``…''),
    often mixed with “ and ” in one story. An opening pair is placed on its second character
    and a closing pair on its first, so the words between are the quote either way."""
    out = find_all(text, _MARK_CHARS)
    for pair, at in (("‘‘", 1), ("``", 1), ("’’", 0), ("''", 0)):
        i = text.find(pair)
        while i >= 0:
            if pair == "``" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([—–-":
                out.append(i)  # archive copy closes with `` too: "called it ``a triumph.``"
            else:
                out.append(i + at)
            i = text.find(pair, i + 2)
    return sorted(out)


# What follows a closing mark: "„... the conditions“." (German copy opens with „ and closes
# with “, which is an opening mark elsewhere).
_AFTER_CLOSING = (" ", "\n", "", ",", ".", ";", ":", "!", "?", ")")


def _pairs(
    text: str, start: int, end: int, marks: list[int] | None = None
) -> list[tuple[int, int, bool]]:
    """(open, close, closed) positions of double quote marks inside a paragraph (`marks`:
    `_marks(text)`, for speed)."""
    out, open_at = [], None
    if marks is None:
        found = [m.start() for m in _MARKS_RX.finditer(text, start, end)]
    else:
        found = marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]
    for i in found:
        c = text[i]
        if (
            c in _OPEN
            and open_at is not None
            and not text[i - 1 : i].isspace()
            and text[i + 1 : i + 2] in _AFTER_CLOSING
        ):
            # '"... safer together,“ NATO Secretary-General Jens Stoltenberg said': an opening
            # mark after the words and before a space is a mistyped closing one
            out.append((open_at, i, True))
            open_at = None
        elif c == "`" and open_at is not None and text[i + 1 : i + 2] == "`":
            out.append((open_at, i, True))  # "``a triumph.``": a closing pair in archive copy
            open_at = None
        elif (
            c in _OPEN
            and open_at is None
            and i > start
            and not text[i - 1].isspace()
            and text[i + 1 : i + 2] in _AFTER_CLOSING
            and text[i + 1 : i + 2] not in (" ", "")
        ):
            # '... a one-step process“, said the NATO Secretary General.': the close of a quote
            # opened with „ paragraphs before, German style, with no mark between
            out.append((start - 1, i, True))
        elif c in _OPEN or c in "‘`":
            open_at = i
        elif (
            c == "'"
            and open_at is None
            and text[i + 1 : i + 2] == "'"
            and (i == 0 or text[i - 1] in " \n([—–-")
            and text[i + 2 : i + 3].isalnum()
        ):
            open_at = i + 1  # "said: ''Sweden's policy ...''": a doubled straight mark opens
        elif c in _CLOSE or c in "’'":
            if open_at is not None:
                out.append((open_at, i, True))
                open_at = None
            elif (
                c in _CLOSE
                and (i == start or text[i - 1] == "\n")
                and text[i + 1 : i + 2].isalnum()
            ):
                open_at = i  # '”For us Europe is ...,” Rama said': a mistyped opening mark
        elif open_at is None:
            open_at = i
        else:
            out.append((open_at, i, True))
            open_at = None
    if open_at is not None and end - open_at > 20:
        out.append((open_at, end, False))
    return out


_SOURCE_SUBJ_RX = re.compile(
    r"(?:the|this|that|a) (?:[\w-]+ )?(?:article|report|newspaper|paper|publication|outlet|story"
    r"|website|site|agency|source)"
)
_DOCUMENT_SUBJ_RX = re.compile(r"(?:the|his|her|its|their) (letter|statement|note|message)")
# '"…," the document reads' / 'the text says': the text quoted before, or the declaration,
# communiqué or conclusions the story names up to three sentences back
_TEXT_SUBJ_RX = re.compile(r"(?:the|this|that) (?:final |full )?(?:document|text)")


# Texts an institution issues as a whole: a summit declaration, a communiqué, conclusions.
_DECLARATION_RX = re.compile(
    r"\b(?:the|its|their|a|this|that)\s+(?:[\w’'-]+\s+){0,3}?(declaration|communiqu[eé]|conclusions)\b",
    re.I,
)
# Who issues each: NATO's summits issue declarations and communiqués; the EU's ministers and
# leaders adopt conclusions.
_ISSUERS = {
    "declaration": ("org:NATO", "org:EUROPEAN_COUNCIL", "org:EU"),
    "communiqué": ("org:NATO", "org:EUROPEAN_COUNCIL", "org:EU"),
    "communique": ("org:NATO", "org:EUROPEAN_COUNCIL", "org:EU"),
    "conclusions": ("org:EU_COUNCIL", "org:EUROPEAN_COUNCIL", "org:EU"),
}


def _issuer(state: DocState, noun: str) -> Any:
    """The institution named in the story that issues such a text, first in `_ISSUERS`."""
    by_key: dict[Any, Any] = {}
    for m in state.mentions:
        if m.type == "organization" and not m.place:
            by_key.setdefault(m.key, m)
    for key in _ISSUERS.get(noun, ()):
        if key in by_key:
            return by_key[key]
    return None


def _named_text_issuer(state: DocState, o: int) -> Any:
    """The issuer of the declaration, communiqué or conclusions named up to three sentences
    before a quote told as '"…," the document reads'."""
    si = state.sentence_of(o)
    for j in range(si, max(-1, si - 4), -1):
        s, e = state.sentences[j]
        decl = _DECLARATION_RX.search(state.text, s, min(e, o))
        if decl is not None:
            return _issuer(state, decl.group(1).lower())
    return None


# The body a candidate joins is no writer: "a joint statement backing Moldova's bid to join
# the European Union", "endorsing Ukraine for NATO membership".
_JOINED_BEFORE_RX = re.compile(
    r"\b(?:join(?:s|ed|ing)?|membership (?:of|in)|accession to|entry into) (?:the )?$", re.I
)

_JOINED_AFTER_RX = re.compile(r"(?:’s|'s)?\s+(?:membership|accession|entry|enlargement|expansion)")


def _writer(state: DocState, o: int, noun: str) -> Any:
    """Who wrote the document a quote is read from: the person (else the organisation) of
    the nearest sentence up to two back that names that kind of document."""
    text = state.text
    si = state.sentence_of(o)
    low = lowered(state)
    for j in range(si, max(-1, si - 3), -1):
        s, e = state.sentences[j]
        e = min(e, o)
        if low.find(noun, s, e) < 0:
            continue
        inside = [
            m
            for m in mentions_in(state, s, e)
            if not m.place
            and not m.attribute
            and not _JOINED_BEFORE_RX.search(text, s, m.start)
            and not _JOINED_AFTER_RX.match(text, m.end)
        ]
        for kind in ("person", "organization"):
            cands = [m for m in inside if m.type == kind]
            if kind == "organization":  # the agency reporting the statement wrote none of it
                cands = [m for m in cands if m.form != "media" and not _news_agency(state, m)]
            if cands:
                return cands[0]
        return None
    return None


_TRAILING_ADVERB_RX = re.compile(r"(?<=\w)\s+(?:also|then|later|further|again|too)\s*$")


def _speaker_from_span(
    state: DocState,
    a: int,
    b: int,
    phrase: str,
    res: Any,
    anchor: int | None = None,
    exclude: list[tuple[int, int]] | None = None,
) -> tuple:
    """The speaker named in text[a:b]: a person or organisation mention, else the phrase
    (a pronoun or role noun, resolved before `anchor`, the quote's opening mark)."""
    if _INDEFINITE_RX.match(phrase) and _UNNAMED_RX.search(phrase):
        return "unnamed", None
    inside = [m for m in mentions_in(state, a, b) if not m.place]
    if len(inside) > 1 and ", wh" in state.text[a:b]:
        # "Olaf Scholz, who had suggested that Orban step out, said": not the relative clause's
        asides = [r.span() for r in _RELATIVE_ASIDE_RX.finditer(state.text, a, b)]
        inside = [m for m in inside if not any(x <= m.start < y for x, y in asides)]
    for kinds in (("person",), ("organization",)):
        cands = [m for m in inside if m.type in kinds and not m.attribute]
        if kinds == ("organization",):
            cands = [m for m in cands if not _news_agency(state, m)]
            if cands and _ORG_OFFICIAL_RX.match(state.text, cands[0].end, b):
                # "the top NATO official added": a person of the organisation, not itself
                kind, who = resolve_phrase(state, phrase, a if anchor is None else anchor, res)
                if kind == "entity":
                    return kind, who
        if cands:
            if (
                kinds == ("person",)
                and len(cands) > 1
                and _JOINT_RX.fullmatch(state.text, cands[0].end, cands[1].start)
            ):
                return "entity", cands[0]  # "X and Y said": the first named speaks for both
            return "entity", cands[-1] if kinds == ("person",) else cands[0]
    # "He also said that ...": the adverb is no part of the pronoun
    phrase = _TRAILING_ADVERB_RX.sub("", phrase)
    kind, who = resolve_phrase(state, phrase, a if anchor is None else anchor, res, exclude)
    if kind != "none":
        return kind, who
    states = [m for m in inside if m.type == "state" and not m.attribute]
    if states:
        return "entity", states[0]
    return kind, who


_ORG_OFFICIAL_RX = re.compile(r"\s+(?:official|chief|head|boss)\s*$")
_RELATIVE_ASIDE_RX = re.compile(r", (?:who|whose|whom|which) [^,;]{2,120},")
_AGENCY_RX = re.compile(r"\s*(?:news agency|reported)")


def _news_agency(state: DocState, m: Mention) -> bool:
    return bool(_AGENCY_RX.match(state.text[m.end : m.end + 14])) or (
        state.text[max(0, m.start - 6) : m.start].endswith(("told ", "to "))
    )


def _attribute(
    state: DocState, o: int, c: int, prev: dict | None, res: Any, spans: list[tuple[int, int]]
) -> tuple:
    text = state.text
    si = state.sentence_of(min(c, len(text) - 1))
    s_start, s_end = state.sentences[si]
    if (
        text[c - 1 : c] in ("!", "?")
        and si + 1 < len(state.sentences)
        and s_end <= c + 2
        and "\n" not in text[c : state.sentences[si + 1][0]]  # not past a paragraph's end
    ):
        # '"... to the Alliance!" Jens Stoltenberg said': the splitter ended the sentence
        # at the quote's own mark; its attribution is the next sentence
        s_end = state.sentences[si + 1][1]
    after_end = min(len(text), max(s_end, c + 1) + 1, c + 140)
    marks = state.cache.get("quotes.marks")
    if marks is None:
        nxt_m = _MARKS_RX.search(text, c + 1, after_end)
        nxt = nxt_m.start() if nxt_m else None
    else:  # the first mark in text[c + 1 : after_end]
        k = bisect.bisect_left(marks, c + 1)
        nxt = marks[k] if k < len(marks) and marks[k] < after_end else None
    # after a closing ’’, the attribution starts past its second character
    a0 = _past_close(text, c)
    after = text[a0 : nxt if nxt is not None else after_end]
    for rx in (_AFTER_SUBJ_VERB_RX, _AFTER_VERB_SUBJ_RX):
        m = rx.match(after)
        # '"…," said NATO Secretary General Jaap de Hoop Scheffer in a statement': a title
        # and a name with particles after the verb run longer than a subject before it
        if m is None:
            continue
        subj = m.group("subj")
        if rx is _AFTER_SUBJ_VERB_RX and _CLAUSE_OPENER_RX.match(subj):
            continue  # '"no illusions" that people will still say': the sentence goes on
        if rx is _AFTER_VERB_SUBJ_RX:
            # '"...," said Commission President Romano Prodi at the end of a summit that took
            # two days ...': the speaker is among the first words; the rest is the sentence going on
            cut = _WORD_END_RX.search(subj, 0) if len(subj.split()) > 13 else None
            if cut is not None:
                subj = subj[: cut.end()]
            # '"...!" exclaimed Jens Stoltenberg as Pekka Haavisto handed over the papers':
            # the speaker is named before the clause that goes on
            sub = _SUBORDINATE_IN_SUBJ_RX.search(subj)
            if sub is not None:
                subj = subj[: sub.start()]
        if len(_ASIDE_RX.sub("", subj).split()) <= (9 if rx is _AFTER_SUBJ_VERB_RX else 13):
            a = a0 + m.start("subj")
            b = a + len(subj)
            kind, who = _speaker_from_span(state, a, b, subj, res, o, spans)
            comma = text.rfind(", ", a, b)
            if kind == "none" and comma >= 0:
                # '"a move without precedent" in the history of the talks, he said': the
                # subject is the clause after the fragment's tail
                kind, who = _speaker_from_span(
                    state, comma + 2, b, text[comma + 2 : b], res, o, spans
                )
            if kind == "none":
                doc = _DOCUMENT_SUBJ_RX.fullmatch(m.group("subj").strip())
                if doc is not None:  # '"...," the letter said': its writer, named before
                    who = _writer(state, o, doc.group(1))
                    kind = "entity" if who is not None else kind
            if kind == "none":
                decl = _DECLARATION_RX.search(m.group("subj"))
                if decl is not None:  # '"...," the summit declaration said'
                    who = _issuer(state, decl.group(1).lower())
                    kind = "entity" if who is not None else kind
            if kind == "none" and _TEXT_SUBJ_RX.fullmatch(m.group("subj").strip()):
                who = _named_text_issuer(state, o)
                kind = "entity" if who is not None else kind
            if kind == "none" and _SOURCE_SUBJ_RX.fullmatch(m.group("subj").strip()):
                break  # '"...," the article says': the report's source, named before it
            if kind == "none" and _CONTINUES_RX.match(m.group("subj")):
                break  # '"...", and urged voters': the sentence goes on; attribution is before
            if kind != "none" or rx is _AFTER_SUBJ_VERB_RX:
                return kind, who, True
    os_ = state.sentence_of(o)
    b_start = state.sentences[os_][0]
    if prev and prev["end"] > b_start:
        b_start = prev["end"] + 1
    before = text[b_start:o]
    # a caption line ('Benita Ferrero-Waldner: "Austria is in favour of the enlargement"'), or
    # 'According to parliament speaker Mustafa Sentop, "the vote was unanimous"'
    for am in (
        _INVERTED_SAID_RX.search(before),
        _CAPTION_RX.fullmatch(before),
        _ACCORDING_RX.search(before),
        _QUOTE_FROM_RX.search(before),
        _WORDS_OF_RX.search(before),
        _POSSESSIVE_FRAME_RX.search(before),
        _NAME_COLON_RX.search(before),
    ):
        if am is not None:
            a, b = b_start + am.start("who"), b_start + am.end("who")
            kind, who = _speaker_from_span(state, a, b, am.group("who"), res, o, spans)
            if am.re is _NAME_COLON_RX and (
                kind != "entity"
                or who.type != "person"
                or _ADDRESSED_RX.search(before, max(0, am.start() - 60), am.start())
            ):
                continue  # (a person named there speaks: not one told, "told ... Yushchenko:")
            if kind != "none":
                return kind, who, True
    vm = _BEFORE_RX.search(before)
    if vm is None:
        verbs = list(_VERB_RX.finditer(before))
        vm = verbs[-1] if verbs else None
    if vm is None:
        # 'Holding up ten chapters was "a move without precedent" in the history of the
        # talks, he said': the sentence's own attribution after an embedded fragment
        tail = _TRAILING_SAID_RX.search(text, c + 1, max(c + 1, s_end))
        if tail is not None:
            a, b = tail.start("subj"), tail.end("subj")
            kind, who = _speaker_from_span(state, a, b, tail.group("subj"), res, o, spans)
            if kind != "none":
                return kind, who, True
        # 'The final document removes one barrier because Kyiv is now "increasingly
        # interoperable"': a sentence whose subject is the text itself quotes its issuer
        lead = _TEXT_LEAD_RX.match(text, b_start)
        if lead is not None:
            decl = _DECLARATION_RX.match(text, lead.start())
            who = (
                _issuer(state, decl.group(1).lower())
                if decl is not None
                else _named_text_issuer(state, o)
            )
            if who is not None:
                return "entity", who, True
        # 'Ukraine is on an "irreversible path" to NATO, according to the final declaration'
        acc = _TRAILING_ACCORDING_RX.search(text, c + 1, max(c + 1, s_end))
        if acc is not None:
            a, b = acc.start("who"), acc.end("who")
            kind, who = _speaker_from_span(state, a, b, acc.group("who"), res, o, spans)
            if kind == "none":
                decl = _DECLARATION_RX.search(text, a, b)
                who = _issuer(state, decl.group(1).lower()) if decl is not None else None
                kind = "entity" if who is not None else kind
            if kind != "none":
                return kind, who, True
    if vm is not None:
        a, b = b_start, b_start + vm.start()
        rel = _WHICH_BEFORE_RX.search(text, a, b)
        if rel is not None:
            # '..., defying Moscow, which called the move a "provocation"': the relative
            # clause's antecedent speaks, not the main clause's subject
            ra = text.rfind(",", a, rel.start()) + 1 or a
            kind, who = _speaker_from_span(
                state, ra, rel.start(), text[ra : rel.start()], res, o, spans
            )
            if kind != "none":
                return kind, who, True
        comma = text.rfind(",", a, b)
        if comma >= 0 and (
            _PRONOUN_SUBJ_RX.fullmatch(text, comma + 1, b)
            or _ROLE_SUBJ_RX.fullmatch(text, comma + 1, b)
        ):
            # "..., he said, the Sabor "...": the pronoun's clause, not the list; "Commenting
            # on Ukraine's NATO bid, the Polish president said:": not the phrase before
            a = comma + 1
        elif (
            comma >= 0
            and text.find(",", a, comma) < 0  # one comma: the opener's ("..., A, B and C
            # said" lists the speakers)
            and _OPENER_PHRASE_RX.match(text, a, comma)
        ):
            # "Speaking after talks with Prime Minister Karamanlis and Foreign Minister
            # Bakoyannis, Scheffer said "...": the subject after the opening phrase speaks
            kind, who = _speaker_from_span(state, comma + 1, b, text[comma + 1 : b], res, o, spans)
            if kind == "entity" and who.type == "person":
                return kind, who, True  # (a person only: a body after the phrase is left as
                # before, which a fresh blind set showed to be the better reading)
        co = _COORD_VP_RX.match(text, a, b)
        if co is not None:
            # "He also congratulated Moldova and said that ...": the pronoun before the first
            # verb is the subject of both, not the object of the first
            b = co.end("subj")
        pm = _PRONOUN_BEFORE_VERB_RX.search(text, a, b)
        if pm is not None:
            # '... will achieve what she called "a mature capability"', 'As she put it: "..."':
            # the pronoun right before the framing verb is its speaker, not a state named
            # earlier in the sentence
            kind, who = resolve_phrase(state, pm.group(1), pm.start(1), res, spans)
            if kind == "entity" and who is not None and who.type == "person":
                return kind, who, True
        participle = vm.group().split(None, 1)[0].endswith("ing")
        # (from the sentence's start: an earlier quoted word does not cut the clause)
        subj = (
            _participle_subject(state, min(a, state.sentences[os_][0]), b) if participle else None
        )
        if subj is not None and subj.type != "person":
            # "The minister played down the MAP, calling it a "bureaucratic formality"": a
            # role noun opening the clause is its subject, before a body named after it
            rs = _ROLE_CLAUSE_SUBJ_RX.search(text, max(0, a - 2), b)
            if rs is not None and rs.end(1) <= subj.start:
                kind, who = resolve_phrase(state, rs.group(1), rs.start(1), res)
                if kind == "entity" and who is not None and who.type == "person":
                    return kind, who, True
        if subj is not None:
            return "entity", subj, True
        if participle:
            # "Earlier Tuesday, the Ukrainian leader had repeated his frustration ..., calling
            # it "absurd" and adding, "..."": a role noun as the clause's subject
            rs = _ROLE_CLAUSE_SUBJ_RX.search(text, a, b)
            if rs is not None:
                kind, who = resolve_phrase(state, rs.group(1), rs.start(1), res)
                if kind == "entity" and who is not None and who.type == "person":
                    return kind, who, True
        kind, who = _speaker_from_span(state, a, b, text[a:b], res, o, spans)
        if kind == "none":
            decl = _DECLARATION_RX.search(text, a, b)
            if decl is not None:
                # 'the declaration says Macedonia will be invited "as soon as ..."': words of
                # the institution that issued it
                issuer = _issuer(state, decl.group(1).lower())
                if issuer is not None:
                    return "entity", issuer, True
            last = _last_clause_subject(state, a, b)
            if last is not None:
                return "entity", last, True
        return kind, who, True
    return "none", None, False


# A sentence that opens on a phrase of time or occasion before its subject.
_OPENER_PHRASE_RX = re.compile(
    r"\s*(?:Speaking|Talking|Commenting|Asked|Addressing|Writing|Meeting|Visiting|After|"
    r"Following|During|Ahead of|Before|At|In|On)\b"
)
# 'confirmed by the enlargement commissioner, Stefan Fule: "Congratulations ..."': a person
# named right before the colon that opens the quote (mid-sentence; `_CAPTION_RX` reads a
# line that is only a name and an office)
_NAME_COLON_RX = re.compile(r"(?P<who>[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}):\s*$")
# ... unless that person is the one addressed: "told his counterpart Viktor Yushchenko: "
_ADDRESSED_RX = re.compile(
    r"\b(?:told|tells|asked|asks|urged|urges|assured|reminded|wrote to|said to)\b[^.:;]*$"
)
_PRONOUN_BEFORE_VERB_RX = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?$")
# The verb before its speaker, opening the sentence: 'Added Clinton: "These are the
# countries ..."', 'Said Solana, "The door stays open."'
_INVERTED_SAID_RX = re.compile(
    LEAD_VERB_RX + r"\s+(?P<who>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,4})\s*[:,]?\s*$"
)
_COORD_VP_RX = re.compile(
    r"\s*(?P<subj>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b"
    r"[^.;\"“”]*\band\s+(?:also\s+)?$"
)
# 'Benita Ferrero-Waldner: "..."', and in a list of reactions with the office after the name
# ('Irakli Chikovani, Vice Prime Minister, Minister of Defense: "..."')
_CAPTION_RX = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?:, [^:\n\"“”;.!?]{2,80})?:\s*"
)
_WHICH_BEFORE_RX = re.compile(r",\s+which\s+(?:[a-z]+ly\s+|also\s+)?$")
_TEXT_LEAD_RX = re.compile(
    r"\s*(?:The|This|Its|Their) (?:(?:final|full|summit|joint|official) ){0,2}(?:document|text"
    r"|declaration|communiqu[eé]|conclusions)\b"
)
# "in the words of Madeleine Albright, "...""
_WORDS_OF_RX = re.compile(r"\b[Ii]n the words of (?P<who>[^,;.\"“”]{2,80}),?\s*$")
# "Winston Churchill's call for "a kind of United States of Europe"": the words of a call,
# appeal or warning belong to the person whose it is
_POSSESSIVE_FRAME_RX = re.compile(
    r"\b(?P<who>[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3})(?:’s|'s) (?:[a-z]+ ){0,2}"
    r"(?:call|appeal|plea|warning|promise|pledge|vow|demand|words|remark|description)"
    r"(?: (?:for|to|that|of))?\s*[:,]?\s*$"
)
# The house style of some outlets: 'Quote from Fico: "..."', 'Quote: ...' after a name
_QUOTE_FROM_RX = re.compile(
    r"(?:^|\n|\. )\s*(?:Quote|Quotes|Direct speech)(?: from| by)? "
    r"(?P<who>[A-Z][^:\n\"“”]{1,60}):\s*$"
)
# also right after the closing mark, the comma inside it ('"...," according to Stoltenberg')
_TRAILING_ACCORDING_RX = re.compile(r"(?:,\s+|(?<=[\"”])\s+)according to (?P<who>[^,.;\"“”]{2,80})")
# ('according to Baerbock, these range "from ..."': a few words may come between)
_ACCORDING_RX = re.compile(
    r"\b[Aa]ccording to (?P<who>[^,;.\"“”]{2,80}),\s*(?:[^,;.\"“”]{1,40}\s)?$"
)
_TRAILING_SAID_RX = re.compile(
    # "..., Kremlin spokesman Dmitry Peskov told reporters": a role word may stand in the name
    r",\s+(?P<subj>he|she|they|(?:[A-Z][\w’'-]+\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:said|added|told|"
    r"wrote|argued|insisted)\b"
)
_JOINT_RX = re.compile(r"\s*(?:,\s*)?and\s+(?:[A-Z][\w.’'-]*\s+){0,4}")
_CLAUSE_OPENER_RX = re.compile(
    r"\s*(?:that|which|whom|whose|if|when|because|as|but|or|to|for|of|in|on|at|with|from|by"
    r"|than|so|while|although|though|unless|until|into|about|against|over"
    # '"a bureaucratic formality," noting many countries joined NATO without it, the Web
    # site said': a participle goes on with the sentence's own subject
    r"|noting|adding|saying|arguing|stressing|insisting|warning|explaining)\b"
)
_ROLE_SUBJ_RX = re.compile(
    r"\s*the\s+(?:[\w’'-]+\s+){0,2}?(?:minister|president|chancellor|premier|secretary"
    r"(?:[- ]general)?|leader|spokes(?:man|woman|person)|ministry|government|official)\s+"
    r"(?:also\s+|later\s+|then\s+)?"
)
# The offices a sentence's subject may be named by ("the (Slovak) prime minister said").
_SUBJECT_ROLES = (
    r"prime minister|president|chancellor|premier|foreign minister|minister|secretary[- ]general"
)
# A role noun right before its clause's finite verb: "the Ukrainian leader had repeated".
_ROLE_CLAUSE_SUBJ_RX = re.compile(
    r"(?:^|[,.;]\s+|\n)(?:[A-Z][\w ]{0,30}?,\s+)?([Tt]he (?:[A-Z][\w-]+ )?(?:leader|"
    + _SUBJECT_ROLES
    + r"))\s+(?:had |has |have |was |is )?(?:also )?[a-z]+(?:ed|s)\b"
)
_PRONOUN_SUBJ_RX = re.compile(r"\s*(?:he|she|they|He|She|They)\s+(?:also\s+|later\s+)?")


# A finite verb right after a name: the name is its clause's subject.
_FINITE_AFTER_RX = re.compile(
    r"\s+(?:(?:has|have|had|is|was|were|are|will|would|also|then|again|openly|essentially)\s+)*"
    r"(?:has|have|had|is|was|were|are|will|would|[a-z]+ed|[a-z]+s|said|told|spoke|wrote|met"
    r"|made|took|gave|went|came|sent|held|kept|sought|saw|left|put|set|won)\b"
)


def _participle_subject(state: DocState, a: int, b: int) -> Mention | None:
    """'Austria has begun to pressure the EU, saying "..."': a participle's words are its
    clause's subject's, not the object's (the state, body or person right before a finite
    verb), when no person is named there."""
    ms = [m for m in mentions_in(state, a, b) if not m.place and not m.attribute]
    persons = [m for m in ms if m.type == "person"]
    if persons:
        # "Trump said he would meet Zelensky, describing the Ukrainian leader as being in a
        # "tough situation"": the first person, when the clause's finite verb follows them
        first = persons[0]
        if first is ms[0] and _FINITE_AFTER_RX.match(state.text, first.end, b):
            return first
        return None
    for m in ms:
        if _FINITE_AFTER_RX.match(state.text, m.end, b):
            return m
    return None


def _last_clause_subject(state: DocState, a: int, b: int) -> Mention | None:
    for m in reversed(mentions_in(state, a, b)):
        if m.type in ("person", "organization") and not m.place:
            return m
    return None


# What names a thing rather than quotes someone: a law's subject, "known as", "the term".
_LABEL_BEFORE_RX = re.compile(
    r"\b(?:(?:law|laws|bill|act|legislation|rules|regulation) on|known as|the (?:term|word|phrase"
    r"|slogan|label))\s*$",
    re.I,
)


_DETERMINER_BEFORE_RX = re.compile(r"\b(?:the|its|their|his|her|this) $", re.I)
# words that go on the sentence after a quoted phrase rather than being the noun it names
_CLAUSE_WORDS = frozenset(
    ("which", "who", "whose", "where", "than", "then", "so", "because", "since", "nor", "is")
    + ("was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "must")
    + ("should", "may", "might", "did", "does", "do", "not", "also", "still", "yet", "now")
)


def _accept(text: str, o: int, c: int, inner: str, attributed: bool, named: bool = False) -> bool:
    """A quote, not a scare quote or a title. `named`: a speech verb of this sentence has a
    named speaker, so a short fragment ('warned it would take "countermeasures"') is theirs."""
    words = len(inner.split())
    if text[max(0, o - 10) : o].rstrip().lower().endswith("so-called"):
        return False
    if _LABEL_BEFORE_RX.search(text, max(0, o - 30), o):
        return False  # 'a law on "foreign agents"', 'known as "Bucharest Nine"': a name
    if words <= 3 and inner[-1:].isalnum() and _DETERMINER_BEFORE_RX.search(text, max(0, o - 8), o):
        nxt = _NEXT_WORD_RX.match(text, c + 1)
        if (
            nxt is not None
            and nxt.group(1) not in _FUNCTION_WORDS
            and nxt.group(1) not in _CLAUSE_WORDS
            and SPEECH_RX.fullmatch(nxt.group(1)) is None
        ):
            return False  # 'the "foreign agents" law': the quoted words name the noun after
    if named and attributed and not inner[:1].isupper() and words >= 2:
        # a fragment of two words or more that a named speaker's verb attributes ('warned it
        # would take "tough countermeasures"'); one quoted word ("an 'honor'", "called it
        # 'premature'") is a scare quote: the real annotators coded 1 of 19 such words
        return True
    if words < 2:
        # a one-word answer given after a colon: 'Peskov replied: "Definitely."'
        return (
            named
            and attributed
            and text[max(0, o - 2) : o].strip() == ":"
            and inner.rstrip()[-1:] in ".!?"
        )
    adjacent = _ADJACENT_RX.search(text[max(0, o - 60) : o]) is not None
    tail = text[c + 1 : c + 100]
    # '"...," X said' or '"...," said X'
    follows = _AFTER_SUBJ_VERB_RX.match(tail) is not None or (
        _AFTER_VERB_SUBJ_RX.match(tail) is not None
    )
    if attributed and (adjacent or (follows and words >= 2)):
        return True
    if words >= 6:
        return True
    return words >= 3 and inner.rstrip()[-1:] in ".!?"


def quotes_stage(state: DocState, res: Any) -> None:
    text, quotes = state.text, []
    prev: dict[str, Any] | None = None
    marks = state.cache["quotes.marks"] = _marks(text)
    all_pairs = _across_paragraphs(
        text, marks, [(ps, pe, _pairs(text, ps, pe, marks)) for ps, pe in state.paragraphs]
    )
    if "‘" in text:
        all_pairs = [(ps, pe, _single_pairs(text, ps, pe, pairs)) for ps, pe, pairs in all_pairs]
    forced: dict[tuple[int, int], tuple[int, int]] = {}
    if "—" in text or "–" in text:
        all_pairs = [(ps, pe, _dash_split(text, pairs, forced)) for ps, pe, pairs in all_pairs]
    spans = [(o, c) for _, _, pairs in all_pairs for o, c, _ in pairs]
    for _ps, _pe, pairs in all_pairs:
        para_prev = None
        for o, c, _closed in pairs:
            raw = text[o + 1 : c]
            inner = raw.strip().rstrip(",").strip()
            if not inner:
                continue
            if (o, c) in forced:
                a, b = forced[o, c]
                kind, who = _speaker_from_span(state, a, b, text[a:b], res, o, spans)
                attributed = True
            else:
                kind, who, attributed = _attribute(state, o, c, prev, res, spans)
            if prev is not None and _it_goes_on(state, prev, o, c):
                kind, who = prev["_kind"], prev["_who"]
            elif kind == "none" and para_prev is not None:
                kind, who = para_prev["_kind"], para_prev["_who"]
                si = state.sentence_of(o)
                if si > 0 and state.sentences[si - 1][0] > para_prev["end"]:
                    # '"...," he said. Bakoyannis said Skopje must respect the rules. "An
                    # inviolable prerequisite ..."': the reported speech between them speaks
                    rk, rw = _reported_sentence_before(state, o, spans, res)
                    if rk != "none":
                        kind, who = rk, rw
            elif (
                kind == "none"
                and prev is not None
                and (
                    _continues(text, prev["end"], o)
                    or _next_paragraph(state, prev, o)
                    or (attributed and _same_he(state, prev, o, c))
                )
            ):
                kind, who = prev["_kind"], prev["_who"]
            elif kind == "none":
                # a bare quote paragraph after a paragraph of reported speech ("…, he said.")
                kind, who = _reported_before(state, o, res, spans)
            # a fragment is a quote of a named speaker, or of an unnamed one ("a spokesman
            # for X called on Sweden to "clear the air"") when it is more than one word
            voiced = kind == "entity" or (kind == "unnamed" and " " in inner)
            if not _accept(text, o, c, inner, attributed, voiced):
                if kind == "entity" and attributed:
                    # '"Why?" asked Foreign Minister Zoran Thaler. "Slovenia was told ..."': a
                    # word too short to keep still names the voice the paragraph goes on in
                    para_prev = {"start": o, "end": c, "_kind": kind, "_who": who}
                continue
            ent = state.entities.get(who.key) if kind == "entity" and who is not None else None
            lead = len(raw) - len(raw.lstrip())
            q = {
                "speaker_canonical": ent["canonical"] if ent else None,
                "text": inner,
                "start": o + 1 + lead,
                "end": o + 1 + lead + len(inner),
                "speaker_key": ent["key"] if ent else None,
                "speaker_iso3": ent["country_iso3"] if ent else None,
                "_kind": kind,
                "_who": who,
            }
            quotes.append(q)
            para_prev = prev = q
    _same_sentence_speaker(state, quotes)
    state.quotes = quotes
    state.reported = _indirect(state, res)


def _single_pairs(
    text: str, ps: int, pe: int, pairs: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """British copy quotes with single curly marks (‘But I cannot ditch my
    responsibilities,’ Rutte said). ‘ opens only at a word's start and ’ closes only before a
    non-letter (’ inside a word is an apostrophe: "Ukraine’s"); a pair inside a double-quoted
    quote is a quote within it, not one of its own."""
    found = []
    i = text.find("‘", ps, pe)
    while i >= 0:
        j = i
        if (i == ps or text[i - 1] in " \n(—–-") and i + 1 < pe and not text[i + 1].isspace():
            j = text.find("’", i + 2, pe)
            while j >= 0 and j + 1 < len(text) and text[j + 1].isalpha():
                j = text.find("’", j + 1, pe)  # "Ukraine’s": an apostrophe
            if j >= 0 and text[j - 1] != " " and not any(o < i < c for o, c, _ in pairs):
                found.append((i, j, True))
            else:
                j = i
        i = text.find("‘", j + 1, pe)
    return sorted(pairs + found) if found else pairs


# "“Today is a historic day, — said Petro Poroshenko on Facebook. — Parliament backed my
# bill ...”": the attribution set between dashes inside one pair of marks (Ukrainian and
# Russian copy in translation).
_DASH_SAID_RX = re.compile(
    r",?\s*[—–]\s*(?:said|says|wrote|writes|stated|states|noted|notes|added|adds|stressed"
    r"|stresses|emphasi[sz]ed|declared|announced)\s+(?P<subj>[A-Z][^.—–\"“”]{1,80}?)\s*"
    r"(?:\.\s*[—–]|[—–]|\.(?=\s*$))\s*"
)


def _dash_split(
    text: str, pairs: list[tuple[int, int, bool]], forced: dict[tuple[int, int], tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Each quote with a dash attribution inside becomes its two parts, both the speaker's."""
    out = []
    for o, c, closed in pairs:
        m = _DASH_SAID_RX.search(text, o + 1, c)
        if m is None or m.start() - o < 8:
            out.append((o, c, closed))
            continue
        span = m.span("subj")
        out.append((o, m.start(), True))
        forced[o, m.start()] = span
        if c - m.end() > 3:  # the words after the attribution: the quote goes on
            out.append((m.end() - 1, c, closed))
            forced[m.end() - 1, c] = span
    return out


def _across_paragraphs(
    text: str, marks: list[int], all_pairs: list[tuple[int, int, list]]
) -> list[tuple[int, int, list]]:
    """A quote left open at a paragraph's end and closed by the next paragraph's first mark
    ('"This is a victory for Ukraine.\n\nA victory that inspires," he said') is one quote: copy
    taken from a page's line breaks splits a quote that print would reopen. Not when the
    next paragraph reopens it ('\n\n"A victory ...'), the print convention."""
    out = list(all_pairs)
    for k in range(len(out) - 1):
        ps, pe, pairs = out[k]
        if not pairs or pairs[-1][2]:
            continue
        ns, ne, _ = out[k + 1]
        found = marks[bisect.bisect_left(marks, ns) : bisect.bisect_left(marks, ne)]
        if not found:
            continue
        first = found[0]
        c = text[first]
        if not (c in _CLOSE or (c == '"' and len(found) % 2 == 1)):
            continue
        if text[first - 1 : first].isspace():
            continue  # a mark after a space opens: not this quote's end
        out[k] = (ps, pe, [*pairs[:-1], (pairs[-1][0], first, True)])
        out[k + 1] = (ns, ne, _pairs(text, first + 1, ne, marks))
    return out


def _same_sentence_speaker(state: DocState, quotes: list[dict[str, Any]]) -> None:
    """'It had followed "a serious hitch", so a vote would be "a pity," Pahor said.': a
    quote with no speaker of its own takes that of the next quote in its sentence, when no
    one else is named between them."""
    for q, nxt in zip(quotes, quotes[1:], strict=False):
        if q["_kind"] != "none" or nxt["_kind"] != "entity" or nxt["_who"] is None:
            continue
        if state.sentence_of(q["start"]) != state.sentence_of(nxt["start"]):
            continue
        if any(m.type == "person" for m in mentions_in(state, q["end"], nxt["start"])):
            continue
        ent = state.entities.get(nxt["_who"].key)
        if ent is None:
            continue
        q.update(
            speaker_canonical=ent["canonical"],
            speaker_key=ent["key"],
            speaker_iso3=ent["country_iso3"],
            _kind="entity",
            _who=nxt["_who"],
        )


def _continues(text: str, prev_end: int, o: int) -> bool:
    """A quote opening the next paragraph right after a quote (multi-paragraph quotes)."""
    gap = text[prev_end:o]
    return "\n" in gap and len(gap.strip(' \n"”“,.')) == 0


_HE_AFTER_RX = re.compile(r"[\s,]*(?:he|she)\s+(?:also\s+|then\s+|later\s+)?\w+")
_IT_AFTER_RX = re.compile(r"[\s,]*it\s+(?:also\s+)?(?:says|said|reads|adds|added|states|stated)\b")
_HE_BEFORE_RX = re.compile(r"(?:^|[.!?]\s+)(?:He|She)\s+(?:[a-z]+\s+){1,4}$")


def _it_goes_on(state: DocState, prev: dict[str, Any] | None, o: int, c: int) -> bool:
    """'"…," it says' right after an organisation's quote (a declaration read out): the same
    text goes on, whatever "it" would point at by itself (the last state named, usually the
    declaration's subject)."""
    if prev is None or prev["_kind"] != "entity" or prev["_who"] is None:
        return False
    who = prev["_who"]
    text = state.text
    return (
        who.type == "organization"
        and o - prev["end"] < 800
        and _IT_AFTER_RX.match(text, _past_close(text, c)) is not None
        and not any(
            m.type == "organization" and m.key != who.key and not m.place
            for m in mentions_in(state, prev["end"], o)
        )
    )


def _same_he(state: DocState, prev: dict[str, Any], o: int, c: int) -> bool:
    """'"…," he said' whose "he" the three sentences before do not name: the speaker of the
    quote before, when no other person is named since. Wire copy strings a speaker's quotes
    through a paragraph of paraphrase ("The politician also acknowledged …")."""
    who = prev["_who"]
    if prev["_kind"] != "entity" or who is None or o - prev["end"] > 1500:
        return False
    text = state.text
    if who.type != "person":
        return False
    if not (
        _HE_AFTER_RX.match(text, _past_close(text, c))
        or _HE_BEFORE_RX.search(text, max(0, o - 60), o)
    ):
        return False
    return not any(
        m.type == "person" and m.key != who.key and not m.attribute
        for m in mentions_in(state, prev["end"], o)
    )


# The attribution that ends a paragraph of reported speech: "..., he said." / "..., said
# NATO spokesman James Appathurai."
_PARA_SAID_RX = re.compile(
    r"(?:,\s+(?P<subj>he|she|[A-Z][^,.;\"“”]{1,60}?)\s+(?:said|added|told reporters|noted|stressed)"
    r"|,\s+(?:said|added|noted|stressed)\s+(?P<subj2>[^,.;\"“”]{2,80}?))\s*\.\s*$"
)


def _past_close(text: str, c: int) -> int:
    """Where the text after a closing mark at `c` starts: past both characters of ’’, '' or
    ``."""
    return c + 1 + (text[c : c + 1] in ("’", "'", "`"))


def _opened_paragraph(state: DocState, o: int) -> int | None:
    """The index of the paragraph a quote opening at `o` begins (nothing but blanks before
    it), when a paragraph comes before that one."""
    paras = state.paragraphs
    k = bisect.bisect_right(paras, (o, len(state.text) + 1)) - 1
    if k < 1 or state.text[paras[k][0] : o].strip().lower() not in ("", "quote:"):
        return None  # (a label "Quote:" before it, as some agencies print, is no text)
    return k


def _reported_before(state: DocState, o: int, res: Any, spans: list[tuple[int, int]]) -> tuple:
    """The speaker of the paragraph before a bare quote paragraph, when that paragraph is
    reported speech ending in its attribution and names no one else after it."""
    k = _opened_paragraph(state, o)
    if k is None:
        return _reported_sentence_before(state, o, spans, res)
    ps, pe = state.paragraphs[k - 1]
    if any(ps <= a < pe for a, _ in spans):
        return "none", None  # the paragraph holds quotes of its own
    m = _PARA_SAID_RX.search(state.text, max(ps, pe - 160), pe)
    if m is None:
        return _speech_sentence_before(state, ps, pe, res)
    g = "subj" if m.group("subj") else "subj2"
    kind, who = _speaker_from_span(state, m.start(g), m.end(g), m.group(g), res, m.start(g), spans)
    if kind != "entity" or who is None or who.type != "person":
        return "none", None
    return kind, who


# A sentence that tells a person spoke, without quoting: "On Monday the US ambassador to
# Georgia, John Tefft, complained about exactly that." The quote paragraph after it is
# what they said.
_SPEECH_VERB_RX = re.compile(
    r"\b(?:said|complained|warned|told|stressed|insisted|argued|explained|wrote|added|noted|"
    r"declared|announced|commented|replied|responded|recalled|emphasi[sz]ed|cautioned|says|"
    r"tells|warns|stresses|insists|argues|explains|writes|notes|adds|made (?:the|these|those|his"
    r"|her) (?:comments|remarks)|outlined|suggested|proposed)\b"
)


def _reported_sentence_before(
    state: DocState, o: int, spans: list[tuple[int, int]], res: Any
) -> tuple:
    """A quote that opens a sentence right after a sentence of reported speech in the same
    paragraph ('Juncker said Bulgaria had come a long way. "The truth is ..."') goes on in
    that speaker's voice, when that sentence quotes nothing and names one person."""
    si = state.sentence_of(o)
    s = state.sentences[si][0]
    if si == 0 or state.text[s:o].strip() or "\n" in state.text[state.sentences[si - 1][1] : o]:
        return "none", None
    ps, pe = state.sentences[si - 1]
    if any(ps <= a < pe for a, _ in spans):
        return "none", None
    return _speech_sentence_before(state, ps, pe, res)


def _speech_sentence_before(state: DocState, ps: int, pe: int, res: Any = None) -> tuple:
    """The one person named before the speech verb of the last sentence of the paragraph
    before a bare quote paragraph, when no one else is named in that sentence."""
    s, e = state.sentences[state.sentence_of(pe - 1)]
    if not ps <= s < pe:
        return "none", None  # (no sentence of its own in that paragraph)
    v = _SPEECH_VERB_RX.search(state.text, s, e)
    persons = [m for m in mentions_in(state, s, e) if m.type == "person" and not m.attribute]
    if persons and _PASSIVE_AGENT_RX.search(
        state.text, max(s, persons[0].start - 40), persons[0].start
    ):
        # "The decision was welcomed by Borjana Krišto, ..., who thanked the leaders and
        # Charles Michel": the agent of a welcome told in the passive speaks next
        return "entity", persons[0]
    if v is None:
        return "none", None
    people = {m.key for m in persons}
    before = [m for m in mentions_in(state, s, v.start()) if m.type == "person"]
    if before and _PRONOUN_BEFORE_VERB_RX.search(state.text, before[-1].end, v.start()):
        # "With Putin and the Russians, he said, you don't know": the pronoun speaks, and the
        # person named before it is no subject (the quote goes on in the voice before)
        return "none", None
    if res is not None:
        # "The prime minister also said that ...", "He added that ...": the subject refers
        # back to the one person named before
        subj = _REFERRING_SUBJ_RX.fullmatch(state.text, s, v.start())
        if subj is not None:
            phrase = _TRAILING_ADVERB_RX.sub("", subj.group(1))  # "She also": the pronoun
            kind, who = resolve_phrase(state, phrase, s, res)
            if kind == "entity" and who is not None and who.type == "person":
                return kind, who
    if len(people) != 1 or not before:
        return "none", None
    return "entity", before[-1]


_PASSIVE_AGENT_RX = re.compile(
    r"\b(?:was|were|has been|have been) (?:\w+ly )?(?:welcomed|hailed|praised|applauded|"
    r"criticised|criticized|condemned|denounced|rejected) by $"
)


# A sentence's subject that refers back: a pronoun or "the (Slovak) prime minister".
_REFERRING_SUBJ_RX = re.compile(
    r"\s*((?:He|She|[Tt]he (?:[A-Z][\w-]+ )?(?:" + _SUBJECT_ROLES + r"|secretary))"
    r"(?: also| later| then| further)?)\s+"
)


def _next_paragraph(state: DocState, prev: dict[str, Any], o: int) -> bool:
    """A quote that opens the paragraph after one with an attributed quote, with no
    attribution of its own, goes on in the same voice: wire copy gives a speaker's second
    paragraph of quotes bare ('"…," Michel said. / "Your place is in our family."'). Not when
    someone else is named after that quote, nor across a paragraph without one."""
    if prev["_kind"] != "entity" or prev["_who"] is None:
        return False
    paras = state.paragraphs
    k = _opened_paragraph(state, o)
    if k is None or not (paras[k - 1][0] <= prev["end"] < paras[k - 1][1]):
        return False
    who = prev["_who"]
    return not any(
        m.type == "person" and m.key != who.key and not m.attribute
        for m in mentions_in(state, prev["end"], paras[k - 1][1])
    )


def _indirect(state: DocState, res: Any) -> list[dict[str, Any]]:
    out = []
    text = state.text
    with_that = {state.sentence_of(p) for p in find_all(text, ("that",))}  # in every match
    for si, (s, e) in enumerate(state.sentences):
        if si not in with_that:
            continue
        m = _INDIRECT_RX.search(text, s, e)
        if not m:
            continue
        kind, who = _speaker_from_span(state, s, m.start(), text[s : m.start()], res)
        ent = state.entities.get(who.key) if kind == "entity" and who is not None else None
        out.append(
            {
                "speaker_canonical": ent["canonical"] if ent else None,
                "speaker_iso3": ent["country_iso3"] if ent else None,
                "text": text[m.end() : e],
                "start": m.end(),
                "end": e,
                "sentence": si,
            }
        )
    return out
