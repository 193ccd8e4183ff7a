"""Continuous outcomes per arm (extract/continuous.py): means and medians of scale scores and of measured quantities,
in trial abstracts we wrote; two or more wordings of each construction, and the near misses that are no result."""

from __future__ import annotations

import pytest
from support import extract_text, yaml_cases

from oncoev.schema.contract import ResultIn

YOGA = ("A randomized trial of yoga during radiotherapy for prostate cancer. We randomly assigned 180 men to yoga "
        "(n = 91) or a waiting list (n = 89). ")
DRUG = ("A double-blind trial of mirtazapine against placebo for appetite loss in advanced lung cancer. Patients were "
        "randomly assigned to mirtazapine (n = 64) or placebo (n = 62). ")
SURGERY = ("Robotic versus open cystectomy: a randomized trial. In all, 118 patients were randomized to robotic "
           "(n = 60) or open (n = 58) radical cystectomy. ")


def rows(text: str) -> set[tuple]:
    out = extract_text(text, "trial.txt")
    return {(r["endpoint"], r.get("category"), r["measure"], r["value"], r["unit"], r.get("timepoint_months"),
             r.get("cohort") or r.get("arm"), r.get("comparator"), r.get("p_value"), r.get("ci_low"), r.get("ci_high"))
            for r in out["results"]}


def of(text: str, endpoint: str) -> set[tuple]:
    return {r for r in rows(text) if r[0] == endpoint}


@pytest.mark.parametrize(("sentence", "category", "values", "months", "p"), [
    ("The mean fatigue score at 8 weeks was 28.4 in the yoga group and 35.9 in the waiting list group (P = .004).",
     "fatigue", (28.4, 35.9), round(8 * 12 / 52, 2), 0.004),
    ("At the end of the study, mean FACT-P total scores were 112.3 with yoga versus 104.8 with the waiting list "
     "(p=0.02).", "FACT-P total", (112.3, 104.8), None, 0.02),
    ("The mean global health status score after 6 months was 77.0 for the yoga arm and 70.4 for the waiting list arm.",
     "global health status", (77.0, 70.4), 6.0, None),
    # a level said by its change "from a to b": b is the arm's level after (a, the baseline's, no result)
    ("The mean fatigue score decreased from 36.0 to 28.4 in the yoga group and from 35.5 to 34.1 in the waiting list "
     "group.", "fatigue", (28.4, 34.1), None, None),
    ("At 12 weeks, mean global health status scores rose from 64.0 to 72.5 with yoga and from 65.1 to 66.0 with the "
     "waiting list (P = .03).", "global health status", (72.5, 66.0), round(12 * 12 / 52, 2), 0.03),
])
def test_a_mean_score_given_to_each_arm(sentence, category, values, months, p):
    got = of(YOGA + sentence, "QOL")
    yoga, wait = values
    assert got == {("QOL", category, "mean", yoga, "points", months, "yoga", "waiting_list", p, None, None),
                   ("QOL", category, "mean", wait, "points", months, "waiting_list", "yoga", p, None, None)}


@yaml_cases
def test_a_pair_of_means_whose_arms_are_the_trials_two_in_order(sentence, values, p):
    got = {(r[2], r[3], r[6], r[8], r[9]) for r in of(DRUG + sentence, "QOL")}
    # the spread beside a mean (SD, ±) is no confidence interval
    assert got == {("mean", values[0], "mirtazapine", p, None), ("mean", values[1], "placebo", p, None)}


@yaml_cases
def test_a_measured_quantity_per_arm_with_its_unit(sentence, endpoint, unit, values):
    got = {(r[0], r[2], r[3], r[4], r[6]) for r in rows(SURGERY + sentence) if r[0] == endpoint}
    assert got == {(endpoint, "mean", values[0], unit, "robotic"), (endpoint, "mean", values[1], unit, "open")}


@yaml_cases
def test_a_median_is_a_median(sentence):
    assert {r[2] for r in rows(SURGERY + sentence) if r[0] in ("OPERATIVE_TIME", "BLOOD_LOSS")} == {"median"}


@yaml_cases
def test_a_change_from_baseline_is_its_arms_result_named_as_a_change(sentence, category, values):
    got = {(r[1], r[3], r[6]) for r in of(DRUG + sentence, "QOL")}
    assert got == {(category, values[0], "mirtazapine"), (category, values[1], "placebo")}


def test_a_ci_beside_a_mean_is_its_ci():
    sentence = ("The mean decrease in pain intensity was 2.3 (95% CI, 1.8-2.8) with mirtazapine and 0.9 "
                "(95% CI, 0.4-1.4) with placebo.")
    assert {(r[3], r[9], r[10]) for r in of(DRUG + sentence, "QOL")} == {(2.3, 1.8, 2.8), (0.9, 0.4, 1.4)}


@yaml_cases
def test_no_row_for_baseline_characteristics_follow_up_or_differences(sentence):
    assert not {r for r in rows(YOGA + sentence) if r[0] not in ("OS",)}


def test_a_mean_of_another_quantity_than_its_name_says_is_not_read():
    sentence = "Mean blood loss was 2.1 kg in the robotic group and 2.9 kg in the open group."
    assert not of(SURGERY + sentence, "BLOOD_LOSS")


@pytest.mark.parametrize("unit", ["points", "kg", "days", "minutes", "mL"])
def test_the_contract_takes_the_units_of_continuous_outcomes(unit):
    row = ResultIn.model_validate({"cohort": "all", "endpoint": "QOL", "measure": "mean", "value": 12.5, "unit": unit})
    assert row.unit == unit


@yaml_cases
def test_means_then_their_arms_respectively(sentence, first, second):
    got = {(r[3], r[6], r[7]) for r in of(YOGA + sentence, "QOL")}
    values = sorted({r[0] for r in got}, key=lambda v: sentence.index(str(v)))
    assert got == {(values[0], first, second), (values[1], second, first)}


@yaml_cases
def test_other_wordings_of_a_mean_score_per_arm(sentence, category, values):
    assert {(r[1], r[3], r[6]) for r in of(YOGA + sentence, "QOL")} == {
        (category, values[0], "yoga"), (category, values[1], "waiting_list")}


@yaml_cases
def test_no_row_when_the_values_are_not_the_arms_pair_or_name_nothing(sentence):
    assert not of(YOGA + sentence, "QOL")


@yaml_cases
def test_a_bracketed_pair_after_a_comparison_of_the_arms(sentence, category, first, second):
    got = {(r[1], r[3], r[6], r[7]) for r in of(YOGA + sentence, "QOL")}
    assert got == {(category, first[1], first[0], second[0]), (category, second[1], second[0], first[0])}


def test_a_bracketed_pair_without_the_comparison_of_two_arms_is_not_read():
    sentence = "Men assigned to yoga had improved quality of life (mean fatigue score, 44.2 vs 37.5; P = .02)."
    assert not of(YOGA + sentence, "QOL")


@yaml_cases
def test_the_arm_the_sentence_opens_with_has_the_first_value(sentence, fronted, value, other_value):
    other = {"yoga": "waiting_list", "waiting_list": "yoga"}[fronted]
    assert {(r[3], r[6]) for r in of(YOGA + sentence, "QOL")} == {(value, fronted), (other_value, other)}


@pytest.mark.parametrize(("sentence", "months"), [
    ("Mean fatigue scores were 25.1 in the yoga group and 32.4 in the waiting list group at 12 weeks.",
     round(12 * 12 / 52, 2)),
    ("The mean FACT-P total score was 119.5 with yoga and 111.1 with the waiting list after 6 months.", 6.0),
])
def test_a_time_said_after_the_arms_is_the_rows_time(sentence, months):
    assert {r[5] for r in of(YOGA + sentence, "QOL")} == {months}
