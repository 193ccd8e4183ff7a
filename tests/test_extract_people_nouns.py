"""The count constructions read the people a paper counts by whatever noun it uses: patients, participants, women, men,
children, adults (lexicon.PEOPLE, one list for every count rule). A breast trial counts women and a paediatric series
children with the same sentences a trial of "patients" uses, and must give the same rows. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest
from support import extract_text

_SENTENCES = ("We treated 140 {noun}. Complete remission was achieved in 118 {noun} (84.3%). Relapse occurred in 23 "
              "{noun}. Local recurrence was observed in 7 {noun} (5.0%). Grade 3 fatigue occurred in 11 {noun} (7.9%). "
              "Six {noun} (4.3%) died of toxicity. In all, 16 of 140 {noun} had a partial response.")


def _rows(noun: str) -> set[tuple]:
    out = extract_text(_SENTENCES.format(noun=noun))
    return {(r["endpoint"], r["measure"], r["value"]) for r in out["results"]}


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
    assert not [r for r in out["results"] if r["measure"] == "count"]
