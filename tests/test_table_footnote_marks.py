"""A footnote's letter set apart after a row's term ("Dry mouth c", as a JATS table writes a mark in <sup> after a
space) is no part of the term. Tables written in our own words."""

from __future__ import annotations

import pytest

from oncoev.extract.normalize import normalize
from oncoev.extract.table_results import read_table
from oncoev.extract.table_sources import pipe_tables


def _categories(text: str) -> set:
    [table] = pipe_tables(normalize(text), text, [])
    return {r.fields["category"] for r in read_table(table).results}


@pytest.mark.parametrize("label, term", [("Dry mouth c", "dry mouth"), ("Peripheral oedema a", "peripheral oedema")])
def test_a_footnote_letter_after_a_space_is_dropped_from_the_term(label, term):
    out = _categories("Table 2 Adverse events by arm\nEvent | Drug K (n = 40) | Drug L (n = 38)\n"
                      f"{label} | 9 (22.5) | 4 (10.5)\nNausea | 3 (7.5) | 2 (5.3)\n")
    assert out == {term, "nausea"}


def test_a_capital_letter_after_a_space_stays_part_of_the_term():
    out = _categories("Table 2 Adverse events by arm\nEvent | Drug K (n = 40) | Drug L (n = 38)\n"
                      "Hepatitis B reactivation | 2 (5.0) | 0\nHepatitis B | 1 (2.5) | 1 (2.6)\n")
    assert out == {"hepatitis b reactivation", "hepatitis b"}
