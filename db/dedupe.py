"""Removing a study, or merging a duplicate study into the one it repeats, with an audit event.

A paper stored twice (its PDF and its text, two files with different sha256 and no DOI to tell
they are one paper) makes two studies, and every analysis would count its patients twice.

- ``remove_study``: the study goes, with its documents and rows. One ``delete`` event keeps the
  whole study as it was, in the contract form ``evidence export`` writes (so ``evidence load``
  can bring it back from the event's ``before``). A study with curator-checked rows is only
  removed when asked with ``force``: merging keeps that work instead.
- ``merge_study``: the duplicate's documents become documents of the kept study, and its rows
  join it exactly as ``evidence load --as-document-of`` would join them (a row the kept study
  already holds is not added twice, curated statuses come along, disagreements with verified
  values are listed as conflicts); then the duplicate is gone. The kept study's audit trail
  gets the ``delete`` event (with the whole duplicate) and the ``load`` event of the merge.

Each is one transaction: all of it or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from oncoev.db.audit import record_event
from oncoev.db.export import export_data
from oncoev.db.load import validate
from oncoev.db.merge import Conflict, MergeRefused, document_row, merge_extraction
from oncoev.db.studies import resolve_study
from oncoev.errors import EvidenceError
from oncoev.schema.models import Arm, Cohort, DoseSchedule, OutcomeResult, Study

CURATED = ("verified", "corrected", "rejected")
ROW_TABLES = (Cohort, Arm, DoseSchedule, OutcomeResult)


@dataclass
class Removal:
    """What was removed (or merged): the study, its rows per table, and for a merge what joined."""

    study_id: int
    title: str
    rows: dict[str, int]
    documents: int
    into: int | None = None
    added: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"study": self.study_id, "title": self.title, "rows": self.rows, "documents": self.documents,
                "into": self.into, "added": self.added, "kept": self.kept,
                "conflicts": [c.describe() for c in self.conflicts]}


def _row_counts(session: Session, study_id: int, statuses: tuple[str, ...] | None = None) -> dict[str, int]:
    counts = {}
    for model in ROW_TABLES:
        query = select(func.count()).select_from(model).where(model.study_id == study_id)
        if statuses is not None:
            query = query.where(model.status.in_(statuses))
        counts[model.__tablename__] = session.exec(query).one()
    return counts


def _snapshot(session: Session, study: Study) -> tuple[dict[str, Any], int]:
    data = export_data(session, study)
    return data, 1 + len(data.get("attached_documents", []))


def remove_study(engine: Engine, ref: str | int, actor: str, note: str | None = None, force: bool = False) -> Removal:
    """Delete study ``ref`` (id, DOI or PMID) with its documents and rows; the audit event keeps it whole."""
    with Session(engine) as session:
        study = resolve_study(session, ref)
        curated = sum(_row_counts(session, study.id, CURATED).values())
        if curated and not force:
            raise EvidenceError(f"study {study.id} has {curated} rows a curator checked; to keep that work, merge it "
                                f"into the study it repeats (--into STUDY), or give --force to remove it anyway (the "
                                f"audit event keeps the whole study)")
        snapshot, documents = _snapshot(session, study)
        removal = Removal(study.id, study.title, _row_counts(session, study.id), documents)
        record_event(session, study.id, "studies", study.id, "delete", actor, before=snapshot,
                     note=note or f"study {study.id} removed")
        session.delete(study)   # the database cascades to its documents and rows
        session.commit()
    return removal


def merge_study(engine: Engine, duplicate: str | int, into: str | int, actor: str, note: str | None = None) -> Removal:
    """Move study ``duplicate``'s documents and rows into study ``into``, then delete ``duplicate``."""
    with Session(engine) as session:
        dup, keep = resolve_study(session, duplicate), resolve_study(session, into)
        if dup.id == keep.id:
            raise EvidenceError(f"study {dup.id} cannot be merged into itself")
        snapshot, documents = _snapshot(session, dup)
        why = note or f"study {dup.id} merged into study {keep.id} as a duplicate"
        ext = validate({**snapshot, "curation": {**snapshot["curation"], "note": why}}, f"study {dup.id}")
        removal = Removal(dup.id, dup.title, _row_counts(session, dup.id), documents, into=keep.id)
        record_event(session, keep.id, "studies", dup.id, "delete", actor, before=snapshot, note=why)
        session.delete(dup)
        session.flush()         # the duplicate's documents are gone before they join the kept study
        document = document_row(ext.document, keep.id, ext.extractor, ext.document.filename or ext.source or
                                f"study {dup.id}")
        session.add(document)
        session.flush()
        try:
            outcome = merge_extraction(session, keep, document, ext, mode="attached", actor=actor,
                                       source=f"study {dup.id}")
        except MergeRefused as e:
            raise EvidenceError(f"study {dup.id} cannot be merged into study {keep.id}: "
                                + "; ".join(e.problems)) from None
        removal.added, removal.kept, removal.conflicts = outcome.added, outcome.kept, outcome.conflicts
        session.commit()
    return removal
