"""Classes of numbers that are no result, fourth round: relative changes named with words between or before their value.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

# -- a relative change between groups, its words before or around the value --------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Adding the vaccine gave a relative increase in survival of 17%, with 2-year survival of 48% in that arm.",
     ["17"], ["48"]),
    ("The relative dose-level increase was 40% while 22% of the men responded.", ["40"], ["22"]),
    ("Pooled, this means an absolute benefit in survival of 4% and a 15% relative survival gain.", ["4", "15"], []),
    ("Scores showed a 20% mean relative decline from baseline, and 31% of the women had grade 2 fatigue.",
     ["20"], ["31"]),
    ("Drug A gives 9% longer survival than drug B; its response rate was 36%.", ["9"], ["36"]),
])
def test_a_relative_change_named_around_its_value_is_a_statistic(text, taken, left):
    assert_classed(text, "number.statistic.relative_change", taken, left)


@pytest.mark.parametrize("text", [
    "The 10-year relative survival rate was 62% for the younger women.",
    "Relative to the control arm, survival at 3 years increased to 27%.",
    "In the relative-risk model, 33% of patients relapsed.",
])
def test_a_rate_near_the_word_relative_stays_unexplained(text):
    found = rules(text)
    value = next(k for k in ("62", "27", "33") if k in found)
    assert found[value] is None, found


# -- who was assessed, who took part --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("In all, 88 patients were evaluable for response and 93 for toxicity; 30 responded.", ["93"], ["30"]),
    ("Overall 140 women were eligible for survival, while 131 assessable for response had a 41% response rate.",
     ["131"], ["41"]),
])
def test_people_assessed_for_a_second_end_point_are_a_sample_size(text, taken, left):
    assert_classed(text, "number.sample_size.evaluable_for_each", taken, left)


def test_a_count_of_responders_after_the_evaluable_is_no_sample_size():
    found = rules("Here 46 patients were evaluable for response and 12 had a partial response.")
    assert found["12"] is None, found


@pytest.mark.parametrize("text, taken", [
    ("Of the 640 men enrolled, 512 participated in the maintenance phase.", ["512"]),
    ("Then 215 patients (88%) took part in the patient-reported outcome (PRO) substudy.", ["215", "88"]),
])
def test_people_who_took_part_in_a_phase_or_substudy_are_a_sample_size(text, taken):
    assert_classed(text, "number.sample_size.took_part", taken)


@pytest.mark.parametrize("text, taken, left", [
    ("Next, 7 of 19 men with bone lesions were evaluable for response and 3 responded.", ["7", "19"], ["3"]),
    ("So 30 (75%) of 40 women with prior surgery were randomly assigned to the vaccine.", ["30", "75", "40"], []),
])
def test_a_share_of_a_group_named_with_a_trait_that_was_assessed_is_a_sample_size(text, taken, left):
    found = rules(text)
    assert all((found[x] or "").startswith("number.sample_size") for x in taken), found
    assert all(found[x] is None for x in left), found


def test_a_share_of_a_group_named_with_a_trait_that_responded_stays_unexplained():
    found = rules("Finally 7 of 19 men with bone lesions responded to the drug.")
    assert found["7"] is None, found


# -- treatments listed with the verb said once ---------------------------------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Of 300 women, 61% were treated with paclitaxel and 39% with docetaxel; 5-year survival was 72%.",
     ["39"], ["72"]),
    ("Among the 95 men, 48 received chemotherapy, 30 radiotherapy and 17 erlotinib, and 25 relapsed.",
     ["30", "17"], ["25"]),
    ("Here 80 patients underwent stereotactic body radiotherapy and 44 whole-brain radiotherapy.", ["44"], []),
])
def test_treatments_listed_with_the_verb_said_once_are_treatment(text, taken, left):
    assert_classed(text, "number.treatment.received_list", taken, left)


@pytest.mark.parametrize("text, values", [
    # treatments given at an event stay unexplained
    ("At relapse, 40% were treated with docetaxel and 25% with pemetrexed.", ["40", "25"]),
    ("Grade 3 rash was seen in 15 patients: 11 received erlotinib, 4 gefitinib.", ["4"]),
    ("Of 70 men, 35 received radiotherapy and 20 chemotherapy as salvage for progression.", ["20"]),
    # group values after the word difference stay unexplained
    ("The difference in control: 52% vs 37%.", ["52", "37"]),
    ("The difference in disease control rate was 28% and 11% at the two doses.", ["28", "11"]),
])
def test_values_beside_a_treatment_or_a_difference_stay_unexplained(text, values):
    found = rules(text)
    assert all(found[x] is None for x in values), found


# -- a difference between groups; the maturity of the data; criteria versions ------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Control was 61% with drug A and 47% with drug B, a difference of 14% (95% CI 3 to 25).", ["14"], ["61", "47"]),
    ("Pain relief was 72% v 81% (difference, -9.0%; 90% CI, -16% to -2%).", ["9.0"], ["72", "81"]),
    ("The mean difference was 5.2 points, and 18 patients improved.", ["5.2"], ["18"]),
    ("The difference between the arms amounted to 6 weeks; median survival was 40 weeks.", ["6"], ["40"]),
])
def test_a_difference_between_groups_is_a_statistic(text, taken, left):
    assert_classed(text, "number.statistic.difference", taken, left)


@pytest.mark.parametrize("text, taken, left", [
    ("Median survival was 19 months (31% maturity).", ["31"], ["19"]),
    ("At the cut-off, overall data maturity was 58% and 2-year survival 44%.", ["58"], ["44"]),
])
def test_the_maturity_of_the_data_is_design(text, taken, left):
    assert_classed(text, "number.design.maturity", taken, left)


def test_criteria_named_with_their_versions_are_versions():
    found = rules("Events were graded by the criteria (versions 2.0 to 4.03) and 9 were grade 3.")
    assert found["2.0"] == "number.version" and found["9"] is None, found


# -- a ratio's value is no dose ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Higher marker levels gave longer survival (HR=0.93/100 units, 95% CI 0.88-0.99).",
    "Each rise in the level raised the risk (OR 1.12/10 mg, p=0.03).",
])
def test_a_ratio_per_amount_of_a_level_is_no_dose(text):
    found = rules(text)
    value = "0.93" if "0.93" in found else "1.12"
    assert found[value] is None, found


def test_a_dose_after_a_ratio_word_elsewhere_is_still_a_dose():
    found = rules("The HR was 0.8 and the drug was given at 1.5 mg daily.")
    assert found["1.5"] == "number.dose.amount", found


# -- how many groups, named with a capitalised word; a chi-square's degrees of freedom -----------------------------


@pytest.mark.parametrize("text, value", [
    ("Time to progression was alike in the 3 BRAF status groups (p = 0.41).", "3"),
    ("Scores were plotted for all 4 study conditions over time.", "4"),
    ("Survival differed across the 5 RPA-based subgroups.", "5"),
])
def test_how_many_groups_named_with_a_capitalised_word_is_a_category(text, value):
    assert_classed(text, "number.category.how_many_groups", [value])


def test_a_count_of_patients_named_with_a_capitalised_word_is_no_group_count():
    found = rules("Overall 4 Asian patients and 9 others had grade 2 rash.")
    assert found["4"] is None and found["9"] is None, found


@pytest.mark.parametrize("text", [
    "Uptake differed between the arms (χ 2 (3)=8.2, P =.04).",
    "The trend was weak (χ2 (1) = 2.9; p = 0.09).",
])
def test_a_chi_square_written_with_a_space_and_its_degrees_of_freedom_is_a_statistic(text):
    found = rules(text)
    df = "3" if "(3)" in text else "1"
    assert found[df] == "number.statistic.chi_square", found


def test_responses_counted_by_criteria_are_no_group_count():
    found = rules("There were 9 partial responses (7 per RECIST; 2 per GCIG criteria).")
    assert found["2"] is None, found


# -- studies named with a comma; a share randomised; a treatment given to a share of the patients; time to treatment ---


@pytest.mark.parametrize("text, value", [
    ("Men were enrolled in 2 ongoing multicentre, single-arm trials of the drug.", "2"),
    ("Of the 6 randomised, controlled studies, 4 reported survival.", "6"),
])
def test_studies_named_with_a_comma_between_their_words_are_a_sample_size(text, value):
    assert_classed(text, "number.sample_size.studies", [value])


@pytest.mark.parametrize("text, taken, left", [
    ("Overall 81 women responded, and 64.5% were randomly assigned to maintenance.", ["64.5"], ["81"]),
    ("After induction 38% were enrolled in the second part; 12% progressed.", ["38"], ["12"]),
])
def test_a_share_randomised_or_enrolled_is_a_sample_size(text, taken, left):
    assert_classed(text, "number.sample_size.were_assigned", taken, left)


def test_a_share_found_eligible_for_an_operation_stays_unexplained():
    found = rules("After induction, 45% were eligible for surgery.")
    assert found["45"] is None, found


@pytest.mark.parametrize("text, taken", [
    ("Thoracic radiotherapy was given to 40 (35%) of patients in the drug arm.", ["40", "35"]),
    ("Adjuvant chemotherapy was administered to 52 (61%) of the resected women.", ["52", "61"]),
])
def test_a_treatment_given_to_a_share_of_the_patients_is_treatment(text, taken):
    assert_classed(text, "number.treatment.received", taken)


def test_a_treatment_given_to_a_share_who_progressed_stays_unexplained():
    found = rules("Radiotherapy was given to 40 (35%) of patients who progressed.")
    assert found["40"] is None and found["35"] is None, found


@pytest.mark.parametrize("text, value", [
    ("The median time from radiation to resection was 19 weeks, and 30 patients relapsed.", "19"),
    ("The mean interval between diagnosis and the start of treatment was 27 days (range 4-80).", "27"),
])
def test_the_time_to_a_treatment_is_treatment(text, value):
    assert_classed(text, "number.treatment.time_to", [value])


@pytest.mark.parametrize("text, value", [
    ("The median time from surgery to recurrence was 17 months.", "17"),
    ("Median time from randomisation to treatment failure was 4.3 months.", "4.3"),
])
def test_the_time_to_an_event_stays_unexplained(text, value):
    found = rules(text)
    assert found[value] is None, found


# -- the design's parts said as an adjective; a test's area under the curve in words -----------------------------------


@pytest.mark.parametrize("text, values", [
    ("We ran a 3-armed trial of a 4-drug regimen, and 22 women responded.", ["3", "4"]),
    ("Quality of life was scored on a 30-item questionnaire in a 2-stage design.", ["30", "2"]),
])
def test_the_designs_parts_said_as_an_adjective_are_design(text, values):
    assert_classed(text, "number.design.parts_adjective", values)


def test_a_fold_change_or_points_gained_are_no_design_parts():
    found = rules("A 2-fold rise in the marker and a 10-point gain in the score were seen.")
    assert found["2"] is None and found["10"] is None, found


@pytest.mark.parametrize("text, values", [
    ("The area under the ROC curve was 0.74 and 0.69 in the two cohorts.", ["0.74", "0.69"]),
    ("The area under the curve (AUC) were 0.811 (95% CI 0.77-0.85) and 0.793.", ["0.811", "0.793"]),
    ("The model gave an area under the ROC curve of 63%.", ["63"]),
])
def test_a_tests_area_under_the_curve_in_words_is_a_statistic(text, values):
    assert_classed(text, "number.statistic.auc_words", values)


def test_a_carboplatin_dose_as_an_area_under_the_curve_is_no_statistic():
    found = rules("Carboplatin was given at an area under the curve of 6 every 3 weeks.")
    assert found["6"] != "number.statistic.auc_words", found


# -- a share with its count in brackets given a treatment; primary tumour sites --------------------------------------


@pytest.mark.parametrize("text, value", [
    ("Overall, 23% (n = 412) of patients received platinum based chemotherapy.", "23"),
    ("Only 8% (n = 37) of the women received adjuvant radiotherapy.", "8"),
])
def test_a_share_with_its_count_in_brackets_given_a_treatment_is_treatment(text, value):
    assert_classed(text, "number.treatment.received", [value])


def test_a_share_with_its_count_treated_at_progression_stays_unexplained():
    found = rules("At progression, 23% (n = 412) of patients received docetaxel.")
    assert found["23"] is None, found


def test_primary_tumour_sites_named_are_baseline():
    found = rules("Main primary tumour sites were breast and kidney (41.2% and 30.5% of lesions, respectively).")
    assert found["41.2"] == "number.baseline.sentence" and found["30.5"] == "number.baseline.sentence", found


def test_primary_tumour_sites_with_an_outcome_stay_unexplained():
    found = rules("Primary tumour sites were breast in 12 and lung in 9; 5 relapsed.")
    assert found["12"] is None and found["5"] is None, found
