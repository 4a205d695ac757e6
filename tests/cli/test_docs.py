"""Docs that cannot drift: the CLI reference and the settings table are checked here."""

from __future__ import annotations

from pathlib import Path

from accession.cli.docgen import render
from accession.settings import SETTINGS

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_cli_reference_matches_help() -> None:
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == render(), (
        "docs/cli.md is stale: run `python -m accession.cli.docgen > docs/cli.md`"
    )


def test_settings_doc_lists_every_setting() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        row = next((line for line in text.splitlines() if f"`{s.name}`" in line), None)
        assert row is not None, f"docs/settings.md lacks {s.name}"
        assert f"`{s.env}`" in row
        assert f"`{s.default}`" in row or s.default is None


def test_architecture_names_existing_folders() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    src = Path(__file__).resolve().parents[2] / "src" / "accession"
    for folder in sorted(p.name for p in src.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert f"`{folder}/`" in text, f"docs/architecture.md does not describe {folder}/"
