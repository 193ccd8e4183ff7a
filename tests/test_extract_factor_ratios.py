"""Prognostic factors each with its ratio in a sentence of factors of an outcome: the factor named before its bracket
is the group, the outcome is the one the factors predict; an outcome named as a factor ("local failure (HR ...)
predicted survival") is the patients who had it; "but not age (HR ...)" names age, a trait without its level, which
gives no row; a factor after "factors for PFS were" keeps its name. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_SERIES = ("Stereotactic radiotherapy for oligometastases. We reviewed 150 patients treated at one centre between "
           "2009 and 2019. Results: ")


# (cohort, endpoint, value, ci_low, ci_high) of the hazard ratios the sentence gives after the series' opening.
_ratios = rows_after(_SERIES, "cohort endpoint value ci_low ci_high", measure="hr")


@pytest.mark.parametrize("sentence, expected", [
    # factors that predict an outcome are the groups (an outcome named as a factor: the patients who had it)
    ("In the Cox model, regional relapse (HR 2.6; 95% CI 1.5-4.5) and bone metastases (HR 1.9; 95% CI 1.1-3.2), "
     "but not sex (HR 1.05; 95% CI 0.7-1.6), predicted overall survival.",
     {("patients_with_regional_relapse", "OS", 2.6, 1.5, 4.5), ("bone_metastases", "OS", 1.9, 1.1, 3.2)}),
    ("The multivariable analysis showed that distant progression (HR: 3.4; 95% CI: 2.0-5.8) and liver involvement "
     "(HR: 1.8; 95% CI: 1.2-2.7) independently predicted worse overall survival.",
     {("patients_with_distant_progression", "OS", 3.4, 2.0, 5.8), ("liver_involvement", "OS", 1.8, 1.2, 2.7)}),
    # the first factor after "factors ... were" keeps its name
    ("Independent prognostic factors for progression-free survival were a performance status of 1 (hazard ratio, "
     "2.2; 95% confidence interval, 1.3 to 3.7; P = .004) and more than two lesions (hazard ratio, 1.7; 95% "
     "confidence interval, 1.1 to 2.6; P = .02).",
     {("performance_status_of_1", "PFS", 2.2, 1.3, 3.7), ("more_than_two_lesions", "PFS", 1.7, 1.1, 2.6)}),
    ("Significant factors for overall survival were an ECOG score of 2 (HR 2.9, 95% CI 1.6-5.2) and a solitary "
     "lesion (HR 0.55, 95% CI 0.33-0.92).",
     {("ecog_score_of_2", "OS", 2.9, 1.6, 5.2), ("a_solitary_lesion", "OS", 0.55, 0.33, 0.92)}),
])
def test_each_factor_named_before_its_ratio_is_its_group(sentence, expected):
    assert _ratios(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # ratios of outcomes listed in one bracket are the outcomes', not factors: nothing changes there
    "Drug exposure above the median predicted longer survival (hazard ratio [HR], 0.58 for OS and HR, 0.66 for PFS).",
    # a trait without its level gives no row, even after "but not"
    "Bone metastases (HR 1.9; 95% CI 1.1-3.2), but not age (HR 1.01; 95% CI 0.98-1.04), predicted overall survival.",
])
def test_no_factor_row_for_an_unnamed_level(sentence):
    rows = _ratios(sentence)
    assert not any(cohort in ("age", "but_not_age", "all") for cohort, *_ in rows)
