"""The `evidence` command line: each command, its options and its error messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import dump_database

from oncoev.cli import cli
from oncoev.db.migrate import head_revision
from oncoev.schema.vocabulary import endpoint_vocabulary


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args, env=None):
    return runner.invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_init_creates_then_reports_current(runner, tmp_path):
    db = tmp_path / "sub" / "e.db"
    first = invoke(runner, "--db", db, "init")
    assert first.exit_code == 0, first.output
    assert first.output.startswith(f"{db.parent}: folder created for the database\n")
    head = head_revision()
    assert f"schema empty -> {head}" in first.output
    assert f"{len(endpoint_vocabulary())} endpoint codes added" in first.output
    second = invoke(runner, "--db", db, "init")
    assert f"schema already at revision {head}; 0 endpoint codes added" in second.output


def test_environment_variable_chooses_the_database(runner, tmp_path):
    db = tmp_path / "from-env.db"
    result = invoke(runner, "init", env={"EVIDENCE_DB": str(db)})
    assert result.exit_code == 0 and db.exists()


def test_load_then_stats(runner, db_path, extraction, write_json):
    path = write_json(extraction)
    loaded = invoke(runner, "--db", db_path, "load", path)
    assert loaded.exit_code == 0, loaded.output
    assert "loaded" in loaded.output
    again = invoke(runner, "--db", db_path, "load", path)
    assert again.exit_code == 0 and "unchanged" in again.output
    stats = invoke(runner, "--db", db_path, "stats")
    assert stats.exit_code == 0
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip()
             for line in stats.output.splitlines() if line.count("│") == 3}
    assert lines["outcome_results"] == "8" and lines["studies"] == "1" and lines["cohorts"] == "3"
    assert "studies by curation status: extracted 1" in stats.output


def test_load_reads_standard_input(runner, db_path, extraction):
    result = runner.invoke(cli, ["--db", str(db_path), "load", "-"], input=json.dumps(extraction))
    assert result.exit_code == 0, result.output
    assert len(dump_database(db_path)["outcome_results"]) == 8
    broken = runner.invoke(cli, ["--db", str(db_path), "load", "-"], input="{not json")
    assert broken.exit_code == 1
    assert "<stdin>: not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2" in \
        broken.output


def test_load_refuses_bad_file_with_a_message_and_exit_1(runner, db_path, extraction, write_json):
    extraction["results"][2]["value"] = 140
    path = write_json(extraction, "bad.json")
    before = dump_database(db_path)
    result = invoke(runner, "--db", db_path, "load", path)
    assert result.exit_code == 1
    assert "bad.json: results[2]: value 140.0 is not a percentage between 0 and 100" in result.output
    assert dump_database(db_path) == before


def test_load_good_and_bad_files_loads_the_good_one(runner, db_path, extraction, write_json):
    good = write_json(extraction, "good.json")
    broken = write_json({"source": "x"}, "broken.json")
    result = invoke(runner, "--db", db_path, "load", good, broken)
    assert result.exit_code == 1
    assert "broken.json: document: Field required" in result.output
    assert len(dump_database(db_path)["studies"]) == 1


def test_commands_need_an_initialised_database(runner, tmp_path, extraction, write_json):
    missing = tmp_path / "none.db"
    result = invoke(runner, "--db", missing, "stats")
    assert result.exit_code == 1
    assert f"Error: no database at {missing}: run `evidence init`" in result.output
    assert not missing.exists()


def test_serve_runs_datasette_read_only_on_localhost(runner, db_path):
    result = invoke(runner, "--db", db_path, "serve", "--dry-run", "--port", "8123")
    assert result.exit_code == 0
    command = result.stdout.split()
    assert command[1:4] == ["-m", "datasette", "serve"]
    # Live: read-only but not immutable, so that what is added while it runs shows (a published copy is immutable).
    assert "--immutable" not in command and command[4] == str(db_path)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--port") + 1] == "8123"
    assert "sql_time_limit_ms" in command
    # The command runs as printed: the metadata file it names is there.
    metadata = Path(command[command.index("--metadata") + 1])
    assert metadata.is_file() and "remove that folder when done" in result.stderr
    shutil.rmtree(metadata.parent)


@pytest.mark.parametrize("command", ["init", "load", "stats", "serve"])
def test_every_option_is_documented(runner, command):
    help_text = invoke(runner, command, "--help").output
    assert "Example:" in help_text
    for param in cli.commands[command].params:
        if isinstance(param, __import__("click").Option):
            assert param.help, f"{command} {param.opts} has no help"
            assert param.opts[-1] in help_text


def test_python_dash_m_works(db_path):
    out = subprocess.run([sys.executable, "-m", "oncoev", "--db", str(db_path), "stats"],
                         capture_output=True, text=True, check=True)
    assert "outcome_results" in out.stdout


def test_version():
    out = CliRunner().invoke(cli, ["--version"])
    assert out.output.startswith("evidence, version ")


def test_a_file_that_is_not_a_database_is_reported(runner, tmp_path):
    garbage = tmp_path / "notes.db"
    garbage.write_text("these are my notes, not a database\n" * 20)
    for command in ("init", "stats"):
        result = invoke(runner, "--db", garbage, command)
        assert result.exit_code == 1
        assert f"Error: cannot use the database {garbage}: file is not a database" in result.output
    assert garbage.read_text().startswith("these are my notes")


def test_init_refuses_another_applications_database(runner, tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE studies (x INTEGER)")
    con.execute("INSERT INTO studies VALUES (1)")
    con.commit()
    con.close()
    before = dump_database(other)
    result = invoke(runner, "--db", other, "init")
    assert result.exit_code == 1
    assert "already holds tables (studies) but no evidence schema" in result.output
    assert dump_database(other) == before
