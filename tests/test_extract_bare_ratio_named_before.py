"""A ratio given bare, "(0.76, 0.68-0.86; p<0.0001)", in a paper that named its one kind of ratio once before, as
journals write the later ratios of an abstract: the ratio of the sentence's outcome and groups. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = "We randomly assigned 410 patients to drug A (n = 206) or placebo (n = 204). "
_THREE = "We randomly assigned 630 patients to drug A (n = 210), drug B (n = 211) or observation (n = 209). "

_READ = [
    # the next sentence, its groups beside its medians
    (_TRIAL + "Median overall survival was 13.1 months with drug A and 10.2 months with placebo (hazard ratio [HR] "
     "0.79, 95% CI 0.64-0.97; p=0.02). Median time to progression was 6.2 months for drug A compared with 4.0 months "
     "for placebo (0.71, 0.58-0.87; p=0.0009).",
     {("drug_a", "placebo", "OS", "hr", 0.79, 0.64, 0.97), ("drug_a", "placebo", "TTP", "hr", 0.71, 0.58, 0.87)}),
    # an odds ratio named, then one given bare two sentences on
    (_TRIAL + "Pathological complete response was more frequent with drug A than with placebo (odds ratio 2.10, 95% CI "
     "1.31-3.37). Toxicity was mild. Local control at 3 years was 88% with drug A and 79% with placebo "
     "(1.95, 1.12-3.40; p=0.02).",
     {("drug_a", "placebo", "pCR", "or", 2.1, 1.31, 3.37), ("drug_a", "placebo", "LC", "or", 1.95, 1.12, 3.4)}),
    # bare before the sentence's own named one, in a trial of three arms
    (_THREE + "Disease-free survival did not differ for drug B versus observation (0.93, 0.77-1.12; p=0.44) but was "
     "longer for drug A versus observation (HR 0.78, 95% CI 0.64-0.95; p=0.01).",
     {("drug_b", "observation", "DFS", "hr", 0.93, 0.77, 1.12),
      ("drug_a", "observation", "DFS", "hr", 0.78, 0.64, 0.95)}),
]

_NOT_READ = [
    # the paper names two kinds of ratio: which one a bare bracket is, is not known
    (_TRIAL + "Overall survival was longer with drug A (hazard ratio 0.80, 95% CI 0.66-0.97). Objective response was "
     "more frequent with drug A (odds ratio 1.70, 95% CI 1.10-2.63). Median progression-free survival was 5.9 "
     "months with drug A and 4.4 months with placebo (0.74, 0.61-0.90; p=0.003).", {0.8, 1.7}),
    # an area under a curve given bare, in a paper of hazard ratios
    (_TRIAL + "Overall survival was longer with drug A (hazard ratio 0.80, 95% CI 0.66-0.97). The area under the "
     "curve of the nomogram for survival at 2 years was 0.77 in the test set (0.74, 0.70-0.79).", {0.8}),
    # no ratio named anywhere: the bracket is not known as one
    (_TRIAL + "Median overall survival was 12.4 months with drug A and 9.9 months with placebo (0.82, 0.69-0.97; "
     "p=0.02).", set()),
]


@pytest.mark.parametrize("text, expected", _READ)
def test_a_bare_ratio_after_the_kind_was_named_is_that_kind(text, expected):
    assert row_tuples(text, "cohort comparator endpoint measure value ci_low ci_high", measure=("hr", "or")) == expected


@pytest.mark.parametrize("text, values", _NOT_READ)
def test_no_bare_ratio_where_its_kind_is_not_known(text, values):
    assert {v for (v,) in row_tuples(text, "value", measure=("hr", "or", "rr"))} == values
