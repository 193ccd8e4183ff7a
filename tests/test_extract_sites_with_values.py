"""Sites of failure listed each with its values in a bracket, the kind of event said once after the last ("local (10
[15%]) and regional (7 [10%]) recurrences"): each site is its own outcome. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_STUDY = "We treated 68 patients with chemoradiotherapy. Results: "
_TRIAL = "We randomly assigned 300 patients to drug K (n = 150) or drug M (n = 150). Results: "
_FIELDS = "cohort endpoint measure value"


@pytest.mark.parametrize("text, expected", [
    (_STUDY + "Most failures were distant, with few local (11 [16%]) and regional (6 [9%]) recurrences.",
     {("all", "FAIL_LOCAL", "count", 11.0), ("all", "FAIL_LOCAL", "rate", 16.0),
      ("all", "FAIL_REGIONAL", "count", 6.0), ("all", "FAIL_REGIONAL", "rate", 9.0)}),
    # each site's pair before the shared head is the arms'
    (_TRIAL + "Comparing drug K with drug M, no differences were seen in local (7.2% v 6.4%, respectively; P = .71), "
     "distant (16.1% v 13.0%, respectively; P = .35), or regional relapses (4.0% v 3.1%, respectively; P = .52).",
     {("drug_k", "FAIL_LOCAL", "rate", 7.2), ("drug_m", "FAIL_LOCAL", "rate", 6.4),
      ("drug_k", "FAIL_DISTANT", "rate", 16.1), ("drug_m", "FAIL_DISTANT", "rate", 13.0)}),
])
def test_each_site_with_its_bracket_is_its_own_failure(text, expected):
    assert expected <= row_tuples(text, _FIELDS)


def test_sites_without_a_shared_head_are_not_read_as_failures():
    rows = row_tuples(_STUDY + "Metastases were local (11 [16%]) and regional (6 [9%]) lymph nodes in most patients.",
                      _FIELDS)
    assert not any(code in ("FAIL_LOCAL", "FAIL_REGIONAL") for _, code, _, _ in rows)


def test_a_count_qualified_by_a_site_after_its_bracket_is_not_the_generic_failures():
    rows = row_tuples(_STUDY + "Treatment failures were mostly (29 [43%] patients) distant, with few local (11 [16%]) "
                      "and regional (6 [9%]) recurrences.", _FIELDS)
    assert not any(value in (29.0, 43.0) for _, _, _, value in rows)
