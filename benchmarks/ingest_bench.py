"""Ingest benchmark: a 100,000-document JSONL corpus from our own templates, streamed into a
fresh SQLite database. Reports documents/s, peak RSS (flat memory check) and resumability
after `kill -9`.

    python benchmarks/ingest_bench.py                 # 100,000 docs, extractor if present
    python benchmarks/ingest_bench.py --docs 10000 --extract none

Why a child process: peak RSS (`resource.getrusage`) must be that of the ingest alone, and
the resumability check needs a process we can SIGKILL mid-batch.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATES = ["Hungary", "Germany", "France", "Slovakia", "Poland", "Italy", "Spain", "Türkiye"]
PEOPLE = ["the foreign minister", "the prime minister", "a government spokesperson"]
CITIES = ["Brussels", "Budapest", "Berlin", "Warsaw", "Vilnius", "The Hague"]
VERBS = ["opposes", "supports", "has doubts about", "will not block", "welcomes"]
FILLER = [
    "Officials spent the morning on the wording of a joint statement about the alliance.",
    "Diplomats described the talks as long and at times difficult but useful.",
    "The ministers also discussed air defence, ammunition production and budgets.",
    "A decision on the next steps is expected before the summit in the summer.",
    "Several delegations asked for more time to consult their parliaments at home.",
    "Analysts said the outcome would depend on the course of the war over the winter.",
]


def article(rng: random.Random, i: int, words: int) -> dict[str, object]:
    """One synthetic article: a stance sentence, a quote, filler up to about `words`."""
    state, city = rng.choice(STATES), rng.choice(CITIES)
    parts = [
        f"{state} {rng.choice(VERBS)} an invitation for Ukraine to join NATO, "
        f"{rng.choice(PEOPLE)} said in {city} in note {i}.",
        f'"We will decide together with our allies," {rng.choice(PEOPLE)} told reporters.',
    ]
    while sum(len(p.split()) for p in parts) < words:
        parts.append(rng.choice(FILLER))
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {
        "url": f"https://bench.example/{i}",
        "title": f"{state} on Ukraine ({i})",
        "published": day,
        "outlet": rng.choice(["Bench Wire", "Bench Herald", "Bench Daily"]),
        "text": "\n".join(parts),
    }


def write_corpus(path: Path, docs: int, words: int, seed: int = 7) -> dict[str, int]:
    """~3% syndicated copies (same story, another byline) and ~0.5% broken lines."""
    rng = random.Random(seed)
    kinds = {"articles": 0, "copies": 0, "broken": 0}
    last: dict[str, object] | None = None
    with path.open("w", encoding="utf-8") as fh:
        for i in range(docs):
            roll = rng.random()
            if roll < 0.005:
                fh.write('{"text": "unterminated\n')
                kinds["broken"] += 1
            elif roll < 0.035 and last is not None:
                copy = dict(last, outlet="Bench Copy", url=f"https://copy.example/{i}")
                copy["text"] = f"By Bench Desk {i}.\n{last['text']}"
                fh.write(json.dumps(copy) + "\n")
                kinds["copies"] += 1
            else:
                last = article(rng, i, words)
                fh.write(json.dumps(last) + "\n")
                kinds["articles"] += 1
    return kinds


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def sqlite_mb() -> float:
    """SQLite's own heap (mostly its page cache, which the store caps with PRAGMA cache_size),
    so the report can tell a bounded cache from a leak; -1 where libsqlite3 is not shared."""
    try:
        import ctypes

        lib = ctypes.CDLL("libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        return lib.sqlite3_memory_used() / 2**20
    except OSError:
        return -1.0


def child(db: str, corpus: str, extract: bool) -> None:
    """Run the ingest; print progress lines (docs, seconds, peak RSS) as JSON."""
    from accession.app import build_app
    from accession.ingest import IngestOptions, ingest_paths

    app = build_app(db)
    app.store  # noqa: B018 (open + migrate before the clock starts)
    start = time.perf_counter()
    seen = 0

    def progress(_label: str, outcome: str) -> None:
        nonlocal seen
        seen += 1
        if seen % 1000 == 0:
            line = {
                "items": seen,
                "s": round(time.perf_counter() - start, 2),
                "rss": peak_rss_mb(),
                "sqlite": sqlite_mb(),
            }
            print(json.dumps(line), flush=True)

    s = ingest_paths(app, [corpus], IngestOptions(extract=extract), progress=progress)
    end = {"s": time.perf_counter() - start, "rss": peak_rss_mb(), "sqlite": sqlite_mb()}
    print(json.dumps({"summary": s.counts(), **end}), flush=True)


def _spawn(db: str, corpus: Path, extract: bool) -> subprocess.Popen[str]:
    args = [sys.executable, __file__, "--child", db, str(corpus)]
    if not extract:
        args.append("--no-extract")
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True)


def run_full(db: str, corpus: Path, extract: bool) -> dict:
    proc = _spawn(db, corpus, extract)
    lines = [json.loads(ln) for ln in proc.stdout or []]
    proc.wait()
    if proc.returncode != 0:
        raise SystemExit(f"ingest child failed with exit code {proc.returncode}")
    return {"progress": lines[:-1], **lines[-1]}


def run_killed(db: str, corpus: Path, extract: bool, after_items: int) -> int:
    proc = _spawn(db, corpus, extract)
    for ln in proc.stdout or []:
        if json.loads(ln).get("items", 0) >= after_items:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc.returncode


def check_db(db: str) -> dict[str, int]:
    import sqlalchemy as sa

    from accession.app import build_app
    from accession.store.schema import documents

    app = build_app(db)
    with app.store.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
        distinct = conn.execute(
            sa.select(sa.func.count(documents.c.content_hash.distinct()))
        ).scalar_one()
    return {"documents": total, "distinct_hashes": distinct}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--words", type=int, default=200, help="approximate words per article")
    ap.add_argument("--extract", choices=["auto", "nlp", "none"], default="auto")
    ap.add_argument("--kill-after", type=float, default=0.3, help="fraction before kill -9")
    ap.add_argument("--child", nargs=2, metavar=("DB", "CORPUS"), help=argparse.SUPPRESS)
    ap.add_argument("--no-extract", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child, extract=not args.no_extract)
        return
    extract = args.extract == "nlp"
    if args.extract == "auto":
        try:
            from accession.nlp import extract as _  # noqa: F401

            extract = True
        except ImportError:
            extract = False
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        t0 = time.perf_counter()
        kinds = write_corpus(corpus, args.docs, args.words)
        size_mb = corpus.stat().st_size / 1e6
        print(f"corpus: {args.docs:,} lines ({kinds}), {size_mb:.0f} MB, "
              f"{time.perf_counter() - t0:.1f} s to write; extractor: {extract}")  # fmt: skip

        full = run_full(os.path.join(tmp, "full.db"), corpus, extract)
        s = full["summary"]
        print(f"full run: {s['items']:,} items in {full['s']:.1f} s = "
              f"{s['items'] / full['s']:,.0f} items/s; ingested {s['ingested']:,}, "
              f"duplicates {s['duplicates']:,}, syndicated {s['syndicated']:,}, "
              f"failed {s['failed']:,}; evidence {s['evidence']:,}")  # fmt: skip
        marks = full["progress"][:1] + full["progress"][len(full["progress"]) // 2 :][:1]
        for p in [*marks, {**full, "items": s["items"]}]:
            print(f"  at {p['items']:>7,} items: peak RSS {p['rss']:6.0f} MB, of which SQLite "
                  f"heap {p['sqlite']:5.0f} MB (page cache, capped by the store's "
                  f"cache_size); the rest {p['rss'] - p['sqlite']:5.0f} MB")  # fmt: skip

        db = os.path.join(tmp, "resume.db")
        after = int(args.docs * args.kill_after)
        code = run_killed(db, corpus, extract, after)
        partial = check_db(db)
        rerun = run_full(db, corpus, extract)
        final = check_db(db)
        expected = full["summary"]["ingested"]
        ok = final["documents"] == final["distinct_hashes"] == expected
        print(f"resume: killed (exit {code}) after >= {after:,} items with "
              f"{partial['documents']:,} documents stored; rerun {rerun['s']:.1f} s "
              f"(skipped {rerun['summary']['duplicates']:,} already stored); final "
              f"{final['documents']:,} documents, {final['distinct_hashes']:,} distinct: "
              f"{'OK' if ok else 'MISMATCH'} (expected {expected:,})")  # fmt: skip
        if not ok:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
