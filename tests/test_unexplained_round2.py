"""Classes of numbers that are no result, second round: the time a measure was taken at, an interval after a value
and a comma, a minimum follow-up, a marker's cut-off, who took part in the study's own words, a size with its spread.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

from oncoev.extract.unexplained import classify, find_numbers

AT_TIME, EXPRESSION_CUTOFF = "number.time_point.at_time", "number.category.expression_cutoff"
SAMPLE_SIZE_ANY, DENOMINATOR_AMONG = "number.sample_size.", "number.sample_size.denominator_among"
SPLIT_LABELS = "number.sample_size.split_labels"


@pytest.mark.parametrize("text, rule, taken, left", [
    # the time a measure was taken at is a time point
    ("Fatigue scores were compared at 6 and 14 weeks and did not differ.", AT_TIME, ["6", "14"], []),
    ("Quality of life at 3 months favoured the smaller field, and 58% were alive at 30 months.",
     AT_TIME, ["3", "30"], ["58"]),
    ("The mean decline in recall from baseline to 4 months was 7.5% in arm B.", AT_TIME, ["4"], ["7.5"]),
    ("Symptom relief lasted until 22 weeks in 41% of the women.", AT_TIME, ["22"], ["41"]),
    # a marker's cut-off is a category
    ("In tumours with PD-L1 expression of at least 50%, the response rate was 45%.", EXPRESSION_CUTOFF, ["50"], ["45"]),
    ("For a tumour proportion score below 1%, median survival was 9.1 months.", EXPRESSION_CUTOFF, ["1"], ["9.1"]),
    ("The benefit was smaller when expression was < 10% (HR 0.92).", EXPRESSION_CUTOFF, ["10"], ["0.92"]),
    # who took part, said in the study's own words, is a sample size
    ("By June, 210 patients entered the trial and 64 of them responded.", SAMPLE_SIZE_ANY, ["210"], ["64"]),
    ("Data were obtained from 1,450 patients; 380 died within a year.", SAMPLE_SIZE_ANY, ["1,450"], ["380"]),
    ("Safety was assessed in 152 patients, and 31 had a rash.", SAMPLE_SIZE_ANY, ["152"], ["31"]),
    ("An analysis of the first 120 patients showed 44 responses.", SAMPLE_SIZE_ANY, ["120"], ["44"]),
    ("Out of 96 patients given the vaccine, 17 relapsed.", SAMPLE_SIZE_ANY, ["96"], ["17"]),
    ("Enrolment totaled 330 patients, and 71 stopped the drug.", SAMPLE_SIZE_ANY, ["330"], ["71"]),
    # a group's size after a count or named with its n is a sample size
    ("There were 70 deaths among 1,050 patients given drug A.", DENOMINATOR_AMONG, ["1,050"], ["70"]),
    ("Relapse was seen in 31 women, and 12 among 140 assigned to placebo.", DENOMINATOR_AMONG, ["140"], ["12"]),
    ("The response rate among assessable patients (n = 27) was 41%.", DENOMINATOR_AMONG, ["27"], ["41"]),
    ("Progression among older adults (n = 88) came after 11.2 months.", DENOMINATOR_AMONG, ["88"], ["11.2"]),
    # a group that entered split by a label in brackets is a sample size
    ("We treated 112 consecutive patients (70 stage III, 42 stage IV) with the drug.", SPLIT_LABELS, ["70", "42"], []),
    ("Of the 96 eligible women assessed (50 from Norway and 46 from Spain), 30 relapsed.",
     SPLIT_LABELS, ["50", "46"], ["30"]),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


@pytest.mark.parametrize("text", [
    # a median time or a gain in time is no time point
    "Relapse came at a median of 14 months after the operation.",
    "Adding the antibody lengthened median survival by 4 months.",
    # the time an event happened at is no time point
    "Two women relapsed at 9 and 14 months after the operation.",
    "One patient died at 3 months of pneumonia.",
])
def test_a_time_that_is_no_time_point(text):
    assert "number.time_point.at_time" not in rules(text).values()


@pytest.mark.parametrize("text, interval, value", [
    ("Relapse was less likely with the drug (0.81, 0.70-0.93, p=0.004).", ["0.70", "0.93"], "0.81"),
    ("Among smokers the effect held [HR 0.66, 0.51-0.86] and among women it did too.", ["0.51", "0.86"], "0.66"),
    ("Deaths rose with the higher dose (rate ratio 1.9, 1.2 to 3.0; p = 0.01).", ["1.2", "3.0"], "1.9"),
])
def test_a_pair_after_a_value_and_a_comma_is_its_interval(text, interval, value):
    found = rules(text)
    assert all(found[x] == "number.interval.after_value_comma" for x in interval), found
    assert found[value] is None, found


def test_a_pair_that_does_not_hold_the_value_before_it_is_no_interval():
    found = rules("Survival was 40, 12-18; p = 0.2 in the small group.")
    assert found["12"] != "number.interval.after_value_comma" and found["40"] is None, found


@pytest.mark.parametrize("text, taken", [
    ("All women were followed for a minimum of 4 years after the last dose.", "4"),
    ("The survivors were observed for at least 2 years.", "2"),
    ("Nine patients had died after 3 years' minimum follow-up.", "3"),
])
def test_a_minimum_follow_up_is_follow_up(text, taken):
    assert rules(text)[taken] == "number.follow_up.minimum"


def test_a_time_lived_is_no_follow_up():
    found = rules("Twelve patients lived a minimum of 5 years after the operation.")
    assert found["5"] is None, found


def test_the_share_of_patients_above_a_cut_off_is_not_the_cut_off():
    text = "Tumours with expression above 50% made up 28% of the series."
    found = find_numbers(text)
    classify(text, found)
    assert [text[n.start:n.end] for n in found if n.rule == "number.category.expression_cutoff"] == ["50"]


@pytest.mark.parametrize("text, taken", [
    ("The mean tumour diameter was 3.1-cm in the first group.", "3.1"),
    ("Lesions measured 4+/-2 cm on the planning scan.", "4"),
])
def test_a_size_written_with_a_hyphen_or_its_spread_is_a_measurement(text, taken):
    assert rules(text)[taken] == "number.measurement.size"


@pytest.mark.parametrize("text, taken", [
    ("The gain held (hazard ratio 0.78; 95% CI0.64-0.95).", "95"),
    ("Response differed by arm (P2 = 0.006).", "0.006"),
])
def test_a_glued_interval_level_and_a_two_sided_p_are_statistics(text, taken):
    assert rules(text)[taken] in ("number.ci.level", "number.p_value")


@pytest.mark.parametrize("text, number", [
    ("Grade 3 rash (n = 2) was the commonest event.", "2"),
    ("Rash occurred among 12 patients (4%).", "12"),
])
def test_an_events_count_is_no_groups_size(text, number):
    assert rules(text)[number] is None


@pytest.mark.parametrize("text, counts", [
    ("Of 40 evaluable patients (8 CR, 4 PR and 28 SD), twelve responded.", ["8", "4", "28"]),
    ("Of 52 assessable men (5 grade 3, 2 grade 4), seven stopped.", ["5", "2"]),
])
def test_a_split_by_an_outcome_is_no_sample_size_nor_a_grade(text, counts):
    text_numbers = find_numbers(text)
    classify(text, text_numbers)
    taken = {text[n.start:n.end]: n.rule for n in text_numbers if text[n.start:n.end] in counts and n.rule is None}
    assert set(taken) == set(counts), [(text[n.start:n.end], n.rule) for n in text_numbers]
