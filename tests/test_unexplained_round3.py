"""Classes of numbers that are no result, third round: follow-up said with its spread and a qualifier, the sizes of a
matched comparison, the operations done, counted by kind, and the cycles a schedule names.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

MATCHED, OPERATIONS_DONE = "number.sample_size.matched", "number.treatment.operations_done"
FRACTIONS_OR_CYCLE_LABEL = ("number.dose.fractions", "number.dose.cycle_label")
LABEL_OR_AFTER_EVENT, TOTAL = ("number.time_point.label", "number.time_point.after_event"), "number.sample_size.total"
SEX, SAMPLE_SIZE_ANY = "number.baseline.sex", "number.sample_size."

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


# -- each class's cases (the class takes its numbers and leaves the result beside them), then their near misses ------


@pytest.mark.parametrize("text, rule, taken, left", [
    # the sizes of a matched comparison are sample sizes
    ("Propensity matching paired 48 operated patients with 48 patients given radiotherapy; 3-year survival was 61% "
     "and 57%.", MATCHED, ["48"], ["61", "57"]),
    ("The matched cohort consisted of 71 surgical and 71 irradiated patients, and 12 of them relapsed locally.",
     MATCHED, ["71"], ["12"]),
    ("Records of 25 long-term survivors and 25 matched controls were reviewed.", MATCHED, ["25"], []),
    ("The analysis matched 90 cases to 180 controls by age and sex.", MATCHED, ["90", "180"], []),
    # operations counted by kind are treatment
    ("In all, 142 lobectomies were performed, with a 30-day mortality of 1.4%.", OPERATIONS_DONE, ["142"], ["1.4"]),
    ("Of the 60 patients, 52 had an operation (lobectomy 37, pneumonectomy 9, segmentectomy 6) and 4 died after it.",
     OPERATIONS_DONE, ["37", "9", "6"], ["4"]),
    ("We carried out 23 wedge resections and 11 segmentectomies; two patients had a prolonged air leak.",
     OPERATIONS_DONE, ["23", "11"], []),
    # the cycles a schedule names are doses
    ("Those who responded were randomly assigned to 4 (arm A) or 2 (arm B) more cycles of the doublet.",
     FRACTIONS_OR_CYCLE_LABEL, ["4", "2"], []),
    ("We compared 3 vs 6 courses of platinum-based chemotherapy; median survival was 9.1 months in both.",
     FRACTIONS_OR_CYCLE_LABEL, ["3", "6"], ["9.1"]),
    ("The share of patients given cycles 3 and 4 at full dose was 81%.", FRACTIONS_OR_CYCLE_LABEL, ["3", "4"], ["81"]),
    # the times of a schedule of assessments are time points
    ("Symptoms were scored at weeks 4, 10 and 26; 52% of the patients improved.",
     LABEL_OR_AFTER_EVENT, ["4", "10", "26"], ["52"]),
    ("Questionnaires were collected until week 48, and 61% were returned.", LABEL_OR_AFTER_EVENT, ["48"], ["61"]),
    ("Chest CT was done 1, 2 and 4 years after the operation; 8 patients relapsed.",
     LABEL_OR_AFTER_EVENT, ["1", "2", "4"], ["8"]),
    # the week or month named is the time point; the count of patients after it is a result
    ("At month 6, 14 patients had progressed.", "number.time_point.label", ["6"], ["14"]),
    # who was randomised said with a noun is a sample size
    ("The trial closed after randomisation of 58 patients, and 9 of them died.", TOTAL, ["58"], ["9"]),
    ("Enrolment of 130 women was completed in 2011; 22 responded.", TOTAL, ["130"], ["22"]),
    # the sexes of a cohort described in brackets are baseline
    ("Of 80 patients (31 [39%] female; median age, 66 years), 20 (25%) were alive at 3 years.",
     SEX, ["31", "39"], ["20", "25"]),
    ("Among the 152 patients (57% male, median age 61), 44 had a partial response.", SEX, ["57"], ["44"]),
    # a group described by its sexes is still a sample size
    ("Of the 190 eligible patients (41% female; median age 63 years), 52 had a response.",
     SAMPLE_SIZE_ANY, ["190"], ["52"]),
    ("Among the 75 patients (28 [37%] women, median age 59), 16 relapsed.", SAMPLE_SIZE_ANY, ["75"], ["16"]),
    # the people who entered a phase of the study are a sample size
    ("Then 212 patients entered the open-label extension phase of the trial; 30% of them responded.",
     "number.sample_size.took_part", ["212"], ["30"]),
    # near misses: no class takes these numbers
    # a matched analysis's result
    ("In the matched cohort, 14 patients (22%) relapsed and 9 died of the disease.", (), [], ["14", "9"]),
    # a count of patients after a cycle
    ("Grade 3 neutropenia occurred during cycle 2 in 15 patients (12%).", (), [], ["15", "12"]),
    # a share of women who responded
    ("Responses were seen in 40% of women and in 22% of men.", (), [], ["40", "22"]),
    # a group with a share of an outcome is no sample size
    ("Of the 60 patients (35%) who relapsed, 12 had brain metastases.", (), [], ["35"]),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


# -- operations done, counted by kind -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Seven reoperations were performed for bleeding.",
    "A completion pneumonectomy was needed in 3 patients, and 5 salvage lobectomies were performed.",
])
def test_operations_that_are_outcomes_are_not_taken(text):
    assert "number.treatment.operations_done" not in rules(text).values(), rules(text)
