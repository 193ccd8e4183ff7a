"""Apply a curator's review file: check all of it, then change the database in one transaction.

:mod:`oncoev.db.review_check` reads the whole file first and lists every problem with its line.
Applying marks rows verified / corrected / rejected, inserts the rows the curator added, and
writes one ``curation_events`` row per change with the values before and after and the
curator's name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from oncoev import __version__
from oncoev.db.audit import record_event
from oncoev.db.engine import retry_locked, write_session
from oncoev.db.review import ReviewFile, read_review
from oncoev.db.review_check import STATUS_AFTER, Change, ReviewChecker
from oncoev.db.rows import SECTIONS, STUDY_FIELDS, Groups, derived_doses, field_state, study_rows, to_columns
from oncoev.errors import ReviewError
from oncoev.schema.models import CurationEvent, Study, utcnow


@dataclass
class ApplyReport:
    study_id: int
    counts: dict[str, int] = field(default_factory=dict)  # changes per action
    status_before: str = ""
    status_after: str = ""


def _curator_provenance(change: Change) -> dict[str, Any]:
    q = change.quote
    return {"document_id": q.document_id, "page": q.page, "char_start": q.start, "char_end": q.end, "quote": q.text,
            "locator": change.locator, "extractor": "curator", "extractor_version": __version__,
            "pattern_id": "curator", "status": "verified"}


def _apply_rows(session: Session, study: Study, changes: dict[str, list[Change]], actor: str) -> Counter:
    groups = Groups(session, study.id)
    counts: Counter = Counter()
    # New groups first, without their links: an added cohort may be the parent of another.
    for name in ("cohorts", "arms"):
        section = SECTIONS[name]
        link = section.group_fields[0]
        for c in changes[name]:
            if c.action == "add":
                row = section.model(study_id=study.id, **to_columns(section, {**c.after, link: None}, groups),
                                    **_curator_provenance(c))
                session.add(row)
                session.flush()
                groups.add(row)
                c.row_id = row.id
    for name, section in SECTIONS.items():
        # One query per table: session.get would reload each row (the validator's are gone).
        stored = {r.id: r for r in study_rows(session, section, study.id)}
        for c in changes[name]:
            if c.action == "add" and name in ("cohorts", "arms"):
                row = stored[c.row_id]
                for k, v in to_columns(section, {section.group_fields[0]: c.after[section.group_fields[0]]},
                                       groups).items():
                    setattr(row, k, v)
            elif c.action == "add":
                values = dict(c.after)
                if name == "doses" and values["bed10"] is None and values["eqd2"] is None:
                    values["bed10"], values["eqd2"] = derived_doses(values)
                    c.after = values
                row = section.model(study_id=study.id, **to_columns(section, values, groups),
                                    **_curator_provenance(c))
                session.add(row)
                session.flush()
                c.row_id = row.id
            else:
                row = stored[c.row_id]
                if c.action in ("correct", "repoint"):
                    values = dict(c.after)
                    if name == "doses" and values["bed10"] == c.before["bed10"] and values["eqd2"] == c.before["eqd2"]:
                        # The curator changed the dose, not the derived figures: derive them again.
                        values["bed10"], values["eqd2"] = derived_doses(values)
                        c.after = values
                    for k, v in to_columns(section, values, groups).items():
                        setattr(row, k, v)
                    if c.quote is not None:
                        q = c.quote
                        row.document_id, row.page, row.char_start, row.char_end, row.quote = (
                            q.document_id, q.page, q.start, q.end, q.text)
                    if c.locator_edited:
                        row.locator = c.locator
                row.status = STATUS_AFTER[c.action]
            before = None if c.before is None else {**c.before, "status": c.old_status}
            after = {**c.after, "status": STATUS_AFTER[c.action]}
            if c.quote is not None:
                after["quote"] = c.quote.text
            record_event(session, study.id, section.table, c.row_id, c.action, actor, before=before, after=after,
                         note=c.entry.get("note"))
            counts[c.action] += 1
    return counts


def _apply_study_fields(session: Session, study: Study, changes: list[Change], actor: str) -> Counter:
    counts: Counter = Counter()
    provenance = dict(study.field_provenance or {})
    for c in changes:
        state = "verified" if c.action == "accept" else "corrected"
        setattr(study, c.field, c.after["value"])
        meta = dict(provenance.get(c.field) or {})
        if c.quote is not None:
            meta.update(quote=c.quote.text, char_start=c.quote.start, char_end=c.quote.end, page=c.quote.page,
                        document_id=c.quote.document_id)
        meta.update(status=state, curator=actor)
        provenance[c.field] = meta
        record_event(session, study.id, "studies", study.id, c.action, actor, before={"field": c.field, **c.before},
                     after={"field": c.field, "value": c.after["value"], "state": state}, note=c.entry.get("note"))
        counts[c.action] += 1
    study.field_provenance = provenance
    return counts


def curation_state(session: Session, study: Study) -> str:
    """verified when no row waits for a curator and every reported study field was checked."""
    pending = any(r.status == "extracted" for section in SECTIONS.values()
                  for r in study_rows(session, section, study.id))
    unchecked = [name for name in STUDY_FIELDS if getattr(study, name) is not None
                 and field_state(study.field_provenance, name) == "extracted"]
    if not pending and not unchecked:
        return "verified"
    reviewed = session.exec(select(CurationEvent.id).where(
        CurationEvent.study_id == study.id, CurationEvent.action.in_(tuple(STATUS_AFTER)))).first()
    return "in_review" if reviewed is not None else "extracted"


def apply_review(engine: Engine, text: str, source: str, actor: str | None, *, dry_run: bool = False) -> ApplyReport:
    """Validate the review file ``text`` and apply it in one transaction; :class:`ReviewError` lists
    every problem (with its line) and nothing is changed. ``dry_run`` reports without writing."""
    if not actor or not actor.strip():
        raise ReviewError(["say who you are: --actor NAME or the EVIDENCE_ACTOR environment variable; the "
                           "audit log records the curator of every change"], source)
    review = read_review(text, source)
    return retry_locked(lambda: _apply(engine, review, source, actor, dry_run))


def _apply(engine: Engine, review: ReviewFile, source: str, actor: str, dry_run: bool) -> ApplyReport:
    """One transaction holding the write lock from its first read: the file is checked against the
    study as it is when the change is written, not as it was before another curator's apply."""
    with write_session(engine) as session:
        study, study_changes, changes = ReviewChecker(session, review).run()
        before = study.curation_status
        try:
            counts = _apply_study_fields(session, study, study_changes, actor) + \
                _apply_rows(session, study, changes, actor)
            session.flush()
        except IntegrityError as e:
            # Validation should have caught it; if not, say so plainly. Nothing was committed.
            raise ReviewError([f"the database refused the changes: {e.orig}"], source) from None
        after = curation_state(session, study)
        if after != before:
            record_event(session, study.id, "studies", study.id, "status", actor, before={"curation_status": before},
                         after={"curation_status": after}, note=f"applied {source}")
            study.curation_status = after
        study.updated_at = utcnow()
        report = ApplyReport(study.id, dict(counts), before, after)
        if not dry_run:
            session.commit()
    return report
