"""A ratio of a composite outcome whose events are listed before it in its bracket ("(relapse, second cancer,
death; HR ...)") is none listed event's ratio: no row, the number stays unexplained for the curator. So is a rate of
one kind of recurrence ("a 4.3% recurrence of any nodal failure") no rate of any recurrence. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_TRIAL = ("Lenalidomide maintenance after transplant for myeloma: a randomised trial\n\n"
          "We randomly assigned 318 patients to lenalidomide (n = 160) or placebo (n = 158). Results: ")


def _ratios(sentence: str) -> list[tuple]:
    out = extract_text(_TRIAL + sentence)
    return [(r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "hr"]


@pytest.mark.parametrize("sentence", [
    "The gain in event-free survival came from fewer relapses rather than from treatment harm (fatal infection, "
    "secondary leukaemia; hazard ratio 0.72, 95% CI 0.40-1.30, p=0.27).",
    "Recurrence-free survival differed mainly through disease events (local recurrence, distant metastasis, death "
    "from myeloma; HR 0.61, 95% CI 0.44-0.85).",
    "Fewer events of the composite safety outcome occurred (second primary cancer, thrombosis or toxic death; HR "
    "1.31, 0.77-2.20).",
])
def test_a_ratio_after_the_listed_events_of_a_composite_is_no_events_ratio(sentence):
    assert _ratios(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a factor's adjustment in the bracket is no list of events: the ratio is the outcome's before it
    ("Overall survival was longer with lenalidomide (adjusted for age, stage; HR 0.61, 95% CI 0.44-0.85).",
     [("OS", 0.61)]),
    # the ratio's own name says its events
    ("The trial met its end point (relapse, progression; hazard ratio for death 0.70, 95% CI 0.52-0.94).",
     [("OS", 0.70)]),
    # one outcome named in the bracket is that outcome's ratio
    ("Lenalidomide prolonged survival (progression-free survival; HR 0.58, 95% CI 0.45-0.75).",
     [("PFS", 0.58)]),
])
def test_a_ratio_in_a_bracket_without_a_list_of_events_is_kept(sentence, expected):
    assert _ratios(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "We observed only a 4.3% recurrence of any elective nodal failure and a 1.7% recurrence of isolated ENF.",
    "We observed a 6.1% recurrence of any out-of-field failure and a 2.2% recurrence of isolated out-of-field "
    "failure.",
])
def test_a_recurrence_of_one_kind_is_no_rate_of_any_recurrence(sentence):
    rows = extract_text(_TRIAL + sentence)["results"]
    assert not any(r["endpoint"] == "FAIL_ANY" for r in rows)


@pytest.mark.parametrize("sentence, value", [
    ("We observed a 12% recurrence of disease at 2 years.", 12.0),
    ("Only 8% recurrence was seen.", 8.0),
])
def test_a_recurrence_of_the_disease_stays_any_recurrence(sentence, value):
    rows = extract_text(_TRIAL + sentence)["results"]
    assert any(r["endpoint"] == "FAIL_ANY" and r["value"] == value for r in rows)
