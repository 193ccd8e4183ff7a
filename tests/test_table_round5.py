"""Results tables of trials by arm, round 5: tables written in our own words, read end to end through the table model.

- a table written a row per line under its caption's line and a header naming each arm with its size (and the whole
  population's "Total" column), as a PDF's text gives it: blank lines between rows, headings of their own, a label
  wrapped onto the next line; or a header line naming the arms the prose defines, without their sizes;
- a caption glued to the sentence before it after a footnote's mark ("... was significant.gTable 2 ..."), or to a
  figure's caption with no full stop ("... by armTable 2Toxicity ...");
- rates by time point with the arms as columns: a row labelled "3-year OS, %" right after the cells of the row before,
  and rows of a time alone ("3 years 60.1% 51.5%") under a caption naming one survival endpoint;
- a one-line table whose header names the prose's arms without their sizes ("Outcome Arm A Arm B P 2-year OS ...");
- survival rates by time point with the groups on the rows ("Group OS rate (%) PFS rate (%) 1-year 3-year P ...").
"""

from __future__ import annotations

import pytest
from result_rows import spaced_tables_of as _tables

from oncoev.extract.assemble import extract_document
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import read_document
from oncoev.extract.spaced_tables import spaced_tables
from oncoev.extract.table_results import read_table


def _rows(text: str) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"],
             r.fields["timepoint_months"], r.fields["p_value"], r.group.label if r.group else None)
            for t in _tables(text) for r in read_table(t).results}


# --- a row per line, the arms and the whole population over the columns ----------------------------------------------

LINES_TOTAL = """Safety was assessed at every visit.

Table 3 Adverse events of any grade by arm

Adverse event Arm A (n = 60) Arm B (n = 58) Total (n = 118)

Haematological

Neutropenia 12 (20.0) 9 (15.5) 21 (17.8)

Thrombocytopenia 3 (5.0) 1 (1.7) 4 (3.4)

Non-haematological

Peripheral sensory
neuropathy 30 (50.0) 25 (43.1) 55 (46.6)

Mucositis 6 (10.0) 3 (5.2) 9 (7.6)

Most of these events were mild and went away within two weeks of the end of the treatment in both of the arms.
"""

LINES_RATES = """Outcomes were updated at the cut-off.

Table 4 Efficacy by treatment
Outcome Regimen M (n = 52) Regimen N (n = 50) P value
Overall survival, %
  1 year 88.5 80.0 0.21
  3 years 61.5 52.0 0.33
Median PFS, months (95% CI) 10.2 (8.1-12.4) 7.5 (6.0-9.1) 0.04
Objective response 30 (57.7) 20 (40.0) 0.07
With longer follow-up the difference in overall survival between the two regimens was no longer significant.
"""


def test_a_row_per_line_under_arms_and_a_total_column():
    out = _rows(LINES_TOTAL)
    assert ("TOX", "neutropenia", None, "count", 12.0, None, None, "Arm A") in out
    assert ("TOX", "thrombocytopenia", None, "rate", 1.7, None, None, "Arm B") in out
    assert ("TOX", "peripheral sensory neuropathy", None, "count", 25.0, None, None, "Arm B") in out
    # the Total column: the whole population's, no arm's
    assert ("TOX", "mucositis", None, "count", 9.0, None, None, None) in out
    assert ("TOX", "neutropenia", None, "rate", 17.8, None, None, None) in out
    assert len(out) == 24
    # the headings are no toxicity of their own, and the prose after the table is no row
    assert not any(category in ("haematological", "non-haematological") for _, category, *_ in out)


def test_a_row_per_line_of_rates_medians_and_counts_with_a_p_column():
    out = _rows(LINES_RATES)
    assert ("OS", None, None, "rate", 88.5, 12.0, 0.21, "Regimen M") in out
    assert ("OS", None, None, "rate", 52.0, 36.0, 0.33, "Regimen N") in out
    assert ("PFS", None, None, "median", 7.5, None, 0.04, "Regimen N") in out
    assert ("ORR", None, None, "count", 30.0, None, 0.07, "Regimen M") in out
    assert ("ORR", None, None, "rate", 40.0, None, 0.07, "Regimen N") in out
    assert len(out) == 10


def test_the_total_column_gives_the_whole_populations_rows(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("Drug K in an imaginary cancer\n\nMethods\nWe randomly assigned 118 patients to arm A (n = 60) or "
                    "arm B (n = 58).\n\nResults\n" + LINES_TOTAL)
    ex = extract_document(read_document(path))
    rows = {(r["cohort"], r["category"], r["measure"], r["value"]) for r in ex["results"]
            if r["pattern_id"].startswith("table")}
    assert ("arm_a", "mucositis", "count", 6.0) in rows
    assert ("arm_b", "neutropenia", "rate", 15.5) in rows
    assert ("all", "thrombocytopenia", "count", 4.0) in rows
    assert {c["key"]: c.get("n") for c in ex["cohorts"]}["all"] == 118


@pytest.mark.parametrize("text", [
    # a column more in every row than the header names: whose cells are which is not said
    LINES_TOTAL.replace(" Total (n = 118)", ""),
    # no arm's size in the header: nothing to lay the columns over
    LINES_RATES.replace(" (n = 52)", "").replace(" (n = 50)", ""),
])
def test_a_row_per_line_that_the_header_does_not_fit_gives_no_rows(text):
    assert not _rows(text)


def test_prose_or_another_caption_after_a_row_per_line_ends_the_table():
    prose = LINES_TOTAL.replace("Most of these", "In all 8 of 60 and 5 of 58 patients had a dose reduction for these "
                                "events in the two arms.\nMost of these")
    out = _rows(prose)
    assert len(out) == 24 and not any(value in (8.0, 5.0) and group is not None and measure == "count"
                                      and category is None for _, category, _, measure, value, _, _, group in out)
    caption = LINES_TOTAL.replace("Most of these", "Table 4 Dose reductions\nReason 8 5 13\nMost of these")
    assert len(_rows(caption)) == 24


# --- a row per line under a header naming the prose's groups without their sizes ------------------------------------

NAMED_OUTCOMES = """Results follow.

Table 3 Survival and response by arm
Outcome Arm A Arm B P
2-year OS (%) 85.0 80.2 0.31
2-year PFS (%) 70.1 61.5 0.12
Objective response 30 (50.0) 20 (34.5) 0.06

Discussion
The two arms did about as well as each other in all of these outcomes, as the trial was too small to tell.
"""

NAMED_TOXICITY = """Results follow.

Table 2 Grade 3 or worse toxicity
Toxicity Drug Q, n (%) Placebo, n (%)
Diarrhoea 8 (20.0) 2 (5.3)
Rash 6 (15.0) 1 (2.6)
Anorexia 4 (10.0) 3 (7.9)
The rates were as expected.
"""
ARMS = [["arm A", "Arm A"], ["arm B"]]
DRUGS = [["drug Q"], ["placebo"]]


def _named_rows(text: str, names, sizes) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"],
             r.fields["timepoint_months"], r.fields["p_value"], r.group.label if r.group else None,
             r.group.n if r.group else None)
            for t in spaced_tables(normalize(text), text, [], names, sizes) for r in read_table(t).results}


def test_a_header_line_naming_the_arms_through_the_whole_extraction(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("Drug Q in an imaginary cancer\n\nMethods\nWe randomly assigned 118 patients to arm A (n = 60) "
                    "or arm B (n = 58).\n\n" + NAMED_OUTCOMES)
    rows = {(r["cohort"], r["endpoint"], r["measure"], r["value"]) for r in
            extract_document(read_document(path))["results"] if r["pattern_id"].startswith("table")}
    assert ("arm_a", "OS", "rate", 85.0) in rows and ("arm_b", "ORR", "rate", 34.5) in rows


def test_a_sentence_on_its_own_line_ends_the_table():
    [table] = spaced_tables(normalize(NAMED_TOXICITY), NAMED_TOXICITY, [], DRUGS, [40, 38])
    assert "expected" not in NAMED_TOXICITY[table.char_start:table.char_end]
    [table] = spaced_tables(normalize(NAMED_OUTCOMES), NAMED_OUTCOMES, [], ARMS, [60, 58])
    assert "Discussion" not in NAMED_OUTCOMES[table.char_start:table.char_end]


# --- a caption glued after a footnote's mark or a figure's caption ---------------------------------------------------

SPACED_BODY = ("Toxicity Arm A ( n =60) Arm B ( n =58) Total ( n =118) Nausea 12 (20.0) 9 (15.5) 21 (17.8) Fatigue 30 "
               "(50.0) 25 (43.1) 55 (46.6) Neutropenia 6 (10.0) 3 (5.2) 9 (7.6)")
GLUED_BODY = ("ToxicityDrug Q (n = 40)Placebo (n = 38)Total (n = 78)Diarrhoea10 (25.0)4 (10.5)14 (17.9)Rash8 (20.0)"
              "2 (5.3)10 (12.8)Anorexia6 (15.0)3 (7.9)9 (11.5)")


@pytest.mark.parametrize("lead", [
    "Grade 3 nausea was no more frequent with the drug than without it.gTable 2 Grade 3–4 toxicities ",
    "The difference in grade 3 events was not significant.†Table 2 Grade 3–4 toxicities ",
    "The difference in grade 3 events was not significant.Table 2 Grade 3–4 toxicities ",
])
def test_a_spaced_table_glued_after_a_footnotes_mark(lead):
    out = _rows(f"Results follow.\n\n{lead}{SPACED_BODY}\n\nDiscussion follows.\n")
    assert ("TOX", "nausea", "3-4", "count", 12.0, None, None, "Arm A") in out
    assert ("TOX", "neutropenia", "3-4", "rate", 7.6, None, None, None) in out
    assert len(out) == 18


@pytest.mark.parametrize("lead", [
    "Both arms lost weight during the treatment.bTable 2",
    "Figure 2 Progression-free survival by armTable 2",
])
def test_a_run_together_table_glued_after_a_mark_or_a_figures_caption(lead):
    out = _rows(f"Results follow.\n\n{lead}Treatment-related toxicity{GLUED_BODY}\n\nDiscussion follows.\n")
    assert ("TOX", "diarrhoea", None, "count", 10.0, None, None, "Drug Q") in out
    assert ("TOX", "rash", None, "rate", 5.3, None, None, "Placebo") in out
    assert ("TOX", "anorexia", None, "count", 9.0, None, None, None) in out
    assert len(out) == 18


@pytest.mark.parametrize("lead", [
    # a supplementary table named in a sentence, and a table named in brackets: no table starts there
    "Other events are listed in eTable 2 (online only).",
    "Other events are listed in (Table 2) ",
])
def test_a_table_named_inside_a_sentence_is_no_caption(lead):
    text = f"Results follow.\n\n{lead}Grade 3–4 toxicities {SPACED_BODY}\n\nDiscussion follows.\n"
    assert not _tables(text)


# --- rates by time point with the arms as columns, a row per time ---------------------------------------------------

HYPHEN_TIMES = ("Results follow.\n\nTable 4 Survival by arm Outcome Regimen M (n = 60) Regimen N (n = 58) P "
                "1-year OS, % 85.0 80.2 0.31 3-year OS, % 60.1 51.5 0.12 2-yr PFS, % 44.0 37.9 0.20 Median PFS, months "
                "14.2 10.1 0.04\nDiscussion follows.\n")
TIMES_ALONE = ("Results follow.\n\nTable 4 {caption} Time point Drug K (n = 44) Drug L (n = 46) 1 year 85.0% 80.2% "
               "3 years 60.1% 51.5% 5 years 50.0% 41.0%\nDiscussion follows.\n")


def test_a_time_labelled_row_after_the_cells_of_the_row_before():
    out = _rows(HYPHEN_TIMES)
    assert ("OS", None, None, "rate", 85.0, 12.0, 0.31, "Regimen M") in out
    assert ("OS", None, None, "rate", 51.5, 36.0, 0.12, "Regimen N") in out
    assert ("PFS", None, None, "rate", 44.0, 24.0, 0.2, "Regimen M") in out
    assert ("PFS", None, None, "median", 10.1, None, 0.04, "Regimen N") in out
    assert len(out) == 8


@pytest.mark.parametrize("caption, code", [("Overall survival by arm", "OS"),
                                           ("Local control rates in the two arms", "LC")])
def test_times_alone_under_a_caption_naming_one_survival_endpoint_with_percent_signs(caption, code):
    out = _rows(TIMES_ALONE.format(caption=caption))
    assert (code, None, None, "rate", 85.0, 12.0, None, "Drug K") in out
    assert (code, None, None, "rate", 51.5, 36.0, None, "Drug L") in out
    assert (code, None, None, "rate", 50.0, 60.0, None, "Drug K") in out
    assert len(out) == 6


@pytest.mark.parametrize("caption", ["Treatment duration by arm", "Overall and progression-free survival by arm"])
def test_times_alone_under_a_caption_naming_no_one_survival_endpoint_give_no_rates(caption):
    assert not any(months for *_, months, _, _ in _rows(TIMES_ALONE.format(caption=caption)))


# --- a one-line table whose header names the prose's arms without their sizes ----------------------------------------

SPACED_NAMED = ("Results follow.\n\nTable 3 Survival and response by arm Outcome Arm A Arm B P 2-year OS (%) 85.0 80.2 "
                "0.31 2-year PFS (%) 70.1 61.5 0.12 Objective response 30 (50.0) 20 (34.5) 0.06\nDiscussion follows.\n")
SPACED_NAMED_TOXICITY = ("Results follow.\n\nTable 2 Grade 3 or worse toxicity Toxicity Drug Q, n (%) Placebo, n (%) "
                         "Diarrhoea 8 (20.0) 2 (5.3) Rash 6 (15.0) 1 (2.6) Anorexia 4 (10.0) 3 (7.9)\nDiscussion.\n")


# the header's arms in the layout of one cell per line, and on the one line of a spaced table
@pytest.mark.parametrize("outcomes, outcome_rows, toxicity, toxicity_rows", [
    pytest.param(NAMED_OUTCOMES, {("OS", None, "rate", 85.0, 24.0, 0.31, "Arm A", 60),
                                  ("PFS", None, "rate", 61.5, 24.0, 0.12, "Arm B", 58),
                                  ("ORR", None, "count", 20.0, None, 0.06, "Arm B", 58)},
                 NAMED_TOXICITY, {("TOX", "diarrhoea", "count", 8.0, None, None, "Drug Q", 40),
                                  ("TOX", "anorexia", "rate", 7.9, None, None, "Placebo", 38)},
                 id="test_a_header_line_naming_the_arms_without_sizes_takes_the_prose_sizes"),
    pytest.param(SPACED_NAMED, {("OS", None, "rate", 80.2, 24.0, 0.31, "Arm B", 58),
                                ("ORR", None, "rate", 50.0, None, 0.06, "Arm A", 60)},
                 SPACED_NAMED_TOXICITY, {("TOX", "rash", "count", 1.0, None, None, "Placebo", 38),
                                         ("TOX", "diarrhoea", "rate", 20.0, None, None, "Drug Q", 40)},
                 id="test_a_one_line_header_naming_the_arms_without_sizes_takes_the_prose_sizes"),
])
def test_a_header_naming_the_arms_without_sizes_takes_the_prose_sizes(outcomes, outcome_rows, toxicity, toxicity_rows):
    out = _named_rows(outcomes, ARMS, [60, 58])
    assert outcome_rows <= out
    assert len(out) == 8
    out = _named_rows(toxicity, DRUGS, [40, 38])
    assert toxicity_rows <= out
    assert len(out) == 12


@pytest.mark.parametrize("text, names, sizes", [
    (SPACED_NAMED.replace("Arm B P", "Arm B Difference P"), ARMS, [60, 58]),  # a column besides the arms
    (SPACED_NAMED_TOXICITY, DRUGS, [40, None]),  # an arm with no size in the prose
    (SPACED_NAMED.replace("Outcome Arm A Arm B P", "Outcome Arm A versus Arm B P"), ARMS, [60, 58]),  # no header
    # a column the header names besides the arms: the rows' cells may be under it
    (NAMED_OUTCOMES.replace("Arm B P", "Arm B Difference P"), ARMS, [60, 58]),
    # an arm the prose gives no size: its counts cannot be checked
    (NAMED_TOXICITY, DRUGS, [40, None]),
    # one arm named only
    (NAMED_TOXICITY.replace("Placebo, n (%)", "Control, n (%)"), DRUGS, [40, 38]),
])
def test_a_header_that_does_not_name_the_arms_alone_gives_no_rows(text, names, sizes):
    assert not _named_rows(text, names, sizes)


# --- survival rates by time point with the groups on the rows, one line ---------------------------------------------

BY_TIME = ("Results follow.\n\nTable 5 Rates by treatment group Group {heads} 1-year 3-year P 1-year 3-year P "
           "Drug K 90.1 70.4 0.21 80.6 55.2 0.04 Drug L 85.5 61.0 71.3 42.8 All patients 87.8 65.7 76.0 49.0\n"
           "Discussion follows.\n")


@pytest.mark.parametrize("heads, codes", [("OS rate (%) PFS rate (%)", ("OS", "PFS")),
                                          ("Local control (%) Overall survival (%)", ("LC", "OS"))])
def test_rates_by_time_with_the_groups_on_the_rows(heads, codes):
    out = _rows(BY_TIME.format(heads=heads))
    first, second = codes
    assert (first, None, None, "rate", 90.1, 12.0, None, "Drug K") in out
    assert (first, None, None, "rate", 61.0, 36.0, None, "Drug L") in out
    assert (second, None, None, "rate", 42.8, 36.0, None, "Drug L") in out
    assert (second, None, None, "rate", 76.0, 12.0, None, None) in out  # all patients: the whole population
    assert len(out) == 12


@pytest.mark.parametrize("heads", [
    "OS rate (%) Median follow-up (%)",  # a column that names no endpoint
    "OS rate (%) OS rate (%)",  # the same endpoint twice
])
def test_rates_by_time_under_heads_that_are_not_one_endpoint_each_give_no_rows(heads):
    assert not _rows(BY_TIME.format(heads=heads))


def test_rates_by_time_with_a_row_short_of_cells_give_no_rows():
    assert not _rows(BY_TIME.format(heads="OS rate (%) PFS rate (%)").replace(" 42.8", ""))


BY_TIME_LINES = """Results follow.

Table 5 Survival rates by arm
Group {heads}
{times}
Drug K 90.1 70.4 {p1}80.6 55.2 {p2}
Drug L 85.5 61.0 71.3 42.8
Total 87.8 65.7 76.0 49.0
The rates are also shown in the figure for each of the arms.
"""


@pytest.mark.parametrize("heads, times, p1, p2, codes, months", [
    ("Overall survival (%) Progression-free survival (%)", "1-year 3-year P 1-year 3-year P", "0.21 ", "0.04",
     ("OS", "PFS"), (12.0, 36.0)),
    ("DFS rate (%) Local control rate (%)", "6-month 24-month 6-month 24-month", "", "", ("DFS", "LC"), (6.0, 24.0)),
])
def test_rates_by_time_with_the_groups_on_the_rows_a_row_per_line(heads, times, p1, p2, codes, months):
    out = _rows(BY_TIME_LINES.format(heads=heads, times=times, p1=p1, p2=p2))
    (first, second), (early, late) = codes, months
    assert (first, None, None, "rate", 70.4, late, None, "Drug K") in out
    assert (second, None, None, "rate", 71.3, early, None, "Drug L") in out
    assert (second, None, None, "rate", 49.0, late, None, None) in out
    assert len(out) == 12


def test_rates_by_time_a_row_per_line_with_a_row_short_of_cells_give_no_rows():
    text = BY_TIME_LINES.format(heads="Overall survival (%) Progression-free survival (%)", times="1-year 3-year "
                                "1-year 3-year", p1="", p2="").replace(" 42.8", "")
    assert not _rows(text)
