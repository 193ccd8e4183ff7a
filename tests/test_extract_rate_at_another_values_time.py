"""One group's shares each at its own time ("71% at 2 years and 46% at 5 years in the surgery group"), then the other
group's in the same order without times ("and 62% and 35% in the radiotherapy group"): each at the time of the first
group's share in its place, whether the first group is named before or after its list and the lists are joined by
"compared with", "whereas" or "and". Where the second list is not read so, no share takes the time said after another
value. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = "We randomly assigned 260 patients to surgery (n = 131) or radiotherapy (n = 129). "
_BOTH = {("surgery", 71.0, 24.0), ("surgery", 46.0, 60.0), ("radiotherapy", 62.0, 24.0), ("radiotherapy", 35.0, 60.0)}

_CASES = [
    (_TRIAL + "Overall survival was 71% at 2 years and 46% at 5 years in the surgery group and 62% and 35% in the "
     "radiotherapy group.", _BOTH),
    (_TRIAL + "Overall survival was 71% at 2 years and 46% at 5 years with surgery, whereas it was 62% and 35% with "
     "radiotherapy.", _BOTH),
    (_TRIAL + "Overall survival with surgery was 71% at 2 years and 46% at 5 years, and 62% and 35% with "
     "radiotherapy.", _BOTH),
    # the other shares not read in order (a third, timeless share between): none takes another value's time
    (_TRIAL + "Local control was 94% at 1 year and 83% at 3 years with radiotherapy, and 90%, 85% and 78% with "
     "surgery.", {("radiotherapy", 94.0, 12.0), ("radiotherapy", 83.0, 36.0)}),
    # near misses: every share with its own time; the first outcome's own time before its share
    (_TRIAL + "Overall survival was 71% at 2 years and 46% at 5 years in the surgery group, and 62% at 2 years and "
     "35% at 5 years in the radiotherapy group.",
     {("surgery", 71.0, 24.0), ("surgery", 46.0, 60.0), ("radiotherapy", 35.0, 60.0)}),
    (_TRIAL + "The 1-year overall survival in the surgery group was 85%.", {("surgery", 85.0, 12.0)}),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_the_other_groups_shares_take_the_times_in_order_or_none(text, expected):
    assert row_tuples(text, "cohort value timepoint_months", measure="rate") == expected
