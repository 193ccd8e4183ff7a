"""A ratio said of something that predicts the outcome ("Anaemia predicted shorter OS (HR 1.6)", "weight loss was an
independent predictor of OS", "OS was predicted by nodal stage") is that factor's, which no group of the paper is:
never all patients' (before, all three gave an "all" row). Said of a group the paper compares ("Wedge resection was
not an independent predictor of OS (HR ...)" in a comparison of two operations) it stays the study's ratio, as
before. Sentences written for this test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples, rows_after

_SERIES = "Methods: We reviewed 200 patients with resected lung cancer. Results: "
_ratios = rows_after(_SERIES, "endpoint measure value cohort", measure="hr")


@pytest.mark.parametrize("sentence", [
    "Anaemia predicted shorter overall survival (HR 1.6, 95% CI 1.2-2.1).",
    "Weight loss was an independent predictor of overall survival (HR 1.5, 95% CI 1.1-2.0).",
    "Overall survival was predicted by nodal stage (HR 1.5, 95% CI 1.1-2.0).",
    "A raised platelet count independently predicted worse progression-free survival (HR 1.41; 95% CI 1.05-1.90).",
])
def test_a_predicting_factors_ratio_is_no_ratio_of_all_patients(sentence):
    # (no row, or the factor's own: "a raised platelet count" is read as the factor's group)
    assert not {row for row in _ratios(sentence) if row[3] == "all"}


def test_a_compared_group_said_to_predict_keeps_the_studys_ratio():
    text = ("Methods: We compared 150 patients after wedge resection with 300 after lobectomy. Results: The 5-year "
            "overall survival was 55% in the wedge resection group and 61% in the lobectomy group. Wedge resection "
            "was not an independent predictor of overall survival (HR 1.08, 95% CI 0.81-1.44).")
    assert row_tuples(text, "endpoint measure value", measure="hr") == {("OS", "hr", 1.08)}
