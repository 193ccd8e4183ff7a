"""The size of a group that an adverse event defines ("survival was 11 months with grade 3 rash (n = 61)") is no
count of that event: no toxicity count. A list of events each with its count stays counted. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from support import extract_text


def _counts(sentence: str) -> set[tuple]:
    out = extract_text("Results: " + sentence)
    return {(r["category"], r["value"]) for r in out["results"] if r["endpoint"] == "TOX" and r["measure"] == "count"}


@pytest.mark.parametrize("sentence", [
    "Median survival was 11.2 months with grade 3 rash (n = 61) and 6.0 months with grade 1 rash (n = 80).",
    "Survival with grade 3 hand-foot syndrome (n = 27) was 19.5 months.",
    "Median time to progression with grade 2 hypertension (n = 44) was 9.8 months, against 5.1 months with grade 0 "
    "hypertension (n = 90).",
])
def test_the_size_of_a_group_an_event_defines_is_no_count_of_it(sentence):
    assert _counts(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("The most frequent grade 3 events were neutropenia (n = 11), diarrhoea (n = 7) and fatigue (n = 5).",
     {("neutropenia", 11.0), ("diarrhoea", 7.0), ("fatigue", 5.0)}),
    ("Grade 3 toxicities included neutropenia (n = 11) and diarrhoea (n = 7), with rash (n = 3) being rare.",
     {("neutropenia", 11.0), ("diarrhoea", 7.0), ("rash", 3.0)}),
])
def test_events_listed_with_their_counts_stay_counted(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The majority of patients died from distant metastasis, the overall rate of which was 36%.",
    "Most deaths were due to infection, the rate of which was 4%.",
])
def test_the_rate_of_a_cause_of_death_is_no_death_rate(sentence):
    rows = extract_text("Results: " + sentence)["results"]
    assert not any(r["endpoint"] == "DEATH" for r in rows)


def test_a_share_of_patients_who_died_stays_a_death_rate():
    rows = extract_text("Results: Twelve patients (8%) died from progressive disease.")["results"]
    assert {(r["measure"], r["value"]) for r in rows if r["endpoint"] == "DEATH"} == {("count", 12.0), ("rate", 8.0)}


@pytest.mark.parametrize("sentence, label, n, value", [
    ("Survival with grade 3 rash (n = 61) was 11.2 months.", "patients with grade 3 rash", 61, 11.2),
    ("Median time to progression with grade 2 hypertension (n = 44) was 9.8 months.",
     "patients with grade 2 hypertension", 44, 9.8),
])
def test_an_outcome_of_people_an_event_defines_is_theirs(sentence, label, n, value):
    out = extract_text("Results: " + sentence)
    cohorts = {c["key"]: (c["label"], c.get("n")) for c in out["cohorts"]}
    rows = [(cohorts[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "median"]
    assert rows == [((label, n), value)]


def test_an_outcome_without_people_named_stays_all_patients():
    out = extract_text("Results: Median overall survival was 14.1 months with a median follow-up of 30 months.")
    assert [(r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "median"] == [("all", 14.1)]
