"""Adding many papers at once: extraction on worker processes (or Dask), one batched writer storing.

:func:`add_papers` is ``evidence add --jobs N``: papers already stored by this extractor version are
answered at once without being read again (so a run that stopped can simply be started again);
the others are extracted by :func:`oncoev.extract.batch.extract_many` (workers that build the
pipeline once) and stored by one :class:`~oncoev.db.bulk.BatchWriter`, many papers per transaction.
It yields one :class:`Added` per paper as soon as its fate is known.

A head start (:func:`start`): `evidence add` of a few papers asks, before it imports the database layer
(SQLAlchemy, the models, the writer: half a second), which papers are stored already (with sqlite3) and
sets the extraction of the others going on one forked worker; the writer's imports then overlap the
extractor's (spaCy, the rules, the first paper: a second or more), which are what the wait is made of.
This module imports neither at the top for that reason. bench/bench_startup.py measures it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from oncoev.db.bulk import Stored
    from oncoev.extract.batch import PaperOutcome

DEFAULT_ACTOR = "evidence add"


@dataclass
class Added:
    """What became of one paper: its status (loaded, unchanged, re-extracted, attached, refused)."""

    paper: str  # the paper: its file, or for one citation of a PubMed file, its name beside the file
    status: str
    reason: str | None = None
    study_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float | None = None  # extracting it (None when it was not extracted)
    cpu_seconds: float | None = None  # the CPU time of extracting it
    store_seconds: float | None = None  # its share of storing its batch
    worker_peak_mb: float | None = None
    report: Any = None  # the LoadReport, when it was stored
    file: str | None = None  # the file it was read from (the paper itself, but for a PubMed file)

    def line(self) -> dict[str, Any]:
        """Its line of the run's report (``--report FILE.jsonl``)."""
        return {"paper": self.paper, "status": self.status, "reason": self.reason, "study": self.study_id,
                "counts": self.counts, "seconds": _round(self.seconds), "cpu_seconds": _round(self.cpu_seconds),
                "store_seconds": _round(self.store_seconds), "worker_peak_mb": self.worker_peak_mb}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def already_stored(database: Engine | str | Path, papers: list[Path]) -> dict[Path, tuple[int, int]]:
    """The papers whose file this extractor version already stored: paper -> (study id, document id).

    ``database`` is the engine or the database file; the question is put with sqlite3, so that it can be
    asked before SQLAlchemy is imported (see :func:`start`).
    """
    from oncoev.db.engine import plain_connection
    from oncoev.extract.batch import file_sha256
    from oncoev.extract.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

    path = Path(database.url.database if hasattr(database, "url") else database)
    shas = {p: file_sha256(p) for p in papers}
    wanted = sorted({s for s in shas.values() if s})
    found: dict[str, tuple[int, int]] = {}
    if wanted:
        with closing(plain_connection(path)) as connection:
            for start_at in range(0, len(wanted), 500):  # SQLite limits the variables of one statement
                chunk = wanted[start_at:start_at + 500]
                rows = connection.execute(
                    f"SELECT sha256, study_id, id FROM documents WHERE sha256 IN ({', '.join('?' * len(chunk))}) "
                    "AND extractor = ? AND extractor_version = ?", [*chunk, EXTRACTOR_NAME, EXTRACTOR_VERSION])
                found.update({sha: (study, doc) for sha, study, doc in rows})
    return {p: found[s] for p, s in shas.items() if s in found}


@dataclass
class Started:
    """What :func:`start` did: the papers already stored, and the extraction of the others."""

    stored: dict[Path, tuple[int, int]]
    outcomes: Iterable[PaperOutcome]

    def close(self) -> None:
        """Stop an extraction still running (a worker process of the head start, a pool) and reap its
        processes: for a caller that fails before it has read every outcome."""
        close = getattr(self.outcomes, "close", None)
        if close is not None:
            close()


def start(database: Engine | str | Path, papers: list[Path], *, jobs: int = 1, dask: str | None = None,
          as_document_of: str | int | None = None, limits: Any = None, head_start: bool = False) -> Started:
    """Find the papers already stored and set the extraction of the others going.

    With ``head_start`` (`evidence add`, before it imports the database layer), a few papers start at once
    on a worker process (:func:`oncoev.extract.batch.extract_ahead`), so that this process imports SQLAlchemy
    and the writer while they are read; otherwise extraction starts when the writer asks for it.
    """
    from oncoev.extract.batch import extract_ahead, extract_many

    stored = already_stored(database, papers) if as_document_of is None else {}
    todo = [p for p in papers if p not in stored]
    ahead = extract_ahead(todo, jobs=jobs, limits=limits) if head_start and dask is None else None
    if ahead is None:
        ahead = extract_many(todo, jobs=jobs, dask=dask, dask_workers=jobs, limits=limits)
    return Started(stored, ahead)


def _without_name(reason: str, paper: str) -> str:
    """The reason without the paper's name in front: the report names the paper once."""
    for prefix in (f"{paper}: ", f"{Path(paper).name}: "):
        reason = reason.removeprefix(prefix)
    return reason


def _stored(stored: Stored) -> Added:
    outcome = stored.extra
    common = {"seconds": outcome.seconds, "cpu_seconds": outcome.cpu_seconds, "store_seconds": stored.seconds,
              "worker_peak_mb": outcome.rss_mb, "file": outcome.paper}
    if stored.report is None:
        reason = str(stored.error)
        for prefix in (f"{stored.source}: ", f"{Path(stored.source).name}: "):
            reason = reason.removeprefix(prefix)
        return Added(stored.source, "refused", reason, **common)
    report = stored.report
    return Added(stored.source, report.status, study_id=report.study_id, counts=report.counts, report=report,
                 **common)


def add_papers(engine: Engine, papers: list[Path], *, jobs: int = 1, dask: str | None = None,
               actor: str | None = None, as_document_of: str | int | None = None, limits: Any = None,
               accept: Callable[[dict[str, Any]], str | None] | None = None, started: Started | None = None,
               **writer_options) -> Iterator[Added]:
    """Extract and store ``papers``; one :class:`Added` per paper, as each is decided.

    ``accept(extraction)`` may refuse an extraction before it is stored (it returns the reason).
    ``started`` is what :func:`start` did for these papers already, if it was called; it is closed when
    this generator ends, finished or not.
    """
    if started is None:
        started = start(engine, papers, jobs=jobs, dask=dask, as_document_of=as_document_of, limits=limits)
    try:
        yield from _add_started(engine, started, actor=actor, as_document_of=as_document_of, accept=accept,
                                **writer_options)
    finally:
        started.close()


def _add_started(engine: Engine, started: Started, *, actor: str | None, as_document_of: str | int | None,
                 accept: Callable[[dict[str, Any]], str | None] | None, **writer_options) -> Iterator[Added]:
    from oncoev.db.bulk import BatchWriter

    for paper, (study, _document) in started.stored.items():
        yield Added(str(paper), "unchanged", "already stored, read by this extractor version", study_id=study,
                    file=str(paper))
    # A file of a paper already stored (its PDF, text, XML: same DOI, PMID or title) joins that study.
    # A paper with nothing of a study in it is refused when it would be a new study (require_content).
    writer = BatchWriter(engine, actor=actor or DEFAULT_ACTOR, as_document_of=as_document_of, same_paper=True,
                         require_content=True, **writer_options)
    for outcome in started.outcomes:
        measured = {"seconds": outcome.seconds, "cpu_seconds": outcome.cpu_seconds, "worker_peak_mb": outcome.rss_mb,
                    "file": outcome.paper}
        if not outcome.extractions:
            yield Added(outcome.paper, "refused", _without_name(outcome.reason or "", outcome.paper), **measured)
            continue
        for extraction in outcome.extractions:  # one, or a PubMed file's citations
            source = outcome.source(extraction)
            reason = accept(extraction) if accept is not None else None
            if reason is not None:
                yield Added(source, "refused", reason, **measured)
                continue
            for stored in writer.add(extraction, source, extra=outcome):
                yield _stored(stored)
    for stored in writer.flush():
        yield _stored(stored)
