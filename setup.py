"""Opt-in compiled build of the extraction modules (everything else is in pyproject.toml).

Why opt-in: mypyc turns the rule modules of `accession.nlp` into C extensions, about 1.4x
faster on the extraction benchmark, but a compiled module shadows its `.py` source. In an
editable install that would run stale code after every edit, so the default install
(`make install`, `pip install -e .`) stays pure Python, and the compiled build is a wheel:
`make compiled` (or `ACCESSION_MYPYC=1 pip install --no-build-isolation .` with mypy
installed). Both give byte-identical output; CI checks that on every run.
"""

from __future__ import annotations

import os

from setuptools import setup

# The rule modules: the hot loops live here. The glue (api, registry, ner) stays pure Python.
COMPILED = [
    f"src/accession/nlp/{name}.py"
    for name in (
        "pipeline",
        "scan",
        "text",
        "dates",
        "lexicon",
        "mentions",
        "linker",
        "quotes",
        "statements",
        "events",
        "frames",
        "holders",
        "stance_cues",
        "stances",
        "consensus",
    )
]

ext_modules = []
if os.environ.get("ACCESSION_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3"
    )

setup(ext_modules=ext_modules)
