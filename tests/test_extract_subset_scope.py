"""Precision rules from an audit of sampled rows over full texts and abstracts (arms' values said within a part of
the patients, given to the arms as wholes). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows

K_OR_M = ("Methods: A total of 238 patients were randomly assigned to the K arm (n = 120) or the M arm (n = 118). "
          "Results: ")
ARMS = ("k", "m")


@pytest.mark.parametrize("sentence", [
    "When the analysis was stratified by stage, the survival rate of stage III disease at 2, 5, and 8 years was 41%, "
    "20%, and 15%, respectively, in the K arm and 35%, 12%, and 10%, respectively, in the M arm.",
    "The local control rate of patients with bulky tumours at 1, 2, and 3 years was 78%, 70%, and 61%, respectively, "
    "in the K arm and 70%, 60%, and 52%, respectively, in the M arm.",
])
def test_arms_values_of_an_outcome_said_of_a_part_over_a_list_are_no_rows(sentence):
    """'the survival rate of stage III disease at 2, 5, and 8 years was a, b, and c in K ...': the ', and' of a list
    of numbers ends no clause, so the part still holds the arms' values (each arm's part, which no row names)."""
    assert [r for r in _rows(K_OR_M + sentence) if r["cohort"] in ARMS] == []


def test_arms_values_of_an_outcome_over_a_list_with_no_part_stay():
    rows = _rows(K_OR_M + "The survival rate at 2, 5, and 8 years was 41%, 20%, and 15%, respectively, in the K arm "
                          "and 35%, 12%, and 10%, respectively, in the M arm.")
    assert sorted((r["cohort"], r["value"]) for r in rows if r["cohort"] in ARMS) == [
        ("k", 15.0), ("k", 20.0), ("k", 41.0), ("m", 10.0), ("m", 12.0), ("m", 35.0)]


@pytest.mark.parametrize(("sentence", "part"), [
    ("In this trial, for 30 patients (16 for K and 14 for M) with liver metastases, the median PFS was 5.1 months for "
     "the K arm and 3.9 months for the M arm (hazard ratio, 0.70; 95% CI, 0.33-1.48).",
     "patients_with_liver_metastases"),
    ("For patients treated with K or M as third-line therapy (n = 40 K; n = 22 M), the response rate was higher in "
     "the K arm than in the M arm (ORR: 45.0 vs. 18.2%, OR 3.67, 95% CI 1.10-12.20, p = 0.03).", None),
])
def test_arms_values_after_a_fronted_part_sized_in_each_arm_are_no_arms_rows(sentence, part):
    """'For 30 patients (16 for K and 14 for M) with X, ...': each arm's value is its part's, no arm's as a whole; the
    ratio is the part's when the part has a name of its own (not when the arms' treatments name it)."""
    rows = _rows(K_OR_M + sentence)
    assert [r for r in rows if r["cohort"] in ARMS] == []
    assert [r["cohort"] for r in rows if r["measure"] in ("hr", "or")] == ([part] if part else [])


def test_arms_values_after_a_fronted_bracket_of_the_whole_arms_sizes_stay():
    rows = _rows(K_OR_M + "Among all randomized patients (120 in K and 118 in M), the median PFS was 6.3 months for "
                          "the K arm and 4.4 months for the M arm.")
    assert sorted((r["cohort"], r["value"]) for r in rows if r["endpoint"] == "PFS") == [("k", 6.3), ("m", 4.4)]


THREE_REGIMENS = "A total of 300 patients were randomly assigned to one of three regimens. "


# (sentence, the two rows' groups): the group named right after the second value is its group; where none is named,
# the subject's others
SUBJECT_PAIRS = [
    ("Patients treated with KX had a median survival of 11.3 v 10.1 months for MZ-treated patients (P = .04).",
     ["patients_treated_with_kx", "mz_treated_patients"]),
    ("Women given drug Q had a median progression-free survival of 8.0 vs 5.5 months in the observation group.",
     ["women_given_drug_q", "observation_group"]),
    ("Patients treated with KX had a median survival of 14.2 v 9.9 months in all patients (P = .04).",
     ["patients_treated_with_kx", "patients_not_treated_with_kx"]),
]


@pytest.mark.parametrize(("sentence", "cohorts"), SUBJECT_PAIRS)
def test_the_second_value_of_a_subjects_pair_is_the_group_named_after_it(sentence, cohorts):
    """'Patients treated with A had a median survival of x v y months for B-treated patients': y is B's, not that of
    'patients not treated with A' (who would take in every other arm)."""
    rows = _rows(THREE_REGIMENS + sentence)
    assert [(r["cohort"], r["comparator"]) for r in rows] == [(cohorts[0], cohorts[1]), (cohorts[1], cohorts[0])]


K_OR_MEXOL = "A total of 90 patients were randomly assigned to drug K (n = 45) or Mexol (n = 45). "


@pytest.mark.parametrize(("sentence", "values"), [
    ("Dose reductions were more frequent with drug K than with Mexol (3.1% of cycles and 12.5% of patients for dose "
     "reductions).", []),
    ("There were more dose delays (20.5% of cycles) with drug K than with Mexol (2.1% of cycles and 11.4% of patients "
     "for dose reductions).", []),
    ("Dose reductions were needed in 12.5% of all patients.", [12.5]),
])
def test_a_value_in_the_bracket_after_the_arm_compared_by_than_is_not_all_patients(sentence, values):
    """'more frequent with A than with B (x% of patients)': x is B's, never all patients'."""
    assert [r["value"] for r in _rows(K_OR_MEXOL + sentence) if r["cohort"] == "all"] == values


K_OR_DRUG_M = "A total of 90 patients were randomly assigned to drug K (n = 45) or drug M (n = 45). "
MOST_COMMON_PAIRS = ("The most common (drug K vs drug M) were neutropenia (14% vs 23%, p = 0.05) and diarrhoea (18% vs "
                     "10%, p = 0.08).")


@pytest.mark.parametrize(("text", "grade"), [
    ("Grade 3-4 adverse events are listed in Table 2. " + MOST_COMMON_PAIRS, "3-4"),
    ("Grade 3 or higher toxicities are summarised in Table 3. The most frequent were anaemia (12% vs 6%) and fatigue "
     "(9% vs 4%) with drug K and drug M, respectively.", ">=3"),
    ("Adverse events are listed in Table 2. " + MOST_COMMON_PAIRS, None),
])
def test_the_most_common_events_have_the_grade_the_sentence_before_named(text, grade):
    """'Grade 3-4 adverse events are listed in Table 2. The most common were X (a% vs b%)': X's values are of grade
    3-4 (not of any grade); with no grade before, none."""
    rows = _rows(K_OR_DRUG_M + text)
    assert len(rows) == 4 and {r["grade"] for r in rows} == {grade}


@pytest.mark.parametrize(("sentence", "cohorts"), [
    ("Overall survival differed between patients whose cancer recurred in the liver and those whose cancer recurred "
     "in the lung (11.0 months vs. 15.2 months; p < 0.001).", []),
    ("The median overall survival was compared between men whose tumours shrank by week 8 and those whose tumours "
     "grew (25.0 vs 14.1 months).", []),
    ("The median PFS differed between the drug K arm and the drug M arm (9.1 vs 6.0 months).", ["drug_k", "drug_m"]),
])
def test_a_pair_of_two_parts_compared_by_who_they_are_is_no_pair_of_the_arms(sentence, cohorts):
    """'compared between patients whose X and those whose Y (a vs b)': two parts of the patients, never the arms."""
    assert [r["cohort"] for r in _rows(K_OR_DRUG_M + sentence)] == cohorts


K_OR_M_450 = "A total of 450 patients were randomly assigned to drug K (n = 225) or drug M (n = 225). "


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("The overall incidence of post-operative complications was higher in the drug M group, with 110 (49%) of 225 "
     "patients in the drug K group reporting complications compared with 128 (57%) of 224 patients in the drug M "
     "group.", "POSTOP_COMPLICATION"),
    ("Postoperative complications were more frequent after drug M: complications occurred in 20% of patients given "
     "drug K and in 31% of those given drug M.", "POSTOP_COMPLICATION"),
    ("Complications occurred in 20% of patients given drug K and in 31% of those given drug M.", "TOX"),
])
def test_bare_complications_after_post_operative_ones_are_post_operative(sentence, endpoint):
    """'post-operative complications ..., with x% reporting complications compared with y%': the bare complications
    are the post-operative ones the sentence named; alone they stay toxicity."""
    assert {r["endpoint"] for r in _rows(K_OR_M_450 + sentence) if r["measure"] == "rate"} == {endpoint}
