"""Result constructions, one rule at a time, on sentences we wrote (none is copied from a paper)."""

from __future__ import annotations

import re

import pytest
from result_rows import rows_where
from support import extract_text

from oncoev.extract.mentions import find_times
from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> list[tuple]:
    return [(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"])
            for f in find_results(sentence).found]


def found(sentence: str):
    return find_results(sentence).found


def _measures(sentence: str) -> set[str]:
    """The measures of what is found in ``sentence``."""
    return {f.fields["measure"] for f in found(sentence)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # rows of one sentence
    # parallel lists
    ("The 3-year LC, DFS and OS were 91.2%, 55.0% and 61.7%, respectively.",
     [("LC", "rate", 36, 91.2), ("DFS", "rate", 36, 55.0), ("OS", "rate", 36, 61.7)]),
    ("At 2 years, the progression-free survival and overall survival rates were 44% and 70%.",
     [("PFS", "rate", 24, 44.0), ("OS", "rate", 24, 70.0)]),
    ("the 1-, 3-, and 5-year cancer-specific survival rates were 95.1%, 80.4% and 71.0%",
     [("CSS", "rate", 12, 95.1), ("CSS", "rate", 36, 80.4), ("CSS", "rate", 60, 71.0)]),
    ("Local control at 6, 12 and 24 months was 98, 93 and 85% respectively.",
     [("LC", "rate", 6, 98.0), ("LC", "rate", 12, 93.0), ("LC", "rate", 24, 85.0)]),
    ("The two-year distant metastasis-free survival was 62.5%.", [("DMFS", "rate", 24, 62.5)]),
    # cases that were tests of their own, each named by its id
    pytest.param("The 3-year pelvic control rate was 88%, and the DFS and OS rates were 52% and 64%.",
                 [("PCR", "rate", 36, 88.0), ("DFS", "rate", 36, 52.0), ("OS", "rate", 36, 64.0)],
                 id="a_time_written_once_covers_the_later_survival_rates"),
    pytest.param("The median PFS and OS times were 7 and 19 months respectively.",
                 [("PFS", "median", None, 7.0), ("OS", "median", None, 19.0)],
                 id="values_listed_in_months_before_respectively_are_no_time_points"),
    pytest.param("Of 64 assessable lesions, 12 lesions were CR, 20 PR, 18 SD and 14 PD.",
                 [("CR", "count", None, 12.0), ("PR", "count", None, 20.0), ("SD", "count", None, 18.0),
                  ("PD", "count", None, 14.0)],
                 id="response_counts_listed_after_a_total"),
    pytest.param("Of the 32 resected patients, 7 (21.9%) patients showed a pathological complete response.",
                 [("pCR", "count", None, 7.0), ("pCR", "rate", None, 21.9)],
                 id="count_with_percentage_gives_both"),
    pytest.param("The dominant pattern was distant failure (18 patients, 45%).",
                 [("FAIL_DISTANT", "count", None, 18.0), ("FAIL_DISTANT", "rate", None, 45.0)],
                 id="failure_counts_after_the_endpoint"),
    pytest.param("The ORR (CR + PR) was 41.7% and the DCR (CR + PR + SD) was 75.0%.",
                 [("ORR", "rate", None, 41.7), ("DCR", "rate", None, 75.0)],
                 id="definition_parts_are_not_results"),
    pytest.param("The 2-year OS, PFS and LC were 80% and 60%.",
                 [],
                 id="counts_that_do_not_line_up_give_nothing"),
    pytest.param("Of the treated women, 12.5% of patients experienced grade 2 or higher late toxicity.",
                 [("TOX", "rate", None, 12.5)],
                 id="value_first_then_the_endpoint"),
    # a share that opens its own clause after a semicolon is not the outcome named before it (and none of the serious
    # or severe events is no count of all of them)
    pytest.param("No serious infusion reactions were seen despite the absence of steroids; 88% of patients received "
                 "the full planned dose.",
                 [],
                 id="share_as_the_subject_of_the_next_clause_is_no_value_of_the_earlier_event"),
    pytest.param("No severe rash was recorded; 70% of the patients needed no dose change.",
                 [],
                 id="share_as_the_subject_of_the_next_clause_needing_no_outcome"),
    # the time a patient survives, said after the verb, is the rate's time point
    pytest.param("The probability of being free of progression at 3 years was 40%, and the probability of surviving "
                 "5 years was 31%.",
                 [("PFS", "rate", 36, 40.0), ("OS", "rate", 60, 31.0)],
                 id="surviving_a_number_of_years_is_the_rate_at_that_time"),
    pytest.param("The proportion of patients who survived 4 years was 18%.",
                 [("OS", "rate", 48, 18.0)],
                 id="survived_a_number_of_years_is_the_rate_at_that_time"),
    pytest.param("Those surviving 2 years or more had a response rate of 60%.",
                 [("ORR", "rate", None, 60.0)],
                 id="survivors_of_a_time_named_as_a_subgroup_give_no_time_to_another_outcome"),
    # the measure said first in the bracket after the outcome's name
    pytest.param("Secondary outcomes were duration of response (median, 8.2 months; 95% CI, 6.5 to 10.3 months) and "
                 "progression-free survival (median, 4.9 months; 95% CI, 3.8 to 6.1 months).",
                 [("DOR", "median", None, 8.2), ("PFS", "median", None, 4.9)],
                 id="median_said_first_in_the_bracket_after_the_outcome"),
    pytest.param("Duration of response (median 11 months, range 2 to 19) was long.",
                 [("DOR", "median", None, 11.0)],
                 id="median_said_first_in_the_bracket_without_a_comma"),
    # the time to an event in those who had it is neither its rate nor its curve's median
    pytest.param("The complete response rate was 55%, with a mean local recurrence interval of 20.1 months.",
                 [("CR", "rate", None, 55.0)],
                 id="an_events_interval_is_no_result_of_the_event"),
    pytest.param("Distant relapse intervals averaged 16 months.",
                 [],
                 id="an_events_intervals_are_no_result_of_the_event"),
    # counts listed first, then as many outcomes, "respectively": each count is the outcome in its place
    pytest.param("Of the 40 patients, 3 (7.5%) and 5 (12.5%) developed local recurrence and distant relapse, "
                 "respectively.",
                 [("FAIL_LOCAL", "count", None, 3.0), ("FAIL_LOCAL", "rate", None, 7.5),
                  ("FAIL_DISTANT", "count", None, 5.0), ("FAIL_DISTANT", "rate", None, 12.5)],
                 id="counts_listed_before_the_outcomes_respectively"),
    pytest.param("Among those treated, 4 (10%), 2 (5%) and 6 (15%) patients had a complete response, a partial "
                 "response and stable disease, respectively.",
                 [("CR", "count", None, 4.0), ("CR", "rate", None, 10.0), ("PR", "count", None, 2.0),
                  ("PR", "rate", None, 5.0), ("SD", "count", None, 6.0), ("SD", "rate", None, 15.0)],
                 id="three_counts_listed_before_three_responses_respectively"),
    # the last count of such a list is never the first outcome's alone
    pytest.param("Of the 40 patients, 3 (7.5%) and 5 (12.5%) developed local recurrence and nodal spread, "
                 "respectively.",
                 [],
                 id="counts_listed_before_fewer_known_outcomes_give_none"),
    pytest.param("In the two cohorts, 19 (22%) and 23 (26%) died of any cause.",
                 [],
                 id="two_counts_of_one_outcome_give_no_count_of_all_patients"),
    # sites that share one event's name, one of them glossed in a bracket
    pytest.param("Regional (nodal) and distant recurrence occurred in 4 (6.1%) and 8 (12.1%) patients, respectively.",
                 [("FAIL_REGIONAL", "count", None, 4.0), ("FAIL_REGIONAL", "rate", None, 6.1),
                  ("FAIL_DISTANT", "count", None, 8.0), ("FAIL_DISTANT", "rate", None, 12.1)],
                 id="a_site_with_a_gloss_shares_the_event_named_once"),
    pytest.param("Local (in-field) and distant failure rates were 5% and 20%, respectively.",
                 [("FAIL_LOCAL", "rate", None, 5.0), ("FAIL_DISTANT", "rate", None, 20.0)],
                 id="a_site_with_a_gloss_shares_the_rate_named_once"),
    # a count with its share, joined by "and" as the subject of its own verb, is not the outcome before it
    pytest.param("Of the 120 patients, 20 died by 6 months and 90 (90% of the others) completed the questionnaires.",
                 [("DEATH", "count", None, 20.0)],
                 id="a_count_that_is_the_subject_of_its_own_verb_is_not_the_outcome_before"),
    pytest.param("Of the 200 patients, 31 died within 90 days, and 150 (89% of survivors) returned for the visit.",
                 [("DEATH", "count", None, 31.0)],
                 id="a_count_that_is_the_subject_of_its_own_verb_after_a_comma"),
    # a response achieved or obtained in a number of patients is their count
    pytest.param("A partial response was achieved in 21 patients.",
                 [("PR", "count", None, 21.0)],
                 id="a_response_achieved_in_patients_is_their_count"),
    pytest.param("Complete responses were obtained in 9 patients.",
                 [("CR", "count", None, 9.0)],
                 id="responses_obtained_in_patients_are_their_count"),
    # an event present in a share of the patients occurred in them; one present before treatment did not
    pytest.param("Sensory neuropathy was present in 31.5% of patients.",
                 [("TOX", "rate", None, 31.5)],
                 id="an_event_present_in_a_share_occurred"),
    pytest.param("Fatigue was present at baseline in 12% of patients.",
                 [],
                 id="an_event_present_at_baseline_did_not_occur_on_treatment"),
    pytest.param("The 2-year OS was 80% and PFS was 60%.",
                 [("OS", "rate", 24, 80.0), ("PFS", "rate", 24, 60.0)],
                 id="value_first_does_not_steal_the_next_endpoint_of_a_list"),
    pytest.param("At a median follow-up of 40 months, the CR rate was 45%.",
                 [("CR", "rate", None, 45.0)],
                 id="follow_up_is_not_a_time_point"),
    pytest.param("In all, 9 patients died and 3 cases were evaluated as local failure.",
                 [("DEATH", "count", None, 9.0), ("FAIL_LOCAL", "count", None, 3.0)],
                 id="deaths_and_evaluated_as"),
    pytest.param("Imaging at 3 CR-equivalent sites was repeated.",
                 [],
                 id="a_bare_number_before_an_endpoint_is_not_a_count"),
    pytest.param("In this registry, 5-year relative survival was 65.2%.",
                 [("RELATIVE_SURVIVAL", "rate", 60, 65.2)],
                 id="relative_survival_is_not_overall_survival"),
    pytest.param("The CR rate was 64% with 13% grade 1-2 acute toxicity.",
                 [("CR", "rate", None, 64.0), ("TOX", "rate", None, 13.0)],
                 id="a_grade_right_after_a_value_makes_it_the_toxicity_rate"),
    pytest.param("Median PFS was 21.7 months with <3% of patients lost to follow-up.",
                 [("PFS", "median", None, 21.7)],
                 id="no_untimed_rate_beside_a_median_of_the_same_endpoint"),
    pytest.param("Grade 3 toxicity occurred in three (10%) patients.",
                 [("TOX", "count", None, 3.0), ("TOX", "rate", None, 10.0)],
                 id="count_written_as_a_word_before_its_percentage"),
    pytest.param("The LC rate was 88.0%, 75.5% and 60.2% in 1 year, 2 years and 5 years respectively.",
                 [("LC", "rate", 12, 88.0), ("LC", "rate", 24, 75.5), ("LC", "rate", 60, 60.2)],
                 id="time_points_listed_after_the_values_each_with_its_unit"),
    pytest.param("Patients had a median OS of 19 months.",
                 [("OS", "median", None, 19.0)],
                 id="a_median_of_some_months_is_not_a_time_point"),
    pytest.param("Rossi et al. reported 3-year LC 80%, PFS 41% and OS 62%.",
                 [("LC", "rate", 36, 80.0), ("PFS", "rate", 36, 41.0), ("OS", "rate", 36, 62.0)],
                 id="interleaved_endpoints_and_values"),
    pytest.param("They reported a median OS of 36 months and PFS of 79% at four years.",
                 [("PFS", "rate", 48, 79.0), ("OS", "median", None, 36.0)],
                 id="median_does_not_reach_past_a_number"),
    pytest.param("After a median follow-up of 26 months, the median OS was 19 months.",
                 [("OS", "median", None, 19.0)],
                 id="a_result_after_the_follow_up_is_read"),
    # overall and specific survival said with one survival
    ("Overall and cancer-specific survival at 1, 2, and 3 years was 90%, 71%, 58%, and 95%, 84%, 80%, respectively.",
     [("OS", "rate", 12.0, 90.0), ("OS", "rate", 24.0, 71.0), ("OS", "rate", 36.0, 58.0),
      ("CSS", "rate", 12.0, 95.0), ("CSS", "rate", 24.0, 84.0), ("CSS", "rate", 36.0, 80.0)]),
    ("The 5-year overall and disease-specific survival rates were 61% and 70%.",
     [("OS", "rate", 60.0, 61.0), ("CSS", "rate", 60.0, 70.0)]),
    # time points listed with a plural unit before the endpoint
    ("The corresponding 6 and 12 months PFS rates were 70% and 41%, respectively.",
     [("PFS", "rate", 6.0, 70.0), ("PFS", "rate", 12.0, 41.0)]),
    ("The 12 and 24 months local control rates were 93% and 85%.",
     [("LC", "rate", 12.0, 93.0), ("LC", "rate", 24.0, 85.0)]),
    # medians
    ("The median OS was 26.5 months (95% CI, 20.1-32.9).", [("OS", "median", None, 26.5)]),
    ("Median progression-free survival and overall survival were 7.2 and 15.9 months, respectively.",
     [("PFS", "median", None, 7.2), ("OS", "median", None, 15.9)]),
    ("the median time to progression was 2.5 years", [("TTP", "median", None, 30.0)]),
    # "disease progression" alone is a failure; timed, it is time to progression
    ("Median time to disease progression was 7.7 months.", [("TTP", "median", None, 7.7)]),
    ("The median time to radiographic progression was 13.4 months (95% CI, 10.2-16.0).",
     [("TTP", "median", None, 13.4)]),
    # each rate with its own time point
    ("Disease-free survival was 72% at 1 year and 48% at 3 years.",
     [("DFS", "rate", 12, 72.0), ("DFS", "rate", 36, 48.0)]),
    ("The local control rate was 94% (95% CI 88-97%) at 2 years, 86% at 4 years and 80% at 6 years.",
     [("LC", "rate", 24, 94.0), ("LC", "rate", 48, 86.0), ("LC", "rate", 72, 80.0)]),
    # survival said once for two free survival names
    ("After 3 years, disease-free and overall survival were 61% and 72%.",
     [("DFS", "rate", 36, 61.0), ("OS", "rate", 36, 72.0)]),
    ("At 2 years, local progression-free and overall survival were 85% and 77%.",
     [("LRFS", "rate", 24, 85.0), ("OS", "rate", 24, 77.0)]),
    # freedom from a local event is local control, not the event's rate
    ("The rate of freedom from local recurrence at 3 years was 81%.", [("LC", "rate", 36, 81.0)]),
    ("Freedom from local failure at 2 years was 77% (95% CI 70-83%).", [("LC", "rate", 24, 77.0)]),
    # alive some years after an event of the study: a count at that time, not a median
    ("Only 27 patients were alive 5 years after diagnosis.", [("OS", "count", 60.0, 27.0)]),
    ("Eleven patients remained progression-free 2 years after surgery.", [("PFS", "count", 24.0, 11.0)]),
    # a median counted from randomisation stays a median
    ("Median survival was 14 months from randomisation.", [("OS", "median", None, 14.0)]),
    # standard deviations and either response
    # "SD=" with a number is a standard deviation, not stable disease
    ("Dropouts were older (mean age=63.1 years, SD=8.4; 70% women).", []),
    ("The cohort had a mean score of 41 (SD=9.2; 55% men).", []),
    ("Disease was controlled (PR = 10.5%, SD = 61.2%) after induction.", [("PR", "rate", None, 10.5),
                                                                         ("SD", "rate", None, 61.2)]),
    # either response is the objective response
    ("A partial or complete response was seen in 31 patients (44%).", [("ORR", "count", None, 31.0),
                                                                      ("ORR", "rate", None, 44.0)]),
    ("Complete or partial responses occurred in 18 of 40 patients.", [("ORR", "count", None, 18.0)]),
    # endpoints said again by a pronoun at a new time
    ("The local control and overall survival rates at 2 years were 88% and 71%, respectively; at 4 years, they "
     "were 80% and 52%, respectively.",
     [("LC", "rate", 24, 88.0), ("OS", "rate", 24, 71.0), ("LC", "rate", 48, 80.0), ("OS", "rate", 48, 52.0)]),
    ("At 1 year, progression-free and overall survival were 61% and 90%, and at 3 years the corresponding rates "
     "were 33% and 64%.",
     [("PFS", "rate", 12, 61.0), ("OS", "rate", 12, 90.0), ("PFS", "rate", 36, 33.0), ("OS", "rate", 36, 64.0)]),
    # survival said once after a list of kinds with commas or values between
    ("The 3-year local control, event-free, and overall survival rates were 88%, 61% and 75%, respectively.",
     [("LC", "rate", 36, 88.0), ("EFS", "rate", 36, 61.0), ("OS", "rate", 36, 75.0)]),
    ("At 2 years, overall (45% vs 38%), progression-free (30% vs 21%) and distant metastasis-free (60% vs 52%) "
     "survival were similar in arms A and B.",
     [("OS", "rate", 24, 45.0), ("OS", "rate", 24, 38.0), ("PFS", "rate", 24, 30.0), ("PFS", "rate", 24, 21.0),
      ("DMFS", "rate", 24, 60.0), ("DMFS", "rate", 24, 52.0)]),
    ("Similar overall (HR 0.91; 95% CI 0.77-1.08) and cancer-specific (HR 0.93; 95% CI 0.76-1.14) survival were "
     "seen with drug Q.", [("OS", "hr", None, 0.91), ("CSS", "hr", None, 0.93)]),
    # a hyphen left hanging before and shares survival and its time
    ("Overall- and cancer-specific survival at 1 and 3 years were 90%, 61%, and 96%, 83%, respectively.",
     [("OS", "rate", 12, 90.0), ("OS", "rate", 36, 61.0), ("CSS", "rate", 12, 96.0), ("CSS", "rate", 36, 83.0)]),
    ("Overall- and disease-specific survival at 5 years were 47% and 70%.",
     [("OS", "rate", 60, 47.0), ("CSS", "rate", 60, 70.0)]),
    # blocks of values each closed by respectively and a time
    ("Estimated rates of local, regional, and distant disease recurrence were 6.0%, 9.5%, and 12.0%, respectively, "
     "at 3 years and 7.5%, 11.0%, and 14.5%, respectively, at 5 years.",
     [("FAIL_LOCAL", "rate", 36, 6.0), ("FAIL_REGIONAL", "rate", 36, 9.5), ("FAIL_DISTANT", "rate", 36, 12.0),
      ("FAIL_LOCAL", "rate", 60, 7.5), ("FAIL_REGIONAL", "rate", 60, 11.0), ("FAIL_DISTANT", "rate", 60, 14.5)]),
    ("Local control and overall survival were 90% and 75%, respectively, at 2 years, and 82% and 51%, "
     "respectively, at 5 years.",
     [("LC", "rate", 24, 90.0), ("OS", "rate", 24, 75.0), ("LC", "rate", 60, 82.0), ("OS", "rate", 60, 51.0)]),
    # time to death or distant metastasis is distant metastasis free survival
    ("The median time to death or distant metastasis was 19.7 months.", [("DMFS", "median", None, 19.7)]),
    ("Median time to distant metastasis or death reached 31.5 months.", [("DMFS", "median", None, 31.5)]),
    # a count in the clause after who was assessed is an outcome
    ("Of 63 patients treated, 58 were evaluable for response, and 14 patients had a partial response.",
     [("PR", "count", None, 14.0)]),
    ("Toxicity data were available for 39 patients, and 7 patients developed a complete response.",
     [("CR", "count", None, 7.0)]),
    # the clause that says for whom data exist counts the analysed
    ("Response data were available for 22 of 25 patients.", []),
    ("In all, 31 patients were evaluable for toxicity while 29 were assessable for response.", []),
    # a time point said roughly is no median
    # a time point said roughly is a time point, no median
    ("At about four months the survival curves of both arms crossed.", []),
    ("After approximately 9 months the survival curves diverged in favour of drug X.", []),
    ("Overall survival at about 2 years was 61%.", [("OS", "rate", 24.0, 61.0)]),
    # regional nodal failure is a regional failure
    ("Five patients had regional nodal recurrence.", [("FAIL_REGIONAL", "count", None, 5.0)]),
    ("Three patients had local failure and two had regional nodal relapse.",
     [("FAIL_LOCAL", "count", None, 3.0), ("FAIL_REGIONAL", "count", None, 2.0)]),
    # a median in days
    # a duration in days is a value in months, as weeks and years are
    ("Median survival was 213 days.", [("OS", "median", None, 7.0)]),
    ("The median duration of response was 250 days.", [("DOR", "median", None, 8.21)]),
])
def test_rows_of_one_sentence(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "No febrile neutropenia occurred; 14% of the patients had grade 3 diarrhoea.",
    "No grade 4 febrile neutropenia was recorded in this trial; 14% of cases developed grade 3 diarrhoea.",
])
def test_share_opening_a_clause_takes_the_outcome_of_its_own_clause(sentence):
    rates = [(f.fields["value"], f.fields["category"], f.fields["grade"]) for f in found(sentence)
             if f.fields["measure"] == "rate"]
    assert rates == [(14.0, "diarrhoea", "3")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a failure naming whose survival it is is no failure rate
    ("The 2-year survival for patients with early recurrence was 38%.", [("OS", 38.0)]),
    ("Overall survival at 3 years for isolated local failures was 47%.", [("OS", 47.0)]),
    # a list naming two outcomes of one code keeps the first
    # two outcomes of one code in one list: the first named is the row, the others are read in their places
    ("The 36-month LC, LRC, PFS, and OS rates were 88.1%, 70.3%, 41.5%, and 63.2%, respectively.",
     [("LC", 88.1), ("PFS", 41.5), ("OS", 63.2)]),
    ("At 2 years, local control, locoregional control and overall survival were 90%, 81% and 66%, respectively.",
     [("LC", 90.0), ("OS", 66.0)]),
    # endpoints and values in order
    # later list items drop the noun
    ("A partial response was seen in 9 patients (18%), stable disease in 21 (42%) and progression in 8 (16%).",
     [("PR", 9.0), ("PR", 18.0), ("SD", 21.0), ("SD", 42.0)]),
    ("Grade 3 fatigue occurred in 6 (11%) and grade 3 rash in 3 (5.5%).",
     [("TOX", 6.0), ("TOX", 11.0), ("TOX", 3.0), ("TOX", 5.5)]),
    # local lesion control is local control
    ("The local lesion control rate at 9 months was 83%.", [("LC", 83.0)]),
    ("Local lesion control was achieved in 71% of the treated metastases.", [("LC", 71.0)]),
    # "No difference in nausea was found", "a 58% PSA response rate", "PR, with a reduction by at least 25%", "(ORR:
    # cCR + cPR)": no count, no tumour response, a response's definition, the name an abbreviation's parts define.
    ("No difference in nausea was found between the arms (p = 0.84).", []),
    ("A 58.1% PSA response rate is considerable in this population.", []),
    ("Minor response is distinct from PR, with a reduction by at least 25% but less than 50%.", []),
    ("The overall response rate (ORR: cCR + cPR) in 90 patients after four cycles was 61%.", [("ORR", 61.0)]),
])
def test_endpoints_and_values_in_order(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # later values each after their own people with no verb
    ("Median survival of patients with N0 disease was 44 months, for N1 disease 29 months and for N2 disease 13 "
     "months.", [("patients with N0 disease", 44.0), ("N1 disease", 29.0), ("N2 disease", 13.0)]),
    ("The overall survival of BRAF wild-type patients was 21.4 months, for patients with class 1 mutations 11.8 "
     "months and for patients with class 2 mutations 14.1 months.",
     [("BRAF wild-type patients", 21.4), ("patients with class 1 mutations", 11.8),
      ("patients with class 2 mutations", 14.1)]),
    ("The 3-year survival for early recurrences was 41% and for late recurrences was 63%.",
     [("early recurrences", 41.0), ("late recurrences", 63.0)]),
    # semicolons between the items, a comma after each name
    ("Median survival for conventional radiotherapy was 10.3 months; for split-course radiotherapy, 8.7 months; and "
     "for concurrent chemoradiotherapy, 15.2 months.", [("conventional radiotherapy", 10.3),
                                                        ("split-course radiotherapy", 8.7),
                                                        ("concurrent chemoradiotherapy", 15.2)]),
    ("The 1-year survival with drug K was 44%; with drug M, 39%.", [("drug K", 44.0), ("drug M", 39.0)]),
    # labels after a list when the outcome was named twice before it
    ("Survival was linked to tumour size, with 5-year survival rates being 44% and 27% for T1 and T2 tumours, "
     "respectively.", [("T1", 44.0), ("T2", 27.0)]),
    ("Survival fell with stage: 3-year survival rates of 70% and 52% for stage I and II disease, respectively.",
     [("stage I", 70.0), ("stage II", 52.0)]),
    # a list said respectively after one group named first is that groups
    ("In the erlotinib arm, the 1-year OS and PFS were 58% and 33%, respectively.",
     [("erlotinib arm", 58.0), ("erlotinib arm", 33.0)]),
    ("Among patients with node-negative disease, the 3- and 5-year survival rates were 81% and 69%, respectively.",
     [("patients with node-negative disease", 81.0), ("patients with node-negative disease", 69.0)]),
    # two groups before a list: which is whose is not said
    ("In the surgery group and the radiotherapy group, local control was 90% and 80%, respectively.", []),
    # a pair whose groups are named after the outcome and after the pair
    ("Median survival in women was 17 months versus 11 months in men.", [("women", 17.0), ("men", 11.0)]),
    ("The response rate among light smokers was 31% versus 18% among heavy smokers.",
     [("light smokers", 31.0), ("heavy smokers", 18.0)]),
    ("Local control in the older patients was 82% versus 90% in the younger patients (P = 0.2).",
     [("older patients", 82.0), ("younger patients", 90.0)]),
    # a pair after a subject set over another group is those two
    ("Drug X was superior to drug Y in response rate (44% vs 26%).", [("Drug X", 44.0), ("drug Y", 26.0)]),
    ("Radiotherapy had an advantage over observation in local control (88% vs 61%).",
     [("Radiotherapy", 88.0), ("observation", 61.0)]),
    ("The combination of drug X plus drug Y demonstrated a significant improvement over drug Y alone with regard to "
     "time to progression (6.1 months compared with 4.2 months, respectively; P = .01).",
     [("combination of drug X plus drug Y", 6.1), ("drug Y alone", 4.2)]),
    # a pronoun is no group: the subject's complement as before
    ("Local control in patients given drug X was superior to that for patients given drug Y (81% vs 63%).",
     [("patients given drug X", 81.0), ("patients not given drug X", 63.0)]),
    # the number of a group s name is no value
    ("The median survival was 18.5 months for regimen 1 and 24.0 months for regimen 2.",
     [("regimen 1", 18.5), ("regimen 2", 24.0)]),
    ("Median PFS was 6.1 months in cohort 2 and 4.4 months in cohort 3.", [("cohort 2", 6.1), ("cohort 3", 4.4)]),
])
def test_each_values_group_label(sentence, expected):
    assert [(f.group.label, f.fields["value"]) for f in found(sentence)] == expected


# "Response rate, median OS and the 2-year OS were a%, b months and c%, respectively, in A; d%, e months
# and f% in B": one block per group, each followed by the group's name; rates and medians mixed.
@pytest.mark.parametrize("sentence, expected", [
    ("Response rate, median overall survival and the 1-year survival rate were 27.5%, 10.1 months and 44.2%, "
     "respectively, in KP; 21.0%, 9.3 months and 38.8% in KM.",
     [("kp", "ORR", 27.5), ("kp", "OS", 10.1), ("kp", "OS", 44.2), ("km", "ORR", 21.0), ("km", "OS", 9.3),
      ("km", "OS", 38.8)]),
    ("Median PFS and the 2-year survival rate were 7.7 months and 35% for regimen X, 6.1 months and 29% for "
     "regimen Y, and 8.4 months and 40% for regimen Z, respectively.",
     [("regimen x", "PFS", 7.7), ("regimen x", "OS", 35.0), ("regimen y", "PFS", 6.1), ("regimen y", "OS", 29.0),
      ("regimen z", "PFS", 8.4), ("regimen z", "OS", 40.0)]),
])
def test_blocks_of_values_each_followed_by_its_group(sentence, expected):
    got = [(f.group.label.lower() if f.group else None, f.fields["endpoint"], f.fields["value"])
           for f in found(sentence)]
    assert sorted(got) == sorted(expected)


# "a reduction in the risk of death with A (RR 0.81) but at the cost of more toxicity": the ratio of deaths said before
# it, not the outcome after the contrast.
@pytest.mark.parametrize("sentence", [
    "Pooling three trials, there was a reduction in the risk of death at 3 years with drug K (RR 0.83; 95% CI 0.72 "
    "to 0.96) but at the cost of more toxicity.",
    "The risk of death was lower with drug K (RR 0.79; 95% CI 0.63 to 0.99), although toxicity increased.",
])
def test_a_ratio_of_deaths_before_a_contrast_is_survivals(sentence):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "rr"] == ["OS"]


# "X and tumour regression >50% (or pathological complete response) predicted the risk of death (HR 0.55 and
# 0.47)": a response named among the factors is no outcome of the ratio of deaths after it.
@pytest.mark.parametrize("sentence", [
    "On multivariate analysis, nodal status and tumour regression above 50% (or pathological complete response) were "
    "the only predictors of the risk of death (hazard ratio = 0.55).",
    "In the Cox model, a complete response after induction was the strongest factor for the risk of dying (HR 0.41; "
    "95% CI 0.25-0.67).",
])
def test_a_response_among_the_factors_is_no_outcome_of_a_ratio_of_deaths(sentence):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "hr"] == ["OS"]


# "an increase in the 3-year PFS from 30.2% to 37.9% with chemotherapy": the ends of a change are the groups' before and
# after; neither is all patients' value.
@pytest.mark.parametrize("sentence", [
    "The HR was 0.82, corresponding to an increase in the 3-year progression-free survival rate from 29.4% (23.0-35.8) "
    "to 36.1% (29.2-43.0) with chemotherapy and of the median progression-free survival from 12.9 months to 17.6 "
    "months.",
    "Median disease-free survival improved from 7 months to 11 months with maintenance therapy.",
])
def test_the_ends_of_a_change_are_no_values_of_all(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] in ("rate", "median")] == []


# "Median OS was 8.1 months for patients receiving Q (arms 1 + 2) compared with 9.0 months without Q": one side of a
# comparison whose groups no rule read is never all patients' value; the study's own value against a historical one is.
@pytest.mark.parametrize("sentence, kept", [
    ("Median OS was 8.1 months (95% CI 6.0-10.2) for patients receiving drug Q (arms 1 + 2) compared with 9.0 months "
     "(95% CI 7.1-11.0) without drug Q (arms 3 + 4).", []),
    ("The response rate was 38% with the added antibody versus 29% without it.", []),
    ("The 2-year survival was 61% (95% CI 50-70), compared with 45% expected from historical series.", [61.0]),
])
def test_one_side_of_an_unread_comparison_is_no_value_of_all(sentence, kept):
    assert [f.fields["value"] for f in found(sentence) if f.fields["measure"] in ("rate", "median")] == kept


# "... and 6 patients (37.5%) judged as stable disease": a count is of the outcome it is judged as, after it.
@pytest.mark.parametrize("sentence", [
    "Disease was controlled in 9 patients, with 3 patients (15.0%) judged as partial response (PR) and 6 patients "
    "(30.0%) judged as stable disease (SD).",
    "Of the 20 treated patients, 3 (15.0%) were judged to have a partial response and 6 (30.0%) were classified as "
    "stable disease.",
])
def test_a_count_is_of_the_outcome_it_is_judged_as(sentence):
    rows = {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"}
    assert ("SD", 6.0) in rows and ("PR", 6.0) not in rows


# "those seen in at least 2 patients were nausea (n = 5 [1.0%]), ...": a bound of the patients, no count.
@pytest.mark.parametrize("sentence", [
    "Events seen in at least 3 patients were nausea (n = 6 [1.2%]) and rash (n = 4 [0.8%]).",
    "Toxicities reported in more than 10 patients were fatigue (31%) and anorexia (22%).",
])
def test_a_bound_of_the_patients_is_no_count(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["value"] in (3.0, 10.0)]


# "specificity for the prediction of pCR was 71% for X": a test's accuracy, no rate of the outcome; "PR protein", "ER/PR
# status": the progesterone receptor; "on the PCR arm": a regimen's short name.
@pytest.mark.parametrize("sentence", [
    "At a fixed sensitivity of 95%, the specificity for predicting pCR was 71.2% for the gene score versus 30.5% for "
    "imaging.",
    "Agreement between assays for PR protein expression was 91.0%, and ER/PR status was discordant in 6 patients.",
    "On the PCR arm, grade 3 toxicity occurred in 12% of patients.",
])
def test_tests_receptors_and_regimens_named_like_outcomes_give_no_rows(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("pCR", "PR", "PCR")]


# "..., with 9 patients (28.1%) reaching CR": the count of the outcome reached, after it.
@pytest.mark.parametrize("sentence", [
    "The overall response rate was 93.8%, with 9 patients (28.1%) reaching CR.",
    "The objective response rate was 48%, with 5 patients (12.5%) attaining a complete response.",
])
def test_a_count_reaching_an_outcome_is_that_outcomes(sentence):
    assert ("CR", 5.0 if "attaining" in sentence else 9.0) in {
        (f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"}


# "the reasons for stopping were refusal (n = 2), neutropenia (n = 1) and rash (n = 1)": why patients stopped, no
# counts of those outcomes.
@pytest.mark.parametrize("sentence", [
    "Among the 4 patients who stopped early, the reasons for stopping were refusal (n = 2), neutropenia (n = 1) and "
    "rash (n = 1).",
    "Reasons for going off protocol included disease progression (31 patients) and unacceptable toxicity (3 "
    "patients).",
])
def test_reasons_for_stopping_are_no_counts_of_outcomes(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("TOX", "FAIL_ANY", "PD")]


@pytest.mark.parametrize("sentence", [
    # "The follow-up at this interim analysis of PFS was 7.2 months": the follow-up, no median of the outcome the
    # analysis was of.
    "Median follow-up at this interim analysis of progression-free survival was 7.2 months.",
    "The median follow-up for the final assessment of overall survival was 41 months (IQR 30-52).",
    # follow up durations are no medians
    "The median follow-up was 22 months for all patients and 30 months for those still alive.",
    "Median follow-up reached 18.5 months (range 3-40) among survivors.",
])
def test_a_follow_up_is_no_median(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] == "median"] == []


@pytest.mark.parametrize("sentence", [
    # "those who will have 95% or nearly 95% survival", "a regimen that would achieve a 40% response": what is expected,
    # no result.
    "The new stage group defines women who will have 95% or nearly 95% overall survival after surgery.",
    "A regimen that would achieve a 40% response rate was considered worth further study.",
    # a value in a condition is no result
    "The regimen will be dropped if the rate of discontinuation in cycle 2 or 3 is greater than 40%.",
    "The study was powered to test whether the response rate was at least 25%.",
    # no result found
    # values after except belong to what it names
    "Toxicity was similar in both arms, except for more hospital admissions in arm B (18% v 9%).",
    "Deaths and adverse events did not differ, apart from fewer transfusions with drug Q (12% vs 20%).",
    # none of a kind is no zero count
    "No new adverse events were observed.",
    "No unexpected toxicity was seen.",
    # patients evaluable for an outcome are no result of it
    "Four patients in the second group were not evaluable for tumour response.",
    "Of the 88 patients, 81 (92%) were assessable for progression-free survival.",
    # a run of bare numbers is a table row no sentence rule reads
    "Tumour response by marker status All cases Negative Low High p No. of patients% 150 90 45 15 100 60.0 30.0 "
    "10.0 ORR% 52 61 44 27 0.01",
    "Tumour response by stage Stage I Stage II Stage III No. of patients% 90 40 30 20 100 44.4 33.3 22.2 ORR% 50 60 "
    "45 35",
    # baseline conditions and planned analyses are no results
    # who the patients were before treatment, by arm
    "Overall, 150 of 600 patients (25%) had hepatic impairment at baseline (drug arm, 70; control arm, 80).",
    # a planned analysis, no event counted
    "Planned enrolment was 1200 men, with the final analysis after 350 deaths.",
    "Targeted enrollment was 900 patients and an interim analysis at 200 events.",
])
def test_no_result_found(sentence):
    assert found(sentence) == []


# "A response was seen in 31 (62%) of 50 patients": the objective response said as what was seen; "partial responses
# were observed" stays the partial response.
@pytest.mark.parametrize("sentence, code", [
    ("A response was seen in 17 (34%) of 50 patients.", "ORR"),
    ("Responses were observed in 12 of 40 patients (30%).", "ORR"),
    ("Partial responses were observed in 10 patients (25%).", "PR"),
    # what an endpoint counts in is no endpoint
    ("The 4-year survival, including postoperative mortality and deaths of other causes, was 55.5%.", "OS"),
    ("Two-year local control, counting salvage surgery as failure, was 81%.", "LC"),
    # a one word name the paper defines by an abbreviation
    ("The pooled HR was 1.61 (95% CI 1.20-2.16) for disease survival (DFS).", "DFS"),
    ("The median survival (CSS) was 20 months.", "CSS"),
    # patients who died of their disease are deaths
    ("Nine patients died of progressive disease.", "DEATH"),
    # a full name keeps its own code before its abbreviation
    ("Overall survival (OS) at 2 years was 60%.", "OS"),
])
def test_a_response_seen_is_the_objective_response(sentence, code):
    assert {f.fields["endpoint"] for f in found(sentence)} == {code}


# "the odds ratio for response was 2.10": the ratio's own name says what it compares, the objective response.
@pytest.mark.parametrize("sentence", [
    "The odds ratio for response was 2.10 (95% CI 1.30-3.40) in favour of drug K.",
    "Drug K improved tumour shrinkage (odds ratio for objective response, 1.85; 95% CI, 1.12 to 3.05).",
])
def test_a_ratio_for_response_is_the_objective_responses(sentence):
    assert [(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)] == [("ORR", "or")]


# "The risk of progression was lower with A (HR 0.66)": a ratio of progressions with no outcome named is the
# progression-free curve's; "reduced the risk of disease progression or death by 34%" is a reduction, no rate.
@pytest.mark.parametrize("sentence", [
    "The risk of progression was lower with drug K (HR, 0.66; 95% CI, 0.52-0.84).",
    "Drug K reduced the risk of disease progression or death by 34% (hazard ratio 0.66).",
])
def test_a_ratio_of_the_risk_of_progression_is_pfs(sentence):
    assert [(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)] == [("PFS", "hr")]


# "thrombocytopenia (0; 7%)": a bracket of two bare values is two groups' pair; neither value is all patients'.
@pytest.mark.parametrize("sentence", [
    "Grade 3/4 haematological toxicity was mild: anaemia (5%; 0), neutropenia (3%; 0) and thrombocytopenia (0; 7%).",
    "Grade 3 events were rash (0; 6%) and diarrhoea (2%; 4%).",
])
def test_a_bracket_of_two_bare_values_is_no_rate_of_all(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] == "rate"] == []


# "occurred in 4 of 51 patients with small tumours (7.8%)": the count is of the same people as the share after it.
@pytest.mark.parametrize("sentence, label", [
    ("Grade 3 or worse toxicity occurred in 6 of 47 patients with peripheral tumors (12.8%).",
     "patients with peripheral tumors"),
    ("Local failure was seen in 2 of 33 patients who had a margin under 1 cm (6.1%).",
     "patients who had a margin under 1 cm"),
])
def test_a_count_out_of_people_with_a_trait_is_theirs(sentence, label):
    rows = found(sentence)
    assert {(f.fields["measure"], f.group.label if f.group else None) for f in rows} == {("count", label),
                                                                                         ("rate", label)}


# "constipation (40%), but severe (grade 3 or higher) toxic effects were rare": the grade after a contrast is its own
# clause's, not the event's before it.
@pytest.mark.parametrize("sentence", [
    "Frequent toxic effects were fatigue (66% of patients), nausea (58%) and constipation (37%), but severe "
    "(grade 3 or higher) toxic effects were rare.",
    "Mucositis occurred in 29% of patients, whereas grade 3 events of any kind were seen in 4%.",
])
def test_a_grade_after_a_contrast_is_not_the_events_before_it(sentence):
    assert not [f for f in found(sentence) if f.fields.get("category") in ("constipation", "mucositis")
                and f.fields.get("grade")]


# "13 treatment-related deaths (10%) and 19 others (15%) died of other causes": the second share is the others'.
@pytest.mark.parametrize("sentence", [
    "There were 9 treatment-related deaths (4%), and 12 further patients (6%) died of other causes.",
    "Seven toxic deaths (3%) occurred and 20 more patients (9%) died of their cancer within 60 days.",
])
def test_a_share_after_another_count_is_not_the_outcomes(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate" and f.fields["value"] in (6.0, 9.0)]


# "44% CR/PR", "a CR or PR in 15 of 40 patients": either response, the objective one; no complete response rate.
@pytest.mark.parametrize("sentence", [
    "Of the 310 patients without progression after induction, 43% had a CR/PR and 52% had SD.",
    "A CR or PR was achieved in 18 of 52 patients (34.6%).",
])
def test_complete_or_partial_response_together_is_the_objective_response(sentence):
    codes = {f.fields["endpoint"] for f in found(sentence)}
    assert "ORR" in codes and "CR" not in codes and "PR" not in codes


@pytest.mark.parametrize("sentence", [
    "Six deaths were judged to be treatment related.",
    "In all, three deaths were considered chemotherapy-related.",
])
def test_deaths_said_treatment_related_are_grade_5_toxicity(sentence):
    assert [(f.fields["endpoint"], f.fields["grade"]) for f in found(sentence)] == [("TOX", "5")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The gain in OS was confined to irradiated patients (HR = 0.74; 95% CI 0.60-0.91).", "irradiated patients"),
    ("The benefit in progression-free survival was restricted to patients with ALK fusions (hazard ratio, 0.41).",
     "patients with ALK fusions"),
])
def test_a_ratio_of_an_effect_confined_to_a_part_is_that_parts(sentence, expected):
    assert [f.group.label for f in found(sentence)] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Patients with BRAF-mutant tumours had worse overall survival than did patients with BRAF wild-type tumours "
     "(hazard ratio [HR] = 1.64; P = .02).",
     ("Patients with BRAF-mutant tumours", "patients with BRAF wild-type tumours")),
    ("Patients with KRAS mutations had shorter progression-free survival than those without (HR 1.52; 95% CI "
     "1.10-2.09).", ("Patients with KRAS mutations", "Patients without KRAS mutations")),
])
def test_a_ratio_after_two_groups_compared_with_than_is_the_first_against_the_second(sentence, expected):
    (f,) = found(sentence)
    assert (f.group.label, f.comparator.label) == expected


@pytest.mark.parametrize("sentence", [
    "In the first two years, when most deaths (>70%) took place, the hazard was lower with drug X.",
    "The majority of relapses (64%) occurred outside the treated field.",
])
def test_a_share_of_the_events_themselves_is_no_rate(sentence):
    assert [f.fields["value"] for f in found(sentence) if f.fields["measure"] == "rate"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("One-year local control (LC) for reirradiated lesions was 71%, compared with 90% for lesions treated for the "
     "first time.", [("LC", "reirradiated lesions", 71.0), ("LC", "lesions treated for the first time", 90.0)]),
    ("Two-year local control for retreated tumours was 58% versus 86% for untreated tumours.",
     [("LC", "retreated tumours", 58.0), ("LC", "untreated tumours", 86.0)]),
])
def test_a_participle_naming_whom_an_outcome_is_of_is_no_outcome(sentence, expected):
    assert [(f.fields["endpoint"], f.group.label, f.fields["value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Local control was worse for lesions in which the interval was short (47%), compared with those with longer "
    "intervals (88%).",
    "Survival was better for patients whose disease responded (52%) as compared with those who had stable disease "
    "(19%).",
])
def test_a_value_said_of_a_part_then_compared_with_those_is_not_all_patients(sentence):
    assert all(f.group is not None for f in found(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Common events were dermatitis (22% grade 1, 9% grade 2) and oesophagitis (14% grade 2 and 2% grade 3).",
     [("dermatitis", "1", 22.0), ("dermatitis", "2", 9.0), ("oesophagitis", "2", 14.0), ("oesophagitis", "3", 2.0)]),
    ("Fatigue (31% grade 1-2, 6% grade 3) was frequent.", [("fatigue", "1-2", 31.0), ("fatigue", "3", 6.0)]),
])
def test_rates_each_followed_by_its_grade_in_a_bracket(sentence, expected):
    assert [(f.fields["category"], f.fields["grade"], f.fields["value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a pair between people with and without a trait
    ("Local control did not differ between patients with and without nodal disease (87% vs 84%).",
     ["patients with nodal disease", "patients without nodal disease"]),
    ("Time to treatment failure was alike in tumours with and without KRAS mutation (median, 5.1 versus 4.7 months).",
     ["tumours with KRAS mutation", "tumours without KRAS mutation"]),
    # a pairs groups said after it or as its subject
    ("There was more grade 2 rash (18% vs 3%) with drug X than with drug Y.", ["drug X", "drug Y"]),
    ("Grade 3 diarrhoea was more frequent (11% vs 2%) in the erlotinib group compared with the placebo group.",
     ["erlotinib group", "placebo group"]),
    ("Lobectomy and SBRT had similar local control (93% vs 89%).", ["Lobectomy", "SBRT"]),
    ("Patients with T1 and T2 tumours had similar local control (94% vs 86%).",
     ["Patients with T1 tumours", "Patients with T2 tumours"]),
    # names that run on ("with A with B as compared to C") settle nothing
    ("A large series confirmed a survival benefit (19.9 months vs. 11.0 months) with local RT with CTh as compared to "
     "systemic CTh.", ["group 1", "group 2"]),
    # groups joined by versus right before the pair
    ("Colitis was more frequent with the doublet versus single-agent therapy (14 of 120 [12%] v 5 of 118 [4%]).",
     ["doublet", "doublet", "single-agent therapy", "single-agent therapy"]),
    ("Grade 3 rash was more common with drug X vs placebo (12% vs 2%).", ["drug X", "placebo"]),
    # after an outcome's own preposition; codes of one kind share the noun after the second
    ("There was better local control in N0 vs N2 disease (91% vs 64%).", ["N0 disease", "N2 disease"]),
    # an outcome is no group: "in PFS versus placebo" names none
    ("There was a gain in PFS versus placebo (7.1 vs 4.2 months).", ["group 1", "group 2"]),
])
def test_the_groups_of_a_pair(sentence, expected):
    assert [f.group.label for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("With drug X, the 1-year and 2-year survival rates were 77% and 45%, respectively, and with drug Y, 66% and 30%.",
     [("drug X", 12.0, 77.0), ("drug X", 24.0, 45.0), ("drug Y", 12.0, 66.0), ("drug Y", 24.0, 30.0)]),
    # the sentence opens with no group: the second list's values are not the outcomes' for the later group
    ("In this trial, the 1-year and 2-year survival rates were 77% and 45%, respectively, and in the older patients, "
     "66% and 30%.", [(None, 12.0, 77.0), (None, 24.0, 45.0)]),
])
def test_a_list_said_again_for_the_next_clauses_group(sentence, expected):
    assert [(f.group and f.group.label, f.fields["timepoint_months"], f.fields["value"])
            for f in found(sentence)] == expected


def test_a_time_named_after_the_outcome_is_no_group():
    assert "second year" not in [f.group.label for f in found(
        "Overall survival in the first year was 80% versus 60% in the second year.") if f.group is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overall survival did not differ (adjusted hazard ratio [HR], lobectomy versus radiotherapy 0.93; 95% CI, "
     "0.71-1.22).", ("OS", 0.93, "lobectomy", 0.71)),
    ("Progression-free survival was alike in both arms (HR, drug X vs placebo, 1.04; 95% CI 0.85 to 1.27).",
     ("PFS", 1.04, "drug X", 0.85)),
])
def test_a_ratio_with_the_groups_it_compares_after_a_comma(sentence, expected):
    (f,) = found(sentence)
    assert (f.fields["endpoint"], f.fields["value"], f.group.label, f.fields["ci_low"]) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 3-year survival rate was higher with surgery than with radiotherapy (55% and 41%, respectively).",
     [("surgery", 55.0, None), ("radiotherapy", 41.0, None)]),
    ("Local control was better after surgery than after radiotherapy (88% and 70%, respectively; P = .01).",
     [("surgery", 88.0, 0.01), ("radiotherapy", 70.0, 0.01)]),
    ("The response rate was lower in the observation arm than in the radiotherapy arm (12% and 30%, respectively).",
     [("observation arm", 12.0, None), ("radiotherapy arm", 30.0, None)]),
])
def test_pair_said_respectively_in_a_bracket_after_than_is_the_two_groups(sentence, expected):
    assert [(f.group.label, f.fields["value"], f.fields["p_value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an event's share after "in", the verb said once for two events
    ("Mild fatigue was noted in 18% of the patients and peripheral edema in 4% of them.",
     [("fatigue", 18.0), ("peripheral edema", 4.0)]),
    ("Grade 2 rash was seen in 20% of patients, and diarrhoea in 9%.", [("rash", 20.0), ("diarrhoea", 9.0)]),
    ("Fatigue in 30% of the patients was mild.", [("fatigue", 30.0)]),
    # a share of cycles is no share of the patients
    ("Mucositis in 12% of cycles was noted.", []),
    # an event with its share is not the event of a count said after it (the deaths from toxic effects are grade 5
    # events of their own, with no category)
    ("Treatment caused anaemia in 70% of patients and death from toxic effects in 3 patients (1.2%).",
     [(None, 3.0), (None, 1.2), ("anaemia", 70.0)]),
    ("Therapy caused grade 3 anaemia in 30% of patients and death from toxic effects in 2 patients (1%).",
     [(None, 2.0), (None, 1.0), ("anaemia", 30.0)]),
])
def test_event_share_after_in(sentence, expected):
    assert [(f.fields["category"], f.fields["value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Improvement in overall survival was associated with increasing marker expression (M3 HR 0.49 [0.22-1.07; "
     "p=0.068], M2/3 HR 0.54 [0.33-0.89; p=0.014], M0 HR 1.04 [0.62-1.75; p=0.871]).",
     [("M3", 0.49), ("M2/3", 0.54), ("M0", 1.04)]),
    ("Overall survival was longer with A in every stratum (high expression HR 0.49 [0.22-1.07], low expression HR "
     "0.84 [0.62-1.15]).",
     [("high expression", 0.49), ("low expression", 0.84)]),
    # how a ratio was estimated, or its time, names no subgroup
    ("Survival was longer with A (adjusted HR 0.7, 95% CI 0.6-0.9; unadjusted HR 0.8, 95% CI 0.7-0.95).",
     [(None, 0.7), (None, 0.8)]),
    ("Drug A improved PFS (for 2-year PFS: HR = 0.55, 95% CI 0.4-0.8; for 3-year PFS: HR = 0.57, 95% CI 0.4-0.8).",
     [(None, 0.55), (None, 0.57)]),
])
def test_ratios_listed_each_after_its_own_name_are_those_subgroups(sentence, expected):
    assert [(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)
            if f.fields["measure"] == "hr"] == expected


@pytest.mark.parametrize("sentence", [
    # a pair after an item no endpoint names is not the endpoints
    "Mucosal toxicity (P<.001) and noncompliance (40% versus 25% at 3 years) were higher in the A arm than in the B "
    "arm.",
    "Skin toxicity (P = .01) and dose delays (33% vs 18%) were more frequent with drug A than with drug B.",
    # a rate past a semicolon under an unread outcome is not the event before
    "Four patients had recurrence within the treated lobe; the 3-year primary tumour and lobe (local) control rate "
    "was 91.5%.",
    "Two patients had relapse in the nodes; the 2-year mediastinal and hilar (regional) control probability was 86%.",
])
def test_a_rate_not_of_the_endpoint_named_before(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate"]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Toxicities did not differ for patients younger than 65 years compared with patients aged 65 years or older, "
     "including rash (30% vs. 28%) and fatigue (12% vs. 19%).",
     "patients younger than 65 years", "patients aged 65 years or older"),
    ("The response rate was similar in patients older than 75 years compared with those younger than 75 years (41% vs "
     "44%).",
     "patients older than 75 years", "patients younger than 75 years"),
])
def test_groups_compared_by_age_name_the_pair(sentence, first, second):
    got = [f.group.label for f in found(sentence) if f.fields["measure"] == "rate"]
    assert got[:2] == [first, second]


@pytest.mark.parametrize("sentence", [
    "The 5-year survival rates were 32.5%, 30.0% and 38.5%, respectively, for stage I, II and III disease.",
    "The 5-year survival rates were 32.5, 30.0 and 38.5%, respectively, in patients with stage I, II and III disease.",
])
def test_labels_said_after_respectively_name_the_values(sentence):
    assert [(f.group.label, f.fields["value"], f.fields["timepoint_months"]) for f in found(sentence)] == \
        [("stage I", 32.5, 60), ("stage II", 30.0, 60), ("stage III", 38.5, 60)]


@pytest.mark.parametrize("sentence", [
    "A higher rate of grade 3-4 rash was observed with drug D (33% vs. 3%, p = 0.001).",
    "The rate of febrile neutropenia was higher with the triplet (21% vs 6%).",
])
def test_an_outcome_is_never_the_group_of_its_own_pair(sentence):
    assert not [f for f in found(sentence) if f.group is not None and f.fields["category"] and
                f.fields["category"] in f.group.label.lower()]


@pytest.mark.parametrize(("sentence", "code"), [
    ("In the LC-B arm, all 30 patients had a response (100%).", "LC"),
    ("In the OS-A arm, 18 of 30 patients (60%) had a response.", "OS"),
])
def test_an_endpoints_abbreviation_hyphened_to_a_letter_is_an_arms_name(sentence, code):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == code]


@pytest.mark.parametrize("sentence", [
    "Patients with stage II disease had an improved survival from radiotherapy (median survival 22.9 vs. 41.2 months).",
    "At the time of analysis, 120 patients had died (median OS 30.2 versus 19.9 months).",
])
def test_a_pair_compared_within_its_subject_is_neither_the_subjects_nor_its_complements(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "median" and f.group is not None
                and f.group.label.lower().endswith(("disease", "patients"))]


@pytest.mark.parametrize(("sentence", "label"), [
    ("In all patients classified as having no nodal spread, the 1- and 3-year survival rates were 81% and 57%, "
     "respectively.", "patients classified as having no nodal spread"),
    ("The 2-year survival rate for patients judged to be fit for surgery was 58%.",
     "patients judged to be fit for surgery"),
])
def test_patients_named_by_how_they_were_judged_are_a_part(sentence, label):
    assert {f.group.label if f.group else None for f in found(sentence)} == {label}


@pytest.mark.parametrize(("sentence", "label"), [
    ("Adverse events of any grade occurred in 64% of the patients who received drug A and in 90% of those who "
     "received drug B.", "patients who received drug A"),
    ("Grade 3 or 4 adverse events occurred in 15% of patients treated with drug A, and in 48% of those treated with "
     "drug B.", "patients treated with drug A"),
])
def test_a_share_of_the_patients_given_a_treatment_is_theirs(sentence, label):
    first = found(sentence)[0]
    assert first.group is not None and first.group.label == label


@pytest.mark.parametrize("sentence", [
    "The 5-year survival rates in the subsets pT1 and pT2 were, respectively, 67% and 18%.",
    "The 5-year survival rates in the subgroups pT1 and pT2 were 67% and 18%, respectively.",
])
def test_words_that_say_the_labels_are_parts_are_no_part_of_their_names(sentence):
    assert [f.group.label for f in found(sentence)] == ["pT1", "pT2"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3 rash and fatigue (4% each) were the most common events.",
     [("fatigue", "3", 4.0), ("rash", "3", 4.0)]),
    ("Rash, cough and fatigue occurred in 6% each.",
     [("cough", None, 6.0), ("fatigue", None, 6.0), ("rash", None, 6.0)]),
    # a count with its share
    ("Grade 3 events were rash and fatigue (two [3%] each).",
     [("fatigue", "3", 2.0), ("fatigue", "3", 3.0), ("rash", "3", 2.0), ("rash", "3", 3.0)]),
    ("The most common grade 3 events were cough and rash (4 [6%] each).",
     [("cough", "3", 4.0), ("cough", "3", 6.0), ("rash", "3", 4.0), ("rash", "3", 6.0)]),
])
def test_a_value_said_once_for_events_with_each_is_every_ones(sentence, expected):
    assert sorted((f.fields["category"], f.fields["grade"], f.fields["value"]) for f in found(sentence)) == expected


def test_comparison_gives_one_row_per_group_with_the_shared_p_and_comparator():
    out = found("The 2-year overall survival in patients with squamous versus non-squamous histology was "
                "72.4% vs 51.0% (p = 0.02).")
    assert [(f.fields["value"], f.group.label, f.comparator.label, f.fields["p_value"]) for f in out] == [
        (72.4, "squamous", "non-squamous histology", 0.02), (51.0, "non-squamous histology", "squamous", 0.02)]
    assert all(f.pattern_id == "result.compare" for f in out)


def test_comparison_with_groups_in_brackets_and_a_bounded_p():
    out = found("The 3-year OS was 81.0% vs 35.5% (PSA <10 ng/ml vs \u226510 ng/ml, p<0.001).")
    assert [(f.fields["value"], f.group.label, f.fields["p_op"], f.fields["p_value"]) for f in out] == [
        (81.0, "PSA <10 ng/ml", "<", 0.001), (35.5, "\u226510 ng/ml", "<", 0.001)]


def test_unnamed_comparison_is_marked_for_the_paragraph_to_resolve():
    out = found("The 5-year OS was 40.1% vs 55.2% (p=0.04).")
    assert [(f.group.unnamed, f.comparator.unnamed) for f in out] == [(0, 1), (1, 0)]


def test_values_in_vs_brackets_after_each_time_point():
    out = found("Responders lived longer, with 1-year, 2-year and 5-year OS of 84.0% (v.s. 66.0%), "
                "62.5% (v.s. 35.3%), and 41.0% (v.s. 14.5%), respectively, p = 0.004.")
    assert [(f.fields["timepoint_months"], f.fields["value"]) for f in out] == [
        (12, 84.0), (12, 66.0), (24, 62.5), (24, 35.3), (60, 41.0), (60, 14.5)]
    assert {f.fields["p_value"] for f in out} == {0.004}


def test_second_list_against_another_group():
    out = found("Women younger than 50 had 2- and 5-year OS of 90% and 71%, respectively, against 82% and 50% "
                "for older women (p = 0.01).")
    assert [(f.fields["timepoint_months"], f.fields["value"], f.group.label) for f in out] == [
        (24, 90.0, "Women younger than 50"), (60, 71.0, "Women younger than 50"),
        (24, 82.0, "older women"), (60, 50.0, "older women")]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Median survival times for patients with stage I, II and III disease were 31.2, 14.5 and 8.9 months, "
     "respectively.",
     ["stage I", "stage II", "stage III"]),
    ("The median survival by performance status (0, 1 and 2) was 20.4, 11.0 and 4.6 months, respectively.",
     ["performance status 0", "performance status 1", "performance status 2"]),
])
def test_subgroups_listed_before_their_values(sentence, labels):
    assert [f.group.label for f in found(sentence) if f.fields["measure"] == "median"] == labels


@pytest.mark.parametrize(("sentence", "labels"), [
    # the list's word said again before each item
    ("The 2-year local control rates in stage IA and stage IB were 93% and 79%, respectively.",
     ["stage IA", "stage IB"]),
    ("Overall survival at 3 years for stage II, stage IIIA and stage IIIB disease was 58%, 37% and 19%, respectively.",
     ["stage II", "stage IIIA", "stage IIIB"]),
    # "of" before the people named by what they have
    ("The 5-year survival rates of patients with stage II and III disease were 47% and 26%, respectively.",
     ["stage II", "stage III"]),
    ("The 1-year survival of those with T1 and T2 tumours was 89% and 72%, respectively.",
     ["T1 tumours", "T2 tumours"]),
])
def test_subgroup_rates_listed_before_their_values(sentence, labels):
    assert [f.group.label for f in found(sentence) if f.fields["measure"] == "rate"] == labels


def test_of_before_a_bare_list_names_no_subgroups():
    # "of N1 and N2 disease" (no people named) may be the disease's own rate, not the patients'
    assert not [f for f in found("The 5-year survival rates of N1 and N2 disease were 47% and 26%, respectively.")
                if f.group is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hazard ratios for progression-free and overall survival were 0.72 and 0.81, respectively.",
     [("PFS", "hr", 0.72, None), ("OS", "hr", 0.81, None)]),
    ("Hazard ratios for PFS and OS were 0.64 (95% CI, 0.50 to 0.82; P < .001) and 0.88 (95% CI, 0.70 to 1.10; "
     "P = .26), respectively.", [("PFS", "hr", 0.64, 0.5), ("OS", "hr", 0.88, 0.7)]),
])
def test_ratios_for_outcomes_named_before_them_respectively(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["ci_low"])
            for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Overall survival at 2, 3 and 5yr did not differ after REGIMEN-X (31%, 22% and 11%) versus REGIMEN-Y (32%, 18% "
    "and 7%; HR 0.92).",
    "Local control at 1 and 2 years was similar with Scheme K (90% and 81%) vs Scheme L (88% and 79%).",
])
def test_rates_in_a_bracket_after_an_unknown_name_are_not_all_patients(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate" and f.group is None]


def test_groups_named_by_letter():
    out = found("The 2-year PFS in groups A and B was 58.3% and 33.0%, respectively.")
    assert [(f.fields["value"], f.group.label) for f in out] == [(58.3, "group A"), (33.0, "group B")]


def test_hazard_ratios_name_the_factor_and_the_outcome():
    out = found("On multivariable analysis, nodal involvement (HR 1.92, 95% CI 1.11-3.31, p = 0.019) and "
                "performance status 2 (HR 2.40, 95% CI 1.30-4.41, p = 0.005) predicted worse DFS.")
    assert [(f.fields["endpoint"], f.fields["value"], f.fields["ci_low"], f.fields["p_value"], f.group.label,
             f.fields["analysis"]) for f in out] == [
        ("DFS", 1.92, 1.11, 0.019, "nodal involvement", "multivariate"),
        ("DFS", 2.4, 1.3, 0.005, "performance status 2", "multivariate")]


# "Predictors of OS were age (HR a) and stage (HR b)": a trait named without its level is no group of patients; its
# ratio (per year, per category, or of levels not said) gives no row, while a trait's level keeps its row.
@pytest.mark.parametrize("sentence, kept", [
    ("In multivariate analysis, independent predictors of shorter overall survival were age (HR 1.03, 95% CI "
     "1.01-1.05) and stage (HR 1.62, 95% CI 1.20-2.19).", []),
    ("Factors associated with progression-free survival were sex (HR 0.81; P = 0.04), ECOG performance status (HR "
     "1.44; P = 0.002) and liver metastases (HR 1.71; P < 0.001).", [1.71]),
    ("Tumour size (OR 1.22, 95% CI 1.05-1.41) was an independent predictor of pathological complete response.", []),
    # an age is no median
    ("Median survival of those older than 70 years was 11 months.", [11.0]),
])
def test_a_ratio_of_a_trait_named_without_its_level_gives_no_row(sentence, kept):
    assert [f.fields["value"] for f in found(sentence)] == kept


def test_toxicity_with_grade_and_term():
    out = found("Grade 3 or higher toxicity occurred in 9.5% of patients and grade 2 proctitis in 12%.")
    assert [(f.fields["endpoint"], f.fields["grade"], f.fields.get("category"), f.fields["value"]) for f in out] == [
        ("TOX", ">=3", None, 9.5), ("TOX", "2", "proctitis", 12.0)]


def test_value_bound_keeps_its_operator():
    (row,) = found("The 2-year LC was >95%.")
    assert (row.fields["value"], row.fields["value_op"]) == (95.0, ">")


def test_percent_written_as_a_word():
    from oncoev.extract.normalize import normalize

    assert rows(normalize("The 1-year local control was ninety per cent.").text) == [("LC", "rate", 12, 90.0)]


def test_survival_in_months_without_the_word_median_is_a_median():
    out = found("Adding chest radiotherapy gave a significant survival benefit (14.2 vs. 9.8 months, p = 0.02).")
    assert [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["p_value"]) for f in out] == [
        ("OS", "median", 14.2, 0.02), ("OS", "median", 9.8, 0.02)]


def test_time_points_carried_from_the_previous_sentence():
    first = find_results("The 1-, 3- and 5-year OS rates were 85%, 60% and 41%.")
    second = find_results("The OS fell to 70%, 35% and 20% respectively for patients with nodal disease.",
                          previous=first.sentence)
    assert [(f.fields["timepoint_months"], f.fields["value"], f.group.label) for f in second.found] == [
        (12, 70.0, "patients with nodal disease"), (36, 35.0, "patients with nodal disease"),
        (60, 20.0, "patients with nodal disease")]


def test_count_of_a_sized_group():
    (row,) = found("Overall, 18 of the 30 patients achieved a complete response.")
    assert (row.fields["endpoint"], row.fields["value"], row.group.n) == ("CR", 18.0, 30)


def test_response_site_named_once_for_the_sentence():
    out = found("The response rate of the primary tumours was 71.4% (20/28), with 6 patients with a complete "
                "response and 14 with a partial response.")
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["site"]) for f in out} == {
        ("ORR", "rate", 71.4, "primary"), ("ORR", "count", 20.0, "primary"), ("CR", "count", 6.0, "primary"),
        ("PR", "count", 14.0, "primary")}


def test_a_group_with_distant_disease_is_not_a_site():
    (row,) = found("Complete response was seen in 60% of patients with distant lymph nodes.")
    assert row.fields["site"] is None


@pytest.mark.parametrize("sentence, expected", [
    ("The intracranial objective response rate was 47% and the overall objective response rate was 39%.",
     {("ORR", 47.0, "intracranial"), ("ORR", 39.0, None)}),
    ("Median CNS progression-free survival was 13.6 months, against 8.8 months for systemic progression-free "
     "survival.", {("PFS", 13.6, "CNS")}),
    ("The median time to CNS progression was 11.3 months.", {("TTP", 11.3, "CNS")}),
    ("Median time to intracranial progression was 6.5 months (95% CI, 4.9-8.2).", {("TTP", 6.5, "intracranial")}),
    ("The brain disease control rate was 76%.", {("DCR", 76.0, "brain")}),
])
def test_an_organ_before_the_endpoint_is_the_site_of_the_result(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"], f.fields["site"]) for f in found(sentence)} >= expected


def test_an_organ_of_the_patients_is_no_site_of_the_result():
    (row,) = found("Among patients with brain metastases at baseline, the objective response rate was 36%.")
    assert row.fields["site"] is None


def test_pathological_stages_with_counts_and_percentages():
    out = found("After surgery, ypT0 and ypN0 were found in 4 (28.6%) and 9 (64.3%) patients.")
    assert [(f.fields["endpoint"], f.fields["category"], f.fields["measure"], f.fields["value"]) for f in out] == [
        ("PATH_STAGE", "ypT0", "count", 4.0), ("PATH_STAGE", "ypT0", "rate", 28.6),
        ("PATH_STAGE", "ypN0", "count", 9.0), ("PATH_STAGE", "ypN0", "rate", 64.3)]


def test_a_sentence_scoped_to_a_group():
    out = found("Of 96 evaluable lesions, 30 lesions were CR, 41 PR, 15 SD and 10 PD.")
    assert {(f.group.label, f.group.n, f.group.unit) for f in out} == {("96 evaluable lesions", 96, "lesions")}


def test_paired_values_of_a_subject_group():
    out = found("The OS of those patients who achieved a response was longer, with 2-year OS of 66.0% (vs. 41.5%), "
                "p = 0.03.")
    assert [(f.fields["value"], f.group.label) for f in out] == [
        (66.0, "patients who achieved a response"), (41.5, "not patients who achieved a response")]


def test_trial_arms_named_after_each_value_with_the_hazard_ratio_between_them():
    out = found("Median overall survival was 16.4 months (95% CI 14.2-18.6) in the nivolumab group and 12.1 months "
                "(10.3-13.9) in the placebo group (HR 0.72, 95% CI 0.60-0.86; p<0.001).")
    rows_ = [(f.fields["measure"], f.fields["value"], f.fields.get("ci_low"), f.group.label if f.group else None,
              f.comparator.label if f.comparator else None) for f in out]
    assert ("median", 16.4, 14.2, "nivolumab group", "placebo group") in rows_
    assert ("median", 12.1, 10.3, "placebo group", "nivolumab group") in rows_
    assert ("hr", 0.72, 0.6, "nivolumab group", "placebo group") in rows_


def test_rates_of_two_arms_with_versus():
    out = found("The 5-year overall survival was 58% in the chemoradiotherapy group versus 49% in the radiotherapy-"
                "alone group (hazard ratio, 0.78; 95% CI, 0.65 to 0.94; P = 0.009).")
    assert {(f.fields["measure"], f.fields["value"], f.group.label) for f in out} == {
        ("rate", 58.0, "chemoradiotherapy group"), ("rate", 49.0, "radiotherapy-alone group"),
        ("hr", 0.78, "chemoradiotherapy group")}


def test_counts_of_two_arms():
    out = found("Grade 3 or worse adverse events occurred in 45 (30%) of 150 patients in the SBRT group and "
                "30 (20%) of 148 in the control group.")
    assert [(f.fields["measure"], f.fields["value"], f.fields["grade"], f.group.label) for f in out] == [
        ("count", 45.0, ">=3", "SBRT group"), ("rate", 30.0, ">=3", "SBRT group"),
        ("count", 30.0, ">=3", "control group"), ("rate", 20.0, ">=3", "control group")]


def test_medians_with_each_treatment():
    out = found("Median PFS was 11.0 months with drug A and 7.2 months with drug B (P<0.001).")
    assert [(f.fields["value"], f.group.label, f.fields["p_op"]) for f in out] == [
        (11.0, "drug A", "<"), (7.2, "drug B", "<")]


def test_v_as_versus_and_a_lone_95_percent_ci():
    out = found("The 1-year LC was 90% v 75% (P = 0.01).")
    assert [(f.fields["value"], f.fields["p_value"]) for f in out] == [(90.0, 0.01), (75.0, 0.01)]
    assert rows("The pooled OS was computed with its 95% CI from survival curves.") == []


def test_counts_and_grades_written_as_words():
    assert rows("Only one patient experienced grade three or more toxicity.") == [("TOX", "count", None, 1.0)]
    (row,) = found("Only one patient experienced grade three or more toxicity.")
    assert row.fields["grade"] == ">=3"


def test_complement_of_a_factor():
    from oncoev.extract.results import complement

    assert complement("age \u2264 65 years") == "age > 65 years"
    assert complement("nodal disease") == "not nodal disease"


def test_a_sentence_scoped_to_patients_with_a_feature():
    out = found("For patients who had a single metastasis, the 2-year OS was 71.0%.")
    assert [(f.fields["value"], f.group.label) for f in out] == [(71.0, "patients who had a single metastasis")]


def test_a_rate_of_patients_with_a_feature():
    (row,) = found("Overall CR was achieved in 58% of patients with nodal disease.")
    assert row.group.label == "patients with nodal disease"


def test_more_trial_constructions():
    out = found("Five-year disease-free survival was 68.4% in the adjuvant arm compared with 61.2% in the observation "
                "arm (HR 0.79; 95% CI 0.66-0.94; P = .008).")
    assert {(f.fields["measure"], f.fields["value"], f.group.label) for f in out} == {
        ("hr", 0.79, "adjuvant arm"), ("rate", 68.4, "adjuvant arm"), ("rate", 61.2, "observation arm")}
    assert rows("ORR was 42.1% (16/38) and DCR was 81.6% (31/38).") == [
        ("ORR", "count", None, 16.0), ("ORR", "rate", None, 42.1), ("DCR", "count", None, 31.0),
        ("DCR", "rate", None, 81.6)]
    (median,) = found("Median OS was not reached in the SBRT arm versus 28 months in the control arm (P = .006).")
    assert (median.fields["value"], median.group.label) == (28.0, "control arm")


def test_two_blocks_each_followed_by_its_group():
    out = found("The 2- and 5-year OS rates were 88% and 71% for stage I and 62% and 40% for stage II, respectively.")
    assert [(f.fields["timepoint_months"], f.fields["value"], f.group.label) for f in out] == [
        (24, 88.0, "stage I"), (60, 71.0, "stage I"), (24, 62.0, "stage II"), (60, 40.0, "stage II")]


def test_factor_with_a_threshold_before_its_hazard_ratio():
    (row, _) = found("On multivariable analysis, age \u226570 years (HR 1.52; 95% CI, 1.20-1.93; P < .001) and "
                     "male sex (HR, 1.31 [95% CI, 1.05-1.63]; P = .02) were associated with worse overall survival.")
    assert (row.group.label, row.fields["p_op"], row.fields["p_value"]) == ("age \u226570 years", "<", 0.001)


def test_values_in_brackets_are_not_group_names():
    out = found("Radiotherapy gave a survival benefit (23.2 vs. 10.1 months).")
    assert all(f.group is None or f.group.unnamed is not None for f in out)


def test_ratio_named_by_its_event():
    out = found("Median PFS was 11.0 months with drug A and 7.2 months with drug B (hazard ratio for progression or "
                "death, 0.55; 95% CI, 0.44 to 0.69; P<0.001).")
    assert ("PFS", "hr", 0.55, 0.44, "drug A") in [(f.fields["endpoint"], f.fields["measure"], f.fields["value"],
                                                   f.fields.get("ci_low"), f.group.label) for f in out]
    assert rows("The hazard ratio of death was 0.71 (95% CI 0.55-0.92).") == [("OS", "hr", None, 0.71)]
    assert rows("The pooled HR for overall survival was 1.62 (95% CI 1.20-2.19, P = 0.002).") == [
        ("OS", "hr", None, 1.62)]


def test_an_ungraded_toxicity_term_right_after_a_value():
    out = found("Lee et al reported 7.5% fracture rates and a <1% risk of myelopathy after single fractions.")
    assert [(f.fields["endpoint"], f.fields["category"], f.fields["value"], f.fields["value_op"]) for f in out] == [
        ("TOX", "fracture", 7.5, None), ("TOX", "myelopathy", 1.0, "<")]
    assert rows("Twelve patients had vaginal bleeding (24%) before treatment.") == []


def test_more_abstract_constructions():
    assert rows("5-year OS: 36.2%; 5-year PFS: 28.7%.") == [("OS", "rate", 60, 36.2), ("PFS", "rate", 60, 28.7)]
    out = found("Local control at 2 years was 92.3% for lesions \u22643 cm and 71.4% for lesions >3 cm (p = .01).")
    assert [(f.fields["value"], f.group.label, f.fields["p_value"]) for f in out] == [
        (92.3, "lesions \u22643 cm", 0.01), (71.4, "lesions >3 cm", 0.01)]
    (tox,) = found("The estimated 2-year cumulative incidence of grade \u22652 radiation pneumonitis was 12.5%.")
    assert (tox.fields["endpoint"], tox.fields["timepoint_months"], tox.fields["grade"], tox.fields["category"],
            tox.fields["value"]) == ("TOX", 24, ">=2", "radiation pneumonitis", 12.5)
    assert rows("Twelve patients (20%) died within 90 days.") == [("DEATH", "count", None, 12.0),
                                                                  ("DEATH", "rate", None, 20.0)]


@pytest.mark.parametrize("sentence, expected, factor", [
    ("Higher serum lactate was significantly associated with poorer DFS (HR 1.40, 95% CI 1.10-1.78) "
     "and OS (HR 1.52, 95% CI 1.15-2.01).", [("DFS", 1.40), ("OS", 1.52)], "Higher serum lactate"),
    ("A rising marker level predicted shorter PFS (HR = 2.2; 95% CI 1.3-3.7) and shorter OS "
     "(HR = 2.6; 95% CI 1.4-4.8).", [("PFS", 2.2), ("OS", 2.6)], "A rising marker level"),
])
def test_outcome_named_before_its_ratio_is_no_group(sentence, expected, factor):
    out = found(sentence)
    assert [(f.fields["endpoint"], f.fields["value"]) for f in out] == expected
    # the subject that predicted both outcomes is both ratios' group, never an outcome's name
    assert all(f.group is not None and f.group.label == factor for f in out)


@pytest.mark.parametrize("outcome, code", [("independent factors for PFS", "PFS"),
                                           ("the factors affecting 3-year OS", "OS")])
def test_response_named_as_a_factor_of_a_later_outcome_stays_a_group(outcome, code):
    out = found("Bone-only disease (HR 0.55, 95% CI 0.35-0.86) and ORR (HR 0.70, 95% CI 0.50-0.98) "
                f"were {outcome}.")
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label) for f in out] == [
        (code, 0.55, "Bone-only disease"), (code, 0.70, "ORR")]


def test_counts_after_coordinated_endpoints_are_respective_not_the_last_ones():
    out = found("Complete and partial responses were found in 4 (10%) and 15 (37.5%).")
    assert ("PR", 4.0) not in [(f.fields["endpoint"], f.fields["value"]) for f in out]


@pytest.mark.parametrize("sentence, expected", [
    ("The response rate was 70%; 30% of the patients had achieved a complete response.",
     [("ORR", 70.0), ("CR", 30.0)]),
    ("The ORR was 52%; a CR was seen in 12% of patients.", [("ORR", 52.0), ("CR", 12.0)]),
])
def test_each_clause_after_a_semicolon_keeps_its_own_endpoint(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)]
    assert [g for g in got if g in expected] == expected
    assert ("ORR", 30.0) not in got and ("ORR", 12.0) not in got and ("CR", 70.0) not in got


@pytest.mark.parametrize("sentence", [
    "Overall, the ORR, which included both partial response (PR) and complete response (CR), was 80.0% (24/30).",
    "The DCR, which comprised CR, PR and SD, was 75.0% (30/40).",
])
def test_endpoints_that_define_another_are_not_what_is_counted(sentence):
    codes = {f.fields["endpoint"] for f in found(sentence)}
    assert codes and codes <= {"ORR", "DCR"}


@pytest.mark.parametrize("sentence", [
    "Two patients died late, one in the first arm due to sepsis and progressive disease.",
    "Three deaths occurred, two of them as a result of disease progression.",
])
def test_an_endpoint_named_as_a_cause_is_not_counted(sentence):
    assert "PD" not in {f.fields["endpoint"] for f in found(sentence)}


def test_a_reason_is_no_head_noun():
    out = found("Treatment was stopped due to fatigue in 9 patients (15%).")
    assert {f.fields.get("category") for f in out} == {"fatigue"}


def test_rates_with_times_said_of_groups_are_not_the_whole_study_s():
    out = found("Overall survival was 58% at 2 years in the surgery group and 41% at 2 years in the others.")
    assert all(f.pattern_id != "result.rate_at_time" for f in out)


@pytest.mark.parametrize("sentence, code", [
    ("Seven patients (11%) suffered a local relapse.", "FAIL_LOCAL"),
    ("Three patients (4%) sustained grade 3 dermatitis.", "TOX"),
])
def test_counts_with_more_verbs(sentence, code):
    assert {(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)} >= {(code, "count"), (code, "rate")}


@pytest.mark.parametrize("sentence, code, grade", [
    ("Postoperative mortality was 2.2%.", "DEATH", None),
    ("The 30-day mortality was 1.8% and treatment-related mortality 0.9%.", "DEATH", None),
])
def test_mortality_as_deaths(sentence, code, grade):
    out = found(sentence)
    assert out and out[0].fields["endpoint"] == code and out[0].fields["grade"] == grade


def test_treatment_related_mortality_is_grade_5_toxicity():
    (row,) = found("Treatment-related mortality was 0.9%.")
    assert (row.fields["endpoint"], row.fields["grade"], row.fields["value"]) == ("TOX", "5", 0.9)


@pytest.mark.parametrize("sentence, count, rate", [
    ("A complete response was seen in 22.5% (n = 9) of patients.", 9.0, 22.5),
    ("Distant failure occurred in 30% (n = 12) of the 40 patients.", 12.0, 30.0),
])
def test_share_with_its_n_before_of(sentence, count, rate):
    got = {(f.fields["measure"], f.fields["value"]) for f in found(sentence)}
    assert got == {("count", count), ("rate", rate)}


def test_an_n_without_of_after_a_share_may_be_the_group_size():
    assert {f.fields["measure"] for f in found("The ORR was 45% (n = 40).")} == {"rate"}


@pytest.mark.parametrize("sentence, expected", [
    ("The hazard ratios were 0.70 (0.58-0.84) for DFS and 0.77 (0.63-0.94) for OS.",
     [("DFS", "hr", 0.70, 0.58, 0.84), ("OS", "hr", 0.77, 0.63, 0.94)]),
    ("The odds ratio was 1.9 (95% CI 1.2-3.0) for pCR and 1.4 (95% CI 1.0-2.0) for ORR.",
     [("pCR", "or", 1.9, 1.2, 3.0), ("ORR", "or", 1.4, 1.0, 2.0)]),
    ("HRs were 0.91 (95% CI 0.80 to 1.03) for progression and 0.97 (95% CI 0.85 to 1.11) for death.",
     [("PFS", "hr", 0.91, 0.80, 1.03), ("OS", "hr", 0.97, 0.85, 1.11)]),
])
def test_ratios_listed_with_their_outcomes(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["ci_low"], f.fields["ci_high"])
           for f in found(sentence)]
    assert got == expected


def test_a_value_with_an_interval_is_no_ratio_without_a_ratio_named():
    assert found("Median OS was 12.1 (10.2-14.0) for arm A.") == [] or all(
        f.fields["measure"] not in ("hr", "or", "rr") for f in found("Median OS was 12.1 (10.2-14.0) for arm A."))


@pytest.mark.parametrize("sentence, code", [
    ("The 2-year regional relapse-free survival was 77%.", None),
    ("The 2-year locoregional relapse-free survival was 77%.", "LRFS"),
    ("The 2-year symptom-free survival was 77%.", None),
    ("Median stoma free survival was 31 months.", None),
])
def test_an_event_before_free_survival_is_not_the_event(sentence, code):
    got = {f.fields["endpoint"] for f in found(sentence)}
    assert got == ({code} if code else set())


@pytest.mark.parametrize("sentence", [
    "The 3-year DFS in grade 1 and grade 2 tumours was 81% and 70%, respectively.",
    "Response rates in arm 1 and arm 2 were 44% and 39%, respectively.",
])
def test_a_repeated_head_gives_no_half_label(sentence):
    labels = {f.group.label for f in found(sentence) if f.group is not None}
    assert not any(re.search(r"\b(grade|arm)\s+(grade|arm)\b|\b\d\s+\d\b", x) for x in labels)


def test_a_breakdown_with_counts_is_kept():
    out = found("Nine patients relapsed, including 6 with distant metastases and 3 with local recurrence, "
                "and four died.")
    assert ("FAIL_LOCAL", 3.0) in {(f.fields["endpoint"], f.fields["value"]) for f in out}


@pytest.mark.parametrize("sentence, months", [
    ("The proportion surviving at least 24 months was 48.5%.", 24),
    ("The share of patients surviving at least 1 year was 70%.", 12),
])
def test_surviving_at_least_a_time_is_the_rate_at_that_time(sentence, months):
    assert rows(sentence) == [("OS", "rate", months, 48.5 if months == 24 else 70.0)]


@pytest.mark.parametrize("sentence, ci", [
    ("Three-year overall survival was 64.5% (58.0% to 70.1%).", (58.0, 70.1)),
    ("The 2-year local control rate was 88% (81-93%).", (81.0, 93.0)),
    # median keeps its ci
    ("The median OS was 26.5 months (95% CI, 20.1-32.9).", (20.1, 32.9)),
])
def test_a_bare_interval_after_a_rate_is_its_ci(sentence, ci):
    (row,) = found(sentence)
    assert (row.fields["ci_low"], row.fields["ci_high"]) == ci


@pytest.mark.parametrize("sentence, first, second", [
    ("Grade 3 mucositis was seen more often in the test arm than in the usual-care arm "
     "(11/60 [18%] vs 3/62 [5%]).", (11.0, 18.0), (3.0, 5.0)),
    ("Diarrhoea was more common with drug Q than with placebo (41 [22%] vs eight [4%]; p<0.001).",
     (41.0, 22.0), (8.0, 4.0)),
])
def test_a_pair_of_counts_with_shares_compared(sentence, first, second):
    out = found(sentence)
    pairs = {}
    for f in out:
        pairs.setdefault(f.group.label, {})[f.fields["measure"]] = f.fields["value"]
    assert len(pairs) == 2
    got = sorted((d["count"], d["rate"]) for d in pairs.values())
    assert got == sorted([first, second])


@pytest.mark.parametrize("text, count", [("in 7 of 40 (17.5%) patients", 7), ("in 7/40 [17.5%]", 7),
                                         ("7 out of 40 patients (17.5%)", 7)])
def test_the_count_of_a_fraction_with_its_share_is_the_numerator(text, count):
    from oncoev.extract.mentions import scan
    (v,) = scan(text).values
    assert (v.value, v.count) == (17.5, count)


def test_an_endpoint_after_except_keeps_its_values():
    rows_ = {(f.fields["endpoint"], f.fields["value"]) for f in
             found("Outcomes were alike, except that grade 3 rash was more frequent with drug Q (14% vs 3%).")}
    assert rows_ == {("TOX", 14.0), ("TOX", 3.0)}


@pytest.mark.parametrize("sentence, expected", [
    ("The median OS was 15.2 months, and 1- and 3-year survival rates were 58.0% and 21.5%, respectively.",
     [("OS", "rate", 12, 58.0), ("OS", "rate", 36, 21.5), ("OS", "median", None, 15.2)]),
    ("Median PFS reached 7.1 months, and the 2-year PFS rate was 18%.",
     [("PFS", "rate", 24, 18.0), ("PFS", "median", None, 7.1)]),
])
def test_a_time_before_later_endpoints_is_theirs_not_an_earlier_median_s(sentence, expected):
    assert sorted(rows(sentence), key=repr) == sorted(expected, key=repr)


def test_a_time_after_a_value_does_not_reach_the_endpoints_after_it():
    got = rows("Local control was 90.5% at one year with no grade 3 toxicity and pain relief in 81% of patients.")
    assert ("PAIN_RESPONSE", "rate", 12, 81.0) not in got


@pytest.mark.parametrize("sentence, expected", [
    ("Distant relapse occurred in 23 patients.", ("FAIL_DISTANT", 23.0, None)),
    ("Grade 3 esophagitis was observed in four of 52 patients.", ("TOX", 4.0, 52)),
])
def test_a_count_without_a_share_after_its_endpoint(sentence, expected):
    out = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert [(f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) for f in out] == [expected]


def test_a_plain_count_needs_people_after_it():
    assert found("Progression occurred in 12 lesions treated with a lower dose at 3 sites.") == [] or all(
        f.fields["value"] != 12.0 for f in found("Progression occurred in 12 lesions treated with a lower dose."))


@pytest.mark.parametrize("sentence", [
    "Median overall survival was 14 months (95% CI, 9 months to not reached).",
    "The median OS was 14 months (95% CI 9 months-NR).",
    "Median overall survival was 14 months (95% CI, 9 months to not achieved).",
    "Median overall survival reached 14 months (95% confidence interval 9 to not yet achieved).",
])
def test_an_interval_with_units_and_no_upper_bound_keeps_the_value(sentence):
    assert [(r[0], r[1], r[3]) for r in rows(sentence)] == [("OS", "median", 14.0)]


@pytest.mark.parametrize("sentence", [
    "Treatment with drug A was associated with higher mortality (HR = 1.30; 95% CI = 1.05 to 1.61; P = .02).",
    "Surgery gave a lower risk of death (hazard ratio, 0.77; 95% CI, 0.62 to 0.95).",
    "All-cause mortality was higher with drug B (HR 1.30, 95% CI 1.05-1.61).",
    # the share between is the reduction the ratio gives
    "The relative reduction in the risk of death with drug A versus drug B was 23% (hazard ratio, 0.77; 95% CI, "
    "0.62 to 0.95).",
    "The reduction in the risk of death from any cause was 19% (HR 0.81, 95% CI 0.70-0.94).",
])
def test_a_ratio_after_mortality_or_the_risk_of_death_is_for_overall_survival(sentence):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert f.fields["endpoint"] == "OS" and f.group is None


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Use of adjuvant chemotherapy was associated with a lower risk of death (adjusted hazard ratio, 0.83; 95% CI, "
     "0.71 to 0.97) compared with observation.", "OS"),
    ("Living alone was linked to higher all-cause mortality (adjusted HR 1.22, 95% CI 1.04-1.43).", "OS"),
    ("The risk of progression was lower with maintenance therapy (stratified HR 0.64; 95% CI 0.50-0.82).", "PFS"),
    ("The reduction in the risk of death with drug B was 17% (unadjusted hazard ratio, 0.83).", "OS"),
])
def test_the_kind_of_estimate_before_a_ratios_name_keeps_the_outcome_said_before_it(sentence, endpoint):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert f.fields["endpoint"] == endpoint


def test_the_risk_of_death_from_one_cancer_is_no_overall_survival_ratio():
    for sentence in ("Men given drug A had a lower risk of death from prostate cancer (HR 0.40, 95% CI 0.20-0.80).",
                     "The reduction in the risk of death from lung cancer was 19% (HR 0.81, 95% CI 0.70-0.94).",
                     "Mortality due to breast cancer was lower with surgery (HR 0.70, 95% CI 0.50-0.98)."):
        assert not [f for f in found(sentence) if f.fields["endpoint"] == "OS"]


@pytest.mark.parametrize(("sentence", "label", "n"), [
    ("The 5-year survival rate of the 82 patients with node-positive disease was 51%.",
     "patients with node-positive disease", 82),
    ("Median survival in patients aged over 75 years was 8 months.", "patients aged over 75 years", None),
    ("Local control for women with small tumours was 95% at 3 years.", "women with small tumours", None),
])
def test_an_outcome_of_a_named_population_is_that_subgroups(sentence, label, n):
    (f,) = found(sentence)
    assert f.group is not None and f.group.label == label and f.group.n == n


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Expression predicted survival (HR 0.55 for high expression and HR 1.20 for low expression).",
     ["high expression", "low expression"]),
    ("Overall survival was longer with drug A (HR 0.70, 95% CI 0.55-0.90) in never-smokers.", ["never-smokers"]),
    ("Overall survival was longer with drug A (HR 0.70, 95% CI 0.55-0.90) in the intention-to-treat population.",
     [None]),
    ("The hazard ratio was 0.70 (95% CI 0.55-0.90) for death.", [None]),
])
def test_a_ratio_said_for_a_subgroup_is_that_subgroups(sentence, labels):
    got = [f.group.label if f.group else None for f in found(sentence) if f.fields["measure"] == "hr"]
    assert got == labels


def test_a_factor_label_starts_at_a_word():
    text = ("Survival did not differ in a long multivariable model adjusting for many covariates between the marker "
            "subgroups (HR 0.9, 95% CI 0.6-1.3).")
    labels = [f.group.label for f in found(text) if f.group is not None]
    assert all(text.find(label) == 0 or not text[text.find(label) - 1].isalpha() for label in labels)


@pytest.mark.parametrize(("sentence", "label"), [
    # an outcome of a stage or tumour kind is that subgroups
    ("The 5-year survival rate for tumours with high marker expression was 41%.",
     "tumours with high marker expression"),
    ("The 3-year survival rate for stage II was 58%.", "stage II"),
    # patients named by a marker or their age are a subgroup
    ("Median PFS in ALK-positive patients was 9.4 months.", "ALK-positive patients"),
    ("The response rate of KRAS-mutant patients was 64%.", "KRAS-mutant patients"),
    ("Median PFS in treatment-naive patients on drug K was 10.7 months.", "treatment-naive patients on drug K"),
    ("Median overall survival in elderly patients was 7.7 months.", "elderly patients"),
    ("Median overall survival in older patients was 7.7 months.", "older patients"),
])
def test_an_outcome_of_a_subgroup_is_that_subgroups(sentence, label):
    (f,) = found(sentence)
    assert f.group is not None and f.group.label == label


@pytest.mark.parametrize(("sentence", "grade"), [
    ("Six patients (10%) had RTOG grade 3 oesophagitis.", "3"),
    ("Six patients (10%) developed CTCAE v5.0 grade 2 or higher oesophagitis.", ">=2"),
    ("Six patients (10%) had Radiation Therapy Oncology Group grade 3 oesophagitis.", "3"),
])
def test_the_scale_a_grade_is_read_on_stands_between_a_count_and_its_toxicity(sentence, grade):
    got = {(f.fields["measure"], f.fields["value"], f.fields["grade"], f.fields["category"]) for f in found(sentence)}
    assert got == {("count", 6.0, grade, "oesophagitis"), ("rate", 10.0, grade, "oesophagitis")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Time to progression was longer with drug A (6.2 v 4.1 months).", {("TTP", 6.2), ("TTP", 4.1)}),
    ("Response rates differed (41% v 28%; P = .02).", {("ORR", 41.0), ("ORR", 28.0)}),
])
def test_v_between_two_values_is_versus(sentence, expected):
    got = found(sentence)
    assert {(f.fields["endpoint"], f.fields["value"]) for f in got} == expected
    assert all(f.group is not None and f.group.key != "all" for f in got)


@pytest.mark.parametrize("sentence", [
    "Overall survival for drug K was noninferior to drug L (median, 11.2 v 10.9 months).",
    "The overall survival for drug K was similar to that of drug L (median, 11.2 vs 10.9 months).",
])
def test_the_group_compared_to_is_the_one_named_not_a_complement(sentence):
    labels = {f.fields["value"]: f.group.label for f in found(sentence)}
    assert labels == {11.2: "drug K", 10.9: "drug L"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # each count with the outcome written straight after it, not the one named before it
    ("Two patients (5%) had a complete response, 10 (25%) a partial response and 8 (20%) stable disease.",
     {("CR", 2.0, 5.0), ("PR", 10.0, 25.0), ("SD", 8.0, 20.0)}),
    ("A complete response was seen in 3 patients (7.5%), 12 (30%) had stable disease and 9 (22.5%) progressive "
     "disease.", {("CR", 3.0, 7.5), ("SD", 12.0, 30.0), ("PD", 9.0, 22.5)}),
])
def test_a_count_goes_to_the_outcome_written_right_after_it(sentence, expected):
    got = {}
    for f in found(sentence):
        got.setdefault(f.fields["endpoint"], {})[f.fields["measure"]] = f.fields["value"]
    assert {(e, m.get("count"), m.get("rate")) for e, m in got.items()} == expected


def test_a_table_row_run_into_the_next_keeps_each_count_with_its_own_label():
    got = {(f.fields["endpoint"], f.fields["value"]) for f in found(
        "Stable disease 9 (20)  Progressive disease 12 (27)  Partial response 4 (9)") if f.fields["measure"] == "count"}
    assert got == {("SD", 9.0), ("PD", 12.0), ("PR", 4.0)}


@pytest.mark.parametrize("sentence", [
    # a count in a bracket of its own is not what the words after the bracket name
    "Failures were mostly distant, with few local (4 [8%]) and regional (3 [6%]) relapses.",
    "Most failures were distant, with rare nodal (2 [4%]) and local (5 [10%]) recurrences.",
])
def test_no_outcome_is_read_after_a_bracketed_count(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["endpoint"] == "FAIL_ANY"]


@pytest.mark.parametrize("sentence", [
    # one of two conditions ("either died or been followed up"), never a count of the first alone
    "By the cut-off, 85% of patients in each arm (120 of 140 and 118 of 139) had either died or been followed up for "
    "two years.",
    "By the last visit, 44 patients (31%) had either died or withdrawn their consent.",
])
def test_either_this_or_that_is_no_count_of_this(sentence):
    from oncoev.extract.mentions import scan

    assert not scan(sentence).endpoints and not found(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # progression of disease is a name of disease progression
    # "progression of (the) disease" is disease progression, never the response named earlier in the sentence
    ("The response rate was 40.2% (68 patients), and progression of the disease was seen in twelve patients (7.1%).",
     {("ORR", "rate", 40.2), ("FAIL_ANY", "count", 12.0), ("FAIL_ANY", "rate", 7.1)}),
    ("Median time to progression of disease was 7.3 months.", {("TTP", "median", 7.3)}),
    # the dead and those still on treatment are counted
    ("At a median follow-up of 30 months, 24 patients (41%) were deceased.", {("DEATH", "count", 24.0),
                                                                             ("DEATH", "rate", 41.0)}),
    ("By the last visit, 31 of 60 patients (52%) were dead.", {("DEATH", "count", 31.0), ("DEATH", "rate", 52.0)}),
    ("At the data cut-off, 19 patients (27%) were continuing to receive drug K.",
     {("TREATMENT_ONGOING", "count", 19.0), ("TREATMENT_ONGOING", "rate", 27.0)}),
    ("Overall, 22 of 80 patients (28%) continued to receive drug M after the first scan.",
     {("TREATMENT_ONGOING", "count", 22.0), ("TREATMENT_ONGOING", "rate", 28.0)}),
    # a count with its outcome named before its share is that outcome s
    ("The objective response rate was 38%, including 4 complete responses (9%).",
     {("ORR", "rate", 38.0), ("CR", "count", 4.0), ("CR", "rate", 9.0)}),
    ("The ORR was 52% (95% CI 37-66), including 6 complete responses (13%).",
     {("ORR", "rate", 52.0), ("CR", "count", 6.0), ("CR", "rate", 13.0)}),
])
def test_endpoint_measure_and_value_of_counted_events(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"]) for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    "Relapse was more likely with nodal stage 1 or 2 (1.914) disease and with larger tumours (1.407).",
    "Local recurrence was influenced by grade 2 (2.315) and by margin status (1.882).",
])
def test_a_bracket_with_three_decimals_and_no_percent_sign_is_no_share(sentence):
    assert not _measures(sentence) & {"count", "rate"}


@pytest.mark.parametrize(("sentence", "measure"), [
    # a time gained is no median
    ("Median survival was 2.4 months longer with the new schedule.", "median"),
    ("The new schedule brought an improvement in median overall survival of 3.3 months.", "median"),
    ("The difference in median progression-free survival favouring the new schedule was 1.9 months (p = 0.03).",
     "median"),
    ("The trial showed an overall survival benefit of 5.5 months for the new schedule.", "median"),
    # a span of decades is an age, not a median
    ("Overall survival favoured drug K in patients 65 to 79 years (HR 0.81; 95% CI 0.70-0.93).", "median"),
    ("Median survival was similar whether patients were younger or 80 years and older.", "median"),
    # a share of cycles is no rate of patients
    ("Twelve patients had a dose reduction in 17 cycles (8% of cycles).", "rate"),
    ("Dose delays (14.5% of courses) were mostly due to neutropenia.", "rate"),
    # a threshold is no rate
    ("The most common adverse events with incidences of 15% or greater were nausea and fatigue.", "rate"),
    ("Survival did not differ by arm with the cut-off for positive tumours set at 20% membranous staining.", "rate"),
    ("Response was more frequent when at least 50% of tumour cells expressed the marker.", "rate"),
])
def test_a_number_that_is_not_of_this_measure(sentence, measure):
    assert measure not in _measures(sentence)


@pytest.mark.parametrize("sentence", [
    "Drug K lengthened median overall survival (13.5 vs 10.2 months), a gain of 3.3 months.",
    "Drug K brought a survival benefit (13.5 vs 10.2 months).",
    "There was no survival difference between the two stages (median survivals, 13.5 and 10.2 months).",
])
def test_the_two_medians_of_a_benefit_stay_medians(sentence):
    assert [r[3] for r in rows(sentence) if r[1] == "median"] == [13.5, 10.2]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most common event was grade 2 fatigue (37 of 88 patients).", [("TOX", 37.0, 88)]),
    ("Grade 3 rash (6/71) and grade 3 diarrhoea (3/71; p = 0.3) were recorded.", [("TOX", 6.0, 71), ("TOX", 3.0, 71)]),
    ("A complete response (14 of 52 patients) was confirmed centrally.", [("CR", 14.0, 52)]),
])
def test_a_count_and_its_total_in_a_bracket_after_the_outcome(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "count"]
    assert got == expected


@pytest.mark.parametrize("sentence", ["At the data cut-off, 41% of patients had died.",
                                      "At data cut-off, the 2-year survival rate was 41%."])
def test_the_data_cut_off_is_no_threshold(sentence):
    assert [f.fields["value"] for f in found(sentence)] == [41.0]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most common grade 3-4 events were anaemia (12 [8%] of 150 patients), neutropenia (9 [6%]), and fatigue "
     "(6 [4%]).", {("anaemia", 150), ("neutropenia", 150), ("fatigue", 150)}),
    ("Frequent events were rash (in 44 [55%] of 80 patients), diarrhoea (36 [45%]) and nausea (20 [25%]).",
     {("rash", 80), ("diarrhoea", 80), ("nausea", 80)}),
    # a share that is no count of that total ends the list's total
    ("The most common grade 3-4 events were anaemia (12 [8%] of 150 patients), neutropenia (9 [12%]), and fatigue "
     "(6 [4%]).", {("anaemia", 150), ("neutropenia", None), ("fatigue", None)}),
])
def test_the_total_said_with_a_list_s_first_item_is_that_of_the_items_after_it(sentence, expected):
    assert {(f.fields["category"], f.group.n if f.group else None) for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    "Local control rates for T1 and T2 tumours at 3 years were 94% and 71%, respectively.",
    "Cumulative local control rates for T1 and T2 tumours at 3 years after radiotherapy were 94% and 71%, "
    "respectively.",
])
def test_labels_listed_before_a_time_point_and_their_values(sentence):
    got = [(f.fields["value"], f.fields["timepoint_months"], f.group.label) for f in found(sentence)]
    assert got == [(94.0, 36.0, "T1 tumours"), (71.0, 36.0, "T2 tumours")]


@pytest.mark.parametrize("sentence", [
    "The response rate was 27% (95% exact CI 18-38).",
    "The response rate was 27% (95% Clopper-Pearson CI, 18 to 38).",
])
def test_a_confidence_level_with_its_method_named_is_no_value(sentence):
    got = found(sentence)
    assert [(f.fields["value"], f.fields.get("ci_low"), f.fields.get("ci_high")) for f in got] == [(27.0, 18.0, 38.0)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At 1 year, local control was 91.5% versus 96%, nodal failure 6.2% versus 4.1%, and overall survival 79.0% "
     "versus 72.3% (p = 0.44, 0.38, and 0.27, respectively).",
     [("LC", 0.44), ("LC", 0.44), ("FAIL_REGIONAL", 0.38), ("FAIL_REGIONAL", 0.38), ("OS", 0.27), ("OS", 0.27)]),
    ("Median overall survival (13.4 vs 8.8 months) and progression-free survival (5.9 vs 3.7 months) were both "
     "longer in arm A than in arm B (P = .002 and P < .001, respectively).",
     [("OS", 0.002), ("OS", 0.002), ("PFS", 0.001), ("PFS", 0.001)]),
])
def test_a_list_of_p_values_goes_to_the_comparisons_in_order(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["p_value"]) for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # three p values for two comparisons read: which is whose is not known
    "At 1 year, local control was 91.5% versus 96%, regional spread 6.2% versus 4.1%, and overall survival 79.0% "
    "versus 72.3% (p = 0.44, 0.38, and 0.27, respectively).",
    "Overall survival at 2 years was 64% vs 51%, with toxicity scores of 12 vs 9 (P = .03 and .41, respectively).",
])
def test_a_list_of_p_values_that_does_not_match_the_comparisons_gives_none(sentence):
    got = [f for f in found(sentence) if f.fields["endpoint"] == "OS"]
    assert got and all(f.fields["p_value"] is None for f in got)


@pytest.mark.parametrize("sentence", [
    "The distant metastasis rate was 17.5% at 3 years.",
    "The rate of distant metastases was 17.5%.",
])
def test_the_distant_metastasis_rate_is_distant_failure(sentence):
    assert [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)] == [("FAIL_DISTANT", 17.5)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 2-year local control and overall survival rates for T1 and T2 tumours were 95% and 87% (p = 0.21), and "
     "78% and 60% (p = 0.03), respectively.",
     [("LC", 95.0, "T1 tumours", 0.21), ("LC", 87.0, "T2 tumours", 0.21), ("OS", 78.0, "T1 tumours", 0.03),
      ("OS", 60.0, "T2 tumours", 0.03)]),
    ("The 1-year local control, progression-free survival and overall survival rates in patients with low, "
     "intermediate and high scores were 90%, 81% and 64% (p = 0.02); 62%, 45% and 30% (p < 0.01); and 85%, 70% and "
     "51% (p = 0.04), respectively.",
     [("LC", 90.0, "low scores", 0.02), ("LC", 81.0, "intermediate scores", 0.02), ("LC", 64.0, "high scores", 0.02),
      ("PFS", 62.0, "low scores", 0.01), ("PFS", 45.0, "intermediate scores", 0.01), ("PFS", 30.0, "high scores", 0.01),
      ("OS", 85.0, "low scores", 0.04), ("OS", 70.0, "intermediate scores", 0.04), ("OS", 51.0, "high scores", 0.04)]),
])
def test_k_endpoints_then_groups_then_k_blocks_of_values(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label, f.fields.get("p_value"))
            for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # no p for each block: endpoint by endpoint or group by group is not known
    "The 2-year local control and overall survival rates for T1 and T2 tumours were 95% and 87%, and 78% and 60%, "
    "respectively.",
    # the groups named before the endpoints
    "For T1 and T2 tumours, the 2-year local control and overall survival rates were 95% and 87% (p = 0.21), and "
    "78% and 60% (p = 0.03), respectively.",
])
def test_blocks_of_values_whose_order_is_not_known_are_not_read_by_group(sentence):
    assert all(not f.pattern_id.endswith("labels_before_each") for f in found(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # each p stays with its pair of values
    pytest.param("DFS and OS rates for arm A were better than those for arm B (61.0% vs. 40.2%, p = 0.03; "
                 "and 70.5% vs. 58.8%, p = 0.048, respectively).",
                 [("DFS", 61.0, "Arm a", 0.03), ("DFS", 40.2, "Arm b", 0.03),
                  ("OS", 70.5, "Arm a", 0.048), ("OS", 58.8, "Arm b", 0.048)],
                 id="two endpoints compared keep each p with its pair"),
    pytest.param("Tumour volume < 20 cc (81.0% vs. 52.5%, p = 0.01) and dose \u2265 50 Gy (77.7% vs. 60.1%, "
                 "p = 0.04) were favourable factors for LC.",
                 [("LC", 81.0, "Tumour volume < 20 cc", 0.01), ("LC", 52.5, "Tumour volume \u2265 20 cc", 0.01),
                  ("LC", 77.7, "dose \u2265 50 Gy", 0.04), ("LC", 60.1, "dose < 50 Gy", 0.04)],
                 id="factor pairs with the endpoint named at the end"),
    # groups listed after between right before the values compared
    ("Three-year overall survival did not differ between small, medium, and large tumours (71.5% vs. 64.0% vs. 58.2%, "
     "P=0.33), as was 3-year local failure (3% vs. 7.5% vs. 11.0%, P=0.47).",
     [("OS", 71.5, "small", 0.33), ("OS", 64.0, "medium", 0.33), ("OS", 58.2, "large", 0.33),
      ("FAIL_LOCAL", 3.0, "small", 0.47), ("FAIL_LOCAL", 7.5, "medium", 0.47), ("FAIL_LOCAL", 11.0, "large", 0.47)]),
    ("There was no difference in median overall survival between patients with left-sided and right-sided lesions "
     "(19.5 vs. 16.0 months; p = 0.28).",
     [("OS", 19.5, "left-sided", 0.28), ("OS", 16.0, "right-sided lesions", 0.28)]),
])
def test_each_p_stays_with_its_pair_of_values(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label, f.fields["p_value"])
            for f in found(sentence)] == expected


@pytest.mark.parametrize(("sentence", "pattern"), [
    # a pronoun does not carry values it cannot place
    # a median has no new time point; groups named after the values are not read here
    ("Median survival was 14 months; at 2 years, it was 30% and 22%, respectively.", "result.said_again"),
    ("The 2-year survival rates were 64% and 48% in arms A and B; they were 51% and 39% for women.",
     "result.said_again"),
    # between a time a shared word or a name inside another is no list of groups
    ("Response rates differed between baseline and week 8 (35% vs. 52%, P=0.02).", "result.compare.between"),
    ("Overall survival was similar between tumours with and without the marker (61% vs. 57%, P=0.52).",
     "result.compare.between"),
    ("Overall survival was similar between lateral, far-lateral and medial lesions (55% vs. 60% vs. 71%, P=0.30).",
     "result.compare.between"),
])
def test_a_pattern_leaves_alone_what_it_cannot_place(sentence, pattern):
    assert all(f.pattern_id != pattern for f in found(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3 or 4 events in younger and older patients included neutropenia (21.0% and 30.5%), diarrhoea (6.1% and "
     "9.9%), and rash (3.0% and 1.2%).",
     [("neutropenia", 21.0, "younger", "3-4"), ("neutropenia", 30.5, "older patients", "3-4"),
      ("diarrhoea", 6.1, "younger", "3-4"), ("diarrhoea", 9.9, "older patients", "3-4"),
      ("rash", 3.0, "younger", "3-4"), ("rash", 1.2, "older patients", "3-4")]),
    ("Grade 2 toxic effects in men and women were nausea (14% and 22%; p = 0.04) and mucositis (9% and 8%).",
     [("nausea", 14.0, "men", "2"), ("nausea", 22.0, "women", "2"), ("mucositis", 9.0, "men", "2"),
      ("mucositis", 8.0, "women", "2")]),
])
def test_a_pair_after_each_term_is_the_two_groups_named_before(sentence, expected):
    assert [(f.fields["category"], f.fields["value"], f.group.label, f.fields["grade"])
            for f in found(sentence) if f.pattern_id == "result.compare.after_term"] == expected


@pytest.mark.parametrize("sentence", [
    "Grade 3 events included neutropenia (21.0% and 30.5%) and diarrhoea (6.1% and 9.9%).",
    "Events in men and women included wound complications (14% and 22%) and ileus (9% and 8%).",
])
def test_a_pair_after_a_term_with_no_groups_named_or_no_term_known_gives_no_group_row(sentence):
    assert not [f for f in found(sentence) if f.pattern_id == "result.compare.after_term" and f.fields["category"]
                in (None, "neutropenia", "diarrhoea")]


@pytest.mark.parametrize(("sentence", "category"), [
    ("Grade 3 nausea/vomiting occurred in 14% of patients.", "nausea/vomiting"),
    ("More patients in arm A had acute kidney injury/dehydration (22.5% vs 11.0%, p = 0.02).",
     "acute kidney injury/dehydration"),
    ("The most common events were fatigue (40%) and myalgia/arthralgia/back pain (18%).",
     "myalgia/arthralgia/back pain"),
])
def test_terms_joined_by_a_slash_are_one_event(sentence, category):
    got = [f for f in found(sentence) if f.fields["endpoint"] == "TOX"]
    assert got and got[-1].fields["category"] == category
    assert all(f.fields["category"] in (category, "fatigue") for f in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A nodal pCR was achieved in 31% after induction chemotherapy vs. 58% after induction chemoradiotherapy "
     "(p = 0.02).", [(31.0, "induction chemotherapy", 0.02), (58.0, "induction chemoradiotherapy", 0.02)]),
    ("The local/regional recurrence rate was 20.5% after wedge resection and 5.0% after lobectomy.",
     [(20.5, "wedge resection", None), (5.0, "lobectomy", None)]),
])
def test_each_value_after_the_treatment_it_followed(sentence, expected):
    assert [(f.fields["value"], f.group.label, f.fields.get("p_value")) for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    # a time after a value is no group
    "Response was 40% after two cycles and 61% after four cycles.",
    "Local control was 88% after 2 years and 80% after a median follow-up of 5 years.",
    # a count of patients as subject names no group
    "14 patients had a partial remission, so the objective response rate came to 23.4%.",
    "No patients developed grade 4 pneumonitis.",
    "Patients had a median overall survival of 17.3 months.",
])
def test_no_group_named(sentence):
    assert all(f.group is None or not f.group.label for f in found(sentence))


@pytest.mark.parametrize("sentence", [
    # values after treatments no rule names are not all patients
    # the second name holds the first's words: no group rule names them, and neither is all patients'
    "A nodal pCR was achieved in 31% after chemotherapy vs. 58% after chemotherapy-radiotherapy (p = 0.02).",
    "Disease control was 52% after drug Q and 77% after drug Q plus drug R.",
    # a value of a group named beside it is not all patients
    "The objective response rate was 62% for stage II patients.",
    "Median survival reached 14.2 months (95% CI 11.0-17.3) among those with liver metastases.",
    "Grade 3 events in the radiotherapy-alone arm were nausea (n=2) and rash (n=1).",
    "The most frequent events in the low-dose cohort, whatever the cause, were cough (31%) and fatigue (22%).",
    "The sequential group had 12 patients with a partial response and four with stable disease.",
    "Fever was more common (41%) than in those receiving the standard schedule (12%).",
])
def test_values_of_a_named_group_are_not_all_patients(sentence):
    assert [f for f in found(sentence) if f.group is None] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Estimated rates of local, regional, and distant disease recurrence were 6.0%, 9.5%, and 12.0%, respectively.",
     [("FAIL_LOCAL", "rate", None, 6.0), ("FAIL_REGIONAL", "rate", None, 9.5), ("FAIL_DISTANT", "rate", None, 12.0)]),
    ("The 3-year rates of regional and distant relapse were 7.5% and 19.0%, respectively.",
     [("FAIL_REGIONAL", "rate", None, 7.5), ("FAIL_DISTANT", "rate", None, 19.0)]),
])
def test_failure_said_once_for_each_site_listed(sentence, expected):
    assert [r[:2] + (None,) + r[3:] for r in rows(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In the marker-positive groups, the local and distant failure rates were 25.0% and 60.5%, respectively, while "
     "they were 38.0% and 41.5% in the marker-negative groups (p=0.41).",
     [("FAIL_LOCAL", 25.0, "marker-positive"), ("FAIL_DISTANT", 60.5, "marker-positive"),
      ("FAIL_LOCAL", 38.0, "marker-negative group"), ("FAIL_DISTANT", 41.5, "marker-negative group")]),
    ("For the high-risk cohorts, the 2-year local control and overall survival rates were 71% and 58%, respectively, "
     "whereas they were 90% and 77% for the low-risk cohorts (p=0.02).",
     [("LC", 71.0, "high-risk"), ("OS", 58.0, "high-risk"), ("LC", 90.0, "low-risk cohort"),
      ("OS", 77.0, "low-risk cohort")]),
])
def test_the_first_block_is_the_group_a_sentence_opens_with(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label) for f in found(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Local and distant relapse was found together in 7% of the women.", [("FAIL_LOCAL_DISTANT", 7.0)]),
    ("Locoregional and distant failure at once occurred in 13 patients (6%).",
     [("FAIL_LOCAL_DISTANT", 6.0), ("FAIL_LOCAL_DISTANT", 13.0)]),
    ("Local and distant relapse rates were 6% and 19%, respectively.", [("FAIL_LOCAL", 6.0), ("FAIL_DISTANT", 19.0)]),
])
def test_local_and_distant_failure_without_respectively_is_both_sites_at_once(sentence, expected):
    assert sorted((f.fields["endpoint"], f.fields["value"]) for f in found(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence", [
    # sentences with no result
    # thresholds, ranges and power are not results
    "We defined stable disease as a shrinkage below 30% of the summed diameters.",
    "The CR rate ranged from 40 to 60% in earlier series.",
    "The sample size gave 80% power to detect a 15% improvement in 2-year OS.",
    # the cells of a flattened table row are no counts in prose
    "Best response cCR 11 20 0.45  cPR 30 55 14 28  cSD 9 16 3 6  cPD 2 4 1 2",
    "Response CR 4 9 0.62 PR 21 47 SD 12 27 PD 8 18",
    # a time point is no median
    "Nomograms predicting survival at (a) 2 years and (b) 4 years were drawn for the test cohort.",
    "Calibration of survival within 3 years was good in both cohorts.",
    # numbers beside an endpoint that are no result of it
    # an abbreviation hyphened to a capital or digit is another name: a biomarker, a later line's endpoint
    "Benefit was larger in tumours with PD-L1 expression of at least 50%.",
    "PFS-2 at 1 year was 64% in the whole cohort.",
    # an age, not a median
    "Survival was similar in patients below 65 years and in older patients.",
    "Overall survival did not differ in patients 75 years or older.",
    # a difference between groups, not a rate of either
    "Survival differences between the arms grew from 3.1% at 1 year to 7.4% at 3 years.",
    # the events an analysis counts, not a survival rate
    "OS events had occurred in 61% of patients at the cut-off.",
    "The analysis was done after PFS events in 72% of the patients.",
    # a ratio the trial planned is no result
    "The trial was powered to detect a hazard ratio of 0.70 for overall survival.",
    "Non-inferiority of drug A for progression-free survival required a margin for the hazard ratio of 1.25.",
    "Overall survival with drug A was assumed to give a hazard ratio of 0.80 against drug B.",
])
def test_sentences_with_no_result(sentence):
    assert rows(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Scans at 3 complete response visits were reviewed again.",
    "Patients with 2 partial response criteria met were reviewed again.",
])
def test_a_bare_number_before_a_response_abbreviation_or_adjective_is_no_count(sentence):
    assert not [r for r in rows(sentence) if r[1] == "count"]


@pytest.mark.parametrize(("sentence", "category"), [
    ("Anaemia was more common with the doublet (OR, 1.87; 95% CI, 1.22-2.86; P = 0.004).", "anaemia"),
    ("Peripheral neuropathy occurred less often on the weekly schedule (odds ratio 0.51, 95% CI 0.33 to 0.79).",
     "peripheral neuropathy"),
])
def test_the_odds_ratio_of_a_toxicity_keeps_its_term(sentence, category):
    (f,) = found(sentence)
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["category"]) == ("TOX", "or", category)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Progression-free survival favoured the doublet (hazards ratio 0.72; 95% Cl 0.60-0.86).",
     ("PFS", "hr", 0.72, 0.6, 0.86)),
    ("Overall survival did not differ (hazards ratio, 1.06, 95%Cl: 0.88-1.27).", ("OS", "hr", 1.06, 0.88, 1.27)),
])
def test_a_hazards_ratio_with_an_interval_written_cl(sentence, expected):
    (f,) = found(normalize(sentence).text)
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("ci_low"),
            f.fields.get("ci_high")) == expected


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Patients who stayed on drug K had longer OS from the time of PD (hazard ratio 0.41, 95% CI 0.30-0.57).", "OS"),
    ("Survival measured from the date of first relapse favoured the re-challenge group (HR 0.66; 95% CI 0.48-0.91).",
     "OS"),
])
def test_an_event_the_time_is_counted_from_is_not_the_ratio_s_outcome(sentence, endpoint):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "hr"] == [endpoint]


@pytest.mark.parametrize(("sentence", "expected"), [
    # responses counted as things
    ("There were 4 complete responses and 13 partial responses among the 61 treated patients.",
     [("CR", "count", None, 4.0), ("PR", "count", None, 13.0)]),
    ("Fifteen partial remissions and one complete remission were recorded.",
     [("PR", "count", None, 15.0), ("CR", "count", None, 1.0)]),
    ("The objective response rate was 27%, with 17 confirmed partial responses and 3 confirmed complete responses.",
     [("PR", "count", None, 17.0), ("CR", "count", None, 3.0), ("ORR", "rate", None, 27.0)]),
    # failure at one site only is that site s failure
    ("Regional-only failure occurred in 4 patients (8%).", [("FAIL_REGIONAL", "count", None, 4.0),
                                                             ("FAIL_REGIONAL", "rate", None, 8.0)]),
    ("Isolated local failures were seen in 6 patients (11%), and distant-only failure in 13 (24%).",
     [("FAIL_LOCAL", "count", None, 6.0), ("FAIL_LOCAL", "rate", None, 11.0), ("FAIL_DISTANT", "count", None, 13.0),
      ("FAIL_DISTANT", "rate", None, 24.0)]),
])
def test_rows_in_any_order(sentence, expected):
    assert sorted(rows(sentence)) == sorted(expected)


def _tox(sentence: str) -> set[tuple]:
    return {(f.fields.get("category"), f.fields.get("grade"), f.fields["value"]) for f in found(sentence)
            if f.fields["endpoint"] == "TOX" and f.fields["measure"] == "rate"}


@pytest.mark.parametrize("sentence", [
    # the rates are of the group named after them, or of a group compared: no row for all patients
    "Neutropenia (grade 3, 12%; grade 4, 5%) was more common in the older patients.",
    "Fatigue (grade 2, 20%; grade 3, 6%) was less frequent than in the earlier study.",
    # a label that is no grade
    "Rash (cohort 1, 20%; cohort 2, 6%) resolved.",
])
def test_rates_under_grade_labels_are_not_read_for_a_group_or_a_comparison(sentence):
    assert not _tox(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grades 3 and 4 anaemia occurred in 11% and 4%, respectively, of patients given drug K.",
     {("anaemia", "3", 11.0), ("anaemia", "4", 4.0)}),
    ("Grade 3 and grade 4 neutropenia were recorded in 18% and 7% of patients, respectively.",
     {("neutropenia", "3", 18.0), ("neutropenia", "4", 7.0)}),
    # the two values are the groups', not the grades'
    ("Grades 3 and 4 neutropenia occurred in 18% and 7% in the drug K and placebo arms, respectively.",
     {("neutropenia", "3-4", 18.0), ("neutropenia", "3-4", 7.0)}),
])
def test_two_grades_then_two_rates_respectively(sentence, expected):
    assert _tox(sentence) <= expected and not {g for _, g, _ in _tox(sentence)} - {g for _, g, _ in expected}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Rates of grade 2 and 3 acute oesophagitis were 21 (17%) and 7 (6%), respectively.",
     {("rate", "2", 17.0), ("count", "2", 21.0), ("rate", "3", 6.0), ("count", "3", 7.0)}),
    ("Late grades 2 and 3 pneumonitis occurred in 13 (11%) and 5 (4%), respectively.",
     {("rate", "2", 11.0), ("count", "2", 13.0), ("rate", "3", 4.0), ("count", "3", 5.0)}),
])
def test_two_grades_then_two_counts_with_rates_respectively(sentence, expected):
    got = found(sentence)
    assert {(f.fields["measure"], f.fields["grade"], f.fields["value"]) for f in got} == expected
    assert all(f.group is None for f in got)  # the grades', not two unnamed groups'


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Local, regional and distant failures were seen in 6, 9 and 14 patients, respectively.",
     {("FAIL_LOCAL", None, 6.0), ("FAIL_REGIONAL", None, 9.0), ("FAIL_DISTANT", None, 14.0)}),
    ("Transient grade 4 anaemia or thrombocytopenia occurred in 7 and 3 patients, respectively, but resolved.",
     {("TOX", "4", 7.0), ("TOX", "4", 3.0)}),
])
def test_bare_counts_of_listed_outcomes_respectively(sentence, expected):
    got = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert {(f.fields["endpoint"], f.fields["grade"], f.fields["value"]) for f in got} == expected


@pytest.mark.parametrize("sentence", [
    # the counts are the arms', not the outcomes' one each
    "Local and distant failures were seen in 6 and 14 patients, respectively, in the A and B arms.",
    # one outcome, two counts: whose is not said
    "Grade 3 nausea and vomiting occurred in 8 and 5 patients, respectively.",
])
def test_bare_counts_respectively_not_read_one_per_outcome(sentence):
    assert not [f for f in found(sentence) if f.pattern_id == "result.count.respectively"]


@pytest.mark.parametrize("sentence", [
    "Grade 3 or 4 anaemia and neutropenia occurred in 19% and 12% of patients, respectively.",
    "Grade 2 or higher dermatitis and mucositis were seen in 40% and 22% of the patients, respectively.",
])
def test_of_patients_after_a_list_is_no_group(sentence):
    got = found(sentence)
    assert len(got) == 2 and {f.group.label if f.group else None for f in got} == {None}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the toxicities of a sentence
    # a toxicity at any grade then at one grade in its bracket
    ("Fatigue was common (52%; grade 3 in 6%) as was anorexia (37%; grade 3 in 4%).",
     {("fatigue", None, 52.0), ("fatigue", "3", 6.0), ("anorexia", None, 37.0), ("anorexia", "3", 4.0)}),
    ("Mucositis was frequent (44%, grade 3-4 in 10%), and rash (29% any grade; 5% grade 3) was seen too.",
     {("mucositis", None, 44.0), ("mucositis", "3-4", 10.0), ("rash", None, 29.0), ("rash", "3", 5.0)}),
    # a toxicitys rates under grade labels in its bracket
    ("Toxicity was modest; thrombocytopenia (grade 3, 6.5%; grade 4, 2.1%) and diarrhoea (grade 3, 4%; grade 4, "
     "1%) led the list.",
     {("thrombocytopenia", "3", 6.5), ("thrombocytopenia", "4", 2.1), ("diarrhoea", "3", 4.0),
      ("diarrhoea", "4", 1.0)}),
    ("Mucositis developed in 21 of 140 patients (any grade: 15%; grade 3 or worse: 5%).",
     {("mucositis", None, 15.0), ("mucositis", ">=3", 5.0)}),
    ("Rash (all grades, 33%; grade 3, 7%) was managed with creams.",
     {("rash", None, 33.0), ("rash", "3", 7.0)}),
    # terms joined to an event are events too
    ("The commonest effects were anaemia and fatigue (which were seen in 22% and 35% of patients, respectively).",
     {("anaemia", None, 22.0), ("fatigue", None, 35.0)}),
    ("Drug K gave more blood toxicity, chiefly grade 3/4 leukopenia and neutropenia (which occurred in 44% and 29% "
     "of patients, respectively).", {("leukopenia", "3-4", 44.0), ("neutropenia", "3-4", 29.0)}),
    # two grades of events then the event and its two rates
    # two grades of events in general, then the one event they were: each value is that event's at its grade
    ("Grade 3 and 4 adverse events were chiefly febrile neutropenia (9% and 3%, respectively).",
     {("febrile neutropenia", "3", 9.0), ("febrile neutropenia", "4", 3.0)}),
    ("Grade 3 and 4 toxicities consisted mostly of diarrhoea (13% and 2%, respectively).",
     {("diarrhoea", "3", 13.0), ("diarrhoea", "4", 2.0)}),
    # "of patients" between the values and "respectively"
    ("Grade 3 and 4 thrombocytopenia occurred in 14% and 6% of patients, respectively.",
     {("thrombocytopenia", "3", 14.0), ("thrombocytopenia", "4", 6.0)}),
])
def test_the_toxicities_of_a_sentence(sentence, expected):
    assert _tox(sentence) == expected


@pytest.mark.parametrize(("sentence", "labels"), [
    # the group of each value
    # a label before each value set off by semicolons
    ("The 3-year survival rates were as follows: stage I, 71.0%; stage II, 48.5%; stage III, 20.4%.",
     ["stage I", "stage II", "stage III"]),
    ("The 5-year local control rates were as follows: T1, 92%; T2, 80%; and T3, 61%.", ["T1", "T2", "T3"]),
    # one endpoint said again by a pronoun for subgroups
    ("The overall response rate was 58%; it was 71% and 40% for low-grade and high-grade tumours, respectively.",
     [None, "low-grade", "high-grade"]),
    ("Local control was 84% overall, while it was 92%, 85% and 70% for T1, T2 and T3 tumours, respectively.",
     [None, "T1", "T2", "T3"]),
    # subgroups named after of then their values
    ("The 3-year overall survival of N0 and N1 patients was 72% and 48%, respectively.", ["N0", "N1"]),
    ("Local control of the T1, T2 and T3 subgroups was 97%, 88% and 70%, respectively.", ["T1", "T2", "T3"]),
    # a labelled list that starts with all patients
    ("The 5-year survival was 7% overall, 12% for T1 tumours, and 15% for patients who declined surgery.",
     [None, "T1 tumours", "patients who declined surgery"]),
    ("The 2-year local control rate was 81% overall, 90% for lesions under 2 cm and 66% for larger lesions.",
     [None, "lesions under 2 cm", "larger lesions"]),
])
def test_the_group_of_each_value(sentence, labels):
    assert [f.group.label if f.group else None for f in found(sentence)] == labels


def test_of_a_list_that_names_no_people_is_no_subgroup():
    assert [f.group for f in found("The 2-year rates of local and regional failure were 9% and 14%, respectively.")] \
        == [None, None]


@pytest.mark.parametrize("sentence", [
    "Surgery was associated with better overall survival than radiotherapy in the first 6 months after diagnosis "
    "(adjusted HR, 0.48 [95% CI, 0.30-0.77]).",
    "Overall survival favoured the operated patients during the first 4 months (HR 0.57; 95% CI 0.36-0.90).",
])
def test_a_time_window_is_no_median(sentence):
    assert [r for r in rows(sentence) if r[1] == "median"] == []


@pytest.mark.parametrize(("sentence", "kept"), [
    # a share after a sign after the quantity it bounds is a cut-off: no rate
    ("Grade 3 pneumonitis occurred in the group with V20 ≤32% and the group with V20 >32% at rates of 4% and 27%.",
     set()),
    ("Median survival was shorter for patients with KPS <80% (5.2 vs 9.9 months).", set()),
    # a bound of the result itself is kept
    ("Grade 3 bleeding rates were <3% overall.", {3.0}),
])
def test_a_share_that_bounds_a_quantity_is_a_cut_off_not_a_rate(sentence, kept):
    rates = {f.fields["value"] for f in found(sentence) if f.fields["measure"] == "rate"}
    assert not rates & {32.0, 80.0}
    assert kept <= rates


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overall survival was 64 +/- 4.8% at 2 years and 38 +/- 5.5% at 5 years.", {(24.0, 64.0), (60.0, 38.0)}),
    ("The 3-year local control rate was 81 ± 6%.", {(36.0, 81.0)}),
])
def test_a_rate_said_with_its_spread_takes_the_unit_written_after_the_spread(sentence, expected):
    assert {(f.fields.get("timepoint_months"), f.fields["value"]) for f in found(sentence)
            if f.fields["measure"] == "rate"} == expected


def test_the_corresponding_curve_after_a_list_of_times_is_at_those_times():
    first = find_results(normalize("The 3- and 5-year overall survival rates were 47% and 29%, respectively.").text)
    second = find_results(normalize("The corresponding cancer-specific survival was 66% and 51%.").text,
                          previous=first.sentence)
    assert {(f.fields["endpoint"], f.fields["timepoint_months"], f.fields["value"]) for f in second.found} == {
        ("CSS", 36.0, 66.0), ("CSS", 60.0, 51.0)}
    assert not [f for f in second.found if f.group is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    # counts with shares before each response code
    ("Best responses were 2 (6%) CR, 12 (36%) PR and 15 (45%) SD.",
     {("CR", 2.0), ("CR", 6.0), ("PR", 12.0), ("PR", 36.0), ("SD", 15.0), ("SD", 45.0)}),
    ("Responses included 1 (5%) PR, 9 (45%) SD, and 10 (50%) PD.",
     {("PR", 1.0), ("PR", 5.0), ("SD", 9.0), ("SD", 45.0), ("PD", 10.0), ("PD", 50.0)}),
    # a result judged by named criteria is read
    # the scale a result was judged by, in brackets or after "by", is no definition
    ("Neutropenia and anaemia (NCI criteria) occurred in 34% and 12% of patients, respectively.",
     {("TOX", 34.0), ("TOX", 12.0)}),
    ("A partial response by RECIST criteria was recorded in 27% of patients.", {("PR", 27.0)}),
    ("The 5-year cause-specific survival was 58%.", {("CSS", 58.0)}),
    # failure sites in the bracket after a failure rate
    ("The overall incidence of recurrence was 31% (local or regional 9%, systemic 22%).",
     {("FAIL_ANY", 31.0), ("FAIL_LOCAL", 9.0), ("FAIL_DISTANT", 22.0)}),
    ("Recurrence occurred in 26% of patients (local 6%, regional 4%, distant 16%).",
     {("FAIL_ANY", 26.0), ("FAIL_LOCAL", 6.0), ("FAIL_REGIONAL", 4.0), ("FAIL_DISTANT", 16.0)}),
    # shares that add up to more than the whole are no breakdown of it
    ("Relapse was seen in 25% (local 10% and distant 30%).", {("FAIL_ANY", 25.0)}),
])
def test_the_endpoints_and_values_found(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 3-year survival rates of men and women were 35% and 47%, respectively.",
     {("men", 35.0), ("women", 47.0)}),
    ("Median progression-free survival of responders and non-responders was 14.6 and 5.1 months, respectively.",
     {("responders", 14.6), ("non-responders", 5.1)}),
    ("The 2-year survival of smokers and never-smokers was 48% and 61%, respectively.",
     {("smokers", 48.0), ("never-smokers", 61.0)}),
])
def test_people_listed_after_of_are_the_groups_of_the_values(sentence, expected):
    assert {(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tumour response was seen in 22% of patients (95% CI 14-31).", {("ORR", 22.0)}),
    ("The rate of radiographic response was 41%.", {("ORR", 41.0)}),
    ("A complete tumour response was recorded in 9% and a partial tumour response in 30%.",
     {("CR", 9.0), ("PR", 30.0)}),
    ("A complete or partial tumour response occurred in 39% of patients.", {("ORR", 39.0)}),
])
def test_a_tumours_response_is_the_objective_response(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)
            if f.fields["measure"] == "rate"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Across the pooled trials, tumour response (OR 0.61, 95% CI 0.52 to 0.70) and one-year survival (OR 0.88, "
     "95% CI 0.79 to 0.97) favoured the triplet.", {("ORR", 0.61), ("OS", 0.88)}),
    ("Adding the antibody improved local control (OR 0.47; 95% CI, 0.30-0.74) and 3-year survival (OR 0.72; "
     "95% CI, 0.55-0.94).", {("LC", 0.47), ("OS", 0.72)}),
])
def test_a_ratio_bracket_right_after_an_outcome_is_that_outcomes(sentence, expected):
    # the next outcome, which has a ratio bracket of its own, does not take this ratio
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "or"} \
        == expected


@pytest.mark.parametrize("sentence", [
    "Grade 3 or 4 events occurred in 31.2% of patients given drug Q and 24.5% of those given placebo; the most "
    "common event of grade 3 or 4 was anaemia (6.1% and 2.2%, respectively).",
    "The commonest toxicity of grade 3 or 4 was rash (7.5% and 1.9%, respectively) in the two arms.",
])
def test_grade_3_or_4_is_one_range_not_two_grades_to_pair(sentence):
    assert not {g for _, g, _ in _tox(sentence)} & {"3", "4"}


@pytest.mark.parametrize("sentence", [
    "For PFS both 'two or more organs involved vs. one organ' (HR 0.40, 0.20-0.80, p = 0.01) and a 'Karnofsky score "
    "of 90 % vs. 70-80 %' (HR 3.9, 1.5-9.9, p = 0.03) were significant prognostic factors.",
    "On multivariable analysis, albumin above 35 g/L versus below (HR 0.61; 95% CI 0.40-0.93) was associated with "
    "longer overall survival.",
])
def test_a_ratio_between_the_levels_of_a_factor_is_not_all_patients(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "hr" and f.group is None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Independent predictors of worse PFS were serum albumin below 30 g/L (HR 2.2, 95% CI 1.3-3.7) and bone "
     "involvement (HR 1.6, 95% CI 1.1-2.4).", [("PFS", 2.2, "serum albumin below 30 g/L"),
                                             ("PFS", 1.6, "bone involvement")]),
    ("On univariable analysis, overall survival was associated with smoking history (HR 1.45; 95% CI 1.02-2.06).",
     [("OS", 1.45, "smoking history")]),
])
def test_a_factor_named_after_the_clause_before_its_ratio(sentence, expected):
    # "factors for X were F (HR ...)", "X was associated with F (HR ...)": the factor is the words after the clause
    got = [(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "hr"]
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Both relapse (HR, 2.40; 95% CI, 1.50 to 3.80) and grade 3 or higher pneumonitis (HR, 1.90; 95% CI, 1.10 to "
    "3.30) were associated with decreased overall survival.",
    "As time-dependent covariates, local failure (HR 1.8, 95% CI 1.2-2.7) and distant failure (HR 3.1, 95% CI "
    "2.0-4.8) were associated with reduced overall survival.",
])
def test_outcomes_named_as_factors_of_survival_are_factors(sentence):
    # the events before the brackets are the factors; the survival after them is the outcome of both ratios
    got = [(f.fields["endpoint"], f.group.label if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "hr"]
    assert len(got) == 2 and all(code == "OS" and label for code, label in got)


@pytest.mark.parametrize("sentence", [
    # a duration labelling the rate after it is no median
    "Survival after segmentectomy was lower than that of those undergoing lobectomy (5 years, 81%; 10 years, 66%).",
    "Survival favoured the larger resection (3 years: 74%; 5 years: 63%).",
    # a bound of survival without a median is no median
    # a bound of survival with no median said is a threshold, not a median (a table's row label here)
    "Survival > 24 months (n) 26 26",
    "Survival > 120 days (n) 31 29",
    # an age before a value is still no outcome
    # guard: the age itself is no median survival
    "Patients older than 65 years were included.",
])
def test_no_median_without_one_said(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "median"]


@pytest.mark.parametrize("sentence", [
    "The most common adverse events (most of them grade 1 or 2) were nausea (64.2%), rash (51.0%) and fatigue (40.3%).",
    "Frequent toxicities (majority, grade 1-2) included diarrhoea (58%) and vomiting (37%).",
])
def test_a_grade_in_a_bracket_before_the_terms_is_not_their_rates_grade(sentence):
    # how severe most events were, said in an aside, is no grade the rates were counted at
    got = _tox(sentence)
    assert got and {g for _, g, _ in got} == {None}


@pytest.mark.parametrize("sentence", [
    "Median PFS was 9.1 months and a RR of 33.5% was seen.",
    "The RR was 41 % with a median PFS of 7.7 months.",
])
def test_rr_with_a_percentage_is_a_response_rate_not_a_ratio(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] in ("rr", "hr", "or")]


@pytest.mark.parametrize("sentence", [
    "Among the adverse events, the incidence of PPE in the XY arm was higher (48% vs 9%).",
    "Adverse events were common; the rate of HFS was 31%.",
])
def test_the_rate_of_an_unknown_event_is_not_adverse_events_in_general(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == "TOX" and not f.fields.get("category")]


@pytest.mark.parametrize("sentence", [
    "There were 58 deaths in 210 randomly assigned patients.",
    "The 3-year overall survival was 44% in all evaluable patients.",
    "Fatigue was common in the second arm, whereas the 2-year overall survival was 64%.",
    "Two deaths occurred in arm B, which represents an overall rate of toxic deaths of 2.1% in the study.",
    "The median time to progression for this cohort of patients was 6.2 months.",
])
def test_a_value_of_all_patients_beside_words_that_name_all_of_them_stays(sentence):
    assert [f for f in found(sentence) if f.group is None]


# "There were 30 deaths in the A arm, and median OS was 12 months": the group named ends its clause; the clause after
# ", and" is of an outcome of its own, said of no group (all patients), not the A arm's
@pytest.mark.parametrize("sentence, endpoint", [
    ("There were 95 progression events in the gemcitabine arm, and median overall survival was 13 months.", "OS"),
    ("Four deaths occurred in the high-dose cohort, and the 2-year local control rate was 91%.", "LC"),
])
def test_a_group_named_at_the_end_of_an_earlier_clause_is_not_the_next_clauses(sentence, endpoint):
    rows = [f for f in found(sentence) if f.fields["endpoint"] == endpoint]
    assert len(rows) == 1 and rows[0].group is None


def test_a_group_named_after_the_clause_break_is_still_its_values():
    rows = found("Grade 3 rash was rare in the low-dose cohort, and the objective response rate was 24% in the "
                 "high-dose cohort.")
    assert [(f.fields["endpoint"], f.group.label) for f in rows] == [("ORR", "high-dose cohort")]


@pytest.mark.parametrize("sentence, value", [
    ("The HR was 0.71 (median PFS, 7.2 v 6.0 months; P = .02) in the low-dose group and 0.80 (median PFS, 6.9 v 6.0 "
     "months; P = .04) in the high-dose group.", 6.9),
    ("Relapse was rarer in the boost groups: 12% (low boost) and 15% (high boost).", 12.0),
    ("In all, 31 patients (22%) in the sequential group had a CR compared with no concurrent-treated patients "
     "(0%).", 0.0),
    ("The disease control rate was 41% in the observation group, the maintenance group reached a DCR of 67%.", 67.0),
    ("Median PFS for the marker-high subgroup (n = 40) was 9.9 (3.1-14.0) months vs 4.4 (2.0-8.1) months in the "
     "two arms.", 9.9),
    ("The earlier trial favoured the doublet arm, with 1-year survival of 17% and 23%, respectively.", 17.0),
])
def test_a_group_named_before_a_value_is_not_its_when_another_may_be(sentence, value):
    assert not [f for f in found(sentence) if f.fields["value"] == value and f.group is not None
                and f.group.label and f.group.label.lower() in ("low-dose group", "boost groups", "sequential group",
                                                                "observation group", "marker-high subgroup",
                                                                "doublet arm")]


@pytest.mark.parametrize("sentence", [
    "Fatigue led to a dose cut in the 160-mg group, and the response rate was 77% (95% CI 64-87%) across doses.",
    "Rash was frequent in the weekly arm, and the response rate reached 58% overall.",
])
def test_a_value_said_of_all_after_a_group_is_all_patients(sentence):
    assert [f.fields["value"] for f in found(sentence) if f.group is None] in ([77.0], [58.0])


@pytest.mark.parametrize("sentence, label", [
    ("Although patients with marker-negative disease had good outcomes (ORR, 41%; median PFS, 7.6 months), a subset "
     "did poorly.", "patients with marker-negative disease"),
    ("T2N1 patients had a better survival at 3 years (77.2%) than expected.", "T2N1 patients"),
    ("Those older than 80 years showed a median OS of 8.8 months.", "older than 80 years"),
])
def test_a_subject_that_names_a_part_of_the_patients_is_whom_the_values_are_of(sentence, label):
    rows = found(sentence)
    assert rows and all(f.group is not None and f.group.label.lower() == label.lower() for f in rows)


@pytest.mark.parametrize("sentence", [
    "Grade 3 events in the control arm were rash (4.9%) and cough (2.2%).",
    "Among the adverse events of the experimental group, fatigue was the most frequent (61.7%).",
])
def test_a_value_beside_a_group_named_by_its_role_only_is_not_all_patients(sentence):
    out = extract_text("Methods: Patients were randomly assigned to arm A or arm B. Results: We enrolled 120 "
                       "patients. " + sentence)
    # (nor a new group named by the role, beside the paper's arms A and B)
    assert not [r for r in out["results"] if r["value"] in (4.9, 2.2, 61.7)
                and (r["cohort"] == "all" or "control" in r["cohort"] or "experimental" in r["cohort"])]


@pytest.mark.parametrize("sentence", [
    "The 3-year tumour-specific survival was 77%.",
    "Melanoma-specific survival at 2 years reached 88%.",
    "PCa-specific survival was 91% at 10 years.",
])
def test_survival_specific_to_the_named_cancer_is_cancer_specific_survival(sentence):
    assert [r[0] for r in rows(sentence)] == ["CSS"]


@pytest.mark.parametrize("sentence", [
    "Late toxicities (reported more than 6 months after radiotherapy) included rash in 12% of patients.",
    "Grade 3 toxicity seen at least 3 months from surgery occurred in 9% of patients.",
])
def test_the_lower_bound_of_a_window_of_events_is_no_time_point(sentence):
    got = rows(sentence)
    assert got and all(r[2] is None for r in got)


@pytest.mark.parametrize("sentence, last", [
    ("Grade 3 toxicities included nausea (6%), vomiting (4%), stomatitis (3%) and peripheral sensory neuropathy (2%).",
     "peripheral sensory neuropathy"),
    ("The grade 3 or 4 adverse events seen most often were neutropenia (41%), fatigue (17%), anorexia (9%), "
     "diarrhoea (8%) and hand-foot syndrome (6%).", "hand-foot syndrome"),
])
def test_a_grade_said_at_a_lists_head_is_every_listed_events(sentence, last):
    got = {f.fields.get("category"): f.fields.get("grade") for f in found(sentence)}
    assert got.get(last) in ("3", "3-4")


@pytest.mark.parametrize("sentence", [
    "Grade 3 toxicity was rare; fatigue occurred in 40% of patients.",
    "Grade 4 events were absent; nausea was reported by 22% of patients.",
])
def test_a_grade_does_not_cross_a_semicolon_to_the_next_clauses_event(sentence):
    assert [f.fields.get("grade") for f in found(sentence) if f.fields.get("endpoint") == "TOX"] == [None]


@pytest.mark.parametrize("sentence", [
    "Nearly all patients reported at least one AE (93.1%).",
    "Most patients had at least one adverse event of any grade (87%).",
])
def test_at_least_one_event_is_no_count_of_one_patient(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["value"] == 1.0]


@pytest.mark.parametrize(("sentence", "grade"), [
    # a grade bounded in words before it, as the paper says it
    ("Complications above grade 2 arose in 11 patients (4.6%).", ">2"),
    ("Toxicity worse than grade 2 occurred in 7 patients (5%).", ">2"),
    ("Toxicity lower than grade 3 was seen in 31 patients (22%).", "<3"),
    # the grade itself, and the bound after it, as before
    ("Grade 2 toxicity was seen in 31 patients (22%).", "2"),
    ("Toxicity of grade 3 or above occurred in 7 patients (5%).", ">=3"),
])
def test_a_grade_bounded_in_words(sentence, grade):
    assert {f.fields["grade"] for f in found(sentence) if f.fields["endpoint"] == "TOX"} == {grade}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a disease state after counted responses in one list is a count too, though it has no plural
    ("In all, 7 partial responses and 19 stable disease were recorded.", {("PR", 7.0), ("SD", 19.0)}),
    ("Over the whole study there were 2 complete responses, 9 partial responses and 14 progressive disease.",
     {("CR", 2.0), ("PR", 9.0), ("PD", 14.0)}),
])
def test_disease_states_listed_after_counted_responses(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"} \
        == expected


@pytest.mark.parametrize(("sentence", "label", "n"), [
    # people named by what they did or had done, after them
    ("The 3-year survival rate for the 41 patients finishing the trial was 47%.", "patients finishing the trial", 41),
    ("The median survival for those patients completely resected was 27.1 months.", "patients completely resected",
     None),
    # a subset narrowed by what its patients had
    ("The 5-year survival of completely resected patients with chest wall invasion was 33.0%.",
     "completely resected patients with chest wall invasion", None),
])
def test_an_outcome_of_people_named_by_what_they_did_is_theirs(sentence, label, n):
    (f,) = found(sentence)
    assert (f.group.label, f.group.n) == (label, n)


def test_a_narrower_subset_is_a_cohort_of_its_own():
    text = ("Surgery for lung cancer invading the chest wall: a review of 97 patients\n\nResults: The 5-year survival "
            "of completely resected patients was 37.4%. The 5-year survival of completely resected patients with "
            "N0 disease was 45.3%.")
    rows = {r["value"]: r["cohort"] for r in extract_text(text, "series.txt")["results"] if r["endpoint"] == "OS"}
    assert rows[37.4] != rows[45.3] and "all" not in (rows[37.4], rows[45.3])


@pytest.mark.parametrize(("sentence", "code", "value"), [
    ("Two patients had regional failure; the 3-year local-regional control rate was 88.4%.", "LC", 88.4),
    ("The 3-year rate of disseminated failure was 19.7%.", "FAIL_DISTANT", 19.7),
])
def test_more_names_of_control_and_distant_failure(sentence, code, value):
    assert (code, value) in {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)
                             if f.fields["measure"] == "rate"}


def test_a_short_name_the_paper_gives_to_other_words_names_no_endpoint():
    text = ("Open versus thoracoscopic segmentectomy\n\nThis study compares thoracoscopic segmentectomy (TS) with open "
            "segmentectomy (OS) in 58 patients. The OS group had a complication rate of 19% and the TS group 8%. "
            "Values are given as mean and standard deviation (SD); 12 SD was the widest spread.")
    got = extract_text(text, "surgery.txt")["results"]
    assert not [r for r in got if r["endpoint"] in ("OS", "SD")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Complete resection was achieved in 43 patients (81%).", {("count", 43.0), ("rate", 81.0)}),
    ("The complete resection rate was 88.5%.", {("rate", 88.5)}),
])
def test_complete_resection_achieved_is_an_r0_result(sentence, expected):
    assert {(f.fields["measure"], f.fields["value"]) for f in found(sentence)
            if f.fields["endpoint"] == "R0_RESECTION"} == expected


@pytest.mark.parametrize("sentence", [
    # who the patients are: those resected completely
    "The 5-year survival of patients who underwent complete resection was 58%.",
    "Despite complete resection, 19 of 47 patients (40%) had a recurrence.",
    "Patients who undergo complete resection will have 97% disease-free survival at 5 years.",
])
def test_complete_resection_of_the_people_described_is_no_r0_result(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == "R0_RESECTION"]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("The 5-year survival rates were 52% and 31% for patients with and without nodal involvement, respectively.",
     ["patients with nodal involvement", "patients without nodal involvement"]),
    ("Median survival was 21 and 9 months for stage III patients treated with and without surgery, respectively.",
     ["stage III patients treated with surgery", "stage III patients treated without surgery"]),
    # (the list read before as a suspended one, so that no half label "N2 patients treated with" came out)
    ("Survival rates were 20% and 6% for N2 patients treated with and without induction chemotherapy, respectively.",
     ["N2 patients treated with induction chemotherapy", "N2 patients treated without induction chemotherapy"]),
])
def test_two_kinds_of_patients_with_and_without_something_respectively(sentence, labels):
    assert [f.group.label for f in found(sentence)] == labels


@pytest.mark.parametrize("sentence", [
    "Tissue from deceased donors was used in 14 patients (20%).",
    "Patients continued to receive drug K until progression or unacceptable toxicity.",
])
def test_deceased_donors_and_a_schedule_are_no_counts(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("DEATH", "TREATMENT_ONGOING")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Median OS was 8.7 and 8.1 months with drug A and drug B, respectively.",
     {(8.7, "drug A"), (8.1, "drug B")}),
    ("Response rates were 31% and 22% with 'early drug K' and 'late drug K', respectively.",
     {(31.0, "early drug K"), (22.0, "late drug K")}),
])
def test_values_respectively_with_the_treatments_named_after(sentence, expected):
    assert {(f.fields["value"], f.group.label) for f in found(sentence) if f.group} == expected


@pytest.mark.parametrize("sentence", [
    "Local control rates were 91% and 84% with a median follow-up of 2 and 3 years, respectively.",
    "The 2-year survival rates were 61% and 45%, with 95% CI of 50-70 and 35-55, respectively.",
])
def test_what_came_with_the_values_respectively_is_no_group(sentence):
    assert not [f for f in found(sentence) if f.group]


@pytest.mark.parametrize("sentence", [
    "At data cutoff, median OS was 18.7 months (95% CI 16.6-NC).",
    "Median OS was 18.7 months (95% CI, 16.6 to NC; 24% maturity).",
])
def test_an_upper_bound_not_calculable_leaves_the_lower_bound_an_interval(sentence):
    extraction = extract_text(f"Trial\n\nAbstract\nResults: {sentence}\n")
    assert [r["value"] for r in extraction["results"]] == [18.7]
    assert not [u for u in extraction["unexplained"] if u["value"] == 16.6]  # the bound is an interval's, explained


@pytest.mark.parametrize(("sentence", "count", "share"), [
    ("A local recurrence developed in one patient (1/6, 16.7%).", 1, 16.7),
    ("Grade 3 diarrhoea occurred in three patients (3/25; 12%).", 3, 12.0),
    ("The disease control rate was 61% (33 of the 54).", 33, 61.0),
])
def test_a_count_over_its_total_with_its_share_in_one_bracket(sentence, count, share):
    got = {(f.fields["measure"], f.fields["value"]) for f in found(normalize(sentence).text)}
    assert {("count", float(count)), ("rate", share)} <= got


def test_an_interval_named_in_the_plural_is_the_values_interval():
    (f,) = found("Median PFS was 9.4 months (95% confidence intervals [CI]: 8.1-10.9).")
    assert (f.fields["ci_low"], f.fields["ci_high"]) == (8.1, 10.9)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overall, 131 patients (87%) received all four cycles of chemotherapy.",
     {("TREATMENT_COMPLETION", "count", 131.0), ("TREATMENT_COMPLETION", "rate", 87.0)}),
    ("Only 71% of patients received the 3 planned cycles of drug K.", {("TREATMENT_COMPLETION", "rate", 71.0)}),
    ("In total, 58 of 70 patients (83%) completed all 6 courses.",
     {("TREATMENT_COMPLETION", "count", 58.0), ("TREATMENT_COMPLETION", "rate", 83.0)}),
    # a count in a name of the vocabulary is still that name's ("30-day mortality")
    ("The 30-day mortality was 3.1%.", {("DEATH", "rate", 3.1)}),
])
def test_completion_of_all_the_cycles_whatever_their_number(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
            for f in found(normalize(sentence).text)} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thirty-one patients (78%) completed four cycles.",
     {("TREATMENT_COMPLETION", "count", 31.0), ("TREATMENT_COMPLETION", "rate", 78.0)}),
    ("Only 55% of patients completed 6 courses of chemotherapy.", {("TREATMENT_COMPLETION", "rate", 55.0)}),
    # the cycles a patient completed, not a number of cycles given or the median of them
    ("Patients who completed two cycles went on to resection.", set()),
    ("Patients completed a median of four cycles (range, 1 to 6).", set()),
    # fewer cycles than another number completed are short of the course
    ("Overall, 40 patients (80%) completed 4 cycles and 31 (62%) completed 6 cycles.", set()),
])
def test_the_cycles_a_patient_completed_are_the_course_completed(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
            for f in found(normalize(sentence).text) if f.fields["endpoint"] == "TREATMENT_COMPLETION"} == expected


def test_each_arms_completion_of_its_cycles_with_its_count_over_its_size():
    text = ("Methods: We randomly assigned patients to drug K (n = 40) or drug M (n = 50). Results: Overall, 85.0% "
            "(34/40) of patients in the drug K arm and 64.0% (32/50) in the drug M arm completed 3 cycles.")
    got = {(r["cohort"], r["measure"], r["value"]) for r in extract_text(text, "cycles.txt")["results"]
           if r["endpoint"] == "TREATMENT_COMPLETION"}
    assert got == {("drug_k", "count", 34.0), ("drug_k", "rate", 85.0), ("drug_m", "count", 32.0),
                   ("drug_m", "rate", 64.0)}


@pytest.mark.parametrize("sentence", [
    "Overall, 61% of patients received all three cycles of treatment and a further 29% received one or two cycles.",
    "Grade 3 rash occurred in 18% of patients, and another 9% needed a dose delay.",
])
def test_a_further_share_is_not_the_outcome_named_before_it(sentence):
    got = {f.fields["value"] for f in found(normalize(sentence).text)}
    assert 29.0 not in got and 9.0 not in got


def test_another_count_with_its_own_outcome_after_it_is_read():
    got = {(f.fields["endpoint"], f.fields["value"]) for f in found(
        "Complete response was seen in 20% and another 31 (21%) had a partial response.")}
    assert {("CR", 20.0), ("PR", 31.0), ("PR", 21.0)} <= got


@pytest.mark.parametrize("sentence, first, second", [
    ("One-year survival was significantly greater with D60 than with the standard regimen (41% v 27%; P = .03).",
     "D60", "standard regimen"),
    ("Local control was better in T1 tumours than in T3 tumours (91% v 64%).", "T1 tumours", "T3 tumours"),
])
def test_a_group_named_by_a_code_with_digits_is_compared_by_that_name(sentence, first, second):
    a, b = found(sentence)
    assert (a.group.label, b.group.label) == (first, second) and a.group.unnamed is None


@pytest.mark.parametrize("sentence, grade, values", [
    ("Neutropenia of grade 3 or 4 occurred in 58.2% of the patients.", "3-4", {58.2}),
    ("Diarrhoea of grade 3 or higher was seen in 14 patients (9%).", ">=3", {14.0, 9.0}),
    ("Rash (grade 2) developed in 11 patients (7%).", "2", {11.0, 7.0}),
])
def test_a_grade_said_after_the_event_is_its_grade(sentence, grade, values):
    out = found(sentence)
    assert {f.fields["value"] for f in out} == values and {f.fields["grade"] for f in out} == {grade}


def test_the_most_common_event_of_some_patients_is_the_term_named_after_them():
    out = found("The most common adverse event in patients who received drug A alone or drug B alone was nausea "
                "(18% and 20%, respectively).")
    assert not [f for f in out if f.fields["category"] is None]


@pytest.mark.parametrize("sentence, expected", [
    ("Acute grade 1 and 2 cystitis occurred in 34% and 9% of patients.",
     {("cystitis", "1", 34.0), ("cystitis", "2", 9.0)}),
    ("Grade 2 and 3 mucositis was seen in 41% and 12%.", {("mucositis", "2", 41.0), ("mucositis", "3", 12.0)}),
])
def test_two_grades_joined_by_and_take_the_two_values_after_the_event_in_order(sentence, expected):
    assert {(f.fields["category"], f.fields["grade"], f.fields["value"]) for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    "Grade 3 and 4 neutropenia occurred in 20% and 6% of patients in the two arms.",
    "Grade 3 or 4 neutropenia occurred in 20% and 6% of patients.",
])
def test_two_values_after_grades_said_of_groups_or_as_one_class_are_not_one_value_per_grade(sentence):
    assert not [f for f in found(sentence) if f.fields["grade"] in ("3", "4")]


@pytest.mark.parametrize("sentence, first, second", [
    ("Sleeve lobectomies gave longer 3-year survival, when compared with pneumonectomies (54.1% versus 37.6%; "
     "p = 0.02).", "Sleeve lobectomies", "pneumonectomies"),
    ("Lobectomy yielded better 3-year local control compared with wedge resection (93% vs 81%).", "Lobectomy",
     "wedge resection"),
])
def test_a_treatment_as_subject_compared_with_another_names_the_pair(sentence, first, second):
    a, b = found(sentence)
    assert (a.group.label, b.group.label) == (first, second)


@pytest.mark.parametrize("sentence, expected", [
    ("At 3 years, 79% of patients were alive and 58% were free of progression.",
     {("OS", "rate", 79.0, 36), ("PFS", "rate", 58.0, 36)}),
    ("At 1 year, 66% of patients remained free from progression.", {("PFS", "rate", 66.0, 12)}),
    ("A complete metabolic response was achieved by 27 of 45 patients (60%).",
     {("CR", "count", 27.0, None), ("CR", "rate", 60.0, None)}),
])
def test_free_of_progression_and_a_complete_metabolic_response_are_outcomes(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["timepoint_months"])
            for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The cumulative incidence of grade 2 or higher pneumonitis was 14% at 6 months and 23% at 1 year.",
     {("pneumonitis", ">=2", 14.0, 6), ("pneumonitis", ">=2", 23.0, 12)}),
    ("The actuarial risk of rib fracture was 4% at 2 years and 9% at 4 years.",
     {("rib fracture", None, 4.0, 24), ("rib fracture", None, 9.0, 48)}),
])
def test_an_event_s_cumulative_incidence_at_each_time_point(sentence, expected):
    assert {(f.fields["category"], f.fields["grade"], f.fields["value"], f.fields["timepoint_months"])
            for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence, category, grade", [
    ("Nine (25%) patients had grade 3 treatment-related adverse events (five [14%] chest wall pain, two [6%] "
     "dyspnoea, and two [6%] fatigue).", "chest wall pain", "3"),
    ("Seven patients (18%) developed grade 2 or worse late toxicities (chest wall pain in five [13%] and rib "
     "fracture in two [5%]).", "rib fracture", ">=2"),
])
def test_an_event_in_the_bracket_after_graded_events_takes_their_grade(sentence, category, grade):
    assert {f.fields["grade"] for f in found(sentence) if f.fields["category"] == category} == {grade}


@pytest.mark.parametrize("sentence, expected", [
    ("Three-year overall survival was 47%, and was better after lobectomy than after wedge resection (55% versus "
     "38%; p = 0.01).", {(47.0, None), (55.0, "lobectomy"), (38.0, "wedge resection")}),
    ("The response rate was 41%, and was higher with drug A than with drug B (57% vs 26%).",
     {(41.0, None), (57.0, "drug A"), (26.0, "drug B")}),
])
def test_a_clause_that_leaves_out_the_outcome_just_given_compares_two_groups_in_it(sentence, expected):
    assert {(f.fields["value"], f.group.label if f.group else None) for f in found(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    "Five patients had late chest wall toxicity (3 rib fractures, 2 chronic pain, 7.1%).",
    "Late toxicity occurred in 9 patients (5 rib fractures, 4 pneumonitis; 12.2%).",
])
def test_the_share_closing_a_bracket_of_counted_kinds_is_no_kind_s_share(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate" and f.fields["category"]]


@pytest.mark.parametrize("sentence, value", [
    ("Mild local pain was the commonest adverse event (6 of 19 patients, 31.58%).", 31.58),
    ("Two patients died of their cancer (2 died of progression; 3%).", 3.0),
])
def test_a_count_with_its_share_in_one_bracket_is_no_breakdown(sentence, value):
    assert value in {f.fields["value"] for f in found(sentence)}


@pytest.mark.parametrize("sentence", [
    "Of the 90 patients, 61 had died: 41% of heart disease, 30% of the treated tumour and 9% of other causes.",
    "By the last visit 52 patients had died; 28% of treatment-related deaths, 44% of lung cancer, and 12% of unknown "
    "cause.",
])
def test_a_breakdown_of_deaths_by_cause_names_no_groups(sentence):
    rows = extract_text("Results: " + sentence)["results"]
    assert not [r for r in rows if r["measure"] == "rate" and r["endpoint"] == "DEATH"], rows


@pytest.mark.parametrize("sentence", [
    # an outcome the groups had is not the outcome of their pair
    "A longer 4YS was seen in patients with nodal downstaging compared to patients with persistent nodal disease "
    "(52% vs 31%; p=0.04).",
    "The 3YS was higher in patients achieving local control compared with patients with local failure (48% vs 12%).",
    "Adjuvant radiation did not lengthen survival for stage II patients with R1 resections (33% vs 28%; p = 0.41).",
    # an outcome in the people a sentence opens with is not its values
    "Among patients who had local disease control, nodal control at two years was 88%.",
    "Among patients with progressive disease, 96 (64%) continued the study drug beyond progression.",
    "Of the patients who developed local failure, 81% had it inside the high-dose region.",
    # values in a bracket after a change in survival are differences
    "There was a small increase in survival (4% at 1 year and 2% at 3 years) with the longer schedule.",
    "The pooled trials showed an improvement in overall survival (7% at 2 years) for the combined treatment.",
])
def test_values_that_are_no_results_of_the_sentence(sentence):
    assert find_results(sentence).found == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3 toxicity was more frequent in patients with diabetes than in those without (22% vs 9%).",
     ["patients with diabetes", "patients without diabetes"]),
    ("Response rates were higher in women with a BRCA mutation than in those without (61% vs 38%, p = 0.02).",
     ["women with a BRCA mutation", "women without a BRCA mutation"]),
])
def test_those_without_after_than_is_the_first_groups_other_side(sentence, expected):
    assert [f.group.label for f in find_results(sentence).found] == expected


@pytest.mark.parametrize(("sentence", "grade"), [
    ("Drug A was associated with less ≥ grade 3 mucositis (11.2% v 4.8%, P = .02).", ">=3"),
    ("≥Grade 2 rash was seen in 23% of the patients.", ">=2"),
    ("&gt; or =Grade 3 neutropenia was seen in 31% of the patients.", ">=3"),
    ("≤ grade 2 fatigue was reported by 44% of the patients.", "<=2"),
])
def test_a_sign_before_the_word_grade_bounds_the_grade(sentence, grade):
    found = find_results(normalize(sentence).text).found
    assert found and {f.fields["grade"] for f in found} == {grade}


@pytest.mark.parametrize(("sentence", "category"), [
    ("During consolidation one patient died of radiation pneumonitis.", "radiation pneumonitis"),
    ("Two patients died from neutropenic sepsis after the second cycle.", "neutropenic sepsis"),
    ("Four patients died of massive pulmonary haemorrhage, all within a month of treatment.", "haemorrhage"),
])
def test_a_death_of_an_adverse_event_is_grade_5_of_that_event(sentence, category):
    [f] = find_results(sentence).found
    assert (f.fields["endpoint"], f.fields["grade"], f.fields["category"]) == ("TOX", "5", category)


@pytest.mark.parametrize("sentence", [
    "Three patients died of progressive disease within six months.",
    "Two patients died of unrelated causes.",
])
def test_a_death_of_the_disease_or_another_cause_stays_a_death(sentence):
    assert [f.fields["endpoint"] for f in find_results(sentence).found] == ["DEATH"]


@pytest.mark.parametrize("sentence", [
    "A boost improved local disease control over external beam alone (61% vs. 40% at 3 years).",
    "Locoregional disease control at 2 years was 77%.",
])
def test_local_disease_control_is_local_control_not_disease_control(sentence):
    found = find_results(sentence).found
    assert found and {f.fields["endpoint"] for f in found} == {"LC"}


def test_an_outcome_after_the_people_a_sentence_opens_with_is_read():
    [f] = find_results("Among patients with a complete response, median survival was 31 months.").found
    assert (f.fields["endpoint"], f.group.label) == ("OS", "patients with a complete response")


@pytest.mark.parametrize(("sentence", "endpoint", "months", "value"), [
    ("The analysis showed the survival rate 2 years after surgery to be 64%.", "OS", 24.0, 64.0),
    ("The local control rate two years after radiotherapy was 81%.", "LC", 24.0, 81.0),
])
def test_a_time_after_a_rate_counted_from_an_event_is_its_time_point(sentence, endpoint, months, value):
    [f] = find_results(sentence).found
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["timepoint_months"], f.fields["value"]) == (
        endpoint, "rate", months, value)


@pytest.mark.parametrize(("sentence", "n"), [
    ("Among 120 patients with a confirmed KRAS mutation who could be evaluated, the objective response rate was "
     "48% (95% CI, 39 to 57).", 120),
    ("In 44 women without detectable circulating tumour DNA who were evaluable for response, the response rate was "
     "18%.", 44),
])
def test_people_with_a_trait_then_who_of_them_were_assessed_are_the_values_group(sentence, n):
    [f] = find_results(sentence).found
    assert f.group is not None and f.group.n == n


def test_a_change_in_survival_with_each_groups_rate_in_its_bracket_is_read():
    found = find_results("Drug A gave an improvement in survival (45% vs 30% at 2 years).").found
    assert [f.fields["value"] for f in found] == [45.0, 30.0]


@pytest.mark.parametrize("sentence", [
    "Of 72 relapses, 15% were local only and 58% were distant only.",
    "Of the 50 recurrences, 20% were local failures and 64% were distant metastases.",
])
def test_shares_of_the_events_are_no_rates_of_the_patients(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["measure"] == "rate"]


def test_a_count_out_of_its_own_patients_after_the_events_stays():
    found = find_results("Of the 30 later relapses, a second complete remission was achieved in seven of 21 "
                         "patients.").found
    assert 7.0 in {f.fields["value"] for f in found}


@pytest.mark.parametrize(("sentence", "endpoint", "months", "value"), [
    ("Recurrence occurred in 12 patients, giving a 70% 2-year local control rate.", "LC", 24.0, 70.0),
    ("Local tumour progression occurred in 18 patients, resulting in a 61% 3-year actuarial freedom from local "
     "progression.", "LC", 36.0, 61.0),
])
def test_a_value_after_an_article_is_the_outcome_after_it(sentence, endpoint, months, value):
    rates = [f for f in find_results(sentence).found if f.fields["measure"] == "rate"]
    assert [(f.fields["endpoint"], f.fields["timepoint_months"], f.fields["value"]) for f in rates] == [
        (endpoint, months, value)]


@pytest.mark.parametrize("sentence", [
    # progression of the primary tumour is local failure
    "Local primary tumour progression occurred in 18 patients.",
    "Primary tumor progression was seen in 9 patients (15%).",
    # a local treatment failure is local failure
    "Local treatment failure occurred in two cases (5%).",
    "Locoregional treatment failures were seen in 6 patients.",
])
def test_a_local_failure_named_other_ways(sentence):
    assert {f.fields["endpoint"] for f in find_results(sentence).found} == {"FAIL_LOCAL"}


@pytest.mark.parametrize("sentence", [
    "The rates of regional recurrence and brain metastasis were 7.5% (5 of 67) and 13.4% (9 of 67), respectively.",
    "Local failure and contralateral lung disease occurred in 4 (6%) and 7 (10%), respectively.",
])
def test_counts_of_two_listed_items_are_not_two_groups_counts_of_the_first(sentence):
    assert not [f for f in find_results(sentence).found if f.group is not None and f.group.unnamed is not None]


@pytest.mark.parametrize(("sentence", "grade"), [
    ("Eleven patients experienced acute grade 3 toxicity.", "3"),
    ("Nine patients developed late grade 2 pneumonitis.", "2"),
    ("Seven patients suffered chronic grade 2-3 toxicity.", "2-3"),
])
def test_a_count_with_when_its_events_came_before_the_grade(sentence, grade):
    [f] = find_results(sentence).found
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["grade"]) == ("TOX", "count", grade)


@pytest.mark.parametrize("sentence", [
    "In all, 85% of patients died from tumour progression, 4% from treatment-related toxicity, and 11% from other "
    "unrelated conditions.",
    "Of the deaths, 60% were due to the disease, 6% due to toxicity and 34% due to cardiac events.",
])
def test_a_value_named_by_a_cause_no_endpoint_reads_is_not_the_outcome_before(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["value"] in (11.0, 34.0)]


@pytest.mark.parametrize("sentence", [
    "Median PFS was longer with drug A than with drug B (10.1 months vs. 4.4 months; hazard ratio, 0.30; 95% CI, "
    "0.23 to 0.41).",
    "The response rate was higher with drug A (71%) than with drug B (31%) (odds ratio for response, 5.39; 95% CI, "
    "3.47 to 8.48).",
    "Overall survival was longer in the drug A group than in the drug B group, 12.1 vs 9.0 months (HR 0.75, 95% CI "
    "0.6-0.9).",
])
def test_a_ratio_beside_a_named_pair_is_its_first_group_against_the_second(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] in ("hr", "or")]
    assert ratio.group is not None and ratio.comparator is not None
    assert "A" in ratio.group.label and "B" in ratio.comparator.label


@pytest.mark.parametrize("sentence", [
    # an unnamed pair's order is only the values': too close to say whose the ratio is
    "Median OS was 12.1 vs 11.8 months (HR 0.75, 95% CI 0.6-0.9).",
    # ... or saying the ratio is the other way round
    "Median OS was 12.1 vs 9.0 months (HR 1.35, 95% CI 1.1-1.6).",
])
def test_a_ratio_beside_an_unnamed_pair_keeps_no_group(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.group is None


def test_a_ratio_beside_an_unnamed_pair_its_medians_agree_with_is_the_first_groups():
    # a hazard ratio below one is of the group that lived longer, whichever arm the values name first
    [ratio] = [f for f in find_results("Median OS was 12.1 vs 9.0 months (HR 0.75, 95% CI 0.6-0.9).").found
               if f.fields["measure"] == "hr"]
    assert (ratio.group.unnamed, ratio.comparator.unnamed) == (0, 1)


@pytest.mark.parametrize(("sentence", "median", "rate", "months"), [
    ("Median and 1-year survival were 11.2 months and 46%.", 11.2, 46.0, 12.0),
    ("The median and 2-year overall survival were 14 months and 30%, respectively.", 14.0, 30.0, 24.0),
])
def test_median_and_a_time_point_of_one_outcome_are_two_measures(sentence, median, rate, months):
    got = {(f.fields["measure"], f.fields["value"], f.fields["timepoint_months"]) for f in find_results(sentence).found}
    assert got == {("median", median, None), ("rate", rate, months)}


def test_median_and_a_time_point_for_two_groups():
    text = ("Methods: Patients were randomly assigned to drug A (n = 160) or drug B (n = 159). Results: Median and "
            "1-year survival rates were 9.3 months and 38% for drug A versus 7 months and 29% for drug B.")
    got = {(r["cohort"], r["measure"], r["value"]) for r in extract_text(text)["results"]}
    assert got == {("drug_a", "median", 9.3), ("drug_a", "rate", 38.0), ("drug_b", "median", 7.0),
                   ("drug_b", "rate", 29.0)}


def test_a_value_after_other_people_is_not_the_first_populations():
    from oncoev.extract.findings import Found
    from oncoev.extract.mentions import scan
    from oncoev.extract.results import _population_between

    text = ("Median PFS was similar in patients with KRAS mutations (9.1 months) and patients with wild-type KRAS (3.2 "
            "months).")
    s = scan(text)

    def row(value: str) -> Found:
        return Found({"endpoint": "PFS", "measure": "median", "value": float(value)}, text.find("PFS"),
                     text.find(value) + len(value), "result.median", at=text.find(value))

    assert _population_between(s, row("9.1")).label == "patients with KRAS mutations"
    assert _population_between(s, row("3.2")) is None


def test_an_adverse_event_named_before_its_ratio_is_its_category_not_a_group():
    found = find_results("Compared with drug B, drug A caused less grade 3 or 4 neutropenia (odds ratio [OR]: 0.35; "
                         "95% CI: 0.21-0.61), anaemia (OR: 0.62; 95% CI: 0.50-0.85), and thrombocytopenia (OR: 0.48; "
                         "95% CI: 0.3-0.8).").found
    named = {f.fields["value"]: (f.fields.get("category"), f.group) for f in found}
    assert named[0.62] == ("anaemia", None) and named[0.48] == ("thrombocytopenia", None)


@pytest.mark.parametrize(("sentence", "labels"), [
    ("The 12-month local control rate with biologically effective dose >100 Gy versus ≤ 100 Gy was 96% versus 62% "
     "(P=.02).", ["biologically effective dose >100 Gy", "biologically effective dose ≤ 100 Gy"]),
    ("Overall survival for tumour diameter ≤3 cm vs >3 cm was 71% vs 45%.",
     ["tumour diameter ≤3 cm", "tumour diameter >3 cm"]),
])
def test_a_subject_of_two_levels_of_one_measure_is_the_pairs_two_groups(sentence, labels):
    assert [f.group.label for f in find_results(sentence).found] == labels


@pytest.mark.parametrize(("sentence", "endpoint", "measure"), [
    ("The 5-year biochemical recurrence-free survival was 82% in the high-dose arm and 71% in the standard-dose arm.",
     "BRFS", "rate"),
    ("Median bPFS was 48 months.", "BRFS", "median"),
    ("Freedom from biochemical failure at 4 years was 86%.", "BRFS", "rate"),
    ("The clinical benefit rate was 46% (95% CI, 35-57).", "CBR", "rate"),
    ("Distant disease-free survival at 5 years was 89%.", "DMFS", "rate"),
])
def test_endpoints_of_other_cancers_are_their_own(sentence, endpoint, measure):
    found = find_results(sentence).found
    assert found and {(f.fields["endpoint"], f.fields["measure"]) for f in found} == {(endpoint, measure)}


@pytest.mark.parametrize("sentence", [
    "The 3-year freedom from relapse was 60%.",
    "Freedom from recurrence at 5 years was 71% in both arms.",
])
def test_freedom_from_relapse_is_relapse_free_not_a_relapse_rate(sentence):
    assert {f.fields["endpoint"] for f in find_results(sentence).found} == {"DFS"}


@pytest.mark.parametrize("sentence", [
    "Overall survival was longer with drug A than with observation (90 vs. 70 months; hazard ratio for death, 0.70; "
    "P=0.03), as was relapse-free survival (not reached vs. 45.0 months; hazard ratio for recurrence, 0.61).",
    "There were 210 deaths vs. 240 deaths in the two arms; hazard ratio for death, 0.84.",
])
def test_a_ratio_named_for_death_is_the_overall_survival_ratio(sentence):
    found = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert found and found[0].fields["endpoint"] == "OS"


@pytest.mark.parametrize("sentence", [
    "Relapse-free survival was longer with drug A (not reached vs. 45.0 months; hazard ratio for recurrence, 0.61).",
    "Disease-free survival favoured surgery (5-year rates 61% vs. 50%; hazard ratio for relapse, 0.72).",
])
def test_a_ratio_for_recurrence_after_a_recurrence_free_curve_is_that_curves(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.fields["endpoint"] == "DFS"


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Maintenance drug A lowered the risk of disease progression compared with placebo (HR 0.58).", "PFS"),
    ("The risk of recurrence was lower with drug A (HR 0.66; 95% CI, 0.5-0.9).", "DFS"),
])
def test_a_hazard_ratio_of_the_events_is_the_event_free_curves(sentence, endpoint):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.fields["endpoint"] == endpoint


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("There were 250 deaths overall in the drug A group and 241 in the drug B group (unadjusted hazard ratio 1.12).",
     "OS"),
    ("More women died from lung cancer with drug A than with placebo (70 vs 42 deaths; HR 1.66).", "DEATH"),
])
def test_a_hazard_ratio_of_deaths_of_any_cause_is_the_overall_survival_ratio(sentence, endpoint):
    ratios = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratios and {f.fields["endpoint"] for f in ratios} == {endpoint}


@pytest.mark.parametrize("sentence", [
    "Whereas the 30 patients (70%) with persistent nodal disease had a median failure-free survival of 8.0 months.",
    "The 30 patients with persistent nodal disease had a 2-year survival of 40%.",
])
def test_counted_people_with_a_trait_are_the_group_of_their_measure(sentence):
    [f] = find_results(sentence).found
    assert f.group is not None and f.group.label == "30 patients with persistent nodal disease"


def test_a_count_of_people_with_a_trait_stays_a_count():
    found = find_results("16 patients with persistent disease had a partial response.").found
    assert all(f.group is None for f in found)


@pytest.mark.parametrize("sentence", [
    # values of a group named before the sentence are not all patients
    "Median survival for this group was 14.5 months (95% CI: 6.1-20.3).",
    "In this subgroup, responses included 2 (10%) PR and 9 (45%) SD.",
    # values of a group named after them in their bracket are not all patients
    "Survival was affected by response (median survival 50 months and 5-year survival 40% for responders versus 18 "
    "months and 11% for nonresponders).",
    "Outcome differed by stage (3-year survival 62% for stage II vs 31% for stage III).",
])
def test_values_of_a_group_named_near_them_are_not_all_patients(sentence):
    assert not [f for f in find_results(sentence).found if f.group is None]


@pytest.mark.parametrize("sentence", [
    "Twenty responders stopped the drug for reasons other than progressive disease; eleven (55%) of those had "
    "responses lasting more than a year.",
    "Grade 3 rash led to dose reductions in 30 patients; 12 (40%) of them remained on treatment.",
])
def test_a_share_of_those_just_named_after_a_semicolon_is_not_the_outcome_before(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["value"] in (11.0, 55.0, 12.0, 40.0)]


@pytest.mark.parametrize("sentence", [
    "There was no local recurrence in 14 patients (18%) at the last visit.",
    "Local recurrence was not observed in 14 patients (18%).",
    "At the data cut-off, 44 (52%) patients had no reported disease progression.",
    "Overall, 44 patients (52%) remained without disease progression.",
])
def test_a_count_of_the_patients_in_whom_the_outcome_did_not_happen_is_no_count_of_it(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] in ("count", "rate")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Local recurrence occurred in 14 patients (18%), and no recurrence was seen in the others.", 14.0),
    ("No grade 4 toxicity was observed.", 0.0),
])
def test_the_outcomes_own_count_and_a_zero_count_are_kept(sentence, value):
    assert value in [f.fields["value"] for f in found(sentence) if f.fields["measure"] == "count"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the outcome's clause says how it went, then the factors: a level word opens the first factor's name
    ("In a multivariable model, survival was poorer in case of higher nodal stage (relative risk = 1.52) and larger "
     "tumour size (relative risk = 1.21).", {"higher nodal stage": 1.52, "larger tumour size": 1.21}),
    ("On multivariate analysis, overall survival was shorter in patients with lower albumin (HR 1.64) and higher "
     "tumour grade (HR 1.33).", {"lower albumin": 1.64, "higher tumour grade": 1.33}),
    # a threshold in the factor's name ("more than one", "older than 70") is no comparison of groups
    ("On multivariate analysis, survival was worse in case of more than one involved station (HR 1.70) and pleural "
     "invasion (HR 1.25).", {"more than one involved station": 1.70, "pleural invasion": 1.25}),
])
def test_factors_named_after_the_clause_that_says_how_the_outcome_went(sentence, expected):
    got = {f.group.label: f.fields["value"] for f in found(sentence) if f.fields["measure"] in ("hr", "rr")}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Twenty-eight evaluable patients achieved an objective response rate of 39%.",
    "The 28 assessable patients had a response rate of 39% and a disease control rate of 71%.",
])
def test_the_patients_a_rate_is_of_are_no_count_of_the_outcome(sentence):
    got = found(sentence)
    assert not [f for f in got if f.fields["measure"] == "count"]
    assert 39.0 in {f.fields["value"] for f in got if f.fields["measure"] == "rate"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the overall response with its total, then a kind of it: each its own rows
    ("Pain relief was achieved in 27 of 36 patients (75%), with complete pain relief in 10 (28%).",
     {(None, "count", 27.0), (None, "rate", 75.0), ("complete", "count", 10.0), ("complete", "rate", 28.0)}),
    ("Pain response was obtained in 27 of 36 patients (75%), and complete pain response in 10 (28%).",
     {(None, "count", 27.0), (None, "rate", 75.0), ("complete", "count", 10.0), ("complete", "rate", 28.0)}),
])
def test_a_response_with_its_total_then_its_complete_kind(sentence, expected):
    got = {(f.fields.get("category"), f.fields["measure"], f.fields["value"]) for f in found(sentence)
           if f.fields["endpoint"] == "PAIN_RESPONSE"}
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an event said not to exist: "there were no X"
    ("There were no treatment-related deaths.", ("TOX", "5")),
    ("There was no grade 3 or higher toxicity during the study.", ("TOX", ">=3")),
    ("Response was modest, and there were no in-field failures.", ("FAIL_LOCAL", None)),
    ("Nausea was frequent, but there were no treatment-related deaths.", ("TOX", "5")),
    # a grade of more than one word before the event
    ("No grade 4 or 5 toxicities were recorded.", ("TOX", ">=4")),
])
def test_an_event_said_not_to_have_happened_is_a_count_of_none(sentence, expected):
    got = [(f.fields["endpoint"], f.fields.get("grade")) for f in found(sentence)
           if f.fields["measure"] == "count" and f.fields["value"] == 0.0]
    assert got == [expected]


@pytest.mark.parametrize("sentence", [
    # none of a kind of the event is no count of the events the code names
    "No bleeding-related complications were observed.",
    "There were no significant differences in toxicity between the schedules.",
    "There was no new toxicity signal.",
    # a disease state alone after a bare number is no count
    "Of the patients, 19 stable disease were seen.",
])
def test_none_of_a_kind_or_no_difference_is_no_count_of_none(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count"]


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("All-cause deaths were as frequent in both groups (OR 1.02, 0.80-1.30).", "OS"),
    ("Deaths from any cause were rarer with drug A (RR 0.81, 0.66-0.99).", "OS"),
    ("Cardiac deaths were as frequent in both groups (OR 1.02, 0.80-1.30).", "DEATH"),
    ("Deaths due to infection were rarer with drug A (RR 0.61, 0.40-0.93).", "DEATH"),
])
def test_a_ratio_of_deaths_of_any_cause_is_the_overall_survivals(sentence, endpoint):
    (f,) = [f for f in found(sentence) if f.fields["measure"] in ("hr", "or", "rr")]
    assert f.fields["endpoint"] == endpoint


@pytest.mark.parametrize("sentence", [
    "Three-year overall survival was 58.2% (95% confidence interval, 50.1% to 66.3%), 71.0% in patients without "
    "nodal disease.",
    "Three-year overall survival was 58.2%, and 71.0% in patients without nodal disease.",
    "Three-year overall survival was 58.2% overall and 71.0% in patients without nodal disease.",
])
def test_the_wholes_value_then_a_parts_value_named_after_it(sentence):
    got = {(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)}
    assert (None, 58.2) in got and ("patients without nodal disease", 71.0) in got


def test_a_value_after_a_fronted_population_is_not_the_wholes():
    got = [f for f in found("Among smokers, three-year overall survival was 58.2%, and 71.0% in never-smokers.")
           if f.fields["value"] == 58.2]
    assert all(f.group is not None for f in got)


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("The 3-year survival for women over 70 was 22% with a median survival of 19 months.", "women over 70", 19.0),
    ("Local control for patients with small tumours was 91% (95% CI, 85-97), with a median overall survival of 40 "
     "months.", "patients with small tumours", 40.0),
])
def test_an_outcome_said_with_with_after_a_groups_value_is_that_groups(sentence, label, value):
    (f,) = [f for f in found(sentence) if f.fields["value"] == value]
    assert f.group is not None and f.group.label == label


def test_an_outcome_after_with_following_a_value_of_all_patients_stays_all_patients():
    (f,) = [f for f in found("The 3-year survival was 22% with a median survival of 19 months.")
            if f.fields["value"] == 19.0]
    assert f.group is None


@pytest.mark.parametrize(("sentence", "endpoint", "site"), [
    ("Among 28 patients with measurable lesions, 9 (32%) had a complete intracranial response.", "CR", "intracranial"),
    ("Seven patients (25%) had a partial CNS response.", "PR", "CNS"),
])
def test_a_response_with_its_organ_inside_the_name_is_that_response_at_that_site(sentence, endpoint, site):
    got = {(f.fields["endpoint"], f.fields.get("site")) for f in found(sentence) if f.fields["measure"] == "count"}
    assert got == {(endpoint, site)}


@pytest.mark.parametrize("sentence", [
    "Of the 19 patients with measurable liver lesions at baseline (one or more per patient) and no prior surgery, "
    "8 (42%) had a partial response.",
    "Among 19 patients with liver lesions at baseline (of any size or number) and no prior surgery, 8 (42%) had a "
    "partial response.",
])
def test_a_scope_whose_trait_holds_a_bracketed_aside_names_the_rows_group(sentence):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert f.group is not None and f.group.n == 19


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The disease control rates were 70%, 52%, and 31% at 8, 16, and 32 weeks, respectively.",
     {(70.0, 1.85), (52.0, 3.69), (31.0, 7.38)}),
    ("The 16-week progression-free survival rate was 52%.", {(52.0, 3.69)}),
    ("The progression-free survival rate at 16 weeks was 52%.", {(52.0, 3.69)}),
])
def test_rates_at_time_points_in_weeks_carry_them_in_months_and_are_no_medians(sentence, expected):
    rows_read = found(sentence)
    assert {(f.fields["value"], f.fields["timepoint_months"]) for f in rows_read} == expected
    assert all(f.fields["measure"] == "rate" for f in rows_read)


def test_a_duration_in_weeks_is_no_time_point():
    assert find_times("Treatment lasted 6 weeks, and symptoms resolved within 2 weeks.") == []


@pytest.mark.parametrize("sentence", [
    "Grade 3/4 neutropenia occurred in 21%/6% of patients.",
    "The 2-/3-year local control rates were 91%/84%.",
    "Raised ALT/AST levels were seen in 7.0%/9.5% of patients.",
    # an outcome the people are named by is still no outcome of theirs
    "Survival was higher in patients achieving local control than in those with local failure "
    "(48% vs 12%).",
    # criteria that define a response leave their thresholds unread
    "Response criteria were a shrinkage of 30% or more of the summed diameters.",
])
def test_one_value_of_a_slash_pair_is_no_row_of_its_own(sentence):
    assert not found(sentence)


@pytest.mark.parametrize("sentence", [
    "The objective response rate was 35% (7/20).",
    "Seven of 20 patients (35%) had an objective response, and 2/20 (10%) a complete response.",
])
def test_a_count_over_its_total_is_no_slash_pair(sentence):
    assert 35.0 in [f.fields["value"] for f in found(sentence)]


@pytest.mark.parametrize("sentence", [
    "Serious treatment-related adverse events occurred in 12 (8%) patients.",
    "Serious drug-related adverse events were reported in 12 (8%) patients.",
])
def test_serious_adverse_events_with_their_cause_inside_the_name_are_serious_adverse_events(sentence):
    assert {f.fields["endpoint"] for f in found(sentence)} == {"SAE"}


@pytest.mark.parametrize("sentence", [
    "Three patients died from treatment-related adverse events (one sepsis, two bleeding).",
    "In all, four patients died of toxicity during induction.",
    # toxicity said as "toxic effects"
    "Five patients (1.9%) died of chemotherapy-induced toxic effects.",
    "Death from toxic effects occurred in three patients (1.2%).",
])
def test_patients_said_to_have_died_of_adverse_events_are_grade_5_events(sentence):
    assert {(f.fields["endpoint"], f.fields.get("grade")) for f in found(sentence)} == {("TOX", "5")}


@pytest.mark.parametrize("sentence", [
    "The median survival of patients with a single lesion (n = 64) was longer than that of those with multiple lesions "
    "(n = 41) (median survival 30 mo versus 17 mo, respectively; P < 0.01).",
    "Patients with a single lesion (n = 64) had longer survival than those with multiple lesions (n = 41) (median 30 "
    "versus 17 months).",
])
def test_two_groups_compared_with_than_each_with_its_size_in_a_bracket(sentence):
    got = {(f.fields["value"], f.group.n if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "median"}
    assert got == {(30.0, 64), (17.0, 41)}


_ARMS_OF_TWO = "Participants were randomly assigned to chemotherapy alone or chemotherapy plus antibody. "


@pytest.mark.parametrize("opening", [
    "For the mid plus high gene-9 expression subgroup,",
    "In the intermediate or high gene-9 expression subgroup,",
    "Within the combined grade 2 and 3 tumour subset,",
])
def test_arms_values_within_a_subgroup_named_in_many_words_are_no_arms_values(opening):
    # the arms compared within the subgroup the sentence opens with, however many words name it: each arm's part
    text = (_ARMS_OF_TWO + opening + " 22 of the 35 patients (63%) in the chemotherapy plus antibody arm, and 10 of "
            "the 38 patients (26%) in the chemotherapy alone arm showed an objective tumour response.")
    assert extract_text(text)["results"] == []


def test_arms_values_after_a_fronted_arm_keep_their_rows():
    text = (_ARMS_OF_TWO + "In the overall trial population, 22 of the 70 patients (31%) in the chemotherapy plus "
            "antibody arm, and 10 of the 68 patients (15%) in the chemotherapy alone arm showed an objective tumour "
            "response.")
    assert {r["value"] for r in extract_text(text)["results"]} >= {22.0, 31.0, 10.0, 15.0}


@pytest.mark.parametrize("sentence", [
    "For the chemotherapy plus antibody arm, 22 of the 35 patients (63%) with low gene-9 expression and 10 of the "
    "38 (26%) with high gene-9 expression had a complete or partial response (p=0.02).",
    "In the chemotherapy plus antibody arm, 17 patients (45%) with liver spread had an objective response.",
    "Within the chemotherapy plus antibody arm, 14 of the 29 patients (48%) without prior surgery achieved an "
    "objective response.",
])
def test_an_arms_count_of_patients_with_a_trait_is_no_value_of_the_arm(sentence):
    # the share of the arm's patients with a trait who had the outcome is a part of the arm's, never the arm's own
    got = [(r["cohort"], r["value"]) for r in extract_text(_ARMS_OF_TWO + sentence)["results"]]
    assert not any(c.startswith("chemotherapy_plus_antibody") for c, _ in got), got


@pytest.mark.parametrize(("sentence", "values"), [
    # the outcome the arm's patients had, counted with no trait between
    ("In the chemotherapy plus antibody arm, 17 patients (45%) had an objective response.", {17.0, 45.0}),
    # "with" names the event itself, and no verb of what they had follows
    ("In the chemotherapy plus antibody arm, 17 patients (45%) with grade 3 neutropenia and 5 (13%) with grade 4 "
     "neutropenia were seen.", {17.0, 45.0, 5.0, 13.0}),
    ("In the chemotherapy plus antibody arm, 17 patients (45%) with an objective response had a longer survival.",
     {17.0, 45.0}),
])
def test_an_arms_count_with_its_own_event_after_with_keeps_its_rows(sentence, values):
    got = {r["value"] for r in extract_text(_ARMS_OF_TWO + sentence)["results"]
           if r["cohort"].startswith("chemotherapy_plus_antibody")}
    assert values <= got, got


_WEEKLY_OR_DAILY = "Patients were randomly assigned to a weekly group or a daily group. "


@pytest.mark.parametrize(("sentence", "cohorts"), [
    ("Other grade 3 toxicities included nausea (n=4), anaemia (n=2) and fatigue (n=6) in the weekly group.",
     {4.0: "weekly", 2.0: "weekly", 6.0: "weekly"}),
    ("Grade 3 toxicities observed were mucositis (n=7) and rash (n=3) in the daily group.",
     {7.0: "daily", 3.0: "daily"}),
    ("Toxicities were mucositis (n=7) and rash (n=3) in the daily group; and mucositis (n=2), anaemia (n=1) and "
     "fatigue (n=5) in the weekly group.",
     {7.0: "daily", 3.0: "daily", 2.0: "weekly", 1.0: "weekly", 5.0: "weekly"}),
])
def test_each_item_of_a_list_of_counts_ending_with_a_group_is_that_groups(sentence, cohorts):
    got = {r["value"]: r["cohort"] for r in extract_text(_WEEKLY_OR_DAILY + sentence)["results"]}
    assert {v: c.split("_")[0] for v, c in got.items()} == cohorts, got


def test_a_list_of_counts_with_no_group_after_it_is_all_patients():
    sentence = "Other grade 3 toxicities included nausea (n=4), anaemia (n=2) and fatigue (n=6), all transient."
    got = {r["value"]: r["cohort"] for r in extract_text(_WEEKLY_OR_DAILY + sentence)["results"]}
    assert got == {4.0: "all", 2.0: "all", 6.0: "all"}, got


def test_a_listed_count_whose_grade_is_unsettled_gives_no_row():
    # after the semicolon the head's grade may or may not hold: no row rather than a count of any grade
    sentence = ("Other grade 3 toxicities were mucositis (n=7) in the daily group; and fatigue (n=5) in the weekly "
                "group.")
    got = [(r["value"], r["cohort"], r.get("grade")) for r in extract_text(_WEEKLY_OR_DAILY + sentence)["results"]]
    assert (5.0, "weekly", None) not in [(v, c.split("_")[0], g) for v, c, g in got], got


_DRUG_OR_PLACEBO = "Patients were randomly assigned to drug A or placebo. "


@pytest.mark.parametrize("sentence", [
    "Few patients received radiotherapy after disease progression, four in the placebo group and six in the drug A "
    "group.",
    "Second-line chemotherapy at relapse was given to 12 patients in the drug A group and 20 in the placebo group.",
    "A further operation upon recurrence was done in 9 patients (8%) in the drug A group and 5 (4%) in the placebo "
    "group.",
])
def test_an_outcome_named_as_a_time_gives_no_counts_of_it(sentence):
    # the counts are of what was done at the time the outcome names, not of the outcome
    got = [(r["endpoint"], r["value"]) for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"]]
    assert not any(code in ("FAIL_ANY", "FAIL_LOCAL") for code, _ in got), got


def test_an_outcome_counted_keeps_its_rows_after_a_time_said_before_it():
    sentence = "During the first year, disease progression occurred in 40 patients in the drug A group and 52 in the "\
        "placebo group."
    got = {r["value"] for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"] if r["endpoint"] == "FAIL_ANY"}
    assert got == {40.0, 52.0}, got


_ONE_ARM = "In this single-arm study, 60 patients received drug A. "


@pytest.mark.parametrize("sentence", [
    "While cross-trial comparisons are hard, median PFS and ORR in our treated patients were similar to those seen in "
    "the earlier phase II trial of drug A in pretreated patients (median PFS, 9.2 months; ORR, 41.0%) (12).",
    "Our ORR of 38% compares favourably with a previously published series (ORR 22%).",
])
def test_values_in_a_bracket_after_another_study_are_not_this_studys(sentence):
    got = {r["value"] for r in extract_text(_ONE_ARM + sentence)["results"]}
    assert not got & {9.2, 41.0, 22.0}, got


def test_values_in_a_bracket_after_this_studys_own_words_are_kept():
    sentence = ("Compared with the previous trial, our patients had a higher ORR (45%) and a longer median PFS "
                "(8.1 months).")
    assert {r["value"] for r in extract_text(_ONE_ARM + sentence)["results"]} == {45.0, 8.1}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Stable disease was the best overall response in 60% of drug A patients (90/150).", "SD"),
    ("A partial response was the best overall response in 12 patients (8%) given drug A.", "PR"),
])
def test_a_kind_of_response_named_as_the_best_overall_response_is_that_kinds(sentence, code):
    got = {(r["endpoint"], r["value"]) for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"]}
    assert got and {c for c, _ in got} == {code}, got


def test_the_overall_response_rate_itself_stays_the_overall_responses():
    sentence = "The overall response rate was 30% in drug A patients, and stable disease was seen in 40%."
    got = {(r["endpoint"], r["value"]) for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"]}
    assert ("ORR", 30.0) in got, got


_OPERATED = "In this study, 400 patients underwent surgery. "


@pytest.mark.parametrize("sentence", [
    "One hundred patients (25%) had recurrence at a single site, 30 patients (7.5%) had recurrence at two sites, and "
    "5 patients (1.3%) had recurrence at three sites.",
    "Recurrence occurred at multiple sites in 20 patients (5%).",
])
def test_events_counted_by_how_many_sites_they_were_at_are_no_counts_of_all_events(sentence):
    assert extract_text(_OPERATED + sentence)["results"] == []


@pytest.mark.parametrize(("sentence", "values"), [
    ("Recurrence occurred in 135 patients (34%).", {135.0, 34.0}),
    ("Recurrence at the primary site occurred in 40 patients (10%).", {40.0, 10.0}),
])
def test_events_counted_with_no_number_of_sites_keep_their_rows(sentence, values):
    assert {r["value"] for r in extract_text(_OPERATED + sentence)["results"]} == values


_TWO_DRUGS = "Patients were randomly assigned to drug A or drug B. "


@pytest.mark.parametrize("sentence", [
    "Survival from relapse was also not different (6% vs 9%, P=0.4).",
    "Median survival after progression was 7.1 months with drug A and 6.0 months with drug B.",
    "Post-progression survival was 7.1 months in the drug A group.",
])
def test_survival_counted_from_an_event_is_no_overall_survival_of_the_arms(sentence):
    # each arm's survival from the event is that of its patients who had it, a part of the arm
    got = [(r["endpoint"], r["value"]) for r in extract_text(_TWO_DRUGS + sentence)["results"]]
    assert not any(code == "OS" for code, _ in got), got


def test_survival_with_a_follow_up_after_it_stays_overall_survival():
    sentence = "Median survival was 14 months with drug A and 11 months with drug B after a follow-up of 30 months."
    got = {(r["endpoint"], r["value"]) for r in extract_text(_TWO_DRUGS + sentence)["results"]}
    assert {("OS", 14.0), ("OS", 11.0)} <= got, got


@pytest.mark.parametrize("sentence", [
    "Patients with adenocarcinoma had longer survival than patients with squamous carcinoma (median 23 versus 16 "
    "months).",
    "Women with mucinous tumours showed better survival than women with serous tumours (median 23 versus 16 months).",
])
def test_people_named_by_their_tumour_before_a_verb_are_the_pairs_groups(sentence):
    got = {(f.fields["value"], bool(f.group and f.group.label)) for f in found(sentence)}
    assert got == {(23.0, True), (16.0, True)}


@pytest.mark.parametrize("sentence", [
    "Drug K reduced the risk of progression or death by 31% (hazard ratio, 0.69; 95% CI, 0.55 to 0.86).",
    "Adding drug K lowered the risk of progression (HR 0.69, 95% CI 0.55-0.86).",
    "The risk of progression or death was reduced by 31% with drug K (HR 0.69; 95% CI 0.55-0.86).",
])
def test_a_ratio_of_progressions_said_before_it_is_progression_free_survivals(sentence):
    assert ("PFS", "hr", 0.69) in {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
                                   for f in find_results(normalize(sentence).text).found}


@pytest.mark.parametrize(("sentence", "factor"), [
    ("Tumour diameter above 4 cm was associated with worse local control (HR 2.20; 95% CI, 1.15-4.21).",
     "Tumour diameter above 4 cm"),
    ("On multivariable analysis, a performance status of 2 was an independent predictor of overall survival "
     "(hazard ratio, 1.74; 95% CI, 1.12 to 2.70).", "a performance status of 2"),
    ("In multivariate Cox analysis, nodal involvement was significantly associated with shorter progression-free "
     "survival (HR 1.9, 95% CI 1.2-3.0).", "nodal involvement"),
])
def test_a_factor_said_as_the_subject_is_its_ratios_group(sentence, factor):
    (ratio,) = [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr"]
    assert ratio.group is not None and ratio.group.label == factor


@pytest.mark.parametrize(("sentence", "subject"), [
    ("The risk of death was associated with age (HR 1.03 per year).", "The risk of death"),
    ("Overall survival was associated with the dose given (HR 0.80; 95% CI, 0.66-0.97).", "Overall survival"),
    ("Treatment was associated with longer survival (HR 0.71; 95% CI, 0.55-0.92).", "Treatment"),
])
def test_a_subject_that_is_no_factor_is_no_ratios_group(sentence, subject):
    assert not any(f.group is not None and f.group.label == subject
                   for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr")


@pytest.mark.parametrize("sentence", [
    "Disease-free survival at 3 years was 67.5% and at 5 years 58.1%.",
    "Disease-free survival at 3 years was 67.5% (95% CI, 60.2-73.8) and at 5 years was 58.1% (95% CI, 50.0-65.4).",
    "Disease-free survival at 36 months was 67.5%, and at 60 months, 58.1%.",
])
def test_each_rate_after_its_own_time_point(sentence):
    got = {(f.fields["endpoint"], f.fields["timepoint_months"], f.fields["value"])
           for f in find_results(normalize(sentence).text).found}
    assert got == {("DFS", 36.0, 67.5), ("DFS", 60.0, 58.1)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A series.\n\nPatients were classified as favourable (n = 31), intermediate (n = 47) or poor risk (n = 22). "
     "Their 3-year overall survival rates were 81%, 59% and 23%, respectively.",
     {("favourable", 31, 81.0), ("intermediate", 47, 59.0), ("poor risk", 22, 23.0)}),
    ("A series.\n\nTumours were in the liver (n = 18) or the lung (n = 25). Median progression-free survival was 7.1 "
     "and 11.6 months, respectively.", {("liver", 18, 7.1), ("lung", 25, 11.6)}),
])
def test_values_with_respectively_of_the_groups_the_sentence_before_listed(text, expected):
    extraction = extract_text(text)
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert {(cohorts[r["cohort"]]["label"], cohorts[r["cohort"]]["n"], r["value"])
            for r in extraction["results"]} == expected


def test_values_with_respectively_and_a_different_count_of_groups_before_stay_unread():
    text = ("A series.\n\nPatients were classified as favourable (n = 31), intermediate (n = 47) or poor risk "
            "(n = 22). Their 3-year overall survival rates were 81% and 59%, respectively.")
    assert not any(r["value"] in (81.0, 59.0) and r["cohort"] != "all" for r in extract_text(text)["results"])


@pytest.mark.parametrize(("sentence", "cohort"), [
    # a group named by its letter or number right after the value, which no definition gave the paper's index
    ("The objective response rate was 44% (11/25) in arm B.", "arm_b"),
    ("Grade 3 neutropenia occurred in 6 of 30 patients (20%) in group 2.", "group_2"),
    ("Grade 3 neutropenia occurred in 6 (20%) patients in cohort C.", "cohort_c"),
])
def test_a_value_of_a_lettered_group_named_after_it_is_that_groups(sentence, cohort):
    rows = extract_text(f"A phase II study.\n\nResults: {sentence}")["results"]
    assert rows and {r["cohort"] for r in rows} == {cohort}


def test_a_value_of_two_lettered_groups_is_no_one_of_them():
    rows = extract_text("A phase II study.\n\nResults: The response rate was 40% in arms A and B.")["results"]
    assert not any(r["cohort"] in ("arm_a", "arm_b") for r in rows)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cough, haemoptysis and chest pain improved in 55%, 80% and 65% of patients, respectively.",
     {("SYMPTOM_RESPONSE", "cough", "rate", 55.0), ("SYMPTOM_RESPONSE", "haemoptysis", "rate", 80.0),
      ("SYMPTOM_RESPONSE", "chest pain", "rate", 65.0)}),
    ("Dysphagia was relieved in 18 of 24 patients (75%).",
     {("SYMPTOM_RESPONSE", "dysphagia", "count", 18.0), ("SYMPTOM_RESPONSE", "dysphagia", "rate", 75.0)}),
    ("Relief of dyspnea was achieved in 62% of the patients.", {("SYMPTOM_RESPONSE", "dyspnea", "rate", 62.0)}),
    # plain pain relieved is the palliative pain response
    ("Pain improved in 27 patients (45%).",
     {("PAIN_RESPONSE", None, "count", 27.0), ("PAIN_RESPONSE", None, "rate", 45.0)}),
    ("Anorexia/nausea and hoarseness had improved in 30% and 45% of patients, respectively.",
     {("SYMPTOM_RESPONSE", "anorexia/nausea", "rate", 30.0), ("SYMPTOM_RESPONSE", "hoarseness", "rate", 45.0)}),
    # several symptoms' shares with no "respectively", or shares that go on to name groups: no row
    ("Cough and dyspnea improved in 48% and 52% of patients.", set()),
    ("Hoarseness improved in 40% of patients in arm A and 25% in arm B.", set()),
])
def test_a_tumour_symptom_relieved_in_a_share_is_its_palliation(sentence, expected):
    got = {(f.fields["endpoint"], f.fields.get("category"), f.fields["measure"], f.fields["value"])
           for f in found(normalize(sentence).text)}
    assert got == expected


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Patients with marker-high tumours had a greater survival benefit from drug K (HR = 0.58; P = .01) than patients "
     "with marker-low tumours (HR = 1.21; P = .40).", "Patients with marker-high tumours",
     "patients with marker-low tumours"),
    ("Patients younger than 65 years had a greater overall survival benefit from drug K (hazard ratio, 0.52; 95% CI, "
     "0.40 to 0.68) than older patients (hazard ratio, 0.95; 95% CI, 0.74 to 1.22).", "Patients younger than 65 years",
     "older patients"),
])
def test_a_ratio_after_than_a_second_kind_of_people_is_theirs_when_the_first_had_its_own(sentence, first, second):
    got = sorted((f.fields["value"], f.group.label if f.group else None, f.comparator) for f in found(sentence)
                 if f.fields["measure"] == "hr")
    assert [(g, c) for _, g, c in got] == [(first, None), (second, None)]


def test_a_ratio_after_than_with_no_ratio_before_still_sets_the_first_against_the_second():
    f, = [f for f in found("Women had a longer survival than men (HR 0.75, 95% CI 0.60-0.94).")
          if f.fields["measure"] == "hr"]
    assert (f.group.label, f.comparator.label) == ("Women", "men")


@pytest.mark.parametrize(("sentence", "endpoint", "value", "n"), [
    ("In the subgroup of 180 patients who carried the marker, progression-free survival was longer with drug K than "
     "with drug M (hazard ratio for progression or death, 0.46; 95% CI, 0.33 to 0.64).", "PFS", 0.46, 180),
    ("Within the subset of 95 patients with bone metastases, overall survival did not differ (HR 1.07, 95% CI "
     "0.75-1.52).", "OS", 1.07, 95),
])
def test_a_ratio_in_a_subgroup_of_so_many_patients_named_first_is_that_subgroups(sentence, endpoint, value, n):
    f, = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert (f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) == (endpoint, value, n)


def test_the_arms_values_in_a_subgroup_of_so_many_patients_give_no_row():
    got = found("In the subgroup of 120 patients aged 70 or older, the response rate was 31% with drug K and 22% "
                "with drug M.")
    assert not [f for f in got if f.fields["value"] in (31.0, 22.0)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a part named by a word or two right before its bracket, another part's bracket after it
    ("The overall survival benefit of drug K held in squamous (HR 0.66, 95% CI 0.50-0.87) and non-squamous (HR 0.84, "
     "95% CI 0.70-1.01) tumours.", {(0.66, "squamous"), (0.84, "non-squamous")}),
    ("Progression-free survival gains were alike in Asian (HR 0.55, 95% CI 0.41-0.74) or non-Asian (HR 0.61, 95% CI "
     "0.47-0.79) participants.", {(0.55, "Asian"), (0.61, "non-Asian")}),
    # two populations that differ only by a level keep it in their names
    ("Overall survival favoured drug K in patients with marker expression of 50% or more (HR 0.58, 95% CI 0.43-0.78) "
     "and in those with expression of 1-49% (HR 0.93, 95% CI 0.72-1.20).",
     {(0.58, "patients with marker expression of 50% or more"), (0.93, "patients with expression of 1-49%")}),
])
def test_each_part_given_its_own_ratio_is_named_by_its_own_words(sentence, expected):
    assert {(f.fields["value"], f.group.label if f.group else None) for f in found(sentence)
            if f.fields["measure"] == "hr"} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The progression-free survival hazard ratios were 0.58 for never-smokers and 0.91 for current smokers.",
     {(0.58, "PFS", "never-smokers"), (0.91, "PFS", "current smokers")}),
    ("The odds ratio for a complete resection was 2.10 (95% CI 1.30-3.40) in stage II and 1.15 (95% CI 0.70-1.90) "
     "in stage III.", {(2.10, "R0_RESECTION", "stage II"), (1.15, "R0_RESECTION", "stage III")}),
    # ratios listed with no outcome named before them, or of two outcomes, name no part
    ("The hazard ratios were 0.58 for never-smokers and 0.91 for current smokers.", set()),
])
def test_ratios_listed_each_with_its_part_after_it_are_those_parts(sentence, expected):
    assert {(f.fields["value"], f.fields["endpoint"], f.group.label if f.group else None) for f in found(sentence)
            if f.fields["measure"] in ("hr", "or")} == expected


def test_the_word_or_is_no_odds_ratio_heading_a_list_of_parts():
    # the ratio abbreviations are capitals: "with or without" heads no list of odds ratios
    out = extract_text("We treated 80 patients. Overall survival was longer in patients with or without nodes treated "
                       "were 0.52 for stage I and 0.71 for stage II.")
    assert not rows_where(out, measure=("hr", "or", "rr"))
