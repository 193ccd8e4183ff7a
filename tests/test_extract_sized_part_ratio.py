"""A ratio right after a part of the patients named with its size ("..., including responders (n = 150) OS HR, 0.79")
is that part's ratio, with the part's size: never all patients', nor the arms'. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from support import extract_text

_TRIAL = ("Maintenance drug K in lung cancer. We randomly assigned 600 patients to drug K (n = 301) or placebo "
          "(n = 299). Results: ")


def _ratios(sentence: str) -> set[tuple]:
    out = extract_text(_TRIAL + sentence)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    return {(r["cohort"], sizes.get(r["cohort"]), r["endpoint"], r["value"]) for r in out["results"]
            if r["measure"] == "hr"}


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
