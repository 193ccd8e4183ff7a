"""Events counted among people said after them, with the share in a bracket after the people ("12 recurrences in 80
patients (15%)", "9 deaths among the 60 treated patients [15%]"): the count, and its share of those people when the
bracket is that share (else the bracket is of something else and the count stays alone). Sentences written for this
test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_SERIES = "Methods: We treated 90 patients with resected gastric cancer. Results: "
_rows = rows_after(_SERIES, "endpoint measure value")


@pytest.mark.parametrize("sentence, expected", [
    ("There were 18 recurrences in 90 patients (20%).",
     {("FAIL_ANY", "count", 18.0), ("FAIL_ANY", "rate", 20.0)}),
    ("We recorded 27 deaths among the 90 patients (30.0%).",
     {("DEATH", "count", 27.0), ("DEATH", "rate", 30.0)}),
    ("Overall, 6 local recurrences among 90 participants [6.7%] were seen.",
     {("FAIL_LOCAL", "count", 6.0), ("FAIL_LOCAL", "rate", 6.7)}),
    # the bracket is not the count's share of the people: the count alone
    ("There were 18 recurrences in 90 patients (41%).", {("FAIL_ANY", "count", 18.0)}),
])
def test_events_among_people_with_their_share(sentence, expected):
    assert _rows(sentence) == expected
