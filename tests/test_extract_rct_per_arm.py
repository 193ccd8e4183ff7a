"""Randomised trials' per-arm results as trial abstracts list them: each arm's event count with the arm's size, and
each arm's mean of a continuous outcome (its spread no value of a row). Abstracts we wrote, two or more wordings of
each construction, and near-misses that must give no row."""

from __future__ import annotations

import re

import pytest
from result_rows import arm_size_rows as arm_rows
from result_rows import row_tuples
from support import extract_text


# Counts over their totals listed in the order of the arms named after them: "k/N (x%) and j/M (y%) patients in the
# A and B groups, respectively"; the arm's size is the total when the paper gave none before
@pytest.mark.parametrize(("text", "want"), [
    ("Women were randomly assigned to acupressure (n = 64) or sham acupressure (n = 66). Nausea occurred in 19/64 "
     "(30%) and 33/66 (50%) patients in the acupressure and sham acupressure groups, respectively.",
     {(64, "count", 19.0), (64, "rate", 30.0), (66, "count", 33.0), (66, "rate", 50.0)}),
    ("Men were randomized to a walking programme or usual care. Grade 2 fatigue was reported by 7 of 51 (14%) and "
     "15 of 49 (31%) men in the walking programme and usual care arms, respectively.",
     {(51, "count", 7.0), (51, "rate", 14.0), (49, "count", 15.0), (49, "rate", 31.0)}),
])
def test_counts_over_totals_listed_with_the_arms_after_them(text, want):
    got = {(r[0], r[2], r[3]) for r in arm_rows(text)}
    assert want <= got


def test_counts_over_totals_of_one_arm_at_two_times_are_no_arms_pair():
    text = ("Women were randomly assigned to acupressure or sham acupressure. Nausea occurred in 19/64 (30%) and "
            "27/64 (42%) patients at 1 and 2 weeks in the acupressure group.")
    assert {r for r in arm_rows(text) if r[3] in (19.0, 27.0, 30.0, 42.0) and r[0] is not None} == set()


def unexplained(text: str) -> set[float]:
    return {u["value"] for u in extract_text(text, "trial.txt")["unexplained"]}


ARMS = "Adults with lymphoma were randomly assigned to ginseng (n = 150) or placebo (n = 146). "


# A mean written with its minus ("-2.6 points") is the row's value, explained by it, never an unread 2.6
@pytest.mark.parametrize(("sentence", "means"), [
    ("The mean change from baseline in fatigue score was -2.6 (SD 4.1) with ginseng and -0.9 (SD 3.8) with placebo.",
     {(150, -2.6), (146, -0.9)}),
    ("The mean change from baseline in pain score was -1.7 with ginseng and 0.5 with placebo (P = .03).",
     {(150, -1.7), (146, 0.5)}),
])
def test_a_negative_mean_is_explained_by_its_row(sentence, means):
    text = ARMS + sentence
    assert means <= {(r[0], r[3]) for r in arm_rows(text) if r[2] == "mean"}
    assert not {abs(v) for _, v in means} & unexplained(text)


def test_a_range_dash_is_no_minus():
    # "2-6" is a range: its 6 is no -6, and no row of 6 explains it
    text = ARMS + ("The mean change from baseline in fatigue score was 6.0 with ginseng (range 2-6) and 1.0 with "
                   "placebo.")
    assert not any(r[3] == -6.0 for r in arm_rows(text))


# The spread in a bare bracket after each mean, when the head says "mean (SD)", is an SD: no row, and not unexplained
@pytest.mark.parametrize(("sentence", "spreads", "means"), [
    ("Mean (SD) fatigue scores were 41.3 (9.7) with ginseng and 47.6 (10.8) with placebo.", {9.7, 10.8},
     {41.3, 47.6}),
    ("The mean (SD) body weight change was 1.9 kg (3.2) with ginseng and -0.6 kg (2.7) with placebo.", {3.2, 2.7},
     {1.9, -0.6}),
])
def test_the_bracketed_sd_after_a_mean_is_classed_as_a_spread(sentence, spreads, means):
    text = ARMS + sentence
    rows = arm_rows(text)
    assert means <= {r[3] for r in rows if r[2] == "mean"}
    assert not spreads & {r[3] for r in rows}
    assert not spreads & unexplained(text)


def test_a_bracket_after_a_mean_without_the_sd_head_stays_unexplained():
    text = ARMS + "Fatigue scores were 41.3 (9.7) with ginseng and 47.6 (10.8) with placebo."
    assert {9.7, 10.8} <= unexplained(text)


def mean_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value, time point) of the text's means."""
    return row_tuples(text, "cohort_n endpoint category value timepoint_months", "trial.txt", measure="mean")


@pytest.mark.parametrize(("sentence", "want"), [
    # A change's span said after the outcome's name: "mean change in X from baseline to week 12 was a with A and b with
    # B"
    ("The mean change in fatigue score from baseline to week 8 was -3.2 (SD 5.0) with ginseng and -0.7 (SD 4.6) "
     "with placebo.", {(150, "QOL", "fatigue, change from baseline", -3.2, None),
                       (146, "QOL", "fatigue, change from baseline", -0.7, None)}),
    ("The mean improvement in global health status from baseline to 3 months was 7.5 points with ginseng and 1.8 "
     "points with placebo (P = .02).", {(150, "QOL", "global health status, improvement from baseline", 7.5, 3.0),
                                        (146, "QOL", "global health status, improvement from baseline", 1.8, 3.0)}),
    ("The mean anxiety score decreased from baseline by 2.4 with ginseng and by 0.6 with placebo.",
     {(150, "QOL", "anxiety, decrease from baseline", 2.4, None),
      (146, "QOL", "anxiety, decrease from baseline", 0.6, None)}),
    # After a colon, each arm named right before its value: "Mean X: A a (SD s), B b (SD t)"
    ("Mean fatigue score at 3 months: ginseng 33.8 (SD 9.0), placebo 39.1 (SD 10.4).",
     {(150, "QOL", "fatigue", 33.8, 3.0), (146, "QOL", "fatigue", 39.1, 3.0)}),
    ("Mean pain score: the ginseng group 2.6 ± 1.1 vs the placebo group 3.5 ± 1.4 (P = .03).",
     {(150, "QOL", "pain", 2.6, None), (146, "QOL", "pain", 3.5, None)}),
    # "Mean ± SD X were a ± s for A and b ± t for B": the statistic's head with its spread unbracketed
    ("Mean ± SD anxiety scores were 7.9 ± 3.1 for ginseng and 9.6 ± 3.4 for placebo.",
     {(150, "QOL", "anxiety", 7.9, None), (146, "QOL", "anxiety", 9.6, None)}),
    ("The mean +/- SD fatigue score was 30.2 +/- 8.8 in the ginseng group and 36.0 +/- 9.9 in the placebo group.",
     {(150, "QOL", "fatigue", 30.2, None), (146, "QOL", "fatigue", 36.0, None)}),
    # "X was lower in A than in B (a ± s vs b ± t; P)": the arms compared before the bracket, their means in it in order
    ("Anxiety scores were significantly lower in the ginseng group than in the placebo group (6.2 ± 2.5 vs 8.9 ± 3.0; "
     "P < .001).", {(150, "QOL", "anxiety", 6.2, None), (146, "QOL", "anxiety", 8.9, None)}),
    ("The placebo group had a higher mean pain score than the ginseng group (3.8 vs 2.7; P = .02).",
     {(146, "QOL", "pain", 3.8, None), (150, "QOL", "pain", 2.7, None)}),
    ("Length of hospital stay was shorter in the ginseng group than in the placebo group (4.4 ± 1.0 vs 5.2 ± 1.6 days, "
     "P = .03).", {(150, "HOSPITAL_STAY", None, 4.4, None), (146, "HOSPITAL_STAY", None, 5.2, None)}),
    # JAMA's style: the statistic said first in the bracket, the spreads bracketed ("(mean [SD], a [s] vs b [t]; P)"),
    # and an outcome named in the bracket after "A ... compared with B"
    ("Ginseng resulted in lower anxiety scores than placebo (mean [SD], 6.1 [2.4] vs 8.3 [2.9]; P < .001).",
     {(150, "QOL", "anxiety", 6.1, None), (146, "QOL", "anxiety", 8.3, None)}),
    ("Ginseng reduced pain compared with placebo (mean pain score, 2.4 vs 3.1; P = .01).",
     {(150, "QOL", "pain", 2.4, None), (146, "QOL", "pain", 3.1, None)}),
    # Each arm's mean in a bracket straight after its name: "X was lower with A (mean a, SD s) than with B (mean b, SD
    # t)"
    ("Anxiety scores were lower with ginseng (mean 6.0 points, SD 2.2) than with placebo (mean 7.7 points, SD 2.6).",
     {(150, "QOL", "anxiety", 6.0, None), (146, "QOL", "anxiety", 7.7, None)}),
    ("Pain scores were significantly lower in the ginseng group (mean 2.1 ± 0.8) compared with the placebo group "
     "(mean 2.8 ± 1.0; P = .004).", {(150, "QOL", "pain", 2.1, None), (146, "QOL", "pain", 2.8, None)}),
    # JAMA's style with the outcome named before the bracket and only the statistic in it: "X was better with A (mean
    # change from baseline, a vs b points; mean difference, d)", "X did not differ (mean change ..., a for A vs b for
    # B)"
    ("Global health status was better at 6 months with ginseng (mean change from baseline, 2.2 vs -7.5 points; mean "
     "difference, 9.7; 95% CI, 3.3-16.1 points; P = .003).",
     {(150, "QOL", "global health status, change from baseline", 2.2, 6.0),
      (146, "QOL", "global health status, change from baseline", -7.5, 6.0)}),
    ("There was no difference in anxiety between the groups (mean change from baseline, -0.8 points for ginseng vs "
     "-1.3 points for placebo; mean difference, 0.5 points; P = .51).",
     {(150, "QOL", "anxiety, change from baseline", -0.8, None),
      (146, "QOL", "anxiety, change from baseline", -1.3, None)}),
    ("Pain scores at 8 weeks were lower in the ginseng group (mean, 2.6 vs 3.4; P = .02).",
     {(150, "QOL", "pain", 2.6, 1.85), (146, "QOL", "pain", 3.4, 1.85)}),
    # ... the arm as the patients who received it, the outcome after the comparison's word: "Patients given A reported
    # lower X scores (mean, a vs b)", "... had better X scores at 8 weeks (mean [SD], a [s] vs b [t])"
    ("Patients given ginseng reported lower fatigue scores (mean, 3.1 vs 4.2; P = .02).",
     {(150, "QOL", "fatigue", 3.1, None), (146, "QOL", "fatigue", 4.2, None)}),
    ("Patients assigned to ginseng had better global health status scores at 8 weeks (mean [SD], 71.0 [14.2] vs 64.5 "
     "[16.9]; P = .03).",
     {(150, "QOL", "global health status", 71.0, 1.85), (146, "QOL", "global health status", 64.5, 1.85)}),
    # A pair of means "a vs b" with the two arms named after it in order: "respectively" may be left out
    ("The mean (SD) number of lymph nodes removed was 16.2 (5.1) vs 13.0 (4.4) in the ginseng and placebo groups.",
     {(150, "NODES_RETRIEVED", None, 16.2, None), (146, "NODES_RETRIEVED", None, 13.0, None)}),
    ("Mean anxiety scores were 6.4 versus 7.9 in the ginseng and placebo arms (P = .03).",
     {(150, "QOL", "anxiety", 6.4, None), (146, "QOL", "anxiety", 7.9, None)}),
])
def test_each_arms_mean_said_its_way(sentence, want):
    assert want <= mean_rows(ARMS + sentence)


def test_a_score_from_baseline_without_a_change_word_gives_no_row():
    # "the mean score from baseline to week 8 was a": a level or a change, the sentence does not say
    text = ARMS + "The mean fatigue score from baseline to week 8 was 31.0 with ginseng and 35.5 with placebo."
    assert mean_rows(text) == set()


def test_a_colon_list_going_on_to_other_times_gives_no_row():
    text = ARMS + "Mean pain score: ginseng 2.6, placebo 3.5 at 4 weeks and 2.2 at 8 weeks."
    assert mean_rows(text) == set()


def cohort_labels(text: str) -> set[str]:
    return {c.get("label") or "" for c in extract_text(text, "trial.txt")["cohorts"]}


# Counts over their totals compared in a bracket after the shares are values, never two groups named "21/84"
@pytest.mark.parametrize("sentence", [
    "Hand-foot syndrome occurred in 26% vs 9% of patients (39/150 vs 13/146).",
    "Insomnia was reported by 18% vs 31% of participants (27 of 150 vs 45 of 146).",
])
def test_counts_over_totals_in_a_bracket_name_no_groups(sentence):
    text = ARMS + sentence
    assert not any(re.search(r"\d+\s*(?:/|of)\s*\d+", label) for label in cohort_labels(text))
    assert all(r[0] in (150, 146) for r in arm_rows(text) if r[2] == "rate")


# "X: A k/N vs B j/M" among an abstract's first sentences: the arms' counts, never arms named "A k/N" (a comparing
# title's reading of the first sentences)
@pytest.mark.parametrize(("sentence", "want"), [
    ("Hand-foot syndrome: ginseng 39/150 vs placebo 13/146 (P < .001).", {(150, "count", 39.0), (146, "count", 13.0)}),
    ("Insomnia: placebo 45/146 vs ginseng 27/150.", {(146, "count", 45.0), (150, "count", 27.0)}),
])
def test_a_colon_pair_of_arms_with_counts_over_totals(sentence, want):
    text = "Ginseng for fatigue in lymphoma: a randomised trial.\n\n" + ARMS + sentence
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}
    assert not any(re.search(r"\d+\s*/\s*\d+", label) for label in cohort_labels(text))


SURGERY_ARMS = "Women undergoing mastectomy were randomly assigned to a nerve block (n = 75) or sham block (n = 73). "


def mean_rows_with_units(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value, unit) of the text's means."""
    return row_tuples(text, "cohort_n endpoint category value unit", "trial.txt", measure="mean")


# The unit after the spread's bracket: "6.1 (SD 2.0) days"
@pytest.mark.parametrize(("sentence", "want"), [
    ("Mean length of hospital stay was 2.3 (SD 0.9) days in the nerve block group and 2.8 (SD 1.3) days in the sham "
     "block group.", {(75, "HOSPITAL_STAY", None, 2.3, "days"), (73, "HOSPITAL_STAY", None, 2.8, "days")}),
    ("Mean operative time was 96 (SD 21) minutes in the nerve block group and 99 (SD 25) minutes in the sham block "
     "group.", {(75, "OPERATIVE_TIME", None, 96.0, "minutes"), (73, "OPERATIVE_TIME", None, 99.0, "minutes")}),
])
def test_the_unit_after_the_spread(sentence, want):
    assert want <= mean_rows_with_units(SURGERY_ARMS + sentence)


# A score at a number of hours (after an operation, a dose): the hour is the score's own, in its category
@pytest.mark.parametrize(("sentence", "want"), [
    ("The mean pain score at 24 hours was 2.9 ± 1.2 in the nerve block group and 4.2 ± 1.5 in the sham block group.",
     {(75, "QOL", "pain, at 24 hours", 2.9, "points"), (73, "QOL", "pain, at 24 hours", 4.2, "points")}),
    ("The mean nausea score at 6 hours was 1.1 in the nerve block group and 1.9 in the sham block group (P = .04).",
     {(75, "QOL", "nausea, at 6 hours", 1.1, "points"), (73, "QOL", "nausea, at 6 hours", 1.9, "points")}),
])
def test_a_score_at_a_number_of_hours(sentence, want):
    text = SURGERY_ARMS + sentence
    assert want <= mean_rows_with_units(text)
    assert not {24.0, 6.0} & unexplained(text)


def test_hours_are_no_months():
    text = SURGERY_ARMS + ("The mean pain score at 24 hours was 2.9 in the nerve block group and 4.2 in the sham block "
                           "group.")
    assert all(r.get("timepoint_months") is None for r in extract_text(text, "trial.txt")["results"])


@pytest.mark.parametrize(("sentence", "want"), [
    # The people an event was had by, counted by their arm: "was reported by 30 drug A patients and 14 placebo patients"
    ("Rash was reported by 33 ginseng recipients and 12 placebo recipients.",
     {(150, "count", 33.0), (146, "count", 12.0)}),
    ("Headache was experienced by 8 ginseng patients (5%) and 3 placebo patients (2%).",
     {(150, "count", 8.0), (146, "count", 3.0), (150, "rate", 5.0), (146, "rate", 2.0)}),
    # Each arm's count of people over its total and its share in a bracket straight after the arm's name, the people
    # named in the bracket: "X was less frequent with A (k/N patients [x%]) than with B (j/M patients [y%])"
    ("Grade 3 mucositis was less frequent with ginseng (21/150 patients [14%]) than with placebo (40/146 patients "
     "[27%]; difference, -13%; 95% CI, -22% to -4%).",
     {(150, "count", 21.0), (150, "rate", 14.0), (146, "count", 40.0), (146, "rate", 27.0)}),
    ("Local relapse was seen less often in the ginseng group (9 of 150 participants [6%]) than in the placebo group "
     "(17 of 146 participants [12%]; P = .09).",
     {(150, "count", 9.0), (150, "rate", 6.0), (146, "count", 17.0), (146, "rate", 12.0)}),
    # The people counted named by the arm that treated them: "in 30 (20%) A-treated and 12 (8%) placebo-treated
    # patients"
    ("Insomnia occurred in 30 (20%) ginseng-treated and 12 (8%) placebo-treated patients.",
     {(150, "count", 30.0), (150, "rate", 20.0), (146, "count", 12.0), (146, "rate", 8.0)}),
    ("Grade 2 or worse nausea was seen in 44 (29%) ginseng-treated and 25 (17%) placebo-treated participants "
     "(P = .02).", {(150, "count", 44.0), (150, "rate", 29.0), (146, "count", 25.0), (146, "rate", 17.0)}),
    # A list of the arms, each named alone with its count over its total and share after it: "X: A, k of N (x%); B, j of
    # M (y%)"
    ("Grade 3 mucositis: ginseng, 21 of 150 (14%); placebo, 40 of 146 (27%).",
     {(150, "count", 21.0), (150, "rate", 14.0), (146, "count", 40.0), (146, "rate", 27.0)}),
    ("Grade 3 febrile neutropenia (ginseng 9 of 150 [6%], placebo 17 of 146 [12%]) was uncommon.",
     {(150, "count", 9.0), (150, "rate", 6.0), (146, "count", 17.0), (146, "rate", 12.0)}),
    # "k patients given A (x%) versus j given B (y%)": the share after the arm's name is that arm's, the other arm's
    # bare count after "versus" no pair of it
    ("Grade 3 mucositis was reported in 21 patients given ginseng (14%) versus 40 given placebo (27%).",
     {(150, "count", 21.0), (150, "rate", 14.0), (146, "count", 40.0), (146, "rate", 27.0)}),
    ("Rash developed in 30 patients receiving ginseng (20%) compared with 12 receiving placebo (8%).",
     {(150, "count", 30.0), (150, "rate", 20.0), (146, "count", 12.0), (146, "rate", 8.0)}),
    # The second arm's count of its people after a comparison's word: "in 9 A patients (6%) compared with 17 B patients"
    ("Grade 3 mucositis developed in 21 ginseng patients (14%) compared with 40 placebo patients (27%).",
     {(150, "count", 21.0), (146, "count", 40.0)}),
    ("Febrile neutropenia was reported in 9 ginseng patients (6%) versus 17 placebo patients (12%).",
     {(150, "count", 9.0), (146, "count", 17.0)}),
])
def test_each_arms_count_of_people_said_its_way(sentence, want):
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(ARMS + sentence)}


def test_people_counted_by_a_sponsor_are_no_arm_count():
    text = ARMS + "Rash was assessed by 4 ginseng investigators and 3 placebo investigators."
    assert {r for r in arm_rows(text) if r[3] in (4.0, 3.0)} == set()


# The time the sentence opens with is the means' time point: "At 8 weeks, the mean X was a in A and b in B"
@pytest.mark.parametrize(("sentence", "months"), [
    ("At 6 months, the mean fatigue score was 29.5 in the ginseng group and 35.1 in the placebo group.", 6.0),
    ("After 1 year, the mean pain score was 2.2 with ginseng and 2.9 with placebo (P = .04).", 12.0),
])
def test_the_opening_time_of_the_means(sentence, months):
    rows = mean_rows(ARMS + sentence)
    assert rows and {r[4] for r in rows} == {months}


def test_a_time_inside_the_sentence_is_no_opening_time():
    rows = mean_rows(ARMS + "The mean fatigue score was 29.5 in the ginseng group and 35.1 in the placebo group, and "
                            "at 6 months, 31.0 and 34.2.")
    assert {r[3]: r[4] for r in rows}.get(29.5, "missing") is None


# After a first mean's "(SD s)", the bare bracket after the next mean is its SD too: no row, not unexplained
@pytest.mark.parametrize(("sentence", "spread"), [
    ("The mean fatigue score was 30.2 (SD 8.8) with ginseng vs 36.0 (9.9) with placebo.", 9.9),
    ("The mean pain score was 2.2 (SD 1.0) in the ginseng group and 2.9 (1.3) in the placebo group.", 1.3),
])
def test_the_bare_bracket_after_an_sd_is_a_spread(sentence, spread):
    text = ARMS + sentence
    assert spread not in unexplained(text)
    assert spread not in {r[3] for r in arm_rows(text)}


@pytest.mark.parametrize("sentence", [
    "The mean +/- SD fatigue score was 30.2 +/- 8.8 in the ginseng group and 36.0 +/- 9.9 in the placebo group.",
    "Mean ± SD pain scores were 3.0 ± 1.1 in the ginseng group and 3.6 ± 1.2 in the placebo group.",
])
def test_a_plus_minus_sd_is_no_stable_disease(sentence):
    assert not any(r[1] == "SD" for r in arm_rows(ARMS + sentence))


@pytest.mark.parametrize("sentence", [
    # a bracketed pair that is no mean gives no mean row
    # no "mean" and no spread: which statistic the pair is, the sentence does not say
    "Anxiety scores were lower in the ginseng group than in the placebo group (6.2 vs 8.9; P < .001).",
    # shares, no means
    "Anxiety was less frequent in the ginseng group than in the placebo group (12% vs 20%; P = .04).",
    # a bracketed pair without its order or statistic gives no mean
    # bracketed numbers without a head saying they are spreads: not known to be means and SDs
    "Anxiety scores were lower in the ginseng group than in the placebo group (6.1 [2.4] vs 8.3 [2.9]; P < .001).",
    # the arm compared with named first, the subject's value first: no order to go by
    "Compared with placebo, ginseng reduced pain (mean pain score, 2.4 vs 3.1; P = .01).",
    # a statistic bracket without its arms order or at baseline gives no mean
    # the arm compared with named first: which value is whose, the sentence does not say
    "Compared with placebo, ginseng improved global health status (mean change from baseline, 2.2 vs -7.5 points).",
    # no arm named: the two values' order is no arm's
    "Global health status improved in both groups (mean change from baseline, 2.2 vs 1.5 points).",
    # values at baseline: no result
    "Anxiety at baseline was similar between the groups (mean, 6.6 vs 6.9 points).",
    # an and pair of means before the arms needs respectively
    # "a and b in A and B" may be two times or two subgroups of each: no order the sentence says
    "Mean anxiety scores were 6.4 and 7.9 in the ginseng and placebo arms.",
])
def test_a_bracketed_pair_that_is_no_mean_gives_no_mean_row(sentence):
    assert mean_rows(ARMS + sentence) == set()


def test_bracketed_changes_of_the_arms_are_no_levels():
    # "improved more ... (mean 6.3 points)": the improvement, which this construction does not read as a level
    text = ARMS + ("Anxiety scores improved more with ginseng (mean 3.1 points, SD 2.0) than with placebo (mean 1.0 "
                   "points).")
    assert not {r for r in mean_rows(text) if r[2] == "anxiety"}


def test_counts_of_other_things_in_a_bracket_after_each_arm_give_no_arm_rows():
    # cycles counted, not the arm's people: no count or share of the arm
    text = ARMS + ("Grade 3 mucositis was less frequent with ginseng (21 of 150 cycles [14%]) than with placebo "
                   "(40 of 146 cycles [27%]).")
    assert {r for r in arm_rows(text) if r[3] in (21.0, 14.0, 40.0, 27.0)} == set()


def test_things_named_by_the_arm_that_treated_them_are_no_arm_counts():
    text = ARMS + "Insomnia was recorded in 30 (20%) ginseng-treated and 12 (8%) placebo-treated cycles."
    assert {r for r in arm_rows(text) if r[3] in (30.0, 20.0, 12.0, 8.0) and r[0] in (150, 146)} == set()


def test_arms_listed_with_counts_of_other_totals_give_no_arm_rows():
    # courses counted, not the arms' people
    text = ARMS + "Grade 3 mucositis: ginseng, 21 of 600 courses (4%); placebo, 40 of 584 courses (7%)."
    assert {r for r in arm_rows(text) if r[3] in (21.0, 4.0, 40.0, 7.0) and r[0] in (150, 146)} == set()


def endpoint_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, value) of the text's rates."""
    return row_tuples(text, "cohort_n endpoint category value", "trial.txt", measure="rate")


# A symptom's improvement per arm is the symptom's palliation, no adverse event of the arm
@pytest.mark.parametrize(("sentence", "want"), [
    ("Improvement in nausea was reported by more patients with ginseng (40%) than with placebo (25%).",
     {(150, "SYMPTOM_RESPONSE", "nausea", 40.0), (146, "SYMPTOM_RESPONSE", "nausea", 25.0)}),
    ("Palliation of dyspnoea was seen in more patients in the ginseng group (33%) than in the placebo group (21%).",
     {(150, "SYMPTOM_RESPONSE", "dyspnoea", 33.0), (146, "SYMPTOM_RESPONSE", "dyspnoea", 21.0)}),
])
def test_a_symptoms_improvement_per_arm_is_its_palliation(sentence, want):
    got = endpoint_rows(ARMS + sentence)
    assert want <= got
    assert not any(r[1] == "TOX" for r in got)


def test_a_symptom_as_an_event_per_arm_stays_an_adverse_event():
    got = endpoint_rows(ARMS + "Grade 3 nausea was reported by more patients with ginseng (12%) than with placebo "
                               "(5%).")
    assert {(150, "TOX", "nausea", 12.0), (146, "TOX", "nausea", 5.0)} <= got


def test_the_arm_compared_with_first_leaves_a_statistic_bracket_unread():
    text = ARMS + "Compared with placebo, patients given ginseng reported lower fatigue scores (mean, 3.1 vs 4.2)."
    assert mean_rows(text) == set()


def test_a_pair_of_shares_after_one_arms_name_is_no_share_of_that_arm():
    text = ARMS + "Grade 3 mucositis was seen in the ginseng group (14% vs 12% in an earlier trial)."
    assert not {r for r in arm_rows(text) if r[0] == 150 and r[3] == 12.0}


# The hospital stay named by its days: "the mean number of days in hospital was a in A versus b in B"
@pytest.mark.parametrize(("sentence", "want"), [
    ("The mean number of days in hospital was 5.4 in the ginseng group versus 7.1 in the placebo group.",
     {(150, "HOSPITAL_STAY", 5.4, "days"), (146, "HOSPITAL_STAY", 7.1, "days")}),
    ("Mean days of hospitalization were 3.9 with ginseng and 4.6 with placebo (P = .04).",
     {(150, "HOSPITAL_STAY", 3.9, "days"), (146, "HOSPITAL_STAY", 4.6, "days")}),
])
def test_the_mean_days_in_hospital_per_arm(sentence, want):
    assert want <= {(r[0], r[1], r[3], r[4]) for r in mean_rows_with_units(ARMS + sentence)}


def test_days_in_another_place_are_no_hospital_stay():
    text = ARMS + "The mean number of days in hospice was 5.4 in the ginseng group versus 7.1 in the placebo group."
    assert not any(r[1] == "HOSPITAL_STAY" for r in mean_rows_with_units(text))


def test_a_count_after_a_comparison_that_names_no_arm_is_no_arms():
    text = ARMS + "Grade 3 mucositis developed in 21 ginseng patients (14%) versus 12 in the first cycle."
    assert not {r for r in arm_rows(text) if r[3] == 12.0 and r[0] is not None}
