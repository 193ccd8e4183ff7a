"""Page layout for the PDF reader: words, lines, columns, figure regions and reading order.

Everything here works on plain dicts of pdfplumber characters and words (x0, x1, top, bottom in
PDF points, top-left origin), so a page printed sideways can be turned upright before any of it
runs. Tuning values live in ``patterns/pdf_layout.yaml``; each one is named there with the real
layout it was set on.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from pdfplumber.utils.text import WordExtractor

from oncoev.extract import lexicon, rules
from oncoev.extract.rules import regexes

RX = regexes("pdf_layout")  # patterns/regex/pdf_layout.yaml: the regular expressions of this module

Box = tuple[float, float, float, float]


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    return rules.load("pdf_layout.yaml")["layout"]


def join_hyphenated(before: str, after: str) -> str:
    """Two lines where ``before`` ends in a hyphen, by the lexicon's one de-hyphenation policy."""
    return lexicon.join_broken_word(before, after)


HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, hyphen, soft hyphen


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph or cell as one string, hyphenated words joined."""
    out = ""
    for line in lines:
        out = join_hyphenated(out, line) if out.endswith(HYPHENS) else f"{out} {line}" if out else line
    return out


@dataclass
class Line:
    """One line of words on one side of the page, left to right."""

    words: list[dict]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    side: str = "F"  # L, R (a column of a two-column page) or F (full width / single column)

    @classmethod
    def of(cls, words: list[dict]) -> Line:
        words = sorted(words, key=lambda w: w["x0"])
        return cls(words=words, x0=min(w["x0"] for w in words), top=min(w["top"] for w in words),
                   x1=max(w["x1"] for w in words), bottom=max(w["bottom"] for w in words),
                   text=" ".join(w["text"] for w in words),
                   size=statistics.median(w["bottom"] - w["top"] for w in words))

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Block:
    """A unit of reading order: one prose line, or a whole table (placed where it stands)."""

    top: float
    bottom: float
    x0: float
    x1: float
    side: str
    line: Optional[Line] = None
    table: Any = None  # pdf_tables.FoundTable
    # A full-width table or figure caption floats: the columns run on past it, so it is read
    # after them rather than between the lines of a paragraph it interrupts.
    floating: bool = False


@dataclass
class PageWords:
    """The upright words of one page, with the page's size after any turn."""

    words: list[dict]
    width: float
    height: float
    turned: bool = False
    figures: list[Box] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# characters -> words


def _turn_chars(chars: list[dict], width: float, height: float) -> list[dict]:
    """Turn a page printed sideways upright: text running bottom-to-top is turned clockwise."""
    up = sum(1 for c in chars if c["matrix"][1] > 0)
    clockwise = up >= len(chars) - up
    out = []
    for c in chars:
        c = dict(c)
        x0, x1, top, bottom = c["x0"], c["x1"], c["top"], c["bottom"]
        if clockwise:
            c["x0"], c["x1"], c["top"], c["bottom"] = height - bottom, height - top, x0, x1
        else:
            c["x0"], c["x1"], c["top"], c["bottom"] = top, bottom, width - x1, width - x0
        c["upright"] = True
        c["size"] = c["bottom"] - c["top"]  # the line height of turned glyphs, as for upright ones
        c["doctop"] = c["top"]
        out.append(c)
    return out


def page_words(page) -> PageWords:
    """Upright words of a page; sideways text is dropped (watermarks, axis titles) unless it is
    most of the page, a landscape page printed sideways, which is turned upright instead."""
    cfg = settings()
    width, height = float(page.width), float(page.height)
    chars = [c for c in page.chars if c["text"].strip() or c["text"] == " "]
    sideways = [c for c in chars if not c["upright"]]
    turned = False
    if chars and len(sideways) > cfg["landscape_share"] * len(chars):
        chars = _turn_chars(sideways, width, height)
        width, height = height, width
        turned = True
    else:
        chars = [c for c in chars if c["upright"]]
    # A character outside the page box is never printed (crop marks, hidden text).
    chars = [c for c in chars if c["x1"] > 0 and c["x0"] < width and c["bottom"] > 0 and c["top"] < height]
    # Real journal PDFs often hold no space characters: words are split where the gap between
    # glyphs exceeds a share of the font size, not a fixed 3 points ("WMDCpatientswas26.7months").
    extractor = WordExtractor(x_tolerance_ratio=cfg["word_gap_ratio"], y_tolerance=cfg["y_tolerance"],
                              keep_blank_chars=False)
    words = [w for w in extractor.extract_words(chars) if w["text"].strip()]
    return PageWords(words=words, width=width, height=height, turned=turned)


# ---------------------------------------------------------------------------------------------
# words -> lines


def cluster_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into lines by their vertical position (a line may span both columns)."""
    if not words:
        return []
    words = sorted(words, key=lambda w: (w["bottom"], w["x0"]))
    lines: list[list[dict]] = []
    current = [words[0]]
    base = words[0]["bottom"]
    for w in words[1:]:
        size = w["bottom"] - w["top"]
        # Baselines of one line agree; a superscript sits higher but overlaps the line's box.
        if abs(w["bottom"] - base) <= 0.35 * size or (w["bottom"] < base and w["bottom"] > base - 0.6 * size):
            current.append(w)
        else:
            lines.append(current)
            current = [w]
            base = w["bottom"]
    lines.append(current)
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def split_segments(words: list[dict], gap: float) -> list[list[dict]]:
    """A line cut where the space between words is at least ``gap`` points."""
    words = sorted(words, key=lambda w: w["x0"])
    segs = [[words[0]]]
    for w in words[1:]:
        if w["x0"] - segs[-1][-1]["x1"] >= gap:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def find_gutters(words: list[dict], x0: float, x1: float, depth: int = 0,
                 body: Optional[tuple[float, float]] = None) -> list[tuple[float, float]]:
    """Every column gutter of a page, left to right: the main one, then any inside either side
    (a narrow side column of affiliations beside two text columns, as on BMJ first pages)."""
    inner = [w for w in words if w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1]
    g = find_gutter(inner, x1 - x0, offset=x0, strict=depth > 0, body=body)
    if g is None or depth >= 2:
        return [] if g is None else [g]
    return (find_gutters(inner, x0, g[0], depth + 1, body) + [g]
            + find_gutters(inner, g[1], x1, depth + 1, body))


def side_of(x0: float, x1: float, gutters: list[tuple[float, float]]) -> str:
    """The column ("0", "1", ...) a span of the page lies in, or "F" when it spans a gutter."""
    cols = {sum(1 for g0, g1 in gutters if x >= (g0 + g1) / 2) for x in (x0 + 1, x1 - 1)}
    return str(cols.pop()) if len(cols) == 1 and gutters else "F"


def column_lines(words: list[dict], gutters: list[tuple[float, float]]) -> list[Line]:
    """Lines cut at every gutter their words leave empty; ``side`` is the column's number ("0",
    "1", ...) or "F" for a line that spans a gutter (a title, a wide caption)."""
    out: list[Line] = []
    min_share = settings()["gutter_min_gap_share"]
    for raw in cluster_lines(words):
        size = max(w["bottom"] - w["top"] for w in raw)
        pieces = [[raw[0]]]
        for w in raw[1:]:
            a, b = pieces[-1][-1]["x1"], w["x0"]
            if any(a <= (g0 + g1) / 2 <= b and b - a >= max(min_share * (g1 - g0), size) for g0, g1 in gutters):
                pieces.append([w])
            else:
                pieces[-1].append(w)
        for piece in pieces:
            line = Line.of(piece)
            line.side = side_of(line.x0, line.x1, gutters)
            out.append(line)
    return out


def find_gutter(words: list[dict], width: float, offset: float = 0.0, strict: bool = False,
                body: Optional[tuple[float, float]] = None) -> Optional[tuple[float, float]]:
    """The empty vertical strip between two text columns, or None for a one-column page.

    A two-column page has a strip near the middle that few words cross (words of full-width
    titles, abstracts, captions), with lines on either side (a last page's right column may be
    short); on a one-column page the middle is crossed by a word of nearly every line, and the
    word spaces never line up into a strip as wide as a gutter.
    """
    cfg = settings()
    # A side column inside a column (strict) needs plenty of words to be told from ragged text.
    if len(words) < cfg["gutter_min_words"] * (3 if strict else 1):
        return None
    lo, hi = int(offset + width * cfg["gutter_search"][0]), int(offset + width * cfg["gutter_search"][1])
    crossing = [0] * (hi - lo + 1)
    for w in words:
        for x in range(max(lo, int(w["x0"]) - 1), min(hi, int(w["x1"]) + 1) + 1):
            crossing[x - lo] += 1
    best = min(crossing)
    if best > cfg["gutter_max_crossing_share"] * (0.4 if strict else 1) * len(words):
        return None
    # The longest run of x positions nearly as empty as the emptiest one is the gutter (a few
    # full-width lines cross it at random places).
    limit = best + max(1, int(0.01 * len(words)))
    runs, start = [], None
    for i, n in enumerate(crossing + [limit + 1]):
        if n <= limit and start is None:
            start = i
        elif n > limit and start is not None:
            runs.append((start, i - 1))
            start = None
    a, b = max(runs, key=lambda r: r[1] - r[0])
    x_lo, x_hi = lo + a, lo + b + 1
    if x_hi - x_lo < cfg["gutter_min_width"]:
        return None
    # Sides are counted in body lines: a running head and a page number in the margins are not a column.
    lines = [ln for ln in cluster_lines(words)
             if body is None or (ln[0]["top"] > body[0] and ln[0]["bottom"] < body[1])]
    left = sum(1 for line in lines if any(w["x1"] <= x_lo + 1 for w in line))
    right = sum(1 for line in lines if any(w["x0"] >= x_hi - 1 for w in line))
    if min(left, right) < cfg["gutter_side_share"] * len(lines):
        return None
    return (float(x_lo), float(x_hi))


def make_lines(words: list[dict], gutter: Optional[tuple[float, float]]) -> list[Line]:
    """Lines of a page: on a two-column page a line is cut at the gutter when its words leave the
    gutter's whole width empty, and marked full width (F) when a word or a normal space spans it."""
    out: list[Line] = []
    for raw in cluster_lines(words):
        if gutter is None:
            out.append(Line.of(raw))
            continue
        g0, g1 = gutter
        mid = (g0 + g1) / 2
        left = [w for w in raw if (w["x0"] + w["x1"]) / 2 < mid]
        right = [w for w in raw if (w["x0"] + w["x1"]) / 2 >= mid]
        crosses = any(w["x0"] < g0 - 1 and w["x1"] > g1 + 1 for w in raw)
        if left and right and not crosses:
            gap = min(w["x0"] for w in right) - max(w["x1"] for w in left)
            line_size = max(w["bottom"] - w["top"] for w in raw)
            crosses = gap < max(settings()["gutter_min_gap_share"] * (g1 - g0), line_size)
        if crosses or not left or not right:
            line = Line.of(raw)
            if not crosses and line.x1 <= g1 + 1:
                line.side = "L"
            elif not crosses and line.x0 >= g0 - 1:
                line.side = "R"
            else:
                line.side = "F"
            out.append(line)
        else:
            a, b = Line.of(left), Line.of(right)
            a.side, b.side = "L", "R"
            out += [a, b]
    return out


# ---------------------------------------------------------------------------------------------
# figures


def _graphic_boxes(page, width: float, height: float, exclude: list[Box]) -> list[tuple[Box, bool]]:
    """Graphics that may belong to a figure, as (box, is_image). Page frames, shaded background
    boxes and long rules are not figure evidence; nor is anything inside a table."""
    cfg = settings()
    page_area = width * height
    out: list[tuple[Box, bool]] = []
    for im in page.images:
        box = (float(im["x0"]), float(im["top"]), float(im["x1"]), float(im["bottom"]))
        if area(box) >= cfg["figure_min_image_share"] * page_area:
            out.append((box, True))
    for obj in page.curves + page.lines + page.rects:
        box = (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if area(box) > cfg["figure_max_shape_share"] * page_area:
            continue
        if h < 2 and w > cfg["rule_min_width_share"] * width:
            continue
        if any(inside(box, t, 2) for t in exclude):
            continue
        out.append((box, False))
    return out


def figure_regions(page, width: float, height: float, exclude: list[Box]) -> list[Box]:
    """Boxes holding figures: images, and clusters of vector shapes (plots, curves)."""
    cfg = settings()
    items = _graphic_boxes(page, width, height, exclude)
    clusters: list[tuple[Box, int, bool]] = []
    pad = cfg["figure_join_gap"]
    for box, is_image in sorted(items, key=lambda it: (it[0][1], it[0][0])):
        merged = (box, 1, is_image)
        keep = []
        for c in clusters:
            if overlaps(grow(c[0], pad), merged[0]):
                merged = (union(c[0], merged[0]), c[1] + merged[1], c[2] or merged[2])
            else:
                keep.append(c)
        clusters = keep + [merged]
    out = []
    for box, n, has_image in clusters:
        big = area(box) >= cfg["figure_min_area_share"] * width * height
        if has_image or (big and n >= cfg["figure_min_shapes"]):
            out.append(box)
    return out


def figure_boxes(page, figures: list[Box], width: float, height: float) -> list[Box]:
    """Boxes drawn inside a figure (the steps of a flow chart): their text is the figure's, however
    much it reads like prose. A box as big as a column section is a background, not one of these."""
    cfg = settings()
    out = []
    for obj in page.rects + page.curves:
        box = (float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]))
        w, h = box[2] - box[0], box[3] - box[1]
        if (20 <= w <= cfg["figure_box_max_width_share"] * width and 8 <= h <= cfg["figure_box_max_height_share"]
                * height and any(inside(box, f, 2) for f in figures)):
            out.append(box)
    return out


def figure_stand_ins(figures: list[Box], width: float) -> list[dict]:
    """Word-like strips, one per line height, for each figure inside one half of the page, so that
    a column holding only a figure still counts as a column when gutters are looked for."""
    out = []
    for x0, top, x1, bottom in figures:
        if x0 < width / 2 < x1:
            continue
        y = top
        while y < bottom:
            out.append({"x0": x0, "x1": x1, "top": y, "bottom": min(bottom, y + 12), "text": ""})
            y += 12
    return out


def is_prose(line: Line) -> bool:
    """Prose keeps its place even inside a figure's box (abstracts on shaded backgrounds)."""
    letters = sum(1 for w in line.words if RX.THREE_SMALL_LETTERS.search(w["text"]))
    return len(line.words) >= settings()["prose_min_words"] and letters >= 0.6 * len(line.words)


CAPTION = RX.CAPTION_LINE


def drop_figure_text(lines: list[Line], figures: list[Box],
                     gutters: Optional[list[tuple[float, float]]] = None) -> list[Line]:
    """Text drawn inside a figure (axis labels, numbers at risk, legends) is not prose. A figure's
    box grows over short lines touching it (labels outside the plot frame) and over short lines
    level with it in its column (the study rows beside a forest plot), never over captions."""
    if not figures:
        return lines
    reach = settings()["figure_label_reach"]
    regions = list(figures)
    sides = [side_of(f[0], f[2], gutters or []) for f in figures]
    # Figure labels are never larger than the body text; titles and headings near a figure are.
    body_size = statistics.median(ln.size for ln in lines) if lines else 0
    # A caption and the lines that carry it on (each right under the last) are never figure text.
    kept: set[int] = set()
    order = sorted(range(len(lines)), key=lambda i: (lines[i].top, lines[i].x0))
    for n, i in enumerate(order):
        if CAPTION.match(lines[i].text):
            kept.add(i)
            last = lines[i]
            for j in order[n + 1:]:
                ln = lines[j]
                if ln.side != last.side or ln.top - last.bottom > 0.6 * last.size:
                    if ln.top - last.bottom > 0.6 * last.size:
                        break
                    continue
                kept.add(j)
                last = ln
    dropped: set[int] = set()
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if i in dropped or i in kept or is_prose(line) or line.size > 1.15 * body_size:
                continue
            for k, r in enumerate(regions):
                near = overlaps(grow(r, min(reach * line.size, 10.0)), line.box)
                level = sides[k] in ("F", line.side) and line.top < r[3] and line.bottom > r[1]
                if near or level:
                    dropped.add(i)
                    regions[k] = union(r, line.box)
                    changed = True
                    break
    return [ln for i, ln in enumerate(lines) if i not in dropped]


# ---------------------------------------------------------------------------------------------
# reading order


def reading_order(blocks: list[Block]) -> list[Block]:
    """Columns read top to bottom, left then right, between full-width blocks (titles, abstracts),
    which are read where they stand; full-width floats (wide tables, figure captions) are read
    after the columns around them."""
    out: list[Block] = []
    columns: dict[str, list[Block]] = {}
    floats: list[Block] = []

    def flush() -> None:
        keys = sorted(columns, key=lambda k: (len(k), k))
        # A caption inside a column is read after the columns' text, which runs on past it.
        for key in keys:
            out.extend(b for b in columns[key] if not b.floating)
        out.extend(sorted([b for key in keys for b in columns[key] if b.floating] + floats,
                          key=lambda b: (b.top, b.x0)))
        columns.clear()
        floats.clear()

    for b in sorted(blocks, key=lambda b: (b.top, b.x0)):
        if b.side == "F" and b.floating:
            floats.append(b)
        elif b.side == "F":
            flush()
            out.append(b)
        else:
            columns.setdefault(b.side, []).append(b)
    flush()
    return out


def mark_floats(blocks: list[Block]) -> None:
    """Full-width tables, and caption lines with the lines that carry them on (in any column)."""
    last: dict[str, Optional[Block]] = {}
    run: dict[str, int] = {}
    for b in sorted(blocks, key=lambda b: (b.top, b.x0)):
        # A wide caption's last line may be short enough to sit inside one column (under its start).
        prev = last.get(b.side)
        wide = last.get("F")
        if prev is None and wide is not None and b.line is not None and abs(b.x0 - wide.x0) <= wide.line.size:
            prev = wide
        if b.table is not None:
            b.floating = b.side == "F"
        elif b.line is not None and CAPTION.match(b.line.text):
            b.floating = True
            run[b.side] = 1
        elif (b.line is not None and prev is not None and prev.line is not None and run.get(prev.side, 0) < 8
              and 0 <= b.top - prev.bottom <= 0.6 * prev.line.size):
            b.floating = True  # a caption's next line (captions run to a few lines, never a column)
            run[b.side] = run.get(prev.side, 0) + 1
        last[b.side] = b if b.floating and b.line is not None else None
        if b.side != "F" and last.get("F") is not None and b.top > last["F"].bottom + 2 * last["F"].line.size:
            last["F"] = None


# ---------------------------------------------------------------------------------------------
# geometry


def area(b: Box) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def grow(b: Box, d: float) -> Box:
    return (b[0] - d, b[1] - d, b[2] + d, b[3] + d)


def union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(inner: Box, outer: Box, tol: float = 0.0) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def center_in(word: dict, box: Box) -> bool:
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
