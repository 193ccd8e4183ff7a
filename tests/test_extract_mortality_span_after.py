""""Mortality" with its span said after it ("mortality at 30 days", "mortality within 90 days of surgery") is the
death rate over that span, as "30-day mortality" is; bare "mortality" stays unread (whose deaths, over what span, is
not said). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 124 patients to open surgery (n = 63) or laparoscopy (n = 61). "


_deaths = rows_after(_TRIAL, "cohort measure value timepoint_months", endpoint="DEATH")


@pytest.mark.parametrize("sentence, expected", [
    ("Mortality at 30 days was 3/63 (4.8%) after open surgery and 1/61 (1.6%) after laparoscopy.",
     {("open_surgery", "rate", 4.8, 1.0), ("laparoscopy", "rate", 1.6, 1.0)}),
    ("Mortality within 90 days of the operation was 6.3% after open surgery and 3.3% after laparoscopy.",
     {("open_surgery", "rate", 6.3, 3.0), ("laparoscopy", "rate", 3.3, 3.0)}),
])
def test_mortality_with_its_span_after_it(sentence, expected):
    assert expected <= _deaths(sentence)


def test_bare_mortality_stays_unread():
    assert _deaths("Mortality was 6.3% after open surgery and 3.3% after laparoscopy.") == set()
