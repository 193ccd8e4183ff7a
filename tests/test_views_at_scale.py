"""Migration 0008's analyst views answer exactly what 0002's did, and every canned query's filter has an index."""

from __future__ import annotations

import json
import re
import sqlite3
from importlib import import_module

import pytest
from support import REPO, execute, small_extraction

from oncoev.db.load import load_extraction
from oncoev.publish import metadata_for

BEFORE = import_module("oncoev.migrations.versions.0002_analyst_views")


@pytest.fixture
def loaded(engine, db_path):
    """Curated studies, our small study with results on an arm and against an arm, and a rejected row."""
    for path in sorted((REPO / "data" / "curated").glob("*.json")):
        load_extraction(engine, json.loads(path.read_text()))
    data = small_extraction()
    data["results"].append({"cohort": "cape", "endpoint": "OS", "measure": "rate", "timepoint_months": 12,
                            "value": 91.0, "unit": "%", "comparator": "all"})
    data["results"].append({"cohort": "all", "endpoint": "OS", "measure": "hr", "value": 0.8, "unit": "ratio",
                            "ci_low": 0.5, "ci_high": 1.2, "comparator": "cape"})
    load_extraction(engine, data)
    execute(db_path, "UPDATE outcome_results SET status = 'rejected' WHERE id = (SELECT min(id) FROM outcome_results "
                     "WHERE study_id = (SELECT max(id) FROM studies))")
    return db_path


def test_the_views_answer_as_before(loaded):
    con = sqlite3.connect(loaded)
    con.execute(BEFORE.RESULTS_FLAT.replace("VIEW results_flat", "TEMP VIEW old_results_flat"))
    con.execute(BEFORE.SURVIVAL_RATES.replace("VIEW survival_rates", "TEMP VIEW old_survival_rates")
                .replace("FROM results_flat", "FROM old_results_flat"))
    for view in ("results_flat", "survival_rates"):
        new = con.execute(f"SELECT * FROM {view} ORDER BY result_id")
        new_columns, new_rows = [d[0] for d in new.description], new.fetchall()
        old = con.execute(f"SELECT * FROM old_{view} ORDER BY result_id")
        assert [d[0] for d in old.description] == new_columns
        assert old.fetchall() == new_rows, view
        assert len(new_rows) > 20
    arm_rows = con.execute("SELECT group_type, group_label, comparator FROM results_flat WHERE group_type = 'arm' "
                           "OR comparator = 'SBRT + capecitabine'").fetchall()
    assert ("arm", "SBRT + capecitabine", "All patients") in arm_rows
    assert ("cohort", "All patients", "SBRT + capecitabine") in arm_rows


def plan(con: sqlite3.Connection, sql: str, params: dict) -> str:
    return "\n".join(row[-1] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))


QUERIES = metadata_for(REPO / "db" / "evidence.db")["databases"]["evidence"]["queries"]


@pytest.mark.parametrize(("name", "params", "index"), [
    ("compare_endpoint", {"endpoint": "OS", "measure": "rate", "timepoint_months": "60"},
     "ix_outcome_results_by_study"),
    ("five_year_os", {}, "ix_outcome_results_by_study"),
    ("hazard_ratios", {"endpoint": ""}, "ix_outcome_results_ratios"),
    ("study_overview", {"study_id": "1"}, "USING INDEX ix_outcome_results_study"),
])
def test_canned_queries_read_an_index_in_their_order(loaded, name, params, index):
    con = sqlite3.connect(loaded)
    sql = QUERIES[name]["sql"]
    names = set(re.findall(r"(?<!:):([a-z_]+)", sql))
    shown = plan(con, sql, {k: params.get(k, "") for k in names})
    assert index in shown, shown
    if name != "study_overview":
        # The rows come in the query's order from the index: a page of them never sorts the whole table.
        assert "TEMP B-TREE FOR ORDER BY" not in shown, shown


def test_the_filtered_survival_rates_page_reads_the_index_in_value_order(loaded):
    con = sqlite3.connect(loaded)
    shown = plan(con, "SELECT * FROM survival_rates WHERE endpoint = :e AND timepoint_months = :t "
                      "ORDER BY value DESC LIMIT 101", {"e": "OS", "t": 60})
    assert "ix_outcome_results_compare" in shown and "TEMP B-TREE" not in shown, shown
