"""Survival and time-to-event results the sentence rules once left unread. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = ("Consolidation therapy in lung cancer. We randomly assigned 240 patients to consolidation (n = 120) or "
          "observation (n = 120). Results: ")


def _rows(sentence: str, measure: str) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "cohort endpoint measure value ci_low ci_high", measure=measure)


# A median whose unit is written after its bracketed interval: "was 10.8 (95% CI, 9.2-11.1) months"
@pytest.mark.parametrize("sentence, expected", [
    ("Median overall survival was 17.3 (95% CI, 14.9-20.2) months.",
     {("all", "OS", "median", 17.3, 14.9, 20.2)}),
    ("Median progression-free survival was 8.4 (95% CI 6.1-9.9) months with consolidation and 5.2 (95% CI: 4.4 to "
     "6.0) months with observation.",
     {("consolidation", "PFS", "median", 8.4, 6.1, 9.9), ("observation", "PFS", "median", 5.2, 4.4, 6.0)}),
    ("The median time to progression was 26 (95% confidence interval, 20 to 39) weeks.",
     {("all", "TTP", "median", 6.0, 4.62, 9.0)}),
    # a bare number with an interval and no unit is no median
    ("The median number of cycles was 4 (95% CI, 3-5) in each arm.", set()),
])
def test_a_median_with_its_unit_after_the_interval(sentence, expected):
    assert _rows(sentence, "median") == expected


# Events counted with the verb in the perfect: "41 patients had had disease progression and 23 had died"
@pytest.mark.parametrize("sentence, expected", [
    ("At the time of analysis, 57 patients had had progression of disease and 33 had died.",
     {("all", "FAIL_ANY", "count", 57.0, None, None), ("all", "DEATH", "count", 33.0, None, None)}),
    ("By the data cutoff, 64 patients had experienced disease progression.",
     {("all", "FAIL_ANY", "count", 64.0, None, None)}),
    ("Since then, 19 patients have developed a local recurrence.",
     {("all", "FAIL_LOCAL", "count", 19.0, None, None)}),
    # a perfect verb of no event gives no count
    ("By then, 64 patients had been treated for 12 months and 33 had stopped.", set()),
])
def test_events_counted_with_a_perfect_verb(sentence, expected):
    assert _rows(sentence, "count") == expected


def _counts(sentence: str) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "cohort endpoint value", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    # Each arm's events counted among the arm's people: "70 deaths among the 100 patients in the A group and 61 among
    # the 100 in the B group"
    ("There were 81 deaths among the 120 patients in the consolidation group and 93 among the 120 patients in the "
     "observation group.", {("consolidation", "DEATH", 81.0), ("observation", "DEATH", 93.0)}),
    ("Relapses were recorded in 37 among the 120 patients in the observation arm and 22 among the 120 in the "
     "consolidation arm.", {("observation", "FAIL_ANY", 37.0), ("consolidation", "FAIL_ANY", 22.0)}),
    ("By the cutoff, there were 64 deaths among 120 patients assigned consolidation and 75 among 120 patients "
     "assigned observation.", {("consolidation", "DEATH", 64.0), ("observation", "DEATH", 75.0)}),
    # the number of people among whom events are counted is no count
    ("There were 81 deaths among the 120 patients in the consolidation group.", {("consolidation", "DEATH", 81.0)}),
    # An arm named in quotes after its value: "83 (69%) deaths had occurred with 'consolidation' versus 97 (81%) with
    # 'observation'"
    ("At the data cutoff, 83 (69%) deaths had occurred with 'consolidation' versus 97 (81%) with 'observation'.",
     {("consolidation", "DEATH", 83.0), ("observation", "DEATH", 97.0)}),
    ("Relapse was recorded in 29 patients on “observation” and in 17 on “consolidation”.",
     {("observation", "FAIL_ANY", 29.0), ("consolidation", "FAIL_ANY", 17.0)}),
])
def test_each_arms_events(sentence, expected):
    assert _counts(sentence) == expected


def _alive(sentence: str) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "value timepoint_months", endpoint="OS", measure="count")


# Counts of people alive at a time: each state takes the time said straight after it, and a second count of the same
# people may leave their noun out ("57 patients were alive at 1 year, and 31 were alive at 3 years")
@pytest.mark.parametrize("sentence, expected", [
    ("Overall, 57 patients were alive at 1 year, and 31 were alive at 3 years.", {(57.0, 12.0), (31.0, 36.0)}),
    ("Overall, 66 patients were alive at 2 years and 29 patients were alive at 4 years.", {(66.0, 24.0), (29.0, 48.0)}),
    ("In total, 48 patients (40%) survived more than 2 years and 19 (16%) survived more than 5 years.",
     {(48.0, 24.0), (19.0, 60.0)}),
    # a bare number after a count alive, with no time of its own, is no count
    ("Overall, 57 patients were alive at 1 year; 31 were alive without relapse.", {(57.0, 12.0)}),
    ("Overall, 57 patients were alive at 1 year, and 31 of the survivors were still on treatment.", {(57.0, 12.0)}),
])
def test_each_count_alive_at_its_own_time(sentence, expected):
    assert _alive(sentence) == expected


def _rates(sentence: str) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "cohort endpoint value timepoint_months", measure="rate")


# One arm's share free from a failure, then the other arm's after the contrast: "61% of patients in the A group were
# free from local recurrence at 2 years, compared with 33% of patients who received B"
@pytest.mark.parametrize("sentence, expected", [
    ("At 2 years, 58% of patients in the consolidation group were free from local recurrence, compared with 36% of "
     "patients in the observation group.", {("consolidation", "LC", 58.0, 24.0), ("observation", "LC", 36.0, 24.0)}),
    ("Overall, 47% of patients in the observation group were free from local failure at 3 years, compared with 69% "
     "of patients who received consolidation (P = 0.002).",
     {("observation", "LC", 47.0, 36.0), ("consolidation", "LC", 69.0, 36.0)}),
    # freedom from a toxicity is still no rate of it
    ("At 2 years, 80% of patients in the consolidation group were free from grade 3 pneumonitis, compared with 93% "
     "of patients in the observation group.", set()),
])
def test_the_other_arms_share_free_from_a_failure(sentence, expected):
    assert _rates(sentence) == expected


_THREE = ("Chemotherapy schedules in lung cancer. We randomly assigned 330 patients to schedule X (n = 110), "
          "schedule Y (n = 110) or schedule Z (n = 110). Results: ")


def _by_arm(sentence: str) -> set[tuple]:
    return row_tuples(_THREE + sentence, "cohort endpoint measure value")


@pytest.mark.parametrize("sentence, expected", [
    # The arms listed first with their people ("For patients treated with X, Y and Z, ..."), then a list of values in
    # the same order, "respectively"
    ("For patients treated with schedule X, schedule Y and schedule Z, median overall survival was 11.4, 13.9 and "
     "10.2 months, respectively.",
     {("schedule_x", "OS", "median", 11.4), ("schedule_y", "OS", "median", 13.9),
      ("schedule_z", "OS", "median", 10.2)}),
    ("Among patients receiving schedule Z, schedule Y and schedule X, the 1-year survival rates were 44%, 52% and "
     "47%, respectively.",
     {("schedule_z", "OS", "rate", 44.0), ("schedule_y", "OS", "rate", 52.0), ("schedule_x", "OS", "rate", 47.0)}),
    # The arms listed first serve each list of values of the clause that "respectively" ends
    ("For patients treated with schedule X, schedule Y and schedule Z, median survival was 11.4, 13.9 and 10.2 "
     "months, and 3-year survival was 14%, 22% and 12%, respectively.",
     {("schedule_x", "OS", "median", 11.4), ("schedule_y", "OS", "median", 13.9), ("schedule_z", "OS", "median", 10.2),
      ("schedule_x", "OS", "rate", 14.0), ("schedule_y", "OS", "rate", 22.0), ("schedule_z", "OS", "rate", 12.0)}),
    ("In the schedule Y, schedule X and schedule Z groups, median PFS was 6.3, 5.2 and 4.8 months and median OS was "
     "13.1, 11.7 and 10.9 months, respectively.",
     {("schedule_y", "PFS", "median", 6.3), ("schedule_x", "PFS", "median", 5.2), ("schedule_z", "PFS", "median", 4.8),
      ("schedule_y", "OS", "median", 13.1), ("schedule_x", "OS", "median", 11.7),
      ("schedule_z", "OS", "median", 10.9)}),
])
def test_values_listed_after_the_arms_people(sentence, expected):
    assert _by_arm(sentence) == expected


def test_one_value_after_arms_people_is_no_arms_value():
    rows = _by_arm("For patients treated with schedule X and schedule Y, median overall survival was 11.4 months.")
    assert not {r[0] for r in rows} & {"schedule_x", "schedule_y", "schedule_z"}


def test_a_later_list_of_a_part_of_the_arms_is_not_the_arms():
    rows = _by_arm("For patients treated with schedule X and schedule Y, median survival was 11.4 and 13.9 months, "
                   "and in women 12.8 and 15.0 months, respectively.")
    assert {r[3] for r in rows if r[0] in ("schedule_x", "schedule_y")} == {11.4, 13.9}


def test_a_quoted_word_that_names_no_arm_gives_no_arm():
    rows = _counts("At the data cutoff, 83 deaths had occurred with 'progressive' disease.")
    assert not {r[0] for r in rows} & {"consolidation", "observation"}
