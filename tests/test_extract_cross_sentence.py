"""Values whose group the sentences before say: arms defined without sizes, ratios listed per arm, numbered arms
described by an appositive, a subgroup whose scope runs on into the next sentence."""

from __future__ import annotations

import pytest
from support import extract_text

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
