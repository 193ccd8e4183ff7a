"""An arm known by a short name ("sequential" for "sequential chemoradiotherapy") said with a generic head noun after
it ("sequential therapy", "the concurrent treatment group") is still that arm. Sentences we wrote."""

from __future__ import annotations

import pytest
from support import labelled_extraction

TRIAL = ("We randomly assigned 180 patients to sequential chemoradiotherapy (n = 90) or concurrent chemoradiotherapy "
         "(n = 90). ")
DOSES = "Women were randomised to weekly paclitaxel (n = 120) or three-weekly paclitaxel (n = 118). "


def _rows(text: str, endpoint: str) -> list[tuple[str | None, float]]:
    out, labels = labelled_extraction(text)
    return sorted((labels.get(r["cohort"]), r["value"]) for r in out["results"]
                  if r["endpoint"] == endpoint and r["measure"] != "count")


@pytest.mark.parametrize(("text", "endpoint", "expected"), [
    (TRIAL + "Median survival was 17.1 months in the concurrent treatment group compared with those receiving "
     "sequential therapy (13.3 months).", "OS",
     [("concurrent chemoradiotherapy", 17.1), ("sequential chemoradiotherapy", 13.3)]),
    (DOSES + "Median progression-free survival: weekly regimen, 11.6 months; three-weekly regimen, 9.2 months.",
     "PFS", [("three-weekly paclitaxel", 9.2), ("weekly paclitaxel", 11.6)]),
    (DOSES + "Grade 3 neuropathy was more frequent in the weekly treatment group (24 [20%]) than in the three-weekly "
     "treatment group (11 [9%]).", "TOX", [("three-weekly paclitaxel", 9.0), ("weekly paclitaxel", 20.0)]),
])
def test_an_arm_s_short_name_with_a_generic_head_noun_names_the_arm(text, endpoint, expected):
    assert _rows(text, endpoint) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "chemotherapy" is the other arm's own name: "drug Q chemotherapy" is not the drug Q arm's head noun
    ("Patients were randomised to drug Q (n = 60) or chemotherapy (n = 61). The response rate was 22% with drug Q "
     "chemotherapy and 35% with chemotherapy (p = 0.04).", [("chemotherapy", 35.0), ("drug Q", 22.0)]),
    # an amount of treatment given, then a count of people who did something else: no arm's value
    (DOSES + "Most women completed 18 doses of weekly therapy (range 4-18), 6 patients (5%) had a partial response "
     "after stopping.", []),
])
def test_no_head_noun_read_where_it_is_another_arm_or_an_amount_given(text, expected):
    assert [row for row in _rows(text, "PR") + _rows(text, "ORR") if row[0] != "All patients"] == expected
