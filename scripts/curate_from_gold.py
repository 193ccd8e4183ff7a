#!/usr/bin/env python
"""Build the demo database's bundled curated data from the shared gold annotations.

For every gold file ``<shared>/corpus/gold/<stem>.yaml`` this writes ``<out>/<stem>.json``: one
extraction in the contract format (``oncoev.schema.contract``) that ``evidence load`` accepts.

What is carried over, and what is not:

* the gold rows (study, cohorts, arms, doses, results) with every field the contract has a place
  for, numbers as JSON numbers;
* NOT the gold ``quote`` of a row, nor the document text: the repository must not carry the
  papers' sentences. Each row gets a ``locator`` instead ("Abstract", "Results: Surgery",
  "Table 3", ...): where in the paper a curator finds the number. It is derived from the seed
  text: the quote is found there (whitespace-insensitively), or failing that a distinctive number
  of the row, and the nearest preceding section heading or table caption names the place;
* the document is identified by the sha256 of the seed text's bytes only.

Rows the contract refuses are left out of the file and listed on standard output, so that they
can be fixed in the gold; nothing is dropped silently.

Usage (from the repository root)::

    /work/venv/bin/python scripts/curate_from_gold.py [--shared ../shared] [--out data/curated]
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from oncoev.db.load import validate
from oncoev.errors import LoadError
from oncoev.schema.contract import ArmIn, CohortIn, DoseIn, ResultIn, RowProvenance, StudyIn

REPO = Path(__file__).resolve().parent.parent
EXTRACTOR = {"name": "curator", "version": "gold-2026-11"}
CURATION = {"status": "verified", "curator": "gold annotation",
            "note": "Typed by hand from the published study; numbers only, no quotes"}

# Study titles. A title marked "printed" must appear literally in the seed text (checked below);
# the others are descriptive titles written by the curator from the gold facts, because the seed
# text does not carry the article's title. No bibliographic data (year, journal, doi, pmid,
# authors) is given: the seed texts do not state them.
TITLES: dict[str, tuple[str, str]] = {
    "000_a0004cbd2ffe5b5c": ("descriptive",
                             "Radiotherapy for disseminated cervical cancer with distant lymph node or visceral "
                             "metastases: a retrospective cohort (Yonsei, 1980-2012)"),
    "001_b6f1d6fd029bb92e": ("printed",
                             "Locoregional therapy for oligometastatic cervical cancer: a single-center "
                             "retrospective study"),
    "002_3d94d02ad01e442e": ("descriptive",
                             "Radiation therapy for oligometastatic and recurrent cervical cancer: "
                             "a narrative review"),
    "003_23fd7c33288c29b6": ("descriptive",
                             "First-line chemoradiation followed by chemotherapy for rectal adenocarcinoma with "
                             "synchronous unresectable distant metastases: a phase II trial (2010-2011)"),
    "004_60690a955775a8b6": ("descriptive",
                             "Radiotherapy for oligometastatic ovarian cancer: a retrospective cohort of 142 "
                             "patients and 189 lesions (Peking Union Medical College Hospital, 2013-2020)"),
}
TITLE_PROVENANCE = {
    "printed": "the article's title as printed at the top of the source text",
    "descriptive": "a descriptive title written by the curator; the source text does not carry the article's title",
}

SECTIONS = ("cohorts", "arms", "doses", "results")
MODELS = {"cohorts": CohortIn, "arms": ArmIn, "doses": DoseIn, "results": ResultIn}
PROVENANCE_FIELDS = set(RowProvenance.model_fields)  # quote, page, offsets, locator, ...
NUMBER_FIELDS = {
    "study": {"n_patients", "n_lesions", "year", "median_follow_up_months"},
    "cohorts": {"n"}, "arms": {"n"},
    "doses": {"total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction", "dose_per_fraction_low",
              "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high", "bed10", "eqd2"},
    "results": {"timepoint_months", "value", "ci_low", "ci_high", "ci_level", "p_value"},
}
COUNT_FIELDS = {"n", "n_patients", "n_lesions", "year"}
STRING_FIELDS = {"grade", "category", "site", "enrolment_start", "enrolment_end", "pmid", "cited"}
# Endpoints measured on a patient, never on a lesion: a cohort reporting them counts patients.
# An alias should be a short noun phrase; one with a finite verb of its own (not inside a "who ..."
# relative clause) is a piece of the paper's sentence: it is left out, and listed.
CLAUSE = re.compile(r"^(?:(?!\b(?:who|that|which)\b).)*\b(?:was|were|is|are|could|would|had|has|underwent|did)\b",
                    re.IGNORECASE)
PATIENT_ENDPOINTS = {"OS", "PFS", "DFS", "CSS", "DMFS", "DEATH", "TTP", "CFI", "STFS"}

# ---------------------------------------------------------------------------------------------
# Reading the seed text: headings, table regions and where a quote sits
# ---------------------------------------------------------------------------------------------

TOP_HEADINGS = {
    "abstract": "Abstract", "summary": "Abstract", "background": "Background", "introduction": "Introduction",
    "methods": "Methods", "method": "Methods", "materials and methods": "Materials and methods",
    "material and methods": "Materials and methods", "methods and materials": "Methods and materials",
    "patients and methods": "Patients and methods", "results": "Results", "results and discussion":
    "Results and discussion", "discussion": "Discussion", "conclusion": "Conclusion", "conclusions": "Conclusions",
    "references": "References", "acknowledgements": "Acknowledgements", "acknowledgments": "Acknowledgements",
    "abbreviations": "Abbreviations", "keywords": "Keywords",
}
# Labels that open the paragraphs of a structured abstract ("Results: ...", "Results  The ...").
ABSTRACT_LABEL = re.compile(
    r"^(Background|Objectives?|Aims?|Purpose|Introduction|Methods?|Materials and methods|Methods and materials|"
    r"Patients and methods|Results|Findings|Conclusions?|Interpretation)(?::\s*|\s{2,}|\s+(?=[A-Z0-9]))\S")
NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+")
MULTILEVEL_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")
CAPTION = re.compile(r"^(Table|TABLE)\s+(\d{1,2}|[IVX]{1,4})([A-Za-z]?)(.*)$")
FIGURE = re.compile(r"^(Fig\.?|Figure|FIGURE)\s*\d")
OPENING = "Opening paragraphs (before the first heading)"
SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufffd]+")
FUNCTION_WORDS = {"a", "an", "the", "of", "in", "on", "to", "and", "or", "with", "from", "by", "for", "at", "as",
                  "was", "were", "is", "are", "that", "which", "than", "between", "into", "after", "before"}
LOWER_WORD = re.compile(r"^[a-z][a-z'’\-]*[,.;:)]?$")


def clean(line: str) -> str:
    """A line as a reader sees it: replacement characters and odd spaces gone, hyphens plain."""
    return SPACES.sub(" ", line).replace("\u2011", "-").strip()


def is_prose(s: str) -> bool:
    """A line of running text: long, with several lower-case words (a table row has few)."""
    return len(s) >= 45 and sum(1 for w in s.split() if LOWER_WORD.match(w)) >= 5


def top_heading(s: str) -> str | None:
    name = NUMBERING.sub("", s).rstrip(":").strip()
    return TOP_HEADINGS.get(name.lower())


@dataclass
class Layout:
    """Per line of a text: the locator a quote starting on that line gets."""
    text: str
    line_starts: list[int]
    where: list[dict[str, str | None]]
    headings: list[tuple[int, str]] = field(default_factory=list)  # (line, what) for the report

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1


def read_layout(text: str) -> Layout:
    raw = text.split("\n")
    lines = [clean(x) for x in raw]
    starts, pos = [], 0
    for x in raw:
        starts.append(pos)
        pos += len(x) + 1
    widths = [len(s) for s in lines if len(s) >= 30]
    width = statistics.median(widths) if widths else 80.0

    def prev_line(i: int) -> str:
        return lines[i - 1] if i > 0 else ""

    def next_nonblank(i: int) -> str:
        for s in lines[i + 1:]:
            if s:
                return s
        return ""

    def heading_shape(s: str) -> bool:
        rest = NUMBERING.sub("", s)
        if not s or len(s) > 90 or len(s.split()) > 12:
            return False
        if s[-1] in ".,;:-\u2013\u2014" or not rest or not rest[0].isupper():
            return False
        if CAPTION.match(rest) or FIGURE.match(rest) or not re.search(r"[A-Za-z]{3}", rest):
            return False
        if "=" in rest or "%" in rest or sum(c.isdigit() for c in rest) > 0.2 * len(rest):
            return False
        if re.search(r"[.;] ", rest):  # a heading holds no sentence break
            return False
        return s.split()[-1].lower() not in FUNCTION_WORDS  # nor stops mid-phrase

    def caption(i: int) -> str | None:
        """'Table N' when line i opens a table (not when it is a sentence citing one)."""
        m = CAPTION.match(lines[i])
        if not m:
            return None
        after = m.group(4)
        before = next((s for s in reversed(lines[:i]) if s), "")
        cites = re.match(r"^\s*[.,;)]", after) and before and before[-1] not in ".!?:"
        return None if cites else f"Table {m.group(2)}{m.group(3)}"

    where: list[dict[str, str | None]] = []
    headings: list[tuple[int, str]] = []
    top: str | None = None
    sub: str | None = None
    table: str | None = None
    table_caption = ""
    prev_top = False  # the previous line was a top-level heading
    skip_to = -1
    for i, s in enumerate(lines):
        is_top = False
        if i <= skip_to:  # continuation line of a two-line heading
            where.append({"top": top, "sub": sub, "table": table, "caption": table_caption})
            continue
        name = top_heading(s) if s else None
        cap = caption(i) if s else None
        if name:
            top, sub, table, is_top = name, None, None, True
            headings.append((i + 1, f"section {name}"))
        elif cap:
            table, table_caption = cap, s
            headings.append((i + 1, f"caption {cap}"))
        elif s and FIGURE.match(s):
            table = None
        elif s and MULTILEVEL_NUMBER.match(s) and heading_shape(s) and (
                table is None or is_prose(next_nonblank(i)) or not next_nonblank(i)):
            table, sub = None, NUMBERING.sub("", s)
            headings.append((i + 1, f"sub-heading {sub!r}"))
        elif table is not None:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if is_prose(s) and is_prose(nxt) and not re.match(r"^(Abbreviations|Notes?|Source)\b", s):
                table = None  # running text again: the table region is over
                headings.append((i + 1, "end of table"))
        elif s and ABSTRACT_LABEL.match(s) and len(s) > 60 and top in (None, "Abstract"):
            top, sub = "Abstract", None
        elif s and heading_shape(s):
            prev = prev_line(i)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            two_line = (nxt and nxt[0].islower() and len(nxt) < 0.5 * width and nxt[-1] not in ".,;:"
                        and (i + 2 >= len(lines) or not lines[i + 2] or lines[i + 2][0].isupper()))
            ok = False
            if not prev or prev_top:
                ok = not nxt or two_line or len(s) <= 0.85 * width
            elif prev[-1] in ".!?:)]" and not nxt:
                ok = True
            # A heading is followed by a new sentence, not by the rest of its own.
            after = next_nonblank(i + 1) if two_line else next_nonblank(i)
            if after and not (after[0].isupper() or after[0].isdigit()):
                ok = False
            if ok:
                sub = NUMBERING.sub("", s) + (" " + nxt if two_line else "")
                if two_line:
                    skip_to = i + 1
                headings.append((i + 1, f"sub-heading {sub!r}"))
        prev_top = is_top
        where.append({"top": top, "sub": sub, "table": table, "caption": table_caption})
    return Layout(text, starts, where, headings)


def locator_at(layout: Layout, offset: int, row: dict[str, Any]) -> str:
    w = layout.where[layout.line_of(offset)]
    if w["table"]:
        analysis = row.get("analysis")
        if analysis and analysis in (w["caption"] or "").lower():
            return f"{w['table']} ({analysis} analysis)"
        return w["table"]
    if w["top"] is None:  # no section heading yet: a topical heading names the place by itself
        return w["sub"] or OPENING
    return w["top"] + (f": {w['sub']}" if w["sub"] else "")


class Finder:
    """Finds quotes and numbers in a text regardless of whitespace."""

    def __init__(self, text: str):
        self.text = text
        self.norm, self.norm_map = self._squeeze(text, keep_space=True)
        self.bare, self.bare_map = self._squeeze(text, keep_space=False)

    @staticmethod
    def _squeeze(text: str, keep_space: bool) -> tuple[str, list[int]]:
        out, index, in_space = [], [], False
        for i, ch in enumerate(text):
            if ch.isspace() or ch in "\u00a0\u200b\u202f\ufffd":
                if keep_space and not in_space and out:
                    out.append(" ")
                    index.append(i)
                in_space = True
                continue
            in_space = False
            out.append(ch)
            index.append(i)
        return "".join(out), index

    def quote(self, quote: str) -> int | None:
        """Offset in the text where the quote starts, or None."""
        q = SPACES.sub(" ", quote).strip()
        at = self.norm.find(q)
        if at >= 0:
            return self.norm_map[at]
        bare = re.sub(r"[\s\u00a0\u200b\u202f\ufffd]+", "", quote)
        at = self.bare.find(bare)
        if at >= 0:
            return self.bare_map[at]
        at = self.bare.lower().find(bare.lower())
        return self.bare_map[at] if at >= 0 else None

    def phrase(self, phrase: str) -> list[int]:
        q = SPACES.sub(" ", phrase).strip().lower()
        low = self.norm.lower()
        found, at = [], low.find(q)
        while at >= 0 and q:
            found.append(self.norm_map[at])
            at = low.find(q, at + 1)
        return found

    def group_size(self, n: int) -> list[int]:
        """Where a group of n is written: "n = 35", "(n=19)", "35 patients", "63 lesions"."""
        pattern = (rf"\bn\s*=\s*{n}(?!\d)|(?<![\d.]){n}\s+(?:\w+\s+)?"
                   r"(?:patients|cases|lesions|women|men|subjects)\b")
        return [m.start() for m in re.finditer(pattern, self.text, flags=re.IGNORECASE)]

    def number(self, x: float) -> list[int]:
        found: set[int] = set()
        for v in number_spellings(x):
            for m in re.finditer(r"(?<![\d.])" + re.escape(v) + r"(?!\.?\d)", self.text):
                found.add(m.start())
        return sorted(found)


def number_spellings(x: float) -> list[str]:
    if float(x).is_integer():
        return [str(int(x)), f"{x:.1f}"]
    s = repr(float(x))
    return [s, s + "0"] + ([s[1:]] if s.startswith("0.") else [])


def distinctive_numbers(section: str, row: dict[str, Any]) -> list[float]:
    """The row's numbers, most distinctive (most digits, not a small integer) first."""
    names = {"cohorts": ["n"], "arms": ["n"],
             "doses": ["total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction",
                       "dose_per_fraction_low", "dose_per_fraction_high", "fractions"],
             "results": ["value", "ci_low", "ci_high", "p_value"]}[section]
    nums = [row[k] for k in names if isinstance(row.get(k), (int, float)) and not isinstance(row.get(k), bool)]

    def score(x: float) -> tuple[int, int]:
        digits = len(re.sub(r"\D", "", number_spellings(x)[0]))
        return (0 if float(x).is_integer() and abs(x) < 10 else 1, digits)

    return sorted(dict.fromkeys(nums), key=score, reverse=True)


def locate(finder: Finder, section: str, row: dict[str, Any], group_evidence: dict[str, list[tuple[int, str]]],
           cohorts_placed: dict[str, tuple[int, int | None]],
           in_table: Callable[[int], bool]) -> tuple[int | None, str]:
    """Offset of the evidence for a row in the text, and how it was found.

    A row with a quote is placed where the quote is. A cohort or arm (gold gives them no quote)
    is placed at a table row quoted for one of its own results or doses that gives its size n,
    else where its label or an alias is written next to its size n; failing that, where
    the first of its own results or doses is quoted; an arm as large as the cohort it belongs
    to, where that cohort is; failing that, at its first mention, or where its size is written
    as "n patients" / "n = n". The last resort for a dose or result is its most distinctive
    number, where most of its other numbers are written nearby.
    """
    quote = row.get("quote")
    if quote:
        at = finder.quote(quote)
        if at is not None:
            return at, "quote"
    nums = distinctive_numbers(section, row)
    if section in ("cohorts", "arms"):
        if row.get("n") is not None and row.get("key") in group_evidence:
            for at, quoted in group_evidence[row["key"]]:  # a table row of its own that gives its size
                if in_table(at) and re.search(rf"(?<![\d.]){row['n']}(?!\.?\d)", quoted):
                    return at, "group's results"
        phrases = [p for p in [*(row.get("aliases") or []), row.get("label")] if p]
        hits = sorted({h for p in phrases for h in finder.phrase(p)})
        if hits and nums:  # where the group's size is written next to its name
            near = [h for h in hits if any(abs(h - o) < 200 for o in finder.number(nums[0]))]
            if near:
                return near[0], "alias+n"
        if row.get("key") in group_evidence:
            return group_evidence[row["key"]][0][0], "group's results"
        parent = cohorts_placed.get(row.get("cohort") or "")
        if section == "arms" and parent and row.get("n") is not None and parent[1] == row["n"]:
            return parent[0], "its cohort"
        if hits:
            return hits[0], "alias"
        if row.get("n") is not None:
            sizes = finder.group_size(row["n"])
            return (sizes[0], "n") if sizes else (None, "none")
        return None, "none"
    if nums:
        first = finder.number(nums[0])
        if first:
            others = [finder.number(x) for x in nums[1:]]

            def support(pos: int) -> int:
                return sum(any(abs(pos - o) < 300 for o in occ) for occ in others)

            best = max(first, key=lambda p: (support(p), -p))
            return best, "number"
    return None, "none"


# ---------------------------------------------------------------------------------------------
# Building one extraction
# ---------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    stem: str
    path: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    how: Counter = field(default_factory=Counter)
    refused: list[str] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)
    dropped_fields: Counter = field(default_factory=Counter)
    unlocated: list[str] = field(default_factory=list)
    explained: list[str] = field(default_factory=list)
    clause_aliases: list[str] = field(default_factory=list)
    lesion_cohorts: list[str] = field(default_factory=list)


def as_number(value: Any, name: str, where: str, out: Outcome) -> Any:
    """Gold numbers written as strings ("36.2", "<0.001") become JSON numbers."""
    if isinstance(value, str):
        m = re.fullmatch(r"\s*([<>]=?)?\s*(-?\d+(?:\.\d+)?)\s*%?\s*", value)
        if m is None:
            return value  # not a number: left for the validator to refuse
        number = float(m.group(2))
        out.fixes.append(f"{where}.{name}: {value!r} -> {number:g}")
        value = number
        if m.group(1):
            return (m.group(1), value)
    if name in COUNT_FIELDS and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def normalise_row(section: str, row: dict[str, Any], where: str, out: Outcome) -> dict[str, Any]:
    fields = dict(row)
    for name in list(fields):
        v = fields[name]
        if name in NUMBER_FIELDS.get(section, ()):
            v = as_number(v, name, where, out)
            if isinstance(v, tuple):  # "<0.001": the operator has its own field
                op_field = {"p_value": "p_op", "value": "value_op"}.get(name)
                if op_field:
                    fields[op_field] = v[0]
                v = v[1]
            fields[name] = v
        elif name in STRING_FIELDS and isinstance(v, (int, float)) and not isinstance(v, bool):
            fields[name] = str(v)
            out.fixes.append(f"{where}.{name}: {v!r} -> {str(v)!r}")
    return fields


def cohort_unit(row: dict[str, Any], results: list[dict[str, Any]]) -> str:
    """'lesions' for a lesion-level group: named by its lesions, not its patients, and with no
    patient-level outcome (OS, PFS, ...) reported for it."""
    words = " ".join([row.get("label") or "", *(row.get("aliases") or [])]).lower()
    if not re.search(r"\blesions?\b", words) or re.search(r"\bpatients?\b|\bcases?\b|\bwomen\b|\bmen\b", words):
        return "patients"
    if any(r.get("cohort") == row["key"] and r.get("endpoint") in PATIENT_ENDPOINTS for r in results):
        return "patients"
    return "lesions"


def ordered(model: type, fields: dict[str, Any]) -> dict[str, Any]:
    """Keys in the contract's order, locator last among them; nothing the contract lacks."""
    keys = [k for k in model.model_fields if k not in PROVENANCE_FIELDS] + ["locator"]
    return {k: fields[k] for k in keys if k in fields}


def build(stem: str, shared: Path, out: Outcome) -> dict[str, Any]:
    gold_path = shared / "corpus" / "gold" / f"{stem}.yaml"
    seed_path = shared / "corpus" / "seeds" / f"{stem}.txt"
    if not seed_path.is_file():
        raise SystemExit(f"error: no seed text for {gold_path.name}: {seed_path} is missing")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    raw = seed_path.read_bytes()
    text = raw.decode("utf-8")
    layout = read_layout(text)
    finder = Finder(text)

    kind, title = TITLES.get(stem, ("descriptive", None))
    if title is None:
        raise SystemExit(f"error: no title written for {stem}; add one to TITLES in {Path(__file__).name}")
    if kind == "printed" and title not in text:
        raise SystemExit(f"error: {stem}: the title marked 'printed' is not in the seed text")

    study_gold = normalise_row("study", gold.get("study") or {}, "study", out)
    for name in study_gold:
        if name not in StudyIn.model_fields:
            out.dropped_fields[f"study.{name}"] += 1
    study = {"title": title, "authors": None, "year": None, "journal": None, "doi": None, "pmid": None}
    study.update({k: v for k, v in study_gold.items() if k in StudyIn.model_fields and k not in study})
    study["provenance"] = {"title": TITLE_PROVENANCE[kind]}
    study = {k: study[k] for k in StudyIn.model_fields if k in study}

    gold_results = gold.get("results") or []
    # cohort/arm key -> where its own results and doses are quoted: [(offset, quote), ...]
    group_evidence: dict[str, list[tuple[int, str]]] = {}
    for section, key in (("results", "cohort"), ("doses", "arm")):
        for row in gold.get(section) or []:
            at = finder.quote(row["quote"]) if row.get("quote") else None
            if at is not None and row.get(key) is not None:
                group_evidence.setdefault(row[key], []).append((at, row["quote"]))
    data: dict[str, Any] = {
        "source": f"{stem}.txt",
        "document": {"sha256": hashlib.sha256(raw).hexdigest(), "media_type": "text/plain", "pages": None,
                     "text": None, "filename": f"{stem}.txt"},
        "extractor": dict(EXTRACTOR),
        "curation": dict(CURATION),
        "study": study,
    }
    cohorts_placed: dict[str, tuple[int, int | None]] = {}  # cohort key -> (offset, n)
    for section in SECTIONS:
        model = MODELS[section]
        rows = []
        for i, row in enumerate(gold.get(section) or []):
            where = f"{section}[{i}]"
            fields = normalise_row(section, row, where, out)
            for name in fields:
                if name not in model.model_fields:
                    out.dropped_fields[f"{section}.{name}"] += 1
            at, how = locate(finder, section, fields, group_evidence, cohorts_placed,
                             lambda at: bool(layout.where[layout.line_of(at)]["table"]))
            out.how[how] += 1
            if section == "cohorts" and at is not None:
                cohorts_placed[fields["key"]] = (at, fields.get("n"))
            if at is None:
                out.unlocated.append(f"{where} ({_describe(section, fields)})")
            else:
                fields["locator"] = locator_at(layout, at, fields)
            line = text.count("\n", 0, at) + 1 if at is not None else None
            out.explained.append(f"{where:<13} {how:<15} line {line!s:<5} {fields.get('locator')!s:<50} "
                                 f"{_describe(section, fields)}")
            # A clause is a piece of the paper's sentence: it stays out of the repository.
            for alias in fields.get("aliases") or []:
                if CLAUSE.search(alias):
                    out.clause_aliases.append(f"{where} {fields.get('key')}: {alias!r} (left out)")
            if fields.get("aliases"):
                fields["aliases"] = [a for a in fields["aliases"] if not CLAUSE.search(a)] or None
            if section == "cohorts":
                fields["unit"] = cohort_unit(fields, gold_results)
                if fields["unit"] == "lesions":
                    out.lesion_cohorts.append(fields["key"])
            fields.pop("quote", None)
            rows.append(ordered(model, fields))
        data[section] = rows
    return data


def _describe(section: str, row: dict[str, Any]) -> str:
    if section in ("cohorts", "arms"):
        return f"{row.get('key')}: {row.get('label')!r}, n={row.get('n')}"
    if section == "doses":
        return (f"arm {row.get('arm')}, {row.get('modality')} {row.get('agent') or row.get('target') or ''} "
                f"{row.get('total_dose')} {row.get('dose_unit') or ''}").strip()
    tp = f" at {row.get('timepoint_months')} months" if row.get("timepoint_months") else ""
    return (f"cohort {row.get('cohort')}, {row.get('endpoint')} {row.get('measure')}{tp} = "
            f"{row.get('value')} {row.get('unit') or ''}").strip()


ROW_PROBLEM = re.compile(r"^(cohorts|arms|doses|results)\[(\d+)\]")


def validated(data: dict[str, Any], out: Outcome) -> dict[str, Any]:
    """Validate; rows the contract refuses are taken out (and reported) until the rest passes."""
    for _ in range(50):
        try:
            validate(data, data["source"])
            return data
        except LoadError as error:
            bad: dict[str, set[int]] = {}
            for problem in error.problems:
                m = ROW_PROBLEM.match(problem)
                if not m:
                    raise SystemExit(f"error: {data['source']}: {problem}") from None
                section, index = m.group(1), int(m.group(2))
                row = data[section][index]
                out.refused.append(f"{section}[{index}] ({_describe(section, row)}): {problem}")
                bad.setdefault(section, set()).add(index)
            for section, indexes in bad.items():
                data[section] = [r for i, r in enumerate(data[section]) if i not in indexes]
    raise SystemExit(f"error: {data['source']}: still invalid after removing refused rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="the shared folder holding corpus/gold and corpus/seeds (default: ../shared)")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "curated",
                        help="where to write <stem>.json (default: data/curated)")
    parser.add_argument("--show-headings", action="store_true",
                        help="also print the headings and table regions found in each seed text")
    parser.add_argument("--explain", action="store_true",
                        help="also print, for every row, how its locator was found and where")
    args = parser.parse_args(argv)

    shared = args.shared.resolve()
    gold_dir, seed_dir = shared / "corpus" / "gold", shared / "corpus" / "seeds"
    if not shared.is_dir():
        parser.exit(2, f"error: the shared folder {shared} does not exist; give its location with --shared PATH\n")
    for d in (gold_dir, seed_dir):
        if not d.is_dir():
            parser.exit(2, f"error: {d} is missing; --shared must point at the folder holding corpus/gold "
                           "and corpus/seeds\n")
    stems = sorted(p.stem for p in gold_dir.glob("*.yaml"))
    if not stems:
        parser.exit(2, f"error: no gold files (*.yaml) in {gold_dir}\n")
    args.out.mkdir(parents=True, exist_ok=True)

    total = Counter()
    for stem in stems:
        out = Outcome(stem)
        data = validated(build(stem, shared, out), out)
        out.counts = {s: len(data[s]) for s in SECTIONS}
        out.path = args.out / f"{stem}.json"
        out.path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(out.how)
        counts = ", ".join(f"{s} {n}" for s, n in out.counts.items())
        how = ", ".join(f"{k} {v}" for k, v in sorted(out.how.items()))
        print(f"{out.path}: {counts}; locators from {how}")
        if out.lesion_cohorts:
            print(f"  cohorts counted in lesions: {', '.join(out.lesion_cohorts)}")
        for line in out.fixes:
            print(f"  converted {line}")
        for name, n in sorted(out.dropped_fields.items()):
            print(f"  field not in the contract, left out: {name} ({n} rows)")
        for line in out.clause_aliases:
            print(f"  alias reads as a clause of the paper: {line}")
        for line in out.unlocated:
            print(f"  no locator found: {line}")
        for line in out.refused:
            print(f"  REFUSED {line}")
        if args.show_headings:
            text = (shared / "corpus" / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
            for line_no, what in read_layout(text).headings:
                print(f"    line {line_no}: {what}")
        if args.explain:
            for line in out.explained:
                print(f"    {line}")
    print("locators, all files: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
