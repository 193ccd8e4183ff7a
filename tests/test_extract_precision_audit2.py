"""Precision rules from a second audit of rows over unlabeled abstracts and full texts (wrong group, endpoint or
measure). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows

TWO_ARMS = "Patients were randomized to drug K (n = 60) or observation (n = 58). "
A_OR_B = "Patients were assigned to arm A (n = 80) or arm B (n = 79). "


@pytest.mark.parametrize(("text", "value"), [
    (TWO_ARMS + "The median (95% CI) values for duration of response in the drug K arm vs observation arm were 11.2 "
     "(4.1-15.0) months vs 12.9 (2.2-not estimable) months in the whole population, 4.3 (2.0-14.1) months vs 12.9 "
     "months in the marker-positive subgroup.", 11.2),
    (A_OR_B + "Median PFS values in arm A vs arm B were 7.7 (6.1-9.0) months vs 5.9 (4.8-7.1) months among all "
     "patients, 8.8 months vs 5.0 months among responders.", 7.7),
])
def test_the_first_value_after_a_pair_of_groups_is_not_the_second_groups(text, value):
    """'in the A arm vs the B arm were X vs Y': X is A's, never B's (the group named right before it)."""
    rows = _rows(text)
    assert not [r for r in rows if r["value"] == pytest.approx(value) and r["cohort"] in ("observation", "arm_b")]


def test_a_value_after_one_group_stays_that_groups():
    rows = _rows(TWO_ARMS + "The median PFS in the observation arm was 5.2 months (95% CI 4.0-6.3).")
    assert [(r["cohort"], r["value"]) for r in rows if r["endpoint"] == "PFS"] == [("observation", 5.2)]


@pytest.mark.parametrize("sentence", [
    "A total of 52 patients were treated. No significant adverse events were observed.",
    "Forty-one patients were treated with drug K. There were no major complications.",
    "In all, 63 patients were irradiated. No patients experienced severe mucositis.",
    "Patients were assigned to arm A (n = 80) or arm B (n = 79). No clinically relevant toxicity occurred in either "
    "arm.",
    # none that limited the dose, in a dose-finding trial, says nothing of the other toxicities
    "Eighteen patients were enrolled across four dose levels. No dose-limiting toxicity was seen at any level.",
    "In all, 24 patients received drug K. No patient had a dose limiting toxicity during the first cycle.",
])
def test_no_weighty_events_is_no_count_of_all_the_events(sentence):
    """'no significant/major/severe toxicity' says nothing of the milder events: no count of 0 for all of them."""
    assert [r for r in _rows(sentence) if r["endpoint"] == "TOX"] == []


@pytest.mark.parametrize(("sentence", "endpoint", "grade"), [
    ("A total of 52 patients were treated. No serious adverse events were reported.", "SAE", None),
    ("Forty-one patients were treated. No grade 3 or higher toxicity was observed.", "TOX", ">=3"),
    ("In all, 63 patients were irradiated. No complications occurred.", "TOX", None),
])
def test_none_of_the_events_themselves_stays_a_count_of_none(sentence, endpoint, grade):
    rows = [r for r in _rows(sentence) if r["measure"] == "count"]
    assert [(r["endpoint"], r["grade"], r["value"]) for r in rows] == [(endpoint, grade, 0.0)]


@pytest.mark.parametrize("text", [
    "Patients were randomized to drug K (n = 60) or drug L (n = 58). The overall response rate was 64% (complete "
    "response (CR) 51%, partial response 13%), with no difference between drug K (67%) and drug L (61%).",
    A_OR_B + "The disease control rate was 72% (stable disease in 30%), and it was similar in arm A (74%) and arm B "
    "(70%).",
])
def test_a_part_in_a_closed_bracket_with_its_value_is_not_the_outcome_of_the_groups_values(text):
    """'ORR 64% (CR 51%, PR 13%), ... K (67%) and L (61%)': 67% is no partial response rate."""
    assert not [r for r in _rows(text) if r["endpoint"] in ("PR", "CR", "SD") and r["cohort"] != "all"]


@pytest.mark.parametrize(("text", "endpoint", "values"), [
    (A_OR_B + "Toxicity (neutropenia) was more frequent in arm A (41%) than in arm B (22%).", "TOX", [41.0, 22.0]),
    (A_OR_B + "The response rate was 44% overall, with 50% in arm A and 38% in arm B.", "ORR", [50.0, 38.0]),
])
def test_an_outcome_in_a_bracket_without_a_value_or_with_its_overall_value_stays(text, endpoint, values):
    rows = [r for r in _rows(text) if r["cohort"] in ("arm_a", "arm_b")]
    assert [(r["endpoint"], r["value"]) for r in rows] == [(endpoint, v) for v in values]


@pytest.mark.parametrize("sentence", [
    "A total of 90 patients were treated. Thirty-one patients were downstaged to N0 and had a 5-year survival of "
    "41.2%.",
    "A total of 90 patients were treated. Twelve patients responded and had a median PFS of 9.1 months.",
    "In all, 120 women were enrolled. Forty-five women relapsed early and showed a 2-year overall survival of 38%.",
])
def test_a_counted_subject_with_a_predicate_of_its_own_is_no_measure_of_all_patients(sentence):
    """'N patients were downstaged and had a 5-year OS of x%': the rate is those N patients', not all patients'."""
    assert not [r for r in _rows(sentence) if r["measure"] in ("rate", "median") and r["cohort"] == "all"]


@pytest.mark.parametrize("sentence", [
    "A total of 90 patients were treated. Cohort 2 patients had an estimated late toxicity rate of 12% at 2 years.",
    "A total of 90 patients were treated. Stratum 3 patients had a 2-year overall survival of 61%.",
])
def test_a_numbered_groups_patients_as_subject_are_that_group_not_all_patients(sentence):
    rows = [r for r in _rows(sentence) if r["measure"] == "rate"]
    assert rows and all(r["cohort"] != "all" for r in rows)


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Forty-three patients were enrolled and had a median overall survival of 11 months.", "OS"),
    ("Sixty-one patients were treated and had a 2-year local control rate of 88%.", "LC"),
])
def test_a_count_of_all_the_enrolled_patients_keeps_their_rows(sentence, endpoint):
    assert [r["cohort"] for r in _rows(sentence) if r["endpoint"] == endpoint] == ["all"]


@pytest.mark.parametrize("sentence", [
    "Stereotactic radiotherapy is now a standard option for inoperable small tumours, which it can control in over "
    "85% of cases, and can reach local control rates beyond 88%.",
    "Adding drug Q to chemotherapy may yield response rates of up to 60% in selected patients.",
    "Surgery alone could provide a 5-year overall survival of about 40% in this setting.",
])
def test_what_a_treatment_can_achieve_is_no_result(sentence):
    """'X can achieve local control rates above 90%': a claim of what is possible, no number the study measured."""
    assert [r for r in _rows(sentence) if r["measure"] == "rate"] == []


@pytest.mark.parametrize(("sentence", "endpoint", "value"), [
    ("A total of 40 patients were treated. Patients who could receive all cycles had a median OS of 20 months.",
     "OS", 20.0),
    ("A total of 40 patients were treated. The 2-year local control rate was 92%.", "LC", 92.0),
])
def test_a_measured_value_near_could_or_without_a_modal_stays(sentence, endpoint, value):
    assert [r["value"] for r in _rows(sentence) if r["endpoint"] == endpoint] == [value]
