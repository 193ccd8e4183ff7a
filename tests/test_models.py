"""The database itself refuses impossible rows (CHECK and FOREIGN KEY constraints), whatever wrote them."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from oncoev.schema.models import Arm, Cohort, DoseSchedule, Endpoint, OutcomeResult, Study


@pytest.fixture
def session(engine):
    with Session(engine) as s:
        study = Study(title="A test study", n_patients=20)
        s.add(study)
        s.flush()
        cohort = Cohort(study_id=study.id, key="all", label="All patients", n=20)
        s.add(cohort)
        s.flush()
        s.info["study_id"], s.info["cohort_id"] = study.id, cohort.id
        yield s


def result(s: Session, **overrides) -> OutcomeResult:
    fields = dict(study_id=s.info["study_id"], cohort_id=s.info["cohort_id"], endpoint="OS", measure="rate",
                  timepoint_months=60, value=36.2, unit="%")
    fields.update(overrides)
    return OutcomeResult(**fields)


def refused(s: Session, row) -> str:
    s.add(row)
    with pytest.raises(IntegrityError) as info:
        s.flush()
    s.rollback()
    return str(info.value.orig)


def test_a_valid_result_is_stored(session, engine):
    session.add(result(session, ci_low=30.1, ci_high=42.5, p_value=0.03, p_op="="))
    session.commit()
    # Read back through a second connection: what the database holds, not the session's own copy.
    with Session(engine) as other:
        stored = other.exec(select(OutcomeResult)).all()
    assert len(stored) == 1
    row = stored[0]
    assert row.id is not None
    assert (row.study_id, row.cohort_id, row.arm_id) == (session.info["study_id"], session.info["cohort_id"], None)
    assert (row.endpoint, row.measure, row.timepoint_months, row.value, row.unit) == ("OS", "rate", 60, 36.2, "%")
    assert (row.ci_low, row.ci_high, row.p_value, row.p_op) == (30.1, 42.5, 0.03, "=")


@pytest.mark.parametrize("overrides, constraint", [
    ({"value": 140}, "percent_value"),
    ({"value": -1}, "percent_value"),
    ({"ci_low": 50, "ci_high": 40}, "ci_order"),
    ({"ci_low": 30}, "ci_pair"),
    ({"ci_low": -5, "ci_high": 40}, "percent_ci"),
    ({"p_value": 1.5}, "p_value"),
    ({"p_op": "~"}, "p_op"),
    ({"measure": "survival"}, "measure"),
    ({"unit": "months"}, "rate_unit"),
    ({"measure": "hr", "unit": "ratio", "value": 0}, "ratio"),
    ({"measure": "count", "unit": "n", "value": -2}, "count"),
    ({"timepoint_months": 0}, "timepoint"),
    ({"analysis": "bivariate"}, "analysis"),
    ({"status": "maybe"}, "status"),
    ({"confidence": 1.5}, "confidence"),
    ({"char_start": 10, "char_end": 5}, "char_span"),
    ({"cohort_id": None}, "group"),
])
def test_result_checks(session, overrides, constraint):
    message = refused(session, result(session, **overrides))
    assert f"ck_outcome_results_{constraint}" in message


def test_result_needs_a_known_endpoint(session):
    assert "FOREIGN KEY" in refused(session, result(session, endpoint="NOT_A_CODE"))


def test_result_cannot_point_at_a_missing_cohort(session):
    assert "FOREIGN KEY" in refused(session, result(session, cohort_id=999))


def test_result_cannot_belong_to_a_cohort_and_an_arm(session):
    arm = Arm(study_id=session.info["study_id"], key="rt", label="RT", n=10)
    session.add(arm)
    session.flush()
    assert "ck_outcome_results_group" in refused(session, result(session, arm_id=arm.id))


@pytest.mark.parametrize("overrides, constraint", [
    ({"n": 0}, "ck_cohorts_n"),
    ({"unit": "tumours"}, "ck_cohorts_unit"),
    ({"key": "all"}, "UNIQUE"),
    ({"parent_id": 999}, "FOREIGN KEY"),
])
def test_cohort_checks(session, overrides, constraint):
    fields = dict(study_id=session.info["study_id"], key="sub", label="Subgroup", n=5)
    fields.update(overrides)
    assert constraint in refused(session, Cohort(**fields))


@pytest.mark.parametrize("overrides, constraint", [
    ({"kind": "editorial"}, "ck_studies_kind"),
    ({"design": "anecdote"}, "ck_studies_design"),
    ({"n_patients": 0}, "ck_studies_n_patients"),
    ({"enrolment_start": "March 2010"}, "ck_studies_enrolment_start"),
    ({"enrolment_start": "2012-01", "enrolment_end": "2010-05"}, "ck_studies_enrolment_order"),
    ({"curation_status": "done"}, "ck_studies_curation_status"),
    ({"year": 1492}, "ck_studies_year"),
])
def test_study_checks(session, overrides, constraint):
    assert constraint in refused(session, Study(title="x", **overrides))


@pytest.mark.parametrize("overrides, constraint", [
    ({"modality": "laser"}, "ck_dose_schedules_modality"),
    ({"dose_unit": "rad"}, "ck_dose_schedules_dose_unit"),
    ({"total_dose_low": 60, "total_dose_high": 45}, "ck_dose_schedules_total_dose_range"),
    ({"fractions": 0}, "ck_dose_schedules_fractions"),
    ({"cohort_id": None}, "ck_dose_schedules_group"),
])
def test_dose_checks(session, overrides, constraint):
    fields = dict(study_id=session.info["study_id"], cohort_id=session.info["cohort_id"], modality="ebrt",
                  total_dose=45, dose_unit="Gy")
    fields.update(overrides)
    assert constraint in refused(session, DoseSchedule(**fields))


def test_endpoint_kind_is_closed(session):
    assert "ck_endpoints_kind" in refused(session, Endpoint(code="XYZ", name="x", kind="vibes"))


def test_deleting_a_study_removes_its_rows(engine, session):
    session.add(result(session))
    session.commit()
    study = session.get(Study, session.info["study_id"])
    session.delete(study)
    session.commit()
    assert session.get(Cohort, session.info["cohort_id"]) is None
