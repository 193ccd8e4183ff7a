"""A one-line toxicity table whose header names the compared groups without their sizes (the prose gives none), its
rows each toxicity's grades under the toxicity's heading, one bare count per group ("Nausea Grade 1 4 2 Grade 2 1 0").
With no size to check the counts against, it is read only when every row with numbers is a grade's with exactly one
bare count under each group, and every other row a heading; otherwise it stays unread."""

from __future__ import annotations

from oncoev.extract.normalize import normalize
from oncoev.extract.spaced_tables import spaced_tables
from oncoev.extract.table_results import read_table

GRADES = ("Table 3 Toxic effects seen in the cats given vincristine or lomustine Effect Vincristine Lomustine "
          "Anemia Grade 1 3 1 Grade 2 2 0 Grade 3 0 1 Anorexia Grade 1 5 2 Grade 2 1 4\n\nThe effects were mild.\n")
ROMAN = ("Table 2 Adverse effects by drug Adverse effect Vincristine Lomustine Lethargy Grade I 6 3 Grade II 2 2 "
         "Grade III 1 0 Leukopenia Grade I 0 4 Grade II 0 3\n\nMost were brief.\n")

NAMES = [["vincristine", "vincristine-treated"], ["lomustine", "lomustine-treated"]]


def _grid(text: str) -> dict[str, list[list[str]]]:
    [table] = spaced_tables(normalize(text), text, [], NAMES, [None, None])
    rows: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text.strip())
    out: dict[str, list[list[str]]] = {}
    for cells in rows.values():
        out.setdefault(cells[0], []).append(cells[1:])
    return out


def test_each_grade_row_gives_each_group_its_count_under_the_heading():
    grid = _grid(GRADES)
    assert grid["Anemia"] == [["", ""]]  # the heading parted from its first grade's row
    assert grid["Grade 1"] == [["3", "1"], ["5", "2"]]
    assert grid["Grade 3"] == [["0", "1"]]


def test_roman_grades_are_read_the_same_way():
    grid = _grid(ROMAN)
    assert grid["Leukopenia"] == [["", ""]]
    assert grid["Grade II"] == [["2", "2"], ["0", "3"]]


def test_the_counts_are_the_groups_toxicities_by_grade():
    [table] = spaced_tables(normalize(GRADES), GRADES, [], NAMES, [None, None])
    got = {(r.group.label, r.fields["category"], r.fields["grade"], r.fields["value"])
           for r in read_table(table).results if r.fields["endpoint"] == "TOX" and r.fields["measure"] == "count"}
    assert ("Vincristine", "anorexia", "2", 1.0) in got
    assert ("Lomustine", "anorexia", "2", 4.0) in got
    assert ("Lomustine", "anemia", "3", 1.0) in got
    assert len(got) == 10  # two counts for each of the five grade rows, nothing from the headings


def _unread(text: str) -> bool:
    return spaced_tables(normalize(text), text, [], NAMES, [None, None]) == []


def test_a_row_with_a_percentage_leaves_the_table_unread():
    assert _unread(GRADES.replace("Grade 2 2 0", "Grade 2 2 (10%) 0"))


def test_a_row_that_is_no_grade_leaves_the_table_unread():
    assert _unread(GRADES.replace("Anorexia Grade 1 5 2", "Weight loss 5 2"))


def test_a_grade_short_of_one_groups_count_leaves_the_table_unread():
    assert _unread(ROMAN.replace("Grade III 1 0", "Grade III 1"))


def test_too_few_grade_rows_leave_the_table_unread():
    assert _unread("Table 1 Effects Effect Vincristine Lomustine Anemia Grade 1 3 1 Grade 2 2 0\n\nFew.\n")
