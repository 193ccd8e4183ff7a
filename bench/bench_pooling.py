"""Seconds to pool 10,000 studies (targets: under 1 s with DerSimonian-Laird, under 5 s with REML).

Synthetic studies (seeded): n between 10 and 300, true 5-year survival scattered around 40 % on
the logit scale (tau = 0.5), events drawn binomially; so heterogeneity is real and REML iterates.
Each figure is the best of a few runs of the whole pooling step (effect sizes + model + result).

    .venv/bin/python bench/bench_pooling.py [K]        # default K = 10000
"""

from __future__ import annotations

import sys
import time

import numpy as np

from oncoev.pooling.methods import leave_one_out, pool, proportion_effects

TARGETS = {"DL": 1.0, "REML": 5.0}


def synthetic(k: int, seed: int = 20261123) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    n = rng.integers(10, 301, size=k)
    logit = rng.normal(np.log(0.4 / 0.6), 0.5, size=k)
    events = rng.binomial(n, 1 / (1 + np.exp(-logit)))
    return events, n


def best_of(repeats: int, func) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        value = func()
        best = min(best, time.perf_counter() - start)
    return best, value


def main(k: int = 10_000) -> int:
    events, n = synthetic(k)
    labels = [f"study {i + 1}" for i in range(k)]
    print(f"pooling {k:,} synthetic studies (best of 5 runs)")
    failed = False
    for transform in ("logit", "pft"):
        for method, hk in (("FE", False), ("DL", False), ("DL", True), ("REML", False), ("REML", True)):
            def run(transform=transform, method=method, hk=hk):
                return pool(proportion_effects(events, n, transform, labels=labels), method=method, hk=hk)

            seconds, result = best_of(5, run)
            target = TARGETS.get(method)
            verdict = "" if target is None else (" ok" if seconds < target else f" OVER the {target:g} s target")
            failed |= target is not None and seconds >= target
            name = f"{method}{' + HK' if hk else ''}"
            print(f"  {transform:<5} {name:<9} {seconds:8.4f} s   estimate {result.estimate:6.2f} %  "
                  f"I² {result.i2:5.1f} %{verdict}")
    small = 200
    seconds, _ = best_of(1, lambda: leave_one_out(proportion_effects(events[:small], n[:small]), method="REML"))
    print(f"  leave-one-out, REML, {small} studies: {seconds:.3f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
