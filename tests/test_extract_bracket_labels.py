"""A value's bracket that names its group with the short name the paper goes on with ("12% (drug K and drug M, KM)"):
the value is that group's, never all patients'. Texts we wrote, two wordings and a negative."""

from __future__ import annotations

import pytest
from support import extract_text


def labelled(text: str) -> set[tuple]:
    """(group's label, endpoint, value) of every row."""
    extraction = extract_text(text, "trial.txt")
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    return {(label.get(r["cohort"]), r["endpoint"], r["value"]) for r in extraction["results"]}


@pytest.mark.parametrize("text, expected", [
    ("Ninety patients were randomized. Grade 3 or 4 neutropenia rates were 14% (drug R and drug S, RS) and 37% "
     "(drug R and drug T, RT) (P < 0.001). The response rates were 33% (RS) and 25% (RT).",
     {("RS", "TOX", 14.0), ("RT", "TOX", 37.0), ("RS", "ORR", 33.0), ("RT", "ORR", 25.0)}),
    ("We randomized 150 women. Objective responses were seen in 48% (weekly drug V, WV) and 36% (three-weekly drug V, "
     "TV) of patients. Grade 3 fatigue was reported in 9% (WV) and 15% (TV).",
     {("WV", "ORR", 48.0), ("TV", "ORR", 36.0), ("WV", "TOX", 9.0), ("TV", "TOX", 15.0)}),
])
def test_a_value_named_in_its_bracket_with_a_short_name_is_that_groups(text, expected):
    got = labelled(text)
    assert expected <= got
    assert not {g for g in got if g[0] == "All patients" and g[2] in {e[2] for e in expected}}


def test_an_interval_in_the_bracket_names_no_group():
    text = ("Ninety patients were randomized. Grade 3 or 4 neutropenia rates were 14% (95% CI, 8-22) and 37% (95% CI, "
            "27-48) in the two arms.")
    assert not {g for g in labelled(text) if g[0] not in (None, "All patients")}


@pytest.mark.parametrize("text", [
    # values each named in its bracket by no groups name are not all patients
    "We randomized 150 women. Objective response rates were 48% (weekly drug V plus drug Q) and 36% (three-weekly "
    "drug V plus drug Q).",
    "We randomized 150 women. Objective response rates were 48% (drug V given weekly; WV arm) and 36% (drug V every "
    "3 weeks; TV arm).",
    "In all, 212 men were randomized. Two-year survival was 61% (drug H with radiotherapy) and 52% (radiotherapy "
    "alone, as the control).",
    # values after a part and the outcomes it had are not all patients
    "We treated 90 patients with drug K. Testing identified a subset of patients positive for marker Q who had better "
    "outcomes (ORR, 58%; PFS, 11.2 months) as well as a subset of patients negative for marker Q with poor outcomes "
    "(ORR, 21%; PFS, 3.1 months).",
    "Sixty women received drug V. Biopsies identified a subset of patients negative for marker R who had poor "
    "outcomes (response rate, 19%; PFS, 2.9 months).",
])
def test_values_named_by_no_groups_name_are_not_all_patients(text):
    assert not {g for g in labelled(text) if g[0] == "All patients"}


def ratio_rows(text: str) -> set[tuple]:
    extraction = extract_text(text, "trial.txt")
    label = {c["key"]: c["label"] for c in extraction["cohorts"]}
    return {(r["endpoint"], r["value"], label.get(r["cohort"]), label.get(r.get("comparator")))
            for r in extraction["results"] if r["measure"] == "hr"}


@pytest.mark.parametrize("text, expected", [
    ("Patients were randomly assigned to drug K (n = 300) or drug L (n = 298). For drug K versus drug L, the OS hazard "
     "ratio was 0.91 (median OS, 14.1 v 13.0 months; P = .31); the PFS hazard ratio was 0.78 (median PFS, 7.2 v 6.1 "
     "months; P = .02).", ("PFS", 0.78, "drug K", "drug L")),
    ("We randomly assigned 410 women to drug T or placebo. The hazard ratio for progression-free survival was 0.64 "
     "(median, 9.9 vs 6.3 months; P < 0.001).", ("PFS", 0.64, "drug T", "placebo")),
])
def test_a_ratio_before_the_bracket_of_its_pair_compares_the_pair(text, expected):
    rows = ratio_rows(text)
    assert expected in rows
    assert not {r for r in rows if r[0] == expected[0] and r[2] == "All patients"}


def test_a_ratio_with_no_pair_after_it_names_no_arms():
    rows = ratio_rows("We treated 120 patients with drug T. The hazard ratio for progression-free survival by marker "
                      "status was 0.64 (95% CI 0.45-0.90).")
    assert not {r for r in rows if r[3] is not None}


def test_outcomes_the_whole_cohort_had_stay_all_patients():
    got = labelled("We treated 90 patients with drug K. Overall, patients had favourable outcomes (ORR, 58%; PFS, "
                   "11.2 months).")
    assert {("All patients", "ORR", 58.0), ("All patients", "PFS", 11.2)} <= got


@pytest.mark.parametrize("opening", ["Within the marker-high arm", "In the L arm", "Among the extended-dose arm",
                                     "In arm 2", "For group C"])
def test_an_unnamed_pair_framed_by_an_arm_the_index_does_not_know_is_no_pair_of_the_arms(opening):
    text = ("Patients were randomly assigned to drug A (n = 100) or drug B (n = 98). " + opening +
            ", median PFS was 11.4 vs 8.2 months.")
    assert not {g for g in labelled(text) if g[0] in ("drug A", "drug B")}


def test_a_pair_framed_by_a_known_arm_keeps_its_reading():
    text = ("Patients were randomly assigned to drug A (n = 100) or drug B (n = 98). In the drug A arm, median PFS was "
            "11.4 months.")
    assert ("drug A", "PFS", 11.4) in labelled(text)
