"""Tables written in text (cells separated by " | ", or run together by a flattening), read back into
grids, and the same paper as JATS XML and as flattened text giving the same table results."""

from __future__ import annotations

import pytest
from support import extract_text, yaml_cases

from oncoev.extract.assemble import extract_document
from oncoev.extract.flat_tables import flat_tables
from oncoev.extract.jats import read_jats_bytes
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import read_text_bytes
from oncoev.extract.table_results import read_table
from oncoev.extract.table_sources import document_tables, pipe_tables


def _assert_quoted(text: str, table) -> None:
    """Every cell the table places stands in ``text`` at its offsets (less the indent that marks a row's level)."""
    for cell in table.cells:
        if cell.char_start is not None:
            assert text[cell.char_start:cell.char_end] in (cell.text, cell.text.lstrip("\u2003"))


FLAT_ONE = ("Response is summarised in Table 3.Table 3Tumour response by armOutcomeArm A (%)\nn = 30Arm B (%)\n"
            "n = 28\nP\nComplete response12 (40)7 (25)0.21Partial response9 (30)11 (39.3) Stable disease"
            "6 (20)5 (17.9)Progression3 (10)5 (17.9)0.44\n\nDiscussion follows here.\n")
FLAT_TWO = ("Grades are shown in Table 2.Table 2Toxicity by gradeGradeLow dose (%)\nn = 45High dose (%)\nn = 40\n"
            "P\nG19 (20)6 (15)G214 (31.1)10 (25)0.62G32 (4.4)8 (20)0.03\n\nMore prose.\n")


def _flat(text: str):
    norm = normalize(text)
    return flat_tables(norm, text, [])


def test_flat_table_is_split_back_into_cells():
    [table] = _flat(FLAT_ONE)
    assert (table.label, table.caption, table.source) == ("Table 3", "Tumour response by arm", "flat")
    assert table.rows() == [
        ["Outcome", "Arm A (%) n = 30", "Arm B (%) n = 28", "P"],
        ["Complete response", "12 (40)", "7 (25)", "0.21"],
        ["Partial response", "9 (30)", "11 (39.3)", ""],
        ["\u2003Stable disease", "6 (20)", "5 (17.9)", ""],  # the space before a label: an indented row
        ["Progression", "3 (10)", "5 (17.9)", "0.44"]]
    _assert_quoted(FLAT_ONE, table)


def test_flat_table_labels_ending_in_digits_are_split_by_group_sizes():
    [table] = _flat(FLAT_TWO)
    # "G214 (31.1)" is G2 and 14 of 45 (31.1%), not G21 and 4, nor G and 214.
    assert table.rows()[1:] == [["G1", "9 (20)", "6 (15)", ""], ["G2", "14 (31.1)", "10 (25)", "0.62"],
                                ["G3", "2 (4.4)", "8 (20)", "0.03"]]


def test_flat_rows_are_split_by_sizes_or_left_whole():
    text = ("See Table 1.Table 1Counts by armItemArm A\nn = 90Arm B\nn = 95\nP\nEvents with code 12112 (13.3)"
            "9 (9.5)0.41Other events1 (1.1)2 (2.1)3 (3.2)0.52\n")
    [table] = _flat(text)
    rows = table.rows()
    # "code 121" and 12 of 90 (13.3%): "code 12" and 112 is more than 90, "code 1211" and 2 is not 13.3%.
    assert rows[1] == ["Events with code 121", "12 (13.3)", "9 (9.5)", "0.41"]
    # Three values for two arms: no way to split it; kept whole, where the reader lists it as unexplained.
    assert rows[2][0] == "Other events" and rows[2][1] == "1 (1.1)2 (2.1)3 (3.2)0.52"


PIPE = ("Title of a made-up study\n\nResults\nTable 4. Response by arm\nResponse | Arm A (n = 20) | Arm B (n = 22)\n"
        "Complete response | 5 (25) | 2 (9.1)\nPartial response | 8 (40) | 6 (27.3)\n\nSome closing prose.\n")


def _one_text_table(text: str, label: str, first_row: list[str]):
    """The one table ``pipe_tables`` finds in ``text``: three rows of three columns from the text, with ``label`` and
    ``first_row`` its first body row, every cell's text standing at its offsets."""
    [table] = pipe_tables(normalize(text), text, [])
    assert (table.label, table.source, table.n_rows, table.n_cols) == (label, "text", 3, 3)
    assert table.rows()[1] == first_row
    for cell in table.cells:
        assert text[cell.char_start:cell.char_end] == cell.text
    return table


def test_pipe_table_in_text():
    _one_text_table(PIPE, "Table 4", ["Complete response", "5 (25)", "2 (9.1)"])


def test_pipe_table_results_carry_locator_and_quote():
    doc = read_text_bytes(PIPE.encode("utf-8"), "made_up.txt")
    out = extract_document(doc)
    rows = [r for r in out["results"] if r["pattern_id"].startswith("table.")]
    assert {(r["endpoint"], r["measure"], r["value"]) for r in rows} == {
        ("CR", "count", 5.0), ("CR", "rate", 25.0), ("CR", "count", 2.0), ("CR", "rate", 9.1),
        ("PR", "count", 8.0), ("PR", "rate", 40.0), ("PR", "count", 6.0), ("PR", "rate", 27.3)}
    for r in rows:
        assert r["quote"] == PIPE[r["char_start"]:r["char_end"]]
        assert r["locator"].startswith("Table 4, row ")
    assert out["unexplained"] == []


ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article><front><article-meta><title-group><article-title>Drug Q with radiotherapy versus radiotherapy alone
</article-title></title-group></article-meta></front><body>
<sec><title>Results</title><p>Responses and deaths by arm are listed in Table 1.
<table-wrap id="T1"><label>Table 1</label><caption><p>Outcomes by arm</p></caption><table><thead>
<tr><th>Outcome</th><th>RT + Q (%)<break/>n = 44</th><th>RT (%)<break/>n = 46</th><th>P</th></tr></thead><tbody>
<tr><td>Complete response</td><td>20 (45.5)</td><td>12 (26.1)</td><td>0.05</td></tr>
<tr><td>Deaths</td><td>8 (18.2)</td><td>13 (28.3)</td><td>0.25</td></tr>
<tr><td>&#8195;from cancer</td><td>6</td><td>11</td><td/></tr>
<tr><td>Reoperations</td><td>2 (4.5)</td><td>1 (2.2)</td><td/></tr></tbody></table></table-wrap></p>
</sec></body></article>"""

# The same paper as a text that flattens the table: cell texts one after another, nothing between.
FLATTENED = ("TITLE: Drug Q with radiotherapy versus radiotherapy alone\n\nBODY.RESULTS:\nResponses and deaths by arm"
             " are listed in Table 1.Table 1Outcomes by armOutcomeRT + Q (%)\nn = 44RT (%)\nn = 46\nP\n"
             "Complete response20 (45.5)12 (26.1)0.05Deaths8 (18.2)13 (28.3)0.25\u2003from cancer611"
             "Reoperations2 (4.5)1 (2.2)\n")


def _table_rows(out):
    return sorted(((r["endpoint"], r["category"], r["measure"], r["value"], r["p_value"]) for r in out["results"]
                   if r["pattern_id"].startswith("table.")), key=repr)


def test_the_same_table_from_jats_and_from_flattened_text():
    xml = extract_document(read_jats_bytes(ARTICLE.encode("utf-8"), "paper.nxml"))
    txt = extract_text(FLATTENED, "paper.txt")
    from_xml, from_txt = _table_rows(xml), _table_rows(txt)
    assert ("CR", None, "count", 20.0, 0.05) in from_xml and ("REOPERATION", None, "rate", 2.2, None) in from_xml
    # "611" can only be 6 and 11: 61 is more than the 44 patients of the first arm.
    assert ("DEATH", "from cancer", "count", 11.0, None) in from_txt
    assert from_txt == from_xml
    assert xml["unexplained"] == txt["unexplained"] == []


@pytest.mark.parametrize("text", [FLAT_ONE, PIPE])
def test_document_tables_finds_each_table_once(text):
    doc = read_text_bytes(text.encode("utf-8"), "t.txt")
    tables = document_tables(doc, normalize(text))
    assert len(tables) == 1


# Tables written as the PDF reader writes them, read through the table model (they were read by a
# reader of their own before the one model).
SURVIVAL_BY_ROW = """Table 3: Survival of the two histological groups.
 | Adenocarcinoma | Squamous (45 cases) | Chi2 value | P value
Total |  |  | 9.80 | 0.002
2-year OS rate | 70.1% | 55.0% |  |
5-year OS rate | 48.0% | 30.5% |  |
Stage III |  |  | 1.10 | 0.29
5-year OS rate | 35.0% | 28.1% |  |
Median OS (months) | 61.0 | 33.5 |  |
"""

COX = """Table 4: Cox regression analysis of prognostic factors for overall survival.
Factor | Univariate analysis HR | 95% CI | P value | Multivariate analysis HR | 95% CI | P value
Age > 65 years | 1.45 | 1.10–1.91 | 0.008 | 1.30 | 0.98–1.72 | 0.07
Node positive | 2.10 | 1.60–2.76 | <0.001 | 1.95 | 1.47–2.59 | <0.001
Sex | 0.95 | — | 0.71 |  |  |
"""


def _read_pipe(text: str):
    from oncoev.extract.table_results import read_table

    [table] = pipe_tables(normalize(text), text, [])
    return read_table(table)


def test_pipe_rows_named_by_endpoint_and_time_with_group_columns_and_subgroups():
    reading = _read_pipe(SURVIVAL_BY_ROW)
    out = {(r.fields["measure"], r.fields["timepoint_months"], r.fields["value"], r.group.label, r.group.n,
            r.subgroup, r.fields["p_value"]) for r in reading.results}
    assert ("rate", 24, 70.1, "Adenocarcinoma", None, None, 0.002) in out
    assert ("rate", 60, 30.5, "Squamous", 45, None, 0.002) in out
    assert ("rate", 60, 28.1, "Squamous", 45, "Stage III", 0.29) in out
    assert ("median", None, 61.0, "Adenocarcinoma", None, "Stage III", 0.29) in out
    assert len(out) == 8  # the chi-square column is no group


def test_pipe_ratio_columns_by_analysis_with_ci_and_p():
    reading = _read_pipe(COX)
    out = [(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["ci_low"], r.fields["p_op"],
            r.fields["p_value"], r.fields["analysis"], r.group.label) for r in reading.results]
    assert ("OS", "hr", 1.45, 1.1, None, 0.008, "univariate", "Age > 65 years") in out
    assert ("OS", "hr", 1.95, 1.47, "<", 0.001, "multivariate", "Node positive") in out
    # ("Sex" alone, no level and no reference: no group of patients, no row)
    assert not [o for o in out if o[-1] == "Sex"]
    assert len(out) == 4


@yaml_cases
def test_pipe_ratio_tables_that_give_no_result(text):
    reading = _read_pipe(text)
    assert reading.results == [] and reading.unexplained


@yaml_cases
def test_older_flat_tables_go_through_the_table_model(text, expected):
    from oncoev.extract.flat_tables import grid_from_flat
    from oncoev.extract.tables import find_flat_tables

    norm = normalize(text)
    [flat] = find_flat_tables(norm.text)
    grid = grid_from_flat(flat, norm, text)
    assert grid is not None and grid.source == "flat"
    out = extract_text(text)
    got = {(r["endpoint"], r["category"], r["grade"], r["measure"], r["value"]) for r in out["results"]
           if r["pattern_id"].startswith("table.")}
    assert expected <= got
    assert all(r["locator"].startswith(("Table 5, row", "Table 2, row")) for r in out["results"]
               if r["pattern_id"].startswith("table."))


ARMS_TEXT = ("Drug K plus radiotherapy versus cisplatin/fluorouracil plus radiotherapy: a randomised trial\n\n"
             "Results\nSixty-one patients were randomly assigned to KRT4 (arm A, n = 30) or cisplatin/fluorouracil "
             "(arm B, n = 31).\n"
             "Table 2. Grade 3-4 toxicity by arm\nToxicity | {a} | {b}\n"
             "Neutropenia | 6 (21.4) | 9 (31.0)\n"
             "Diarrhoea | 3 (10.7) | 1 (3.4)\n\nSome closing prose.\n")


@yaml_cases
def test_table_columns_named_by_letter_and_drugs_are_the_prose_s_groups(a, b):
    text = ARMS_TEXT.format(a=a, b=b)
    out = extract_text(text, "made_up.txt")
    parents = {c["key"]: c.get("parent") for c in out["cohorts"]}
    rows = {(r["cohort"], r["value"]) for r in out["results"] if r["pattern_id"].startswith("table.")}
    by_value = {v: k for k, v in rows}
    assert by_value[6.0] in ("arm_a", "arm_a_n28") and parents[by_value[6.0]] in ("all", "arm_a")
    assert by_value[9.0] in ("arm_b", "arm_b_n29") and parents[by_value[9.0]] in ("all", "arm_b")


BASE_AND_ADDED = ("Lerantib added to neoadjuvant GTX for gastric cancer: a randomised phase II trial\n\n"
                  "Methods\nPatients were randomly assigned to receive neoadjuvant GTX, or neoadjuvant GTX {join} "
                  "lerantib. Nausea was more common in the GTX {join} lerantib group. Fatigue was as common in the "
                  "GTX {join} lerantib group.\n\nResults\nAdverse events are listed in Table 3.\n\n"
                  "Table 3 Adverse events\nEvent | {first} | {second}\nRash | 9 (29.0) | 2 (6.7)\n"
                  "Fatigue | 12 (38.7) | 10 (33.3)\n\nDiscussion\nThe combination was well tolerated here.\n")


@yaml_cases
def test_a_column_named_by_the_base_regimen_is_that_arm_not_the_combination_holding_its_name(join, first, second):
    out = extract_text(BASE_AND_ADDED.format(join=join, first=first, second=second), "made_up.txt")
    labels = {c["key"]: c["label"] for c in out["cohorts"]}
    by_value = {r["value"]: labels[r["cohort"]] for r in out["results"] if r["pattern_id"].startswith("table.")}
    # each column is the arm the prose names as its header does, before the size: "GTX (n = 30)" neoadjuvant GTX
    left, right = ("neoadjuvant " + c.split(" (")[0] for c in (first, second))
    assert by_value[9.0] == by_value[12.0] == left
    assert by_value[2.0] == by_value[10.0] == right


def test_columns_that_differ_by_their_letter_are_two_groups():
    text = ARMS_TEXT.format(a="arm A, age < 60", b="arm B, age < 60")
    out = extract_text(text, "made_up.txt")
    cohorts = {r["cohort"] for r in out["results"] if r["pattern_id"].startswith("table.")}
    assert len(cohorts) == 2 and not cohorts & {"arm_a", "arm_b"}


# --- tables written one cell per line -------------------------------------------------------------------------

# One header cell per line (an empty corner cell as an empty line), then a label line and one line per cell.
CELLS_HEADER_PER_LINE = ("Tumours shrank in most patients.\nTable 6 Response of the target lesions\n\nArm P (n=24)\n"
                         "Arm Q (n=22)\np\nComplete response\n6 (25%)\n2 (9.1%)\n\nPartial response\n9 (37.5%)\n"
                         "8 (36.4%)\n0.91\nStable disease\n5 (20.8%)\n7 (31.8%)\n\n* Judged by two readers\n"
                         "A paragraph of our own follows the table here, long enough to read as a sentence of prose.\n")
# The header run together on one line with the first label glued to its end; grades under each group; a section
# row (a label with no cells) and empty cells as empty lines.
CELLS_HEADER_RUN_TOGETHER = ("Table 3Side effects by grade\nEvent, n (%)Drug V (N = 50)Drug W (N = 40)Any grade"
                             "Grade 3Any gradeGrade 3Skin\nRash\n12 (24)\n2 (4)\n6 (15)\n\nItch\n5 (10)\n\n4 (10)\n"
                             "1 (2.5)\nFever\n10 (20)\n1 (2)\n8 (20)\n2 (5)\n\nOur own closing words are here.\n")


def test_a_table_of_one_cell_per_line_with_a_header_cell_per_line():
    [table] = _flat(CELLS_HEADER_PER_LINE)
    assert (table.label, table.caption, table.header_rows) == ("Table 6", "Response of the target lesions", 1)
    assert table.rows() == [["", "Arm P (n=24)", "Arm Q (n=22)", "p"],
                            ["Complete response", "6 (25%)", "2 (9.1%)", ""],
                            ["Partial response", "9 (37.5%)", "8 (36.4%)", "0.91"],
                            ["Stable disease", "5 (20.8%)", "7 (31.8%)", ""]]
    _assert_quoted(CELLS_HEADER_PER_LINE, table)
    got = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label)
           for r in read_table(table).results}
    assert ("CR", "count", 6.0, "Arm P") in got and ("PR", "rate", 36.4, "Arm Q") in got


def test_a_table_of_one_cell_per_line_under_a_header_run_together():
    [table] = _flat(CELLS_HEADER_RUN_TOGETHER)
    assert table.header_rows == 2
    assert table.rows()[2:] == [["Skin", "", "", "", ""],
                                ["Rash", "12 (24)", "2 (4)", "6 (15)", ""],
                                ["Itch", "5 (10)", "", "4 (10)", "1 (2.5)"],
                                ["Fever", "10 (20)", "1 (2)", "8 (20)", "2 (5)"]]
    assert table.rows()[0][1:] == ["Drug V n = 50", "Drug V n = 50", "Drug W n = 40", "Drug W n = 40"]
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.n)
           for r in read_table(table).results}
    assert ("itch", "3", "count", 1.0, 40) in got and ("rash", None, "rate", 24.0, 50) in got


def test_a_long_run_of_number_lines_is_read_in_time():
    import time

    text = "Table 1 Counts\n\nArm P (n=40)\nArm Q (n=40)\nAlpha\n" + "3\n" * 200_000 + "End of our text.\n"
    began = time.perf_counter()
    assert _flat(text) == []
    assert time.perf_counter() - began < 5


# A JATS table whose arms repeat under two populations: the whole one and a part of it.
POPULATION_ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article><front><article-meta><title-group><article-title>Drug Q or placebo after surgery
</article-title></title-group></article-meta></front><body>
<sec><title>Results</title><p>Side effects are listed in Table 2.
<table-wrap id="T2"><label>Table 2</label><caption><p>Side effects by arm, n (%)</p></caption><table><thead>
<tr><th rowspan="2">Event</th><th colspan="2">WHOLE</th><th colspan="2">PART</th></tr>
<tr><th>Drug Q (n = 80)</th><th>Placebo (n = 78)</th><th>Drug Q (n = 30)</th><th>Placebo (n = 28)</th></tr>
</thead><tbody>
<tr><td>Fever</td><td>16 (20)</td><td>8 (10.3)</td><td>9 (30)</td><td>2 (7.1)</td></tr>
<tr><td>Rash</td><td>4 (5)</td><td>2 (2.6)</td><td>3 (10)</td><td>1 (3.6)</td></tr>
</tbody></table></table-wrap></p></sec></body></article>"""


@yaml_cases
def test_a_jats_table_of_arms_repeated_under_populations(whole, part, total):
    xml = POPULATION_ARTICLE
    if total:  # a column of all patients beside the arms does not hide the populations
        xml = xml.replace('<th colspan="2">PART', '<th rowspan="2">Total</th><th colspan="2">PART')
        xml = xml.replace("<td>8 (10.3)</td>", "<td>8 (10.3)</td><td>24 (15.2)</td>")
        xml = xml.replace("<td>2 (2.6)</td>", "<td>2 (2.6)</td><td>6 (3.8)</td>")
    xml = xml.replace("WHOLE", whole).replace("PART", part)
    out = extract_document(read_jats_bytes(xml.encode("utf-8"), "paper.nxml"))
    labels = {c["key"]: (c["label"], c["n"]) for c in out["cohorts"]}
    rows = {(r["category"], r["measure"], r["value"], labels[r["cohort"]]) for r in out["results"]
            if r["pattern_id"].startswith("table.")}
    # the whole population's columns are the arms, not all patients; the others each arm within the part
    assert ("fever", "count", 16.0, ("Drug Q", 80)) in rows
    assert ("fever", "count", 9.0, (f"{part}, Drug Q", 30)) in rows
    assert ("rash", "rate", 3.6, (f"{part}, Placebo", 28)) in rows
    # all patients' rows are the Total column's only
    assert {r["value"] for r in out["results"] if r["pattern_id"].startswith("table.") and r["cohort"] == "all"} \
        == ({24.0, 15.2, 6.0, 3.8} if total else set())
    assert all(r["comparator"] is None for r in out["results"] if r["pattern_id"].startswith("table."))
    # a level of time over the same arms is no population: no cohort is named by it
    timed = POPULATION_ARTICLE.replace("WHOLE", "Cycle 1").replace("PART", "Cycle 2")
    out = extract_document(read_jats_bytes(timed.encode("utf-8"), "paper.nxml"))
    assert not [c for c in out["cohorts"] if c["label"].startswith("Cycle")]


@yaml_cases
def test_a_size_in_brackets_after_each_name_with_a_count_format(header, first):
    text = (f"Table 4Severe side effects by arm\n{header}Nausea\n5\n2\nFatigue\n3\n0\nRash\n1\n4\n\n"
            "Our own closing words are here.\n")
    [table] = _flat(text)
    assert table.rows()[1:] == [["Nausea", "5", "2"], ["Fatigue", "3", "0"], ["Rash", "1", "4"]]
    got = {(r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label, r.group.n)
           for r in read_table(table).results}
    second = table.rows()[0][2].split(" n = ")[0]
    assert ("nausea", "count", 5.0, first, 48) in got and ("rash", "count", 4.0, second, 45) in got
    # a bracketed number with no count's format after it is no size: the header cannot be laid over the columns
    assert _flat(text.replace(" N", "").replace(" No.", "")) == []


def _grade_table(text: str, width: int, first_row: list[str]):
    """The one flat table of ``text``: two header rows (the groups, then the grades under each) of ``width`` cells,
    ``first_row`` its first body row, every cell standing in the text at its offsets."""
    [table] = _flat(text)
    rows = table.rows()
    assert table.header_rows == 2 and len(rows[0]) == width
    assert rows[2] == first_row
    _assert_quoted(text, table)
    return table


# The grades under each group written bare, one per line, after a line per group with its size and a p column's;
# the grade line "0" is no body cell.
CELLS_BARE_ROMAN = ("Table 4Side effects in the two arms\nEvent\nDrug V (n = 30)\nDrug W (n = 28)\np\n\n\n0\nI\nII\nIII"
                    "\n0\nI\nII\nIII\n\nFever\n20\n6\n3\n1\n22\n5\n1\n0\n0.41\nRash\n25\n4\n1\n0\n19\n6\n2\n1\n0.37\n\n"
                    "Our own closing words are here.\n")
# Arabic grades from 1 under three groups, no label header, no p column.
CELLS_BARE_ARABIC = ("Table 2Toxicity by dose level\nLevel 1 (n = 12)\nLevel 2 (n = 14)\nLevel 3 (n = 10)\n"
                     "1\n2\n3\n1\n2\n3\n1\n2\n3\nNausea\n4\n1\n0\n5\n2\n0\n3\n3\n1\nCough\n2\n0\n0\n1\n1\n0\n2\n0\n0\n\n"
                     "A paragraph of our own follows the table here, long enough to read as a sentence of prose.\n")


@pytest.mark.parametrize("text, width, first_row, has", [
    (CELLS_BARE_ROMAN, 10, ["Fever", "20", "6", "3", "1", "22", "5", "1", "0", "0.41"],
     {("fever", "3", 1.0, "Drug V", 30), ("rash", "2", 2.0, "Drug W", 28)}),
    (CELLS_BARE_ARABIC, 10, ["Nausea", "4", "1", "0", "5", "2", "0", "3", "3", "1"],
     {("nausea", "3", 1.0, "Level 3", 10), ("cough", "1", 1.0, "Level 2", 14)}),
])
def test_one_cell_per_line_under_grades_written_bare(text, width, first_row, has):
    table = _grade_table(text, width, first_row)
    got = {(r.fields["category"], r.fields["grade"], r.fields["value"], r.group.label, r.group.n)
           for r in read_table(table).results}
    assert got >= has


@pytest.mark.parametrize("text", [
    CELLS_BARE_ROMAN.replace("\n0\nI\nII\nIII\n\nFever", "\n0\nI\nIII\nII\n\nFever"),  # not in order
    CELLS_BARE_ARABIC.replace("\n1\n2\n3\nNausea", "\n1\n2\n4\nNausea"),  # not the same under every group
])
def test_bare_numbers_that_are_no_grade_series_leave_the_table_unread(text):
    assert len(_flat(CELLS_BARE_ROMAN)) == 1 and len(_flat(CELLS_BARE_ARABIC)) == 1
    assert _flat(text) == []


# The header run together on one line, the grades under each group written bare and run together after the groups
# and a p column's header spanning two tests, the first label glued to the end; then one cell per line, "-" for none.
CELLS_GLUED_GRADES = ("Table 5 Highest grade of side effects\n MedicineArm P (N=30), n(%)Arm Q (N=28), n(%)p-value "
                      "01230123WilcoxonFisherRash\n20(67)\n5(17)\n4(13)\n1(3)\n21(75)\n4(14)\n2(7)\n1(4)\n0.52\n"
                      "0.61\nCough\n26(87)\n-\n3(10)\n1(3)\n24(86)\n2(7)\n2(7)\n-\n0.33\n0.45\n\n"
                      "Our own closing words are here.\n")
# Three groups, grades from 1, no p column, bare counts.
CELLS_GLUED_GRADES_THREE = ("Table 2 Toxicity by dose level\nEventDose 1 (N=10)Dose 2 (N=12)Dose 3 (N=11)123123123"
                            "Cough\n2\n0\n0\n1\n1\n0\n2\n0\n0\nNausea\n4\n1\n0\n5\n2\n0\n3\n3\n1\n\n"
                            "A paragraph of our own follows the table here, long enough to read as a sentence of "
                            "prose.\n")


@pytest.mark.parametrize("text, width, first_row, has", [
    (CELLS_GLUED_GRADES, 11, ["Rash", "20(67)", "5(17)", "4(13)", "1(3)", "21(75)", "4(14)", "2(7)", "1(4)", "0.52",
                              "0.61"],
     {("rash", "3", "count", 1.0, "Arm P", 30), ("cough", "1", "count", 2.0, "Arm Q", 28),
      ("cough", "2", "rate", 10.0, "Arm P", 30)}),
    (CELLS_GLUED_GRADES_THREE, 10, ["Cough", "2", "0", "0", "1", "1", "0", "2", "0", "0"],
     {("nausea", "3", "count", 1.0, "Dose 3", 11), ("cough", "1", "count", 1.0, "Dose 2", 12)}),
])
def test_one_cell_per_line_under_grades_run_together_in_the_header(text, width, first_row, has):
    table = _grade_table(text, width, first_row)
    reading = read_table(table)
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label, r.group.n)
           for r in reading.results}
    assert got >= has
    # the p values are the tests' (read as such); every other number a result
    assert not reading.unexplained


@pytest.mark.parametrize("text", [
    CELLS_GLUED_GRADES.replace("01230123", "01320132"),  # not in order
    CELLS_GLUED_GRADES_THREE.replace("123123123", "123123124"),  # not the same under every group
    CELLS_GLUED_GRADES_THREE.replace("Toxicity by dose level", "Visits by dose level"),  # no table of toxicity
    CELLS_GLUED_GRADES.replace("p-value ", ""),  # columns beside the grades that no header names
    CELLS_GLUED_GRADES.replace("WilcoxonFisher", "Wilcoxon"),  # a test short: where the first label starts is unknown
    # a row short of one cell: the grid is not regular
    CELLS_HEADER_PER_LINE.replace("2 (9.1%)\n\n", "2 (9.1%)\n"),
    # a count larger than its group, or disagreeing with its percentage: the columns are not the header's
    CELLS_HEADER_RUN_TOGETHER.replace("12 (24)", "62 (24)"),
    CELLS_HEADER_RUN_TOGETHER.replace("5 (10)\n\n4", "5 (30)\n\n4").replace("10 (20)\n1", "10 (40)\n1"),
    # a ratio and its interval after the groups: columns no header cell names
    CELLS_HEADER_RUN_TOGETHER.replace("Grade 3Skin", "Grade 3HR (95% CI)Skin"),
    # a header of fewer cells than the rows have
    CELLS_HEADER_PER_LINE.replace("\np\n", "\n", 1),
])
def test_cells_that_are_no_regular_grid_or_no_grades_leave_the_table_unread(text):
    assert _flat(text) == []


@yaml_cases
def test_one_cell_per_line_under_any_run_into_the_grade_beside_it(text, has):
    [table] = _flat(text)
    assert table.header_rows == 2 and len(table.rows()[0]) == 5
    _assert_quoted(text, table)
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.n)
           for r in read_table(table).results}
    assert got >= has
    # "Any grade 3", written with its space, is one cell: the rows have more cells than the header columns
    assert _flat(text.replace("AnyGrade 3", "Any grade 3").replace("AllGrade", "All grade")) == []


@yaml_cases
def test_one_cell_per_line_under_a_header_line_of_its_own(text, first, has):
    [table] = _flat(text)
    rows = table.rows()
    assert rows[0][1:] == first
    assert rows[1][1:] == ["", ""]  # the section's label
    _assert_quoted(text, table)
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"])
           for r in read_table(table).results}
    assert got >= has


@yaml_cases
def test_one_cohort_for_a_part_of_an_arm_written_with_a_dash(part):
    # the part as the paper writes it (an en dash) and as it was read (a hyphen) is one cohort under each arm, each
    # labelled with its arm as well (assemble: namesakes within different groups)
    text = ("Results\nTable 2. Response by arm\nResponse | Drug W (n = 36) | Control (n = 34)\n"
            "Complete response | 6 (16.7) | 3 (8.8)\n"
            f"{part} | | \n\u2003Complete response | 4 (20.0) | 2 (10.0)\n"
            "\u2003Partial response | 7 (35.0) | 5 (25.0)\n"
            "\nClosing prose.\n")
    out = extract_text(text, "parts.txt")
    parts = [c for c in out["cohorts"] if c["label"].startswith(part + ", ")]
    assert sorted(c["label"] for c in parts) == [f"{part}, Control", f"{part}, Drug W"]
    assert len({c["parent"] for c in parts}) == 2


@yaml_cases
def test_a_table_of_ratios_run_together_is_split_back(text, caption, rows):
    [table] = _flat(text)
    assert (table.caption, table.rows()[1:]) == (caption, rows)
    _assert_quoted(text, table)
    reading = read_table(table)
    assert [r.fields["value"] for r in reading.results] == [float(r[1]) for r in rows]
    assert reading.explained_cells == reading.numeric_cells


# Two arms compared on endpoints: the header run together with the ratio, its interval and the p column after the
# arms and the first heading glued to its end ("...Hazard ratio95% CIPOverall survival"); statistics on the rows
# under each heading, one cell per line, an empty cell an empty line. The same table as JATS XML.
CELLS_ARMS_AND_RATIO = ("Table 2Outcomes of the two regimens\nEndpointRegimen K (N = 84)Regimen L (N = 81)"
                        "RATIO95% CIPOverall survival\n Events, n (%)\n50 (59.5)\n61 (75.3)\n\n\n\n Median, months\n"
                        "19.4\n13.2\n0.66\n0.45-0.96\n0.03\n 95% CI\n15.1-23.0\n10.8-16.5\n\n\n\nTime to progression\n"
                        " Median, months\n7.7\n5.9\n0.81\n0.58-1.12\n0.20\n\nOur own closing words are here.\n")
ARMS_AND_RATIO_ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article><front><article-meta><title-group><article-title>Regimen K or regimen L</article-title></title-group>
</article-meta></front><body><sec><title>Results</title><p>Outcomes are in Table 2.
<table-wrap id="T2"><label>Table 2</label><caption><p>Outcomes of the two regimens</p></caption><table><thead>
<tr><th>Endpoint</th><th>Regimen K (N = 84)</th><th>Regimen L (N = 81)</th><th>RATIO</th><th>95% CI</th><th>P</th>
</tr></thead><tbody>
<tr><td colspan="6">Overall survival</td></tr>
<tr><td>&#x2003;Events, n (%)</td><td>50 (59.5)</td><td>61 (75.3)</td><td/><td/><td/></tr>
<tr><td>&#x2003;Median, months</td><td>19.4</td><td>13.2</td><td>0.66</td><td>0.45-0.96</td><td>0.03</td></tr>
<tr><td>&#x2003;95% CI</td><td>15.1-23.0</td><td>10.8-16.5</td><td/><td/><td/></tr>
<tr><td colspan="6">Time to progression</td></tr>
<tr><td>&#x2003;Median, months</td><td>7.7</td><td>5.9</td><td>0.81</td><td>0.58-1.12</td><td>0.20</td></tr>
</tbody></table></table-wrap></p></sec></body></article>"""


@yaml_cases
def test_two_arms_and_the_ratio_comparing_them_read_alike_from_text_and_xml(ratio):
    text = CELLS_ARMS_AND_RATIO.replace("RATIO", ratio)
    [table] = _flat(text)
    assert table.rows()[0] == ["", "Regimen K n = 84", "Regimen L n = 81", ratio, "95% CI", "P"]
    assert table.rows()[3] == ["\u2003Median, months", "19.4", "13.2", "0.66", "0.45-0.96", "0.03"]
    _assert_quoted(text, table)
    [jats] = read_jats_bytes(ARMS_AND_RATIO_ARTICLE.replace("RATIO", ratio).encode("utf-8"), "paper.nxml").tables

    def results(t):
        return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"],
                 r.group.label, r.group.n, r.comparator.label if r.comparator else None)
                for r in read_table(t).results}

    got = results(table)
    assert got == results(jats)
    assert ("OS", "median", 19.4, 15.1, 23.0, "Regimen K", 84, "Regimen L") in got
    assert ("OS", "hr", 0.66, 0.45, 0.96, "Regimen K", 84, "Regimen L") in got
    assert ("TTP", "hr", 0.81, 0.58, 1.12, "Regimen K", 84, "Regimen L") in got
    # the events under overall survival: each arm's deaths, with the arm's size
    assert {r for r in got if r[1] == "count"} == {("DEATH", "count", 50.0, None, None, "Regimen K", 84, "Regimen L"),
                                                  ("DEATH", "count", 61.0, None, None, "Regimen L", 81, "Regimen K")}


ALIGNED = ("A made-up trial of drug K\n\nResults\nToxicity by arm is listed in Table 5.\n\n"
           "Table 5 Grade 3 or 4 adverse events\n"
           "Event{sep}Drug K (n = 52){sep}Observation (n = 49)\n"
           "Neutropenia{sep}14 (26.9){sep}3 (6.1)\n"
           "Mucositis{sep}6 (11.5){sep}1 (2.0)\n\nThe trial continues.\n")


@yaml_cases
def test_a_table_aligned_with_tabs_or_runs_of_blanks_is_read_as_one(sep):
    text = ALIGNED.format(sep=sep)
    _one_text_table(text, "Table 5", ["Neutropenia", "14 (26.9)", "3 (6.1)"])
    out = extract_document(read_text_bytes(text.encode("utf-8"), "aligned.txt"))
    assert {(r["category"], r["measure"], r["value"]) for r in out["results"] if r["pattern_id"].startswith("table.")
            } >= {("neutropenia", "count", 14.0), ("neutropenia", "count", 3.0), ("mucositis", "rate", 2.0)}


@yaml_cases
def test_lines_that_are_no_aligned_rows_under_a_caption_are_no_table(text):
    assert pipe_tables(normalize(text), text, []) == []


@yaml_cases
def test_a_table_of_events_named_by_their_grade_is_a_table_of_harms(caption, grade):
    text = ("A made-up trial of drug K\n\nResults\nThe events are in Table 6.\n\nTable 6 " + caption + "\n"
            "Event | Drug K (n = 61) | Observation (n = 58)\nAnaemia | 9 (14.8) | 2 (3.4)\n\nMore prose.\n")
    out = extract_document(read_text_bytes(text.encode("utf-8"), "graded.txt"))
    assert {(r["category"], r["grade"], r["value"]) for r in out["results"]} >= {
        ("anaemia", grade, 9.0), ("anaemia", grade, 2.0)}
