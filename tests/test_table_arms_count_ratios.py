"""A ratio beside the two arms' counts of each cause of death or site of relapse compares the arms: read as the first
arm's against the second's when every row's counts lean the way its ratio does. Tables written in our own words."""

from __future__ import annotations

import pytest
from support import read_pipe_table


def _ratios(text: str) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"], r.fields["ci_low"],
             r.group.label, r.comparator.label if r.comparator else None)
            for r in read_pipe_table(text).results if r.fields["measure"] in ("hr", "rr", "or")}


# A table of the arms' counts with a ratio column: (endpoint, category, measure, value, CI low, arm, comparator) of
# each ratio it gives
@pytest.mark.parametrize("table, expected", [
    # rate ratios of causes of death beside the arms' counts compare the arms
    ("Table 3 Causes of death by arm\n"
     "Cause of death | Drug K (n = 400) | Placebo (n = 398) | RR (95% CI)\n"
     "Cardiac | 12 (3.0%) | 20 (5.0%) | 0.60 (0.30-1.21)\n"
     "Cancer | 30 (7.5%) | 28 (7.0%) | 1.07 (0.65-1.75)\n",
     {("DEATH", "cardiac", "rr", 0.6, 0.3, "Drug K", "Placebo"),
      ("DEATH", "cancer", "rr", 1.07, 0.65, "Drug K", "Placebo")}),
    # hazard ratios of sites of relapse beside the arms' counts compare the arms
    ("Table 4 Site of first relapse according to treatment group\n"
     "Site | Drug K (n = 80) | Observation (n = 79) | HR | 95% CI\n"
     "Local | 4 (5.0%) | 9 (11.4%) | 0.61 | 0.22-1.70\n"
     "Liver | 6 (7.5%) | 10 (12.7%) | 0.55 | 0.20-1.45\n",
     {("FAIL_LOCAL", None, "hr", 0.61, 0.22, "Drug K", "Observation"),
      ("FAIL_ANY", "liver", "hr", 0.55, 0.2, "Drug K", "Observation")}),
    # the second row's ratio leans against its counts: which arm is the reference is not clear, so none is read
    ("Table 3 Causes of death by arm\n"
     "Cause of death | Drug K (n = 400) | Placebo (n = 398) | RR (95% CI)\n"
     "Cardiac | 12 (3.0%) | 20 (5.0%) | 0.60 (0.30-1.21)\n"
     "Cancer | 30 (7.5%) | 28 (7.0%) | 0.93 (0.57-1.53)\n", set()),
])
def test_ratios_beside_the_arms_counts_compare_the_arms_when_the_counts_lean_their_way(table, expected):
    assert _ratios(table) == expected
