"""General constructions of result reporting, each with sentences we wrote (two or more wordings),
and the extractor's robustness over the unlabeled corpus."""

from __future__ import annotations

import re

import pytest
from result_rows import row_tuples, rows_where, tuples_of
from support import extract_text, labelled_extraction, need_shared, yaml_cases

from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"],
             f.fields.get("grade"), f.fields.get("category"))
            for f in find_results(normalize(sentence).text).found}


@yaml_cases
def test_a_row_of_the_sentence(sentence, expected):
    assert expected in rows(sentence)


@yaml_cases
def test_weeks_are_read_as_months(sentence, value):
    (row,) = [r for r in rows(sentence) if r[1] == "median"]
    assert abs(row[3] - value) < 0.01


@yaml_cases
def test_a_relieved_symptom_is_the_category(sentence):
    got = rows(sentence)
    assert ("SYMPTOM_RESPONSE", "count", None, 14.0, None, "symptom relief") in got


@yaml_cases
def test_the_event_survival_is_counted_from_is_no_endpoint(sentence):
    assert {r[0] for r in rows(sentence)} == {"OS"}


@yaml_cases
def test_a_grade_range_to_5_is_that_grade_or_higher(sentence, grade):
    assert {r[4] for r in rows(sentence)} == {grade}


def test_the_extractor_reads_a_sample_of_the_unlabeled_corpus_without_failing():
    from oncoev.extract import extract_path
    from oncoev.schema.contract import parse_extraction

    corpus = need_shared("corpus", "unlabeled")
    files = sorted([*corpus.glob("abstracts/*.txt"), *corpus.glob("fulltexts/*.txt"), *corpus.glob("xml/*.nxml")])
    assert len(files) > 800
    for path in files[::25]:
        extraction = extract_path(path)
        _, problems = parse_extraction(extraction)
        assert problems == [], (path.name, problems[:3])


@yaml_cases
def test_a_rate_per_subgroup_named_after_or_before_the_values(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert [(f.group.label, f.fields["value"]) for f in found] == expected


@yaml_cases
def test_a_duration_restated_in_another_unit_is_one_value(sentence, value):
    medians = [r for r in rows(sentence) if r[1] == "median"]
    assert [r[3] for r in medians] == [value]


@yaml_cases
def test_one_response_read_by_two_assessors_gives_both_values(sentence, values):
    assert {r[3] for r in rows(sentence) if r[1] == "rate"} == values


def test_an_interval_named_with_its_abbreviation_is_read():
    (f,) = [f for f in find_results(normalize(
        "The overall response rate was 52% (95% confidence interval [CI], 40 to 63).").text).found]
    assert (f.fields["ci_low"], f.fields["ci_high"]) == (40.0, 63.0)


@yaml_cases
def test_the_most_common_toxicity_names_its_term(sentence, expected):
    got = rows(sentence)
    assert any(r[:5] == expected[:5] and expected[5] in (r[5] or "") for r in got), got


@yaml_cases
def test_counts_and_rates_found(sentence, expected):
    assert expected <= rows(sentence)


def test_a_number_over_the_next_table_row_is_no_count():
    assert not [r for r in rows("Stage III 94\nRecurrence 12") if r[0] == "FAIL_ANY" and r[3] == 94.0]


@yaml_cases
def test_listed_response_counts_take_the_site_of_their_rate(sentence, site):
    found = [f for f in find_results(normalize(sentence).text).found if f.fields["endpoint"] in ("CR", "PR")]
    assert found and all((f.fields.get("site") or "") == site for f in found)


@yaml_cases
def test_a_restatement_with_its_interval_is_kept_over_the_bare_value(text):
    rows = rows_where(extract_text(text), endpoint="OS")
    assert [(r["value"], r["ci_low"], r["ci_high"]) for r in rows] == [(21.0, 17.0, 25.0)]
    assert rows[0]["char_start"] > text.index("Results") and rows[0]["also_at"]  # the place that gives the CI


RESTATED_TRIAL = ("Velotinib versus placebo in advanced gastric cancer: a randomised phase 3 trial\n\nAbstract\n"
                  "We randomly assigned 120 patients to velotinib (n = 61) or placebo (n = 59). {summary}\n\n"
                  "Results\n{detail}\n\nDiscussion\nThe rest of the discussion is written here in words of our own "
                  "choosing.\n")


@yaml_cases
def test_a_restatement_with_its_interval_keeps_the_comparison_the_first_statement_made(summary, detail, endpoint,
                                                                                       value, ci):
    text = RESTATED_TRIAL.format(summary=summary, detail=detail)
    (row,) = rows_where(extract_text(text), endpoint=endpoint, value=value)
    assert (row["ci_low"], row["ci_high"]) == ci
    assert (row["cohort"], row["comparator"], row["p_value"]) == ("velotinib", "placebo", 0.02)


@yaml_cases
def test_the_commonest_reason_is_not_every_discontinuation_s_reason(sentence, category):
    (count,) = [f for f in find_results(normalize(sentence).text).found if f.fields["endpoint"] == "DISCONTINUATION"]
    from oncoev.extract.mentions import scan
    from oncoev.extract.qualifiers import qualify
    qualify(scan(normalize(sentence).text), [count])
    assert count.fields.get("category") == category


@yaml_cases
def test_words_that_look_like_a_result_of_a_kind_are_not(sentence, field, kind):
    assert not [r for r in rows(sentence) if r[field] == kind]


@yaml_cases
def test_the_events_a_ratio_is_for_name_its_curve(sentence, code):
    assert {r[0] for r in rows(sentence) if r[1] == "hr"} == {code}


@yaml_cases
def test_a_rate_with_its_time_point_in_the_bracket_after_it(sentence, expected):
    # "(4 years)" after a rate is its time point, never a median of 48 months
    got = rows(sentence)
    assert expected <= got and not [r for r in got if r[1] == "median"]


@yaml_cases
def test_a_rate_with_its_time_point_written_before_it_in_a_bracket(sentence, expected):
    # "(3 years: 71%; 5 years: 58%)": each rate takes the time written just before it, none is left without one
    got = rows(sentence)
    assert expected <= got and not [r for r in got if r[1] == "rate" and r[2] is None]


@yaml_cases
def test_medians_listed_with_intervals_that_carry_their_unit(sentence):
    # the unit after an interval's upper bound is the interval's: the list goes on past it, each median its outcome's
    assert {(r[0], r[3]) for r in rows(sentence) if r[1] == "median"} == {("TTP", 5.9), ("OS", 16.3)}


@yaml_cases
def test_one_median_for_two_outcomes_said_together_is_neither_s(sentence):
    assert not [r for r in rows(sentence) if r[1] == "median"]


@yaml_cases
def test_an_interval_open_at_the_top_is_not_the_value(sentence):
    medians = {r[3] for r in rows(sentence) if r[1] == "median"}
    assert medians and not medians & {24.3, 11.0}


def labelled_rows(sentence: str) -> set[tuple]:
    found = find_results(normalize(sentence).text).found
    return {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.group.label if f.group else None)
            for f in found}


@yaml_cases
def test_subgroups_named_after_a_list_with_respectively(sentence, expected):
    assert labelled_rows(sentence) >= expected


@yaml_cases
def test_lists_whose_labels_are_not_subgroups_of_this_study(sentence):
    assert not [r for r in labelled_rows(sentence) if r[3]]


@yaml_cases
def test_failure_free_survival_and_time_to_treatment_failure_are_their_own_endpoints(sentence, code, value):
    got = rows(sentence)
    assert code in {r[0] for r in got if r[3] == value}
    assert not [r for r in got if r[3] == value and r[0] != code]


def test_a_longer_failure_free_name_keeps_its_code():
    assert {r[0] for r in rows("The 3-year local failure-free survival was 80%.")} == {"LRFS"}


@yaml_cases
def test_the_median_of_a_time_to_retreatment_or_a_duration_of_response(sentence, code, value):
    assert (code, "median", None, value, None, None) in rows(sentence)


@yaml_cases
def test_the_reason_for_stopping_ends_at_its_verb(sentence, category):
    got = {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"}
    assert got == {category}


@yaml_cases
def test_a_meta_analysis_heterogeneity_is_no_rate(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[1] == "rate"]
    assert [r for r in got if r[1] == "hr"]
    out = extract_text(sentence, "review.txt")
    assert not [u for u in out["unexplained"] if u["value"] in (12.0, 38.0)]


@yaml_cases
def test_control_of_distant_disease_is_distant_metastasis_free_survival(sentence):
    assert ("DMFS", "rate", 24.0, 61.0, None, None) in rows(sentence)


@yaml_cases
def test_a_duration_naming_a_ratios_factor_is_no_median(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[1] == "median"], got
    assert [r for r in got if r[1] == "hr"], got


@yaml_cases
def test_a_median_before_its_ratio_or_a_bound_stays(sentence):
    assert [r for r in rows(sentence) if r[1] == "median"]


@yaml_cases
def test_no_row_of_the_sentence(sentence):
    assert rows(sentence) == set()


@yaml_cases
def test_a_count_then_a_graded_outcome_is_that_outcomes(sentence, expected_grade):
    got = {r for r in rows(sentence) if r[3] in (11.0, 35.0, 9.0, 27.0)}
    assert got and {(r[0], r[4]) for r in got} == {("TOX", expected_grade)}, got


@yaml_cases
def test_a_reason_is_named_without_article_or_short_name(sentence, category):
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"} == {category}


@yaml_cases
def test_a_table_row_run_together_gives_no_prose_rate(sentence):
    """The share of a count glued to its row's label ("disease17 (46%)") is a cell of that row, never a rate of the
    outcome the row before named."""
    assert not [r for r in rows(sentence) if r[1] == "rate" and r[3] in (46.0, 65.0, 35.0, 28.0)]


@yaml_cases
def test_a_response_category_beside_a_hazard_ratio_is_no_endpoint_of_it(sentence):
    assert not [r for r in rows(sentence) if r[1] == "hr" and r[0] in ("SD", "PR", "CR", "PD")]


@yaml_cases
def test_the_level_a_dose_was_reduced_to_is_no_rate_of_reductions(sentence):
    assert not [r for r in rows(sentence) if r[0] == "DOSE_REDUCTION" and r[1] == "rate"]


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("The 1-, 2- and 3-year overall survival rates were 40%, 15% and 4% versus 47%, 16% and 8%, respectively.",
     {12.0: {40.0, 47.0}, 24.0: {15.0, 16.0}, 36.0: {4.0, 8.0}}),
    ("Progression-free survival rates at 1 and 2 years were 21% and 6% vs 30% and 11%.",
     {12.0: {21.0, 30.0}, 24.0: {6.0, 11.0}}),
])
def test_one_list_of_each_group_on_either_side_of_versus(sentence, pairs):
    """ "a, b and c versus d, e and f" with the times said before: the k-th value of each list is at the k-th time,
    not a pair of neighbours."""
    got: dict = {}
    for r in rows(sentence):
        got.setdefault(r[2], set()).add(r[3])
    assert got == pairs


@yaml_cases
def test_one_side_of_an_unnamed_pair_is_not_all_patients(sentence, values):
    found = [f for f in find_results(normalize(sentence).text).found if f.fields["value"] in values]
    assert all(f.group is not None for f in found)


@yaml_cases
def test_a_value_compared_with_another_series_stays_the_studys(sentence, row):
    assert row in rows(sentence)


@yaml_cases
def test_a_pair_said_between_the_two_groups_is_the_arms_in_order(sentence, expected):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    text = "Patients were randomly assigned to alpha (n = 120) or beta (n = 118). " + sentence
    out = extract_document(read_text_bytes(text.encode("utf-8"), "trial.txt"))
    got = {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in out["results"]}
    assert got >= expected


@yaml_cases
def test_toxicity_terms_listed_before_their_numbers(sentence, expected):
    assert rows(sentence) >= expected


def test_terms_listed_with_no_numbers_after_them_are_no_events():
    assert not rows("Grade 2 dermatitis occurred in 11 patients (15%), while cystitis and proctitis were mild.") \
        - {("TOX", "count", None, 11.0, "2", "dermatitis"), ("TOX", "rate", None, 15.0, "2", "dermatitis")}


@yaml_cases
def test_how_severe_most_events_were_is_not_the_grade_counted(sentence):
    got = [r for r in rows(sentence) if r[0] == "TOX"]
    assert got and all(r[4] is None for r in got)


@yaml_cases
def test_a_dose_after_a_group_is_no_count(sentence, doses):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    out = extract_document(read_text_bytes(sentence.encode("utf-8"), "trial.txt"))
    assert not [r for r in out["results"] if r["value"] in doses]


@yaml_cases
def test_a_list_of_grades_ending_in_or_is_one_class(sentence, grade):
    got = {r[4] for r in rows(sentence) if r[0] == "TOX"}
    assert got == {grade}


TWO_ARMS = "We randomly assigned 200 patients to drug A (n=100) or drug B (n=100). "


def in_two_arms(text: str) -> dict:
    """The extraction of ``text`` after the title and the sentence defining the arms drug A and drug B."""
    return extract_text("A trial\n\n" + TWO_ARMS + text)


def in_one_arm(text: str, patients: int = 150, cancer: str = "lung cancer") -> dict:
    """The extraction of ``text`` in a single-arm study of ``patients`` patients."""
    return extract_text(f"A trial\n\nWe treated {patients} patients with {cancer}. " + text)


@yaml_cases
def test_none_in_the_other_arm_after_a_count_of_patients_is_a_count_of_zero(text):
    counts = {(r["cohort"], r["value"]) for r in in_two_arms(text)["results"] if r["measure"] == "count"}
    assert counts == {("drug_a", 7.0 if "7" in text else 3.0), ("drug_b", 0.0)}


def test_none_after_a_duration_is_no_count():
    rows = in_two_arms("Median survival was 14 months in the drug A group and none in the drug B group reached it.")
    assert not rows_where(rows, value=0.0)


@yaml_cases
def test_a_ratio_after_the_second_group_s_name_compares_the_pair_s_groups(text):
    rows = in_one_arm(text)["results"]
    [ratio] = [r for r in rows if r["measure"] == "hr"]
    first = next(r for r in rows if r["value"] == 17.5)
    assert (ratio["cohort"], ratio["comparator"]) == (first["cohort"], first["comparator"]) != ("all", None)


@yaml_cases
def test_the_most_frequent_of_graded_events_takes_their_grade(text, grade):
    rows = {(r["category"], r["grade"], r["value"]) for r in in_one_arm(text)["results"] if r["measure"] == "count"}
    assert ("neutropenia", grade, 9.0) in rows


def test_the_most_frequent_event_after_events_of_no_grade_has_none():
    out = in_one_arm("Adverse events were seen in 90 patients (60%); the most frequent was nausea (n = 40).")
    assert tuples_of(out, "category grade", value=40.0) == {("nausea", None)}


@yaml_cases
def test_a_curve_s_rate_with_the_patients_it_counts_in_a_bracket_is_read(text, ci):
    rows = rows_where(in_one_arm(text), measure="rate")
    assert [(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows] == [("EFS", 4.0, 33.3)]
    assert (rows[0]["ci_low"], rows[0]["ci_high"]) == (ci or (None, None))


@yaml_cases
def test_the_ratio_after_an_unnamed_pair_of_two_active_arms_is_the_first_arm_s_against_the_second(text):
    [ratio] = rows_where(in_two_arms(text), measure="hr")
    assert (ratio["cohort"], ratio["comparator"], ratio["value"]) == ("drug_a", "drug_b", 0.93)


def test_a_ratio_of_a_factor_after_a_pair_is_no_arms_ratio():
    rows = in_two_arms("Overall survival by nodal status differed (median 14.2 vs 9.1 months; HR 0.63, 95% CI "
                       "0.50-0.79).")["results"]
    assert not [r for r in rows if r["measure"] == "hr" and r["cohort"] in ("drug_a", "drug_b")]


@yaml_cases
def test_a_count_of_the_part_of_each_arm_operated_on_and_its_share_are_that_part_s(text):
    out = in_two_arms(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    got = {(r["measure"], r["value"], size.get(r["cohort"])) for r in out["results"]}
    assert got == {("count", 9.0, 60), ("rate", 15.0, 60), ("count", 6.0, 75), ("rate", 8.0, 75)}


@yaml_cases
def test_a_sentence_of_a_two_arm_trial_gives_no_rows_of_the_kind(sentence, none_of):
    # each case: a sentence of a two-arm trial (drug A, drug B) and the fields (as rows_where takes them) of the rows
    # it must not give
    assert not rows_where(in_two_arms(sentence), **none_of)


@yaml_cases
def test_a_value_within_a_part_named_by_a_state_or_age_is_that_part_s(text):
    [row] = in_one_arm(text)["results"]
    assert row["value"] == 61.0 and row["cohort"] not in ("all", None)


@yaml_cases
def test_an_event_diagnosed_in_patients_is_counted(text, category):
    rows = {(r["endpoint"], r["category"], r["measure"], r["value"]) for r in in_one_arm(text)["results"]}
    assert {("TOX", category, "count", 11.0), ("TOX", category, "rate", 7.0)} <= rows


@yaml_cases
def test_an_event_diagnosed_before_treatment_is_no_result(text):
    assert not in_one_arm(text)["results"]


@yaml_cases
def test_an_age_or_the_threshold_of_a_list_of_events_is_no_result(sentence, value):
    assert not rows_where(extract_text(TWO_ARMS + sentence), value=value)


def test_a_survival_after_a_clause_about_censoring_is_read():
    sentence = "Overall, 61% of observations were censored for overall survival, and the 2-year OS was 70%."
    assert ("OS", "rate", 24.0, 70.0, None, None) in rows(sentence)


@yaml_cases
def test_a_reason_ends_before_a_comparison(sentence, category):
    # the other group's count after "versus" is no part of the reason
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"} <= {category}
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"}


@yaml_cases
def test_shares_by_reason_of_those_who_stopped_are_no_rates(sentence):
    # the percentages split the patients who stopped by reason; none is a rate among all patients
    assert not [r for r in rows(sentence) if r[0] == "DISCONTINUATION" and r[1] == "rate"]


@yaml_cases
def test_shares_by_reason_said_of_all_patients_are_rates(sentence):
    assert [r[3] for r in rows(sentence) if r[:2] == ("DISCONTINUATION", "rate") and r[5] == "progression"]


@yaml_cases
def test_the_total_before_a_list_of_reasons_has_no_one_reason(sentence):
    got = [r for r in rows(sentence) if r[0] == "DISCONTINUATION" and r[1] == "count"]
    assert got and all(r[5] is None for r in got if r[3] in (71.0, 38.0))


@yaml_cases
def test_the_shares_of_reasons_for_stopping_are_no_rates(sentence):
    assert not [r for r in rows(sentence) if r[1] == "rate"]


@yaml_cases
def test_a_new_subject_counted_after_an_outcome_keeps_its_own_values(sentence):
    assert {r[3] for r in rows(sentence) if r[0] == "DEATH"} <= {2.0, 3.0, 4.0, 5.0}


@yaml_cases
def test_two_subjects_joined_by_and_are_counted_as_one(sentence):
    # "X and Y were observed in 6" counts the patients with both (or either): no count of Y alone
    assert not {r[3] for r in rows(sentence) if r[1] == "count"}


@yaml_cases
def test_a_range_without_brackets_ends_at_its_unit_not_the_next_bracket(sentence):
    medians = {r["cohort"]: r["value"] for r in in_two_arms(sentence)["results"]
               if r["measure"] == "median"}
    assert medians == {"drug_a": 20.1, "drug_b": 18.6}


@yaml_cases
def test_a_ratio_said_of_a_part_of_the_patients_is_that_parts(sentence, label):
    out = in_two_arms(sentence)
    ratios = rows_where(out, measure="hr")
    assert len(ratios) == 1 and ratios[0]["cohort"] != "all"
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    assert label in labels[ratios[0]["cohort"]]


@yaml_cases
def test_a_subgroups_ratio_that_no_rule_names_is_not_all_patients(sentence):
    ratios = rows_where(in_two_arms(sentence), measure="hr")
    assert not any(r["cohort"] == "all" for r in ratios)


def test_a_ratio_before_a_word_on_subgroups_stays_all_patients():
    out = in_two_arms("Overall survival was longer with drug A (HR 0.74; 95% CI 0.60-0.91), and the effect was "
                      "consistent across subgroups.")
    assert [r["value"] for r in out["results"] if r["measure"] == "hr"] == [0.74]


@yaml_cases
def test_a_response_naming_whose_survival_it_is_is_no_result_of_its_own(sentence):
    out = in_one_arm(sentence, patients=90, cancer="gastric cancer")
    assert [(r["endpoint"], r["cohort"] != "all") for r in out["results"]] in ([("OS", True)], [("PFS", True)])


@yaml_cases
def test_a_fronted_subgroup_with_its_share_is_still_a_subgroup(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert len(out["results"]) == 1 and out["results"][0]["cohort"] != "all"


@yaml_cases
def test_a_difference_or_a_change_of_a_rate_is_no_rate(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert not rows_where(out, measure="rate")


@yaml_cases
def test_the_size_of_a_group_an_event_defines_is_no_count_of_the_event(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert not rows_where(out, measure="count")


@yaml_cases
def test_a_value_after_an_event_no_vocabulary_knows_is_not_the_last_known_events(sentence, kept):
    out = in_two_arms(sentence)
    assert {r["value"] for r in out["results"] if r["endpoint"] == "TOX"} == kept


def test_a_new_subject_after_the_reasons_keeps_its_rate():
    out = in_two_arms("Reasons for leaving the study included relocation (5%) and refusal (4%), while 7 (4%) "
                      "patients died within the first year.")
    assert [(r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "rate"] == [("DEATH", 4.0)]


@yaml_cases
def test_a_response_defined_by_its_parts_in_words_is_the_response_not_a_part(sentence):
    out = in_one_arm(sentence, patients=200)
    assert out["results"] and {r["endpoint"] for r in out["results"]} == {"ORR"}


@yaml_cases
def test_a_units_abbreviation_defined_after_it_is_no_word_between_value_and_group(sentence, groups):
    out = in_one_arm(sentence, patients=200)
    assert {r["cohort"] for r in out["results"]} == groups


@yaml_cases
def test_a_long_name_of_a_population_between_outcome_and_value_is_still_a_population(sentence):
    out = in_one_arm(sentence)
    assert len(out["results"]) == 1 and out["results"][0]["cohort"] != "all"


@yaml_cases
def test_a_group_said_before_with_its_value_and_the_pair_it_sets_for_respectively(results, kp, lm):
    out = in_one_arm(results, patients=200)
    later = [r for r in out["results"] if r["char_start"] > out["results"][1]["char_end"]]
    assert {r["value"] for r in later if r["cohort"] == "kp"} == kp
    assert {r["value"] for r in later if r["cohort"] == "lm"} == lm


@yaml_cases
def test_a_second_outcomes_list_takes_the_time_points_the_first_was_given_at(results, code):
    out = extract_text("A trial\n\nPatients were randomly assigned to group A (n = 50) or group B (n = 52). " + results)
    second = rows_where(out, endpoint=code)
    assert len(second) == 3 and len({r["timepoint_months"] for r in second}) == 3
    assert None not in {r["timepoint_months"] for r in second}


@yaml_cases
def test_free_of_an_event_named_by_its_short_name_is_not_the_event(sentence):
    out = in_one_arm(sentence, patients=90, cancer="liver metastases")
    assert not [r for r in out["results"] if r["endpoint"].startswith("FAIL") and r["measure"] == "rate"]


@yaml_cases
def test_a_value_named_by_its_own_group_after_it_is_kept(sentence):
    out = in_two_arms(sentence)
    assert len(out["results"]) == 2


@yaml_cases
def test_a_pair_whose_group_is_named_at_its_clauses_end_is_that_groups_first(sentence):
    out = in_two_arms(sentence)
    rows = {(r["category"], r["value"]): r["cohort"] for r in out["results"]}
    assert rows[("neutropenia", 38.5)] == "drug_b" and rows[("neutropenia", 21.0)] == "drug_a"
    assert rows[("febrile neutropenia", 5.2)] == "drug_b" and rows[("febrile neutropenia", 1.1)] == "drug_a"


@yaml_cases
def test_a_sentence_of_a_one_arm_study_gives_no_rows_of_the_kind(sentence, none_of):
    # each case: a sentence of a one-arm study and the fields (as rows_where takes them) of the rows it must not give
    assert not rows_where(in_one_arm(sentence), **none_of)


@yaml_cases
def test_people_named_by_a_trait_and_an_arm_are_a_part_of_the_arm(sentence):
    out = in_two_arms(sentence)
    assert out["results"] and not rows_where(out, cohort=("drug_a", "drug_b"))


@yaml_cases
def test_a_state_named_by_a_longer_name_inside_a_shorter_one_is_the_longer(sentence, code):
    out = in_one_arm(sentence)
    assert out["results"] and {r["endpoint"] for r in out["results"]} == {code}


def test_a_state_with_a_median_keeps_it():
    out = in_one_arm("Those who relapsed survived a median of 8.3 months.")
    assert [r["value"] for r in out["results"] if r["measure"] == "median"] == [8.3]


@yaml_cases
def test_controls_and_subjects_fronted_are_a_group_of_their_own(sentence):
    out = in_one_arm(sentence)
    assert out["results"] and not rows_where(out, cohort="all")


@yaml_cases
def test_a_count_of_a_small_unnamed_part_is_not_all_patients(sentence):
    out = in_one_arm(sentence, patients=80)
    assert not rows_where(out, cohort="all")


def test_a_count_of_nearly_all_evaluable_patients_is_of_those_patients():
    # (the count is of the 75 the sentence says, most of the study but not all of it)
    out = in_one_arm("Local recurrence occurred in 12 (16%) of 75 evaluable patients.", patients=80)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    assert out["results"] and {sizes[r["cohort"]] for r in out["results"]} == {75}


@yaml_cases
def test_a_graded_lists_items_keep_its_grade_and_an_unknown_item_is_not_the_heads(sentence):
    out = in_one_arm(sentence, patients=80)
    rows = out["results"]
    assert rows and all(r["grade"] == "3" and r["category"] for r in rows)


@yaml_cases
def test_an_organs_toxicity_is_the_category(sentence, categories):
    out = in_one_arm(sentence)
    assert {r["category"] for r in out["results"]} == categories


@yaml_cases
def test_a_term_in_an_aside_does_not_name_the_values_after_it(sentence):
    out = in_two_arms(sentence)
    rates = rows_where(out, measure="rate")
    assert rates and {r["category"] for r in rates} == {"cardiovascular toxicity"}


def test_a_term_in_an_aside_with_its_own_count_is_read():
    out = in_one_arm("Twelve patients had grade 3 or worse lung toxicity (two patients had grade 5 lung toxicity).")
    assert tuples_of(out, "value grade") == {(12.0, ">=3"), (2.0, "5")}


# the studies a case's sentence is read in: drug A against drug B, or one arm of 150 patients
STUDIES = {"two arms": in_two_arms, "one arm": in_one_arm}


@yaml_cases
def test_the_rows_of_a_sentence(study, results, fields, where, expected):
    # each case: a sentence read in one of the STUDIES, and the fields of its rows (as tuples_of names them) that
    # hold ``where``
    assert tuples_of(STUDIES[study](results), fields, **where) == expected


@yaml_cases
def test_a_share_written_as_a_bound_keeps_its_bound(results):
    out = in_two_arms(results)
    bounded = rows_where(out, cohort="drug_b")
    assert {(r["measure"], r["value"], r["value_op"]) for r in bounded} >= {("count", 1.0, None), ("rate", 1.0, "<")}


def test_a_pair_keeps_the_papers_groups_when_a_name_holds_and():
    text = ("A trial\n\nWe randomly assigned 400 patients to cetuximab plus gemcitabine and oxaliplatin "
            "(n=200) or gemcitabine and oxaliplatin alone (n=200). Patients in the cetuximab plus "
            "gemcitabine and oxaliplatin group had more rash (40 [20%] vs 2 [1%]) and diarrhoea "
            "(16 [8%] vs six [3%]) than did those in the gemcitabine and oxaliplatin alone group.")
    assert row_tuples(text, "cohort value", measure="count") == {
        ("cetuximab_plus_gemcitabine_and", 40), ("gemcitabine_and_oxaliplatin_al", 2),
        ("cetuximab_plus_gemcitabine_and", 16), ("gemcitabine_and_oxaliplatin_al", 6)}


@yaml_cases
def test_a_ratio_is_the_outcome_of_its_clause_not_of_the_clause_after(results):
    out = in_two_arms(results)
    assert {r["endpoint"] for r in out["results"] if r["measure"] == "hr"} == {"OS"}


@yaml_cases
def test_a_ratio_comparing_two_kinds_of_patients_is_no_result_of_all(results):
    out = in_one_arm(results)
    assert not rows_where(out, measure="hr")
    assert not rows_where(out, cohort="all")


@yaml_cases
def test_counts_of_these_are_of_the_part_counted_just_before(results, label):
    out = in_one_arm(results, patients=60)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    got = {(cohorts[r["cohort"]]["label"], cohorts[r["cohort"]]["n"], r["endpoint"], r["value"])
           for r in out["results"]}
    assert got == {(label, 9, "PR", 2.0), (label, 9, "SD", 5.0)}


@yaml_cases
def test_the_next_parts_value_said_again_with_it_after_a_semicolon(results):
    out = in_one_arm(results, patients=54)
    assert sorted(r["value"] for r in out["results"] if r["endpoint"] == "ORR") == [13.0, 27.0]
    assert "all" not in {r["cohort"] for r in out["results"]}


def test_it_after_a_sentence_of_two_outcomes_is_no_outcome():
    out = in_two_arms("With drug A, the median time to progression was 7.9 months and the response rate 41%. With "
                      "drug B, it was 4.6 months.")
    assert 4.6 not in {r["value"] for r in out["results"]}


@yaml_cases
def test_an_event_said_not_to_exist_in_a_named_group_is_that_groups_none(results, expected):
    out = in_two_arms(results)
    assert {r["cohort"] for r in out["results"] if r["measure"] == "count" and r["value"] == 0.0} == expected


@yaml_cases
def test_the_one_p_of_a_sentence_is_no_p_of_a_later_pair(results, later):
    out = in_two_arms(results)
    rows = rows_where(out, endpoint=later)
    assert len(rows) == 2 and all(r["p_value"] is None for r in rows)
    assert all(r["p_value"] is not None for r in out["results"] if r["endpoint"] in ("ORR", "OS"))


@yaml_cases
def test_a_bracket_naming_each_arm_before_its_count_across_vs(results):
    assert tuples_of(in_two_arms(results), "cohort measure value", category="anaemia") == {
        ("drug_a", "count", 33.0), ("drug_a", "rate", 22.0), ("drug_b", "count", 15.0), ("drug_b", "rate", 10.0)}


@yaml_cases
def test_one_parts_value_then_the_other_parts_respectively(results, expected):
    assert tuples_of(in_one_arm(results, patients=120), "cohort_label value") == expected


@yaml_cases
def test_shares_of_these_after_a_share_of_the_patients_are_no_results_of_all(results):
    out = in_one_arm(results, patients=60)
    assert 60.0 not in {r["value"] for r in out["results"]}


@yaml_cases
def test_counts_of_these_after_the_whole_study_are_all_patients(results):
    out = in_one_arm(results, patients=60)
    assert {r["cohort"] for r in out["results"]} == {"all"}


@yaml_cases
def test_one_arms_rates_each_at_its_time_then_the_others_in_order(results):
    assert tuples_of(in_two_arms(results), "cohort timepoint_months value", endpoint="OS") == {
        ("drug_a", 12.0, 72.0), ("drug_a", 36.0, 41.0), ("drug_b", 12.0, 66.0), ("drug_b", 36.0, 30.0)}


def test_rates_at_their_times_without_the_other_arms_list_stay_as_they_were():
    # the other arm's values said with times of their own: no list to take in order
    out = in_two_arms("Overall survival with drug A was 72% at 1 year and 41% at 3 years; with drug B it was 66% at "
                      "1 year and 30% at 3 years.")
    assert ("drug_b", 12.0, 41.0) not in tuples_of(out, "cohort timepoint_months value")
    assert not rows_where(out, pattern_id="result.group.time_lists")


@yaml_cases
def test_a_recurrence_said_to_be_local_is_a_local_failure(results, expected):
    out = in_one_arm(results, patients=50)
    assert tuples_of(out, "measure value", endpoint="FAIL_LOCAL") == expected
    assert not rows_where(out, endpoint="FAIL_ANY")


def test_a_recurrence_said_without_its_site_stays_any_failure():
    assert tuples_of(in_one_arm("Disease recurred in 9 patients (18%).", patients=50),
                     "endpoint value") == {("FAIL_ANY", 9.0), ("FAIL_ANY", 18.0)}


@yaml_cases
def test_a_ratio_comparing_those_given_each_arm_is_the_arms_ratio(results):
    out = in_two_arms(results)
    assert [(r["cohort"], r["comparator"], r["value"]) for r in out["results"] if r["measure"] == "hr"] == [
        ("drug_a", "drug_b", 0.64)]


@yaml_cases
def test_a_ratio_of_an_item_no_vocabulary_knows_is_not_the_next_items(results):
    out = in_two_arms(results)
    assert all(r["category"] for r in out["results"] if r["measure"] == "rr")
    assert {r["value"] for r in out["results"] if r["measure"] == "rr"} <= {1.10, 1.05}


@yaml_cases
def test_a_stage_in_a_bracket_after_a_value_is_its_group(results, expected):
    out = in_one_arm(results)
    first = min(out["results"], key=lambda r: r["char_start"])
    assert (first["endpoint"], first["cohort"]) == expected
    assert "all" not in {r["cohort"] for r in out["results"]}


@yaml_cases
def test_events_listed_after_a_graded_event_have_its_grade(results):
    out = in_two_arms(results)
    assert out["results"] and {r["grade"] for r in out["results"]} == {"3-4"}


@yaml_cases
def test_arm_values_within_a_subgroup_analysis_are_no_arms_own(results):
    out = in_two_arms(results)
    assert not [r for r in out["results"] if r["cohort"].startswith(("drug_a", "drug_b"))]


@yaml_cases
def test_a_pair_after_the_whole_study_as_subject_is_the_arms(results, expected):
    # the study or its analysis of all patients says whose the pair is no more than "It showed" does
    assert tuples_of(in_two_arms(results), "endpoint measure value cohort") == expected
    # an analysis of some of them does: no group here is the pair's
    some = results.replace("The intention-to-treat analysis", "A subgroup analysis").replace(
        "Per-protocol analyses", "Multivariate analyses").replace("This phase III trial", "The analysis of women")
    assert in_two_arms(some)["results"] == []


@yaml_cases
def test_two_arms_times_to_progression_in_the_plural(results):
    assert tuples_of(in_two_arms(results), "endpoint measure value cohort") == {
        ("TTP", "median", 7.3, "drug_a"), ("TTP", "median", 4.8, "drug_b")}


@yaml_cases
def test_a_bracketed_count_pair_joined_by_and(results):
    out = in_two_arms(results)
    by_arm = {(r["measure"], r["cohort"]): r["value"] for r in out["results"]}
    assert (by_arm[("count", "drug_a")], by_arm[("count", "drug_b")]) in ((41.0, 12.0), (33.0, 14.0))
    assert len(out["results"]) == 4


def test_a_bracketed_and_pair_with_words_after_is_no_pair():
    # "(12 [8%] and 3 [2%] at grade 3 and 4)": two grades of one group, perhaps; not the two arms
    out = in_two_arms("Neutropenia (12 [12%] and 3 [3%] at grade 3 and 4) was seen with drug A.")
    assert not rows_where(out, cohort="drug_b")


@yaml_cases
def test_a_threshold_or_a_design_figure_is_no_result(sentence):
    assert in_two_arms(sentence)["results"] == []


def test_a_share_said_to_be_experienced_by_more_than_is_a_bounded_rate():
    [row] = in_two_arms("Grade 3 neutropenia was experienced by more than 12% of patients given drug A.")["results"]
    assert (row["value"], row["value_op"], row["cohort"]) == (12.0, ">", "drug_a")


@yaml_cases
def test_shares_without_the_event_are_no_outcome(results):
    assert in_two_arms(results)["results"] == []


@yaml_cases
def test_survival_without_the_event_is_the_event_free_survival(results, endpoint):
    assert tuples_of(in_two_arms(results), "endpoint cohort") == {(endpoint, "drug_a"), (endpoint, "drug_b")}


@yaml_cases
def test_an_event_whose_count_follows_in_square_brackets_keeps_its_own_values(results):
    # the second event's count is its own, not the first event's
    out = in_two_arms(results)
    second = results.split(" and ")[1].split()[0]
    assert {r["category"] for r in out["results"] if r["value"] in (21.0, 17.0)} == {second}


@yaml_cases
def test_a_ratio_of_the_risk_of_death_at_a_time_or_said_far_before_is_overall_survivals(results, measure):
    [row] = in_two_arms(results)["results"]
    assert (row["endpoint"], row["measure"]) == ("OS", measure)


@yaml_cases
def test_deaths_from_adverse_events_are_grade_5_toxicity(results):
    assert tuples_of(in_two_arms(results), "endpoint grade cohort value", measure="count") \
        == {("TOX", "5", "drug_a", 7.0), ("TOX", "5", "drug_b", 4.0)}


@yaml_cases
def test_response_rates_of_symptoms_are_symptom_responses_not_tumour_responses_or_events(results):
    codes = tuples_of(in_one_arm(results), "endpoint category value")
    assert ("SYMPTOM_RESPONSE", "fatigue", 18.0) in codes
    assert not [c for c in codes if c[0] == "TOX"] and all(c[0] != "ORR" or c[2] == 23.0 for c in codes)


@yaml_cases
def test_the_tumours_response_the_pathologist_judges_is_no_objective_response(results):
    assert {r["endpoint"] for r in in_two_arms(results)["results"]} == {"PATH_RESPONSE"}


@yaml_cases
def test_rates_of_a_parallel_clause_share_the_first_clauses_times(results):
    assert tuples_of(in_one_arm(results), "endpoint value timepoint_months", endpoint="OS") == {
        ("OS", 77.0, 12.0), ("OS", 52.0, 36.0)}


@yaml_cases
def test_the_group_said_to_have_more_has_the_larger_value_whatever_the_order(results, expected):
    rows = {(r["cohort"], r["value"]) for r in in_two_arms(results)["results"]}
    assert expected <= rows and len({v for _, v in rows}) == len(rows)  # each value one group's


@yaml_cases
def test_an_events_grade_or_a_part_with_its_own_total_is_no_part_the_rule_drops(results):
    assert len([r for r in in_two_arms(results)["results"] if r["cohort"].startswith(("drug_a", "drug_b"))]) >= 2


TTP_SAID = "Median times to progression were 7.3 and 4.8 months with drug A and drug B, respectively. "
PFS_SAID = "The median PFS was 7.3 months with drug A and 4.8 months with drug B. "


@pytest.mark.parametrize("results", [TTP_SAID + PFS_SAID, PFS_SAID + TTP_SAID])
def test_one_groups_median_under_the_two_names_of_one_curve_is_one_pfs_row(results):
    assert tuples_of(in_two_arms(results), "endpoint value cohort") == {
        ("PFS", 7.3, "drug_a"), ("PFS", 4.8, "drug_b")}
    # other medians under the two names are two endpoints
    assert tuples_of(in_two_arms(results.replace("PFS was 7.3", "PFS was 6.9")), "endpoint value", cohort="drug_a") == {
        ("TTP", 7.3), ("PFS", 6.9)}


LETTERED_ARMS = ("A trial\n\nWe randomly assigned 90 patients to drug R with radiotherapy (arm A, n = 45) or "
                 "radiotherapy alone (arm B, n = 45). ")


@yaml_cases
def test_a_median_in_the_bracket_after_each_lettered_arm_is_that_arms(results):
    # the bracket after "arm A" holds its value, not another name of arm A
    assert row_tuples(LETTERED_ARMS + results, "endpoint measure value cohort") == {
        ("OS", "median", 21.4, "arm_a"), ("OS", "median", 15.2, "arm_b")}


@yaml_cases
def test_a_ratio_after_an_outcome_no_vocabulary_knows_is_not_the_earlier_outcomes(results):
    out = in_one_arm(results)
    assert all(r["value"] not in (0.83, 0.64) for r in out["results"])


@yaml_cases
def test_values_said_of_the_subgroup_named_before_are_no_arms_own(results):
    out = in_two_arms(results)
    assert not [r for r in out["results"] if r["cohort"] in ("drug_a", "drug_b") and r["measure"] != "hr"]


def test_this_population_in_a_one_group_study_is_the_study():
    out = in_one_arm("In this population, the objective response rate was 38%.")
    assert [(r["cohort"], r["value"]) for r in out["results"]] == [("all", 38.0)]


@yaml_cases
def test_the_grade_of_each_event(results, expected):
    out = in_two_arms(results)
    assert {r["category"]: r["grade"] for r in out["results"]} == expected


@yaml_cases
def test_arm_values_within_the_part_of_the_patients_a_sentence_opens_with(results):
    out = in_two_arms(results)
    assert [r["measure"] for r in out["results"]] == ["hr"]
    assert out["results"][0]["cohort"] not in ("drug_a", "drug_b", "all")


def test_a_misspelt_confidence_interval_is_an_interval():
    out = in_one_arm("Median survival was 14.1 months (95% confidential interval: 11.2-17.0).")
    assert [(r["value"], r["ci_low"], r["ci_high"]) for r in out["results"]] == [(14.1, 11.2, 17.0)]


@yaml_cases
def test_an_interval_written_in_other_orders_is_the_ratios(results):
    [row] = in_two_arms(results)["results"]
    assert (row["endpoint"], row["measure"], row["value"], row["ci_low"], row["ci_high"]) == ("PFS", "hr", 0.74, 0.58,
                                                                                             0.89)


def test_a_header_naming_the_ratios_interval_keeps_its_words():
    from oncoev.extract.normalize import normalize
    header = "Factor | HR | 95% CI for HR | p\nStage (III vs II) | 1.84 | 1.12-3.02 | 0.02\n"
    assert normalize(header).text == header


def test_the_level_of_confidence_limits_is_no_rate():
    out = in_two_arms("Progression-free survival was longer with drug A (HR 0.74; 95% confidence limits 0.58 and "
                      "0.89).")
    assert [(r["measure"], r["value"]) for r in out["results"]] == [("hr", 0.74)]
    assert not [u for u in out["unexplained"] if u["value"] == 95.0]


@yaml_cases
def test_a_subjective_response_is_a_symptom_response_not_an_objective_one(results):
    out = in_one_arm(results)
    assert {r["endpoint"] for r in out["results"]} == {"SYMPTOM_RESPONSE"}


@yaml_cases
def test_one_groups_values_of_the_outcomes_named_in_order(results, expected):
    assert row_tuples(LETTERED_ARMS.replace("drug R with radiotherapy", "drug R") + results,
                      "endpoint value cohort") == expected


@yaml_cases
def test_graded_toxic_effects_and_adverse_reactions_are_events_of_that_grade(sentence, expected):
    assert expected in {(r[0], r[1], r[3], r[4]) for r in rows(sentence)}


def _pairs(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("category"),
             f.group.label if f.group else None)
            for f in find_results(normalize(sentence).text).found}


@yaml_cases
def test_the_pair_after_a_comparison_is_the_events_before_it_when_a_list_follows(sentence):
    got = _pairs(sentence)
    code = "SAE" if sentence.startswith("Serious") else "TOX"
    assert {(code, "count", 41.0), (code, "count", 8.0)} <= {r[:3] for r in got}
    assert ("TOX", "count", 20.0, "rash") in {r[:4] for r in got}


@yaml_cases
def test_values_each_with_a_bracketed_name_are_not_all_patients(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found if f.group is None]


@yaml_cases
def test_a_pair_joined_by_compared_with_in_a_bracket_is_read(sentence, expected):
    assert expected <= {r[:4] for r in rows(sentence)}


def test_blocks_joined_by_compared_with_keep_the_groups_named_after_them():
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(normalize("The 3-year OS and PFS rates for patients with anaemia were 54% and 41%, "
                                           "compared with 66% and 52% for patients without anaemia.").text).found}
    assert ("OS", 66.0, "patients without anaemia") in got and ("PFS", 41.0, "patients with anaemia") in got


@yaml_cases
def test_a_bound_that_defines_the_outcome_is_no_rate_of_it(sentence):
    assert not rows(sentence)


@yaml_cases
def test_a_row_of_the_sentence_by_its_first_fields(sentence, expected):
    assert expected in {r[:4] for r in rows(sentence)}


@yaml_cases
def test_a_group_name_cut_at_a_word_that_needs_more_is_no_group(text):
    extraction = extract_text(text, "study.txt")
    labels = {c["label"] for c in extraction["cohorts"] + extraction["arms"]}
    assert not {label for label in labels if label.endswith(" with") or label.startswith("such as")}
    assert 9.0 not in {r["value"] for r in extraction["results"]} and 1.41 not in {r["value"] for r in
                                                                                    extraction["results"]}


@yaml_cases
def test_an_analysis_named_with_an_article_is_no_group(text, dropped):
    extraction = extract_text(text, "study.txt")
    assert not {c["label"] for c in extraction["cohorts"] if c["label"].lower().startswith(("a ", "an "))}
    assert not dropped & {r["value"] for r in extraction["results"]}


@yaml_cases
def test_a_subgroup_list_that_leaves_out_the_endpoint_gives_each_its_value(sentence, expected):
    got = {(f.group.label, f.fields["value"]) for f in find_results(normalize(sentence).text).found if f.group}
    assert expected <= got


@yaml_cases
def test_symptoms_at_admission_or_presenting_are_no_adverse_events(sentence):
    assert not [r for r in rows(sentence) if r[0] == "TOX"]


@yaml_cases
def test_chest_pain_is_an_adverse_event_term(sentence):
    assert "chest pain" in {r[5] for r in rows(sentence) if r[0] == "TOX"}


@yaml_cases
def test_patients_who_were_downstaged_are_counted_as_downstaging(sentence):
    assert "DOWNSTAGING" in {r[0] for r in rows(sentence) if r[1] == "count"}


@yaml_cases
def test_a_group_name_that_runs_into_the_next_value_is_no_group(results):
    extraction = extract_text("Elderly patients.\n\nPURPOSE: To compare two regimens.\n\nRESULTS: " + results, "t.txt")
    assert not [c["label"] for c in extraction["cohorts"] if re.search(r"\band \d", c["label"])]


@yaml_cases
def test_the_two_groups_is_no_group_of_two(results):
    extraction = extract_text("A trial.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo "
                              "(n = 88).\n\nRESULTS: " + results, "t.txt")
    assert not [c for c in extraction["cohorts"] + extraction["arms"] if c["n"] == 2 or "group" == c["label"]]


@yaml_cases
def test_two_values_each_named_in_the_bracket_after_it(sentence, expected):
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None, f.fields.get("p_value"))
           for f in find_results(normalize(sentence).text).found}
    assert got == expected


def test_two_values_with_intervals_in_their_brackets_name_no_groups():
    found = find_results(normalize("Median survival was 21 months (95% CI 18-24) and 14 months (12-16).").text).found
    assert not [f for f in found if f.group is not None and f.group.label]


@yaml_cases
def test_a_median_listed_with_times_before_one_outcome(sentence, code, median):
    got = {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
           for f in find_results(normalize(sentence).text).found}
    assert (code, "median", median) in got and len([g for g in got if g[1] == "rate"]) == 2


@yaml_cases
def test_a_whole_and_its_parts_named_in_the_bracket_after_it(sentence, expected):
    found = find_results(normalize(sentence).text).found
    got = {(f.fields["value"], f.group.label if f.group else None) for f in found}
    assert got == expected


def test_a_breakdown_by_kind_of_event_names_no_group():
    found = find_results(normalize("Recurrence was 25% (local or regional 6%, systemic 19%).").text).found
    assert not [f for f in found if f.group is not None and f.group.label]


@yaml_cases
def test_a_second_ratio_named_once_after_and_for_its_outcome(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found if f.fields["measure"] == "hr"} == expected


# "v" and "v." for versus between two groups' values: the first group's name ends before it, and "v." before a
# number ends no sentence.
@yaml_cases
def test_v_between_two_groups_values_is_versus(text, expected):
    extraction, labels = labelled_extraction(text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "..., and that of B was v": the same outcome, of another group; the value before is the group's named between its
# outcome and it, else all patients'.
@yaml_cases
def test_that_of_another_group_is_the_same_outcome(text, expected):
    extraction, labels = labelled_extraction(text)
    found = {(labels[r["cohort"]], r["value"]) for r in extraction["results"]}
    assert found == expected
    assert len({(r["endpoint"], r["measure"], r.get("timepoint_months")) for r in extraction["results"]}) == 1


# "..., significantly higher than that for B (44%, p < 0.01)": the other group's value alone in the bracket after
# its name; a value of the past is no group's.
@yaml_cases
def test_than_that_of_a_group_with_its_value_in_the_bracket(text, expected):
    extraction, labels = labelled_extraction(text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "The response rate was 41%, higher than that of the B group (22%)": in a two-arm trial the first value is the
# other arm's; with three arms it is no arm's that the sentence says, and no row.
@yaml_cases
def test_a_value_before_that_of_one_arm(intro, text, expected):
    extraction, labels = labelled_extraction(intro + text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


@yaml_cases
def test_that_of_after_a_comparison_names_no_group(text):
    assert all(r["cohort"] == "all" for r in extract_text(text)["results"])


# Ratios listed each with the outcome after it, one of them an outcome no name knows: that one gives no row, the
# others keep their own outcomes (and "progression-free survival" after a ratio is no "progression" alone).
@yaml_cases
def test_a_listed_ratio_of_an_unknown_outcome_gives_no_row(text, expected):
    found = {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]}
    assert found == expected


# Short names that say the median themselves: "MST" (median survival time), "mOS", "mPFS".
@yaml_cases
def test_a_short_name_of_a_median_is_a_median(sentence, expected):
    assert {(r[0], r[1], r[3]) for r in rows(sentence)} == expected


# A spread open at the top ("IQR 8.1-not reached") is a spread like any other; and where a sentence names a range or
# IQR and no interval, a bare bracket after another value is the same spread, not a confidence interval (a ratio's
# bare bracket stays its interval).
@yaml_cases
def test_a_spread_is_no_interval(text, expected):
    found = {(r["value"], r.get("ci_low"), r.get("ci_high")) for r in extract_text(text)["results"]}
    assert found == expected


# A ratio of deaths said before it, with another outcome in the clause after it: the ratio is overall survival's.
@yaml_cases
def test_a_ratio_of_deaths_said_before_it_is_overall_survivals(sentence):
    assert {(r[0], r[3]) for r in rows(sentence) if r[1] == "hr"} in ({("OS", 0.76)}, {("OS", 0.81)})


# A value followed by a group named with its size ("93% for X-based therapy (n = 15)") is that group's.
@yaml_cases
def test_a_value_of_a_group_named_with_its_size_is_that_groups(text):
    extraction = extract_text(text)
    assert extraction["results"] and all(r["cohort"] != "all" for r in extraction["results"])


# Values, their time point, then the groups they are of, "respectively".
@yaml_cases
def test_values_then_their_time_then_their_groups_respectively(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["value"], f.fields["timepoint_months"]) for f in found} == expected
    assert all(f.group is not None and f.group.label for f in found)


# Counts after a share of a part of the patients set apart by a trait are that part's: never all patients'.
@yaml_cases
def test_counts_after_a_share_of_a_part_are_never_all_patients(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found if f.group is None or not f.group.label]


@yaml_cases
def test_values_that_are_not_the_outcomes_named(sentence):
    assert find_results(normalize(sentence).text).found == []


@yaml_cases
def test_a_contrast_without_a_subject_of_its_own_keeps_the_outcome(sentence):
    assert find_results(normalize(sentence).text).found


@yaml_cases
def test_values_after_of_the_whole_and_respectively_are_the_outcomes(sentence):
    assert len(find_results(normalize(sentence).text).found) == 2


# "a 10% relative survival benefit" is an effect on survival, not relative survival; a sentence pooling this trial
# with earlier ones ("Updating the meta-analysis with these results ...") gives no row of the trial's own.
@yaml_cases
def test_a_relative_survival_benefit_is_no_relative_survival(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found
                if f.fields["endpoint"] == "RELATIVE_SURVIVAL"]


@yaml_cases
def test_a_sentence_pooling_the_trial_with_others_gives_no_row(sentence):
    text = "Results: Median survival was 14 months (95% CI 12-16). " + sentence
    assert [r["value"] for r in extract_text(text)["results"]] == [14.0]


@yaml_cases
def test_the_outcome_of_each_value(text, expected):
    assert {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]} == expected


# "(median 21 months)" straight after a survival's rates: that survival's median, the same patients'; not when the
# bracket says the median was not reached, nor when the rates were of two outcomes.
@yaml_cases
def test_a_median_in_the_bracket_after_a_survivals_rates(text, expected):
    medians = {(r["endpoint"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "median"}
    assert medians == ({expected} if expected else set())


# "local-regional failure", "loco-regional recurrence": the locoregional failure written with a hyphen inside.
@yaml_cases
def test_locoregional_failure_with_a_hyphen_inside(text):
    assert {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]} == {("FAIL_LOCAL", 14.0),
                                                                                   ("FAIL_LOCAL", 12.0)}


# "Of the 31 patients with local failure, 26 ...": the opening group's own size is a count among all the patients;
# the counts after it are within that group.
@yaml_cases
def test_the_size_of_the_opening_group_is_counted_among_all(text, size, inner):
    counts = {r["value"]: r["cohort"] for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert counts[size] == "all" and counts[inner] != "all"


# "... compared with those who had stable or progressive disease (14%)": the other side of a comparison, a group named
# by the outcome it had; its value is of the outcome compared, never a rate of that outcome.
@yaml_cases
def test_the_outcome_naming_the_other_side_is_no_rate_of_it(text):
    assert not rows_where(extract_text(text), endpoint=("PD", "SD"))


def test_a_share_of_patients_with_an_outcome_stays_its_rate():
    rows = extract_text("Of the patients, 31 had a partial response (41%) and 11 had progressive disease "
                        "(15%).")["results"]
    assert {(r["endpoint"], r["value"]) for r in rows if r["measure"] == "rate"} == {("PR", 41.0), ("PD", 15.0)}


# "The longest median survival (88 months) occurred in patients with ...": the value of the part named after it.
@yaml_cases
def test_a_superlative_value_seen_in_a_part_is_that_parts(text, label):
    extraction, labels = labelled_extraction(text)
    assert [labels[r["cohort"]] for r in extraction["results"]] == [label]


# "The rate of X rose from complete remission (0%) over partial remission (9%) to no change (67%)": outcomes naming the
# steps of a change in another value give no rates of their own.
@yaml_cases
def test_outcomes_naming_the_steps_of_a_change_are_no_rates(text):
    assert extract_text(text)["results"] == []


def document_rows(text: str) -> set[tuple]:
    return row_tuples(text, "endpoint measure value cohort", "trial.txt")


@yaml_cases
def test_values_compared_in_a_bracket_are_no_groups_names(sentence):
    cohorts = {r[3] for r in document_rows(sentence)}
    assert cohorts and not any(re.match(r"(?:median|mean|\d)", c) for c in cohorts)


@yaml_cases
def test_a_time_said_with_its_spread_is_a_mean(sentence, value):
    got = {(r[1], r[3]) for r in rows(sentence) if r[0] == "OS"}
    assert ("mean", value) in got and not any(m == "median" for m, _ in got)


@yaml_cases
def test_a_toxicitys_values_each_after_grade_in(sentence, expected):
    assert {(r[5], r[4], r[1], r[3]) for r in rows(sentence) if r[0] == "TOX"} == expected


def test_grade_items_of_two_toxicities_are_not_read_as_one():
    # two events named: which grade item is whose the list does not say
    assert not any(r[4] == "2" for r in rows("Mucositis and dermatitis were grade 1 in 22 patients (44%) and grade 2 "
                                              "in 15 (30%)."))


def test_a_progression_after_previous_treatment_is_still_an_outcome():
    out = in_two_arms("Disease progression after previous chemotherapy occurred in 30 of 100 patients in the drug A "
                      "group.")
    assert tuples_of(out, "endpoint cohort value") == {("FAIL_ANY", "drug_a", 30.0)}


def test_a_count_of_none_in_two_groups_named_together_is_left_alone():
    out = in_two_arms("No grade 4 neutropenia was observed in the drug A and drug B groups after the first cycle.")
    assert tuples_of(out, "cohort value") <= {("all", 0.0)}


def test_a_count_of_none_in_either_group_of_groups_not_known_stays_all_patients():
    assert tuples_of(in_one_arm("No complete response was observed in either treatment group."),
                     "cohort endpoint value") == {("all", "CR", 0.0)}


def test_an_adverse_event_with_a_non_fatal_outcome_is_no_grade_5_toxicity():
    out = in_two_arms("Adverse events with a non-fatal outcome occurred in 30 patients in the drug A group.")
    assert not [r for r in out["results"] if r.get("grade") == "5"]


# "Rates of major bleeding were 4% with drug A and 1% with drug B": the event counted ("rates/incidence of") with a word
# of how grave it was ("major", "serious", "symptomatic") before its name is still the event counted, as it was with
# "severe" (not only with "severe/mild/acute/late")
@yaml_cases
def test_an_event_counted_with_a_word_of_its_gravity_is_that_event(results, category):
    got = tuples_of(in_two_arms(results), "endpoint category cohort")
    assert {("TOX", category, "drug_a"), ("TOX", category, "drug_b")} <= got


def test_an_event_said_to_have_come_before_is_not_read_as_counted():
    # (a word of time before the event, "prior", names what the patients had before: no adverse event)
    out = in_two_arms("Rates of prior bleeding were 4.2% with drug A and 1.3% with drug B.")
    assert not [r for r in out["results"] if r.get("category") == "bleeding"]


def test_one_list_of_two_groups_values_keeps_the_outcomes_time():
    assert tuples_of(in_two_arms("The 3-year survival rates were 43% and 48% for drug A and drug B, respectively."),
                     "cohort timepoint_months value") == \
        {("drug_a", 36.0, 43.0), ("drug_b", 36.0, 48.0)}


# "Nausea (33/120 [28%] with drug A vs 14/118 [12%] with drug B for all grades; six [5%] vs one [1%] for grade 3 or
# 4)": the second pair's counts are at the grade said right after them, not counts of the event at any grade
@yaml_cases
def test_counts_of_two_groups_take_the_grade_said_after_them(results):
    out = in_two_arms(results)
    assert {(r["cohort"].split("_n")[0], r["grade"], r["value"]) for r in out["results"]
            if r["measure"] == "count" and r["value"] in (6.0, 1.0)} == {("drug_a", "3-4", 6.0), ("drug_b", "3-4", 1.0)}


def test_counts_of_two_groups_at_no_grade_said_keep_none():
    out = in_two_arms("Nausea was frequent (six [5%] vs one [1%]) with drug A.")
    assert all(r.get("grade") is None for r in out["results"])


def test_a_value_beside_one_arms_without_a_comparison_is_not_the_other_arms():
    out = in_two_arms("Vomiting was recorded in 37% of the patients, and in 11% in the drug B group.")
    assert ("drug_a", 37.0) not in tuples_of(out, "cohort value")
@yaml_cases
def test_the_events_a_graded_head_says_it_includes_have_its_grade(sentence):
    out = in_two_arms(sentence)
    rates = [r for r in out["results"] if r["measure"] == "rate" and r["category"]]
    assert len(rates) == 4 and all(r["grade"] in ("3-4", ">=3") for r in rates)


def test_events_included_after_a_contrast_with_a_graded_head_keep_no_grade():
    out = in_two_arms("Grade 3 or 4 adverse events were rare, but milder events, including diarrhoea (37% vs 15%) "
                      "and rash (29% vs 8%), were common with drug A.")
    rates = [r for r in out["results"] if r["measure"] == "rate" and r["category"]]
    assert len(rates) == 4 and all(r["grade"] is None for r in rates)


@yaml_cases
def test_values_of_patients_left_or_of_a_stage_are_not_the_arms(sentence):
    assert not in_two_arms(sentence)["results"]


def test_events_excluded_from_an_endpoint_leave_its_value_to_all_patients():
    out = in_one_arm("Local recurrence, excluding recurrences in the bronchial stump, occurred in 9% of patients.")
    assert [(r["cohort"], r["value"]) for r in out["results"]] == [("all", 9.0)]


@yaml_cases
def test_events_that_predict_survival_give_no_ratio_of_their_own(sentence):
    assert not [r for r in in_one_arm(sentence)["results"] if r["endpoint"] != "OS"]


def test_a_ratio_of_an_event_with_no_prediction_keeps_its_row():
    out = in_two_arms("Local recurrence was less frequent with drug A (HR 0.61, 95% CI 0.42-0.88).")
    assert [r["endpoint"] for r in out["results"] if r["measure"] == "hr"] == ["FAIL_LOCAL"]


# "toxic effects with an outcome of death in 14 (5%) ...": the fatal events, grade 5
@yaml_cases
def test_events_with_an_outcome_of_death_are_grade_5(sentence):
    rows = rows_where(in_one_arm(sentence), endpoint=("TOX", "SAE"))
    assert rows and {r["grade"] for r in rows} == {"5"} and {r["value"] for r in rows} >= {6.0, 4.0}


def test_an_outcome_other_than_death_is_no_grade():
    rows = [r for r in in_one_arm("Adverse events with an outcome of recovery were reported in 40 (27%) of 150 "
                                  "patients.")["results"] if r["endpoint"] == "TOX"]
    assert rows and {r["grade"] for r in rows} == {None}


# "... 11.2 months for A versus 8.1 months for B in patients with adenocarcinoma": the arms' values within a subgroup
# named after them, which no row names; never the arms' own
@yaml_cases
def test_arm_values_said_of_a_subgroup_after_them_give_no_arm_rows(sentence):
    rows = in_two_arms(sentence)["results"]
    assert not [r for r in rows if r["cohort"] in ("drug_a", "drug_b")]


@yaml_cases
def test_arm_values_with_no_subgroup_after_them_keep_their_arms(sentence):
    rows = in_two_arms(sentence)["results"]
    assert {(r["cohort"], r["value"]) for r in rows if r["cohort"] in ("drug_a", "drug_b")} == {
        ("drug_a", 13.4), ("drug_b", 9.9)}


ADJUVANT = "We studied 360 patients with colon cancer randomly assigned to adjuvant chemotherapy or observation. "


# "A benefit from A was seen in women (HR 0.61) but not in men (HR 1.02)": each ratio is the part's, never all's
@yaml_cases
def test_a_ratio_in_the_bracket_after_one_sex_is_that_parts(sentence, parts):
    rows = extract_text("A trial\n\n" + ADJUVANT + sentence)["results"]
    ratios = [r for r in rows if r["measure"] == "hr"]
    assert {(r["cohort"], r["value"]) for r in ratios} == parts


# "... a larger benefit (HR 0.61) compared with patients with marker-low tumours (HR 1.30)": parts set against each
# other, each with its ratio; none of them is all patients'
@yaml_cases
def test_ratios_of_parts_set_against_each_other_are_not_all_patients(sentence):
    rows = extract_text("A trial\n\n" + ADJUVANT + sentence)["results"]
    assert not [r for r in rows if r["measure"] == "hr" and r["cohort"] == "all"]


def test_a_ratio_compared_with_the_other_arm_stays_all_patients():
    rows = extract_text("A trial\n\n" + ADJUVANT + "Adjuvant chemotherapy lengthened survival (HR = 0.74; 95% CI "
                        "0.58-0.94) compared with observation.")["results"]
    assert [(r["cohort"], r["value"]) for r in rows if r["measure"] == "hr"] == [("all", 0.74)]
