"""An event said after "with"/"without" (or "and", straight before the next item's value) in a group's name ("for
drug K with rash", "in those without neuropathy") sets the group apart; it is not the outcome of the values around
it, which the sentence named before ("For grade 3-4 diarrhoea, the proportions were 12% for drug K with rash ...").
Every sentence here is written for the test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_TRIAL = "We randomly assigned 400 patients to drug K (n = 300) or placebo (n = 100). "


_outcomes = rows_after(_TRIAL, "category value", unit="%")


@yaml_cases
def test_an_event_in_a_groups_name_is_not_the_values_outcome(sentence, expected):
    assert _outcomes(sentence) == expected
