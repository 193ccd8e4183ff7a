"""Adding many papers at once: extraction on worker processes (or Dask), one batched writer storing.

:func:`add_papers` is ``evidence add --jobs N``: papers already stored by this extractor version are
answered at once without being read again (so a run that stopped can simply be started again);
the others are extracted by :func:`oncoev.extract.batch.extract_many` (workers that build the
pipeline once) and stored by one :class:`~oncoev.db.bulk.BatchWriter`, many papers per transaction.
It yields one :class:`Added` per paper as soon as its fate is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from oncoev.db.bulk import BatchWriter, Stored
from oncoev.schema.models import Document

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


def already_stored(engine: Engine, papers: list[Path]) -> dict[Path, tuple[int, int]]:
    """The papers whose file this extractor version already stored: paper -> (study id, document id)."""
    from oncoev.extract.batch import file_sha256
    from oncoev.extract.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

    shas = {p: file_sha256(p) for p in papers}
    wanted = sorted({s for s in shas.values() if s})
    found: dict[str, tuple[int, int]] = {}
    with engine.connect() as connection:
        for start in range(0, len(wanted), 500):
            rows = connection.execute(select(Document.sha256, Document.study_id, Document.id).where(
                Document.sha256.in_(wanted[start:start + 500]), Document.extractor == EXTRACTOR_NAME,
                Document.extractor_version == EXTRACTOR_VERSION))
            found.update({sha: (study, doc) for sha, study, doc in rows})
    return {p: found[s] for p, s in shas.items() if s in found}


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
               accept: Callable[[dict[str, Any]], str | None] | None = None, **writer_options) -> Iterator[Added]:
    """Extract and store ``papers``; one :class:`Added` per paper, as each is decided.

    ``accept(extraction)`` may refuse an extraction before it is stored (it returns the reason).
    """
    from oncoev.extract.batch import extract_many

    skip = already_stored(engine, papers) if as_document_of is None else {}
    for paper, (study, _document) in skip.items():
        yield Added(str(paper), "unchanged", "already stored, read by this extractor version", study_id=study,
                    file=str(paper))
    todo = [p for p in papers if p not in skip]
    # A file of a paper already stored (its PDF, text, XML: same DOI, PMID or title) joins that study.
    # A paper with nothing of a study in it is refused when it would be a new study (require_content).
    writer = BatchWriter(engine, actor=actor or DEFAULT_ACTOR, as_document_of=as_document_of, same_paper=True,
                         require_content=True, **writer_options)
    for outcome in extract_many(todo, jobs=jobs, dask=dask, dask_workers=jobs, limits=limits):
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
