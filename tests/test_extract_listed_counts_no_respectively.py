"""Two outcomes or more joined before bare counts that end the clause ("grade 2 pneumonitis and oesophagitis were
observed in 2 and 9 patients.") are read in place, "respectively" unsaid: the places are the only order the sentence
gives. One outcome with a pair of counts still needs "respectively" (whose count is which), and counts that go on to
name their people ("in 2 and 9 patients with X") are left. Also "confirmed in" as a verb of a count, and a reduced or
decreased dose as a dose reduction. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _rows(sentence: str) -> set[tuple]:
    return row_tuples("We treated 57 patients. " + sentence, "endpoint category measure value")


@pytest.mark.parametrize("sentence", [
    "Grade 2 dermatitis and mucositis were observed in 6 and 14 patients.",
    "Dermatitis and mucositis of grade 2 occurred in 6 and 14 patients; no grade 4 event was seen.",
])
def test_two_outcomes_take_the_counts_in_place(sentence):
    counts = {(r[1], r[3]) for r in _rows(sentence) if r[2] == "count"}
    assert counts == {("dermatitis", 6.0), ("mucositis", 14.0)}


@pytest.mark.parametrize("sentence", [
    "Grade 2 mucositis was observed in 6 and 14 patients.",
    "Grade 2 dermatitis and mucositis were observed in 6 and 14 patients with head and neck primaries.",
])
def test_no_counts_whose_places_are_not_said(sentence):
    assert not {r for r in _rows(sentence) if r[2] == "count"}


@pytest.mark.parametrize("sentence, code, value", [
    ("Disease progression was confirmed in 23 patients.", "FAIL_ANY", 23.0),
    ("Eleven patients (19%) required a reduced dose.", "DOSE_REDUCTION", 11.0),
    ("A dose decrease was needed in 8 patients (14%).", "DOSE_REDUCTION", 8.0),
])
def test_more_words_of_counted_events(sentence, code, value):
    assert (code, None, "count", value) in _rows(sentence)
