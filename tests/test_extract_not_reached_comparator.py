"""A group's median set against another group's median "not reached" ("not reached with drug K versus 15.2 months with
placebo") has that group as its comparator; the words are no value, so no row is made for them. Sentences we wrote."""

from __future__ import annotations

import pytest
from support import extract_text, labelled_extraction

TRIAL = "We randomly assigned 300 patients to drug K (n = 150) or placebo (n = 150). "


def _medians(text: str) -> list[tuple[str | None, str, float, str | None]]:
    out, labels = labelled_extraction(text)
    return [(labels.get(r["cohort"]), r["endpoint"], r["value"], labels.get(r.get("comparator")))
            for r in out["results"] if r["measure"] == "median"]


@pytest.mark.parametrize(("text", "expected"), [
    (TRIAL + "Median OS was not reached with drug K versus 15.2 months with placebo.",
     [("placebo", "OS", 15.2, "drug K")]),
    (TRIAL + "Median progression-free survival was 8.4 months in the placebo group and was not reached in the drug K "
     "group (HR 0.52).", [("placebo", "PFS", 8.4, "drug K")]),
    (TRIAL + "Median time to progression was not reached (NR) for drug K and 6.9 months for placebo.",
     [("placebo", "TTP", 6.9, "drug K")]),
])
def test_a_median_against_one_not_reached_has_that_group_as_comparator(text, expected):
    assert _medians(text) == expected


@pytest.mark.parametrize(("text", "p"), [
    (TRIAL + "Median OS was not reached (NR) for drug K and 15.2 months for placebo (p = 0.01).", 0.01),
    (TRIAL + "Median event-free survival was not reached with drug K compared with 7.7 months with placebo "
     "(P = .002).", 0.002),
])
def test_the_p_value_after_the_pair_is_the_median_s(text, p):
    out = extract_text(text)
    assert [r["p_value"] for r in out["results"] if r["measure"] == "median"] == [p]


@pytest.mark.parametrize("text", [
    # another outcome's median not reached: no comparison of the two
    TRIAL + "Median overall survival was 15.2 months with placebo and median PFS was not reached with drug K.",
    TRIAL + "Median overall survival was 15.2 months with placebo; the median duration of response was not reached "
    "with drug K.",
])
def test_no_comparator_from_another_outcome_not_reached(text):
    assert [row[3] for row in _medians(text) if row[0] == "placebo"] == [None]
