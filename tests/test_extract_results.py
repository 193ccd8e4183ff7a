"""Result constructions, one rule at a time, on sentences we wrote (none is copied from a paper)."""

from __future__ import annotations

import re

import pytest
from result_rows import rows_where
from support import extract_text, yaml_cases

from oncoev.extract.mentions import find_times
from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> list[tuple]:
    return [(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"])
            for f in find_results(sentence).found]


def found(sentence: str):
    return find_results(sentence).found


def the_finding(sentence: str, fields: str) -> tuple:
    """The ``fields`` (named in one string with spaces between) of the one thing found in ``sentence``."""
    [f] = found(sentence)
    return tuple(f.fields[k] for k in fields.split())


def _measures(sentence: str) -> set[str]:
    """The measures of what is found in ``sentence``."""
    return {f.fields["measure"] for f in found(sentence)}


@yaml_cases
def test_rows_of_one_sentence(sentence, expected):
    assert rows(sentence) == expected


@yaml_cases
def test_share_opening_a_clause_takes_the_outcome_of_its_own_clause(sentence):
    rates = [(f.fields["value"], f.fields["category"], f.fields["grade"]) for f in found(sentence)
             if f.fields["measure"] == "rate"]
    assert rates == [(14.0, "diarrhoea", "3")]


@yaml_cases
def test_endpoints_and_values_in_order(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)] == expected


@yaml_cases
def test_each_values_group_label(sentence, expected):
    assert [(f.group.label, f.fields["value"]) for f in found(sentence)] == expected


# "Response rate, median OS and the 2-year OS were a%, b months and c%, respectively, in A; d%, e months
# and f% in B": one block per group, each followed by the group's name; rates and medians mixed.
@yaml_cases
def test_blocks_of_values_each_followed_by_its_group(sentence, expected):
    got = [(f.group.label.lower() if f.group else None, f.fields["endpoint"], f.fields["value"])
           for f in found(sentence)]
    assert sorted(got) == sorted(expected)


# "a reduction in the risk of death with A (RR 0.81) but at the cost of more toxicity": the ratio of deaths said before
# it, not the outcome after the contrast.
@yaml_cases
def test_a_ratio_of_deaths_before_a_contrast_is_survivals(sentence):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "rr"] == ["OS"]


# "X and tumour regression >50% (or pathological complete response) predicted the risk of death (HR 0.55 and
# 0.47)": a response named among the factors is no outcome of the ratio of deaths after it.
@yaml_cases
def test_a_response_among_the_factors_is_no_outcome_of_a_ratio_of_deaths(sentence):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "hr"] == ["OS"]


# "an increase in the 3-year PFS from 30.2% to 37.9% with chemotherapy": the ends of a change are the groups' before and
# after; neither is all patients' value.
@yaml_cases
def test_the_ends_of_a_change_are_no_values_of_all(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] in ("rate", "median")] == []


# "Median OS was 8.1 months for patients receiving Q (arms 1 + 2) compared with 9.0 months without Q": one side of a
# comparison whose groups no rule read is never all patients' value; the study's own value against a historical one is.
@yaml_cases
def test_one_side_of_an_unread_comparison_is_no_value_of_all(sentence, kept):
    assert [f.fields["value"] for f in found(sentence) if f.fields["measure"] in ("rate", "median")] == kept


# "... and 6 patients (37.5%) judged as stable disease": a count is of the outcome it is judged as, after it.
@yaml_cases
def test_a_count_is_of_the_outcome_it_is_judged_as(sentence):
    rows = {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"}
    assert ("SD", 6.0) in rows and ("PR", 6.0) not in rows


# "those seen in at least 2 patients were nausea (n = 5 [1.0%]), ...": a bound of the patients, no count.
@yaml_cases
def test_a_bound_of_the_patients_is_no_count(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["value"] in (3.0, 10.0)]


# "specificity for the prediction of pCR was 71% for X": a test's accuracy, no rate of the outcome; "PR protein", "ER/PR
# status": the progesterone receptor; "on the PCR arm": a regimen's short name.
@yaml_cases
def test_tests_receptors_and_regimens_named_like_outcomes_give_no_rows(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("pCR", "PR", "PCR")]


# "..., with 9 patients (28.1%) reaching CR": the count of the outcome reached, after it.
@yaml_cases
def test_a_count_reaching_an_outcome_is_that_outcomes(sentence):
    assert ("CR", 5.0 if "attaining" in sentence else 9.0) in {
        (f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"}


# "the reasons for stopping were refusal (n = 2), neutropenia (n = 1) and rash (n = 1)": why patients stopped, no
# counts of those outcomes.
@yaml_cases
def test_reasons_for_stopping_are_no_counts_of_outcomes(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("TOX", "FAIL_ANY", "PD")]


@yaml_cases
def test_a_follow_up_is_no_median(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] == "median"] == []


@yaml_cases
def test_no_result_found(sentence):
    assert found(sentence) == []


# "A response was seen in 31 (62%) of 50 patients": the objective response said as what was seen; "partial responses
# were observed" stays the partial response.
@yaml_cases
def test_a_response_seen_is_the_objective_response(sentence, code):
    assert {f.fields["endpoint"] for f in found(sentence)} == {code}


# "the odds ratio for response was 2.10": the ratio's own name says what it compares, the objective response.
@yaml_cases
def test_a_ratio_for_response_is_the_objective_responses(sentence):
    assert [(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)] == [("ORR", "or")]


# "The risk of progression was lower with A (HR 0.66)": a ratio of progressions with no outcome named is the
# progression-free curve's; "reduced the risk of disease progression or death by 34%" is a reduction, no rate.
@yaml_cases
def test_a_ratio_of_the_risk_of_progression_is_pfs(sentence):
    assert [(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)] == [("PFS", "hr")]


# "thrombocytopenia (0; 7%)": a bracket of two bare values is two groups' pair; neither value is all patients'.
@yaml_cases
def test_a_bracket_of_two_bare_values_is_no_rate_of_all(sentence):
    assert [f for f in found(sentence) if f.fields["measure"] == "rate"] == []


# "occurred in 4 of 51 patients with small tumours (7.8%)": the count is of the same people as the share after it.
@yaml_cases
def test_a_count_out_of_people_with_a_trait_is_theirs(sentence, label):
    rows = found(sentence)
    assert {(f.fields["measure"], f.group.label if f.group else None) for f in rows} == {("count", label),
                                                                                         ("rate", label)}


# "constipation (40%), but severe (grade 3 or higher) toxic effects were rare": the grade after a contrast is its own
# clause's, not the event's before it.
@yaml_cases
def test_a_grade_after_a_contrast_is_not_the_events_before_it(sentence):
    assert not [f for f in found(sentence) if f.fields.get("category") in ("constipation", "mucositis")
                and f.fields.get("grade")]


# "13 treatment-related deaths (10%) and 19 others (15%) died of other causes": the second share is the others'.
@yaml_cases
def test_a_share_after_another_count_is_not_the_outcomes(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate" and f.fields["value"] in (6.0, 9.0)]


# "44% CR/PR", "a CR or PR in 15 of 40 patients": either response, the objective one; no complete response rate.
@yaml_cases
def test_complete_or_partial_response_together_is_the_objective_response(sentence):
    codes = {f.fields["endpoint"] for f in found(sentence)}
    assert "ORR" in codes and "CR" not in codes and "PR" not in codes


@yaml_cases
def test_deaths_said_treatment_related_are_grade_5_toxicity(sentence):
    assert [(f.fields["endpoint"], f.fields["grade"]) for f in found(sentence)] == [("TOX", "5")]


@yaml_cases
def test_a_ratio_of_an_effect_confined_to_a_part_is_that_parts(sentence, expected):
    assert [f.group.label for f in found(sentence)] == [expected]


@yaml_cases
def test_a_ratio_after_two_groups_compared_with_than_is_the_first_against_the_second(sentence, expected):
    (f,) = found(sentence)
    assert (f.group.label, f.comparator.label) == expected


@yaml_cases
def test_a_share_of_the_events_themselves_is_no_rate(sentence):
    assert [f.fields["value"] for f in found(sentence) if f.fields["measure"] == "rate"] == []


@yaml_cases
def test_a_participle_naming_whom_an_outcome_is_of_is_no_outcome(sentence, expected):
    assert [(f.fields["endpoint"], f.group.label, f.fields["value"]) for f in found(sentence)] == expected


@yaml_cases
def test_a_value_said_of_a_part_then_compared_with_those_is_not_all_patients(sentence):
    assert all(f.group is not None for f in found(sentence))


@yaml_cases
def test_rates_each_followed_by_its_grade_in_a_bracket(sentence, expected):
    assert [(f.fields["category"], f.fields["grade"], f.fields["value"]) for f in found(sentence)] == expected


@yaml_cases
def test_the_groups_of_a_pair(sentence, expected):
    assert [f.group.label for f in found(sentence)] == expected


@yaml_cases
def test_a_list_said_again_for_the_next_clauses_group(sentence, expected):
    assert [(f.group and f.group.label, f.fields["timepoint_months"], f.fields["value"])
            for f in found(sentence)] == expected


def test_a_time_named_after_the_outcome_is_no_group():
    assert "second year" not in [f.group.label for f in found(
        "Overall survival in the first year was 80% versus 60% in the second year.") if f.group is not None]


@yaml_cases
def test_a_ratio_with_the_groups_it_compares_after_a_comma(sentence, expected):
    (f,) = found(sentence)
    assert (f.fields["endpoint"], f.fields["value"], f.group.label, f.fields["ci_low"]) == expected


@yaml_cases
def test_pair_said_respectively_in_a_bracket_after_than_is_the_two_groups(sentence, expected):
    assert [(f.group.label, f.fields["value"], f.fields["p_value"]) for f in found(sentence)] == expected


@yaml_cases
def test_event_share_after_in(sentence, expected):
    assert [(f.fields["category"], f.fields["value"]) for f in found(sentence)] == expected


@yaml_cases
def test_ratios_listed_each_after_its_own_name_are_those_subgroups(sentence, expected):
    assert [(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)
            if f.fields["measure"] == "hr"] == expected


@yaml_cases
def test_a_rate_not_of_the_endpoint_named_before(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate"]


@yaml_cases
def test_groups_compared_by_age_name_the_pair(sentence, first, second):
    got = [f.group.label for f in found(sentence) if f.fields["measure"] == "rate"]
    assert got[:2] == [first, second]


@yaml_cases
def test_labels_said_after_respectively_name_the_values(sentence):
    assert [(f.group.label, f.fields["value"], f.fields["timepoint_months"]) for f in found(sentence)] == \
        [("stage I", 32.5, 60), ("stage II", 30.0, 60), ("stage III", 38.5, 60)]


@yaml_cases
def test_an_outcome_is_never_the_group_of_its_own_pair(sentence):
    assert not [f for f in found(sentence) if f.group is not None and f.fields["category"] and
                f.fields["category"] in f.group.label.lower()]


@yaml_cases
def test_an_endpoints_abbreviation_hyphened_to_a_letter_is_an_arms_name(sentence, code):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == code]


@yaml_cases
def test_a_pair_compared_within_its_subject_is_neither_the_subjects_nor_its_complements(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "median" and f.group is not None
                and f.group.label.lower().endswith(("disease", "patients"))]


@yaml_cases
def test_patients_named_by_how_they_were_judged_are_a_part(sentence, label):
    assert {f.group.label if f.group else None for f in found(sentence)} == {label}


@yaml_cases
def test_a_share_of_the_patients_given_a_treatment_is_theirs(sentence, label):
    first = found(sentence)[0]
    assert first.group is not None and first.group.label == label


@yaml_cases
def test_words_that_say_the_labels_are_parts_are_no_part_of_their_names(sentence):
    assert [f.group.label for f in found(sentence)] == ["pT1", "pT2"]


@yaml_cases
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


@yaml_cases
def test_subgroups_listed_before_their_values(sentence, labels):
    assert [f.group.label for f in found(sentence) if f.fields["measure"] == "median"] == labels


@yaml_cases
def test_subgroup_rates_listed_before_their_values(sentence, labels):
    assert [f.group.label for f in found(sentence) if f.fields["measure"] == "rate"] == labels


def test_of_before_a_bare_list_names_no_subgroups():
    # "of N1 and N2 disease" (no people named) may be the disease's own rate, not the patients'
    assert not [f for f in found("The 5-year survival rates of N1 and N2 disease were 47% and 26%, respectively.")
                if f.group is not None]


@yaml_cases
def test_ratios_for_outcomes_named_before_them_respectively(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["ci_low"])
            for f in found(sentence)] == expected


@yaml_cases
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
@yaml_cases
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


@yaml_cases
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


@yaml_cases
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
    # (a response named as a factor is the patients who achieved it)
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label) for f in out] == [
        (code, 0.55, "Bone-only disease"), (code, 0.70, "patients who achieved ORR")]


def test_counts_after_coordinated_endpoints_are_respective_not_the_last_ones():
    out = found("Complete and partial responses were found in 4 (10%) and 15 (37.5%).")
    assert ("PR", 4.0) not in [(f.fields["endpoint"], f.fields["value"]) for f in out]


@yaml_cases
def test_each_clause_after_a_semicolon_keeps_its_own_endpoint(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)]
    assert [g for g in got if g in expected] == expected
    assert ("ORR", 30.0) not in got and ("ORR", 12.0) not in got and ("CR", 70.0) not in got


@yaml_cases
def test_endpoints_that_define_another_are_not_what_is_counted(sentence):
    codes = {f.fields["endpoint"] for f in found(sentence)}
    assert codes and codes <= {"ORR", "DCR"}


@yaml_cases
def test_an_endpoint_named_as_a_cause_is_not_counted(sentence):
    assert "PD" not in {f.fields["endpoint"] for f in found(sentence)}


def test_a_reason_is_no_head_noun():
    out = found("Treatment was stopped due to fatigue in 9 patients (15%).")
    assert {f.fields.get("category") for f in out} == {"fatigue"}


def test_rates_with_times_said_of_groups_are_not_the_whole_study_s():
    out = found("Overall survival was 58% at 2 years in the surgery group and 41% at 2 years in the others.")
    assert all(f.pattern_id != "result.rate_at_time" for f in out)


@yaml_cases
def test_counts_with_more_verbs(sentence, code):
    assert {(f.fields["endpoint"], f.fields["measure"]) for f in found(sentence)} >= {(code, "count"), (code, "rate")}


@yaml_cases
def test_mortality_as_deaths(sentence, code, grade):
    out = found(sentence)
    assert out and out[0].fields["endpoint"] == code and out[0].fields["grade"] == grade


def test_treatment_related_mortality_is_grade_5_toxicity():
    (row,) = found("Treatment-related mortality was 0.9%.")
    assert (row.fields["endpoint"], row.fields["grade"], row.fields["value"]) == ("TOX", "5", 0.9)


@yaml_cases
def test_share_with_its_n_before_of(sentence, count, rate):
    got = {(f.fields["measure"], f.fields["value"]) for f in found(sentence)}
    assert got == {("count", count), ("rate", rate)}


def test_an_n_without_of_after_a_share_may_be_the_group_size():
    assert {f.fields["measure"] for f in found("The ORR was 45% (n = 40).")} == {"rate"}


@yaml_cases
def test_ratios_listed_with_their_outcomes(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["ci_low"], f.fields["ci_high"])
           for f in found(sentence)]
    assert got == expected


def test_a_value_with_an_interval_is_no_ratio_without_a_ratio_named():
    assert found("Median OS was 12.1 (10.2-14.0) for arm A.") == [] or all(
        f.fields["measure"] not in ("hr", "or", "rr") for f in found("Median OS was 12.1 (10.2-14.0) for arm A."))


@yaml_cases
def test_an_event_before_free_survival_is_not_the_event(sentence, code):
    got = {f.fields["endpoint"] for f in found(sentence)}
    assert got == ({code} if code else set())


@yaml_cases
def test_a_repeated_head_gives_no_half_label(sentence):
    labels = {f.group.label for f in found(sentence) if f.group is not None}
    assert not any(re.search(r"\b(grade|arm)\s+(grade|arm)\b|\b\d\s+\d\b", x) for x in labels)


def test_a_breakdown_with_counts_is_kept():
    out = found("Nine patients relapsed, including 6 with distant metastases and 3 with local recurrence, "
                "and four died.")
    assert ("FAIL_LOCAL", 3.0) in {(f.fields["endpoint"], f.fields["value"]) for f in out}


@yaml_cases
def test_surviving_at_least_a_time_is_the_rate_at_that_time(sentence, months):
    assert rows(sentence) == [("OS", "rate", months, 48.5 if months == 24 else 70.0)]


@yaml_cases
def test_a_bare_interval_after_a_rate_is_its_ci(sentence, ci):
    (row,) = found(sentence)
    assert (row.fields["ci_low"], row.fields["ci_high"]) == ci


@yaml_cases
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


@yaml_cases
def test_a_time_before_later_endpoints_is_theirs_not_an_earlier_median_s(sentence, expected):
    assert sorted(rows(sentence), key=repr) == sorted(expected, key=repr)


def test_a_time_after_a_value_does_not_reach_the_endpoints_after_it():
    got = rows("Local control was 90.5% at one year with no grade 3 toxicity and pain relief in 81% of patients.")
    assert ("PAIN_RESPONSE", "rate", 12, 81.0) not in got


@yaml_cases
def test_a_count_without_a_share_after_its_endpoint(sentence, expected):
    out = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert [(f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) for f in out] == [expected]


def test_a_plain_count_needs_people_after_it():
    assert found("Progression occurred in 12 lesions treated with a lower dose at 3 sites.") == [] or all(
        f.fields["value"] != 12.0 for f in found("Progression occurred in 12 lesions treated with a lower dose."))


@yaml_cases
def test_an_interval_with_units_and_no_upper_bound_keeps_the_value(sentence):
    assert [(r[0], r[1], r[3]) for r in rows(sentence)] == [("OS", "median", 14.0)]


@yaml_cases
def test_a_ratio_after_mortality_or_the_risk_of_death_is_for_overall_survival(sentence):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert f.fields["endpoint"] == "OS" and f.group is None


@yaml_cases
def test_the_kind_of_estimate_before_a_ratios_name_keeps_the_outcome_said_before_it(sentence, endpoint):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert f.fields["endpoint"] == endpoint


def test_the_risk_of_death_from_one_cancer_is_no_overall_survival_ratio():
    for sentence in ("Men given drug A had a lower risk of death from prostate cancer (HR 0.40, 95% CI 0.20-0.80).",
                     "The reduction in the risk of death from lung cancer was 19% (HR 0.81, 95% CI 0.70-0.94).",
                     "Mortality due to breast cancer was lower with surgery (HR 0.70, 95% CI 0.50-0.98)."):
        assert not [f for f in found(sentence) if f.fields["endpoint"] == "OS"]


@yaml_cases
def test_an_outcome_of_a_named_population_is_that_subgroups(sentence, label, n):
    (f,) = found(sentence)
    assert f.group is not None and f.group.label == label and f.group.n == n


@yaml_cases
def test_a_ratio_said_for_a_subgroup_is_that_subgroups(sentence, labels):
    got = [f.group.label if f.group else None for f in found(sentence) if f.fields["measure"] == "hr"]
    assert got == labels


def test_a_factor_label_starts_at_a_word():
    text = ("Survival did not differ in a long multivariable model adjusting for many covariates between the marker "
            "subgroups (HR 0.9, 95% CI 0.6-1.3).")
    labels = [f.group.label for f in found(text) if f.group is not None]
    assert all(text.find(label) == 0 or not text[text.find(label) - 1].isalpha() for label in labels)


@yaml_cases
def test_an_outcome_of_a_subgroup_is_that_subgroups(sentence, label):
    (f,) = found(sentence)
    assert f.group is not None and f.group.label == label


@yaml_cases
def test_the_scale_a_grade_is_read_on_stands_between_a_count_and_its_toxicity(sentence, grade):
    got = {(f.fields["measure"], f.fields["value"], f.fields["grade"], f.fields["category"]) for f in found(sentence)}
    assert got == {("count", 6.0, grade, "oesophagitis"), ("rate", 10.0, grade, "oesophagitis")}


@yaml_cases
def test_v_between_two_values_is_versus(sentence, expected):
    got = found(sentence)
    assert {(f.fields["endpoint"], f.fields["value"]) for f in got} == expected
    assert all(f.group is not None and f.group.key != "all" for f in got)


@yaml_cases
def test_the_group_compared_to_is_the_one_named_not_a_complement(sentence):
    labels = {f.fields["value"]: f.group.label for f in found(sentence)}
    assert labels == {11.2: "drug K", 10.9: "drug L"}


@yaml_cases
def test_a_count_goes_to_the_outcome_written_right_after_it(sentence, expected):
    got = {}
    for f in found(sentence):
        got.setdefault(f.fields["endpoint"], {})[f.fields["measure"]] = f.fields["value"]
    assert {(e, m.get("count"), m.get("rate")) for e, m in got.items()} == expected


def test_a_table_row_run_into_the_next_keeps_each_count_with_its_own_label():
    got = {(f.fields["endpoint"], f.fields["value"]) for f in found(
        "Stable disease 9 (20)  Progressive disease 12 (27)  Partial response 4 (9)") if f.fields["measure"] == "count"}
    assert got == {("SD", 9.0), ("PD", 12.0), ("PR", 4.0)}


@yaml_cases
def test_no_outcome_is_read_after_a_bracketed_count(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["endpoint"] == "FAIL_ANY"]


@yaml_cases
def test_either_this_or_that_is_no_count_of_this(sentence):
    from oncoev.extract.mentions import scan

    assert not scan(sentence).endpoints and not found(sentence)


@yaml_cases
def test_endpoint_measure_and_value_of_counted_events(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"]) for f in found(sentence)} == expected


@yaml_cases
def test_a_bracket_with_three_decimals_and_no_percent_sign_is_no_share(sentence):
    assert not _measures(sentence) & {"count", "rate"}


@yaml_cases
def test_a_number_that_is_not_of_this_measure(sentence, measure):
    assert measure not in _measures(sentence)


@yaml_cases
def test_the_two_medians_of_a_benefit_stay_medians(sentence):
    assert [r[3] for r in rows(sentence) if r[1] == "median"] == [13.5, 10.2]


@yaml_cases
def test_a_count_and_its_total_in_a_bracket_after_the_outcome(sentence, expected):
    got = [(f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "count"]
    assert got == expected


@pytest.mark.parametrize("sentence", ["At the data cut-off, 41% of patients had died.",
                                      "At data cut-off, the 2-year survival rate was 41%."])
def test_the_data_cut_off_is_no_threshold(sentence):
    assert [f.fields["value"] for f in found(sentence)] == [41.0]


@yaml_cases
def test_the_total_said_with_a_list_s_first_item_is_that_of_the_items_after_it(sentence, expected):
    assert {(f.fields["category"], f.group.n if f.group else None) for f in found(sentence)} == expected


@yaml_cases
def test_labels_listed_before_a_time_point_and_their_values(sentence):
    got = [(f.fields["value"], f.fields["timepoint_months"], f.group.label) for f in found(sentence)]
    assert got == [(94.0, 36.0, "T1 tumours"), (71.0, 36.0, "T2 tumours")]


@yaml_cases
def test_a_confidence_level_with_its_method_named_is_no_value(sentence):
    got = found(sentence)
    assert [(f.fields["value"], f.fields.get("ci_low"), f.fields.get("ci_high")) for f in got] == [(27.0, 18.0, 38.0)]


@yaml_cases
def test_a_list_of_p_values_goes_to_the_comparisons_in_order(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["p_value"]) for f in found(sentence)] == expected


@yaml_cases
def test_a_list_of_p_values_that_does_not_match_the_comparisons_gives_none(sentence):
    got = [f for f in found(sentence) if f.fields["endpoint"] == "OS"]
    assert got and all(f.fields["p_value"] is None for f in got)


@yaml_cases
def test_the_distant_metastasis_rate_is_distant_failure(sentence):
    assert [(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)] == [("FAIL_DISTANT", 17.5)]


@yaml_cases
def test_k_endpoints_then_groups_then_k_blocks_of_values(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label, f.fields.get("p_value"))
            for f in found(sentence)] == expected


@yaml_cases
def test_blocks_of_values_whose_order_is_not_known_are_not_read_by_group(sentence):
    assert all(not f.pattern_id.endswith("labels_before_each") for f in found(sentence))


@yaml_cases
def test_each_p_stays_with_its_pair_of_values(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label, f.fields["p_value"])
            for f in found(sentence)] == expected


@yaml_cases
def test_a_pattern_leaves_alone_what_it_cannot_place(sentence, pattern):
    assert all(f.pattern_id != pattern for f in found(sentence))


@yaml_cases
def test_a_pair_after_each_term_is_the_two_groups_named_before(sentence, expected):
    assert [(f.fields["category"], f.fields["value"], f.group.label, f.fields["grade"])
            for f in found(sentence) if f.pattern_id == "result.compare.after_term"] == expected


@yaml_cases
def test_a_pair_after_a_term_with_no_groups_named_or_no_term_known_gives_no_group_row(sentence):
    assert not [f for f in found(sentence) if f.pattern_id == "result.compare.after_term" and f.fields["category"]
                in (None, "neutropenia", "diarrhoea")]


@yaml_cases
def test_terms_joined_by_a_slash_are_one_event(sentence, category):
    got = [f for f in found(sentence) if f.fields["endpoint"] == "TOX"]
    assert got and got[-1].fields["category"] == category
    assert all(f.fields["category"] in (category, "fatigue") for f in got)


@yaml_cases
def test_each_value_after_the_treatment_it_followed(sentence, expected):
    assert [(f.fields["value"], f.group.label, f.fields.get("p_value")) for f in found(sentence)] == expected


@yaml_cases
def test_no_group_named(sentence):
    assert all(f.group is None or not f.group.label for f in found(sentence))


@yaml_cases
def test_values_of_a_named_group_are_not_all_patients(sentence):
    assert [f for f in found(sentence) if f.group is None] == []


@yaml_cases
def test_failure_said_once_for_each_site_listed(sentence, expected):
    assert [r[:2] + (None,) + r[3:] for r in rows(sentence)] == expected


@yaml_cases
def test_the_first_block_is_the_group_a_sentence_opens_with(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label) for f in found(sentence)] == expected


@yaml_cases
def test_local_and_distant_failure_without_respectively_is_both_sites_at_once(sentence, expected):
    assert sorted((f.fields["endpoint"], f.fields["value"]) for f in found(sentence)) == sorted(expected)


@yaml_cases
def test_sentences_with_no_result(sentence):
    assert rows(sentence) == []


@yaml_cases
def test_a_bare_number_before_a_response_abbreviation_or_adjective_is_no_count(sentence):
    assert not [r for r in rows(sentence) if r[1] == "count"]


@yaml_cases
def test_the_odds_ratio_of_a_toxicity_keeps_its_term(sentence, category):
    (f,) = found(sentence)
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["category"]) == ("TOX", "or", category)


@yaml_cases
def test_a_hazards_ratio_with_an_interval_written_cl(sentence, expected):
    (f,) = found(normalize(sentence).text)
    assert (f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("ci_low"),
            f.fields.get("ci_high")) == expected


@yaml_cases
def test_an_event_the_time_is_counted_from_is_not_the_ratio_s_outcome(sentence, endpoint):
    assert [f.fields["endpoint"] for f in found(sentence) if f.fields["measure"] == "hr"] == [endpoint]


@yaml_cases
def test_rows_in_any_order(sentence, expected):
    assert sorted(rows(sentence)) == sorted(expected)


def _tox(sentence: str) -> set[tuple]:
    return {(f.fields.get("category"), f.fields.get("grade"), f.fields["value"]) for f in found(sentence)
            if f.fields["endpoint"] == "TOX" and f.fields["measure"] == "rate"}


@yaml_cases
def test_rates_under_grade_labels_are_not_read_for_a_group_or_a_comparison(sentence):
    assert not _tox(sentence)


@yaml_cases
def test_two_grades_then_two_rates_respectively(sentence, expected):
    assert _tox(sentence) <= expected and not {g for _, g, _ in _tox(sentence)} - {g for _, g, _ in expected}


@yaml_cases
def test_two_grades_then_two_counts_with_rates_respectively(sentence, expected):
    got = found(sentence)
    assert {(f.fields["measure"], f.fields["grade"], f.fields["value"]) for f in got} == expected
    assert all(f.group is None for f in got)  # the grades', not two unnamed groups'


@yaml_cases
def test_bare_counts_of_listed_outcomes_respectively(sentence, expected):
    got = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert {(f.fields["endpoint"], f.fields["grade"], f.fields["value"]) for f in got} == expected


@yaml_cases
def test_bare_counts_respectively_not_read_one_per_outcome(sentence):
    assert not [f for f in found(sentence) if f.pattern_id == "result.count.respectively"]


@yaml_cases
def test_of_patients_after_a_list_is_no_group(sentence):
    got = found(sentence)
    assert len(got) == 2 and {f.group.label if f.group else None for f in got} == {None}


@yaml_cases
def test_the_toxicities_of_a_sentence(sentence, expected):
    assert _tox(sentence) == expected


@yaml_cases
def test_the_group_of_each_value(sentence, labels):
    assert [f.group.label if f.group else None for f in found(sentence)] == labels


def test_of_a_list_that_names_no_people_is_no_subgroup():
    assert [f.group for f in found("The 2-year rates of local and regional failure were 9% and 14%, respectively.")] \
        == [None, None]


@yaml_cases
def test_a_time_window_is_no_median(sentence):
    assert [r for r in rows(sentence) if r[1] == "median"] == []


@yaml_cases
def test_a_share_that_bounds_a_quantity_is_a_cut_off_not_a_rate(sentence, kept):
    rates = {f.fields["value"] for f in found(sentence) if f.fields["measure"] == "rate"}
    assert not rates & {32.0, 80.0}
    assert kept <= rates


@yaml_cases
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


@yaml_cases
def test_the_endpoints_and_values_found(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)} == expected


@yaml_cases
def test_people_listed_after_of_are_the_groups_of_the_values(sentence, expected):
    assert {(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)} == expected


@yaml_cases
def test_a_tumours_response_is_the_objective_response(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)
            if f.fields["measure"] == "rate"} == expected


@yaml_cases
def test_a_ratio_bracket_right_after_an_outcome_is_that_outcomes(sentence, expected):
    # the next outcome, which has a ratio bracket of its own, does not take this ratio
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "or"} \
        == expected


@yaml_cases
def test_grade_3_or_4_is_one_range_not_two_grades_to_pair(sentence):
    assert not {g for _, g, _ in _tox(sentence)} & {"3", "4"}


@yaml_cases
def test_a_ratio_between_the_levels_of_a_factor_is_not_all_patients(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "hr" and f.group is None]


@yaml_cases
def test_a_factor_named_after_the_clause_before_its_ratio(sentence, expected):
    # "factors for X were F (HR ...)", "X was associated with F (HR ...)": the factor is the words after the clause
    got = [(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "hr"]
    assert got == expected


@yaml_cases
def test_outcomes_named_as_factors_of_survival_are_factors(sentence):
    # the events before the brackets are the factors; the survival after them is the outcome of both ratios
    got = [(f.fields["endpoint"], f.group.label if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "hr"]
    assert len(got) == 2 and all(code == "OS" and label for code, label in got)


@yaml_cases
def test_no_median_without_one_said(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "median"]


@yaml_cases
def test_a_grade_in_a_bracket_before_the_terms_is_not_their_rates_grade(sentence):
    # how severe most events were, said in an aside, is no grade the rates were counted at
    got = _tox(sentence)
    assert got and {g for _, g, _ in got} == {None}


@yaml_cases
def test_rr_with_a_percentage_is_a_response_rate_not_a_ratio(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] in ("rr", "hr", "or")]


@yaml_cases
def test_the_rate_of_an_unknown_event_is_not_adverse_events_in_general(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == "TOX" and not f.fields.get("category")]


@yaml_cases
def test_a_value_of_all_patients_beside_words_that_name_all_of_them_stays(sentence):
    assert [f for f in found(sentence) if f.group is None]


# "There were 30 deaths in the A arm, and median OS was 12 months": the group named ends its clause; the clause after
# ", and" is of an outcome of its own, said of no group (all patients), not the A arm's
@yaml_cases
def test_a_group_named_at_the_end_of_an_earlier_clause_is_not_the_next_clauses(sentence, endpoint):
    rows = [f for f in found(sentence) if f.fields["endpoint"] == endpoint]
    assert len(rows) == 1 and rows[0].group is None


def test_a_group_named_after_the_clause_break_is_still_its_values():
    rows = found("Grade 3 rash was rare in the low-dose cohort, and the objective response rate was 24% in the "
                 "high-dose cohort.")
    assert [(f.fields["endpoint"], f.group.label) for f in rows] == [("ORR", "high-dose cohort")]


@yaml_cases
def test_a_group_named_before_a_value_is_not_its_when_another_may_be(sentence, value):
    assert not [f for f in found(sentence) if f.fields["value"] == value and f.group is not None
                and f.group.label and f.group.label.lower() in ("low-dose group", "boost groups", "sequential group",
                                                                "observation group", "marker-high subgroup",
                                                                "doublet arm")]


@yaml_cases
def test_a_value_said_of_all_after_a_group_is_all_patients(sentence):
    assert [f.fields["value"] for f in found(sentence) if f.group is None] in ([77.0], [58.0])


@yaml_cases
def test_a_subject_that_names_a_part_of_the_patients_is_whom_the_values_are_of(sentence, label):
    rows = found(sentence)
    assert rows and all(f.group is not None and f.group.label.lower() == label.lower() for f in rows)


@yaml_cases
def test_a_value_beside_a_group_named_by_its_role_only_is_not_all_patients(sentence):
    out = extract_text("Methods: Patients were randomly assigned to arm A or arm B. Results: We enrolled 120 "
                       "patients. " + sentence)
    # (nor a new group named by the role, beside the paper's arms A and B)
    assert not [r for r in out["results"] if r["value"] in (4.9, 2.2, 61.7)
                and (r["cohort"] == "all" or "control" in r["cohort"] or "experimental" in r["cohort"])]


@yaml_cases
def test_survival_specific_to_the_named_cancer_is_cancer_specific_survival(sentence):
    assert [r[0] for r in rows(sentence)] == ["CSS"]


@yaml_cases
def test_the_lower_bound_of_a_window_of_events_is_no_time_point(sentence):
    got = rows(sentence)
    assert got and all(r[2] is None for r in got)


@yaml_cases
def test_a_grade_said_at_a_lists_head_is_every_listed_events(sentence, last):
    got = {f.fields.get("category"): f.fields.get("grade") for f in found(sentence)}
    assert got.get(last) in ("3", "3-4")


@yaml_cases
def test_a_grade_does_not_cross_a_semicolon_to_the_next_clauses_event(sentence):
    assert [f.fields.get("grade") for f in found(sentence) if f.fields.get("endpoint") == "TOX"] == [None]


@yaml_cases
def test_at_least_one_event_is_no_count_of_one_patient(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count" and f.fields["value"] == 1.0]


@yaml_cases
def test_a_grade_bounded_in_words(sentence, grade):
    assert {f.fields["grade"] for f in found(sentence) if f.fields["endpoint"] == "TOX"} == {grade}


@yaml_cases
def test_disease_states_listed_after_counted_responses(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence) if f.fields["measure"] == "count"} \
        == expected


@yaml_cases
def test_an_outcome_of_people_named_by_what_they_did_is_theirs(sentence, label, n):
    (f,) = found(sentence)
    assert (f.group.label, f.group.n) == (label, n)


def test_a_narrower_subset_is_a_cohort_of_its_own():
    text = ("Surgery for lung cancer invading the chest wall: a review of 97 patients\n\nResults: The 5-year survival "
            "of completely resected patients was 37.4%. The 5-year survival of completely resected patients with "
            "N0 disease was 45.3%.")
    rows = {r["value"]: r["cohort"] for r in extract_text(text, "series.txt")["results"] if r["endpoint"] == "OS"}
    assert rows[37.4] != rows[45.3] and "all" not in (rows[37.4], rows[45.3])


@yaml_cases
def test_more_names_of_control_and_distant_failure(sentence, code, value):
    assert (code, value) in {(f.fields["endpoint"], f.fields["value"]) for f in found(sentence)
                             if f.fields["measure"] == "rate"}


def test_a_short_name_the_paper_gives_to_other_words_names_no_endpoint():
    text = ("Open versus thoracoscopic segmentectomy\n\nThis study compares thoracoscopic segmentectomy (TS) with open "
            "segmentectomy (OS) in 58 patients. The OS group had a complication rate of 19% and the TS group 8%. "
            "Values are given as mean and standard deviation (SD); 12 SD was the widest spread.")
    got = extract_text(text, "surgery.txt")["results"]
    assert not [r for r in got if r["endpoint"] in ("OS", "SD")]


@yaml_cases
def test_complete_resection_achieved_is_an_r0_result(sentence, expected):
    assert {(f.fields["measure"], f.fields["value"]) for f in found(sentence)
            if f.fields["endpoint"] == "R0_RESECTION"} == expected


@yaml_cases
def test_complete_resection_of_the_people_described_is_no_r0_result(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] == "R0_RESECTION"]


@yaml_cases
def test_two_kinds_of_patients_with_and_without_something_respectively(sentence, labels):
    assert [f.group.label for f in found(sentence)] == labels


@yaml_cases
def test_deceased_donors_and_a_schedule_are_no_counts(sentence):
    assert not [f for f in found(sentence) if f.fields["endpoint"] in ("DEATH", "TREATMENT_ONGOING")]


@yaml_cases
def test_values_respectively_with_the_treatments_named_after(sentence, expected):
    assert {(f.fields["value"], f.group.label) for f in found(sentence) if f.group} == expected


@yaml_cases
def test_what_came_with_the_values_respectively_is_no_group(sentence):
    assert not [f for f in found(sentence) if f.group]


@yaml_cases
def test_an_upper_bound_not_calculable_leaves_the_lower_bound_an_interval(sentence):
    extraction = extract_text(f"Trial\n\nAbstract\nResults: {sentence}\n")
    assert [r["value"] for r in extraction["results"]] == [18.7]
    assert not [u for u in extraction["unexplained"] if u["value"] == 16.6]  # the bound is an interval's, explained


@yaml_cases
def test_a_count_over_its_total_with_its_share_in_one_bracket(sentence, count, share):
    got = {(f.fields["measure"], f.fields["value"]) for f in found(normalize(sentence).text)}
    assert {("count", float(count)), ("rate", share)} <= got


def test_an_interval_named_in_the_plural_is_the_values_interval():
    (f,) = found("Median PFS was 9.4 months (95% confidence intervals [CI]: 8.1-10.9).")
    assert (f.fields["ci_low"], f.fields["ci_high"]) == (8.1, 10.9)


@yaml_cases
def test_completion_of_all_the_cycles_whatever_their_number(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
            for f in found(normalize(sentence).text)} == expected


@yaml_cases
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


@yaml_cases
def test_a_further_share_is_not_the_outcome_named_before_it(sentence):
    got = {f.fields["value"] for f in found(normalize(sentence).text)}
    assert 29.0 not in got and 9.0 not in got


def test_another_count_with_its_own_outcome_after_it_is_read():
    got = {(f.fields["endpoint"], f.fields["value"]) for f in found(
        "Complete response was seen in 20% and another 31 (21%) had a partial response.")}
    assert {("CR", 20.0), ("PR", 31.0), ("PR", 21.0)} <= got


@yaml_cases
def test_a_group_named_by_a_code_with_digits_is_compared_by_that_name(sentence, first, second):
    a, b = found(sentence)
    assert (a.group.label, b.group.label) == (first, second) and a.group.unnamed is None


@yaml_cases
def test_a_grade_said_after_the_event_is_its_grade(sentence, grade, values):
    out = found(sentence)
    assert {f.fields["value"] for f in out} == values and {f.fields["grade"] for f in out} == {grade}


def test_the_most_common_event_of_some_patients_is_the_term_named_after_them():
    out = found("The most common adverse event in patients who received drug A alone or drug B alone was nausea "
                "(18% and 20%, respectively).")
    assert not [f for f in out if f.fields["category"] is None]


@yaml_cases
def test_two_grades_joined_by_and_take_the_two_values_after_the_event_in_order(sentence, expected):
    assert {(f.fields["category"], f.fields["grade"], f.fields["value"]) for f in found(sentence)} == expected


@yaml_cases
def test_two_values_after_grades_said_of_groups_or_as_one_class_are_not_one_value_per_grade(sentence):
    assert not [f for f in found(sentence) if f.fields["grade"] in ("3", "4")]


@yaml_cases
def test_a_treatment_as_subject_compared_with_another_names_the_pair(sentence, first, second):
    a, b = found(sentence)
    assert (a.group.label, b.group.label) == (first, second)


@yaml_cases
def test_free_of_progression_and_a_complete_metabolic_response_are_outcomes(sentence, expected):
    assert {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields["timepoint_months"])
            for f in found(sentence)} == expected


@yaml_cases
def test_an_event_s_cumulative_incidence_at_each_time_point(sentence, expected):
    assert {(f.fields["category"], f.fields["grade"], f.fields["value"], f.fields["timepoint_months"])
            for f in found(sentence)} == expected


@yaml_cases
def test_an_event_in_the_bracket_after_graded_events_takes_their_grade(sentence, category, grade):
    assert {f.fields["grade"] for f in found(sentence) if f.fields["category"] == category} == {grade}


@yaml_cases
def test_a_clause_that_leaves_out_the_outcome_just_given_compares_two_groups_in_it(sentence, expected):
    assert {(f.fields["value"], f.group.label if f.group else None) for f in found(sentence)} == expected


@yaml_cases
def test_the_share_closing_a_bracket_of_counted_kinds_is_no_kind_s_share(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "rate" and f.fields["category"]]


@yaml_cases
def test_a_count_with_its_share_in_one_bracket_is_no_breakdown(sentence, value):
    assert value in {f.fields["value"] for f in found(sentence)}


@yaml_cases
def test_a_breakdown_of_deaths_by_cause_names_no_groups(sentence):
    rows = extract_text("Results: " + sentence)["results"]
    assert not [r for r in rows if r["measure"] == "rate" and r["endpoint"] == "DEATH"], rows


@yaml_cases
def test_values_that_are_no_results_of_the_sentence(sentence):
    assert find_results(sentence).found == []


@yaml_cases
def test_those_without_after_than_is_the_first_groups_other_side(sentence, expected):
    assert [f.group.label for f in find_results(sentence).found] == expected


@yaml_cases
def test_a_sign_before_the_word_grade_bounds_the_grade(sentence, grade):
    found = find_results(normalize(sentence).text).found
    assert found and {f.fields["grade"] for f in found} == {grade}


@yaml_cases
def test_a_death_of_an_adverse_event_is_grade_5_of_that_event(sentence, category):
    assert the_finding(sentence, "endpoint grade category") == ("TOX", "5", category)


@yaml_cases
def test_a_death_of_the_disease_or_another_cause_stays_a_death(sentence):
    assert [f.fields["endpoint"] for f in find_results(sentence).found] == ["DEATH"]


@yaml_cases
def test_local_disease_control_is_local_control_not_disease_control(sentence):
    found = find_results(sentence).found
    assert found and {f.fields["endpoint"] for f in found} == {"LC"}


def test_an_outcome_after_the_people_a_sentence_opens_with_is_read():
    [f] = find_results("Among patients with a complete response, median survival was 31 months.").found
    assert (f.fields["endpoint"], f.group.label) == ("OS", "patients with a complete response")


@yaml_cases
def test_a_time_after_a_rate_counted_from_an_event_is_its_time_point(sentence, endpoint, months, value):
    assert the_finding(sentence, "endpoint measure timepoint_months value") == (endpoint, "rate", months, value)


@yaml_cases
def test_people_with_a_trait_then_who_of_them_were_assessed_are_the_values_group(sentence, n):
    [f] = find_results(sentence).found
    assert f.group is not None and f.group.n == n


def test_a_change_in_survival_with_each_groups_rate_in_its_bracket_is_read():
    found = find_results("Drug A gave an improvement in survival (45% vs 30% at 2 years).").found
    assert [f.fields["value"] for f in found] == [45.0, 30.0]


@yaml_cases
def test_shares_of_the_events_are_no_rates_of_the_patients(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["measure"] == "rate"]


def test_a_count_out_of_its_own_patients_after_the_events_stays():
    found = find_results("Of the 30 later relapses, a second complete remission was achieved in seven of 21 "
                         "patients.").found
    assert 7.0 in {f.fields["value"] for f in found}


@yaml_cases
def test_a_value_after_an_article_is_the_outcome_after_it(sentence, endpoint, months, value):
    rates = [f for f in find_results(sentence).found if f.fields["measure"] == "rate"]
    assert [(f.fields["endpoint"], f.fields["timepoint_months"], f.fields["value"]) for f in rates] == [
        (endpoint, months, value)]


@yaml_cases
def test_a_local_failure_named_other_ways(sentence):
    assert {f.fields["endpoint"] for f in find_results(sentence).found} == {"FAIL_LOCAL"}


@yaml_cases
def test_counts_of_two_listed_items_are_not_two_groups_counts_of_the_first(sentence):
    assert not [f for f in find_results(sentence).found if f.group is not None and f.group.unnamed is not None]


@yaml_cases
def test_a_count_with_when_its_events_came_before_the_grade(sentence, grade):
    assert the_finding(sentence, "endpoint measure grade") == ("TOX", "count", grade)


@yaml_cases
def test_a_value_named_by_a_cause_no_endpoint_reads_is_not_the_outcome_before(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["value"] in (11.0, 34.0)]


@yaml_cases
def test_a_ratio_beside_a_named_pair_is_its_first_group_against_the_second(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] in ("hr", "or")]
    assert ratio.group is not None and ratio.comparator is not None
    assert "A" in ratio.group.label and "B" in ratio.comparator.label


@yaml_cases
def test_a_ratio_beside_an_unnamed_pair_keeps_no_group(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.group is None


def test_a_ratio_beside_an_unnamed_pair_its_medians_agree_with_is_the_first_groups():
    # a hazard ratio below one is of the group that lived longer, whichever arm the values name first
    [ratio] = [f for f in find_results("Median OS was 12.1 vs 9.0 months (HR 0.75, 95% CI 0.6-0.9).").found
               if f.fields["measure"] == "hr"]
    assert (ratio.group.unnamed, ratio.comparator.unnamed) == (0, 1)


@yaml_cases
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


@yaml_cases
def test_a_subject_of_two_levels_of_one_measure_is_the_pairs_two_groups(sentence, labels):
    assert [f.group.label for f in find_results(sentence).found] == labels


@yaml_cases
def test_endpoints_of_other_cancers_are_their_own(sentence, endpoint, measure):
    found = find_results(sentence).found
    assert found and {(f.fields["endpoint"], f.fields["measure"]) for f in found} == {(endpoint, measure)}


@yaml_cases
def test_freedom_from_relapse_is_relapse_free_not_a_relapse_rate(sentence):
    assert {f.fields["endpoint"] for f in find_results(sentence).found} == {"DFS"}


@yaml_cases
def test_a_ratio_named_for_death_is_the_overall_survival_ratio(sentence):
    found = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert found and found[0].fields["endpoint"] == "OS"


@yaml_cases
def test_a_ratio_for_recurrence_after_a_recurrence_free_curve_is_that_curves(sentence):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.fields["endpoint"] == "DFS"


@yaml_cases
def test_a_hazard_ratio_of_the_events_is_the_event_free_curves(sentence, endpoint):
    [ratio] = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratio.fields["endpoint"] == endpoint


@yaml_cases
def test_a_hazard_ratio_of_deaths_of_any_cause_is_the_overall_survival_ratio(sentence, endpoint):
    ratios = [f for f in find_results(sentence).found if f.fields["measure"] == "hr"]
    assert ratios and {f.fields["endpoint"] for f in ratios} == {endpoint}


@yaml_cases
def test_counted_people_with_a_trait_are_the_group_of_their_measure(sentence):
    [f] = find_results(sentence).found
    assert f.group is not None and f.group.label == "30 patients with persistent nodal disease"


def test_a_count_of_people_with_a_trait_stays_a_count():
    found = find_results("16 patients with persistent disease had a partial response.").found
    assert all(f.group is None for f in found)


@yaml_cases
def test_values_of_a_group_named_near_them_are_not_all_patients(sentence):
    assert not [f for f in find_results(sentence).found if f.group is None]


@yaml_cases
def test_a_share_of_those_just_named_after_a_semicolon_is_not_the_outcome_before(sentence):
    assert not [f for f in find_results(sentence).found if f.fields["value"] in (11.0, 55.0, 12.0, 40.0)]


@yaml_cases
def test_a_count_of_the_patients_in_whom_the_outcome_did_not_happen_is_no_count_of_it(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] in ("count", "rate")]


@yaml_cases
def test_the_outcomes_own_count_and_a_zero_count_are_kept(sentence, value):
    assert value in [f.fields["value"] for f in found(sentence) if f.fields["measure"] == "count"]


@yaml_cases
def test_factors_named_after_the_clause_that_says_how_the_outcome_went(sentence, expected):
    got = {f.group.label: f.fields["value"] for f in found(sentence) if f.fields["measure"] in ("hr", "rr")}
    assert got == expected


@yaml_cases
def test_the_patients_a_rate_is_of_are_no_count_of_the_outcome(sentence):
    got = found(sentence)
    assert not [f for f in got if f.fields["measure"] == "count"]
    assert 39.0 in {f.fields["value"] for f in got if f.fields["measure"] == "rate"}


@yaml_cases
def test_a_response_with_its_total_then_its_complete_kind(sentence, expected):
    got = {(f.fields.get("category"), f.fields["measure"], f.fields["value"]) for f in found(sentence)
           if f.fields["endpoint"] == "PAIN_RESPONSE"}
    assert got == expected


@yaml_cases
def test_an_event_said_not_to_have_happened_is_a_count_of_none(sentence, expected):
    got = [(f.fields["endpoint"], f.fields.get("grade")) for f in found(sentence)
           if f.fields["measure"] == "count" and f.fields["value"] == 0.0]
    assert got == [expected]


@yaml_cases
def test_none_of_a_kind_or_no_difference_is_no_count_of_none(sentence):
    assert not [f for f in found(sentence) if f.fields["measure"] == "count"]


@yaml_cases
def test_a_ratio_of_deaths_of_any_cause_is_the_overall_survivals(sentence, endpoint):
    (f,) = [f for f in found(sentence) if f.fields["measure"] in ("hr", "or", "rr")]
    assert f.fields["endpoint"] == endpoint


@yaml_cases
def test_the_wholes_value_then_a_parts_value_named_after_it(sentence):
    got = {(f.group.label if f.group else None, f.fields["value"]) for f in found(sentence)}
    assert (None, 58.2) in got and ("patients without nodal disease", 71.0) in got


def test_a_value_after_a_fronted_population_is_not_the_wholes():
    got = [f for f in found("Among smokers, three-year overall survival was 58.2%, and 71.0% in never-smokers.")
           if f.fields["value"] == 58.2]
    assert all(f.group is not None for f in got)


@yaml_cases
def test_an_outcome_said_with_with_after_a_groups_value_is_that_groups(sentence, label, value):
    (f,) = [f for f in found(sentence) if f.fields["value"] == value]
    assert f.group is not None and f.group.label == label


def test_an_outcome_after_with_following_a_value_of_all_patients_stays_all_patients():
    (f,) = [f for f in found("The 3-year survival was 22% with a median survival of 19 months.")
            if f.fields["value"] == 19.0]
    assert f.group is None


@yaml_cases
def test_a_response_with_its_organ_inside_the_name_is_that_response_at_that_site(sentence, endpoint, site):
    got = {(f.fields["endpoint"], f.fields.get("site")) for f in found(sentence) if f.fields["measure"] == "count"}
    assert got == {(endpoint, site)}


@yaml_cases
def test_a_scope_whose_trait_holds_a_bracketed_aside_names_the_rows_group(sentence):
    (f,) = [f for f in found(sentence) if f.fields["measure"] == "count"]
    assert f.group is not None and f.group.n == 19


@yaml_cases
def test_rates_at_time_points_in_weeks_carry_them_in_months_and_are_no_medians(sentence, expected):
    rows_read = found(sentence)
    assert {(f.fields["value"], f.fields["timepoint_months"]) for f in rows_read} == expected
    assert all(f.fields["measure"] == "rate" for f in rows_read)


def test_a_duration_in_weeks_is_no_time_point():
    assert find_times("Treatment lasted 6 weeks, and symptoms resolved within 2 weeks.") == []


@yaml_cases
def test_one_value_of_a_slash_pair_is_no_row_of_its_own(sentence):
    assert not found(sentence)


@yaml_cases
def test_a_count_over_its_total_is_no_slash_pair(sentence):
    assert 35.0 in [f.fields["value"] for f in found(sentence)]


@yaml_cases
def test_serious_adverse_events_with_their_cause_inside_the_name_are_serious_adverse_events(sentence):
    assert {f.fields["endpoint"] for f in found(sentence)} == {"SAE"}


@yaml_cases
def test_patients_said_to_have_died_of_adverse_events_are_grade_5_events(sentence):
    assert {(f.fields["endpoint"], f.fields.get("grade")) for f in found(sentence)} == {("TOX", "5")}


@yaml_cases
def test_two_groups_compared_with_than_each_with_its_size_in_a_bracket(sentence):
    got = {(f.fields["value"], f.group.n if f.group else None) for f in found(sentence)
           if f.fields["measure"] == "median"}
    assert got == {(30.0, 64), (17.0, 41)}


_ARMS_OF_TWO = "Participants were randomly assigned to chemotherapy alone or chemotherapy plus antibody. "


@yaml_cases
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


@yaml_cases
def test_an_arms_count_of_patients_with_a_trait_is_no_value_of_the_arm(sentence):
    # the share of the arm's patients with a trait who had the outcome is a part of the arm's, never the arm's own
    got = [(r["cohort"], r["value"]) for r in extract_text(_ARMS_OF_TWO + sentence)["results"]]
    assert not any(c.startswith("chemotherapy_plus_antibody") for c, _ in got), got


@yaml_cases
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


@yaml_cases
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


@yaml_cases
def test_values_in_a_bracket_after_another_study_are_not_this_studys(sentence):
    got = {r["value"] for r in extract_text(_ONE_ARM + sentence)["results"]}
    assert not got & {9.2, 41.0, 22.0}, got


def test_values_in_a_bracket_after_this_studys_own_words_are_kept():
    sentence = ("Compared with the previous trial, our patients had a higher ORR (45%) and a longer median PFS "
                "(8.1 months).")
    assert {r["value"] for r in extract_text(_ONE_ARM + sentence)["results"]} == {45.0, 8.1}


@yaml_cases
def test_a_kind_of_response_named_as_the_best_overall_response_is_that_kinds(sentence, code):
    got = {(r["endpoint"], r["value"]) for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"]}
    assert got and {c for c, _ in got} == {code}, got


def test_the_overall_response_rate_itself_stays_the_overall_responses():
    sentence = "The overall response rate was 30% in drug A patients, and stable disease was seen in 40%."
    got = {(r["endpoint"], r["value"]) for r in extract_text(_DRUG_OR_PLACEBO + sentence)["results"]}
    assert ("ORR", 30.0) in got, got


_OPERATED = "In this study, 400 patients underwent surgery. "


@yaml_cases
def test_events_counted_by_how_many_sites_they_were_at_are_no_counts_of_all_events(sentence):
    assert extract_text(_OPERATED + sentence)["results"] == []


@yaml_cases
def test_events_counted_with_no_number_of_sites_keep_their_rows(sentence, values):
    assert {r["value"] for r in extract_text(_OPERATED + sentence)["results"]} == values


_TWO_DRUGS = "Patients were randomly assigned to drug A or drug B. "


@yaml_cases
def test_survival_counted_from_an_event_is_no_overall_survival_of_the_arms(sentence):
    # each arm's survival from the event is that of its patients who had it, a part of the arm
    got = [(r["endpoint"], r["value"]) for r in extract_text(_TWO_DRUGS + sentence)["results"]]
    assert not any(code == "OS" for code, _ in got), got


def test_survival_with_a_follow_up_after_it_stays_overall_survival():
    sentence = "Median survival was 14 months with drug A and 11 months with drug B after a follow-up of 30 months."
    got = {(r["endpoint"], r["value"]) for r in extract_text(_TWO_DRUGS + sentence)["results"]}
    assert {("OS", 14.0), ("OS", 11.0)} <= got, got


@yaml_cases
def test_people_named_by_their_tumour_before_a_verb_are_the_pairs_groups(sentence):
    got = {(f.fields["value"], bool(f.group and f.group.label)) for f in found(sentence)}
    assert got == {(23.0, True), (16.0, True)}


@yaml_cases
def test_a_ratio_of_progressions_said_before_it_is_progression_free_survivals(sentence):
    assert ("PFS", "hr", 0.69) in {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
                                   for f in find_results(normalize(sentence).text).found}


@yaml_cases
def test_a_factor_said_as_the_subject_is_its_ratios_group(sentence, factor):
    (ratio,) = [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr"]
    assert ratio.group is not None and ratio.group.label == factor


@yaml_cases
def test_a_subject_that_is_no_factor_is_no_ratios_group(sentence, subject):
    assert not any(f.group is not None and f.group.label == subject
                   for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr")


@yaml_cases
def test_each_rate_after_its_own_time_point(sentence):
    got = {(f.fields["endpoint"], f.fields["timepoint_months"], f.fields["value"])
           for f in find_results(normalize(sentence).text).found}
    assert got == {("DFS", 36.0, 67.5), ("DFS", 60.0, 58.1)}


@yaml_cases
def test_values_with_respectively_of_the_groups_the_sentence_before_listed(text, expected):
    extraction = extract_text(text)
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert {(cohorts[r["cohort"]]["label"], cohorts[r["cohort"]]["n"], r["value"])
            for r in extraction["results"]} == expected


def test_values_with_respectively_and_a_different_count_of_groups_before_stay_unread():
    text = ("A series.\n\nPatients were classified as favourable (n = 31), intermediate (n = 47) or poor risk "
            "(n = 22). Their 3-year overall survival rates were 81% and 59%, respectively.")
    assert not any(r["value"] in (81.0, 59.0) and r["cohort"] != "all" for r in extract_text(text)["results"])


@yaml_cases
def test_a_value_of_a_lettered_group_named_after_it_is_that_groups(sentence, cohort):
    rows = extract_text(f"A phase II study.\n\nResults: {sentence}")["results"]
    assert rows and {r["cohort"] for r in rows} == {cohort}


def test_a_value_of_two_lettered_groups_is_no_one_of_them():
    rows = extract_text("A phase II study.\n\nResults: The response rate was 40% in arms A and B.")["results"]
    assert not any(r["cohort"] in ("arm_a", "arm_b") for r in rows)


@yaml_cases
def test_a_tumour_symptom_relieved_in_a_share_is_its_palliation(sentence, expected):
    got = {(f.fields["endpoint"], f.fields.get("category"), f.fields["measure"], f.fields["value"])
           for f in found(normalize(sentence).text)}
    assert got == expected


@yaml_cases
def test_a_ratio_after_than_a_second_kind_of_people_is_theirs_when_the_first_had_its_own(sentence, first, second):
    got = sorted((f.fields["value"], f.group.label if f.group else None, f.comparator) for f in found(sentence)
                 if f.fields["measure"] == "hr")
    assert [(g, c) for _, g, c in got] == [(first, None), (second, None)]


def test_a_ratio_after_than_with_no_ratio_before_still_sets_the_first_against_the_second():
    f, = [f for f in found("Women had a longer survival than men (HR 0.75, 95% CI 0.60-0.94).")
          if f.fields["measure"] == "hr"]
    assert (f.group.label, f.comparator.label) == ("Women", "men")


@yaml_cases
def test_a_ratio_in_a_subgroup_of_so_many_patients_named_first_is_that_subgroups(sentence, endpoint, value, n):
    f, = [f for f in found(sentence) if f.fields["measure"] == "hr"]
    assert (f.fields["endpoint"], f.fields["value"], f.group.n if f.group else None) == (endpoint, value, n)


def test_the_arms_values_in_a_subgroup_of_so_many_patients_give_no_row():
    got = found("In the subgroup of 120 patients aged 70 or older, the response rate was 31% with drug K and 22% "
                "with drug M.")
    assert not [f for f in got if f.fields["value"] in (31.0, 22.0)]


@yaml_cases
def test_each_part_given_its_own_ratio_is_named_by_its_own_words(sentence, expected):
    assert {(f.fields["value"], f.group.label if f.group else None) for f in found(sentence)
            if f.fields["measure"] == "hr"} == expected


@yaml_cases
def test_ratios_listed_each_with_its_part_after_it_are_those_parts(sentence, expected):
    assert {(f.fields["value"], f.fields["endpoint"], f.group.label if f.group else None) for f in found(sentence)
            if f.fields["measure"] in ("hr", "or")} == expected


def test_the_word_or_is_no_odds_ratio_heading_a_list_of_parts():
    # the ratio abbreviations are capitals: "with or without" heads no list of odds ratios
    out = extract_text("We treated 80 patients. Overall survival was longer in patients with or without nodes treated "
                       "were 0.52 for stage I and 0.71 for stage II.")
    assert not rows_where(out, measure=("hr", "or", "rr"))
