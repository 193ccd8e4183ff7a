"""Values whose group the sentences before say: arms defined without sizes, ratios listed per arm, numbered arms
described by an appositive, a subgroup whose scope runs on into the next sentence."""

from __future__ import annotations

import pytest
from support import extract_text, yaml_cases

TWO_ACTIVE = "Patients with advanced renal cancer were randomised to sunitinib or sorafenib. "
TWO_HORMONAL = "In this phase 3 trial, postmenopausal women were randomly assigned to letrozole or tamoxifen. "


def _ratios(text: str) -> set[tuple]:
    rows = extract_text(text, "trial.txt")["results"]
    return {(r["cohort"], r["comparator"], r["endpoint"], r["value"]) for r in rows if r["measure"] == "hr"}


@pytest.mark.parametrize(("text", "expected"), [
    # two active arms defined without sizes; the ratio's bracket after the one arm said better: it against the other
    (TWO_ACTIVE + "Progression-free survival was longer with sunitinib (HR 0.70, 95% CI 0.55-0.89).",
     ("sunitinib", "sorafenib", "PFS", 0.70)),
    (TWO_HORMONAL + "Disease-free survival was improved in the letrozole group (hazard ratio 0.81; 95% CI 0.70-0.93).",
     ("letrozole", "tamoxifen", "DFS", 0.81)),
    # said worse with an arm, the ratio above 1: that arm's against the other
    (TWO_HORMONAL + "Overall survival was shorter with tamoxifen (hazard ratio 1.21; 95% CI 1.05-1.40).",
     ("tamoxifen", "letrozole", "OS", 1.21)),
])
def test_a_ratio_said_better_with_one_of_two_arms_is_it_against_the_other(text, expected):
    assert _ratios(text) == {expected}


@pytest.mark.parametrize("text", [
    # the word and the ratio disagree: which arm is the reference is not known
    TWO_HORMONAL + "Overall survival was shorter with tamoxifen (hazard ratio 0.81; 95% CI 0.70-0.93).",
    # the ratio is no bracket after the arm's name
    TWO_ACTIVE + "Progression-free survival was longer with sunitinib in patients with bone metastases, with a hazard "
                 "ratio of 0.64 (95% CI 0.45-0.91).",
])
def test_a_ratio_said_better_with_an_arm_needs_the_ratio_to_agree_and_follow(text):
    assert not any(c in ("sunitinib", "sorafenib", "letrozole", "tamoxifen") for c, *_ in _ratios(text))


def test_a_ratio_said_better_with_an_arm_in_a_subgroup_is_not_the_arms():
    text = TWO_ACTIVE + ("Patients in the low-risk subgroup also had longer progression-free survival with sunitinib "
                         "(HR 0.66, 95% CI 0.48-0.91).")
    assert not any(c in ("sunitinib", "sorafenib") for c, *_ in _ratios(text))


THREE_ARMS = ("In this phase 3 trial, 420 patients with advanced gastric cancer were randomly assigned to ramucirumab "
              "(n = 140), nivolumab (n = 141) or placebo (n = 139). ")
FOUR_ARMS = ("In total, 560 patients were randomly assigned to ramucirumab (n = 140), nivolumab (n = 141), irinotecan "
             "(n = 140) or placebo (n = 139). ")
TWO_ACTIVE_AND_OTHER = ("In total, 420 patients were randomly assigned to ramucirumab (n = 140), nivolumab "
                        "(n = 141) or irinotecan (n = 139). ")


@yaml_cases
def test_ratios_listed_each_for_an_arm_are_each_against_the_one_arm(sentence, expected):
    assert _ratios(THREE_ARMS + sentence) == expected


@pytest.mark.parametrize("text", [
    # two of four arms listed, no arm they are against said: which one is not known
    FOUR_ARMS + "The hazard ratios for death were 0.74 (95% CI 0.60-0.92) with ramucirumab and 0.83 (95% CI 0.67-1.02) "
                "with nivolumab.",
    # the arm not listed is no control by its name
    TWO_ACTIVE_AND_OTHER + "The hazard ratios for death were 0.74 (95% CI 0.60-0.92) with ramucirumab and 0.83 (95% CI "
                           "0.67-1.02) with nivolumab.",
    # "versus placebo" after the last item alone, no comma: perhaps that item's only
    THREE_ARMS + "The hazard ratios for death were 0.74 (95% CI 0.60-0.92) with ramucirumab and 0.83 "
                 "(95% CI 0.67-1.02) with nivolumab versus placebo.",
    # the ratios' outcome not named
    THREE_ARMS + "The hazard ratios were 0.74 (95% CI 0.60-0.92) with ramucirumab and 0.83 (95% CI 0.67-1.02) with "
                 "nivolumab, each against placebo.",
])
def test_ratios_listed_per_arm_need_the_arm_they_are_against_and_their_outcome(text):
    assert not any(c in ("ramucirumab", "nivolumab") for c, *_ in _ratios(text))
    assert not any(c == "all" and v in (0.74, 0.83) for c, _, _, v in _ratios(text))


RT_ARMS = ("In this phase 3 trial, 212 patients with head and neck cancer were randomly assigned to radiotherapy plus "
           "cetuximab (n = 106) or radiotherapy alone (n = 106). ")
ARM_KEYS = ("radiotherapy_plus_cetuximab", "radiotherapy_alone")


@pytest.mark.parametrize(("part", "next_sentence", "values"), [
    # the sentence says it goes on ("also") about the part the sentence before opened with
    ("Among the 58 patients with stage III disease, 3-year survival was 61% with cetuximab and 47% with "
     "radiotherapy alone. ", "Local control was also better with cetuximab (88% vs 71%).", (88.0, 71.0)),
    ("In the low-risk subgroup, median survival was 41.0 months with cetuximab and 35.2 months with radiotherapy "
     "alone. ", "Similarly, complete responses were seen in 64% and 52% of patients, respectively.", (64.0, 52.0)),
    # its values have no group but the pair the sentence before compared, in the part
    ("In women older than 70 years (n = 40), median survival was 14.1 months with cetuximab and 11.0 months with "
     "radiotherapy alone. ", "The 2-year survival rates were 30% and 21%, respectively.", (30.0, 21.0)),
])
def test_a_sentence_that_goes_on_about_a_part_gives_the_arms_nothing(part, next_sentence, values):
    rows = extract_text(RT_ARMS + part + next_sentence, "trial.txt")["results"]
    assert not any(r["value"] in values and r["cohort"] in (*ARM_KEYS, "all") for r in rows)


@pytest.mark.parametrize(("part", "next_sentence", "values"), [
    # a new paragraph: the part's scope ends
    ("Among the 58 patients with stage III disease, 3-year survival was 61% with cetuximab and 47% with "
     "radiotherapy alone.\n\n", "Local control was also better with cetuximab (88% vs 71%).", (88.0, 71.0)),
    # the next sentence sets its own scope
    ("Among the 58 patients with stage III disease, 3-year survival was 61% with cetuximab and 47% with "
     "radiotherapy alone. ", "In all patients, local control was also better with cetuximab (86% vs 73%).",
     (86.0, 73.0)),
    # the next sentence names the groups it compares ("between the treatment groups") and opens with a contrast
    ("Among the 58 patients with stage III disease, 3-year survival was 61% with cetuximab and 47% with "
     "radiotherapy alone. ", "However, local control differed between the treatment groups (88% vs 71%).",
     (88.0, 71.0)),
    # the sentence before opened with no part
    ("Median survival was 41.0 months with cetuximab and 35.2 months with radiotherapy alone. ",
     "Local control was also better with cetuximab (88% vs 71%).", (88.0, 71.0)),
])
def test_a_sentence_not_going_on_about_a_part_keeps_its_arms(part, next_sentence, values):
    rows = extract_text(RT_ARMS + part + next_sentence, "trial.txt")["results"]
    assert {(r["cohort"], r["value"]) for r in rows if r["value"] in values} == set(zip(ARM_KEYS, values, strict=True))


NUMBERED = ("In this phase 2 trial, patients with metastatic colorectal cancer were randomly assigned to arm 1, "
            "continuous cetuximab (n = 64), or arm 2, intermittent cetuximab (n = 62). ")


@pytest.mark.parametrize(("results", "values"), [
    # the arms by their numbers
    ("Median progression-free survival was 7.9 months in arm 1 and 6.2 months in arm 2.", (7.9, 6.2)),
    # the arms by what they are, which the appositive said
    ("The response rate was 41% with continuous cetuximab and 33% with intermittent cetuximab.", (41.0, 33.0)),
])
def test_numbered_arms_described_by_an_appositive_are_one_cohort_each(results, values):
    out = extract_text(NUMBERED + results, "trial.txt")
    cohorts = {c["key"]: c for c in out["cohorts"]}
    assert (cohorts["arm_1"]["n"], cohorts["arm_2"]["n"]) == (64, 62)
    assert "continuous cetuximab" in cohorts["arm_1"]["aliases"]
    assert not any("continuous" in k for k in cohorts)
    got = {(r["cohort"], r["value"]) for r in out["results"] if r["value"] in values}
    assert got == {("arm_1", values[0]), ("arm_2", values[1])}


def test_arms_named_by_treatments_after_to_keep_their_names():
    # no number after the word: the treatments name the arms
    out = extract_text("In total, 126 patients were randomly assigned to the continuous arm, cetuximab weekly "
                       "(n = 64), or to intermittent cetuximab (n = 62). ", "trial.txt")
    assert not any(k in ("arm_1", "arm_2") for k in (c["key"] for c in out["cohorts"]))


def test_lettered_groups_described_after_a_colon_are_one_cohort_each():
    out = extract_text("Overall, 150 patients were randomised to group A: weekly paclitaxel (n = 76) or group B: "
                       "every-3-week paclitaxel (n = 74). The response rate was 42% in group A and 30% with "
                       "every-3-week paclitaxel.", "trial.txt")
    cohorts = {c["key"]: c for c in out["cohorts"]}
    assert (cohorts["group_a"]["n"], cohorts["group_b"]["n"]) == (76, 74)
    assert {(r["cohort"], r["value"]) for r in out["results"]} == {("group_a", 42.0), ("group_b", 30.0)}
