"""Per-arm counts of randomised-trial abstracts in wordings the arms' rows were missed in: an event "of any grade",
the count before the arm with its share after the arm, an improvement per arm, "n=" before an arm's count, a pair
whose values go against the direction word, and "at k (x%) of N". Abstracts we wrote, two wordings of each and a
near-miss that must give no row (or no other row)."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def arm_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, category, grade, measure, value, comparator's size) of the text's rows."""
    return row_tuples(text, "cohort_n endpoint category grade measure value comparator_n", "trial.txt")


TWO_ARMS = "Adults with myeloma were randomly assigned to velmarin (n = 84) or observation (n = 80). "


# Each arm's values said in one of the ways papers write them: the rows (arm's size, endpoint, category, grade, measure,
# value, comparator's size) they give
@pytest.mark.parametrize(("sentence", "want"), [
    # "Rash of any grade occurred in ...": the every-grade qualifier after the event's name leaves its grade unsaid (any
    # grade) and what is said of the event comes after it
    ("Rash of any grade occurred in 52 (62%) patients in the velmarin group and 11 (14%) in the observation group.",
     {(84, "TOX", "rash", None, "count", 52.0, 80), (84, "TOX", "rash", None, "rate", 62.0, 80),
      (80, "TOX", "rash", None, "count", 11.0, 84), (80, "TOX", "rash", None, "rate", 14.0, 84)}),
    ("Nausea of all grades was reported in 37 (44%) patients with velmarin and 9 (11%) with observation.",
     {(84, "TOX", "nausea", None, "count", 37.0, 80), (80, "TOX", "nausea", None, "rate", 11.0, 84)}),
    # "Nine patients in the A group (11%) and 21 in the B group (26%) had ...": each arm's count before its name, its
    # share in the bracket after the name; the share is the same arm's, in the comparison with the other arm
    ("Nine patients in the velmarin group (11%) and 21 in the observation group (26%) had grade 3 anaemia.",
     {(84, "TOX", "anaemia", "3", "count", 9.0, 80), (84, "TOX", "anaemia", "3", "rate", 11.0, 80),
      (80, "TOX", "anaemia", "3", "count", 21.0, 84), (80, "TOX", "anaemia", "3", "rate", 26.0, 84)}),
    ("Grade 2 fatigue occurred in 14 patients in the velmarin group (17%) and 25 in the observation group (31%).",
     {(84, "TOX", "fatigue", "2", "count", 14.0, 80), (84, "TOX", "fatigue", "2", "rate", 17.0, 80),
      (80, "TOX", "fatigue", "2", "count", 25.0, 84), (80, "TOX", "fatigue", "2", "rate", 31.0, 84)}),
    # "Pain improved in 40 patients (49%) given A and in 21 (26%) given B": the patients whose symptom improved, per
    # arm, are its responders (pain's: the pain response; another symptom's: the symptom response of that symptom)
    ("Pain improved in 41 patients (49%) on velmarin and in 21 (26%) on observation.",
     {(84, "PAIN_RESPONSE", None, None, "count", 41.0, 80), (84, "PAIN_RESPONSE", None, None, "rate", 49.0, 80),
      (80, "PAIN_RESPONSE", None, None, "count", 21.0, 84), (80, "PAIN_RESPONSE", None, None, "rate", 26.0, 84)}),
    ("Dyspnoea was relieved in 33 (39%) patients given velmarin and 17 (21%) given observation.",
     {(84, "SYMPTOM_RESPONSE", "dyspnoea", None, "count", 33.0, 80),
      (80, "SYMPTOM_RESPONSE", "dyspnoea", None, "rate", 21.0, 84)}),
    # "(A n=19, 23%; B n=6, 8%)": in a bracket of the two arms' items after the only outcome named, each arm's count
    # said "n =" with its share
    ("Grade 2 rash was more frequent (velmarin n=19, 23%; observation n=6, 8%).",
     {(84, "TOX", "rash", "2", "count", 19.0, 80), (84, "TOX", "rash", "2", "rate", 23.0, 80),
      (80, "TOX", "rash", "2", "count", 6.0, 84), (80, "TOX", "rash", "2", "rate", 8.0, 84)}),
    ("Febrile neutropenia was reported (velmarin: n = 7 [8%]; observation: n = 2 [3%]).",
     {(84, "TOX", "febrile neutropenia", None, "count", 7.0, 80), (80, "TOX", "febrile neutropenia", None, "count",
                                                                    2.0, 84)}),
])
def test_each_arms_value_said_its_way(sentence, want):
    assert want <= arm_rows(TWO_ARMS + sentence)


def test_an_event_of_any_severity_is_the_event_at_any_grade():
    # "of any severity" is every grade as "of any grade" is (one severity, "of mild severity", stays unread)
    text = TWO_ARMS + "Rash of any severity occurred in 52 (62%) patients in the velmarin group."
    assert {(84, "TOX", "rash", None, "count", 52.0, None), (84, "TOX", "rash", None, "rate", 62.0, None)} <= \
        arm_rows(text)
    assert not {r for r in arm_rows(text.replace("any", "mild")) if r[5] in (52.0, 62.0)}


def test_count_and_share_of_a_trait_give_no_row():
    text = TWO_ARMS + "Nine patients in the velmarin group (11%) and 21 in the observation group (26%) were older."
    assert not {r for r in arm_rows(text) if r[5] in (9.0, 11.0, 21.0, 26.0)}


def test_a_groups_size_before_a_count_of_its_own_is_no_count():
    # "Of the 84 patients in the A group, 9 (11%) had ...": 84 is the group's size, the count and share are 9 (11%)
    text = TWO_ARMS + "Among 84 patients in the velmarin group, 9 (11%) achieved a complete response."
    assert not {r for r in arm_rows(text) if r[5] == 84.0 and r[4] == "count"}


def test_an_event_resolved_or_a_score_improved_is_no_symptom_response():
    # an adverse event's going away, and a score's change, are no patients' symptom response
    for sentence in ("Rash resolved in 33 (39%) patients given velmarin and 17 (21%) given observation.",
                     "Pain improved by 2.3 points with velmarin and by 0.7 points with observation."):
        assert not {r for r in arm_rows(TWO_ARMS + sentence) if r[1] in ("PAIN_RESPONSE", "SYMPTOM_RESPONSE")}


def test_n_equals_items_after_two_outcomes_give_no_count():
    # two outcomes named: whose items the bracket holds is not said by its place alone
    text = TWO_ARMS + "Grade 2 rash (velmarin n=19, 23%; observation n=6, 8%) and fatigue were more frequent."
    assert not {r for r in arm_rows(text) if r[4] == "count" and r[5] in (19.0, 6.0)}


def test_n_equals_items_after_an_unknown_event_give_no_row_of_the_outcome_before():
    text = TWO_ARMS + "The only serious adverse event was lymphangitis (velmarin, n=5 [6%]; observation, n=1 [1%])."
    assert not {r for r in arm_rows(text) if r[5] in (5.0, 6.0, 1.0)}


# A pair of values, or of counts with shares, after an arm's name: (arm's size, measure, value) of each arm's
@pytest.mark.parametrize(("sentence", "want"), [
    # "more frequent in the A group (14% vs 27%)" with A the first arm: both ways papers write the pair (the arms'
    # order, the named arm's first) put A's value first; the direction word that says otherwise does not swap the arms
    ("Grade 3 anaemia was more frequent in the velmarin group (12% vs 23%).",
     {(84, "rate", 12.0), (80, "rate", 23.0)}),
    ("Grade 2 nausea was less common in the velmarin group (31% vs 18%).",
     {(84, "rate", 31.0), (80, "rate", 18.0)}),
    # named arm second: the pair in the arms' order agrees with "more", the named arm's larger value
    ("Grade 3 anaemia was more frequent in the observation group (12% vs 23%).",
     {(80, "rate", 23.0), (84, "rate", 12.0)}),
    # "for A at 20 (24%) of 84 patients": an arm's count and share after its name and "at"
    ("Grade 3 anaemia occurred for velmarin at 20 (24%) of 84 patients and for observation at 9 (11%) of 80 patients.",
     {(84, "count", 20.0), (84, "rate", 24.0), (80, "count", 9.0), (80, "rate", 11.0)}),
    ("Rash was seen with velmarin at 15 (18%) and with observation at 4 (5%).",
     {(84, "count", 15.0), (84, "rate", 18.0), (80, "count", 4.0), (80, "rate", 5.0)}),
    # "occurred in more patients (A n=12, 14%; B ...)": the people of the comparison are no part of the patients whose
    # arms' values the bracket would hold
    ("Grade 3 neutropenia occurred in more patients (velmarin n=12, 14%; observation n=20, 25%).",
     {(84, "count", 12.0), (84, "rate", 14.0), (80, "count", 20.0), (80, "rate", 25.0)}),
    ("Grade 2 mucositis occurred in fewer patients (velmarin n=3, 4%; observation n=9, 11%).",
     {(84, "count", 3.0), (84, "rate", 4.0), (80, "count", 9.0), (80, "rate", 11.0)}),
])
def test_each_arms_pair_read_in_the_arms_order(sentence, want):
    assert want <= {(r[0], r[4], r[5]) for r in arm_rows(TWO_ARMS + sentence)}


def test_a_time_after_at_is_no_arms_count():
    text = TWO_ARMS + "Grade 3 anaemia was assessed for velmarin at 12 months (24%)."
    assert not {r for r in arm_rows(text) if r[5] in (12.0, 24.0) and r[0] == 84}


def test_arm_items_after_a_part_of_the_patients_give_no_arm_row():
    text = TWO_ARMS + "Grade 3 neutropenia occurred in more patients with bulky disease (velmarin n=12, 14%; " \
        "observation n=20, 25%)."
    assert not {r for r in arm_rows(text) if r[5] in (12.0, 14.0, 20.0, 25.0) and r[0] in (84, 80)}



# "Rash was reported for A at 33% and for B at 17%": each arm's share after its name and "at"; not a dose, a time or
# a share of something else than the arm's people after "at" (the arms' rows of each sentence, all of them)
@pytest.mark.parametrize(("sentence", "want"), [
    ("Rash was reported for velmarin at 33% and for observation at 17%.",
     {(84, "TOX", "rash", None, "rate", 33.0, 80), (80, "TOX", "rash", None, "rate", 17.0, 84)}),
    ("Grade 3 diarrhoea was seen with velmarin at 9.5% and with observation at 1.2%.",
     {(84, "TOX", "diarrhoea", "3", "rate", 9.5, 80), (80, "TOX", "diarrhoea", "3", "rate", 1.2, 84)}),
    ("Rash was reported for velmarin at 75 mg and for observation at 12 months.", set()),
    ("Rash was assessed for velmarin at 12 months.", set()),
    ("Rash was reported for velmarin at 75% of the planned dose and for observation at 12% of it.", set()),
])
def test_an_arms_share_after_at(sentence, want):
    assert {r for r in arm_rows(TWO_ARMS + sentence) if r[0] in (84, 80)} == want


# An organ's "toxic effects" (its toxicity) and laboratory events CTCAE names ("increased lipase", "increased
# γ-glutamyltransferase") are toxicity terms; a measurement of the same substance is no event (no TOX row at all)
@pytest.mark.parametrize(("sentence", "want"), [
    ("Skin toxic effects occurred in 15 (18%) patients given velmarin and 2 (3%) given observation.",
     {(84, "TOX", "skin toxic effect", None, "count", 15.0, 80),
      (80, "TOX", "skin toxic effect", None, "count", 2.0, 84)}),
    ("Grade 3 or 4 increased lipase was reported in 9 (11%) patients in the velmarin group and one (1%) in the "
     "observation group.", {(84, "TOX", "increased lipase", "3-4", "rate", 11.0, 80),
                            (80, "TOX", "increased lipase", "3-4", "count", 1.0, 84)}),
    ("Increased γ-glutamyltransferase was more frequent with velmarin (12 [14%]) than with observation (2 [3%]).",
     {(84, "TOX", "increased γ-glutamyltransferase", None, "count", 12.0, 80),
      (80, "TOX", "increased γ-glutamyltransferase", None, "rate", 3.0, 84)}),
    ("Increased alanine transaminase occurred in 20 (24%) patients given velmarin and 4 (5%) given observation.",
     {(84, "TOX", "increased alanine transaminase", None, "count", 20.0, 80),
      (80, "TOX", "increased alanine transaminase", None, "count", 4.0, 84)}),
    ("Serum lipase was measured in 60 patients (71%) given velmarin.", set()),
])
def test_toxic_effects_and_laboratory_events_per_arm(sentence, want):
    got = {r for r in arm_rows(TWO_ARMS + sentence) if r[1] == "TOX"}
    assert want <= got and (want or not got)
