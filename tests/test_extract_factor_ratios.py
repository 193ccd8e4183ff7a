"""Prognostic factors each with its ratio in a sentence of factors of an outcome: the factor named before its bracket
is the group, the outcome is the one the factors predict; an outcome named as a factor ("local failure (HR ...)
predicted survival") is the patients who had it; "but not age (HR ...)" names age, a trait without its level, which
gives no row; a factor after "factors for PFS were" keeps its name. Every sentence here is written for the test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_SERIES = ("Stereotactic radiotherapy for oligometastases. We reviewed 150 patients treated at one centre between "
           "2009 and 2019. Results: ")


# (cohort, endpoint, value, ci_low, ci_high) of the hazard ratios the sentence gives after the series' opening.
_ratios = rows_after(_SERIES, "cohort endpoint value ci_low ci_high", measure="hr")


@yaml_cases
def test_each_factor_named_before_its_ratio_is_its_group(sentence, expected):
    assert _ratios(sentence) == expected


@yaml_cases
def test_no_factor_row_for_an_unnamed_level(sentence):
    rows = _ratios(sentence)
    assert not any(cohort in ("age", "but_not_age", "all") for cohort, *_ in rows)
