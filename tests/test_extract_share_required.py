"""A share of the patients who "required" or "needed" an event is the event's rate, as one who "had" or
"experienced" it ("58% of patients required at least one dose reduction")."""

import pytest
from result_rows import row_tuples

SERIES = "We treated 120 patients with drug K. "


@pytest.mark.parametrize("sentence, endpoint, value", [
    ("In all, 58% of patients required at least one dose reduction.", "DOSE_REDUCTION", 58.0),
    ("Overall, 17% of the patients needed a dose reduction.", "DOSE_REDUCTION", 17.0),
    ("About 9% of patients required a reoperation.", "REOPERATION", 9.0),
])
def test_a_share_that_required_an_event_is_its_rate(sentence, endpoint, value):
    assert row_tuples(SERIES + sentence, "endpoint measure value cohort") == {(endpoint, "rate", value, "all")}


def test_a_share_that_required_something_no_outcome_names_gives_no_row():
    assert not row_tuples(SERIES + "In all, 58% of patients required opioid analgesics for the first week.",
                          "endpoint value")
