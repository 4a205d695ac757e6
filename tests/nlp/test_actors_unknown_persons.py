"""Persons the knowledge base does not know, found from the shape of the sentence: a
portfolio after "Secretary of", "X of <country>", "X, who ...", "the foreign policy chief,
X". Every sentence here was written for these tests."""

from __future__ import annotations

import pytest


def _people(run, text: str, published: str = "1999-03-12") -> dict[str, str | None]:
    return {
        a["canonical"]: a.get("country_iso3")
        for a in run(text, published)["actors"]
        if a["type"] == "person"
    }


def test_a_portfolio_after_secretary_of_is_the_office(run) -> None:
    text = "They handed the papers to U.S. Secretary of State Mary Fenwick at a ceremony."
    assert _people(run, text) == {"Mary Fenwick": "USA"}


def test_name_of_country(run) -> None:
    text = "Tomas Varga of Slovakia and Ana Lopes of Portugal signed the protocol."
    assert _people(run, text) == {"Tomas Varga": "SVK", "Ana Lopes": "PRT"}


def test_name_who(run) -> None:
    text = "Lena Marsh, who chairs the committee, said the veto was a mistake."
    assert _people(run, text) == {"Lena Marsh": None}


def test_a_lower_case_chief_before_a_name(run) -> None:
    text = 'The EU\'s foreign policy chief, Lena Marsh, called it "a lose-lose scenario".'
    out = run(text, "2016-11-24")
    assert {a["canonical"] for a in out["actors"] if a["type"] == "person"} == {"Lena Marsh"}
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Lena Marsh"]


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of England raised rates on Thursday.",
        "Officials in the State Department said nothing.",
        "Central Europe, which joined in 2004, has grown fast.",
    ],
    ids=["bank-of", "state-department", "which"],
)
def test_no_person_from_institutions_or_places(run, text: str) -> None:
    assert _people(run, text) == {}


def test_a_role_word_inside_a_longer_word_is_no_role(run) -> None:
    # "leader" inside "ringleader": once a crash (the role's tail matched, the role did not)
    out = run("The party ringleader John Smith said on Monday that NATO should wait.", "2024-01-01")
    assert all(a.get("role") != "leader" for a in out["actors"])


def test_a_name_after_the_verb_that_closes_a_quote_is_a_person(run) -> None:
    text = (
        '"The vote changes nothing for the Balkans," said Mara Lindqvist, a historian at '
        'Lund University. "Skopje still waits."'
    )
    out = run(text, "2019-02-08")
    assert _people(run, text, "2019-02-08") == {"Mara Lindqvist": None}
    assert {q["speaker_canonical"] for q in out["quotes"]} == {"Mara Lindqvist"}


def test_a_single_capitalised_word_after_the_verb_is_no_new_person(run) -> None:
    text = '"The vote changes nothing," said Tuesday\'s editorial in the daily paper.'
    assert _people(run, text, "2019-02-08") == {}


def test_a_body_or_occasion_ending_a_relative_clause_is_no_person(run) -> None:
    text = (
        "Moldovan President Ana Vrabie, who is in New York for the UN General Assembly "
        'Session, said the decision made the path to the EU "irreversible".'
    )
    out = run(text, "2023-09-20")
    assert "Assembly Session" not in _people(run, text, "2023-09-20")
    assert {q["speaker_canonical"] for q in out["quotes"]} <= {"Ana Vrabie"}


def test_a_speaker_named_by_surname_alone_after_a_quote(run) -> None:
    text = (
        "Nicolas Sarkozy spoke to the parliament on Wednesday about Turkey and the EU.\n"
        '"The position was very direct and clear," said Brandauer after the meeting.\n'
        '"Ending the talks would be a mistake," Brandauer warned.'
    )
    out = run(text, "2007-11-14")
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Brandauer", "Brandauer"]


def test_no_speaker_from_a_weekday_a_title_or_a_new_sentence(run) -> None:
    text = (
        'Dailies read "Sweeping majority for the alliance." Papers stressed the calm vote. '
        '"It was a mistake," said Sen. John Warner on Monday.'
    )
    names = {a["canonical"] for a in run(text, "1998-03-11")["actors"] if a["type"] == "person"}
    assert "Papers" not in names and "Sen" not in names


def test_an_ambassador_in_a_capital_named_in_apposition(run) -> None:
    text = (
        "Russia's ambassador in Sarajevo, Ivan Petrovsky, said his country could respond. "
        '"If Bosnia joins, we will react, and everyone knows how," he said.'
    )
    out = run(text, "2022-03-18")
    assert [q["speaker_canonical"] for q in out["quotes"]][-1] == "Ivan Petrovsky"


def test_a_surname_shared_in_the_knowledge_base_is_the_one_in_office(run) -> None:
    text = 'Clinton said the charter would "help reaffirm our common vision of a Europe whole".'
    out = run(text, "1998-01-17")
    assert [q["speaker_canonical"] for q in out["quotes"]] == ["Bill Clinton"]
