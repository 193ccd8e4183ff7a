"""Continuous outcomes per arm (extract/continuous.py): means and medians of scale scores and of measured quantities,
in trial abstracts we wrote; two or more wordings of each construction, and the near misses that are no result."""

from __future__ import annotations

import pytest
from support import extract_text

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


@pytest.mark.parametrize(("sentence", "values", "p"), [
    ("Mean appetite scores were 6.1 (SD 1.9) versus 4.2 (SD 2.2) (P < .001).", (6.1, 4.2), 0.001),
    ("Mean anorexia-cachexia subscale scores were 38.5 ± 6.0 and 33.1 ± 7.4 (p = 0.01).", (38.5, 33.1), 0.01),
])
def test_a_pair_of_means_whose_arms_are_the_trials_two_in_order(sentence, values, p):
    got = {(r[2], r[3], r[6], r[8], r[9]) for r in of(DRUG + sentence, "QOL")}
    # the spread beside a mean (SD, ±) is no confidence interval
    assert got == {("mean", values[0], "mirtazapine", p, None), ("mean", values[1], "placebo", p, None)}


@pytest.mark.parametrize(("sentence", "endpoint", "unit", "values"), [
    ("Mean blood loss was 310 mL in the robotic group versus 720 mL in the open group (P < 0.001).",
     "BLOOD_LOSS", "mL", (310.0, 720.0)),
    ("Mean estimated blood loss was 290 and 650, respectively (P < .001).", "BLOOD_LOSS", "mL", (290.0, 650.0)),
    ("The mean length of hospital stay was 6.5 days in the robotic group and 8.0 days in the open group.",
     "HOSPITAL_STAY", "days", (6.5, 8.0)),
    ("Mean operative time was 402 minutes with robotic and 331 minutes with open cystectomy.",
     "OPERATIVE_TIME", "minutes", (402.0, 331.0)),
    ("The mean number of lymph nodes removed was 21.4 (SD 8.0) and 23.9 (SD 9.1), respectively.",
     "NODES_RETRIEVED", "n", (21.4, 23.9)),
])
def test_a_measured_quantity_per_arm_with_its_unit(sentence, endpoint, unit, values):
    got = {(r[0], r[2], r[3], r[4], r[6]) for r in rows(SURGERY + sentence) if r[0] == endpoint}
    assert got == {(endpoint, "mean", values[0], unit, "robotic"), (endpoint, "mean", values[1], unit, "open")}


@pytest.mark.parametrize("sentence", [
    "The median operative time was 395 minutes in the robotic group and 320 minutes in the open group.",
    "Median blood loss was 300 mL in the robotic group and 700 mL in the open group.",
])
def test_a_median_is_a_median(sentence):
    assert {r[2] for r in rows(SURGERY + sentence) if r[0] in ("OPERATIVE_TIME", "BLOOD_LOSS")} == {"median"}


@pytest.mark.parametrize(("sentence", "category", "values"), [
    ("The mean decrease in pain intensity was 2.3 (95% CI, 1.8-2.8) with mirtazapine and 0.9 (95% CI, 0.4-1.4) "
     "with placebo (P = .002).", "pain intensity, decrease from baseline", (2.3, 0.9)),
    ("Mean appetite scores improved by 2.9 points with mirtazapine and by 0.7 points with placebo.",
     "appetite, improvement from baseline", (2.9, 0.7)),
])
def test_a_change_from_baseline_is_its_arms_result_named_as_a_change(sentence, category, values):
    got = {(r[1], r[3], r[6]) for r in of(DRUG + sentence, "QOL")}
    assert got == {(category, values[0], "mirtazapine"), (category, values[1], "placebo")}


def test_a_ci_beside_a_mean_is_its_ci():
    sentence = ("The mean decrease in pain intensity was 2.3 (95% CI, 1.8-2.8) with mirtazapine and 0.9 "
                "(95% CI, 0.4-1.4) with placebo.")
    assert {(r[3], r[9], r[10]) for r in of(DRUG + sentence, "QOL")} == {(2.3, 1.8, 2.8), (0.9, 0.4, 1.4)}


@pytest.mark.parametrize("sentence", [
    # values at baseline or before treatment are no results
    "At baseline, mean fatigue scores were 30.2 in the yoga group and 29.8 in the waiting list group.",
    "Baseline mean global health status scores were 71.0 and 72.5, respectively.",
    "Before treatment, the mean FACT-P total score was 110.2 with yoga and 111.0 with the waiting list.",
    # characteristics and follow-up
    "Mean age was 66.1 years in the yoga group and 67.3 years in the waiting list group.",
    "The mean follow-up was 14.2 months in the yoga group and 13.8 months in the waiting list group.",
    "Mean body mass index was 27.9 and 28.3, respectively.",
    # a difference between the arms is no arm's value
    "The mean difference in fatigue scores was 7.5 points (95% CI, 3.1-11.9).",
    # a name that is no score of ours
    "The mean radiation dose was 74.1 in the yoga group and 74.0 in the waiting list group.",
    # a change "from a to b" with no arm named, and a change of a change
    "The mean fatigue score decreased from 36.0 to 28.4 (P < .001).",
    "The mean change in fatigue score fell from 6.0 to 2.5 in the yoga group and from 5.8 to 5.1 in the waiting list "
    "group.",
])
def test_no_row_for_baseline_characteristics_follow_up_or_differences(sentence):
    assert not {r for r in rows(YOGA + sentence) if r[0] not in ("OS",)}


def test_a_mean_of_another_quantity_than_its_name_says_is_not_read():
    sentence = "Mean blood loss was 2.1 kg in the robotic group and 2.9 kg in the open group."
    assert not of(SURGERY + sentence, "BLOOD_LOSS")


@pytest.mark.parametrize("unit", ["points", "kg", "days", "minutes", "mL"])
def test_the_contract_takes_the_units_of_continuous_outcomes(unit):
    row = ResultIn.model_validate({"cohort": "all", "endpoint": "QOL", "measure": "mean", "value": 12.5, "unit": unit})
    assert row.unit == unit


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Mean fatigue scores were 24.0 and 31.5 in the yoga and waiting list groups, respectively (P = 0.03).",
     "yoga", "waiting_list"),
    ("The mean insomnia score at 3 months was 19.9 and 12.7 for the waiting list and yoga arms, respectively.",
     "waiting_list", "yoga"),
])
def test_means_then_their_arms_respectively(sentence, first, second):
    got = {(r[3], r[6], r[7]) for r in of(YOGA + sentence, "QOL")}
    values = sorted({r[0] for r in got}, key=lambda v: sentence.index(str(v)))
    assert got == {(values[0], first, second), (values[1], second, first)}


@pytest.mark.parametrize(("sentence", "category", "values"), [
    ("Mean (SD) FACT-P scores at 12 weeks were 118.0 (14.2) in the yoga group and 109.6 (15.1) in the waiting list "
     "group.", "FACT-P", (118.0, 109.6)),
    ("Mean scores for emotional functioning were 81.3 with yoga and 74.0 with the waiting list (P = .04).",
     "emotional functioning", (81.3, 74.0)),
    ("The mean global QoL score: 69.9 in the yoga group vs 61.2 in the waiting list group.", "global QoL",
     (69.9, 61.2)),
])
def test_other_wordings_of_a_mean_score_per_arm(sentence, category, values):
    assert {(r[1], r[3], r[6]) for r in of(YOGA + sentence, "QOL")} == {
        (category, values[0], "yoga"), (category, values[1], "waiting_list")}


@pytest.mark.parametrize("sentence", [
    # one arm's values at two times, its name said before them
    "Men in the yoga group had mean fatigue scores of 30.5 and 26.0 at 6 and 12 weeks.",
    # two values with no word that makes them the arms' pair
    "Mean fatigue scores were 30.5 and 26.0.",
    # "score" alone names no domain
    "The mean score was 6.2 in the yoga group and 7.9 in the waiting list group.",
    # a first value without its arm and no arm opening the sentence is not read
    "Mean anxiety scores were 6.4 compared with 7.7 in the waiting list group.",
])
def test_no_row_when_the_values_are_not_the_arms_pair_or_name_nothing(sentence):
    assert not of(YOGA + sentence, "QOL")


@pytest.mark.parametrize(("sentence", "category", "first", "second"), [
    ("Men assigned to yoga had better quality of life than did men on the waiting list (mean score on the FACT-P "
     "scale [range, 0 to 156], 121.4 vs. 112.0; P=0.01).", "FACT-P", ("yoga", 121.4), ("waiting_list", 112.0)),
    ("Men on the waiting list reported more fatigue than men in the yoga group (mean fatigue score, 44.2 vs 37.5; "
     "P = .02).", "fatigue", ("waiting_list", 44.2), ("yoga", 37.5)),
])
def test_a_bracketed_pair_after_a_comparison_of_the_arms(sentence, category, first, second):
    got = {(r[1], r[3], r[6], r[7]) for r in of(YOGA + sentence, "QOL")}
    assert got == {(category, first[1], first[0], second[0]), (category, second[1], second[0], first[0])}


def test_a_bracketed_pair_without_the_comparison_of_two_arms_is_not_read():
    sentence = "Men assigned to yoga had improved quality of life (mean fatigue score, 44.2 vs 37.5; P = .02)."
    assert not of(YOGA + sentence, "QOL")


@pytest.mark.parametrize(("sentence", "fronted", "value", "other_value"), [
    ("In the yoga group, the mean fatigue score was 27.3, compared with 33.8 in the waiting list group (P = .02).",
     "yoga", 27.3, 33.8),
    ("Among men on the waiting list, mean insomnia scores were 15.0 versus 9.6 in the yoga arm.",
     "waiting_list", 15.0, 9.6),
])
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
