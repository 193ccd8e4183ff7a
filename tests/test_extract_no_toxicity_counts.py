"""Patients counted as free of toxicity ("81 patients had no toxicity", "No acute or late toxicity was seen in 64
patients (53%)") are a count of toxicity's grade 0, as the gold format writes "no toxicity"; before, the first gave no
row and the second a count of patients WITH toxicity. Another outcome denied ("12 patients had no response", "no
progression was seen in 40 patients") gives no count. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _rows(sentence: str) -> set[tuple]:
    return row_tuples("We treated 130 patients. " + sentence, "endpoint grade measure value")


@pytest.mark.parametrize("sentence, count, share", [
    ("Seventy-seven patients (59%) had no toxicity.", 77.0, 59.0),
    ("In all, 77 patients (59%) experienced no adverse events.", 77.0, 59.0),
    ("No acute or late toxicity was seen in 77 patients (59%).", 77.0, 59.0),
    ("No toxicity occurred in 77 patients (59%).", 77.0, 59.0),
])
def test_patients_free_of_toxicity_are_its_grade_0(sentence, count, share):
    assert _rows(sentence) == {("TOX", "0", "count", count), ("TOX", "0", "rate", share)}


@pytest.mark.parametrize("sentence", [
    "Fourteen patients had no response.",
    "No progression was seen in 41 patients.",
])
def test_another_outcome_denied_gives_no_count(sentence):
    assert not {r for r in _rows(sentence) if r[2] == "count" and r[3] > 0}
