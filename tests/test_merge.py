"""Re-extraction and further documents never change what a curator verified (db/merge.py)."""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from support import SMALL_TEXT, dump_database
from support import execute as _execute
from support import query as _rows

from oncoev.db.load import load_extraction
from oncoev.errors import LoadError


def newer(extraction: dict, version: str = "2") -> dict:
    out = copy.deepcopy(extraction)
    out["extractor"]["version"] = version
    return out


def result_id(db_path, endpoint, timepoint, cohort="all"):
    return _rows(db_path, "SELECT r.id FROM outcome_results r JOIN cohorts c ON c.id = r.cohort_id "
                 "WHERE r.endpoint = ? AND r.timepoint_months IS ? AND c.key = ?", endpoint, timepoint, cohort)[0][0]


def test_same_file_same_extractor_is_unchanged(engine, db_path, extraction):
    load_extraction(engine, extraction)
    before = dump_database(db_path)
    report = load_extraction(engine, copy.deepcopy(extraction))
    assert report.status == "unchanged" and "already stored as document 1 of study 1" in report.note
    assert dump_database(db_path) == before


def test_reextraction_replaces_only_unreviewed_candidates(engine, db_path, extraction):
    load_extraction(engine, extraction)
    os12 = result_id(db_path, "OS", 12)
    _execute(db_path, "UPDATE outcome_results SET status = 'verified' WHERE id = ?", os12)

    report = load_extraction(engine, newer(extraction))

    assert report.status == "re-extracted"
    assert report.replaced == {"results": 7, "doses": 3}
    assert report.kept == {"results": 1}
    assert report.conflicts == []
    rows = _rows(db_path, "SELECT id, status, extractor_version FROM outcome_results ORDER BY id")
    assert len(rows) == 8  # the verified row plus 7 fresh candidates, no duplicate of the verified one
    assert (os12, "verified", "1") in rows
    assert [r[2] for r in rows if r[1] == "extracted"] == ["2"] * 7
    assert _rows(db_path, "SELECT extractor_version FROM documents") == [("2",)]
    events = _rows(db_path, "SELECT action, table_name FROM curation_events ORDER BY id")
    assert ("delete", "outcome_results") in events and events[-1] == ("load", "studies")


def test_reextraction_lists_conflicts_with_verified_values(engine, db_path, extraction):
    load_extraction(engine, extraction)
    os12 = result_id(db_path, "OS", 12)
    _execute(db_path, "UPDATE outcome_results SET status = 'verified' WHERE id = ?", os12)
    _execute(db_path, "UPDATE studies SET curation_status = 'verified'")
    again = newer(extraction)
    again["results"][0]["value"] = 91.0  # the newer extractor reads the 1-year OS differently

    report = load_extraction(engine, again)

    assert [(c.table, c.row_id, c.field, c.verified, c.extracted) for c in report.conflicts] == [
        ("outcome_results", os12, "value", 90.0, 91.0)]
    candidate = report.conflicts[0].candidate_id
    assert _rows(db_path, "SELECT value, status FROM outcome_results WHERE id = ?", os12) == [(90.0, "verified")]
    assert _rows(db_path, "SELECT value, status FROM outcome_results WHERE id = ?", candidate) == [(91.0, "extracted")]
    # New candidates on a verified study send it back to review, and the audit log says so.
    assert _rows(db_path, "SELECT curation_status FROM studies") == [("in_review",)]
    assert ("status",) in _rows(db_path, "SELECT action FROM curation_events")


def test_reextraction_does_not_bring_back_rejected_or_corrected_values(engine, db_path, extraction):
    load_extraction(engine, extraction)
    pfs = result_id(db_path, "PFS", None)
    os24 = result_id(db_path, "OS", 24)
    _execute(db_path, "UPDATE outcome_results SET status = 'rejected' WHERE id = ?", pfs)
    # A curator corrected 75.5 to 75.0: the audit log keeps the extracted values.
    _execute(db_path, "UPDATE outcome_results SET status = 'corrected', value = 75.0 WHERE id = ?", os24)
    values = {"cohort": "all", "endpoint": "OS", "site": None, "category": None, "grade": None, "measure": "rate",
              "timepoint_months": 24.0, "value": 75.5, "value_op": None, "unit": "%", "ci_low": None,
              "ci_high": None, "ci_level": None, "p_value": None, "p_op": None, "comparator": None,
              "analysis": None, "cited": None}
    _execute(db_path, "INSERT INTO curation_events (study_id, table_name, row_id, action, before, after, actor, at) "
             "VALUES (1, 'outcome_results', ?, 'correct', ?, ?, 'tester', '2026-11-23')", os24,
             json.dumps({**values, "status": "extracted"}),
             json.dumps({**values, "value": 75.0, "status": "corrected"}))

    report = load_extraction(engine, newer(extraction))

    assert report.kept["results"] == 2
    assert report.conflicts == []
    assert _rows(db_path, "SELECT count(*) FROM outcome_results WHERE endpoint = 'PFS'") == [(1,)]
    assert _rows(db_path, "SELECT value, status FROM outcome_results WHERE endpoint = 'OS' AND timepoint_months = 24"
                 ) == [(75.0, "corrected")]


def test_verified_cohort_and_its_results_survive_a_reextraction_that_no_longer_finds_them(
        engine, db_path, extraction):
    load_extraction(engine, extraction)
    _execute(db_path, "UPDATE cohorts SET status = 'verified' WHERE key = 'central'")
    lc = result_id(db_path, "LC", 24, "central")
    _execute(db_path, "UPDATE outcome_results SET status = 'verified' WHERE id = ?", lc)
    again = newer(extraction)
    again["cohorts"] = [c for c in again["cohorts"] if c["key"] != "central"]
    again["doses"] = [d for d in again["doses"] if d["arm"] != "central"]
    again["results"] = [r for r in again["results"] if "central" not in (r["cohort"], r.get("comparator"))]

    load_extraction(engine, again)

    assert _rows(db_path, "SELECT status FROM cohorts WHERE key = 'central'") == [("verified",)]
    assert _rows(db_path, "SELECT status FROM outcome_results WHERE id = ?", lc) == [("verified",)]


def test_unreviewed_group_no_longer_found_is_removed(engine, db_path, extraction):
    load_extraction(engine, extraction)
    again = newer(extraction)
    again["cohorts"] = [c for c in again["cohorts"] if c["key"] != "central"]
    again["doses"] = [d for d in again["doses"] if d["arm"] != "central"]
    again["results"] = [r for r in again["results"] if "central" not in (r["cohort"], r.get("comparator"))]
    report = load_extraction(engine, again)
    assert _rows(db_path, "SELECT key FROM cohorts ORDER BY key") == [("all",), ("peripheral",)]
    assert report.replaced["cohorts"] == 1


def test_reextraction_reanchors_quotes_when_the_text_changed(engine, db_path, extraction):
    load_extraction(engine, extraction)
    _execute(db_path, "UPDATE outcome_results SET status = 'verified'")
    again = newer(extraction)
    again["document"]["text"] = "Abstract\n\n" + SMALL_TEXT.replace("\n", " ")
    again["document"]["page_starts"] = None
    for section in ("cohorts", "arms", "doses", "results"):
        for row in again[section]:
            row.pop("char_start", None), row.pop("char_end", None)

    load_extraction(engine, again)

    for quote, start, end in _rows(db_path, "SELECT quote, char_start, char_end FROM outcome_results"):
        text = again["document"]["text"]
        assert text[start:end] == quote


def test_reextraction_that_would_lose_a_verified_quote_is_refused(engine, db_path, extraction):
    load_extraction(engine, extraction)
    _execute(db_path, "UPDATE outcome_results SET status = 'verified' WHERE endpoint = 'PFS'")
    before = dump_database(db_path)
    again = newer(extraction)
    text = SMALL_TEXT.replace("Median progression-free survival was 14.5 months", "PFS: 14.5 mo")
    again["document"]["text"] = text
    again["document"]["page_starts"] = [0, text.index("Results")]
    again["results"] = [r for r in again["results"] if r["endpoint"] != "PFS"]
    for section in ("cohorts", "arms", "doses", "results"):
        for row in again[section]:
            row.pop("char_start", None), row.pop("char_end", None)
    with pytest.raises(LoadError, match=r"outcome_results \d+ \(verified\): its quote 'Median progression-free"):
        load_extraction(engine, again)
    assert dump_database(db_path) == before


def test_same_doi_is_refused_with_a_hint(engine, db_path, extraction):
    load_extraction(engine, extraction)
    other = copy.deepcopy(extraction)
    other["document"]["sha256"] = hashlib.sha256(b"another file").hexdigest()
    with pytest.raises(LoadError, match="use --as-document-of 1"):
        load_extraction(engine, other)


def test_as_document_of_attaches_and_merges(engine, db_path, extraction):
    load_extraction(engine, extraction)
    _execute(db_path, "UPDATE cohorts SET status = 'verified' WHERE key = 'all'")
    _execute(db_path, "UPDATE studies SET field_provenance = json_object('n_patients', "
             "json_object('status', 'verified'))")
    abstract = copy.deepcopy(extraction)
    abstract["document"]["sha256"] = hashlib.sha256(b"the abstract").hexdigest()
    abstract["document"]["filename"] = "abstract.txt"
    abstract["study"]["n_patients"] = 41
    abstract["cohorts"][0]["n"] = 41
    abstract["results"].append({"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 60,
                                "value": 40.0, "unit": "%"})

    report = load_extraction(engine, abstract, as_document_of="10.9999/test.small.1")

    assert report.status == "attached" and report.study_id == 1
    assert _rows(db_path, "SELECT count(*) FROM documents WHERE study_id = 1") == [(2,)]
    assert report.counts["results"] == 1  # only the 5-year OS is new
    assert {(c.table, c.field, c.verified, c.extracted) for c in report.conflicts} == {
        ("cohorts", "n", 40, 41), ("studies", "n_patients", 40, 41)}
    assert _rows(db_path, "SELECT n_patients FROM studies") == [(40,)]
    new = _rows(db_path, "SELECT d.filename FROM outcome_results r JOIN documents d ON d.id = r.document_id "
                "WHERE r.timepoint_months = 60")
    assert new == [("abstract.txt",)]


def test_as_document_of_refuses_a_file_of_another_study(engine, db_path, extraction):
    load_extraction(engine, extraction)
    second = copy.deepcopy(extraction)
    second["document"]["sha256"] = hashlib.sha256(b"second").hexdigest()
    second["study"]["doi"] = "10.9999/other"
    load_extraction(engine, second)
    with pytest.raises(LoadError, match="already document 1 of study 1; it cannot also be a document of study 2"):
        load_extraction(engine, newer(extraction), as_document_of=2)
    with pytest.raises(LoadError, match="--as-document-of: no study 9"):
        load_extraction(engine, newer(extraction), as_document_of=9)


def test_load_command_reports_unchanged_conflicts_and_attachments(db_path, extraction, write_json):
    from click.testing import CliRunner

    from oncoev.cli import cli

    runner = CliRunner()
    first = write_json(extraction, "first.json")
    assert runner.invoke(cli, ["--db", str(db_path), "load", str(first)]).exit_code == 0
    again = runner.invoke(cli, ["--db", str(db_path), "load", str(first)])
    assert again.exit_code == 0
    assert "1 file already stored, read by this extractor version: nothing to do" in again.output

    _execute(db_path, "UPDATE outcome_results SET status = 'verified'")
    changed = newer(extraction)
    changed["results"][3]["value"] = 87.0
    result = runner.invoke(cli, ["--db", str(db_path), "load", str(write_json(changed, "newer.json"))])
    assert result.exit_code == 0, result.output
    assert "re-extracted (1 conflicts)" in result.output
    assert "outcome_results 4: value is 88.0 (verified), the extractor now reads 87.0; new candidate" in result.output

    abstract = copy.deepcopy(extraction)
    abstract["document"]["sha256"] = hashlib.sha256(b"abstract").hexdigest()
    path = write_json(abstract, "abstract.json")
    refused = runner.invoke(cli, ["--db", str(db_path), "load", str(path)])
    assert refused.exit_code == 1 and "use --as-document-of 1" in refused.output
    attached = runner.invoke(cli, ["--db", str(db_path), "load", str(path), "--as-document-of", "pmid:nope"])
    assert attached.exit_code == 1 and "--as-document-of: no study with pmid:nope" in attached.output
    attached = runner.invoke(cli, ["--db", str(db_path), "load", str(path), "--as-document-of", "1"])
    assert attached.exit_code == 0 and "attached" in attached.output
    assert _rows(db_path, "SELECT count(*) FROM documents") == [(2,)]


def test_load_prints_each_conflict_with_a_verified_value_on_stderr(engine, db_path, extraction, tmp_path):
    from click.testing import CliRunner

    from oncoev.cli import cli

    load_extraction(engine, extraction)
    _execute(db_path, "UPDATE outcome_results SET status = 'verified' WHERE id = ?", result_id(db_path, "OS", 12))
    again = newer(extraction)
    again["results"][0]["value"] = 91.0
    path = tmp_path / "again.json"
    path.write_text(json.dumps(again), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "load", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 new values differ from curator-verified ones" in result.stderr
    assert "again.json: outcome_results 1: value is 90.0 (verified), the extractor now reads 91.0" in result.stderr
