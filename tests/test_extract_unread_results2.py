"""Result constructions of English reporting read wrongly or not at all, round 2 (issue 13's unexplained numbers in
abstracts): each test sentence is our own."""

from __future__ import annotations

import pytest
from support import extract_text


def in_a_series(text: str) -> dict:
    """The extraction of ``text`` in a study of one series of patients."""
    return extract_text("A study\n\nWe reviewed 4200 patients with lung cancer. " + text)


def ratio_rows(text: str) -> set[tuple]:
    return {(r["cohort"], r["endpoint"], r["value"]) for r in in_a_series(text)["results"] if r["measure"] == "hr"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "OS was worse in patients with X (HR a) and in patients with Y (HR b)": each ratio is the population named right
    # before its own bracket, not the first population of the sentence
    ("Overall survival was shorter in patients with stage II disease (HR = 1.62; 95% CI = 1.30 to 2.01) and in "
     "patients with stage III disease (HR = 2.75; 95% CI = 2.20 to 3.44).",
     {("patients_with_stage_ii_disease", "OS", 1.62), ("patients_with_stage_iii_disease", "OS", 2.75)}),
    ("Progression-free survival was worse in women with squamous tumours (HR 1.31, 95% CI 1.05-1.63) and in men "
     "with squamous tumours (HR 1.48, 95% CI 1.19-1.84).",
     {("women_with_squamous_tumours", "PFS", 1.31), ("men_with_squamous_tumours", "PFS", 1.48)}),
    # "X and Y were associated with higher mortality (HR = a; 95% CI ... and HR = b; 95% CI ..., respectively)": the
    # ratios in one bracket are the listed factors' or groups' in order, never the whole list's
    ("Heavy drinking and obesity were associated with an increase in mortality (HR = 1.27; 95% CI = 1.08 to 1.49 and "
     "HR = 1.16; 95% CI = 1.02 to 1.32, respectively).",
     {("heavy_drinking", "OS", 1.27), ("obesity", "OS", 1.16)}),
    ("Patients with stage IIIA and stage IIIB disease had shorter overall survival (HR = 1.58; 95% CI = 1.22 to 2.05 "
     "and HR = 2.36; 95% CI = 1.81 to 3.08, respectively).",
     {("patients_with_stage_iiia", "OS", 1.58), ("patients_with_stage_iiib_disease", "OS", 2.36)}),
])
def test_ratios_of_the_populations_named(sentence, expected):
    assert ratio_rows(sentence) == expected


def test_a_second_ratio_with_no_population_of_its_own_is_not_the_first_ones():
    rows = ratio_rows("Overall survival was shorter in patients with liver metastases (HR 1.44, 95% CI 1.12-1.85), "
                      "and this held after adjustment (HR 1.39, 95% CI 1.07-1.80).")
    assert 1.39 not in {v for _, _, v in rows}


# "... in patients with X (HR a) but not in patients without X (HR b)": the joining words are no part of the name
@pytest.mark.parametrize("sentence", [
    "Progression-free survival was longer in patients with KRAS mutations (HR 0.52, 95% CI 0.38-0.71) but not in "
    "patients without KRAS mutations (HR 0.97, 95% CI 0.77-1.22).",
    "Overall survival was longer in patients with KRAS mutations (HR 0.52, 95% CI 0.38-0.71) whereas in patients "
    "without KRAS mutations (HR 0.97, 95% CI 0.77-1.22) it did not differ.",
])
def test_words_joining_a_factors_item_are_no_part_of_its_name(sentence):
    cohorts = {c for c, _, v in ratio_rows(sentence) if v == 0.97}
    assert cohorts == {"patients_without_kras_mutations"}


def test_a_list_of_another_length_than_the_bracket_gives_no_row_to_the_list():
    rows = ratio_rows("Heavy drinking and obesity were associated with an increase in mortality (HR = 1.27; 95% CI = "
                      "1.08 to 1.49; HR = 1.16; 95% CI = 1.02 to 1.32; and HR = 1.09; 95% CI = 1.01 to 1.18, "
                      "respectively).")
    assert not {c for c, _, _ in rows} & {"heavy_drinking_and_obesity", "all"}


def graded_rows(text: str) -> set[tuple]:
    return {(r["category"], r["grade"], r["measure"], r["value"]) for r in in_a_series(text)["results"]}


# "Grade 2 and 3 X occurred in 12 (19%) and 4 (6%) patients, respectively": two grades, two counts with their
# shares, the patients they count named after the second
@pytest.mark.parametrize(("sentence", "term"), [
    ("Grade 2 and 3 esophagitis occurred in 924 (22%) and 252 (6%) patients, respectively.", "esophagitis"),
    ("Grade 2 and grade 3 pneumonitis developed in 924 (22%) and 252 (6%) patients.", "pneumonitis"),
])
def test_two_grades_with_counts_and_shares_then_the_patients(sentence, term):
    assert graded_rows(sentence) == {(term, "2", "count", 924.0), (term, "2", "rate", 22.0),
                                     (term, "3", "count", 252.0), (term, "3", "rate", 6.0)}


def test_two_grades_with_a_count_for_one_only_give_no_row():
    rows = graded_rows("Grade 2 and 3 esophagitis occurred in 924 (22%) and 6% of patients, respectively.")
    assert not {g for _, g, _, _ in rows} & {"2", "3"}
