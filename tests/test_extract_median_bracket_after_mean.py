"""The months in a bracket led by "median" straight after a survival's mean are that survival's median, of the same
patients: "the mean OS was 62.3 months (median 70.1 months)". Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = "We treated 84 patients with stereotactic radiotherapy. "

_CASES = [
    (_SERIES + "The patients had a mean overall survival (OS) of 62.3 months (median 70.1 months).",
     {("OS", "mean", 62.3), ("OS", "median", 70.1)}),
    (_SERIES + "Mean disease-free survival was 38.4 months (median, 29.5 months).",
     {("DFS", "mean", 38.4), ("DFS", "median", 29.5)}),
    # near misses: a follow-up's median, no survival's; a range, no median
    (_SERIES + "The mean follow-up was 40.2 months (median 36.0 months).", set()),
    (_SERIES + "The mean disease-free survival was 48.5 months (range, 3 to 120 months).", {("DFS", "mean", 48.5)}),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_median_in_the_bracket_after_a_survivals_mean(text, expected):
    assert row_tuples(text, "endpoint measure value", measure=("mean", "median")) == expected
