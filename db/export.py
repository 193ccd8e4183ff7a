"""A study as one extraction-contract JSON object, curated state included.

``evidence export STUDY`` writes it and ``evidence load`` reads it back into another database
with the same rows, statuses, quotes and offsets: the way to move or back up curated work.
The audit log stays with the database it was written in.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from oncoev import __version__
from oncoev.db.rows import SECTIONS, STUDY_FIELDS, Groups, study_rows, to_contract
from oncoev.db.studies import resolve_study
from oncoev.errors import EvidenceError
from oncoev.schema.models import Document, Study

ROW_PROVENANCE = ("quote", "page", "char_start", "char_end", "locator", "pattern_id", "confidence", "status")


def _document(doc: Document) -> dict[str, Any]:
    out = {"sha256": doc.sha256, "media_type": doc.media_type, "pages": doc.page_count, "text": doc.text,
           "filename": doc.filename, "page_starts": doc.page_starts}
    return {k: v for k, v in out.items() if v is not None}


def export_data(session: Session, study: Study) -> dict[str, Any]:
    documents = list(session.exec(select(Document).where(Document.study_id == study.id).order_by(Document.id)))
    if not documents:
        # Only hand-made databases have a study without a document; load needs one.
        raise EvidenceError(f"study {study.id} has no document to export")
    main = documents[0]
    sha = {d.id: d.sha256 for d in documents}
    groups = Groups(session, study.id)
    fields = {name: getattr(study, name) for name in STUDY_FIELDS}
    data: dict[str, Any] = {
        "source": study.source,
        "document": _document(main),
        "attached_documents": [_document(d) for d in documents[1:]],
        "extractor": {"name": main.extractor or "unknown", "version": main.extractor_version},
        "curation": {"status": study.curation_status,
                     "note": f"exported from study {study.id} by oncoev {__version__}"},
        "study": {**{k: v for k, v in fields.items() if v is not None}, "provenance": study.field_provenance},
    }
    for section in SECTIONS.values():
        rows = []
        for row in study_rows(session, section, study.id):
            out = {k: v for k, v in to_contract(section, row, groups).items() if v is not None}
            out.update({k: getattr(row, k) for k in ROW_PROVENANCE if getattr(row, k) is not None})
            if (row.extractor, row.extractor_version) != (main.extractor, main.extractor_version):
                out["extractor"], out["extractor_version"] = row.extractor, row.extractor_version
            if row.document_id is not None and row.document_id != main.id:
                out["document_sha256"] = sha[row.document_id]
            rows.append(out)
        data[section.name] = rows
    if any(d.unexplained is not None for d in documents):
        data["unexplained"] = [{**item, **({"document_sha256": d.sha256} if d is not main else {})}
                               for d in documents for item in d.unexplained or []]
    return data


def export_study(engine: Engine, ref: str | int) -> dict[str, Any]:
    """The study ``ref`` (id, DOI or PMID) as an extraction-contract object."""
    with Session(engine) as session:
        return export_data(session, resolve_study(session, ref))
