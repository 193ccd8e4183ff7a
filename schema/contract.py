"""The extraction contract: the JSON object ``evidence extract`` prints and ``evidence load`` reads.

Its keys are those of the gold format (study, cohorts, arms, doses, results), plus what
identifies and traces the read: ``source``, ``document`` (sha256, media type, pages, text),
``extractor`` (name, version), ``curation`` (status, curator) and, on every row, provenance
(quote, page, char_start, char_end, locator, pattern_id, confidence), and ``unexplained``: the
numbers of the abstract, results and tables that no row accounts for. Keys not listed here are
ignored, as the contract allows.

Validation is strict where a wrong value would silently become a wrong number: numbers must be
JSON numbers (``"36.2"`` is refused), vocabularies are closed, rates lie in 0-100.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import (
    AllowInfNan,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
    model_validator,
)

from oncoev.schema.vocabulary import ENDPOINT_CODE

# JSON numbers only: a string "36.2" or a boolean is refused rather than coerced; and finite ones
# (JSON's NaN and Infinity, YAML's .nan and .inf, are refused where they are, not by the database).
Number = Annotated[float, Strict(), AllowInfNan(False)]
Count = Annotated[int, Strict()]

DEFAULT_UNITS = {"rate": "%", "proportion": "%", "median": "months", "mean": "months",
                 "hr": "ratio", "or": "ratio", "rr": "ratio", "count": "n"}


# A document's text and a quote are kept character for character: offsets point into them, so a
# stripped space would shift every offset after it. Other strings (labels, keys) are stripped.
Exact = Annotated[str, StringConstraints(strip_whitespace=False)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class RowProvenance(_Model):
    quote: Optional[Exact] = None
    page: Optional[Annotated[int, Field(ge=1)]] = None
    char_start: Optional[Annotated[int, Field(ge=0)]] = None
    char_end: Optional[Annotated[int, Field(ge=0)]] = None
    locator: Optional[str] = None
    pattern_id: Optional[str] = None
    confidence: Optional[Annotated[float, Field(ge=0, le=1)]] = None
    # Our additions for `evidence export`: a curated row keeps its state, and a row read from a
    # study's second document names that document (one of `attached_documents`).
    status: Optional[Literal["extracted", "verified", "corrected", "rejected"]] = None
    extractor: Optional[str] = None  # when not the top-level extractor (a curator's row: "curator")
    extractor_version: Optional[str] = None
    document_sha256: Optional[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]] = None

    @model_validator(mode="after")
    def _span(self) -> RowProvenance:
        if (self.char_start is None) != (self.char_end is None):
            raise ValueError("char_start and char_end go together")
        if self.char_start is not None and self.char_end < self.char_start:
            raise ValueError(f"char_end {self.char_end} is before char_start {self.char_start}")
        return self


class StudyIn(_Model):
    title: Optional[str] = None
    authors: Optional[str] = None
    year: Optional[Annotated[int, Field(ge=1900, le=2100)]] = None
    journal: Optional[str] = None
    doi: Optional[str] = None
    pmid: Optional[str] = None
    kind: Literal["primary", "review"] = "primary"
    design: Optional[Literal["retrospective", "prospective", "phase1", "phase2", "phase3", "randomized",
                             "registry", "review", "meta-analysis", "case-series"]] = None
    cancer: Optional[str] = None
    population: Optional[str] = None
    n_patients: Optional[Annotated[Count, Field(gt=0)]] = None
    n_lesions: Optional[Annotated[Count, Field(gt=0)]] = None
    enrolment_start: Optional[Annotated[str, Field(pattern=r"^[12]\d{3}(-[01]\d)?$")]] = None
    enrolment_end: Optional[Annotated[str, Field(pattern=r"^[12]\d{3}(-[01]\d)?$")]] = None
    institution: Optional[str] = None
    country: Optional[str] = None
    median_follow_up_months: Optional[Annotated[Number, Field(ge=0)]] = None
    provenance: Optional[dict[str, Any]] = None


class CohortIn(RowProvenance):
    key: Annotated[str, Field(min_length=1)]
    label: Annotated[str, Field(min_length=1)]
    aliases: Optional[list[str]] = None
    n: Optional[Annotated[Count, Field(gt=0)]] = None
    unit: Literal["patients", "lesions"] = "patients"
    parent: Optional[str] = None
    cited: Optional[str] = None


class ArmIn(RowProvenance):
    key: Annotated[str, Field(min_length=1)]
    label: Annotated[str, Field(min_length=1)]
    aliases: Optional[list[str]] = None
    n: Optional[Annotated[Count, Field(gt=0)]] = None
    cohort: Optional[str] = None
    description: Optional[str] = None


def _check_range(obj: BaseModel, name: str) -> None:
    low, high = getattr(obj, f"{name}_low"), getattr(obj, f"{name}_high")
    if low is not None and high is not None and low > high:
        raise ValueError(f"{name}_low {low} is above {name}_high {high}")


class DoseIn(RowProvenance):
    arm: Annotated[str, Field(min_length=1)]
    modality: Literal["ebrt", "brachytherapy", "sbrt", "srs", "chemotherapy", "targeted", "immunotherapy",
                      "hormonal", "surgery", "ablation", "other"]
    target: Optional[str] = None
    agent: Optional[str] = None
    total_dose: Optional[Annotated[Number, Field(gt=0)]] = None
    total_dose_low: Optional[Annotated[Number, Field(gt=0)]] = None
    total_dose_high: Optional[Annotated[Number, Field(gt=0)]] = None
    dose_unit: Optional[Literal["Gy", "mg/m2", "mg/kg", "mg", "g/m2", "AUC"]] = None
    dose_per_fraction: Optional[Annotated[Number, Field(gt=0)]] = None
    dose_per_fraction_low: Optional[Annotated[Number, Field(gt=0)]] = None
    dose_per_fraction_high: Optional[Annotated[Number, Field(gt=0)]] = None
    fractions: Optional[Annotated[Number, Field(gt=0)]] = None
    fractions_low: Optional[Annotated[Number, Field(gt=0)]] = None
    fractions_high: Optional[Annotated[Number, Field(gt=0)]] = None
    schedule: Optional[str] = None
    statistic: Optional[Literal["fixed", "median", "mean", "range"]] = None
    bed10: Optional[Annotated[Number, Field(gt=0)]] = None
    eqd2: Optional[Annotated[Number, Field(gt=0)]] = None
    cited: Optional[str] = None

    @model_validator(mode="after")
    def _ranges(self) -> DoseIn:
        for name in ("total_dose", "dose_per_fraction", "fractions"):
            _check_range(self, name)
        return self


Operator = Literal["<", "<=", "=", ">=", ">"]


class ResultIn(RowProvenance):
    cohort: Annotated[str, Field(min_length=1)]
    endpoint: Annotated[str, Field(pattern=ENDPOINT_CODE.pattern)]
    site: Optional[str] = None
    category: Optional[str] = None
    grade: Optional[str] = None
    measure: Literal["rate", "median", "mean", "hr", "or", "rr", "count", "proportion"]
    timepoint_months: Optional[Annotated[Number, Field(gt=0)]] = None
    value: Number
    value_op: Optional[Operator] = None
    # a mean or median of a score or a measured quantity keeps its own unit (extract/continuous.py)
    unit: Optional[Literal["%", "months", "ratio", "n", "points", "kg", "days", "hours", "minutes", "mL", "cm"]] = None
    ci_low: Optional[Number] = None
    ci_high: Optional[Number] = None
    ci_level: Optional[Annotated[Number, Field(gt=0, lt=100)]] = None
    p_value: Optional[Annotated[Number, Field(ge=0, le=1)]] = None
    p_op: Optional[Operator] = None
    comparator: Optional[str] = None
    analysis: Optional[Literal["univariate", "multivariate"]] = None
    cited: Optional[str] = None

    @model_validator(mode="after")
    def _consistent(self) -> ResultIn:
        if self.unit is None:
            self.unit = DEFAULT_UNITS[self.measure]
        if self.measure == "rate" and self.unit != "%":
            raise ValueError(f"a rate is a percentage (unit '%'), not {self.unit!r}")
        if self.unit == "%":
            for name in ("value", "ci_low", "ci_high"):
                v = getattr(self, name)
                if v is not None and not 0 <= v <= 100:
                    raise ValueError(f"{name} {v} is not a percentage between 0 and 100")
        if self.measure in ("hr", "or", "rr"):
            if self.unit != "ratio":
                raise ValueError(f"a {self.measure} is a ratio (unit 'ratio'), not {self.unit!r}")
            if self.value <= 0:
                raise ValueError(f"a {self.measure} must be above 0, got {self.value}")
        if self.measure == "count" and (self.unit != "n" or self.value < 0 or self.value != int(self.value)):
            raise ValueError(f"a count is a whole number >= 0 with unit 'n', got {self.value} {self.unit}")
        if self.unit == "months":
            for name in ("value", "ci_low", "ci_high"):
                v = getattr(self, name)
                if v is not None and v < 0:
                    raise ValueError(f"{name} {v} is a negative time; a {self.measure} in months is >= 0")
        if (self.ci_low is None) != (self.ci_high is None):
            raise ValueError("ci_low and ci_high go together")
        if self.ci_low is not None:
            if self.ci_low > self.ci_high:
                raise ValueError(f"ci_low {self.ci_low} is above ci_high {self.ci_high}")
            if self.value_op in (None, "=") and not self.ci_low <= self.value <= self.ci_high:
                raise ValueError(f"value {self.value} lies outside its own confidence interval "
                                 f"{self.ci_low}-{self.ci_high}")
            if self.ci_level is None:
                self.ci_level = 95.0
        return self


class DocumentIn(_Model):
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    media_type: str = "text/plain"
    pages: Optional[Annotated[int, Field(ge=1)]] = None
    text: Optional[Exact] = None
    filename: Optional[str] = None
    # Offsets where each page starts in `text` (page 1 at 0); lets a quote's page be derived.
    page_starts: Optional[list[Annotated[int, Field(ge=0)]]] = None

    @model_validator(mode="after")
    def _pages(self) -> DocumentIn:
        starts = self.page_starts
        if starts is None:
            return self
        if not starts or starts[0] != 0 or starts != sorted(starts):
            raise ValueError("page_starts must begin at 0 and never decrease")
        if self.pages is not None and len(starts) != self.pages:
            raise ValueError(f"page_starts lists {len(starts)} pages, pages says {self.pages}")
        if self.text is not None and starts[-1] > len(self.text):
            raise ValueError(f"page_starts goes past the end of the text ({len(self.text)} characters)")
        return self


class UnexplainedIn(_Model):
    """A number of the document that no row and no known kind accounts for (extract/unexplained.py)."""

    number: Annotated[str, Field(min_length=1)]
    value: Optional[Number] = None
    char_start: Annotated[int, Field(ge=0)]
    char_end: Annotated[int, Field(ge=0)]
    page: Optional[Annotated[int, Field(ge=1)]] = None
    section: Optional[str] = None
    table: Optional[str] = None
    context: Optional[str] = None
    document_sha256: Optional[Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]] = None

    @model_validator(mode="after")
    def _span(self) -> UnexplainedIn:
        if self.char_end < self.char_start:
            raise ValueError(f"char_end {self.char_end} is before char_start {self.char_start}")
        return self


class ExtractorIn(_Model):
    name: str = "unknown"
    version: Optional[str] = None


class CurationIn(_Model):
    status: Literal["extracted", "in_review", "verified"] = "extracted"
    curator: Optional[str] = None
    note: Optional[str] = None


class Extraction(_Model):
    source: Optional[str] = None
    document: DocumentIn
    # Further documents of the same study (a supplement, the PubMed abstract), with their text.
    attached_documents: list[DocumentIn] = []
    extractor: ExtractorIn = ExtractorIn()
    curation: CurationIn = CurationIn()
    study: StudyIn = StudyIn()
    cohorts: list[CohortIn] = []
    arms: list[ArmIn] = []
    doses: list[DoseIn] = []
    results: list[ResultIn] = []
    # The numbers the extractor did not read; None when the extraction does not say.
    unexplained: Optional[list[UnexplainedIn]] = None


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def describe_validation_error(error: ValidationError) -> list[str]:
    """One line per problem, each naming where it is: ``results[3].value: ...``."""
    lines = []
    for e in error.errors(include_url=False):
        # Literal / model-validator noise: drop pydantic's internal location suffixes.
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
        msg = e["msg"].removeprefix("Value error, ")
        given = e.get("input")
        if e["type"] not in ("missing",) and not isinstance(given, (dict, list)) and e["type"] != "value_error":
            msg += f" (got {given!r})"
        lines.append(f"{_where(loc)}: {msg}")
    return lines


def _rows(data: dict[str, Any], section: str) -> list[dict[str, Any]]:
    rows = data.get(section)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def reference_problems(data: dict[str, Any]) -> list[str]:
    """Problems a row-by-row check cannot see: keys that point nowhere, quotes not in the text.

    Works on the decoded JSON rather than the validated model, so that these problems are
    reported together with the row-level ones.
    """
    problems: list[str] = []
    cohorts, arms = _rows(data, "cohorts"), _rows(data, "arms")
    cohort_keys = [c.get("key") for c in cohorts]
    arm_keys = [a.get("key") for a in arms]
    for kind, keys in (("cohort", cohort_keys), ("arm", arm_keys)):
        seen: set[str] = set()
        for i, key in enumerate(keys):
            if key in seen:
                problems.append(f"{kind}s[{i}].key: {key!r} is used twice")
            seen.add(key)
    for key in sorted(set(cohort_keys) & set(arm_keys) - {None}):
        problems.append(f"key {key!r} names both a cohort and an arm; a result could not say which")
    groups = (set(cohort_keys) | set(arm_keys)) - {None}

    def unknown(where: str, key: Any, allowed: set[str], what: str) -> None:
        if key is not None and key not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            problems.append(f"{where}: unknown {what} key {key!r} (known: {known})")

    for i, c in enumerate(cohorts):
        unknown(f"cohorts[{i}].parent", c.get("parent"), set(cohort_keys) - {None}, "cohort")
        if c.get("parent") is not None and c.get("parent") == c.get("key"):
            problems.append(f"cohorts[{i}].parent: a cohort cannot be its own parent")
    for i, a in enumerate(arms):
        unknown(f"arms[{i}].cohort", a.get("cohort"), set(cohort_keys) - {None}, "cohort")
    for i, d in enumerate(_rows(data, "doses")):
        unknown(f"doses[{i}].arm", d.get("arm"), groups, "arm or cohort")
    for i, r in enumerate(_rows(data, "results")):
        unknown(f"results[{i}].cohort", r.get("cohort"), groups, "cohort or arm")
        unknown(f"results[{i}].comparator", r.get("comparator"), groups, "cohort or arm")

    problems += [f"{section}[{i}].{name}: {message}" for section, i, name, message in
                 group_size_problems(cohorts, arms, _rows(data, "results"))]
    curation = data.get("curation")
    if not isinstance(curation, dict) or curation.get("status", "extracted") == "extracted":
        for section in ("cohorts", "arms", "doses", "results"):
            for i, row in enumerate(_rows(data, section)):
                if row.get("status") not in (None, "extracted"):
                    problems.append(f"{section}[{i}].status: {row['status']!r} in a file of extracted data "
                                    "(curation.status 'extracted'); only a curator's review changes a row's status")

    document = data.get("document")
    main_text = document.get("text") if isinstance(document, dict) else None
    texts = {d.get("sha256"): d.get("text") for d in _rows(data, "attached_documents")}
    for section in ("cohorts", "arms", "doses", "results"):
        for i, row in enumerate(_rows(data, section)):
            quote, start, end = row.get("quote"), row.get("char_start"), row.get("char_end")
            where = f"{section}[{i}]"
            sha = row.get("document_sha256")
            text = main_text
            if sha is not None and (not isinstance(document, dict) or sha != document.get("sha256")):
                if sha not in texts:
                    problems.append(f"{where}.document_sha256: no attached document has sha256 {sha}")
                    continue
                text = texts[sha]
            if not isinstance(quote, str):
                continue
            if not isinstance(text, str):
                problems.append(f"{where}.quote: the document carries no text to check the quote against "
                                "(give document.text, or a locator instead of a quote)")
            elif isinstance(start, int) and isinstance(end, int):
                if text[start:end] != quote:
                    problems.append(f"{where}.quote: text[{start}:{end}] is not the quote {_short(quote)}")
            elif quote not in text:
                problems.append(f"{where}.quote: {_short(quote)} is not in the document text")
    main_sha = document.get("sha256") if isinstance(document, dict) else None
    for i, item in enumerate(_rows(data, "unexplained")):
        sha, start, end, number = (item.get(k) for k in ("document_sha256", "char_start", "char_end", "number"))
        text = main_text if sha in (None, main_sha) else texts.get(sha)
        if sha not in (None, main_sha) and sha not in texts:
            problems.append(f"unexplained[{i}].document_sha256: no attached document has sha256 {sha}")
        elif isinstance(text, str) and isinstance(start, int) and isinstance(end, int) and isinstance(number, str) \
                and text[start:end] != number:
            problems.append(f"unexplained[{i}].number: text[{start}:{end}] is not {_short(number)}")
    return problems


def _size(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def group_size_problems(cohorts: list[dict[str, Any]], arms: list[dict[str, Any]], results: list[dict[str, Any]]
                        ) -> list[tuple[str, int, str, str]]:
    """Numbers larger than the group they count: a subgroup larger than its parent (counted in the
    same unit), a count larger than its group's n. Works on contract rows (dicts, the parent and the
    group named by key), so that load, apply and extraction share it; each problem is
    ``(section, index, field, message)``.
    """
    problems = []
    by_key = {c.get("key"): c for c in cohorts}
    groups = {**{a.get("key"): a for a in arms}, **by_key}
    for i, c in enumerate(cohorts):
        parent = by_key.get(c.get("parent"))
        n, parent_n = _size(c.get("n")), _size(parent.get("n")) if parent else None
        if n is not None and parent_n is not None and n > parent_n and \
                (c.get("unit") or "patients") == (parent.get("unit") or "patients"):
            problems.append(("cohorts", i, "n", f"{c.get('key')!r} has n = {n:g}, more than its parent "
                             f"{parent.get('key')!r} (n = {parent_n:g})"))
    for i, r in enumerate(results):
        group = groups.get(r.get("cohort"))
        value, n = _size(r.get("value")), _size(group.get("n")) if group else None
        if r.get("measure") == "count" and value is not None and n is not None and value > n and \
                r.get("value_op") in (None, "="):
            problems.append(("results", i, "value", f"a count of {value:g} is more than its group "
                             f"{r.get('cohort')!r} holds (n = {n:g})"))
    return problems


def shorten(text: str, width: int = 60) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis: for quotes in messages."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(s: str, width: int = 60) -> str:
    return repr(shorten(s, width))


def parse_extraction(data: Any) -> tuple[Extraction | None, list[str]]:
    """Validate a decoded JSON object; returns the model and every problem found."""
    if not isinstance(data, dict):
        return None, [f"expected one JSON object, got {type(data).__name__}"]
    try:
        ext: Extraction | None = Extraction.model_validate(data)
        problems = []
    except ValidationError as error:
        ext, problems = None, describe_validation_error(error)
    return ext, problems + reference_problems(data)
