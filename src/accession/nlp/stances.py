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

from accession.nlp.dates import YEARS_BEFORE
from accession.nlp.frames import (
    NEVER_CANDIDATES,
    OUTSIDERS,
    PLURAL_RX,
    STEP_ACTION,
    STEP_WORD_RX,
    headline_end,
    main_questions,
    members,
    not_yet_invited,
    registered,
)
from accession.nlp.holders import (
    COORDINATORS_OR,
    clause_begin,
    coordinated,
    group_mentions,
    holder_iso,
    pronoun_holder,
    quote_at,
    subjects,
)
from accession.nlp.lexicon import NOT_MEMBERSHIP_TREATY, NUMBER_WORDS
from accession.nlp.pipeline import DocState, Mention
from accession.nlp.scan import (
    finditer,
    has_digit,
    lowered,
    mentions_by_sentence,
    mentions_in,
    search,
    sentences_with,
    word_search,
)
from accession.nlp.stance_cues import (
    AID_RX,
    BUT_RX,
    CHANGE_ONLY_RX,
    COND_CUE_RX,
    COND_RX,
    CUE_RX,
    END_TALKS_OBJECT,
    END_TALKS_VERBS,
    EXPLICIT_KEYS,
    EXPLICIT_RX,
    FIRST_PERSON_RX,
    HYPO_RX,
    NEG_RX,
    OPPOSE_AFTER_RX,
    PASSIVE_BY_RX,
    PAST_RX,
    PENDING_RX,
    PRESSURE_RESISTED,
    PRESSURE_RESISTERS,
    RATIFY,
    REACT_RX,
    REACTION_KEYS,
    SAID_RX,
    UNTIL_RX,
    WISH_RX,
    WITHOUT_RX,
    YET_RX,
    YIELD_RX,
    Cue,
    cues,
)
from accession.nlp.text import clause_span

_OWN_GENERIC = ("bid", "eu bid", "nato bid")
# A participle cue on a generic noun ("as a country seeking membership", "states wanting to
# join") describes a kind of state, not the position of anyone named.
_GENERIC_NOUN_RX = re.compile(
    r"\b(?:a|an|any|every|other|such)\s+(?:\w+\s+)?(?:country|countries|state|states|nation|"
    r"nations|candidate|candidates|applicants?)\s+$",
    re.I,
)
# "a decade after it first applied", "years since it asked": the cue's phrase dates it far
# back from the news; history, not a position.
_INTERVAL_RX = re.compile(
    r"\b(?:a decade|decades|(?:many |several |\w+ )?years|(?:many |several |\w+ )?months) "
    r"(?:after|since)\b[^,;]*$",
    re.I,
)
# "report back", "come back", "went back": "back" as a verb's particle.
_PARTICLE_RX = re.compile(
    r"\b(?:report|reported|reporting|come|came|coming|go|goes|went|going|get|got|bring|brought|"
    r"write|wrote|call|called|look|looked|step|stepped|send|sent|turn|turned|fight|fought|"
    r"hold|holds|held|holding|back to)\s+$",
    re.I,
)
# What is deserved must be the step: "deserved to start talks", "deserves an invitation".
_DESERVED_RX = re.compile(
    r"\s+(?:to (?:start|open|begin|join|be|become|get|receive|enter|have)|"
    r"(?:an? |the |its |their )?(?:invitation|membership|place|date|start|green light|"
    r"candida\w+|chance|seat))\b"
)
_RATIFIER_RX = re.compile(
    r"(?:’s|'s|\b(?:its|their|his|her|completed|completes|complete|approved|finished|"
    r"backed|voted for))\s+(?:[\w-]+\s+)?$"
    # "signed the instruments of ratification": the head of state completes it
    r"|\bsign(?:ed|s)\s+(?:the\s+|its\s+|their\s+)?instruments?\s+of\s+$"
)
# An outsider's acts, not judgements: they belong to the clause's own subject.
_OUTSIDER_ACTS = ("thwart", "derail", "torpedo", "scupper", "sabotag")
_WAR_JUDGEMENTS: tuple[str, ...] = ("step towards", "steps towards", "mean", "lead", "trigger")
_WAR_JUDGEMENTS += ("provoke",)
# ... and "Turkish concerns will not derail their ambitions": a forecast, no promise
_WAR_JUDGEMENTS += ("derail", "thwart", "torpedo", "scupper", "sabotag")
_EXPECTED_TO_RX = re.compile(r"\b(?:expected|likely|unlikely|predicted|forecast)\s+to\s+$")
_WAR_AGAINST_RX = re.compile(
    r"\b(?:war|wars|aggression|invasion|attacks?|offensive|fight|fighting|struggle|campaign|"
    r"crimes?|violence|sanctions|terrorism|strikes?)\s+$"
)
_BACKDROP_RX = re.compile(r"\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:backdrop|background)\b")
_MEASURED_RX = re.compile(
    r"\b(?:screen|check|measur|compar|assess|match|align|weigh|test|benchmark)\w*\b[^,;]{0,40}$"
)
_PARTY_OPPOSITION_RX = re.compile(
    r" (?:in |party|parties|leaders?|lawmakers|mps|deputies|politicians|coalition|bloc|camp|"
    r"candidates?|figures?|forces|groups?|members|benches|alliance|movement)\b"
)
_PROTECT_RX = re.compile(
    r"\b(?:protect|defend|defence|defense|guard|shield|safeguard|insur)\w*\b[^,;]{0,40}$"
)
_AID_AFTER_RX = re.compile(
    r"[^.;]{0,40}?\b(?:practical|military|financial|humanitarian|economic) (?:help|aid|support|"
    r"assistance)\b|[^.;]{0,40}?\b(?:weapons|arms|ammunition|air defen[cs]e)\b"
)
# What is sought must be the step: "sought entry", "seeking membership", "seeks a date".
_SOUGHT_STEP_RX = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:membership|accession|entry|invitation|talks|negotiations|"
    r"date|start|candida\w+|status|map|plan|guarantees?|commitment|path|to join|to open|to start|"
    r"to begin|to become|admission|green light|support|backing|place|seat|ratification|one|"
    r"it|them)\b"
)
# "chances to object", "the power to veto": what a member could do, not what it does.
_CAPACITY_RX = re.compile(
    r"\b(?:chances?|opportunit(?:y|ies)|right|power|means|ability|occasions?|room) to\s+$", re.I
)
_RIGHT_ADJ_RX = re.compile(r"\b(?:is|was|were|are|been|be|being)\s+(?:\w+\s+)?right to\s+$", re.I)
# Ratifications still awaited: "needs four EU member states -- A, B, C and D -- to ratify".
_NEEDS_TO_RX = re.compile(
    r"\b(?:needs?|needed|awaits?|awaited|awaiting|waiting for|requires?|required)\b"
    r"(?:(?!, and |, but |, while )[^.;]){0,100}?\bto (?:still |also |formally |now )?$"
)
# An adjective of reluctance set before its noun describes that group, not the subject.
_ADJECTIVES = frozenset(
    ("reluctant", "sceptical", "skeptical", "wary", "cautious", "unwilling", "hesitant")
)
_ATTRIBUTIVE_RX = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:allies|members|member states|countries|states|partners|"
    r"governments|capitals|nations|europeans|neighbou?rs|leaders)\b"
)
# An attitude word used of a remark ("struck a cautious note", "a sceptical tone"): tone.
_TONE_RX = re.compile(r"\s+(?:note|tone|optimism|welcome|remarks?|words|language)\b")
_DONE = ("ratif", "approv", "send", "sent ", "sending", "submit", "forward")
# A cue that ends talks under way ("suspend accession talks", "broke off the negotiations"):
# said of a candidate's own talks, the candidate's opposition to them.
_ENDS_TALKS_RX = re.compile("(?:" + "|".join(END_TALKS_VERBS) + ")" + END_TALKS_OBJECT)
_HOSTILE = frozenset(("opp", "out", "rej", "quit"))
_QUIT_MODALS = (" should", " must", " would", " could", " might", " may", " to", " will")
_REACTION = frozenset(("rea", "rej"))
_INVERTED = ("Were ", "Had ", "Should ")
_INVERTED_RX = re.compile(r"(?:Were|Had|Should) (?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} ")


# A candidate's own application, however handed in ("applied", "submitted their
# applications", "signed the application"); one for a MAP is told by the frame's action
_APPLIED_RX = re.compile(
    r"(?:appl(?:y|ies|ied|ying)\b|(?:submit|hand|lodg|fil|deliver|sign)\w* (?:[\w’'-]+ ){0,4}?"
    r"(?:application|request|bid)s?\b)"
)


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
    # a candidate the story names beside its main one ("told Bosnia to wait" in a story on
    # Montenegro's MAP): the same step
    steps = {m.split(":")[1] for m in main if m.startswith(inst + ":")}
    if len(steps) == 1 and "admit" not in steps:
        return f"{inst}:{steps.pop()}:{cand}"
    return q


# A gerund that names a topic, not anyone's position: "the process of allowing them to join",
# "the question of admitting Georgia".
_TOPIC_OF_RX = re.compile(
    r"\b(?:process|question|issue|matter|idea|cost|difficulty|problem|complexity) of $", re.I
)

_MODAL_BEFORE_RX = re.compile(r"\b(?:would|could|might|will|may)\s+(?:[a-z]+\s+){0,2}$")
_IF_AFTER_RX = re.compile(r"\b(?:if|provided|as long as)\b(?! (?:any|necessary|needed|so|not)\b)")
_LET_OTHERS_RX = re.compile(r" (?:the )?(?:other|others|remaining|rest)\b")
_PARTICIPLE_AFTER_RX = re.compile(r", (?:leaving|making|removing|putting|bringing|clearing)\b")
_GERUND_OPENERS = ("that ", ", ", ". ", "\n", ": ", "“", '"')
_GERUND_SUBJECT_RX = re.compile(
    r"[^,;.:]{0,60}? (?:is|was|would be|will be|remains|remained|has been|had been|would not be"
    r"|is not|was not)\b"
)
# ... but a step of it taken is the step: "Turkey would start the process of ratifying".
_STEP_OF_RX = re.compile(
    r"\b(?:start|begin|began|begun|launch|complet|finish|initiat|conclud|speed|accelerat)\w* "
    r"(?:up )?the process of $"
)


def stances_stage(state: DocState, res: Any) -> None:
    text = state.text
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    hits: list[tuple[int, str, str, str]] = []  # every reading, also those already seen
    title_end = headline_end(state)
    low = lowered(state)
    main = main_questions(state)
    changed = _change_frames(state, main)
    extra = _object_frames(state, res, main) + _anaphor_frames(state)
    for f in state.frames + _outsider_frames(state, main) + changed + extra:
        s, e = state.sentences[f["sentence"]]
        sentence = text[s:e]
        # "has yet to ratify": nothing shown, in that clause ("..., and Hungary has yet to
        # schedule its vote" leaves the clause before it readable)
        yet = (  # (every match of YET_RX holds "yet", in any case: so does the lowered text)
            low.find("yet", s, e) >= 0
            and search(YET_RX, sentence)
            and not re.search(r"\b(?:block|veto|oppos)", sentence, re.I)
        )
        cands = set(f["candidates"])
        # "Were Turkey to ratify only the Finnish bid, Helsinki would ...": all of it is
        # hypothetical
        inverted = text.startswith(_INVERTED, s) and _INVERTED_RX.match(text, s) is not None
        indirect = bool(f.get("implicit") or f.get("outsider"))
        outsiders = _outsiders(state, res, f) if indirect and not f.get("change") else set()
        # an implicit frame of the main decision itself ("one of the strongest advocates of
        # opening talks" in a story on opening talks) is read for explicit cues too
        same = bool(f.get("implicit")) and f["questions"][0].split(":")[1] == f["action"]
        seg = low[s:e]
        if same and not f.get("change"):
            same = any(k in seg for k in EXPLICIT_KEYS) or any(k in seg for k in _CHANGE_KEYS)
        loose = bool(f.get("implicit")) and not f.get("change") and len(f["questions"]) == 1
        if (
            f.get("implicit")
            and not outsiders
            and not same
            and not loose
            # a reaction to the decision the sentence names ("welcomed the invitations")
            and not any(k in seg for k in REACTION_KEYS)
            and not any(k in seg for k in RATIFY)
            and not any(m.country_iso3 in cands for m in mentions_by_sentence(state)[f["sentence"]])
        ):
            continue  # nothing such a sentence could show (see below)
        rx = CHANGE_ONLY_RX if f.get("change") else CUE_RX
        for cue in cues(rx, low, s, e):
            word, kind = cue.word, cue.kind
            if _in_name(text, s, cue.start()):
                continue  # "Georgian Dream", "the Support Group": part of a name
            if (
                outsiders
                and kind == "out"
                and all((iso, q) in seen for iso in outsiders for q in f["questions"])
            ):
                continue  # a second hostile word ("warned ... a response") adds nothing
            if yet and kind != "und":
                a, b = clause_span(text, s, e, cue.start(), _TARGET_CLAUSE_RX)
                pm = _PARTICIPLE_AFTER_RX.search(text, cue.end(), b)
                if pm is not None:
                    b = pm.start()  # "approved it, leaving Hungary the only one yet to ratify"
                if search(YET_RX, text, a, b):
                    continue
            hostile = kind in _HOSTILE
            # a candidate's own step or wish where the sentence names the decision only as a
            # word ("whose country has waited for its own talks", "lobbied hard for the plan")
            own_wish = bool(f.get("implicit")) and bool(
                kind == "self" or kind == "sup" and WISH_RX.match(word)
            )
            reaction = kind in _REACTION or (
                kind == "sup" and indirect and REACT_RX.match(low, cue.start(), e) is not None
            )
            explicit = (
                same
                and bool(cue.group("chg") or EXPLICIT_RX.match(word))
                and _governs(state, cue, f)
            )
            if indirect and not (
                hostile
                and outsiders
                or word.startswith(RATIFY)
                or explicit
                or cue.group("chg")
                or reaction
                or own_wish
                or loose
                and _loose_ok(state, cue, f, s, e)
            ):
                continue  # checked first: most sentences that name no candidate show nothing
            pre = text[max(s, cue.start() - 40) : cue.start()]
            if (
                word.startswith(_OWNED_NOUNS)
                and _EXPECTED_RX.search(pre)
                and not _DENIED_RX.search(pre)
                and _possessor(state, s, cue.start()) is None
            ):
                continue  # "then expect our support": a hope for someone's support, not theirs
            if (
                word.endswith("ing")
                and not hostile
                and (not pre.strip() or pre.endswith(_GERUND_OPENERS))
                and _GERUND_SUBJECT_RX.match(text, cue.end(), e)
            ):
                continue  # "that ratifying Sweden's bid was not urgent": a gerund as the
                # subject names a topic, not a position (a hostile one, "blocking Sweden was
                # justified", is left to the rules that read it)
            if (
                word.endswith("ing")
                and pre.endswith(" of ")
                and _TOPIC_OF_RX.search(pre)
                and not _STEP_OF_RX.search(pre)
            ):
                continue  # "the process of allowing them to join would take decades": a topic
            if word.startswith("allow") and _LET_OTHERS_RX.match(low, cue.end()):
                continue  # "left the room, allowing the other 26 leaders to decide": an
                # abstention that lets the others act, no backing of one's own
            if _public_view(text, low, max(s, cue.start() - 160), cue.start()):
                continue  # "Austria, where four out of five people are against": the public's
            if word.startswith("expect") and _EXPECT_BACKING_RX.match(text, cue.end()):
                continue  # the cue "expect" itself, before "our support": the same hope
            # a hypothetical cue word starts ≤ 57 characters before the cue (see HYPO_RX)
            # "had once promised (to ratify)": a position since overtaken, whatever the cue
            # "Turkey originally said it would not support the bid": the same, told plainly
            overtaken = _ONCE_RX.search(pre) is not None or _ORIGINALLY_RX.search(pre) is not None
            past: Any = kind != "chg" and (search(PAST_RX, pre) or overtaken)
            wish = bool(past) and WISH_RX.match(word) is not None
            # "Turkey's parliament had approved it in January": a ratification is not undone
            # by a later event, so the pluperfect still reports the current position
            if (
                past
                and word.startswith(_DONE)
                and not _subordinate(text, s, cue.start())
                and not overtaken
            ):
                past = None
            if past and word.startswith(_JUDGED) and search(SAID_RX, text, s, cue.start()):
                past = None  # "said Albania had not met the conditions": reported, backshifted
            if (
                past
                and (kind == "sup" or kind == "rea" and word.startswith(("push", "press", "lobb")))
                and not wish
                and not word.startswith(_DONE)
                and not _negated(pre)
                and not _subordinate(text, s, cue.start())
                and not overtaken
            ):
                # "had thrown its weight behind", "had campaigned for": backing told in the
                # pluperfect is background that still holds (an opposition so told is
                # usually one since dropped, and stays skipped)
                past = None
            # "could only follow the end of the war" is a condition, not a hypothetical
            window = max(s, cue.start() - 60)
            hypo = (
                inverted
                or (
                    not word.startswith("only")
                    and not (kind == "sup" and COND_CUE_RX.match(word))  # a condition is modal
                    and HYPO_RX.search(text, window, cue.start())
                    # "could not overcome Austrian objections": what was not overcome stands
                    and not _OVERCOME_RX.search(text[window : cue.start()])
                )
            )
            if (
                hypo
                and not inverted
                and (hostile or _negated(text[max(s, cue.start() - 40) : cue.start()]))
                and _MODAL_RX.search(text, window, cue.start())
                and UNTIL_RX.search(
                    low, cue.end(), clause_span(text, s, e, cue.start(), _COND_CLAUSE_RX)[1]
                )
            ):
                # "could still freeze Sweden's accession if Stockholm fails to ...", "must not
                # ratify it until ...": a threat with its condition, read as conditional below
                hypo = False
            demanded_first = (
                hypo
                and not inverted
                and word.startswith(RATIFY)
                and _DEMAND_BEFORE_STEP_RX.search(text, max(s, cue.start() - 120), cue.start())
                is not None
            )
            if demanded_first or (
                hypo
                and not inverted
                and cue.group("quit")
                and _DEMANDED_QUIT_RX.search(text, max(s, cue.start() - 80), cue.start())
            ):
                # "Erdogan said Sweden must extradite suspects before Turkey ratifies": the
                # ratifier's step waits on a demand, its position conditional; "must ensure
                # Ukraine gives up its NATO ambitions" is a demand, not a hypothetical
                hypo = False
            # "would (could) approve Sweden's membership if Stockholm cracks down": support on
            # a condition, read as conditional below
            modal_if = (
                kind == "sup"
                and not hostile
                and _MODAL_BEFORE_RX.search(pre) is not None
                and _IF_AFTER_RX.search(low, cue.end(), e) is not None
            )
            if modal_if:
                hypo = False
            if (past and not wish) or hypo:
                continue
            if _dated_past(state, s, e, cue.start(), cue.end(), hostile) or search(
                _INTERVAL_RX, text, max(s, text.rfind(",", s, cue.start())), cue.start()
            ):
                continue  # "which blocked an invitation ... in April 2008": a past position
            if (
                f.get("outsider")
                and not hostile
                or f.get("change")
                and not cue.group("chg")
                and not reaction
            ):
                continue
            if f.get("change") and _OTHER_OBJECT_RX.match(low, cue.end()):
                continue  # "lifted its veto on the aid package": another decision
            if cue.group("opp") and _NOUN_OF_RX.search(pre) and word.startswith(("delay", "stall")):
                continue  # "after months of delays": a history, not a position
            negated = _negated(pre)
            if negated and word.startswith(_DONE) and search(PENDING_RX, pre):
                continue  # "have still not ratified": a step not yet taken, not a refusal
            if word.startswith("support") and (
                search(AID_RX, pre) or _AID_AFTER_RX.match(low, cue.end(), min(e, cue.end() + 60))
            ):
                continue  # "practical support on the ground", "to support Ukraine was practical
                # help": aid, not the step
            if word.startswith(("seek", "sought")) and not _SOUGHT_STEP_RX.match(
                low, cue.end(), min(e, cue.end() + 50)
            ):
                continue  # "seeking repayment of billions": something else sought
            if search(_DIRECTED_TO_RX, pre):
                continue  # "Georgia was urged to apply": what others ask of it, not its step
            if (
                word.startswith("pressure")
                and _BOWED_TO_RX.search(pre)
                and not _PRESSURE_AIM_RX.match(low, cue.end())
            ):
                continue  # "fought for X's admission, but bowed to American pressure": the
                # pressure's aim is only implied, against what the subject fought for
            if (
                cue.group("chg")
                and low.find("but ", cue.end(), e) >= 0
                and _BUT_AGAIN_RX.search(low, cue.end(), e)
            ):
                continue  # "ended its veto in May but ... restate its opposition": the
                # sentence's news is the opposition after "but"
            if cue.group("chg") and _DESPITE_RX.search(pre):
                continue  # "is blocking ..., despite agreeing a month earlier to end its
                # veto": the change the sentence concedes is not its news
            if kind in ("sup", "opp") and "mandate" in pre and _NO_MANDATE_RX.search(pre):
                polarity_override = "undecided"  # "said they had no mandate to vote for it"
            else:
                polarity_override = None
            if word.startswith(("hope", "aspiration", "dream")) and _POSSESSOR_BEFORE_RX.search(
                pre
            ):
                if not _HOPES_OVER_RX.match(low, cue.end(), e):
                    continue  # "its hopes of joining": the possessor's wish, not the subject's
                # "declaring that its hopes of joining NATO were effectively over": the one
                # who declares them over opposes
                polarity_override = "oppose"
            if word.startswith("expectation") and _EXPECTATION_OTHER_RX.match(low, cue.end()):
                continue  # "told reporters of EU expectations that Ankara recognize Cyprus":
                # what others expect of the candidate, no one's position on the step
            if word.startswith("allow") and _ALLOW_OTHER_RX.match(low, cue.end()):
                continue  # "to allow Turkey ... to recognize Cyprus": something else allowed
            if (
                word.startswith("agree")
                and kind == "sup"
                and _FROZEN_AFTER_RX.search(
                    low, cue.end(), clause_span(text, s, e, cue.start(), _TARGET_CLAUSE_RX)[1]
                )
            ):
                continue  # "agreed to a deal which will lead to the talks being partially
                # frozen": agreement to a freeze, no backing of the step
            if kind == "sup" and _DELAY_OBJECT_RX.match(low, cue.end()):
                continue  # "favoured a later date for the start of talks": a delay preferred
            if word.startswith("wait") and _MADE_TO_WAIT_RX.search(pre):
                continue  # "Skopje and Tirana should wait", "Turkey now has to wait": others'
                # demand or the candidate's lot, not its wish
            if kind == "self" and word.startswith("open") and _OPEN_ADJ_RX.match(low, cue.end()):
                continue  # "due to open disputes over history": the adjective, no step
            if kind == "self" and _PURPOSE_FOR_RX.search(pre):
                continue  # "had not met the conditions for opening talks": the step's name
            if kind == "self" and _INVITED_TO_RX.search(
                text, max(s, cue.start() - 90), cue.start()
            ):
                continue  # "invited Poland, Hungary and the Czech Republic to open talks"
            if word.endswith("ing") and search(_GENERIC_NOUN_RX, pre):
                continue  # "treated as a country seeking membership": no one's position
            if word.startswith("deserv") and not _DESERVED_RX.match(low, cue.end()):
                continue  # "citizens deserved to know": not the step
            if word.startswith("ratification") and not _RATIFIER_RX.search(pre):
                continue  # "would make ratification in the Senate harder": the noun names
                # the step, not a ratifier's act (unlike "Hungary's ratification")
            if word.startswith(("reject", "rebuff")) and _REJECTED_DEMAND_RX.search(
                low, max(s, cue.start() - 80), min(e, cue.end() + 40)
            ):
                continue  # "ultimatums certain to be rejected by the U.S.": turning down
                # another's demand (here, to deny membership) is no stance on the step
            if word.startswith(("held up", "hold")) and _HELD_OTHER_RX.match(low, cue.end()):
                continue  # "held up the interim trade agreement": another decision held up
            if word.startswith(RATIFY) and (
                _OTHER_TREATY_RX.match(text, cue.end()) or _OTHER_DEAL_RX.match(low, cue.end())
            ):
                continue  # "voted in a referendum to approve the Nice Treaty", "ratified the
                # agreement with Greece": another treaty
            if _ACCUSED_OF_RX.search(pre):
                continue  # "accused the two Nordic countries of supporting Kurdish groups"
            if hostile and word.endswith("ed") and pre.endswith(_DETERMINERS):
                continue  # "the blocked state of EU enlargement": a participle as adjective
            if word == "ready" and pre.endswith((" as ", " as fully ", " as being ")):
                continue  # "endorsed Poland and Malta as ready to join": others' judgement
            if word == "back" and _PHRASAL_BACK_RX.search(pre):
                continue  # "roll back the deployments", "scaled back": a particle, no support
            if (word.startswith(RATIFY) and _EXPECTED_TO_RX.search(pre)) or (
                word in ("expected", "likely") and low.startswith(" to ", cue.end())
            ):
                continue  # "among countries soon expected to ratify it": others' forecast
            if word == "opposition" and _PARTY_OPPOSITION_RX.match(low, cue.end()):
                continue  # "called on the opposition in Poland", "opposition leaders": the
                # parties out of government, not a stance
            if word == "against" and (search(_MEASURED_RX, pre) or search(_PROTECT_RX, pre)):
                continue  # "screening their laws against the rulebook": a yardstick; "a
                # shield able to protect all of Europe against attack": a defence, no stance
            if word == "against" and (
                _WAR_AGAINST_RX.search(pre) or _BACKDROP_RX.match(low, cue.end())
            ):
                continue  # "Russia's war against Ukraine", "against a backdrop of": no stance
            if search(_CAPACITY_RX, pre) and not search(_RIGHT_ADJ_RX, pre):
                continue  # "gives Hungary further chances to object": a means, not a use
                # (but "Greece was right to veto": the veto was used, and rightly)
            if word == "back" and (
                search(_PARTICLE_RX, pre) or low.startswith(" to back", cue.end())
            ):
                continue  # "asked the Commission to report back", "held back to back": no backing
            if word.startswith(("refus", "declin")) and low.startswith(" to rule out", cue.end()):
                continue  # "refused to rule out opening talks": a door left open, no refusal
            if word.startswith("world war") and (
                _WAR_NUMBER_RX.match(low, cue.end()) or pre.endswith(_HISTORY_BEFORE)
            ):
                continue  # "Europe's worst conflict since World War II": history, no threat
            if (
                hostile
                and word.startswith(("objection", "reservation", "opposition", "resistance"))
                and _NO_BEFORE_RX.search(pre)
            ):
                continue  # "held no objections to NATO expansion": a denial shows nothing
            if word.endswith(("never join", "never become a member")) and not any(
                m.end >= cue.start() - 2
                for m in mentions_in(state, max(s, cue.start() - 30), cue.start())
            ):
                continue  # "write into its constitution that it will never join": another's
                # demand; "Serbia will never join NATO" names its subject
            if (
                not hostile
                and "pressure" in low[max(s, cue.start() - 90) : cue.start()]
                and _RESISTED_PRESSURE_RX.search(low, max(s, cue.start() - 90), cue.start())
            ):
                continue  # "would not bow to pressure ... to give the green light": the step
                # pressed for, resisted
            if word.startswith("hope") and _DASHED_RX.search(pre):
                continue  # "Germany dashes hopes of quick talks": others' hopes, dashed
            if word.startswith("support") and _LACK_OF_RX.search(pre):
                continue  # "points out lack of support for NATO membership in Ukrainian
                # society": support missing, no one's position
            if hostile and _AID_OBJECT_RX.match(low, cue.end()):
                continue  # "opposed providing NATO military and EU aid to Ukraine": help, not
                # membership
            if kind == "out" and pre.endswith(("no ", "No ", "not a ", "not any ")):
                continue  # "a larger alliance poses no threat to Russia": the reverse
            if (
                kind == "out"
                and word in ("threat", "threats")
                and not _THREAT_AS_RX.search(pre)
                and not _THREAT_BY_RX.match(low, cue.end())
            ):
                continue  # "faced the threat of imminent attack", "new Russian threats": a
                # danger named, not the step held to be one ("a direct threat to Russia")
            if hostile and _TONE_RX.match(low, cue.end()):
                continue  # "struck a cautious note": a tone, not a position on the step
            if word.startswith(RATIFY) and _NEEDS_TO_RX.search(
                low, max(s, cue.start() - 120), cue.start()
            ):
                continue  # "Zagreb still needs three member states ... to ratify": pending
            if hostile and _ATTRIBUTIVE_RX.match(low, cue.end()) and word in _ADJECTIVES:
                continue  # "pressed reluctant European allies": the adjective is theirs
            polarity = "oppose" if hostile else "support"
            if (
                kind == "sup"
                and word.startswith(_DEMAND_WORDS)
                and (" not to " in word or _DEMANDED_REVERSE_RX.match(low, cue.end(), e))
            ):
                # "asking him not to start negotiations", "calls on Michel to remove the
                # decision to start negotiations from the agenda": a demand against the step
                polarity = "oppose"
            urged = _URGED_NOT_RX.search(pre) if hostile and kind == "opp" else None
            if urged is not None:
                polarity = "support"  # "urged Slovenia not to use its veto": the urger wants
                negated = False  # the step, and the denial is part of the demand
            elif not hostile and kind == "sup":
                # "Stoltenberg urged Hungary and Turkey to ratify": those urged are the
                # objects of the demand, their own position untold
                urged = _URGED_TO_RX.search(pre)
            if kind == "und":
                if negated:
                    continue  # "is not undecided": says nothing usable
                polarity = "undecided"
            if polarity_override is not None:
                polarity, negated = polarity_override, False
            if kind == "quit" and (negated or pre.rstrip().endswith(_QUIT_MODALS)):
                continue  # "Sweden should withdraw its application": a demand, not its step
            if kind == "sup" and not negated and OPPOSE_AFTER_RX.match(low, cue.end()):
                continue  # "promised to block": the cue after it tells the position
            if polarity == "oppose" and search(WITHOUT_RX, pre):
                continue  # "invite Ukraine without further delay": urgency, not opposition
            if negated and word.startswith(_WAR_JUDGEMENTS):
                continue  # "would not mean a war", "will not derail": a reassurance, no position
            if negated and polarity != "undecided":
                if polarity == "oppose" or OPPOSE_AFTER_RX.match(low, cue.end()):
                    # a denial ("does not oppose", "not prepared to block") shows nothing,
                    # unless a reservation follows ("not against it, but ...")
                    if not BUT_RX.search(low, cue.end(), e):
                        if (
                            polarity != "oppose"
                            or not _PROMISED_NOT_RX.search(pre)
                            or _OTHERS_AFTER_RX.match(low, cue.end())
                        ):
                            continue
                        polarity = "support"  # "would not stand in the way": a promise
                    elif (
                        polarity == "oppose"
                        and _PROMISED_NOT_RX.search(pre)
                        and not search(COND_RX, text, cue.end(), e)
                        and not _WANTS_RX.search(low, cue.end(), e)
                    ):
                        polarity = "support"  # "will not block them, but does not like them"
                    else:
                        polarity = "conditional"
                elif YIELD_RX.search(low, cue.end(), e):
                    polarity = "support"  # "does not agree ... but will not block it"
                else:
                    polarity = "oppose"
            holders = _holders(
                state, cue, s, e, word, f, bool(cue.group("self") or cue.group("quit")) or wish
            )
            if hostile and search(_RIGHT_ADJ_RX, pre):
                # "Greece has been fully right to veto ..., Romania's President said": who
                # says the veto is right shares it
                held = {iso for iso, _ in holders}
                holders += [
                    (iso, None) for iso in _judges(state, s, e, cue, cands) if iso not in held
                ]
            if holders and polarity == "support" and kind == "sup" and not negated:
                held = {iso for iso, _ in holders}
                ratified = word.startswith(RATIFY)
                holders += [
                    (iso, None)
                    for iso in _ratified_too(state, cue, s, e, cands, ratified)
                    if iso not in held
                ]
            if word.startswith("before ") and kind == "sup":
                # "Sweden must extradite suspects before Turkey will ratify": the member named
                # inside the condition is the one whose step waits on it
                inner = [
                    iso
                    for m in mentions_in(state, cue.start(), cue.end())
                    if not m.place and (iso := holder_iso(state, m)) and iso not in cands
                ]
                if inner:
                    holders = [(iso, None) for iso in dict.fromkeys(inner)]
            pressed = (
                wish
                and _PRESSED_RX.match(word) is not None
                and (
                    kind == "rea"  # "had pushed hardest for the move": the decision itself
                    or _PLEDGE_RX.match(low, cue.end(), min(e, cue.end() + 40)) is not None
                    or _TO_BE_STEP_RX.match(low, cue.end(), min(e, cue.end() + 60)) is not None
                    or _for_candidate(state, cue.end(), e, cands)
                )
            )
            if (wish and not pressed) or (own_wish and kind != "self" and not loose and not same):
                # only a candidate's own wish outlives the pluperfect, and an ally's pressing
                # for the step itself ("had pushed for an invitation": the push is the news;
                # "had pressed for a quick solution" is history)
                holders = [(iso, pol) for iso, pol in holders if iso in cands]
            demanded_quit = bool(cue.group("quit")) and (
                _DEMANDED_QUIT_RX.search(text, max(s, cue.start() - 80), cue.start()) is not None
            )
            demanders = _judges(state, s, e, cue, cands) if demanded_quit else []
            if demanded_quit and not demanders:
                continue  # "Ukraine may have to give up its ambitions": no one's position
            if demanders:
                # "Putin declared that any deal must ensure Ukraine gives up its NATO
                # ambitions": who demands that the candidate quit opposes its membership
                holders = [(iso, "oppose") for iso in demanders]
            elif cue.group("self") or cue.group("quit"):
                holders = [(iso, pol) for iso, pol in holders if iso in cands]
                if word.startswith(("open", "start", "begin", "began")):
                    # opening talks is the candidate's own step only as its subject ("Serbia
                    # formally opened talks"), not "talks would start" or "the start of"
                    subj = _step_subjects(state, s, cue.start())
                    holders = [(iso, pol) for iso, pol in holders if iso in subj]
            elif word.startswith("should") and " be " in word:
                # "X should be given": X is the object
                holders = [(iso, pol) for iso, pol in holders if iso not in cands]
            elif cue.group("out"):
                outsiders = outsiders or _outsiders(state, res, f)
                # "Russia's envoy said Rice is trying to sabotage the talks": the act is the
                # clause's own subject's, not the speaker's
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders] or (
                    []
                    if holders and word.startswith(_OUTSIDER_ACTS)
                    else [(iso, None) for iso in _speakers_before(state, s, cue.start(), outsiders)]
                )
                holders = [
                    (iso, pol)
                    for iso, pol in holders
                    # "Orban, who has forged close ties with Russia, said the criticism ...";
                    # "she said, warning that Georgia will lose its independence to Russia"
                    if not _not_the_agent(state, s, e, iso, cue, word.startswith(_SPOKEN))
                ]
                if word.startswith(_FEELINGS):  # who feels it, wherever the sentence puts it
                    # "would irritate Russia", "risks angering Moscow": a forecast, no feeling
                    felt = set() if _FORECAST_RX.search(pre) else _experiencers(state, s, e, cue)
                    holders = [(iso, None) for iso in sorted(felt & outsiders)]
            elif (explicit or f.get("change") and not reaction) and not (
                (reaction or word.startswith(_PRAISE))
                and _REL_SUBJECT_RX.search(text, max(s, cue.start() - 40), cue.start())
            ):
                # "granted Ukraine candidate status, a step that Kyiv hailed": the candidate
                # as the subject of a relative clause reacts; elsewhere it is the object
                holders = [(iso, pol) for iso, pol in holders if iso not in cands]
            elif f.get("outsider") or (
                f.get("implicit")
                and not word.startswith(RATIFY)
                and not cue.group("chg")
                and not reaction
                and not own_wish
                and not loose
            ):
                # a sentence that does not name the candidate is read for outsiders' hostility
                # and for ratifications ("the Senate approved it") only
                holders = [(iso, pol) for iso, pol in holders if iso in outsiders]
            if urged is not None:  # the one urged is the object, not a holder
                asked = cue.start() - len(pre) + urged.start()
                objects = {m.country_iso3 for m in mentions_in(state, asked, cue.start())}
                holders = [(iso, pol) for iso, pol in holders if iso not in objects]
            if not holders:
                continue
            # the condition is in the cue's clause, or after its "but" ("but first it wants")
            ce = clause_span(text, s, e, cue.start(), _COND_CLAUSE_RX)[1]
            if word.startswith(_MET):
                pass  # "had met the conditions": a judgement that they are met, no condition
            elif (demanded_first or modal_if) and polarity == "support":
                polarity = "conditional"
            elif polarity == "support" and _BEFORE_IT_BACKS_RX.search(pre):
                polarity = "conditional"  # "wants Serbia to hand over Mladic before it gives
                # its full backing": the backing waits for the demand
            elif polarity == "support" and COND_CUE_RX.match(word):
                polarity = "conditional"  # "could only follow the end of the war"
            elif (polarity == "support" and search(COND_RX, text, cue.end(), ce)) or (
                polarity == "oppose" and UNTIL_RX.search(low, cue.end(), ce)
            ):
                polarity = "conditional"
            if polarity == "support" and kind == "sup" and not negated:
                if any(k in seg for k in _ALTERNATIVE_KEYS) and _ALTERNATIVE_RX.search(low, s, e):
                    # "Turkey should be offered a privileged partnership rather than full
                    # membership": backing for something short of the step
                    polarity = "oppose"
                elif _NOT_UNCONDITIONAL_RX.match(low, cue.end(), e):
                    # "Sofia's support for North Macedonia's membership has never been
                    # unconditional"
                    polarity = "conditional"
                elif low.find("but ", cue.end(), e) >= 0 and _but_requires(
                    state, low, cue.end(), e, cands
                ):
                    # "supported Turkey joining, but ... Ankara had to comply": on a demand
                    polarity = "conditional"
            questions = _clause_questions(state, f, s, e, cue.start())
            questions = _step_of_object(low, questions, cue.end(), e, f.get("pos", -1))
            if len(questions) > 1 and word.startswith(_JUDGED):
                questions = _judged_subject(state, questions, s, cue.start())
            elif (
                len(questions) > 1
                and kind == "sup"
                and COND_CUE_RX.match(word)
                and not word.startswith("if ")  # "... if they want to join": all named
            ):
                # "Georgia's path would depend on it normalising relations with Armenia": the
                # condition names another state; the step is the one named before
                questions = _named_before(state, questions, s, cue.start())
            elif len(questions) > 1 and word.startswith("should"):
                # "Bosnia should be given the green light ... at the same time as Ukraine": the
                # candidates the passive is about, named before it ("Ukraine and Georgia
                # should be given MAP": both)
                before = {
                    m.country_iso3 for m in mentions_in(state, s, cue.start()) if m.type == "state"
                }
                questions = [q for q in questions if q.rsplit(":", 1)[1] in before] or questions
            if len(questions) > 1:
                questions = _target_questions(state, questions, s, e, cue.start(), cue.end())
            if word.startswith("ratif") and f["action"] != "admit":
                # "was the first ally to ratify the protocol" in a sentence that also names an
                # invitation: ratifying is always about admission
                questions = list(dict.fromkeys(_as_admit(q) for q in questions))
            mem = members(res, f["institution"], state.published)
            for iso, pol in holders:
                pol = pol or polarity
                qs = questions
                if iso not in cands and f["action"] == "admit":
                    # "Spain also backed the Bosnian bid" in a story on a MAP: a generic
                    # "bid" is the story's step, for members as for the candidate itself
                    qs = list(dict.fromkeys(_own_question(f, q, main, low) for q in qs))
                if iso in OUTSIDERS and (f.get("vague") or f.get("implicit")):
                    # Moscow "regards eastward expansion as a mistake" in a story on an
                    # invitation: an outsider's hostility is to membership
                    qs = list(dict.fromkeys(_as_admit(q) for q in questions))
                # a non-member that is not an outsider is a candidate of its own, also where
                # the frame names another ("Finnish and Swedish officials hoped ...")
                candidate = iso in cands or (bool(mem) and iso not in mem and iso not in OUTSIDERS)
                if (
                    len(holders) == 1
                    and candidate
                    and not cue.group("self")
                    and _others_only(questions, iso)
                    and _named_holder(state, iso, s, cue.start())
                ):
                    pass  # "Finland stands with Sweden and supports its application"
                elif iso in cands:  # a candidate speaks for its own membership only
                    qs = [_own_question(f, q, main, low) for q in f["questions"]]
                    if cue.group("self") and _APPLIED_RX.match(word) and f["action"] != "map":
                        # "invited ... seven weeks after both countries submitted their
                        # applications": an application asks for membership, whatever step
                        # the sentence names (61 of the 65 annotated items not for a MAP)
                        qs = [_as_admit(q) for q in qs]
                    qs = _step_of_object(
                        low,
                        [q for q in qs if q.rsplit(":", 1)[1] == iso],
                        cue.end(),
                        e,
                        f.get("pos", -1),
                    )
                elif candidate:
                    qs = [f"{f['institution']}:{f['action']}:{iso}"]
                for q in qs:
                    cand = q.rsplit(":", 1)[1]
                    if (
                        iso == cand
                        and pol != "support"
                        and kind not in ("quit", "und")
                        # "Norway's voters rejected membership in a referendum": the people's
                        # own no, and "Norwegians voted against joining"
                        and not (
                            pol == "oppose"
                            and (word.startswith("vot") or _REFERENDUM_RX.search(low, s, e))
                        )
                        # "Georgia said it will suspend accession talks": ending its own talks
                        and not (pol == "oppose" and _ENDS_TALKS_RX.match(word))
                    ):
                        continue  # (a candidate may still be weighing its own application)
                    if iso == cand and cand in mem and q.split(":", 2)[1] == "admit":
                        continue  # a member since: its accession is done, not its position
                    hits.append((cue.start(), iso, q, pol))
                    done = pol == "support" and (
                        word.startswith(RATIFY)
                        and word.endswith(("ed", "ed by"))
                        # "lifted its veto" after "a compromise to overcome Bulgaria's veto"
                        or kind == "chg"
                        and any(k in word for k in _ENDED_OPPOSITION)
                    )
                    if (iso, q) in seen and pol != "conditional" and not done:
                        continue
                    item = _item(iso, q, pol, text, s, e, text[cue.start() : cue.end()])
                    if (iso, q) in seen:
                        # a condition stated anywhere qualifies a support told before ("the
                        # committee approved it" ... "Erdoğan tied ratification to the jets")
                        # a headline's opposition is qualified by a condition told in the
                        # body ("in no hurry" ... "would support it once trust is restored")
                        for i, old in enumerate(out):
                            if (old["actor_iso3"], old["question"]) == (iso, q):
                                if (
                                    old["stance"] == "support"
                                    and pol == "conditional"
                                    or old["stance"] == "oppose"
                                    and (old["start"] < title_end or done)
                                ):
                                    # a ratification told after a delay: the step is done
                                    # ("a process delayed by Hungary" ... "the Hungarian
                                    # parliament ratified it")
                                    out[i] = item
                                break
                        continue
                    seen.add((iso, q))
                    out.append(item)
    _same_line(state, out, seen, low, hits)
    _signers(state, out, seen, low)
    _asked_to_drop(state, out, seen, low)
    _invitation_on_the_table(state, res, out, main)
    state.stances = registered(out, res)


def _invitation_on_the_table(
    state: DocState, res: Any, out: list[dict[str, Any]], main: list[str]
) -> None:
    """In a story whose decision is a NATO invitation, an ally's position on the membership of
    a candidate not yet invited and with no formal application ("France fought hard for the
    admission of Romania and Slovenia" at Madrid, "Greece ... threat to veto NATO membership
    for Macedonia" at Bucharest) is a position on that invitation (annotated so 21 times to
    1); not a ratification or a protocol, which are admission's own steps."""
    if not any(q.startswith("NATO:invite:") for q in main):
        return
    allies = members(res, "NATO", state.published)
    held = {(it["actor_iso3"], it["question"]) for it in out}
    for it in out:
        q = it["question"]
        if not q.startswith("NATO:admit:"):
            continue
        cand = q[len("NATO:admit:") :]
        invite = f"NATO:invite:{cand}"
        if (
            it["actor_iso3"] not in allies  # an ally's position: the candidate's own wish and
            # an outsider's hostility are to membership, as annotated
            or (it["actor_iso3"], invite) in held  # told as such already: both kept
            or str(it.get("cue", "")).startswith(_ADMIT_OWN)
        ):
            continue
        if not_yet_invited(res, cand, state.published):
            it["question"] = invite


_ADMIT_OWN = ("ratif", "protocol", "accession protocol", "deposit")


# "urged Hungary and Turkey to drop their objections to Sweden's membership": those asked
# to drop an objection still hold it.
_ASKED_TO_DROP_RX = re.compile(
    r"\b(?:urg\w+|appeal\w*(?: to)?|call\w* on|press\w*|ask\w*|encourag\w+|told)\s+"
    r"(?P<objs>[^.;]{2,80}?)\s+to\s+(?:drop|lift|withdraw|abandon|end|give up)\s+"
    r"(?:their|its|his|her)\s+(?:remaining\s+)?(?:objections?|veto(?:es)?|opposition|blockade"
    r"|reservations|resistance)\b"
)


def _asked_to_drop(
    state: DocState, out: list[dict[str, Any]], seen: set[tuple[str, str]], low: str
) -> None:
    if "to drop" not in low and "to lift" not in low and "to withdraw" not in low:
        return
    text = state.text
    frames = {f["sentence"]: f for f in state.frames}
    for si, (s, e) in enumerate(state.sentences):
        f = frames.get(si)
        if f is None:
            continue
        am = _ASKED_TO_DROP_RX.search(text, s, e)
        if am is None:
            continue
        cands = set(f["candidates"])
        asked = [
            iso
            for m in mentions_in(state, am.start("objs"), am.end("objs"))
            if m.type == "state" and (iso := holder_iso(state, m)) and iso not in cands
        ]
        named = {m.country_iso3 for m in mentions_in(state, am.end(), e) if m.type == "state"}
        qs = [q for q in f["questions"] if q.rsplit(":", 1)[1] in named]
        if not named & cands and not qs:
            qs = f["questions"]  # "to drop their objections to it": the frame's own step
        for iso in dict.fromkeys(asked):
            for q in qs:
                if (iso, q) in seen:
                    continue
                seen.add((iso, q))
                out.append(_item(iso, q, "oppose", text, s, e, am.group()))


def _item(iso: str, q: str, pol: str, text: str, s: int, e: int, cue: str) -> dict[str, Any]:
    """One stance with its evidence, the sentence text[s:e]."""
    return {
        "actor_iso3": iso,
        "question": q,
        "stance": pol,
        "evidence": text[s:e].strip(),
        "start": s,
        "end": e,
        "cue": cue,
    }


# "The document was signed by the presidents of Romania, Poland and Slovakia": a joint
# statement or letter named just before, whose sentence backs (or opposes) a step, is the
# position of each state whose leaders signed it.
_SIGNED_BY_RX = re.compile(
    r"(?:\b(?:statement|letter|declaration|document|appeal|communiqu[eé]|op-ed|text)\b[^.;]{0,60}?"
    r"|\bIt (?:was |had been |has been )?(?:[a-z]+ly )?)\bsigned by\b"
)
_DOCUMENT_RX = re.compile(r"\b(?:statement|letter|declaration|appeal|communiqu[eé]|op-ed)\b")


def _signers(
    state: DocState, out: list[dict[str, Any]], seen: set[tuple[str, str]], low: str
) -> None:
    if low.find("signed by") < 0:
        return
    text = state.text
    for si, (s, e) in enumerate(state.sentences):
        sm = _SIGNED_BY_RX.search(text, s, e) if low.find("signed by", s, e) >= 0 else None
        if sm is None:
            continue
        signers = list(
            dict.fromkeys(
                iso
                for m in mentions_in(state, sm.end(), e)
                if not m.place and (iso := holder_iso(state, m))
            )
        )
        if len(signers) < 2:
            continue  # one signer is read from its own sentence as usual
        for sj in range(si - 1, max(-1, si - 4), -1):
            a, b = state.sentences[sj]
            frames = [f for f in state.frames if f["sentence"] == sj]
            if not frames or not _DOCUMENT_RX.search(text, a, b):
                continue
            kinds = [c.kind for c in cues(CUE_RX, low, a, b) if c.kind in ("sup", "opp")]
            if not kinds:
                break
            pol = "support" if kinds[0] == "sup" else "oppose"
            for q in frames[0]["questions"]:
                for iso in signers:
                    if iso == q.rsplit(":", 1)[1] or (iso, q) in seen:
                        continue
                    seen.add((iso, q))
                    out.append(_item(iso, q, pol, text, a, b, "signed by"))
            break


# Words that may stand between a candidate and its opening step: "Montenegro formally
# opened", "Serbia will now start", "Zagreb had expected to open", "Moldova and Ukraine start".
_STEP_GAP_RX = re.compile(
    r"(?:\s*(?:,|and|(?:’|')s|has|have|had|will|would|can|could|is|are|was|were|be|been|to|set|due|"
    r"expected|expects|hopes|hoped|wants|wanted|plans|planned|ready|able|finally|formally|"
    r"officially|jointly|also|now|today|yesterday|then|soon|at last|itself|themselves|"
    r"lawmakers|parliament|government|authorities|officials|leaders|"
    r"votes?|voted|decided|agreed|moved|seeks|sought|on [A-Z][a-z]+|"
    r"(?:last|this|next) (?:week|month|year))\b)*\s*$"
)


def _step_subjects(state: DocState, s: int, pos: int) -> set[str]:
    """The states named as the subject right before a step verb at `pos`, with those
    coordinated with them ("Moldova and Ukraine formally start")."""
    found: set[str] = set()
    end = pos
    for m in reversed(mentions_in(state, s, pos)):
        iso = holder_iso(state, m)
        if iso is None:
            continue
        if not _STEP_GAP_RX.match(state.text, m.end, end):
            break
        found.add(iso)
        end = m.start
    return found


_PRESSED_RX = re.compile(r"(?:push|press|lobb|call)")
# Asking another not to block: "urged Slovenia not to use its veto", "pressed Ankara not to".
_DEMAND_WORDS = ("call", "ask", "urg", "appeal", "request", "press", "demand", "hope", "wish")
_DEMANDED_REVERSE_RX = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,3}?(?:not to (?:start|open|begin|launch|invite|admit|grant|ratify|"
    r"approve)\b|to (?:remove|drop|withdraw|strike|scrap|shelve|postpone|delay|defer|put off|halt"
    r"|suspend|freeze|stop|cancel|take)\b[^.;]{0,40}?\b(?:decision|item|talks|negotiations|"
    r"start|opening|invitation|accession|membership|bid|application)\b)"
    # "he hoped Western powers would be realistic enough not to do it"
    r"|\s*(?:[\w’'-]+\s+){0,8}?(?:not to (?:do|take) (?:it|so|that|this|such a step)|to refrain "
    r"from)\b"
)
_URGED_NOT_RX = re.compile(
    r"\b(?:urg\w+|press\w+|call\w+ on|ask\w+|told|persuad\w+|convinc\w+|appeal\w+ to)\s+"
    r"(?:[\w’'-]+\s+){1,4}?not to\s+(?:[\w’'-]+\s+){0,3}$"
)
_OTHER_TREATY_RX = re.compile(
    r"\s+(?:the |a )?" + NOT_MEMBERSHIP_TREATY + r"(?:[A-Z][\w-]+ ){1,2}"
    r"(?:Treaty|Agreement|Pact|Convention|Accord|Constitution)\b"
)
_OTHER_DEAL_RX = re.compile(
    r"\s+(?:in (?:a|the) (?:[\w-]+ )?vote\s+)?(?:the|a|an|this|that) "
    r"(?!(?:[\w-]+ ){0,2}?(?:accession|membership|entry))(?:[\w-]+ ){0,2}?(?:agreement|deal"
    r"|accord)\b(?![^.;]{0,40}?\b(?:accession|membership|entry)\b)"
)
_ACCUSED_OF_RX = re.compile(r"\baccus(?:ed|es|ing|e)\b[^.;]{0,60}? of $")
_DETERMINERS = (" the ", " a ", " an ", " its ", " their ", " this ", " that ")
# A demand, then the step that waits on it: "... must extradite suspects before Turkey "
_DEMAND_BEFORE_STEP_RX = re.compile(
    r"\b(?:must|should|has to|have to|needs? to|had to)\b[^.;]{1,80}?\bbefore (?:[A-Z][\w’'-]*"
    r"(?: [A-Z][\w’'-]*)?|it|they|its parliament|parliament|lawmakers) "
    r"(?:will |would |can |could )?$"
)
_REFERENDUM_RX = re.compile(r"\b(?:referendum|plebiscite|voters)\b")
_HELD_OTHER_RX = re.compile(
    r"\s+(?:the |an |a |its |their )?(?:[\w-]+ ){0,3}?(?:agreement|deal|aid|package|funds?|budget"
    r"|loans?|payments?|sanctions)\b"
)
_DEMAND_ON_RX = re.compile(r"s?\s+(?:to|that)\s+")
_STEP_NAMED_RX = re.compile(
    r"\b(?:join|admit|accession|membership|invit|open|start|begin|talks|negotiations|ratif|"
    r"approv|member)"
)
_DEMANDED_QUIT_RX = re.compile(
    r"\b(?:must|should|demand\w*|insist\w*|ensure\w*|wants?|wanted|require\w*|call\w* on)\b"
    r"[^.;]{0,60}$"
)
_REJECTED_DEMAND_RX = re.compile(
    r"\b(?:ultimatums?|demands?|proposals?)\b(?! (?:to (?:join|open|start|begin|invite|admit|grant"
    r"|accept|approve|ratify|launch)|for (?:\w+ )?(?:membership|accession|talks|negotiations)))"
)
_DEMANDED_AGAINST_RX = re.compile(
    r"s?\s+(?:that|for)\s+(?:[\w’'-]+\s+){0,4}?(?:deny|denies|denied|block|bar|halt|stop|suspend"
    r"|freeze|end|rule out|reject|not|never|refuse)\b"
)
_BY_WHOM_RX = re.compile(r"\w*,?\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$")
_PHRASAL_BACK_RX = re.compile(
    r"\b(?:roll(?:s|ed|ing)?|scal(?:e|es|ed|ing)|pull(?:s|ed|ing)?|step(?:s|ped|ping)?|come"
    r"|comes|coming|came|go|goes|going|went|bring(?:s|ing)?|brought|push(?:es|ed|ing)?"
    r"|cut(?:s|ting)?|fight(?:s|ing)?|fought|send(?:s|ing)?|sent|turn(?:s|ed|ing)?|give(?:s|n)?"
    r"|giving|gave|get(?:s|ting)?|got|set(?:s|ting)?|hold(?:s|ing)?|held|draw(?:s|n|ing)?|drew"
    r"|look(?:s|ed|ing)?|pay(?:s|ing)?|paid|wound|wind(?:s|ing)?|claw(?:s|ed|ing)?"
    r"|track(?:s|ed|ing)?|row(?:s|ed|ing)?|dial(?:s|led|ling)?)\s+$"
)
# Asking another to take the step: "urged Hungary and Turkey to ratify", "called on Ankara to".
_URGED_TO_RX = re.compile(
    r"\b(?:urg(?:ed|es|ing)|press(?:ed|es|ing)|call(?:ed|s|ing) on|ask(?:ed|s|ing)|persuad\w+"
    r"|convinc\w+|appeal(?:ed|s|ing) to|encourag(?:ed|es|ing)|expect(?:ed|s|ing)"
    r"|count(?:ed|s|ing) on|rel(?:y|ies|ied|ying) on)\s+"
    r"(?:[\w’'-]+\s+){1,5}?to\s+(?:(?:complete|finish|conclude|speed up|wrap up|start|begin)\s+"
    r"(?:its|their|the)\s+)?$"
)  # "The EU expects Austria to agree": Austria's own position is not told
_BEFORE_IT_BACKS_RX = re.compile(
    r"\bbefore (?:it|they|he|she|we|the government|the country) (?:would |will |can |could )?"
    r"(?:gives?|lends?|offers?|throws?|extends?) (?:its|their|his|her|our) (?:full |final |formal "
    r")?$",
    re.I,
)
# "pressed for all three candidates to be invited together"
_TO_BE_STEP_RX = re.compile(
    r"\s+(?:[\w-]+\s+){0,5}?to (?:also |now |quickly |soon |finally |immediately )?"
    r"(?:be (?:invited|admitted|given|granted|offered)\b|"
    # "had pushed hard for the EU to restart the talks": the institution's step itself
    r"(?:start|open|restart|reopen|begin|launch|invite|admit) )"
)
_SUBORDINATE_RX = re.compile(r"\b(?:once|after|when|since|before|until|as|because)\b")


# The step named as the cue's object ("lobbied for invitations" in a sentence that also names
# the MAP its subjects are in; "pressed for a MAP") decides which question the cue is about.
_SPACES_RX = re.compile(r"\s+")
_WORD_RX = re.compile(r"[\w’'-]+")
_ENDING_WORDS_RX = re.compile(r"\b(?:conclud|clos|complet|finish|wrap|end)\w*")


def _object_step(low: str, end: int, limit: int) -> tuple[str, int] | None:
    """The step (`frames.STEP_WORD_RX`, or the verb "invite") named within the three words
    after a cue, and where."""
    pos = end
    for _ in range(4):
        ws = _SPACES_RX.match(low, pos, limit)
        if ws is None:
            return None
        m = STEP_WORD_RX.match(low, ws.end(), limit)
        if m is not None:
            return m.lastgroup or "", m.start()
        w = _WORD_RX.match(low, ws.end(), limit)
        if w is None:
            return None
        if w.group() == "invite":
            return "invite", w.start()
        pos = w.end()
    return None


# The institution named in a cue's object ("negative stance on Ukraine's NATO membership, but
# promised not to block its path to the EU": NATO's membership, whatever the frame says).
_OBJECT_INSTITUTION_RX = re.compile(
    r"\s+(?:on|regarding|about|towards?|over|to|for) (?:[\w’'-]+ ){0,2}?(nato|eu|european union)"
    r"(?:’s|'s)? (?:membership|accession|bid)\b"
)


def _step_of_object(
    low: str, questions: list[str], end: int, e: int, frame_pos: int = -1
) -> list[str]:
    im = _OBJECT_INSTITUTION_RX.match(low, end, min(e, end + 60))
    if im is not None and questions:
        inst = "NATO" if im.group(1) == "nato" else "EU"
        if questions[0].split(":", 1)[0] != inst:
            action = questions[0].split(":")[1]
            # (a step the other institution has not: its membership, "admit")
            if (inst, action) in (("NATO", "open_talks"), ("EU", "map"), ("EU", "invite")):
                action = "admit"
            questions = list(
                dict.fromkeys(f"{inst}:{action}:{q.rsplit(':', 1)[1]}" for q in questions)
            )
    found = _object_step(low, end, min(e, end + 50))
    if found is None or not questions or found[1] == frame_pos:
        return questions  # the frame read these very words already
    kind, at = found
    if kind == "talks" and _ENDING_WORDS_RX.search(low, end, at):
        return questions  # "hopes to conclude its membership negotiations": admission
    action = STEP_ACTION[kind]
    inst = questions[0].split(":", 1)[0]
    if action == "open_talks" and inst != "EU":
        return questions  # NATO's accession talks follow the invitation: leave them be
    return list(dict.fromkeys(f"{inst}:{action}:{q.rsplit(':', 1)[1]}" for q in questions))


def _subordinate(text: str, s: int, cue: int) -> bool:
    """The cue's comma phrase is a time clause ("joined in April, once Turkey had approved
    its membership"): background to the main clause, whose candidate it need not share."""
    return search(_SUBORDINATE_RX, text, max(s, text.rfind(",", s, cue)), cue) is not None


def _speakers_before(state: DocState, s: int, cue: int, outsiders: set[str]) -> list[str]:
    """The outsider who says it ("Russia's foreign minister said Sweden's application was a
    mistake"): an outsider state or office-holder before the speech verb before the cue."""
    verbs = list(SAID_RX.finditer(state.text, s, cue))
    if not verbs:
        # "Before Russia invaded Ukraine, it was demanding guarantees that ...": the pronoun
        # after a fronted clause that names one outsider is that outsider
        found = list(_FRONTED_PRONOUN_RX.finditer(state.text, s, cue))
        if not found:
            return []
        pm = found[-1]
        fronted = {
            iso
            for m in mentions_in(state, s, pm.start())
            if not m.place and (iso := holder_iso(state, m)) and iso in outsiders
        }
        return sorted(fronted) if len(fronted) == 1 else []
    end = verbs[-1].start()
    isos = [
        holder_iso(state, m)
        for m in mentions_in(state, s, end)
        if not m.place and holder_iso(state, m) in outsiders
    ]
    return list(dict.fromkeys(i for i in isos if i))


_FRONTED_PRONOUN_RX = re.compile(r", (?:it|he|she|they) (?=(?:has |had |was |is |were |are )?\w)")
# "while" opens a contrast, except where it tells how long a condition lasts ("unwilling
# while the war continued, arguing ... only once the fighting had ended")
_COND_CLAUSE_RX = re.compile(r"; |,? while (?!the (?:war|fighting|conflict)\b)|,? whereas ")
_LOOSE_CLAUSE_RX = re.compile(r",? but |; |,? while |,? whereas |, and ")


def _loose_ok(state: DocState, cue: Cue, f: dict[str, Any], s: int, e: int) -> bool:
    """In a sentence that names the story's decision but no candidate, a cue counts when the
    decision word is in its clause and, if after it, close ("pushed for a firm commitment" on
    membership), not when the cue has an object of its own ("support for more air defence
    while the accession process goes on")."""
    pos = f.get("pos", -1)
    a, b = clause_span(state.text, s, e, cue.start(), _LOOSE_CLAUSE_RX)
    if a <= pos < b and (pos < cue.start() or pos - cue.end() <= 60):
        return True
    # or its object is a word of the decision's vocabulary ("pushed for a firm commitment")
    return _PLEDGE_RX.match(lowered(state), cue.end(), min(b, cue.end() + 40)) is not None


_PLEDGE_RX = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:commitment|pledge|promise|timeline|"
    r"timetable|date|signal|path|roadmap|decision|step|guarantee|language|wording|offer|"
    r"invitation|membership|accession|admission|inclusion|candidacy|entry)s?\b"
)
_FOR_RX = re.compile(r"\s+(?:(?:hard|hardest|strongly|long)\s+)?(?:for|on behalf of)\s+(?:the\s+)?")
_THE_RX = re.compile(r" (?:the )?")


def _for_candidate(state: DocState, pos: int, e: int, cands: set[str]) -> bool:
    """ "had been lobbying for Romania": pressing for a candidate by name is pressing for
    its step (the pluperfect push is the news, as for "pushed for its membership")."""
    fm = _FOR_RX.match(state.text, pos, e)
    if fm is None and state.text.endswith("for", 0, pos):
        fm = _THE_RX.match(state.text, pos, e)  # the cue holds "for": "pressing hard for"
    if fm is None:
        return False
    after = mentions_in(state, fm.end(), min(e, fm.end() + 1))
    return bool(after) and after[0].type == "state" and after[0].country_iso3 in cands


_NOUN_OF_RX = re.compile(r"\bof\s+$")
# "will not stand in the way of the other allies": a promise about others' policy, not the step
_OTHERS_AFTER_RX = re.compile(
    r"\s+of\s+(?:the\s+)?(?:other\s+|fellow\s+)?(?:allies|members|member states|others|partners|"
    r"governments)\b"
)
# A reservation after "but" that asks for something: the promise is conditional.
_WANTS_RX = re.compile(r"\b(?:wants?|demands?|insists?|expects?|needs?|asks?|requires?|first)\b")
# A promise not to oppose ("would not stand in the way", "will not block"), unlike a present
# denial ("does not oppose"), which shows nothing.
_PROMISED_NOT_RX = re.compile(r"\b(?:will|would|shall) not\s+$|\b(?:won|wouldn)[’']t\s+$", re.I)
_DOUBLE_NEG_RX = re.compile(
    r"(?:\b(?:not|never)|(?<=\w)n[’']t)\s+(?:\w+\s+)?(?:refus\w+|declin\w+|fail\w*) to"
    r"\s+(?:\w+\s+)?$",
    re.I,
)


def _negated(pre: str) -> bool:
    """A negation right before the cue; "did not refuse to ratify" cancels out."""
    return (
        search(NEG_RX, pre) is not None
        and _DOUBLE_NEG_RX.search(pre) is None
        and _OVERCOME_RX.search(pre) is None
    )


# A change that ends an opposition told before it ("lifted its veto"), not a consent given
# ("those who give their approval"): the latest position.
_ENDED_OPPOSITION: tuple[str, ...] = ("veto", "objection", "opposition", "blockade")
_ENDED_OPPOSITION += ("reservation", "resistance", "no longer")
# "could not overcome Austrian objections", "failed to resolve Greece's veto": the negation is
# of getting past the opposition, which stands
_OVERCOME_RX = re.compile(
    r"\b(?:overcome|resolve|break|lift|remove|bridge|ease|settle|defuse|get round|get around)"
    r"\s+(?:[\w’'-]+\s+)?$"
)


_IN_YEAR_RX = re.compile(
    # "on 15 February 2016"; "In December 2008 Slovenia blocked" opens the sentence
    r"\b(?:[Ii]n|at the|during the|[Oo]n|[Bb]y) (?:[\w-]+,? ){0,2}?((?:19|20)\d\d)\b"
)


_FRONTED_YEAR_RX = re.compile(r"\s*(?:In|Back in|By) (?:[\w-]+ ){0,2}?((?:19|20)\d\d),")
_THAT_MONTH_RX = re.compile(
    r"\bthat (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|year|spring|summer|autumn|winter)\b"
)


_YEARS_BEFORE_RX = re.compile(r"\b(?:" + YEARS_BEFORE + r")\b")


def _dated_past(state: DocState, s: int, e: int, a: int, b: int, hostile: bool = True) -> bool:
    """The cue's comma-delimited phrase dates it to a year before the article's (`hostile`:
    also when told relative to the story, "last year")."""
    pub = state.published
    text = state.text
    if pub is None:
        return False
    lo = max(text.rfind(",", s, a), s)
    hi = min([i for i in (text.find(",", b, e), text.find(";", b, e)) if i >= 0] or [e])
    fy = _FRONTED_YEAR_RX.match(text, s)
    if fy is not None and int(fy.group(1)) < pub.year:
        return True  # "In 2008, Greece vetoed Skopje's invitation": the whole sentence
    if text.find("that ", lo, hi) >= 0 and _THAT_MONTH_RX.search(text, lo, hi):
        return True  # "blocked the framework that November": a month of a year told before
    if (
        hostile
        and text.find("year", lo, hi) >= 0
        and _YEARS_BEFORE_RX.search(lowered(state), lo, hi)
    ):
        # "Turkey threatened last year to block ...": a hostility told as a year old is
        # background, as one dated "in 1997" is (backing so dated was tried: as many real
        # annotations keep it as drop it)
        return True
    if not has_digit(text[lo:hi]):
        return False
    return any(int(m.group(1)) < pub.year for m in _IN_YEAR_RX.finditer(text, lo, hi))


def _as_admit(q: str) -> str:
    inst, _, cand = q.split(":")
    return f"{inst}:admit:{cand}"


def _named_holder(state: DocState, iso: str, s: int, cue: int) -> bool:
    """The holder is named before the cue in its sentence (not found through "it")."""
    return any(
        m.country_iso3 == iso and not m.place and s <= m.start < cue
        for m in mentions_by_sentence(state)[state.sentence_of(s)]
    )


def _others_only(questions: list[str], iso: str) -> bool:
    """The cue's object is narrowed to other candidates than the holder."""
    return bool(questions) and all(q.rsplit(":", 1)[1] != iso for q in questions)


# "Germany has taken a similar line", "Paris followed suit": the holder shares the stances of
# the last holder reported in the three sentences before.
_SAME_KEYS = (
    "sided with",
    "sides with",
    "weight behind",
    "similar line",
    "same line",
    "followed suit",
    "similar position",
    "same position",
    "the same",
    "did so",
    "does so",
    "done so",
)
_SAME_RX = re.compile(
    r"(?:(?:taken|took|takes|take|adopted|adopts|holds|held|has) (?:a |the )?(?:very )?"
    r"(?:similar|same) (?:line|position|stance|view)|followed suit|follow(?:s|ed)? suit|"
    r"(?:did|does|do|done|doing) the same(?! (?:day|week|month|year|thing to))|"
    r"(?:did|does|done) so too|"
    # "Turkey ratified it in January, and Hungary did so last week"
    r"(?:did|does|has done|had done) so(?! (?:far|much|many|because|in order))|"
    # siding with a state named after the cue ("Britain sided with the Americans")
    r"(?P<ally>(?:sided|sides|siding) with|(?:threw|throws|thrown|throwing) (?:its|their) "
    r"(?:full )?weight behind (?:the )?[\w-]+ (?:push|proposal|position|line|stance|camp)))\b"
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
        if m is None or search(NEG_RX, text, max(s, m.start() - 30), m.start()):
            continue
        # also earlier in the same sentence ("voted for it, days after Hungary did the same")
        prior = [h for h in hits if h[0] < m.start() and state.sentence_of(h[0]) >= si - 3]
        if m.group("ally") is not None:
            # "France sided with Greece", "threw their weight behind the French push": the
            # position of the state named after the cue
            ally = next(
                (
                    x.country_iso3
                    for x in mentions_in(state, m.start(), min(e, m.end() + 30))
                    if x.type == "state" and x.country_iso3
                ),
                None,
            )
            prior = [h for h in hits if h[1] == ally and h[0] < s]
        if not prior:
            continue
        told = [h[0] for h in prior if h[0] >= s]
        if m.group().endswith(" so") and not told:
            continue  # "did so" takes up a verb of its own sentence, not an older position
        last = max(prior)[1]
        begin = s
        if told:
            # "Turkey ratified Sweden's admission and Hungary followed suit": the clause of the
            # cue, not the one that told the position (whose object is no holder)
            cut = max(low.rfind(c, s, m.start()) for c in (" and ", ", ", "; "))
            if cut > max(told):
                begin = cut + 1
        holders = [h for h in subjects(state, begin, m.start()) if h != last]
        for iso in holders:
            for _, who, q, pol in sorted(prior):
                if who != last or (iso, q) in seen:
                    continue
                seen.add((iso, q))
                out.append(_item(iso, q, pol, text, s, e, m.group()))


def _outsiders(state: DocState, res: Any, f: dict[str, Any]) -> set[str]:
    """States of the sentence outside the institution on the date and not its candidates."""
    mem = members(res, f["institution"], state.published)
    isos = {m.country_iso3 for m in mentions_by_sentence(state)[f["sentence"]]}
    return {i for i in isos if i and i not in mem and i not in f["candidates"]} | (OUTSIDERS & isos)


# After a change cue in a sentence that names no decision: an object of its own ("lifted
# its veto on the aid package") makes it about something else; a date does not.
_OTHER_OBJECT_RX = re.compile(
    r"\s+(?:on|to|over|against|of|for)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d|the (?:eve|day|morning|evening|night|weekend)"
    # a channel, not another decision: "welcomed the vote on Twitter"
    r"|x\b|twitter|facebook|telegram|instagram|social media|(?:his|her|its|their) (?:[\w-]+ )?"
    r"(?:blog|website|account|channel)|(?:state |national |public )?(?:television|tv|radio)"
    # a beneficiary, not another decision: "a success for the whole of Europe"
    r"|(?:the whole of |all of )?(?:europe|the region|the country|the nation|the people|the "
    r"alliance|the union|the eu|nato|both|all|everyone|us)\b))"
)


def _governs(state: DocState, cue: Cue, f: dict[str, Any]) -> bool:
    """In a sentence that names the decision but no candidate, a cue counts only when the
    decision follows it closely in the same clause ("advocates of opening talks", "backs the
    enlargement"), not when it is about something else ("support for its army")."""
    pos = f.get("pos", -1)
    if pos < cue.start() or pos - cue.end() > 30:
        return False
    if pos < cue.end():
        return True  # the cue names the step itself: "against opening the negotiations"
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
    cued = sentences_with(state, _CHANGE_KEYS + REACTION_KEYS) - {
        f["sentence"] for f in state.frames
    }
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


# A sentence that names no decision but a candidate right after a stance verb ("the
# Netherlands and Denmark also stood in the way of Tirana", "Paris blocked Skopje") is about
# that candidate's question in the story.
# Only verbs of opposition: "supported Kyiv", "backed Ukraine" are as often about aid.
_OBJECT_VERB_RX = re.compile(
    r"(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|st(?:and|ands|ood|anding) in the way of|"
    r"h(?:eld|old|olds|olding) up|h(?:eld|old|olds|olding) back|oppos(?:e|es|ed|ing))"
    r" (?:the )?(?:[\w-]+ )?$"
    # pressing to take the candidate in ("had been lobbying for Romania", "led a drive to
    # include Slovenia"): membership is what one lobbies to include a state in
    r"|(?:(?:lobb(?:y|ies|ied|ying)|press(?:ed|es|ing)?) (?:hard |hardest |strongly )?for|"
    r"(?:drive|push|campaign|effort)s? to include|recruit\w* support for) $"
)
_OBJECT_VERB_KEYS: tuple[str, ...] = ("block", "veto", "in the way", "held", "hold", "oppos")
_OBJECT_VERB_KEYS += ("lobb", "include", "recruit", "press")


def _object_frames(state: DocState, res: Any, main: list[str]) -> list[dict[str, Any]]:
    if not main:
        return []
    framed = {f["sentence"] for f in state.frames}
    by_cand: dict[str, list[str]] = {}
    for q in main:
        by_cand.setdefault(q.rsplit(":", 1)[1], []).append(q)
    inst, action, _ = main[0].split(":")
    low = lowered(state)
    out: list[dict[str, Any]] = []
    for si, ms in enumerate(mentions_by_sentence(state)):
        if si in framed:
            continue
        for m in ms:
            if m.place or m.type != "state" or not m.country_iso3:
                continue
            if state.text.startswith(("'s", "’s"), m.end):
                continue  # "blocked Ukraine's aid": the object is something of the candidate
            a = max(state.sentences[si][0], m.start - 40)
            if not any(k in low[a : m.start] for k in _OBJECT_VERB_KEYS):
                continue
            if _OBJECT_VERB_RX.search(low, a, m.start) is None:
                continue
            if m.country_iso3 not in by_cand:
                # another aspirant of the same round ("France had been lobbying for Romania"
                # in a story on inviting three others): the story's decision, for it
                if m.country_iso3 in NEVER_CANDIDATES or m.country_iso3 in members(
                    res, inst, state.published
                ):
                    continue
                by_cand[m.country_iso3] = [f"{inst}:{action}:{m.country_iso3}"]
            qs = by_cand[m.country_iso3]
            if any(o["sentence"] == si and o["candidates"] == [m.country_iso3] for o in out):
                continue
            # "France lobbied for Romania, while Italy pressed for Slovenia": a frame for each,
            # its cues read in the clause that names it (see `_loose_ok`)
            q_inst, q_action, _ = qs[0].split(":")
            out.append(
                {
                    "sentence": si,
                    "institution": q_inst,
                    "action": q_action,
                    "pos": m.start,
                    "candidates": [m.country_iso3],
                    "questions": qs,
                    "implicit": True,
                }
            )
    return out


# A stance verb whose object refers back ("Orban is threatening to veto this", "Hungary has
# vowed to block the move"): the decision of the sentence before.
_ANAPHOR_OBJECT_RX = re.compile(
    r"\b(?:veto\w*|block\w*|oppos\w+|reject\w*|resist\w*|back\w*|support\w*|endors\w+)\s+"
    r"(?:this|it|that|the move|the decision|the step|such a move|such a step|the plan|the "
    r"proposal|the idea)\b(?!\s+(?:is|was|would|will|could)\b)"
)
_ANAPHOR_KEYS = ("veto", "block", "oppos", "reject", "resist", "back", "support", "endors")


def _anaphor_frames(state: DocState) -> list[dict[str, Any]]:
    """The frame of the sentence before, for a sentence with none of its own whose stance
    verb's object refers back to it ("European leaders will discuss starting accession talks
    with Ukraine and Moldova. Orban is threatening to veto this.")."""
    if not state.frames:
        return []
    named = {f["sentence"]: f for f in state.frames if not f.get("implicit")}
    framed = {f["sentence"] for f in state.frames}
    low = lowered(state)
    out: list[dict[str, Any]] = []
    for si in sorted(sentences_with(state, _ANAPHOR_KEYS)):
        before = named.get(si - 1)
        if before is None or si in framed:
            continue
        s, e = state.sentences[si]
        am = _ANAPHOR_OBJECT_RX.search(low, s, e)
        if am is not None:
            out.append({**before, "sentence": si, "pos": am.start()})
    return out


def _outsider_frames(state: DocState, main: list[str]) -> list[dict[str, Any]]:
    """Sentences where an outsider (Russia) shows hostility without naming the decision
    ("Russia has made its hostility plain", "Moscow called it a provocation") speak of the
    article's main questions; only outsider and oppose cues are read there."""
    framed = {f["sentence"] for f in state.frames}
    if not main:
        return []
    # an outsider's hostility is to the candidates' membership, whichever step the story is
    # about ("Moscow's response was scornful" as allies debate an invitation)
    inst = main[0].split(":", 1)[0]
    cands = list(dict.fromkeys(q.rsplit(":", 1)[1] for q in main if q.startswith(inst + ":")))
    out = []
    for si, ms in enumerate(mentions_by_sentence(state)):
        if si in framed or not any(m.country_iso3 in OUTSIDERS and not m.place for m in ms):
            continue
        # "see no need for the alliance to take in the Baltic states": the candidates the
        # sentence names, when it names some of the story's
        s, e = state.sentences[si]
        named = {m.country_iso3 for m in ms + group_mentions(state, s, e) if not m.place}
        own = [c for c in cands if c in named] or cands
        out.append(
            {
                "sentence": si,
                "institution": inst,
                "action": "admit",
                "candidates": own,
                "questions": [f"{inst}:admit:{c}" for c in own],
                "outsider": True,
            }
        )
    return out


# Displeasure cues (`stance_cues._OUTSIDER`): the one who feels it holds the opposition.
_FEELINGS = (
    "anger",
    "angry",
    "alarm",
    "worr",
    "concern",
    "unhappy",
    "displeas",
    "not please",
    "n’t please",
    "n't please",
    "irk",
    "dismay",
    "uneas",
    "nervous",
    "furious",
    "irritat",
    "upset",
)
_FORECAST_RX = re.compile(
    r"\b(?:would|could|might|may|will|to|risks?|risked|risking|for fear of|without)\s+"
    r"(?:\w+ly\s+|not\s+)?$"
)
_TOPIC_PREPOSITIONS = (" about", " over", " at", " regarding", " with", " of")
_FELT_BY_RX = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?$")  # "angered (the leaders in) Moscow"
_FEELS_RX = re.compile(
    r"(?:[’']s\s+(?:[\w-]+\s+)?)?\s+(?:is|was|are|were|has been|have been|had been|remains?"
    r"|remained|seems?|seemed|appears?|appeared|became|becomes?|grew|grows|got|gets)\s+"
    r"(?:[\w-]+\s+){0,3}?$"
)  # "the Kremlin is much more concerned", "Russia's leadership was alarmed"


def _experiencers(state: DocState, s: int, e: int, cue: Cue) -> set[str]:
    """States that feel the displeasure: the object right after the cue ("does not please
    Russia", "alarms Moscow") or the subject of a copula before it ("the Kremlin is
    concerned"), not a state that causes it ("Russia's war alarmed Finland")."""
    text = state.text
    out = set()
    for m in mentions_in(state, s, e):
        if not m.country_iso3 or m.place:
            continue
        after = (
            m.start >= cue.end()
            and m.start - cue.end() <= 25
            # "concerns about Russian aggression": after a preposition, the cause, not the one
            # who feels it
            and not (cue.group() or "").endswith(_TOPIC_PREPOSITIONS)
        )
        if (after and _FELT_BY_RX.match(text[cue.end() : m.start])) or (
            m.end <= cue.start()
            and cue.start() - m.end <= 60
            and _FEELS_RX.match(text, m.end, cue.start())
        ):
            out.add(m.country_iso3)
    return out


# Verbs whose passive with a to-infinitive has the acted-upon as subject ("X will be allowed
# to open talks", "Y is expected to apply", "Z was urged to ratify").
_DIRECTED = ("allow", "permit", "expect", "urg", "ask", "invit", "encourag", "press", "push")
_OPEN_ADJ_RX = re.compile(
    r"\s+(?:disputes?|questions?|issues?|letters?|borders?|conflicts?|wounds?|secrets?"
    r"|hostilities|fire|debates?|dialogue|season|markets?|skies|society|access|contempt"
    r"|defiance|rebellion|revolt|criticism|warfare)\b"
)
_SPOKEN = ("warn", "critic", "condemn", "mock", "ridicul", "denounc")
_WAR_NUMBER_RX = re.compile(r"\s*(?:ii|i|one|two|1|2)\b")
_HISTORY_BEFORE = ("since ", "after ", "before ", "during ", "end of ", "of the ", "in ")
_ASIDE_RX = re.compile(r", (?:who|which) [^,;]{1,120},")


def _not_the_agent(state: DocState, s: int, e: int, iso: str, cue: Cue, spoken: bool) -> bool:
    """Every mention of `iso` in the sentence tells of someone else: it sits in a relative
    clause set off by commas, or in a quote, that does not hold the cue ("Orban, who has
    forged close ties with Russia, said the criticism ..."), or, for a spoken hostility
    ("warning that Georgia will lose its independence to Russia"), after the cue and not as
    its agent ("by Russia", "from Moscow")."""
    text = state.text
    spans = [
        m.span() for m in _ASIDE_RX.finditer(text, s, e) if not m.start() <= cue.start() < m.end()
    ] + [  # the words of a quote the cue is not in ('"... leads to Russia," she warned')
        (q["start"], q["end"])
        for q in state.quotes
        if s <= q["start"] < e and not q["start"] <= cue.start() < q["end"]
    ]
    ms = [m for m in mentions_in(state, s, e) if m.country_iso3 == iso]
    if not ms:
        return False
    for m in ms:
        if any(a <= m.start < b for a, b in spans):
            continue
        if spoken and m.start >= cue.end() and not text.endswith(("by ", "from "), 0, m.start):
            continue
        return False
    return True


_ALTERNATIVE_KEYS = (
    "rather than",
    "instead of",
    "short of",
    "in place of",
    "alternative",
    "partnership",
)
_ALTERNATIVE_RX = re.compile(
    r"\b(?:rather than|instead of|short of|in place of|as an alternative to) (?:full |eu |nato )?"
    r"membership\b|\b(?:privileged|special|lesser) partnership\b"
)
_BUT_REQUIRES_RX = re.compile(
    r",? but (?:that |said that |added that |insisted that )?(?P<who>[^.;]{0,90}?)\b(?:had to"
    r"|have to|has to|must|would have to|will have to|needs? to|should first)\b"
)


def _but_requires(state: DocState, low: str, a: int, e: int, cands: set[str]) -> bool:
    """A support followed by ", but" and a demand on the candidate ("..., but that full
    membership would mean Ankara had to give full compliance")."""
    m = _BUT_REQUIRES_RX.search(low, a, e)
    if m is None:
        return False
    if _CANDIDATE_WORD_RX.match(m.group("who")):
        return True  # "..., but that the neighbour ... must meet EU entry requirements"
    return any(mt.country_iso3 in cands for mt in mentions_in(state, m.start("who"), m.end("who")))


# The candidate told by a word for it, first in the clause of the demand.
_CANDIDATE_WORD_RX = re.compile(
    r"(?:it|they|the (?:neighbou?r|country|candidate|applicant|aspirant)|its (?:neighbou?r|"
    r"government))\b"
)


_BOWED_TO_RX = re.compile(
    r"\b(?:bow(?:ed|s)?|gave in|give[sn]? in|yield(?:ed|s)?|cav(?:ed|es) in|succumb(?:ed|s)?)"
    r" to (?:[\w’'-]+ ){0,2}$"
)
# "allow Turkey and the Turkish parliament to recognize Cyprus": an infinitive after the
# object that is no step of membership
_ALLOW_OTHER_RX = re.compile(
    # the first infinitive after the object ("allow Ukraine to join the EU unless measures are
    # put in place to restrict ...": "join" is the step, whatever infinitive follows it)
    r"(?:(?! to )[^.;]){1,60} to (?!(?:join|become|open|start|begin|launch|accede|enter|apply"
    r"|be admitted|be invited|proceed|move|go|sign|ratify)\b)[a-z]+\b"
)
_EXPECTATION_OTHER_RX = re.compile(
    r"\s+that (?![^.;]{0,60}?\b(?:join|become|be admitted|be invited|accede|enter)\b)"
)
_FROZEN_AFTER_RX = re.compile(r"\b(?:frozen|freez\w*|froze|suspend\w*|halt\w*)\b")
_NOT_UNCONDITIONAL_RX = re.compile(
    r"[^.;]{0,80}?\b(?:has|have|had|is|was|were|are)?\s*(?:never|not)\s+(?:been\s+)?unconditional"
)
_POSSESSOR_BEFORE_RX = re.compile(r"\b(?:its|their|his|her|[A-Z][\w-]+['’]s) $")
_HOPES_OVER_RX = re.compile(
    r"[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:now\s+|effectively\s+|all but\s+|probably\s+)?"
    r"(?:over|dead|finished|gone|doomed|unrealistic|illusory|an illusion)\b"
)
_REPORTED_AFTER_RX = re.compile(r"\s+(?:[\w-]+\s+)?(?:reported|reports|said|says|told|wrote)\b")
_BUT_AGAIN_RX = re.compile(
    r"\bbut\b[^.;]{0,150}?\b(?:restat|renew|reasser|reimpos|reinstat|resum|revers)\w*"
    r" (?:its |their |his |her )?(?:opposition|veto|objections?|block\w*)"
)
_DESPITE_RX = re.compile(r"\b(?:despite|in spite of|notwithstanding)\b[^.;]{0,80}$")
_NO_MANDATE_RX = re.compile(
    r"\b(?:no|not (?:have|had|has|get|got) (?:a |the |any )?|without (?:a |the |any )?"
    r"|lack(?:s|ed)? (?:a |the |any )?)mandate to (?:\w+ )?$"
)
_PRESSURE_AIM_RX = re.compile(r"[^.;,]{0,40}?\b(?:to|for)\b")
_DELAY_OBJECT_RX = re.compile(
    r"\s+(?:(?:a|an|the|some|more|further)\s+)?(?:later (?:date|start|time)|delay|postponement"
    r"|more time|slower (?:pace|process)|(?:a )?(?:pause|wait))\b"
)
_MADE_TO_WAIT_RX = re.compile(
    r"\b(?:should|must|has to|have to|had to|will have to|would have to|needs? to|needed to"
    r"|told to|asked to|forced to|made to|ought to|can|could)\s+(?:\w+\s+)?$",
    re.I,
)
_DIRECTED_TO_RX = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:allowed|permitted|expected|urged|"
    r"asked|invited|encouraged|pressed|pushed)\s+to\s+(?:\w+\s+)?$",
    re.I,
)
_PURPOSE_FOR_RX = re.compile(
    r"\b(?:conditions?|criteria|requirements?|ready|eligible|date|green light|permission|"
    r"decision|door|path|road|way|timetable|deadline|reforms?)\s+(?:for|to)\s+$",
    re.I,
)
# The infinitive after an invitation's or permission's object: the step offered, not taken.
_INVITED_TO_RX = re.compile(
    r"\b(?:invit|allow|permit|urg|ask|encourag|told|press)\w*\b[^.;]{0,80}? to $"
    # "before the Commission recommends opening talks": another's recommendation
    r"|\brecommend(?:s|ed|ing)? (?:the )?$",
    re.I,
)
# A passive auxiliary right before a participle cue (an adverb or "not" between).
_PASSIVE_RX = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+|not\s+)?$")


_PRAISE = ("welcom", "hail", "prais", "applaud", "celebrat")


def _in_name(text: str, s: int, pos: int) -> bool:
    """A cue word capitalised inside a sentence, right after another capitalised word, is part
    of a name ("Georgian Dream party"), not a word of stance."""
    if pos <= s or not text[pos].isupper():
        return False
    before = text[max(s, pos - 30) : pos].rstrip()
    if not before or before[-1] in "\"“‘'(:—–-":
        return False
    last = before.rsplit(None, 1)[-1]
    if not (last[:1].isupper() and last[-1:].isalpha()):
        return False
    # not in a headline set in title case ("Amid Alliance Strains And Russian Opposition")
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    words = text[line_start : line_end if line_end >= 0 else len(text)].split()
    return sum(w[:1].isupper() for w in words) * 2 <= len(words)


_ORIGINALLY_RX = re.compile(r"\b(?:originally|initially|at first)\b[^.;:]{0,60}$", re.I)
_ONCE_RX = re.compile(
    r"\bhad (?:once|previously|earlier|initially|originally|at first)\s+(?:\w+\s+to\s+)?$"
)
# The modal that made a cue hypothetical, when a condition after it makes it a threat.
_MODAL_RX = re.compile(
    r"\b(?:could|might|must|would)(?: still| then| not| never|n[’']t)?\s+(?:\w+\s+){0,2}$"
)
_RESISTED_PRESSURE_RX = re.compile(
    r"\b(?:" + "|".join(PRESSURE_RESISTERS) + ")" + PRESSURE_RESISTED + r"\b[^.;]*$"
)
_DASHED_RX = re.compile(
    r"\b(?:dash\w*|crush\w*|shatter\w*|douse[ds]?|dousing)\s+(?:\w+\s+)?$", re.I
)
_NO_BEFORE_RX = re.compile(r"\b(?:[Nn]o|without|[Nn]either|nor)\s+(?:\w+\s+)?$")
_LACK_OF_RX = re.compile(
    r"\b(?:[Ll]ack|[Aa]bsence) of (?:public |popular |broad |sufficient |enough |any )?$"
)
# Help named right after a hostile cue: "opposed providing military aid", "blocked the
# funding", "against sending weapons".
_AID_OBJECT_RX = re.compile(
    r" (?:(?:providing|sending|giving|supplying|delivering|extending|granting|the|any|more|further"
    r"|new) )?(?:[\w-]+ (?:and )?){0,4}?(?:aid|weapons|arms|funding|funds|loans?|money|ammunition"
    r"|troops|sanctions)\b"
)
# The step held to be a threat: "is a direct threat to", "sees it as a threat", "the threat
# posed by enlargement".
_THREAT_AS_RX = re.compile(
    r"\b(?:[Aa]n?|as|as an?)\s+(?:(?:direct|serious|real|grave|major|big|clear|existential|"
    r"military|security|strategic|potential)\s+){0,2}$"
)
_THREAT_BY_RX = re.compile(r" (?:posed by|from (?:nato|the alliance|the west|enlargement|expan))")
# A possessed decision right before the cue: "Finland's decision to seek", "Kyiv's bid to".
_POSSESSED_DECISION_RX = re.compile(
    r"(?:['’]s) (?:decision|bid|move|plan|intention|attempt|wish|desire|ambition|efforts?|push"
    r"|drive|request|application) to $"
)
# The subject of a relative clause right before a cue: "a step that Kyiv hailed".
# ("said that Ukraine should not" is no relative clause: "that" must follow a noun of the step)
_REL_SUBJECT_RX = re.compile(
    r"(?:, which|\b(?:step|move|decision|plan|proposal|deal|offer|compromise|bid|request|invitation"
    r"|outcome|agreement|declaration|wording|text|status) (?:that|which)) "
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:\w+ly\s+)?$"
)
# A group of others as the subject right before a cue inside a quote ("three states refused",
# "some members are blocking"): the speaker reports them, it is not the speaker's position.
_THIRD_GROUP_RX = re.compile(
    r"\b(?:two|three|four|five|several|some|a few|a number of|a handful of|many|other|certain)"
    r" (?:[\w-]+ )?(?:states|members|member states|countries|governments|allies|capitals|nations)"
    r" (?:\w+ ){0,2}$"
)
# A cue inside a relative clause on a country's public ("Austria, where four out of five
# people are against", "in Georgia, where most voters back"): no government's position.
_PUBLIC_CLAUSE_RX = re.compile(
    r", where [^,;]*?\b(?:people|voters|citizens|the public|public opinion|polls?|residents|"
    r"\d+ ?(?:%|per ?cent)|out of (?:five|four|ten|three))\b[^,;]*$"
)
# "polls in several member states show a majority against": the public's view, measured (on
# the lower-cased text, tried only where one of `_POLL_KEYS` stands: most cues have none)
_POLL_RX = re.compile(
    r"\b(?:polls?|surveys?|opinion|voters|citizens|electorates?|populations?)\b[^;]{0,110}?\b"
    r"(?:shows?|showed|found|finds|suggests?|suggested|says?|said|indicat(?:e|es|ed)"
    r"|predict(?:s|ed)?)\b[^.;]{0,30}$"
)
_POLL_KEYS = ("poll", "survey", "opinion", "voter", "citizen", "electorat", "populati")


def _public_view(text: str, low: str, a: int, b: int) -> bool:
    """The cue is the public's, not a government's: a where-clause on a country's people, or
    polls that show it."""
    if ", where" in text[a:b] and _PUBLIC_CLAUSE_RX.search(text, a, b):
        return True
    seg = low[a:b]
    return any(k in seg for k in _POLL_KEYS) and _POLL_RX.search(low, a, b) is not None


_EXPECT_BACKING_RX = re.compile(
    r"\w*\s+(?:(?:our|their|his|her|its|your|any|the|[\w-]+(?:['’]s)?)\s+)?(?:support|backing"
    r"|approval|blessing|consent)\b"
)
# ("can count on Danish support" asserts it: not here)
_EXPECTED_RX = re.compile(r"\b(?:expect|expects|expected|expecting)\s+(?:\w+\s+)?$")
_WHO_BEFORE_CUE_RX = re.compile(
    r"(?:, who|,? which|(?P<bare> who)) (?:has |had |have )?(?:[a-z]+ly |long |also |still )?$"
)
_DEMAND_RX = re.compile(r"\b(?:must|should|ha(?:s|ve) to|needs? to|will have to|would have to)\b")
_BARE_WHO_VERBS = ("oppos", "support", "back", "block", "reject", "resist", "favo", "veto")
# Nouns of a position that an adjective or possessive names the holder of ("Turkish support",
# "Ankara's backing", "Hungary's veto").
_OWNED_NOUNS: tuple[str, ...] = ("support", "backing", "approval", "blessing", "consent")
# ... and of opposition: "could not overcome Austrian objections", "over Dutch resistance"
_OWNED_NOUNS += ("objection", "opposition", "resistance", "reservations", "veto", "blockade")
# Support received, not given: "receive the backing of", "won the support of", "needs the
# consent of" (the subject is its recipient).
_GIVEN_NOUNS = ("support", "backing", "approval", "blessing", "consent", "endorsement")
_RECEIVED_RX = re.compile(
    r"\b(receiv\w*|get|gets|got|getting|win|wins|won|winning|gain\w*|secur\w*|obtain\w*|"
    r"enjoy\w*|garner\w*|need\w*|lack\w*|seek\w*|sought)\s+(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
# The owner's support denied to the subject: "should not expect", "can no longer count on".
_DENIED_RX = re.compile(
    r"(?:\b(?:not|no longer|never|cannot)|(?<=\w)n[’']t)\s+(?:\w+\s+)?(?:expect|count on|rely on"
    r"|get|receive|win|have)\b[^,;.]*$",
    re.I,
)


# A role noun whose holders the sentence names after a copula: "The main opponent of
# Georgia's membership was France", "Its strongest backers are Poland and Lithuania".
_ROLE_NOUNS = ("opponent", "supporter", "backer", "advocate", "champion", "proponent")
_COPULA_AFTER_RX = re.compile(
    r"[^,;.:]{0,80}?\b(?:was|were|is|are|remains?|remained|has been|have been|includ(?:e|es|ed))"
    r"\s+(?:(?:still|also|again|now)\s+)?"
)


_GROUP_OF_RX = re.compile(
    r"\b(?:consist(?:s|ed)? of|(?:is|are|was|were) (?:made up|composed) of|compris(?:es|ed))\s+"
)
_GROUP_NOUN_RX = re.compile(
    r"\b(?:group|camp|bloc|coalition|alliance of|countries|states|members|governments)\b"
)


_COUNTED_AGENT_RX = re.compile(
    r"(?:\w+ (?:of the )?)?(?:\d+ |[a-z]+ )?(?:[\w-]+ )?(?:member (?:states|countries|nations)|"
    r"members|allies|countries|states|parliaments|legislatures)(?: so far)?[:,—–-]\s*(?:namely\s+)?"
)
# After a ratification: others that ratified before or after it ("Canada was the first to
# ratify, followed by Denmark, and earlier this month Norway"; "became the latest to approve
# it after Canada, Estonia and Norway"; "joining Canada and Norway").
_RATIFIED_TOO_RX = re.compile(
    r"(?:, (?:followed by|joining|as did|like|after)|\b(?:the (?:latest|last|\w+th|first|"
    r"second|third) (?:[\w-]+ ){0,3}?to (?:ratify|approve|endorse)\b[^,;]*?\bafter))\s+"
    r"(?:the\s+)?"
)


_GAPPED_STEP_RX = re.compile(r",? and (?:then )?(?:the )?")
_GAP_TIME_RX = re.compile(
    r"\s+(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:week|month)|"
    r"earlier|later|a day (?:later|earlier)|the (?:day|week) (?:before|after))\b"
)
_LIST_END_RX = re.compile(r"[.;:]|, (?!and )")
_VERB_IN_LIST_RX = re.compile(
    r"\b(?:[a-z]{3,}ed|has|have|had|is|was|were|are|will|would|did|does|says?|said)\b"
)


def _ratified_too(
    state: DocState, cue: Cue, s: int, e: int, cands: set[str], ratified: bool = True
) -> list[str]:
    """The members a sentence names as having taken the step with the holder ("joining
    Canada and Norway"); after a ratification also those before it ("the latest to ratify
    after ...") and a gapped clause ("after Italy approved it, and France on Tuesday")."""
    text = state.text
    out: list[str] = []
    if ratified:
        for gm in finditer(_GAPPED_STEP_RX, text, cue.end(), e):
            after = [m for m in mentions_in(state, gm.end(), e) if m.type == "state"]
            if after and after[0].start == gm.end() and _GAP_TIME_RX.match(text, after[0].end):
                iso = holder_iso(state, after[0])
                if iso and iso not in cands and iso not in out:
                    out.append(iso)
    for rm in finditer(_RATIFIED_TOO_RX, text, max(s, cue.start() - 80), e):
        if rm.end() <= cue.start() and not text.startswith("the ", rm.start()):
            continue
        if not ratified and not rm.group().startswith((", joining", ", followed", ", as did")):
            continue  # "backed it after Canada ..." is a time, not a list of backers
        if rm.group().startswith(", followed by"):
            # "followed by Denmark, and earlier this month Norway": every member after it
            isos = [
                holder_iso(state, m)
                for m in mentions_in(state, rm.end(), e)
                if m.type == "state" and not m.place
            ]
        else:
            stop = _LIST_END_RX.search(text, rm.end(), e)
            if _VERB_IN_LIST_RX.search(text, rm.end(), stop.start() if stop else e):
                continue  # "ratified it after France lifted its veto": a clause, no list
            isos = list(_coordinated_from(state, rm.end(), e))
        out += [i for i in isos if i and i not in cands and i not in out]
    return out


def _coordinated_from(state: DocState, a: int, e: int) -> list[str]:
    """The holder states of the list that starts at `a` ("by France and the Netherlands")."""
    text = state.text
    after = [m for m in mentions_in(state, a, e) if holder_iso(state, m)]
    after = sorted(after + group_mentions(state, a, e), key=lambda m: m.start)
    if not after or text[a : after[0].start] not in ("", "the "):
        return []
    group = [after[0]]
    for m in after[1:]:
        if m.end != group[-1].end and not coordinated(text, group[-1], m):
            break
        group.append(m)
    return [iso for iso in dict.fromkeys(holder_iso(state, m) for m in group) if iso]


def _named_after_copula(state: DocState, s: int, e: int, cue: Cue) -> list[str]:
    """The states named right after the copula that follows a role noun, when no state
    speaks before it in its clause (else the noun is that state's apposition: "Germany, a
    leading supporter of the bid")."""
    text = state.text
    a = clause_begin(text, s, cue.start())
    if any(holder_iso(state, m) for m in mentions_in(state, a, cue.start())):
        return []
    cm = _COPULA_AFTER_RX.match(text, cue.end(), e)
    if cm is None:
        return []
    return _coordinated_from(state, cm.end(), e)


_LEADS_RX = re.compile(
    r"\b(?:leads?|led|leading|heads?|headed|joined|joins|is among|are among)\s+$"
)
_RANKS_RX = re.compile(
    r"(?:\s+(?:in|within|among) (?:the )?[\w-]+(?: [\w-]+)?)?,?\s+(?:whose ranks include|which "
    r"include|including|among them|include|includes|are|were)\b"
)


def _role_of_candidate(
    state: DocState, s: int, e: int, cue: Cue, cands: set[str]
) -> list[str] | None:
    """ "Turkey leads Bosnia's supporters, whose ranks include ... Spain": the candidate owns
    the role noun as its object; the holders are the clause's subject before a verb that puts
    it among them and the states the ranks are said to include. None: no candidate owns it."""
    text = state.text
    before = mentions_in(state, max(s, cue.start() - 30), cue.start())
    if not before or before[-1].country_iso3 not in cands:
        return None
    m = before[-1]
    if text[m.end : cue.start()] not in ("'s ", "’s "):
        return None
    out: list[str] = []
    if _LEADS_RX.search(text, s, m.start):
        out += [iso for iso in subjects(state, s, m.start, cands) if iso not in cands]
    rk = _RANKS_RX.match(text, cue.end(), e)
    if rk is not None:
        out += [
            iso
            for x in mentions_in(state, rk.end(), e)
            if x.type == "state" and (iso := holder_iso(state, x)) and iso not in cands
        ]
    return list(dict.fromkeys(out))


def _possessor(state: DocState, s: int, cue: int) -> str | None:
    """The state an adjective or possessive right before a noun cue names ("Turkish support",
    "Ankara's backing"), when it speaks for one."""
    before = mentions_in(state, max(s, cue - 30), cue)
    if not before:
        return None
    m = before[-1]
    if state.text[m.end : cue] not in (" ", "'s ", "’s ", "' ", "’ "):
        return None
    return holder_iso(state, m) if m.type == "state" else None


_UNCONVINCED = ("convince", "persuade", "win over")


# Pressure borne, not pressure for a step: "is facing (continuous) pressure from Russia".
_BORNE_RX = re.compile(r"\b(?:fac\w+|under|endur\w+) (?:[\w-]+ )?$")


def _holders(
    state: DocState,
    cue: Cue,
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
    if (
        word.startswith(("critic", "oppos", "resist", "veto"))
        and text.startswith(
            # also past a closing mark: "spoke of "strong opposition" from Berlin"
            (" from ", "\u201d from ", '" from '),
            cue.end(),
        )
        # "due to the strong objections of France, the Netherlands and Denmark" (not "an
        # objection from Romania", often one since overcome)
        or word.startswith(("objection", "opposition"))
        and text.startswith(" of ", cue.end())
        # "following a veto by France": the agent after "by" (an objection or a block told
        # so is often one since overcome: "a last-minute objection from Romania threatened")
        or word.startswith("veto")
        and text.startswith(" by ", cue.end())
    ):
        # "despite fierce opposition from Russia": the state after "from" holds it, and those
        # listed with it ("resistance from some members, including France and the Netherlands")
        after = [
            m for m in mentions_in(state, cue.end(), min(e, cue.end() + 60)) if holder_iso(state, m)
        ]
        if not after or (
            after[0].start > cue.end() + 20
            and not _INCLUDING_RX.search(text, cue.end(), after[0].start)
        ):
            return []
        group = [after[0]]
        for m in after[1:]:
            if not coordinated(text, group[-1], m) or _REPORTED_AFTER_RX.match(text, m.end):
                break  # "opposition from Moscow, the France press reported": the source
            group.append(m)
        return [
            (iso, "oppose") for iso in dict.fromkeys(holder_iso(state, m) for m in group) if iso
        ]
    if word.endswith(_UNCONVINCED):
        # "failed to convince France, Germany, Spain or the Netherlands": the states not
        # convinced, named right after the verb, hold the opposition ("or" after the negation
        # lists them all)
        after = [m for m in mentions_in(state, cue.end(), e) if holder_iso(state, m)]
        if not after or text[cue.end() : after[0].start] not in (" ", " the "):
            return []
        group = [after[0]]
        for m in after[1:]:
            if text[group[-1].end : m.start] not in COORDINATORS_OR:
                break
            group.append(m)
        return [
            (iso, "oppose") for iso in dict.fromkeys(holder_iso(state, m) for m in group) if iso
        ]
    if word.startswith("pressure") or word.startswith("demand"):
        if _DEMANDED_AGAINST_RX.match(state.text, cue.end(), min(e, cue.end() + 80)):
            return []  # "demands that NATO deny membership": the cue after it tells the side
        if word.startswith("pressure") and _BORNE_RX.search(lowered(state), s, cue.start()):
            return []  # "Ukraine is facing continuous pressure from Russia": pressure borne
        after = mentions_in(state, cue.end(), min(e, cue.end() + 40))
        before = [
            m
            for m in mentions_in(state, s, cue.start())
            if m.end > cue.start() - 12 and m.type == "state"
        ]
        # the one pressing follows "from / by" ("pressure from Washington"); a state after
        # "for", "that" or "on" is what is demanded or who is pressed ("the demand for a
        # guarantee that Ukraine won't be offered membership")
        by_whom = word.endswith(("from", " by", " of"))  # the cue holds it: "pressure from"
        after = [m for m in after[:1] if by_whom or _BY_WHOM_RX.match(text, cue.end(), m.start)]
        # "accepted a Bulgarian demand to insert a reference to the minority": a demand made
        # of the candidate, not for the step, is its holder's condition
        made_of = word.startswith("demand") and (
            _DEMAND_ON_RX.match(text, cue.end(), min(e, cue.end() + 12)) is not None
            and _STEP_NAMED_RX.search(lowered(state), cue.end(), min(e, cue.end() + 70)) is None
        )
        for m in after + before[-1:]:
            iso = holder_iso(state, m)
            if iso:
                out.append((iso, "conditional" if made_of else "support"))
        resister = re.search(
            r"\b(?:withst\w+|resist\w*|rebuff\w*|reject\w*)\s+(?:\w+\s+)?$", text[s : cue.start()]
        )
        if resister:
            for iso in subjects(state, s, s + resister.start()):
                out.append((iso, "oppose"))
        return out
    if word.startswith("at ") and word.endswith(("insistence", "behest")):
        # "At British and Dutch insistence": the states named inside the phrase
        inside = [m for m in mentions_in(state, cue.start(), cue.end()) if holder_iso(state, m)]
        return [(iso, None) for iso in dict.fromkeys(holder_iso(state, m) for m in inside) if iso]
    if word.startswith("if "):
        # "Finland and Sweden must stop supporting terror groups if they want to join NATO,
        # Cavusoglu said": the one who sets the demand, never the candidate it is made of
        if not _DEMAND_RX.search(text, s, e):
            return []
        return [(iso, None) for iso in _judges(state, s, e, cue, set(frame["candidates"]))]
    if word.startswith("in ") and "interest" in word:
        # "membership is in Slovenia's interest": the state whose interest it is ("in our
        # interest" is the speaker's, in a quote only)
        inside = [m for m in mentions_in(state, cue.start(), cue.end()) if holder_iso(state, m)]
        if inside:
            return [(holder_iso(state, inside[0]) or "", None)]
        if quote_at(state, cue.start()) is None:
            return []
    if word.startswith(_ROLE_NOUNS):
        backers = _role_of_candidate(state, s, e, cue, set(frame["candidates"]))
        if backers is not None:
            return [(iso, None) for iso in backers]
        if text.endswith(("'s ", "’s "), s, cue.start()):
            return []  # "Bosnia's supporters say ...": another's backers, no state's view
    if word.startswith(_GIVEN_NOUNS) and (
        rv := _RECEIVED_RX.search(text, max(s, cue.start() - 40), cue.start())
    ):
        # "won the support of France and Germany": the subject receives it, the states named
        # right after "of"/"from" give it ("needs the backing of" is not yet given); with no
        # giver named, the recipient's own pursuit is read as before
        given = [
            m for m in mentions_in(state, cue.end(), min(e, cue.end() + 40)) if holder_iso(state, m)
        ]
        if given and text.startswith((" of ", " from "), cue.end()):
            if given[0].start > cue.end() + 10:
                return []  # "the backing of all current 16 members of NATO": no state named
            if rv.group(1).lower().startswith(("need", "lack", "seek", "sought")):
                return []
            run = [given[0]]
            for m in given[1:]:
                if not coordinated(text, run[-1], m):
                    break
                run.append(m)
            return [(iso, None) for iso in dict.fromkeys(holder_iso(state, m) for m in run) if iso]
    owner = (
        _possessor(state, s, cue.start())
        if word.startswith(_OWNED_NOUNS) and not word.startswith(_ROLE_NOUNS)
        else None
    )
    if owner is not None:
        # "Sweden should not expect Turkish support": the support is Turkey's, whoever the
        # clause's subject is; denied to the subject, it is withheld
        denied = _DENIED_RX.search(text, max(s, cue.start() - 60), cue.start())
        if not denied and _EXPECTED_RX.search(text, max(s, cue.start() - 30), cue.start()):
            return []  # "then expect our support": another's hope says nothing of the owner's
        return [(owner, "oppose" if denied else None)]
    pd = _POSSESSED_DECISION_RX.search(text, max(s, cue.start() - 60), cue.start())
    if pd is not None:
        # "Finland's decision to seek NATO membership": the possessor's step, whoever speaks
        # of it ("the Kremlin said that ... was a threat")
        owner = _possessor(state, s, pd.start() + 3)
        if owner is not None:
            return [(owner, None)]
    rs = _REL_SUBJECT_RX.search(text, max(s, cue.start() - 40), cue.start())
    if rs is not None:
        # "a step that Kyiv hailed", "a plan which Hungary opposes": the relative clause's
        # own subject, not the main clause's
        inner = [m for m in mentions_in(state, rs.start(), cue.start()) if holder_iso(state, m)]
        if inner:
            return [(holder_iso(state, inner[-1]) or "", None)]
    wm = _WHO_BEFORE_CUE_RX.search(text, max(s, cue.start() - 40), cue.start())
    if wm is not None and wm.group("bare") and not word.startswith(_BARE_WHO_VERBS):
        wm = None  # "France and Germany who oppose it", not "those who ..." of other verbs
    if wm is not None:
        # "a U-turn by Recep Tayyip Erdogan, who has blocked the bid": the person named
        # right before "who", not the main clause's subject
        before = mentions_in(state, max(s, wm.start() - 80), wm.start())
        if before and before[-1].end == wm.start() and holder_iso(state, before[-1]):
            # "France and Germany, which oppose its accession": the whole list before it
            group = [before[-1]]
            for m in reversed(before[:-1]):
                if m.type != "state" or group[0].type != "state":
                    break
                if not coordinated(text, m, group[0]):
                    break
                group.insert(0, m)
            isos = dict.fromkeys(holder_iso(state, m) for m in group)
            return [(iso, None) for iso in isos if iso]
    rel = _REL_GROUP_RX.search(text, max(s, cue.start() - 60), cue.start())
    if rel is not None:
        listed = _listed_before(state, s, rel.start())
        if listed:
            return [(iso, None) for iso in listed]
    if word.startswith(_JUDGEMENT) and cue.kind == "opp":
        cands = set(frame["candidates"])
        judges = _judges(state, s, e, cue, cands)
        if (
            not judges
            and word.endswith(("not ready", "n't ready", "n’t ready"))
            and _STEP_AFTER_READY_RX.match(text, cue.end())
        ):
            # "France is not ready to open talks with Albania": a member's own refusal, its
            # subject the holder (a candidate "not ready to start talks" is judged by others)
            judges = [iso for iso in subjects(state, s, cue.start(), cands) if iso not in cands]
        return [(iso, None) for iso in judges]
    if _INSTITUTION_MODAL_RX.search(text, max(s, cue.start() - 50), cue.start()) or (
        word.startswith(("should", "must", "ought"))
        and _INSTITUTION_BEFORE_RX.search(text, max(s, cue.start() - 30), cue.start())
    ):
        # "The EU should end accession talks with Turkey, the Austrian chancellor said": a
        # demand made of the institution is the speaker's position (a candidate's too:
        # "Kyiv says NATO should invite it")
        judges = _judges(state, s, e, cue, set())
        if judges:
            return [(iso, None) for iso in judges]
    if word.startswith("should"):
        # "Austria insisted that Bosnia should be given the green light": whoever says it
        judges = _judges(state, s, e, cue, set(frame["candidates"]))
        if judges:
            return [(iso, None) for iso in judges]
    if word.startswith(("deserv", "earn", *_MET)):
        # "Austria argued that Croatia deserved to start talks": the speaker's view; a
        # candidate saying it of itself falls through to the usual subject ("met the
        # conditions" is never the candidate's own: someone judges it, or no one)
        if word.startswith(_MET) and _CONDITION_BEFORE_RX.search(
            text, max(s, cue.start() - 40), cue.start()
        ):
            return []  # "only once it met the criteria": a condition, not a judgement
        judges = _judges(state, s, e, cue, set(frame["candidates"]))
        if judges or word.startswith(_MET):
            return [(iso, None) for iso in judges]
    by = PASSIVE_BY_RX.match(text, cue.end())
    if by:
        agents = _coordinated_from(state, by.end(), e)
        if agents and word.startswith(("back", "support")):
            backed = mentions_in(state, clause_begin(text, s, cue.start()), cue.start())
            if any(
                holder_iso(state, m) and m.country_iso3 not in frame["candidates"] for m in backed
            ):
                return []  # "Italy, backed by Greece, blocked the talks": Greece backs Italy
        if not agents:
            # "confirmed by seven of the 28 members: Iceland, Slovenia, ...": the list after
            # the counted agent
            colon = _COUNTED_AGENT_RX.match(text, by.end(), e)
            if colon is not None:
                agents = _coordinated_from(state, colon.end(), e)
        if agents:
            return [(iso, None) for iso in agents]
        if word.endswith("ed"):
            return []  # "Italy and Spain, backed by several smaller countries": the agent
            # is unnamed, and the subject is what was backed, not who backs
    if (
        word.endswith("ed")
        and not word.startswith("oppos")
        and (not text.startswith(" to ", cue.end()) or word.startswith(_DIRECTED))
        and _PASSIVE_RX.search(text, max(s, cue.start() - 25), cue.start())
    ):
        # "were welcomed into NATO" with no agent: the subject is its object; so is the
        # subject of "will be allowed to begin talks", "is expected to apply" (someone else
        # permits or expects it), unlike "is committed to" or "was prepared to"
        return []
    q = quote_at(state, cue.start())
    if q is not None:
        speaker = state.entities.get(q.get("speaker_key") or "", {})
        if speaker.get("role_kind") == "secretary_general":
            return []  # the alliance's official speaks for no member state
        if q.get("speaker_iso3") and q.get("speaker_key"):
            inner = [
                m
                for m in mentions_in(state, q["start"], cue.start())
                if m.type == "state" and not m.place
            ]
            inner = [m for m in inner if m.country_iso3 not in frame["candidates"]]
            if word in ("safer", "stronger"):
                inner = []  # '"NATO, Europe and the United States will be safer when Georgia
                # joins," he said': who is safer is not who says so
            if inner and not FIRST_PERSON_RX.search(text[inner[-1].end : cue.start()]):
                iso = holder_iso(state, inner[-1])
                return [(iso, None)] if iso else []
            if _THIRD_GROUP_RX.search(text, max(q["start"], cue.start() - 40), cue.start()):
                return []  # '"… because three states refused to invite …"': others' act
            listed = _listed_speakers(state, q)
            if len(listed) <= 1:
                joint = _leaders_of(state, s, q["start"], set(frame["candidates"]))
                if len(joint) > 1 and set(listed) <= set(joint):
                    listed = joint  # "the heads of state of A, B and C said they "...""
            return [(iso, None) for iso in listed]
        iso = _national_source(state, q, s, e)
        if iso:
            return [(iso, None)]
        # 'the heads of state of Poland, the Czech Republic and Estonia said they "firmly
        # stand behind" it': the states whose leaders speak together
        return [(i, None) for i in _leaders_of(state, s, q["start"], set(frame["candidates"]))]
    before = mentions_in(state, s, cue.start())
    if (
        before
        and before[-1].type == "organization"
        and holder_iso(state, before[-1]) is None
        and text.endswith(("the ", "The "), 0, before[-1].start)
        and _ADJACENT_RX.fullmatch(text, before[-1].end, cue.start())
    ):
        return []  # "before the Commission recommends": the organisation's act, not a state's
    if word.startswith(_ROLE_NOUNS):
        named = _named_after_copula(state, s, e, cue)
        if named:
            return [(iso, None) for iso in named]
    subj = subjects(state, s, cue.start(), None if own else set(frame["candidates"]), own)
    if not subj and len(frame["candidates"]) > 1:
        low = lowered(state)
        plural = word_search(PLURAL_RX, low, max(s, cue.start() - 60), cue.start())
        if plural is not None and not mentions_in(state, plural.end(), cue.start()):
            # "All three governments want to be members": the candidates the phrase stands for
            return [(c, None) for c in frame["candidates"]]
    if not subj and not own:
        gm = _GROUP_OF_RX.search(text, cue.end(), e)
        if gm is not None and _GROUP_NOUN_RX.search(text, s, cue.start()):
            # "The other group, which asked for conditions, consists of Britain, the
            # Netherlands and Italy": the states the group is made of
            listed = _coordinated_from(state, gm.end(), e)
            if listed:
                return [(iso, None) for iso in listed]
        counted = _counted_group(state, s, cue.start())
        if counted:
            return [(iso, None) for iso in counted]
        iso = pronoun_holder(state, s, cue.start(), set(frame["candidates"]))
        return [(iso, None)] if iso else []
    return [(iso, None) for iso in subj]


# "The presidents of nine NATO members said that they ...": the list of nine states the
# story gives in the sentence before or after (a joint statement "signed by A, B, ... and I").
_COUNTED_HOLDER_RX = re.compile(
    r"\b(?:presidents|leaders|heads of (?:state|government)|prime ministers|foreign ministers|"
    r"governments) of (?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) "
)


def _counted_group(state: DocState, s: int, cue: int) -> list[str]:
    cm = _COUNTED_HOLDER_RX.search(lowered(state), s, cue)
    if cm is None:
        return []
    word = cm.group("n")
    n = int(word) if word.isdigit() else NUMBER_WORDS[word]
    si = state.sentence_of(s)
    text = state.text
    for sj in (si + 1, si - 1, si + 2):
        if not 0 <= sj < len(state.sentences):
            continue
        a, b = state.sentences[sj]
        run: list[Mention] = []
        for m in mentions_in(state, a, b):
            if m.type != "state" or m.place or not m.country_iso3:
                continue
            if run and not coordinated(text, run[-1], m):
                if len(run) == n:
                    break
                run = []
            run.append(m)
        if len(run) == n:
            return list(dict.fromkeys(m.country_iso3 or "" for m in run))
    return []


# "Albania, Croatia and Macedonia, three countries that hope to join": the relative clause's
# subject is the list its noun stands for, not the sentence's subject.
_REL_GROUP_RX = re.compile(
    r"(?:countries|states|nations|candidates|aspirants|applicants|neighbou?rs) (?:that|which|"
    r"who) (?:[\w-]+ )?$"
)
_APPOSED_RX = re.compile(r",\s+(?:(?:the|both|all|two|three|four|five|six|seven|other)\s+)*$")


def _listed_before(state: DocState, s: int, rel: int) -> list[str]:
    """The states listed right before the noun of a relative clause, in apposition."""
    text = state.text
    ms = [m for m in mentions_in(state, s, rel) if m.type == "state" and not m.place]
    if not ms or not _APPOSED_RX.fullmatch(text, ms[-1].end, rel):
        return []
    group = [ms[-1]]
    for prev in reversed(ms[:-1]):
        if not coordinated(text, prev, group[-1]):
            break
        group.append(prev)
    return list(dict.fromkeys(m.country_iso3 for m in reversed(group) if m.country_iso3))


# A judgement on the candidate ("neither country was ready", "nowhere near ready"): its
# grammatical subject is the candidate, its holder whoever says or holds it.
_STEP_AFTER_READY_RX = re.compile(r" to (?:start|open|begin|launch|invite|admit|ratify) ")
_JUDGEMENT = (
    "unprepared",
    "unrealistic",
    "unfeasible",
    "not ",
    "nowhere",
    "far from",
    "very far",
    "neither",
    "should not",
    "must not",
    "has no place",
    "had no place",
    "have no place",
    "does not belong",
    "do not belong",
    # the contracted forms ("shouldn't join", "doesn't belong")
    "shouldn",
    "mustn",
    "doesn",
    "don",
    "isn",
    "aren",
    "wasn",
    "weren",
)
_JUDGED_BY_RX = re.compile(
    r"\b(?:is|was|are|were|being)\s+(?:widely\s+|still\s+)?(?:seen|regarded|considered|viewed|"
    r"judged|deemed)\s+by\s+(?=[^.;]*?\bas\b)"
)
_JUDGE_RX = re.compile(
    r"\b(?:considered|considers|consider|regarded|regards|deemed|deems|saw|sees|"
    r"said|says|say|told|telling|tells|added|adding|warned|argued|arguing|argues|insisted|"
    r"insisting|insists|saying|believes?|believed|considers?|considered|judged?|thinks?|"
    r"thought|concluded|stressed|stressing|made clear|making clear|wrote|writing|declared|"
    r"demanded|demands|demanding)\b"
)


_ADJACENT_RX = re.compile(r"\s+(?:(?:has|have|had|will|would|also|then|now|formally|\w+ly)\s+)*")
_MET = ("met ", "meet")  # the judgement "(had) met the conditions", "do not meet NATO's criteria"
_JUDGED = (*_JUDGEMENT, "deserv", "earn", *_MET)
_INCLUDING_RX = re.compile(r"\b(?:including|such as|notably|among them|led by)\s+$")
# The institution or its members as a body: "NATO", "the EU", "NATO member countries", "the
# allies", "EU foreign ministers".
_INSTITUTION = (
    r"\b(?:(?:the )?(?:european union|eu|nato|alliance|bloc|union)(?:['’]s)?"
    r"(?:\s+(?:member\s+(?:states|countries|governments)|members|allies|leaders|governments"
    r"|(?:foreign|defen[cs]e)\s+ministers))?|the\s+allies|(?:all\s+)?(?:the\s+)?member\s+states)"
)
_INSTITUTION_MODAL_RX = re.compile(
    _INSTITUTION + r"\s+(?:should|must|ought to|needs? to|has to)\s+"
    r"(?:(?:now|also|immediately|finally|\w+ly)\s+)?$",
    re.I,
)
_INSTITUTION_BEFORE_RX = re.compile(_INSTITUTION + r"\s+$", re.I)
_CONDITION_BEFORE_RX = re.compile(r"\b(?:once|if|until|unless|when|after|before)\b[^,;]{0,30}$")
_SUBJECT_GAP_RX = re.compile(
    r"\s+(?:(?:was|is|were|are|has|had|have|still|also|really|now|surely)\s+)*"
)


def _judged_subject(state: DocState, questions: list[str], s: int, cue: int) -> list[str]:
    """A judgement is about the candidate that is its subject ("Croatia deserved to start
    talks at the same time as Turkey" is about Croatia)."""
    by_cand = {q.rsplit(":", 1)[1]: q for q in questions}
    before = [m for m in mentions_in(state, s, cue) if m.country_iso3 in by_cand and not m.place]
    if not before or not _SUBJECT_GAP_RX.fullmatch(state.text, before[-1].end, cue):
        return questions
    group = [before[-1]]  # with those listed with it ("Georgia and Ukraine were not ready")
    for prev in reversed(before[:-1]):
        if not coordinated(state.text, prev, group[-1]):
            break
        group.append(prev)
    isos = {m.country_iso3 for m in group}
    return [q for q in questions if q.rsplit(":", 1)[1] in isos]


def _named_before(state: DocState, questions: list[str], s: int, cue: int) -> list[str]:
    by_cand = {q.rsplit(":", 1)[1]: q for q in questions}
    before = [m for m in mentions_in(state, s, cue) if m.country_iso3 in by_cand and not m.place]
    return [by_cand[before[-1].country_iso3 or ""]] if before else questions


def _judges(state: DocState, s: int, e: int, cue: Cue, cands: set[str]) -> list[str]:
    """Who holds a judgement on a candidate: the subject of the reporting verb before it
    ("Kouchner was blunter, telling reporters that neither country was ready"), else the
    speaker of a trailing attribution ("..., Hungary's foreign minister said"). A quote's
    speaker is found the usual way."""
    q = quote_at(state, cue.start())
    if q is not None:
        iso = q.get("speaker_iso3")
        return [iso] if iso and iso not in cands else []
    text = state.text
    pb = _JUDGED_BY_RX.search(text, s, cue.start())
    if pb is not None:
        # "Bosnia is seen by Germany, France -- and, to a lesser degree, Britain -- as
        # unprepared": the agents of the passive judge
        found = [
            iso
            for m in mentions_in(state, pb.end(), cue.start())
            if m.type == "state" and (iso := holder_iso(state, m)) and iso not in cands
        ]
        if found:
            return list(dict.fromkeys(found))
    verbs = list(_JUDGE_RX.finditer(text, s, cue.start()))
    if verbs:
        found = subjects(state, s, verbs[-1].start(), cands)
        return [iso for iso in found if iso not in cands]
    after = _JUDGE_RX.search(text, cue.end(), e)
    if after is None:
        return []
    comma = text.rfind(",", cue.end(), after.start())
    if comma < 0:
        return []
    isos = [holder_iso(state, m) for m in mentions_in(state, comma, after.start()) if not m.place]
    return [iso for iso in dict.fromkeys(isos) if iso and iso not in cands][:1]


def _listed_speakers(state: DocState, q: dict[str, Any]) -> list[str]:
    """A quote said by a list of states ("the presidents of Poland, Romania and Slovakia
    said they '...'") speaks for every state of the list, not only the one nearest."""
    who = q.get("_who")
    if who is None or who.type != "state":
        return [q["speaker_iso3"]]
    ms = [m for m in mentions_by_sentence(state)[who.sentence] if m.type == "state"]
    if who not in ms:
        return [q["speaker_iso3"]]
    i = j = ms.index(who)
    while i > 0 and coordinated(state.text, ms[i - 1], ms[i]):
        i -= 1
    while j + 1 < len(ms) and coordinated(state.text, ms[j], ms[j + 1]):
        j += 1
    return list(dict.fromkeys(m.country_iso3 for m in ms[i : j + 1] if m.country_iso3))


_SOURCE_RX = re.compile(
    r"(?:’s|'s)?\s+(?:government |foreign ministry |defen[cs]e ministry )?(?:officials?|"
    r"diplomats?|sources?|government|spokes(?:man|woman|person)|negotiators?|ministry)\b",
    re.I,
)


_LEADERS_OF_RX = re.compile(
    r"\b(?:heads? of (?:state|government)|leaders|presidents|prime ministers|foreign ministers|"
    r"defen[cs]e ministers|governments) of\s+$",
    re.I,
)


def _leaders_of(state: DocState, s: int, o: int, cands: set[str]) -> list[str]:
    """The states listed after "the leaders of" before a quote, when a speech verb follows
    the list."""
    text = state.text
    ms = [m for m in mentions_in(state, s, o) if m.type == "state" and not m.place]
    for i, m in enumerate(ms):
        if not _LEADERS_OF_RX.search(text, max(s, m.start - 30), m.start):
            continue
        group = [m]
        for n in ms[i + 1 :]:
            gap = text[group[-1].end : n.start]
            if gap not in (", ", " and ", ", and ", ", the ", " and the ", ", and the "):
                break
            group.append(n)
        if SAID_RX.search(text, group[-1].end, o):
            return [g.country_iso3 for g in group if g.country_iso3 and g.country_iso3 not in cands]
    return []


def _national_source(state: DocState, q: dict[str, Any], s: int, e: int) -> str | None:
    """A quote whose speaker is unnamed but national ("a senior Turkish official said") speaks
    for that state; one state only, and never an alliance source ("a NATO diplomat")."""
    isos = {
        m.country_iso3
        for m in mentions_in(state, s, e)
        if not q["start"] <= m.start < q["end"]
        and m.type == "state"
        and m.form == "demonym"
        and _SOURCE_RX.match(state.text, m.end)
    }
    return isos.pop() if len(isos) == 1 else None


_CLAUSE_RX = re.compile(r",? but |; |, while |, whereas ")


def clause_bounds(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause of a sentence around `pos` (split at "but", ";", "while")."""
    return clause_span(text, s, e, pos, _CLAUSE_RX)


def _clause_questions(state: DocState, f: dict[str, Any], s: int, e: int, pos: int) -> list[str]:
    a, b = clause_bounds(state.text, s, e, pos)
    named = {m.country_iso3 for m in mentions_in(state, a, b) if m.type == "state"}
    scoped = [q for q in f["questions"] if q.rsplit(":", 1)[1] in named]
    return scoped or f["questions"]


# Clause ends for the object of a decision: besides "but", ";" and "while", a new clause
# after ", and", "though" or "as" ("vetoed X's invitation, and Y and Z were invited").
_TARGET_CLAUSE_RX = re.compile(
    r",? but |; |,? while |,? whereas |,? (?:al)?though |, and |, as |, with | as long as "
    # a concession: "allows it to join even if Sweden's bid remains held up"
    r"| even if | even though |, leaving "
)
_EITHER_RX = re.compile(
    r"\b(?:either|both|neither) (?:country|countries|candidate|candidates|of them|bid|bids)\b|"
    r"\bthe two (?:countries|candidates|bids)\b"
)
# Only list words between two candidates named together ("Albania, Croatia and Macedonia").
_COORD_RX = re.compile(r"(?:\s|,|’s|'s|and\b|or\b|as well as\b|the\b)*")  # "Finland's and Sweden's"


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
        for m in mentions_in(state, s, e)
        if m.type == "state" and m.country_iso3 in by_cand and not m.place
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
    after = [m for m in ms if cue < m.start < b]  # inside the cue too: "holds X back"
    upto = after[0].start if after else b
    if _EITHER_RX.search(state.text, cue_end, upto):
        return questions  # "refused to give the green light to either country"
    before = [m for m in ms if a <= m.start and m.end <= cue]
    if after:
        i = ms.index(after[0])
    elif before:
        i = ms.index(before[-1])
    else:
        return questions
    group = {ms[i].country_iso3}
    for j in range(i + 1, len(ms)):  # listed with it, after
        if ms[j].group and ms[j].end == ms[j - 1].end:
            group.add(ms[j].country_iso3)  # the next member of "the Baltic states"
            continue
        gap = _COORD_RX.match(text, ms[j - 1].end, ms[j].start)
        if gap is None or gap.end() != ms[j].start:
            break
        group.add(ms[j].country_iso3)
    for j in range(i - 1, -1, -1):  # and before
        if ms[j].group and ms[j].end == ms[j + 1].end:
            group.add(ms[j].country_iso3)
            continue
        gap = _COORD_RX.match(text, ms[j].end, ms[j + 1].start)
        if gap is None or gap.end() != ms[j + 1].start:
            break
        group.add(ms[j].country_iso3)
    return [q for q in questions if q.rsplit(":", 1)[1] in group]
