"""Bare events counted in named groups ("with 61 events in the drug K arm and 77 in the placebo arm") are the events of
the one survival curve the sentence names, coded as the endpoint-code file counts that curve's events (overall
survival: deaths; progression-free survival: progressions or deaths). No row where the sentence names two curves, or
a curve whose events no code counts, or where an adjective makes them other events ("adverse events"). Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_TRIAL = "Methods: 230 patients were randomly assigned to drug K (n = 116) or placebo (n = 114). Results: "


def _counts(sentence: str) -> set[tuple]:
    out = extract_text(_TRIAL + sentence)
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    return {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "count"}


@pytest.mark.parametrize("sentence, code", [
    # events in each arm are the curves events
    ("Progression-free survival favoured drug K (HR 0.74; 95% CI 0.55-0.99), with 58 events in the drug K arm and 72 "
     "events in the placebo arm.", "FAIL_ANY"),
    ("Overall survival did not differ (HR 0.92, 95% CI 0.66-1.28); there were 58 events in the drug K group and 72 in "
     "the placebo group.", "DEATH"),
    ("Median PFS was 8.3 months with drug K and 6.1 months with placebo, and fifty-eight events occurred among those "
     "given drug K and 72 among those given placebo.", "FAIL_ANY"),
    # events named by their curve in each arm are its events
    ("By the cutoff date, 58 (50%) OS events had occurred with drug K versus 72 (63%) with placebo.", "DEATH"),
    ("There were 58 progression-free survival events in the drug K arm and 72 in the placebo arm.", "FAIL_ANY"),
])
def test_events_in_each_arm_are_the_curves_events(sentence, code):
    assert _counts(sentence) == {("drug k", code, 58.0), ("placebo", code, 72.0)}


@pytest.mark.parametrize("sentence", [
    # no count of events whose curve is not said
    # two curves: whose events is not said
    "Both PFS (HR 0.74) and overall survival (HR 0.92) favoured drug K, with 58 events in the drug K arm and 72 events "
    "in the placebo arm.",
    # a curve whose events no code counts
    "Local control favoured drug K (HR 0.80), with 58 events in the drug K arm and 72 events in the placebo arm.",
    # other events, an adjective between the count and the noun
    "Overall survival did not differ (HR 0.92), with 58 adverse events in the drug K arm and 72 in the placebo arm.",
    # no count of events named by a curve where it is unsure
    # the sentence names another outcome, whose values the counts could be
    "There were 58 PFS events in the drug K arm and 72 in the placebo arm, and median OS was 14 months.",
    # a curve whose events no code counts
    "There were 58 local control events in the drug K arm and 72 in the placebo arm.",
    # no group's name after the preposition: people of no arm
    "By the cutoff date, 58 OS events had occurred in eligible patients and 72 in all randomised patients.",
])
def test_no_count_of_events_whose_curve_is_not_said(sentence):
    assert not {c for c in _counts(sentence) if c[1] in ("DEATH", "FAIL_ANY")}

