"""Seconds (and peak memory) for the curator workflow on one large study.

A synthetic study of N results (default 2,000, ten times a large paper) in 20 cohorts, with a
document text holding every quote: load it, write the review file, accept every entry, apply
it, then re-extract it with a newer extractor version that reads every tenth value differently
(so N/10 conflicts). The issue sets no target; the figures show the workflow stays interactive.

    .venv/bin/python bench/bench_curation.py [N]
"""

from __future__ import annotations

import copy
import hashlib
import resource
import sys
import tempfile
import time
from pathlib import Path

from oncoev.db.apply import apply_review
from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.db.migrate import init_database
from oncoev.db.review import write_review


def synthetic(n: int, groups: int = 20) -> dict:
    sentences, results = [], []
    for i in range(n):
        g = i % groups
        value = round(20 + (i * 7919 % 600) / 10, 1)
        quote = f"In group {g}, the {1 + i // groups}-month survival was {value}% (row {i})."
        results.append({"cohort": f"g{g}", "endpoint": "OS", "measure": "rate", "timepoint_months": 1 + i // groups,
                        "value": value, "quote": quote, "pattern_id": "bench"})
        sentences.append(quote)
    text = "\n".join(sentences)
    offset = 0
    for r, s in zip(results, sentences, strict=True):
        r["char_start"], r["char_end"] = offset, offset + len(s)
        offset += len(s) + 1
    return {
        "document": {"sha256": hashlib.sha256(text.encode()).hexdigest(), "text": text, "filename": "bench.txt"},
        "extractor": {"name": "bench", "version": "1"},
        "study": {"title": "Synthetic study for the curation benchmark", "n_patients": 1000},
        "cohorts": [{"key": f"g{g}", "label": f"Group {g}", "n": 50} for g in range(groups)],
        "results": results,
    }


def timed(label: str, func):
    start = time.perf_counter()
    value = func()
    print(f"{label:<34} {time.perf_counter() - start:7.2f} s")
    return value


def main(n: int = 2000) -> int:
    data = synthetic(n)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "bench.db")
        init_database(engine)
        print(f"one study, {n} results in 20 cohorts")
        timed("load (new study)", lambda: load_extraction(engine, copy.deepcopy(data)))
        text, _ = timed("evidence review (write YAML)", lambda: write_review(engine, "1"))
        accepted = text.replace("status: pending", "status: accept")
        report = timed("evidence apply (accept all)", lambda: apply_review(engine, accepted, "bench.yaml", "bench"))
        assert report.status_after == "verified", report
        newer = copy.deepcopy(data)
        newer["extractor"]["version"] = "2"
        for r in newer["results"][::10]:
            r["value"] = round(r["value"] + 0.1, 1)
        loaded = timed("re-extraction (N/10 conflicts)", lambda: load_extraction(engine, newer))
        print(f"conflicts listed: {len(loaded.conflicts)}; candidates added: {loaded.counts['results']}")
    print(f"peak resident memory of the whole run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
