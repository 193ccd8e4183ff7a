"""Whose a hazard ratio is in trials of more than two arms and in trials of a drug against none of it. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text, yaml_cases

_THREE_ARMS = [
    ("Sunitinib or sorafenib maintenance in renal cancer. We randomly assigned 450 patients to observation (n = 150), "
     "sunitinib (n = 151) or sorafenib (n = 149). Results: Progression-free survival was prolonged by sunitinib "
     "(median, 5.1 v 2.8 months; HR, 0.61; 95% CI, 0.47 to 0.79) and by sorafenib (median, 4.0 v 2.8 months; HR, "
     "0.74; 95% CI, 0.58 to 0.95) versus observation.",
     {("sunitinib", "observation", 0.61), ("sorafenib", "observation", 0.74)}),
    ("Adjuvant capecitabine or tegafur in gastric cancer. We randomly assigned 750 patients to observation (n = 250), "
     "capecitabine (n = 251) or tegafur (n = 249). Results: Disease-free survival was improved by capecitabine (3-year "
     "rate, 72% v 64%; HR, 0.70; 95% CI, 0.55 to 0.89) and by tegafur (3-year rate, 70% v 64%; HR, 0.78; 95% CI, 0.62 "
     "to 0.98) compared with observation.",
     {("capecitabine", "observation", 0.70), ("tegafur", "observation", 0.78)}),
    ("Two doses of apalutamide in prostate cancer. We randomly assigned 600 men to placebo (n = 200), low-dose "
     "apalutamide (n = 199) or high-dose apalutamide (n = 201). Results: Metastasis-free survival was longer with "
     "high-dose apalutamide (hazard ratio [HR] 0.52, 95% CI 0.40-0.68) and with low-dose apalutamide (HR 0.70, 95% CI "
     "0.55-0.90) than with placebo.",
     {("high_dose_apalutamide", "placebo", 0.52), ("low_dose_apalutamide", "placebo", 0.70)}),
]


def _ratios(text: str) -> list[tuple]:
    return [(r["cohort"], r["comparator"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "hr"]


@pytest.mark.parametrize("text, expected", _THREE_ARMS)
def test_each_arms_bracket_is_its_ratio_against_the_arm_named_after_all_brackets(text, expected):
    assert set(_ratios(text)) == expected


def test_two_ratios_of_one_comparison_keep_the_two_arms():
    text = ("Gefitinib after chemotherapy. We randomly assigned 480 patients to gefitinib (n = 241) or placebo "
            "(n = 239). Results: Overall survival was 9.1 months with gefitinib versus 7.6 months with placebo "
            "(unadjusted HR 0.83, 95% CI 0.70-0.98; adjusted HR 0.80, 95% CI 0.67-0.95).")
    assert set(_ratios(text)) == {("gefitinib", "placebo", 0.83), ("gefitinib", "placebo", 0.80)}


@yaml_cases
def test_the_arm_that_goes_without_the_drug_is_the_control(text):
    rows = _ratios(text)
    assert rows and all(cohort.startswith(("darbepoetin", "zoledronic")) and comparator.startswith("no_")
                        for cohort, comparator, _ in rows)


@yaml_cases
def test_a_pair_in_a_ratios_bracket_is_the_ratios_two_arms(text, expected):
    rows = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["measure"] in ("median", "rate")}
    assert expected <= rows
    assert not any(cohort.startswith("group_") for cohort, _ in rows)


@yaml_cases
def test_a_value_said_without_the_drug_is_the_arm_without_it(text, expected):
    rows = {(r["cohort"], r["comparator"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "rate"}
    assert rows == expected


def test_a_bare_without_of_no_arm_the_paper_named_is_no_arm():
    text = ("Darbepoetin during chemotherapy. We randomly assigned 900 women to darbepoetin (n = 452) or placebo "
            "(n = 448). Results: Three-year relapse-free survival was 70.1% in women with anaemia vs 76% without.")
    rows = {r["cohort"] for r in extract_text(text)["results"] if r["measure"] == "rate"}
    assert "placebo" not in rows


def test_no_ratio_compares_a_group_with_itself():
    text = ("A second trial compared two chemotherapy schedules. Within each schedule, women were also allocated at "
            "random to darbepoetin alfa or to no further treatment. Three-year relapse-free survival was 71.5% with "
            "darbepoetin vs 78% without (HR = 1.29; P = .07), and overall survival was 86% with darbepoetin vs 90.2% "
            "without (HR = 1.36; P = .15).")
    assert all(cohort != comparator for cohort, comparator, _ in _ratios(text))


# "higher for patients given A than for patients given B (30% vs 24%; OR 1.37)": a population's ratio, set against the
# side named right after it in the clause
_POOLED = "A pooled analysis of eleven trials in ovarian cancer with 3,410 women. "


def _labelled_ratios(text: str) -> set[tuple]:
    extraction = extract_text(text)
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    return {(label.get(r["cohort"]), label.get(r["comparator"]), r["value"]) for r in extraction["results"]
            if r["measure"] in ("hr", "or", "rr")}


@yaml_cases
def test_a_populations_ratio_is_against_the_side_named_after_it(sentence, expected):
    assert expected in _labelled_ratios(_POOLED + sentence)


@yaml_cases
def test_a_side_that_is_no_group_gives_a_ratio_no_comparator(sentence):
    ratios = _labelled_ratios(_POOLED + sentence)
    assert ratios and all(comparator is None for _, comparator, _ in ratios)



@yaml_cases
def test_a_ratio_said_after_a_part_named_after_the_arms_is_no_arms_ratio(text, kept, dropped):
    values = {value for cohort, comparator, value in _ratios(text) if comparator is not None}
    assert kept in values and dropped not in values


@yaml_cases
def test_a_ratio_after_the_values_said_again_for_a_part_is_that_parts(text, expected):
    extraction = extract_text(text)
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    ratios = {(label.get(r["cohort"]), label.get(r["comparator"]), r["value"]) for r in extraction["results"]
              if r["measure"] in ("hr", "or")}
    assert ratios == {tuple(row) for row in expected}


@yaml_cases
def test_a_ratio_right_after_the_risk_of_death_is_of_overall_survival(text, expected):
    rows = {(r["endpoint"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "hr"}
    assert rows == {tuple(row) for row in expected}


@yaml_cases
def test_a_population_named_without_a_markers_level_is_not_the_part_of_that_level(text, part, value):
    extraction = extract_text(text)
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    rows = [r for r in extraction["results"] if r["value"] == value and r["measure"] == "hr"]
    assert rows and all(label.get(r["cohort"]) != part for r in rows)


@yaml_cases
def test_the_values_of_a_part_named_in_the_subject_are_not_the_arms(text, part, value):
    extraction = extract_text(text)
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    ratios = {(label.get(r["cohort"]), r["comparator"], r["value"]) for r in extraction["results"]
              if r["measure"] == "hr"}
    assert ratios == {(part, None, value)}
    assert not [r for r in extraction["results"] if r["measure"] == "median"]


@yaml_cases
def test_a_pair_after_a_ratio_in_its_bracket_is_the_ratios_two_arms(text, expected):
    rows = {(r["cohort"], r["comparator"], r["value"]) for r in extract_text(text)["results"]
            if r["measure"] == "median"}
    assert rows == expected


@yaml_cases
def test_a_pair_after_a_part_named_after_the_arms_is_no_arms(text, kept):
    rows = [r for r in extract_text(text)["results"] if r["measure"] in ("rate", "median")]
    assert len(rows) == kept


@yaml_cases
def test_the_values_of_a_population_named_after_the_outcome(text, expected):
    extraction = extract_text(text)
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    rows = {(label.get(r["cohort"]), label.get(r["comparator"]), r["measure"], r["value"])
            for r in extraction["results"] if r["measure"] in ("hr", "median")}
    assert rows == expected
