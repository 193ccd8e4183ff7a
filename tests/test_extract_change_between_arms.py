"""A treatment effect said as a change "from a to b" between two named arms: the first value is the arm the other is
compared with (the "from" side), the second the arm that changed it. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or placebo (n = 119). Results: "


_rows = rows_after(_TRIAL, "cohort endpoint measure value timepoint_months comparator", measure=("rate", "median"))


@pytest.mark.parametrize("sentence, expected", [
    ("Compared with placebo, drug K prolonged median progression-free survival from 5.3 to 7.9 months.",
     {("placebo", "PFS", "median", 5.3, None, "drug_k"), ("drug_k", "PFS", "median", 7.9, None, "placebo")}),
    ("Drug K increased the median overall survival from 10.4 to 13.9 months compared with placebo (P = 0.02).",
     {("placebo", "OS", "median", 10.4, None, "drug_k"), ("drug_k", "OS", "median", 13.9, None, "placebo")}),
    ("The 2-year overall survival rate was improved from 38% to 47% in the drug K group compared with the placebo "
     "group.",
     {("placebo", "OS", "rate", 38.0, 24.0, "drug_k"), ("drug_k", "OS", "rate", 47.0, 24.0, "placebo")}),
    ("Drug K improved median progression-free survival from 4.2 months with placebo to 6.0 months.",
     {("placebo", "PFS", "median", 4.2, None, "drug_k"), ("drug_k", "PFS", "median", 6.0, None, "placebo")}),
    ("Drug K lengthened the median time to progression over placebo from 14 to 23 weeks.",
     {("placebo", "TTP", "median", 3.23, None, "drug_k"), ("drug_k", "TTP", "median", 5.31, None, "placebo")}),
    # near misses: a planned effect, no result; a change within one arm over time; one arm named, the other side
    # unsaid (its "from" value may be the same arm's earlier one): the "from" value is no arm's
    ("The trial was powered to detect an improvement of median survival from 10 to 14 months with drug K compared "
     "with placebo.", set()),
    ("In the drug K group, the share of patients free of pain rose from 35% at baseline to 61% at week 12, compared "
     "with placebo.", set()),
    ("Median overall survival increased from 9.1 to 11.6 months in the drug K group.",
     {("drug_k", "OS", "median", 11.6, None, None)}),
])
def test_a_change_from_one_arm_to_the_other_gives_each_arm_its_end(sentence, expected):
    assert _rows(sentence) == expected
