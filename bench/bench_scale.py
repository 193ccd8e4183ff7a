"""Ingestion at scale: the figures of issue 16's "Measured" section, from real runs of the `evidence` command.

- fixed cost: `evidence --version` (median of 10), `evidence add` of one abstract into a new database
  (median of 3), each a fresh process, as a user runs them;
- `evidence add` of the 744 texts of ../shared/corpus/unlabeled (594 abstracts, 150 full texts) into a new
  database at --jobs 1 and --jobs 2: papers per second and their ratio; each worker's peak memory
  (from --report) after the first quarter of the papers and at the end;
- per paper, storing against extracting (from the --jobs 1 report), for abstracts and full texts;
- `evidence extract --out` on a 2-worker Dask LocalCluster against one process: the same extractions;
- the PDF cost per paper (../shared/pdfs) and the arithmetic: core-hours for 1M abstracts and 100k PDFs.

The machine is shared, so wall-clock figures vary from run to run; user CPU seconds are printed beside the
fixed costs. Everything runs in a temporary folder; nothing is left running.

    .venv/bin/python bench/bench_scale.py [--skip-dask]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "unlabeled"
FOLDERS = (CORPUS / "abstracts", CORPUS / "fulltexts")
EVIDENCE = [sys.executable, "-m", "oncoev"]


def run(args: list[str], **kwargs) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, user+system CPU seconds of the process and its children, result)."""
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run([*EVIDENCE, *map(str, args)], capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, result


def fixed_costs(work: Path, template: Path) -> None:
    version = [run(["--version"])[:2] for _ in range(10)]
    print(f"evidence --version: {statistics.median(w for w, _ in version):.3f} s wall, "
          f"{statistics.median(c for _, c in version):.3f} s CPU (median of 10; target < 0.15 s)")
    abstract = sorted(FOLDERS[0].glob("*.txt"))[0]
    times = []
    for i in range(3):
        db = work / f"one-{i}.db"
        shutil.copyfile(template, db)
        wall, cpu, result = run(["--db", db, "add", abstract])
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        times.append((wall, cpu))
    print(f"evidence add of one abstract: {statistics.median(w for w, _ in times):.2f} s wall, "
          f"{statistics.median(c for _, c in times):.2f} s CPU (median of 3, new database each; target < 1 s wall)")


def add_corpus(work: Path, template: Path, jobs: int) -> tuple[float, list[dict]]:
    db, report = work / f"add-{jobs}.db", work / f"add-{jobs}.jsonl"
    shutil.copyfile(template, db)
    wall, _, result = run(["--db", db, "add", *FOLDERS, "--jobs", jobs, "--report", report])
    if result.returncode not in (0, 1):  # 1: some papers refused, which the report lists
        raise SystemExit(result.stderr)
    return wall, [json.loads(line) for line in report.read_text().splitlines()]


def mean(values) -> float:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else float("nan")


def pdf_seconds() -> tuple[float, float, int]:
    """(CPU seconds per PDF, per page, PDFs) to read and extract ../shared/pdfs in this process."""
    from oncoev.extract import extract_path
    from oncoev.extract.batch import warm_up

    warm_up()
    paths = sorted((SHARED / "pdfs").glob("*.pdf"))
    started, pages = time.process_time(), 0
    for path in paths:
        pages += extract_path(path)["document"]["pages"]
    seconds = time.process_time() - started
    return seconds / len(paths), seconds / pages, len(paths)


def extraction_speedup(runs: int = 2) -> None:
    """Extraction alone (no database) of the 744 texts on 1 and 2 workers, alternating, best of ``runs``:
    the two-core ratio with as little else on the machine as the run can arrange."""
    from oncoev.extract.batch import extract_many, find_papers

    papers = find_papers(FOLDERS)
    best = {1: float("inf"), 2: float("inf")}
    for _ in range(runs):
        for jobs in (1, 2):
            started = time.perf_counter()
            for _outcome in extract_many(papers, jobs=jobs):
                pass
            best[jobs] = min(best[jobs], time.perf_counter() - started)
    print(f"extraction alone, {len(papers)} texts, best of {runs}: {best[1]:.1f} s on one process, {best[2]:.1f} s "
          f"on two workers: {best[1] / best[2]:.2f}x (load average now {os.getloadavg()[0]:.1f})")


def dask_equals_serial(work: Path) -> None:
    from oncoev.schema.shards import read_extractions

    serial, cluster = work / "serial", work / "dask"
    wall_serial, _, first = run(["extract", *FOLDERS, "--out", serial, "--jsonl", "--jobs", 1])
    wall_dask, _, second = run(["extract", *FOLDERS, "--out", cluster, "--jsonl", "--dask", "local", "--jobs", 2])
    for result in (first, second):
        if result.returncode != 0:
            raise SystemExit(result.stderr)
    a = [data for _, data in read_extractions(serial)]
    b = [data for _, data in read_extractions(cluster)]
    print(f"extract --out, one process: {len(a)} extractions in {wall_serial:.1f} s; 2-worker Dask LocalCluster: "
          f"{len(b)} in {wall_dask:.1f} s; identical: {'yes' if a == b else 'NO'}")


def main(argv: list[str]) -> None:
    if not all(folder.is_dir() for folder in FOLDERS):
        raise SystemExit(f"needs {CORPUS} (the shared corpus beside the repository)")
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        template = work / "template.db"
        wall, _, result = run(["--db", template, "init"])
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        fixed_costs(work, template)

        runs = {jobs: add_corpus(work, template, jobs) for jobs in (1, 2)}
        n = len(runs[1][1])
        rates = {jobs: n / wall for jobs, (wall, _) in runs.items()}
        for jobs, (wall, lines) in runs.items():
            statuses = {s: sum(x["status"] == s for x in lines) for s in ("loaded", "refused")}
            print(f"evidence add of {n} texts --jobs {jobs}: {wall:.1f} s, {rates[jobs]:.1f} papers/s "
                  f"({statuses['loaded']} loaded, {statuses['refused']} refused)")
        print(f"--jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x (target >= 1.8 on two cores)")
        cpu = {jobs: sum(x["cpu_seconds"] or 0 for x in lines) for jobs, (_, lines) in runs.items()}
        print(f"extraction CPU of the whole run: {cpu[1]:.1f} s at --jobs 1, {cpu[2]:.1f} s at --jobs 2 "
              f"({cpu[2] / cpu[1] - 1:+.0%}: what parallel running costs); the workers were on a CPU "
              f"{cpu[2] / runs[2][0]:.2f} of the wall time at --jobs 2 (2.00 = both cores all the time)")
        lines = runs[2][1]
        quarter = lines[: len(lines) // 4]
        print(f"peak memory of a worker (--jobs 2): {max(x['worker_peak_mb'] or 0 for x in quarter):.0f} MB after the "
              f"first {len(quarter)} papers, {max(x['worker_peak_mb'] or 0 for x in lines):.0f} MB after all {n} "
              "(target < 400 MB, flat)")

        lines = runs[1][1]
        for kind, folder in (("abstract", FOLDERS[0]), ("full text", FOLDERS[1])):
            mine = [x for x in lines if x["status"] == "loaded" and Path(x["paper"]).parent == folder]
            extract, store = mean(x["seconds"] for x in mine), mean(x["store_seconds"] for x in mine)
            print(f"per {kind} (--jobs 1, {len(mine)} stored): extraction {extract * 1000:.1f} ms "
                  f"({mean(x['cpu_seconds'] for x in mine) * 1000:.1f} ms CPU), storing {store * 1000:.1f} ms "
                  f"({store / extract:.0%} of extraction; target < 100%)")
        # Core-hours count CPU: extraction's CPU time plus storing's wall time (the writer's share).
        abstract = mean(x["cpu_seconds"] + x["store_seconds"] for x in lines
                        if x["status"] == "loaded" and Path(x["paper"]).parent == FOLDERS[0])

        extraction_speedup()
        if "--skip-dask" not in argv:
            dask_equals_serial(work)

        per_pdf, per_page, count = pdf_seconds()
        print(f"PDF: {per_pdf:.1f} s CPU per paper to read and extract ({per_page:.2f} s per page, {count} PDFs)")
        print(f"1M abstracts: {abstract:.4f} s each -> {abstract * 1e6 / 3600:.1f} core-hours "
              f"({abstract * 1e6 / 3600 / 32:.1f} h on a 32-core machine)")
        print(f"100k PDFs: {per_pdf:.1f} s each -> {per_pdf * 1e5 / 3600:.0f} core-hours "
              f"({per_pdf * 1e5 / 3600 / 32:.1f} h on a 32-core machine)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
