"""A ratio the abstract gives with its interval and the results section gives again with its p value and the analysis
it came from is one row holding all of it; what the first statement said stays. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_ABSTRACT = ("Radiotherapy for bone-only oligometastases. We reviewed 140 patients treated at two centres. "
             "Results: Solitary lesion (HR 0.61, 95% CI 0.42-0.89) and disease control (HR 0.58, 95% CI 0.39-0.86) "
             "were significant factors for overall survival.\n\n")


@pytest.mark.parametrize("results, expected", [
    ("On multivariate analysis, a solitary lesion (HR 0.61, 95% CI 0.42-0.89, p = 0.011) remained a factor for "
     "overall survival.", {(0.61, 0.011, "multivariate"), (0.58, None, None)}),
    ("In the multivariable Cox model, disease control (HR 0.58, 95% CI 0.39-0.86; P = .007) was a factor for overall "
     "survival.", {(0.61, None, None), (0.58, 0.007, "multivariate")}),
])
def test_a_restated_ratio_adds_its_p_and_analysis(results, expected):
    assert row_tuples(_ABSTRACT + results, "value p_value analysis", measure="hr") == expected


def test_a_restated_ratio_keeps_what_it_first_said():
    text = _ABSTRACT.replace("0.89)", "0.89, p = 0.02)") + (
        "In the multivariable analysis, a solitary lesion (HR 0.61, 95% CI 0.42-0.89, p = 0.03) was a factor for "
        "overall survival.")
    assert (0.61, 0.02) in row_tuples(text, "value p_value", measure="hr")
