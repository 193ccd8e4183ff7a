"""Data safety figures (issue 15): many writers at once, hostile inputs, export/load round trips.

    .venv/bin/python bench/bench_safety.py [--writers 4] [--papers 50] [--quick]

1. Concurrency: WRITERS processes each run `evidence add` on a folder of PAPERS papers (copies of the
   bundled example papers, each its own file) while two processes apply review files one after
   another and a server (`evidence serve`) answers a query about the whole database over and over.
   Printed: every paper stored once, every apply done, errors, `PRAGMA integrity_check`, and whether
   every answer of the server equals a committed state (after the k-th load: k studies and the
   results those loads stored; a half-written paper would show as a study without its results).
2. Hostile inputs: each in a fresh `evidence` process on a database it must not change; printed:
   the exit code, wall seconds, peak memory (the process's maximum resident size) and whether the
   database file is byte for byte the same. Target: refused within 10 s and 500 MB.
3. Round trips: `evidence export` then `evidence load` into an empty database then export again,
   for every study of the demo database (`make build`), of papers added as text (the bundled ones,
   the dev corpus's seeds when ../shared is there, one starting with white space) and as PDF (the
   bundled papers typeset by tests/pdfs_gen.py, the real PDFs of ../shared/pdfs), and as XML when a
   reader for it exists. Printed: how many studies come back identical.

Needs fpdf2 (a test dependency) for the typeset PDFs. Uses both cores for a minute or two.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))

import hostile  # noqa: E402
from support import get_json, paper_copies, small_extraction, start_server, stop_server  # noqa: E402

from oncoev.db.engine import make_engine  # noqa: E402
from oncoev.db.load import load_extraction  # noqa: E402
from oncoev.db.migrate import init_database  # noqa: E402
from oncoev.db.review import write_review  # noqa: E402

EVIDENCE = [sys.executable, "-m", "oncoev"]
SNAPSHOT = "select (select count(*) from studies) as s, (select count(*) from outcome_results) as r"


def run(db: Path, *args, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([*EVIDENCE, "--db", str(db), *map(str, args)], capture_output=True, text=True, check=check)


def fresh_db(path: Path) -> Path:
    engine = make_engine(path)
    init_database(engine)
    engine.dispose()
    return path


# -- 1. concurrency ------------------------------------------------------------------------------------


def concurrency(work: Path, writers: int, papers: int, reviews: int = 10) -> None:
    db = fresh_db(work / "concurrent.db")
    engine = make_engine(db)
    review_files = []
    for i in range(reviews):
        data = small_extraction()
        data["document"]["text"] += f"\nReviewed copy {i}.\n"
        data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode()).hexdigest()
        data["study"]["doi"] = f"10.9999/bench.safety.{i}"
        study = load_extraction(engine, data).study_id
        text, _ = write_review(engine, study)
        path = work / f"review-{i}.yaml"
        path.write_text(text.replace("status: pending", "status: accept"), encoding="utf-8")
        review_files.append(path)
    engine.dispose()
    folders = []
    for w in range(writers):
        paper_copies(work / f"in{w}", papers, f"w{w}")
        folders.append(work / f"in{w}")

    server, url = start_server(db)
    answers: list[tuple[int, int]] = []
    failures: list[str] = []
    stop = threading.Event()

    def ask():
        query = f"{url}/{db.stem}.json?_shape=array&sql={urllib.parse.quote(SNAPSHOT)}"
        while not stop.is_set():
            try:
                row = get_json(query)[0]
                answers.append((row["s"], row["r"]))
            except Exception as e:  # noqa: BLE001  an HTTP 500 or a malformed answer is a failure to count
                failures.append(f"{type(e).__name__}: {e}")
            time.sleep(0.02)

    asker = threading.Thread(target=ask)
    started = time.monotonic()
    asker.start()
    try:
        adders = [subprocess.Popen([*EVIDENCE, "--db", str(db), "add", str(f)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for f in folders]
        half = len(review_files) // 2
        appliers = [subprocess.Popen(["sh", "-c", " && ".join(
            f"{' '.join(EVIDENCE)} --db {db} apply {f} --actor 'Curator {k}'" for f in files)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for k, files in enumerate((review_files[:half], review_files[half:]))]
        outputs = [(p, *p.communicate(timeout=3600)) for p in adders + appliers]
    finally:
        stop.set()
        asker.join(timeout=60)
        stop_server(server)
    seconds = time.monotonic() - started
    errors = [err.strip().splitlines()[-1] for p, _, err in outputs if p.returncode != 0]
    con = sqlite3.connect(db)
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    documents, distinct = con.execute("select count(*), count(distinct sha256) from documents").fetchone()
    verified = con.execute("select count(*) from studies where curation_status = 'verified'").fetchone()[0]
    applies = con.execute("select count(*) from curation_events where action = 'status' "
                          "and note like 'applied %'").fetchone()[0]
    states, results = {(0, 0)}, 0
    for k, (counted,) in enumerate(con.execute("select json_extract(after, '$.counts.results') from curation_events "
                                               "where action = 'load' order by id"), 1):
        results += counted
        states.add((k, results))
    con.close()
    wrong = [a for a in answers if a not in states]
    print("1. Concurrency")
    print(f"   {writers} processes adding {papers} papers each, 2 applying {len(review_files)} review files, "
          f"a server answering: {seconds:.1f} s")
    print(f"   papers stored: {documents - reviews} of {writers * papers} (each once: {documents == distinct}); "
          f"applies done: {applies} of {len(review_files)} ({verified} studies verified)")
    print(f"   processes failed: {len(errors)}{(': ' + '; '.join(errors[:3])) if errors else ''}")
    print(f"   PRAGMA integrity_check: {integrity}")
    print(f"   server: {len(answers)} answers, {len(failures)} errors, {len(wrong)} not a committed state"
          f"{(' e.g. ' + str(wrong[:3])) if wrong else ''}; last answer {answers[-1] if answers else None}")


# -- 2. hostile inputs ----------------------------------------------------------------------------------


def measure(db: Path, args: list[str]) -> tuple[int, float, float, str]:
    """Exit code, wall seconds, peak resident MB and the last line of output of one `evidence` run, measured
    by a helper process of its own (so that the peak is this run's alone)."""
    code = ("import json, os, subprocess, sys, time, resource\n"
            "t = time.monotonic()\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(json.dumps([p.returncode, time.monotonic() - t, r.ru_maxrss / 1024, "
            "(p.stderr or p.stdout).decode(errors='replace').strip().splitlines()[-1:]]))\n")
    out = subprocess.run([sys.executable, "-c", code, *EVIDENCE, "--db", str(db), *args], capture_output=True,
                         text=True, check=True).stdout
    rc, seconds, peak, last = json.loads(out)
    return rc, seconds, peak, (last or [""])[0]


def _infinite_result(review_text: str) -> str:
    """The review file with its first result corrected to an infinite value."""
    head, results = review_text.split("\nresults:\n", 1)
    results = results.replace("status: pending", "status: correct", 1).replace("  value: ", "  value: .inf  # ", 1)
    return f"{head}\nresults:\n{results}"


def hostile_inputs(work: Path) -> None:
    db = fresh_db(work / "hostile.db")
    run(db, "add", *sorted((REPO / "data" / "papers").glob("*.txt")))
    review_text, _ = write_review(make_engine(db), 1)
    files = {
        "text, 5 MB on one line": ("add", "one_line.txt", hostile.one_line_text(5)),
        "text, 50 MB": ("add", "long.txt", hostile.long_text(50)),
        "text with a NUL byte at 10 KB": ("add", "nul.txt", hostile.text_with_nul(10_000)),
        "PDF, 20 MB of text operators": ("add", "operators.pdf", hostile.pdf_text_operators(20)),
        "PDF, 20 MB of path operators": ("add", "paths.pdf", hostile.pdf_path_operators(20)),
        "PDF expanding to 2 GB": ("add", "bomb.pdf", hostile.pdf_bomb(2000)),
        "JSON nested 200,000 deep": ("load", "deep.json", hostile.deep_json(200_000).encode()),
        "JSON with NaN and Infinity": ("load", "nan.json", json.dumps(small_extraction()).replace(
            '"value": 14.5', '"value": NaN').replace('"timepoint_months": 12', '"timepoint_months": Infinity')
            .encode()),
        "review file, YAML alias bomb in a note": ("apply", "bomb.yaml",
                                                   hostile.yaml_alias_bomb(review_text).encode()),
        "review file, a value of .inf": ("apply", "inf.yaml", _infinite_result(review_text).encode()),
    }
    print("2. Hostile inputs (each in its own process; target: refused within 10 s and 500 MB, database unchanged)")
    print(f"   {'input':42} {'size':>9} {'exit':>4} {'s':>6} {'MB':>6} {'db same':>7}  message")
    worst_s = worst_mb = 0.0
    for label, (command, name, data) in files.items():
        path = work / name
        path.write_bytes(data)
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        args = [command, str(path)] + (["--actor", "Bench"] if command == "apply" else [])
        rc, seconds, peak, message = measure(db, args)
        same = hashlib.sha256(db.read_bytes()).hexdigest() == before
        worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, peak)
        size = f"{len(data) / 1e6:.2f} MB" if len(data) >= 1e5 else f"{len(data) / 1e3:.1f} KB"
        message = message.replace(str(path), name).removeprefix("Error: ")
        print(f"   {label:42} {size:>9} {rc:>4} {seconds:6.1f} {peak:6.0f} {str(same):>7}  {message[:110]}")
        path.unlink()
    print(f"   slowest refusal {worst_s:.1f} s, largest {worst_mb:.0f} MB")


# -- 3. round trips ---------------------------------------------------------------------------------------


def round_trips(work: Path) -> None:
    from oncoev.extract.reader import PAPER_SUFFIXES

    db = fresh_db(work / "round.db")
    run(db, "load", *sorted((REPO / "data" / "curated").glob("*.json")))
    run(db, "add", REPO / "data" / "papers")
    kinds = {"demo database (make build)": None}
    papers = work / "papers"
    papers.mkdir()
    spaced = papers / "starts_with_white_space.txt"
    spaced.write_text("  \n\t" + (REPO / "data/papers/ovarian_oligometastases_radiotherapy.txt").read_text() + "  \n")
    texts = [spaced]
    if (SHARED / "corpus" / "seeds").is_dir():
        texts += sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    kinds["text"] = texts
    pdfs = []
    try:
        from pdfs_gen import paper_from_text

        for paper in sorted((REPO / "data" / "papers").glob("*.txt")):
            path = papers / f"{paper.stem}.pdf"
            path.write_bytes(paper_from_text(paper.read_text(encoding="utf-8")))
            pdfs.append(path)
    except ImportError:
        print("   (fpdf2 missing: no typeset PDFs)")
    if (SHARED / "pdfs").is_dir():
        pdfs += sorted((SHARED / "pdfs").glob("*.pdf"))
    kinds["PDF"] = pdfs
    if ".xml" in PAPER_SUFFIXES and (SHARED / "corpus" / "xml").is_dir():
        kinds["XML"] = sorted((SHARED / "corpus" / "xml").glob("*.xml"))
    print("3. Export, load into an empty database, export again")
    for kind, files in kinds.items():
        if files is not None:
            db = fresh_db(work / f"round-{len(os.listdir(work))}.db")
            result = run(db, "add", *files, check=False)
            if result.returncode:
                print(f"   ({kind}: some papers not added: {result.stderr.strip().splitlines()[-1]})")
        ids = [r[0] for r in sqlite3.connect(db).execute("select id from studies order by id")]
        same = 0
        problems = []
        for study in ids:
            first, second = work / "first.json", work / "second.json"
            other = fresh_db(work / "other.db")
            run(db, "export", study, "-o", first)
            loaded = run(other, "load", first, check=False)
            if loaded.returncode == 0:
                run(other, "export", 1, "-o", second)
                a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
                for data in (a, b):
                    data["curation"].pop("note", None)
                if a == b:
                    same += 1
                else:
                    problems.append(f"study {study}: the second export differs")
            else:
                problems.append(f"study {study}: {loaded.stderr.strip().splitlines()[0][:100]}")
            for p in (first, second, other):
                p.unlink(missing_ok=True)
        print(f"   {kind:28} {same} of {len(ids)} studies identical after the round trip"
              f"{(': ' + '; '.join(problems[:3])) if problems else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--papers", type=int, default=50, help="papers per writer")
    parser.add_argument("--quick", action="store_true", help="2 writers of 5 papers (a smoke run)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # each section as it is done, also into a file
    if args.quick:
        args.writers, args.papers = 2, 5
    work = Path(tempfile.mkdtemp(prefix="bench-safety-"))
    try:
        concurrency(work, args.writers, args.papers)
        hostile_inputs(work)
        round_trips(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
