"""A ratio after an outcome whose risk the sentence says rose or fell ("a higher risk of local relapse (HR ...)", "an
increase in all-cause mortality (HR ...)"): that outcome's ratio, never a factor's name, each item of a list of such
outcomes with its own bracket; and a ratio named with the years it spans ("adjusted 5-year hazard ratio") after deaths
from any cause. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = "We reviewed 520 patients treated with surgery for a solid tumour. "

_READ = [
    # the second outcome of the factor, after "a higher risk of", joined by "and"
    (_SERIES + "Diabetes was associated with higher all-cause mortality (hazard ratio, 1.45; 95% CI, 1.12 to 1.88) and "
     "a higher risk of local recurrence (hazard ratio, 1.70; 95% CI, 1.05 to 2.75).",
     {("diabetes", "OS", 1.45, 1.12, 1.88), ("diabetes", "FAIL_LOCAL", 1.7, 1.05, 2.75)}),
    # a list of outcomes, each led by "a rise in", set apart by commas; an outcome no vocabulary knows gives no row
    (_SERIES + "Carrying the variant was associated with a rise in the risk of local recurrence (HR 2.9; 95% CI "
     "1.4-6.0), a rise in overall mortality (HR 1.3; 95% CI 1.1-1.6), and a rise in the risk of a second primary "
     "lung tumour (HR 2.1; 95% CI 1.2-3.6).",
     {("carrying_the_variant", "FAIL_LOCAL", 2.9, 1.4, 6.0), ("carrying_the_variant", "OS", 1.3, 1.1, 1.6)}),
    # a list of outcomes said worse, set apart by commas, the last led by a change in its rate
    (_SERIES + "Obesity was associated with worse overall survival (HR 1.50; 95% CI 1.10-2.05), worse disease-free "
     "survival (HR 1.40; 95% CI 1.05-1.87) and a higher rate of local recurrence (HR 1.62; 95% CI 1.12-2.34).",
     {("obesity", "OS", 1.5, 1.1, 2.05), ("obesity", "DFS", 1.4, 1.05, 1.87),
      ("obesity", "FAIL_LOCAL", 1.62, 1.12, 2.34)}),
    # the years of the ratio said in its name, in square brackets
    (_SERIES + "Sarcopenia predicted all-cause mortality [adjusted 3-year HR 1.62; 95% CI, 1.18 to 2.23].",
     {("sarcopenia", "OS", 1.62, 1.18, 2.23)}),
]

@pytest.mark.parametrize("text, expected", _READ)
def test_each_outcome_after_its_changed_risk_has_its_own_ratio(text, expected):
    assert row_tuples(text, "cohort endpoint value ci_low ci_high", measure="hr") == expected


# "shorter PFS (HR a) and age (HR b) predicted OS": an outcome said shorter before its bracket is a factor where the
# sentence says after the ratios which outcome the factors predict
_A_FACTOR = (_SERIES + "On multivariable analysis, shorter progression-free survival (HR 1.9, 95% CI 1.2-3.0) and "
             "nodal involvement (HR 1.6, 95% CI 1.1-2.3) predicted overall survival.")


def test_an_outcome_said_shorter_before_the_predicted_outcome_stays_a_factor():
    rows = row_tuples(_A_FACTOR, "cohort endpoint value", measure="hr")
    assert ("shorter_progression_free_survival", "OS", 1.9) in rows
    assert not any(endpoint == "PFS" for _, endpoint, _ in rows)
