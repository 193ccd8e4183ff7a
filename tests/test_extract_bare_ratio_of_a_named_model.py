"""A ratio given bare, "(1.42, 1.10-1.83, p = 0.007)", in a sentence that names the model it comes from ("In the Cox
model, ...": a hazard ratio; "On logistic regression, ...": an odds ratio), in a paper that names no ratio by its name:
the ratio of the sentence's outcome for its factor or groups; never all patients', and nothing where the sentence names
no model or both. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_SERIES = "We reviewed 480 patients treated with resection for a solid tumour. "
_TRIAL = "We randomly assigned 390 patients to drug A (n = 196) or placebo (n = 194). "

_READ = [
    # a factor of an outcome, the model said at the head of the sentence
    (_SERIES + "In the Cox model, nodal involvement was an independent factor for overall survival (1.42, 1.10-1.83, "
     "p = 0.007).",
     {("nodal_involvement", None, "OS", "hr", 1.42, 1.1, 1.83)}),
    # an odds ratio of a logistic regression
    (_SERIES + "On logistic regression, smoking was a predictor of local recurrence (2.35, 1.40-3.95; p = 0.001).",
     {("smoking", None, "FAIL_LOCAL", "or", 2.35, 1.4, 3.95)}),
    # the two arms of a trial, the model said with what it was adjusted for
    (_TRIAL + "In a Cox model adjusted for stage, overall survival was longer with drug A than with placebo (0.78, "
     "0.64-0.95; p = 0.01).",
     {("drug_a", "placebo", "OS", "hr", 0.78, 0.64, 0.95)}),
]

_NOT_READ = [
    # no model named: what the bracket estimates is not known
    _SERIES + "Nodal involvement was an independent factor for overall survival (1.42, 1.10-1.83, p = 0.007).",
    # both models named: which kind the bracket is, is not known
    _SERIES + "With Cox and logistic regression, smoking predicted overall survival (1.42, 1.10-1.83; p = 0.007).",
    # the factor's name is an outcome's, so no factor is found: never all patients' ratio
    _SERIES + "On logistic regression, a positive margin was a predictor of local recurrence (2.35, 1.40-3.95; "
    "p = 0.001).",
]


@pytest.mark.parametrize("text, expected", _READ)
def test_a_bare_ratio_takes_the_kind_of_the_model_the_sentence_names(text, expected):
    fields = "cohort comparator endpoint measure value ci_low ci_high"
    assert row_tuples(text, fields, measure=("hr", "or", "rr")) == expected


@pytest.mark.parametrize("text", _NOT_READ)
def test_no_bare_ratio_without_one_model_or_a_factor(text):
    assert row_tuples(text, "value", measure=("hr", "or", "rr")) == set()


_MODEL_AT_THE_HEAD = [
    (_SERIES + "In the Cox model, nodal involvement was an independent factor for overall survival (hazard ratio 1.42, "
     "95% CI 1.10-1.83, p = 0.007).", {("nodal_involvement", "OS", 1.42)}),
    (_SERIES + "On multivariable logistic regression, smoking was a predictor of local recurrence (odds ratio 2.35, "
     "95% CI 1.40-3.95).", {("smoking", "FAIL_LOCAL", 2.35)}),
]


@pytest.mark.parametrize("text, expected", _MODEL_AT_THE_HEAD)
def test_the_model_said_at_the_head_leaves_the_subject_the_factor(text, expected):
    # ("In the Cox model, X was a factor for OS (HR ...)": X's ratio, not all patients')
    assert row_tuples(text, "cohort endpoint value", measure=("hr", "or")) == expected
