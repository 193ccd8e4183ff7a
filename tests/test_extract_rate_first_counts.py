"""Shares written first with their counts out of a total in brackets, in blocks per group ("were 6% (2 of 33) and 15%
(5 of 33), respectively, in A and 9% (3 of 34) and 21% (7 of 34), respectively, in B"): each share and its count are
the group's, and the total is the group's size. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text


def _rows(text: str) -> tuple[set, dict]:
    out = extract_text(text)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    return {(r["cohort"], r["endpoint"], r["measure"], r["value"]) for r in out["results"]}, sizes


@pytest.mark.parametrize("text, expected, sizes", [
    ("We treated 67 patients. The rates of local recurrence and distant metastasis were 6.1% (2 of 33) and 15.2% "
     "(5 of 33), respectively, in the lobectomy group and 8.8% (3 of 34) and 20.6% (7 of 34), respectively, in the "
     "segmentectomy group.",
     {("lobectomy_group", "FAIL_LOCAL", "rate", 6.1), ("lobectomy_group", "FAIL_LOCAL", "count", 2.0),
      ("segmentectomy_group", "FAIL_DISTANT", "rate", 20.6), ("segmentectomy_group", "FAIL_DISTANT", "count", 7.0)},
     {"lobectomy_group": 33, "segmentectomy_group": 34}),
    ("In all, 52 women were treated. Complete and partial response rates were 20% (5/25) and 48% (12/25) for those "
     "given weekly dosing, and 11% (3/27) and 44% (12/27) for those given dosing every 3 weeks.",
     {("patients_given_weekly_dosing", "CR", "count", 5.0), ("patients_given_weekly_dosing", "PR", "rate", 48.0)},
     {"patients_given_weekly_dosing": 25}),
])
def test_shares_with_their_counts_in_blocks_per_group(text, expected, sizes):
    rows, got_sizes = _rows(text)
    assert expected <= rows
    for key, n in sizes.items():
        assert got_sizes[key] == n


def test_a_lone_share_beside_counts_written_first_is_left_to_the_count_rules():
    rows, _ = _rows("We treated 80 patients. Of them, 30 (37.5%) had relapsed within a year of adjuvant therapy, and "
                    "45.0% (36 of 80) of patients had progressed within a month of prior endocrine therapy.")
    assert not {r for r in rows if r[2] == "rate" and r[3] == 45.0}


@pytest.mark.parametrize("sentence, expected", [
    ("Complete and partial response rates were 14% and 39%, respectively.", {("CR", 14.0), ("PR", 39.0)}),
    ("Partial and complete remission rates were 31% and 9%.", {("PR", 31.0), ("CR", 9.0)}),
])
def test_complete_and_partial_response_rates_said_once(sentence, expected):
    rows, _ = _rows("We enrolled 70 patients. " + sentence)
    assert {(e, v) for _, e, m, v in rows if m == "rate"} == expected
