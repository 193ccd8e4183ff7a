"""The compared groups of a paper (extract/groups.py) and results said group by group
(extract/group_results.py), with sentences we wrote; two or more wordings of each construction."""

from __future__ import annotations

import re

import pytest
from result_rows import row_tuples, rows_where
from support import cohort_labels, extract_text, labelled_extraction

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


@pytest.mark.parametrize("sentence", [
    "Response was seen in 12 of 30 patients in the low-dose group and 19 of 31 in the high-dose group.",
    "We randomised the order in which the questionnaires were given, and 40 responded.",
])
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


@pytest.mark.parametrize(("text", "expected"), [
    ("Women were randomly assigned to adjuvant letrozole (hormone group, 73 patients) or active surveillance "
     "(control group, 70 patients). Relapse was rarer in the hormone group than in the control group.",
     {"adjuvant letrozole": ("hormone", 73), "active surveillance": ("control", 70)}),
    ("Men were randomised to brachytherapy boost (the boost arm; n = 121) or external beam only (the standard "
     "arm; n = 118). Toxicity was higher in the boost arm.",
     {"brachytherapy boost": ("boost", 121), "external beam only": ("standard", 118)}),
])
def test_a_group_named_again_inside_the_bracket_of_its_n(text, expected):
    by_label = {g.label: g for g in index_of(text).groups}
    assert set(by_label) == set(expected)
    for label, (alias, n) in expected.items():
        assert by_label[label].n == n
        assert alias in {a.lower() for a in by_label[label].aliases}


@pytest.mark.parametrize(("text", "abbr", "label"), [
    ("Patients were randomized to TC or DC with concurrent radiotherapy. Toxicity was milder with DC than "
     "with TC.", "DC", "DC with concurrent radiotherapy"),
    ("Patients were randomly assigned to FOLFIRI plus cetuximab or FOLFOX alone. In the FOLFIRI arm, rash "
     "was common; the FOLFOX arm had more neuropathy.", "FOLFIRI", "FOLFIRI plus cetuximab"),
])
def test_a_regimen_abbreviation_heading_a_longer_name_names_that_group(text, abbr, label):
    by_label = {g.label: g for g in index_of(text).groups}
    assert abbr in by_label[label].aliases
    assert sum(abbr in g.aliases for g in by_label.values()) == 1


@pytest.mark.parametrize(("text", "abbr", "base"), [
    ("Patients were randomly assigned to receive adjuvant GTX, or adjuvant GTX and lerantib. Nausea was more common "
     "in the GTX and lerantib group. Fatigue was as common in the GTX and lerantib group.", "GTX", "adjuvant GTX"),
    ("Patients were randomized to neoadjuvant FLOV or to neoadjuvant FLOV plus a vaccine. In the FLOV plus vaccine "
     "group, rash was seen; the FLOV plus vaccine group had no colitis.", "FLOV", "neoadjuvant FLOV"),
])
def test_an_abbreviation_heading_the_combination_that_the_other_arm_is_named_by_names_neither(text, abbr, base):
    # "GTX and lerantib" starts with the name of the other arm's regimen: "GTX" alone is that arm, never the combination
    groups = index_of(text).groups
    assert base in {g.label for g in groups} and len(groups) == 2
    assert not any(abbr in g.aliases for g in groups)


@pytest.mark.parametrize("text", [
    "Women were randomly assigned to chemotherapy or chemotherapy plus an antibody.",
    "Patients were randomised to radiotherapy or radiotherapy with concurrent cisplatin.",
])
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


@pytest.mark.parametrize("sentence", [
    "Relapse occurred in 31 (34%) patients in the capecitabine group and 45 (51%) in the observation group.",
    "Relapse was seen in 31 (34%) of those given capecitabine and in 45 (51%) of those under observation.",
])
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


@pytest.mark.parametrize("sentence", [
    "Rates of resuming work were 74% and 70% in the capecitabine and observation groups after excluding three "
    "patients who died.",
    "Satisfaction was 64% and 58% for the capecitabine group and observation group except for two patients who "
    "died.",
])
def test_an_outcome_named_as_who_was_left_out_is_not_the_values(sentence):
    # the outcome after "excluding" says who was not counted; what the values are of is not named
    assert not [row for row in rows(sentence) if row[3] in (74.0, 70.0, 64.0, 58.0)]


@pytest.mark.parametrize("sentence", [
    "Median survival in the drug X group and the drug Y group was 19 and 15 months, respectively.",
    "The 3-year local control rates in the short arm and the long arm were 81% and 77%, respectively.",
])
def test_a_list_of_articles_and_group_nouns_names_no_group(sentence):
    # with no groups the paper defined, "group and the" is no list of two labels: no row takes a label made of it
    labels = {f.group.label for f in find_results(normalize(sentence).text).found if f.group is not None}
    assert not [label for label in labels if re.search(r"\b(?:the|group|arm)\b", label)]


@pytest.mark.parametrize(("sentence", "total"), [
    ("Hand-foot syndrome occurred in 17 out of 84 patients (20%) in the capecitabine group.", 84),
    ("Hand-foot syndrome occurred in 17 (20%) of 84 patients in the capecitabine group.", 84),
])
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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Median relapse-free survival was 30 months with capecitabine and 24 months with observation, with a hazard ratio "
     "(capecitabine/observation) of 0.81 (95% CI 0.66-0.99).", ("capecitabine", "observation")),
    # the bracket names them the other way round from the values: the ratio is the bracket's first group's
    ("Median relapse-free survival was 30 months with capecitabine and 24 months with observation; the hazard ratio "
     "(observation vs capecitabine) was 1.23 (95% CI 1.01-1.52).", ("observation", "capecitabine")),
])
def test_a_ratio_is_the_first_group_s_against_the_second_its_bracket_names(sentence, expected):
    (ratio,) = [f for f in found_in(sentence) if f.fields["measure"] == "hr"]
    assert (ratio.group.key, ratio.comparator.key) == expected


def test_a_ratio_bracket_of_words_that_name_no_groups_gives_no_row():
    sentence = "Median relapse-free survival was 30 months; the hazard ratio (adjusted/unadjusted) was 0.81."
    assert not [f for f in found_in(sentence) if f.fields["measure"] == "hr"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Treatment was stopped because of toxicity (7%/9% in the capecitabine/observation groups) or progression "
     "(3%/5% in the capecitabine/observation groups).",
     {("capecitabine", 7.0, "toxicity"), ("observation", 9.0, "toxicity"), ("capecitabine", 3.0, "progression")}),
    ("Discontinuation of treatment was due to adverse events in 7% of the capecitabine group.",
     {("capecitabine", 7.0, "adverse events")}),
])
def test_a_stopped_treatment_keeps_its_reason_as_category(sentence, expected):
    index = index_of(TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    got = {(f.group.key, f.fields["value"], f.fields["category"]) for f in found
           if f.fields["endpoint"] == "DISCONTINUATION"}
    assert got >= expected


@pytest.mark.parametrize(("sentence", "drug"), [
    ("In the capecitabine group, dose reductions of capecitabine were needed in 21 of 84 patients (25%).",
     "capecitabine"),
    ("Twelve patients (14%) in the capecitabine group had an oxaliplatin dose reduction.", "oxaliplatin"),
])
def test_a_dose_reduction_names_its_drug(sentence, drug):
    index = index_of(TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    assert {f.fields["category"] for f in found if f.fields["endpoint"] == "DOSE_REDUCTION"} == {drug}


@pytest.mark.parametrize("sentence", [
    "Two deaths were considered related to the study treatment.",
    "Three treatment-related deaths occurred.",
])
def test_a_death_caused_by_the_treatment_is_grade_5_toxicity(sentence):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["endpoint"], f.fields["grade"]) for f in found} == {("TOX", "5")}


@pytest.mark.parametrize("sentence", [
    "The commonest events were anaemia (21% with capecitabine and 9% with observation) and rash (14% with "
    "capecitabine and 2% with observation).",
    "The commonest events were anaemia (21% in the capecitabine group, 9% in the observation group) and rash "
    "(14% in the capecitabine group, 2% in the observation group).",
])
def test_each_term_takes_the_numbers_in_its_brackets(sentence):
    index = index_of(TRIAL + sentence)
    got = {(f.group.key, f.fields["category"], f.fields["value"])
           for f in find_results(normalize(sentence).text, groups=index).found}
    assert got >= {("capecitabine", "anaemia", 21.0), ("observation", "anaemia", 9.0),
                   ("capecitabine", "rash", 14.0), ("observation", "rash", 2.0)}


@pytest.mark.parametrize("sentence", [
    "Recurrence was seen in 32% (29 of the 90) of the capecitabine group and 48% (42 of the 88) of the observation "
    "group.",
    "Recurrence was seen in 32% (29/90) of the capecitabine group and 48% (42/88) of the observation group.",
])
def test_a_percentage_with_its_count_and_total_in_brackets(sentence):
    got = rows(sentence)
    assert ("capecitabine", "FAIL_ANY", "count", 29.0, 90) in got
    assert ("observation", "FAIL_ANY", "rate", 48.0, 88) in got
    assert not any(value in (90.0, 88.0) for *_, value, _n in got)


@pytest.mark.parametrize("sentence", [
    "Mean weight loss was 4.1 ± 1.2% with capecitabine and 2.0 ± 0.9% with observation.",
    "The 2-year relapse rates were 31.5% ± 4.2% with capecitabine and 40.2% ± 5.0% with observation.",
])
def test_a_spread_after_a_value_is_no_value(sentence):
    assert all(value not in (1.2, 0.9, 4.2, 5.0) for *_, value, _n in rows(sentence))


@pytest.mark.parametrize("title", ["// Erlotinib versus gefitinib in advanced lung cancer",
                                   "1. Erlotinib vs. gefitinib in advanced lung cancer: a randomised trial"])
def test_a_comparative_title_after_marks_or_numbers(title):
    assert {g.label.lower() for g in index_of(title + "\n\nWe report the final analysis.").groups} == {
        "erlotinib", "gefitinib"}


def test_an_unnamed_comparison_in_a_two_arm_trial_is_its_arms_in_their_order():
    text = (TRIAL + "\n\nResults: The objective response rate was 41% versus 12% (p < 0.001).")
    extraction = extract_text(text, "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "ORR"}
    assert got == {("capecitabine", 41.0), ("observation", 12.0)}


@pytest.mark.parametrize("sentence", [
    "Median overall survival of patients with a pathological complete response was 7.8 years.",
    "Patients with a complete response had a median survival of 48 months.",
])
def test_a_median_belongs_to_a_time_to_event_endpoint(sentence):
    found = find_results(normalize(sentence).text).found
    assert all(f.fields["measure"] != "median" or f.fields["endpoint"] == "OS" for f in found)


@pytest.mark.parametrize("sentence", [
    "Capecitabine gave an 11% improvement in overall survival at 5 years.",
    "The absolute benefit in 5-year overall survival was 8.9%.",
])
def test_a_difference_is_no_rate(sentence):
    assert [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "rate"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3-4 events were neutropenia (n = 9), fatigue (n = 4) and rash (n = 2).",
     {("neutropenia", 9.0), ("fatigue", 4.0), ("rash", 2.0)}),
    ("The most common grade 3 events were diarrhoea (n=7; 12%) and mucositis (n=3; 5%).",
     {("diarrhoea", 7.0), ("mucositis", 3.0)}),
])
def test_an_event_counted_with_n_after_it(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["category"], f.fields["value"]) for f in found if f.fields["measure"] == "count"} >= expected


SUBJECT_TRIAL = "Drug X versus placebo in advanced cancer: a randomised trial\n\n"


@pytest.mark.parametrize("sentence", [
    "Drug X improved progression-free survival (6.1 months [95% CI 5.0-7.2] vs 3.9 months [3.1-4.4]; hazard "
    "ratio [HR] 0.61, 95% CI 0.50-0.74).",
    "Compared with placebo, drug X prolonged progression-free survival (6.1 vs 3.9 months; HR 0.61, 0.50-0.74).",
])
def test_the_subject_of_a_sentence_is_the_first_of_each_pair(sentence):
    found = found_in(sentence, SUBJECT_TRIAL)
    got = {(f.fields["measure"], f.fields["value"], f.group.key if f.group else None,
            f.comparator.key if f.comparator else None) for f in found}
    assert ("median", 6.1, "drug_x", "placebo") in got and ("median", 3.9, "placebo", "drug_x") in got
    (ratio,) = [f for f in found if f.fields["measure"] == "hr"]
    assert (ratio.fields["ci_low"], ratio.fields["ci_high"], ratio.group.key, ratio.comparator.key) == (
        0.50, 0.74, "drug_x", "placebo")


@pytest.mark.parametrize(("sentence", "count", "rate"), [
    ("Grade 3 neutropenia occurred in 41 [19%] patients given drug X.", 41.0, 19.0),
    ("Grade 3 neutropenia occurred in 41 (19%) patients given drug X.", 41.0, 19.0),
])
def test_counts_with_their_percentage_in_either_bracket(sentence, count, rate):
    index = index_of(SUBJECT_TRIAL + sentence)
    found = find_results(normalize(sentence).text, groups=index).found
    got = {(f.fields["measure"], f.fields["value"]) for f in found if f.group and f.group.key == "drug_x"}
    assert {("count", count), ("rate", rate)} <= got


@pytest.mark.parametrize("sentence", [
    "The hazard ratio [HR] for death was 0.72 (95% CI 0.58-0.90).",
    "The HR for death 0.72, 95% CI 0.58-0.90.",
])
def test_hazard_ratio_written_with_its_abbreviation_in_brackets(sentence):
    (found,) = [f for f in find_results(normalize(sentence).text).found if f.fields["measure"] == "hr"]
    assert (found.fields["endpoint"], found.fields["value"], found.fields["ci_low"]) == ("OS", 0.72, 0.58)


SIZED_TRIAL = ("Capaxib versus observation after resection of colon cancer: a randomised trial\n\n"
               "Patients were randomly assigned to capaxib or observation. ")


@pytest.mark.parametrize(("prose", "expected"), [
    # the whole a count is taken of
    ("Relapse occurred in 30 of 121 patients in the capaxib group and 44 of 119 patients in the observation "
     "group.", {"capaxib": 121, "observation": 119}),
    # sizes side by side in a sentence about who was analysed
    ("The intention-to-treat population contained 230 patients (118 received capaxib and 112 received "
     "observation).", {"capaxib": 118, "observation": 112}),
    # an allocation that ends its clause
    ("In all, 140 patients were randomised to capaxib, and 138 patients were randomised to observation.",
     {"capaxib": 140, "observation": 138}),
    # the whole a count is taken of, with the count's share after it
    ("Relapse occurred in 30 of 121 patients (25%) in the capaxib group and 44 of 119 patients (37%) in the "
     "observation group.", {"capaxib": 121, "observation": 119}),
    ("Of those operated on, 30 of 121 (25%) in the capaxib group and 44 of 119 (37%) in the observation group had "
     "a lobectomy.", {"capaxib": 121, "observation": 119}),
])
def test_a_group_takes_its_size_from_the_prose(prose, expected):
    assert {label.lower(): n for label, n in groups_of(SIZED_TRIAL + prose).items()} == expected


@pytest.mark.parametrize("prose", [
    # events counted among a group's patients are no size of the group
    "Toxicity led 6 patients receiving capaxib and 2 patients receiving observation to stop early.",
    "Grade 3 rash was seen in 9 patients in the capaxib group.",
    # the total randomised to either group, and patients who did not start
    "Overall, 200 patients were randomised to capaxib (n = 101) or observation (n = 99).",
    "Three patients randomised to capaxib did not start treatment.",
])
def test_counts_of_events_and_totals_do_not_size_a_group(prose):
    sizes = {label.lower(): n for label, n in groups_of(SIZED_TRIAL + prose).items()}
    assert sizes.get("capaxib") in (None, 101), sizes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sixty men were randomised to once-daily drug K (n = 30) or twice-daily drug K (n = 30).",
     {("once-daily drug K", 30), ("twice-daily drug K", 30)}),
    ("In all, 70 patients were randomised to daily tablets (n = 36) or 3-weekly infusions (n = 34).",
     {("daily tablets", 36), ("3-weekly infusions", 34)}),
])
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


@pytest.mark.parametrize("sentence, expected", [
    ("Response rates were 40% in the once-daily and 47% in the twice-daily groups.",
     {("once_daily_drug_k", 40.0), ("twice_daily_drug_k", 47.0)}),
    ("Grade 3 rash was rarer with twice-daily dosing of drug K than with once-daily dosing (7% vs 17%).",
     {("twice_daily_drug_k", 7.0), ("once_daily_drug_k", 17.0)}),
])
def test_values_go_to_the_schedule_named(sentence, expected):
    assert {(key, value) for key, _, _, value, _ in rows(sentence, SCHEDULES)} == expected


SUBTYPES = ("Signet-ring versus tubular carcinoma of the stomach\n\n"
            "We compared 80 patients with signet-ring carcinoma (SRC) with 210 patients with tubular carcinoma "
            "(TC). The SRC group and the TC group were followed for 5 years. ")


@pytest.mark.parametrize("sentence", [
    "The median survival of SRC and TC patients was 19.5 months and 48.0 months, respectively.",
    "The median survival times of the SRC and TC groups were 19.5 and 48.0 months, respectively.",
])
def test_values_after_groups_listed_with_their_patients(sentence):
    got = {(key, value) for key, _, _, value, _ in rows(sentence, SUBTYPES)}
    assert got == {("signet_ring_carcinoma", 19.5), ("tubular_carcinoma_of_the_stoma", 48.0)}


def test_a_group_listed_with_a_name_no_group_has_does_not_take_the_list_s_values():
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("The median survival of drug A and TX patients was 19.5 months and 48.0 months.", text)
    assert ("drug_a", "OS", "median", 48.0, None) not in got


@pytest.mark.parametrize("sentence, expected", [
    # "Median OS: drug A 12.1 months, drug B 9.8 months": the word before the second group's name is the first value's
    # unit, no name of a list the second group ends; each group takes the value after it
    ("Median overall survival: drug A 15.3 months, drug B 11.6 months (HR 0.81).",
     {("drug_a", "OS", 15.3), ("drug_b", "OS", 11.6)}),
    ("Median time to progression was: drug B 3.7 mo, drug A 5.9 mo.", {("drug_b", "TTP", 3.7), ("drug_a", "TTP", 5.9)}),
    # "Patients who received A survived longer (median, a months) than those who received B (median, b months)": the
    # subject group's value is in the bracket before "than", the other group's in the bracket after its name
    ("Patients who received drug A had longer overall survival (median, 14.6 months) than those who received drug B "
     "(median, 10.3 months).", {("drug_a", "OS", 14.6), ("drug_b", "OS", 10.3)}),
    ("Patients in the drug B group had a shorter time to progression (median, 3.9 months) than those in the drug A "
     "group (median, 5.5 months).", {("drug_b", "TTP", 3.9), ("drug_a", "TTP", 5.5)}),
    # "..., whereas in the B group it was b": the second group's clause names the outcome by a pronoun
    ("In the drug A group, the median overall survival was 14.6 months, whereas in the drug B group it was 10.3 "
     "months.", {("drug_a", "OS", 14.6), ("drug_b", "OS", 10.3)}),
    ("Median progression-free survival was 7.7 months with drug B, while with drug A, it was 9.1 months.",
     {("drug_b", "PFS", 7.7), ("drug_a", "PFS", 9.1)}),
])
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
@pytest.mark.parametrize("sentence", [
    "For the drug B group, the median TTP and QZS were 15.1 and 38.4 weeks, respectively.",
    "In the drug A group, median overall survival and QZS were 11.9 months and 13.2 months.",
])
def test_two_medians_of_one_group_for_one_outcome_are_not_read(sentence):
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    assert not [r for r in rows(sentence, text) if r[2] == "median"]


def test_a_groups_medians_of_two_outcomes_named_stay():
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    got = rows("For the drug B group, the median TTP and OS were 15.1 and 38.4 weeks, respectively.", text)
    assert {(r[1], r[2]) for r in got} == {("TTP", "median"), ("OS", "median")}


# "The 3-year OS was a% in the A arm and the B arm b%": the second group, named after the first group's value, heads a
# clause of its own whose value follows its name; the two are no list of groups with the values after both
@pytest.mark.parametrize("sentence, expected", [
    ("The 2-year overall survival was 58% in the drug A group and the drug B group 47%.",
     {("drug_a", 58.0), ("drug_b", 47.0)}),
    ("Local control at 3 years was 81% in the drug B arm and the drug A arm 90%.",
     {("drug_b", 81.0), ("drug_a", 90.0)}),
])
def test_a_second_group_after_the_first_groups_value_takes_its_own(sentence, expected):
    text = "Drug A versus drug B in gastric cancer\n\nPatients received drug A (n = 40) or drug B (n = 38). "
    assert {(key, value) for key, _, measure, value, _ in rows(sentence, text) if measure == "rate"} == expected


TWO_DRUGS = ("Drug G versus drug C in advanced lung cancer\n\n"
             "Patients were randomly assigned to drug G (n = 150) or drug C (n = 148). ")


@pytest.mark.parametrize("sentence", [
    "Outcomes did not differ (median PFS 4.5 and 4.1 months; median OS 10.9 and 9.8 months; 1-year OS 45% "
    "and 41%, for drug G and drug C, respectively).",
    "Survival was alike (median OS 10.9 and 9.8 months; median PFS 4.5 and 4.1 months, in drug G and drug C, "
    "respectively).",
])
def test_lists_in_one_bracket_share_the_groups_named_at_its_end(sentence):
    got = {(key, endpoint, value) for key, endpoint, _, value, _ in rows(sentence, TWO_DRUGS)}
    assert {("drug_g", "PFS", 4.5), ("drug_c", "PFS", 4.1), ("drug_g", "OS", 10.9), ("drug_c", "OS", 9.8)} <= got


def test_lists_outside_brackets_do_not_share_groups_across_a_semicolon():
    got = rows("Median PFS was 4.5 and 4.1 months; median OS was 10.9 and 9.8 months for drug G and drug C, "
               "respectively.", TWO_DRUGS)
    assert not any(value in (4.5, 4.1) and key is not None for key, _, _, value, _ in got)


LETTERED = ("Drug P plus drug Q versus drug P alone\n\n"
            "Patients were randomly assigned to arm A (drug P plus drug Q; n = 45) or arm B (drug P alone; n = 44). ")


@pytest.mark.parametrize("sentence", [
    "The ORR was 52.5% (95% CI, 37.0% to 67.8%) and 60.0% (95% CI, 44.3% to 74.3%) on arm A and B, respectively.",
    "Disease control rates were 52.5% (95% CI 37.0-67.8%) and 60.0% (95% CI 44.3-74.3%) in arm A and B, "
    "respectively.",
])
def test_values_with_intervals_listed_for_groups_after_them(sentence):
    got = {(key, value) for key, _, _, value, _ in rows(sentence, LETTERED)}
    assert got == {("arm_a", 52.5), ("arm_b", 60.0)}


@pytest.mark.parametrize("text, a, b, inside", [
    ("(x; y and z)", 2, 7, True), ("(x) y (z)", 3, 6, False), ("x; (y)", 1, 3, False), ("(ab)", 2, 2, True)])
def test_inside_one_bracket(text, a, b, inside):
    from oncoev.extract.group_results import _inside_one_bracket
    assert _inside_one_bracket(text, a, b) is inside


@pytest.mark.parametrize("sentence", [
    "Grade 3 or worse diarrhoea was more frequent with capecitabine than with observation (22 [24%] vs six [7%]; "
    "p=0.002).",
    "Grade 3 or worse diarrhoea was seen more often in the capecitabine group compared with the observation group "
    "(22 (24%) versus 6 (7%)).",
    "Grade 3 or worse diarrhoea differed between capecitabine and observation (24% [22 of 90] vs 7% [6 of 88]).",
])
def test_a_pair_after_two_groups_compared_is_theirs_in_that_order(sentence):
    got = {(key, measure, value) for key, endpoint, measure, value, _ in rows(sentence) if endpoint == "TOX"}
    assert {("capecitabine", "rate", 24.0), ("observation", "rate", 7.0)} <= got
    assert ("observation", "rate", 24.0) not in got and ("capecitabine", "rate", 7.0) not in got


@pytest.mark.parametrize("sentence", [
    "The commonest events with capecitabine versus observation were fatigue (40 [44%] vs 12 [14%]) and nausea "
    "(18 [20%] vs 5 [6%]).",
    "Capecitabine vs observation: fatigue (40 (44%) vs 12 (14%)), and nausea (18 (20%) vs 5 (6%)).",
])
def test_pairs_after_the_groups_each_take_their_own_outcome(sentence):
    got = {(f.group.key, f.fields["category"], f.fields["value"]) for f in found_in(sentence)
           if f.fields["measure"] == "rate"}
    assert got == {("capecitabine", "fatigue", 44.0), ("observation", "fatigue", 14.0),
                   ("capecitabine", "nausea", 20.0), ("observation", "nausea", 6.0)}


@pytest.mark.parametrize("sentence", [
    "The 3-year DFS and OS rates were higher with capecitabine than with observation (62% vs 48%, p=0.01; and "
    "75% vs 66%, p=0.04).",
    "Rates of 3-year DFS and OS were higher in the capecitabine group compared with the observation group (62% "
    "versus 48%; 75% versus 66%).",
])
def test_k_outcomes_then_k_pairs_are_read_in_order(sentence):
    got = {(key, endpoint, value) for key, endpoint, _, value, _ in rows(sentence)}
    assert {("capecitabine", "DFS", 62.0), ("observation", "DFS", 48.0), ("capecitabine", "OS", 75.0),
            ("observation", "OS", 66.0)} <= got
    assert not any(endpoint == "OS" and value in (62.0, 48.0) for _, endpoint, value in got)


@pytest.mark.parametrize("sentence", [
    "Hand-foot syndrome was more common with capecitabine (35%) than with observation (2%).",
    "Hand-foot syndrome was reported more often in the capecitabine group (31 [35%]) than in the observation "
    "group (2 [2%]).",
])
def test_a_bracket_right_after_a_group_holds_its_value(sentence):
    got = {(key, value) for key, _, measure, value, _ in rows(sentence) if measure == "rate"}
    assert got == {("capecitabine", 35.0), ("observation", 2.0)}


@pytest.mark.parametrize("sentence", [
    "Median survival was longer in the capecitabine group (51 and 36 months for the two periods, respectively).",
    "Toxicity data are based on 178 patients (90 in the capecitabine group and 88 in the observation group).",
    "Six patients in the capecitabine group (60) stopped early.",
    "Neutropenia was rare during capecitabine (3%).",
])
def test_a_bracket_after_a_group_that_holds_no_value_of_it_alone(sentence):
    got = rows(sentence)
    assert not any(key == "capecitabine" and value in (30.0, 51.0, 36.0, 90.0, 60.0, 3.0)
                   for key, _, _, value, _ in got if key == "capecitabine")
    assert not any(value in (90.0, 88.0) for *_, value, _ in got)


@pytest.mark.parametrize("sentence", [
    "Fatigue was more common with capecitabine than with observation overall (40% vs 20%), whereas in older "
    "patients it was similar (30% vs 28%).",
    "Fatigue was more common with capecitabine than with observation overall (40% vs 20%); in women the "
    "rates were 30% vs 28%.",
])
def test_a_pair_after_the_clause_of_the_comparison_is_of_another_population(sentence):
    got = rows(sentence)
    assert ("capecitabine", "TOX", "rate", 40.0, None) in got
    assert not any(value in (30.0, 28.0) for *_, value, _ in got)


@pytest.mark.parametrize("sentence", [
    "Compared with those in the observation group, patients in the capecitabine group had longer median DFS "
    "(40 vs 25 months).",
    "Compared with observation, capecitabine gave a longer median DFS (40 vs 25 months).",
])
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


@pytest.mark.parametrize("sentence", [
    # counts listed before their outcome and groups
    "Nine (10%) and two (2%) treatment-related deaths occurred with capecitabine and observation, respectively.",
    "In all, 9 (10%) and 2 (2%) toxic deaths were reported in the capecitabine and observation groups, "
    "respectively.",
    # a count and its share beside its group
    "Grade 3 hand-foot syndrome: capecitabine 9 (10%), observation 2 (2%).",
    "Grade 3 hand-foot syndrome was seen in 9 patients (10%) from the capecitabine group and 2 patients (2%) from "
    "the observation group.",
])
def test_counts_and_shares_each_beside_or_listed_with_their_group(sentence):
    got = {(key, measure, value) for key, endpoint, measure, value, _ in rows(sentence) if endpoint == "TOX"}
    assert got == TOX_BY_GROUP


def test_a_list_of_counts_shares_the_outcome_named_after_its_last_value():
    got = rows("Overall, 50 (56%) patients on capecitabine had no relapse, compared with 40 (45%) on observation, "
               "among whom 12 (13%) and 20 (23%) deaths occurred on capecitabine and observation, respectively.")
    assert ("capecitabine", "DEATH", "count", 12.0, None) in got
    assert ("observation", "DEATH", "count", 20.0, None) in got
    assert not any(endpoint != "DEATH" and value in (12.0, 13.0) for _, endpoint, _, value, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In all, 300 patients were randomly assigned with minimisation to receive drug K (40 mg daily; n=150) or "
     "drug L (10 mg/m2 weekly; n=150).", {("drug K", 150), ("drug L", 150)}),
    ("Women were randomised in a 2:1 ratio to drug K (n=120) or placebo (n=60).", {("drug K", 120), ("placebo", 60)}),
    ("Patients were randomly assigned to the drug K group (n=61) or the placebo group (n=59).",
     {("drug K", 61), ("placebo", 59)}),
    # "we randomly assigned N patients ... to": the subject and its count before "to"
    ("We randomly assigned 240 patients with resected disease to receive either drug K plus fluorouracil and "
     "leucovorin (n=121) or fluorouracil and leucovorin alone (n=119).",
     {("drug K plus fluorouracil and leucovorin", 121), ("fluorouracil and leucovorin alone", 119)}),
    ("The trial randomly allocated 88 adults to drug K (n=45) or observation (n=43).",
     {("drug K", 45), ("observation", 43)}),
])
def test_randomisation_sentences_with_a_manner_or_labelled_groups(sentence, expected):
    assert {(label, n) for label, n in groups_of("A trial\n\n" + sentence).items()} == expected


def test_a_pair_said_of_a_subgroup_is_not_the_groups_pair():
    got = rows("The response rate was higher with capecitabine than with observation (30% vs 12%), whatever the "
               "marker status (25% vs 10% in the marker-positive subgroup; 33% vs 13% in the marker-negative one).")
    assert ("capecitabine", "ORR", "rate", 30.0, None) in got
    assert not any(value in (25.0, 10.0, 33.0, 13.0) for *_, value, _ in got)


@pytest.mark.parametrize("sentence", [
    "Wound complications were analysed in the first phase (n=150; 76 patients in the capecitabine group and 74 in "
    "the observation group).",
    "Safety is based on 170 patients (86 in the capecitabine group and 84 in the observation group).",
])
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


@pytest.mark.parametrize("results", [
    "Nausea (20% and 10%) was reported, with drug Q and placebo given on the same days.",
    "With drug Q and placebo, grade 3 and grade 4 nausea (20% and 10%) were rare.",
])
def test_an_and_pair_without_the_groups_straight_before_is_not_theirs(results):
    assert not {r for r in arm_rows(results) if r[3] in ("drug_q", "placebo")}


@pytest.mark.parametrize("results", [
    "Twenty (13%) drug Q and 9 (6%) placebo patients developed febrile neutropenia.",
    "Febrile neutropenia developed in 20 (13%) drug Q patients and 9 (6%) placebo patients.",
])
def test_a_group_said_as_the_patients_attribute(results):
    assert arm_rows(results) >= {("TOX", "count", 20.0, "drug_q", "febrile neutropenia"),
                                 ("TOX", "count", 9.0, "placebo", "febrile neutropenia")}


@pytest.mark.parametrize("sentence", [
    # two words before between groups name no groups
    "The total doses of drug P and drug Q between groups did not differ.",
    "There was no gap in the doses of drug P or drug Q among arms.",
    # a verb or an added drug is no second group name
    "Patients were randomly assigned to receive gemcitabine with or without drug Z.",
    "Patients were either assigned to drug Z monotherapy or assessed in a dose-finding safety phase.",
    # a dose alone names no arm with its size
    # "60 Gy" with no fractions is a dose of something the sentence does not name: no group, so no size
    "A trial\n\nPatients were randomly assigned to 60 Gy (n = 40) or 66 Gy (n = 41).",
])
def test_words_that_name_no_groups(sentence):
    assert groups_of(sentence) == {}


def sentence_rows(sentence: str) -> set[tuple]:
    rows = extract_text(sentence)["results"]
    return {(r["endpoint"], r["measure"], r["value"], r.get("cohort") or r.get("arm")) for r in rows}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3 rash (20% versus 8%) was more common in the drug Q arm than in the observation arm.",
     {("TOX", "rate", 20.0, "drug_q_arm"), ("TOX", "rate", 8.0, "observation_arm")}),
    ("Fatigue (30% vs 10%) was higher in the exercise group than in the usual care group.",
     {("TOX", "rate", 30.0, "exercise_group"), ("TOX", "rate", 10.0, "usual_care")}),
])
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


@pytest.mark.parametrize("results", [
    "Patients receiving placebo were more likely to have grade 3 or 4 nausea (12.2% v 5.3%; P < .001).",
    "Patients given placebo had more grade 3 or 4 nausea (12.2% vs 5.3%).",
])
def test_the_subject_arm_against_the_other_arm_of_a_two_arm_trial(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[4] == "nausea"}
    assert got == {(12.2, "placebo"), (5.3, "drug_q")}


@pytest.mark.parametrize("results", [
    "Grade 3 nausea was 14% in patients receiving drug Q compared with 6% in patients not receiving drug Q.",
    "Grade 3 nausea was 14% in patients who received drug Q compared with 6% in those who did not.",
])
def test_those_who_did_not_get_one_arms_treatment_are_the_other_arm(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[4] == "nausea"}
    assert got == {(14.0, "drug_q"), (6.0, "placebo")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Median survival was 9.4 months with regimen A and 6.1 months with regimen B.",
     {("OS", "median", 9.4, "regimen_a"), ("OS", "median", 6.1, "regimen_b")}),
    ("The response rate was 41% with schedule C versus 23% with schedule D.",
     {("ORR", "rate", 41.0, "schedule_c"), ("ORR", "rate", 23.0, "schedule_d")}),
])
def test_groups_that_differ_by_a_letter_are_two_groups(sentence, expected):
    assert sentence_rows(sentence) >= expected


@pytest.mark.parametrize("results", [
    "The 2-year survival was 66% with drug Q and 52% with standard inhibitors.",
    "Median time to progression was longer with drug Q than with standard inhibitors (9.9 vs 5.0 months).",
])
def test_a_plural_names_the_group_defined_in_the_singular(results):
    text = ("Trial\n\nAbstract\nMethods: Patients were randomly assigned to drug Q (n = 150) or a standard inhibitor "
            f"(n = 150).\nResults: {results}\n")
    rows = extract_text(text)["results"]
    assert {r.get("cohort") for r in rows} == {"drug_q", "standard_inhibitor"}


@pytest.mark.parametrize("results", [
    "The response rate was higher with drug Q than with placebo (40.2% vs. 22.5%), and the median duration of "
    "response was longer (61.0% vs. 44.3% were still responding after a year).",
    "The objective response rate was higher in the drug Q group than in the placebo group (40.2% vs 22.5%; "
    "P = 0.01), and the median time to progression was longer (61.0% vs 44.3% were free of progression at 6 months).",
])
def test_values_after_another_endpoint_are_not_those_of_the_pair_read_before(results):
    got = {r[2] for r in arm_rows(results) if r[0] == "ORR"}
    assert got == {40.2, 22.5}


@pytest.mark.parametrize("results", [
    "Grade 3-4 toxic events were seen more often in the drug Q group than in the placebo group (neutropenia "
    "30 [20%] vs "
    "9 [6%]; fatigue 15 [10%] vs 6 [4%]).",
    "Toxic effects were more frequent with drug Q than with placebo (most frequent, decreased neutrophil count "
    "30 [20%] vs 9 [6%]; fatigue 15 [10%] vs 6 [4%]).",
])
def test_labelled_pairs_in_the_bracket_after_the_compared_groups(results):
    got = {(r[2], r[3], r[4]) for r in arm_rows(results) if r[1] == "count"}
    assert {(15.0, "drug_q", "fatigue"), (6.0, "placebo", "fatigue")} <= got
    assert {(30.0, "drug_q"), (9.0, "placebo")} <= {(r[0], r[1]) for r in got}


@pytest.mark.parametrize("results", [
    "Diarrhoea was the commonest event (12 [9%] of 133 patients had diarrhoea).",
    "Grade 3 rash occurred in 7 of 96 patients.",
])
def test_a_count_of_a_size_no_group_has_is_not_given_to_all_patients_of_a_two_arm_trial(results):
    assert not [r for r in arm_rows(results) if r[3] == "all" and r[1] == "count"]


@pytest.mark.parametrize("results", [
    "Serious adverse events occurred in more patients with drug Q (ten [7%] of 150 patients [pneumonia, n=6; sepsis, "
    "n=4] vs three [2%] of 150 patients [both pneumonia]).",
    "Serious events were commoner with drug Q (eight [5%] [neutropenia, n=5; rash, n=3] vs two [1%] [rash, n=2]).",
])
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


@pytest.mark.parametrize("results", [
    "The response rates were 12.5% for Q and 26.0% for the placebo group (P = .03).",
    "Median survival was 4.9 months with Q-alone and 9.1 months with placebo.",
])
def test_a_value_named_for_a_group_no_name_knows_is_not_all_patients(results):
    assert not [r for r in arm_rows(results) if r[3] == "all" and r[2] in (12.5, 4.9)]


@pytest.mark.parametrize(("results", "expected"), [
    ("The median overall survival in the two groups was 13.1 and 9.9 months, respectively (hazard ratio, 0.81).",
     {("OS", "median", 13.1, "drug_q", None), ("OS", "median", 9.9, "placebo", None)}),
    ("Response rates in both arms were 41% and 17%, respectively.",
     {("ORR", "rate", 41.0, "drug_q", None), ("ORR", "rate", 17.0, "placebo", None)}),
])
def test_values_of_the_two_groups_in_order_with_respectively(results, expected):
    got = arm_rows(results)
    assert got >= expected
    assert not [r for r in got if r[3] == "respectively"]


@pytest.mark.parametrize("results", [
    "Survival did not differ between the groups overall (5.7 months for drug Q and 5.2 months for placebo; hazard "
    "ratio 0.89) or among the 212 patients with squamous tumours (8.8 months vs 6.0 months; 0.84).",
    "Response rates were similar (31% vs 29%), also for those aged over 70 years (35% vs 22%).",
])
def test_an_unnamed_pair_said_of_a_subgroup_is_not_the_arms(results):
    got = {r[2] for r in arm_rows(results) if r[3] in ("drug_q", "placebo")}
    assert not got & {8.8, 6.0, 35.0, 22.0}


@pytest.mark.parametrize(("results", "expected", "unread"), [
    ("Grade 3 events were fatigue (20 [13%] vs 9 [6%]), a raised enzyme score (4 [3%] vs 16 [11%]), and "
     "diarrhoea (12 [8%] vs 3 [2%]).",
     {("TOX", "count", 20.0, "drug_q", "fatigue"), ("TOX", "count", 3.0, "placebo", "diarrhoea")}, {4.0, 16.0}),
    ("Rash (30 [20%] vs 11 [7%]) and poor sleep quality (six [4%] vs 18 [12%]) were the commonest complaints.",
     {("TOX", "count", 30.0, "drug_q", "rash"), ("TOX", "count", 11.0, "placebo", "rash")}, {6.0, 18.0}),
])
def test_a_pair_after_an_outcome_not_in_the_vocabulary_leaves_the_other_pairs_read(results, expected, unread):
    got = arm_rows(results)
    assert got >= expected and not {r[2] for r in got} & unread


@pytest.mark.parametrize(("results", "category"), [
    ("Common grade 3 events were rash (30 [20%] vs 11 [7%]) and raised ALT levels (three [2%] vs 15 [10%]).",
     "raised alt"),
    ("Grade 3 elevated aspartate aminotransferase concentrations (nine [6%] vs 4 [3%]) led to dose changes.",
     "elevated aspartate aminotransferase"),
    ("An increase in alanine aminotransferase (14 [9%] vs 3 [2%]) was the commonest grade 3 event.",
     "increase in alanine aminotransferase"),
    ("Liver enzyme elevation (eight [5%] vs two [1%]) resolved on dose interruption.", "liver enzyme elevation"),
    # events of endocrine and targeted breast treatment are adverse events
    ("Hot flashes were less frequent with drug Q than with placebo (8.7% vs 17.3%).", "hot flash"),
    ("Heart failure occurred in 5 patients (3.3%) given drug Q and 2 (1.3%) given placebo.", "heart failure"),
])
def test_a_liver_enzyme_rise_is_an_adverse_event_of_each_arm(results, category):
    assert {r[3] for r in arm_rows(results) if r[4] == category} == {"drug_q", "placebo"}


@pytest.mark.parametrize("results", [
    "In the drug Q group, grade 3 fatigue occurred in nine patients (6%).",
    "With drug Q, grade 2 rash was seen in 12 patients (8%).",
])
def test_a_count_said_of_one_group_is_that_group_s_only(results):
    got = arm_rows(results)
    assert {r[3] for r in got} == {"drug_q"} and len(got) == 2


@pytest.mark.parametrize(("results", "expected"), [
    ("The most common grade 3 toxic effects with drug Q were fatigue (nine [6%] of 150 patients) and rash (four [3%] "
     "patients).", {("TOX", "count", 9.0, "drug_q", "fatigue"), ("TOX", "count", 4.0, "drug_q", "rash")}),
    ("The most frequent side-effects among patients given placebo were nausea (20%) and headache (11%).",
     {("TOX", "rate", 20.0, "placebo", "nausea"), ("TOX", "rate", 11.0, "placebo", "headache")}),
])
def test_the_most_common_events_of_one_group_are_that_group_s(results, expected):
    got = arm_rows(results)
    assert got >= expected and {r[3] for r in got} == {r[3] for r in expected}


@pytest.mark.parametrize(("results", "first"), [
    ("Median progression-free and overall survival were 4.2 and 10.5 months with drug Q and 3.0 and 8.1 months with "
     "placebo, respectively.", "PFS"),
    ("Median time to progression and median overall survival were 4.2 months (95% CI 3.6-5.0) and 10.5 months in the "
     "drug Q group versus 3.0 months (95% CI 2.4-3.7) and 8.1 months in the placebo group.", "TTP"),
])
def test_each_group_s_block_of_values_for_endpoints_said_together(results, first):
    got = {(r[0], r[2], r[3]) for r in arm_rows(results) if r[1] == "median"}
    assert got == {(first, 4.2, "drug_q"), ("OS", 10.5, "drug_q"), (first, 3.0, "placebo"), ("OS", 8.1, "placebo")}


@pytest.mark.parametrize(("results", "expected"), [
    ("Median overall survival and 2-year survival rates were 11.4 months and 21% for drug Q and 13.9 months and 27% "
     "for placebo, respectively.",
     {("OS", "median", 11.4, "drug_q"), ("OS", "rate", 21.0, "drug_q"), ("OS", "median", 13.9, "placebo"),
      ("OS", "rate", 27.0, "placebo")}),
    ("The response rate and the median survival were 33% and 9.1 months with drug Q, and 24% and 8.0 months with "
     "placebo.",
     {("ORR", "rate", 33.0, "drug_q"), ("OS", "median", 9.1, "drug_q"), ("ORR", "rate", 24.0, "placebo"),
      ("OS", "median", 8.0, "placebo")}),
])
def test_blocks_that_mix_a_median_and_a_rate(results, expected):
    assert {r[:4] for r in arm_rows(results)} == expected


@pytest.mark.parametrize("results", [
    "The median survival time (MST) and 2-year survival rate were 11.4 months (95% CI 9.0-14.2) and 21% (95% CI "
    "14-29) and 13.9 months (95% CI 10.1-17.5) and 27% (95% CI 19-35) for drug Q and placebo, respectively.",
    "Median overall survival and the 2-year survival rate were 11.4 months and 21%, and 13.9 months and 27%, in the "
    "drug Q and placebo groups, respectively.",
])
def test_blocks_of_a_median_and_a_rate_with_the_groups_named_after_all(results):
    # one block per group, in the groups' order; a month value and a percent tell the blocks from the outcomes
    assert {r[:4] for r in arm_rows(results)} == {("OS", "median", 11.4, "drug_q"), ("OS", "rate", 21.0, "drug_q"),
                                                  ("OS", "median", 13.9, "placebo"), ("OS", "rate", 27.0, "placebo")}


@pytest.mark.parametrize(("results", "wrong"), [
    # the values by outcome, not by group: "a and b months and c% and d%"
    ("The median survival and 2-year survival rate were 11.4 and 13.9 months and 21% and 27% for drug Q and "
     "placebo, respectively.", {(13.9, "drug_q"), (27.0, "drug_q"), (11.4, "placebo"), (21.0, "placebo")}),
    # values of one unit tell neither order: no block is read
    ("The 1-year and 2-year survival rates were 51% and 21% and 57% and 27% for drug Q and placebo, respectively.",
     {(21.0, "drug_q"), (57.0, "placebo"), (21.0, "placebo"), (57.0, "drug_q")}),
])
def test_blocks_the_units_do_not_tell_are_not_read_by_group(results, wrong):
    assert not [r for r in arm_rows(results) if (r[2], r[3]) in wrong]


# "The 1-/2-year OS rates were a%/b% and c%/d% for A and B, respectively": the time points joined by slashes and each
# group's values joined by slashes as they are; the groups, joined by "and", are the blocks' in order
@pytest.mark.parametrize(("results", "expected"), [
    ("The 1-/2-year survival rates were 49%/23% and 58%/31% for drug Q and placebo, respectively.",
     {("OS", "rate", 49.0, "drug_q", 12.0), ("OS", "rate", 23.0, "drug_q", 24.0),
      ("OS", "rate", 58.0, "placebo", 12.0), ("OS", "rate", 31.0, "placebo", 24.0)}),
    ("The 3-/5-year disease-free survival rates were 66%/54%, and 59%/43% in the drug Q and placebo groups, "
     "respectively.",
     {("DFS", "rate", 66.0, "drug_q", 36.0), ("DFS", "rate", 54.0, "drug_q", 60.0),
      ("DFS", "rate", 59.0, "placebo", 36.0), ("DFS", "rate", 43.0, "placebo", 60.0)}),
])
def test_slashed_blocks_of_time_points_by_group(results, expected):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    assert {(r["endpoint"], r["measure"], r["value"], r["cohort"], r["timepoint_months"])
            for r in extraction["results"]} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("With drug Q, the response rate and median survival were 36% and 12.5 months, as compared with 21% and 9.4 "
     "months with placebo.",
     {("ORR", "rate", 36.0, "drug_q"), ("OS", "median", 12.5, "drug_q"), ("ORR", "rate", 21.0, "placebo"),
      ("OS", "median", 9.4, "placebo")}),
    ("In the drug Q group, median time to progression and overall survival were 5.3 and 13.8 months, versus 3.9 and "
     "10.2 months in the placebo group.",
     {("TTP", "median", 5.3, "drug_q"), ("OS", "median", 13.8, "drug_q"), ("TTP", "median", 3.9, "placebo"),
      ("OS", "median", 10.2, "placebo")}),
])
def test_a_first_block_whose_group_heads_the_sentence(results, expected):
    # the second block's group named after it, the first's at the sentence's head
    assert {r[:4] for r in arm_rows(results) if r[2] in {v[2] for v in expected}} == expected


@pytest.mark.parametrize("results", [
    # the second block is of no arm: it is neither arm's
    "With drug Q, median time to progression and overall survival were 5.3 and 13.8 months, versus 3.9 and 10.2 "
    "months in an earlier series.",
    # "and" does not contrast the blocks: the second block's first value is not read as the other arm's
    "With drug Q, median time to progression and overall survival were 5.3 and 13.8 months and 3.9 and 10.2 months "
    "with placebo.",
])
def test_a_first_block_under_a_heading_group_needs_the_other_arm_after_a_contrast(results):
    assert not {r for r in arm_rows(results) if r[2] == 3.9 or (r[3] == "drug_q" and r[2] == 10.2)}


@pytest.mark.parametrize("results", [
    # results of no arm
    # how many patients were assessed is no outcome
    "Toxicity was assessed in 140 (93%) of 150 patients in the drug Q group and 139 (93%) of 150 in the placebo group.",
    "Response could be evaluated in 120 patients (80%) given drug Q and in 118 (79%) given placebo.",
    # two counts and respectively whose labels are words are not the arms
    "A complete response was seen in 18 (12%) and 9 (6%), respectively, of patients with small tumours.",
    "In men and women, a complete response was seen in 18 (12%) and 9 (6%), respectively.",
    # sizes with shares of who the patients were are no results
    "Invasive ductal carcinoma (n = 52, 70%) was the most common histology.",
    "Most patients were men (n = 104, 69%) and had stage IV disease (n = 120, 80%).",
    # bare counts respectively of other labels named after are no arms
    "Grade 3 rash occurred in 20 and 4 patients, respectively, of men and women.",
])
def test_results_of_no_arm(results):
    assert not arm_rows(results)


@pytest.mark.parametrize("results", [
    "Grade 3 rash (drug Q, 12/150 [8%]; placebo, 3/150 [2%]) was mild.",
    "Grade 3 rash: drug Q 12/150 (8%) vs placebo 3/150 (2%).",
])
def test_counts_written_as_a_fraction_after_each_group(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[1] == "count"}
    assert got == {(12.0, "drug_q"), (3.0, "placebo")}


@pytest.mark.parametrize("results", [
    "Grade 3 rash occurred in 9 (6%) of 150 patients in the drug Q group versus none of 150 in the placebo group.",
    "Common events were rash (9 [6%] of 150 patients given drug Q vs none of 150 patients given placebo) and cough "
    "(4 [3%] vs 2 [1%]).",
])
def test_none_of_the_other_group_is_a_count_of_zero(results):
    assert {(r[2], r[3]) for r in arm_rows(results) if r[1] == "count" and r[4] == "rash"} == {
        (9.0, "drug_q"), (0.0, "placebo")}


@pytest.mark.parametrize("results", [
    "Grade 4 events were a low absolute neutrophil count (14 [9%] of 150 with drug Q vs 3 [2%] of 150 with placebo).",
    "A low absolute neutrophil count was seen in 14 (9%) of 150 patients given drug Q and 3 (2%) of 150 given placebo.",
])
def test_a_low_absolute_neutrophil_count_is_no_absolute_difference(results):
    assert {(r[1], r[2], r[3]) for r in arm_rows(results)} >= {("rate", 9.0, "drug_q"), ("rate", 2.0, "placebo")}


@pytest.mark.parametrize("results", [
    "Overall survival at 1, 2 and 3 years did not differ after drug Q (61%, 40% and 25%) versus placebo (58%, 37% and "
    "21%; HR 0.95, 95% CI 0.80-1.12, p=0.5).",
    "The 1-, 2- and 3-year survival rates were similar with drug Q (61%, 40% and 25%) and placebo (58%, 37% and 21%).",
])
def test_each_group_with_its_bracketed_rates_at_the_time_points_said_once(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[1] == "rate"}
    assert got == {(61.0, "drug_q"), (40.0, "drug_q"), (25.0, "drug_q"), (58.0, "placebo"), (37.0, "placebo"),
                   (21.0, "placebo")}


@pytest.mark.parametrize("results", [
    "The benefit of drug Q was seen in the stage III subgroup (2-year survival: 44% v 30%; P = .01).",
    "Response was more frequent within the older subgroup (38% vs 21%).",
])
def test_an_unnamed_pair_of_a_named_subgroup_is_not_the_arms(results):
    assert not {r for r in arm_rows(results) if r[3] in ("drug_q", "placebo", "all")}


@pytest.mark.parametrize(("results", "expected"), [
    ("The hazard ratio of death for drug Q patients compared to patients in the placebo group was 0.74 (95% CI: "
     "0.58-0.95).", ("OS", "hr", 0.74, "drug_q", None)),
    ("The hazard ratio of distant metastases for placebo patients was 2.1 (95% CI: 1.2-3.6).",
     ("DMFS", "hr", 2.1, "placebo", None)),
    ("Hazard ratio of disease progression for placebo patients was 1.62 (95% CI: 1.10-2.38).",
     ("PFS", "hr", 1.62, "placebo", None)),
])
def test_a_hazard_ratio_named_for_one_arm_s_patients(results, expected):
    assert expected in arm_rows(results)


@pytest.mark.parametrize("results", [
    "The risk of death was 30% lower with drug Q than with placebo (hazard ratio, 0.70; 95% CI, 0.55 to 0.89).",
    "Drug Q reduced the risk of death by 30% compared with placebo (hazard ratio, 0.70; 95% CI, 0.55 to 0.89).",
])
def test_a_reduction_in_the_risk_of_death_then_its_hazard_ratio(results):
    assert ("OS", "hr", 0.7, "drug_q", None) in arm_rows(results)


@pytest.mark.parametrize(("results", "expected"), [
    ("Overall survival was longer with drug Q (median survival 14.1 months) versus placebo (median survival 10.2 "
     "months) (P = 0.01).", {("OS", 14.1, "drug_q"), ("OS", 10.2, "placebo")}),
    ("Progression-free survival was longer in the drug Q group (median 6.2 months) than in the placebo group (median "
     "4.0 months).", {("PFS", 6.2, "drug_q"), ("PFS", 4.0, "placebo")}),
])
def test_a_median_said_inside_the_bracket_after_each_group(results, expected):
    assert {(r[0], r[2], r[3]) for r in arm_rows(results) if r[1] == "median"} == expected


@pytest.mark.parametrize("results", [
    "Grade 2 rash occurred in 1,020 (68%) of 1,500 patients given drug Q and 740 (49%) of 1,510 given placebo.",
    "Rash (grade 2) was reported in 1,020 of 1,500 patients (68%) given drug Q and 740 of 1,510 (49%) given placebo.",
])
def test_counts_with_thousands_separators_are_whole_counts(results):
    text = ARMS.replace("(n = 150)", "(n = 1,500)", 1).replace("(n = 150)", "(n = 1,510)").format(results=results)

    rows = extract_text(text)["results"]
    counts = {(r["value"], r.get("cohort")) for r in rows if r["measure"] == "count"}
    assert counts == {(1020.0, "drug_q"), (740.0, "placebo")}
    assert all(text[r["char_start"]:r["char_end"]] == r["quote"] for r in rows)


@pytest.mark.parametrize("results", [
    "The 1- and 3-year overall survival rates were 80% and 50% with drug Q and 71% and 38% with placebo.",
    "The 1- and 3-year overall survival rates were 80% (70-87) and 50% (40-59) in the drug Q group, 71% (61-79) and "
    "38% (29-47) in the placebo group, respectively.",
])
def test_each_group_s_block_of_rates_at_the_time_points_said_once(results):
    got = {(r[0], r[2], r[3]) for r in arm_rows(results) if r[1] == "rate"}
    assert got == {("OS", 80.0, "drug_q"), ("OS", 50.0, "drug_q"), ("OS", 71.0, "placebo"), ("OS", 38.0, "placebo")}


@pytest.mark.parametrize("results", [
    "In the drug Q group, the local control rates at 6, 12 and 24 months were 95%, 88% and 71%.",
    "For placebo, the local control rate of 6, 12, 24 months was 91%, 80%, 62%.",
])
def test_one_group_s_rates_at_the_time_points_of_its_sentence(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[0] == "LC"}
    assert len(got) == 3 and len({c for _, c in got}) == 1 and {c for _, c in got} < {"drug_q", "placebo"}


@pytest.mark.parametrize("results", [
    "In the drug Q group, the response rate was 40% and the local control rate was 80%.",
    "In the drug Q group, the response rate and the local control rate were 40% and 80%, respectively.",
])
def test_every_value_of_a_sentence_opened_by_one_group_is_that_group_s(results):
    got = {(r[0], r[2], r[3]) for r in arm_rows(results)}
    assert got == {("ORR", 40.0, "drug_q"), ("LC", 80.0, "drug_q")}


@pytest.mark.parametrize("results", [
    "Responses lasted longer with drug Q: median duration of response not reached [range, 2.0+ to 15.1+ months] "
    "vs. 7.1 months.",
    "Median relapse-free survival was 38.2 months versus not reached (p=0.02).",
])
def test_a_median_against_one_not_reached_is_not_all_patients(results):
    assert not {r for r in arm_rows(results) if r[3] == "all"}


@pytest.mark.parametrize(("results", "expected"), [
    ("Drug Q lengthened overall survival (median not reached vs 19.6 months; HR 0.64, 95% CI 0.47-0.88).",
     {("OS", "median", 19.6, "placebo"), ("OS", "hr", 0.64, "drug_q")}),
    ("Drug Q lengthened median progression-free survival (NR vs 7.4 months; HR 0.58).",
     {("PFS", "median", 7.4, "placebo"), ("PFS", "hr", 0.58, "drug_q")}),
    ("For drug Q versus placebo, median overall survival was not reached versus 23.8 months (HR 0.69).",
     {("OS", "median", 23.8, "placebo"), ("OS", "hr", 0.69, "drug_q")}),
    ("For placebo versus drug Q, median overall survival was 16.9 months (95% CI 13.2-20.5) versus not reached.",
     {("OS", "median", 16.9, "placebo")}),
    ("For drug Q versus placebo, median overall survival was not reached (95% CI 31.0-NR) versus 22.7 months.",
     {("OS", "median", 22.7, "placebo")}),
])
def test_the_value_against_a_median_not_reached_is_the_other_arm_s(results, expected):
    assert {(r[0], r[1], r[2], r[3]) for r in arm_rows(results)} == expected


@pytest.mark.parametrize("results", [
    # a median against one not reached with no group named stays unread
    "Median overall survival was not reached versus 20.8 months (HR 0.66).",
    "Median progression-free survival: NR vs 8.2 months.",
    # a median against one not reached is not the part s own
    "Drug Q improved overall survival (median not reached vs 18.1 months in the older subgroup).",
    "In women, median overall survival was not reached versus 17.4 months.",
    "Drug Q improved overall survival (median 24.6 months vs NR among smokers).",
])
def test_a_median_against_one_not_reached_is_no_groups(results):
    assert not {r for r in arm_rows(results) if r[1] == "median"}


@pytest.mark.parametrize("results", [
    "Drug Q improved overall survival (HR 0.64); among patients aged 70 years or older, median overall survival was "
    "not reached versus 19.9 months.",
    "For drug Q versus placebo, median overall survival was not reached versus 21.9 months in women.",
    "Drug Q improved overall survival (median not reached vs 18.8 months in the younger subgroup).",
])
def test_a_median_against_one_not_reached_in_a_part_of_the_patients_is_no_arm_s(results):
    assert not {r for r in arm_rows(results) if r[1] == "median" and r[3] in ("drug_q", "placebo")}


SUBGROUPS = """Survival by marker status after surgery: a cohort study

Methods: Patients were divided into a marker-positive group (n = 120) and a marker-negative group (n = 80).
Results: {results}
"""


@pytest.mark.parametrize(("results", "expected"), [
    ("The marker-positive group had longer overall survival than the marker-negative group (median not reached vs "
     "17.7 months).", {("OS", 17.7, "marker_negative")}),
    ("For the marker-positive versus the marker-negative group, median disease-free survival was 27.5 months versus "
     "NR.", {("DFS", 27.5, "marker_positive")}),
    ("The marker-positive group had a longer median progression-free survival (NR vs 10.3 months).",
     {("PFS", 10.3, "marker_negative")}),
])
def test_the_value_against_a_median_not_reached_is_the_other_subgroup_s(results, expected):
    extraction = extract_text(SUBGROUPS.format(results=results), "subgroups.txt")
    assert {(r["endpoint"], r["value"], r.get("cohort")) for r in extraction["results"]
            if r["measure"] == "median"} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("The most common grade 3 or 4 adverse events in the drug Q group were rash (30 [20%] of 150 patients) and fatigue "
     "(9 [6%]), compared with neutropenia (20 [13%] of 150 patients) and anaemia (6 [4%]) in the placebo group.",
     {("TOX", "count", 30.0, "drug_q", "rash"), ("TOX", "count", 9.0, "drug_q", "fatigue"),
      ("TOX", "count", 20.0, "placebo", "neutropenia"), ("TOX", "count", 6.0, "placebo", "anaemia")}),
    ("The most frequent grade 3 events with drug Q were rash (20%) and fatigue (9%), whereas neutropenia (13%) and "
     "anaemia (4%) were most frequent with placebo.",
     {("TOX", "rate", 20.0, "drug_q", "rash"), ("TOX", "rate", 9.0, "drug_q", "fatigue"),
      ("TOX", "rate", 13.0, "placebo", "neutropenia"), ("TOX", "rate", 4.0, "placebo", "anaemia")}),
])
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


@pytest.mark.parametrize("results", [
    "Median survival times were 9.1 and 7.4 months, and 2-year survival rates were 22% and 14%, respectively.",
    "Median survival was 9.1 months (95% CI, 8.0 to 10.3) and 7.4 months (95% CI, 6.2 to 8.1), and 2-year survival "
    "was 22% and 14%, respectively.",
])
def test_pairs_of_several_outcomes_in_a_row_with_one_respectively(results):
    assert arm_rows(results) >= {("OS", "median", 9.1, "drug_q", None), ("OS", "median", 7.4, "placebo", None),
                                 ("OS", "rate", 22.0, "drug_q", None), ("OS", "rate", 14.0, "placebo", None)}


@pytest.mark.parametrize(("results", "expected"), [
    ("The median progression-free survival was 4.4 months in both groups.",
     {("PFS", "median", 4.4, "drug_q", None), ("PFS", "median", 4.4, "placebo", None)}),
    ("Grade 3 rash occurred in both arms (11% and 3%, respectively).",
     {("TOX", "rate", 11.0, "drug_q", "rash"), ("TOX", "rate", 3.0, "placebo", "rash")}),
])
def test_a_value_of_both_groups_is_each_group_s(results, expected):
    got = arm_rows(results)
    assert got >= expected
    assert not [r for r in got if r[3].startswith(("both", "each"))]


def test_a_value_of_both_groups_with_no_groups_known_is_no_cohort_of_its_own():
    text = "A study of drug Q.\n\nResults: The median survival was 9.9 months in both arms.\n"
    rows = extract_text(text)["results"]
    assert not [r for r in rows if r["cohort"].startswith(("both", "each"))]


@pytest.mark.parametrize(("results", "expected"), [
    ("Median survival was 17.2 months (95% CI 14.0-20.1) for patients who received drug Q and 12.9 months (10.8-15.5) "
     "for those who received placebo (hazard ratio 0.71).", {(17.2, "drug_q"), (12.9, "placebo")}),
    ("The response rate was 41% among patients who were assigned to drug Q and 22% among those who were assigned to "
     "placebo.", {(41.0, "drug_q"), (22.0, "placebo")}),
])
def test_values_for_the_patients_who_received_each_treatment(results, expected):
    assert {(r[2], r[3]) for r in arm_rows(results) if r[1] in ("median", "rate")} >= expected


@pytest.mark.parametrize(("results", "expected"), [
    ("Median survival was 31.5 months (95% CI 25.1-37.9) in the drug Q group and 24.6 (20.2-29.0) months in the "
     "placebo group.", {(31.5, "drug_q"), (24.6, "placebo")}),
    ("Grade 3 rash occurred in 12 (8%) patients in each group.", {(12.0, "drug_q"), (12.0, "placebo")}),
])
def test_the_unit_after_an_interval_and_the_same_count_in_each_group(results, expected):
    assert {(r[2], r[3]) for r in arm_rows(results) if r[1] in ("median", "count")} == expected


def test_values_before_a_list_of_groups_with_respectively_are_not_the_first_group_s():
    got = arm_rows("The median time to progression was 6.1 (4.0-8.2) months vs 5.9 (4.4-7.5) months in the drug Q vs "
                   "placebo arms, respectively.")
    assert not [r for r in got if r[2] == 5.9 and r[3] == "drug_q"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an assignment without to defines the groups with their n
    ("In total, 842 patients were assigned drug Z and 419 placebo.", {("drug Z", 842), ("placebo", 419)}),
    ("Of these, 97 were randomly allocated observation and 101 adjuvant radiotherapy.",
     {("observation", 97), ("adjuvant radiotherapy", 101)}),
    # a bare count in the bracket after each arm is its n
    ("Overall, 402 patients were randomly assigned to receive either drug Z plus radiotherapy (201) or radiotherapy "
     "alone (201).", {("drug Z plus radiotherapy", 201), ("radiotherapy alone", 201)}),
    ("A total of 95 women were randomised to regimen K (48) or regimen L (47).",
     {("regimen K", 48), ("regimen L", 47)}),
])
def test_definitions_with_their_n_in_an_unnormalised_sentence(sentence, expected):
    assert {(d.label, d.n) for d in find_group_definitions(sentence)} >= expected


def test_a_year_in_the_bracket_after_an_arm_is_no_n():
    got = find_group_definitions("Patients were randomised to protocol K (2009) or protocol L (2011).")
    assert not [d for d in got if d.n in (2009, 2011)]


@pytest.mark.parametrize("results", [
    "Dose reductions were more common with drug Q (30 [20%]) than with placebo (12 [8%]), and more patients receiving "
    "drug Q (21 [14%]) than placebo (nine [6%]) discontinued treatment because of adverse events.",
    "Rash was reported more often with drug Q (44 [29%]) than with placebo (10 [7%]); more patients given drug Q "
    "(21 [14%]) than placebo (nine [6%]) stopped treatment early.",
])
def test_a_pair_takes_the_outcome_named_straight_after_its_bracket(results):
    got = {(r[0], r[2]) for r in arm_rows(results) if r[1] == "count"}
    assert {("DISCONTINUATION", 21.0), ("DISCONTINUATION", 9.0)} <= got
    assert not {("DOSE_REDUCTION", 21.0), ("TOX", 21.0)} & got


@pytest.mark.parametrize(("results", "expected"), [
    # two groups named together then their values
    # two groups joined by "and", then a bracketed pair per outcome
    ("Common events with drug Q and placebo were nausea (20.0% and 10.0%) and fatigue (15.3% and 8.7%).",
     {("TOX", "rate", 20.0, "drug_q", "nausea"), ("TOX", "rate", 10.0, "placebo", "nausea"),
      ("TOX", "rate", 15.3, "drug_q", "fatigue"), ("TOX", "rate", 8.7, "placebo", "fatigue")}),
    ("Rates in the drug Q and placebo groups were alike for rash (11% and 9%).",
     {("TOX", "rate", 11.0, "drug_q", "rash"), ("TOX", "rate", 9.0, "placebo", "rash")}),
    # the groups at the head of the sentence, the values after with "respectively"
    ("In the drug Q and placebo groups, grade 3 neutropenia occurred in 30 (20%) and 12 (8%) patients, respectively.",
     {("TOX", "count", 30.0, "drug_q", "neutropenia"), ("TOX", "count", 12.0, "placebo", "neutropenia")}),
    ("Among drug Q and placebo recipients, febrile neutropenia was seen in 9 (6%) and 3 (2%), respectively.",
     {("TOX", "count", 9.0, "drug_q", "febrile neutropenia"), ("TOX", "count", 3.0, "placebo", "febrile neutropenia")}),
    # one group s values listed in a bracket after it
    ("The 1-, 2- and 3-year survival rates in the drug Q group (60.1%, 40.2% and 30.3%, respectively) were better "
     "than those in the placebo group (50.4%, 30.5% and 20.6%, respectively).",
     {("OS", "rate", 60.1, "drug_q", None), ("OS", "rate", 30.3, "drug_q", None),
      ("OS", "rate", 50.4, "placebo", None), ("OS", "rate", 20.6, "placebo", None)}),
    ("The median PFS and OS in the drug Q arm (7.7 and 19.5 months, respectively) were longer than in the placebo arm "
     "(5.1 and 14.2 months, respectively).",
     {("PFS", "median", 7.7, "drug_q", None), ("OS", "median", 19.5, "drug_q", None),
      ("PFS", "median", 5.1, "placebo", None), ("OS", "median", 14.2, "placebo", None)}),
    # a pair with respectively is of the groups compared just before
    ("Median survival was 11.4 months with drug Q and 8.3 months with placebo (hazard ratio 0.70; P=0.01); 2-year "
     "survival was 27.5% (95% CI 20.1-35.0) and 15.2% (9.8-21.7), respectively.",
     {("OS", "rate", 27.5, "drug_q", None), ("OS", "rate", 15.2, "placebo", None)}),
    ("Median progression-free survival was 6.6 months in the drug Q group and 4.0 months in the placebo group. "
     "Response rates were 38% and 21%, respectively (P=0.002).",
     {("ORR", "rate", 38.0, "drug_q", None), ("ORR", "rate", 21.0, "placebo", None)}),
    # each outcome with its own bracketed pair of counts
    ("Grade 3 or worse fatigue (20 [13%] vs 9 [6%]) and diarrhoea (12 [8%] vs 3 [2%]) were more common in the "
     "drug Q group.",
     {("TOX", "count", 20.0, "drug_q", "fatigue"), ("TOX", "count", 9.0, "placebo", "fatigue"),
      ("TOX", "count", 12.0, "drug_q", "diarrhoea"), ("TOX", "count", 3.0, "placebo", "diarrhoea")}),
    ("Febrile neutropenia (14 [9%] vs two [1%]) and rash (30 [20%] vs 11 [7%]) were reported more often.",
     {("TOX", "count", 14.0, "drug_q", "febrile neutropenia"), ("TOX", "count", 2.0, "placebo", "febrile neutropenia"),
      ("TOX", "rate", 20.0, "drug_q", "rash"), ("TOX", "rate", 7.0, "placebo", "rash")}),
    # two counts and respectively with no group named are the arms
    ("Pathological complete response was observed in 18 (12.0%) and 9 patients (6.0%), respectively.",
     {("pCR", "count", 18.0, "drug_q", None), ("pCR", "rate", 6.0, "placebo", None)}),
    ("Local recurrence was detected in 12 (8%) and 19 (13%) patients, respectively.",
     {("FAIL_LOCAL", "count", 12.0, "drug_q", None), ("FAIL_LOCAL", "count", 19.0, "placebo", None)}),
    ("Distant relapse was confirmed in 21 (14%) and 30 patients (20%), respectively.",
     {("FAIL_DISTANT", "count", 21.0, "drug_q", None), ("FAIL_DISTANT", "count", 30.0, "placebo", None)}),
    # bare counts of one outcome, respectively
    ("Disease recurrence was confirmed in 41 and 52 patients, respectively.",
     {("FAIL_ANY", "count", 41.0, "drug_q", None), ("FAIL_ANY", "count", 52.0, "placebo", None)}),
    ("Median survival was 9 months with drug Q and 7 months with placebo. Grade 3 rash occurred in 20 and 4 "
     "patients, respectively.",
     {("TOX", "count", 20.0, "drug_q", "rash"), ("TOX", "count", 4.0, "placebo", "rash")}),
    ("Median survival was 9 months with drug Q and 7 months with placebo. Grade 3 rash occurred in 20 (13%) and "
     "4 (3%) patients, respectively.",
     {("TOX", "count", 20.0, "drug_q", "rash"), ("TOX", "count", 4.0, "placebo", "rash")}),
    # a group then its count then the outcome against the other group
    # (deaths put down to the treatment are grade 5 toxicity, as cues.yaml's treatment_death says)
    ("In the drug Q group, 12 (8%) deaths were treatment related versus three (2%) in the placebo group.",
     {("TOX", "count", 12.0, "drug_q", None), ("TOX", "count", 3.0, "placebo", None)}),
    ("With drug Q, 12 (8%) patients had grade 3 rash compared with three (2%) with placebo.",
     {("TOX", "count", 12.0, "drug_q", "rash"), ("TOX", "count", 3.0, "placebo", "rash")}),
    # dose interruptions are an outcome of their own
    ("Dose interruptions were needed more often with drug Q (52 [35%]) than with placebo (15 [10%]).",
     {("DOSE_INTERRUPTION", "count", 52.0, "drug_q", None), ("DOSE_INTERRUPTION", "count", 15.0, "placebo", None)}),
    ("Dosing interruptions occurred in 35% of patients in the drug Q group and 10% of those in the placebo group.",
     {("DOSE_INTERRUPTION", "rate", 35.0, "drug_q", None), ("DOSE_INTERRUPTION", "rate", 10.0, "placebo", None)}),
])
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


@pytest.mark.parametrize("results, expected", [
    ("Drug Q lengthened progression-free survival (HR 0.70; 95% CI 0.52-0.94), with corresponding response "
     "rates of 44% and 27%.",
     {("ORR", "rate", 44.0, "drug_q", None), ("ORR", "rate", 27.0, "placebo", None)}),
    ("Median overall survival was 13.1 months with drug Q and 10.2 months with placebo, and the corresponding "
     "1-year survival rates were 55% and 41%.",
     {("OS", "rate", 55.0, "drug_q", None), ("OS", "rate", 41.0, "placebo", None)}),
])
def test_a_corresponding_pair_is_of_the_groups_compared_and_of_the_endpoint_after_it(results, expected):
    got = _pair_of_the_arms(results, expected)
    # the endpoint named before "corresponding" takes none of the pair's values
    kinds = {(e[0], e[1]) for e in expected}
    assert not [r for r in got if r[2] in {e[2] for e in expected} and (r[0], r[1]) not in kinds]


@pytest.mark.parametrize("results, expected", [
    ("Median overall survival was 13.1 months with drug Q and 10.2 months with placebo, with 1-year survival "
     "rates of 55% and 41%, respectively.",
     {("OS", "rate", 55.0, "drug_q", None), ("OS", "rate", 41.0, "placebo", None)}),
    ("Median progression-free survival was 6.3 months in the drug Q group and 4.4 months in the placebo group, "
     "and response rates were 38% and 17%, respectively.",
     {("ORR", "rate", 38.0, "drug_q", None), ("ORR", "rate", 17.0, "placebo", None)}),
    # the unit written once, the values "at" the endpoint
    ("Median overall survival was 13.1 months with drug Q and 10.2 months with placebo, with 2-year survival at 31 "
     "and 19%, respectively.",
     {("OS", "rate", 31.0, "drug_q", None), ("OS", "rate", 19.0, "placebo", None)}),
])
def test_a_respectively_pair_after_a_clause_that_compared_the_groups(results, expected):
    _pair_of_the_arms(results, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("Disease control was achieved more often with drug R (64%; 95% CI, 55 to 72) than with drug S (45%; "
     "95% CI, 36 to 54).",
     {("DCR", 64.0, "drug R", 55.0), ("DCR", 45.0, "drug S", 36.0)}),
    ("The share of patients with grade 3 or higher adverse events was lower with drug R (19%) than with drug S "
     "(37%).",
     {("TOX", 19.0, "drug R", None), ("TOX", 37.0, "drug S", None)}),
])
def test_each_group_s_value_in_a_bracket_after_its_name_joined_by_than(sentence, expected):
    text = "A trial of two drugs\n\nPatients were randomly assigned to one of two drugs. " + sentence
    out = extract_text(text)
    labels = _by_key(out)
    got = {(r["endpoint"], r["value"], labels[r["cohort"]], r["ci_low"]) for r in out["results"]}
    assert got == expected


@pytest.mark.parametrize("results, endpoint, cohort", [
    ("The relative hazard of death for drug Q-treated patients was 0.74 (95% CI = 0.58-0.94).", "OS", "drug_q"),
    ("The relative hazard for progression with drug Q was 0.66 (95% CI, 0.51 to 0.85).", "PFS", None),
])
def test_a_relative_hazard_is_a_hazard_ratio(results, endpoint, cohort):
    got = [r for r in arm_rows(results) if r[1] == "hr"]
    assert [r[0] for r in got] == [endpoint]
    if cohort:
        assert got[0][3] == cohort


@pytest.mark.parametrize("results", [
    "Fatigue (12% vs 8%) occurred more often with drug Q.",
    "Objective responses (31% vs. 9%) were observed in the drug Q group more often.",
])
def test_a_pair_before_the_events_verb_is_not_the_group_named_after(results):
    got = arm_rows(results)
    assert not [r for r in got if r[2] in (8.0, 9.0) and r[3] == "drug_q"]


def test_distant_metastases_named_as_a_site_are_no_failure():
    got = arm_rows("Of the patients with distant metastases at entry, 40 (27%) received drug Q.")
    assert not [r for r in got if r[0] == "FAIL_DISTANT"]


@pytest.mark.parametrize("sentence, total", [
    ("In all, 300 deaths occurred: 131 of 1994 patients in group 1 and 169 of 2008 in group 2.", 2008),
    ("Relapse was recorded in 88 of 1950 in group 1 and in 97 of 2003 in group 2.", 2003),
])
def test_a_count_out_of_a_total_that_looks_like_a_year(sentence, total):
    text = "A trial of two schedules\n\nPatients were randomly assigned to group 1 or group 2. " + sentence
    out = extract_text(text)
    sizes = {c["label"]: c["n"] for c in out["cohorts"]}
    assert sizes.get("group 2") == total
    assert rows_where(out, cohort="group_2", measure="count")


@pytest.mark.parametrize("results, expected, none_for_all", [
    # a count before its events and their verb is the group's named after
    pytest.param(
        "11 (7%) fatal adverse events occurred in the drug Q group and three (2%) in the placebo group.",
        {("TOX", "count", 11.0, "drug_q", None), ("TOX", "count", 3.0, "placebo", None)},
        True, id="count_then_events_verb_1"),
    pytest.param(
        "Twenty-two (15%) serious adverse events were reported in the drug Q group and 14 (9%) in the placebo group.",
        {("SAE", "count", 22.0, "drug_q", None), ("SAE", "count", 14.0, "placebo", None)},
        True, id="count_then_events_verb_2"),
    # a count of patients 'in each group' before the event is each group's
    pytest.param(
        "Six (4%) patients in each group stopped treatment because of adverse events.",
        {("DISCONTINUATION", "count", 6.0, "drug_q", "adverse events"),
         ("DISCONTINUATION", "count", 6.0, "placebo", "adverse events")},
        True, id="in_each_group_before_the_event_1"),
    pytest.param(
        "Two patients (1%) in both arms had grade 4 thrombocytopenia.",
        {("TOX", "count", 2.0, "drug_q", "thrombocytopenia"), ("TOX", "count", 2.0, "placebo", "thrombocytopenia")},
        True, id="in_each_group_before_the_event_2"),
    # '..., had died: A in 45 (30%) and B in 56 (37%)'
    pytest.param(
        "By the cut-off, 101 patients (34%) had died: drug Q in 45 (30%) and placebo in 56 (37%).",
        {("DEATH", "count", 45.0, "drug_q", None), ("DEATH", "count", 56.0, "placebo", None)},
        False, id="group_then_in_and_count_1"),
    pytest.param(
        "Grade 3 fatigue was recorded for 30 patients: drug Q in 19 (13%) and placebo in 11 (7%).",
        {("TOX", "count", 19.0, "drug_q", "fatigue"), ("TOX", "count", 11.0, "placebo", "fatigue")},
        False, id="group_then_in_and_count_2"),
    # 'X was completed in/by' is treatment completion
    pytest.param(
        "Radiotherapy was completed in 93% and 88% of patients, respectively.",
        {("TREATMENT_COMPLETION", "rate", 93.0, "drug_q", None),
         ("TREATMENT_COMPLETION", "rate", 88.0, "placebo", None)},
        False, id="treatment_was_completed_1"),
    pytest.param(
        "Chemotherapy was completed by 61% of patients in the drug Q group and by 70% in the placebo group.",
        {("TREATMENT_COMPLETION", "rate", 61.0, "drug_q", None),
         ("TREATMENT_COMPLETION", "rate", 70.0, "placebo", None)},
        False, id="treatment_was_completed_2"),
    # distant metastases with the verb of their occurring are distant failure
    pytest.param(
        "Distant metastases developed in 19 (13%) patients given drug Q and in 31 (21%) given placebo.",
        {("FAIL_DISTANT", "count", 19.0, "drug_q", None), ("FAIL_DISTANT", "count", 31.0, "placebo", None)},
        False, id="distant_metastases_developed_1"),
    pytest.param(
        "Twelve patients (8%) in the drug Q group developed distant metastases.",
        {("FAIL_DISTANT", "count", 12.0, "drug_q", None)},
        False, id="distant_metastases_developed_2"),
    # the most common graded event, a bracketed pair and 'respectively': the arms compared before
    pytest.param(
        "Median survival was 14.2 months with drug Q and 11.0 months with placebo; the most frequent adverse event "
        "of grade 3 or 4 was anaemia (5.1% and 2.2%, respectively).",
        {("TOX", "rate", 5.1, "drug_q", "anaemia"), ("TOX", "rate", 2.2, "placebo", "anaemia")},
        True, id="most_common_graded_event_pair_1"),
    pytest.param(
        "Response rates were 40% with drug Q and 22% with placebo. The commonest event of grade 3 or higher was "
        "fatigue (9% and 4%, respectively).",
        {("TOX", "rate", 9.0, "drug_q", "fatigue"), ("TOX", "rate", 4.0, "placebo", "fatigue")},
        True, id="most_common_graded_event_pair_2"),
])
def test_each_group_s_rows_of_a_sentence(results, expected, none_for_all):
    got = arm_rows(results)
    assert got >= expected
    if none_for_all:
        assert not [r for r in got if r[3] == "all"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 2-year survival rate was 81% in 57 patients with stage I disease and 64% in 40 patients with stage II "
     "disease.", {(81.0, 57), (64.0, 40)}),
    ("Five-year local control was 92% among 33 patients with small tumours, against 70% among 29 patients with "
     "bulky tumours.", {(92.0, 33), (70.0, 29)}),
])
def test_two_subgroups_compared_keep_the_sizes_said_with_them(sentence, expected):
    extraction = extract_text(ARMS.format(results=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert {(r["value"], sizes[r["cohort"]]) for r in extraction["results"]} == expected


SIZED_ARMS = """Trial of drug Q in gastric cancer

Abstract
Methods: 118 patients were randomly assigned to drug Q (n = 60) or placebo (n = 58).
Results: {results}
"""


@pytest.mark.parametrize(("sentence", "expected"), [
    # two counts of one outcome said versus each other
    # each count goes to the arm of its total, in whichever order they come
    ("Wound infection occurred in 7 of 60 patients vs 2 of 58 patients (P = .09).",
     {("count", 7.0, "drug_q"), ("count", 2.0, "placebo")}),
    ("Relapse was observed in 21 of 58 versus 9 of 60 patients.",
     {("count", 21.0, "placebo"), ("count", 9.0, "drug_q")}),
    ("Grade 3 rash was seen in 11/60 vs 1/58 patients.", {("count", 11.0, "drug_q"), ("count", 1.0, "placebo")}),
    # with shares and no totals: the two arms in the order the paper gave them
    ("Grade 3 fatigue was reported in 14 (23%) vs 6 (10%) patients.",
     {("count", 14.0, "drug_q"), ("rate", 23.0, "drug_q"), ("count", 6.0, "placebo"), ("rate", 10.0, "placebo")}),
    # "Relapse: 21/58 vs 9/60.": an outcome, a colon and its pair of counts, as "Relapse occurred in 21 of 58 versus 9
    # of 60 patients" is read (each of the arm of its size, else of the arms in the paper's order)
    ("Relapse: 21/58 vs 9/60.", {("count", 21.0, "placebo"), ("count", 9.0, "drug_q")}),
    ("Grade 3 fatigue: 14 of 57 versus 6 of 55 patients (P = .07).",
     {("count", 14.0, "drug_q_n57"), ("count", 6.0, "placebo_n55")}),
])
def test_two_counts_of_one_outcome_compared(sentence, expected):
    extraction = extract_text(SIZED_ARMS.format(results=sentence), "trial.txt")
    assert {(r["measure"], r["value"], r["cohort"]) for r in extraction["results"]} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a label no outcome names, with its colon, heads the groups' values: they are not the outcome's said before
    ("Relapse was rare (8%), and the type of surgery did not differ (mastectomy: drug Q: 56%, placebo: 60%).", set()),
    ("Response was seen in 40% of patients, and the operations did not differ (hysterectomy: drug Q: 30%, placebo: "
     "35%).", set()),
    # an outcome whose values follow in a bracket stays theirs
    ("The response rate (drug Q: 56%, placebo: 40%) was higher with drug Q.",
     {("rate", 56.0, "drug_q"), ("rate", 40.0, "placebo")}),
])
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


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Drug Q patients experienced grade 3 diarrhoea (12.5%) and grade 3 or 4 fatigue (7.5%).",
     {("TOX", "rate", 12.5, "drug_q", "diarrhoea"), ("TOX", "rate", 7.5, "drug_q", "fatigue")}),
    ("Patients given placebo had grade 3 nausea (3.3%), grade 3 rash (2.0%) and grade 4 neutropenia (0.7%).",
     {("TOX", "rate", 3.3, "placebo", "nausea"), ("TOX", "rate", 2.0, "placebo", "rash"),
      ("TOX", "rate", 0.7, "placebo", "neutropenia")}),
    # slashed blocks with groups joined by a slash are not read
    # "a%/c% and b%/d% in Q/placebo": the slashes may pair the groups, not the time points; no block is read
    ("The 1-/2-year survival rates were 49%/58% and 23%/31% for drug Q/placebo, respectively.", set()),
])
def test_a_group_as_the_subject_of_what_its_patients_had(sentence, expected):
    assert arm_rows(sentence) == expected


def test_a_group_subject_compared_with_another_is_no_scope():
    got = arm_rows("Patients given drug Q had grade 3 rash more often than those in the other trial (9.5% vs 2.5%).")
    assert not {r for r in got if r[2] == 2.5 and r[3] == "drug_q"}


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Survival with single-site disease was better than that of multisite disease (51 vs 28%; P = .01).",
     {"single-site disease", "multisite disease"}),
    ("Survival of patients with small tumours and patients with large tumours did not differ (median, 14.1 vs "
     "13.2 months).", {"patients with small tumours", "patients with large tumours"}),
    ("The response rate was higher in patients with squamous histology than in those with adenocarcinoma "
     "(41% vs 22%).", {"patients with squamous histology", "patients with adenocarcinoma"}),
])
def test_subgroups_compared_are_named_as_the_sentence_names_them(sentence, labels):
    extraction = extract_text(sentence, "subgroups.txt")
    used = {r["cohort"] for r in extraction["results"]}
    assert {c["label"] for c in extraction["cohorts"] if c["key"] in used} == labels


@pytest.mark.parametrize(("sentence", "total"), [
    ("Wound infection occurred in 23 (7.7%) patients: 15 (10.0%) in the drug Q group and 8 (5.3%) in the placebo "
     "group.", 23.0),
    ("Grade 3 rash was reported in 17 (5.7%) patients, including 11 (7.3%) given drug Q and 6 (4.0%) given placebo.",
     17.0),
])
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


@pytest.mark.parametrize("sentence", [
    "One death (0.7%) occurred with drug Q and four (2.7%) with placebo, three due to sepsis.",
    "Treatment-related deaths: one with drug Q and four in the placebo group, two of them because of bleeding.",
])
def test_a_count_of_causes_within_a_group_s_count_is_not_the_group_s_count(sentence):
    got = arm_rows(sentence)
    assert not [r for r in got if r[3] == "placebo" and r[2] in (3.0, 2.0)]


# -- randomisation sentences whose items carry doses, asides and short names --------------------------------------

def test_a_short_name_in_an_items_aside_names_that_group():
    index = index_of("A trial\n\nThey were allocated at random to receive either drug K (KK) for 2 weeks (120 "
                     "patients) or drug L (LL) for 4 weeks (118 patients). Nausea was rare in the KK group.")
    assert {g.label: sorted(g.aliases) for g in index.groups}["drug K"] == ["KK", "drug K"]


@pytest.mark.parametrize("sentence", [
    # the second dose has no drug's name of its own: its item runs into the next, and no arm is read at all
    "In all, 90 patients were randomly assigned to drug K 5 (n = 30) or 10 mg/kg (n = 31) plus drug L (AUC 5) "
    "every 3 weeks or drug L alone (n = 29).",
    "Patients were randomised to drug K at 2 (n = 40) or 4 mg/kg (n = 41) with drug L, or drug L alone (n = 39).",
])
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


@pytest.mark.parametrize("text", [
    "A trial of zelumab, tarnozole and both.\n\nNausea occurred in the zelumab 50 mg group and in the zelumab 50 mg "
    "plus tarnozole group. Rash was seen in the tarnozole group. Fatigue was rare in the tarnozole group, the zelumab "
    "50 mg group and the zelumab 50 mg plus tarnozole group.",
    "A trial of zelumab, tarnozole and both.\n\nThe zelumab group and the zelumab plus tarnozole group had nausea. "
    "The tarnozole group and the zelumab group had rash. Fatigue was rare in the zelumab plus tarnozole group and the "
    "tarnozole group.",
])
def test_a_group_named_by_one_part_of_a_combination_group_stays_its_own(text):
    labels = set(groups_of(text))
    assert "tarnozole" in labels and any(label.endswith("plus tarnozole") for label in labels)


@pytest.mark.parametrize("results", [
    # the unit written once after two values with their intervals in brackets, square or round
    "Median PFS was longer in the drug Q group than in the placebo group (11.2 [95% CI 9.1-13.0] vs 5.3 [4.4-6.1] "
    "months; HR 0.40, 95% CI 0.30-0.55).",
    "Median PFS was longer with drug Q than with placebo (11.2 (95% CI 9.1-13.0) versus 5.3 (4.4-6.1) months).",
])
def test_two_medians_with_their_intervals_share_the_unit_written_after_the_second(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[:2] == ("PFS", "median")}
    assert got == {(11.2, "drug_q"), (5.3, "placebo")}


@pytest.mark.parametrize(("sentence", "negated"), [
    ("There was no difference in ORR between patients who were treated with drug Q and those who were not "
     "(24% [95% CI 17-32%] versus 26% [95% CI 18-33%]).", "patients not treated with drug Q"),
    ("Median OS did not differ between patients given drug Q and those who were not (14.1 vs 12.9 months).",
     "patients not given drug Q"),
])
def test_those_who_were_not_is_the_negation_of_the_group_before(sentence, negated):
    text = f"A review of 200 patients with melanoma\n\nWe reviewed 200 patients. {sentence}"
    labels = {c["label"] for c in extract_text(text)["cohorts"]}
    assert negated in labels and not labels & {"who", "not", "patients who"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # groups of a sentence after a title
    # randomisation items with doses asides and short names
    # how the assignment is said: "underwent randomisation to", "allocated at random to"
    ("In all, 240 patients underwent randomization to drug K plus drug L (121 patients) or observation (119).",
     {"drug K plus drug L": 121, "observation": 119}),
    ("Women were allocated at random to drug K (n = 88) or drug L (n = 90).", {"drug K": 88, "drug L": 90}),
    # a dose before a drug's name, or before the "plus" of the next drug, is no part of the name
    ("In total, 300 patients were randomly assigned to observation (n=152) or to 20 mg/m(2) drug K plus 50 mg/m(2) "
     "drug L (n=148).", {"observation": 152, "drug K plus drug L": 148}),
    ("Adults were randomised to drug M 40 mg plus drug N (n = 75) or drug N alone (n = 77).",
     {"drug M plus drug N": 75, "drug N alone": 77}),
    # an aside in brackets inside an item: the name runs over it, and a short name in one is the item's other name
    ("In total, 70 patients were randomly assigned between 1990 and 1995 to receive either four cycles of "
     "chemotherapy (drug K and drug L) and surgery (36 patients) or surgery alone (34 patients).",
     {"chemotherapy and surgery": 36, "surgery alone": 34}),
    ("They were allocated at random to receive either drug K (KK) for 2 weeks (120 patients) or drug L (LL) for "
     "4 weeks (118 patients).", {"drug K": 120, "drug L": 118}),
    # a list of drugs, cut at its commas, is named by the group name its bracket gives
    ("Between 1990 and 1995, 900 patients were randomly assigned to receive drug K (5 mg/m2 on day 1), drug L "
     "(3 mg/m2 on days 1 and 8), and drug M (80 mg/m2 on day 1) every 3 weeks (KLM group; n = 452) or no "
     "treatment (control group; n = 448).", {"KLM": 452, "no treatment": 448}),
    # "A followed by B" and "A alone": the arm is named by what follows
    ("In this trial, 600 patients were randomly assigned to surgery alone (200 patients), three cycles of "
     "preoperative drug K followed by surgery (201 patients), or surgery followed by three cycles of adjuvant drug K "
     "(199 patients).", {"surgery alone": 200, "preoperative drug K": 201, "adjuvant drug K": 199}),
    ("Patients were randomly assigned to radiotherapy alone (n = 50) or radiotherapy followed by drug K (n = 52).",
     {"radiotherapy alone": 50, "drug K": 52}),
    # the sizes said first, the arms after with "respectively"
    ("In all, 120 and 118 patients were randomly assigned to drug K (100 mg daily) and drug L (50 mg/m(2) every 2 "
     "weeks), respectively.", {"drug K": 120, "drug L": 118}),
    ("From 2001 to 2004, 64 and 66 participants were randomised to the drug K arm and the observation arm, "
     "respectively.", {"drug K": 64, "observation": 66}),
    # each size with the group it counts
    ("After 64 patients were recruited (n=33 in the drug K alone group, n=31 in the drug K plus radiotherapy "
     "group), the trial stopped.", {"drug K alone": 33, "drug K plus radiotherapy": 31}),
    ("The analysis held every patient (n = 90 in the observation arm and n = 88 in the drug K arm).",
     {"observation": 90, "drug K": 88}),
    # groups given with their n in one sentence
    # the treatments the patients were given, each with its n
    ("Patients received drug K 75 mg/m(2) on day 1 and drug L 1,250 mg/m(2) on days 1 and 8 (n = 410) or drug K "
     "75 mg/m(2) and drug M 500 mg/m(2) on day 1 (n = 402) every 3 weeks.",
     {"drug K and drug L": 410, "drug K and drug M": 402}),
    ("METHODS Ninety patients with stage I disease underwent wedge resection (n = 47) or stereotactic radiotherapy "
     "(n = 43) from 2001 through 2006.", {"wedge resection": 47, "stereotactic radiotherapy": 43}),
    # a short aside in who the patients are ("stage II (T2 N0) disease") does not end the sentence's subject
    ("A total of 130 patients with stage II (T2 N0) melanoma were treated with either wide excision (n=72) or "
     "excision plus drug K (n=58) between 1999 and 2007.", {"wide excision": 72, "excision plus drug K": 58}),
    ("Ninety-one men with localized (Gleason 6-7) prostate cancer underwent implant therapy (n = 40) or "
     "external radiotherapy (n = 51).", {"implant therapy": 40, "external radiotherapy": 51}),
    # how the assignment was made, with commas in it
    ("Adults were randomised in a double-blind, double-dummy fashion to drug K 60 mg (n = 401) or drug L 2 mg "
     "(dose adjusted for renal function; n = 399).", {"drug K": 401, "drug L": 399}),
    ("Women were randomised with a minimised, computer-generated list to a twice-daily capsule of 0.5 mg drug K "
     "plus 1.5 mg drug L (n = 3001) or matching placebo (n = 2998).",
     {"drug K plus drug L": 3001, "placebo": 2998}),
    # radiotherapy schedules keep their sizes
    # a schedule that names an arm keeps the size said after it, as a drug's name does
    ("Women were randomly assigned to 42 Gy in 16 fractions (n = 233) or 50 Gy in 25 fractions (n = 231).",
     {"42 Gy in 16 fractions": 233, "50 Gy in 25 fractions": 231}),
    ("Men were randomised to receive either 70 Gy in 35 fractions (188 patients) or 60 Gy in 20 fractions "
     "(190 patients).", {"70 Gy in 35 fractions": 188, "60 Gy in 20 fractions": 190}),
    ("Patients were randomly allocated to 8 Gy in a single fraction (n = 96) or 20 Gy in 5 fractions (n = 97).",
     {"8 Gy in a single fraction": 96, "20 Gy in 5 fractions": 97}),
    # an arm the paper gives a short name keeps its size
    # words after the short name that make no name of their own: the short name names the arm
    ("Patients were randomly assigned to 20 Gy in five fractions (F5) on consecutive days (201 patients) or 30 Gy "
     "in ten fractions (F10) on weekdays (199 patients).", {"F5": 201, "F10": 199}),
    ("Patients were randomised to 12 Gy in two fractions (TF) a week apart (n = 88) or 27 Gy in six fractions (SF) "
     "on alternate days (n = 90).", {"TF": 88, "SF": 90}),
    ("Patients were randomised to receive radiotherapy with either 12 Gy in two fractions (TF) a week apart "
     "(n = 88) or 27 Gy in six fractions (SF) on alternate days (n = 90).", {"TF": 88, "SF": 90}),
    # the name the bracket of the size gives the regimen, when the words before it make none, or one cut at a dose
    ("Patients were allocated at random to regimens of either 20 Gy given in two fractions of 10 Gy 1 week apart "
     "(TF regimen, 120 patients), or a single fraction of 12 Gy (SF regimen, 119 patients).", {"TF": 120, "SF": 119}),
    # arms of one drug at two doses are two groups
    ("We enrolled 640 patients: 210 allocated to drug K 5 mg/kg, 215 allocated to drug K 15 mg/kg, and 215 allocated "
     "to drug L.", {"drug K 5 mg/kg": 210, "drug K 15 mg/kg": 215, "drug L": 215}),
    ("Patients were randomly assigned to drug K 100 mg daily (n=100), drug K 200 mg daily (n=101), or placebo (n=99).",
     {"drug K 100 mg": 100, "drug K 200 mg": 101, "placebo": 99}),
    ("Of 330 patients, 110 were randomly assigned to 40 mg drug K, 112 to 80 mg drug K and 108 to placebo.",
     {"drug K 40 mg": 110, "drug K 80 mg": 112, "placebo": 108}),
    # the group's label with its n after a semicolon in the bracket, then a subset's sizes said the same way later
    ("A total of 90 patients were allocated alternately to the two study groups: drug K before surgery (drug K "
     "group; n=45) and surgery alone (control group; n=45). Survival was longer in the drug K group. Because of the "
     "small number with metastatic disease (drug K group: n=11; control group: n=8), no further analysis was done.",
     {"drug K": 45, "control": 45}),
    # "between the A group (n = ..) and the B group (n = ..)": neither "between" nor "and" is part of a name
    ("Of these, 400 were randomly assigned between the drug K group (n = 201) and the placebo group (n = 199). "
     "Survival was longer in the drug K group than in the placebo group.", {"drug K": 201, "placebo": 199}),
    # (a letter before the semicolon is the other name of the treatment the bracket follows)
    ("Patients were randomly assigned to drug K alone (arm A; n = 81) or to KLM (arm B; n = 100). PFS was similar "
     "(5.0 v 6.6 months).", {"drug K alone": 81, "KLM": 100}),
])
def test_groups_of_a_sentence_after_a_title(sentence, expected):
    assert groups_of("A trial\n\n" + sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Only 3% of patients received a kinase inhibitor (n = 4) or chemotherapy (n = 9) after disease progression.",
    "At relapse, patients received salvage surgery (n = 12) or further chemotherapy (n = 20).",
])
def test_treatment_after_progression_names_no_compared_group(sentence):
    assert groups_of("A trial\n\n" + sentence) == {}


def test_sizes_of_a_subset_are_not_the_groups_sizes():
    text = ("A trial\n\nPatients were randomly assigned to drug K or placebo. Among patients with a mutation, median "
            "survival was 20 months for drug K (n = 40) and 12 months for placebo (n = 38).")
    assert groups_of(text) == {"drug K": None, "placebo": None}


@pytest.mark.parametrize("text", [
    # a group named once with its n and otherwise by another name: the one name no other arm holds is the last arm's
    "A trial\n\nWomen were randomly assigned to drug K plus drug L (n = 500) or placebo (n = 498). With the combined "
    "hormone therapy group, deaths were commoner; the placebo group had fewer. Fractures were rarer for the combined "
    "hormone therapy group, not for the placebo group.",
    "A trial\n\nPatients were randomly assigned to drug K plus drug L (n = 500) or observation (n = 498). Relapse was "
    "rarer in the experimental therapy group than in the observation group. Rash was seen in the experimental therapy "
    "group, never in the observation group.",
])
def test_the_one_unplaced_treatment_name_is_the_one_arm_no_name_found(text):
    index = index_of(text)
    combination = next(g for g in index.groups if g.label == "drug K plus drug L")
    assert any(a.endswith("therapy") for a in combination.aliases)


@pytest.mark.parametrize(("sentence", "alone", "combined"), [
    ("Rash was seen in the drug K group.", True, False),
    ("Rash was seen in patients given drug K and drug L.", False, True),
])
def test_a_name_without_alone_is_that_arm_but_not_the_start_of_a_combination(sentence, alone, combined):
    index = index_of("A trial\n\nPatients were randomly assigned to drug K alone (n = 60) or drug K plus drug L "
                     "(n = 61). " + sentence)
    keys = {m.key for m in index.mentions(sentence)}
    labels = {index.get(k).label for k in keys}
    assert ("drug K alone" in labels) is alone and ("drug K plus drug L" in labels) is combined


@pytest.mark.parametrize("text", [
    "A trial\n\nThe zelumab and tarnozole group had less rash than the placebo group. Nausea was rare in the zelumab "
    "and tarnozole group and in the placebo group.",
    "A trial\n\nIn the zelumab plus tarnozole arm, fatigue was common; in the placebo arm it was not. The zelumab plus "
    "tarnozole arm also had more rash than the placebo arm.",
])
def test_a_singular_group_word_after_two_drugs_names_one_group(text):
    labels = set(groups_of(text))
    assert any(re.fullmatch(r"zelumab (?:and|plus) tarnozole", label) for label in labels) and "tarnozole" not in labels


def test_a_caption_run_into_a_group_name_is_no_part_of_it():
    text = ("A trial\n\nTable 1Baseline characteristics of the studyIntervention group (n = 30)Control group (n = 31)\n"
            "Fatigue was rare in the intervention group and in the control group.")
    assert groups_of(text) == {"Intervention": 30, "Control": 31}


THREE_ARMS = ("Drug Q, drug R or drug S in advanced cancer: a randomised trial\n\n"
              "Patients were randomly assigned to drug Q (n = 100), drug R (n = 98) or drug S (n = 97). ")


@pytest.mark.parametrize("sentence", [
    "Drug Q improved overall survival over drug S (median 14.0 vs 9.5 months), but drug R did not.",
    "Compared with drug S, drug Q gave a longer overall survival (median 14.0 vs 9.5 months), and drug R a longer "
    "progression-free survival.",
    "Relative to drug S, drug Q prolonged overall survival (median 14.0 vs 9.5 months); drug R gave no such gain.",
])
def test_a_pair_is_of_the_two_groups_named_before_it_whatever_a_third_named_after(sentence):
    got = {(key, value) for key, endpoint, measure, value, _ in rows(sentence, THREE_ARMS) if endpoint == "OS"}
    assert got == {("drug_q", 14.0), ("drug_s", 9.5)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Grade 3 rash was less frequent with drug Q (17% vs. 26% with drug S).", {("drug_q", 17.0), ("drug_s", 26.0)}),
    ("Grade 3 anaemia was rarer in the drug Q arm (8% vs 15% in the drug S arm; P = 0.02).",
     {("drug_q", 8.0), ("drug_s", 15.0)}),
])
def test_a_pair_in_the_bracket_after_a_group_whose_second_is_named_inside_is_of_both(sentence, expected):
    got = {(key, value) for key, endpoint, measure, value, _ in rows(sentence, THREE_ARMS) if endpoint == "TOX"}
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Capecitabine brought more grade 2 rash (38% vs 14%, P<0.001) but less yawning (5% vs 12%, P=0.04).",
     {38.0, 14.0}),
    ("Capecitabine gave more nausea (27% vs 10%, P=0.01) and less yawning (7% vs 3%, P=0.03).", {27.0, 10.0}),
])
def test_values_of_an_item_no_term_names_after_a_named_item_are_not_that_items(sentence, expected):
    assert {value for key, endpoint, measure, value, _ in rows(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By 3 years, 58% of patients given capecitabine were free from local recurrence.", {("LC", 58.0)}),
    ("By 3 years, 58% of patients given capecitabine were free of distant recurrence.", {("DMFS", 58.0)}),
    ("By 3 years, 58% of patients given capecitabine were free from brain recurrence.", set()),
    ("By 3 years, 58% of patients given capecitabine were free of any recurrence.", set()),
])
def test_a_share_free_from_a_failure_is_not_that_failures_rate(sentence, expected):
    assert {(endpoint, value) for key, endpoint, measure, value, _ in rows(sentence)} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("Overall survival did not differ (HR 1.04; 95% CI 0.81-1.33), with medians of 14.2 and 13.9 months in the "
     "drug Q and placebo groups, respectively.", ("OS", "hr", 1.04, "drug_q", None)),
    ("Progression-free survival favoured treatment (hazard ratio 0.66, 95% CI 0.50 to 0.87): 7.7 months with "
     "drug Q versus 5.1 months with placebo.", ("PFS", "hr", 0.66, "drug_q", None)),
])
def test_a_ratio_before_the_two_groups_it_compares(results, expected):
    # the groups named after the ratio are the ones it compares; the medians are still each group's
    got = arm_rows(results)
    assert expected in got
    assert {r[3] for r in got if r[1] == "median"} == {"drug_q", "placebo"}


@pytest.mark.parametrize(("text", "expected"), [
    # groups with sizes said with or after their names
    # sizes after each name in one bracket
    ("Patients were randomized to GC or GCb with maintenance erlotinib. A total of 80 patients were enrolled "
     "(GC: 41; GCb: 39). The response rate was GC: 35%; GCb: 30%.",
     {"GC": 41, "GCb with maintenance erlotinib": 39}),
    ("Patients were randomly assigned to XP or XP plus trastuzumab. In all, 120 patients were randomized "
     "(XP, n = 58; XP plus trastuzumab, n = 62).",
     {"XP": 58, "XP plus trastuzumab": 62}),
    # sizes said after the groups are defined
    # each group's n in a bracket straight after its name, in one sentence
    ("A trial\n\nPatients were randomly assigned to drug K or placebo. Median survival was 20 months for drug K "
     "(n = 118) and 31 months for placebo (n = 125; P = .01).", {"drug K": 118, "placebo": 125}),
    # two sizes in one bracket, each before its name
    ("A trial\n\nPatients were randomly assigned to drug K or drug L. In all, 300 were randomly assigned (201 to "
     "drug K, 99 to drug L).", {"drug K": 201, "drug L": 99}),
    # sizes given with each group s label define the groups
    ("Over the period, 84 patients received wide excision alone (group A), and 79 patients received wide excision "
     "with brachytherapy (group B).", {"group A": 84, "group B": 79}),
    ("Of those, 52 women were given drug K (arm 1) and 47 women were given drug M (arm 2).",
     {"arm 1": 52, "arm 2": 47}),
    # every groups size in one list after in
    # every group's size before "in" and its name, in one list of a sentence about who was accrued
    ("Patients were randomly assigned to drug K (arm 1) or placebo (arm 2). A total of 233 patients were accrued, "
     "with 115 in arm 1 and 114 in arm 2 being eligible.", {"drug K": 115, "placebo": 114}),
    ("Patients were randomly assigned to drug K or drug M. In all, 96 women were enrolled: 49 in the drug K group "
     "and 47 in the drug M group.", {"drug K": 49, "drug M": 47}),
    # one arm defined twice in other words is one group
    # one arm defined twice with its n, apart, the second time without a qualifying word: one group, not two
    ("Methods: Adults were randomly assigned to a home-based walking programme (n = 45) or usual care (n = 43). "
     + _FILLER + "Results: Of 96 adults screened, 88 were randomised to the walking programme (n = 45) or usual care "
     "(n = 43).", {"home-based walking programme": 45, "usual care": 43}),
    ("Methods: Patients were randomly assigned to adjuvant chemotherapy plus drug K (n = 120) or observation "
     "(n = 118). " + _FILLER + "Results: In all, 238 patients were randomised to chemotherapy plus drug K (n = 120) or "
     "observation (n = 118).", {"adjuvant chemotherapy plus drug K": 120, "observation": 118}),
    # a group named by its role is the one group of its n in that role
    # a group defined by its role alone is the one other group of its n that plays that role, defined elsewhere
    ("Methods: We randomly assigned 238 patients to the intervention group (n = 120) or usual care (n = 118). "
     + _FILLER + "Results: In all, 238 were randomised to a mailed reminder letter (n = 120) or usual care (n = 118).",
     {"intervention": 120, "usual care": 118}),
    ("Methods: We randomly assigned 155 survivors to a telephone coaching programme (n = 75) or the control group "
     "(n = 80). " + _FILLER + "Results: In all, 155 were randomised to a telephone coaching programme (n = 75) or "
     "usual care (n = 80).", {"control": 80, "telephone coaching programme": 75}),
    # the words after the second of two named arms are its own
    # "the A and B C groups" of the arms "A" and "B C": C is B's word, not a tail both names share
    ("Methods: Adults were randomly assigned to exercise (n = 40) or usual care (n = 38). Results: Fatigue fell more "
     "in the exercise than in the usual care group. Sleep was similar in the exercise and usual care groups.",
     {"exercise": 40, "usual care": 38}),
    ("Methods: Patients were randomly assigned to capecitabine (n = 60) or surgery alone (n = 58). Results: Recurrence "
     "was similar between the capecitabine and surgery alone groups (30% vs. 35%).",
     {"capecitabine": 60, "surgery alone": 58}),
    # a tail both share when the first name alone is no arm's: "the low and high dose groups"
    ("Methods: Patients were randomly assigned to a low dose (n = 60) or a high dose (n = 58) of drug K. Results: Rash "
     "was similar in the low and high dose groups.", {"low dose": 60, "high dose": 58}),
    # the n first in a long bracket, one-letter names
    ("Patients were randomly assigned to receive either AB (n = 120; drug A 50 mg/m2 on day 1 and drug B (with "
     "G-CSF) on days 2 to 5) or B (n = 118; drug B alone on days 2 to 5) every 4 weeks.", {"AB": 120, "B": 118}),
    ("Patients were randomly assigned to receive either XY (n = 120) or Z (n = 118) every 4 weeks.",
     {"XY": 120, "Z": 118}),
    ("Thirteen patients were randomised to arms A (n = 7) and B (n = 6).", {"arm A": 7, "arm B": 6}),
    ("In all, 900 patients were randomly assigned with dynamic balancing to receive drug X (250 mg per day orally; "
     "n=450) or drug Y (75 mg/m(2) intravenously every 3 weeks; n=450).", {"drug X": 450, "drug Y": 450}),
    # doses, asides and ratios inside the list of arms
    ("We randomly assigned patients with resected stage II colon cancer to capecitabine plus oxaliplatin or to "
     "observation.", {"capecitabine plus oxaliplatin": None, "observation": None}),
    ("The study randomly assigned 480 patients with relapsed disease to gefitinib 250 mg daily or placebo, with "
     "survival as the primary end point.", {"gefitinib": None, "placebo": None}),
    ("Participants were randomly assigned (1:1) to receive gefitinib (250 mg per day) or sorafenib (400 mg twice "
     "daily) until disease progression.", {"gefitinib": None, "sorafenib": None}),
    ("Patients were randomly assigned 2:1 to gefitinib 250 mg per day or up to four cycles of cisplatin/docetaxel.",
     {"gefitinib": None, "cisplatin/docetaxel": None}),
    ("Patients were randomly assigned in a 2:1 ratio to receive oral gefitinib, at a dose of 250 mg daily, or placebo.",
     {"gefitinib": None, "placebo": None}),
    ("Patients were randomly assigned to receive WBRT plus boost (61 patients) or boost alone (64 patients).",
     {"WBRT plus boost": 61, "boost alone": 64}),
    ("Patients were randomly assigned to receive drug A 500 mg/m2 plus drug B 120 mg/m2 (AB) or drug A plus drug C "
     "AUC5 (AC).", {"AB": None, "AC": None}),
    ("Eligible patients were randomised to receive (1 : 1) FOLFOX chemotherapy plus drug Z or FOLFOX chemotherapy "
     "plus placebo until progression.", {"drug Z": None, "placebo": None}),
    ("Patients were randomised in a 1:1 ratio to either once daily oral gefitinib (two 125 mg pills) or matching "
     "placebo, using sealed envelopes.", {"gefitinib": None, "placebo": None}),
    # how the assignment was made, between the verb and the arms
    ("Patients with one or two new lesions were randomly assigned using a permuted block design with blocks of "
     "varying size to boost plus WBRT or boost alone from 2002 to 2008.",
     {"boost plus WBRT": None, "boost alone": None}),
    ("Patients with resected disease were randomly assigned to three or four cycles of platinum-based chemotherapy or "
     "to observation.", {"platinum-based chemotherapy": None, "observation": None}),
    ("Those with stable disease were randomly assigned at a ratio of 1:1 to maintenance drug Z or observation.",
     {"maintenance drug Z": None, "observation": None}),
    ("Participants were centrally randomly assigned (2:1) to receive either gefitinib orally 250 mg/day or docetaxel "
     "intravenously 75 mg/m2 every 21 days.", {"gefitinib": None, "docetaxel": None}),
    ("Frail patients with tumours ≤ 3 cm were randomly assigned to LR or LRB.", {"LR": None, "LRB": None}),
    ("We randomly assigned, in a 1:1 ratio, patients with untreated disease to receive drug Z (given intravenously at "
     "3 mg per kilogram) or platinum-based chemotherapy.", {"drug Z": None, "platinum-based chemotherapy": None}),
    ("We randomly assigned patients, in a 2:1 ratio, to receive drug Z (at a dose of 10 mg per kilogram) or placebo "
     "every 2 weeks.", {"drug Z": None, "placebo": None}),
    ("Patients were randomly assigned, in a 1:1:1 ratio, to receive drug Z plus drug Y, drug Z monotherapy, or "
     "chemotherapy.", {"drug Z plus drug Y": None, "drug Z monotherapy": None, "chemotherapy": None}),
    # a drug whose name ends like a verb is still a group
    ("Patients were randomly assigned to pemetrexed or docetaxel.",
     {
     "pemetrexed": None, "docetaxel": None}),
])
def test_groups_of_a_text(text, expected):
    assert groups_of(text) == expected


@pytest.mark.parametrize("text", [
    # a list after in that is no allocation gives no sizes
    # a list that leaves a group out may be of a subset
    "Patients were randomly assigned to drug K, drug M or placebo. Of those enrolled, 31 in the drug K group and "
    "29 in the drug M group were older than 70.",
    # no allocation said: who the counts are is not known
    "Patients were randomly assigned to drug K or placebo. Relapse occurred in 12 patients in the drug K group and "
    "19 in the placebo group.",
    # who received which among some patients or later gives no sizes
    ASSIGNED_KM + "Of the patients who progressed, 21 received KM and 19 received LM.",
    ASSIGNED_KM + "At progression, 21 patients received KM and 19 received LM.",
    ASSIGNED_KM + "Later, 21 patients received KM and 19 received LM as second-line therapy.",
])
def test_a_list_that_is_no_allocation_gives_no_sizes(text):
    assert set(groups_of(text).values()) == {None}


@pytest.mark.parametrize(("text", "short", "group"), [
    # the short name in a bracket after the treatment, with the word for a group
    ("Patients were randomly assigned to drug K plus radiotherapy (KR arm) or radiotherapy alone (R arm). In all, 180 "
     "patients were randomised (drug K plus radiotherapy, n = 91; radiotherapy alone, n = 89).",
     "KR", "drug K plus radiotherapy"),
    # a dose's bracket inside the first name; the combination holds both groups' words, so it is found by the other
    ("Patients were randomised to receive drug K (400 mg daily) plus best supportive care (DK arm), or best "
     "supportive care alone (BSC arm). Of 210 patients, 140 were assigned to drug K and 70 to best supportive care.",
     "DK", "drug K"),
])
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


@pytest.mark.parametrize(("text", "name", "arm"), [
    ("We randomly assigned 300 patients to drug K plus drug M (n = 148) or observation (n = 152). Median survival "
     "was 50.2 months in the chemotherapy group and 38.1 months in the observation group. Grade 3 neutropenia "
     "occurred in 41 patients in the chemotherapy group.", "chemotherapy", "drug K plus drug M"),
    ("Patients were randomly assigned to drug K (n = 210) or placebo (n = 105). Median survival was 9.9 months in "
     "the immunotherapy group and 8.0 months in the placebo group. Rash was more common in the immunotherapy group.",
     "immunotherapy", "drug K"),
])
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


@pytest.mark.parametrize(("results", "category", "count"), [
    ("Grade 3 oral mucositis was more common with drug Q (14 [9%] vs none).", "oral mucositis", 14.0),
    ("Febrile neutropenia was seen only with drug Q (6 (4%) versus no patients).", "febrile neutropenia", 6.0),
    # a bare zero for the other group's count
    ("Grade 3 oral mucositis was more common with drug Q (11 [7%] vs 0, p=0.002).", "oral mucositis", 11.0),
    ("Febrile neutropenia was seen only with drug Q (5 [3%] versus zero).", "febrile neutropenia", 5.0),
])
def test_a_count_against_none_in_the_other_group(results, category, count):
    got = arm_rows(results)
    assert ("TOX", "count", count, "drug_q", category) in got
    assert ("TOX", "count", 0.0, "placebo", category) in got


@pytest.mark.parametrize("text", [
    "Overall, 380 patients were randomly assigned (in a 2:1 ratio) from April 2, 2009, to May 30, 2011, using "
    "minimisation to receive drug K (n=254) or placebo (n=126).",
    "In all, 271 women were randomized from January 2010 through August 2013, by a central office, to drug K "
    "(n = 136) or placebo (n = 135).",
])
def test_the_dates_of_randomisation_are_no_group(text):
    assert set(groups_of(text)) == {"drug K", "placebo"}


@pytest.mark.parametrize(("results", "expected"), [
    ("Use of care was higher with drug Q than with placebo: stays in hospital for adverse events (21 [7%] vs none), "
     "blood transfusions (38 [13%] vs 6 [4%]) and growth factor support (17 [6%] vs 3 [2%]).", {21.0, 0.0}),
    ("Drug Q needed more resources than placebo: admissions for adverse events (12 [4%] vs 1 [1%]), and "
     "outpatient visits (55 [18%] vs 9 [6%]).", {12.0, 1.0}),
])
def test_items_of_a_list_no_endpoint_names_take_no_earlier_endpoint(results, expected):
    assert {r[2] for r in arm_rows(results) if r[0] == "TOX" and r[1] == "count"} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("There was more hair thinning with drug Q than with placebo (33 [11%] vs 4 [3%]), and fatigue (48 [16%] vs "
     "13 [9%]).", {48.0, 13.0}),
    ("Drug Q gave more skin dryness than placebo (27 [9%] vs 2 [1%]), and nausea (60 [20%] vs 18 [12%]).",
     {60.0, 18.0}),
])
def test_a_name_with_its_own_bracket_after_a_pair_is_not_that_pair_s(results, expected):
    assert {r[2] for r in arm_rows(results) if r[1] == "count"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trial of wide excision\n\nAbstract\nIn the trial, 96 patients received wide excision alone (group A), and 93 "
     "patients received wide excision with brachytherapy (group B). Regional failure was less frequent in group B "
     "(P = .02). Local control was high in both groups (88% and 91%, respectively).",
     {(88.0, "group_a"), (91.0, "group_b")}),
    ("Trial of two schedules\n\nAbstract\nOf the patients, 61 were given drug K weekly (arm 1) and 59 were given "
     "drug K every 3 weeks (arm 2). Neutropenia was less frequent in arm 2 (P = .04). The response rate was alike in "
     "both arms (34% and 29%, respectively).", {(34.0, "arm_1"), (29.0, "arm_2")}),
])
def test_a_pair_said_of_both_lettered_groups_is_theirs_in_order(text, expected):
    extraction = extract_text(text, "trial.txt")
    got = {(r["value"], r.get("cohort")) for r in extraction["results"] if r["measure"] == "rate"}
    assert expected <= got


GROUP_LETTERS_TRIAL = ("Trial of drug K\n\nAbstract\nPatients were randomly assigned to drug K (group A) or "
                       "placebo (group B). {results}")


@pytest.mark.parametrize(("results", "expected", "exact"), [
    ("Median overall survival was 21 months (group A: 13 months; group B: 29 months).",
     {(13.0, "drug_k"), (29.0, "placebo")}, True),
    ("Median overall survival was 24 months (group A: 15.5 months, group B: 30.2 months).",
     {(15.5, "drug_k"), (30.2, "placebo")}, False),
    ("Median time to progression was 7.5 months (4.1 months, group A; 9.9 months, group B).",
     {(4.1, "drug_k"), (9.9, "placebo")}, False),
])
def test_values_set_against_their_group_letters(results, expected, exact):
    extraction = extract_text(GROUP_LETTERS_TRIAL.format(results=results))
    got = {(r["value"], r.get("cohort")) for r in extraction["results"] if r["measure"] == "median"
           and r.get("cohort") in ("drug_k", "placebo")}
    # never the value for all patients given to a group, nor a group's value to the other group
    assert got == expected if exact else got <= expected


@pytest.mark.parametrize(("results", "expected"), [
    ("After a median follow-up of 10.2 months for the drug Q group and 10.6 months for the placebo group, median "
     "PFS was longer with drug Q than with placebo: 14.1 weeks versus 12.0 weeks.", {3.25, 2.77}),
    ("Drug Q gave better overall survival than placebo in the first 9 months after surgery (HR 0.52, 95% CI "
     "0.31-0.88), but not later.", {0.52}),
])
def test_follow_up_and_time_windows_are_no_group_s_result(results, expected):
    assert {r[2] for r in arm_rows(results)} == expected


KLM_ARMS = """Trial of three schedules in lung cancer

Abstract
Methods: 300 patients were randomly assigned to drug K (n = 101), drug L (n = 99) or drug M (n = 100).
Results: {results}
"""


def three_arm_rows(results: str) -> set[tuple]:
    return row_tuples(KLM_ARMS.format(results=results), "endpoint value cohort", "trial.txt")


@pytest.mark.parametrize("results", [
    "Grade 3 or higher diarrhoea rates were 3% in all arms.",
    "The rate of grade 3 fatigue was 3% for every arm.",
])
def test_a_value_said_of_all_arms_is_each_arms(results):
    got = three_arm_rows(results)
    assert {cohort for _, value, cohort in got if value == 3.0} == {"drug_k", "drug_l", "drug_m"}


@pytest.mark.parametrize("results", [
    # each value's own group follows it; "all groups" before them is no value's
    "Adverse events were similar in all arms, with 61% of patients affected with drug K, 64% with drug L and 70% "
    "with drug M.",
    # the share after "despite" is of something else, and names no group
    "Grade 3 bleeding rates were 2% for all arms despite 9% of patients receiving anticoagulants.",
])
def test_all_arms_is_no_group_of_a_value_it_does_not_follow(results):
    got = three_arm_rows(results)
    assert not [r for r in got if r[1] in (61.0, 9.0)]
    assert not [r for r in got if "all" in r[2] and r[2] != "all"]


def test_an_abbreviation_joined_to_another_names_another_group():
    got = three_arm_rows("The response rate was 48% for the CX-RX group and 33% for the RX group.")
    assert {c for _, v, c in got if v == 48.0} != {c for _, v, c in got if v == 33.0}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the group after a value ends where the next value starts
    ("The response rate was 21% in KL and 30% in KM.", {("ORR", 21.0, "KL"), ("ORR", 30.0, "KM")}),
    ("Two-year survival ranged from 41% for drug K to 66% for drug M.",
     {("OS", 41.0, "drug K"), ("OS", 66.0, "drug M")}),
    ("Median survival rose from 11 months in the early period to 15 months in the late period.",
     {("OS", 11.0, "early period"), ("OS", 15.0, "late period")}),
    # two values each with its interval then its group
    ("Median survival was 31 months (95% CI, 24.5 to 40.2) for ICX and 22.0 months (95% CI, 17.1 to 27.9) for SGX "
     "(P = .09).",
     {("OS", 31.0, "ICX"), ("OS", 22.0, "SGX")}),
    ("Median progression-free survival was 7.9 months (range, 1-30) in marker-positive patients and 3.1 months "
     "(range, 1-12) in marker-negative patients.",
     {("PFS", 7.9, "marker-positive patients"), ("PFS", 3.1, "marker-negative patients")}),
])
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

@pytest.mark.parametrize(("arms", "no_arms"), [
    # 190: not the 200 randomised
    ("In all, 200 patients were randomised (100 drug K, 100 placebo).",
     "In all, 200 patients were randomised (90 drug K, 100 placebo)."),
    # who they were, not what they were given
    ("Overall, 180 patients were randomised (120 drug K, 60 placebo).",
     "Overall, 180 patients were randomised (120 men, 60 women)."),
    ("A total of 180 patients (arm A, 100; arm B, 80) were enrolled.",
     "A total of 180 patients were enrolled (100 with colon cancer, 80 with rectal cancer)."),
    ("Of the 300 who were randomly assigned, with 150 and 150 receiving drug K and drug L, respectively.",
     "Of the 300 who were randomly assigned, 24 and 19 received salvage drug K and drug L, respectively."),
    ("Overall, 20 patients received drug K (the drug K group) and 15 did not receive it (the observation group).",
     "Of these, 20 patients died within a year (the drug K group) and 15 relapsed (the observation group)."),
    # 291: not the 300 allocated
    ("We randomly assigned 300 women: 151 (50%) to drug K, and 149 (50%) to placebo.",
     "We randomly assigned 300 women: 151 (50%) to drug K, and 140 (47%) to placebo."),
])
def test_sizes_that_are_no_arms(arms, no_arms):
    sized = {"group.label_n", "group.randomised"}
    assert {d.pattern_id for d in find_group_definitions(normalize(arms).text)} - sized
    assert {d.pattern_id for d in find_group_definitions(normalize(no_arms).text)} <= sized


@pytest.mark.parametrize("sentence", [
    # strata in a list of sizes are no arms
    # who the patients were, or their stage: strata that add up to the total too
    "In all, 180 patients were randomised (M: 120, F: 60).",
    "Overall, 90 patients were randomised (stage IIIA, 45; stage IIIB, 45).",
    "A total of 90 patients were randomised (IIIA: 46, IIIB: 44).",
    # groups with a disease in an enrolled list are no arms
    # not randomised, and each group is no treatment: strata again
    "A total of 180 patients were enrolled (120 with adenocarcinoma, 60 with squamous cell carcinoma).",
    "Overall, 75 patients were treated (50 with one metastasis, 25 with two or three).",
])
def test_strata_or_diseases_in_a_list_are_no_arms(sentence):
    assert not [d for d in find_group_definitions(normalize(sentence).text) if d.pattern_id == "group.sized_list"]


SIZED_BY_TREATMENT = """Cohorts of drug K in lung cancer

Abstract
Methods: {methods}
Results: {results}
"""


@pytest.mark.parametrize("methods, results, expected", [
    # groups of one regimen at other doses, told apart by their doses alone
    ("A total of 190 patients were enrolled and treated (80 with cetuximab 2 mg/kg, 45 with cetuximab 1 mg/kg plus "
     "docetaxel 60 mg/m2, and 65 with cetuximab 2 mg/kg plus docetaxel 75 mg/m2).",
     "An objective response was achieved in 12 (15%) of 80 patients receiving cetuximab 2 mg/kg, 9 (20%) of 45 "
     "receiving cetuximab 1 mg/kg plus docetaxel 60 mg/m2, and 6 (9%) of 65 receiving cetuximab 2 mg/kg plus "
     "docetaxel 75 mg/m2.",
     {("ORR", "count", 12.0, 80), ("ORR", "count", 9.0, 45), ("ORR", "count", 6.0, 65)}),
    ("A total of 150 patients were treated (70 with gemcitabine, 80 with gemcitabine plus cisplatin).",
     "Median overall survival was 7.1 months with gemcitabine and 9.3 months with gemcitabine plus cisplatin.",
     {("OS", "median", 7.1, 70), ("OS", "median", 9.3, 80)}),
])
def test_groups_each_given_a_treatment_in_an_enrolled_list_are_the_groups_of_their_results(methods, results,
                                                                                           expected):
    extraction = extract_text(SIZED_BY_TREATMENT.format(methods=methods, results=results), "cohorts.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert {(r["endpoint"], r["measure"], r["value"], size[r["cohort"]]) for r in extraction["results"]} >= expected


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


@pytest.mark.parametrize(("text", "n", "not_theirs"), [
    ("Patients were randomly assigned to drug K or placebo. In all, 240 eligible patients were randomly assigned to "
     "the two arms (120 patients in each group).", 120,
     # those analysed, not those randomised
     "Patients were randomly assigned to drug K or placebo. We randomised 130 patients and analysed 60 in each arm."),
    ("Patients were randomly assigned to drug K or placebo. Overall, 80 women were allocated over two years, with "
     "forty women in each arm.", 40,
     # no total those sizes make up
     "Patients were randomly assigned to drug K or placebo. Up to 50 patients were to be enrolled in each arm."),
])
def test_the_same_size_for_each_group(text, n, not_theirs):
    assert groups_of(text) == {"drug K": n, "placebo": n}
    assert groups_of(not_theirs) == {"drug K": None, "placebo": None}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In all, 75 patients were randomly assigned to receive drug K, 72 to drug L, 80 to drug K and drug M, and 70 to "
     "drug L and drug M.", None),
    ("Overall, 90 were assigned to drug K, 91 to drug L and 89 to drug K plus drug L; 10 withdrew.",
     {("drug K", 90), ("drug L", 91), ("drug K plus drug L", 89)}),
])
def test_three_or_more_groups_each_with_the_count_before_it(sentence, expected):
    found = {(d.label, d.n) for d in find_group_definitions(normalize(sentence).text)}
    assert found >= (expected or {("drug K", 75), ("drug L", 72), ("drug K and drug M", 80),
                                  ("drug L and drug M", 70)})
    # not "to A 2 mg/kg, ... to A 10 mg/kg": the names no longer tell those groups apart
    same = "Overall, 300 were assigned to drug K 2 mg/kg, 301 to drug K 10 mg/kg and 299 to drug L."
    assert ("drug K", 300) not in {(d.label, d.n) for d in find_group_definitions(normalize(same).text)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("This randomized trial evaluated drug K plus drug M (KM, n = 210) versus drug M alone (M, n = 205).",
     {("drug K plus drug M", 210, "KM"), ("drug M alone", 205, "M")}),
    ("Women were randomly treated with either low-dose drug K (LD; n = 40) or high-dose drug K (HD; n = 41).",
     {("low-dose drug K", 40, "LD"), ("high-dose drug K", 41, "HD")}),
])
def test_two_groups_compared_each_with_its_short_name_and_n(sentence, expected):
    found = {(d.label, d.n, a) for d in find_group_definitions(normalize(sentence).text) for a in d.aliases}
    assert found >= expected


@pytest.mark.parametrize("text", [
    "We compared drug K (n = 50) versus drug L (n = 60) in a randomized trial.",
    "A retrospective study comparing drug K (n = 50) and drug L (n = 60) in elderly patients.",
])
def test_a_cohort_label_leaves_out_the_comparison_verb(text):
    text += " The 2-year survival was 80% with drug K and 70% with drug L."
    extraction = extract_text(text)
    assert {(c["label"], c["n"]) for c in extraction["cohorts"]} >= {("drug K", 50), ("drug L", 60)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # definitions with their n
    ("Eligible men were randomly assigned to apalutamide (n = 61) or placebo (n = 58).",
     {("apalutamide", 61), ("placebo", 58)}),
    ("Overall, 212 women were randomised to weekly paclitaxel (n=107) or three-weekly paclitaxel (n=105).",
     {("weekly paclitaxel", 107), ("3-weekly paclitaxel", 105)}),  # counts in words read as digits
    ("Of these, 64 patients were randomised to hypofractionation and 59 to conventional fractionation.",
     {("hypofractionation", 64), ("conventional fractionation", 59)}),
    ("In all, 88 were assigned to the exercise group and 91 were assigned to usual care.",
     {("exercise", 88), ("usual care", 91)}),
    ("A total of 130 patients were randomised (arm A/B, 66/64).", {("arm A", 66), ("arm B", 64)}),
    # group sizes said in more ways
    # Group sizes said as a list that adds up to the number randomised: the sum is what tells arms from subsets
    ("In all, 240 men were randomised (118 drug K, 122 observation).", {("drug K", 118), ("observation", 122)}),
    ("There were 150 randomised participants (drug M, 76; placebo, 74).", {("drug M", 76), ("placebo", 74)}),
    ("A total of 90 patients (arm A, 31; arm B, 30; arm C, 29 patients) were enrolled.",
     {("arm A", 31), ("arm B", 30), ("arm C", 29)}),
    ("Eighty women were randomly allocated (drug K, n = 41; drug L, n = 39) at four sites.",
     {("drug K", 41), ("drug L", 39)}),
    ("Accrual stopped early after the random allocation of 120 women: 61 to exercise and 59 to usual care.",
     {("exercise", 61), ("usual care", 59)}),
    ("Overall, 212 participants (median age 58 years) had been allocated to drug K, and 210 participants (median "
     "age 60 years) had been allocated to placebo.", {("drug K", 212), ("placebo", 210)}),
    ("The drug K and placebo arms comprised 75 and 73 patients, respectively.", {("drug K", 75), ("placebo", 73)}),
    ("Of those eligible, 160 were randomly assigned to maintenance, with 81 and 79 receiving drug K and placebo, "
     "respectively.", {("drug K", 81), ("placebo", 79)}),
    ("Overall, 45 patients received drug K (the drug K group) and 43 did not receive it (the observation group).",
     {("drug K", 45), ("observation", 43)}),
    ("In all, 90 patients were randomized and treated with drug K (46) or drug L (44).",
     {("drug K", 46), ("drug L", 44)}),
    ("Women were randomly assigned to a twice-daily 2.5-mg tablet of drug K (n = 400) or matching placebo (n = 410).",
     {("drug K", 400), ("placebo", 410)}),
    # two lettered groups sized respectively
    ("Forty-one and 39 participants were accrued to arms C and D, respectively.", {("arm C", 41), ("arm D", 39)}),
    ("Overall, 50 and 48 women were registered to groups 1 and 2, respectively.", {("group 1", 50), ("group 2", 48)}),
    # a list of sizes whose items are the arms' initials
    ("In all, 220 patients were randomised (S: 112, CT-S: 108).", {("S", 112), ("CT-S", 108)}),
    ("Overall, 150 women were randomised (R: 76, CRT-R: 74) at six centres.", {("R", 76), ("CRT-R", 74)}),
    # the sizes after the number allocated, each with its share of it
    ("From 2011 to 2014 we randomly allocated 231 men; 115 (50%) to drug K and 116 (50%) to chemotherapy (40 [34%] "
     "to drug L, 76 [66%] to drug M).", {("drug K", 115), ("chemotherapy", 116)}),
    ("We randomly assigned 300 women: 151 (50%) to drug K, and 149 (50%) to placebo.",
     {("drug K", 151), ("placebo", 149)}),
    # lettered arms, each described after its letter and sized in a bracket
    ("Women were randomly assigned to three arms: A, 24 Gy in three fractions (n = 51); B, 36 Gy in nine fractions "
     "(n = 49); and C, 60 Gy in 30 fractions (n = 50).", {("arm A", 51), ("arm B", 49), ("arm C", 50)}),
    ("Patients were randomised to two groups: A, drug K alone (n = 70); B, drug K plus drug L (n = 68).",
     {("group A", 70), ("group B", 68)}),
])
def test_definitions_with_their_n(sentence, expected):
    assert {(d.label, d.n) for d in find_group_definitions(normalize(sentence).text)} >= expected


@pytest.mark.parametrize("sentence", [
    "Serious events were hand-foot syndrome (12 [13%] of 90 patients given capecitabine vs one [1%] of 88 under "
    "observation) and stent occlusion (7 [8%] vs 3 [3%]).",
    "The main events were fatigue (20% with capecitabine vs 9% with observation) or cholangitis "
    "(11% with capecitabine vs 6% with observation).",
    "Leading events were hand-foot syndrome (12 [13%] of 90 given capecitabine vs one [1%] of 88 under observation), "
    "and bile leak (7 [8%] vs 3 [3%]).",
])
def test_a_listed_item_no_vocabulary_knows_keeps_its_values_from_the_item_before(sentence):
    """An unknown name after "and"/"or" heads the bracket of values that follows it: those values are that item's,
    not the toxicity named before it."""
    got = rows(sentence)
    assert not {r for r in got if r[3] in (7.0, 8.0, 3.0, 11.0, 6.0)}, got
    assert {r for r in got if r[3] in (12.0, 13.0, 20.0)}  # the first item keeps its own values


@pytest.mark.parametrize("sentence", [
    "Fatigue was reported by the capecitabine group (20 [22%]) and the observation group (9 [10%]).",
    "Relapse occurred in the capecitabine arm (31 [34%]) and in the observation arm (45 [51%]).",
])
def test_a_group_named_after_and_before_its_bracket_is_no_unnamed_item(sentence):
    got = rows(sentence)
    assert {r[0] for r in got} == {"capecitabine", "observation"}, got


@pytest.mark.parametrize("sentence", [
    "Grade 3 adverse events were as frequent before surgery (in 21 [23%] of 90 patients in the capecitabine "
    "group vs 19 [22%] of 88 in the observation group) and post-operatively (in 14 [16%] of 88 patients in the "
    "capecitabine group vs 12 [14%] of 85 patients in the observation group).",
    "Serious adverse events were rare both during treatment (seen in 5 [6%] of 90 patients in the capecitabine "
    "group vs 4 [5%] of 88 in the observation group) and subsequently (in 14 [16%] of 88 patients in the "
    "capecitabine group vs 12 [14%] of 85 patients in the observation group).",
])
def test_a_when_after_and_is_no_unnamed_item(sentence):
    """ "and post-operatively (...)" says when the outcome named before was counted again, not another item."""
    got = {r[2:4] for r in rows(sentence)}
    assert {("count", 14.0), ("count", 12.0)} <= got, got


@pytest.mark.parametrize(("sentence", "grade", "category"), [
    ("Adverse events were alike in both groups: 30 (33%) of 90 patients given capecitabine versus 27 (31%) of 88 "
     "under observation had grade 3 or higher adverse events.", ">=3", None),
    ("Toxicity was comparable: 12 (13%) of 90 patients in the capecitabine group and 2 (2%) of 88 in the "
     "observation group developed grade 3 hand-foot syndrome.", "3", "hand-foot syndrome"),
])
def test_what_the_counted_patients_had_said_after_them_is_their_outcome(sentence, grade, category):
    found = [f for f in found_in(sentence) if f.fields["measure"] == "count"]
    assert len(found) == 2 and {f.group.key for f in found} == {"capecitabine", "observation"}
    assert {(f.fields["grade"], f.fields.get("category")) for f in found} == {(grade, category)}


@pytest.mark.parametrize("sentence", [
    "Relapse was more frequent in the observation group, occurring in 45 (51%) patients in this group compared "
    "with 31 (34%) patients in the capecitabine group.",
    "Fewer relapses occurred in the capecitabine arm: 31 (34%) patients in that arm relapsed, against 45 (51%) "
    "in the observation arm.",
])
def test_this_group_is_the_group_named_before_it(sentence):
    by_value = {f.fields["value"]: f.group.key for f in found_in(sentence) if f.fields["measure"] == "count"}
    assert by_value.get(45.0) == "observation" and by_value.get(31.0) == "capecitabine", by_value


@pytest.mark.parametrize("sentence", [
    "Relapse was more frequent in the untreated group, occurring in 45 (51%) patients in this group compared with "
    "31 (34%) patients in the capecitabine group.",
    "Relapse was commoner without treatment, seen in 45 (51%) of the patients in that arm against 31 (34%) in the "
    "capecitabine arm.",
])
def test_this_group_that_no_rule_resolves_is_not_all_patients(sentence):
    found = found_in(sentence)
    assert not [f for f in found if f.fields["value"] in (45.0, 51.0) and (f.group is None or f.group.key == "all"
                                                                           or not f.group.label)], found


@pytest.mark.parametrize("sentence", [
    "Common events with capecitabine were fatigue (40 [44%]), nausea (30 [33%]), and a rise in serum bilirubin "
    "(20 [22%]) in the capecitabine group.",
    "Events were fatigue (40 [44%]) and nausea (30 [33%]), and an increase of serum creatinine (20 [22%]) in "
    "the capecitabine group.",
])
def test_a_long_item_no_vocabulary_knows_keeps_its_values(sentence):
    assert not [r for r in rows(sentence) if r[3] in (20.0, 22.0)]


@pytest.mark.parametrize("sentence", [
    "Fatigue was seen in 30 patients (33%) given capecitabine, while a taste disorder was reported in nine patients "
    "(10%) under observation.",
    "Fatigue occurred in 30 patients (33%) given capecitabine; a bile leak was observed in nine patients (10%) under "
    "observation.",
])
def test_a_new_clause_about_an_unnamed_event_keeps_its_values(sentence):
    """The values counted after "while/; an X was reported in" are that X's, which no vocabulary names, not the
    outcome of the clause before."""
    got = rows(sentence)
    assert not [r for r in got if r[3] in (9.0, 10.0)], got
    assert [r for r in got if r[3] == 30.0]
@pytest.mark.parametrize(("text", "alias"), [
    ("Drug K versus standard chemotherapy in lung cancer: a randomised trial\n\nWe randomly assigned 240 patients "
     "to drug K (n = 120) or standard chemotherapy (n = 120). Serious events occurred in 4 patients (3%) on drug K "
     "and in 15 patients (12%) on chemotherapy.", "chemotherapy"),
    ("Schedules of radiation for bone pain: a randomised trial\n\nOverall, 200 men were randomised to "
     "hypofractionation (n = 101) or conventional radiotherapy (n = 99).", "radiotherapy"),
])
def test_a_comparator_named_with_its_qualifier_goes_by_its_head_noun(text, alias):
    groups = {g.label: g.aliases for g in index_of(text).groups}
    assert [label for label, aliases in groups.items() if alias in aliases] == [
        next(label for label in groups if label.lower().startswith(("standard", "conventional")))]


def test_a_head_noun_another_group_shares_is_no_name_of_the_comparator():
    text = ("Drug K plus chemotherapy versus standard chemotherapy: a randomised trial\n\nWe randomly assigned 240 "
            "patients to drug K plus chemotherapy (n = 120) or standard chemotherapy (n = 120).")
    assert not [g for g in index_of(text).groups if "chemotherapy" in g.aliases]


@pytest.mark.parametrize("text", [
    "A study of rectal cancer. The 3-year survival was 70% for radiotherapy with drug M and 64% for radiotherapy.",
    "A study of anal cancer. The 2-year survival was 81% for chemoradiotherapy with drug L and 75% for "
    "chemoradiotherapy.",
])
def test_two_groups_read_as_one_give_neither_their_value(text):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    rows = extract_document(read_text_bytes(text.encode("utf-8"), "t.txt"))["results"]
    cohorts = [r["cohort"] for r in rows if r["endpoint"] == "OS"]
    assert len(cohorts) == len(set(cohorts)), rows


GIVEN_TRIAL = ("Radiotherapy with or without chemotherapy: a randomised trial\n\nWe randomly assigned 400 men to "
               "radiotherapy alone (n = 200) or chemotherapy and radiotherapy (n = 200). {results}")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the group's word before its name: "in the group given A"
    ("Local recurrence was seen in 22 of 200 men (11%) in the group given radiotherapy and in 14 of 200 men (7%) in "
     "the group given chemotherapy and radiotherapy.",
     {("count", 22.0, "radiotherapy_alone"), ("rate", 11.0, "radiotherapy_alone"),
      ("count", 14.0, "chemotherapy_and_radiotherapy"), ("rate", 7.0, "chemotherapy_and_radiotherapy")}),
    ("In all, nine deaths (5%) occurred in the group that received radiotherapy and 12 deaths (6%) in the group that "
     "received chemotherapy and radiotherapy.",
     {("count", 9.0, "radiotherapy_alone"), ("rate", 5.0, "radiotherapy_alone"),
      ("count", 12.0, "chemotherapy_and_radiotherapy"), ("rate", 6.0, "chemotherapy_and_radiotherapy")}),
    # "radiotherapy and 31 months": a value after the "and", no drug joined to the name
    ("Median overall survival was 27 months in the group receiving radiotherapy and 31 months in the group receiving "
     "chemotherapy and radiotherapy.",
     {("median", 27.0, "radiotherapy_alone"), ("median", 31.0, "chemotherapy_and_radiotherapy")}),
])
def test_values_in_the_group_given_a_treatment(sentence, expected):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    text = GIVEN_TRIAL.format(results=sentence)
    rows = extract_document(read_text_bytes(text.encode("utf-8"), "trial.txt"))["results"]
    assert {(r["measure"], r["value"], r["cohort"]) for r in rows} == expected


@pytest.mark.parametrize("sentence", [
    "Patients were randomly assigned to arm A (n=60) or arm B (n=58). The most common adverse events were nausea "
    "(arm A/B, 30%/41%) and cough (arm A/B, 15%/11%).",
    "Patients were randomly assigned to group 1 (n=60) or group 2 (n=58). Frequent events were rash (groups 1 and 2: "
    "30%/41%) and cough (groups 1 and 2: 15%/11%).",
])
def test_a_term_whose_bracket_names_the_groups_first_is_each_values_category(sentence):
    from support import extract_text

    got = {(r["value"], r["category"]) for r in extract_text(sentence)["results"]}
    assert {(15.0, "cough"), (11.0, "cough")} <= got, got


@pytest.mark.parametrize("sentence", [
    "Patients were randomly assigned to arm A (n=60) or arm B (n=60). Rates of mucositis (grade 3 and 4 were, "
    "respectively, 25% and 3% for arm A v 22% and 7% for arm B) were similar.",
    "Patients were randomly assigned to arm A (n=60) or arm B (n=60). Dysphagia was common (grades 2 and 3 were, "
    "respectively, 40% and 12% for arm A versus 35% and 9% for arm B).",
])
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


@pytest.mark.parametrize("sentence", [
    "Among the 90 patients in the capecitabine group, the clinical remission rate following capecitabine was 41% (37 "
    "patients), including two patients with complete remission and 35 with partial remission.",
    "In the observation group, the shrinkage rate after observation was 23% (20 patients), of whom three had a "
    "complete response.",
])
def test_what_a_value_is_made_of_is_not_what_it_is(sentence):
    assert not [r for r in rows(sentence) if r[3] in (41.0, 23.0)]


@pytest.mark.parametrize("sentence", [
    "Grade 3 or 4 toxicities on arm 2 were mainly leucopenia (16% and 8%, respectively).",
    "Grade 3 and 4 adverse events in arm 2 consisted mostly of leucopenia (16% and 8%, respectively).",
])
def test_values_by_grade_in_a_sentence_naming_one_arm_are_that_arms(sentence):
    text = ("Methods: Patients were randomly assigned to radiotherapy alone (arm 1) or chemotherapy then "
            "radiotherapy (arm 2). Results: We enrolled 150 patients. " + sentence)
    out = extract_text(text)
    arm = {c["key"] for c in out["cohorts"] + out["arms"] if c["label"].startswith("chemotherapy then")}
    got = {(r["cohort"], r["category"], r["grade"], r["value"]) for r in out["results"] if r["endpoint"] == "TOX"}
    assert got == {(k, "leucopenia", g, v) for k in arm for g, v in (("3", 16.0), ("4", 8.0))} and arm


@pytest.mark.parametrize("sentence", [
    "Median survival was 10 months on arm C versus 13 months on arm D and a 2-year survival of 22% and 30%.",
    "Local control was 80% on arm C and 70% on arm D and a 2-year survival of 58% and 61% was reached.",
])
def test_the_article_a_after_a_lettered_group_is_no_group_a(sentence):
    # "group D and a ..." names one group, not groups D and A
    text = "Results: We randomly assigned 120 patients to arm A, arm B, arm C or arm D. " + sentence
    out = extract_text(text)
    assert not rows_where(out, cohort=("arm_a", "group_a"))
    assert {r["cohort"] for r in out["results"]} & {"arm_c", "group_c", "arm_d", "group_d"}


@pytest.mark.parametrize(("sentence", "label"), [
    ("The 5-year overall survival of N2 patients was 31.5%.", "N2 patients"),
    ("The 3-year survival rate of completely resected patients was 64%.", "completely resected patients"),
    ("The 3-year survival of node-negative patients was 71%.", "node-negative patients"),
    ("Median survival of patients with a complete response was 6.2 years.", "patients with a complete response"),
])
def test_a_subset_named_before_the_value_is_its_cohort(sentence, label):
    out = extract_text("Results: We treated 150 patients. " + sentence)
    (row,) = rows_where(out, endpoint="OS")
    assert _by_key(out)[row["cohort"]] == label
@pytest.mark.parametrize(("sentence", "expected"), [
    # an allocation whose second arm has a number of cycles or a shared background
    # "alone or 3 cycles of B": the "or" parts the two arms; the number of cycles is no part of B's name
    ("Patients were randomly assigned to resection alone or to three cycles of drug K (80 mg/m(2)) and drug L (area "
     "under curve, 5) followed by resection.", {"resection alone", "drug K and drug L"}),
    ("Eligible women were randomised to receive either observation alone or four courses of regimen Q given every "
     "two weeks.", {"observation alone", "regimen Q"}),
    # what every arm gets, after the list, ends it
    ("Patients were randomly assigned to drug K 100 mg or placebo, in addition to drug M 60 mg/m2 plus drug N "
     "(up to four cycles).", {"drug K", "placebo"}),
    ("Participants were randomized to drug K or matching placebo, each combined with drug M and drug N.",
     {"drug K", "placebo"}),
    # what comes before either is no arm name
    # before "either", what every arm gets
    ("Patients were randomized to receive drug M (area under the curve = 5) and either drug K (80 mg/m2 over 1 h) or "
     "drug L (175 mg/m2 over 3 h) every 3 weeks.", {"drug K", "drug L"}),
    ("Women were randomly assigned to receive radiotherapy and either drug K or drug L.", {"drug K", "drug L"}),
    # "randomized to drug K (dose) with either drug L (dose) or drug M (AUC 5) for 6 cycles of 28 days": the arms are
    # drug L and drug M ("AUC 5" is a dose, no short name; "for 6 cycles" ends the list), and the paper may call them by
    # what all get joined to each: "drug K+drug L"
    ("Patients were randomized (1:1) to drug K (40 mg/m2) with either drug L (60 mg/m2) or drug M (AUC5) for 6 "
     "cycles of 28 days.", {"drug L", "drug M"}),
    ("Patients were randomly assigned to drug K with either drug L or drug M for four cycles of 21 days.",
     {"drug L", "drug M"}),
    # (no "either": both names whole, the schedule after them no part of the second)
    ("Patients were randomly assigned to drug K or drug L for six cycles of 21 days.", {"drug K", "drug L"}),
])
def test_the_arm_names_of_an_allocation(sentence, expected):
    assert {d.label for d in find_group_definitions(normalize(sentence).text)} == expected


@pytest.mark.parametrize("text", [
    ASSIGNED_KM + "RESULTS Forty-one patients received KM (drug K 20 mg/m(2), day 1, every 3 weeks) and 39 received "
    "LM.",
    ASSIGNED_KM + "In total, 41 women received KM and 39 women received LM.",
])
def test_a_sentence_that_only_says_who_received_which_arm_gives_the_sizes(text):
    assert sorted(n for n in groups_of(text).values()) == [39, 41]


def test_a_dose_in_brackets_joins_only_two_drugs_of_one_name():
    """"drug K (250 mg) twice daily or chemotherapy with either drug L or drug M": no arm is "drug K twice"."""
    got = find_group_definitions(normalize(
        "Patients were randomly assigned to receive drug K (250 mg) twice daily or chemotherapy with either drug L "
        "(500 mg/m2) or drug M (75 mg/m2) every 3 weeks.").text)
    assert not [d for d in got if "twice" in d.label or d.label in ("drug L", "drug M")]


@pytest.mark.parametrize("sentence", [
    "Overall, 14 patients (5%) died after resection: six in the drug K arm and eight in the resection-alone arm.",
    "Overall, 14 patients (5%) died during resection, six in the drug K arm and eight in the resection-alone arm.",
])
def test_a_treatment_said_as_a_time_is_not_the_arm_that_had_it_alone(sentence):
    text = "Patients were randomly assigned to drug K plus resection (n = 120) or resection alone (n = 118). "
    text += sentence
    got = {(r["value"], r["cohort"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert {value for value, cohort in got if cohort == "resection_alone"} == {8.0}


@pytest.mark.parametrize("text", [
    "Drug K plus drug L versus drug K alone in lung cancer. Patients were randomized to receive either drug K or "
    "drug K plus drug L every 4 weeks.",
    "Resection with or without drug L: a randomised trial. Patients were randomly assigned to resection alone or to "
    "four cycles of drug L followed by resection. Median survival was 30 months in the resection-only arm.",
])
def test_a_name_and_the_same_name_alone_or_only_are_one_group(text):
    index = index_of(text)
    assert len(index.groups) == 2, [g.aliases for g in index.groups]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the people's verb before the outcome, the group after it
    ("No complete response was seen; 11 (12%) patients had a partial response in the capecitabine group, as did two "
     "patients in the observation group.", [("capecitabine", "PR", "count", 11.0, None)]),
    ("Nine (10%) patients developed grade 3 diarrhoea in the capecitabine arm and one in the observation arm.",
     [("capecitabine", "TOX", "count", 9.0, None)]),
    # the total's people qualified: "of 86 treated patients"
    ("Adverse events of grade 3 or worse occurred in 20 (23%) of 86 treated patients in the capecitabine group and in "
     "6 (7%) of 85 in the observation group.", [("capecitabine", "TOX", "count", 20.0, 86)]),
    ("Serious adverse events were reported in 15 (17%) of 87 evaluable patients in the capecitabine group and 5 (6%) "
     "of 85 in the observation group.", [("capecitabine", "SAE", "count", 15.0, 87)]),
])
def test_a_count_whose_outcome_or_qualified_total_stands_between_it_and_its_group(sentence, expected):
    got = rows(sentence)
    assert [row for row in expected if row in got] == expected, got


@pytest.mark.parametrize("sentence", [
    "Median PFS and overall survival times for capecitabine and observation were 9.1 and 6.4 months (HR, 0.81; 95% CI, "
    "0.6 to 1.1) and 51.1 and 36.4 months (HR, 0.75; 95% CI, 0.5 to 1.0), respectively.",
    "Median relapse-free and overall survival for capecitabine and observation were 9.1 and 6.4 months and 51.1 and "
    "36.4 months, respectively.",
])
def test_pairs_of_values_after_two_outcomes_are_not_the_last_outcome(sentence):
    """Which pair is which outcome only their order tells; a pair read alone is no value of the outcome named last,
    nor is the first value the second group's."""
    got = rows(sentence)
    assert not [r for r in got if r[1] == "OS" and r[3] in (9.1, 6.4)], got
    assert not [r for r in got if r[0] == "observation" and r[3] == 9.1], got


@pytest.mark.parametrize("sentence", [
    "The main grade 3 events were rash (3% with capecitabine v 1% with observation) and enzyme K (EK)/enzyme L (EL) "
    "elevation (5%/11% with capecitabine v 2%/4% with observation).",
    "The main grade 3 events were rash (3% with capecitabine v 1% with observation) and serum marker (SM) rise (9% "
    "with capecitabine v 6% with observation).",
])
def test_values_of_a_later_item_no_vocabulary_knows_are_not_the_earlier_items(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[3] in (5.0, 11.0, 2.0, 4.0, 9.0, 6.0)], got


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Median PFS and overall survival times for capecitabine and observation were 9.1 and 6.4 months (HR, 0.81; 95% "
     "CI, 0.6 to 1.1) and 51.1 and 36.4 months (HR, 0.75; 95% CI, 0.5 to 1.0), respectively.",
     {("PFS", 0.81), ("OS", 0.75)}),
    ("Relapse-free and overall survival for capecitabine and observation were 9.1 and 6.4 months (HR 0.81, 95% CI "
     "0.6-1.1) and 51.1 and 36.4 months (HR 0.75, 95% CI 0.5-1.0).", {("DFS", 0.81), ("OS", 0.75)}),
])
def test_as_many_ratios_after_two_outcomes_as_outcomes_are_theirs_in_order(sentence, expected):
    got = {(r[1], r[3]) for r in rows(sentence) if r[2] == "hr"}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Median PFS and overall survival times for capecitabine and observation were 9.1 and 6.4 months (HR, 0.81; 95% "
    "CI, 0.6 to 1.1) and 51.1 and 36.4 months (HR, 0.75; 95% CI, 0.5 to 1.0), respectively.",
    "Median DFS and OS for capecitabine and observation were 9.1 and 6.4 months (HR 0.81, 95% CI 0.6-1.1) and 51.1 "
    "and 36.4 months (HR 0.75, 95% CI 0.5-1.0).",
])
def test_two_lists_of_values_after_two_outcomes_are_theirs_in_order(sentence):
    got = rows(sentence)
    assert {("capecitabine", "OS", "median", 51.1, None), ("observation", "OS", "median", 36.4, None)} <= got, got
    assert not [r for r in got if r[1] == "OS" and r[3] in (9.1, 6.4)], got


@pytest.mark.parametrize("events", [
    "nausea (120 [80%] of 150 patients; 15 [10%] were grade 3) and fatigue (90 [60%] patients; 9 [6%] were grade 3)",
    "nausea (120 [80%] of 150 participants; 15 [10%] of which were grade 3) and fatigue (90 [60%]; 9 [6%] were "
    "grade 3)",
])
def test_a_grade_said_after_values_in_a_bracket_is_theirs(events):
    text = ("Methods: Patients were randomly assigned to drug K or placebo. Results: The most common adverse events "
            f"in the drug K group were {events}.")
    got = {(r["category"], r["measure"], r["value"], r["grade"]) for r in extract_text(text)["results"]
           if r["endpoint"] == "TOX"}
    assert {("nausea", "count", 120.0, None), ("nausea", "count", 15.0, "3"), ("fatigue", "count", 90.0, None),
            ("fatigue", "rate", 6.0, "3")} <= got


@pytest.mark.parametrize("sentence", [
    "A subgroup analysis of node-negative patients showed that drug A gave a longer mean survival (31.2 months; "
    "95% CI: 25.0-37.1 months versus 24.4 months; 95% CI: 19.9-29.3 months).",
    "The pooled analysis of elderly patients showed a longer median survival (14.0 vs 9.1 months).",
])
def test_an_analysis_that_shows_a_pair_is_no_group(sentence):
    # the subject that "showed" the pair is an analysis, not patients: neither it nor "not" it is a group
    out = extract_text("Results: We enrolled 300 patients. " + sentence)
    assert not [r for r in out["results"] if "analysis" in (r.get("cohort") or "")]


@pytest.mark.parametrize("sentence", [
    "Median PFS in Korean patients was 11.4 months for drug A and 5.2 months for drug B (hazard ratio 0.45).",
    "The commonest events in elderly patients were rash (44%) for drug A and nausea (38%) for drug B.",
    # the subgroup named as what was analysed, before the arm's values
    "A subgroup analysis of node-negative patients showed that drug A gave a longer mean survival (31.2 months; "
    "95% CI: 25.0-37.1 months versus 24.4 months; 95% CI: 19.9-29.3 months).",
    "Subset analyses in premenopausal women found median PFS of 11.4 months with drug A and 5.2 months with drug B.",
])
def test_arms_values_within_a_subgroup_are_not_the_arms(sentence):
    text = ("Methods: Patients were randomly assigned to drug A or drug B. Results: We enrolled 300 patients. "
            + sentence)
    out = extract_text(text)
    arms = {c["key"] for c in out["cohorts"] + out["arms"] if c["label"] in ("drug A", "drug B")}
    assert arms and not [r for r in out["results"] if r["cohort"] in arms]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    # two groups of patients, each said by who they are, around "compared with"
    ("Local control was better in patients with small tumours compared to patients with bulky tumours "
     "(83% vs 58%; p = 0.03).", "patients with small tumours", "patients with bulky tumours"),
    ("The 3-year survival for the 44 patients with one lesion, as compared with those who had several lesions, was "
     "57% versus 29%, respectively (p = 0.01).", "patients with one lesion", "patients who had several lesions"),
    # the patients right before "than" and "those who ..." after it
    ("Longer PFS was seen in patients who received drug K than in those who received no drug K (median PFS, 9.4 "
     "months versus 5.1 months).", "patients who received drug K", "patients who received no drug K"),
    ("Higher response rates were seen among women treated with drug K than in women treated with drug L "
     "(44% vs 26%).", "women treated with drug K", "women treated with drug L"),
])
def test_values_of_two_groups_said_by_who_they_are(sentence, first, second):
    text = f"A review of melanoma\n\nWe reviewed 160 patients treated from 2002 to 2010. {sentence}"
    out = extract_text(text)
    label = _by_key(out)
    rows = rows_where(out, measure=("rate", "median"))
    assert len(rows) == 2
    assert [label[r["cohort"]] for r in rows] == [first, second]
    assert rows[0]["comparator"] == rows[1]["cohort"] and rows[1]["comparator"] == rows[0]["cohort"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # radiotherapy schedules name the arms
    # a fractionation trial's arms are its schedules
    ("Patients with painful spinal metastases were randomised to receive either 24 Gy in 6 fractions or a 9 Gy "
     "single fraction.", {"24 Gy in 6 fractions", "9 Gy single fraction"}),
    ("Women with brain metastases were randomly assigned to 36 Gy in twelve fractions or 18 Gy in two fractions.",
     {"36 Gy in 12 fractions", "18 Gy in 2 fractions"}),  # number words are read as digits
    # the arms a trial of ours compared
    # the paper's own trial and the two arms it compared
    ("This randomised phase II trial compared drug K plus radiotherapy with radiotherapy alone in adults with "
     "glioma.", {"drug K plus radiotherapy", "radiotherapy alone"}),
    ("We report a multicentre randomized study that compared wide excision to excision plus drug M (EM).",
     {"wide excision", "excision plus drug M"}),
    ("A randomized trial compared drug K versus observation.", {"drug K", "observation"}),
    # someone else's trial, or one still to be run, defines none of the paper's groups
    ("For example, in a randomized trial comparing drug K with drug L, thrombosis was more frequent.", set()),
    ("A randomized trial that compared drug K with drug L is needed.", set()),
    ("In a phase III randomised trial comparing drug K with drug L, rashes were common (Moore et al, 2004).", set()),
])
def test_the_arms_named_by_a_trial(sentence, expected):
    assert set(groups_of("A trial\n\n" + sentence)) == expected


@pytest.mark.parametrize("text", [
    "Women with a BMI > 28 receiving chemotherapy were randomized to chemotherapy with supervised exercise (CE) or "
    "chemotherapy alone. Fatigue was lower with CE than with chemotherapy alone.",
    "Women with a BMI ≥ 28 receiving chemotherapy were randomized to chemotherapy with supervised exercise (CE) or "
    "chemotherapy alone. Fatigue was lower with CE than with chemotherapy alone.",
])
def test_a_bound_before_a_treatment_is_no_group_size(text):
    # "> 28 receiving chemotherapy ... were randomized": a threshold of who was eligible, not 28 people
    assert groups_of("A trial\n\n" + text) == {"CE": None, "chemotherapy alone": None}


@pytest.mark.parametrize("sentence", [
    "In all, 300 patients were enrolled (148 assigned to drug K vs 152 assigned to drug L).",
    "In all, 300 patients were enrolled (148 assigned to drug K and 152 assigned to drug L).",
    "In all, 300 patients were enrolled: 148 were randomly assigned to drug K versus 152 to drug L.",
])
def test_counts_assigned_to_each_arm_in_a_bracket_or_set_against_each_other(sentence):
    text = f"A trial\n\n{sentence} Median survival was 9 months with drug K and 8 months with drug L."
    assert groups_of(text) == {"drug K": 148, "drug L": 152}


@pytest.mark.parametrize("results", [
    "Pain relief at 2 months was 64% in the 24 Gy arm and 59% in the single fraction arm.",
    "Pain relief at 2 months was 64% after 24 Gy and 59% after the 9 Gy single fraction.",
])
def test_schedule_arms_go_by_their_dose_or_single_fraction(results):
    text = ("A trial\n\nPatients with painful spinal metastases were randomised to receive either 24 Gy in 6 fractions "
            "or a 9 Gy single fraction. " + results)
    out = extract_text(text)
    label = _by_key(out)
    assert [(label[r["cohort"]], r["value"]) for r in out["results"]] == [
        ("24 Gy in 6 fractions", 64.0), ("9 Gy single fraction", 59.0)]


@pytest.mark.parametrize("title, results", [
    # the arms named by their fractionation alone, in the title and in the results
    ("Single-fraction versus multifraction radiotherapy for painful bone metastases",
     "Pain relief at 2 months was 61% in the single-fraction arm and 66% in the multifraction arm."),
    ("One fraction or several for painful bone metastases",
     "Pain relief at 2 months was 61% in the single fraction group and 66% in the multiple-fraction group."),
    ("Single-fraction or multifraction RT for painful bone metastases",
     "Pain relief at 2 months was 61% after single-fraction radiotherapy and 66% after multifraction radiotherapy."),
    # the role with its article: "after a single fraction"
    ("Radiotherapy for painful bone metastases",
     "Pain relief at 2 months was 61% after a single fraction and 66% after multiple fractions."),
    ("Radiotherapy for painful bone metastases",
     "Pain relief at 2 months was seen in 61% of patients treated with a single fraction and 66% of those given "
     "multiple fractions."),
])
def test_two_schedule_arms_go_by_single_fraction_and_multifraction(title, results):
    text = (f"{title}\n\nPatients with painful bone metastases were randomised to 10 Gy in a single fraction "
            "(n = 80) or 21 Gy in 7 fractions (n = 82). " + results)
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert sorted((size.get(r["cohort"]), r["value"]) for r in out["results"]) == [(80, 61.0), (82, 66.0)]


@pytest.mark.parametrize("title, hypo, conventional, results", [
    ("Shorter radiotherapy after breast-conserving surgery", "42 Gy in 16 fractions", "50 Gy in 25 fractions",
     "Local relapse at 5 years was 2.9% in the hypofractionated group and 3.3% in the conventional group."),
    ("Hypofractionated versus conventionally fractionated radiotherapy for prostate cancer", "62 Gy in 20 fractions",
     "76 Gy in 38 fractions",
     "Late grade 2 or worse bowel toxicity was 9.1% with hypofractionation and 7.7% with conventional fractionation."),
    ("Two schedules for prostate cancer", "20 x 3.1 Gy", "38 x 2 Gy",
     "Late grade 2 or worse bowel toxicity was 9.1% in the hypofractionated arm and 7.7% in the conventional arm."),
])
def test_two_schedule_arms_go_by_hypofractionated_and_conventional(title, hypo, conventional, results):
    text = (f"{title}\n\nPatients were randomly assigned to {conventional} (n = 150) or {hypo} (n = 152). " + results)
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert sorted((size.get(r["cohort"]), r["value"]) for r in out["results"]) in (
        [(150, 3.3), (152, 2.9)], [(150, 7.7), (152, 9.1)])


def test_two_hypofractionated_schedules_have_no_conventional_arm():
    # both schedules of fractions larger than 2 Gy: neither is "the conventional arm"
    text = ("A trial\n\nPatients were randomly assigned to 36 Gy in 6 fractions (n = 60) or 45 Gy in 15 fractions "
            "(n = 61). Late toxicity was 12% in the hypofractionated arm and 8% in the conventional arm.")
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert not [r for r in out["results"] if size.get(r["cohort"]) in (60, 61)]


def test_three_schedule_arms_have_no_multifraction_arm():
    # two schedules of several fractions: "the multifraction arm" is neither, and its value goes to no arm
    text = ("A trial\n\nPatients were randomised to 10 Gy in a single fraction (n = 80), 21 Gy in 7 fractions (n = 82) "
            "or 30 Gy in 10 fractions (n = 81). Pain relief at 2 months was 61% in the single-fraction arm and 66% in "
            "the multifraction arm.")
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    got = {(size.get(r["cohort"]), r["value"]) for r in out["results"]}
    assert (80, 61.0) in got and not {g for g in got if g[1] == 66.0 and g[0] in (82, 81)}


@pytest.mark.parametrize(("results", "to_all"), [
    # "of N" at the sentence's end: the total the count is of; an arm's size in a two-arm trial is no one's whole
    ("Local recurrence occurred in 19 (21%) of 90 patients.", False),
    ("Grade 3 diarrhoea was seen in 12 (13%) of 90.", False),
    # a total near the trial's size is of all who could be evaluated (no arm is that large): the part of all
    # patients of that size
    ("Local recurrence occurred in 19 (11%) of 178 patients.", 178),
    ("Grade 3 diarrhoea was seen in 12 (7%) of 176.", 176),
])
def test_a_count_of_an_arm_sized_total_is_no_row_of_all(results, to_all):
    text = ("A trial\n\nIn all, 180 patients with soft-tissue sarcoma were randomly assigned to drug K or drug M. "
            + results)
    out = extract_text(text)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    got = [(cohorts[r["cohort"]]["parent"], cohorts[r["cohort"]]["n"]) for r in out["results"]]
    assert got == ([("all", to_all)] * 2 if to_all else [])


@pytest.mark.parametrize("sentence", [
    # a group's name ends before the time points of the next values ("with 1- and 3-year ...")
    ("Median PFS was 7 months for drug K and 4.5 months for drug L with 1- and 3-year survival rates of 41% and 9% "
     "versus 37% and 5% (P = .41). Median OS for drug K was 11.2 months versus 10.1 months for drug L."),
    ("Median PFS was 7 months for drug K and 4.5 months for drug L with 1-, 2- and 3-year survival rates of 41%, 20% "
     "and 9% versus 37%, 15% and 5%. Median OS for drug K was 11.2 months versus 10.1 months for drug L."),
])
def test_a_group_named_before_time_points_is_no_numbered_group(sentence):
    out = extract_text("A trial\n\nWe treated 200 patients with mesothelioma. " + sentence)
    label = _by_key(out)
    medians = [(label[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "median"]
    assert ("drug L", 4.5) in medians and ("drug L", 10.1) in medians
    assert not any(re.search(r"\d", name) for name, _ in medians)


@pytest.mark.parametrize("sentence", [
    "Patients given drug K had the highest response rate, as shown in Fig. 3 (OR, 4.1; 95% CI 1.5-11.2).",
    "Patients given drug K had a higher response rate, see Table 2 (OR 3.3, 95% CI 1.2-9.0).",
])
def test_a_figure_or_table_is_no_factor_of_a_ratio(sentence):
    out = extract_text("A trial\n\nWe treated 120 patients with sarcoma. " + sentence)
    labels = {c["label"].lower() for c in out["cohorts"]}
    assert not any(re.search(r"\b(?:fig|table|shown|see)\b", x) for x in labels)


TWO_ARMS = "A trial\n\nIn all, 240 patients were randomly assigned to drug K (n = 120) or placebo (n = 120). "


@pytest.mark.parametrize(("sentence", "arms"), [
    # a contrast in words of groups that are none of the trial's arms: its unnamed pair is not the arms
    ("Overall survival was longer in patients with low compared with high marker levels (15.2 months vs 9.8 "
     "months).", False),
    ("More rash was seen in the maintenance phase compared to induction (18% vs 6%).", False),
    # a pair with no words of contrast, or one whose words name an arm, is the arms'
    ("Overall survival was 15.2 months vs 9.8 months.", True),
    ("Overall survival was longer with drug K compared with placebo (15.2 months vs 9.8 months).", True),
])
def test_an_unnamed_pair_of_other_groups_is_not_the_arms(sentence, arms):
    out = extract_text(TWO_ARMS + sentence)
    cohorts = {r["cohort"] for r in out["results"]}
    assert (cohorts == {"drug_k", "placebo"}) == arms
    assert len(out["results"]) == 2


@pytest.mark.parametrize(("methods", "results"), [
    ("The intervention group received six weekly doses of drug K. The control group received best supportive care.",
     "Pain relief was reported in 40 of 90 patients in the interventional group and 22 of 88 patients in the control "
     "group. Median survival was 13.4 months vs 11.0 months (hazard ratio 0.81, 95% CI 0.62-1.05)."),
    ("Patients in the observation group were seen every three months; the chemotherapy group received four cycles.",
     "In the chemotherapy group and the observational group, 3-year overall survival was 71% and 64% respectively. "
     "Median disease-free survival was 40.2 months vs 31.7 months."),
])
def test_an_adjective_in_ional_names_the_group_its_noun_names(methods, results):
    out = extract_text(f"A trial\n\n{methods} {results}")
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    named = [k for k, lab in labels.items() if lab.startswith(("intervention", "observation"))]
    assert len(named) == 1  # one group, not "intervention" and "interventional"
    medians = {r["cohort"]: r["value"] for r in out["results"] if r["measure"] == "median"}
    assert len(medians) == 2 and "all" not in medians


@pytest.mark.parametrize(("results", "after", "counts"), [
    ("At last follow-up, 80% of patients (40 patients in arm A and 38 patients in arm B) had PD and 60% of patients "
     "(30 patients in arm A and 29 patients in arm B) had died.", "DEATH", {30.0, 29.0}),
    # (the first bracket's counts are the local relapses said after it, never the complete responses)
    ("Overall, 45% (22 in arm A and 21 in arm B) relapsed locally and 20% (11 in arm A and 9 in arm B) had a complete "
     "response.", "CR", {11.0, 9.0}),
])
def test_counts_in_a_bracket_of_groups_are_of_the_outcome_after_the_bracket(results, after, counts):
    out = extract_text("A trial\n\nPatients were randomly assigned to arm A (n = 50) or arm B (n = 48). " + results)
    last = sorted(out["results"], key=lambda r: r["char_start"])[-1]
    assert last["endpoint"] == after and last["value"] in counts
    assert all(r["value"] in counts for r in out["results"] if r["endpoint"] == after and r["measure"] == "count")


@pytest.mark.parametrize("results", [
    "In arm A, response rate (64% v 11%), PFS (12.8 v 3.1 months), and overall survival (28.4 v 16.9 months) "
    "favoured EGFR-mutant patients.",
    "In arm A, grade 3 rash was more frequent in the previously treated group (12% vs 4% for the untreated group).",
])
def test_a_pair_within_the_one_group_that_opens_the_sentence_is_no_groups_own(results):
    out = extract_text("A trial\n\nPatients were randomly assigned to arm A (drug K, n = 80) or arm B (drug L, "
                       "n = 82). " + results)
    assert not out["results"]


def test_the_one_group_that_opens_the_sentence_keeps_its_own_values():
    out = extract_text("A trial\n\nPatients were randomly assigned to arm A (drug K, n = 80) or arm B (drug L, "
                       "n = 82). In arm A, the response rate was 40% and median PFS was 6.1 months.")
    assert {(r["cohort"], r["value"]) for r in out["results"]} == {("arm_a", 40.0), ("arm_a", 6.1)}


DOSE_ARMS = ("A trial\n\nWe enrolled 600 patients: 200 allocated to drug K 3 mg/kg, 201 allocated to drug K 9 mg/kg, "
             "and 199 allocated to drug L. ")


@pytest.mark.parametrize(("results", "expected"), [
    ("Median survival was 9.5 months with drug K 3 mg/kg, 11.2 months with drug K 9 mg/kg, and 7.9 months with "
     "drug L.", {("drug_k_3_mg_kg", 9.5), ("drug_k_9_mg_kg", 11.2), ("drug_l", 7.9)}),
    ("Grade 3 or worse adverse events were less frequent with drug K (31 [16%] of 196 patients given 3 mg/kg and 40 "
     "[20%] of 198 given 9 mg/kg) than with drug L (70 [37%] of 190).",
     {("drug_k_3_mg_kg_n196", 31.0), ("drug_k_3_mg_kg_n196", 16.0), ("drug_k_9_mg_kg_n198", 40.0),
      ("drug_k_9_mg_kg_n198", 20.0), ("drug_l_n190", 70.0), ("drug_l_n190", 37.0)}),
])
def test_values_of_dose_arms_go_to_the_dose_named(results, expected):
    out = extract_text(DOSE_ARMS + results)
    assert {(r["cohort"], r["value"]) for r in out["results"]} == expected


@pytest.mark.parametrize(("results", "value"), [
    # a ratio
    ("Survival was longer for drug K 3 mg/kg versus drug L (HR 0.80, 95% CI 0.66-0.97) and for drug K 9 mg/kg "
     "versus drug L (HR 0.70, 95% CI 0.57-0.86).", 0.70),
    ("Compared with drug L, survival was longer with drug K 3 mg/kg and with drug K 9 mg/kg; the gain was largest "
     "with drug K 9 mg/kg vs drug L (hazard ratio 0.70, 95% CI 0.57-0.86).", 0.70),
    # a pair of values
    ("The response rate was higher with drug K 3 mg/kg than with drug L (34% vs 21%) and with drug K 9 mg/kg than "
     "with drug L (38% vs 21%).", 38.0),
    ("Median survival was longer for drug K 3 mg/kg versus drug L (median 10.1 vs 8.0 months) and for drug K 9 mg/kg "
     "versus drug L (median 12.3 vs 8.0 months).", 12.3),
])
def test_a_ratio_or_a_pair_right_after_two_groups_compared_is_theirs(results, value):
    out = extract_text(DOSE_ARMS + results)
    assert [(r["cohort"], r["comparator"]) for r in out["results"] if r["value"] == value] == [
        ("drug_k_9_mg_kg", "drug_l")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A trial\n\nA randomised study compared the efficacy of 5 x 4 Gy versus our standard 12 x 2.5 Gy in 180 patients. "
     "Patients were randomized to receive either 12 x 2.5 Gy or 5 x 4 Gy.", {"5 × 4 Gy", "12 × 2.5 Gy"}),
    ("A trial\n\nA randomised study compared the effect of 1 x 10 Gy with 6 x 4 Gy in 90 patients. Palliation in the "
     "6 x 4-Gy arm lasted longer than in the 1 x 10-Gy arm.", {"1 × 10 Gy", "6 × 4 Gy"}),
])
def test_a_schedule_of_fractions_times_dose_names_an_arm(text, expected):
    assert set(groups_of(text)) == expected


@pytest.mark.parametrize("results", [
    "Survival in the 12 x 2.5-Gy arm was better than in the 5 x 4-Gy arm with 1-year survival of 23.1% v 12.4%.",
    "Survival was better in the 12 x 2.5-Gy arm than in the 5 x 4-Gy arm, with 1-year survival of 23.1% v 12.4%.",
])
def test_values_of_schedule_arms_go_to_the_arms(results):
    out = extract_text("A trial\n\nA randomised study compared the efficacy of 5 x 4 Gy versus our standard "
                       "12 x 2.5 Gy in 180 patients. " + results)
    assert {(r["cohort"], r["value"]) for r in out["results"]} == {("12_2_5_gy", 23.1), ("5_4_gy", 12.4)}


@pytest.mark.parametrize("text", [
    "A trial\n\nPatients were randomly assigned to group A (n = 50) or group B (n = 48). Median PFS was 9 months "
    "(arm A, 6 months; arm B, 12 months).",
    "A trial\n\nWe randomised 98 patients to arm A (n = 50) or arm B (n = 48). The response rate was 31% in group A "
    "and 22% in group B.",
])
def test_a_letter_named_by_arm_and_by_group_is_one_group(text):
    out = extract_text(text)
    assert len([c for c in out["cohorts"] if c["key"] != "all"]) == 2
    # (the whole's median before its groups' bracket is all patients')
    assert {r["cohort"] for r in out["results"]} - {"all"} <= {c["key"] for c in out["cohorts"] if c["n"] in (50, 48)}


@pytest.mark.parametrize(("title", "methods", "short"), [
    ("Phase III trial of zorafen plus lumatin versus single-agent zorafen in advanced cancer.",
     "Patients received zorafen alone (zorafen arm) or with lumatin (ZL arm).", "ZL arm"),
    ("Randomised study of tavimab and oxaloran versus tavimab alone in bladder cancer.",
     "Patients received tavimab alone or with oxaloran (TO group).", "TO group"),
])
def test_a_group_named_first_in_the_title_keeps_its_place_under_its_short_name(title, methods, short):
    # the title's combination is later called by its letters; an unnamed pair's first value is still its
    text = f"/ Doe et al., 2001\n// {title}\n\n  >>> METHODS\n    {methods}\n\n  >>> RESULTS\n    " \
           f"Response rates were higher (44% v 23%; P = .01), favouring the {short}.\n"
    rows = {r["value"]: r["cohort"] for r in extract_text(text)["results"]}
    assert re.search(r"alone|single", rows[23.0]) and rows[44.0] not in ("all", rows[23.0])


@pytest.mark.parametrize(("results", "expected"), [
    ("In all, 190 deaths were recorded (88 in the drug Q group and 102 in the placebo group).",
     {(88.0, "drug_q"), (102.0, "placebo"), (190.0, "all")}),
    ("Relapse occurred in 70 patients (31 in the drug Q group and 39 in the placebo group).",
     {(31.0, "drug_q"), (39.0, "placebo"), (70.0, "all")}),
])
def test_a_bare_count_split_between_the_arms_in_its_bracket(results, expected):
    assert {(r[2], r[3]) for r in arm_rows(results) if r[1] == "count"} == expected


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


@pytest.mark.parametrize(("results", "category", "grade"), [
    ("Grade 3 pneumonitis was seen in six patients in each group, and five patients (three in the drug Q group and "
     "two in the placebo group) developed grade 3 pulmonary fibrosis.", "pulmonary fibrosis", "3"),
    ("Grade 3 rash was rare, and seven patients (four in the drug Q group and three in the placebo group) had grade 2 "
     "fatigue.", "fatigue", "2"),
])
def test_a_split_in_a_bracket_is_of_the_graded_event_said_after_it(results, category, grade):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    split = {(r["value"], r["cohort"]) for r in extraction["results"]
             if r["measure"] == "count" and r["category"] == category and r["grade"] == grade}
    assert len(split & {(3.0, "placebo"), (2.0, "placebo"), (4.0, "drug_q"), (3.0, "drug_q")}) == 2
    assert not [r for r in extraction["results"] if r["cohort"] in ("drug_q", "placebo")
                and r["category"] != category and r["value"] < 5]


@pytest.mark.parametrize(("results", "expected"), [
    ("With drug Q, 31% of patients responded (6 complete responses and 40 partial responses), whereas with placebo, "
     "9% responded (1 complete response and 12 partial responses).",
     {("CR", 6.0, "drug_q"), ("PR", 40.0, "drug_q"), ("CR", 1.0, "placebo"), ("PR", 12.0, "placebo")}),
    ("In the drug Q group, 36 patients responded [four complete responses and 32 partial responses].",
     {("CR", 4.0, "drug_q"), ("PR", 32.0, "drug_q")}),
])
def test_a_breakdown_in_the_bracket_after_a_groups_value_is_that_groups(results, expected):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    got = {(r["endpoint"], r["value"], r["cohort"]) for r in extraction["results"]
           if r["measure"] == "count" and r["endpoint"] in ("CR", "PR")}
    assert got == expected


ARMS_152_148 = """Trial of drug Q in gastric cancer

Abstract
Methods: 300 patients were randomly assigned to drug Q (n = 152) or placebo (n = 148).
Results: {results}
"""


@pytest.mark.parametrize("results", [
    # the paper writes the placebo arm's count first; its total says whose it is
    "Local recurrence was less common (9 [6%] of 148 vs 31 [21%] of 152).",
    "Radiotherapy prevented local recurrence (9 [6%] of 148 vs 31 [21%] of 152; P<.001).",
])
def test_a_pairs_counts_go_to_the_arms_their_totals_are_the_sizes_of(results):
    extraction = extract_text(ARMS_152_148.format(results=results), "trial.txt")
    got = {(r["value"], r["cohort"]) for r in extraction["results"] if r["measure"] == "count"}
    assert got == {(9.0, "placebo"), (31.0, "drug_q")}


LETTERED_ARMS = """Trial of drug Q in gastric cancer

Abstract
Methods: Patients were randomly assigned to drug Q (group 1, n = 150) or placebo (group 2, n = 150).
Results: {results}
"""


@pytest.mark.parametrize(("results", "expected"), [
    ("Neutropenia and fatigue were the main grade 3 toxicities in group 1 (40 [27%] and 12 [8%], respectively) and "
     "group 2 (35 [23%] and 20 [13%], respectively).",
     {("neutropenia", "3", 40.0, "group_1"), ("fatigue", "3", 12.0, "group_1"), ("neutropenia", "3", 35.0, "group_2"),
      ("fatigue", "3", 20.0, "group_2")}),
    ("Anaemia and diarrhoea were the most common grade 3 or 4 adverse events, in group 1 (22 [15%] and 9 [6%], "
     "respectively) and in group 2 (14 [9%] and 3 [2%], respectively).",
     {("anaemia", "3-4", 22.0, "group_1"), ("diarrhoea", "3-4", 9.0, "group_1"), ("anaemia", "3-4", 14.0, "group_2"),
      ("diarrhoea", "3-4", 3.0, "group_2")}),
])
def test_events_named_as_the_main_toxicities_then_each_groups_bracket_of_counts(results, expected):
    extraction = extract_text(LETTERED_ARMS.format(results=results), "trial.txt")
    got = {(r["category"], r["grade"], r["value"], r["cohort"]) for r in extraction["results"]
           if r["measure"] == "count"}
    assert got == expected


@pytest.mark.parametrize(("results", "expected"), [
    # the unit said once, in a bracket after the median's name
    ("Median OS (months) was drug Q: 14.1 (95% CI, 12.0-16.3); placebo: 11.0 (95% CI, 9.2-13.5).",
     {(14.1, "drug_q"), (11.0, "placebo")}),
    ("Median PFS (weeks) was 26 in the drug Q group and 13 in the placebo group.", {(6.0, "drug_q"), (3.0, "placebo")}),
])
def test_a_medians_unit_in_a_bracket_after_its_name(results, expected):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    assert {(r["value"], r["cohort"]) for r in extraction["results"] if r["measure"] == "median"} == expected


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Overall survival was 15.7 months (95% CI 12.9-17.3) for drug K versus 10.9 months (8.1-12.8) for placebo "
     "(hazard ratio 0.71 [95% CI 0.55-0.92]; p=0.01).", (15.7, "drug K", 12.9), (10.9, "placebo", 8.1)),
    ("Median progression-free survival was 6.3 months (95% CI 5.2 to 7.7) for the combination compared with "
     "4.1 months (3.5 to 4.9) for drug M alone.", (6.3, "combination", 5.2), (4.1, "drug M alone", 3.5)),
    ("The 2-year survival rate was 44% (95% CI 35-53) for arm A and 29% (21-37) for arm B.",
     (44.0, "arm A", 35.0), (29.0, "arm B", 21.0)),
])
def test_a_bare_interval_after_the_second_value_still_leaves_its_group_named(sentence, first, second):
    # the level of the interval said once, in the first bracket; the second bracket holds its bounds alone
    got = {(f.fields["value"], f.group.label if f.group else None, f.fields["ci_low"])
           for f in find_results(sentence).found if f.fields["measure"] != "hr"}
    assert got == {first, second}


@pytest.mark.parametrize("sentence", [
    "Median overall survival was 11.8 months (IQR 6.1-20.7) for 600 patients assigned drug K and 9.3 months "
    "(4.0-17.0) for 598 patients assigned placebo.",
    "Median time to progression was 7.5 months (range 1.5-30.5) for arm A and 5.5 months (0.5-26.0) for arm B.",
])
def test_a_bare_bracket_after_a_spread_is_a_spread_too(sentence):
    got = find_results(sentence).found
    assert len(got) == 2 and all(f.group is not None for f in got)
    assert not [f for f in got if f.fields.get("ci_low") is not None]


@pytest.mark.parametrize(("sentence", "others"), [
    ("Median overall survival in patients who received drug K was 21.0 months (95% CI 17.4-26.9) compared with "
     "18.0 months (15.3-22.9) in those who did not.", "patients who did not receive drug K"),
    ("The 3-year survival was 61% for patients who underwent surgery and 22% for those who did not.",
     "patients who did not undergo surgery"),
    ("Grade 4 toxicity was 51% in patients receiving drug K and 24% in those who did not.",
     "patients not receiving drug K"),
    # no act named to undo: the others keep the words the paper gave them
    ("Grade 4 toxicity was 51% in patients on drug K and 24% in those who did not.", "patients who did not"),
])
def test_those_who_did_not_are_named_by_what_the_others_did(sentence, others):
    labels = {f.group.label for f in find_results(sentence).found if f.group is not None}
    assert others in labels


@pytest.mark.parametrize(("sentence", "expected"), [
    # a group as the subject of a comparison with each value after its name
    ("Patients with locally advanced disease (stage III) had a significantly better response rate (54%) than those "
     "with metastatic disease (23%) (P < 0.01).",
     {(54.0, "Patients with locally advanced disease (stage III)"), (23.0, "patients with metastatic disease")}),
    ("Women had a higher response rate (48%) than men (31%).", {(48.0, "Women"), (31.0, "men")}),
    ("The drug K group had a higher 2-year survival (61%) than the placebo group (42%; p=0.03).",
     {(61.0, "drug K group"), (42.0, "placebo")}),
    ("Those treated with surgery had longer median survival (23 months) than those treated with radiotherapy "
     "(15 months).", {(23.0, "patients treated with surgery"), (15.0, "patients treated with radiotherapy")}),
    # a group before the first value and another after the second
    ("Median PFS in patients with ALK fusion was 9.1 months, and 12.9 months for patients with EGFR mutation.",
     {(9.1, "patients with ALK fusion"), (12.9, "patients with EGFR mutation")}),
    ("The response rate for patients with small tumours was 58% and 33% for patients with bulky tumours.",
     {(58.0, "patients with small tumours"), (33.0, "patients with bulky tumours")}),
])
def test_a_group_named_around_its_values(sentence, expected):
    assert {(f.fields["value"], f.group.label) for f in find_results(sentence).found if f.group} == expected


def test_a_comparison_with_what_was_reported_before_names_no_second_group():
    got = find_results("Patients had a higher response rate (48%) than previously reported (31%).").found
    assert not [f for f in got if f.fields["value"] == 31.0]


def test_values_of_other_studies_named_after_them_respectively_are_no_groups():
    got = find_results("Drug K given twice daily showed good activity in patients with X, with response rates of 57% "
                       "and 48% in earlier phase I and II studies, respectively.").found
    assert not [f for f in got if f.group]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ORR and DCR in the combination group were 41.2% and 70.6%, respectively.",
     {("ORR", 41.2, "combination group"), ("DCR", 70.6, "combination group")}),
    ("The 1- and 2-year OS in the drug A group were 66% and 47%, respectively.",
     {("OS", 66.0, "drug A group"), ("OS", 47.0, "drug A group")}),
])
def test_outcomes_listed_before_one_group_respectively_are_that_groups(sentence, expected):
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(sentence).found}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    # the groups, not the outcomes, listed: whose value is whose is the groups' order (guards)
    "In the drug A group and the placebo group, ORR was 19% and 26%, respectively.",
    "ORR in the drug A group was 19% and 26%, respectively.",
])
def test_values_respectively_after_one_group_and_one_outcome_are_not_that_groups(sentence):
    assert not [f for f in find_results(sentence).found if f.group and f.group.label == "drug A group"]


@pytest.mark.parametrize("sentence", [
    "The A group had a median PFS of 40 months, comparing to the B group with a median PFS of 31 months.",
    "Patients with small tumours had a median PFS of 40 months, in comparison with 31 months for patients with "
    "large tumours.",
])
def test_the_value_after_a_comparison_is_not_the_subjects(sentence):
    got = {(f.fields["value"], f.group.label if f.group else None) for f in find_results(sentence).found}
    assert (31.0, "A group") not in got and not [g for _, g in got if g == "comparison"]
    assert (40.0, "A group") in got or (40.0, "Patients with small tumours") in got


@pytest.mark.parametrize(("results", "expected"), [
    ("At the time of analysis, 90 patients (60%) progressed and 101 (67%) died in the drug Q group, while 105 patients "
     "(70%) progressed and 91 (61%) died in the placebo group.",
     {("FAIL_ANY", 90.0, "drug_q"), ("DEATH", 101.0, "drug_q"), ("FAIL_ANY", 105.0, "placebo"),
      ("DEATH", 91.0, "placebo")}),
    ("Overall, 20 patients (13%) relapsed and 11 (7%) died in the drug Q group.",
     {("FAIL_ANY", 20.0, "drug_q"), ("DEATH", 11.0, "drug_q")}),
])
def test_counts_of_events_joined_by_and_are_of_the_group_named_after_the_last(results, expected):
    assert {(r[0], r[2], r[3]) for r in arm_rows(results) if r[1] == "count"} == expected


def test_a_count_after_a_group_named_earlier_in_its_clause_stays_that_groups():
    got = {(r[2], r[3]) for r in arm_rows(
        "Ninety (60%) patients in the drug Q group, which represented 70 (47%) deaths, and 95 (63%) patients in the "
        "placebo group, which represented 80 (53%) deaths, had no progression.") if r[1] == "count"}
    assert (70.0, "placebo") not in got


@pytest.mark.parametrize(("sentence", "other"), [
    ("The 3-year survival of patients with single metastases was superior to that of patients with multiple "
     "metastases (62.9% versus 35.6%; p = 0.01).", "patients with multiple metastases"),
    ("The response rate of women with small tumours was higher than that of those without nodal disease "
     "(61% vs 38%).", "patients without nodal disease"),
])
def test_the_other_side_named_as_that_of_patients_with_something(sentence, other):
    got = {f.group.label for f in find_results(sentence).found if f.group}
    assert other in got and not [x for x in got if x.startswith("not ")]


@pytest.mark.parametrize("results", [
    "Median survival was 7 months in the drug Q group and 9 months in the placebo group, and the survival rates were "
    "33% and 38% at 1 year and 8% and 13% at 2 years, respectively.",
    "Median survival was 7 months in the drug Q group and 9 months in the placebo group; survival rates were 33% and "
    "38% at 12 months, 17% and 21% at 24 months, and 8% and 13% at 36 months, respectively.",
])
def test_a_pair_at_each_time_said_after_it_respectively_is_the_groups(results):
    got = {(r[2], r[3]) for r in arm_rows(results) if r[1] == "rate"}
    assert {(33.0, "drug_q"), (38.0, "placebo"), (8.0, "drug_q"), (13.0, "placebo")} <= got


@pytest.mark.parametrize("sentence", [
    "There was no survival difference between stage IIA(N1) versus stage IIB (median survivals, 14 and 19 months; "
    "2-year survival rates, 36% and 41%).",
    "Survival did not differ between women and men (median survival: 14 and 19 months; 2-year survival: 36% and 41%).",
])
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


@pytest.mark.parametrize("results, expected", [
    ("In the drug Q group, the number of patients with a grade 3 or worse adverse event was higher "
     "(91 [61%] of 149 patients) than in the placebo group (52 [35%] of 148).",
     {("TOX", "count", 91.0, "drug_q_n149"), ("TOX", "count", 52.0, "placebo_n148")}),
    ("In the drug Q group, serious adverse events were more common (40 [27%] of 149 patients) than in the placebo "
     "group (22 [15%] of 148).", {("SAE", "rate", 27.0, "drug_q_n149"), ("SAE", "rate", 15.0, "placebo_n148")}),
    ("In the drug Q group, the objective response rate was significantly higher (38%) than in the placebo group "
     "(17%).", {("ORR", "rate", 38.0, "drug_q"), ("ORR", "rate", 17.0, "placebo")}),
    ("In the placebo group, the proportion of patients with at least one serious adverse event was lower "
     "(19 [13%] of 148) than in the drug Q group (33 [22%] of 149).",
     {("SAE", "count", 19.0, "placebo_n148"), ("SAE", "count", 33.0, "drug_q_n149")}),
])
def test_a_comparison_opened_by_one_group_gives_the_first_value_to_it(results, expected):
    assert expected <= {r[:4] for r in arm_rows(results)}


@pytest.mark.parametrize("results", [
    "In the drug Q group, the objective response rate was higher (38%) than previously reported (22%).",
    "In the drug Q group, the median overall survival was longer (14.2 months) than expected (9.6 months).",
])
def test_a_value_compared_with_the_literature_is_no_group_of_the_paper(results):
    values = {r[2] for r in arm_rows(results)}
    assert values and not values & {22.0, 9.6}


@pytest.mark.parametrize("results, expected", [
    # a list of events with one group after it is all that groups
    ("The most common adverse events were nausea (in 61 [41%] of 149 patients), fatigue (52 [35%]), and rash "
     "(40 [27%]) in the drug Q group and nausea (in 30 [20%] of 148 patients), fatigue (41 [28%]), and anaemia "
     "(22 [15%]) in the placebo group.",
     # (of the totals the list's first count gave each group: its treated patients)
     {("TOX", "count", 52.0, "drug_q_n149", "fatigue"), ("TOX", "count", 41.0, "placebo_n148", "fatigue"),
      ("TOX", "count", 40.0, "drug_q_n149", "rash"), ("TOX", "count", 22.0, "placebo_n148", "anaemia")}),
    ("Frequent events were fatigue (52 [35%]) and rash (40 [27%]) in the drug Q group, and fatigue (41 [28%]) and "
     "anaemia (22 [15%]) in the placebo group.",
     {("TOX", "rate", 35.0, "drug_q", "fatigue"), ("TOX", "rate", 28.0, "placebo", "fatigue"),
      ("TOX", "rate", 27.0, "drug_q", "rash"), ("TOX", "rate", 15.0, "placebo", "anaemia")}),
    # a second outcome of the groups just given values takes them in order
    ("Grade 3 or worse events occurred in 31 (21%) patients with drug Q and 12 (8%) with placebo, and led to "
     "discontinuation in 9 (6%) and 4 (3%), respectively.",
     {("DISCONTINUATION", "count", 9.0, "drug_q", None), ("DISCONTINUATION", "count", 4.0, "placebo", None)}),
    ("Treatment-related adverse events occurred in 61 (41%) of 149 patients in the drug Q group and in 40 (27%) of "
     "148 in the placebo group and led to dose reduction in 15 (10%) and 3 (2%) patients, respectively.",
     # (of the totals the sentence gave each group)
     {("DOSE_REDUCTION", "rate", 10.0, "drug_q_n149", None), ("DOSE_REDUCTION", "rate", 2.0, "placebo_n148", None)}),
    ("Rash was seen in 20 (13%) patients given drug Q and 5 (3%) given placebo, which resulted in discontinuation "
     "in 6 (4%) and 1 (1%), respectively.",
     {("DISCONTINUATION", "count", 6.0, "drug_q", None), ("DISCONTINUATION", "count", 1.0, "placebo", None)}),
    # a count said as n equals before its share is the group s count
    ("The response rate was higher with drug Q (n = 41, 27.3%) than with placebo (n = 19, 12.7%).",
     {("ORR", "count", 41.0, "drug_q", None), ("ORR", "count", 19.0, "placebo", None)}),
    ("Grade 3 rash occurred in the drug Q group (n = 23; 15.3%) and in the placebo group (n = 4; 2.7%).",
     {("TOX", "count", 23.0, "drug_q", "rash"), ("TOX", "rate", 2.7, "placebo", "rash")}),
    # a group alone in the bracket after a value is that value s group
    ("The response rate was 31% (drug Q) versus 14% (placebo).",
     {("ORR", "rate", 31.0, "drug_q", None), ("ORR", "rate", 14.0, "placebo", None)}),
    ("Median overall survival was 15.8 months (drug Q group) and 11.3 months (placebo group).",
     {("OS", "median", 15.8, "drug_q", None), ("OS", "median", 11.3, "placebo", None)}),
])
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


@pytest.mark.parametrize("total, combination, alone, n1, n2, results, expected", [
    # the combination called by the drug it adds, the comparator called the control
    (212, "anastrozole plus everolimus", "anastrozole alone", 107, 105,
     "A complete response was seen in 21 of 107 patients (19.6%) in the everolimus arm and 9 of 105 (8.6%) in the "
     "control arm.", {("CR", "count", 21.0, 107), ("CR", "count", 9.0, 105)}),
    (180, "docetaxel plus trastuzumab", "docetaxel alone", 91, 89,
     "Objective response was seen in 52 (57.1%) and 35 (39.3%) patients in the combination and control groups, "
     "respectively.", {("ORR", "count", 52.0, 91), ("ORR", "count", 35.0, 89)}),
    # both arms combine two things: "combination" names neither, "control" the placebo arm
    (150, "fulvestrant plus abemaciclib", "fulvestrant plus placebo", 76, 74,
     "Median progression-free survival was 9.9 months in the abemaciclib group and 6.1 months in the control group.",
     {("PFS", "median", 9.9, 76), ("PFS", "median", 6.1, 74)}),
    (150, "fulvestrant plus abemaciclib", "fulvestrant plus placebo", 76, 74,
     "Median progression-free survival was 9.9 months in the combination group and 6.1 months in the placebo group.",
     set()),
])
def test_an_add_on_trial_s_arms_go_by_the_added_drug_and_by_their_roles(total, combination, alone, n1, n2, results,
                                                                        expected):
    text = ADD_ON.format(total=total, combination=combination, alone=alone, n1=n1, n2=n2, results=results)
    extraction = extract_text(text, "addon.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    if not expected:  # two combinations: "the combination group" is neither arm, and its value goes to none
        assert not {g for g in got if g[2] == 9.9 and g[3] in (n1, n2)}


@pytest.mark.parametrize("combination, alone, n1, n2, results, expected", [
    # the combination and the drug given alone called by their roles alone, without "group" or "arm"
    ("drug R plus drug S", "drug R alone", 120, 118,
     "The response rate was 47% with the combination and 31% with drug R alone.",
     {("ORR", "rate", 47.0, 120), ("ORR", "rate", 31.0, 118)}),
    ("drug R plus drug S", "drug R alone", 120, 118,
     "Grade 3 diarrhoea occurred in 17 patients receiving the combination and in 5 patients receiving drug R alone.",
     {("TOX", "count", 17.0, 120), ("TOX", "count", 5.0, 118)}),
    ("gemcitabine plus drug T", "gemcitabine alone", 96, 97,
     "Grade 3 or 4 neutropenia was seen in 38% of combination recipients and 22% of monotherapy recipients.",
     {("TOX", "rate", 38.0, 96), ("TOX", "rate", 22.0, 97)}),
    ("gemcitabine plus drug T", "gemcitabine alone", 96, 97,
     "Median overall survival was 10.2 months with the combination versus 8.0 months with monotherapy.",
     {("OS", "median", 10.2, 96), ("OS", "median", 8.0, 97)}),
    ("gemcitabine plus drug T", "gemcitabine alone", 96, 97,
     "Complete responses were seen in 9 patients (9%) in the combination group and 3 (3%) in the monotherapy group.",
     {("CR", "count", 9.0, 96), ("CR", "count", 3.0, 97)}),
])
def test_a_combination_and_its_drug_alone_go_by_their_roles_without_group_or_arm(combination, alone, n1, n2,
                                                                                  results, expected):
    text = ADD_ON.format(total=n1 + n2, combination=combination, alone=alone, n1=n1, n2=n2, results=results)
    extraction = extract_text(text, "roles.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    assert not {g for g in got if g[3] in (None, n1 + n2)}  # nothing of these went to all patients


@pytest.mark.parametrize("first, second, results, expected", [
    ("drug R maintenance", "observation",
     "Three-year PFS was 64% in the maintenance arm and 49% in the observation arm.",
     {("PFS", "rate", 64.0, 130), ("PFS", "rate", 49.0, 128)}),
    ("consolidation radiotherapy to residual sites", "observation",
     "Relapse occurred in 14 patients (11%) in the consolidation group and 27 (21%) in the observation group.",
     {("FAIL_ANY", "count", 14.0, 130), ("FAIL_ANY", "count", 27.0, 128)}),
    # maintenance in both arms: "the maintenance arm" is neither
    ("drug R maintenance", "placebo maintenance",
     "Three-year PFS was 64% in the maintenance arm.", set()),
])
def test_the_one_arm_given_maintenance_or_consolidation_goes_by_it(first, second, results, expected):
    text = ADD_ON.format(total=258, combination=first, alone=second, n1=130, n2=128, results=results)
    extraction = extract_text(text, "phase.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], r["measure"], r["value"], size.get(r["cohort"])) for r in extraction["results"]}
    assert expected <= got
    if not expected:  # maintenance in both arms: the value goes to neither
        assert not [g for g in got if g[3] in (130, 128)]


@pytest.mark.parametrize("first, second, results", [
    ("three cycles of gemcitabine followed by surgery", "surgery alone",
     "Complete resection was achieved in 85% of patients in the neoadjuvant arm and 74% of those undergoing surgery "
     "alone."),
    ("chemoradiotherapy with drug M followed by resection", "immediate resection",
     "Complete resection was achieved in 85% of the preoperative group and 74% of the immediate resection group."),
    ("two cycles of drug M then surgery", "upfront surgery",
     "Complete resection was achieved in 85% in the preoperative arm, compared with 74% in the upfront surgery arm."),
])
def test_the_arm_treated_before_an_operation_goes_by_neoadjuvant_or_preoperative(first, second, results):
    text = ADD_ON.format(total=182, combination=first, alone=second, n1=90, n2=92, results=results)
    extraction = extract_text(text, "neoadjuvant.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["value"], size.get(r["cohort"])) for r in extraction["results"] if r["measure"] == "rate"}
    assert got == {(85.0, 90), (74.0, 92)}


@pytest.mark.parametrize("arms, results, expected", [
    # arms labelled by number, with their treatments' names in the bracket: the words that tell them apart name them
    ("weekly drug V (arm 1, n = 70) or three-weekly drug V (arm 2, n = 68)",
     "The three-weekly schedule gave more grade 3 neutropenia (31% vs 12%).", {(31.0, 68), (12.0, 70)}),
    ("continuous drug V (arm 1, n = 70) or intermittent drug V (arm 2, n = 68)",
     "Grade 3 fatigue was more common with intermittent dosing (31% vs 12%).", {(31.0, 68), (12.0, 70)}),
])
def test_numbered_arms_go_by_the_words_that_tell_their_treatments_apart(arms, results, expected):
    text = f"A randomised trial\n\nPatients were randomly assigned to {arms}. {results}"
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert {(r["value"], size.get(r["cohort"])) for r in out["results"]} == expected


def test_a_pair_after_a_group_no_name_of_the_paper_says_goes_to_no_arm():
    # "the intermittent schedule" names neither arm here: its value first, which arm's is not said
    text = ("A randomised trial\n\nPatients were randomly assigned to drug V 150 mg daily (n = 70) or drug V 300 mg "
            "daily (n = 68). The intermittent schedule gave more grade 3 neutropenia (31% vs 12%).")
    out = extract_text(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    assert not [r for r in out["results"] if size.get(r["cohort"]) in (70, 68)]


@pytest.mark.parametrize("combination, alone, results", [
    # the combination of drugs as a treatment, not the arm: "the combination of A and B", "in combination with"
    ("drug R plus drug S", "drug R alone",
     "The combination of drug R and drug S was well tolerated, and grade 3 rash occurred in 12% of all patients."),
    # a placebo arm is no monotherapy: "monotherapy" names no group here
    ("drug R plus drug S", "drug R plus placebo",
     "Among patients who had received prior monotherapy, grade 3 rash occurred in 12%."),
])
def test_the_combination_as_a_treatment_names_no_arm(combination, alone, results):
    text = ADD_ON.format(total=200, combination=combination, alone=alone, n1=100, n2=100, results=results)
    extraction = extract_text(text, "roles.txt")
    size = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if r["value"] == 12.0 and size.get(r["cohort"]) == 100]


@pytest.mark.parametrize("results, group", [
    ("The hazard ratio for death was 0.71 (95% CI, 0.55-0.92) in favour of the drug Q group.", "drug_q"),
    ("Progression-free survival was longer, with a hazard ratio of 0.64 (95% CI, 0.50-0.83; P < .001) in favor of "
     "the drug Q arm.",
     "drug_q"),
    # (already read so: a guard) the group favoured may be the comparator
    ("Overall survival was longer, with a hazard ratio of 0.71 (95% CI, 0.55-0.92) in favor of placebo.", "placebo"),
])
def test_a_ratio_in_favour_of_one_arm_is_that_arm_s_against_the_other(results, group):
    (row,) = [r for r in arm_rows(results) if r[1] == "hr"]
    assert row[3] == group


def test_a_reason_after_which_a_comparison_follows_is_the_other_arm_s_reason_too():
    rows = arm_rows("Among patients receiving drug Q, 17 (11.3%) discontinued treatment because of adverse events, as "
                    "compared with 6 (4.0%) of those receiving placebo.")
    assert {r[4] for r in rows if r[0] == "DISCONTINUATION"} == {"adverse events"}


@pytest.mark.parametrize("results, expected", [
    ("Local recurrence rates were 7.3% and 15.3% in the two arms, respectively.",
     {("FAIL_LOCAL", "rate", 7.3, "drug_q", None), ("FAIL_LOCAL", "rate", 15.3, "placebo", None)}),
    ("Complete response rates were 21.3% and 9.3% in both groups, respectively.",
     {("CR", "rate", 21.3, "drug_q", None), ("CR", "rate", 9.3, "placebo", None)}),
])
def test_a_pair_said_of_the_two_groups_respectively_is_the_arms_in_order(results, expected):
    rows = arm_rows(results)
    assert expected <= rows and 2.0 not in {r[2] for r in rows}


@pytest.mark.parametrize("results", [
    "Treatment-associated mortality was 2.0% in the drug Q group and 0.7% in the placebo group.",
    "Therapy-related deaths occurred in 3 patients (2%) given drug Q and in 1 (1%) given placebo.",
])
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


@pytest.mark.parametrize(("results", "expected"), [
    # two values, "respectively", then their outcome: the pair of groups just compared
    ("Grade 3 or 4 events occurred in 31.1% of the patients in the drug K group and 22.7% of those in the placebo "
     "group; 13.3% and 4.5% of the patients, respectively, stopped treatment because of adverse events.",
     {("DISCONTINUATION", 13.3, "drug K"), ("DISCONTINUATION", 4.5, "placebo")}),
    # two counts of one outcome, then "respectively", after a sentence comparing the groups
    ("Median PFS was 7.2 months with drug K and 3.9 months with placebo. Adverse events led to discontinuation in 11 "
     "(12%) and 4 (5%) patients, respectively.",
     {("DISCONTINUATION", 11.0, "drug K"), ("DISCONTINUATION", 4.0, "placebo")}),
])
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


@pytest.mark.parametrize(("sentence", "labels"), [
    # a sized groups name leaves out the words before it
    # a group's name after a preposition, or after a table's head word, is the name alone
    ("The 2-year rates were 61% for the KP group (n = 21) and 48% for the K group (n = 20).", {"KP", "K"}),
    ("Table 3 Toxicity Adverse event KP group (N = 44) K group (N = 45) Any grade Grade 3", {"KP", "K"}),
    # schedule words share the treatment named once
    # two schedule words sharing the treatment named once after the second: each arm is the word and the treatment
    ("Patients were randomly assigned to immediate or deferred chemotherapy.",
     {"immediate chemotherapy", "deferred chemotherapy"}),
    ("Women were randomised to receive weekly or 3-weekly paclitaxel.", {"weekly paclitaxel", "3-weekly paclitaxel"}),
    # a treatment first is no schedule word: the second's words are its own
    ("Patients were randomly assigned to observation or adjuvant radiotherapy.",
     {"observation", "adjuvant radiotherapy"}),
])
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


@pytest.mark.parametrize(("results", "expected"), [
    # an arm named by what its patients were assigned, or as the treatment given alone, is the paper's arm
    ("The median survival was 11.9 months in the group assigned to chemotherapy plus cetuximab, as compared with 9.8 "
     "months in the chemotherapy-alone group.", {(11.9, 198), (9.8, 200)}),
    ("There were 9 treatment-related deaths in the chemotherapy-plus-cetuximab group.", {(9.0, 198)}),
])
def test_a_group_named_by_its_assignment_is_the_papers_arm(results, expected):
    extraction = extract_text(ADD_ON_ARMS + results, "trial.txt")
    sizes = _by_key(extraction, "n")
    assert {(r["value"], sizes.get(r.get("cohort") or r.get("arm"))) for r in extraction["results"]} == expected


@pytest.mark.parametrize(("base", "combined"), [
    # a group called by the short name another group's regimen adds to ("the PX group", PXC = PX+cetuximab) is the
    # add-on design's base arm, a group of its own
    ("PX", {"PXC", "PX+cetuximab"}),
    ("FOLF", {"FOLFB", "FOLF plus drug B"}),
])
def test_a_named_base_regimen_is_not_folded_into_the_regimen_that_adds_to_it(base, combined):
    from oncoev.extract.groups import Group, GroupDef, _fold_short_names

    groups = [Group(_slug_of(min(combined, key=len)), min(combined, key=len), None, set(combined)),
              Group(_slug_of(base), base, None, {base}, GroupDef(base, None, 0, len(base), "group.named"))]
    _fold_short_names(groups)
    assert [g.label for g in groups] == [min(combined, key=len), base]


def _slug_of(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower())


@pytest.mark.parametrize(("results", "expected"), [
    # adverse events that "led to death" in each group: grade 5 events, in the groups' order
    ("Drug-related grade 3 or higher adverse events were seen in 30 (33%) of 90 patients in the drug K group and "
     "in 12 (14%) of 88 in the placebo group and led to death in 3 (3%) and 1 (1%) patients, respectively.",
     {(3.0, "drug K"), (1.0, "placebo")}),
    ("Serious adverse events were reported in 25 patients (28%) given drug K and 14 patients (16%) given placebo, "
     "resulting in death in 2 (2%) and 1 (1%), respectively.", {(2.0, "drug K"), (1.0, "placebo")}),
])
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


@pytest.mark.parametrize(("definition", "letter", "sentence"), [
    # a one-letter short name the paper gives an arm ("single-agent vinorelbine (V)") names it after "for", "with",
    # "and"...; never a p value ("P = .02") nor the other arm whose name ends in the same word
    ("We compared single-agent vinorelbine (V) with cisplatin and vinorelbine.", "V",
     "The response rate was 11% for V and 25% for the combination (P = .02)."),
    ("We compared weekly paclitaxel (P) with carboplatin and paclitaxel.", "P",
     "Median survival was 6.1 months with P and 8.8 months with the doublet (P < .001)."),
])
def test_a_one_letter_short_name_of_an_arm_names_it(definition, letter, sentence):
    from oncoev.extract.groups import Group, GroupIndex, _one_letter_names

    single = definition.split(" (")[0].split("compared ")[1]
    double = definition.split(" with ")[1].rstrip(".")
    groups = [Group("single", single, None, {single}), Group("double", double, None, {double})]
    _one_letter_names(groups, definition)
    assert groups[0].aliases == {single, letter} and groups[1].aliases == {double}
    mentions = GroupIndex(groups).mentions(sentence)
    assert [(sentence[m.start:m.end], m.key) for m in mentions] == [(letter, "single")]


@pytest.mark.parametrize("second", [
    ", and in the drug B group, neutropenia (17%) and fever (14%).",
    "; in the drug B arm they were neutropenia (17%) and fever (14%).",
    ", while among those given drug B they were neutropenia (17%) and fever (14%).",
])
def test_a_second_list_headed_by_its_own_group_is_that_groups(second):
    text = ("Methods: We randomly assigned 200 patients to drug A (n = 100) or drug B (n = 100). Results: The most "
            "common adverse events in the drug A group were rash (21%) and fatigue (15%)" + second)
    out = extract_text(text)
    labels = _by_key(out)
    got = {(labels.get(r["cohort"]), r["category"], r["value"]) for r in out["results"] if r["endpoint"] == "TOX"}
    assert got == {("drug A", "rash", 21.0), ("drug A", "fatigue", 15.0), ("drug B", "neutropenia", 17.0),
                   ("drug B", "fever", 14.0)}


def test_a_second_list_with_a_value_of_no_known_event_gives_no_values_of_the_event_before():
    text = ("Methods: We randomly assigned 200 patients to drug A (n = 100) or drug B (n = 100). Results: The most "
            "common adverse events in the drug A group were rash (21%) and fatigue (15%), and in the drug B group were "
            "itchy eyes (17%) and fever (14%).")
    out = extract_text(text)
    assert not rows_where(out, value=17.0)


@pytest.mark.parametrize("part", [
    "140 patients received at least one dose of drug A.",
    "Ninety-nine patients underwent surgery after drug A.",
])
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


@pytest.mark.parametrize(("sentence", "labels"), [
    ("We randomly assigned adults with advanced bowel cancer to receive either early supportive care integrated with "
     "standard oncological care or standard oncological care alone.",
     ["early supportive care", "standard oncological care alone"]),
    ("Patients were randomly assigned to receive a structured home exercise programme in addition to usual "
     "oncological follow-up care or usual care alone.",
     ["structured home exercise programme", "usual care alone"]),
])
def test_an_arm_too_long_to_name_whole_is_named_by_what_it_adds(sentence, labels):
    assert [d.label for d in find_group_definitions(normalize(sentence).text)] == labels


@pytest.mark.parametrize("sentence", [
    "Grade 3 infection was more frequent with drug B, mostly in cycles 5 to 8 in the drug B group.",
    "Grade 3 infection was more frequent with drug B, mostly at cycle 4 in the drug B group.",
])
def test_which_cycles_is_no_count_of_a_group(sentence):
    text = ("Methods: Patients were randomly assigned to drug A (n = 100) or drug B (n = 100). Results: " + sentence)
    assert not rows_where(extract_text(text), measure="count")


@pytest.mark.parametrize("tail", [
    "both in the drug A arm (median 23.8 vs. 37.4 months) and in the drug B arm (median 12.7 vs. 22.7 months).",
    "both in the drug A group (median 23.8 versus 37.4 months) and the drug B group (12.7 versus 22.7 months).",
])
def test_pairs_within_each_arm_are_not_the_two_arms(tail):
    text = ("Methods: Patients were randomly assigned to drug A or drug B. Results: Survival was longer in patients "
            "who were given radiotherapy, " + tail)
    out = extract_text(text)
    labels = _by_key(out)
    assert not [r for r in out["results"] if r["value"] == 37.4 and labels.get(r["cohort"]) == "drug B"]


@pytest.mark.parametrize("tail", [
    "; four further events each occurred in two (3%) for fatigue, sepsis and nausea.",
    "; in addition, two patients (3%) each had fatigue or nausea.",
])
def test_a_value_of_a_later_clause_with_its_own_events_is_not_the_event_before(tail):
    text = ("Methods: Patients were randomly assigned to drug A (n = 60) or drug B (n = 62). Results: The most common "
            "grade 3 or worse events in the drug A group were anaemia (eight [13%] of 60) and rash (four [7%])" + tail)
    got = {(r["category"], r["value"]) for r in extract_text(text)["results"] if r["endpoint"] == "TOX"}
    assert ("rash", 2.0) not in got and ("rash", 3.0) not in got
    assert {("anaemia", 8.0), ("rash", 4.0)} <= got


@pytest.mark.parametrize("clause", [
    "an increase in the size of known lesions occurred in 80 (40%) and 30 (30%) patients given drug A and drug B, "
    "respectively.",
    "new brain lesions were seen in 21 (10.5%) and 12 (12%) patients given drug A and drug B, respectively.",
])
def test_a_clause_after_a_semicolon_with_a_subject_of_its_own_is_not_the_outcome_before(clause):
    text = ("Methods: Patients were randomly assigned to drug A (n = 200) or drug B (n = 100). Results: Local "
            "recurrence occurred in 30 patients (15%) in the drug A group and 14 patients (14%) in the drug B group; "
            + clause)
    got = {r["value"] for r in extract_text(text)["results"] if r["endpoint"] == "FAIL_LOCAL"}
    assert not got & {80.0, 40.0, 21.0, 10.5, 12.0}


@pytest.mark.parametrize("tail", [
    "In the drug A arm, the 2-year OS and PFS were 63% and 41%, respectively; in the drug B arm, 50% and 29%.",
    "In the drug A group, the 1-year OS and PFS were 63% and 41%, respectively, and in the drug B group, 50% and "
    "29%, respectively.",
])
def test_a_list_said_again_for_the_next_clauses_group_is_that_groups(tail):
    text = "Methods: Patients were randomly assigned to drug A (n = 80) or drug B (n = 81). Results: " + tail
    got = {(_arm(r["cohort"]), r["endpoint"], r["value"]) for r in extract_text(text)["results"]}
    assert got == {("a", "OS", 63.0), ("a", "PFS", 41.0), ("b", "OS", 50.0), ("b", "PFS", 29.0)}


def _arm(cohort: str) -> str:
    """'drug_a' -> 'a': the arm's letter of a cohort key."""
    return cohort.rsplit("_", 1)[-1]


@pytest.mark.parametrize("extra", [
    "A full analysis set of drug A (n = 80) was also defined.",
    "Table 2 lists group 1 and group 4 of the sensitivity analysis.",
])
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


@pytest.mark.parametrize("why", [
    "was mainly due to a higher rate in cycles five to eight in the drug A group (25 [12%] vs 9 [4%])",
    "was largely explained by more events in centres using a weekly schedule (25 [12%] vs 9 [4%])",
])
def test_values_that_explain_a_difference_are_no_arms_values(why):
    text = ("Methods: Patients were randomly assigned to drug A (n = 205) or drug B (n = 201). Results: The higher "
            "frequency of grade 3 or 4 infection in the drug A group compared with the drug B group (31 [15%] vs 17 "
            f"[8%]) {why}.")
    got = {r["value"] for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert got == {31.0, 17.0}


@pytest.mark.parametrize(("tail", "expected"), [
    ("Rash (41% vs 12%) and diarrhoea (22% vs 9%) were more frequent in the drug A group compared with the drug B "
     "group.", {("drug_a", 41.0), ("drug_b", 12.0), ("drug_a", 22.0), ("drug_b", 9.0)}),
    ("Fatigue (18.5 vs. 30.2 %) had a higher incidence in the drug B arm than the drug A arm.",
     {("drug_b", 18.5), ("drug_a", 30.2)}),
])
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


@pytest.mark.parametrize("sentence", [
    "Patients given drug A had shorter symptom-free survival compared to drug B (3 vs 9 months, P<0.001), poorer "
    "survival (median 8 vs 13 months, P=0.02), and lower 1-year survival (35 vs 52%, P=0.03).",
    "Those receiving drug A had shorter symptom-free survival compared with drug B (3 vs 9 months), poorer survival "
    "(median 8 vs 13 months) and lower 1-year survival (35 vs 52%).",
])
def test_a_pair_of_an_outcome_no_name_reads_is_not_the_next_items(sentence):
    text = ("Methods: Patients were randomly assigned to drug A (n = 60) or drug B (n = 61). Results: " + sentence)
    got = {r["value"] for r in extract_text(text)["results"] if r["endpoint"] == "OS" and r["measure"] == "median"}
    assert got == {8.0, 13.0}


@pytest.mark.parametrize("tail", [
    "and all 6 patients (100%) who had chest pain before treatment achieved relief within two days.",
    "and 5 patients (17%) who had bone pain reported relief.",
])
def test_a_count_that_is_the_subject_of_its_own_verb_is_not_the_outcome_before(tail):
    text = ("Methods: Patients were randomly assigned to drug A (n = 30) or drug B (n = 31). Results: In the drug A "
            "group, 14 of 30 (47%) patients benefited in terms of disease control, " + tail)
    assert {r["value"] for r in extract_text(text)["results"]} == {14.0, 47.0}


def test_a_count_with_a_relative_clause_and_no_verb_of_its_own_keeps_the_outcome_before():
    assert [(f.fields["category"], f.fields["value"]) for f in find_results(
        "Grade 3 rash occurred in 8 patients (11%) who had received prior chemotherapy.").found] == [
        ("rash", 8.0), ("rash", 11.0)]


@pytest.mark.parametrize("bracket", [
    "(median progression-free survival 14.1 months versus 12.6 months respectively; HR=0.9, p=0.62)",
    "(median overall survival 22.4 months vs 19.0 months, p=0.35)",
])
def test_the_values_of_an_outcome_in_a_bracket_are_no_group_names(bracket):
    text = f"Results: Among 140 patients, the difference was not seen in older women {bracket}."
    labels = {c["label"] for c in extract_text(text)["cohorts"]}
    assert not any(re.search(r"months|survival|respectively", label) for label in labels), labels


@pytest.mark.parametrize(("methods", "effect", "experimental", "control"), [
    ("Patients were randomly assigned to drug A (n = 150) or placebo (n = 148).",
     "Overall survival did not differ between the two groups (hazard ratio 0.91; 95% CI 0.70-1.18).",
     "drug_a", "placebo"),
    ("Patients were randomly assigned to drug A (n = 150) or observation (n = 148).",
     "Overall survival was similar between the two patient groups (hazard ratio = 0.96).",
     "drug_a", "observation"),
    ("Patients were randomly assigned to drug B plus drug C (n = 90) or drug C (n = 92).",
     "Progression-free survival was longer with drug B plus drug C (HR 0.72, 95% CI 0.55-0.94).",
     "drug_b_plus_drug_c", "drug_c"),
])
def test_an_unnamed_ratio_in_a_two_arm_trial_is_the_experimental_arm_against_control(
        methods, effect, experimental, control):
    rows = rows_where(extract_text(f"Methods: {methods} Results: {effect}"), measure="hr")
    assert [(r["cohort"], r["comparator"]) for r in rows] == [(experimental, control)]


@pytest.mark.parametrize(("effect", "cohort"), [
    # a factor's ratio is the factor's (the sentence's subject), never the arms'
    ("Age over 70 years was an independent prognostic factor for overall survival (hazard ratio 1.41; 95% CI "
     "1.05-1.90).", "age_over_70_years"),
    ("Progression-free survival with drug X vs drug Y regardless of drug A was similar (HR 0.93, 95% CI 0.7-1.2).",
     "all"),
])
def test_a_ratio_of_a_factor_or_of_other_things_compared_stays_unassigned(effect, cohort):
    text = f"Methods: Patients were randomly assigned to drug A (n = 150) or placebo (n = 148). Results: {effect}"
    assert [r["cohort"] for r in extract_text(text)["results"] if r["measure"] == "hr"] == [cohort]


@pytest.mark.parametrize(("bracket", "expected"), [
    ("rash (no patients given drug A vs 12 [8%] of those given drug B)", {("drug_a", 0.0), ("drug_b", 12.0)}),
    ("fatigue (0 vs two [2%])", {("drug_a", 0.0), ("drug_b", 2.0)}),
    ("fatigue (none vs two [2%])", {("drug_a", 0.0), ("drug_b", 2.0)}),
])
def test_a_pair_that_opens_with_no_patients_is_read(bracket, expected):
    text = ("Methods: Patients were randomly assigned to drug A (n = 160) or drug B (n = 159). Findings: Common "
            f"grade 3 events were {bracket}.")
    got = {(r["cohort"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Patients were randomly assigned to the F1 regimen (n = 120) or the F2 regimen (n = 115).",
    "Patients were randomly assigned to the C3 arm (n = 120) or the C6 arm (n = 115).",
])
def test_arms_named_by_a_letter_and_a_number_are_defined(sentence):
    labels = [(d.label, d.n) for d in find_group_definitions(sentence)]
    assert len(labels) == 2 and [n for _, n in labels] == [120, 115]


@pytest.mark.parametrize("sentence", [
    "Results: Within the elderly cohort (n = 310), 41 (13%) had local recurrence.",
    "Results: Among the node-positive group (n = 120), 30 (25%) had distant metastases.",
])
def test_a_cohort_named_after_a_preposition_is_named_without_it(sentence):
    labels = {c["label"] for c in extract_text(sentence)["cohorts"]}
    assert not any(label.lower().startswith(("within", "among")) for label in labels), labels


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Patients were randomly assigned to receive docetaxel 60 mg/m(2) plus carboplatin AUC = 6 on day 1 or "
     "vinorelbine 1,250 mg/m(2) on days 1 and 15 plus carboplatin AUC = 5 on day 1 every 4 weeks.",
     {"docetaxel plus carboplatin", "vinorelbine plus carboplatin"}),
    ("Women were randomly assigned to receive paclitaxel 175 mg/m2 plus carboplatin area under the curve (AUC) 5 or "
     "irinotecan 60 mg/m2 on days 1, 8 and 15 plus cisplatin 60 mg/m2.",
     {"paclitaxel plus carboplatin", "irinotecan plus cisplatin"}),
])
def test_randomised_regimens_named_without_their_doses_and_days(sentence, expected):
    got = {d.label for d in find_group_definitions(normalize(sentence).text) if d.pattern_id == "group.randomised"}
    assert got == expected


def test_a_regimen_written_with_a_slash_is_the_randomised_combination():
    text = ("Patients were randomly assigned to receive docetaxel 60 mg/m(2) plus carboplatin AUC = 6 on day 1 or "
            "vinorelbine 1,250 mg/m(2) on days 1 and 15 plus carboplatin AUC = 5 on day 1 every 4 weeks. Grade 3 to 4 "
            "toxicity was more frequent in patients who received vinorelbine/carboplatin than in those who received "
            "docetaxel/carboplatin, including anaemia (31% v 12%, respectively; P < .01).")
    extraction = extract_text(text, "trial.txt")
    labels = cohort_labels(extraction)
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"}
    assert got == {("vinorelbine plus carboplatin", 31.0), ("docetaxel plus carboplatin", 12.0)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients were randomized to either vinorelbine 25 mg/m(2) D1,8 with cisplatin 80 mg/m(2) D1 (VP) or docetaxel "
     "60 mg/m(2) with gemcitabine (DG) 900 mg/m(2) both given D1,8 every 3 weeks. Median survival was longer for DG "
     "with 12.4 months compared to 9.7 months in VP.", {("dg", 12.4), ("vp", 9.7)}),
    ("Patients were randomly assigned to paclitaxel 80 mg/m2 with carboplatin (PC) AUC 2 weekly or gemcitabine "
     "1000 mg/m2 with cisplatin (GP) 75 mg/m2 every 3 weeks. Median survival was longer for GP with 13.1 months than "
     "for PC with 10.2 months.", {("gp", 13.1), ("pc", 10.2)}),
])
def test_a_short_name_inside_a_randomised_regimen_and_the_value_after_with(text, expected):
    extraction = extract_text(text, "trial.txt")
    assert {c["key"] for c in extraction["cohorts"]} == {"all"} | {k for k, _ in expected}
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "OS"} == expected


@pytest.mark.parametrize("outcome", [
    "The response rate was 24% compared to 37% in 140 and 138 evaluable patients in VP and DG, respectively.",
    "Survival was better in the DG arm than in the VP arm with 2-year survival of 31% v 18%.",
])
def test_sizes_listed_after_a_pair_and_an_outcome_after_with_name_no_group(outcome):
    text = ("Patients were randomized to either vinorelbine 25 mg/m(2) D1,8 with cisplatin 80 mg/m(2) D1 (VP) or "
            f"docetaxel 60 mg/m(2) with gemcitabine (DG) 900 mg/m(2) both given D1,8 every 3 weeks. {outcome}")
    extraction = extract_text(text, "trial.txt")
    assert {c["key"] for c in extraction["cohorts"]} == {"all", "vp", "dg"}
    rows = {(r["cohort"], r["value"]) for r in extraction["results"]}
    assert not rows & {("vp", 37.0), ("dg", 24.0), ("vp", 140.0), ("dg", 138.0), ("vp", 31.0)}


@pytest.mark.parametrize("outcome", [
    "Grade 3 or 4 adverse events occurred in 22% of the patients who received drug K and in 47% of those who "
    "received chemotherapy.",
    "Grade 3 or 4 adverse events were reported in 22% of patients who were given drug K and 47% of those who were "
    "given chemotherapy.",
])
def test_people_named_by_what_they_received_after_their_value(outcome):
    text = f"Patients were randomly assigned to receive drug K or chemotherapy. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"] if r["endpoint"] == "TOX"}
    assert got == {("drug_k", 22.0), ("chemotherapy", 47.0)}


@pytest.mark.parametrize(("outcome", "expected"), [
    ("Most patients given drug K had a dose reduction (68.1% vs 21.0% for those who received placebo).",
     {("drug_k", 68.1), ("placebo", 21.0)}),
    ("Many patients on drug K needed a dose reduction (61.5% vs 17.2% for those who were given placebo) and/or a "
     "change of schedule (44.0% vs 6.1% for those who were given placebo).", {("drug_k", 61.5), ("placebo", 17.2)}),
])
def test_a_bracketed_pair_naming_its_second_arm_gives_the_first_to_the_other_arm(outcome, expected):
    text = f"We randomly assigned 240 patients to drug K or placebo. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We reviewed 400 patients with brain metastases. The median OS for the SRS (n = 120), WBRT (n = 150), and TKI "
     "(n = 130) cohorts was 41, 28, and 22 months, respectively (P < .001).",
     {("SRS", 120, 41.0), ("WBRT", 150, 28.0), ("TKI", 130, 22.0)}),
    ("We reviewed 300 women. Five-year survival in the lumpectomy (n = 90), mastectomy (n = 110) and reconstruction "
     "(n = 100) groups was 81%, 77% and 84%, respectively.",
     {("lumpectomy", 90, 81.0), ("mastectomy", 110, 77.0), ("reconstruction", 100, 84.0)}),
])
def test_groups_listed_each_with_its_size_before_their_values(text, expected):
    extraction = extract_text(text, "study.txt")
    cohorts = {c["key"]: (c["label"], c["n"]) for c in extraction["cohorts"]}
    assert {(*cohorts[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


def test_a_verb_before_sized_names_is_no_part_of_the_first_name():
    sentence = "The 80 women were grouped into observation (n = 41) and surgery (n = 39) groups by their choice."
    assert {(d.label, d.n) for d in find_group_definitions(sentence)} == {("observation", 41), ("surgery", 39)}


@pytest.mark.parametrize(("outcome", "expected"), [
    ("Patients younger than 65 years had better 2-year and 4-year survival rates (74% and 58%, respectively) than "
     "those older than 65 years (49% and 27%).",
     {("Patients younger than 65 years", 24.0, 74.0), ("Patients younger than 65 years", 48.0, 58.0),
      ("older than 65 years", 24.0, 49.0), ("older than 65 years", 48.0, 27.0)}),
    ("Women had better 1-year and 3-year survival (83% and 61%) than men (72% and 44%).",
     {("Women", 12.0, 83.0), ("Women", 36.0, 61.0), ("men", 12.0, 72.0), ("men", 36.0, 44.0)}),
])
def test_values_of_several_outcomes_in_each_bracket_of_a_than_comparison(outcome, expected):
    extraction = extract_text(f"We studied 260 patients. {outcome}", "study.txt")
    labels = cohort_labels(extraction)
    got = {(labels[r["cohort"]], r["timepoint_months"], r["value"]) for r in extraction["results"]}
    assert got == expected


@pytest.mark.parametrize(("outcome", "expected"), [
    ("Thirty-day mortality was highest for pneumonectomy (6.0%) followed by lobectomy (2.7%; P = .05) and wedge "
     "resection (0.9%; P = .01).", {("pneumonectomy", 6.0), ("lobectomy", 2.7), ("wedge resection", 0.9)}),
    ("Local control was lowest for T3 tumours (61%), higher for T2 tumours (78%) and highest for T1 tumours (93%).",
     {("T3 tumours", 61.0), ("T2 tumours", 78.0), ("T1 tumours", 93.0)}),
    ("The response rate was highest in the elderly (41%).", {("elderly", 41.0)}),
])
def test_groups_ranked_by_an_outcome_each_with_its_value_in_a_bracket(outcome, expected):
    extraction = extract_text(f"We reviewed 5000 patients. {outcome}", "study.txt")
    labels = cohort_labels(extraction)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


@pytest.mark.parametrize(("outcome", "grade"), [
    ("Rates of treatment-related adverse events were lower with drug K than with docetaxel (any grade, 64% vs 85%; "
     "grade 3-5, 9% vs 52%).", ">=3"),
    ("Adverse events were less frequent with drug K than with docetaxel (all grades, 64% v 85%; grade 3 to 4, 9% v "
     "52%).", "3-4"),
])
def test_a_grade_that_opens_a_bracket_item_is_the_grade_of_its_pair(outcome, grade):
    text = f"Patients were randomly assigned to drug K or docetaxel. {outcome}"
    got = {(r["cohort"], r["value"], r["grade"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == {("drug_k", 64.0, None), ("docetaxel", 85.0, None), ("drug_k", 9.0, grade),
                   ("docetaxel", 52.0, grade)}


@pytest.mark.parametrize("bracket", [
    "(25% vs 10% for ORR, P < .01; and 60% vs 35% for DCR, P < .01)",
    "(25% versus 10% for ORR; 60% versus 35% for DCR)",
])
def test_pairs_each_followed_by_the_outcome_they_are_of(bracket):
    text = ("Patients were randomly assigned to the combination group (n = 20) or the chemotherapy group (n = 20). The "
            f"ORR and DCR in the combination group were higher than in the chemotherapy group {bracket}.")
    got = {(r["endpoint"], r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert got == {("ORR", "combination", 25.0), ("ORR", "chemotherapy", 10.0), ("DCR", "combination", 60.0),
                   ("DCR", "chemotherapy", 35.0)}


@pytest.mark.parametrize(("outcome", "expected"), [
    ("T1 patients had a better survival at 3 years and 5 years (81.2% and 69.9%, respectively) compared to T2 "
     "patients (70.3% and 55.1%).", {("T1 patients", 81.2), ("T1 patients", 69.9), ("T2 patients", 70.3),
                                     ("T2 patients", 55.1)}),
    ("Women had a higher response rate (41%) compared with men (22%).", {("Women", 41.0), ("men", 22.0)}),
])
def test_a_comparison_said_with_compared_to_after_the_first_groups_bracket(outcome, expected):
    extraction = extract_text(f"We treated 120 patients. {outcome}", "study.txt")
    labels = cohort_labels(extraction)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


@pytest.mark.parametrize(("outcome", "whole"), [
    ("Median overall survival was 28 months (11 months, group A; 41 months, group B).", 28.0),
    ("The response rate was 30% (group A 40%, group B 20%).", 30.0),
])
def test_the_whole_before_a_bracket_of_its_groups_values_is_all_patients(outcome, whole):
    text = f"We randomly assigned 120 patients to group A or group B. {outcome}"
    got = {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}
    assert ("all", whole) in got and len(got) == 3


def test_a_value_said_of_both_groups_before_their_bracket_is_not_the_whole():
    text = ("We randomly assigned 120 patients to group A or group B. Grade 3 toxicity was similar in both groups, at "
            "9% (5 of 60 patients in group A and 6 of 60 in group B).")
    assert ("all", 9.0) not in {(r["cohort"], r["value"]) for r in extract_text(text, "trial.txt")["results"]}


@pytest.mark.parametrize(("outcome", "label"), [
    ("The median survival of women was 14 months.", "women"),
    ("OS for untreated stage I tumours was 6%.", "untreated stage I tumours"),
])
def test_an_outcome_said_of_a_part_of_the_patients_is_that_parts(outcome, label):
    extraction = extract_text(f"We reviewed 300 patients. {outcome}", "study.txt")
    labels = cohort_labels(extraction)
    assert [labels[r["cohort"]] for r in extraction["results"]] == [label]


# Targeted or immune treatment against a named cytotoxic regimen: the paper's "chemotherapy group" is the regimen.
CLASS_NAMED = [
    ("Adults with ALK-rearranged lung adenocarcinoma were randomly assigned to alectinib or cisplatin-pemetrexed. "
     "The median progression-free survival was 19.2 months in the alectinib group and 7.3 months in the "
     "chemotherapy group (P < .001).", "alectinib", "cisplatin-pemetrexed", 7.3),
    ("We randomly assigned 212 women to receive olaparib or capecitabine. Objective responses were seen in 58% "
     "of the olaparib group and in 31% of the standard-chemotherapy group.", "olaparib", "capecitabine", 31.0),
]


@pytest.mark.parametrize("text, other, regimen, value", CLASS_NAMED)
def test_the_chemotherapy_group_is_the_one_cytotoxic_regimen(text, other, regimen, value):
    labels = cohort_labels(extract_text(text))
    assert not any(re.search(r"chemotherapy", label, re.I) for label in labels.values())
    rows = {r["value"]: labels[r["cohort"]] for r in extract_text(text)["results"]}
    assert rows[value] == regimen


# Two cytotoxic regimens, or a chemotherapy arm beside one named by chemotherapy's words and no drug: "chemotherapy"
# could be either.
CLASS_UNCLEAR = [
    "Adults were randomly assigned to docetaxel or to gemcitabine-cisplatin. The median survival was 9.1 months "
    "in the docetaxel group and 8.2 months in the chemotherapy group.",
    "Adults were randomly assigned to erlotinib, cisplatin-pemetrexed or another platinum doublet. The median "
    "survival was 9.1 months in the erlotinib group and 8.2 months in the chemotherapy group.",
]


@pytest.mark.parametrize("text", CLASS_UNCLEAR)
def test_the_chemotherapy_group_stays_its_own_where_two_arms_could_be_it(text):
    labels = cohort_labels(extract_text(text))
    rows = {r["value"]: labels.get(r["cohort"], r["cohort"]) for r in extract_text(text)["results"]}
    assert "chemotherapy" in rows.get(8.2, "chemotherapy")


# A share of a group named by words no rule knows is that group's, never all patients'.
UNKNOWN_GROUP_AFTER = [
    "We randomly assigned 240 men to receive abiraterone or enzalutamide. A PSA response was seen in 61% of the "
    "abiraterone group and in 48% of the comparator group.",
    "We randomly assigned 150 adults to receive sunitinib or pazopanib. Fatigue occurred in 17% of the sunitinib arm "
    "and in 23% of the oral second-line arm.",
]


@pytest.mark.parametrize("text", UNKNOWN_GROUP_AFTER)
def test_a_share_of_a_group_no_rule_knows_is_never_all_patients(text):
    assert not rows_where(extract_text(text), cohort="all")


# "X monotherapy", "single-agent X" and "X alone" name one group.
@pytest.mark.parametrize("text", [
    "We randomly assigned 300 adults to vinflunine plus carboplatin or to vinflunine alone. Grade 4 neutropenia "
    "occurred in 30% of the combination arm compared with 8% of patients on the vinflunine monotherapy arm. Alopecia "
    "was rare in the vinflunine monotherapy arm.",
    "We randomly assigned 300 adults to vinflunine plus carboplatin or to vinflunine alone. The combination improved "
    "the response rate over single-agent vinflunine (28% v 12%), and single-agent vinflunine caused less fatigue.",
])
def test_monotherapy_and_single_agent_are_the_drug_alone(text):
    extraction, labels = labelled_extraction(text)
    assert not any(re.search(r"monotherapy|single", label) for label in labels.values())
    assert "vinflunine alone" in {labels[r["cohort"]] for r in extraction["results"]}


# A regimen against an arm of no drug: the paper's "preoperative chemotherapy arm" is the regimen's.
@pytest.mark.parametrize("text, value", [
    ("We randomly assigned 400 adults to surgery alone or to docetaxel and cisplatin followed by surgery. The median "
     "survival was 38 months in the surgery-alone arm and 51 months in the preoperative chemotherapy arm.", 51.0),
    ("Patients were randomly assigned to observation or to gemcitabine plus oxaliplatin. Relapse-free survival at "
     "3 years was 44% in the observation group and 57% in the adjuvant chemotherapy group.", 57.0),
])
def test_the_chemotherapy_arm_beside_an_arm_of_no_drug(text, value):
    extraction, labels = labelled_extraction(text)
    assert not any("chemotherapy" in label for label in labels.values())
    assert re.search(r"platin", labels[next(r["cohort"] for r in extraction["results"] if r["value"] == value)])


# A ratio after two arms named in turn is the treatment's against the control, whichever was named first.
@pytest.mark.parametrize("text", [
    "We randomly assigned 300 adults to placebo or drug T. Median survival was 9.1 months in the placebo group and "
    "12.4 months in the drug T group (hazard ratio 0.74; 95% CI 0.60 to 0.91).",
    "We randomly assigned 260 adults to radiotherapy alone or to radiotherapy plus drug W. Median survival was 15.0 "
    "months with radiotherapy alone and 19.2 months with radiotherapy plus drug W (hazard ratio 0.81; 95% CI 0.66 "
    "to 0.99).",
])
def test_a_ratio_after_two_arms_is_the_treatments_against_the_control(text):
    extraction, labels = labelled_extraction(text)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert "drug" in labels[ratio["cohort"]] and not re.search(r"placebo|alone", labels[ratio["cohort"]])


# A ratio beside a pair given by "respectively" to the two groups compared just before compares those groups.
@pytest.mark.parametrize("text", [
    "We randomly assigned 610 adults to drug E or placebo. The response rate was 11% in the drug E group and 2% in "
    "the placebo group. Progression-free survival was 3.1 months and 2.0 months, respectively (hazard ratio, 0.66; "
    "P<0.001).",
    "We randomly assigned 540 adults to drug E or placebo. Median survival was 8.8 months with drug E and 6.9 months "
    "with placebo; time to progression was 4.0 and 2.9 months, respectively (hazard ratio 0.71; 95% CI 0.58-0.87).",
])
def test_a_ratio_beside_a_respectively_pair_compares_its_groups(text):
    extraction, labels = labelled_extraction(text)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert (labels[ratio["cohort"]], ratio["comparator"]) == ("drug E", "placebo")


# "... in the A group vs/and none in the B group", "... given A and in none given B": B's count is 0.
@pytest.mark.parametrize("sentence", [
    "Febrile neutropenia occurred in 7 (15%) of 46 patients in the drug S group vs none in the placebo group.",
    "Grade 3 diarrhoea occurred in 6 patients (13%) given drug S and in none given placebo.",
])
def test_none_in_the_other_group_is_a_count_of_zero(sentence):
    extraction = extract_text("We randomly assigned 92 adults to drug S or placebo. " + sentence)
    labels = cohort_labels(extraction)
    zero = {(labels[r["cohort"]], r["measure"]) for r in extraction["results"] if r["value"] == 0}
    assert zero == {("placebo", "count"), ("placebo", "rate")}


# "When considering only those patients who had X (...), the ORRs were a in the A arm and b in the B arm": the arms'
# values within a part of the patients, which no row names; never the arms' own.
@pytest.mark.parametrize("sentence", [
    "When considering only those women who had a lesion that could be measured (n = 38 in the drug K arm; n = 35 "
    "in the placebo arm), the response rates were 29.0% in the drug K arm and 11.4% in the placebo arm.",
    "When restricting the analysis to patients with visceral metastases, median survival was 10.2 months in the drug "
    "K arm and 7.7 months in the placebo arm.",
])
def test_arms_values_when_considering_only_a_part_are_not_the_arms(sentence):
    extraction = extract_text("We randomly assigned 90 women to drug K or placebo. " + sentence)
    assert extraction["results"] == []


# "In cohort 1, median OS was a for patients who received A versus b for patients who received B": two parts of the
# cohort, neither the whole cohort.
@pytest.mark.parametrize("sentence", [
    "In cohort 1, the median OS was 51 months for patients who received surgery versus 37 months for patients who "
    "received radiotherapy.",
    "For cohort 2, the 2-year survival was 72% among patients with squamous histology and 55% among patients with "
    "other histologies.",
])
def test_values_of_parts_named_after_them_are_not_the_scope_groups(sentence):
    extraction, labels = labelled_extraction(
        "Two cohorts were studied: cohort 1 (n = 640) and cohort 2 (n = 210). " + sentence)
    assert not [r for r in extraction["results"] if labels[r["cohort"]].startswith("cohort")]


# "X was A: a; B: b, and in nonsquamous patients was A: c; B: d": the second pair is the part's, not the arms'.
@pytest.mark.parametrize("sentence", [
    "The 2-year survival rate was drug K: 41.2%; drug L: 53.0%, and in women was drug K: 44.1%; drug L: 50.2%.",
    "Median survival was 14.1 months with drug K and 16.9 months with drug L, while among patients with liver "
    "metastases it was 8.8 months with drug K and 9.6 months with drug L.",
])
def test_arms_values_after_a_turn_to_a_part_are_not_the_arms(sentence):
    extraction = extract_text("We randomly assigned 150 adults to drug K or drug L. " + sentence)
    assert sorted(r["value"] for r in extraction["results"]) in ([41.2, 53.0], [14.1, 16.9])


# "... and in 80 patients with X (a versus b months; HR r)": the bracket after a part of the patients holds that
# part's values: its ratio is the part's, the arms' values within it no row's.
@pytest.mark.parametrize("sentence, part, n", [
    ("Median survival was longer with drug K than with placebo in the whole population (12.2 versus 9.9 months; HR "
     "0.83) and in 140 patients with liver metastases (10.4 versus 6.1 months; HR 0.66).",
     "patients with liver metastases", 140),
    ("Progression-free survival favoured drug K over placebo overall (HR, 0.78; 95% CI, 0.66 to 0.93) and among "
     "patients without bone involvement (6.9 versus 5.0 months; HR, 0.61; 95% CI, 0.45 to 0.82).",
     "patients without bone involvement", None),
])
def test_values_in_the_bracket_after_a_part_are_the_parts(sentence, part, n):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    ratio = next(r for r in extraction["results"] if r["value"] in (0.66, 0.61))
    cohort = next(c for c in extraction["cohorts"] if c["key"] == ratio["cohort"])
    assert (labels[ratio["cohort"]], cohort.get("n")) == (part, n)
    assert not rows_where(extraction, value=(10.4, 6.1, 6.9, 5.0))
    assert {labels[r["cohort"]] for r in extraction["results"] if r["value"] in (0.83, 0.78)} <= {"drug K", "all"}


# "... in patients younger than 60 (HR r), 60 to 69 years (HR s) but not in those aged 70 or more (HR t)": a list of
# parts, each ratio its own part's, none the arm's.
@pytest.mark.parametrize("sentence", [
    "Drug K prolonged survival relative to placebo in patients younger than 55 years (HR, 0.69; 95% CI, 0.52-0.91), "
    "55 to 64 years (HR, 0.85; 95% CI, 0.63-1.14) but not in those aged 65 years or above (HR, 1.07; 95% CI, "
    "0.80-1.43).",
    "Survival was longer with drug K than placebo among women with one prior regimen [HR 0.72], two prior regimens "
    "[HR 0.88] and three or more regimens [HR 1.09].",
    # a part named by a marker's state alone
    "Survival was similar with drug K and placebo in BRAF mutation-positive (HR, 1.04; 95% CI, 0.77 to 1.41), "
    "BRAF mutation-negative (HR, 1.12; 95% CI, 0.85 to 1.48) and BRAF-unknown (HR, 0.95) subgroups.",
])
def test_each_ratio_of_a_list_of_parts_is_its_parts(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    ratios = rows_where(extraction, measure="hr")
    assert len(ratios) == 3
    assert not {labels[r["cohort"]] for r in ratios} & {"drug K", "placebo", "all"}
    assert len({r["cohort"] for r in ratios}) == 3


# "The adverse events of grade 3 or 4 in the A arm were diarrhoea (8%), ...": the values of the one group the subject
# is of.
@pytest.mark.parametrize("sentence, arm", [
    ("The adverse events of grade 3 or 4 in the zorbicin arm were diarrhoea (8%), neutropenia (6%), and fatigue (3%).",
     "zorbicin"),
    ("All grade 3 toxic effects among the placebo group were anaemia (4%) and vomiting (2%).", "placebo"),
])
def test_values_of_a_subject_said_of_one_arm_are_that_arms(sentence, arm):
    extraction, labels = labelled_extraction("We randomly assigned 90 adults to zorbicin or placebo. " + sentence)
    assert extraction["results"] and {labels[r["cohort"]] for r in extraction["results"]} == {arm}


# "212 deaths occurred overall in 401 patients in the A group": the patients the events were counted among, no count.
@pytest.mark.parametrize("sentence", [
    "In total, 212 deaths occurred overall in 401 patients in the zorbicin group and 198 occurred in 399 patients in "
    "the placebo group.",
    "Recurrences were observed in 388 patients of the zorbicin group, 41 events in all.",
])
def test_the_patients_events_were_counted_among_are_no_count(sentence):
    extraction = extract_text("We randomly assigned 800 adults to zorbicin or placebo. " + sentence)
    assert not rows_where(extraction, measure="count", value=(401.0, 399.0))


# "... at all stages; stage pI (47% vs 38%), stage pII (...)", "in stage III disease (HR 0.71)": a stage's bracket
# holds that stage's values: its ratio is the stage's, the arms' values within it no row's.
@pytest.mark.parametrize("sentence", [
    "Adjuvant zorbicin was associated with better survival than observation at all stages; stage pI (47% vs 38%; "
    "p = 0.04), stage pII (35% vs 24%; p = 0.01), and stage pIII (28% vs 15%; p < 0.001).",
    "Zorbicin improved survival over observation in stage III disease (HR 0.71) but not in stage II disease (HR 1.02).",
])
def test_values_in_a_stages_bracket_are_the_stages(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin or observation. " + sentence)
    assert all(r["measure"] == "hr" and labels[r["cohort"]].startswith("stage") for r in extraction["results"])


# "Patients with liver metastases derived a larger benefit from A than from B (median PFS a vs b; HR r)": the arms
# compared within the part the subject names: the ratio is the part's, the arms' values no row's.
@pytest.mark.parametrize("sentence", [
    "Patients with liver metastases derived a larger benefit from zorbicin than from placebo (median PFS 6.2 vs 3.9 "
    "months; HR 0.61).",
    "Patients in the marker-low subgroup also had improved survival with zorbicin (median overall survival 11.4 "
    "months vs 8.1 months).",
])
def test_arms_compared_within_a_subject_part_are_not_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin or placebo. " + sentence)
    assert [r["measure"] for r in extraction["results"]] in ([], ["hr"])
    assert all(labels[r["cohort"]] not in ("zorbicin", "placebo", "all") for r in extraction["results"])


# "occurred in 44 (21%) of 210 patients who received A and in 12 (6%) of 205 patients who received B": each arm's
# count and share, the arm named by what its patients received.
@pytest.mark.parametrize("sentence", [
    "Neutropenia occurred in 44 (21%) of 210 patients who received zorbicin and in 12 (6%) of 205 patients who "
    "received placebo.",
    "An objective response was seen in 31 (62%) of 50 patients who received zorbicin and 20 (41%) of 49 who took "
    "placebo.",
])
def test_counts_of_patients_who_received_each_arm_are_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 415 adults to zorbicin or placebo. " + sentence)
    counts = {labels[r["cohort"]]: r["value"] for r in extraction["results"] if r["measure"] == "count"}
    assert counts in ({"zorbicin": 44.0, "placebo": 12.0}, {"zorbicin": 31.0, "placebo": 20.0})


# "Of the patients assigned to A, 151 (75%) completed all cycles, compared with 170 (85%) of those assigned to B": the
# values before the contrast are the arm the sentence opens with.
@pytest.mark.parametrize("sentence", [
    "Of the patients assigned to zorbicin, 151 (75%) completed all planned cycles, compared with 170 (85%) of those "
    "assigned to placebo.",
    "In the zorbicin group, 151 patients (75%) completed all planned cycles, compared with 170 (85%) in the placebo "
    "group.",
    "Among patients assigned to zorbicin, the response rate was 75%, compared with 85% among those assigned to "
    "placebo.",
])
def test_values_before_the_contrast_are_the_fronted_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    got = {(labels[r["cohort"]], r["measure"], r["value"]) for r in extraction["results"]}
    assert {("zorbicin", "rate", 75.0), ("placebo", "rate", 85.0)} <= got


# "more frequent with A (18/201, 9.0%) than with B (4/199, 2.0%)": each arm's count over its total and share.
@pytest.mark.parametrize("sentence", [
    "Grade 3-4 diarrhoea was more frequent with zorbicin (18/201, 9.0%) than with placebo (4/199, 2.0%).",
    "Febrile neutropenia was reported with zorbicin (11/201; 5.5%) and with placebo (2/199; 1.0%).",
])
def test_a_count_over_its_total_then_the_share_is_the_arms(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    got = {(labels[r["cohort"]], r["measure"]) for r in extraction["results"]}
    assert got == {("zorbicin", "count"), ("zorbicin", "rate"), ("placebo", "count"), ("placebo", "rate")}


# "Death (from any cause) occurred in 25.4% of the patients in the A group and in 34.2% of those in the B group": each
# arm's share of deaths; "the risk of death from any cause (HR ...)" stays the survival ratio.
@pytest.mark.parametrize("sentence, expected", [
    ("Death occurred in 25.4% of the patients in the zorbicin group and in 34.2% of those in the placebo group.",
     {("zorbicin", "DEATH", 25.4), ("placebo", "DEATH", 34.2)}),
    ("Death from any cause occurred in 21.9% of the patients in the zorbicin group and in 30.5% of those in the "
     "placebo group.", {("zorbicin", "DEATH", 21.9), ("placebo", "DEATH", 30.5)}),
    ("The risk of death from any cause was lower with zorbicin (HR 0.72).", {("zorbicin", "OS", 0.72)}),
    # each count before its own arm's name: the count after the first name is the second arm's, not the first's
    ("Death occurred in 99 patients (49 zorbicin, 50 placebo).", set()),
])
def test_deaths_said_with_their_verb_are_each_arms(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    assert {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in extraction["results"]} == expected


# "In the elderly, median survival was a versus b for A versus B": the arms' values within a part of the patients.
@pytest.mark.parametrize("sentence", [
    "In women, the response rate was 43% versus 31% for drug K versus placebo, respectively.",
    "In the elderly, median survival was 11.9 versus 9.1 months for drug K versus placebo, respectively.",
])
def test_arms_values_in_a_fronted_part_are_not_the_arms(sentence):
    assert extract_text("We randomly assigned 300 adults to drug K or placebo. " + sentence)["results"] == []


# "Grade 2 and 3 pneumonitis were observed in 3 patients each": 3 of each, not 3 of both together.
@pytest.mark.parametrize("sentence", [
    "Late grade 2 and 3 pulmonary toxicities were observed in 4 patients each.",
    "Grade 3 neutropenia and grade 3 anaemia occurred in 2 patients each.",
])
def test_a_count_of_each_item_is_no_count_of_them_together(sentence):
    assert not rows_where(extract_text(sentence), measure="count")


# "HR of death in the experimental arm was 1.24", "hazard ratio for death in the combination arm, 0.82": that arm
# against the other.
@pytest.mark.parametrize("intro, sentence, arm, other", [
    ("We randomly assigned 500 adults to standard treatment or experimental treatment. Median survival was 10.1 "
     "months in the standard arm and 9.0 months in the experimental arm. ",
     "The adjusted HR of death in the experimental arm was 1.19 (95% CI, 1.01 to 1.40).",
     "experimental treatment", "standard_treatment"),
    ("We randomly assigned 420 adults to radiotherapy alone or radiotherapy plus drug W. Median survival was 14.0 "
     "months with radiotherapy alone and 17.5 months with radiotherapy plus drug W. ",
     "The HR of death in the combination arm was 0.79 (95% CI, 0.64 to 0.97).",
     "radiotherapy plus drug W", "radiotherapy_alone"),
])
def test_a_ratio_named_for_one_arm_is_that_arm_against_the_other(intro, sentence, arm, other):
    extraction, labels = labelled_extraction(intro + sentence)
    ratio = next(r for r in extraction["results"] if r["measure"] == "hr")
    assert (labels[ratio["cohort"]], ratio["comparator"]) == (arm, other)


# "(10.8 months, vs. 5.4 months in the placebo group)": a comma before "vs." keeps the pair; the first value is the
# other arm's.
@pytest.mark.parametrize("sentence", [
    "The drug K group had a longer median progression-free survival (9.6 months, vs. 4.9 months in the placebo group; "
    "hazard ratio, 0.41).",
    "The response rate was higher in the drug K group (38%, versus 12% in the placebo group).",
])
def test_a_comma_before_vs_keeps_the_pair(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to drug K or placebo. " + sentence)
    arms = {labels[r["cohort"]] for r in extraction["results"] if r["measure"] != "hr"}
    assert arms == {"drug K", "placebo"}


# "A response occurred in k patients in the A group (response rate, x%; 95% CI ...)": the objective response said as
# what happened, the count before the arm and the rate in the bracket after it, named inside the bracket.
@pytest.mark.parametrize("sentence, expected", [
    ("A response occurred in 97 patients in the zorbicin group (response rate, 64.7%; 95% CI, 56.5 to 72.3) and in "
     "61 patients in the placebo group (response rate, 41.2%; 95% CI, 33.2 to 49.6).",
     {("zorbicin", "count", 97.0), ("zorbicin", "rate", 64.7), ("placebo", "count", 61.0), ("placebo", "rate", 41.2)}),
    ("Responses occurred in 52 patients (34.7%) in the zorbicin group and in 30 patients (20.3%) in the placebo group.",
     {("zorbicin", "count", 52.0), ("zorbicin", "rate", 34.7), ("placebo", "count", 30.0), ("placebo", "rate", 20.3)}),
    ("Grade 3 rash occurred in 12 patients in the zorbicin group (incidence, 8.0%) and in 3 patients in the placebo "
     "group (incidence, 2.0%).", {("zorbicin", "count", 12.0), ("placebo", "count", 3.0)}),
])
def test_a_response_that_occurred_in_each_arm(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 298 adults to zorbicin (n = 150) or placebo "
                                             "(n = 148). " + sentence)
    got = {(labels[r["cohort"]], r["measure"], r["value"]) for r in extraction["results"]}
    assert got == expected
    if expected and any(m == "rate" for _, m, _ in expected):
        assert {r["endpoint"] for r in extraction["results"]} == {"ORR"}


# "3 possibly treatment-related deaths in the A group": the investigators' judgement of the cause said before it;
# still grade 5 toxicity, that arm's.
@pytest.mark.parametrize("sentence, expected", [
    ("There were 4 possibly treatment-related deaths in the zorbicin group.", {("zorbicin", 4.0)}),
    ("Two probably drug-related deaths occurred in the zorbicin group and one in the placebo group.",
     {("zorbicin", 2.0), ("placebo", 1.0)}),
])
def test_deaths_judged_possibly_caused_by_the_treatment(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 260 adults to zorbicin or placebo. " + sentence)
    rows = extraction["results"]
    assert {(labels[r["cohort"]], r["value"]) for r in rows} == expected
    assert {(r["endpoint"], r["grade"]) for r in rows} == {("TOX", "5")}


# A hazard ratio below one is of the group that lived longer: when the two groups' medians in the sentence say the
# rule set it the wrong way round, it is the other group's; not when words say which fared better (the values may be
# written in another order than the groups).
@pytest.mark.parametrize("sentence, arm", [
    ("Median survival was 8.1 and 11.6 months for placebo and zorbicin, respectively (HR 0.71; 95% CI 0.55-0.92).",
     "zorbicin"),
    ("Median progression-free survival was 14.9 months with placebo and 10.2 months with zorbicin (hazard ratio, "
     "1.45; 95% CI, 1.10 to 1.91).", "zorbicin"),
    ("Median survival was 9.0 months with zorbicin and 12.5 months with placebo (HR 1.36), shorter with zorbicin.",
     "zorbicin"),
])
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
@pytest.mark.parametrize("text, hr, medians, turned", [
    ("Median survival was 7.0 and 9.5 months (hazard ratio 0.80).", 0.80, (7.0, 9.5), True),
    ("Median survival was 9.5 and 7.0 months (hazard ratio 1.30).", 1.30, (9.5, 7.0), True),
    ("Median survival was 9.5 and 7.0 months (hazard ratio 0.80).", 0.80, (9.5, 7.0), False),
    ("Survival was shorter in one group, 7.0 and 9.5 months (hazard ratio 0.80).", 0.80, (7.0, 9.5), False),
    ("Median survival was 9.0 and 9.4 months (hazard ratio 0.80).", 0.80, (9.4, 9.0), False),
])
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
@pytest.mark.parametrize("sentence, expected", [
    ("Median progression-free survival was longer in the zorbicin group (10.4 months, 95% CI 9.1-12.0) than in the "
     "placebo group (5.2 months, 4.6-6.1; hazard ratio 0.31, 95% CI 0.22-0.44).", (4.6, 6.1)),
    ("The 1-year survival rate was 62% (95% CI 54-69) in the zorbicin group and 48% (placebo, 40-56) in the placebo "
     "group, and it was 44% (95% CI 36-52) versus 31% (24-39; p=0.02) at 2 years.", None),
    ("Median survival was 10.4 months (range 2-31) in the zorbicin group and 5.2 months (range, 1-25; p=0.1) in the "
     "placebo group (median, 5.2 months, 1-25).", None),
])
def test_a_bare_interval_after_a_comma_in_the_values_bracket(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    placebo = [r for r in extraction["results"] if labels[r["cohort"]] == "placebo" and r["measure"] == "median"]
    if expected is None:
        assert all(r.get("ci_low") is None for r in placebo)
    else:
        assert [(r["ci_low"], r["ci_high"]) for r in placebo] == [expected]


# "grade 3 vomiting occurred in 4 drug A patients": a bare count of people named by their group as an attribute.
@pytest.mark.parametrize("sentence, expected", [
    ("Grade 3 vomiting occurred in 4 zorbicin patients.", {("zorbicin", 4.0)}),
    ("Grade 3 vomiting occurred in 4 zorbicin patients and grade 3 fatigue occurred in 2 placebo patients.",
     {("zorbicin", 4.0), ("placebo", 2.0)}),
    # not the number of a group's name: a dose
    ("Grade 3 vomiting occurred in 40 mg zorbicin patients.", set()),
])
def test_a_bare_count_of_people_named_by_their_group(sentence, expected):
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "compared with patients given B (38% of those treated at the 4-mg dose ...)": the value names its own people straight
# after it, so the bracket after B does not make it B's.
@pytest.mark.parametrize("sentence", [
    "Fewer patients given zorbicin had a skeletal-related event compared with patients given placebo (38% of those "
    "treated at the 4-mg dose [P = 0.12] and 35% of those treated at the 8-mg dose [P = 0.02], compared with 47% of "
    "those treated with placebo).",
    "The response rate was lower with placebo (21% of the patients treated at the low dose, against 12% of those on "
    "placebo).",
])
def test_a_value_naming_its_own_people_is_not_the_bracketed_groups(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 600 adults to zorbicin 4 mg, zorbicin 8 mg or "
                                             "placebo. " + sentence)
    placebo = {r["value"] for r in extraction["results"] if labels.get(r["cohort"]) == "placebo"}
    assert not placebo & {38.0, 35.0, 21.0}


# "in 11 patients given A, 3 of whom died, and in 1 patient given B": the outcome inside the clause of a part of the
# count names none of the values after the clause.
@pytest.mark.parametrize("sentence, expected", [
    ("Febrile neutropenia occurred in 11 patients treated with zorbicin, 3 of whom died, and in 1 patient treated with "
     "placebo.", {("zorbicin", "TOX", 11.0), ("placebo", "TOX", 1.0)}),
    ("Pneumonitis developed in 8 patients in the zorbicin group, two of them fatal, and in 2 patients in the placebo "
     "group.", {("zorbicin", "TOX", 8.0), ("placebo", "TOX", 2.0)}),
    ("Grade 3 pneumonitis developed in 9 patients (four in the zorbicin group and five in the placebo group), of whom "
     "two died (one in each group, one of whom had received a second course).",
     {("zorbicin", "TOX", 4.0), ("placebo", "TOX", 5.0)}),
])
def test_an_outcome_in_a_clause_of_a_part_names_no_later_value(sentence, expected):
    # (and "one of whom received X" after a group is a part of the people counted, no value of that group)
    extraction, labels = labelled_extraction("We randomly assigned 300 adults to zorbicin (n = 150) or placebo "
                                             "(n = 150). " + sentence)
    got = {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in extraction["results"]}
    assert expected <= got and not [g for g in got if g[1] == "DEATH"]


# A ratio per unit of a measured quantity ("log10 marker hazard ratio 0.44", "HR per 10 years 1.31") is no group's
# against another's.
@pytest.mark.parametrize("sentence", [
    "In patients given zorbicin, higher marker counts after 4 weeks (log10 marker hazard ratio (HR) 0.44, 95% CI "
    "0.20-0.95) were associated with longer overall survival.",
    "Each 10-year increase in age raised the risk of death (HR per 10 years 1.31, 95% CI 1.10-1.56).",
])
def test_a_ratio_per_unit_is_no_groups(sentence):
    rows = extract_text("We randomly assigned 300 adults to zorbicin (n = 150) or placebo (n = 150). " + sentence)
    assert not rows_where(rows, measure="hr")


# "data on follow-up were available for 261 of 300 cases (87%)": how many could be analysed, no outcome.
@pytest.mark.parametrize("sentence", [
    "For the analysis of recurrence, data on follow-up were available for 261 out of 300 cases (87%).",
    "Tissue for the response analysis was available from 188 of 300 patients (63%).",
])
def test_how_many_had_data_is_no_outcome(sentence):
    assert extract_text(sentence)["results"] == []


# "When surgery lasted 180 min or more, the rate of complications was a in A and b in B": the arms' values within the
# part the condition sets apart; a condition of the analysis ("When adjusted for crossover, ...") keeps them.
@pytest.mark.parametrize("sentence, kept", [
    ("When surgery lasted 180 min or more, the rate of grade 3 complications was 31.2% in the zorbicin group and 48% "
     "in the placebo group.", False),
    ("When we excluded patients with early rash, grade 3 adverse events occurred in 47% (84 of 178) of the zorbicin "
     "group and 36% (54 of 150) of the placebo group.", False),
    ("When adjusted for crossover, the hazard ratio for overall survival for zorbicin versus placebo was 0.52 (95% CI, "
     "0.35 to 0.77).", True),
])
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
@pytest.mark.parametrize("sentence", [
    "Patients with exon 19 deletions had better overall survival (median: 41.2 vs 30.3 months, respectively) than "
    "those with other mutations (29.4 vs 26.8 months, respectively).",
    "Patients with exon 19 deletions had better overall survival (median: 41.2 and 30.3 months for the concurrent and "
    "sequential treatment, respectively) than those with other mutations (29.4 and 26.8 months, respectively).",
])
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
@pytest.mark.parametrize("sentence", [
    "Grade 3 rash was more frequent with zorbicin (18 of 190; 9.5%) than with placebo (4 of 189; 2.1%).",
    "Grade 3 rash was more frequent with zorbicin (18 of 190, 9.5%) than with placebo (4 of 189, 2.1%).",
])
def test_a_count_of_a_total_before_the_share_in_the_groups_bracket(sentence):
    extraction, labels = labelled_extraction("We randomly assigned 400 adults to zorbicin (n = 201) or placebo "
                                             "(n = 199). " + sentence)
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    counts = {(labels[r["cohort"]].split(" (")[0], sizes[r["cohort"]], r["value"]) for r in extraction["results"]
              if r["measure"] == "count"}
    assert counts == {("zorbicin", 190, 18.0), ("placebo", 189, 4.0)}


@pytest.mark.parametrize("sentence", [
    "A total of 17 patients (19%) in the capecitabine group had a local recurrence, as compared with 29 patients "
    "(33%) in the observation group.",
    "A total of 6 patients (7%) in the observation group died of the cancer within a year, against 2 (2%) in the "
    "capecitabine group.",
])
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


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Hand-foot syndrome was more frequent with capecitabine (31% capecitabine v 4% observation).", 31.0, 4.0),
    ("Fatigue rates were close (12.5% capecitabine versus 11.0% observation; P = .70).", 12.5, 11.0),
    ("Any-grade diarrhoea was common (44% capecitabine vs. 21% observation, p < 0.01).", 44.0, 21.0),
])
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


@pytest.mark.parametrize(("sentence", "measure", "first", "second"), [
    ("Relapse-free survival did not differ between capecitabine and observation, with medians of 24.4 and 20.1 "
     "months, respectively.", "median", 24.4, 20.1),
    ("Capecitabine and observation gave similar overall survival, with the 3-year rate being 58% and 55%, "
     "respectively.", "rate", 58.0, 55.0),
])
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


@pytest.mark.parametrize("sentence", [
    # no difference between three arms keeps each arms median
    "No difference in overall survival among arms A, B, and C was seen, with median survival 9.3, 8.1, and 7.6 "
    "months, respectively.",
    "There was no survival difference between arms A, B and C (median 9.3, 8.1 and 7.6 months, respectively).",
    # a list of lettered arms with a comma before and names the last arm too
    "Median overall survival was 9.3, 8.1, and 7.6 months for arms A, B, and C, respectively.",
    "Median overall survival in arms A, B, and C was 9.3, 8.1, and 7.6 months.",
])
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


@pytest.mark.parametrize("results", [
    "Deaths were recorded in 61 of 150 patients (40.7%) assigned to drug K and 75 of 148 (50.7%) assigned to "
    "observation.",
    "Relapse occurred in 30 of 150 participants (20%) allocated to drug K and 44 of 148 (29.7%) allocated to "
    "observation.",
])
def test_counts_out_of_the_assigned_totals_define_no_groups(results):
    text = ("A total of 298 patients were randomly assigned to drug K plus surgery (n = 150) or observation after "
            f"surgery (n = 148). {results}")
    sizes = groups_of(text)
    # the two arms and their sizes only: no group of the count's size, none named again by the result
    assert sorted(n for n in sizes.values() if n is not None) == [148, 150]
    assert len(sizes) == 2


@pytest.mark.parametrize("sentence", [
    "Overall, 150 patients were randomly assigned to drug K and 148 to observation.",
    # a total before the first count, "of whom" after it
    "A total of 150 patients were allocated to drug K and 148 to observation.",
    "In all, 298 patients were randomised, 150 of whom were assigned to drug K and 148 to observation.",
])
def test_counts_assigned_to_groups_still_define_them(sentence):
    assert groups_of(sentence) == {"drug K": 150, "observation": 148}


K_AND_OBSERVATION = "A total of 300 patients were randomly assigned to drug K (n = 152) or observation (n = 148). "


@pytest.mark.parametrize(("results", "parts"), [
    ("Among patients with nodal disease, relapse occurred in 21 of 60 patients (35.0%) in the drug K group and 30 of "
     "58 (51.7%) in the observation group.", {(21.0, 60), (35.0, 60), (30.0, 58), (51.7, 58)}),
    ("Among patients with nodal disease, the relapse rate was 35.0% (21 of 60) with drug K and 51.7% (30 of 58) with "
     "observation.", {(21.0, 60), (35.0, 60), (30.0, 58), (51.7, 58)}),
    ("In patients older than 70 years, the response rate was 40% (12 of 30) with drug K and 25% (7 of 28) with "
     "observation.", {(12.0, 30), (40.0, 30), (7.0, 28), (25.0, 28)}),
])
def test_arms_values_counted_within_a_subgroup_are_the_arms_parts(results, parts):
    extraction = extract_text(K_AND_OBSERVATION + results, "trial.txt")
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert {(r["value"], cohorts[r["cohort"]]["n"]) for r in extraction["results"]} == parts
    # each a part of its arm, named with the subgroup it is within
    for r in extraction["results"]:
        cohort = cohorts[r["cohort"]]
        assert cohorts[cohort["parent"]]["n"] in (152, 148) and ("nodal" in cohort["label"] or "70" in cohort["label"])


@pytest.mark.parametrize("results", [
    "Among patients with nodal disease, relapse occurred in 35.0% with drug K and 51.7% with observation.",
    "Among patients with nodal disease, the relapse rate was 35.0% in the drug K group and 51.7% in the observation "
    "group.",
])
def test_arms_values_within_a_subgroup_without_their_totals_stay_out(results):
    assert extract_text(K_AND_OBSERVATION + results, "trial.txt")["results"] == []


K_AND_PLACEBO = "A total of 300 patients were randomly assigned to drug K (n = 151) or placebo (n = 149). "


@pytest.mark.parametrize("results", [
    # two counts, then their event, then the two arms named together: each list in the same order
    "Twelve (7.9%) and 5 (3.4%) patients had grade 3 rash in the drug K and placebo arms.",
    "31 (20.5%) and 19 (12.8%) patients developed grade 3 or worse neutropenia in the drug K and placebo groups.",
])
def test_counts_then_the_arms_named_together_are_the_arms_in_order(results):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    rows = {(r["cohort"], r["measure"], r["value"]) for r in extraction["results"]}
    counts = sorted((v, c) for c, m, v in rows if m == "count")
    assert counts in ([(5.0, "placebo"), (12.0, "drug_k")], [(19.0, "placebo"), (31.0, "drug_k")])


def test_a_count_then_one_arm_with_a_verb_is_still_that_arms():
    rows = extract_text(K_AND_PLACEBO + "Twelve (7.9%) patients had grade 3 rash in the drug K arm.", "trial.txt")
    assert {(r["cohort"], r["value"]) for r in rows["results"] if r["measure"] == "count"} == {("drug_k", 12.0)}


@pytest.mark.parametrize(("results", "first", "second"), [
    ("In the drug K arm, the median time to progression was 7.7 months versus 4.1 months in the placebo arm.",
     7.7, 4.1),
    ("In the drug K group, the response rate was 36%, compared with 17% in the placebo group.", 36.0, 17.0),
])
def test_a_value_of_the_arm_the_sentence_opens_with_before_the_other_arms(results, first, second):
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert {(r["cohort"], r["value"]) for r in rows} == {("drug_k", first), ("placebo", second)}


def test_a_part_named_beside_a_value_within_the_opening_arm_is_not_the_arm():
    rows = extract_text(K_AND_PLACEBO + "In the drug K arm, the response rate was 36% in women versus 17% in the "
                        "placebo arm.", "trial.txt")["results"]
    assert ("drug_k", 36.0) not in {(r["cohort"], r["value"]) for r in rows}


@pytest.mark.parametrize("effect", [
    "The hazard ratio for death was 0.81 (95% CI, 0.66 to 0.99; P = 0.04).",
    "The stratified hazard ratio for disease progression or death was 0.63 (95% CI 0.50-0.79).",
])
def test_the_ratio_of_the_trials_event_naming_nothing_else_is_the_treatments_effect(effect):
    rows = rows_where(extract_text(K_AND_PLACEBO + effect, "trial.txt"), measure="hr")
    assert [(r["cohort"], r["comparator"]) for r in rows] == [("drug_k", "placebo")]


@pytest.mark.parametrize("effect", [
    "The hazard ratio for death was 0.81 (95% CI, 0.66 to 0.99) in patients older than 65 years.",
    "The hazard ratio for death was 1.42 (95% CI, 1.10 to 1.83) for each 10-year increase in age.",
])
def test_the_ratio_of_the_trials_event_in_a_part_or_per_factor_is_not_the_treatments_effect(effect):
    rows = rows_where(extract_text(K_AND_PLACEBO + effect, "trial.txt"), measure="hr")
    assert not any(r["cohort"] == "drug_k" for r in rows)


@pytest.mark.parametrize("results", [
    # a respectively pair of rates said of the patients is the arms
    # the two arms' rates with "respectively" and nothing naming them: the trial's arms in their order
    "Serious adverse events occurred in 24% and 17% of patients, respectively.",
    "Grade 3 or higher adverse events occurred in 24% and 17% of patients, respectively.",
    "Serious adverse events were similar between the groups (24% and 17%, respectively).",
    # a pair in the bracket after the two groups is the arms
    "Serious adverse events were similar in the two groups (24% and 17%).",
    "Serious adverse events did not differ between both arms (24% and 17%).",
    # a pair after the rate of an outcome is the arms
    "The rate of serious adverse events was 24% vs 17%.",
    "The rates of serious adverse events were similar in the two groups (24% vs 17%).",
])
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


@pytest.mark.parametrize("results", [
    "Rates of survival in arm 1 were 61 percent after one year, 32 percent after two years, and 21 percent after "
    "four years, as compared with 44, 15, and 9 percent, respectively, in arm 2.",
    "Rates of survival in group 1 were 61 percent after one year, 32 percent after two years, and 21 percent after "
    "four years, as compared with 44, 15, and 9 percent, respectively, in group 2.",
])
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


@pytest.mark.parametrize(("results", "expected"), [
    # one group's events as the sentence's subject, without "the most common": the listed values are that group's
    ("Grade 3 or 4 haematologic toxicities among ZC patients were grade 3 or 4 neutropenia (7.5%), grade 3 "
     "thrombocytopenia (2.5%), and grade 3 anaemia (5.0%).", {("ZC", 7.5), ("ZC", 2.5), ("ZC", 5.0)}),
    ("Toxic effects of MC included nausea (12 [32%]) and fatigue (9 [24%]).",
     {("MC", 12.0), ("MC", 32.0), ("MC", 9.0), ("MC", 24.0)}),
])
def test_one_groups_events_as_the_subject(results, expected):
    out = extract_text(_TWO_REGIMENS + results)
    label = _by_key(out)
    assert {(label[r["cohort"]], r["value"]) for r in out["results"]} == expected


def test_one_groups_events_as_the_subject_but_a_pair_compares_both():
    # "(32% vs 20%)": the pair sets the named group against the other, so the whole list is not the named group's
    out = extract_text(_TWO_REGIMENS + "Toxic effects of MC included nausea (32% vs 20%).")
    assert len({r["cohort"] for r in out["results"]}) == len(out["results"])  # never both values to one group


_TWO_DRUGS = ("A trial\n\nMethods: Patients were randomly assigned to zorbatinib (n = 201) or melvostat (n = 199).\n"
              "Results: ")


@pytest.mark.parametrize(("results", "expected"), [
    # the event's cause said between the count and its verb: the group after the verb is still the count's
    ("One treatment-related death from sepsis was reported in the melvostat group.", ("melvostat", 1.0)),
    ("Two treatment-related deaths due to pneumonitis occurred in the zorbatinib group.", ("zorbatinib", 2.0)),
    ("Three treatment-related deaths attributed to bleeding were recorded in the melvostat group.", ("melvostat", 3.0)),
])
def test_a_count_with_its_cause_before_the_group(results, expected):
    out = extract_text(_TWO_DRUGS + results)
    label = _by_key(out)
    assert [(label[r["cohort"]], r["value"]) for r in out["results"]] == [expected]


@pytest.mark.parametrize("results", [
    "Melvostat caused more grade 3 events than zorbatinib (including anaemia in 30 [15%] of 199 patients on melvostat "
    "vs no patients on zorbatinib); the most common grade 3 events with zorbatinib were raised bilirubin (four [2%] of "
    "201 patients) and fatigue (three [1%] patients).",
    "Grade 3 anaemia was more frequent with melvostat than with zorbatinib (30 [15%] vs 0); grade 3 toxicities among "
    "zorbatinib patients were raised bilirubin (four [2%]) and fatigue (three [1%]).",
])
def test_a_clause_after_a_semicolon_that_lists_one_groups_events(results):
    out = extract_text(_TWO_DRUGS + results)
    label = _by_key(out)
    got = {(label[r["cohort"]], r.get("category"), r["value"]) for r in out["results"]}
    assert {("zorbatinib", "fatigue", 3.0), ("zorbatinib", "fatigue", 1.0)} <= got
    # the event the lexicon does not know gives no row, and never the event of the clause before
    assert not {v for _, c, v in got if c == "anaemia"} & {4.0, 2.0}


@pytest.mark.parametrize("opening", [
    "In the concurrent arm (arm A), radiotherapy started with the second cycle, whilst in the sequential arm (arm B), "
    "radiotherapy started after the last cycle.",
    "In the concurrent arm (arm A), radiotherapy started with the second cycle, while in the sequential arm (arm B), "
    "radiotherapy started after the last cycle.",
])
def test_a_lettered_arm_is_the_group_its_treatment_word_and_a_generic_noun_name(opening):
    # "the concurrent arm (arm A)" and "randomized to concurrent treatment": one arm, with the n of its allocation
    text = ("A trial\n\nPatients were randomised to concurrent or sequential chemoradiotherapy. " + opening +
            " Sixty patients were randomized to concurrent treatment and 58 to the sequential schedule. Survival was "
            "longer in arm A than in arm B (median 16 versus 12 months).")
    assert groups_of(text) == {"concurrent treatment": 60, "sequential schedule": 58}
    out = extract_text(text)
    label = _by_key(out)
    assert {(label[r["cohort"]], r["value"]) for r in out["results"]} == {("concurrent treatment", 16.0),
                                                                         ("sequential schedule", 12.0)}


def test_sizes_said_for_two_of_three_arms_are_a_subsets():
    # a figure of one subset compares two of the three arms: those sizes are not the arms' own
    text = ("A trial\n\nPatients were randomly assigned to zorbatinib, melvostat or tarnexan. Survival was longer "
            "with zorbatinib than with tarnexan. (B) Survival curves for patients with grade 3 tumours treated with "
            "zorbatinib (n = 12) vs melvostat (n = 15).")
    assert groups_of(text) == {"zorbatinib": None, "melvostat": None, "tarnexan": None}


@pytest.mark.parametrize("results", [
    "Common Toxicity Criteria grade 3 or 4 haematological toxicities among drug K patients were grade 3 neutropenia "
    "(8.1%) and grade 3 anaemia (3.2%).",
    "Common toxicity criteria grade 3 or 4 toxicities in the drug K group were grade 3 neutropenia (8.1%) and grade 3 "
    "anaemia (3.2%).",
])
def test_a_grading_systems_name_before_a_grade_is_no_definition(results):
    rows = extract_text(K_AND_PLACEBO + results, "trial.txt")["results"]
    assert {(r["cohort"], r["category"], r["value"]) for r in rows} == {("drug_k", "neutropenia", 8.1),
                                                                         ("drug_k", "anaemia", 3.2)}


def test_a_sentence_naming_the_grading_criteria_otherwise_stays_a_definition():
    results = "Toxicity was graded by the common toxicity criteria, and 30% of patients had grade 3 events."
    assert extract_text(K_AND_PLACEBO + results, "trial.txt")["results"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a short name defined in the results for the treatment only one arm's name holds, and "no <treatment>" for the
    # other arm of the two: each arm's values go to it, with its size
    ("Methods: We randomly assigned 300 patients to observation alone (n = 152) or observation plus adjuvant "
     "radiotherapy (n = 148). Results: Of the patients allocated radiotherapy (R), 91% completed the course; of those "
     "allocated no radiotherapy (NoR), 12% later had radiotherapy. Median survival was 40.2 months in the R group and "
     "31.5 months in the NoR group.",
     {(40.2, 148), (31.5, 152)}),
    ("Methods: In all, 210 women were randomised to best supportive care (n = 104) or best supportive care with "
     "docetaxel (n = 106). Results: Patients assigned docetaxel (D) had a median of four cycles, and patients assigned "
     "no docetaxel (ND) had none. Median overall survival was 7.4 months for the D arm versus 4.6 months for the ND "
     "arm.",
     {(7.4, 106), (4.6, 104)}),
])
def test_a_short_name_for_the_treatment_one_arm_holds_names_that_arm(text, expected):
    assert row_tuples(text, "value cohort_n", measure="median") == expected


@pytest.mark.parametrize("text", [
    # the treatment is in both arms' names: its short name is neither arm
    "Methods: We randomly assigned 300 patients to radiotherapy plus cisplatin (n = 152) or radiotherapy plus "
    "cetuximab (n = 148). Results: Of the patients given radiotherapy (R), 91% completed the course. Median survival "
    "was 40.2 months in the R group.",
    # "no docetaxel" in a trial of three arms: two arms had none
    "Methods: In all, 210 women were randomised to best supportive care (n = 104), best supportive care with "
    "docetaxel (n = 106) or best supportive care with gefitinib (n = 100). Results: Patients assigned no docetaxel "
    "(ND) had none. Median overall survival was 4.6 months for the ND arm.",
])
def test_a_short_name_for_a_treatment_no_single_arm_holds_names_no_arm(text):
    index = index_of(text)
    assert not any(a in ("R", "ND") for g in index.groups for a in g.aliases)


@pytest.mark.parametrize(("text", "apart"), [
    # "exercise" could be either of two arms of that size: neither
    ("Methods: Patients were randomly assigned to supervised exercise (n = 40), home-based exercise (n = 40) or usual "
     "care (n = 38). " + _FILLER + "Results: In all, 118 were randomised to exercise (n = 40) or usual care (n = 38).",
     "exercise"),
    # a schedule word or a second drug makes another arm: "weekly paclitaxel" is no "paclitaxel"
    ("Methods: Patients were randomly assigned to weekly paclitaxel (n = 60) or observation (n = 62). " + _FILLER +
     "Results: In all, 122 were randomised to paclitaxel (n = 60) or observation (n = 62).", "paclitaxel"),
    ("Methods: Patients were randomly assigned to chemotherapy plus drug K (n = 60) or chemotherapy alone (n = 62). "
     + _FILLER + "Results: In all, 122 were randomised to drug K (n = 60) or chemotherapy alone (n = 62).", "drug K"),
])
def test_a_shorter_name_of_an_equal_n_is_no_arm_s_when_it_could_be_another(text, apart):
    assert apart in groups_of(text)


@pytest.mark.parametrize("sentence", [
    "Grade 3 rash occurred in 22 of 60 patients in the chemotherapy and cetuximab group.",
    "Rash was reported in 22 of 60 patients in the chemotherapy and cetuximab arm.",
])
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


@pytest.mark.parametrize(("text", "expected"), [
    # the toxicity of the treatment one arm alone was given, against observation, is that arm's (with its size)
    ("Methods: We randomly assigned 180 patients to adjuvant cetuximab (n = 90) or observation (n = 90). Results: "
     "Grade 3 rash during cetuximab occurred in 14% of patients.", (14.0, "adjuvant cetuximab")),
    # said by the class the arm is called by ("the chemotherapy group")
    ("Methods: A total of 300 women were randomly assigned to gemcitabine plus carboplatin (n = 150) or observation "
     "(n = 150). Results: Chemotherapy caused grade 3 thrombocytopenia in 21 percent of patients.",
     (21.0, "gemcitabine plus carboplatin")),
])
def test_the_toxicity_of_the_one_treated_arm_s_treatment_is_that_arm_s(text, expected):
    out, labels = labelled_extraction(text)
    assert [(r["value"], labels.get(r["cohort"], r["cohort"])) for r in out["results"] if r["endpoint"] == "TOX"] == [
        expected]


@pytest.mark.parametrize("text", [
    # a placebo arm has side effects of its own: the whole sample's still
    "Methods: We randomly assigned 180 patients to adjuvant cetuximab (n = 90) or placebo (n = 90). Results: Grade 3 "
    "rash during cetuximab occurred in 14% of patients.",
    # a treatment given before the trial is no arm's
    "Methods: A total of 300 women were randomly assigned to gemcitabine plus carboplatin (n = 150) or observation "
    "(n = 150). Results: Grade 3 neuropathy was seen in 12 percent of patients, mostly after previous chemotherapy.",
])
def test_a_toxicity_not_of_the_one_treated_arm_s_treatment_stays_the_whole_sample_s(text):
    out = extract_text(text)
    assert [r["cohort"] for r in out["results"] if r["endpoint"] == "TOX"] == ["all"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the parts of a study's patients by the treatment they had, with sizes that add up to the whole
    ("Of the 240 patients, 150 underwent segmentectomy and 90 received proton therapy.",
     {"segmentectomy": 150, "proton therapy": 90}),
    ("We reviewed 240 patients seen from 2005 to 2014: 150 (62.5%) patients underwent segmentectomy and 90 (37.5%) "
     "were treated with proton therapy.", {"segmentectomy": 150, "proton therapy": 90}),
    # the verb said once for both parts
    ("Of 240 patients, 150 were treated with segmentectomy and 90 with proton therapy.",
     {"segmentectomy": 150, "proton therapy": 90}),
    ("Of the 300 men, 120 received drug K, 100 received drug M and 80 underwent observation.",
     {"drug K": 120, "drug M": 100, "observation": 80}),
])
def test_the_parts_of_the_patients_by_treatment_are_groups(sentence, expected):
    assert {d.label: d.n for d in find_group_definitions(sentence)} == expected


@pytest.mark.parametrize("sentence", [
    # sizes that are no parts of the total: a subset, or events
    "Of the 240 patients, 150 underwent segmentectomy and 60 received proton therapy.",
    "Of the 240 patients, 150 had adenocarcinoma and 90 had squamous cell carcinoma.",
    "Among 240 patients, 150 underwent segmentectomy.",
])
def test_parts_that_do_not_add_up_to_the_whole_or_say_no_treatment_are_no_groups(sentence):
    assert not find_group_definitions(sentence)


_SPLIT_STUDY = ("Segmentectomy versus radiotherapy for small lung tumours: a retrospective comparison\n\n"
                "Methods: We reviewed 240 patients: 150 underwent segmentectomy and 90 received proton therapy. "
                "Results: ")


@pytest.mark.parametrize(("results", "expected"), [
    ("Nodal recurrence occurred in 12 segmentectomy patients (8.0%) and 9 proton therapy patients (10.0%).",
     {("segmentectomy", 8.0), ("proton_therapy", 10.0)}),
    ("Patients treated with proton therapy had a 3-year overall survival of 64% compared with 77% for those treated "
     "with segmentectomy.", {("proton_therapy", 64.0), ("segmentectomy", 77.0)}),
])
def test_results_of_the_parts_by_treatment_are_those_groups(results, expected):
    out = extract_text(_SPLIT_STUDY + results)
    assert {(r["cohort"], r["value"]) for r in out["results"] if r["unit"] == "%"} == expected
    assert {c["key"]: c["n"] for c in out["cohorts"] if c["key"] != "all"} == {"segmentectomy": 150,
                                                                               "proton_therapy": 90}


@pytest.mark.parametrize("results", [
    "On multivariable analysis, proton therapy was associated with worse overall survival (HR 1.38, 95% CI "
    "1.02-1.87).",
    "After adjustment for age and stage, the hazard of death was 38% higher for the proton therapy group (HR 1.38, "
    "95% CI 1.02-1.87).",
])
def test_a_ratio_said_of_one_of_two_parts_is_it_against_the_other(results):
    out = extract_text(_SPLIT_STUDY + results)
    assert [(r["cohort"], r["comparator"]) for r in out["results"] if r["measure"] == "hr"] == [
        ("proton_therapy", "segmentectomy")]


@pytest.mark.parametrize("results", [
    "Nodal recurrence occurred in 12 segmentectomy patients (8.0%) and 9 proton therapy patients (10.0%).",
    "Grade 3 pneumonitis was seen in 12 segmentectomy patients and 9 proton therapy patients.",
    "Nodal recurrence occurred in 12 segmentectomy patients (8.0%), and 9 proton therapy patients (10.0%) had it.",
])
def test_the_second_of_two_counts_of_people_named_by_their_group_is_that_groups(results):
    out = extract_text(_SPLIT_STUDY + results)
    assert {(r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "count"} == {
        ("segmentectomy", 12.0), ("proton_therapy", 9.0)}


# "18/146 patients in the drug Q group and 31/147 in the placebo group": a count over its total with a slash, then
# its group, as "18 of 146 patients in the drug Q group" is read (the total is the part of the group counted)
@pytest.mark.parametrize("results, expected", [
    ("Disease progression was recorded in 18/146 patients in the drug Q group and 31/147 in the placebo group.",
     {("drug_q_n146", 18.0), ("placebo_n147", 31.0)}),
    ("Grade 3 neutropenia occurred in 22/148 patients given drug Q versus 9/149 given placebo.",
     {("drug_q_n148", 22.0), ("placebo_n149", 9.0)}),
])
def test_a_count_over_its_total_with_a_slash_then_its_group(results, expected):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["measure"] == "count"} == expected


@pytest.mark.parametrize("results", [
    "Grade 3 rash was seen in 1/3 of patients in the drug Q group.",
    "Grade 3 rash was seen with the 20/80 mg schedule of drug Q.",
])
def test_a_fraction_or_a_dose_with_a_slash_is_no_groups_count(results):
    extraction = extract_text(ARMS.format(results=results), "trial.txt")
    assert not rows_where(extraction, measure="count")


# "Complete resection was achieved in 81 of 106 (76%) and 62 of 103 (60%) patients": two counts joined by "and", the
# groups not named, each total one arm's size: each count is of the arm of its size
RESECTION_ARMS = "We randomly assigned 209 patients to surgery plus drug Q (n = 106) or surgery alone (n = 103). "


@pytest.mark.parametrize("results, expected", [
    ("Complete resection was achieved in 81 of 106 (76%) and 62 of 103 (60%) patients.",
     {("surgery_plus_drug_q", 81.0), ("surgery_alone", 62.0)}),
    ("Wound infection occurred in 9 of 103 (9%) and 20 of 106 (19%) patients.",
     {("surgery_alone", 9.0), ("surgery_plus_drug_q", 20.0)}),
])
def test_an_and_pair_of_counts_of_the_arms_sizes_goes_to_the_arms(results, expected):
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + results)
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["measure"] == "count"} == expected


@pytest.mark.parametrize("results", [
    # a total that is no arm's size
    "Complete resection was achieved in 81 of 104 (78%) and 62 of 103 (60%) patients.",
    # two outcomes listed: the counts are theirs, not the arms'
    "Local recurrence and distant metastasis were seen in 21 of 106 (20%) and 40 of 103 (39%) patients.",
])
def test_an_and_pair_of_counts_not_of_the_arms_sizes_is_not_the_arms(results):
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + results)
    keys = {"surgery_plus_drug_q", "surgery_alone"}
    assert not {r["cohort"] for r in extraction["results"] if r["measure"] == "count"} & keys


# "50 of 106 (47%) and 40 of 103 (39%) patients underwent complete resection": the pair before its outcome, no group
# named, each total one arm's size: both counts are the arms' (the first was lost, the second read alone)
@pytest.mark.parametrize("results, expected", [
    ("50 of 106 (47%) and 40 of 103 (39%) patients underwent complete resection.",
     {("surgery_plus_drug_q", 50.0), ("surgery_alone", 40.0)}),
    ("Of the 209 patients, 81 of 106 (76%) in the drug Q group and 62 of 103 (60%) in the surgery alone group had "
     "surgery; 12 of 103 (12%) and 25 of 106 (24%) had grade 3 diarrhoea.",
     {("surgery_alone", 12.0), ("surgery_plus_drug_q", 25.0)}),
])
def test_an_and_pair_of_counts_of_the_arms_sizes_before_its_outcome(results, expected):
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + results)
    assert {(r["cohort"], r["value"]) for r in extraction["results"]
            if r["measure"] == "count" and r["endpoint"] != "SURGERY"} >= expected


def test_an_and_pair_before_its_outcome_of_other_totals_is_not_the_arms():
    extraction = extract_text("A trial\n\n" + RESECTION_ARMS + "50 of 98 (51%) and 40 of 103 (39%) patients underwent "
                              "complete resection.")
    assert ("surgery_plus_drug_q", 50.0) not in {(r["cohort"], r["value"]) for r in extraction["results"]}


def test_two_counts_after_a_colon_of_groups_the_clause_names_are_not_the_arms():
    extraction = extract_text(SIZED_ARMS.format(
        results="In patients with and without liver metastases, relapse: 21/40 vs 9/78."), "trial.txt")
    assert not {r["cohort"] for r in extraction["results"]} & {"drug_q", "placebo"}


@pytest.mark.parametrize("results", [
    # the compared arm set off by commas between the ratio's name and its value
    "The hazard ratio for death with drug K, as compared with placebo, was 0.81 (95% CI, 0.66 to 0.99).",
    "The hazard ratio for disease progression or death with drug K, as compared with placebo, was 0.81 (95% CI, 0.66 "
    "to 0.99; P=0.04).",
    # the two arms' values unnamed, then the ratio comparing them
    "The 3-year overall survival rates were 61.2% and 52.4% (hazard ratio for death, 0.81; 95% CI, 0.66 to 0.99).",
    "Median overall survival was 19.6 vs 16.3 months (HR 0.81, 95% CI 0.66-0.99).",
])
def test_a_ratio_of_the_arms_said_without_naming_them_beside_it_is_the_treatments(results):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    assert [(r["cohort"], r["comparator"], r["value"]) for r in extraction["results"] if r["measure"] == "hr"] == [
        ("drug_k", "placebo", 0.81)]


def test_a_ratio_after_one_groups_values_compared_with_its_own_subgroups_is_not_the_arms():
    extraction = extract_text(K_AND_PLACEBO + "Among patients given drug K, median overall survival was 22.1 months "
                              "for responders and 12.3 months for non-responders (HR 0.52, 95% CI 0.35-0.77).",
                              "trial.txt")
    assert ("drug_k", "placebo") not in {(r["cohort"], r["comparator"]) for r in extraction["results"]
                                         if r["measure"] == "hr"}


@pytest.mark.parametrize("results", [
    "Objective response: drug K 61/151 (40.4%); placebo 27/149 (18.1%).",
    "Grade 3 or worse rash: drug K, 61/151 (40.4%); placebo, 27/149 (18.1%).",
])
def test_a_clause_of_the_next_groups_values_after_a_semicolon_keeps_the_outcome(results):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    assert {(r["cohort"], r["measure"], r["value"]) for r in extraction["results"]} == {
        ("drug_k", "count", 61.0), ("drug_k", "rate", 40.4), ("placebo", "count", 27.0), ("placebo", "rate", 18.1)}


def test_a_clause_after_a_semicolon_with_an_outcome_of_its_own_keeps_its_own():
    extraction = extract_text(K_AND_PLACEBO + "Objective response: drug K 61/151 (40.4%); placebo patients had "
                              "grade 3 rash in 27/149 (18.1%).", "trial.txt")
    assert ("placebo", "ORR") not in {(r["cohort"], r["endpoint"]) for r in extraction["results"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Drug A reduced relapse (9 of 60 v 20 of 58 patients; HR ...)": a pair of counts with their totals after a
    # sentence whose subject is one arm, joined by the British "v", is the subject's and the other arm's
    ("Drug Q reduced the risk of relapse (9 of 60 v 20 of 58 patients; hazard ratio 0.41, 95% CI 0.19-0.88).",
     {("count", 9.0, "drug_q"), ("count", 20.0, "placebo")}),
    ("Drug Q lowered the rate of grade 3 diarrhoea (4 of 60 v. 13 of 58; P = 0.02).",
     {("count", 4.0, "drug_q"), ("count", 13.0, "placebo")}),
    # "more frequent with A than with B (12/60 vs 5/58)": a bracket of two counts, each with its total and no share,
    # after the two groups compared, is the first group's and the second's
    ("Grade 3 rash was more frequent with drug Q than with placebo (12/60 vs 5/58).",
     {("count", 12.0, "drug_q"), ("count", 5.0, "placebo")}),
    ("Nausea was more common in the drug Q group than in the placebo group (21 of 60 versus 8 of 58, P = 0.01).",
     {("count", 21.0, "drug_q"), ("count", 8.0, "placebo")}),
])
def test_a_pair_of_counts_after_the_groups_compared(sentence, expected):
    extraction = extract_text(SIZED_ARMS.format(results=sentence), "trial.txt")
    assert {(r["measure"], r["value"], r["cohort"]) for r in extraction["results"] if r["measure"] == "count"} \
        == expected


def test_a_bracket_of_counts_with_totals_of_a_subgroup_is_not_the_arms():
    extraction = extract_text(SIZED_ARMS.format(
        results="Grade 3 rash was more frequent with drug Q than with placebo (12/30 vs 5/28 in the subgroup with "
                "liver metastases)."), "trial.txt")
    assert not {r["cohort"] for r in extraction["results"] if r["measure"] == "count"} & {"drug_q", "placebo"}


def test_an_arm_named_by_what_all_get_plus_its_own_drug():
    extraction = extract_text("Trial of drug K\n\nAbstract\nMethods: Patients were randomly assigned to drug K with "
                              "either drug L or drug M for four cycles of 21 days.\nResults: Grade 3 rash occurred in "
                              "40% of patients in drug K+drug L and 19% in drug K+drug M.\n", "trial.txt")
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"} == \
        {("drug_l", 40.0), ("drug_m", 19.0)}


@pytest.mark.parametrize("results", [
    "Overall survival was longer with drug K than with placebo. Dose reductions were required in 27% and 8% of "
    "patients, respectively.",
    "Overall survival was longer with drug K than with placebo. Dose reductions were needed in 27% and 8%, "
    "respectively.",
])
def test_a_pair_said_required_in_after_the_arms_were_compared_is_theirs_in_order(results):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    assert {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "DOSE_REDUCTION"} == {
        ("drug_k", 27.0), ("placebo", 8.0)}


@pytest.mark.parametrize(("results", "p"), [
    ("The objective response rate was 40.4% (61/151) vs 18.1% (27/149) (P<0.001).", 0.001),
    ("Grade 3 rash was more frequent with drug K than with placebo (61 [40%] vs 27 [18%]; p=0.02).", 0.02),
])
def test_the_p_right_after_a_pair_of_the_arms_counts_is_the_pairs(results, p):
    extraction = extract_text(K_AND_PLACEBO + results, "trial.txt")
    rows = rows_where(extraction, cohort=("drug_k", "placebo"))
    assert len(rows) == 4 and {r["p_value"] for r in rows} == {p}


def test_a_p_after_another_value_is_not_the_pairs():
    extraction = extract_text(K_AND_PLACEBO + "The objective response rate was 40.4% (61/151) vs 18.1% (27/149), and "
                              "the median duration was 9.1 months (p=0.03).", "trial.txt")
    assert {r["p_value"] for r in extraction["results"] if r["endpoint"] == "ORR"} == {None}


# A sentence that opens on what it compares its subject with, said in words that are no name of the other arm, then
# names the one arm that is its subject: the pair's first value is the subject's, the second the other arm's (not the
# two arms in the order the paper defined them)
COMPARED_IN_WORDS_TRIAL = ("Adding drug X to TE in breast cancer: a randomised trial\n\n"
                           "Methods: Patients were randomly assigned to TE or TE plus drug X (TEX).\n"
                           "Results: In all, 125 patients were randomised (63 TE, 62 TEX). {sentence}")


@pytest.mark.parametrize("sentence", [
    "Compared with the patients assigned to the regimen without drug X, those assigned to the TEX regimen were more "
    "likely to develop grade 3-4 anaemia (48.0% vs. 11.0%, P < 0.001).",
    "Compared with the control arm, treatment with TEX resulted in a higher rate of grade 3-4 anaemia (48.0% v 11.0%).",
    "As compared to the control group, patients given TEX had more grade 3-4 anaemia (48.0% vs 11.0%).",
])
def test_the_one_arm_named_after_a_comparison_said_in_words_is_the_first_of_its_pair(sentence):
    extraction = extract_text(COMPARED_IN_WORDS_TRIAL.format(sentence=sentence), "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"}
    assert got == {("tex", 48.0), ("te", 11.0)}


@pytest.mark.parametrize("sentence", [
    # compared with people outside the trial: the second value is no arm's
    "Compared with historical controls, treatment with TEX resulted in more grade 3-4 anaemia (48.0% v 11.0%).",
])
def test_a_comparison_with_people_outside_the_trial_gives_the_other_arm_nothing(sentence):
    extraction = extract_text(COMPARED_IN_WORDS_TRIAL.format(sentence=sentence), "trial.txt")
    assert "te" not in {r["cohort"] for r in extraction["results"] if r["endpoint"] == "TOX"}


# Each arm's count of events with its total ("4/62", "4 of 62") and no share, listed before the arms named together
# with "respectively": each count is its arm's, the total its size
COUNTS_WITH_TOTALS_TRIAL = ("Drug K versus placebo in lung cancer: a randomised trial\n\n"
                            "Methods: Patients were randomly assigned to drug K or placebo.\n"
                            "Results: In all, 125 patients were randomly assigned to drug K (n = 62) or placebo "
                            "(n = 63). {sentence}")


@pytest.mark.parametrize("sentence", [
    "Vomiting was seen in 4 of 62 and 1 of 63 patients in the drug K and placebo groups, respectively.",
    "Grade 3 vomiting occurred in 4/62 vs. 1/63 patients in the drug K and placebo groups, respectively.",
    "Vomiting (4/62 vs. 1/63 for the drug K and placebo groups, respectively) was uncommon.",
])
def test_counts_each_with_its_total_listed_before_the_arms_respectively(sentence):
    extraction = extract_text(COUNTS_WITH_TOTALS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(sizes[r["cohort"]], r["value"]) for r in extraction["results"]
           if r["endpoint"] == "TOX" and r["measure"] == "count"}
    assert got == {(62, 4.0), (63, 1.0)}


def test_counts_with_totals_and_a_third_count_are_no_list_of_the_two_arms():
    # three counts for two arms: no count is given an arm (or a part of one) by order
    sentence = "Vomiting was seen in 4 of 62, 1 of 63 and 2 of 40 patients in the drug K and placebo groups."
    extraction = extract_text(COUNTS_WITH_TOTALS_TRIAL.format(sentence=sentence), "trial.txt")
    assert not [r for r in extraction["results"] if r["endpoint"] == "TOX" and r["value"] in (4.0, 1.0)
                and r["cohort"].startswith(("drug_k", "placebo"))]


# An unnamed pair ("41% vs 22%") in a trial of three arms the paper calls "group 1", "group 2" and "group 3": which two
# it compares is not said, and the pair's places are no names of the paper's first two groups
NUMBERED_ARMS_TRIAL = ("Three schedules of drug K in lung cancer: a randomised trial\n\n"
                       "Methods: Patients were randomly assigned to group 1 (drug K weekly), group 2 (drug K every 2 "
                       "weeks) or group 3 (drug K every 3 weeks).\n"
                       "Results: In all, 180 patients were randomised (group 1, 60; group 2, 61; group 3, 59). "
                       "{sentence}")


@pytest.mark.parametrize("sentence", [
    "The objective response rate was 41% vs 22%.",
    "Adding drug L improved the response rate (41% vs. 22%, P = 0.003).",
])
def test_an_unnamed_pair_is_not_the_groups_a_paper_numbers_one_and_two(sentence):
    extraction = extract_text(NUMBERED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    assert not rows_where(extraction, endpoint="ORR", cohort=("group_1", "group_2"))


def test_a_value_said_of_a_numbered_group_is_still_its_own():
    sentence = "The objective response rate was 41% in group 1 and 22% in group 2."
    extraction = extract_text(NUMBERED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "ORR"}
    assert got == {("group_1", 41.0), ("group_2", 22.0)}


# The arm named straight after "allocated" (or "assigned") with no "to", after the people counted: "31 (16%) of 198
# patients allocated drug Q versus ...", "in 12% of those allocated drug Q"
ALLOCATED_TRIAL = ("Drug Q or placebo after chemotherapy for colon cancer: a randomised trial\n\n"
                   "Methods: Patients were randomly allocated to drug Q or placebo.\n"
                   "Results: {sentence}")


@pytest.mark.parametrize("sentence, expected", [
    ("Grade 3-4 vomiting occurred in 31 (16%) of 198 patients allocated drug Q versus 12 (6%) of 201 patients "
     "allocated placebo.", {("drug_q", 198, 31.0), ("placebo", 201, 12.0)}),
    ("Febrile neutropenia occurred in 14 (7%) of 190 participants assigned drug Q and in 5 (3%) of 188 participants "
     "assigned placebo.", {("drug_q", 190, 14.0), ("placebo", 188, 5.0)}),
])
def test_counts_of_patients_allocated_an_arm_without_to(sentence, expected):
    extraction = extract_text(ALLOCATED_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["cohort"], sizes[r["cohort"]], r["value"]) for r in extraction["results"]
           if r["endpoint"] in ("TOX", "FN") and r["measure"] == "count"}
    assert got == expected


def test_shares_of_those_allocated_an_arm_without_to():
    sentence = "Grade 3 rash was seen in 12% of those allocated drug Q and in 5% of those allocated placebo."
    extraction = extract_text(ALLOCATED_TRIAL.format(sentence=sentence), "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"}
    assert got == {("drug_q", 12.0), ("placebo", 5.0)}


def test_how_many_were_allocated_an_arm_is_no_outcome_of_it():
    # "200 (50%) allocated drug Q": how many were put in the arm, after an outcome, is no count of that outcome
    sentence = ("Grade 3 rash led to a protocol amendment, after which 200 (50%) allocated drug Q and 200 (50%) "
                "allocated placebo were enrolled.")
    extraction = extract_text(ALLOCATED_TRIAL.format(sentence=sentence), "trial.txt")
    assert not rows_where(extraction, value=(200.0, 50.0))


# A count with its share in square brackets, then its total: "20 [11%] of 180 patients in the drug Q group" is of 180,
# as "20 (11%) of 180" is, not of the arm's size another sentence gives
SQUARE_SHARE_TRIAL = ("Drug Q or placebo after chemotherapy for colon cancer: a randomised trial\n\n"
                      "Results: Patients were randomly allocated to drug Q or placebo. {sentence} A partial response "
                      "was seen in 40 (25%) of 160 patients in the drug Q group and 30 (19%) of 158 patients in the "
                      "placebo group.")


@pytest.mark.parametrize("sentence", [
    "Drug Q caused more grade 3 fatigue (20 [11%] of 180 patients in the drug Q group vs 9 [5%] of 176 patients in "
    "the placebo group).",
    "Grade 3 fatigue was reported in 20 [11%] of 180 patients given drug Q and in 9 [5%] of 176 patients given "
    "placebo.",
])
def test_a_count_with_its_share_in_square_brackets_keeps_its_total(sentence):
    extraction = extract_text(SQUARE_SHARE_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["endpoint"], sizes[r["cohort"]], r["value"]) for r in extraction["results"] if r["measure"] == "count"}
    assert got == {("TOX", 180, 20.0), ("TOX", 176, 9.0), ("PR", 160, 40.0), ("PR", 158, 30.0)}


# An outcome's count with its breakdown by arm in a bracket, "28 patients died (11 in the drug K group and 17 in the
# drug M group)", is no statement of the arms' sizes (the two add up to the total as sizes do): the arms stay unsized
# and the counts are theirs
UNSIZED_ARMS_TRIAL = ("Drug K versus drug M after resection of liver cancer: a randomised trial\n\n"
                      "Methods: Forty patients were randomised to drug K or drug M.\n"
                      "Results: {sentence}")


@pytest.mark.parametrize("sentence, endpoint", [
    ("A total of 28 patients died (11 in the drug K group and 17 in the drug M group).", "DEATH"),
    ("By the cut-off, 29 patients had relapsed (11 in the drug K group vs 17 in the drug M group).", "FAIL_ANY"),
    ("Grade 3 rash occurred in 28 patients (11 in the drug K group and 17 in the drug M group).", "TOX"),
])
def test_an_outcomes_breakdown_by_arm_is_no_statement_of_the_arms_sizes(sentence, endpoint):
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert sizes.get("drug_k") is None and sizes.get("drug_m") is None
    got = {(r["cohort"], r["value"]) for r in extraction["results"]
           if r["endpoint"] == endpoint and r["cohort"] != "all"}
    assert got == {("drug_k", 11.0), ("drug_m", 17.0)}


def test_the_arms_sizes_after_the_total_enrolled_are_still_read():
    sentence = "A total of 40 patients were enrolled (19 in the drug K group and 21 in the drug M group)."
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert (sizes.get("drug_k"), sizes.get("drug_m")) == (19, 21)


# ... nor is a list of counts by arm after the randomised patients when what happened to them is said after it: "Of the
# 40 randomised patients, 11 in the drug K group and 17 in the drug M group died"
@pytest.mark.parametrize("sentence, endpoint", [
    ("Of the 40 randomised patients, 11 in the drug K group and 17 in the drug M group died.", "DEATH"),
    ("Among the 40 patients randomised, 11 in the drug K group and 17 in the drug M group relapsed.", "FAIL_ANY"),
    ("Of the 40 eligible patients, 11 in the drug K group and 17 in the drug M group died.", "DEATH"),
])
def test_counts_by_arm_of_the_randomised_patients_then_an_outcome_are_no_sizes(sentence, endpoint):
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert sizes.get("drug_k") is None and sizes.get("drug_m") is None
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == endpoint}
    assert got == {("drug_k", 11.0), ("drug_m", 17.0)}


@pytest.mark.parametrize("sentence", [
    "Of the 40 randomised patients, 19 were in the drug K group and 21 in the drug M group.",
    "Of the 40 patients randomised, 19 in the drug K group and 21 in the drug M group were treated.",
])
def test_counts_by_arm_of_the_randomised_patients_are_still_their_sizes(sentence):
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    assert (sizes.get("drug_k"), sizes.get("drug_m")) == (19, 21)


# The people counted named by the arm's treatment with "-treated": "in 6 drug K-treated patients and 2 drug M-treated
# patients", as "in 6 drug K patients and 2 drug M patients" are
@pytest.mark.parametrize("sentence", [
    "Grade 3 rash occurred in 6 drug K-treated patients and 2 drug M-treated patients.",
    "Grade 3 rash occurred in 6 (15%) drug K-treated patients and 2 (5%) drug M-treated patients.",
])
def test_counts_of_patients_treated_with_an_arms_drug(sentence):
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"]
           if r["endpoint"] == "TOX" and r["measure"] == "count"}
    assert got == {("drug_k", 6.0), ("drug_m", 2.0)}


# The same counts at the head of a bracket after the count of all the people who had the outcome: "28 patients had died
# (11 drug K patients and 17 drug M patients)"
@pytest.mark.parametrize("sentence, endpoint", [
    ("By the cut-off, 28 patients had died (11 drug K patients and 17 drug M patients).", "DEATH"),
    ("Grade 3 rash was seen in 28 patients (11 drug K patients and 17 drug M patients).", "TOX"),
])
def test_counts_of_an_arms_patients_in_a_bracket_after_the_total(sentence, endpoint):
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    got = {(r["cohort"], r["value"]) for r in extraction["results"] if r["endpoint"] == endpoint}
    assert got == {("all", 28.0), ("drug_k", 11.0), ("drug_m", 17.0)}


def test_an_arms_patients_in_a_bracket_after_the_total_enrolled_are_no_outcome():
    sentence = "We enrolled 40 patients (19 drug K patients and 21 drug M patients)."
    extraction = extract_text(UNSIZED_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    assert not rows_where(extraction, value=(19.0, 21.0))


# Arms of one drug at two doses, named in the randomisation with no sizes: "randomised to drug Q 2 mg, drug Q 6 mg or
# placebo" makes two arms told apart by their doses (as it did with sizes), which the results name by the dose; the
# total randomised is no size of the first arm listed
DOSE_ARMS_TRIAL = ("Two doses of drug Q versus placebo for bone metastases: a randomised trial\n\n"
                   "Methods: A total of 600 patients were randomised to drug Q 2 mg, drug Q 6 mg or placebo every 4 "
                   "weeks.\nResults: {sentence}")


@pytest.mark.parametrize("sentence", [
    "A skeletal-related event occurred in 30% of patients in the 2-mg group, 28% in the 6-mg group and 41% in the "
    "placebo group.",
    "Fewer patients given drug Q had a skeletal-related event (30% of those treated at the 2-mg dose and 28% of those "
    "treated at the 6-mg dose, compared with 41% of those treated with placebo).",
])
def test_arms_of_one_drug_at_two_doses_without_sizes(sentence):
    extraction = extract_text(DOSE_ARMS_TRIAL.format(sentence=sentence), "trial.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] == "SRE"}
    assert got == {("drug Q 2 mg", 30.0), ("drug Q 6 mg", 28.0), ("placebo", 41.0)}
    assert all(c["n"] is None for c in extraction["cohorts"] if c["key"] != "all")


# A pair of counts each with its total, "k/N vs k/N", in the bracket after the one arm the sentence says had more (or
# less) of the outcome: the larger (or smaller) count is that arm's, of the total written with it
COMPARED_COUNTS_TRIAL = ("Drug K versus placebo in lung cancer: a randomised trial\n\n"
                         "Methods: A total of 240 patients were randomised to drug K (n = 120) or placebo (n = 120).\n"
                         "Results: {sentence}")


@pytest.mark.parametrize("sentence", [
    "Grade 3 rash was more frequent with drug K (24/118 vs 6/119).",
    "Grade 3 rash was less frequent with placebo (6 of 119 vs 24 of 118; P < 0.001).",
])
def test_counts_with_totals_after_the_arm_that_had_more(sentence):
    extraction = extract_text(COMPARED_COUNTS_TRIAL.format(sentence=sentence), "trial.txt")
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    got = {(r["cohort"].split("_n")[0], sizes[r["cohort"]], r["value"]) for r in extraction["results"]
           if r["endpoint"] == "TOX" and r["measure"] == "count"}
    assert got == {("drug_k", 118, 24.0), ("placebo", 119, 6.0)}


def test_counts_with_totals_after_an_arm_no_comparison_names_are_not_read():
    # nothing says which arm had more: whose count is first is not known
    sentence = "Grade 3 rash was reported with drug K (24/118 vs 6/119)."
    extraction = extract_text(COMPARED_COUNTS_TRIAL.format(sentence=sentence), "trial.txt")
    assert not [r for r in extraction["results"] if r["endpoint"] == "TOX" and r["cohort"] != "all"]


KMO_ARMS = ("In all, 420 patients were randomly assigned to drug K (n = 141), drug M (n = 139) or "
            "observation (n = 140). The median follow-up was 31 months. ")


@pytest.mark.parametrize(("results", "values"), [
    # as many values as arms, "respectively", nothing naming them: the arms in the order the trial defined them
    ("The overall response rates were 38%, 29% and 17%, respectively.", (38.0, 29.0, 17.0)),
    ("Median progression-free survival was 7.4, 5.9, and 4.1 months, respectively.", (7.4, 5.9, 4.1)),
    ("Grade 3 neutropenia occurred in 18%, 11% and 6% of patients, respectively.", (18.0, 11.0, 6.0)),
])
def test_a_respectively_list_as_long_as_the_arms_is_the_arms_in_order(results, values):
    rows = extract_text(KMO_ARMS + results, "trial.txt")["results"]
    arms = ("drug_k", "drug_m", "observation")
    assert {(r["cohort"], r["value"]) for r in rows} == set(zip(arms, values, strict=True))


@pytest.mark.parametrize(("arms", "results"), [
    # a respectively list not as long as the arms or of subgroups is not the arms
    # three values in a trial of two arms: not the arms
    (K_AND_PLACEBO, "The overall response rates were 38%, 29% and 17%, respectively."),
    # the sentence names what the values are of: its subgroups, not the arms
    (KMO_ARMS, "For stage I, II and III disease, the overall response rates were 38%, 29% and 17%, respectively."),
    (KMO_ARMS, "The overall response rates were 38%, 29% and 17%, respectively, for stage I, II and III disease."),
    # two values in a trial of three arms: which two is not said
    (KMO_ARMS, "The overall response rates were 38% and 29%, respectively."),
    # a respectively list of counts not as long as the arms or of subgroups is not the arms
    (K_AND_PLACEBO, "Grade 3 rash occurred in 12 (9%), 5 (4%) and 2 (1%) patients, respectively."),
    (KMO_ARMS, "For stage I, II and III disease, grade 3 rash occurred in 12 (9%), 5 (4%) and 2 (1%) patients, "
               "respectively."),
    (KMO_ARMS, "Grade 3 rash occurred in 12 (9%), 5 (4%) and 2 (1%) patients, respectively, with stage I, II and III "
               "disease."),
])
def test_a_respectively_list_not_of_the_arms(arms, results):
    rows = extract_text(arms + results, "trial.txt")["results"]
    assert not any(r["cohort"] in ("drug_k", "drug_m", "observation", "placebo") for r in rows)


@pytest.mark.parametrize(("results", "endpoint"), [
    # one group at the head, then each ratio with its interval and its group: each group's ratio against the head's
    ("Compared with observation, the hazard ratio for death was 0.66 (95% CI 0.49-0.88) for drug K and 0.83 "
     "(95% CI 0.63-1.10) for drug M.", "OS"),
    ("Relative to the observation arm, the hazard ratio for progression was 0.58 (95% CI, 0.44 to 0.77) with "
     "drug K and 0.91 (95% CI, 0.69 to 1.19) with drug M.", "PFS"),
])
def test_ratios_each_for_a_group_against_one_named_at_the_head(results, endpoint):
    rows = rows_where(extract_text(KMO_ARMS + results, "trial.txt"), measure="hr")
    got = {(r["cohort"], r["comparator"], r["value"], r["endpoint"]) for r in rows}
    assert {(c, o, v) for c, o, v, _ in got} == {("drug_k", "observation", 0.66 if endpoint == "OS" else 0.58),
                                                 ("drug_m", "observation", 0.83 if endpoint == "OS" else 0.91)}
    assert {e for *_, e in got} == {endpoint}


@pytest.mark.parametrize("results", [
    # the second ratio is no group's of the trial: neither is read against the head's group
    "Compared with observation, the hazard ratio for death was 0.66 (95% CI 0.49-0.88) for drug K and 0.83 "
    "(95% CI 0.63-1.10) for women.",
    # the group at the head is itself one of the ratios'
    "Compared with drug K, the hazard ratio for death was 0.66 (95% CI 0.49-0.88) for drug K and 0.83 "
    "(95% CI 0.63-1.10) for drug M.",
])
def test_ratios_against_one_named_at_the_head_need_each_a_group_of_the_trial(results):
    rows = rows_where(extract_text(KMO_ARMS + results, "trial.txt"), measure="hr")
    assert not any(r["value"] == 0.83 and r["cohort"] in ("drug_k", "drug_m") for r in rows)
    assert not any(r["comparator"] == "observation" and r["value"] == 0.83 for r in rows)


@pytest.mark.parametrize(("results", "counts", "shares"), [
    # counts with their shares, as many as arms, "respectively": the arms in the order the trial defined them
    ("Grade 3 rash occurred in 12 (9%), 5 (4%) and 2 (1%) patients, respectively.", (12.0, 5.0, 2.0), (9.0, 4.0, 1.0)),
    ("A complete response was observed in 20 (14%), 11 (8%), and 4 (3%) patients, respectively.", (20.0, 11.0, 4.0),
     (14.0, 8.0, 3.0)),
])
def test_a_respectively_list_of_counts_as_long_as_the_arms_is_the_arms_in_order(results, counts, shares):
    rows = extract_text(KMO_ARMS + results, "trial.txt")["results"]
    arms = ("drug_k", "drug_m", "observation")
    assert {(r["cohort"], r["value"]) for r in rows if r["measure"] == "count"} == set(zip(arms, counts, strict=True))
    assert {(r["cohort"], r["value"]) for r in rows if r["measure"] == "rate"} == set(zip(arms, shares, strict=True))


# Two levels of one trait, the trait said once after the second: "in patients with low compared with high marker Z
# levels (a vs b)" compares the patients with low levels (the first value) with those with high levels
LEVELS_TRIAL = ("Drug K versus placebo in lung cancer: a randomised trial\n\n"
                "Methods: A total of 240 patients were randomised to drug K (n = 120) or placebo (n = 120).\n"
                "Results: {sentence}")


@pytest.mark.parametrize("sentence, want", [
    ("Median overall survival was longer in patients with low compared with high marker Z levels "
     "(14.2 vs 9.8 months; P = 0.01).",
     {("patients with low marker Z levels", 14.2), ("patients with high marker Z levels", 9.8)}),
    ("The response rate was lower among women with high as compared to low tumour Q expression (21% vs 35%).",
     {("women with high tumour Q expression", 21.0), ("women with low tumour Q expression", 35.0)}),
    ("The response rate was lower among women with high versus low tumour Q expression (21% vs 35%).",
     {("women with high tumour Q expression", 21.0), ("women with low tumour Q expression", 35.0)}),
    ("Median PFS was shorter in patients with positive than negative serum W status (4.1 vs 6.3 months).",
     {("patients with positive serum W status", 4.1), ("patients with negative serum W status", 6.3)}),
])
def test_two_levels_of_one_trait_said_once_name_the_pair(sentence, want):
    extraction = extract_text(LEVELS_TRIAL.format(sentence=sentence), "trial.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] in ("OS", "ORR", "PFS")}
    assert got == want


def test_two_levels_without_the_trait_name_no_pair():
    # "low compared with high" with nothing after it: levels of what is not said, the pair stays unnamed
    sentence = "Median overall survival was longer in patients with low compared with high (14.2 vs 9.8 months)."
    extraction = extract_text(LEVELS_TRIAL.format(sentence=sentence), "trial.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if "low" in labels.get(r["cohort"], "").lower()]


# The subject's group, then the group it is set against in an aside between commas, then the verb: "Patients treated
# with A, compared with those treated with B, had more X (a v b)": the subject's group has the first value
FRONTED_ASIDE_STUDY = ("Outcomes of two regimens in lung cancer: a retrospective review\n\n"
                       "Methods: We reviewed 900 patients treated at our centre with regimen EQ or regimen CQ.\n"
                       "Results: {sentence}")


@pytest.mark.parametrize("sentence, want", [
    ("Patients treated with EQ, compared with patients treated with CQ, had more infections (41.2% v 30.5%, "
     "respectively; P = .002).", {("patients treated with EQ", 41.2), ("patients treated with CQ", 30.5)}),
    ("Patients who received CQ, as compared with those who received EQ, experienced fewer infections (28% vs 39%).",
     {("patients who received CQ", 28.0), ("patients who received EQ", 39.0)}),
])
def test_subject_group_set_against_a_group_in_an_aside(sentence, want):
    extraction = extract_text(FRONTED_ASIDE_STUDY.format(sentence=sentence), "review.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"}
    assert got == want


def test_subject_group_set_against_no_group_in_an_aside():
    # the aside sets the patients against a time, not against other patients: no second group is named
    sentence = "Patients treated with EQ, compared with the previous decade, had more infections (41.2% v 30.5%)."
    extraction = extract_text(FRONTED_ASIDE_STUDY.format(sentence=sentence), "review.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    assert not [r for r in extraction["results"] if "decade" in labels.get(r["cohort"], "")]
    assert not [r for r in extraction["results"] if labels.get(r["cohort"]) == "patients treated with EQ"
                and r["value"] == 30.5]


def test_patients_treated_with_a_drug_are_not_those_treated_where_it_was_used():
    # a group "treated in centres where EQ was used" is narrowed by where: "patients treated with EQ" is not that group
    sentence = ("There was no survival advantage for patients treated in centres where EQ was used more than half of "
                "the time as compared with centres where EQ was used rarely (HR, 1.02; 95% CI, 0.85 to 1.21). "
                "Patients treated with EQ, compared with patients treated with CQ, had more infections (41.2% v 30.5%, "
                "respectively; P = .002).")
    extraction = extract_text(FRONTED_ASIDE_STUDY.format(sentence=sentence), "review.txt")
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    got = {(labels[r["cohort"]], r["value"]) for r in extraction["results"] if r["endpoint"] == "TOX"}
    assert got == {("patients treated with EQ", 41.2), ("patients treated with CQ", 30.5)}


@pytest.mark.parametrize("sentence, own", [
    # "In arm A, the 2-year PFS and OS were a and b, against c overall": the value set against the whole population is
    # not the arm's, and the arm's two values are the two outcomes' in order.
    ("In arm B, the 2-year PFS and OS were 45% and 70%, against 38% overall.", [("PFS", 45.0), ("OS", 70.0)]),
    ("In arm A, the 3-year DFS and OS were 58% and 74%, respectively, compared with 52% in all patients.",
     [("DFS", 58.0), ("OS", 74.0)]),
    # "In arm A, median PFS and OS were a and b, versus c and d in historical controls", "..., longer than the c months
    # of earlier series": the figures of a source outside the paper set against the arm's are no row of the arm; the
    # arm's own values before the contrast stay its (a block of outcomes in their order, or one value).
    ("In arm A, median PFS and OS were 7.3 and 16.8 months, versus 5.2 and 12.9 months in the historical cohort.",
     [("PFS", 7.3), ("OS", 16.8)]),
    ("In arm B, median OS was 21.5 months, longer than the 15.0 months of earlier series.", [("OS", 21.5)]),
    ("In arm B, the median time to progression was 9.4 months versus 6.6 months reported previously.", [("TTP", 9.4)]),
    ("In arm A, the 3-year local control rate was 88%, higher than in historical controls (71%).", [("LC", 88.0)]),
])
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
@pytest.mark.parametrize("sentence, first, second", [
    ("In the K group, 40 patients (40%) had a grade 3 adverse event, compared with 22 (22%) in the L group.",
     ("drug_k", 40.0), ("drug_l", 22.0)),
    ("In the L group, 18 patients (18%) developed grade 2 or worse mucositis, compared with 7 (7%) in the K group.",
     ("drug_l", 18.0), ("drug_k", 7.0)),
])
def test_a_groups_count_before_its_share_keeps_the_share(sentence, first, second):
    extraction = extract_text("We randomly assigned 200 patients to drug K (K group, n = 100) or drug L (L group, "
                              "n = 100). " + sentence)
    got = {(r["cohort"], r["measure"], r["value"]) for r in extraction["results"]}
    assert got == {(first[0], "count", first[1]), (first[0], "rate", first[1]), (second[0], "count", second[1]),
                   (second[0], "rate", second[1])}


def test_a_groups_count_with_no_share_stays_a_count():
    extraction = extract_text("We randomly assigned 200 patients to drug K (K group, n = 100) or drug L (L group, "
                              "n = 100). In the K group, 40 patients had grade 3 neutropenia, compared with 22 "
                              "patients (22%) in the L group.")
    assert [r["measure"] for r in extraction["results"] if r["cohort"] == "drug_k"] == ["count"]


@pytest.mark.parametrize("sentence", [
    "In the K group, 40 patients (40%) responded (complete response, 5%; partial response, 35%).",
    "In the L group, 31 patients (31%) improved (complete remission, 4 patients; partial remission, 27 patients).",
])
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
