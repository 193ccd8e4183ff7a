"""A second outcome's bare pair right after a pair given to two arms, the first arm named before its value ("median
survival on arm A was 11 months versus 13 months on arm B and a 2-year survival of 25% and 30%"): the same arms, in
the same order. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 240 patients to arm A or arm B. "


_rates = rows_after(_TRIAL, "cohort value", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    ("The median survival on arm A was 15 months versus 17 months on arm B and a 3-year survival of 21% and 26%.",
     {("arm_a", 21.0), ("arm_b", 26.0)}),
    ("There was no difference (P = .5), with a median progression-free survival on arm B of 6.2 months (95% CI, 5.1 "
     "to 7.3 months) versus 5.8 months (95% CI, 4.9 to 6.6 months) on arm A and a 1-year rate of progression-free "
     "survival of 19% (95% CI, 13% to 25%) and 17% (95% CI, 12% to 23%).", {("arm_b", 19.0), ("arm_a", 17.0)}),
])
def test_a_bare_pair_after_an_arm_pair_is_the_same_arms(sentence, expected):
    assert _rates(sentence) == expected


def test_a_pair_said_of_a_subgroup_after_an_arm_pair_is_no_arms():
    rates = _rates("The median survival on arm A was 15 months versus 17 months on arm B, and among patients older "
                   "than 70 years the 3-year survival was 21% and 26%.")
    assert not rates & {("arm_a", 21.0), ("arm_b", 26.0)}
