"""Read a PDF paper into a :class:`Document` with pdfplumber.

What the reader does, in order, for each page (layout in ``pdf_layout``, tables in ``pdf_tables``):

- words from upright characters, split by gaps relative to the font size; sideways text (margin
  watermarks, axis titles) is dropped, unless most of the page is sideways (a landscape table
  printed on a portrait page), which is then turned upright and read;
- ruled tables (pdfplumber's lines strategy), then captioned tables read from whitespace;
- columns found from empty vertical strips the words leave (a side column of affiliations too);
  reading order is column by column between full-width blocks (titles, abstracts), with tables
  and figure captions that interrupt the columns read after them;
- text inside figures (axis labels, legends, numbers at risk, forest plot rows, flow chart
  boxes) is dropped; figures are images and clusters of vector shapes;
- running headers, footers and page numbers (lines in the page margins that repeat on other
  pages, or are a bare page number) are dropped;
- lines of a paragraph are joined with a space, a word hyphenated across lines is joined, and
  glyphs PDFs map wrongly are repaired where the context proves them (``patterns/pdf_repairs.yaml``).

Text layout of ``Document.text``, as in a text file: one paragraph per line, paragraphs apart
by a blank line; a paragraph running on into the next column or page is joined, so sentences are
whole (``page_starts`` gives where each page begins). A table is written where it stands in
reading order: its caption on one line, then one line per row with the cells separated by
`` | `` (every row has every column, empty cells are empty strings), so the text extractor can
read tables too, and each :class:`Cell`'s ``char_start``/``char_end`` points at its text in
``Document.text``. Boxes are pdfplumber's (x0, top, x1, bottom) in points; on a page printed
sideways they are in the page turned upright (its width and height swapped).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import pdfplumber

from oncoev.errors import DocumentError
from oncoev.extract import rules
from oncoev.extract.document import Cell, Document, Table, sha256_of
from oncoev.extract.metadata import metadata_from_text
from oncoev.extract.pdf_layout import (
    HYPHENS,
    Block,
    Line,
    center_in,
    column_lines,
    drop_figure_text,
    figure_boxes,
    figure_regions,
    figure_stand_ins,
    find_gutter,
    find_gutters,
    join_hyphenated,
    make_lines,
    mark_floats,
    page_words,
    reading_order,
    settings,
    side_of,
    split_segments,
)
from oncoev.extract.pdf_limits import check_pages, check_total, lay_out, page_deadline
from oncoev.extract.pdf_tables import (
    TABLE_CAPTION,
    FoundTable,
    captioned_tables,
    horizontal_rules,
    ruled_tables,
)
from oncoev.limits import LimitError, Limits, current

RX = rules.regexes("pdf")  # patterns/regex/pdf.yaml: the regular expressions of this module

CELL_SEP = " | "
NO_TEXT_LAYER = "no text layer: the PDF is scanned images and OCR is not supported"


@dataclass
class PageLayout:
    number: int
    height: float
    blocks: list[Block]


# ---------------------------------------------------------------------------------------------
# entry point


def read_pdf_bytes(data: bytes, filename: Optional[str] = None, limits: Optional[Limits] = None) -> Document:
    """A PDF paper as a Document; :class:`DocumentError` names why a PDF cannot be read, and
    :class:`~oncoev.limits.LimitError` which limit it would pass (see ``pdf_limits``)."""
    name = filename or "input"
    limits = limits or current()
    _check_bytes(data, name)
    pdf = _open(data, name)
    try:
        try:
            pages = pdf.pages
        except Exception as e:  # pdfminer raises many kinds on broken page trees
            raise DocumentError(f"{name}: corrupt PDF: its pages cannot be read ({_why(e)})") from None
        if not pages:
            raise DocumentError(f"{name}: corrupt PDF: it has no pages")
        check_pages(len(pages), name, limits)
        layouts = []
        has_images = False
        info = dict(pdf.metadata or {})
        biggest = None
        chars = 0
        for i, page in enumerate(pages):
            try:
                with page_deadline(i + 1, name, limits):
                    lay_out(page, i + 1, name, limits)
                    if i == 0:
                        biggest = _biggest_type(page)
                    layouts.append(_layout_or_plain(page, i + 1))
                    has_images = has_images or bool(page.images)
                    chars += len(page.chars)
                check_total(chars, name, limits)
            except LimitError:
                raise
            except Exception as e:  # pdfminer raises many kinds on broken content streams
                raise DocumentError(f"{name}: corrupt PDF: page {i + 1} cannot be read ({_why(e)})") from None
            finally:
                page.close()  # frees the page's parsed objects; long papers otherwise hold them all
    finally:
        pdf.close()
    if not any(b for lay in layouts for b in lay.blocks):
        if has_images:
            raise DocumentError(f"{name}: {NO_TEXT_LAYER}")
        raise DocumentError(f"{name}: no text: the PDF's pages hold no text to read")
    _drop_running_lines(layouts)
    text, page_starts, tables = assemble(layouts)
    return Document(text=text, media_type="application/pdf", sha256=sha256_of(data), filename=filename,
                    page_starts=page_starts, tables=tables,
                    metadata=metadata_from_text(text, pdf_info=info, biggest_type=biggest))


def _biggest_type(page) -> Optional[str]:
    """The first page's words in its largest font (the title, on a journal's first page), in reading order."""
    try:
        words = page.extract_words(x_tolerance=1, extra_attrs=["size"])
    except Exception:  # a page pdfminer cannot lay out has no title to offer; the reader reports it later
        return None
    if not words:
        return None
    top = max(round(w["size"], 1) for w in words)
    big = [w for w in words if round(w["size"], 1) == top]
    if len(big) > 40:
        return None
    return " ".join(w["text"] for w in sorted(big, key=lambda w: (round(w["top"]), w["x0"])))


def _why(e: Exception) -> str:
    return (str(e) or type(e).__name__).splitlines()[0][:120]


def _check_bytes(data: bytes, name: str) -> None:
    head = data[:1024]
    if b"%PDF-" not in head:
        raise DocumentError(f"{name}: not a PDF: the file does not start with the PDF signature %PDF-")
    # Every complete PDF ends with %%EOF (some writers append a few bytes after it).
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{name}: truncated PDF: the file ends before the PDF's end marker %%EOF "
                            "(an incomplete download or copy)")


def _open(data: bytes, name: str):
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # noqa: B018  (parses the page tree now, so broken files fail here)
        return pdf
    except Exception as e:
        cause = getattr(e, "args", [None])[0] if type(e).__name__ == "PdfminerException" else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(e, (
                PDFPasswordIncorrect, PDFEncryptionError)):
            raise DocumentError(f"{name}: encrypted PDF: it needs a password to open; "
                                "save an unprotected copy first") from None
        raise DocumentError(f"{name}: corrupt PDF: it cannot be parsed ({_why(e)})") from None


# ---------------------------------------------------------------------------------------------
# one page


def _layout_or_plain(page, number: int) -> PageLayout:
    """The page's layout; should the layout analysis fail on a page it was not made for, the
    page's lines top to bottom, so one odd page neither stops the paper nor passes for corrupt."""
    try:
        return layout_page(page, number)
    except Exception:
        pw = page_words(page)  # fails again, and is reported, only if the page cannot be parsed
        blocks = [Block(top=ln.top, bottom=ln.bottom, x0=ln.x0, x1=ln.x1, side="F", line=ln)
                  for ln in make_lines(pw.words, None)]
        return PageLayout(number=number, height=pw.height, blocks=blocks)


def layout_page(page, number: int) -> PageLayout:
    pw = page_words(page)
    words = pw.words
    tables: list[FoundTable] = [] if pw.turned else ruled_tables(page, words)
    taken = {id(w) for t in tables for w in t.words}
    rest = [w for w in words if id(w) not in taken]
    gutter = find_gutter(rest, pw.width, body=_body(pw.height))
    lines = make_lines(rest, gutter)
    lines = _captions_of_ruled(tables, lines)
    rules = [] if pw.turned else horizontal_rules(page, pw.width)
    more = captioned_tables(lines, rules, gutter, pw.width)
    if more:
        # The columns of the prose are found again without the tables' words.
        taken = {id(w) for t in more for w in t.words}
        rest = [w for ln in lines for w in ln.words if id(w) not in taken]
        gutter = find_gutter(rest, pw.width, body=_body(pw.height))
        lines = make_lines(rest, gutter)
        tables += more
    # Reading order knows every column (a side column of affiliations too), tables only the main
    # gutter. A figure standing in one column fills that column as its text would.
    figures = [] if pw.turned else figure_regions(page, pw.width, pw.height, [t.region for t in tables])
    prose = [w for ln in lines for w in ln.words]
    if figures:
        # Words in the boxes of a flow chart are the figure's, however much they read like prose.
        boxes = figure_boxes(page, figures, pw.width, pw.height)
        prose = [w for w in prose if not any(center_in(w, bx) for bx in boxes)]
    gutters = find_gutters(prose + figure_stand_ins(figures, pw.width), 0.0, pw.width, body=_body(pw.height))
    lines = drop_figure_text(column_lines(prose, gutters), figures, gutters)
    blocks = [Block(top=ln.top, bottom=ln.bottom, x0=ln.x0, x1=ln.x1, side=ln.side, line=ln) for ln in lines]
    for t in tables:
        x0, top, x1, bottom = t.region
        side = side_of(x0, x1, gutters)
        blocks.append(Block(top=top, bottom=bottom, x0=x0, x1=x1, side=side, table=t))
    mark_floats(blocks)
    return PageLayout(number=number, height=pw.height, blocks=reading_order(blocks))


def _body(height: float) -> tuple[float, float]:
    """The page between its top and bottom margins: a running head and page number there, on
    both sides of a sparse page, must not make its one column look like two."""
    share = settings()["margin_share"]
    return share * height, (1 - share) * height


def _captions_of_ruled(tables: list[FoundTable], lines: list[Line]) -> list[Line]:
    """A ruled table's caption printed just above its grid belongs to the table."""
    out = list(lines)
    for t in tables:
        if t.caption:
            continue
        x0, top, x1, _ = t.bbox
        above = [ln for ln in out if ln.bottom <= top + 1 and top - ln.bottom < 40 and ln.x1 > x0 and ln.x0 < x1]
        caps = [ln for ln in above if TABLE_CAPTION.match(ln.text)]
        if not caps:
            continue
        cap = max(caps, key=lambda ln: ln.top)
        group = [ln for ln in above if ln.top >= cap.top]
        t.caption = " ".join(ln.text for ln in sorted(group, key=lambda ln: ln.top))
        box = cap.box
        for ln in group:
            box = (min(box[0], ln.x0), min(box[1], ln.top), max(box[2], ln.x1), max(box[3], ln.bottom))
        t.caption_box = box
        out = [ln for ln in out if ln not in group]
    return out


# ---------------------------------------------------------------------------------------------
# running headers, footers, page numbers


def _running_key(text: str) -> str:
    return RX.SPACES.sub("", RX.DIGITS_RUN.sub("#", text.lower()))


def _pieces(line: Line) -> list[str]:
    """A margin line and the parts it is made of where wide gaps part them: a running head on a
    page without columns is one line ("Luo et al. BMC Cancer ... Page 4 of 13"), elsewhere two."""
    parts = split_segments(line.words, 2 * line.size)
    texts = [" ".join(w["text"] for w in seg) for seg in parts]
    return [line.text] + (texts if len(texts) > 1 else [])


def _drop_running_lines(layouts: list[PageLayout]) -> None:
    """Lines in the top and bottom margins that repeat on other pages (digits aside), or are a
    page number, or are made only of such parts."""
    share = settings()["margin_share"]

    def marginal(b: Block, lay: PageLayout) -> bool:
        return b.line is not None and (b.bottom < share * lay.height or b.top > (1 - share) * lay.height)

    seen: Counter[str] = Counter()
    for lay in layouts:
        seen.update({_running_key(t) for b in lay.blocks if marginal(b, lay) for t in _pieces(b.line)})

    def running(text: str) -> bool:
        return bool(RX.PAGE_NUMBER.match(text)) or seen[_running_key(text)] >= 2

    for lay in layouts:
        kept = []
        for b in lay.blocks:
            if marginal(b, lay):
                pieces = _pieces(b.line)
                if running(pieces[0]) or (len(pieces) > 1 and all(running(t) for t in pieces[1:])):
                    continue
            kept.append(b)
        lay.blocks = kept


# ---------------------------------------------------------------------------------------------
# text


@lru_cache(maxsize=1)
def _repairs() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(r.pattern), r.replace or "") for r in rules.load("pdf_repairs.yaml")["repairs"]]


def repair(text: str) -> str:
    for pattern, replace in _repairs():
        text = pattern.sub(replace, text)
    return text


def _same_paragraph(a: Block, b: Block, right_edge: dict[str, float], left_edge: dict[str, float]) -> bool:
    cfg = settings()
    la, lb = a.line, b.line
    if la is None or lb is None:
        return False
    if a.floating and b.floating and -0.3 * la.size <= lb.top - la.bottom <= 0.6 * la.size:
        return True  # a caption's lines, even where its last line is short enough to sit in one column
    if a.side != b.side:
        return False
    # Tall glyphs (brackets, symbols) make line boxes touch or overlap a little.
    if not (-0.3 * la.size <= lb.top - la.bottom <= cfg["paragraph_gap_ratio"] * max(la.size, lb.size)):
        return False
    if abs(la.size - lb.size) > 0.2 * max(la.size, lb.size):
        return False
    width = right_edge[a.side] - left_edge[a.side]
    if la.x1 >= right_edge[a.side] - cfg["short_line_share"] * width:
        return True
    # A short line still runs on when the next starts in lower case and no sentence ended.
    return lb.text[:1].islower() and not la.text.rstrip().endswith((".", ":", "!", "?"))


def _right_edge(ends: list[float]) -> float:
    """A column's right edge: where justified lines end (an x1 that lines share), else the
    furthest line end (ragged text; a wide title must not make every body line look short)."""
    shared = [x for x, n in Counter(round(x) for x in ends).items() if n >= 3]
    return float(max(shared)) if shared else max(ends, default=0.0)


def assemble(layouts: list[PageLayout]) -> tuple[str, list[int], list[Table]]:
    """The document's text, where each page starts in it, and its tables with cell offsets.

    Paragraphs are apart by a blank line, as in text files; a table's rows are one per line.
    A paragraph running on into the next column or page (a full last line, then a lower-case
    start) is joined, so a sentence is never cut by the layout.
    """
    parts: list[str] = []
    length = 0
    page_starts: list[int] = []
    tables: list[Table] = []

    def put(s: str) -> None:
        nonlocal length
        parts.append(s)
        length += len(s)

    def paragraph_break() -> None:
        if not parts or parts[-1].endswith("\n\n"):
            return
        put("\n" if parts[-1].endswith("\n") else "\n\n")

    def append_line(text: str) -> int:
        """Join a line to the paragraph; returns where the line's own text starts."""
        nonlocal length
        if parts[-1].endswith(HYPHENS):
            last = parts.pop()
            length -= len(last)
            put(join_hyphenated(last, text))
        else:
            put(" " + text)
        return length - len(text)

    page_open = False  # the page being laid out has its start in page_starts

    def open_page(at: int) -> None:
        """The page being laid out starts at offset ``at``, unless it has started already."""
        nonlocal page_open
        if not page_open:
            page_starts.append(at)
            page_open = True

    prev: Optional[Block] = None
    prev_full = False  # the previous line reached its column's right edge
    for lay in layouts:
        page_open = False
        sides = {b.side for b in lay.blocks}
        right = {s: _right_edge([b.x1 for b in lay.blocks if b.line and b.side == s]) for s in sides}
        left = {s: min((b.x0 for b in lay.blocks if b.line and b.side == s), default=0.0) for s in sides}
        for b in lay.blocks:
            if b.table is not None:
                paragraph_break()
                open_page(length)
                tables.append(_put_table(b.table, lay.number, len(tables), put, lambda: length))  # noqa: B023
                put("\n")
                prev, prev_full = None, False
                continue
            text = repair(b.line.text)
            same = page_open and prev is not None and _same_paragraph(prev, b, right, left)
            # (In the next column, on the next page, or past a figure: a full line, then lower case.)
            runs_on = (prev is not None and prev_full and not prev.floating and text[:1].islower() and parts
                       and not parts[-1].endswith("\n"))
            if same or runs_on:
                open_page(append_line(text))  # the page starts at this line's first character
            else:
                paragraph_break()
                open_page(length)
                put(text)
            width = right[b.side] - left[b.side]
            prev, prev_full = b, b.line.x1 >= right[b.side] - settings()["short_line_share"] * width
        if not page_open:
            paragraph_break()
            page_starts.append(length)
    if parts and not parts[-1].endswith("\n"):
        put("\n")
    return "".join(parts), page_starts, tables


def _put_table(t: FoundTable, page: int, index: int, put, where) -> Table:
    caption = repair(t.caption) if t.caption else None
    if caption:
        put(caption + "\n")
    cells: list[Cell] = []
    ncols = max(len(r) for r in t.rows)
    for i, row in enumerate(t.rows):
        for j in range(ncols):
            if j:
                put(CELL_SEP)
            text = repair(row[j]) if j < len(row) else ""
            box = t.boxes[i][j] if j < len(t.boxes[i]) else None
            start = where()
            put(text)
            cells.append(Cell(row=i, col=j, text=text, char_start=start, char_end=start + len(text),
                              bbox=tuple(round(v, 2) for v in box) if box else None))
        if i < len(t.rows) - 1:
            put("\n")
    return Table(page=page, index=index, cells=cells, caption=caption,
                 bbox=tuple(round(v, 2) for v in t.region), header_rows=t.header_rows)
