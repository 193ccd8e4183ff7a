"""Loading the extraction contract: validation, all-or-nothing writes, idempotency, provenance."""

from __future__ import annotations

import pytest
from support import dump_database
from support import query as rows

from oncoev.db.load import load_extraction, read_json
from oncoev.errors import LoadError


def test_load_stores_every_section(engine, db_path, extraction):
    report = load_extraction(engine, extraction)
    assert report.status == "loaded"
    assert report.counts == {"cohorts": 3, "arms": 1, "doses": 3, "results": 8}
    dump = dump_database(db_path)
    assert len(dump["studies"]) == 1 and len(dump["documents"]) == 1
    assert len(dump["cohorts"]) == 3 and len(dump["outcome_results"]) == 8
    (parent,) = rows(db_path, "SELECT p.key FROM cohorts c JOIN cohorts p ON p.id = c.parent_id "
                              "WHERE c.key = 'central'")
    assert parent == ("all",)
    (arm_cohort,) = rows(db_path, "SELECT c.key FROM arms a JOIN cohorts c ON c.id = a.cohort_id")
    assert arm_cohort == ("all",)
    # the chemotherapy dose belongs to the arm, the central-lesion course to the cohort
    groups = rows(db_path, "SELECT agent, arm_id IS NOT NULL, cohort_id IS NOT NULL FROM dose_schedules ORDER BY id")
    assert groups == [(None, 0, 1), (None, 0, 1), ("capecitabine", 1, 0)]


def test_load_is_idempotent_by_sha256(engine, db_path, extraction):
    load_extraction(engine, extraction)
    before = dump_database(db_path)
    again = load_extraction(engine, extraction)
    assert again.status == "unchanged"
    assert dump_database(db_path) == before


def test_provenance_is_kept_for_every_number(engine, db_path, extraction):
    load_extraction(engine, extraction)
    text = extraction["document"]["text"]
    found = rows(db_path, "SELECT quote, char_start, char_end, page, extractor, extractor_version, document_id "
                          "FROM outcome_results")
    assert len(found) == 8
    for quote, start, end, page, extractor, version, document_id in found:
        assert text[start:end] == quote
        assert extractor == "test-fixture" and version == "1" and document_id == 1
        # the results section starts page 2 of the fixture's page map
        assert page == 2
    (pattern,) = rows(db_path, "SELECT pattern_id FROM outcome_results WHERE timepoint_months = 12")
    assert pattern == ("result.rate_list",)


def test_quote_without_offsets_gets_them(engine, db_path, extraction):
    for r in extraction["results"]:
        del r["char_start"], r["char_end"]
    load_extraction(engine, extraction)
    text = extraction["document"]["text"]
    for quote, start, end in rows(db_path, "SELECT quote, char_start, char_end FROM outcome_results"):
        assert text[start:end] == quote


def test_bed10_and_eqd2_are_derived_for_radiation(engine, db_path, extraction):
    load_extraction(engine, extraction)
    doses = rows(db_path, "SELECT total_dose, fractions, bed10, eqd2 FROM dose_schedules ORDER BY id")
    # 48 Gy / 4 fx: d = 12, BED10 = 48 * 2.2 = 105.6, EQD2 = 105.6 / 1.2 = 88.0
    assert doses[0] == (48.0, 4.0, 105.6, 88.0)
    # 60 Gy / 8 fx: d = 7.5, BED10 = 60 * 1.75 = 105.0, EQD2 = 87.5
    assert doses[1] == (60.0, 8.0, 105.0, 87.5)
    assert doses[2][2:] == (None, None)  # no BED for a drug


def test_unknown_endpoint_code_is_added_to_the_vocabulary(engine, db_path, extraction):
    extraction["results"][0]["endpoint"] = "FAIL_SOMEWHERE_NEW"
    load_extraction(engine, extraction)
    assert rows(db_path, "SELECT kind FROM endpoints WHERE code = 'FAIL_SOMEWHERE_NEW'") == [("other",)]


def test_verified_curation_marks_study_and_rows(engine, db_path, extraction):
    extraction["curation"] = {"status": "verified", "curator": "Dr Test"}
    load_extraction(engine, extraction)
    assert rows(db_path, "SELECT curation_status FROM studies") == [("verified",)]
    assert rows(db_path, "SELECT DISTINCT status FROM outcome_results") == [("verified",)]
    assert rows(db_path, "SELECT action, actor FROM curation_events") == [("load", "Dr Test")]


def _break(extraction, path, value):
    target = extraction
    for part in path[:-1]:
        target = target[part]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value


BAD_INPUTS = [
    pytest.param(("results", 0, "cohort"), "nobody", "results[0].cohort: unknown cohort or arm key 'nobody'",
                 id="unknown-cohort-key"),
    pytest.param(("results", 4, "comparator"), "ghost", "results[4].comparator: unknown cohort or arm key 'ghost'",
                 id="unknown-comparator"),
    pytest.param(("doses", 0, "arm"), "ghost", "doses[0].arm: unknown arm or cohort key 'ghost'",
                 id="unknown-dose-arm"),
    pytest.param(("cohorts", 1, "parent"), "ghost", "cohorts[1].parent: unknown cohort key 'ghost'",
                 id="unknown-parent"),
    pytest.param(("results", 0, "value"), "90.0", "results[0].value: Input should be a valid number",
                 id="non-numeric-value"),
    pytest.param(("results", 0, "value"), 140, "results[0]: value 140.0 is not a percentage between 0 and 100",
                 id="rate-over-100"),
    pytest.param(("results", 3, "ci_low"), 99.0, "results[3]: ci_low 99.0 is above ci_high 94.6", id="ci-order"),
    pytest.param(("results", 4, "p_value"), 3, "results[4].p_value: Input should be less than or equal to 1",
                 id="p-over-1"),
    pytest.param(("results", 0, "measure"), "survival", "results[0].measure: Input should be 'rate'",
                 id="unknown-measure"),
    pytest.param(("results", 0, "endpoint"), "overall survival", "results[0].endpoint: String should match pattern",
                 id="bad-endpoint-code"),
    pytest.param(("results", 6, "unit"), "%", None, id="median-as-percent-is-fine"),
    pytest.param(("results", 0, "unit"), "months", "results[0]: a rate is a percentage (unit '%'), not 'months'",
                 id="rate-in-months"),
    pytest.param(("cohorts", 1, "n"), 0, "cohorts[1].n: Input should be greater than 0", id="n-zero"),
    pytest.param(("cohorts", 1, "key"), "all", "cohorts[1].key: 'all' is used twice", id="duplicate-key"),
    pytest.param(("doses", 0, "modality"), "laser", "doses[0].modality: Input should be 'ebrt'",
                 id="unknown-modality"),
    pytest.param(("study", "enrolment_start"), "March 2014", "study.enrolment_start: String should match pattern",
                 id="bad-date"),
    pytest.param(("results", 0, "quote"), "a sentence that is not in the text",
                 "results[0].quote: text[", id="quote-not-at-offsets"),
    pytest.param(("document", "page_starts"), [0, 900, 10], "document: page_starts must begin at 0 and never decrease",
                 id="page-starts-order"),
    pytest.param(("document", "pages"), 3, "document: page_starts lists 2 pages, pages says 3", id="page-count"),
    pytest.param(("document",), KeyError, "document: Field required", id="no-document"),
    pytest.param(("document", "sha256"), "abc", "document.sha256: String should match pattern", id="bad-sha"),
]


@pytest.mark.parametrize("path, value, message", BAD_INPUTS)
def test_bad_input_is_refused_and_nothing_written(engine, db_path, extraction, path, value, message):
    before = dump_database(db_path)
    _break(extraction, path, value)
    if message is None:
        load_extraction(engine, extraction)
        return
    with pytest.raises(LoadError) as info:
        load_extraction(engine, extraction, source="bad.json")
    assert message in str(info.value)
    assert str(info.value).startswith("bad.json")
    assert dump_database(db_path) == before


def test_quote_not_in_text_without_offsets(engine, db_path, extraction):
    r = extraction["results"][0]
    del r["char_start"], r["char_end"]
    r["quote"] = "The 5-year overall survival was 99%"
    with pytest.raises(LoadError, match=r"results\[0\]\.quote: 'The 5-year overall survival was 99%' is not in"):
        load_extraction(engine, extraction)


def test_every_problem_is_listed_at_once(engine, extraction):
    extraction["results"][0]["cohort"] = "nobody"
    extraction["results"][1]["cohort"] = "ghost"
    with pytest.raises(LoadError) as info:
        load_extraction(engine, extraction)
    assert len(info.value.problems) == 2


def test_same_doi_from_another_file_is_refused(engine, db_path, extraction):
    load_extraction(engine, extraction)
    before = dump_database(db_path)
    extraction["document"]["sha256"] = "0" * 64
    with pytest.raises(LoadError, match="study.doi: 10.9999/test.small.1 is already in the database as study 1"):
        load_extraction(engine, extraction)
    assert dump_database(db_path) == before


def test_failure_midway_rolls_back(engine, db_path, extraction, monkeypatch):
    """A database error after rows were flushed leaves no trace of the file."""
    import oncoev.db.merge as merge_module

    before = dump_database(db_path)

    def exploding(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # Results are stored after the study, its document, cohorts, arms and doses were flushed.
    monkeypatch.setattr(merge_module._Merger, "conflicts", exploding)
    monkeypatch.setattr(merge_module, "derived_doses", exploding)
    with pytest.raises(RuntimeError):
        load_extraction(engine, extraction)
    assert dump_database(db_path) == before


def test_read_json_reports_syntax_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": "x",\n "document": }')
    with pytest.raises(LoadError, match=r"bad.json: not valid JSON: Expecting value at line 2, column 14"):
        read_json(bad)
    with pytest.raises(LoadError, match="file not found"):
        read_json(tmp_path / "missing.json")


def test_a_list_is_not_an_extraction(engine):
    with pytest.raises(LoadError, match="expected one JSON object, got list"):
        load_extraction(engine, [1, 2])
