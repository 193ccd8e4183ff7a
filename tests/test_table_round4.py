"""Results tables of trials by arm, round 4: tables written in our own words, read end to end through the table model.

- a toxicity's row holding only the p value of its grades heads the rows of its grades ("Nausea | | | 0.21" over
  "Grade 1 | 10 | 12"): each arm's count of that toxicity at each grade;
- a time alone under a survival or control rate's heading ("2 years" under "Local control rate, %") is the rate's
  time point, no subgroup of the arm;
- a row of hazard ratios naming an outcome of its own ("Hazard ratio for death") under another endpoint's medians is
  no ratio of that endpoint.
"""

from __future__ import annotations

import pytest
from support import read_pipe_table as _pipe

from oncoev.extract.assemble import extract_document
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import read_document
from oncoev.extract.table_results import read_table
from oncoev.extract.table_sources import pipe_tables


def _rows(reading) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"],
             r.fields["timepoint_months"], r.group.label if r.group else None, r.subgroup) for r in reading.results}


# --- a toxicity's heading holding the p value of its grades -------------------------------------------------------

GRADES = """Table 3 Haematological toxicity by arm
Toxicity | Drug K (n = 52) | Drug L (n = 50) | P
Neutropenia | | | 0.21
Grade 1 | 10 | 12 |
Grade 2 | 8 | 5 |
Grade 3 | 4 | 2 |
Grade 4 | 1 | 0 |
Anaemia | | | 0.66
Grade 1 | 15 | 13 |
Grade 3 | 1 | 0 |
"""

GRADES_THREE_ARMS = """Table 4 Adverse events of any cause
Event | Arm A (n = 40) | Arm B (n = 41) | Arm C (n = 39) | P value
Mucositis | | | | 0.04
Grade 0 | 20 | 25 | 30 |
Grade 1-2 | 14 (35.0) | 12 (29.3) | 8 (20.5) |
Grade 3-4 | 6 (15.0) | 4 (9.8) | 1 (2.6) |
Skin rash | | | | 0.50
Grade 1-2 | 9 (22.5) | 7 (17.1) | 6 (15.4) |
Grade 3-4 | 2 (5.0) | 1 (2.4) | 0 (0) |
"""


def test_grades_under_a_toxicity_heading_holding_their_p_are_that_toxicitys():
    out = _rows(_pipe(GRADES))
    assert ("TOX", "neutropenia", "1", "count", 10.0, None, "Drug K", None) in out
    assert ("TOX", "neutropenia", "4", "count", 0.0, None, "Drug L", None) in out
    assert ("TOX", "anaemia", "3", "count", 1.0, None, "Drug K", None) in out
    assert len(out) == 12
    reading = _pipe(GRADES)
    # (the heading's p compares the spread over the grades, no one grade's counts)
    assert all(r.fields["p_value"] is None for r in reading.results)


def test_grades_of_three_arms_under_headings_holding_their_p():
    out = _rows(_pipe(GRADES_THREE_ARMS))
    assert ("TOX", "mucositis", "1-2", "count", 14.0, None, "Arm A", None) in out
    assert ("TOX", "mucositis", "3-4", "rate", 2.6, None, "Arm C", None) in out
    assert ("TOX", "skin rash", "3-4", "count", 1.0, None, "Arm B", None) in out
    assert not any(value == 20.0 for _, _, _, _, value, _, _, _ in out)  # grade 0: the patients without it
    assert all(category is not None for _, category, *_ in out)


def test_grades_resolve_to_the_papers_arms_with_their_sizes(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("Drug K in an imaginary cancer\n\nMethods\nWe randomly assigned 102 patients to drug K (n = 52) or "
                    "drug L (n = 50).\n\nResults\nHaematological toxicity is shown in Table 3.\n\n" + GRADES)
    ex = extract_document(read_document(path))
    sizes = {c["key"]: c.get("n") for c in ex["cohorts"]}
    rows = {(r["cohort"], r["category"], r["grade"], r["value"]) for r in ex["results"]
            if r["pattern_id"].startswith("table")}
    assert ("drug_k", "neutropenia", "2", 8.0) in rows
    assert ("drug_l", "anaemia", "1", 13.0) in rows
    assert sizes["drug_k"] == 52 and sizes["drug_l"] == 50


@pytest.mark.parametrize("label", ["1", "2.5"])
def test_a_level_naming_no_word_with_a_p_only_heads_no_rows(label):
    # "1 | | 0.05" over "2" and "3": the reference level of a factor's levels, with their p; no heading of theirs
    text = f"""Table 2 Risk of relapse by grade
Variable | Relapse, n (%) | No relapse, n (%) | P
Histological grade | | |
{label} | | | 0.05
High | 12 (30.0) | 10 (20.0) |
"""
    [table] = pipe_tables(normalize(text), text, [])
    from oncoev.extract.table_model import infer_header_rows, read_columns, read_rows

    header_rows = infer_header_rows(table)
    cols = read_columns(table, header_rows)
    rows = read_rows(table, header_rows, 1, frozenset(c.index for c in cols if c.role == "p"))
    by_label = {r.label: r for r in rows}
    assert by_label["High"].section == by_label["Histological grade"].index


def test_without_a_term_heading_a_grade_row_is_no_toxicitys():
    # the same rows, the toxicity's name in a row of its own values: the grades head nothing and name no toxicity
    text = GRADES.replace("Neutropenia | | | 0.21", "Neutropenia | 23 | 19 | 0.21").replace(
        "Anaemia | | | 0.66", "Anaemia | 16 | 13 | 0.66")
    out = _rows(_pipe(text))
    assert ("TOX", "neutropenia", None, "count", 23.0, None, "Drug K", None) in out
    assert not any(category == "neutropenia" and grade == "1" for _, category, grade, *_ in out)


# --- a time alone under a rate's heading --------------------------------------------------------------------------

RATES = """Table 4 Local control and survival by arm
Outcome | Arm A (n = 45) | Arm B (n = 47) | P
Local control rate, % (n/N) | | |
1 year | 91.1 (41/45) | 85.1 (40/47) | 0.37
2 years | 80.0 (36/45) | 70.2 (33/47) | 0.28
Overall survival, % | | |
6 months | 97.8 | 95.7 | 0.59
3 years | 71.1 | 61.7 | 0.33
"""


def test_a_time_alone_under_a_rates_heading_is_its_time_point():
    out = _rows(_pipe(RATES))
    assert ("LC", None, None, "rate", 80.0, 24.0, "Arm A", None) in out
    assert ("LC", None, None, "count", 33.0, 24.0, "Arm B", None) in out
    assert ("OS", None, None, "rate", 61.7, 36.0, "Arm B", None) in out
    assert ("OS", None, None, "rate", 97.8, 6.0, "Arm A", None) in out
    assert not any(subgroup for *_, subgroup in out)


def test_a_time_alone_under_a_heading_of_no_rate_stays_unread():
    # "2 years" under "Duration of treatment": the patients treated that long, no time point of any rate
    text = """Table 4 Treatment by arm
Outcome | Arm A (n = 45) | Arm B (n = 47)
Duration of treatment | |
2 years | 20 (44.4) | 18 (38.3)
"""
    assert not any(r.fields["timepoint_months"] for r in _pipe(text).results)


# --- a ratio naming its own outcome under another endpoint's medians ----------------------------------------------

MEDIANS = """Table 2 Efficacy by arm
Outcome | Drug K (n = 120) | Drug L (n = 118)
Median PFS, months (95% CI) | 6.3 (5.5-7.1) | 4.1 (3.6-4.8)
{label} | 0.74 (0.58-0.94) |
"""


@pytest.mark.parametrize("label", ["Hazard ratio for death (95% CI)", "HR of overall survival", "Hazard ratio, OS"])
def test_a_ratio_of_another_outcome_under_medians_is_not_theirs(label):
    reading = _pipe(MEDIANS.format(label=label))
    assert not any(r.fields["measure"] == "hr" and r.fields["endpoint"] == "PFS" for r in reading.results)
    assert ("PFS", None, None, "median", 6.3, None, "Drug K", None) in _rows(reading)


@pytest.mark.parametrize("label", ["Hazard ratio (95% CI)", "HR for PFS", "Stratified HR"])
def test_a_ratio_under_medians_naming_no_other_outcome_is_theirs(label):
    reading = _pipe(MEDIANS.format(label=label))
    ratios = [r for r in reading.results if r.fields["measure"] == "hr"]
    assert [(r.fields["endpoint"], r.fields["value"], r.group.label) for r in ratios] == [("PFS", 0.74, "Drug K")]


# --- a grade row right after a toxicity's own row --------------------------------------------------------------------

SPACED_GRADES = ("The results follow.\n\nTable 3. Blood toxicity by arm Toxicity Drug K ( n =52) Drug L ( n =50) P "
                 "Neutropenia 0.21 Grade 1 10 12 Grade 2 8 5 Grade 3 4 2 Anaemia 0.66 Grade 1 15 13 Grade 2 1 0\n"
                 "The discussion follows.")


def test_a_grade_row_after_a_toxicitys_own_row_is_no_toxicity_of_all_events():
    # on one line, no indent: the heading's p cannot be told from the first arm's value, so the grades after it are
    # that toxicity's or all events', which the layout does not say
    from oncoev.extract.spaced_tables import spaced_tables

    for table in spaced_tables(normalize(SPACED_GRADES), SPACED_GRADES, [], [], []):
        assert not [r for r in read_table(table).results if r.fields["category"] is None]
    text = GRADES.replace("Neutropenia | | | 0.21", "Neutropenia | 23 | 19 | 0.21")
    assert not any(r.fields["category"] is None for r in _pipe(text).results)


@pytest.mark.parametrize("first", ["", "Any adverse event | 30 (57.7) | 24 (48.0) | 0.33\n"])
def test_grade_rows_of_all_events_stay_all_events(first):
    text = f"""Table 3 Worst toxicity by arm
Toxicity | Drug K (n = 52) | Drug L (n = 50) | P
{first}Grade 3 | 10 (19.2) | 6 (12.0) |
Grade 4 | 2 (3.8) | 1 (2.0) |
"""
    out = _rows(_pipe(text))
    assert ("TOX", None, "3", "count", 10.0, None, "Drug K", None) in out
    assert ("TOX", None, "4", "rate", 2.0, None, "Drug L", None) in out


# --- rates by time under their heading, a table written on one line with single spaces --------------------------------


def _spaced(text: str):
    from oncoev.extract.spaced_tables import spaced_tables

    return spaced_tables(normalize(text), text, [], [], [])


SPACED_RATES = ("The results follow.\n\nTable 4. Local control by arm Outcome Arm A ( n =45) Arm B ( n =47) P Local "
                "control rate, % 1 year 91.1 (41/45) 85.1 (40/47) 0.37 2 years 80.0 (36/45) 70.2 (33/47) 0.28 Overall "
                "survival rate, % 1 year 95.6 93.6 0.66\nThe discussion follows.")
SPACED_RATES_NO_P = ("The results follow.\n\nTable 4. Survival by arm Outcome Drug K ( n =60) Drug L ( n =58) OS (%) "
                     "6 months 90.0 85.2 12 months 70.5 61.0 PFS (%) 6 months 66.1 50.3 12 months 40.0 31.1\n"
                     "The discussion follows.")


def test_times_heading_rows_of_rates_on_one_line_are_rows_of_their_own():
    [table] = _spaced(SPACED_RATES)
    assert table.rows()[1:4] == [["Local control rate, %", "", "", ""],
                                 ["1 year", "91.1 (41/45)", "85.1 (40/47)", "0.37"],
                                 ["2 years", "80.0 (36/45)", "70.2 (33/47)", "0.28"]]
    out = _rows(read_table(table))
    assert ("LC", None, None, "rate", 70.2, 24.0, "Arm B", None) in out
    assert ("LC", None, None, "count", 41.0, 12.0, "Arm A", None) in out
    assert ("OS", None, None, "rate", 95.6, 12.0, "Arm A", None) in out
    assert len(out) == 10

    [table] = _spaced(SPACED_RATES_NO_P)
    out = _rows(read_table(table))
    assert ("OS", None, None, "rate", 61.0, 12.0, "Drug L", None) in out
    assert ("PFS", None, None, "rate", 66.1, 6.0, "Drug K", None) in out
    assert len(out) == 8


def test_a_time_after_a_heading_naming_no_endpoint_heads_no_rates():
    # "Treatment duration 6 months ...": no endpoint's heading, so the time is the label's, no rate's row
    text = SPACED_RATES_NO_P.replace("OS (%) 6 months", "Treatment duration 6 months")
    for table in _spaced(text):
        assert not any(r.fields["endpoint"] == "OS" and r.fields["timepoint_months"] == 6.0
                       for r in read_table(table).results)


@pytest.mark.parametrize("heading, label, endpoint", [
    ("Median OS, months (95% CI)", "Hazard ratio for death (95% CI)", "OS"),
    ("Median OS, months", "HR of death", "OS"),
    ("Median PFS, months (95% CI)", "HR for progression or death (95% CI)", "PFS"),
    ("Median DFS, months", "Hazard ratio for recurrence or death", "DFS"),
])
def test_a_ratio_for_the_events_of_the_medians_above_is_theirs(heading, label, endpoint):
    text = MEDIANS.format(label=label).replace("Median PFS, months (95% CI)", heading)
    ratios = [r for r in _pipe(text).results if r.fields["measure"] == "hr"]
    assert [(r.fields["endpoint"], r.fields["value"], r.group.label) for r in ratios] == [(endpoint, 0.74, "Drug K")]


def test_a_ratio_for_death_under_the_medians_of_progression_free_survival_is_not_theirs():
    reading = _pipe(MEDIANS.format(label="HR for death"))
    assert not any(r.fields["measure"] == "hr" for r in reading.results)
