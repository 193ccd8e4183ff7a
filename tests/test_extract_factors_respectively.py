"""Factors listed as a sentence's subject, then their ratios in one bracket closed by "respectively": "Age over 70 and
nodal involvement were predictors of worse OS (HR 1.8 and 2.1, respectively)". Each ratio is its factor's, in order;
none is all patients'. When factors and ratios do not pair one to one, the ratios give no row of all patients. Every
sentence here is written for the test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_SERIES = ("Salvage radiotherapy for nodal recurrence. We reviewed 180 patients treated between 2008 and 2020. "
           "Results: ")


# (cohort, endpoint, value, ci_low, analysis) of the hazard ratios the sentence gives after the series' opening.
_ratios = rows_after(_SERIES, "cohort endpoint value ci_low analysis", measure="hr")


@yaml_cases
def test_listed_factors_take_their_ratios_in_order(sentence, expected):
    assert _ratios(sentence) == expected


@yaml_cases
def test_no_ratio_of_all_patients_when_factors_and_ratios_do_not_pair(sentence):
    assert not any(cohort == "all" for cohort, *_ in _ratios(sentence))
