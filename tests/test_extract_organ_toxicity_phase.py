"""Toxicities of organ systems listed with their shares and "respectively" keep the grade said before them when a word
of the events' phase stands between ("grade 2 or higher late urinary and bowel ... toxicity"), and take the one time
said before the list as their time point ("the 4-year rates of ..."). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _rows(sentence: str) -> set[tuple]:
    return row_tuples("We treated 150 patients. " + sentence, "category grade timepoint_months value", endpoint="TOX")


@pytest.mark.parametrize("sentence, grade, months", [
    ("The 4-year rates of grade 3 or higher late gastrointestinal and genitourinary toxicity were 3.1% and 7.4%, "
     "respectively.", ">=3", 48.0),
    ("Grade 2 acute gastrointestinal and genitourinary toxicities occurred in 3.1% and 7.4% of patients, respectively.",
     "2", None),
    ("At 2 years, grade 2 chronic GI and GU toxicities were seen in 3.1% and 7.4%, respectively.", "2", 24.0),
])
def test_the_grade_before_the_phase_and_the_time_before_the_list(sentence, grade, months):
    assert _rows(sentence) == {("gastrointestinal toxicity", grade, months, 3.1),
                               ("genitourinary toxicity", grade, months, 7.4)}


def test_two_times_before_the_list_give_none():
    rows = _rows("Between 6 and 24 months, grade 2 late GI and GU toxicities were seen in 3.1% and 7.4%, respectively.")
    assert {r[2] for r in rows} <= {None}
