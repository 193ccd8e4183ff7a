"""An endpoint named in a bracket of numbers that closes before a later value ("ORR was a% (95% CI ...; k complete
responses) in X and b% in Y") is an aside of the first value's: it names no value outside the bracket. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples


def _rows(sentence: str) -> set[tuple]:
    return row_tuples("Results: " + sentence, "endpoint measure value")


@pytest.mark.parametrize("sentence, endpoint, later", [
    ("The objective response rate was 58.0% (95% CI 44.1-71.0; 9 complete responses) in cohort 1 and 47.2% in "
     "cohort 2.", "ORR", 47.2),
    ("Among 88 patients, the overall response rate was 38% (95% CI 28-49; 5 complete responses) in women and 29% in "
     "men.", "ORR", 29.0),
    ("The disease control rate was 71% (95% CI 60-80; 4 complete responses) with erlotinib and 52% with "
     "gefitinib.", "DCR", 52.0),
])
def test_the_later_value_is_not_the_asides_endpoint(sentence, endpoint, later):
    rows = _rows(sentence)
    assert ("CR", "rate", later) not in rows
    # the first value keeps its endpoint
    assert any(e == endpoint and m == "rate" and v != later for e, m, v in rows)


def test_a_later_value_inside_the_same_bracket_keeps_its_endpoint():
    rows = _rows("Of 24 patients, eleven had partial responses and eight had stable disease (objective response "
                 "rate, 46%; disease control rate [DCR], 79%).")
    assert {("ORR", "rate", 46.0), ("DCR", "rate", 79.0)} <= rows
