"""Where curation stands, and what happened to a study: for ``evidence status`` and ``evidence history``.

Plain functions over the database; the CLI prints what they return.

* :func:`curation_status`: one :class:`StudyState` per study, with its rows counted per status
  (cohorts, arms, dose schedules and outcome results together), its study fields checked by a
  curator against those filled in, and its last audit event.
* :func:`history`: a study's audit trail (``curation_events``) oldest first, each event with a
  one-line summary of what changed (:func:`summarize_change`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import PurePath
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from oncoev.db.rows import SECTIONS, STUDY_FIELDS, field_state
from oncoev.db.studies import resolve_study
from oncoev.errors import EvidenceError
from oncoev.schema.contract import shorten
from oncoev.schema.models import CURATION_STATUSES, ROW_STATUSES, CurationEvent, Document, Study

# Values longer than this are cut in a change summary (quotes, long labels).
VALUE_WIDTH = 40


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None


@dataclass
class StudyState:
    """Where curation of one study stands."""

    id: int
    title: str
    curation_status: str
    kind: str
    n_documents: int
    # Rows of cohorts, arms, dose_schedules and outcome_results per status, every status present.
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROW_STATUSES, 0))
    fields_checked: int = 0  # study fields a curator verified or corrected (field_provenance)
    fields_filled: int = 0  # study fields with a value
    last_event_at: datetime | None = None
    last_actor: str | None = None
    last_action: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_event_at"] = _iso(self.last_event_at)
        return data


@dataclass
class DocumentInfo:
    filename: str
    sha256: str
    extractor: str | None
    extractor_version: str | None
    ingested_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ingested_at": _iso(self.ingested_at)}


@dataclass
class StudySummary:
    """Who a study is, for the head of its history."""

    id: int
    title: str
    curation_status: str
    doi: str | None
    pmid: str | None
    documents: list[DocumentInfo] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "documents": [d.as_dict() for d in self.documents]}


@dataclass
class Event:
    """One audit-log entry with a human summary of its change."""

    id: int
    at: datetime
    actor: str
    action: str
    table_name: str
    row_id: int | None
    summary: str
    note: str | None
    before: Any = None
    after: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "at": _iso(self.at)}


def record_event(session: Session, study_id: int, table: str, row_id: int | None, action: str, actor: str, *,
                 before: Any = None, after: Any = None, note: Any = None) -> None:
    """Add one entry to the audit log (``curation_events``) in the caller's transaction."""
    session.add(CurationEvent(study_id=study_id, table_name=table, row_id=row_id, action=action, before=before,
                              after=after, actor=actor, note=str(note) if note is not None else None))


def curation_status(engine: Engine, state: str | None = None) -> list[StudyState]:
    """Every study's curation state, sorted by state (extracted, in_review, verified) then id.

    ``state`` keeps only the studies in that curation state.
    """
    if state is not None and state not in CURATION_STATUSES:
        raise EvidenceError(f"unknown curation state {state!r}; one of: {', '.join(CURATION_STATUSES)}")
    with Session(engine) as session:
        query = select(Study)
        if state is not None:
            query = query.where(Study.curation_status == state)
        studies = session.exec(query).all()
        if not studies:
            return []
        documents = dict(session.exec(select(Document.study_id, func.count()).group_by(Document.study_id)).all())
        rows: dict[int, dict[str, int]] = {}
        for table in (section.model for section in SECTIONS.values()):
            counted = session.exec(select(table.study_id, table.status, func.count())
                                   .group_by(table.study_id, table.status)).all()
            for study_id, status, n in counted:
                per_status = rows.setdefault(study_id, dict.fromkeys(ROW_STATUSES, 0))
                per_status[status] = per_status.get(status, 0) + n
        last = _last_events(session)
        states = []
        for study in studies:
            event = last.get(study.id)
            filled = [name for name in STUDY_FIELDS if getattr(study, name) is not None]
            states.append(StudyState(
                id=study.id, title=study.title, curation_status=study.curation_status, kind=study.kind,
                n_documents=documents.get(study.id, 0),
                rows=rows.get(study.id, dict.fromkeys(ROW_STATUSES, 0)),
                # Of the fields with a value: a curator confirming an empty field is not counted.
                fields_checked=sum(field_state(study.field_provenance, name) != "extracted" for name in filled),
                fields_filled=len(filled),
                last_event_at=event.at if event else None, last_actor=event.actor if event else None,
                last_action=event.action if event else None))
    order = {status: i for i, status in enumerate(CURATION_STATUSES)}
    return sorted(states, key=lambda s: (order.get(s.curation_status, len(order)), s.id))


def _last_events(session: Session) -> dict[int, CurationEvent]:
    """Each study's latest event (latest ``at``, then highest id)."""
    last: dict[int, CurationEvent] = {}
    for event in session.exec(select(CurationEvent).where(CurationEvent.study_id.is_not(None))
                              .order_by(CurationEvent.at, CurationEvent.id)).all():
        last[event.study_id] = event
    return last


def history(engine: Engine, study_ref: str, limit: int | None = None) -> tuple[StudySummary, list[Event]]:
    """The study ``study_ref`` names (id, DOI or PMID) and its audit events, oldest first.

    ``limit`` keeps the most recent ``limit`` events (still oldest first).
    Raises :class:`EvidenceError` for an unknown study.
    """
    if limit is not None and limit < 1:
        raise EvidenceError(f"limit must be at least 1, not {limit}")
    with Session(engine) as session:
        study = resolve_study(session, study_ref)
        documents = session.exec(select(Document).where(Document.study_id == study.id)
                                 .order_by(Document.ingested_at, Document.id)).all()
        summary = StudySummary(
            id=study.id, title=study.title, curation_status=study.curation_status, doi=study.doi, pmid=study.pmid,
            documents=[DocumentInfo(d.filename, d.sha256, d.extractor, d.extractor_version, d.ingested_at)
                       for d in documents])
        query = (select(CurationEvent).where(CurationEvent.study_id == study.id)
                 .order_by(CurationEvent.at.desc(), CurationEvent.id.desc()))
        if limit is not None:
            query = query.limit(limit)
        events = [Event(id=e.id, at=e.at, actor=e.actor, action=e.action, table_name=e.table_name, row_id=e.row_id,
                        summary=summarize_change(e.action, e.before, e.after), note=e.note, before=e.before,
                        after=e.after)
                  for e in session.exec(query).all()]
    return summary, events[::-1]


def summarize_change(action: str, before: Any, after: Any) -> str:
    """A short line saying what an event changed.

    * a load (or any summary with ``counts``): the source, the counts and the number of conflicts
      (see :func:`_load_summary`);
    * a list of rows on either side (a delete of many rows): ``"3 rows"``;
    * a row's fields: only the keys whose values differ, ``"value 43.0 -> 45.0, status extracted -> corrected"``;
      a key present on one side only reads ``"x: None -> 5"``;
    * a removed study (its whole export in ``before``): its title and rows.
    """
    if isinstance(before, list) or isinstance(after, list):
        return " -> ".join(_rows(side) for side in (before, after) if side is not None)
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    if action == "delete" and isinstance(before.get("study"), dict) and "document" in before:
        rows = ", ".join(f"{len(before.get(s) or [])} {s}" for s in ("cohorts", "arms", "doses", "results"))
        return f"removed study {shorten(str(before['study'].get('title')), 40)!r} ({rows}; kept here whole)"
    if action == "load" or isinstance(after.get("counts"), dict) or isinstance(before.get("counts"), dict):
        return _load_summary(after or before)
    parts = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key in before and key in after:
            parts.append(f"{key} {_value(old)} -> {_value(new)}")
        else:
            parts.append(f"{key}: {_value(old)} -> {_value(new)}")
    return ", ".join(parts)


def _rows(side: Any) -> str:
    if isinstance(side, list):
        return f"{len(side)} row{'' if len(side) == 1 else 's'}"
    return "1 row" if side else "nothing"


def _load_summary(data: dict[str, Any]) -> str:
    """``paper.pdf (oncoev-rules 0.3); 2 cohorts, 7 results; 1 conflict; as extracted``.

    A re-extraction or another document of the study says so first, and what it replaced or kept.
    """
    parts = []
    # The file's name is enough here; the whole path is in the event (`--json`).
    source = PurePath(str(data["source"])).name if data.get("source") else None
    version = " ".join(str(data[k]) for k in ("extractor", "extractor_version") if data.get(k) is not None)
    mode = data.get("mode") if data.get("mode") not in (None, "loaded") else None
    if source or version or mode:
        parts.append(" ".join(str(x) for x in (mode, source, f"({version})" if version else None) if x))
    for key, label in (("counts", ""), ("replaced", "replaced "), ("kept", "kept ")):
        counts = data.get(key)
        if isinstance(counts, dict) and (counts or key == "counts"):
            parts.append(label + (", ".join(f"{n} {name}" for name, n in counts.items()) or "nothing"))
    if "conflicts" in data:
        conflicts = data["conflicts"]
        n = len(conflicts) if isinstance(conflicts, (list, dict)) else int(conflicts or 0)
        parts.append(f"{n} conflict{'' if n == 1 else 's'}")
    if data.get("curation_status"):
        parts.append(f"as {data['curation_status']}")
    return "; ".join(parts)


def _value(value: Any) -> str:
    if value is None or isinstance(value, (bool, int, float)):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return shorten(text, VALUE_WIDTH)
