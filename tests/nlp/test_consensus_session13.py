"""Consensus remarks of the thirteenth session (own sentences): the members as a body "not
ready to invite" is no consensus; one member not ready is that member's stance only."""

from __future__ import annotations


def _consensus(run, text: str, published: str) -> set[tuple[str, str]]:
    return {(c["question"], c["status"]) for c in run(text, published)["consensus"]}


def test_the_allies_not_ready_to_invite_is_no_consensus(run) -> None:
    text = "Diplomats said the allies are not ready either to invite Ukraine or to admit it."
    assert _consensus(run, text, "2023-07-11") == {("NATO:invite:UKR", "not_reached")}


def test_the_contracted_form_reads_the_same(run) -> None:
    text = "NATO members aren't ready to invite Ukraine, diplomats said."
    assert _consensus(run, text, "2023-07-11") == {("NATO:invite:UKR", "not_reached")}


def test_one_member_not_ready_is_no_remark_on_the_body(run) -> None:
    out = run("Hungary is not ready to invite Ukraine.", "2023-07-11")
    assert out["consensus"] == []
    assert {(s["actor_iso3"], s["stance"]) for s in out["stances"]} == {("HUN", "oppose")}


def test_allies_not_ready_to_give_up_is_no_step(run) -> None:
    assert _consensus(run, "The allies are not ready to give up on Ukraine.", "2023-07-11") == set()


def test_decided_not_to_initiate_talks_is_no_consensus(run) -> None:
    text = "The European Union decided not to initiate membership talks with North Macedonia."
    assert _consensus(run, text, "2019-10-22") == {("EU:open_talks:MKD", "not_reached")}


def test_falling_short_of_an_invitation_is_no_consensus(run) -> None:
    text = "Ukraine fell short of getting a clear invitation from its NATO allies."
    assert _consensus(run, text, "2023-07-13") == {("NATO:invite:UKR", "not_reached")}


def test_talks_promised_once_a_condition_is_met_are_not_yet_decided(run) -> None:
    text = (
        "The leaders said they will open negotiations with Bosnia and Herzegovina once the "
        "necessary degree of compliance is reached."
    )
    assert _consensus(run, text, "2023-12-14") == {("EU:open_talks:BIH", "not_reached")}


def test_once_in_another_sense_is_no_condition_on_the_decision(run) -> None:
    assert _consensus(run, "Once Sweden joins, NATO will be stronger.", "2023-12-14") == set()


def test_an_invitation_promised_after_a_condition_is_not_yet_decided(run) -> None:
    text = (
        "The alliance's leaders decided Macedonia would receive the invitation to join NATO "
        "after resolving its dispute with Greece over the name."
    )
    assert _consensus(run, text, "2008-04-03") == {("NATO:invite:MKD", "not_reached")}


def test_so_this_will_not_happen_denies_the_step_just_named(run) -> None:
    text = (
        "The United States and Germany have not changed their position on inviting Ukraine to "
        "join NATO, so this will not happen at the summit in Washington."
    )
    assert _consensus(run, text, "2024-04-05") == {("NATO:invite:UKR", "not_reached")}
