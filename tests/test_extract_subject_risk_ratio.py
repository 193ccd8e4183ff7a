""""Smokers had a higher risk of relapse (HR ...)": the subject's risk against people the sentence does not name, so no
ratio of all patients; the two arms of a trial named as the subject still get it. Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_COHORT = "Results: We reviewed the records of 680 patients treated at three centres. "
_TWO_ARMS = "Methods: We randomly assigned 260 patients to drug R (n = 130) or drug S (n = 130). Results: "


@pytest.mark.parametrize("sentence", [
    "Heavy drinkers had a higher risk of local recurrence (HR 1.85, 95% CI 1.21-2.83).",
    "Patients had an increased risk of distant relapse (HR 1.62; 95% CI 1.10-2.39) after a positive margin.",
    "Older men had a 35% higher risk of death (adjusted HR 1.35, 95% CI 1.06-1.72).",
])
def test_a_subjects_risk_is_no_ratio_of_all_patients(sentence):
    assert row_tuples(_COHORT + sentence, "endpoint cohort", measure="hr") == set()


@pytest.mark.parametrize("sentence", [
    "Patients given drug R had a lower risk of death (HR 0.74, 95% CI 0.57-0.96).",
    "Patients in the drug R group had a lower risk of death (HR 0.74; 95% CI 0.57-0.96).",
])
def test_the_arms_risk_stays_the_arms(sentence):
    assert row_tuples(_TWO_ARMS + sentence, "endpoint value cohort comparator", measure="hr") == {
        ("OS", 0.74, "drug_r", "drug_s")}
