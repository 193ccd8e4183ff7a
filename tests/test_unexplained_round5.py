"""Classes of numbers that are no result, fifth round: an interval's bounds said before its label.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from support import number_rules as rules


def _assert_taken(text: str, rule: str, taken: list[str], left: list[str]) -> None:
    found = rules(text)
    assert all(found[x] == rule for x in taken), found
    assert all(found[x] is None for x in left), found


# -- an interval's bounds before its label, or after a ratio with a level but no label ---------------------------------


@pytest.mark.parametrize("text, rule, taken, left", [
    ("The median time to relapse was 19 months (13 to 27, 95% confidence interval).", "number.ci.label_after",
     ["13", "27"], ["19"]),
    ("Mean pain scores fell by 2.4 points (1.1-3.7; 95% CI) in the women given the gel.", "number.ci.label_after",
     ["1.1", "3.7"], ["2.4"]),
    ("Grade 2 rash: RR 1.45, 95% 0.81 to 2.60; 640 participants; three trials.", "number.ci.after_ratio_comma",
     ["95", "0.81", "2.60"], ["1.45"]),
    ("The odds ratio for a response was 2.2 (90% 1.3-3.9).", "number.ci.after_ratio", ["90", "1.3", "3.9"], ["2.2"]),
])
def test_an_intervals_bounds_before_its_label_or_after_a_ratio_are_ci(text, rule, taken, left):
    _assert_taken(text, rule, taken, left)


@pytest.mark.parametrize("text, bounds", [
    ("Survival at 2 years was 44% (31 to 57 patients alive), with a 95% confidence interval given in the appendix.",
     ["31", "57"]),
    ("Response rates were 12%, 95% 20 to 30 days after the first dose.", ["20", "30"]),
    ("The hazard ratio was 0.8, 95% 20 to 30 of them men.", ["20", "30"]),
])
def test_a_range_without_a_level_and_label_after_it_is_no_interval(text, bounds):
    found = rules(text)
    assert not any((found[x] or "").startswith("number.ci") for x in bounds), found


# -- what others found or what is foreseen: a share of all cases of a disease, a projection ---------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Small-cell tumours account for about 15% of all lung cancers; here 41% of the men responded.", ["15"], ["41"]),
    ("Glioma represents 30-40% of all primary brain tumours.", ["30", "40"], []),
    ("Squamous histology made up 25% of all cases in our registry, and 2-year survival was 52%.", ["25"], ["52"]),
])
def test_a_share_of_all_cases_of_a_disease_is_background(text, taken, left):
    _assert_taken(text, "number.background.share_of_all", taken, left)


@pytest.mark.parametrize("text", [
    "Local relapse accounted for 45% of all failures in the drug arm.",
    "Deaths from sepsis accounted for 20% of the deaths after surgery.",
])
def test_a_share_of_the_studys_events_stays_unexplained(text):
    found = rules(text)
    value = next(k for k in ("45", "20") if k in found)
    assert found[value] is None, found


@pytest.mark.parametrize("text, taken", [
    ("Roughly 20%-25% of women with the disease will develop bone metastases during its course.", ["20", "25"]),
    ("In 2030, some 48,000 new cases and 21,000 deaths are projected to occur in the region.", ["48,000", "21,000"]),
    ("Those whose tumours are removed whole will have a 95% chance of cure.", ["95"]),
])
def test_a_projection_or_what_will_happen_is_background(text, taken):
    _assert_taken(text, "number.background.projection", taken, [])


@pytest.mark.parametrize("text, value", [
    ("The drug arm reached its end point with a median survival above 20 months and will be tested further.", "20"),
    ("Of 30 patients, 12 relapsed and will need a second course.", "12"),
])
def test_a_finding_beside_a_future_tense_stays_unexplained(text, value):
    assert rules(text)[value] is None


# -- a disease recurrent or metastatic at entry is who the patients were, not an outcome ------------------------------


@pytest.mark.parametrize("text, taken", [
    ("Sixty tumours were new primaries and 14 were recurrent or metastatic; 30% were squamous.", ["14", "30"]),
    ("Of the women, 45 had recurrent or metastatic cervical cancer and 19 were smokers.", ["45", "19"]),
    ("All had metastatic or recurrent head and neck cancer; 70% were men.", ["70"]),
])
def test_a_recurrent_or_metastatic_disease_beside_the_patients_traits_is_baseline(text, taken):
    _assert_taken(text, "number.baseline.sentence", taken, [])


@pytest.mark.parametrize("text, value", [
    ("Of the women, 12 developed recurrent or metastatic disease and 19 were smokers.", "12"),
    ("Recurrence was seen in 8 of the squamous tumours.", "8"),
])
def test_a_recurrence_that_happened_stays_unexplained(text, value):
    assert rules(text)[value] is None
