"""Load one extraction (the contract JSON) into the database, in one transaction.

Loading is idempotent by the document's sha256: the same file loaded twice adds nothing.
Every problem in the input is reported at once and nothing is written unless all of it
is valid.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from oncoev.errors import LoadError
from oncoev.schema.contract import Extraction, RowProvenance, parse_extraction
from oncoev.schema.models import (
    Arm,
    Cohort,
    CurationEvent,
    Document,
    DoseSchedule,
    Endpoint,
    OutcomeResult,
    Study,
)
from oncoev.schema.radiobiology import derive_bed10_eqd2

DEFAULT_ACTOR = "evidence load"


@dataclass
class LoadReport:
    source: str
    status: str  # "loaded" | "unchanged"
    study_id: int
    counts: dict[str, int] = field(default_factory=dict)


def read_json(path: str | Path) -> Any:
    """Decode a JSON file, turning I/O and syntax errors into a :class:`LoadError`."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError(["file not found"], str(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise LoadError([f"cannot read the file: {e}"], str(path)) from None
    return parse_json(raw, str(path))


def parse_json(raw: str, source: str) -> Any:
    """Decode JSON text, turning syntax errors into a :class:`LoadError` naming line and column."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise LoadError([f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"], source) from None


def validate(data: Any, source: str | None = None) -> Extraction:
    """The validated extraction, or a :class:`LoadError` listing every problem."""
    ext, problems = parse_extraction(data)
    if problems or ext is None:
        raise LoadError(problems, source)
    return ext


def _page_of(page_starts: list[int] | None, char_start: int | None) -> int | None:
    """1-based page holding offset ``char_start``, from the offsets where pages start."""
    if char_start is None or not page_starts:
        return None
    return bisect.bisect_right(page_starts, char_start)


def _provenance(ext: Extraction, row: RowProvenance, document_id: int, status: str) -> dict[str, Any]:
    text = ext.document.text
    start, end = row.char_start, row.char_end
    if row.quote is not None and start is None and text is not None:
        # The first occurrence; extractors that know better send offsets.
        start = text.find(row.quote)
        end = start + len(row.quote)
    return {
        "document_id": document_id,
        "page": row.page if row.page is not None else _page_of(ext.document.page_starts, start),
        "char_start": start,
        "char_end": end,
        "quote": row.quote,
        "locator": row.locator,
        "extractor": ext.extractor.name,
        "extractor_version": ext.extractor.version,
        "pattern_id": row.pattern_id,
        "confidence": row.confidence,
        "status": status,
    }


def _study(ext: Extraction, source: str, status: str) -> Study:
    s = ext.study
    fields = s.model_dump(exclude={"provenance", "title"})
    return Study(title=s.title or source, field_provenance=s.provenance, curation_status=status,
                 source=source, **fields)


def _duplicate_problems(session: Session, ext: Extraction) -> list[str]:
    problems = []
    for name in ("doi", "pmid"):
        value = getattr(ext.study, name)
        if value is None:
            continue
        found = session.exec(select(Study.id, Study.title).where(getattr(Study, name) == value)).first()
        if found:
            problems.append(f"study.{name}: {value} is already in the database as study {found[0]} "
                            f"({found[1]!r}); a paper is loaded once")
    return problems


def load_extraction(engine: Engine, data: Any, *, source: str | None = None,
                    actor: str | None = None) -> LoadReport:
    """Validate ``data`` and store it, all or nothing. Returns what was done.

    ``source`` names the input in messages (the JSON file's path); the study records the
    name of the document it was read from (``source`` / ``document.filename`` in the data).
    """
    ext = validate(data, source)
    source = source or ext.source or ext.document.filename or ext.document.sha256[:12]
    read_from = ext.source or ext.document.filename or Path(source).name
    status = ext.curation.status
    row_status = "verified" if status == "verified" else "extracted"
    actor = actor or ext.curation.curator or DEFAULT_ACTOR

    with Session(engine) as session:
        existing = session.exec(select(Document).where(Document.sha256 == ext.document.sha256)).first()
        if existing is not None:
            return LoadReport(source, "unchanged", existing.study_id)
        problems = _duplicate_problems(session, ext)
        if problems:
            raise LoadError(problems, source)
        # Leaving the session without a commit rolls everything back, whatever went wrong.
        try:
            report = _insert(session, ext, source, read_from, status, row_status, actor)
            session.commit()
        except IntegrityError as e:
            raise LoadError([f"the database refused the data: {e.orig}"], source) from None
    return report


def _insert(session: Session, ext: Extraction, source: str, read_from: str, status: str, row_status: str,
            actor: str) -> LoadReport:
    study = _study(ext, read_from, status)
    session.add(study)
    session.flush()
    doc = Document(study_id=study.id, filename=ext.document.filename or read_from, sha256=ext.document.sha256,
                   media_type=ext.document.media_type, page_count=ext.document.pages, text=ext.document.text,
                   page_starts=ext.document.page_starts,
                   extractor=ext.extractor.name, extractor_version=ext.extractor.version)
    session.add(doc)
    session.flush()

    def prov(row: RowProvenance) -> dict[str, Any]:
        return _provenance(ext, row, doc.id, row_status)

    cohorts: dict[str, Cohort] = {}
    for c in ext.cohorts:
        cohort = Cohort(study_id=study.id, key=c.key, label=c.label, aliases=c.aliases, n=c.n, unit=c.unit,
                        cited=c.cited, **prov(c))
        session.add(cohort)
        cohorts[c.key] = cohort
    session.flush()
    for c in ext.cohorts:
        if c.parent is not None:
            cohorts[c.key].parent_id = cohorts[c.parent].id

    arms: dict[str, Arm] = {}
    for a in ext.arms:
        arm = Arm(study_id=study.id, key=a.key, label=a.label, aliases=a.aliases, n=a.n,
                  cohort_id=cohorts[a.cohort].id if a.cohort else None, description=a.description, **prov(a))
        session.add(arm)
        arms[a.key] = arm
    session.flush()

    def group(key: str) -> dict[str, int | None]:
        if key in cohorts:
            return {"cohort_id": cohorts[key].id, "arm_id": None}
        return {"cohort_id": None, "arm_id": arms[key].id}

    for d in ext.doses:
        fields = d.model_dump(exclude=set(RowProvenance.model_fields) | {"arm"})
        if fields["bed10"] is None and fields["eqd2"] is None:
            fields["bed10"], fields["eqd2"] = derive_bed10_eqd2(
                d.modality, d.dose_unit, d.total_dose, d.dose_per_fraction, d.fractions)
        session.add(DoseSchedule(study_id=study.id, **group(d.arm), **fields, **prov(d)))

    known = set(session.exec(select(Endpoint.code)).all())
    for r in ext.results:
        if r.endpoint not in known:
            session.add(Endpoint(code=r.endpoint, name=r.endpoint, kind="other",
                                 definition=f"Added when loading {read_from}; not in the shipped vocabulary."))
            known.add(r.endpoint)
    session.flush()
    for r in ext.results:
        fields = r.model_dump(exclude=set(RowProvenance.model_fields) | {"cohort", "comparator"})
        comparator = {"comparator_cohort_id": None, "comparator_arm_id": None}
        if r.comparator is not None:
            g = group(r.comparator)
            comparator = {"comparator_cohort_id": g["cohort_id"], "comparator_arm_id": g["arm_id"]}
        session.add(OutcomeResult(study_id=study.id, **group(r.cohort), **comparator, **fields, **prov(r)))
    session.flush()

    counts = {"cohorts": len(ext.cohorts), "arms": len(ext.arms), "doses": len(ext.doses),
              "results": len(ext.results)}
    session.add(CurationEvent(
        study_id=study.id, table_name="studies", row_id=study.id, action="load", actor=actor,
        note=ext.curation.note,
        after={"source": source, "sha256": ext.document.sha256, "extractor": ext.extractor.name,
               "extractor_version": ext.extractor.version, "curation_status": status, "counts": counts}))
    return LoadReport(source, "loaded", study.id, counts)
