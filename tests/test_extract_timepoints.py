"""Rates at a time point and medians, in the forms papers of any site and design write them (issue 13).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text


def _rows(text: str) -> list[dict]:
    return extract_text(text)["results"]


_SERIES = ("Methods: We treated 140 adults with limb sarcoma with preoperative radiotherapy and surgery. Results: ")


@pytest.mark.parametrize(("sentence", "grade", "months"), [
    ("The 5-year cumulative incidence of grade 3 or higher late toxicity was 9%.", ">=3", 60.0),
    ("The 3-year cumulative incidence of grade 2 or worse late toxicity was 17%.", ">=2", 36.0),
    ("At 4 years, the cumulative incidence of grade 3 late toxicity was 6%.", "3", 48.0),
])
def test_a_toxicity_rate_keeps_its_time_point_past_the_grade_words(sentence, grade, months):
    rows = [r for r in _rows(_SERIES + sentence) if r["endpoint"] == "TOX"]
    assert [(r["grade"], r["timepoint_months"]) for r in rows] == [(grade, months)]


def test_a_time_point_far_from_the_toxicity_is_not_its_own():
    # the time point names when patients were seen, far before a crude rate of toxicity with many words between
    rows = [r for r in _rows(_SERIES + "At 2 years, patients who had been seen in the clinic by a physician reported "
                             "grade 3 toxicity in 7%.") if r["endpoint"] == "TOX"]
    assert [r["timepoint_months"] for r in rows] in ([], [None])
