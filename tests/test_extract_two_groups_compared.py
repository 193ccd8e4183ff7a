"""One outcome compared between two named groups, each value said beside its group's name, in constructions the
group rules used to leave unread or read with another clause's outcome. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = ("A randomised trial of drug K in lung cancer. We randomly assigned 240 patients to drug K (n = 121) or "
          "placebo (n = 119). Results: ")


def _rows(sentence: str, **where) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "endpoint measure value cohort comparator grade category", **where)


# Counts that open a new clause, each before its group, are of the outcome their clause says they had or died of, not
# of the one the clause before named
@pytest.mark.parametrize("sentence, expected", [
    ("Three (2%) patients in the drug K group versus nine (8%) patients in the placebo group had grade 3 anaemia, and "
     "one (1%) patient in the drug K group versus five (4%) patients in the placebo group had grade 3 rash.",
     {("TOX", "count", 1.0, "drug_k", "placebo", "3", "rash"), ("TOX", "rate", 1.0, "drug_k", "placebo", "3", "rash"),
      ("TOX", "count", 5.0, "placebo", "drug_k", "3", "rash"), ("TOX", "rate", 4.0, "placebo", "drug_k", "3", "rash")}),
    ("Few patients had grade 4 anaemia, and two (2%) patients in the drug K group versus six (5%) patients in the "
     "placebo group had grade 3 rash.",
     {("TOX", "count", 2.0, "drug_k", "placebo", "3", "rash"), ("TOX", "rate", 2.0, "drug_k", "placebo", "3", "rash"),
      ("TOX", "count", 6.0, "placebo", "drug_k", "3", "rash"), ("TOX", "rate", 5.0, "placebo", "drug_k", "3", "rash")}),
    # one death each, of the treatment: grade 5 toxicity, not any death
    ("Grade 3 events were rare; two (2%) patients in the drug K group versus four (3%) patients in the placebo group "
     "died from a treatment-related adverse event.",
     {("TOX", "count", 2.0, "drug_k", "placebo", "5", None), ("TOX", "rate", 2.0, "drug_k", "placebo", "5", None),
      ("TOX", "count", 4.0, "placebo", "drug_k", "5", None), ("TOX", "rate", 3.0, "placebo", "drug_k", "5", None)}),
])
def test_counts_opening_a_clause_take_the_outcome_said_after_them(sentence, expected):
    assert _rows(sentence, measure=("count", "rate")) >= expected
    assert not _rows(sentence, measure=("count", "rate"), grade="4")


@pytest.mark.parametrize("sentence, expected", [
    ("Five patients died of treatment-related causes.", {("TOX", "count", 5.0, "all", None, "5", None)}),
    ("Two patients died from a treatment-related adverse event.", {("TOX", "count", 2.0, "all", None, "5", None)}),
])
def test_deaths_of_the_treatment_said_one_by_one_are_grade_5_toxicity(sentence, expected):
    assert _rows(sentence) == expected


def test_deaths_of_a_cause_named_after_them_are_no_rows_of_the_clause():
    sentence = ("Nine (7%) patients in the drug K group versus 30 (25%) patients in the placebo group had grade 3 "
                "events, and one (1%) patient in the drug K group versus three (3%) patients in the placebo group died "
                "of pulmonary embolism.")
    assert not _rows(sentence, endpoint="DEATH")


# A value whose bracket straight after it breaks it down ("(including 9% complete responses)"): the value is its
# group's, named after the bracket or before the value, and so is each part, of the outcome said after it
@pytest.mark.parametrize("sentence, expected", [
    ("The response rate was 52% (including 11% complete responses) in the drug K arm and 27% (including 4% complete "
     "responses) in the placebo arm.",
     {("ORR", "rate", 52.0, "drug_k", "placebo", None, None), ("ORR", "rate", 27.0, "placebo", "drug_k", None, None),
      ("CR", "rate", 11.0, "drug_k", None, None, None), ("CR", "rate", 4.0, "placebo", None, None, None)}),
    ("The response rate was higher in the drug K arm, 52% (with 11% complete responses (CRs)) compared with 27% "
     "(with 4% CRs) in the placebo arm (P = 0.02).",
     {("ORR", "rate", 52.0, "drug_k", "placebo", None, None), ("ORR", "rate", 27.0, "placebo", "drug_k", None, None),
      ("CR", "rate", 11.0, "drug_k", None, None, None), ("CR", "rate", 4.0, "placebo", None, None, None)}),
])
def test_a_value_and_its_breakdown_are_the_groups(sentence, expected):
    assert _rows(sentence) == expected


# The people said to have had a group's treatment ("drug K-treated patients", "patients given drug K") are that group,
# not a new nameless one; the side they were compared with is the other arm
@pytest.mark.parametrize("sentence, expected", [
    ("Compared to placebo, a significantly larger number of drug K-treated patients had an objective response (44 vs. "
     "23%, P = 0.02).",
     {("ORR", "rate", 44.0, "drug_k", "placebo", None, None), ("ORR", "rate", 23.0, "placebo", "drug_k", None, None)}),
    ("Drug K-treated patients had more grade 3 rash than placebo-treated patients (14% versus 3%; P = 0.004).",
     {("TOX", "rate", 14.0, "drug_k", "placebo", "3", "rash"), ("TOX", "rate", 3.0, "placebo", "drug_k", "3", "rash")}),
])
def test_people_treated_with_a_groups_treatment_are_that_group(sentence, expected):
    assert _rows(sentence) == expected


# A count of one arm's total against "none of" the other arm's total: the count and share are the first arm's, and
# none (a count of 0) the other's, whichever order the arms were defined in
@pytest.mark.parametrize("sentence, expected", [
    ("The most frequent grade 3 events were rash (14 [12%] of 121 patients in the drug K group vs none of 119 in the "
     "placebo group) and diarrhoea (six [5%] of 121 patients vs none of 119).",
     {("TOX", "count", 6.0, "drug_k", "placebo", "3", "diarrhoea"), ("TOX", "rate", 5.0, "drug_k", "placebo", "3",
                                                                       "diarrhoea"),
      ("TOX", "count", 0.0, "placebo", "drug_k", "3", "diarrhoea")}),
    ("Grade 3 fatigue occurred in four (3%) of 119 patients versus none of 121.",
     {("TOX", "count", 4.0, "placebo", "drug_k", "3", "fatigue"), ("TOX", "rate", 3.0, "placebo", "drug_k", "3",
                                                                     "fatigue"),
      ("TOX", "count", 0.0, "drug_k", "placebo", "3", "fatigue")}),
])
def test_a_count_against_none_of_the_other_arm(sentence, expected):
    assert _rows(sentence, category=("diarrhoea", "fatigue")) == expected


def test_none_of_a_total_no_arm_has_is_no_arms_count():
    sentence = "Grade 3 fatigue occurred in four (3%) of 119 patients versus none of 60."
    assert not _rows(sentence, value=0.0)


# "lived longer than": the comparison of survival said by its verb, as "survived longer" is
@pytest.mark.parametrize("sentence, expected", [
    ("Patients given drug K lived longer than those given placebo (12.4 v 9.1 months; log-rank P = .02).",
     {("OS", "median", 12.4, "drug_k", "placebo", None, None), ("OS", "median", 9.1, "placebo", "drug_k", None, None)}),
    ("Patients in the drug K arm lived significantly longer than patients in the placebo arm (median 12.4 vs. 9.1 "
     "months, P = .02).",
     {("OS", "median", 12.4, "drug_k", "placebo", None, None), ("OS", "median", 9.1, "placebo", "drug_k", None, None)}),
])
def test_lived_longer_compares_survival(sentence, expected):
    assert _rows(sentence) == expected


# Two values each followed straight by a group's name, joined by "vs" alone: each is the group's named after it
@pytest.mark.parametrize("sentence, expected", [
    ("The 3-year OS was 44.5% drug K vs. 38.1% placebo (p=0.2).",
     {("OS", "rate", 44.5, "drug_k", "placebo", None, None), ("OS", "rate", 38.1, "placebo", "drug_k", None, None)}),
    ("Median PFS was 6.4 months drug K versus 4.2 months placebo (P = .03).",
     {("PFS", "median", 6.4, "drug_k", "placebo", None, None),
      ("PFS", "median", 4.2, "placebo", "drug_k", None, None)}),
])
def test_each_value_named_straight_after(sentence, expected):
    assert _rows(sentence) == expected


def test_a_value_named_straight_after_needs_the_other_named_too():
    sentence = "The 3-year OS was 44.5% drug K vs. 38.1% in a historical series."
    assert not _rows(sentence, cohort="placebo")


# Each bracketed pair of counts with its own p inside its bracket: the p is that pair's, not the next one's
def test_each_bracketed_count_pair_takes_its_own_p():
    sentence = ("Drug K reduced local recurrence (8 [7%] of 121 vs 27 [23%] of 119; P<.001) and distant recurrence "
                "(12 [10%] of 121 vs 23 [19%] of 119; P=.04).")
    rows = row_tuples(_TRIAL + sentence, "endpoint cohort measure p_value", measure="count")
    assert rows == {("FAIL_LOCAL", "drug_k", "count", 0.001), ("FAIL_LOCAL", "placebo", "count", 0.001),
                    ("FAIL_DISTANT", "drug_k", "count", 0.04), ("FAIL_DISTANT", "placebo", "count", 0.04)}


_SCHEDULES = ("A trial of two schedules of drug K. Patients were randomly assigned to a weekly schedule (n = 84) or a "
              "3-weekly schedule (n = 86). Results: ")


# "one" standing for a group's noun ("those on the 3-weekly one") is no count of that group
@pytest.mark.parametrize("sentence", [
    "Fatigue occurred in 14.5% of patients on the weekly schedule compared with 2.9% of those on the 3-weekly one.",
    "Grade 3 rash was seen in 9.5% of patients on the 3-weekly schedule and in 4.1% of those on the weekly one.",
])
def test_one_standing_for_the_groups_noun_is_no_count(sentence):
    rows = row_tuples(_SCHEDULES + sentence, "measure value")
    assert ("count", 1.0) not in rows and len(rows) == 2
