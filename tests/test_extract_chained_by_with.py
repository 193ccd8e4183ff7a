"""A value chained by "with a" to the value before it ("The median survival of those resected was 31 months, with a
3-year survival of 44%") is of the same part of the patients: the second had gone to all patients, or been dropped.
Not where the values before it are of two groups ("10.2 vs 8.1 months, with a 2-year survival of 20%"): there the
arms' pair settles nothing. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_STUDY = "We treated 60 patients. "


def _rows(sentence: str) -> set[tuple]:
    out = extract_text(_STUDY + sentence)
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    return {(labels[r["cohort"]], r["measure"], r["value"]) for r in out["results"]}


@pytest.mark.parametrize("sentence, part, values", [
    ("The median survival for those patients completely resected was 31.2 months with a 3-year survival of 44%.",
     "patients completely resected", (31.2, 44.0)),
    ("The median survival of patients with stage II disease was 25.0 months, with a 2-year survival rate of 52%.",
     "patients with stage ii disease", (25.0, 52.0)),
])
def test_the_chained_value_is_of_the_same_part(sentence, part, values):
    assert _rows(sentence) == {(part, "median", values[0]), (part, "rate", values[1])}


def test_a_chain_after_values_of_all_patients_stays_all():
    rows = _rows("The median survival was 25.0 months, with a 2-year survival rate of 52%.")
    assert rows == {("all patients", "median", 25.0), ("all patients", "rate", 52.0)}


def test_a_chain_after_a_pair_of_arms_is_given_to_neither_arm():
    out = extract_text("Sixty patients were randomised to arm A or arm B. The median survival was 10.2 vs 8.1 months, "
                       "with a 2-year survival of 20%.")
    labels = {c["key"]: c["label"] for c in out["cohorts"]}
    assert not any(labels[r["cohort"]].startswith("arm") for r in out["results"] if r["value"] == 20.0)
