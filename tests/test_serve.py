"""`evidence serve` is live (it shows what is added while it runs) and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
from support import REPO, get_json, start_server
from support import stop_server as stop

PAPERS = sorted((REPO / "data" / "papers").glob("*.txt"))
COUNTS = "select (select count(*) from studies) as studies, (select count(*) from outcome_results) as results"


def counts(url: str) -> tuple[int, int]:
    row = get_json(f"{url}/evidence.json?_shape=array&sql={urllib.parse.quote(COUNTS)}")[0]
    return row["studies"], row["results"]


def evidence(db, *args):
    return subprocess.run([sys.executable, "-m", "oncoev", "--db", str(db), *args], capture_output=True, text=True,
                          check=True)


@pytest.fixture
def demo(tmp_path, migrated_template):
    db = tmp_path / "evidence.db"
    db.write_bytes(migrated_template.read_bytes())
    return db


def test_serve_shows_papers_added_while_it_runs(demo):
    evidence(demo, "add", PAPERS[0])
    process, url = start_server(demo)
    try:
        assert counts(url)[0] == 1
        evidence(demo, "add", PAPERS[1], PAPERS[2])
        # No restart: the next query sees the two papers just committed, with all their rows.
        studies, results = counts(url)
        assert studies == 3
        import sqlite3

        con = sqlite3.connect(demo)
        assert results == con.execute("select count(*) from outcome_results").fetchone()[0]
        con.close()
        table = get_json(f"{url}/evidence/studies.json?_shape=array")
        assert len(table) == 3
    finally:
        stop(process)


def test_sigterm_stops_the_server_and_leaves_nothing_behind(demo, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    process, url = start_server(demo, env={"TMPDIR": str(temp)})
    try:
        process.send_signal(signal.SIGTERM)  # to the command only, as a service manager would
        # uvicorn shuts down gracefully, then ends as the signal says (exit status -SIGTERM).
        assert process.wait(timeout=30) in (0, -signal.SIGTERM)
        with pytest.raises(OSError):
            urllib.request.urlopen(url + "/-/versions.json", timeout=2)
        assert list(temp.iterdir()) == []
        # Nothing of the server's process group is left running.
        with pytest.raises(ProcessLookupError):
            os.killpg(process.pid, 0)
    finally:
        _, err = stop(process)
    assert b"Finished server process" in err
