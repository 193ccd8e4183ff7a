"""From the database to the analysis dataset: one row per independent patient group.

The database query is ``oncoev.db.pooling_query.fetch_pooling_rows``; here, with no database,
``records_from_rows`` turns its rows into records (each with the groups above its own and the
modalities given to them) and ``build_dataset`` decides what is pooled:

- **filters** the user chose: cancer, design, modality (a schedule of that modality given to the
  group, to a group it belongs to, or to an arm covering the whole cohort), unit (patients or
  lesions), a text in the group or comparator label;
- **listed exclusions**: cited results from reviews (left out by default, so that no study is
  counted twice), rows not curated (with ``curated_only``), values given only as a bound
  (``> 90 %``), groups without n (rates), ratios without a CI;
- **the same cohort reported twice**: several rows for one group (and comparator) keep one
  (multivariate before univariate, curated before not); a result cited by two reviews, or cited
  by a review from a study that is itself in the database (same n and value), is kept once;
- **one entry per study**: a subgroup whose own group (or a group above it) is in the dataset is
  left out; when a study reports only subgroups, they are kept only if they are separate
  top-level groups, otherwise the largest is kept (subgroups may share patients).

For survival rates the events are approximated as ``round(rate x n)``: survival at a time point is
an actuarial (Kaplan-Meier) estimate, not a count, so this treats censored patients as followed to
that time. The dataset says so in ``notes``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from oncoev.pooling.choices import BY_COLUMNS, MEASURES, RATIO_MEASURES, UNITS
from oncoev.pooling.methods import EffectSizes, PoolingError, log_ratio_effects, proportion_effects

CURATED_STATUSES = ("verified", "corrected")
EVENTS_NOTE = ("events = round(rate x n): an approximation, since a survival rate at a time point is an "
               "actuarial estimate, not a count of patients")


@dataclass(frozen=True)
class Query:
    """What to pool: one endpoint, measure and time point, and the filters."""

    endpoint: str
    measure: str = "rate"
    timepoint: float | None = None
    cancer: str | None = None
    design: str | None = None
    modality: str | None = None
    unit: str = "patients"
    group: str | None = None
    include_cited: bool = False
    curated_only: bool = False

    def __post_init__(self) -> None:
        # Endpoint codes are UPPER_SNAKE (the vocabulary's spelling): "os" asks for OS, and says OS.
        object.__setattr__(self, "endpoint", self.endpoint.strip().upper())
        if self.measure not in MEASURES:
            raise PoolingError(f"unknown measure {self.measure!r}; choose one of {', '.join(MEASURES)}")
        if self.unit not in UNITS:
            raise PoolingError(f"unknown unit {self.unit!r}; choose one of {', '.join(UNITS)}")
        if self.measure == "rate" and self.timepoint is None:
            raise PoolingError("a rate needs a time point: give --timepoint in months (60 for 5-year rates)")

    @property
    def is_ratio(self) -> bool:
        return self.measure in RATIO_MEASURES

    def describe(self) -> str:
        what = f"{self.endpoint} {self.measure}"
        if self.timepoint is not None:
            what += f" at {self.timepoint:g} months"
        filters = [f"{name} = {value!r}" for name, value in
                   (("cancer", self.cancer), ("design", self.design), ("modality", self.modality),
                    ("group", self.group)) if value]
        if self.unit != "any":
            filters.append(f"unit = {self.unit}")
        return what + (f" ({', '.join(filters)})" if filters else "")


@dataclass(frozen=True)
class Record:
    """One candidate result as read from the database (a row of ``results_flat`` plus group ids)."""

    result_id: int
    study_id: int
    study: str
    value: float
    group_label: str
    group_type: str = "cohort"
    group_id: int = 0
    group_n: int | None = None
    group_unit: str = "patients"
    ancestors: tuple[int, ...] = ()
    comparator: str | None = None
    comparator_id: str | None = None
    value_op: str | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float | None = None
    analysis: str | None = None
    cited: str | None = None
    status: str = "extracted"
    curation_status: str = "extracted"
    cancer: str | None = None
    design: str | None = None
    study_kind: str = "primary"
    authors: str | None = None
    year: int | None = None
    modalities: frozenset[str] = frozenset()

    @property
    def group(self) -> tuple[str, int]:
        return (self.group_type, self.group_id)

    @property
    def parent_id(self) -> int | None:
        """The group this one belongs to (cohort ids positive, arm ids negative), if any."""
        return self.ancestors[0] if self.ancestors else None


@dataclass(frozen=True)
class Study:
    """One row of the analysis dataset."""

    label: str
    result_id: int
    study_id: int
    group_label: str
    n: int | None
    value: float
    events: int | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float = 95.0
    cited: str | None = None
    cancer: str | None = None
    design: str | None = None
    study_kind: str = "primary"
    comparator: str | None = None


@dataclass(frozen=True)
class Exclusion:
    """A matching row that is not pooled, and why. ``kind`` groups the reasons for display;
    ``pooled_above`` says that a group above this one (its whole cohort) is pooled instead."""

    label: str
    result_id: int
    reason: str
    kind: str
    pooled_above: bool = False


@dataclass(frozen=True)
class AnalysisDataset:
    query: Query
    studies: tuple[Study, ...]
    excluded: tuple[Exclusion, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def k(self) -> int:
        return len(self.studies)

    def effects(self, transform: str = "logit") -> EffectSizes:
        """The effect sizes to pool: proportions from events and n, or log ratios with SE from the CI."""
        if not self.studies:
            raise PoolingError(f"nothing to pool for {self.query.describe()}")
        labels = [s.label for s in self.studies]
        if self.query.is_ratio:
            return log_ratio_effects([s.value for s in self.studies], [s.ci_low for s in self.studies],
                                     [s.ci_high for s in self.studies], [s.ci_level for s in self.studies],
                                     labels=labels, n=[s.n for s in self.studies])
        if transform == "log":
            raise PoolingError("proportions are pooled on the logit or pft scale")
        return proportion_effects([s.events for s in self.studies], [s.n for s in self.studies],
                                  transform=transform, labels=labels, reported=[s.value for s in self.studies])

    def groups(self, by: str) -> list[str]:
        if by not in BY_COLUMNS:
            raise PoolingError(f"cannot split by {by!r}; choose one of {', '.join(BY_COLUMNS)}")
        return [getattr(s, by) or "(not given)" for s in self.studies]


# ---------------------------------------------------------------------------------------------
# From the database's rows to records (pure: the rows come from oncoev.db.pooling_query)

class PoolingRows(Protocol):
    """What ``records_from_rows`` reads: ``oncoev.db.pooling_query.PoolingRows`` has this shape."""

    results: Sequence[Mapping[str, Any]]
    cohorts: Mapping[int, tuple[int | None, int | None]]
    arms: Mapping[int, tuple[int | None, int | None]]
    doses: Sequence[tuple[int | None, int | None, str]]


def records_from_rows(rows: PoolingRows) -> list[Record]:
    """One record per result row, with the groups above its own and the modalities given to them."""
    cohorts, arms = rows.cohorts, rows.arms
    given: dict[tuple[str, int], set[str]] = defaultdict(set)
    for cohort_id, arm_id, modality in rows.doses:
        given[("cohort", cohort_id) if cohort_id is not None else ("arm", arm_id)].add(modality)
    # An arm that covers its whole cohort (same n) says what the cohort received.
    for arm_id, (cohort_id, n) in arms.items():
        if cohort_id in cohorts and n is not None and n == cohorts[cohort_id][1]:
            given[("cohort", cohort_id)] |= given[("arm", arm_id)]

    def parent(kind: str, gid: int) -> tuple[str, int] | None:
        if kind == "arm":
            cohort = arms[gid][0] if gid in arms else None
            return ("cohort", cohort) if cohort is not None else None
        p = cohorts[gid][0] if gid in cohorts else None
        return ("cohort", p) if p is not None else None

    def lineage(kind: str, gid: int) -> list[tuple[str, int]]:
        chain: list[tuple[str, int]] = []
        node = parent(kind, gid)
        while node is not None and node not in chain and len(chain) < 50:   # guards against a cycle
            chain.append(node)
            node = parent(*node)
        return chain

    records = []
    for r in rows.results:
        kind, gid = ("cohort", r["cohort_id"]) if r["cohort_id"] is not None else ("arm", r["arm_id"])
        chain = lineage(kind, gid)
        received = frozenset().union(*(given.get(node, set()) for node in [(kind, gid), *chain]))
        comparator_id = (f"cohort:{r['comparator_cohort_id']}" if r["comparator_cohort_id"] is not None else
                         f"arm:{r['comparator_arm_id']}" if r["comparator_arm_id"] is not None else None)
        records.append(Record(
            result_id=r["result_id"], study_id=r["study_id"], study=r["study"], value=r["value"],
            group_label=r["group_label"], group_type=kind, group_id=gid, group_n=r["group_n"],
            group_unit=r["group_unit"], ancestors=tuple(_encode(node) for node in chain),
            comparator=r["comparator"], comparator_id=comparator_id, value_op=r["value_op"],
            ci_low=r["ci_low"], ci_high=r["ci_high"], ci_level=r["ci_level"], analysis=r["analysis"],
            cited=r["cited"], status=r["status"], curation_status=r["curation_status"], cancer=r["cancer"],
            design=r["design"], study_kind=r["study_kind"], authors=r["authors"], year=r["year"],
            modalities=received))
    return records


def _encode(group: tuple[str, int]) -> int:
    # Cohort and arm ids share one integer space here: arms are negative.
    kind, gid = group
    return gid if kind == "cohort" else -gid


def _node(record: Record) -> int:
    return _encode(record.group)


def no_match_message(query: Query, timepoints: Sequence[float], cancers: Sequence[str]) -> str:
    """Why nothing matched, with what the database does hold for this endpoint and measure."""
    head = f"no results match {query.describe()}."
    if not timepoints and not cancers:
        return f"{head} The database has no {query.endpoint} {query.measure} results at all."
    parts = []
    if timepoints:
        parts.append("time points (months): " + ", ".join(f"{t:g}" for t in timepoints))
    if cancers:
        parts.append("cancers: " + ", ".join(cancers))
    return f"{head} {query.endpoint} {query.measure} results exist for " + "; ".join(parts) + "."


# ---------------------------------------------------------------------------------------------
# Deciding what is pooled (pure)

def _first_author(authors: str | None) -> str | None:
    if not authors:
        return None
    first = re.split(r"[,;]| and ", authors)[0].strip()
    surname = first.split()[-1] if " " in first and not first.split()[-1].isupper() else first.split()[0]
    return f"{surname} et al."


def study_label(record: Record, comparison: bool = False) -> str:
    """A short label: the cited source for review rows, else author and year or the study id, and the group."""
    if record.cited:
        # The source as the review cites it, and which of its cohorts: "[40]" alone names nothing.
        return f"{record.cited} (cited in study {record.study_id}): {_short(record.group_label, 40)}"
    author = _first_author(record.authors)
    base = f"{author} {record.year}" if author and record.year else author or f"Study {record.study_id}"
    group = record.group_label
    if comparison and record.comparator:
        group = f"{group} vs {record.comparator}"
    return f"{base}: {_short(group, 48)}"


def _short(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _preference(record: Record) -> tuple:
    # Lower sorts first: adjusted (multivariate) estimates, curated rows, then the earliest row.
    return (record.analysis != "multivariate", record.status not in CURATED_STATUSES, record.result_id)


def _normal(cited: str) -> str:
    return re.sub(r"\W+", " ", cited.lower()).strip()


def build_dataset(records: Sequence[Record], query: Query) -> AnalysisDataset:
    """Apply the filters and the exclusion rules of the module docstring to candidate records."""
    excluded: list[Exclusion] = []

    def drop(record: Record, reason: str, kind: str, pooled_above: bool = False) -> None:
        excluded.append(Exclusion(study_label(record, query.is_ratio), record.result_id, reason, kind, pooled_above))

    kept: list[Record] = []
    unusable: list[tuple[Record, str, str]] = []
    for r in records:
        if query.unit != "any" and r.group_unit != query.unit:
            continue
        if query.modality and query.modality.lower() not in {m.lower() for m in r.modalities}:
            continue
        if query.group and query.group.lower() not in f"{r.group_label} {r.comparator or ''}".lower():
            continue
        if r.cited and not query.include_cited:
            drop(r, "cited result from a review (use --include-cited to pool it)", "cited")
        elif query.curated_only and r.status not in CURATED_STATUSES and r.curation_status != "verified":
            drop(r, f"not curated (row status {r.status})", "uncurated")
        elif r.value_op not in (None, "="):
            unusable.append((r, f"reported only as a bound ({r.value_op} {r.value:g})", "bound"))
        elif not query.is_ratio and not r.group_n:
            unusable.append((r, "no n for the group: events cannot be derived", "no_n"))
        elif query.is_ratio and (r.ci_low is None or r.ci_high is None):
            unusable.append((r, "no confidence interval: no standard error", "no_ci"))
        elif query.is_ratio and (r.ci_low <= 0 or not r.ci_low < r.ci_high):
            unusable.append((r, f"unusable confidence interval {r.ci_low:g}-{r.ci_high:g}", "no_ci"))
        else:
            kept.append(r)

    kept = _drop_repeats(kept, drop)
    kept = _one_per_study(kept, drop)
    # A subgroup that could not be used anyway is listed as a subgroup when its whole group is pooled.
    pooled = {(r.study_id, r.cited, _node(r)): r for r in kept}
    for r, reason, kind in unusable:
        above = next((pooled[(r.study_id, r.cited, a)] for a in r.ancestors if (r.study_id, r.cited, a) in pooled),
                     None)
        if above is not None:
            drop(r, f"subgroup of '{_short(above.group_label, 40)}', which is pooled", "subgroup", pooled_above=True)
        else:
            drop(r, reason, kind)

    studies = []
    for r in kept:
        events = None if query.is_ratio else int(np.floor(r.value / 100 * r.group_n + 0.5))
        studies.append(Study(
            label=study_label(r, query.is_ratio), result_id=r.result_id, study_id=r.study_id, group_label=r.group_label,
            n=r.group_n, value=r.value, events=events, ci_low=r.ci_low, ci_high=r.ci_high,
            ci_level=r.ci_level or 95.0, cited=r.cited, cancer=r.cancer, design=r.design,
            study_kind=r.study_kind, comparator=r.comparator))
    studies = _unique_labels(studies)
    notes = [] if query.is_ratio else [EVENTS_NOTE]
    if query.is_ratio:
        notes.append(f"log {query.measure.upper()} with SE = (log(ci_high) - log(ci_low)) / (2 z) from each CI")
        comparisons = {(s.group_label.lower(), (s.comparator or "").lower()) for s in studies}
        if len(comparisons) > 1:
            notes.append(f"these {query.measure.upper()}s compare different groups in different studies; "
                         "check that pooling them makes sense, or pick one comparison with --group")
    excluded.sort(key=lambda e: e.result_id)
    if not kept and records and excluded:
        reasons = "; ".join(sorted({e.reason for e in excluded}))
        raise PoolingError(f"{len(records)} results match {query.describe()} but none can be pooled: {reasons}")
    if not kept:
        raise PoolingError(f"no results match {query.describe()}")
    return AnalysisDataset(query, tuple(studies), tuple(excluded), tuple(notes))


def _drop_repeats(records: list[Record], drop) -> list[Record]:
    """The same cohort reported twice: keep one row per group and comparator, one per cited source."""
    by_group: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        by_group[(r.study_id, r.group, r.comparator_id)].append(r)
    kept = []
    for rows in by_group.values():
        rows.sort(key=_preference)
        kept.append(rows[0])
        for r in rows[1:]:
            drop(r, f"same group reported twice (result {rows[0].result_id} kept)", "repeat")
    kept.sort(key=lambda r: r.result_id)
    primary = {(r.group_n, r.value): r for r in kept if not r.cited}
    seen_cited: dict[tuple, Record] = {}
    out = []
    for r in kept:
        if r.cited:
            same = primary.get((r.group_n, r.value))
            if same is not None and same.study_id != r.study_id and r.group_n:
                drop(r, f"same n and value as study {same.study_id}: probably that study's cohort", "repeat")
                continue
            key = (_normal(r.cited), r.group_n, r.value)
            if key in seen_cited and seen_cited[key].study_id != r.study_id:
                drop(r, f"also cited in study {seen_cited[key].study_id}", "repeat")
                continue
            seen_cited.setdefault(key, r)
        out.append(r)
    return out


def _one_per_study(records: list[Record], drop) -> list[Record]:
    """No patient twice: drop subgroups of pooled groups; keep one of overlapping subgroups."""
    def source(r: Record) -> tuple:
        return (r.study_id, _normal(r.cited) if r.cited else None)

    nodes: dict[tuple, dict[int, Record]] = defaultdict(dict)
    for r in records:
        nodes[source(r)].setdefault(_node(r), r)

    out = []
    for members in nodes.values():
        kept = []
        for r in members.values():
            # The topmost group above it that has a row is the one pooled (nothing above it has a row).
            ancestor = next((members[a] for a in reversed(r.ancestors) if a in members), None)
            if ancestor is not None:
                drop(r, f"subgroup of '{_short(ancestor.group_label, 40)}', which is pooled", "subgroup",
                     pooled_above=True)
            else:
                kept.append(r)
        if len(kept) > 1 and any(r.parent_id is not None for r in kept):
            kept.sort(key=lambda r: (-(r.group_n or 0), r.result_id))
            for r in kept[1:]:
                drop(r, f"another subgroup of study {r.study_id} ('{_short(kept[0].group_label, 40)}' kept; "
                        "subgroups may share patients)", "subgroup")
            kept = kept[:1]
        out.extend(kept)
    out.sort(key=lambda r: (r.study_id, r.result_id))
    return out


def _unique_labels(studies: list[Study]) -> list[Study]:
    counts: dict[str, int] = defaultdict(int)
    for s in studies:
        counts[s.label] += 1
    seen: dict[str, int] = defaultdict(int)
    out = []
    for s in studies:
        if counts[s.label] > 1:
            seen[s.label] += 1
            s = replace(s, label=f"{s.label} [{seen[s.label]}]")
        out.append(s)
    return out
