"""The size of a group that an adverse event defines ("survival was 11 months with grade 3 rash (n = 61)") is no
count of that event: no toxicity count. A list of events each with its count stays counted. Every sentence here is
written for the test."""

from __future__ import annotations

from result_rows import row_tuples
from support import extract_text, yaml_cases


def _counts(sentence: str) -> set[tuple]:
    return row_tuples("Results: " + sentence, "category value", endpoint="TOX", measure="count")


@yaml_cases
def test_an_event_with_a_bracketed_n_is_a_count_only_in_a_list_of_events(sentence, expected):
    assert _counts(sentence) == expected


@yaml_cases
def test_a_death_rate_is_of_patients_who_died_not_of_a_cause(sentence, expected):
    assert row_tuples("Results: " + sentence, "measure value", endpoint="DEATH") == expected


@yaml_cases
def test_an_outcome_of_people_an_event_defines_is_theirs(sentence, label, n, value):
    out = extract_text("Results: " + sentence)
    cohorts = {c["key"]: (c["label"], c.get("n")) for c in out["cohorts"]}
    rows = [(cohorts[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "median"]
    assert rows == [((label, n), value)]


def test_an_outcome_without_people_named_stays_all_patients():
    out = extract_text("Results: Median overall survival was 14.1 months with a median follow-up of 30 months.")
    assert [(r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "median"] == [("all", 14.1)]
