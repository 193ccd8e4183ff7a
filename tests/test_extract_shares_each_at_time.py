"""Shares of one outcome each followed by its own time, joined by "and", the group said once after the last: "OS was
64% at 2 years and 41% at 5 years in arm A" gives arm A both. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = "We randomly assigned 300 patients to radiotherapy (n = 151) or observation (n = 149). "

_CASES = [
    (_TRIAL + "Overall survival was 66% at 2 years and 43% at 5 years with radiotherapy.",
     {("radiotherapy", "OS", 66.0, 24.0), ("radiotherapy", "OS", 43.0, 60.0)}),
    (_TRIAL + "Local control was 91% at 1 year and 77% at 3 years in the radiotherapy group, whereas it was 83% at 1 "
     "year and 61% at 3 years in the observation group.",
     {("radiotherapy", "LC", 91.0, 12.0), ("radiotherapy", "LC", 77.0, 36.0), ("observation", "LC", 83.0, 12.0),
      ("observation", "LC", 61.0, 36.0)}),
    # near miss: the first share's time is its own, the second has none; the group after the second is not the first's
    (_TRIAL + "Disease-free survival was 72% at 3 years and 57% in the radiotherapy group.",
     {("radiotherapy", "DFS", 57.0, 36.0), ("all", "DFS", 72.0, 36.0)}),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_shares_each_at_its_time_take_the_group_after_the_last(text, expected):
    assert row_tuples(text, "cohort endpoint value timepoint_months", measure="rate") == expected
