"""The faster forms of patterns and scans (speed pass 6) give exactly what the plain ones
they replace give: the extractor's output must not change by a byte."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from accession.nlp.dates import _date_matches
from accession.nlp.lexicon import _LOW, _NAME_TOKEN, _UP, NAME_PARTICLES, NAME_RX, NAME_SPACE
from tests.nlp.oracles import slow_date_spans

# the plain pattern `NAME_RX` is written for speed from
PLAIN_NAME_RX = re.compile(
    rf"{_NAME_TOKEN}(?:{NAME_SPACE}+(?:(?:{NAME_PARTICLES}){NAME_SPACE}+)*{_NAME_TOKEN})+"
)
NAME_PARTS = ["A", "B", "b", "c", "é", "É", "ƀ", "Ḁ", "'", "’", "-", " ", "  ", "\n", "."]
NAME_PARTS += ["de ", "van ", "der", "J.", "1", ",", "Mark", "Rutte", "Jean-Claude", "al "]
NAME_PARTS += ["Mc", "Mac", "Cain", "C"]


@given(st.lists(st.sampled_from(NAME_PARTS), max_size=16).map("".join))
def test_name_runs_equal_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in NAME_RX.finditer(text)] == [
        m.span() for m in PLAIN_NAME_RX.finditer(text)
    ]
    assert _UP and _LOW  # the letter classes both patterns are built from


DIGIT_PARTS = ["1", "3", "12", "123", "19", "20", "2016", "20161", "١", "٣", "-", " ", "/"]
DIGIT_PARTS += [".", "st ", "May", "March ", "Jan.", "Monday", " and ", "to", "x", ", ", "of "]
DIGIT_PARTS += ["2016-01-02", "٢٠", "3-4 July", "1.2.2024"]


@given(st.lists(st.sampled_from(DIGIT_PARTS), max_size=10).map("".join))
@example("191\u0661")  # three ASCII digits and another script's: four `\d`, a year
def test_date_candidates_by_digit_run_length_equal_trying_every_pattern(text: str) -> None:
    """Digit runs found with `str.find` and only the patterns a run's length allows (a run
    followed by another script's digit, which `\\d` also takes, tries them all) against every
    pattern at every word start (a date starts with an ASCII digit or a name, as before)."""
    assert [m.span() for _, m in _date_matches(text, 0, len(text))] == slow_date_spans(text)


ROLE_PARTS = ["Minister", "minister", "Prime ", "Foreign ", "Secretary of State", " for ", " of "]
ROLE_PARTS += ["the ", "and ", "Affairs", "European", "x", "X", ",", " ", "\t", "\n", "\u00a0"]
ROLE_PARTS += ["chief", "foreign policy ", "Sen.", "Mr", "leader", "Deputy ", "-", "Bek", ", "]


def _plain_role_before(text: str, start: int) -> str | None:
    from accession.nlp.mentions import _ROLE_PORTFOLIO_TAIL_RX, _ROLE_RX, _ROLE_TAIL_RX

    window = text[max(0, start - 90) : start]
    m = _ROLE_TAIL_RX.search(window)
    if not m:
        p = _ROLE_PORTFOLIO_TAIL_RX.search(window)
        return (p.group("role") or p.group("role2")) if p else None
    rm = _ROLE_RX.match(window, m.start())
    return rm.group() if rm is not None else None  # a tail whose role word starts inside a word


@given(st.lists(st.sampled_from(ROLE_PARTS), max_size=14).map("".join))
def test_role_before_skips_only_windows_the_tail_patterns_cannot_match(text: str) -> None:
    from accession.nlp.mentions import _role_before

    assert _role_before(text, len(text)) == _plain_role_before(text, len(text))


@given(st.data())
def test_window_needs_hold_in_every_match_of_their_family(data: st.DataObject) -> None:
    """Each family's `_WINDOW_NEEDS` strings: one is in every string its pattern matches
    (strings generated from the pattern itself, lookarounds aside)."""
    from accession.nlp.events import _TYPE_RX, _WINDOW_NEEDS

    key = data.draw(st.sampled_from(sorted(_WINDOW_NEEDS)))
    rx = _TYPE_RX[key]
    text = data.draw(st.from_regex(rx, fullmatch=True))
    if rx.fullmatch(text):
        assert any(n in text for n in _WINDOW_NEEDS[key]), (key, text)


@given(
    st.lists(st.sampled_from(["a", ".", ";", ":", " ", "\n", "é", "ab. ", "x;y"]), max_size=12).map(
        "".join
    ),
    st.integers(-2, 40),
    st.integers(-2, 40),
)
def test_clause_tail_start_equals_the_tail_search(text: str, lo: int, pos: int) -> None:
    from accession.nlp.dates import _CLAUSE_TAIL_RX, _clause_tail_start

    m = _CLAUSE_TAIL_RX.search(text, lo, pos)
    assert _clause_tail_start(text, lo, pos) == (m.start() if m is not None else None)


_OFFICE_PIECES = [
    "The ",
    "the ",
    "Hungarian ",
    "Hungary's ",
    "alliance's ",
    "NATO ",
    "prime minister",
    "Prime Minister",
    "President",
    "president",
    "Secretary-General",
    "secretary general",
    "Chancellor",
    "premier",
    "foreign minister",
    "Vice-",
    " Viktor",
    "-elect",
    ", ",
    " ",
    ".",
    "former ",
    "Co",
]


@given(st.lists(st.sampled_from(_OFFICE_PIECES), max_size=14).map("".join))
def test_office_roles_and_owners_equal_the_one_pattern(text: str) -> None:
    """`mentions._office_roles` plus the owner read backwards gives the spans the single
    pattern (owner, then role, scanned left to right) gives."""
    import re

    from accession.nlp.mentions import _OFFICE_OWNER_RX, _OFFICE_ROLE_RX, _office_roles

    one = re.compile(
        r"\b(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]+|alliance)(?:['’]s)?\s+(?P<role>"
        + _OFFICE_ROLE_RX.pattern
        + ")"
    )
    want = [(m.start(), m.group("owner"), m.span("role")) for m in one.finditer(text)]
    got, last_end = [], 0
    for rm in _office_roles(text):  # as `_offices` reads them
        m = _OFFICE_OWNER_RX.search(text, max(last_end, rm.start() - 60), rm.start())
        if m is not None:
            got.append((m.start(), m.group("owner"), rm.span()))
            last_end = rm.end()
    assert got == want
