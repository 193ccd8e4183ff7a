"""A pair of death counts in the bracket of a pair of values already given to two arms ("longer with A than with B
(5-year survival, 44.5% vs 40.4% [170 deaths vs 201]; ...)") is the same two arms' deaths, in the same order. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after
from support import extract_text

_TRIAL = ("Adjuvant chemotherapy in lung cancer. We randomly assigned 1,800 patients to chemotherapy (n = 901) or "
          "observation (n = 899). Results: ")


_deaths = rows_after(_TRIAL, "cohort value", endpoint="DEATH", measure="count")


# The pair of death counts said beside (or in the bracket after) a pair of values already given to the two arms
@pytest.mark.parametrize("sentence, expected", [
    # in the bracket of the arms' pair
    ("Overall survival was longer with chemotherapy than with observation (5-year survival, 44.5% vs 40.4% [170 "
     "deaths vs 201]; hazard ratio for death, 0.86; 95% CI, 0.76 to 0.98).",
     {("chemotherapy", 170.0), ("observation", 201.0)}),
    ("Survival was better in the observation group than in the chemotherapy group (median, 38.1 vs 31.7 months [88 "
     "deaths vs. 103]; P = 0.04).", {("observation", 88.0), ("chemotherapy", 103.0)}),
    # in the bracket after the arms' pair
    ("Five-year survival was 46.1% with chemotherapy vs. 39.8% with observation [188 deaths vs. 224]; hazard ratio "
     "for death, 0.83.", {("chemotherapy", 188.0), ("observation", 224.0)}),
    ("Median survival was 52.3 months in the observation arm and 47.0 months in the chemotherapy arm (276 vs 301 "
     "deaths; P = 0.21).", {("observation", 276.0), ("chemotherapy", 301.0)}),
    ("Median survival was 61.2 and 49.5 months in the chemotherapy and observation groups, respectively (240 vs 263 "
     "deaths).", {("chemotherapy", 240.0), ("observation", 263.0)}),
    # beside a pair whose arms are named by the comparison
    ("Patients assigned to chemotherapy had a higher survival rate than those assigned to observation (47.3% vs. "
     "41.9% at 5 years [402 deaths vs. 433]; hazard ratio for death, 0.88).",
     {("chemotherapy", 402.0), ("observation", 433.0)}),
    ("Patients assigned to observation had a lower 3-year survival rate than those assigned to chemotherapy (52.0% "
     "vs. 58.4% at 3 years [371 deaths vs. 330]; P = 0.04).", {("observation", 371.0), ("chemotherapy", 330.0)}),
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


@pytest.mark.parametrize("sentence", [
    "Five-year survival was 46.1% with chemotherapy vs. 39.8% with observation (97 vs 118 deaths among women).",
    "Five-year survival was 46.1% with chemotherapy vs. 39.8% with observation (in stage III, 97 vs 118 deaths).",
    "Five-year survival was 46.1% with chemotherapy vs. 39.8% with observation, and in older patients (97 vs 118 "
    "deaths) it did not differ.",
])
def test_deaths_of_a_part_of_the_arms_after_the_arms_pair_are_not_the_arms(sentence):
    assert not {(c, v) for c, v in _deaths(sentence) if v in (97.0, 118.0)} & {
        ("chemotherapy", 97.0), ("observation", 118.0)}
