"""A table of where the disease came back, by arm, with a ratio beside each site's counts: the ratio compares the
arms at that site, no factor of the patients. Tables written in our own words."""

from __future__ import annotations

import pytest
from support import read_pipe_table as _pipe
from support import table_rows as _rows


@pytest.mark.parametrize("caption, ratio", [("Sites of recurrence by arm", "HR"),
                                            ("Site of first relapse according to treatment group", "Hazard ratio")])
def test_ratios_beside_the_arms_counts_of_each_site_of_relapse_are_no_factors(caption, ratio):
    reading = _pipe(f"Table 4 {caption}\n"
                    f"Site | Drug K (n = 80) | Observation (n = 79) | {ratio} | 95% CI\n"
                    "Any site | 14 (17.5%) | 25 (31.6%) |  | \n"
                    "Local | 4 (5.0%) | 9 (11.4%) | 0.61 | 0.22-1.70\n"
                    "Liver | 6 (7.5%) | 10 (12.7%) | 0.55 | 0.20-1.45\n")
    # the sites are no factors of the patients: no ratio of "Local" against anything (each ratio compares the arms)
    assert {r.group.label for r in reading.results if r.fields["measure"] == "hr"} <= {"Drug K"}
    assert ("FAIL_LOCAL", None, "count", 9.0, "Observation") in _rows(reading)


def test_ratios_of_subgroups_beside_the_arms_counts_are_still_the_subgroups():
    reading = _pipe("Table 4 Relapse by arm within each centre\n"
                    "Centre | Drug K (n = 80) | Observation (n = 79) | HR | 95% CI\n"
                    "North | 6 (15.0%) | 12 (30.0%) | 0.48 | 0.18-1.28\n"
                    "South | 8 (20.0%) | 13 (33.3%) | 0.57 | 0.24-1.37\n")
    assert {r.group.label for r in reading.results if r.fields["measure"] == "hr"} == {"North", "South"}
