"""Read a PubMed Central JATS article (``.nxml``) into a :class:`Document`.

The text is written the way the text and PDF readers write theirs, so the same rules read it:
the title, the authors' affiliations, "Abstract" and the abstract (a structured abstract's parts as
"Background: ..."), then each section's title on a line of its own and one paragraph per line,
paragraphs apart by a blank line. A table is written after the paragraph that holds or first cites
it: a caption line ("Table 2. ..."), one line per grid row with the cells separated by " | "
(every row has every column; a spanning cell's text is written once, at its first position), then
its footnotes. Each :class:`Cell` keeps its row, column, spans and where its text is in
``Document.text``; ``Table.header_rows`` counts the ``<thead>`` rows. References are left out.

Metadata (title, DOI, PMID, PMCID, journal, year, authors) comes from the front matter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from lxml import etree

from oncoev.errors import DocumentError
from oncoev.extract.document import Cell, Document, Metadata, Section, Table, sha256_of
from oncoev.extract.metadata import normalize_doi
from oncoev.extract.rules import regexes
from oncoev.extract.xml_io import local, parse_article

RX = regexes("jats")  # patterns/regex/jats.yaml: the regular expressions of this module

CELL_SEP = " | "
# Elements whose text is not part of the running text where they stand.
SKIP_INLINE = {"table-wrap", "fig", "fn", "table-wrap-foot", "alternatives", "graphic", "media", "object-id",
               "supplementary-material", "ref-list", "tex-math", "annotation"}
FLOATS = {"table-wrap", "fig", "boxed-text"}
BLOCK = {"p", "sec", "title", "list", "list-item", "def-list", "def-item", "disp-quote", "boxed-text", "caption",
         "table-wrap", "fig", "statement", "speech"}
SPACES = RX.XML_SPACES
BREAK = "\x00"  # where a table cell's <break/> stood (no XML text holds a NUL)
PUB_TYPES = ("epub", "ppub", "epub-ppub", "pub", "collection", "pmc-release")


@dataclass
class _Writer:
    parts: list[str] = field(default_factory=list)
    length: int = 0

    def write(self, s: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start, self.length

    def block(self, s: str) -> tuple[int, int]:
        """A paragraph: its own line, a blank line before it."""
        s = s.strip()
        if not s:
            return self.length, self.length
        self.gap()
        return self.write(s)

    def gap(self) -> None:
        if self.length:
            tail = "".join(self.parts[-2:])
            if not tail.endswith("\n\n"):
                self.write("\n" if tail.endswith("\n") else "\n\n")

    def line(self) -> None:
        if self.length and not "".join(self.parts[-1:]).endswith("\n"):
            self.write("\n")

    def text(self) -> str:
        return "".join(self.parts)


def inline_text(el: etree._Element) -> str:
    """An element's running text: children's text in order, floats and notes left out,
    XML whitespace (line breaks in the source) collapsed to single spaces."""
    out: list[str] = []
    _collect(el, out, top=True)
    return SPACES.sub(" ", "".join(out))


def _collect(el: etree._Element, out: list[str], top: bool = False, breaks: str = " ") -> None:
    name = local(el.tag)
    if name is None:
        if el.tail:
            out.append(el.tail)
        return
    if not top and name in SKIP_INLINE:
        if el.tail:
            out.append(el.tail)
        return
    if name == "break":
        out.append(breaks)
    if el.text:
        out.append(el.text)
    for child in el:
        _collect(child, out, breaks=breaks)
    if not top and el.tail:
        out.append(el.tail)


def read_jats_bytes(data: bytes, filename: Optional[str] = None) -> Document:
    """A JATS article as a Document; :class:`DocumentError` when the file is not one."""
    name = filename or "input"
    tree = parse_article(data, name)
    return read_jats_tree(tree.getroot(), sha256_of(data), filename)


def read_jats_tree(root: etree._Element, sha256: str, filename: Optional[str] = None) -> Document:
    name = filename or "input"
    if local(root.tag) != "article":
        raise DocumentError(f"{name}: not a JATS article (its root element is <{local(root.tag)}>, not <article>); "
                            "give a PMC .nxml, a PubMed XML, a .txt or a .pdf")
    front = _child(root, "front")
    meta = _metadata(front)
    reader = _Reader(root)
    w = reader.w
    if meta.title:
        w.block(meta.title)
    affiliations = [_affiliation(a) for a in root.iter("{*}aff")]
    affiliations = [a for a in affiliations if a]
    if affiliations:
        w.block("; ".join(dict.fromkeys(affiliations)))
    article_meta = _child(front, "article-meta") if front is not None else None
    if article_meta is not None:
        for abstract in _children(article_meta, "abstract"):
            if abstract.get("abstract-type") in ("graphical", "teaser", "toc"):
                continue
            reader.abstract(abstract)
    body = _child(root, "body")
    if body is not None:
        reader.body(body)
    reader.leftover_floats()
    text = w.text().rstrip() + "\n"
    if not text.strip():
        raise DocumentError(f"{name}: the JATS article has no title, abstract or body text")
    return Document(text=text, media_type="application/jats+xml", sha256=sha256, filename=filename,
                    tables=reader.tables, metadata=meta, sections=reader.sections)


def _affiliation(aff: etree._Element) -> str:
    """An affiliation's text without its label ("1", "a") or the footnote marks in it."""
    out: list[str] = [aff.text or ""]
    for child in aff:
        if local(child.tag) not in ("label", "sup"):
            _collect(child, out, top=True)
        out.append(child.tail or "")
    return SPACES.sub(" ", "".join(out)).strip(" ,;")


def _child(el: Optional[etree._Element], name: str) -> Optional[etree._Element]:
    if el is None:
        return None
    for child in el:
        if local(child.tag) == name:
            return child
    return None


def _children(el: etree._Element, *names: str) -> list[etree._Element]:
    return [c for c in el if local(c.tag) in names]


class _Reader:
    def __init__(self, root: etree._Element):
        self.w = _Writer()
        self.tables: list[Table] = []
        self.sections: list[Section] = []
        # Floats (tables) by id, for those written where they are first cited rather than where they stand.
        self.floats: dict[str, etree._Element] = {}
        self.written: set[int] = set()
        for el in root.iter():
            if local(el.tag) in FLOATS and el.get("id"):
                self.floats[el.get("id")] = el

    # -- structure ---------------------------------------------------------------------------
    def abstract(self, abstract: etree._Element) -> None:
        start, _ = self.w.block("Abstract")
        self.w.line()
        self.sections.append(Section("Abstract", start, "abstract"))
        parts = _children(abstract, "sec")
        if not parts:
            for p in _children(abstract, "p"):
                self.paragraph(p)
            return
        for sec in parts:
            title = _child(sec, "title")
            label = inline_text(title).strip().rstrip(":.") if title is not None else ""
            paragraphs = [inline_text(p).strip() for p in _children(sec, "p")]
            text = " ".join(p for p in paragraphs if p)
            if not text:
                continue
            self.w.gap()
            self.w.write(f"{label}: {text}" if label else text)

    def body(self, body: etree._Element) -> None:
        for child in body:
            name = local(child.tag)
            if name == "sec":
                self.section(child, 1)
            elif name in FLOATS:
                self.float(child)
            elif name is not None:
                self.block(child)

    def section(self, sec: etree._Element, depth: int) -> None:
        title = _child(sec, "title")
        heading = inline_text(title).strip() if title is not None else ""
        if heading:
            start, _ = self.w.block(heading)
            self.w.write("\n")
            self.sections.append(Section(heading, start, sec.get("sec-type") or None))
        for child in sec:
            name = local(child.tag)
            if name in ("title", "label", None):
                continue
            if name == "sec":
                self.section(child, depth + 1)
            elif name in FLOATS:
                self.float(child)
            else:
                self.block(child)

    def block(self, el: etree._Element) -> None:
        name = local(el.tag)
        if name in ("list", "def-list"):
            for item in el:
                self.block(item)
            return
        if name in ("list-item", "def-item", "disp-quote", "statement"):
            for child in el:
                if local(child.tag) in BLOCK:
                    self.block(child)
                else:
                    self.w.block(inline_text(child))
            return
        if name == "p":
            self.paragraph(el)
            return
        if name in ("fn-group", "ref-list", "ack", "glossary", "app-group"):
            return
        self.w.block(inline_text(el))

    def paragraph(self, p: etree._Element) -> None:
        self.w.block(inline_text(p))
        # Floats inside the paragraph, and those it cites first, follow it.
        for el in p.iter():
            name = local(el.tag)
            if name in FLOATS:
                self.float(el)
            elif name == "xref" and el.get("ref-type") == "table":
                for rid in (el.get("rid") or "").split():
                    target = self.floats.get(rid)
                    if target is not None:
                        self.float(target)

    def leftover_floats(self) -> None:
        for el in self.floats.values():
            if local(el.tag) == "table-wrap":
                self.float(el)

    # -- floats --------------------------------------------------------------------------------
    def float(self, el: etree._Element) -> None:
        if id(el) in self.written:
            return
        self.written.add(id(el))
        if local(el.tag) != "table-wrap":
            return  # figures are pictures: their captions say what is drawn, not the numbers
        label_el = _child(el, "label")
        label = " ".join(inline_text(label_el).split()).rstrip(".:") or None if label_el is not None else None
        caption_el = _child(el, "caption")
        caption = ""
        if caption_el is not None:
            caption = " ".join(t for t in (inline_text(c).strip() for c in caption_el) if t) or \
                inline_text(caption_el).strip()
        tables = [t for t in el.iter() if local(t.tag) == "table"]
        head = f"{label}. {caption}".strip() if label else caption
        if not tables:
            # A table given only as a picture: its caption is still text of the paper.
            if head:
                self.w.block(head)
            return
        start, _ = self.w.block(head or "Table")
        for number, table_el in enumerate(tables):
            grid, header_rows = table_grid(table_el)
            name = label if len(tables) == 1 else f"{label or 'Table'} ({number + 1})"
            table = Table(page=1, index=len(self.tables), cells=[], caption=caption or None, header_rows=header_rows,
                          label=name if label else None, source="jats", char_start=start)
            self._write_grid(table, grid)
            foot = _child(el, "table-wrap-foot")
            if foot is not None and number == len(tables) - 1:
                notes = [inline_text(n) for n in foot.iter("{*}fn")] or [inline_text(p) for p in foot.iter("{*}p")] \
                    or [inline_text(foot)]
                table.footnotes = list(dict.fromkeys(n.strip() for n in notes if n.strip()))
                for note in table.footnotes:
                    self.w.write("\n")
                    self.w.write(note)
            table.char_end = self.w.length
            self.tables.append(table)

    def _write_grid(self, table: Table, grid: list[list[Optional[_GridCell]]]) -> None:
        n_cols = max((len(r) for r in grid), default=0)
        for r, row in enumerate(grid):
            self.w.write("\n")
            for c in range(n_cols):
                if c:
                    self.w.write(CELL_SEP)
                gc = row[c] if c < len(row) else None
                if gc is None:  # an empty position: an empty cell, so that every row has every column
                    table.cells.append(Cell(row=r, col=c, text="", char_start=self.w.length, char_end=self.w.length))
                    continue
                if (gc.row, gc.col) != (r, c):
                    continue  # covered by a spanning cell written at its first position
                start, end = self.w.write(gc.text)
                table.cells.append(Cell(row=r, col=c, text=gc.text, char_start=start, char_end=end,
                                        rowspan=gc.rowspan, colspan=gc.colspan, lines=gc.lines))


@dataclass
class _GridCell:
    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    lines: Optional[list[str]] = None


def _span(value: Optional[str]) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def table_grid(table: etree._Element) -> tuple[list[list[Optional[_GridCell]]], int]:
    """The table's cells placed on a grid (row and column spans honoured) and how many rows are header.

    Rows come from ``<thead>``, then ``<tbody>`` (or rows directly under ``<table>``), then
    ``<tfoot>``; a position a spanning cell covers points at that cell.
    """
    head, body, foot = [], [], []
    for child in table:
        name = local(child.tag)
        if name == "thead":
            head += _children(child, "tr")
        elif name == "tbody":
            body += _children(child, "tr")
        elif name == "tfoot":
            foot += _children(child, "tr")
        elif name == "tr":
            body.append(child)
    rows = head + body + foot
    grid: list[list[Optional[_GridCell]]] = []
    for r, tr in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for td in tr:
            if local(td.tag) not in ("td", "th"):
                continue
            while c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            rowspan, colspan = _span(td.get("rowspan")), _span(td.get("colspan"))
            rowspan = min(rowspan, len(rows) - r)  # a span past the last row is cut at the table's end
            raw = "".join(_cell_text(td))
            text = SPACES.sub(" ", raw.replace(BREAK, " ")).strip(" ")
            lines = [x for x in (SPACES.sub(" ", part).strip(" ") for part in raw.split(BREAK)) if x]
            cell = _GridCell(r, c, text, rowspan, colspan, lines if len(lines) > 1 else None)
            for rr in range(r, r + rowspan):
                while len(grid) <= rr:
                    grid.append([])
                for cc in range(c, c + colspan):
                    while len(grid[rr]) <= cc:
                        grid[rr].append(None)
                    grid[rr][cc] = cell
            c += colspan
    # Columns the table declares (<col>, <colgroup span>) but no row fills still belong to it.
    declared = sum(_span(c.get("span")) for c in table.iter("{*}col"))
    if grid and declared > max(len(r) for r in grid):
        grid[0].extend([None] * (declared - len(grid[0])))
    width = max((len(r) for r in grid), default=0)
    for row in grid:
        row.extend([None] * (width - len(row)))
    header_rows = len(head)
    if not head:
        # No <thead>: leading rows made only of <th> cells are the header.
        for tr in rows:
            cells = [td for td in tr if local(td.tag) in ("td", "th")]
            if cells and all(local(td.tag) == "th" for td in cells):
                header_rows += 1
            else:
                break
    return grid, header_rows


def _cell_text(td: etree._Element) -> list[str]:
    """The cell's text pieces, each <break/> in it as ``BREAK``."""
    out: list[str] = []
    _collect(td, out, top=True, breaks=BREAK)
    return out


# -- metadata ---------------------------------------------------------------------------------------


def _metadata(front: Optional[etree._Element]) -> Metadata:
    meta = Metadata()
    if front is None:
        return meta
    journal_meta = _child(front, "journal-meta")
    article_meta = _child(front, "article-meta")
    if journal_meta is not None:
        titles = [inline_text(t).strip() for t in journal_meta.iter("{*}journal-title")]
        ids = {j.get("journal-id-type"): (j.text or "").strip() for j in _children(journal_meta, "journal-id")}
        meta.journal = next((t for t in titles if t), None) or ids.get("nlm-ta") or ids.get("iso-abbrev") or None
    if article_meta is None:
        return meta
    for aid in _children(article_meta, "article-id"):
        kind, value = aid.get("pub-id-type"), (aid.text or "").strip()
        if not value:
            continue
        if kind == "doi":
            meta.doi = normalize_doi(value)
        elif kind == "pmid":
            meta.pmid = value
        elif kind in ("pmc", "pmcid"):
            meta.pmcid = value if value.upper().startswith("PMC") else f"PMC{value}"
    group = _child(article_meta, "title-group")
    title = _child(group, "article-title") if group is not None else None
    if title is not None:
        meta.title = inline_text(title).strip() or None
    years: dict[str, int] = {}
    for date in _children(article_meta, "pub-date"):
        year = _child(date, "year")
        if year is not None and (year.text or "").strip().isdigit():
            years.setdefault(date.get("pub-type") or date.get("date-type") or "pub", int(year.text.strip()))
    meta.year = next((years[k] for k in PUB_TYPES if k in years), min(years.values(), default=None))
    for contrib in article_meta.iter("{*}contrib"):
        if contrib.get("contrib-type", "author") != "author":
            continue
        name = _child(contrib, "name")
        if name is None:
            continue
        surname, given = _child(name, "surname"), _child(name, "given-names")
        if surname is not None:
            meta.authors.append(" ".join(x for x in (inline_text(surname).strip(),
                                                     inline_text(given).strip() if given is not None else "") if x))
    return meta
