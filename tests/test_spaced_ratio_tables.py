"""Factor tables written on one line with single spaces between cells (spaced_tables): a label column's header, one
ratio column with its interval in the cell ("Hazard ratio (95% CI)") and maybe a p column, then each factor's row.
No group sizes to split by: the rows are split by the ratio cell's own shape, and read only when every row holds a
ratio inside its interval."""

from __future__ import annotations

from result_rows import spaced_tables_of as _tables

from oncoev.extract.table_results import read_table

# A hazard ratio column and a p column.
HAZARDS = (
    "The model kept three terms.  Table 3 Proportional hazards model for overall survival Factor "
    "Hazard ratio (95% CI) P value Tumour grade 3 1.84 (1.12-3.02) 0.016 Nodal involvement 2.31 (1.40–3.81) 0.001 "
    "Weekly schedule 0.72 (0.45–1.15) 0.17 CI, confidence interval   Next, the discussion.\n"
)
# Odds ratios with "to" in the interval, no p column.
ODDS = (
    "Table 2 Predictors of objective response Variable OR (95% CI) Smoking history 0.41 (0.22 to 0.77) "
    "Squamous histology 1.95 (1.03 to 3.69) Prior surgery 1.10 (0.61 to 1.98)\n"
)
# The line broken after the ratio's header, the p column's header broken at its hyphen, the rows on the next line.
BROKEN_HEADER = (
    "Table 5 Cox model for progression-free survival Variable HR (95% CI) \n P- value Liver metastases 1.66 "
    "(1.05–2.62) 0.03 Raised LDH 2.10 (1.31–3.37) 0.002\nNext paragraph.\n"
)
# Reference categories, written several ways, between the rows that hold a ratio.
REFERENCES = (
    "Table 6 Logistic model for objective response Variable OR (95% CI) P Sex Male 1.00 (reference) Female 1.48 "
    "(1.02–2.15) 0.04 Age < 65 years Ref 65 years or older 0.62 (0.41–0.94) 0.02 ECOG 0 1 (Ref.) – "
    "ECOG 1 0.75 (0.50–1.12) 0.16\n"
)
# Square brackets around the interval, in the header and in the cells, and a comma inside it.
SQUARE = (
    "Table 7 Hazard of death (overall survival) Covariate HR [95% CI] p Albumin below normal 1.71 [1.20, 2.44] 0.003 "
    "Body mass index 0.97 [0.93, 1.01] 0.14\n"
)
# A table of baseline characteristics: medians and ranges look like ratio cells, but no ratio heads a column.
BASELINE = (
    "Table 1 Patients at entry Characteristic Drug Q Placebo Age, years 61 (40-75) 63 (41-77) "
    "Weight, kg 72 (50-98) 70 (48-101)\n"
)
# A "ratio" outside its interval: the split is wrong, so no table.
OUTSIDE = (
    "Table 4 Cox model Factor HR (95% CI) P Stage 3.10 (1.20–2.40) 0.02 Age 1.02 (0.99–1.05) 0.21\n"
)


def _results(table):
    return sorted([(r.fields["measure"], r.fields["value"], r.fields.get("ci_low"), r.fields.get("ci_high"),
                    r.fields.get("p_value")) for r in read_table(table).results], key=repr)


def test_hazard_ratio_rows_with_p():
    [table] = _tables(HAZARDS)
    assert table.source == "spaced"
    assert table.rows() == [["Factor", "Hazard ratio (95% CI)", "P value"],
                            ["Tumour grade 3", "1.84 (1.12-3.02)", "0.016"],
                            ["Nodal involvement", "2.31 (1.40–3.81)", "0.001"],
                            ["Weekly schedule", "0.72 (0.45–1.15)", "0.17"]]
    placed = [c for c in table.cells if c.char_start is not None]
    assert placed and all(HAZARDS[c.char_start:c.char_end] == c.text for c in placed)
    got = _results(table)
    assert [(m, v, lo, hi) for m, v, lo, hi, _ in got] == [("hr", 0.72, 0.45, 1.15), ("hr", 1.84, 1.12, 3.02),
                                                            ("hr", 2.31, 1.4, 3.81)]
    assert {r.fields["endpoint"] for r in read_table(table).results} == {"OS"}


def test_odds_ratio_rows_without_p():
    [table] = _tables(ODDS)
    assert table.rows()[1:] == [["Smoking history", "0.41 (0.22 to 0.77)"],
                                ["Squamous histology", "1.95 (1.03 to 3.69)"],
                                ["Prior surgery", "1.10 (0.61 to 1.98)"]]
    assert [r[:2] for r in _results(table)] == [("or", 0.41), ("or", 1.1), ("or", 1.95)]


def test_header_broken_over_two_lines():
    [table] = _tables(BROKEN_HEADER)
    assert table.rows()[0] == ["Variable", "HR (95% CI)", "P-value"]
    assert _results(table) == [("hr", 1.66, 1.05, 2.62, 0.03), ("hr", 2.1, 1.31, 3.37, 0.002)]


def test_reference_rows_are_passed_over():
    [table] = _tables(REFERENCES)
    assert [r[0] for r in table.rows()[1:]] == ["Female", "65 years or older", "ECOG 1"]
    assert _results(table) == [("or", 0.62, 0.41, 0.94, 0.02), ("or", 0.75, 0.5, 1.12, 0.16),
                               ("or", 1.48, 1.02, 2.15, 0.04)]


def test_square_brackets_around_the_interval():
    [table] = _tables(SQUARE)
    # (the body mass index's row is a trait named without its level, a factor's ratio: no row, as in prose)
    assert _results(table) == [("hr", 1.71, 1.2, 2.44, 0.003)]


def test_baseline_characteristics_and_a_ratio_outside_its_interval_give_no_rows():
    assert _tables(BASELINE) == []
    assert _tables(OUTSIDE) == []
