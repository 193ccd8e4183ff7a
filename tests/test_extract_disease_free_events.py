"""The events of a disease-free survival curve (a relapse or a death, whichever came first) are counted as any
failure, as a progression-free curve's are: a pair of bare events beside the two arms' disease-free rates, or events
of the curve counted in named arms. A curve whose events no code counts (local control) still gives no count. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Adjuvant drug M in resected gastric cancer. We randomly assigned 410 patients to drug M (n = 204) or "
          "surveillance (n = 206). Results: ")


_counts = rows_after(_TRIAL, "cohort endpoint value comparator", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    # a pair of bare events in the bracket of the arms' pair of disease-free rates
    ("Patients given drug M had a higher disease-free survival rate than those under surveillance (57.2 percent vs. "
     "49.8 percent at four years [83 events vs. 101]; hazard ratio, 0.79).",
     {("drug_m", "FAIL_ANY", 83.0, "surveillance"), ("surveillance", "FAIL_ANY", 101.0, "drug_m")}),
    ("Disease-free survival at three years was 64% with surveillance and 71% with drug M [77 events vs. 58]; "
     "P = 0.04.", {("surveillance", "FAIL_ANY", 77.0, "drug_m"), ("drug_m", "FAIL_ANY", 58.0, "surveillance")}),
])
def test_bare_events_beside_a_disease_free_pair_are_the_arms_failures(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # local control: no code counts its events
    "Patients given drug M had a higher local control rate than those under surveillance (91% vs. 84% at two years "
    "[19 events vs. 33]; hazard ratio, 0.61).",
    "Local control favoured drug M (HR 0.70), with 19 events in the drug M arm and 33 events in the surveillance arm.",
])
def test_events_of_a_curve_no_code_counts_give_no_count(sentence):
    assert not {c for c in _counts(sentence) if c[2] in (19.0, 33.0)}
