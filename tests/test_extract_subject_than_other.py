"""A pair in the bracket after "<people> survived longer than <other people>" is the two kinds of people's, in that
order, with the sizes said beside them ("Women (n = 52) survived longer than men (n = 47) (median, 15.1 vs 10.2
months)"); the pair had gone to nameless "group 1" and "group 2", and a size bracket after "than" named a cohort by the
whole comparison. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

from oncoev.extract.cohorts import find_cohorts

_STUDY = "We reviewed 99 patients with resected brain metastases. "


def _rows(sentence: str) -> set[tuple]:
    out = extract_text(_STUDY + sentence)
    labels = {c["key"]: (c["label"], c.get("n")) for c in out["cohorts"]}
    return {(labels[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "median"}


@pytest.mark.parametrize("sentence, expected", [
    ("Women (n = 52) survived longer than men (n = 47) (median, 15.1 vs. 10.2 months; P = 0.03).",
     {(("Women", 52), 15.1), (("men", 47), 10.2)}),
    ("Patients younger than 65 years (n = 41) survived longer than older patients (n = 58) (median 17.4 vs 9.9 "
     "months).",
     {(("younger than 65 years", 41), 17.4), (("older patients", 58), 9.9)}),
])
def test_the_pair_is_the_subjects_and_the_others(sentence, expected):
    assert _rows(sentence) == expected


def test_a_subject_that_names_no_people_names_no_pair():
    rows = _rows("Survival was longer than expected (median, 15.1 vs. 10.2 months).")
    assert not any(label in ("Survival", "expected") for (label, _), _ in rows)


def test_a_size_after_than_names_the_people_not_the_comparison():
    labels = {c.label for c in find_cohorts("Smokers lived shorter than never smokers (n = 33) did.")}
    assert "never smokers" in labels
    assert {c.label for c in find_cohorts("Patients older than 70 years (n = 40) were treated.")} & {
        "Patients older than 70 years", "older than 70 years"}


@pytest.mark.parametrize("sentence, label", [
    ("Patients with stage IV disease (n = 37) had a median survival of 6.5 months.", "stage IV disease"),
    ("Patients older than 75 years (n = 29) had a median survival of 5.9 months.", "older than 75 years"),
])
def test_a_sized_subject_is_the_values_group(sentence, label):
    out = extract_text(_STUDY + sentence)
    labels = {c["key"]: c["label"] for c in out["cohorts"]}
    assert {labels[r["cohort"]] for r in out["results"]} == {label}
