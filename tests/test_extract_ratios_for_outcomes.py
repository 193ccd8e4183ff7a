"""Ratios of two outcomes given in one bracket or one list, each with the outcome it is for: "(HR 0.71 for PFS; HR
0.78 for OS)", "(HR 0.66 for DFS and 0.74 for OS)", "with HRs of 0.71 and 0.78 for PFS and OS, respectively". Each
ratio is its own outcome's, never the last outcome named before the bracket. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Drug K after chemoradiotherapy. In this phase III trial, 500 patients were randomly assigned to drug K "
          "(n = 250) or placebo (n = 250). Results: ")


# (cohort, comparator, endpoint, value) of the hazard ratios the sentence gives after the trial's opening.
_ratios = rows_after(_TRIAL, "cohort comparator endpoint value", measure="hr")


@pytest.mark.parametrize("sentence", [
    "Drug K prolonged progression-free and overall survival compared with placebo (HR 0.64 for PFS; HR 0.83 for OS).",
    "Drug K prolonged overall and disease-free survival compared with placebo (hazard ratio 0.64 for DFS and 0.83 for "
    "OS).",
])
def test_each_ratio_is_the_outcome_after_it(sentence):
    rows = _ratios(sentence)
    first = "PFS" if "PFS" in sentence else "DFS"
    assert rows == {("drug_k", "placebo", first, 0.64), ("drug_k", "placebo", "OS", 0.83)}


@pytest.mark.parametrize("sentence, expected", [
    ("Drug K was better than placebo for both outcomes, with HRs of 0.64 and 0.83 for PFS and OS, respectively.",
     {("PFS", 0.64), ("OS", 0.83)}),
    ("Compared with placebo, the hazard ratios were 0.59 (95% CI 0.45-0.77) and 0.81 (95% CI 0.66-0.99) for "
     "disease-free survival and overall survival, respectively.",
     {("DFS", 0.59), ("OS", 0.81)}),
])
def test_ratios_then_their_outcomes_respectively(sentence, expected):
    assert {(endpoint, value) for _, _, endpoint, value in _ratios(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    # the outcomes do not match the ratios in number: no row from the list
    "Drug K was better than placebo, with HRs of 0.64, 0.83 and 0.90 for PFS and OS, respectively.",
    # a ratio per unit for a part of the patients, not an outcome: nothing read as an outcome's
    "Drug K was better than placebo (HR 0.64 for women and 0.83 for men).",
])
def test_no_ratio_rows_when_the_pieces_do_not_match(sentence):
    assert not {row for row in _ratios(sentence) if row[2] in ("PFS", "OS") and row[3] in (0.64, 0.83, 0.90)}
