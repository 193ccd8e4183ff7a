"""A pair of death counts in the bracket of a pair of values already given to two arms ("longer with A than with B
(5-year survival, 44.5% vs 40.4% [170 deaths vs 201]; ...)") is the same two arms' deaths, in the same order. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_TRIAL = ("Adjuvant chemotherapy in lung cancer. We randomly assigned 1,800 patients to chemotherapy (n = 901) or "
          "observation (n = 899). Results: ")


def _deaths(sentence: str) -> set[tuple]:
    return {(r["cohort"], r["value"]) for r in extract_text(_TRIAL + sentence)["results"]
            if r["endpoint"] == "DEATH" and r["measure"] == "count"}


@pytest.mark.parametrize("sentence, expected", [
    ("Overall survival was longer with chemotherapy than with observation (5-year survival, 44.5% vs 40.4% [170 "
     "deaths vs 201]; hazard ratio for death, 0.86; 95% CI, 0.76 to 0.98).",
     {("chemotherapy", 170.0), ("observation", 201.0)}),
    ("Survival was better in the observation group than in the chemotherapy group (median, 38.1 vs 31.7 months [88 "
     "deaths vs. 103]; P = 0.04).", {("observation", 88.0), ("chemotherapy", 103.0)}),
])
def test_deaths_beside_the_arms_pair_are_the_arms_deaths(sentence, expected):
    assert _deaths(sentence) == expected


def test_deaths_beside_values_of_no_arms_are_not_given_arms():
    sentence = ("Survival was similar in patients younger and older than 65 years (median, 38.1 vs 31.7 months [88 "
                "deaths vs. 103]).")
    assert not any(cohort in ("chemotherapy", "observation") for cohort, _ in _deaths(sentence))


@pytest.mark.parametrize("sentence", [
    "Survival was similar in patients younger and older than 65 years (median, 38.1 vs 31.7 months).",
    "Survival differed between those with and without nodal disease (median, 40.2 vs 28.5 months; P = 0.01).",
    "Five-year survival was close in men and women (41.0% vs 43.2%).",
])
def test_a_pair_of_values_of_two_kinds_of_patients_is_no_arms_pair(sentence):
    rows = {r["cohort"] for r in extract_text(_TRIAL + sentence)["results"]}
    assert not rows & {"chemotherapy", "observation"}
