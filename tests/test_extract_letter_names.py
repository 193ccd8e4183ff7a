"""Lettered arms named with the letter first: a paper that defines "arm A" and "arm B" writes "the A arm", "the B
group", "the A and B arms" too (issue 13's groups). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import extract_text

_ARMS = ("Drug K with or without drug M in advanced gastric cancer: a randomised phase 3 trial\n\n"
         "We randomly assigned 388 patients to arm A (drug K plus drug M, n = 195) or arm B (drug K alone, n = 193). ")
_GROUPS = ("Drug K with or without drug M in advanced gastric cancer: a randomised phase 3 trial\n\n"
           "Patients were randomly allocated to group A (n = 195) or group B (n = 193). ")


def _rows(text: str) -> set[tuple]:
    return row_tuples(text, "endpoint measure value cohort")


@pytest.mark.parametrize("preamble", [_ARMS, _GROUPS])
@pytest.mark.parametrize("sentence", [
    "Febrile neutropenia occurred in 17 patients (8.7%) in the A arm and 6 (3.1%) in the B arm.",
    "Febrile neutropenia was seen in 17 patients (8.7%) in the A group compared with 6 (3.1%) in the B group.",
])
def test_the_letter_before_the_word_names_the_lettered_arm(preamble, sentence):
    a, b = ("arm_a", "arm_b") if preamble is _ARMS else ("group_a", "group_b")
    assert _rows(preamble + sentence) == {("TOX", "count", 17.0, a), ("TOX", "rate", 8.7, a),
                                          ("TOX", "count", 6.0, b), ("TOX", "rate", 3.1, b)}


def test_counts_of_events_go_to_the_arms_the_letters_name():
    rows = _rows(_ARMS + "Four treatment-related deaths occurred in the A arm and two in the B arm.")
    assert {(r[2], r[3]) for r in rows} == {(4.0, "arm_a"), (2.0, "arm_b")}


@pytest.mark.parametrize(("preamble", "sentence", "name"), [
    (_ARMS, "Febrile neutropenia occurred in 12 patients (9.9%) in the C arm.", {"C", "arm"}),
    (_GROUPS, "Grade 3 fatigue was reported in 14 patients (11.6%) in the D group.", {"D", "group"}),
])
def test_a_letter_no_defined_group_has_is_a_group_of_its_own(preamble, sentence, name):
    # "the C arm" in a two-arm trial of A and B: its values go neither to A or B nor to all patients (the count and
    # share fit neither arm's size), but to the group the letter names, as "in arm C" does
    out = extract_text(preamble + sentence)
    labels = {c["key"]: c["label"] for c in out["cohorts"]}
    names = {labels[r["cohort"]] for r in out["results"] if r["endpoint"] == "TOX"}
    assert len(names) == 1 and set(names.pop().split()) == name
