"""SQLModel table models: the normalized evidence database.

Naming follows AACT (the ClinicalTrials.gov results database) where it has a word for the
thing: studies, cohorts (AACT: result_groups), outcome results, and an endpoint vocabulary.
Every row an extractor or a curator produces carries the same provenance columns
(:class:`Provenance`) so a number can be traced to its document, page, quote and rule.

The fixed domains below are enforced by CHECK constraints, not only by Python, so that SQL
written by hand (or by Datasette plugins) cannot store a 140 % survival rate either.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, CheckConstraint, Index, MetaData, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# Named constraints are required for Alembic batch mode on SQLite to alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata

# Fixed vocabularies. The CHECK constraints are generated from these tuples, and the loader
# quotes them in its error messages.
STUDY_KINDS = ("primary", "review")
DESIGNS = ("retrospective", "prospective", "phase1", "phase2", "phase3", "randomized", "registry",
           "review", "meta-analysis", "case-series")
CURATION_STATUSES = ("extracted", "in_review", "verified")
ROW_STATUSES = ("extracted", "verified", "corrected", "rejected")
COHORT_UNITS = ("patients", "lesions")
MODALITIES = ("ebrt", "brachytherapy", "sbrt", "srs", "chemotherapy", "targeted", "immunotherapy",
              "hormonal", "surgery", "ablation", "other")
DOSE_UNITS = ("Gy", "mg/m2", "mg/kg", "mg", "g/m2", "AUC")
DOSE_STATISTICS = ("fixed", "median", "mean", "range")
ENDPOINT_KINDS = ("time-to-event", "response", "toxicity", "pattern-of-failure", "other")
MEASURES = ("rate", "median", "mean", "hr", "or", "rr", "count", "proportion")
# "points" ... "cm": the units of a mean or median of a score or a measured quantity (migration 0009)
RESULT_UNITS = ("%", "months", "ratio", "n", "points", "kg", "days", "hours", "minutes", "mL", "cm")
OPERATORS = ("<", "<=", "=", ">=", ">")
ANALYSES = ("univariate", "multivariate")
CURATION_ACTIONS = ("load", "accept", "correct", "repoint", "reject", "add", "delete", "status")


# A row id, once used, names that row for good: the audit log refers to rows by id, so an id freed by
# a deleted candidate must not be given to a new row (SQLite's AUTOINCREMENT; without it a new row
# takes the largest id plus one, which a deletion may just have freed).
NEVER_REUSED_IDS = {"sqlite_autoincrement": True}


def _in(column: str, values: tuple[str, ...], nullable: bool = True) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({listed})"
    return f"{column} IS NULL OR {check}" if nullable else check


def _ordered(low: str, high: str) -> str:
    return f"{low} IS NULL OR {high} IS NULL OR {low} <= {high}"


def _positive(column: str) -> str:
    return f"{column} IS NULL OR {column} > 0"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Provenance(SQLModel):
    """Where a row came from. Shared by every extracted or curated row.

    Tables list it first among their bases and their own columns in a ``_<Name>Columns`` base,
    so that the provenance columns come last in the table (pydantic orders fields base-first),
    where someone browsing the table expects them.

    ``quote`` is an exact substring of the document text at ``char_start:char_end``.
    Curated rows typed from a paper we may not redistribute carry no quote but a
    ``locator`` ("Results, Table 2") naming where in the paper the number is.
    """

    document_id: Optional[int] = Field(
        default=None, foreign_key="documents.id", ondelete="SET NULL", index=True,
        description="Document the row was read from")
    page: Optional[int] = Field(default=None, description="1-based page of the quote")
    char_start: Optional[int] = Field(default=None, description="Offset of the quote in documents.text")
    char_end: Optional[int] = Field(default=None, description="End offset (exclusive) of the quote")
    quote: Optional[str] = Field(default=None, description="Exact text the row was read from")
    locator: Optional[str] = Field(default=None, description="Section or table, when no quote is stored")
    extractor: Optional[str] = Field(default=None, description="Extractor name, or 'curator'")
    extractor_version: Optional[str] = Field(default=None)
    pattern_id: Optional[str] = Field(default=None, description="Rule that produced the row")
    confidence: Optional[float] = Field(default=None)
    status: str = Field(default="extracted", description="extracted | verified | corrected | rejected")


def provenance_checks() -> list[CheckConstraint]:
    """CHECK constraints for the :class:`Provenance` columns (names are per table)."""
    return [
        CheckConstraint(_in("status", ROW_STATUSES, nullable=False), name="status"),
        CheckConstraint("confidence IS NULL OR (confidence >= 0 AND confidence <= 1)", name="confidence"),
        CheckConstraint(_ordered("char_start", "char_end"), name="char_span"),
        CheckConstraint("page IS NULL OR page >= 1", name="page"),
    ]


class Study(SQLModel, table=True):
    __tablename__ = "studies"
    __table_args__ = (
        CheckConstraint(_in("kind", STUDY_KINDS, nullable=False), name="kind"),
        CheckConstraint(_in("design", DESIGNS), name="design"),
        CheckConstraint(_in("curation_status", CURATION_STATUSES, nullable=False), name="curation_status"),
        CheckConstraint(_positive("n_patients"), name="n_patients"),
        CheckConstraint(_positive("n_lesions"), name="n_lesions"),
        CheckConstraint("year IS NULL OR (year >= 1900 AND year <= 2100)", name="year"),
        CheckConstraint("median_follow_up_months IS NULL OR median_follow_up_months >= 0",
                        name="median_follow_up_months"),
        # YYYY or YYYY-MM, as in the gold format.
        CheckConstraint("enrolment_start IS NULL OR enrolment_start GLOB '[12][0-9][0-9][0-9]' "
                        "OR enrolment_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]'", name="enrolment_start"),
        CheckConstraint("enrolment_end IS NULL OR enrolment_end GLOB '[12][0-9][0-9][0-9]' "
                        "OR enrolment_end GLOB '[12][0-9][0-9][0-9]-[01][0-9]'", name="enrolment_end"),
        CheckConstraint(_ordered("enrolment_start", "enrolment_end"), name="enrolment_order"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    authors: Optional[str] = None
    year: Optional[int] = None
    journal: Optional[str] = None
    doi: Optional[str] = Field(default=None, unique=True)
    pmid: Optional[str] = Field(default=None, unique=True)
    kind: str = "primary"
    design: Optional[str] = Field(default=None, index=True)
    cancer: Optional[str] = Field(default=None, index=True)
    population: Optional[str] = None
    n_patients: Optional[int] = None
    n_lesions: Optional[int] = None
    enrolment_start: Optional[str] = None
    enrolment_end: Optional[str] = None
    institution: Optional[str] = None
    country: Optional[str] = None
    median_follow_up_months: Optional[float] = None
    curation_status: str = Field(default="extracted", index=True)
    source: Optional[str] = Field(default=None, description="File name the study was first read from")
    # Study-level numbers keep their provenance too: {"n_patients": {"quote": ..., "char_start": ...}}
    field_provenance: Optional[dict[str, Any]] = Field(default=None, sa_type=JSON)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Document(SQLModel, table=True):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("page_count IS NULL OR page_count >= 1", name="page_count"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="studies.id", ondelete="CASCADE", index=True)
    filename: str
    sha256: str = Field(unique=True)
    media_type: str = "text/plain"
    page_count: Optional[int] = None
    text: Optional[str] = Field(default=None, description="Full extracted text quotes refer to")
    page_starts: Optional[list[int]] = Field(
        default=None, sa_type=JSON(none_as_null=True),
        description="Offset in text where each page starts (page 1 at 0)")
    unexplained: Optional[list[dict]] = Field(
        default=None, sa_type=JSON(none_as_null=True),
        description="Numbers of the abstract, results and tables that no extracted row and no known kind "
                    "(CI bound, p value, dose, sample size, date ...) accounts for: page, section, number, "
                    "offsets and context. NULL when the extractor did not say")
    extractor: Optional[str] = None
    extractor_version: Optional[str] = None
    ingested_at: datetime = Field(default_factory=utcnow)


class _CohortColumns(SQLModel):
    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="studies.id", ondelete="CASCADE", index=True)
    key: str = Field(description="The study's own key for the group ('all' is the whole population)")
    label: str
    aliases: Optional[list[str]] = Field(default=None, sa_type=JSON)
    n: Optional[int] = None
    unit: str = "patients"
    parent_id: Optional[int] = Field(
        default=None, foreign_key="cohorts.id", ondelete="SET NULL")
    cited: Optional[str] = Field(default=None, description="Cited study this cohort belongs to (reviews)")


class Cohort(Provenance, _CohortColumns, table=True):
    """A patient (or lesion) group that reported numbers belong to (AACT: result_groups)."""

    __tablename__ = "cohorts"
    __table_args__ = (
        UniqueConstraint("study_id", "key"),
        Index("ix_cohorts_study_status", "study_id", "status"),  # the curation queue (migration 0008)
        CheckConstraint(_positive("n"), name="n"),
        CheckConstraint(_in("unit", COHORT_UNITS, nullable=False), name="unit"),
        CheckConstraint("parent_id IS NULL OR parent_id != id", name="parent"),
        *provenance_checks(),
        NEVER_REUSED_IDS,
    )


class _ArmColumns(SQLModel):
    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="studies.id", ondelete="CASCADE", index=True)
    cohort_id: Optional[int] = Field(
        default=None, foreign_key="cohorts.id", ondelete="SET NULL", index=True)
    key: str
    label: str
    aliases: Optional[list[str]] = Field(default=None, sa_type=JSON)
    n: Optional[int] = None
    description: Optional[str] = None


class Arm(Provenance, _ArmColumns, table=True):
    """A treatment group as actually given (may coincide with a cohort)."""

    __tablename__ = "arms"
    __table_args__ = (
        UniqueConstraint("study_id", "key"),
        Index("ix_arms_study_status", "study_id", "status"),
        CheckConstraint(_positive("n"), name="n"),
        *provenance_checks(),
        NEVER_REUSED_IDS,
    )


class _DoseScheduleColumns(SQLModel):
    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="studies.id", ondelete="CASCADE", index=True)
    arm_id: Optional[int] = Field(default=None, foreign_key="arms.id", ondelete="CASCADE")
    cohort_id: Optional[int] = Field(
        default=None, foreign_key="cohorts.id", ondelete="CASCADE")
    modality: str = Field(index=True)
    target: Optional[str] = None
    agent: Optional[str] = Field(default=None, index=True)
    total_dose: Optional[float] = None
    total_dose_low: Optional[float] = None
    total_dose_high: Optional[float] = None
    dose_unit: Optional[str] = None
    dose_per_fraction: Optional[float] = None
    dose_per_fraction_low: Optional[float] = None
    dose_per_fraction_high: Optional[float] = None
    fractions: Optional[float] = None
    fractions_low: Optional[float] = None
    fractions_high: Optional[float] = None
    schedule: Optional[str] = None
    statistic: Optional[str] = None
    bed10: Optional[float] = Field(default=None, description="Biologically effective dose, alpha/beta = 10 Gy")
    eqd2: Optional[float] = Field(default=None, description="Equivalent dose in 2 Gy fractions, alpha/beta = 10 Gy")
    cited: Optional[str] = None


class DoseSchedule(Provenance, _DoseScheduleColumns, table=True):
    """One component of a treatment schedule (a radiation course or one drug)."""

    __tablename__ = "dose_schedules"
    __table_args__ = (
        Index("ix_dose_schedules_study_status", "study_id", "status"),
        CheckConstraint("(arm_id IS NULL) != (cohort_id IS NULL)", name="group"),
        CheckConstraint(_in("modality", MODALITIES, nullable=False), name="modality"),
        CheckConstraint(_in("dose_unit", DOSE_UNITS), name="dose_unit"),
        CheckConstraint(_in("statistic", DOSE_STATISTICS), name="statistic"),
        CheckConstraint(_ordered("total_dose_low", "total_dose_high"), name="total_dose_range"),
        CheckConstraint(_ordered("dose_per_fraction_low", "dose_per_fraction_high"), name="dose_per_fraction_range"),
        CheckConstraint(_ordered("fractions_low", "fractions_high"), name="fractions_range"),
        CheckConstraint(_positive("total_dose"), name="total_dose"),
        CheckConstraint(_positive("dose_per_fraction"), name="dose_per_fraction"),
        CheckConstraint(_positive("fractions"), name="fractions"),
        *provenance_checks(),
        NEVER_REUSED_IDS,
    )

class Endpoint(SQLModel, table=True):
    """The endpoint vocabulary (OS, PFS, LC, TOX, ...)."""

    __tablename__ = "endpoints"
    __table_args__ = (CheckConstraint(_in("kind", ENDPOINT_KINDS, nullable=False), name="kind"),)

    code: str = Field(primary_key=True)
    name: str
    kind: str = "other"
    definition: Optional[str] = None


class _OutcomeResultColumns(SQLModel):
    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="studies.id", ondelete="CASCADE", index=True)
    cohort_id: Optional[int] = Field(
        default=None, foreign_key="cohorts.id", ondelete="CASCADE", index=True)
    arm_id: Optional[int] = Field(
        default=None, foreign_key="arms.id", ondelete="CASCADE", index=True)
    endpoint: str = Field(foreign_key="endpoints.code")
    site: Optional[str] = Field(default=None, description="Where it was measured: primary, lymph node, an organ")
    category: Optional[str] = Field(default=None, description="Category within the endpoint: toxicity term, stage")
    grade: Optional[str] = Field(default=None, description="Toxicity grade as reported: '>=3', '3', '1-2'")
    measure: str
    timepoint_months: Optional[float] = None
    value: float
    value_op: Optional[str] = None
    unit: str
    ci_low: Optional[float] = None
    ci_high: Optional[float] = None
    ci_level: Optional[float] = None
    p_value: Optional[float] = None
    p_op: Optional[str] = None
    comparator_cohort_id: Optional[int] = Field(
        default=None, foreign_key="cohorts.id", ondelete="SET NULL")
    comparator_arm_id: Optional[int] = Field(
        default=None, foreign_key="arms.id", ondelete="SET NULL")
    analysis: Optional[str] = None
    cited: Optional[str] = Field(default=None, description="Cited study (reviews)")


class OutcomeResult(Provenance, _OutcomeResultColumns, table=True):
    """One reported number about an outcome, tied to one cohort or arm."""

    __tablename__ = "outcome_results"
    __table_args__ = (
        CheckConstraint("(cohort_id IS NULL) != (arm_id IS NULL)", name="group"),
        CheckConstraint(_in("measure", MEASURES, nullable=False), name="measure"),
        CheckConstraint(_in("unit", RESULT_UNITS, nullable=False), name="unit"),
        CheckConstraint("unit != '%' OR (value >= 0 AND value <= 100)", name="percent_value"),
        CheckConstraint("unit != '%' OR ((ci_low IS NULL OR ci_low >= 0) AND (ci_high IS NULL OR ci_high <= 100))",
                        name="percent_ci"),
        CheckConstraint("measure != 'rate' OR unit = '%'", name="rate_unit"),
        CheckConstraint("measure NOT IN ('hr', 'or', 'rr') OR (unit = 'ratio' AND value > 0)", name="ratio"),
        CheckConstraint("measure != 'count' OR (unit = 'n' AND value >= 0)", name="count"),
        CheckConstraint("(ci_low IS NULL) = (ci_high IS NULL)", name="ci_pair"),
        CheckConstraint(_ordered("ci_low", "ci_high"), name="ci_order"),
        CheckConstraint("ci_level IS NULL OR (ci_level > 0 AND ci_level < 100)", name="ci_level"),
        CheckConstraint("p_value IS NULL OR (p_value >= 0 AND p_value <= 1)", name="p_value"),
        CheckConstraint(_in("p_op", OPERATORS), name="p_op"),
        CheckConstraint(_in("value_op", OPERATORS), name="value_op"),
        CheckConstraint("timepoint_months IS NULL OR timepoint_months > 0", name="timepoint"),
        CheckConstraint(_in("analysis", ANALYSES), name="analysis"),
        # Migration 0008: the indexes behind the analyst views and the canned queries at a million results.
        Index("ix_outcome_results_compare", "endpoint", "measure", "timepoint_months", "value", "status", "study_id"),
        Index("ix_outcome_results_by_study", "endpoint", "measure", "study_id", "timepoint_months", "status"),
        Index("ix_outcome_results_ratios", "study_id", "endpoint", sqlite_where=text("measure IN ('hr', 'or', 'rr')")),
        Index("ix_outcome_results_study_status", "study_id", "status"),
        *provenance_checks(),
        NEVER_REUSED_IDS,
    )

class CurationEvent(SQLModel, table=True):
    """The audit log: every change a loader or a curator makes to a row."""

    __tablename__ = "curation_events"
    __table_args__ = (
        CheckConstraint(_in("action", CURATION_ACTIONS, nullable=False), name="action"),
        Index("ix_curation_events_row", "table_name", "row_id"),
        Index("ix_curation_events_study_at", "study_id", "at", "id"),  # each study's last event (migration 0008)
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: Optional[int] = Field(
        default=None, foreign_key="studies.id", ondelete="SET NULL", index=True)
    table_name: str
    row_id: Optional[int] = None
    action: str
    before: Optional[dict[str, Any]] = Field(default=None, sa_type=JSON)
    after: Optional[dict[str, Any]] = Field(default=None, sa_type=JSON)
    actor: str
    note: Optional[str] = None
    at: datetime = Field(default_factory=utcnow)


TABLES: tuple[type[SQLModel], ...] = (Study, Document, Cohort, Arm, DoseSchedule, Endpoint, OutcomeResult,
                                      CurationEvent)
