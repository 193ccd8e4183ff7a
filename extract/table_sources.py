"""Every table of a document as one :class:`~oncoev.extract.document.Table`, whatever it came from.

Four sources, one model:

- tables the reader found in the file's structure: JATS ``<table>`` elements (``jats``) and the
  PDF's ruled or whitespace-aligned tables (``pdf``, ``pdf_tables``): ``Document.tables``;
- tables written in text with their cells separated by " | " (as the PDF and JATS readers write
  them, so a saved text of either keeps its tables): a caption line, then one line per row;
- tables flattened into text with their cells run together, split again by ``flat_tables``;
- tables written on one line with single spaces between cells, split again by ``spaced_tables``.

Offsets of cells found in the normalised text are mapped back to the original text, so every
cell, row and table points at what the paper says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from oncoev.extract.document import Cell, Document, Table
from oncoev.extract.normalize import Normalized
from oncoev.extract.rules import regexes
from oncoev.extract.tables import RX as TABLES_RX

RX = regexes("table_sources")  # patterns/regex/table_sources.yaml: the regular expressions of this module


def _span(table: Table) -> Optional[tuple[int, int]]:
    if table.char_start is not None and table.char_end is not None:
        return table.char_start, table.char_end
    placed = [c for c in table.cells if c.char_start is not None]
    if not placed:
        return None
    return min(c.char_start for c in placed), max(c.char_end for c in placed)


def pipe_tables(norm: Normalized, original: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Captioned tables written with " | " between cells, outside the ``taken`` original spans."""
    text = norm.text
    out: list[Table] = []
    captions = list(TABLES_RX.CAPTION.finditer(text))
    for i, m in enumerate(captions):
        limit = captions[i + 1].start() if i + 1 < len(captions) else len(text)
        o_start = norm.span(m.start(), m.end())[0]
        if any(a <= o_start < b for a, b in taken):
            continue
        lines = []
        for lm in RX.LINE.finditer(text[m.end():limit]):
            line = lm.group(0)
            if "|" not in line:
                if lines:
                    break
                continue
            lines.append((m.end() + lm.start(), line))
        if len(lines) < 2:
            aligned = _aligned_table(norm, original, m, limit, o_start)
            if aligned is not None:
                out.append(aligned)
            continue
        cells: list[Cell] = []
        for r, (start, line) in enumerate(lines):
            pos = 0
            for c, part in enumerate(line.split("|")):
                lead = len(part) - len(part.lstrip(" "))
                body = part.strip(" ")
                a = start + pos + lead
                o_a, o_b = norm.span(a, a + len(body))
                cells.append(Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
                pos += len(part) + 1
        label = f"Table {m.group('num')}"
        end = norm.span(lines[-1][0], lines[-1][0] + len(lines[-1][1]))[1]
        out.append(Table(page=1, index=0, cells=cells, caption=m.group("caption").strip(), header_rows=1,
                         label=label, source="text", char_start=o_start, char_end=end))
    return out


# A whitespace-aligned table's rows start within this many lines after its caption (no prose in between)
ALIGNED_LEAD_LINES = 2


def _aligned_table(norm: Normalized, original: str, caption: re.Match, limit: int, o_start: int) -> Optional[Table]:
    """A captioned table written with tabs or runs of blanks between its cells, one row per line (as a text
    copied from a layout keeps it): read from the original text, where the normalised one has single blanks."""
    o_from = norm.span(caption.end(), caption.end())[0]
    o_limit = norm.span(limit, limit)[0] if limit < len(norm.text) else len(original)
    rows: list[list[tuple[int, int]]] = []
    skipped = 0
    for lm in RX.LINE.finditer(original[o_from:o_limit]):
        line_start = o_from + lm.start()
        cells, pos = [], 0
        body = lm.group(0).rstrip()
        lead = len(body) - len(body.lstrip())
        for gap in [*RX.ALIGNED_GAP.finditer(body, lead), None]:
            end = gap.start() if gap else len(body)
            if end > max(pos, lead):
                cells.append((line_start + max(pos, lead), line_start + end))
            pos = gap.end() if gap else pos
        if len(cells) < 2:
            if rows:
                break
            skipped += 1
            if skipped > ALIGNED_LEAD_LINES:
                return None
            continue
        rows.append(cells)
    if len(rows) < 2 or len({len(r) for r in rows[1:]}) != 1 or len(rows[0]) > len(rows[1]):
        return None  # rows of one width (the header may leave the label column blank)
    width = len(rows[1])
    out: list[Cell] = []
    for r, cells in enumerate(rows):
        shift = width - len(cells)  # a header without the label column's cell starts one column in
        for c, (a, b) in enumerate(cells):
            out.append(Cell(row=r, col=c + shift, text=original[a:b], char_start=a, char_end=b))
    return Table(page=1, index=0, cells=out, caption=caption.group("caption").strip(), header_rows=1,
                 label=f"Table {caption.group('num')}", source="text", char_start=o_start, char_end=rows[-1][-1][1])


def _tidy_pdf_table(table: Table) -> None:
    """What the PDF's layout leaves for the model to mend: the label inside the caption ("Table 3
    Response ..."), and a header row whose cells the layout ran into one ("Lesions CR PR SD PD
    Total") when its words are exactly one per column."""
    if table.label is None and table.caption:
        m = RX.CAPTION_LABEL.match(table.caption)
        if m:
            table.label, table.caption = " ".join(m.group("label").split()), m.group("rest").strip() or None
    for r in range(max(table.header_rows, 1)):
        row = [c for c in table.cells if c.row == r]
        filled = [c for c in row if c.text.strip()]
        if len(filled) != 1 or len(row) != table.n_cols:
            continue
        text, origin = filled[0].text, filled[0].char_start
        words = text.split()
        if len(words) != table.n_cols:
            continue
        pos = 0
        for cell, word in zip(sorted(row, key=lambda c: c.col), words, strict=True):
            at = text.index(word, pos)
            pos = at + len(word)
            start = origin + at if origin is not None else None
            cell.text, cell.char_start = word, start
            cell.char_end = start + len(word) if start is not None else None


def document_tables(document: Document, norm: Normalized, names: Sequence[Sequence[str]] = (),
                    sizes: Sequence[Optional[int]] = ()) -> list[Table]:
    """The document's own tables, then those its text holds outside them; numbered in text order. ``names``: every
    name of each compared group the prose defines, which part a run-together header's names; ``sizes``: each such
    group's size in the prose (None where it gives none), for a header that names the groups without sizes."""
    tables = list(document.tables)
    for t in tables:
        if t.source == "pdf":
            _tidy_pdf_table(t)
        if any(c.lines for c in t.cells):
            _split_stacked_rows(t)
    taken = [s for s in (_span(t) for t in tables) if s is not None]
    tables += pipe_tables(norm, document.text, taken)
    taken = [s for s in (_span(t) for t in tables) if s is not None]
    from oncoev.extract.flat_tables import flat_tables

    tables += flat_tables(norm, document.text, taken)
    taken = [s for s in (_span(t) for t in tables) if s is not None]
    from oncoev.extract.spaced_tables import spaced_tables

    tables += spaced_tables(norm, document.text, taken, names, sizes)
    ordered = sorted(tables, key=lambda t: (_span(t) or (0, 0))[0])
    for i, t in enumerate(ordered):
        if t.source != "pdf":
            t.index = i
    return ordered


def _stacked_lines(row_cells: list[Cell]) -> Optional[tuple[Optional[str], list[str], int]]:
    """When a row's cells each stack the same number of lines (two or more: "Nausea<break/>Rash" beside "12<break/>3"
    and "5<break/>1"), the rows they are: a heading over them (the label's first line, when the label has one line more
    than the values: "Overall survival" over "Deaths" and "Median"), the rows' labels and how many; None otherwise."""
    label = next((c for c in row_cells if c.col == 0), None)
    values = [c for c in row_cells if c.col > 0 and c.text.strip()]
    stacked = [c for c in values if c.lines]
    if label is None or len(stacked) < 2:
        return None
    k = len(stacked[0].lines or [])
    if any(len(c.lines or []) != k for c in values):
        return None  # a value on one line beside stacked ones, or stacks of unequal height: whose is which is unsaid
    labels = label.lines or [label.text]
    if len(labels) == k:
        return None, labels, k
    if len(labels) == k + 1:
        return labels[0], labels[1:], k
    return None


def _split_stacked_rows(table: Table) -> None:
    """Rows the source stacked into one, each cell's lines parted by a line break, become the rows they are, each line
    a cell with its own offsets (found within the cell's text). Header rows and rows a cell spans with another row
    are left whole."""
    n_rows = table.n_rows
    covered = {r for c in table.cells if c.rowspan > 1 for r in range(c.row, c.row + c.rowspan)}
    by_row: dict[int, list[Cell]] = {}
    for c in table.cells:
        by_row.setdefault(c.row, []).append(c)
    cells: list[Cell] = []
    shift = 0
    for r in range(n_rows):
        row_cells = by_row.get(r, [])
        split = None if r < table.header_rows or r in covered else _stacked_lines(row_cells)
        if split is None:
            cells += [_moved(c, c.row + shift, c.text, c.char_start, c.char_end, c.lines) for c in row_cells]
            continue
        heading, labels, k = split
        at = r + shift
        label = next(c for c in row_cells if c.col == 0)
        pieces = {label.col: ([heading] if heading is not None else []) + labels}
        pieces.update({c.col: list(c.lines or []) for c in row_cells if c.col > 0 and c.text.strip()})
        for c in row_cells:
            lines = pieces.get(c.col)
            if lines is None:
                continue  # an empty cell: no cell on the new rows
            first = at if c.col == label.col or heading is None else at + 1
            pos = 0
            for i, line in enumerate(lines):
                found = c.text.find(line, pos)
                start = end = None
                if found >= 0 and c.char_start is not None:
                    start, end = c.char_start + found, c.char_start + found + len(line)
                    pos = found + len(line)
                cells.append(_moved(c, first + i, line, start, end, None))
        shift += k - 1 + (heading is not None)
    table.cells = cells


def _moved(cell: Cell, row: int, text: str, start: Optional[int], end: Optional[int],
           lines: Optional[list[str]]) -> Cell:
    return Cell(row=row, col=cell.col, text=text, char_start=start, char_end=end, bbox=cell.bbox, rowspan=cell.rowspan,
                colspan=cell.colspan, lines=lines)


def normalized_spans(tables: list[Table], norm: Normalized) -> list[tuple[int, int]]:
    """The tables' spans in normalised offsets (for skipping their text when reading prose)."""
    out = []
    for t in tables:
        span = _span(t)
        if span is None:
            continue
        out.append((norm.index(span[0]), norm.index(span[1])))
    return sorted(out)
