"""`evidence status` and `evidence history`: oncoev.db.audit and the two commands."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select

from oncoev.cli import cli
from oncoev.db.audit import curation_status, history, summarize_change
from oncoev.db.load import load_extraction
from oncoev.errors import EvidenceError
from oncoev.schema.models import Arm, Cohort, CurationEvent, Document, OutcomeResult, Study

ROWS = {"cohorts": 3, "arms": 1, "doses": 3, "results": 8}  # the small extraction
LOADED = "small_study.txt (test-fixture 1); 3 cohorts, 1 arms, 3 doses, 8 results; 0 conflicts; as extracted"
N_ROWS = sum(ROWS.values())


def other_paper(extraction: dict, n: int) -> dict:
    """The small extraction as another paper: its own text (sha256) and DOI."""
    data = copy.deepcopy(extraction)
    data["document"]["sha256"] = hashlib.sha256(f"paper {n}".encode()).hexdigest()
    data["document"]["filename"] = data["source"] = f"paper_{n}.txt"
    data["study"]["doi"] = f"10.9999/test.other.{n}"
    data["study"]["title"] = f"Paper {n}"
    return data


@pytest.fixture
def three_studies(engine, extraction) -> list[int]:
    """Studies 1 (extracted, 2 rows checked, 1 rejected), 2 (verified) and 3 (in_review)."""
    ids = [load_extraction(engine, extraction).study_id]
    verified = other_paper(extraction, 2)
    verified["curation"] = {"status": "verified", "curator": "gold"}
    ids.append(load_extraction(engine, verified).study_id)
    ids.append(load_extraction(engine, other_paper(extraction, 3)).study_id)
    with Session(engine) as session:
        results = session.exec(select(OutcomeResult).where(OutcomeResult.study_id == ids[0])
                               .order_by(OutcomeResult.id)).all()
        results[0].status, results[1].status, results[2].status = "verified", "corrected", "rejected"
        study = session.get(Study, ids[0])
        study.field_provenance = {"n_patients": {"quote": "40 patients", "status": "verified"},
                                  "design": {"status": "corrected"}, "cancer": {"quote": "lung"},
                                  "title": "a note, not a dict"}
        session.get(Study, ids[2]).curation_status = "in_review"
        session.add(CurationEvent(study_id=ids[2], table_name="studies", row_id=ids[2], action="status",
                                  before={"curation_status": "extracted"}, after={"curation_status": "in_review"},
                                  actor="ana", at=datetime(2090, 1, 2, 3, 4, 5, tzinfo=timezone.utc)))
        session.commit()
    return ids


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def table_rows(output: str) -> list[list[str]]:
    """A rich table's rows as cells, a cell wrapped over several lines joined back into one."""
    rows: list[list[str]] = []
    for line in output.splitlines():
        if "│" not in line:
            continue
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if rows and not cells[0]:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
    return rows


# curation_status

def test_status_counts_rows_per_status_and_checked_fields(engine, three_studies):
    first, verified, in_review = three_studies
    states = {s.id: s for s in curation_status(engine)}
    assert states[first].rows == {"extracted": N_ROWS - 3, "verified": 1, "corrected": 1, "rejected": 1}
    assert states[verified].rows == {"extracted": 0, "verified": N_ROWS, "corrected": 0, "rejected": 0}
    assert states[in_review].rows == {"extracted": N_ROWS, "verified": 0, "corrected": 0, "rejected": 0}
    # title, kind, design, cancer, n_patients, enrolment_start, enrolment_end, median_follow_up_months, doi
    assert states[first].fields_filled == 9
    assert states[first].fields_checked == 2  # a quote without a status, or a plain note, is not a check
    assert states[verified].fields_checked == 9  # a curated (verified) file vouches for its study fields
    assert [s.n_documents for s in states.values()] == [1, 1, 1]
    assert states[first].last_actor == "evidence load" and states[first].last_action == "load"
    assert states[verified].last_actor == "gold"
    assert (states[in_review].last_actor, states[in_review].last_action) == ("ana", "status")
    assert states[in_review].last_event_at == datetime(2090, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def test_status_sorts_by_curation_state_then_id_and_filters(engine, three_studies):
    first, verified, in_review = three_studies
    assert [(s.curation_status, s.id) for s in curation_status(engine)] == [
        ("extracted", first), ("in_review", in_review), ("verified", verified)]
    assert [s.id for s in curation_status(engine, "verified")] == [verified]
    assert [s.id for s in curation_status(engine, "in_review")] == [in_review]
    with pytest.raises(EvidenceError, match="unknown curation state 'done'"):
        curation_status(engine, "done")


def test_status_counts_documents_and_studies_without_rows(engine, extraction):
    study_id = load_extraction(engine, extraction).study_id
    with Session(engine) as session:
        session.add(Document(study_id=study_id, filename="supplement.txt", sha256="f" * 64))
        session.add(Study(title="Typed by hand", kind="review"))
        session.commit()
    states = curation_status(engine)
    assert [(s.title, s.n_documents, sum(s.rows.values()), s.last_actor) for s in states] == [
        (extraction["study"]["title"], 2, N_ROWS, "evidence load"), ("Typed by hand", 0, 0, None)]


def test_status_of_an_empty_database(engine):
    assert curation_status(engine) == []


# history and its change summaries

def test_summarize_row_change_lists_only_the_differences():
    before = {"value": 43.0, "status": "extracted", "unit": "%"}
    after = {"value": 45.0, "status": "corrected", "unit": "%", "ci_low": 40}
    assert summarize_change("correct", before, after) == \
        "value 43.0 -> 45.0, status extracted -> corrected, ci_low: None -> 40"
    assert summarize_change("accept", {"status": "extracted"}, {"status": "verified"}) == \
        "status extracted -> verified"
    assert summarize_change("reject", {"status": "extracted", "note": None}, {"status": "rejected"}) == \
        "status extracted -> rejected"
    assert summarize_change("repoint", {"cohort_id": 3}, {"cohort_id": 4}) == "cohort_id 3 -> 4"
    assert summarize_change("add", None, {"label": "Boost", "n": 5}) == "label: None -> Boost, n: None -> 5"


def test_summarize_cuts_long_values():
    quote = "Local control at 2 years was 88.0% (95% CI 74.1-94.6) in the whole group"
    summary = summarize_change("correct", {"quote": None}, {"quote": quote})
    assert summary.startswith("quote None -> Local control at 2 years") and summary.endswith("…")
    assert len(summary) == len("quote None -> ") + 40


def test_summarize_load_and_delete_summaries():
    after = {"source": "papers/paper.pdf", "sha256": "ab" * 32, "extractor": "oncoev-rules", "extractor_version": "0.3",
             "counts": {"cohorts": 2, "results": 7}, "conflicts": [{"field": "n"}, {"field": "value"}]}
    assert summarize_change("load", None, after) == "paper.pdf (oncoev-rules 0.3); 2 cohorts, 7 results; 2 conflicts"
    assert summarize_change("load", None, {"counts": {"results": 1}, "conflicts": [{"x": 1}]}) == \
        "1 results; 1 conflict"
    reextracted = {**after, "mode": "re-extracted", "counts": {"results": 2}, "replaced": {"results": 5},
                   "kept": {"cohorts": 2}, "conflicts": [], "curation_status": "in_review"}
    assert summarize_change("load", None, reextracted) == (
        "re-extracted paper.pdf (oncoev-rules 0.3); 2 results; replaced 5 results; kept 2 cohorts; 0 conflicts; "
        "as in_review")
    assert summarize_change("delete", [{"id": 1}, {"id": 2}, {"id": 3}], None) == "3 rows"
    assert summarize_change("add", None, [{"id": 1}]) == "1 row"


def test_history_in_time_order_with_summaries(engine, extraction):
    study_id = load_extraction(engine, extraction, actor="loader").study_id
    with Session(engine) as session:
        result_id = session.exec(select(OutcomeResult.id).where(OutcomeResult.study_id == study_id)).first()
        cohort_id = session.exec(select(Cohort.id).where(Cohort.study_id == study_id)).first()
        # Written out of order: history sorts by time, not by id.
        session.add(CurationEvent(study_id=study_id, table_name="cohorts", row_id=cohort_id, action="reject",
                                  before={"status": "extracted"}, after={"status": "rejected"}, actor="bo",
                                  note="duplicate group", at=datetime(2091, 5, 1, 9, 0, 0, tzinfo=timezone.utc)))
        session.add(CurationEvent(study_id=study_id, table_name="outcome_results", row_id=result_id,
                                  action="correct", before={"value": 43.0, "status": "extracted"},
                                  after={"value": 45.0, "status": "corrected"}, actor="ana",
                                  at=datetime(2091, 4, 1, 12, 30, 15, tzinfo=timezone.utc)))
        session.add(CurationEvent(study_id=None, table_name="studies", action="status", actor="elsewhere",
                                  at=datetime(2091, 4, 2, tzinfo=timezone.utc)))
        session.commit()
    summary, events = history(engine, str(study_id))
    assert (summary.id, summary.title, summary.curation_status) == (study_id, extraction["study"]["title"],
                                                                    "extracted")
    assert [(d.filename, d.extractor, d.extractor_version) for d in summary.documents] == [
        ("small_study.txt", "test-fixture", "1")]
    assert [(e.action, e.actor) for e in events] == [("load", "loader"), ("correct", "ana"), ("reject", "bo")]
    assert events[0].summary == LOADED
    assert events[1].summary == "value 43.0 -> 45.0, status extracted -> corrected"
    assert (events[2].table_name, events[2].row_id, events[2].note) == ("cohorts", cohort_id, "duplicate group")
    # --limit keeps the latest events, still oldest first
    assert [e.action for e in history(engine, str(study_id), limit=2)[1]] == ["correct", "reject"]


def test_history_finds_a_study_by_doi_and_refuses_an_unknown_one(engine, extraction):
    study_id = load_extraction(engine, extraction).study_id
    assert history(engine, "doi:10.9999/test.small.1")[0].id == study_id
    assert history(engine, "10.9999/test.small.1")[0].id == study_id
    with pytest.raises(EvidenceError, match="no study 42"):
        history(engine, "42")


# the commands

def test_status_command_table_and_totals(runner, db_path, engine, three_studies):
    result = invoke(runner, "--db", db_path, "status")
    assert result.exit_code == 0, result.output
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in result.output.splitlines() if "│" in line]
    # A section per state, in order, headed by the state and its count, then its studies
    headings = [row[1] for row in cells if re.fullmatch(r"\w+: \d+ stud(y|ies)", row[1])]
    assert headings == ["extracted: 1 study", "in_review: 1 study", "verified: 1 study"]
    ids = [row[0] for row in cells if row[0]]
    assert ids == [str(i) for i in (three_studies[0], three_studies[2], three_studies[1])]
    first = next(row for row in cells if row[0] == str(three_studies[0]))
    assert first[2:8] == ["1", str(N_ROWS - 3), "1", "1", "1", "2/9"]
    assert (f"3 studies: 1 extracted, 1 in_review, 1 verified; rows: {2 * N_ROWS - 3} extracted, "
            f"{N_ROWS + 1} verified, 1 corrected, 1 rejected") in result.output
    in_review = cells.index(next(row for row in cells if row[0] == str(three_studies[2])))
    assert (cells[in_review][-1], cells[in_review + 1][-1]) == ("2090-01-02 03:04", "ana")


def test_status_command_filters_by_state(runner, db_path, three_studies):
    result = invoke(runner, "--db", db_path, "status", "--state", "in_review")
    assert result.exit_code == 0
    assert "1 study: 0 extracted, 1 in_review, 0 verified" in result.output
    assert "Paper 2" not in result.output and "Paper 3" in result.output
    bad = runner.invoke(cli, ["--db", str(db_path), "status", "--state", "done"])
    assert bad.exit_code == 2 and "'done' is not one of" in bad.output


def test_status_command_json(runner, db_path, three_studies):
    result = invoke(runner, "--db", db_path, "status", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [(d["id"], d["curation_status"]) for d in data] == [
        (three_studies[0], "extracted"), (three_studies[2], "in_review"), (three_studies[1], "verified")]
    assert set(data[0]) == {"id", "title", "curation_status", "kind", "n_documents", "rows", "fields_checked",
                            "fields_filled", "last_event_at", "last_actor", "last_action"}
    assert data[0]["rows"] == {"extracted": N_ROWS - 3, "verified": 1, "corrected": 1, "rejected": 1}
    assert data[1]["last_event_at"] == "2090-01-02T03:04:05+00:00"


def test_status_command_on_an_empty_database(runner, db_path):
    result = invoke(runner, "--db", db_path, "status")
    assert result.exit_code == 0
    assert "no studies yet: `evidence add PAPER`" in result.output
    assert json.loads(invoke(runner, "--db", db_path, "status", "--json").output) == []


def test_status_command_with_no_study_in_that_state(runner, db_path, engine, extraction):
    load_extraction(engine, extraction)
    result = invoke(runner, "--db", db_path, "status", "--state", "verified")
    assert result.exit_code == 0 and "no studies are verified" in result.output


def test_history_command_table(runner, db_path, engine, extraction):
    study_id = load_extraction(engine, extraction, actor="loader").study_id
    with Session(engine) as session:
        arm_id = session.exec(select(Arm.id).where(Arm.study_id == study_id)).one()
        session.add(CurationEvent(study_id=study_id, table_name="arms", row_id=arm_id, action="correct",
                                  before={"n": 28}, after={"n": 27}, actor="ana", note="Table 1 says 27",
                                  at=datetime(2091, 4, 1, 12, 30, 15, 987654, tzinfo=timezone.utc)))
        session.commit()
    result = invoke(runner, "--db", db_path, "history", study_id)
    assert result.exit_code == 0, result.output
    assert f"Study {study_id}: {extraction['study']['title']}" in result.output
    assert "documents: small_study.txt (test-fixture 1)" in result.output
    load, correct = table_rows(result.output)
    assert correct == ["2091-04-01 12:30:15", "ana", "correct", "arms", str(arm_id), "n 28 -> 27", "Table 1 says 27"]
    assert load[1:5] == ["loader", "load", "studies", str(study_id)]
    assert load[5] == LOADED
    limited = invoke(runner, "--db", db_path, "history", study_id, "--limit", 1)
    assert "2091-04-01 12:30:15" in limited.output and "loader" not in limited.output


def test_history_command_json(runner, db_path, engine, extraction):
    study_id = load_extraction(engine, extraction).study_id
    result = invoke(runner, "--db", db_path, "history", "doi:10.9999/test.small.1", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["study"]["id"] == study_id and data["study"]["documents"][0]["filename"] == "small_study.txt"
    [event] = data["events"]
    assert event["action"] == "load" and event["after"]["counts"] == ROWS
    assert set(event) == {"id", "at", "actor", "action", "table_name", "row_id", "summary", "note", "before", "after"}


def test_history_command_unknown_study_is_an_error(runner, db_path, engine, extraction):
    load_extraction(engine, extraction)
    result = runner.invoke(cli, ["--db", str(db_path), "history", "42"])
    assert result.exit_code == 1
    assert "Error: no study 42 (no study has that id or PMID); `evidence status` lists them" in result.output
    result = runner.invoke(cli, ["--db", str(db_path), "history", "nonsense"])
    assert result.exit_code == 1 and "is not a study id, DOI" in result.output
