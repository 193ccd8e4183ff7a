"""Two ways of naming a toxicity and its count: a grade in a bracket that says what "severe" means ("severe (grade
3-4) diarrhoea": that grade), and the patients who "suffered from" it ("two patients suffered from grade 3 rash"). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_STUDY = "Sixty patients were treated. "


_rows = rows_after(_STUDY, "endpoint category grade measure value")


@pytest.mark.parametrize("sentence, expected", [
    # the grade that says what severe is
    ("Severe (grade 3-4) diarrhoea occurred in 9 patients (15%).",
     {("TOX", "diarrhoea", "3-4", "count", 9.0), ("TOX", "diarrhoea", "3-4", "rate", 15.0)}),
    ("Serious (grade 3 or higher) pneumonitis was seen in 4 patients (7%).",
     {("TOX", "pneumonitis", ">=3", "count", 4.0), ("TOX", "pneumonitis", ">=3", "rate", 7.0)}),
    # suffered from counts the patients
    ("Two patients suffered from grade 3 dermatitis.", {("TOX", "dermatitis", "3", "count", 2.0)}),
    ("Three patients (5%) suffered from grade 2 neuropathy.",
     {("TOX", "neuropathy", "2", "count", 3.0), ("TOX", "neuropathy", "2", "rate", 5.0)}),
])
def test_a_toxicity_worded_its_way(sentence, expected):
    assert _rows(sentence) == expected


def test_a_bracket_of_values_before_the_term_keeps_its_grade_to_itself():
    # the grade in a bracket of values said before the next term is not that term's
    rows = _rows("Nausea (24 patients; 5 were grade 3) and fatigue occurred in 30 patients (50%).")
    assert not any(grade == "3" and category == "fatigue" for _, category, grade, _, _ in rows)

