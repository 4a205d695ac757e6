"""The stance stage's lexicon: cue words by class (oppose, support, a candidate's own step,
an outsider's hostility, a reported change of position) and the context patterns that turn
a cue into a negation, hypothetical, past or conditional stance.

Kept apart from `stances.py` so the words can be read and extended without the logic.
"""

from __future__ import annotations

import re

from accession.nlp.scan import (
    word_finditer,
)

_SUPPORT = (
    # "warned against shutting out Ankara": the exclusion warned against is the opposition
    "".join(
        v + r" against (?:[\w’'-]+ ){0,2}?(?:shutting|locking|keeping|closing|slamming|excluding|"
        r"isolating|rejecting|turning|pushing|abandoning)|"
        for v in ("warn", "warns", "warned", "warning", "cautioned", "cautions")
    )
    # "France is open to inviting Ukraine"
    + r"open to (?:the idea of )?(?:inviting|admitting|accepting|granting|offering|opening|"
    r"starting|extending|giving)|"
    + r"support\w*|back(?:s|ed|ing)?|welcom\w+|applaud\w*|hail\w*|herald(?:s|ed|ing)?|endors\w+|"
    # ("the favourites to join": others' forecast, no one's position)
    r"favou?r(?!it)\w*|"
    r"push\w* (?:hard |strongly |first |again |also |long )?for|call\w* (?:on|for)|urg\w+|"
    # "asked Michel to start negotiations": a demand made of someone (a candidate's own "asked
    # for a MAP" is `_SELF`'s); "asking him not to start" is read as opposition by `stances`
    # (the whole phrase is the cue: a cue's class depends on its text alone, see `cues`)
    r"ask(?:s|ed|ing)? (?:[\w’'-]+ ){1,3}?(?:not )?to (?:start|open|begin|launch|invite|admit|"
    r"ratify|approve|grant|offer)|"
    r"pledg\w+|ratif\w+|confirmed(?= by )|"
    r"approv\w+|voted yes|agree(?:s|d|ing)?|champion\w*|advocat\w+|proponents?|backers?|"
    r"press\w* (?:hard |strongly |first |again |also |long )?for|seek\w*|sought|hope\w*|expect\w*|"
    r"want\w*|paving the way|important and correct|stronger|safer|welcome step|"
    r"congratulat\w+|demands?|pressure from|pressure|deserv(?:e|es|ed|ing)|"
    r"should (?:now |also |eventually |soon )?be (?:given|granted|offered|invited|admitted|"
    r"accepted|let in|taken in|opened|started|launched|begun)|"
    r"recommend\w*|"
    # "have forwarded a joint request for opening accession negotiations"
    r"requests? (?:for|to) (?:the )?(?:opening|open|start|starting|launch|launching|begin|"
    r"beginning)\b|"
    # "Croatia's membership is in Slovenia's interest": the state whose interest it is
    r"in (?:[\w’'-]+(?:’s|'s) |our |its |their |his |her |the )(?:own |national |best |vital |"
    r"strategic |security |long-term )?interests?(?! rates?)|"
    # a demand made of the institution ("NATO should invite Ukraine now, X said"), held by
    # whoever makes it (see `stances._INSTITUTION_MODAL_RX`)
    + "".join(
        v + r" (?:now |also |immediately |finally |quickly |at last )?(?:invite|open|"
        r"start|begin|launch|grant|give|offer|extend|accept|"
        # not the idiom "we must admit (that) we failed"
        r"admit(?! (?:that|we|i|it|this|they|he|she|to)\b))|"
        for v in ("should", "must", "ought to")
    )
    # "American officials have been enthusiastic about Ukraine's membership"
    + r"enthusiastic (?:about|over|for)|"
    r"allow\w*|acceptable|prepared|willing|in a position|"
    r"say(?:s|ing)? ['‘\"“]?yes|said ['‘\"“]?yes|"
    r"only (?:come|follow|happen)\w*|clear(?:ed|s) (?:the |its )?(?:accession )?(?:protocol|bill)|"
    # a parliament's vote in other words: "adopted the law on Albania's accession protocol"
    r"adopt(?:ed|s)? (?:the |a )?(?:law|bill|act) (?:on|ratifying|approving)"
    # (on the step: not "the adopted law on foreign agents")
    r"(?= (?:[\w’'-]+ ){0,4}?(?:accession|membership|protocols?|ratif\w*|treaty|joining)\b)|"
    # a promise, and standing behind a candidate ("pledged", "promised that parliament will
    # approve", "stand firmly behind")
    r"promis(?:ed|ing)|lobb(?:y|ies|ied|ying)|st(?:and\w*|ood) (?:[\w-]+ )?(?:behind|with)|"
    # "prefer to keep the door open"
    # "greeted the results warmly"
    r"greet(?:s|ed|ing)? (?:[\w’'-]+ ){0,7}?(?:warmly|with (?:delight|joy|relief|satisfaction|"
    r"enthusiasm))|"
    r"keep\w* (?:the |nato(?:’s|'s)? |the alliance(?:’s|'s) |its |the eu(?:’s|'s) )?doors? "
    r"(?:to [\w-]+ )?open|"
    # a member "ready to start talks with North Macedonia" (a candidate's own "ready" is _SELF)
    r"ready to (?:start|open|begin|launch) (?:accession |membership )?(?:talks|negotiations)|"
    # "threw its weight behind", "campaigned on Bosnia's behalf", "had earned a place"
    r"thr(?:ew|own|ow|ows|owing) (?:its|their|his|her) (?:full )?weight behind|"
    # pressing others to take the candidate in ("pressed the Europeans to take Turkey in")
    r"press(?:es|ed|ing)? (?:[\w’'-]+ ){1,4}?to (?:take|let|admit|accept|invite|bring|open|set|"
    r"put|give|grant|offer|issue|extend|send)|"
    # a speaker's judgement that the candidates qualify ("had met the conditions")
    # ("do not meet NATO's criteria", "meets all the conditions")
    + "|".join(
        v + r" (?:the |its |their |all (?:the )?|nato(?:’s|'s) |eu(?:’s|'s) |the (?:eu|alliance|"
        r"bloc)(?:’s|'s) )?(?:[\w-]+ )?(?:conditions|criteria|requirements|benchmarks)"
        for v in ("met", r"meets?")
    )
    + r"|"
    r"campaign(?:s|ed|ing)? (?:for|on (?:[\w’'-]+ )?behalf)|"
    # "fought hard for the admission of Romania and Slovenia"
    r"f(?:ought|ights?|ighting) (?:hard |long |tirelessly )?for(?= (?:the|an?|their|its) )|"
    # "At British and Dutch insistence, the summit said Iceland would have to ...": those who
    # insisted hold the condition (see `COND_CUE_RX`)
    r"at (?:the )?(?:[\w’'-]+ ){1,4}?(?:insistence|behest)|"
    # "had led a drive to include Slovenia"
    r"drives? to (?:include|admit|bring in)|pushe?s? to (?:include|admit|bring in)|"
    r"efforts? to (?:include|admit|bring in)|campaigns? to (?:include|admit|bring in)|"
    # proposing the step itself: "has proposed admitting them without a MAP"
    r"propos(?:e|es|ed|ing) (?:to )?(?:admit|invit|open|start|grant|offer|extend)\w*|"
    r"earn(?:s|ed)? (?:a |their |its |the )?(?:place|seat|right|invitation)|"
    r"vot(?:e|es|ed|ing) (?:for|in favou?r)|"
    # "voted overwhelmingly on Monday to expand NATO"
    r"vot(?:e|es|ed|ing) (?:[\w-]+ ){0,3}?to (?:expand|admit|approve|ratify|accept|endorse)|"
    # putting the protocol before parliament, the step before ratification ("would not send
    # the protocols to parliament unless ...": a refusal with a condition)
    + "|".join(
        v + r" (?:the |its |their |both )?(?:[\w’'-]+ ){0,3}?(?:protocols?|bills?|treat(?:y|ies))"
        r" (?:[\w’'-]+ ){0,4}?to (?:the )?(?:[\w-]+ )?(?:parliament|assembly|legislature|lawmakers)"
        for v in (r"sen(?:d|ds|t|ding)", r"submit(?:s|ted|ting)?", r"forward(?:s|ed|ing)?")
    )
    + "|"
    # praise of the step itself ("a historic day", "good news")
    r"historic(?:al)? (?:day|moment|step|decision|achievement|milestone|occasion)s?|"
    r"important (?:day|moment|step|milestone)s?|great day|good news|milestone|"
    # "called the entry of Germany into NATO "a decisive turning point""
    r"turning point|"
    # a step tied to a condition: conditional (see COND_CUE_RX)
    r"only (?:once|if|after|when)|tied (?:[\w’'-]+ ){0,6}?to|tying (?:[\w’'-]+ ){0,6}?to|"
    r"link(?:ed|ing) (?:[\w’'-]+ ){0,6}?to|made (?:[\w’'-]+ ){0,4}?conditional|"
    r"condition(?:ed|ing|s)? (?:[\w’'-]+ ){0,4}?on|"
    r"secur\w* (?:[\w’'-]+ ){0,4}?conditions|set(?:s|ting)? (?:[\w’'-]+ ){0,4}?conditions|"
    r"impos\w* (?:[\w’'-]+ ){0,4}?conditions|attach\w* (?:[\w’'-]+ ){0,4}?conditions|"
    r"la(?:y|id|ying)\w* (?:[\w’'-]+ ){0,4}?conditions|"
    # "would depend on it normalising relations", "must be settled before Skopje can join"
    r"depend(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?on|"
    # a demand made of the candidate: "must stop supporting terror groups if they want to join
    # NATO" (the speaker's condition; its holder: see `stances._holders`)
    r"if (?:it|they|[\w’'-]+) (?:really |still )?(?:wants?|wish(?:es)?|hopes?|intends?|is to|"
    r"are to) (?:to )?(?:join|become (?:a )?(?:full )?members?|be admitted|enter)|"
    r"before (?:[\w’'-]+ ){1,5}?(?:can|could|may|will) (?:join|open|start|begin|be invited|"
    r"be admitted|ratify|approve|progress|proceed|advance|move forward|continue)"
)
# Ending talks under way ("suspend accession talks", "broke off the negotiations"): the verbs
# and the talks they end, read by the opposition cues and by `stances` (a candidate ending its
# own talks opposes them).
END_TALKS_VERBS = (
    r"halt\w*",
    r"suspend\w*",
    r"freez\w*",
    r"froze\w*",
    r"stop\w*",
    r"scrap\w*",
    r"terminat\w*",
    r"end(?:s|ed|ing)?",
    r"br(?:eak|oke|eaking) off",
)
END_TALKS_OBJECT = r" (?:the |its |their |all |eu |membership |accession )*(?:talks|negotiations)"
# Pressure resisted: the step pressed for is opposed ("would not bow to pressure to give the
# green light"); `stances` reads the same words to drop the step's support.
PRESSURE_RESISTERS = ("not", "never", "refused to", "refuses to", "won[’']t", "wouldn[’']t")
PRESSURE_RESISTED = r" (?:bow|bend|yield|give in|cave in|succumb) to (?:the |this |that )?pressure"
_OPPOSE = (
    # "our negative views regarding Ukraine's NATO membership"
    r"negative (?:views?|position|stance|attitude|opinion)|"
    # a people's vote against joining: "Norwegians voted against joining the Common Market"
    r"vot(?:ed|es|ing) (?:[\w-]+ ){0,2}?against (?:joining|membership|accession|entry)|"
    # "Greece is the main obstacle to North Macedonia's NATO membership": the subject
    "".join(
        v + r" (?:now |still |also )?(?:the |a |an )?(?:main |biggest |last |only |chief |key "
        r"|major |remaining |greatest )?(?:obstacle|stumbling block|roadblock|hurdle)s?|"
        for v in ("is", "was", "are", "were", "remains", "remained")
    )
    +
    # told in the passive, the agent after it: "saw reservations expressed by France" (before
    # "object\w*", which would take "objections" alone)
    "".join(
        n + r" (?:were |had been |have been |was )?(?:voiced|expressed|raised)(?= by )|"
        for n in ("reservations", "objections", "doubts")
    )
    + r"unprepared|prevent(?:s|ed|ing)? (?:[\w’'-]+ ){0,3}?from|"
    # "saying that, under present circumstances, negotiations cannot be opened"
    r"cannot (?:yet |now )?be (?:opened|started|launched|begun|invited|admitted)|"
    r"can[’']t (?:yet |now )?be (?:opened|started|launched|begun|invited|admitted)|"
    r"should(?: not|n[’']t) (?:yet |now )?be (?:opened|started|launched|begun|invited|admitted)|"
    r"must not (?:yet |now )?be (?:opened|started|launched|begun|invited|admitted)|"
    # "Germany, the Netherlands and Denmark, which sought a postponement"
    r"s(?:ought|eeks?|eeking) (?:a |an |the )?(?:[\w-]+ )?(?:postponement|delay|deferral)|"
    r"block\w*|veto\w*|oppos(?:e|es|ed|ing|ition)|object\w*|resist\w*|reject\w*|rebuff\w*|withst(?:and|ood)|"
    r"obstruct\w*|refus\w+|"
    # the step named after it: read in a sentence that names no candidate (EXPLICIT_KEYS)
    r"against (?:the )?(?:opening|starting|launching|inviting|admitting|granting|extending|"
    r"offering|start|launch)\w*|"
    r"against|hold\w* up|held up|opponents?|undercut\w*|"
    # a member's judgement that the step means war: "would be a step towards World War Three"
    r"steps? towards (?:a )?(?:world war|third world war|war with russia|nuclear war)|"
    + "".join(
        v + r" (?:a )?(?:world war|third world war|war with russia|nuclear war)|"
        for v in ("mean", "means", "meant", "lead to", "leads to", "trigger", "provoke")
    )
    # "warn against offering Ukraine the prospect of membership"
    + "".join(
        v + r" against (?:[\w’'-]+ ){0,2}?(?:offering|admitting|inviting|granting|opening|"
        r"starting|giving|extending|accepting|enlarg\w+|expan\w+)|"
        for v in ("warn", "warns", "warned", "warning", "cautioned", "cautions")
    )
    # "ruled out Ukraine's NATO membership"
    + r"rul(?:e|es|ed|ing) out|"
    r"hold\w*(?: (?!back\b)[\w-]+){1,2} back(?! to back)|"
    r"stall\w*|delay\w*|"
    r"cautious|s[ck]eptical|"
    # "voicing serious reservations about the progress", "has doubts over Albania's readiness"
    + "|".join(
        v
        + r" (?:serious |strong |grave |deep |major )?(?:reservations|doubts|concerns|misgivings) "
        r"(?:about|over|on|regarding)"
        for v in (r"voic\w*", r"express\w*", r"rais\w*", r"ha[sdv]e?")
    )
    + r"|"
    r"reluctan\w+|wary|slow-walk\w*|drag\w* (?:its|their) feet|unwilling|no appetite|"
    # "said it would not bow to pressure from other EU states to give the green light"
    + "".join(v + PRESSURE_RESISTED + "|" for v in PRESSURE_RESISTERS)
    + r"unacceptable|withh[eo]ld\w*|urg\w+ (?:patience|caution|restraint)|"
    # "premature", "took a hard line on", "in no hurry to"
    r"premature|t(?:ook|ake|akes|aking) a (?:hard|tough|firm) line|in no (?:hurry|rush)|"
    r"st(?:and|ands|ood|anding) in the way|"
    # "calls for a special membership process failed to convince France, Germany, Spain or the
    # Netherlands": those not convinced (`stances._holders` reads the object)
    + "".join(
        v + r" (?:convince|persuade|win over)|"
        for v in ("failed to", "fails to", "did not", "didn[’']t", "could not", "couldn[’']t")
    )
    # a member's judgement that the candidate is not ready ("neither country was ready for
    # the plan", "nowhere near ready to begin talks"; "not yet ready" tells timing)
    + r"not ready|isn[’']t ready|aren[’']t ready|wasn[’']t ready|weren[’']t ready|"
    r"nowhere near ready|far from ready|far from meeting|very far from meeting|"
    # "said that NATO membership for Ukraine was unrealistic": the speaker's judgement
    r"unrealistic|not realistic|not feasible|unfeasible|"
    # "Ukraine's bid should be addressed at another time": put off, not now
    + "".join(
        v + r" (?:at another time|at a later (?:date|stage|time|point)|another day)|"
        for v in ("addressed", "discussed", "considered", "decided", "dealt with", "taken up")
    )
    # "demands that NATO deny membership to Ukraine", "guarantees precluding NATO expansion",
    # "to bar Georgia from joining", "keep Ukraine out of NATO"
    + r"den(?:y|ies|ied|ying) (?:[\w’'-]+ ){0,3}?membership|"
    r"preclud\w+ (?:[\w’'-]+ ){0,2}?(?:expansion|enlargement|membership|accession)|"
    r"bar(?:s|red|ring)? (?:[\w’'-]+ ){1,3}?from joining|"
    r"keep\w* (?:[\w’'-]+ ){1,3}?out of (?:nato|the eu|the alliance|the bloc|the european union)|"
    + "".join(
        v + r"(?: not|n[’']t) (?:be allowed to )?(?:join|become)|" for v in ("should", "must")
    )
    # a demand that the institution refrain ("the EU should not open talks with Ukraine")
    + "".join(
        v + r"(?: not|n[’']t) (?:now |yet )?(?:invite|admit|open|start|begin|launch|grant|give|"
        r"offer|extend|accept)|"
        for v in ("should", "must")
    )
    + r"ha(?:s|d|ve) no place in|do(?:es)?(?: not|n[’']t) belong in|"
    r"neither (?:[\w-]+ ){0,2}?(?:was|is|were|are) ready|"
    # ending the talks under way: "called for the talks to be halted", "freeze the negotiations"
    + "|".join(v + END_TALKS_OBJECT for v in END_TALKS_VERBS)
    # freezing the step itself: "could freeze Sweden's accession"
    + r"|freez\w* (?:[\w’'-]+ ){0,3}?(?:accession|membership|bid|application|ratification"
    r"|process)"
    + r"|call\w* for (?:the |its |their )?(?:accession |membership )?(?:talks|negotiations) "
    r"(?:[\w’'-]+ ){0,4}?to be (?:halted|suspended|frozen|ended|stopped|broken off|scrapped"
    r"|terminated)"
)
# A candidate pursuing its own membership: "Moldova opened talks", "Kyiv asked for a MAP",
# "Sweden stands ready", "confident that Sweden would become a member". Counted only when
# the holder is the candidate itself (others "ask" and "open" many things).
_SELF = (
    r"ask\w*|requested|appl(?:y|ies|ied|ying)|open(?:s|ed|ing)?|start\w*|begin(?:s|ning)?|"
    r"began|ready|aim\w*|committed|bid|goal|"
    # "Macedonia's attempts to join NATO", "the two countries' push to join", "its efforts to
    # become a member": the candidate's own pursuit, named as a noun
    r"attempts? to (?:join|become|enter)|efforts? to (?:join|become|enter)|"
    r"requests? to (?:join|become|enter)|"
    # "Ukraine's strategic course to acquire full-fledged membership in the EU and NATO"
    r"course (?:to|towards?) (?:[\w-]+ ){0,3}?(?:membership|accession|integration)|"
    r"push(?:es)? to (?:join|become|enter)|drive to (?:join|become|enter)|quest to (?:join|become)|"
    + "".join(
        w + r" (?:for|towards?) (?:(?:full|nato|eu|european union) ){0,2}(?:membership|accession|"
        r"entry)|"
        for w in ("quest", "drive", r"push(?:es)?", r"efforts?")
    )
    # "a dozen states ... are keen to join", "eager to become members"
    + r"keen to (?:join|become)|eager to (?:join|become)|interested in (?:joining|becoming)|"
    # "Estonia, Latvia and Lithuania all wish to join", "the Baltic countries aspire to join"
    r"wish(?:es|ed|ing)? to (?:join|become|enter)|aspir(?:e|es|ed|ing) to (?:join|become|enter|"
    r"(?:full |eu |nato )?membership)|"
    # a people's own vote to join: "Czechs voted overwhelmingly to join the European Union",
    # "have backed joining the EU in referendums", "approved their EU membership in referendums"
    r"vot(?:ed|es|ing) (?:[\w-]+ ){0,4}?(?:to join|in favou?r of (?:joining|membership|"
    r"accession|entry))|backed joining|"
    r"approved (?:their|its) (?:eu |nato )?(?:membership|entry|accession) in (?:a |their |its )?"
    r"referend|"
    r"confident|thank\w*|ambition\w*|dream\w*|wait(?:s|ed|ing)?|choice|cho(?:se|sen|ose)|"
    r"work(?:s|ed|ing)? (?:hard )?towards?|"
    r"sign(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?(?:application|request|letter|accession treaty|"
    r"treaty of accession)s?|"
    # "Bulgaria and Romania signed their accession treaties"
    r"sign(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?accession treaties|"
    # "Finland's and Sweden's foreign ministers signed the protocol for accession", "Havel
    # signed the accession documents": the candidate's own signature; its own only ("signed
    # Sweden's accession protocol and sent it to parliament" is a member's step) and a finite
    # verb ("with the signing of accession protocols" is the members' act to come)
    r"sign(?:s|ed)? (?:(?:its|their|the) )?(?:(?:nato|eu|formal|own) ){0,2}(?:accession protocol"
    r"|protocol for accession|protocol of accession|accession document|protocol on (?:full )?"
    r"(?:nato |eu )?(?:membership|accession))s?|"
    # handing the application in ("handed in their applications", "lodged a formal request")
    + "|".join(
        v + r" (?:[\w’'-]+ ){0,2}?(?:application|request|bid)s?"
        for v in (
            r"hand(?:s|ed|ing)? (?:in|over)",
            r"hand(?:s|ed|ing)? (?:[\w’'-]+ ){0,2}?(?:government|country|own)(?:’s|'s)?",
            r"submit(?:s|ted|ting)?",
            r"lodg(?:e|es|ed|ing)",
            r"fil(?:e|es|ed|ing)",
            r"deliver(?:s|ed|ing)?",
            r"present(?:s|ed|ing)?",
        )
    )
)
# An outsider's hostility: "Russia warned ... against", "regards it as a threat", "criticised
# the enlargement", "countermeasures". Counted only for states outside the institution that
# are not candidates (a member "warning" is not opposition to a candidate).
_OUTSIDER = (
    r"threat\w*|warn\w*|criticis\w+|criticiz\w+|criticism|condemn\w*|hostil\w+|mock\w*|"
    r"ridicul\w*|"
    r"countermeasures?|doorstep|provocat\w+|retaliat\w+|mistake|respon(?:d|ds|ded|ding|se)|"
    r"world war|reciprocal|military (?:measures|response|steps)|"
    # "remains negative", "would complicate relations", "appropriate action"
    r"negative|complicat\w+ (?:relations|ties)|appropriate (?:action|measures|steps|response)|"
    r"s(?:ee|ees|aw) no need|hat(?:e|es|ed) to see|"
    # displeasure felt by the outsider, its experiencer ("does not please Russia", "angered
    # Moscow", "the Kremlin is concerned about the prospect"; see `stances._experiencers`)
    r"anger(?:ed|s|ing)?|angry|alarm(?:ed|s|ing)?|worr(?:y|ies|ied)|concern(?:ed|s)? (?:about|"
    r"over|by|at)|unhappy|displeas\w*|not please|n’t please|n't please|irk(?:ed|s|ing)?|dismay\w*|"
    r"uneas\w*|nervous|furious|irritat\w*|upset|"
    # an outsider acting "to thwart Kyiv's tilt towards the EU" (a member that "could derail"
    # talks is too often a forecast or a hypothetical to read as a position)
    r"thwart\w*|derail\w*|torpedo\w*|scupper\w*|sabotag\w*|"
    # "demanded legally binding guarantees that NATO would not admit Ukraine"
    r"guarantees? that (?:nato|the alliance|the west|the bloc) (?:would not|will not|wouldn[’']t"
    r"|won[’']t) (?:admit|expand"
    r"|accept|take in|enlarge)|"
    # "demanding legally binding guarantees that Ukraine would never be admitted"
    r"guarantees? that (?:[\w’'-]+ ){1,3}?(?:(?:would|will) (?:never|not)|wouldn[’']t|won[’']t) "
    r"(?:be admitted|"
    r"be allowed to join|join|become a member)"
)
# A reported change that ends opposition ("dropped its objection", "lifted its veto", "gave
# the green light", "signed off on"): support now, even when told in the pluperfect ("had
# lifted their objection"), since the change is the latest position reported.
_CHANGE_OBJECT = (
    r" (?:(?:its|their|his|her|the|a) (?:[\w-]+(?:’s|'s)? ){0,2}|[\w-]+(?:’s|'s) )?"
    r"(?:objections?|veto|vetoes|opposition|blockade|reservations?|resistance)"
    # "lifting Turkey's veto": the possessor's own change
)
_CHANGE = "|".join(
    [
        v + _CHANGE_OBJECT
        for v in (
            r"drop(?:s|ped|ping)?",
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
        r"no longer (?:oppos\w+|block\w*|object\w* to|stand\w* in the way of|veto\w*)",
        r"clear\w* the way",
        r"join\w* (?:the )?(?:other |fellow )?(?:allies|members|member states|partners|others)"
        r" in (?:extending|approving|backing|supporting|ratifying|endorsing|agreeing)",
    ]
)
# A member that has not made up its mind ("is still undecided", "needed more time before it
# could take a position", "keeps its options open"): FORMAT.md's `undecided`. First among the
# classes, so that "wants more time" is not read as the support cue "want".
_UNDECIDED_NOT = (
    r" (?:still )?not (?:yet )?(?:decided|made up (?:its|their|his|her) minds?|taken a "
    r"(?:position|stance|decision))"
)
_UNDECIDED = (
    r"undecided|non-?committal|on the fence|"
    + "|".join(v + _UNDECIDED_NOT for v in ("has", "have", "had"))
    # the contracted forms: "hasn't decided", "hasn't yet made up its mind"
    + "".join(
        "|" + v + r"n[’']t (?:still )?(?:yet )?(?:decided|made up (?:its|their|his|her) minds?|"
        r"taken a (?:position|stance|decision))"
        for v in ("has", "have", "had")
    )
    + r"|not yet (?:decided|made up (?:its|their|his|her) minds?|taken a (?:position|stance))|"
    r"needs? more time|needed more time|wants? more time|wanted more time|asked for more time|"
    r"requested more time|"
    r"keep\w* (?:its|their|his|her) options open|weigh\w* (?:its|their|his|her) options|"
    r"weigh\w* (?:its|their|his|her) (?:own )?(?:application|bid|position|decision)|"
    r"position (?:[\w’'-]+ ){0,3}?(?:is|was|remains|remained) (?:also |still )?(?:unresolved|"
    r"unclear|undecided)|"
    r"reserv\w* (?:its|their|his|her) position|"
    # "Greece blocked it ... Portugal abstained": in a vote on the step, neither side
    r"abstain(?:ed|s)"
)
# A candidate ending or freezing its own bid ("withdrew its application", "froze its bid",
# "no longer wishes to join"): that candidate's opposition to its own membership, the one
# non-supporting position a candidate is given on itself.
_QUIT_OBJECT = (
    r"(?: (?:its|their) (?:(?:membership|eu|nato|accession) ){0,2}(?:application|bid|candidacy)"
    # "ditches NATO membership goal", "dropped the goal of joining NATO"
    r"| (?:its |their |the )?(?:(?:nato|eu|euro-atlantic) )?(?:membership|integration) (?:goal|aim"
    r"|aspiration|ambition)s?| (?:its |their |the )?(?:goal|aim|aspiration|ambition)s? of (?:nato "
    r"|eu )?(?:membership|joining)"
    # "gives up its NATO ambitions"
    r"| (?:its |their |the )?(?:nato|eu|euro-atlantic) (?:goal|aim|aspiration|ambition|dream)s?)"
)
_QUIT = (
    "|".join(
        v + _QUIT_OBJECT
        for v in (
            r"withdr[ae]w\w*",
            r"drop(?:s|ped|ping)?",
            r"abandon\w*",
            r"ditch\w*",
            r"scrap(?:s|ped|ping)?",
            r"g(?:ive|ives|ave|iving|iven) up",
            r"froze",
            r"frozen",
            r"freez\w*",
        )
    )
    + r"|shelv\w*"
    + _QUIT_OBJECT
    + r"|no longer (?:wish\w*|want\w*|seek\w*|intend\w*) to join"
    # a state that does not seek membership at all ("is not seeking to join", "has no
    # intention of joining")
    + "".join(
        "|" + v + r" seeking (?:to join|membership)"
        for v in ("not", "isn[’']t", "aren[’']t", "wasn[’']t", "weren[’']t")
    )
    + r"|do(?:es)?(?: not|n[’']t) (?:want|wish|intend|seek|plan) to join"
    # "Serbia will never join NATO"
    + "".join("|" + v + r" never (?:join|become a member)" for v in ("will", "would", "shall"))
    + r"|ha(?:s|ve) no (?:intention|plans?) (?:of|to) (?:join|apply)\w*"
    # "We have no reason to become a member of NATO", "sees no reason to join"
    + "".join(
        "|" + v + r" no (?:reason|need|desire) to (?:join|apply|become a member)"
        for v in ("has", "have", "had", "see", "sees", "seen", "saw")
    )
    # a candidate putting off its own talks: "would not seek to open accession negotiations
    # until the end of 2028"
    + "".join(
        "|" + v + r" (?:seek|try|ask|push) to (?:open|start|begin) (?:[\w-]+ )?"
        r"(?:accession |membership )?(?:talks|negotiations)"
        for v in ("would not", "will not", "does not", "did not")
        + ("wouldn[’']t", "won[’']t", "doesn[’']t", "didn[’']t")
    )
)
_CLASSES = (
    ("quit", _QUIT),
    ("und", _UNDECIDED),
    ("opp", _OPPOSE),
    ("sup", _SUPPORT),
    ("self", _SELF),
    ("out", _OUTSIDER),
)
# A reaction to the step told without naming it ("welcomed the decision as good news",
# "Belgrade rejects the move", "called it a great day for his country"): read only in
# sentences that name no decision, where it speaks of the article's main questions.
_REACT_OBJECT = (
    r" (?:the|this|that|its|their|his|her|a|an|[\w-]+['’]s) (?:[\w’'-]+ ){0,2}?(?:decision|move|"
    r"step|vote|agreement|deal|outcome|news|application|bid|request|new member|newcomer|"
    r"invitation|approval|ratification|enlargement|expansion|accession|announcement|result|"
    r"treat(?:y|ie)|signing)s?"
)
_REACT = "|".join(
    [
        v + _REACT_OBJECT
        for v in (
            r"welcom\w*",
            r"hail\w*",
            r"prais\w*",
            r"applaud\w*",
            r"celebrat\w*",
            r"greet(?:s|ed|ing)?",
            # pleased with it: "said America was very pleased by the decision"
            *(w + r" (?:by|with|at|about)" for w in ("pleased", "delighted", "happy", "glad")),
            # pressing for it: "had pushed hardest for the move"
            r"push(?:ed|es|ing)? (?:hardest |hard |strongly )?for",
            r"press(?:ed|es|ing)? (?:hardest |hard |strongly )?for",
            r"lobb(?:ied|ies|y|ying) (?:hardest |hard |strongly )?for",
        )
    ]
    + [
        r"call(?:ed|ing) (?:it|the (?:day|decision|move|step|vote|agreement|outcome)) (?:a |an )?"
        r"(?:very |truly )?(?:historic\w*|great|good|important|major|proud|big|success\w*)",
        # "This is a great day for my country": the news told as a day for the speaker's side
        *(
            v + r" an? (?:very |truly )?(?:historic|great|good|proud|big) (?:day|moment) for "
            r"(?:my|our|his|her|their|the) (?:country|nation|people|citizens)"
            for v in ("is", "was")
        ),
    ]
)
_REJECT = "|".join(v + _REACT_OBJECT for v in (r"reject\w*", r"condemn\w*"))
# Literals every match of `_REACT` / `_REJECT` contains (the sentence prefilter).
REACTION_KEYS = (
    "welcom",
    "hail",
    "prais",
    "applaud",
    "celebrat",
    "pleased",
    "delighted",
    "happy",
    "glad",
    "called it",
    "calling it",
    "called the",
    "calling the",
    "push",
    "press",
    "lobb",
    " day for ",
    " moment for ",
    "reject",
    "condemn",
)


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
    match is the same (only alternatives with that first letter can match there). A leading
    word boundary lets the engine leave a position inside a word before it enters a bucket
    (half the time per sentence); `word_search` keeps the same matches, since it keeps only
    those at a word start, where the boundary holds (every alternative begins with a
    letter)."""
    buckets: dict[str, list[str]] = {}
    for _, source in classes:
        for alt in _alternatives(source):
            assert alt[0].isalpha(), alt  # every alternative starts with a letter
            buckets.setdefault(alt[0], []).append(alt[1:])
    body = "|".join(
        re.escape(ch) + "(?:" + "|".join(rest) + ")" for ch, rest in sorted(buckets.items())
    )
    return re.compile(rf"\b(?:{body})\b")


class Cue:
    """A cue match and its class (`und`, `opp`, `sup`, `self`, `out`, `chg`), read like a
    match."""

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
    (name, re.compile(rf"(?:{src})\b"))
    for name, src in (*_CLASSES, ("chg", _CHANGE), ("rea", _REACT), ("rej", _REJECT))
)

# A verb of support whose object is the decision itself ("welcomed the invitations", "hailed
# NATO's enlargement"): a reaction to the step the sentence names.
REACT_RX = dict(_CLASS_RX)["rea"]


def cues(rx: re.Pattern[str], low: str, s: int, e: int) -> list[Cue]:
    """The cues of low[s:e]; the class is that of the first alternative (in the order und,
    opp, sup, self, out, chg) that matches, as in one alternation with named groups."""
    out = []
    for m in word_finditer(rx, low, s, e):
        word = m.group()
        kind = _KIND.get(word)
        if kind is None:
            for name, crx in _CLASS_RX:
                c = crx.match(low, m.start(), e)
                if c is not None and c.end() == m.end():
                    kind = name
                    break
            else:
                continue
            if len(_KIND) < 4096:
                _KIND[word] = kind
        out.append(Cue(m, kind))
    return out


# The class of a matched cue depends only on its text (no cue alternative looks around), so
# it is computed once per distinct cue text.
_KIND: dict[str, str] = {}


# Run on the lower-cased text with `word_finditer` (= a leading `\b`, without its cost).
CUE_RX = _bucketed((*_CLASSES, ("chg", _CHANGE)))
CHANGE_ONLY_RX = _bucketed((("chg", _CHANGE), ("rea", _REACT), ("rej", _REJECT)))
# Cues explicit enough to be read in a sentence that names no candidate but the decision.
EXPLICIT_KEYS = (
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
    # the step named in the cue itself: "were among those saying that negotiations cannot be
    # opened", "argued that talks should be opened", "sought a postponement"
    "cannot be ",
    "can't be ",
    "can’t be ",
    "should not be ",
    "shouldn't be ",
    "shouldn’t be ",
    "must not be ",
    "should be ",
    "sought a ",
    "seeks a ",
    "seeking a ",
    # "France and the Netherlands are particularly against opening the negotiations"
    "against ",
)
EXPLICIT_RX = re.compile("|".join(EXPLICIT_KEYS))
OPPOSE_AFTER_RX = re.compile(
    r"\s*(?:\w+\s+)?(?:block|veto|oppos|obstruct|stand in the way|hold up|object|halt|suspend"
    r"|freez|end (?:the |all )?(?:\w+ )?(?:talks|negotiations)|break off|scrap|for (?:the |its "
    r"|their )?(?:accession |membership )?(?:talks|negotiations) (?:[\w’'-]+ ){0,4}?to be "
    r"(?:halted|suspended|frozen|ended|stopped|broken off|scrapped|terminated))"
    # "seeking legal guarantees precluding NATO expansion": what is sought bars the step
    r"|\s*(?:[\w-]+\s+){0,3}?(?:guarantees?|assurances?|pledges?|promises?)\s+(?:precluding|barring"
    r"|ruling out|against|that (?:[\w’'-]+ ){1,4}?(?:would|will|could) (?:not|never))"
)
RATIFY = ("ratif", "approv", "voted")
# Cues that tie the step to something else ("tied ratification to the sale of jets", "secured
# a list of conditions", "will go to parliament only once that changes"): conditional.
COND_CUE_RX = re.compile(
    r"(?:tied|tying|link|made|condition|only |depend|before |if |at )|.*conditions$"
)
# Aid, not the step: "practical support on the ground", "military support".
AID_RX = re.compile(
    r"\b(?:practical|military|financial|humanitarian|economic|material|logistical|technical|"
    r"budget|energy)\s+$"
)
# "have still not ratified": a step not yet taken, not a refusal.
PENDING_RX = re.compile(
    r"\b(?:has|have|had)\s+(?:still |so far |yet )?(?:not|never)\s+(?:yet |so far )?$"
    r"|\b(?:has|have|had)n[’']t\s+(?:yet |so far )?$"
    # "the only one of the 28 members not to have ratified": a step still to come
    r"|\bnot (?:yet )?to have\s+(?:yet )?$"
)
NEG_RX = re.compile(
    # ("doesn't", "won't", "cannot": the contraction has no word start before "n't")
    r"(?:\b(?:not|never|no longer|nor|nowhere near|far from|refus\w+ to|declin\w+ to|"
    r"fail\w* to|cannot)|(?<=\w)n[’']t)\s+(?:\w+\s+){0,2}$"
    # "Neither Finland nor Sweden has formally applied" (the window may cut "neither")
    r"|\bnor\s+(?:[\w’'-]+\s+){0,4}$"
    # "ruled out returning Crimea or supporting its membership": the second thing ruled out
    r"|\brul(?:e|es|ed|ing) out\s+(?:[\w’'-]+\s+){1,6}?or\s+$",
    re.I,
)
# After an opposition cue: a condition that would end it ("should not ratify ... until the
# election law changes", "will block it unless") makes the position conditional.
UNTIL_RX = re.compile(
    # "threatened to block it if Sweden does not meet its demands": a block with a condition
    r"\bif (?:[\w’'-]+ ){1,6}?(?:(?:do|does|did|is|are|can|will)(?: not|n[’']t)|fail\w*"
    # "would veto its bid if the name dispute persists"
    r"|refus\w+|persists?|persisted|continues?|remains? unresolved)\b|"
    # "until the end of 2028" is a time limit, not a condition
    r"\b(?:until(?! (?:the (?:end|start|beginning|middle) of|next|at least|after the elections?|"
    r"(?:early |late |mid-)?(?:19|20)\d\d|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|winter)\b)|unless|only (?:if|"
    r"after|once|when|follow\w*|come\w* after)|provided(?: that)?|"
    r"on condition|pending|while the (?:war|fighting|conflict) (?:is |was )?(?:still )?"
    r"(?:goes|went|going|continu\w+|rag\w+|last\w*))\b"
)
WITHOUT_RX = re.compile(r"\bwithout\s+(?:\w+\s+)?$", re.I)
HYPO_RX = re.compile(
    r"\b(?:if|unless|were to|whether|could|might|must(?: then| still)?|couldn[’']t|mightn[’']t"
    r"|mustn[’']t)\b[^.;]{0,50}$",
    re.I,
)
# A candidate's wish told in the pluperfect ("Kyiv had wanted a clear invitation", "Skopje had
# hoped to enter") still holds: wishes are not reversed positions.
WISH_RX = re.compile(
    r"(?:want|hope|sought|seek|press|push|lobb|ask|call|work|hand|submit|lodg|wish|aspir)"
)
PAST_RX = re.compile(
    r"\b(?:had(?: long)?|hadn[’']t|previously|formerly|initially|once|used to|earlier)"
    r"\s+(?:\w+\s+){0,1}$",
    re.I,
)
COND_RX = re.compile(
    r"\b(?:only (?:if|after|once|when)|provided(?: that)?|on condition|as long as|"
    r"in exchange for|unless|"
    # "open talks without (any) conditions", "with no conditions": none set
    r"(?<!without )(?<!without any )(?<!no )(?<!without putting any )(?<!without setting any )"
    r"conditions?|once (?!again|more)|after (?:a |the )?(?:ceasefire|"
    r"cease-fire|war|peace|fighting)|when the (?:war|fighting)|in return for|but first|"
    r"(?:must|should|would have to|has to|have to) first)\b",
    re.I,
)
# After a denied opposition cue: a reservation ("is not against it, but wants ...") makes the
# position conditional. After a denied support cue: a promise not to stand in the way ("does
# not agree, but will not block it", "... but supports the start") makes it support.
BUT_RX = re.compile(r"(?:,|;|—|–) ?(?:but|yet|however)\b")
YIELD_RX = re.compile(
    r"\b(?:but|yet|however)\b,? (?:\w+ ){0,2}?(?:(?:will|would|does|did|is|do|are|am|was|were) "
    r"not|won[’']t|"
    r"wouldn[’']t|doesn[’']t|(?:will|would) never) (?:\w+ )?(?:block|veto|oppose|object|obstruct|"
    r"stand in the way|stop)|\b(?:but|yet)\b,? (?:\w+ ){0,2}?(?:will |would )?(?:supports?|"
    r"backs?|endorses?|accepts?|approves?|agreed)\b"
)
# "has yet to ratify", and its passive: "have not yet been ratified by Spain, Greece ..."
YET_RX = re.compile(
    r"\b(?:yet to|have yet|has yet|not yet been (?:ratified|approved|endorsed))\b", re.I
)
PASSIVE_BY_RX = re.compile(r"\s+by\s+(?:the\s+)?", re.I)
SAID_RX = re.compile(
    r"\b(?:said|says|told|added|warned|argued|insisted|announced|announces|stated|declared)\b"
)
FIRST_PERSON_RX = re.compile(r"\b(?:I|we|We|our|Our|my|My)\b")


# A candidate's own "bid" in an article about opening talks or an invitation is read as that
# step ("Moldova pressed its EU bid" as leaders decide on talks); words that name membership
# itself ("join", "membership", "ratify") keep the question of accession.
