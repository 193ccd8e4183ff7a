"""A sentence whose subject is a factor associated with an outcome gives the ratio to that factor also when the
sentence opens with what the model adjusted for ("After adjusting for age and stage, X was associated with ..."), with
the analysis that showed it ("Cox regression showed that X was associated with ...") or with a link ("In addition, "),
and when X "remained" associated or "was of adverse prognostic value for" the outcome. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_REGISTRY = ("Radiotherapy technique and survival in head and neck cancer. We identified 5,200 patients in a national "
             "registry treated between 2004 and 2012. Results: ")


# (cohort, endpoint, value, ci_low, ci_high) of the ratios the sentence gives after the registry's opening.
_ratios = rows_after(_REGISTRY, "cohort endpoint value ci_low ci_high", measure=("hr", "or"))


@pytest.mark.parametrize("sentence, expected", [
    ("After adjusting for age, sex and comorbidity, image-guided planning was associated with a lower risk of death "
     "(adjusted hazard ratio, 0.81; 95% CI, 0.72 to 0.91; P < .001).",
     {("image_guided_planning", "OS", 0.81, 0.72, 0.91)}),
    ("Controlling for tumour and patient characteristics, a treatment delay beyond 60 days was associated with worse "
     "overall survival (HR 1.27, 95% CI 1.10-1.47).",
     {("a_treatment_delay_beyond_60_days", "OS", 1.27, 1.1, 1.47)}),
    ("Cox regression analysis demonstrated that wedge excision was associated with worse overall survival (adjusted "
     "HR 1.41 [95% CI, 1.18-1.69]; P < .001).",
     {("wedge_excision", "OS", 1.41, 1.18, 1.69)}),
    ("Weight loss of more than 10% remained independently associated with worse disease-specific survival (HR 1.9; "
     "95% CI 1.3-2.8).",
     {("weight_loss_of_more_than_10", "CSS", 1.9, 1.3, 2.8)}),
    ("In addition, a low serum albumin (below 35 g/L) was of adverse prognostic value for overall survival (HR = "
     "1.62, 95% CI: 1.21-2.17, p = 0.001).",
     {("a_low_serum_albumin_below_35_g_l", "OS", 1.62, 1.21, 2.17)}),
    ("Moreover, elevated baseline lactate dehydrogenase was of independent prognostic significance for PFS (HR = "
     "1.44, 95% CI: 1.08-1.92).",
     {("elevated_baseline_lactate_dehydrogenase", "PFS", 1.44, 1.08, 1.92)}),
])
def test_the_subject_after_an_opening_clause_is_the_factor(sentence, expected):
    assert _ratios(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the subject is the treatment in general, or the analysis: no factor to name, no row of a factor
    "After adjusting for age, treatment was associated with a lower risk of death (HR 0.81; 95% CI 0.72-0.91).",
    "Cox regression showed that the risk of death was lower in the later period (HR 0.81; 95% CI 0.72-0.91).",
])
def test_no_factor_from_a_subject_that_names_none(sentence):
    assert not any(cohort not in (None, "all") for cohort, *_ in _ratios(sentence))
