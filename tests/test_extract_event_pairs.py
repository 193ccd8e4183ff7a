"""A pair of event counts beside a comparison of two arms is the arms' events: "[118 deaths vs. 131]" straight after
the arms' pair of rates, "[128 events vs. 152]" or "(201 vs 214 events; HR ...)" of the curve the pair or the ratio is
of, counted as the endpoint-code file says a curve's events are (deaths of overall survival, progressions, relapses
or deaths of progression-free or disease-free survival; none for a curve whose events no code counts). Every
sentence here is written for the test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_TRIAL = ("Maintenance drug K in ovarian cancer. We randomly assigned 640 women to drug K (n = 322) or placebo "
          "(n = 318). Results: ")


_counts = rows_after(_TRIAL, "cohort endpoint value", measure="count")


@yaml_cases
def test_event_counts_beside_the_arms_pair_are_the_arms_events(sentence, expected):
    assert _counts(sentence) == expected
