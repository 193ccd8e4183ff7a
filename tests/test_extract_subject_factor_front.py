"""A sentence whose subject is a factor associated with an outcome gives the ratio to that factor also when the
sentence opens with what the model adjusted for ("After adjusting for age and stage, X was associated with ..."), with
the analysis that showed it ("Cox regression showed that X was associated with ...") or with a link ("In addition, "),
and when X "remained" associated or "was of adverse prognostic value for" the outcome. Every sentence here is written
for the test."""

from __future__ import annotations

from result_rows import rows_after
from support import yaml_cases

_REGISTRY = ("Radiotherapy technique and survival in head and neck cancer. We identified 5,200 patients in a national "
             "registry treated between 2004 and 2012. Results: ")


# (cohort, endpoint, value, ci_low, ci_high) of the ratios the sentence gives after the registry's opening.
_ratios = rows_after(_REGISTRY, "cohort endpoint value ci_low ci_high", measure=("hr", "or"))


@yaml_cases
def test_the_subject_after_an_opening_clause_is_the_factor(sentence, expected):
    assert _ratios(sentence) == expected


@yaml_cases
def test_no_factor_from_a_subject_that_names_none(sentence):
    assert not any(cohort not in (None, "all") for cohort, *_ in _ratios(sentence))
