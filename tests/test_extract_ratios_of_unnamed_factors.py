"""Ratios said of a factor no group of the paper is. Said of something that predicts the outcome ("Anaemia predicted
shorter OS (HR 1.6)", "weight loss was an independent predictor of OS", "OS was predicted by nodal stage"), the ratio
is that factor's: never all patients' (before, all three gave an "all" row); said of a group the paper compares
("Wedge resection was not an independent predictor of OS (HR ...)" in a comparison of two operations) it stays the
study's ratio, as before. Said of a trait named by its "status" with no level ("margin status", "HER2 status"), the
ratio is per level of a trait the sentence does not say, as "smoking status" already was: no group named for it
(before, a cohort "margin_status"). Sentences written for this test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples, rows_after

_SERIES = "Methods: We reviewed 200 patients with resected cancer. Results: "
_ratio_groups = rows_after(_SERIES, "cohort", measure="hr")


@pytest.mark.parametrize("sentence", [
    "Anaemia predicted shorter overall survival (HR 1.6, 95% CI 1.2-2.1).",
    "Weight loss was an independent predictor of overall survival (HR 1.5, 95% CI 1.1-2.0).",
    "Overall survival was predicted by nodal stage (HR 1.5, 95% CI 1.1-2.0).",
    "A raised platelet count independently predicted worse progression-free survival (HR 1.41; 95% CI 1.05-1.90).",
])
def test_a_predicting_factors_ratio_is_no_ratio_of_all_patients(sentence):
    # (no row, or the factor's own: "a raised platelet count" is read as the factor's group)
    assert ("all",) not in _ratio_groups(sentence)


@pytest.mark.parametrize("sentence", [
    "Margin status was associated with local control (HR 2.1, 95% CI 1.3-3.4).",
    "Nodal status was an independent factor for overall survival (HR 1.9, 95% CI 1.2-3.0).",
    "HER2 status predicted disease-free survival (HR 0.8, 95% CI 0.6-1.1).",
    "Resection margin status was an independent factor for local control (HR 2.4, 95% CI 1.4-4.1).",
])
def test_a_status_trait_is_no_group(sentence):
    assert not {cohort for (cohort,) in _ratio_groups(sentence) if cohort.endswith("status")}


def test_a_compared_group_said_to_predict_keeps_the_studys_ratio():
    text = ("Methods: We compared 150 patients after wedge resection with 300 after lobectomy. Results: The 5-year "
            "overall survival was 55% in the wedge resection group and 61% in the lobectomy group. Wedge resection "
            "was not an independent predictor of overall survival (HR 1.08, 95% CI 0.81-1.44).")
    assert row_tuples(text, "endpoint measure value", measure="hr") == {("OS", "hr", 1.08)}
