"""A ratio of the deaths over a span after treatment ("30-day mortality", "in-hospital deaths") is a ratio of those
deaths, never of overall survival; deaths of no cause and no span still read as overall survival. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_COHORT = "Results: We reviewed 520 patients who had a gastrectomy. "


@pytest.mark.parametrize("sentence", [
    "Frailty predicted 30-day mortality (HR 1.84, 95% CI 1.22-2.77).",
    "Low albumin was associated with higher 90-day mortality (HR 2.06, 95% CI 1.31-3.24).",
    "Thirty-day mortality was higher after open surgery (HR 1.84, 95% CI 1.22-2.77).",
    "Diabetes was associated with in-hospital mortality (HR 1.84, 95% CI 1.22-2.77).",
])
def test_a_ratio_of_deaths_within_a_span_is_no_overall_survival(sentence):
    rows = row_tuples(_COHORT + sentence, "endpoint", measure="hr")
    assert ("OS",) not in rows
    assert rows <= {("DEATH",)}


def test_a_ratio_of_mortality_with_no_span_stays_overall_survival():
    rows = row_tuples(_COHORT + "Diabetes was associated with higher mortality (HR 1.84, 95% CI 1.22-2.77).",
                      "endpoint", measure="hr")
    assert rows == {("OS",)}
