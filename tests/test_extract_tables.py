"""Flattened tables and group definitions, on tables and sentences we wrote."""

from __future__ import annotations

from oncoev.extract.cohorts import find_citations, find_cohorts
from oncoev.extract.tables import find_flat_tables, read_flat_table

ONE_CELL_PER_LINE = """Some prose before the table ends here.
Table 2 Response after treatment in Group B (n = 28)
CR (%)

PR (%)

SD (%)

PD (%)

Primary tumour

15 (54)

8 (29)

3 (11)

2 (7)

Nodal metastases

10 (36)

9 (32)

4 (14)

5 (18)

Overall

9 (32)

11 (39)

4 (14)

4 (14)

Abbreviations: CR complete response.
"""

ROW_PER_LINE = """Table 4   Response by lesion site

Site CR PR SD PD Total

Liver 2 4 6 3 15
Lung 5 | 3 | 2 | 1 | 11
Bone 0 1 7 2 10

The responses were assessed with RECIST in every lesion that could be measured at baseline.
"""

TOXICITY = """Table 3 Acute adverse events
Grade 1 Grade 2 Grade 3
n % n % n %
Nausea 10 25.0 4 10.0 1 2.5
Proctitis 6 15.0 3 7.5 0 0.0
At a median follow-up of 14 months, no late event was recorded.
"""


def results_of(text):
    (table,) = find_flat_tables(text)
    return [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("site"),
             f.fields.get("grade"), f.fields.get("category"), g.label if g else None)
            for f, g in read_flat_table(table)]


def test_one_cell_per_line_response_table_with_sites_and_caption_group():
    out = results_of(ONE_CELL_PER_LINE)
    assert ("CR", "count", 15.0, "primary", None, None, "Group b") in out
    assert ("CR", "rate", 54.0, "primary", None, None, "Group b") in out
    assert ("PD", "count", 5.0, "lymph node", None, None, "Group b") in out
    assert ("PR", "rate", 39.0, None, None, None, "Group b") in out  # the "Overall" row: the table's group
    assert len(out) == 3 * 4 * 2


def test_row_per_line_table_rows_are_groups_and_the_total_column_is_ignored():
    out = results_of(ROW_PER_LINE)
    assert ("CR", "count", 2.0, None, None, None, "Liver") in out
    assert ("PD", "count", 1.0, None, None, None, "Lung") in out  # cells separated by " | " as the PDF reader writes
    assert len(out) == 3 * 4
    assert not any(v == 15.0 for _, _, v, *_ in out)


def test_toxicity_table_by_grade_and_term():
    out = results_of(TOXICITY)
    assert ("TOX", "count", 10.0, None, "1", "nausea", None) in out
    assert ("TOX", "rate", 7.5, None, "2", "proctitis", None) in out
    assert len(out) == 2 * 3 * 2  # the follow-up sentence after the table is not a row


def test_tables_with_unreadable_headers_are_left_alone():
    text = "Table 1 Baseline characteristics\nAge, years\n\n61\n\nMale sex\n\n23 (57)\n"
    assert all(read_flat_table(t) == [] for t in find_flat_tables(text))


def test_group_definitions():
    out = find_cohorts("Arm B, patients treated with chemoradiation alone (n = 41) and 39 patients who received "
                       "consolidation chemotherapy (arm C) were compared.")
    assert [(c.label, c.n, c.pattern_id) for c in out] == [
        ("Arm b: treated with chemoradiation alone", 41, "cohort.named_n"),
        ("Arm c: consolidation chemotherapy", 39, "cohort.n_named")]


def test_subgroups_with_n():
    out = find_cohorts("Metastases were in the liver (n = 12), bone (n = 7) or both (n=3).")
    assert [(c.label, c.n) for c in out] == [("liver", 12), ("bone", 7), ("both", 3)]


def test_citations_prefer_author_names():
    out = find_citations("Garcia et al [14] treated 40 patients, and others [15,16] confirmed it.")
    assert [c for c, _, _ in out] == ["Garcia et al [14]", "[15,16]"]


def test_row_label_wrapped_over_lines_with_cells_on_their_own_line():
    text = ("Table 5 Response by site\n\nSite CR PR SD PD Total\n\nLiver 1 2 3 4 10\nRetroperitoneal drainage\n\n"
            "area\n5 6 7 8 26\n")
    assert ("SD", "count", 7.0, None, None, None, "Retroperitoneal drainage area") in results_of(text)


RATE_TABLE = """Table 2 Five-year outcomes by prognostic factor
in the whole cohort

Factor

No. of patients

3-y Survival rate (%)

DFS

OS

Stage I-II

40

71.0

80.5

Stage III

22

41.2

52.0

Age >70

9

30.1
"""


def test_rate_table_with_group_sizes_and_a_time_point_in_the_header():
    out = results_of(RATE_TABLE)
    assert ("DFS", "rate", 71.0, None, None, None, "Stage I-II") in out
    assert ("OS", "rate", 52.0, None, None, None, "Stage III") in out
    assert len(out) == 4  # the "Age >70" row lost a cell to the layout and is not guessed
    (table,) = find_flat_tables(RATE_TABLE)
    assert {f.fields["timepoint_months"] for f, _ in read_flat_table(table)} == {36.0}
    assert {g.n for _, g in read_flat_table(table)} == {40, 22}


def test_generic_labels_are_not_groups():
    assert find_cohorts("Characteristics of the patients (n = 142) and total (n = 50) are listed.") == []


def test_caption_with_a_colon_and_pipe_separated_rows_from_the_pdf_reader():
    text = "Table 1: Response by group\nGroup | CR | PR | SD | PD\nArm A | 5 | 6 | 7 | 8\nArm B | 1 | 2 | 3 | 4\n"
    assert ("PD", "count", 4.0, None, None, None, "Arm B") in results_of(text)


def test_treatment_arms_defined_by_what_a_counted_group_received():
    from oncoev.extract.cohorts import find_arms

    assert [(a.label, a.n) for a in find_arms("Twenty-eight patients (70%) received concurrent capecitabine.")] == [
        ("received concurrent capecitabine", 28)]
    assert [(a.label, a.n) for a in find_arms("In all, 11 patients underwent resection of the primary tumour, and "
                                              "the others did not.")] == [
        ("underwent resection of the primary tumour", 11)]
    assert find_arms("Patients received a median dose of 45 Gy.") == []
