"""`evidence add`'s head start: the schema check and the papers already stored read with plain sqlite3
(before SQLAlchemy is imported), and a few papers read on one forked worker (:class:`Ahead`) meanwhile.

The worker tests run in a fresh interpreter: forking the test process (threads of other tests, a built
pipeline) is what :func:`extract_ahead` refuses to do, and what they check must hold for a real CLI process.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from support import SMALL_TEXT, run_cli_probe

from oncoev.db.batch_add import add_papers, already_stored, start
from oncoev.db.engine import plain_connection
from oncoev.db.migrate import at_head, head_revision


@pytest.fixture
def paper(tmp_path: Path) -> Path:
    path = tmp_path / "paper.txt"
    path.write_text(SMALL_TEXT, encoding="utf-8")
    return path


def _exclusive_lock(path: Path) -> sqlite3.Connection:
    """A connection holding ``path`` locked against readers too: a rollback-journal file in an exclusive
    transaction (in WAL mode readers are never blocked)."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


# --- at_head and plain_connection -------------------------------------------------------------------

def test_at_head_is_true_for_a_database_at_head(db_path):
    assert at_head(db_path)
    assert at_head(str(db_path))


def test_at_head_is_false_for_an_older_revision(db_path):
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    assert head_revision() != "0007"
    assert not at_head(db_path)


def test_at_head_is_false_when_it_cannot_tell(tmp_path, db_path):
    missing = tmp_path / "missing.db"
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are notes, not SQLite\n" * 10, encoding="utf-8")
    empty_sqlite = tmp_path / "empty.db"
    with closing(sqlite3.connect(empty_sqlite)) as connection:
        connection.execute("CREATE TABLE other (x)")
    for path in (missing, not_a_database, empty_sqlite, tmp_path):  # tmp_path: a folder
        assert not at_head(path), path
    assert not missing.exists()  # asking created nothing

    holder = _exclusive_lock(db_path)
    try:
        assert not at_head(db_path)
    finally:
        holder.close()
    assert at_head(db_path)  # once the lock is gone


def test_plain_connection_never_creates_a_file_and_leaves_no_wal_files(tmp_path, db_path):
    with pytest.raises(sqlite3.OperationalError):
        plain_connection(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    with closing(plain_connection(db_path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        connection.execute("SELECT count(*) FROM documents").fetchone()
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]


# --- already_stored ---------------------------------------------------------------------------------

def test_already_stored_finds_the_stored_file_by_its_contents(engine, db_path, paper, tmp_path):
    [added] = list(add_papers(engine, [paper]))
    assert added.status == "loaded"
    other = tmp_path / "other.txt"
    other.write_text(SMALL_TEXT + "\nA different file.\n", encoding="utf-8")
    renamed = tmp_path / "renamed.txt"
    renamed.write_bytes(paper.read_bytes())  # same contents, another name: the same document
    missing = tmp_path / "missing.txt"

    found = already_stored(db_path, [paper, other, renamed, missing])
    assert set(found) == {paper, renamed}
    assert found[paper] == found[renamed] == (added.study_id, found[paper][1])
    assert already_stored(engine, [paper, other]) == {paper: found[paper]}  # given the engine: the same answer


def test_already_stored_asks_in_chunks_below_sqlites_variable_limit(engine, db_path, paper, tmp_path):
    list(add_papers(engine, [paper]))
    others = []
    for i in range(1200):
        path = tmp_path / f"other{i}.txt"
        path.write_text(f"paper {i}\n", encoding="utf-8")
        others.append(path)
    assert set(already_stored(db_path, [*others, paper])) == {paper}


def test_already_stored_on_a_file_that_is_not_a_database_raises(tmp_path, paper):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are notes, not SQLite\n" * 10, encoding="utf-8")
    with pytest.raises(sqlite3.DatabaseError):
        already_stored(not_a_database, [paper])
    with pytest.raises(sqlite3.OperationalError):
        already_stored(tmp_path / "missing.db", [paper])
    assert not (tmp_path / "missing.db").exists()


def test_already_stored_waits_for_a_lock_then_says_locked(db_path, paper, monkeypatch):
    monkeypatch.setenv("EVIDENCE_BUSY_TIMEOUT_MS", "50")
    holder = _exclusive_lock(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            already_stored(db_path, [paper])
    finally:
        holder.close()
    assert already_stored(db_path, [paper]) == {}


def test_start_answers_stored_papers_without_extracting_them(engine, db_path, paper):
    list(add_papers(engine, [paper]))
    started = start(db_path, [paper], jobs=2, head_start=True)
    try:
        assert list(started.stored) == [paper]
        assert list(started.outcomes) == []
    finally:
        started.close()
    # --as-document-of reads the file again whatever is stored
    started = start(db_path, [paper], as_document_of=1)
    try:
        assert started.stored == {}
        assert [o.status for o in started.outcomes] == ["extracted"]
    finally:
        started.close()


# --- the worker (in a fresh interpreter) -------------------------------------------------------------

AHEAD = r"""
import json, os, signal, sys, time
from pathlib import Path
from oncoev.extract.batch import Ahead, extract_ahead, extract_one

papers, case = [Path(p) for p in json.loads(sys.argv[1])], sys.argv[2]
out = {}
if case == "refused":
    out["refused"] = [extract_ahead(papers, jobs=1) is None, extract_ahead([], jobs=2) is None,
                      extract_ahead(papers * 4, jobs=2) is None]
    ahead = extract_ahead(papers, jobs=2)
    out["made"] = ahead is not None
    ahead.close()
elif case == "read":
    ahead = extract_ahead(papers, jobs=2)
    out["main_imported_spacy_before"] = "spacy" in sys.modules
    outcomes = list(ahead)
    out["pid"], out["exitcode"] = ahead.process.pid, ahead.process.exitcode
    out["papers"] = [o.paper for o in outcomes]
    out["statuses"] = [o.status for o in outcomes]
    out["same_as_here"] = [o.extractions == extract_one(p).extractions for o, p in zip(outcomes, papers)]
elif case == "close":
    ahead = extract_ahead(papers, jobs=2)
    out["pid"] = ahead.process.pid
    ahead.close()  # at once: the worker is still importing spaCy
    out["exitcode"] = ahead.process.exitcode
    ahead.close()  # again: nothing happens
elif case == "killed":
    ahead = Ahead(papers)
    os.kill(ahead.process.pid, signal.SIGKILL)
    outcomes = list(ahead)
    out["pid"], out["exitcode"] = ahead.process.pid, ahead.process.exitcode
    out["statuses"] = [o.status for o in outcomes]
    out["papers"] = [o.paper for o in outcomes]
out["children"] = [p.pid for p in __import__("multiprocessing").active_children()]
print(json.dumps(out))
"""


def _ahead(papers: list[Path], case: str) -> dict:
    run = subprocess.run([sys.executable, "-c", AHEAD, json.dumps([str(p) for p in papers]), case],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _gone(pid: int) -> bool:
    """No such process, not even a zombie waiting to be reaped."""
    return not Path(f"/proc/{pid}").exists()


needs_proc = pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc to see processes")


def test_ahead_is_only_for_a_few_papers_on_more_than_one_job(paper):
    out = _ahead([paper], "refused")
    assert out["refused"] == [True, True, True]
    assert out["made"] and out["children"] == []


@needs_proc
def test_ahead_reads_the_papers_in_order_as_this_process_would(paper, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text(SMALL_TEXT.replace("overall survival", "overall  survival"), encoding="utf-8")
    unreadable = tmp_path / "missing.txt"
    out = _ahead([paper, unreadable, second], "read")
    assert out["papers"] == [str(paper), str(unreadable), str(second)]
    assert out["statuses"] == ["extracted", "refused", "extracted"]
    assert out["same_as_here"] == [True, True, True]
    assert out["main_imported_spacy_before"] is False  # the extraction ran in the worker
    assert out["exitcode"] == 0 and out["children"] == [] and _gone(out["pid"])


@needs_proc
def test_closing_ahead_stops_and_reaps_a_worker_still_reading(paper):
    out = _ahead([paper], "close")
    assert out["exitcode"] == -signal.SIGTERM  # stopped, not waited for
    assert out["children"] == [] and _gone(out["pid"])


@needs_proc
def test_a_paper_whose_worker_dies_is_read_again_alone(paper):
    out = _ahead([paper], "killed")
    assert out["exitcode"] == -signal.SIGKILL
    assert out["statuses"] == ["extracted"] and out["papers"] == [str(paper)]
    assert out["children"] == [] and _gone(out["pid"])


# --- evidence add ------------------------------------------------------------------------------------

def _add(db: Path, *args, env: dict | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    run, report = run_cli_probe(["--db", db, "add", *args], env=env, timeout=300)
    return run, {**report, "spacy": "spacy" in report["modules"]}


def _documents(db: Path) -> int:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_add_reads_one_paper_on_the_worker_and_stores_it_once(db_path, paper):
    run, probe = _add(db_path, "--jobs", "2", "--json", paper)
    assert probe["code"] == 0, run.stderr
    assert [r["status"] for r in json.loads(run.stdout)] == ["loaded"]
    assert probe["spacy"] is False  # the head start was taken: spaCy ran in the worker only
    run, probe = _add(db_path, "--jobs", "2", "--json", paper)
    assert [r["status"] for r in json.loads(run.stdout)] == ["unchanged"]
    assert _documents(db_path) == 1
    # one job: no worker, the same result read here
    other = paper.with_name("other.txt")
    other.write_text(SMALL_TEXT + "\nAnother file.\n", encoding="utf-8")
    run, probe = _add(db_path, "--jobs", "1", "--json", other, paper)
    assert probe["spacy"] is True
    assert sorted(r["status"] for r in json.loads(run.stdout)) == ["attached", "unchanged"], run.stdout


def test_add_to_a_locked_database_fails_in_one_line_and_stores_nothing(db_path, paper):
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer: readers go on (WAL), writers wait
    try:
        run, probe = _add(db_path, "--jobs", "2", paper, env={"EVIDENCE_BUSY_TIMEOUT_MS": "100"})
    finally:
        holder.close()
    assert probe["code"] == 1
    assert "locked" in run.stderr and "Traceback" not in run.stderr
    assert _documents(db_path) == 0


def test_add_of_a_file_that_is_not_a_database_fails_in_one_line(tmp_path, paper):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are notes, not SQLite\n" * 10, encoding="utf-8")
    run, probe = _add(not_a_database, "--jobs", "2", paper)
    assert probe["code"] == 1
    assert "cannot use the database" in run.stderr and "Traceback" not in run.stderr


@needs_proc
def test_ctrl_c_during_the_head_start_leaves_no_process_behind(db_path, paper):
    # a paper long enough that the run is still at work when the signal lands, however fast the machine: with the
    # small one the run could end first, and a finished run is no interrupted one
    paper.write_text("\n\n".join([SMALL_TEXT] * 60), encoding="utf-8")
    # Ctrl-C raises KeyboardInterrupt even where the test runner left SIGINT ignored (a child inherits that).
    main = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "sys.argv[0] = 'evidence'; runpy.run_module('oncoev', run_name='__main__')")
    process = subprocess.Popen([sys.executable, "-c", main, "--db", str(db_path), "add", "--jobs", "2", str(paper)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    workers: list[int] = []
    for _ in range(2000):  # until the worker is forked (a guard against a loop without end, not a timing)
        workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        if workers or process.poll() is not None:
            break
        time.sleep(0.005)
    assert workers, "no worker was forked"
    process.send_signal(signal.SIGINT)  # to the main process only: it must stop the worker itself
    _out, err = process.communicate(timeout=120)
    assert process.returncode != 0
    assert "Traceback" not in err, err
    assert all(_gone(pid) for pid in workers)
    assert _documents(db_path) == 0
