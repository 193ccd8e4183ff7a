"""A short name the paper gives a median outcome, spelling "median" too ("median survival (MS)", "median time to
progression (MTTP)"), names that outcome afterwards. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after
from support import extract_text

_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or placebo (n = 119). Results: "


_medians = rows_after(_TRIAL, "cohort endpoint value", measure="median")


@pytest.mark.parametrize("text, expected", [
    ("The median survival (MS) was 13.5 months with drug K. For placebo, the median PFS and MS were 4.1 and 10.2 "
     "months, respectively.",
     {("drug_k", "OS", 13.5), ("placebo", "PFS", 4.1), ("placebo", "OS", 10.2)}),
    ("The median time to progression (MTTP) was 5.7 months in the drug K arm. MTTP was 3.9 months in the placebo "
     "arm.", {("drug_k", "TTP", 5.7), ("placebo", "TTP", 3.9)}),
    # near miss: the short name does not spell the word "median" the name lacks; it names nothing
    ("The survival (MS) was 13.5 months with drug K. MS was 10.2 months in the placebo arm.",
     {("drug_k", "OS", 13.5)}),
])
def test_a_short_name_spelling_median_names_the_outcome(text, expected):
    assert _medians(text) == expected


_SERIES = "We reviewed 140 patients who had resection of adrenal metastases. Results: "


@pytest.mark.parametrize("text", [
    "Six of these 25 patients underwent a repeat resection; their median survival was 37 months.",
    "Survival differed (P = 0.01) between the MS of 41 patients treated for a solitary deposit (MS, 19.5 months) and "
    "99 patients with several deposits (MS, 11.0 months).",
])
def test_a_median_of_a_counted_part_is_not_all_patients(text):
    rows = extract_text(_SERIES + "The median survival (MS) of all patients was 16.0 months. " + text)["results"]
    assert {r["value"] for r in rows if r["measure"] == "median" and r["cohort"] == "all"} == {16.0}
