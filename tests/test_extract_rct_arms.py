"""Randomised trials' per-arm event counts and rates, each on the arm it is about and that arm with its size:
the arms' sizes said the ways trial abstracts say them, and each arm's count of an outcome said the common ways.
Abstracts we wrote, two or more wordings of each construction."""

from __future__ import annotations

import pytest
from result_rows import arm_size_rows as arm_rows
from support import extract_text


def cohorts(text: str) -> dict:
    return {c["key"]: c.get("n") for c in extract_text(text, "trial.txt")["cohorts"]}


@pytest.mark.parametrize(("text", "want"), [
    # Two arms given one background drug each: "drug A plus X" and "placebo plus X" go by "drug A" and "placebo" once
    # the title's "X alone" is no arm of the trial
    ("Fosaprepitant plus ondansetron versus ondansetron alone for emesis: a randomised trial.\n\n"
     "Women were randomly assigned to fosaprepitant plus ondansetron (n = 72) or placebo plus ondansetron (n = 70). "
     "Emesis occurred in 11 (15.3%) of 72 patients receiving fosaprepitant and 25 (35.7%) of 70 receiving placebo.",
     {(72, "count", 11.0), (72, "rate", 15.3), (70, "count", 25.0), (70, "rate", 35.7)}),
    ("Olanzapine with dexamethasone compared with dexamethasone alone: a randomized controlled trial.\n\n"
     "Patients were randomised to olanzapine with dexamethasone (n = 88) or placebo with dexamethasone (n = 90). "
     "Anorexia developed in 14 patients in the olanzapine arm and 29 in the placebo arm.",
     {(88, "count", 14.0), (90, "count", 29.0)}),
    # Two sizes after two arms named in one sentence about allocation: the arms in the order named
    ("Robotic versus open cystectomy: a multicentre randomised trial.\n\nPatients were allocated 1:1 to robotic "
     "or open cystectomy; 60 and 58 patients were analysed. Wound infection was seen in 4 patients in the robotic "
     "group and 11 in the open group.", {(60, "count", 4.0), (58, "count", 11.0)}),
    ("Early versus delayed feeding after pancreatoduodenectomy: a randomized trial.\n\nWe randomly assigned patients "
     "to early or delayed feeding (73 and 75 patients, respectively). Pancreatic fistula occurred in 14 "
     "(19.2%) patients in the early group and 25 (33.3%) in the delayed group.",
     {(73, "count", 14.0), (73, "rate", 19.2), (75, "count", 25.0), (75, "rate", 33.3)}),
    # The control arm's people called "controls": a count of them is that arm's
    ("A randomised trial of benzydamine rinse in head and neck cancer.\n\nOf the 160 randomized patients, 81 were "
     "assigned to the benzydamine group and 79 to the control group. Oral candidiasis was reported by 12 of 81 "
     "patients given benzydamine versus 25 of 79 controls.", {(81, "count", 12.0), (79, "count", 25.0)}),
    ("Ginger for chemotherapy-induced nausea: a randomised trial.\n\nWe randomly allocated 150 patients to ginger "
     "(76 patients) or placebo (74 patients). Grade 2 nausea was seen in 14 (18%) ginger-treated patients and 27 "
     "(36%) controls.", {(76, "count", 14.0), (76, "rate", 18.0), (74, "count", 27.0), (74, "rate", 36.0)}),
])
def test_the_arms_rows_by_their_sizes(text, want):
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}


def test_the_shared_background_drug_names_no_arm():
    text = ("Fosaprepitant plus ondansetron versus ondansetron alone for emesis: a randomised trial.\n\n"
            "Women were randomly assigned to fosaprepitant plus ondansetron (n = 72) or placebo plus ondansetron "
            "(n = 70). Headache occurred in 12 patients receiving ondansetron.")
    assert not {r for r in arm_rows(text) if r[3] == 12.0 and r[0] in (70, 72)}


SIZED_ARMS = ("Prophylactic levofloxacin in myeloma: a randomized trial.\n\n"
              "Patients were enrolled to a levofloxacin group (n = 104) and a control group (n = 99).\nRESULTS: ")


# The arms listed before their values: each value is the arm in the same place of the list (never the first arm's
# for all, nor a nameless "A and B group")
@pytest.mark.parametrize(("sentence", "want"), [
    ("In the levofloxacin and control groups, febrile neutropenia occurred in 21 (20.2%) and 35 (35.4%) patients, "
     "respectively.", {(104, "count", 21.0), (104, "rate", 20.2), (99, "count", 35.0), (99, "rate", 35.4)}),
    ("In the control and levofloxacin arms, respectively, 40 and 17 patients had a documented infection.",
     {(99, "count", 40.0), (104, "count", 17.0)}),
    ("For the levofloxacin and control groups, respectively, pneumonia developed in 6 (5.8%) and 13 (13.1%) "
     "patients.", {(104, "count", 6.0), (104, "rate", 5.8), (99, "count", 13.0), (99, "rate", 13.1)}),
])
def test_values_of_the_arms_listed_before_them(sentence, want):
    got = {(r[0], r[2], r[3]) for r in arm_rows(SIZED_ARMS + sentence)}
    assert want <= got
    assert {r for r in got if r[0] not in (99, 104)} == set()


def test_a_subgroup_of_the_listed_arms_gives_them_no_value():
    text = SIZED_ARMS + ("Among patients with a catheter in the levofloxacin and control groups, sepsis occurred "
                         "in 3 and 8 patients, respectively.")
    assert {r for r in arm_rows(text) if r[0] in (99, 104)} == set()


# "Of 312 patients, 156 received A and 156 B": the second arm's verb left out; the sizes add up to the whole
@pytest.mark.parametrize(("sentence", "want"), [
    ("Of 240 women randomised, 121 received supervised exercise and 119 usual care. Lymphoedema occurred in 9 "
     "patients in the supervised exercise group and 20 in the usual care group.",
     {(121, "count", 9.0), (119, "count", 20.0)}),
    ("Of the 188 patients, 95 were given megestrol and 93 placebo. In the megestrol and placebo groups, "
     "respectively, 14 and 6 patients developed deep vein thrombosis.", {(95, "count", 14.0), (93, "count", 6.0)}),
])
def test_arm_sizes_with_the_second_verb_left_out(sentence, want):
    text = "A randomised trial of supportive care in cancer.\n\n" + sentence
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}


@pytest.mark.parametrize("sentence", [
    # (the numbers do not add up to the whole: no arms)
    "Of 240 women, 121 received supervised exercise and 100 usual care.",
    # (a dose, not a part: "50 mg")
    "Of the 150 patients, 100 received cisplatin and 50 mg of drug K was given weekly.",
])
def test_no_arm_sizes_from_parts_that_are_not_the_whole(sentence):
    sizes = cohorts("A randomised trial of supportive care in cancer.\n\n" + sentence)
    assert not {k: n for k, n in sizes.items() if k != "all" and n is not None}


@pytest.mark.parametrize("text", [
    # (a count of an event, not the arms' sizes)
    "Robotic versus open cystectomy: a randomised trial.\n\nPatients were allocated 1:1 to robotic or open "
    "cystectomy; 6 and 9 patients had a wound infection.",
    # (the arms not named in that sentence)
    "Robotic versus open cystectomy: a randomised trial.\n\nOf the patients randomised, 60 and 58 patients were "
    "analysed.",
])
def test_two_sizes_without_the_arms_named_before_them_size_nothing(text):
    assert not {k: n for k, n in cohorts(text).items() if k != "all" and n is not None}


def test_controls_with_no_count_of_an_outcome_give_no_row():
    text = ("Ginger for chemotherapy-induced nausea: a randomised trial.\n\nWe randomly allocated 150 patients to "
            "ginger (76 patients) or placebo (74 patients). Compared with 12 controls, 20 patients given ginger had "
            "a lower weight.")
    assert not {r for r in arm_rows(text) if r[3] == 12.0}


# "Event: A n/N (x%); B n/N (y%)": the event's name, then each arm's name with its count
@pytest.mark.parametrize(("sentence", "want"), [
    ("Hyperglycaemia: prednisolone 18/101 (17.8%); placebo 4/99 (4.0%).",
     {(101, "count", 18.0), (101, "rate", 17.8), (99, "count", 4.0), (99, "rate", 4.0)}),
    ("Insomnia: prednisolone group 23 (22.8%), placebo group 10 (10.1%).",
     {(101, "count", 23.0), (101, "rate", 22.8), (99, "count", 10.0), (99, "rate", 10.1)}),
])
def test_an_event_then_each_arm_with_its_count(sentence, want):
    text = ("Prednisolone for cancer-related fatigue: a randomised trial.\n\nA total of 200 patients were randomized: "
            "101 to the prednisolone arm and 99 to the placebo arm.\n" + sentence)
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}


def test_an_event_then_a_cycle_number_names_no_arm():
    text = ("Prednisolone for cancer-related fatigue: a randomised trial.\n\nA total of 200 patients were randomized: "
            "101 to the prednisolone arm and 99 to the placebo arm.\nNeutropenia: cycle 2 14 (12%).")
    assert not {r for r in arm_rows(text) if r[0] in (99, 101)}
