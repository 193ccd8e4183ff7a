"""Results tables, read from text where PDF extraction flattened them.

A flattened table starts at its caption ("Table 2 Tumour response in Arm B (n = 48)")
and runs until prose resumes. Its rows come either one per line ("Diarrhea 11 34.4 5 15.6 5 15.6",
or PDF-reader rows "Neck | 10 | 9 | 8 | 11") or one cell per line (a label line, then its numbers).
The header says what the columns are; two kinds are read:

- ``table.endpoint_columns``: columns named by endpoints (CR, PR, SD, PD, ORR, ...), cells as
  counts with an optional percentage ("29 (83)"); rows are patient groups or, for the tumour's
  parts (primary, lymph nodes, distant lesions), sites.
- ``table.grade_columns``: toxicity tables with one column (n, or n and %) per grade; rows are
  toxicity terms.

Tables whose header cannot be read this way are left alone rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from oncoev.extract.mentions import find_endpoints, find_times
from oncoev.extract.results import Found, GroupRef
from oncoev.extract.rules import regexes

RX = regexes("tables")  # patterns/regex/tables.yaml: the regular expressions of this module

SITE_WORDS = (
    (RX.PRIMARY_SITE, "primary"),
    (RX.LYMPH_NODE_SITE, "lymph node"),
    (RX.DISTANT_SITE, "distant"),
)


def _is_prose(line: str) -> bool:
    """A sentence, not a table row: long, and mostly lower-case words."""
    return len(line) > 50 and len(RX.LOWER_WORD.findall(line)) >= 6


@dataclass
class _Row:
    label: str
    start: int
    end: int
    cells: list[tuple[float, Optional[float]]] = field(default_factory=list)


@dataclass
class FlatTable:
    caption: str
    start: int
    end: int
    header: str
    rows: list[_Row]


def find_flat_tables(text: str) -> list[FlatTable]:
    """Flattened tables in normalised text, each with its header text and rows of number cells."""
    out = []
    captions = list(RX.CAPTION.finditer(text))
    for i, m in enumerate(captions):
        limit = captions[i + 1].start() if i + 1 < len(captions) else len(text)
        table = _read_table(text, m, limit)
        if table is not None and table.rows:
            out.append(table)
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in RX.LINE.finditer(text[start:end]):
        line = m.group(0)
        if line.strip():
            out.append((start + m.start(), start + m.end(), line.replace("|", " ")))
    return out


def _read_table(text: str, caption: re.Match, limit: int) -> Optional[FlatTable]:
    """Rows of one table. Text lines before the first row are its header; in one-cell-per-line
    tables, a text line followed by number lines is a row label."""
    items: list[tuple[str, int, int, str]] = []  # kind: text | cell | row | numbers
    lines = _lines(text, caption.end(), limit)
    # "Table 3 Short-term efficacy\nevaluation": a caption wrapped onto lines starting in lower case.
    while lines and lines[0][2][:1].islower() and "\n\n" not in text[caption.end():lines[0][0]]:
        lines = lines[1:]
    for start, stop, line in lines:
        stripped = line.strip()
        if _is_prose(stripped) or RX.NOTE_LINE.match(stripped):
            break  # prose, notes or a figure caption: the table is over
        indent = start + (len(line) - len(line.lstrip()))
        if RX.HEADER_LINE.search(stripped):
            items.append(("text", indent, stop, stripped))
        elif RX.NUMBER_CELL.match(stripped):
            items.append(("cell", indent, stop, stripped))
        else:
            tokens = list(RX.NUMBER_TOKEN.finditer(stripped))
            label = stripped[:tokens[0].start()].strip() if tokens else stripped
            # A label ending in a link word or a line ending in a comma is prose wrapped mid-sentence.
            prose = RX.LINK_AT_END.search(label) or stripped.endswith(",")
            if len(tokens) >= 2 and not label:
                kind = "numbers"  # a row's cells under a label written on the lines above
            else:
                kind = "row" if len(tokens) >= 2 and RX.LABEL_CHARACTER.search(label) and not prose else "text"
            items.append((kind, indent, stop, stripped))
    first_data = next((i for i, it in enumerate(items) if it[0] in ("row", "cell", "numbers")), len(items))
    if first_data < len(items) and items[first_data][0] in ("cell", "numbers") and first_data > 0:
        first_data -= 1  # the label of the first row whose cells are on lines of their own
    header = " ".join(it[3] for it in items[:first_data])
    rows: list[_Row] = []
    current: Optional[_Row] = None
    end = caption.end()
    for kind, start, stop, line in items[first_data:]:
        if kind == "cell":
            if current is not None:
                m = RX.NUMBER_CELL.match(line)
                current.cells.append((float(m.group("n")), float(m.group("p")) if m.group("p") else None))
                current.end = end = stop
            continue
        tokens = list(RX.NUMBER_TOKEN.finditer(line)) if kind in ("row", "numbers") else []
        cells = [(float(t.group("n")), float(t.group("p")) if t.group("p") else None) for t in tokens]
        if kind == "numbers":
            if current is not None and not current.cells:
                current.cells, current.end = cells, stop
                end = max(end, stop)
            continue
        if kind == "text" and current is not None and not current.cells and len(line) <= 40 \
                and len(current.label) <= 40:
            # "Retroperitoneal lymphatic / drainage area": a label wrapped over two lines.
            current.label, current.end = f"{current.label} {line}", stop
            continue
        label = line[:tokens[0].start()].strip() if tokens else line
        current = _Row(label, start, stop, cells)
        rows.append(current)
        end = max(end, stop)
    return FlatTable(caption.group("caption").strip(), caption.start(), end, header, [r for r in rows if r.cells])


def _header_endpoints(header: str) -> list[str]:
    # "5-y Survival rate (%) | PFS | OS": column headers are abbreviations under a spanning name.
    found = find_endpoints(header)
    short = [e for e in found if e.abbreviation]
    return [e.code for e in (short if len(short) >= 2 else found)]


def _first_endpoint_at(header: str) -> int:
    return min((e.start for e in find_endpoints(header)), default=len(header))


def row_site(label: str) -> Optional[str]:
    """The part of the tumour a row's label names ("Primary tumour", "Metastatic LNa)": lymph node), if any: the
    flattened tables here and the table model's (table_results) read sites alike."""
    label = RX.FOOTNOTE_MARK.sub("", label)
    for pattern, site in SITE_WORDS:
        if pattern.search(label):
            return site
    return None


def read_flat_table(table: FlatTable) -> list[tuple[Found, Optional[GroupRef]]]:
    """Results of one table, each with the group its row names (None: the table's whole group)."""
    out: list[tuple[Found, Optional[GroupRef]]] = []
    m = RX.GROUP_IN_CAPTION.search(table.caption)
    table_group = None
    if m:
        table_group = GroupRef(RX.SPACES.sub(" ", m.group("name")).capitalize(),
                               int(m.group("n")) if m.group("n") else None)
    grades = [RX.SPACES.sub("", g.group("g")).replace("–", "-").replace("≥", ">=") for g in
              RX.GRADE_HEADER.finditer(table.header)]
    if grades and RX.TOXICITY_CAPTION.search(table.caption):
        for row in table.rows:
            out.extend(_grade_row(row, grades, table_group))
        return out
    codes = list(dict.fromkeys(_header_endpoints(table.header)))  # a header repeated by the layout
    if len(codes) >= 2:
        # "No. of patients | Pelvic recurrence | ...": a first column of group sizes.
        _first_endpoint_at(table.header)
        leading_n = bool(RX.COUNT_HEADER.search(table.header))
        # "5-y Survival rate (%) | PFS | OS": the cells are rates at that time point.
        times = {m for t in find_times(table.header) for m in t.months}
        rate_at = times.pop() if len(times) == 1 and RX.RATE_HEADER.search(table.header) else None
        for row in table.rows:
            out.extend(_endpoint_row(row, codes, table_group, leading_n, rate_at))
    return out


def _rate_row(row: _Row, codes: list[str], cells: list[tuple[float, Optional[float]]], group: Optional[GroupRef],
              n_group: Optional[int], months: float) -> list[tuple[Found, Optional[GroupRef]]]:
    if any(p is not None or not 0 <= v <= 100 for v, p in cells[:len(codes)]):
        return []
    row_group = group if RX.TOTAL_ROW.match(row.label) else GroupRef(RX.SPACES.sub(" ", row.label).strip(), n_group)
    return [(Found({"endpoint": code, "measure": "rate", "timepoint_months": months, "value": v, "unit": "%"},
                   row.start, row.end, "table.rate_columns"), row_group)
            for code, (v, _) in zip(codes, cells, strict=False)]


def _grade_row(row: _Row, grades: list[str], group: Optional[GroupRef]) -> list[tuple[Found, Optional[GroupRef]]]:
    cells = row.cells
    if len(cells) == 2 * len(grades) and all(p is None for _, p in cells):
        pairs = [(cells[2 * i][0], cells[2 * i + 1][0]) for i in range(len(grades))]
    elif len(cells) == len(grades):
        pairs = [(n, p) for n, p in cells]
    else:
        return []
    category = RX.SPACES.sub(" ", row.label).strip().lower()
    fields = [{"endpoint": "TOX", "category": category, "grade": grade} for grade in grades]
    return _count_cells(row, fields, pairs, group, "table.grade_columns")


def _count_cells(row: _Row, fields: list[dict], cells: list[tuple[float, Optional[float]]],
                 group: Optional[GroupRef], pattern_id: str) -> list[tuple[Found, Optional[GroupRef]]]:
    """One count row per cell, and a rate row where the cell gives its percentage ("29 (83)")."""
    out: list[tuple[Found, Optional[GroupRef]]] = []
    for base, (n, p) in zip(fields, cells, strict=False):
        if n != int(n):
            return []  # a count is a whole number: this is not a table of counts
        base = dict(base, timepoint_months=None)
        out.append((Found(dict(base, measure="count", value=n, unit="n"), row.start, row.end, pattern_id), group))
        if p is not None:
            out.append((Found(dict(base, measure="rate", value=p, unit="%"), row.start, row.end, pattern_id), group))
    return out


def _endpoint_row(row: _Row, codes: list[str], group: Optional[GroupRef], leading_n: bool = False,
                  rate_at: Optional[float] = None) -> list[tuple[Found, Optional[GroupRef]]]:
    cells = row.cells
    n_group: Optional[int] = None
    if leading_n:
        # With a column of group sizes, a row must fill it and every endpoint column: a shorter row
        # lost cells to the layout and cannot be told apart.
        if len(cells) != len(codes) + 1 or cells[0][1] is not None or cells[0][0] != int(cells[0][0]):
            return []
        n_group, cells = int(cells[0][0]), cells[1:]
    if len(cells) not in (len(codes), len(codes) + 1):
        return []
    if rate_at is not None:
        return _rate_row(row, codes, cells, group, n_group, rate_at)
    site = row_site(row.label)
    if RX.TOTAL_ROW.match(row.label) or site:
        row_group = group
    else:
        row_group = GroupRef(RX.SPACES.sub(" ", row.label).strip(), n_group)
    return _count_cells(row, [{"endpoint": code, "site": site} for code in codes], cells, row_group,
                        "table.endpoint_columns")
