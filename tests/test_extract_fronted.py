"""A group a clause opens with ("Among patients with X, ...", "In node-positive women, ...") is the group of the
values of that clause, on sentences we wrote (none is copied from a paper)."""

from __future__ import annotations

import pytest
from support import cohort_labels, extract_text

from oncoev.extract.results import find_results

PAIR_BEFORE = ("Results: We treated 120 patients. The 3-year overall survival of patients given involved-field "
               "irradiation was lower than that of patients given elective nodal irradiation (41% vs 58%, P = 0.02). ")
TRIAL = ("Methods: 200 patients were randomised to gemcitabine (n = 100) or observation (n = 100). Results: ")


def labelled(text: str, endpoint: str) -> list[tuple[float, str]]:
    """(value, cohort label) of ``endpoint``'s rows in an extraction of ``text``."""
    out = extract_text(text)
    labels = cohort_labels(out)
    return sorted((r["value"], labels[r["cohort"]]) for r in out["results"] if r["endpoint"] == endpoint)


@pytest.mark.parametrize(("text", "endpoint", "expected"), [
    # the first block is the fronted group's, not the pair the sentence before compared
    (PAIR_BEFORE + "Among patients with nodal disease, the 2-year local control was 70% compared with 85% in "
     "node-negative patients (P = 0.01).", "LC",
     [(70.0, "patients with nodal disease"), (85.0, "node-negative patients")]),
    (PAIR_BEFORE + "In patients aged over 75 years, the median progression-free survival was 14 months, as against "
     "22 months in the younger ones.", "PFS", [(14.0, "patients aged over 75 years"), (22.0, "younger ones")]),
    # "those without", "the others": the fronted group's complement
    ("Results: We reviewed 150 women. For those with bulky tumours, the 5-year pelvic control rate was 62% versus "
     "81% in those without (p = 0.003).", "PCR",
     [(62.0, "patients with bulky tumours"), (81.0, "patients without bulky tumours")]),
    ("Results: We reviewed 150 women. Among women with a raised marker, the 3-year overall survival was 44%, "
     "compared with 69% in the others.", "OS",
     [(44.0, "women with a raised marker"), (69.0, "women without a raised marker")]),
    # a group named by a word before "patients"
    ("Results: We reviewed 150 women. In node-positive women, the 2-year overall survival was 58% vs. 77% for "
     "node-negative women.", "OS", [(58.0, "node-positive women"), (77.0, "node-negative women")]),
    ("Results: We treated 90 patients. In elderly patients, the 1-year overall survival was 63%.", "OS",
     [(63.0, "elderly patients")]),
])
def test_a_fronted_group_is_the_group_of_its_clauses_values(text, endpoint, expected):
    got = labelled(text, endpoint)
    assert [v for v, _ in got] == [v for v, _ in expected]
    for (_, label), (_, want) in zip(got, expected, strict=True):
        assert want.lower() in label.lower()


@pytest.mark.parametrize("text", [
    # a pair said within a subgroup is each compared group's part of it: no row for either group, nor for the pair
    # the sentence before compared
    PAIR_BEFORE + "Among patients with nodal disease, the 2-year local control was 70% versus 85% (P = 0.01).",
    TRIAL + "Among patients older than 70 years, median local control was 11 months with gemcitabine and 8 months "
    "with observation (P = 0.04).",
    TRIAL + "In patients with a raised marker, the 2-year local control rate was 35% in the gemcitabine group and 21% "
    "in the observation group.",
])
def test_a_pair_said_within_a_fronted_subgroup_is_no_groups(text):
    assert labelled(text, "LC") == []


@pytest.mark.parametrize(("text", "expected"), [
    (TRIAL + "Among patients older than 70 years, median overall survival was 11 months with gemcitabine and 8 "
     "months with observation (HR 0.71; 95% CI 0.52-0.97).", "patients older than 70 years"),
    (TRIAL + "For women with a raised marker, the overall survival of the gemcitabine group was longer than that of "
     "the observation group (hazard ratio 0.64, 95% CI 0.45-0.91).", "women with a raised marker"),
])
def test_a_ratio_of_two_groups_within_a_fronted_subgroup_is_the_subgroups(text, expected):
    out = extract_text(text)
    labels = cohort_labels(out)
    assert [(r["measure"], labels[r["cohort"]]) for r in out["results"]] == [("hr", expected)]


@pytest.mark.parametrize(("sentence", "value"), [
    # past a contrast with another group the values are that group's, never the fronted one's
    ("Among patients with stage II disease, 4.2% (11 out of 260) had a local relapse, whereas 8.1% (17 out of 210) "
     "of those with stage III disease had local failure.", 8.1),
    ("Among women with a single metastasis, 6.0% (3 out of 50) had distant failure, whereas 21.0% (14 out of 67) of "
     "those with several metastases had distant failure.", 21.0),
])
def test_a_value_past_a_contrast_is_not_the_fronted_groups(sentence, value):
    assert [f for f in find_results(sentence).found if f.fields["value"] == value] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a fronted group set against the people of another
    # the group named after the second value ends where what its people did begins
    ("For patients with squamous histology, the response rate was 31%, while 52% of those with adenocarcinoma had a "
     "response.", [(31.0, "patients with squamous histology"), (52.0, "patients with adenocarcinoma")]),
    ("In patients with nodal disease, the 3-year overall survival was 40%, whereas 65% of node-negative patients were "
     "alive at 3 years.", [(40.0, "patients with nodal disease"), (65.0, "node-negative patients")]),
    # a pair compared in the groups listed before it
    # "comparable in A and B (x vs y)": the groups the comparison is said of, in the order listed
    ("The response rate was comparable in KRAS-mutant and KRAS-wild-type tumours (32% vs. 25%; P = 0.34).",
     [(32.0, "KRAS-mutant"), (25.0, "KRAS-wild-type")]),
    ("Median overall survival was similar for women receiving docetaxel and paclitaxel (9.1 versus 8.4 months).",
     [(9.1, "women receiving docetaxel"), (8.4, "women receiving paclitaxel")]),
])
def test_a_pair_set_against_groups_named_before_it(sentence, expected):
    assert [(f.fields["value"], f.group.label) for f in find_results(sentence).found] == expected


@pytest.mark.parametrize(("sentence", "label"), [
    # words that name the study's patients, or the ones said before, are no subgroup
    ("In evaluable women, the response rate was 40%.", None),
    ("Among these irradiated women, the median survival was 19 months.", None),
    # a number in the group's name is no result
    ("Among patients with at least 30% tumour necrosis, the response rate was 44%.",
     "patients with at least 30% tumour necrosis"),
    ("For women aged 70 years or older, the 2-year overall survival was 52%.", "women aged 70 years or older"),
])
def test_which_fronted_phrases_name_a_subgroup(sentence, label):
    rows = find_results(sentence).found
    assert len(rows) == 1
    assert (rows[0].group.label if rows[0].group else None) == label


@pytest.mark.parametrize(("sentence", "category", "value"), [
    # a toxicity named before "rate"/"incidence" is the event counted
    ("The radiation pneumonitis rate was 12%.", "radiation pneumonitis", 12.0),
    ("The proctitis incidence in the whole series was 9%.", "proctitis", 9.0),
])
def test_a_toxicity_rate_named_by_its_term(sentence, category, value):
    assert [(f.fields["endpoint"], f.fields.get("category"), f.fields["value"])
            for f in find_results(sentence).found] == [("TOX", category, value)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a response category named as the patients a hazard ratio is of: the survival named before it, in that group
    ("Maintenance therapy prolonged PFS in both the SD (hazard ratio [HR] = 0.66; P < 0.001) and CR/PR (HR = 0.79; "
     "P = 0.006) groups, while OS was prolonged in the SD group only (HR = 0.70; P = 0.002).",
     [("PFS", 0.66, "SD group"), ("PFS", 0.79, "CR/PR group"), ("OS", 0.7, "SD group")]),
    ("Time to progression was improved in the PR subgroup (HR 0.5, 95% CI 0.3-0.8).",
     [("TTP", 0.5, "PR subgroup")]),
])
def test_a_ratio_said_of_a_response_group_is_that_groups_survival(sentence, expected):
    assert [(f.fields["endpoint"], f.fields["value"], f.group.label) for f in find_results(sentence).found
            if f.fields["measure"] == "hr"] == expected


def test_a_response_groups_ratio_of_two_arms_is_not_an_arms():
    out = extract_text(TRIAL + "Gemcitabine prolonged progression-free survival in the SD subgroup (HR 0.66; 95% CI "
                       "0.50-0.88) and in the PR subgroup (HR 0.81; 95% CI 0.60-1.09).")
    labels = cohort_labels(out)
    assert [(r["value"], labels[r["cohort"]]) for r in out["results"]] == [(0.66, "SD subgroup"), (0.81, "PR subgroup")]


@pytest.mark.parametrize(("sentence", "label"), [
    # a fronted group named as a group, subgroup or cohort
    ("In the high-risk group, the 3-year overall survival was 48%.", "high-risk group"),
    ("In the subgroup with persistent nodal disease, the 5-year overall survival was 21%.",
     "subgroup with persistent nodal disease"),
    ("In the cohort with thymic tumours, the response rate was 36%.", "cohort with thymic tumours"),
    # words that name all the study's patients
    ("In the whole cohort, the 2-year overall survival was 70%.", None),
])
def test_a_fronted_group_cohort_or_subgroup(sentence, label):
    (row,) = find_results(sentence).found
    assert (row.group.label if row.group else None) == label


def test_a_fronted_arm_named_as_a_group_stays_the_arm():
    out = extract_text(TRIAL + "In the gemcitabine group, the 2-year overall survival was 61%.")
    assert [(r["value"], r["cohort"]) for r in out["results"]] == [(61.0, "gemcitabine")]


@pytest.mark.parametrize("sentence", [
    # the subject of the clause is a group within the fronted one: its values are no row of the fronted group
    "In the group of responders, older patients showed a median survival of 26 months.",
    "Among women with nodal disease, those over 70 years had a 2-year overall survival of 44%.",
    # a fronted group said before names no subgroup and gives no row of all
    # "In this group": a group a sentence before named, which no rule here resolves; its values are never all
    # patients' (results.THIS_GROUP), nor of a subgroup called "this group"
    "In this group, the median survival was 19 months.",
])
def test_a_subject_within_a_fronted_subgroup_is_not_the_subgroup(sentence):
    assert find_results(sentence).found == []


@pytest.mark.parametrize(("sentence", "group"), [
    # a word joining the clause to the sentence before does not hide the group it opens with
    ("And among 14 patients who had liver metastases, the median survival was 6 months.",
     "14 patients who had liver metastases"),
    ("However, in patients with bulky nodes, the 2-year overall survival was 38%.", "patients with bulky nodes"),
    ("In contrast, among women with a raised marker, the median overall survival was 9 months.",
     "women with a raised marker"),
])
def test_a_fronted_group_after_a_joining_word(sentence, group):
    out = extract_text("Results: We treated 90 patients with melanoma. " + sentence)
    labels = cohort_labels(out)
    assert [labels[r["cohort"]] for r in out["results"]] == [group]
