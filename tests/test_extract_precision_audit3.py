"""Precision fixes from reading random rows of the unlabeled corpus (stop 60). Every sentence here is written for the
test; each case gives the rows a sentence must (or must not) make."""

from __future__ import annotations

import pytest
from support import extract_text

_GROUPS = "Patients were treated in two groups. Group 1 had 80 patients and group 2 had 60 patients. "


def _rows(sentence: str) -> set[tuple]:
    return {(r["cohort"], r["endpoint"], r["measure"], r["value"], r.get("timepoint_months"))
            for r in extract_text(_GROUPS + sentence)["results"]}


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
