"""Data safety (issue 15): one truth per number, validation with the field's place, the document's own text.

Concurrency (processes), hostile inputs and the server have their own files: test_concurrency.py,
test_limits.py, test_serve.py.
"""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from click.testing import CliRunner
from support import REPO, dump_database, query

from oncoev.cli import cli
from oncoev.db.apply import apply_review
from oncoev.db.engine import make_engine
from oncoev.db.export import export_study
from oncoev.db.ingest import add_paper
from oncoev.db.load import load_extraction
from oncoev.db.migrate import init_database
from oncoev.db.review import write_review
from oncoev.errors import LoadError, ReviewError
from oncoev.schema.contract import parse_extraction

PAPER = REPO / "data" / "papers" / "ovarian_oligometastases_radiotherapy.txt"


def curated(extraction: dict) -> dict:
    out = copy.deepcopy(extraction)
    out["curation"] = {"status": "verified", "curator": "A. Curator"}
    return out


# -- 3. one verified value per number ----------------------------------------------------------------


def test_a_reextraction_claiming_verified_rows_stores_candidates(engine, db_path, extraction):
    load_extraction(engine, curated(extraction))
    again = curated(extraction)
    again["extractor"]["version"] = "2"
    for row in again["results"]:
        row["status"] = "verified"
    again["results"][0]["value"] = 91.0  # the 1-year OS, changed

    report = load_extraction(engine, again)

    os12 = query(db_path, "SELECT value, status FROM outcome_results WHERE endpoint = 'OS' AND timepoint_months = 12 "
                          "ORDER BY id")
    assert os12 == [(90.0, "verified"), (91.0, "extracted")]
    assert [(c.field, c.verified, c.extracted) for c in report.conflicts] == [("value", 90.0, 91.0)]


def test_an_attached_document_claiming_verified_rows_stores_candidates(engine, db_path, extraction):
    load_extraction(engine, curated(extraction))
    other = curated(extraction)
    other["document"]["text"] = extraction["document"]["text"] + "\nA supplement.\n"
    other["document"]["sha256"] = hashlib.sha256(other["document"]["text"].encode()).hexdigest()
    other["results"] = [{**other["results"][0], "value": 92.0, "status": "verified"}]
    load_extraction(engine, other, as_document_of=1)
    assert query(db_path, "SELECT value, status FROM outcome_results WHERE endpoint = 'OS' AND timepoint_months = 12 "
                          "ORDER BY id") == [(90.0, "verified"), (92.0, "extracted")]


def test_extracted_data_cannot_claim_a_curated_status(engine, db_path, extraction):
    extraction["results"][1]["status"] = "verified"
    before = dump_database(db_path)
    with pytest.raises(LoadError, match=r"results\[1\]\.status: 'verified' in a file of extracted data"):
        load_extraction(engine, extraction)
    assert dump_database(db_path) == before


def test_row_ids_the_audit_log_names_are_never_given_to_new_rows(engine, db_path, extraction):
    load_extraction(engine, extraction)
    first_ids = {r[0] for r in query(db_path, "SELECT id FROM outcome_results")}
    again = copy.deepcopy(extraction)
    again["extractor"]["version"] = "2"
    again["results"][0]["value"] = 91.0
    load_extraction(engine, again)  # replaces every candidate
    deleted = {row["id"] for (before,) in query(db_path, "SELECT before FROM curation_events WHERE action = 'delete' "
                                                         "AND table_name = 'outcome_results'")
               for row in json.loads(before)}
    assert deleted == first_ids
    new_ids = {r[0] for r in query(db_path, "SELECT id FROM outcome_results")}
    assert new_ids and not new_ids & deleted


def test_an_upgrade_starts_ids_above_those_the_audit_log_names(tmp_path, extraction):
    from oncoev.db import migrate

    path = tmp_path / "old.db"
    engine = make_engine(path)
    init_database(engine)
    load_extraction(engine, extraction)
    again = copy.deepcopy(extraction)
    again["extractor"]["version"] = "2"
    load_extraction(engine, again)
    named = query(path, "SELECT max(row_id) FROM curation_events")[0][0] or 0
    deleted = max(row["id"] for (before,) in query(path, "SELECT before FROM curation_events WHERE action = 'delete' "
                                                         "AND table_name = 'outcome_results'")
                  for row in json.loads(before))
    migrate.downgrade(engine, "0005")
    migrate.upgrade(engine)
    seq = dict(query(path, "SELECT name, seq FROM sqlite_sequence"))
    assert seq["outcome_results"] >= max(deleted, named, *(r[0] for r in query(path, "SELECT id FROM outcome_results")))


# -- 4. values in range, one validation with the field's place ----------------------------------------


@pytest.mark.parametrize("field, value, message", [
    ("value", float("inf"), r"results\[6\]\.value: Input should be a finite number"),
    ("value", float("nan"), r"results\[6\]\.value: Input should be a finite number"),
    ("timepoint_months", float("inf"), r"results\[6\]\.timepoint_months: Input should be a finite number"),
    ("value", -3.0, r"results\[6\]: value -3.0 is a negative time"),
])
def test_a_load_refuses_values_out_of_range_with_their_place(engine, db_path, extraction, field, value, message):
    extraction["results"][6][field] = value  # the median PFS
    before = dump_database(db_path)
    with pytest.raises(LoadError, match=message):
        load_extraction(engine, json.loads(json.dumps(extraction)))
    assert dump_database(db_path) == before


def test_json_nan_and_infinity_are_refused_where_they_are(db_path, extraction, tmp_path):
    text = json.dumps(extraction).replace('"value": 14.5', '"value": NaN').replace('"timepoint_months": 12',
                                                                                 '"timepoint_months": Infinity')
    path = tmp_path / "nan.json"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "load", str(path)])
    assert result.exit_code == 1
    assert "results[0].timepoint_months: Input should be a finite number" in result.output
    assert "results[6].value: Input should be a finite number" in result.output
    assert "NOT NULL" not in result.output


def test_a_value_outside_its_own_ci_is_refused(extraction):
    extraction["results"][3].update(value=97.0)  # LC 88.0 (74.1-94.6) read as 97.0
    _, problems = parse_extraction(extraction)
    assert problems == ["results[3]: value 97.0 lies outside its own confidence interval 74.1-94.6"]


def test_a_count_larger_than_its_group_and_a_subgroup_larger_than_its_parent_are_refused(extraction):
    extraction["results"].append({"cohort": "central", "endpoint": "CR", "measure": "count", "value": 13,
                                  "unit": "n"})  # 13 of the 12 central patients
    extraction["cohorts"][2]["n"] = 41  # the 28 peripheral lesions become 41, of 40 patients
    _, problems = parse_extraction(extraction)
    assert problems == [
        "cohorts[2].n: 'peripheral' has n = 41, more than its parent 'all' (n = 40)",
        "results[8].value: a count of 13 is more than its group 'central' holds (n = 12)"]


def test_extraction_drops_a_count_larger_than_its_group(tmp_path):
    from oncoev.extract import extract_path

    paper = tmp_path / "p.txt"
    paper.write_text("Methods\nWe treated 20 patients with SBRT.\n\nResults\nA complete response was seen in 25 "
                     "patients and the 2-year overall survival was 60%.\n", encoding="utf-8")
    extraction = extract_path(paper)
    _, problems = parse_extraction(extraction)
    assert problems == []
    assert not [r for r in extraction["results"] if r["measure"] == "count" and r["value"] > 20]


def _edit_entry(text: str, row_id: int, old: str, new: str) -> str:
    """The review file with one result entry set to `correct` and one of its lines changed."""
    head, entry = text.split(f"- id: {row_id}\n  status: pending\n", 1)
    entry = entry.replace(old, new, 1)
    return f"{head}- id: {row_id}\n  status: correct\n{entry}"


@pytest.fixture
def with_count(engine, extraction):
    extraction["results"].append({"cohort": "central", "endpoint": "CR", "measure": "count", "value": 5,
                                  "unit": "n"})
    load_extraction(engine, extraction)
    text, _ = write_review(engine, 1)
    return text


def test_apply_refuses_an_infinite_value_at_its_line(engine, db_path, with_count):
    text = _edit_entry(with_count, 7, "value: 14.5", "value: .inf")  # the median PFS
    before = dump_database(db_path)
    with pytest.raises(ReviewError) as e:
        apply_review(engine, text, "r.yaml", "A. Curator")
    line = text.splitlines().index("  value: .inf") + 1
    assert e.value.problems == [f"line {line}: results[6].value: Input should be a finite number (got inf)"]
    assert dump_database(db_path) == before


def test_apply_refuses_a_count_larger_than_its_group_at_its_line(engine, db_path, with_count):
    text = _edit_entry(with_count, 9, "value: 5.0", "value: 15")
    before = dump_database(db_path)
    with pytest.raises(ReviewError) as e:
        apply_review(engine, text, "r.yaml", "A. Curator")
    line = text.splitlines().index("  value: 15") + 1
    assert e.value.problems == [f"line {line}: outcome_results 9: value: a count of 15 is more than its group "
                                "'central' holds (n = 12)"]
    assert dump_database(db_path) == before


# -- 5. the stored text is the file's text --------------------------------------------------------------


def test_a_text_starting_with_a_space_is_stored_as_it_is_and_round_trips(engine, db_path, tmp_path, migrated_template):
    paper = tmp_path / "spaced.txt"
    text = "  \n" + PAPER.read_text(encoding="utf-8") + "\n  "
    paper.write_text(text, encoding="utf-8")
    assert add_paper(engine, paper).status == "loaded"
    assert query(db_path, "SELECT text FROM documents") == [(text,)]
    for start, end, quote in query(db_path, "SELECT char_start, char_end, quote FROM outcome_results"):
        assert text[start:end] == quote
    exported = export_study(engine, 1)
    other_path = tmp_path / "other.db"
    other_path.write_bytes(migrated_template.read_bytes())
    other = make_engine(other_path)
    assert load_extraction(other, json.loads(json.dumps(exported))).status == "loaded"
    again = export_study(other, 1)
    for data in (exported, again):
        data["curation"].pop("note")
    assert again == exported
