"""Finding a study from what a curator types: its id, DOI or PMID."""

from __future__ import annotations

from sqlmodel import Session, select

from oncoev.errors import EvidenceError
from oncoev.schema.models import Study


def resolve_study(session: Session, ref: str | int) -> Study:
    """The study ``ref`` names: an id ("3"), a DOI ("10.1000/xyz", "doi:10.1000/xyz") or a PMID
    ("pmid:123", or digits that are no study id but a stored PMID).

    Raises :class:`EvidenceError` saying what was tried when nothing matches.
    """
    text = str(ref).strip()
    lowered = text.lower()
    if lowered.startswith("doi:"):
        return _one(session, Study.doi, text[4:].strip(), text)
    if lowered.startswith("pmid:"):
        return _one(session, Study.pmid, text[5:].strip(), text)
    if text.isdigit():
        study = session.get(Study, int(text))
        if study is not None:
            return study
        found = session.exec(select(Study).where(Study.pmid == text)).first()
        if found is not None:
            return found
        raise EvidenceError(f"no study {text} (no study has that id or PMID); `evidence status` lists them")
    if text.startswith("10."):
        return _one(session, Study.doi, text, text)
    raise EvidenceError(f"{text!r} is not a study id, DOI (10.xxxx/...) or PMID (pmid:NNN); "
                        "`evidence status` lists the studies")


def _one(session: Session, column, value: str, ref: str) -> Study:
    found = session.exec(select(Study).where(column == value)).first()
    if found is None:
        raise EvidenceError(f"no study with {ref}; `evidence status` lists the studies")
    return found
