"""Whose a ratio is: a ratio in the bracket after a pair's second value, where the second group is named between
("... compared with b months (interval) in those who did not (HR r)"), compares the pair, the first group against the
second; a ratio of a measured quantity's levels is no group's. Sentences we wrote."""

from __future__ import annotations

import pytest
from result_rows import rows_where
from support import labelled_extraction


@pytest.mark.parametrize(("text", "group", "comparator"), [
    ("Median overall survival in patients who received drug K was 21.0 months (95% CI 18.0-25.1) compared with 19.5 "
     "months (16.2-22.0) in those who did not (HR 0.93, 95% CI 0.80-1.10; p=0.41).",
     "patients who received drug K", "patients who did not receive drug K"),
    ("Progression-free survival among women given drug Q was 8.2 months (6.9-9.4) compared with 5.1 months (4.0-6.3) "
     "among those not given it (hazard ratio 0.64; p=0.002).", "women given drug Q", "not given it"),
    ("Progression-free survival among women given drug Q was 8.2 months compared with 5.1 months among those not "
     "given it (hazard ratio 0.64; p=0.002).", "women given drug Q", "not given it"),
])
def test_the_ratio_after_the_second_group_compares_the_pair(text, group, comparator):
    out, labels = labelled_extraction(text)
    ratios = rows_where(out, measure="hr")
    assert [(labels[r["cohort"]], labels.get(r["comparator"])) for r in ratios] == [(group, comparator)]


def test_a_ratio_the_medians_contradict_is_not_turned_to_the_pair():
    # (a ratio below one of the group that lived shorter: not this pair's comparison, whatever its bracket)
    out, labels = labelled_extraction(
        "Median overall survival in patients who received drug K was 12.0 months (10.1-14.0) compared with 19.5 months "
        "(16.2-22.0) in those who did not (HR 0.55, 95% CI 0.40-0.70).")
    ratios = rows_where(out, measure="hr")
    assert not any(labels.get(r["cohort"]) == "patients who received drug K" and r["comparator"] for r in ratios)


@pytest.mark.parametrize("text", [
    "Increasing serum levels of marker Z were significantly associated with shorter PFS (HR = 1.02, 95% CI: 1.01-1.03, "
    "p = 0.01) and OS (HR = 1.03, 95% CI: 1.01-1.04, p = 0.003).",
    "Higher baseline concentrations of protein Y were associated with longer OS (HR = 0.91, 95% CI: 0.84-0.98; "
    "p = 0.02).",
])
def test_a_ratio_of_a_measured_level_is_no_group_s(text):
    """A ratio of a measured quantity's levels, associated with an outcome, is a prognostic factor's: no people are
    named, so no cohort of those words (and never all patients')."""
    out, _ = labelled_extraction(text)
    assert rows_where(out, measure="hr") == []


def test_a_ratio_in_people_defined_by_a_level_stays_theirs():
    out, labels = labelled_extraction(
        "Among 310 patients with a marker Q level of 10% or more, overall survival did not differ between the groups "
        "(hazard ratio for death, 0.97; 95% CI, 0.76 to 1.24).")
    assert [labels[r["cohort"]] for r in out["results"] if r["measure"] == "hr"] != []


@pytest.mark.parametrize("text", [
    "Patients were randomly assigned to arm A or arm B. The median PFS/OS were 5.3/11.9 and 4.1/9.2 months in arm A "
    "and arm B, respectively.",
    "Patients were randomly assigned to arm A or arm B. The median time to progression/overall survival were 3.1/8.8 "
    "months in arm A.",
])
def test_numbers_of_slash_joined_outcomes_give_no_row_of_one_outcome(text):
    """Each slash-joined pair of numbers holds both outcomes: no rule reads it so, and a row of one number of it took
    the other outcome's value or the wrong group's."""
    out, _ = labelled_extraction(text)
    assert [r["value"] for r in out["results"]] == []


def test_a_slash_elsewhere_leaves_the_outcomes_rows():
    out, labels = labelled_extraction(
        "Patients were randomly assigned to arm A or arm B. The median OS was 11.9 and 9.2 months in arm A and arm B, "
        "respectively, and the PFS/OS correlation was 0.6.")
    assert sorted((labels[r["cohort"]], r["value"]) for r in out["results"] if r["endpoint"] == "OS") == [
        ("arm A", 11.9), ("arm B", 9.2)]
