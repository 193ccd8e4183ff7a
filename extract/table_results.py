"""Results from a table, each with a locator (table, row label, column label) and its row as quote.

The table is read by ``table_model`` (what its columns, rows and cells are); this module decides
which cells are results and what they are. One rule per construction, its id on every row it makes:

- ``table.ratio_columns``: a column of hazard / odds / risk ratios (one per analysis), rows are
  factors: the ratio, its CI (in the cell or the CI column of its block) and p;
- ``table.endpoint_columns``: columns named by endpoints (CR, PR, ORR, "Median OS"), rows are
  groups (or the tumour's sites): counts with their percentages, rates, medians;
- ``table.group_columns``: rows named by an endpoint ("Complete response", "3-year OS", or a
  kind of toxicity in a toxicity table, or an item under a row that names one: "Complications"
  then "Wound"), columns are groups ("Arm A (n = 72)"), grades ("Grade 3-4") or time points
  ("1-year"): a value per group, with the other group as comparator and the row's p.

A table of baseline characteristics, of treatment given, of other studies or of who entered and left the
study (a CONSORT flow) gives no results. Every cell with a number that became no
result and is not a p value, CI, test statistic or reference category is *unexplained*: listed
with its table, row, column and offsets, never silently dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Optional

from oncoev.extract.document import Table
from oncoev.extract.endpoint_codes import codes_with
from oncoev.extract.findings import (
    ADVERSE_EVENT_CODES,
    COUNTED,
    CURVES,
    EITHER_EVENT_CURVES,
    EVENTS_OF_CURVE,
    SUMMED_RESPONSES,
)
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.mentions import find_endpoints, find_times, toxicity_terms
from oncoev.extract.qualifiers import RESPONSES
from oncoev.extract.results import RX as RESULTS_RX
from oncoev.extract.results import GroupRef
from oncoev.extract.rules import regexes
from oncoev.extract.table_model import (
    KIND_CODES,
    CellValue,
    Column,
    Context,
    GroupName,
    Row,
    clean,
    grade_of,
    infer_header_rows,
    only_time,
    parse_cell,
    read_columns,
    read_context,
    read_rows,
    row_endpoints,
)
from oncoev.extract.table_model import cues as table_cues
from oncoev.extract.tables import row_site

RX = regexes("table_results")  # patterns/regex/table_results.yaml: the regular expressions of this module

# kinds of tables whose every number is explained
NO_RESULTS = ("baseline", "cited", "treatment", "flow", "correlation")


def BARE_FACTOR() -> re.Pattern:  # noqa: N802 (a compiled cue, read once)
    """A baseline factor's name alone ("Gender", "Age, years", "ECOG performance status"), no level of it."""
    return table_cues()["row"]["bare_factor"]


def TOXICITY_TERM() -> re.Pattern:  # noqa: N802 (a compiled cue, read once)
    return toxicity_terms()


def _events_of(words: str, endpoint: str) -> bool:
    """Whether a ratio's words after its name ("for death") name the events of ``endpoint`` (OS; PFS, DFS, RFS, EFS)."""
    if RX.DEATH_EVENT.search(words):
        return endpoint == "OS"
    return bool(RX.EITHER_EVENT.search(words)) and endpoint in EITHER_EVENT_CURVES


@dataclass
class TableResult:
    fields: dict[str, Any]
    start: int  # the row's span in Document.text
    end: int
    pattern_id: str
    group: Optional[GroupRef]
    comparator: Optional[GroupRef]
    locator: str
    cell: tuple[int, int]  # (row, column) in the grid
    # A part of ``group`` the row is about ("Early stage" within the arm of the column), if any.
    subgroup: Optional[str] = None
    subgroup_n: Optional[int] = None
    # The group is a row's own label (a factor, a site, a subgroup row): a cohort of exactly that
    # name, never one whose name merely shares its words ("Treatment: S" is not "Treatment: S + C").
    exact: bool = False
    # The comparator is a row's own label too (a factor's reference level): a cohort of exactly that name.
    comparator_exact: bool = False


@dataclass
class TableReading:
    table: Table
    kind: str  # baseline | cited | treatment | flow | individual | results | unread
    results: list[TableResult] = field(default_factory=list)
    numeric_cells: int = 0
    explained_cells: int = 0
    unexplained: list[dict[str, Any]] = field(default_factory=list)


class _Reader:
    def __init__(self, table: Table, parts: Optional[dict[int, GroupName]] = None,
                 cited_endpoints: Sequence[str] = ()):
        self.table = table
        self.cell_at: Optional[dict[tuple[int, int], Any]] = None  # the table's first cell at each (row, column)
        # the part of each column's group the rows are about, named by a row over them ("Women (n = 21)")
        self.parts = parts
        self.ctx: Context = read_context(table, cited_endpoints)
        self.header_rows = infer_header_rows(table)
        self.label_cols = _label_columns(table, self.header_rows)
        self.columns: list[Column] = read_columns(table, self.header_rows, self.label_cols)
        self.rows: list[Row] = read_rows(table, self.header_rows, self.label_cols,
                                         frozenset(c.index for c in self.columns if c.role == "p"))
        if not self.ctx.toxicity and not self.ctx.baseline and _graded_terms(self.rows):
            # "Nausea" over "Grade 1", "Grade 2", then "Rash" over its grades: a table of toxicity by grade, whatever
            # its caption says ("Events in both arms")
            self.ctx = dataclasses.replace(self.ctx, toxicity=True)
        # One endpoint named over the columns of two groups or more ("Patients with an event, n (%)" spanning each arm's
        # column): the columns are the groups, the endpoint the table's; the rows are no groups of it (they are its
        # kinds, or parts of the groups), so the columns are not read as an endpoint's columns.
        named = [c for c in self.columns if c.role in ("value", "count", "percent") and c.endpoint and not c.ratio]
        if len(named) >= 2 and all(c.group and not c.total for c in named) \
                and len({c.group.label for c in named}) >= 2 and len({c.endpoint for c in named}) == 1:
            for c in named:
                c.endpoint = None
        for col in self.columns:
            if col.percent_only and not any(self.cell(row, col).kind in ("count_pct", "fraction") for row in self.rows):
                col.count_percent = False  # "Grade 3 (%)" over "12.8", "0": every cell a percentage
        # rows of a table of sites of relapse naming an organ, each with it ("Liver": any relapse there)
        self.organ_rows = _failure_sites(self.ctx, self.rows)
        self.by_index = {r.index: r for r in self.rows}
        curve = self.caption_curve()
        for row in self.rows:
            # "2 years" under "Local control rate, %": the time of the rate over it (a time the sentence vocabulary
            # leaves unread alone, as it may be a duration), no subgroup of the patients; so too a row of its own in a
            # table whose caption names one survival endpoint ("Overall survival by arm": "1 year", "3 years")
            if row.months is None and (row.section is not None and self.parent_endpoint(row) in CURVES
                                       or row.section is None and curve is not None):
                months = _heading_months(RX.NOTE.sub("", row.label).strip())
                row.months = float(months) if months is not None else None
        # the rows that are causes of death, each with its cause (None: all deaths)
        self.death_rows = _death_causes(self.ctx, self.rows, self.columns[:self.label_cols])
        self.used: dict[tuple[int, int], str] = {}  # (row, col) -> why the cell is explained
        self.out: list[TableResult] = []
        # Columns of one group each: the two arms a two-arm table compares.
        self.group_cols = [c for c in self.columns if c.role in ("value", "count", "percent") and c.group
                           and not c.total and not c.whole]
        # a group within each of several populations is a group of its own ("Drug Q" of all patients and of women)
        self.groups = list(dict.fromkeys((c.population, c.group.label) for c in self.group_cols))
        # two groups compared (a comparator, the row's p): not when they stand within several populations
        self.two_arms = len(self.groups) == 2 and not any(c.population for c in self.group_cols)
        self.pairs = self.count_percent_pairs([c for c in self.columns if c.role in ("value", "count", "percent")])
        # The label column's header says the cells are percentages ("Adverse events, % patients", "Event (%)"), not
        # counts with them ("Event, n (%)"): a bare whole number under a group is a rate, no count.
        count_note = table_cues()["header"]["count_note"]
        self.stub_percent = any("%" in level and not count_note.search(level)
                                for c in self.columns[:self.label_cols] for level in c.levels)
        # Columns whose "a/b" cells are two counts side by side ("single/multiple": "2/0", "15/9"), not a count over its
        # denominator: one cell whose count exceeds its denominator, or of a denominator of 0, says so for the column.
        self.pair_cols = {c.index for c in self.columns for row in self.rows
                          if (v := self.cell(row, c)).kind == "fraction" and v.count is not None
                          and v.denominator is not None and (v.denominator == 0 or v.count > v.denominator)}

    # -- bookkeeping --------------------------------------------------------------------------------
    def locator(self, row: Row, col: Column) -> str:
        where = f"{self.table.locator()}, row {row.label!r}, column {col.name()!r}"
        if self.cell_at is None:  # (made once: a search of every cell for every row read was a pass's 1%)
            self.cell_at = {}
            for c in self.table.cells:
                self.cell_at.setdefault((c.row, c.col), c)
        cell = self.cell_at.get((row.index, col.index))
        if cell is not None and cell.bbox is not None:
            where += ", box ({:.0f}, {:.0f}, {:.0f}, {:.0f})".format(*cell.bbox)
        return where

    def emit(self, row: Row, col: Column, fields: dict[str, Any], rule: str, group: Optional[GroupRef],
             comparator: Optional[GroupRef] = None, cells: tuple[int, ...] = (),
             subgroup: Optional[str] = None, subgroup_n: Optional[int] = None) -> bool:
        """Add the row's result of this cell; False when the row has no place in the text to quote."""
        if row.start is None:
            return False
        base = {"site": None, "category": None, "grade": None, "timepoint_months": None, "ci_low": None,
                "ci_high": None, "p_value": None, "p_op": None, "analysis": None, "value_op": None}
        self.out.append(TableResult({**base, **fields}, row.start, row.end, rule, group, comparator,
                                    self.locator(row, col), (row.index, col.index), subgroup, subgroup_n))
        for c in (col.index, *cells):
            self.used[(row.index, c)] = "result"
        return True

    def cell(self, row: Row, col: Column) -> CellValue:
        return row.cells[col.index] if col.index < len(row.cells) else CellValue("", "empty")

    def ratio_interval(self, fields: dict[str, Any], cell: CellValue, row: Row, ci_col: Optional[Column]) -> None:
        """A ratio's interval, from its own cell or else from the CI column beside it, put on ``fields`` when the
        ratio stands within it."""
        low, high = cell.low, cell.high
        if low is None and ci_col is not None:
            # "1.05-1.93", "1.05, 1.93", "(1.05, 1.93)": the interval alone, in its brackets or not
            ci_text = RX.CI_BRACKETS.sub("", clean(self.cell(row, ci_col).text))
            ci = parse_cell(ci_text.replace(",", " -")) if ci_text else None
            if ci is not None and ci.kind == "interval_only":
                low, high = ci.low, ci.high
        if low is not None and high is not None and low <= cell.value <= high:
            fields["ci_low"], fields["ci_high"] = low, high

    def p_of(self, row: Row, after: int = 0, before: Optional[int] = None) -> tuple[Optional[float], Optional[str]]:
        for col in self.columns[after:before]:
            if col.role == "p":
                cell = self.cell(row, col)
                if cell.kind == "number" and cell.value is not None and 0 <= cell.value <= 1:
                    return cell.value, cell.op
        return None, None

    # -- the rules ----------------------------------------------------------------------------------
    def read(self) -> TableReading:
        if self.ctx.baseline:
            return self.finish("baseline")
        if self.ctx.cited:
            return self.finish("cited")
        if self.ctx.treatment:
            return self.finish("treatment")
        if table_cues()["caption"]["flow"].search(self.ctx.caption):
            return self.finish("flow")  # who entered and left the study, by reason: no results
        if table_cues()["caption"]["correlation"].search(self.ctx.caption) and self.coefficients_only():
            return self.finish("correlation")  # coefficients between scales or markers: statistics
        for row in self.rows:
            for c in self.columns:
                if self.cell(row, c).kind == "size":
                    self.used[(row.index, c.index)] = "sample size"
        for c in self.columns:
            if c.role in ("p", "ci", "statistic", "dose", "baseline"):
                for row in self.rows:
                    if RX.DIGIT.search(self.cell(row, c).text):
                        self.used.setdefault((row.index, c.index), c.role)
        ratio_cols = [c for c in self.columns if c.ratio and c.role not in ("p", "ci")]
        if self.parts is not None:
            if not ratio_cols and not any(c.endpoint for c in self.columns):
                self.group_columns()  # (ratios of factors and endpoints' columns know no part of a column's group)
            return self.finish("results" if self.out else "unread")
        if ratio_cols and self.arms_compared(ratio_cols):
            # two arms and the ratio comparing them, one endpoint a row: the arms' values, then the ratios
            self.group_columns()
            self.ci_rows()
            self.arms_ratios(ratio_cols)
            return self.finish("results" if self.out else "unread")
        rated = bool(ratio_cols) and self.arms_rated(ratio_cols)
        if rated:
            self.arms_counts()
        # "Sites of first relapse by arm", "Local | 9 (2.2%) | 14 (3.4%) | 0.56": each ratio compares the arms at that
        # site, no site is a factor of the patients; which arm is the reference is not said, so none is read (the
        # ratios stay unexplained)
        sites = rated and bool(table_cues()["failure_sites"]["caption"].search(self.ctx.caption or ""))
        if rated and (sites or self.death_rows):
            self.arms_count_ratios(ratio_cols, sites)
        if ratio_cols and not sites:
            self.ratio_columns(ratio_cols)
        # (a p value's column under an endpoint's name, "Relapse / Log-rank P", holds no value of that endpoint)
        endpoint_cols = [c for c in self.columns if c.role in ("value", "count", "percent") and c.endpoint
                         and not c.ratio]
        if len(endpoint_cols) >= 1 and not ratio_cols:
            self.endpoint_columns(endpoint_cols)
        event_cols = self.event_columns() if not ratio_cols and not endpoint_cols else None
        if event_cols is not None:
            # events named over the columns: rows of groups give each group's count of each; no row names an event
            self.group_event_columns(event_cols)
            return self.finish("results" if self.out else "unread")
        if not ratio_cols:
            self.group_columns()
            self.ci_rows()
            self.ratio_rows()
            self.group_rows_by_grade()
        return self.finish("results" if self.out else "unread")

    def event_columns(self) -> Optional[list[Column]]:
        """The columns of a table of harms that name its events, the groups on its rows ("Groups | Cases | Nausea and
        vomiting | Leukopenia" over "Study group | 40 | 12 | 18"): every value column but the groups' sizes, when two
        rows or more name groups and the rows name no event, or when every such column names a toxicity the
        vocabulary knows (its rows, cycles or time points, are then no events either). None for any other table."""
        if not self.ctx.toxicity or self.ctx.mixed or self.parts is not None:
            return None
        cols = [c for c in self.columns if c.role in ("value", "count", "percent") and not c.total and not c.whole
                and c.months is None and c.population is None]
        named = [c for c in cols if c.group is not None or c.grade is not None]
        cols = [c for c in cols if c is not self.sizes_before(named)]
        if len(cols) < 2 or any(c.group is None and c.grade is None for c in cols):
            return None
        names = [c.levels[-1] if c.levels else "" for c in cols]
        group_rows = [r for r in self.rows if r.label and not r.empty and table_cues()["row"]["group_row"].match(
            RX.NOTE.sub("", r.label).strip())]
        terms = all(TOXICITY_TERM().search(name) for name in names)
        if len(group_rows) >= 2 and not any(r.endpoints for r in self.rows) or terms:
            return cols
        return None

    def sizes_before(self, cols: list[Column]) -> Optional[Column]:
        """The one column of counts naming nothing before ``cols`` ("Cases", "n"): the rows' sizes; else None."""
        return self.size_column(cols) if cols else None

    def group_event_columns(self, cols: list[Column]) -> None:
        """Each group row's count (or count and share) of the event each column names, with the column's grade; the
        group's size from the column of sizes."""
        row_cue = table_cues()["row"]["group_row"]
        groups = [r for r in self.rows if r.label and not r.empty and row_cue.match(RX.NOTE.sub("", r.label).strip())]
        size = self.sizes_before(cols)
        sizes = {r.index: (self.row_size(r, size) if size is not None else None) or r.n for r in groups}
        def group_name(r: Row) -> str:  # "Arm L (n = 48)": the group's name, its size aside
            return RX.ROW_GROUP_SIZE.sub("", RX.NOTE.sub("", r.label).strip()).strip()

        for row in groups:
            group = GroupRef(group_name(row), sizes[row.index])
            others = [r for r in groups if r is not row]
            comparator = GroupRef(group_name(others[0]), sizes[others[0].index]) if len(groups) == 2 else None
            for col in cols:
                name = col.levels[-1] if col.levels else ""
                category = _category(name)
                fields = self.value_fields("TOX", self.cell(row, col), row, col)
                if not category or not fields:
                    continue
                grade = col.grade if col.grade not in (None, "any") else self.ctx.grade
                for f in fields:
                    f.update(category=category, grade=grade)
                    # (the row names its group as a column's header would: resolved to the paper's groups alike)
                    self.emit(row, col, f, "table.event_columns", group, comparator)

    def ratio_rows(self) -> None:
        """A row of hazard ratios under a row of two arms' medians ("Median PFS | 6.1 | 4.0" then "HR (95% CI) | 0.70
        (0.55-0.89)", its cell spanning both arms or under the first): the ratio of the first arm's against the
        second's, within the population over both, when the medians show that direction. A ratio of a subgroup's
        arms (under a stratum's heading) names no cohort to compare with, and is left unread."""
        ratio = table_cues()["header"]["ratio"]
        cols = [c for c in self.columns if c.role in ("value", "count", "percent") and c.group and not c.total]
        for k, row in enumerate(self.rows):
            m = ratio.search(row.label)
            if m is None or m.group("kind").lower().rstrip("s") not in ("hr", "hazard ratio") or k == 0:
                continue
            # the medians: of the row right above, or of the row above it when a row of intervals stands between
            above = self.rows[k - 1]
            if table_cues()["row"]["ci_row"].search(RX.NOTE.sub("", above.label).strip()) and k >= 2:
                above = self.rows[k - 2]
            medians = {r.cell[1]: r for r in self.out if r.cell[0] == above.index and r.fields["measure"] == "median"}
            if RX.OWN_OUTCOME.search(row.label[m.end():]) and not any(
                    r.fields["endpoint"] in row.endpoints or _events_of(row.label[m.end():], r.fields["endpoint"])
                    for r in medians.values()):
                continue  # "Hazard ratio for death" under the median time to progression: a ratio of another outcome
            for a, b in zip(cols, cols[1:], strict=False):
                cell, other = self.cell(row, a), self.cell(row, b)
                if a.population != b.population or a.group.label == b.group.label or other.kind != "empty" \
                        or cell.kind not in ("number", "interval") or cell.value is None or cell.value <= 0 \
                        or cell.value == 1 or cell.op is not None or a.index not in medians or b.index not in medians:
                    continue
                first, second = medians[a.index], medians[b.index]
                if first.subgroup or second.subgroup or first.fields["endpoint"] != second.fields["endpoint"] \
                        or first.fields["endpoint"] not in CURVES or first.fields.get("value_op") \
                        or second.fields.get("value_op") or first.fields["value"] == second.fields["value"] \
                        or (cell.value < 1) != (first.fields["value"] > second.fields["value"]):
                    continue
                fields = {"endpoint": first.fields["endpoint"], "measure": "hr", "unit": "ratio", "value": cell.value,
                          "analysis": self.ctx.analysis}
                if cell.low is not None and cell.high is not None and cell.low <= cell.value <= cell.high:
                    fields["ci_low"], fields["ci_high"] = cell.low, cell.high
                self.emit(row, a, fields, "table.arms_ratio", self.column_group(a), self.column_group(b))

    def arms_compared(self, ratio_cols: list[Column]) -> bool:
        """Whether the table compares two arms on endpoints ("Drug X (n = 40) | Placebo (n = 38) | HR | 95% CI | P",
        rows "Overall survival" over "Median, months"): two arms' columns, ratio columns of no group, and every row
        with a ratio naming an endpoint for all patients of the arms (a factor's level, "Age < 65", makes it a table
        of subgroups, read as factors are)."""
        if not self.two_arms or any(c.group or c.index < max(g.index for g in self.group_cols) for c in ratio_cols):
            return False
        rated = [row for row in self.rows if row.label and any(self.cell(row, c).kind in ("number", "interval")
                                                               for c in ratio_cols)]
        named = [self.row_endpoint(row) for row in rated]
        # (a rate the vocabulary has no code for, "Clinical benefit rate, %", is an outcome too, no factor)
        # (a row naming endpoints the vocabulary cannot choose between, "D-FFS": distant failure or its freedom, is
        # an outcome too, no factor)
        return any(e in CURVES and s is None for e, _, s in named) and all(
            s is None and (e is not None or row.endpoints or RX.OUTCOME_WORD.search(row.label))
            for row, (e, _, s) in zip(rated, named, strict=True))

    def arms_rated(self, ratio_cols: list[Column]) -> bool:
        """Whether the table's ratios compare its two arms, whose values stand beside them ("Drug K (n = 150) | Drug L
        (n = 148) | RR (95% CI)" over "Deaths | 61 (40.7) | 80 (54.1) | 0.75 (0.59-0.95)"): ratio columns of no group
        after the two arms' columns, both arms with a value on every row with a ratio (or neither: a pooled or adjusted
        ratio), at least one row with both, and no row standing as a reference level ("1.00", "Ref"), as a factor's
        levels would (a table of the patients with and without an outcome, by factor, has them)."""
        if not self.two_arms or any(c.group or c.index < max(g.index for g in self.group_cols) for c in ratio_cols):
            return False
        cue = table_cues()["row"]["reference_level"]
        arms = {label for _, label in self.groups}
        rated = 0
        for row in self.rows:
            cells = [self.cell(row, c) for c in ratio_cols]
            if any(cue.match(RX.MARKS_AT_END.sub("", clean(c.text))) for c in cells if clean(c.text)):
                return False
            if not any(c.kind in ("number", "interval") and c.value is not None for c in cells):
                continue
            valued = {c.group.label for c in self.group_cols if RX.DIGIT.search(self.cell(row, c).text)}
            if valued and valued != arms:
                return False
            rated += bool(valued)
        return rated > 0

    def arms_counts(self) -> None:
        """Each arm's count of an endpoint a row names, beside the ratio comparing the arms ("All deaths | 410 (9.7%) |
        455 (10.8%) | 0.89 (0.78-1.02)"): the count and its percentage of the arm, as a table of the arms gives them.
        Only counts ("n (%)", "n/N (%)") of an endpoint named alone: a bare percentage may be an estimate at a time
        the table names elsewhere, and a row naming a kind or a part ("Cumulative incidence of death in CR", a
        subgroup's events) is not the endpoint's count."""
        before = len(self.out)
        self.group_columns()
        kept = []
        for r in self.out[before:]:
            row, col = self.by_index[r.cell[0]], self.columns[r.cell[1]]
            # (a cause of death is a kind of the deaths counted, each its own row: "Cardiac | 14 (1.2%) | ...", and
            # so is an organ in a table of sites of relapse: "Liver | 6 (7.5%) | ...")
            if (r.fields.get("category") and row.index not in self.death_rows and row.index not in self.organ_rows) \
                    or r.fields.get("grade") or r.subgroup \
                    or self.cell(row, col).kind not in ("count_pct", "fraction"):
                self.used.pop(r.cell, None)
                continue
            kept.append(r)
        self.out[before:] = kept
        for r in kept:
            self.used[r.cell] = "result"

    def arms_ratios(self, ratio_cols: list[Column]) -> None:
        """The hazard ratio of a time-to-event endpoint beside the two arms' medians: the first arm's against the
        second's, when the medians say so (a ratio under 1 beside a longer median in the first arm, above 1 beside a
        shorter one). A table may put the control arm first: a ratio whose direction its medians do not show, or the
        ratio of a rate (an odds ratio under a header of hazard ratios), is left unread."""
        arms = list(dict.fromkeys((c.group.label, c.group.n) for c in self.group_cols))
        for k, col in enumerate(ratio_cols):
            following = ratio_cols[k + 1].index if k + 1 < len(ratio_cols) else len(self.columns)
            ci_col = next((c for c in self.columns[col.index + 1:following] if c.role == "ci"), None)
            for row in self.rows:
                cell = self.cell(row, col)
                endpoint, _, subgroup = self.row_endpoint(row)
                if col.ratio != "hr" or cell.kind not in ("number", "interval") or cell.value is None \
                        or cell.value <= 0 or cell.value == 1 or cell.op is not None or endpoint not in CURVES:
                    continue
                medians = self.arm_medians(row, endpoint, [label for label, _ in arms])
                if medians is None or medians[0] == medians[1] or (cell.value < 1) != (medians[0] > medians[1]):
                    continue
                fields = {"endpoint": endpoint, "measure": "hr", "unit": "ratio", "value": cell.value,
                          "analysis": col.analysis or self.ctx.analysis}
                self.ratio_interval(fields, cell, row, ci_col)
                fields["p_value"], fields["p_op"] = self.p_of(row, col.index + 1, following)
                self.emit(row, col, fields, "table.arms_ratio", GroupRef(*arms[0]), GroupRef(*arms[1]))

    def arms_count_ratios(self, ratio_cols: list[Column], sites: bool) -> None:
        """The ratio beside the two arms' counts of each cause of death or each site of relapse ("Cardiac | 12 (3.0%) |
        20 (5.0%) | 0.60 (0.30-1.21)"): the first arm's against the second's, when the counts say so on every row of
        the column (a ratio under 1 beside a smaller share in the first arm, above 1 beside a larger one) and on two
        rows at least; a column one of whose rows leans the other way is left unread (the control arm may come first).
        Those rows are then no factors' levels."""
        arms = list(dict.fromkeys((c.group.label, c.group.n) for c in self.group_cols))
        first, second = ([c for c in self.group_cols if c.group.label == label] for label, _ in arms)
        for k, col in enumerate(ratio_cols):
            following = ratio_cols[k + 1].index if k + 1 < len(ratio_cols) else len(self.columns)
            ci_col = next((c for c in self.columns[col.index + 1:following] if c.role == "ci"), None)
            found = []
            for row in self.rows:
                if not (row.index in self.death_rows or (sites and row.endpoints)):
                    continue
                cell = self.cell(row, col)
                if cell.kind not in ("number", "interval") or cell.value is None or cell.value <= 0 \
                        or cell.op is not None:
                    continue
                shares = [self.arm_share(row, cols) for cols in (first, second)]
                if None in shares:
                    return
                found.append((row, cell, shares))
            leaning = [(c.value < 1) == (a < b) for _, c, (a, b) in found if c.value != 1 and a != b]
            if len(leaning) < 2 or not all(leaning):
                continue
            for row, cell, _ in found:
                endpoint, category, subgroup = self.row_endpoint(row)
                if endpoint is None or subgroup is not None:
                    continue
                fields = {"endpoint": endpoint, "category": category, "measure": col.ratio, "unit": "ratio",
                          "value": cell.value, "analysis": col.analysis or self.ctx.analysis}
                self.ratio_interval(fields, cell, row, ci_col)
                fields["p_value"], fields["p_op"] = self.p_of(row, col.index + 1, following)
                self.emit(row, col, fields, "table.arms_ratio", GroupRef(*arms[0]), GroupRef(*arms[1]))

    def arm_share(self, row: Row, cols: list[Column]) -> Optional[float]:
        """An arm's share of the patients on a row, from its one cell ("12 (3.0%)", "12/400"), or None."""
        if len(cols) != 1:
            return None
        cell = self.cell(row, cols[0])
        if cell.kind == "count_pct" and cell.percent is not None:
            return cell.percent
        if cell.kind == "fraction" and cell.count is not None and cell.denominator:
            return 100 * cell.count / cell.denominator
        return None

    def arm_medians(self, row: Row, endpoint: str, arms: list[str]) -> Optional[tuple[float, float]]:
        """The two arms' medians of ``endpoint`` read from ``row`` or from a row under the same heading, one each."""
        found: dict[str, list[float]] = {}
        for r in self.out:
            at = self.by_index.get(r.cell[0])
            if at is None or r.fields["endpoint"] != endpoint or r.fields["measure"] != "median" or r.subgroup \
                    or r.fields.get("value_op") or not (at is row or row.section is not None
                                                        and at.section == row.section):
                continue
            group = self.columns[r.cell[1]].group
            if group is not None and group.label in arms:
                found.setdefault(group.label, []).append(r.fields["value"])
        if any(len(found.get(a, [])) != 1 for a in arms):
            return None
        return found[arms[0]][0], found[arms[1]][0]

    def ratio_columns(self, ratio_cols: list[Column]) -> None:
        ctx = self.ctx
        for k, col in enumerate(ratio_cols):
            # The endpoint is the column's, the caption's, the text's that cites the table, or a heading row's: a
            # model whose endpoint none of them names is not read ("Cox regression of prognostic factors" may be a
            # model of response or of relapse).
            table_endpoint = col.endpoint or (ctx.endpoints[0] if len(ctx.endpoints) == 1 else None) or (
                ctx.cited_endpoints[0] if len(ctx.cited_endpoints) == 1 else None)
            following = ratio_cols[k + 1].index if k + 1 < len(ratio_cols) else len(self.columns)
            ci_col = next((c for c in self.columns[col.index + 1:following] if c.role == "ci"), None)
            # "P value" over "HR (95% CI)" in one column: each row's p, then its ratio with the interval on a line of
            # its own; a number alone there is the p value, only a value with its interval a ratio
            stacked_p = any(RX.P_IN_HEADER.search(clean(level)) for level in col.levels)
            endpoint_sections = {row.section for row in self.rows if table_endpoint is not None
                                 and self.row_endpoint(row)[0] in CURVES - {table_endpoint}
                                 and self.cell(row, col).kind in ("number", "interval")}
            for row in self.rows:
                cell = self.cell(row, col)
                if cell.kind in ("empty", "na", "text"):
                    if cell.kind == "text" and RX.REFERENCE_WORD.search(cell.text):
                        self.used[(row.index, col.index)] = "reference"
                    continue
                if stacked_p and cell.kind != "interval":
                    continue
                if cell.value is None or cell.value <= 0 or not RX.LETTER.search(row.label):
                    continue
                if cell.value == 1 and cell.low is None:
                    self.used[(row.index, col.index)] = "reference"
                    continue
                # The endpoint: the column's or caption's, else a section row's ("Progression-free survival").
                endpoint = table_endpoint or self.parent_endpoint(row)
                if endpoint is None:
                    continue
                if row.section in endpoint_sections:
                    # rows naming endpoints of their own ("Relapse-free survival", "Local control" under "Survival at
                    # 2 years | HR"): the arms' ratios of those endpoints, no factor's ratio of the column's endpoint
                    # (the rows beside them, "Distant FFS", are endpoints too); which arm is the reference is not
                    # said here, so they are left unread
                    continue
                analysis = col.analysis or self.row_analysis(row) or ctx.analysis
                fields = {"endpoint": endpoint, "measure": col.ratio, "unit": "ratio", "value": cell.value,
                          "analysis": analysis}
                self.ratio_interval(fields, cell, row, ci_col)
                fields["p_value"], fields["p_op"] = self.p_of(row, col.index + 1, following)
                factor = self.factor(row, endpoint)
                label = RX.NOTE.sub("", row.label).strip()
                if factor == label and (RX.TOTAL_ROW.match(label) or _names_analysis_only(label)):
                    # "Total", "Overall" or "Adjusted" among the subgroups or factors (under no heading but the
                    # endpoint's): the ratio of all patients, in that analysis
                    self.emit(row, col, fields, "table.ratio_columns", None)
                    continue
                reference = self.reference_level(row, col)
                if reference is None and RESULTS_RX.BARE_COVARIATE.fullmatch(factor):
                    continue  # "Age | 1.03 (1.01-1.05)": a trait with no level, per year or category: no group
                self.emit(row, col, fields, "table.ratio_columns", GroupRef(factor),
                          GroupRef(self.level_name(reference, endpoint)) if reference is not None else None)
                self.out[-1].exact = True
                self.out[-1].comparator_exact = reference is not None

    def row_analysis(self, row: Row) -> Optional[str]:
        """The analysis a factor's row names, or the nearest heading over it that names one ("Multivariable model"
        over "Weight loss > 5%")."""
        h = table_cues()["header"]
        seen: set[int] = set()
        at: Optional[Row] = row
        while at is not None and at.index not in seen:
            seen.add(at.index)
            if h["multivariable"].search(at.label):
                return "multivariate"
            if h["univariable"].search(at.label):
                return "univariate"
            at = self.by_index.get(at.section) if at.section is not None else None
        return None

    def coefficients_only(self) -> bool:
        """Whether every value of the table (outside rows and columns of sizes and p values) is a number between -1
        and 1 ("0.42", "− 0.31*", a minus set apart from its digits), as correlation coefficients are."""
        size_row = table_cues()["row"]["size_row"]
        values = [clean(self.cell(row, c).text) for row in self.rows if not size_row.search(row.label)
                  for c in self.columns[self.label_cols:] if c.role not in ("p", "count")]
        cells = [parse_cell(RX.DASH_SPACE_NUMBER.sub("-", v)) for v in values if RX.DIGIT.search(v)]
        return bool(cells) and all(c.kind == "number" and c.value is not None and -1 <= c.value <= 1 for c in cells)

    def reference_level(self, row: Row, col: Column) -> Optional[Row]:
        """The level a factor's row is compared with, when the table says which: the one other level of the same
        factor (the rows under one heading, or beside one factor's name in the column to the left) whose cell in
        this ratio column says it is the reference ("Ref.", "1.00"). A level named in the row's own label ("III vs
        I") or a factor with no heading or two such levels has none."""
        if RX.COMPARISON_WORDS.search(row.label):
            return None

        def factor_of(r: Row) -> Optional[tuple]:
            if r.context:
                return ("beside", tuple(r.context))
            if self.label_cols > 1 and len(self.left_labels(r)) > 1:
                return ("beside", tuple(self.left_labels(r)[:-1]))  # the factor's first level, on its name's row
            parent = self.by_index.get(r.section) if r.section is not None else None
            return ("under", parent.index) if parent is not None and parent.empty and parent.label else None

        own = factor_of(row)
        if own is None:
            return None
        cue = table_cues()["row"]["reference_level"]
        levels = [r for r in self.rows if r.index != row.index and factor_of(r) == own
                  and cue.match(RX.MARKS_AT_END.sub("", clean(self.cell(r, col).text)))]
        return levels[0] if len(levels) == 1 else None

    def left_labels(self, row: Row) -> list[str]:
        """The texts of a row's own label cells, left to right ("Age", "<60" on the first row of a factor)."""
        grid = self.table.grid()[row.index]
        return [clean(c.text) for c in grid[:self.label_cols] if c is not None and c.row == row.index and clean(c.text)]

    def level_name(self, row: Row, outcome: Optional[str] = None) -> str:
        """A factor's level named as its other levels are ("Age: <60" as "Age: 60-70")."""
        parts = self.left_labels(row)
        if not row.context and len(parts) > 1:
            return ": ".join(RX.NOTE.sub("", x).strip() for x in parts)
        return self.factor(row, outcome)

    def endpoint_columns(self, cols: list[Column]) -> None:
        """Columns named by endpoints; rows are groups or sites."""
        sizes = self.size_column(cols)
        for row in self.rows:
            if row.empty or not row.label or row.endpoints and not RX.TOTAL_ROW.match(row.label):
                continue
            if RX.BARE_NUMBER_LABEL.fullmatch(RX.NOTE.sub("", row.label).strip()) and not self.numbered_level(row):
                continue  # a row named by a number alone ("3" under "Arm K"): a time point, or a level of nothing named
            site = row_site(row.label)
            n = row.n if row.n is not None or sizes is None else self.row_size(row, sizes)
            group = self.table_group() if RX.TOTAL_ROW.match(row.label) or site else GroupRef(self.factor(row), n)
            for col in cols:
                cell = self.cell(row, col)
                fields = self.value_fields(col.endpoint, cell, row, col)
                if fields is None:
                    continue
                for f in fields:
                    f["site"] = site
                    self.emit(row, col, f, "table.endpoint_columns", group)
                    self.out[-1].exact = bool(group) and not (RX.TOTAL_ROW.match(row.label) or site)

    def size_column(self, cols: list[Column]) -> Optional[Column]:
        """The one column of counts before the endpoints' columns that names nothing but the count ("Group | n | CR |
        PR ..."): each row's group size. None when there is no such column, or more than one."""
        first = min(c.index for c in cols)
        found = [c for c in self.columns[self.label_cols:first] if c.role == "count" and not c.endpoint
                 and not c.group and not c.grade and c.months is None and not c.ratio]
        return found[0] if len(found) == 1 else None

    def row_size(self, row: Row, col: Column) -> Optional[int]:
        """A row's group size in the column of sizes: a whole number, no percentage beside it."""
        cell = self.cell(row, col)
        if cell.kind != "number" or cell.value is None or cell.op is not None or cell.value != int(cell.value):
            return None
        return int(cell.value) or None

    def group_columns(self) -> None:
        """Rows named by endpoints, columns by groups, grades or time points."""
        value_cols = [c for c in self.columns if c.role in ("value", "count", "percent") and not c.endpoint
                      and not c.ratio]
        # Columns that say the same of the same group ("Arm A" under "Cycle 1" and again under "Cycle 2", a level no
        # result keeps): their values for one row cannot be told apart, so none of them is read.
        filled = {c.index for c in value_cols if any(self.cell(row, c).numeric for row in self.rows)}
        parts = self.parts or {}

        def key(c: Column) -> tuple:
            part = parts.get(c.index)
            return (*_column_key(c), (part.label, part.n) if part else None)

        same = Counter(key(c) for c in value_cols if c.index in filled)
        value_cols = [c for c in value_cols if same[key(c)] <= 1]
        counted_in = self.patients_counted(value_cols)
        value_cols = [c for c in value_cols if c.index not in counted_in]
        if not value_cols:
            return
        # A row with a label and nothing in the value columns, naming no endpoint, opens a subgroup
        # ("Early stage"): the endpoint rows under it are about that subgroup, and its p value (in a
        # statistic or p column) compares the groups within it. "Total" opens the whole population again.
        section: Optional[Row] = None
        section_months: Optional[float] = None
        rates_months: Optional[float] = None  # a heading's time that only rates are read at ("3-year rates, %")
        section_p: tuple[Optional[float], Optional[str]] = (None, None)
        section_sizes: dict[int, int] = {}  # the part's size in each column, when its heading gives them
        several_grades = any(len({c.grade for c in value_cols if c.group and c.group.label == g.group.label}) > 1
                             for g in self.group_cols)
        ways = self.response_ways()
        for row in self.rows:
            values = [self.cell(row, c) for c in value_cols]
            # (a row whose numbers could not be parted into cells is no heading: its cells hold digits)
            if row.label and not any(v.numeric or RX.DIGIT.search(v.text) for v in values) and not row.endpoints:
                # a heading that is a time point alone ("At 6 months") is the time of the counts under it, no subgroup
                section_months = _heading_months(row.label)
                # ("3-year rates, %", "Two-year analysis": the time of the rates under it, and of nothing else)
                rates_months = _time_heading(row.label) if section_months is None else None
                if section_months is not None and section is not None and (row.indent > section.indent
                                                                            or section_sizes):
                    # "6 months" under "Women | n = 28 | n = 34" (or indented under any part's heading): the time of the
                    # part's counts, still the part's (its sizes and p kept)
                    continue
                section = None if RX.TOTAL_ROW.match(row.label) or section_months is not None \
                    or rates_months is not None else row
                section_p = self.p_of(row)
                section_sizes = {}
                continue
            if row.label and not row.endpoints and any(v.kind == "size" for v in values) \
                    and all(v.kind in ("size", "empty") for v in values):
                # "Prior chemotherapy | n = 126 | n = 125": a heading giving the size of its part of each column's group
                section_months, rates_months, section_p = None, None, self.p_of(row)
                section = None if RX.TOTAL_ROW.match(row.label) else row
                section_sizes = {c.index: int(v.value) for c, v in zip(value_cols, values, strict=True)
                                 if v.kind == "size" and v.value is not None}
                continue
            if row.empty or not row.label:
                continue
            if table_cues()["row"]["size_row"].search(row.label):
                continue  # "Number in group | 159 | 170" under "Complications": the groups' sizes, no event's count
            endpoint, category, subgroup = self.row_endpoint(row)
            if endpoint is None:
                continue
            if section is not None and not self.sits_under(row, section):
                # "Diarrhoea" after "Allergy" over its indented "Grade 3" and "Grade 4": the heading's rows are over
                section, section_p, section_sizes = None, (None, None), {}
            p, p_op = self.p_of(row)
            if not row.endpoints and self.curve_events(row, RX.NOTE.sub("", row.label).strip()) is not None:
                p, p_op = None, None  # the p beside a curve's events compares the curves, not the counts
            # (a heading naming a toxicity in a toxicity table is the term of the grades under it, not a subgroup)
            if section is not None and subgroup is None and row.endpoints and BARE_FACTOR().match(section.label):
                continue  # "pCR" after "Gender" over "Male" and "Female": a factor's name is no subgroup
            if section is not None and subgroup is None and row.endpoints and \
                    not table_cues()["row"]["assessment"].search(section.label) and \
                    not (self.ctx.toxicity and TOXICITY_TERM().search(section.label)):
                subgroup = RX.NOTE.sub("", section.label).strip()
                sizes = section_sizes
            else:
                sizes = {}
            if p is None and row.endpoints:
                p, p_op = section_p
            if category is None and section is not None and section.index in ways and endpoint in RESPONSES:
                category = ways[section.index]  # "cCR" under "Ultrasound response": the response as that way saw it
            pairs = self.count_percent_pairs(value_cols)
            # "OS | 78 | 70" under "3-year rates, %": the rate at the heading's time
            timed = dataclasses.replace(row, months=rates_months) if rates_months is not None \
                and row.months is None and endpoint in CURVES else row
            for col in value_cols:
                if col.role == "percent" and col.index in pairs.values():
                    continue  # read with its count column
                part = self.parts.get(col.index) if self.parts is not None else None
                if self.parts is not None and (part is None or subgroup is not None or not col.group or col.total
                                               or part.label.lower() == col.group.label.lower()):
                    # a part of no group, a subgroup of the row's own besides, or the column's group named again with
                    # another size ("Arm A (n = 63)" over rows after treatment, under "Arm A (n = 59)"): the same
                    # groups at another time, which no field tells apart
                    continue
                cell = self.cell(row, col)
                extra: tuple[int, ...] = ()
                if col.index in pairs:
                    pct = self.cell(row, self.columns[pairs[col.index]])
                    if cell.kind == "number" and pct.kind == "number" and pct.value is not None:
                        cell = CellValue(cell.text, "count_pct", value=cell.value, count=int(cell.value),
                                         percent=pct.value)
                        extra = (pairs[col.index],)
                if rates_months is not None and (timed is row or cell.kind not in ("number", "interval")):
                    continue  # under "Two-year analysis", "PFS | 28 (18)": its events, or patients free, no one says
                fields = self.value_fields(endpoint, cell, timed, col)
                if row.index in self.death_rows and table_cues()["caption"]["death_share_of_deaths"].search(
                        " ".join([self.ctx.caption, *col.levels, *self.table.footnotes,
                                  *(level for c in self.columns[:self.label_cols] for level in c.levels)])):
                    # "Cause of death, n (% of deaths)": the percentage is of the deaths, not of the column's group
                    fields = [f for f in fields if f["measure"] != "rate"]
                if not fields:
                    continue
                if section_months is not None and row.months is None:
                    fields = [{**f, "timepoint_months": f.get("timepoint_months") or section_months}
                              if f["measure"] in ("count", "rate") else f for f in fields]
                group = self.column_group(col)
                comparator = None
                if col.group and not col.total and not col.whole and self.two_arms and subgroup is None \
                        and part is None:
                    other = next(c for c in self.group_cols if c.group.label != col.group.label)
                    comparator = GroupRef(other.group.label, other.group.n)
                row_grade = grade_of(row.label) or self.bare_grade(row)
                # (the events' heading the row sits under may name their grade: "Grade ≥3 AEs in ≥2% of patients")
                heading_grade = self.heading_grade(row, section) if endpoint in ADVERSE_EVENT_CODES else None
                grade = col.grade if col.grade not in (None, "any") else (
                    row_grade if row_grade not in (None, "any") else heading_grade or self.ctx.grade)
                if grade == "0":
                    # the patients without the event ("Grade 0"): no toxicity result, their number no result missed
                    self.used[(row.index, col.index)] = "no event"
                    continue
                ci = self.ci_beside(row, col)
                # (responses judged by someone the column names, "INV" beside "EIR": the assessor is their category)
                assessed = category if category is not None or endpoint not in RESPONSES else col.assessor
                for f in fields:
                    f.update(category=assessed, grade=grade)
                    if ci is not None and f["measure"] == "rate" and ci[0] <= f["value"] <= ci[1]:
                        f["ci_low"], f["ci_high"] = ci
                        self.used[(row.index, col.index + 1)] = "ci"
                    # The row's p compares the two groups (also within a subgroup: "Stage III" and its p); with
                    # several grades under each group, which grade one p compares is not said.
                    if f.get("measure") in ("count", "rate", "median") and self.two_arms and col.group \
                            and not col.total and not col.whole and not several_grades and part is None:
                        f["p_value"], f["p_op"] = p, p_op
                    rule = ("table.grade_columns" if col.grade else "table.time_columns" if col.months is not None
                            else "table.group_columns")
                    if part is not None:
                        emitted = self.emit(row, col, f, rule, group, None, extra, part.label, part.n)
                    else:
                        emitted = self.emit(row, col, f, rule, group, comparator, extra, subgroup,
                                            sizes.get(col.index, row.n) if subgroup else None)
                    if col.population is not None and emitted:
                        # "Women, Drug Q" is that cohort only, never one whose name merely shares its words ("Women")
                        self.out[-1].exact = True

    def group_rows_by_grade(self) -> None:
        """Rows of groups with their sizes under the heading of a toxicity, a column per grade ("Oral mucositis" over
        "Drug S group (n = 60) | 20 (33.3) | 25 (41.7) | ..." and "Control group (n = 58) | ..."): each group's count
        and percentage at each grade of that toxicity. Grade 0, the patients without it, is no result."""
        grade_cols = [c for c in self.columns if c.role in ("value", "count", "percent")
                      and c.grade not in (None, "any") and not c.endpoint and not c.ratio]
        if len(grade_cols) < 2 or len({c.grade for c in grade_cols}) != len(grade_cols):
            return
        read = {r.cell[0] for r in self.out}
        found: list[tuple[Row, str, str]] = []
        captioned = self.caption_toxicity()
        for row in self.rows:
            heading = self.by_index.get(row.section) if row.section is not None else None
            term = captioned if heading is None else heading.label if heading.empty else None
            if row.n is None or row.empty or row.index in read or term is None or not TOXICITY_TERM().search(term):
                continue
            name = RX.SIZE_AT_END.sub("", RX.NOTE.sub("", row.label)).strip()
            if heading is None and not table_cues()["row"]["group_row"].match(name):
                continue  # under the caption's toxicity only rows naming a group ("Week 3 (n = 48)" is a time)
            if name and not TOXICITY_TERM().search(name):
                found.append((row, term, name))
        groups = list(dict.fromkeys((name, row.n) for row, _, name in found))
        if len(groups) < 2 or len({name for name, _ in groups}) != len(groups):
            return  # one group, or a group named with two sizes: no groups compared under each heading
        for row, term, name in found:
            others = [g for g in groups if g[0] != name]
            comparator = GroupRef(*others[0]) if len(others) == 1 else None
            for col in grade_cols:
                cell = self.cell(row, col)
                if col.grade == "0":
                    if cell.numeric:
                        self.used[(row.index, col.index)] = "no event"
                    continue
                for f in self.value_fields("TOX", cell, row, col) or []:
                    f.update(category=_category(term), grade=col.grade)
                    self.emit(row, col, f, "table.grade_columns", GroupRef(name, row.n), comparator)

    def caption_toxicity(self) -> Optional[str]:
        """The one toxicity the caption names ("Grade of radiation dermatitis by group", "Severity of oral mucositis at
        the end of treatment"): the toxicity of rows of groups straight under the header; None when it names none or
        two ("Nausea and fatigue by grade": which one a row grades no one can say)."""
        terms = {m.group("term").lower() for m in TOXICITY_TERM().finditer(self.ctx.caption or "")}
        return terms.pop() if len(terms) == 1 else None

    def heading_grade(self, row: Row, section: Optional[Row]) -> Optional[str]:
        """The grade named by the heading of events a row sits under (its parent rows, or the section heading above it),
        the nearest that names one: "Grade ≥3 AEs in ≥2% of patients" over "Fatigue"."""
        parent = self.by_index.get(row.section) if row.section is not None else None
        while parent is not None:
            if (grade := _events_grade(parent.label)) is not None:
                return grade
            parent = self.by_index.get(parent.section) if parent.section is not None else None
        return _events_grade(section.label) if section is not None else None

    def patients_counted(self, cols: list[Column]) -> set[int]:
        """The columns of a group, beside its grades' columns, that give the patients each row was counted in ("Total
        patients" | "Grade 1-2" | "Grade 3" under each arm): a whole number in every row, none below a count of the
        same group's row; their cells are denominators (marked so), no event's count."""
        out = set()
        cue = table_cues()["header"]["patients_counted"]
        for col in cols:
            if col.grade is not None or col.group is None or not col.levels or not cue.match(col.levels[-1]) \
                    or not any(o.grade and o.group is not None and (o.group.label, o.population)
                               == (col.group.label, col.population) for o in cols):
                continue
            same = [o for o in cols if o.grade and o.group is not None
                    and (o.group.label, o.population) == (col.group.label, col.population)]
            sizes = [(row, self.cell(row, col)) for row in self.rows if self.cell(row, col).kind != "empty"]
            if not sizes or any(v.kind != "number" or v.op is not None or v.value is None or v.value != int(v.value)
                                or any((c := self.cell(row, o)).count is not None and c.count > v.value
                                       for o in same) for row, v in sizes):
                continue
            out.add(col.index)
            for row, _ in sizes:
                self.used[(row.index, col.index)] = "sample size"
        return out

    def response_ways(self) -> dict[int, str]:
        """Headings naming how the responses under them were seen ("Clinical response" over "CR" and "PR", then
        "Ultrasound response" over them again): each heading's way (its words less the response's), by the heading's
        row index, when two or more such headings, each its own way, head rows of the same responses. A single such
        heading ("Tumour response" over "CR") says nothing that tells its rows apart: none."""
        under: dict[int, set[str]] = {}
        heading: Optional[Row] = None
        for row in self.rows:
            if row.label and row.empty and not row.endpoints:
                heading = row if RX.RESPONSE_WORD.search(row.label) else None
            elif heading is not None and row.endpoints:
                under.setdefault(heading.index, set()).update(c for c in row.endpoints if c in RESPONSES)
        # (the clinical way is the one a response is taken to be seen by when no word says otherwise: no category)
        ways = {i: _way(self.by_index[i].label) for i, codes in under.items() if codes}
        if len(ways) < 2 or len(set(ways.values())) < len(ways) or not set.intersection(*(under[i] for i in ways)):
            return {}
        return {i: way for i, way in ways.items() if way}

    def ci_rows(self) -> None:
        """A row "95% CI" right under a row of medians or rates: each cell the interval of the value above it."""
        ci_row = table_cues()["row"]["ci_row"]
        for above, row in zip(self.rows, self.rows[1:], strict=False):
            if not ci_row.search(RX.NOTE.sub("", row.label).strip()):
                continue
            for r in self.out:
                if r.cell[0] != above.index or r.fields["measure"] not in ("median", "rate") \
                        or r.fields["ci_low"] is not None:
                    continue
                # "(23–51)", "23-51", "23, 51": the interval alone; a rate's written with its percent signs too:
                # "(23%–51%)"
                text = RX.WHOLLY_BRACKETED.sub(r"\1", clean(self.cell(row, self.columns[r.cell[1]]).text))
                if r.fields["measure"] == "rate":
                    text = RX.PERCENT_AFTER_NUMBER.sub("", text)
                cell = parse_cell(RX.COMMA_INTERVAL.sub(r"\1 - ", text))
                if cell.kind == "interval_only" and cell.low is not None and cell.high is not None \
                        and cell.low <= r.fields["value"] <= cell.high:
                    r.fields["ci_low"], r.fields["ci_high"] = cell.low, cell.high

    # -- what a row, a column, a cell is -------------------------------------------------------------
    def row_endpoint(self, row: Row) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """The endpoint a row reports, its category (a toxicity term, a stage, a kind of event) and the
        subgroup it is about (a row under a response row: "Squamous cell" under "CR")."""
        if row.index in self.death_rows:
            return "DEATH", self.death_rows[row.index], None  # "Disease progression" under "Cause of death"
        if row.index in self.organ_rows:
            return "FAIL_ANY", self.organ_rows[row.index], None  # "Liver" in a table of sites of relapse
        stage = RX.PATH_STAGE.match(row.label)
        if stage:
            return "PATH_STAGE", stage.group("stage"), None
        label = RX.NOTE.sub("", row.label).strip()
        row_cues = table_cues()["row"]
        heading = self.by_index.get(row.section) if row.section is not None else None
        if heading is not None and row_cues["reasons_heading"].search(heading.label):
            return None, None, None  # "Toxicity" under "Reasons for discontinuation": why treatment stopped
        parent = self.parent_endpoint(row)
        if self.bare_grade(row):
            return "TOX", self.heading_term(row), None  # "III-IV" under "Anaemia": a grade of that toxicity
        if row.endpoints:
            own = [c for c, pattern in table_cues()["row_endpoints"].items() if c in row.endpoints
                   and pattern.search(label)]
            if row_cues["negation"].search(label) and not own:
                return None, None, None  # "No CR": not the endpoint it names
            if len(row.endpoints) != 1:
                return None, None, None
            code = self.specific(row.endpoints[0])
            category = None
            if code == "TOX" and not row_cues["all_toxicity"].search(label):
                # a kind of toxicity; a row naming only a grade is a grade of the heading it sits under
                category = _category(label) or self.heading_term(row)
            elif parent is not None and self.siblings_share(row, code):
                # Items of the breakdown above that name the same endpoint ("distal margin" and
                # "circumferential margin" involved): the category tells them apart.
                category = _category(label)
            elif parent is None and code != "TOX" and self.siblings_share(row, code):
                # Rows of their own naming one endpoint, one of them with more words ("SAEs", then "SAEs related to
                # the device"): those words tell the part apart; the row naming the endpoint alone is all of it.
                category = _qualifier(label, code)
            return code, category, None
        if parent is not None:
            events = self.curve_events(row, label)
            if events is not None:
                return events, None, None  # "Events, n (%)", "No. of events" under "Overall survival": the deaths
            site = _site_code(_site_label(label)) if parent == "FAIL_ANY" else None
            if site is not None:
                return site, None, None  # "Distant" under "Recurrence": the failure at that site, no kind of relapse
            if parent in KIND_CODES:
                # a row naming only a grade is a grade of the term heading it ("Anaemia" over "Grade 2")
                return parent, _category(label) or self.heading_term(row), None
            if row_cues["missing"].search(label) or row_cues["negation"].search(label):
                return None, None, None  # "Not evaluable" under a response: missing data
            if row_cues["marker_status"].match(label):
                return None, None, None  # "Negative" under "PR": the progesterone receptor's status, no response
            if parent in REGRESSION_GRADES and grade_of(label) not in (None, "any"):
                return parent, _category(label), None  # "Grade 2" under a regression grade's heading: a grade of it
            if row_cues["statistic_of_heading"].fullmatch(label):
                return parent, None, None  # "Median, months" under "Overall survival": that endpoint's median
            if row.months is not None and (_heading_months(label) is not None or only_time(label)):
                return parent, None, None  # "At 12 months" under "Overall survival": its time point, no subgroup
            if row_cues["events_of_heading"].search(label) or row_cues["ci_row"].search(label):
                return None, None, None  # its events, or the interval of the row above: no value, no subgroup
            if parent in SUMMED_RESPONSES and RX.RESPONSE_CODE.fullmatch(label):
                return None, None, None  # "nPR", "CRu": a kind of response the vocabulary lacks, not a subgroup
            return parent, None, label  # a subgroup of a response or survival row
        curve = self.caption_curve()
        if curve is not None and (row_cues["statistic_of_heading"].fullmatch(label) or (
                row.months is not None and (_heading_months(label) is not None or only_time(label)))):
            # "Median, months" or "At 2 years" in a table whose caption names one survival endpoint ("Progression-free
            # survival by arm") and no heading row names another: the caption heads the rows, as such a row would
            return curve, None, None
        if (self.ctx.toxicity or any(c.grade for c in self.columns)) and (
                not self.ctx.mixed or TOXICITY_TERM().search(label)) and RX.THREE_LETTERS.search(label) \
                and not row_cues["group_row"].match(label):  # "Control group": a group's row, no toxicity
            if RX.ASSESSMENT_TIME.fullmatch(RX.ROW_GROUP_SIZE.sub("", label).strip()):
                return None, None, None  # "Week 2 (n = 41)", "Cycle 3": the same patients at another time, no event
            category = _category(label) or self.heading_term(row)
            if category is None and RX.GRADE_ROW.match(label) and self.after_term(row):
                return None, None, None  # "Grade 2" right after "Nausea | 0.48": nausea's grade, or all events'?
            return "TOX", category, None
        return None, None, None

    def after_term(self, row: Row) -> bool:
        """Whether the nearest row before ``row`` that names no grade names a toxicity ("Nausea | 12 | 9" or a heading
        whose p value sits under a group, over "Grade 1", "Grade 2"): the grade rows after it may be its grades, the
        layout does not say; a table's rows of grades alone, or under a row of all events, are all events'."""
        before = [r for r in self.rows if r.index < row.index and r.label]
        term = next((r for r in reversed(before) if not RX.GRADE_ROW.match(RX.NOTE.sub("", r.label).strip())), None)
        if term is None or table_cues()["row"]["all_toxicity"].search(RX.NOTE.sub("", term.label).strip()):
            return False
        return _category(term.label) is not None

    def curve_events(self, row: Row, label: str) -> Optional[str]:
        """The events a row counts right under a heading naming overall or progression-free survival alone ("Events,
        n (%)", "No. of events"; "Progression or death" under the latter): the deaths, the progressions or deaths,
        each a count of the column's patients. The events of another curve (of a duration of response, counted in
        the responders only) are left unread."""
        parent = self.by_index.get(row.section) if row.section is not None else None
        if parent is None or len(parent.endpoints) != 1:
            return None
        code = EVENTS_OF_CURVE.get(self.specific(parent.endpoints[0]))
        row_cues = table_cues()["row"]
        if code is None or not (row_cues["curve_events"].fullmatch(label) or code == "FAIL_ANY"
                                and row_cues["progression_events"].fullmatch(label)):
            return None
        return code

    def bare_grade(self, row: Row) -> Optional[str]:
        """The grade a row names bare ("I-II", "3-4") under a toxicity term heading it, in a toxicity table; a
        bare "III" elsewhere may be a stage."""
        label = RX.TRAILING_MARKS.sub("", clean(row.label))
        if not table_cues()["row"]["bare_grade"].match(label) or not self.ctx.toxicity or self.ctx.mixed \
                or self.heading_term(row) is None:
            return None
        grade = grade_of(f"Grade {label}")
        return grade if grade not in (None, "any") else None

    def heading_term(self, row: Row) -> Optional[str]:
        """The term of the heading row a row sits under ("Diarrhoea" over "Grade 1", "Grade 2"), when the
        heading has no values of its own and names no overall toxicity."""
        parent = self.by_index.get(row.section) if row.section is not None else None
        if parent is None or table_cues()["row"]["all_toxicity"].search(parent.label):
            return None
        # a heading may hold the p values of the comparison of the grades under it ("Anaemia | | | 0.05")
        if not (parent.empty or all(v.kind == "empty" or self.columns[c].role == "p"
                                    for c, v in enumerate(parent.cells) if c < len(self.columns)
                                    and self.columns[c].role != "label")):
            return None
        return _category(parent.label)

    def siblings_share(self, row: Row, code: str) -> bool:
        """Whether another row under the same parent names the same endpoint."""
        row_cues = table_cues()["row"]
        # (an organ's row in a table of sites of relapse, "Liver", is a site, no other part of the endpoint's name)
        return any(other is not row and other.section == row.section and other.endpoints
                   and other.index not in self.organ_rows
                   and self.specific(other.endpoints[0]) == code and not row_cues["negation"].search(other.label)
                   and not row_cues["missing"].search(other.label) for other in self.rows)

    def sits_under(self, row: Row, heading: Row) -> bool:
        """Whether ``row`` sits under ``heading``: the heading is its parent (or its parent's parent...), as the
        indents say; or the indents gave the heading no rows of its own (a heading holding the p value of the rows
        after it) and the row sits under no other. A heading with cells of its own (the sizes of its part of each
        group, a p value) is no parent the indents know: the rows after it are its rows, as they were."""
        if not heading.empty:
            return True
        parent = self.by_index.get(row.section) if row.section is not None else None
        while parent is not None:
            if parent is heading:
                return True
            parent = self.by_index.get(parent.section) if parent.section is not None else None
        return row.section is None and not any(r.section == heading.index for r in self.rows)

    def caption_curve(self) -> Optional[str]:
        """The one survival endpoint the caption names, in a table whose rows name no endpoint of their own; else
        None."""
        if len(self.ctx.endpoints) != 1 or any(row.endpoints for row in self.rows):
            return None
        code = self.specific(self.ctx.endpoints[0])
        return code if code in CURVES else None

    def parent_endpoint(self, row: Row) -> Optional[str]:
        parent = self.by_index.get(row.section) if row.section is not None else None
        while parent is not None:
            if len(parent.endpoints) == 1:
                return self.specific(parent.endpoints[0])
            if parent.endpoints:
                return None
            parent = self.by_index.get(parent.section) if parent.section is not None else None
        return None

    def specific(self, code: str) -> str:
        """'Complications' in a table about operations are postoperative complications."""
        if code == "TOX" and self.ctx.surgical and self.ctx.mixed:
            return "POSTOP_COMPLICATION"
        return code

    def factor(self, row: Row, outcome: Optional[str] = None) -> str:
        """A row's group or factor, with the section heading it sits under ("Age: <60"). A heading naming ``outcome``
        alone, the endpoint the row's ratio is of ("Overall survival" over "Age < 60", or left of it), names that
        endpoint, no part of the factor: the same level under two endpoints' headings is one group; so does a heading
        naming only the analysis ("Univariate modeling")."""
        parent = self.by_index.get(row.section) if row.section is not None else None
        label = RX.NOTE.sub("", row.label).strip()

        def names_outcome(heading: str) -> bool:
            codes = list(dict.fromkeys(self.specific(c) for c in row_endpoints(heading)))
            return outcome is not None and codes == [outcome] or _names_analysis_only(heading)

        if row.context:
            own = self.table.grid()[row.index][self.label_cols - 1]
            label = ": ".join([*(x for x in row.context if not names_outcome(x)),
                               RX.NOTE.sub("", clean(own.text)).strip() if own and own.text.strip() else label])
            return label
        label = RX.ANALYSIS_KIND_WORDS.sub("", label).strip() or label
        if parent is not None and parent.empty and parent.label and not names_outcome(parent.label):
            return f"{RX.NOTE.sub('', parent.label).strip()}: {label}"
        return label

    def numbered_level(self, row: Row) -> bool:
        """Whether a row named by a number alone is a level of the factor heading it ("Number of lesions" over "1",
        "2"): not when no heading names what it counts, nor when the label column's header names a time ("Group/Time
        (months)": "3" under "Arm K" is the third month, not a part of the arm)."""
        parent = self.by_index.get(row.section) if row.section is not None else None
        if parent is None or not parent.empty or not parent.label:
            return False
        head = " ".join(clean(c.text) for c in (self.table.grid()[r][0] for r in range(self.header_rows)) if c)
        return not RX.TIME_HEAD.search(head)

    def table_group(self) -> Optional[GroupRef]:
        return GroupRef(self.ctx.group.label, self.ctx.group.n) if self.ctx.group else None

    def column_group(self, col: Column) -> Optional[GroupRef]:
        if col.group and col.population is not None:
            # the group within its population, named as a group within the table's population is ("Women, Drug Q")
            within = f"{self.ctx.group.label}, {col.population}" if self.ctx.group is not None else col.population
            return GroupRef(f"{within}, {col.group.label}", col.group.n)
        if col.group and not col.total:
            if self.ctx.group is not None:
                return GroupRef(f"{self.ctx.group.label}, {col.group.label}", col.group.n)
            return GroupRef(col.group.label, col.group.n)
        return self.table_group()

    def ci_beside(self, row: Row, col: Column) -> Optional[tuple[float, float]]:
        """The interval in a CI column right after a group's value column ("n (%) | (95% CI)")."""
        if col.index + 1 >= len(self.columns):
            return None
        nxt = self.columns[col.index + 1]
        if nxt.role != "ci" or (nxt.group.label if nxt.group else None) != (col.group.label if col.group else None):
            return None
        cell = parse_cell(RX.WHOLLY_BRACKETED.sub(r"\1", self.cell(row, nxt).text.strip()))
        if cell.kind == "interval_only" and cell.low is not None and cell.high is not None:
            return cell.low, cell.high
        return None

    def count_percent_pairs(self, cols: list[Column]) -> dict[int, int]:
        """A count column followed by a percent column of the same group and grade: one value."""
        out = {}
        for a, b in zip(cols, cols[1:], strict=False):
            if a.role == "count" and b.role == "percent" and b.index == a.index + 1 \
                    and (a.group.label if a.group else None) == (b.group.label if b.group else None) \
                    and a.grade == b.grade:
                out[a.index] = b.index
        return out

    def value_fields(self, endpoint: str, cell: CellValue, row: Row, col: Column) -> Optional[list[dict]]:
        """The result(s) one cell gives for ``endpoint``, or None when the cell cannot be read safely."""
        median = row.median or col.median
        months = row.months if row.months is not None else col.months
        if cell.kind in ("count_pct", "fraction"):
            if cell.count is None or median or cell.kind == "fraction" and col.index in self.pair_cols:
                return None
            out = [{"endpoint": endpoint, "measure": "count", "value": float(cell.count), "unit": "n"}]
            if cell.percent is not None and 0 <= cell.percent <= 100:
                # "1 (<1%)": the percentage is a bound, the count exact
                out.append({"endpoint": endpoint, "measure": "rate", "value": cell.percent, "unit": "%",
                            "value_op": cell.op})
                if cell.low is not None and cell.high is not None and cell.low <= cell.percent <= cell.high \
                        and self.says_ci(row, col):
                    out[-1]["ci_low"], out[-1]["ci_high"] = cell.low, cell.high  # "13 (27.7) [15.6–42.6]"
            if months is not None and endpoint in CURVES:
                for f in out:  # "Patients alive at 2 years | 159 (88%)": the 2-year survival, its count and rate
                    f["timepoint_months"] = months
            return out
        if cell.kind in ("number", "interval") and cell.value is not None:
            value = cell.value
            fields: dict[str, Any] = {"endpoint": endpoint, "value": value, "value_op": cell.op}
            if cell.kind == "interval" and cell.low is not None and cell.high is not None \
                    and cell.low <= value <= cell.high and self.says_ci(row, col):
                fields["ci_low"], fields["ci_high"] = cell.low, cell.high
            if median:
                return [{**fields, "measure": "median", "unit": "months"}]
            if months is not None and endpoint in CURVES:
                if not 0 <= value <= 100:
                    return None
                return [{**fields, "measure": "rate", "unit": "%", "timepoint_months": months}]
            percent = cell.percent_sign or col.role == "percent" or "%" in row.label or self.stub_percent or (
                RX.PERCENT.search(col.header) and not col.count_percent and not self.ctx.count_percent)
            # (a percentage with its interval, "34% (19.8–48.4%)", is a rate too; so is a value with its interval under
            # a label saying its values are percentages once the interval's own "95%" is set aside: "ORR, % (95% CI)")
            if percent and (cell.kind == "number" or cell.kind == "interval" and (
                    cell.percent_sign or self.says_percent_beside_ci(row, col))):
                if not 0 <= value <= 100 or endpoint in CURVES:
                    return None
                return [{**fields, "measure": "rate", "unit": "%"}]
            counted = endpoint in COUNTED or endpoint.startswith("FAIL_")
            if cell.kind == "number" and value == int(value) and counted and cell.op is None \
                    and (col.role == "count" or col.count_percent or self.ctx.count_percent or col.group
                         or col.grade or col.total or RX.COUNT_HEAD.search(col.header)):
                return [{**fields, "measure": "count", "unit": "n", "value": float(int(value))}]
        return None

    def says_percent_beside_ci(self, row: Row, col: Column) -> bool:
        """Whether the row's label or the column's header names percentages besides an interval ("Response rate, %
        (95% CI)", "Rate (%) [95% CI]"): a "%" left once the interval's "95% CI" is taken out of both."""
        ci = table_cues()["header"]["ci"]
        return any(ci.search(text) and "%" in ci.sub(" ", text) for text in (row.label, col.header))

    def says_ci(self, row: Row, col: Column) -> bool:
        # (or the heading the row sits under: "Survival, % (95% CI)" over "At 12 months")
        parent = self.by_index.get(row.section) if row.section is not None else None
        words = " ".join([row.label, col.header, self.ctx.caption, " ".join(self.table.footnotes),
                          parent.label if parent is not None else ""])
        return bool(RX.CI_WORDS.search(words)) and not RX.RANGE_WORDS.search(row.label + " "
                                                                                   + col.header)

    # -- what was not read ---------------------------------------------------------------------------
    def baseline_section(self, row: Row) -> bool:
        parent = self.by_index.get(row.section) if row.section is not None else None
        return parent is not None and bool(table_cues()["row"]["baseline"].search(parent.label))

    def drop_indistinct(self) -> None:
        """Results of one table that say the same of the same group (endpoint, measure, category, grade, time point,
        site, analysis, part) with different values: the table tells them apart by something no field keeps (the
        phase under two headings, "Tolerance to preoperative chemotherapy" then "... postoperative ..."), so which is
        which no row could say; none of them is kept (their cells stay unexplained)."""
        def key(r: TableResult) -> tuple:
            f = r.fields
            return (r.group.label if r.group else None, r.group.n if r.group else None, r.subgroup, r.subgroup_n,
                    *(f.get(k) for k in ("endpoint", "measure", "category", "grade", "timepoint_months", "site",
                                         "analysis", "unit")))
        values: dict[tuple, set] = {}
        for r in self.out:
            values.setdefault(key(r), set()).add(r.fields.get("value"))
        clash = {k for k, v in values.items() if len(v) > 1}
        if not clash:
            return
        for r in self.out:
            if key(r) in clash and self.used.get(r.cell) == "result":
                del self.used[r.cell]
        self.out = [r for r in self.out if key(r) not in clash]

    def finish(self, kind: str) -> TableReading:
        self.drop_indistinct()
        kind = "unread" if kind == "results" and not self.out else kind
        row_cues = table_cues()["row"]
        labelled = [r for r in self.rows if r.label and not r.empty]
        if kind == "unread" and labelled and sum(1 for r in labelled if row_cues["baseline"].search(r.label)) \
                >= 0.6 * len(labelled):
            kind = "baseline"  # a table of who the patients were, whatever its caption says
        individual = bool(self.columns and self.columns[0].levels
                          and row_cues["individual"].match(self.columns[0].levels[-1])
                          and labelled and sum(1 for r in labelled if RX.ROW_NUMBER.fullmatch(r.label))
                          >= 0.8 * len(labelled))
        reading = TableReading(self.table, "individual" if individual and kind == "unread" else kind, self.out)
        for row in self.rows:
            for col in self.columns[self.label_cols:]:
                cell = self.cell(row, col)
                if not RX.DIGIT.search(cell.text) or cell.kind == "empty":
                    continue
                reading.numeric_cells += 1
                reason = kind if kind in NO_RESULTS else self.used.get((row.index, col.index))
                if reason is None:
                    reason = next((why for cue, why in (("p_row", "p"), ("ci_row", "ci"), ("size_row", "sample size"),
                                                        ("follow_up_row", "follow-up"))
                                   if row_cues[cue].search(row.label)), None)
                if reason is None and col.role == "count" and not self.pairs.get(col.index):
                    reason = "sample size"  # a column of group sizes beside the results
                if reason is None and col.total and any(c.endpoint for c in self.columns):
                    reason = "sample size"  # "CR | PR | SD | PD | Total": each row's size
                if reason is None and individual:
                    reason = "individual patient data"
                if reason is None and (row_cues["baseline"].search(row.label) or self.baseline_section(row)):
                    reason = "baseline"
                if reason is None and cell.kind == "text" and RX.REFERENCE_CELL.fullmatch(cell.text):
                    reason = "reference"
                if reason is not None:
                    reading.explained_cells += 1
                    continue
                start = next((c.char_start for c in self.table.cells if c.row == row.index and c.col == col.index),
                             None)
                end = next((c.char_end for c in self.table.cells if c.row == row.index and c.col == col.index), None)
                reading.unexplained.append({"source": "table", "where": self.locator(row, col), "text": cell.text,
                                            "char_start": start, "char_end": end,
                                            "context": row.label})
        return reading


# (a survival curve's events counted on a row under its heading, "Events" under overall survival, are
# findings.EVENTS_OF_CURVE: the code the prose's "progression or death occurred in k of N patients" gives)
REGRESSION_GRADES = codes_with("regression_grades")  # (patterns/endpoint_codes.yaml)


def _names_analysis_only(heading: str) -> bool:
    h = table_cues()["header"]
    if not (h["multivariable"].search(heading) or h["univariable"].search(heading)):
        return False
    rest = " ".join(w for w in RX.NOTE.sub("", heading).split()
                    if not (h["multivariable"].search(w) or h["univariable"].search(w)))
    return not RX.ANALYSIS_WORDS.sub(" ", rest).strip()


def _column_key(col: Column) -> tuple:
    """What a value column says of its cells as a result keeps it: group, population, grade, time, kind of value."""
    return (col.population, (col.group.label, col.group.n) if col.group else None, col.total, col.grade, col.months,
            col.role, col.median, col.mean, col.endpoint, col.ratio, col.assessor)


def _graded_terms(rows: list[Row]) -> bool:
    """Whether two headings or more that name a toxicity ("Nausea", "Neutropenia") each stand over two rows or more
    naming its grades ("Grade 1", "Grade 2"); a heading may hold the p value of its grades, no count."""
    by_index = {r.index: r for r in rows}
    graded: Counter = Counter()
    for row in rows:
        heading = by_index.get(row.section) if row.section is not None else None
        if heading is None or row.empty or not RX.GRADE_ROW.match(row.label) or grade_of(row.label) in (None, "any"):
            continue
        counts = [v for v in heading.cells if v.kind not in ("empty", "text")]
        if all(v.kind == "number" and v.value is not None and 0 <= v.value <= 1 for v in counts) \
                and TOXICITY_TERM().search(heading.label):
            graded[heading.index] += 1
    return sum(1 for n in graded.values() if n >= 2) >= 2


def _label_columns(table: Table, header_rows: int) -> int:
    """How many leading columns hold row labels (text), not values: one, or up to three for a table
    whose hierarchy runs across columns ("Operated | Resected | Lobectomy | 12 (8%) | ...")."""
    rows = table.rows()[header_rows:]
    heads = table.rows()[header_rows - 1] if header_rows else []
    count = 1
    for c in range(1, min(3, table.n_cols - 1)):
        column = [r[c] for r in rows if len(r) > c and r[c].strip()]
        texts = [v for v in column if parse_cell(v).kind == "text" and RX.TWO_LETTERS.search(v)]
        named = c < len(heads) and table_cues()["header"]["label"].match(clean(heads[c]))
        if column and (len(texts) >= 0.8 * len(column) or named):
            count = c + 1
        else:
            break
    return count


def _site_label(label: str) -> str:
    """A row's label without its notes, bracketed asides and format ("Distant (%)" -> "Distant")."""
    return RX.LABEL_TAIL_NOTE.sub("", label).strip()


def _site_code(label: str) -> Optional[str]:
    """The failure a site's row names ("Local only": FAIL_LOCAL, "Distant": FAIL_DISTANT), or None."""
    sites = table_cues()["failure_sites"]
    return next((c for c, pattern in sites.items() if c not in ("caption", "organ") and pattern.search(label)), None)


def _failure_sites(ctx: Context, rows: list[Row]) -> dict[int, str]:
    """In a table of where the disease came back ("Sites of first failure"), a row naming only a site
    ("Local only", "Distant", "Locoregional and distant") names the failure at that site; a row naming an organ
    ("Liver", "Peritoneum") is any relapse there: those rows' indexes with the organ (their category)."""
    sites = table_cues()["failure_sites"]
    organs: dict[int, str] = {}
    if not sites["caption"].search(ctx.caption or ""):
        return organs
    for row in rows:
        if row.endpoints:
            continue
        label = _site_label(row.label)
        code = _site_code(label)
        if code is not None:
            row.endpoints = [code]
        elif not row.empty and sites["organ"].match(label):
            organ = _category(label)
            if organ:
                row.endpoints = ["FAIL_ANY"]
                organs[row.index] = organ
    return organs


def _death_causes(ctx: Context, rows: list[Row], label_columns: list[Column]) -> dict[int, Optional[str]]:
    """The rows of a table of what the patients died of, each with its cause (None for all the deaths: "Total",
    "All deaths"). The table's caption says so ("Causes of death by arm"), when it names nothing besides ("Causes of
    death and other events" may go on to other things); or its label column's header ("Cause of death | Drug K |
    Placebo"), down to the first heading after a row of values; or a heading row ("Causes of death", over the causes
    indented under it or up to the next heading). A cause under a heading of causes ("Cardiovascular" over "Stroke")
    is named with it ("cardiovascular: stroke"); a subtotal under it is the heading's cause."""
    cue = table_cues()["caption"]["death_causes"]
    found = cue.search(ctx.caption or "")
    whole = bool(found) and not RX.ANOTHER_ITEM.search(ctx.caption[found.end():])
    header = any(cue.search(level) for c in label_columns for level in c.levels)
    scope: list[Row] = []
    if whole:
        scope = list(rows)
    elif header:
        for row in rows:
            if row.empty and row.label and any(not r.empty for r in scope):
                break
            scope.append(row)
    else:
        for k, row in enumerate(rows):
            if row.empty and row.label and cue.search(row.label):
                below = rows[k + 1:]
                indented = bool(below) and below[0].indent > row.indent
                for under in below:
                    # the causes indented under it, or (none indented) the rows up to the next heading
                    if (under.indent <= row.indent) if indented else (under.empty and bool(under.label)):
                        break
                    scope.append(under)
                break
    out: dict[int, Optional[str]] = {}
    by_index = {r.index: r for r in rows}
    for row in scope:
        if row.empty or not row.label:
            continue
        label = RX.NOTE.sub("", row.label).strip()
        if RX.ALL_DEATHS.match(label) or RX.TOTAL_ROW.match(label):
            out[row.index] = None
            continue
        heading = by_index.get(row.section) if row.section is not None else None
        if heading is not None and not (heading.empty and heading in scope and not cue.search(heading.label)):
            heading = None
        cause = _category(RX.SUBTOTAL.sub("", label))
        if heading is not None:
            above = _category(heading.label)
            cause = above if RX.SUBTOTAL.match(label) or cause == above else f"{above}: {cause}"
        if cause:
            out[row.index] = cause
            row.endpoints = []  # its words name the cause, no endpoint of its own ("Disease progression")
    return out


def _heading_months(label: str) -> Optional[float]:
    """The time point in months a heading names alone ("6 months", "At 2 years"), or None."""
    m = RX.TIME_HEADING.fullmatch(label.strip())
    if m is None:
        return None
    unit = m.group("unit").lower()
    return int(m.group("k")) * {"d": 1 / 30.4375, "w": 7 / 30.4375, "m": 1, "y": 12}[unit[0]]


def _time_heading(label: str) -> Optional[float]:
    """The time point in months a heading names, alone or with words saying its figures are rates or estimates then
    ("At 2 years", "3-year rates, %", "Two-year analysis"); None for any other heading ("Aged 65 years or older")."""
    months = _heading_months(label)
    if months is not None:
        return months
    times = [m for t in find_times(label) for m in t.months]
    return times[0] if len(times) == 1 and only_time(RX.TIME_HEADING_WORDS.sub(" ", label)) else None


def _strip_grade(label: str) -> str:
    grade = r"(?i)\bgrades?\s*(?:[≥≤<>]\s*)?\d(?:\s*(?:-|–|/|or|to)\s*\d)?(?:\s*(?:or|and)\s*(?:higher|above)|\+)?"
    label = re.sub(grade, "", label)
    return RX.EMPTY_BRACKETS.sub("", label).strip(" ,:")  # "Anaemia (grade 3+)" -> "Anaemia"


# A heading of events run into the term under it where a one-line rendering lost the row break between them ("Minor
# complications and side effects A small haematoma", "Late toxicities Skin fibrosis"): the term is what follows, from
# its capital on (after a heading of events, a term of two words or more, the second in small letters, so that no name
# in capitals is cut).
_EVENTS = r"(?:complications|side[- ]effects|adverse\s(?:events|effects|reactions)|toxicities)"
EVENTS_HEADING = lazy_regex(rf"^(?:[A-Za-z-]+\s){{0,2}}(?i:{_EVENTS}(?:\s(?:and|or)\s(?:[a-z-]+\s)?{_EVENTS})?)\s"
                            r"(?=[A-Z][a-z]*\s[a-z])"
                            # the blood's and the other events' headings ("Hematologic Neutropenia", "Non-haematological
                            # Nausea"): a term in capitals after them is a row of its own run in
                            r"|^(?:[Nn]on-?\s?)?[Hh]a?ematologic(?:al)?(?:\s(?:toxicit(?:y|ies)|(?:adverse\s)?events))?\s"
                            r"(?=[A-Z][a-z])")


def _category(label: str) -> Optional[str]:
    text = RX.NOTE.sub("", label)
    text = EVENTS_HEADING.sub("", text)
    # footnote marks: "Rash*", "ALT elevationa", and a small letter set apart ("Dry mouth c", a JATS <sup> after a
    # space; a capital stays: "Hepatitis B")
    text = RX.LABEL_MARKS_AT_END.sub("", text)
    text = _strip_grade(text)
    # a footnote's number after a term in small letters ("Vomiting1", "Vomiting 1"), not a numbered thing's ("Cycle 2")
    if not RX.NUMBERED.search(text):
        text = RX.TRAILING_NOTE_DIGIT.sub("", text)
    text = RX.SPACES.sub(" ", text).strip(" ,:;-").lower()
    return text or None


def _qualifier(label: str, code: str) -> Optional[str]:
    """What a row label says of its endpoint beyond naming it ("SAEs related to the device": "related to the
    device"), None when it only names it ("SAEs, n (%)"); a bracket defines the endpoint or how it is given ("(CR +
    PR)", "[95% CI]"), no part of it."""
    text = RX.BRACKETED_ASIDE.sub(" ", RX.NOTE.sub("", label))
    for e in find_endpoints(text):
        if e.code == code:
            text = text[:e.start] + " " * (e.end - e.start) + text[e.end:]
    for t in find_times(text):
        text = text[:t.start] + " " * (t.end - t.start) + text[t.end:]
    rest = RX.SPACES.sub(" ", RX.TALLY_WORDS.sub(" ", text)).strip(" -").lower()
    if RX.JOINING_WORD_START.match(rest) or RX.JOINING_WORD_END.search(rest):
        # "Arteriovenous fistula due to local progression": the endpoint's name inside a longer one, which is the part
        return _category(label)
    return rest if RX.THREE_SMALL_LETTERS.search(rest) else None


def _events_grade(heading: str) -> Optional[str]:
    """The grade a heading over events names ("Grade ≥3 adverse events" -> ">=3"); None for none or every grade
    ("Grade 1-5 AEs", "Any grade")."""
    grade = grade_of(heading)
    return None if grade in (None, "any", ">=1", "1-4", "1-5") else grade


def _way(heading: str) -> Optional[str]:
    """The way of seeing a response a heading names ("US response (RECIST)" -> "US", "Radiological response" ->
    "radiological"), None when it names none or the clinical one ("Tumour response, n (%)", "Clinical response")."""
    text = RX.RESPONSE_HEADING_WORDS.sub(" ", RX.BRACKETED_ASIDE.sub(" ", heading))
    words = [w if RX.CAPITALS.fullmatch(w) else w.lower() for w in text.split()]
    return " ".join(words) if any(RX.TWO_LETTERS.search(w) for w in words) else None


DECIMAL_COMMA_CELLS = 3  # body cells with a decimal comma that say the table is written so


def _with_decimal_points(table: Table) -> Table:
    """A table whose values are written with decimal commas ("5 (12,5)", "14,2 (11,0–17,5)", "0,04") and with no
    decimal point anywhere in its body, read with points; any other table as it is. Only the value cells change:
    the labels and the header keep their commas ("Grade 1,2")."""
    body = [c for c in table.cells if c.row >= max(table.header_rows, 1) and c.col >= 1]
    if any(RX.DECIMAL_POINT.search(c.text) for c in body) \
            or sum(1 for c in body if RX.DECIMAL_COMMA.search(c.text)) < DECIMAL_COMMA_CELLS:
        return table
    cells = [dataclasses.replace(c, text=RX.DECIMAL_COMMA.sub(".", c.text)) if any(c is b for b in body) else c
             for c in table.cells]
    return dataclasses.replace(table, cells=cells)


def read_table(table: Table, cited_endpoints: Sequence[str] = ()) -> TableReading:
    """The results one table gives, and the numbers in it that became none (``cited_endpoints``: the one endpoint the
    sentences citing the table name, for a model whose caption names none)."""
    if table.n_rows < 2 or table.n_cols < 2:
        return TableReading(table, "unread")
    table = _with_decimal_points(table)
    blocks = _blocks_under_part_headers(table)
    if not blocks:
        return _Reader(table, None, cited_endpoints).read()
    readings = [_Reader(sub, parts, cited_endpoints).read() for sub, parts in blocks]
    # the sizes the rows naming the parts give ("Women (n = 21)"): numbers explained as group sizes
    sizes = sum(1 for _, parts in blocks[1:] for _ in {id(p) for p in (parts or {}).values()})
    kinds = {r.kind for r in readings}
    kind = "results" if any(r.results for r in readings) else next(iter(kinds)) if len(kinds) == 1 else "unread"
    out = TableReading(table, kind, numeric_cells=sizes, explained_cells=sizes)
    for r in readings:
        out.results += r.results
        out.numeric_cells += r.numeric_cells
        out.explained_cells += r.explained_cells
        out.unexplained += r.unexplained
    return out


def _part_header(row: list, r: int) -> Optional[dict[int, GroupName]]:
    """A row (``r``, its cells by column) in a table's body naming, over each value column, a part of the column's
    group with its size ("Women (n = 21)" | "Men (n = 19)" under each arm): the rows below it are about those parts."""
    own = list({id(c): c for c in row[1:] if c is not None and c.row == r and clean(c.text)}.values())
    if len(own) < 2:
        return None
    size = table_cues()["header"]["group_size"]
    parts: dict[int, GroupName] = {}
    for cell in own:
        text = clean(cell.text)
        m = size.search(text)
        name = RX.SPACES.sub(" ", size.sub(" ", text)).strip(" ,;:-")
        if parse_cell(text).kind != "text" or m is None or not RX.TWO_LETTERS.search(name):
            return None
        part = GroupName(name, int(m.group("n") or m.group("n2")))
        for c in range(cell.col, cell.col + cell.colspan):
            parts[c] = part  # (one part over the columns its cell spans)
    return parts


def _blocks_under_part_headers(table: Table) -> list[tuple[Table, Optional[dict[int, GroupName]]]]:
    """A table whose body restarts under rows naming parts of the column groups: one table per block, each with the
    table's header; a block after such a row keeps the parts it names. None when the body has no such row."""
    head = infer_header_rows(table)
    grid = table.grid()
    at = [(r, parts) for r in range(head + 1, table.n_rows - 1) if (parts := _part_header(grid[r], r))]
    if not at:
        return []
    bounds = [(head, at[0][0], None)] + [(r + 1, (at[i + 1][0] if i + 1 < len(at) else table.n_rows), parts)
                                           for i, (r, parts) in enumerate(at)]
    out = []
    for first, last, parts in bounds:
        keep = [*range(head), *range(first, last)]
        new_row = {r: i for i, r in enumerate(keep)}
        cells = [dataclasses.replace(c, row=new_row[c.row], rowspan=min(c.rowspan, last - c.row if c.row >= first
                                                                          else head - c.row))
                 for c in table.cells if c.row in new_row]
        out.append((dataclasses.replace(table, cells=cells, header_rows=head), parts))
    return out


__all__ = ["GroupName", "TableReading", "TableResult", "read_table"]
