"""What a table's columns, rows and cells mean: the one reading of every results table.

A :class:`~oncoev.extract.document.Table` is a grid of cells, whatever it was read from (JATS
XML, a PDF's layout, " | " rows in text, a table flattened into text and split again). This
module reads it the way a reader of the paper does:

- **cells** (:func:`parse_cell`): "12 (34.3)" a count and its percentage, "12/35 (34.3%)", "4.2"
  or "61%", "0.72 (0.55-0.94)" a value with its interval, "10.1 ± 2.3" a mean and SD, "<0.001",
  "NR" / "—"; footnote marks dropped;
- **columns** (:func:`read_columns`): each header level ("Arm A (n = 30)" over "Grade 3-4" over
  "n") adds to what the column is: a group with its size, a time point ("3-year"), a grade, an
  endpoint ("ORR", "Median OS"), a ratio (HR/OR/RR) of an analysis (univariable / multivariable),
  its CI or p value, counts or percentages only, a test statistic, the total;
- **rows** (:func:`read_rows`): the first column's label, its indent and the section row above it
  ("Grade 3-4 events" then indented "Neutropenia"), the endpoint, time point, median or group
  size the label names; rows with no values open a section;
- **the table** (:func:`read_context`): a table of baseline characteristics, of toxicity, of one
  group ("... in Group A (n = 35)"), the cell convention ("n (%)") from caption and footnotes.

``table_results`` turns this reading into results; the words each reading looks for are data
(``patterns/tables.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from oncoev.extract import lexicon, rules
from oncoev.extract.document import Table
from oncoev.extract.endpoint_codes import codes_with
from oncoev.extract.lazy_regex import Regex, lazy_regex
from oncoev.extract.mentions import RATIO_KINDS, find_endpoints, find_times
from oncoev.extract.normalize import normalize
from oncoev.extract.rules import regexes

RX = regexes("table_model")  # patterns/regex/table_model.yaml: the regular expressions of this module

NUM = r"\d+(?:\.\d+)?"
SIGNED = r"-?\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def cues() -> dict[str, dict[str, Regex]]:
    data = rules.load("tables.yaml")
    return {part: {name: lazy_regex(p, re.I) for name, p in items.items()} for part, items in data.items()}


# (a table's cells are cleaned again by each reading of its rows and columns, and cells repeat: "0", "NR", "1 (2)";
# kept for the texts seen last, a cell costs the normalisation once; speed, the same text)
@lru_cache(maxsize=4096)
def clean(text: str) -> str:
    """A cell's text as the rules read it: normalised (dashes, middle dots, spaces), spaces collapsed."""
    return RX.SPACES.sub(" ", normalize(text).text).strip()


# --- cells -------------------------------------------------------------------------------------------


@dataclass
class CellValue:
    text: str
    kind: str  # empty | na | count_pct | fraction | interval | mean_sd | number | text
    value: Optional[float] = None
    op: Optional[str] = None  # "<", ">", "<=", ">=" bounding the value
    percent: Optional[float] = None  # the percentage of a count ("12 (34.3)") or the value's own "%"
    count: Optional[int] = None
    denominator: Optional[int] = None
    low: Optional[float] = None
    high: Optional[float] = None
    sd: Optional[float] = None
    percent_sign: bool = False

    @property
    def numeric(self) -> bool:
        return self.kind not in ("empty", "na", "text")


OPS = {"<": "<", ">": ">", "≤": "<=", "≥": ">=", "<=": "<=", ">=": ">=", "=": None}
CELL_PATTERNS = (
    ("fraction", re.compile(rf"^(?P<n>\d+)\s*/\s*(?P<d>\d+)\s*(?:\(\s*(?P<p>{NUM})\s*%?\s*\))?$")),
    # "12.5 (5/40)", "12.5% (5/40)": the percentage first, then the count over its denominator
    ("pct_fraction", re.compile(rf"^(?P<p>{NUM})\s*%?\s*\(\s*(?P<n>\d+)\s*/\s*(?P<d>\d+)\s*\)$")),
    ("count_pct", re.compile(rf"^(?P<n>\d+)\s*[(\[]\s*(?P<pop>[<>≤≥])?\s*(?P<p>{NUM})\s*%?\s*[)\]]$")),
    # "13 (27.7) [15.6–42.6]", "13 (27.7%) (95% CI 15.6-42.6)": a count, its percentage and the percentage's interval
    ("count_pct_ci", re.compile(rf"^(?P<n>\d+)\s*\(\s*(?P<p>{NUM})\s*%?\s*\)\s*[(\[]\s*(?:95\s*%\s*CI[:,]?\s*)?"
                                rf"(?P<lo>{NUM})\s*%?\s*(?:-|–|to|,)\s*(?P<hi>{NUM})\s*%?\s*[)\]]$", re.I)),
    ("size", RX.SIZE_CELL),
    ("pct_count", re.compile(rf"^(?P<p>{NUM})\s*%\s*\(\s*(?P<n>\d+)\s*\)$")),
    ("interval", re.compile(rf"^(?P<op>[<>≤≥])?\s*(?P<v>{SIGNED})\s*(?P<pct>%)?\s*[(\[]\s*"
                            rf"(?:95\s*%\s*CI[:,]?\s*|range[:,]?\s*)?(?P<lo>{SIGNED})\s*%?\s*(?:-|to|,|;|–)\s*"
                            rf"(?P<hi>{SIGNED}|{lexicon.NOT_REACHED})\s*%?\s*[)\]]$", re.I)),
    ("interval_bare", re.compile(rf"^(?P<lo>{SIGNED})\s*(?:-|to|–)\s*(?P<hi>{SIGNED})$")),
    ("mean_sd", re.compile(rf"^(?P<v>{SIGNED})\s*(?:±|\+/-|\+-)\s*(?P<sd>{NUM})$|^(?P<v2>{SIGNED})\s*\(\s*SD\s*[=:]?\s*"
                           rf"(?P<sd2>{NUM})\s*\)$", re.I)),
    ("number", re.compile(rf"^(?P<op>[<>≤≥=]|<=|>=)?\s*(?P<v>{SIGNED})\s*(?P<pct>%)?$")),
)


def parse_cell(raw: str) -> CellValue:
    text = clean(raw)
    bare = RX.MARKS.sub("", text).strip()
    # "P = 0.53", "p<.001": a p value written with its letter; ".11": a decimal without its zero.
    bare = RX.P_LETTER.sub("", bare)
    bare = RX.LEADING_POINT.sub(r"\g<1>0.", bare)
    if not bare:
        return CellValue(text, "empty")
    if cues()["row"]["not_available"].match(bare):
        return CellValue(text, "na")
    for kind, pattern in CELL_PATTERNS:
        m = pattern.match(bare)
        if not m:
            continue
        g = m.groupdict()
        if kind in ("fraction", "pct_fraction"):
            n, d = int(g["n"]), int(g["d"])
            pct = float(g["p"]) if g["p"] else None
            if kind == "pct_fraction" and (not d or abs(100 * n / d - pct) > 1):
                return CellValue(text, "text")  # a percentage that is not the count's: which is which no one can say
            kind = "fraction"
            return CellValue(text, kind, value=float(n), count=n, denominator=d, percent=pct)
        if kind == "count_pct_ci":
            return CellValue(text, "count_pct", value=float(g["n"]), count=int(g["n"]), percent=float(g["p"]),
                             op=None, low=float(g["lo"]), high=float(g["hi"]))
        if kind in ("count_pct", "pct_count"):
            return CellValue(text, "count_pct", value=float(g["n"]), count=int(g["n"]), percent=float(g["p"]),
                             op=OPS.get(g.get("pop") or "="))
        if kind == "size":
            return CellValue(text, "size", value=float(g["v"]))
        if kind == "interval":
            hi = g["hi"]
            return CellValue(text, kind, value=float(g["v"]), op=OPS.get(g["op"] or "="), low=float(g["lo"]),
                             high=float(hi) if RX.NUMBER_START.match(hi) else None, percent_sign=bool(g["pct"]))
        if kind == "interval_bare":
            return CellValue(text, "interval_only", low=float(g["lo"]), high=float(g["hi"]))
        if kind == "mean_sd":
            v, sd = g["v"] or g["v2"], g["sd"] or g["sd2"]
            return CellValue(text, kind, value=float(v), sd=float(sd))
        op = OPS.get(g["op"] or "=")
        return CellValue(text, kind, value=float(g["v"]), op=op, percent_sign=bool(g["pct"]))
    return CellValue(text, "text")


def has_number(text: str) -> bool:
    return bool(RX.DIGIT.search(text))


# --- columns -----------------------------------------------------------------------------------------


@dataclass
class GroupName:
    label: str
    n: Optional[int] = None


@dataclass
class Column:
    index: int
    levels: list[str]  # header texts from the top level down, repeats dropped
    role: str = "value"  # label | value | p | ci | count | percent | statistic
    group: Optional[GroupName] = None
    total: bool = False
    months: Optional[float] = None
    grade: Optional[str] = None
    ratio: Optional[str] = None  # hr | or | rr
    analysis: Optional[str] = None
    endpoint: Optional[str] = None
    median: bool = False
    mean: bool = False
    count_percent: bool = False  # the header says cells are "n (%)"
    percent_only: bool = False  # ... by a "(%)" alone, not "n (%)"
    # The population over the column's group when the same groups repeat under several ("Older adults" over
    # "Drug Q" and "Placebo", as "All randomised" is over them too): the cells are that group within it.
    population: Optional[str] = None
    # Who judged the responses in the column ("INV" beside "EIR" under each arm): their category
    assessor: Optional[str] = None
    # Every patient given a treatment that the other columns split ("All Drug Q (n = 48)" beside "Drug Q (n = 25)",
    # its randomised part): a group of its own, none of the arms the table compares
    whole: bool = False

    @property
    def header(self) -> str:
        return " ".join(self.levels)

    def name(self) -> str:
        return " / ".join(self.levels) or f"column {self.index + 1}"


RATIO_KIND = {**RATIO_KINDS, "ahr": "hr", "aor": "or", "irr": "rr"}


def _arabic(grade: Optional[str]) -> Optional[str]:
    """A grade as the digits every rule reads ("III" is "3"; "3" and None stay)."""
    value = lexicon.roman_number(grade.upper()) if grade else None
    return str(value) if value is not None else grade


def grade_of(text: str) -> Optional[str]:
    """The GOLD_FORMAT grade a header names: "Grade 3-4" -> "3-4", "Grade ≥3" -> ">=3", "Any grade" -> None."""
    matches = list(cues()["header"]["grade"].finditer(clean(text)))
    if not matches:
        return None
    # "Any grade 3 or 4 event": the numbered grade says more than "any grade".
    m = next((x for x in matches if not x.group("any")), matches[0])
    g = m.groupdict()
    if g.get("any"):
        return "any"
    if g.get("gg"):
        return RX.SPACES.sub("", g["gg"])
    g1, g2 = _arabic(g["g1"]), _arabic(g["g2"])
    if g["higher"]:
        return f">={g1}"
    op = g["op"] or g.get("pre")  # "Grade ≥3", "≥Grade 3"
    if op:
        return {"≥": ">=", "≤": "<=", ">": ">", "<": "<"}[op] + g1
    if g2:
        return f"{g1}-{g2}"
    return g1


def _group_name(text: str) -> Optional[GroupName]:
    """'RT (%) n = 68' -> RT, 68; 'Arm B (N=120)' -> Arm B, 120."""
    h = cues()["header"]
    size = h["group_size"].search(text)
    n = int(size.group("n") or size.group("n2")) if size else None
    label = h["group_size"].sub(" ", text)
    label = h["format_note"].sub(" ", label)
    label = RX.SPACES.sub(" ", label).strip(" ,;:-")
    if not label or not RX.LETTER.search(label):
        return GroupName(label, n) if n else None
    return GroupName(label, n)


def header_levels(table: Table, header_rows: int) -> list[list[str]]:
    """For each column, its header texts from the top level down (a spanning cell counts at each
    column it covers; a level repeating the one above is dropped)."""
    grid = table.grid()
    out = []
    for c in range(table.n_cols):
        levels: list[str] = []
        for r in range(header_rows):
            cell = grid[r][c] if c < len(grid[r]) else None
            text = clean(cell.text) if cell else ""
            if text and (not levels or levels[-1] != text):
                levels.append(text)
        out.append(levels)
    return out


def _split_groups_from_grades(levels_of: list[list[str]], label_cols: int) -> None:
    """A group and a grade in one header cell, read as two levels, the group over the grade; a grade alone right
    after such a cell is a grade of the same group ("Arm A: grade 1-2 | grade 3-4 | Arm B: grade 1-2 | grade 3-4")."""
    carried: Optional[str] = None
    for c in range(label_cols, len(levels_of)):
        levels = levels_of[c]
        m = RX.GROUP_AND_GRADE.match(levels[-1]) if levels else None
        if m and grade_of(m.group("grade")) and not grade_of(m.group("group")) \
                and (m.group("sep").strip() or RX.GROUP_WORD.search(m.group("group"))):
            carried = m.group("group").strip()
            levels_of[c] = [*levels[:-1], carried, m.group("grade").strip()]
        elif carried and len(levels) == 1 and RX.GRADE_ALONE.match(levels[0]):
            levels_of[c] = [carried, levels[0]]
        else:
            carried = None


def read_columns(table: Table, header_rows: int, label_cols: int = 1) -> list[Column]:
    h = cues()["header"]
    columns = []
    levels_of = header_levels(table, header_rows)
    _split_groups_from_grades(levels_of, label_cols)
    for c, at in _bare_grade_columns(table, levels_of, label_cols):
        levels_of[c][at] = f"Grade {levels_of[c][at]}"
    for c in _bare_any_columns(levels_of, label_cols):
        levels_of[c][-1] = f"{levels_of[c][-1]} grades"
    uppers: dict[int, str] = {}  # a column's group-naming level above its group ("" for the whole population)
    for c, levels in enumerate(levels_of):
        col = Column(c, levels)
        if c < label_cols:
            col.role = "label"
            columns.append(col)
            continue
        for depth, level in enumerate(levels):
            lowest = depth == len(levels) - 1
            level = RX.LEVEL_MARKS.sub("", level)
            stripped = h["format_note"].sub(" ", level).strip()
            if h["format_note"].search(level) and RX.PERCENT.search(level):
                # "n (%)", "No. (%)": a count and its percentage; "(%)" alone says so only of a column holding counts
                # with their percentages ("Arm A (%)" over "12 (34)"): over bare numbers it says they are percentages
                col.count_percent = True
                col.percent_only = not h["count_note"].search(level)
            kind = h["ratio"].search(level)
            # "95% CI for HR", "HR p-value": the interval or p of the ratio beside it, not a ratio
            rest = RX.SPACES.sub(" ", h["ratio"].sub(" ", stripped)).strip() if kind else ""
            p_of_ratio = kind is not None and bool(h["p_of_ratio"].search(rest))
            of_ratio = p_of_ratio or kind is not None and bool(h["ci_of_ratio"].search(rest))
            interaction = kind is not None and bool(h["interaction"].search(stripped))
            if of_ratio or interaction:
                kind = None
            if kind:
                k = kind.group("kind").lower().rstrip("s")
                col.ratio = RATIO_KIND.get(k, k)
            if h["multivariable"].search(level):
                col.analysis = "multivariate"
            elif h["univariable"].search(level):
                col.analysis = "univariate"
            grade = grade_of(level)
            if grade:
                col.grade = grade
            if h["assessor"].match(stripped):
                col.assessor = "investigator" if RX.INVESTIGATOR_START.match(stripped) else stripped
            times = [m for t in find_times(level) for m in t.months]
            if len(times) == 1:
                col.months = times[0]
            if h["median"].search(level):
                col.median = True
            elif h["mean"].search(level):
                col.mean = True
            # "Median, months (95% CI)": the values the column holds, each with its interval; no group's name
            with_intervals = bool(h["ci"].search(level)) and not kind and _values_with_intervals(table, header_rows, c,
                                                                                               level)
            endpoints = {e.code for e in find_endpoints(level)}
            if h["arm_name"].search(level):
                endpoints = set()  # "PCR (Arm B)": a regimen's letters that spell an endpoint name a group here
            if "SD" in endpoints and h["mean"].search(level):
                endpoints.discard("SD")  # "Weight change, mean [SD]": a standard deviation, not stable disease
            if len(endpoints) == 1:
                col.endpoint = endpoints.pop()
            if lowest:
                # (a level of p values over the tests that gave them: "P value" over "Fisher" and "Log-rank")
                p_above = any(h["p"].search(h["format_note"].sub(" ", x).strip()) for x in levels[:depth])
                if h["p"].search(stripped) or h["p"].search(level) or p_of_ratio or p_above and not kind:
                    col.role = "p"
                elif h["ci"].search(level) and not kind and not with_intervals or of_ratio:
                    col.role = "ci"
                elif h["count"].match(stripped) or (RX.COUNT_LETTER_END.search(stripped)
                                                    and (grade or col.group or col.months)):
                    col.role = "count"  # "n", or "Grade 1 n" where the layout ran two header levels together
                elif h["percent"].match(level.strip()):
                    col.role = "percent"
                elif h["statistic"].search(stripped) or interaction:
                    col.role = "statistic"
                elif h["dose"].search(stripped):
                    col.role = "dose"
                elif h["attribute"].match(stripped):
                    col.role = "attribute"  # "Mild", "Probable": a kind of the events, no group (not read)
            if h["baseline"].search(stripped) and col.role == "value":
                col.role = "baseline"
            if h["total"].match(stripped):
                # "Arm C (n = 40) / All" names all grades (or all items) of that arm, not all patients
                if col.group is None and not col.total:
                    uppers[c] = ""
                col.total = col.total or col.group is None
            elif not (kind or grade or col.role in ("p", "ci", "statistic") and lowest or h["count"].match(stripped)
                      or h["percent"].match(level.strip()) or h["label"].match(stripped)
                      or h["multivariable"].search(level) or h["univariable"].search(level)
                      or (len(times) == 1 and only_time(level)) or (endpoints and _only_endpoint(level))
                      or h["grading"].search(stripped) or h["occasion"].search(stripped)
                      or h["patients_counted"].match(stripped) or h["assessor"].match(stripped) or with_intervals):
                name = _group_name(level)
                if name is not None and not name.label and col.group is not None and col.group.label \
                        and col.group.n is None:
                    col.group = GroupName(col.group.label, name.n)  # "Drug Q" over "(n = 40)": one group, its size
                elif name is not None and RX.BRACKETED.fullmatch(name.label) and col.group is not None \
                        and col.group.label and col.group.n is None:
                    # "Arm 2" over "(Drug Q)": the group's other name, in brackets under its name (as a text written
                    # on one line names it: "Arm 2 (Drug Q)")
                    col.group = GroupName(f"{col.group.label} {name.label}", name.n)
                elif name is not None:
                    if col.group is not None:
                        # a third level naming groups ("ITT" over "Drug Q" over "Assessor A"): which level is the
                        # arm is unknown, no population is placed
                        # a size over the group's ("Drug Q (n = 52)" over "Grade"): the upper level is the arm
                        uppers[c] = col.group.label if c not in uppers and col.group.n is None else "\n"
                    col.group = name
        columns.append(col)
    _place_populations(columns, uppers)
    # A percentage column right after a count column belongs to the same group, grade and time point
    # when its own header says nothing more ("Grade 1 | n | %" laid out as "Grade 1 n | %").
    for a, b in zip(columns, columns[1:], strict=False):
        if a.role == "count" and b.role == "percent":
            b.grade = b.grade or a.grade
            b.group = b.group or a.group
            b.months = b.months if b.months is not None else a.months
    # "Mean | SD" under the same upper levels: the SD is the mean's standard deviation, no stable disease (nor a group)
    for col in columns[label_cols:]:
        if col.levels and RX.STANDARD_DEVIATION.fullmatch(clean(col.levels[-1])) and any(
                other.levels and other.levels[:-1] == col.levels[:-1]
                and RX.MEAN_ALONE.fullmatch(clean(other.levels[-1]))
                for other in columns[label_cols:]):
            col.endpoint, col.group, col.role = None, None, "statistic"
    _name_whole_groups(columns[label_cols:])
    _ungroup_spanned_ratios(columns[label_cols:])
    return columns


def _values_with_intervals(table: Table, header_rows: int, col: int, level: str) -> bool:
    """Whether a header naming an interval names the values it is the interval of ("Median, months (95% CI)" over
    "6.3 (5.1-7.4)"): a value or an endpoint named once the interval's words are taken out (no difference between the
    groups), and two thirds of the column's numbers written as values with their intervals. Such a column holds those
    values; a column of intervals alone ("95% CI" over "5.1-7.4", "Median OS" over "95% CI") holds none."""
    h = cues()["header"]
    rest = h["ci"].sub(" ", level)
    if h["effect_before_ci"].search(rest) or not (h["value_before_ci"].search(rest) or find_endpoints(rest)):
        return False
    kinds = [parse_cell(cell.text).kind for cell in table.cells if cell.col == col and cell.row >= header_rows]
    numeric = [k for k in kinds if k not in ("empty", "na", "text")]
    return bool(numeric) and 3 * sum(k == "interval" for k in numeric) >= 2 * len(numeric)


def _ungroup_spanned_ratios(columns: list[Column]) -> None:
    """A ratio column under a heading that spans the arms' own columns too ("Rates at 2 years" over "Drug K, %" |
    "Drug L, %" | "HR (95% CI)"): the heading is no group of the ratio, which compares the arms under it."""
    for col in columns:
        if not col.ratio or col.group is None or col.population is not None or len(col.levels) < 2:
            continue
        heading = col.group.label.lower()
        if any(other is not col and other.group is not None and other.group.label.lower() != heading
               and any(_group_name(clean(level)) is not None and _group_name(clean(level)).label.lower() == heading
                       for level in other.levels[:-1])
               for other in columns):
            col.group = None


def _name_whole_groups(columns: list[Column]) -> None:
    """A column headed "All" or "Total" and then the name another column's group has ("All Drug Q (n = 48)" beside
    "Drug Q (n = 25)", the randomised part, and "Docetaxel (n = 24)"): every patient given that treatment, a group
    of its own with its own size, not all the study's patients."""
    h = cues()["header"]
    named = {c.group.label.lower() for c in columns if c.group and c.group.label and not c.total}
    for col in columns:
        if not col.total or col.group is not None or col.role not in ("value", "count", "percent"):
            continue
        for level in col.levels:
            name = _group_name(clean(level))
            cue = h["total"].match(name.label) if name is not None and name.label else None
            rest = name.label[cue.end():].strip(" ,;:-") if cue else ""
            if rest and rest.lower() in named:
                col.total, col.group, col.whole = False, name, True
                break




def _bare_grade_columns(table: Table, levels_of: list[list[str]], label_cols: int) -> list[tuple[int, int]]:
    """The columns whose lowest header level (or the one above a format, "n (%)") is a grade written bare ("0", "I",
    "II", ... under "Drug Q (n = 40)"), with that level:
    in a table of toxicity (its caption, or its label column's header, says so), a run of three or more columns
    under the same upper levels numbered in order from 0 or 1. A lone "II" or "2" may name a group or a cycle."""
    bare = cues()["header"]["bare_grade"]
    fmt = cues()["header"]["format_only"]
    toxic = cues()["caption"]["toxicity"]
    label_head = " ".join(" ".join(levels) for levels in levels_of[:label_cols])
    if not (toxic.search(clean(table.caption or "")) or toxic.search(label_head)):
        return []
    out: list[tuple[int, int]] = []  # (column, level of its grade)
    run: list[tuple[int, int, int]] = []  # (column, grade, level) of the current run
    for c in [*range(label_cols, len(levels_of)), None]:
        levels = levels_of[c] if c is not None else []
        grade = None
        # the grade is the lowest level, or the one above a cell format written under every column ("n (%)")
        at = len(levels) - 2 if len(levels) >= 3 and fmt.fullmatch(levels[-1]) else len(levels) - 1
        if at >= 1 and bare.match(levels[at]):
            grade = int(levels[at]) if levels[at].isdigit() else lexicon.roman_number(levels[at])
        if run and grade is not None and grade == run[-1][1] + 1 and at == run[-1][2] \
                and levels[:at] == levels_of[run[-1][0]][:at]:
            run.append((c, grade, at))
            continue
        if len(run) >= 3 and run[0][1] in (0, 1):
            out += [(col, level) for col, _, level in run]
        run = [(c, grade, at)] if grade is not None else []
    # beside such a run, under the same upper levels, a range of grades written bare ("3-4", "3-4 (%)"): those grades
    ranged = cues()["row"]["bare_grade"]
    runs = {(tuple(levels_of[col][:level]), level) for col, level in out}
    for c in range(label_cols, len(levels_of)):
        levels = levels_of[c]
        for upper, level in runs:
            if c not in {col for col, _ in out} and len(levels) == level + 1 and tuple(levels[:level]) == upper \
                    and not bare.match(levels[level]) \
                    and ranged.match(RX.PERCENT_FORMAT_END.sub("", levels[level])):
                out.append((c, level))
    return out


def _bare_any_columns(levels_of: list[list[str]], label_cols: int) -> list[int]:
    """The columns whose lowest header level is "Any" or "All" alone beside a grade's column under the same upper
    levels ("Drug Q (n = 40)" over "Any" and "Grade 3-4"): any grade of that group, not a group named "Any". (A
    bare "All" with no grade beside it stays what it was: the whole population's column.)"""
    out = []
    for c in range(label_cols, len(levels_of)):
        levels = levels_of[c]
        if len(levels) < 2 or not RX.ANY_OR_ALL.fullmatch(levels[-1]):
            continue
        if any(len(other) == len(levels) and other[:-1] == levels[:-1] and grade_of(other[-1]) not in (None, "any")
               for other in levels_of[label_cols:]):
            out.append(c)
    return out


TIME_LEVEL = RX.TIME_LEVEL_WORDS


def _place_populations(columns: list[Column], uppers: dict[int, str]) -> None:
    """A level naming populations over the groups ("All patients" | "Women" over "Drug Q" | "Placebo" under each):
    the groups repeat under two or more of them. A column's group is then its group within that population (the
    whole population's is the group itself); with no group repeating, the upper level stays read as before."""
    if "\n" in uppers.values() or any(TIME_LEVEL.search(u) or find_times(u) for u in uppers.values()):
        return  # an upper level of time ("Cycle 2", "During radiotherapy"): the same patients again
    under: dict[str, set[str]] = {}
    # a level naming the whole population, no endpoint ("Overall population", not "Overall survival")
    whole = any(upper == "" and any(cues()["header"]["total"].match(x) and not find_endpoints(x)
                                    for x in columns[c].levels) for c, upper in uppers.items())
    for c, upper in uppers.items():
        col = columns[c]
        if col.group is None:
            continue  # a column of all patients ("Total") with no group under it
        if col.group.n is None and not whole:
            # a group each population gives the size of ("Drug Q (n = 30)"), or no population level; unless one upper
            # level names the whole population ("Overall population" | "Women" over "Drug Q" | "Placebo" under each,
            # their sizes in the body): that level is no arm, and the others are populations too
            return
        under.setdefault(col.group.label.lower(), set()).add(upper.lower())
    if not any(len(u) >= 2 for u in under.values()):
        return
    for c, upper in uppers.items():
        col = columns[c]
        if col.group is None or not col.group.label:
            continue
        col.total = False
        col.population = upper or None


def only_time(text: str) -> bool:
    """'3-year', '5-yr OS rate (%)': the header is a time point (and an endpoint), not a group's name."""
    rest = text
    for t in find_times(text):
        rest = rest[:t.start] + " " * (t.end - t.start) + rest[t.end:]
    for e in find_endpoints(rest):
        rest = rest[:e.start] + " " * (e.end - e.start) + rest[e.end:]
    rest = cues()["header"]["format_note"].sub(" ", rest)
    rest = RX.RATE_HEAD_WORDS.sub(" ", rest)
    return not rest.strip()


def _only_endpoint(text: str) -> bool:
    rest = text
    for e in find_endpoints(text):
        rest = rest[:e.start] + " " * (e.end - e.start) + rest[e.end:]
    rest = cues()["header"]["format_note"].sub(" ", rest)
    rest = RX.COUNT_HEAD_WORDS.sub(" ", rest)
    return not rest.strip()


# --- rows ---------------------------------------------------------------------------------------------


@dataclass
class Row:
    index: int
    label: str
    indent: int
    cells: list[CellValue]
    section: Optional[int] = None  # index of the row this one sits under (a section row or a less indented row)
    endpoints: list[str] = field(default_factory=list)
    months: Optional[float] = None
    median: bool = False
    mean: bool = False
    n: Optional[int] = None
    empty: bool = False  # no value in any column: a section heading
    # no value but in the columns of p values: a heading all the same, its p comparing the rows under it ("Nausea |
    # | | 0.21" over "Grade 1", "Grade 2")
    heading: bool = False
    context: list[str] = field(default_factory=list)  # labels of the columns left of this row's, carried down
    start: Optional[int] = None  # where the row's text is in Document.text
    end: Optional[int] = None


def note_abbreviations(table: Table) -> dict[str, str]:
    """The abbreviations the table's notes define, abbreviation -> long form ("LRF" -> "locoregional failure")."""
    out: dict[str, str] = {}
    for note in table.footnotes:
        for m in RX.NOTE_ABBREVIATION.finditer(clean(note)):
            # (a long form with an abbreviation of its own, "CCR, clinical CR", is a variant of that one: not read)
            if sum(ch.isupper() for ch in m.group("abbr")) >= 2 and not RX.TWO_CAPITALS.search(m.group("long")):
                out.setdefault(m.group("abbr"), m.group("long").strip())
    return out


def read_rows(table: Table, header_rows: int, label_cols: int = 1, p_cols: frozenset[int] = frozenset()) -> list[Row]:
    """The body's rows, each under the row it sits under. ``p_cols``: the columns of p values, whose cells leave a row
    a heading. A row labelled by an abbreviation the table's notes define names the endpoints of its long form."""
    grid = table.grid()
    abbreviations = note_abbreviations(table)
    out: list[Row] = []
    stack: list[Row] = []  # open parents, least indented first
    first_child: dict[int, int] = {}  # a parent's index -> the indent of the first row under it
    carried = ""  # a label wrapped over two rows: its first part, on a row with no values
    carried_start: Optional[int] = None
    left: list[str] = [""] * label_cols  # the last label seen in each label column
    for r in range(header_rows, table.n_rows):
        row_cells = grid[r]
        # With several label columns ("Operated | Resected | Lobectomy"), the rightmost filled one is
        # the row's own label and its column is its depth; a cell spanning them all is a heading.
        label_cell, depth, parts = None, 0, []
        for c in range(min(label_cols, len(row_cells))):
            cell = row_cells[c]
            if cell is not None and clean(cell.text) and cell.row == r and (cell.col == c):
                if label_cell is None:
                    label_cell, depth = cell, c
                parts.append(clean(cell.text))
        if label_cell is None and row_cells and row_cells[0] is not None:
            label_cell = row_cells[0]
        raw = label_cell.text if label_cell else ""
        indent_m = RX.INDENT.match(raw)
        indent = 100 * depth + (len(indent_m.group(0)) if indent_m else 0)
        label = " ".join(parts) if parts else clean(raw)
        for c in range(min(label_cols, len(row_cells))):
            cell = row_cells[c]
            if cell is not None and clean(cell.text):
                left[c] = clean(cell.text)
                left[c + 1:] = [""] * (label_cols - c - 1)
        context = [x for x in left[:depth] if x]
        values = []
        for c in range(label_cols, table.n_cols):
            cell = row_cells[c] if c < len(row_cells) else None
            # A spanning cell's text counts once, at its first column and row.
            first = cell is not None and cell.col == c and cell.row == r
            values.append(parse_cell(cell.text) if first else CellValue("", "empty"))
        row_start = None
        if carried and label[:1].islower():
            label, row_start = f"{carried} {label}", carried_start
        carried, carried_start = "", None
        if not any(v.kind != "empty" for v in values) and r + 1 < table.n_rows:
            following = grid[r + 1][0].text if grid[r + 1] and grid[r + 1][0] else ""
            next_indent = RX.INDENT.match(following)
            if clean(following)[:1].islower() and (len(next_indent.group(0)) if next_indent else 0) == indent:
                carried = label  # "local recurrence with" / "in both sites": one label
                carried_start = label_cell.char_start if label_cell is not None else None
                continue
        row = Row(r, label, indent, [CellValue(label, "text")] * label_cols + values, context=context)
        placed = [c for c in row_cells if c is not None and c.char_start is not None and c.text]
        if placed:
            row.start = min(c.char_start for c in placed)
            row.end = max(c.char_end for c in placed)
            if row_start is not None:
                row.start = min(row.start, row_start)
        row.empty = not any(v.kind != "empty" for v in values)
        # (a level naming no word, "1" with the p of its factor's levels, is the reference level, no heading)
        row.heading = row.empty or bool(RX.THREE_LETTERS.search(label)) and not any(
            v.kind != "empty" for c, v in enumerate(values, label_cols) if c not in p_cols)
        size = cues()["header"]["group_size"].search(label)
        row.n = int(size.group("n") or size.group("n2")) if size else None
        row.endpoints = row_endpoints(label)
        if not row.endpoints and RX.MARKS.sub("", label) in abbreviations:
            row.endpoints = row_endpoints(abbreviations[RX.MARKS.sub("",
                                                                     label)])  # "LRF" in a note: locoregional failure
        times = [m for t in find_times(label) for m in t.months]
        row.months = times[0] if len(times) == 1 else None
        row.median = bool(cues()["row"]["median"].search(label))
        row.mean = bool(cues()["row"]["mean"].search(label))
        # The row sits under the nearest row before it that is a section heading or less indented;
        # a section heading at the same indent closes the one before it, and so does a row at the heading's own
        # indent when the heading's rows were indented under it ("Race" over " White", then "Age": no race).
        while stack and (stack[-1].indent > indent
                         or (stack[-1].indent == indent and (not stack[-1].heading or row.heading
                                                             or first_child.get(stack[-1].index, indent) > indent))):
            stack.pop()
        if stack:
            row.section = stack[-1].index
            first_child.setdefault(row.section, indent)
        if label:
            stack.append(row)
        out.append(row)
    return out


KIND_CODES = codes_with("has_kinds")  # (patterns/endpoint_codes.yaml)
DISEASE_CONTROL = codes_with("disease_control")  # the categories a disease control rate counts


def row_endpoints(label: str) -> list[str]:
    """The endpoints a row label names: the sentence vocabulary first, then the terse names of table
    rows ("Death", "Reoperations"); a row naming local and distant failure is both at once."""
    text = RX.LABEL_FORMAT_END.sub("", label).strip()
    codes = list(dict.fromkeys(e.code for e in find_endpoints(text)))
    for code, pattern in cues()["row_endpoints"].items():
        if pattern.search(text) and code not in codes:
            codes.append(code)
    if "TOX" in codes and len(codes) > 1:
        codes.remove("TOX")  # "Postoperative complications": the more specific name
    if "DCR" in codes:
        # "(CR/PR/SD)": the responses it is made of; "Clinical benefit rate (PR/CR/SD)": what its bracket defines
        codes = [c for c in codes if c not in DISEASE_CONTROL and c != "CBR"]  # (the name it defined)
    if {"FAIL_LOCAL", "FAIL_DISTANT"} <= set(codes):
        codes = [c for c in codes if c not in ("FAIL_LOCAL", "FAIL_DISTANT", "FAIL_ANY")] + ["FAIL_LOCAL_DISTANT"]
    if "FAIL_ANY" in codes and len(codes) > 1:
        codes.remove("FAIL_ANY")
    return codes


# --- the table as a whole ----------------------------------------------------------------------------


@dataclass
class Context:
    caption: str
    baseline: bool = False
    cited: bool = False
    treatment: bool = False
    toxicity: bool = False
    group: Optional[GroupName] = None
    count_percent: bool = False
    endpoints: list[str] = field(default_factory=list)  # named by the caption
    # the one endpoint the sentences citing the table name (table_citations), for a caption that names none
    cited_endpoints: list[str] = field(default_factory=list)
    analysis: Optional[str] = None
    # The caption names more than toxicity ("Type of surgery and complications"): only rows
    # naming a toxicity are toxicity rows.
    mixed: bool = False
    surgical: bool = False
    grade: Optional[str] = None  # "Grade 3-4 adverse events": the grade of every cell


def read_context(table: Table, cited_endpoints: Sequence[str] = ()) -> Context:
    """What the caption (and ``cited_endpoints``, the endpoint the text citing the table names) says of the
    table as a whole."""
    c = cues()["caption"]
    caption = clean(f"{table.caption or ''}")
    notes = clean(" ".join(table.footnotes))
    ctx = Context(caption)
    endpoints = list(dict.fromkeys(e.code for e in find_endpoints(caption)))
    ctx.endpoints = endpoints
    ctx.cited_endpoints = [] if endpoints else list(cited_endpoints)
    ctx.baseline = bool(c["baseline"].search(caption)) and not endpoints
    ctx.toxicity = bool(c["toxicity"].search(caption))
    ctx.cited = bool(c["cited"].search(caption))
    ctx.treatment = bool(c["treatment"].search(caption)) and not endpoints
    ctx.mixed = ctx.toxicity and bool(c["not_only_toxicity"].search(caption))
    ctx.surgical = bool(c["surgical"].search(caption))
    grade = grade_of(caption)
    ctx.grade = grade if grade != "any" else None
    m = c["group"].search(caption)
    if m:
        ctx.group = GroupName(RX.SPACES.sub(" ", m.group("name")).capitalize(), int(m.group("n")) if m.group("n")
                              else None)
    ctx.count_percent = bool(c["count_percent"].search(caption) or c["count_percent"].search(notes))
    h = cues()["header"]
    if h["multivariable"].search(caption) and not h["univariable"].search(caption):
        ctx.analysis = "multivariate"
    elif h["univariable"].search(caption) and not h["multivariable"].search(caption):
        ctx.analysis = "univariate"
    return ctx


def infer_header_rows(table: Table) -> int:
    """Rows at the top whose value cells hold no number are header rows (when the source did not say)."""
    if table.header_rows:
        return table.header_rows + _header_rows_in_body(table, table.header_rows)
    rows = table.rows()
    count = 0
    for row in rows:
        values = [clean(x) for x in row[1:] if clean(x)]
        if values and not any(parse_cell(v).numeric for v in values):
            count += 1
            continue
        if not values and count == 0:
            count += 1  # a title row spanning the table
            continue
        break
    return min(count, max(0, len(rows) - 1))


def _header_rows_in_body(table: Table, declared: int) -> int:
    """Header levels the source put in the body, right under its header ("Grade 1-2 | Grade 3-4" under each arm,
    then "n (%)"): rows whose label cell is empty or names the label column ("Adverse event"), with two or more
    cells of their own in the value columns, none holding a number, before the first row that holds one."""
    grid = table.grid()
    label = cues()["header"]["label"]
    count = 0
    for r in range(declared, table.n_rows - 1):
        row = grid[r]
        head = clean(row[0].text) if row and row[0] is not None and row[0].row == r else ""
        own = [c for c in row[1:] if c is not None and c.row == r and clean(c.text)]
        own = list({id(c): c for c in own}.values())
        if len(own) < 2 or (head and not label.match(head)) or any(parse_cell(c.text).kind != "text" for c in own):
            break
        count += 1
    # (the first row under them with a cell filled: a rule drawn across the table is an empty row)
    below = next((r for r in range(declared + count, table.n_rows)
                  if any(c is not None and c.row == r and clean(c.text) for c in grid[r])), None)
    if count and (below is None or not any(parse_cell(c.text).numeric for c in grid[below][1:] if c is not None)):
        return 0  # no values under them: text rows of a table of words, not headers
    return count
