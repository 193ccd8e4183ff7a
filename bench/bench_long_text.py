"""Long texts (issue 15, defect 6): time and peak memory of `evidence extract --json` on one bundled paper
repeated up to 1.95 M characters (just under the text_chars limit), for this tree and, with --against REV,
for another revision in the same run (each size run by both, one after the other, so that a busy machine
slows both alike).

    .venv/bin/python bench/bench_long_text.py [--against REV] [--sizes 100000,400000,1950000]

Each run is a fresh process measured by a helper process of its own: wall seconds, CPU seconds and peak
resident memory (the maximum resident size). Printed per size and revision, with characters per CPU second
and whether both revisions extracted the same JSON (all but the extractor's version, which hashes the
rules' source). REV is checked out with `git archive` into a temporary folder laid out as the installed
package is, and run with PYTHONPATH set to it. The extraction time limit is off for this tree
(EVIDENCE_LIMIT_EXTRACT_SECONDS=0): the bench measures the time, it does not refuse on it.

The input is artificial: the same paper over and over makes every result a restatement of the first
copy's, the case that was cubic in assemble._also_at.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAPER = REPO / "data" / "papers" / "ovarian_oligometastases_radiotherapy.txt"
# Where pyproject.toml's package-dir puts each subpackage of `oncoev`.
LAYOUT = {"cli": "oncoev/cli", "schema": "schema", "db": "db", "migrations": "migrations", "extract": "extract",
          "pooling": "pooling"}

MEASURE = ("import json, resource, subprocess, sys, time\n"
           "t = time.monotonic()\n"
           "p = subprocess.run(sys.argv[2:], stdout=open(sys.argv[1], 'wb'), stderr=subprocess.PIPE)\n"
           "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "print(json.dumps([p.returncode, time.monotonic() - t, r.ru_utime + r.ru_stime, r.ru_maxrss / 1024, "
           "p.stderr.decode(errors='replace').strip().splitlines()[-1:]]))\n")


def checkout(rev: str, into: Path) -> Path:
    """Revision ``rev`` of this repository laid out as an importable ``oncoev`` under ``into``/site."""
    data = subprocess.run(["git", "-C", str(REPO), "archive", rev], capture_output=True, check=True).stdout
    src = into / "src"
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(src, filter="data")
    site = into / "site"
    shutil.copytree(src / "oncoev", site / "oncoev", symlinks=True)
    (site / "datasette").symlink_to(src / "datasette", target_is_directory=True)  # oncoev/datasette-* point there
    for name, folder in LAYOUT.items():
        target = site / "oncoev" / name
        if not target.exists():
            target.symlink_to(src / folder, target_is_directory=True)
    return site


def run(paper: Path, out: Path, site: Path | None) -> dict:
    env = dict(os.environ, EVIDENCE_LIMIT_EXTRACT_SECONDS="0")
    if site is not None:
        env["PYTHONPATH"] = str(site)
    command = [sys.executable, "-c", MEASURE, str(out), sys.executable, "-m", "oncoev", "extract", "--json",
               str(paper)]
    # Run from the paper's folder: from the repository, `python -c` would import this tree's oncoev first.
    rc, wall, cpu, peak, last = json.loads(subprocess.run(command, capture_output=True, text=True, env=env,
                                                          cwd=paper.parent, check=True).stdout)
    return {"rc": rc, "wall": wall, "cpu": cpu, "mb": peak, "error": (last or [""])[0]}


def same_extraction(a: Path, b: Path) -> bool:
    x, y = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    for data in (x, y):
        data["extractor"].pop("version", None)
    return x == y


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="REV", help="also run this git revision (e.g. main, 8a26dc7)")
    parser.add_argument("--sizes", default="100000,400000,1950000", help="characters, comma separated")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    paper = PAPER.read_text(encoding="utf-8")
    work = Path(tempfile.mkdtemp(prefix="bench-long-"))
    try:
        trees: dict[str, Path | None] = {"this tree": None}
        if args.against:
            trees[args.against[:12]] = checkout(args.against, work / "against")
        print(f"`evidence extract --json` on {PAPER.name} ({len(paper):,} characters) repeated")
        print(f"   {'characters':>10} {'revision':>12} {'exit':>4} {'wall s':>7} {'CPU s':>7} {'MB':>5} "
              f"{'chars/CPU s':>11}  same JSON")
        for size in sizes:
            path = work / f"repeated_{size}.txt"
            path.write_text((paper * (size // len(paper) + 1))[:size], encoding="utf-8")
            outputs = {}
            for name, site in trees.items():
                outputs[name] = work / f"{size}-{len(outputs)}.json"
                r = run(path, outputs[name], site)
                same = ""
                if len(outputs) == 2 and r["rc"] == 0:
                    same = str(same_extraction(*outputs.values()))
                print(f"   {size:>10,} {name:>12} {r['rc']:>4} {r['wall']:7.1f} {r['cpu']:7.1f} {r['mb']:5.0f} "
                      f"{size / max(r['cpu'], 1e-9):11,.0f}  {same}{('  ' + r['error']) if r['rc'] else ''}")
            path.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
