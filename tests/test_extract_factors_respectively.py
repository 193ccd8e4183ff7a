"""Factors listed as a sentence's subject, then their ratios in one bracket closed by "respectively": "Age over 70 and
nodal involvement were predictors of worse OS (HR 1.8 and 2.1, respectively)". Each ratio is its factor's, in order;
none is all patients'. When factors and ratios do not pair one to one, the ratios give no row of all patients. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_SERIES = ("Salvage radiotherapy for nodal recurrence. We reviewed 180 patients treated between 2008 and 2020. "
           "Results: ")


# (cohort, endpoint, value, ci_low, analysis) of the hazard ratios the sentence gives after the series' opening.
_ratios = rows_after(_SERIES, "cohort endpoint value ci_low analysis", measure="hr")


@pytest.mark.parametrize("sentence, expected", [
    ("On multivariable analysis, a bulky nodal mass and extranodal extension were independent predictors of worse "
     "overall survival (HR 1.9 and 2.4, respectively).",
     {("a_bulky_nodal_mass", "OS", 1.9, None, "multivariate"),
      ("extranodal_extension", "OS", 2.4, None, "multivariate")}),
    ("On multivariate analysis, surgery of the primary and a tumour regression above 50% were the most significant "
     "predictive factors for overall survival (hazard ratio = 0.45 and 0.52, p = 0.004 and 0.03, respectively).",
     {("surgery_of_the_primary", "OS", 0.45, None, "multivariate"),
      ("a_tumour_regression_above_50", "OS", 0.52, None, "multivariate")}),
    ("In the multivariate analysis, a short interval since surgery and more than two involved stations were "
     "significantly associated with progression-free survival (HR 1.6, 95% CI 1.1-2.3 and HR 2.2, 95% CI 1.4-3.5, "
     "respectively).",
     {("a_short_interval_since_surgery", "PFS", 1.6, 1.1, "multivariate"),
      ("more_than_two_involved_stations", "PFS", 2.2, 1.4, "multivariate")}),
])
def test_listed_factors_take_their_ratios_in_order(sentence, expected):
    assert _ratios(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # three factors, two ratios: which is whose is not sure
    "On multivariable analysis, a bulky recurrence, a short interval and extranodal extension were independent "
    "predictors of worse overall survival (HR 1.9 and 2.4, respectively).",
    "A bulky recurrence, a short interval and extranodal extension were factors for overall survival (HR 1.9, 95% CI "
    "1.2-3.0 and HR 2.4, 95% CI 1.5-3.8, respectively).",
    # two factors no rule can name (an outcome's word inside the first): no ratio of all patients either
    "On multivariable analysis, a bulky recurrence and extranodal extension were independent predictors of worse "
    "overall survival (HR 1.9 and 2.4, respectively).",
])
def test_no_ratio_of_all_patients_when_factors_and_ratios_do_not_pair(sentence):
    assert not any(cohort == "all" for cohort, *_ in _ratios(sentence))
