"""Precision fixes from reading random rows of the unlabeled corpus (stop 60). Every sentence here is written for the
test; each case gives the rows a sentence must (or must not) make."""

from __future__ import annotations

import pytest
from result_rows import rows_after
from support import extract_text

_GROUPS = "Patients were treated in two groups. Group 1 had 80 patients and group 2 had 60 patients. "


_rows = rows_after(_GROUPS, "cohort endpoint measure value timepoint_months")


@pytest.mark.parametrize("sentence, expected", [
    # a list of values before one group, the list then spread over something else ("respectively" over doses, or
    # nothing): the group is not the last value's alone, so no row
    ("Grade 3 or worse pneumonitis at 12 months was 5%, 3%, 9%, and 7%, for group 1 patients receiving 60, 66, 72 and "
     "78 Gy, respectively.", set()),
    ("Acute grade 2 or higher dermatitis was 12%, 8% and 15%, in group 2 patients given 40, 45 and 50 Gy, "
     "respectively.", set()),
    ("Late grade 2 or higher fibrosis was 11% and 4% in group 2.", set()),
    # near misses that stay read: one value per group, and a time-point list of one group
    ("Grade 3 pneumonitis occurred in 5% in group 1 and 7% in group 2.",
     {("group_1", "TOX", "rate", 5.0, None), ("group_2", "TOX", "rate", 7.0, None)}),
    ("The 1- and 2-year overall survival rates were 80% and 70% for group 1.",
     {("group_1", "OS", "rate", 80.0, 12.0), ("group_1", "OS", "rate", 70.0, 24.0)}),
], ids=["list-then-doses", "list-then-doses-2", "two-values-one-group", "one-value-per-group", "time-point-list"])
def test_a_group_after_a_list_of_values(sentence: str, expected: set) -> None:
    assert _rows(sentence) == expected


_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or placebo (n = 119). "


_arm_rows = rows_after(_TRIAL, "cohort endpoint measure value grade category")


@pytest.mark.parametrize("sentence, expected", [
    # a clause joined on by ", and" that names its own outcome after its values: they are not the outcome before it
    ("12 (10%) patients in the drug K group versus 40 (33%) patients in the placebo group had grade 3-4 adverse "
     "events, and two (2%) patients in the drug K group versus four (3%) patients in the placebo group died of "
     "disease progression.",
     {("drug_k", "TOX", "count", 12.0, "3-4", None), ("drug_k", "TOX", "rate", 10.0, "3-4", None),
      ("placebo", "TOX", "count", 40.0, "3-4", None), ("placebo", "TOX", "rate", 33.0, "3-4", None)}),
    ("The objective response rate was higher in the drug K arm (38.0% versus 7.5%), and 19 patients in the drug K arm "
     "had a complete response.", {("drug_k", "ORR", "rate", 38.0, None, None),
                                  ("placebo", "ORR", "rate", 7.5, None, None)}),
    # near misses: the second clause only names the next group ("and in 22 given placebo"), or its outcome is inside
    # an aside ("four in the placebo arm (sepsis, grade 4 neutropenia)")
    ("Grade 3 neutropenia occurred in 30 (25%) patients given drug K, and in 22 (18%) given placebo.",
     {("drug_k", "TOX", "count", 30.0, "3", "neutropenia"), ("drug_k", "TOX", "rate", 25.0, "3", "neutropenia"),
      ("placebo", "TOX", "count", 22.0, "3", "neutropenia"), ("placebo", "TOX", "rate", 18.0, "3", "neutropenia")}),
    ("Five deaths were considered related to treatment: one in the drug K arm (sepsis), and four in the placebo arm "
     "(pneumonia, grade 4 neutropenia, stroke).",
     {("drug_k", "TOX", "count", 1.0, "5", None), ("placebo", "TOX", "count", 4.0, "5", None)}),
], ids=["deaths-after-events", "complete-responses-after-orr", "next-group-only", "outcomes-in-an-aside"])
def test_a_clause_joined_by_and_with_its_own_outcome(sentence: str, expected: set) -> None:
    assert _arm_rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the people named by the arm they were put in, after the value: "7.9 months in patients allocated B"
    ("Median overall survival in patients allocated drug K was 10.4 months compared with 7.9 months in patients "
     "allocated placebo.", {("drug_k", "OS", "median", 10.4, None, None),
                            ("placebo", "OS", "median", 7.9, None, None)}),
    ("The median time to progression in patients assigned drug K was 6.2 months against 4.0 months in patients "
     "assigned to placebo.", {("drug_k", "TTP", "median", 6.2, None, None),
                              ("placebo", "TTP", "median", 4.0, None, None)}),
    # a state word before the people names whom a share is of, no survival: "74% of living patients"
    ("At 12 months, 85% of living patients in the drug K arm and 74% of living patients in the placebo arm completed "
     "the questionnaire.", set()),
    ("At two years, 40% of surviving patients in the drug K arm returned to work.", set()),
], ids=["allocated-arm", "assigned-arm", "living-patients", "surviving-patients"])
def test_people_named_by_their_arm_or_state(sentence: str, expected: set) -> None:
    assert _arm_rows(sentence) == expected


_SINGLE = "We treated 82 patients with drug K. "


@pytest.mark.parametrize("sentence, expected", [
    # a list after a colon whose items are parted by semicolons keeps the grade its head said
    ("The main grade 3 to 4 adverse reaction was haematological toxicity: neutropenia (12.2%); leucopenia (6.1%); "
     "and anaemia (2.4%).", {("TOX", "neutropenia", "3-4"), ("TOX", "leucopenia", "3-4"), ("TOX", "anaemia", "3-4")}),
    ("Grade 3 or higher events were: fatigue (9%); nausea (5%); rash (2%).",
     {("TOX", "fatigue", ">=3"), ("TOX", "nausea", ">=3"), ("TOX", "rash", ">=3")}),
    # near misses: an item that is a clause of its own, and a semicolon with no colon before it
    ("Grade 3 events were: fatigue (9%); 12 patients had grade 1 rash (10%).",
     {("TOX", "fatigue", "3"), ("TOX", "rash", "1")}),
    ("Grade 3 events were few; nausea (5%) and rash (2%) were common.",
     {("TOX", "nausea", None), ("TOX", "rash", None)}),
], ids=["semicolon-items", "semicolon-items-2", "item-with-a-verb", "no-colon"])
def test_the_grade_of_a_colon_list(sentence: str, expected: set) -> None:
    assert {(r["endpoint"], r.get("category"), r.get("grade"))
            for r in extract_text(_SINGLE + sentence)["results"]} == expected


@pytest.mark.parametrize("sentence, share", [
    # a listed value followed by the people's verb and an outcome no name reads is that outcome's, not the one before
    ("Patients were given drug F (n = 24) or drug T (n = 24). For drug T, three patients (13%) achieved partial "
     "response, six patients (25%) had stable disease, and four of 9 patients with pain at presentation (44%) had "
     "clinical benefit.", 44.0),
    ("Patients were given drug F (n = 30) or drug T (n = 30). For drug F, six patients (20%) had a partial response, "
     "three patients (10%) had stable disease, and three of 7 patients with weight loss (43%) achieved a gain in "
     "appetite.", 43.0),
], ids=["clinical-benefit", "appetite"])
def test_a_listed_value_with_its_own_unread_outcome(sentence: str, share: float) -> None:
    rows = extract_text(sentence)["results"]
    assert share not in {r["value"] for r in rows}
    # (the values before it keep their outcomes)
    assert {("PR", "count"), ("PR", "rate"), ("SD", "count"), ("SD", "rate")} <= {
        (r["endpoint"], r["measure"]) for r in rows}


def test_a_listed_value_followed_by_a_named_outcome_keeps_it() -> None:
    rows = extract_text(_SINGLE + "The response rate was 30%, and 12% had stable disease.")["results"]
    assert {(r["endpoint"], r["value"]) for r in rows} == {("ORR", 30.0), ("SD", 12.0)}
