"""PDFs the tests build with fpdf2: journal-like pages whose layout and content we know exactly.

Words are placed one by one (no space characters between them), as in many real journal PDFs,
so the reader has to find word gaps from glyph positions. Everything is Helvetica (a PDF core
font), so no font file is needed.
"""

from __future__ import annotations

import io

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

    def new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1
        if self.header:
            self.pdf.set_font("Helvetica", size=8)
            self.words(MARGIN, 40, HEADER)
            self.words(PAGE_W / 2 - 10, PAGE_H - 30, f"Page {self.page}")

    def words(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> float:
        """Place ``text`` word by word at baseline ``y`` (no space characters); returns the end x."""
        self.pdf.set_font("Helvetica", "B" if bold else "", size)
        space = self.pdf.get_string_width(" ")
        for word in text.split():
            self.pdf.text(x, y, word)
            x += self.pdf.get_string_width(word) + space
        return x - space

    def justified(self, x: float, y: float, text: str, width: float, size: float = 9) -> None:
        """One line spread over the column's width, as journals set their text."""
        self.pdf.set_font("Helvetica", "", size)
        words = text.split()
        ink = sum(self.pdf.get_string_width(w) for w in words)
        space = (width - ink) / max(1, len(words) - 1)
        for word in words:
            self.pdf.text(x, y, word)
            x += self.pdf.get_string_width(word) + space

    def column(self, x: float, y: float, lines: list[str]) -> float:
        """Justified lines; a paragraph's last line (ending with a full stop) is set ragged."""
        self.pdf.set_font("Helvetica", "", 9)
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


def encrypted_pdf() -> bytes:
    p = Paper(header=False)
    p.new_page()
    p.words(MARGIN, TOP, "A secret study.")
    p.pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
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
