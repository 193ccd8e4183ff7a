"""A ratio said after what its model was adjusted for ("After adjustment for other prognostic factors, the HR was
..."): the words of the adjustment name no measured factor the ratio is of, so the ratio is read as any other; a ratio
said of a measured factor ("high levels of marker Q were prognostic for OS") still is not. Sentences written for
this test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

OPENING = "Methods: We followed 140 patients after resection. Results: "


@pytest.mark.parametrize("sentence, expected", [
    ("After adjustment for other prognostic factors, the HR was 1.62 (95% CI 1.10-2.38; P = 0.02) for overall "
     "survival.", {("OS", "hr", 1.62, 1.1, 2.38, "all")}),
    ("Adjusted for known prognostic variables, the hazard ratio for death was 0.74 (95% CI 0.58-0.95).",
     {("OS", "hr", 0.74, 0.58, 0.95, "all")}),
    ("After adjustment of baseline covariates, the hazard ratio for progression-free survival was 1.35 "
     "(95% CI 1.02-1.79).", {("PFS", "hr", 1.35, 1.02, 1.79, "all")}),
    # a measured factor's ratio, with or without an adjustment before it: no group of the paper has it
    ("High serum levels of marker Q were prognostic for overall survival (HR 1.5, 95% CI 1.1-2.0).", set()),
    ("After adjustment for other prognostic factors, marker Q remained prognostic for overall survival (HR 1.5, "
     "95% CI 1.1-2.0).", set()),
])
def test_a_ratio_after_its_adjustment(sentence, expected):
    assert row_tuples(OPENING + sentence, "endpoint measure value ci_low ci_high cohort") == expected
