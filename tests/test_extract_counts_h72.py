"""Counts, responses and toxicity in an abstract's words, all patients' or each arm's, that the rules missed or read
wrong. Sentences we wrote, two or more wordings of each construction, and a near miss that must give no row."""

from __future__ import annotations

import pytest
from result_rows import arm_size_rows, row_tuples
from result_rows import sentence_rows as rows


@pytest.mark.parametrize("sentence", [
    # two outcomes said as one count patients with either: no row of the last one named
    "Complete and partial remissions were noted in 31 patients (22%).",
    "Stable disease or a partial response was seen in 31 patients.",
    "Local relapse or death occurred in 31 patients.",
    "Grade 3 leukopenia and thrombocytopenia occurred in 31 patients (22%).",
    "Thirty-one patients (22%) had a partial response or stable disease.",
])
def test_a_count_of_two_outcomes_said_as_one_is_no_row_of_either(sentence):
    assert not any(r[4] in (31.0, 22.0) and r[0] in ("PR", "CR", "SD", "FAIL_REGIONAL", "FAIL_LOCAL", "TOX")
                   for r in rows(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # one outcome, or a second with its own count, is still counted
    ("A partial remission was noted in 31 patients (22%).", ("PR", None, None, "count", 31.0)),
    ("Thirty-one patients had a partial response, and stable disease was seen in 9.", ("PR", None, None, "count",
                                                                                        31.0)),
    ("Grade 3 thrombocytopenia developed in 31 patients (22%).", ("TOX", "thrombocytopenia", "3", "count", 31.0)),
])
def test_one_outcome_counted_alone_keeps_its_row(sentence, expected):
    assert expected in rows(sentence)


TWO_ARMS = "We randomly assigned 180 patients to drug K (n = 90) or drug L (n = 90). "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thirty-six patients (40%) in the drug K group and 18 (20%) in the drug L group responded.",
     {(90, "ORR", "count", 36.0), (90, "ORR", "rate", 40.0), (90, "ORR", "count", 18.0), (90, "ORR", "rate", 20.0)}),
    ("In all, 27 (30%) in the drug L group and 45 (50%) in the drug K group had responded.",
     {(90, "ORR", "count", 27.0), (90, "ORR", "count", 45.0)}),
])
def test_counts_of_each_arm_that_responded(sentence, expected):
    assert expected <= arm_size_rows(TWO_ARMS + sentence)


@pytest.mark.parametrize("sentence", [
    # the patients who responded are a group; responders counted by when they responded are no response count
    "Of the 36 patients who responded, 12 (33%) relapsed within a year.",
    "Of the 20 responders in the drug K group, 15 (75%) responded within 3 months.",
    "Of the 20 responders given drug L, 4 patients (20%) responded after 9 months of treatment.",
])
def test_responders_as_a_group_or_by_their_time_give_no_response_count(sentence):
    assert not any(r[1] == "ORR" for r in arm_size_rows(TWO_ARMS + sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # kinds of response joined, then as many counts of people (women, men, children), "respectively"
    ("Partial and complete remissions occurred in 23 and 6 women, respectively.",
     {("PR", None, None, "count", 23.0), ("CR", None, None, "count", 6.0)}),
    ("Complete and partial responses were attained by 6 and 23 children, respectively.",
     {("CR", None, None, "count", 6.0), ("PR", None, None, "count", 23.0)}),
])
def test_kinds_of_response_counted_respectively(sentence, expected):
    assert expected <= rows(sentence)


def test_counts_of_responses_not_in_people_are_no_counts_of_patients():
    # (cycles are no people: "in 23 and 6 cycles" counts no patients)
    assert not rows("Partial and complete remissions occurred in 23 and 6 cycles, respectively.")


TWO_REGIMENS = "We randomly assigned 120 patients to regimen 1 (n = 60) or regimen 2 (n = 60). "


@pytest.mark.parametrize(("sentence", "expected"), [
    # symptoms resolved, counted in each arm: a symptom response, its words the category
    ("Complete resolution of all symptoms was achieved in four (7%) on regimen 1, and in 17 (28%) patients on "
     "regimen 2.", {("regimen_1", "complete resolution of all symptoms", "count", 4.0),
                    ("regimen_2", "complete resolution of all symptoms", "rate", 28.0)}),
    ("Symptom resolution was seen in 9 patients (15%) on regimen 2 and 21 (35%) on regimen 1.",
     {("regimen_2", "symptom resolution", "count", 9.0), ("regimen_1", "symptom resolution", "count", 21.0)}),
])
def test_symptoms_resolved_in_each_arm(sentence, expected):
    got = row_tuples(TWO_REGIMENS + sentence, "cohort category measure value", endpoint="SYMPTOM_RESPONSE")
    assert expected <= got


def test_the_time_to_symptom_resolution_is_no_count():
    got = row_tuples(TWO_REGIMENS + "Median time to resolution of symptoms was 12 days on regimen 1.",
                     "measure value", endpoint="SYMPTOM_RESPONSE")
    assert not got


@pytest.mark.parametrize("sentence", [
    # the people with a symptom before treatment, some of whom got better, are no count of a toxicity
    "Of 11 patients with cough, six improved after treatment.",
    "Of the 24 patients with dyspnoea, 14 (58%) reported relief.",
])
def test_people_with_a_symptom_that_improved_are_no_toxicity_count(sentence):
    assert not any(r[0] == "TOX" and r[4] in (11.0, 24.0) for r in rows(sentence))


def test_people_with_a_toxicity_some_of_whom_died_stay_its_count():
    assert ("TOX", "neutropenia", "3", "count", 11.0) in rows("Of the 11 patients with grade 3 neutropenia, 2 died.")
