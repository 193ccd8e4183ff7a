"""Full-text search (migration 0003): the FTS5 indexes follow every insert, edit and delete."""

from __future__ import annotations

import sqlite3

import pytest

from oncoev.db import migrate
from oncoev.db.load import load_extraction

INDEXES = {"studies_fts": "studies", "cohorts_fts": "cohorts", "outcome_results_fts": "outcome_results"}


def connect(path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    return con


def search(con, index: str, words: str) -> list[int]:
    return sorted(r[0] for r in con.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH ?", (words,)))


def terms(con, index: str) -> set[tuple]:
    """Every (term, row, column, offset) the index holds."""
    con.execute(f"CREATE VIRTUAL TABLE temp.vocab_{index} USING fts5vocab(main, {index}, instance)")
    try:
        return set(con.execute(f"SELECT term, doc, col, offset FROM temp.vocab_{index}"))
    finally:
        con.execute(f"DROP TABLE temp.vocab_{index}")


def check_indexes(con) -> None:
    """Each index holds exactly what an index rebuilt from its table now would."""
    for index in INDEXES:
        con.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
        kept = terms(con, index)
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
        con.execute("SAVEPOINT fresh")
        try:
            con.execute(sql.replace(f"TABLE {index} ", "TABLE fresh_index ", 1))
            con.execute("INSERT INTO fresh_index(fresh_index) VALUES ('rebuild')")
            assert kept == terms(con, "fresh_index"), f"{index} differs from its table"
        finally:
            con.execute("ROLLBACK TO fresh")
            con.execute("RELEASE fresh")


def test_the_indexes_and_their_triggers_exist(db_path):
    con = connect(db_path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    for index, table in INDEXES.items():
        assert index in names
        assert {f"{index}_insert", f"{index}_delete", f"{index}_update"} <= names, table
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
        assert f'content="{table}"' in sql  # how Datasette recognises a table's index


def test_a_loaded_paper_is_searchable_at_once(engine, db_path, extraction):
    report = load_extraction(engine, extraction)
    con = connect(db_path)
    assert search(con, "studies_fts", "pulmonary oligometastases") == [report.study_id]
    assert len(search(con, "cohorts_fts", "central")) == 1
    local_control = search(con, "outcome_results_fts", '"local control"')
    assert len(local_control) == 3
    assert search(con, "outcome_results_fts", "survival") == search(con, "outcome_results_fts", "survive")  # stems
    check_indexes(con)


def test_edits_and_deletes_reach_the_index(engine, db_path, extraction):
    load_extraction(engine, extraction)
    con = connect(db_path)
    (result_id,) = search(con, "outcome_results_fts", "toxicity")
    with con:
        con.execute("UPDATE outcome_results SET quote = 'Grade 3 or higher adverse events in 5.0%' WHERE id = ?",
                    (result_id,))
    assert search(con, "outcome_results_fts", "toxicity") == []
    assert search(con, "outcome_results_fts", "adverse") == [result_id]
    with con:
        con.execute("UPDATE outcome_results SET status = 'verified'")  # not an indexed column
        con.execute("UPDATE cohorts SET label = 'Hilar lesions' WHERE key = 'central'")
    assert search(con, "cohorts_fts", "hilar") and not search(con, "cohorts_fts", "central")
    check_indexes(con)
    with con:
        con.execute("DELETE FROM studies")  # cascades to cohorts and results
    for index in INDEXES:
        assert con.execute(f"SELECT count(*) FROM {index}_docsize").fetchone()[0] == 0, index
    check_indexes(con)


def test_downgrade_drops_the_indexes_and_upgrade_indexes_existing_rows(engine, db_path, extraction):
    load_extraction(engine, extraction)
    migrate.downgrade(engine, "0002")
    con = connect(db_path)
    left = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE name LIKE '%fts%'")]
    assert left == []
    con.close()
    migrate.upgrade(engine)
    con = connect(db_path)
    assert len(search(con, "outcome_results_fts", '"local control"')) == 3
    check_indexes(con)


def test_the_integrity_check_can_fail(engine, db_path, extraction):
    """check_indexes above would notice an index that missed a change."""
    load_extraction(engine, extraction)
    con = connect(db_path)
    with con:
        con.execute("DROP TRIGGER outcome_results_fts_update")
        con.execute("UPDATE outcome_results SET quote = 'changed behind the index' WHERE endpoint = 'TOX'")
    with pytest.raises(AssertionError, match="outcome_results_fts differs from its table"):
        check_indexes(con)
