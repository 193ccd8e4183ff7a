"""Precision rules from an audit of rows read from prose (abstracts and full-text sentences of papers no gold
covers). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows
from support import yaml_cases


@yaml_cases
def test_a_factors_ratio_is_no_ratio_of_all_patients(sentence):
    assert [r for r in _rows(sentence) if r["measure"] in ("hr", "rr", "or") and r["cohort"] == "all"] == []


@yaml_cases
def test_a_ratio_of_the_treatments_stays(sentence, value):
    assert [r["value"] for r in _rows(sentence) if r["measure"] == "hr"] == [pytest.approx(value)]



@yaml_cases
def test_a_list_heads_grade_reaches_its_events_past_a_bracket_or_a_colon(sentence, grade):
    rows = [r for r in _rows(sentence) if r["endpoint"] == "TOX"]
    assert {r["category"] for r in rows} == {"anaemia", "fatigue"}
    assert {r["grade"] for r in rows} == {grade}


def test_events_after_a_colon_with_no_grade_in_the_head_take_none():
    rows = [r for r in _rows("Adverse events were similar in the two groups: anaemia 14.2% vs. 3.1%, fatigue 9.5% vs. "
                             "2.2%; grade 3 events were not seen.") if r["endpoint"] == "TOX" and r["category"]]
    assert rows and {r["grade"] for r in rows} == {None}


_TWO_ARMS = "Methods: Patients were randomly assigned to drug A (n = 120) or drug B (n = 118). Results: "


@yaml_cases
def test_a_clause_after_a_semicolon_keeps_the_part_the_sentence_opens_with(results):
    rows = _rows(_TWO_ARMS + results)
    assert not [r for r in rows if r["cohort"] in ("drug_a", "drug_b", "all")]
    assert [r["measure"] for r in rows] == ["hr"]


def test_a_single_value_of_a_later_clause_is_the_opening_parts():
    rows = _rows(_TWO_ARMS + "Among those who were KRAS mutation-positive, the response rate was 20%; median PFS was "
                 "2.5 months.")
    assert {(r["endpoint"], r["cohort"]) for r in rows} == {("ORR", "kras_mutation_positive"),
                                                            ("PFS", "kras_mutation_positive")}


def test_an_analysis_set_of_nearly_all_patients_keeps_the_arms_in_a_later_clause():
    rows = _rows(_TWO_ARMS + "Among the 236 patients who started treatment, the response rate was 20% versus 12%; "
                 "median PFS was 2.5 months versus 2.1 months.")
    assert {(r["endpoint"], r["cohort"]) for r in rows} == {("ORR", "drug_a"), ("ORR", "drug_b"), ("PFS", "drug_a"),
                                                            ("PFS", "drug_b")}


@yaml_cases
def test_two_treatments_compared_within_an_opening_part_are_no_rows_without_a_group_index(text):
    assert [r for r in _rows(text) if r["measure"] not in ("hr", "or", "rr")] == []


def test_two_treatments_compared_in_all_patients_stay_without_a_group_index():
    rows = _rows("Methods: We compared patients treated with surgery or with radiotherapy. Results: Local control at 2 "
                 "years was 85% with radiotherapy and 93% with surgery (P = .03).")
    assert {(r["cohort"], r["value"]) for r in rows} == {("radiotherapy", 85.0), ("surgery", 93.0)}


@yaml_cases
def test_a_ratio_of_the_treatments_deaths_is_no_overall_survival_ratio(sentence):
    assert [r for r in _rows(sentence) if r["endpoint"] == "OS"] == []


def test_a_ratio_of_mortality_is_overall_survivals():
    rows = _rows("Drug A was associated with lower all-cause mortality (HR 0.80, 95% CI 0.70-0.92).")
    assert [(r["endpoint"], r["value"]) for r in rows] == [("OS", 0.8)]


@pytest.mark.parametrize("heading", ["Purpose", "Objectives", "Aim", "ABSTRACT.OBJECTIVE"])
def test_an_abstracts_purpose_gives_no_results(heading):
    text = (f"{heading}: Surgery alone gives a 5-year survival rate of 12% in this stage. We tested drug Q given "
            "before surgery.\n\nMethods: Forty patients received drug Q.\n\nResults: The 5-year survival rate was "
            "41%.\n")
    assert [(r["endpoint"], r["value"]) for r in _rows(text)] == [("OS", 41.0)]


@yaml_cases
def test_a_discussion_line_opening_with_a_section_word_is_no_heading(line):
    text = ("Methods:\nForty patients received drug Q.\n\nResults:\nThe response rate was 52%.\n\nDiscussion:\nOur "
            f"response rate compares well with others.\n\n{line}\n")
    assert [(r["endpoint"], r["value"]) for r in _rows(text)] == [("ORR", 52.0)]


def test_a_line_opening_with_objective_does_not_end_the_discussion():
    text = ("Results:\nThe response rate was 52%.\n\nDiscussion:\nOur response rate compares well with others.\n\n"
            "Objective responses were seen in 38% of patients given drug R alone.\n")
    assert [(r["endpoint"], r["value"]) for r in _rows(text)] == [("ORR", 52.0)]


@yaml_cases
def test_two_lists_each_headed_by_its_arm_are_the_arms(results):
    rows = _rows(_TWO_ARMS + results)
    assert {(r["cohort"], r["category"], r["value"]) for r in rows} == {
        ("drug_a", "rash", 44.0), ("drug_a", "nausea", 35.0), ("drug_a", "fatigue", 27.0),
        ("drug_b", "anaemia", 58.0), ("drug_b", "nausea", 25.0), ("drug_b", "anorexia", 13.0)}


@yaml_cases
def test_paragraphs_between_the_labelled_abstract_and_body_are_the_introduction(introduction):
    text = ("TITLE: Drug Q\n\nABSTRACT.RESULTS:\nThe response rate was 52%.\n\nABSTRACT.CONCLUSIONS:\nDrug Q was "
            f"active.\n\n{introduction}\nBODY.METHODS:\nForty patients received drug Q.\nBODY.RESULTS:\nThe response "
            "rate was 52%.\n")
    assert {(r["endpoint"], r["value"]) for r in _rows(text)} == {("ORR", 52.0)}


@yaml_cases
def test_a_time_said_before_every_outcome_is_the_failures_too(results, months):
    rows = [r for r in _rows(_TWO_ARMS + results) if r["endpoint"].startswith("FAIL_")]
    assert len(rows) == 2 and {r["timepoint_months"] for r in rows} == {months}


def test_a_failure_share_after_another_outcomes_time_keeps_none():
    rows = _rows("The 3-year overall survival was 61.2%, and local failure occurred in 10.4% of patients.")
    assert {(r["endpoint"], r["timepoint_months"]) for r in rows} == {("OS", 36.0), ("FAIL_LOCAL", None)}


_LETTERED = ("Methods: Patients were randomly assigned to adjuvant drug Q (group A, n = 50) or observation (group B, "
             "n = 53). Results: ")


@yaml_cases
def test_values_after_another_time_point_are_not_the_outcomes_first_time(results):
    rows = _rows(_LETTERED + results)
    first = {24.0: (90.2, 71.5), 12.0: (94.0, 88.1)}
    assert rows and all(r["value"] in first[r["timepoint_months"]] for r in rows)


def test_the_values_of_one_time_point_stay():
    rows = _rows(_LETTERED + "Two-year survival rates for groups A and B were 90.2% and 71.5%, respectively.")
    assert {(r["cohort"], r["timepoint_months"], r["value"]) for r in rows} == {("group_a", 24.0, 90.2),
                                                                                ("group_b", 24.0, 71.5)}


@yaml_cases
def test_a_count_of_patients_with_a_trait_said_after_it_is_that_parts(results):
    rows = _rows(_TWO_ARMS + results)
    assert {(r["measure"], r["value"]) for r in rows} == {("count", 9.0), ("rate", 22.5)}
    assert all(r["cohort"].startswith("patients_with_high_marker") for r in rows)


@yaml_cases
def test_an_event_or_a_measure_after_the_count_is_no_part(results):
    assert {r["cohort"] for r in _rows("Results: " + results)} == {"all"}


def test_another_clause_after_a_share_names_no_part():
    rows = _rows("Results: Serious adverse events were reported in 31.4%, with events of grade 3 or worse seen in "
                 "44.6%.")
    assert {r["cohort"] for r in rows} == {"all"}


@yaml_cases
def test_a_ratio_in_the_bracket_after_people_named_by_a_noun_is_theirs(results, part):
    rows = [r for r in _rows(_TWO_ARMS + results) if r["measure"] == "hr"]
    assert [r["cohort"] for r in rows] == [part]


@yaml_cases
def test_a_name_then_an_abbreviation_is_read_as_the_name_says(results, endpoint):
    rows = _rows("Methods: Fifty patients were treated. Results: " + results)
    assert rows and {r["endpoint"] for r in rows} == {endpoint}


@yaml_cases
def test_results_read_as_another_endpoint_give_no_row_of_it(methods, results, endpoint):
    rows = _rows(f"Methods: {methods} Results: {results}")
    assert [r for r in rows if r["endpoint"] == endpoint] == []


def test_a_list_of_events_with_their_counts_stays_toxicity_counts():
    rows = _rows("Methods: Sixty patients were treated. Results: Grade 3 events were pneumonitis (n = 2) and rash "
                 "(n = 1).")
    assert {(r["category"], r["value"]) for r in rows if r["endpoint"] == "TOX"} == {("pneumonitis", 2.0),
                                                                                     ("rash", 1.0)}


def test_survival_from_the_start_with_remission_rates_stays_overall_survival():
    rows = _rows("Methods: Patients were randomly assigned to drug A or drug B. Results: Complete remission was seen "
                 "in 60% with drug A and 52% with drug B; 5-year survival was 30% with drug A and 26% with drug B.")
    assert {r["value"] for r in rows if r["endpoint"] == "OS"} == {30.0, 26.0}
