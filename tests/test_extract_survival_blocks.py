"""Survival outcomes said together and valued for one named group: "the 5-year local control and overall survival
were 85% and 60% in arm A" gives each outcome its value in that group. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from support import extract_text

TRIAL = "A total of 200 patients were randomized to arm A (n=100) or arm B (n=100). "
DRUGS = "We randomly assigned 150 patients to drug K (n=76) or drug L (n=74). "


def _rows(text: str) -> set[tuple]:
    return {(r["cohort"], r["endpoint"], r["measure"], r["value"], r.get("timepoint_months"))
            for r in extract_text(text)["results"]}


@pytest.mark.parametrize("sentence, expected", [
    (TRIAL + "The 5-year local control and overall survival were 85% and 60% in arm A.",
     {("arm_a", "LC", "rate", 85.0, 60), ("arm_a", "OS", "rate", 60.0, 60)}),
    (TRIAL + "Progression-free and overall survival at 3 years were 41.5% and 66.2% in arm B.",
     {("arm_b", "PFS", "rate", 41.5, 36), ("arm_b", "OS", "rate", 66.2, 36)}),
    (DRUGS + "Median PFS and OS were 7.3 and 19.8 months with drug L.",
     {("drug_l", "PFS", "median", 7.3, None), ("drug_l", "OS", "median", 19.8, None)}),
])
def test_one_groups_block_of_outcomes(sentence, expected):
    rows = _rows(sentence)
    assert expected <= rows
    assert not any(r[0] == "all" for r in rows)


@pytest.mark.parametrize("sentence", [
    # the group's name goes on into a subgroup of it: the values are no block of the arm's
    TRIAL + "The 5-year local control and overall survival were 85% and 60% in arm A patients older than 70 years.",
    # two groups named: which value is whose is not told by one block
    TRIAL + "The 5-year local control and overall survival were 85% and 60% in arm A, compared with arm B.",
])
def test_no_block_of_one_group_where_the_group_is_not_alone(sentence):
    assert ("arm_a", "LC", "rate", 85.0, 60) not in _rows(sentence)
