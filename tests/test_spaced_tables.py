"""Tables written on one line with single spaces between cells (spaced_tables): split back into a grid
only where the header lays over the columns, every cell quoted at its offsets, and read by the table
model like a table from any other source."""

from __future__ import annotations

import pytest
from result_rows import spaced_tables_of as _tables
from support import extract_text, yaml_cases

from oncoev.extract.normalize import normalize
from oncoev.extract.spaced_tables import spaced_tables
from oncoev.extract.table_results import read_table

# Names before each size; an indented grade row under each event; a dash for no p value.
NAMED_SIZES = (
    "Events were mostly mild.  Table 4 Side effects by arm, n (%) Event Drug Q (n = 40) Placebo (n = 38) p "
    "Diarrhoea \u2003Grade 1 6 (15%) 2 (5%) 0.26 \u2003Grade 2 4 (10%) 0 0.12 \u2003Grade 3 0 0 - "
    "Headache 9 (22.5%) 7 (18.4%) 0.78 Insomnia 3 (7.5%) 1 (2.6%) 0.62 * Judged by the site investigator   "
    "Next, the discussion.\n"
)
# Every name, then every size ("Arm K Arm L" over "n = 25 n = 24"); p values written "p = ".
SIZES_AFTER_NAMES = (
    "Table 2 Outcome of the two schedules Arm K Arm L n = 25 n = 24 p Complete response 5 (20%) 3 (12.5%) "
    "p = 0.70 Partial response 11 (44%) 9 (37.5%) p = 0.77 Age > 70 years 8 (32%) 6 (25%) p = 0.75\n"
)
# A count column and a percentage column under each group.
COUNT_AND_PERCENT = (
    "Table 3 Side effects Effect Short course (n = 52) Long course (n = 50) P -value No . % No . % "
    "Nausea 4 8 11 22 0.06 Fatigue 2 3.8 6 12 0.16\n"
)


def _quoted_table(text: str):
    """The one table of ``text``, with some cells placed and each placed cell quoted at its offsets."""
    [table] = _tables(text)
    placed = [c for c in table.cells if c.char_start is not None]
    assert placed and all(text[c.char_start:c.char_end] == c.text.lstrip("\u2003") for c in placed)
    return table


def _unindented_rows(table):
    """The table's rows, each label without the indent that marks it as under a heading."""
    return [[r[0].lstrip("\u2003"), *r[1:]] for r in table.rows()]


def _results(table):
    return sorted([(r.fields["endpoint"], r.fields.get("category"), r.fields.get("grade"), r.fields["measure"],
                    r.fields["value"], r.group.label if r.group else None, r.group.n if r.group else None,
                    r.fields.get("p_value")) for r in read_table(table).results], key=repr)


@pytest.mark.parametrize("text", [NAMED_SIZES, SIZES_AFTER_NAMES, COUNT_AND_PERCENT])
def test_every_cell_is_quoted_at_its_offsets(text):
    table = _quoted_table(text)
    assert table.source == "spaced"


def test_names_before_sizes_indented_grades_and_a_dash_for_p():
    [table] = _tables(NAMED_SIZES)
    assert (table.label, table.caption) == ("Table 4", "Side effects by arm, n (%) Event")
    rows = table.rows()
    assert rows[0] == ["", "Drug Q n = 40", "Placebo n = 38", "p"]
    assert rows[1] == ["Diarrhoea", "", "", ""]
    assert rows[2] == ["\u2003Grade 1", "6 (15%)", "2 (5%)", "0.26"]
    assert rows[4] == ["\u2003Grade 3", "0", "0", "-"]
    # the footnote after the last row is no row
    assert rows[-1] == ["Insomnia", "3 (7.5%)", "1 (2.6%)", "0.62"]
    results = _results(table)
    assert ("TOX", "diarrhoea", "1", "count", 6.0, "Drug Q", 40, 0.26) in results
    assert ("TOX", "diarrhoea", "2", "count", 0.0, "Placebo", 38, 0.12) in results
    assert ("TOX", "headache", None, "count", 7.0, "Placebo", 38, 0.78) in results


def test_names_then_sizes_and_a_bound_in_a_label():
    [table] = _tables(SIZES_AFTER_NAMES)
    rows = table.rows()
    assert rows[0] == ["", "Arm K n = 25", "Arm L n = 24", "p"]
    assert rows[1] == ["Complete response", "5 (20%)", "3 (12.5%)", "p = 0.70"]
    # "> 70 years": the number runs on into a word, so no row starts after it
    assert rows[3] == ["Age > 70 years", "8 (32%)", "6 (25%)", "p = 0.75"]
    results = _results(table)
    assert ("CR", None, None, "count", 5.0, "Arm K", 25, 0.7) in results
    assert ("PR", None, None, "count", 9.0, "Arm L", 24, 0.77) in results


def test_a_count_and_a_percentage_column_under_each_group():
    [table] = _tables(COUNT_AND_PERCENT)
    assert table.header_rows == 2
    assert table.rows()[2] == ["Nausea", "4", "8", "11", "22", "0.06"]
    results = _results(table)
    assert ("TOX", "nausea", None, "count", 11.0, "Long course", 50, 0.06) in results
    assert ("TOX", "fatigue", None, "rate", 3.8, "Short course", 52, 0.16) in results


@yaml_cases
def test_headers_or_groups_that_do_not_fit_the_columns_give_no_table(text):
    assert _tables(text) == []


def test_rows_from_a_spaced_table_reach_the_extraction_with_their_groups():
    text = ("Patients were randomly assigned to drug Q (n = 40) or placebo (n = 38).\n\n" + NAMED_SIZES)
    out = extract_text(text, "paper.txt")
    table_rows = [r for r in out["results"] if r["pattern_id"].startswith("table.")]
    assert {r["cohort"] for r in table_rows} == {"drug_q", "placebo"}
    numbers = {u["text"] for u in out["unexplained"]}
    assert not numbers & {"6", "15", "22.5"}


def test_a_regimen_whose_letters_spell_an_endpoint_names_a_group_beside_its_arm():
    text = ("Table 7 Toxicity LC-X (Arm A) (n = 30) LC (Arm B) (n = 28) p Nausea 3 (10%) 5 (17.9%) 0.47 "
            "Fatigue 6 (20%) 4 (14.3%) 0.73\n")
    [table] = _tables(text)
    results = _results(table)
    assert ("TOX", "nausea", None, "count", 5.0, "LC (Arm B)", 28, 0.47) in results
    assert {r[0] for r in results} == {"TOX"}


def test_a_kind_of_response_the_vocabulary_lacks_is_no_subgroup():
    text = ("Table 8 Best response Drug Q (n = 30) Placebo (n = 28) p Overall response 12 (40%) 5 (17.9%) 0.09 "
            "\u2003CR 4 (13.3%) 1 (3.6%) 0.36 \u2003VGPR 2 (6.7%) 1 (3.6%) 1.00 \u2003PR 6 (20%) 3 (10.7%) 0.47\n")
    [table] = _tables(text)
    results = _results(table)
    assert ("CR", None, None, "count", 4.0, "Drug Q", 30, 0.36) in results
    assert not [r for r in read_table(table).results if r.subgroup]
    assert not [r for r in results if r[4] == 2.0]


def test_a_heading_that_says_how_response_was_assessed_is_no_subgroup():
    text = ("Table 9 Response after surgery Response Drug Q (n = 30) Placebo (n = 28) p Radiological response "
            "\u2003CR 4 (13.3%) 1 (3.6%) 0.36 \u2003PR 6 (20%) 3 (10.7%) 0.47\n")
    [table] = _tables(text)
    assert ("PR", None, None, "count", 3.0, "Placebo", 28, 0.47) in _results(table)
    assert not [r for r in read_table(table).results if r.subgroup]


def test_a_row_whose_numbers_cannot_be_told_from_its_label_stays_whole():
    text = ("Table 10 Tumour grade Drug Q (n = 30) Placebo (n = 28) Grade 1 10 12 2 14 11 3 6 5 "
            "Nausea 3 (10%) 2 (7.1%)\n")
    [table] = _tables(text)
    rows = table.rows()
    assert rows[1] == ["Grade", "1 10 12 2 14 11 3 6 5", ""]
    assert rows[2] == ["Nausea", "3 (10%)", "2 (7.1%)"]


def test_a_grade_under_each_group_is_a_header_level_of_its_own():
    text = ("Table 11 Severe events Event Drug Q (n = 30) Placebo (n = 28) Grade ≥3 Grade ≥3 "
            "Nausea 3 (10%) 2 (7.1%) Fatigue 5 (16.7%) 1 (3.6%)\n")
    [table] = _tables(text)
    assert table.header_rows == 2 and table.rows()[2] == ["Nausea", "3 (10%)", "2 (7.1%)"]
    assert ("TOX", "fatigue", ">=3", "count", 5.0, "Drug Q", 30, None) in _results(table)


@yaml_cases
def test_names_that_start_alike_with_a_format_after_each_size(header, first):
    text = f"Table 12 Events after treatment {header} Pneumonia 6 (10.0) 3 (5.2) Fistula 0 2 (3.4)\n"
    [table] = _tables(text)
    rows = table.rows()
    assert rows[0][1].startswith(first + " n = 60") and rows[0][2].startswith(first.split()[0])
    assert rows[2] == ["Fistula", "0", "2 (3.4)"]
    assert ("TOX", "pneumonia", None, "count", 3.0, rows[0][2].split(" n = ")[0], 58, None) in _results(table)


@yaml_cases
def test_a_grade_with_a_plus_is_that_grade_or_higher(label, grade, category):
    text = f"Table 13 Toxicity Event Drug Q (n = 30) Placebo (n = 28) {label} 3 (10%) 2 (7.1%)\n"
    [table] = _tables(text)
    assert ("TOX", category, grade, "count", 3.0, "Drug Q", 30, None) in _results(table)


@yaml_cases
def test_a_grade_with_a_plus_in_prose(sentence, grade):
    text = "Patients were randomly assigned to drug Q (n = 150) or placebo (n = 150). " + sentence
    out = extract_text(text, "paper.txt")
    assert {r["grade"] for r in out["results"] if r["endpoint"] == "TOX"} == {grade}


@yaml_cases
def test_rows_of_a_failure_site_table_name_the_failure_at_that_site(caption):
    text = (f"Table 14 {caption} Site Drug Q (n = 50) Placebo (n = 48) Local only 4 (8%) 9 (18.8%) "
            "Distant only 11 (22%) 12 (25%) Local and distant 2 (4%) 3 (6.3%) Pain 5 (10%) 6 (12.5%)\n")
    [table] = _tables(text)
    results = _results(table)
    assert ("FAIL_LOCAL", None, None, "count", 9.0, "Placebo", 48, None) in results
    assert ("FAIL_DISTANT", None, None, "count", 11.0, "Drug Q", 50, None) in results
    assert ("FAIL_LOCAL_DISTANT", None, None, "rate", 6.3, "Placebo", 48, None) in results
    assert not [r for r in results if r[4] in (5.0, 6.0, 10.0, 12.5) and r[0].startswith("FAIL")]


def test_a_line_longer_than_any_table_is_no_table():
    from oncoev.extract.spaced_tables import MAX_CHARS

    rows = " ".join(f"Item{i} 3 (10%) 2 (7.1%)" for i in range(MAX_CHARS // 20))
    text = "Table 15 Events Event Drug Q (n = 30) Placebo (n = 28) " + rows + "\n"
    assert len(text) > MAX_CHARS and _tables(text) == []
    short = "Table 15 Events Event Drug Q (n = 30) Placebo (n = 28) " + rows[:2000].rsplit(" Item", 1)[0] + "\n"
    assert len(_tables(short)) == 1


def test_a_row_of_more_numbers_than_its_columns_can_hold_stays_whole():
    text = ("Table 16 Scores Event Drug Q (n = 30) Placebo (n = 28) p Nausea 3 (10%) 2 (7.1%) 0.64 "
            "Index 1 2 3 4 5 6 7 8 9 10 11 Fatigue 5 (16.7%) 1 (3.6%) 0.20\n")
    [table] = _tables(text)
    rows = table.rows()
    assert rows[2][0] == "Index" and rows[2][2:] == ["", ""]
    assert rows[3] == ["Fatigue", "5 (16.7%)", "1 (3.6%)", "0.20"]


# Grades under each group, and a count column and a percentage column under each grade; sizes written with
# wide spaces ("( N  = 40)").
GROUPS_GRADES_COUNT_PERCENT = (
    "Table 17 Side effects of the two schedules Event Schedule K ( N  = 40) Schedule L ( N  = 25) Grade 1-2 "
    "Grade ≥3 Grade 1-2 Grade ≥3 Number % Number % Number % Number % Nausea 10 25 2 5 6 24 1 4 Rash 4 10 0 0 3 12 0 0\n"
)
# Grades under each group after the label column's header, a count with its percentage in each cell.
GROUPS_GRADES_COUNT_PCT = (
    "Table 18 Toxicity No. (%) Arm X ( n  = 20) Arm Y ( n  = 30) Side effect All grades Grade 3-4 "
    "All grades Grade 3-4 Fever 5 (25.0) 1 (5.0) 3 (10.0) 0 Cough 2 (10.0) 0 6 (20.0) 2 (6.7)\n"
)


def _placed_table(text: str):
    """The one table of ``text``, each cell found at its offsets, and its results."""
    table = _quoted_table(text)
    return table, _results(table)


def _reads(text: str, header_rows: int, rows: dict[int, list[str]], has: list[tuple]):
    """The one table of ``text`` (each placed cell quoted at its offsets) and its results, after checking what
    its reading must give: the header's depth, some rows by their index, and results among the table's."""
    table, results = _placed_table(text)
    assert table.header_rows == header_rows
    assert {i: table.rows()[i] for i in rows} == rows
    assert set(has) <= set(results)
    return table, results


@pytest.mark.parametrize(("text", "header_rows", "rows", "has"), [
    (GROUPS_GRADES_COUNT_PERCENT, 3, {3: ["Nausea", "10", "25", "2", "5", "6", "24", "1", "4"]},
     [("TOX", "nausea", ">=3", "count", 2.0, "Schedule K", 40, None),
      ("TOX", "rash", "1-2", "rate", 12.0, "Schedule L", 25, None),
      ("TOX", "rash", ">=3", "rate", 0.0, "Schedule L", 25, None)]),
    (GROUPS_GRADES_COUNT_PCT, 2, {2: ["Fever", "5 (25.0)", "1 (5.0)", "3 (10.0)", "0"]},
     [("TOX", "cough", "3-4", "rate", 6.7, "Arm Y", 30, None),
      ("TOX", "fever", None, "count", 5.0, "Arm X", 20, None)]),
])
def test_grades_under_each_group_are_a_header_level_between_groups_and_cells(text, header_rows, rows, has):
    _, results = _reads(text, header_rows, rows, has)
    assert not [r for r in results if r[1] and "grade" in r[1]]  # the header is no row


@yaml_cases
def test_a_row_that_does_not_fill_the_grade_columns_stays_whole(row):
    text = GROUPS_GRADES_COUNT_PERCENT.replace("Rash 4 10 0 0 3 12 0 0", row)
    [table] = _tables(text)
    assert table.rows()[4][0] == "Cough" and table.rows()[4][2:] == [""] * 7
    assert not [r for r in _results(table) if r[1] == "cough"]


@yaml_cases
def test_a_ratio_column_after_the_groups_leaves_the_table_unread(columns):
    text = (f"Table 19 Relapse by arm Site Drug Q (n = 80) Placebo (n = 78) {columns} Any relapse 20 (25.0%) "
            "31 (39.7%) Local 5 (6.3%) 9 (11.5%) 0.53 0.31-0.90\n")
    assert _tables(text) == []


@yaml_cases
def test_a_label_never_ends_in_a_word_that_joins_it_to_a_number(label):
    from oncoev.extract.flat_tables import split_row
    from oncoev.extract.spaced_tables import SPACED_SHAPES

    assert split_row(f"{label} 2", [20, 30], False, None, SPACED_SHAPES, run_together=False) is None


@yaml_cases
def test_wide_spaces_in_a_group_size_do_not_end_the_table(sizes):
    text = f"Table 20 Response by arm Response {sizes} Complete response 8 (20%) 4 (10.5%)\n"
    [table] = _tables(text)
    assert ("CR", None, None, "count", 8.0, "Drug Q", 40, None) in _results(table)


@yaml_cases
def test_a_first_row_label_that_starts_like_a_grade_is_no_grade(first):
    text = (f"Table 5 Side effects Event Drug K (n = 30) Drug L (n = 20) Any grade Grade 3 Any grade Grade 3 {first} "
            "12 (40) 3 (10) 8 (40) 2 (10) Nausea 6 (20) 0 4 (20) 1 (5)\n")
    [table] = _tables(text)
    assert table.rows()[2:] == [[first, "12 (40)", "3 (10)", "8 (40)", "2 (10)"],
                                ["Nausea", "6 (20)", "0", "4 (20)", "1 (5)"]]


# The same two arms under the whole population and under a part of it, grades under each arm.
POPULATIONS_OVER_ARMS = (
    "Table 7 Side effects by age, n (%) All treated Over 70 Drug Q (n = 100) Placebo (n = 96) Drug Q (n = 20) "
    "Placebo (n = 16) Any grade Grade ≥3 Any grade Grade ≥3 Any grade Grade ≥3 Any grade Grade ≥3 "
    "Nausea 40 (40) 5 (5) 24 (25) 2 (2.1) 10 (50) 2 (10) 4 (25) 0 Rash 20 (20) 1 (1) 12 (12.5) 0 6 (30) 1 (5) "
    "2 (12.5) 0\n"
)
# Two cohorts named alike, the same two arms under each, one value column per arm.
COHORTS_OVER_ARMS = (
    "Table 8 Response by cohort Response Cohort 1 Cohort 2 Arm K (n = 30) Arm L (n = 30) Arm K (n = 24) "
    "Arm L (n = 20) Complete response 6 (20) 3 (10) 4 (16.7) 2 (10) Partial response 9 (30) 7 (23.3) 8 (33.3) "
    "5 (25)\n"
)


@pytest.mark.parametrize(("text", "header_rows", "rows", "has"), [
    # the whole population's columns are the arms themselves, the others each arm within that part
    (POPULATIONS_OVER_ARMS, 3, {0: ["", *["All treated"] * 4, *["Over 70"] * 4]},
     [("TOX", "nausea", ">=3", "count", 5.0, "Drug Q", 100, None),
      ("TOX", "nausea", None, "count", 10.0, "Over 70, Drug Q", 20, None),
      ("TOX", "rash", ">=3", "rate", 5.0, "Over 70, Drug Q", 20, None),
      ("TOX", "rash", None, "count", 2.0, "Over 70, Placebo", 16, None)]),
    (COHORTS_OVER_ARMS, 2, {0: ["", "Cohort 1", "Cohort 1", "Cohort 2", "Cohort 2"]},
     [("CR", None, None, "count", 6.0, "Cohort 1, Arm K", 30, None),
      ("PR", None, None, "rate", 25.0, "Cohort 2, Arm L", 20, None)]),
])
def test_groups_repeated_under_populations_are_each_group_within_its_population(text, header_rows, rows, has):
    table, _ = _reads(text, header_rows, rows, has)
    # four groups, not two arms: no comparator
    assert all(r.comparator is None for r in read_table(table).results)


@yaml_cases
def test_populations_that_cannot_be_told_leave_the_table_unread(change):
    assert _tables(POPULATIONS_OVER_ARMS) != []  # the table as written is read
    assert _tables(POPULATIONS_OVER_ARMS.replace(*change)) == []


@yaml_cases
def test_roman_grades_with_a_format_after_each_grade(header, grades):
    text = f"Table 9 Toxicity by arm {header} Fatigue 6 (50) 1 (8.3) 4 (40) 0 Anorexia 3 (25) 0 2 (20) 1 (10)\n"
    [table] = _tables(text)
    assert table.rows()[0][1:] == ["ARM K n = 12", "ARM K n = 12", "ARM L n = 10", "ARM L n = 10"]
    results = _results(table)
    assert ("TOX", "fatigue", grades[0], "count", 6.0, "ARM K", 12, None) in results
    assert ("TOX", "anorexia", grades[1], "rate", 10.0, "ARM L", 10, None) in results
    assert ("TOX", "fatigue", grades[1], "count", 0.0, "ARM L", 10, None) in results


@yaml_cases
def test_a_format_after_a_comma_after_each_group_size(header, first):
    text = (f"Table 10 Side effects by arm Event {header} Nausea 8 (20) 11 (28.9) 19 (24.4) Fever 2 (5) 4 (10.5) "
            "6 (7.7)\n")
    [table] = _tables(text)
    assert table.rows()[1] == ["Nausea", "8 (20)", "11 (28.9)", "19 (24.4)"]
    results = _results(table)
    assert ("TOX", "nausea", None, "count", 8.0, first, 40, None) in results
    assert ("TOX", "fever", None, "rate", 10.5, table.rows()[0][2].split(" n = ")[0], 38, None) in results


# --- tables whose line runs the cells together (the caption glued to the table, no space between cells) ---

# Three arms; a population's size in the caption; a label with a number inside it ("at least 2"); rows parted by
# a space; a list of abbreviations after the last row; the line glued to the sentence before it.
GLUED_THREE_ARMS = (
    "Toxicity was as expected.Table 5.Adverse events by arm (treated population, n = 120)EventPatients (%)Low "
    "dose Zeloxib (n = 38)High dose Zeloxib (n = 42)Observation (n = 40)Patients with at least 2 events17 (44.7%)"
    "25 (59.5%)9 (22.5%) Infection4 (10.5%)6 (14.3%)1 (2.5%) Fatigue3 (7.9%)11 (26.2%)0 Rash07 (16.7%)2 (5%)"
    "ZX, zeloxib; n, number.\n"
)
# Two arms and a p column; numbered labels ("T1", "T2") glued to the header and to the cells before them; the
# line runs on into a paragraph.
GLUED_TWO_ARMS_P = (
    "Table 2Tumour stage after surgeryStage, n (%)Drug K (n = 60)Drug L (n = 55)p valueT112 (20.0)8 (14.5)0.43"
    "T225 (41.7)20 (36.4)0.56T318 (30.0)21 (38.2)0.36Not staged5 (8.3)6 (10.9)0.64 The stages did not differ "
    "between the two arms in any of the analyses that we had planned.\n"
)


def test_run_together_line_three_arms_and_a_label_with_a_number():
    [table] = _tables(GLUED_THREE_ARMS)
    assert table.label == "Table 5"
    rows = table.rows()
    # the caption's population is no arm
    assert rows[0] == ["", "Low dose Zeloxib n = 38", "High dose Zeloxib n = 42", "Observation n = 40"]
    assert rows[1] == ["Patients with at least 2 events", "17 (44.7%)", "25 (59.5%)", "9 (22.5%)"]
    assert rows[3] == ["Fatigue", "3 (7.9%)", "11 (26.2%)", "0"]
    assert rows[4] == ["Rash", "0", "7 (16.7%)", "2 (5%)"]
    assert len(rows) == 5  # the abbreviations are no row
    got = _results(table)
    assert ("TOX", "infection", None, "count", 6.0, "High dose Zeloxib", 42, None) in got
    assert ("TOX", "rash", None, "count", 7.0, "High dose Zeloxib", 42, None) in got
    assert not [r for r in got if r[4] == 2.0 and r[1] and "least" in r[1]]  # "2" of "at least 2" is no value


def test_run_together_line_two_arms_numbered_labels_and_p():
    [table] = _tables(GLUED_TWO_ARMS_P)
    rows = table.rows()
    assert rows[0] == ["", "Drug K n = 60", "Drug L n = 55", "p"]
    assert [r[0] for r in rows[1:]] == ["T1", "T2", "T3", "Not staged"]
    assert rows[2] == ["T2", "25 (41.7)", "20 (36.4)", "0.56"]
    assert table.char_end <= GLUED_TWO_ARMS_P.index(" The stages")  # the paragraph after it is no row


def test_run_together_label_starting_with_p_is_no_p_column():
    text = GLUED_TWO_ARMS_P.replace("p valueT1", "pT1").replace("T2", "pT2").replace("T3", "pT3")
    for p in ("0.43", "0.56", "0.36", "0.64"):
        text = text.replace(p, "")
    [table] = _tables(text)
    rows = table.rows()
    assert rows[0] == ["", "Drug K n = 60", "Drug L n = 55"]
    assert rows[1] == ["pT1", "12 (20.0)", "8 (14.5)"]


@pytest.mark.parametrize(("whole", "sizes"), [
    (GLUED_THREE_ARMS, ["(n = 42)"]),
    (GLUED_TWO_ARMS_P, ["(n = 60)", "(n = 55)"]),
])
def test_run_together_line_read_only_when_every_group_has_its_size(whole, sizes):
    assert len(_tables(whole)) == 1
    text = whole
    for size in sizes:
        text = text.replace(size, "")
    assert _tables(text) == []


def test_a_size_in_the_caption_population_is_no_group_in_a_spaced_table():
    text = ("Table 3 Grade 3 events (safety population, n = 78) Event Drug Q (n = 40) Placebo (n = 38) "
            "Fever 6 (15%) 2 (5.3%) Cough 4 (10%) 3 (7.9%)\n")
    [table] = _tables(text)
    assert table.rows()[0] == ["", "Drug Q n = 40", "Placebo n = 38"]
    assert table.rows()[1] == ["Fever", "6 (15%)", "2 (5.3%)"]


# --- grades under each group, then the format row written once under every grade ---

@yaml_cases
def test_a_format_row_once_under_every_grade(header, grades, fmt):
    text = f"Table 4 Side effects Event {header} Fever 6 (15) 2 (5) 4 (10.5) 1 (2.6) Cough 4 (10) 0 (0) 3 (7.9) 0 (0)\n"
    [table] = _tables(text)
    rows = table.rows()
    assert rows[1] == ["", *grades, *grades]
    assert rows[2] == ["", fmt, fmt, fmt, fmt]
    assert rows[3] == ["Fever", "6 (15)", "2 (5)", "4 (10.5)", "1 (2.6)"]
    got = _results(table)
    second = grades[1].split()[-1]
    assert ("TOX", "fever", second, "count", 2.0, text.split("(n = 40)")[0].split()[-2] + " " + text.split(
        " (n = 40)")[0].split()[-1], 40, None) in got
    assert not [r for r in got if r[4] == 3.0 and r[1] in ("any grade grade", "grade")]  # "Grade 3" is no row


# --- a caption on a line of its own, the table on the next line ---

# Grades under each group; runs of spaces between header levels and where cells are empty.
NEXT_LINE_GRADES = (
    "Table 5 Side effects of the short and long schedules    \n"
    " Event Arm K (n = 30) Arm L (n = 28)   Grade 1-4 Grade 3-4 Grade 1-4 Grade 3-4   n (%) n (%) n (%) n (%) "
    "Fever 6 (20.0) 1 (3.3) 4 (14.3) 0 (0) Hair loss 21 (70.0)   19 (67.9)   Cough 3 (10.0) 0 (0) 5 (17.9) 1 (3.6) "
    "Abbreviation:  K , the short schedule. \n"
    "The next paragraph of the results.\n"
)
# Two groups and a p column.
NEXT_LINE_P = (
    "Table 2 Response by arm\n"
    "Response Drug Q (n = 50) Placebo (n = 45) p Complete response 9 (18%) 3 (6.7%) 0.09 Partial response 20 (40%) "
    "12 (26.7%) 0.17 Stable disease 11 (22%) 14 (31.1%) 0.32 We saw no response at all in the patients who had "
    "stopped early, whatever their arm had been.\n"
)


def test_caption_line_then_table_line_with_grades_and_empty_cells():
    [table] = _tables(NEXT_LINE_GRADES)
    rows = table.rows()
    assert table.label == "Table 5" and table.caption.startswith("Side effects of the short and long schedules")
    assert rows[0] == ["", "Arm K n = 30", "Arm K n = 30", "Arm L n = 28", "Arm L n = 28"]
    assert rows[3] == ["Fever", "6 (20.0)", "1 (3.3)", "4 (14.3)", "0 (0)"]
    assert ["Cough", "3 (10.0)", "0 (0)", "5 (17.9)", "1 (3.6)"] in _unindented_rows(table)
    got = _results(table)
    assert ("TOX", "cough", "1-4", "count", 5.0, "Arm L", 28, None) in got
    assert ("TOX", "cough", "3-4", "rate", 3.6, "Arm L", 28, None) in got


def test_caption_line_then_table_line_with_p_ends_at_the_paragraph():
    [table] = _tables(NEXT_LINE_P)
    rows = table.rows()
    assert rows[0] == ["", "Drug Q n = 50", "Placebo n = 45", "p"]
    assert rows[-1] == ["Stable disease", "11 (22%)", "14 (31.1%)", "0.32"]
    assert table.char_end < NEXT_LINE_P.index("We saw")
    # a caption whose next line is a paragraph is no table
    assert _tables(NEXT_LINE_P.replace("Response Drug Q (n = 50) Placebo (n = 45) p ", "")) == []


# --- a run-together table whose line the rendering broke ---

# The grades under each group on lines of their own, with a footnote's letter; a row broken after a footnote's
# letter; a label starting with a Greek letter.
GLUED_BROKEN_GRADES = (
    "Table 3Events seen in at least a tenth of patients, n (%)Drug K (n = 40)Drug L (n = 44)Any gradeGrade 3b\n"
    "Any gradeGrade 3b\nFever30 (75.0)4 (10.0)22 (50.0)2 (4.5)Cough12 (30.0)1 (2.5)9 (20.5)0β-Lactam rash10 (25.0)"
    "3 (7.5)c\n6 (13.6)1 (2.3)Headache8 (20.0)08 (18.2)1 (2.3)\n\nOur own words come after the table.\n"
)
# Three groups; the body broken over two lines where a row ends; a heading after it.
GLUED_BROKEN_ROWS = (
    "Table 4Response by doseResponse, n (%)Low (n = 20)Mid (n = 25)High (n = 30)Complete response2 (10.0)5 (20.0)"
    "9 (30.0)\nPartial response6 (30.0)8 (32.0)11 (36.7)Stable disease7 (35.0)6 (24.0)5 (16.7)\nBODY.DISCUSSION:\n"
    "We discuss the results in our own words here, at the length of a sentence or more.\n"
)


def test_run_together_table_over_lines_with_grades_on_lines_of_their_own():
    [table] = _tables(GLUED_BROKEN_GRADES)
    rows = _unindented_rows(table)
    assert rows[1] == ["", "Any grade", "Grade 3", "Any grade", "Grade 3"]  # the footnote letter is no grade
    assert rows[2:] == [["Fever", "30 (75.0)", "4 (10.0)", "22 (50.0)", "2 (4.5)"],
                        ["Cough", "12 (30.0)", "1 (2.5)", "9 (20.5)", "0"],
                        ["β-Lactam rash", "10 (25.0)", "3 (7.5)", "6 (13.6)", "1 (2.3)"],
                        ["Headache", "8 (20.0)", "0", "8 (18.2)", "1 (2.3)"]]
    got = _results(table)
    assert ("TOX", "β-lactam rash", "3", "count", 1.0, "Drug L", 44, None) in got


def test_run_together_table_over_lines_ends_at_a_heading():
    [table] = _tables(GLUED_BROKEN_ROWS)
    assert table.char_end < GLUED_BROKEN_ROWS.index("BODY")


# --- a table's line broken by footnote marks on lines of their own ---

# A Roman table number; a mark after the caption and after two row labels, each on its own line with an empty line
# after it; a heading row before an empty line; a label opening with a bound ("≥2 events").
MARKS_ROMAN = (
    "We list the events below.   Table IV Adverse events by dose level \n a \n \n Event, n (%) Low dose (n = 60) "
    "High dose (n = 55) ≥2 events 31 (51.7) 40 (72.7) Any serious event \n b \n \n 9 (15.0) 14 (25.5) Common events "
    "\n \n Cough 20 (33.3) 22 (40.0) Rash \n c \n \n \n \n 6 (10.0) 11 (20.0) Chills 5 (8.3) 9 (16.4)\n\n"
    "BODY.DISCUSSION:\nOur own words follow the table here.\n"
)
# An Arabic number and a p column; a mark after a label whose cells follow on the next line.
MARKS_P = (
    "Table 2 Response by arm Response Arm K (n = 40) Arm L (n = 36) p Complete response \n d \n \n 8 (20.0) "
    "3 (8.3) 0.20 Partial response 14 (35.0) 10 (27.8) 0.63 Stable disease \n e \n \n 9 (22.5) 12 (33.3) 0.32\n"
    "Next, the discussion in our own words.\n"
)


def test_marks_on_lines_of_their_own_with_a_roman_number():
    [table] = _tables(MARKS_ROMAN)
    assert table.label == "Table IV"
    rows = _unindented_rows(table)
    assert ["≥2 events", "31 (51.7)", "40 (72.7)"] in rows
    assert ["Any serious event", "9 (15.0)", "14 (25.5)"] in rows
    assert ["Cough", "20 (33.3)", "22 (40.0)"] in rows
    assert ["Rash", "6 (10.0)", "11 (20.0)"] in rows
    assert rows[-1] == ["Chills", "5 (8.3)", "9 (16.4)"]
    got = _results(table)
    assert ("TOX", "rash", None, "count", 11.0, "High dose", 55, None) in got


@pytest.mark.parametrize(("text", "header", "body"), [
    # run together over lines, up to a heading
    (GLUED_BROKEN_ROWS, ["", "Low n = 20", "Mid n = 25", "High n = 30"],
     [["Complete response", "2 (10.0)", "5 (20.0)", "9 (30.0)"],
      ["Partial response", "6 (30.0)", "8 (32.0)", "11 (36.7)"],
      ["Stable disease", "7 (35.0)", "6 (24.0)", "5 (16.7)"]]),
    # footnote marks on lines of their own, and a p column
    (MARKS_P, ["", "Arm K n = 40", "Arm L n = 36", "p"],
     [["Complete response", "8 (20.0)", "3 (8.3)", "0.20"],
      ["Partial response", "14 (35.0)", "10 (27.8)", "0.63"],
      ["Stable disease", "9 (22.5)", "12 (33.3)", "0.32"]]),
])
def test_the_rows_of_a_table_broken_over_lines(text, header, body):
    [table] = _tables(text)
    rows = table.rows()
    assert rows[0] == header
    assert rows[1:] == body


# --- a header broken inside a cell, under a caption's total ---

# The caption's population ("(N = 120)") before the groups, grades under each group, "N (%)" once under each group
# and broken over two lines; a p column.
CAPTION_TOTAL_GRADES = (
    "Table 6 Side effects of the two schedules (N = 120) Arm K (n = 60) Arm L (n = 58) P -value Side effect "
    "Any grade Grade 1-2 Grade 3 Any grade Grade 1-2 Grade 3 N \n (%) N (%) Fever 12 (20.0%) 9 (15.0%) 3 (5.0%) "
    "6 (10.3%) 6 (10.3%) 0 (0%) 0.20 Cough 15 (25.0%) 15 (25.0%) 0 (0%) 18 (31.0%) 16 (27.6%) 2 (3.4%) 0.47\n"
    "Next, the discussion in our own words.\n"
)
# The same with a total written "( N  = 150)" after the caption and a footnote mark, and two grades.
CAPTION_TOTAL_TWO_GRADES = (
    "Table 3 Events during treatment ( N  = 150)* Drug Q ( n =74) Placebo ( n =72) p Toxicity Any grade Grade 3 "
    "Any grade Grade 3 n \n (%) n (%) Rash 30 (40.5%) 4 (5.4%) 10 (13.9%) 0 (0%) 0.01 Headache 8 (10.8%) 1 (1.4%) "
    "9 (12.5%) 1 (1.4%) 0.80\n\nOur own words follow.\n"
)


def test_caption_total_is_no_group_and_the_broken_format_is_read():
    [table] = _tables(CAPTION_TOTAL_GRADES)
    rows = table.rows()
    assert rows[0] == ["", *["Arm K n = 60"] * 3, *["Arm L n = 58"] * 3, "p"]
    assert rows[1][1:4] == ["Any grade", "Grade 1-2", "Grade 3"]
    assert rows[-1] == ["Cough", "15 (25.0%)", "15 (25.0%)", "0 (0%)", "18 (31.0%)", "16 (27.6%)", "2 (3.4%)", "0.47"]
    got = _results(table)
    assert ("TOX", "cough", "3", "count", 2.0, "Arm L", 58) in [r[:7] for r in got]
    assert not [r for r in got if r[6] == 120]  # the caption's total is no group


def test_caption_total_with_two_grades():
    [table] = _tables(CAPTION_TOTAL_TWO_GRADES)
    rows = table.rows()
    assert rows[0] == ["", "Drug Q n = 74", "Drug Q n = 74", "Placebo n = 72", "Placebo n = 72", "p"]
    assert rows[-1] == ["Headache", "8 (10.8%)", "1 (1.4%)", "9 (12.5%)", "1 (1.4%)", "0.80"]


# --- run-together lines of grades under groups whose empty cells are marks ("..", "-") ---

# Two dots for an empty cell, a p column compared at one grade only (a note says so), a percentage bounded "<1%".
GLUED_GRADES_DOTS = (
    "Table 6Delayed side effects (beyond 6 months)Short schedule (n=150)Long schedule (n=160)p value*Grade 1–2"
    "Grade 3Grade 4Grade 1–2Grade 3Grade 4Fibrosis30 (20%)....40 (25%)2 (1%)..0·21Stricture6 (4%)1 (<1%)..5 (3%)"
    "....0·65Skin atrophy45 (30%)9 (6%)..52 (33%)8 (5%)1 (<1%)0·44Data are n (%).*Compared at grade 3 or worse.\n"
)
# Dashes for empty cells, no p column, a row opening with an empty cell.
GLUED_GRADES_DASHES = (
    "Table 4Laboratory toxicity by gradeDrug R (n = 40)Drug S (n = 25)Grade 1Grade 2Grade 3Grade 1Grade 2Grade 3"
    "Anaemia10 (25%)4 (10%)-5 (20%)-1 (4%)Raised ALT-2 (5%)1 (2.5%)3 (12%)2 (8%)-Low platelets6 (15%)--4 (16%)"
    "1 (4%)-\n"
)


@pytest.mark.parametrize(("text", "rows"), [
    (GLUED_GRADES_DOTS, {1: ["", "Grade 1-2", "Grade 3", "Grade 4", "Grade 1-2", "Grade 3", "Grade 4", ""],
                         3: ["Stricture", "6 (4%)", "1 (<1%)", "..", "5 (3%)", "..", "..", "0·65"]}),
    (GLUED_GRADES_DASHES, {3: ["Raised ALT", "-", "2 (5%)", "1 (2.5%)", "3 (12%)", "2 (8%)", "-"],
                           4: ["Low platelets", "6 (15%)", "-", "-", "4 (16%)", "1 (4%)", "-"]}),
])
def test_run_together_grades_with_marks_for_empty_cells_keep_every_cell_in_its_column(text, rows):
    table, _ = _reads(text, 2, rows, [])
    assert len(table.rows()) == 5  # the notes are no row


def test_run_together_grades_with_marks_give_each_grade_its_value_and_no_p_of_another_grade():
    got = _results(_tables(GLUED_GRADES_DOTS)[0])
    assert ("TOX", "fibrosis", "3", "count", 2.0, "Long schedule", 160, None) in got
    assert ("TOX", "skin atrophy", "1-2", "rate", 33.0, "Long schedule", 160, None) in got
    # one p per row, three grades under each group: the p is not given to any of them
    assert all(r[-1] is None for r in got)
    assert not [r for r in got if r[1] == "fibrosis" and r[2] == "4"]  # ".." is no value
    got = _results(_tables(GLUED_GRADES_DASHES)[0])
    assert ("TOX", "raised alt", "2", "count", 2.0, "Drug R", 40, None) in got
    assert ("TOX", "low platelets", "2", "count", 1.0, "Drug S", 25, None) in got
    assert not [r for r in got if r[1] == "anaemia" and r[2] == "3" and r[5] == "Drug R"]


def test_a_count_with_a_bounded_percentage_gives_the_rate_as_a_bound():
    [table] = _tables(GLUED_GRADES_DOTS)
    rates = [(r.fields["value"], r.fields["value_op"]) for r in read_table(table).results
             if r.fields["category"] == "stricture" and r.fields["grade"] == "3" and r.fields["measure"] == "rate"]
    assert rates == [(1.0, "<")]


@yaml_cases
def test_a_total_first_marks_after_cells_and_a_spaced_bound_p(text, rows, has):
    table, got = _reads(text, 1, rows, has)
    assert len(table.rows()) == 4
    assert not [r for r in got if r[5] and "patients" in r[5]]  # the whole population is no group


@yaml_cases
def test_names_then_their_regimens_then_sizes_with_dashes_for_empty_cells(text, rows, has):
    _, got = _reads(text, 3, rows, has)
    assert not [r for r in got if r[3] == "count" and r[4] == 0.0]  # a dash is no zero


@yaml_cases
def test_run_together_scale_over_bare_grades_and_headings_glued_to_rows(text, rows, has, unread):
    _, got = _reads(text, 3, rows, has)
    assert not [r for r in got if r[1] == unread]
    assert all(r[5] in ("Drug V", "Drug W", "Arm K", "Arm L") for r in got)  # no heading is a subgroup


# Each run-together, broken or marked table above: every cell it places stands in the text at its offsets.
@pytest.mark.parametrize("text", [
    GLUED_THREE_ARMS, GLUED_TWO_ARMS_P,
    NEXT_LINE_GRADES, NEXT_LINE_P,
    GLUED_BROKEN_GRADES, GLUED_BROKEN_ROWS,
    MARKS_ROMAN, MARKS_P,
    CAPTION_TOTAL_GRADES, CAPTION_TOTAL_TWO_GRADES,
])
def test_each_later_table_every_cell_is_quoted_at_its_offsets(text):
    _quoted_table(text)


# Run together: the groups' names one after another, then their sizes in the same order; rows parted by two spaces,
# a time point heading the rows under it, and a row naming a part of the population with each group's size in it.
GLUED_NAMES_THEN_SIZES = (
    "Table 5.Response by visitResponseNo. (%)Drug Q weeklyDrug Q monthlyObservationAll patientsn = 30n = 32n = 28"
    " 3 months  Partial response6 (20%)8 (25%)2 (7%)  Progressive disease9 (30%)7 (22%)14 (50%) 9 months  Partial "
    "response4 (13%)9 (28%)1 (4%)Womenn = 10n = 16n = 12 3 months  Partial response2 (20%)4 (25%)1 (8%)\n"
)
GLUED_TWO_ARMS = (
    "Table 3 Toxicity by armToxicityLow doseHigh dose (oral)n = 44n = 41  Nausea5 (11%)12 (29%)  Rash"
    "3 (7%)9 (22%)  Fatigue14 (32%)20 (49%)\n"
)


def _glued(text: str, names):
    return spaced_tables(normalize(text), text, [], names)


def test_a_run_together_header_of_names_then_sizes_is_parted_by_the_groups_names():
    names = [["drug Q weekly"], ["drug Q monthly"], ["observation"]]
    [table] = _glued(GLUED_NAMES_THEN_SIZES, names)
    placed = [c for c in table.cells if c.char_start is not None and c.col == 0 or c.text[:1].isdigit()]
    assert all(GLUED_NAMES_THEN_SIZES[c.char_start:c.char_end] == c.text.lstrip("\u2003") for c in placed
               if c.char_start is not None)
    rows = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields.get("timepoint_months"),
             r.group.label, r.group.n, r.subgroup, r.subgroup_n) for r in read_table(table).results}
    assert ("PD", "count", 9.0, 3, "Drug Q weekly", 30, None, None) in rows
    assert ("PD", "count", 14.0, 3, "Observation", 28, None, None) in rows
    assert ("PR", "count", 9.0, 9, "Drug Q monthly", 32, None, None) in rows
    # the rows under "Women": that part of each group, with its own size
    assert ("PR", "count", 4.0, 3, "Drug Q monthly", 32, "Women", 16) in rows
    assert not any(r[6] in ("3 months", "9 months") for r in rows)  # a time point heading is no subgroup
    # without the groups' names the header cannot be parted: no table
    assert _glued(GLUED_NAMES_THEN_SIZES, []) == []


def test_two_run_together_names_with_a_gloss_then_their_sizes():
    [table] = _glued(GLUED_TWO_ARMS, [["low dose"], ["high dose", "high-dose arm"]])
    rows = {(r.fields["endpoint"], r.fields.get("category"), r.fields["measure"], r.fields["value"], r.group.label,
             r.group.n) for r in read_table(table).results}
    assert ("TOX", "nausea", "count", 12.0, "High dose (oral)", 41) in rows
    assert ("TOX", "fatigue", "count", 14.0, "Low dose", 44) in rows
    assert len(rows) == 12  # three rows, a count and a rate under each of two groups
    # a name the header does not hold in its place (a third group named in the prose): the sizes are not laid
    assert _glued(GLUED_TWO_ARMS, [["low dose"], ["placebo"]]) == []


@yaml_cases
def test_counts_written_over_their_own_denominators(text):
    [table] = _tables(text)
    rows = {(r.fields["measure"], r.fields["value"], r.group.label, r.group.n) for r in read_table(table).results}
    assert ("count", 15.0, "Long course", 50) in rows and ("rate", 30.0, "Long course", 50) in rows
    assert ("count", 4.0, "Short course", 52) in rows
    assert len(rows) == 12
    # counted over fewer patients than the group (those evaluated): not the group's counts, the rows stay unread
    fewer = text.replace("/52 (", "/48 (")
    assert not [r for t in _tables(fewer) for r in read_table(t).results]


# A section, a term under it with the p value of the grades indented under the term, one em space per level.
TERM_P_OVER_GRADES = (
    "Most events were mild.  Table 3. Side effects by arm Event Arm P ( n =40) Arm Q ( n =38) P Blood events "
    "\u2003Anaemia 0.210 \u2003\u2003Grade 0 30 25 \u2003\u2003Grade 1 6 9 \u2003\u2003Grade 2 4 4 "
    "\u2003Nausea 0.480 \u2003\u2003Grade 0 20 22 \u2003\u2003Grade 1 15 12 \u2003\u2003Grade 2 5 4 "
    "Data are numbers of patients. \n"
)
# No section; the terms at the left edge, the grades one level in; bounded p values.
TERM_P_OVER_GRADES_FLAT = (
    "Table 5 Worst toxicity by schedule Toxicity Weekly (n = 30) Daily (n = 31) p Rash <0.01 \u2003Grade 1 4 12 "
    "\u2003Grade 2 1 6 \u2003Grade 3 0 3 Cough 0.62 \u2003Grade 1 8 7 \u2003Grade 2 2 3 \u2003Grade 3 1 0\n"
)


@pytest.mark.parametrize("text, term_row, has", [
    (TERM_P_OVER_GRADES, ["\u2003Anaemia", "", "", "0.210"],
     {("TOX", "anaemia", "1", "count", 6.0, "Arm P", 40, None), ("TOX", "nausea", "2", "count", 4.0, "Arm Q", 38,
                                                                  None)}),
    (TERM_P_OVER_GRADES_FLAT, ["Rash", "", "", "<0.01"],
     {("TOX", "rash", "3", "count", 3.0, "Daily", 31, None), ("TOX", "cough", "1", "count", 8.0, "Weekly", 30,
                                                             None)}),
])
def test_a_term_row_holding_only_the_p_of_the_grades_under_it(text, term_row, has):
    table = _quoted_table(text)
    rows = table.rows()
    assert term_row in rows
    results = _results(table)
    assert set(results) >= has
    # every grade is the term's over it, never the section's
    assert {r[1] for r in results} == {term_row[0].strip("\u2003").lower(), "cough" if "Rash" in text else "nausea"}
    assert not read_table(table).unexplained


def test_a_lone_decimal_with_no_rows_indented_under_it_stays_unsplit():
    text = TERM_P_OVER_GRADES_FLAT.replace("\u2003", "")
    table = _quoted_table(text)
    # (as before: a lone decimal may be a value of the first group; the reader lists it unexplained)
    assert ["Cough", "0.62", "", ""] in table.rows() and ["Cough", "", "", "0.62"] not in table.rows()


@yaml_cases
def test_rows_labelled_with_a_ci_in_square_brackets(text):
    [table] = _tables(text)
    rows = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields.get("ci_low"),
             r.fields.get("ci_high"), r.group.label, r.group.n) for r in read_table(table).results}
    assert ("ORR", "count", 18.0, None, None, "Drug K", 60) in rows
    assert ("ORR", "rate", 30.0, 18.8, 43.2, "Drug K", 60) in rows
    assert ("ORR", "rate", 15.5, 7.3, 27.4, "Drug L", 58) in rows
    assert ("DOR", "median", 9.2, 6.1, 12.4, "Drug K", 60) in rows
    assert ("DOR", "median", 7.8, None, None, "Drug L", 58) in rows  # no upper bound: no interval
    assert ("PR", "count", 8.0, None, None, "Drug L", 58) in rows


@yaml_cases
def test_a_percentage_before_its_count_over_the_denominator(text):
    [table] = _tables(text)
    rows = {(r.fields["endpoint"], r.fields.get("category"), r.fields["measure"], r.fields["value"], r.group.label,
             r.group.n) for r in read_table(table).results}
    assert ("TOX", "transient fever", "count", 3.0, "Arm K", 50) in rows
    assert ("TOX", "transient fever", "rate", 12.5, "Arm L", 48) in rows
    assert ("TOX", "flank pain", "count", 12.0, "Arm L", 48) in rows
    assert ("TOX", "wound infection", "rate", 2.1, "Arm L", 48) in rows
    assert not any("complications" in (r[1] or "") and "fever" in (r[1] or "") for r in rows)
    # a count over fewer than the group's patients, or a percentage that is not the count's: the row stays unread
    for wrong in (text.replace("(5/50)", "(5/45)"), text.replace("10.0% (5/50)", "15.0% (5/50)").replace(
            "10.0 (5/50)", "15.0 (5/50)")):
        read = {(r.fields.get("category"), r.fields["value"]) for t in _tables(wrong) for r in read_table(t).results}
        assert ("flank pain", 5.0) not in read


@yaml_cases
def test_clinical_stable_and_progressive_disease_rows(text):
    """'cSD' and 'cPD' beside 'cCR' and 'cPR': stable and progressive disease as assessed clinically."""
    [table] = _tables(text)
    rows = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label) for r in
            read_table(table).results}
    assert {("SD", "count", 6.0, "Arm K"), ("SD", "rate", 33.3, "Arm L"), ("PD", "count", 3.0, "Arm K"),
            ("PD", "rate", 16.7, "Arm L")} <= rows
    assert len(rows) == 16


@yaml_cases
def test_a_run_together_header_naming_the_groups_without_sizes_takes_the_prose_sizes(text, names):
    [table] = spaced_tables(normalize(text), text, [], names, [50, 45])
    rows = {(r.fields.get("category"), r.fields.get("grade"), r.fields["measure"], r.fields["value"], r.group.n)
            for r in read_table(table).results}
    assert {("anaemia", "3-4", "count", 6.0, 50), ("fatigue", "3-4", "rate", 8.9, 45),
            ("rash", "3-4", "count", 5.0, 45)} <= rows
    assert len(rows) == 12
    # sizes the percentages do not agree with, or no size for a group, or a group the header does not name: no table
    assert spaced_tables(normalize(text), text, [], names, [60, 45]) == []
    assert spaced_tables(normalize(text), text, [], names, [50, None]) == []
    assert spaced_tables(normalize(text), text, [], [names[0], ["placebo"]], [50, 45]) == []


# A value with its interval written with "to" or a comma between the bounds, or with an upper bound not estimable, is
# one cell; a split that leaves a value outside its own interval cut a digit off into the label and is no split; a
# label may end in "No." (the events' count), not in another full stop.
@yaml_cases
def test_a_median_with_its_interval_written_with_to_or_a_comma_is_one_cell(median, ci):
    text = (f"Table 2 Survival by arm Drug Q (n = 52) Observation (n = 49) p Deaths, No. 31 38 0.09 Median OS "
            f"(95% CI), months {median} Median PFS (95% CI), months 12.6 (10.2 to 14.4) 8.1 (6.0 to 9.3) 0.01\n")
    table = _quoted_table(text)
    rows = _unindented_rows(table)
    assert rows[1][:3] == ["Deaths, No.", "31", "38"]
    assert rows[3][0] == "Median PFS (95% CI), months"  # not "... months 1" over "2.6 (10.2 to 14.4)"
    got = {(r.fields["endpoint"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"])
           for r in read_table(table).results if r.fields["measure"] == "median"}
    assert got == {*(("OS", *c) for c in ci), ("PFS", 12.6, 10.2, 14.4), ("PFS", 8.1, 6.0, 9.3)}


# A table's second part on the lines after it: its last row a heading closing the line, then the parts each group
# falls into, one per line with its size, the same parts under each group, the body run on after the last size.
PARTS_GLUED = (
    "Responses were confirmed centrally.Table 3Best response in the efficacy setArm K (n = 40)Arm L "
    "(n = 38)All patients Best response, n (%)  CR2 (5.0)1 (2.6)  PR10 (25.0)5 (13.2)  SD15 (37.5)12 (31.6)"
    "  PD13 (32.5)20 (52.6)Patients by marker status\n"
    "Marker high (n = 15)\nMarker low (n = 25)\nMarker high (n = 18)\nMarker low (n = 20) Best response, n (%)"
    "  CR1 (6.7)1 (4.0)01 (5.0)  PR6 (40.0)4 (16.0)2 (11.1)3 (15.0)  SD5 (33.3)10 (40.0)6 (33.3)6 (30.0)"
    "  PD3 (20.0)10 (40.0)10 (55.6)10 (50.0)\nAbbreviations: CR complete response.\n"
)
PARTS_SPACED = (
    "The second cohort followed.\nTable 2 Tumour response by arm Arm P (n = 30) Arm R (n = 32) Response "
    "Complete response 3 (10.0) 2 (6.3) Partial response 9 (30.0) 6 (18.8) Stable disease 12 (40.0) 14 (43.8) "
    "By age at entry\nUnder 65 (n = 12)\nAged 65 or more (n = 18)\nUnder 65 (n = 14)\nAged 65 or more (n = 18) "
    "Complete response 2 (16.7) 1 (5.6) 1 (7.1) 1 (5.6) Partial response 4 (33.3) 5 (27.8) 3 (21.4) 3 (16.7)\n"
    "Next, the safety results.\n"
)


@pytest.mark.parametrize("text, endpoint, expected", [
    (PARTS_GLUED, "PR", {("Marker high, Arm K", 15, 6.0, 40.0), ("Marker low, Arm K", 25, 4.0, 16.0),
                         ("Marker high, Arm L", 18, 2.0, 11.1), ("Marker low, Arm L", 20, 3.0, 15.0)}),
    (PARTS_SPACED, "CR", {("Under 65, Arm P", 12, 2.0, 16.7), ("Aged 65 or more, Arm P", 18, 1.0, 5.6),
                          ("Under 65, Arm R", 14, 1.0, 7.1), ("Aged 65 or more, Arm R", 18, 1.0, 5.6)}),
])
def test_parts_of_each_group_on_lines_after_the_table(text, endpoint, expected):
    extraction = extract_text(text)
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    found: dict[tuple, dict] = {}
    for r in extraction["results"]:
        cohort = cohorts.get(r["cohort"], {})
        if r["endpoint"] == endpoint and r["pattern_id"].startswith("table.") and "," in cohort.get("label", ""):
            found.setdefault((cohort["label"], cohort["n"]), {})[r["measure"]] = r["value"]
    assert {(label, n, v["count"], v["rate"]) for (label, n), v in found.items()} == expected
    # within a part, the groups stand beside each other, not compared: no comparator on a part's row
    assert not [r for r in extraction["results"] if "," in cohorts.get(r["cohort"], {}).get("label", "")
                and r.get("comparator")]


def test_parts_whose_sizes_are_not_the_groups_give_no_table():
    # the parts under the first group add up to 39, not its 40: which group each column is of cannot be told
    text = PARTS_GLUED.replace("Marker low (n = 25)", "Marker low (n = 24)")
    assert len(_tables(text)) == 1
    assert len(_tables(PARTS_GLUED)) == 2


@yaml_cases
def test_an_endpoint_heading_on_the_line_of_its_first_row_is_a_heading_row(text, expected, intervals, other):
    table = _quoted_table(text)
    labels = [r[0].strip() for r in table.rows()[1:]]
    headings = [label for label in labels if label in ("TTP", "OS", "DFS (months)", "PFS (months)")]
    assert len(headings) == 2
    results = read_table(table).results
    assert {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label, r.fields.get("p_value"))
            for r in results} == expected
    # the interval only where the row says it is a confidence interval ("Median" alone may give a range)
    assert {r.fields["value"]: r.fields["ci_low"] for r in results if r.fields["measure"] == "median"} == intervals
    # a heading before another kind of row: one label, as before
    [table] = _tables(f"Table 2 Efficacy Drug K (n = 44) Drug L (n = 41) P {other} Fatigue 3 (7%) 5 (12%) 0.47\n")
    assert len(table.rows()) == 3


@yaml_cases
def test_a_format_broken_over_lines_under_every_group(text, counts):
    table = _quoted_table(text)
    found = {(r.fields["endpoint"], r.fields["value"], r.group.label if r.group else None)
             for r in read_table(table).results if r.fields["measure"] == "count"}
    assert found == counts


@yaml_cases
def test_the_header_again_inside_the_body_ends_the_table(second):
    # the rows after the header written again are of the same groups at another time, with other sizes: not the
    # first header's columns
    text = (f"Table 4 Response by arm Response after induction Drug V (n = 41) Drug W (n = 40) CR 2 (4.9%) 1 (2.5%) "
            f"PR 21 (51.2%) 17 (42.5%) SD 11 (26.8%) 12 (30.0%) {second} CR 9 (27.3%) 6 (20.0%) PR 19 (57.6%) "
            "18 (60.0%) SD 4 (12.1%) 7 (23.3%)\n")
    table = _quoted_table(text)
    assert [r[0] for r in table.rows()[1:]] == ["CR", "PR", "SD"]
    counts = {(r.fields["endpoint"], r.group.label): r.fields["value"] for r in read_table(table).results
              if r.fields["measure"] == "count"}
    assert counts == {("CR", "Drug V"): 2, ("CR", "Drug W"): 1, ("PR", "Drug V"): 21, ("PR", "Drug W"): 17,
                      ("SD", "Drug V"): 11, ("SD", "Drug W"): 12}


# A ratio comparing the arms in a column after them, its interval in its own cell's brackets ("HR (95% CI)" over
# "0.74 (0.55–0.99)"), then perhaps the p column: a column of the header, each row's ratio placed in it, the arms'
# values in theirs.
RATIO_AFTER_ARMS = [
    ("Table 6 Efficacy by arm Endpoint Drug K (n = 90) Drug L (n = 88) HR (95% CI) p Median overall survival, months "
     "14.2 11.0 0.74 (0.55–0.99) 0.04 Median progression-free survival, months 6.1 4.3 0.70 (0.52–0.94) 0.02 "
     "Objective response 30 (33.3%) 19 (21.6%) 0.08\n",
     {("OS", "median", 14.2, "Drug K"), ("OS", "median", 11.0, "Drug L"), ("PFS", "median", 6.1, "Drug K"),
      ("PFS", "median", 4.3, "Drug L"), ("ORR", "count", 30.0, "Drug K"), ("ORR", "rate", 21.6, "Drug L")},
     {("OS", 0.74, 0.55, 0.99, 0.04), ("PFS", 0.7, 0.52, 0.94, 0.02)}),
    ("Table 3 Survival in the two arms Outcome Arm W (n = 120) Arm V (n = 118) Hazard ratio (95% CI) Median "
     "disease-free survival, months 40.2 28.5 0.66 (0.47-0.92) Overall survival at 3 years, % 81 72\n",
     {("DFS", "median", 40.2, "Arm W"), ("DFS", "median", 28.5, "Arm V"), ("OS", "rate", 81.0, "Arm W"),
      ("OS", "rate", 72.0, "Arm V")},
     {("DFS", 0.66, 0.47, 0.92, None)}),
]


@pytest.mark.parametrize("text, values, ratios", RATIO_AFTER_ARMS)
def test_a_ratio_column_with_its_interval_after_the_arms_is_a_column_of_the_table(text, values, ratios):
    table = _quoted_table(text)
    reading = read_table(table)
    got = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label) for r in reading.results}
    assert values <= got
    hrs = [r for r in reading.results if r.fields["measure"] == "hr"]
    assert {(r.fields["endpoint"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.fields["p_value"])
            for r in hrs} == ratios
    assert all(r.pattern_id == "table.arms_ratio" and r.comparator is not None for r in hrs)
    # a row with no ratio beside the arms' counts: its last number is its p value, not a ratio
    assert all(r.fields["p_value"] == 0.08 for r in reading.results if r.fields["endpoint"] == "ORR")


def test_a_ratio_column_whose_rows_write_the_interval_apart_leaves_the_table_unread():
    # the header says one cell for the ratio and its interval; a row writing them apart does not fit the columns
    text = ("Table 7 Survival by arm Endpoint Drug K (n = 90) Drug L (n = 88) HR (95% CI) Median overall survival, "
            "months 14.2 11.0 0.74 0.55–0.99 Median progression-free survival, months 6.1 4.3 0.70 (0.52–0.94)\n")
    assert _tables(text) == []


# The groups on the rows, each with its size in the column after its name ("Groups Cases ..." over "Study group 40
# ..."), the events or responses over the columns, each name starting with a capital; no "n =" in the header.
GROUP_ROWS = [
    ("Table 4 Adverse reactions in the two groups Groups Cases Nausea and vomiting Leukopenia Hair loss Study group 40 "
     "12 18 6 Control group 41 8 14 3 X 2 - 1.02 0.81 0.20 P value - 0.31 0.37 0.65\n",
     {("TOX", "nausea and vomiting", "count", 12.0, "Study group", 40), ("TOX", "hair loss", "count", 3.0,
                                                                       "Control group", 41)}, 6),
    ("Table 2 Short-term response of the two arms Group n CR PR SD PD Arm A 52 6 (11.5) 20 (38.5) 18 (34.6) 8 (15.4) "
     "Arm B 50 3 (6.0) 15 (30.0) 20 (40.0) 12 (24.0)\n",
     {("CR", None, "count", 6.0, "Arm A", 52), ("PD", None, "rate", 24.0, "Arm B", 50)}, 16),
    # the last column's name, a capital's word, runs into the first group's ("Alopecia Study group"): the columns are
    # as many as the rows' cells
    ("Table 5 Toxicity by group Groups Cases Nausea Leukopenia Alopecia Study group 40 12 18 6 Control group 41 8 14 "
     "3\n", {("TOX", "alopecia", "count", 6.0, "Study group", 40), ("TOX", "nausea", "count", 8.0, "Control group",
                                                                   41)}, 6),
]


@pytest.mark.parametrize("text, expected, count", GROUP_ROWS)
def test_groups_on_rows_with_their_sizes_in_a_column(text, expected, count):
    table = _quoted_table(text)
    got = {(r.fields["endpoint"], r.fields.get("category"), r.fields["measure"], r.fields["value"], r.group.label,
            r.group.n) for r in read_table(table).results}
    assert expected <= got and len(got) == count


# A row whose every cell is a count with its percentage, one per column, parts one way only: it is split even when a
# printed percentage is off its group's size by more than a point (a misprint, or a percentage of another
# denominator), as the paper prints it.
@yaml_cases
def test_a_row_of_count_percentage_cells_splits_whatever_its_percentages(text, row):
    [table] = _tables(text)
    assert row in table.rows()


def test_a_row_short_of_a_cell_with_an_odd_percentage_stays_whole():
    text = ("Table 21 Side effects by arm Event Drug Q (n = 64) Placebo (n = 61) Any grade Grade ≥3 Any grade Grade ≥3 "
            "Nausea 20 (31.3%) 2 (3.1%) 9 (14.8%) 1 (1.6%) Anaemia 6 (11.4%) 4 (6.6%) 0 (0%) "
            "Mucositis 8 (12.5%) 0 (0%) 5 (8.2%) 1 (1.6%)\n")
    [table] = _tables(text)
    assert not [r for r in table.rows() if r[0] == "Anaemia" and r[1] == "6 (11.4%)" and r[2]]
