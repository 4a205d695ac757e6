"""The stage contract: needs met by earlier stages, versioned ids, a recorded config."""

from __future__ import annotations

import pytest

from accession.errors import InputError
from accession.kb import load_kb
from accession.nlp import DEFAULT_STAGES, STAGES, Pipeline, extract
from accession.nlp.pipeline import PipelineConfigError, Stage, check_stages


def test_default_order_passes_the_start_up_check() -> None:
    check_stages([STAGES[s] for s in DEFAULT_STAGES])


def test_a_stage_before_its_inputs_fails_at_start_up() -> None:
    with pytest.raises(PipelineConfigError, match="quotes.v1 needs"):
        Pipeline(load_kb(), ["sentences.v1", "quotes.v1"], ner=None)


def test_unknown_stage_names_the_registered_ones() -> None:
    with pytest.raises(PipelineConfigError, match="registered: sentences.v1"):
        Pipeline(load_kb(), ["sentences.v9"], ner=None)


def test_every_registered_stage_is_versioned_and_declares_fields() -> None:
    for key, stage in STAGES.items():
        assert isinstance(stage, Stage)
        assert key == stage.id and stage.id.endswith(f".v{stage.version}")
        assert stage.adds, key


def test_config_records_name_version_and_stages(pipe: Pipeline) -> None:
    cfg = pipe.config
    assert cfg["name"] == "extract.default" and cfg["version"]
    assert cfg["stages"] == list(DEFAULT_STAGES)


def test_output_has_the_format_keys(run) -> None:
    out = run("Hungary said it supports Sweden's accession to NATO.")
    for key in ("actors", "quotes", "stances", "consensus", "events"):
        assert isinstance(out[key], list)


@pytest.mark.parametrize(
    "doc", [{"text": ""}, {"title": "no text"}, 42], ids=["empty", "missing", "not-a-dict"]
)
def test_bad_documents_raise_input_error(doc: object) -> None:
    with pytest.raises(InputError):
        extract(doc, load_kb())


def test_offsets_point_into_the_text(run) -> None:
    text = 'Polish Foreign Minister Radoslaw Sikorski said: "We stand with Kyiv all the way."'
    out = run(text)
    for item in out["actors"] + out["quotes"]:
        span = text[item["start"] : item["end"]]
        assert span == item.get("mention", item.get("text"))
