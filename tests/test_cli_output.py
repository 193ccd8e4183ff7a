"""What the commands print: --json data on stdout, messages on stderr; removing and merging a study."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3

import pytest
from click.testing import CliRunner
from support import SMALL_TEXT, query

from oncoev.cli import cli


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_stats_json_is_the_table_as_data(db_path, extraction, write_json):
    invoke("--db", db_path, "load", write_json(extraction))
    table = invoke("--db", db_path, "stats")
    data = json.loads(invoke("--db", db_path, "stats", "--json").stdout)
    rows = {line.split("│")[1].strip(): int(line.split("│")[2]) for line in table.stdout.splitlines()
            if line.count("│") == 3}
    assert data["tables"] == rows and data["tables"]["outcome_results"] == len(extraction["results"])
    assert data["studies_by_curation_status"] == {"extracted": 1}


def test_load_json_has_one_object_per_file_and_errors_go_to_stderr(db_path, extraction, write_json):
    good = write_json(extraction, "good.json")
    bad = copy.deepcopy(extraction)
    bad["document"]["sha256"] = "0" * 64
    bad["results"][0]["value"] = 140.0
    result = invoke("--db", db_path, "load", good, write_json(bad, "bad.json"), "--json")
    assert result.exit_code == 1
    rows = json.loads(result.stdout)                      # stdout is the JSON alone
    assert [(r["file"], r["status"]) for r in rows] == [("good.json", "loaded"), ("bad.json", "refused")]
    assert rows[0]["study"] == 1 and rows[0]["counts"]["results"] == len(extraction["results"])
    assert "not a percentage" in rows[1]["error"] and "not a percentage" in result.stderr
    again = invoke("--db", db_path, "load", good, "--json")
    assert json.loads(again.stdout)[0]["status"] == "unchanged"
    assert "already stored" in again.stderr and "already stored" not in again.stdout


def test_add_json_and_its_messages(db_path, tmp_path):
    paper = tmp_path / "small_study.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    first = invoke("--db", db_path, "add", paper, "--json")
    assert first.exit_code == 0, first.output
    [row] = json.loads(first.stdout)
    assert row["paper"] == "small_study.txt" and row["status"] == "loaded" and row["counts"]["results"] > 0
    second = invoke("--db", db_path, "add", paper)
    assert "unchanged" in second.stdout and "already stored" in second.stderr


def test_status_messages_go_to_stderr(db_path):
    result = invoke("--db", db_path, "status")
    assert result.stdout == "" and "no studies yet" in result.stderr
    assert json.loads(invoke("--db", db_path, "status", "--json").stdout) == []


# -- removing and merging a study ------------------------------------------------------------------

def _copy_of(extraction: dict) -> dict:
    """The same paper as another file (one more line at the end): another sha256, another study."""
    dup = copy.deepcopy(extraction)
    text = dup["document"]["text"] + "\n"
    dup["document"].update(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), filename="copy.txt")
    dup["source"] = "copy.txt"
    dup["study"].pop("doi")
    return dup


def _events(db_path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT study_id, table_name, row_id, action, before, note, actor FROM curation_events "
                           "ORDER BY id").fetchall()
    finally:
        con.close()


IDS = {"id", "study_id", "cohort_id", "arm_id", "parent_id", "document_id", "comparator_cohort_id",
       "comparator_arm_id"}


def _content(db_path, table: str) -> list[tuple]:
    """A table's rows without their ids (which a reload renumbers), sorted."""
    columns = [r[1] for r in query(db_path, f"PRAGMA table_info({table})") if r[1] not in IDS]
    return sorted(query(db_path, f"SELECT {', '.join(columns)} FROM {table}"), key=repr)


def test_remove_keeps_the_whole_study_in_the_audit_log(db_path, extraction, write_json, tmp_path):
    invoke("--db", db_path, "load", write_json(extraction))
    tables = ("cohorts", "arms", "dose_schedules", "outcome_results")
    before = {t: _content(db_path, t) for t in tables}
    refused = invoke("--db", db_path, "remove", 1)
    assert refused.exit_code == 1 and "--actor" in refused.output
    result = invoke("--db", db_path, "remove", 1, "--actor", "A. Curator", "--note", "loaded by mistake")
    assert result.exit_code == 0, result.output
    assert "study 1 removed" in result.stdout
    assert json.loads(invoke("--db", db_path, "stats", "--json").stdout)["tables"]["outcome_results"] == 0
    study_id, table, row_id, action, snapshot, note, actor = _events(db_path)[-1]
    assert (study_id, table, row_id, action, note, actor) == (None, "studies", 1, "delete", "loaded by mistake",
                                                              "A. Curator")
    # The event holds the study as `evidence export` writes it: loading it back restores every row.
    restored = tmp_path / "restored.json"
    restored.write_text(snapshot, encoding="utf-8")
    assert invoke("--db", db_path, "load", restored).exit_code == 0
    assert {t: _content(db_path, t) for t in tables} == before


def test_remove_refuses_curated_work_unless_forced(db_path, extraction, write_json):
    extraction["curation"] = {"status": "verified", "curator": "gold"}
    invoke("--db", db_path, "load", write_json(extraction))
    refused = invoke("--db", db_path, "remove", 1, "--actor", "A. Curator")
    assert refused.exit_code == 1 and "rows a curator checked" in refused.output and "--into" in refused.output
    assert json.loads(invoke("--db", db_path, "stats", "--json").stdout)["tables"]["studies"] == 1
    forced = invoke("--db", db_path, "remove", 1, "--actor", "A. Curator", "--force", "--json")
    assert forced.exit_code == 0 and json.loads(forced.stdout)["study"] == 1


def test_merge_moves_the_documents_and_adds_no_row_twice(db_path, extraction, write_json):
    invoke("--db", db_path, "load", write_json(extraction, "a.json"), write_json(_copy_of(extraction), "b.json"))
    counts = json.loads(invoke("--db", db_path, "stats", "--json").stdout)["tables"]
    assert counts["studies"] == 2
    result = invoke("--db", db_path, "remove", 2, "--into", 1, "--actor", "A. Curator", "--json")
    assert result.exit_code == 0, result.output
    merged = json.loads(result.stdout)
    assert merged["into"] == 1 and merged["documents"] == 1 and sum(merged["added"].values()) == 0
    after = json.loads(invoke("--db", db_path, "stats", "--json").stdout)["tables"]
    assert after["studies"] == 1 and after["documents"] == 2
    assert after["outcome_results"] == counts["outcome_results"] // 2
    history = json.loads(invoke("--db", db_path, "history", 1, "--json").stdout)
    assert [d["filename"] for d in history["study"]["documents"]] == ["small_study.txt", "copy.txt"]
    actions = [(e["action"], e["row_id"]) for e in history["events"]]
    assert ("delete", 2) in actions and actions[-1] == ("load", 1)
    text = invoke("--db", db_path, "history", 1).stdout
    assert "removed study" in text


def test_merging_a_study_into_itself_or_a_missing_one_is_refused(db_path, extraction, write_json):
    invoke("--db", db_path, "load", write_json(extraction))
    assert "into itself" in invoke("--db", db_path, "remove", 1, "--into", 1, "--actor", "X").output
    missing = invoke("--db", db_path, "remove", 1, "--into", 9, "--actor", "X")
    assert missing.exit_code == 1 and "no study 9" in missing.output
    assert json.loads(invoke("--db", db_path, "stats", "--json").stdout)["tables"]["studies"] == 1


@pytest.mark.parametrize("command", ["stats", "status", "load", "add", "remove"])
def test_json_option_is_in_the_help(command):
    assert "--json" in invoke(command, "--help").stdout
