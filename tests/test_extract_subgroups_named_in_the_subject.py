"""Results of subgroups named in the sentence's subject or in the sentence before. Two groups listed between an outcome
and its two values, said "respectively" (people each named by a trait of their own, one measure on either side of a
cut, parts called subsets), each take their value in order. Groups listed with their sizes in one sentence take the
values of the next when it takes them up ("Their ... respectively", "The respective ...", "in these groups"). The
second group of a subject's pair that names its own trait ("for those with X") is that group, never "not" the
subject's. Lists of three groups with two values, parts of a part and treatments within a part give no such rows.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = ("Outcomes after definitive radiotherapy for laryngeal cancer. We reviewed 210 patients treated between 2009 "
           "and 2021. Results: ")


def _rows(sentence: str) -> set[tuple]:
    """(cohort, comparator, endpoint, measure, months, value) of the rows ``sentence`` gives after the series'
    opening."""
    return row_tuples(_SERIES + sentence, "cohort comparator endpoint measure timepoint_months value")


def _sized_rows(sentence: str) -> set[tuple]:
    """(cohort, its size, endpoint, measure, months, value) of the rows ``sentence`` gives after the opening."""
    return row_tuples(_SERIES + sentence, "cohort cohort_n endpoint measure timepoint_months value")


@pytest.mark.parametrize("sentence, expected", [
    # people each named by a trait: "those" takes the first's people word
    ("The 3-year overall survival rates of patients younger than 58 and those aged 58 or over were 71% and 49%, "
     "respectively.",
     {("patients_younger_than_58", None, "OS", "rate", 36.0, 71.0),
      ("patients_aged_58_or_over", None, "OS", "rate", 36.0, 49.0)}),
    ("Median progression-free survival for women with a BMI under 23 and those with a BMI of 23 or more was 8.7 and "
     "6.1 months, respectively.",
     {("women_with_a_bmi_under_23", None, "PFS", "median", None, 8.7),
      ("women_with_a_bmi_of_23_or_more", None, "PFS", "median", None, 6.1)}),
    # one measure on either side of a cut; set against each other when the sentence says "versus"
    ("The 2-year local control rates in the group with V30 ≤ 18% and V30 > 18% were 92% and 63%, respectively.",
     {("v30_le_18", None, "LC", "rate", 24.0, 92.0), ("v30_gt_18", None, "LC", "rate", 24.0, 63.0)}),
    ("Median overall survival for patients with a nodal volume > 25 cc versus ≤ 25 cc was 13.4 versus 27.9 months, "
     "respectively.",
     {("nodal_volume_gt_25_cc", "nodal_volume_le_25_cc", "OS", "median", None, 13.4),
      ("nodal_volume_le_25_cc", "nodal_volume_gt_25_cc", "OS", "median", None, 27.9)}),
    # parts called subsets
    ("Local control in the subsets pT3 N1 and pT3 N3 were, respectively, 68.2% and 24.5%.",
     {("pt3_n1", None, "LC", "rate", None, 68.2), ("pt3_n3", None, "LC", "rate", None, 24.5)}),
    ("Overall survival among the subgroups cT2 N0 and cT2 N2 was 81.4% and 33.6%, respectively.",
     {("ct2_n0", None, "OS", "rate", None, 81.4), ("ct2_n2", None, "OS", "rate", None, 33.6)}),
])
def test_two_groups_of_the_subject_take_their_values_in_order(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # three groups, two values: which is whose is not sure
    "The 2-year local control rates of patients younger than 58, those aged 58 to 74 and those older than 74 were "
    "88% and 67%, respectively.",
    # parts of a part named first: no groups of their own here
    "In the arm given drug Q, median overall survival of patients with glottic tumours and those with supraglottic "
    "tumours was 31.5 and 22.8 months, respectively.",
    # groups told apart by their treatment: arms, not traits
    "Median overall survival of patients treated with drug Q and those treated with drug R was 31.5 and 22.8 months, "
    "respectively.",
    # an arm named after the values: parts of that arm (nor is the arm a second block of the list)
    "Median overall survival of patients with glottic tumours and those with supraglottic tumours was 31.5 and 22.8 "
    "months, respectively, in the drug Q arm.",
    "The 2-year local control of patients with glottic tumours and those with supraglottic tumours was 84% and 70%, "
    "respectively, among the control group.",
])
def test_no_subgroup_rows_when_the_pair_is_not_sure(sentence):
    assert not any(cohort != "all" for cohort, *_ in _rows(sentence))


@pytest.mark.parametrize("sentences, expected", [
    # "The respective ...": the order said before the values, no "respectively" after them
    ("Nodal category was N0 (n = 52), N1 (n = 31) or N2 (n = 47). The respective 3-year overall survival rates were "
     "77%, 58% and 29%.",
     {("n0", 52, "OS", "rate", 36.0, 77.0), ("n1", 31, "OS", "rate", 36.0, 58.0),
      ("n2", 47, "OS", "rate", 36.0, 29.0)}),
    # sizes said as "(52 patients)"; values taken up "in these groups"
    ("The tumours were glottic (52 patients), supraglottic (31 patients) or subglottic (47 patients). Median "
     "overall survival in these groups was 64, 38 and 21 months, respectively.",
     {("glottic", 52, "OS", "median", None, 64.0), ("supraglottic", 31, "OS", "median", None, 38.0),
      ("subglottic", 47, "OS", "median", None, 21.0)}),
    # a short name of each group before its size
    ("Risk was favourable (FR, n = 52), mixed (MR, n = 31) and poor (PR, n = 47). Their 3-year overall survival "
     "rates were 77%, 58% and 29%, respectively.",
     {("favourable", 52, "OS", "rate", 36.0, 77.0), ("mixed", 31, "OS", "rate", 36.0, 58.0),
      ("poor", 47, "OS", "rate", 36.0, 29.0)}),
])
def test_groups_listed_with_sizes_take_the_next_sentences_values(sentences, expected):
    assert {r for r in _sized_rows(sentences) if r[0] != "all"} == expected


def test_no_rows_of_listed_groups_when_the_counts_differ():
    rows = _sized_rows("Nodal category was N0 (n = 52), N1 (n = 31) or N2 (n = 47). Their 3-year overall survival "
                       "rates were 77% and 58%, respectively.")
    assert not any(cohort in ("n0", "n1", "n2") for cohort, *_ in rows)


@pytest.mark.parametrize("sentence, first, second", [
    ("Patients with N1 disease had a median overall survival of 38 months versus 17 months for those with N3 "
     "disease.", "patients_with_n1_disease", "patients_with_n3_disease"),
    ("Women with a glottic primary had a median overall survival of 41 months versus 26 months for those with a "
     "supraglottic primary (p = 0.02).", "women_with_a_glottic_primary", "women_with_a_supraglottic_primary"),
    ("Smokers had a 3-year overall survival of 48% versus 66% in non-smokers.", "smokers", "non_smokers"),
])
def test_a_second_group_with_its_own_trait_is_its_own_cohort(sentence, first, second):
    pairs = {(cohort, comparator) for cohort, comparator, *_ in _rows(sentence)}
    assert pairs == {(first, second), (second, first)}


def test_a_second_group_called_the_others_stays_the_subjects_complement():
    pairs = {(cohort, comparator) for cohort, comparator, *_ in _rows(
        "Patients with N1 disease had a median overall survival of 38 months versus 17 months for those with other "
        "nodal categories.")}
    assert pairs == {("patients_with_n1_disease", "not_patients_with_n1_disease"),
                     ("not_patients_with_n1_disease", "patients_with_n1_disease")}


@pytest.mark.parametrize("sentence, expected", [
    # people with and without a trait, both pairs compared: in order without "respectively"
    ("At 3 years, local control for stage II patients with vs. without a nodal boost was 83% vs. 61%, p = 0.02.",
     {("stage_ii_patients_with_a_nodal_boost", "stage_ii_patients_without_a_nodal_boost", "LC", "rate", 36.0, 83.0),
      ("stage_ii_patients_without_a_nodal_boost", "stage_ii_patients_with_a_nodal_boost", "LC", "rate", 36.0, 61.0)}),
    ("Median overall survival for patients with a nodal volume > 25 cc versus ≤ 25 cc was 13.4 versus 27.9 months.",
     {("nodal_volume_gt_25_cc", "nodal_volume_le_25_cc", "OS", "median", None, 13.4),
      ("nodal_volume_le_25_cc", "nodal_volume_gt_25_cc", "OS", "median", None, 27.9)}),
])
def test_two_groups_compared_in_the_subject_take_their_values_in_order(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # two levels of one trait said once after the values: the patients with each level, never the arms compared last
    ("The arms were K (n = 44) and L (n = 41). The 2-year overall survival was 73% vs. 48% in patients with low and "
     "high serum albumin respectively (p = 0.04).",
     {("patients_with_low_serum_albumin", "patients_with_high_serum_albumin", "OS", "rate", 24.0, 73.0),
      ("patients_with_high_serum_albumin", "patients_with_low_serum_albumin", "OS", "rate", 24.0, 48.0)}),
    ("The 2-year overall survival was 73% and 48% for those with negative and positive nodes, respectively.",
     {("patients_with_negative_nodes", None, "OS", "rate", 24.0, 73.0),
      ("patients_with_positive_nodes", None, "OS", "rate", 24.0, 48.0)}),
])
def test_two_levels_of_one_trait_after_the_values(sentence, expected):
    assert {r for r in _rows(sentence) if r[0] != "all"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Median progression-free survival for the low-, mid- and high-dose groups was 6.3, 8.8 and 7.9 months, "
     "respectively.", {"low_dose", "mid_dose", "high_dose"}),
    ("The 2-year local control rates in the short-, medium- and long-course cohorts were 81%, 86% and 90%, "
     "respectively.", {"short_course", "medium_course", "long_course"}),
])
def test_a_word_after_a_suspended_hyphen_is_said_once_for_every_group(sentence, expected):
    assert {cohort for cohort, *_ in _rows(sentence)} == expected


def test_two_groups_of_the_subject_keep_their_sizes():
    rows = _sized_rows("The 3-year overall survival rates of women younger than 58 (n = 44) and those aged 58 or over "
                       "(n = 39) were 71% and 49%, respectively.")
    assert {(n, value) for cohort, n, *_, value in rows if cohort != "all"} == {(44, 71.0), (39, 49.0)}


@pytest.mark.parametrize("sentence", [
    "Women who completed adjuvant therapy had a median overall survival of 44 months versus 23 months for those who "
    "did not.",
    "Patients who achieved a nodal response had a median progression-free survival of 16 months versus 7 months "
    "among those who did not (p = 0.03).",
])
def test_two_values_of_a_pair_are_never_a_groups_name(sentence):
    assert not any(any(ch.isdigit() for ch in cohort) for cohort, *_ in _rows(sentence))
