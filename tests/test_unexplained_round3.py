"""Classes of numbers that are no result, third round: follow-up said with its spread and a qualifier, the sizes of a
matched comparison, the operations done, counted by kind, and the cycles a schedule names.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

# -- follow-up with a spread and a qualifier -------------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("After 3.1 years (SD 0.8) of treatment and 1.7 years (0.6) of additional follow-up, 44 women had relapsed.",
     ["1.7", "0.6"], ["44"]),
    ("With 26 months of further follow-up, 38% of the men remained free of progression.", ["26"], ["38"]),
    ("After 4 years (range 2-6) of extended follow-up the rate of late toxicity was 9%.", ["4"], ["9"]),
])
def test_follow_up_said_with_its_spread_or_a_qualifier_is_follow_up(text, taken, left):
    found = rules(text)
    # (the follow-up's own spread may be classed as a spread: "1.7 years (0.6)" after "(SD 0.8)" is an SD)
    assert all(found[x] in ("number.follow_up", "number.range", "number.interval.around_value")
               or (found[x] or "").startswith("number.spread") for x in taken), found
    assert found[taken[0]] == "number.follow_up", found
    assert all(found[x] is None for x in left), found


def test_a_survival_time_before_follow_up_words_elsewhere_is_no_follow_up():
    found = rules("Median survival was 14 months (range 3-40) and further follow-up is planned.")
    assert found["14"] is None, found


# -- the sizes of a matched comparison --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Propensity matching paired 48 operated patients with 48 patients given radiotherapy; 3-year survival was 61% "
     "and 57%.", ["48"], ["61", "57"]),
    ("The matched cohort consisted of 71 surgical and 71 irradiated patients, and 12 of them relapsed locally.",
     ["71"], ["12"]),
    ("Records of 25 long-term survivors and 25 matched controls were reviewed.", ["25"], []),
    ("The analysis matched 90 cases to 180 controls by age and sex.", ["90", "180"], []),
])
def test_the_sizes_of_a_matched_comparison_are_sample_sizes(text, taken, left):
    assert_classed(text, "number.sample_size.matched", taken, left)


def test_a_matched_analysis_result_is_not_taken():
    found = rules("In the matched cohort, 14 patients (22%) relapsed and 9 died of the disease.")
    assert found["14"] is None and found["9"] is None, found


# -- operations done, counted by kind -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("In all, 142 lobectomies were performed, with a 30-day mortality of 1.4%.", ["142"], ["1.4"]),
    ("Of the 60 patients, 52 had an operation (lobectomy 37, pneumonectomy 9, segmentectomy 6) and 4 died after it.",
     ["37", "9", "6"], ["4"]),
    ("We carried out 23 wedge resections and 11 segmentectomies; two patients had a prolonged air leak.",
     ["23", "11"], []),
])
def test_operations_counted_by_kind_are_treatment(text, taken, left):
    assert_classed(text, "number.treatment.operations_done", taken, left)


@pytest.mark.parametrize("text", [
    "Seven reoperations were performed for bleeding.",
    "A completion pneumonectomy was needed in 3 patients, and 5 salvage lobectomies were performed.",
])
def test_operations_that_are_outcomes_are_not_taken(text):
    assert "number.treatment.operations_done" not in rules(text).values(), rules(text)


# -- cycles a schedule names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Those who responded were randomly assigned to 4 (arm A) or 2 (arm B) more cycles of the doublet.", ["4", "2"],
     []),
    ("We compared 3 vs 6 courses of platinum-based chemotherapy; median survival was 9.1 months in both.",
     ["3", "6"], ["9.1"]),
    ("The share of patients given cycles 3 and 4 at full dose was 81%.", ["3", "4"], ["81"]),
])
def test_the_cycles_a_schedule_names_are_doses(text, taken, left):
    assert_classed(text, ("number.dose.fractions", "number.dose.cycle_label"), taken, left)


def test_a_count_of_patients_after_a_cycle_is_not_taken():
    found = rules("Grade 3 neutropenia occurred during cycle 2 in 15 patients (12%).")
    assert found["15"] is None and found["12"] is None, found


# -- the weeks and years of a schedule of assessments -----------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Symptoms were scored at weeks 4, 10 and 26; 52% of the patients improved.", ["4", "10", "26"], ["52"]),
    ("Questionnaires were collected until week 48, and 61% were returned.", ["48"], ["61"]),
    ("Chest CT was done 1, 2 and 4 years after the operation; 8 patients relapsed.", ["1", "2", "4"], ["8"]),
])
def test_the_times_of_a_schedule_of_assessments_are_time_points(text, taken, left):
    assert_classed(text, ("number.time_point.label", "number.time_point.after_event"), taken, left)


def test_a_count_of_patients_after_a_week_named_is_not_taken():
    found = rules("At month 6, 14 patients had progressed.")
    assert found["6"] == "number.time_point.label" and found["14"] is None, found


# -- who was randomised, and the sexes of a cohort described in brackets -----------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("The trial closed after randomisation of 58 patients, and 9 of them died.", ["58"], ["9"]),
    ("Enrolment of 130 women was completed in 2011; 22 responded.", ["130"], ["22"]),
])
def test_who_was_randomised_said_with_a_noun_is_a_sample_size(text, taken, left):
    assert_classed(text, "number.sample_size.total", taken, left)


@pytest.mark.parametrize("text, taken, left", [
    ("Of 80 patients (31 [39%] female; median age, 66 years), 20 (25%) were alive at 3 years.", ["31", "39"],
     ["20", "25"]),
    ("Among the 152 patients (57% male, median age 61), 44 had a partial response.", ["57"], ["44"]),
])
def test_the_sexes_of_a_cohort_described_in_brackets_are_baseline(text, taken, left):
    assert_classed(text, "number.baseline.sex", taken, left)


def test_a_share_of_women_who_responded_is_not_taken():
    found = rules("Responses were seen in 40% of women and in 22% of men.")
    assert found["40"] is None and found["22"] is None, found


# -- who took part, said of a phase of the study, and a group described by its sexes ----------------------------------


def test_the_people_who_entered_a_phase_of_the_study_are_a_sample_size():
    found = rules("Then 212 patients entered the open-label extension phase of the trial; 30% of them responded.")
    assert found["212"] == "number.sample_size.took_part" and found["30"] is None, found


@pytest.mark.parametrize("text, size, left", [
    ("Of the 190 eligible patients (41% female; median age 63 years), 52 had a response.", "190", "52"),
    ("Among the 75 patients (28 [37%] women, median age 59), 16 relapsed.", "75", "16"),
])
def test_a_group_described_by_its_sexes_is_still_a_sample_size(text, size, left):
    found = rules(text)
    assert found[size] is not None and found[size].startswith("number.sample_size"), found
    assert found[left] is None, found


def test_a_group_with_a_share_of_an_outcome_is_not_a_sample_size():
    found = rules("Of the 60 patients (35%) who relapsed, 12 had brain metastases.")
    assert found["35"] is None, found
