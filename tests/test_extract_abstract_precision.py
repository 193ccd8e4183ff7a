"""Precision of rows read from abstracts: a value said of a part of the patients is no value of all of them. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows

_TREATED = "Methods: We treated 60 patients with drug Q and radiotherapy.\nResults: "


@pytest.mark.parametrize("sentence", [
    # the part named by a relative clause with "that" as with "who"
    "Of the 14 control patients that switched to drug Q, three had stable disease.",
    "Among the 14 patients that received a second course, three had stable disease, and 1-year survival was 40%.",
])
def test_the_values_after_a_part_named_with_that_are_the_parts(sentence):
    rows = _rows(_TREATED + sentence)
    assert rows and [r for r in rows if r["cohort"] == "all"] == []
    assert {r["value"] for r in rows if r["endpoint"] == "SD"} == {3.0}
    assert all("patients_who_" in r["cohort"] for r in rows)


def test_a_part_said_with_that_of_every_patient_stays_all_patients():
    rows = _rows(_TREATED + "Of the 60 patients that were treated, three had stable disease.")
    assert {(r["cohort"], r["endpoint"], r["value"]) for r in rows} == {("all", "SD", 3.0)}


_TWO_ARMS = "Methods: Twenty patients were randomly assigned to drug Q (n = 10) or drug R (n = 10).\nResults: "


@pytest.mark.parametrize("methods, sentence", [
    # the count over its own total, then the people: "k/n (x%) patients"
    (_TREATED, "Patients at the first dose level went on to have toxicity, with 4/7 (57%) patients finally reaching "
               "grade 3 events."),
    (_TWO_ARMS, "Toxicity was frequent at the first dose level, with 5/8 (63%) patients."),
])
def test_a_count_over_a_total_far_below_the_study_is_no_count_of_all(methods, sentence):
    rows = _rows(methods + sentence)
    assert [r for r in rows if r["cohort"] == "all"] == []


def test_a_count_over_the_whole_study_stays_all_patients():
    rows = _rows(_TWO_ARMS + "Toxicity was frequent, with 12/20 (60%) patients.")
    assert {(r["cohort"], r["measure"], r["value"]) for r in rows} == {("all", "count", 12.0), ("all", "rate", 60.0)}


def test_a_grade_range_with_a_slash_is_no_total():
    rows = _rows(_TWO_ARMS + "Grade 3/4 anaemia occurred in 15% of patients.")
    assert {(r["cohort"], r["grade"], r["value"]) for r in rows} == {("all", "3-4", 15.0)}


@pytest.mark.parametrize("methods, results", [
    ("Patients were randomly assigned to drug Q plus carboplatin and paclitaxel (DQ/CP; n = 100) or carboplatin and "
     "paclitaxel alone (CP; n = 98).",
     "Grade 3 or 4 events occurring more often in patients receiving DQ/CP were neutropenia (25% versus 15%) and rash "
     "(9% versus 2%)."),
    ("Patients were randomly assigned to drug Q with paclitaxel and carboplatin (Q/PC; n = 80) or paclitaxel and "
     "carboplatin (PC; n = 82).",
     "Severe adverse events occurring more frequently in patients receiving Q/PC were fatigue (11% versus 4%) and "
     "rash (7% versus 1%)."),
])
def test_the_patients_not_given_one_arm_are_the_other_arm(methods, results):
    # the other side's name ("patients not receiving DQ/CP") holds the control arm's abbreviation too: the arm whose
    # own name it says in full is the one its patients lacked
    rows = _rows(f"Methods: {methods}\nResults: {results}")
    assert rows and {r["cohort"] for r in rows} <= {k for r in rows for k in (r["cohort"], r["comparator"])}
    assert not [r for r in rows if "not" in r["cohort"].split("_") or "not" in (r["comparator"] or "").split("_")]
    assert len({r["cohort"] for r in rows}) == 2


def test_the_patients_not_given_the_only_named_arm_stay_the_other_arm():
    rows = _rows("Methods: Patients were randomly assigned to drug Q plus cisplatin (QC; n = 100) or cisplatin alone "
                 "(C; n = 98).\nResults: Grade 3 or 4 events seen more often in patients receiving QC were neutropenia "
                 "(25% versus 15%).")
    assert {(r["cohort"], r["value"]) for r in rows} == {("drug_q_plus_cisplatin", 25.0), ("cisplatin_alone", 15.0)}


_TWO_TREATMENTS = "Results: We reviewed 300 patients treated with surgery (n = 140) or radiotherapy (n = 160). "


@pytest.mark.parametrize("sentence", [
    "Regional recurrences were more frequent after radiotherapy compared with surgery (adjusted HR 2.10; 95% CI "
    "1.20-3.60; p = 0.01).",
    "The risk of distant failure was higher with radiotherapy versus surgery (HR 1.80, 95% CI 1.10-2.90).",
])
def test_a_ratio_right_after_the_two_treatments_compared_is_the_first_against_the_second(sentence):
    rows = [r for r in _rows(_TWO_TREATMENTS + sentence) if r["measure"] == "hr"]
    assert [(r["cohort"], r["comparator"]) for r in rows] == [("radiotherapy", "surgery")]


def test_a_ratio_of_a_factor_after_the_treatments_stays_unpaired():
    # the treatments compared, then a factor's ratio: no ratio of the two treatments
    rows = [r for r in _rows(_TWO_TREATMENTS + "Survival was similar after radiotherapy compared with surgery, and age "
                                              "over 75 years predicted death (HR 1.60; 95% CI 1.10-2.30).")
            if r["measure"] == "hr"]
    assert not [r for r in rows if (r["cohort"], r["comparator"]) == ("radiotherapy", "surgery")]


_RANDOMISED = "Methods: Patients were randomly assigned to surgery (n = 60) or radiotherapy (n = 58).\nResults: "


@pytest.mark.parametrize("text, first, second", [
    ("Methods: We reviewed 400 patients.\nResults: Response rates (30% versus 28%) and median survival (9.1 versus "
     "8.7 months) were similar in patients younger than 65 years and those 65 years or older.",
     "younger_than_65", "65_years_or_older"),
    (_RANDOMISED + "Response rates (30% versus 28%) did not differ between patients with squamous tumours and those "
                   "with adenocarcinoma.", "squamous", "adenocarcinoma"),
])
def test_an_unnamed_pair_is_of_the_two_parts_the_sentence_names_at_its_end(text, first, second):
    rows = _rows(text)
    assert rows and all(first in r["cohort"] if r["value"] in (30.0, 9.1) else second in r["cohort"] for r in rows)


def test_an_unnamed_pair_said_of_the_two_arms_stays_the_arms():
    rows = _rows(_RANDOMISED + "The response rate (41% vs 33%) did not differ between the two arms.")
    assert {(r["cohort"], r["value"]) for r in rows} == {("surgery", 41.0), ("radiotherapy", 33.0)}
