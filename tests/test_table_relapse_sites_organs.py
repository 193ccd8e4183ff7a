"""A table of where the disease came back names its sites by organ ("Liver", "Peritoneum"): each such row counts the
recurrences at that site. Tables written in our own words."""

from __future__ import annotations

import pytest
from support import read_pipe_table, table_rows


def _rows(text: str) -> set:
    return table_rows(read_pipe_table(text))


@pytest.mark.parametrize("caption", ["Sites of first recurrence by arm", "Pattern of relapse according to treatment"])
def test_an_organ_s_row_in_a_table_of_sites_of_relapse_counts_the_relapses_there(caption):
    out = _rows(f"Table 4 {caption}\nSite | Drug K (n = 80) | Observation (n = 79)\n"
                "Local | 4 (5.0%) | 9 (11.4%)\nLiver | 6 (7.5%) | 10 (12.7%)\nPeritoneum | 2 (2.5%) | 5 (6.3%)\n")
    assert ("FAIL_LOCAL", None, "count", 9.0, "Observation") in out
    assert ("FAIL_ANY", "liver", "count", 6.0, "Drug K") in out
    assert ("FAIL_ANY", "peritoneum", "rate", 6.3, "Observation") in out
    assert len(out) == 12


def test_a_statistic_s_row_in_a_table_of_sites_of_relapse_is_no_site():
    out = _rows("Table 4 Sites of first recurrence by arm\nSite | Drug K (n = 80) | Observation (n = 79)\n"
                "Liver | 6 (7.5%) | 10 (12.7%)\nMedian time to relapse, months | 14.2 | 9.8\n"
                "Not evaluable | 3 | 2\n")
    # (the median's row stays what it was: no site, no category)
    assert {r[1] for r in out} == {"liver", None}
    assert {r[2] for r in out if r[1] is None} == {"median"}


def test_organ_rows_of_a_baseline_table_give_no_rows():
    out = _rows("Table 1 Baseline characteristics: site of the primary tumour\n"
                "Site | Drug K (n = 80) | Observation (n = 79)\nLiver | 6 (7.5%) | 10 (12.7%)\n")
    assert out == set()


def test_an_organ_s_row_beside_a_ratio_of_the_arms_keeps_its_counts():
    out = _rows("Table 4 Site of first relapse according to treatment group\n"
                "Site | Drug K (n = 80) | Observation (n = 79) | HR | 95% CI\n"
                "Liver | 6 (7.5%) | 10 (12.7%) | 0.55 | 0.20-1.45\nBone | 3 (3.8%) | 7 (8.9%) | 0.41 | 0.11-1.58\n")
    assert ("FAIL_ANY", "bone", "count", 7.0, "Observation") in out
    assert {r[4] for r in out if r[2] == "hr"} <= {"Drug K"}  # the arms' ratio, no site's
