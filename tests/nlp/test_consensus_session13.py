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
