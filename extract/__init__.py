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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oncoev.extract.document import Document
    from oncoev.limits import Limits


def extract_path(path: str | Path, limits: Limits | None = None) -> dict[str, Any]:
    """Read one paper from disk and return everything extracted from it (the contract JSON).

    ``limits`` bound the reading (default: those in force, see :mod:`oncoev.limits`).
    """
    from oncoev.extract.reader import read_document

    return extract_read(read_document(path, limits), limits, source=Path(path).name)


def extract_read(document: Document, limits: Limits | None = None, source: str | None = None) -> dict[str, Any]:
    """The contract JSON of a document a reader produced, refused if its text is over the limit or its
    extraction takes more CPU time than ``extract_seconds`` (a text, a PDF's or an XML file's text alike)."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.pipeline import build_nlp
    from oncoev.extract.reader import check_document
    from oncoev.limits import LimitError, current, deadline

    limits = limits or current()
    check_document(document, limits)
    build_nlp()  # built once per process: the first paper's time is its own
    name = source or document.filename
    slow = LimitError(f"{name or 'input'}: extracting it takes more than {limits.extract_seconds:g} s of CPU time",
                      "extract_seconds", limits.extract_seconds)
    with deadline(limits.extract_seconds, slow):
        return extract_document(document, source=name)


def extract_paths(path: str | Path, limits: Limits | None = None) -> Iterator[dict[str, Any]]:
    """Every paper in one file, extracted: one for a text, PDF or JATS file, one per citation of a
    PubMed XML file (streamed: a citation is read, extracted and handed on before the next)."""
    from oncoev.extract.reader import read_documents

    for document in read_documents(path, limits):
        yield extract_read(document, limits, source=document.filename or Path(path).name)
