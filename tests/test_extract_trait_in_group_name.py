"""An event said after "with"/"without" (or "and", straight before the next item's value) in a group's name ("for
drug K with rash", "in those without neuropathy") sets the group apart; it is not the outcome of the values around
it, which the sentence named before ("For grade 3-4 diarrhoea, the proportions were 12% for drug K with rash ...").
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 400 patients to drug K (n = 300) or placebo (n = 100). "


_outcomes = rows_after(_TRIAL, "category value", unit="%")


@pytest.mark.parametrize("sentence, expected", [
    # the event in a groups name is not the values outcome
    ("For grade 3-4 diarrhoea, the proportions were 12% (24 of 200) for drug K with rash, 5% (five of 100) for drug K "
     "without rash, and 2% (two of 100) for placebo.", {("diarrhoea", 12.0), ("diarrhoea", 5.0), ("diarrhoea", 2.0)}),
    ("For grade 3 neutropenia, the rates were 20% (20 of 100) for drug K with anaemia, 8% (16 of 200) for drug K "
     "without anaemia and 3% (three of 100) for placebo.",
     {("neutropenia", 20.0), ("neutropenia", 8.0), ("neutropenia", 3.0)}),
    # an event joined to a group by and before the next value is the groups
    ("For grade 3 vomiting, the shares were 15% (15 of 100) for drug K and alopecia, 6% (12 of 200) for drug K "
     "alone and 1% (one of 100) for placebo.", {("vomiting", 15.0), ("vomiting", 6.0), ("vomiting", 1.0)}),
    ("For grade 2 mucositis the rates were 22% (22 of 100) for drug K and neuropathy, 7% (14 of 200) for drug K "
     "without it and 4% (four of 100) for placebo.",
     {("mucositis", 22.0), ("mucositis", 7.0), ("mucositis", 4.0)}),
])
def test_an_event_in_a_groups_name_is_not_the_values_outcome(sentence, expected):
    assert _outcomes(sentence) == expected


def test_an_outcome_after_a_group_joined_by_and_is_still_an_outcome():
    # "... in the drug K group and nausea (...) in the placebo group": two lists of outcomes, each its group's
    out = _outcomes("The most common events were rash (90 [30%]) in the drug K group and nausea (20 [20%]) in the "
                    "placebo group.")
    assert ("nausea", 20.0) in out and ("rash", 30.0) in out
