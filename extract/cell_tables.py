"""Tables whose cells are known: rows written one per line with cells separated by " | ".

The PDF reader writes every table it finds this way (``pdf.py``); a text file may too. With the
cells known, two layouts that flattened text cannot carry are read:

- ``table.endpoint_rows``: rows named by an endpoint and a time point ("5-year OS rate"), one
  column per group ("WMDC", "MC (68 cases)"); a row with a label and no group values opens a
  subgroup ("Early stage") whose p value (in a "P value" column) belongs to its rows;
- ``table.ratio_columns``: rows are factors, columns a ratio (HR / RR / OR), its 95% CI and p,
  once per analysis ("Univariate ... RR | 95% CI | P value | Multivariate ... RR | ...").

The endpoint of a ratio table comes from its caption or header; a Cox-regression table of a
survival study that names none is about overall survival.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from oncoev.extract.lexicon import NUMBER
from oncoev.extract.mentions import find_endpoints, find_times
from oncoev.extract.results import Found, GroupRef
from oncoev.extract.tables import CAPTION

P_HEADER = re.compile(r"^(?:p|𝑃|p[- ]?values?|𝑃[- ]?values?)$", re.I)
CI_HEADER = re.compile(r"\b\d{2}\s*%\s*ci\b|\bconfidence interval|^ci$", re.I)
RATIO_HEADER = re.compile(r"\b(?P<kind>HR|RR|OR|hazard ratio|odds ratio|relative risk)\b", re.I)
STAT_HEADER = re.compile(r"𝜒|chi|χ|^t$|^z$|statistic|^n$|^no\.?$|^%$|total", re.I)
GROUP_SIZE = re.compile(r"\(\s*(?:n\s*=\s*)?(?P<n>\d+)(?:\s+(?:cases|patients))?\s*\)", re.I)
CELL_VALUE = re.compile(rf"^\s*(?P<op>[<>≤≥])?\s*(?P<v>{NUMBER})\s*(?P<pct>%)?\s*"
                        rf"(?:\(\s*(?P<p>{NUMBER})\s*%?\s*\))?\s*$")
CELL_CI = re.compile(rf"^\s*(?P<low>{NUMBER})\s*(?:-|to|,)\s*(?P<high>{NUMBER})\s*$")
CELL_P = re.compile(r"^\s*(?P<op>[<>≤≥=])?\s*(?P<v>0?\.\d+|1(?:\.0+)?|0)\s*$")
COX = re.compile(r"\bcox\b|\bhazard|\bsurvival|\bprognos", re.I)
ANALYSIS = (("multivariate", re.compile(r"multivari", re.I)), ("univariate", re.compile(r"univari", re.I)))


@dataclass
class _Line:
    start: int
    end: int
    cells: list[str]


def _rows(text: str, start: int, limit: int) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text[start:limit]):
        line = m.group(0)
        if "|" not in line:
            if out:
                break  # the table is over
            continue
        out.append(_Line(start + m.start(), start + m.end(), [c.strip() for c in line.split("|")]))
    return out


def find_cell_tables(text: str) -> list[tuple[str, int, list[_Line]]]:
    """(caption, offset, rows) of every captioned table written with " | " between cells."""
    out = []
    captions = list(CAPTION.finditer(text))
    for i, m in enumerate(captions):
        limit = captions[i + 1].start() if i + 1 < len(captions) else len(text)
        rows = _rows(text, m.end(), limit)
        if len(rows) >= 2:
            out.append((m.group("caption").strip(), m.start(), rows))
    return out


def read_cell_table(caption: str, rows: list[_Line]) -> list[tuple[Found, Optional[GroupRef]]]:
    header, body = rows[0].cells, rows[1:]
    ratios = [i for i, h in enumerate(header) if RATIO_HEADER.search(h)]
    if ratios:
        return _ratio_table(caption, header, body, ratios)
    return _endpoint_rows(header, body)


def _value(cell: str) -> Optional[re.Match]:
    return CELL_VALUE.match(cell.replace("–", "-")) if cell else None


def _p(cell: str) -> tuple[Optional[float], Optional[str]]:
    m = CELL_P.match(cell.replace("‹", "<")) if cell else None
    if not m:
        return None, None
    op = {"≤": "<=", "≥": ">=", "=": None}.get(m.group("op"), m.group("op"))
    return float(m.group("v")), op


def _endpoint_rows(header: list[str], body: list[_Line]) -> list[tuple[Found, Optional[GroupRef]]]:
    p_col = next((i for i, h in enumerate(header) if P_HEADER.match(h)), None)
    groups = {i: h for i, h in enumerate(header) if i > 0 and h and not P_HEADER.match(h) and not STAT_HEADER.search(h)
              and not CI_HEADER.search(h)}
    if len(groups) < 1:
        return []
    out: list[tuple[Found, Optional[GroupRef]]] = []
    section: Optional[str] = None
    section_p: tuple[Optional[float], Optional[str]] = (None, None)
    for row in body:
        label = row.cells[0] if row.cells else ""
        values = {i: _value(row.cells[i]) for i in groups if i < len(row.cells)}
        if label and not any(values.values()):
            # "Early stage | | | 0.676 | 0.411": a subgroup, with its comparison's p value.
            section = None if re.match(r"^(?:total|overall|all)\b", label, re.I) else label
            section_p = _p(row.cells[p_col]) if p_col is not None and p_col < len(row.cells) else (None, None)
            continue
        endpoints = find_endpoints(label)
        if len({e.code for e in endpoints}) != 1:
            continue
        months = [m for t in find_times(label) for m in t.months]
        median = bool(re.search(r"\bmedian\b", label, re.I))
        for i, m in values.items():
            if m is None:
                continue
            value = float(m.group("v"))
            if median:
                fields = {"measure": "median", "unit": "months", "timepoint_months": None}
            elif len(months) == 1 and 0 <= value <= 100:
                fields = {"measure": "rate", "unit": "%", "timepoint_months": months[0]}
            else:
                continue
            f = {"endpoint": endpoints[0].code, "value": value, "value_op": _op(m.group("op")),
                 "p_value": section_p[0], "p_op": section_p[1], **fields}
            out.append((Found(f, row.start, row.end, "table.endpoint_rows"), _group(groups[i], section)))
    return out


def _op(sign: Optional[str]) -> Optional[str]:
    return {"≤": "<=", "≥": ">="}.get(sign, sign) if sign else None


def _group(column: str, section: Optional[str]) -> GroupRef:
    size = GROUP_SIZE.search(column)
    name = GROUP_SIZE.sub("", column).strip()
    if section:
        return GroupRef(f"{name}, {section}")
    return GroupRef(name, int(size.group("n")) if size else None)


def _ratio_table(caption: str, header: list[str], body: list[_Line],
                 ratios: list[int]) -> list[tuple[Found, Optional[GroupRef]]]:
    named = {e.code for e in find_endpoints(caption + " " + " ".join(header))}
    if len(named) == 1:
        endpoint = named.pop()
    elif not named and COX.search(caption + " " + " ".join(header)):
        endpoint = "OS"
    else:
        return []
    out: list[tuple[Found, Optional[GroupRef]]] = []
    for k, col in enumerate(ratios):
        kind = RATIO_HEADER.search(header[col]).group("kind").lower()
        kind = {"hazard ratio": "hr", "odds ratio": "or", "relative risk": "rr"}.get(kind, kind)
        following = ratios[k + 1] if k + 1 < len(ratios) else len(header)
        ci_col = next((i for i in range(col + 1, following) if CI_HEADER.search(header[i])), None)
        p_col = next((i for i in range(col + 1, following) if P_HEADER.match(header[i])), None)
        analysis = next((name for name, pattern in ANALYSIS if pattern.search(header[col])), None)
        for row in body:
            cells = row.cells
            m = _value(cells[col]) if col < len(cells) else None
            if not cells or not re.search(r"[A-Za-z]", cells[0]) or m is None or m.group("pct") \
                    or float(m.group("v")) <= 0:
                continue  # a factor has a name; "1 | 1.647 | ..." rows number a sensitivity analysis
            f = {"endpoint": endpoint, "measure": kind, "unit": "ratio", "timepoint_months": None,
                 "value": float(m.group("v")), "analysis": analysis}
            ci = CELL_CI.match(cells[ci_col].replace("–", "-")) if ci_col is not None and ci_col < len(cells) else None
            if ci and float(ci.group("low")) <= f["value"] <= float(ci.group("high")):
                f["ci_low"], f["ci_high"] = float(ci.group("low")), float(ci.group("high"))
            if p_col is not None and p_col < len(cells):
                f["p_value"], f["p_op"] = _p(cells[p_col])
            out.append((Found(f, row.start, row.end, "table.ratio_columns"), GroupRef(cells[0])))
    return out
