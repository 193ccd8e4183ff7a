"""The size of a group that an adverse event defines ("survival was 11 months with grade 3 rash (n = 61)") is no
count of that event: no toxicity count. A list of events each with its count stays counted. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import extract_text


def _counts(sentence: str) -> set[tuple]:
    return row_tuples("Results: " + sentence, "category value", endpoint="TOX", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    # the size of a group an event defines is no count of it
    ("Median survival was 11.2 months with grade 3 rash (n = 61) and 6.0 months with grade 1 rash (n = 80).", set()),
    ("Survival with grade 3 hand-foot syndrome (n = 27) was 19.5 months.", set()),
    ("Median time to progression with grade 2 hypertension (n = 44) was 9.8 months, against 5.1 months with grade 0 "
     "hypertension (n = 90).", set()),
    # events listed with their counts stay counted
    ("The most frequent grade 3 events were neutropenia (n = 11), diarrhoea (n = 7) and fatigue (n = 5).",
     {("neutropenia", 11.0), ("diarrhoea", 7.0), ("fatigue", 5.0)}),
    ("Grade 3 toxicities included neutropenia (n = 11) and diarrhoea (n = 7), with rash (n = 3) being rare.",
     {("neutropenia", 11.0), ("diarrhoea", 7.0), ("rash", 3.0)}),
])
def test_an_event_with_a_bracketed_n_is_a_count_only_in_a_list_of_events(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the rate of a cause of death is no death rate
    ("The majority of patients died from distant metastasis, the overall rate of which was 36%.", set()),
    ("Most deaths were due to infection, the rate of which was 4%.", set()),
    # a share of patients who died stays a death rate
    ("Twelve patients (8%) died from progressive disease.", {("count", 12.0), ("rate", 8.0)}),
])
def test_a_death_rate_is_of_patients_who_died_not_of_a_cause(sentence, expected):
    assert row_tuples("Results: " + sentence, "measure value", endpoint="DEATH") == expected


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
