"""The compared groups of a paper (extract/groups.py) and results said group by group
(extract/group_results.py), with sentences we wrote; two or more wordings of each construction."""

from __future__ import annotations

import re

import pytest
from result_rows import row_tuples, rows_where, tuples_of
from support import cohort_labels, extract_text, labelled_extraction, yaml_cases

from oncoev.extract.groups import abbreviates, build_index, compound_clash, find_group_definitions
from oncoev.extract.normalize import normalize
from oncoev.extract.pipeline import build_nlp, sentence_texts
from oncoev.extract.results import find_results


def index_of(text: str):
    norm = normalize(text).text
    doc = build_nlp(("oncoev_sentences",))(norm)
    return build_index(sentence_texts(doc), norm)


def groups_of(text: str) -> dict[str, int | None]:
    return {g.label: g.n for g in index_of(text).groups}


@yaml_cases
def test_results_and_asides_define_no_groups(sentence):
    assert [d for d in find_group_definitions(normalize(sentence).text) if d.pattern_id != "group.label_n"] == []


def test_names_a_paper_gives_one_group_become_its_aliases():
    text = ("Nivolumab versus docetaxel in previously treated lung cancer: a randomised trial\n\n"
            "Patients were randomly assigned to nivolumab (arm A) or docetaxel (arm B). "
            "Grade 3 events occurred in 10% in arm A and 54% in arm B. "
            "In the docetaxel group, fatigue was common; the nivolumab group reported less fatigue.")
    index = index_of(text)
    by_label = {g.label.lower(): g for g in index.groups}
    assert set(by_label) == {"nivolumab", "docetaxel"}
    assert {"arm a", "nivolumab"} <= {a.lower() for a in by_label["nivolumab"].aliases}
    assert {"arm b", "docetaxel"} <= {a.lower() for a in by_label["docetaxel"].aliases}


@yaml_cases
def test_a_group_named_again_inside_the_bracket_of_its_n(text, expected):
    by_label = {g.label: g for g in index_of(text).groups}
    assert set(by_label) == set(expected)
    for label, (alias, n) in expected.items():
        assert by_label[label].n == n
        assert alias in {a.lower() for a in by_label[label].aliases}


@yaml_cases
def test_a_regimen_abbreviation_heading_a_longer_name_names_that_group(text, abbr, label):
    by_label = {g.label: g for g in index_of(text).groups}
    assert abbr in by_label[label].aliases
    assert sum(abbr in g.aliases for g in by_label.values()) == 1


@yaml_cases
def test_an_abbreviation_heading_the_combination_that_the_other_arm_is_named_by_names_neither(text, abbr, base):
    # "GTX and lerantib" starts with the name of the other arm's regimen: "GTX" alone is that arm, never the combination
    groups = index_of(text).groups
    assert base in {g.label for g in groups} and len(groups) == 2
    assert not any(abbr in g.aliases for g in groups)


@yaml_cases
def test_an_add_on_design_keeps_both_arms(text):
    assert len(groups_of(text)) == 2


def test_an_abbreviation_the_paper_defines_names_the_one_group_whose_words_it_stands_for():
    text = ("Hypofractionated radiotherapy versus chemoradiotherapy for elderly patients with glioma\n\n"
            "Patients received hypofractionated radiotherapy (HRT) or chemoradiotherapy (CRT). "
            "The HRT group had more fatigue than the CRT group.")
    index = index_of(text)
    aliases = {frozenset(g.aliases) for g in index.groups}
    assert any("HRT" in a for a in aliases) and any("CRT" in a for a in aliases)
    assert not any({"HRT", "CRT"} <= a for a in aliases)


def test_letters_and_words_are_told_apart():
    assert abbreviates("SBRT", "stereotactic body radiotherapy")
    assert abbreviates("IMRT", "intensity-modulated radiotherapy")
    assert not abbreviates("CRT", "radiotherapy")
    assert not abbreviates("XY", "stereotactic body radiotherapy")


def test_a_single_arm_study_has_no_compared_groups():
    text = ("Pembrolizumab in recurrent cervical cancer: a phase 2 study\n\n"
            "Forty patients received pembrolizumab. The objective response rate was 20% (8/40).")
    assert not index_of(text)


# Openings the tables of cases below build their texts from
ASSIGNED_KM = "Patients were randomly assigned to drug K plus drug M (KM) or drug L plus drug M (LM). "
# sentences of methods that keep an arm's second definition well apart from its first
_FILLER = ("Participants were recruited from three outpatient clinics between 2015 and 2018. Each participant received "
           "written information about the study and gave consent. Assessments were made at baseline and at twelve "
           "weeks by staff who did not know the allocation. ")


TRIAL = ("Capecitabine versus observation after resection of biliary cancer: a randomised trial\n\n"
         "Patients were randomly assigned to capecitabine (n = 90) or observation (n = 88). ")


def found_in(sentence: str, text: str = TRIAL) -> list:
    """What the sentence states, read with the groups the paper (``text``) defines."""
    return find_results(normalize(sentence).text, groups=index_of(text + sentence)).found


def rows(sentence: str, text: str = TRIAL) -> set[tuple]:
    return {(f.group.key if f.group else None, f.fields["endpoint"], f.fields["measure"], f.fields["value"],
             f.group.n if f.group else None) for f in found_in(sentence, text)}


@yaml_cases
def test_counts_after_which_the_group_is_named(sentence):
    got = rows(sentence)
    assert ("capecitabine", "FAIL_ANY", "count", 31.0, None) in got
    assert ("capecitabine", "FAIL_ANY", "rate", 34.0, None) in got
    assert ("observation", "FAIL_ANY", "count", 45.0, None) in got


TOX_12_1 = [("capecitabine", "TOX", "rate", 12.0, None), ("observation", "TOX", "rate", 1.0, None)]
OS_51_36 = [("capecitabine", "OS", "median", 51.0, None), ("observation", "OS", "median", 36.0, None)]


@pytest.mark.parametrize("sentence, expected", [
    # values after the group they belong to
    ("Grade 3 or 4 neutropenia was more frequent with capecitabine (capecitabine 12%, observation 1%).", TOX_12_1),
    ("Grade 3 or 4 neutropenia was more frequent with capecitabine (capecitabine: 12%; observation: 1%).", TOX_12_1),
    # values and groups listed in parallel
    ("Median overall survival was 51 and 36 months in the capecitabine and observation groups, respectively.",
     OS_51_36),
    ("Median overall survival was 51/36 months in the capecitabine/observation groups, respectively.", OS_51_36),
    # each group named with its own group noun ("the A group and the B group")
    ("Median overall survival in the capecitabine group and the observation group was 51 and 36 months, "
     "respectively.", OS_51_36),
    ("Median overall survival was 51 and 36 months for the capecitabine arm and the observation arm, respectively.",
     OS_51_36),
])
def test_each_value_goes_to_its_group(sentence, expected):
    got = rows(sentence)
    assert [row for row in expected if row in got] == expected


@yaml_cases
def test_an_outcome_named_as_who_was_left_out_is_not_the_values(sentence):
    # the outcome after "excluding" says who was not counted; what the values are of is not named
    assert not [row for row in rows(sentence) if row[3] in (74.0, 70.0, 64.0, 58.0)]


@yaml_cases
def test_a_list_of_articles_and_group_nouns_names_no_group(sentence):
    # with no groups the paper defined, "group and the" is no list of two labels: no row takes a label made of it
    labels = {f.group.label for f in find_results(normalize(sentence).text).found if f.group is not None}
    assert not [label for label in labels if re.search(r"\b(?:the|group|arm)\b", label)]


@yaml_cases
def test_a_count_keeps_the_total_it_was_counted_in(sentence, total):
    got = rows(sentence)
    assert ("capecitabine", "TOX", "count", 17.0, total) in got and ("capecitabine", "TOX", "rate", 20.0, total) in got


def test_a_comparative_sentence_gives_no_row_to_all_patients():
    got = rows("Overall, 30% and 25% were alive at 5 years in the capecitabine and observation groups.")
    assert all(key is not None for key, *_ in got)


def test_a_ratio_between_the_two_groups_of_the_sentence():
    index = index_of(TRIAL + "Capecitabine prolonged overall survival compared with observation (HR 0.75, "
                             "95% CI 0.58-0.98).")
    sentence = "Capecitabine prolonged overall survival compared with observation (HR 0.75, 95% CI 0.58-0.98)."
    (found,) = find_results(normalize(sentence).text, groups=index).found
    assert (found.fields["measure"], found.fields["value"], found.group.key, found.comparator.key) == (
        "hr", 0.75, "capecitabine", "observation")


@yaml_cases
def test_a_ratio_is_the_first_group_s_against_the_second_its_bracket_names(sentence, expected):
    (ratio,) = [f for f in found_in(sentence) if f.fields["measure"] == "hr"]
    assert (ratio.group.key, ratio.comparator.key) == expected


def test_a_ratio_bracket_of_words_that_name_no_groups_gives_no_row():
    sentence = "Median relapse-free survival was 30 months; the hazard ratio (adjusted/unadjusted) was 0.81."
    assert not [f for f in found_in(sentence) if f.fields["measure"] == "hr"]


@yaml_cases
def test_a_stopped_treatment_keeps_its_reason_as_category(sentence, expected):
    index = index_of(TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    got = {(f.group.key, f.fields["value"], f.fields["category"]) for f in found
           if f.fields["endpoint"] == "DISCONTINUATION"}
    assert got >= expected


@yaml_cases
def test_a_dose_reduction_names_its_drug(sentence, drug):
    index = index_of(TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    assert {f.fields["category"] for f in found if f.fields["endpoint"] == "DOSE_REDUCTION"} == {drug}


@yaml_cases
def test_a_death_caused_by_the_treatment_is_grade_5_toxicity(sentence):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["endpoint"], f.fields["grade"]) for f in found} == {("TOX", "5")}


@yaml_cases
def test_each_term_takes_the_numbers_in_its_brackets(sentence):
    index = index_of(TRIAL + sentence)
    got = {(f.group.key, f.fields["category"], f.fields["value"])
           for f in find_results(normalize(sentence).text, groups=index).found}
    assert got >= {("capecitabine", "anaemia", 21.0), ("observation", "anaemia", 9.0),
                   ("capecitabine", "rash", 14.0), ("observation", "rash", 2.0)}


@yaml_cases
def test_a_percentage_with_its_count_and_total_in_brackets(sentence):
    got = rows(sentence)
    assert ("capecitabine", "FAIL_ANY", "count", 29.0, 90) in got
    assert ("observation", "FAIL_ANY", "rate", 48.0, 88) in got
    assert not any(value in (90.0, 88.0) for *_, value, _n in got)


@yaml_cases
def test_a_spread_after_a_value_is_no_value(sentence):
    assert all(value not in (1.2, 0.9, 4.2, 5.0) for *_, value, _n in rows(sentence))


@pytest.mark.parametrize("title", ["// Erlotinib versus gefitinib in advanced lung cancer",
                                   "1. Erlotinib vs. gefitinib in advanced lung cancer: a randomised trial"])
def test_a_comparative_title_after_marks_or_numbers(title):
    assert {g.label.lower() for g in index_of(title + "\n\nWe report the final analysis.").groups} == {
        "erlotinib", "gefitinib"}


def test_an_unnamed_comparison_in_a_two_arm_trial_is_its_arms_in_their_order():
    text = (TRIAL + "\n\nResults: The objective response rate was 41% versus 12% (p < 0.001).")
    got = row_tuples(text, "cohort value", "trial.txt", endpoint="ORR")
    assert got == {("capecitabine", 41.0), ("observation", 12.0)}


@yaml_cases
def test_a_median_belongs_to_a_time_to_event_endpoint(sentence):
    found = find_results(normalize(sentence).text).found
    assert all(f.fields["measure"] != "median" or f.fields["endpoint"] == "OS" for f in found)


@yaml_cases
def test_a_difference_is_no_rate(sentence):
    assert [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "rate"] == []


@yaml_cases
def test_an_event_counted_with_n_after_it(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["category"], f.fields["value"]) for f in found if f.fields["measure"] == "count"} >= expected


SUBJECT_TRIAL = "Drug X versus placebo in advanced cancer: a randomised trial\n\n"


@yaml_cases
def test_the_subject_of_a_sentence_is_the_first_of_each_pair(sentence):
    found = found_in(sentence, SUBJECT_TRIAL)
    got = {(f.fields["measure"], f.fields["value"], f.group.key if f.group else None,
            f.comparator.key if f.comparator else None) for f in found}
    assert ("median", 6.1, "drug_x", "placebo") in got and ("median", 3.9, "placebo", "drug_x") in got
    (ratio,) = [f for f in found if f.fields["measure"] == "hr"]
    assert (ratio.fields["ci_low"], ratio.fields["ci_high"], ratio.group.key, ratio.comparator.key) == (
        0.50, 0.74, "drug_x", "placebo")


@yaml_cases
def test_counts_with_their_percentage_in_either_bracket(sentence, count, rate):
    index = index_of(SUBJECT_TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    got = {(f.fields["measure"], f.fields["value"]) for f in found if f.group and f.group.key == "drug_x"}
    assert {("count", count), ("rate", rate)} <= got


@yaml_cases
def test_hazard_ratio_written_with_its_abbreviation_in_brackets(sentence):
    (found,) = [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr"]
    assert (found.fields["endpoint"], found.fields["value"], found.fields["ci_low"]) == ("OS", 0.72, 0.58)


SIZED_TRIAL = ("Capaxib versus observation after resection of colon cancer: a randomised trial\n\n"
               "Patients were randomly assigned to capaxib or observation. ")


@yaml_cases
def test_a_group_takes_its_size_from_the_prose(prose, expected):
    assert {label.lower(): n for label, n in groups_of(SIZED_TRIAL + prose).items()} == expected


@yaml_cases
def test_counts_of_events_and_totals_do_not_size_a_group(prose):
    sizes = {label.lower(): n for label, n in groups_of(SIZED_TRIAL + prose).items()}
    assert sizes.get("capaxib") in (None, 101), sizes


@yaml_cases
def test_a_schedule_that_names_a_group_is_kept_in_its_name(sentence, expected):
    assert set(groups_of(sentence).items()) == expected


@pytest.mark.parametrize(("short", "long"), [("weekly", "2-weekly"), ("daily", "twice-daily"), ("dose", "high-dose")])
def test_a_schedule_word_is_not_held_by_its_modified_compound(short, long):
    assert compound_clash(short, long) and compound_clash(f"the {long} arm", f"{short} arm")


@pytest.mark.parametrize(("short", "long"), [("oxaliplatin", "oxaliplatin-capecitabine"),
                                             ("weekly", "weekly paclitaxel")])
def test_a_drug_of_a_hyphened_combination_still_names_it(short, long):
    assert not compound_clash(short, long)


SCHEDULES = ("Once-daily versus twice-daily drug K in advanced sarcoma: a randomised trial\n\n"
             "Sixty men were randomised to once-daily drug K (n = 30) or twice-daily drug K (n = 30). ")


@yaml_cases
def test_values_go_to_the_schedule_named(sentence, expected):
    assert {(key, value) for key, _, _, value, _ in rows(sentence, SCHEDULES)} == expected


SUBTYPES = ("Signet-ring versus tubular carcinoma of the stomach\n\n"
            "We compared 80 patients with signet-ring carcinoma (SRC) with 210 patients with tubular carcinoma "
            "(TC). The SRC group and the TC group were followed for 5 years. ")


@yaml_cases
def test_values_after_groups_listed_with_their_patients(sentence):
    got = {(key, value) for key, _, _, value, _ in rows(sentence, SUBTYPES)}
    assert got == {("signet_ring_carcinoma", 19.5), ("tubular_carcinoma_of_the_stoma", 48.0)}


def test_a_group_listed_with_a_name_no_group_has_does_not_take_the_list_s_values():
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("The median survival of drug A and TX patients was 19.5 months and 48.0 months.", text)
    assert ("drug_a", "OS", "median", 48.0, None) not in got


@yaml_cases
def test_a_second_groups_value(sentence, expected):
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = {(key, endpoint, value) for key, endpoint, measure, value, _ in rows(sentence, text) if measure == "median"}
    assert got == expected


def test_a_gapped_second_groups_value_after_its_name():
    # "..., and the B group 9.8 months": the outcome said once, the second group's value right after its name
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("The drug A group had a median overall survival of 14.6 months and the drug B group 10.3 months.", text)
    assert ("drug_b", "OS", "median", 10.3, None) in got


def test_a_subject_groups_bracket_of_a_part_before_than_is_not_read():
    # the bracket after "in women" is the women's part of the group: neither value is a whole group's
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("Patients who received drug A had longer survival in women (median, 14.6 months) than those who "
               "received drug B (median, 10.3 months).", text)
    assert not [r for r in got if r[3] == 14.6]


# "For arm B, the median TTP and MS were a and b weeks, respectively" where "MS" is no name the lexicon reads: two
# medians of one group said as the same outcome are two outcomes', one unread; neither is given the one read
@yaml_cases
def test_two_medians_of_one_group_for_one_outcome_are_not_read(sentence):
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    assert not [r for r in rows(sentence, text) if r[2] == "median"]


def test_a_groups_medians_of_two_outcomes_named_stay():
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("For the drug B group, the median TTP and OS were 15.1 and 38.4 weeks, respectively.", text)
    assert {(r[1], r[2]) for r in got} == {("TTP", "median"), ("OS", "median")}


# "The 3-year OS was a% in the A arm and the B arm b%": the second group, named after the first group's value, heads a
# clause of its own whose value follows its name; the two are no list of groups with the values after both
@yaml_cases
def test_a_second_group_after_the_first_groups_value_takes_its_own(sentence, expected):
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    assert {(key, value) for key, _, measure, value, _ in rows(sentence, text) if measure == "rate"} == expected


TWO_DRUGS = ("Drug G versus drug C in advanced lung cancer\n\n"
             "Patients were randomly assigned to drug G (n = 150) or drug C (n = 148). ")


@yaml_cases
def test_lists_in_one_bracket_share_the_groups_named_at_its_end(sentence):
    got = {(key, endpoint, value) for key, endpoint, _, value, _ in rows(sentence, TWO_DRUGS)}
    assert {("drug_g", "PFS", 4.5), ("drug_c", "PFS", 4.1), ("drug_g", "OS", 10.9), ("drug_c", "OS", 9.8)} <= got


def test_lists_outside_brackets_do_not_share_groups_across_a_semicolon():
    got = rows("Median PFS was 4.5 and 4.1 months; median OS was 10.9 and 9.8 months for drug G and drug C, "
               "respectively.", TWO_DRUGS)
    assert not any(value in (4.5, 4.1) and key is not None for key, _, _, value, _ in got)


LETTERED = ("Drug P plus drug Q versus drug P alone\n\n"
            "Patients were randomly assigned to arm A (drug P plus drug Q; n = 45) or arm B (drug P alone; n = 44). ")


@yaml_cases
def test_values_with_intervals_listed_for_groups_after_them(sentence):
    got = {(key, value) for key, _, _, value, _ in rows(sentence, LETTERED)}
    assert got == {("arm_a", 52.5), ("arm_b", 60.0)}


@pytest.mark.parametrize("text, a, b, inside", [
    ("(x; y and z)", 2, 7, True), ("(x) y (z)", 3, 6, False), ("x; (y)", 1, 3, False), ("(ab)", 2, 2, True)])
def test_inside_one_bracket(text, a, b, inside):
    from oncoev.extract.group_results import _inside_one_bracket
    assert _inside_one_bracket(text, a, b) is inside


@yaml_cases
def test_a_pair_after_two_groups_compared_is_theirs_in_that_order(sentence):
    got = {(key, measure, value) for key, endpoint, measure, value, _ in rows(sentence) if endpoint == "TOX"}
    assert {("capecitabine", "rate", 24.0), ("observation", "rate", 7.0)} <= got
    assert ("observation", "rate", 24.0) not in got and ("capecitabine", "rate", 7.0) not in got


@yaml_cases
def test_pairs_after_the_groups_each_take_their_own_outcome(sentence):
    got = {(f.group.key, f.fields["category"], f.fields["value"]) for f in found_in(sentence)
           if f.fields["measure"] == "rate"}
    assert got == {("capecitabine", "fatigue", 44.0), ("observation", "fatigue", 14.0),
                   ("capecitabine", "nausea", 20.0), ("observation", "nausea", 6.0)}


@yaml_cases
def test_k_outcomes_then_k_pairs_are_read_in_order(sentence):
    got = {(key, endpoint, value) for key, endpoint, _, value, _ in rows(sentence)}
    assert {("capecitabine", "DFS", 62.0), ("observation", "DFS", 48.0), ("capecitabine", "OS", 75.0),
            ("observation", "OS", 66.0)} <= got
    assert not any(endpoint == "OS" and value in (62.0, 48.0) for _, endpoint, value in got)


@yaml_cases
def test_a_bracket_right_after_a_group_holds_its_value(sentence):
    got = {(key, value) for key, _, measure, value, _ in rows(sentence) if measure == "rate"}
    assert got == {("capecitabine", 35.0), ("observation", 2.0)}


@yaml_cases
def test_a_bracket_after_a_group_that_holds_no_value_of_it_alone(sentence):
    got = rows(sentence)
    assert not any(key == "capecitabine" and value in (30.0, 51.0, 36.0, 90.0, 60.0, 3.0)
                   for key, _, _, value, _ in got if key == "capecitabine")
    assert not any(value in (90.0, 88.0) for *_, value, _ in got)


@yaml_cases
def test_a_pair_after_the_clause_of_the_comparison_is_of_another_population(sentence):
    got = rows(sentence)
    assert ("capecitabine", "TOX", "rate", 40.0, None) in got
    assert not any(value in (30.0, 28.0) for *_, value, _ in got)


@yaml_cases
def test_compared_with_first_names_the_second_value(sentence):
    got = {(key, value) for key, endpoint, _, value, _ in rows(sentence) if endpoint == "DFS"}
    assert got == {("capecitabine", 40.0), ("observation", 25.0)}


def test_a_pair_under_a_label_no_name_knows_is_not_the_outcome_before():
    for sentence in ("Capecitabine gave more responses than observation (cPR rate: 40% vs 20%; cXY rate: 15% vs 30%).",
                     "Responses were more frequent with capecitabine than with observation (cPR rate: 40% vs 20%; "
                     "cXY rate: 15% vs 30%)."):
        got = rows(sentence)
        assert ("capecitabine", "PR", "rate", 40.0, None) in got
        assert not any(value in (15.0, 30.0) for *_, value, _ in got)


TOX_BY_GROUP = {("capecitabine", "count", 9.0), ("capecitabine", "rate", 10.0), ("observation", "count", 2.0),
                ("observation", "rate", 2.0)}


@yaml_cases
def test_counts_and_shares_each_beside_or_listed_with_their_group(sentence):
    got = {(key, measure, value) for key, endpoint, measure, value, _ in rows(sentence) if endpoint == "TOX"}
    assert got == TOX_BY_GROUP


def test_a_list_of_counts_shares_the_outcome_named_after_its_last_value():
    got = rows("Overall, 50 (56%) patients on capecitabine had no relapse, compared with 40 (45%) on observation, "
               "among whom 12 (13%) and 20 (23%) deaths occurred on capecitabine and observation, respectively.")
    assert ("capecitabine", "DEATH", "count", 12.0, None) in got
    assert ("observation", "DEATH", "count", 20.0, None) in got
    assert not any(endpoint != "DEATH" and value in (12.0, 13.0) for _, endpoint, _, value, _ in got)


@yaml_cases
def test_randomisation_sentences_with_a_manner_or_labelled_groups(sentence, expected):
    assert {(label, n) for label, n in groups_of("A trial\n\n" + sentence).items()} == expected


def test_a_pair_said_of_a_subgroup_is_not_the_groups_pair():
    got = rows("The response rate was higher with capecitabine than with observation (30% vs 12%), whatever the "
               "marker status (25% vs 10% in the marker-positive subgroup; 33% vs 13% in the marker-negative one).")
    assert ("capecitabine", "ORR", "rate", 30.0, None) in got
    assert not any(value in (25.0, 10.0, 33.0, 13.0) for *_, value, _ in got)


@yaml_cases
def test_the_parts_of_a_sample_are_no_counts_of_an_outcome(sentence):
    assert not any(value in (76.0, 74.0, 86.0, 84.0) for *_, value, _ in rows(sentence))


ARMS = """Trial of drug Q in gastric cancer

Abstract
Methods: 300 patients were randomly assigned to drug Q (n = 150) or placebo (n = 150).
Results: {results}
"""


def arm_rows(results: str) -> set[tuple]:
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    return {(r["endpoint"], r["measure"], r["value"], r.get("cohort") or r.get("arm"), r["category"])
            for r in extraction["results"]}


@yaml_cases
def test_an_and_pair_without_the_groups_straight_before_is_not_theirs(results):
    assert not {r for r in arm_rows(results) if r[3] in ("drug_q", "placebo")}


@yaml_cases
def test_a_group_said_as_the_patients_attribute(results):
    assert arm_rows(results) >= {("TOX", "count", 20.0, "drug_q", "febrile neutropenia"),
                                 ("TOX", "count", 9.0, "placebo", "febrile neutropenia")}


@yaml_cases
def test_words_that_name_no_groups(sentence):
    assert groups_of(sentence) == {}


def sentence_rows(sentence: str) -> set[tuple]:
    rows = extract_text(sentence)["results"]
    return {(r["endpoint"], r["measure"], r["value"], r.get("cohort") or r.get("arm")) for r in rows}


@yaml_cases
def test_a_pair_before_the_groups_compared_with_than(sentence, expected):
    got = sentence_rows(sentence)
    assert {r[2:] for r in got} >= {r[2:] for r in expected}


def test_a_group_that_adds_a_drug_is_not_the_group_it_adds_to():
    got = sentence_rows("Rash was more frequent in the drug Z plus gemcitabine and carboplatin group than in the "
                        "gemcitabine and carboplatin group (55 [18%] of 300 vs 27 [9%] of 301 patients).")
    groups = {r[2]: r[3] for r in got if r[0] == "TOX" and r[1] == "count"}
    assert groups[55.0].startswith("drug_z_plus") and groups[27.0].startswith("gemcitabine_and_carboplatin")


def test_controls_are_the_control_group():
    text = ("Trial\n\nAbstract\nMethods: Patients were randomly assigned to drug Q (n = 150) or control (n = 150).\n"
            "Results: The 3-year survival was 70% (95% CI 62-77) for drug Q and 61% (95% CI 53-68) for controls.\n")

    rows = extract_text(text)["results"]
    assert {(r["value"], r.get("cohort") or r.get("arm")) for r in rows} >= {(70.0, "drug_q"), (61.0, "control")}


def test_an_arm_name_that_runs_over_a_bracket_is_not_cut_at_it():
    got = groups_of("In total, 58 patients were randomly assigned between 1990 and 1995 to receive either four cycles "
                    "of induction chemotherapy (drug X and drug Y) and surgery (27 patients) or surgery alone "
                    "(31 patients).")
    assert "surgery" not in got


def test_arms_defined_with_their_n_are_not_doubled_by_a_list_of_doses():
    got = index_of("Patients were randomly assigned to receive drug X 500 mg/m2 or drug Y 200 mg/m2 combined with "
                   "carboplatin.\n\nResults: Patients were randomly assigned to XCb (n = 301) or YCb (n = 299).")
    assert {g.label for g in got.groups} == {"XCb", "YCb"}


def test_an_arm_named_with_the_treatment_every_arm_gets_keeps_that_name():
    got = index_of("Patients were randomized in a 1:1 ratio to receive drug Z plus letrozole or placebo plus letrozole."
                   "\n\nIn all, 47 were randomized to receive drug Z and 50 were randomized to receive placebo.")
    by_label = {g.label: g for g in got.groups}
    assert set(by_label) == {"drug Z", "placebo"}
    assert "drug Z plus letrozole" in by_label["drug Z"].aliases


def test_a_bracketed_list_takes_the_times_in_order():
    text = ARMS.format(results="Survival at 1 and 3 years in the drug Q group (70% and 45%, respectively) exceeded "
                               "that in the placebo group (62% and 33%, respectively).")
    rows = extract_text(text)["results"]
    got = {(r["value"], r.get("timepoint_months"), r.get("cohort") or r.get("arm")) for r in rows}
    assert got >= {(70.0, 12.0, "drug_q"), (45.0, 36.0, "drug_q"), (62.0, 12.0, "placebo"), (33.0, 36.0, "placebo")}


@yaml_cases
def test_the_rows_of_a_sentence_in_the_arms_trial(results, fields, where, expected):
    # each case: the results of the ARMS trial (drug Q, placebo), and the fields of its rows
    # (as tuples_of names them) that hold ``where``
    assert row_tuples(ARMS.format(results=results), fields, "trial.txt", **where) == expected


@yaml_cases
def test_groups_that_differ_by_a_letter_are_two_groups(sentence, expected):
    assert sentence_rows(sentence) >= expected


@yaml_cases
def test_a_plural_names_the_group_defined_in_the_singular(results):
    text = ("Trial\n\nAbstract\nMethods: Patients were randomly assigned to drug Q (n = 150) or a standard inhibitor "
            f"(n = 150).\nResults: {results}\n")
    rows = extract_text(text)["results"]
    assert {r.get("cohort") for r in rows} == {"drug_q", "standard_inhibitor"}


@yaml_cases
def test_labelled_pairs_in_the_bracket_after_the_compared_groups(results):
    got = {(r[2], r[3], r[4]) for r in arm_rows(results) if r[1] == "count"}
    assert {(15.0, "drug_q", "fatigue"), (6.0, "placebo", "fatigue")} <= got
    assert {(30.0, "drug_q"), (9.0, "placebo")} <= {(r[0], r[1]) for r in got}


@yaml_cases
def test_a_count_of_a_size_no_group_has_is_not_given_to_all_patients_of_a_two_arm_trial(results):
    assert not [r for r in arm_rows(results) if r[3] == "all" and r[1] == "count"]


@yaml_cases
def test_items_of_a_breakdown_with_their_own_n_take_no_count_of_the_list(results):
    got = arm_rows(results)
    assert not [r for r in got if r[4] in ("sepsis", "rash", "neutropenia", "pneumonia") and r[2] in (2.0, 3.0, 1.0)]


def test_a_pair_with_respectively_reads_the_groups_in_the_order_the_values_were_given():
    got = arm_rows("Response rates were 18% in the placebo group and 31% in the drug Q group. Median response "
                   "durations were 4.1 and 7.7 months, respectively.")
    assert {(r[2], r[3]) for r in got if r[0] == "DOR"} == {(4.1, "placebo"), (7.7, "drug_q")}


@pytest.mark.parametrize("text", [
    "A phase 2 study of drug Q in 60 patients.\n\nResults: Response rates were 38% and 21%, respectively.",
    ARMS.format(results="Median survival was 11.4 months with drug Q and 8.3 months with placebo. The 2-year "
                        "survival rates were 27% and 15%, respectively, for men and women."),
])
def test_a_pair_with_respectively_and_no_pair_before_or_its_own_labels_is_not_the_arms(text):
    rows = extract_text(text)["results"]
    assert not [r for r in rows if r["pattern_id"] == "result.respectively_pair"]


# "120 patients were treated with A and 115 with B. Response rates were 40% and 22%, respectively": the two arms the
# sentence before defined together, in the order it gave them
@pytest.mark.parametrize("text", [
    "A trial of two regimens.\n\nResults: One hundred twenty patients were treated with zorbicin and 115 with "
    "placebo. Objective responses were 41 and 12%, respectively.",
    "A trial of two regimens.\n\nResults: Eighty patients were treated with zorbicin and 76 with placebo. The "
    "response rates were 41% and 12%, respectively, and grade 3 rash was rare.",
])
def test_a_pair_with_respectively_after_two_treated_parts_is_theirs_in_order(text):
    extraction, labels = labelled_extraction(text)
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] == "ORR"}
    assert got == {("zorbicin", 41.0), ("placebo", 12.0)}


@yaml_cases
def test_a_value_named_for_a_group_no_name_knows_is_not_all_patients(results):
    assert not [r for r in arm_rows(results) if r[3] == "all" and r[2] in (12.5, 4.9)]


@yaml_cases
def test_values_of_the_two_groups_in_order_with_respectively(results, expected):
    got = arm_rows(results)
    assert got >= expected
    assert not [r for r in got if r[3] == "respectively"]


@yaml_cases
def test_an_unnamed_pair_said_of_a_subgroup_is_not_the_arms(results):
    got = {r[2] for r in arm_rows(results) if r[3] in ("drug_q", "placebo")}
    assert not got & {8.8, 6.0, 35.0, 22.0}


@yaml_cases
def test_a_pair_after_an_outcome_not_in_the_vocabulary_leaves_the_other_pairs_read(results, expected, unread):
    got = arm_rows(results)
    assert got >= expected and not {r[2] for r in got} & unread


@yaml_cases
def test_a_liver_enzyme_rise_is_an_adverse_event_of_each_arm(results, category):
    assert {r[3] for r in arm_rows(results) if r[4] == category} == {"drug_q", "placebo"}


@yaml_cases
def test_a_count_said_of_one_group_is_that_group_s_only(results):
    got = arm_rows(results)
    assert {r[3] for r in got} == {"drug_q"} and len(got) == 2


@yaml_cases
def test_the_most_common_events_of_one_group_are_that_group_s(results, expected):
    got = arm_rows(results)
    assert got >= expected and {r[3] for r in got} == {r[3] for r in expected}


@yaml_cases
def test_each_group_s_block_of_values_for_endpoints_said_together(results, first):
    got = {(r[0], r[2], r[3]) for r in arm_rows(results) if r[1] == "median"}
    assert got == {(first, 4.2, "drug_q"), ("OS", 10.5, "drug_q"), (first, 3.0, "placebo"), ("OS", 8.1, "placebo")}


@yaml_cases
def test_blocks_the_units_do_not_tell_are_not_read_by_group(results, wrong):
    assert not [r for r in arm_rows(results) if (r[2], r[3]) in wrong]


@yaml_cases
def test_a_first_block_whose_group_heads_the_sentence(results, expected):
    # the second block's group named after it, the first's at the sentence's head
    assert {r[:4] for r in arm_rows(results) if r[2] in {v[2] for v in expected}} == expected


@yaml_cases
def test_a_first_block_under_a_heading_group_needs_the_other_arm_after_a_contrast(results):
    assert not {r for r in arm_rows(results) if r[2] == 3.9 or (r[3] == "drug_q" and r[2] == 10.2)}


@yaml_cases
def test_results_of_no_arm(results):
    assert not arm_rows(results)


@yaml_cases
def test_a_low_absolute_neutrophil_count_is_no_absolute_difference(results):
    assert {(r[1], r[2], r[3]) for r in arm_rows(results)} >= {("rate", 9.0, "drug_q"), ("rate", 2.0, "placebo")}


@yaml_cases
def test_an_unnamed_pair_of_a_named_subgroup_is_not_the_arms(results):
    assert not {r for r in arm_rows(results) if r[3] in ("drug_q", "placebo", "all")}


@yaml_cases
def test_a_hazard_ratio_named_for_one_arm_s_patients(results, expected):
    assert expected in arm_rows(results)


@yaml_cases
def test_a_reduction_in_the_risk_of_death_then_its_hazard_ratio(results):
    assert ("OS", "hr", 0.7, "drug_q", None) in arm_rows(results)


@yaml_cases
def test_counts_with_thousands_separators_are_whole_counts(results):
    text = ARMS.replace("(n = 150)", "(n = 1,500)", 1).replace("(n = 150)", "(n = 1,510)").format(results=results)

    rows = extract_text(text)["results"]
    counts = {(r["value"], r.get("cohort")) for r in rows if r["measure"] == "count"}
    assert counts == {(1020.0, "drug_q"), (740.0, "placebo")}
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in rows)


@yaml_cases
def test_one_group_s_rates_at_the_time_points_of_its_sentence(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[0] == "LC"}
    assert len(got) == 3 and len({c for _, c in got}) == 1 and {c for _, c in got} < {"drug_q", "placebo"}


@yaml_cases
def test_a_median_against_one_not_reached_is_not_all_patients(results):
    assert not {r for r in arm_rows(results) if r[3] == "all"}


@yaml_cases
def test_a_median_against_one_not_reached_is_no_groups(results):
    assert not {r for r in arm_rows(results) if r[1] == "median"}


@yaml_cases
def test_a_median_against_one_not_reached_in_a_part_of_the_patients_is_no_arm_s(results):
    assert not {r for r in arm_rows(results) if r[1] == "median" and r[3] in ("drug_q", "placebo")}


SUBGROUPS = """Survival by marker status after surgery: a cohort study

Methods: Patients were divided into a marker-positive group (n = 120) and a marker-negative group (n = 80).
Results: {results}
"""


@yaml_cases
def test_the_value_against_a_median_not_reached_is_the_other_subgroup_s(results, expected):
    assert row_tuples(SUBGROUPS.format(results=results), "endpoint value cohort", "subgroups.txt",
                      measure="median") == expected


@yaml_cases
def test_each_group_s_list_of_its_most_common_events(results, expected):
    got = arm_rows(results)
    assert got >= expected and not {r for r in got if r[3] == "all"}


def test_a_list_of_the_most_common_events_keeps_its_grade_past_long_brackets():
    text = ARMS.format(results="The commonest grade 3 or worse toxic events were anaemia (31 patients [21%] in the "
                               "drug Q group vs 12 [8%] in the placebo group), rash (15 [10%] vs 4 [3%]), and cough "
                               "(9 [6%] vs 2 [1%]).")
    rows = extract_text(text)["results"]
    grades = {(r["category"], r["value"]): r["grade"] for r in rows if r["measure"] == "count"}
    assert grades[("rash", 15.0)] == ">=3" and grades[("cough", 2.0)] == ">=3"


@yaml_cases
def test_pairs_of_several_outcomes_in_a_row_with_one_respectively(results):
    assert arm_rows(results) >= {("OS", "median", 9.1, "drug_q", None), ("OS", "median", 7.4, "placebo", None),
                                 ("OS", "rate", 22.0, "drug_q", None), ("OS", "rate", 14.0, "placebo", None)}


@yaml_cases
def test_a_value_of_both_groups_is_each_group_s(results, expected):
    got = arm_rows(results)
    assert got >= expected
    assert not [r for r in got if r[3].startswith(("both", "each"))]


def test_a_value_of_both_groups_with_no_groups_known_is_no_cohort_of_its_own():
    text = "A study of drug Q.\n\nResults: The median survival was 9.9 months in both arms.\n"
    rows = extract_text(text)["results"]
    assert not [r for r in rows if r["cohort"].startswith(("both", "each"))]


@yaml_cases
def test_values_for_the_patients_who_received_each_treatment(results, expected):
    assert {(r[2], r[3]) for r in arm_rows(results) if r[1] in ("median", "rate")} >= expected


def test_values_before_a_list_of_groups_with_respectively_are_not_the_first_group_s():
    got = arm_rows("The median time to progression was 6.1 (4.0-8.2) months vs 5.9 (4.4-7.5) months in the drug Q vs "
                   "placebo arms, respectively.")
    assert not [r for r in got if r[2] == 5.9 and r[3] == "drug_q"]


@yaml_cases
def test_definitions_with_their_n_in_an_unnormalised_sentence(sentence, expected):
    assert {(d.label, d.n) for d in find_group_definitions(sentence)} >= expected


def test_a_year_in_the_bracket_after_an_arm_is_no_n():
    got = find_group_definitions("Patients were randomised to protocol K (2009) or protocol L (2011).")
    assert not [d for d in got if d.n in (2009, 2011)]


@yaml_cases
def test_a_pair_takes_the_outcome_named_straight_after_its_bracket(results):
    got = {(r[0], r[2]) for r in arm_rows(results) if r[1] == "count"}
    assert {("DISCONTINUATION", 21.0), ("DISCONTINUATION", 9.0)} <= got
    assert not {("DOSE_REDUCTION", 21.0), ("TOX", 21.0)} & got


@yaml_cases
def test_the_arms_of_values_in_results(results, expected):
    assert arm_rows(results) >= expected


def test_a_stopping_named_after_a_list_of_reasons_is_read_but_the_reasons_are_not():
    got = arm_rows("Treatment was stopped because of progression in 20 patients (13%), toxic effects in 14 (9%); more "
                   "patients given drug Q (21 [14%]) than placebo (nine [6%]) discontinued treatment.")
    assert not [r for r in got if r[0] == "TOX"]
    assert {("DISCONTINUATION", 21.0), ("DISCONTINUATION", 9.0)} <= {(r[0], r[2]) for r in got if r[1] == "count"}


def _pair_of_the_arms(results: str, expected: set[tuple]) -> set[tuple]:
    """The rows of ``results`` in the two-arm trial, after checking that they hold the expected rows and that none
    of the expected values is also given to all patients."""
    got = arm_rows(results)
    assert got >= expected
    values = {e[2] for e in expected}
    assert not [r for r in got if r[2] in values and r[3] == "all"]
    return got


@yaml_cases
def test_a_corresponding_pair_is_of_the_groups_compared_and_of_the_endpoint_after_it(results, expected):
    got = _pair_of_the_arms(results, expected)
    # the endpoint named before "corresponding" takes none of the pair's values
    kinds = {(e[0], e[1]) for e in expected}
    assert not [r for r in got if r[2] in {e[2] for e in expected} and (r[0], r[1]) not in kinds]


@yaml_cases
def test_a_respectively_pair_after_a_clause_that_compared_the_groups(results, expected):
    _pair_of_the_arms(results, expected)


@yaml_cases
def test_each_group_s_value_in_a_bracket_after_its_name_joined_by_than(sentence, expected):
    text = "A trial of two drugs\n\nPatients were randomly assigned to one of two drugs. " + sentence
    got = row_tuples(text, "endpoint value cohort_label ci_low")
    assert got == expected


@yaml_cases
def test_a_relative_hazard_is_a_hazard_ratio(results, endpoint, cohort):
    got = [r for r in arm_rows(results) if r[1] == "hr"]
    assert [r[0] for r in got] == [endpoint]
    if cohort:
        assert got[0][3] == cohort


@yaml_cases
def test_a_pair_before_the_events_verb_is_not_the_group_named_after(results):
    got = arm_rows(results)
    assert not [r for r in got if r[2] in (8.0, 9.0) and r[3] == "drug_q"]


def test_distant_metastases_named_as_a_site_are_no_failure():
    got = arm_rows("Of the patients with distant metastases at entry, 40 (27%) received drug Q.")
    assert not [r for r in got if r[0] == "FAIL_DISTANT"]


@yaml_cases
def test_a_count_out_of_a_total_that_looks_like_a_year(sentence, total):
    text = "A trial of two schedules\n\nPatients were randomly assigned to group 1 or group 2. " + sentence
    out = extract_text(text)
    sizes = {c["label"]: c["n"] for c in out["cohorts"]}
    assert sizes.get("group 2") == total
    assert rows_where(out, cohort="group_2", measure="count")


@yaml_cases
def test_each_group_s_rows_of_a_sentence(results, expected, none_for_all):
    got = arm_rows(results)
    assert got >= expected
    if none_for_all:
        assert not [r for r in got if r[3] == "all"]


SIZED_ARMS = """Trial of drug Q in gastric cancer

Abstract
Methods: 118 patients were randomly assigned to drug Q (n = 60) or placebo (n = 58).
Results: {results}
"""


@yaml_cases
def test_two_counts_of_one_outcome_compared(sentence, expected):
    assert row_tuples(SIZED_ARMS.format(results=sentence), "measure value cohort", "trial.txt") == expected


@yaml_cases
def test_values_under_a_label_no_outcome_names(sentence, expected):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    extraction = extract_document(read_text_bytes(SIZED_ARMS.format(results=sentence).encode("utf-8"), "trial.txt"))
    assert {(r["measure"], r["value"], r["cohort"]) for r in extraction["results"]
            if r["cohort"] in ("drug_q", "placebo")} == expected


def test_counts_versus_each_other_in_a_clause_naming_groups_are_left_to_the_group_rules():
    got = arm_rows("Among patients given drug Q and placebo, relapse occurred in 5 vs 12 patients in the older "
                   "subgroup.")
    assert not any(r[2] in (5.0, 12.0) and r[3] in ("drug_q", "placebo", "all") for r in got)


@yaml_cases
def test_a_group_as_the_subject_of_what_its_patients_had(sentence, expected):
    assert arm_rows(sentence) == expected


def test_a_group_subject_compared_with_another_is_no_scope():
    got = arm_rows("Patients given drug Q had grade 3 rash more often than those in the other trial (9.5% vs 2.5%).")
    assert not {r for r in got if r[2] == 2.5 and r[3] == "drug_q"}


@yaml_cases
def test_subgroups_compared_are_named_as_the_sentence_names_them(sentence, labels):
    extraction = extract_text(sentence, "subgroups.txt")
    used = {r["cohort"] for r in extraction["results"]}
    assert {c["label"] for c in extraction["cohorts"] if c["key"] in used} == labels


@yaml_cases
def test_a_total_the_groups_counts_add_up_to_is_all_patients(sentence, total):
    got = arm_rows(sentence)
    assert ("count", total, "all") in {(r[1], r[2], r[3]) for r in got}


def test_a_total_the_groups_counts_do_not_add_up_to_is_left_unread():
    got = arm_rows("Wound infection occurred in 25 (8.3%) patients: 15 (10.0%) in the drug Q group and 8 (5.3%) in "
                   "the placebo group.")
    assert not [r for r in got if r[3] == "all"]


def test_a_group_named_far_before_a_value_across_blanks_is_not_its_group():
    # a flattened table's cells can leave long runs of blanks between a name and a number
    near = arm_rows("Grade 3 rash: drug Q, 20 (13.3%).")
    far = arm_rows("Grade 3 rash: drug Q," + " " * 170 + "20 (13.3%).")
    assert ("TOX", "count", 20.0, "drug_q", "rash") in near
    assert not [r for r in far if r[3] == "drug_q"]


@yaml_cases
def test_a_count_of_causes_within_a_group_s_count_is_not_the_group_s_count(sentence):
    got = arm_rows(sentence)
    assert not [r for r in got if r[3] == "placebo" and r[2] in (3.0, 2.0)]


# -- randomisation sentences whose items carry doses, asides and short names --------------------------------------

def test_a_short_name_in_an_items_aside_names_that_group():
    index = index_of("A trial\n\nThey were allocated at random to receive either drug K (KK) for 2 weeks (120 "
                     "patients) or drug L (LL) for 4 weeks (118 patients). Nausea was rare in the KK group.")
    assert {g.label: sorted(g.aliases) for g in index.groups}["drug K"] == ["KK", "drug K"]


@yaml_cases
def test_an_item_without_a_name_leaves_the_sizes_unread(sentence):
    assert not any(n in (29, 31, 39, 41) for n in groups_of("A trial\n\n" + sentence).values())


@pytest.mark.parametrize("written", ["drug K-drug L", "drug K/drug L", "drug K + drug L"])
def test_a_combination_goes_by_any_way_of_joining_its_parts(written):
    index = index_of("A trial\n\nPatients were randomly assigned to drug K plus drug L (n = 60) or drug M (n = 62). "
                     f"Grade 3 rash was seen in the {written} group.")
    keys = {m.key for m in index.mentions(f"Grade 3 rash was seen in the {written} group.")}
    assert keys == {g.key for g in index.groups if g.label == "drug K plus drug L"}


def test_two_named_groups_are_not_the_combination_named_with_and():
    index = index_of("A trial\n\nPatients were randomly assigned to drug K plus drug L (n = 60), drug K (n = 61) or "
                     "drug L (n = 59). Rash was rare in the drug K and drug L groups.")
    keys = {m.key for m in index.mentions("Rash was rare in the drug K and drug L groups.")}
    combination = {g.key for g in index.groups if g.label == "drug K plus drug L"}
    assert keys and not keys & combination


@yaml_cases
def test_a_group_named_by_one_part_of_a_combination_group_stays_its_own(text):
    labels = set(groups_of(text))
    assert "tarnozole" in labels and any(label.endswith("plus tarnozole") for label in labels)


@yaml_cases
def test_those_who_were_not_is_the_negation_of_the_group_before(sentence, negated):
    text = f"A review of 200 patients with melanoma\n\nWe reviewed 200 patients. {sentence}"
    labels = {c["label"] for c in extract_text(text)["cohorts"]}
    assert negated in labels and not labels & {"who", "not", "patients who"}


@yaml_cases
def test_groups_of_a_sentence_after_a_title(sentence, expected):
    assert groups_of("A trial\n\n" + sentence) == expected


@yaml_cases
def test_treatment_after_progression_names_no_compared_group(sentence):
    assert groups_of("A trial\n\n" + sentence) == {}


def test_sizes_of_a_subset_are_not_the_groups_sizes():
    text = ("A trial\n\nPatients were randomly assigned to drug K or placebo. Among patients with a mutation, median "
            "survival was 20 months for drug K (n = 40) and 12 months for placebo (n = 38).")
    assert groups_of(text) == {"drug K": None, "placebo": None}


@yaml_cases
def test_the_one_unplaced_treatment_name_is_the_one_arm_no_name_found(text):
    index = index_of(text)
    combination = next(g for g in index.groups if g.label == "drug K plus drug L")
    assert any(a.endswith("therapy") for a in combination.aliases)


@yaml_cases
def test_a_name_without_alone_is_that_arm_but_not_the_start_of_a_combination(sentence, alone, combined):
    index = index_of("A trial\n\nPatients were randomly assigned to drug K alone (n = 60) or drug K plus drug L "
                     "(n = 61). " + sentence)
    keys = {m.key for m in index.mentions(sentence)}
    labels = {index.get(k).label for k in keys}
    assert ("drug K alone" in labels) is alone and ("drug K plus drug L" in labels) is combined


@yaml_cases
def test_a_singular_group_word_after_two_drugs_names_one_group(text):
    labels = set(groups_of(text))
    assert any(re.fullmatch(r"zelumab (?:and|plus) tarnozole", label) for label in labels) and "tarnozole" not in labels


def test_a_caption_run_into_a_group_name_is_no_part_of_it():
    text = ("A trial\n\nTable 1Baseline characteristics of the studyIntervention group (n = 30)Control group (n = 31)\n"
            "Fatigue was rare in the intervention group and in the control group.")
    assert groups_of(text) == {"Intervention": 30, "Control": 31}


THREE_ARMS = ("Drug Q, drug R or drug S in advanced cancer: a randomised trial\n\n"
              "Patients were randomly assigned to drug Q (n = 100), drug R (n = 98) or drug S (n = 97). ")


@yaml_cases
def test_a_pair_is_of_the_two_groups_named_before_it_whatever_a_third_named_after(sentence):
    got = {(key, value) for key, endpoint, measure, value, _ in rows(sentence, THREE_ARMS) if endpoint == "OS"}
    assert got == {("drug_q", 14.0), ("drug_s", 9.5)}


@yaml_cases
def test_a_pair_in_the_bracket_after_a_group_whose_second_is_named_inside_is_of_both(sentence, expected):
    got = {(key, value) for key, endpoint, measure, value, _ in rows(sentence, THREE_ARMS) if endpoint == "TOX"}
    assert got == expected


@yaml_cases
def test_values_of_an_item_no_term_names_after_a_named_item_are_not_that_items(sentence, expected):
    assert {value for key, endpoint, measure, value, _ in rows(sentence)} == expected


@yaml_cases
def test_a_share_free_from_a_failure_is_not_that_failures_rate(sentence, expected):
    assert {(endpoint, value) for key, endpoint, measure, value, _ in rows(sentence)} == expected


@yaml_cases
def test_a_ratio_before_the_two_groups_it_compares(results, expected):
    # the groups named after the ratio are the ones it compares; the medians are still each group's
    got = arm_rows(results)
    assert expected in got
    assert {r[3] for r in got if r[1] == "median"} == {"drug_q", "placebo"}


@yaml_cases
def test_groups_of_a_text(text, expected):
    assert groups_of(text) == expected


@yaml_cases
def test_a_list_that_is_no_allocation_gives_no_sizes(text):
    assert set(groups_of(text).values()) == {None}


@yaml_cases
def test_a_short_name_in_a_bracket_after_the_treatment_is_its_groups(text, short, group):
    index = index_of(text)
    assert len(index.groups) == 2
    assert next(g.label for g in index.groups if short in g.aliases) == group


def test_one_short_name_for_each_of_two_treatments_or_none():
    # three short names after one treatment's name: which is which is not known, and no group takes them all
    index = index_of("Patients were randomly assigned to drug K (K arm), drug K with drug M (KM arm) or drug K with "
                     "drug Q (KQ arm). In all, 150 patients were randomised (drug K, n = 50; drug K with drug M, "
                     "n = 50; drug K with drug Q, n = 50).")
    assert all(len({"K", "KM", "KQ"} & g.aliases) <= 1 for g in index.groups)


@yaml_cases
def test_a_treatments_name_said_beside_the_comparator_arm_is_the_other_arm(text, name, arm):
    assert next(g.label for g in index_of(text).groups if name in g.aliases) == arm


def test_a_group_of_what_patients_had_before_is_no_arm():
    index = index_of("Patients were randomly assigned to drug K (n = 210) or placebo (n = 105). Median PFS was 9.0 "
                     "months in the prior chemotherapy group and 11.2 months in the placebo group. Rash was more "
                     "common in the prior chemotherapy group.")
    assert not any("prior chemotherapy" in g.aliases for g in index.groups)


def test_sizes_received_without_labels_or_allocation_are_not_group_sizes():
    # two counts of who received what, with no group labelled or allocated here: no group sizes from them
    got = groups_of("Patients were randomly assigned to drug K or drug M. Later, 30 patients received "
                    "steroids and 12 patients received antibiotics.")
    assert set(got.values()) == {None}


@yaml_cases
def test_a_count_against_none_in_the_other_group(results, category, count):
    got = arm_rows(results)
    assert ("TOX", "count", count, "drug_q", category) in got
    assert ("TOX", "count", 0.0, "placebo", category) in got


@yaml_cases
def test_the_dates_of_randomisation_are_no_group(text):
    assert set(groups_of(text)) == {"drug K", "placebo"}


@yaml_cases
def test_a_pair_said_of_both_lettered_groups_is_theirs_in_order(text, expected):
    got = row_tuples(text, "value cohort", "trial.txt", measure="rate")
    assert expected <= got


GROUP_LETTERS_TRIAL = ("Trial of drug K\n\nAbstract\nPatients were randomly assigned to drug K (group A) or "
                       "placebo (group B). {results}")


@yaml_cases
def test_values_set_against_their_group_letters(results, expected, exact):
    got = row_tuples(GROUP_LETTERS_TRIAL.format(results=results), "value cohort", measure="median",
                     cohort=("drug_k", "placebo"))
    # never the value for all patients given to a group, nor a group's value to the other group
    assert got == expected if exact else got <= expected


KLM_ARMS = """Trial of three schedules in lung cancer

Abstract
Methods: 300 patients were randomly assigned to drug K (n = 101), drug L (n = 99) or drug M (n = 100).
Results: {results}
"""


def three_arm_rows(results: str) -> set[tuple]:
    return row_tuples(KLM_ARMS.format(results=results), "endpoint value cohort", "trial.txt")


@yaml_cases
def test_a_value_said_of_all_arms_is_each_arms(results):
    got = three_arm_rows(results)
    assert {cohort for _, value, cohort in got if value == 3.0} == {"drug_k", "drug_l", "drug_m"}


@yaml_cases
def test_all_arms_is_no_group_of_a_value_it_does_not_follow(results):
    got = three_arm_rows(results)
    assert not [r for r in got if r[1] in (61.0, 9.0)]
    assert not [r for r in got if "all" in r[2] and r[2] != "all"]


def test_an_abbreviation_joined_to_another_names_another_group():
    got = three_arm_rows("The response rate was 48% for the CX-RX group and 33% for the RX group.")
    assert {c for _, v, c in got if v == 48.0} != {c for _, v, c in got if v == 33.0}


@yaml_cases
def test_the_group_of_each_value_ends_at_the_next(sentence, expected):
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(normalize(sentence).text).found}
    assert got == expected


def test_a_subject_that_runs_over_the_outcome_names_no_group():
    got = {(f.fields["value"], f.group.label if f.group else None) for f in find_results(normalize(
        "Median overall survival for 84 patients was 9 months (95% CI 7.1-10.9); but 15 months (95% CI 12-18) in "
        "those given two lines or more.").text).found}
    assert (9.0, None) in got or not got
    assert not [g for _, g in got if g and "survival" in g.lower()]

@yaml_cases
def test_sizes_that_are_no_arms(arms, no_arms):
    sized = {"group.label_n", "group.randomised"}
    assert {d.pattern_id for d in find_group_definitions(normalize(arms).text)} - sized
    assert {d.pattern_id for d in find_group_definitions(normalize(no_arms).text)} <= sized


@yaml_cases
def test_strata_or_diseases_in_a_list_are_no_arms(sentence):
    assert not [d for d in find_group_definitions(normalize(sentence).text) if d.pattern_id == "group.sized_list"]


SIZED_BY_TREATMENT = """Cohorts of drug K in lung cancer

Abstract
Methods: {methods}
Results: {results}
"""


@yaml_cases
def test_groups_each_given_a_treatment_in_an_enrolled_list_are_the_groups_of_their_results(methods, results,
                                                                                           expected):
    assert row_tuples(SIZED_BY_TREATMENT.format(methods=methods, results=results), "endpoint measure value cohort_n",
                      "cohorts.txt") >= expected


def test_the_sizes_stated_where_groups_are_defined_are_no_counts_of_an_outcome():
    for text in ("In total, 300 patients began induction and 62% achieved disease control; 186 were then randomly "
                 "assigned to maintenance, with 94 and 92 receiving drug K and drug K plus drug L, respectively.",
                 "Overall, 410 patients started treatment, 55% had stable disease, and 220 were randomly assigned, "
                 "with 111 and 109 receiving drug M and placebo, respectively."):
        extraction = extract_text(text)
        assert not rows_where(extraction, measure="count")
        assert sorted(c["n"] for c in extraction["cohorts"] if c["key"] != "all") in ([92, 94], [109, 111])


@pytest.mark.parametrize("listed", ["placebo, low-dose drug K, and high-dose drug K plus drug L",
                                    "placebo, low-dose drug K and high-dose drug K with drug L"])
def test_a_list_of_values_for_a_list_of_longer_names_is_not_the_first_groups(listed):
    text = ("Patients were randomly assigned to placebo (n = 110), low dose (n = 112) or high dose (n = 108). "
            f"Response rates were 12.5%, 20.5% and 25.5% for {listed}, respectively.")
    rows = extract_text(text)["results"]
    assert {(r["value"], r["cohort"]) for r in rows if r["cohort"] == "placebo"} <= {(12.5, "placebo")}


@yaml_cases
def test_the_same_size_for_each_group(text, n, not_theirs):
    assert groups_of(text) == {"drug K": n, "placebo": n}
    assert groups_of(not_theirs) == {"drug K": None, "placebo": None}


@yaml_cases
def test_three_or_more_groups_each_with_the_count_before_it(sentence, expected):
    found = {(d.label, d.n) for d in find_group_definitions(normalize(sentence).text)}
    assert found >= (expected or {("drug K", 75), ("drug L", 72), ("drug K and drug M", 80),
                                  ("drug L and drug M", 70)})
    # not "to A 2 mg/kg, ... to A 10 mg/kg": the names no longer tell those groups apart
    same = "Overall, 300 were assigned to drug K 2 mg/kg, 301 to drug K 10 mg/kg and 299 to drug L."
    assert ("drug K", 300) not in {(d.label, d.n) for d in find_group_definitions(normalize(same).text)}


@yaml_cases
def test_two_groups_compared_each_with_its_short_name_and_n(sentence, expected):
    found = {(d.label, d.n, a) for d in find_group_definitions(normalize(sentence).text) for a in d.aliases}
    assert found >= expected


@yaml_cases
def test_a_cohort_label_leaves_out_the_comparison_verb(text):
    text += " The 2-year survival was 80% with drug K and 70% with drug L."
    extraction = extract_text(text)
    assert {(c["label"], c["n"]) for c in extraction["cohorts"]} >= {("drug K", 50), ("drug L", 60)}


@yaml_cases
def test_definitions_with_their_n(sentence, expected):
    assert {(d.label, d.n) for d in find_group_definitions(normalize(sentence).text)} >= expected


@yaml_cases
def test_a_listed_item_no_vocabulary_knows_keeps_its_values_from_the_item_before(sentence):
    """An unknown name after "and"/"or" heads the bracket of values that follows it: those values are that item's,
    not the toxicity named before it."""
    got = rows(sentence)
    assert not {r for r in got if r[3] in (7.0, 8.0, 3.0, 11.0, 6.0)}, got
    assert {r for r in got if r[3] in (12.0, 13.0, 20.0)}  # the first item keeps its own values


@yaml_cases
def test_a_group_named_after_and_before_its_bracket_is_no_unnamed_item(sentence):
    got = rows(sentence)
    assert {r[0] for r in got} == {"capecitabine", "observation"}, got


@yaml_cases
def test_a_when_after_and_is_no_unnamed_item(sentence):
    """ "and post-operatively (...)" says when the outcome named before was counted again, not another item."""
    got = {r[2:4] for r in rows(sentence)}
    assert {("count", 14.0), ("count", 12.0)} <= got, got


@yaml_cases
def test_what_the_counted_patients_had_said_after_them_is_their_outcome(sentence, grade, category):
    found = [f for f in found_in(sentence) if f.fields["measure"] == "count"]
    assert len(found) == 2 and {f.group.key for f in found} == {"capecitabine", "observation"}
    assert {(f.fields["grade"], f.fields.get("category")) for f in found} == {(grade, category)}


@yaml_cases
def test_this_group_is_the_group_named_before_it(sentence):
    by_value = {f.fields["value"]: f.group.key for f in found_in(sentence) if f.fields["measure"] == "count"}
    assert by_value.get(45.0) == "observation" and by_value.get(31.0) == "capecitabine", by_value


@yaml_cases
def test_this_group_that_no_rule_resolves_is_not_all_patients(sentence):
    found = found_in(sentence)
    assert not [f for f in found if f.fields["value"] in (45.0, 51.0) and (f.group is None or f.group.key == "all"
                                                                           or not f.group.label)], found


@yaml_cases
def test_a_long_item_no_vocabulary_knows_keeps_its_values(sentence):
    assert not [r for r in rows(sentence) if r[3] in (20.0, 22.0)]


@yaml_cases
def test_a_new_clause_about_an_unnamed_event_keeps_its_values(sentence):
    """The values counted after "while/; an X was reported in" are that X's, which no vocabulary names, not the
    outcome of the clause before."""
    got = rows(sentence)
    assert not [r for r in got if r[3] in (9.0, 10.0)], got
    assert [r for r in got if r[3] == 30.0]
@yaml_cases
def test_a_comparator_named_with_its_qualifier_goes_by_its_head_noun(text, alias):
    groups = {g.label: g.aliases for g in index_of(text).groups}
    assert [label for label, aliases in groups.items() if alias in aliases] == [
        next(label for label in groups if label.lower().startswith(("standard", "conventional")))]


def test_a_head_noun_another_group_shares_is_no_name_of_the_comparator():
    text = ("Drug K plus chemotherapy versus standard chemotherapy: a randomised trial\n\nWe randomly assigned 240 "
            "patients to drug K plus chemotherapy (n = 120) or standard chemotherapy (n = 120).")
    assert not [g for g in index_of(text).groups if "chemotherapy" in g.aliases]


@yaml_cases
def test_two_groups_read_as_one_give_neither_their_value(text):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    rows = extract_document(read_text_bytes(text.encode("utf-8"), "t.txt"))["results"]
    cohorts = [r["cohort"] for r in rows if r["endpoint"] == "OS"]
    assert len(cohorts) == len(set(cohorts)), rows


GIVEN_TRIAL = ("Radiotherapy with or without chemotherapy: a randomised trial\n\nWe randomly assigned 400 men to "
               "radiotherapy alone (n = 200) or chemotherapy and radiotherapy (n = 200). {results}")


@yaml_cases
def test_values_in_the_group_given_a_treatment(sentence, expected):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    text = GIVEN_TRIAL.format(results=sentence)
    rows = extract_document(read_text_bytes(text.encode("utf-8"), "trial.txt"))["results"]
    assert {(r["measure"], r["value"], r["cohort"]) for r in rows} == expected


@yaml_cases
def test_a_term_whose_bracket_names_the_groups_first_is_each_values_category(sentence):
    from support import extract_text

    got = {(r["value"], r["category"]) for r in extract_text(sentence)["results"]}
    assert {(15.0, "cough"), (11.0, "cough")} <= got, got


@yaml_cases
def test_values_by_grade_respectively_for_each_group_are_no_rate_of_one_grade(sentence):
    """Each group's pair is by grade: a row, if any, is one grade's value in its group (``_read_grades_in_group_blocks``
    pairs them; tests/test_extract_grade_blocks.py), never the second grade's value given to the group with no grade
    of its own or with the two grades as one range."""
    from support import extract_text

    by_grade = {("arm_a", "3"): 25.0, ("arm_a", "4"): 3.0, ("arm_b", "3"): 22.0, ("arm_b", "4"): 7.0} \
        if "mucositis" in sentence else \
        {("arm_a", "2"): 40.0, ("arm_a", "3"): 12.0, ("arm_b", "2"): 35.0, ("arm_b", "3"): 9.0}
    for r in extract_text(sentence)["results"]:
        assert by_grade.get((r["cohort"], r["grade"])) == r["value"], r


@yaml_cases
def test_what_a_value_is_made_of_is_not_what_it_is(sentence):
    assert not [r for r in rows(sentence) if r[3] in (41.0, 23.0)]


@yaml_cases
def test_values_by_grade_in_a_sentence_naming_one_arm_are_that_arms(sentence):
    text = ("Methods: Patients were randomly assigned to radiotherapy alone (arm 1) or chemotherapy then "
            "radiotherapy (arm 2). Results: We enrolled 150 patients. " + sentence)
    out = extract_text(text)
    arm = {c["key"] for c in out["cohorts"] + out["arms"] if c["label"].startswith("chemotherapy then")}
    got = {(r["cohort"], r["category"], r["grade"], r["value"]) for r in out["results"] if r["endpoint"] == "TOX"}
    assert got == {(k, "leucopenia", g, v) for k in arm for g, v in (("3", 16.0), ("4", 8.0))} and arm


@yaml_cases
def test_the_article_a_after_a_lettered_group_is_no_group_a(sentence):
    # "group D and a ..." names one group, not groups D and A
    text = "Results: We randomly assigned 120 patients to arm A, arm B, arm C or arm D. " + sentence
    out = extract_text(text)
    assert not rows_where(out, cohort=("arm_a", "group_a"))
    assert {r["cohort"] for r in out["results"]} & {"arm_c", "group_c", "arm_d", "group_d"}


@yaml_cases
def test_a_subset_named_before_the_value_is_its_cohort(sentence, label):
    out = extract_text("Results: We treated 150 patients. " + sentence)
    (row,) = rows_where(out, endpoint="OS")
    assert _by_key(out)[row["cohort"]] == label
@yaml_cases
def test_the_arm_names_of_an_allocation(sentence, expected):
    assert {d.label for d in find_group_definitions(normalize(sentence).text)} == expected


@yaml_cases
def test_a_sentence_that_only_says_who_received_which_arm_gives_the_sizes(text):
    assert sorted(n for n in groups_of(text).values()) == [39, 41]


def test_a_dose_in_brackets_joins_only_two_drugs_of_one_name():
    """"drug K (250 mg) twice daily or chemotherapy with either drug L or drug M": no arm is "drug K twice"."""
    got = find_group_definitions(normalize(
        "Patients were randomly assigned to receive drug K (250 mg) twice daily or chemotherapy with either drug L "
        "(500 mg/m2) or drug M (75 mg/m2) every 3 weeks.").text)
    assert not [d for d in got if "twice" in d.label or d.label in ("drug L", "drug M")]


@yaml_cases
def test_a_treatment_said_as_a_time_is_not_the_arm_that_had_it_alone(sentence):
    text = "Patients were randomly assigned to drug K plus resection (n = 120) or resection alone (n = 118). "
    text += sentence
    got = {(r["value"], r["cohort"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert {value for value, cohort in got if cohort == "resection_alone"} == {8.0}


@yaml_cases
def test_a_name_and_the_same_name_alone_or_only_are_one_group(text):
    index = index_of(text)
    assert len(index.groups) == 2, [g.aliases for g in index.groups]


@yaml_cases
def test_a_count_whose_outcome_or_qualified_total_stands_between_it_and_its_group(sentence, expected):
    got = rows(sentence)
    assert [row for row in expected if row in got] == expected, got


@yaml_cases
def test_pairs_of_values_after_two_outcomes_are_not_the_last_outcome(sentence):
    """Which pair is which outcome only their order tells; a pair read alone is no value of the outcome named last,
    nor is the first value the second group's."""
    got = rows(sentence)
    assert not [r for r in got if r[1] == "OS" and r[3] in (9.1, 6.4)], got
    assert not [r for r in got if r[0] == "observation" and r[3] == 9.1], got


@yaml_cases
def test_values_of_a_later_item_no_vocabulary_knows_are_not_the_earlier_items(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[3] in (5.0, 11.0, 2.0, 4.0, 9.0, 6.0)], got


@yaml_cases
def test_as_many_ratios_after_two_outcomes_as_outcomes_are_theirs_in_order(sentence, expected):
    got = {(r[1], r[3]) for r in rows(sentence) if r[2] == "hr"}
    assert got == expected


@yaml_cases
def test_two_lists_of_values_after_two_outcomes_are_theirs_in_order(sentence):
    got = rows(sentence)
    assert {("capecitabine", "OS", "median", 51.1, None), ("observation", "OS", "median", 36.4, None)} <= got, got
    assert not [r for r in got if r[1] == "OS" and r[3] in (9.1, 6.4)], got


@yaml_cases
def test_a_grade_said_after_values_in_a_bracket_is_theirs(events):
    text = ("Methods: Patients were randomly assigned to drug K or placebo. Results: The most common adverse events "
            f"in the drug K group were {events}.")
    got = {(r["category"], r["measure"], r["value"], r["grade"]) for r in extract_text(text)["results"]
           if r["endpoint"] == "TOX"}
    assert {("nausea", "count", 120.0, None), ("nausea", "count", 15.0, "3"), ("fatigue", "count", 90.0, None),
            ("fatigue", "rate", 6.0, "3")} <= got


@yaml_cases
def test_an_analysis_that_shows_a_pair_is_no_group(sentence):
    # the subject that "showed" the pair is an analysis, not patients: neither it nor "not" it is a group
    out = extract_text("Results: We enrolled 300 patients. " + sentence)
    assert not [r for r in out["results"] if "analysis" in (r.get("cohort") or "")]


@yaml_cases
def test_arms_values_within_a_subgroup_are_not_the_arms(sentence):
    text = ("Methods: Patients were randomly assigned to drug A or drug B. Results: We enrolled 300 patients. "
            + sentence)
    out = extract_text(text)
    arms = {c["key"] for c in out["cohorts"] + out["arms"] if c["label"] in ("drug A", "drug B")}
    assert arms and not [r for r in out["results"] if r["cohort"] in arms]


@yaml_cases
def test_values_of_two_groups_said_by_who_they_are(sentence, first, second):
    text = f"A review of melanoma\n\nWe reviewed 160 patients treated from 2002 to 2010. {sentence}"
    out = extract_text(text)
    label = _by_key(out)
    rows = rows_where(out, measure=("rate", "median"))
    assert len(rows) == 2
    assert [label[r["cohort"]] for r in rows] == [first, second]
    assert rows[0]["comparator"] == rows[1]["cohort"] and rows[1]["comparator"] == rows[0]["cohort"]


@yaml_cases
def test_the_arms_named_by_a_trial(sentence, expected):
    assert set(groups_of("A trial\n\n" + sentence)) == expected


@yaml_cases
def test_a_bound_before_a_treatment_is_no_group_size(text):
    # "> 28 receiving chemotherapy ... were randomized": a threshold of who was eligible, not 28 people
    assert groups_of("A trial\n\n" + text) == {"CE": None, "chemotherapy alone": None}


@yaml_cases
def test_counts_assigned_to_each_arm_in_a_bracket_or_set_against_each_other(sentence):
    text = f"A trial\n\n{sentence} Median survival was 9 months with drug K and 8 months with drug L."
    assert groups_of(text) == {"drug K": 148, "drug L": 152}


@yaml_cases
def test_schedule_arms_go_by_their_dose_or_single_fraction(results):
    text = ("A trial\n\nPatients with painful spinal metastases were randomised to receive either 24 Gy in 6 fractions "
            "or a 9 Gy single fraction. " + results)
    out = extract_text(text)
    label = _by_key(out)
    assert [(label[r["cohort"]], r["value"]) for r in out["results"]] == [
        ("24 Gy in 6 fractions", 64.0), ("9 Gy single fraction", 59.0)]


@yaml_cases
def test_two_schedule_arms_go_by_single_fraction_and_multifraction(title, results):
    text = (f"{title}\n\nPatients with painful bone metastases were randomised to 10 Gy in a single fraction "
            "(n = 80) or 21 Gy in 7 fractions (n = 82). " + results)
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert sorted((size.get(r["cohort"]), r["value"]) for r in out["results"]) == [(80, 61.0), (82, 66.0)]


@yaml_cases
def test_two_schedule_arms_go_by_hypofractionated_and_conventional(title, hypo, conventional, results):
    text = (f"{title}\n\nPatients were randomly assigned to {conventional} (n = 150) or {hypo} (n = 152). " + results)
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert sorted((size.get(r["cohort"]), r["value"]) for r in out["results"]) in (
        [(150, 3.3), (152, 2.9)], [(150, 7.7), (152, 9.1)])


@yaml_cases
def test_a_value_of_a_group_the_paper_does_not_name_goes_to_no_arm(text, sizes):
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert not [r for r in out["results"] if size.get(r["cohort"]) in sizes]


def test_three_schedule_arms_have_no_multifraction_arm():
    # two schedules of several fractions: "the multifraction arm" is neither, and its value goes to no arm
    text = ("A trial\n\nPatients were randomised to 10 Gy in a single fraction (n = 80), 21 Gy in 7 fractions (n = 82) "
            "or 30 Gy in 10 fractions (n = 81). Pain relief at 2 months was 61% in the single-fraction arm and 66% in "
            "the multifraction arm.")
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    got = {(size.get(r["cohort"]), r["value"]) for r in out["results"]}
    assert (80, 61.0) in got and not {g for g in got if g[1] == 66.0 and g[0] in (82, 81)}


@yaml_cases
def test_a_count_of_an_arm_sized_total_is_no_row_of_all(results, to_all):
    text = ("A trial\n\nIn all, 180 patients with soft-tissue sarcoma were randomly assigned to drug K or drug M. "
            + results)
    out = extract_text(text)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    got = [(cohorts[r["cohort"]]["parent"], cohorts[r["cohort"]]["n"]) for r in out["results"]]
    assert got == ([("all", to_all)] * 2 if to_all else [])


@yaml_cases
def test_a_group_named_before_time_points_is_no_numbered_group(sentence):
    out = extract_text("A trial\n\nWe treated 200 patients with mesothelioma. " + sentence)
    label = _by_key(out)
    medians = [(label[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "median"]
    assert ("drug L", 4.5) in medians and ("drug L", 10.1) in medians
    assert not any(re.search(r"\d", name) for name, _ in medians)


@yaml_cases
def test_a_figure_or_table_is_no_factor_of_a_ratio(sentence):
    out = extract_text("A trial\n\nWe treated 120 patients with sarcoma. " + sentence)
    labels = {c["label"].lower() for c in out["cohorts"]}
    assert not any(re.search(r"\b(?:fig|table|shown|see)\b", x) for x in labels)


TWO_ARMS = "A trial\n\nIn all, 240 patients were randomly assigned to drug K (n = 120) or placebo (n = 120). "


@yaml_cases
def test_an_unnamed_pair_of_other_groups_is_not_the_arms(sentence, arms):
    out = extract_text(TWO_ARMS + sentence)
    cohorts = {r["cohort"] for r in out["results"]}
    assert (cohorts == {"drug_k", "placebo"}) == arms
    assert len(out["results"]) == 2


@yaml_cases
def test_an_adjective_in_ional_names_the_group_its_noun_names(methods, results):
    out = extract_text(f"A trial\n\n{methods} {results}")
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    named = [k for k, lab in labels.items() if lab.startswith(("intervention", "observation"))]
    assert len(named) == 1  # one group, not "intervention" and "interventional"
    medians = {r["cohort"]: r["value"] for r in out["results"] if r["measure"] == "median"}
    assert len(medians) == 2 and "all" not in medians


@yaml_cases
def test_counts_in_a_bracket_of_groups_are_of_the_outcome_after_the_bracket(results, after, counts):
    out = extract_text("A trial\n\nPatients were randomly assigned to arm A (n = 50) or arm B (n = 48). " + results)
    last = sorted(out["results"], key=lambda r: r["char_start"])[-1]
    assert last["endpoint"] == after and last["value"] in counts
    assert all(r["value"] in counts for r in out["results"] if r["endpoint"] == after and r["measure"] == "count")


@yaml_cases
def test_a_pair_within_the_one_group_that_opens_the_sentence_is_no_groups_own(results):
    out = extract_text("A trial\n\nPatients were randomly assigned to arm A (drug K, n = 80) or arm B (drug L, "
                       "n = 82). " + results)
    assert not out["results"]


def test_the_one_group_that_opens_the_sentence_keeps_its_own_values():
    text = ("A trial\n\nPatients were randomly assigned to arm A (drug K, n = 80) or arm B (drug L, n = 82). In arm A, "
            "the response rate was 40% and median PFS was 6.1 months.")
    assert row_tuples(text, "cohort value") == {("arm_a", 40.0), ("arm_a", 6.1)}


DOSE_ARMS = ("A trial\n\nWe enrolled 600 patients: 200 allocated to drug K 3 mg/kg, 201 allocated to drug K 9 mg/kg, "
             "and 199 allocated to drug L. ")


@yaml_cases
def test_values_of_dose_arms_go_to_the_dose_named(results, expected):
    assert row_tuples(DOSE_ARMS + results, "cohort value") == expected


@yaml_cases
def test_a_ratio_or_a_pair_right_after_two_groups_compared_is_theirs(results, value):
    out = extract_text(DOSE_ARMS + results)
    assert [(r["cohort"], r["comparator"]) for r in out["results"] if r["value"] == value] == [
        ("drug_k_9_mg_kg", "drug_l")]


@yaml_cases
def test_a_schedule_of_fractions_times_dose_names_an_arm(text, expected):
    assert set(groups_of(text)) == expected


@yaml_cases
def test_values_of_schedule_arms_go_to_the_arms(results):
    text = ("A trial\n\nA randomised study compared the efficacy of 5 x 4 Gy versus our standard 12 x 2.5 Gy in 180 "
            "patients. ")
    assert row_tuples(text + results, "cohort value") == {("12_2_5_gy", 23.1), ("5_4_gy", 12.4)}


@yaml_cases
def test_a_letter_named_by_arm_and_by_group_is_one_group(text):
    out = extract_text(text)
    assert len([c for c in out["cohorts"] if c["key"] != "all"]) == 2
    # (the whole's median before its groups' bracket is all patients')
    assert {r["cohort"] for r in out["results"]} - {"all"} <= {c["key"] for c in out["cohorts"] if c["n"] in (50, 48)}


@yaml_cases
def test_a_group_named_first_in_the_title_keeps_its_place_under_its_short_name(title, methods, short):
    # the title's combination is later called by its letters; an unnamed pair's first value is still its
    text = f"/ Doe et al., 2001\n// {title}\n\n  >>> METHODS\n    {methods}\n\n  >>> RESULTS\n    " \
           f"Response rates were higher (44% v 23%; P = .01), favouring the {short}.\n"
    rows = {r["value"]: r["cohort"] for r in extract_text(text)["results"]}
    assert re.search(r"alone|single", rows[23.0]) and rows[44.0] not in ("all", rows[23.0])


def test_a_bare_count_the_split_does_not_add_up_to_is_not_all_patients():
    got = {(r[2], r[3]) for r in arm_rows("Relapse occurred in 70 patients (31 in the drug Q group and 29 in the "
                                          "placebo group).") if r[1] == "count"}
    assert (70.0, "all") not in got


def test_a_qualified_arm_named_with_and_without_the_word_treatment_is_one_group():
    text = ("A trial of first-line drug K followed by drug M against the reverse sequence\n\nResults: In all, 420 "
            "patients were randomly assigned. There were 151 deaths in the standard treatment arm and 170 in the "
            "experimental arm. Median survival was 10.9 months in the standard arm and 8.6 months in the "
            "experimental arm.")
    got = {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in extract_text(text, "trial.txt")["results"]}
    cohorts = {r[3] for r in got if r[1] in ("median", "count") and r[0] in ("OS", "DEATH")}
    assert len(cohorts) == 2 and ("DEATH", "count", 151.0) in {r[:3] for r in got}
    assert {r[3] for r in got if r[2] in (151.0, 10.9)} == {r[3] for r in got if r[2] == 151.0}


@yaml_cases
def test_a_split_in_a_bracket_is_of_the_graded_event_said_after_it(results, category, grade):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    split = tuples_of(extraction, "value cohort", measure="count", category=category, grade=grade)
    assert len(split & {(3.0, "placebo"), (2.0, "placebo"), (4.0, "drug_q"), (3.0, "drug_q")}) == 2
    assert not [r for r in extraction["results"] if r["cohort"] in ("drug_q", "placebo")
                and r["category"] != category and r["value"] < 5]


@yaml_cases
def test_a_breakdown_in_the_bracket_after_a_groups_value_is_that_groups(results, expected):
    got = row_tuples(ARMS.format(results=results), "endpoint value cohort", "trial.txt", measure="count",
                     endpoint=("CR", "PR"))
    assert got == expected


ARMS_152_148 = """Trial of drug Q in gastric cancer

Abstract
Methods: 300 patients were randomly assigned to drug Q (n = 152) or placebo (n = 148).
Results: {results}
"""


@yaml_cases
def test_a_pairs_counts_go_to_the_arms_their_totals_are_the_sizes_of(results):
    got = row_tuples(ARMS_152_148.format(results=results), "value cohort", "trial.txt", measure="count")
    assert got == {(9.0, "placebo"), (31.0, "drug_q")}


LETTERED_ARMS = """Trial of drug Q in gastric cancer

Abstract
Methods: Patients were randomly assigned to drug Q (group 1, n = 150) or placebo (group 2, n = 150).
Results: {results}
"""


@yaml_cases
def test_events_named_as_the_main_toxicities_then_each_groups_bracket_of_counts(results, expected):
    got = row_tuples(LETTERED_ARMS.format(results=results), "category grade value cohort", "trial.txt", measure="count")
    assert got == expected


@yaml_cases
def test_a_bare_interval_after_the_second_value_still_leaves_its_group_named(sentence, first, second):
    # the level of the interval said once, in the first bracket; the second bracket holds its bounds alone
    got = {(f.fields["value"], f.group.label if f.group else None, f.fields["ci_low"])
           for f in find_results(sentence).found if f.fields["measure"] != "hr"}
    assert got == {first, second}


@yaml_cases
def test_a_bare_bracket_after_a_spread_is_a_spread_too(sentence):
    got = find_results(sentence).found
    assert len(got) == 2 and all(f.group is not None for f in got)
    assert not [f for f in got if f.fields.get("ci_low") is not None]


@yaml_cases
def test_those_who_did_not_are_named_by_what_the_others_did(sentence, others):
    labels = {f.group.label for f in find_results(sentence).found if f.group is not None}
    assert others in labels


@yaml_cases
def test_a_group_named_around_its_values(sentence, expected):
    assert {(f.fields["value"], f.group.label) for f in find_results(sentence).found if f.group} == expected


def test_a_comparison_with_what_was_reported_before_names_no_second_group():
    got = find_results("Patients had a higher response rate (48%) than previously reported (31%).").found
    assert not [f for f in got if f.fields["value"] == 31.0]


def test_values_of_other_studies_named_after_them_respectively_are_no_groups():
    got = find_results("Drug K given twice daily showed good activity in patients with X, with response rates of 57% "
                       "and 48% in earlier phase I and II studies, respectively.").found
    assert not [f for f in got if f.group]


@yaml_cases
def test_outcomes_listed_before_one_group_respectively_are_that_groups(sentence, expected):
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(sentence).found}
    assert got == expected


@yaml_cases
def test_values_respectively_after_one_group_and_one_outcome_are_not_that_groups(sentence):
    assert not [f for f in find_results(sentence).found if f.group and f.group.label == "drug A group"]


@yaml_cases
def test_the_value_after_a_comparison_is_not_the_subjects(sentence):
    got = {(f.fields["value"], f.group.label if f.group else None) for f in find_results(sentence).found}
    assert (31.0, "A group") not in got and not [g for _, g in got if g == "comparison"]
    assert (40.0, "A group") in got or (40.0, "Patients with small tumours") in got


def test_a_count_after_a_group_named_earlier_in_its_clause_stays_that_groups():
    got = {(r[2], r[3]) for r in arm_rows(
        "Ninety (60%) patients in the drug Q group, which represented 70 (47%) deaths, and 95 (63%) patients in the "
        "placebo group, which represented 80 (53%) deaths, had no progression.") if r[1] == "count"}
    assert (70.0, "placebo") not in got


@yaml_cases
def test_the_other_side_named_as_that_of_patients_with_something(sentence, other):
    got = {f.group.label for f in find_results(sentence).found if f.group}
    assert other in got and not [x for x in got if x.startswith("not ")]


@yaml_cases
def test_a_pair_at_each_time_said_after_it_respectively_is_the_groups(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[1] == "rate"}
    assert {(33.0, "drug_q"), (38.0, "placebo"), (8.0, "drug_q"), (13.0, "placebo")} <= got


@yaml_cases
def test_labelled_pairs_in_the_bracket_after_two_groups_compared_are_theirs(sentence):
    got = {(f.fields["measure"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(sentence).found}
    first, second = ("stage IIA(N1)", "stage IIB") if "stage" in sentence else ("women", "men")
    assert {("median", 14.0, first), ("median", 19.0, second), ("rate", 36.0, first), ("rate", 41.0, second)} <= got
    assert not [x for x in got if x[2] is None]


def test_times_compared_in_a_bracket_of_labelled_pairs_are_no_groups():
    got = find_results("Scores changed between baseline and week 12 (median survival, 14 and 19 months).").found
    assert not [f for f in got if f.group is not None and "baseline" in f.group.label]


def test_a_next_sentence_that_names_no_groups_is_not_of_the_levels_compared_before():
    text = ("Series\n\nAbstract\nResults: There was no survival difference between stage IIA versus stage IIB (median "
            "survivals, 14 and 19 months; 2-year survival rates, 36% and 41%). The strongest predictor was a small "
            "tumour (median survivals, 31 v 11 months).\n")
    rows = extract_text(text)["results"]
    assert not [r for r in rows if r["value"] in (31.0, 11.0) and (r.get("cohort") or "").startswith("stage")]


@yaml_cases
def test_a_comparison_opened_by_one_group_gives_the_first_value_to_it(results, expected):
    assert expected <= {r[:4] for r in arm_rows(results)}


@yaml_cases
def test_a_value_compared_with_the_literature_is_no_group_of_the_paper(results):
    values = {r[2] for r in arm_rows(results)}
    assert values and not values & {22.0, 9.6}


@yaml_cases
def test_the_groups_rows_of_a_results_sentence(results, expected):
    assert expected <= arm_rows(results)


def test_an_event_said_apart_from_a_list_that_ends_with_a_group_is_not_that_groups():
    rows = arm_rows("Nausea (18 [12%]) was common overall, and diarrhoea (9 [6%]) in the drug Q group.")
    assert ("TOX", "count", 18.0, "drug_q", "nausea") not in rows


def test_an_outcome_with_values_of_its_own_is_not_the_outcome_of_the_values_before_it():
    rows = arm_rows("Grade 3 or worse events occurred in 31 (21%) patients with drug Q and 12 (8%) with placebo, "
                    "and led to discontinuation in 9 (6%) and 4 (3%), respectively.")
    assert not {r for r in rows if r[0] == "DISCONTINUATION" and r[2] in (31.0, 12.0, 21.0, 8.0)}


ADD_ON = """Trial of an added drug in breast cancer

Abstract
Methods: In all, {total} women were randomly assigned to {combination} (n = {n1}) or {alone} (n = {n2}).
Results: {results}
"""


@yaml_cases
def test_an_add_on_trial_s_arms_go_by_the_added_drug_and_by_their_roles(total, combination, alone, n1, n2, results,
                                                                        expected):
    text = ADD_ON.format(total=total, combination=combination, alone=alone, n1=n1, n2=n2, results=results)
    extraction = extract_text(text, "addon.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    if not expected:  # two combinations: "the combination group" is neither arm, and its value goes to none
        assert not {g for g in got if g[2] == 9.9 and g[3] in (n1, n2)}


@yaml_cases
def test_a_combination_and_its_drug_alone_go_by_their_roles_without_group_or_arm(combination, alone, n1, n2,
                                                                                  results, expected):
    text = ADD_ON.format(total=n1 + n2, combination=combination, alone=alone, n1=n1, n2=n2, results=results)
    extraction = extract_text(text, "roles.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    assert not {g for g in got if g[3] in (None, n1 + n2)}  # nothing of these went to all patients


@yaml_cases
def test_the_one_arm_given_maintenance_or_consolidation_goes_by_it(first, second, results, expected):
    text = ADD_ON.format(total=258, combination=first, alone=second, n1=130, n2=128, results=results)
    extraction = extract_text(text, "phase.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    if not expected:  # maintenance in both arms: the value goes to neither
        assert not [g for g in got if g[3] in (130, 128)]


@yaml_cases
def test_the_arm_treated_before_an_operation_goes_by_neoadjuvant_or_preoperative(first, second, results):
    text = ADD_ON.format(total=182, combination=first, alone=second, n1=90, n2=92, results=results)
    extraction = extract_text(text, "neoadjuvant.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["value"], size.get(r["cohort"])) for r in extraction["results"] if r["measure"] == "rate"}
    assert got == {(85.0, 90), (74.0, 92)}


@yaml_cases
def test_numbered_arms_go_by_the_words_that_tell_their_treatments_apart(arms, results, expected):
    text = f"A randomised trial\n\nPatients were randomly assigned to {arms}. {results}"
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert {(r["value"], size.get(r["cohort"])) for r in out["results"]} == expected


@yaml_cases
def test_the_combination_as_a_treatment_names_no_arm(combination, alone, results):
    text = ADD_ON.format(total=200, combination=combination, alone=alone, n1=100, n2=100, results=results)
    extraction = extract_text(text, "roles.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if r["value"] == 12.0 and size.get(r["cohort"]) == 100]


@yaml_cases
def test_a_ratio_in_favour_of_one_arm_is_that_arm_s_against_the_other(results, group):
    (row,) = [r for r in arm_rows(results) if r[1] == "hr"]
    assert row[3] == group


def test_a_reason_after_which_a_comparison_follows_is_the_other_arm_s_reason_too():
    rows = arm_rows("Among patients receiving drug Q, 17 (11.3%) discontinued treatment because of adverse events, as "
                    "compared with 6 (4.0%) of those receiving placebo.")
    assert {r[4] for r in rows if r[0] == "DISCONTINUATION"} == {"adverse events"}


@yaml_cases
def test_a_pair_said_of_the_two_groups_respectively_is_the_arms_in_order(results, expected):
    rows = arm_rows(results)
    assert expected <= rows and 2.0 not in {r[2] for r in rows}


@yaml_cases
def test_deaths_the_treatment_caused_said_in_other_words_are_grade_5_events(results):
    rows = {r for r in arm_rows(results) if r[0] == "TOX"}
    assert rows and {r[3] for r in rows} == {"drug_q", "placebo"}


def _by_key(extraction: dict, field: str = "label") -> dict:
    """A cohort's or arm's ``field`` (its label, its n) by its key, as a result row refers to it."""
    return {c["key"]: c[field] for c in extraction["cohorts"] + extraction["arms"]}


def _arm_values(text: str) -> dict[float, str]:
    extraction = extract_text(text, "trial.txt")
    labels = _by_key(extraction)
    return {r["value"]: labels.get(r.get("cohort") or r.get("arm")) for r in extraction["results"]}


@pytest.mark.parametrize(("text", "expected"), [
    # an arm goes by the abbreviation its name ends in
    # an arm named by how one treatment was given, then called by the treatment's abbreviation alone
    ("Radiotherapy after resection of brain metastases.\n\nMETHODS: Patients were randomly assigned to observation "
     "(n = 42) or adjuvant hypofractionated WBRT (n = 40).\n\nRESULTS: WBRT lowered the rate of intracranial "
     "relapse, 12% versus 35% for observation (P = .01).",
     {12.0: "adjuvant hypofractionated WBRT", 35.0: "observation"}),
    ("Thoracic radiotherapy in advanced disease.\n\nMETHODS: Patients were randomly assigned to best supportive care "
     "(n = 50) or palliative thoracic RT (n = 51).\n\nRESULTS: RT improved the 1-year survival rate, 30% versus 18% "
     "(P = .04).", {30.0: "palliative thoracic RT", 18.0: "best supportive care"}),
    # a bracketed pair is first of the group named after it
    # pairs of values in brackets, then the group whose values come first named at the clause's end
    ("Thoracic radiotherapy in advanced disease.\n\nMETHODS: Patients were randomly assigned to best supportive care "
     "(n = 50) or palliative thoracic RT (n = 51).\n\nRESULTS: The trial showed fewer cases of cough (20% v 41%, "
     "P = .03) with palliative thoracic RT.", {20.0: "palliative thoracic RT", 41.0: "best supportive care"}),
    ("Chemotherapy in older patients.\n\nMETHODS: Patients were randomly assigned to vinorelbine alone (n = 70) or "
     "vinorelbine plus carboplatin (n = 71).\n\nRESULTS: We saw improved disease control (70% v 51%, P = .03) in "
     "patients given vinorelbine plus carboplatin.", {70.0: "vinorelbine plus carboplatin", 51.0: "vinorelbine alone"}),
    # a pair between one group and the other named after it is in that order
    # one group named before a bracketed pair, the other straight after its second value: in that order
    ("Maintenance drug K.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo (n = 88)."
     "\n\nRESULTS: Few patients given placebo had acneiform rash (6% compared with 48% assigned drug K).",
     {6.0: "placebo", 48.0: "drug K"}),
    ("Maintenance drug K.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo (n = 88)."
     "\n\nRESULTS: Few women allocated placebo had grade 2 hypertension (9% as compared to 31% allocated drug K).",
     {9.0: "placebo", 31.0: "drug K"}),
])
def test_which_arm_each_value_is_of(text, expected):
    assert _arm_values(text) == expected


MAINTENANCE_ARMS = ("Maintenance drug K.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo "
                    "(n = 88).\n\nRESULTS: ")


@yaml_cases
def test_a_pair_said_with_respectively_and_no_names_is_the_groups_just_compared(results, expected):
    extraction = extract_text(MAINTENANCE_ARMS + results, "trial.txt")
    labels = _by_key(extraction)
    got = {(r["endpoint"], r["value"], labels.get(r.get("cohort") or r.get("arm"))) for r in extraction["results"]}
    assert expected <= got


def test_counts_of_an_outcome_no_name_gives_after_other_counts_are_not_the_first_outcomes():
    extraction = extract_text(MAINTENANCE_ARMS + "Grade 3 or worse adverse events occurred in 30 (33%) of 90 "
                              "patients in the drug K group and in 12 (14%) of 88 in the placebo group and led to "
                              "hospital admission in 6 (7%) and 2 (2%) patients, respectively.", "trial.txt")
    assert not rows_where(extraction, value=(6.0, 7.0, 2.0))


@yaml_cases
def test_a_sized_groups_name(sentence, labels):
    assert {d.label for d in find_group_definitions(sentence)} == labels


def test_a_size_in_brackets_after_an_arms_name_is_the_part_of_it_counted():
    text = ("Maintenance drug K.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo (n = 88)."
            "\n\nRESULTS: In a subset analysis by marker level, the 1-year overall survival rates were 31% for the "
            "drug K group (N = 23) and 52% for the placebo group (N = 25).")
    extraction = extract_text(text, "trial.txt")
    sizes = _by_key(extraction, "n")
    got = {(r["value"], sizes.get(r.get("cohort") or r.get("arm"))) for r in extraction["results"]}
    assert got == {(31.0, 23), (52.0, 25)}


ADD_ON_ARMS = ("Cetuximab in lung cancer.\n\nMETHODS: Patients were randomly assigned to carboplatin and paclitaxel "
               "alone (n = 200) or carboplatin and paclitaxel plus cetuximab (n = 198).\n\nRESULTS: ")


@yaml_cases
def test_a_group_named_by_its_assignment_is_the_papers_arm(results, expected):
    extraction = extract_text(ADD_ON_ARMS + results, "trial.txt")
    sizes = _by_key(extraction, "n")
    assert {(r["value"], sizes.get(r.get("cohort") or r.get("arm"))) for r in extraction["results"]} == expected


@yaml_cases
def test_a_named_base_regimen_is_not_folded_into_the_regimen_that_adds_to_it(base, combined):
    from oncoev.extract.groups import Group, GroupDef, _fold_short_names

    groups = [Group(_slug_of(min(combined, key=len)), min(combined, key=len), None, set(combined)),
              Group(_slug_of(base), base, None, {base}, GroupDef(base, None, 0, len(base), "group.named"))]
    _fold_short_names(groups)
    assert [g.label for g in groups] == [min(combined, key=len), base]


def _slug_of(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower())


@yaml_cases
def test_adverse_events_that_led_to_death_are_grade_5_events_of_each_group(results, expected):
    extraction = extract_text(MAINTENANCE_ARMS + results, "trial.txt")
    labels = _by_key(extraction)
    got = {(r["value"], labels.get(r.get("cohort") or r.get("arm"))) for r in extraction["results"]
           if r["endpoint"] == "TOX" and r["grade"] == "5" and r["measure"] == "count"}
    assert got == expected


def test_progression_that_led_to_death_is_no_adverse_event():
    extraction = extract_text(MAINTENANCE_ARMS + "Disease progression led to death in 40 patients (45%) in the placebo "
                              "group.", "trial.txt")
    assert not rows_where(extraction, endpoint="TOX")


@yaml_cases
def test_a_one_letter_short_name_of_an_arm_names_it(definition, letter, sentence):
    from oncoev.extract.groups import Group, GroupIndex, _one_letter_names

    single = definition.split(" (")[0].split("compared ")[1]
    double = definition.split(" with ")[1].rstrip(".")
    groups = [Group("single", single, None, {single}), Group("double", double, None, {double})]
    _one_letter_names(groups, definition)
    assert groups[0].aliases == {single, letter} and groups[1].aliases == {double}
    mentions = GroupIndex(groups).mentions(sentence)
    assert [(sentence[m.start:m.end], m.key) for m in mentions] == [(letter, "single")]


@yaml_cases
def test_a_second_list_headed_by_its_own_group_is_that_groups(second):
    text = ("Methods: We randomly assigned 200 patients to drug A (n = 100) or drug B (n = 100). Results: The most "
            "common adverse events in the drug A group were rash (21%) and fatigue (15%)" + second)
    got = row_tuples(text, "cohort_label category value", endpoint="TOX")
    assert got == {("drug A", "rash", 21.0), ("drug A", "fatigue", 15.0), ("drug B", "neutropenia", 17.0),
                   ("drug B", "fever", 14.0)}


def test_a_second_list_with_a_value_of_no_known_event_gives_no_values_of_the_event_before():
    text = ("Methods: We randomly assigned 200 patients to drug A (n = 100) or drug B (n = 100). Results: The most "
            "common adverse events in the drug A group were rash (21%) and fatigue (15%), and in the drug B group were "
            "itchy eyes (17%) and fever (14%).")
    out = extract_text(text)
    assert not rows_where(out, value=17.0)


@yaml_cases
def test_a_study_size_smaller_than_one_of_its_arms_is_the_arms_together(part):
    text = ("Methods: Patients were randomly assigned to drug A (n = 150) or drug B (n = 148). Results: " + part +
            " Median survival was 12 months with drug A and 9 months with drug B.")
    out = extract_text(text)
    assert {c["key"]: c["n"] for c in out["cohorts"]}["all"] == 298


@pytest.mark.parametrize("item", ["γ-glutamyltransferase increase", "β2-microglobulin rise"])
def test_an_item_no_endpoint_names_may_open_with_any_letter(item):
    text = ("Methods: Patients were randomly assigned to drug A (n = 60) or placebo (n = 58). Results: The most common "
            f"grade 3 events with drug A vs placebo were hypertension (20.0% vs 5.2%), fatigue (11.7% vs 1.7%), and "
            f"{item} (8.3% vs 3.4%).")
    got = {(r["category"], r["value"]) for r in extract_text(text)["results"] if r["endpoint"] == "TOX"}
    assert ("fatigue", 8.3) not in got and ("fatigue", 3.4) not in got
    assert {("fatigue", 11.7), ("fatigue", 1.7)} <= got


@yaml_cases
def test_an_arm_too_long_to_name_whole_is_named_by_what_it_adds(sentence, labels):
    assert [d.label for d in find_group_definitions(normalize(sentence).text)] == labels


@yaml_cases
def test_which_cycles_is_no_count_of_a_group(sentence):
    text = ("Methods: Patients were randomly assigned to drug A (n = 100) or drug B (n = 100). Results: " + sentence)
    assert not rows_where(extract_text(text), measure="count")


@yaml_cases
def test_pairs_within_each_arm_are_not_the_two_arms(tail):
    text = ("Methods: Patients were randomly assigned to drug A or drug B. Results: Survival was longer in patients "
            "who were given radiotherapy, " + tail)
    assert ("drug B", 37.4) not in row_tuples(text, "cohort_label value")


@yaml_cases
def test_a_value_of_a_later_clause_with_its_own_events_is_not_the_event_before(tail):
    text = ("Methods: Patients were randomly assigned to drug A (n = 60) or drug B (n = 62). Results: The most common "
            "grade 3 or worse events in the drug A group were anaemia (eight [13%] of 60) and rash (four [7%])" + tail)
    got = {(r["category"], r["value"]) for r in extract_text(text)["results"] if r["endpoint"] == "TOX"}
    assert ("rash", 2.0) not in got and ("rash", 3.0) not in got
    assert {("anaemia", 8.0), ("rash", 4.0)} <= got


@yaml_cases
def test_a_clause_after_a_semicolon_with_a_subject_of_its_own_is_not_the_outcome_before(clause):
    text = ("Methods: Patients were randomly assigned to drug A (n = 200) or drug B (n = 100). Results: Local "
            "recurrence occurred in 30 patients (15%) in the drug A group and 14 patients (14%) in the drug B group; "
            + clause)
    got = {r["value"] for r in extract_text(text)["results"] if r["endpoint"] == "FAIL_LOCAL"}
    assert not got & {80.0, 40.0, 21.0, 10.5, 12.0}


@yaml_cases
def test_a_list_said_again_for_the_next_clauses_group_is_that_groups(tail):
    text = "Methods: Patients were randomly assigned to drug A (n = 80) or drug B (n = 81). Results: " + tail
    got = {(_arm(r["cohort"]), r["endpoint"], r["value"]) for r in extract_text(text)["results"]}
    assert got == {("a", "OS", 63.0), ("a", "PFS", 41.0), ("b", "OS", 50.0), ("b", "PFS", 29.0)}


def _arm(cohort: str) -> str:
    """'drug_a' -> 'a': the arm's letter of a cohort key."""
    return cohort.rsplit("_", 1)[-1]


@yaml_cases
def test_an_unnamed_pair_is_the_two_randomised_arms_beside_groups_of_no_size_of_their_own(extra):
    text = ("Efficacy and safety of drug A versus drug B in advanced melanoma. Methods: Patients were randomly "
            f"assigned to drug A (n = 80) or drug B (n = 41). {extra} Results: The pCR rate was similar in the two "
            "arms (12.4% vs. 10.9%).")
    got = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["endpoint"] == "pCR"}
    assert got == {("drug_a", 12.4), ("drug_b", 10.9)}


def test_a_part_set_against_all_patients_is_neither_arm():
    text = ("Methods: Patients were randomly assigned to drug A (n = 80) or drug B (n = 81). Results: The ORR was "
            "lower in older patients than in the overall population (21.0 vs. 33.0%).")
    got = {r["cohort"] for r in extract_text(text)["results"] if r["endpoint"] == "ORR"}
    assert not got & {"drug_a", "drug_b"}


@pytest.mark.parametrize("pair", ["(31 [15%] patients vs 17 [8%] patients)", "(31 [15%] patients versus 17 [8%])"])
def test_a_pair_of_counts_each_followed_by_patients_is_the_two_groups(pair):
    text = ("Methods: Patients were randomly assigned to drug A (n = 205) or drug B (n = 201). Results: There was "
            f"more grade 3 or 4 diarrhoea in the drug A group compared with the drug B group {pair}.")
    got = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert got == {("drug_a", 31.0), ("drug_b", 17.0)}


@yaml_cases
def test_values_that_explain_a_difference_are_no_arms_values(why):
    text = ("Methods: Patients were randomly assigned to drug A (n = 205) or drug B (n = 201). Results: The higher "
            "frequency of grade 3 or 4 infection in the drug A group compared with the drug B group (31 [15%] vs 17 "
            f"[8%]) {why}.")
    got = {r["value"] for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert got == {31.0, 17.0}


@yaml_cases
def test_pairs_before_two_groups_each_named_with_its_group_noun(tail, expected):
    text = "Methods: Patients were randomly assigned to drug A (n = 90) or drug B (n = 91). Results: " + tail
    got = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["endpoint"] == "TOX"}
    assert got == expected


def test_such_pairs_within_fronted_patients_are_not_the_arms():
    text = ("Methods: Patients were randomly assigned to drug A (n = 90) or drug B (n = 91). Results: In patients "
            "receiving a pneumonectomy, treatment-related mortality was higher in the drug A group compared with the "
            "drug B group (6/31 [19%] vs 2/29 [7%]).")
    got = {r["cohort"] for r in extract_text(text)["results"]}
    assert not got & {"drug_a", "drug_b"}


@yaml_cases
def test_a_pair_of_an_outcome_no_name_reads_is_not_the_next_items(sentence):
    text = ("Methods: Patients were randomly assigned to drug A (n = 60) or drug B (n = 61). Results: " + sentence)
    got = {r["value"] for r in extract_text(text)["results"] if r["endpoint"] == "OS" and r["measure"] == "median"}
    assert got == {8.0, 13.0}


@yaml_cases
def test_a_count_that_is_the_subject_of_its_own_verb_is_not_the_outcome_before(tail):
    text = ("Methods: Patients were randomly assigned to drug A (n = 30) or drug B (n = 31). Results: In the drug A "
            "group, 14 of 30 (47%) patients benefited in terms of disease control, " + tail)
    assert {r["value"] for r in extract_text(text)["results"]} == {14.0, 47.0}


def test_a_count_with_a_relative_clause_and_no_verb_of_its_own_keeps_the_outcome_before():
    assert [(f.fields["category"], f.fields["value"]) for f in find_results(
        "Grade 3 rash occurred in 8 patients (11%) who had received prior chemotherapy.").found] == [
        ("rash", 8.0), ("rash", 11.0)]


@yaml_cases
def test_the_values_of_an_outcome_in_a_bracket_are_no_group_names(bracket):
    text = f"Results: Among 140 patients, the difference was not seen in older women {bracket}."
    labels = {c["label"] for c in extract_text(text)["cohorts"]}
    assert not any(re.search(r"months|survival|respectively", label) for label in labels), labels


@yaml_cases
def test_an_unnamed_ratio_in_a_two_arm_trial_is_the_experimental_arm_against_control(
        methods, effect, experimental, control):
    rows = rows_where(extract_text(f"Methods: {methods} Results: {effect}"), measure="hr")
    assert [(r["cohort"], r["comparator"]) for r in rows] == [(experimental, control)]


@yaml_cases
def test_a_ratio_of_a_factor_or_of_other_things_compared_stays_unassigned(effect, cohort):
    text = f"Methods: Patients were randomly assigned to drug A (n = 150) or placebo (n = 148). Results: {effect}"
    assert [r["cohort"] for r in extract_text(text)["results"] if r["measure"] == "hr"] == [cohort]


@yaml_cases
def test_a_pair_that_opens_with_no_patients_is_read(bracket, expected):
    text = ("Methods: Patients were randomly assigned to drug A (n = 160) or drug B (n = 159). Findings: Common "
            f"grade 3 events were {bracket}.")
    got = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert got == expected


@yaml_cases
def test_arms_named_by_a_letter_and_a_number_are_defined(sentence):
    labels = [(d.label, d.n) for d in find_group_definitions(sentence)]
    assert len(labels) == 2 and [n for _, n in labels] == [120, 115]


@yaml_cases
def test_a_cohort_named_after_a_preposition_is_named_without_it(sentence):
    labels = {c["label"] for c in extract_text(sentence)["cohorts"]}
    assert not any(label.lower().startswith(("within", "among")) for label in labels), labels


@yaml_cases
def test_randomised_regimens_named_without_their_doses_and_days(sentence, expected):
    got = {d.label for d in find_group_definitions(normalize(sentence).text) if d.pattern_id == "group.randomised"}
    assert got == expected


def test_a_regimen_written_with_a_slash_is_the_randomised_combination():
    text = ("Patients were randomly assigned to receive docetaxel 60 mg/m(2) plus carboplatin AUC = 6 on day 1 or "
            "vinorelbine 1,250 mg/m(2) on days 1 and 15 plus carboplatin AUC = 5 on day 1 every 4 weeks. Grade 3 to 4 "
            "toxicity was more frequent in patients who received vinorelbine/carboplatin than in those who received "
            "docetaxel/carboplatin, including anaemia (31% v 12%, respectively; P < .01).")
    got = row_tuples(text, "cohort_label value", "trial.txt", endpoint="TOX")
    assert got == {("vinorelbine plus carboplatin", 31.0), ("docetaxel plus carboplatin", 12.0)}


@yaml_cases
def test_a_short_name_inside_a_randomised_regimen_and_the_value_after_with(text, expected):
    extraction = extract_text(text, "trial.txt")
    assert {c["key"] for c in extraction["cohorts"]} == {"all"} | {k for k, _ in expected}
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "OS"} == expected


@yaml_cases
def test_sizes_listed_after_a_pair_and_an_outcome_after_with_name_no_group(outcome):
    text = ("Patients were randomized to either vinorelbine 25 mg/m(2) D1,8 with cisplatin 80 mg/m(2) D1 (VP) or "
            f"docetaxel 60 mg/m(2) with gemcitabine (DG) 900 mg/m(2) both given D1,8 every 3 weeks. {outcome}")
    extraction = extract_text(text, "trial.txt")
    assert {c["key"] for c in extraction["cohorts"]} == {"all", "vp", "dg"}
    rows = {(r["cohort"], r["value"]) for r in extraction["results"]}
    assert not rows & {("vp", 37.0), ("dg", 24.0), ("vp", 140.0), ("dg", 138.0), ("vp", 31.0)}


@yaml_cases
def test_people_named_by_what_they_received_after_their_value(outcome):
    text = f"Patients were randomly assigned to receive drug K or chemotherapy. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"] if r["endpoint"] == "TOX"}
    assert got == {("drug_k", 22.0), ("chemotherapy", 47.0)}


@yaml_cases
def test_a_bracketed_pair_naming_its_second_arm_gives_the_first_to_the_other_arm(outcome, expected):
    text = f"We randomly assigned 240 patients to drug K or placebo. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == expected


@yaml_cases
def test_groups_listed_each_with_its_size_before_their_values(text, expected):
    extraction = extract_text(text, "study.txt")
    cohorts = {c["key"]: (c["label"], c["n"]) for c in extraction["cohorts"]}
    assert {(*cohorts[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


def test_a_verb_before_sized_names_is_no_part_of_the_first_name():
    sentence = "The 80 women were grouped into observation (n = 41) and surgery (n = 39) groups by their choice."
    assert {(d.label, d.n) for d in find_group_definitions(sentence)} == {("observation", 41), ("surgery", 39)}


@yaml_cases
def test_values_of_several_outcomes_in_each_bracket_of_a_than_comparison(outcome, expected):
    assert row_tuples(f"We studied 260 patients. {outcome}", "cohort_label timepoint_months value", "study.txt") == \
        expected


@yaml_cases
def test_each_groups_value_in_the_bracket_after_it(opening, outcome, expected):
    # groups of a series compared or ranked by an outcome, each group's value in a bracket after its name
    assert row_tuples(f"{opening} {outcome}", "cohort_label value", "study.txt") == expected


@yaml_cases
def test_a_grade_that_opens_a_bracket_item_is_the_grade_of_its_pair(outcome, grade):
    text = f"Patients were randomly assigned to drug K or docetaxel. {outcome}"
    got = {(r["cohort"], r["value"], r["grade"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == {("drug_k", 64.0, None), ("docetaxel", 85.0, None), ("drug_k", 9.0, grade),
                   ("docetaxel", 52.0, grade)}


@yaml_cases
def test_pairs_each_followed_by_the_outcome_they_are_of(bracket):
    text = ("Patients were randomly assigned to the combination group (n = 20) or the chemotherapy group (n = 20). The "
            f"ORR and DCR in the combination group were higher than in the chemotherapy group {bracket}.")
    got = {(r["endpoint"], r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == {("ORR", "combination", 25.0), ("ORR", "chemotherapy", 10.0), ("DCR", "combination", 60.0),
                   ("DCR", "chemotherapy", 35.0)}


@yaml_cases
def test_the_whole_before_a_bracket_of_its_groups_values_is_all_patients(outcome, whole):
    text = f"We randomly assigned 120 patients to group A or group B. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert ("all", whole) in got and len(got) == 3


def test_a_value_said_of_both_groups_before_their_bracket_is_not_the_whole():
    text = ("We randomly assigned 120 patients to group A or group B. Grade 3 toxicity was similar in both groups, at "
            "9% (5 of 60 patients in group A and 6 of 60 in group B).")
    assert ("all", 9.0) not in {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}


@yaml_cases
def test_an_outcome_said_of_a_part_of_the_patients_is_that_parts(outcome, label):
    extraction = extract_text(f"We reviewed 300 patients. {outcome}", "study.txt")
    labels = cohort_labels(extraction)
    assert [labels[r["cohort"]] for r in extraction["results"]] == [label]


# Targeted or immune treatment against a named cytotoxic regimen: the paper's "chemotherapy group" is the regimen.
@yaml_cases
def test_the_chemotherapy_group_is_the_one_cytotoxic_regimen(text, other, regimen, value):
    labels = cohort_labels(extract_text(text))
    assert not any(re.search(r"chemotherapy", label, re.I) for label in labels.values())
    rows = {r["value"]: labels[r["cohort"]] for r in extract_text(text)["results"]}
    assert rows[value] == regimen


# Two cytotoxic regimens, or a chemotherapy arm beside one named by chemotherapy's words and no drug: "chemotherapy"
# could be either.
@yaml_cases
def test_the_chemotherapy_group_stays_its_own_where_two_arms_could_be_it(text):
    labels = cohort_labels(extract_text(text))
    rows = {r["value"]: labels.get(r["cohort"], r["cohort"]) for r in extract_text(text)["results"]}
    assert "chemotherapy" in rows.get(8.2, "chemotherapy")


# A share of a group named by words no rule knows is that group's, never all patients'.
@yaml_cases
def test_a_share_of_a_group_no_rule_knows_is_never_all_patients(text):
    assert not rows_where(extract_text(text), cohort="all")


# "X monotherapy", "single-agent X" and "X alone" name one group.
@yaml_cases
def test_monotherapy_and_single_agent_are_the_drug_alone(text):
    extraction, labels = labelled_extraction(text)
    assert not any(re.search(r"monotherapy|single", label) for label in labels.values())
    assert "vinflunine alone" in {labels[r["cohort"]] for r in extraction["results"]}


# A regimen against an arm of no drug: the paper's "preoperative chemotherapy arm" is the regimen's.
@yaml_cases
def test_the_chemotherapy_arm_beside_an_arm_of_no_drug(text, value):
    extraction, labels = labelled_extraction(text)
    assert not any("chemotherapy" in label for label in labels.values())
    assert re.search(r"platin", labels[next(r["cohort"] for r in extraction["results"] if r["value"] == value)])


# A ratio after two arms named in turn is the treatment's against the control, whichever was named first.
@yaml_cases
def test_a_ratio_after_two_arms_is_the_treatments_against_the_control(text):
    extraction, labels = labelled_extraction(text)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert "drug" in labels[ratio["cohort"]] and not re.search(r"placebo|alone", labels[ratio["cohort"]])


# A ratio beside a pair given by "respectively" to the two groups compared just before compares those groups.
@yaml_cases
def test_a_ratio_beside_a_respectively_pair_compares_its_groups(text):
    extraction, labels = labelled_extraction(text)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert (labels[ratio["cohort"]], ratio["comparator"]) == ("drug E", "placebo")


# "... in the A group vs/and none in the B group", "... given A and in none given B": B's count is 0.
@yaml_cases
def test_none_in_the_other_group_is_a_count_of_zero(sentence):
    text = "We randomly assigned 92 adults to drug S or placebo. " + sentence
    zero = row_tuples(text, "cohort_label measure", value=0)
    assert zero == {("placebo", "count"), ("placebo", "rate")}


# "When considering only those patients who had X (...), the ORRs were a in the A arm and b in the B arm": the arms'
# values within a part of the patients, which no row names; never the arms' own.
@yaml_cases
def test_arms_values_when_considering_only_a_part_are_not_the_arms(sentence):
    extraction = extract_text("We randomly assigned 90 women to drug K or placebo. " + sentence)
    assert extraction["results"] == []


# "In cohort 1, median OS was a for patients who received A versus b for patients who received B": two parts of the
# cohort, neither the whole cohort.
@yaml_cases
def test_values_of_parts_named_after_them_are_not_the_scope_groups(sentence):
    extraction, labels = labelled_extraction(
        "Two cohorts were studied: cohort 1 (n = 640) and cohort 2 (n = 210). " + sentence)
    assert not [r for r in extraction["results"] if labels[r["cohort"]].startswith("cohort")]


# "X was A: a; B: b, and in nonsquamous patients was A: c; B: d": the second pair is the part's, not the arms'.
@yaml_cases
def test_arms_values_after_a_turn_to_a_part_are_not_the_arms(sentence):
    extraction = extract_text("We randomly assigned 150 adults to drug K or drug L. " + sentence)
    assert sorted(r["value"] for r in extraction["results"]) in ([41.2, 53.0], [14.1, 16.9])


# "... and in 80 patients with X (a versus b months; HR r)": the bracket after a part of the patients holds that
# part's values: its ratio is the part's, the arms' values within it no row's.
@yaml_cases
def test_values_in_the_bracket_after_a_part_are_the_parts(sentence, part, n):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    ratio = next(r for r in extraction["results"] if r["value"] in (0.66, 0.61))
    cohort = next(c for c in extraction["cohorts"] if c["key"] == ratio["cohort"])
    assert (labels[ratio["cohort"]], cohort.get("n")) == (part, n)
    assert not rows_where(extraction, value=(10.4, 6.1, 6.9, 5.0))
    assert {labels[r["cohort"]] for r in extraction["results"] if r["value"] in (0.83, 0.78)} <= {"drug K", "all"}


# "... for patients whose X (a vs b months; HR r), for those whose Y, said at length (c vs d months; HR s)": a long
# part that says who they are continues the list of parts; its ratio is never the arms'.
@pytest.mark.parametrize("sentence", [
    "Survival with drug K did not differ from that with placebo for patients whose disease progressed through new "
    "lesions (12.0 vs. 8.1 months; HR 0.75), for those whose disease progressed through growth of the lesions "
    "already present (13.1 vs. 11.0 months; HR 0.72) or for those with no recorded progression (HR 0.78).",
    "Drug K gave no longer survival than placebo in patients with one site of disease (HR 0.75), for patients with "
    "two or more sites of disease including the liver or the adrenal glands (HR 0.72), or in women (HR 0.78).",
])
def test_a_long_part_that_says_who_they_are_continues_a_list_of_parts(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    ratios = rows_where(extraction, measure="hr")
    assert not {labels[r["cohort"]] for r in ratios} & {"drug K", "placebo", "all"}


# "...; the corresponding values in the marker-high subgroup were a and b months (HR r)": the same figures said again
# of a part of the patients are the part's: never the arms' ratio or values (the part's medians, each an arm's within
# the part, give no row; its ratio is the part's own, a cohort of that name).
@pytest.mark.parametrize("sentence", [
    "Median PFS was longer with drug K than with placebo (8.0 vs 6.1 months; HR 0.64; P<0.001); the corresponding "
    "values in the marker-high K population were 11.0 months and 6.1 months (HR 0.50 [95% CI 0.38-0.66]; P<0.001).",
    "Overall survival favoured drug K over placebo (median 14.2 vs 11.5 months; hazard ratio, 0.80), and the "
    "respective figures for patients with liver metastases were 9.9 and 7.0 months (hazard ratio, 0.58).",
])
def test_figures_said_again_of_a_part_are_not_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    assert not rows_where(extraction, value=(11.0, 9.9, 7.0))
    assert {r["value"] for r in extraction["results"] if r["measure"] == "hr"} <= {0.64, 0.80, 0.50, 0.58}
    assert all(labels[r["cohort"]] not in ("drug K", "placebo", "all") and r["comparator"] is None
               for r in rows_where(extraction, value=(0.50, 0.58)))


# "... in patients younger than 60 (HR r), 60 to 69 years (HR s) but not in those aged 70 or more (HR t)": a list of
# parts, each ratio its own part's, none the arm's.
@yaml_cases
def test_each_ratio_of_a_list_of_parts_is_its_parts(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    ratios = rows_where(extraction, measure="hr")
    assert len(ratios) == 3
    assert not {labels[r["cohort"]] for r in ratios} & {"drug K", "placebo", "all"}
    assert len({r["cohort"] for r in ratios}) == 3


# "The adverse events of grade 3 or 4 in the A arm were diarrhoea (8%), ...": the values of the one group the subject
# is of.
@yaml_cases
def test_values_of_a_subject_said_of_one_arm_are_that_arms(sentence, arm):
    extraction, labels = labelled_extraction("We randomly assigned 90 adults to zorbicin or placebo. " + sentence)
    assert extraction["results"] and {labels[r["cohort"]] for r in extraction["results"]} == {arm}


# "212 deaths occurred overall in 401 patients in the A group": the patients the events were counted among, no count.
@yaml_cases
def test_the_patients_events_were_counted_among_are_no_count(sentence):
    extraction = extract_text("We randomly assigned 800 adults to zorbicin or placebo. " + sentence)
    assert not rows_where(extraction, measure="count", value=(401.0, 399.0))


# "... at all stages; stage pI (47% vs 38%), stage pII (...)", "in stage III disease (HR 0.71)": a stage's bracket
# holds that stage's values: its ratio is the stage's, the arms' values within it no row's.
@yaml_cases
def test_values_in_a_stages_bracket_are_the_stages(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin or observation. " + sentence)
    assert all(r["measure"] == "hr" and labels[r["cohort"]].startswith("stage") for r in extraction["results"])


# "Patients with liver metastases derived a larger benefit from A than from B (median PFS a vs b; HR r)": the arms
# compared within the part the subject names: the ratio is the part's, the arms' values no row's.
@yaml_cases
def test_arms_compared_within_a_subject_part_are_not_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin or placebo. " + sentence)
    assert [r["measure"] for r in extraction["results"]] in ([], ["hr"])
    assert all(labels[r["cohort"]] not in ("zorbicin", "placebo", "all") for r in extraction["results"])


# "occurred in 44 (21%) of 210 patients who received A and in 12 (6%) of 205 patients who received B": each arm's
# count and share, the arm named by what its patients received.
@yaml_cases
def test_counts_of_patients_who_received_each_arm_are_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 415 adults to zorbicin or placebo. " + sentence)
    counts = {labels[r["cohort"]]: r["value"] for r in extraction["results"] if r["measure"] == "count"}
    assert counts in ({"zorbicin": 44.0, "placebo": 12.0}, {"zorbicin": 31.0, "placebo": 20.0})


# "Of the patients assigned to A, 151 (75%) completed all cycles, compared with 170 (85%) of those assigned to B": the
# values before the contrast are the arm the sentence opens with.
@yaml_cases
def test_values_before_the_contrast_are_the_fronted_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    got = {(labels[r["cohort"]], r["measure"], r["value"]) for r in extraction["results"]}
    assert {("zorbicin", "rate", 75.0), ("placebo", "rate", 85.0)} <= got


# "more frequent with A (18/201, 9.0%) than with B (4/199, 2.0%)": each arm's count over its total and share.
@yaml_cases
def test_a_count_over_its_total_then_the_share_is_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    got = {(labels[r["cohort"]], r["measure"]) for r in extraction["results"]}
    assert got == {("zorbicin", "count"), ("zorbicin", "rate"), ("placebo", "count"), ("placebo", "rate")}


# "Death (from any cause) occurred in 25.4% of the patients in the A group and in 34.2% of those in the B group": each
# arm's share of deaths; "the risk of death from any cause (HR ...)" stays the survival ratio.
@yaml_cases
def test_deaths_said_with_their_verb_are_each_arms(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    assert {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in extraction["results"]} == expected


# "In the elderly, median survival was a versus b for A versus B": the arms' values within a part of the patients.
@yaml_cases
def test_arms_values_in_a_fronted_part_are_not_the_arms(sentence):
    assert extract_text("We randomly assigned 300 adults to drug K or placebo. " + sentence)["results"] == []


# "Grade 2 and 3 pneumonitis were observed in 3 patients each": 3 of each, not 3 of both together.
@yaml_cases
def test_a_count_of_each_item_is_no_count_of_them_together(sentence):
    assert not rows_where(extract_text(sentence), measure="count")


# "HR of death in the experimental arm was 1.24", "hazard ratio for death in the combination arm, 0.82": that arm
# against the other.
@yaml_cases
def test_a_ratio_named_for_one_arm_is_that_arm_against_the_other(intro, sentence, arm, other):
    extraction, labels = labelled_extraction(intro + sentence)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert (labels[ratio["cohort"]], ratio["comparator"]) == (arm, other)


# "(10.8 months, vs. 5.4 months in the placebo group)": a comma before "vs." keeps the pair; the first value is the
# other arm's.
@yaml_cases
def test_a_comma_before_vs_keeps_the_pair(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    arms = {labels[r["cohort"]] for r in extraction["results"] if r["measure"] != "hr"}
    assert arms == {"drug K", "placebo"}


# "A response occurred in k patients in the A group (response rate, x%; 95% CI ...)": the objective response said as
# what happened, the count before the arm and the rate in the bracket after it, named inside the bracket.
@yaml_cases
def test_a_response_that_occurred_in_each_arm(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 298 adults to zorbicin (n = 150) or placebo "
                                             "(n = 148). " + sentence)
    got = {(labels[r["cohort"]], r["measure"], r["value"]) for r in extraction["results"]}
    assert got == expected
    if expected and any(m == "rate" for _, m, _ in expected):
        assert {r["endpoint"] for r in extraction["results"]} == {"ORR"}


# "3 possibly treatment-related deaths in the A group": the investigators' judgement of the cause said before it;
# still grade 5 toxicity, that arm's.
@yaml_cases
def test_deaths_judged_possibly_caused_by_the_treatment(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 260 adults to zorbicin or placebo. " + sentence)
    rows = extraction["results"]
    assert {(labels[r["cohort"]], r["value"]) for r in rows} == expected
    assert {(r["endpoint"], r["grade"]) for r in rows} == {("TOX", "5")}


# A hazard ratio below one is of the group that lived longer: when the two groups' medians in the sentence say the
# rule set it the wrong way round, it is the other group's; not when words say which fared better (the values may be
# written in another order than the groups).
@yaml_cases
def test_a_hazard_ratio_is_of_the_group_its_side_of_one_says(sentence, arm):
    extraction, labels = labelled_extraction("We randomly assigned 320 adults to zorbicin or placebo. " + sentence)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert labels[ratio["cohort"]] == arm


# The ratio of the groups does not turn round the pair whose values a later sentence gives "respectively".
def test_a_ratio_leaves_the_order_of_the_pair_a_later_sentence_reads():
    extraction, labels = labelled_extraction(
        "We randomly assigned 320 adults to zorbicin or placebo. Median survival was 8.1 months for placebo and 11.6 "
        "months for zorbicin (HR 0.71; 95% CI 0.55-0.92). The 1-year survival rates were 31% and 47%, respectively.")
    rates = {labels[r["cohort"]]: r["value"] for r in extraction["results"] if r["measure"] == "rate"}
    assert rates == {"placebo": 31.0, "zorbicin": 47.0}


# The direction rule alone: a ratio set on the group whose median is the longer, though below one, turns round;
# one the medians agree with, or in a sentence that says in words which group fared better, stays.
@yaml_cases
def test_the_ratio_direction_rule_alone(text, hr, medians, turned):
    from types import SimpleNamespace

    from oncoev.extract.findings import Found, GroupRef
    from oncoev.extract.results import SentenceResults, _ratio_direction_by_medians
    a, b = GroupRef("group one", key="one"), GroupRef("group two", key="two")
    ratio = Found({"measure": "hr", "endpoint": "OS", "value": hr}, 0, 1, "result.ratio", a, b)
    rows = [ratio] + [Found({"measure": "median", "endpoint": "OS", "value": m}, 0, 1, "result.median", g, o)
                      for m, g, o in ((medians[0], a, b), (medians[1], b, a))]
    _ratio_direction_by_medians(SimpleNamespace(text=text), SentenceResults(found=rows))
    assert (ratio.group.key == "two") is turned


# "(5.2 months, 4.6-6.1; hazard ratio ...)": the second value's interval after a comma, bare once the first said
# "95% CI"; not in a sentence that names a range and no interval.
@yaml_cases
def test_a_bare_interval_after_a_comma_in_the_values_bracket(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    placebo = [r for r in extraction["results"] if labels[r["cohort"]] == "placebo" and r["measure"] == "median"]
    if expected is None:
        assert all(r.get("ci_low") is None for r in placebo)
    else:
        assert [(r["ci_low"], r["ci_high"]) for r in placebo] == [expected]


# "grade 3 vomiting occurred in 4 drug A patients": a bare count of people named by their group as an attribute.
@yaml_cases
def test_a_bare_count_of_people_named_by_their_group(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "compared with patients given B (38% of those treated at the 4-mg dose ...)": the value names its own people straight
# after it, so the bracket after B does not make it B's.
@yaml_cases
def test_a_value_naming_its_own_people_is_not_the_bracketed_groups(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 600 adults to zorbicin 4 mg, zorbicin 8 mg or "
                                             "placebo. " + sentence)
    placebo = {r["value"] for r in extraction["results"] if labels.get(r["cohort"]) == "placebo"}
    assert not placebo & {38.0, 35.0, 21.0}


# "in 11 patients given A, 3 of whom died, and in 1 patient given B": the outcome inside the clause of a part of the
# count names none of the values after the clause.
@yaml_cases
def test_an_outcome_in_a_clause_of_a_part_names_no_later_value(sentence, expected):
    # (and "one of whom received X" after a group is a part of the people counted, no value of that group)
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    got = {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in extraction["results"]}
    assert expected <= got and not [g for g in got if g[1] == "DEATH"]


# A ratio per unit of a measured quantity ("log10 marker hazard ratio 0.44", "HR per 10 years 1.31") is no group's
# against another's.
@yaml_cases
def test_a_ratio_per_unit_is_no_groups(sentence):
    rows = extract_text("We randomly assigned 300 adults to zorbicin (n = 150) or placebo (n = 150). " + sentence)
    assert not rows_where(rows, measure="hr")


# "data on follow-up were available for 261 of 300 cases (87%)": how many could be analysed, no outcome.
@yaml_cases
def test_how_many_had_data_is_no_outcome(sentence):
    assert extract_text(sentence)["results"] == []


# "When surgery lasted 180 min or more, the rate of complications was a in A and b in B": the arms' values within the
# part the condition sets apart; a condition of the analysis ("When adjusted for crossover, ...") keeps them.
@yaml_cases
def test_values_of_the_arms_under_a_condition(sentence, kept):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    arms = [r for r in extraction["results"] if labels.get(r["cohort"]) in ("zorbicin", "placebo")]
    assert bool(arms) is kept


# "11 of 86 (12.8%) versus 8 of 85 (9.4%)" in a trial of arms of 85 and 86: each count is of the arm of its size,
# whatever the pair compared before.
def test_counts_out_of_the_arms_sizes_are_those_arms():
    extraction, labels = labelled_extraction(
        "We randomly assigned 171 adults to zorbicin (n = 85) or placebo (n = 86). Grade 3 rash occurred in 9 patients "
        "in the placebo group and 14 in the zorbicin group. Reoperations did not differ between the arms: 11 of 86 "
        "(12.8%) versus 8 of 85 (9.4%).")
    counts = {labels[r["cohort"]]: r["value"] for r in extraction["results"]
              if r["endpoint"] == "REOPERATION" and r["measure"] == "count"}
    assert counts == {"placebo": 11.0, "zorbicin": 8.0}


# "Patients with X had better OS (a vs b months, respectively) than those with Y (c vs d months)": two parts of the
# patients, each with a pair of the arms' values within it; neither bracket holds a group's values here.
@yaml_cases
def test_pairs_within_two_parts_compared_are_no_groups(sentence):
    rows = extract_text("We randomly assigned 200 adults to concurrent treatment or sequential treatment. " + sentence)
    assert rows["results"] == []


# "... more frequent with A than with B: joint disorders (a vs b), rash (c vs d)": the first item after the colon is
# an item no name knows, not the outcome before the colon.
def test_the_first_item_after_a_colon_is_its_own():
    extraction, labels = labelled_extraction(
        "We randomly assigned 300 adults to zorbicin (n = 150) or placebo (n = 150). The following late adverse events "
        "were more frequent in the zorbicin group than in the placebo group: joint disorders (31 [21%] vs 18 [12%]; "
        "p=0.01), rash (20 [13%] vs 9 [6%]; p=0.02), and alopecia (12 [8%] vs 3 [2%]).")
    assert {r["category"] for r in extraction["results"]} == {"rash", "alopecia"}


# "with A (18 of 190; 9.5%) than with B (4 of 189; 2.1%)": the count over its total before the share, inside the
# bracket after the group, gives the group's count as well as its share, of that many patients.
@yaml_cases
def test_a_count_of_a_total_before_the_share_in_the_groups_bracket(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    counts = {(labels[r["cohort"]].split(" (")[0], sizes[r["cohort"]], r["value"]) for r in extraction["results"]
              if r["measure"] == "count"}
    assert counts == {("zorbicin", 190, 18.0), ("placebo", 189, 4.0)}


@yaml_cases
def test_a_count_said_as_a_total_with_its_share_is_no_groups_size(sentence):
    sizes = groups_of(TRIAL.replace(" (n = 90)", "").replace(" (n = 88)", "") + sentence)
    assert {label.lower(): n for label, n in sizes.items()} == {"capecitabine": None, "observation": None}
    extraction, labels = labelled_extraction(TRIAL.replace(" (n = 90)", "").replace(" (n = 88)", "") + sentence)
    counts = {(labels[r["cohort"]].lower(), r["value"]) for r in extraction["results"] if r["measure"] == "count"}
    first = re.search(r"total of (\d+) patients \(\d+%\) in the (\w+)", sentence)
    assert (first.group(2), float(first.group(1))) in counts


def test_a_total_the_counts_are_of_still_sizes_the_group():
    text = TRIAL.replace(" (n = 90)", "").replace(" (n = 88)", "") + \
        "Grade 3 diarrhoea occurred in 9 of the 90 patients in the capecitabine group."
    assert {label.lower(): n for label, n in groups_of(text).items()}["capecitabine"] == 90


@yaml_cases
def test_a_bracketed_pair_whose_values_each_lead_a_groups_name(sentence, first, second):
    got = rows(sentence)
    assert ("capecitabine", "TOX", "rate", first, None) in got
    assert ("observation", "TOX", "rate", second, None) in got


def test_a_bracketed_pair_whose_names_are_not_two_groups_is_not_read_as_theirs():
    # one group's name after both values: the second is some other regimen's
    got = rows("Hand-foot syndrome was more frequent with capecitabine (31% capecitabine v 4% capecitabine plus X).")
    assert not [r for r in got if r[3] == 4.0]
    # words between a name and "versus": the first value's name is no bare group name
    got = rows("Rates of fatigue were similar (12% capecitabine in year one versus 11% observation).")
    assert not [r for r in got if r[0] == "capecitabine" and r[3] == 12.0]


@yaml_cases
def test_values_said_with_respectively_after_a_clause_that_compared_the_groups(sentence, measure, first, second):
    got = {(r[0], r[2], r[3]) for r in rows(sentence)}
    assert ("capecitabine", measure, first) in got and ("observation", measure, second) in got


def test_a_clause_naming_other_people_between_the_groups_and_the_values_keeps_them_unread():
    # the values are of the patients named after "with", not the two groups listed before
    got = rows("Capecitabine and observation were compared in a subgroup, with median survival in women and men of "
               "24.4 and 20.1 months, respectively.")
    assert not [r for r in got if r[0] in ("capecitabine", "observation")]


ARMS_BY_LETTER = ("Short versus long radiotherapy schedules: a randomised trial\n\n"
              "Patients were randomly assigned to arm A, arm B, or arm C. ")


@yaml_cases
def test_each_lettered_arms_median(sentence):
    got = {(r[0], r[3]) for r in rows(sentence, ARMS_BY_LETTER) if r[2] == "median"}
    assert got == {("arm_a", 9.3), ("arm_b", 8.1), ("arm_c", 7.6)}


def test_a_groups_name_followed_by_another_dose_is_no_mention_of_that_group():
    text = ("Schedules of drug Q: a randomised trial\n\n"
            "Patients were randomly assigned to drug Q (n = 48) or drug Q 90 + R (n = 50). ")
    index = index_of(text)
    sentence = "Responses were seen in 9 (18%) with drug Q 90 + R and 12 (24%) with drug Q 30 + R."
    named = {(m.key, sentence[m.start:m.end]) for m in index.mentions(sentence)}
    keys = {g.label: g.key for g in index.groups}
    assert (keys["drug Q 90 + R"], "drug Q 90 + R") in named
    assert (keys["drug Q"], "drug Q") not in named  # "drug Q 30 + R" is neither group
    assert (keys["drug Q"], "drug Q") in {(m.key, "Responses to drug Q were seen in 9 (18%)."[m.start:m.end])
                                          for m in index.mentions("Responses to drug Q were seen in 9 (18%).")}


@yaml_cases
def test_counts_out_of_the_assigned_totals_define_no_groups(results):
    text = ("A total of 298 patients were randomly assigned to drug K plus surgery (n = 150) or observation after "
            f"surgery (n = 148). {results}")
    sizes = groups_of(text)
    # the two arms and their sizes only: no group of the count's size, none named again by the result
    assert sorted(n for n in sizes.values() if n is not None) == [148, 150]
    assert len(sizes) == 2


@yaml_cases
def test_counts_assigned_to_groups_still_define_them(sentence):
    assert groups_of(sentence) == {"drug K": 150, "observation": 148}


K_AND_OBSERVATION = "A total of 300 patients were randomly assigned to drug K (n = 152) or observation (n = 148). "


@yaml_cases
def test_arms_values_counted_within_a_subgroup_are_the_arms_parts(results, parts):
    extraction = extract_text(K_AND_OBSERVATION + results, "trial.txt")
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert {(r["value"], cohorts[r["cohort"]]["n"]) for r in extraction["results"]} == parts
    # each a part of its arm, named with the subgroup it is within
    for r in extraction["results"]:
        cohort = cohorts[r["cohort"]]
        assert cohorts[cohort["parent"]]["n"] in (152, 148) and ("nodal" in cohort["label"] or "70" in cohort["label"])


@yaml_cases
def test_arms_values_within_a_subgroup_without_their_totals_stay_out(results):
    assert extract_text(K_AND_OBSERVATION + results, "trial.txt")["results"] == []


K_AND_PLACEBO = "A total of 300 patients were randomly assigned to drug K (n = 151) or placebo (n = 149). "


@yaml_cases
def test_counts_then_the_arms_named_together_are_the_arms_in_order(results):
    rows = row_tuples(K_AND_PLACEBO + results, "cohort measure value", "trial.txt")
    counts = sorted((v, c) for c, m, v in rows if m == "count")
    assert counts in ([(5.0, "placebo"), (12.0, "drug_k")], [(19.0, "placebo"), (31.0, "drug_k")])


def test_a_count_then_one_arm_with_a_verb_is_still_that_arms():
    assert row_tuples(K_AND_PLACEBO + "Twelve (7.9%) patients had grade 3 rash in the drug K arm.", "cohort value",
                      "trial.txt", measure="count") == {("drug_k", 12.0)}


@yaml_cases
def test_a_value_of_the_arm_the_sentence_opens_with_before_the_other_arms(results, first, second):
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert {(r["cohort"], r["value"]) for r in rows} == {("drug_k", first), ("placebo", second)}


def test_a_part_named_beside_a_value_within_the_opening_arm_is_not_the_arm():
    rows = extract_text(K_AND_PLACEBO + "In the drug K arm, the response rate was 36% in women versus 17% in the "
                        "placebo arm.", "trial.txt")["results"]
    assert ("drug_k", 36.0) not in {(r["cohort"], r["value"]) for r in rows}


@yaml_cases
def test_the_ratio_of_the_trials_event_naming_nothing_else_is_the_treatments_effect(effect):
    rows = rows_where(extract_text(K_AND_PLACEBO + effect, "trial.txt"), measure="hr")
    assert [(r["cohort"], r["comparator"]) for r in rows] == [("drug_k", "placebo")]


@yaml_cases
def test_the_ratio_of_the_trials_event_in_a_part_or_per_factor_is_not_the_treatments_effect(effect):
    rows = rows_where(extract_text(K_AND_PLACEBO + effect, "trial.txt"), measure="hr")
    assert not any(r["cohort"] == "drug_k" for r in rows)


@yaml_cases
def test_a_pair_is_the_arms(results):
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert {(r["cohort"], r["value"]) for r in rows} == {("drug_k", 24.0), ("placebo", 17.0)}


def test_a_respectively_pair_of_the_patients_given_other_treatments_is_not_the_arms():
    results = ("Grade 3 adverse events occurred in 24% and 17% of patients receiving drug M and drug N, without a "
               "significant difference, respectively.")
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert not any(r["cohort"] in ("drug_k", "placebo") for r in rows)


def test_two_outcomes_in_the_bracket_after_the_two_groups_are_not_the_arms():
    rows = extract_text(K_AND_PLACEBO + "Rash and fatigue were similar in the two groups (24% and 17%).",
                        "trial.txt")["results"]
    assert not any(r["cohort"] in ("drug_k", "placebo") for r in rows)


@yaml_cases
def test_values_said_between_two_lettered_groups_are_not_one_of_each(results):
    # the values after the first group's name and before the second's are the first group's (or no one's here),
    # never one for each group in turn
    out = extract_text("A trial\n\nMethods: Patients were randomly assigned to arm 1 or arm 2 (or group 1 or group 2)."
                       "\nResults: " + results)
    label = _by_key(out)
    pairs = {(label[r["cohort"]].lower(), r["value"]) for r in out["results"]}
    assert not any(value in (32.0, 21.0) and name.endswith("2") for name, value in pairs)


_TWO_REGIMENS = ("A trial\n\nMethods: Patients were randomly assigned to zorbatinib plus carboplatin (ZC) or melvostat "
                 "plus carboplatin (MC). Forty patients received ZC and 38 received MC.\nResults: ")


@yaml_cases
def test_one_groups_events_as_the_subject(results, expected):
    assert row_tuples(_TWO_REGIMENS + results, "cohort_label value") == expected


def test_one_groups_events_as_the_subject_but_a_pair_compares_both():
    # "(32% vs 20%)": the pair sets the named group against the other, so the whole list is not the named group's
    out = extract_text(_TWO_REGIMENS + "Toxic effects of MC included nausea (32% vs 20%).")
    assert len({r["cohort"] for r in out["results"]}) == len(out["results"])  # never both values to one group


_TWO_DRUGS = ("A trial\n\nMethods: Patients were randomly assigned to zorbatinib (n = 201) or melvostat (n = 199).\n"
              "Results: ")


@yaml_cases
def test_a_count_with_its_cause_before_the_group(results, expected):
    out = extract_text(_TWO_DRUGS + results)
    label = _by_key(out)
    assert [(label[r["cohort"]], r["value"]) for r in out["results"]] == [expected]


@yaml_cases
def test_a_clause_after_a_semicolon_that_lists_one_groups_events(results):
    got = row_tuples(_TWO_DRUGS + results, "cohort_label category value")
    assert {("zorbatinib", "fatigue", 3.0), ("zorbatinib", "fatigue", 1.0)} <= got
    # the event the lexicon does not know gives no row, and never the event of the clause before
    assert not {v for _, c, v in got if c == "anaemia"} & {4.0, 2.0}


@yaml_cases
def test_a_lettered_arm_is_the_group_its_treatment_word_and_a_generic_noun_name(opening):
    # "the concurrent arm (arm A)" and "randomized to concurrent treatment": one arm, with the n of its allocation
    text = ("A trial\n\nPatients were randomised to concurrent or sequential chemoradiotherapy. " + opening +
            " Sixty patients were randomized to concurrent treatment and 58 to the sequential schedule. Survival was "
            "longer in arm A than in arm B (median 16 versus 12 months).")
    assert groups_of(text) == {"concurrent treatment": 60, "sequential schedule": 58}
    assert row_tuples(text, "cohort_label value") == {("concurrent treatment", 16.0),
                                                                         ("sequential schedule", 12.0)}


def test_sizes_said_for_two_of_three_arms_are_a_subsets():
    # a figure of one subset compares two of the three arms: those sizes are not the arms' own
    text = ("A trial\n\nPatients were randomly assigned to zorbatinib, melvostat or tarnexan. Survival was longer "
            "with zorbatinib than with tarnexan. (B) Survival curves for patients with grade 3 tumours treated with "
            "zorbatinib (n = 12) vs melvostat (n = 15).")
    assert groups_of(text) == {"zorbatinib": None, "melvostat": None, "tarnexan": None}


@yaml_cases
def test_a_grading_systems_name_before_a_grade_is_no_definition(results):
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert {(r["cohort"], r["category"], r["value"]) for r in rows} == {("drug_k", "neutropenia", 8.1),
                                                                         ("drug_k", "anaemia", 3.2)}


def test_a_sentence_naming_the_grading_criteria_otherwise_stays_a_definition():
    results = "Toxicity was graded by the common toxicity criteria, and 30% of patients had grade 3 events."
    assert extract_text(K_AND_PLACEBO + results, "trial.txt")["results"] == []


@yaml_cases
def test_a_short_name_for_the_treatment_one_arm_holds_names_that_arm(text, expected):
    assert row_tuples(text, "value cohort_n", measure="median") == expected


@yaml_cases
def test_a_short_name_for_a_treatment_no_single_arm_holds_names_no_arm(text):
    index = index_of(text)
    assert not any(a in ("R", "ND") for g in index.groups for a in g.aliases)


@yaml_cases
def test_a_shorter_name_of_an_equal_n_is_no_arm_s_when_it_could_be_another(text, apart):
    assert apart in groups_of(text)


@yaml_cases
def test_a_combination_said_with_and_is_its_group_when_a_part_is_its_own_name(sentence):
    text = ("Methods: Patients were randomly assigned to chemotherapy alone (n = 62) or chemotherapy plus cetuximab "
            "(n = 60). Results: Cetuximab was stopped early in five patients of the cetuximab group. ")
    index = index_of(text)
    combination = next(g.key for g in index.groups if g.n == 60)
    assert "cetuximab" in index.get(combination).aliases
    assert [(sentence[m.start:m.end], m.key) for m in index.mentions(sentence)] == [
        ("chemotherapy and cetuximab", combination)]


def test_a_group_named_by_its_role_joins_no_group_when_two_could_be_it():
    text = ("Methods: We randomly assigned 150 patients to the intervention group (n = 50) or the control group "
            "(n = 50). " + _FILLER + "Results: In all, 148 were randomised to exercise (n = 50), diet advice (n = 50) "
            "or usual care (n = 48).")
    assert groups_of(text)["intervention"] == 50 and groups_of(text)["exercise"] == 50


@yaml_cases
def test_the_toxicity_of_the_one_treated_arm_s_treatment_is_that_arm_s(text, expected):
    out, labels = labelled_extraction(text)
    assert [(r["value"], labels.get(r["cohort"], r["cohort"])) for r in out["results"] if r["endpoint"] == "TOX"] == [
        expected]


@yaml_cases
def test_a_toxicity_not_of_the_one_treated_arm_s_treatment_stays_the_whole_sample_s(text):
    out = extract_text(text)
    assert [r["cohort"] for r in out["results"] if r["endpoint"] == "TOX"] == ["all"]


@yaml_cases
def test_the_parts_of_the_patients_by_treatment_are_groups(sentence, expected):
    assert {d.label: d.n for d in find_group_definitions(sentence)} == expected


@yaml_cases
def test_parts_that_do_not_add_up_to_the_whole_or_say_no_treatment_are_no_groups(sentence):
    assert not find_group_definitions(sentence)


_SPLIT_STUDY = ("Segmentectomy versus radiotherapy for small lung tumours: a retrospective comparison\n\n"
                "Methods: We reviewed 240 patients: 150 underwent segmentectomy and 90 received proton therapy. "
                "Results: ")


@yaml_cases
def test_results_of_the_parts_by_treatment_are_those_groups(results, expected):
    out = extract_text(_SPLIT_STUDY + results)
    assert tuples_of(out, "cohort value", unit="%") == expected
    assert {c["key"]: c["n"] for c in out["cohorts"] if c["key"] != "all"} == {"segmentectomy": 150,
                                                                               "proton_therapy": 90}


@yaml_cases
def test_a_ratio_said_of_one_of_two_parts_is_it_against_the_other(results):
    out = extract_text(_SPLIT_STUDY + results)
    assert [(r["cohort"], r["comparator"]) for r in out["results"] if r["measure"] == "hr"] == [
        ("proton_therapy", "segmentectomy")]


@yaml_cases
def test_the_second_of_two_counts_of_people_named_by_their_group_is_that_groups(results):
    assert row_tuples(_SPLIT_STUDY + results, "cohort value", measure="count") == {
        ("segmentectomy", 12.0), ("proton_therapy", 9.0)}


@yaml_cases
def test_a_fraction_or_a_dose_with_a_slash_is_no_groups_count(results):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    assert not rows_where(extraction, measure="count")


# "Complete resection was achieved in 81 of 106 (76%) and 62 of 103 (60%) patients": two counts joined by "and", the
# groups not named, each total one arm's size: each count is of the arm of its size
RESECTION_ARMS = "We randomly assigned 209 patients to surgery plus drug Q (n = 106) or surgery alone (n = 103). "


@yaml_cases
def test_an_and_pair_of_counts_of_the_arms_sizes_goes_to_the_arms(results, expected):
    assert row_tuples("A trial\n\n" + RESECTION_ARMS + results, "cohort value", measure="count") == expected


@yaml_cases
def test_an_and_pair_of_counts_not_of_the_arms_sizes_is_not_the_arms(results):
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + results)
    keys = {"surgery_plus_drug_q", "surgery_alone"}
    assert not {r["cohort"] for r in extraction["results"] if r["measure"] == "count"} & keys


# "50 of 106 (47%) and 40 of 103 (39%) patients underwent complete resection": the pair before its outcome, no group
# named, each total one arm's size: both counts are the arms' (the first was lost, the second read alone)
@yaml_cases
def test_an_and_pair_of_counts_of_the_arms_sizes_before_its_outcome(results, expected):
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + results)
    assert {(r["cohort"], r["value"]) for r in extraction["results"]
            if r["measure"] == "count" and r["endpoint"] != "SURGERY"} >= expected


def test_an_and_pair_before_its_outcome_of_other_totals_is_not_the_arms():
    text = "A trial\n\n" + RESECTION_ARMS + "50 of 98 (51%) and 40 of 103 (39%) patients underwent complete resection."
    assert ("surgery_plus_drug_q", 50.0) not in row_tuples(text, "cohort value")


def test_two_counts_after_a_colon_of_groups_the_clause_names_are_not_the_arms():
    extraction = extract_text(SIZED_ARMS.format(
        results="In patients with and without liver metastases, relapse: 21/40 vs 9/78."), "trial.txt")
    assert not {r["cohort"] for r in extraction["results"]} & {"drug_q", "placebo"}


@yaml_cases
def test_a_ratio_of_the_arms_said_without_naming_them_beside_it_is_the_treatments(results):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    assert [(r["cohort"], r["comparator"], r["value"]) for r in extraction["results"] if r["measure"] == "hr"] == [
        ("drug_k", "placebo", 0.81)]


def test_a_ratio_after_one_groups_values_compared_with_its_own_subgroups_is_not_the_arms():
    text = K_AND_PLACEBO + ("Among patients given drug K, median overall survival was 22.1 months for responders and "
                            "12.3 months for non-responders (HR 0.52, 95% CI 0.35-0.77).")
    assert ("drug_k", "placebo") not in row_tuples(text, "cohort comparator", "trial.txt", measure="hr")


@yaml_cases
def test_a_clause_of_the_next_groups_values_after_a_semicolon_keeps_the_outcome(results):
    assert row_tuples(K_AND_PLACEBO + results, "cohort measure value", "trial.txt") == {
        ("drug_k", "count", 61.0), ("drug_k", "rate", 40.4), ("placebo", "count", 27.0), ("placebo", "rate", 18.1)}


def test_a_clause_after_a_semicolon_with_an_outcome_of_its_own_keeps_its_own():
    text = K_AND_PLACEBO + ("Objective response: drug K 61/151 (40.4%); placebo patients had grade 3 rash in 27/149 "
                            "(18.1%).")
    assert ("placebo", "ORR") not in row_tuples(text, "cohort endpoint", "trial.txt")


@yaml_cases
def test_a_pair_of_counts_after_the_groups_compared(sentence, expected):
    assert row_tuples(SIZED_ARMS.format(results=sentence), "measure value cohort", "trial.txt", measure="count") \
        == expected


def test_a_bracket_of_counts_with_totals_of_a_subgroup_is_not_the_arms():
    extraction = extract_text(SIZED_ARMS.format(
        results="Grade 3 rash was more frequent with drug Q than with placebo (12/30 vs 5/28 in the subgroup with "
                "liver metastases)."), "trial.txt")
    assert not {r["cohort"] for r in extraction["results"] if r["measure"] == "count"} & {"drug_q", "placebo"}


def test_an_arm_named_by_what_all_get_plus_its_own_drug():
    text = ("Trial of drug K\n\nAbstract\nMethods: Patients were randomly assigned to drug K with either drug L or "
            "drug M for four cycles of 21 days.\nResults: Grade 3 rash occurred in 40% of patients in drug K+drug L "
            "and 19% in drug K+drug M.\n")
    assert row_tuples(text, "cohort value", "trial.txt", endpoint="TOX") == {("drug_l", 40.0), ("drug_m", 19.0)}


@yaml_cases
def test_a_pair_said_required_in_after_the_arms_were_compared_is_theirs_in_order(results):
    assert row_tuples(K_AND_PLACEBO + results, "cohort value", "trial.txt", endpoint="DOSE_REDUCTION") == {
        ("drug_k", 27.0), ("placebo", 8.0)}


@yaml_cases
def test_the_p_right_after_a_pair_of_the_arms_counts_is_the_pairs(results, p):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    rows = rows_where(extraction, cohort=("drug_k", "placebo"))
    assert len(rows) == 4 and {r["p_value"] for r in rows} == {p}


def test_a_p_after_another_value_is_not_the_pairs():
    extraction = extract_text(K_AND_PLACEBO + "The objective response rate was 40.4% (61/151) vs 18.1% (27/149), and "
                              "the median duration was 9.1 months (p=0.03).", "trial.txt")
    assert {r["p_value"] for r in extraction["results"] if r["endpoint"] == "ORR"} == {None}


def _with_sentence(template: str, sentence: str, filename: str = "trial.txt") -> dict:
    """The extraction of the study ``template`` writes with ``sentence`` in its ``{sentence}`` (the tests of one
    study's template below share it)."""
    return extract_text(template.format(sentence=sentence), filename)


# A sentence that opens on what it compares its subject with, said in words that are no name of the other arm, then
# names the one arm that is its subject: the pair's first value is the subject's, the second the other arm's (not the
# two arms in the order the paper defined them)
COMPARED_IN_WORDS_TRIAL = ("Adding drug X to TE in breast cancer: a randomised trial\n\n"
                           "Methods: Patients were randomly assigned to TE or TE plus drug X (TEX).\n"
                           "Results: In all, 125 patients were randomised (63 TE, 62 TEX). {sentence}")


@yaml_cases
def test_the_one_arm_named_after_a_comparison_said_in_words_is_the_first_of_its_pair(sentence):
    got = tuples_of(_with_sentence(COMPARED_IN_WORDS_TRIAL, sentence), "cohort value", endpoint="TOX")
    assert got == {("tex", 48.0), ("te", 11.0)}


@yaml_cases
def test_a_comparison_with_people_outside_the_trial_gives_the_other_arm_nothing(sentence):
    extraction = _with_sentence(COMPARED_IN_WORDS_TRIAL, sentence)
    assert "te" not in {r["cohort"] for r in extraction["results"] if r["endpoint"] == "TOX"}


# Each arm's count of events with its total ("4/62", "4 of 62") and no share, listed before the arms named together
# with "respectively": each count is its arm's, the total its size
COUNTS_WITH_TOTALS_TRIAL = ("Drug K versus placebo in lung cancer: a randomised trial\n\n"
                            "Methods: Patients were randomly assigned to drug K or placebo.\n"
                            "Results: In all, 125 patients were randomly assigned to drug K (n = 62) or placebo "
                            "(n = 63). {sentence}")


@yaml_cases
def test_counts_each_with_its_total_listed_before_the_arms_respectively(sentence):
    got = tuples_of(_with_sentence(COUNTS_WITH_TOTALS_TRIAL, sentence), "cohort_n value",
                    endpoint="TOX", measure="count")
    assert got == {(62, 4.0), (63, 1.0)}


def test_counts_with_totals_and_a_third_count_are_no_list_of_the_two_arms():
    # three counts for two arms: no count is given an arm (or a part of one) by order
    sentence = "Vomiting was seen in 4 of 62, 1 of 63 and 2 of 40 patients in the drug K and placebo groups."
    extraction = _with_sentence(COUNTS_WITH_TOTALS_TRIAL, sentence)
    assert not [r for r in extraction["results"] if r["endpoint"] == "TOX" and r["value"] in (4.0, 1.0)
                and r["cohort"].startswith(("drug_k", "placebo"))]


# An unnamed pair ("41% vs 22%") in a trial of three arms the paper calls "group 1", "group 2" and "group 3": which two
# it compares is not said, and the pair's places are no names of the paper's first two groups
NUMBERED_ARMS_TRIAL = ("Three schedules of drug K in lung cancer: a randomised trial\n\n"
                       "Methods: Patients were randomly assigned to group 1 (drug K weekly), group 2 (drug K every 2 "
                       "weeks) or group 3 (drug K every 3 weeks).\n"
                       "Results: In all, 180 patients were randomised (group 1, 60; group 2, 61; group 3, 59). "
                       "{sentence}")


@yaml_cases
def test_an_unnamed_pair_is_not_the_groups_a_paper_numbers_one_and_two(sentence):
    extraction = _with_sentence(NUMBERED_ARMS_TRIAL, sentence)
    assert not rows_where(extraction, endpoint="ORR", cohort=("group_1", "group_2"))


def test_a_value_said_of_a_numbered_group_is_still_its_own():
    sentence = "The objective response rate was 41% in group 1 and 22% in group 2."
    got = tuples_of(_with_sentence(NUMBERED_ARMS_TRIAL, sentence), "cohort value", endpoint="ORR")
    assert got == {("group_1", 41.0), ("group_2", 22.0)}


# The arm named straight after "allocated" (or "assigned") with no "to", after the people counted: "31 (16%) of 198
# patients allocated drug Q versus ...", "in 12% of those allocated drug Q"
ALLOCATED_TRIAL = ("Drug Q or placebo after chemotherapy for colon cancer: a randomised trial\n\n"
                   "Methods: Patients were randomly allocated to drug Q or placebo.\n"
                   "Results: {sentence}")


@yaml_cases
def test_counts_of_patients_allocated_an_arm_without_to(sentence, expected):
    got = tuples_of(_with_sentence(ALLOCATED_TRIAL, sentence), "cohort cohort_n value",
                    endpoint=("TOX", "FN"), measure="count")
    assert got == expected


def test_shares_of_those_allocated_an_arm_without_to():
    sentence = "Grade 3 rash was seen in 12% of those allocated drug Q and in 5% of those allocated placebo."
    got = tuples_of(_with_sentence(ALLOCATED_TRIAL, sentence), "cohort value", endpoint="TOX")
    assert got == {("drug_q", 12.0), ("placebo", 5.0)}


def test_how_many_were_allocated_an_arm_is_no_outcome_of_it():
    # "200 (50%) allocated drug Q": how many were put in the arm, after an outcome, is no count of that outcome
    sentence = ("Grade 3 rash led to a protocol amendment, after which 200 (50%) allocated drug Q and 200 (50%) "
                "allocated placebo were enrolled.")
    extraction = _with_sentence(ALLOCATED_TRIAL, sentence)
    assert not rows_where(extraction, value=(200.0, 50.0))


# A count with its share in square brackets, then its total: "20 [11%] of 180 patients in the drug Q group" is of 180,
# as "20 (11%) of 180" is, not of the arm's size another sentence gives
SQUARE_SHARE_TRIAL = ("Drug Q or placebo after chemotherapy for colon cancer: a randomised trial\n\n"
                      "Results: Patients were randomly allocated to drug Q or placebo. {sentence} A partial response "
                      "was seen in 40 (25%) of 160 patients in the drug Q group and 30 (19%) of 158 patients in the "
                      "placebo group.")


@yaml_cases
def test_a_count_with_its_share_in_square_brackets_keeps_its_total(sentence):
    got = tuples_of(_with_sentence(SQUARE_SHARE_TRIAL, sentence), "endpoint cohort_n value", measure="count")
    assert got == {("TOX", 180, 20.0), ("TOX", 176, 9.0), ("PR", 160, 40.0), ("PR", 158, 30.0)}


# An outcome's count with its breakdown by arm in a bracket, "28 patients died (11 in the drug K group and 17 in the
# drug M group)", is no statement of the arms' sizes (the two add up to the total as sizes do): the arms stay unsized
# and the counts are theirs
UNSIZED_ARMS_TRIAL = ("Drug K versus drug M after resection of liver cancer: a randomised trial\n\n"
                      "Methods: Forty patients were randomised to drug K or drug M.\n"
                      "Results: {sentence}")


def _arm_sizes(extraction: dict) -> tuple:
    """The sizes of the arms drug K and drug M of the study, None for an arm without one."""
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    return sizes.get("drug_k"), sizes.get("drug_m")


@yaml_cases
def test_an_outcomes_breakdown_by_arm_is_no_statement_of_the_arms_sizes(sentence, endpoint):
    extraction = _with_sentence(UNSIZED_ARMS_TRIAL, sentence)
    assert _arm_sizes(extraction) == (None, None)
    got = {(r["cohort"], r["value"]) for r in extraction["results"]
           if r["endpoint"] == endpoint and r["cohort"] != "all"}
    assert got == {("drug_k", 11.0), ("drug_m", 17.0)}


def test_the_arms_sizes_after_the_total_enrolled_are_still_read():
    sentence = "A total of 40 patients were enrolled (19 in the drug K group and 21 in the drug M group)."
    extraction = _with_sentence(UNSIZED_ARMS_TRIAL, sentence)
    assert _arm_sizes(extraction) == (19, 21)


# ... nor is a list of counts by arm after the randomised patients when what happened to them is said after it: "Of the
# 40 randomised patients, 11 in the drug K group and 17 in the drug M group died"
@yaml_cases
def test_counts_by_arm_of_the_randomised_patients_then_an_outcome_are_no_sizes(sentence, endpoint):
    extraction = _with_sentence(UNSIZED_ARMS_TRIAL, sentence)
    assert _arm_sizes(extraction) == (None, None)
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == endpoint}
    assert got == {("drug_k", 11.0), ("drug_m", 17.0)}


@yaml_cases
def test_counts_by_arm_of_the_randomised_patients_are_still_their_sizes(sentence):
    extraction = _with_sentence(UNSIZED_ARMS_TRIAL, sentence)
    assert _arm_sizes(extraction) == (19, 21)


# The people counted named by the arm's treatment with "-treated": "in 6 drug K-treated patients and 2 drug M-treated
# patients", as "in 6 drug K patients and 2 drug M patients" are
@yaml_cases
def test_counts_of_patients_treated_with_an_arms_drug(sentence):
    got = tuples_of(_with_sentence(UNSIZED_ARMS_TRIAL, sentence), "cohort value", endpoint="TOX", measure="count")
    assert got == {("drug_k", 6.0), ("drug_m", 2.0)}


# The same counts at the head of a bracket after the count of all the people who had the outcome: "28 patients had died
# (11 drug K patients and 17 drug M patients)"
@yaml_cases
def test_counts_of_an_arms_patients_in_a_bracket_after_the_total(sentence, endpoint):
    got = tuples_of(_with_sentence(UNSIZED_ARMS_TRIAL, sentence), "cohort value", endpoint=endpoint)
    assert got == {("all", 28.0), ("drug_k", 11.0), ("drug_m", 17.0)}


def test_an_arms_patients_in_a_bracket_after_the_total_enrolled_are_no_outcome():
    sentence = "We enrolled 40 patients (19 drug K patients and 21 drug M patients)."
    extraction = _with_sentence(UNSIZED_ARMS_TRIAL, sentence)
    assert not rows_where(extraction, value=(19.0, 21.0))


# Arms of one drug at two doses, named in the randomisation with no sizes: "randomised to drug Q 2 mg, drug Q 6 mg or
# placebo" makes two arms told apart by their doses (as it did with sizes), which the results name by the dose; the
# total randomised is no size of the first arm listed
DOSE_ARMS_TRIAL = ("Two doses of drug Q versus placebo for bone metastases: a randomised trial\n\n"
                   "Methods: A total of 600 patients were randomised to drug Q 2 mg, drug Q 6 mg or placebo every 4 "
                   "weeks.\nResults: {sentence}")


@yaml_cases
def test_arms_of_one_drug_at_two_doses_without_sizes(sentence):
    extraction = _with_sentence(DOSE_ARMS_TRIAL, sentence)
    got = tuples_of(extraction, "cohort_label value", endpoint="SRE")
    assert got == {("drug Q 2 mg", 30.0), ("drug Q 6 mg", 28.0), ("placebo", 41.0)}
    assert all(c["n"] is None for c in extraction["cohorts"] if c["key"] != "all")


# A pair of counts each with its total, "k/N vs k/N", in the bracket after the one arm the sentence says had more (or
# less) of the outcome: the larger (or smaller) count is that arm's, of the total written with it
# (a trial of drug K against placebo, 120 patients each, the tests below and those of two levels of a trait share)
K_OR_PLACEBO_240 = ("Drug K versus placebo in lung cancer: a randomised trial\n\n"
                    "Methods: A total of 240 patients were randomised to drug K (n = 120) or placebo (n = 120).\n"
                    "Results: {sentence}")


@yaml_cases
def test_counts_with_totals_after_the_arm_that_had_more(sentence):
    extraction = _with_sentence(K_OR_PLACEBO_240, sentence)
    counts = tuples_of(extraction, "cohort cohort_n value", endpoint="TOX", measure="count")
    assert {(cohort.split("_n")[0], n, value) for cohort, n, value in counts} == {("drug_k", 118, 24.0),
                                                                                 ("placebo", 119, 6.0)}


def test_counts_with_totals_after_an_arm_no_comparison_names_are_not_read():
    # nothing says which arm had more: whose count is first is not known
    sentence = "Grade 3 rash was reported with drug K (24/118 vs 6/119)."
    extraction = _with_sentence(K_OR_PLACEBO_240, sentence)
    assert not [r for r in extraction["results"] if r["endpoint"] == "TOX" and r["cohort"] != "all"]


KMO_ARMS = ("In all, 420 patients were randomly assigned to drug K (n = 141), drug M (n = 139) or "
            "observation (n = 140). The median follow-up was 31 months. ")


@yaml_cases
def test_a_respectively_list_as_long_as_the_arms_is_the_arms_in_order(results, values):
    rows = extract_text(KMO_ARMS + results, "trial.txt")["results"]
    arms = ("drug_k", "drug_m", "observation")
    assert {(r["cohort"], r["value"]) for r in rows} == set(zip(arms, values, strict=True))


@yaml_cases
def test_a_respectively_list_not_of_the_arms(arms, results):
    rows = extract_text(arms + results, "trial.txt")["results"]
    assert not any(r["cohort"] in ("drug_k", "drug_m", "observation", "placebo") for r in rows)


@yaml_cases
def test_ratios_each_for_a_group_against_one_named_at_the_head(results, endpoint):
    rows = rows_where(extract_text(KMO_ARMS + results, "trial.txt"), measure="hr")
    got = {(r["cohort"], r["comparator"], r["value"], r["endpoint"]) for r in rows}
    assert {(c, o, v) for c, o, v, _ in got} == {("drug_k", "observation", 0.66 if endpoint == "OS" else 0.58),
                                                 ("drug_m", "observation", 0.83 if endpoint == "OS" else 0.91)}
    assert {e for *_, e in got} == {endpoint}


@yaml_cases
def test_ratios_against_one_named_at_the_head_need_each_a_group_of_the_trial(results):
    rows = rows_where(extract_text(KMO_ARMS + results, "trial.txt"), measure="hr")
    assert not any(r["value"] == 0.83 and r["cohort"] in ("drug_k", "drug_m") for r in rows)
    assert not any(r["comparator"] == "observation" and r["value"] == 0.83 for r in rows)


@yaml_cases
def test_a_respectively_list_of_counts_as_long_as_the_arms_is_the_arms_in_order(results, counts, shares):
    rows = extract_text(KMO_ARMS + results, "trial.txt")["results"]
    arms = ("drug_k", "drug_m", "observation")
    assert {(r["cohort"], r["value"]) for r in rows if r["measure"] == "count"} == set(zip(arms, counts, strict=True))
    assert {(r["cohort"], r["value"]) for r in rows if r["measure"] == "rate"} == set(zip(arms, shares, strict=True))


# Two levels of one trait, the trait said once after the second: "in patients with low compared with high marker Z
# levels (a vs b)" compares the patients with low levels (the first value) with those with high levels
@yaml_cases
def test_two_levels_of_one_trait_said_once_name_the_pair(sentence, want):
    got = tuples_of(_with_sentence(K_OR_PLACEBO_240, sentence), "cohort_label value", endpoint=("OS", "ORR", "PFS"))
    assert got == want


def test_two_levels_without_the_trait_name_no_pair():
    # "low compared with high" with nothing after it: levels of what is not said, the pair stays unnamed
    sentence = "Median overall survival was longer in patients with low compared with high (14.2 vs 9.8 months)."
    extraction = _with_sentence(K_OR_PLACEBO_240, sentence)
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if "low" in labels.get(r["cohort"], "").lower()]


# The subject's group, then the group it is set against in an aside between commas, then the verb: "Patients treated
# with A, compared with those treated with B, had more X (a v b)": the subject's group has the first value
FRONTED_ASIDE_STUDY = ("Outcomes of two regimens in lung cancer: a retrospective review\n\n"
                       "Methods: We reviewed 900 patients treated at our centre with regimen EQ or regimen CQ.\n"
                       "Results: {sentence}")


@yaml_cases
def test_subject_group_set_against_a_group_in_an_aside(sentence, want):
    got = tuples_of(_with_sentence(FRONTED_ASIDE_STUDY, sentence, "review.txt"), "cohort_label value", endpoint="TOX")
    assert got == want


def test_subject_group_set_against_no_group_in_an_aside():
    # the aside sets the patients against a time, not against other patients: no second group is named
    sentence = "Patients treated with EQ, compared with the previous decade, had more infections (41.2% v 30.5%)."
    extraction = _with_sentence(FRONTED_ASIDE_STUDY, sentence, "review.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if "decade" in labels.get(r["cohort"], "")]
    assert not [r for r in extraction["results"] if labels.get(r["cohort"]) == "patients treated with EQ"
                and r["value"] == 30.5]


@yaml_cases
def test_figures_set_against_others_are_not_the_scope_groups(sentence, own):
    extraction, labels = labelled_extraction("Adults were randomly assigned to arm A or arm B. " + sentence)
    assert sorted((r["endpoint"], r["value"]) for r in extraction["results"]) == sorted(own)
    assert {labels[r["cohort"]] for r in extraction["results"]} == {sentence.split(",")[0][3:]}


def test_a_value_of_the_scope_group_overall_stays_the_groups():
    # "overall" with no comparison before it is the arm's whole value, not all patients'
    extraction, labels = labelled_extraction("Adults were randomly assigned to arm A or arm B. "
                                             "In arm A, the objective response rate was 38% overall.")
    assert [(labels[r["cohort"]], r["value"]) for r in extraction["results"]] == [("arm A", 38.0)]


# "In the K group, 40 patients (40%) had X, compared with 22 (22%) in the L group": the first group's count keeps its
# share (a count row and a rate row), as the second's does.
@yaml_cases
def test_a_groups_count_before_its_share_keeps_the_share(sentence, first, second):
    got = row_tuples("We randomly assigned 200 patients to drug K (K group, n = 100) or drug L (L group, "
                              "n = 100). " + sentence, "cohort measure value")
    assert got == {(first[0], "count", first[1]), (first[0], "rate", first[1]), (second[0], "count", second[1]),
                   (second[0], "rate", second[1])}


def test_a_groups_count_with_no_share_stays_a_count():
    extraction = extract_text("We randomly assigned 200 patients to drug K (K group, n = 100) or drug L (L group, "
                              "n = 100). In the K group, 40 patients had grade 3 neutropenia, compared with 22 "
                              "patients (22%) in the L group.")
    assert [r["measure"] for r in extraction["results"] if r["cohort"] == "drug_k"] == ["count"]


@yaml_cases
def test_a_groups_count_before_a_breakdown_takes_no_outcome_from_the_breakdown(sentence):
    extraction = extract_text("We randomly assigned 200 patients to drug K (K group, n = 100) or drug L (L group, "
                              "n = 100). " + sentence)
    # (the count is the response's the verb says, "responded", or none: never the breakdown's)
    assert not [r for r in extraction["results"] if r["value"] in (40.0, 31.0) and r["endpoint"] != "ORR"]


def test_a_pair_of_parts_within_the_scope_group_stays_unread():
    # no other source named after the pair: the two values are parts of the arm (by mutation), neither the arm's
    extraction, _ = labelled_extraction("Adults were randomly assigned to arm A or arm B. In arm A, median PFS was "
                                        "9.7 vs 3.9 months for mutant and wild-type tumours.")
    assert extraction["results"] == []
