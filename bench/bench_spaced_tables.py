"""Worst cases of the one-line table reader (extract/spaced_tables.py): seconds to read lines built to
make it try many splits, and a long real-shaped table, for this tree.

    .venv/bin/python bench/bench_spaced_tables.py [--rows 1000]

Cases: a table of well-formed rows; rows of a word and twelve numbers (no split fits: each is tried and
left whole); the same line past the reader's length limit (no table at all). Each case is timed best of 3.
"""

from __future__ import annotations

import argparse
import time

from oncoev.extract.normalize import normalize
from oncoev.extract.spaced_tables import MAX_CHARS, spaced_tables

HEAD = "Intro.  Table 1 Events Drug A (n = 60) Drug B (n = 58) p "


def cases(rows: int) -> dict[str, str]:
    table = " ".join(f"Row{i} {i % 9} ({i % 50}%) {i % 7} ({i % 30}%) 0.{i % 90:02d}" for i in range(rows))
    numbers = " ".join(["word 1 2 3 4 5 6 7 8 9 10 11 12"] * (rows // 3))
    too_long = " ".join(["word 1 2 3 4 5 6 7 8 9 10 11 12"] * (MAX_CHARS // 30 + 10))
    return {"well-formed rows": HEAD + table + "\n", "rows no split fits": HEAD + numbers + "\n",
            "past the length limit": HEAD + too_long + "\n"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1000)
    args = ap.parse_args()
    for name, text in cases(args.rows).items():
        norm = normalize(text)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            tables = spaced_tables(norm, text, [])
            best = min(best, time.perf_counter() - t0)
        rows = len(tables[0].rows()) if tables else 0
        print(f"{name:24s} {len(text):>7,} chars  tables {len(tables)}  rows {rows:>5}  best {best:6.2f} s")


if __name__ == "__main__":
    main()
