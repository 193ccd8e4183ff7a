"""Outcomes of single-arm series said in the forms of other diseases and designs: the whole cohort named after a
value, factors named with a level's threshold, people named by an outcome they had (responders, survivors),
remissions of leukaemia with and without recovered counts, and deaths over a span of days. Every sentence is ours."""

from __future__ import annotations

import pytest
from result_rows import rows_where, study_of, tuples_of
from support import extract_text, yaml_cases


def in_series(text: str, patients: int = 120) -> dict:
    """The extraction of ``text`` in a retrospective series of ``patients`` patients."""
    return extract_text(f"Outcomes of a treatment in one centre\n\nWe reviewed {patients} consecutive patients "
                        f"treated between 2012 and 2019. " + text)


def keyed(out: dict, *keys: str) -> set[tuple]:
    return {tuple(r.get(k) for k in keys) for r in out["results"]}


# "27% in the entire cohort": all the patients, not a group named "entire cohort"
@yaml_cases
def test_a_value_of_the_whole_cohort_is_all_patients(results):
    assert keyed(in_series(results), "cohort", "endpoint", "timepoint_months", "value") == {("all", "OS", 36.0, 41.0)}


def test_a_value_of_a_named_cohort_after_it_keeps_its_group():
    out = in_series("The 3-year overall survival was 41% in the elderly cohort.")
    assert keyed(out, "cohort", "value") != {("all", 41.0)}


# "a performance status of 2 or more (HR ...)": a factor named with a level's threshold is still a short name, never
# all patients' ratio
@yaml_cases
def test_a_factor_with_a_threshold_is_named(results, factor):
    out = in_series(results)
    ratios = rows_where(out, measure="hr")
    assert ratios and all(r["cohort"] != "all" for r in ratios)
    assert any(factor in r["cohort"] for r in ratios)


def test_a_clause_before_a_ratio_is_still_no_factor():
    out = in_series("In multivariable analysis, overall survival was not different between the two periods of "
                    "treatment in the series (HR 1.10; 95% CI 0.80-1.52).")
    assert not [r for r in out["results"] if r["measure"] == "hr" and r["cohort"] not in ("all",)
                and "period" in r["cohort"]]


# People named by an outcome they had are a part of the patients: "18 of the 45 responders (40%)"
@yaml_cases
def test_a_count_among_responders_is_theirs_not_all_patients(results):
    out = in_series(results)
    rows = rows_where(out, endpoint="FAIL_ANY")
    assert rows and all(r["cohort"] != "all" and "responders" in r["cohort"] for r in rows)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    assert {cohorts[r["cohort"]]["n"] for r in rows} == {45}


def test_a_count_among_all_patients_stays_all_patients():
    out = in_series("Relapse occurred in 48 of the 120 patients (40%).")
    assert keyed(out, "cohort", "measure", "value") == {("all", "count", 48.0), ("all", "rate", 40.0)}


# Remission of a leukaemia with counts not recovered (CRi) is no complete remission; CR/CRi is both together
@yaml_cases
def test_remissions_with_and_without_recovered_counts(results, expected):
    assert keyed(in_series(results), "endpoint", "value") == expected


# "30-day mortality": deaths over a span of days after treatment, its time point in months of 30 days
@yaml_cases
def test_mortality_over_days_is_death_at_its_time(results, expected):
    assert tuples_of(in_series(results), "timepoint_months value", endpoint="DEATH") == expected


# a comparison of laparoscopic and open gastrectomy
in_two_operations = study_of("Laparoscopic versus open gastrectomy for gastric cancer: a matched comparison\n\n"
                             "We compared 150 patients who had a laparoscopic with 150 who had an open gastrectomy. ")


# "open gastrectomy" goes by "open surgery", "open procedure" too: the operation is what both groups had
@yaml_cases
def test_an_operation_named_by_how_it_was_done_is_its_group(results):
    out = in_two_operations(results)
    cohorts = {r["value"]: r["cohort"] for r in out["results"] if r["endpoint"] == "OS"}
    assert set(cohorts) == {61.0, 57.0}
    assert "laparoscopic" in cohorts[61.0] and "open" in cohorts[57.0]


def test_a_how_both_groups_share_gives_no_name():
    from oncoev.extract.groups import Group, _procedure_heads
    a = Group("robotic_open", "robotic open resection", None, {"robotic open resection"})
    b = Group("open", "open resection", None, {"open resection"})
    _procedure_heads([a, b])
    assert "open surgery" not in a.aliases | b.aliases


# "overall morbidity", "the 30-day morbidity": the operation's complications
@yaml_cases
def test_morbidity_of_an_operation_is_its_complications(results, expected):
    out = in_two_operations(results)
    if all(len(e) == 2 for e in expected):
        assert {(r["timepoint_months"], r["value"]) for r in out["results"]
                if r["endpoint"] == "POSTOP_COMPLICATION"} == expected
    else:
        assert {(r["endpoint"], r["timepoint_months"], r["value"]) for r in out["results"]} == expected


in_phase2 = study_of("Drug R in recurrent sarcoma: a single-arm phase 2 trial\n\nIn this phase 2 study, 90 patients "
                     "received drug R every 3 weeks. ")


# "nausea by 14 (22%)": who reported the event, a count
@yaml_cases
def test_an_event_reported_by_patients_is_counted(results, expected):
    assert keyed(in_phase2(results), "category", "value") == expected


# "of any grade" is part of the events' name: what is said of them follows it
@yaml_cases
def test_events_of_any_grade_then_of_a_grade(results):
    assert keyed(in_phase2(results), "grade", "measure", "value") == {
        (None, "count", 72.0), (None, "rate", 80.0), (">=3", "count", 27.0), (">=3", "rate", 30.0)}


# "(11 patients, 17%)": a count said with its people, then its share, in one bracket
@yaml_cases
def test_a_count_with_its_people_then_its_share(results, expected):
    assert keyed(in_phase2(results), "measure", "value") == expected


in_placebo_trial = study_of("Drug K or placebo after surgery for melanoma\n\nWe randomly assigned 300 patients to "
                            "drug K (n = 151) or placebo (n = 149). ")


# "8.1 months (95% CI ...) vs 5.6 months (95% CI ...) (HR 0.62": the arms' values with their intervals, then the ratio
# of the two arms
@yaml_cases
def test_a_ratio_after_the_arms_values_with_intervals_is_the_arms(results):
    out = in_placebo_trial(results)
    ratio = rows_where(out, measure="hr")
    assert [(r["cohort"], r["comparator"], r["value"]) for r in ratio] == [("drug_k", "placebo", 0.66)]
    assert tuples_of(out, "value ci_low ci_high", measure="median") == {(16.2, 13.0, 19.9), (9.8, 8.1, 11.7)}


# "18 (40%) later relapsed": when, said between a count and its event
@yaml_cases
def test_an_adverb_of_time_between_a_count_and_its_event(results, endpoint):
    assert {(r["endpoint"], r["measure"]) for r in in_series(results)["results"]} == {
        (endpoint, "count"), (endpoint, "rate")}


# "DFS events had occurred in 86 patients ... (hazard ratio, 0.68 ...)": the events counted are no survival rate, but
# the ratio is of that curve
@yaml_cases
def test_a_ratio_after_a_curves_events_is_that_curves(results):
    out = in_placebo_trial(results)
    assert [(r["endpoint"], r["measure"]) for r in out["results"] if r["measure"] == "hr"] in (
        [("DFS", "hr")], [("OS", "hr")])
    assert not rows_where(out, measure="rate")


# "to receive drug V for 2 years plus endocrine therapy or endocrine therapy alone": how long an arm's treatment lasts,
# said inside its name, does not end the list of arms
@yaml_cases
def test_an_arms_duration_inside_its_name(sentence):
    # (an unnamed pair of values is the two arms' only when the arms are defined)
    out = extract_text("Abemaciclib in early breast cancer\n\n" + sentence + " The 3-year invasive disease-free "
                       "survival was 90.1% versus 86.0%.")
    cohorts = {r["value"]: r["cohort"] for r in out["results"]}
    assert set(cohorts) == {90.1, 86.0}
    assert "abemaciclib" in cohorts[90.1] and "endocrine" in cohorts[86.0]


def test_a_duration_after_the_list_still_ends_it():
    from oncoev.extract.groups import _randomised_names
    names = [d.label for d in _randomised_names(
        "We randomly assigned 300 patients to drug W or placebo for 2 years, stratified by nodal status.")]
    assert names == ["drug W", "placebo"]


# "Drug K was discontinued because of adverse events in 30 patients (19.9%)": a drug only one arm was given, named as
# what was stopped, is that arm's
@yaml_cases
def test_stopping_a_drug_only_one_arm_had_is_that_arms(results):
    assert tuples_of(in_placebo_trial(results), "cohort measure value") == {
        ("drug_k", "count", 30.0), ("drug_k", "rate", 20.0)}


# "postoperative pulmonary complications": the operation's complications of one kind, not a toxicity
@yaml_cases
def test_postoperative_complications_of_a_kind(results, category):
    assert keyed(in_series(results), "endpoint", "category", "value") == {
        ("POSTOP_COMPLICATION", category, 12.0), ("POSTOP_COMPLICATION", category, 10.0)}


def test_pulmonary_toxicity_of_radiation_is_still_a_toxicity():
    out = in_series("Grade 2 pulmonary toxicity occurred in 12 patients (10%).")
    assert {r["endpoint"] for r in out["results"]} == {"TOX"}


# "418 children and adolescents were enrolled": children are counted as patients are
@yaml_cases
def test_a_study_of_children_has_its_size(text, n):
    out = extract_text("Outcomes of a paediatric protocol\n\n" + text + " The 5-year event-free survival was 81%.")
    assert out["study"]["n_patients"] == n


in_lesion_series = study_of("Radiosurgery for spinal metastases\n\nWe treated 60 patients with 95 spinal metastases. "
                            "Results: ")


# "9 of 81 lesions (11%)": a lesion's rate, of the lesions counted, never of all the patients
@yaml_cases
def test_a_count_and_share_of_lesions_is_of_the_lesions(results):
    out = in_lesion_series(results)
    assert tuples_of(out, "measure value", endpoint="FAIL_LOCAL") == {("count", 8.0), ("rate", 8.4)}
    assert tuples_of(out, "cohort_n cohort_unit", endpoint="FAIL_LOCAL") == {(95, "lesions")}


def test_a_count_of_patients_in_a_lesion_series_stays_the_patients():
    out = in_lesion_series("Local failure occurred in 6 of 60 patients (10%).")
    assert {r["cohort"] for r in out["results"]} == {"all"}


@yaml_cases
def test_a_count_of_lesions_without_its_share_is_of_the_lesions(results):
    out = in_lesion_series(results)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    assert [(r["value"], cohorts[r["cohort"]]["n"], cohorts[r["cohort"]]["unit"]) for r in out["results"]] == [
        (8.0, 95, "lesions")]


# "148 patients were included in each group": one group's size, never the study's
@yaml_cases
def test_a_count_of_each_group_is_no_study_size(text):
    out = extract_text("Two operations compared\n\n" + text + " The 5-year survival was 61% and 55%.")
    assert out["study"]["n_patients"] != 120


def test_a_count_with_its_groups_named_stays_the_study_size():
    out = extract_text("Two operations compared\n\nA total of 240 patients were included, 120 in each group. The "
                       "5-year survival was 61% and 55%.")
    assert out["study"]["n_patients"] == 240


# "a longer interval to surgery (more than 8 weeks; OR 1.62 ...)": the factor's level said first in the ratio's bracket
@yaml_cases
def test_a_factor_whose_level_opens_the_ratios_bracket(results):
    out = in_series(results)
    ratios = rows_where(out, measure="hr")
    assert [(r["value"], r["cohort"] != "all") for r in ratios] == [(1.48, True)]


def test_a_share_in_the_ratios_bracket_is_no_level():
    out = in_series("In multivariable analysis, a delayed start of treatment (12%; HR 1.48, 95% CI 1.12-1.96) was "
                    "associated with shorter overall survival.")
    assert not [r for r in out["results"] if r["measure"] == "hr" and "delayed" in r["cohort"]]


# "grade 3 events in 9 (26%), and no treatment-related deaths": none of another grade is no denial of the first count
@yaml_cases
def test_a_count_of_one_grade_beside_none_of_another(results):
    assert tuples_of(in_phase2(results), "grade measure value") >= {
        ("3", "count", 27.0), ("3", "rate", 30.0)}


# "41% in the former group and 12% in the latter": the first and the second of the pair compared just before
@yaml_cases
def test_the_former_and_the_latter_are_the_pair_before(results):
    out = in_placebo_trial(results)
    rash = {r["value"]: r["cohort"] for r in out["results"] if r["endpoint"] == "TOX"}
    assert rash == {35.0: "drug_k", 9.0: "placebo"}


def test_the_former_with_no_pair_before_is_no_group():
    out = in_series("Rash occurred in 35% of patients in the former group and 9% in the latter.")
    assert not [r for r in out["results"] if "former" in r["cohort"] or "latter" in r["cohort"]]


@yaml_cases
def test_each_organ_systems_share_of_a_graded_toxicity(results, grade):
    # each organ system's share, never the generic toxicity's
    assert keyed(in_phase2(results), "category", "grade", "value") == {
        ("haematological toxicity", grade, 30.0), ("gastrointestinal toxicity", grade, 12.0),
        ("pulmonary toxicity", grade, 8.0)}


def test_a_toxicity_with_its_share_then_a_list_of_terms_keeps_its_share():
    out = in_phase2("Grade 3 or higher toxicity occurred in 30% of patients and included neutropenia and fatigue.")
    assert keyed(out, "category", "value") == {(None, 30.0)}


def test_organ_systems_with_fewer_shares_give_no_rows_of_them():
    out = in_phase2("Grade 3 haematological, gastrointestinal and pulmonary toxicities occurred in 30% and 12%, "
                    "respectively.")
    assert not [r for r in out["results"] if (r["category"] or "").endswith("toxicity")]


# "Postoperative morbidity and mortality were 28% and 1.5%": the operation's deaths, named after its morbidity
@yaml_cases
def test_mortality_after_the_operations_morbidity(results):
    assert keyed(in_series(results), "endpoint", "value") == {("POSTOP_COMPLICATION", 28.0), ("DEATH", 1.5)}


# Near misses of the constructions above: the text, in the study each case names, gives no row whose fields hold
# these (one value, or any of a tuple's)
NEAR_MISSES = [
    # "mortality" alone: whose deaths, over what span, is not said
    (in_series, {"endpoint": "DEATH"}, "Mortality in the region fell by 12% over the decade."),
    # a cycle's length in days is no time point of an outcome
    (in_series, {"endpoint": "DEATH"}, "Treatment was given in 28-day cycles and mortality was not assessed."),
    # lesions counted with no total of them: no row at all
    (in_lesion_series, {}, "Local recurrence occurred in 8 tumours."),
    # the morbidity of radiation is no complication of an operation
    (in_series, {"endpoint": "POSTOP_COMPLICATION"},
     "Late radiation morbidity was mild, with grade 2 proctitis in 6% of patients."),
    # an event changed by a share is no count of it
    (in_phase2, {"endpoint": "TOX"}, "Pain was reduced by 30% from baseline in most patients."),
    # a count of cycles, then a share, is no count of patients
    (in_phase2, {"measure": "count"}, "Hypertension was the most frequent event (23 cycles, 26%)."),
    # a factor's ratio after the arms' values is no ratio of the arms
    (in_placebo_trial, {"measure": "hr", "cohort": "drug_k"},
     "Median relapse-free survival was 16.2 months (95% CI 13.0-19.9) versus 9.8 months (95% CI 8.1-11.7); in "
     "multivariable analysis, ulceration was prognostic (HR 1.52, 95% CI 1.10-2.10)."),
    # an adverb does not join a count to another subject
    (in_series, {"value": (14.0, 12.0)},
     "Fourteen patients (12%) had stage IV disease; relapse was later confirmed by biopsy."),
    # stopping treatment in both arms is no one arm's
    (in_placebo_trial, {"cohort": "drug_k"},
     "Treatment was discontinued because of adverse events in 30 patients (10.0%)."),
    # a count of those without the event is still no count of it
    (in_phase2, {"value": (27.0, 30.0)}, "There was no grade 3 rash in 27 patients (30%)."),
    # mortality after another word's "and" is still no outcome
    (in_series, {"endpoint": "DEATH"}, "Cancer incidence and mortality fell by 12% and 15% over the decade."),
]


@pytest.mark.parametrize(("study", "where", "text"), NEAR_MISSES)
def test_a_near_miss_gives_no_such_row(study, where, text):
    assert not rows_where(study(text), **where)
