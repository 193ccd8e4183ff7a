"""Run-together tables whose header is written level by level, as a grid's header rows one after another: the parts
of the population, the groups under each part (the same names again), then every column's size in brackets; each
row gives every column a value and its interval. The columns are read only when the names repeat part after part."""

from __future__ import annotations

import pytest
from result_rows import spaced_tables_of as _tables

from oncoev.extract.table_results import read_table

TWO_PARTS = ("Time to events was measured from randomisation.Table 2Survival by tumour gradeLow-grade tumours"
             "High-grade tumoursActive drugPlaceboAllActive drugPlaceboAll"
             "(n = 80)(n = 76)(N = 156)(n = 44)(n = 47)(N = 91)"
             "Median OS, months (95% CI)21.2 (18.3, 24.0)17.9 (15.5, 20.6)19.8 (17.7, 21.9)12.4 (10.2, 14.8)"
             "9.6 (7.9, 11.5)10.9 (9.4, 12.6)HR active drug vs. placebo (95% CI)0.81 (0.66, 0.99)–0.70 (0.52, 0.94)–"
             "\n\nWe discuss these below.\n")
THREE_PARTS = ("Follow-up ended in spring.Table 3Progression-free survival by siteLiverLungBoneHigh doseLow dose"
               "High doseLow doseHigh doseLow dose(n = 35)(n = 33)(n = 29)(n = 31)(n = 22)(n = 24)"
               "Median PFS, months (95% CI)6.2 (4.9-7.8)4.1 (3.3-5.0)7.4 (5.6-9.1)5.2 (4.0-6.6)5.8 (4.1-7.0)"
               "3.9 (2.7-4.8)\n\nIn short.\n")


def _results(table) -> list[tuple]:
    return sorted((r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields.get("ci_low"),
                   r.fields.get("ci_high"), r.group.label if r.group else None, r.group.n if r.group else None)
                  for r in read_table(table).results)


def _header(table) -> dict[int, list[str]]:
    rows: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if c.row < table.header_rows:
            rows.setdefault(c.row, []).append(c.text)
    return rows


def test_parts_groups_and_sizes_become_three_header_rows():
    [table] = _tables(TWO_PARTS)
    header = _header(table)
    assert header[0] == ["", "Low-grade tumours", "High-grade tumours"]
    assert header[1] == ["", "Active drug", "Placebo", "All", "Active drug", "Placebo", "All"]
    assert header[2][1:] == ["(n = 80)", "(n = 76)", "(n = 156)", "(n = 44)", "(n = 47)", "(n = 91)"]


@pytest.mark.parametrize("text, endpoint, values, ratios", [
    pytest.param(TWO_PARTS, "OS", [(21.2, 18.3, 24.0, 80), (17.9, 15.5, 20.6, 76), (9.6, 7.9, 11.5, 47),
                                   (10.9, 9.4, 12.6, 91)],
                 {0.81, 0.70}, id="test_each_column_takes_its_own_median_and_interval"),
    # intervals written with a dash, three parts
    pytest.param(THREE_PARTS, "PFS", [(6.2, 4.9, 7.8, 35), (5.2, 4.0, 6.6, 31), (3.9, 2.7, 4.8, 24)], set(),
                 id="test_three_parts_with_dash_intervals"),
])
def test_each_column_takes_its_own_median_and_interval(text, endpoint, values, ratios):
    [table] = _tables(text)
    got = _results(table)
    # (median, interval, column's size) of each row
    assert set(values) <= {(r[2], r[3], r[4], r[6]) for r in got}
    assert {r[:2] for r in got} == {(endpoint, "median")}
    # the ratios, one per part for two of its three columns, are no column's value
    assert not ratios & {r[2] for r in got}
    assert len(got) == 6


def test_names_that_do_not_repeat_under_each_part_leave_the_header_unread():
    text = THREE_PARTS.replace("High doseLow dose(n", "Middle doseLow dose(n")
    assert not any(t.header_rows == 3 for t in _tables(text))


def test_a_row_short_of_a_column_leaves_the_table_unread():
    text = THREE_PARTS.replace("5.8 (4.1-7.0)", "")
    assert not any(t.header_rows == 3 for t in _tables(text))
