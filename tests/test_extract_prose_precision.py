"""Precision of rows read from full-text prose: values a sentence says of a part of the patients, of a resampling, or
of another study, are no results of all patients. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text


def _rows(text: str) -> list[dict]:
    return extract_text(text)["results"]


@pytest.mark.parametrize("results", [
    # the part named after the values reaches the outcome said first only through "and"
    "Median OS was 14.2 months and median PFS was 7.9 months in patients with low marker Q levels, compared with "
    "median OS of 9.1 months and median PFS of 4.0 months in patients with high marker Q levels.",
    # the part as the subject, the last value of its list said after the others
    "The local control and overall survival rates at 2 years for the patients with node-negative disease were 81% "
    "and 64%, respectively, with a median survival time of 37 months.",
])
def test_the_values_of_a_sentence_about_a_part_are_no_values_of_all_patients(results):
    rows = _rows("Results: " + results)
    assert rows and [r for r in rows if r["cohort"] == "all"] == []


def test_a_value_said_of_the_whole_beside_the_parts_stays_all_patients():
    rows = _rows("Results: Five-year survival was 48% overall, 61% for patients with stage I disease and 33% for "
                 "patients with stage II disease.")
    assert {(r["cohort"], r["value"]) for r in rows} == {("all", 48.0), ("patients_with_stage_i_disease", 61.0),
                                                         ("patients_with_stage_ii_disease", 33.0)}


def test_the_size_of_the_part_a_sentence_opens_with_stays_a_count_of_all_patients():
    rows = _rows("Results: Of the 24 patients with nodal failure, 15 (62.5%) had failure in the irradiated field.")
    assert ("all", 24.0) in {(r["cohort"], r["value"]) for r in rows}


@pytest.mark.parametrize("results", [
    "In a bootstrap validation, marker Q was linked to a higher risk of relapse in 812 of 1000 (81%) resamples.",
    "The penalised model kept marker Q as predictive of complete response in 47 of 50 (94%) leave-one-out "
    "iterations.",
])
def test_a_share_of_resampling_runs_is_no_result(results):
    assert _rows("Results: " + results) == []


def test_a_share_of_patients_after_a_model_stays():
    rows = _rows("Results: In the model, a complete response was seen in 12 of 40 patients (30%) after two cycles.")
    assert {(r["measure"], r["value"]) for r in rows} == {("count", 12.0), ("rate", 30.0)}
