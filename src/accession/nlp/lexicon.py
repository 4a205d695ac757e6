"""Everything the stages look up, compiled once per knowledge base.

Why: the target is ≥ 1,000 articles/s on one core, so no per-document pattern building and
no scanning the text once per term. All gazetteer terms, organisation aliases and
office-holders' names go into one trie-shaped regular expression (shared prefixes are
factored, so the engine follows one branch per character instead of trying 600
alternatives at every position). Persons are also indexed by name skeleton
(`kb.names.skeleton`) so transliteration variants (Sybiha / Sybiga / Sibiga) meet.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

import pycountry

from accession.kb.names import fold, skeleton

# ---- words ---------------------------------------------------------------------------------

SPEECH_VERB_WORDS = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|stated|states|declared|declares|"
    "wrote|writes|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|noted|notes|"
    "warned|warns|insisted|insists|argued|argues|explained|explains|announced|announces|"
    "asserted|asserts|vowed|vows|pledged|pledges|promised|promises|claimed|claims|"
    "urged|urges|hailed|hails|called|calls|clarified|clarifies|confirmed|confirms|"
    "reiterated|reiterates|replied|replies|responded|responds|remarked|continued|"
    "acknowledged|acknowledges|admitted|admits|posted|tweeted|commented|echoed|"
    "welcomed|welcomes|praised|praises|described|answered|answers|reaffirmed|reaffirms|"
    "recalled|recalls|cautioned|cautions|complained|complains|conceded|concedes|assured|"
    "assures|exclaimed|exclaims|quipped|quips|joked|jokes|lamented|laments|boasted|boasts|"
    "set to"
)

# Honorifics among the role words: they make a name a person's but are no office (not
# `mentions._ADDRESS_TITLES`, the offices an honorific may address: "Mr President")
HONORIFIC_ROLES = frozenset(
    ("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Dr", "Dr.", "Prof.")
)

# Named groups of states, one entry per member ("the Baltic states", "the Benelux countries",
# "the Visegrad four"), matched on the lower-cased text; read by the linker (each member a
# state of its sentence) and by the stance holders.
STATE_GROUPS = {
    "baltic": ("EST", "LVA", "LTU"),
    "benelux": ("BEL", "NLD", "LUX"),
    "visegrad": ("CZE", "HUN", "POL", "SVK"),
}
STATE_GROUP_RX = re.compile(
    r"(?:the )?(?:three )?(?:(?P<g>baltic|benelux|visegr[aá]d)(?: (?:four|group|states|"
    r"countries|nations|republics|trio)|s\b)|(?P<balts>balts)\b)"
)


# Literals one of which every match of `STATE_GROUP_RX` holds (a cheap test before it runs).
STATE_GROUP_KEYS = ("baltic", "benelux", "visegr", "balts")


def group_members(m: re.Match[str]) -> tuple[str, ...]:
    """The members of the group a `STATE_GROUP_RX` match names ("the Balts": the three
    Baltic states)."""
    g = m.group("g") or "baltic"
    return STATE_GROUPS["visegrad" if g.startswith("visegr") else g]


# Counts written as words ("the seven countries", "presidents of nine NATO members").
NUMBER_WORDS = dict(
    zip(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        range(2, 12),
        strict=True,
    )
)
NUMBER_WORDS["twelve"] = 12

# Treaties whose ratification is membership itself (an accession treaty, the North Atlantic or
# Washington Treaty): every other named treaty ("the Nice Treaty", "the START II treaty") is
# another decision. A lookaround to put before a capitalised treaty name.
MEMBERSHIP_TREATIES = ("Accession", "North Atlantic", "Washington")
NOT_MEMBERSHIP_TREATY = r"(?<!North )(?!(?:" + "|".join(MEMBERSHIP_TREATIES) + r")\b)"

# Role words before a name; longest first so "Deputy Prime Minister" wins over "Minister".
ROLE_WORDS = (
    "Deputy Prime Minister",
    "Prime Minister",
    # national titles that name their state ("Taoiseach Enda Kenny"): see TITLE_STATES
    "Taoiseach",
    "Tánaiste",
    "Foreign Minister",
    "Foreign Secretary",
    "Defence Minister",
    "Defense Minister",
    "Defence Secretary",
    "Defense Secretary",
    "Interior Minister",
    "Finance Minister",
    "Economy Minister",
    "Europe Minister",
    "European Affairs Minister",
    "Minister",
    "Secretary of State",
    "Deputy Secretary of State",
    "Undersecretary of State",
    "Under Secretary of State",
    "Assistant Secretary of State",
    "Secretary-General",
    "Secretary General",
    # US copy: "Secretary Hegseth", "Secretary Rubio" (after the longer titles above)
    "Secretary",
    "Deputy Secretary-General",
    "Deputy Secretary General",
    "Vice President",
    "President-elect",
    "President",
    "Chancellor",
    "Premier",
    "Speaker",
    "Ambassador",
    "Envoy",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "Senator",
    "Sen.",
    "Sens.",
    "Reps.",
    "Rep.",
    "King",
    "Queen",
    "Commissioner",
    "High Representative",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Gen.",
    "General",
    "Admiral",
    "Lt. Gen.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    # "Dr Zhelev said": a title, no part of the name
    "Dr",
    "Dr.",
    "Prof.",
    # British styles of a knight or peer: "Sir Winston Churchill", "Lord Carrington"
    "Sir",
    "Dame",
    "Lord",
    "leader",
    "Leader",
    # lower case in apposition: "the enlargement commissioner, Štefan Füle,"
    "commissioner",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "minister",
    "president",
    "chancellor",
    "ambassador",
    "envoy",
    # lower-case nouns that introduce a named person: "his Croatian counterpart, Gordan
    # Jandroković", "parliamentary speaker X", "the far-right activist X"
    "counterpart",
    "speaker",
    "activist",
    "co-chair",
    "chairman",
    "chairwoman",
    "lawmaker",
    "negotiator",
    "mayor",
    # those quoted for their knowledge: "said political analyst Ivo Banac"
    "analyst",
    "expert",
    "professor",
    "researcher",
    "commentator",
    "historian",
    "economist",
    # officials named after their body: "said German Foreign Ministry official Tobias
    # Lindner", "State Department spokesman X", "presidential adviser X"
    "official",
    "adviser",
    "advisor",
    "aide",
    "diplomat",
)
# Chambers named by the word alone after their state ("Spain's Senate").
CHAMBER_WORDS = ("Senate", "Chamber of Deputies", "House of Representatives", "House of Commons")
ROLE_KIND = (
    (
        "foreign minister|foreign secretary|minister of foreign affairs|secretary of state$",
        "foreign_minister",
    ),
    ("defen[cs]e (minister|secretary)|minister of defen[cs]e", "defence_minister"),
    ("secretary[- ]general", "secretary_general"),
    ("prime minister$|^prime minister|chancellor|premier|taoiseach", "head_of_government"),
    ("^president$|king|queen", "head_of_state"),
)
# Verbs that open a sentence before their speaker: 'Added Clinton: "..."', 'Said Solana, "..."'
# (read by mentions, which names the speaker, and by quotes, which attributes the quote).
LEAD_VERBS = (
    "Added",
    "Said",
    "Asked",
    "Continued",
    "Warned",
    "Wrote",
    "Replied",
    "Declared",
    "Noted",
)
LEAD_VERB_RX = r"(?:^|(?<=[.!?\n])\s*)(?:" + "|".join(LEAD_VERBS) + r")"
# A member's legislature as a subject ("parliament approved", "the Senate unanimously ..."):
# read by events (a ratification's verb after its body) and by consensus (one member's vote).
LEGISLATURE_WORDS: tuple[str, ...] = (
    "parliament",
    "assembly",
    "senate",
    "lawmakers",
    "legislators",
    "deputies",
    "mps",
    "sabor",
    "sejm",
    "storting",
    "riksdag",
    "bundestag",
    "congress",
    "legislature",
)
# Titles held in one state only: the person's country when the text names no other.
TITLE_STATES = {"Taoiseach": "IRL", "Tánaiste": "IRL"}
_ROLE_KIND_RX = tuple((re.compile(p, re.I), k) for p, k in ROLE_KIND)

# Nouns after a demonym that make it an attribute of a person, not a state actor.
PERSON_NOUNS = (
    "prime minister|foreign minister|defen[cs]e minister|minister|president|chancellor|"
    "premier|leader|leaders|official|officials|diplomat|diplomats|government|ambassador|"
    "envoy|spokesman|spokeswoman|spokesperson|foreign ministry|defen[cs]e ministry|"
    "deputy|lawmakers?|mps?|senator|king|queen|secretary|counterpart|counterparts|"
    "undersecretary|under secretary|head of state|head of government|authorities|"
    "delegation|negotiators?|troops|soldiers|forces|army|military|media|press|state media"
)
PERSON_NOUN_RX = re.compile(rf"(?:’s|'s)?\s+(?:{PERSON_NOUNS})\b", re.I)
ATTRIBUTE_NOUN_RX = re.compile(
    r"(?:’s|'s)?\s+(?:Deputy |Vice |Acting |Former |former )?(?:Prime Minister|Foreign Minister|"
    r"Defen[cs]e Minister|Minister|President|Chancellor|Premier|leader|Leader|officials?|"
    r"Officials?|diplomats?|government|Government|ambassador|Ambassador|envoy|Envoy|"
    r"spokes(?:man|woman|person)|Foreign Ministry|foreign ministry|Undersecretary|"
    r"Secretary|Speaker|King|Queen|lawmakers?|MPs?|counterparts?|negotiators?|"
    r"head of (?:state|government)|minister|president|[Pp]residency|prime minister|"
    r"chancellor|foreign secretary|defen[cs]e secretary|secretary of state|premier|"
    r"(?:[Nn]ational [Ss]ecurity )?[Aa]dvis[eo]r|"
    # "the German EU presidency"; a deed or a quality of the state, not the state acting:
    # "the Russian military aggression", "Russian influence", "a longtime Russian ally"
    r"(?:EU |Council )[Pp]residency|(?:military |armed )?(?:aggression|power|influence"
    r"|interference)|all(?:y|ies)|"
    # an office named with its portfolio ("the German defense minister", "Greek European
    # Affairs Minister", "British Foreign Secretary", "the Croatian state secretary")
    r"(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|EU [Aa]ffairs|European [Aa]ffairs|[Ee]urope) "
    r"[Mm]inister|Foreign Secretary|[Ss]tate [Ss]ecretary|MFA|FM)\b"
)

# Lowercase words that precede a place, not an actor ("in Brussels", "return to the White House").
PLACE_BEFORE_RX = re.compile(
    # "At Bucharest in 2008 the allies ...": a capitalised preposition opens a sentence
    r"(?:\b(?:in|at|In|At|into|inside|outside|near|via|from|across|around|visit(?:ed|ing|s)?|"
    # "the Finnish capital Helsinki"
    r"capital|"
    r"(?:return|head|travel|go|went|come|came|flew|fly|arriv)\w*\s+(?:to|in|at)|to|"
    r"(?:leav\w*|left|bound|depart\w*|headed|heading) for)"
    r"(?:\s+the)?\s*)$"
)

# A capital naming a meeting held there ("the Bucharest summit", "the Madrid declaration") is
# the meeting's place, not the state acting.
EVENT_AFTER_RX = re.compile(
    # also past a short aside: "the Helsinki (EU summit) decision"
    r"(?:\s*\([^()]{1,30}\))?\s+(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Dd]eclaration|[Cc]ommuniqu\w*|talks|format|process"
    r"|memorandum|accord|charter|initiative|decision|promise|pledge|commitment|formula|agreement"
    # "the Copenhagen criteria": a name, not the state
    r"|criteria"
    # "the Lisbon treaty", "The Hague tribunal", "Luxembourg city"
    # (and their plurals: "the Bucharest promises of 2008")
    r"|[Tt]reaty|tribunal|court|city)s?\b"
)

# The nouns of a news outlet ("the daily Pobjeda", "the British newspaper Financial Times"):
# `mentions` finds outlets' names beside them; `holders` reads a state's adjective before
# them as the outlet's, not a holder.
OUTLET_NOUN = (
    r"(?:news (?:site|agency|portal|website|outlet)|web ?site|Web site|portal|daily|newspaper"
    r"|weekly|broadcaster|television|TV|radio|channel|outlet|agency|magazine)"
)

NAME_PARTICLES = "de|van|der|von|den|da|di|du|la|le|bin|al|ter|del|dos"
# Letters of names: Latin-1, Latin Extended-A and -B (Romanian "ș"/"ț" with comma below are
# in -B: "Popșoi" must not stop at "Pop") and Latin Extended Additional. The extended blocks
# mix cases; a token still has to start with a letter outside a-z.
_UP = "A-ZÀ-ÖØ-ÞĀ-Žƀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿā-žƀ-ɏḀ-ỿ"
# "McCain", "MacArthur", "O'Neill", "D'Alema": a second capital after Mc/Mac/O'/D' stays in
# the token
_INNER = rf"(?:(?<=Mc)[{_UP}][{_LOW}]+|(?<=Mac)[{_UP}][{_LOW}]+|(?<=[OD]['’])[{_UP}][{_LOW}]+)?"
_INNER_FAST = (
    rf"(?:(?<=Mc)[{_UP}][{_LOW}]++|(?<=Mac)[{_UP}][{_LOW}]++|(?<=[OD]['’])[{_UP}][{_LOW}]++)?"
)
# The space between a name's tokens never holds a line break: "on X.\n\nViktor Orban" is
# not one name.
NAME_SPACE = r"[^\S\n]"
_NAME_TOKEN = rf"(?:[{_UP}][{_LOW}’']+{_INNER}(?:-[{_UP}][{_LOW}]+)?|[A-Z]\.)"
# `NAME_RX` is `_NAME_TOKEN(?:\s+(?:(?:particle)\s+)*_NAME_TOKEN)+`, written for speed with
# the same matches: the first token's capital is taken out of its alternation, so the pattern
# starts with a character class and the engine skips to the next capital (a leading
# alternation makes it try the whole pattern at every position: ~2x slower); and the letter
# and space runs are possessive, since a shorter run could only be followed by another letter
# (or space), which nothing after it accepts.
_NAME_TOKEN_FAST = rf"(?:[{_UP}][{_LOW}’']++{_INNER_FAST}(?:-[{_UP}][{_LOW}]++)?|[A-Z]\.)"
NAME_RX = re.compile(
    rf"[{_UP}](?:[{_LOW}’']++{_INNER_FAST}(?:-[{_UP}][{_LOW}]++)?|(?<=[A-Z])\.)"
    rf"(?:{NAME_SPACE}++(?:(?:{NAME_PARTICLES}){NAME_SPACE}+)*{_NAME_TOKEN_FAST})+"
)
CAP_TOKEN_RX = re.compile(rf"[{_UP}][{_LOW}]+(?:-[A-Z][a-z]+)?")


@functools.lru_cache(maxsize=1024)
def role_kind(role: str | None) -> str | None:
    """Map a role phrase to the KB's `offices.role_kind` vocabulary."""
    if not role:
        return None
    for rx, kind in _ROLE_KIND_RX:
        if rx.search(role):
            return kind
    return "other"


def trie_regex(words: list[str]) -> str:
    """A regex source matching any of `words`, factored by shared prefixes."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        if list(node) == [""]:
            return ""
        optional = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return build(root)


# The verbs as one trie-shaped alternative (the same words; every use is followed by `\b`
# or `\s`, so at most one word can match at a position): ~4x faster to scan than the list.
SPEECH_VERBS = trie_regex(sorted(SPEECH_VERB_WORDS.split("|")))
SPEECH_RX = re.compile(rf"\b(?:{SPEECH_VERBS})\b")


@dataclass(frozen=True)
class Entry:
    """What one surface term names."""

    type: str  # state | organization | person
    key: str
    canonical: str
    form: str
    country_iso3: str | None = None
    aliases: tuple[str, ...] = ()
    org_type: str = ""


@dataclass
class Lexicon:
    """Compiled look-ups built from a KnowledgeBase; reuse it across documents."""

    terms: dict[str, list[Entry]] = field(default_factory=dict)
    term_rx: re.Pattern[str] | None = None
    state_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # iso3 -> a demonym
    person_by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    surname_by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    person_skeletons: list[str] = field(default_factory=list)
    parliaments: dict[str, Entry] = field(default_factory=dict)
    # a state's chamber by its common English word: ("ESP", "Senate") -> Senate of Spain
    chambers: dict[tuple[str, str], Entry] = field(default_factory=dict)
    orgs: dict[str, Entry] = field(default_factory=dict)
    person_cache: dict[str, str | None] = field(default_factory=dict)
    # states of the gazetteer's "world_state" rows: far from the enlargement questions, so
    # never stance holders nor candidates, and named after a locative ("troops in
    # Afghanistan") they are where, not who (see `Mention.peripheral`)
    peripheral: set[str] = field(default_factory=set)

    def add(self, term: str, entry: Entry) -> None:
        term = term.strip()
        if not term:
            return
        bucket = self.terms.setdefault(term, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, term: str) -> Entry | None:
        hits = self.terms.get(term)
        return hits[0] if hits else None


def _state_name(iso3: str, fallback: str) -> str:
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return fallback
    return getattr(c, "common_name", None) or c.name


_PREFERRED_NAMES = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "TUR": "Turkey",
    "MKD": "North Macedonia",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "MDA": "Moldova",
    "IRN": "Iran",
    "XKX": "Kosovo",
    "CZE": "Czech Republic",
    "NLD": "Netherlands",
}


def build_lexicon(kb: Any) -> Lexicon:
    """Compile the KB's gazetteer, organisations and persons into look-ups."""
    lex = Lexicon()
    first_name: dict[str, str] = {}
    for row in kb.gazetteer:
        if row["kind"] in ("state_name", "world_state"):
            first_name.setdefault(row["target"], row["term"])
    for row in kb.organizations:
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        entry = Entry(
            "organization",
            f"org:{row['org_key']}",
            row["canonical"],
            # a news medium reports; it speaks for no state (`holders.holder_iso`)
            "media" if row["type"] in ("media", "news_agency") else "org",
            row["country_iso3"] or None,
            aliases,
            row["type"],
        )
        lex.orgs[row["org_key"]] = entry
        for term in {row["canonical"], *aliases}:
            if term.startswith("the ") and term[4:5].isupper():
                term = term[4:]
            if len(term) >= 2:
                lex.add(term, entry)
        if row["type"] == "parliament" and row["country_iso3"]:
            lex.parliaments.setdefault(row["country_iso3"], entry)
            for word in CHAMBER_WORDS:
                if word in row["canonical"]:
                    lex.chambers.setdefault((row["country_iso3"], word), entry)
    for row in kb.gazetteer:
        term, kind, target = row["term"], row["kind"], row["target"]
        if term.startswith("the ") and term[4:5].isupper():
            term = term[4:]
        if target in lex.orgs:
            lex.add(term, lex.orgs[target])
            continue
        if len(target) != 3 or not target.isupper():
            continue
        if kind == "world_state":
            kind = "state_name"
            lex.peripheral.add(target)
        name = _PREFERRED_NAMES.get(target) or first_name.get(target) or term
        name = _state_name(target, name) if target not in _PREFERRED_NAMES else name
        lex.state_names[target] = name
        entry = Entry("state", f"state:{target}", name, kind, target)
        lex.add(term, entry)
        if kind == "demonym":
            lex.demonyms.setdefault(target, term)
            if not re.search(r"(sh|ch|ss|se|ese|s|i)$", term):
                lex.add(term + "s", entry)  # Swedes, Finns, Ukrainians
    for person in kb.persons.values():
        names = {person.canonical, *person.aliases}
        entry = Entry(
            "person",
            f"person:{person.person_id}",
            person.canonical,
            "person",
            person.country_iso3,
            tuple(sorted(names)),
        )
        for name in names:
            sk = skeleton(name)
            if not sk:
                continue
            if " " in sk:
                lex.person_by_skeleton.setdefault(sk, []).append(person.person_id)
            last = sk.split()[-1]
            if " " in sk and _REGNAL_RX.fullmatch(last):
                continue  # "Felipe VI": a regnal number is no surname (Swedish "Vi ser ...")
            # one entry per person, however many aliases end in the surname ("Zelensky",
            # "Volodymyr Zelensky"): a surname of one person stays unambiguous
            ids = lex.surname_by_skeleton.setdefault(last, [])
            if person.person_id not in ids:
                ids.append(person.person_id)
    lex.person_skeletons = sorted(lex.person_by_skeleton)
    terms = sorted(lex.terms, key=len, reverse=True)
    lex.term_rx = re.compile(f"(?:{trie_regex(terms)})(?!\\w|-\\w)")
    return lex


_REGNAL_RX = re.compile(r"[ivx]{1,4}")


def same_name(a: str, b: str) -> bool:
    """Names equal without case, accents or punctuation (how the scorer compares)."""
    return fold(a) == fold(b)
