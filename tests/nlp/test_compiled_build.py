"""The compiled build (`make compiled`, mypyc) must give exactly what the Python source gives.

Why a whole-output comparison: mypyc checks declared types at run time and early-binds calls
within a module, so a difference would show as a changed result on some document rather than
as an error. The check runs only where the compiled modules are the ones imported (the
`make test-compiled` environment); the source runs in a subprocess with `src/` first on
the path, where no compiled module exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import accession.nlp.stances

ROOT = Path(__file__).resolve().parents[2]
COMPILED = accession.nlp.stances.__file__.endswith((".so", ".pyd"))

pytestmark = pytest.mark.skipif(
    not COMPILED, reason="the Python source is loaded; run `make test-compiled`"
)

# Prints one JSON line per document: every fixture document, then generated articles on and
# off the topic (the benchmark's own templates).
_DUMP = """
import glob, json, sys
sys.path.insert(0, sys.argv[1] + "/benchmarks")
from extract_bench import corpus
from accession.kb import load_kb
from accession.nlp import Pipeline
import accession.nlp.stances as s
print(s.__file__)
pipe = Pipeline(load_kb(), ner=None)
paths = sorted(glob.glob(sys.argv[1] + "/tests/fixtures/**/*.doc.json", recursive=True))
docs = [json.load(open(p, encoding="utf-8")) for p in paths]
docs += corpus(150) + corpus(100, seed=11, offtopic_share=0.5)
for d in docs:
    print(json.dumps(pipe(d), sort_keys=True, ensure_ascii=False))
"""


def _dump(pythonpath: str | None) -> list[str]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return out.stdout.splitlines()


def test_compiled_output_equals_the_source_output() -> None:
    compiled = _dump(None)
    source = _dump(str(ROOT / "src"))
    assert compiled[0].endswith((".so", ".pyd")), compiled[0]
    assert source[0].endswith(".py"), source[0]
    assert len(compiled) == len(source) > 300
    for i, (a, b) in enumerate(zip(compiled[1:], source[1:], strict=True)):
        assert a == b, f"document {i}: compiled {a[:300]} != source {b[:300]}"
