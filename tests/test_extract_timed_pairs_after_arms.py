"""Pairs of shares each at its own time, "a% and b% at 1 year and c% and d% at 2 years, respectively", after a clause
that gave each of two groups a value of its own: each pair is the two groups', in that order, at its time. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = "We randomly assigned 240 patients to gefitinib (n = 121) or placebo (n = 119). "

_CASES = [
    (_TRIAL + "Survival was longer with gefitinib, the median being 6 months with placebo compared with 8 months with "
     "gefitinib, and the survival rates 28% and 35% at 1 year and 8% and 14% at 2 years, respectively.",
     {("placebo", 28.0, 12.0), ("gefitinib", 35.0, 12.0), ("placebo", 8.0, 24.0), ("gefitinib", 14.0, 24.0)}),
    (_TRIAL + "Median progression-free survival was 4 months with gefitinib and 3 months with placebo, with "
     "progression-free survival rates of 22% and 12% at 6 months and 10% and 4% at 1 year, respectively.",
     {("gefitinib", 22.0, 6.0), ("placebo", 12.0, 6.0), ("gefitinib", 10.0, 12.0), ("placebo", 4.0, 12.0)}),
    # near miss: the second list has three shares, not one per group; it is not the groups'
    (_TRIAL + "Median progression-free survival was 4 months with gefitinib and 3 months with placebo, with "
     "progression-free survival rates of 22% and 12% at 6 months and 10%, 7% and 4% at 1 year, respectively.",
     {("gefitinib", 22.0, 6.0), ("placebo", 12.0, 6.0)}),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_pairs_each_at_its_time_are_the_two_groups(text, expected):
    assert row_tuples(text, "cohort value timepoint_months", measure="rate") == expected
