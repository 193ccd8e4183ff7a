"""A pair of values after a comparison, with one arm named at the clause's end ("a higher rate of X (a vs b) was seen
in the B group"): the arm named is the one the comparison says had more (or less), so its value is the larger (or
smaller) of the pair, whichever order the paper writes them in (not always the first). Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Methods. In this gastric cancer trial we randomly assigned 240 patients to drug K (n=121) or drug M "
          "(n=119). Results. ")


_rows = rows_after(_TRIAL, "cohort category value", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    # the named arm had more, its value written second
    ("A higher rate of hand-foot syndrome (4% vs 15%) was seen in the drug M group.",
     {("drug_k", "hand-foot syndrome", 4.0), ("drug_m", "hand-foot syndrome", 15.0)}),
    ("A higher rate of hand-foot syndrome (4% vs 15%) was seen in the drug K group.",
     {("drug_m", "hand-foot syndrome", 4.0), ("drug_k", "hand-foot syndrome", 15.0)}),
    # the named arm had more, its value written first
    ("A higher rate of hand-foot syndrome (15% vs 4%) was seen in the drug M group.",
     {("drug_m", "hand-foot syndrome", 15.0), ("drug_k", "hand-foot syndrome", 4.0)}),
])
def test_the_arm_named_at_the_clause_end_has_the_value_the_comparison_says(sentence, expected):
    assert _rows(sentence) == expected
