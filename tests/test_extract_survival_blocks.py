"""Survival outcomes said together and valued for one named group: "the 5-year local control and overall survival
were 85% and 60% in arm A" gives each outcome its value in that group. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import extract_text

TRIAL = "A total of 200 patients were randomized to arm A (n=100) or arm B (n=100). "
DRUGS = "We randomly assigned 150 patients to drug K (n=76) or drug L (n=74). "


def _rows(text: str) -> set[tuple]:
    return row_tuples(text, "cohort endpoint measure value timepoint_months")


@pytest.mark.parametrize("sentence, expected", [
    # one groups block of outcomes
    (TRIAL + "The 5-year local control and overall survival were 85% and 60% in arm A.",
     {("arm_a", "LC", "rate", 85.0, 60), ("arm_a", "OS", "rate", 60.0, 60)}),
    (TRIAL + "Progression-free and overall survival at 3 years were 41.5% and 66.2% in arm B.",
     {("arm_b", "PFS", "rate", 41.5, 36), ("arm_b", "OS", "rate", 66.2, 36)}),
    (DRUGS + "Median PFS and OS were 7.3 and 19.8 months with drug L.",
     {("drug_l", "PFS", "median", 7.3, None), ("drug_l", "OS", "median", 19.8, None)}),
    # outcomes of one group named between them and their values
    (TRIAL + "The 5-year LC and OS of patients in arm A were 85% and 60%, respectively.",
     {("arm_a", "LC", "rate", 85.0, 60), ("arm_a", "OS", "rate", 60.0, 60)}),
    (DRUGS + "The median PFS and OS in the drug L group were 4.4 and 12.7 months, respectively.",
     {("drug_l", "PFS", "median", 4.4, None), ("drug_l", "OS", "median", 12.7, None)}),
])
def test_one_groups_outcomes_said_around_its_name(sentence, expected):
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


@pytest.mark.parametrize("sentence, expected", [
    (TRIAL + "The 2-year PFS was higher with arm A (arm A/arm B, 48%/34%).",
     {("arm_a", "PFS", "rate", 48.0, 24), ("arm_b", "PFS", "rate", 34.0, 24)}),
    ("We randomized 90 patients to group A (n=45) or group B (n=45). Median overall survival was longer in group B "
     "(group A/group B, 10.4/15.9 months).",
     {("group_a", "OS", "median", 10.4, None), ("group_b", "OS", "median", 15.9, None)}),
])
def test_lettered_arms_named_in_the_bracket_after_one_of_them(sentence, expected):
    """The bracket after "arm A" that names the arms and gives their values is no long name of arm A."""
    rows = _rows(sentence)
    assert expected <= rows
    assert not any(r[0] == "all" for r in rows)


def test_a_treatment_in_the_bracket_after_a_lettered_arm_still_names_it():
    rows = _rows("We randomized 90 patients to group 1 (drug K, n=45) or group 2 (drug L, n=45). Median overall "
                 "survival was 10.4 months with drug K and 15.9 months with drug L.")
    assert {("group_1", "OS", "median", 10.4, None), ("group_2", "OS", "median", 15.9, None)} <= rows


@pytest.mark.parametrize("sentence, expected", [
    ("Patients received radiotherapy (RT) alone (n = 52) or chemoradiotherapy (CRT) (n = 61). Median OS was 11.2 and "
     "18.5 months for RT alone and CRT, respectively.",
     {("radiotherapy_alone", "OS", "median", 11.2, None), ("chemoradiotherapy", "OS", "median", 18.5, None)}),
    ("Patients were treated with surgery (S) alone (n=80), lobectomy plus chemotherapy (n=90), or "
     "chemoradiotherapy (n=70). For patients treated with S alone, lobectomy plus chemotherapy, and "
     "chemoradiotherapy, median survival was 9.1, 13.0, and 17.2 months, and 3-year OS was 12.5%, 20.1%, and 28.4%, "
     "respectively.",
     {("surgery_alone", "OS", "median", 9.1, None), ("chemoradiotherapy", "OS", "rate", 28.4, 36)}),
])
def test_a_short_name_said_with_alone(sentence, expected):
    """"radiotherapy (RT) alone" is "RT alone" too: the whole name is the group's, not "RT" and a stray word."""
    rows = _rows(sentence)
    assert expected <= rows
    assert ("radiotherapy_alone", "OS", "median", 18.5, None) not in rows


@pytest.mark.parametrize("sentence, expected", [
    (DRUGS + "Median time to progression was 16.2 weeks and median survival 35.1 weeks for drug K, compared with "
     "10.9 and 28.4 weeks for drug L.",
     {("drug_k", "TTP", "median", 3.74), ("drug_k", "OS", "median", 8.1), ("drug_l", "TTP", "median", 2.52),
      ("drug_l", "OS", "median", 6.55)}),
    (TRIAL + "The median PFS was 7.7 months and the 2-year overall survival 58% in arm B, versus 5.2 months and 44% "
     "in arm A.",
     {("arm_b", "PFS", "median", 7.7), ("arm_b", "OS", "rate", 58.0), ("arm_a", "PFS", "median", 5.2),
      ("arm_a", "OS", "rate", 44.0)}),
])
def test_outcomes_each_with_its_value_then_the_other_groups_block(sentence, expected):
    """"E1 was a and E2 b for A, compared with c and d for B": the first group's values each after its outcome, the
    other group's in the same order."""
    rows = {(r["cohort"], r["endpoint"], r["measure"], round(r["value"], 2)) for r in extract_text(sentence)["results"]}
    assert expected <= rows


def test_no_interleaved_block_when_the_second_list_is_short():
    rows = _rows(DRUGS + "Median time to progression was 16.2 weeks and median survival 35.1 weeks for drug K, "
                         "compared with 28.4 weeks for drug L.")
    assert not any(r[0] == "drug_l" and r[1] == "TTP" for r in rows)


@pytest.mark.parametrize("sentence, expected", [
    (DRUGS + "The rate of progression-free survival was higher with drug K than with drug L (estimated 12-month "
     "progression-free survival, 58% [95% confidence interval {CI}, 47 to 68] vs. 39% [95% CI, 28 to 50]; hazard "
     "ratio for disease progression or death, 0.52; 95% CI, 0.34 to 0.80; P<0.001).",
     {("drug_k", "PFS", 58.0, 47.0, 68.0), ("drug_l", "PFS", 39.0, 28.0, 50.0)}),
    (TRIAL + "Overall survival was longer in arm A than in arm B (estimated 24-month overall survival, 71.5% "
     "[95% confidence interval {CI}, 64.0 to 77.8] vs. 60.2% [95% CI, 52.1 to 67.3]; hazard ratio for death, 0.68).",
     {("arm_a", "OS", 71.5, 64.0, 77.8), ("arm_b", "OS", 60.2, 52.1, 67.3)}),
])
def test_a_pair_each_with_a_confidence_interval_named_in_full(sentence, expected):
    """"58% [95% confidence interval {CI}, 47 to 68] vs. 39% [95% CI, 28 to 50]": the first interval named in full
    with its abbreviation in a bracket of its own (or braces) is still the first value's, and the pair the groups'."""
    rows = {(r["cohort"], r["endpoint"], r["value"], r["ci_low"], r["ci_high"])
            for r in extract_text(sentence)["results"] if r["measure"] == "rate"}
    assert rows == expected


@pytest.mark.parametrize("sentence, expected", [
    ("We treated 64 patients. The estimated 3-year primary tumor control rate was 93.1% (95% CI, 80.2%-97.8%).",
     ("LC", 93.1, 36)),
    ("We treated 64 patients. The actuarial rate of primary tumour control was 88% at 2 years.", ("LC", 88.0, 24)),
])
def test_primary_tumour_control_is_local_control(sentence, expected):
    rows = {(r["endpoint"], r["value"], r["timepoint_months"]) for r in extract_text(sentence)["results"]}
    assert expected in rows


def test_the_primary_tumours_site_is_no_control():
    out = extract_text("We treated 64 patients. The primary tumor was in the upper lobe in 61% of patients.")
    assert not any(r["endpoint"] == "LC" for r in out["results"])


def test_outcomes_of_a_group_with_a_third_value_are_no_block():
    rows = _rows(TRIAL + "The 5-year LC and OS of patients in arm A were 85% and 60%, against 51% in arm B.")
    assert ("arm_a", "LC", "rate", 85.0, 60) not in rows
