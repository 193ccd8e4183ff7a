"""Randomised trials' per-arm results as trial abstracts list them: each arm's event count with the arm's size, and
each arm's mean of a continuous outcome (its spread no value of a row). Abstracts we wrote, two or more wordings of
each construction, and near-misses that must give no row."""

from __future__ import annotations

import re

from result_rows import arm_size_rows as arm_rows
from result_rows import row_tuples
from support import extract_text, yaml_cases


# Counts over their totals listed in the order of the arms named after them: "k/N (x%) and j/M (y%) patients in the
# A and B groups, respectively"; the arm's size is the total when the paper gave none before
@yaml_cases
def test_counts_over_totals_listed_with_the_arms_after_them(text, want):
    got = {(r[0], r[2], r[3]) for r in arm_rows(text)}
    assert want <= got


def test_counts_over_totals_of_one_arm_at_two_times_are_no_arms_pair():
    text = ("Women were randomly assigned to acupressure or sham acupressure. Nausea occurred in 19/64 (30%) and "
            "27/64 (42%) patients at 1 and 2 weeks in the acupressure group.")
    assert {r for r in arm_rows(text) if r[3] in (19.0, 27.0, 30.0, 42.0) and r[0] is not None} == set()


def unexplained(text: str) -> set[float]:
    return {u["value"] for u in extract_text(text, "trial.txt")["unexplained"]}


ARMS = "Adults with lymphoma were randomly assigned to ginseng (n = 150) or placebo (n = 146). "


# A mean written with its minus ("-2.6 points") is the row's value, explained by it, never an unread 2.6
@yaml_cases
def test_a_negative_mean_is_explained_by_its_row(sentence, means):
    text = ARMS + sentence
    assert means <= {(r[0], r[3]) for r in arm_rows(text) if r[2] == "mean"}
    assert not {abs(v) for _, v in means} & unexplained(text)


def test_a_range_dash_is_no_minus():
    # "2-6" is a range: its 6 is no -6, and no row of 6 explains it
    text = ARMS + ("The mean change from baseline in fatigue score was 6.0 with ginseng (range 2-6) and 1.0 with "
                   "placebo.")
    assert not any(r[3] == -6.0 for r in arm_rows(text))


# The spread in a bare bracket after each mean, when the head says "mean (SD)", is an SD: no row, and not unexplained
@yaml_cases
def test_the_bracketed_sd_after_a_mean_is_classed_as_a_spread(sentence, spreads, means):
    text = ARMS + sentence
    rows = arm_rows(text)
    assert means <= {r[3] for r in rows if r[2] == "mean"}
    assert not spreads & {r[3] for r in rows}
    assert not spreads & unexplained(text)


def test_a_bracket_after_a_mean_without_the_sd_head_stays_unexplained():
    text = ARMS + "Fatigue scores were 41.3 (9.7) with ginseng and 47.6 (10.8) with placebo."
    assert {9.7, 10.8} <= unexplained(text)


def mean_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value, time point) of the text's means."""
    return row_tuples(text, "cohort_n endpoint category value timepoint_months", "trial.txt", measure="mean")


@yaml_cases
def test_each_arms_mean_said_its_way(sentence, want):
    assert want <= mean_rows(ARMS + sentence)


def test_a_score_from_baseline_without_a_change_word_gives_no_row():
    # "the mean score from baseline to week 8 was a": a level or a change, the sentence does not say
    text = ARMS + "The mean fatigue score from baseline to week 8 was 31.0 with ginseng and 35.5 with placebo."
    assert mean_rows(text) == set()


def test_a_colon_list_going_on_to_other_times_gives_no_row():
    text = ARMS + "Mean pain score: ginseng 2.6, placebo 3.5 at 4 weeks and 2.2 at 8 weeks."
    assert mean_rows(text) == set()


def cohort_labels(text: str) -> set[str]:
    return {c.get("label") or "" for c in extract_text(text, "trial.txt")["cohorts"]}


# Counts over their totals compared in a bracket after the shares are values, never two groups named "21/84"
@yaml_cases
def test_counts_over_totals_in_a_bracket_name_no_groups(sentence):
    text = ARMS + sentence
    assert not any(re.search(r"\d+\s*(?:/|of)\s*\d+", label) for label in cohort_labels(text))
    assert all(r[0] in (150, 146) for r in arm_rows(text) if r[2] == "rate")


# "X: A k/N vs B j/M" among an abstract's first sentences: the arms' counts, never arms named "A k/N" (a comparing
# title's reading of the first sentences)
@yaml_cases
def test_a_colon_pair_of_arms_with_counts_over_totals(sentence, want):
    text = "Ginseng for fatigue in lymphoma: a randomised trial.\n\n" + ARMS + sentence
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}
    assert not any(re.search(r"\d+\s*/\s*\d+", label) for label in cohort_labels(text))


SURGERY_ARMS = "Women undergoing mastectomy were randomly assigned to a nerve block (n = 75) or sham block (n = 73). "


def mean_rows_with_units(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value, unit) of the text's means."""
    return row_tuples(text, "cohort_n endpoint category value unit", "trial.txt", measure="mean")


# The unit after the spread's bracket: "6.1 (SD 2.0) days"
@yaml_cases
def test_the_unit_after_the_spread(sentence, want):
    assert want <= mean_rows_with_units(SURGERY_ARMS + sentence)


# A score at a number of hours (after an operation, a dose): the hour is the score's own, in its category
@yaml_cases
def test_a_score_at_a_number_of_hours(sentence, want):
    text = SURGERY_ARMS + sentence
    assert want <= mean_rows_with_units(text)
    assert not {24.0, 6.0} & unexplained(text)


def test_hours_are_no_months():
    text = SURGERY_ARMS + ("The mean pain score at 24 hours was 2.9 in the nerve block group and 4.2 in the sham block "
                           "group.")
    assert all(r.get("timepoint_months") is None for r in extract_text(text, "trial.txt")["results"])


@yaml_cases
def test_each_arms_count_of_people_said_its_way(sentence, want):
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(ARMS + sentence)}


def test_people_counted_by_a_sponsor_are_no_arm_count():
    text = ARMS + "Rash was assessed by 4 ginseng investigators and 3 placebo investigators."
    assert {r for r in arm_rows(text) if r[3] in (4.0, 3.0)} == set()


# The time the sentence opens with is the means' time point: "At 8 weeks, the mean X was a in A and b in B"
@yaml_cases
def test_the_opening_time_of_the_means(sentence, months):
    rows = mean_rows(ARMS + sentence)
    assert rows and {r[4] for r in rows} == {months}


def test_a_time_inside_the_sentence_is_no_opening_time():
    rows = mean_rows(ARMS + "The mean fatigue score was 29.5 in the ginseng group and 35.1 in the placebo group, and "
                            "at 6 months, 31.0 and 34.2.")
    assert {r[3]: r[4] for r in rows}.get(29.5, "missing") is None


# After a first mean's "(SD s)", the bare bracket after the next mean is its SD too: no row, not unexplained
@yaml_cases
def test_the_bare_bracket_after_an_sd_is_a_spread(sentence, spread):
    text = ARMS + sentence
    assert spread not in unexplained(text)
    assert spread not in {r[3] for r in arm_rows(text)}


@yaml_cases
def test_a_plus_minus_sd_is_no_stable_disease(sentence):
    assert not any(r[1] == "SD" for r in arm_rows(ARMS + sentence))


@yaml_cases
def test_a_bracketed_pair_that_is_no_mean_gives_no_mean_row(sentence):
    assert mean_rows(ARMS + sentence) == set()


def test_bracketed_changes_of_the_arms_are_no_levels():
    # "improved more ... (mean 6.3 points)": the improvement, which this construction does not read as a level
    text = ARMS + ("Anxiety scores improved more with ginseng (mean 3.1 points, SD 2.0) than with placebo (mean 1.0 "
                   "points).")
    assert not {r for r in mean_rows(text) if r[2] == "anxiety"}


def test_counts_of_other_things_in_a_bracket_after_each_arm_give_no_arm_rows():
    # cycles counted, not the arm's people: no count or share of the arm
    text = ARMS + ("Grade 3 mucositis was less frequent with ginseng (21 of 150 cycles [14%]) than with placebo "
                   "(40 of 146 cycles [27%]).")
    assert {r for r in arm_rows(text) if r[3] in (21.0, 14.0, 40.0, 27.0)} == set()


def test_things_named_by_the_arm_that_treated_them_are_no_arm_counts():
    text = ARMS + "Insomnia was recorded in 30 (20%) ginseng-treated and 12 (8%) placebo-treated cycles."
    assert {r for r in arm_rows(text) if r[3] in (30.0, 20.0, 12.0, 8.0) and r[0] in (150, 146)} == set()


def test_arms_listed_with_counts_of_other_totals_give_no_arm_rows():
    # courses counted, not the arms' people
    text = ARMS + "Grade 3 mucositis: ginseng, 21 of 600 courses (4%); placebo, 40 of 584 courses (7%)."
    assert {r for r in arm_rows(text) if r[3] in (21.0, 4.0, 40.0, 7.0) and r[0] in (150, 146)} == set()


def endpoint_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value) of the text's rates."""
    return row_tuples(text, "cohort_n endpoint category value", "trial.txt", measure="rate")


# A symptom's improvement per arm is the symptom's palliation, no adverse event of the arm
@yaml_cases
def test_a_symptoms_improvement_per_arm_is_its_palliation(sentence, want):
    got = endpoint_rows(ARMS + sentence)
    assert want <= got
    assert not any(r[1] == "TOX" for r in got)


def test_a_symptom_as_an_event_per_arm_stays_an_adverse_event():
    got = endpoint_rows(ARMS + "Grade 3 nausea was reported by more patients with ginseng (12%) than with placebo "
                               "(5%).")
    assert {(150, "TOX", "nausea", 12.0), (146, "TOX", "nausea", 5.0)} <= got


def test_the_arm_compared_with_first_leaves_a_statistic_bracket_unread():
    text = ARMS + "Compared with placebo, patients given ginseng reported lower fatigue scores (mean, 3.1 vs 4.2)."
    assert mean_rows(text) == set()


def test_a_pair_of_shares_after_one_arms_name_is_no_share_of_that_arm():
    text = ARMS + "Grade 3 mucositis was seen in the ginseng group (14% vs 12% in an earlier trial)."
    assert not {r for r in arm_rows(text) if r[0] == 150 and r[3] == 12.0}


# The hospital stay named by its days: "the mean number of days in hospital was a in A versus b in B"
@yaml_cases
def test_the_mean_days_in_hospital_per_arm(sentence, want):
    assert want <= {(r[0], r[1], r[3], r[4]) for r in mean_rows_with_units(ARMS + sentence)}


def test_days_in_another_place_are_no_hospital_stay():
    text = ARMS + "The mean number of days in hospice was 5.4 in the ginseng group versus 7.1 in the placebo group."
    assert not any(r[1] == "HOSPITAL_STAY" for r in mean_rows_with_units(text))


def test_a_count_after_a_comparison_that_names_no_arm_is_no_arms():
    text = ARMS + "Grade 3 mucositis developed in 21 ginseng patients (14%) versus 12 in the first cycle."
    assert not {r for r in arm_rows(text) if r[3] == 12.0 and r[0] is not None}
