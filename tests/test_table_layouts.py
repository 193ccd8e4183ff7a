"""Table layouts of results by arm: tables written in our own words, read end to end through the table model."""

from __future__ import annotations

import pytest
from support import read_pipe_table as _pipe
from support import yaml_cases

from oncoev.extract.flat_tables import flat_tables, grades_per_group
from oncoev.extract.normalize import normalize
from oncoev.extract.table_results import read_table


def _flat(text: str):
    return flat_tables(normalize(text), text, [])


def _rows(reading) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label)
            for r in reading.results}


# --- a caption that names adverse events by their abbreviation ---------------------------------------------------

AE_PIPE = """Table 3 Most frequent AEs by arm
Event | Drug K (n = 40) | Drug L (n = 38)
Nausea | 9 (22.5) | 4 (10.5)
Blurred vision | 3 (7.5) | 0 (0)
"""
AE_CELLS = ("Table 5TEAEs seen in five percent or more of the patients\nPatients with an event, n (%)\nArm P (n = 50)\n"
            "Arm Q (n = 48)\n\nInsomnia\n6 (12)\n3 (6.3)\nDry mouth\n4 (8)\n5 (10.4)\n\nThe discussion begins here "
            "with a sentence that is long enough to read as prose.\n")


def test_a_caption_naming_adverse_events_short_makes_the_rows_toxicities():
    out = _rows(_pipe(AE_PIPE))
    assert ("TOX", "nausea", "count", 9.0, "Drug K") in out
    assert ("TOX", "blurred vision", "rate", 7.5, "Drug K") in out
    assert ("TOX", "nausea", "rate", 10.5, "Drug L") in out
    assert len(out) == 8

    [table] = _flat(AE_CELLS)
    out = _rows(read_table(table))
    assert ("TOX", "insomnia", "count", 6.0, "Arm P") in out
    assert ("TOX", "dry mouth", "rate", 10.4, "Arm Q") in out
    assert len(out) == 8


@yaml_cases
def test_the_letters_ae_elsewhere_name_no_adverse_events(caption):
    reading = _pipe(AE_PIPE.replace("Most frequent AEs by arm", caption))
    assert not any(r.fields["endpoint"] == "TOX" for r in reading.results)


# A header of one cell per line whose drug names ran into their doses ("Drug Q20 mg"): the names are parted from
# the doses, so that a combination's column is not taken for the drug it starts with.
@yaml_cases
def test_a_drug_run_into_its_dose_in_a_header_cell_is_parted_from_it(first, second, expected):
    text = AE_CELLS.replace("Arm P (n = 50)", first).replace("Arm Q (n = 48)", second)
    [table] = _flat(text)
    assert table.rows()[0][1:] == expected
    groups = {r.group.label for r in read_table(table).results}
    assert groups == set(expected)


# --- one cell per line under a header run together with no group sizes --------------------------------------------

# The header's cells run together on the table's first line with no "n =" to part them by, the first row's label glued
# to its end; each body cell on a line of its own. The cells are parted where a capital follows a small letter or a
# bracket, and they must be as many as the body's columns (with the label column's own header or without).
RESPONSE_UNSIZED = ("Table 2 Tumour shrinkage by treatment\n{header}Complete response\n7 (17.5)\n3 (7.9)\n"
                    "Partial response\n12 (30.0)\n9 (23.7)\nStable disease\n15 (37.5)\n14 (36.8)\n\n"
                    "The discussion begins here with a sentence that is long enough to read as prose.\n")


@yaml_cases
def test_a_run_together_header_without_sizes_names_the_columns(header, first, second):
    [table] = _flat(RESPONSE_UNSIZED.format(header=header))
    out = _rows(read_table(table))
    assert ("CR", None, "count", 7.0, first) in out
    assert ("CR", None, "rate", 17.5, first) in out
    assert ("PR", None, "rate", 23.7, second) in out
    assert ("SD", None, "count", 14.0, second) in out
    assert len(out) == 12
    # three names over two columns: which two are the groups' cannot be told
    assert _flat(RESPONSE_UNSIZED.format(header="OutcomeVelotinib armPlacebo armPooled")) == []


# Two levels run together: populations, each over the same arms, then the arms; a row naming a part of the population
# gives each column's size ("n = 210" under each), and a ratio's row holds one cell per population, spanning its arms.
SURVIVAL_BY_POPULATION = (
    "Table 3 Time to progression by population\n All randomisedMarker positiveVelotinibPlaceboVelotinibPlacebo"
    "{heading}\nAll\nn = 210\nn = 205\nn = 64\nn = 61\n {median}\n9.2 (7.8–10.5)\n5.1 (4.4–6.0)\n11.4 (8.0–NE)\n"
    "4.3 (3.1–5.9)\n {ratio}\n0.58 (0.46–0.73)\n0.41 (0.25–0.67)\n P valuea\n<0.001\n0.002\n"
    "aStratified log-rank test.\n")


@yaml_cases
def test_populations_over_the_same_arms_run_together_are_read_with_the_ratio_spanning_each(heading, median, ratio):
    [table] = _flat(SURVIVAL_BY_POPULATION.format(heading=heading, median=median, ratio=ratio))
    reading = read_table(table)
    rows = {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"],
             r.group.label, r.comparator.label if r.comparator else None) for r in reading.results}
    assert rows == {
        ("PFS", "median", 9.2, 7.8, 10.5, "Velotinib", None),
        ("PFS", "median", 5.1, 4.4, 6.0, "Placebo", None),
        ("PFS", "median", 11.4, None, None, "Marker positive, Velotinib", None),  # an interval with no upper bound
        ("PFS", "median", 4.3, 3.1, 5.9, "Marker positive, Placebo", None),
        ("PFS", "hr", 0.58, 0.46, 0.73, "Velotinib", "Placebo"),
        ("PFS", "hr", 0.41, 0.25, 0.67, "Marker positive, Velotinib", "Marker positive, Placebo"),
    }
    # the sizes and the p values are what their rows say they are
    assert not reading.unexplained
    # "Responders" with two cells under four columns compares nothing: whose cells they are cannot be told
    assert _flat(SURVIVAL_BY_POPULATION.format(heading=heading, median=median, ratio="Responders")) == []


# A header of one cell per line whose first cell is empty, then a heading on a line of its own before the first row: a
# column of labels each spanning the rows of its arms ("Breast" over "Drug K" and "Control"), written once above them.
BY_SITE = ("Table 3 Response by tumour site and arm\n\n{head}\nBreast\nDrug K\n24\n{k1}\n"
           "Control\n22\n{c1}\nOvary\nDrug K\n18\n{k2}\nControl\n19\n{c2}\n\n"
           "The discussion begins here with a sentence that is long enough to read as prose.\n")


@pytest.mark.parametrize("head, cells, expected", [
    ("Arm\nn\nCR\nPR\nResponse rate\nP",
     {"k1": "2\n8\n41.7% (10/24)\n0.31", "c1": "1\n5\n27.3% (6/22)\n", "k2": "0\n4\n22.2% (4/18)\n0.66",
      "c2": "1\n2\n15.8% (3/19)\n"},
     {("CR", None, "count", 2.0, "Breast: Drug K"), ("ORR", None, "rate", 41.7, "Breast: Drug K"),
      ("PR", None, "count", 5.0, "Breast: Control"), ("ORR", None, "count", 3.0, "Ovary: Control")}),
    ("Regimen\nPatients\nComplete response\nPartial response",
     {"k1": "3 (12.5)\n7 (29.2)", "c1": "1 (4.5)\n6 (27.3)", "k2": "2 (11.1)\n5 (27.8)", "c2": "0 (0)\n3 (15.8)"},
     {("CR", None, "rate", 12.5, "Breast: Drug K"), ("PR", None, "count", 6.0, "Breast: Control"),
      ("PR", None, "rate", 27.8, "Ovary: Drug K"), ("CR", None, "count", 0.0, "Ovary: Control")}),
])
def test_an_empty_first_header_cell_heads_labels_written_once_over_their_rows(head, cells, expected):
    [table] = _flat(BY_SITE.format(head=head, **cells))
    reading = read_table(table)
    assert expected <= _rows(reading)
    # every row is a group of its site: no value of an arm of all patients
    assert {r.group.label.split(": ")[0] for r in reading.results} == {"Breast", "Ovary"}


# Columns named by endpoints, rows by groups, and one column of counts before the endpoints naming nothing else
# ("Group | n | CR | PR"): each row's group size.
@yaml_cases
def test_a_column_of_counts_before_the_endpoints_gives_each_row_group_its_size(size_head, sizes):
    text = (f"Table 2 Response after four cycles\nGroup | {size_head} | CR | PR | PD\n"
            f"Arm K | {sizes[0]} | 3 | 11 | 6\nArm L | {sizes[1]} | 1 | 7 | 12\n")
    groups = {(r.group.label, r.group.n) for r in _pipe(text).results}
    assert groups == {("Arm K", int(sizes[0])), ("Arm L", int(sizes[1]))}
    # counts with their percentages are no sizes: such a column is an endpoint's, or unread
    text = text.replace(f"| {sizes[0]} |", f"| {sizes[0]} (52) |")
    assert ("Arm K", int(sizes[0])) not in {(r.group.label, r.group.n) for r in _pipe(text).results}


# Rows of their own naming one endpoint, one alone and others with words of their own ("Serious adverse events" then
# "Serious adverse events judged due to the device"): those words are the part of the endpoint the row counts.
@yaml_cases
def test_a_row_naming_its_endpoint_with_more_words_beside_the_endpoint_alone_is_that_part(total, part, words):
    text = (f"Table 4 Safety overview\nEvent | Drug K (n = 40) | Drug L (n = 38)\n{total} | 15 (37.5) | 9 (23.7)\n"
            f"{part} | 4 (10.0) | 0 (0)\n")
    out = {(r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label) for r in _pipe(text).results
           if r.fields["endpoint"] == "SAE"}
    assert {(None, "count", 15.0, "Drug K"), (None, "rate", 23.7, "Drug L")} <= out
    assert {(words, "count", 4.0, "Drug K"), (words, "rate", 10.0, "Drug K"), (words, "count", 0.0, "Drug L")} <= out
    assert not any(c is None and v == 4.0 for c, _, v, _ in out)
    # the same response named again under another heading, with its definition or interval in brackets: no category
    text = ("Table 2 Tumour response by arm\nResponse | Drug K (n = 40) | Drug L (n = 38)\nPrior surgery | | \n"
            "ORR (CR + PR) | 12 (30.0) | 7 (18.4)\nNo prior surgery | | \nORR [95% CI], n (%) | 9 (22.5) | 5 (13.2)\n")
    out = {(r.fields["category"], r.subgroup) for r in _pipe(text).results if r.fields["endpoint"] == "ORR"}
    assert out == {(None, "Prior surgery"), (None, "No prior surgery")}


# The same responses under two headings naming how each was seen ("Clinical response" then "MRI response"): the way
# is the category of the rows under its heading (the clinical way, a response's ordinary one, none).
@yaml_cases
def test_responses_repeated_under_headings_of_how_they_were_seen_take_the_way_as_category(other, way):
    text = ("Table 3 Response after six cycles\nResponse | Drug K (n = 40) | Drug L (n = 38)\nClinical response | | \n"
            f"CR | 8 (20.0) | 3 (7.9)\nPR | 14 (35.0) | 11 (28.9)\n{other} | | \nCR | 5 (12.5) | 2 (5.3)\n"
            "PR | 16 (40.0) | 10 (26.3)\n")
    out = {(r.fields["endpoint"], r.fields["category"], r.fields["value"], r.group.label) for r in _pipe(text).results
           if r.fields["measure"] == "count"}
    assert out == {("CR", None, 8.0, "Drug K"), ("CR", None, 3.0, "Drug L"), ("PR", None, 14.0, "Drug K"),
                   ("PR", None, 11.0, "Drug L"), ("CR", way, 5.0, "Drug K"), ("CR", way, 2.0, "Drug L"),
                   ("PR", way, 16.0, "Drug K"), ("PR", way, 10.0, "Drug L")}
    # one heading over the responses says no way of its own: no category
    single = text.split(f"{other} |")[0].replace("Clinical response", "Tumour response")
    assert {r.fields["category"] for r in _pipe(single).results} == {None}


# Under each arm, a column of the patients each row was counted in before the arm's grade columns ("Total patients" |
# "Grade 1-2" | "Grade 3"): denominators, no event's count of any grade.
@yaml_cases
def test_a_column_of_the_patients_counted_beside_an_arm_s_grades_is_no_count_of_events(head):
    text = (f"Table 3 Toxicity during induction\nEvent | Drug K | Drug K | Drug K | Drug L | Drug L | Drug L\n"
            f"Event | {head} | Grade 1-2 | Grade 3 | {head} | Grade 1-2 | Grade 3\n"
            "Rash | 212 | 40 (19%) | 6 (3%) | 208 | 31 (15%) | 2 (1%)\n"
            "Insomnia | 190 | 22 (12%) | 1 (1%) | 185 | 20 (11%) | 0\n")
    reading = _pipe(text)
    out = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label)
           for r in reading.results}
    assert {("rash", "1-2", "count", 40.0, "Drug K"), ("rash", "3", "rate", 1.0, "Drug L"),
            ("insomnia", "3", "count", 0.0, "Drug L")} <= out
    assert not any(v in (212.0, 208.0, 190.0, 185.0) for *_, v, _ in out)
    assert not any(u["text"] in ("212", "185") for u in reading.unexplained)  # each a row's denominator
    # a column of the arm's events of any grade beside its grades is read as before
    anyg = _pipe(text.replace(f"| {head} |", "| Any grade |"))
    assert ("rash", None, "count", 212.0, "Drug K") in {
        (r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label)
        for r in anyg.results}


# A header level under each arm saying its cells are the percentages of its patients ("Percentage of patients in each
# category"): percentages of the arm over it, no group of its own.
@yaml_cases
def test_a_level_saying_the_cells_are_percentages_of_the_patients_names_no_group(note):
    text = (f"Table 4 Grade 3 or 4 toxicity\nEvent | Drug K (N = 50) | Drug L (N = 48)\nEvent | {note} | {note}\n"
            "Fatigue | 12 | 6\nRash | 4 | 10\n")
    out = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label)
           for r in _pipe(text).results}
    assert out == {("fatigue", "3-4", "rate", 12.0, "Drug K"), ("fatigue", "3-4", "rate", 6.0, "Drug L"),
                   ("rash", "3-4", "rate", 4.0, "Drug K"), ("rash", "3-4", "rate", 10.0, "Drug L")}


# A heading naming a part of each arm with its sizes ("Men | n = 22 | n = 19"), then time headings indented under it
# ("  6 months") over the responses: the counts are the part's at that time, never the whole arm's.
@yaml_cases
def test_time_headings_indented_under_a_part_with_its_sizes_keep_the_part(first, second, months):
    text = ("Table 2 Disease control by sex\nResponse | Drug K | Drug L\nMen | n = 22 | n = 19\n"
            f"  {first} | | \n    Disease control | 15 (68%) | 9 (47%)\n  {second} | | \n"
            "    Disease control | 11 (50%) | 5 (26%)\nWomen | n = 18 | n = 21\n"
            f"  {first} | | \n    Disease control | 12 (67%) | 10 (48%)\n")
    out = {(r.subgroup, r.subgroup_n, r.group.label, r.fields["timepoint_months"], r.fields["value"])
           for r in _pipe(text).results if r.fields["measure"] == "count"}
    assert out == {("Men", 22, "Drug K", months[0], 15.0), ("Men", 19, "Drug L", months[0], 9.0),
                   ("Men", 22, "Drug K", months[1], 11.0), ("Men", 19, "Drug L", months[1], 5.0),
                   ("Women", 18, "Drug K", months[0], 12.0), ("Women", 21, "Drug L", months[0], 10.0)}


# A count with its percentage on a row naming a survival at a time point ("Patients alive at 3 years | 40 (80%)"): the
# count and the rate are of that time point.
@yaml_cases
def test_a_count_and_its_percentage_on_a_row_of_survival_at_a_time_keep_the_time(label, endpoint, months):
    text = f"Table 5 Outcome by arm\nOutcome | Drug K (n = 50) | Drug L (n = 48)\n{label} | 40 (80%) | 30 (62.5%)\n"
    out = {(r.fields["endpoint"], r.fields["measure"], r.fields["timepoint_months"], r.fields["value"], r.group.label)
           for r in _pipe(text).results}
    assert out == {(endpoint, "count", months, 40.0, "Drug K"), (endpoint, "rate", months, 80.0, "Drug K"),
                   (endpoint, "count", months, 30.0, "Drug L"), (endpoint, "rate", months, 62.5, "Drug L")}


# A heading over a table's events naming their grade ("Grade ≥3 adverse events" after "Adverse events of any grade"):
# the grade of the terms under it; the terms under a heading of every grade keep none.
@yaml_cases
def test_a_heading_of_events_naming_their_grade_is_the_grade_of_the_terms_under_it(heading, grade):
    text = ("Table 3 Adverse events by arm\nEvent | Drug K (n = 60) | Drug L (n = 58)\n"
            "Adverse events of any grade | | \nFatigue | 30 (50%) | 21 (36.2%)\nRash | 12 (20%) | 3 (5.2%)\n"
            f"{heading} | | \nFatigue | 6 (10%) | 2 (3.4%)\nNeutropenia | 9 (15%) | 4 (6.9%)\n")
    out = {(r.fields["category"], r.fields["grade"], r.fields["value"], r.group.label) for r in _pipe(text).results
           if r.fields["measure"] == "count"}
    assert out == {("fatigue", None, 30.0, "Drug K"), ("fatigue", None, 21.0, "Drug L"), ("rash", None, 12.0, "Drug K"),
                   ("rash", None, 3.0, "Drug L"), ("fatigue", grade, 6.0, "Drug K"), ("fatigue", grade, 2.0, "Drug L"),
                   ("neutropenia", grade, 9.0, "Drug K"), ("neutropenia", grade, 4.0, "Drug L")}


# The same term of the same arm twice in one table under headings no field keeps ("During induction", "During
# maintenance"): which value is which no row could say, so neither is read; a term named once still is.
@yaml_cases
def test_the_same_term_twice_under_headings_no_field_keeps_is_not_read(first, second):
    text = ("Table 4 Side effects by arm\nEvent | Drug K (n = 60) | Drug L (n = 58)\n"
            f"{first} | | \nNausea | 14 (23.3%) | 9 (15.5%)\nAlopecia | 20 (33.3%) | 2 (3.4%)\n"
            f"{second} | | \nNausea | 5 (8.3%) | 3 (5.2%)\n")
    reading = _pipe(text)
    out = {(r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label) for r in reading.results}
    assert not any(c == "nausea" for c, *_ in out)
    assert {("alopecia", "count", 20.0, "Drug K"), ("alopecia", "rate", 3.4, "Drug L")} <= out
    assert {u["text"] for u in reading.unexplained} >= {"14 (23.3%)", "5 (8.3%)"}


# Rows counting the patients with any event, however worded ("Total no. of subjects with adverse events", "Patients
# with NCI-CTC toxicity grade 3 or 4 AEs", "Grade >=3 AEs, n (%)"), are all of the events: no category; a row giving
# the groups' sizes ("Number in group") and a row naming a group ("Control group (40)") are no event's counts.
@yaml_cases
def test_rows_of_all_events_take_no_category_and_rows_of_sizes_or_groups_are_no_events(total, grade):
    text = ("Table 6 Toxicity by arm\nEvent | Drug K (n = 40) | Drug L (n = 38)\nNumber in group | 40 | 38\n"
            f"{total} | 22 (55%) | 17 (44.7%)\nGrade ≥3 AEs, n (%) | 9 (22.5%) | 6 (15.8%)\n"
            "Rash | 7 (17.5%) | 2 (5.3%)\n")
    out = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label)
           for r in _pipe(text).results}
    assert {(None, grade, "count", 22.0, "Drug K"), (None, ">=3", "count", 6.0, "Drug L"),
            ("rash", None, "count", 7.0, "Drug K")} <= out
    assert not any(v in (40.0, 38.0) for *_, v, _ in out)
    assert {c for c, *_ in out} == {None, "rash"}
    grouped = ("Table 7 Mucositis by grade\nMucositis | Grade 1 | Grade 2\nControl group (40) | 12 (30%) | 5 (12.5%)\n"
               "Test group (38) | 8 (21.1%) | 2 (5.3%)\n")
    assert not any("group" in (r.fields["category"] or "") for r in _pipe(grouped).results)


# Under each arm, a column per assessor of the responses ("INV" | "IRC"): the assessor is the responses' category,
# never a group of its own.
@yaml_cases
def test_responses_under_each_arm_by_assessor_take_the_assessor_as_category(inv, central, category):
    text = (f"Table 2 Best response\nResponse | Drug K (N=40) | Drug K (N=40) | Drug L (N=38) | Drug L (N=38)\n"
            f"Response | {inv} | {central} | {inv} | {central}\nCR | 3 | 2 | 1 | 1\nPR | 12 | 10 | 7 | 8\n")
    out = {(r.fields["endpoint"], r.fields["category"], r.fields["value"], r.group.label) for r in _pipe(text).results}
    assert out == {("CR", "investigator", 3.0, "Drug K"), ("CR", category, 2.0, "Drug K"),
                   ("CR", "investigator", 1.0, "Drug L"), ("CR", category, 1.0, "Drug L"),
                   ("PR", "investigator", 12.0, "Drug K"), ("PR", category, 10.0, "Drug K"),
                   ("PR", "investigator", 7.0, "Drug L"), ("PR", category, 8.0, "Drug L")}


# Grades written bare once per group and run together ("01230123"): the run under each group, read by both the
# flattened and the run-together layouts.
@yaml_cases
def test_grades_written_once_per_group_are_the_run_under_each(digits, k, grades):
    assert grades_per_group(digits, k) == grades


# --- each arm's count of an endpoint beside the ratio comparing the two arms ---------------------------------------

# Two arms' columns of counts, then a ratio of no group comparing them, on rows naming endpoints: each arm's count and
# its percentage of the arm are read as a table of the arms gives them (the ratio is no factor's: not read here).
ARM_COUNTS_AND_RATIO = [
    ("Table 2 Events by arm\nEvent | Drug Q (n = 4,210) | Placebo (n = 4,198) | Rate ratio (95% CI) | P\n"
     "Disease progression | 120 (2.9%) | 160 (3.8%) | 0.75 (0.59-0.95) | 0.02\n"
     "Death from any cause | 410 (9.7%) | 455 (10.8%) | 0.89 (0.78-1.02) | 0.09\n",
     {("FAIL_ANY", None, "count", 120.0, "Drug Q"), ("FAIL_ANY", None, "rate", 2.9, "Drug Q"),
      ("FAIL_ANY", None, "count", 160.0, "Placebo"), ("FAIL_ANY", None, "rate", 3.8, "Placebo"),
      ("DEATH", None, "count", 410.0, "Drug Q"), ("DEATH", None, "rate", 9.7, "Drug Q"),
      ("DEATH", None, "count", 455.0, "Placebo"), ("DEATH", None, "rate", 10.8, "Placebo")}),
    ("Table 3 Outcomes at the end of treatment\nOutcome | Arm K | Arm L | OR | 95% CI\n"
     "Local recurrence | 12/150 (8.0) | 21/148 (14.2) | 0.53 | 0.25-1.11\n"
     "Cumulative incidence of relapse, % | 30 | 25 | 1.20 | 0.90-1.60\n",
     {("FAIL_LOCAL", None, "count", 12.0, "Arm K"), ("FAIL_LOCAL", None, "rate", 8.0, "Arm K"),
      ("FAIL_LOCAL", None, "count", 21.0, "Arm L"), ("FAIL_LOCAL", None, "rate", 14.2, "Arm L")}),
]


@pytest.mark.parametrize("text, expected", ARM_COUNTS_AND_RATIO)
def test_each_arm_s_count_beside_the_ratio_comparing_the_arms_is_read(text, expected):
    reading = _pipe(text)
    counts = {r for r in _rows(reading) if r[2] in ("count", "rate")}
    # (a bare percentage, "30" of a cumulative incidence, may be an estimate at a time the table names elsewhere: left)
    assert counts == expected
    listed = " ".join(u["text"] for u in reading.unexplained)
    assert "Cumulative" not in text or ("30" in listed and "25" in listed)


# --- a stub header saying the cells are percentages ----------------------------------------------------------------

# The label column's header says the cells are percentages of the patients ("Adverse events, % patients", "Event
# (%)"): every bare number under the arms is a rate, a whole one ("11") no count. A stub header naming counts with
# their percentages ("n (%)") keeps bare whole numbers as counts.
@yaml_cases
def test_a_stub_header_of_percentages_makes_bare_numbers_rates(stub):
    text = (f"Table 4 Severe toxicity\n{stub} | Drug V (n = 88) | Drug W (n = 90) | P\n"
            "Neutropenia | 21 | 8.9 | 0.01\nDiarrhoea | 6.8 | 12 | 0.2\n")
    out = _rows(_pipe(text))
    assert out == {("TOX", "neutropenia", "rate", 21.0, "Drug V"), ("TOX", "neutropenia", "rate", 8.9, "Drug W"),
                   ("TOX", "diarrhoea", "rate", 6.8, "Drug V"), ("TOX", "diarrhoea", "rate", 12.0, "Drug W")}


def test_a_stub_header_of_counts_with_percentages_keeps_bare_numbers_counts():
    text = ("Table 4 Severe toxicity\nGrade 3-4 events, n (%) | Drug V (n = 88) | Drug W (n = 90)\n"
            "Neutropenia | 21 (23.9) | 8 (8.9)\nFebrile neutropenia | 3 | 0\n")
    out = _rows(_pipe(text))
    assert ("TOX", "febrile neutropenia", "count", 3.0, "Drug V") in out
    assert not any(r[2] == "rate" and r[1] == "febrile neutropenia" for r in out)


# --- rows of groups under a toxicity's heading, columns of grades --------------------------------------------------

# Each toxicity a heading, the groups rows under it with their sizes, one column per grade: each group's count and
# percentage at each grade of that toxicity (grade 0, the patients without it, is no result).
GROUP_ROWS_BY_GRADE = [
    ("Table 5 Oral mucositis and dysphagia by grade\nGroup | Grade 0 | Grade 1 | Grade 2 | Grade 3 | P\n"
     "Oral mucositis | | | | |\n Drug S group (n = 60) | 20 (33.3) | 25 (41.7) | 12 (20.0) | 3 (5.0) | 0.01\n"
     " Control group (n = 58) | 8 (13.8) | 22 (37.9) | 21 (36.2) | 7 (12.1) |\nDysphagia | | | | |\n"
     " Drug S group (n = 60) | 30 (50.0) | 20 (33.3) | 8 (13.3) | 2 (3.3) | 0.2\n"
     " Control group (n = 58) | 25 (43.1) | 20 (34.5) | 10 (17.2) | 3 (5.2) |\n", "Drug S group", "Control group"),
    ("Table 2 Skin reactions\nArm | G1 | G2 | G3\nRadiation dermatitis | | |\n Arm P (41) | 18 (43.9) | 9 (22.0) | "
     "2 (4.9)\n Arm Q (40) | 15 (37.5) | 12 (30.0) | 4 (10.0)\nPruritus | | |\n Arm P (41) | 7 (17.1) | 1 (2.4) | 0 (0)"
     "\n Arm Q (40) | 5 (12.5) | 2 (5.0) | 0 (0)\n", "Arm P", "Arm Q"),
]


@pytest.mark.parametrize("text, first, second", GROUP_ROWS_BY_GRADE)
def test_rows_of_groups_under_a_toxicity_s_heading_give_each_group_s_grades(text, first, second):
    reading = _pipe(text)
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label,
            r.group.n, r.comparator.label if r.comparator else None) for r in reading.results}
    if first == "Drug S group":
        assert ("oral mucositis", "3", "count", 3.0, first, 60, second) in got
        assert ("dysphagia", "2", "rate", 17.2, second, 58, first) in got
        assert not any(g == "0" for _, g, *_ in got)  # the patients without the event
        assert len(got) == 2 * 2 * 3 * 2
    else:
        assert ("radiation dermatitis", "1", "count", 18.0, first, 41, second) in got
        assert ("pruritus", "2", "rate", 5.0, second, 40, first) in got
        assert len(got) == 2 * 2 * 3 * 2


# The same with no heading row: the caption names the one toxicity the table grades ("Grade of radiation dermatitis by
# group"), the groups' rows straight under the header.
CAPTION_TOXICITY_BY_GRADE = [
    ("Table 3 Incidence of acute radiation dermatitis by grade, n (%)\nGroup | G0 | G1 | G2 | G3 | P\n"
     "Cream group (n = 52) | 10 (19.2) | 25 (48.1) | 14 (26.9) | 3 (5.8) | 0.03\n"
     "Placebo group (n = 50) | 4 (8.0) | 19 (38.0) | 18 (36.0) | 9 (18.0) |\n",
     ("radiation dermatitis", "3", "count", 3.0, "Cream group", 52, "Placebo group"),
     ("radiation dermatitis", "2", "rate", 36.0, "Placebo group", 50, "Cream group")),
    ("Table 4 Severity of oral mucositis at the end of radiotherapy\nArm | Grade 1 | Grade 2 | Grade 3 | Grade 4\n"
     "Arm K (n = 33) | 12 (36.4) | 9 (27.3) | 4 (12.1) | 1 (3.0)\n"
     "Arm L (n = 35) | 10 (28.6) | 13 (37.1) | 8 (22.9) | 2 (5.7)\n",
     ("oral mucositis", "4", "count", 2.0, "Arm L", 35, "Arm K"),
     ("oral mucositis", "1", "rate", 36.4, "Arm K", 33, "Arm L")),
]


@pytest.mark.parametrize("text, one, other", CAPTION_TOXICITY_BY_GRADE)
def test_rows_of_groups_under_a_caption_naming_one_toxicity_give_each_group_s_grades(text, one, other):
    reading = _pipe(text)
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label,
            r.group.n, r.comparator.label if r.comparator else None) for r in reading.results}
    assert one in got and other in got
    assert not any(g == "0" for _, g, *_ in got)  # the patients without the event
    assert all(r.fields["endpoint"] == "TOX" for r in reading.results)


@yaml_cases
def test_rows_of_groups_under_a_caption_naming_no_one_toxicity_are_not_read_as_grades(caption, first, second):
    # two toxicities (which one a row grades no one can say), or none; or rows of times, no groups
    text = (f"Table 5 {caption}\nGroup | Grade 1 | Grade 2 | Grade 3\n"
            f"{first} (n = 41) | 18 (43.9) | 9 (22.0) | 2 (4.9)\n"
            f"{second} (n = 40) | 15 (37.5) | 12 (30.0) | 4 (10.0)\n")
    assert not [r for r in _pipe(text).results if r.fields["grade"] is not None and r.group is not None]


def test_rows_of_groups_under_a_heading_of_no_toxicity_are_not_read_as_grades():
    text = ("Table 6 Performance status by group\nGroup | Grade 1 | Grade 2 | Grade 3\nAt baseline | | |\n"
            " Arm P (41) | 18 (43.9) | 9 (22.0) | 2 (4.9)\n Arm Q (40) | 15 (37.5) | 12 (30.0) | 4 (10.0)\n")
    assert not _pipe(text).results


# --- one cell per line: an empty line after the header, then a row left empty or a section's heading ---------------

# The header one cell per line up to an empty line; the empty cells of the rows after it as empty lines, so that a
# section's heading ("Tumour response" and its two empty cells) or a row left empty stands between the header and the
# first row with values. The header is the lines up to the empty one; the rows are read under it.
@yaml_cases
def test_a_header_one_cell_per_line_ended_by_an_empty_line_is_read_over_its_rows(between):
    text = ("Table 3 Responses by arm\nResponse\nArm K (n = 40)\nArm L (n = 38)" + between +
            "Complete response\n6 (15.0)\n3 (7.9)\nPartial response\n14 (35.0)\n10 (26.3)\n\n"
            "The discussion begins here with a sentence that is long enough to read as prose.\n")
    [table] = _flat(text)
    out = _rows(read_table(table))
    assert out == {("CR", None, "count", 6.0, "Arm K"), ("CR", None, "rate", 15.0, "Arm K"),
                   ("CR", None, "count", 3.0, "Arm L"), ("CR", None, "rate", 7.9, "Arm L"),
                   ("PR", None, "count", 14.0, "Arm K"), ("PR", None, "rate", 35.0, "Arm K"),
                   ("PR", None, "count", 10.0, "Arm L"), ("PR", None, "rate", 26.3, "Arm L")}


@yaml_cases
def test_a_column_of_all_given_a_group_s_treatment_is_that_group_of_its_own_size_not_all_patients(whole, part):
    reading = _pipe(f"Table 2 Best response\nResponse | {whole} | {part} | Docetaxel (n = 24)\n"
                    "Partial response | 13 (27) | 6 (24) | 2 (8)\nStable disease | 20 (42) | 11 (44) | 9 (38)\n")
    groups = {(r.group.label, r.group.n) if r.group else None for r in reading.results if r.fields["value"] == 13}
    label, n = whole.split(" (")[0], int(whole.rstrip(")").split("= ")[-1].split("=")[-1])
    assert groups == {(label, n)}
    # the arms compared stay the part and the other treatment; the whole group is compared with none
    compared = {(r.group.label, r.comparator.label if r.comparator else None) for r in reading.results}
    assert compared == {(label, None), (part.split(" (")[0], "Docetaxel"), ("Docetaxel", part.split(" (")[0])}


def test_a_column_of_all_patients_beside_the_groups_stays_all_patients():
    reading = _pipe("Table 2 Best response\nResponse | All patients (n = 49) | Drug Q (n = 25) | Docetaxel (n = 24)\n"
                    "Partial response | 7 (14) | 6 (24) | 2 (8)\nStable disease | 20 (41) | 11 (44) | 9 (38)\n")
    assert [r.group for r in reading.results if r.fields["value"] == 7] == [None]


_SPANNED = ("Outcome | Events | Events | {span} | {span} | {span} | {span}\n"
            "Outcome | Drug K (n = 120), n (%) | Drug L (n = 118), n (%) | Drug K, % | Drug L, % | "
            "HR (95% CI)a | {p}\n")


@yaml_cases
def test_ratios_of_endpoint_rows_under_a_heading_spanning_the_arms_are_no_factor_s_and_the_p_column_no_group(
        span, p, body):
    reading = _pipe("Table 3 Outcomes by arm\n" + _SPANNED.format(span=span, p=p) + body)
    assert not [r for r in reading.results if r.fields["measure"] == "hr"]
    # (no group named by the heading over the arms, nor by the p column)
    assert {r.group.label for r in reading.results if r.group} <= {"Drug K", "Drug L"}


@yaml_cases
def test_a_p_column_with_its_footnote_s_letter_glued_on_gives_each_ratio_its_p(p):
    reading = _pipe("Table 3 Multivariable analysis of overall survival\n"
                    f"Factor | Overall survival | Overall survival\nFactor | HR (95% CI) | {p}\n"
                    "Age > 65 years | 1.42 (1.05-1.93) | 0.024\nNode positive | 1.88 (1.30-2.71) | 0.001\n")
    assert sorted((r.group.label, r.fields["value"], r.fields["p_value"]) for r in reading.results) == [
        ("Age > 65 years", 1.42, 0.024), ("Node positive", 1.88, 0.001)]


@yaml_cases
def test_an_arm_s_toxicities_repeated_for_each_treatment_cycle_are_left_unread(text):
    # the same patients counted again each cycle: no count is the arm's over the treatment, and which cycle a row
    # would be of has no field to keep it, so none is read (a curator sees them as unexplained)
    assert _pipe(text).results == []


# --- endpoints' rows under a heading naming a time point: the rates at that time -------------------------------------

# "3-year rates, %" (or "At 2 years", "Two-year analysis") heads rows naming survival endpoints, a column per arm: each
# arm's rate of that endpoint at that time, the row's p comparing the arms.
RATES_UNDER_A_TIME = [
    ("Table 2 Outcomes by arm\nEndpoint | Arm A (n = 100) | Arm B (n = 98) | P\n3-year rates, % | | |\n"
     " OS | 78 | 70 | 0.04\n PFS | 65 | 55 | 0.03\n5-year rates, % | | |\n OS | 61 | 52 | 0.02\n"
     " PFS | 50 | 41 | 0.01\n",
     [("Arm A", "OS", 78.0, 36.0, 0.04), ("Arm B", "PFS", 41.0, 60.0, 0.01), ("Arm B", "OS", 52.0, 60.0, 0.02)]),
    ("Table 3 Disease control by group\nOutcome | Drug Z group (n = 61) | Control group (n = 59) | P value\n"
     "Two-year analysis | | |\n Local control | 91.2% | 84.0% | 0.21\n Disease-free survival | 80.5% | "
     "71.9% | 0.11\n", [("Drug Z group", "LC", 91.2, 24.0, 0.21), ("Control group", "DFS", 71.9, 24.0, 0.11)]),
]


@pytest.mark.parametrize("text, expected", RATES_UNDER_A_TIME)
def test_rows_of_survival_endpoints_under_a_time_heading_give_each_arm_s_rate_at_that_time(text, expected):
    got = {(r.group.label, r.fields["endpoint"], r.fields["value"], r.fields["timepoint_months"], r.fields["p_value"])
           for r in _pipe(text).results if r.fields["measure"] == "rate"}
    assert set(expected) <= got
    assert all(t is not None for *_, t, _ in got)


@yaml_cases
def test_rows_of_survival_endpoints_under_a_heading_naming_no_time_give_no_rate(heading):
    # a subgroup's heading (its years are an age), or no time at all: a bare number is no rate of a time
    text = (f"Table 2 Outcomes by arm\nEndpoint | Arm A (n = 100) | Arm B (n = 98) | P\n{heading} | | |\n"
            " OS | 78 | 70 | 0.04\n PFS | 65 | 55 | 0.03\n")
    assert not [r for r in _pipe(text).results if r.fields["timepoint_months"] is not None]


# --- rows naming a time of assessment in a table of toxicity grades: no toxicity of their own -------------------------

@yaml_cases
def test_rows_naming_a_time_in_a_table_of_grades_are_no_toxicity_terms(caption, first, second):
    # each row is the same patients at another time (which no field of a result tells), not an event called "Week 2"
    text = (f"Table 5 {caption}\nTime | Grade 1 | Grade 2 | Grade 3\n"
            f"{first} | 18 (43.9) | 9 (22.0) | 2 (4.9)\n{second} | 15 (37.5) | 12 (30.0) | 4 (10.0)\n")
    assert not _pipe(text).results


def test_a_toxicity_term_naming_a_time_in_its_words_stays_a_term():
    text = ("Table 5 Late toxicity by grade\nEvent | Grade 1 | Grade 2 | Grade 3\n"
            "Proctitis after 6 months | 18 (43.9) | 9 (22.0) | 2 (4.9)\nFatigue | 15 (37.5) | 12 (30.0) | 4 (10.0)\n")
    assert {r.fields["category"] for r in _pipe(text).results} == {"proctitis after 6 months", "fatigue"}
