"""The curator workflow: review file, apply (every action and every kind of bad file), export."""

from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner
from support import SMALL_TEXT, dump_database
from support import query as q

from oncoev.cli import cli
from oncoev.db import migrate
from oncoev.db.apply import apply_review
from oncoev.db.export import export_study
from oncoev.db.load import load_extraction
from oncoev.db.review import write_review
from oncoev.db.rows import STUDY_FIELDS
from oncoev.errors import ReviewError


@pytest.fixture
def loaded(engine, extraction):
    load_extraction(engine, extraction)
    return engine


def review_text(engine, study="1") -> str:
    return write_review(engine, study)[0]


def edited(engine, change) -> str:
    """The review file after ``change(data)``; comments are lost, which apply does not mind."""
    data = yaml.safe_load(review_text(engine))
    change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def find(data, section, **match):
    hits = [e for e in data[section] if all(e.get(k) == v for k, v in match.items())]
    assert len(hits) == 1, (section, match, hits)
    return hits[0]


def decide_all(data, status="accept"):
    for section in ("study", "cohorts", "arms", "doses", "results"):
        for e in data[section]:
            e["status"] = status


# -- the review file -------------------------------------------------------------------


def test_review_lists_every_row_with_quote_page_and_rule(loaded, db_path):
    before = dump_database(db_path)
    data = yaml.safe_load(review_text(loaded))
    sha = q(db_path, "SELECT sha256 FROM documents")[0][0]
    assert data["review"] == {"format": 1, "study": 1, "last_event": 1,
                              "documents": [{"file": "small_study.txt", "sha256": sha}]}
    assert [len(data[s]) for s in ("cohorts", "arms", "doses", "results")] == [3, 1, 3, 8]
    assert {e["field"] for e in data["study"]} >= {"title", "n_patients", "doi", "median_follow_up_months"}
    os12 = find(data, "results", endpoint="OS", timepoint_months=12.0)
    assert os12["status"] == "pending" and os12["state"] == "extracted" and os12["cohort"] == "all"
    assert os12["page"] == 2 and os12["rule"] == "result.rate_list" and "90.0%" in os12["quote"]
    assert find(data, "cohorts", key="central")["parent"] == "all"
    assert dump_database(db_path) == before  # writing a review changes nothing


def test_review_pending_lists_only_what_is_undecided(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS")["status"] = "reject"
        find(data, "cohorts", key="all")["status"] = "accept"
        find(data, "study", field="n_patients")["status"] = "accept"

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    data = yaml.safe_load(write_review(loaded, "1", pending_only=True)[0])
    assert [len(data[s]) for s in ("cohorts", "arms", "doses", "results")] == [2, 1, 3, 7]
    assert "n_patients" not in {e["field"] for e in data["study"]} and "doi" in {e["field"] for e in data["study"]}
    # and it applies like a whole file
    decide_all(data)
    report = apply_review(loaded, yaml.safe_dump(data, sort_keys=False), "pending.yaml", "A. Curator")
    assert report.status_after == "verified"


def test_review_of_an_unknown_study_is_a_clear_error(loaded):
    from oncoev.errors import EvidenceError

    with pytest.raises(EvidenceError, match="no study 7"):
        write_review(loaded, "7")
    assert write_review(loaded, "10.9999/test.small.1")[1] == 1


# -- each action -----------------------------------------------------------------------


def test_accepting_everything_verifies_the_study(loaded, db_path):
    report = apply_review(loaded, edited(loaded, decide_all), "r.yaml", "A. Curator")
    assert report.status_before == "extracted" and report.status_after == "verified"
    assert report.counts["accept"] == 15 + len(STUDY_FIELDS)  # rows + study fields
    for table in ("cohorts", "arms", "dose_schedules", "outcome_results"):
        assert q(db_path, f"SELECT DISTINCT status FROM {table}") == [("verified",)]
    actors = q(db_path, "SELECT DISTINCT actor FROM curation_events WHERE action = 'accept'")
    assert actors == [("A. Curator",)]
    assert q(db_path, "SELECT curation_status FROM studies") == [("verified",)]
    provenance = json.loads(q(db_path, "SELECT field_provenance FROM studies")[0][0])
    assert provenance["n_patients"]["status"] == "verified" and provenance["n_patients"]["curator"] == "A. Curator"


def test_a_partial_review_leaves_the_study_in_review(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS")["status"] = "accept"

    report = apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    assert report.counts == {"accept": 1} and report.status_after == "in_review"
    assert q(db_path, "SELECT count(*) FROM outcome_results WHERE status = 'verified'") == [(1,)]


def test_correct_changes_values_and_logs_before_and_after(loaded, db_path):
    def change(data):
        e = find(data, "results", endpoint="OS", timepoint_months=24.0)
        e.update(status="correct", value=75.0, ci_low=60.0, ci_high=85.0, note="Table 2 says 75.0")

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    row = q(db_path, "SELECT id, value, ci_low, ci_high, ci_level, status, pattern_id FROM outcome_results "
            "WHERE endpoint = 'OS' AND timepoint_months = 24")
    rid = row[0][0]
    assert row[0][1:] == (75.0, 60.0, 85.0, 95.0, "corrected", None)
    before, after, note = q(db_path, "SELECT before, after, note FROM curation_events WHERE action = 'correct' "
                            "AND row_id = ?", rid)[0]
    before, after = json.loads(before), json.loads(after)
    assert (before["value"], before["status"]) == (75.5, "extracted")
    assert (after["value"], after["ci_low"], after["status"]) == (75.0, 60.0, "corrected")
    assert note == "Table 2 says 75.0"


def test_repoint_moves_a_result_to_another_cohort(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS").update(status="repoint", cohort="peripheral")

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    assert q(db_path, "SELECT c.key, r.status FROM outcome_results r JOIN cohorts c ON c.id = r.cohort_id "
             "WHERE r.endpoint = 'PFS'") == [("peripheral", "corrected")]
    assert q(db_path, "SELECT count(*) FROM curation_events WHERE action = 'repoint'") == [(1,)]


def test_reject_keeps_the_row_out_of_the_views(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="OS", timepoint_months=36.0)["status"] = "reject"

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    assert q(db_path, "SELECT status FROM outcome_results WHERE timepoint_months = 36") == [("rejected",)]
    assert q(db_path, "SELECT count(*) FROM survival_rates WHERE timepoint_months = 36") == [(0,)]


def test_add_a_missed_result_with_its_quote(loaded, db_path):
    quote = "Median follow-up was\n31 months"  # copied from a viewer: the line break differs from the text

    def change(data):
        data["results"].append({"status": "add", "cohort": "all", "endpoint": "OS", "measure": "median",
                                "value": 31.0, "quote": quote, "note": "stand-in for a missed number"})

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    row = q(db_path, "SELECT value, unit, status, extractor, pattern_id, page, char_start, char_end, quote "
            "FROM outcome_results WHERE measure = 'median' AND endpoint = 'OS'")[0]
    assert row[:6] == (31.0, "months", "verified", "curator", "curator", 2)
    assert SMALL_TEXT[row[6]:row[7]] == row[8] == "Median follow-up was 31 months"
    assert q(db_path, "SELECT count(*) FROM curation_events WHERE action = 'add'") == [(1,)]


def test_add_a_missed_cohort_and_its_result_in_one_file(loaded, db_path):
    def change(data):
        data["cohorts"].append({"status": "add", "key": "cape", "label": "Capecitabine", "n": 28, "parent": "all",
                                "quote": "Twenty-eight patients also received capecitabine"})
        data["results"].append({"status": "add", "cohort": "cape", "endpoint": "TOX", "grade": ">=3",
                                "measure": "rate", "value": 5.0,
                                "quote": "Grade 3 or higher toxicity occurred in 5.0% of patients"})

    # "cape" is an arm key already: a cohort may not take it
    with pytest.raises(ReviewError, match="key 'cape' is already a group of this study"):
        apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")

    def renamed(data):
        change(data)
        data["cohorts"][-1]["key"] = data["results"][-1]["cohort"] = "capecitabine"

    apply_review(loaded, edited(loaded, renamed), "r.yaml", "A. Curator")
    assert q(db_path, "SELECT c.key, p.key FROM cohorts c JOIN cohorts p ON p.id = c.parent_id "
             "WHERE c.key = 'capecitabine'") == [("capecitabine", "all")]
    assert q(db_path, "SELECT count(*) FROM outcome_results r JOIN cohorts c ON c.id = r.cohort_id "
             "WHERE c.key = 'capecitabine'") == [(1,)]


def test_correcting_a_dose_derives_bed_again(loaded, db_path):
    def change(data):
        find(data, "doses", arm="all").update(status="correct", total_dose=50.0, fractions=5.0)

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    assert q(db_path, "SELECT total_dose, fractions, bed10 FROM dose_schedules WHERE total_dose = 50") == [
        (50.0, 5.0, 100.0)]


def test_study_fields_correct_and_reject(loaded, db_path):
    def change(data):
        find(data, "study", field="n_patients").update(status="correct", value=41)
        find(data, "study", field="enrolment_end")["status"] = "reject"

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    assert q(db_path, "SELECT n_patients, enrolment_end FROM studies") == [(41, None)]


# -- bad review files: every problem with its line, nothing written ------------------------


def bad(loaded, db_path, text, *patterns, actor="A. Curator"):
    before = dump_database(db_path)
    with pytest.raises(ReviewError) as info:
        apply_review(loaded, text, "r.yaml", actor)
    message = str(info.value)
    for pattern in patterns:
        assert pattern in message, message
    assert dump_database(db_path) == before
    return message


def line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[:text.index(needle, start)].count("\n") + 1


def test_unknown_keys_are_reported_with_their_line(loaded, db_path):
    text = review_text(loaded).replace("  endpoint: PFS\n", "  endpoint: PFS\n  vaule: 3\n", 1)
    text = text.replace("review:\n", "reveiw_extra: 1\nreview:\n", 1)
    message = bad(loaded, db_path, text, "unknown key `vaule` (did you mean `value`?)",
                  "unknown section `reveiw_extra`")
    assert f"line {line_of(text, 'vaule')}:" in message


def test_values_out_of_range_are_reported_with_their_line(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="LC", cohort="all").update(status="correct", value=140.0)
        find(data, "results", endpoint="PFS").update(status="correct", ci_low=20.0, ci_high=10.0)
        find(data, "study", field="n_patients").update(status="correct", value=-4)
        find(data, "doses", arm="all").update(status="correct", modality="proton")

    text = edited(loaded, change)
    message = bad(loaded, db_path, text, "value 140.0 is not a percentage between 0 and 100",
                  "ci_low 20.0 is above ci_high 10.0", "study.n_patients: Input should be greater than 0",
                  "doses[0].modality: Input should be 'ebrt', 'brachytherapy'")
    for needle in ("value: 140.0", "value: -4", "ci_low: 20.0", "modality: proton"):
        assert f"line {line_of(text, needle)}:" in message, needle


def test_a_quote_not_in_the_document_is_refused(loaded, db_path):
    def change(data):
        data["results"].append({"status": "add", "cohort": "all", "endpoint": "OS", "measure": "rate",
                                "timepoint_months": 60.0, "value": 50.0, "quote": "5-year OS was 50%"})

    bad(loaded, db_path, edited(loaded, change), "the quote '5-year OS was 50%' is not in the study's documents")

    def no_quote(data):
        data["results"].append({"status": "add", "cohort": "all", "endpoint": "OS", "measure": "rate",
                                "timepoint_months": 60.0, "value": 50.0})

    bad(loaded, db_path, edited(loaded, no_quote), "`quote` must be the sentence the value comes from")


def test_an_endpoint_outside_the_vocabulary_is_refused(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS").update(status="correct", endpoint="PSF")

    bad(loaded, db_path, edited(loaded, change),
        "endpoint 'PSF' is not in the endpoint vocabulary (did you mean `PFS`?)")


def test_a_cohort_that_does_not_exist_is_refused(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS").update(status="repoint", cohort="periferal")

    bad(loaded, db_path, edited(loaded, change), "cohort 'periferal' is not a cohort or arm of this study",
        "(did you mean `peripheral`?)")


def test_rejecting_a_cohort_that_results_still_belong_to_is_refused(loaded, db_path):
    def change(data):
        find(data, "cohorts", key="central")["status"] = "reject"

    lc = q(db_path, "SELECT r.id FROM outcome_results r JOIN cohorts c ON c.id = r.cohort_id "
           "WHERE c.key = 'central' AND r.endpoint = 'LC'")[0][0]
    bad(loaded, db_path, edited(loaded, change),
        f"outcome_results {lc}: cohort 'central' is rejected, but this result still belongs to it",
        "dose_schedules 2: arm 'central' is rejected, but this dose still belongs to it")


def test_edits_must_match_the_status(loaded, db_path):
    def accept_edited(data):
        find(data, "results", endpoint="PFS").update(status="accept", value=15.0)

    bad(loaded, db_path, edited(loaded, accept_edited), "value edited, but status is accept: set `status: correct`")

    def correct_unchanged(data):
        find(data, "results", endpoint="PFS")["status"] = "correct"

    bad(loaded, db_path, edited(loaded, correct_unchanged), "status correct, but no value differs")

    def repoint_more(data):
        find(data, "results", endpoint="PFS").update(status="repoint", cohort="central", value=15.0)

    bad(loaded, db_path, edited(loaded, repoint_more), "repoint changes only cohort, comparator; value also edited")

    def read_only(data):
        find(data, "results", endpoint="PFS").update(status="accept", page=1, rule="mine")

    bad(loaded, db_path, edited(loaded, read_only), "`page` is read-only (it is 2)", "`rule` is read-only")

    def key_change(data):
        find(data, "cohorts", key="central").update(status="correct", key="middle")

    bad(loaded, db_path, edited(loaded, key_change), "the key of a stored cohort cannot change")


def test_ids_must_be_rows_of_the_study_and_listed_once(loaded, db_path):
    def change(data):
        data["results"].append(dict(data["results"][0]))
        data["results"].append({**data["results"][1], "id": 999})
        data["results"].append({k: v for k, v in data["results"][2].items() if k != "id"})

    bad(loaded, db_path, edited(loaded, change), "outcome_results 1 is listed twice",
        "outcome_results 999 is not a row of study 1", "an entry without `id` is a new row: its status must be `add`")


def test_bad_status_words_yaml_and_structure(loaded, db_path):
    text = review_text(loaded).replace("status: pending", "status: acept", 1)
    bad(loaded, db_path, text, "status 'acept' is not one of", "(did you mean `accept`?)")
    bad(loaded, db_path, review_text(loaded) + "results: [\n", "not valid YAML")
    bad(loaded, db_path, "- just\n- a list\n", "not a review file")
    bad(loaded, db_path, "study: []\n", "the `review:` section (study, last_event) is missing")
    text = review_text(loaded).replace("  study: 1\n", "  study: 5\n", 1)
    bad(loaded, db_path, text, "review.study: no study 5 in this database")


def test_a_file_older_than_the_study_is_refused(loaded, db_path):
    stale = edited(loaded, decide_all)

    def change(data):
        find(data, "results", endpoint="PFS")["status"] = "accept"

    apply_review(loaded, edited(loaded, change), "first.yaml", "B. Curator")
    bad(loaded, db_path, stale, "study 1 changed after this file was written (2 audit events since: accept by "
        "B. Curator; status by B. Curator)", "evidence review 1")


def test_a_file_for_another_database_is_refused(loaded, db_path, tmp_path, extraction):
    text = edited(loaded, decide_all)
    from oncoev.db.engine import make_engine

    other = tmp_path / "other.db"
    engine = make_engine(other)
    migrate.init_database(engine)
    different = json.loads(json.dumps(extraction))
    different["document"]["sha256"] = "0" * 64
    load_extraction(engine, different)  # study 1 there is another file
    with pytest.raises(ReviewError, match="written for other documents than study 1's"):
        apply_review(engine, text, "r.yaml", "A. Curator")


def test_numbers_in_exponent_form_are_numbers(loaded, db_path):
    def change(data):
        find(data, "results", endpoint="PFS").update(status="correct", p_value="PLACEHOLDER")

    text = edited(loaded, change).replace("p_value: PLACEHOLDER", "p_value: 1e-4")
    apply_review(loaded, text, "r.yaml", "A. Curator")
    assert q(db_path, "SELECT p_value FROM outcome_results WHERE endpoint = 'PFS'") == [(0.0001,)]


def test_the_curator_must_be_named(loaded, db_path):
    bad(loaded, db_path, edited(loaded, decide_all), "say who you are: --actor NAME", actor=None)


# -- nothing verified is lost ------------------------------------------------------------


def test_verified_work_survives_a_reextraction(loaded, db_path, extraction):
    def change(data):
        decide_all(data)
        find(data, "results", endpoint="OS", timepoint_months=24.0).update(status="correct", value=75.0)
        find(data, "results", endpoint="PFS")["status"] = "reject"

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    curated = q(db_path, "SELECT id, value, status FROM outcome_results ORDER BY id")
    newer = json.loads(json.dumps(extraction))
    newer["extractor"]["version"] = "2"
    newer["results"][0]["value"] = 91.0  # the new extractor misreads one verified number

    report = load_extraction(loaded, newer)

    assert q(db_path, "SELECT id, value, status FROM outcome_results WHERE status != 'extracted' ORDER BY id") == \
        curated
    # Only the misread value comes back, as a candidate, with its conflict listed; the corrected
    # 75.5 and the rejected PFS do not return.
    assert q(db_path, "SELECT value FROM outcome_results WHERE status = 'extracted'") == [(91.0,)]
    assert [(c.field, c.verified, c.extracted) for c in report.conflicts] == [("value", 90.0, 91.0)]
    assert q(db_path, "SELECT curation_status FROM studies") == [("in_review",)]
    # The next review shows the candidate as pending and the curated rows as keep.
    data = yaml.safe_load(review_text(loaded))
    pending = [e for e in data["results"] if e["status"] == "pending"]
    assert [(e["value"], e["differs_from"]) for e in pending] == [(91.0, [report.conflicts[0].row_id])]
    # and the curator settles it: the candidate is rejected, the verified row stays
    pending[0]["status"] = "reject"
    apply_review(loaded, yaml.safe_dump(data, sort_keys=False), "r2.yaml", "A. Curator")
    assert q(db_path, "SELECT curation_status FROM studies") == [("verified",)]


def test_verified_work_survives_a_migration_round_trip(loaded, db_path):
    apply_review(loaded, edited(loaded, decide_all), "r.yaml", "A. Curator")
    tables = ("studies", "cohorts", "arms", "dose_schedules", "outcome_results", "curation_events")
    before = {t: rows for t, rows in dump_database(db_path).items() if t in tables}
    migrate.downgrade(loaded, migrate.revisions()[-2])
    migrate.upgrade(loaded)
    assert {t: rows for t, rows in dump_database(db_path).items() if t in tables} == before
    assert q(db_path, "SELECT DISTINCT status FROM outcome_results") == [("verified",)]


# -- export ----------------------------------------------------------------------------


def test_export_round_trips_through_load(loaded, db_path, tmp_path):
    def change(data):
        decide_all(data)
        find(data, "results", endpoint="OS", timepoint_months=24.0).update(status="correct", value=75.0)
        find(data, "results", endpoint="PFS")["status"] = "reject"
        data["results"].append({"status": "add", "cohort": "all", "endpoint": "OS", "measure": "median",
                                "value": 31.0, "quote": "Median follow-up was 31 months"})

    apply_review(loaded, edited(loaded, change), "r.yaml", "A. Curator")
    first = export_study(loaded, "1")
    other = tmp_path / "other.db"
    migrate.init_database(__import__("oncoev.db.engine", fromlist=["make_engine"]).make_engine(other))
    from oncoev.db.engine import make_engine

    report = load_extraction(make_engine(other), json.loads(json.dumps(first)))
    assert report.status == "loaded"
    second = export_study(make_engine(other), "1")
    assert second == first
    statuses = q(other, "SELECT status, count(*) FROM outcome_results GROUP BY status ORDER BY 1")
    assert statuses == [("corrected", 1), ("rejected", 1), ("verified", 7)]
    assert q(other, "SELECT curation_status FROM studies") == [("verified",)]
    assert [r for r in first["results"] if r.get("extractor") == "curator"][0]["quote"] == \
        "Median follow-up was 31 months"


# -- the commands ----------------------------------------------------------------------


def test_review_and_apply_commands(loaded, db_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "r1.yaml"
    result = runner.invoke(cli, ["--db", str(db_path), "review", "1", "-o", str(out)])
    assert result.exit_code == 0, result.output
    again = runner.invoke(cli, ["--db", str(db_path), "review", "1", "-o", str(out)])
    assert again.exit_code == 1 and "exists; choose another name, or --force" in again.output

    out.write_text(out.read_text().replace("status: pending", "status: accept"))
    before = dump_database(db_path)
    dry = runner.invoke(cli, ["--db", str(db_path), "apply", str(out), "--dry-run", "--actor", "A. Curator"])
    assert dry.exit_code == 0 and "would be extracted -> verified (dry run" in dry.output
    assert dump_database(db_path) == before

    nameless = runner.invoke(cli, ["--db", str(db_path), "apply", str(out)], env={"EVIDENCE_ACTOR": ""})
    assert nameless.exit_code == 1 and "say who you are" in nameless.output
    done = runner.invoke(cli, ["--db", str(db_path), "apply", str(out)], env={"EVIDENCE_ACTOR": "C. Curator"})
    assert done.exit_code == 0 and "accept" in done.output and "extracted -> verified" in done.output
    assert q(db_path, "SELECT DISTINCT actor FROM curation_events WHERE action = 'accept'") == [("C. Curator",)]

    broken = tmp_path / "broken.yaml"
    broken.write_text(review_text(loaded).replace("status: keep", "status: maybe", 1))
    failed = runner.invoke(cli, ["--db", str(db_path), "apply", str(broken), "--actor", "A"])
    assert failed.exit_code == 1 and "status 'maybe' is not one of" in failed.output


def test_export_command(loaded, db_path, tmp_path):
    runner = CliRunner()
    out = tmp_path / "s.json"
    result = runner.invoke(cli, ["--db", str(db_path), "export", "1", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["document"]["sha256"] == q(db_path, "SELECT sha256 FROM documents")[0][0]
    assert runner.invoke(cli, ["--db", str(db_path), "export", "1", "--format", "csv"]).exit_code == 2
    missing = runner.invoke(cli, ["--db", str(db_path), "export", "4"])
    assert missing.exit_code == 1 and "no study 4" in missing.output
