"""'Increased amino-transferase', the enzyme's name hyphenated as some journals write it, is the same adverse event as
'increased aminotransferase': a graded term whose bracket of two arms' counts is read. Every sentence here is written
for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_TRIAL = ("Drug W in biliary cancer. We randomly assigned 180 patients to drug W (n = 91) or chemotherapy (n = 89). "
          "Results: ")


@pytest.mark.parametrize("sentence", [
    "The main grade 3 or 4 toxicities were fatigue (six [7%] vs four [4%]) and increased amino-transferase "
    "concentrations (three [3%] vs 0).",
    "Grade 3 or 4 increased amino-transferase (three [3%] vs 0) was seen only with drug W.",
])
def test_hyphenated_amino_transferase_is_a_toxicity(sentence):
    rows = row_tuples(_TRIAL + sentence, "cohort category measure value", measure="count")
    assert {("drug_w", "increased amino-transferase", "count", 3.0),
            ("chemotherapy", "increased amino-transferase", "count", 0.0)} <= rows
