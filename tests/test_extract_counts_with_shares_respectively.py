"""Outcomes listed before a verb, then one count with its share for each ("Complete and partial responses were seen
in 6 (7.5%) and 30 (37.5%) patients, respectively"): each count and share is the outcome's in the same place, as
bare counts are ("... in 6 and 30 patients, respectively"). A share's decimal point is no sentence's end. One outcome
with two counts and no "respectively" says no order: no rows. Sentences written for this test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_SERIES = "Methods: We treated 80 patients with chemoradiotherapy. Results: "
_rows = rows_after(_SERIES, "endpoint category grade measure value")


@pytest.mark.parametrize("sentence, expected", [
    ("Complete and partial responses were seen in 6 (7.5%) and 30 (37.5%) patients, respectively.",
     {("CR", None, None, "count", 6.0), ("CR", None, None, "rate", 7.5),
      ("PR", None, None, "count", 30.0), ("PR", None, None, "rate", 37.5)}),
    ("Partial and complete remissions were achieved in 22 (27.5%) and 9 (11.3%) patients, respectively.",
     {("PR", None, None, "count", 22.0), ("PR", None, None, "rate", 27.5),
      ("CR", None, None, "count", 9.0), ("CR", None, None, "rate", 11.3)}),
    ("Grade 3 neutropenia and anaemia occurred in 5 (6%) and 3 (4%) patients, respectively.",
     {("TOX", "neutropenia", "3", "count", 5.0), ("TOX", "neutropenia", "3", "rate", 6.0),
      ("TOX", "anaemia", "3", "count", 3.0), ("TOX", "anaemia", "3", "rate", 4.0)}),
    # the counts end the clause: their places are the order
    ("Grade 3 neutropenia and anaemia occurred in 5 (6%) and 3 (4%) patients.",
     {("TOX", "neutropenia", "3", "count", 5.0), ("TOX", "neutropenia", "3", "rate", 6.0),
      ("TOX", "anaemia", "3", "count", 3.0), ("TOX", "anaemia", "3", "rate", 4.0)}),
    # one outcome, two counts, no order said
    ("Grade 3 nausea occurred in 4 (5%) and 11 (13.8%) patients.", set()),
])
def test_each_count_with_its_share_is_the_outcome_in_its_place(sentence, expected):
    assert _rows(sentence) == expected
