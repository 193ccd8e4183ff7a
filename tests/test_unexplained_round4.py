"""Classes of numbers that are no result, fourth round: relative changes named with words between or before their value.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

RELATIVE_CHANGE, EVALUABLE_FOR_EACH = "number.statistic.relative_change", "number.sample_size.evaluable_for_each"
TOOK_PART, SAMPLE_SIZE_ANY = "number.sample_size.took_part", "number.sample_size."
RECEIVED_LIST, DIFFERENCE = "number.treatment.received_list", "number.statistic.difference"
MATURITY, HOW_MANY_GROUPS = "number.design.maturity", "number.category.how_many_groups"
STUDIES, WERE_ASSIGNED = "number.sample_size.studies", "number.sample_size.were_assigned"
RECEIVED, TIME_TO = "number.treatment.received", "number.treatment.time_to"
PARTS_ADJECTIVE, AUC_WORDS = "number.design.parts_adjective", "number.statistic.auc_words"

# -- each class's cases (the class takes its numbers and leaves the result beside them), then their near misses ------


@pytest.mark.parametrize("text, rule, taken, left", [
    # a relative change named around its value is a statistic
    ("Adding the vaccine gave a relative increase in survival of 17%, with 2-year survival of 48% in that arm.",
     RELATIVE_CHANGE, ["17"], ["48"]),
    ("The relative dose-level increase was 40% while 22% of the men responded.", RELATIVE_CHANGE, ["40"], ["22"]),
    ("Pooled, this means an absolute benefit in survival of 4% and a 15% relative survival gain.",
     RELATIVE_CHANGE, ["4", "15"], []),
    ("Scores showed a 20% mean relative decline from baseline, and 31% of the women had grade 2 fatigue.",
     RELATIVE_CHANGE, ["20"], ["31"]),
    ("Drug A gives 9% longer survival than drug B; its response rate was 36%.", RELATIVE_CHANGE, ["9"], ["36"]),
    # people assessed for a second end point are a sample size
    ("In all, 88 patients were evaluable for response and 93 for toxicity; 30 responded.",
     EVALUABLE_FOR_EACH, ["93"], ["30"]),
    ("Overall 140 women were eligible for survival, while 131 assessable for response had a 41% response rate.",
     EVALUABLE_FOR_EACH, ["131"], ["41"]),
    # people who took part in a phase or substudy are a sample size
    ("Of the 640 men enrolled, 512 participated in the maintenance phase.", TOOK_PART, ["512"], []),
    ("Then 215 patients (88%) took part in the patient-reported outcome (PRO) substudy.", TOOK_PART, ["215", "88"], []),
    # a share of a group named with a trait that was assessed is a sample size
    ("Next, 7 of 19 men with bone lesions were evaluable for response and 3 responded.",
     SAMPLE_SIZE_ANY, ["7", "19"], ["3"]),
    ("So 30 (75%) of 40 women with prior surgery were randomly assigned to the vaccine.",
     SAMPLE_SIZE_ANY, ["30", "75", "40"], []),
    # treatments listed with the verb said once are treatment
    ("Of 300 women, 61% were treated with paclitaxel and 39% with docetaxel; 5-year survival was 72%.",
     RECEIVED_LIST, ["39"], ["72"]),
    ("Among the 95 men, 48 received chemotherapy, 30 radiotherapy and 17 erlotinib, and 25 relapsed.",
     RECEIVED_LIST, ["30", "17"], ["25"]),
    ("Here 80 patients underwent stereotactic body radiotherapy and 44 whole-brain radiotherapy.",
     RECEIVED_LIST, ["44"], []),
    # a difference between groups is a statistic
    ("Control was 61% with drug A and 47% with drug B, a difference of 14% (95% CI 3 to 25).",
     DIFFERENCE, ["14"], ["61", "47"]),
    ("Pain relief was 72% v 81% (difference, -9.0%; 90% CI, -16% to -2%).", DIFFERENCE, ["9.0"], ["72", "81"]),
    ("The mean difference was 5.2 points, and 18 patients improved.", DIFFERENCE, ["5.2"], ["18"]),
    ("The difference between the arms amounted to 6 weeks; median survival was 40 weeks.", DIFFERENCE, ["6"], ["40"]),
    # the maturity of the data is design
    ("Median survival was 19 months (31% maturity).", MATURITY, ["31"], ["19"]),
    ("At the cut-off, overall data maturity was 58% and 2-year survival 44%.", MATURITY, ["58"], ["44"]),
    # how many groups named with a capitalised word is a category
    ("Time to progression was alike in the 3 BRAF status groups (p = 0.41).", HOW_MANY_GROUPS, ["3"], []),
    ("Scores were plotted for all 4 study conditions over time.", HOW_MANY_GROUPS, ["4"], []),
    ("Survival differed across the 5 RPA-based subgroups.", HOW_MANY_GROUPS, ["5"], []),
    # studies named with a comma between their words are a sample size
    ("Men were enrolled in 2 ongoing multicentre, single-arm trials of the drug.", STUDIES, ["2"], []),
    ("Of the 6 randomised, controlled studies, 4 reported survival.", STUDIES, ["6"], []),
    # a share randomised or enrolled is a sample size
    ("Overall 81 women responded, and 64.5% were randomly assigned to maintenance.", WERE_ASSIGNED, ["64.5"], ["81"]),
    ("After induction 38% were enrolled in the second part; 12% progressed.", WERE_ASSIGNED, ["38"], ["12"]),
    # a treatment given to a share of the patients is treatment
    ("Thoracic radiotherapy was given to 40 (35%) of patients in the drug arm.", RECEIVED, ["40", "35"], []),
    ("Adjuvant chemotherapy was administered to 52 (61%) of the resected women.", RECEIVED, ["52", "61"], []),
    # the time to a treatment is treatment
    ("The median time from radiation to resection was 19 weeks, and 30 patients relapsed.", TIME_TO, ["19"], []),
    ("The mean interval between diagnosis and the start of treatment was 27 days (range 4-80).", TIME_TO, ["27"], []),
    # the design's parts said as an adjective are design
    ("We ran a 3-armed trial of a 4-drug regimen, and 22 women responded.", PARTS_ADJECTIVE, ["3", "4"], []),
    ("Quality of life was scored on a 30-item questionnaire in a 2-stage design.", PARTS_ADJECTIVE, ["30", "2"], []),
    # a test's area under the curve in words is a statistic
    ("The area under the ROC curve was 0.74 and 0.69 in the two cohorts.", AUC_WORDS, ["0.74", "0.69"], []),
    ("The area under the curve (AUC) were 0.811 (95% CI 0.77-0.85) and 0.793.", AUC_WORDS, ["0.811", "0.793"], []),
    ("The model gave an area under the ROC curve of 63%.", AUC_WORDS, ["63"], []),
    # a share with its count in brackets given a treatment is treatment
    ("Overall, 23% (n = 412) of patients received platinum based chemotherapy.", RECEIVED, ["23"], []),
    ("Only 8% (n = 37) of the women received adjuvant radiotherapy.", RECEIVED, ["8"], []),
    # criteria named with their versions are versions
    ("Events were graded by the criteria (versions 2.0 to 4.03) and 9 were grade 3.", "number.version", ["2.0"], ["9"]),
    # a dose after a ratio word elsewhere is still a dose
    ("The HR was 0.8 and the drug was given at 1.5 mg daily.", "number.dose.amount", ["1.5"], []),
    # primary tumour sites named are baseline
    ("Main primary tumour sites were breast and kidney (41.2% and 30.5% of lesions, respectively).",
     "number.baseline.sentence", ["41.2", "30.5"], []),
    # a chi-square written with a space and its degrees of freedom is a statistic
    ("Uptake differed between the arms (χ 2 (3)=8.2, P =.04).", "number.statistic.chi_square", ["3"], []),
    ("The trend was weak (χ2 (1) = 2.9; p = 0.09).", "number.statistic.chi_square", ["1"], []),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


@pytest.mark.parametrize("text, left", [  # left: the numbers no class may take
    # a count of responders after the evaluable is no sample size
    ("Here 46 patients were evaluable for response and 12 had a partial response.", "12"),
    # a share of a group named with a trait that responded stays unexplained
    ("Finally 7 of 19 men with bone lesions responded to the drug.", "7"),
    # a count of patients named with a capitalised word is no group count
    ("Overall 4 Asian patients and 9 others had grade 2 rash.", "4 9"),
    # responses counted by criteria are no group count
    ("There were 9 partial responses (7 per RECIST; 2 per GCIG criteria).", "2"),
    # a share found eligible for an operation stays unexplained
    ("After induction, 45% were eligible for surgery.", "45"),
    # a treatment given to a share who progressed stays unexplained
    ("Radiotherapy was given to 40 (35%) of patients who progressed.", "40 35"),
    # a fold change or points gained are no design parts
    ("A 2-fold rise in the marker and a 10-point gain in the score were seen.", "2 10"),
    # a share with its count treated at progression stays unexplained
    ("At progression, 23% (n = 412) of patients received docetaxel.", "23"),
    # primary tumour sites with an outcome stay unexplained
    ("Primary tumour sites were breast in 12 and lung in 9; 5 relapsed.", "12 5"),
    # a rate near the word relative stays unexplained
    ("The 10-year relative survival rate was 62% for the younger women.", "62"),
    ("Relative to the control arm, survival at 3 years increased to 27%.", "27"),
    ("In the relative-risk model, 33% of patients relapsed.", "33"),
    # treatments given at an event stay unexplained
    ("At relapse, 40% were treated with docetaxel and 25% with pemetrexed.", "40 25"),
    ("Grade 3 rash was seen in 15 patients: 11 received erlotinib, 4 gefitinib.", "4"),
    ("Of 70 men, 35 received radiotherapy and 20 chemotherapy as salvage for progression.", "20"),
    # group values after the word difference stay unexplained
    ("The difference in control: 52% vs 37%.", "52 37"),
    ("The difference in disease control rate was 28% and 11% at the two doses.", "28 11"),
    # a ratio per amount of a level is no dose
    ("Higher marker levels gave longer survival (HR=0.93/100 units, 95% CI 0.88-0.99).", "0.93"),
    ("Each rise in the level raised the risk (OR 1.12/10 mg, p=0.03).", "1.12"),
    # the time to an event stays unexplained
    ("The median time from surgery to recurrence was 17 months.", "17"),
    ("Median time from randomisation to treatment failure was 4.3 months.", "4.3"),
])
def test_a_near_miss_of_a_class_stays_unexplained(text, left):
    assert_classed(text, (), left=left.split())


# -- a carboplatin dose as an area under the curve ------------------------------------------------------------------


def test_a_carboplatin_dose_as_an_area_under_the_curve_is_no_statistic():
    found = rules("Carboplatin was given at an area under the curve of 6 every 3 weeks.")
    assert found["6"] != "number.statistic.auc_words", found
