"""Issue 13: constructions of result reporting an audit of rows from unseen papers' prose found misread or missed.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows
from result_rows import row_tuples

_TWO_ARMS = "Methods: Patients were randomly assigned to drug A (n = 140) or drug B (n = 137). Results: "


@pytest.mark.parametrize("sentence", [
    "Local relapse was the leading cause of death and accounted for 62% of the deaths in both arms.",
    "Disease progression was the main cause of death and accounted for 88% of the patients in each arm.",
    "Brain metastasis was the main cause of death, accounting for 71.4% in the surgery group.",
    "Cardiac events accounted for 14.5% of all deaths.",
    "Sepsis was responsible for 30% of treatment-period deaths.",
])
def test_a_share_of_the_deaths_is_no_rate_of_the_patients(sentence):
    assert _rows(_TWO_ARMS + sentence) == []


@pytest.mark.parametrize(("sentence", "endpoint", "value"), [
    ("Deaths occurred in 12% of the patients.", "DEATH", 12.0),
    ("Relapse was seen in 30% of the patients, the main cause of death.", "FAIL_ANY", 30.0),
])
def test_a_rate_of_the_patients_stays(sentence, endpoint, value):
    assert (endpoint, value) in {(r["endpoint"], r["value"]) for r in _rows("Results: " + sentence)
                                 if r["measure"] == "rate"}


RESPONSES_COUNTED = {("CR", "count", 2.0), ("PR", "count", 11.0), ("SD", "count", 9.0)}
PATHOLOGICAL_KINDS = {("pCR", None, 8.0), ("PATH_RESPONSE", "partial response", 52.0),
                      ("PATH_RESPONSE", "stable disease", 40.0)}
PATHOLOGICAL_PARTIAL = {("PATH_RESPONSE", "partial response", "count", 14.0),
                        ("PATH_RESPONSE", "partial response", "rate", 35.0)}


@pytest.mark.parametrize(("sentence", "fields", "expected"), [
    # a list of responses, each in a count of patients
    ("Best responses were CR in 2, PR in 11 and SD in 9 patients.", "endpoint measure value", RESPONSES_COUNTED),
    ("The best response was a complete response in 2 patients, a partial response in 11 and stable disease in 9.",
     "endpoint measure value", RESPONSES_COUNTED),
    ("A complete response was seen in two cases, partial response in 11 and stable disease in nine cases.",
     "endpoint measure value", RESPONSES_COUNTED),
    # the kinds of a pathological response
    ("The pathological response after chemoradiation was CR in 8%, PR in 52% and SD in 40%.",
     "endpoint category value", PATHOLOGICAL_KINDS),
    ("Pathologic response to neoadjuvant therapy was complete response in 8%, partial response in 52% and stable "
     "disease in 40%.", "endpoint category value", PATHOLOGICAL_KINDS),
    # a pathological partial response
    ("A pathologic partial response was seen in 14 patients (35%).", "endpoint category measure value",
     PATHOLOGICAL_PARTIAL),
    ("Partial pathological responses were found in 14 (35%) of the resected specimens.",
     "endpoint category measure value", PATHOLOGICAL_PARTIAL),
    # a radiological response keeps its kinds
    ("Radiological response after chemoradiation was CR in 8%, PR in 52% and SD in 40%.", "endpoint value",
     {("CR", 8.0), ("PR", 52.0), ("SD", 40.0)}),
])
def test_the_responses_a_sentence_lists(sentence, fields, expected):
    assert row_tuples("Results: " + sentence, fields) == expected


@pytest.mark.parametrize("sentence", [
    # no word says the numbers count patients: cycles, months or anything else
    "Responses were CR in 2, PR in 11 and SD in 9.",
    "Median times to response were CR in 2, PR in 3 and SD in 2 months.",
])
def test_no_list_of_counts_without_the_people_counted(sentence):
    assert [r for r in _rows("Results: " + sentence) if r["measure"] == "count"] == []


@pytest.mark.parametrize("sentence", [
    "We saw three patients with disease progression, seven patients with stable disease and five patients with a "
    "partial response.",
    "Four patients had a partial response, six had stable disease, and two experienced disease progression.",
    "Best responses were PR in 5, SD in 7 and progression in 3 patients.",
])
def test_progression_counted_among_the_responses_is_progressive_disease(sentence):
    rows = _rows("Results: " + sentence)
    assert {r["endpoint"] for r in rows} == {"PR", "SD", "PD"}


@pytest.mark.parametrize("sentence", [
    "A partial response was seen in five patients. Disease progression occurred in 12 patients during follow-up.",
    "Disease progression occurred in 12 patients, at a median of 9 months.",
])
def test_progression_said_apart_from_the_responses_stays_an_event(sentence):
    rows = _rows("Results: " + sentence)
    assert ("FAIL_ANY", 12.0) in {(r["endpoint"], r["value"]) for r in rows}


_ARMS_OF_500 = "Methods: Patients were randomly assigned to drug A (n = 500) or drug B (n = 498). Results: "


@pytest.mark.parametrize("sentence", [
    "Similar numbers in the two groups developed liver failure or died from hepatic causes (30 [6.0%] vs 28 [5.6%]; "
    "RR 1.07 [0.65-1.77]).",
    "About as many patients had a stroke or died of vascular causes with drug A as with drug B (44 [8.8%] vs 47 "
    "[9.4%]).",
    "Eleven patients died or progressed before the first scan in the A group and nine in the B group.",
])
def test_death_or_another_event_is_no_count_of_deaths(sentence):
    assert [r for r in _rows(_ARMS_OF_500 + sentence) if r["endpoint"] == "DEATH"] == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Forty patients died from lymphoma or from infection (8%).", 8.0),
    ("Twelve patients (10%) died within 30 days of surgery or radiotherapy.", 10.0),
])
def test_deaths_of_one_cause_or_another_stay_deaths(sentence, value):
    assert ("DEATH", value) in {(r["endpoint"], r["value"]) for r in _rows("Results: " + sentence)}


@pytest.mark.parametrize(("sentence", "grade"), [
    # severe and life-threatening events are grade 3 to 4
    ("Severe and life-threatening adverse events seen more often with drug A were anaemia (21% versus 9%) and rash "
     "(6% versus 2%).", "3-4"),
    ("Severe or life-threatening toxicities were anaemia (21% versus 9%) and rash (6% versus 2%).", "3-4"),
    # severe events alone have no grade class
    ("Severe adverse events were anaemia (21% versus 9%) and rash (6% versus 2%).", None),
])
def test_the_grade_of_severe_and_life_threatening_events(sentence, grade):
    rows = _rows(_TWO_ARMS + sentence)
    assert rows and {r["grade"] for r in rows} == {grade}


# the reason's word cut at any of its letters by how far after the count it is said
@pytest.mark.parametrize("filler", ["x" * n for n in range(56, 68, 3)])
def test_a_reason_said_far_after_the_count_is_a_whole_word(filler):
    rows = [r for r in _rows(f"Results: Six patients discontinued treatment ({filler}) due to toxicities.")
            if r["endpoint"] == "DISCONTINUATION"]
    assert rows and all(r["category"] in (None, "toxicities") for r in rows)
