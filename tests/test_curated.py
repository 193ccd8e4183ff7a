"""The bundled curated data: valid, free of the papers' sentences, and it answers the 5-year OS question."""

from __future__ import annotations

import json
import sqlite3

import pytest
from support import REPO, need_shared

from oncoev.db.load import load_extraction, read_json, validate

CURATED = sorted((REPO / "data" / "curated").rglob("*.json"))


def test_there_is_curated_data():
    assert len(CURATED) >= 5


@pytest.mark.parametrize("path", CURATED, ids=lambda p: p.stem)
def test_curated_file_is_valid_and_carries_no_quotes(path):
    data = read_json(path)
    ext = validate(data, path.name)
    assert ext.curation.status == "verified"
    assert ext.document.text is None
    for section in ("cohorts", "arms", "doses", "results"):
        for row in getattr(ext, section):
            assert row.quote is None
            assert row.locator, f"{path.name} {section}: every curated row says where it comes from"


def test_curated_data_answers_the_5_year_os_question(engine, db_path):
    for path in CURATED:
        load_extraction(engine, read_json(path), source=path.name)
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT study_id, cohort, n, value FROM survival_rates "
                       "WHERE endpoint = 'OS' AND timepoint_months = 60").fetchall()
    studies = {r[0] for r in rows}
    assert len(studies) >= 3
    assert all(0 <= r[3] <= 100 for r in rows)
    assert con.execute("SELECT count(*) FROM studies WHERE curation_status != 'verified'").fetchone()[0] == 0


@pytest.mark.parametrize("path", CURATED, ids=lambda p: p.stem)
def test_curated_numbers_match_the_gold(path):
    import yaml

    gold = yaml.safe_load(need_shared("corpus", "gold", f"{path.stem}.yaml").read_text(encoding="utf-8"))
    data = json.loads(path.read_text(encoding="utf-8"))

    def key(r):
        return (r["cohort"], r["endpoint"], r["measure"], r.get("timepoint_months"), float(r["value"]),
                r.get("grade"), r.get("category"), r.get("site"))

    assert sorted(map(key, data["results"]), key=repr) == sorted(map(key, gold["results"]), key=repr)
    assert [c["n"] for c in data["cohorts"]] == [c.get("n") for c in gold["cohorts"]]
