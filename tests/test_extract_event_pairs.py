"""A pair of event counts beside a comparison of two arms is the arms' events: "[118 deaths vs. 131]" straight after
the arms' pair of rates, "[128 events vs. 152]" or "(201 vs 214 events; HR ...)" of the curve the pair or the ratio is
of, counted as the endpoint-code file says a curve's events are (deaths of overall survival, progressions or deaths
of progression-free survival; none for a curve whose events no code counts). Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Maintenance drug K in ovarian cancer. We randomly assigned 640 women to drug K (n = 322) or placebo "
          "(n = 318). Results: ")


_counts = rows_after(_TRIAL, "cohort endpoint value", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    # event counts beside the arms pair are the arms events
    # the pair of rates said arm by arm, the deaths in a bracket straight after it
    ("Overall survival was 45% with drug K and 40% with placebo at two years [118 deaths vs. 131]; hazard ratio for "
     "death, 0.85.", {("drug_k", "DEATH", 118.0), ("placebo", "DEATH", 131.0)}),
    ("Three-year survival was 61.5% with placebo and 66.0% with drug K [97 deaths vs. 84]; P = 0.2.",
     {("placebo", "DEATH", 97.0), ("drug_k", "DEATH", 84.0)}),
    # the groups said by who the people are ("those given placebo"), bare events of the pair's curve
    ("Women given drug K had a higher disease-free survival rate than those given placebo (41% vs. 33% at two years "
     "[128 events vs. 152]; hazard ratio, 0.81).", set()),  # (a disease-free curve's events: no code counts them)
    ("Women given placebo had a lower progression-free survival rate than those given drug K (22.5% vs. 30.1% at "
     "three years [201 events vs. 176]; P = 0.01).", {("placebo", "FAIL_ANY", 201.0), ("drug_k", "FAIL_ANY", 176.0)}),
    # the pair in the bracket of the rates, the groups said as the people assigned to each arm
    ("Women assigned to drug K had a higher survival rate than those assigned to placebo (52.0 percent vs. 47.1 "
     "percent at four years [140 deaths vs. 162]; hazard ratio for death, 0.84).",
     {("drug_k", "DEATH", 140.0), ("placebo", "DEATH", 162.0)}),
    # event counts in a ratios bracket are the curves events
    # both arms named before the ratio's bracket: the counts in the order they are named
    ("Non-inferiority of drug K compared with placebo was shown for overall survival (201 vs 214 events; hazard "
     "ratio [HR] 0.97, 96% CI 0.81-1.15).", {("drug_k", "DEATH", 201.0), ("placebo", "DEATH", 214.0)}),
    ("Progression-free survival was longer with placebo than with drug K (150 vs 171 events; HR 0.86).",
     {("placebo", "FAIL_ANY", 150.0), ("drug_k", "FAIL_ANY", 171.0)}),
    # no arm named: the paper's order, as a pair of death counts
    ("Overall survival did not differ (118 vs 131 events; HR 0.95; 95% CI 0.74 to 1.22).",
     {("drug_k", "DEATH", 118.0), ("placebo", "DEATH", 131.0)}),
])
def test_event_counts_beside_the_arms_pair_are_the_arms_events(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # one arm named: whose count comes first is not said
    "Drug K did not prolong progression-free survival (132 vs 140 events; HR 0.93, 95% CI 0.74-1.17).",
    # events of a toxicity: adverse events counted, no curve's events, and no arm's patients
    "Grade 3 fatigue was seen in 20% with drug K and 12% with placebo [40 events vs. 25].",
    # a ratio of a response, no curve
    "Response was more frequent with drug K than with placebo (61 vs 40 events; odds ratio 1.71).",
])
def test_event_pairs_of_no_curve_or_of_an_unsaid_order_give_no_count(sentence):
    assert not {v for _, _, v in _counts(sentence)} & {132.0, 140.0, 40.0, 25.0, 61.0}
