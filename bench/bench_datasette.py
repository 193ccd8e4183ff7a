"""Datasette at a million results: each page's time (HTML, as `evidence serve` configures Datasette) against
the time of the SQL it runs.

Builds (or reuses) the synthetic database of scripts/make_synthetic_db.py, then times, in process, the
filtered survival_rates page, every canned query with its default parameters (and a late page of one),
and the table searches: each the median of 3 runs after one warm-up. "SQL" is every statement Datasette
ran for the page (the rows, their count, facets, label and plugin look-ups; captured with Datasette's
tracer), run again by sqlite3 with the same parameters, so the ratio is what Datasette adds to its own
queries. The targets: < 0.5 s per page and < 3x its SQL.

    .venv/bin/python bench/bench_datasette.py [DATABASE] [--results N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from datasette.tracer import capture_traces
from datasette.utils import escape_fts

from oncoev.publish import datasette_app, metadata_for

REPO = Path(__file__).resolve().parents[1]

TARGET_SECONDS, TARGET_RATIO = 0.5, 3.0
SEARCH_WORD = "pneumonitis"


class PageError(Exception):
    pass


def timed(action, runs: int = 3) -> float:
    action()  # warm the page cache and Datasette's own caches, as a second visitor finds them
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def pages(db: Path) -> list[tuple[str, str]]:
    """(label, path) of every page measured."""
    queries = metadata_for(db)["databases"][db.stem]["queries"]
    con = sqlite3.connect(db)
    study = con.execute("select min(study_id) from outcome_results where measure = 'hr'").fetchone()[0]
    con.close()
    defaults = {"study_overview": f"study_id={study}", "audit_trail": f"study_id={study}", "search": f"q={SEARCH_WORD}",
                "compare_endpoint": "endpoint=OS&measure=rate&timepoint_months=60"}
    out = [("survival_rates, OS at 60 months", f"/{db.stem}/survival_rates?endpoint=OS&timepoint_months=60")]
    for name in queries:
        query = defaults.get(name)
        out.append((f"canned {name}", f"/{db.stem}/{name}" + (f"?{query}" if query else "")))
        if name == "compare_endpoint":
            out.append(("canned compare_endpoint, any time point, page 50",
                        f"/{db.stem}/{name}?endpoint=OS&measure=rate&timepoint_months=any&page=50"))
    for table in ("outcome_results", "results_flat", "survival_rates"):
        out.append((f"search {table}", f"/{db.stem}/{table}?_search={SEARCH_WORD}"))
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=REPO / "build" / "synthetic-1m.db")
    parser.add_argument("--results", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    db: Path = args.database
    if not db.exists():
        sys.path.insert(0, str(REPO / "scripts"))
        from make_synthetic_db import build

        print(f"building {db} ({args.results:,} results; a few minutes) ...", file=sys.stderr)
        build(db, args.results)
    con = sqlite3.connect(f"file:{db}?immutable=1", uri=True)  # as Datasette opens it
    con.create_function("escape_fts", 1, escape_fts)  # as Datasette registers it on its connections
    con.execute("PRAGMA mmap_size = 4294967296")  # as plugins/evidence_speed.py does
    results = con.execute("select count(*) from outcome_results").fetchone()[0]
    app = datasette_app(db)

    def fetch(path: str, traces: list | None = None) -> None:
        async def get():
            if traces is None:
                return await app.client.get(path)
            with capture_traces(traces):
                return await app.client.get(path)

        response = asyncio.run(get())
        if response.status_code != 200:
            raise PageError(f"HTTP {response.status_code}")

    def run_sql(statements: list[tuple[str, dict]]) -> None:
        for sql, params in statements:
            # As Datasette does: a query's rows are read up to its max_returned_rows, and one more.
            con.execute(sql, params or {}).fetchmany(1001)

    print(f"{db}: {results:,} results; median of 3 after a warm-up; target < {TARGET_SECONDS} s and "
          f"< {TARGET_RATIO:g}x the SQL; load average {os.getloadavg()[0]:.1f}")
    print(f"{'page':52} {'HTML s':>7} {'SQL s':>7} {'rest s':>7} {'ratio':>6}  verdict")
    failures = 0
    for label, path in pages(db):
        traces: list = []
        try:
            fetch(path)  # Datasette's first request counts every table once; that is not this page's work
            fetch(path, traces)
            html = timed(lambda path=path: fetch(path))
        except PageError as e:  # the SQL time limit (3 s) stopped the page
            failures += 1
            print(f"{label:52} {'-':>7} {'':>7} {'':>7} {'':>6}  {e}")
            continue
        statements = [(t["sql"], t.get("params")) for t in traces if t.get("type") == "sql"
                      and not t.get("executescript") and t.get("database") == db.stem]
        alone = timed(lambda statements=statements: run_sql(statements))
        ratio = html / alone if alone > 0 else float("inf")
        ok = html < TARGET_SECONDS and ratio < TARGET_RATIO
        failures += not ok
        verdict = "ok" if ok else "over 0.5 s" if html >= TARGET_SECONDS else "over 3x"
        print(f"{label:52} {html:7.3f} {alone:7.3f} {html - alone:7.3f} {ratio:6.1f}  {verdict}")
    print(f"{failures} pages over target" if failures else "every page within target")
    print("(rest = the page's time beyond its SQL: Datasette's rendering, the plugins' badges and charts)")


if __name__ == "__main__":
    main(sys.argv[1:])
