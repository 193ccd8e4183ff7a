"""Fixed costs of one `evidence` process: what a curator waits for when adding one paper.

Each figure is a fresh process, as a user runs it, timed wall-clock; best of N (the machine is shared:
the best run is the one least disturbed) with the median beside it, and the CPU seconds of the best run:

- `evidence --version` (target < 0.15 s);
- `python -c "import spacy"` (the floor every extracting process pays);
- extraction of one abstract (`extract_path`, no database), and `evidence extract --json` of it;
- `evidence add` of one abstract into a new database (made by `evidence init`, copied for each run);
- `evidence add` of one abstract into a database at head that already holds papers (target < 1 s wall).

Then a breakdown, in one fresh process each: where `evidence add`'s time goes (import spaCy, import the
extractor, load the pattern files, build the pipeline, the first paper (rules compiled on first use), a
second paper, the database layer's imports, the schema check, storing) and the largest imports
(``-X importtime``).

``--baseline REF`` measures a git revision of this repository in the same run, alternating with the working
tree run for run, so that both see the same machine: the revision is unpacked into a temporary folder and
imported from there (same virtual environment, same dependencies).

Bytecode: this machine's shells may set PYTHONDONTWRITEBYTECODE, which makes every process compile our
modules from source; a user's installation has them compiled. The runs here allow bytecode to be written
and start with one untimed run of each command, so that both trees are measured as installed.

    .venv/bin/python bench/bench_startup.py [--baseline REF] [--runs N] [--paper FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The top-level folders that the installed package maps into the `oncoev` namespace (pyproject.toml).
SUBPACKAGES = {"schema": "schema", "db": "db", "migrations": "migrations", "extract": "extract",
               "pooling": "pooling"}


def default_paper() -> Path:
    abstracts = SHARED / "corpus" / "unlabeled" / "abstracts"
    if abstracts.is_dir():
        return sorted(abstracts.glob("*.txt"))[0]
    return REPO / "data" / "papers" / "ovarian_oligometastases_radiotherapy.txt"


@dataclass
class Tree:
    """A version of the code to run: the working tree (as installed), or a revision unpacked elsewhere."""

    name: str
    pythonpath: Path | None = None  # a folder holding an `oncoev` package laid out as installed
    env: dict[str, str] = field(default_factory=dict)

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        if self.pythonpath is not None:
            env["PYTHONPATH"] = str(self.pythonpath)
        return env


def unpack(ref: str, into: Path) -> Tree:
    """``ref`` of this repository as an importable ``oncoev`` package under ``into``.

    The package is laid out as pyproject.toml maps it (``oncoev.db`` is the folder ``db/``, ...), with
    links to the unpacked folders; on ``PYTHONPATH`` it comes before the editable install of the working
    tree (which Python consults after the path).
    """
    source = into / "source"
    source.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", ref], capture_output=True,
                             check=True).stdout
    archive_path = into / "source.tar"
    archive_path.write_bytes(archive)
    with tarfile.open(archive_path) as tar:
        tar.extractall(source, filter="tar") if hasattr(tarfile, "data_filter") else tar.extractall(source)
    package = into / "path" / "oncoev"
    shutil.copytree(source / "oncoev", package, symlinks=True)
    for name, folder in SUBPACKAGES.items():
        if (source / folder).is_dir():
            (package / name).symlink_to(source / folder, target_is_directory=True)
    revision = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", ref], capture_output=True,
                              text=True, check=True).stdout.strip()
    return Tree(f"{ref} ({revision})", into / "path")


def run(tree: Tree, args: list[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and the children it waited for) of one process."""
    before = os.times()
    started = time.perf_counter()
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=tree.environment(),
                            cwd=cwd)
    wall = time.perf_counter() - started
    after = os.times()
    if result.returncode != 0:
        raise SystemExit(f"{tree.name}: {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def evidence(*args) -> list[str]:
    return ["-m", "oncoev", *map(str, args)]


EXTRACT_ONE = "import sys\nfrom oncoev.extract import extract_path\nextract_path(sys.argv[1])"


@dataclass
class Case:
    label: str
    args: list[str]
    prepare: object = None  # called before each run (copies a database into place)


def cases(tree_dir: Path, paper: Path, templates: dict[str, Path]) -> list[Case]:
    fresh, existing, target = templates["fresh"], templates["existing"], tree_dir / "target.db"
    return [
        Case("evidence --version", evidence("--version")),
        Case('python -c "import spacy"', ["-c", "import spacy"]),
        Case("extract_path(one abstract)", ["-c", EXTRACT_ONE, str(paper)]),
        Case("evidence extract --json, one abstract", evidence("extract", "--json", paper)),
        Case("evidence add, new database", evidence("--db", target, "add", paper),
             lambda: shutil.copyfile(fresh, target)),
        Case("evidence add, database with papers", evidence("--db", target, "add", paper),
             lambda: shutil.copyfile(existing, target)),
    ]


def make_templates(tree: Tree, work: Path, paper: Path) -> dict[str, Path]:
    """A new database (`evidence init`) and one at head holding papers (the bundled curated files and papers,
    but not ``paper``), each made by ``tree``'s own code."""
    fresh, existing = work / "fresh.db", work / "existing.db"
    run(tree, evidence("--db", fresh, "init"), work)
    shutil.copyfile(fresh, existing)
    run(tree, evidence("--db", existing, "load", *sorted((REPO / "data" / "curated").glob("*.json"))), work)
    others = [p for p in sorted((REPO / "data" / "papers").glob("*.txt")) if p.name != paper.name]
    run(tree, evidence("--db", existing, "add", *others), work)
    return {"fresh": fresh, "existing": existing}


def measure(trees: list[Tree], paper: Path, runs: int, work: Path) -> dict[str, dict[str, list[tuple]]]:
    per_tree = {}
    for i, tree in enumerate(trees):
        tree_dir = work / f"tree{i}"
        tree_dir.mkdir()
        per_tree[tree.name] = (tree_dir, cases(tree_dir, paper, make_templates(tree, tree_dir, paper)))
    times: dict[str, dict[str, list[tuple]]] = {t.name: {} for t in trees}
    for repeat in range(runs + 1):  # the first round writes bytecode and warms the file cache: not counted
        for tree in trees:  # alternating, so that both trees see the same moments of a shared machine
            tree_dir, todo = per_tree[tree.name]
            for case in todo:
                if case.prepare is not None:
                    case.prepare()
                wall, cpu = run(tree, case.args, tree_dir)
                if repeat:
                    times[tree.name].setdefault(case.label, []).append((wall, cpu))
    return times


def print_table(trees: list[Tree], times: dict[str, dict[str, list[tuple]]], runs: int) -> None:
    labels = list(next(iter(times.values())))
    print(f"\nwall seconds, best of {runs} (median) [CPU seconds of the best run]")
    width = max(map(len, labels)) + 2
    print("".ljust(width) + "".join(t.name[:30].ljust(32) for t in trees))
    for label in labels:
        cells = []
        for tree in trees:
            samples = times[tree.name][label]
            best = min(samples)
            cells.append(f"{best[0]:.3f} ({statistics.median(w for w, _ in samples):.3f}) [{best[1]:.2f}]".ljust(32))
        print(label.ljust(width) + "".join(cells))


BREAKDOWN = r"""
import json, sys, time
T = {}
def lap(name, since):
    T[name] = round(time.perf_counter() - since, 3)
    return time.perf_counter()
paper, db = sys.argv[1], sys.argv[2]
t = time.perf_counter()
import click
from oncoev.cli import cli
t = lap("import the CLI (click, oncoev.cli)", t)
import os, oncoev.extract
# as `evidence` and its workers import spaCy: without its command line, where the tree measured does so (an older
# revision has no spacy_import of its own, and must not borrow the editable install's)
if os.path.isfile(os.path.join(oncoev.extract.__path__[0], "spacy_import.py")):
    from oncoev.extract import spacy_import
    spacy_import.install()
import spacy
t = lap("import spacy", t)
import oncoev.extract.assemble
t = lap("import the extractor (oncoev.extract.*)", t)
from oncoev.extract import rules
for name in rules.SCHEMAS:
    rules.load(name)
t = lap("load and check every pattern file (rules.load)", t)
from oncoev.extract.pipeline import build_nlp
build_nlp()
t = lap("build the pipeline (spacy.blank + components)", t)
from oncoev.extract.batch import warm_up
warm_up()
t = lap("first paper (rules compiled on first use)", t)
from oncoev.extract import extract_path
extraction = extract_path(paper)
t = lap("extract the abstract (warm)", t)
import sqlalchemy, sqlmodel
t = lap("import sqlalchemy + sqlmodel", t)
import oncoev.schema.models, oncoev.db.bulk, oncoev.db.batch_add
t = lap("import the models and the writer", t)
from oncoev.db.engine import make_engine
from oncoev.db.migrate import require_current
engine = make_engine(db)
require_current(engine)
t = lap("open the database and check its schema (require_current)", t)
from oncoev.db.bulk import BatchWriter
writer = BatchWriter(engine, same_paper=True, require_content=True)
stored = writer.add(extraction, paper) + writer.flush()
assert stored[0].report is not None, stored[0].error
t = lap("store the paper (BatchWriter)", t)
print(json.dumps(T))
"""


def breakdown(trees: list[Tree], paper: Path, runs: int, work: Path) -> None:
    import json

    best: dict[str, dict[str, float]] = {t.name: {} for t in trees}
    for _ in range(runs):
        for i, tree in enumerate(trees):
            target = work / f"tree{i}" / "breakdown.db"
            shutil.copyfile(work / f"tree{i}" / "fresh.db", target)
            result = subprocess.run([sys.executable, "-c", BREAKDOWN, str(paper), str(target)], capture_output=True,
                                    text=True, env=tree.environment(), cwd=work)
            if result.returncode != 0:
                raise SystemExit(f"{tree.name}: breakdown failed:\n{result.stderr}")
            for name, seconds in json.loads(result.stdout.strip().splitlines()[-1]).items():
                best[tree.name][name] = min(seconds, best[tree.name].get(name, float("inf")))
    print(f"\nbreakdown of one process, in order (seconds, best of {runs} for each step)")
    names = list(next(iter(best.values())))
    width = max(map(len, names)) + 2
    print("".ljust(width) + "".join(t.name[:30].ljust(32) for t in trees))
    for name in names:
        print(name.ljust(width) + "".join(f"{best[t.name].get(name, float('nan')):.3f}".ljust(32) for t in trees))
    print("sum".ljust(width) + "".join(f"{sum(best[t.name].values()):.3f}".ljust(32) for t in trees))


def importtime(tree: Tree, paper: Path, tree_dir: Path, top: int = 25) -> None:
    """The largest imports of `evidence add` (cumulative and self seconds, from -X importtime)."""
    target = tree_dir / "importtime.db"
    shutil.copyfile(tree_dir / "fresh.db", target)
    result = subprocess.run([sys.executable, "-X", "importtime", *evidence("--db", target, "add", paper)],
                            capture_output=True, text=True, env=tree.environment(), cwd=tree_dir)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2][1:]  # one space, then two per level of nesting
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(parts[1]), int(parts[0]), depth, name.strip()))
    total = sum(cumulative for cumulative, _, depth, _ in rows if depth == 0)
    print(f"\n-X importtime of `evidence add` ({tree.name}): {total / 1e6:.2f} s of imports in all; the {top} "
          "largest imports at the first two levels (cumulative s, self s)")
    for cumulative, self_us, depth, name in sorted((r for r in rows if r[2] <= 1), reverse=True)[:top]:
        print(f"  {cumulative / 1e6:6.3f} {self_us / 1e6:6.3f}  {'  ' * depth}{name}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", metavar="REF", help="also measure this git revision, alternating with the "
                                                          "working tree (e.g. main, or a commit)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each command (default 7)")
    parser.add_argument("--paper", type=Path, default=None, help="the abstract to add (default: the first of "
                        "../shared/corpus/unlabeled/abstracts, else a bundled paper)")
    parser.add_argument("--no-breakdown", action="store_true", help="only the end-to-end figures")
    args = parser.parse_args(argv)
    paper = (args.paper or default_paper()).resolve()
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        trees = [Tree("working tree")]
        if args.baseline:
            trees.insert(0, unpack(args.baseline, work / "baseline"))
        print(f"paper: {paper} ({paper.stat().st_size:,} bytes); {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f} at the start")
        times = measure(trees, paper, args.runs, work)
        print_table(trees, times, args.runs)
        if not args.no_breakdown:
            breakdown(trees, paper, max(3, args.runs // 2), work)
            importtime(trees[-1], paper, work / f"tree{len(trees) - 1}")
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
