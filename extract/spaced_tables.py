"""Tables a plain-text rendering wrote on one line, one space between cells, split back into cells.

Some article texts (PubMed Central renderings among them) write each table as one line: "Table 2",
its caption, the header cells, then every row's cells, all joined by single spaces; an empty cell is
a no-break space, an indented row label starts with an em space, and the table ends where the line
does or where the next paragraph starts after a run of plain spaces:

    Table 4 Toxicity by arm Drug A (n = 50) Drug B (n = 49) p Fatigue 4 (8%) 9 (18%) 0.23 Rash ...

Nothing marks where a cell ends, but the header gives each group's size ("n = 50"), and cells have
shapes ("4 (8%)", "0.23", "-"): a row starts where a label starts (a letter after a number, or an
indent), and its cells are the split of its numbers that agrees with the group sizes
(``flat_tables.split_row``, which also leaves whole a row that splits more than one way). The
group names are the header's words before each size: "Drug A (n = 50) Drug B (n = 49)", or, when
the sizes follow all the names ("Drug-A Drug-B n = 50 n = 49"), one word per name or two words
sharing the first ("Arm A Arm B"). A header it cannot lay over the columns this way is no table
here: its numbers stay unexplained rather than be given to a wrong column.
"""

from __future__ import annotations

import re
from typing import Optional

from oncoev.extract.document import Cell, Table
from oncoev.extract.flat_tables import NUM, SHAPES, row_cells, split_row
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.normalize import Normalized
from oncoev.extract.tables import NUMBER_TOKEN

# "Table 3" opening a line or a paragraph (after a run of plain spaces), not "(Table 3)" in a sentence.
START = lazy_regex(r"(?m)(?:^|(?<=  ))Table\s?(?P<num>\d{1,2})\.?[ \u00a0]+(?=\S)")
# The longest line read as one table (the longest in the unlabeled full texts is under 10,000 characters).
MAX_CHARS = 40_000
# A table's line ends at a line break or where the next paragraph starts (two or more plain spaces).
END = lazy_regex(r"\n|  ")
GROUP_N = lazy_regex(r"\b[nN]\s?=\s?(?P<n>\d+)\b")
# Header cells after the groups' sizes: the p column, and the cell-format notes under each group.
P_HEAD = lazy_regex(r"\s*\)?\s*(?P<p>[Pp]\s?(?:-?\s?values?)?\s?[*†‡a-d]?)(?=\s|$)")
FORMAT_HEAD = lazy_regex(r"\s*(?:(?:[nN]|No\s?\.?)\s?\(\s?%\s?\)|\(?%\)?|No\s?\.|[nN]"
                         r"|(?:Any\s)?[Gg]rades?(?:\s?[≥>]=?\s?|\s)\d(?:\s?[-–]\s?\d)?\+?)(?=\s|$)")
GRADE_HEAD = lazy_regex(r"(?i)grade")
# The header of the label column, which stands just before the first group's name.
LABEL_HEAD = lazy_regex(r"(?i)(?:characteristics?|variables?|parameters?|events?|toxicit(?:y|ies)|outcomes?|endpoints?"
                        r"|factors?|complications?|features?|items?|symptoms?|measures?|categor(?:y|ies)|effects?|responses?)")
# A footnote after the last row ends the body.
FOOTNOTE = lazy_regex(r"\s(?:[*†‡§¶]+\s?[A-Z]|Abbreviations?\b|Data (?:are|were)\b|Values? (?:are|were)\b|Note\b)")
# Cells this layout writes that the run-together layout does not, all in the p column: "p = 0.53", a p value
# of 1, and a dash or NA for none.
SPACED_SHAPES = (
    ("p", re.compile(r"[Pp]\s?[=<>]\s?0?\.\d{1,4}(?!\d)|[<>≤≥]?\s?1\.0{1,3}(?![\d.])|[-–—](?![\d.])|N/?A\b")),
    *SHAPES,
)
# Where a row starts: a letter after a number's end, a bracket or %, or after a dash standing for a cell.
ROW_START = lazy_regex(r"(?<=[\d)%])(?= [A-Za-z≤≥<>])|(?<= [-–—])(?= [A-Za-z])|(?<=\S)(?=  +\S)")


def _group_names(pre: str, sizes: list[re.Match], text: str) -> Optional[tuple[list[str], list[str]]]:
    """The names over the size columns and the cell formats written after each size but the last
    ("Drug A N = 50 n (%) Drug B N = 49 n (%)"), or None when the header cannot be laid over them."""
    k = len(sizes)
    gaps = [re.sub(r"^[\s)]+", "", text[a.end():b.start()]) for a, b in zip(sizes, sizes[1:], strict=False)]
    formats = [f.group(0).strip() for f in (FORMAT_HEAD.match(" " + g) for g in gaps) if f]
    if len(formats) == len(gaps):
        gaps = [g[len(f):] for g, f in zip(gaps, formats, strict=True)]
    else:
        formats = []
    tidy = [re.sub(r"^[\s)]+|[\s(,;%]+$", "", g) for g in gaps]
    if any(P_HEAD.match(t) for t in tidy if t):
        return None  # a p column between groups: its rows' values cannot be placed from the left
    words = pre.split()
    if all(not t for t in tidy):
        # every name, then every size: "Drug-A Drug-B n = 50 n = 49" or "Arm A Arm B N = 50 N = 49"
        last = [w.strip("()") for w in words[-2 * k:]]
        if len(last) == 2 * k and len({last[2 * i] for i in range(k)}) == 1 and \
                len({last[2 * i + 1] for i in range(k)}) == k:
            return [f"{last[2 * i]} {last[2 * i + 1]}" for i in range(k)], formats
        last = words[-k:]
        if len(last) == k and len(set(last)) == k and all(re.match(r"[A-Z0-9]", w) for w in last):
            return last, formats
        return None
    if any(not t or len(t) > 60 or re.search(rf"\d\s?\(\s?{NUM}|[.;:]\s", t) for t in tidy):
        return None
    # each name before its size: the first name has as many words as the next one, less a caption's
    # last word or the label column's header ("Event", "Characteristic") ...
    width = len(tidy[0].split())
    words = re.sub(r"[\s(,;%]+$", "", " ".join(words[-width - 4:])).split()
    if len(words) < width:
        return None
    first = words[-width:]
    while len(first) > 1 and (first[0][:1].islower() and tidy[0][:1].isupper() or LABEL_HEAD.fullmatch(first[0])):
        first = first[1:]
    # ... and more than a lone letter or number, which ends a name ("Drug Q", "Group 2")
    if len(first) == 1 and len(first[0].strip("()")) <= 2 and len(words) > 1 and not LABEL_HEAD.fullmatch(words[-2]):
        first = words[-2:]
    # names that start alike ("Surgery plus X", "Surgery alone"): the first one starts at that word
    lead = tidy[0].split()[0]
    if lead not in first and lead in words[-len(first) - 3:]:
        first = words[len(words) - 1 - words[::-1].index(lead):]
    return [" ".join(first), *tidy], formats


def spaced_tables(norm: Normalized, original: str, taken: list[tuple[int, int]]) -> list[Table]:
    """Tables written on one line with single spaces between cells (see the module's doc), outside the
    ``taken`` original spans."""
    out: list[Table] = []
    for m in START.finditer(original):
        if any(a <= m.start() < b for a, b in taken):
            continue
        end = END.search(original, m.end())
        o_end = end.start() if end else len(original)
        table = _read(norm, original, m, o_end)
        if table is not None:
            out.append(table)
    return out


def _read(norm: Normalized, original: str, m: re.Match, o_end: int) -> Optional[Table]:
    if o_end - m.end() > MAX_CHARS:
        return None  # a line that long is prose run together, not one table
    a, b = norm.index(m.end()), norm.index(o_end)
    text = norm.text[a:b]
    sizes: list[re.Match] = []
    for g in GROUP_N.finditer(text[:700]):
        if sizes and (g.start() - sizes[-1].end() > 60 or re.search(rf"\d\s?\(\s?{NUM}\s?%?\s?\)",
                                                                    text[sizes[-1].end():g.start()])):
            break
        sizes.append(g)
    if len(sizes) < 2:
        return None
    named = _group_names(text[:sizes[0].start()], sizes, text)
    names, formats = named if named is not None else ([], [])
    if named is None or len(set(names)) != len(names):
        return None  # a repeated name is a level above the groups (cycles, time points) the line lost
    # "(%, n = 38)": that group's cells are percentages
    percent = [bool(re.search(r"%[,;\s]*$", text[max(0, s.start() - 6):s.start()])) for s in sizes]
    pos = sizes[-1].end()
    p_last = False
    grade_at = 0
    for _ in range(2 * len(sizes) + 3):
        f = FORMAT_HEAD.match(text, pos)
        if f and f.end() > pos:
            if GRADE_HEAD.search(f.group(0)) and not grade_at:
                grade_at = pos
            formats.append(re.sub(r"\s+(?=\.)", "", f.group(0).strip()))  # "No ." as "No."
            pos = f.end()
            continue
        p = P_HEAD.match(text, pos) if not p_last else None
        if p:
            p_last = True
            pos = p.end()
            continue
        close = re.match(r"\s*\)", text[pos:])
        if close:
            pos += close.end()
            continue
        break
    k = len(sizes)
    if grade_at and len(formats) != k:
        # "Grade 1 10 12 ...": a grade that is the first row's label, not one under each group
        pos, formats = grade_at, [f for f in formats if not GRADE_HEAD.search(f)]
    split_cols = False
    if formats and len(formats) == 2 * k and all(
            re.match(r"[nN]|No", formats[2 * i]) and formats[2 * i + 1] == "%" for i in range(k)):
        split_cols = True  # "No. %" under each group: a count column and a percentage column
    elif formats and len(formats) != k:
        return None
    first_name = text.rfind(names[0], 0, sizes[0].start())
    caption = text[:first_name].strip() if first_name > 0 else ""
    body_start = pos
    foot = FOOTNOTE.search(text, body_start)
    body_end = foot.start() if foot else len(text)
    body = text[body_start:body_end]
    if len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", body)) < 4:
        return None
    cuts = [0] + [x.end() for x in ROW_START.finditer(body)] + [len(body)]
    chunks: list[tuple[int, str, bool]] = []  # start in body, text, opened by an indent
    for x, y in zip(cuts, cuts[1:], strict=False):
        piece = body[x:y]
        if not piece.strip():
            continue
        indent = piece.startswith("  ")
        if chunks and not indent and (chunks[-1][1].count("(") > chunks[-1][1].count(")")
                                      or not NUMBER_TOKEN.search(chunks[-1][1])
                                      or re.match(r" [a-z]+(?=[\s,;:]|$)", piece)):
            # a label with a number inside it ("T2 stage", "(CTCAE v4)") was cut after that number, or a
            # number runs on into words ("> 65 years"): no row starts there
            s, t, ind = chunks[-1]
            chunks[-1] = (s, t + piece, ind)
            continue
        chunks.append((x, piece, indent))
    grades = bool(formats) and not split_cols and all(GRADE_HEAD.search(f) for f in formats)
    per = 2 if split_cols else 1
    width = 1 + per * k + (1 if p_last else 0)
    cells: list[Cell] = [Cell(row=0, col=0, text="")]
    col_sizes: list[Optional[int]] = []
    for c, (name, size) in enumerate(zip(names, sizes, strict=True)):
        head = f"{name} n = {size.group('n')}"
        if split_cols:  # the group over its two columns, "No." and "%" under it
            cells += [Cell(row=0, col=2 * c + 1, text=head), Cell(row=0, col=2 * c + 2, text=head)]
            cells += [Cell(row=1, col=2 * c + 1, text=formats[2 * c]), Cell(row=1, col=2 * c + 2, text="%")]
            col_sizes += [int(size.group("n")), None]
            continue
        if grades:  # "Grade 3+" under each group: a level of its own
            cells += [Cell(row=0, col=c + 1, text=head), Cell(row=1, col=c + 1, text=formats[c])]
        else:
            head += f" {formats[c]}" if formats else " (%)" if percent[c] else ""
            cells.append(Cell(row=0, col=c + 1, text=head))
        col_sizes.append(int(size.group("n")))
    if p_last:
        cells.append(Cell(row=0, col=width - 1, text="p"))
    header_rows = 2 if split_cols or grades else 1
    if header_rows == 2:
        cells += [Cell(row=1, col=0, text="")] + ([Cell(row=1, col=width - 1, text="")] if p_last else [])
    base = a + body_start
    previous: Optional[str] = None
    rows = header_rows - 1
    for start, chunk, indent in chunks:
        lead = len(chunk) - len(chunk.lstrip())
        stripped = chunk.strip()
        rows += 1
        at = base + start + lead
        mark = "\u2003" if indent else ""
        # a cell holds at most three numbers ("63 (47-75)"): a row with more than that per column cannot be
        # split, and trying every split of a long run of numbers costs time for nothing
        numbers = len(re.findall(r"\d+(?:\.\d+)?", stripped))
        split = split_row(stripped, col_sizes, p_last, previous, SPACED_SHAPES, run_together=False) \
            if numbers <= 3 * (width - 1) + 1 else None
        if split is None:
            o_a, o_b = norm.span(at, at + len(stripped))
            digits = re.search(r"\d", stripped)
            if digits is None:
                cells.append(Cell(row=rows, col=0, text=mark + original[o_a:o_b], char_start=o_a, char_end=o_b))
                cells += [Cell(row=rows, col=c, text="") for c in range(1, width)]
                previous = None
                continue
            # cells that cannot be split one way only stay together where the reader lists them unexplained
            cut = re.search(r"(?<=[A-Za-z])\s*(?=\d)", stripped)
            cut_at = cut.start() if cut else 0
            l_a, l_b = norm.span(at, at + cut_at)
            r_a, r_b = norm.span(at + cut_at, at + len(stripped))
            cells.append(Cell(row=rows, col=0, text=mark + original[l_a:l_b], char_start=l_a, char_end=l_b))
            cells.append(Cell(row=rows, col=1, text=original[r_a:r_b].strip(), char_start=r_a, char_end=r_b))
            cells += [Cell(row=rows, col=c, text="") for c in range(2, width)]
            previous = None
            continue
        previous = split.label.strip()
        o_a, o_b = norm.span(at, at + len(split.label))
        cells.append(Cell(row=rows, col=0, text=mark + original[o_a:o_b], char_start=o_a, char_end=o_b))
        cells += row_cells(split, rows, width, p_last, norm, original, at)
    if rows < header_rows:
        return None
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=header_rows,
                 label=f"Table {m.group('num')}", source="spaced", char_start=m.start(),
                 char_end=norm.span(base, a + body_end)[1])
