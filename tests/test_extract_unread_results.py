"""Result constructions of English reporting that gave no row, or only some of their rows (issue 13's unexplained
numbers in abstracts): each test sentence is our own."""

from __future__ import annotations

import pytest
from support import extract_text


def in_one_arm(text: str) -> dict:
    """The extraction of ``text`` in a single-arm study."""
    return extract_text("A trial\n\nWe treated 140 patients with lung cancer. " + text)


def cohort_values(text: str) -> set[tuple]:
    return {(r["cohort"], r["endpoint"], r["measure"], r["value"]) for r in in_one_arm(text)["results"]}


# "9 months in patients with and 14 months in patients without liver metastases": the trait is said once, after the
# second group; the first group is the one with it
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Median PFS was 9 months in patients with and 14 months in patients without liver metastases.",
     {("patients_with_liver_metastases", "PFS", "median", 9.0),
      ("patients_without_liver_metastases", "PFS", "median", 14.0)}),
    ("Median survival was 22 months in patients without and 15 months in those with bone metastases (P = .02).",
     {("patients_without_bone_metastases", "OS", "median", 22.0),
      ("patients_with_bone_metastases", "OS", "median", 15.0)}),
])
def test_a_trait_said_once_after_with_and_without_names_both_groups(sentence, expected):
    assert cohort_values(sentence) == expected


def test_a_group_named_in_full_before_its_value_keeps_its_own_name():
    out = cohort_values("Median PFS was 9 months in patients with brain metastases and 14 months in patients without "
                        "liver metastases.")
    assert ("patients_with_brain_metastases", "PFS", "median", 9.0) in out

