"""Classes of numbers that are no result, sixth round: how far the disease had spread when the patients came.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained. One table of the classes' cases, one of their near misses.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

EXTENT = "number.baseline.extent"


@pytest.mark.parametrize("text, rule, taken, left", [
    # how the disease stood at entry, by the words of its extent or timing
    ("Of the 60 patients, 40 had a solitary liver lesion, 7 had two lesions and 3 had three.", EXTENT, ["40", "7"],
     []),
    ("Here 9 patients had synchronous tumours (5 unilateral, 4 bilateral).", EXTENT, ["9", "5", "4"], []),
    ("A further 22 patients (81%) presented with superior sulcus tumours.", EXTENT, ["22", "81"], []),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


@pytest.mark.parametrize("text, value", [
    ("In all, 8 patients developed a metachronous second cancer, and 12 had synchronous tumours.", "8"),  # an event
    ("Of the 30 patients with a solitary metastasis, 12 (40%) were alive at 2 years.", "12"),
])
def test_a_near_miss_of_a_class_stays_unexplained(text, value):
    assert rules(text)[value] is None, rules(text)
