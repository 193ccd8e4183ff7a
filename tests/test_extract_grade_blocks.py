"""Two grades of one event, then two values per group, each pair followed by its group ("grade 3 and 4 neutropenia
occurred in 28% and 9% on arm A versus 21% and 5% on arm B"): each value is its grade's in its group; the group rules
had read each pair as one grade range (the second value given to the group as "3-4"). Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 180 patients to arm A (n = 90) or arm B (n = 90). "


_rows = rows_after(_TRIAL, "cohort category grade value")


@pytest.mark.parametrize("sentence, term, grades, values", [
    ("Grade 3 and 4 neutropenia occurred in 28% and 9% on arm A versus 21% and 5% on arm B.",
     "neutropenia", ("3", "4"), (28.0, 9.0, 21.0, 5.0)),
    ("Grade 2 and grade 3 diarrhea rates were 17% and 6%, respectively, on arm B and 12% and 2%, respectively, on "
     "arm A.", "diarrhea", ("2", "3"), (17.0, 6.0, 12.0, 2.0)),
    ("Rates of stomatitis (grade 3 and 4 were, respectively, 14% and 2% for arm A v 10% and 1% for arm B) did not "
     "differ.", "stomatitis", ("3", "4"), (14.0, 2.0, 10.0, 1.0)),
])
def test_each_value_is_its_grades_in_its_group(sentence, term, grades, values):
    first, second = ("arm_b", "arm_a") if "on arm B and" in sentence else ("arm_a", "arm_b")
    expected = {(first, term, grades[0], values[0]), (first, term, grades[1], values[1]),
                (second, term, grades[0], values[2]), (second, term, grades[1], values[3])}
    assert _rows(sentence) == expected


def test_grades_as_one_range_stay_one_range():
    rows = _rows("Grade 3 or 4 neutropenia occurred in 28% on arm A versus 21% on arm B.")
    assert rows == {("arm_a", "neutropenia", "3-4", 28.0), ("arm_b", "neutropenia", "3-4", 21.0)}


def test_each_events_bracket_of_grade_blocks_in_one_sentence():
    rows = _rows("There was no difference in the in-field toxicities of stomatitis (grade 3 and 4 were, respectively, "
                 "14% and 2% for arm A v 10% and 1% for arm B) and fatigue (grade 3 and 4 were, respectively, 9% and "
                 "3% for arm A v 7% and 0% for arm B).")
    assert {("arm_a", "stomatitis", "4", 2.0), ("arm_b", "fatigue", "3", 7.0), ("arm_b", "fatigue", "4", 0.0)} <= rows
