"""Survival and time-to-event results the sentence rules once left unread. Every sentence here is written for the
test."""

from __future__ import annotations

from result_rows import row_tuples, rows_after
from support import yaml_cases

_TRIAL = ("Consolidation therapy in lung cancer. We randomly assigned 240 patients to consolidation (n = 120) or "
          "observation (n = 120). Results: ")


def _rows(sentence: str, measure: str) -> set[tuple]:
    return row_tuples(_TRIAL + sentence, "cohort endpoint measure value ci_low ci_high", measure=measure)


# A median whose unit is written after its bracketed interval: "was 10.8 (95% CI, 9.2-11.1) months"
@yaml_cases
def test_a_median_with_its_unit_after_the_interval(sentence, expected):
    assert _rows(sentence, "median") == expected


# Events counted with the verb in the perfect: "41 patients had had disease progression and 23 had died"
@yaml_cases
def test_events_counted_with_a_perfect_verb(sentence, expected):
    assert _rows(sentence, "count") == expected


_counts = rows_after(_TRIAL, "cohort endpoint value", measure="count")


@yaml_cases
def test_each_arms_events(sentence, expected):
    assert _counts(sentence) == expected


_alive = rows_after(_TRIAL, "value timepoint_months", endpoint="OS", measure="count")


# Counts of people alive at a time: each state takes the time said straight after it, and a second count of the same
# people may leave their noun out ("57 patients were alive at 1 year, and 31 were alive at 3 years")
@yaml_cases
def test_each_count_alive_at_its_own_time(sentence, expected):
    assert _alive(sentence) == expected


_rates = rows_after(_TRIAL, "cohort endpoint value timepoint_months", measure="rate")


# One arm's share free from a failure, then the other arm's after the contrast: "61% of patients in the A group were
# free from local recurrence at 2 years, compared with 33% of patients who received B"
@yaml_cases
def test_the_other_arms_share_free_from_a_failure(sentence, expected):
    assert _rates(sentence) == expected


_THREE = ("Chemotherapy schedules in lung cancer. We randomly assigned 330 patients to schedule X (n = 110), "
          "schedule Y (n = 110) or schedule Z (n = 110). Results: ")


_by_arm = rows_after(_THREE, "cohort endpoint measure value")


@yaml_cases
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
