"""Events counted in patients whose code has a time to it (oligoprogression, skeletal-related events): the count, its
share and the median time said right after the event ("... developed oligoprogression after a median of 6.5 months")
are rows of that code; "new" before the event's name leaves it the event. A median follow-up is no time of the event,
and an event whose code has no median of its own (local recurrence) gets none. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _rows(sentence: str) -> set[tuple]:
    return row_tuples("We treated 64 patients with stereotactic radiotherapy. " + sentence, "endpoint measure value")


@pytest.mark.parametrize("sentence, count, share, median", [
    ("Fourteen (21.9%) patients developed oligoprogression after a median of 7.4 months.", 14.0, 21.9, 7.4),
    ("Nine patients (14.1%) experienced new oligometastatic progression in a median of 10 months.", 9.0, 14.1, 10.0),
    ("Oligoprogressive disease occurred in 11 patients (17.2%) at a median of 5.9 months.", 11.0, 17.2, 5.9),
])
def test_count_share_and_median_time_of_oligoprogression(sentence, count, share, median):
    assert _rows(sentence) == {("FAIL_OLIGOPROGRESSION", "count", count), ("FAIL_OLIGOPROGRESSION", "rate", share),
                               ("FAIL_OLIGOPROGRESSION", "median", median)}


def test_new_before_an_event_leaves_it_the_event():
    rows = _rows("Six patients (9.4%) developed new local recurrence.")
    assert rows == {("FAIL_LOCAL", "count", 6.0), ("FAIL_LOCAL", "rate", 9.4)}


@pytest.mark.parametrize("sentence", [
    "Fourteen (21.9%) patients developed oligoprogression at a median follow-up of 17 months.",
    "Local recurrence occurred in 6 patients (9.4%) at a median of 13 months.",
])
def test_no_median_of_the_event(sentence):
    assert not {r for r in _rows(sentence) if r[1] == "median"}


def test_a_time_in_years_is_given_in_months():
    rows = _rows("Skeletal-related events occurred in 10 patients (15.6%) after a median of 1.5 years.")
    assert ("SRE", "median", 18.0) in rows and ("SRE", "count", 10.0) in rows
