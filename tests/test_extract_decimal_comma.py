"""A decimal comma, as some authors write the decimal point ("10,4 months", "36,5%", "HR 0,74"), is read as one
(patterns/normalize.yaml: decimal.comma, decimal.comma_below_one); before, the number after the comma was read alone
("12,7 months" gave a median of 7 months). A thousands separator and a list of numbers keep their commas."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize

TITLE = "Drug W or best supportive care in relapsed sarcoma: a randomised trial.\n\n"


@pytest.mark.parametrize("text, expected", [
    ("Results: Median overall survival was 12,7 months with drug W (n = 64) and 8,3 months with best supportive care "
     "(n = 61).",
     {("OS", "median", 12.7, "drug_w"), ("OS", "median", 8.3, "best_supportive_care")}),
    ("Results: Median progression-free survival was 5,9 months in the drug W arm (n = 64) and 2,4 months in the best "
     "supportive care arm (n = 61) (HR 0,57, 95% CI 0,41-0,80).",
     {("PFS", "median", 5.9, "drug_w"), ("PFS", "median", 2.4, "best_supportive_care"), ("PFS", "hr", 0.57, "drug_w")}),
    ("Results: Of 125 patients, the disease control rate was 36,5% with drug W (n = 64) and 14,8% with best supportive "
     "care (n = 61).",
     {("DCR", "rate", 36.5, "drug_w"), ("DCR", "rate", 14.8, "best_supportive_care")}),
])
def test_a_decimal_comma_gives_the_whole_number(text, expected):
    assert row_tuples(TITLE + text, "endpoint measure value cohort") == expected


@pytest.mark.parametrize("text, expected", [
    ("the median was 10,4 months", "the median was 10.4 months"),
    ("in 42,25% of them", "in 42.25% of them"),
    ("HR 0,81, 95% CI 0,66-0,99", "HR 0.81, 95% CI 0.66-0.99"),
    ("of 2,418 patients", "of 2418 patients"),  # a thousands separator
    ("at 3,6 and 12 months", "at 3,6 and 12 months"),  # a list: no unit right after
    ("at weeks 0,12,24", "at weeks 0,12,24"),
    ("at 2,4,8 months", "at 2,4,8 months"),
    ("were 5.2,6 months", "were 5.2,6 months"),  # two values, the first with a point
    ("ECOG 0,1 or 2", "ECOG 0,1 or 2"),
])
def test_only_a_decimal_comma_becomes_a_point(text, expected):
    assert normalize(text).text == expected
