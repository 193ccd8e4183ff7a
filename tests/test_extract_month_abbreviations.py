"""Months abbreviated "mo." (with a full stop), "mth"/"mths", or "m" after a number with decimals before a comparison
are months (patterns/normalize.yaml: time.months_*). Before, "mo." in mid-sentence gave one row for the whole study
instead of one per arm, and "mths" or "m" gave none."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize

TITLE = "Drug X or drug Y in metastatic pancreatic cancer: a randomized trial.\n\n"
EXPECTED = {("OS", "median", 10.6, "drug_x"), ("OS", "median", 7.9, "drug_y")}


@pytest.mark.parametrize("unit", ["mo.", "mths", "mth", "m", "mos."])
def test_median_survival_in_abbreviated_months(unit):
    text = (f"Results: Median overall survival was 10.6 {unit} with drug X (n = 88) and 7.9 {unit} with drug Y "
            "(n = 90).")
    assert row_tuples(TITLE + text, "endpoint measure value cohort") == EXPECTED


@pytest.mark.parametrize("unit", ["mo.", "mths", "m"])
def test_median_survival_in_abbreviated_months_compared_with_vs(unit):
    text = ("Methods: We randomly assigned 178 patients to drug X (n = 88) or drug Y (n = 90). Results: Median overall "
            f"survival was 10.6 {unit} vs 7.9 {unit} for drug X and drug Y, respectively.")
    assert row_tuples(TITLE + text, "endpoint measure value cohort") == EXPECTED


@pytest.mark.parametrize("text, expected", [
    ("was 6.1 mo. in the first arm", "was 6.1 months in the first arm"),
    ("lasted 15 mo. The rate", "lasted 15 months. The rate"),  # the full stop that ends the sentence stays
    ("after 9 mths, 20 had died", "after 9 months, 20 had died"),
    ("4.7 m vs 3.1 m for", "4.7 months vs 3.1 months for"),
    ("eGFR 80 mL/min/1.73 m, stage", "eGFR 80 mL/min/1.73 m, stage"),  # a body surface, not months
    ("a walk of 6 m, then", "a walk of 6 m, then"),  # metres after an integer
    ("height 1.68 m (range", "height 1.68 m (range"),
])
def test_only_months_become_months(text, expected):
    assert normalize(text).text == expected
