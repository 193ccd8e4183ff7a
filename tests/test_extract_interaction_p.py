"""A p said of a test of interaction or heterogeneity ("with a trend for interaction with histology (P = .08)") is no
comparison's p: no row takes it, while the comparison's own p in the same sentence still is the row's. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after
from support import extract_text

_TRIAL = "We randomly assigned 600 patients to drug K (n = 300) or placebo (n = 300). "


def _ps(sentence: str) -> set:
    return {r.get("p_value") for r in extract_text(_TRIAL + sentence)["results"] if r["measure"] == "hr"}


@pytest.mark.parametrize("sentence, p", [
    ("Overall survival was longer with drug K (HR 0.80; 95% CI 0.66-0.97), with a trend for interaction with "
     "histology (P = .08).", None),
    ("Progression-free survival was longer with drug K (HR 0.75; 95% CI 0.62-0.91); the test for interaction by sex "
     "gave P = 0.04.", None),
    ("Overall survival favoured drug K (HR 0.82, 95% CI 0.70-0.96), without heterogeneity across trials (p = 0.41).",
     None),
    # the comparison's own p is still read
    ("Progression-free survival was longer with drug K (HR 0.75; 95% CI 0.62-0.91; P = 0.01), with no interaction by "
     "sex.", 0.01),
])
def test_a_p_of_interaction_or_heterogeneity_is_no_rows_p(sentence, p):
    assert _ps(sentence) == {p}


_ratio_groups = rows_after(_TRIAL, "cohort comparator", measure="hr")


@pytest.mark.parametrize("sentence", [
    # a test of interaction in a later clause does not make the overall ratio a part's
    "Overall survival was longer with drug K (HR 0.80; 95% CI 0.66-0.97), with a trend for interaction with histology "
    "(P = .08).",
    "Progression-free survival was longer with drug K (HR 0.75; 95% CI 0.62-0.91); the test for interaction by sex "
    "gave P = 0.04.",
])
def test_the_overall_ratio_before_a_test_of_interaction_is_the_arms(sentence):
    assert _ratio_groups(sentence) == {("drug_k", "placebo")}


def test_a_part_said_after_the_ratio_in_its_clause_keeps_it_from_the_arms():
    groups = _ratio_groups("Progression-free survival was longer with drug K (HR 0.60; 95% CI 0.42-0.86) in patients "
                           "with marker Z.")
    assert ("drug_k", "placebo") not in groups
