"""A list of outcomes with "rates" said once after it ("distant metastasis and local recurrence rates were 40% and
15%"): each item is an outcome with the head, as "rates of distant metastasis and local recurrence" reads. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_STUDY = "We treated 72 patients with stereotactic radiotherapy. Results: "


_rates = rows_after(_STUDY, "endpoint value timepoint_months", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    ("The 2-year distant metastasis and local recurrence rates were 37% and 9%, respectively.",
     {("FAIL_DISTANT", 37.0, 24.0), ("FAIL_LOCAL", 9.0, 24.0)}),
    ("Distant metastasis and local failure rates at 5 years were 44% and 12%, respectively.",
     {("FAIL_DISTANT", 44.0, 60.0), ("FAIL_LOCAL", 12.0, 60.0)}),
])
def test_each_item_before_the_shared_rates_is_an_outcome(sentence, expected):
    assert _rates(sentence) == expected


def test_distant_metastasis_without_its_rate_is_no_outcome():
    rates = _rates("Patients with distant metastasis and local recurrence were excluded; 12% had nodal disease.")
    assert not any(code == "FAIL_DISTANT" for code, _, _ in rates)
