""""The number(s) / proportion(s) of patients with <event>" names the event as what is counted ("the numbers of
patients with rash were 21 and 9 in the A and B groups, respectively"): a toxicity term after it is the outcome.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 160 patients to panitumumab (n = 80) or observation (n = 80). "


_rows = rows_after(_TRIAL, "cohort category measure value", endpoint="TOX")


@pytest.mark.parametrize("sentence, expected", [
    ("The numbers of patients with rash were 37 and 4 in the panitumumab and observation groups, respectively.",
     {("panitumumab", "rash", "count", 37.0), ("observation", "rash", "count", 4.0)}),
    ("The proportions of patients with fatigue were 26% and 15% in the panitumumab and observation groups, "
     "respectively.", {("panitumumab", "fatigue", "rate", 26.0), ("observation", "fatigue", "rate", 15.0)}),
    ("The number of patients with diarrhoea was 11 in the panitumumab group and 5 in the observation group.",
     {("panitumumab", "diarrhoea", "count", 11.0), ("observation", "diarrhoea", "count", 5.0)}),
    # patients with a trait at entry are no event
    ("The numbers of patients with stage IV disease were 50 and 48 in the panitumumab and observation "
     "groups, respectively.",
     set()),
])
def test_the_event_after_number_of_patients_with_is_counted(sentence, expected):
    assert _rows(sentence) == expected

