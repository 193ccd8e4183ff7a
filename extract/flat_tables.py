"""Tables flattened into plain text with their cells run together, split back into cells.

Some plain-text renderings of articles write a table as its cell texts one after another with
nothing between them: "Table 3" and the caption, the header cells ("VariableArm A (%)" / "n = 68"
...), then every row on one line ("Complete response12 (17.6)9 (12.5)0.412Partial response...").
A person can still read it because the cells have shapes: a count and its percentage "12 (17.6)",
a p value "0.412", a mean and SD "10.2 (SD = 3.1)"; and because the header gives each group's size,
so that "12 (17.6)" can only be 12 of 68. This module splits such a table the same way:

- the header's last cells are the column labels (as many as the widest row has cells, plus the
  label column), the text before them the caption; a header cell "n = 68" belongs to the one before;
- a row starts where a label starts (a letter after a number's end); its cells are the shortest
  run of cell shapes that ends the row; where a row label may end in a digit ("Stage 2", "ypT1"),
  the split is the one whose counts agree with their percentages and group sizes, and whose label
  is like its neighbours' ("ypT0", "ypT1", ...); a row that can be split two ways is left whole;
- cells fill the value columns from the left, a p value goes to the p column.

The result is a :class:`Table` (source "flat") read by the same table model as any other.
Tables written one cell per line or with runs of spaces are read by ``tables`` (the older reader).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from typing import Optional

from oncoev.extract.document import Cell, Table
from oncoev.extract.normalize import Normalized
from oncoev.extract.rules import regexes

RX = regexes("flat_tables")  # patterns/regex/flat_tables.yaml: the regular expressions of this module

NUM = r"\d+(?:\.\d+)?"
# The shapes of cells, tried in this order at each position.
SHAPES = (
    ("mean_sd", re.compile(rf"{NUM}\s?\(\s?SD\s?=\s?{NUM}\s?\)")),
    ("interval", re.compile(rf"{NUM}\s?\(\s?{NUM}\s?[-–]\s?{NUM}\s?\)")),
    # an interval written with "to" or a comma between its bounds, its upper bound perhaps not estimable: "3.2 (1.4 to
    # 5.0)", "14.6 (12.4, 17.1)", "12.1 (8.6–NE)"
    ("interval", re.compile(rf"{NUM}\s?\(\s?{NUM}\s?(?:(?:to|,)\s?{NUM}|(?:to|,|-|–)\s?(?:NE|NR))\s?\)")),
    # an interval in square brackets, its upper bound perhaps not estimable: "2.0 [1.5–18.8]", "14.7 [3.3–NE]"
    ("interval", re.compile(rf"{NUM}\s?\[\s?{NUM}\s?[-–]\s?(?:{NUM}|NE|NR)\s?\]")),
    # a count of its own denominator and the percentage: "12/40 (30%)"
    ("fraction_pct", re.compile(rf"\d+\s?/\s?\d+\s{{0,2}}\(\s?{NUM}\s?%?\s?\)")),
    # a percentage and the count over its own denominator after it: "2.5 (1/40)", "12.5%(5/40)"
    ("pct_fraction", re.compile(rf"{NUM}\s?%?\s?\(\s?\d+\s?/\s?\d+\s?\)")),
    # a count, its percentage and the percentage's interval in square brackets: "13 (27.7) [15.6–42.6]"
    ("count_pct", re.compile(rf"\d+\s{{0,2}}\(\s?{NUM}\s?%?\s?\)\s?\[\s?{NUM}\s?%?\s?[-–]\s?{NUM}\s?%?\s?\]")),
    # a percentage too small to write is bounded: "1 (<1%)"
    ("count_pct", re.compile(rf"\d+\s{{0,2}}\(\s?(?:[<>≤≥]\s?)?{NUM}\s?%?\s?\)")),  # "14  (27%)" too
    ("p", RX.P_CELL_SHAPE),
    ("decimal", RX.DECIMAL),
    ("integer", RX.INTEGER),
)
# A cell written as a mark standing for nothing: a dash, or the two dots of some journals' style ("··"). Read only
# where every row must fill every column (``spaced_tables``' grades under groups): there a mark holds a column's
# place, and the cells after it stay in their columns.
EMPTY_SHAPE = ("empty", RX.EMPTY_CELL_SHAPE)


@dataclass
class _Candidate:
    label: str
    cells: list[tuple[str, int, int, str]]  # kind, start, end (offsets in the chunk), text
    score: float


def _segmentations(tail: str, limit: int, shapes: tuple = SHAPES,
                   run_together: bool = True) -> list[list[tuple[str, int, int, str]]]:
    """Every way ``tail`` is a run of at most ``limit`` cells (spaces between them allowed; with
    ``run_together``, digits may also be two cells written without a space: "8" "11" in "811")."""
    @cache
    def go(pos: int, left: int) -> tuple:
        while pos < len(tail) and tail[pos] == " ":
            pos += 1
        if pos == len(tail):
            return ((),)
        if left == 0:
            return ()
        out = []
        for kind, pattern in shapes:
            m = pattern.match(tail, pos)
            if not m:
                continue
            inner = range(1, m.end() - pos) if kind == "integer" and run_together else range(0)
            for end in {m.end()} | {pos + k for k in inner}:
                for rest in go(end, left - 1):
                    out.append(((kind, pos, end, tail[pos:end]), *rest))
        return tuple(out)

    return [list(s) for s in go(0, limit)]


def _number_of(cell: tuple[str, int, int, str]) -> tuple[Optional[int], Optional[float]]:
    kind, _, _, text = cell
    if kind == "fraction_pct":  # the percentage is of the cell's own denominator, checked in ``_score``
        m = re.match(rf"(\d+)\s?/\s?(\d+)\s{{0,2}}\(\s?({NUM})", text)
        return int(m.group(1)), float(m.group(3))
    if kind == "pct_fraction":  # "2.5 (1/40)": the count and its percentage, checked in ``_score``
        m = re.match(rf"({NUM})\s?%?\s?\(\s?(\d+)", text)
        return int(m.group(2)), float(m.group(1))
    if kind == "count_pct":
        m = re.match(rf"(\d+)\s{{0,2}}\(\s?({NUM})", text)
        if m is None:  # "1 (<1%)": the count, and no percentage to check it against
            return int(RX.INTEGER.match(text).group(0)), None
        return int(m.group(1)), float(m.group(2))
    if kind == "integer":
        return int(text), None
    return None, None


def _within_interval(cell: tuple[str, int, int, str]) -> bool:
    """Whether a cell holding a value and its interval has the value within it ("14.2 (11.1 to 17.3)"; not "4.2 (11.1
    to 17.3)", a split that cut the value's first digit off into the label)."""
    if cell[0] != "interval":
        return True
    numbers = [float(x) for x in re.findall(NUM, cell[3])]
    return len(numbers) < 3 or numbers[1] <= numbers[0] <= numbers[2]


def _shape(label: str) -> str:
    """'ypT3' -> 'ypT#', 'Differentiation G1' -> 'G#': the form of a label's last word in a numbered series."""
    words = label.split()
    return RX.DIGIT.sub("#", words[-1]) if words else ""


def split_row(chunk: str, sizes: list[Optional[int]], p_last: bool, previous: Optional[str],
               shapes: tuple = SHAPES, run_together: bool = True) -> Optional[_Candidate]:
    """The label and cells of one row's text, or None when it cannot be split one way only."""
    width = len(sizes) + (1 if p_last else 0)
    marks = r"[\d<>≤≥.]|[-–—]" if any(kind == "empty" for kind, _ in shapes) else r"[\d<>≤≥.]"  # a row's first cell
    candidates: list[_Candidate] = []
    for i in range(1, len(chunk)):
        label, tail = chunk[:i], chunk[i:]
        if label[-1].isspace():
            continue  # the same split as the label without its trailing space
        if not RX.LETTER.search(label) or not re.match(marks, tail.lstrip()) or label.endswith("("):
            continue
        if label.count("(") != label.count(")") or RX.LABEL_WITH_VALUE.search(label) or (
                run_together and RX.DECIMAL_POINT.search(label)) or RX.LABEL_OPEN_END.search(label) or (
                not run_together and RX.TWO_NUMBERS.search(label)):
            continue  # a label holds no cell: no "12 (", no decimal run into it or two numbers in a row, no bound
            # or slash without its number ("7/" of "7/40"), no "Grade 1 or" without the number that ends it; it ends
            # in a full stop only as "No." ("Deaths, No. 19 21"), not as a decimal's first part
        for cells in _segmentations(tail, width, shapes, run_together):
            if not cells:
                continue
            score = _score(label, cells, sizes, p_last, previous)
            if score is not None:
                # (a footnote's mark written out of the text is no part of the label: ``spaced_tables.MARK_LINE``)
                candidates.append(_Candidate(label.rstrip().rstrip("\u200b").rstrip(),
                                             [(k, i + a, i + b, t) for k, a, b, t in cells], score))
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c.score)
    if len(candidates) > 1 and candidates[1].score >= candidates[0].score - 0.5:
        return None
    return candidates[0]


def row_cells(split: _Candidate, row: int, width: int, p_last: bool, norm: Normalized, original: str,
              at: int) -> list[Cell]:
    """The value cells of a split row (its label at normalised offset ``at``): values fill the columns
    from the left, a p value goes to the p column, and every cell is quoted at its original offsets."""
    values = list(split.cells)
    placed: dict[int, tuple] = {}
    if values and values[-1][0] == "p" and p_last:
        placed[width - 1] = values.pop()
    for k, cell in enumerate(values):
        placed[1 + k] = cell
    out = []
    for c in range(1, width):
        cell = placed.get(c)
        if cell is None:
            out.append(Cell(row=row, col=c, text=""))
            continue
        s = at + cell[1]
        o_a, o_b = norm.span(s, s + (cell[2] - cell[1]))
        out.append(Cell(row=row, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
    return out


def _score(label: str, cells: list, sizes: list[Optional[int]], p_last: bool,
           previous: Optional[str]) -> Optional[float]:
    n_values = len(sizes)
    kinds = [c[0] for c in cells]
    if "p" in kinds[:-1] or (kinds[-1] == "p" and not p_last):
        return None
    # the last cell is the p column's: a p value, or a mark standing for none after every value column's cell
    values = cells[:-1] if kinds[-1] == "p" or (kinds[-1] == "empty" and p_last and len(cells) > n_values) \
        else cells
    if len(values) > n_values:
        return None
    score = 0.0
    if RX.LABEL_ENDS_IN_NUMBER.search(label):
        return None  # a label ends in a number only after a word ("ASA2", "Grade 3"), and never in "04"
    if any(not _within_interval(cell) for cell in values):
        return None
    for cell, size in zip(values, sizes, strict=False):
        count, pct = _number_of(cell)
        if cell[0] in ("fraction_pct", "pct_fraction"):
            # "12/40 (30%)", "30 (12/40)": 12 of 40, which must be the column's group (a count of another population,
            # those evaluated or responding, is not the group's: the row stays unread)
            denominator = int(RX.COUNT_OVER_TOTAL.search(cell[3]).group(1))
            if size is not None and denominator != size:
                return None
            size = denominator
        if count is not None and size is not None and count > size:
            return None
        if count is not None and len(RX.INTEGER.match(cell[3]).group(0)) > 1 and cell[3].startswith("0"):
            return None  # "04" is no count
        if pct is not None and size is not None and count is not None:
            # The count and its percentage agree with the group's size (some papers divide by those evaluated).
            score += 2 if abs(100 * count / size - pct) <= 0.6 else -1
    if len(values) == n_values:
        score += 1
    score += 0.25 * len(cells)  # the shorter label: cells are not words
    if RX.ENDS_IN_DIGIT.search(label):
        if previous is not None and _shape(label) == _shape(previous):
            score += 1.5  # "ypT4" after "ypT3"
        else:
            score -= 1  # a label ending in a digit needs its neighbours to vouch for it
    return score


def _header(text: str, n_values: int, p_last: bool) -> Optional[tuple[str, list[str]]]:
    """Caption and column labels of the text between 'Table N' and the first row."""
    pieces = [p.strip() for p in RX.LINE_OR_CAPITAL_START.split(text) if p.strip()]
    merged: list[str] = []
    for p in pieces:
        if RX.GROUP_N.fullmatch(p) and merged:
            merged[-1] = f"{merged[-1]} {p}"
        else:
            merged.append(p)
    width = n_values + (1 if p_last else 0) + 1
    if len(merged) < width:
        return None
    return " ".join(merged[:-width]), merged[-width:]


def flat_tables(norm: Normalized, original: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Tables run together in the text (see the module's doc), outside the ``taken`` original spans."""
    out: list[Table] = []
    taken = list(taken)
    # run-together tables first; a caption inside a table one of them read is that table's
    for captions, read in ((RX.CAPTION, _read), (RX.LINE_CAPTION, _read_cell_lines), (RX.CAPTION, _read_ratios)):
        for m in captions.finditer(norm.text):
            o_start = norm.span(m.start(), m.end())[0]
            if any(a <= o_start < b for a, b in taken):
                continue
            table = read(norm, original, m)
            if table is not None:
                out.append(table)
                taken.append((table.char_start, table.char_end))
    return out


def _read(norm: Normalized, original: str, m: re.Match) -> Optional[Table]:
    text = norm.text
    lines = []
    pos = m.end()
    for lm in RX.LINE_WITH_BREAK.finditer(text[pos:pos + 20000]):
        line = lm.group(0)
        if not line:
            break
        lines.append((pos + lm.start(), line.rstrip("\n")))
        if len(lines) > 12:
            break
    # The body: the first line holding at least three cells run together after a label.
    body_index = next((i for i, (_, line) in enumerate(lines) if len(re.findall(rf"\d+\s?\(\s?{NUM}\s?%?\)|0\.\d\d",
                                                                                   line)) >= 3
                       and RX.LABEL_OR_BOUND_START.match(line)), None)
    if body_index is None or body_index == 0:
        return None
    body_start, body = lines[body_index]
    header_text = text[m.end():body_start]
    if len(header_text) > 600:
        return None
    sizes = [int(g.group("n")) for g in RX.GROUP_N.finditer(header_text)]
    p_last = bool(RX.P_HEADER_LAST.search(header_text.rstrip()))
    if not sizes:
        return None
    n_values = len(sizes)
    head = _header(header_text, n_values, p_last)
    if head is None:
        return None
    caption, columns = head
    # Rows: a label starts after a number's end (or a closing bracket) and a space or a letter.
    starts = [0] + [b.end() for b in RX.LABEL_START.finditer(body)]
    chunks = [(a, body[a:b]) for a, b in zip(starts, starts[1:] + [len(body)], strict=False) if body[a:b].strip()]
    # A label with digits inside ("(CRM ≤1 mm)") was cut: glue a chunk with no cells to the next.
    rows: list[tuple[int, str]] = []
    for a, chunk in chunks:
        if rows and (rows[-1][1].count("(") > rows[-1][1].count(")") or not RX.DIGIT.search(rows[-1][1])):
            rows[-1] = (rows[-1][0], rows[-1][1] + chunk)
        else:
            rows.append((a, chunk))
    cells: list[Cell] = []
    header_cells = columns
    width = len(header_cells)
    for c, name in enumerate(header_cells):
        cells.append(Cell(row=0, col=c, text=name))
    previous: Optional[str] = None
    r = split_rows = 0
    for a, chunk in rows:
        r += 1
        lead = len(chunk) - len(chunk.lstrip())
        split = split_row(chunk.lstrip(), [*sizes], p_last, previous)
        label_text = chunk.strip()
        if split is None:
            # No cells (a section heading), or cells that cannot be split one way only: those stay
            # together in the first value column, where the reader lists them as unexplained.
            start = body_start + a + lead
            first = RX.SPACE_BEFORE_NUMBER.search(label_text)
            numeric_rest = first and RX.VALUE_AFTER.search(label_text[first.start():])
            cut = first.start() if numeric_rest else len(label_text)
            o_a, o_b = norm.span(start, start + cut)
            cells.append(Cell(row=r, col=0, text=("\u2003" if lead else "") + original[o_a:o_b], char_start=o_a,
                              char_end=o_b))
            rest = label_text[cut:].strip()
            for c in range(1, width):
                if c == 1 and rest:
                    s2 = start + label_text.index(rest, cut)
                    r_a, r_b = norm.span(s2, s2 + len(rest))
                    cells.append(Cell(row=r, col=c, text=original[r_a:r_b], char_start=r_a, char_end=r_b))
                else:
                    cells.append(Cell(row=r, col=c, text=""))
            previous = None if rest else previous
            continue
        previous = split.label.strip()
        split_rows += 1
        start = body_start + a + lead
        o_a, o_b = norm.span(start, start + len(split.label))
        cells.append(Cell(row=r, col=0, text=("\u2003" if lead else "") + original[o_a:o_b], char_start=o_a,
                          char_end=o_b))
        cells += row_cells(split, r, width, p_last, norm, original, body_start + a + lead)
    if r == 0 or not split_rows:
        return None  # no row splits under this header: the table is not of this layout
    o_start = norm.span(m.start(), m.end())[0]
    o_end = norm.span(body_start, body_start + len(body))[1]
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=1, label=f"Table {m.group('num')}",
                 source="flat", char_start=o_start, char_end=o_end)


# --- tables of ratios run together ---
#
# A table of hazard (odds, risk) ratios whose header names the ratio, its interval and the p value, each row a
# factor, its ratio, the interval in brackets and the p value, the next row's label right after:
#
#     Table 4Cox model of overall survivalHR95% CI\np-valueAge ≥ 70 years1.31(1.02, 1.69)0.034Nodes positive2....
#
# The ratio is the decimal just before the interval's bracket that lies within the interval ("≥ 701.31" is 70 and
# 1.31, not 701.31): a row where no decimal, or more than one, does is not split and ends the table.

RATIO_ROW_CHARS = 150  # a factor's label and its ratio: at most this long


def _ratio_split(head: str, low: float, high: float) -> Optional[int]:
    """Where the ratio starts at the end of ``head`` (a label and the ratio before the interval's bracket): the one
    split whose decimal lies within the interval; None when none or several do."""
    run = RX.NUMBER_AT_END.search(head)
    if run is None:
        return None
    fits = [run.start() + k for k in range(len(run.group(0).rstrip()))
            if RX.DECIMAL.fullmatch(head[run.start() + k:].strip())
            and low <= float(head[run.start() + k:].strip()) <= high]
    return fits[0] if len(fits) == 1 else None


def _read_ratios(norm: Normalized, original: str, m: re.Match) -> Optional[Table]:
    text = norm.text
    head = RX.RATIO_HEAD.search(text, m.end(), min(len(text), m.end() + 400))
    if head is None or not head.group("p") or "\n\n" in text[m.end():head.start()]:
        return None
    caption = RX.SPACES.sub(" ", text[m.end():head.start()]).strip()
    if not RX.THREE_LETTERS.search(caption) or RX.DECIMAL_POINT.search(caption):
        return None  # a caption holds no cells: numbers before the header are columns this reader knows nothing of
    rows: list[tuple[int, int, int, re.Match]] = []  # label start, label end, ratio start, its interval and p
    pos = head.end()
    while True:
        tail = RX.RATIO_TAIL.search(text, pos, min(len(text), pos + RATIO_ROW_CHARS))
        if tail is None:
            break
        chunk = text[pos:tail.start()]
        at = _ratio_split(chunk, float(tail.group("lo")), float(tail.group("hi")))
        if at is None:
            break
        label = chunk[:at]
        lead = len(label) - len(label.lstrip())
        label = label.strip()
        if not RX.LETTER.search(label) or "\n" in label or label.count("(") != label.count(")") \
                or RX.LABEL_BOUND_END.search(label):
            break  # no factor's name: the table has ended (or its rows hold more than this reader knows)
        rows.append((pos + lead, pos + lead + len(label), pos + at, tail))
        pos = tail.end()
    if len(rows) < 2:
        return None
    cells = [Cell(row=0, col=c, text=name) for c, name in
             enumerate(["", head.group("ratio"), "95% CI", "P"])]

    def cell(r: int, c: int, a: int, b: int) -> Cell:
        o_a, o_b = norm.span(a, b)
        return Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b)

    for r, (a, b, v, tail) in enumerate(rows, start=1):
        cells += [cell(r, 0, a, b), cell(r, 1, v, tail.start()),
                  cell(r, 2, tail.start(), tail.end("hi") + text[tail.end("hi"):].index(")") + 1)]
        cells.append(cell(r, 3, tail.start("p"), tail.end("p")) if tail.group("p") else Cell(row=r, col=3, text=""))
    o_start = norm.span(m.start(), m.end())[0]
    return Table(page=1, index=0, cells=cells, caption=caption, header_rows=1, label=f"Table {m.group('num')}",
                 source="flat", char_start=o_start, char_end=norm.span(pos - 1, pos)[1])


# --- tables written one cell per line ---
#
# Other renderings write a table's header on one line, its cells run together ("EventDrug A (n = 40)Drug B
# (n = 38)") and the first row's label glued to its end, or one header cell per line; then every body cell
# on a line of its own, an empty cell as an empty line:
#
#     Table 2 Side effects
#     EventDrug A (n = 40)Drug B (n = 38)Fever
#     6 (15)
#     2 (5.3)
#     Cough
#     ...
#
# Once the number of columns is known (from the header), the body is a grid: a label line and one line per
# value column. A label followed directly by another label (or by empty lines only) heads a section. A body
# that does not come out as such a grid, or a header that cannot be laid over its columns, is no table here.

MAX_LINES = 3000  # a table's lines read at most; a longer run is no table of a paper
HEADER_LINES = 40


def _line_kind(line: str) -> str:
    """'blank', 'size' ("n = 40" on its own line, a header's), 'cell' (a value: a number, "12 (30)", "<0.001",
    a dash or NA) or 'label' (words)."""
    from oncoev.extract.table_model import parse_cell

    stripped = line.strip()
    if not stripped:
        return "blank"
    if RX.GROUP_N.fullmatch(stripped.strip("()")):
        return "size"
    if len(stripped) > 60 and " " in stripped:
        return "label"
    value = parse_cell(stripped)
    if value.numeric or value.kind == "na":
        return "cell"
    # "0.91a0.02b": two values with their footnote letters, still a cell; a word of three letters is a label, and so
    # is "95% CI", the row of the intervals of the values above, or a line naming it ("HR (95% CI)": a row of ratios)
    if RX.DIGIT.search(stripped) and not RX.LONG_WORD.search(stripped) and not RX.CI_LABEL.search(stripped):
        return "cell"
    return "label"


def _stops(line: str) -> bool:
    from oncoev.extract.tables import _is_prose

    stripped = line.strip()
    return len(stripped) > 150 or _is_prose(stripped) or bool(RX.STOP.match(stripped))


def _read_cell_lines(norm: Normalized, original: str, m: re.Match) -> Optional[Table]:
    text = norm.text
    cap_end = text.find("\n", m.end())
    if cap_end < 0 or cap_end - m.end() > 300:
        return None  # "Table 2 shows ..." in a paragraph: no caption line
    caption = text[m.end():cap_end].strip()
    lines: list[tuple[int, str]] = []  # normalised start, text
    pos = cap_end + 1
    while pos < len(text) and len(lines) < MAX_LINES:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        lines.append((pos, text[pos:nl]))
        pos = nl + 1
        if _stops(lines[-1][1]) and len(lines) > 1:
            break
    kinds = _part_size_rows([_line_kind(line) for _, line in lines])
    first = next((i for i, k in enumerate(kinds[:HEADER_LINES]) if k == "cell"), None)
    bare = _bare_grade_header(lines, kinds, first) if first else None
    if bare is not None:  # the first "cell" is the grade 0 heading a column
        levels, width, sizes, first_label, start = bare
        return _cell_grid(norm, original, m, caption, lines, kinds, start, first_label, levels, width, sizes)
    if first is None or first == 0 or kinds[first - 1] != "label":
        return None
    label_at = first - 1
    pre: list[str] = []
    for (_, line), kind in zip(lines[:label_at], kinds[:label_at], strict=True):
        if kind == "size" and pre:
            pre[-1] = f"{pre[-1]} {line.strip()}"  # "Drug A" over "n = 40": one header cell
        else:
            pre.append(line.strip())
    if any(_stops(p) for p in pre):
        return None
    merged = len(pre) != label_at  # (a size line joined to the cell above it: pre's lines are no longer lines')
    # One header cell per line: as many columns as lines; else the header run together, read as a spaced one.
    grids = []
    while pre and not pre[-1]:
        pre.pop()  # an empty line after the header parts it from the body
    if len(pre) >= 2 and not any(RX.GLUED.search(p) for p in pre):
        grids.append(([[RX.DOSE_GLUED.sub(" ", p) for p in pre]], len(pre), [_size_in(p) for p in pre[1:]], None))
        grids[-1] += (label_at,)
    # One header cell per line up to an empty line, then rows before the first with values: a row left empty, or a
    # section's heading with its empty cells as empty lines ("Cardiac", then its row "Heart attack" and its cells)
    blank = next((k for k, p in enumerate(pre) if not p), None)
    if not merged and blank is not None and blank >= 3 and any(pre[blank:]) \
            and not any(RX.GLUED.search(p) for p in pre[:blank]):
        head = [RX.DOSE_GLUED.sub(" ", p) for p in pre[:blank]]
        grids.append(([head], len(head), [_size_in(p) for p in head[1:]], None, blank))
    # One header cell per line, the first empty, over a heading on a line of its own right before the first row ("",
    # "Arm", "n", "CR", ... then "Lung cancer", "Arm 1", its cells): the empty cell heads a column of labels each
    # spanning its rows, written once as a heading over them; the rows' own labels are under the next header cell.
    if len(pre) >= 4 and not pre[0] and pre[-1] and kinds[label_at - 1] == "label" \
            and not any(RX.GLUED.search(p) for p in pre):
        core = [RX.DOSE_GLUED.sub(" ", p) for p in pre[1:-1]]
        grids.append(([core], len(core), [_size_in(p) for p in core[1:]], None, label_at - 1))
    # the header's line ends in the first row's label, or in a section's with the first row's label below it
    for upto in (first, first - 1):
        spaced = _run_together_header(caption, [line for _, line in lines[:upto]]) if upto > 0 else None
        if spaced is not None:
            grids.append((*spaced, upto - 1))
    # or the header run together with the grades under each group bare after it ("01230123"), the first label glued
    cells = next((j for j in range(first, len(lines)) if kinds[j] == "label"), len(lines)) - first
    glued = _glued_grade_header(caption, [line for _, line in lines[:first]], cells)
    if glued is not None:
        grids.append((*glued, first - 1))
    # or the header run together on lines of its own, ending where the body starts, with a section's label
    # ("Group 1 (40) N (%)Group 2 (38) N (%)" over "Anaemia", then "Grade 1-2" and its cells)
    for upto in range(1, min(label_at, 4) + 1):
        if kinds[upto] != "label" or any(k != "label" for k in kinds[:upto]):
            continue
        spaced = _run_together_header(caption, [line for _, line in lines[:upto]], whole=True)
        if spaced is not None:
            grids.append((*spaced, upto))
    # or the header run together with no group sizes at all, its cells as many as the body's columns
    if not grids:
        grids += _unsized_headers(lines, kinds, first)
    for levels, width, sizes, first_label, start in grids:
        table = _cell_grid(norm, original, m, caption, lines, kinds, start, first_label, levels, width, sizes)
        if table is not None:
            return table
    return None


def _columns_per_upper(levels: list[list[str]], width: int) -> int:
    """How many value columns each cell of the header's top level spans, when there are two levels and the top one
    parts the value columns into two or more equal runs of two or more ("Whole population" over "Drug Q" and
    "Placebo", "Subgroup X" over them again); 0 otherwise."""
    if len(levels) != 2 or width < 5:
        return 0
    top = levels[0][1:]
    runs = [len(list(g)) for _, g in itertools.groupby(top)]
    return runs[0] if len(runs) >= 2 and runs[0] >= 2 and len(set(runs)) == 1 else 0


def _part_size_rows(kinds: list[str]) -> list[str]:
    """The kinds of a body's lines with the sizes of a row naming a part of the population ("Prior therapy" over
    "n = 126", "n = 125", one per column) read as that row's cells: two sizes or more right after a label. (A header
    written one cell per line gives one size after each group's name.)"""
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind != "label":
            continue
        j = i + 1
        while j < len(kinds) and kinds[j] == "size":
            j += 1
        if j - i - 1 >= 2:
            out[i + 1:j] = ["cell"] * (j - i - 1)
    return out


def _body_width(kinds: list[str], label_at: int) -> Optional[int]:
    """The value cells of the row whose label is on line ``label_at``: its cell lines (empty ones between them
    too) up to the next label; None when the row has none."""
    filled = 0
    for j in range(label_at + 1, len(kinds)):
        if kinds[j] == "label":
            break
        if kinds[j] == "cell":
            filled = j - label_at
    return filled or None


def _unsized_headers(lines: list[tuple[int, str]], kinds: list[str], first: int
                     ) -> list[tuple[list[list[str]], int, list, Optional[int], int]]:
    """Headers written on one line with their cells run together and no group's size ("ResponseDrug Q, n (%)Placebo,
    n (%)CR", "Whole populationSubgroup XDrug QPlaceboDrug QPlacebo" over "PFS, months"), or with the groups' sizes
    under populations that give none ("Women (n = 30)" below "Stage II"), the label of the first row or of a section
    glued to their end; as ``_cell_grid``'s arguments, the first row's label line last. The first row under the header
    says how many value columns there are; see ``unsized_levels`` for how the cells are laid."""
    out = []
    label_at = first - 1
    width = _body_width(kinds, label_at)
    if width is None:
        return out
    # the header's line ends in the first row's label, or in a section's with the first row's label on its own line
    for upto in (first, first - 1):
        if upto != 1 or kinds[0] != "label":
            continue  # the header is the table's first line, all of it
        line = lines[0][1].strip()
        line = RX.P_AFTER_SIZE.sub(lambda p: f"\n{p.group('p')}\n", line)
        pieces = [p.strip() for part in line.split("\n") for p in RX.HEADER_JOIN.split(part) if p.strip()]
        if len(pieces) < 3:
            continue
        levels = unsized_levels(pieces[:-1], width)
        if levels is not None and lines[0][1].rstrip().endswith(pieces[-1]):
            out.append((levels, width + 1, [_size_in(x) for x in levels[-1][1:]], len(pieces[-1]), 0))
    return out


def unsized_levels(pieces: list[str], width: int) -> Optional[list[list[str]]]:
    """The header levels of ``width`` value columns whose cells, parted, are ``pieces``: one per column, after the
    label column's own header or not; or, before them, a level of k cells each over as many columns (k of 2 or more
    dividing the columns, the same names under each: "Whole population" and "Subgroup X" over "Drug Q" and "Placebo"
    twice, each perhaps with its size within that population: "Drug Q (n = 30)", then "Drug Q (n = 14)"). None when
    the pieces fit no such header, or more than one."""
    # (a bare number in brackets, "Arm P (48)", would be read as the group's size, which nothing here says it is)
    if any(len(p) > 60 or not RX.LETTER.search(p) or RX.BRACKETED_COUNT.search(p) for p in pieces):
        return None
    fits = []
    for label in (0, 1):
        rest = pieces[label:]
        head = [pieces[0] if label else ""]
        if len(rest) == width:
            fits.append([head + rest])
            continue
        k = len(rest) - width
        if k < 2 or k >= width or width % k:
            continue
        upper, lower = rest[:k], rest[k:]
        per = width // k
        names = [RX.SIZE_IN_HEADER.sub("", x).strip() for x in lower]
        if any(names[i * per:(i + 1) * per] != names[:per] for i in range(k)) \
                or any(RX.SIZE_IN_HEADER.search(u) for u in upper):
            continue
        fits.append([head + [u for u in upper for _ in range(per)], head + lower])
    return fits[0] if len(fits) == 1 else None


def _bare_grade_header(lines: list[tuple[int, str]], kinds: list[str], first: int
                       ) -> Optional[tuple[list[list[str]], int, list, None, int]]:
    """A header of one line per group with its size ("Drug Q (n = 40)"), a p column's, then the grades under
    every group written bare, one per line ("0", "I", "II", "III", "IV", "0", "I", ...): the same run of three
    or more grades numbered in order from 0 or 1 under each group (the grade line "0" is no body cell). As
    ``_cell_grid``'s arguments: (header rows, columns, group sizes, None, the first row's label line)."""
    from oncoev.extract.lexicon import roman_number
    from oncoev.extract.table_model import cues

    bare = cues()["header"]["bare_grade"]
    run: list[str] = []
    i = first
    while i < len(lines) and (kinds[i] == "blank" or bare.match(lines[i][1].strip())):
        if kinds[i] != "blank":
            run.append(lines[i][1].strip())
        elif run:
            break
        i += 1
    label_at = next((j for j in range(i, len(lines)) if kinds[j] != "blank"), None)
    head = [line.strip() for _, line in lines[:first] if line.strip()]
    sized = [j for j, h in enumerate(head) if RX.GROUP_N.search(h)]
    if label_at is None or kinds[label_at] != "label" or not sized or len(run) < 3 * len(sized):
        return None
    k = len(sized)
    per = len(run) // k
    numbers = [int(g) if g.isdigit() else roman_number(g) for g in run[:per]]
    if len(run) != per * k or any(run[j * per:(j + 1) * per] != run[:per] for j in range(k)) or per < 3 \
            or numbers[0] not in (0, 1) or numbers != list(range(numbers[0], numbers[0] + per)):
        return None
    # the header lines: the label column's, the groups' (one after another), a p column's
    if sized != list(range(sized[0], sized[0] + k)) or sized[0] > 1 or len(head) - sized[-1] - 1 > 1:
        return None
    p_col = len(head) > sized[-1] + 1
    if p_col and not RX.P_HEAD.fullmatch(head[-1]):
        return None
    groups = [head[j] for j in sized]
    top = [head[0] if sized[0] == 1 else ""] + [g for g in groups for _ in range(per)] + ([head[-1]] if p_col else [])
    grades = [""] + run + ([""] if p_col else [])
    sizes = [_size_in(g) for g in groups for _ in range(per)] + ([None] if p_col else [])
    return [top, grades], len(top), sizes, None, label_at


def grades_per_group(digits: str, k: int) -> Optional[str]:
    """The grades under each of ``k`` groups when ``digits`` is one run of them written once per group ("01230123":
    "0123" under each of two), three or more numbered in order from 0 or 1; None when it is no such run."""
    per = len(digits) // k
    first = digits[:per]
    if per < 3 or digits != first * k or first[0] not in "01" \
            or first != "".join(str(g) for g in range(int(first[0]), int(first[0]) + per)):
        return None
    return first


def _glued_grade_header(caption: str, header: list[str], n_cells: int
                        ) -> Optional[tuple[list[list[str]], int, list, int]]:
    """A header on one line whose lowest level, the grades under each group, is written bare and run together
    ("Drug V (N = 30), n (%)Drug W (N = 28), n (%)p-value 01230123WilcoxonFisherFever"): the same run of three or
    more grades numbered in order from 0 or 1 under every group, as many as the groups' sizes; after the groups, a
    p column's header over the ``n_cells`` - grades columns the rows have besides (each named by its test right after
    the grades), then the first row's label. Words before the first group (a level over the groups) are dropped.
    As ``_cell_grid``'s arguments: (header rows, columns, sizes of the value columns, length of the first label)."""
    from oncoev.extract.table_model import cues

    if not cues()["caption"]["toxicity"].search(caption):
        return None  # bare numbers are grades only in a table of toxicity
    text = " ".join(line.strip() for line in header)
    sizes = list(RX.GROUP_N.finditer(text))
    run = RX.GRADE_DIGITS.search(text, sizes[-1].end()) if sizes else None
    if run is None:
        return None
    k, digits = len(sizes), run.group(0)
    first = grades_per_group(digits, k)
    if first is None:
        return None
    per = len(first)
    # each group's cell: from the end of the one before it (the first from where its cell starts) to its format's end
    groups, ends = [], []
    for i, size in enumerate(sizes):
        if i == 0:
            starts = [0] + [j.start() for j in RX.HEADER_JOIN.finditer(text, 0, size.start())]
            begin = starts[-1]
        else:
            begin = ends[-1]
        cell = RX.SIZED_CELL.match(text, size.start() - (1 if text[size.start() - 1] == "(" else 0))
        name = text[begin:size.start()].strip(" (")
        if not RX.LETTER.search(name) or len(name) > 40 or cell is None or RX.GROUP_N.search(name):
            return None
        groups.append(text[begin:cell.end()].strip())
        ends.append(cell.end())
    extra = n_cells - k * per
    between = text[ends[-1]:run.start()].strip()
    p_head = RX.P_ALONE.fullmatch(between) if between else None
    if extra < 0 or (extra > 0) != (p_head is not None) or (between and p_head is None):
        return None  # columns besides the grades only under a p value's header, and nothing else between
    # the tests each p column gives (or one p column with no test named), then the first row's label
    tests, pos = [], run.end()
    test = cues()["header"]["test_name"]
    while len(tests) < extra and (t := test.match(text, pos)):
        tests.append(t.group(0))
        pos = t.end()
    if len(tests) != extra and not (extra == 1 and not tests):
        return None
    label = text[pos:].strip()
    if not RX.LETTER.match(label) or not header[-1].rstrip().endswith(label):
        return None
    top = [""] + [g for g in groups for _ in range(per)] + [p_head.group(0).strip() if p_head else ""] * extra
    low = [""] + list(first) * k + (tests or [""] * extra)
    col_sizes = [int(s.group("n")) for s in sizes for _ in range(per)] + [None] * extra
    return [top, low], len(top), col_sizes, len(label)


def _size_in(header: str) -> Optional[int]:
    sizes = RX.GROUP_N.findall(header)
    return int(sizes[0]) if len(sizes) == 1 else None


def _run_together_header(caption: str, lines: list[str], whole: bool = False
                         ) -> Optional[tuple[list[list[str]], int, list, Optional[int]]]:
    """A header written on one line (or a few), its cells run together and the first row's label glued to its
    end, read as a spaced table's header: (header rows, columns, group sizes, length of the first label in the
    last line); with ``whole``, the lines are the header and nothing more (no label: None for its length)."""
    from oncoev.extract.spaced_tables import RX as SPACED_TABLES_RX
    from oncoev.extract.spaced_tables import read_header

    joined = " ".join(line.strip() for line in lines)
    # "AnyGrade 3/4": "Any" run into the next cell is a cell of its own, any grade (parted, "Any Grade 3/4" would read
    # as one cell); "Any grade 3/4", written with its space, stays one
    joined = RX.HEADER_JOIN.sub(" ", RX.ANY_RUN_INTO_GRADE.sub(r"\g<0> grade", joined))
    # "Drug K (N = 84)Drug L (N = 81)Hazard ratio95% CIPOverall survival": the columns comparing the groups after
    # them, taken out of the header and laid after the groups' columns
    compared: list[str] = []
    last_size = list(RX.SIZE_IN_HEADER.finditer(joined))
    after = RX.COMPARISON_COLUMNS.match(joined, last_size[-1].end()) if last_size else None
    if after is not None and after.group("ratio"):
        compared = [after.group("ratio").strip()] + [after.group(k).strip() for k in ("ci", "p") if after.group(k)]
        joined = f"{joined[:after.start()]} {joined[after.end():]}"
    text = f"{caption} {joined}"
    head = read_header(text)
    if head is None or compared and (head.p_last or head.header_rows != 1):
        return None
    label = text[head.pos:].strip()
    if SPACED_TABLES_RX.MORE_COLUMNS.match(label):
        return None  # "HR 95% CI" after the groups: columns the header has and the groups do not name
    width, sizes = head.width + len(compared), [*head.col_sizes, *[None] * len(compared)]
    levels = [["" for _ in range(width)] for _ in range(head.header_rows)]
    for c in head.cells:
        levels[c.row][c.col] = c.text
    levels[0][head.width:] = compared
    if whole:
        if label:
            return None
        return levels, width, sizes, None
    squeezed = RX.SPACE.sub("", label)
    last = lines[-1].rstrip()
    if not squeezed or not RX.SPACE.sub("", last).endswith(squeezed) or not RX.LETTER.search(label):
        return None
    # the label's start in the last line: as many non-space characters back from its end
    count, at = 0, len(last)
    while count < len(squeezed):
        at -= 1
        count += not last[at].isspace()
    return levels, width, sizes, len(last) - at


def _cell_grid(norm: Normalized, original: str, m: re.Match, caption: str, lines: list[tuple[int, str]],
               kinds: list[str], label_at: int, first_label: Optional[int], levels: list[list[str]], width: int,
               sizes: list[Optional[int]]) -> Optional[Table]:
    """The body from line ``label_at`` as a grid of ``width`` columns (the first label is the last
    ``first_label`` characters of its line when the header ran into it), or None when it is no such grid."""
    from oncoev.extract.table_model import cues, parse_cell

    if width < 2:
        return None
    rows: list[tuple[int, list[Optional[int]]]] = []  # label line, its cells' lines ([]: a section row, None: empty)
    per = _columns_per_upper(levels, width)
    comparison = cues()["row"]["comparison"]
    i = label_at
    while i < len(lines):
        if kinds[i] == "blank":
            i += 1
            continue
        if _stops(lines[i][1]) and i != label_at:
            break
        if kinds[i] != "label":
            return None
        ahead = kinds[i + 1:i + width]
        if len(ahead) == width - 1 and all(k in ("blank", "cell") for k in ahead) and "cell" in ahead and (
                i + width >= len(lines) or kinds[i + width] != "cell"):
            rows.append((i, list(range(i + 1, i + width))))
            i += width
            continue
        spans = (width - 1) // per if per else 0
        if spans and comparison.search(lines[i][1].strip()) and kinds[i + 1:i + 1 + spans] == ["cell"] * spans \
                and (i + 1 + spans >= len(lines) or kinds[i + 1 + spans] != "cell"):
            # "HR (95% CI)" with one cell under each upper header cell, spanning its groups: the cell stands under the
            # first of them, as a ratio of the two arms beside their medians is read
            rows.append((i, [i + 1 + c // per if c % per == 0 else None for c in range(width - 1)]))
            i += 1 + spans
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if kinds[j] != "blank"), None)
        if nxt is not None and kinds[nxt] != "label":
            return None  # a label and fewer cells than columns: the grid is not regular
        rows.append((i, []))
        i = nxt if nxt is not None else len(lines)
    while rows and not rows[-1][1]:
        rows.pop()  # a note after the last row is no section
    if sum(1 for _, c in rows if c) < 2:
        return None
    # Every count agrees with its percentage and its group's size: a check that the columns are the header's.
    checked = agree = 0
    for _, cell_lines in rows:
        for c, j in enumerate(cell_lines):
            size = sizes[c] if c < len(sizes) else None
            if j is None:
                continue
            value = parse_cell(lines[j][1])
            if size is None or value.kind != "count_pct" or value.count is None or value.percent is None:
                continue
            checked += 1
            if value.count > size:
                return None
            agree += abs(100 * value.count / size - value.percent) <= 1 or (value.op == "<" and value.percent <= 1)
    if checked and agree < 0.9 * checked:
        return None
    cells = [Cell(row=r, col=c, text=t) for r, level in enumerate(levels) for c, t in enumerate(level)]
    r = len(levels) - 1
    end = None
    for at, cell_lines in rows:
        r += 1
        start, line = lines[at]
        lead = len(line) - len(line.lstrip())
        a = start + (len(line.rstrip()) - first_label if at == label_at and first_label else lead)
        b = start + len(line.rstrip())
        o_a, o_b = norm.span(a, b)
        mark = "\u2003" if lead and not (at == label_at and first_label) else ""
        cells.append(Cell(row=r, col=0, text=mark + original[o_a:o_b], char_start=o_a, char_end=o_b))
        for c in range(1, width):
            if not cell_lines or cell_lines[c - 1] is None or not lines[cell_lines[c - 1]][1].strip():
                cells.append(Cell(row=r, col=c, text=""))
                continue
            s, cell = lines[cell_lines[c - 1]]
            lead = len(cell) - len(cell.lstrip())
            o_a, o_b = norm.span(s + lead, s + len(cell.rstrip()))
            cells.append(Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
            end = o_b
    o_start = norm.span(m.start(), m.end())[0]
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=len(levels),
                 label=f"Table {m.group('num')}", source="flat", char_start=o_start, char_end=end)


# --- tables the older reader found (one cell per line, or a row per line with spaces between cells) ---


def _header_units(header: str) -> Optional[list[str]]:
    """The column names a one-line header holds: grade phrases, endpoint names (with a "(%)" after
    them), time points, "n" / "%", "Total"; None when words are left that name no column."""
    from oncoev.extract.mentions import find_endpoints, find_times

    spans: list[tuple[int, int]] = [m.span() for m in RX.GRADE_UNIT.finditer(header)]
    spans += [(e.start, e.end) for e in find_endpoints(header)]
    spans += [(t.start, t.end) for t in find_times(header)]
    spans += [m.span() for m in RX.FORMAT_WORD.finditer(header)]
    spans.sort()
    units: list[tuple[int, int]] = []
    for a, b in spans:
        if units and a < units[-1][1]:
            units[-1] = (units[-1][0], max(b, units[-1][1]))
        else:
            units.append((a, b))
    out, pos, leftovers = [], 0, []
    for a, b in units:
        gap = header[pos:a].strip()
        if gap and not RX.RATE_HEAD.fullmatch(gap):
            leftovers.append((len(out), gap))
        elif gap and out:
            out[-1] = f"{out[-1]} {gap}"
        out.append(header[a:b])
        pos = b
    tail = header[pos:].strip()
    if tail and RX.PERCENT_CELL_HEAD.fullmatch(tail) and out:
        out[-1] = f"{out[-1]} {tail}"
    elif tail:
        leftovers.append((len(out), tail))
    # A word before every column is the row labels' own header ("Lesions", "Toxicity"): allowed.
    if leftovers and not (len(leftovers) == 1 and leftovers[0][0] == 0 and len(leftovers[0][1].split()) <= 3):
        return None
    return [RX.SPACES.sub(" ", u).strip() for u in out]


def _header_levels(units: list[str], width: int) -> Optional[list[list[str]]]:
    """Header rows for ``width`` value columns: one level when the units are one per column; two when
    grades (or groups) head pairs of "n" and "%" columns ("Grade 1 Grade 2 n % n %")."""
    if len(units) == width:
        return [units]
    heads = [u for u in units if not RX.FORMAT_UNIT.match(u)]
    formats = [u for u in units if RX.FORMAT_UNIT.match(u)]
    if heads and formats and units == heads + formats and len(formats) == width and width % len(heads) == 0:
        per = width // len(heads)
        return [[h for h in heads for _ in range(per)], formats]
    return None


def grid_from_flat(flat, norm: Normalized, original: str) -> Optional[Table]:
    """The older reader's table (``tables.FlatTable``) as a grid, when its header can be laid over its
    columns; None when it cannot (the older reader then reads it)."""
    from oncoev.extract.tables import RX as TABLES_RX

    widths = {len(r.cells) for r in flat.rows}
    if len(widths) != 1:
        return None
    width = widths.pop()
    units = _header_units(flat.header)
    levels = _header_levels(units, width) if units else None
    if not levels:
        return None
    cells: list[Cell] = []
    for r, level in enumerate(levels):
        cells.append(Cell(row=r, col=0, text=""))
        cells.extend(Cell(row=r, col=c + 1, text=t) for c, t in enumerate(level))
    text = norm.text
    for i, row in enumerate(flat.rows):
        r = len(levels) + i
        found = re.compile(r"\s+".join(map(re.escape, row.label.split()))).search(text, row.start, row.end) \
            if row.label.split() else None
        if found is None:
            return None
        at, label_end = found.span()  # a label wrapped over two lines is matched across the break
        tokens = list(TABLES_RX.NUMBER_TOKEN.finditer(text, label_end, row.end))
        if len(tokens) != width:
            return None
        a, b = norm.span(at, label_end)
        cells.append(Cell(row=r, col=0, text=original[a:b], char_start=a, char_end=b))
        for c, t in enumerate(tokens):
            a, b = norm.span(t.start(), t.end())
            cells.append(Cell(row=r, col=c + 1, text=original[a:b], char_start=a, char_end=b))
    a, b = norm.span(flat.start, flat.end)
    m = RX.TABLE_NUMBER.match(text[flat.start:flat.start + 20])
    return Table(page=1, index=0, cells=cells, caption=flat.caption, header_rows=len(levels),
                 label=f"Table {m.group(1)}" if m else None, source="flat", char_start=a, char_end=b)
