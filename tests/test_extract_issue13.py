"""Issue 13: constructions of result reporting an audit of rows from unseen papers' prose found misread or missed.
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text


def _rows(text: str) -> list[dict]:
    return extract_text(text)["results"]


_TWO_ARMS = "Methods: Patients were randomly assigned to drug A (n = 140) or drug B (n = 137). Results: "


@pytest.mark.parametrize("sentence", [
    "Local relapse was the leading cause of death and accounted for 62% of the deaths in both arms.",
    "Disease progression was the main cause of death and accounted for 88% of the patients in each arm.",
    "Brain metastasis was the main cause of death, accounting for 71.4% in the surgery group.",
    "Cardiac events accounted for 14.5% of all deaths.",
    "Sepsis was responsible for 30% of treatment-period deaths.",
])
def test_a_share_of_the_deaths_is_no_rate_of_the_patients(sentence):
    assert _rows(_TWO_ARMS + sentence) == []


@pytest.mark.parametrize(("sentence", "endpoint", "value"), [
    ("Deaths occurred in 12% of the patients.", "DEATH", 12.0),
    ("Relapse was seen in 30% of the patients, the main cause of death.", "FAIL_ANY", 30.0),
])
def test_a_rate_of_the_patients_stays(sentence, endpoint, value):
    assert (endpoint, value) in {(r["endpoint"], r["value"]) for r in _rows("Results: " + sentence)
                                 if r["measure"] == "rate"}
