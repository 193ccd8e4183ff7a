"""Table layouts of results by arm: tables written in our own words, read end to end through the table model."""

from __future__ import annotations

import pytest

from oncoev.extract.flat_tables import flat_tables
from oncoev.extract.normalize import normalize
from oncoev.extract.table_results import read_table
from oncoev.extract.table_sources import pipe_tables


def _pipe(text: str):
    [table] = pipe_tables(normalize(text), text, [])
    return read_table(table)


def _flat(text: str):
    return flat_tables(normalize(text), text, [])


def _rows(reading) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label)
            for r in reading.results}


# --- a caption that names adverse events by their abbreviation ---------------------------------------------------

AE_PIPE = """Table 3 Most frequent AEs by arm
Event | Drug K (n = 40) | Drug L (n = 38)
Nausea | 9 (22.5) | 4 (10.5)
Blurred vision | 3 (7.5) | 0 (0)
"""
AE_CELLS = ("Table 5TEAEs seen in five percent or more of the patients\nPatients with an event, n (%)\nArm P (n = 50)\n"
            "Arm Q (n = 48)\n\nInsomnia\n6 (12)\n3 (6.3)\nDry mouth\n4 (8)\n5 (10.4)\n\nThe discussion begins here "
            "with a sentence that is long enough to read as prose.\n")


def test_a_caption_naming_adverse_events_short_makes_the_rows_toxicities():
    out = _rows(_pipe(AE_PIPE))
    assert ("TOX", "nausea", "count", 9.0, "Drug K") in out
    assert ("TOX", "blurred vision", "rate", 7.5, "Drug K") in out
    assert ("TOX", "nausea", "rate", 10.5, "Drug L") in out
    assert len(out) == 8

    [table] = _flat(AE_CELLS)
    out = _rows(read_table(table))
    assert ("TOX", "insomnia", "count", 6.0, "Arm P") in out
    assert ("TOX", "dry mouth", "rate", 10.4, "Arm Q") in out
    assert len(out) == 8


@pytest.mark.parametrize("caption", [
    "Most frequent aes by arm",  # in small letters: no abbreviation
    "Most frequent AEGIS scores by arm",  # a longer word starting with the letters
])
def test_the_letters_ae_elsewhere_name_no_adverse_events(caption):
    reading = _pipe(AE_PIPE.replace("Most frequent AEs by arm", caption))
    assert not any(r.fields["endpoint"] == "TOX" for r in reading.results)


# A header of one cell per line whose drug names ran into their doses ("Drug Q20 mg"): the names are parted from
# the doses, so that a combination's column is not taken for the drug it starts with.
@pytest.mark.parametrize("first, second, expected", [
    ("Velorib20 mg", "Velorib20 mg + Tamsol4 mg", ["Velorib 20 mg", "Velorib 20 mg + Tamsol 4 mg"]),
    ("Cordamab2.5 mg", "Placebo", ["Cordamab 2.5 mg", "Placebo"]),
])
def test_a_drug_run_into_its_dose_in_a_header_cell_is_parted_from_it(first, second, expected):
    text = AE_CELLS.replace("Arm P (n = 50)", first).replace("Arm Q (n = 48)", second)
    [table] = _flat(text)
    assert table.rows()[0][1:] == expected
    groups = {r.group.label for r in read_table(table).results}
    assert groups == set(expected)
