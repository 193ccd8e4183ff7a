"""A ratio said of a factor is the factor's, whatever opens the sentence: the patients the analysis was run in ("Among
640 women given chemotherapy, obesity predicted ...") or the series ("In our cohort, ..."), never a cohort of those
patients nor all patients; and a ratio in the name of people defined by a risk ("Patients at higher risk of relapse
(HR ...) had ...") is some factor's the sentence leaves unnamed (no row). Every sentence is written for the test."""

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
    "In this series, tumour size predicted local control (HR 1.63, 95% CI 1.21-2.20).",
    "Within the whole cohort, patient age predicted overall survival (HR 1.03, 95% CI 1.01-1.05).",
])
def test_a_bare_traits_ratio_after_the_series_is_no_row_of_all_patients(sentence):
    assert row_tuples(_COHORT + sentence, "endpoint cohort", measure="hr") == set()


@pytest.mark.parametrize("sentence", [
    "Patients with a higher risk of distant relapse (HR 2.31, 95% CI 1.44-3.70) had shorter overall survival.",
    "Women at increased risk of local recurrence (HR 1.74, 95% CI 1.12-2.70) also had worse survival.",
])
def test_a_ratio_in_the_name_of_people_at_risk_is_no_row(sentence):
    assert row_tuples(_COHORT + sentence, "endpoint cohort", measure="hr") == set()


def test_people_at_risk_with_the_ratio_after_the_verb_keep_it():
    rows = row_tuples(_COHORT + "Patients with a high risk of relapse had shorter overall survival (HR 2.31, 95% CI "
                      "1.44-3.70).", "endpoint value", measure="hr")
    assert rows == {("OS", 2.31)}
