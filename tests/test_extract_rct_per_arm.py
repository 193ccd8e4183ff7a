"""Randomised trials' per-arm results as trial abstracts list them: each arm's event count with the arm's size, and
each arm's mean of a continuous outcome (its spread no value of a row). Abstracts we wrote, two or more wordings of
each construction, and near-misses that must give no row."""

from __future__ import annotations

import pytest
from support import extract_text


def arm_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, measure, value) of the text's rows, the arm by its size (None for no arm)."""
    extraction = extract_text(text, "trial.txt")
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    return {(sizes.get(r.get("cohort")), r["endpoint"], r["measure"], r["value"]) for r in extraction["results"]}


# Counts over their totals listed in the order of the arms named after them: "k/N (x%) and j/M (y%) patients in the
# A and B groups, respectively"; the arm's size is the total when the paper gave none before
@pytest.mark.parametrize(("text", "want"), [
    ("Women were randomly assigned to acupressure (n = 64) or sham acupressure (n = 66). Nausea occurred in 19/64 "
     "(30%) and 33/66 (50%) patients in the acupressure and sham acupressure groups, respectively.",
     {(64, "count", 19.0), (64, "rate", 30.0), (66, "count", 33.0), (66, "rate", 50.0)}),
    ("Men were randomized to a walking programme or usual care. Grade 2 fatigue was reported by 7 of 51 (14%) and "
     "15 of 49 (31%) men in the walking programme and usual care arms, respectively.",
     {(51, "count", 7.0), (51, "rate", 14.0), (49, "count", 15.0), (49, "rate", 31.0)}),
])
def test_counts_over_totals_listed_with_the_arms_after_them(text, want):
    got = {(r[0], r[2], r[3]) for r in arm_rows(text)}
    assert want <= got


def test_counts_over_totals_of_one_arm_at_two_times_are_no_arms_pair():
    text = ("Women were randomly assigned to acupressure or sham acupressure. Nausea occurred in 19/64 (30%) and "
            "27/64 (42%) patients at 1 and 2 weeks in the acupressure group.")
    assert {r for r in arm_rows(text) if r[3] in (19.0, 27.0, 30.0, 42.0) and r[0] is not None} == set()
