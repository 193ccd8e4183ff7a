"""Precision of rows read from full-text prose: values a sentence says of a part of the patients, of a resampling, or
of another study, are no results of all patients. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows
from support import extract_text, yaml_cases


@yaml_cases
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


@yaml_cases
def test_a_share_of_resampling_runs_is_no_result(results):
    assert _rows("Results: " + results) == []


def test_a_share_of_patients_after_a_model_stays():
    rows = _rows("Results: In the model, a complete response was seen in 12 of 40 patients (30%) after two cycles.")
    assert {(r["measure"], r["value"]) for r in rows} == {("count", 12.0), ("rate", 30.0)}


_OWN = ("Methods:\nPatients were randomly assigned to drug A (n = 90) or drug B (n = 88).\n\nResults:\nThe response "
        "rate was 41% with drug A and 30% with drug B.\n\nDiscussion:\n")


@yaml_cases
def test_values_of_another_study_are_no_results(discussion):
    rows = _rows(_OWN + discussion + "\n")
    assert {r["value"] for r in rows} == {41.0, 30.0}


def test_our_values_before_another_studys_stay():
    rows = _rows(_OWN + "Our study found grade 3 rash more often with drug A (22%) than with drug B (9%), in line "
                 "with other studies (5-20%).\n")
    assert {(r["cohort"], r["value"]) for r in rows if r["endpoint"] == "TOX"} == {("drug_a", 22.0), ("drug_b", 9.0)}


@yaml_cases
def test_a_clinical_benefit_response_is_no_objective_response(results):
    rows = _rows(_OWN.split("Results:")[0] + "Results:\n" + results + "\n")
    assert rows and {r["endpoint"] for r in rows} == {"CBR"}


@yaml_cases
def test_the_parts_of_a_rates_definition_in_its_bracket_take_no_values(results, values):
    rows = _rows(_OWN.split("Results:")[0] + "Results:\n" + results + "\n")
    assert {(r["endpoint"], r["value"]) for r in rows} == {("CBR", v) for v in values}


def test_stable_disease_of_a_duration_said_alone_stays():
    rows = _rows("Results: Stable disease for at least 6 months was seen in 12 patients (15%).")
    assert {r["endpoint"] for r in rows} == {"SD"}


@yaml_cases
def test_how_long_a_response_lasted_is_no_time_point(results):
    rows = [r for r in _rows("Results: " + results) if r["endpoint"] == "CBR"]
    assert [(r["value"], r["timepoint_months"]) for r in rows] == [(21.0, None)]


def test_a_rate_at_a_time_point_keeps_it():
    rows = _rows("Results: The clinical benefit rate at 6 months was 21%.")
    assert [(r["value"], r["timepoint_months"]) for r in rows] == [(21.0, 6.0)]


_TWO_ARMS = "Methods: Patients were randomly assigned to drug A (n = 120) or drug B (n = 118). Results: "


@yaml_cases
def test_a_clause_after_a_semicolon_keeps_the_part_the_sentences_subject_names(results):
    assert [r for r in _rows(_TWO_ARMS + results) if r["cohort"] in ("drug_a", "drug_b", "all")] == []


def test_a_value_of_the_subjects_part_after_a_semicolon_is_the_parts():
    rows = _rows(_TWO_ARMS + "Patients with wild-type marker Q had a median OS of 5.7 months; median PFS was 3.7 "
                 "months.")
    assert {(r["endpoint"], r["cohort"]) for r in rows} == {("OS", "patients_with_wild_type_marker_q"),
                                                            ("PFS", "patients_with_wild_type_marker_q")}


@yaml_cases
def test_a_value_said_after_it_to_be_seen_in_a_part_is_no_value_of_all(results):
    assert [r for r in _rows("Results: " + results) if r["cohort"] == "all"] == []


def test_a_value_seen_in_both_parts_stays():
    rows = _rows("Results: OS was longer with drug A than with drug B (HR 0.71, 95% CI 0.55-0.92), and the benefit was "
                 "seen in patients with and without liver metastases.")
    assert [(r["measure"], r["value"]) for r in rows] == [("hr", 0.71)]


@yaml_cases
def test_a_count_of_these_by_cause_is_no_count_of_the_outcome(results):
    rows = [r for r in _rows("Results: " + results) if r["endpoint"] == "DEATH"]
    assert [r["value"] for r in rows] == [12.0]


def test_a_count_of_another_outcome_among_these_stays():
    rows = _rows("Results: Twenty patients responded; of these, five had a complete response.")
    assert ("CR", 5.0) in {(r["endpoint"], r["value"]) for r in rows}


_SIXTY = "Methods: We enrolled 60 patients. Results: "


@yaml_cases
def test_the_values_of_a_number_of_patients_far_fewer_than_the_studys_are_no_values_of_all(results):
    assert [r for r in _rows(_SIXTY + results) if r["cohort"] == "all" and r["measure"] != "count"] == []


@yaml_cases
def test_a_number_of_patients_that_counts_an_outcome_names_no_part(results, value):
    assert value in {r["value"] for r in _rows(_SIXTY + results) if r["cohort"] == "all" and r["measure"] == "rate"}


@pytest.mark.parametrize("heading", ["BODY.RESULTS.PATIENT CHARACTERISTICS:", "BODY.RESULTS.STUDY POPULATION:"])
def test_conditions_under_a_heading_of_the_patients_characteristics_are_no_toxicity(heading):
    text = ("BODY.METHODS:\nPatients were randomly assigned to drug A (n = 90) or drug B (n = 88).\n\n"
            f"{heading}\nThe two groups were alike; hypertension was recorded in 30 patients (33%) given drug A and "
            "26 patients (30%) given drug B.\n\nBODY.RESULTS.SAFETY:\nGrade 3 rash was "
            "seen in 12% with drug A and 4% with drug B.\n")
    rows = [r for r in _rows(text) if r["endpoint"] == "TOX"]
    assert {r["category"] for r in rows} == {"rash"}


@yaml_cases
def test_metastatic_progression_free_survival_is_distant_metastasis_free(results):
    assert {r["endpoint"] for r in _rows("Results: " + results)} == {"DMFS"}


@yaml_cases
def test_complications_of_a_surgical_grading_are_postoperative_complications(results):
    rows = _rows("Results: " + results)
    assert rows and {(r["endpoint"], r["grade"]) for r in rows} in ({("POSTOP_COMPLICATION", "3-4")},
                                                                   {("POSTOP_COMPLICATION", ">=3")})


def test_complications_of_a_treatment_stay_toxicity():
    rows = _rows("Results: Grade 3 or 4 complications of chemotherapy were seen in 14 patients (9.1%).")
    assert rows and {r["endpoint"] for r in rows} == {"TOX"}


@yaml_cases
def test_a_value_said_after_it_to_be_seen_in_an_arm_is_that_arms(results, arm):
    rows = _rows(_TWO_ARMS + results)
    assert rows and {r["cohort"] for r in rows} == {arm}


def test_a_value_before_another_clause_about_an_arm_stays_all_patients():
    rows = _rows(_TWO_ARMS + "The response rate was 30%, and responses were seen more often in the drug A arm.")
    assert {(r["cohort"], r["value"]) for r in rows} == {("all", 30.0)}


_ARMS_METHODS = "BODY.METHODS:\nPatients were randomly assigned to drug A (n = 90) or drug B (n = 88).\n\n"
_SAFETY = "\n\nBODY.RESULTS.SAFETY:\nGrade 3 rash was seen in 12% with drug A and 4% with drug B.\n"


@pytest.mark.parametrize("heading", ["BODY.RESULTS.EFFICACY IN STAGE III AND IV SUBGROUPS.STAGE IV PATIENTS:",
                                     "BODY.RESULTS.ELDERLY PATIENTS:"])
def test_the_arms_values_under_a_heading_of_a_part_are_no_arms_values(heading):
    rows = _rows(_ARMS_METHODS + heading + "\nMedian OS was 9.1 months with drug A and 7.2 months with drug B."
                 + _SAFETY)
    assert {(r["endpoint"], r["cohort"]) for r in rows} == {("TOX", "drug_a"), ("TOX", "drug_b")}


def test_the_arms_values_under_a_heading_of_all_patients_stay():
    rows = _rows(_ARMS_METHODS + "BODY.RESULTS.ALL PATIENTS:\nMedian OS was 9.1 months with drug A and 7.2 months "
                 "with drug B." + _SAFETY)
    assert {("OS", "drug_a"), ("OS", "drug_b")} <= {(r["endpoint"], r["cohort"]) for r in rows}


@yaml_cases
def test_the_ratio_of_the_arms_within_a_part_the_outcome_is_said_of_is_the_parts(results, part):
    rows = _rows(_TWO_ARMS + results)
    ratios = [r for r in rows if r["measure"] == "hr"]
    assert ratios and all(part.replace(" ", "_") in r["cohort"] and not r.get("comparator") for r in ratios)
    assert not [r for r in rows if r["cohort"] in ("drug_a", "drug_b")]


def test_the_ratio_of_the_arms_said_of_all_patients_stays_the_arms():
    rows = _rows(_TWO_ARMS + "Median OS was 8.2 months with drug A versus 6.4 months with drug B (HR 0.71; 95% CI "
                 "0.52-0.97).")
    assert ("drug_a", "drug_b") in {(r["cohort"], r.get("comparator")) for r in rows if r["measure"] == "hr"}


@yaml_cases
def test_the_arms_values_of_their_people_named_as_a_part_are_the_parts(results, part):
    rows = _rows(_TWO_ARMS + results)
    assert rows and all(r["measure"] == "hr" and part in r["cohort"] for r in rows)


def test_the_arms_values_of_their_people_named_without_a_part_stay_the_arms():
    rows = _rows(_TWO_ARMS + "Median PFS in patients receiving drug A versus drug B was 7.4 and 5.1 months, "
                 "respectively (HR, 0.80; 95% CI, 0.66 to 0.97).")
    assert {("drug_a", 7.4), ("drug_b", 5.1), ("drug_a", 0.8)} <= {(r["cohort"], r["value"]) for r in rows}


_ARM_AND_CHEMO = "Methods: Patients were randomly assigned to drug A (n = 120) or chemotherapy (n = 118). Results: "


@yaml_cases
def test_a_ratio_after_the_values_of_two_groups_compares_the_first_with_the_second(results):
    ratios = [r for r in _rows(_ARM_AND_CHEMO + results) if r["measure"] == "hr"]
    assert [(r["cohort"], "drug_d" in (r.get("comparator") or "")) for r in ratios] == [("drug_a", True)]


def test_a_ratio_after_the_value_of_one_part_stays_that_parts():
    ratios = [r for r in _rows(_ARM_AND_CHEMO + "Median PFS was 8.0 months in patients with low marker Q levels (HR "
                               "1.40, 95% CI 1.1-1.8).") if r["measure"] == "hr"]
    assert [(r["cohort"], r.get("comparator")) for r in ratios] == [("patients_with_low_marker_q_levels", None)]


@yaml_cases
def test_the_arms_values_in_a_population_of_a_part_are_the_parts(results, part):
    rows = _rows(_TWO_ARMS + results)
    assert [(r["measure"], r["cohort"]) for r in rows] == [("hr", part)]


def test_the_arms_values_in_the_whole_population_stay_the_arms():
    rows = _rows(_TWO_ARMS + "Median OS in the intention-to-treat population was 11.0 months with drug A versus 8.8 "
                 "months with drug B (HR 0.80).")
    assert {("drug_a", 11.0), ("drug_b", 8.8), ("drug_a", 0.8)} <= {(r["cohort"], r["value"]) for r in rows}


@yaml_cases
def test_the_arms_values_after_a_colon_a_part_introduces_are_the_parts(results):
    rows = _rows(_TWO_ARMS + results)
    assert rows and all(r["measure"] == "hr" and r["cohort"].startswith("patients_with_") for r in rows)


def test_the_arms_values_after_a_colon_no_part_introduces_stay_the_arms():
    rows = _rows(_TWO_ARMS + "Survival was longer with drug A than with drug B: median OS was 9.0 months with drug A "
                 "and 6.5 months with drug B (HR 0.70).")
    assert {("drug_a", 9.0), ("drug_b", 6.5), ("drug_a", 0.7)} <= {(r["cohort"], r["value"]) for r in rows}


@yaml_cases
def test_a_median_in_apposition_to_a_parts_rate_is_the_parts(results, part):
    rows = _rows("Methods: Sixty patients were treated. Results: " + results)
    assert {(r["measure"], r["cohort"]) for r in rows} == {("rate", part), ("median", part)}
@yaml_cases
def test_the_events_that_led_to_stopping_are_no_incidence_of_those_events(results):
    rows = _rows("Results: " + results)
    assert [r for r in rows if r["endpoint"] == "TOX"] == []


def test_the_stopping_itself_keeps_its_count():
    rows = _rows("Results: Toxicities requiring dose interruption occurred in 30 patients (15%), most often "
                 "diarrhoea (n = 8 [4%]) and mucositis (n = 6 [3%]).")
    assert {(r["endpoint"], r["value"]) for r in rows} >= {("DOSE_INTERRUPTION", 30.0), ("DOSE_INTERRUPTION", 15.0)}


def test_the_events_named_before_the_stopping_they_led_to_are_kept():
    rows = _rows("Results: The most common adverse events were nausea (30%) and fatigue (25%), and they led to "
                 "treatment discontinuation in 4% of patients.")
    assert {(r["endpoint"], r["category"], r["value"]) for r in rows} >= {("TOX", "nausea", 30.0),
                                                                          ("TOX", "fatigue", 25.0)}


@yaml_cases
def test_a_ratio_beside_the_arms_pair_compares_the_arms(results, expected):
    ratios = [r for r in _rows(_TWO_ARMS + results) if r["measure"] == "hr"]
    assert [(r["cohort"], r["comparator"]) for r in ratios] == [expected]


@yaml_cases
def test_the_events_listed_as_serious_are_serious_adverse_events(results, terms):
    rows = _rows(_TWO_ARMS + results)
    assert {r["category"] for r in rows if r["endpoint"] == "SAE" and r["category"]} == terms
    assert [r for r in rows if r["endpoint"] == "TOX"] == []


@yaml_cases
def test_an_event_said_after_the_serious_events_clause_stays_toxicity(results):
    rows = _rows(_TWO_ARMS + results)
    assert ("TOX", "neutropenia", 20.0) in {(r["endpoint"], r["category"], r["value"]) for r in rows}


@yaml_cases
def test_a_lead_in_that_reports_the_finding_keeps_the_subject_first(results):
    rows = _rows(_TWO_ARMS + results)
    assert {(r["cohort"], r["value"]) for r in rows if r["endpoint"] == "ORR"} == {("drug_a", 45.0), ("drug_b", 30.0)}


@yaml_cases
def test_the_events_that_led_to_death_are_grade_5(results, expected):
    rows = _rows("Results: " + results)
    assert {(r["endpoint"], r["grade"], r["value"]) for r in rows} == expected


@yaml_cases
def test_the_tumours_findings_at_surgery_under_the_patients_characteristics_are_no_outcome(characteristics):
    text = ("BODY.METHODS:\nPatients given adjuvant radiotherapy after surgery were studied.\n\n"
            f"BODY.RESULTS.PATIENT CHARACTERISTICS:\n{characteristics}\n\nBODY.RESULTS.OUTCOMES:\nThe 5-year overall "
            "survival was 71%.\n")
    assert {r["endpoint"] for r in _rows(text)} == {"OS"}


def test_margins_under_a_heading_of_the_surgerys_outcomes_are_kept():
    text = ("BODY.METHODS:\nPatients were given chemotherapy before surgery.\n\nBODY.RESULTS.SURGICAL OUTCOMES:\n"
            "Of the 300 patients operated on, 27 (9%) had positive margins.\n")
    assert ("MARGIN_POSITIVE", 9.0) in {(r["endpoint"], r["value"]) for r in _rows(text)}


@yaml_cases
def test_an_unknown_event_listed_as_the_most_common_gives_no_toxicity_of_all_events(results):
    rows = _rows(_TWO_ARMS + results)
    assert [r for r in rows if r["endpoint"] == "TOX" and not r["category"]] == []


def test_the_share_with_any_event_said_before_the_most_common_ones_is_kept():
    rows = _rows(_TWO_ARMS + "Adverse events of any grade occurred in 85% of patients; the most common were nausea "
                             "(30%) and fatigue (25%).")
    assert ("TOX", None, 85.0) in {(r["endpoint"], r["category"], r["value"]) for r in rows}


@yaml_cases
def test_the_arms_compared_within_a_part_said_after_a_lead_word_are_the_parts(results):
    rows = _rows(_TWO_ARMS + results)
    assert rows and [r for r in rows if r["cohort"] in ("drug_a", "drug_b", "all")] == []


def test_the_arms_compared_after_only_without_a_part_stay_the_arms():
    rows = _rows(_TWO_ARMS + "Only drug A gave a longer PFS than drug B (median PFS 20 versus 12 months).")
    assert {(r["cohort"], r["value"]) for r in rows} == {("drug_a", 20.0), ("drug_b", 12.0)}


@yaml_cases
def test_a_time_counted_from_an_event_after_the_outcome_is_its_time_point(results, value):
    rows = _rows(_TWO_ARMS + results)
    read = {(r["endpoint"], r["measure"], r["timepoint_months"], r["value"]) for r in rows}
    assert ("OS", "rate", 60.0, value) in read
    assert [r for r in rows if r["measure"] == "median"] == []


def test_a_median_counted_from_randomisation_stays_a_median():
    rows = _rows(_TWO_ARMS + "Median overall survival 22 months from randomisation was reached in both arms.")
    assert ("OS", "median", 22.0) in {(r["endpoint"], r["measure"], r["value"]) for r in rows}


@yaml_cases
def test_the_total_of_those_who_stopped_takes_no_single_reason(results):
    rows = _rows("Results: " + results)
    totals = [r for r in rows if r["endpoint"] == "DISCONTINUATION" and r["value"] in (90.0, 45.0, 40.0, 20.0)]
    assert totals and all(r["category"] is None for r in totals)


def test_the_one_reason_of_those_who_stopped_is_kept():
    rows = _rows("Results: Twelve patients (6%) discontinued treatment because of toxicity.")
    assert {r["category"] for r in rows if r["endpoint"] == "DISCONTINUATION"} == {"toxicity"}


@yaml_cases
def test_events_said_to_be_caused_by_one_arms_treatment_are_that_arms(results, arm):
    rows = _rows("Methods: We randomly assigned 300 patients to drug A (n=150) or drug B (n=150).\nResults:\n"
                 + results)
    assert rows and {r["cohort"] for r in rows} == {arm}


def test_events_of_a_treatment_both_arms_had_stay_all_patients():
    rows = _rows("Methods: We randomly assigned 300 patients to chemotherapy plus drug B (n=150) or chemotherapy alone "
                 "(n=150).\nResults:\nChemotherapy-related adverse events included nausea (40%) and fatigue (35%).")
    assert rows and {r["cohort"] for r in rows} == {"all"}


@yaml_cases
def test_two_values_a_sentence_gives_one_arm_of_one_outcome_are_neither_the_arms(text, values):
    rows = extract_text(text)["results"]
    assert not [r for r in rows if r["cohort"] in ("drug_k", "drug_m") and r["value"] in values]


@yaml_cases
def test_a_pair_no_group_names_before_a_third_arms_name_is_not_the_pair_before(text, values):
    assert not [r for r in extract_text(text)["results"] if r["value"] in values]
