"""In a two-arm trial, "fewer had nausea (2% vs 7%) in the A group" compares A's first value with the other arm's
second: the group named after a bracketed pair is never the nearest (second) value's. Read so, or not at all. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TWO_ARMS = ("Methods: We randomly assigned 300 patients to drug K (n = 150) or drug L (n = 150). Results: Median "
             "progression-free survival was 8.1 months with drug K and 6.4 months with drug L. ")


@pytest.mark.parametrize("sentence", [
    "Fewer patients had nausea (2% vs 7%) in the drug K group.",
    "Fewer patients had nausea (2% vs 7%) with drug K.",
    "Nausea was less frequent (2% vs 7%) in the drug K group.",
])
def test_the_group_after_a_pair_of_shares_is_not_the_second_values(sentence):
    rows = row_tuples(_TWO_ARMS + sentence, "value cohort", category="nausea")
    assert ("7.0", "drug_k") not in {(str(v), c) for v, c in rows}
    assert rows in (set(), {(2.0, "drug_k"), (7.0, "drug_l")})


@pytest.mark.parametrize("sentence", [
    "More nausea (14 [9%] v 5 [3%]) occurred with drug L.",
    "More nausea (14 [9%] vs 5 [3%]) was reported with drug L.",
])
def test_the_group_after_a_pair_of_counts_is_the_first_counts(sentence):
    rows = row_tuples(_TWO_ARMS + sentence, "measure value cohort", category="nausea")
    assert ("count", 5.0, "drug_l") not in rows and ("rate", 3.0, "drug_l") not in rows
    assert rows <= {("count", 14.0, "drug_l"), ("rate", 9.0, "drug_l"), ("count", 5.0, "drug_k"),
                    ("rate", 3.0, "drug_k")}
