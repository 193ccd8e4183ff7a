"""The one table model: cells, headers, rows and the results read from them, on tables we wrote.

Each construction is tested with at least two tables of our own (different arms, endpoints,
numbers and layouts), whatever source they would come from: the model sees only the grid.
"""

from __future__ import annotations

import dataclasses

import pytest
from support import yaml_cases

from oncoev.extract.document import Cell, Table
from oncoev.extract.table_model import grade_of, parse_cell, row_endpoints
from oncoev.extract.table_results import read_table


def grid(rows: list[list[str]], caption: str, header_rows: int = 1, footnotes: tuple[str, ...] = (),
         label: str = "Table 2") -> Table:
    """A table as a reader would hand it over, every cell placed in a text of its own."""
    cells, pos = [], 0
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cells.append(Cell(row=r, col=c, text=text, char_start=pos, char_end=pos + len(text)))
            pos += len(text) + 3
        pos += 1
    return Table(page=1, index=1, cells=cells, caption=caption, header_rows=header_rows, label=label,
                 footnotes=list(footnotes), source="jats")


def rows_of(reading, **match):
    return [r for r in reading.results if all(r.fields.get(k) == v for k, v in match.items())]


@yaml_cases
def test_cell_shapes(text, kind, values):
    cell = parse_cell(text)
    assert cell.kind == kind
    for key, value in values.items():
        assert getattr(cell, key) == value, key


@yaml_cases
def test_grade_headers(header, grade):
    assert grade_of(header) == grade


def test_row_endpoint_names():
    assert row_endpoints("Deaths") == ["DEATH"]
    assert row_endpoints("Reoperation") == ["REOPERATION"]
    assert row_endpoints("Local relapse with distant metastases") == ["FAIL_LOCAL_DISTANT"]
    assert row_endpoints("Postoperative complications") == ["POSTOP_COMPLICATION"]
    assert row_endpoints("Age, years") == []


@pytest.mark.parametrize("label", ["Tumour control (CR + PR + SD)", "Clinical benefit rate (PR/CR/SD)",
                                   "Disease stabilisation or better (CR, PR, SD)"])
def test_a_rate_its_bracket_defines_as_responses_and_stable_disease_is_disease_control(label):
    assert row_endpoints(label) == ["DCR"]


ARMS_A = grid([["Outcome", "Drug X (n = 40)", "Placebo (n = 38)", "P"],
               ["Complete response", "9 (22.5)", "3 (7.9)", "0.07"],
               ["Partial response", "15 (37.5)", "10 (26.3)", ""],
               ["Deaths", "6 (15.0)", "11 (28.9)", "0.13"]], "Outcomes by treatment arm")
ARMS_B = grid([["", "Arm 1, N=55", "Arm 2, N=52", "p value"],
               ["Disease control", "41/55 (74.5%)", "30/52 (57.7%)", "0.05"],
               ["Sphincter-preserving surgery", "30 (54.5)", "29 (55.8)", "0.89"]], "Efficacy and surgery")


@pytest.mark.parametrize("table, row, group, n, count, rate, p, other", [
    (ARMS_A, "Complete response", "Drug X", 40, 9, 22.5, 0.07, "Placebo"),
    (ARMS_A, "Deaths", "Placebo", 38, 11, 28.9, 0.13, "Drug X"),
    (ARMS_B, "Disease control", "Arm 1", 55, 41, 74.5, 0.05, "Arm 2"),
    (ARMS_B, "Sphincter-preserving surgery", "Arm 2", 52, 29, 55.8, 0.89, "Arm 1"),
])
def test_arm_columns_give_counts_and_rates_per_arm(table, row, group, n, count, rate, p, other):
    reading = read_table(table)
    found = [r for r in reading.results if r.locator.startswith(f"Table 2, row {row!r}") and r.group.label == group]
    assert {r.fields["measure"]: r.fields["value"] for r in found} == {"count": count, "rate": rate}
    for r in found:
        assert (r.group.n, r.fields["p_value"], r.comparator.label) == (n, p, other)
        assert r.pattern_id == "table.group_columns"
    assert reading.unexplained == []


def test_percent_only_cells_and_endpoint_rows():
    table = grid([["", "Arm A (n = 20)", "Arm B (n = 21)"],
                  ["Objective response rate, %", "45", "19"],
                  ["Median PFS, months (95% CI)", "7.4 (5.1–9.0)", "4.2 (3.3–6.0)"],
                  ["2-year overall survival, %", "62", "48"]], "Efficacy")
    reading = read_table(table)
    orr = rows_of(reading, endpoint="ORR")
    assert sorted((r.group.label, r.fields["measure"], r.fields["value"]) for r in orr) == [
        ("Arm A", "rate", 45.0), ("Arm B", "rate", 19.0)]
    pfs = rows_of(reading, endpoint="PFS", measure="median")
    assert {(r.fields["value"], r.fields["ci_low"], r.fields["ci_high"]) for r in pfs} == {(7.4, 5.1, 9.0),
                                                                                           (4.2, 3.3, 6.0)}
    os_rates = rows_of(reading, endpoint="OS", measure="rate")
    assert {(r.fields["timepoint_months"], r.fields["value"]) for r in os_rates} == {(24.0, 62.0), (24.0, 48.0)}


@pytest.mark.parametrize("rows, header_rows, caption, expected", [
    # Grade columns under one group, toxicity terms as rows.
    ([["Event", "Grade 1–2", "Grade 3–4"], ["Nausea", "14 (28)", "2 (4)"], ["Rash", "9 (18)", "0"]], 1,
     "Adverse events (n = 50)", {("nausea", "1-2", "count"): 14.0, ("nausea", "3-4", "rate"): 4.0,
                                 ("rash", "3-4", "count"): 0.0}),
    # Two header levels: arm over grade, with "n (%)" cells.
    ([["", "Arm A", "Arm A", "Arm B", "Arm B"], ["Toxicity", "Any grade", "Grade ≥3", "Any grade", "Grade ≥3"],
      ["Mucositis", "20 (40.0)", "5 (10.0)", "18 (37.5)", "1 (2.1)"]], 2, "Treatment-related toxicity",
     {("mucositis", None, "count"): 20.0, ("mucositis", ">=3", "rate"): 10.0}),
])
def test_grade_columns(rows, header_rows, caption, expected):
    reading = read_table(grid(rows, caption, header_rows))
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"]): r.fields["value"] for r in reading.results
           if r.fields["endpoint"] == "TOX" and (r.group is None or r.group.label == "Arm A")}
    for key, value in expected.items():
        assert got.get(key) == value, key


def test_two_level_grade_columns_keep_their_arm():
    table = grid([["", "Arm A", "Arm A", "Arm B", "Arm B"], ["Toxicity", "Any grade", "Grade ≥3", "Any grade",
                                                              "Grade ≥3"],
                  ["Mucositis", "20 (40.0)", "5 (10.0)", "18 (37.5)", "1 (2.1)"]], "Treatment-related toxicity", 2)
    reading = read_table(table)
    severe = rows_of(reading, grade=">=3", measure="count")
    assert sorted((r.group.label, r.fields["value"]) for r in severe) == [("Arm A", 5.0), ("Arm B", 1.0)]


@yaml_cases
def test_an_all_column_under_an_arm_is_that_arm_s(rows):
    reading = read_table(grid(rows, "Adverse events by arm", 2))
    counts = {(r.group.label if r.group else None, r.fields["grade"], r.fields["value"])
              for r in rows_of(reading, measure="count")}
    assert {label for label, _, _ in counts} == {"Arm C", "Arm D"}
    assert ("Arm C", ">=3", 5.0) in counts and ("Arm D", ">=3", 1.0) in counts


@pytest.mark.parametrize("first, severe", [("Any", "Grade 3/4"), ("any", "Grade ≥3")])
def test_any_alone_beside_a_grade_under_an_arm_is_any_grade_of_that_arm(first, severe):
    rows = [["Event", "Drug Q (%) n = 60", "Drug Q (%) n = 60", "Placebo (%) n = 58", "Placebo (%) n = 58"],
            ["", first, severe, first, severe],
            ["Cough", "30", "5", "12", "2"], ["Rash", "45", "<1", "20", "0"]]
    reading = read_table(grid(rows, "Side effects by arm", 2))
    got = {(r.fields["category"], r.fields["grade"], r.fields["value"], r.fields["value_op"], r.group.label)
           for r in reading.results}
    grade = grade_of(severe)
    assert {("cough", None, 30.0, None, "Drug Q"), ("rash", grade, 1.0, "<", "Drug Q"),
            ("rash", None, 20.0, None, "Placebo")} <= got
    assert not reading.unexplained


@yaml_cases
def test_ratio_columns(rows, caption, endpoint, ratios, analyses):
    reading = read_table(grid(rows, caption))
    got = [(r.group.label, r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.fields["p_value"])
           for r in reading.results]
    assert got == ratios
    assert all(r.fields["endpoint"] == endpoint for r in reading.results)
    assert [r.fields.get("analysis") for r in reading.results] == analyses


# A factor's row named only by the trait ("Age", "Clinical stage"), with no level and no reference, gives a ratio per
# year or per category: no group of patients, no row; a level's row keeps its ratio.
@yaml_cases
def test_a_ratio_row_of_a_trait_without_its_level_gives_no_row(rows, kept):
    reading = read_table(grid(rows, "Cox model for overall survival"))
    assert [r.fields["value"] for r in reading.results] == kept


def test_reference_rows_and_section_rows_in_ratio_tables():
    table = grid([["Factor", "Hazard ratio (95% CI)", "P"], ["Tumour size", "", ""],
                  ["\u2003< 3 cm", "1 (reference)", ""], ["\u2003≥ 3 cm", "1.9 (1.2–3.0)", "0.006"]],
                 "Multivariable analysis of local control")
    reading = read_table(table)
    assert [(r.group.label, r.fields["value"], r.fields["analysis"]) for r in reading.results] == [
        ("Tumour size: ≥ 3 cm", 1.9, "multivariate")]
    assert reading.unexplained == []


def test_breakdown_rows_take_the_endpoint_above_as_their_category():
    table = grid([["", "Group 1 (n = 30)", "Group 2 (n = 31)"], ["Deaths", "9 (30.0)", "5 (16.1)"],
                  ["\u2003from disease", "7", "4"], ["\u2003from other causes", "2", "1"]], "Events")
    reading = read_table(table)
    got = {(r.fields["category"], r.group.label): r.fields["value"] for r in reading.results
           if r.fields["measure"] == "count"}
    assert got == {(None, "Group 1"): 9.0, (None, "Group 2"): 5.0, ("from disease", "Group 1"): 7.0,
                   ("from disease", "Group 2"): 4.0, ("from other causes", "Group 1"): 2.0,
                   ("from other causes", "Group 2"): 1.0}


def test_negated_and_missing_rows_are_no_results():
    table = grid([["Response", "Arm X (n = 25)", "Arm Y (n = 24)"], ["Complete response", "6 (24)", "2 (8)"],
                  ["No complete response", "15 (60)", "19 (79)"], ["\u2003Squamous", "4 (16)", "1 (4)"],
                  ["Not evaluable", "4 (16)", "3 (13)"]], "Response")
    reading = read_table(table)
    values = {r.fields["value"] for r in reading.results}
    assert values >= {6.0, 24.0, 2.0, 8.0} and not values & {15.0, 60.0, 19.0, 79.0}
    assert all("Not evaluable" not in r.locator for r in reading.results)
    assert any("No complete response" in u["where"] for u in reading.unexplained)


@yaml_cases
def test_baseline_tables_give_no_results_and_explain_their_numbers(caption, rows):
    reading = read_table(grid(rows, caption))
    assert reading.kind == "baseline" and reading.results == []
    assert reading.numeric_cells == reading.explained_cells > 0


def test_unread_numbers_are_listed_with_their_place():
    table = grid([["Measure", "Arm A (n = 12)", "Arm B (n = 13)"], ["Fatigue score change", "-3.1", "-0.4"]],
                 "Questionnaire scores")
    reading = read_table(table)
    assert reading.results == []
    assert [(u["text"], u["where"]) for u in reading.unexplained] == [
        ("-3.1", "Table 2, row 'Fatigue score change', column 'Arm A (n = 12)'"),
        ("-0.4", "Table 2, row 'Fatigue score change', column 'Arm B (n = 13)'")]
    assert reading.numeric_cells == 2 and reading.explained_cells == 0


def test_locator_and_row_span():
    reading = read_table(ARMS_A)
    first = reading.results[0]
    assert first.locator == "Table 2, row 'Complete response', column 'Drug X (n = 40)'"
    assert first.cell == (1, 1) and first.end > first.start


V, W = "Drug V (n = 30)", "Drug W (n = 28)"
L1, L2 = "Level 1 (n = 12)", "Level 2 (n = 14)"


@pytest.mark.parametrize("rows, caption, expected", [
    ([["Event", V, V, V, V, W, W, W, W],
      ["", "0", "I", "II", "III", "0", "I", "II", "III"],
      ["Fever", "20", "6", "3", "1", "22", "5", "1", "0"]], "Side effects in the two arms",
     # (grade 0, the patients without the event, gives no row)
     {("1", 6.0, "Drug V"), ("2", 3.0, "Drug V"), ("3", 1.0, "Drug V"),
      ("1", 5.0, "Drug W"), ("2", 1.0, "Drug W"), ("3", 0.0, "Drug W")}),
    ([["", L1, L1, L1, L2, L2, L2],
      ["", "1", "2", "3", "1", "2", "3"],
      ["Fever", "4", "1", "1", "5", "2", "0"]], "Toxicity by dose level",
     {("1", 4.0, "Level 1"), ("2", 1.0, "Level 1"), ("3", 1.0, "Level 1"),
      ("1", 5.0, "Level 2"), ("2", 2.0, "Level 2"), ("3", 0.0, "Level 2")}),
])
def test_grades_written_bare_under_each_group(rows, caption, expected):
    reading = read_table(grid(rows, caption, header_rows=2))
    assert {(r.fields["grade"], r.fields["value"], r.group.label) for r in reading.results} == expected


def test_bare_numbers_under_groups_outside_a_toxicity_table_are_no_grades():
    rows = [["", L1, L1, L1, L2, L2, L2],
            ["", "1", "2", "3", "1", "2", "3"],
            ["Responders", "4", "1", "1", "5", "2", "0"]]
    assert all(r.fields.get("grade") is None for r in read_table(grid(rows, "Responders by visit", 2)).results)
    assert all(r.fields.get("grade") for r in read_table(grid(rows, "Side effects by visit", 2)).results)


@yaml_cases
def test_grade_rows_under_a_term_holding_only_its_p_value(rows):
    reading = read_table(grid(rows, "Side effects by arm"))
    got = {(r.fields["category"], r.fields["grade"], r.fields["value"], r.group.label) for r in reading.results}
    assert ("anaemia", "2", 4.0, "Drug Q") in got and ("neutropenia", "1", 2.0, "Placebo") in got
    assert len(got) == 8 and all(category in ("anaemia", "neutropenia") for category, _, _, _ in got)


@yaml_cases
def test_rows_naming_grades_bare_under_a_toxicity_term(rows, grades):
    reading = read_table(grid(rows, "Adverse events by arm"))
    got = {(r.fields["category"], r.fields["grade"]) for r in reading.results}
    terms = {rows[1][0].lower(), rows[1 + len(grades) + 1][0].lower()}
    assert got == {(t, g) for t in terms for g in grades}


def test_a_bare_stage_range_outside_a_toxicity_table_is_no_grade():
    rows = [["", "Arm K (n = 50)", "Arm L (n = 48)"],
            ["Stage", "", ""], ["\u2003I–II", "20 (40.0)", "12 (25.0)"], ["\u2003III–IV", "30 (60.0)", "36 (75.0)"]]
    assert all(r.fields.get("grade") is None for r in read_table(grid(rows, "Characteristics of the patients")).results)
    assert {r.fields.get("grade") for r in read_table(grid(rows, "Adverse events by arm")).results} == {"1-2", "3-4"}


@pytest.mark.parametrize("caption", ["Adverse features of the tumours by arm", "Adverse prognostic factors by arm"])
def test_adverse_features_of_a_disease_are_no_toxicity(caption):
    rows = [["", "Drug Q (n = 40)", "Placebo (n = 38)"],
            ["Perineural invasion", "12 (30.0)", "9 (23.7)"],
            ["Close margins", "6 (15.0)", "8 (21.1)"]]
    assert not [r for r in read_table(grid(rows, caption)).results if r.fields["endpoint"] == "TOX"]
    # the same rows under a caption of harms are toxicities
    assert [r for r in read_table(grid(rows, "Adverse events by arm")).results if r.fields["endpoint"] == "TOX"]


# Several grades under each of two groups and one p per row: which grade the p compares is not said.
@yaml_cases
def test_one_p_over_several_grades_per_group_is_given_to_none(rows):
    reading = read_table(grid(rows, "Adverse events by arm", header_rows=2))
    assert reading.results and all(r.fields["p_value"] is None for r in reading.results)
    # with one grade under each group (the first under each) the row's p compares the two groups
    second = (len(rows[0]) - 2) // 2 + 1  # the first column of the second group
    one = [[row[0], row[1], row[second], row[-1]] for row in rows]
    single = read_table(grid(one, "Adverse events by arm", header_rows=2))
    assert single.results and all(r.fields["p_value"] is not None for r in single.results)


@pytest.mark.parametrize("cell, count", [("1 (<1)", 1.0), ("2 (<1%)", 2.0)])
def test_a_bounded_percentage_beside_a_count_is_a_bound(cell, count):
    table = grid([["Event", "Schedule A (n = 210)", "Schedule B (n = 205)"],
                  ["Hiccups", cell, "6 (2.9)"]], "Side effects")
    rates = [(r.fields["value"], r.fields["value_op"]) for r in read_table(table).results
             if r.fields["measure"] == "rate" and r.group.label == "Schedule A"]
    counts = [r.fields["value"] for r in read_table(table).results
              if r.fields["measure"] == "count" and r.group.label == "Schedule A"]
    assert rates == [(1.0, "<")] and counts == [count]


# A group named by its dose-dense schedule is a group, not a column of doses.
@pytest.mark.parametrize("name, other", [("Dose-dense FEC (n = 80)", "Standard FEC (n = 78)"),
                                         ("dose dense paclitaxel (n = 41)", "3-weekly paclitaxel (n = 44)")])
def test_a_dose_dense_group_is_a_group(name, other):
    table = grid([["Event", name, other, "p"], ["Myalgia", "12 (15)", "5 (6.4)", "0.09"]], "Toxicity by arm")
    groups = {r.group.label for r in read_table(table).results}
    assert groups == {name.split(" (")[0], other.split(" (")[0]}


# The same group under two phases of treatment, a level no result keeps: its values for one row cannot be told apart.
@yaml_cases
def test_a_group_repeated_under_phases_is_not_read(rows):
    reading = read_table(grid(rows, "Adverse events by phase", header_rows=2))
    assert reading.results == []
    assert len(reading.unexplained) == 4  # listed, not dropped
    # one phase alone is read
    one = read_table(grid([row[:3] for row in rows], "Adverse events by phase", header_rows=2))
    assert len(one.results) >= 2


# A level naming the grading scale over the grades is no group: the arm above it is.
@pytest.mark.parametrize("scale, grades", [("NCI-CTC grade (%)", ("Any grade", "G3-4")),
                                           ("CTCAE v4.0 grade", ("All grades", "Grade 3-4"))])
def test_a_grading_scale_level_is_no_group(scale, grades):
    rows = [["Event", "Drug V (n = 90)", "Drug V (n = 90)", "Drug W (n = 88)", "Drug W (n = 88)"],
            ["", scale, scale, scale, scale],
            ["", *grades, *grades],
            ["Mucositis", "40 (44.4)", "6 (6.7)", "22 (25.0)", "1 (1.1)"]]
    reading = read_table(grid(rows, "Adverse events", header_rows=3))
    got = {(r.group.label, r.fields["grade"], r.fields["measure"], r.fields["value"]) for r in reading.results}
    assert ("Drug V", "3-4", "count", 6.0) in got and ("Drug W", None, "count", 22.0) in got
    assert {g for g, *_ in got} == {"Drug V", "Drug W"}


# Bare grades ("1", "2", "3") over a format written under every column ("n (%)").
@pytest.mark.parametrize("fmt, grades", [("n (%)", ["1", "2", "3"]), ("No. (%)", ["I", "II", "III", "IV"])])
def test_bare_grades_over_a_format_level(fmt, grades):
    k = len(grades)
    rows = [["Adverse event", *["Arm X (n = 25)"] * k, *["Arm Y (n = 20)"] * k],
            ["", *grades, *grades],
            ["", *[fmt] * (2 * k)],
            ["Stomatitis", *[f"{i + 1} ({4 * (i + 1)})" for i in range(k)], *[f"{i} ({5 * i})" for i in range(k)]]]
    reading = read_table(grid(rows, "Toxicity by grade", header_rows=3))
    got = {(r.group.label, r.fields["grade"], r.fields["value"]) for r in reading.results
           if r.fields["measure"] == "count"}
    assert ("Arm X", "2", 2.0) in got and ("Arm Y", "3", 2.0) in got
    assert all(g is not None for _, g, _ in got)


# A heading naming a kind of events ("Laboratory abnormalities") is no subgroup of the rows under it.
@pytest.mark.parametrize("heading", ["Haematological laboratory abnormalities", "Non-hematologic"])
def test_a_heading_naming_a_kind_of_events_is_no_subgroup(heading):
    rows = [["Event", "Schedule A (n = 60)", "Schedule B (n = 58)"],
            [heading, "", ""],
            ["Febrile neutropenia", "6 (10)", "2 (3.4)"],
            ["Renal toxicity", "3 (5)", "1 (1.7)"],
            ["Thrombocytopenia", "9 (15)", "5 (8.6)"]]
    reading = read_table(grid(rows, "Adverse events"))
    assert reading.results and all(r.subgroup is None for r in reading.results)


@yaml_cases
def test_a_footnote_number_glued_to_a_toxicity_term_is_no_part_of_it(label, term):
    table = grid([["Event", "Arm K (n = 50)", "Arm L (n = 52)"], [label, "8 (16)", "3 (5.8)"]], "Adverse events")
    assert {r.fields["category"] for r in read_table(table).results} == {term}


# A row whose numbers could not be parted into cells is no heading of the rows after it; nor is a toxicity's name
# over its grades the subgroup of an endpoint row after them.
@yaml_cases
def test_no_heading_of_a_toxicity_or_of_an_unparted_row_is_a_subgroup(rows):
    reading = read_table(grid(rows, "Toxicity by arm"))
    endpoints = {r.fields["endpoint"] for r in reading.results}
    assert "DEATH" in endpoints
    assert all(r.subgroup is None for r in reading.results)


@yaml_cases
def test_the_interval_and_p_of_a_ratio_named_in_their_headers(ci_head, p_head, ci_cell):
    # the ratio's name in the CI's and the p's headers says whose they are: they are no ratios of their own
    table = grid([["Covariate", "Deaths", "HR", ci_head, p_head],
                  ["Albumin (per g/dl)", "41", "1.43", ci_cell, "0.33"]],
                 "Proportional hazards model of overall survival")
    reading = read_table(table)
    assert [(r.group.label, r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.fields["p_value"])
            for r in reading.results] == [("Albumin (per g/dl)", 1.43, 0.71, 2.88, 0.33)]


@yaml_cases
def test_a_row_at_a_heading_s_own_indent_after_its_indented_levels_is_not_under_it(heading, levels, after):
    rows = [["Factor", "Patients", "HR", "95% CI"], [heading, "", "", ""], *[list(x) for x in levels],
            [after, "89", "1.09", "0.93–1.28"]]
    reading = read_table(grid(rows, "Univariable Cox regression for disease-free survival"))
    assert [r.group.label for r in reading.results] == [f"{heading}: {levels[1][0].strip()}", after]


@yaml_cases
def test_a_factor_s_levels_are_compared_with_the_level_the_table_calls_the_reference(rows, expected):
    # (where the factor's name has a column of its own, it spans the rows of its levels)
    table = _spanning_factor_names(rows) if rows[0][1] == "Level" else grid(
        rows, "Multivariable regression of overall survival")
    reading = read_table(table)
    assert [(r.group.label, r.comparator.label if r.comparator else None) for r in reading.results] == expected
    assert all(r.comparator_exact for r in reading.results)


def _spanning_factor_names(rows: list[list[str]]) -> Table:
    """A table whose factor names span their levels' rows, as a JATS rowspan gives them."""
    cells, pos = [], 0
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if c == 0 and text == "" and r > 0:
                continue  # covered by the name above it
            span = 2 if c == 0 and r > 0 and r + 1 < len(rows) and rows[r + 1][0] == "" else 1
            cells.append(Cell(row=r, col=c, text=text, char_start=pos, char_end=pos + len(text), rowspan=span))
            pos += len(text) + 3
        pos += 1
    return Table(page=1, index=1, cells=cells, caption="Multivariable regression of overall survival", header_rows=1,
                 label="Table 2", footnotes=[], source="jats")


@pytest.mark.parametrize("reference", ["—", "", "0.72"])
def test_no_comparator_without_a_level_the_table_calls_the_reference(reference):
    # a dash or an empty cell may be a missing value, and a factor whose every level has a ratio has no reference
    rows = [["Variable", "Cases", "HR (95% CI)", "P"], ["Tumour site", "", "", ""],
            ["\u2003Proximal", "48", reference, ""], ["\u2003Distal", "33", "1.64 (1.02–2.63)", "0.04"],
            ["\u2003Distal vs proximal", "81", "1.50 (1.00–2.25)", "0.05"]]
    reading = read_table(grid(rows, "Multivariable regression of overall survival"))
    assert all(r.comparator is None for r in reading.results)
    assert "Tumour site: Distal" in [r.group.label for r in reading.results]


@pytest.mark.parametrize("crude, adjusted", [("Unadjustedb", "Adjustedc"), ("Crudea", "Adjusted*")])
def test_the_analysis_of_a_ratio_column_with_a_footnote_letter_glued_to_it(crude, adjusted):
    rows = [["", crude, crude, adjusted, adjusted], ["Marker", "HR", "95% CI", "HR", "95% CI"],
            ["Ki-67 above 20%", "1.58", "1.07–2.33", "1.39", "0.92–2.10"]]
    reading = read_table(grid(rows, "Hazard of death from any cause (overall survival)", header_rows=2))
    assert [(r.fields["value"], r.fields["analysis"]) for r in reading.results] == [(1.58, "univariate"),
                                                                                    (1.39, "multivariate")]


@pytest.mark.parametrize("site, p_head", [("Nodal relapse", "Log-rank P"), ("Local recurrence", "P value")])
def test_a_p_column_under_an_endpoint_s_name_gives_no_value_of_it(site, p_head):
    rows = [["", site, site], ["Marker", "Patients", p_head], ["Marker Q high", "14", "0.000"],
            ["Marker Q low", "27", "0.31"]]
    reading = read_table(grid(rows, "Markers and the site of relapse", header_rows=2))
    assert not [r for r in reading.results if r.fields["value"] in (0.0, 0.31)]


@yaml_cases
def test_header_levels_the_source_put_in_the_body(levels, grades):
    # the source's header holds only the arms; the grades (and the cells' format) open its body
    rows = [["", "Drug R (n = 64)", "Drug R (n = 64)", "Control (n = 66)", "Control (n = 66)"], *levels,
            ["Mucositis", "21 (32.8)", "5 (7.8)", "9 (13.6)", "1 (1.5)"],
            ["Hand-foot syndrome", "17 (26.6)", "2 (3.1)", "4 (6.1)", "0 (0)"]]
    reading = read_table(grid(rows, "Adverse events by arm"))
    counts = rows_of(reading, measure="count", category="mucositis")
    assert [(r.group.label, r.fields["grade"], r.fields["value"]) for r in counts] == [
        ("Drug R", grades[0], 21.0), ("Drug R", grades[1], 5.0), ("Control", grades[2], 9.0),
        ("Control", grades[3], 1.0)]
    assert reading.explained_cells == reading.numeric_cells


@pytest.mark.parametrize("caption", ["Highest grade of toxic events per arm", "Toxic effects by worst grade"])
def test_a_caption_naming_toxic_events_is_a_toxicity_table(caption):
    rows = [["", "Drug S (n = 30)", "Drug S (n = 30)", "Drug S (n = 30)", "Drug S (n = 30)"],
            ["", "1", "2", "3", "4"], ["Alopecia", "6", "4", "1", "0"], ["Mucositis", "3", "2", "2", "1"]]
    reading = read_table(grid(rows, caption, header_rows=2))
    assert [(r.fields["grade"], r.fields["value"]) for r in rows_of(reading, category="mucositis")] == [
        ("1", 3.0), ("2", 2.0), ("3", 2.0), ("4", 1.0)]


@pytest.mark.parametrize("tests", [("Fisher", "Log-rank"), ("Chi-square", "Mann-Whitney")])
def test_a_p_value_level_over_the_tests_that_gave_them(tests):
    rows = [["", "Arm X (n = 45)", "Arm Y (n = 47)", "P value", "P value"], ["", "", "", *tests],
            ["Disease control", "30 (66.7)", "21 (44.7)", "0.04", "0.03"]]
    reading = read_table(grid(rows, "Efficacy outcomes", header_rows=2))
    assert reading.explained_cells == reading.numeric_cells == 4


@pytest.mark.parametrize("head", ["Interaction HR", "TxB (HR)"])
def test_the_ratio_of_an_interaction_is_no_ratio_of_the_row(head):
    rows = [["Subgroup", "HR", "95% CI", head], ["Marker B low (n = 88)", "0.71", "0.49–1.03", "1.42"],
            ["Marker B high (n = 64)", "0.52", "0.30–0.90", "(0.72–2.80)"]]
    reading = read_table(grid(rows, "Treatment effect on overall survival by marker"))
    assert [r.fields["value"] for r in reading.results] == [0.71, 0.52]
    assert reading.explained_cells == reading.numeric_cells


@pytest.mark.parametrize("parts, sizes", [(("Stage II", "Stage III"), (18, 22, 17, 21)),
                                          (("Age < 65 years", "Age ≥ 65 years"), (25, 15, 23, 15))])
def test_a_row_in_the_body_naming_parts_of_each_arm(parts, sizes):
    # the rows under it are about those parts of each arm, with their own sizes
    rows = [["", "Drug T (n = 40)", "Drug T (n = 40)", "Control (n = 38)", "Control (n = 38)"],
            ["Partial response", "14 (35.0)", "14 (35.0)", "8 (21.1)", "8 (21.1)"],
            ["By part", *(f"{p} (n = {n})" for p, n in zip(parts * 2, sizes, strict=True))],
            ["Partial response", "7 (38.9)", "7 (31.8)", "4 (23.5)", "4 (19.0)"]]
    cells, pos = [], 0
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if r in (0, 1) and c in (2, 4):
                continue  # covered by the cell to its left
            span = 2 if r in (0, 1) and c in (1, 3) else 1
            cells.append(Cell(row=r, col=c, text=text, char_start=pos, char_end=pos + len(text), colspan=span))
            pos += len(text) + 3
    reading = read_table(Table(page=1, index=1, cells=cells, caption="Responses", header_rows=1, label="Table 3",
                               source="jats"))
    counts = [(r.group.label, r.subgroup, r.subgroup_n, r.fields["value"]) for r in rows_of(reading, measure="count")]
    assert counts == [("Drug T", None, None, 14.0), ("Control", None, None, 8.0),
                      ("Drug T", parts[0], sizes[0], 7.0), ("Drug T", parts[1], sizes[1], 7.0),
                      ("Control", parts[0], sizes[2], 4.0), ("Control", parts[1], sizes[3], 4.0)]
    assert all(r.comparator is None for r in reading.results if r.subgroup)
    assert reading.explained_cells == reading.numeric_cells


@yaml_cases
def test_the_arms_named_again_with_other_sizes_over_later_rows_are_not_read(first, second):
    # the same arms counted again at another time ("after surgery"), which no field of a row tells apart
    rows = [["After induction", *first], ["Partial response", "12", "7"], ["After surgery", *second],
            ["Partial response", "15", "9"]]
    reading = read_table(grid(rows, "Responses to treatment"))
    assert sorted(r.fields["value"] for r in reading.results) == [7.0, 12.0]


@pytest.mark.parametrize("name, other", [("Arm 1", "(Drug K + RT)"), ("Cohort B", "(Low dose)")])
def test_a_group_s_other_name_in_brackets_under_its_name(name, other):
    rows = [["", name, "Control"], ["", other, "(RT alone)"], ["", "n = 41", "n = 39"],
            ["Complete response", "15 (36.6)", "9 (23.1)"]]
    reading = read_table(grid(rows, "Responses by arm", header_rows=3))
    assert [(r.group.label, r.group.n) for r in rows_of(reading, measure="count")] == [
        (f"{name} {other}", 41), ("Control (RT alone)", 39)]


@pytest.mark.parametrize("head", ["FDR", "q-value"])
def test_a_false_discovery_rate_column_holds_p_values(head):
    rows = [["Marker", "HR", "95% CI", "P", head], ["Marker L", "1.74", "1.12–2.70", "0.013", "0.088"],
            ["Marker M", "0.61", "0.40–0.93", "0.021", "0.094"]]
    reading = read_table(grid(rows, "Markers and overall survival"))
    assert [r.fields["value"] for r in reading.results] == [1.74, 0.61]
    assert reading.explained_cells == reading.numeric_cells


@pytest.mark.parametrize("head", ["Std diff", "Standardized difference"])
def test_a_standardised_difference_column_is_a_statistic(head):
    rows = [["Characteristic", "Drug N (n = 210)", "Control (n = 58)", head],
            ["Partial response", "88 (41.9)", "17 (29.3)", "0.261"]]
    reading = read_table(grid(rows, "Outcomes after weighting"))
    assert reading.explained_cells == reading.numeric_cells


@pytest.mark.parametrize("cells", [["0.31*", "− 0.12", "0.05"], ["-0.44", "-0.08", "0.52*"]])
def test_a_table_of_correlation_coefficients_gives_no_results(cells):
    rows = [["", "Fatigue", "Pain", "Sleep"], ["N", "96", "94", "95"], ["Worry score", *cells]]
    reading = read_table(grid(rows, "Correlations between worry and symptom scales at 12 months"))
    assert reading.kind == "correlation" and not reading.results
    assert reading.explained_cells == reading.numeric_cells
    # counts under a caption naming a correlation (a cross-table): no coefficients
    rows = [["Marker level", "Low", "High", "P"], ["Stage I–II", "21", "9", "0.04"], ["Stage III", "12", "18", ""]]
    assert read_table(grid(rows, "Correlation between marker level and clinical factors")).kind != "correlation"


@pytest.mark.parametrize("occasions", [("First evaluation", "Second evaluation"), ("Visit 1", "Visit 2")])
def test_columns_of_occasions_of_assessment_are_no_groups(occasions):
    # the arms are rows, each over the responses counted at each occasion: no field tells the occasions apart
    rows = [["Arm", *occasions], ["Drug Y", "80", "71"], ["\u2003Partial response", "30 (37.5)", "35 (49.3)"],
            ["Control", "78", "66"], ["\u2003Partial response", "22 (28.2)", "25 (37.9)"]]
    reading = read_table(grid(rows, "Responses at each evaluation"))
    assert not reading.results


@pytest.mark.parametrize("fmt", ["(%)", ", %"])
def test_bare_numbers_under_a_percent_header_are_percentages_not_counts(fmt):
    rows = [["Toxicity", f"Drug P (n = 52){fmt}", f"Drug P (n = 52){fmt}"], ["", "Any grade", "Grade 3–4"],
            ["Mucositis", "23.1", "4"], ["Rash", "12", "0"]]
    reading = read_table(grid(rows, "Adverse events", header_rows=2))
    read = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"]) for r in reading.results}
    assert read == {("mucositis", None, "rate", 23.1), ("mucositis", "3-4", "rate", 4.0), ("rash", None, "rate", 12.0),
                    ("rash", "3-4", "rate", 0.0)}


@pytest.mark.parametrize("head", ["Body weight (%), mean [SD]", "Albumin (g/L), mean [SD]"])
def test_a_standard_deviation_beside_a_mean_is_no_stable_disease(head):
    rows = [["", head, head, head], ["Subgroup", "All", "P", "Missing"], ["Smoker", "-6.2 [7.4]", "0.04", "12"],
            ["Tumour site: oral", "-9.1 [8.0]", "0.31", "3"]]
    reading = read_table(grid(rows, "Weight loss during treatment by subgroup", header_rows=2))
    assert not reading.results


# Two arms compared on endpoints, the hazard ratio in a column beside them; the statistics of each endpoint on rows
# under its heading. The first arm is the one the ratio is of only when the medians agree with it.
ARMS_AND_RATIO_A = [["Endpoint", "Regimen K (n = 84)", "Regimen L (n = 81)", "HR", "95% CI", "P"],
                    ["Overall survival", "", "", "", "", ""],
                    ["\u2003Events, n (%)", "50 (59.5)", "61 (75.3)", "", "", ""],
                    ["\u2003Median, months", "19.4", "13.2", "0.66", "0.45–0.96", "0.03"],
                    ["\u200395% CI", "15.1–23.0", "10.8–16.5", "", "", ""],
                    ["Time to progression", "", "", "", "", ""],
                    ["\u2003Median (95% CI)", "7.7", "5.9", "0.81", "0.58–1.12", "0.20"]]
ARMS_AND_RATIO_B = [["", "Cohort Q, N=120", "Cohort R, N=118", "Hazard ratio (95% CI)", "p value"],
                    ["Disease-free survival, median (months)", "31.0", "40.5", "1.37 (1.02–1.84)", "0.04"],
                    ["Response rate, %", "44", "39", "1.22 (0.70–2.10)", "0.48"]]


@pytest.mark.parametrize("rows, caption, medians, ratios", [
    (ARMS_AND_RATIO_A, "Efficacy in the two arms",
     {("OS", "Regimen K"): (19.4, 15.1, 23.0), ("OS", "Regimen L"): (13.2, 10.8, 16.5),
      ("TTP", "Regimen K"): (7.7, None, None), ("TTP", "Regimen L"): (5.9, None, None)},
     {("OS", 0.66, 0.45, 0.96, 0.03), ("TTP", 0.81, 0.58, 1.12, 0.2)}),
    (ARMS_AND_RATIO_B, "Outcomes by cohort",
     {("DFS", "Cohort Q"): (31.0, None, None), ("DFS", "Cohort R"): (40.5, None, None)},
     {("DFS", 1.37, 1.02, 1.84, 0.04)}),
])
def test_a_ratio_beside_two_arms_compares_them(rows, caption, medians, ratios):
    reading = read_table(grid(rows, caption))
    got = {(r.fields["endpoint"], r.group.label): (r.fields["value"], r.fields["ci_low"], r.fields["ci_high"])
           for r in rows_of(reading, measure="median")}
    assert got == medians
    assert all(r.subgroup is None for r in reading.results)  # "Median, months" is no subgroup of the patients
    hrs = rows_of(reading, measure="hr")
    assert {(r.fields["endpoint"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.fields["p_value"])
            for r in hrs} == ratios
    first, second = rows[0][1], rows[0][2]
    assert all(first.startswith(r.group.label) and second.startswith(r.comparator.label) for r in hrs)
    # the events under overall survival are each arm's deaths; the ratio of a rate under a header of hazard ratios is
    # not read
    assert {(r.fields["endpoint"], r.group.label, r.fields["value"]) for r in rows_of(reading, measure="count")} == (
        {("DEATH", "Regimen K", 50.0), ("DEATH", "Regimen L", 61.0)} if rows is ARMS_AND_RATIO_A else set())
    assert not rows_of(reading, measure="or")


@pytest.mark.parametrize("first, second", [("22.0", "16.1"), ("NR", "12.4")])
def test_no_ratio_of_two_arms_whose_medians_do_not_show_its_direction(first, second):
    # a ratio above 1 beside a longer median in the first arm: the table compares the second with the first
    rows = [["", "Drug M (n = 60)", "Drug N (n = 62)", "HR (95% CI)", "P"],
            ["Progression-free survival", "", "", "", ""],
            ["\u2003Median, months", first, second, "1.45 (1.01–2.08)", "0.04"]]
    reading = read_table(grid(rows, "Survival by arm"))
    assert not rows_of(reading, measure="hr")
    assert any("1.45" in u["text"] for u in reading.unexplained)


def test_a_ratio_of_subgroups_beside_two_arms_is_read_as_the_subgroup_s():
    rows = [["Subgroup", "Drug M (n = 60)", "Drug N (n = 62)", "HR (95% CI)"],
            ["Age < 70 years", "14.0", "10.1", "0.72 (0.50–1.04)"],
            ["Age ≥ 70 years", "9.9", "9.0", "0.93 (0.61–1.42)"]]
    reading = read_table(grid(rows, "Overall survival by subgroup"))
    hrs = rows_of(reading, measure="hr")
    assert {(r.group.label, r.fields["value"]) for r in hrs} == {("Age < 70 years", 0.72), ("Age ≥ 70 years", 0.93)}
    assert all(r.pattern_id == "table.ratio_columns" and r.comparator is None for r in hrs)


# (the interval's label in brackets, as the cells are: "(95% CI)" over "(23%–51%)")
@yaml_cases
def test_an_interval_row_under_rates_is_their_interval(label, low, high):
    rows = [["", "Arm A (n = 50)", "Arm B (n = 47)"], ["Objective response rate, %", "36", "21"],
            [label, low, high]]
    reading = read_table(grid(rows, "Tumour response"))
    assert {(r.group.label, r.fields["value"], r.fields["ci_low"], r.fields["ci_high"])
            for r in rows_of(reading, measure="rate")} == {("Arm A", 36.0, 23.0, 51.0), ("Arm B", 21.0, 11.0, 36.0)}


def test_a_bracketed_interval_row_around_no_rate_above_is_no_interval():
    rows = [["", "Arm A (n = 50)", "Arm B (n = 47)"], ["Objective response rate, %", "36", "21"],
            ["(95% CI)", "(40%–61%)", "(25%–46%)"]]
    reading = read_table(grid(rows, "Tumour response"))
    assert {r.fields["ci_low"] for r in rows_of(reading, measure="rate")} == {None}


# The arms under two populations, the whole one and a part of it, their sizes in the body: on the whole population's
# row ("All patients" or "Overall"), then on each stratum's heading row.
def _populations_sized_in_body(whole: str, part: str) -> Table:
    return grid([["", whole, whole, part, part],
                 ["", "Drug Y", "Control", "Drug Y", "Control"],
                 [whole, "n = 210", "n = 205", "n = 44", "n = 40"],
                 ["\u2003Median OS", "11.8 (10.2–13.5)", "9.6 (8.4–10.9)", "14.0 (9.9–18.3)", "8.7 (6.0–11.1)"],
                 ["\u2003ORR, n (%)", "63 (30.0)", "41 (20.0)", "15 (34.1)", "7 (17.5)"],
                 ["Prior surgery", "n = 90", "n = 88", "n = 20", "n = 17"],
                 ["\u2003Median OS", "13.1 (10.9–15.6)", "10.0 (8.1–12.2)", "15.2 (9.0–21.0)", "9.1 (5.5–13.0)"],
                 ["No prior surgery", "n = 120", "n = 117", "n = 24", "n = 23"],
                 ["\u2003Median OS", "10.9 (9.0–12.8)", "9.2 (7.7–10.6)", "12.5 (8.1–17.7)", "8.2 (5.1–10.4)"]],
                "Efficacy by population", header_rows=2)


@pytest.mark.parametrize("whole, part", [("Overall population", "Patients aged 75 or over"),
                                         ("All patients", "Asian patients")])
def test_arms_under_the_whole_population_and_a_part_with_sizes_in_the_body(whole, part):
    reading = read_table(_populations_sized_in_body(whole, part))
    got = {(r.fields["value"], r.group.label, r.subgroup, r.subgroup_n) for r in rows_of(reading, measure="median")}
    assert got == {
        # the whole population's columns are the arms, the part's each arm within it, never the arm or all patients
        (11.8, "Drug Y", None, None), (9.6, "Control", None, None),
        (14.0, f"{part}, Drug Y", None, None), (8.7, f"{part}, Control", None, None),
        # a heading with the sizes of its stratum is the stratum of each column's group, with that size
        (13.1, "Drug Y", "Prior surgery", 90), (10.0, "Control", "Prior surgery", 88),
        (15.2, f"{part}, Drug Y", "Prior surgery", 20), (9.1, f"{part}, Control", "Prior surgery", 17),
        (10.9, "Drug Y", "No prior surgery", 120), (9.2, "Control", "No prior surgery", 117),
        (12.5, f"{part}, Drug Y", "No prior surgery", 24), (8.2, f"{part}, Control", "No prior surgery", 23)}
    assert {(r.fields["value"], r.group.label) for r in rows_of(reading, endpoint="ORR", measure="rate")} == {
        (30.0, "Drug Y"), (20.0, "Control"), (34.1, f"{part}, Drug Y"), (17.5, f"{part}, Control")}


def test_an_endpoint_over_the_same_columns_is_no_whole_population():
    # "Overall survival" over a ratio and its p, beside another endpoint's: endpoints, no populations
    rows = [["Factor", "Time to progression", "Time to progression", "Overall survival", "Overall survival"],
            ["", "HR (95% CI)", "P value", "HR (95% CI)", "P value"],
            ["Age ≥ 60 years", "1.31 (0.92–1.86)", "0.13", "1.52 (1.07–2.16)", "0.02"]]
    reading = read_table(grid(rows, "Univariable Cox models", header_rows=2))
    assert {(r.fields["endpoint"], r.fields["value"], r.fields["p_value"]) for r in reading.results} == {
        ("TTP", 1.31, 0.13), ("OS", 1.52, 0.02)}
    assert reading.unexplained == []


@pytest.mark.parametrize("first, second, months", [("At 6 months", "At 18 months", (6.0, 18.0)),
                                                   ("1-year", "3-year", (12.0, 36.0))])
def test_time_point_rows_under_a_survival_heading_are_its_time_points_no_subgroups(first, second, months):
    rows = [["", "Arm E (n=70)", "Arm F (n=66)"], ["Estimated survival, % (95% CI)", "", ""],
            [f"\u2003{first}", "91.2 (84.0, 95.1)", "85.0 (76.3, 90.8)"],
            [f"\u2003{second}", "58.4 (46.1, 68.9)", "44.7 (32.9, 55.8)"]]
    reading = read_table(grid(rows, "Overall survival by arm"))
    got = {(r.fields["timepoint_months"], r.group.label, r.fields["value"], r.fields["ci_low"], r.subgroup)
           for r in rows_of(reading, measure="rate")}
    assert got == {(months[0], "Arm E", 91.2, 84.0, None), (months[0], "Arm F", 85.0, 76.3, None),
                   (months[1], "Arm E", 58.4, 46.1, None), (months[1], "Arm F", 44.7, 32.9, None)}


@pytest.mark.parametrize("label, cells", [("95% CIa", ("21.0, 37.5", "9.8, 22.4")),
                                          ("95% CI*", ("(21.0–37.5)", "(9.8–22.4)"))])
def test_an_interval_row_with_a_footnote_mark_and_its_bounds_apart_by_a_comma(label, cells):
    rows = [["", "Drug S (n = 88)", "Drug T (n = 90)"], ["ORR, n (%)", "26 (29.5)", "14 (15.6)"], [label, *cells]]
    reading = read_table(grid(rows, "Best overall response"))
    assert {(r.group.label, r.fields["ci_low"], r.fields["ci_high"]) for r in rows_of(reading, measure="rate")} == {
        ("Drug S", 21.0, 37.5), ("Drug T", 9.8, 22.4)}


# A row of hazard ratios under the arms' medians, its cell under the first arm (spanning both in the source); under
# each of two populations in the second table, with a row of intervals between.
RATIO_ROW_A = [["", "Drug G (n = 150)", "Drug H (n = 148)"], ["Median PFS, months", "8.3", "5.6"],
               ["HR (95% CI)", "0.71 (0.55–0.92)", ""], ["p value", "0.009", ""]]
RATIO_ROW_B = [["", "All patients", "All patients", "Women", "Women"], ["", "Drug G", "Drug H", "Drug G", "Drug H"],
               ["All patients", "n = 150", "n = 148", "n = 70", "n = 71"],
               ["\u2003Median OS, mo", "17.5", "19.9", "16.0", "18.8"],
               ["\u200395% CI", "15.0–20.2", "17.1–22.6", "12.9–19.4", "15.2–23.0"],
               ["\u2003Hazard ratio", "1.18", "", "1.21", ""]]


@pytest.mark.parametrize("rows, header_rows, expected", [
    (RATIO_ROW_A, 1, {("PFS", 0.71, 0.55, 0.92, "Drug G", "Drug H")}),
    (RATIO_ROW_B, 2, {("OS", 1.18, None, None, "Drug G", "Drug H"),
                      ("OS", 1.21, None, None, "Women, Drug G", "Women, Drug H")}),
])
def test_a_row_of_hazard_ratios_under_the_arms_medians(rows, header_rows, expected):
    reading = read_table(grid(rows, "Efficacy", header_rows=header_rows))
    assert {(r.fields["endpoint"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.group.label,
             r.comparator.label) for r in rows_of(reading, measure="hr")} == expected
    # medians that contradict the ratio's direction: the second arm's against the first, or unknown
    flipped = [[c.replace("8.3", "4.9").replace("17.5", "21.0") for c in row] for row in rows]
    assert not rows_of(read_table(grid(flipped, "Efficacy", header_rows=header_rows)), measure="hr", value=expected
                       and min(e[1] for e in expected))


@yaml_cases
def test_a_rate_with_its_interval_in_one_cell(label, cells, expected):
    reading = read_table(grid([["", "Arm U (n = 60)", "Arm V (n = 58)"], [label, *cells]], "Response"))
    got = {(r.group.label, r.fields["measure"], r.fields["value"],
            (r.fields["ci_low"], r.fields["ci_high"]) if r.fields["ci_low"] is not None else None)
           for r in reading.results}
    assert got == expected


def test_brackets_after_a_rate_that_nothing_calls_an_interval_give_none():
    reading = read_table(grid([["", "Arm U (n = 60)", "Arm V (n = 58)"],
                               ["Objective response", "19 (31.7%) (20.3%–45.0%)", "8 (13.8%) (6.1%–25.4%)"]],
                              "Response"))
    assert {(r.fields["value"], r.fields["ci_low"]) for r in rows_of(reading, measure="rate")} == {
        (31.7, None), (13.8, None)}


@pytest.mark.parametrize("header", [["Event", "Grade 0", "Grade 1", "Grade 2", "Grade 3"],
                                    ["Toxicity", "G0", "G1", "G2", "G3"]])
def test_a_grade_0_column_is_those_without_the_event_no_toxicity(header):
    rows = [header, ["Stomatitis", "41 (82)", "6 (12)", "2 (4)", "1 (2)"]]
    reading = read_table(grid(rows, "Toxicity by grade in 50 patients"))
    got = {(r.fields["grade"], r.fields["value"]) for r in rows_of(reading, measure="count")}
    assert ("3", 1.0) in got and not [g for g, _ in got if g == "0"]


@pytest.mark.parametrize("head", ["Arm/Time (months)", "Group and week"])
def test_rows_named_by_a_number_under_a_time_header_are_no_groups(head):
    """'3' under 'Arm K' in a column headed by a time is the third month of the arm, not a part named '3'."""
    rows = [[head, "Patients", "CR", "PR", "Control rate (%)"], ["Arm K", "", "", "", ""],
            ["3", "40", "21", "9", "75.0 (30/40)"], ["6", "38", "19", "8", "71.1 (27/38)"],
            ["Arm L", "", "", "", ""], ["3", "41", "15", "11", "63.4 (26/41)"]]
    reading = read_table(grid(rows, "Response of the lesions by arm and time"))
    assert reading.results == []
    # under a factor's heading with no time in the label column's header, the numbers are its levels
    rows[0][0] = "Factor"
    rows[1][0] = rows[4][0] = "Number of lesions"
    named = {(r.group.label if r.group else None)
             for r in read_table(grid(rows, "Response by number of lesions")).results}
    assert "Number of lesions: 3" in named and not {"3", "6"} & named


# The events of a survival curve on a row under its heading: under overall survival the deaths, under progression-free
# survival the progressions or deaths (FAIL_ANY, as the prose rules read "progression or death in k of N"), each a
# count and a rate of the column's group, with no p (the p beside them compares the curves).
CURVE_EVENTS_A = [["", "Drug W (n = 74)", "Drug W + Drug V (n = 77)", "P"],
                  ["Progression-free survival", "", "", ""],
                  ["\u2003Events, n (%)", "52 (70.3)", "41 (53.2)", "0.02"],
                  ["\u2003Median, months", "5.5", "8.9", ""],
                  ["Overall survival", "", "", ""],
                  ["\u2003Events, n (%)", "33 (44.6)", "27 (35.1)", ""],
                  ["\u2003Median, months", "17.0", "21.6", "0.21"]]
CURVE_EVENTS_B = [["Endpoint", "Low dose, N=56", "High dose, N=61"],
                  ["Overall survival", "", ""],
                  ["No. of events", "19", "26"],
                  ["Progression-free survival", "", ""],
                  ["Progression or death", "37 (66.1)", "44 (72.1)"]]


@pytest.mark.parametrize("rows, caption, expected", [
    (CURVE_EVENTS_A, "Efficacy by arm",
     {("FAIL_ANY", "count", "Drug W", 74, 52.0), ("FAIL_ANY", "rate", "Drug W", 74, 70.3),
      ("FAIL_ANY", "count", "Drug W + Drug V", 77, 41.0), ("FAIL_ANY", "rate", "Drug W + Drug V", 77, 53.2),
      ("DEATH", "count", "Drug W", 74, 33.0), ("DEATH", "rate", "Drug W", 74, 44.6),
      ("DEATH", "count", "Drug W + Drug V", 77, 27.0), ("DEATH", "rate", "Drug W + Drug V", 77, 35.1)}),
    (CURVE_EVENTS_B, "Outcomes of the two doses",
     {("DEATH", "count", "Low dose", 56, 19.0), ("DEATH", "count", "High dose", 61, 26.0),
      ("FAIL_ANY", "count", "Low dose", 56, 37.0), ("FAIL_ANY", "rate", "Low dose", 56, 66.1),
      ("FAIL_ANY", "count", "High dose", 61, 44.0), ("FAIL_ANY", "rate", "High dose", 61, 72.1)}),
])
def test_events_under_a_survival_heading_are_deaths_or_progressions_per_arm(rows, caption, expected):
    reading = read_table(grid(rows, caption))
    events = [r for r in reading.results if r.fields["endpoint"] in ("DEATH", "FAIL_ANY")]
    assert {(r.fields["endpoint"], r.fields["measure"], r.group.label, r.group.n, r.fields["value"])
            for r in events} == expected
    assert all(r.subgroup is None and r.fields["p_value"] is None and r.fields["timepoint_months"] is None
               for r in events)
    assert not any("Events" in u["context"] or "death" in u["context"] for u in reading.unexplained)


@yaml_cases
def test_events_of_other_curves_or_named_otherwise_are_not_read(heading, label):
    # the events of a response's duration are counted among the responders only; "progression or death" under
    # overall survival is not its deaths; no code counts a local-control curve's events
    rows = [["", "Arm K (n = 40)", "Arm L (n = 42)"], [heading, "", ""], [f"\u2003{label}", "12 (30.0)", "9 (21.4)"],
            ["\u2003Median, months", "7.5", "6.1"]]
    reading = read_table(grid(rows, "Outcomes"))
    assert not rows_of(reading, measure="count") and not rows_of(reading, measure="rate")


@yaml_cases
def test_a_column_of_two_counts_beside_each_other_is_no_count_over_a_denominator(cells, unread):
    rows = [["Event (first/repeat)", "Drug Q (n = 61)", "Drug R (n = 59)"],
            *[[name, *pair] for name, pair in zip(["Seizure", "Syncope", "Rash"], cells, strict=True)]]
    reading = read_table(grid(rows, "Adverse events by arm"))
    read_columns = {r.cell[1] for r in reading.results}
    assert read_columns == {1, 2} - unread
    # the columns left are read as before: each cell a count over its denominator
    assert all(r.fields["value"] <= 9 for r in reading.results)


def _spanning(table: Table, row: int, col: int, span: int) -> Table:
    """The table with its cell at (row, col) spanning ``span`` columns (the empty cells it covers gone)."""
    cells = [x for x in table.cells if not (x.row == row and col < x.col < col + span)]
    table.cells = [dataclasses.replace(x, colspan=span) if (x.row, x.col) == (row, col) else x for x in cells]
    return table


@yaml_cases
def test_an_endpoint_over_the_groups_columns_makes_the_rows_its_kinds_not_groups(rows, header_rows, caption):
    table = _spanning(grid(rows, caption, header_rows=header_rows), 0, 1, 3)
    reading = read_table(table)
    found = {(r.fields["category"], r.group.label, r.fields["measure"], r.fields["value"]) for r in reading.results}
    assert ("tremor", "Drug V 20 mg", "count", 9.0) in found
    assert ("dry eyes", "Drug W 5 mg", "rate", 10.0) in found
    assert {r.fields["endpoint"] for r in reading.results} == {"TOX"} and len(found) == 12


@pytest.mark.parametrize("ranged, grade", [("3–4 (%)", "3-4"), ("III-IV", "3-4")])
def test_a_range_of_grades_written_bare_beside_bare_grades(ranged, grade):
    rows = [["", "Drug K (n = 30)", "", "", "", "Drug L (n = 31)", "", "", ""],
            ["", "1", "2", "3", ranged, "1", "2", "3", ranged] if ranged[0].isdigit() else
            ["", "I", "II", "III", ranged, "I", "II", "III", ranged],
            ["Fatigue", "6", "2", "1", "1 (3.3)", "5", "3", "2", "2 (6.5)"],
            ["Mucositis", "4", "1", "0", "0", "7", "2", "1", "1 (3.2)"]]
    reading = read_table(_spanning(_spanning(grid(rows, "Toxicity by grade", header_rows=2), 0, 1, 4), 0, 5, 4))
    ranged_rows = {(r.fields["category"], r.group.label, r.fields["measure"], r.fields["value"])
                   for r in reading.results if r.fields["grade"] == grade}
    assert ranged_rows == {("fatigue", "Drug K", "count", 1.0), ("fatigue", "Drug K", "rate", 3.3),
                           ("fatigue", "Drug L", "count", 2.0), ("fatigue", "Drug L", "rate", 6.5),
                           ("mucositis", "Drug K", "count", 0.0), ("mucositis", "Drug L", "count", 1.0),
                           ("mucositis", "Drug L", "rate", 3.2)}
    assert not [r for r in reading.results if r.fields["grade"] is None]


@yaml_cases
def test_a_column_headed_sd_beside_a_mean_column_is_a_standard_deviation(rows, header_rows):
    table = grid(rows, "Scores of physical function", header_rows=header_rows)
    if header_rows == 2:
        table = _spanning(_spanning(table, 0, 1, 2), 0, 3, 2)  # each week over its mean and SD
    reading = read_table(table)
    assert not [r for r in reading.results if r.fields["endpoint"] == "SD"]
    assert not [u for u in reading.unexplained if u["text"] in ("6.2", "61", "4.0", "3.0")]  # read as statistics


@yaml_cases
def test_columns_of_severity_or_causality_are_no_groups(upper, lower):
    rows = [["Event", *upper], ["", *lower], ["Headache", "4", "1", "0", "3", "2"], ["Nausea", "2", "2", "1", "1", "4"]]
    table = _spanning(_spanning(grid(rows, "Adverse events during treatment", header_rows=2), 0, 1, 3), 0, 4, 2)
    reading = read_table(table)
    assert reading.results == []
    assert {u["text"] for u in reading.unexplained} >= {"4", "3"}  # numbers no rule read, listed as such


@yaml_cases
def test_a_group_s_row_in_a_table_of_events_is_no_toxicity_term(rows):
    reading = read_table(grid(rows, "Toxicity in the two groups"))
    tox = [r for r in reading.results if r.fields["endpoint"] == "TOX"]
    # the groups are no toxicities, the events no cohorts: each group's count of each event (table.event_columns)
    assert not [r for r in tox if r.fields["category"] in {row[0].lower() for row in rows[1:]}]
    assert {r.group.label for r in tox} == {rows[1][0], rows[2][0].split(" (")[0]}
    assert {r.fields["category"] for r in tox} == {name.lower() for name in rows[0][2:]}


ARMS_HEADER = ["", "Drug Q (n = 120)", "Placebo (n = 118)"]


@yaml_cases
def test_rows_under_the_reasons_treatment_stopped_are_no_endpoints(heading, rows):
    table = grid([ARMS_HEADER, ["Response", "", ""], ["Partial response", "30 (25)", "19 (16)"], [heading, "", ""],
                  *rows], "Efficacy and safety outcomes")
    found = {(r.fields["endpoint"], r.fields["value"]) for r in read_table(table).results
             if r.fields["measure"] == "count"}
    assert found == {("PR", 30.0), ("PR", 19.0)}


@yaml_cases
def test_a_receptor_s_levels_under_its_name_are_no_partial_responses(marker, levels):
    rows = [["Factor", "Node-negative, n (%)", "Node-positive, n (%)"], [marker, "", ""],
            [levels[0], "88 (61.1)", "47 (55.3)"], [levels[1], "56 (38.9)", "38 (44.7)"]]
    reading = read_table(grid(rows, "Factors associated with nodal involvement"))
    assert not [r for r in reading.results if r.fields["endpoint"] == "PR"]


@yaml_cases
def test_regression_grades_under_their_heading_are_of_each_arm(heading, grades):
    rows = [ARMS_HEADER, [heading, "", ""], [grades[0], "14/101 (14%)", "9/97 (9%)"],
            [grades[1], "33/101 (33%)", "27/97 (28%)"], [grades[2], "54/101 (53%)", "61/97 (63%)"],
            ["Unavailable", "19", "21"]]
    results = read_table(grid(rows, "Pathological findings")).results
    counts = {(r.group.label, r.subgroup, r.fields["value"]) for r in results if r.fields["measure"] == "count"}
    assert counts == {("Drug Q", None, 14.0), ("Placebo", None, 9.0), ("Drug Q", None, 33.0), ("Placebo", None, 27.0),
                      ("Drug Q", None, 54.0), ("Placebo", None, 61.0)}
    assert {r.fields["endpoint"] for r in results} == {"PATH_RESPONSE"}
    assert {r.fields["grade"] for r in results} == {grade_of(g) for g in grades}


@pytest.mark.parametrize("factor, levels", [("Gender", ["Male", "Female"]), ("Age, years", ["< 65", "≥ 65"])])
def test_an_endpoint_row_after_a_factor_s_levels_is_no_part_of_the_factor(factor, levels):
    rows = [ARMS_HEADER, [factor, "", ""], [levels[0], "70 (58)", "66 (56)"], [levels[1], "50 (42)", "52 (44)"],
            ["pCR", "31 (26)", "17 (14)"]]
    results = read_table(grid(rows, "Patients and pathological response")).results
    assert not [r for r in results if r.subgroup == factor or r.subgroup == "Gender"]


@pytest.mark.parametrize("upper, lower", [("p-value (log rank)", "HR (95% CI)"), ("P value", "Hazard ratio (95% CI)")])
def test_a_p_value_over_a_ratio_in_one_column_is_no_ratio(upper, lower):
    rows = [["Time to progression", "Drug K", "Drug L", upper], ["", "n = 88", "n = 85", lower],
            ["Stage II", "7.4", "5.9", "0.27"], ["", "", "", "0.79 (0.52-1.20)"],
            ["Stage III", "5.1", "4.6", "0.41"], ["Stage IV", "", "", "0.86 (0.60-1.23)"]]
    results = read_table(grid(rows, "Time to progression by stage", header_rows=2)).results
    ratios = {(r.fields["value"], r.fields["ci_low"]) for r in results if r.fields["measure"] == "hr"}
    assert ratios <= {(0.79, 0.52), (0.86, 0.60)} and (0.86, 0.60) in ratios  # never a p value read as a ratio


@yaml_cases
def test_rows_after_a_heading_s_own_indented_rows_are_not_under_it(rows):
    results = read_table(grid(rows, "Adverse events during treatment")).results
    later = [r for r in results if r.fields["category"] and r.fields["category"].startswith(("renal", "skin"))]
    assert len(later) == 8 and all(r.subgroup is None for r in later)
    assert {r.group.label for r in later} == {"Drug Q", "Placebo"}


# A model's ratios under a heading that names the endpoint they are of ("Overall survival" over the factors' rows, or
# that endpoint in the column left of them): the heading gives the endpoint, not a part of the factor's name, so that
# the same level under two endpoints' headings is one group.
@yaml_cases
def test_a_heading_naming_the_ratio_s_endpoint_is_no_part_of_the_factor_s_name(rows):
    reading = read_table(grid(rows, "Cox model of prognostic factors"))
    got = {(r.fields["endpoint"], r.fields["value"], r.group.label) for r in rows_of(reading, measure="hr")}
    expected = {("OS", 1.8, "Tumour > 4 cm"), ("OS", 2.2, "Nodes positive"),
                ("DFS", 1.5, "Tumour > 4 cm"), ("DFS", 1.9, "Nodes positive")}
    # (a block's first row, its heading in the column left of it, is not read yet)
    assert got == (expected if rows[0][0] == "" else {("OS", 2.2, "Nodes positive"), ("DFS", 1.9, "Nodes positive")})


def test_a_heading_naming_another_outcome_than_the_ratio_s_stays_the_factor_s_name():
    # the ratios are of overall survival (the caption's); "Response to induction" is a factor, its levels its rows
    rows = [["", "HR (95% CI)", "P"],
            ["Response to induction", "", ""],
            ["Partial", "1.6 (1.1–2.3)", "0.01"],
            ["None", "2.9 (1.9–4.4)", "<0.001"]]
    reading = read_table(grid(rows, "Cox model of overall survival"))
    got = {(r.fields["endpoint"], r.fields["value"], r.group.label) for r in rows_of(reading, measure="hr")}
    assert got == {("OS", 1.6, "Response to induction: Partial"), ("OS", 2.9, "Response to induction: None")}


# A heading naming only the analysis ("Univariate modeling", "Multivariable Cox model") over the factors' rows gives
# their ratios' analysis, no part of a factor's name; a heading naming a factor ("Age") stays its levels' name.
@yaml_cases
def test_a_heading_naming_only_the_analysis_is_no_part_of_the_factor_s_name(first, second, analyses):
    rows = [["Variable", "HR (95% CI)", "P"],
            [first, "", ""],
            ["Weight loss > 5%", "1.7 (1.2–2.4)", "0.003"],
            ["Smoker", "1.3 (0.9–1.9)", "0.15"],
            [second, "", ""],
            ["Weight loss > 5%", "1.5 (1.0–2.2)", "0.04"],
            ["Age", "", ""],
            ["  70 years or more", "1.4 (1.0–2.0)", "0.05"]]
    reading = read_table(grid(rows, "Cox models of overall survival"))
    got = {(r.fields["value"], r.group.label, r.fields["analysis"]) for r in rows_of(reading, measure="hr")}
    assert (1.7, "Weight loss > 5%", analyses[0]) in got
    assert (1.3, "Smoker", analyses[0]) in got
    assert (1.5, "Weight loss > 5%", analyses[1]) in got
    assert any(value == 1.4 and label == "Age: 70 years or more" for value, label, _ in got)


# The caption names the one survival endpoint of the table; its rows name only statistics of it ("Median, months",
# a time point's rate) under the two arms, the hazard ratio beside them: the caption heads the rows as a heading row
# would. "Median, months" is no subgroup of the patients, and its ratio is the arms' ratio, not a factor's.
CAPTIONED_CURVE_A = [["", "Drug P (n = 74)", "Drug S (n = 70)", "HR (95% CI)", "p"],
                     ["Median, months", "10.3", "7.6", "0.68 (0.49–0.94)", "0.02"],
                     ["At 2 years", "31", "18", "", ""]]
CAPTIONED_CURVE_B = [["", "Arm W, N=52", "Arm V, N=55", "Hazard ratio", "95% CI", "P value"],
                     ["Median (95% CI)", "22.0 (17.1–26.4)", "15.8 (12.0–19.9)", "0.71", "0.50–0.99", "0.04"]]


@pytest.mark.parametrize("rows, caption, endpoint, medians, ratio", [
    (CAPTIONED_CURVE_A, "Progression-free survival by treatment arm", "PFS",
     {("Drug P", 10.3), ("Drug S", 7.6)}, (0.68, 0.49, 0.94, 0.02)),
    (CAPTIONED_CURVE_B, "Overall survival in the intention-to-treat population", "OS",
     {("Arm W", 22.0), ("Arm V", 15.8)}, (0.71, 0.5, 0.99, 0.04)),
])
def test_statistic_rows_under_a_caption_naming_one_survival_endpoint(rows, caption, endpoint, medians, ratio):
    reading = read_table(grid(rows, caption))
    got = rows_of(reading, measure="median")
    assert {(r.group.label, r.fields["value"]) for r in got} == medians
    assert all(r.fields["endpoint"] == endpoint and r.subgroup is None for r in reading.results)
    [hr] = rows_of(reading, measure="hr")
    assert (hr.fields["value"], hr.fields["ci_low"], hr.fields["ci_high"], hr.fields["p_value"]) == ratio
    assert hr.pattern_id == "table.arms_ratio" and hr.group.label == rows[0][1].split(" (")[0].split(",")[0]
    if rows is CAPTIONED_CURVE_A:
        assert {(r.group.label, r.fields["value"], r.fields["timepoint_months"])
                for r in rows_of(reading, measure="rate")} == {("Drug P", 31.0, 24), ("Drug S", 18.0, 24)}


@yaml_cases
def test_statistic_rows_under_a_caption_naming_no_single_survival_endpoint_are_left(caption):
    reading = read_table(grid(CAPTIONED_CURVE_A, caption))
    assert not rows_of(reading, measure="median") and not rows_of(reading, measure="hr")


# A table of the disease's adverse features by arm (stage, invasion, grade at surgery in the arms compared) gives the
# patients' traits, as a table of their characteristics does: no result, a stage among them included. A caption naming
# an outcome those features are weighed against ("... for overall survival") is a model of that outcome.
@pytest.mark.parametrize("caption", ["Adverse pathological features by arm", "Adverse risk factors in the two groups"])
def test_a_table_of_adverse_features_gives_no_result(caption):
    rows = [["", "Surgery alone (n = 210)", "Surgery and RT (n = 190)"],
            ["pT3", "41 (19.5)", "52 (27.4)"], ["pT4", "12 (5.7)", "20 (10.5)"],
            ["Lymphovascular invasion", "18 (8.6)", "25 (13.2)"]]
    reading = read_table(grid(rows, caption))
    assert reading.kind == "baseline" and not reading.results


def test_adverse_factors_weighed_against_an_outcome_keep_their_ratios():
    rows = [["Factor", "HR (95% CI)", "P"], ["pT4", "2.10 (1.35–3.27)", "0.001"],
            ["Lymphovascular invasion", "1.62 (1.08–2.43)", "0.02"]]
    reading = read_table(grid(rows, "Adverse prognostic factors for overall survival"))
    assert {(r.fields["endpoint"], r.fields["value"]) for r in reading.results} == {("OS", 2.1), ("OS", 1.62)}


# Groups on the rows, each with its size in a column of its own, and the events as columns, in a table of harms: each
# cell is the group's count (or count and share) of the event its column names, the column's grade with it.
@yaml_cases
def test_groups_on_rows_and_events_as_columns_in_a_table_of_harms(rows, caption, expected):
    reading = read_table(grid(rows, caption))
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label, r.group.n)
           for r in reading.results if r.fields["endpoint"] == "TOX"}
    assert expected <= got
    assert len(got) == (4 if rows[0][1] == "Cases" else 8)  # no row of the p values, no column of the sizes
    assert all(r.comparator is not None for r in reading.results)


@yaml_cases
def test_columns_of_words_are_no_events_unless_the_table_is_of_harms_by_group(rows, caption):
    assert not [r for r in read_table(grid(rows, caption)).results if r.fields["endpoint"] == "TOX"]


# A kind of harm named by what it is not ("Non-haematological toxicity", "Non-serious adverse events") is a row of that
# kind of harm, not the negation of an endpoint ("Non-CR", "Non-response events").

@yaml_cases
def test_a_harm_named_by_what_it_is_not_is_read(rows, caption, label):
    reading = read_table(grid(rows, caption))
    at = next(i for i, row in enumerate(rows) if row[0] == label)
    got = [r for r in reading.results if r.cell[0] == at]
    assert {r.group.label for r in got} == {rows[0][1].split(" (")[0], rows[0][2].split(" (")[0]}
    assert all(r.fields["endpoint"] in ("TOX", "SAE") for r in got)
    assert {r.fields["value"] for r in got} >= {float(rows[at][1].split()[0]), float(rows[at][2].split()[0])}


@yaml_cases
def test_a_row_negating_the_endpoint_stays_unread(rows):
    reading = read_table(grid(rows, "Response to treatment by arm"))
    assert {r.cell[0] for r in reading.results} == {1}


# Rows "Grade 1", "Grade 2" under headings that each name a toxicity ("Nausea", "Neutropenia"): a table of toxicity by
# grade, whatever its caption says ("Events in both arms", "Summary by arm").
@yaml_cases
def test_grade_rows_under_toxicity_terms_make_a_toxicity_table(rows, caption):
    reading = read_table(grid(rows, caption))
    got = {(r.fields["endpoint"], r.fields["category"], r.fields["grade"], r.group.label) for r in reading.results}
    terms = [row[0] for row in rows[1:] if not row[0].strip().startswith("Grade")]
    grades = {row[0].strip().split()[1] for row in rows[1:] if row[0].strip().startswith("Grade")}
    arms = {h.split(" (")[0] for h in rows[0][1:3]}
    assert {t for _, t, _, _ in got} == {t.lower() for t in terms}
    assert all(e == "TOX" for e, _, _, _ in got) and {g for _, _, g, _ in got} == grades
    assert {a for _, _, _, a in got} == arms
    assert not reading.unexplained


def test_grade_rows_under_a_tumour_grade_heading_are_no_toxicity():
    rows = [["", "Arm A (n = 44)", "Arm B (n = 41)"], ["Histological grade", "", ""], ["Grade 1", "9", "6"],
            ["Grade 2", "20", "22"], ["Grade 3", "15", "13"], ["Tumour grade at biopsy", "", ""], ["Grade 1", "8", "7"],
            ["Grade 2", "21", "20"]]
    assert not [r for r in read_table(grid(rows, "Tumour features by arm")).results if r.fields["endpoint"] == "TOX"]


# A ratio's row naming the whole population ("Total", "Overall") or only the analysis ("Adjusted") among a table's
# subgroups or factors: the ratio of all patients, no group of that name.
@yaml_cases
def test_a_ratio_of_the_whole_population_among_subgroups(rows, caption):
    reading = read_table(grid(rows, caption))
    whole = [r for r in rows_of(reading, measure="hr") if r.group is None]
    assert sorted(r.fields["value"] for r in whole) == sorted(float(row[-2].split()[0]) for row in rows[-2:])
    assert {r.fields["analysis"] for r in whole} == {None, "multivariate"}
    named = {r.group.label for r in rows_of(reading, measure="hr") if r.group is not None}
    assert named == {row[0].strip() for row in rows[1:-2] if row[-2]}


def test_a_factor_whose_name_starts_with_total_stays_a_factor():
    rows = [["Factor", "HR (95% CI)", "P"], ["Total bilirubin > 2 mg/dL", "1.61 (1.10–2.36)", "0.01"],
            ["Overall stage III", "1.40 (1.02–1.92)", "0.04"]]
    reading = read_table(grid(rows, "Cox model for overall survival"))
    assert {r.group.label for r in rows_of(reading, measure="hr")} == {row[0] for row in rows[1:]}


def test_grade_rows_in_a_table_of_baseline_characteristics_give_no_outcome():
    rows = [["", "Arm A (n = 44)", "Arm B (n = 41)"], ["Neuropathy at entry", "", ""], ["Grade 1", "9", "6"],
            ["Grade 2", "3", "2"], ["Fatigue at entry", "", ""], ["Grade 1", "12", "10"], ["Grade 2", "4", "5"]]
    reading = read_table(grid(rows, "Baseline characteristics of the patients"))
    assert reading.kind == "baseline" and not reading.results
