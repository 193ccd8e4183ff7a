"""A footnote's mark right after a value ("30 patients (29%)\u2020 given drug R", "p = 0.03*") is dropped
(patterns/normalize.yaml: mark.footnote_after_value): the footnote is elsewhere, and the mark parted the value from
the words after it that name its group. Before, the value lost its group (no row, or no comparator)."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize

TEXT = ("Drug R or drug S in advanced ovarian cancer: a randomized trial.\n\nMethods: We randomly assigned 210 "
        "patients to drug R (n = 105) or drug S (n = 105). Results: {sentence}")


@pytest.mark.parametrize("mark", ["*", "\u2020", "\u2021", "**", "\u00a7"])
def test_a_share_with_a_footnote_mark_keeps_its_group(mark):
    text = TEXT.format(sentence=f"Grade 3 or higher fatigue was seen in 30 patients (29%){mark} given drug R and in 12 "
                                "patients (11%) given drug S.")
    assert row_tuples(text, "endpoint measure value cohort grade") == {
        ("TOX", "count", 30.0, "drug_r", ">=3"), ("TOX", "rate", 29.0, "drug_r", ">=3"),
        ("TOX", "count", 12.0, "drug_s", ">=3"), ("TOX", "rate", 11.0, "drug_s", ">=3")}


@pytest.mark.parametrize("text, expected", [
    ("in 30 (29%)\u2020 given", "in 30 (29%) given"),
    ("was 11.4 months*, and", "was 11.4 months*, and"),  # after a word: kept (a mark of the word)
    ("p = 0.03*.", "p = 0.03."),
    ("* 2 patients were lost.", "* 2 patients were lost."),  # a footnote's own mark at a line's start
    ("a 5*2 grid", "a 5*2 grid"),
])
def test_only_a_mark_after_a_value_is_dropped(text, expected):
    assert normalize(text).text == expected
