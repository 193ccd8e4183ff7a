"""Counts, responses and toxicity in an abstract's words, all patients' or each arm's, that the rules missed or read
wrong. Sentences we wrote, two or more wordings of each construction, and a near miss that must give no row."""

from __future__ import annotations

import pytest
from result_rows import sentence_rows as rows


@pytest.mark.parametrize("sentence", [
    # two outcomes said as one count patients with either: no row of the last one named
    "Complete and partial remissions were noted in 31 patients (22%).",
    "Stable disease or a partial response was seen in 31 patients.",
    "Local relapse or death occurred in 31 patients.",
    "Grade 3 leukopenia and thrombocytopenia occurred in 31 patients (22%).",
    "Thirty-one patients (22%) had a partial response or stable disease.",
])
def test_a_count_of_two_outcomes_said_as_one_is_no_row_of_either(sentence):
    assert not any(r[4] in (31.0, 22.0) and r[0] in ("PR", "CR", "SD", "FAIL_REGIONAL", "FAIL_LOCAL", "TOX")
                   for r in rows(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # one outcome, or a second with its own count, is still counted
    ("A partial remission was noted in 31 patients (22%).", ("PR", None, None, "count", 31.0)),
    ("Thirty-one patients had a partial response, and stable disease was seen in 9.", ("PR", None, None, "count",
                                                                                        31.0)),
    ("Grade 3 thrombocytopenia developed in 31 patients (22%).", ("TOX", "thrombocytopenia", "3", "count", 31.0)),
])
def test_one_outcome_counted_alone_keeps_its_row(sentence, expected):
    assert expected in rows(sentence)
