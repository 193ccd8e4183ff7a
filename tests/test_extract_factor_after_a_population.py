"""A ratio said of a factor is the factor's, whatever opens the sentence: the patients the analysis was run in ("Among
640 women given chemotherapy, obesity predicted ...") or the series ("In our cohort, ..."), never a cohort of those
patients nor all patients; a ratio in the name of people defined by a risk ("Patients at higher risk of relapse
(HR ...) had ...") is some factor's the sentence leaves unnamed (no row), and so is a subject's risk ("Smokers had a
higher risk of relapse (HR ...)"), unless the subject is an arm. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_COHORT = "Results: We reviewed the records of 910 patients treated at two centres. "


@pytest.mark.parametrize(("sentence", "factor", "endpoint"), [
    ("Among 640 women given chemotherapy, obesity was associated with worse overall survival (HR 1.52, 95% CI "
     "1.17-1.98).", "obesity", "OS"),
    ("In 415 patients who had surgery, current smoking predicted shorter overall survival (HR 1.63, 95% CI "
     "1.21-2.20).", "current_smoking", "OS"),
    ("In our cohort, lymphovascular invasion was associated with local control (HR 1.63, 95% CI 1.21-2.20).",
     "lymphovascular_invasion", "LC"),
])
def test_a_factors_ratio_after_the_population_is_the_factors(sentence, factor, endpoint):
    rows = row_tuples(_COHORT + sentence, "endpoint cohort cohort_n", measure="hr")
    assert rows == {(endpoint, factor, None)}


@pytest.mark.parametrize("sentence", [
    # a bare trait's ratio after the series: no row of all patients
    pytest.param("In this series, tumour size predicted local control (HR 1.63, 95% CI 1.21-2.20).",
                 id="bare_trait_after_the_series-0"),
    pytest.param("Within the whole cohort, patient age predicted overall survival (HR 1.03, 95% CI 1.01-1.05).",
                 id="bare_trait_after_the_series-1"),
    # a ratio in the name of people at risk: some factor's the sentence leaves unnamed
    pytest.param("Patients with a higher risk of distant relapse (HR 2.31, 95% CI 1.44-3.70) had shorter overall "
                 "survival.", id="ratio_in_the_name_of_people_at_risk-0"),
    pytest.param("Women at increased risk of local recurrence (HR 1.74, 95% CI 1.12-2.70) also had worse survival.",
                 id="ratio_in_the_name_of_people_at_risk-1"),
    # "Smokers had a higher risk of relapse (HR ...)": the subject's risk against people the sentence does not name
    pytest.param("Heavy drinkers had a higher risk of local recurrence (HR 1.85, 95% CI 1.21-2.83).",
                 id="subjects_risk-0"),
    pytest.param("Patients had an increased risk of distant relapse (HR 1.62; 95% CI 1.10-2.39) after a positive "
                 "margin.", id="subjects_risk-1"),
    pytest.param("Older men had a 35% higher risk of death (adjusted HR 1.35, 95% CI 1.06-1.72).",
                 id="subjects_risk-2"),
])
def test_a_ratio_of_no_group_the_sentence_names_is_no_row(sentence):
    assert row_tuples(_COHORT + sentence, "endpoint cohort", measure="hr") == set()


def test_people_at_risk_with_the_ratio_after_the_verb_keep_it():
    rows = row_tuples(_COHORT + "Patients with a high risk of relapse had shorter overall survival (HR 2.31, 95% CI "
                      "1.44-3.70).", "endpoint value", measure="hr")
    assert rows == {("OS", 2.31)}


# the two arms of a trial named as the subject still get their ratio
_TWO_ARMS = "Methods: We randomly assigned 260 patients to drug R (n = 130) or drug S (n = 130). Results: "


@pytest.mark.parametrize("sentence", [
    "Patients given drug R had a lower risk of death (HR 0.74, 95% CI 0.57-0.96).",
    "Patients in the drug R group had a lower risk of death (HR 0.74; 95% CI 0.57-0.96).",
])
def test_the_arms_risk_stays_the_arms(sentence):
    assert row_tuples(_TWO_ARMS + sentence, "endpoint value cohort comparator", measure="hr") == {
        ("OS", 0.74, "drug_r", "drug_s")}
