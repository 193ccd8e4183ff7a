"""The same study read as text and as a PDF typeset from that text gives the same extraction.

The PDF is two justified columns with a running head and page numbers, words placed one by one
(no space characters), and tables drawn with rules (tests/pdfs_gen.py ``paper_from_text``).
"""

from __future__ import annotations

from pathlib import Path

import pdfs_gen
import pytest
from support import HERE, REPO

from oncoev.extract.assemble import extract_document
from oncoev.extract.pdf import read_pdf_bytes
from oncoev.extract.reader import read_text_bytes

PAPERS = sorted((REPO / "data" / "papers").glob("*.txt")) + [HERE / "fixtures" / "small_study.txt"]
RESULT_FIELDS = ("endpoint", "measure", "timepoint_months", "value", "unit", "ci_low", "ci_high", "p_value",
                 "p_op", "grade", "category", "site", "analysis", "value_op", "comparator", "pattern_id")


def _comparable(extraction: dict) -> dict:
    """What was extracted, without where it was found (offsets differ between text and PDF)."""
    cohorts = {c["key"]: (c["label"], c.get("n")) for c in extraction["cohorts"]}
    results = sorted(
        (cohorts.get(r["cohort"]), *(repr(r.get(k)) for k in RESULT_FIELDS)) for r in extraction["results"])
    doses = sorted(repr({k: v for k, v in d.items() if k not in ("quote", "char_start", "char_end", "page")})
                   for d in extraction["doses"])
    study = {k: v for k, v in extraction["study"].items() if k != "provenance"}
    return {"results": results, "cohorts": sorted(map(repr, cohorts.values())), "doses": doses, "study": study}


@pytest.mark.parametrize("path", PAPERS, ids=[p.stem for p in PAPERS])
def test_text_and_pdf_give_the_same_extraction(path: Path):
    data = path.read_bytes()
    as_text = extract_document(read_text_bytes(data, path.name), source=path.name)
    document = read_pdf_bytes(pdfs_gen.paper_from_text(data.decode("utf-8")), path.stem + ".pdf")
    as_pdf = extract_document(document, source=path.stem + ".pdf")
    assert as_text["results"], "the text gives results to compare"
    assert _comparable(as_pdf) == _comparable(as_text)
    # Provenance points into the PDF's own text, with page numbers.
    for r in as_pdf["results"]:
        assert document.text[r["char_start"]:r["char_end"]] == r["quote"]
        assert r["page"] == document.page_of(r["char_start"])


def _long_text() -> str:
    """Enough paragraphs of our own for several two-column pages."""
    paras = ["A long generated report on survival after stereotactic radiotherapy"]
    for i in range(1, 41):
        paras.append(f"Paragraph {i} reports that the {i}-year overall survival of cohort {i % 5 + 1} was "
                     f"{40 + i * 0.7:.1f}% and that median progression-free survival reached {6 + i * 0.5:.1f} "
                     f"months, which the authors compared with earlier series of similar patients treated "
                     f"with surgery, chemotherapy or observation alone at other centres.")
    return "\n\n".join(paras) + "\n"


def test_flowing_text_reads_back_whole_over_columns_and_pages():
    text = _long_text()
    doc = read_pdf_bytes(pdfs_gen.paper_from_text(text), "long.pdf")
    assert doc.pages >= 3
    # Same words in the same order; running heads and page numbers gone.
    assert doc.text.split() == text.split()
    # Paragraphs come back one by one, also where one runs on into the next column or page.
    assert [p.strip() for p in doc.text.split("\n\n") if p.strip()] == [" ".join(p.split()) for p in text.split("\n\n")]
    for i in (1, 20, 40):
        start = doc.text.index(f"Paragraph {i} ")
        assert 1 <= doc.page_of(start) <= doc.pages
    assert doc.page_of(doc.text.index("Paragraph 40 ")) == doc.pages


def test_table_results_from_a_pdf_say_which_cell_they_came_from():
    text = (REPO / "data" / "papers" / "ovarian_oligometastases_radiotherapy.txt").read_text(encoding="utf-8")
    extraction = extract_document(read_pdf_bytes(pdfs_gen.paper_from_text(text), filename="ovarian.pdf"))
    table_rows = [r for r in extraction["results"] if r["pattern_id"].startswith("table.")]
    assert table_rows
    for row in table_rows:
        assert row["locator"] and "table" in row["locator"].lower() and "box (" in row["locator"], row
        assert row["page"] >= 1
