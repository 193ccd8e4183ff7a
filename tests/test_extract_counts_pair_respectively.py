"""Two counts, each with its share and its noun ("in 88 patients (58%) and 71 patients (48%), respectively"), closed by
"respectively": in a two-arm trial they are the two arms' counts in the order the paper named the arms, and with two
outcomes before them each outcome's in its place; the first count is never read alone as every patient's. A single-arm
study's pair names no groups: no row. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_TRIAL = "Methods: 260 patients were randomly assigned to drug K (n = 131) or placebo (n = 129). Results: "


def _rows(text: str) -> set[tuple]:
    out = extract_text(text)
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    return {(labels[r["cohort"]], r["endpoint"], r["category"], r["measure"], r["value"]) for r in out["results"]}


@pytest.mark.parametrize("sentence, category", [
    ("Grade 3 or worse adverse events occurred in 64 patients (48.9%) and 45 patients (34.9%), respectively.", None),
    ("Hypertension occurred in 64 patients (48.9%) and 45 patients (34.9%), respectively.", "hypertension"),
])
def test_the_pair_is_the_two_arms(sentence, category):
    rows = _rows(_TRIAL + sentence)
    assert {r for r in rows if r[3] == "count"} == {("drug k", "TOX", category, "count", 64.0),
                                                    ("placebo", "TOX", category, "count", 45.0)}
    assert ("all patients", "TOX", category, "count", 64.0) not in rows


def test_two_outcomes_before_the_pair_keep_their_places():
    rows = _rows(_TRIAL + "Local and distant relapse occurred in 6 patients (4.6%) and 17 patients (13.2%), "
                          "respectively.")
    counts = {(r[1], r[4]) for r in rows if r[3] == "count"}
    assert counts == {("FAIL_LOCAL", 6.0), ("FAIL_DISTANT", 17.0)}


def test_a_single_arm_pair_names_no_groups():
    rows = _rows("We treated 75 patients with drug K. Grade 2 rash occurred in 19 patients (25%) and 8 patients (11%), "
                 "respectively.")
    assert not {r for r in rows if r[1] == "TOX"}
