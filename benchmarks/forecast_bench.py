"""Monte Carlo throughput: 1,000,000 trajectories over 32 members, one core.

Run: .venv/bin/python benchmarks/forecast_bench.py [--runs 7] [--n 1000000]
Reports the median wall time of several runs per family (target: < 1 s), single-threaded
(numpy's elementwise kernels used here do not multi-thread).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from accession.forecast.families import FAMILIES
from accession.forecast.simulate import ClockGroup, simulate_last


def bench(family: str, n: int, members: int, runs: int) -> list[float]:
    group = ClockGroup(
        tuple(f"M{i:02d}" for i in range(members)),
        family,
        origin=np.linspace(-300.0, 0.0, members),
        elapsed=np.linspace(0.0, 300.0, members),
        loc=np.full(members, 5.0),
        scale=np.full(members, 0.6),
    )
    times = []
    for seed in range(runs):
        t0 = time.perf_counter()
        simulate_last([group], n, seed)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--members", type=int, default=32)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    print(f"{args.n:,} trajectories x {args.members} members, {args.runs} runs each")
    for family in FAMILIES:
        ts = bench(family, args.n, args.members, args.runs)
        print(
            f"  {family:12s} median {statistics.median(ts):.3f} s  "
            f"(min {min(ts):.3f}, max {max(ts):.3f})"
        )


if __name__ == "__main__":
    main()
