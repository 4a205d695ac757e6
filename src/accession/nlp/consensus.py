"""Stage `consensus.v1`: remarks on whether the members agree on a question.

Why: consensus is what decides NATO invitations; articles report it as "no consensus among
the 32 member states", "allies remain divided", "X's request was blocked by Y" (not
reached), "A and B won invitations" (reached) or "it is unclear whether..." (unclear).
A remark without its own candidate ("on such a decision") refers to the question the
article is mostly about.
"""

from __future__ import annotations

import re
from typing import Any

from accession.nlp.dates import MONTHS, YEARS_BEFORE
from accession.nlp.frames import (
    PLURAL_RX,
    STEP_ACTION,
    STEP_WORD_RX,
    dominant_question,
    main_questions,
    members,
    not_yet_invited,
    registered,
)
from accession.nlp.holders import coordinated
from accession.nlp.lexicon import LEGISLATURE_WORDS, NUMBER_WORDS
from accession.nlp.pipeline import DocState
from accession.nlp.scan import (
    boundary_search,
    finditer,
    has_digit,
    lowered,
    mentions_in,
    sentences_with,
    word_search,
)

# Lower-case patterns for the lower-cased text, searched with `word_search` (the word start
# that a leading `\b` would check, without making the engine try every position).
_NOT_REACHED = re.compile(
    # ("there are neither the appropriate conditions nor consensus on when it might happen")
    r"(?:no (?:\w+ )?consensus|nor (?:any |a )?consensus|lack of consensus|without consensus"
    # "we are sorry that a consensus was impossible on the issue"
    r"|consensus (?:[^.;,]{0,40}? )?(?:was|is|proved|remains|remained) (?:impossible|not "
    r"possible|elusive|out of reach)"
    r"|not (?:yet )?(?:reached|"
    r"agreed)|(?:have|has|had|did|do|does|could|were|was)n[’']t (?:yet )?(?:reached|agreed)|"
    r"no indication that [^.]{0,60}\bagreed|(?:remain|are|were|is) divided|"
    r"(?:allies|members|member[- ]states|governments|capitals|leaders|ministers|alliance|bloc|nato"
    r"|eu|the \d+) (?:remains?|are|were|is|was) (?:deeply |still |sharply |bitterly )?"
    r"(?:divided|split)|divisions? "
    r"(?:among|between|within)|disagree\w*|weeks and months to get consensus|blocked by|"
    r"withst(?:and|ood) pressure|rebuff\w* [^.]{0,30}demands?|"
    # a member turning down the talks' framework ("the Bulgarian ambassador rejected the
    # negotiation framework")
    r"reject\w* (?:the |its )?(?:draft )?(?:negotiating|negotiation) frameworks?|"
    # a step promised for later: "will be invited to join future talks", "likely to be
    # admitted later", "in a second wave"
    r"(?:will|would|could|to) be (?:invited|admitted) (?:[\w-]+ ){0,4}?(?:later|in the future|"
    r"at a later (?:date|stage)|(?:in )?future (?:accession |membership |entry )?(?:talks"
    r"|negotiations|rounds?)|in a (?:second|later|future|next) (?:wave|round))\b|"
    # "a process that was delayed by Turkey and Hungary" (not "stalled by a border dispute")
    r"(?:delayed|held up|stalled) by (?!a |an |the |its |their |years |months |weeks )|"
    r"vetoed|(?:blocks|blocked) (?!away\b|apart\b|from\b|of\b)[a-z]\w+(?:’s|'s)?|"
    r"far from (?:an? |any )?(?:agreement|consensus)|"
    r"declined to (?:issue|extend|offer) (?:an? |any )?invitation|"
    # "Macedonia ... was not invited to join" (not "was not invited to the dinner")
    r"(?:(?:was|were) not|(?:has|have|had) not (?:yet )?been|(?:wasn|weren)[’']t) (?:yet )?"
    r"invited to (?:join|start|open|begin)\b|"
    # "No membership invitations have been extended to Ukraine and Georgia"
    r"no (?:formal |membership |official )?invitations? (?:has |have |had |was |were )?(?:been )?"
    r"(?:extended|issued|offered|sent|given)|stop(?:s|ped)? short of (?:an? )?"
    r"invitation|(?:nobody|no one|no ally|no member) (?:was|is|were|are) (?:prepared|ready|willing)"
    r" to|(?:was|were|are|is|been) left waiting|still waiting (?:to|for)|without (?:offering|"
    r"granting|giving|extending|issuing|agreeing)|refus\w+ to (?:drop|lift|withdraw|abandon) "
    r"(?:its|their|his|her) (?:objection|veto|opposition|blockade)|refus\w+ to (?:say|set|give|"
    r"name|offer|extend|commit|issue|grant|invite|admit)|"
    # "European governments have refused to open negotiations" (not "to open its ports")
    r"refus\w+ to (?:open|start|begin|launch) (?:[\w-]+ ){0,3}?(?:talks|negotiations)|"
    # "in practice several NATO members oppose Ukraine's accession"
    r"(?:several|some|a number of|a few|two|three|four|five|many) (?:nato |eu |alliance )?"
    r"(?:members|member states|allies|countries|governments|capitals) (?:still |continue to |"
    r"strongly |openly )?(?:oppose|object to|are against|block|reject|resist)\b|"
    # "the allies are not ready either to invite Ukraine or to make it a member"
    r"(?:allies|members|member[- ]states|member countries|governments|capitals|leaders|nato|"
    r"the alliance|the bloc|the eu) (?:(?:are|were|is|was) (?:still )?not|(?:are|were|is|was)"
    r"n[’']t) (?:yet )?(?:ready|prepared|willing) (?:either )?to (?:invite|admit|offer|extend|"
    r"grant|open|start|begin|give|accept)\b|"
    # "Ukraine fell short of getting a clear invitation or accession timeline"
    r"f(?:ell|all|alls|alling|allen) short of (?:getting|securing|winning|receiving|obtaining) "
    r"(?:an? |the |any )?(?:clear |formal |firm )?(?:invitation|membership action plan|map|"
    r"(?:start )?date|timeline|timetable|green light)|"
    # a step promised on a condition still to be met: "It will open negotiations with Bosnia
    # once the necessary degree of compliance is reached"
    r"(?:would|will) (?:open|start|begin|launch) (?:accession |membership |entry )?"
    r"(?:talks|negotiations) with [^.;]{2,60}?\b(?:once|as soon as)\b|"
    # "There will be no MAP for Georgia at the Wales summit"
    r"(?:will|would) be no (?:formal )?(?:membership action plan|map|invitations?|accession talks"
    r"|membership talks)\b|"
    r"stop\w* short of (?:inviting|offering|granting|extending|giving|fixing|"
    r"setting|naming|an? )(?!\s*(?:an? |any )?(?:concrete |clear |firm |formal )?"
    r"(?:recommendation|opinion|advice|answer|comment|view)\b)|"
    r"withh[eo]ld\w* (?:its|their|his|her) (?:consent|approval|agreement|"
    r"green light)|continu\w+ to (?:block|veto|oppose|withhold|hold up|object)|leaving "
    r"(?:[\w-]+ ){1,4}?(?:waiting|out in the cold)|(?:denied|turned down) (?:[\w-]+ ){0,4}?(?:an? |"
    r"the |their |its )?(?:invitation|membership action plan|map|bid|request|talks)|prevent\w* "
    r"(?:[\w-]+ ){0,6}?from (?:beginning|starting|opening|launching|inviting|approving|granting|"
    # "preventing Macedonia from obtaining a start date for EU accession talks"
    r"(?:obtaining|getting|receiving|securing|winning) (?:an? |the |any )?(?:formal |firm )?"
    r"(?:start date|date|invitation|green light|go-ahead|membership action plan|map)\b)|"
    # candidates told to wait, a pledge the allies stopped short of
    r"(?:told|asked) (?:[\w-]+ ){0,2}?(?:must|would have to|will have to|had to|to) wait|"
    r"stop\w* short of (?:the |a |any )?(?:[\w-]+ )?(?:pledge|commitment|promise|date|timetable)|"
    # a member's approval withheld: "Croatia did not give its approval for the opening of
    # Chapter 23" (unanimity: one member's no is no decision)
    r"(?:did not|didn[’']t|would not|wouldn[’']t|will not|won[’']t|refused to) give (?:its |their "
    r"|his |her )?(?:approval|consent|green light|go-ahead) (?:for|to) (?:the )?(?:opening|start|"
    r"launch|beginning|accession|admission|membership)|"
    # the body turning the candidate down: "EU leaders rejected Turkey's membership application"
    r"(?:leaders|allies|member[- ]states|governments|ministers|summit|council) (?:[\w-]+ ){0,2}?"
    r"(?:rejected|turned down|refused) (?:[\w’'-]+ ){0,2}?(?:membership |accession |entry )?"
    r"(?:application|bid|request|candidacy)\b|"
    r"(?:held|holding|holds) (?:up|back)(?! to back)"
    r"(?! (?:the |an |a |its |their )?(?:[\w-]+ ){0,2}?(?:trade|"
    r"aid|loan|funds?|money|budget|association|stabili[sz]ation|visa|energy|gas|"
    # "the secretary general holds up the signed forms" (a caption): a thing held in the hand
    r"forms?|papers?|documents?|cop(?:y|ies)|signs?|flags?|photos?|pictures?|banners?|"
    r"placards?|letters?)\b)|"
    # the members as a body putting the decision off: "ministers postponed a decision on ..."
    r"(?:ministers|leaders|allies|member[- ]states|governments|the bloc|the council|the union|"
    r"the eu|the european union|nato|the alliance) (?:[\w-]+ ){0,4}?"
    r"(?:put off|postponed|deferred|delayed) (?:a |the |their |any )?(?:final )?decision|"
    # a decision taken against the step ("decided on Tuesday not to grant"), a refusal to
    # approve it, and a step promised only on a condition ("would open talks only once")
    r"decided (?:[\w-]+ ){0,3}?not to (?:grant|offer|invite|open|start|begin|give|extend|admit|"
    r"issue|approve|initiate|launch)|"
    r"refus\w+ (?:[\w-]+ ){0,3}?to (?:approve|endorse|back|sign off|accept|"
    r"agree to)(?=[^.;]{0,50}?\b(?:framework|protocol|accession|membership|talks|negotiations|"
    r"invitation|bid|application|candidacy|entry|start date|date)\b)|"
    r"(?:would|will) (?:only )?(?:open|start|begin|launch|invite|grant|admit) "
    r"[^.;]{0,80}?\bonly (?:once|if|when|after)|"
    # "The European Union will not open new negotiating clusters with Serbia until ..."
    r"(?:would not|will not|wouldn[’']t|won[’']t) (?:open|start|begin|launch|invite|grant|admit)"
    r" [^.;]{0,80}?\buntil\b|"
    # one holdout named as such, a threat to veto, an agreement that could not be found
    r"the only (?:remaining )?(?:nato |eu |alliance )?(?:member|ally|country|member state"
    r"|government|capital) (?:still )?(?:blocking|holding (?:up|out)|standing in the way"
    r"|not (?:yet )?to (?:have )?(?:ratif|approv)\w*"
    r"|(?:that |which )?(?:has|had) (?:not|yet to) (?:ratif|approv)\w*)|"
    # "Austria is the only holdout" (not "left Turkey as the last holdout", then ratified)
    r"(?:is|remains|remained|was) (?:still )?the (?:only|lone|sole) (?:remaining )?hold-?out|"
    r"(?:could not|cannot|can[’']t|couldn[’']t|unable to) agree|"
    # "the capitals have not yet been able to reach a consensus on it"
    r"(?:not (?:yet )?(?:been )?able|unable) to (?:reach|find|secure) (?:an? |any )?(?:consensus|"
    r"agreement|deal|compromise)|"
    # "Greece and Bulgaria are the only countries still holding out"
    r"the only (?:remaining )?(?:members|allies|countries|member[- ]states|governments|capitals) "
    r"(?:that |which |who )?(?:still |have been |are |were |had been )?(?:still )?(?:blocking|"
    r"holding (?:up|out)|standing in the way)|"
    # "Georgia's bid has now become stuck": the step waits on the members
    r"(?:bid|application|accession|membership|candidacy|ratification|process)(?:, [^,.;]{2,80},)? "
    r"(?:has |have |had )?"
    r"(?:for now |now |since )?(?:become|got|gotten|been|remains?|remained|is|was|are|were) "
    r"(?:still )?(?:stuck|stalled|frozen|on hold|in limbo|deadlocked|stopped|halted|suspended|"
    r"paralysed|paralyzed)|"
    # told with the one who stopped it: "Brussels has put accession talks on hold"
    r"(?:put|puts|putting|placed|kept) (?:[\w’'-]+ ){0,3}?(?:talks|negotiations|process|bid|"
    r"application) (?:with [\w ]{2,30}? )?on hold|"
    # "the ministers have postponed the planned talks on Serbia's entry"; "Greece is blocking
    # the opening of negotiations"
    r"(?:postponed|put off|deferred|delayed) (?:the |a |their |its )?(?:[\w-]+ ){0,2}?(?:talks|"
    r"negotiations|start of|opening of|launch of)|"
    r"(?:blocking|vetoing|holding up) (?:the |a |any )?(?:formal )?(?:opening|start|launch|"
    r"beginning|decision|entry|accession|admission)|"
    # "Macedonia has never been offered a date for the talks"
    r"never (?:been )?(?:offered|given|granted|set) (?:an? |any )?(?:(?:start |starting )?date "
    r"for (?:the )?(?:start of |opening of )?(?:accession |membership |entry )?(?:talks|"
    r"negotiations)|invitation|membership action plan|map)\w*|"
    # "Armenia would not receive a MAP this year"; "the deadlock at the summit"
    r"(?:(?:would|will|did|could) not|(?:wouldn|won|didn|couldn)[’']t) (?:receive|get|be given"
    r"|be granted|be offered|be extended) "
    r"(?:an? |the |any )?(?:membership action plan|map|invitation|green light|date)|"
    r"(?:the |a )deadlock (?:at|over|on|in|between|among)|"
    # a decision against the step: "a decision by the allies not to commit to an invitation"
    r"decision (?:by [\w’' ]{2,40}? )?not to (?:commit to |set |give )?(?:an? |the )?"
    r"(?:grant|offer|invit|open|start|issu|extend|admit|approv)|"
    # an invitation promised on a condition: "would be issued an invitation once ..."
    r"(?:would|will|could) (?:only )?be (?:issued|extended|offered|given|sent) (?:an? )?"
    r"invitation[^.;]{0,80}?\b(?:once|when|if|after)\b|"
    # "the actual invitation to Ukraine will be made once it has been agreed among the Allies"
    r"invitation (?:[\w’'-]+ ){0,6}?(?:will|would|could) (?:only )?be (?:made|issued|extended|"
    r"sent) (?:[\w’'-]+ ){0,2}?(?:once|when|if|after)\b|"
    # "Ukraine would receive an invitation "when allies agree and conditions are met""
    r"(?:would|will|could) (?:only )?(?:receive|get) (?:an? |the )?(?:formal )?invitation"
    r"[^.;]{0,40}?\b(?:once|when|if|after)\b|"
    # the body declining the step: "The General Affairs Council did not approve the start of
    # accession talks", "NATO will not approve a formal step to membership for Georgia"
    r"(?:council|leaders|allies|ministers|member[- ]states|summit|governments|nato|the alliance|"
    r"the eu|the union|the bloc) (?:[\w-]+ ){0,3}?(?:did not|didn[’']t|will not|won[’']t|would "
    r"not|wouldn[’']t) (?:formally )?(?:approve|endorse|grant|offer|open|start|invite|admit)\b|"
    # "no decisions have been made yet about candidates", "No decision has been taken on"
    r"no (?:final |formal )?decisions? (?:(?:has|have|had|was|were) )?(?:yet )?(?:been )?"
    r"(?:made|taken|reached)\b|"
    # "Ukraine's NATO membership is not on the alliance's agenda at the moment"
    r"(?:is|are|was|were) not (?:yet |currently )?on the (?:alliance['’]s |nato['’]s |eu['’]s |"
    r"bloc['’]s |union['’]s )?agenda\b|"
    # "agreed to decide only in December 2004 ... whether to start the membership talks"
    r"agreed to (?:only )?decide (?:[^.;]{0,100}?)\bwhether\b|"
    # "the decision to postpone putting Ukraine and Georgia on the path to membership"
    r"(?:decision|decided|agreed) to (?:postpone|delay|defer|put off)\b|"
    # "invited Albania and Croatia, while leaving out Macedonia"
    r"(?:leaving|left|leave|leaves) out\b(?! of)|(?:was|were|been) left out\b|"
    # "there was no agreement among EU member states about opening talks"
    r"no agreement (?:(?:was|could be|has been|had been) reached|(?:among|between) (?:the )?"
    r"(?:\d+ |eu |nato )?(?:member states|members|allies|leaders|governments|ministers|capitals"
    r"|countries))|"
    # "the European Council ruled out further negotiations"
    r"(?:council|leaders|allies|ministers|member[- ]states|summit|nato|the alliance|the eu|the "
    r"union|the bloc) (?:[\w-]+ ){0,2}?ruled out (?:any )?(?:further |new )?(?:accession |"
    r"membership )?(?:talks|negotiations|enlargement|membership)\b|"
    # "have not changed their position on inviting Ukraine, so this will not happen at the
    # summit"
    r"(?:so|and|but) (?:this|it|that) (?:will not|would not|won[’']t|wouldn[’']t) happen\b)"
)
_REACHED = re.compile(
    r"(?:consensus (?:was|has been|had been) reached|reached (?:a )?consensus|"
    # "reached agreement at today's summit in Madrid to invite Sweden and Finland"
    r"reached (?:an |a )?(?:unanimous )?agreement (?:[^.;,]{2,50}? )?to (?:invite|admit|grant|"
    r"open|start|begin|launch)\b|reached (?:an )?"
    # "reached an agreement early today that removed the final obstacles to the admission"
    r"agreement (?:(?:early |late )?(?:today|yesterday|tonight|on \w+day) )?(?:on|to|that (?:"
    r"removed|cleared|paved|paves|opened|opens))|(?:the )?last (?:of "
    r"(?:the )?(?:alliance(?:’s|'s) |bloc(?:’s|'s) )?(?:\d+ )?(?:allies|members|member[- ]states|"
    r"nato members|eu members|countries)|(?:nato |eu |alliance |bloc )?(?:ally|member|member state"
    r"|country)) to (?:ratify|approve|give|"
    r"sign off|endorse|do so)|agree(?:d|ing) "
    r"(?:[\w-]+ ){0,6}?to (?:invite|admit|grant|open|start|launch|begin)"
    # (not "to grant Albania candidate status", nor "to begin open-ended discussions")
    r"(?! (?:[\w’'-]+ ){0,3}?(?:candidate status|candidacy|discussions|dialogue|consultations)\b)"
    r"|unanimously agreed|"
    # "Their bids were accepted at the June summit"
    r"(?:bids?|applications?|candidac(?:y|ies)) (?:was|were|had been|has been|have been) "
    r"(?:formally |officially )?accepted|"
    # "Talks were eventually opened with both countries"
    r"(?:talks|negotiations) (?:were|have been|had been|was) (?:eventually |finally |formally |"
    r"officially |then )?(?:opened|launched|started)|"
    # a start date set: "The EU will begin membership talks with Serbia on January 21"
    r"(?:will|is to|are to|is set to|are set to) (?:formally |officially )?(?:open|begin|start|"
    r"launch) (?:[\w-]+ ){0,2}?(?:accession |membership |entry )(?:talks|negotiations) "
    r"(?:with [^.;,]{2,40}? )?"
    r"(?:on (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december) \d{4})|"
    r"(?:formally |officially )?"
    r"(?:opened|started|began|launched|kicked off) (?:(?:its|their|the|own|formal|first|separate"
    r"|individual|bilateral) ){0,3}(?:eu |nato )?(?:accession |membership )?(?:negotiations|talks)"
    r"(?! on (?:a |the )?(?:new )?(?:chapters?|clusters?|phase)\b)|"
    # "invited Poland, Hungary, ... into membership negotiations starting on 31 March"
    r"invited [^.;]{2,160}? into (?:formal )?(?:accession |membership |entry )(?:negotiations"
    r"|talks)|"
    # the talks as the subject: "Accession negotiations with Serbia have formally begun",
    # "Formal talks on Iceland's membership kicked off on Monday"
    r"(?:accession |membership |formal |entry )(?:negotiations|talks) (?:(?:on|over|with|for) "
    r"[^.;,]{2,80}? )?(?:have |has |had )?(?:now )?(?:formally |officially )?(?:begun|began|"
    r"started|opened|kicked off|commenced|got under ?way)|"
    r"(?:negotiations|talks) (?:on|over) (?:the |their |its )?(?:accession|membership|entry) "
    r"[^.;,]{2,80}? (?:have |has |had )?(?:now )?(?:formally |officially )?(?:begun|began|"
    r"started|opened|kicked off|commenced|got under ?way)|"
    # the talks as the subject of a set start: "Substantive talks will begin with the Czech
    # Republic, Hungary, ... and Cyprus in April"
    r"(?:accession |membership |entry |substantive |formal )(?:talks|negotiations) (?:will|are to|"
    r"are set to|are due to) (?:formally |officially )?(?:begin|start|open) "
    r"(?:with [^.;]{2,120}? )?"
    r"(?:on (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b)|"
    # a start date given: "EU leaders gave Turkey an October 3, 2005 date for the launch of
    # open-ended accession talks" (not "gave it no date")
    r"(?<!to )(?<!would )(?<!will )(?:gave|given|offered|granted) (?:(?!no )[\w’'-]+ ){0,2}?"
    r"(?:an? |the )?"
    r"(?:(?!no )[\w,]+ ){0,3}?(?:start |starting |firm )?date for (?:the )?(?:start|opening|launch|"
    r"beginning) of (?:[\w-]+ ){0,2}?(?:accession |membership |entry )?(?:talks|negotiations)|"
    # "EU member states decided that Ukraine and Moldova could begin accession negotiations"
    r"(?:agreed|decided) that [^.;]{2,60}? (?:could|can|should|would|will|may) (?:now )?(?:begin|"
    r"start|open) (?:[\w-]+ ){0,2}?(?:accession |membership |entry )?(?:talks|negotiations)|"
    # the first intergovernmental conference, which opens accession talks: "The Moldova-European
    # Union Intergovernmental Conference has started in Luxembourg"
    r"intergovernmental conference (?:(?:on|with|for) [^.;,]{2,60}? )?(?:has |have |had |was )?"
    r"(?:now )?(?:formally |officially )?(?:begun|began|started|opened|kicked off|convened|"
    r"got under ?way)|"
    # talks brought to an end: the members' decision on admission ("closed membership
    # negotiations with ten countries")
    # (not "has nearly completed its accession negotiations": still going on)
    r"(?<!nearly )(?<!almost )(?:closed|concluded|completed|wrapped up|finished) (?:(?:its|their|"
    r"the|formal|accession|"
    r"membership) ){0,3}(?:negotiations|talks)"
    # ("closed accession negotiations on chapter 5": one chapter of talks still going on)
    r"(?! on (?:a |the )?(?:new )?(?:chapters?|clusters?|phase)\b)|"
    r"(?:negotiations|talks) (?:with [\w ]{2,40}?)?,? which "
    r"(?:formally |officially )?(?:opened|began|started)|"
    # told in the passive, after an apposition: "Talks with Croatia, ..., were opened"
    r"(?:negotiations|talks) (?:with [\w ]{2,40}?)?,? (?:[^,.;]{2,90}, )?(?:were|was|have been|"
    r"has been) (?:formally |officially |eventually |finally |duly )?(?:opened|launched|started)|"
    r"(?:won|received|got) (?:an? )?(?:formal )?invitations?|"
    # "a ceremony in Brussels marked the formal opening of accession talks"
    r"(?:marked|marks|celebrated) the (?:formal |official )?(?:opening|start|launch) of "
    r"(?:[\w’'-]+ ){0,2}?(?:accession |membership |entry )?(?:talks|negotiations)|"
    # "the ministers agreed that negotiations with Serbia should begin"; "The decision to invite
    # Montenegro was reached after long talks"
    r"(?:agree(?:d)?|decided|decision(?: [\w’'-]+){0,10}?) that (?:accession |membership |the )?"
    r"(?:talks|negotiations) "
    r"(?:with [\w ]{2,40}? )?"
    r"(?:should|would|"
    r"will|could|can) (?:now )?(?:begin|start|open|be opened|be launched)|"
    r"decision to (?:invite|admit|open|start|launch|begin|grant) [^.;]{0,60}?(?:was|has been|had "
    r"been) (?:reached|taken|made)|"
    # the candidates told as invited: "Eleven countries were invited to join the organisation"
    r"(?<!not )(?<!never )(?:was|were|have been|has been|had been) (?:formally |officially )?"
    r"invited to (?:join|start|open|begin)\b|"
    # "Lithuania and Romania were among seven countries invited to join the alliance"
    r"among (?:the )?(?:[\w-]+ )?(?:countries|nations|states|candidates) (?:formally |officially )?"
    r"invited to (?:join|start|open|begin)\b|"
    # told in the passive: "an invitation was extended to Albania"
    r"(?<!no )(?<!no formal )(?<!no membership )(?<!no official )"
    r"invitations? (?:was|were|has been|have been|had been) (?:formally |officially )?(?:extended|"
    r"issued|sent) to|"
    r"(?:all|\d+) (?:the )?(?:\d+ )?(?:[\w-]+ )?(?:allies|members|member[- ]states|member "
    r"countries|governments) (?:[\w-]+ ){0,2}?(?:signed off"
    r"|given (?:their )?(?:approval|consent|green light)|approved|ratified|voted in favou?r"
    r"|completed (?:their |its )?ratifications?)|"
    # "welcoming the historic membership invitation NATO extended to Croatia and Albania"
    r"invitations? (?:that |which )?(?:nato|the alliance|the allies|allies|the eu|the union|the "
    r"bloc) (?:had |has )?(?:formally )?extended to [^.;,]{2,80}|"
    # "The Atlantic Alliance has welcomed Spain as its 16th member"
    r"(?:alliance|nato|the eu|the union|the bloc|allies|members) (?:has |have |had )?(?:formally |"
    r"officially )?welcomed (?:[\w’'-]+ ){1,4}?as (?:its|their|a|the) (?:[\w-]+ )?(?:new |newest "
    r"|full |fully fledged )?members?|"
    # "the whole of Cyprus was accepted as an EU member"
    r"(?:was|were|has been|have been) (?:formally |officially )?accepted as (?:an? |full )?(?:eu "
    r"|nato )?(?:full )?members?)\b"
)
# Collective decisions told as such ("allies meeting in Riga invited X", "NATO invited X",
# "we have decided to invite", "leaders decided on Friday to open", "the decision ... was
# taken by EU leaders", "EU countries approved the start of accession talks", "NATO gave
# Bosnia the green light"):
# searched only in clauses that contain one of `_DECIDED_KEYS` (the gaps of up to 6-8 words
# are costly to try everywhere).
_DECIDED = re.compile(
    r"(?:(?:allies|leaders|members|member[- ]states|governments|ministers|eu|bloc|council|nato|"
    r"alliance|union|ambassadors|envoys|countries) "
    # "gave the green light", "gave Bosnia the green light"
    r"(?:[\w-]+ ){0,6}?(?:gave|have given|has given|had given) (?:[\w’'-]+ ){0,2}?(?:the |their |"
    r"its |a )?(?:final )?(?:green light|go-ahead)|"
    # "approved on Friday the start of accession talks", "approved the activation of its MAP"
    r"(?:allies|leaders|members|member[- ]states|governments|ministers|eu|bloc|council|nato|"
    r"alliance|union|ambassadors|envoys|countries) (?:[\w-]+ ){0,6}?(?:approved|endorsed|"
    r"agreed to) (?:(?:on|late on|early on) \w+ )?(?:(?:the )?(?:start|opening|launch|beginning|"
    r"activation) of|launching|opening|starting|beginning)|"
    # "EU leaders formally endorsed Poland, ..., and Malta as ready to join", "approved the
    # accession of Croatia"
    r"(?:leaders|members|member[- ]states|governments|ministers|council|summit) (?:[\w-]+ ){0,3}?"
    r"(?:approved|endorsed) (?:(?:the )?(?:accession|membership|entry|admission) of|[^.;]{2,200}?"
    r"\bas (?:ready|fit|qualified) to join)|"
    # ("The North Atlantic Treaty Organization (NATO) formally invited ...")
    # and after an apposition or a day set off by commas ("NATO, the Western bulwark of
    # democracy for half a century, extended membership invitations", "NATO decided,
    # Thursday, to take in two new members")
    r"(?:allies|leaders|we|summit|ministers|alliance|nato)\)?(?:, [^,.;()]{2,80},)? "
    r"(?:[\w-]+ ){0,6}?(?:(?:have |had )?"
    r"decided,? (?:[\w-]+,? ){0,3}?to (?:also |now |formally )?(?:invite|admit|grant|open|start|"
    r"launch|begin|take in|bring in)|invited|"
    # "The summit tapped Poland, Hungary, ... to begin membership negotiations"
    r"(?:tapped|picked|chose|selected) [^.;]{2,160}? to (?:begin|start|open|launch|join)\b|"
    # "decided on Friday that accession talks with Serbia would open by January"
    r"decided (?:[\w-]+ ){0,3}?that [“\"]?(?:[\w’'-]+ ){1,6}?(?:would|will|should|could|can) "
    r"(?:open|start|begin|be opened|be launched|be invited|be admitted|join)|"
    r"(?:extended|issued|sent) (?:an |a |its |their )?(?:formal |official )?(?:membership )?"
    r"invitations?)|"
    # "the conference was the formal green light for the start of negotiations", "Skopje
    # received the go-ahead for the opening of talks"
    r"(?:got|gets|received|receives|won|wins|was|is|marked|marks) (?:the |an? |its |their )?"
    r"(?:official |formal |final )?(?:green light|go-ahead) for (?:the )?(?:formal )?(?:start|"
    r"opening|launch|beginning) of|"
    # the EU's bodies deciding the step: "The European Council has decided to open accession
    # negotiations with Bosnia", "the Council decided the opening of talks with Serbia"
    # (not "the Council invited an agency to present a report")
    r"(?:council|eu|union|bloc|member[- ]states|governments|countries) (?:[\w-]+ ){0,4}?"
    r"(?:have |has "
    r"|had )?decided (?:(?:on|late on|early on) \w+ )?(?:to (?:open|start|launch|begin|grant)|"
    r"(?:the )?(?:opening|start|launch|beginning) of)|"
    # a decision told after what it decided ("X will be allowed to begin talks, the leaders
    # decided on Thursday")
    r"(?:leaders|government|ministers|allies|member[- ]states|governments|council|summit) "
    r"decided(?= (?:on|at|in|"
    r"late on|early on) [\w ]{2,30}?(?:,|\.|;|$)|,|\.|;|$)|decision "
    r"(?:[\w-]+ ){0,8}?(?:was|has been|had been)"
    r" (?:taken|made|adopted) by (?:the )?(?:\w+ )?(?:leaders|allies|members|member[- ]states|"
    r"governments))\b"
)
_DECIDED_KEYS = (
    "decided",
    "tapped",
    "picked",
    "chose",
    "selected",
    "approved",
    "endorsed",
    "voted in favo",
    "agreed to",
    "invited",
    "extended",
    "issued",
    "sent",
    "taken by",
    "made by",
    "adopted by",
    "green light",
    "go-ahead",
)
# Unanimity and agreement of the members as a whole ("a unanimous decision", "allies have
# agreed"), failures to agree ("failed to reach unanimity"): only in clauses with the keys.
_AGREED = re.compile(
    r"(?:unanimous(?:ly)? (?:decision|decided|agreed|approved|backed|vote|endorsed)|"
    # an approval given, not one required ("the EU requires the unanimous approval of all")
    r"(?:gave|give|gives|giving|won|wins|received|got|secured|brokering|brokered) (?:the |their |"
    r"its |a )?unanimous approval|"
    r"(?:reached|"
    r"achieved) unanimity|(?:allies|leaders|members|member[- ]states|governments|ministers) "
    r"(?:have |had |all )?agreed(?! (?:on|that) (?:no|not)))\b"
)
_AGREED_KEYS = ("unanim", "agreed")
# What was agreed, when it is no step of membership: "agreed (on Wednesday) to raise ...".
_AGREED_ELSE_RX = re.compile(
    # "agreed a trilateral memorandum", "agreed last week to a tentative proposal": a text
    # agreed, not a step of membership
    r" (?:(?:last|this|next) (?:week|month|year) |yesterday |today )?(?:to |on )?(?:an? |the )"
    r"(?:[\w-]+ ){0,2}?(?:memorandum|proposal|deal|package|plan|statement|declaration|document"
    r"|agreement)\b|"
    # "agreed yesterday to begin open-ended discussions", "to grant Albania candidate status"
    r" (?:[\w’'-]+ ){0,3}?to (?:begin|start|open|hold|grant|give) (?:[\w’'-]+ ){0,3}?"
    r"(?:discussions|dialogue|consultations|candidate status|candidacy)\b|"
    r" (?:(?:on|late on|early on|at|in) [\w’' -]{2,30}? )?to (?!(?:invite|admit|open|start|begin|"
    r"launch|grant|give|extend|offer|accept|approve|ratify|welcome|let|take|bring|name|set|move|"
    r"proceed|go ahead|resume|hold|allow|endorse|recognise|recognize|back|support)\b)[a-z]+"
)
_FAILED = re.compile(
    r"(?:fail\w* (?:[\w-]+ ){0,4}?to (?:reach|find|secure|achieve|agree|unblock|open|start|"
    r"launch|begin|invite|extend|offer|grant|approve|adopt|endorse)|"
    # "Bush failed to win over a consensus of NATO members"
    r"fail\w* to (?:win|get|secure|build|forge) (?:over )?(?:an? )?(?:consensus|unanimity|"
    r"agreement)|"
    r"(?:no|lack of|without) unanimity|"
    r"unanimity (?:was |is )?(?:not|never))\b"
)
_FAILED_KEYS = ("fail", "unanim")
_UNCLEAR = re.compile(
    r"(?:unclear whether|uncertain whether|(?:may|might) not reach (?:a )?consensus|"
    r"whether (?:a )?consensus|"
    # "the outcome still hangs in the balance"
    r"(?:hangs?|hung|hanging|remains?|remained|is|was) (?:still )?in the balance)\b"
)
_HYPO = re.compile(r"(?:if|unless|were to)\b")
# Unanimity still to be given: "abstain from a unanimous vote", "requires a unanimous decision".
_NEEDED_RX = re.compile(
    r"\b(?:from|for|without|requires?|required|needs?|needed|block\w*|prevent\w*|abstain\w*)"
    r" (?:a |the |any )?$"
)
# A speaker's own refusal: "I have not agreed", "I will not agree".
_DEMANDED_THAT_RX = re.compile(
    r"\b(?:demand\w*|guarantee\w*|assurances?|insist\w*|wants?|wanted|ask\w*|call\w* for|"
    r"ensur\w*|hop\w*|pledg\w*|promis\w*|seek\w*|sought)\b[^.;]{0,40}\bthat\s+$"
)
_FIRST_PERSON_RX = re.compile(r"(?:^|\W)i (?:have |had |will |would |do |did |can )?$")
_NOT_INSIDE_RX = re.compile(r"\b(?:not|never|yet to)\b|n[’']t\b")
_INTERVAL_BEFORE_RX = re.compile(r"\b(?:years?|months?|decades?|weeks?) (?:after|since) (?:\w+ )?$")
_BILATERAL_RX = re.compile(
    r"\b(?:the two sides|both sides|the sides|the two neighbou?rs|the two countries|the parties)"
    r" (?:\w+ ){0,3}$"  # "the two countries last week reached a deal"
)
_SUPERSEDED_RX = re.compile(r"\bhad (?:long |previously |earlier |repeatedly |also |already )?$")
_DENIED_RX = re.compile(
    r"(?:\b(?:no (?:indication|sign|evidence)|not|never|nor|yet to|hardly|doubt\w*|"
    # "EU ambassadors were unable to reach agreement that membership talks should open"
    r"unable|failed|fail|cannot)\b"
    r"|(?<=\w)n[’']t\b)[^.;]*$"
)
# "most of the 28 allies", "more than 20 of NATO's 30 members": not all of them
# ("23 of the 30 member states", "the 21st out of the 26 NATO members": a count so far)
_PARTIAL_RX = re.compile(
    r"\b(?:most|some|many|several|few|half|none|two|three|four|(?:more|fewer|less) than \w+"
    r"|\d+(?:st|nd|rd|th)?)(?: out)? of "
    r"(?:the |nato(?:’s|'s) |the (?:alliance|bloc|union)(?:’s|'s) )?"
    r"(?:\d+ )?(?:nato |eu )?$"
)
# A remark without a candidate of its own speaks of the article's question when it names the
# collective decision ("no consensus", "agreed", "all 30 allies have signed off").
_COLLECTIVE = (
    "consensus",
    "agreed",
    "agreement",
    "allies",
    "members",
    "member",  # "member states"; "membership" is another word
    "governments",
    "unanim",
    "leaders",
    "decision",
    "accepted",  # "their bids were accepted": by the members
    "only",  # "the only countries still holding out": the rest have agreed
)
_COLLECTIVE_RX = re.compile(r"\b(?:" + "|".join(_COLLECTIVE) + r")\w*")


# "opened talks with six states", "began negotiations with six applicants": as many as the
# candidates the story is about
_COUNTED_RX = re.compile(
    r"\b(?:with|to|for|of|on) (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?:[\w-]+ ){0,2}?(?:countries|states|applicants|candidates|nations|aspirants|newcomers)\b"
)


_TWO_RX = re.compile(r"both|two")


def _counted(low: str, a: int, b: int, n: int) -> bool:
    cm = _COUNTED_RX.search(low, a, b)
    if cm is None:
        return False
    word = cm.group("n")
    return (int(word) if word.isdigit() else NUMBER_WORDS[word]) == n


def _counted_candidates(state: DocState, low: str, a: int, b: int) -> list[str]:
    qs = main_questions(state)
    if len(qs) < 2:
        return []
    pm = word_search(PLURAL_RX, low, a, b)
    if pm is not None:
        # "the six"; "both countries", "the two": two; "each country", "the pair": none
        n = NUMBER_WORDS.get(pm.group("n") or "") or (2 if _TWO_RX.search(pm.group()) else 0)
        return qs if n == len(qs) else []
    return qs if _counted(low, a, b, len(qs)) else []


def _collective(remark: str) -> bool:
    """The remark names the collective decision: whole words ("members", not the "members"
    inside "membership"; "unanim" is a stem)."""
    return any(
        m.group() in _COLLECTIVE or m.group().startswith("unanim")
        for m in _COLLECTIVE_RX.finditer(remark)
    )


# Every match of the three patterns above contains one of these (lower-case) literals: only
# sentences that do are searched (most sentences of an article say nothing about consensus).
KEYWORDS = (
    "consensus",
    "until",
    "reach",
    "unanim",
    "fail",
    "decided",
    "tapped",
    "picked",
    "chose",
    "selected",
    # "likely to be admitted later"
    "admitted",
    "put off",
    "only once",
    "only if",
    "only when",
    "only after",
    "split",
    "holding out",
    "in the way",
    "not agree",
    "t agree",
    "unable to agree",
    "postponed",
    "deferred",
    "delayed",
    "invited",
    "taken by",
    "made by",
    "adopted by",
    "agreed",
    "agreeing",
    "accepted",
    "stalled by",
    "divid",
    "division",
    "disagree",
    "weeks and months",
    "block",
    "withst",
    "rebuff",
    "veto",
    "invitation",
    "whether",
    "agreement",
    "declined",
    "short of",
    "not happen",
    "t happen",
    "prepared",
    "ready",
    "willing",
    "signed off",
    "given",
    "approved",
    "endorsed",
    "ratified",
    "waiting",
    "without",
    "refus",
    "opened",
    "closed",
    "concluded",
    "completed",
    "wrapped up",
    "finished",
    "started",
    "began",
    "launched",
    "last",
    "withh",
    "continu",
    "leaving",
    "denied",
    "turned down",
    "marked the",
    "marks the",
    "celebrated the",
    "give its approval",
    "give their approval",
    "give its consent",
    "give their consent",
    "prevent",
    "wait",
    "held up",
    "holdout",
    "hold-out",
    "held back",
    "holding back",
    "holds back",
    "holding up",
    "holds up",
    "green light",
    "go-ahead",
    "kicked off",
    # "(have) not (yet) (been) able to reach", "unable to reach"
    "not able",
    "been able",
    "yet able",
    "unable",
    "once",
    "as soon as",
    # "not ready", and the contracted forms with either apostrophe ("isn't ready", "didn't
    # receive", "won't be offered")
    *(
        neg + word
        for word in ("ready", "prepared", "willing", "receive", "get", "be ")
        for neg in ("not ", "n't ", "n’t ")
    ),
    "agree that",
    "stuck",
    "stalled",
    "frozen",
    "on hold",
    "limbo",
    "deadlock",
    # "a decision by the allies not to", "the allies' decision not to", "the decision to
    # invite ... was reached" (not every "decision": the word is common in news)
    "decision by",
    "decision not",
    "decision to",
    "begun",
    "commenced",
    "under way",
    "underway",
    # "the only NATO country not to ratify", "has never been offered a date"
    "the only",
    "never",
    "be no ",
    # "several members oppose", "will begin membership talks with Serbia on January 21"
    "oppose",
    "object to",
    "are against",
    "resist",
    "reject",
    "will open",
    "will begin",
    "will start",
    "will launch",
    "is to ",
    "are to ",
    "set to ",
    "intergovernmental conference",
    "no decision",
    "date for",
    "decided that",
    "no final decision",
    "no formal decision",
    "on the agenda",
    "on the alliance",
    "on nato",
    "extended to",
    "welcomed",
    "accepted as",
    "stopped",
    "halted",
    "suspended",
    "paralys",
    "paralyz",
    "did not",
    "will not",
    "would not",
    "didn't",
    "won't",
    "wouldn't",
    "didn’t",
    "won’t",
    "wouldn’t",
    "postpone",
    "put off",
    "defer",
    "left out",
    "leaving out",
    "leave out",
    "leaves out",
    "no agreement",
    "ruled out",
)


def consensus_stage(state: DocState, res: Any) -> None:
    text = state.text
    frames = {f["sentence"]: f for f in state.frames}
    main = dominant_question(state)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for si in sorted(sentences_with(state, KEYWORDS)):
        s, e = state.sentences[si]
        for a, b in _clauses(text, s, e):
            for q, status in _clause_status(state, frames.get(si), main, a, b, res):
                if q in seen and status == "reached" and _ALL_DONE_RX.search(lowered(state), a, b):
                    # "All 27 member states had completed ratification by June 21" after a
                    # member's hold-up told before: every member's step ends the question
                    for c in out:
                        if c["question"] == q and c["status"] == "not_reached":
                            c.update(status="reached", evidence=text[s:e].strip(), start=s, end=e)
                    continue
                if q in seen or _completed(res, state, q):
                    continue
                q = _uninvited(res, state, q, a, b)
                if q in seen:
                    continue
                seen.add(q)
                out.append(_remark(q, status, text, s, e))
    _same_fate(state, out, seen)
    _recommended(state, frames, out, seen)
    state.consensus = registered(out, res)


# The Commission proposes, the members decide: "The European Commission on Wednesday
# recommended letting six more countries join membership talks" leaves the decision open.
_RECOMMENDED_RX = re.compile(
    r"\bcommission(?:’s|'s)?\b[^.;]{0,80}?\b(?<!not )(?<!n[’']t )recommend(?:s|ed|ing|ation|"
    r"ations)?\b"
)


_NOT_YET_RX = re.compile(r"\b(?:before|until|unless|if|once|when|whether)\s+(?:the\s+)?$")


def _recommended(
    state: DocState, frames: dict[int, dict[str, Any]], out: list[dict[str, Any]], seen: set[str]
) -> None:
    """A question the story tells only as the Commission's recommendation is `unclear`
    (five annotated real sets code it so); any other remark on it, told anywhere in the story,
    comes first."""
    low = lowered(state)
    if "recommend" not in low or "commission" not in low:
        return
    text = state.text
    for si, f in sorted(frames.items()):
        if f.get("implicit") or f["action"] != "open_talks":
            continue
        s, e = state.sentences[si]
        rm = _RECOMMENDED_RX.search(low, s, e)
        if rm is None or low.find("candida", s, e) >= 0:
            continue  # (a recommendation of candidate status is no step of the talks)
        if _NOT_YET_RX.search(low, max(s, rm.start() - 25), rm.start()):
            continue  # "progress with Pristina before the Commission recommends": none yet
        # "recommends the opening of talks with Bosnia, once the necessary degree of
        # compliance is reached": a step promised on a condition is not reached
        status = "not_reached" if _DEFERRED_RX.search(low, s, e) else "unclear"
        for q in f["questions"]:
            if q in seen or not q.startswith("EU:"):
                continue
            seen.add(q)
            out.append(_remark(q, status, text, s, e))


def _remark(q: str, status: str, text: str, s: int, e: int) -> dict[str, Any]:
    return {"question": q, "status": status, "evidence": text[s:e].strip(), "start": s, "end": e}


_ALL_DONE_RX = re.compile(
    r"\ball (?:the )?(?:\d+ )?(?:[\w-]+ )?(?:allies|members|member[- ]states|member countries"
    r"|governments) (?:have |had )?(?:now )?(?:ratified|approved|completed (?:their |its )?"
    r"ratifications?)\b"
)


def _uninvited(res: Any, state: DocState, q: str, a: int, b: int) -> str:
    """NATO membership held up or agreed before the candidate was invited or had applied
    ("Clinton blocked Romania's bid for membership in NATO" in 1997, "Macedonia, whose
    membership is being held up by Greece" in 2008) is about the invitation: the members'
    decision on the table is to invite; admission follows by ratification. Not where the
    clause speaks of the admission's own steps (a protocol, a ratification, a treaty, its
    accession talks)."""
    if not q.startswith("NATO:admit:") or state.published is None or res.kb is None:
        return q
    cand = q[len("NATO:admit:") :]
    if not not_yet_invited(res, cand, state.published):
        return q  # invited, or a formal application on the table ("Turkey's objections
        # have dampened Stockholm's hopes for quick membership"): annotators keep membership
    if _OWN_STEP_RX.search(lowered(state), a, b):
        return q
    return f"NATO:invite:{cand}"


def _fewer_than_all(
    state: DocState, res: Any, f: dict[str, Any] | None, main: str | None, said: str
) -> bool:
    """A count of members that is not all of them on the publication day ("23 member
    countries have approved" of NATO's 30)."""
    inst = f["institution"] if f is not None else (main or "").split(":")[0]
    if res is None or not inst:
        return False
    total = len(members(res, inst, state.published))
    n = int(said.split()[0]) if said.split()[0].isdigit() else 0
    return bool(total) and 0 < n < total


_OWN_STEP_RX = re.compile(
    r"ratif|protocol|treaty|parliament|ceremony|deposit|(?:accession|membership) (?:talks|"
    r"negotiations)"
)


def _completed(res: Any, state: DocState, q: str) -> bool:
    """An accession already in force on the publication day ("Turkey, the last ally to
    approve Finland's membership, deposited ..." on the day Finland joined) is a completed
    fact, not a collective decision still to report."""
    inst, action, cand = q.split(":")
    return action == "admit" and cand in members(res, inst, state.published)


_SAME_FATE_RX = re.compile(
    r"\b(?:the )?same (?:answer|fate|treatment|outcome|response|verdict|result)\b|"
    r"\bsuffered the same\b|\bfared no better\b"
)


def _same_fate(state: DocState, out: list[dict[str, Any]], seen: set[str]) -> None:
    """ "Ukraine ... received the same answer": the status of the remark just before, for the
    candidate this sentence names."""
    if not out or "same" not in lowered(state) and "no better" not in lowered(state):
        return
    text = state.text
    for s, e in state.sentences:
        if not _SAME_FATE_RX.search(lowered(state), s, e):
            continue
        prior = [c for c in out if c["start"] < s]  # the story's decision told before
        if not prior:
            continue
        last = prior[-1]
        inst, action, _ = last["question"].split(":")
        named = [
            m.country_iso3
            for m in mentions_in(state, s, e)
            if m.type == "state" and not m.place and m.country_iso3
        ]
        for iso in dict.fromkeys(named):
            q = f"{inst}:{action}:{iso}"
            if q in seen or iso == last["question"].rsplit(":", 1)[1]:
                continue
            seen.add(q)
            out.append(_remark(q, last["status"], text, s, e))
        break


def _clause_status(
    state: DocState, f: dict[str, Any] | None, main: str | None, a: int, b: int, res: Any = None
) -> list[tuple[str, str]]:
    low = lowered(state)
    seg = low[a:b]
    for status, rx in (
        ("unclear", _UNCLEAR),
        ("reached", _REACHED),
        ("reached", _AGREED if any(k in seg for k in _AGREED_KEYS) else None),
        ("reached", _DECIDED if any(k in seg for k in _DECIDED_KEYS) else None),
        ("not_reached", _NOT_REACHED),
        ("not_reached", _FAILED if any(k in seg for k in _FAILED_KEYS) else None),
    ):
        if rx is None:
            continue
        m = boundary_search(rx, low, a, b)
        if not m or word_search(_HYPO, low, a, m.start()):
            continue
        before = low[max(a, m.start() - 30) : m.start()]
        if status == "not_reached" and (
            _SUPERSEDED_RX.search(before) or m.group().startswith(("hadn't", "hadn’t"))
        ):
            continue  # "X had vetoed ...", "hadn't agreed": a past state, since changed
        if (
            status == "not_reached"
            and m.group().startswith(("would", "will"))
            and _DENIED_RX.search(low, max(a, m.start() - 50), m.start())
        ):
            continue  # "he did not say that leaders would open talks only once ...": not said
        if _INTERVAL_BEFORE_RX.search(before) or _BILATERAL_RX.search(before):
            continue  # "six years after it opened negotiations"; "the two sides reached an
            # agreement": history, or a deal between two parties, not the members' decision
        if status == "reached" and m.group().startswith("unanim") and before.endswith("no "):
            status = "not_reached"  # "No unanimous decision was taken"
        if status == "reached" and _PARTIAL_RX.search(before):
            continue  # "most of the 28 allies have ratified": not all of them
        if (
            status == "reached"
            and m.group()[:1].isdigit()
            and _fewer_than_all(state, res, f, main, m.group())
        ):
            continue  # "23 member countries have approved the applications": not all 30
        if status == "reached" and m.group().startswith("unanim") and _NEEDED_RX.search(before):
            continue  # "will abstain from a unanimous vote", "needs a unanimous vote": no vote
        if status == "not_reached" and _DEMANDED_THAT_RX.search(
            low, max(a, m.start() - 60), m.start()
        ):
            continue  # "Moscow demanded guarantees that NATO would not admit Ukraine": a demand
        if status == "not_reached" and _FIRST_PERSON_RX.search(before):
            continue  # "I have not agreed to the text": one member's stance, not the body's
        if (
            status == "not_reached"
            and m.group().startswith(_BODY_WORDS)
            and _one_states_own(state, a, m.start())
        ):
            continue  # "Croatia's leaders remain deeply divided on Ukraine": one state's own
        if (
            status == "reached"
            and "unanim" in m.group()
            and (
                _NATIONAL_BODY_RX.search(low, max(a, m.start() - 60), m.start())
                or _CHAMBER_RX.search(low, m.end(), b)
            )
        ):
            continue  # "The Senate unanimously endorsed ...": one member's vote, not the body's
            # ("The unanimous vote came after the lower house ... approved": its chamber)
        if (
            status == "reached"
            and _MODAL_PASSIVE_RX.search(m.group())
            and _DECIDED_THAT_RX.search(low, a, m.end()) is None
        ):
            continue  # "negotiations with Croatia cannot be opened", "talks should be opened":
            # a view on the step, not the step taken
        if status == "reached" and _CANDIDATE_STATUS_RX.match(low, m.end()):
            continue  # "decided to grant the status of EU membership candidate country to
            # Ukraine": candidate status is no registered step
        if status == "reached" and (
            _DENIED_RX.search(low, max(a, m.start() - 50), m.start())
            or _NOT_INSIDE_RX.search(m.group())
        ):
            continue  # "no sign that the allies have agreed", "leaders have not yet agreed",
            # "allies have not invited"
        if (
            status == "reached"
            and m.group().endswith("agreed")
            and _AGREED_ELSE_RX.match(low, m.end())
        ):
            continue  # "leaders agreed on Wednesday to raise their spending target": another act
        if status == "reached" and _deferred(low, m.end(), b):
            status = "not_reached"  # "agreed that if a review finds ..., talks will open"
        if (
            status == "reached"
            and low.find("vague", m.end(), b + 80) >= 0
            and _VAGUE_WHEN_RX.search(low, m.end(), state.sentences[state.sentence_of(a)][1])
        ):
            # "agreed to offer Ukraine an invitation to join, but remained vague on how and
            # when": an invitation some day, none issued
            status = "not_reached"
        if _dated_before(state, a, _phrase_end(state.text, m.end(), b)):
            continue  # "which blocked an invitation ... in April 2008": history, not news
        if status == "reached" and _month_before(state, m, b):
            continue  # "NATO invited the seven to join at a November summit" in March: the
            # November before, background to the news
        if f is not None:
            scoped = [q for q in f["questions"] if _named_in(state, q, a, b)]
            # "NATO invited the seven": a counted group names the frame's candidates
            collective = f.get("implicit") and (
                _collective(m.group())
                or word_search(PLURAL_RX, low, a, b) is not None
                or _counted(low, a, b, len(f["candidates"]))
            )
            if scoped:
                questions = _subject_first(state, scoped, a, m.start())
            elif not f.get("implicit") or status != "reached" or collective:
                questions = f["questions"]  # "agreed to invite both Nordic countries"
            else:
                questions = []
        elif _collective(m.group()):
            questions = [main] if main else []
        else:
            # "Talks were eventually opened with both countries": as many as the story's
            # candidates, in a sentence that names no decision word of its own
            questions = _counted_candidates(state, low, a, b)
        inside = [q for q in questions if _named_in(state, q, m.start(), m.end())]
        if inside:
            questions = inside  # "would open talks with Bosnia only once ...": the one it names
        if status == "unclear" and f is not None and "balance" in m.group():
            # "... to open talks with Bosnia, but the outcome hangs in the balance as some tie
            # it to Ukraine": the outcome of the decision told before it
            ss = state.sentences[state.sentence_of(m.start())][0]
            told = [q for q in f["questions"] if _named_in(state, q, ss, a)]
            questions = told or questions
        questions = _step_named(state, questions, a, b, m.start())
        questions = _pending_step(main, questions, seg)
        if status == "reached" and "decided" in seg and _DECIDED_ADMIT_RX.search(seg):
            # "NATO decided to take in two new members, Albania and Croatia": the allies'
            # decision to admit is their invitation (ratification by each member follows)
            questions = list(
                dict.fromkeys(q.replace("NATO:admit:", "NATO:invite:") for q in questions)
            )
        if (
            status == "reached"
            and _TALKS_RX.search(m.group())
            and not _TALKS_ENDED_RX.search(m.group())
        ):
            # "Formal talks on Iceland's membership kicked off": the EU's step is opening them
            questions = list(
                dict.fromkeys(
                    f"EU:open_talks:{q.rsplit(':', 1)[1]}" if q.startswith("EU:") else q
                    for q in questions
                )
            )
        return [(q, status) for q in questions]
    return []


# Words of the admission's own steps: a remark naming them is about admission.
# A member's own chamber as the subject of a unanimous vote.
_NATIONAL_BODY_RX = re.compile(
    r"\b(?:"
    + "|".join(LEGISLATURE_WORDS)
    + r"|bundesrat|eduskunta|althing|folketing|saeima|seimas|duma|house of (?:representatives"
    r"|commons|lords)|lower house|upper house|senators)(?:['’]s)?\b[^.;]{0,40}$"
)
_ADMISSION_STEP_RX = re.compile(r"ratif|protocol|accession|parliament|treaty|ceremony")
_DECIDED_THAT_RX = re.compile(
    r"\b(?:decided|agreed|agree|concluded|decision(?: [\w’'-]+){0,10}?) that\b"
)
_MODAL_PASSIVE_RX = re.compile(
    r"\b(?:cannot|can[’']t|can|should|could|must|might|may|would|will)(?: not| now| yet)? be "
    r"(?:opened|started|launched|begun)\b"
)
_CHAMBER_RX = re.compile(
    r"\b(?:lower|upper) house\b|\b(?:bundestag|bundesrat|senate|sejm|storting|riksdag|"
    r"national assembly)\b"
)
_CANDIDATE_STATUS_RX = re.compile(
    r"[^.;]{0,60}?\b(?:candidate status|candidacy status|status of (?:an? )?(?:eu |official )?"
    r"(?:membership )?candidate|(?:official |formal |membership )?candidate country status)"
)
_DECIDED_ADMIT_RX = re.compile(
    r"\bdecided,? (?:[\w-]+,? ){0,3}?to (?:admit|take in|bring in)\b(?![^.;]*?(?:ratif|protocol|"
    r"treaty|parliament))"
)


def _pending_step(main: str | None, questions: list[str], seg: str) -> list[str]:
    """A remark that speaks of joining in general ("failed to agree on allowing the two
    countries to join") in a story whose decision on the table is an earlier step (an
    invitation, a MAP, opening talks) is about that step: consensus is reached or missed on
    the decision before the members, not on the membership it leads to."""
    if not main or not questions:
        return questions
    inst, action, _ = main.split(":")
    if action == "admit" or _ADMISSION_STEP_RX.search(seg) or STEP_WORD_RX.search(seg):
        return questions
    admit = f"{inst}:admit:"
    return list(
        dict.fromkeys(
            f"{inst}:{action}:{q[len(admit) :]}" if q.startswith(admit) else q for q in questions
        )
    )


# A remark that talks began (not that they ended): its step is their opening.
_TALKS_RX = re.compile(r"\b(?:talks|negotiations)\b")
_TALKS_ENDED_RX = re.compile(r"\b(?:clos|conclu|complet|finish|wrap)")


def _step_named(state: DocState, questions: list[str], a: int, b: int, pos: int) -> list[str]:
    """The step named nearest the remark in its clause, when it is another than the frame's
    (the frame reads the first step word of the whole sentence)."""
    if not questions:
        return questions
    low = lowered(state)
    steps = [(abs(x.start() - pos), x.lastgroup) for x in STEP_WORD_RX.finditer(low, a, b)]
    if not steps:
        return questions
    action = STEP_ACTION[min(steps)[1] or ""]
    inst = questions[0].split(":", 1)[0]
    if action == "open_talks":
        return questions  # talks words are read by frames (opening, concluding, under way)
    return list(dict.fromkeys(f"{inst}:{action}:{q.rsplit(':', 1)[1]}" for q in questions))


# An agreement whose step waits on a condition ("agreed that if a review in December finds
# that Turkey meets the criteria, talks will be opened"): the decision is deferred.
# So is one agreed "only once" something happens.
_VAGUE_WHEN_RX = re.compile(r"\bbut (?:remained|remain|were|was|stayed) vague (?:on|about) ")
_DEFERRED_RX = re.compile(r"\b(?:if|once|only (?:once|if|when|after)|provided)\b")
_FUTURE_RX = re.compile(r"\b(?:will|would|shall)\b")


def _deferred(low: str, pos: int, b: int) -> bool:
    """The agreement's object is a future step under a condition: "agreed that if ... will",
    "agreed that talks will open only once ..."."""
    head = low[pos : pos + 14]
    if " that " not in head and " only " not in head:
        return False
    return (
        _DEFERRED_RX.search(low, pos, b) is not None and _FUTURE_RX.search(low, pos, b) is not None
    )


# Clause breaks, and a participle clause that reports something else ("opened talks on
# Friday, becoming the second country after Croatia to ..." says nothing about Croatia's talks).
_CLAUSE_RX = re.compile(
    r",? but |; |, while |, whereas |, (?:becoming|making|following|after|putting|bringing)\b"
)
_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")


def _phrase_end(text: str, pos: int, b: int) -> int:
    """The end of the comma phrase at `pos`: what follows ("..., its first enlargement since
    Albania joined in 2009") is an apposition that dates something else."""
    i = text.find(",", pos, b)
    return b if i < 0 else i


def _dated_before(state: DocState, a: int, b: int) -> bool:
    """The clause dates what it reports to a year before the article's: background."""
    pub = state.published
    if pub is None:
        return False
    low = lowered(state)
    if _LAST_YEAR_RX.search(low, a, b):
        return True  # "opened accession talks last year", "two years ago"
    lm = _LAST_MONTH_RX.search(low, a, b)
    if lm is not None and MONTHS[lm.group(1)] >= pub.month:
        return True  # "all members agreed last December" in October: the year before
    if not has_digit(state.text[a:b]):
        return False
    return any(int(m.group()) < pub.year for m in _YEAR_RX.finditer(state.text, a, b))


def _month_before(state: DocState, m: re.Match[str], b: int) -> bool:
    """A decision told in the past tense at a month without a year that is later in the year
    than the publication's: that month of the year before."""
    pub = state.published
    if pub is None or state.published_coarse:
        return False
    low = lowered(state)
    at = _AT_MONTH_RX.search(low, m.end(), b)
    return (
        at is not None
        and MONTHS[at.group(1)] > pub.month
        and _NOT_PAST_RX.search(low, m.start(), at.start()) is None
    )


# Words that make the step still to come ("agreed that talks should be opened in October").
_NOT_PAST_RX = re.compile(
    r"\b(?:will|would|should|shall|could|can|may|might|must|is to|are to|set to|expected|"
    r"plans?|planned|due)\b"
)
_AT_MONTH_RX = re.compile(
    r"\b(?:in|at|during) (?:a |an |the |its |their )?(january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b(?! \d)"
)
_LAST_MONTH_RX = re.compile(
    r"\blast (january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
)
_LAST_YEAR_RX = re.compile(
    r"\b(?:" + YEARS_BEFORE + r"|"
    # "invited Sweden and Finland ... back in the summer": background to the news
    r"back in (?:the )?(?:summer|spring|autumn|fall|winter|january|february|march|april|may|"
    r"june|july|august|september|october|november|december))\b"
)


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, a = [], s
    for m in finditer(_CLAUSE_RX, text, s, e):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, e))
    return out


_LEAD_RX = re.compile(r"(?:\s+(?:formally|officially|finally|also|then|has|have|had))*\s*$")


def _subject_first(state: DocState, questions: list[str], a: int, pos: int) -> list[str]:
    """A candidate named right before the remark is its subject ("Serbia formally began
    negotiations ..."): the remark is about it (and those coordinated with it), not about a
    state named later in the clause."""
    if len(questions) < 2:
        return questions
    by_cand = {q.rsplit(":", 1)[1]: q for q in questions}
    ms = [
        m
        for m in mentions_in(state, a, pos)
        if m.end <= pos and m.type == "state" and m.country_iso3 in by_cand and not m.place
    ]
    if not ms or not _LEAD_RX.fullmatch(state.text, ms[-1].end, pos):
        return questions
    group = [ms[-1].country_iso3]
    for prev, m in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=True):
        if not coordinated(state.text, prev, m):
            break
        group.append(prev.country_iso3)
    return [q for q in questions if q.rsplit(":", 1)[1] in group]


_BODY_WORDS = ("leaders", "governments", "ministers", "members", "allies", "capitals")


def _one_states_own(state: DocState, a: int, pos: int) -> bool:
    """The remark's subject is one state's own body ("Croatia's leaders", "Hungary's
    ministers"), not the members'."""
    text = state.text
    if not text.startswith(("’s ", "'s "), pos - 3):
        return False
    before = mentions_in(state, max(a, pos - 40), pos)
    return bool(before) and before[-1].end == pos - 3 and before[-1].type == "state"


def _named_in(state: DocState, q: str, a: int, b: int) -> bool:
    cand = q.rsplit(":", 1)[1]
    return any(m.country_iso3 == cand for m in mentions_in(state, a, b))
