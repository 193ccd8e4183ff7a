"""The count constructions read the people a paper counts by whatever noun it uses: patients, participants, women, men,
children, adults (lexicon.PEOPLE, one list for every count rule). A breast trial counts women and a paediatric series
children with the same sentences a trial of "patients" uses, and must give the same rows. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples, rows_where
from support import extract_text

_SENTENCES = ("We treated 140 {noun}. Complete remission was achieved in 118 {noun} (84.3%). Relapse occurred in 23 "
              "{noun}. Local recurrence was observed in 7 {noun} (5.0%). Grade 3 fatigue occurred in 11 {noun} (7.9%). "
              "Six {noun} (4.3%) died of toxicity. In all, 16 of 140 {noun} had a partial response.")


def _rows(noun: str) -> set[tuple]:
    return row_tuples(_SENTENCES.format(noun=noun), "endpoint measure value")


@pytest.mark.parametrize("noun", ["women", "men", "children", "participants", "adults"])
def test_every_noun_of_people_reads_as_patients_do(noun):
    assert _rows(noun) == _rows("patients")


@pytest.mark.parametrize("noun", ["children", "women"])
def test_the_counts_themselves(noun):
    rows = _rows(noun)
    assert {("CR", "count", 118.0), ("FAIL_ANY", "count", 23.0), ("FAIL_LOCAL", "count", 7.0),
            ("PR", "count", 16.0)} <= rows


def test_a_number_before_a_time_is_no_count_whatever_the_noun():
    out = extract_text("We treated 140 children. Relapse occurred at a median of 23 months in children given drug K.")
    assert not rows_where(out, measure="count")


_TRIAL = ("Methods: In this trial, 150 {noun} were randomly assigned to drug K or placebo; 77 {noun} received drug K "
          "and 73 {noun} received placebo. Results: Grade 3 vomiting occurred in 12 {noun} (15.6%) given drug K and 3 "
          "{noun} (4.1%) given placebo.")


@pytest.mark.parametrize("noun", ["women", "men", "children", "adolescents"])
def test_the_arms_sizes_and_counts_whatever_the_noun(noun):
    out = extract_text(_TRIAL.format(noun=noun))
    sizes = {c["label"].lower(): c["n"] for c in out["cohorts"]}
    assert sizes.get("drug k") == 77 and sizes.get("placebo") == 73
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    counts = {(labels[r["cohort"]], r["value"]) for r in out["results"] if r["measure"] == "count"}
    assert counts == {("drug k", 12.0), ("placebo", 3.0)}


def test_a_sex_with_its_own_ratio_is_still_a_part():
    out = extract_text("Methods: 300 patients were randomly assigned to drug K or placebo. Results: The benefit of "
                       "drug K was seen in 120 women (HR 0.62; 95% CI 0.45-0.86) but not in 180 men (HR 1.03; 95% CI "
                       "0.79-1.34).")
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    ratios = {labels[r["cohort"]] for r in out["results"] if r["measure"] == "hr"}
    assert not ratios & {"drug k", "placebo", "all patients"}
