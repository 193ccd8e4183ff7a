"""The document model every reader produces and the extractor consumes.

One model for text files and PDFs: the full ``text`` in reading order (what quotes and character
offsets refer to), where each page starts in it, and the tables found, as cells with row and
column. A text file is one page with no tables (the extractor rebuilds flattened tables from
the text itself); the PDF reader (``oncoev.extract.pdf``) fills pages and tables from the layout.
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


@dataclass
class Table:
    page: int  # 1-based
    index: int  # 0-based, in document order
    cells: list[Cell]
    caption: Optional[str] = None
    bbox: Optional[BBox] = None
    # How many leading rows are column headers (the PDF reader knows it from the header rule);
    # 0 when unknown.
    header_rows: int = 0

    @property
    def n_rows(self) -> int:
        return 1 + max((c.row for c in self.cells), default=-1)

    @property
    def n_cols(self) -> int:
        return 1 + max((c.col for c in self.cells), default=-1)

    def grid(self) -> list[list[Optional[Cell]]]:
        out: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row][c.col] = c
        return out

    def rows(self) -> list[list[str]]:
        """Cell texts row by row, '' where a cell is empty or missing."""
        return [[c.text if c else "" for c in row] for row in self.grid()]

    def locator(self, cell: Optional[Cell] = None) -> str:
        where = f"page {self.page}, table {self.index + 1}"
        if cell is not None:
            where += f", row {cell.row + 1}, column {cell.col + 1}"
        return where


@dataclass
class Document:
    text: str
    media_type: str = "text/plain"
    sha256: str = ""
    filename: Optional[str] = None
    page_starts: list[int] = field(default_factory=lambda: [0])
    tables: list[Table] = field(default_factory=list)

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
