"""A table row whose cells each held one line per row in the source, written one line after another: a label of a
heading and its items parted by " - ", then each group's counts one per item, then the p values. Read as the rows they
are when every group's column holds exactly one count per item (none over its group's size) and the p column one p
value per item; left whole otherwise."""

from __future__ import annotations

from result_rows import spaced_tables_of as _tables

from oncoev.extract.table_results import read_table

SITES = ("Table 3 Relapses by arm Arm A (n = 150) Arm B (n = 148) p value Any relapse 31 45 p = 0.07 "
         "Regional nodes 8 9 p = 0.81 Distant relapse - Liver - Lung - Skeleton 17 9 3 5 28 12 10 6 p = 0.09 p = 0.49 "
         "p = 0.04 p = 1.00 Second cancer 4 6 p = 0.54\n\nThe arms differed little.\n")
TWO_ITEMS = ("Table 2 Sites of progression Regimen P (n = 90) Regimen Q (n = 92) P Local progression 12 15 0.58 "
             "Nodal progression - Axillary - Cervical 9 4 5 14 8 6 0.27 0.37 0.76 Death 20 26 0.40\n\nSee below.\n")


def _grid(table) -> dict[str, list[str]]:
    rows: dict[int, list] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text.strip())
    return {cells[0]: cells[1:] for cells in rows.values()}


def test_each_item_of_a_stacked_row_is_a_row_of_its_own():
    [table] = _tables(SITES)
    grid = _grid(table)
    assert grid["Distant relapse"] == ["17", "28", "p = 0.09"]
    assert grid["- Liver"] == ["9", "12", "p = 0.49"]
    assert grid["- Lung"] == ["3", "10", "p = 0.04"]
    assert grid["- Skeleton"] == ["5", "6", "p = 1.00"]
    # the rows before and after it are read as before
    assert grid["Regional nodes"] == ["9", "p = 0.81"] or grid["Regional nodes"] == ["8", "9", "p = 0.81"]
    assert grid["Second cancer"] == ["4", "6", "p = 0.54"]


def test_a_stacked_row_of_two_items_with_bare_p_values():
    [table] = _tables(TWO_ITEMS)
    grid = _grid(table)
    assert grid["Nodal progression"] == ["9", "14", "0.27"]
    assert grid["- Cervical"] == ["5", "6", "0.76"]


def test_the_counts_of_the_items_are_each_arms():
    [table] = _tables(SITES)
    got = {(r.fields["value"], r.group.n if r.group else None) for r in read_table(table).results
           if r.fields["measure"] == "count"}
    assert (9.0, 150) in got and (12.0, 148) in got


def test_counts_short_of_one_per_item_leave_the_row_whole():
    [table] = _tables(SITES.replace("17 9 3 5 28 12 10 6", "17 9 3 5 28 12 10"))
    grid = _grid(table)
    assert "- Liver" not in grid


def test_a_count_over_its_groups_size_leaves_the_row_whole():
    [table] = _tables(TWO_ITEMS.replace("9 4 5 14 8 6", "9 4 5 14 8 96"))
    assert "- Cervical" not in _grid(table)


def test_stacked_counts_with_their_percentages_must_agree_with_the_groups():
    text = ("Table 4 Where disease recurred Drug V (n = 200) Drug W (n = 100) New lesions - Hepatic - Osseous "
            "10 (5.0%) 6 (3.0%) 4 (2.0%) 9 (9.0%) 7 (7.0%) 2 (2.0%) Deaths 15 (7.5%) 11 (11.0%)\n\nNext.\n")
    grid = _grid(_tables(text)[0])
    assert grid["- Hepatic"] == ["6 (3.0%)", "7 (7.0%)"]
    wrong = text.replace("6 (3.0%) 4 (2.0%)", "6 (13.0%) 4 (2.0%)")
    assert "- Hepatic" not in _grid(_tables(wrong)[0])
