"""A value of an outcome named straight after "expected", "predicted", ... is a model's or a hypothesis's, no result:
no row. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = "We treated 96 patients with stereotactic radiotherapy. "

_CASES = [
    (_SERIES + "The expected median progression-free survival with this schedule is 5.2 months.", set()),
    (_SERIES + "Thirty-day mortality was 1%, while the predicted 30-day mortality after a lobectomy was 3.4%.",
     {("DEATH", 1.0)}),
    (_SERIES + "Predicted 3-year overall survival was 41%, and observed 3-year overall survival was 57%.",
     {("OS", 57.0)}),
    # near miss: the observed value, the prediction said after it
    (_SERIES + "Observed 3-year overall survival was 57%, higher than predicted.", {("OS", 57.0)}),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_no_row_for_a_projected_value(text, expected):
    assert row_tuples(text, "endpoint value", measure=("rate", "median", "mean")) == expected
