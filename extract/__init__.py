"""Extraction: a paper (text, PDF, JATS or PubMed XML) -> the contract JSON (study, cohorts, arms, doses, results).

Data flows one way: ``reader`` (file -> :class:`~oncoev.extract.document.Document`), then
``normalize`` (clean text with an offset map), then the spaCy pipeline of ``pipeline``
(sentences, sections, citations, cohorts, results, tables, doses, study fields), then
``assemble`` (contract JSON with provenance). Where a number is parsed: ``mentions`` (numbers,
CIs, p values, time points, endpoint names), ``results`` (which number is which result),
``tables`` (flattened tables), ``doses`` (dose schedules), ``study`` (study fields).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any


def extract_path(path: str | Path) -> dict[str, Any]:
    """Read one paper from disk and return everything extracted from it (the contract JSON)."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_document

    return extract_document(read_document(path), source=Path(path).name)


def extract_paths(path: str | Path) -> Iterator[dict[str, Any]]:
    """Every paper in one file, extracted: one for a text, PDF or JATS file, one per citation of a
    PubMed XML file (streamed: a citation is read, extracted and handed on before the next)."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_documents

    for document in read_documents(path):
        yield extract_document(document, source=document.filename or Path(path).name)
