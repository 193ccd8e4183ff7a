"""Factors listed each with its ratio in a bracket ("age (HR 1.1) and smoking (HR 1.4) predicted OS"): the second
factor's name is the words after the first bracket, never a name holding the first ratio's bracket (read so, the
second ratio fell to all patients whenever the first bracket had no share in it). Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

_COHORT = "Results: We reviewed the records of 730 patients treated at one centre. "


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Extracapsular extension (HR 2.2) and heavy drinking (HR 1.4) predicted poor overall survival.",
     "extracapsular_extension", "heavy_drinking"),
    ("Perineural invasion (HR=2.2) and heavy drinking (HR=1.4) predicted overall survival.",
     "perineural_invasion", "heavy_drinking"),
])
def test_each_listed_factor_keeps_its_own_ratio(sentence, first, second):
    rows = row_tuples(_COHORT + sentence, "value cohort", measure="hr")
    assert rows == {(2.2, first), (1.4, second)}


def test_a_qualifying_bracket_in_a_factors_name_stays_part_of_it():
    rows = row_tuples(_COHORT + "Perineural invasion (HR 2.2, 95% CI 1.4-3.5) and heavy drinking (HR 1.4, 95% CI "
                      "1.1-1.8) predicted overall survival.", "value cohort", measure="hr")
    assert rows == {(2.2, "perineural_invasion"), (1.4, "heavy_drinking")}


@pytest.mark.parametrize("sentence", [
    "The gain in local control from the added radiotherapy was seen in women (HR 0.61) but not in men (HR 0.97).",
    "Fewer relapses followed the added radiotherapy in women (HR 0.61), whereas in men (HR 0.97) it made no "
    "difference.",
])
def test_a_place_after_an_earlier_ratio_names_a_part_without_the_joining_words(sentence):
    assert row_tuples(_COHORT + sentence, "value cohort", measure="hr") == {(0.61, "women"), (0.97, "men")}
