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
from support import case_table, yaml_cases
from support import query as q

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


def classes_of(text: str, tables=()) -> dict[str, str | None]:
    """The class ``classify`` gives each number of ``text`` (as written; of equal ones, the last's), ``tables`` being
    the text's tables."""
    found = find_numbers(text)
    classify(text, found, tables)
    return {text[n.start:n.end]: n.reason for n in found}


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
    by_number = classes_of(text, tables)
    assert by_number["63"] == "baseline" and by_number["41"] == "baseline"
    assert by_number["12"] is None and by_number["15"] is None


@yaml_cases
def test_a_control_group_in_a_caption_is_the_comparator_not_an_outcome(caption, role):
    text = f"Intro.\nTable 1 {caption}\nStage III\n21\n17\nLung primary\n12 (30)\n\n"
    assert classes_of(text, table_regions(text))["17"] == role


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
        reasons = classes_of(text, tables)
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
    assert classes_of(text, [table])["81"] is None  # the prose after it is no baseline


@yaml_cases
def test_a_note_with_a_verb_after_a_tables_last_rows_is_no_prose_but_a_sentence_after_it_is(after):
    # a table flattened into one line, its rows after two spaces each, then its note (with a verb), then a sentence
    text = ("Arms were alike (Table 1).  Table 1 Baseline characteristics. Arm A Arm B P-value n = 70 n = 71 "
            "Sex, n (%) 0.512   Male 41 (58.6) 39 (54.9)   Female 29 (41.4) 32 (45.1) Stage, n (%) 0.301   II 33 "
            "(47.1) 27 (38.0)   III 37 (52.9) 44 (62.0) Chi-square test unless otherwise stated; *Data were missing "
            "for one patient." + after + "\n")
    table, inside = _one_table(text)
    assert "44 (62.0)" in inside and after.split(",")[0].strip() not in inside
    reasons = classes_of(text, [table])
    assert reasons["44"] is not None and reasons["14" if "14" in after else "301.5"] is None


@yaml_cases
def test_the_number_after_a_rows_interval_under_a_p_column_is_its_p_value(header, rows, reasons):
    text = f"Results are in the table.\n{header}\n{rows}\n"
    table, _ = _one_table(text)
    got = classes_of(text, [table])
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
    # No results heading after them: a heading not known ("Observations") may have been run over.
    reasons = _reasons("Background: Near 35% of such tumours spread early.\nObservations: Our "
                       "nurses saw 57 people and 14 felt better.\nConclusions: Calls help.\n")
    assert reasons["35"] is None and reasons["14"] is None
    # ("Methodology/Principal Findings" is a known name of the results: the background before it is background)
    reasons = _reasons("Background: Near 35% of such tumours spread early.\nMethodology/Principal Findings: Our "
                       "nurses saw 57 people and 14 felt better.\nConclusions: Calls help.\n")
    assert reasons["35"] == "background" and reasons["14"] is None


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

NOT_RESULTS = [(c["role"], c["positives"], c["negative"]) for c in case_table(__file__, "NOT_RESULTS")]


@pytest.mark.parametrize("role, positives, negative", NOT_RESULTS, ids=[f"{c[0]}-{i}" for i, c in
                                                                         enumerate(NOT_RESULTS)])
def test_numbers_that_are_no_results_are_recognised_and_results_are_not(role, positives, negative):
    for text, number in positives:
        assert reason(normalize(text).text, number) == role, text
    text, number = negative
    assert reason(normalize(text).text, number) is None, text


OUTCOMES_LEFT_ALONE = [(c["text"], c["number"]) for c in case_table(__file__, "OUTCOMES_LEFT_ALONE")]


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


def _hidden_by_classes(text: str, quote: str, count: float) -> list:
    """What the classes hide of a row of ``text`` (a count of toxicity, quoted by ``quote``): class_collisions."""
    extraction = _one_row(text, quote, endpoint="TOX", measure="count", value=count, unit="n")
    return class_collisions(Document(text=text), extraction)


def test_the_classes_are_checked_on_the_values_rows_read():
    text = "Results: Grade 3 pneumonitis (n = 2) was seen, and 42 patients (n = 42) were treated.\n"
    assert _hidden_by_classes(text, "Grade 3 pneumonitis (n = 2)", 2.0) == []
    (hidden,) = _hidden_by_classes(text, "patients (n = 42)", 42.0)
    assert hidden.rule == "number.sample_size.n_equals"


def test_a_value_written_twice_in_its_quote_is_hidden_only_when_a_class_takes_both():
    # the class takes the grade, "3"; the count, "3 patients", stays for the curator to see
    text = "Results: Grade 3 colitis was seen in 3 patients, and 18 women (n = 18) were treated.\n"
    assert _hidden_by_classes(text, "Grade 3 colitis was seen in 3 patients", 3.0) == []
    assert _hidden_by_classes(text, "18 women (n = 18)", 18.0) == []
    text = "Results: Grade 3 colitis was seen in three of the women treated.\n"
    (hidden,) = _hidden_by_classes(text, "Grade 3 colitis", 3.0)
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


ANCHOR_SENTENCES = [c["sentence"] for c in case_table(__file__, "ANCHOR_SENTENCES")]


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


@yaml_cases
def test_numbered_dotted_headings_name_their_sections_and_their_numbers_are_no_result(text):
    regions = [(text[r.start:r.end].strip().split("\n")[-1], r.name) for r in section_regions(text)]
    assert ("How.", "methods") in regions and ("What.", "results") in regions
    account = account_numbers(Document(text=text), {})
    assert account.unexplained == []


# -- tables of other things than results: coefficients, costs, laboratory levels, individual patients -----------

AFTER_TABLE = "\n\nThe paper then goes on in plain running prose, with many small lower case words in each line.\n"
TABLES_OF_NO_RESULTS = [(c["table"], c["number"], c["role"], c["negative"])
                        for c in case_table(__file__, "TABLES_OF_NO_RESULTS")]


def _table_reasons(table: str) -> dict:
    text = "Results\n" + table + AFTER_TABLE
    return classes_of(text, table_regions(text))


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


@yaml_cases
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


# -- numbers of a kind: counts of patients by stage, cut-offs of a characteristic, arms' sizes --------


@yaml_cases
def test_the_numbers_of_a_kind_all_get_its_class(text, numbers, role):
    # counts of patients by stage, cut-offs of a characteristic, the arms' sizes listed after a randomisation
    assert {k: c for k, c in classes_of(text).items() if k in numbers} == dict.fromkeys(numbers, role)


@yaml_cases
def test_a_number_no_class_explains_stays_unexplained(text, number):
    assert reason(text, number) is None


def test_class_unless_names_only_classes_that_exist(monkeypatch):
    data = yaml.safe_load((Path(unexplained.__file__).parent / "patterns" / "unexplained.yaml").read_text())
    assert set(data["class_unless"]) <= {c["id"] for c in data["classes"]}


# -- windows and schedules of the design ----------------------------------------------------------


@yaml_cases
def test_windows_and_schedules_of_the_design_are_explained(text, numbers_):
    taken = {k: c for k, c in classes_of(text).items() if k in numbers_}
    assert set(taken) == set(numbers_) and all(r in ("time_point", "dose") for r in taken.values()), taken


# A number (as written in the text) and the class of unexplained.py that explains it, class by class
@yaml_cases
def test_a_number_is_explained_by_its_class(text, number, expected):
    assert reason(text, number) == expected


# -- a number beside a class's cue that is not of it -------------------------------------------------


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
    assert classes_of(text, [table])["17"] == role


def test_a_label_alone_on_its_line_takes_no_header_cell_nor_a_row_as_its_title():
    # one word (the label column's header) or a line with a number after the label is no title
    for after in ("Characteristic\n\nArm A\n\nArm B\n\nAge\n\n61\n62\n", "Age 61 62\nWomen 20 (50) 19 (47)\n"):
        (table,) = table_regions(f"Results\nTable 3\n{after}")
        assert table.name == "Table 3: "


@yaml_cases
def test_a_table_of_the_patients_background_holds_no_results(caption, role):
    text = f"Intro.\nTable 2 {caption}\nStage III\n21\n17\nLung primary\n12 (30)\n\n"
    assert classes_of(text, table_regions(text))["17"] == role


@yaml_cases
def test_a_table_of_the_treatments_had_before_the_study_holds_no_results(caption, role):
    text = f"Intro.\nTable 2 {caption}\nSurgery\n21\n17\nRadiotherapy\n12 (30)\n\n"
    assert classes_of(text, table_regions(text))["17"] == role


def test_at_least_one_in_words_is_no_unexplained_number():
    from support import extract_text

    out = extract_text("Methods: We enrolled 90 patients. Results: Overall, 37 patients (41%) had at least one grade 3 "
                       "adverse event.")
    assert [u["value"] for u in out["unexplained"] if u["value"] == 1] == []
