"""Classes of numbers that are no result, fourth round: relative changes named with words between or before their value.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained.
"""

from __future__ import annotations

import pytest
from support import number_rules as rules

# -- a relative change between groups, its words before or around the value --------------------------------------------


@pytest.mark.parametrize("text, taken, left", [
    ("Adding the vaccine gave a relative increase in survival of 17%, with 2-year survival of 48% in that arm.",
     ["17"], ["48"]),
    ("The relative dose-level increase was 40% while 22% of the men responded.", ["40"], ["22"]),
    ("Pooled, this means an absolute benefit in survival of 4% and a 15% relative survival gain.", ["4", "15"], []),
    ("Scores showed a 20% mean relative decline from baseline, and 31% of the women had grade 2 fatigue.",
     ["20"], ["31"]),
    ("Drug A gives 9% longer survival than drug B; its response rate was 36%.", ["9"], ["36"]),
])
def test_a_relative_change_named_around_its_value_is_a_statistic(text, taken, left):
    found = rules(text)
    assert all(found[x] == "number.statistic.relative_change" for x in taken), found
    assert all(found[x] is None for x in left), found


@pytest.mark.parametrize("text", [
    "The 10-year relative survival rate was 62% for the younger women.",
    "Relative to the control arm, survival at 3 years increased to 27%.",
    "In the relative-risk model, 33% of patients relapsed.",
])
def test_a_rate_near_the_word_relative_stays_unexplained(text):
    found = rules(text)
    value = next(k for k in ("62", "27", "33") if k in found)
    assert found[value] is None, found
