"""An arm's rate with its count as "[n = K]" in square brackets, as "(n = K)" in round ones: the count is a row of its
own when K is that share of the arm's size ("(17% [n = 26] vs 3% [n = 4])"), and no count when it is not (the
patients the rate is of). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Drug R in resected melanoma. We randomly assigned 300 patients to drug R (n = 150) or observation "
          "(n = 150). Results: ")


_counts = rows_after(_TRIAL, "cohort value", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    # a pair in one bracket, each share with its count in square brackets
    ("Grade 3 fatigue was more frequent with drug R than with observation (14% [n = 21] vs 2% [n = 3]).",
     {("drug_r", 21.0), ("observation", 3.0)}),
    # each share said of its arm after the count
    ("Grade 2 pruritus occurred in 20% [n = 30] of the drug R group and 6% [n = 9] of the observation group.",
     {("drug_r", 30.0), ("observation", 9.0)}),
])
def test_a_square_bracketed_n_that_is_the_arms_share_is_its_count(sentence, expected):
    assert _counts(sentence) == expected


def test_a_square_bracketed_n_that_is_not_the_share_gives_no_count():
    # 60 is not 14% of 150: the patients the rate is of, not its count
    assert not _counts("Grade 3 fatigue was more frequent with drug R than with observation (14% [n = 60] vs "
                       "2% [n = 3]).") & {("drug_r", 60.0)}
