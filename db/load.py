"""Load one extraction (the contract JSON) into the database, in one transaction.

Loading is idempotent by the document's sha256: the same file loaded twice adds nothing.
Every problem in the input is reported at once and nothing is written unless all of it
is valid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from oncoev.db.engine import retry_locked, write_session
from oncoev.db.merge import Conflict, MergeRefused, document_row, merge_extraction
from oncoev.db.studies import find_same_paper, resolve_study
from oncoev.errors import EvidenceError, LoadError
from oncoev.limits import LimitError, Limits, check_file_size, current, nesting_depth
from oncoev.schema.contract import Extraction, parse_extraction
from oncoev.schema.models import Document, Study

DEFAULT_ACTOR = "evidence load"


@dataclass
class LoadReport:
    source: str
    status: str  # "loaded" | "unchanged" | "re-extracted" | "attached"
    study_id: int
    counts: dict[str, int] = field(default_factory=dict)  # rows added, per contract section
    document_id: int | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    replaced: dict[str, int] = field(default_factory=dict)  # old unreviewed candidates replaced
    kept: dict[str, int] = field(default_factory=dict)  # new rows already stored, verified or rejected
    note: str | None = None


def read_json(path: str | Path, limits: Limits | None = None) -> Any:
    """Decode a JSON file, turning I/O and syntax errors into a :class:`LoadError`."""
    path = Path(path)
    limits = limits or current()
    try:
        check_file_size(path, limits)
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError(["file not found"], str(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise LoadError([f"cannot read the file: {e}"], str(path)) from None
    return parse_json(raw, str(path), limits)


def parse_json(raw: str, source: str, limits: Limits | None = None) -> Any:
    """Decode JSON text, turning syntax errors into a :class:`LoadError` naming line and column, and
    refusing nesting deeper than the ``json_depth`` limit (the contract needs five levels)."""
    limits = limits or current()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise LoadError([f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"], source) from None
    except RecursionError:
        data = None  # nested deeper than Python's decoder goes: far past any limit
        depth = limits.json_depth + 1
    else:
        depth = nesting_depth(data, limits.json_depth)
    if depth > limits.json_depth:
        raise LimitError(f"{source}: the JSON nests objects and lists more than {limits.json_depth} deep",
                         "json_depth", limits.json_depth)
    return data


def validate(data: Any, source: str | None = None) -> Extraction:
    """The validated extraction, or a :class:`LoadError` listing every problem."""
    ext, problems = parse_extraction(data)
    if problems or ext is None:
        raise LoadError(problems, source)
    return ext


def _study(ext: Extraction, source: str, status: str) -> Study:
    s = ext.study
    fields = s.model_dump(exclude={"provenance", "title"})
    provenance = dict(s.provenance or {})
    if status == "verified":
        # A curated file vouches for its study fields as well as its rows.
        for name, value in {**fields, "title": s.title}.items():
            meta = provenance.get(name) if isinstance(provenance.get(name), dict) else {}
            if value is not None and "status" not in meta:
                provenance[name] = {**meta, "status": "verified", "curator": ext.curation.curator}
    return Study(title=s.title or source, field_provenance=provenance or None, curation_status=status,
                 source=source, **fields)


def _same_extractor(doc: Document, ext: Extraction) -> bool:
    return (doc.extractor, doc.extractor_version) == (ext.extractor.name, ext.extractor.version)


def _duplicate_problems(session: Session, ext: Extraction, allowed_study: int | None) -> list[str]:
    problems = []
    for name in ("doi", "pmid"):
        value = getattr(ext.study, name)
        if value is None:
            continue
        found = session.exec(select(Study.id, Study.title).where(getattr(Study, name) == value)).first()
        if found and found[0] != allowed_study:
            hint = "" if allowed_study is not None else \
                f"; to add this file to that study as another of its documents, use --as-document-of {found[0]}"
            problems.append(f"study.{name}: {value} is already in the database as study {found[0]} "
                            f"({found[1]!r}){hint}")
    return problems


def has_study_content(extraction: dict[str, Any]) -> bool:
    """Whether the extraction found anything of a study: a result, a dose, an arm, a group with its
    size or its sentence, or the number of patients or lesions."""
    study = extraction.get("study") or {}
    return bool(extraction.get("results") or extraction.get("doses") or extraction.get("arms")
                or any(c.get("n") is not None or c.get("quote") for c in extraction.get("cohorts") or [])
                or study.get("n_patients") or study.get("n_lesions"))


def load_extraction(engine: Engine, data: Any, *, source: str | None = None, actor: str | None = None,
                    as_document_of: str | int | None = None, same_paper: bool = False,
                    require_content: bool = False) -> LoadReport:
    """Validate ``data`` and store it, all or nothing. Returns what was done.

    - A new paper becomes a new study; its rows are candidates (status ``extracted``) unless
      the data says they are curated.
    - The same file (sha256) read by the same extractor version again changes nothing.
    - The same file read by another extractor version is a re-extraction: the document's old
      unreviewed candidates are replaced by the new ones; rows a curator verified, corrected
      or rejected stay as they are, and new values that differ from verified ones are listed
      as conflicts (see :func:`oncoev.db.merge.merge_extraction`).
    - ``as_document_of`` (a study id, DOI or PMID) attaches the file to that study as another
      document; otherwise a DOI or PMID already stored is refused, unless ``same_paper``:
      then a file of a stored paper (same DOI, PMID or title: the PDF, text and XML of one
      paper) is attached to that paper's study (``evidence add`` does this).

    ``require_content`` (``evidence add``) refuses a paper that would be a new study with nothing of a
    study in it (:func:`has_study_content`); another document of a stored study needs none.

    ``source`` names the input in messages (the JSON file's path); the study records the
    name of the document it was read from (``source`` / ``document.filename`` in the data).
    """
    ext = validate(data, source)
    source = source or ext.source or ext.document.filename or ext.document.sha256[:12]
    read_from = ext.source or ext.document.filename or Path(source).name
    actor = actor or ext.curation.curator or DEFAULT_ACTOR

    content = not require_content or has_study_content(data)
    return retry_locked(lambda: _store(engine, ext, source, read_from, actor, as_document_of, same_paper, content))


def _store(engine: Engine, ext: Extraction, source: str, read_from: str, actor: str,
           as_document_of: str | int | None, same_paper: bool, content: bool = True) -> LoadReport:
    """One transaction that holds the write lock from its first read, so that two processes adding the
    same paper cannot both find it new."""
    with write_session(engine) as session:
        target: Study | None = None
        if as_document_of is not None:
            try:
                target = resolve_study(session, as_document_of)
            except EvidenceError as e:
                raise LoadError([f"--as-document-of: {e}"], source) from None
        existing = session.exec(select(Document).where(Document.sha256 == ext.document.sha256)).first()
        if same_paper and target is None and existing is None:
            try:
                target = find_same_paper(session, ext.study.doi, ext.study.pmid, ext.study.title,
                                         ext.study.year)
            except EvidenceError as e:
                raise LoadError([str(e)], source) from None
        if not content and existing is None and target is None:
            raise LoadError(["no study content found (no result, dose, group size or number of patients): "
                             "is it a paper?"], source)
        if existing is not None and target is not None and existing.study_id != target.id:
            raise LoadError([f"this file is already document {existing.id} of study {existing.study_id}; "
                             f"it cannot also be a document of study {target.id}"], source)
        if existing is not None and _same_extractor(existing, ext):
            return LoadReport(source, "unchanged", existing.study_id, document_id=existing.id,
                              note=f"already stored as document {existing.id} of study {existing.study_id}, "
                                   f"read by {ext.extractor.name} {ext.extractor.version}")
        problems = _duplicate_problems(session, ext, existing.study_id if existing else target.id if target else None)
        if problems:
            raise LoadError(problems, source)
        # Leaving the session without a commit rolls everything back, whatever went wrong.
        try:
            if existing is not None:
                study = session.get(Study, existing.study_id)
                mode = "re-extracted"
                document = existing
            elif target is not None:
                study, mode = target, "attached"
                document = document_row(ext.document, study.id, ext.extractor, read_from)
                session.add(document)
            else:
                study, mode = _study(ext, read_from, ext.curation.status), "loaded"
                session.add(study)
                session.flush()
                document = document_row(ext.document, study.id, ext.extractor, read_from)
                session.add(document)
            session.flush()
            outcome = merge_extraction(session, study, document, ext, mode=mode, actor=actor, source=source)
            study_id, document_id = study.id, document.id
            session.commit()
        except IntegrityError as e:
            raise LoadError([f"the database refused the data: {e.orig}"], source) from None
        except MergeRefused as e:
            raise LoadError(e.problems, source) from None
    return LoadReport(source, mode, study_id, outcome.added, document_id=document_id, conflicts=outcome.conflicts,
                      replaced=outcome.replaced, kept=outcome.kept)
