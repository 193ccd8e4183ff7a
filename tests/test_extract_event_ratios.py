"""Ratios of named adverse events: "more anaemia (RR 1.20, ...), neutropenia (RR 1.80, ...) and fatigue (RR 1.10,
...)" gives each event its own ratio with its own name as the category, and "grade 3 or 4 rash, diarrhoea and
mucositis (OR a; OR b and OR c, respectively)" the listed events their ratios in order, with the grade said before the
list. A ratio whose event cannot be told keeps no category it may not have. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

ARMS = "We randomly assigned 300 patients to drug K (n = 150) or drug L (n = 150). "


def _ratios(sentence: str) -> set[tuple]:
    return row_tuples(ARMS + sentence, "endpoint category grade measure value", measure=("hr", "or", "rr"))


def test_each_event_takes_the_ratio_in_its_own_bracket():
    found = _ratios("Drug K raised the risk of anaemia (RR 1.25, 95% CI 1.04 to 1.51), neutropenia (RR 1.72, "
                    "95% CI 1.31 to 2.26) and fatigue (RR 1.08, 95% CI 0.91 to 1.29).")
    assert found == {("TOX", "anaemia", None, "rr", 1.25), ("TOX", "neutropenia", None, "rr", 1.72),
                     ("TOX", "fatigue", None, "rr", 1.08)}


def test_each_event_takes_its_odds_ratio_with_the_grade_said_before_it():
    found = _ratios("Grade 3 diarrhoea (OR 2.40; 95% CI 1.30-4.43) and rash (OR 3.10; 95% CI 1.62-5.93) were more "
                    "frequent with drug K.")
    assert found == {("TOX", "diarrhoea", "3", "or", 2.4), ("TOX", "rash", "3", "or", 3.1)}


def test_listed_events_take_the_ratios_of_one_bracket_in_order():
    found = _ratios("The risks of grade 3 or 4 rash, diarrhoea and mucositis were similar between the two arms "
                    "(OR, 0.91; 95% CI, 0.62-1.34; P=0.63; OR, 1.14; 95% CI, 0.86-1.51; P=0.37 and OR, 1.43; 95% CI, "
                    "0.72-2.84; P=0.31, respectively).")
    assert found == {("TOX", "rash", "3-4", "or", 0.91), ("TOX", "diarrhoea", "3-4", "or", 1.14),
                     ("TOX", "mucositis", "3-4", "or", 1.43)}


def test_two_listed_events_take_two_relative_risks_in_order():
    found = _ratios("Drug K caused more nausea and alopecia (RR 1.62, 95% CI 1.20-2.19 and RR 4.05, 95% CI "
                    "2.10-7.81, respectively).")
    assert found == {("TOX", "nausea", None, "rr", 1.62), ("TOX", "alopecia", None, "rr", 4.05)}


def test_more_ratios_than_listed_events_name_no_event():
    # three ratios for two events: whose is whose is not said, so no ratio is given an event's name
    found = _ratios("Drug K caused more nausea and alopecia (RR 1.62, 95% CI 1.20-2.19; RR 4.05, 95% CI 2.10-7.81; "
                    "RR 1.11, 95% CI 0.80-1.54).")
    assert not any(category in ("nausea", "alopecia") for _, category, _, _, _ in found)


def test_an_event_of_the_people_compared_is_no_outcome_of_the_ratio():
    found = _ratios("Overall survival was longer in patients who developed rash (HR 0.61, 95% CI 0.45-0.83).")
    assert not any(category == "rash" for _, category, _, _, _ in found)


def test_an_event_of_a_severity_no_grade_says_takes_no_ratio_of_its_own():
    found = _ratios("Drug K caused more severe mucositis (RR 2.90, 95% CI 1.40 to 6.01).")
    assert not any(category == "mucositis" for _, category, _, _, _ in found)


def test_an_event_named_as_a_factor_takes_no_ratio_of_its_own():
    found = _ratios("On logistic regression, mucositis (OR 1.9, 95% CI 1.2-3.0) was a risk factor for weight loss.")
    assert not any(category == "mucositis" for _, category, _, _, _ in found)


# "Fatigue (OR a) was linked to X", "neutropenia (OR a) raised the odds of X": the event before the bracket is a
# factor of another outcome, and its ratio no odds of the event; an event's own ratio keeps its row.
@pytest.mark.parametrize("sentence", [
    "On logistic regression, fatigue (OR 1.9; 95% CI 1.1-3.3) was linked to early treatment discontinuation.",
    "Grade 3 neutropenia (OR 2.6, 95% CI 1.4-4.8) and anaemia (OR 1.4, 95% CI 1.0-2.0) increased the odds of "
    "hospital admission.",
])
def test_an_event_linked_to_another_outcome_takes_no_ratio_of_its_own(sentence):
    assert _ratios(sentence) == set()


def test_an_events_own_ratio_before_a_comparison_keeps_its_row():
    found = _ratios("Anaemia (OR 1.6, 95% CI 1.1-2.3) was more common with drug K than with drug L.")
    assert ("TOX", "anaemia", None, "or", 1.6) in found
