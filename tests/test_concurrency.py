"""Several processes on one database at once: curators adding papers and applying review files while
a server answers queries. Processes, not threads: each has its own connections, as real users do."""

from __future__ import annotations

import copy
import hashlib
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

from support import get_json, paper_copies, small_extraction, start_server, stop_server

from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.db.review import write_review

WRITERS, PAPERS_EACH, REVIEWERS = 3, 4, 2
SNAPSHOT = "select (select count(*) from studies) as s, (select count(*) from documents) as d, " \
           "(select count(*) from outcome_results) as r, (select count(*) from curation_events) as e"


def _studies_to_review(engine, count: int) -> list[str]:
    """``count`` studies of the small test extraction (each its own file and DOI), and a review file
    accepting everything in each."""
    texts = []
    for i in range(count):
        data = copy.deepcopy(small_extraction())
        data["document"]["text"] += f"\nReviewer copy {i}.\n"
        data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode()).hexdigest()
        data["study"]["doi"] = f"10.9999/test.concurrency.{i}"
        report = load_extraction(engine, data)
        text, _ = write_review(engine, report.study_id)
        texts.append(text.replace("status: pending", "status: accept"))
    return texts


def _evidence(db, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "oncoev", "--db", str(db), *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_curators_adding_and_applying_at_once_all_succeed(db_path, tmp_path):
    engine = make_engine(db_path)
    reviews = _studies_to_review(engine, REVIEWERS)
    engine.dispose()
    review_files = []
    for i, text in enumerate(reviews):
        path = tmp_path / f"review-{i}.yaml"
        path.write_text(text, encoding="utf-8")
        review_files.append(path)
    folders = []
    for w in range(WRITERS):
        paper_copies(tmp_path / f"in{w}", PAPERS_EACH, f"w{w}")
        folders.append(tmp_path / f"in{w}")

    server, url = start_server(db_path)
    answers: list[tuple] = []
    stop = threading.Event()

    def ask():  # the server's answers while the writers run (a thread here; the server is its own process)
        query = f"{url}/evidence.json?_shape=array&sql={urllib.parse.quote(SNAPSHOT)}"
        while not stop.is_set():
            row = get_json(query)[0]
            answers.append((row["s"], row["d"], row["r"], row["e"]))
            time.sleep(0.05)

    asker = threading.Thread(target=ask)
    asker.start()
    try:
        processes = [_evidence(db_path, "add", f) for f in folders]
        processes += [_evidence(db_path, "apply", f, "--actor", f"Curator {i}") for i, f in enumerate(review_files)]
        outputs = [p.communicate(timeout=300) for p in processes]
    finally:
        stop.set()
        asker.join(timeout=60)
        stop_server(server)

    for p, (out, err) in zip(processes, outputs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in out + err
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        studies = WRITERS * PAPERS_EACH + REVIEWERS
        assert con.execute("select count(*), count(distinct sha256) from documents").fetchone() == (studies, studies)
        assert con.execute("select count(*) from studies").fetchone() == (studies,)
        verified = con.execute("select count(*) from studies where curation_status = 'verified'").fetchone()[0]
        assert verified == REVIEWERS
        # Each paper's study has all its rows: a study's results are those its load event counted.
        for study_id, counted in con.execute(
                "select study_id, json_extract(after, '$.counts.results') from curation_events where action = 'load'"):
            stored = con.execute("select count(*) from outcome_results where study_id = ?", (study_id,)).fetchone()[0]
            assert stored == counted, study_id
        # The committed states, in commit order (writes are serialised): after each load, so many studies
        # and so many results.
        states, results = [], 0
        for (counted,) in con.execute("select json_extract(after, '$.counts.results') from curation_events "
                                      "where action = 'load' order by id"):
            results += counted
            states.append((len(states) + 1, results))
    finally:
        con.close()
    # The server answered throughout, and each answer is one of those states: never a study without its
    # document or without all its results.
    assert len(answers) >= 3
    assert all(s == d for s, d, _, _ in answers)
    assert {(s, r) for s, _, r, _ in answers} <= set(states), (answers, states)
