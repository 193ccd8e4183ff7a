"""Two groups compared after their values, each with its number in a bracket ("11.0 months in men (n = 52) and 7.5
months in women (n = 47)"), and people named by a trait after a value, sized the same way ("9.8 months with grade 2
neuropathy (n = 30) and 13.1 months with grade 0 (n = 44)"): each value is its group's, and the bracket is the group's
size, not a number left unread. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_STUDY = "We treated 150 patients with weekly paclitaxel. Results: "


def _rows(sentence: str) -> dict[str, tuple]:
    out = extract_text(_STUDY + sentence)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    return {r["cohort"]: (r["endpoint"], r["measure"], r["value"], sizes.get(r["cohort"])) for r in out["results"]}


@pytest.mark.parametrize("sentence, expected", [
    ("Median overall survival was 13.1 months with grade 2 neuropathy (n = 64) and 9.8 months with grade 0 "
     "neuropathy (n = 86).",
     {"patients_with_grade_2_neuropathy": ("OS", "median", 13.1, 64),
      "patients_with_grade_0_neuropathy": ("OS", "median", 9.8, 86)}),
    ("The 2-year progression-free survival was 58% without lymphovascular invasion (n = 90) versus 37% with "
     "lymphovascular invasion (n = 60).",
     {"patients_without_lymphovascular_invasion": ("PFS", "rate", 58.0, 90)}),
])
def test_values_of_people_by_a_trait_with_their_size_are_theirs(sentence, expected):
    rows = _rows(sentence)
    assert "all" not in rows
    for cohort, row in expected.items():
        assert rows[cohort] == row


@pytest.mark.parametrize("sentence, sizes", [
    ("Median progression-free survival was 8.2 months in men (n = 71) and 6.4 months in women (n = 79).",
     {8.2: 71, 6.4: 79}),
    ("The 3-year local control rate was 81% in patients younger than 60 years (n = 66) versus 62% in older "
     "patients (n = 84).", {81.0: 66, 62.0: 84}),
])
def test_a_bracketed_size_after_a_compared_group_is_its_size(sentence, sizes):
    rows = _rows(sentence)
    assert {value: n for _, _, value, n in rows.values()} == sizes


def test_a_bare_with_after_a_value_names_no_group():
    rows = _rows("Median overall survival was 14.2 months with a median follow-up of 30 months.")
    assert set(rows) == {"all"}
