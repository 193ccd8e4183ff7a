"""A bare zero (or "none") against a share in a pair ("proteinuria (4% versus 0)", "(9% vs none)") is the other group's
share, 0%, so the pair reads as the pairs around it do. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or drug M (n = 119). Results: "


_rates = rows_after(_TRIAL, "cohort category value", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    ("Grade 3 or 4 events more common with drug K than with drug M were fatigue (7% vs 0) and cough (4% vs 2%).",
     {("drug_k", "fatigue", 7.0), ("drug_m", "fatigue", 0.0), ("drug_k", "cough", 4.0), ("drug_m", "cough", 2.0)}),
    ("Severe events more frequent in patients given drug M were anaemia (11% versus 3%), proteinuria (6% versus 0), "
     "and headache (5% versus 1%).",
     {("drug_m", "anaemia", 11.0), ("drug_k", "anaemia", 3.0), ("drug_m", "proteinuria", 6.0),
      ("drug_k", "proteinuria", 0.0), ("drug_m", "headache", 5.0), ("drug_k", "headache", 1.0)}),
])
def test_a_zero_against_a_share_is_the_other_groups_share(sentence, expected):
    assert _rates(sentence) == expected


def test_a_zero_of_no_pair_is_no_share():
    rates = _rates("The response rate with drug K was 14% (vs 0 in an earlier series of our own).")
    assert not any(value == 0.0 for _, _, value in rates)
