"""A bracket of two values that names no group, followed by a clause naming one arm after a comparison ("Mucositis
(21% vs 9%) was more frequent in the B group"): the larger (or smaller) value is that arm's and the other the other
arm's, whichever order the paper writes them in (the paper's order, which the pair was given before, may be the
other). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Methods. In this head and neck cancer trial we randomly assigned 260 patients to drug K (n=131) or "
          "drug M (n=129). Results. ")


_rows = rows_after(_TRIAL, "cohort category value comparator", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    # the second arm had more: its value is the larger, written first
    ("Mucositis (21.4% vs. 9.2%) and dysphagia (16.0% vs. 7.6%) were more frequent in the drug M group.",
     {("drug_m", "mucositis", 21.4, "drug_k"), ("drug_k", "mucositis", 9.2, "drug_m"),
      ("drug_m", "dysphagia", 16.0, "drug_k"), ("drug_k", "dysphagia", 7.6, "drug_m")}),
    # the first arm had less: its value is the smaller, written second
    ("Mucositis (21.4% vs. 9.2%) was less frequent in the drug K group.",
     {("drug_m", "mucositis", 21.4, "drug_k"), ("drug_k", "mucositis", 9.2, "drug_m")}),
    # the larger written second: still the named arm's
    ("Mucositis (9.2% vs. 21.4%) was more frequent in the drug M group.",
     {("drug_k", "mucositis", 9.2, "drug_m"), ("drug_m", "mucositis", 21.4, "drug_k")}),
])
def test_the_named_arms_value_is_the_one_the_comparison_says(sentence, expected):
    assert _rows(sentence) == expected

