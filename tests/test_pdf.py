"""The PDF reader on PDFs the tests generate (tests/pdfs_gen.py), on broken PDFs, and on the
real article PDFs in ../shared/pdfs when they are there."""

from __future__ import annotations

import re
from pathlib import Path

import pdfs_gen
import pytest
import yaml
from support import SHARED, dump_database, need_shared

from oncoev.errors import DocumentError
from oncoev.extract.document import Document
from oncoev.extract.pdf import CELL_SEP, NO_TEXT_LAYER, join_hyphenated, read_pdf_bytes, repair
from oncoev.extract.reader import read_document


@pytest.fixture(scope="module")
def paper() -> Document:
    return read_pdf_bytes(pdfs_gen.two_column_paper(pages=3), "paper.pdf")


def _check_cells(doc: Document) -> None:
    for table in doc.tables:
        for cell in table.cells:
            assert doc.text[cell.char_start:cell.char_end] == cell.text
            assert doc.page_of(cell.char_start) == table.page


# ---------------------------------------------------------------------------------------------
# generated layouts


def test_document_identity(paper: Document):
    assert paper.media_type == "application/pdf"
    assert paper.filename == "paper.pdf"
    assert re.fullmatch(r"[0-9a-f]{64}", paper.sha256)
    assert paper.pages == 3


def test_two_columns_read_left_then_right(paper: Document):
    text = paper.text
    order = [text.index(s) for s in ("Background:", "Conclusion:", "Alpha sentence", "Beta sentence",
                                     "Gamma sentence", "Delta sentence")]
    assert order == sorted(order)
    # The full-width abstract is one paragraph, read whole before the columns.
    assert " ".join(pdfs_gen.ABSTRACT_LINES) + "\n\nAlpha sentence" in text
    # A column's lines are joined into one paragraph, nothing from the other column between them.
    assert "first page. Patients were treated between 2015 and 2019 and were followed" in text
    assert "The 5-year overall survival rate was 50.9% versus 29.4%." in text
    assert text.index("Epsilon sentence") < text.index("Zeta sentence") < text.index("Table 1:")


def test_words_without_space_characters_are_split(paper: Document):
    # The generator places each word on its own, with no space glyphs between them.
    assert "median overall survival was 26.7 months in the mucinous group" in paper.text


def test_hyphenated_line_breaks(paper: Document):
    assert "Kaplan-Meier method respectively, and" in paper.text
    assert "respec-" not in paper.text
    assert "Scheduled follow-up visits" in paper.text  # a compound keeps its hyphen


def test_running_header_footer_and_page_numbers_removed(paper: Document):
    assert "Journal of Generated Oncology" not in paper.text
    assert not re.search(r"\bPage [123]\b", paper.text)
    assert paper.text.startswith("A generated study of mucinous gastric cancer survival\n")


def test_pages_of_text(paper: Document):
    text = paper.text
    assert paper.page_of(text.index("Alpha sentence")) == 1
    assert paper.page_of(text.index("Delta sentence")) == 1
    assert paper.page_of(text.index("Epsilon sentence")) == 2
    assert paper.page_of(text.index("Eta sentence")) == 3


def test_glyph_repair_in_context(paper: Document):
    assert "(P<0.001)" in paper.text
    assert repair("P,0.00001 and P , .05") == "P<0.00001 and P < .05"
    assert repair("age (cid:1) 60 years") == "age ≤ 60 years"
    assert repair("odds ratio (95% Ci)") == "odds ratio (95% CI)"
    assert repair("Smith, Jones, and Patel, 2019") == "Smith, Jones, and Patel, 2019"


def test_join_hyphenated():
    assert join_hyphenated("respec-", "tively") == "respectively"
    assert join_hyphenated("follow-", "up visits") == "follow-up visits"
    assert join_hyphenated("Kaplan-", "Meier") == "Kaplan-Meier"
    assert join_hyphenated("5-", "year") == "5-year"
    assert join_hyphenated("treat\u2010", "ment") == "treatment"  # U+2010 HYPHEN
    assert join_hyphenated("treat\u00ad", "ment") == "treatment"  # soft hyphen
    assert join_hyphenated("follow\u2010", "up") == "follow-up"


def test_ruled_table_cells(paper: Document):
    table = paper.tables[0]
    assert (table.page, table.index) == (2, 0)
    assert table.caption == "Table 1: Overall survival by histological type."
    assert table.rows() == pdfs_gen.RULED
    assert table.header_rows == 1
    cell = table.grid()[1][3]
    assert cell.text == "29.4%" and cell.bbox is not None
    x0, top, x1, bottom = cell.bbox
    assert x0 < x1 and top < bottom and bottom < pdfs_gen.PAGE_H


def test_table_ruled_by_horizontal_lines_only(paper: Document):
    table = paper.tables[1]
    assert table.page == 2
    assert table.caption == "Table 2: Multivariate Cox regression."
    assert table.rows() == pdfs_gen.UNRULED  # "0.028" stays one cell, row labels keep their spaces
    assert table.header_rows == 1


def test_tables_are_written_row_by_row_and_cells_point_at_them(paper: Document):
    assert CELL_SEP.join(pdfs_gen.RULED[1]) + "\n" in paper.text
    assert CELL_SEP.join(pdfs_gen.UNRULED[2]) + "\n" in paper.text
    # A table's words are read once, as the table, not again as prose.
    assert paper.text.count("Radical resection") == 1
    _check_cells(paper)


def test_figure_text_is_not_prose(paper: Document):
    assert "Figure 1: Overall survival by histological type." in paper.text
    assert "Eta sentence beside the figure in the right column of page three." in paper.text
    for label in ("Months since surgery", "Number at risk"):
        assert label not in paper.text
    for tick in ("0.6", "0.8", "90", "120"):  # axis numbers
        assert not re.search(rf"(?<![\d.]){re.escape(tick)}(?![\d.])", paper.text), tick


@pytest.fixture(scope="module")
def variants() -> Document:
    return read_pdf_bytes(pdfs_gen.table_variants(), "variants.pdf")


def test_lattice_table_caption_and_footnote_rows_are_not_data(variants: Document):
    table = variants.tables[0]
    assert table.page == 1
    assert table.caption == "Table 4 | Abstinence outcomes. Values are numbers (percentages)"
    assert table.rows() == pdfs_gen.LATTICE
    # The footnote row is read as the text under the table.
    footnote = "*Footnote: abstinence was validated by exhaled carbon monoxide."
    assert variants.text.index(footnote) > table.cells[-1].char_end
    _check_cells(variants)


def test_boxed_rows_without_column_rules_are_split_into_columns(variants: Document):
    table = variants.tables[1]
    assert (table.page, table.caption) == (2, "Table 5: Medians in months by arm.")
    assert table.rows() == pdfs_gen.BOXED


def test_rows_of_two_packed_lines_are_one_row(variants: Document):
    table = variants.tables[2]
    assert table.caption == "Table 6: Included studies."
    assert table.rows() == [["Meyer [5] Germany 2009", "microscope", "semi-quantitative", "392"],
                            ["Garrity [6] Canada 2004", "tissue microarrays", "quantitative", "366"],
                            ["Fodor [7] America 2012", "microscope", "quantitative", "867"]]


def test_running_head_and_page_number_on_one_line_removed(variants: Document):
    assert "Generated Trials Journal" not in variants.text and "of 2" not in variants.text


def test_sideways_margin_watermark_is_not_text(variants: Document):
    assert "Downloaded" not in variants.text and "journals.example.org" not in variants.text
    assert "Theta sentence opens page one and says that the tables below come from the trial." in variants.text


def test_forest_plot_text_is_not_read_as_prose_or_table():
    doc = read_pdf_bytes(pdfs_gen.forest_plot_page(), "forest.pdf")
    assert "with a pooled hazard ratio of 1.38." in doc.text
    assert "Fig. 2 Forest plot of hazard ratios for overall survival" in doc.text
    for name, hr, lo, hi in pdfs_gen.FOREST_ROWS:
        assert name not in doc.text and f"{hr:.2f} ({lo:.2f}, {hi:.2f})" not in doc.text
    assert "Overall 1.38" not in doc.text and doc.tables == []


def test_flow_chart_boxes_are_figure_text():
    doc = read_pdf_bytes(pdfs_gen.flow_chart_page(), "flow.pdf")
    for text in pdfs_gen.FLOW_BOXES:
        words = text.split()
        assert " ".join(words[:4]) not in doc.text and " ".join(words[-4:]) not in doc.text, text
    assert ("Nu sentence in the right column runs beside the flow chart and says that most of the women who were "
            "assessed took part in the trial until the end of their pregnancy.") in doc.text
    assert "Fig 1 | Flow of participants through the trial" in doc.text


def test_a_page_without_text_keeps_its_place():
    doc = read_pdf_bytes(pdfs_gen.forest_plot_page(), "forest.pdf")
    assert doc.pages == 3
    assert doc.page_starts == sorted(doc.page_starts) and doc.page_starts[0] == 0
    assert doc.page_starts[1] == doc.page_starts[2]  # page 2 holds only a picture
    assert doc.page_of(doc.text.index("Lambda sentence")) == 3
    from oncoev.schema.contract import DocumentIn

    DocumentIn(**doc.contract())  # the contract's own checks of page_starts


def test_paragraph_and_word_running_on_to_the_next_page():
    doc = read_pdf_bytes(pdfs_gen.page_break_paper(), "break.pdf")
    assert ("Mu sentence starts at the foot of the first page and its last word on this page is broken by a "
            "hyphen, respectively, as long papers often do at a page break.") in doc.text
    assert doc.text[doc.page_starts[1]:].startswith("tively, as long")
    assert doc.page_of(doc.text.index("respec")) == 1


def test_landscape_table_printed_sideways():
    doc = read_pdf_bytes(pdfs_gen.landscape_table_page(), "landscape.pdf")
    assert "Sideways prose under the table says the landscape page reads upright." in doc.text
    [table] = doc.tables
    assert table.caption == "Table 3: Toxicity by arm, printed sideways."
    assert table.rows() == [["Event", "Arm A", "Arm B"], ["Grade 3 neutropenia", "12%", "7%"],
                            ["Grade 3 fatigue", "5%", "4%"]]
    _check_cells(doc)


def test_one_column_page_is_read_line_by_line():
    lines = ["A single column of text that runs across the whole page from the left margin",
             "to the right margin, so that no gutter can be found between two columns at all.",
             "Median survival was 14.5 months."]
    doc = read_pdf_bytes(pdfs_gen.single_page(lines), "one.pdf")
    assert "left margin to the right margin, so that no gutter" in doc.text
    assert doc.tables == []


def test_a_page_the_layout_analysis_fails_on_is_read_plainly(monkeypatch):
    from oncoev.extract import pdf as pdf_module

    def broken(page, number):
        raise IndexError("an unforeseen layout")

    monkeypatch.setattr(pdf_module, "layout_page", broken)
    doc = read_pdf_bytes(pdfs_gen.two_column_paper(pages=1), "odd.pdf")
    assert "Alpha sentence opens the left column" in doc.text and doc.pages == 1


def test_read_document_dispatches_pdfs(tmp_path: Path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdfs_gen.two_column_paper(pages=1))
    doc = read_document(path)
    assert doc.media_type == "application/pdf" and "Alpha sentence" in doc.text


# ---------------------------------------------------------------------------------------------
# bad PDFs: a message naming the reason


def _truncated() -> bytes:
    data = pdfs_gen.two_column_paper(pages=1)
    return data[: len(data) * 2 // 3]


def _corrupt() -> bytes:
    return b"%PDF-1.4\n" + b"\x00garbage that is no PDF object at all\n" * 20 + b"%%EOF\n"


BAD = [
    ("not_pdf", lambda: b"Median survival was 14.5 months.\n", "not a PDF"),
    ("truncated", _truncated, "truncated PDF"),
    ("corrupt", _corrupt, "corrupt PDF"),
    ("encrypted", pdfs_gen.encrypted_pdf, "encrypted PDF: it needs a password"),
    ("scanned", pdfs_gen.image_only_pdf, NO_TEXT_LAYER),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_pdfs_are_refused_with_the_reason(tmp_path: Path, name, make, message):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(make())
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{name}.pdf: ")


def test_pdf_encrypted_without_a_user_password_is_read():
    # Many journal PDFs are encrypted only to restrict printing or copying; they open freely.
    doc = read_pdf_bytes(pdfs_gen.encrypted_pdf(user_password=None), "permissions.pdf")
    assert "A secret study of 12 patients." in doc.text


def test_scanned_pdf_message_is_exact():
    with pytest.raises(DocumentError, match=r"^scan\.pdf: no text layer: the PDF is scanned images and OCR is "
                                            r"not supported$"):
        read_pdf_bytes(pdfs_gen.image_only_pdf(), "scan.pdf")


@pytest.mark.parametrize(("name", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_cli_refuses_bad_pdfs_and_writes_nothing(tmp_path: Path, db_path: Path, name, make, message):
    from click.testing import CliRunner

    from oncoev.cli import cli

    path = tmp_path / f"{name}.pdf"
    path.write_bytes(make())
    before = dump_database(db_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "--json", str(path)])
    assert result.exit_code != 0 and message in result.output
    result = runner.invoke(cli, ["--db", str(db_path), "add", str(path)])
    assert result.exit_code != 0 and message in result.output
    assert dump_database(db_path) == before


# ---------------------------------------------------------------------------------------------
# real article PDFs (../shared/pdfs), a development set

PDFS = SHARED / "pdfs"

# Key numbers from sources.yaml, as the reader must give them: readable words (spaces between
# them), on the page the curator read them from.
REAL_TEXT = {
    "p01_gastric_mucinous_cancer_survival.pdf": [
        (2, "there were 68 gastric MC patients (accounting for 6.8%), 329 WMDC cases (accounting for 33.0%), "
            "and 599 PDC ones (accounting for 60.2%)"),
        (2, "The median survival time (MST) of MC and WMDC patients was 26.7 months and 67.4 months"),
        (2, "12.61, 𝑃 = 0.004"),
        # Page 1: title and abstract across the page, then two columns.
        (1, "1. Introduction\n\nThe adenocarcinoma from several organs can secret the mucinous-like substance, "
            "including the gastrointestinal track."),
    ],
    "p04_ki67_colorectal_cancer_prognosis_meta.pdf": [
        (1, "Totally 34 eligible studies and 6180 colorectal cancer patients were included"),
        (1, "1.54(95% CI 1.17–2.02, P = 0.005) for overall survival and 1.43(1.12–1.83, P = 0.008) for disease "
            "free survival in univariate analysis"),
        (1, "1.50(95% CI 1.02–2.22, P = 0.03) for overall survival in multivariate analysis"),
    ],
    "p08_physical_activity_smoking_pregnancy_rct.pdf": [
        (1, "789 pregnant smokers"),
        (1, "(8% v 6%; odds ratio 1.21, 95% confidence interval 0.70 to 2.10)"),
        (1, "caesarean births in the control group than in the physical activity group (29% v 21%, P=0.023)"),
    ],
}

# Rows of result tables: (page, caption start, row label start, cells that must follow in that row).
REAL_ROWS = {
    "p01_gastric_mucinous_cancer_survival.pdf": [
        (8, "Table 3:", "5-year OS rate", ["50.9%", "29.4%"]),
        (8, "Table 4:", "Total", ["2.020", "0.155"]),
        (9, "Table 6:", "Adjuvant chemotherapy", ["0.740", "0.601–0.910", "0.004", "0.752", "0.607–0.931", "0.009"]),
        (9, "Table 6:", "Radical resection", ["6.705", "5.530–8.129", "<0.001", "2.453", "1.945–3.095", "<0.001"]),
    ],
    "p04_ki67_colorectal_cancer_prognosis_meta.pdf": [
        # Rows of two lines, set apart by padding, are one row each.
        (4, "Table 1", "Meyer [5] Germany 2009", ["microscope", "semi-quantitative", "mouse monoclonal", "formalin",
                                                  "88.8%", "64(28–91)", "CC II-IV", "S + C", "NR", "392"]),
        (8, "Table 2", "", ["S + C + R", "2", "2.216", "1.227–4.002", "0.008"]),
        (8, "Table 2", "Location", ["Asian", "10", "1.89", "1.23–2.90", "0.003"]),
    ],
    "p08_physical_activity_smoking_pregnancy_rct.pdf": [
        (7, "Table 3", "Self reported continuous abstinence‡ at end of pregnancy",
         ["30 (8)", "25 (6)", "1.21 (0.70 to 2.10)", "1.37 (0.78 to 2.41)"]),
        (7, "Table 3", "Self reported continuous abstinence 6 months after birth",
         ["24 (6)", "16 (4)", "1.55 (0.81 to 2.97)"]),
    ],
}


@pytest.fixture(scope="module")
def real_docs() -> dict[str, Document]:
    need_shared("pdfs")
    return {name: read_pdf_bytes((PDFS / name).read_bytes(), name) for name in REAL_TEXT}


@pytest.mark.parametrize("name", sorted(REAL_TEXT))
def test_real_pdf_key_numbers_readable_on_their_pages(real_docs, name):
    doc = real_docs[name]
    sources = {f["file"]: f for f in yaml.safe_load((PDFS / "sources.yaml").read_text("utf-8"))["files"]}
    assert doc.pages == sources[name]["page_count"]
    assert doc.sha256 == sources[name]["sha256"]
    for page, quote in REAL_TEXT[name]:
        assert quote in doc.text, quote
        assert doc.page_of(doc.text.index(quote)) == page, quote


@pytest.mark.parametrize("name", sorted(REAL_TEXT))
def test_real_pdf_tables_on_their_pages(real_docs, name):
    doc = real_docs[name]
    sources = {f["file"]: f for f in yaml.safe_load((PDFS / "sources.yaml").read_text("utf-8"))["files"]}
    for label, pages in sources[name]["table_pages"].items():
        pages = pages if isinstance(pages, list) else [pages]
        found = sorted(t.page for t in doc.tables
                       if t.caption and re.match(rf"{label}\b", t.caption, re.IGNORECASE))
        assert found == pages, label
    _check_cells(doc)


@pytest.mark.parametrize("name", sorted(REAL_ROWS))
def test_real_pdf_result_rows_as_cells(real_docs, name):
    doc = real_docs[name]
    for page, caption, label, values in REAL_ROWS[name]:
        [table] = [t for t in doc.tables if t.page == page and t.caption and t.caption.startswith(caption)]
        rows = [r for r in table.rows() if r[0].startswith(label)]
        assert any(values == [c for c in r[1:] if c][:len(values)] for r in rows), (label, rows)


# Key results of sources.yaml as rows the extraction must give: (endpoint, measure, cohort, value, CI, p, analysis).
REAL_RESULTS = {
    # Table 6, a Cox model whose caption names no endpoint: the text citing it names overall survival
    "p01_gastric_mucinous_cancer_survival.pdf": [
        ("OS", "rr", "adjuvant_chemotherapy", 0.752, 0.607, 0.931, 0.009, "multivariate"),
        ("OS", "rr", "radical_resection", 2.453, 1.945, 3.095, 0.001, "multivariate"),
    ],
    # the abstract's pooled ratios, the multivariate one "after adjustment of other prognostic factors"
    "p04_ki67_colorectal_cancer_prognosis_meta.pdf": [
        ("OS", "hr", "all", 1.54, 1.17, 2.02, 0.005, "univariate"),
        ("DFS", "hr", "all", 1.43, 1.12, 1.83, 0.008, "univariate"),
        ("OS", "hr", "all", 1.50, 1.02, 2.22, 0.03, "multivariate"),
    ],
}


@pytest.mark.parametrize("name", sorted(REAL_RESULTS))
def test_real_pdf_key_results_are_rows(real_docs, name):
    from oncoev.extract.assemble import extract_document

    got = {(r["endpoint"], r["measure"], r["cohort"], r["value"], r["ci_low"], r["ci_high"], r["p_value"],
            r["analysis"]) for r in extract_document(real_docs[name])["results"]}
    assert set(REAL_RESULTS[name]) <= got


def test_real_pdf_without_space_characters_reads_words(real_docs):
    text = real_docs["p01_gastric_mucinous_cancer_survival.pdf"].text
    assert "WMDCpatientswas" not in text and "Adjuvantchemotherapy" not in text
    # Running header on every page of the article is gone; figure axis numbers are too.
    assert "Gastroenterology Research and Practice" not in text
    assert "Cumulative survival" not in text and "Follow-up period (months)" not in text


@pytest.mark.parametrize(("line", "caption", "table"), [
    ("Figure 2: Survival by group", True, False), ("Fig. 5 Funnel plot", True, False),
    ("Fig 2 | Comparison of groups", True, False), ("table 3 | Primary outcomes", True, True),
    ("Table 1 (Continued)", True, True), ("TABLE 2. Results", True, True),
    ("Figure 1 shows the numbers of participants", False, False), ("Table 3 and Figure 1.", False, False),
])
def test_caption_lines_are_told_from_prose(line, caption, table):
    from oncoev.extract.pdf_layout import CAPTION
    from oncoev.extract.pdf_tables import TABLE_CAPTION

    assert bool(CAPTION.match(line)) is caption
    assert bool(TABLE_CAPTION.match(line)) is table
