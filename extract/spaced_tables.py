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

Where the cells run together, names and sizes too ("Drug Q weeklyObservationn = 30n = 28"), the names
are parted by the compared groups the prose defines (``names``): each size goes to the group named in
its place. A row naming a part of the population with each group's size in it ("Womenn = 10n = 12")
starts a block whose counts are of those parts, and a time point alone ("6 months") heads the rows
under it.

A PDF's text may write the same table a row per line under its caption's line ("Table 2 Toxicity" / "Event Arm A (n =
60) Arm B (n = 58) Total (n = 118)" / "Nausea 12 (20.0) 9 (15.5) 21 (17.8)" / ...): read as one line whose rows start
where its lines do (``_read_lines``), up to a line of prose, a note or the next caption.

A factor table has no groups to split by: "Factor HR (95% CI) P Age > 70 1.42 (1.05-1.92) 0.02 ...". Its rows are
split by the ratio cell's own shape, each ratio inside its interval, a reference category's row ("Male 1.00
(reference)") passed over (``_read_ratio_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Optional

from oncoev.extract.document import Cell, Table
from oncoev.extract.flat_tables import (
    EMPTY_SHAPE,
    NUM,
    SHAPES,
    _Candidate,
    _segmentations,
    grades_per_group,
    row_cells,
    split_row,
)
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.normalize import Normalized
from oncoev.extract.rules import regexes
from oncoev.extract.table_model import TIME_LEVEL
from oncoev.extract.tables import RX as TABLES_RX
from oncoev.extract.tables import _is_prose

RX = regexes("spaced_tables")  # patterns/regex/spaced_tables.yaml: the regular expressions of this module

# "Table 3" opening a line or a paragraph (after a run of plain spaces), not "(Table 3)" in a sentence; or glued to
# the sentence before it, after its full stop and maybe a footnote's mark ("... not significant.gTable 3 Toxicity").
# (The anchors are looked behind from after "Table": a pattern starting with that word is found by a fast scan.)
_AFTER_SENTENCE = r"(?<=[A-Za-z\d)]\.Table)|(?<=[A-Za-z\d)]\.[a-h*†‡]Table)"
START = lazy_regex(r"(?m)Table(?:(?<=^Table)|(?<=  Table)|" + _AFTER_SENTENCE +
                   r")\s?(?P<num>\d{1,2}|[IVX]{1,4})\.?[ \u00a0]+(?=\S)")
# The longest line read as one table (the longest in the unlabeled full texts is under 10,000 characters).
MAX_CHARS = 40_000
NOTE_CHARS = 600  # a table's notes read at most (prose may run on after them)
# Cells this layout writes that the run-together layout does not, all in the p column: "p = 0.53", a p value
# of 1 ("1.00", "p = 1.00"), and a dash or NA for none.
# ... and a value written with its percent sign ("85.0%", under a group: its rate).
PERCENT_SHAPE = ("percent", re.compile(rf"{NUM}\s?%"))
SPACED_SHAPES = (
    ("p", RX.P_CELL_SHAPE),
    *SHAPES[:-2], PERCENT_SHAPE, *SHAPES[-2:],
)
# With every row filling every column, a dash is an empty cell wherever it stands (no p column's alone).
SPACED_MARK_SHAPES = (EMPTY_SHAPE, (SPACED_SHAPES[0][0], RX.P_MARK_CELL_SHAPE), *SHAPES)
# A caption glued to its table ("Table 3Toxicity", "Table 3.Toxicity"), the table's line opening a line or a
# paragraph or glued to the sentence before it ("... as planned.Table 3Toxicity", "... as planned.aTable 3Toxicity"
# after a footnote's mark) or to a figure's caption with no full stop ("... by armTable 3Toxicity"), and a count
# glued to the label or cell before it ("Fatigue12 (30)", "(30)9 (24)"): the run-together layout.
GLUED_START = lazy_regex(r"(?m)Table(?:(?<=^Table)|(?<=  Table)|" + _AFTER_SENTENCE + r"|(?<=[a-z]{3}Table(?=\s?\d{1,2}"
                         r"[A-Z])))\s?(?P<num>\d{1,2})\.?\s?(?=[A-Z(])")
# "Median OS (95% CI)14.6 (12.4, 17.1)", ")11.3 (9.2-13.4)": a value and its interval glued to what is before it
GLUED_INTERVAL = lazy_regex(rf"[A-Za-z)%\]]{NUM}\s?[(\[]\s?{NUM}\s?(?:,|-|–|to)\s?(?:\d|NE|NR)")
# Rows of intervals only (no count to check the split by) that a run-together table needs to be read
INTERVAL_ROWS = 2
# The cells a stacked row's groups' columns may hold (``_stacked_rows``): counts, bare or with their percentage
STACKED_KINDS = frozenset({"integer", "count_pct"})
# The cells a row read by its intervals may hold, one per group: intervals, and counts checked against their groups
CHECKED_KINDS = frozenset({"interval", "count_pct", "fraction_pct", "pct_fraction"})
# Where the body of a run-together table ends: a note, or a list of abbreviations ("AE, adverse event;").
GLUED_FOOTNOTE = lazy_regex(r"(?:" + RX._NOTE_OPENS +
                            r"|(?<![A-Za-z])[A-Z][A-Za-z0-9-]{0,11}, [a-z][a-z -]{2,40}[;.])")
LABEL_CHARS = 200  # a longer piece is no label (and is not tried: the pattern backtracks over its length)
HEADER_CHARS = 1000
GLUED_LINES = 60  # lines a run-together table's line may be broken into
GLUED_MARK_SHAPES = (EMPTY_SHAPE, *SHAPES)


def _group_names(pre: str, sizes: list[re.Match], text: str) -> Optional[tuple[list[str], list[str]]]:
    """The names over the size columns and the cell formats written after each size but the last
    ("Drug A N = 50 n (%) Drug B N = 49 n (%)"), or None when the header cannot be laid over them."""
    k = len(sizes)
    # a comma may part a size from its format ("Drug Q (n = 40), n (%) Placebo (n = 38), n (%)")
    gaps = [RX.GAP_OPENING.sub("", text[a.end():b.start()]) for a, b in zip(sizes, sizes[1:], strict=False)]
    formats = [f.group(0).strip() for f in (RX.FORMAT_HEAD.match(" " + g) for g in gaps) if f]
    if len(formats) == len(gaps):
        gaps = [g[len(f):] for g, f in zip(gaps, formats, strict=True)]
    else:
        formats = []
    tidy = [RX.GAP_EDGES.sub("", g) for g in gaps]
    if any(RX.P_HEAD.match(t) for t in tidy if t):
        return None  # a p column between groups: its rows' values cannot be placed from the left
    words = pre.split()
    if all(not t for t in tidy):
        # every name, then every size: "Drug-A Drug-B n = 50 n = 49" or "Arm A Arm B N = 50 N = 49"; each name's
        # regimen may follow all the names, one bracket each ("Arm A Arm B (Drug Q) (Drug R) N = 50 N = 49")
        glosses = words[-k:] if len(words) > k and all(RX.BRACKETED_WORD.fullmatch(w) for w in words[-k:]) else []
        if glosses:
            words = words[:-k]
        gloss = [f" {g}" for g in glosses] or [""] * k
        last = [w.strip("()") for w in words[-2 * k:]]
        if len(last) == 2 * k and len({last[2 * i] for i in range(k)}) == 1 and \
                len({last[2 * i + 1] for i in range(k)}) == k:
            return [f"{last[2 * i]} {last[2 * i + 1]}{gloss[i]}" for i in range(k)], formats
        last = words[-k:]
        if any(RX.GLUED_NAMES.search(w) for w in last):
            return None  # names run together where no small letter meets a capital: where one ends is unsaid
        if len(last) == k and len(set(last)) == k and all(RX.CAPITAL_OR_DIGIT.match(w) for w in last):
            return [f"{w}{g}" for w, g in zip(last, gloss, strict=True)], formats
        return None
    if any(not t or len(t) > 60 or re.search(rf"\d\s?\(\s?{NUM}|[.;:]\s", t) for t in tidy):
        return None
    # each name before its size: the first name has as many words as the next one, less a caption's
    # last word or the label column's header ("Event", "Characteristic") ...
    width = len(tidy[0].split())
    lead = tidy[0].split()[0]
    # the label column's header run into the first name in capitals ("EVENTSARM A" before "ARM B"): two words
    glued = re.compile(r"(?i:" + RX.LABEL_WORDS + r")(?=" + re.escape(lead) + r"$)")
    words = [w for word in words for w in glued.sub(lambda g: g.group(0) + " ", word).split()]
    words = RX.TRAILING_MARKS.sub("", " ".join(words[-width - 4:])).split()
    if len(words) < width:
        return None
    first = words[-width:]
    # a name does not run back over the label column's header ("Toxicity Arm A", when "Arm B" is longer)
    heads = [i for i, w in enumerate(first[:-1]) if RX.LABEL_HEAD.fullmatch(w.strip(":,"))]
    if heads:
        first = first[heads[-1] + 1:]
    while len(first) > 1 and (first[0][:1].islower() and tidy[0][:1].isupper() or RX.LABEL_HEAD.fullmatch(first[0])):
        first = first[1:]
    # a name in small letters among capitalised ones ("Usual care" before "Drug Q"): its capitalised first word
    # is the one before it
    at = len(words) - len(first)
    if all(w[:1].islower() for w in first) and tidy[0][:1].isupper() and at > 0 and words[at - 1][:1].isupper() \
            and not RX.LABEL_HEAD.fullmatch(words[at - 1]):
        first = [words[at - 1], *first]
    # ... and more than a lone letter or number, which ends a name ("Drug Q", "Group 2")
    if len(first) == 1 and len(first[0].strip("()")) <= 2 and len(words) > 1 and not RX.LABEL_HEAD.fullmatch(words[-2]):
        first = words[-2:]
    # names that start alike ("Surgery plus X", "Surgery alone"): the first one starts at that word
    if lead not in first and lead in words[-len(first) - 3:]:
        first = words[len(words) - 1 - words[::-1].index(lead):]
    # the whole population's column first ("... by arm Total n = 90 Drug Q n = 46"): its name is that word alone,
    # however long the next name is
    total = RX.TOTAL_NAME.search(" ".join(first))
    if total and total.start() > 0:
        first = total.group(0).split()
    return [" ".join(first), *tidy], formats


def _bare_grades(text: str, pos: int, k: int) -> Optional[tuple[list[str], int]]:
    """Grades written bare under the grading scale's name, one run per group: ("Grade 1", ... per column, the end),
    or None. Each group's run is the same, three or more grades numbered in order from 0 or 1, and a cell format
    follows (which the grades' end must be told by)."""
    count = 0
    while count < k:
        scale = RX.SCALE_HEAD.match(text, pos)
        if not scale:
            return None
        pos, count = scale.end(), count + 1
    run = RX.BARE_GRADE_RUN.match(text, pos)
    if not run:
        return None
    first = grades_per_group(RX.SPACE.sub("", run.group(1)), k)
    if first is None:
        return None
    return [f"Grade {g}" for g in first] * k, run.end()


def _grade_levels(text: str, pos: int, k: int) -> Optional[tuple[list[str], list[str], bool, int]]:
    """Grade columns under each of ``k`` groups, read from ``pos`` just after the last group's size: the
    same grades under every group ("Drug Q (n = 40) Placebo (n = 38) Grade 1-2 Grade 3 Grade 1-2 Grade 3"), a
    p column before or after them, then none, one or two format cells under each grade ("n (%)", or "No." and
    "%"). (grades under each column, formats under each column, p column, end of the header); None for any
    other header."""
    close = RX.CLOSE.match(text, pos)
    pos = close.end() if close else pos
    p_last = False
    m = RX.P_HEAD.match(text, pos)
    if m:
        p_last, pos = True, m.end()
    label = RX.LABEL_BEFORE_GRADES.match(text, pos)  # the label column's header, "Adverse event", between them
    pos = label.end() if label else pos
    grades: list[str] = []
    ends: list[int] = []
    inline: list[str] = []  # a format written after each grade ("Grade 1-2 n (%) Grade 3-4 n (%)")
    bare = _bare_grades(text, pos, k)  # "CTCAE grade" over each group's grades written bare: "1 2 3 4"
    if bare is not None:
        grades, pos = bare
        ends = [pos] * len(grades)
    last_grade = pos
    while not bare and len(grades) < 12:
        g = RX.GRADE_CELL.match(text, pos)
        if not g:
            break
        grades.append(g.group(0).strip())
        pos = last_grade = g.end()
        f = RX.FORMAT_HEAD.match(text, pos)
        if f and "%" in f.group(0) and not RX.GRADE_HEAD.search(f.group(0)):
            inline.append(RX.SPACES.sub(" ", f.group(0).strip()))
            pos = f.end()
        ends.append(pos)
    if len(inline) == 1 and len(grades) > 1 and not RX.GRADE_CELL.match(text, pos):
        # "Grade 1-2 Grade 3 Grade 1-2 Grade 3 n (%) n (%) n (%) n (%)": the format after the last grade is the first
        # of the format row, written once under every grade
        inline, pos = [], last_grade
        ends[-1] = pos
    if grades and len(grades) % k and len(grades) > k:
        # "... Any grade Grade 3 Any adverse event": the first row's label starts like a grade; the grades are as
        # many under every group
        del grades[len(grades) - len(grades) % k:]
        del inline[len(grades):]
        pos = ends[len(grades) - 1]
    if not grades or len(grades) % k or inline and (len(inline) != len(grades) or len(set(inline)) != 1):
        return None  # a format after some grades only: not one level under every grade
    per_group = len(grades) // k
    if per_group < 2 or len({tuple(x.lower() for x in grades[i::per_group]) for i in range(per_group)}) != per_group \
            or any(grades[i * per_group:(i + 1) * per_group] != grades[:per_group] for i in range(k)):
        return None  # not the same two or more grades under every group
    formats: list[str] = list(inline)
    while not inline and len(formats) < 2 * len(grades):
        f = RX.FORMAT_HEAD.match(text, pos) or RX.NUMBER_HEAD.match(text, pos)
        if not f or RX.GRADE_HEAD.search(f.group(0)):
            break
        formats.append(RX.SPACE_BEFORE_DOT.sub("", f.group(0).strip()))
        pos = f.end()
    if not p_last:
        m = RX.P_HEAD.match(text, pos)
        if m:
            p_last, pos = True, m.end()
    if k < len(grades) and re.fullmatch(rf"(?:(?:[nN]|No\.?) ?\(%\) ?){{{k}}}", RX.SPACES.sub(" ", " ".join(formats))):
        formats = ["n (%)"] * len(grades)  # "N (%)" written once under each group, for every grade under it
    if len(formats) == 2 * len(grades):
        if not all(RX.COUNT_HEAD.match(formats[2 * i]) and formats[2 * i + 1].strip("()") == "%"
                   for i in range(len(grades))):
            return None
    elif formats and (len(formats) != len(grades) or len(set(formats)) != 1 or "%" not in formats[0]):
        return None
    return grades, formats, p_last, pos


def spaced_tables(norm: Normalized, original: str, taken: list[tuple[int, int]],
                  names: Sequence[Sequence[str]] = (), sizes: Sequence[Optional[int]] = ()) -> list[Table]:
    """Tables written on one line with single spaces between cells (see the module's doc), outside the
    ``taken`` original spans; ``names``: every name of each compared group the prose defines (one list per
    group), which part a header whose names run together ("Drug QPlacebon = 40n = 38"); ``sizes``: each of those
    groups' size as the prose gives it (None where it gives none), for a header that names the groups without."""
    out: list[Table] = []
    for m in START.finditer(original):
        if any(a <= m.start() < b for a, b in taken):
            continue
        end = RX.END.search(original, m.end())
        while end is not None and end.group(0) == "\n" and RX.MARK_LINE.match(original, end.start()):
            end = RX.END.search(original, RX.MARK_LINE.match(original, end.start()).end())
        o_end = end.start() if end else len(original)
        broken = end is not None and end.group(0) == "\n" and RX.HEADER_CELL_BREAK.match(original, end.start())
        table = _read_next_line(norm, original, m, end.start()) if broken else None
        table = table or _read(norm, original, m, o_end, names, sizes) or _read_group_rows(norm, original, m, o_end) \
            or _read_ratio_rows(norm, original, m, o_end) or _read_rates_by_time(norm, original, m, o_end)
        if table is None and end is not None and end.group(0) == "\n" and not broken:
            table = _read_next_line(norm, original, m, end.start()) \
                or _read_lines(norm, original, m, end.start(), names, sizes) \
                or _read_rates_by_time_lines(norm, original, m, end.start())
        if table is not None:
            out += _with_parts(norm, original, m, table)
    # then tables whose cells the line runs together (a caption glued to its table, "Table 3Toxicity"); a table
    # the spaced reading took stays as it read it
    for m in GLUED_START.finditer(original):
        if any(a <= m.start() < b for a, b in taken) or any(t.char_start <= m.start() < t.char_end for t in out):
            continue
        table = _read_glued(norm, original, m, names, sizes)
        if table is not None:
            out += _with_parts(norm, original, m, table)
    return out


GROUP_ROWS_CHARS = 2000  # a table of a few groups' rows: its header and rows within this many characters


def _read_group_rows(norm: Normalized, original: str, m: re.Match, o_end: int) -> Optional[Table]:
    """A table of groups on its rows with their sizes in a column (GROUP_ROWS_HEAD), read when every group row has as
    many cells as the header names columns, each count within its group's size and agreeing with its percentage where
    it has one; None otherwise."""
    a, b = norm.index(m.end()), norm.index(o_end)
    text = norm.text[a:min(b, a + GROUP_ROWS_CHARS)]
    head = RX.GROUP_ROWS_HEAD.search(text)
    if head is None:
        return None
    names = list(RX.GROUP_ROW_NAME.finditer(text, head.end()))
    if len(names) < 2:
        return None
    # The first group's name may have taken the last columns' names before it ("Male Female Smokers Study group"): its
    # ending of as many words as the second group's name ("Study group" beside "Control group"), the columns before it
    # as many as the second group's row has cells.
    second = text[names[1].end():names[2].start() if len(names) > 2 else len(text)]
    words = list(RX.WORD.finditer(names[0].group("name")))
    width = len(names[1].group("name").split())
    if len(words) < width:
        return None
    columns: list[str] = []
    for start in [names[0].start() + words[-width].start()]:
        columns = _column_names(text[head.end():start])
        if columns and split_row("x" + second, [int(names[1].group("n"))] * len(columns), False, None,
                                 SPACED_SHAPES, run_together=False) is not None:
            break
        if columns and len(names) == 2 and re.match(rf"(?:\s+\d+(?:\s\(\s?{NUM}\s?%?\s?\))?){{{len(columns)}}}"
                                                     rf"(?!\s?[\d(])", second):
            break
    else:
        return None
    first_start = start
    k = len(columns)
    rows = []
    for i, g in enumerate(names):
        end = names[i + 1].start() if i + 1 < len(names) else len(text)
        size = int(g.group("n"))
        chunk = text[g.end():end]
        # the row's cells: its first k cells, each count within the group's size (the table's lines of statistics,
        # "X 2 - 1.02 ...", "P value - 0.31 ...", stand after the last row)
        split = split_row("x" + chunk, [size] * k, False, None, SPACED_SHAPES, run_together=False)
        if split is None and i + 1 == len(names):
            tail = re.match(rf"(?:\s+\d+(?:\s\(\s?{NUM}\s?%?\s?\))?){{{k}}}", chunk)
            split = split_row("x" + tail.group(0), [size] * k, False, None, SPACED_SHAPES, run_together=False) \
                if tail else None
        if split is None or split.label != "x" or len(split.cells) != k or not _full_counts(split, size):
            return None
        rows.append((g, split))
    cells = [Cell(row=0, col=0, text=text[head.start():head.start("size")].strip()),
             Cell(row=0, col=1, text=head.group("size"))]
    cells += [Cell(row=0, col=2 + c, text=name) for c, name in enumerate(columns)]

    def placed(r: int, c: int, s: int, e: int) -> Cell:
        o_a, o_b = norm.span(a + s, a + e)
        return Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b)

    for r, (g, split) in enumerate(rows, start=1):
        cells += [placed(r, 0, first_start if r == 1 else g.start("name"), g.end("name")),
                  placed(r, 1, g.start("n"), g.end("n"))]
        # (the split's offsets are in "x" + the row's text after its size)
        cells += [placed(r, 2 + c, g.end() + cs - 1, g.end() + ce - 1) for c, (_, cs, ce, _) in enumerate(split.cells)]
    last = rows[-1][1].cells[-1]
    caption = text[:head.start()].strip()
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=1, label=f"Table {m.group('num')}",
                 source="spaced", char_start=m.start(), char_end=norm.span(a, a + rows[-1][0].end() + last[2] - 1)[1])


RATE_ROWS_CHARS = 3000


def _read_rates_by_time(norm: Normalized, original: str, m: re.Match, o_end: int) -> Optional[Table]:
    """A table of survival rates by time point, the groups on its rows (TIME_BLOCKS): read when as many endpoints as
    runs of times name the columns (nothing between them but "rate" and "(%)"), and every row holds a plain number
    for every column, or for every column but the p columns (a p cell spanning the rows is written in the first
    only); None otherwise."""
    from oncoev.extract.mentions import find_endpoints, find_times

    a, b = norm.index(m.end()), norm.index(o_end)
    text = norm.text[a:min(b, a + RATE_ROWS_CHARS)].replace("\n", " ")  # (the same length: offsets stay the text's)
    blocks = RX.TIME_BLOCKS.search(text)
    if blocks is None:
        return None
    block = blocks.group("block")
    k = len(blocks.group(0)) // len(block)
    times = block.split()
    p_col = not RX.DIGIT.match(times[-1])
    months = [t.months[0] for x in times for t in find_times(x) if len(t.months) == 1]
    if len(months) != len(times) - p_col:
        return None
    heads = find_endpoints(text[:blocks.start()])[-k:]
    if len(heads) != k or any(not RX.RATE_HEAD_WORDS.fullmatch(text[x.end:y.start])
                              for x, y in zip(heads, heads[1:], strict=False)) \
            or not RX.RATE_HEAD_WORDS.fullmatch(text[heads[-1].end:blocks.start()]) \
            or len({e.code for e in heads}) != k:
        return None
    before = text[:heads[0].start].rstrip()
    label_head = RX.LAST_WORD.search(before).group(0)  # the label column's header ("Group")
    if not label_head or RX.DIGIT.search(label_head):
        return None
    width = 1 + k * len(times)
    cells = [Cell(row=0, col=0, text=label_head), Cell(row=1, col=0, text="")]
    for i, e in enumerate(heads):
        end = heads[i + 1].start if i + 1 < k else blocks.start()
        for j, t in enumerate(times):
            col = 1 + i * len(times) + j
            cells += [Cell(row=0, col=col, text=text[e.start:end].strip()), Cell(row=1, col=col, text=t)]
    value_cols = [c for c in range(1, width) if not (p_col and c % len(times) == 0)]
    body = text[blocks.end():]
    rows = list(RX.LABEL_AND_CELLS.finditer(body))
    if len(rows) < 2 or body[rows[-1].end():].strip() or rows[0].start() != len(body) - len(body.lstrip()) \
            or any(x.end() != y.start() for x, y in zip(rows, rows[1:], strict=False)):
        return None
    r = 1
    for row in rows:
        numbers = list(RX.PLAIN_CELL.finditer(body, row.start("cells"), row.end("cells")))
        if len(numbers) == width - 1:
            columns = list(range(1, width))
        elif len(numbers) == len(value_cols):
            columns = value_cols
        else:
            return None
        r += 1
        at = a + blocks.end()
        o_a, o_b = norm.span(at + row.start("label"), at + row.end("label"))
        cells.append(Cell(row=r, col=0, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
        placed = dict(zip(columns, numbers, strict=True))
        for c in range(1, width):
            x = placed.get(c)
            if x is None:
                cells.append(Cell(row=r, col=c, text=""))
                continue
            o_a, o_b = norm.span(at + x.start(), at + x.end())
            cells.append(Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
    caption = before[:len(before) - len(label_head)].strip()
    end = norm.span(a + blocks.end(), a + blocks.end() + rows[-1].end())[1]
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=2, label=f"Table {m.group('num')}",
                 source="spaced", char_start=m.start(), char_end=end)


def _read_rates_by_time_lines(norm: Normalized, original: str, m: re.Match, caption_end: int) -> Optional[Table]:
    """The same table of rates by time point (``_read_rates_by_time``) written a row per line under its caption's line,
    its header on the lines before the first row, up to a line of prose, a note or the next caption."""
    lines = _table_lines(original, caption_end)
    if len(lines) < 3 or caption_end - m.end() > LINE_CAPTION_CHARS:
        return None
    return _read_rates_by_time(norm, original, m, lines[-1][1])


RATIO_ROWS_CHARS = 3000


def _read_ratio_rows(norm: Normalized, original: str, m: re.Match, o_end: int) -> Optional[Table]:
    """A factor table (RATIO_ROWS_HEAD), read when its rows follow the header one after another to the last, each a
    ratio inside its interval (and a p value where the header names a p column); None otherwise."""
    a, b = norm.index(m.end()), norm.index(o_end)
    text = norm.text[a:min(b, a + RATIO_ROWS_CHARS)]
    head = RX.RATIO_ROWS_HEAD.search(text + " ")
    if head is not None and head.end() >= len(text.rstrip()) and original.startswith("\n", o_end):
        # the line broken at the header's end, the rows on the next line ("Factor HR (95% CI) \n P Age ..."): read on
        # (the break written as a space: the same length, offsets in the text stay those of the original)
        nl = original.find("\n", o_end + 1)
        b = norm.index(nl if nl >= 0 else len(original))
        text = norm.text[a:min(b, a + RATIO_ROWS_CHARS)].replace("\n", " ")
        head = RX.RATIO_ROWS_HEAD.search(text)
    if head is None or RX.GROUP_N.search(text, 0, head.start()):
        return None
    rows: list[re.Match] = []
    pos = head.end()
    while True:
        if (ref := RX.REFERENCE_ROW.match(text, pos)) is not None:
            pos = ref.end()  # a reference category's row holds no result: passed over
            continue
        if (row := RX.RATIO_ROW.match(text, pos)) is None:
            break
        if not float(row.group("lo")) <= float(row.group("r")) <= float(row.group("hi")):
            return None  # the split is wrong (or the table is): no rows rather than wrong ones
        if (row.group("p") is None) != (head.group("p") is None) or RX.REFERENCE_WORD.search(row.group("label")):
            return None
        rows.append(row)
        pos = row.end()
    if len(rows) < 2:
        return None
    cells = [Cell(row=0, col=0, text=head.group("label")), Cell(row=0, col=1, text=head.group("ratio"))]
    if head.group("p"):
        # "P- value", a hyphen the rendering broke the line after: the header's word whole again
        cells.append(Cell(row=0, col=2, text=RX.SPACED_DASH.sub(r"\1", head.group("p"))))

    def placed(r: int, c: int, s: int, e: int) -> Cell:
        o_a, o_b = norm.span(a + s, a + e)
        return Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b)

    for r, row in enumerate(rows, start=1):
        cells += [placed(r, 0, *row.span("label")), placed(r, 1, *row.span("cell"))]
        if head.group("p"):
            cells.append(placed(r, 2, *row.span("p")))
    caption = text[:head.start()].strip()
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=1, label=f"Table {m.group('num')}",
                 source="spaced", char_start=m.start(), char_end=norm.span(a, a + rows[-1].end())[1])


def _column_names(text: str) -> list[str]:
    """The columns' names in a header's text, each starting with a capital or a format's bracket ("ORR (%)");
    [] when a piece holds a cell."""
    columns: list[str] = []
    for piece in RX.COLUMN_NAME_START.split(text.strip()):
        if columns and RX.PERCENT_IN_BRACKETS.fullmatch(piece):
            columns[-1] += f" {piece}"  # "ORR (%)": the column's format
        else:
            columns.append(piece)
    if any(not RX.LETTER.search(c) or RX.DIGIT_BRACKET.search(c) for c in columns):
        return []
    return columns


def _full_counts(split, size: int) -> bool:
    """Every cell of a group's row a count within its group's size, its percentage (if any) agreeing with both."""
    for kind, _, _, text in split.cells:
        if kind not in ("integer", "count_pct"):
            return False
        pair = COUNT_PCT_CELL.fullmatch(text) if kind == "count_pct" else None
        count = int(pair.group(1)) if pair else int(text)
        if count > size or pair is not None and not _within_a_point(count, size, float(pair.group(2))):
            return False
    return True


def _with_parts(norm: Normalized, original: str, m: re.Match, table: Table) -> list[Table]:
    """A table read (either layout), and after it the table of its groups' parts when its last lines name them."""
    parts = _parts_of_groups(norm, original, m, table)
    return [table] if parts is None else [table, parts]


def _parts_of_groups(norm: Normalized, original: str, m: re.Match, table: Table) -> Optional[Table]:
    """The rows under a table's last heading when that heading ends its line ("Patients by marker status") and the
    lines after it name, each with its size, the parts each of the table's groups falls into, the same parts under
    every group, in the groups' order ("Marker positive (n = 12)", "Marker negative (n = 28)", then the same two of
    the next group), the body after the last part's size. The parts' sizes under each group must add up to that
    group's size in the table's header: that is what tells which group each column is of (the lines name the parts
    only). Read as a table of its own whose columns are each group within a part (the part a population over the
    groups, as "Women" over "Drug Q" and "Placebo"); None when the lines are no such header."""
    grid = table.grid()
    if table.header_rows != 1 or len(grid) < 3 or table.char_end is None:
        return None
    arms: list[tuple[str, int]] = []
    for cell in grid[0][1:]:
        named = RX.HEADER_GROUP.fullmatch(cell.text) if cell is not None else None
        if named is None:
            return None  # a p column, a column of all patients or a format: the groups are not all the columns
        arms.append((named.group("name"), int(named.group("n"))))
    last = grid[-1]
    if last[0] is None or not last[0].text.strip() or any(c is not None and c.text for c in last[1:]) \
            or not original.startswith("\n", table.char_end):
        return None  # the table does not end in a heading closing its line
    parts: list[tuple[str, int]] = []
    pos = table.char_end + 1
    body_at = None
    while len(parts) <= 4 * len(arms):
        nl = original.find("\n", pos)
        nl = len(original) if nl < 0 else nl
        part = RX.PART_LINE.match(original, pos, nl)
        if part is None:
            return None
        parts.append((part.group("name").strip(), int(part.group("n"))))
        if original[part.end():nl].strip():
            body_at = part.end()
            break
        pos = nl + 1
    k = len(parts) // len(arms)
    if body_at is None or k < 2 or k * len(arms) != len(parts):
        return None
    names = [name.lower() for name, _ in parts[:k]]
    for g, (_, size) in enumerate(arms):
        under = parts[g * k:(g + 1) * k]
        if [name.lower() for name, _ in under] != names or sum(n for _, n in under) != size:
            return None  # other parts under another group, or parts that are not all of the group's patients
    if len(set(names)) != k:
        return None
    cells = [Cell(row=0, col=0, text=""), Cell(row=1, col=0, text="")]
    for c, (name, n) in enumerate(parts):
        cells += [Cell(row=0, col=c + 1, text=name), Cell(row=1, col=c + 1, text=f"{arms[c // k][0]} n = {n}")]
    nl = original.find("\n", body_at)
    a, b = norm.index(body_at), norm.index(nl if nl >= 0 else len(original))
    head = Header(cells, len(parts) + 1, [n for _, n in parts], False, 2, 0, arms[0][0], 0)
    # read as cells run together: a row splits only where its counts agree with their percentages and the parts'
    # sizes, a second check that the columns are the parts laid out as the lines name them
    read = _body(norm, original, m, a, norm.text[a:b], head, caption=table.caption, run_together=True,
                 stop_at_prose=True)
    if read is not None:
        read.char_start = table.char_end + 1
    return read


def _read(norm: Normalized, original: str, m: re.Match, o_end: int, names: Sequence[Sequence[str]] = (),
          sizes: Sequence[Optional[int]] = ()) -> Optional[Table]:
    if o_end - m.end() > MAX_CHARS:
        return None  # a line that long is prose run together, not one table
    a, b = norm.index(m.end()), norm.index(o_end)
    # the lines are written out of the text (the same length: offsets in it stay those of the text): before a number,
    # by no space, lest the label before them and the cells after them be parted as rows; before words, by spaces,
    # where a row starts ("Frequent AEs \n \n Fatigue 198 (39.1)")
    text = norm.text[a:b]
    text = RX.MARK_LINE.sub(
        lambda f: ("\u200b" if RX.NUMBER_OR_BOUND_AFTER.match(text[f.end():]) else " ") * len(f.group(0)), text)
    # a footnote's mark after a cell ("0.004 † Nausea 12 (5.1) ..."), before the next row or at the line's end, is
    # no note's start: written out (the same length)
    unmarked = [f.start() for f in RX.CELL_MARK.finditer(text)]
    text = RX.CELL_MARK.sub(lambda f: " " * len(f.group(0)), text)
    head, caption = read_header(text), None
    if head is None:
        named = _named_spaced_header(text, names, sizes)
        if named is None:
            return _read_unsized_grades(norm, original, m, a, text, names, unmarked)
        head, caption = named
    return _body(norm, original, m, a, text, head, caption=caption, unmarked=unmarked)


GRADED_ROWS = 4  # an unsized header's table is read with this many grade rows or more


def _read_unsized_grades(norm: Normalized, original: str, m: re.Match, a: int, text: str,
                         names: Sequence[Sequence[str]], unmarked: Sequence[int]) -> Optional[Table]:
    """A table naming the groups the prose defines with no size anywhere, its rows a toxicity's grades under the
    toxicity's heading, one bare count per group ("Toxicity Drug Q Placebo Nausea Grade 1 4 2 Grade 2 1 0 ..."). With
    no size to check the counts against, read only when every row with numbers is a grade's, and gives each group
    exactly one bare count (the split then cannot part the cells otherwise), and every other row is a heading."""
    named = _named_spaced_header(text, names, [None] * len(names), unsized=True)
    if named is None or named[0].p_last:
        return None
    head, caption = named
    table = _body(norm, original, m, a, text, head, caption=caption, unmarked=unmarked)
    if table is None:
        return None
    table.cells = _grade_headings_parted(table.cells, table.header_rows, head.width)
    return table if _graded_counts(table, head.width) else None


def _grade_headings_parted(cells: list[Cell], header_rows: int, width: int) -> list[Cell]:
    """The cells with each toxicity's heading run into its first grade's row ("Nausea Grade 1 | 4 | 2") parted into a
    heading row of its own ("Nausea") and the grade's row ("Grade 1 | 4 | 2"), the rows after them moved down."""
    out: list[Cell] = []
    shift = 0
    for c in sorted(cells, key=lambda c: (c.row, c.col)):
        grade = RX.GRADE_AFTER_HEADING.search(c.text) if c.col == 0 and c.row >= header_rows else None
        if grade is None or c.char_start is None:
            out.append(replace(c, row=c.row + shift))
            continue
        cut = c.char_start + grade.start("grade")
        heading = c.text[:grade.start()].rstrip()
        out.append(Cell(row=c.row + shift, col=0, text=heading, char_start=c.char_start,
                        char_end=c.char_start + len(heading)))
        out += [Cell(row=c.row + shift, col=k, text="") for k in range(1, width)]
        shift += 1
        out.append(Cell(row=c.row + shift, col=0, text=c.text[grade.start("grade"):], char_start=cut,
                        char_end=c.char_end))
    return out


def _graded_counts(table: Table, width: int) -> bool:
    """Whether each body row of ``table`` is a heading (a label with no number and no cell) or a grade's row with a bare
    count in every value column, and there are ``GRADED_ROWS`` or more of the latter."""
    rows: dict[int, dict[int, str]] = {}
    for c in table.cells:
        if c.row >= table.header_rows:
            rows.setdefault(c.row, {})[c.col] = c.text.strip()
    graded = 0
    for row in rows.values():
        values = [row.get(col, "") for col in range(1, width)]
        label = row.get(0, "").strip("\u2003 ")
        if not any(values):
            if any(ch.isdigit() for ch in label):
                return False
            continue
        if not RX.GRADE_CELL.fullmatch(label) or not all(RX.BARE_COUNT.fullmatch(v) for v in values):
            return False
        graded += 1
    return graded >= GRADED_ROWS


# The first row's first two cells ("85.0 80.2", "8 (20.0) 2"): no number of a caption ("Grade 3 or worse") or label
FIRST_CELLS = lazy_regex(rf"(?<![\w.-]){NUM}%?(?:\s?\(\s?{NUM}%?\s?\))?\s[<>≤≥]?\d")


def _named_spaced_header(text: str, names: Sequence[Sequence[str]], sizes: Sequence[Optional[int]],
                         unsized: bool = False) -> Optional[tuple[Header, str]]:
    """A one-line table's header naming the groups the prose defines one after another with no sizes, the first row's
    label after them ("Survival by arm Outcome Arm A Arm B P 2-year OS (%) 85.0 80.2 0.31 ..."): the first run of two
    names or more parted by nothing but their cells' format, then maybe the p column's header, then a label (a capital
    or a time). Laid over the columns as ``_named_line_header`` lays a header line; (header, caption) or None.
    ``unsized``: the groups' sizes are unknown (the columns are laid without them; see ``_read_unsized_grades``)."""
    head_text = text[:HEADER_CHARS]
    first_number = FIRST_CELLS.search(head_text)
    before = head_text[:first_number.start()] if first_number else head_text
    spans = sorted(x for x in _name_spans(before, names) if x[2] < len(sizes) and (unsized or sizes[x[2]]))
    runs: list[list[tuple[int, int, int]]] = []
    for span in spans:
        if runs and RX.FORMAT_GAP.fullmatch(before[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    run = next((r for r in runs if len(r) >= 2), None)
    if run is None or len({g for _, _, g in run}) != len(run):
        return None
    pos = RX.FORMAT_GAP.match(before, run[-1][1]).end()
    p = RX.P_HEAD.match(before, pos)
    end = p.end() if p is not None else pos
    if not RX.NAME_AFTER_CELL.match(text[end:end + 12]) \
            or not (text[end - 1:end].isspace() or text[end:end + 1].isspace()):
        return None  # no row's label where the names end
    line = text[run[0][0]:end]
    head = _named_line_header(line, run[0][0], names, sizes, unsized)
    if head is None:
        return None
    return head, text[:run[0][0]].strip()


def _read_next_line(norm: Normalized, original: str, m: re.Match, caption_end: int) -> Optional[Table]:
    """A caption on a line of its own and the table on the next line (header and rows, the cells parted by spaces,
    runs of spaces where cells are empty): read as one line, up to the next line break."""
    if caption_end - m.end() > 300 or RX.GROUP_N.search(original, m.end(), caption_end) and (
            RX.HEADER_CELL_BREAK.match(original, caption_end) is None
            or RX.COUNT_CELL.search(original, m.end(), caption_end)):
        return None  # a caption's line holds no group's size, but for a header broken inside a cell ("N \n (%)")
    nl = original.find("\n", caption_end + 1)
    while nl >= 0 and RX.HEADER_CELL_BREAK.match(original, nl) and nl - caption_end <= MAX_CHARS:
        nl = original.find("\n", nl + 1)  # the header's next group broken inside its cell too ("n \n (%)")
    o_end = nl if nl >= 0 else len(original)
    if o_end - caption_end > MAX_CHARS:
        return None
    a, b = norm.index(m.end()), norm.index(o_end)
    text = norm.text[a:b].replace("\n", " ")  # the same length: offsets in it stay those of the text
    head = read_header(text)
    if head is None or head.pos < norm.index(caption_end) - a:
        return None
    return _body(norm, original, m, a, text, head, stop_at_prose=True)


LINE_TABLE_LINES = 80
LINE_CAPTION_CHARS = 300


def _table_lines(original: str, caption_end: int) -> list[tuple[int, int]]:
    """The lines of a table written a row per line after its caption's line (blank lines between them passed over),
    as (start, end) offsets, up to the first line that is prose, a note or another caption."""
    out: list[tuple[int, int]] = []
    for line in RX.ANY_LINE.finditer(original[caption_end:]):
        stripped = line.group(0).strip()
        if not stripped:
            continue
        if len(out) >= LINE_TABLE_LINES or _is_prose(stripped) or RX.LINE_TABLE_END.match(stripped) \
                or RX.SENTENCE_END.search(stripped):
            break
        out.append((caption_end + line.start(), caption_end + line.end()))
    while out and not RX.DIGIT.search(original[out[-1][0]:out[-1][1]]):
        out.pop()  # a heading after the last row ("Discussion") is the next section's
    return out


def _read_lines(norm: Normalized, original: str, m: re.Match, caption_end: int, names: Sequence[Sequence[str]] = (),
                sizes: Sequence[Optional[int]] = ()) -> Optional[Table]:
    """A caption on a line of its own, the header on the line (or lines) after it and then one row per line, as a PDF's
    text writes a table: "Table 2 Grade 3-4 events" / "Event Arm A (n = 60) Arm B (n = 58) Total (n = 118)" / "Nausea
    12 (20.0) 9 (15.5) 21 (17.8)" / ... Read as one line whose rows start where its lines do; a line of words alone is
    a heading row ("Haematological"), a line starting in small letters the rest of the label above it. A header line
    naming the groups the prose defines with no sizes ("Outcome Arm A Arm B P") is read with the prose's sizes
    (``names``, ``sizes``: ``_named_line_header``)."""
    if caption_end - m.end() > LINE_CAPTION_CHARS or RX.COUNT_CELL.search(original, m.end(), caption_end):
        return None
    lines = _table_lines(original, caption_end)
    if len(lines) < 3:
        return None
    a, b = norm.index(m.end()), norm.index(lines[-1][1])
    text = norm.text[a:b].replace("\n", " ")  # the same length: offsets in it stay those of the text
    starts = [norm.index(s) - a for s, _ in lines]
    head, caption = read_header(text), None
    if head is None:
        first = norm.index(lines[0][1]) - a
        named = _named_line_header(text[starts[0]:first], starts[0], names, sizes)
        if named is None:
            return None
        head, caption = named, text[:starts[0]].strip()
    if head.pos < norm.index(caption_end) - a:
        return None
    if not any(s >= head.pos for s in starts[1:]):
        return None  # the header runs to the last line: no row under it
    return _body(norm, original, m, a, text, head, caption=caption, stop_at_prose=True, line_starts=starts)


def _named_line_header(line: str, at: int, names: Sequence[Sequence[str]], sizes: Sequence[Optional[int]],
                       unsized: bool = False) -> Optional[Header]:
    """A table's header line (at ``at`` in the table's text) that names the groups the prose defines one after another,
    no size with them: the label column's header (a few words at most), each group's name (its cells' format after it
    at most: ``FORMAT_GAP``), maybe the p column's, nothing else ("Outcome Arm A Arm B P", "Toxicity Drug Q, n (%)
    Placebo, n (%)"). Each column is of the group named in its place, of the size the prose gives it (every named group
    must have one: the rows' counts are checked against it, unless ``unsized``: the caller then checks the rows
    otherwise). None when the line is no such header."""
    spans = sorted(x for x in _name_spans(line, names) if x[2] < len(sizes) and (unsized or sizes[x[2]]))
    if len(spans) < 2 or len({g for _, _, g in spans}) != len(spans):
        return None
    if any(not RX.FORMAT_GAP.fullmatch(line[x[1]:y[0]]) for x, y in zip(spans, spans[1:], strict=False)):
        return None
    if not RX.LINE_LABEL_HEAD.fullmatch(line[:spans[0][0]]):
        return None
    pos = RX.FORMAT_GAP.match(line, spans[-1][1]).end()
    p = RX.P_HEAD.match(line, pos)
    if p is not None:
        pos = p.end()
    if line[pos:].strip():
        return None  # words after the names that name no column the rows could be laid under
    k = len(spans)
    cells = [Cell(row=0, col=0, text=line[:spans[0][0]].strip())]
    for c, (start, _, g) in enumerate(spans):
        end = spans[c + 1][0] if c + 1 < k else spans[-1][1]
        size = f" n = {sizes[g]}" if sizes[g] else ""
        cells.append(Cell(row=0, col=c + 1, text=f"{line[start:end].strip()}{size}"))
    if p is not None:
        cells.append(Cell(row=0, col=k + 1, text="p"))
    return Header(cells, 1 + k + (p is not None), [sizes[g] for _, _, g in spans], p is not None, 1, at + len(line),
                  cells[1].text, at + spans[0][0])


def _read_glued(norm: Normalized, original: str, m: re.Match, names: Sequence[Sequence[str]] = (),
                sizes: Sequence[Optional[int]] = ()) -> Optional[Table]:
    """A table written on one line with its cells run together ("(n = 40)Drug B (n = 38)Fatigue12 (30)9 (24)Rash
    ..."): its header read as a spaced one once its cells are parted where a capital follows a small letter, a
    digit or a bracket (``flat_tables.HEADER_JOIN``), its rows split as the run-together layout's."""
    nl = original.find("\n", m.end())
    o_end = nl if nl >= 0 else len(original)
    # the rendering may break the table's line (in a header, after a footnote's letter): the lines after it that
    # go on with cells, up to an empty line, a sentence, a section's heading or the next caption
    for _ in range(GLUED_LINES):
        if o_end >= len(original):
            break
        nxt = original.find("\n", o_end + 1)
        nxt = len(original) if nxt < 0 else nxt
        line = original[o_end + 1:nxt]
        if not RX.DIGIT.search(line) or _is_prose(line) and len(RX.GLUED_CELL.findall(line)) < 2 \
                or RX.TABLE_OR_FIGURE_LINE.match(line):
            break
        if RX.GROUP_N.search(line) and len(RX.GROUP_N.findall(original, m.end(), o_end)) >= 2:
            break  # a group's size after the header's: the header of another part, read no further
        o_end = nxt
    if o_end - m.end() > MAX_CHARS:
        return None
    a, b = norm.index(m.end()), norm.index(o_end)
    # a footnote's letter ending a line is no cell ("(10.6)b"); the lines read as one: the same length, so that
    # offsets in it stay those of the text
    text = RX.LINE_FOOTNOTE.sub(lambda f: " " * len(f.group(0)), norm.text[a:b]).replace("\n", " ")
    if len(RX.GLUED_CELL.findall(text)) < 3 and len(GLUED_INTERVAL.findall(text)) < 2 * INTERVAL_ROWS:
        return None  # cells parted by spaces, or too few rows to tell
    # the header with its cells parted, and where each of its characters stands in the line
    head_text = text[:HEADER_CHARS]
    joined, back, pos = [], [], 0
    for j in RX.GLUED_HEADER_JOIN.finditer(head_text):
        joined.append(head_text[pos:j.start()] + " ")
        back += list(range(pos, j.start())) + [j.start()]
        pos = j.start()
    joined.append(head_text[pos:])
    back += list(range(pos, len(head_text) + 1))
    spaced = "".join(joined)
    head = read_header(spaced)
    if head is None:
        named = _levels_header(head_text) or _named_sizes_header(head_text, names) \
            or _prose_sized_header(head_text, names, sizes)
        if named is None:
            return None
        head, caption = named
        return _body(norm, original, m, a, text, head, caption=caption, run_together=True, stop_at_prose=True)
    caption = header_caption(spaced, head)
    head.pos = back[head.pos]
    return _body(norm, original, m, a, text, head, caption=caption, run_together=True, stop_at_prose=True)


def _name_spans(text: str, names: Sequence[Sequence[str]]) -> list[tuple[int, int, int]]:
    """Where ``text`` names a group (start, end, the group's index), any case, even run into the words around it
    (a header's cells run together); the longest name first, spans not overlapping."""
    found: list[tuple[int, int, int]] = []
    for _, g, name in sorted(((len(n), g, n) for g, ns in enumerate(names) for n in ns if len(n) >= 4), reverse=True):
        for x in re.finditer(re.escape(name), text, re.I):
            if not any(a < x.end() and x.start() < b for a, b, _ in found):
                found.append((x.start(), x.end(), g))
    return sorted(found)


def _levels_header(text: str) -> Optional[tuple[Header, str]]:
    """A run-together header written level by level, as a grid's header rows one after another: the parts of the
    population, then the groups under each part (the same names again under each), then every column's size in
    brackets ("Trial 1Trial 2Drug QPlaceboDrug QPlacebo(n = 40)(n = 38)(n = 50)(n = 52)"); (header, caption) with
    those three header rows, or None unless the names under the parts repeat exactly, part after part, each part's
    name and each group's holding a word, the parts' names all different and none a group's."""
    run = RX.BRACKETED_SIZE_RUN.search(text)
    if run is None:
        return None
    sizes = [int(x.group("n")) for x in RX.SIZE_IN_RUN.finditer(run.group(0))]
    before = text[:run.start()]
    # the cells parted as any run-together header's; failing that, an abbreviation parted from a word after it too
    # ("TPCTotal"), which only a repetition that then holds confirms
    for join in (RX.GLUED_HEADER_JOIN, RX.LEVEL_JOIN):
        starts = [0, *(j.start() for j in join.finditer(before)), len(before)]
        pieces = [(x, y) for x, y in zip(starts, starts[1:], strict=False) if before[x:y].strip()]
        found = next((k for k in range(2, len(sizes) // 2 + 1) if _repeats(before, pieces, len(sizes), k)), None)
        if found is not None:
            break
    else:
        return None
    s, k = len(sizes), found
    n_parts = s // k
    parts, names = pieces[-s - n_parts:-s], pieces[-s:]
    cells = [Cell(row=r, col=0, text="") for r in range(3)]
    for i, (x, y) in enumerate(parts):
        cells.append(Cell(row=0, col=1 + i * k, text=before[x:y].strip(), colspan=k))
    for c, ((x, y), n) in enumerate(zip(names, sizes, strict=True)):
        cells += [Cell(row=1, col=c + 1, text=before[x:y].strip()), Cell(row=2, col=c + 1, text=f"(n = {n})")]
    caption = before[:parts[0][0]].strip()
    head = Header(cells, 1 + s, sizes, False, 3, run.end(), cells[-2].text, parts[0][0], levels=True)
    return head, caption


def _repeats(text: str, pieces: list[tuple[int, int]], s: int, k: int) -> bool:
    """Whether the last ``s`` of the header's ``pieces`` are ``k`` groups' names repeated under each of ``s`` / ``k``
    parts, the pieces before them those parts' names (see ``_levels_header``)."""
    if s % k or len(pieces) < s + s // k:
        return False
    words = [text[x:y].strip() for x, y in pieces[-s - s // k:]]
    parts, names = words[:s // k], words[s // k:]
    if any(names[j] != names[j % k] for j in range(s)) or len(set(names[:k])) != k:
        return False
    if len(set(parts)) != len(parts) or set(parts) & set(names):
        return False
    return all(RX.LEVEL_NAME.fullmatch(w) for w in parts + names)


def _named_sizes_header(text: str, names: Sequence[Sequence[str]]) -> Optional[tuple[Header, str]]:
    """A run-together header that names the groups one after another, then gives their sizes in the same order
    ("Grade 3 eventsDrug QPlacebon = 40n = 38"): the names parted by the groups the prose defines (``names``), each
    column the group named in its place and the size in its place; (header, caption), or None unless every size
    has one group's name, each group named once, with nothing but a bracketed gloss between the names."""
    run = RX.SIZE_RUN.search(text)
    if run is None or len(names) < 2:
        return None
    sizes = [int(x.group("n")) for x in RX.SIZE_IN_RUN.finditer(run.group(0))]
    k = len(sizes)
    before = text[:run.start()]
    spans = _name_spans(before, names)
    if len(spans) < k:
        return None
    last = spans[-k:]
    if len({g for _, _, g in last}) != k:
        return None
    for (_, end, _), (start, _, _) in zip(last, last[1:], strict=False):
        if not RX.NAME_GAP.fullmatch(before[end:start]):
            return None
    tail = before[last[-1][1]:]
    gloss = RX.NAME_GAP.match(tail)
    population = tail[gloss.end():].strip()
    if population and not RX.WHOLE_POPULATION.fullmatch(population):
        return None
    cells = [Cell(row=0, col=0, text="")]
    for c, ((start, _, _), n) in enumerate(zip(last, sizes, strict=True)):
        end = last[c + 1][0] if c + 1 < k else last[-1][1] + gloss.end()
        cells.append(Cell(row=0, col=c + 1, text=f"{before[start:end].strip()} n = {n}"))
    caption = before[:last[0][0]].strip()
    head = Header(cells, 1 + k, list(sizes), False, 1, run.end(), cells[1].text, last[0][0])
    return head, caption


def _prose_sized_header(text: str, names: Sequence[Sequence[str]],
                        sizes: Sequence[Optional[int]]) -> Optional[tuple[Header, str]]:
    """A run-together header that names the groups the prose defines one after another, each with no size but its
    cells' format ("Grade 3-4 eventsEventQX arm [cases (%)]LK arm [cases (%)]P valueAnaemia6 (12.0)..."): each
    column the group named in its place, of the size the prose gives it (the rows' counts must then agree with their
    percentages and those sizes, ``_body``); (header, caption), or None unless two groups or more are named so, each
    once, every one with a size in the prose, the names ending the header (only a p column's after them)."""
    if len(names) < 2 or len(sizes) != len(names):
        return None
    first_cell = RX.GLUED_CELL.search(text)
    if first_cell is None:
        return None
    before = text[:first_cell.start()]
    spans = _name_spans(before, names)
    # a short name in capitals ("QX", "LK") too, as written, no capital or small letter run on after it
    for g, group in enumerate(names):
        for name in group:
            if len(name) < 4 and RX.CAPITALS_CODE.fullmatch(name):
                for x in re.finditer(rf"(?<![A-Z]){re.escape(name)}(?![A-Za-z])", before):
                    if not any(a < x.end() and x.start() < b for a, b, _ in spans):
                        spans.append((x.start(), x.end(), g))
    spans = sorted(x for x in spans if sizes[x[2]])
    # the run of names parted only by formats, the last of them followed by the p column's header or the first row
    best: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []
    for span in spans:
        if run and RX.FORMAT_GAP.fullmatch(before[run[-1][1]:span[0]]):
            run.append(span)
        else:
            run = [span]
        if len(run) >= 2:
            best = list(run)
    if len(best) < 2 or len({g for _, _, g in best}) != len(best):
        return None
    gap = RX.FORMAT_GAP.match(before, best[-1][1])
    pos = gap.end()
    p = RX.GLUED_P_HEAD.match(before, pos)
    if p is not None:
        pos = p.end()
    if any(x[0] >= pos for x in spans) or not RX.CAPITAL_AFTER.match(before[pos:]):
        return None  # a group named again after the header, or no row's label where the header ends
    k = len(best)
    cells = [Cell(row=0, col=0, text="")]
    for c, (start, _, g) in enumerate(best):
        end = best[c + 1][0] if c + 1 < k else gap.end()
        cells.append(Cell(row=0, col=c + 1, text=f"{before[start:end].strip()} n = {sizes[g]}"))
    if p is not None:
        cells.append(Cell(row=0, col=k + 1, text=p.group(0).strip()))
    caption = before[:best[0][0]].strip()
    head = Header(cells, 1 + k + (p is not None), [sizes[g] for _, _, g in best], p is not None, 1, pos,
                  cells[1].text, best[0][0])
    return head, caption


@dataclass
class Header:
    """A one-line header laid over its columns: the header cells (rows 0 to ``header_rows`` - 1), the number of
    columns with the label column, each value column's group size (None for a percentage column read with the
    count before it), whether the last column holds p values, where the header ends in the text, the first
    group's name and where its size stands (the caption is what comes before that name), and whether a row must
    fill every value column (grades under each group)."""
    cells: list[Cell]
    width: int
    col_sizes: list[Optional[int]]
    p_last: bool
    header_rows: int
    pos: int
    first_name: str
    first_size: int
    full_rows: bool = False
    ratio: bool = False  # a column of ratios with their intervals after the groups' (RATIO_COLUMN)
    levels: bool = False  # written level by level, its columns told by names repeated under each part (LEVEL_ROWS)


def read_header(text: str) -> Optional[Header]:
    """The header at the start of ``text`` (caption, group names with their sizes, the formats or grades under
    them, a p column), or None when it cannot be laid over the columns."""
    sizes: list[re.Match] = []
    # a size after words and a comma in its bracket is the caption's population ("(safety population, n = 90)")
    found = [g for g in RX.GROUP_N.finditer(text[:700]) if not RX.POPULATION_SIZE.search(text, max(0, g.start() - 60),
                                                                                    g.start())]
    if len(found) < 2:
        # the size bracketed after a name with no "n =" but a count's format after it ("Arm K (60) N Arm L (58) N")
        found = list(RX.BARE_SIZE.finditer(text[:700]))
    for g in found:
        if sizes and (g.start() - sizes[-1].end() > 60 or re.search(rf"\d\s?\(\s?{NUM}\s?%?\s?\)",
                                                                    text[sizes[-1].end():g.start()])):
            break
        sizes.append(g)
    if len(sizes) >= 3 and int(sizes[0].group("n")) >= sum(int(g.group("n")) for g in sizes[1:]) \
            and _grade_levels(text, sizes[-1].end(), len(sizes)) is None \
            and _grade_levels(text, sizes[-1].end(), len(sizes) - 1) is not None:
        sizes = sizes[1:]  # the caption's total ("Adverse events (N = 155) Drug A (n = 78) Drug B (n = 75)"), with
        # grades under the groups after it only
    if len(sizes) < 2:
        return None
    named = _group_names(text[:sizes[0].start()], sizes, text)
    if named is None:
        return None
    names, formats = named
    populations: list[str] = []
    if len(set(names)) != len(names):
        # a repeated name is a level above the groups (cycles, time points): read only when that level's names
        # stand before the groups' ("All patients Women Drug Q (n = 90) Placebo (n = 88) Drug Q (n = 40) ...")
        first = text.rfind(names[0], 0, sizes[0].start())
        populations = _populations(text[:first], names, [int(s.group("n")) for s in sizes]) if first > 0 else []
        if not populations:
            return None
    # "(%, n = 38)": that group's cells are percentages
    percent = [bool(RX.PERCENT_BEFORE.search(text[max(0, s.start() - 6):s.start()])) for s in sizes]
    pos = sizes[-1].end()
    p_last = False
    grade_at = 0
    ratio: Optional[str] = None
    levels = None if formats else _grade_levels(text, pos, len(sizes))
    if levels is not None:
        return _over_populations(_grade_level_header(names, sizes, levels), populations)
    for _ in range(2 * len(sizes) + 3):
        f = RX.FORMAT_HEAD.match(text, pos)
        if f and f.end() > pos:
            if RX.GRADE_HEAD.search(f.group(0)) and not grade_at:
                grade_at = pos
            formats.append(RX.SPACE_BEFORE_DOT.sub("", f.group(0).strip()))  # "No ." as "No."
            pos = f.end()
            continue
        r = RX.RATIO_COLUMN.match(text, pos) if ratio is None else None
        if r:
            if p_last:
                return None  # a p column before the ratio's: the p column is not the last, as the split places it
            ratio, pos = r.group("head"), r.end()
            continue
        p = RX.P_HEAD.match(text, pos) if not p_last else None
        if p:
            p_last = True
            pos = p.end()
            continue
        close = RX.CELL_CLOSE.match(text[pos:])
        if close:
            pos += close.end()
            continue
        break
    k = len(sizes)
    if grade_at and len(formats) != k:
        # "Grade 1 10 12 ...": a grade that is the first row's label, not one under each group
        pos, formats = grade_at, [f for f in formats if not RX.GRADE_HEAD.search(f)]
    split_cols = False
    if formats and len(formats) == 2 * k and all(
            RX.N_FORMAT.match(formats[2 * i]) and formats[2 * i + 1] == "%" for i in range(k)):
        split_cols = True  # "No. %" under each group: a count column and a percentage column
    elif formats and len(formats) != k:
        return None
    grades = bool(formats) and not split_cols and all(RX.GRADE_HEAD.search(f) for f in formats)
    if ratio is not None and (split_cols or grades or populations):
        return None  # a ratio column beside columns of two levels: not read
    per = 2 if split_cols else 1
    width = 1 + per * k + (1 if ratio is not None else 0) + (1 if p_last else 0)
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
            # a bare count's format ("N", "No.") says only that the cells are counts, as a bare number is read
            head += (f" {formats[c]}" if formats and not RX.COUNT_HEAD.match(formats[c]) else " (%)" if percent[c]
                     else "")
            cells.append(Cell(row=0, col=c + 1, text=head))
        col_sizes.append(int(size.group("n")))
    if ratio is not None:
        cells.append(Cell(row=0, col=k + 1, text=ratio))
        col_sizes.append(None)
    if p_last:
        cells.append(Cell(row=0, col=width - 1, text="p"))
    header_rows = 2 if split_cols or grades else 1
    if header_rows == 2:
        cells += [Cell(row=1, col=0, text="")] + ([Cell(row=1, col=width - 1, text="")] if p_last else [])
    return _over_populations(Header(cells, width, col_sizes, p_last, header_rows, pos, names[0], sizes[0].start(),
                                    ratio=ratio is not None), populations)


def _body(norm: Normalized, original: str, m: re.Match, a: int, text: str, head: Header,
          caption: Optional[str] = None, run_together: bool = False, stop_at_prose: bool = False,
          unmarked: Sequence[int] = (), line_starts: Sequence[int] = ()) -> Optional[Table]:
    """The table under a header read up to ``pos``: its caption, and its rows split into the ``width`` columns
    whose group sizes are ``col_sizes`` (None for a percentage column, read with the count column before it).
    With ``full_rows``, a row splits only into every value column, each count agreeing with its percentage: with
    many columns of small counts, a row short of one cell would shift every cell after the gap. ``unmarked``: where
    footnote marks after cells were written out as spaces (no row after them is indented). ``line_starts``: where the
    lines of a table written a row per line start (``_read_lines``): its rows start there and nowhere else."""
    cells, width, col_sizes, p_last, header_rows = list(head.cells), head.width, head.col_sizes, head.p_last, \
        head.header_rows
    full_rows = head.full_rows
    caption = header_caption(text, head) if caption is None else caption
    body_start = head.pos
    foot = (GLUED_FOOTNOTE if run_together else RX.FOOTNOTE).search(text, body_start)
    body_end = foot.start() if foot else len(text)
    body = text[body_start:body_end]
    if len(RX.PLAIN_NUMBER.findall(body)) < 4:
        return None
    marks = full_rows  # cells may be marks standing for nothing ("-", "..")
    row_start = (RX.GLUED_MARK_ROW_START if marks else RX.GLUED_ROW_START) if run_together else RX.ROW_START
    # a row naming a part of the population with each group's size in it ("Women n = 21n = 19") is one row, cut
    # where its sizes end
    runs = [(x.start(), x.end()) for x in RX.SIZE_RUN.finditer(body)] if run_together else []
    cuts = [0] + [x.end() for x in row_start.finditer(body) if not any(r_a < x.end() <= r_b for r_a, r_b in runs)]
    # a time point heading the rows after it, after a row's last cell ("12 (30%) 6 months  Fatigue ...")
    times = [x.end() for x in (RX.TIME_CUT if run_together else RX.SPACED_TIME_CUT).finditer(body)]
    cuts = sorted({*cuts, *(b for _, b in runs if b < len(body)), *times, len(body)})
    if line_starts:
        cuts = sorted({0, *(s - body_start for s in line_starts if body_start < s < body_end), len(body)})
    chunks: list[tuple[int, str, bool]] = []  # start in body, text, opened by an indent
    for x, y in zip(cuts, cuts[1:], strict=False):
        piece = body[x:y]
        if not piece.strip():
            continue
        if line_starts:
            if chunks and _goes_on(chunks[-1][1], piece):
                s, t, ind = chunks[-1]
                chunks[-1] = (s, t + piece, ind)
            else:
                chunks.append((x, piece, piece.startswith("  ")))
            continue
        indent = piece.startswith("  ") and body_start + x not in unmarked  # not the spaces of a mark written out
        if chunks and not indent and (chunks[-1][1].count("(") > chunks[-1][1].count(")")
                                      and not RX.BROKEN_CELL.search(chunks[-1][1])
                                      or chunks[-1][1].count("[") > chunks[-1][1].count("]")
                                      or not TABLES_RX.NUMBER_TOKEN.search(chunks[-1][1])
                                      or RX.BOUND_NUMBER.fullmatch(chunks[-1][1])
                                      or RX.LOWER_WORD.match(piece)):
            # a label with a number inside it ("T2 stage", "(CTCAE v4)") was cut after that number, or a
            # number runs on into words ("> 65 years"): no row starts there
            s, t, ind = chunks[-1]
            chunks[-1] = (s, t + piece, ind)
            continue
        if chunks and RX.P_ALONE.fullmatch(piece):
            # "< 0.001" after a row's cells: its p value (a label may start with a bound, but holds words)
            s, t, ind = chunks[-1]
            chunks[-1] = (s, t + piece, ind)
            continue
        if run_together and chunks and not indent and len(chunks[-1][1]) < LABEL_CHARS \
                and RX.LABEL_NUMBER.fullmatch(chunks[-1][1]) and not RX.PART_ROW.fullmatch(chunks[-1][1].strip()):
            # "At least 1 AE40 (98%)": a label's words around a small number, cut after it
            s, t, ind = chunks[-1]
            chunks[-1] = (s, t + piece, ind)
            continue
        chunks.append((x, piece, indent))
    if not run_together:
        # an endpoint's heading on the line of the first row under it ("PFS Median (95% CI), months 6.1 ..."): two rows
        parted = []
        for x, piece, indent in chunks:
            cut = _heading_before_row(piece)
            if cut is not None:
                parted += [(x, piece[:cut].rstrip(), indent), (x + cut, piece[cut:], False)]
            else:
                parted.append((x, piece, indent))
        chunks = parted
    if run_together:
        # a section's heading glued to the first row under it ("Laboratory abnormalitiesAnaemia12 (30%)"): two rows
        parted: list[tuple[int, str, bool]] = []
        for x, piece, indent in chunks:
            heading = RX.GLUED_HEADING.match(piece)
            if heading:
                parted += [(x, heading.group(0), indent), (x + heading.end(), piece[heading.end():], False)]
            else:
                parted.append((x, piece, indent))
        chunks = parted
    # the groups' names as the header gives them (without their sizes)
    group_names = {RX.TRAILING_OPENERS.sub("", c.text[:g.start()]).lower() for c in head.cells
                   if (g := RX.GROUP_N.search(c.text)) is not None}
    group_names = {n for n in group_names if RX.TWO_LETTERS.search(n)}
    base = a + body_start
    previous: Optional[str] = None
    rows = header_rows - 1
    split_rows = numbered_rows = checked = agree = interval_rows = ratio_rows = 0
    not_intervals: dict[int, list[Cell]] = {}  # rows split into other cells than one interval per group, left whole
    for i, (start, chunk, indent) in enumerate(chunks):
        lead = len(chunk) - len(chunk.lstrip())
        stripped = chunk.strip()
        if i == 0 and RX.MORE_COLUMNS.match(stripped):
            return None  # "HR 95% CI" after the groups: columns the header has and the split would not place
        part = RX.PART_ROW.fullmatch(stripped) if runs and not full_rows and None not in col_sizes else None
        if part is not None:
            sizes = list(RX.SIZE_IN_RUN.finditer(stripped, part.start("sizes")))
            if len(sizes) != len(col_sizes):
                return None  # a part's sizes that are not one for each group's column: no table of this layout
            # the rows under it count that part of each group: each column's size is its part's
            rows += 1
            at = base + start + lead
            name = part.group("name").strip()
            o_a, o_b = norm.span(at, at + len(name))
            cells.append(Cell(row=rows, col=0, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
            for c, x in enumerate(sizes):
                s_a, s_b = norm.span(at + x.start(), at + x.end())
                cells.append(Cell(row=rows, col=c + 1, text=f"{name} n = {x.group('n')}", char_start=s_a,
                                  char_end=s_b))
            cells += [Cell(row=rows, col=c, text="") for c in range(1 + len(sizes), width)]
            col_sizes = [int(x.group("n")) for x in sizes]
            previous = None
            continue
        if (run_together or stop_at_prose) and i > 0 and _is_prose(stripped):
            body_end = body_start + start  # the line runs on into a note or the next paragraph: the table is over
            break
        if not run_together and i > 0 and _names_a_group_again(stripped, group_names):
            # "... Response after surgery Arm A (n = 57)": the header again, over rows of the same groups at another
            # time or with other sizes, which this table's columns are not: the table is over
            body_end = body_start + start
            break
        rows += 1
        numbered_rows += bool(RX.DIGIT.search(stripped))
        at = base + start + lead
        # a row indented deeper than one level ("  Anaemia" over "   Grade 1"): one mark per level, so that the model
        # sees which row sits under which
        mark = "\u2003" * max(1, lead - 1) if indent else ""
        # a cell holds at most three numbers ("63 (47-75)"), or four with a count's interval ("13 (27.7) [15.6-42.6]"):
        # a row with more than that per column cannot be split, and trying every split of a long run of numbers costs
        # time for nothing (a "95% CI" in the label is no cell's)
        numbers = len(RX.NUMBER.findall(RX.CI_WORDS.sub("", stripped)))
        numbers -= len(RX.COUNT_AND_RANGE.findall(stripped))
        shapes = (GLUED_MARK_SHAPES if marks else SHAPES) if run_together else SPACED_MARK_SHAPES if marks \
            else SPACED_SHAPES
        split = split_row(stripped, col_sizes, p_last, previous, shapes,
                          run_together=run_together) \
            if numbers <= 3 * (width - 1) + 1 else None
        if split is not None and full_rows and not _full(split, col_sizes):
            split = None
        if split is not None and head.ratio:
            split = _ratio_placed(split, len(col_sizes), p_last)
            if split is None:
                return None  # a row whose cell under the ratio's column is no ratio with its interval
        if split is None and p_last and not run_together:
            split = _heading_p(stripped, lead, chunks[i + 1][1] if i + 1 < len(chunks) else "")
        if split is None:
            o_a, o_b = norm.span(at, at + len(stripped))
            digits = RX.DIGIT.search(stripped)
            if digits is None or run_together and RX.TIME_ALONE.fullmatch(stripped):  # a heading: "6 months"
                cells.append(Cell(row=rows, col=0, text=mark + original[o_a:o_b], char_start=o_a, char_end=o_b))
                cells += [Cell(row=rows, col=c, text="") for c in range(1, width)]
                previous = None
                continue
            # a ratio comparing the groups of each part, under a header written level by level, has fewer cells than the
            # columns: it stays whole, and the rows around it are read
            ratio_rows += head.levels and bool(RX.RATIO_ROW_LABEL.match(stripped))
            if head.ratio:
                return None  # a row the ratio's column does not fit ("0.74 0.55-0.99" under "HR (95% CI)"): the
                # columns may not be what the header says, and a ratio placed under an arm would be read as its value
            stacked = None if run_together or head.header_rows > 1 else _stacked_rows(stripped, col_sizes, p_last)
            if stacked is not None:
                # a row whose label and cells each stack one line per row ("Sites - Liver - Bone 9 5 4 8 3 5"): the
                # rows they are
                for label, row in stacked:
                    cells += _stacked_cells(norm, original, at, label, row, rows, width, p_last, mark)
                    rows += 1
                rows -= 1
                split_rows += 1
                previous = None
                continue
            # cells that cannot be split one way only stay together where the reader lists them unexplained
            cells += _whole_row(norm, original, at, stripped, rows, width, mark)
            previous = None
            continue
        previous = split.label.strip()
        split_rows += 1
        checked, agree = _agreement(split, col_sizes, checked, agree)
        if run_together:
            values = [k for k, *_ in split.cells if k != "p"]
            interval_rows += len(values) == len(col_sizes) and set(values) == {"interval"}
            if len(values) != len(col_sizes) or not set(values) <= CHECKED_KINDS:
                not_intervals[rows] = _whole_row(norm, original, at, stripped, rows, width, mark)
        o_a, o_b = norm.span(at, at + len(split.label))
        cells.append(Cell(row=rows, col=0, text=mark + original[o_a:o_b], char_start=o_a, char_end=o_b))
        cells += row_cells(split, rows, width, p_last, norm, original, at)
    if rows < header_rows:
        return None
    if head.levels:
        numbered_rows -= ratio_rows  # a ratio row beside the groups' columns is left whole (see below)
    if run_together and (checked < 3 or agree < 0.9 * checked or 2 * split_rows < numbered_rows):
        # with nothing but shapes to part the cells, the header lays over the body only when the counts agree with
        # their percentages and their groups' sizes, and most rows split; or, with fewer counts (each agreeing), when
        # every row with numbers splits and two or more give each group one value inside its interval ("14.6 (12.4,
        # 17.1) 11.3 (9.2, 13.4)" under "Drug K (n = 120) Drug L (n = 118)")
        # (a header written level by level, its names repeated under each part, has told the columns: one row of an
        # interval under each of them, four or more, is enough)
        if agree < checked or interval_rows < (1 if head.levels else INTERVAL_ROWS) or split_rows < numbered_rows:
            return None
        # there a row of other cells ("0.74 (0.58, 0.95)", one ratio for both groups) is not laid over the groups
        cells = [c for c in cells if c.row not in not_intervals] + [c for row in not_intervals.values() for c in row]
    # the notes under the body ("Abbreviations: LRF, locoregional failure; ..."): what its labels and cells stand for
    notes = [text[foot.start():foot.start() + NOTE_CHARS].strip()] if foot else []
    return Table(page=1, index=0, cells=cells, caption=caption or None, header_rows=header_rows,
                 label=f"Table {m.group('num')}", source="spaced", char_start=m.start(),
                 char_end=norm.span(base, a + body_end)[1], footnotes=notes)


def _stacked_rows(stripped: str, col_sizes: list[Optional[int]], p_last: bool
                  ) -> Optional[list[tuple[tuple[int, int], list[tuple[str, int, int, str]]]]]:
    """A row whose source cells each held one line per row, their lines written one after another: a label of parts
    parted by " - " (a heading, then its items: "Sites of relapse - Liver - Bone"), then each group's counts, one per
    part ("9 5 4 8 3 5" under two groups), then as many p values when the table has a p column. The rows they are:
    (each part's span in ``stripped``, its cells), or None unless every group's column holds exactly one count per
    part, none over its group's size, each percentage agreeing with its count and group, and the p column one p
    value per part."""
    label = RX.STACKED_LABEL.match(stripped)
    if label is None or None in col_sizes:
        return None
    parts = [(x.start(), x.end()) for x in RX.STACKED_PART.finditer(stripped, 0, label.end())]
    k, n_values = len(parts), len(col_sizes)
    tail = stripped[label.end():]
    width = k * n_values
    # the ways the cells split into counts under the groups, then p values (a "0.27" may be a p value or a decimal)
    found = [cells for cells in _segmentations(tail, k * (n_values + p_last), SPACED_SHAPES, run_together=False)
             if len(cells) == k * (n_values + p_last) and all(kind in STACKED_KINDS for kind, *_ in cells[:width])
             and all(kind == "p" for kind, *_ in cells[width:])]
    if len(found) != 1:
        return None
    tokens = [(kind, label.end() + a, label.end() + b, text) for kind, a, b, text in found[0]]
    values, ps = tokens[:width], tokens[width:]
    rows = []
    for i, part in enumerate(parts):
        row = [values[c * k + i] for c in range(n_values)] + ([ps[i]] if p_last else [])
        for cell, size in zip(row, col_sizes, strict=False):
            count = int(RX.STACKED_COUNT.match(cell[3]).group("n"))
            percent = RX.STACKED_PERCENT.search(cell[3])
            if count > size or percent and not _within_a_point(count, size, float(percent.group("pct"))):
                return None  # a count over its group, or a percentage of another denominator: not this layout
        rows.append((part, row))
    return rows


def _stacked_cells(norm: Normalized, original: str, at: int, label: tuple[int, int],
                   row: list[tuple[str, int, int, str]], r: int, width: int, p_last: bool, mark: str) -> list[Cell]:
    """One row of a stacked row (``_stacked_rows``): its label's part and its cells, each at its own offsets."""
    l_a, l_b = norm.span(at + label[0], at + label[1])
    out = [Cell(row=r, col=0, text=mark + original[l_a:l_b].strip(), char_start=l_a, char_end=l_b)]
    placed = dict(enumerate(row[:-1] if p_last else row, start=1))
    if p_last:
        placed[width - 1] = row[-1]
    for c in range(1, width):
        cell = placed.get(c)
        if cell is None:
            out.append(Cell(row=r, col=c, text=""))
            continue
        o_a, o_b = norm.span(at + cell[1], at + cell[2])
        out.append(Cell(row=r, col=c, text=original[o_a:o_b], char_start=o_a, char_end=o_b))
    return out


def _goes_on(before: str, line: str) -> bool:
    """Whether a table's line goes on with the row of the line before it: a label wrapped inside its bracket or before
    a word in small letters ("Retroperitoneal lymph" / "node area 3 1"), or a label's numbers on a line of their own."""
    stripped = line.strip()
    return before.count("(") > before.count(")") or before.count("[") > before.count("]") \
        or bool(RX.LOWER_START.match(stripped)) or bool(RX.NUMBERS_ONLY.fullmatch(stripped)) \
        and not RX.DIGIT.search(before)


def _whole_row(norm: Normalized, original: str, at: int, stripped: str, row: int, width: int, mark: str) -> list[Cell]:
    """A row whose cells are not parted: its label, then its numbers together in the first value column (where the
    reader lists them unexplained)."""
    cut = RX.LETTER_THEN_DIGIT.search(stripped)
    cut_at = cut.start() if cut else 0
    l_a, l_b = norm.span(at, at + cut_at)
    r_a, r_b = norm.span(at + (cut.end() if cut else 0), at + len(stripped))  # the cells without the space
    return [Cell(row=row, col=0, text=mark + original[l_a:l_b], char_start=l_a, char_end=l_b),
            Cell(row=row, col=1, text=original[r_a:r_b].strip(), char_start=r_a, char_end=r_b),
            *(Cell(row=row, col=c, text="") for c in range(2, width))]


HEADING_CHARS = 60


def _heading_before_row(piece: str) -> Optional[int]:
    """Where the first row under an endpoint's heading starts in ``piece``, when the table, its cells parted by single
    spaces, wrote the heading (a row with no values of its own) on the same line: "PFS Median (95% CI), months 6.1 (4.8
    to 7.3) 5.2 (3.9 to 6.6) 0.38", "OS (months) Deaths, No. 27 31", "Local control, % 1 year 91.1 88.6" (a time
    alone heading the rate's row). The heading names one endpoint and nothing more
    (a unit in brackets at most: ``row.heading_unit``); the row's label, starting with a capital, names nothing but a
    statistic of an endpoint's heading or its events (``row.statistic_of_heading``, ``row.first_under_heading``),
    which no row says without a heading over it. None when the piece is no such pair."""
    from oncoev.extract.mentions import find_endpoints
    from oncoev.extract.table_model import cues, row_endpoints

    row = cues()["row"]
    stripped = piece.lstrip()
    lead = len(piece) - len(stripped)
    for end in RX.HEADING_END.finditer(stripped, 0, HEADING_CHARS):
        head, rest = stripped[:end.start()], stripped[end.end():]
        if RX.DIGIT.search(head):
            return None
        found = find_endpoints(head)
        if not found or len(row_endpoints(head)) != 1:
            continue
        left = head
        for e in sorted(found, key=lambda e: -e.start):
            left = left[:e.start] + " " + left[e.end:]
        if not row["heading_unit"].fullmatch(left):
            continue
        if RX.TIME_ROW.match(rest):
            return lead + end.end()  # "Local control, % 1 year 91.1 (41/45) ...": the rate's heading, then its time
        for cells in RX.CELLS_START.finditer(rest):
            label = rest[:cells.start()].strip()
            if row["statistic_of_heading"].fullmatch(label) or row["first_under_heading"].fullmatch(label):
                return lead + end.end()
    return None


def _names_a_group_again(chunk: str, names: set[str]) -> bool:
    """Whether a row's text names one of the header's groups with a size ("Arm A (n = 57)"): the header written again
    inside the body."""
    for size in RX.GROUP_N.finditer(chunk):
        before = RX.TRAILING_OPENERS.sub("", chunk[:size.start()]).lower()
        if any(before.endswith(name) and (len(before) == len(name) or not before[-len(name) - 1].isalnum())
               for name in names):
            return True
    return False


def _heading_p(stripped: str, lead: int, following: str) -> Optional[_Candidate]:
    """A heading row with the p value of the rows indented under it ("Nausea 0.48" over "  Grade 1 12 9", "  Grade 2
    ..."): its one number is the p column's, not the first group's (a lone decimal splits either way, and is left
    unsplit there). None for any other row."""
    lone = RX.LONE_P.fullmatch(stripped)
    if lone is None or len(following) - len(following.lstrip()) <= lead or not RX.DIGIT.search(following):
        return None
    return _Candidate(lone.group("label"), [("p", lone.start("p"), lone.end("p"), lone.group("p"))], 0.0)


# A count and its percentage in one cell ("9 (18%)", "9  (18)"): the count, the percentage
COUNT_PCT_CELL = lazy_regex(rf"(\d+)\s{{0,2}}\(\s?({NUM})\s?%?\s?\)")


def _within_a_point(count: float, total: float, percent: float) -> bool:
    """Whether a count is that percentage of its total, to the percentage's rounding (a point either way)."""
    return abs(100 * count / total - percent) <= 1


def _ratio_placed(split, n_values: int, p_last: bool):
    """A split row of a table whose last value column holds ratios with their intervals ("HR (95% CI)"): the row as
    split when that column's cell is such a ratio or empty; a bare number there is the row's p value when the table
    has a p column and the row no other ("Objective response 30 (33.3%) 19 (21.6%) 0.08": no ratio beside the counts);
    None when neither fits."""
    cells = list(split.cells)
    p_cell = cells.pop() if cells and cells[-1][0] == "p" and p_last else None
    if len(cells) < n_values or cells[n_values - 1][0] == "interval":
        return split
    kind, a, b, text = cells[n_values - 1]
    if p_cell is None and p_last and kind in ("p", "decimal") and float(text.lstrip("<>≤≥ ")) <= 1:
        return _Candidate(split.label, cells[:n_values - 1] + [("p", a, b, text)], split.score)
    return None


def _agreement(split, col_sizes: list[Optional[int]], checked: int, agree: int) -> tuple[int, int]:
    """The counts of a split row checked against their percentages and groups' sizes, added to ``checked``, and
    of them those that agree (to a point), added to ``agree``."""
    for cell, size in zip(split.cells, col_sizes, strict=False):
        pair = COUNT_PCT_CELL.fullmatch(cell[3]) if cell[0] == "count_pct" else None
        fraction = re.fullmatch(rf"(\d+)\s?/\s?(\d+)\s{{0,2}}\(\s?({NUM})\s?%?\s?\)", cell[3]) \
            if cell[0] == "fraction_pct" else None
        if fraction is not None and int(fraction.group(2)):  # "12/40 (30%)": of its own denominator
            checked += 1
            agree += _within_a_point(int(fraction.group(1)), int(fraction.group(2)), float(fraction.group(3)))
            continue
        behind = re.fullmatch(rf"({NUM})\s?%?\s?\(\s?(\d+)\s?/\s?(\d+)\s?\)", cell[3]) \
            if cell[0] == "pct_fraction" else None
        if behind is not None and int(behind.group(3)):  # "30 (12/40)": the percentage first
            checked += 1
            agree += _within_a_point(int(behind.group(2)), int(behind.group(3)), float(behind.group(1)))
            continue
        if pair is None or not size:
            continue
        checked += 1
        agree += _within_a_point(int(pair.group(1)), size, float(pair.group(2)))
    return checked, agree


def header_caption(text: str, head: Header) -> str:
    """The caption: what the text says before the first group's name."""
    first_name = text.rfind(head.first_name, 0, head.first_size)
    return text[:first_name].strip() if first_name > 0 else ""


def _full(split, col_sizes: list[Optional[int]]) -> bool:
    """Every value column holds a cell, and every count agrees with its percentage and the group's size (to the
    percentage's rounding): "9 (18%)" of 50, or "9" and "18" under "No." and "%". A row whose every cell is a count
    with its percentage, each within its group's size, parts one way only: it is full whatever its percentages
    ("8 (24.0)" of 30, a misprint or a share of another denominator, as the paper prints it)."""
    values = split.cells[:len(col_sizes)]
    if len(values) != len(col_sizes) or any(c[0] == "p" for c in values):
        return False
    if all(size is not None and (pair := COUNT_PCT_CELL.fullmatch(v[3])) is not None and int(pair.group(1)) <= size
           for v, size in zip(values, col_sizes, strict=True)):
        return True
    for i, size in enumerate(col_sizes):
        if size is None:
            continue
        pair = COUNT_PCT_CELL.fullmatch(values[i][3])
        if values[i][0] == "empty" and (i + 1 >= len(col_sizes) or col_sizes[i + 1] is not None
                                        or values[i + 1][0] == "empty"):
            continue  # a mark for an empty cell (and for its percentage: "- -" under "No. %")
        if pair is None and i + 1 < len(col_sizes) and col_sizes[i + 1] is None:
            pair = RX.WHOLE_NUMBER.fullmatch(values[i][3]) and re.fullmatch(NUM, values[i + 1][3]) and \
                (values[i][3], values[i + 1][3])
            if not pair:
                return False
            count, pct = float(pair[0]), float(pair[1])
        elif pair is not None:
            count, pct = float(pair.group(1)), float(pair.group(2))
        else:
            continue
        if size == 0 or not _within_a_point(count, size, pct):
            return False
    return True


def _population_words(pre: str, count: int, start: re.Pattern = RX.POPULATION_START) -> Optional[list[list[str]]]:
    """The last ``count`` populations named in ``pre``, each the words back to one that can ``start`` a name;
    None when there are not as many, one is long or two are named alike."""
    words = pre.split()
    out: list[list[str]] = []
    while words and len(out) < count:
        # from the end: a population is the words back to its first word
        i = len(words) - 1
        while i >= 0 and not start.match(words[i]):
            i -= 1
        if i < 0:
            return None
        out.insert(0, words[i:])
        words = words[:i]
    if len(out) != count or any(len(p) > 6 for p in out) or len({" ".join(p).lower() for p in out}) != count:
        return None
    return out


def _populations(pre: str, names: list[str], sizes: list[int]) -> list[str]:
    """The names of the populations the groups repeat under, read from the words before the first group: the
    same groups in the same order under each ("Drug Q Placebo Drug Q Placebo" under two), each population's name
    starting with a capital word, the first the whole population (its groups no smaller than any other's) or
    all named alike ("Cohort 1 Cohort 2"); [] when that cannot be told."""
    base = names[:len(dict.fromkeys(names))]
    k = len(base)
    if k < 2 or len(names) % k or names != base * (len(names) // k):
        return []
    count = len(names) // k
    # a population's name starts with a capital word or a bound ("All patients ≥65 years"); but parts named alike,
    # each starting with the same capital word, keep their bounds inside ("Lesions ≤2 cm Lesions >2 cm All lesions")
    out = _population_words(pre, count, RX.CAPITAL_START)
    parts = [p for p in out or [] if not RX.POPULATION_TOTAL.match(p[0])]
    if len(parts) < 2 or len({p[0] for p in parts}) != 1:
        out = _population_words(pre, count)
    if out is None:
        return []
    populations = [" ".join(p) for p in out]
    # the whole population first, or last after its parts ("Stage II Stage III Overall"): its groups the largest
    whole = any(RX.POPULATION_TOTAL.match(populations[w]) and all(
        sizes[w * k + g] >= sizes[j * k + g] for j in range(count) for g in range(k)) for w in (0, count - 1))
    # cohorts named alike, of groups of their own sizes; the same sizes under each are the same patients counted
    # again (cycles, visits), a level of time, not of populations
    alike = len({p[0].lower() for p in out}) == 1 and all(len(p) > 1 for p in out) and \
        len({tuple(sizes[j * k:(j + 1) * k]) for j in range(count)}) == count
    if any(TIME_LEVEL.search(p) for p in populations):
        return []
    return populations if whole or alike else []


def _over_populations(head: Header, populations: list[str]) -> Optional[Header]:
    """A header read with its groups repeated under populations: a level above them naming each column's
    population (the groups' columns in order, as many under each population); None when the columns do not
    fall into as many groups under each."""
    if not populations:
        return head
    run: list[int] = []  # each value column's group, counted along the top row
    tops = {c.col: c.text for c in head.cells if c.row == 0 and c.col > 0 and c.text != "p"}
    previous = None
    for col in sorted(tops):
        if tops[col] != previous:
            run.append(col)
            previous = tops[col]
    per = len(run) // len(populations)
    if per < 2 or per * len(populations) != len(run):
        return None
    of_col: dict[int, str] = {}
    for g, start in enumerate(run):
        end = run[g + 1] if g + 1 < len(run) else max(tops) + 1
        for col in range(start, end):
            of_col[col] = populations[g // per]
    cells = [Cell(row=c.row + 1, col=c.col, text=c.text) for c in head.cells]
    cells += [Cell(row=0, col=c, text=of_col.get(c, "")) for c in range(head.width)]
    return Header(cells, head.width, head.col_sizes, head.p_last, head.header_rows + 1, head.pos, populations[0],
                  head.first_size, head.full_rows)


def _grade_level_header(names: list[str], sizes: list[re.Match], levels: tuple[list[str], list[str], bool, int]
                        ) -> Header:
    """A header of groups over grades over formats (``_grade_levels``) as three header rows, one column per
    group, grade and format: "Drug Q n = 40" over "Grade 3" over "%"."""
    grades, formats, p_last, pos = levels
    per_group = len(grades) // len(sizes)
    per = 2 if len(formats) == 2 * len(grades) else 1
    width = 1 + len(grades) * per + (1 if p_last else 0)
    header_rows = 3 if formats else 2
    cells = [Cell(row=r, col=0, text="") for r in range(header_rows)]
    col_sizes: list[Optional[int]] = []
    col = 1
    for g, grade in enumerate(grades):
        name, size = names[g // per_group], sizes[g // per_group]
        for f in range(per):
            cells += [Cell(row=0, col=col, text=f"{name} n = {size.group('n')}"), Cell(row=1, col=col, text=grade)]
            if formats:
                cells.append(Cell(row=2, col=col, text=formats[per * g + f]))
            col_sizes.append(int(size.group("n")) if f == 0 else None)
            col += 1
    if p_last:
        cells += [Cell(row=0, col=width - 1, text="p")] + [Cell(row=r, col=width - 1, text="")
                                                          for r in range(1, header_rows)]
    return Header(cells, width, col_sizes, p_last, header_rows, pos, names[0], sizes[0].start(), full_rows=True)
