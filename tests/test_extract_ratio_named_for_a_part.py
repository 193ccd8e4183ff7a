"""Ratios each named for a part of the patients, "HR for stage II = 1.35; ...; HR for stage III = 2.10", "hazard ratio
for women, 0.7": each part's ratio of the outcome the sentence names, never all patients' and never a bare covariate
("stage"). A name that is no part of the patients ("HR for positive") gives no row. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = "We reviewed 610 patients treated with lobectomy. "
_TRIAL = "We randomly assigned 700 patients to drug A (n = 351) or observation (n = 349). "

_READ = [
    # levels of a factor of an outcome, in a sentence of factors (the analysis it names)
    (_SERIES + "On multivariable Cox analysis, stage was associated with overall survival (HR for stage II = 1.35; "
     "95% CI, 1.02 to 1.79; HR for stage III = 2.10; 95% CI, 1.60 to 2.76).",
     {("stage_ii", "OS", 1.35, 1.02, 1.79, "multivariate"), ("stage_iii", "OS", 2.1, 1.6, 2.76, "multivariate")}),
    # substages, in a sentence that names its model, the ratio's value after "was"
    (_SERIES + "In the Cox model, substage predicted disease-free survival (HR for stage IB was 1.28; 95% CI, 1.01 "
     "to 1.62; HR for stage IIA was 1.90; 95% CI, 1.44 to 2.51).",
     {("stage_ib", "DFS", 1.28, 1.01, 1.62, None), ("stage_iia", "DFS", 1.9, 1.44, 2.51, None)}),
    # the effect of the treatment in each stage, the last joined by "and"
    (_TRIAL + "The disease-free survival benefit of drug A differed by stage (HR for stage I, 0.97; 95% CI, 0.71 to "
     "1.33; HR for stage II, 0.79; 95% CI, 0.64 to 0.98; and HR for stage III, 0.70; 95% CI, 0.57 to 0.86).",
     {("stage_i", "DFS", 0.97, 0.71, 1.33, None), ("stage_ii", "DFS", 0.79, 0.64, 0.98, None),
      ("stage_iii", "DFS", 0.7, 0.57, 0.86, None)}),
    # people named by their noun
    (_TRIAL + "The progression-free survival benefit of drug A was seen in both sexes (hazard ratio for women, 0.68; "
     "95% CI, 0.51 to 0.90; hazard ratio for men, 0.81; 95% CI, 0.66 to 0.99).",
     {("women", "PFS", 0.68, 0.51, 0.9, None), ("men", "PFS", 0.81, 0.66, 0.99, None)}),
]

_NOT_READ = [
    # a level without its trait is no part of the patients anyone can name
    _TRIAL + "Marker expression was related to overall survival (HR for positive, 0.71; HR for negative, 1.40).",
    # no outcome named: the ratios' outcome is not known
    _SERIES + "The effect varied with stage (HR for stage II = 1.30; 95% CI, 1.01 to 1.67; HR for stage III = 1.95; "
    "95% CI, 1.49 to 2.55).",
]


@pytest.mark.parametrize("text, expected", _READ)
def test_a_ratio_named_for_a_part_is_that_parts(text, expected):
    assert row_tuples(text, "cohort endpoint value ci_low ci_high analysis", measure="hr") == expected


@pytest.mark.parametrize("text", _NOT_READ)
def test_no_ratio_for_a_name_that_is_no_part_or_without_an_outcome(text):
    assert row_tuples(text, "cohort endpoint value", measure="hr") == set()


# "HR for all patients = a; HR for elderly patients = b": the whole study's ratio is the arms', never a part named
# "all patients"; the part named after it is its own
_WHOLE_THEN_PART = (_TRIAL + "The overall survival benefit of drug A was seen (HR for all patients = 0.82; 95% CI, "
                    "0.70 to 0.96; HR for elderly patients = 0.75; 95% CI, 0.58 to 0.97).")


def test_a_ratio_named_for_all_patients_is_no_part():
    assert row_tuples(_WHOLE_THEN_PART, "cohort endpoint value", measure="hr") == {
        ("drug_a", "OS", 0.82), ("elderly_patients", "OS", 0.75)}
