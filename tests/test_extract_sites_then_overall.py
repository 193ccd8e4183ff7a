"""A list of failure sites, each with its bracket of two arms' values, that ends in "overall" and the head noun said
once ("local (a vs b), distant (c vs d) or overall recurrence rates (e vs f)"): each site is its own failure
outcome, the last the head's events at any site, the values of each the two arms' in the order the sentence names
them. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Wedge excision against lobectomy for small lung tumours. We randomly assigned 210 patients to wedge "
          "excision (n = 104) or lobectomy (n = 106). Results: ")


_rows = rows_after(_TRIAL, "cohort endpoint value comparator", measure="rate")


@pytest.mark.parametrize("sentence, expected", [
    # the arms named before the list, values "respectively", the head then "rates" after the last item
    ("Comparing wedge excision with lobectomy, no differences were seen in local (7.2% v 6.4%, respectively; "
     "P = .81), distant (13.0% v 10.9%, respectively; P = .52), or overall recurrence rates (19.5% v 17.1%, "
     "respectively; P = .66).",
     {("wedge_excision", "FAIL_LOCAL", 7.2, "lobectomy"), ("lobectomy", "FAIL_LOCAL", 6.4, "wedge_excision"),
      ("wedge_excision", "FAIL_DISTANT", 13.0, "lobectomy"), ("lobectomy", "FAIL_DISTANT", 10.9, "wedge_excision"),
      ("wedge_excision", "FAIL_ANY", 19.5, "lobectomy"), ("lobectomy", "FAIL_ANY", 17.1, "wedge_excision")}),
    # the arms as the subject, two sites then "overall relapse" with its values after the head
    ("Wedge excision and lobectomy did not differ in locoregional (8% vs 9%), distant (21% vs 23%) or overall "
     "relapse (27% vs 31%).",
     {("wedge_excision", "FAIL_LOCAL", 8.0, "lobectomy"), ("lobectomy", "FAIL_LOCAL", 9.0, "wedge_excision"),
      ("wedge_excision", "FAIL_DISTANT", 21.0, "lobectomy"), ("lobectomy", "FAIL_DISTANT", 23.0, "wedge_excision"),
      ("wedge_excision", "FAIL_ANY", 27.0, "lobectomy"), ("lobectomy", "FAIL_ANY", 31.0, "wedge_excision")}),
])
def test_each_site_then_overall_is_its_own_failure(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # "overall" before another noun than the head: overall survival is no failure at any site
    "Comparing wedge excision with lobectomy, local (7% v 6%) and distant (13% v 11%) recurrence were similar, as "
    "was overall survival (71% v 74%).",
])
def test_overall_before_another_outcome_is_no_failure(sentence):
    assert not {r for r in _rows(sentence) if r[1] == "FAIL_ANY"}
