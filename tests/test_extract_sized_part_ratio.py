"""A ratio right after a part of the patients named with its size ("..., including responders (n = 150) OS HR, 0.79")
is that part's ratio, with the part's size: never all patients', nor the arms'. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = ("Maintenance drug K in lung cancer. We randomly assigned 600 patients to drug K (n = 301) or placebo "
          "(n = 299). Results: ")


def _ratios(sentence: str, trial: str = _TRIAL, fields: str = "cohort cohort_n endpoint value") -> set[tuple]:
    """(the ``fields``) of the ratios ``sentence`` gives after the ``trial``'s opening."""
    return row_tuples(trial + sentence, fields, measure="hr")


@pytest.mark.parametrize("sentence, expected", [
    ("Overall survival was longer with drug K in all subgroups, including responders (n = 150) OS HR, 0.79; 95% CI, "
     "0.58 to 1.08 and stable disease (n = 140) OS HR, 0.74; 95% CI, 0.55 to 1.02.",
     {("responders", 150, "OS", 0.79), ("stable_disease", 140, "OS", 0.74)}),
    ("Progression-free survival was longer with drug K in all subgroups, including never-smokers (n = 210) PFS HR "
     "0.61 and former smokers (n = 190) PFS HR 0.83.",
     {("never_smokers", 210, "PFS", 0.61), ("former_smokers", 190, "PFS", 0.83)}),
    ("Overall survival was improved in responders (n = 150) (HR, 0.79; 95% CI, 0.58 to 1.08) and in patients with "
     "stable disease (n = 140) (HR, 0.74; 95% CI, 0.55 to 1.02).",
     {("responders", 150, "OS", 0.79), ("stable_disease", 140, "OS", 0.74)}),
])
def test_a_ratio_after_a_sized_part_is_that_parts(sentence, expected):
    assert _ratios(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an arm's size before its ratio: the arms' comparison, as before
    ("Progression-free survival was longer with drug K (n = 301) HR 0.70.", ("drug_k", 301, "PFS", 0.7)),
    ("Progression-free survival was longer with drug K (n = 301) than with placebo (n = 299) (HR 0.70).",
     ("drug_k", 301, "PFS", 0.7)),
])
def test_an_arms_size_before_its_ratio_names_no_part(sentence, expected):
    assert expected in _ratios(sentence)


# -- "HR for stage I = 1.35": the part a ratio was computed in, between its name and its number ------------------------

_STAGE_TRIAL = ("Adjuvant drug K in lung cancer. We randomly assigned 900 patients to drug K (n = 450) or observation "
                "(n = 450). Results: ")


def _stage_ratios(sentence: str) -> set[tuple]:
    return _ratios(sentence, _STAGE_TRIAL, "cohort comparator endpoint value")


@pytest.mark.parametrize("sentence, expected", [
    ("The effect of drug K on overall survival varied with stage (test for trend, P = .03; HR for stage I = 1.35; 95% "
     "CI, 0.91 to 2.00; HR for stage II = 0.84; 95% CI, 0.71 to 0.99).",
     {("stage_i", None, "OS", 1.35), ("stage_ii", None, "OS", 0.84)}),
    # the first item's part after the ratio's name, the next item's label before it
    ("Drug K improved overall survival (HR, 0.80; 95% CI, 0.66 to 0.97), with a trend for interaction with stage (P = "
     ".08; HR for stage III, 0.66; 95% CI, 0.49 to 0.89; stage I, HR, 1.05; 95% CI, 0.72 to 1.53).",
     {("drug_k", "observation", "OS", 0.8), ("stage_iii", None, "OS", 0.66), ("stage_i", None, "OS", 1.05)}),
])
def test_a_ratio_for_a_part_is_that_parts_not_the_arms(sentence, expected):
    assert _stage_ratios(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an outcome or an arm after the ratio's name: the arms' ratio, as before
    ("The hazard ratio for death was 0.80 (95% CI, 0.66 to 0.97).", ("drug_k", "observation", "OS", 0.8)),
    ("The HR for drug K was 0.77 (95% CI, 0.64 to 0.93) for overall survival.", ("drug_k", "observation", "OS", 0.77)),
])
def test_an_outcome_or_an_arm_after_the_ratios_name_is_no_part(sentence, expected):
    assert expected in _stage_ratios(sentence)


@pytest.mark.parametrize("sentence", [
    # a single ratio "for" a trait's level: the trait against its other level, no part's
    "Relapse with drug K was unrelated to early clearance (adjusted odds ratio for slow clearance 1.12, 95% CI 0.51 to "
    "2.46).",
    "The hazard ratio for stage III was 1.85 (95% CI, 1.31 to 2.61) in the multivariable model.",
])
def test_a_single_ratio_for_a_level_is_no_part(sentence):
    assert not any(cohort and cohort.startswith(("slow", "stage")) for cohort, _, _, _ in _stage_ratios(sentence))


def test_two_levels_set_against_each_other_are_no_part():
    rows = _stage_ratios("Mortality was affected by stage (HR for stage II versus stage I = 1.39; 95% CI, 1.10 to "
                         "1.77).")
    assert not any(cohort and cohort.startswith("stage") for cohort, _, _, _ in rows)
