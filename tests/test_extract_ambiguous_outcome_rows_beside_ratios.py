"""Two arms' columns and a ratio column comparing them ("Drug K (n = 60) | Drug L (n = 58) | HR (95% CI)" under a
heading of survival estimates), rows naming the curves under a heading of the time ("2-year landmark"): a row naming
endpoints the vocabulary cannot choose between (an abbreviation the notes spell out as distant metastasis or distant
failure) is an outcome of the arms too, no factor of the patients, so the table is still read as comparing the arms:
each other row's rates are its curve's at that time, and the ambiguous row gives no row of its own."""

from __future__ import annotations

from oncoev.extract.document import Cell, Table
from oncoev.extract.table_results import read_table

UPPER = ["", "Survival estimates, %", "Survival estimates, %", "Survival estimates, %"]
LOWER = ["Endpoint", "Drug K (n = 60)", "Drug L (n = 58)", "HR (95% CI)"]


def _table(body: list[list[str]], upper: list[str] = UPPER, lower: list[str] = LOWER, notes: tuple = ()) -> Table:
    """A table of two header levels over ``body``, each body cell given a place in a text, with its ``notes``."""
    cells = [Cell(0, c, t) for c, t in enumerate(upper)] + [Cell(1, c, t) for c, t in enumerate(lower)]
    for r, row in enumerate(body, start=2):
        cells += [Cell(r, c, t, char_start=100 * r + 10 * c, char_end=100 * r + 10 * c + 5) for c, t in enumerate(row)]
    return Table(page=1, index=0, cells=cells, caption="Outcomes by arm", header_rows=2, label="Table 2",
                 footnotes=list(notes))


def _rates(body: list[list[str]], **header) -> set:
    """(endpoint, measure, value, months, group) of each row of the table's reading."""
    return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["timepoint_months"],
             r.group.label if r.group else None) for r in read_table(_table(body, **header)).results}


def test_rows_naming_the_curves_under_a_heading_of_survival_alone():
    out = _rates([["2-year landmark", "", "", ""],
                  ["Progression-free survival", "71", "58", "0.62 (0.40-0.96)"],
                  ["Event-free survival", "66", "52", "0.65 (0.43-0.99)"],
                  ["4-year landmark", "", "", ""],
                  ["Progression-free survival", "55", "41", "0.68 (0.46-1.01)"],
                  ["Event-free survival", "49", "37", "0.70 (0.48-1.03)"]])
    assert ("PFS", "rate", 71.0, 24.0, "Drug K") in out
    assert ("EFS", "rate", 52.0, 24.0, "Drug L") in out
    assert ("PFS", "rate", 41.0, 48.0, "Drug L") in out
    assert not {r for r in out if r[0] == "OS"}


def test_a_row_of_an_ambiguous_abbreviation_among_them_is_an_outcome_giving_no_row():
    out = _rates([["3-year landmark", "", "", ""],
                  ["PFS", "64", "50", "0.66 (0.44-0.98)"],
                  ["DFS", "67", "54", "0.69 (0.46-1.02)"],
                  ["DM-FS", "80", "71", "0.72 (0.44-1.18)"]],
                 notes=("DM-FS, freedom from distant metastasis; PFS, progression-free survival.",))
    assert ("PFS", "rate", 64.0, 36.0, "Drug K") in out
    assert ("DFS", "rate", 54.0, 36.0, "Drug L") in out
    assert not {r for r in out if r[2] in (80.0, 71.0)}
    assert not {r for r in out if r[0] == "OS"}


def test_survival_alone_over_rows_of_no_curve_stays_overall_survival():
    out = _rates([["Stage II", "74", "69", "0.41"], ["Stage III", "52", "45", "0.33"]], lower=[*LOWER[:3], "P"])
    assert not {r for r in out if r[0] in ("PFS", "EFS", "DFS")}
