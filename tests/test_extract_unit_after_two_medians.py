"""Two medians of two outcomes joined by "and", the time unit and the group said once after the second ("median TTP
was 18.4 and median OS was 38.6 weeks in arm A"): both are that group's, in that unit. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or placebo (n = 119). Results: "


_medians = rows_after(_TRIAL, "cohort endpoint value", measure="median")


@pytest.mark.parametrize("sentence, expected", [
    ("Median time to progression was 21.7 and median overall survival was 47.0 weeks in the drug K arm.",
     {("drug_k", "TTP", 5.01), ("drug_k", "OS", 10.85)}),
    ("Median PFS was 7.1 and median OS was 15.3 months for the placebo group.",
     {("placebo", "PFS", 7.1), ("placebo", "OS", 15.3)}),
    # near miss: the first median is of no outcome; it gets no unit and no row
    ("The median age was 64 and median overall survival was 12.5 months.", {("all", "OS", 12.5)}),
])
def test_a_median_before_the_next_outcomes_median_takes_its_unit_and_group(sentence, expected):
    assert _medians(sentence) == expected
