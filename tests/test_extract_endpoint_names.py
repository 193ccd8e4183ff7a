"""Endpoints trials of other sites name in their own words: second cancers, the time to the next treatment, a
distant recurrence-free interval (issue 13's vocabulary). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after, rows_where
from support import extract_text

_TRIAL = ("Drug Q versus observation after surgery for colon cancer: a randomised trial\n\n"
          "We randomly assigned 420 patients to drug Q (n = 211) or observation (n = 209). Results: ")


def _rows(sentence: str, endpoint: str) -> set[tuple]:
    out = extract_text(_TRIAL + sentence)
    return {(r["cohort"], r["measure"], r["value"], r["timepoint_months"]) for r in out["results"]
            if r["endpoint"] == endpoint}


@pytest.mark.parametrize("sentence", [
    "Second primary malignancies occurred in 9 patients (4.3%) given drug Q and 4 (1.9%) given observation.",
    "Second cancers were diagnosed in 9 of 211 patients (4.3%) in the drug Q group and 4 of 209 (1.9%) in the "
    "observation group.",
])
def test_second_cancers_are_counted_per_arm(sentence):
    rows = _rows(sentence, "SECOND_CANCER")
    assert rows == {("drug_q", "count", 9.0, None), ("drug_q", "rate", 4.3, None),
                    ("observation", "count", 4.0, None), ("observation", "rate", 1.9, None)}


def test_a_cumulative_incidence_of_second_cancers_keeps_its_time_point():
    rows = _rows("The 8-year cumulative incidence of second malignancies was 5.1% with drug Q and 2.2% with "
                 "observation.", "SECOND_CANCER")
    assert rows == {("drug_q", "rate", 5.1, 96.0), ("observation", "rate", 2.2, 96.0)}


@pytest.mark.parametrize("sentence", [
    "The hazard ratio of drug Q versus observation was 0.91 (95% CI 0.70 to 1.18) for SPTs.",
    "Drug Q did not delay SPT (HR 0.91; 95% CI 0.70-1.18).",
])
def test_second_primary_tumours_said_as_spt_are_second_cancers(sentence):
    assert _rows(sentence, "SECOND_CANCER") == {("drug_q", "hr", 0.91, None)}


@pytest.mark.parametrize("sentence", [
    # a second cancer of eligibility or history is no result
    "Patients with a second primary malignancy within the previous 3 years were not eligible.",
    "A history of second cancers was recorded in 12 patients at entry.",
    # a second cancer given as a reason for exclusion is no result
    "After enrolment, two women were judged ineligible: one had a second primary tumour and the other had heart "
    "failure.",
    "Five patients were later found ineligible because 2 had a second malignancy and 3 had brain metastases.",
])
def test_a_second_cancer_of_eligibility_history_or_exclusion_is_no_result(sentence):
    assert not _rows(sentence, "SECOND_CANCER")


@pytest.mark.parametrize(("sentence", "values"), [
    ("Median time to next treatment was 16.4 months with drug Q and 10.2 months with observation.", (16.4, 10.2)),
    ("The median time to first subsequent therapy was 21.7 months in the drug Q group and 13.9 months in the "
     "observation group (HR 0.66).", (21.7, 13.9)),
])
def test_the_time_to_the_next_treatment_is_its_own_endpoint(sentence, values):
    rows = _rows(sentence, "STFS")
    assert {(r[0], r[2]) for r in rows if r[1] == "median"} == {("drug_q", values[0]), ("observation", values[1])}


@pytest.mark.parametrize(("sentence", "months"), [
    ("The 5-year distant recurrence-free interval was 87.5% with drug Q and 81.0% with observation.", 60.0),
    ("At 3 years, the distant relapse-free interval was 87.5% in the drug Q group and 81.0% in the observation "
     "group.", 36.0),
])
def test_a_distant_recurrence_free_interval_is_distant_metastasis_free(sentence, months):
    assert _rows(sentence, "DMFS") == {("drug_q", "rate", 87.5, months), ("observation", "rate", 81.0, months)}


def test_second_cancers_among_the_eligible_are_counted():
    rows = _rows("Of the 420 eligible patients, 21 (5.0%) developed a second primary cancer.", "SECOND_CANCER")
    assert rows == {("all", "count", 21.0, None), ("all", "rate", 5.0, None)}


_TRANSPLANT = ("Drug R versus standard prophylaxis after allogeneic transplantation: a randomised trial\n\n"
               "We randomly assigned 300 adults to drug R (n = 151) or standard prophylaxis (n = 149). Results: ")


_transplant_rows = rows_after(_TRANSPLANT, "endpoint category grade cohort measure value timepoint_months")


@pytest.mark.parametrize(("sentence", "category", "grade"), [
    ("Grade 2 to 4 acute graft-versus-host disease occurred in 22% with drug R and 37% with standard prophylaxis.",
     "acute graft-versus-host disease", "2-4"),
    ("Chronic GVHD developed in 22% of patients given drug R and 37% of those given standard prophylaxis.",
     "chronic gvhd", None),
])
def test_graft_versus_host_disease_is_an_adverse_event_per_arm(sentence, category, grade):
    rows = {r for r in _transplant_rows(sentence) if r[0] == "TOX"}
    assert {(r[1], r[2], r[3], r[5]) for r in rows} == {(category, grade, "drug_r", 22.0),
                                                        (category, grade, "standard_prophylaxis", 37.0)}


@pytest.mark.parametrize(("sentence", "measure", "months"), [
    ("GVHD-free, relapse-free survival at 2 years was 41% with drug R and 26% with standard prophylaxis.", "rate",
     24.0),
    ("Median GRFS was 14.5 months with drug R and 8.8 months with standard prophylaxis.", "median", None),
])
def test_gvhd_free_relapse_free_survival_is_one_composite_endpoint(sentence, measure, months):
    rows = _transplant_rows(sentence)
    assert {r[0] for r in rows} == {"GRFS"}  # not the disease-free survival named inside it, nor a GVHD rate
    assert {(r[3], r[4], r[6]) for r in rows} == {("drug_r", measure, months),
                                                  ("standard_prophylaxis", measure, months)}


@pytest.mark.parametrize("caption", [
    "Figure 1 Recurrence patterns in the patients who relapsed after resection.",
    "Figure 3 Local recurrence by treatment arm and nodal stage.",
])
def test_a_figure_number_before_an_event_is_no_count(caption):
    out = extract_text("Adjuvant drug S in gastric cancer\n\nWe treated 800 patients with drug S after gastrectomy. "
                       + caption)
    assert not rows_where(out, measure="count")


@pytest.mark.parametrize("sentence, expected", [
    ("The 30-day complication rates were 12.4% and 18.9%, respectively.", {12.4, 18.9}),
    ("The complication rate was 20% in the early surgery group and 31% in the delayed surgery group.", {20.0, 31.0}),
])
def test_a_complication_rate_is_the_arms_rate_of_complications(sentence, expected):
    text = ("Early versus delayed surgery for rectal cancer. We randomly assigned 122 patients to early surgery "
            "(n = 61) or delayed surgery (n = 61). Results: " + sentence)
    rows = {r["value"] for r in extract_text(text)["results"] if r["endpoint"] == "TOX" and r["measure"] == "rate"
            and r["cohort"] in ("early_surgery", "delayed_surgery")}
    assert rows == expected
