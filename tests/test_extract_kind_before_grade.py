"""Events of a kind said before their grade ("haematological G3/4 toxic effects", "non-hematologic grade 3 or higher
adverse events"): TOX of that grade with the kind as category, as when the kind stands next to the name. Texts we
wrote, two or more wordings and a negative."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def tox(text: str) -> set[tuple]:
    return row_tuples(text, "category grade value", "t.txt", endpoint="TOX")


@pytest.mark.parametrize("text, expected", [
    ("Haematological G3/4 toxic effects were reported in 17% of patients.", ("haematological toxicity", "3-4", 17.0)),
    ("Non-hematologic grade 3 or higher adverse events occurred in 23% of the cohort.",
     ("non-hematologic toxicity", ">=3", 23.0)),
    ("Gastrointestinal grade 3 toxicity was seen in 8% of the women treated.", ("gastrointestinal toxicity", "3", 8.0)),
    # no kind said keeps the events of any kind
    ("Grade 3 or higher toxic effects were reported in 19% of patients.", (None, ">=3", 19.0)),
])
def test_the_kind_before_the_grade_is_the_category(text, expected):
    assert tox(text) == {expected}

