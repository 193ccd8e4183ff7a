"""Classes of numbers that are no result, sixth round: how far the disease had spread when the patients came, what a
review counted of its studies, advice, two counts sharing their noun, and the events an analysis waited for.

Every sentence here is written for these tests; each class takes the number that is no result and leaves the result
beside it unexplained. One table of the classes' cases, one of their near misses.
"""

from __future__ import annotations

import pytest
from number_classes import assert_classed
from support import number_rules as rules

EXTENT, STUDIES_COUNTED = "number.baseline.extent", "number.sample_size.studies_counted"
RECOMMENDATION, EVENTS_PLANNED = "number.background.recommendation", "number.design.events_planned"
SETTING, STUDIES = "number.setting", "number.sample_size.studies"


@pytest.mark.parametrize("text, rule, taken, left", [
    # how the disease stood at entry, by the words of its extent or timing
    ("Of the 60 patients, 40 had a solitary liver lesion, 7 had two lesions and 3 had three.", EXTENT, ["40", "7"],
     []),
    ("Here 9 patients had synchronous tumours (5 unilateral, 4 bilateral).", EXTENT, ["9", "5", "4"], []),
    ("A further 22 patients (81%) presented with superior sulcus tumours.", EXTENT, ["22", "81"], []),
    # what a review counted of its studies
    ("Of the 40 trials included, 12 were judged of good quality, 20 of fair quality and 8 of poor quality.",
     STUDIES_COUNTED, ["12", "20", "8"], []),
    ("Among 25 eligible studies, 9 were randomised and 16 used historical controls.", STUDIES_COUNTED, ["16"], []),
    # advice, not a finding
    ("Scans should be repeated every 3 months for 2 years, then yearly.", RECOMMENDATION, ["2"], []),
    ("A delay of more than 6 weeks is not recommended before surgery.", RECOMMENDATION, ["6"], []),
    # two counts sharing their noun
    ("In all, 480 patients came from 52 Dutch and 9 Belgian hospitals.", SETTING, ["52", "9"], []),
    ("We found 4 prospective and 11 retrospective studies.", STUDIES, ["4", "11"], []),
    # the events an analysis waited for
    ("The trial stopped before a prespecified interim analysis of 90 events.", EVENTS_PLANNED, ["90"], []),
    ("The primary end point was survival in all patients at 300 deaths, and 40% were alive at 2 years.",
     EVENTS_PLANNED, ["300"], ["40"]),
    ("The sample of 600 patients gave enough power, requiring 412 events.", EVENTS_PLANNED, ["412"], []),
])
def test_a_class_takes_its_numbers_and_leaves_the_result_beside_them(text, rule, taken, left):
    assert_classed(text, rule, taken, left)


@pytest.mark.parametrize("text, value", [
    ("In all, 8 patients developed a metachronous second cancer, and 12 had synchronous tumours.", "8"),  # an event
    ("Of the 30 patients with a solitary metastasis, 12 (40%) were alive at 2 years.", "12"),
    ("Of 12 trials, 7 showed a survival gain.", "7"),  # a finding of the studies
    ("Given the 40% response, the drug should be offered to such patients.", "40"),
    ("Of these, 12 patients and 3 centres withdrew.", "12"),  # people, not centres
    ("At the analysis, 410 deaths had occurred.", "410"),  # the deaths seen, not the design's
])
def test_a_near_miss_of_a_class_stays_unexplained(text, value):
    assert rules(text)[value] is None, rules(text)
