"""The document model every reader produces and the extractor consumes.

One model for text files, PDFs and XML: the full ``text`` in reading order (what quotes and
character offsets refer to), where each page starts in it, the tables found, as cells with row,
column and spans, and the bibliographic metadata (title, DOI, PMID, year, journal). A text file is
one page with no tables (the extractor rebuilds tables from the text itself); the PDF reader
(``oncoev.extract.pdf``) fills pages and tables from the layout; the JATS reader
(``oncoev.extract.jats``) fills sections, tables and metadata from the XML's structure; the PubMed
reader (``oncoev.extract.pubmed``) gives one document per citation.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, as pdfplumber gives them


@dataclass
class Cell:
    row: int
    col: int
    text: str
    # Where the cell's text sits in Document.text, when it could be found there (None otherwise).
    char_start: Optional[int] = None
    char_end: Optional[int] = None
    bbox: Optional[BBox] = None
    # A cell spanning several rows or columns (JATS rowspan/colspan) sits at its top-left position.
    rowspan: int = 1
    colspan: int = 1
    # The lines of a cell the source broke into lines (JATS <break/>), when there are two or more: ``text`` holds them
    # with a space between. A table may stack rows into one this way ("Nausea<break/>Rash" beside "12<break/>3").
    lines: Optional[list[str]] = None


@dataclass
class Table:
    page: int  # 1-based
    index: int  # 0-based, in document order
    cells: list[Cell]
    caption: Optional[str] = None
    bbox: Optional[BBox] = None
    # How many leading rows are column headers (the PDF reader knows it from the header rule,
    # JATS from <thead>); 0 when unknown.
    header_rows: int = 0
    # "Table 2" as the paper numbers it, when it does.
    label: Optional[str] = None
    # Notes under the table: abbreviations, units, "Values are n (%)", footnote marks.
    footnotes: list[str] = field(default_factory=list)
    # Where the table was read from: "pdf", "jats", "text" (cells separated by " | "), "flat"
    # (cells run together in plain text, split again by ``flat_tables``) or "spaced" (a table on one
    # line, single spaces between cells, split again by ``spaced_tables``).
    source: str = "pdf"
    # Where the table as a whole sits in Document.text (caption to last row), when known.
    char_start: Optional[int] = None
    char_end: Optional[int] = None

    @property
    def n_rows(self) -> int:
        return max((c.row + c.rowspan for c in self.cells), default=0)

    @property
    def n_cols(self) -> int:
        return max((c.col + c.colspan for c in self.cells), default=0)

    def grid(self) -> list[list[Optional[Cell]]]:
        """The cells by position; a spanning cell fills every position it covers."""
        out: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.rowspan):
                for k in range(c.col, c.col + c.colspan):
                    out[r][k] = c
        return out

    def rows(self) -> list[list[str]]:
        """Cell texts row by row, '' where a cell is empty or missing."""
        return [[c.text if c else "" for c in row] for row in self.grid()]

    @property
    def name(self) -> str:
        """How a reader refers to the table: its label, else its position."""
        return self.label or f"table {self.index + 1}"

    def locator(self, cell: Optional[Cell] = None) -> str:
        where = f"page {self.page}, {self.name}" if self.source == "pdf" else self.name
        if cell is not None:
            where += f", row {cell.row + 1}, column {cell.col + 1}"
        return where


@dataclass
class Metadata:
    """What identifies a paper: read from the XML's front matter, or a PDF's or text's first lines."""

    title: Optional[str] = None
    doi: Optional[str] = None
    pmid: Optional[str] = None
    pmcid: Optional[str] = None
    year: Optional[int] = None
    journal: Optional[str] = None
    authors: list[str] = field(default_factory=list)

    def study_fields(self) -> dict[str, Any]:
        """The fields of the contract's ``study`` object this metadata fills."""
        return {k: v for k, v in (("title", self.title), ("doi", self.doi), ("pmid", self.pmid),
                                  ("year", self.year), ("journal", self.journal)) if v is not None}


@dataclass
class Section:
    """A titled part of a structured document (JATS ``<sec>``, an abstract's labelled part)."""

    title: str
    start: int  # offset in Document.text of the section's heading
    kind: Optional[str] = None  # abstract | introduction | methods | results | discussion | ...


@dataclass
class Document:
    text: str
    media_type: str = "text/plain"
    sha256: str = ""
    filename: Optional[str] = None
    page_starts: list[int] = field(default_factory=lambda: [0])
    tables: list[Table] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int:
        """The 1-based page a character offset of ``text`` lies on."""
        return bisect.bisect_right(self.page_starts, offset)

    def contract(self) -> dict[str, Any]:
        """The ``document`` object of the extraction contract."""
        return {"sha256": self.sha256, "media_type": self.media_type, "pages": self.pages,
                "filename": self.filename, "page_starts": list(self.page_starts), "text": self.text}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
