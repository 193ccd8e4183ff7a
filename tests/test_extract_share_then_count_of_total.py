"""A share with its count over the total in a square bracket, "9% [14 of 150]", inside a bracket that compares two
arms ("(9% [14 of 150] vs 2% [3 of 148])"): each share and its count are the arm's, as with a slash ("[14/150]") or a
round bracket ("9% (14 of 150)"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("Drug T in advanced pancreatic cancer. We randomly assigned 320 patients to drug T (n = 162) or placebo "
          "(n = 158). Results: ")


_rows = rows_after(_TRIAL, "cohort_n endpoint category measure value")


@pytest.mark.parametrize("sentence, expected", [
    # the arms named as the people assigned to each, the count "of" its total
    ("More patients assigned drug T had grade 3 or 4 mucositis than did those assigned placebo (13% [20 of 155] "
     "vs 2% [3 of 151]; p<0.001).",
     {(155, "TOX", "mucositis", "rate", 13.0), (155, "TOX", "mucositis", "count", 20.0),
      (151, "TOX", "mucositis", "rate", 2.0), (151, "TOX", "mucositis", "count", 3.0)}),
    # two events, the second "as was" the first, each with its pair; a count written as a word
    ("Grade 3 or 4 fatigue was more common with drug T than placebo (10% [16 of 155] vs 3% [five of 151], "
     "p=0.02), as was grade 3 or 4 vomiting (6% [9 of 155] vs 1% [2 of 151], p=0.03).",
     {(155, "TOX", "fatigue", "rate", 10.0), (155, "TOX", "fatigue", "count", 16.0),
      (151, "TOX", "fatigue", "rate", 3.0), (151, "TOX", "fatigue", "count", 5.0),
      (155, "TOX", "vomiting", "rate", 6.0), (155, "TOX", "vomiting", "count", 9.0),
      (151, "TOX", "vomiting", "rate", 1.0), (151, "TOX", "vomiting", "count", 2.0)}),
])
def test_a_share_with_its_count_of_the_total_in_square_brackets_is_the_arms(sentence, expected):
    assert _rows(sentence) == expected


def test_a_count_that_is_not_the_share_of_its_total_gives_no_count():
    # 20 of 155 is 13%, not 30%: the paper's figures disagree, no count is taken from the bracket
    rows = _rows("More patients assigned drug T had grade 3 or 4 mucositis than did those assigned placebo (30% "
                 "[20 of 155] vs 2% [3 of 151]; p<0.001).")
    assert not {r for r in rows if r[3] == "count" and r[4] == 20.0}
