""""Rates of" said once before a list of outcomes ("the rates of local recurrence and distant metastasis were 6% and
19%, respectively") is every listed outcome's rate, also of an outcome that is one only with the word ("distant
metastasis" alone names a site). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

from oncoev.extract.mentions import find_endpoints


@pytest.mark.parametrize("sentence, expected", [
    ("We treated 75 patients. The rates of local recurrence and distant metastasis were 6.7% and 18.7%, "
     "respectively.", {("FAIL_LOCAL", 6.7), ("FAIL_DISTANT", 18.7)}),
    ("We treated 75 patients. The incidence of locoregional relapse and distant metastases at 5 years was 11% and "
     "27%, respectively.", {("FAIL_LOCAL", 11.0), ("FAIL_DISTANT", 27.0)}),
])
def test_rates_of_said_once_are_every_listed_outcomes(sentence, expected):
    rows = {(r["endpoint"], r["value"]) for r in extract_text(sentence)["results"] if r["measure"] == "rate"}
    assert expected <= rows


def test_rates_of_per_group_blocks():
    out = extract_text("We treated 75 patients. The rates of local recurrence and distant metastasis were 5% and 15%, "
                       "respectively, in the surgery group and 9% and 22%, respectively, in the radiotherapy group.")
    rows = {(r["cohort"], r["endpoint"], r["value"]) for r in out["results"]}
    assert ("radiotherapy_group", "FAIL_DISTANT", 22.0) in rows
    assert ("surgery_group", "FAIL_DISTANT", 15.0) in rows


@pytest.mark.parametrize("sentence", [
    "The rates of smoking and distant metastasis at diagnosis were 40% and 12%.",
    "Patients with distant metastasis were excluded.",
])
def test_a_site_named_without_an_outcome_list_is_no_outcome(sentence):
    assert "FAIL_DISTANT" not in {e.code for e in find_endpoints(sentence)}
