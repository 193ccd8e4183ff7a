"""What the extractor did not read: numbers, where they count, what explains them, and the list.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from result_rows import rows_where
from support import query as q
from support import yaml_cases

from oncoev.cli import cli
from oncoev.db.export import export_study
from oncoev.db.load import load_extraction
from oncoev.db.review import write_review
from oncoev.errors import LoadError
from oncoev.extract import unexplained
from oncoev.extract.assemble import extract_document
from oncoev.extract.document import Cell, Document, Table
from oncoev.extract.normalize import normalize
from oncoev.extract.unexplained import (
    account_numbers,
    class_collisions,
    classify,
    context,
    context_key,
    find_numbers,
    report_lines,
    row_numbers,
    section_regions,
    table_regions,
    top_level_branches,
)


def numbers(text: str) -> list[str]:
    return [text[n.start:n.end] for n in find_numbers(text)]


def reason(text: str, number: str, nth: int = 0) -> str | None:
    """The class ``classify`` gives the ``nth`` occurrence of ``number`` in ``text`` (no rows)."""
    found = find_numbers(text)
    classify(text, found)
    hits = [n for n in found if text[n.start:n.end] == number]
    assert len(hits) > nth, (number, [text[n.start:n.end] for n in found])
    return hits[nth].reason


# -- which digits are numbers ------------------------------------------------------------


def test_digits_inside_names_are_not_numbers():
    text = ("HER2-positive and CD20 counts, T2N1 tumours, 60 mg/m2 of drug, IL-6 and PD-1 levels after COVID-19, "
            "with 5-FU or 5-fluorouracil and 3D-CRT planning in the NSABP B-32 style")
    assert numbers(text) == ["60"]


def test_numbers_as_written_are_read():
    found = find_numbers("Doses of 1,250 mg and 50Gy, p = .02 and 3.75 on the 3rd day; Figure 2A")
    assert [n.value for n in found] == [1250.0, 50.0, 0.02, 3.75, 3.0, 2.0]


# -- each class alone --------------------------------------------------------------------

# (role, a sentence, the number it must explain, a sentence where that role must not explain it): case data in
# fixtures/unexplained_classes.yaml, one entry a case
CLASSES = [(c["role"], c["text"], c["number"], c["negative"]) for c in yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "unexplained_classes.yaml").read_text(encoding="utf-8"))]


@pytest.mark.parametrize("role, text, number, negative", CLASSES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLASSES)])
def test_each_class_recognises_its_numbers_and_not_others(role, text, number, negative):
    assert reason(text, number) == role
    assert reason(negative, number) != role


def test_a_result_the_rules_missed_stays_unexplained():
    text = "Two-year local control was 87.5% in the surgery arm and 64.1% in the radiotherapy arm."
    assert reason(text, "87.5") is None and reason(text, "64.1") is None


def test_a_sentence_about_who_the_patients_were_that_says_who_lived_is_no_baseline():
    assert reason("Of 40 smokers, 12 were alive at two years.", "12") is None
    assert reason("Among the 40 women, 12 had died by the spring.", "12") is None
    assert reason("Lobectomy was done in 12 people; 3 were dead within a month.", "3") is None
    assert reason("Lobectomy was done in 30 people and 4 had an anastomotic leak.", "4") is None  # an event


def test_a_sentence_class_reads_prose_not_the_lines_of_a_table():
    text = ("Results\n\nWe saw many people over the years, in several places and seasons.\n\nTable 2 Outcome by "
            "operation\nOperation N Rate\nLobectomy 41 62.5\nSegmentectomy 12 48.1\n\nThe rest of the text goes on "
            "here in plain words as it did before the table, with nothing more to add.\n")
    reasons = _reasons(text)
    assert reasons["41"] is None and reasons["62.5"] is None and reasons["48.1"] is None


def test_a_baseline_table_explains_its_cells_and_an_efficacy_table_does_not():
    text = ("Intro.\nTable 1 Characteristics of the patients at entry\nAge, years\n61\n63\nFemale\n22 (41)\n"
            "Table 2 Response by arm\nComplete response\n12 (22)\n8 (15)\n\n"
            "The next paragraph is written in ordinary prose, with many lower case words in it.\n")
    tables = table_regions(text)
    assert [t.name for t in tables] == ["Table 1: Characteristics of the patients at entry",
                                        "Table 2: Response by arm"]
    found = find_numbers(text)
    classify(text, found, tables)
    by_number = {text[n.start:n.end]: n.reason for n in found}
    assert by_number["63"] == "baseline" and by_number["41"] == "baseline"
    assert by_number["12"] is None and by_number["15"] is None


@yaml_cases
def test_a_control_group_in_a_caption_is_the_comparator_not_an_outcome(caption, role):
    text = f"Intro.\nTable 1 {caption}\nStage III\n21\n17\nLung primary\n12 (30)\n\n"
    found = find_numbers(text)
    classify(text, found, table_regions(text))
    assert {text[n.start:n.end]: n.reason for n in found}["17"] == role


def test_a_flattened_table_ends_where_the_next_caption_starts():
    # a table flattened into a line runs on into the next table's caption on the same line: the second's cells are its
    # own, not the first table's (here baseline characteristics)
    for first, second in (("Table 1 Characteristics of the patients at entry. Age 58 Women 30 (44)",
                           "Table 2 Relapse by arm. Local 7 (10) 11 (16)"),
                          ("Table 3 Baseline laboratory values. Haemoglobin 12.1 Platelets 240",
                           "Table 4 Best response. Partial response 19 (27) Stable disease 25 (36)")):
        text = "Intro.\n" + first + "   " + second + AFTER_TABLE
        tables = table_regions(text)
        assert len(tables) == 2 and tables[0].end <= tables[1].start
        found = find_numbers(text)
        classify(text, found, tables)
        reasons = {text[n.start:n.end]: n.reason for n in found}
        assert reasons["30" if "30" in reasons else "240"] == "baseline"
        assert all(reasons[x] is None for x in ("7", "11", "19", "25") if x in reasons)


def test_a_caption_naming_a_confidence_level_holds_no_cells_and_its_words_are_no_prose():
    # a long caption with "(95% CI)" and a run of lower-case words, its table's cells one a line below it
    for caption, cell in (("Adjusted mean scores (95% CI) of the sleep and mood scales and of the other secondary "
                           "measures in both arms", "39.0"),
                          ("Median times in months with their 90 % confidence intervals for each of the two study "
                           "groups by site", "12.7")):
        text = f"Results\nTable 2 {caption}\nScale\nArm A\nArm B\nFirst\n41.5 (38.2-44.8)\n{cell} (35.1-42.9)\n" \
            + AFTER_TABLE
        (table,) = table_regions(text)
        assert cell in text[table.start:table.end]


def test_a_caption_glued_to_the_sentence_before_starts_a_table_and_a_sentence_naming_one_does_not():
    text = "Arms were alike (see below).Table 4Grade 3 events\nRash\n3 (5)\nTable 4 shows them all in one view."
    assert [t.name for t in table_regions(text)] == ["Table 4: Grade 3 events"]


@pytest.mark.parametrize("doi", ["10.1371/journal.pone.0100001.t002", "10.1371/journal.pmed.0200002.t002"])
def test_a_caption_after_the_tables_doi_starts_a_table(doi):
    """A rendering that writes the table's DOI glued to its label ('...t002Table 2'): a caption all the same."""
    text = f"The arms were alike.\n{doi}Table 2BODY.PATIENT FEATURES BY ARM.:\nAge\n61\n62\nSee the methods for more.\n"
    assert [t.name for t in table_regions(text)] == ["Table 2: BODY.PATIENT FEATURES BY ARM.:"]
    # a DOI in a sentence, not glued to a label, starts none
    assert table_regions(f"The data are at {doi} and Table 2 shows them.\n") == []


def _one_table(text: str):
    """The one table region of ``text`` and the text it spans."""
    (table,) = table_regions(text)
    return table, text[table.start:table.end]


def test_a_table_runs_past_a_note_and_rows_flattened_into_one_line_and_stops_at_prose():
    note = "ECOG Eastern cooperative oncology group, values are the number of patients with the percentage after"
    rows = "Male43 (63.2)50 (69.4)0.437 Female25 (36.8)22 (30.6) Median age in years of the two groups 61 (9) 62 (8)"
    prose = ("After the table the paper goes on with its text, which has sentences. They are long and made of "
             "many lower case words, as prose is, and they end the table here for good. A paragraph of a paper "
             "runs on for a few lines at least.")
    text = f"Table 1 Baseline and clinical\ncharacteristics of the cohort\n{note}\n\nArm A\n12 (40)\n{rows}\n{prose}\n"
    table, inside = _one_table(text)
    assert table.name == "Table 1: Baseline and clinical characteristics of the cohort"
    assert inside.endswith("62 (8)")


def test_a_table_flattened_into_a_line_of_prose_ends_where_the_prose_resumes():
    text = ("Arms were alike.Table 1Baseline characteristicsArm A (n=40)Arm B (n=41)Age (years)61 (9)62 (8)"
            "Women18 (45%)20 (49%) After a median of two years the local control rate in arm A was 81% and 77% "
            "in arm B.\n")
    table, inside = _one_table(text)
    assert "20 (49%)" in inside and "81%" not in inside
    found = find_numbers(text)
    classify(text, found, [table])
    assert {text[n.start:n.end]: n.reason for n in found}["81"] is None  # the prose after it is no baseline


@pytest.mark.parametrize("after", [
    " At 2 months and 4-months, the walking test was 301.5 m and 344.0 m (p < .01), a sentence of results.",
    " Grade 3 events occurred in 14 (9%) patients of arm A and in 11 (7%) of arm B during the first cycles.",
])
def test_a_note_with_a_verb_after_a_tables_last_rows_is_no_prose_but_a_sentence_after_it_is(after):
    # a table flattened into one line, its rows after two spaces each, then its note (with a verb), then a sentence
    text = ("Arms were alike (Table 1).  Table 1 Baseline characteristics. Arm A Arm B P-value n = 70 n = 71 "
            "Sex, n (%) 0.512   Male 41 (58.6) 39 (54.9)   Female 29 (41.4) 32 (45.1) Stage, n (%) 0.301   II 33 "
            "(47.1) 27 (38.0)   III 37 (52.9) 44 (62.0) Chi-square test unless otherwise stated; *Data were missing "
            "for one patient." + after + "\n")
    table, inside = _one_table(text)
    assert "44 (62.0)" in inside and after.split(",")[0].strip() not in inside
    found = find_numbers(text)
    classify(text, found, [table])
    reasons = {text[n.start:n.end]: n.reason for n in found}
    assert reasons["44"] is not None and reasons["14" if "14" in after else "301.5"] is None


@yaml_cases
def test_the_number_after_a_rows_interval_under_a_p_column_is_its_p_value(header, rows, reasons):
    text = f"Results are in the table.\n{header}\n{rows}\n"
    table, _ = _one_table(text)
    found = find_numbers(text)
    classify(text, found, [table])
    got = {text[n.start:n.end]: n.reason for n in found}
    assert {k: got[k] for k in reasons} == reasons


# -- where numbers count -------------------------------------------------------------------


def test_an_abstract_keeps_its_own_headings_until_the_body_starts():
    text = ("Abstract\nBackground: Why 3 things matter.\nMethods: We treated 40 patients.\n"
            "Results: Control was 80%.\nIntroduction\nEarlier work found 12%.\nMethods\nWe gave 60 Gy.\n"
            "Results\nSurvival was 70%.\nDiscussion\nOthers saw 50%.\n")
    regions = [(text[r.start:r.end].split("\n")[0].split(":")[0], r.name) for r in section_regions(text)]
    assert regions == [("Abstract", "abstract"), ("Background", "abstract"), ("Methods", "abstract"),
                       ("Results", "abstract"), ("Introduction", "introduction"), ("Methods", "methods"),
                       ("Results", "results"), ("Discussion", "discussion")]


def test_labelled_headings_of_structured_sources():
    text = ("TITLE: A trial\nABSTRACT.RESULTS:\nIt worked.\nBODY:\nWhy.\nBODY.PATIENTS AND METHODS.DOSES:\nHow.\n"
            "BODY.RESULTS.TOXICITY:\nWhat.\nBODY.ADVERSE EVENTS:\nMore.\n  >>> CONCLUSIONS\nSo.\n"
            "BODY.COMPETING INTERESTS:\nNone.\n")
    regions = [(text[r.start:r.end].strip().split("\n")[-1], r.name) for r in section_regions(text)]
    # ("BODY:" with no heading of its own, before the body's methods, is the unheaded introduction)
    assert regions == [("TITLE: A trial", "front"), ("It worked.", "abstract"), ("Why.", "introduction"),
                       ("How.", "methods"), ("What.", "results"), ("More.", "results"), ("So.", "abstract"),
                       ("None.", "references")]


def test_a_long_text_before_the_first_heading_counts():
    body = "Reviews of this kind report 31 series with many numbers and no heading before their end. " * 40
    text = f"A review\n\n{body}\nConclusion\nThat is all 3 of it.\n"
    names = [r.name for r in section_regions(text)]
    assert names == ["text", "conclusion"]
    account = account_numbers(Document(text=text), {})
    assert len(account.numbers) == 40 and all(n.section == "text" for n in account.numbers)


def test_a_text_without_headings_is_all_abstract_except_its_record_lines():
    text = "/ Someone et al., 2002\n// A 5-arm study\n\n    We treated 33 patients.\n"
    regions = section_regions(text)
    assert [r.name for r in regions] == ["front", "abstract"]
    account = account_numbers(Document(text=text), {"document": {}})
    assert [text[slice(*n.original)] for n in account.numbers] == ["33"]


def _reasons(text: str) -> dict[str, str | None]:
    account = account_numbers(Document(text=text), {"document": {}})
    return {text[slice(*n.original)]: n.reason for n in account.numbers}


@yaml_cases
def test_numbers_of_an_abstracts_methods_and_background_are_the_designs(text):
    reasons = _reasons(text)
    assert reasons["35"] == "background"
    assert reasons["57"] == reasons["3"] == reasons["2"] == "methods"
    assert reasons["88"] is None and reasons["14"] is None  # the findings


@yaml_cases
def test_an_abstracts_purpose_is_its_design_up_to_a_heading_not_known(text, under_unknown_heading):
    reasons = _reasons(text)
    assert reasons["2"] == "background"
    assert reasons["57"] == under_unknown_heading


@yaml_cases
def test_a_results_subsection_on_who_the_patients_were_is_baseline_but_not_what_they_received(text):
    reasons = _reasons(text)
    assert reasons["41"] == reasons["16"] == "baseline"
    assert reasons["12"] is None  # a treatment received there may be a finding (a second course)
    assert reasons["38"] is None  # another sub-section


def test_a_methods_sentence_naming_an_outcome_without_a_finding_is_the_design():
    reasons = _reasons("Methods: The primary end point was survival, and 57 people in 4 towns were to be phoned. "
                       "There were 31 deaths among those not phoned.\nResults: Control held in 88%.\n")
    assert reasons["57"] == reasons["4"] == "methods"
    assert reasons["31"] is None  # a finding: "there were 31 deaths"


@yaml_cases
def test_what_others_found_or_an_aim_in_the_background_is_no_result_of_the_study(text):
    reasons = _reasons(text)
    assert reasons["35"] == "background"  # a finding of others, or of no study: not this one's
    assert reasons["88"] is None


@yaml_cases
def test_a_background_sentence_on_this_studys_own_outcome_keeps_its_numbers(text):
    assert _reasons(text)["35"] is None


def test_headings_the_vocabulary_does_not_know_name_their_part_by_their_words():
    reasons = _reasons(">>> OBJECTIVES\nTo weigh 2 ways of calling.\n>>> SEARCH STRATEGY\nWe searched 3 libraries.\n"
                       ">>> MAIN RESULTS\nCalls helped 41 people.\n")
    assert reasons["2"] == "background" and reasons["3"] == "methods" and reasons["41"] is None


def test_a_count_of_patients_treated_again_is_no_design():
    reasons = _reasons("Methods: Of 31 people, 12 were re-irradiated at 2 clinics.\nResults: Control held in 88%.\n")
    assert reasons["12"] is None


def test_a_methods_sentence_naming_an_outcome_or_a_part_naming_findings_keeps_its_numbers():
    reasons = _reasons("Methods: Our nurses saw 57 people; 14 of them relapsed within the year. Calls took 9 "
                       "minutes.\nResults: Control held in 88%.\n")
    assert reasons["9"] == "methods" and reasons["14"] is None
    reasons = _reasons("Background: Near 35% of such tumours spread early.\nMETHODS AND RESULTS: Our nurses saw 57 "
                       "people and 14 felt better.\nResults: Control held in 88%.\n")
    assert reasons["35"] == "background" and reasons["57"] is None and reasons["14"] is None
    # No results heading after them: a heading not known ("Methodology/Principal Findings") may have been run over.
    reasons = _reasons("Background: Near 35% of such tumours spread early.\nMethodology/Principal Findings: Our "
                       "nurses saw 57 people and 14 felt better.\nConclusions: Calls help.\n")
    assert reasons["35"] is None and reasons["14"] is None


# -- rows ------------------------------------------------------------------------------------


def test_a_row_explains_its_numbers_inside_its_quote_only():
    text = ("Results: The 2-year survival was 71.5% (95% CI 60.2-80.1) among the 88 patients of the first group. "
            "Elsewhere a rate of 71.5% was noted.\n")
    quote = "2-year survival was 71.5% (95% CI 60.2-80.1) among the 88 patients of the first group"
    start = text.index(quote)
    extraction = {
        "document": {"sha256": "x"},
        "cohorts": [{"key": "a", "label": "the first group", "n": 88}],
        "results": [{"cohort": "a", "endpoint": "OS", "measure": "rate", "value": 71.5, "timepoint_months": 24.0,
                     "ci_low": 60.2, "ci_high": 80.1, "quote": quote, "char_start": start,
                     "char_end": start + len(quote)}],
    }
    account = account_numbers(Document(text=text), extraction)
    reasons = {(text[slice(*n.original)], n.original[0]): n.reason for n in account.numbers}
    first, second = sorted(k for k in reasons if k[0] == "71.5")
    assert reasons[first] == "row:results" and reasons[second] is None
    assert reasons[("2", text.index("2-year"))] == "row:results"  # the time point in years
    assert reasons[("88", text.index("88"))] == "row:results"  # the group's n


def test_a_sentence_restating_rows_is_explained_but_one_coincidence_is_not():
    text = ("Abstract: The 3-year overall and progression-free survival were 61.5% and 42.5%.\n"
            "Results\nAt 3 years, survival was 61.5% overall and 42.5% without progression (p = 0.2). "
            "Grade 2 fatigue was seen in 42.5% of patients.\n")
    quote = "3-year overall and progression-free survival were 61.5% and 42.5%"
    start = text.index(quote)
    rows = [{"cohort": "all", "endpoint": e, "measure": "rate", "value": v, "timepoint_months": 36.0,
             "quote": quote, "char_start": start, "char_end": start + len(quote)} for e, v in (("OS", 61.5),
                                                                                            ("PFS", 42.5))]
    account = account_numbers(Document(text=text), {"results": rows})
    reasons = [(text[slice(*n.original)], n.reason) for n in account.numbers if n.original[0] > text.index("At 3")]
    assert reasons == [("3", "restated"), ("61.5", "restated"), ("42.5", "restated"), ("0.2", "p_value"),
                       ("2", "category"), ("42.5", None)]


def test_row_numbers_include_text_fields_time_point_forms_and_group_sizes():
    values = [v for v, _ in row_numbers({"value": 40.0, "timepoint_months": 36.0, "grade": "3-4", "cohort": "b",
                                         "char_start": 5, "page": 1}, {"b": 25})]
    assert 40.0 in values and 3.0 in values and 4.0 in values and 36.0 in values and 25.0 in values
    assert 5.0 not in values and 1.0 not in values


def test_a_table_row_with_only_a_locator_explains_its_cell():
    text = "Results\nTable 1 Response\nCR | 7\nPR | 11\n"
    cell = Cell(row=0, col=1, text="7", char_start=text.index("7"), char_end=text.index("7") + 1)
    document = Document(text=text, tables=[Table(page=1, index=0, cells=[cell])])
    extraction = {"document": {"sha256": "x"},
                  "results": [{"cohort": "all", "endpoint": "CR", "measure": "count", "value": 7.0,
                               "locator": "page 1, table 1, row 1, column 2"}]}
    account = account_numbers(document, extraction)
    reasons = {text[slice(*n.original)]: n.reason for n in account.numbers}
    assert reasons["7"] == "row:results" and reasons["11"] is None


# -- the list ------------------------------------------------------------------------------

OWN_PAPER = """A small series of our own

Abstract
Background: We wrote this text to test the list of numbers the extractor does not read.
Methods: Forty patients with lung metastases were treated between 2015 and 2019 with 54 Gy in 3 fractions.
Results: The 2-year local control rate was 88% and the 2-year overall survival rate was 64%. The committee met
7 times to review the scans (P = 0.04).

Introduction
Earlier series [3] reported control of 75% at 12 months.
"""


def test_end_to_end_every_listed_number_is_where_it_says():
    document = Document(text=OWN_PAPER, sha256=hashlib.sha256(OWN_PAPER.encode()).hexdigest(), filename="own.txt")
    extraction = extract_document(document)
    items = extraction["unexplained"]
    listed = {item["number"] for item in items}
    assert "7" in listed  # no rule reads a committee's meetings, and no class knows them
    assert not listed & {"2015", "2019", "54", "3", "0.04", "75", "12"}  # explained, or not counted
    for item in items:
        assert OWN_PAPER[item["char_start"]:item["char_end"]] == item["number"]
        assert item["page"] == 1 and item["section"] == "abstract"
        assert f"«{item['number']}»" in item["context"]
    for row in extraction["results"]:  # a number a row holds is never listed
        for item in items:
            inside = row["char_start"] <= item["char_start"] and item["char_end"] <= row["char_end"]
            assert not (inside and item["value"] == row["value"])
    lines = report_lines(items)
    assert len(lines) == len(items) and all(line.startswith("p.1 abstract") for line in lines)


def test_context_marks_the_number_and_keys_group_constructions():
    text = "In arm B, 31 (62%) of 50 patients responded."
    start = text.index("31")
    assert context(text, start, start + 2, width=5) == "…m B, «31» (62%…"
    assert context(text, start, start + 2, width=60) == "In arm B, «31» (62%) of 50 patients responded."
    assert context_key(text, start, start + 2) == "in arm b N ( # %"
    assert context_key("Rash\n3 (5)\n", 5, 6, in_table=True) == "[table] rash | N ( #"


# -- command line, contract, database, review ----------------------------------------------


@pytest.fixture
def own_paper(tmp_path):
    path = tmp_path / "own.txt"
    path.write_text(OWN_PAPER, encoding="utf-8")
    return path


def test_extract_json_lists_and_unexplained_writes_the_report(own_paper, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--json", str(own_paper)])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)["unexplained"]
    assert any(i["number"] == "7" for i in items)
    report = tmp_path / "own.unexplained.txt"
    result = runner.invoke(cli, ["extract", str(own_paper), "--unexplained", str(report)])
    assert result.exit_code == 0, result.output
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(f"# own.txt: {len(items)} number")
    assert any("«7» times" in line for line in lines[1:]) and len(lines) == len(items) + 1
    printed = runner.invoke(cli, ["extract", str(own_paper), "--unexplained", "-"])
    assert printed.output.splitlines() == lines
    both = runner.invoke(cli, ["extract", "--json", str(own_paper), "--unexplained", "-"])
    assert both.exit_code == 2 and "both print to standard output" in both.output


def test_load_stores_the_list_export_returns_it_and_review_shows_it(engine, db_path, own_paper, tmp_path):
    from oncoev.extract import extract_path

    extraction = extract_path(own_paper)
    items = extraction["unexplained"]
    load_extraction(engine, json.loads(json.dumps(extraction)))
    stored = json.loads(q(db_path, "SELECT unexplained FROM documents")[0][0])
    assert [i["number"] for i in stored] == [i["number"] for i in items]
    exported = export_study(engine, "1")
    assert exported["unexplained"] == items

    text = write_review(engine, "1")[0]
    block = text[text.index("# --- unexplained"):]
    assert block.startswith(f"# --- unexplained: {len(items)} number{'s' if len(items) > 1 else ''} the extractor "
                            "did not read")
    assert "«7» times" in block and all(line.startswith("#") for line in block.splitlines() if line)


def test_a_row_a_curator_adds_takes_its_number_off_the_review_list(engine, own_paper):
    import yaml

    from oncoev.db.apply import apply_review
    from oncoev.extract import extract_path

    load_extraction(engine, extract_path(own_paper))
    text = write_review(engine, "1")[0]
    assert "«7» times" in text
    data = yaml.safe_load(text)
    data["results"].append({"status": "add", "cohort": "all", "endpoint": "TOX", "measure": "count", "value": 7.0,
                            "quote": "met\n7 times"})
    apply_review(engine, yaml.safe_dump(data, sort_keys=False), "r.yaml", "A. Curator")
    assert "«7» times" not in write_review(engine, "1")[0]


def test_load_refuses_an_unexplained_number_that_is_not_in_the_text(engine, extraction):
    text = extraction["document"]["text"]
    bad = {**extraction, "unexplained": [{"number": "999", "char_start": 0, "char_end": 3, "value": 999.0}]}
    with pytest.raises(LoadError, match=r"unexplained\[0\]\.number: text\[0:3\] is not '999'"):
        load_extraction(engine, bad)
    good = {**extraction, "unexplained": [{"number": text[0:5], "char_start": 0, "char_end": 5}]}
    assert load_extraction(engine, good).status == "loaded"


def test_an_extraction_without_the_list_loads_as_before(engine, db_path, extraction):
    load_extraction(engine, extraction)
    assert q(db_path, "SELECT unexplained FROM documents") == [(None,)]
    assert "unexplained" not in export_study(engine, "1")
    assert "# --- unexplained" not in write_review(engine, "1")[0]


def test_the_normalised_text_maps_listed_numbers_back_to_the_words_written():
    text = "Results: Eleven patients (22%) attended the 4 meetings."
    account = account_numbers(Document(text=text), {"document": {}}, normalize(text))
    assert [i["number"] for i in account.contract()] == ["Eleven", "22", "4"]
    text = "Results: nine per cent of them came back."
    assert [i["number"] for i in account_numbers(Document(text=text), {}).contract()] == ["nine per cent"]


# -- classes of numbers that are no results (two variants each, and a result they must leave) --------

NOT_RESULTS = [
    # (role, two sentences with the number each must explain, a sentence where that number is a result)
    ("design", [("Participants were randomly allocated (2:1) to the vaccine or to saline.", "2"),
                ("We assigned them 1:1:1 to three doses in a 2 x 2 factorial design.", "1")],
     ("Relapse was seen in 2 of 40 patients (5%).", "2")),
    ("sample_size", [("Of 300 people screened, 212 were enrolled (105 to surgery, 107 to radiotherapy).", "107"),
                     ("In all 260 were randomly assigned (drug A, 131; drug B, 129).", "129")],
     ("Drug B gave a response in 129 patients (48%).", "129")),
    ("sample_size", [("Eleven patients were excluded because of missing scans.", "11"),
                     ("Later, 4 participants withdrew consent and 2 were lost to follow-up.", "4")],
     ("Four patients died of sepsis.", "4")),
    ("sample_size", [("We screened 95 women, 80 of whom were eligible for the study.", "80"),
                     ("A cohort of 64 men was assembled, 60 of them were evaluable.", "60")],
     ("Of the 60 patients with a response, 12 relapsed.", "12")),
    ("design", [("To detect an increase in response from 20% to 35%, 120 patients were needed.", "35"),
                ("A sample size of 240 patients was planned for the primary comparison.", "240"),
                ("Drug B was non-inferior if its upper bound stayed under a non-inferiority margin of 1.18.", "1.18"),
                ("The equivalence margin for the hazard ratio was set at 1.33 before enrolment.", "1.33")],
     ("Response rose from 20% to 35% in the second year.", "35")),
    ("setting", [("Two reviewers read every abstract and 3 radiologists scored the scans.", "3"),
                 ("All cases seen over a 12-year period were reviewed.", "12")],
     ("Only 3 patients were alive after 12 years.", "12")),
    ("dose", [("Docetaxel was infused over 60 minutes every three weeks.", "60"),
              ("The median number of cycles given was 5 (range 2-8).", "5")],
     ("The median time to progression was 5 months.", "5")),
    ("dose", [("Vinorelbine was given on d1, 8 and 15 of each cycle.", "15"),
              ("They had 2 or more cycles of induction before surgery.", "2")],
     ("Grade 3 neutropenia occurred in 15 patients.", "15")),
    ("measurement", [("Bilirubin had to be under 1.5 times the upper limit of normal.", "1.5"),
                     ("Smokers of more than 20 pack-years were eligible.", "20")],
     ("The hazard of death fell by 1.5 times in arm A.", "1.5")),
    ("dose", [("Plans kept the lung V20 below 30% and the V(5) under 60%.", "30"),
              ("A V(20) of more than 35% was not allowed.", "20")],
     ("Pneumonitis was seen in 30% of patients.", "30")),
    ("name", [("Tumours with an exon 19 deletion responded well.", "19"),
              ("Scans used [18F] fluorodeoxyglucose, and ligand 1 expression was scored.", "18")],
     ("Tumours responded in 19 of 30 cases.", "19")),
    ("citation", [("A meta-analysis (Ann Oncol 2011;22:1233-1240) found the same.", "1233"),
                  ("The library was searched up to Issue 4 of the database.", "4")],
     ("Responses were seen in 4 patients.", "4")),
    ("threshold", [("Subgroups were defined by PD-L1 expression of >=1%, >=5% and >=10%.", "5"),
                   ("The most common (>10%) side effects were listed.", "10")],
     ("Rash occurred in 10% of the patients.", "10")),
    ("p_value", [("Survival differed between stages (p < 10(-4)).", "4"),
                 ("The trend was strong, P = 10^-6, across the groups.", "6")],
     ("Four patients had a partial response.", "4")),
    # a list of p values with a comma before its "and", or a "P" before each
    ("p_value", [("Rates differed by arm (p = 0.31, 0.07, and 0.64, respectively).", "0.64"),
                 ("Both medians were longer (P = .004 and P < .001, respectively).", ".001")],
     ("Rates were 31%, 7%, and 64%, respectively.", "64")),
    # a relative difference between groups, never a group's rate
    ("statistic", [("With drug Q the risk of relapse was 29% lower than with drug R.", "29"),
                   ("Drug Q cut the risk of progression by 35% (HR 0.65).", "35")],
     ("The response rate was 29%, lower than hoped.", "29")),
    ("statistic", [("The mean score was 70 with SD = 12 points.", "12"),
                   ("Values are given as 70 ± 12.", "12")],
     ("Partial response, 30%; stable disease (SD) 12%.", "12")),
    ("time_point", [("Their 1-, 2- and 4-year survival rates were 91%, 77% and 58%.", "4"),
                    ("Control of the primary was 64% at 3 years and 47% (95% CI 38-56) at 6 years.", "6")],
     ("The new drug gave a 3-month improvement in median survival.", "3")),
    ("time_point", [("Relapse-free survival at 2 years was the primary end point.", "2"),
                    ("The 18-month rate of local control was high.", "18")],
     ("Local relapse was seen after a median of 18 months.", "18")),
    ("sample_size", [("Overall 120 patients (61 in arm A and 59 in arm B) were evaluable for toxicity.", "59"),
                     ("We excluded 14 patients (6 in the laser group and 8 in the surgery group) for missing scans.",
                      "8")],
     ("There were 40 deaths (22 in arm A and 18 in arm B) by the cut-off.", "18")),
    # the pair in brackets around a value is its interval (a CI, a range, an IQR); two counts after a total are not
    ("interval", [("Pain scores moved by -4.6 (-8.1, -1.2) points with the gel.", "8.1"),
                  ("Patients stayed 9 days (5-21) in hospital after the operation.", "21"),
                  ("The marker ratio was 1.42 [1.05; 1.93] between the two sites.", "1.93"),
                  ("Treatment lasted 12 weeks (4 to 31 weeks) in the second cohort.", "31")],
     ("There were 12 responses (8, 4 by arm) overall.", "8")),
    ("interval", [("GENE1 1.62 1.10 - 2.38 0.012 GENE2 0.71 0.52 - 0.97 0.031", "2.38"),
                  ("Smokers 1.35 1.02 - 1.79 0.04", "1.02")],
     ("Control rates 0.45 0.50 - 0.62 across the three visits.", "0.62")),
    # a p value without its P: a bound under 0.1 in a table's column, or "P less than"
    ("p_value", [("Arm A 41 (52) Arm B 22 (30) <0.001 Women 17 (22)", "0.001"),
                 ("Survival was longer with surgery (P less than .02) than without it.", ".02")],
     ("Rash was rare (<1% of patients) in the first month.", "1")),
    ("p_value", [("Pain 3.1 (2.0) 4.6 (2.2) < .05", ".05")],
     ("A fistula followed in < .05% of the operations.", ".05")),
    # categories compared by a cut-off
    ("threshold", [("Patients were stratified by the nodes involved (<4 vs. >=4) and by sex.", "4"),
                   ("The OR for CEA (>5.2 versus <=5.2) was 1.8.", "5.2")],
     ("Response was 4% vs. 41% in the two arms.", "4")),
    # a list of doses with ", or" before its last; a dose per square metre written "mg m-2"; a criteria's long name
    ("dose", [("The cohorts were given 64.8, 70.2, or 75.6 Gy in turn.", "70.2"),
              ("Arms took 80, 100, and 120 mg of the tablet a day.", "100")],
     ("Local control was 64.8, 70.2 and 75.6% in turn.", "70.2")),
    ("unit", [("Drug B was given at 85 mg m-2 every two weeks.", "2"),
              ("A loading dose of 400 mg m - 2 came first.", "2")],
     ("Partial responses were seen in 2 patients.", "2")),
    ("version", [("Tumours were measured by Response Evaluation Criteria in Solid Tumours 1.1 every 8 weeks.", "1.1"),
                 ("Harms were graded by the Common Terminology Criteria for Adverse Events 4.03 scale.", "4.03")],
     ("The hazard ratio was 1.1 for the first group.", "1.1")),
    ("design", [("The study had a type 1 error of 0.025 (one-sided) for the primary comparison.", "0.025"),
                ("A type I error of 0.05 was kept across the two looks.", "0.05")],
     ("Only 0.025 of the patients relapsed in the first year.", "0.025")),
    ("measurement", [("Plasma levels fell from 512.4 to 230.8 pg ml-1 after the first dose.", "230.8"),
                     ("The sodium was 139 mmol l-1 at entry.", "139")],
     ("The response rate fell from 51.2% to 23.8% after the first dose.", "23.8")),
    ("sample_size", [("Frozen tissue was available for 118 of the 240 women enrolled.", "118"),
                     ("Levels at six weeks were available in 61 and 58 patients.", "58")],
     ("A second response was seen in 118 of the 240 women enrolled.", "118")),
    ("name", [("The antibody blocks programmed death-1 on T cells.", "1"),
              ("All were given vitamin B(12) and folic acid before the first dose.", "12"),
              ("Median forced expiratory volume in 1 second was 1.6 litres.", "1")],
     ("Grade 3 rash was seen in 1 patient.", "1")),
    ("category", [("Patients with T1-3 N0 tumours were eligible.", "3"),
                  ("Resected ypN0-1 disease was the largest subgroup.", "1")],
     ("Three of the tumours shrank by half.", "3")),
    ("time_point", [("A second scan was done 8 weeks later in each patient.", "8"),
                    ("The drug reached the market 5 months later in Spain.", "5")],
     ("One man relapsed 8 weeks later in the liver.", "8")),
    ("threshold", [("The most commonly seen (>=15%) side effects were mild.", "15"),
                   ("Events that were commonly reported (> 25%) are listed.", "25")],
     ("Mild nausea was seen in 15% of the patients.", "15")),
    ("sample_size", [("In all 212 men were randomised (106 RT, 106 ADT).", "106"),
                     ("A total of 90 women were enrolled (arm1: 44, arm2: 46) in two years.", "46")],
     ("In all 212 men had a response (106 RT, 106 ADT).", "106")),
    ("identifier", [("The raw counts are kept at 10.5061/dryad.kq27b for reuse.", "10.5061"),
                    ("See the file 10.1000/jrn.0421775.g003 for the curves.", "0421775")],
     ("Median response lasted 10.5061 months in the first arm.", "10.5061")),
    ("identifier", [("Results of the IMpower 132 trial are awaited.", "132"),
                    ("In Study 204, the drug was given weekly.", "204")],
     ("In the study, 204 patients had a response.", "204")),
    ("name", [("Plans used four-dimensional CT to follow breathing.", "4"),
              ("Beams were shaped by 3-dimensional planning for all.", "3"),
              ("Carriers of HLA-DRB1*1501 were left out of the vaccine arm.", "1501"),
              ("Only HLA-A*0201 positive men could enter.", "0201")],
     ("Responses were seen in 4 patients.", "4")),
    ("items", [("We measured the expression of 21 genes in each tumour.", "21"),
               ("All 6 circulating markers were scored twice.", "6")],
     ("New lesions were found in 21 patients.", "21")),
    ("cost", [("The new drug cost $1,250 per cycle.", "1250"),
              ("A night on the ward cost 480 euros in 2015.", "480")],
     ("Grade 3 rash was seen in 480 patients.", "480")),
    ("time_point", [("Scores were lower at week 12 than before treatment.", "12"),
                    ("Transfusions rose from cycle 2 to cycle 6 in the control arm.", "6"),
                    ("Blood was drawn before the 4th infusion.", "4"),
                    ("Scores had risen by the 2nd and 3rd weeks of radiotherapy.", "3")],
     ("Scores were lower in 12 patients.", "12")),
    ("time_point", [("Scans were repeated 8 weeks after the last dose.", "8"),
                    ("Surgery followed 5 to 7 weeks after chemoradiation.", "7"),
                    ("Biopsies were taken within 48 hours of the first infusion.", "48"),
                    ("Deaths within the first 60 days were counted as early.", "60")],
     ("Time to progression was 9 months after drug A versus 7 months after drug B.", "7")),
    # a split of the people who took part between the groups, without brackets, closed by the words of entry or analysis
    ("sample_size", [("Of the 300 enrolled, 7 patients in the laser group and 4 in the scalpel group were ineligible.",
                      "4"),
                     ("This left analysis of 141 women in the drug group and 139 in the control group.", "139"),
                     ("In all, 90 men entered, with 31 in arm 1, 30 in arm 2 and 29 in arm 3 being evaluable.", "29"),
                     ("Later, 28 in the second cohort were excluded for missing scans.", "28")],
     ("Of the 300 enrolled, 7 patients in the laser group and 4 in the scalpel group relapsed.", "4")),
    ("sample_size", [("Fifty women were accrued (10 patients each on levels 1 to 4 and 10 on level 5) in two years.",
                      "10")],
     ("Fifty women had a response (10 patients each on levels 1 to 4 and 10 on level 5) in two years.", "10")),
    # an interval's bound beside one that could not be computed, a range of censored times, a p value's power of ten
    ("interval", [("Median survival was 31.5 months (22.4-not estimable) in the control arm.", "22.4"),
                  ("Response lasted 19.0 months (7.7 to non-estimable [NE]) with the new drug.", "7.7")],
     ("Median survival was 22.4 months in the control arm and not estimable in the drug arm.", "22.4")),
    ("ci", [("Response lasted 14.1 months (95% CI 8.2-non-calculable) after the second drug.", "8.2")],
     ("Response lasted 8.2 months, non-calculable in the other arm.", "8.2")),
    ("range", [("Responses lasted 5.5 months [range, 1.4+ to 11.9+] in the second arm.", "1.4"),
               ("Time to healing ranged from 6 days to 4.5 months after the operation.", "6")],
     ("Healing took a median of 6 days in the first group.", "6")),
    ("p_value", [("The survival gap was wide (p = 4.1 × 10(-5)) in the older men.", "5")],
     ("Survival was 4.1 months in 5 of the older men.", "5")),
    # what the patients had when the study began, said with "at baseline"
    # (beside the words of an outcome, which keep the sentence's other numbers from the baseline)
    ("baseline", [("Of the 90 women treated, 31 (34%) had liver metastases at baseline, and 80 could be assessed for "
                   "response.", "31"),
                  ("The share walking unaided fell from 72% at baseline to 50% by one year, with no survival gain.",
                   "72"),
                  ("In the second arm, 9 men were not on steroids at baseline and 4 had a response.", "9")],
     ("At one year, 31 women had more pain than at baseline.", "31")),
    # what the patients had when they first came ("presenting symptoms", "on admission"), not how it changed
    ("baseline", [("The presenting complaints were cough (70%), weight loss (45%) and hoarseness (12%).", "45"),
                  ("On admission, 88% of the 150 men had a cough and 30% had chest pain.", "30")],
     ("Presenting symptoms resolved in 45% of the men after radiotherapy.", "45")),
    # who met the entry criteria, also counted out of those screened and with their share
    ("sample_size", [("Only 21 of 180 women (12%) met the entry criteria for the trial.", "12"),
                     ("Of those screened, 64 patients (40%) fulfilled all eligibility criteria.", "64")],
     ("Only 21 of 180 women (12%) met the criteria for a complete response.", "12")),
    ("missing", [("Partial response 14 (31%) 10 (24%) Missing imaging data 3 (7%) 5 (12%)", "5"),
                 ("Stable disease 9 (18) 12 (25) Missing 4 (8) 2 (4)", "4")],
     ("Stable disease 9 (18) 12 (25) Progression 4 (8) 2 (4)", "4")),
]


@pytest.mark.parametrize("role, positives, negative", NOT_RESULTS, ids=[f"{c[0]}-{i}" for i, c in
                                                                         enumerate(NOT_RESULTS)])
def test_numbers_that_are_no_results_are_recognised_and_results_are_not(role, positives, negative):
    for text, number in positives:
        assert reason(normalize(text).text, number) == role, text
    text, number = negative
    assert reason(normalize(text).text, number) is None, text


OUTCOMES_LEFT_ALONE = [
    # A class must never take a number that counts an outcome: these stay unexplained without a row.
    ("Dose-limiting events were grade 3 colitis (n = 2) and hepatitis (n = 1).", "2"),
    ("Reasons to stop were neutropenia (n = 3), rash (n = 1) and fatigue (n = 2).", "3"),
    ("A total of 21 patients (35%) relapsed within two years.", "21"),
    ("A total of 40 patients have died so far.", "40"),
    ("The second group included 14 patients with complete remission.", "14"),
    ("Of the 9 relapsed patients, four had a second operation.", "9"),
    ("Among 16 patients (30%) with a response, most were women.", "16"),
    ("In the arm of 9.4 months median survival nobody was lost.", "9.4"),
    ("During the follow-up, the median overall survival was 21.3 months.", "21.3"),
    ("There were 25 sites of failure (41%) in the pelvis.", "25"),
    ("Median survival was 11 months in group 1, 14 months in group 2.", "11"),
    ("Relapse was rare (n = 1).", "1"),
    ("In the control group 1 PR was seen, in the study group six.", "1"),
    ("A total of 3 patients with late distant relapse were still alive.", "3"),
    ("Among the 52 patients with a lasting response, 30 relapsed.", "52"),
    ("One woman died 14 months after her operation.", "14"),
    ("Time to progression was 9 months after drug A versus 7 months after drug B.", "9"),
    ("Fever struck 3 patients (arm A 1 and DrugB 2) in May.", "2"),
    ("Rash 12 (7) Fever 3 (2) Nausea 5 (4)", "2"),
    ("Grade 3 rash was seen in 12 patients in arm A; 3 in arm B were excluded.", "12"),
    ("By week 8, 9 men had developed new lesions since baseline.", "9"),
    ("Later, 14 patients met the criteria for a partial response.", "14"),
    ("Fever struck 9 patients in the drug group and 2 in the placebo group were hospitalised.", "2"),
    ("Any grade 40 (22) 31 (17) Cough 9 (5) 4 (2) Pain 8 (4) 6 (3) Rash", "3"),
]


@pytest.mark.parametrize("text, number", OUTCOMES_LEFT_ALONE)
def test_no_class_takes_a_number_that_counts_an_outcome(text, number):
    assert reason(normalize(text).text, number) is None


def test_a_group_size_after_a_group_is_a_sample_size_and_after_an_event_it_is_not():
    text = normalize("Patients in the placebo arm (n = 120) and those in arm B (n = 118) were alike; "
                     "febrile neutropenia (n = 4) was rare.").text
    assert reason(text, "120") == "sample_size" and reason(text, "118") == "sample_size"
    assert reason(text, "4") is None


# -- the account: numbers a row explains wherever the paper writes them ------------------------------

RESTATING = ("Abstract\nResults: The median overall survival was 18.4 months and the response rate 36%.\n\n"
             "Introduction\nThe drug is new.\n\nResults\nWe treated 50 patients. Overall survival had a median of "
             "18.4 months after a median follow-up of 30 months. Thirty patients had stable disease.\n\n"
             "Discussion\nThat was all.\n")


def test_a_result_restated_later_is_explained_there_by_the_row_kept_once():
    document = Document(text=RESTATING)
    extraction = extract_document(document)
    os_rows = rows_where(extraction, endpoint="OS")
    assert len(os_rows) == 1 and os_rows[0]["value"] == 18.4
    later = RESTATING.index("a median of 18.4") + len("a median of ")
    assert [later, later + len("18.4 months")] != os_rows[0].get("also_at", [[0, 0]])[0][:1]
    assert any(a <= later < b for a, b in os_rows[0]["also_at"])
    account = account_numbers(document, extraction)
    reasons = {n.original[0]: n.reason for n in account.numbers}
    assert reasons[later] == "row:results"


def _one_row(text: str, quote: str, **fields) -> dict:
    start = text.index(quote)
    return {"document": {"sha256": "x"}, "cohorts": [{"key": "all", "label": "All", "n": fields.pop("n", None)}],
            "results": [{"cohort": "all", "quote": quote, "char_start": start, "char_end": start + len(quote),
                         **fields}]}


def test_a_value_the_row_holds_in_months_is_explained_in_weeks_and_years():
    for text, written, months in (("Results: median survival was 26 weeks overall.\n", "26", 6.0),
                                  ("Results: median survival was 1.5 years overall.\n", "1.5", 18.0)):
        quote = text[text.index("median"):text.index(" overall")]
        extraction = _one_row(text, quote, endpoint="OS", measure="median", value=months, unit="months")
        account = account_numbers(Document(text=text), extraction)
        assert {text[slice(*n.original)]: n.reason for n in account.numbers}[written] == "row:results"


def test_a_rate_explains_its_count_and_a_count_its_percentage_when_they_agree():
    text = "Results: Local failure was seen in 9 [18%] of 50 patients, and 7 of 20 others.\n"
    quote = "Local failure was seen in 9 [18%] of 50 patients"
    rate = _one_row(text, quote, endpoint="FAIL_LOCAL", measure="rate", value=18.0, unit="%")
    reasons = {text[slice(*n.original)]: n.reason for n in account_numbers(Document(text=text), rate).numbers}
    assert reasons["9"] == "row:results" and reasons["50"] == "row:results"
    assert reasons["7"] is None
    count = _one_row(text, quote, endpoint="FAIL_LOCAL", measure="count", value=9.0, unit="n")
    reasons = {text[slice(*n.original)]: n.reason for n in account_numbers(Document(text=text), count).numbers}
    assert reasons["18"] == "row:results"
    wrong = _one_row(text, quote, endpoint="FAIL_LOCAL", measure="count", value=8.0, unit="n")
    reasons = {text[slice(*n.original)]: n.reason for n in account_numbers(Document(text=text), wrong).numbers}
    assert reasons["18"] is None  # 8 of 50 is 16%: not the percentage written


def test_the_classes_are_checked_on_the_values_rows_read():
    text = "Results: Grade 3 pneumonitis (n = 2) was seen, and 42 patients (n = 42) were treated.\n"
    quote = "Grade 3 pneumonitis (n = 2)"
    extraction = _one_row(text, quote, endpoint="TOX", measure="count", value=2.0, unit="n")
    assert class_collisions(Document(text=text), extraction) == []
    quote = "patients (n = 42)"
    extraction = _one_row(text, quote, endpoint="TOX", measure="count", value=42.0, unit="n")
    (hidden,) = class_collisions(Document(text=text), extraction)
    assert hidden.rule == "number.sample_size.n_equals"


def test_a_value_written_twice_in_its_quote_is_hidden_only_when_a_class_takes_both():
    # the class takes the grade, "3"; the count, "3 patients", stays for the curator to see
    text = "Results: Grade 3 colitis was seen in 3 patients, and 18 women (n = 18) were treated.\n"
    quote = "Grade 3 colitis was seen in 3 patients"
    extraction = _one_row(text, quote, endpoint="TOX", measure="count", value=3.0, unit="n")
    assert class_collisions(Document(text=text), extraction) == []
    quote = "18 women (n = 18)"
    extraction = _one_row(text, quote, endpoint="TOX", measure="count", value=18.0, unit="n")
    assert class_collisions(Document(text=text), extraction) == []
    text = "Results: Grade 3 colitis was seen in three of the women treated.\n"
    extraction = _one_row(text, "Grade 3 colitis", endpoint="TOX", measure="count", value=3.0, unit="n")
    (hidden,) = class_collisions(Document(text=text), extraction)
    assert hidden.rule == "number.category.grade"


# -- tables of no results ---------------------------------------------------------------------------

def test_tables_of_treatment_given_and_of_who_entered_explain_their_cells_but_not_an_outcome_table():
    text = ("Results\nTable 1 Treatment administration\nCycles given\n6 (4-8)\nDose reductions\n5 (10)\n"
            "Table 2 Reasons for non-participation\nToo far to travel\n31 (22)\n"
            "Table 3 Baseline features and response by arm\nComplete response\n12 (22)\n\n"
            "The next paragraph is written in ordinary prose, with many lower case words in it.\n")
    tables = table_regions(text)
    found = find_numbers(text)
    classify(text, found, tables)
    by_number = {text[n.start:n.end]: (n.reason, n.rule) for n in found}
    assert by_number["8"] == ("treatment", "number.table.treatment")
    assert by_number["31"] == ("sample_size", "number.table.flow")
    assert by_number["12"] == (None, None)  # a caption that also names an outcome explains nothing


def test_a_caption_after_a_space_starts_a_table_and_a_sentence_after_it_ends_it():
    text = ("Outcomes are shown below. doi/table-2 Table 2 Patient characteristics by arm Age 61 (9) 60 (8) "
            "Women 12 (40%) 14 (45%) Notes. Values are n (%).  After surgery the local control rate was 81% in "
            "the first arm.\nSee Table 2. Then text goes on.\n")
    table, inside = _one_table(text)
    assert table.name.startswith("Table 2: Patient characteristics") and "14 (45%)" in inside
    assert "81%" not in inside


# -- how the classes are tried: at each number, or scanned only where one of their anchors is -------------

def test_a_pattern_is_cut_into_its_top_level_alternatives_only():
    assert top_level_branches(r"a|(b|c)|[|x]|\|d") == ["a", "(b|c)", "[|x]", r"\|d"]
    assert top_level_branches(r"[]|]x|y(?:z|w)") == ["[]|]x", "y(?:z|w)"]


ANCHOR_SENTENCES = [
    "Scans were read of\nthe 48 patients treated, each seen again.",
    "Readers used Nos. 3 and 4 of the series and No. 7 of the atlas.",
    "Overall survival was better (HR 0.70, 95% C.I. 0.52 to 0.91) in arm A.",
    "The Interquartile Range was 3-9 and the CONFIDENCE INTERVAL 0.6-0.9 in the second group.",
    "İzmir and Ankara sent 95% CI 1.2-2.6 in their own registry report.",
]


def _sentences() -> list[str]:
    texts = [c[1] for c in CLASSES] + [c[3] for c in CLASSES] + ANCHOR_SENTENCES
    for _, positives, negative in NOT_RESULTS:
        texts += [t for t, _ in positives] + [negative[0]]
    return [normalize(t).text for t in texts + [t for t, _ in OUTCOMES_LEFT_ALONE]]


def test_every_match_of_an_anchored_class_holds_one_of_its_anchors():
    checked = 0
    for rule_id, _, regex, at_number, anchors in unexplained._classes().rules:
        if at_number or not anchors:
            continue
        for text in _sentences():
            for m in regex.finditer(text):
                assert anchors.search(m.group(0).lower()), (rule_id, m.group(0))
                checked += 1
    assert checked > 20


def test_anchors_change_nothing_the_classes_find(monkeypatch):
    def reasons() -> list[list[tuple]]:
        out = []
        for text in _sentences():
            found = find_numbers(text)
            classify(text, found)
            out.append([(text[n.start:n.end], n.reason, n.rule) for n in found])
        return out

    with_anchors = reasons()
    plain = unexplained._classes()
    bare = dataclasses.replace(plain, rules=tuple((*r[:4], None) for r in plain.rules))
    monkeypatch.setattr(unexplained, "_classes", lambda: bare)
    assert reasons() == with_anchors
    assert any(("48", "sample_size", "number.sample_size.total") in s for s in with_anchors)
    assert any(("4", "category", "number.category.numero") in s for s in with_anchors)
    assert any(("2.6", "ci", "number.ci.bounds") in s for s in with_anchors)


def test_a_class_that_starts_at_its_number_is_tried_at_every_number():
    text = normalize("Then 30 patients in arm A and 28 patients in arm B were enrolled.").text
    assert reason(text, "30") == "sample_size"
    assert reason(text, "28") == "sample_size"


@pytest.mark.parametrize("text", [
    "TITLE: A trial\nBODY.2. PATIENTS AND METHODS.2.1. DOSES:\nHow.\nBODY.3. RESULTS.3.2. SAFETY:\nWhat.\n",
    "TITLE: A trial\nBODY.4. METHODS:\nHow.\nBODY.5. RESULTS:\nWhat.\n",
])
def test_numbered_dotted_headings_name_their_sections_and_their_numbers_are_no_result(text):
    regions = [(text[r.start:r.end].strip().split("\n")[-1], r.name) for r in section_regions(text)]
    assert ("How.", "methods") in regions and ("What.", "results") in regions
    account = account_numbers(Document(text=text), {})
    assert account.unexplained == []


# -- tables of other things than results: coefficients, costs, laboratory levels, individual patients -----------

AFTER_TABLE = "\n\nThe paper then goes on in plain running prose, with many small lower case words in each line.\n"
TABLES_OF_NO_RESULTS = [
    # (a table, a number it must explain as the role, a table of the same shape where that number stays unexplained)
    ("Table 3 Correlations between sleep quality and fatigue scores at 3 and 9 months\nScale\n3 months\n9 months\n"
     "N\n112\n97\nSleep quality\n0.41\n-0.27\nFatigue\n0.19\n0.33", "0.41", "statistic",
     "Table 3 Sleep quality and fatigue scores at 3 and 9 months\nScale\n3 months\n9 months\n"
     "N\n112\n97\nSleep quality\n0.41\n-0.27\nFatigue\n0.19\n0.33"),
    ("Table 3 Correlation coefficients of the two pain scales with mood\nPain now\n-0.52\nWorst pain\n0.38\n"
     "Number of replies\n86", "0.38", "statistic",
     "Table 3 The two pain scales with mood\nPain now\n-0.52\nWorst pain\n0.38\nNumber of replies\n86"),
    ("Table 2 Costs of the nurse home visits per family\nItem\nEuros\nTravel\n412\nStaff time\n1,930",
     "412", "cost", "Table 2 Costs and response by home visit\nItem\nEuros\nTravel\n412\nStaff time\n1,930"),
    ("Table 2 Unit costs used in the model\nScan\n310\nDay in hospital\n655", "655", "cost",
     "Table 2 Events used in the model\nScan\n310\nDay in hospital\n655"),
    ("Table 4 Serum ferritin levels before and after the iron infusions\nWeek 0\n88.5\nWeek 6\n243.1", "243.1",
     "measurement", "Table 4 Serum ferritin levels and survival after the iron infusions\nWeek 0\n88.5\nWeek 6\n243.1"),
    ("Table 4 Mean plasma drug concentrations by day of the first cycle\nDay 1\n1.82\nDay 8\n0.64", "1.82",
     "measurement", "Table 4 Mean drug doses by day of the first cycle\nDay 1\n1.82\nDay 8\n0.64"),
    # scales measured before treatment are who the patients were; the same scales after it are outcomes
    ("Table 2 Quality of life and mood scores at baseline by arm\nFatigue\n41.2 (9.8)\n40.6 (10.1)\nMood\n12.7 (4.4)",
     "40.6", "baseline", "Table 2 Effects on pain and mood scores at baseline and after six weeks by arm\n"
     "Fatigue\n41.2 (9.8)\n40.6 (10.1)\nMood\n12.7 (4.4)"),
    ("Table 2 Baseline outcome measures of the two groups\nPain\n3.9 (2.2)\n4.4 (2.0)", "4.4", "baseline",
     "Table 2 Baseline outcome measures and their change in the two groups\nPain\n3.9 (2.2)\n4.4 (2.0)"),
    # patient-reported scale scores by visit or arm are no curated endpoint; a title naming toxicity or survival too is
    ("Table 3 Self-reported fatigue and sleep subscale scores by visit\nWeek 0\n44.1 (12.3)\nWeek 12\n51.8", "51.8",
     "scale_score", "Table 3 Self-reported fatigue and sleep toxicity by visit\nWeek 0\n44.1 (12.3)\nWeek 12\n51.8"),
    ("Table 4 FACT-B and HADS scores in the two arms\nArm A\n96.2 ± 14.0\nArm B\n90.7 ± 15.5", "90.7", "scale_score",
     "Table 4 FACT-B and HADS scores and survival in the two arms\nArm A\n96.2 ± 14.0\nArm B\n90.7 ± 15.5"),
    ("Table 2 Global quality of life over time\nStart\n58.0\nEnd of radiotherapy\n49.5", "49.5", "scale_score",
     "Table 2 Global response over time\nStart\n58.0\nEnd of radiotherapy\n49.5"),
    # nor a table whose rows name an outcome curated, whatever its title says
    ("Table 5 Quality of life and clinical outcomes by arm\nGlobal health\n61.0 (18.2)\nPhysical function\n77.4 (15.0)",
     "77.4", "scale_score", "Table 5 Quality of life and clinical outcomes by arm\nGlobal health\n61.0 (18.2)\n"
     "Local relapse\n77.4 (15.0)"),
    ("Table 6 Questionnaire scores and findings at one year\nSleep\n6.2 (2.0)\nMood\n4.9 (1.8)", "4.9", "scale_score",
     "Table 6 Questionnaire scores and findings at one year\nSleep\n6.2 (2.0)\nDeaths\n4.9 (1.8)"),
    # "efficacy population" names who was counted, not an outcome
    ("Table 1 Baseline characteristics (efficacy population, n = 88)\nAge, years\n63 (41-80)\nMen\n51 (58)", "51",
     "baseline", "Table 1 Baseline characteristics and efficacy\nAge, years\n63 (41-80)\nMen\n51 (58)"),
    # a table of individual patients: numbered rows under a patient column; a row of their mean is no patient's
    ("Table 5 Marker staining before and after the course\nCase\nBefore (%)\nAfter (%)\n1\n12.5\n9.1\n2\n40.2\n22.7\n"
     "3\n8.8\n8.0\n4\n61.3\n35.4\n5\n17.0\n16.2\n6\n25.9\n11.8\nMean\n27.6\n17.2", "35.4", "individual",
     "Table 5 Marker staining before and after the course\nGrade\nBefore (%)\nAfter (%)\n1\n12.5\n9.1\n2\n40.2\n22.7\n"
     "3\n8.8\n8.0\n4\n61.3\n35.4\n5\n17.0\n16.2\n6\n25.9\n11.8\nMean\n27.6\n17.2"),
    ("Table 1 Values for each person\nPatient no.\nLevel\n1\n3.3\n2\n4.1\n3\n2.9\n4\n5.5\n5\n3.8\nMean\n3.9", "5.5",
     "individual", "Table 1 Values for each person\nLevel\n1\n3.3\n2\n4.1\n3\n2.9\n4\n5.5\n5\n3.8\nMean\n3.9"),
]


def _table_reasons(table: str) -> dict:
    text = "Results\n" + table + AFTER_TABLE
    found = find_numbers(text)
    classify(text, found, table_regions(text))
    return {text[n.start:n.end]: n.reason for n in found}


@pytest.mark.parametrize("table, number, role, negative", TABLES_OF_NO_RESULTS,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(TABLES_OF_NO_RESULTS)])
def test_tables_of_coefficients_costs_levels_and_single_patients_explain_their_cells(table, number, role, negative):
    assert _table_reasons(table)[number] == role
    assert _table_reasons(negative)[number] is None


def test_a_correlation_table_explains_its_coefficients_not_its_counts_and_patients_not_their_mean():
    reasons = _table_reasons(TABLES_OF_NO_RESULTS[0][0])
    assert reasons["0.27"] == "statistic" and reasons["112"] is None
    reasons = _table_reasons(next(t for t, _, role, _ in TABLES_OF_NO_RESULTS if role == "individual"))
    assert reasons["12.5"] == "individual" and reasons["27.6"] is None and reasons["17.2"] is None


@pytest.mark.parametrize("caption", [
    "Baseline features of the patients who were enrolled at the two sites and kept in the final model",
    "Characteristics of the women treated with either schedule at the start of their first course of therapy (n = 84).",
])
def test_a_long_caption_alone_on_its_line_is_no_prose_ending_its_table(caption):
    # the caption's words run on in lower case, its line holds no cell: the rows below are the table's
    text = (f"We list them below.Table 2{caption}\nFeatureArm AArm B\nAge, years\n58 (11)\n61 (10)\nWomen\n30 (71)\n"
            "28 (67)\n")
    assert _one_table(text)[1].endswith("28 (67)")


@pytest.mark.parametrize("note", ["(a) Mixed model P value for site vs. Control/Treated",
                                  "* Fisher exact test, arm B vs. Arm A"])
def test_rows_flattened_into_one_line_with_a_note_naming_a_comparison_are_no_prose(note):
    rows = " ".join(f"Had prior therapy {k} {20 + k} ({40 + k}.5%) {18 + k} ({36 + k}.1%) 0.{k}1" for k in range(1, 9))
    text = f"Table 1 Features of the two groups\nItem Arm A Arm B P\n{rows} {note}\nMore table text 5 (3%)\n"
    assert _one_table(text)[1].endswith("5 (3%)")


def test_classes_tried_only_where_they_may_start_find_what_scanning_finds():
    """A class an alternative of which may start at nearly any letter (a treatment's name before "was given to") is
    tried only where its StartFinder says a match may start: the same matches as scanning every position."""
    from oncoev.extract.lazy_regex import scan

    found = []
    for rule_id, _, regex, at_number, _anchors in unexplained._classes().rules:
        finder = None if at_number else unexplained._start_finder(regex.pattern)
        if finder is None:
            continue
        found.append(rule_id)
        for text in _sentences():
            for a in range(0, len(text), 40):
                assert [(m.span(), m.groups()) for m in scan(regex, finder, text, a, len(text))] == \
                    [(m.span(), m.groups()) for m in regex.finditer(text, a, len(text))], (rule_id, text)
    assert "number.treatment.received" in found


def test_anchors_are_found_where_an_alternation_of_them_is():
    """Anchors.search (a str.find per anchor) says what a search of the anchors as one alternation says, window by
    window, an anchor running past the window's end not counted."""
    import re

    anchors = unexplained.Anchors(["ci", "c.i.", "time on", "%", "≤"])
    alternation = re.compile("|".join(map(re.escape, anchors)))
    text = "the c.i. was wide; time on drug 3 mo; ≤ 5% of ci-bounds; cinema. time  on"
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 2):
            assert anchors.search(text, a, b) == (alternation.search(text, a, b) is not None), (a, b)


# -- counts of patients by stage ---------------------------------------------------------------


@yaml_cases
def test_counts_of_patients_by_stage_are_who_came_in(text, counts):
    found = find_numbers(text)
    classify(text, found)
    taken = {text[n.start:n.end]: n.reason for n in found if text[n.start:n.end] in counts}
    assert taken == {number: "baseline" for number in counts}


@yaml_cases
def test_a_number_no_class_explains_stays_unexplained(text, number):
    assert reason(text, number) is None


def test_class_unless_names_only_classes_that_exist(monkeypatch):
    data = yaml.safe_load((Path(unexplained.__file__).parent / "patterns" / "unexplained.yaml").read_text())
    assert set(data["class_unless"]) <= {c["id"] for c in data["classes"]}


# -- cut-offs of a characteristic, and categories compared by a cut-off -------------------------


@yaml_cases
def test_cut_offs_of_a_characteristic_are_thresholds(text, bounds):
    found = find_numbers(text)
    classify(text, found)
    taken = {text[n.start:n.end]: n.reason for n in found if text[n.start:n.end] in bounds}
    assert taken == {number: "threshold" for number in bounds}


# -- windows and schedules of the design ----------------------------------------------------------


@yaml_cases
def test_windows_and_schedules_of_the_design_are_explained(text, numbers_):
    found = find_numbers(text)
    classify(text, found)
    taken = {text[n.start:n.end]: n.reason for n in found if text[n.start:n.end] in numbers_}
    assert set(taken) == set(numbers_) and all(r in ("time_point", "dose") for r in taken.values()), taken


# A number (as written in the text) and the class of unexplained.py that explains it, class by class
@yaml_cases
def test_a_number_is_explained_by_its_class(text, number, expected):
    assert reason(text, number) == expected


# -- the arms' sizes listed after a randomisation, without brackets --------------------------------


@yaml_cases
def test_arms_sizes_listed_after_the_randomisation_are_sample_sizes(text, sizes):
    found = find_numbers(text)
    classify(text, found)
    assert {text[n.start:n.end]: n.reason for n in found if text[n.start:n.end] in sizes} == \
        {number: "sample_size" for number in sizes}


@yaml_cases
def test_a_number_near_a_classes_cue_is_not_of_that_class(text, number, not_reason):
    # each case: a number beside words that suggest a class of explained numbers (a page, a magnification, a TNM
    # category ...), which it is not
    assert reason(text, number) != not_reason


@yaml_cases
def test_a_label_alone_on_its_line_takes_the_line_after_it_as_its_title(title, role):
    # a rendering that writes the table's label on a line of its own, its title on the next, then one cell a line
    text = f"Results\nTable 1\n{title}\n\n\nItem\n\nArm A (n = 40)\n\nArm B (n = 38)\n\nStage III\n\n21 (52)\n17 (45)\n"
    (table,) = table_regions(text)
    assert table.name == f"Table 1: {title}"
    found = find_numbers(text)
    classify(text, found, [table])
    assert {text[n.start:n.end]: n.reason for n in found}["17"] == role


def test_a_label_alone_on_its_line_takes_no_header_cell_nor_a_row_as_its_title():
    # one word (the label column's header) or a line with a number after the label is no title
    for after in ("Characteristic\n\nArm A\n\nArm B\n\nAge\n\n61\n62\n", "Age 61 62\nWomen 20 (50) 19 (47)\n"):
        (table,) = table_regions(f"Results\nTable 3\n{after}")
        assert table.name == "Table 3: "


@yaml_cases
def test_a_table_of_the_patients_background_holds_no_results(caption, role):
    text = f"Intro.\nTable 2 {caption}\nStage III\n21\n17\nLung primary\n12 (30)\n\n"
    found = find_numbers(text)
    classify(text, found, table_regions(text))
    assert {text[n.start:n.end]: n.reason for n in found}["17"] == role


@yaml_cases
def test_a_table_of_the_treatments_had_before_the_study_holds_no_results(caption, role):
    text = f"Intro.\nTable 2 {caption}\nSurgery\n21\n17\nRadiotherapy\n12 (30)\n\n"
    found = find_numbers(text)
    classify(text, found, table_regions(text))
    assert {text[n.start:n.end]: n.reason for n in found}["17"] == role


def test_at_least_one_in_words_is_no_unexplained_number():
    from support import extract_text

    out = extract_text("Methods: We enrolled 90 patients. Results: Overall, 37 patients (41%) had at least one grade 3 "
                       "adverse event.")
    assert [u["value"] for u in out["unexplained"] if u["value"] == 1] == []
