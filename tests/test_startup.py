"""Start-up: what each `evidence` command imports, checked in a fresh interpreter.

Every process pays for its imports; at PubMed scale (one process per batch, per worker, per
shell loop) spaCy, pdfplumber and matplotlib cost more than the work of a small command. Only
commands that extract (or draw) may import them; `--help` and `--version` import neither
SQLAlchemy nor rich either.
"""

from __future__ import annotations

import pytest
from support import run_cli_probe

HEAVY = ("spacy", "pdfplumber", "matplotlib")
DATABASE = ("sqlalchemy", "rich", "pydantic")


def imported(args: list[str], db=None) -> set[str]:
    env_db = ["--db", str(db)] if db is not None else []
    run, report = run_cli_probe([*env_db, *args])
    assert report["code"] in (0, None), (args, run.stdout, run.stderr)
    return set(report["modules"])


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["add", "--help"], ["extract", "--help"],
                                  ["load", "--help"], ["pool", "--help"], ["serve", "--help"]])
def test_help_and_version_import_no_library(args):
    modules = imported(args)
    assert not modules & {*HEAVY, *DATABASE}, modules & {*HEAVY, *DATABASE}


@pytest.mark.parametrize("args", [["stats"], ["status"], ["history", "1"], ["review", "1"], ["export", "1"],
                                  ["pool", "--endpoint", "OS", "--timepoint", "12"]])
def test_commands_that_do_not_extract_import_no_extraction_library(args, db_path, extraction, write_json):
    from oncoev.db.engine import make_engine
    from oncoev.db.load import load_extraction

    load_extraction(make_engine(db_path), extraction)
    modules = imported(args, db_path)
    assert "sqlalchemy" in modules  # the probe really ran the command
    assert not modules & set(HEAVY), modules & set(HEAVY)


def test_load_imports_no_extraction_library(db_path, extraction, write_json):
    modules = imported(["load", str(write_json(extraction))], db_path)
    assert "sqlalchemy" in modules and not modules & set(HEAVY)


@pytest.mark.parametrize("args", [["stats"], ["init"], ["add", "PAPER"]])
def test_a_database_at_head_is_used_without_alembic(args, db_path, tmp_path):
    """Alembic runs only when there is something to migrate; the schema check reads two small things."""
    from support import SMALL_TEXT

    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    modules = imported([str(paper) if a == "PAPER" else a for a in args], db_path)
    assert "sqlalchemy" in modules and "alembic" not in modules


def test_extract_imports_spacy_but_not_pdfplumber_for_text(tmp_path):
    from support import SMALL_TEXT

    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    modules = imported(["extract", "--json", str(paper)])
    assert "spacy" in modules and "pdfplumber" not in modules and "sqlalchemy" not in modules


def test_evidence_closes_the_database_before_exiting(db_path, tmp_path):
    """The `evidence` program skips the interpreter's garbage collections at exit (``oncoev.cli.run``): the
    commands close what they opened first, so that the database's WAL file is folded back and removed (a
    copy of the .db file alone holds everything), as after an ordinary exit."""
    import sqlite3
    import subprocess
    import sys
    from contextlib import closing

    from support import SMALL_TEXT

    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    for args in (["add", str(paper)], ["stats"]):
        run = subprocess.run([sys.executable, "-m", "oncoev", "--db", str(db_path), *args], capture_output=True,
                             text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
