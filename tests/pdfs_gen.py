"""PDFs the tests build with fpdf2: journal-like pages whose layout and content we know exactly.

Words are placed one by one (no space characters between them), as in many real journal PDFs,
so the reader has to find word gaps from glyph positions. Everything is Helvetica (a PDF core
font), so no font file is needed.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from fpdf import FPDF

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN = 50.0
GAP = 20.0  # between the two columns
COL_W = (PAGE_W - 2 * MARGIN - GAP) / 2
LEFT_X, RIGHT_X = MARGIN, MARGIN + COL_W + GAP
LEAD = 11.0  # line spacing at 9 pt
HEADER = "Journal of Generated Oncology 12 (2024) 101-110"
TOP = 80.0

# Two columns of prose on page 1. Lines are broken by hand so that line ends are known:
# "respec-" / "tively" is a word hyphenated at a line end, "follow-" / "up" a compound.
LEFT_LINES = [
    "Alpha sentence opens the left column of the",
    "first page. Patients were treated between 2015 and",
    "2019 and were followed for a median of 31 months,",
    "and the protocol was approved by the ethics board",
    "of each centre. Median follow-up and survival were",
    "estimated with the Kaplan-Meier method respec-",
    "tively, and groups were compared with the log-rank",
    "test. Scheduled follow-",
    "up visits were every three months. Beta sentence",
    "closes the left column.",
]
RIGHT_LINES = [
    "Gamma sentence opens the right column. The",
    "median overall survival was 26.7 months in the",
    "mucinous group and 67.4 months in the well",
    "differentiated group (P,0.001). The 5-year overall",
    "survival rate was 50.9% versus 29.4%. Delta",
    "sentence closes the right column.",
]

ABSTRACT_LINES = [
    "Background: the abstract runs across the whole width of the first page, above the two columns of the",
    "article, and its lines cross the gutter between them. Results: median overall survival was 26.7 months",
    "in the mucinous group and 67.4 months in the well differentiated group; the 5-year overall survival rate",
    "was 50.9% versus 29.4%. Conclusion: the abstract is read before the columns.",
]

RULED = [  # Table 1, fully ruled: a grid
    ["Cohort", "N", "1-year OS", "5-year OS", "P value"],
    ["Mucinous", "68", "64.3%", "29.4%", "0.004"],
    ["Well differentiated", "329", "83.4%", "50.9%", ""],
    ["Poorly differentiated", "599", "72.2%", "38.4%", "0.155"],
]
UNRULED = [  # Table 2, rules above and below the header and at the bottom only
    ["Factor", "HR", "95% CI", "P value"],
    ["Elder age", "1.341", "1.118-1.610", "0.028"],
    ["Adjuvant chemotherapy", "0.752", "0.607-0.931", "0.009"],
    ["Radical resection", "2.453", "1.945-3.095", "<0.001"],
]


class Paper:
    """A small paper laid out by hand on A4 pages in points."""

    def __init__(self, header: bool = True):
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.header = header
        self.page = 0
        self.family = "Helvetica"

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1
        if self.header:
            self.pdf.set_font(self.family, size=8)
            self.words(MARGIN, 40, HEADER)
            self.words(PAGE_W / 2 - 10, PAGE_H - 30, f"Page {self.page}")

    def words(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> float:
        """Place ``text`` word by word at baseline ``y`` (no space characters); returns the end x."""
        self.pdf.set_font(self.family, "B" if bold else "", size)
        space = self.pdf.get_string_width(" ")
        for word in text.split():
            self.pdf.text(x, y, word)
            x += self.pdf.get_string_width(word) + space
        return x - space

    def justified(self, x: float, y: float, text: str, width: float, size: float = 9) -> None:
        """One line spread over the column's width, as journals set their text."""
        self.pdf.set_font(self.family, "", size)
        words = text.split()
        ink = sum(self.pdf.get_string_width(w) for w in words)
        space = (width - ink) / max(1, len(words) - 1)
        for word in words:
            self.pdf.text(x, y, word)
            x += self.pdf.get_string_width(word) + space

    def column(self, x: float, y: float, lines: list[str]) -> float:
        """Justified lines; a paragraph's last line (ending with a full stop) is set ragged."""
        self.pdf.set_font(self.family, "", 9)
        # The measure is the longest line's, so justified word spaces stay close to normal ones.
        measure = max(self.pdf.get_string_width(line) for line in lines)
        for i, line in enumerate(lines):
            if line.endswith(".") or i == len(lines) - 1:
                self.words(x, y, line)
            else:
                self.justified(x, y, line, measure)
            y += LEAD
        return y

    def ruled_table(self, x: float, y: float, rows: list[list[str]], widths: list[float], caption: str) -> float:
        self.words(x, y, caption)
        y += 6
        self.pdf.set_line_width(0.5)
        for row in rows:
            cx = x
            for text, w in zip(row, widths, strict=True):
                self.pdf.rect(cx, y, w, 14)
                self.words(cx + 3, y + 10, text)
                cx += w
            y += 14
        return y

    def rules_table(self, x: float, y: float, rows: list[list[str]], widths: list[float], caption: str) -> float:
        total = sum(widths)
        self.words(x, y, caption)
        y += 8
        self.pdf.set_line_width(0.5)
        self.pdf.line(x, y, x + total, y)
        for i, row in enumerate(rows):
            cx = x
            for text, w in zip(row, widths, strict=True):
                self.words(cx, y + 11, text)
                cx += w
            y += 14
            if i == 0:
                self.pdf.line(x, y, x + total, y)
        self.pdf.line(x, y + 2, x + total, y + 2)
        return y + 2

    def km_figure(self, x: float, y: float, w: float, h: float) -> float:
        """A Kaplan-Meier plot drawn with vectors: frame, ticks, two step curves, axis numbers,
        a legend and numbers at risk, then the caption under it."""
        pdf = self.pdf
        pdf.set_line_width(0.6)
        pdf.line(x, y, x, y + h)
        pdf.line(x, y + h, x + w, y + h)
        for k in range(6):
            ty = y + h - k * h / 5
            pdf.line(x - 3, ty, x, ty)
            self.words(x - 18, ty + 2, f"{k * 0.2:.1f}", size=6)
        for k in range(5):
            tx = x + k * w / 4
            pdf.line(tx, y + h, tx, y + h + 3)
            self.words(tx - 5, y + h + 10, f"{k * 30}", size=6)
        for level in (0.9, 0.7):
            px, py = x, y
            for step in range(8):
                nx, ny = px + w / 8, y + h * (1 - level ** (step + 1))
                pdf.line(px, py, nx, py)
                pdf.line(nx, py, nx, ny)
                px, py = nx, ny
        self.words(x + w / 3, y + h + 20, "Months since surgery", size=6)
        self.words(x + 10, y + h + 30, "Number at risk 68 51 33 20 11", size=6)
        return y + h + 48


def two_column_paper(pages: int = 3) -> bytes:
    """Page 1: title and two columns; page 2: a ruled and an unruled table under two columns;
    page 3: a figure in the left column beside prose. More pages repeat page 1's prose."""
    p = Paper()
    p.new_page()
    p.words(MARGIN, TOP, "A generated study of mucinous gastric cancer survival", size=14, bold=True)
    y = TOP + 30
    # A full-width abstract above the two columns, as on most first pages.
    for i, line in enumerate(ABSTRACT_LINES):
        if i < len(ABSTRACT_LINES) - 1:
            p.justified(MARGIN, y, line, PAGE_W - 2 * MARGIN)
        else:
            p.words(MARGIN, y, line)
        y += LEAD
    y += 16
    p.column(LEFT_X, y, LEFT_LINES)
    p.column(RIGHT_X, y, RIGHT_LINES)
    if pages >= 2:
        p.new_page()
        y = p.column(LEFT_X, TOP, ["Epsilon sentence on page two, left column, says",
                                   "that the tables below hold the results of all", "patients in the series."])
        p.column(RIGHT_X, TOP, ["Zeta sentence on page two, right column, says",
                                "that the survival rates were read from the", "curves of the series."])
        y = p.ruled_table(MARGIN, y + 20, RULED, [150, 60, 80, 80, 70],
                          "Table 1: Overall survival by histological type.")
        p.rules_table(MARGIN, y + 30, UNRULED, [170, 80, 120, 80], "Table 2: Multivariate Cox regression.")
    if pages >= 3:
        p.new_page()
        y = p.km_figure(LEFT_X + 25, TOP, COL_W - 40, 150)
        p.words(LEFT_X, y, "Figure 1: Overall survival by histological type.")
        p.column(RIGHT_X, TOP, ["Eta sentence beside the figure in the right", "column of page three."])
    for extra in range(3, pages):
        p.new_page()
        p.column(LEFT_X, TOP, LEFT_LINES)
        p.column(RIGHT_X, TOP, [f"Page {extra + 1} filler: " + RIGHT_LINES[0]] + RIGHT_LINES[1:])
    return bytes(p.pdf.output())


BOXED = [  # Table 5: an outer box and a rule under each row, no vertical rules
    ["Endpoint", "Arm A", "Arm B", "HR"],
    ["Overall survival", "24.1", "19.8", "0.81"],
    ["Progression-free survival", "11.2", "8.4", "0.74"],
]
LATTICE = [  # Table 4: fully ruled, its caption and footnote inside the grid as whole-width rows
    ["Outcome", "Exercise (n=392)", "Control (n=393)", "Odds ratio (95% CI)"],
    ["Abstinence at end of pregnancy", "30 (8)", "25 (6)", "1.21 (0.70 to 2.10)"],
    ["Abstinence 6 months after birth", "24 (6)", "16 (4)", "1.55 (0.81 to 2.97)"],
]


def table_variants(watermark: bool = True) -> bytes:
    """Two pages: a fully ruled table holding its caption and footnote as whole-width rows, and a
    boxed table whose rows are ruled but whose columns are not; a sideways download watermark
    runs up the left margin of every page."""
    p = Paper(header=False)
    widths = [170, 90, 90, 110]
    for page in (1, 2):
        p.new_page()
        # The running head and the page number on one line, far apart.
        p.words(MARGIN, 40, "Generated Trials Journal (2024) 7:42", size=8)
        p.words(PAGE_W - MARGIN - 40, 40, f"Page {page} of 2", size=8)
        if watermark:
            with p.pdf.rotation(angle=90, x=25, y=600):
                p.words(25, 600, "Downloaded from journals.example.org on 1 March 2024 by guest", size=7)
        p.column(LEFT_X, TOP, ["Theta sentence opens page one and says that", "the tables below come from the trial."]
                 if page == 1 else ["Iota sentence opens page two and says that", "the boxed table follows."])
    p.pdf.page = 1
    x, y = MARGIN, TOP + 40
    total = sum(widths)
    p.pdf.set_line_width(0.5)
    p.pdf.rect(x, y, total, 16)
    p.words(x + 3, y + 11, "Table 4 | Abstinence outcomes. Values are numbers (percentages)")
    y += 16
    for row in LATTICE:
        cx = x
        for text, w in zip(row, widths, strict=True):
            p.pdf.rect(cx, y, w, 16)
            p.words(cx + 3, y + 11, text, size=8)
            cx += w
        y += 16
    p.pdf.rect(x, y, total, 16)
    p.words(x + 3, y + 11, "*Footnote: abstinence was validated by exhaled carbon monoxide.", size=8)
    p.pdf.page = 2
    x, y = MARGIN, TOP + 40
    p.words(x, y - 6, "Table 5: Medians in months by arm.")
    p.pdf.rect(x, y, total, 16 * len(BOXED))
    for i, row in enumerate(BOXED):
        cx = x
        for text, w in zip(row, widths, strict=True):
            p.words(cx + 3, y + 11 + 16 * i, text, size=8)
            cx += w
        if i:
            p.pdf.line(x, y + 16 * i, x + total, y + 16 * i)
    # Table 6: rows set apart by padding, each row two packed lines; rules above and below.
    y += 16 * len(BOXED) + 40
    p.words(x, y, "Table 6: Included studies.")
    p.pdf.line(x, y + 6, x + total, y + 6)
    y += 18
    for first, second in STUDY_ROWS:
        for line, yy in ((first, y), (second, y + 9.5)):
            cx = x
            for text, w in zip(line, widths, strict=True):
                if text:
                    p.words(cx, yy, text, size=8)
                cx += w
        y += 25
    p.pdf.line(x, y - 12, x + total, y - 12)
    return bytes(p.pdf.output())


STUDY_ROWS = [  # Table 6: each study's row is two lines
    (["Meyer [5]", "microscope", "semi-", "392"], ["Germany 2009", "", "quantitative", ""]),
    (["Garrity [6]", "tissue", "quantitative", "366"], ["Canada 2004", "microarrays", "", ""]),
    (["Fodor [7]", "microscope", "quantitative", "867"], ["America 2012", "", "", ""]),
]


def landscape_table_page() -> bytes:
    """A portrait page (not marked rotated) holding a table printed sideways, reading upwards."""
    p = Paper(header=False)
    p.new_page()
    cx, cy = PAGE_W / 2, PAGE_H / 2
    with p.pdf.rotation(angle=90, x=cx, y=cy):
        # Inside the rotation, lay the page out as if it were landscape around the centre.
        x0, y0 = cx - 300, cy - 150
        p.words(x0, y0, "Table 3: Toxicity by arm, printed sideways.")
        y = y0 + 20
        for row in [["Event", "Arm A", "Arm B"], ["Grade 3 neutropenia", "12%", "7%"],
                    ["Grade 3 fatigue", "5%", "4%"]]:
            for text, x in zip(row, (x0, x0 + 200, x0 + 300), strict=True):
                p.words(x, y, text)
            y += 16
        p.words(x0, y + 20, "Sideways prose under the table says the landscape page reads upright.")
    return bytes(p.pdf.output())


def single_page(lines: list[str]) -> bytes:
    p = Paper(header=False)
    p.new_page()
    p.column(MARGIN, TOP, lines)
    return bytes(p.pdf.output())


def encrypted_pdf(user_password: str | None = "user-secret") -> bytes:
    """Encrypted; without a user password anyone may open it (only permissions are restricted)."""
    p = Paper(header=False)
    p.new_page()
    p.words(MARGIN, TOP, "A secret study of 12 patients.")
    p.pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(p.pdf.output())


def image_only_pdf() -> bytes:
    """A 'scanned' page: one picture of text, no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(img).text((20, 20), "Median survival was 26.7 months.", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    p = Paper(header=False)
    p.new_page()
    p.pdf.image(buf, x=MARGIN, y=TOP, w=400)
    return bytes(p.pdf.output())


# ---------------------------------------------------------------------------------------------
# a text paper set as a two-column journal PDF


def _dejavu() -> tuple[str, str]:
    """DejaVu Sans from matplotlib (a project dependency), for text beyond Latin-1 ("≤")."""
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return str(fonts / "DejaVuSans.ttf"), str(fonts / "DejaVuSans-Bold.ttf")


NUMERIC = re.compile(r"^[<>≤≥]?\d+(?:\.\d+)?%?$|^\([^()]*\)$")
TABLE_CAPTION = re.compile(r"^Table\s+\d+\b")


class FlowPaper(Paper):
    """Paragraphs flowed down two justified columns, page after page."""

    def __init__(self, running_head: str):
        super().__init__(header=False)
        regular, bold = _dejavu()
        self.pdf.add_font("DejaVu", "", regular)
        self.pdf.add_font("DejaVu", "B", bold)
        self.family = "DejaVu"
        self.running_head = running_head
        self.col = 0
        self.y = TOP
        self.col_top = TOP

    def start_page(self) -> None:
        self.new_page()
        self.words(MARGIN, 40, self.running_head, size=8)
        self.words(PAGE_W / 2 - 10, PAGE_H - 30, f"Page {self.page}", size=8)
        self.col, self.y, self.col_top = 0, TOP, TOP

    def room(self, height: float) -> None:
        """Move to the next column or page unless ``height`` points fit here."""
        if self.y + height <= PAGE_H - 60:
            return
        if self.col == 0:
            self.col, self.y = 1, self.col_top
        else:
            self.start_page()

    @property
    def x(self) -> float:
        return LEFT_X if self.col == 0 else RIGHT_X

    def wrap(self, text: str, width: float, size: float = 9, bold: bool = False) -> list[str]:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        lines, current = [], ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and self.pdf.get_string_width(trial) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        return lines + ([current] if current else [])

    def title(self, text: str) -> None:
        y = TOP
        for line in self.wrap(text, PAGE_W - 2 * MARGIN, size=14, bold=True):
            self.words(MARGIN, y, line, size=14, bold=True)
            y += 18
        self.col_top = self.y = y + 14

    def paragraph(self, text: str, bold: bool = False) -> None:
        lines = self.wrap(text, COL_W, bold=bold)
        if bold:
            self.room(3 * LEAD)
        for i, line in enumerate(lines):
            self.room(LEAD)
            if i < len(lines) - 1:
                self.justified(self.x, self.y, line, COL_W)
            else:
                self.words(self.x, self.y, line, bold=bold)
            self.y += LEAD
        self.y += 10  # more than a line's gap: paragraphs stay apart

    def table(self, caption: str, rows: list[str]) -> None:
        """A table ruled above and below its header and at the bottom, inside the column."""
        data = [_cells(r) for r in rows]
        ncols = max((len(c) - 1 for c in data if c is not None), default=0)
        self.pdf.set_font(self.family, "", 8)
        label_w = max([self.pdf.get_string_width(c[0]) for c in data if c] + [30]) + 8
        col_w = (COL_W - label_w) / max(1, ncols)
        cap_lines = self.wrap(caption, COL_W)
        self.room(LEAD * len(cap_lines) + 14 * (len(rows) + 1))
        for line in cap_lines:
            self.words(self.x, self.y, line)
            self.y += LEAD
        self.y -= 3
        self.pdf.set_line_width(0.5)
        self.pdf.line(self.x, self.y, self.x + COL_W, self.y)
        header_done = False
        for raw, cells in zip(rows, data, strict=True):
            if cells is None:  # a header line: its cells over the number columns
                heads = _header_cells(raw, ncols)
                for j, (text, span) in enumerate(heads):
                    if text:
                        self.words(self.x + label_w + j * col_w, self.y + 10, text, size=8)
                    del span
            else:
                if not header_done:
                    header_done = True
                    self.pdf.line(self.x, self.y + 1, self.x + COL_W, self.y + 1)
                self.words(self.x, self.y + 10, cells[0], size=8)
                for j, text in enumerate(cells[1:]):
                    self.words(self.x + label_w + j * col_w, self.y + 10, text, size=8)
            self.y += 13
        self.pdf.line(self.x, self.y + 2, self.x + COL_W, self.y + 2)
        self.y += 16


def _cells(line: str) -> list[str] | None:
    """A data row as [label, cell, ...] ("Fatigue 4 12.5 4 12.5"), or None for a header line."""
    tokens = line.split()
    first = next((i for i, t in enumerate(tokens) if NUMERIC.match(t)), None)
    if not first or not all(NUMERIC.match(t) for t in tokens[first:]):
        return None
    cells = [" ".join(tokens[:first])]
    for t in tokens[first:]:
        if t.startswith("(") and len(cells) > 1:
            cells[-1] += " " + t
        else:
            cells.append(t)
    return cells


def _header_cells(line: str, ncols: int) -> list[tuple[str, int]]:
    """Header text per number column: one token each, or word-number pairs ("Grade 1") spread
    over the columns they head."""
    tokens = line.split()
    pairs = [" ".join(tokens[i:i + 2]) for i in range(0, len(tokens), 2)]
    paired = len(tokens) % 2 == 0 and all(re.fullmatch(r"[A-Za-z]+ \S*\d\S*", p) for p in pairs)
    if len(tokens) == ncols and not paired:
        return [(t, 1) for t in tokens]
    if paired and ncols % len(pairs) == 0:
        span = ncols // len(pairs)
        out: list[tuple[str, int]] = []
        for p in pairs:
            out += [(p, span)] + [("", 0)] * (span - 1)
        return out
    return [(line, ncols)]


def _is_table_row(para: str) -> bool:
    return len(para) < 90 and not para.rstrip().endswith(".") and len(para.split()) <= 12


def paper_from_text(text: str, running_head: str = "Oncoev example papers, typeset for testing") -> bytes:
    """A text paper (paragraphs apart by blank lines) as a two-column PDF: the first paragraph
    is the title, short lines without a full stop are headings, "Table N" and the short lines
    after it are a table."""
    blocks = [[line.strip() for line in p.splitlines()] for p in re.split(r"\n\s*\n", text.strip())]
    paras = [" ".join(lines) for lines in blocks]
    p = FlowPaper(running_head)
    p.start_page()
    p.title(paras[0])
    i = 1
    while i < len(paras):
        para = paras[i]
        if TABLE_CAPTION.match(para):
            rows: list[str] = []
            # A table's rows are its lines, whether blank lines part them or not.
            while (i + 1 < len(paras) and all(_is_table_row(ln) for ln in blocks[i + 1])
                   and not TABLE_CAPTION.match(paras[i + 1])):
                rows += blocks[i + 1]
                i += 1
            p.table(para, rows)
        elif len(para.split()) <= 6 and not para.endswith("."):
            p.paragraph(para, bold=True)
        else:
            p.paragraph(para)
        i += 1
    return bytes(p.pdf.output())


FOREST_ROWS = [("Meyer 2009", 1.54, 1.12, 2.10), ("Garrity 2004", 1.21, 0.88, 1.66), ("Fodor 2012", 2.02, 1.31, 3.11),
               ("Salminen 2005", 0.93, 0.61, 1.42)]


def forest_plot_page() -> bytes:
    """Prose over a forest plot drawn with vectors (whiskers, squares, a diamond, an axis) whose
    study rows read like a table, then its caption; a picture page with no text follows."""
    p = Paper()
    p.new_page()
    p.column(MARGIN, TOP, ["Kappa sentence introduces the pooled analysis of four studies shown in the",
                           "forest plot below, with a pooled hazard ratio of 1.38."])
    x_axis, y = 330.0, TOP + 50
    scale = 90.0  # points per unit of hazard ratio

    def at(v: float) -> float:
        return x_axis + (v - 1.0) * scale

    p.pdf.set_line_width(0.5)
    p.words(MARGIN, y, "Study", size=8)
    p.words(180, y, "HR (95% CI)", size=8)
    p.words(450, y, "Weight", size=8)
    for i, (name, hr, lo, hi) in enumerate(FOREST_ROWS):
        row_y = y + 16 * (i + 1)
        p.words(MARGIN, row_y, name, size=8)
        p.words(180, row_y, f"{hr:.2f} ({lo:.2f}, {hi:.2f})", size=8)
        p.words(450, row_y, f"{25 - i:.1f}%", size=8)
        p.pdf.line(at(lo), row_y - 3, at(hi), row_y - 3)
        p.pdf.rect(at(hr) - 3, row_y - 6, 6, 6, style="F")
    dy = y + 16 * (len(FOREST_ROWS) + 1)
    p.words(MARGIN, dy, "Overall", size=8)
    p.words(180, dy, "1.38 (1.10, 1.73)", size=8)
    p.pdf.polygon([(at(1.10), dy - 3), (at(1.38), dy - 7), (at(1.73), dy - 3), (at(1.38), dy + 1)], style="F")
    p.pdf.line(x_axis, y - 8, x_axis, dy + 6)
    p.pdf.line(at(0.5), dy + 8, at(2.5), dy + 8)
    for v in (0.5, 1.0, 2.0):
        p.pdf.line(at(v), dy + 8, at(v), dy + 11)
        p.words(at(v) - 5, dy + 19, f"{v:g}", size=7)
    p.words(MARGIN, dy + 40, "Fig. 2 Forest plot of hazard ratios for overall survival")
    p.new_page()  # a page holding only a picture
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 100), "gray").save(buf, format="PNG")
    p.pdf.image(buf, x=MARGIN, y=TOP, w=300)
    p.new_page()
    p.column(MARGIN, TOP, ["Lambda sentence is on the third page, after the picture page."])
    return bytes(p.pdf.output())


def page_break_paper() -> bytes:
    """A paragraph running from the foot of page 1 onto page 2, broken inside a word."""
    p = Paper()
    p.new_page()
    p.column(MARGIN, PAGE_H - 120, ["Mu sentence starts at the foot of the first page and",
                                    "its last word on this page is broken by a hyphen, respec-"])
    p.new_page()
    p.column(MARGIN, TOP, ["tively, as long papers often do at a page break."])
    return bytes(p.pdf.output())


# Each box holds two lines of eight words or more, as long as lines of prose.
FLOW_BOXES = ["Women assessed for eligibility at the first antenatal visit in one of the thirteen hospitals (n=812)",
              "Women excluded before randomisation because they were not eligible or declined to take part (n=23)",
              "Women randomised to the exercise sessions as well as the weekly behavioural support sessions (n=394)",
              "Women lost to follow-up before the end of their pregnancy for reasons given in the text (n=2)",
              "Women included in the primary analysis of the trial at the end of their pregnancy (n=392)"]


def flow_chart_page() -> bytes:
    """A CONSORT-like flow chart (boxes of long text, joined by lines) in the left column beside
    a paragraph in the right column, then the chart's caption."""
    p = Paper()
    p.new_page()
    p.pdf.set_line_width(0.6)
    y = TOP
    for i, text in enumerate(FLOW_BOXES):
        p.pdf.rect(LEFT_X, y, COL_W, 30)
        words = text.split()
        p.words(LEFT_X + 4, y + 12, " ".join(words[: len(words) // 2]), size=7)
        p.words(LEFT_X + 4, y + 23, " ".join(words[len(words) // 2:]), size=7)
        if i < len(FLOW_BOXES) - 1:
            p.pdf.line(LEFT_X + COL_W / 2, y + 30, LEFT_X + COL_W / 2, y + 42)
        y += 42
    p.words(LEFT_X, y + 4, "Fig 1 | Flow of participants through the trial")
    p.column(RIGHT_X, TOP, ["Nu sentence in the right column runs beside the",
                            "flow chart and says that most of the women",
                            "who were assessed took part in the trial until", "the end of their pregnancy."])
    return bytes(p.pdf.output())
