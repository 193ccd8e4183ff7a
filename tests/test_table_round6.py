"""Results tables of trials by arm, round 6: tables written in our own words, read end to end through the table model.

- a header run together on one line naming the populations first, then each population's arms with their sizes in
  it and a p column after them ("Stage IStage IIAll patientsDrug Q (n = 30)Placebo (n = 28)p-valueDrug Q ..."), the
  table's cells one per line: each arm's value within its population, never a population read as a column of its own;
- a table row with no place in the text under such populations is skipped, not a crash;
- a one-line (spaced) header naming the whole population last, after its parts ("Women Men Overall"), and parts
  named alike with a bound inside their names ("Lesions ≤2 cm Lesions >2 cm All lesions");
- sites under a row of relapses ("Recurrence" over "Locoregional", "Distant"): the failure at each site.
"""

from __future__ import annotations

import pytest

from oncoev.extract.document import Cell, Table
from oncoev.extract.flat_tables import flat_tables
from oncoev.extract.normalize import normalize
from oncoev.extract.spaced_tables import spaced_tables
from oncoev.extract.table_results import read_table


def _rows(text: str) -> set:
    return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label if r.group else None,
             r.group.n if r.group else None)
            for t in flat_tables(normalize(text), text, []) for r in read_table(t).results}


def _cells(values: list[list[str]]) -> str:
    return "\n".join(f"{label}\n" + "\n".join(cells) for label, *cells in values)


# --- populations, then each one's arms with their sizes and a p column ------------------------------------------------

STRATA = ("A subgroup analysis was planned for the size of the lesions.\n\n"
          "Table 3Results of treatment by lesion size and technique:\n"
          "Lesions ≤2 cmLesions >2 cmAll lesionsTechnique K (n = 40)Technique L (n = 36)p-valueTechnique K (n = 20)"
          "Technique L (n = 24)p-valueTechnique K (n = 60)Technique L (n = 60)p-value")
STRATA_BODY = [["Local tumour progression", "4 (10.0)", "6 (16.7)", "0.50", "5 (25.0)", "9 (37.5)", "0.52",
                "9 (15.0)", "15 (25.0)", "0.25"],
               ["Distant metastasis", "2 (5.0)", "3 (8.3)", "0.66", "4 (20.0)", "2 (8.3)", "0.39", "6 (10.0)",
                "5 (8.3)", "1.00"]]
END = "\n\nNeither technique was better than the other within either size of the lesions."


@pytest.mark.parametrize("text, expected, populations, p_values", [
    # lesions of two sizes, then all lesions, each with its techniques' arms
    (STRATA + _cells(STRATA_BODY) + END,
     {("FAIL_LOCAL", "count", 4.0, "Lesions ≤2 cm, Technique K", 40),
      ("FAIL_LOCAL", "rate", 37.5, "Lesions >2 cm, Technique L", 24),
      ("FAIL_DISTANT", "count", 2.0, "Lesions >2 cm, Technique L", 24),
      ("FAIL_LOCAL", "count", 15.0, "Technique L", 60)},  # "All lesions": the arm itself
     ("Lesions ≤2 cm", "Lesions >2 cm", "All lesions"), (0.5, 0.52, 0.25)),
    # stages with a bare p after each stage's arms
    ("Outcomes are given by stage.\n\nTable 2Response by stage and arm:\n"
     "Stage 2Stage 3OverallDrug Q (n = 25)Placebo (n = 25)PDrug Q (n = 35)Placebo (n = 33)PDrug Q (n = 60)"
     "Placebo (n = 58)P" + _cells([["Objective response", "15 (60.0)", "8 (32.0)", "0.09", "14 (40.0)", "6 (18.2)",
                                     "0.06", "29 (48.3)", "14 (24.1)", "0.01"],
                                    ["Progressive disease", "3 (12.0)", "9 (36.0)", "0.10", "8 (22.9)", "13 (39.4)",
                                     "0.19", "11 (18.3)", "22 (37.9)", "0.02"]]) + END,
     {("ORR", "rate", 40.0, "Stage 3, Drug Q", 35), ("ORR", "count", 8.0, "Stage 2, Placebo", 25),
      ("PD", "count", 13.0, "Stage 3, Placebo", 33), ("ORR", "rate", 24.1, "Placebo", 58)},
     ("Stage 2", "Stage 3", "Overall"), ()),
])
def test_arms_with_their_sizes_under_populations_run_together_on_one_line(text, expected, populations, p_values):
    rows = _rows(text)
    assert expected <= rows
    # no population is a column of its own, and no p value is a count
    assert not {r for r in rows if r[3] in populations}
    assert not {r for r in rows if r[2] in p_values}


def test_arms_named_differently_under_each_population_give_no_rows():
    # the second stratum's arms are not the first's: the header is no level of populations over the same arms
    text = STRATA.replace("Technique K (n = 20)", "Technique M (n = 20)") + _cells(STRATA_BODY) + END
    assert _rows(text) == set()


def test_a_row_without_its_place_in_the_text_under_populations_is_skipped():
    top = ["", *["Women"] * 2, *["Men"] * 2]
    low = ["", "Drug Q (n = 30)", "Placebo (n = 28)", "Drug Q (n = 20)", "Placebo (n = 22)"]
    body = [["Objective response", "12 (40.0)", "7 (25.0)", "9 (45.0)", "4 (18.2)"],
            ["Progressive disease", "5 (16.7)", "9 (32.1)", "3 (15.0)", "8 (36.4)"]]
    cells = [Cell(0, c, t) for c, t in enumerate(top)] + [Cell(1, c, t) for c, t in enumerate(low)]
    cells += [Cell(2, c, t) for c, t in enumerate(body[0])]  # a row the text does not hold
    cells += [Cell(3, c, t, char_start=500 + 10 * c, char_end=505 + 10 * c) for c, t in enumerate(body[1])]
    table = Table(page=1, index=0, cells=cells, caption="Response by sex and arm", header_rows=2, label="Table 2")
    rows = {(r.fields["endpoint"], r.fields["value"], r.group.label) for r in read_table(table).results}
    assert ("PD", 8.0, "Men, Placebo") in rows
    assert not {r for r in rows if r[0] == "ORR"}


# --- one line, spaces between the cells: the whole population after its parts -----------------------------------------

def _spaced_rows(text: str) -> set:
    return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.group.label if r.group else None,
             r.group.n if r.group else None)
            for t in spaced_tables(normalize(text), text, []) for r in read_table(t).results}


SPACED_SIZES = ("Table 4 Local outcomes by lesion size Outcome Lesions ≤2 cm Lesions >2 cm All lesions Technique K "
                "(n = 40) Technique L (n = 36) Technique K (n = 20) Technique L (n = 24) Technique K (n = 60) "
                "Technique L (n = 60) Local tumour progression 4 (10.0) 6 (16.7) 5 (25.0) 9 (37.5) 9 (15.0) 15 (25.0) "
                "Distant metastasis 2 (5.0) 3 (8.3) 4 (20.0) 2 (8.3) 6 (10.0) 5 (8.3)\n")
SPACED_SEXES = ("Table 5 Response by sex Response Women Men Overall Drug Q (n = 30) Placebo (n = 28) Drug Q (n = 22) "
                "Placebo (n = 26) Drug Q (n = 52) Placebo (n = 54) Complete response 6 (20.0) 2 (7.1) 3 (13.6) "
                "1 (3.8) 9 (17.3) 3 (5.6) Partial response 9 (30.0) 5 (17.9) 8 (36.4) 6 (23.1) 17 (32.7) 11 (20.4)\n")


def test_the_whole_population_after_its_parts_named_alike_with_bounds_in_them():
    rows = _spaced_rows(SPACED_SIZES)
    assert ("FAIL_LOCAL", "count", 4.0, "Lesions ≤2 cm, Technique K", 40) in rows
    assert ("FAIL_DISTANT", "rate", 20.0, "Lesions >2 cm, Technique K", 20) in rows
    assert ("FAIL_LOCAL", "count", 15.0, "Technique L", 60) in rows
    assert not {r for r in rows if r[3].startswith((">", "Lesions,"))}  # no population cut at its bound


def test_the_whole_population_after_its_parts():
    rows = _spaced_rows(SPACED_SEXES)
    assert ("CR", "count", 2.0, "Women, Placebo", 28) in rows
    assert ("PR", "rate", 36.4, "Men, Drug Q", 22) in rows
    assert ("PR", "count", 11.0, "Placebo", 54) in rows
    # a last population smaller than a part is no whole one: the populations cannot be told
    text = SPACED_SEXES.replace("Drug Q (n = 52) Placebo (n = 54)", "Drug Q (n = 12) Placebo (n = 14)")
    assert _spaced_rows(text) == set()


# --- the sites of a relapse under its row ----------------------------------------------------------------------------

def _grid(rows: list[list[str]], caption: str) -> Table:
    """A table as the JATS reader hands it over, each cell placed in the text."""
    cells, pos = [], 0
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cells.append(Cell(row=r, col=c, text=text, char_start=pos, char_end=pos + len(text)))
            pos += len(text) + 3
    return Table(page=1, index=0, cells=cells, caption=caption, header_rows=1, label="Table 5", source="jats")


def _grid_rows(table: Table) -> set:
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label)
            for r in read_table(table).results}


@pytest.mark.parametrize("heading, local, distant", [
    ("Recurrence", "Locoregional", "Distant"),
    ("Any relapse", "Local only", "Distant metastases"),
])
def test_sites_under_a_relapse_row_are_the_failures_at_those_sites(heading, local, distant):
    rows = _grid_rows(_grid([["Event", "Drug K (n = 50)", "Observation (n = 48)", "P"],
                             [heading, "14 (28.0)", "19 (39.6)", "0.22"],
                             [f"\u2003{local}", "5 (10.0)", "8 (16.7)", "0.33"],
                             ["\u2003Opposite breast", "1 (2.0)", "2 (4.2)", "0.61"],
                             [f"\u2003{distant}", "8 (16.0)", "9 (18.8)", "0.72"],
                             ["Death", "7 (14.0)", "9 (18.8)", "0.52"]], "Events during follow-up"))
    assert ("FAIL_LOCAL", None, "count", 8.0, "Observation") in rows
    assert ("FAIL_DISTANT", None, "rate", 16.0, "Drug K") in rows
    assert ("FAIL_ANY", None, "count", 14.0, "Drug K") in rows
    # a place that is no local or distant failure stays a kind of relapse
    assert ("FAIL_ANY", "opposite breast", "count", 2.0, "Observation") in rows
    assert not {r for r in rows if r[0] == "FAIL_ANY" and r[1] in (local.lower(), distant.lower())}


# --- row labels abbreviated, the abbreviations defined in the table's notes ------------------------------------------

def _noted(rows: list[list[str]], caption: str, note: str) -> Table:
    table = _grid(rows, caption)
    table.footnotes = [note]
    return table


@pytest.mark.parametrize("note", [
    "Abbreviations: LRF, locoregional failure; DMF, distant failure; NA, not assessable.",
    "LRF = local recurrence. DMF = distant metastases.",
])
def test_sites_abbreviated_in_a_table_of_sites_of_failure(note):
    table = _noted([["Site", "Arm K (n = 64)", "Arm L (n = 66)"], ["LRF", "6 (9.4)", "11 (16.7)"],
                    ["DMF", "13 (20.3)", "12 (18.2)"], ["NA", "1", "2"]], "Sites of first failure by arm", note)
    rows = _grid_rows(table)
    assert ("FAIL_LOCAL", None, "count", 11.0, "Arm L") in rows
    assert ("FAIL_DISTANT", None, "rate", 20.3, "Arm K") in rows
    assert not {r for r in rows if r[3] in (1.0, 2.0)}  # "not assessable": no failure


def test_endpoints_abbreviated_in_a_results_tables_notes():
    table = _noted([["Outcome", "Drug Q (n = 80)", "Placebo (n = 78)"], ["LTP", "6 (7.5)", "14 (17.9)"],
                    ["BCS", "51 (63.8)", "40 (51.3)"]], "Outcomes by arm",
                   "LTP, local tumour progression; BCS, breast-conserving surgery.")
    rows = _grid_rows(table)
    assert ("FAIL_LOCAL", None, "count", 6.0, "Drug Q") in rows
    assert ("FAIL_LOCAL", None, "rate", 17.9, "Placebo") in rows
    assert not {r for r in rows if r[3] in (51.0, 40.0)}  # an operation, no endpoint
    # without the note, the abbreviation names nothing; nor does a long form that is a variant of another
    # abbreviation ("LTP, local PD"): its own words name no endpoint
    table.footnotes = []
    assert _grid_rows(table) == set()
    table.footnotes = ["LTP, local PD after ablation."]
    assert _grid_rows(table) == set()


# --- decimal commas --------------------------------------------------------------------------------------------------

def test_a_table_written_with_decimal_commas():
    rows = _grid_rows(_grid([["Event", "Arm K (n = 40)", "Arm L (n = 38)", "p"],
                             ["Nausea", "5 (12,5)", "9 (23,7)", "0,27"],
                             ["Fatigue", "10 (25,0)", "7 (18,4)", "0,61"],
                             ["Diarrhoea", "3 (7,5)", "4 (10,5)", "0,71"]], "Adverse events by arm"))
    assert ("TOX", "nausea", "rate", 12.5, "Arm K") in rows
    assert ("TOX", "fatigue", "count", 7.0, "Arm L") in rows
    assert ("TOX", "diarrhoea", "rate", 10.5, "Arm L") in rows
    # one decimal point says the commas are something else ("12,17": two numbers): no decimal read from them
    rows = _grid_rows(_grid([["Event", "Arm K (n = 40)", "Arm L (n = 38)"],
                             ["Nausea", "5 (12,5)", "9 (23,7)"],
                             ["Fatigue", "10 (25,0)", "7 (18.4)"],
                             ["Diarrhoea", "3 (7,5)", "4 (10,5)"]], "Adverse events by arm"))
    assert not {r for r in rows if r[3] in (12.5, 23.7, 7.5, 10.5)}


def test_medians_with_decimal_commas_and_their_intervals():
    reading = read_table(_grid([["Outcome", "Drug Q (n = 120)", "Placebo (n = 118)", "p"],
                                ["Median OS, months (95% CI)", "14,2 (11,0–17,5)", "11,8 (9,6–13,1)", "0,04"],
                                ["Median PFS, months (95% CI)", "6,1 (5,2–7,0)", "4,3 (3,9–5,0)", "0,01"]],
                               "Efficacy by arm"))
    got = {(r.fields["endpoint"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"], r.group.label)
           for r in reading.results}
    assert ("OS", 14.2, 11.0, 17.5, "Drug Q") in got
    assert ("PFS", 4.3, 3.9, 5.0, "Placebo") in got



# --- an arm and a grade in one header cell ----------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    ["Toxicity", "Arm A (n = 40): grade 1-2", "grade 3-4", "Arm B (n = 38): grade 1-2", "grade 3-4"],
    ["Toxicity", "Arm A (n = 40), grade 1-2", "Arm A (n = 40), grade 3-4", "Arm B (n = 38), grade 1-2",
     "Arm B (n = 38), grade 3-4"],
    ["Toxicity", "Arm A (n = 40) grade 1-2", "grade 3-4", "Arm B (n = 38) grade 1-2", "grade 3-4"],
])
def test_an_arm_and_a_grade_in_one_header_cell(header):
    table = _grid([header, ["Nausea", "12 (30.0)", "2 (5.0)", "10 (26.3)", "1 (2.6)"],
                   ["Rash", "8 (20.0)", "0", "15 (39.5)", "3 (7.9)"]], "Toxicity by arm")
    got = {(r.fields["category"], r.fields["grade"], r.fields["measure"], r.fields["value"], r.group.label, r.group.n)
           for r in read_table(table).results}
    assert ("nausea", "1-2", "count", 12.0, "Arm A", 40) in got
    assert ("nausea", "3-4", "rate", 2.6, "Arm B", 38) in got
    assert ("rash", "3-4", "count", 3.0, "Arm B", 38) in got
    assert ("rash", "1-2", "rate", 39.5, "Arm B", 38) in got
    # words before a grade naming no group ("Worst grade 1-2") are no arm
    table = _grid([["Toxicity", "Worst grade 1-2", "Worst grade 3-4"], ["Nausea", "12 (30.0)", "2 (5.0)"],
                   ["Rash", "8 (20.0)", "0"]], "Toxicity")
    assert all(r.group is None or r.group.label != "Worst" for r in read_table(table).results)


# --- tables of the stages the patients had at entry: baseline, not results -------------------------------------------

STAGE_TABLES = """Eighty patients took part.

Table 1 {caption}
Stage | Regimen P (n = 42) | Regimen R (n = 38)
IIA | 11 (26.2) | 8 (21.1)
IIB | 13 (31.0) | 14 (36.8)
IIIA | 18 (42.9) | 16 (42.1)

Table 2 Stage after surgery by regimen
Stage | Regimen P (n = 42) | Regimen R (n = 38)
ypT0 | 9 (21.4) | 4 (10.5)
ypT1 | 13 (31.0) | 10 (26.3)

Disease-free survival did not differ between the regimens.
"""


@pytest.mark.parametrize("caption", ["Stage distribution by regimen", "Distribution of clinical stage",
                                     "TNM stage at diagnosis"])
def test_a_table_of_the_stages_at_entry_is_baseline(caption):
    from support import extract_text

    extraction = extract_text(STAGE_TABLES.format(caption=caption))
    # its numbers are the patients' stages at entry, none left for a curator as a missed result
    assert not {u["value"] for u in extraction["unexplained"]} & {26.2, 31.0, 36.8, 42.9, 42.1, 21.1}
    # the stage after treatment is still read
    assert {(r["category"], r["value"]) for r in extraction["results"] if r["endpoint"] == "PATH_STAGE"} >= \
        {("ypT0", 9.0), ("ypT1", 10.0)}


def test_sites_abbreviated_in_a_one_line_table_with_its_notes_after_it():
    text = ("Table 4 Sites of first failure Site Arm K (n = 64) Arm L (n = 66) LRF 6 (9.4) 11 (16.7) DMF 13 (20.3) "
            "12 (18.2) Abbreviations: LRF, locoregional failure; DMF, distant failure.\n")
    rows = _spaced_rows(text)
    assert ("FAIL_LOCAL", "count", 11.0, "Arm L", 66) in rows
    assert ("FAIL_DISTANT", "rate", 20.3, "Arm K", 64) in rows
