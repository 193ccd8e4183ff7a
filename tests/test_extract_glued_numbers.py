"""Text taken from a PDF loses spaces: a comparison's word run into the numbers on both sides ("41%versus27%"), a
ratio's abbreviation run into its value ("HR0.74"), a time point's "y" into an outcome's first word ("3y
progression-free survival"). Each is spaced as the paper meant (patterns/normalize.yaml: vs.glued_both_sides,
ratio.glued_value, time.glued_year). Before, the first gave one row for the whole study instead of one per arm, the
second no ratio, the third no time point."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize

TEXT = ("Drug K or drug L in resected colon cancer: a randomized trial.\n\nMethods: We randomly assigned 300 patients "
        "to drug K (n = 151) or drug L (n = 149). Results: {sentence}")


@pytest.mark.parametrize("word", ["versus", "vs", "vs."])
def test_a_comparison_run_into_its_numbers(word):
    text = TEXT.format(sentence=f"The 3-year disease-free survival rate was 74%{word}66% with drug K and drug L, "
                                "respectively.")
    assert row_tuples(text, "endpoint measure value cohort timepoint_months") == {
        ("DFS", "rate", 74.0, "drug_k", 36.0), ("DFS", "rate", 66.0, "drug_l", 36.0)}


@pytest.mark.parametrize("ratio", ["HR0.79", "HR0.79,"])
def test_a_ratio_run_into_its_value(ratio):
    text = TEXT.format(sentence=f"Disease-free survival was longer with drug K than with drug L ({ratio} 95% CI "
                                "0.63-0.98).")
    assert ("DFS", "hr", 0.79, "drug_k") in row_tuples(text, "endpoint measure value cohort")


@pytest.mark.parametrize("year", ["3y", "3yr", "3-y"])
def test_a_time_point_run_into_an_outcomes_first_word(year):
    text = TEXT.format(sentence=f"The {year} disease-free survival rate was 74% with drug K and 66% with drug L.")
    assert row_tuples(text, "endpoint measure value cohort timepoint_months") == {
        ("DFS", "rate", 74.0, "drug_k", 36.0), ("DFS", "rate", 66.0, "drug_l", 36.0)}


@pytest.mark.parametrize("text, expected", [
    ("17.4vs12.2 months", "17.4 vs 12.2 months"),
    ("OR3A1 expression", "OR3A1 expression"),  # a gene's name, not a ratio
    ("patients aged 70y or older", "patients aged 70y or older"),  # an age
])
def test_only_glued_words_are_spaced(text, expected):
    assert normalize(text).text == expected
