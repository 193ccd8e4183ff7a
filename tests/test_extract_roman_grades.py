"""A toxicity grade in Roman numerals ("grade III-IV", "Grade IV", "grade III or IV") is read as its digits
(patterns/normalize.yaml: grade.roman). Before, the grade was not read and its events were given as of any grade;
with an en dash ("III–IV") only the first numeral would have been read."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize

TEXT = ("Drug R or drug S in advanced ovarian cancer: a randomized trial.\n\nMethods: We randomly assigned 210 "
        "patients to drug R (n = 105) or drug S (n = 105). Results: {grade} neutropenia was seen in 30 patients "
        "(29%) given drug R and in 12 patients (11%) given drug S.")


@pytest.mark.parametrize("grade, expected", [
    ("Grade III", "3"), ("Grade IV", "4"), ("Grade III-IV", "3-4"), ("Grade III\u2013IV", "3-4"),
    ("Grade III/IV", "3-4"), ("Grade III or IV", "3-4"), ("Grade \u2265III", ">=3"),
])
def test_a_roman_grade_is_the_rows_grade(grade, expected):
    rows = row_tuples(TEXT.format(grade=grade), "endpoint measure value cohort grade")
    assert rows == {("TOX", "count", 30.0, "drug_r", expected), ("TOX", "rate", 29.0, "drug_r", expected),
                    ("TOX", "count", 12.0, "drug_s", expected), ("TOX", "rate", 11.0, "drug_s", expected)}


@pytest.mark.parametrize("text, expected", [
    ("grades II and III", "grades 2 and 3"),
    ("GRADE IV events", "GRADE 4 events"),
    ("stage III disease", "stage III disease"),  # a stage keeps its numerals
    ("grade Ib", "grade Ib"),
    ("Phase II trial", "Phase II trial"),
])
def test_only_a_grades_numerals_become_digits(text, expected):
    assert normalize(text).text == expected
