"""Ratios of two outcomes given in one bracket or one list, each with the outcome it is for: "(HR 0.71 for PFS; HR
0.78 for OS)", "(HR 0.66 for DFS and 0.74 for OS)", "with HRs of 0.71 and 0.78 for PFS and OS, respectively". Each
ratio is its own outcome's, never the last outcome named before the bracket. Every sentence here is written for the
test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_TRIAL = ("Drug K after chemoradiotherapy. In this phase III trial, 500 patients were randomly assigned to drug K "
          "(n = 250) or placebo (n = 250). Results: ")


# (cohort, comparator, endpoint, value) of the hazard ratios the sentence gives after the trial's opening.
_ratios = rows_after(_TRIAL, "cohort comparator endpoint value", measure="hr")


@yaml_cases
def test_each_ratio_is_the_outcome_after_it(sentence):
    rows = _ratios(sentence)
    first = "PFS" if "PFS" in sentence else "DFS"
    assert rows == {("drug_k", "placebo", first, 0.64), ("drug_k", "placebo", "OS", 0.83)}


@yaml_cases
def test_ratios_then_their_outcomes_respectively(sentence, expected):
    assert {(endpoint, value) for _, _, endpoint, value in _ratios(sentence)} == expected


@yaml_cases
def test_no_ratio_rows_when_the_pieces_do_not_match(sentence):
    assert not {row for row in _ratios(sentence) if row[2] in ("PFS", "OS") and row[3] in (0.64, 0.83, 0.90)}
