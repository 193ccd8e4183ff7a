"""Finding a study from what a curator types: its id, DOI or PMID."""

from __future__ import annotations

import re
from typing import Optional

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


def _title_key(title: Optional[str]) -> Optional[str]:
    words = re.findall(r"[a-z0-9]+", (title or "").lower())
    return " ".join(words) if len(words) >= 6 else None


def find_same_paper(session: Session, doi: Optional[str], pmid: Optional[str], title: Optional[str],
                    year: Optional[int]) -> Optional[Study]:
    """The stored study this paper is, whatever file it came from: same DOI, else same PMID, else
    the same title (six words or more, compared as lower-case words) and no other year.

    A PDF, its text and its JATS XML are one paper; a text rarely prints its DOI, so the title
    links it to the XML's study. Raises :class:`EvidenceError` when the DOI and the PMID point at
    two different studies (the database holds a mistake a curator must settle first).
    """
    by_doi = session.exec(select(Study).where(Study.doi == doi)).first() if doi else None
    by_pmid = session.exec(select(Study).where(Study.pmid == pmid)).first() if pmid else None
    if by_doi is not None and by_pmid is not None and by_doi.id != by_pmid.id:
        raise EvidenceError(f"DOI {doi} is study {by_doi.id} but PMID {pmid} is study {by_pmid.id}; "
                            "settle which is right before adding this paper")
    if by_doi is not None or by_pmid is not None:
        return by_doi or by_pmid
    key = _title_key(title)
    if key is None:
        return None
    for study in session.exec(select(Study).where(Study.title.is_not(None))).all():
        if _title_key(study.title) == key and (year is None or study.year is None or study.year == year) \
                and not (doi and study.doi and doi != study.doi) and not (pmid and study.pmid and pmid != study.pmid):
            return study
    return None
