"""Result constructions of English reporting that gave no row, only some of their rows, or wrong ones (issue 13's
unexplained numbers in abstracts), in a single-arm study, a trial of two arms and a series of patients: each test
sentence is our own."""

from __future__ import annotations

from result_rows import rows_after, rows_where, study_of, tuples_of
from support import yaml_cases

_ONE_ARM = "A trial\n\nWe treated 140 patients with lung cancer. "
_TWO_ARMS = "A trial\n\nWe randomly assigned 240 patients to drug A (n=120) or drug B (n=120). "
_SERIES = "A study\n\nWe reviewed 4200 patients with lung cancer. "

# the extraction of the sentences a test writes in a single-arm study, and in a trial of the arms drug A and drug B
in_one_arm = study_of(_ONE_ARM)
in_two_arms = study_of(_TWO_ARMS)

cohort_values = rows_after(_ONE_ARM, "cohort endpoint measure value")


# "9 months in patients with and 14 months in patients without liver metastases": the trait is said once, after the
# second group; the first group is the one with it
@yaml_cases
def test_a_trait_said_once_after_with_and_without_names_both_groups(sentence, expected):
    assert cohort_values(sentence) == expected


# "The 5-year survival was 38%. It was 47% for A and 29% for B.": the outcome of the sentence before, said again by a
# pronoun, with each value's group after it
@yaml_cases
def test_an_outcome_said_again_by_a_pronoun_before_the_groups_values(text, expected):
    assert expected <= tuples_of(in_one_arm(text), "cohort endpoint measure value timepoint_months")


@yaml_cases
def test_it_with_no_single_outcome_before_or_no_group_after_gives_no_row(text):
    assert not rows_where(in_one_arm(text), value=(70.0, 50.0))


# "7.2 months (95% CI ...) and 15.6 (95% CI ...), respectively": the unit written on the first value of a list only,
# each value's bracket after it
@yaml_cases
def test_a_unit_said_on_the_first_value_of_a_list_is_every_values(sentence, expected):
    assert expected <= tuples_of(in_one_arm(sentence), "endpoint measure value")


def test_a_number_after_a_list_that_counts_something_else_takes_no_unit():
    out = in_one_arm("Median overall survival was 14.2 months (95% CI, 11.0-17.4) and 23 patients were alive at "
                     "3 years.")
    assert 23.0 not in {r["value"] for r in out["results"] if r["measure"] == "median"}


# "median 21.4 vs 17.5 vs 15.2 months for A, B, and C, respectively": three values compared in a chain of "vs", their
# groups listed after them in order
@yaml_cases
def test_three_values_compared_with_vs_take_the_groups_listed_after_them(sentence):
    got = [(r["cohort"], r["value"]) for r in in_one_arm(sentence)["results"]]
    assert len(got) == 3 and len({c for c, _ in got}) == 3 and "all" not in {c for c, _ in got}


def test_three_values_compared_with_vs_and_no_groups_give_no_row():
    assert not in_one_arm("Median survival was 21.4 vs 17.5 vs 15.2 months.")["results"]


group_values = rows_after(_ONE_ARM, "cohort value")


@yaml_cases
def test_the_values_of_parts_named_in_the_sentence(sentence, expected):
    assert group_values(sentence) == expected


def test_a_second_part_that_names_no_people_takes_no_value_of_the_first():
    out = group_values("For patients with T1 tumours, median survival was 25.2 months and for T2 tumours median "
                       "survival was 16.5 months.")
    assert ("patients_with_t1_tumours", 25.2) in out and ("patients_with_t1_tumours", 16.5) not in out


# "an 81% local control rate ... and a 31% 3-year survival rate": a time written inside a value-first item, between
# its value and its outcome, is that item's own, not every rate's of the sentence
@yaml_cases
def test_a_time_inside_a_value_first_item_is_that_items_only(sentence, code):
    rows = in_one_arm(sentence)["results"]
    assert [r["timepoint_months"] for r in rows if r["endpoint"] == code] == [None]
    assert [r["timepoint_months"] for r in rows if r["endpoint"] == "OS" and r["measure"] == "rate"] in ([36.0],
                                                                                                          [24.0])


def test_a_time_said_before_its_outcome_still_covers_the_others():
    rows = in_one_arm("The 3-year local control was 88%, and the disease-free and overall survival rates were 52% and "
                      "64%, respectively.")["results"]
    assert {r["endpoint"]: r["timepoint_months"] for r in rows} == {"LC": 36.0, "DFS": 36.0, "OS": 36.0}


def test_groups_listed_at_the_head_that_do_not_match_the_values_give_no_row():
    assert not in_one_arm("For patients with stage I and II disease, the 5-year survival rates were 61%, 42%, and "
                          "19%, respectively.")["results"]


# "12.0 months with drug A and 14.1 months with drug B, with 2-year survival rates of 21% and 30%": a second outcome's
# values of the groups just given theirs, in the same order, "respectively" left unsaid at the end of the sentence
@yaml_cases
def test_a_second_outcome_of_the_groups_just_given_values_keeps_their_order(sentence):
    assert tuples_of(in_two_arms(sentence), "cohort value", measure="rate") == {("drug_a", 21.0), ("drug_b", 30.0)}


def test_a_second_outcome_whose_values_name_other_groups_is_theirs():
    got = tuples_of(in_two_arms("Median survival was 12.0 months with drug A and 14.1 months with drug B, and 2-year "
                                "survival was 21% in women and 30% in men."), "cohort value", measure="rate")
    assert not {g for g, _ in got} & {"drug_a", "drug_b"}


ratio_rows = rows_after(_SERIES, "cohort endpoint value", measure="hr")


@yaml_cases
def test_ratios_of_the_populations_named(sentence, expected):
    assert ratio_rows(sentence) == expected


def test_a_list_of_another_length_than_the_bracket_gives_no_row_to_the_list():
    rows = ratio_rows("Heavy drinking and obesity were associated with an increase in mortality (HR = 1.27; 95% CI = "
                      "1.08 to 1.49; HR = 1.16; 95% CI = 1.02 to 1.32; and HR = 1.09; 95% CI = 1.01 to 1.18, "
                      "respectively).")
    assert not {c for c, _, _ in rows} & {"heavy_drinking_and_obesity", "all"}


graded_rows = rows_after(_SERIES, "category grade measure value")


# "Grade 2 and 3 X occurred in 12 (19%) and 4 (6%) patients, respectively": two grades, two counts with their
# shares, the patients they count named after the second
@yaml_cases
def test_two_grades_with_counts_and_shares_then_the_patients(sentence, term):
    assert graded_rows(sentence) == {(term, "2", "count", 924.0), (term, "2", "rate", 22.0),
                                     (term, "3", "count", 252.0), (term, "3", "rate", 6.0)}


def test_two_grades_with_a_count_for_one_only_give_no_row():
    rows = graded_rows("Grade 2 and 3 esophagitis occurred in 924 (22%) and 6% of patients, respectively.")
    assert not {g for _, g, _, _ in rows} & {"2", "3"}
