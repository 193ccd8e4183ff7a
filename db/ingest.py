"""Adding papers: read, extract and load one paper, the ``evidence add`` workflow as a library function.

:func:`add_paper` takes a paper (a path, or a :class:`~oncoev.extract.document.Document` already
read) and an engine, and returns a :class:`PaperReport`; it never raises for a bad paper, so that a
folder goes on past one. :func:`add_extraction` is its second half, for a caller that extracted
elsewhere (a worker process) and loads here. :func:`find_papers` expands folders.

This module lives in the database layer because it writes: extraction never imports the
database, and the database layer calls extraction, in the direction the data flows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oncoev.errors import EvidenceError
from oncoev.limits import Limits

if TYPE_CHECKING:  # `evidence add` lists its papers before it imports the database layer (see batch_add.start)
    from sqlalchemy import Engine

    from oncoev.db.load import LoadReport

DEFAULT_ACTOR = "evidence add"
# What a run reports per paper: the load's own statuses, or one of these.
REFUSED, SKIPPED, ERROR = "refused", "skipped", "error"


@dataclass
class PaperReport:
    """What happened to one paper."""

    paper: str  # the path as given, or the document's file name
    status: str  # loaded | unchanged | re-extracted | attached (see LoadReport) | refused | skipped | error
    load: LoadReport | None = None
    reason: str | None = None  # why it was refused, skipped or failed; without the paper's name
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """False when the paper was refused or failed (a skipped file is not a failure)."""
        return self.status not in (REFUSED, ERROR)

    def describe(self) -> str:
        return f"{self.paper}: {self.status}" + (f": {self.reason}" if self.reason else "")


def find_papers(paths: list[Path] | tuple[Path, ...], suffixes: tuple[str, ...] | None = None
                ) -> tuple[list[Path], list[PaperReport]]:
    """The papers to add, and a ``skipped`` report for every other file in the folders given.

    A file named on its own is a paper whatever its name (the reader decides by its content); a
    folder gives the files directly inside it whose suffix a reader handles. Hidden files are passed
    over. A folder with no paper at all is an error: it is almost always the wrong folder.
    """
    from oncoev.extract.reader import PAPER_SUFFIXES

    suffixes = suffixes or PAPER_SUFFIXES
    papers: list[Path] = []
    skipped: list[PaperReport] = []
    for path in map(Path, paths):
        if not path.is_dir():
            papers.append(path)
            continue
        found = []
        for entry in sorted(path.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.suffix.lower() in suffixes:
                found.append(entry)
            else:
                what = "a folder" if entry.is_dir() else f"not a paper ({', '.join(suffixes)})"
                skipped.append(PaperReport(str(entry), SKIPPED, reason=what))
        if not found:
            raise EvidenceError(f"{path}: no {' or '.join(suffixes)} papers in this folder")
        papers.extend(found)
    return papers, skipped


def add_paper(engine: Engine, paper: str | Path | Any, *, actor: str | None = None,
              as_document_of: str | int | None = None, limits: Limits | None = None) -> PaperReport:
    """Read, extract and load one paper in one transaction; never raises for a bad paper.

    ``paper`` is a path (a .txt or .pdf file) or a Document a reader produced. The report's status is
    the load's (``loaded``, ``unchanged``, ``re-extracted``, ``attached``), ``refused`` with the
    reason (unreadable, over a limit, no study content, invalid for the contract, a DOI already
    stored), or ``error`` for a fault of ours (the reason names it; please report it).
    """
    from oncoev.extract import extract_path, extract_read

    started = time.monotonic()
    name = str(paper) if isinstance(paper, (str, Path)) else (paper.filename or paper.sha256[:12])
    try:
        if isinstance(paper, (str, Path)):
            extraction = extract_path(paper, limits)
        else:
            extraction = extract_read(paper, limits)
    except Exception as e:  # noqa: BLE001  one paper's failure must not stop the others
        return _failed(name, e, started)
    return add_extraction(engine, extraction, name, actor=actor, as_document_of=as_document_of, started=started)


def add_papers(engine: Engine, path: str | Path, *, actor: str | None = None,
               as_document_of: str | int | None = None, limits: Limits | None = None) -> Iterator[PaperReport]:
    """Every paper in one file, each read, extracted and loaded in its own transaction: one for a text,
    PDF or JATS file, one per citation of a PubMed XML file (streamed). A file of a paper already
    stored (the same DOI, PMID or title) becomes another document of its study. Never raises for a bad
    paper: a file that cannot be read gives one ``refused`` report."""
    from oncoev.extract import extract_paths

    started = time.monotonic()
    path = Path(path)
    try:
        for extraction in extract_paths(path, limits):
            paper = str(path.parent / (extraction.get("source") or path.name))
            yield add_extraction(engine, extraction, paper, actor=actor, as_document_of=as_document_of,
                                 started=started, same_paper=True)
            started = time.monotonic()
    except Exception as e:  # noqa: BLE001  one file's failure must not stop the others
        yield _failed(str(path), e, started)


def add_extraction(engine: Engine, extraction: dict[str, Any], paper: str, *, actor: str | None = None,
                   as_document_of: str | int | None = None, started: float | None = None,
                   same_paper: bool = True) -> PaperReport:
    """Load what ``evidence extract`` made of ``paper`` (its name, for the report): the second half of
    :func:`add_paper`, for a caller that extracted in another process."""
    from oncoev.db.load import load_extraction

    started = time.monotonic() if started is None else started
    try:
        report = load_extraction(engine, extraction, source=paper, actor=actor or DEFAULT_ACTOR,
                                 as_document_of=as_document_of, same_paper=same_paper, require_content=True)
    except Exception as e:  # noqa: BLE001
        return _failed(paper, e, started)
    return PaperReport(paper, report.status, load=report, seconds=time.monotonic() - started)


def _failed(paper: str, error: Exception, started: float) -> PaperReport:
    if isinstance(error, EvidenceError):
        status, reason = REFUSED, _without_name(str(error), paper)
    elif isinstance(error, OSError):
        status, reason = REFUSED, f"cannot read the file: {error.strerror or error}"
    else:
        status, reason = ERROR, f"unexpected {type(error).__name__}: {error} (a fault of oncoev; please report it)"
    return PaperReport(paper, status, reason=reason, seconds=time.monotonic() - started)


def _without_name(message: str, paper: str) -> str:
    """The message without the paper's name in front: the report names the paper once."""
    for prefix in (paper, Path(paper).name):
        if message.startswith(f"{prefix}: "):
            return message[len(prefix) + 2:]
    return message
