"""A size stated as every compared group's: "randomly assigned to A or B (n = 140 per arm)" gives each arm its n,
with no total said (extract/groups.py, _sizes_per_group)."""

import pytest
from result_rows import row_tuples


@pytest.mark.parametrize("text, n", [
    ("Patients were randomly assigned to drug K or placebo (n = 140 per arm). The response rate was 41% with drug K "
     "and 28% with placebo.", 140),
    ("Patients were randomly assigned to arm A or arm B, n = 88 patients per arm. Median survival was 17 months in "
     "arm A and 13 months in arm B.", 88),
    ("Women were allocated to surgery alone or surgery plus radiotherapy (n = 62 in each group). Local relapse "
     "occurred in 14% after surgery alone and in 5% after surgery plus radiotherapy.", 62),
])
def test_a_size_per_group_is_each_arms(text, n):
    rows = row_tuples(text, "cohort cohort_n")
    assert len({cohort for cohort, _ in rows}) == 2
    assert {size for _, size in rows} == {n}


@pytest.mark.parametrize("text", [
    # the size of those analysed per arm is no allocation's
    "Patients were randomly assigned to drug K or placebo; n = 130 per arm were evaluable. The response rate was "
    "41% with drug K and 28% with placebo.",
    # two sizes for the arms: no one size is every group's
    "Patients were randomly assigned to drug K or placebo (n = 140 per arm in stage 1, n = 60 per arm in stage 2). "
    "The response rate was 41% with drug K and 28% with placebo.",
])
def test_a_size_per_arm_of_those_analysed_or_of_several_stages_is_not_taken(text):
    rows = row_tuples(text, "cohort_n")
    assert rows and {n for (n,) in rows} == {None}
