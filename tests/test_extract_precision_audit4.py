"""Precision fixes from reading random rows of the unlabeled corpus (stop 61). Every sentence here is written for the
test; each case gives the rows a text must (or must not) make."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_FIELDS = "cohort endpoint measure value comparator"


@pytest.mark.parametrize("text, expected", [
    # two treatments compared inside one of the paper's groups, the group said after the second: the arms of a part,
    # which no row names (neither value is the group's, nor the first treatment's in the whole study)
    ("We studied two cohorts: cohort A (n = 300) had surgery and cohort B (n = 200) did not. The median OS was 41.2 "
     "months for patients who received drug X versus 30.5 months for patients who received drug Y in cohort A "
     "(P = .01).", set()),
    ("Two cohorts were enrolled: the adjuvant cohort (n = 120) and the salvage cohort (n = 80). The 3-year survival "
     "was 71% among those treated with drug K compared with 58% among those treated with drug L within the salvage "
     "cohort (p = 0.04).", set()),
    # near misses that keep their rows: people of each arm ("the women in arm 1"), and treatments that are the arms
    ("Patients were randomly assigned to arm 1 (n = 90) or arm 2 (n = 88). Median PFS was 9.4 months for the women in "
     "arm 1 versus 6.1 months for the women in arm 2 (P = .03).",
     {("arm_1", "PFS", "median", 9.4, "arm_2"), ("arm_2", "PFS", "median", 6.1, "arm_1")}),
    ("Patients were randomly assigned to drug K (n = 60) or drug L (n = 62). The 3-year survival was 71% among those "
     "treated with drug K compared with 58% among those treated with drug L (p = 0.04).",
     {("drug_k", "OS", "rate", 71.0, "drug_l"), ("drug_l", "OS", "rate", 58.0, "drug_k")}),
    # a treatment given with another is no part of a group: "drug K in combination with docetaxel" is an arm
    ("Patients were randomly assigned to drug K in combination with docetaxel (n = 60) or placebo in combination with "
     "docetaxel (n = 62). Median OS was 10.1 months with drug K in combination with docetaxel versus 8.2 months with "
     "placebo in combination with docetaxel (p = 0.02).",
     {("drug_k_in_combination_with_doc", "OS", "median", 10.1, "placebo_in_combination_with_do"),
      ("placebo_in_combination_with_do", "OS", "median", 8.2, "drug_k_in_combination_with_doc")}),
    # one value of a part of a group, compared with nothing: that part's row
    ("We split 400 patients into a test group (160 patients) and a confirmation group (240 patients). Among patients "
     "with marker Q above 20% in the confirmation group, the response rate was 38.5%.",
     {("patients_with_marker_q_above_20_in_the_c", "ORR", "rate", 38.5, None)}),
], ids=["in-cohort-letter", "within-named-cohort", "people-in-arms", "arms-themselves", "in-combination",
        "one-part-uncompared"])
def test_treatments_compared_within_a_group(text: str, expected: set) -> None:
    assert row_tuples(text, _FIELDS) == expected


_ARMS = "We randomly assigned 200 patients to drug K (n = 100) or placebo (n = 100). "


@pytest.mark.parametrize("sentence, expected", [
    # one rate named once, then compared pairs each with its own time point: each pair at its time, the arms in order
    ("Overall survival was 88% versus 79% at 1 year and 64% versus 51% at 3 years (p = 0.02).",
     {("drug_k", "OS", 88.0, 12.0), ("placebo", "OS", 79.0, 12.0), ("drug_k", "OS", 64.0, 36.0),
      ("placebo", "OS", 51.0, 36.0)}),
    ("The local control rate was 94% vs. 86% at 2 years, and 90% vs. 71% at 5 years.",
     {("drug_k", "LC", 94.0, 24.0), ("placebo", "LC", 86.0, 24.0), ("drug_k", "LC", 90.0, 60.0),
      ("placebo", "LC", 71.0, 60.0)}),
    ("Survival was 90 vs 80% after 1 year and 70 vs 55% after 5 years (p = 0.02).",
     {("drug_k", "OS", 90.0, 12.0), ("placebo", "OS", 80.0, 12.0), ("drug_k", "OS", 70.0, 60.0),
      ("placebo", "OS", 55.0, 60.0)}),
    # near miss: the second pair says no time of its own, so neither pair is known to be at a time
    ("Overall survival was 88% versus 79% at 1 year and 64% versus 51% (p = 0.02).", set()),
], ids=["versus-at", "vs-comma-and", "after-years", "second-pair-untimed"])
def test_compared_pairs_each_at_its_own_time(sentence: str, expected: set) -> None:
    assert row_tuples(_ARMS + sentence, "cohort endpoint value timepoint_months") == expected
