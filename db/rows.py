"""Rows of a study as the extraction contract spells them, and back.

The database points at groups by id (``cohort_id``, ``arm_id``); the contract, the review file
and the export point at them by the study's own key ("all", "central"). The loader, the
re-extraction merge, the review file and the export all convert through this module, so a
field added to a table is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, SQLModel, select

from oncoev.schema.contract import ArmIn, CohortIn, DoseIn, ResultIn, RowProvenance, StudyIn
from oncoev.schema.models import Arm, Cohort, DoseSchedule, OutcomeResult
from oncoev.schema.radiobiology import derive_bed10_eqd2

PROVENANCE_FIELDS = tuple(RowProvenance.model_fields)
CURATED = ("verified", "corrected")
"""Row statuses that mean a curator checked the row; an extractor never changes these rows."""
STUDY_FIELDS = tuple(f for f in StudyIn.model_fields if f != "provenance")
"""The study's own fields (the contract's study object); each keeps its state in field_provenance."""


@dataclass(frozen=True)
class Section:
    name: str  # the contract's list: cohorts, arms, doses, results
    model: type[SQLModel]
    contract: type[RowProvenance]
    group_fields: tuple[str, ...]  # contract fields that hold a group key
    identity: tuple[str, ...]  # what makes two rows "the same number" across extractions

    @property
    def table(self) -> str:
        return self.model.__tablename__

    @property
    def value_fields(self) -> tuple[str, ...]:
        return tuple(f for f in self.contract.model_fields if f not in PROVENANCE_FIELDS)


SECTIONS: dict[str, Section] = {s.name: s for s in (
    Section("cohorts", Cohort, CohortIn, ("parent",), ("key",)),
    Section("arms", Arm, ArmIn, ("cohort",), ("key",)),
    Section("doses", DoseSchedule, DoseIn, ("arm",), ("arm", "modality", "agent", "target", "cited")),
    Section("results", OutcomeResult, ResultIn, ("cohort", "comparator"),
            ("cohort", "endpoint", "site", "category", "grade", "measure", "timepoint_months", "analysis",
             "comparator", "cited")),
)}
BY_TABLE: dict[str, Section] = {s.table: s for s in SECTIONS.values()}


class Groups:
    """The study's cohort and arm keys, both ways."""

    def __init__(self, session: Session, study_id: int):
        self.cohorts: dict[str, Cohort] = {c.key: c for c in session.exec(
            select(Cohort).where(Cohort.study_id == study_id))}
        self.arms: dict[str, Arm] = {a.key: a for a in session.exec(select(Arm).where(Arm.study_id == study_id))}
        self._cohort_keys = {c.id: k for k, c in self.cohorts.items()}
        self._arm_keys = {a.id: k for k, a in self.arms.items()}

    @staticmethod
    def is_cohort(row: Cohort | Arm) -> bool:
        return isinstance(row, Cohort)

    def add(self, row: Cohort | Arm) -> None:
        if self.is_cohort(row):
            self.cohorts[row.key] = row
            self._cohort_keys[row.id] = row.key
        else:
            self.arms[row.key] = row
            self._arm_keys[row.id] = row.key

    def key(self, cohort_id: int | None, arm_id: int | None) -> str | None:
        if cohort_id is not None:
            return self._cohort_keys.get(cohort_id)
        if arm_id is not None:
            return self._arm_keys.get(arm_id)
        return None

    def ids(self, key: str | None) -> tuple[int | None, int | None]:
        """(cohort_id, arm_id) of the group ``key``; a cohort wins when both have the key."""
        if key is None:
            return None, None
        if key in self.cohorts:
            return self.cohorts[key].id, None
        if key in self.arms:
            return None, self.arms[key].id
        raise KeyError(key)

    def status(self, key: str) -> str | None:
        row = self.cohorts.get(key) or self.arms.get(key)
        return row.status if row is not None else None


def to_contract(section: Section, row: SQLModel, groups: Groups) -> dict[str, Any]:
    """The row's values as contract fields (group ids become keys); provenance not included."""
    out: dict[str, Any] = {}
    for name in section.value_fields:
        if section.name == "cohorts" and name == "parent":
            out[name] = groups.key(row.parent_id, None)
        elif section.name == "arms" and name == "cohort":
            out[name] = groups.key(row.cohort_id, None)
        elif section.name == "doses" and name == "arm":
            out[name] = groups.key(row.cohort_id, row.arm_id)
        elif section.name == "results" and name == "cohort":
            out[name] = groups.key(row.cohort_id, row.arm_id)
        elif section.name == "results" and name == "comparator":
            out[name] = groups.key(row.comparator_cohort_id, row.comparator_arm_id)
        else:
            out[name] = getattr(row, name)
    return out


def to_columns(section: Section, values: dict[str, Any], groups: Groups) -> dict[str, Any]:
    """Contract values as table columns (group keys become ids). Keys must exist in ``groups``."""
    out = {k: v for k, v in values.items() if k not in section.group_fields}
    if section.name == "cohorts" and "parent" in values:
        out["parent_id"] = groups.ids(values["parent"])[0]
    elif section.name == "arms" and "cohort" in values:
        out["cohort_id"] = groups.ids(values["cohort"])[0]
    elif section.name == "doses" and "arm" in values:
        out["cohort_id"], out["arm_id"] = groups.ids(values["arm"])
    elif section.name == "results":
        if "cohort" in values:
            out["cohort_id"], out["arm_id"] = groups.ids(values["cohort"])
        if "comparator" in values:
            out["comparator_cohort_id"], out["comparator_arm_id"] = groups.ids(values["comparator"])
    return out


def field_state(field_provenance: dict[str, Any] | None, name: str) -> str:
    """A study field's curation state: "verified" or "corrected" once a curator checked it, else "extracted"."""
    meta = (field_provenance or {}).get(name)
    status = meta.get("status") if isinstance(meta, dict) else None
    return status if status in CURATED else "extracted"


def derived_doses(values: dict[str, Any]) -> tuple[float | None, float | None]:
    """(BED10, EQD2) of a dose schedule given as contract values (None where they do not apply)."""
    return derive_bed10_eqd2(values["modality"], values["dose_unit"], values["total_dose"],
                             values["dose_per_fraction"], values["fractions"])


def identity(section: Section, values: dict[str, Any]) -> tuple:
    return tuple(values.get(f) for f in section.identity)


def study_rows(session: Session, section: Section, study_id: int) -> list[SQLModel]:
    model = section.model
    return list(session.exec(select(model).where(model.study_id == study_id).order_by(model.id)))


def snapshot(row: SQLModel) -> dict[str, Any]:
    """Every column of a row, JSON-ready, for the audit log's before / after."""
    data = row.model_dump()
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}
