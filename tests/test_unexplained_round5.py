"""Classes of numbers that are no result, fifth round: an interval's bounds said before its label, what others found
or what is foreseen, a disease recurrent or metastatic at entry.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained. One table of the classes' cases, one of their near misses.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

CI_LABEL_AFTER, CI_RATIO, CI_RATIO_COMMA = ("number.ci.label_after", "number.ci.after_ratio",
                                            "number.ci.after_ratio_comma")
SHARE_OF_ALL, PROJECTION, BASELINE = ("number.background.share_of_all", "number.background.projection",
                                      "number.baseline.sentence")
COMPOSITION, OF_THE_SHARE, FOLLOWED_UP = ("number.sample_size.composition", "number.sample_size.of_the_share",
                                         "number.sample_size.followed_up")
RESOURCE_USE, CHANGE_DEFINED = "number.cost.resource_use", "number.threshold.change_defined"
SHARE_OF_PLANNED, ESCALATION_RULE = "number.dose.share_of_planned", "number.design.escalation_rule"


@pytest.mark.parametrize("text, rule, taken, left", [
    # an interval's bounds before its level and label, or after a ratio with a level but no label
    ("The median time to relapse was 19 months (13 to 27, 95% confidence interval).", CI_LABEL_AFTER, ["13", "27"],
     ["19"]),
    ("Mean pain scores fell by 2.4 points (1.1-3.7; 95% CI) in the women given the gel.", CI_LABEL_AFTER,
     ["1.1", "3.7"], ["2.4"]),
    ("Grade 2 rash: RR 1.45, 95% 0.81 to 2.60; 640 participants; three trials.", CI_RATIO_COMMA,
     ["95", "0.81", "2.60"], ["1.45"]),
    ("The odds ratio for a response was 2.2 (90% 1.3-3.9).", CI_RATIO, ["90", "1.3", "3.9"], ["2.2"]),
    # a disease's share of all its cases: what others found
    ("Small-cell tumours account for about 15% of all lung cancers; here 41% of the men responded.", SHARE_OF_ALL,
     ["15"], ["41"]),
    ("Glioma represents 30-40% of all primary brain tumours.", SHARE_OF_ALL, ["30", "40"], []),
    ("Squamous histology made up 25% of all cases in our registry, and 2-year survival was 52%.", SHARE_OF_ALL,
     ["25"], ["52"]),
    # what is foreseen, not seen
    ("Roughly 20%-25% of women with the disease will develop bone metastases during its course.", PROJECTION,
     ["20", "25"], []),
    ("In 2030, some 48,000 new cases and 21,000 deaths are projected to occur in the region.", PROJECTION,
     ["48,000", "21,000"], []),
    ("Those whose tumours are removed whole will have a 95% chance of cure.", PROJECTION, ["95"], []),
    # a disease recurrent or metastatic at entry is who the patients were
    ("Sixty tumours were new primaries and 14 were recurrent or metastatic; 30% were squamous.", BASELINE,
     ["14", "30"], []),
    ("Of the women, 45 had recurrent or metastatic cervical cancer and 19 were smokers.", BASELINE, ["45", "19"], []),
    ("All had metastatic or recurrent head and neck cancer; 70% were men.", BASELINE, ["70"], []),
    # what the study's population was made of
    ("The series comprised 220 patients: 90 (41%) low-dose, 100 (45%) standard-dose and 30 (14%) high-dose.",
     COMPOSITION, ["41", "100", "45", "14"], []),
    ("The study population consisted of 310 adults, 120 (39%) of them from community hospitals.", COMPOSITION,
     ["120", "39"], []),
    # a group named with its share of the study, before what was found in it
    ("Of 96 patients (79%) previously treated with chemotherapy, 40 responded.", OF_THE_SHARE, ["96", "79"], ["40"]),
    ("Among 250 participants (45%) with high marker levels, the hazard ratio was 0.6.", OF_THE_SHARE, ["250", "45"],
     ["0.6"]),
    # how many were watched, named with the follow-up
    ("Median follow-up of these 49 patients was 31 months, and 12 relapsed.", FOLLOWED_UP, ["49"], ["12"]),
    ("After a follow-up in the 212 women of 40 months, 30 had relapsed.", FOLLOWED_UP, ["212"], ["30"]),
    # care used, counted
    ("Drug A brought more hospitalizations (3.1 v 2.2 hospitalizations) and 14.2 v 11.0 outpatient visits; 9% died.",
     RESOURCE_USE, ["3.1", "2.2", "14.2", "11.0"], ["9"]),
    ("Each man used 6 hospital days on average, and 30% responded.", RESOURCE_USE, ["6"], ["30"]),
    # the size of a change that defines a responder, or how long it must hold
    ("The end point was the share with a (≥ 20%) improvement in the symptom score; 40% had one.", CHANGE_DEFINED,
     ["20"], ["40"]),
    ("A ≥10-point improvement in pain occurred in 35% of the women.", CHANGE_DEFINED, ["10"], ["35"]),
    ("Responders had a score drop sustained for >= 4 weeks; 18 patients did.", CHANGE_DEFINED, ["4"], ["18"]),
    # the share of the planned treatment given
    ("Delivery of the weekly doses was 85% of planned in arm A, and 40% responded.", SHARE_OF_PLANNED, ["85"],
     ["40"]),
    ("Overall, 70% of patients got 80% or more of their planned courses.", SHARE_OF_PLANNED, ["80"], ["70"]),
    # how a dose-escalation study finds its maximum tolerated dose
    ("The MTD was the top level at which at most 1 patient of 6 had a dose-limiting toxicity; 2 of 5 did at 80 mg.",
     ESCALATION_RULE, ["1", "6"], ["2"]),
    ("We used a 3 + 3 design, and 4 patients had a DLT.", ESCALATION_RULE, ["3"], ["4"]),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


@pytest.mark.parametrize("text, value", [
    ("Survival at 2 years was 44% (31 to 57 patients alive), with a 95% confidence interval in the appendix.", "31"),
    ("With an HR of 0.7, rates were 12%, 95% and 40% in the three arms.", "95"),  # a rate, no level of a pair
    ("Local relapse accounted for 45% of all failures in the drug arm.", "45"),  # the study's events, not a disease's
    ("Deaths from sepsis accounted for 20% of the deaths after surgery.", "20"),
    ("The drug arm reached its end point with a median survival above 20 months and will be tested further.", "20"),
    ("Of 30 patients, 12 relapsed and will need a second course.", "12"),  # what happened beside what will
    ("Of the women, 12 developed recurrent or metastatic disease and 19 were smokers.", "12"),
    ("Recurrence was seen in 8 of the squamous tumours.", "8"),
    ("The cohort consisted of 80 patients, of whom 20 (25%) relapsed within a year.", "25"),  # an outcome
    ("The responders consisted of 12 men with a partial remission.", "12"),
    ("Among 12 patients (20%) who relapsed, salvage surgery was done.", "12"),  # a group named by its event
    ("In 40 patients (30%) treated at the high dose, a response was seen.", "40"),
    ("Median follow-up of the 20 surviving patients was 60 months.", "20"),
    ("There were 4 admissions for febrile neutropenia in the drug arm.", "4"),  # admissions for an event
    ("In all, 64% of the planned patients were accrued.", "64"),  # a share of people, not of the plan
    ("Only 1 of 6 patients had a dose-limiting toxicity at 40 mg.", "1"),  # what happened, not the rule
    ("Grade 2 pneumonitis (3 hospitalizations) was seen after the higher dose.", "3"),
])
def test_a_near_miss_of_a_class_stays_unexplained(text, value):
    assert rules(text)[value] is None, rules(text)
