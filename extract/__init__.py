"""Extraction: a paper (text or PDF) -> the contract JSON (study, cohorts, arms, doses, results).

Data flows one way: ``reader`` (file -> :class:`~oncoev.extract.document.Document`), then
``normalize`` (clean text with an offset map), then the spaCy pipeline of ``pipeline``
(sentences, sections, citations, cohorts, results, tables, doses, study fields), then
``assemble`` (contract JSON with provenance). Where a number is parsed: ``mentions`` (numbers,
CIs, p values, time points, endpoint names), ``results`` (which number is which result),
``tables`` (flattened tables), ``doses`` (dose schedules), ``study`` (study fields).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def extract_path(path: str | Path) -> dict[str, Any]:
    """Read one paper from disk and return everything extracted from it (the contract JSON)."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_document

    return extract_document(read_document(path), source=Path(path).name)
