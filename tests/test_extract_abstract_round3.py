"""Result constructions of abstracts, third round: the events of a breakdown written count first, "(four [10%]
fatigue, three [8%] nausea)". Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows


def _tox(rows: list[dict]) -> set[tuple]:
    return {(r["cohort"], r["category"], r["grade"], r["measure"], r["value"]) for r in rows
            if r["endpoint"] == "TOX" and r["category"]}


_SINGLE = "Methods: We treated 48 patients with drug Q and radiotherapy.\nResults: "
_TWO_ARMS = "Methods: Patients were randomly assigned to drug Q (n = 44) or placebo (n = 46).\nResults: "


@pytest.mark.parametrize("sentence, expected", [
    ("Of the 48 patients, 11 (23%) had grade 3 treatment-related adverse events (five [10%] fatigue, four [8%] "
     "anorexia, and two [4%] rash).",
     {("all", "fatigue", "3", "count", 5.0), ("all", "fatigue", "3", "rate", 10.0),
      ("all", "anorexia", "3", "count", 4.0), ("all", "anorexia", "3", "rate", 8.0),
      ("all", "rash", "3", "count", 2.0), ("all", "rash", "3", "rate", 4.0)}),
    ("Grade 2 toxic effects were 7 (15%) dermatitis and 3 (6%) oesophagitis.",
     {("all", "dermatitis", "2", "count", 7.0), ("all", "dermatitis", "2", "rate", 15.0),
      ("all", "oesophagitis", "2", "count", 3.0), ("all", "oesophagitis", "2", "rate", 6.0)}),
])
def test_a_breakdown_written_count_first_gives_each_event_its_count_and_share(sentence, expected):
    assert expected <= _tox(_rows(_SINGLE + sentence))


def test_a_breakdown_in_an_arm_is_that_arms():
    rows = _rows(_TWO_ARMS + "In the drug Q group, eight (18%) had grade 3 adverse events (five [11%] diarrhoea and "
                             "three [7%] neutropenia).")
    assert {("drug_q", "diarrhoea", "3", "count", 5.0), ("drug_q", "neutropenia", "3", "rate", 7.0)} <= _tox(rows)


@pytest.mark.parametrize("sentence", [
    # who the patients were, not what happened to them
    "At baseline, 30 patients had symptoms (12 [25%] fatigue, 8 [17%] anorexia).",
    # each arm's breakdown in its own bracket, the arm named after it: left unread rather than guessed
    "Grade 3 events occurred in 9 patients (4 [9%] fatigue, 3 [7%] nausea) in the drug Q group and 3 patients "
    "(2 [4%] fatigue, 1 [2%] nausea) in the placebo group.",
])
def test_a_breakdown_of_baseline_symptoms_or_of_two_arms_in_one_sentence_gives_no_event_rows(sentence):
    methods = _SINGLE if sentence.startswith("At") else _TWO_ARMS
    assert _tox(_rows(methods + sentence)) == set()


@pytest.mark.parametrize("sentence, category", [
    ("Grade 3 events were seen in 6 patients (four [8%] nausea or vomiting, and two [4%] fatigue).", "nausea/vomiting"),
    ("Two patients had grade 3 events (two [4%] dyspnoea or cough).", "dyspnoea/cough"),
])
def test_a_count_first_of_one_event_or_another_is_of_both_names(sentence, category):
    rows = [r for r in _rows(_SINGLE + sentence) if r["endpoint"] == "TOX" and r["category"]]
    assert category in {r["category"] for r in rows}
    assert not {"nausea", "dyspnoea"} & {r["category"] for r in rows}


# -- the deaths of two arms as a pair: "170 vs 201 deaths", "[170 deaths vs. 201]" ------------------------------------


def _deaths(rows: list[dict]) -> set[tuple]:
    return {(r["cohort"], r["value"]) for r in rows if r["endpoint"] == "DEATH" and r["measure"] == "count"}


@pytest.mark.parametrize("sentence, expected", [
    ("Overall survival did not differ (18 vs 31 deaths; hazard ratio 0.91).", {("drug_q", 18.0), ("placebo", 31.0)}),
    ("Three-year survival was 52% vs. 47% [27 deaths vs. 32]; hazard ratio for death, 0.86.",
     {("drug_q", 27.0), ("placebo", 32.0)}),
    ("There were 14 versus 20 deaths at the time of the analysis.", {("drug_q", 14.0), ("placebo", 20.0)}),
])
def test_a_pair_of_death_counts_is_the_two_arms_in_the_papers_order(sentence, expected):
    assert _deaths(_rows(_TWO_ARMS + sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # one arm named in the clause: whose count is first is not said, and the second is never everybody's
    "Survival was longer with drug Q (18 vs 31 deaths; hazard ratio 0.91).",
    # deaths of a kind: not the count of all deaths
    "There were 3 vs 1 treatment-related deaths.",
])
def test_a_pair_of_death_counts_the_clause_does_not_place_gives_no_death_row_for_all(sentence):
    rows = _rows(_TWO_ARMS + sentence)
    assert not {v for c, v in _deaths(rows)} & {31.0, 1.0}
