"""Tables on a PDF page, as rows of cells with their boxes.

Two finders, tried in this order:

1. Ruled tables: pdfplumber's ``lines`` strategy on the page's ruling. Its grid is kept, but the
   cell text is rebuilt from our own words (pdfplumber's default 3-point tolerance glues words of
   PDFs that hold no space characters). Rows that are one cell spanning the whole table are the
   caption or the footnotes, not data; a grid of one column (boxed rows) is split again by (2).
2. Captioned tables without vertical rules (rules above and below the header only, or no rules):
   the region runs from a "Table N" caption to the last horizontal rule under it and on through
   the lines that still look tabular. Columns are the whitespace gutters the fullest rows share.
   pdfplumber's ``text`` strategy was tried here first and split numbers on real layouts
   ("0.028" into "0.02" | "8"); gutters between whole segments cannot cut a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from oncoev.extract.pdf_layout import (
    CAPTION,
    Box,
    Line,
    center_in,
    cluster_lines,
    join_lines,
    settings,
    split_segments,
    union,
)
from oncoev.extract.rules import regexes

RX = regexes("pdf_tables")  # patterns/regex/pdf_tables.yaml: the regular expressions of this module

TABLE_CAPTION = RX.TABLE_CAPTION_LINE


@dataclass
class FoundTable:
    bbox: Box
    rows: list[list[str]]
    boxes: list[list[Optional[Box]]]
    caption: Optional[str] = None
    caption_box: Optional[Box] = None
    header_rows: int = 0
    side: str = "F"
    words: list[dict] = field(default_factory=list)  # every word the table consumed

    @property
    def region(self) -> Box:
        return union(self.bbox, self.caption_box) if self.caption_box else self.bbox


@dataclass
class Rule:
    x0: float
    x1: float
    y: float


def horizontal_rules(page, width: float) -> list[Rule]:
    """Horizontal lines (drawn as lines or as thin rectangles) long enough to rule a table."""
    out = []
    for obj in page.lines + page.rects:
        if obj["bottom"] - obj["top"] <= 2.5 and obj["x1"] - obj["x0"] >= 2:
            out.append(Rule(float(obj["x0"]), float(obj["x1"]), (float(obj["top"]) + float(obj["bottom"])) / 2))
    # A rule is often drawn in pieces, one per column: pieces on one height that touch are one rule.
    merged: list[Rule] = []
    for r in sorted(out, key=lambda r: r.x0):
        last = next((m for m in merged if abs(m.y - r.y) <= 1.5 and r.x0 <= m.x1 + 3), None)
        if last is not None:
            last.x1 = max(last.x1, r.x1)
        else:
            merged.append(Rule(r.x0, r.x1, r.y))
    return sorted((r for r in merged if r.x1 - r.x0 >= settings()["rule_min_width"]), key=lambda r: r.y)


def _text_in(words: list[dict], box: Box) -> tuple[str, list[dict]]:
    inner = [w for w in words if center_in(w, box)]
    return join_lines([" ".join(w["text"] for w in ln) for ln in cluster_lines(inner)]), inner


# ---------------------------------------------------------------------------------------------
# 1. ruled tables


def ruled_tables(page, words: list[dict]) -> list[FoundTable]:
    if len(page.lines) + len(page.rects) < 2:  # a box and one rule make the smallest ruled table
        return []
    found = []
    for t in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines",
                               "snap_tolerance": 3, "intersection_tolerance": 3}):
        x0, top, x1, bottom = (float(v) for v in t.bbox)
        grid_boxes = [[(tuple(float(v) for v in c) if c else None) for c in row.cells] for row in t.rows]
        texts = [[(_text_in(words, c)[0] if c else "") for c in row] for row in grid_boxes]
        width = x1 - x0
        caption = caption_box = None
        # Rows holding one cell as wide as the table: the caption above, the footnotes below.
        while grid_boxes and _spanning(grid_boxes[0], width):
            text = next((t for t in texts[0] if t), "")  # noqa: B023
            if TABLE_CAPTION.match(text) and caption is None:
                caption, caption_box = text, next(c for c in grid_boxes[0] if c)
            elif text:
                break
            grid_boxes, texts = grid_boxes[1:], texts[1:]
        while grid_boxes and _spanning(grid_boxes[-1], width) and len(grid_boxes) > 2:
            grid_boxes, texts = grid_boxes[:-1], texts[:-1]
        if not grid_boxes:
            continue
        top = min(c[1] for row in grid_boxes for c in row if c)
        bottom = max(c[3] for row in grid_boxes for c in row if c)
        ncols = max(len(r) for r in grid_boxes)
        live_cols = [j for j in range(ncols) if any(j < len(r) and r[j] for r in texts)]
        table = FoundTable(bbox=(x0, top, x1, bottom), rows=texts, boxes=grid_boxes,
                           caption=caption, caption_box=caption_box)
        if len(live_cols) < 2:
            # Boxed rows, each whole row in one cell: read the columns from the words instead.
            inner = [w for w in words if center_in(w, table.bbox)]
            lines = [Line.of(ws) for ws in cluster_lines(inner)]
            rebuilt = build_table(lines, table.bbox, rules=[])
            if rebuilt is None:
                continue
            rebuilt.caption, rebuilt.caption_box = caption, caption_box
            table = rebuilt
        else:
            table.rows = [[r[j] if j < len(r) else "" for j in live_cols] for r in texts]
            table.boxes = [[r[j] if j < len(r) else None for j in live_cols] for r in grid_boxes]
            table.header_rows = 1
        if len(table.rows) < 2 or sum(1 for r in table.rows for c in r if c) < 4:
            continue
        table.words = [w for w in words if center_in(w, table.region)]
        found.append(table)
    return found


def _spanning(row: list[Optional[Box]], width: float) -> bool:
    live = [c for c in row if c]
    return len(row) > 1 and len(live) == 1 and live[0][2] - live[0][0] >= 0.9 * width


# ---------------------------------------------------------------------------------------------
# 2. captioned tables read from whitespace


def _seg_gap(line: Line) -> float:
    return settings()["table_column_gap"] * line.size


def is_tabular(line: Line) -> bool:
    """A line with a gap wider than a column gap (justified prose rarely has one)."""
    gap = settings()["table_row_gap"] * line.size
    return len(split_segments(line.words, gap)) >= 2


def captioned_tables(lines: list[Line], rules: list[Rule], gutter: Optional[tuple[float, float]],
                     width: float) -> list[FoundTable]:
    """Tables introduced by a "Table N" caption line, read from the lines below it."""
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    captions = [i for i, ln in enumerate(lines) if TABLE_CAPTION.match(ln.text)]
    found: list[FoundTable] = []
    used: set[int] = set()
    for n, i in enumerate(captions):
        if i in used:
            continue
        cap = lines[i]
        # The table's width: the first rule under the caption, else the caption's column, else the page.
        # (A rule that starts right of the caption's start belongs to the other column's table.)
        first_rule = next((r for r in rules if cap.bottom - 2 <= r.y <= cap.bottom + 4 * cap.size + 30
                           and r.x0 <= cap.x0 + 20 and r.x1 >= cap.x0 + 0.5 * (cap.x1 - cap.x0)), None)
        if first_rule is not None:
            x0, x1 = min(first_rule.x0, cap.x0), max(first_rule.x1, cap.x1)
        elif gutter is not None and cap.side == "L" and _prose_beside(lines, i, "R"):
            x0, x1 = 0.0, gutter[0]
        elif gutter is not None and cap.side == "R" and _prose_beside(lines, i, "L"):
            x0, x1 = gutter[1], width
        else:
            x0, x1 = 0.0, width
        side = "F"
        if gutter is not None and x1 <= gutter[1] + 1:
            side = "L"
        elif gutter is not None and x0 >= gutter[0] - 1:
            side = "R"

        def within(ln: Line, x0=x0, x1=x1) -> bool:
            return ln.x0 >= x0 - 5 and ln.x1 <= x1 + 5

        span_w = x1 - x0
        next_cap_top = min((lines[c].top for c in captions[n + 1:] if lines[c].top > cap.top
                            and lines[c].x0 < x1 and lines[c].x1 > x0), default=math.inf)
        table_rules = [r for r in rules if cap.bottom - 2 <= r.y < next_cap_top
                       and r.x1 - r.x0 >= 0.5 * span_w and r.x0 >= x0 - 5 and r.x1 <= x1 + 5]
        # Lines below the caption inside the table's width; lines beside it (the other column
        # next to a column-wide table) are not the table's.
        below = [k for k in range(i + 1, len(lines)) if lines[k].top >= cap.top and lines[k].top < next_cap_top
                 and not (lines[k].x1 < x0 or lines[k].x0 > x1)]
        # Caption lines: the caption and what follows it before the first rule or tabular line.
        caption_idx = [i]
        first_rule_y = table_rules[0].y if table_rules else math.inf
        pos = 0
        while (pos < len(below) and len(caption_idx) < 4 and within(lines[below[pos]])
               and lines[below[pos]].top < first_rule_y
               and lines[below[pos]].top - lines[caption_idx[-1]].bottom < 1.2 * cap.size
               and not is_tabular(lines[below[pos]])):
            caption_idx.append(below[pos])
            pos += 1
        last_rule_y = table_rules[-1].y if table_rules else -math.inf
        # Rows between the last two rules mean the last rule closes the table; a last rule with
        # only a header above it (no bottom rule) leaves the rows below it to be found.
        closed = len(table_rules) >= 2 and sum(
            1 for k in below[pos:] if table_rules[-2].y < lines[k].top < last_rule_y) >= 3
        body: list[int] = []
        prev_bottom = lines[caption_idx[-1]].bottom
        gap_limit = settings()["table_max_line_gap"]
        plain_run = 0
        for k in below[pos:]:
            ln = lines[k]
            if not within(ln):
                break
            if ln.top < last_rule_y:
                body.append(k)
                prev_bottom = ln.bottom
                continue
            if closed:
                break
            if body and abs(ln.top - lines[body[-1]].top) < 0.5 * ln.size:
                body.append(k)  # the rest of a row the page's gutter cut in two
                continue
            if ln.top - prev_bottom > gap_limit * ln.size:
                break
            if is_tabular(ln):
                body.append(k)
                plain_run = 0
                prev_bottom = ln.bottom
            else:
                plain_run += 1
                if plain_run > 1 or len(ln.words) > settings()["table_max_label_words"]:
                    break
                body.append(k)
                prev_bottom = ln.bottom
        while body and not is_tabular(lines[body[-1]]) and lines[body[-1]].top > last_rule_y:
            body.pop()
        if not body:
            continue
        # Re-cut the region's words into whole lines: a wide table's rows were cut at the gutter
        # of the page's text columns.
        body_lines = [Line.of(ws) for ws in cluster_lines([w for k in body for w in lines[k].words])]
        box = (x0, min(ln.top for ln in body_lines), x1, max(ln.bottom for ln in body_lines))
        inner_rules = [r for r in table_rules if box[1] < r.y < box[3]]
        table = build_table(body_lines, box, inner_rules)
        if table is None:
            continue
        cap_lines = [lines[k] for k in caption_idx]
        table.caption = " ".join(ln.text for ln in cap_lines)
        cb = cap_lines[0].box
        for ln in cap_lines[1:]:
            cb = union(cb, ln.box)
        table.caption_box = cb
        table.side = side
        table.words = [w for ln in cap_lines + body_lines for w in ln.words]
        used.update(caption_idx)
        used.update(body)
        found.append(table)
    return found


def _prose_beside(lines: list[Line], i: int, side: str) -> bool:
    """Whether the other column beside a caption holds text rather than more of a wide table."""
    cap = lines[i]
    beside = [ln for ln in lines if ln.side == side and cap.top - 5 <= ln.top <= cap.top + 150]
    if any(ln.side == "F" for ln in lines[i + 1:i + 4]) or not beside:
        return not beside
    return sum(1 for ln in beside if not is_tabular(ln)) > 0.6 * len(beside)


def build_table(lines: list[Line], box: Box, rules: list[Rule]) -> Optional[FoundTable]:
    """Rows and columns from the lines of a table region: columns where the fullest rows all leave
    whitespace; a header above the first inner rule becomes one row; wrapped row labels join the
    row they continue."""
    if not lines:
        return None
    lines = sorted(lines, key=lambda ln: ln.top)
    segs = [split_segments(ln.words, _seg_gap(ln)) for ln in lines]
    most = max(len(s) for s in segs)
    if most < 2:
        return None
    ref = [s for s in segs if len(s) >= max(2, math.ceil(0.6 * most))]
    min_gutter = settings()["table_column_gap"] * min(ln.size for ln in lines)
    cover: list[tuple[float, float]] = sorted(
        (min(w["x0"] for w in sg), max(w["x1"] for w in sg)) for s in ref for sg in s)
    merged: list[list[float]] = []
    for a, b in cover:
        if merged and a < merged[-1][1] + min_gutter:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if len(merged) < 2:
        return None
    cuts = [(merged[k][1] + merged[k + 1][0]) / 2 for k in range(len(merged) - 1)]

    def col_of(x: float) -> int:
        return sum(1 for c in cuts if x >= c)

    ncols = len(cuts) + 1
    raw_rows: list[tuple[Line, list[list[dict]]]] = []
    for ln, s in zip(lines, segs, strict=True):
        cells: list[list[dict]] = [[] for _ in range(ncols)]
        for sg in s:
            # A segment crossing a cut is a spanning header; it belongs to the column it starts in.
            cells[col_of(sg[0]["x0"] + 0.5)].extend(sg)
        raw_rows.append((ln, cells))

    header_end = None
    if rules:
        first_inner = min(r.y for r in rules)
        if any(ln.bottom <= first_inner for ln in lines) and any(ln.top >= first_inner for ln in lines):
            header_end = first_inner

    # Rows set apart by padding, their lines packed tight: a line packed against the one above
    # carries that row on (a second line of a label, "Germany 2009" under "Meyer [5]").
    # Measured baseline to baseline (tall glyphs such as "≤" make line boxes uneven).
    pitch = [0.0] + [b.bottom - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    packed = [i > 0 and pitch[i] <= 1.2 * ln.size for i, ln in enumerate(lines)]
    padded = sum(1 for p, ln in zip(pitch[1:], lines[1:], strict=True) if p >= 1.35 * ln.size) >= 0.25 * len(lines)

    rows: list[list[list[dict]]] = []
    header_rows = 0
    for i, (ln, cells) in enumerate(raw_rows):
        in_header = header_end is not None and ln.bottom <= header_end
        if rows and in_header and header_rows == 1:
            _append(rows[-1], cells)
            continue
        first_body = header_rows and len(rows) == 1
        if rows and not in_header and not first_body and (_continues(rows[-1], cells) or (padded and packed[i])):
            _append(rows[-1], cells)
            continue
        rows.append(cells)
        if in_header:
            header_rows = 1
    texts = [[join_lines([" ".join(w["text"] for w in ln) for ln in cluster_lines(c)]) for c in r] for r in rows]
    boxes = [[_box_of(c) for c in r] for r in rows]
    if len(texts) < 2:
        return None
    return FoundTable(bbox=box, rows=texts, boxes=boxes, header_rows=header_rows,
                      words=[w for ln in lines for w in ln.words])


def _continues(prev: list[list[dict]], cells: list[list[dict]]) -> bool:
    """A line with only a row label starting in lower case continues the label above."""
    filled = [k for k, c in enumerate(cells) if c]
    if filled != [0] or not prev[0]:
        return False
    first = min(cells[0], key=lambda w: w["x0"])["text"]
    return first[:1].islower() or prev[0][-1]["text"].endswith(("-", ",", "and", "or", "of", "with"))


def _append(row: list[list[dict]], cells: list[list[dict]]) -> None:
    for k, c in enumerate(cells):
        row[k].extend(c)


def _box_of(words: list[dict]) -> Optional[Box]:
    if not words:
        return None
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


__all__ = ["CAPTION", "FoundTable", "TABLE_CAPTION", "build_table", "captioned_tables", "horizontal_rules",
           "ruled_tables"]
