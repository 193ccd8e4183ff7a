"""Outcomes listed with a shared head ("Local, regional and distant failures were observed in 12 (13%), 5 (6%) and 20
(22%) patients, respectively") take the counts in their places whatever the verb: the list's other outcomes between the
first and its count are no new subject (which "..., and repeat operations were required in 17 (40%)" still is). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _counts(sentence: str) -> set[tuple]:
    return row_tuples("We treated 84 patients. " + sentence, "endpoint value", measure="count")


@pytest.mark.parametrize("verb", ["were observed in", "were recorded in", "were seen in"])
def test_each_failure_takes_its_count(verb):
    sentence = f"Local, regional and distant failures {verb} 9 (11%), 4 (5%) and 17 (20%) patients, respectively."
    assert _counts(sentence) == {("FAIL_LOCAL", 9.0), ("FAIL_REGIONAL", 4.0), ("FAIL_DISTANT", 17.0)}


def test_a_new_subject_keeps_its_count_from_the_outcome_before():
    counts = _counts("Three patients died of pneumonitis, and a second operation was required in 6 (7%).")
    assert ("DEATH", 6.0) not in counts and ("TOX", 6.0) not in counts
