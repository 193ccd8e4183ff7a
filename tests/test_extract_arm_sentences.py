"""A randomised trial's results said arm by arm over two sentences (or two clauses): the second arm's value after its
name, its outcome said again by "the figure was", "it occurred in", "did", "the respective figure". Each row carries
the arm it is about, with that arm's size. Abstracts we wrote."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import extract_text

LUNG = "Patients with lung cancer were randomly assigned to pemetrexed (n = 120) or docetaxel (n = 118). "
SLEEP = "Adults with breast cancer were randomised to yoga (n = 66) or usual care (n = 65). "
EMESIS = "Patients were randomly assigned to palonosetron (n = 88) or ondansetron (n = 90). "
HORMONES = ("A total of 438 women were randomized to letrozole (n = 150), anastrozole (n = 148) or exemestane "
            "(n = 140). ")


def arm_rows(text: str) -> set[tuple]:
    """(arm, arm's size, endpoint, category, measure, value) of the text's rows."""
    return row_tuples(text, "cohort cohort_n endpoint category measure value", "trial.txt")


@pytest.mark.parametrize(("text", "want"), [
    # the second arms value said again in the next sentence
    # "the figure was" after the second arm's name, a count out of its size
    (LUNG + "Grade 3 neutropenia occurred in 14 of 120 patients (12%) given pemetrexed. In the docetaxel group, the "
            "figure was 47 of 118 (40%).",
     {("docetaxel", 118, "TOX", "neutropenia", "count", 47.0), ("docetaxel", 118, "TOX", "neutropenia", "rate", 40.0)}),
    # "it occurred in"
    (LUNG + "In the pemetrexed arm, diarrhoea occurred in 22 patients (18%). In the docetaxel arm, it occurred in 9 "
            "patients (8%).",
     {("docetaxel", 118, "TOX", "diarrhoea", "count", 9.0), ("docetaxel", 118, "TOX", "diarrhoea", "rate", 8.0)}),
    # "the respective figure in the ... group was"
    (LUNG + "Alopecia was reported in 6% of patients given pemetrexed. The respective figure in the docetaxel group "
            "was 31%.", {("docetaxel", 118, "TOX", "alopecia", "rate", 31.0)}),
    # the verb said again by "did", in the clause after a semicolon
    (SLEEP + "Among those assigned to yoga, 19 (29%) reported insomnia; in the usual-care arm, 31 (48%) did.",
     {("usual_care", 65, "TOX", "insomnia", "count", 31.0), ("usual_care", 65, "TOX", "insomnia", "rate", 48.0)}),
    (LUNG + "In the pemetrexed arm, 40 patients (33%) achieved an objective response; in the docetaxel arm, 25 (21%) "
            "did so.", {("docetaxel", 118, "ORR", None, "count", 25.0), ("docetaxel", 118, "ORR", None, "rate", 21.0)}),
    # "This compared with", the arm named right after the value
    (LUNG + "Peripheral neuropathy occurred in 18 of 120 patients (15%) given pemetrexed. This compared with 7 of 118 "
            "(6%) in the docetaxel group.",
     {("docetaxel", 118, "TOX", "peripheral neuropathy", "count", 7.0),
      ("docetaxel", 118, "TOX", "peripheral neuropathy", "rate", 6.0)}),
    # "By comparison, the rate was", the arm's people after the value
    (SLEEP + "Insomnia was reported by 29% of those assigned to yoga. By comparison, the rate was 48% among those "
             "assigned to usual care.", {("usual_care", 65, "TOX", "insomnia", "rate", 48.0)}),
    # counts out of totals said respectively are the arms of those sizes
    # each count out of its arm's size, "and" then "respectively": the arm of that size
    (EMESIS + "Hiccups occurred in 17 of 88 and 6 of 90 patients, respectively (P = 0.01).",
     {("palonosetron", 88, "TOX", "hiccup", "count", 17.0), ("ondansetron", 90, "TOX", "hiccup", "count", 6.0)}),
    # (the sizes in the other order than the arms were defined: each still the arm of its size)
    (EMESIS + "Grade 2 constipation developed in 14/90 and 25/88 patients, respectively.",
     {("ondansetron", 90, "TOX", "constipation", "count", 14.0),
      ("palonosetron", 88, "TOX", "constipation", "count", 25.0)}),
    # three arms, the totals the sizes of two of them
    (HORMONES + "Arthralgia was observed in 44 of 150 (29%) and 31 of 148 (21%) patients, respectively.",
     {("letrozole", 150, "TOX", "arthralgia", "count", 44.0), ("letrozole", 150, "TOX", "arthralgia", "rate", 29.0),
      ("anastrozole", 148, "TOX", "arthralgia", "count", 31.0),
      ("anastrozole", 148, "TOX", "arthralgia", "rate", 21.0)}),
    # counts and their shares said respectively of two arms
    # two bare counts, their shares in a bracket, "respectively": the two arms in the order defined
    ("Patients were randomly assigned to letrozole (n = 150) or anastrozole (n = 148). Objective responses occurred in "
     "68 and 56 patients (45% and 38%), respectively.",
     {("letrozole", 150, "ORR", None, "count", 68.0), ("letrozole", 150, "ORR", None, "rate", 45.0),
      ("anastrozole", 148, "ORR", None, "count", 56.0), ("anastrozole", 148, "ORR", None, "rate", 38.0)}),
    (EMESIS + "Constipation was reported in 23 and 11 patients (26% and 12%), respectively.",
     {("palonosetron", 88, "TOX", "constipation", "count", 23.0),
      ("palonosetron", 88, "TOX", "constipation", "rate", 26.0),
      ("ondansetron", 90, "TOX", "constipation", "count", 11.0),
      ("ondansetron", 90, "TOX", "constipation", "rate", 12.0)}),
])
def test_each_arms_value_said_in_its_sentence(text, want):
    assert want <= arm_rows(text)


@pytest.mark.parametrize(("text", "values"), [
    # "did not": the others, not the ones who had it
    (SLEEP + "Among those assigned to yoga, 19 (29%) reported insomnia; in the usual-care arm, 31 (48%) did not.",
     (31.0, 48.0)),
    # the sentence before named two outcomes: which one is said again is not known
    (LUNG + "Febrile neutropenia occurred in 5 (4%) patients given pemetrexed and anaemia in 9 (8%). In the docetaxel "
            "group, the figure was 20 (17%).", (20.0, 17.0)),
    # a part of the patients, no arm: "this was seen in" says the outcome again only of an arm
    (LUNG + "Rash occurred in 14 patients (12%) given pemetrexed. In women, this was seen in 11 patients (15%).",
     (11.0, 15.0)),
    # ... nor "This compares with" a part of an arm's patients
    (LUNG + "Rash occurred in 14 patients (12%) given pemetrexed. This compares with 23% in women given docetaxel.",
     (23.0,)),
])
def test_an_outcome_said_again_needs_one_outcome_before_and_an_arm(text, values):
    assert not any(v in values for *_, v in arm_rows(text))


@pytest.mark.parametrize("text", [
    # no "respectively": two parts of whom is not said
    EMESIS + "Hiccups occurred in 17 of 88 and 6 of 90 patients.",
    # the labels said after "respectively" are no arms
    EMESIS + "Hiccups occurred in 17 of 88 and 6 of 90 patients, respectively, in men and women.",
    # three arms, the totals no arm's size: which two arms is not known
    HORMONES + "Arthralgia was observed in 44 of 146 and 31 of 143 patients, respectively.",
])
def test_counts_said_respectively_need_the_word_and_no_labels_after(text):
    assert not any(v in (17.0, 6.0, 44.0, 31.0) for *_, v in arm_rows(text))


def continuous_rows(text: str) -> set[tuple]:
    """(arm, arm's size, endpoint, category, measure, value, months, comparator) of the text's means and medians."""
    return row_tuples(text, "cohort cohort_n endpoint category measure value timepoint_months comparator", "trial.txt",
                      measure=("mean", "median"))


@pytest.mark.parametrize(("text", "want"), [
    # a mean given one arm and said again for the other
    # one arm's mean per sentence, the second said again by "the mean was" after the arm's name
    (SLEEP + "The mean fatigue score was 31.2 (SD 8.4) with yoga. In the usual-care group, the mean was 36.9 (SD 9.1).",
     {("yoga", 66, "QOL", "fatigue", "mean", 31.2, None, None),
      ("usual_care", 65, "QOL", "fatigue", "mean", 36.9, None, "yoga")}),
    # ... by "it was", the time said in the sentence before
    (LUNG + "In the pemetrexed group, the mean pain score at 12 weeks was 3.4 (SD 1.9). In the docetaxel group, it "
            "was 4.6 (SD 2.2).",
     {("pemetrexed", 120, "QOL", "pain", "mean", 3.4, 2.77, None),
      ("docetaxel", 118, "QOL", "pain", "mean", 4.6, 2.77, "pemetrexed")}),
    # ... by "the corresponding value in the ... arm was", a measured quantity in days
    (LUNG + "The median length of hospital stay was 6 days in the pemetrexed arm. The corresponding value in the "
            "docetaxel arm was 8 days.",
     {("pemetrexed", 120, "HOSPITAL_STAY", None, "median", 6.0, None, None),
      ("docetaxel", 118, "HOSPITAL_STAY", None, "median", 8.0, None, "pemetrexed")}),
    # a mean of the arm the sentence is about
    # the first arm the sentence's subject, its value first without its name
    (SLEEP + "Patients in the yoga group had a mean fatigue score of 31.2 (SD 8.4), compared with 36.9 (SD 9.1) in the "
             "usual-care group.",
     {("yoga", 66, "QOL", "fatigue", "mean", 31.2, None, "usual_care"),
      ("usual_care", 65, "QOL", "fatigue", "mean", 36.9, None, "yoga")}),
    # ... the second arm's people "those assigned to"
    (SLEEP + "Those assigned to yoga reported a mean anxiety score of 6.1 (SD 2.0) versus 7.4 (SD 2.3) among those "
             "assigned to usual care (P = 0.02).",
     {("yoga", 66, "QOL", "anxiety", "mean", 6.1, None, "usual_care"),
      ("usual_care", 65, "QOL", "anxiety", "mean", 7.4, None, "yoga")}),
    # a mean of the second arm named before it in the same sentence
    # the second arm named after "whereas"/"while", then "it was" its value
    (SLEEP + "In the yoga group, the mean fatigue score was 31.2 ± 8.4, whereas in the usual-care group it was "
             "36.9 ± 9.1.",
     {("yoga", 66, "QOL", "fatigue", "mean", 31.2, None, "usual_care"),
      ("usual_care", 65, "QOL", "fatigue", "mean", 36.9, None, "yoga")}),
    (LUNG + "The median length of hospital stay was 4 days with pemetrexed, while with docetaxel, it was 6 days.",
     {("pemetrexed", 120, "HOSPITAL_STAY", None, "median", 4.0, None, "docetaxel"),
      ("docetaxel", 118, "HOSPITAL_STAY", None, "median", 6.0, None, "pemetrexed")}),
])
def test_each_arms_mean(text, want):
    assert want <= continuous_rows(text)


@pytest.mark.parametrize(("text", "values"), [
    # one arm's values at two times, the times after them: neither is the arm's at no time
    (SLEEP + "In the yoga group, the mean fatigue score was 31.2 at 6 weeks and 28.0 at 12 weeks.", (31.2, 28.0)),
    # said again for a part of the patients, no arm
    (SLEEP + "The mean fatigue score was 31.2 (SD 8.4) with yoga. In women over 60, it was 36.9 (SD 9.1).", (36.9,)),
    # said again in another unit: not the same quantity
    (SLEEP + "The mean fatigue score was 31.2 (SD 8.4) with yoga. With usual care, it was 36.9 days.", (36.9,)),
])
def test_a_mean_said_again_needs_an_arm_and_its_unit(text, values):
    assert not any(row[5] in values for row in continuous_rows(text))


def sizes(text: str) -> dict:
    return {c["key"]: c.get("n") for c in extract_text(text, "trial.txt")["cohorts"] if c["key"] != "all"}


@pytest.mark.parametrize(("text", "want"), [
    # the arms' sizes after their definition, the verb said once for both ("and 140 with B")
    ("Patients were randomized to combination chemotherapy or single-agent therapy. In all, 150 patients were "
     "treated with combination chemotherapy and 140 with single-agent therapy.",
     {"combination_chemotherapy": 150, "single_agent_therapy": 140}),
    ("Women were randomised to letrozole or tamoxifen. A total of 212 women were treated with letrozole and 208 with "
     "tamoxifen.", {"letrozole": 212, "tamoxifen": 208}),
])
def test_arm_sizes_said_with_the_verb_once(text, want):
    assert sizes(text) == want


def test_a_pair_of_counts_of_a_later_treatment_sizes_no_arm():
    # the counts are of whom a treatment after the trial's was given: not the arms' sizes
    text = ("Women were randomised to letrozole or tamoxifen. At relapse, 31 women were treated with "
            "chemotherapy and 12 with radiotherapy.")
    assert set(sizes(text).values()) == {None}


def test_a_mean_of_the_subjects_arm_at_two_times_is_no_row():
    text = SLEEP + ("Patients in the yoga group had a mean fatigue score of 31.2 (SD 8.4) at 6 weeks and 28.0 (SD 7.9) "
                    "at 12 weeks.")
    assert not any(row[5] in (31.2, 28.0) for row in continuous_rows(text))


def test_a_mean_of_a_part_after_whereas_is_no_arms():
    text = SLEEP + "In the yoga group, the mean fatigue score was 31.2 ± 8.4, whereas in women it was 36.9 ± 9.1."
    assert not any(row[5] == 36.9 for row in continuous_rows(text))


def test_counts_and_their_shares_said_respectively_in_three_arms_are_no_arms():
    text = HORMONES + "Objective responses occurred in 68 and 56 patients (45% and 38%), respectively."
    assert not any(r[0] in ("letrozole", "anastrozole", "exemestane") for r in arm_rows(text))
