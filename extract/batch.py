"""Extracting many papers: in this process, on a pool of processes, or on Dask (``distributed.py``).

Every way yields one :class:`PaperOutcome` per paper, in the order the papers were given, so that
a run on two workers or on a cluster stores and writes exactly what a run in one process does.
A worker builds the pipeline once and then extracts paper after paper; a paper that cannot be
read, or on which a rule fails, is refused with its reason and the run goes on.

Nothing here imports spaCy or the database: the pipeline is built in the workers (or, for
``jobs=1``, on the first paper), and the outcomes go to whoever stores or writes them.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oncoev.errors import EvidenceError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# Fewer papers than this are extracted in this process: starting workers (each imports spaCy and builds
# the pipeline) costs more than it saves.
SERIAL_BELOW = 4
COUNTED = ("cohorts", "arms", "doses", "results")


def find_papers(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder gives the papers directly inside it (.txt, .pdf, .nxml, .xml, .xml.gz),
    sorted by name."""
    from oncoev.extract.reader import PAPER_SUFFIXES

    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAPER_SUFFIXES)
            if not found:
                raise EvidenceError(f"{path}: no papers (.txt, .pdf, .nxml, .xml, .xml.gz) in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out


def cores() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class PaperOutcome:
    """What extracting one file gave: its extractions (one per paper: a PubMed XML file holds many
    citations, any other file one paper), or why it was refused."""

    paper: str
    status: str  # "extracted" | "refused"
    extractions: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the CPU time it took (what a core-hour estimate counts; seconds include waiting)
    rss_mb: float | None = None  # the peak memory of the process that extracted it, after it did

    @property
    def extraction(self) -> dict[str, Any] | None:
        """The file's one extraction (the first of a PubMed file's); None when it was refused."""
        return self.extractions[0] if self.extractions else None

    def source(self, extraction: dict[str, Any]) -> str:
        """The name a paper of this file goes by: the file, or for one citation of many, beside it."""
        if len(self.extractions) == 1 or not extraction.get("source"):
            return self.paper
        return str(Path(self.paper).parent / extraction["source"])

    @property
    def counts(self) -> dict[str, int]:
        out = {k: sum(len(e.get(k) or []) for e in self.extractions) for k in COUNTED}
        if len(self.extractions) > 1:
            out["papers"] = len(self.extractions)
        return out if self.extractions else {}

    def report(self) -> dict[str, Any]:
        """The file's line of a run report (no extraction)."""
        return {"paper": self.paper, "status": self.status, "reason": self.reason, "counts": self.counts,
                "seconds": round(self.seconds, 4), "cpu_seconds": round(self.cpu_seconds, 4),
                "worker_peak_mb": self.rss_mb}


def peak_mb() -> float | None:
    """This process's peak resident memory so far, in MB (None where the system does not say)."""
    try:
        import resource
    except ImportError:  # not on a Unix
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux counts KiB


def extract_one(paper: str | Path, limits: Any = None) -> PaperOutcome:
    """Extract one file's papers under ``limits`` (:class:`oncoev.limits.Limits`; None: those in force);
    never raises for a bad paper or a failing rule (the outcome says why)."""
    from oncoev.extract import extract_paths

    start, cpu = time.perf_counter(), time.process_time()
    try:
        outcome = PaperOutcome(str(paper), "extracted", list(extract_paths(paper, limits)))
    except EvidenceError as e:
        outcome = PaperOutcome(str(paper), "refused", reason=str(e))
    except OSError as e:
        outcome = PaperOutcome(str(paper), "refused", reason=f"cannot read the file: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001  a rule that fails on one paper must not stop a run over thousands
        outcome = PaperOutcome(str(paper), "refused",
                               reason=f"the extractor failed on this paper: {type(e).__name__}: {e}")
    outcome.seconds = time.perf_counter() - start
    outcome.cpu_seconds = time.process_time() - cpu
    outcome.rss_mb = peak_mb()
    return outcome


WARM_UP_TEXT = ("Forty patients were treated with 50 Gy in 25 fractions. The 2-year overall survival was 61% "
                "(95% CI 45-75%, p = 0.02) and the median progression-free survival 14 months.")


def warm_up() -> None:
    """Build the pipeline and compile the patterns once, when a worker starts, so that the first
    paper's time is its own."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.document import Document

    extract_document(Document(text=WARM_UP_TEXT, filename="warm-up.txt"))


def warm_up_worker() -> None:
    """:func:`warm_up` in a process that is started to extract (a pool's worker, the head start's), with the
    garbage collector idle meanwhile.

    Importing spaCy and building the rules make objects by the hundred thousand and hardly any garbage, yet
    every 700 new objects start a collection, and the older generations are walked again and again: a tenth
    of the worker's start-up. What the start-up made lives as long as the worker, so it is then frozen
    (``gc.freeze``: left out of later collections, which then walk only what each paper makes). Not for
    the serial path, which may run in a long-lived process that would keep frozen garbage for good.

    spaCy is imported without its command line (:mod:`oncoev.extract.spacy_import`): the process is ours.
    """
    from oncoev.extract import spacy_import

    spacy_import.install()
    gc.disable()
    try:
        warm_up()
    finally:
        gc.freeze()
        gc.enable()


def in_order(submit: Callable[[Path], Any], papers: list[Path], window: int) -> Iterator[tuple[Path, Any]]:
    """(paper, future) in the papers' order, with at most ``window`` papers submitted ahead.

    The window keeps every worker busy while bounding what waits in memory: a long paper holds
    back the outcomes behind it, never the workers.
    """
    pending: deque[tuple[Path, Any]] = deque()
    queue = iter(papers)
    for paper in queue:
        pending.append((paper, submit(paper)))
        if len(pending) >= window:
            break
    while pending:
        paper, future = pending.popleft()
        yield paper, future
        nxt = next(queue, None)
        if nxt is not None:
            pending.append((nxt, submit(nxt)))


def extract_serial(papers: list[Path], limits: Any = None) -> Iterator[PaperOutcome]:
    if papers:
        warm_up()
    for paper in papers:
        yield extract_one(paper, limits)


def _pool(jobs: int) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean process, never a fork of a parent that holds a database
    # connection or a progress bar's thread; each imports the extractor and builds the pipeline once.
    from concurrent.futures import ProcessPoolExecutor  # here: `evidence add` of one paper has no pool

    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=warm_up_worker)


def extract_parallel(papers: list[Path], jobs: int, window: int | None = None,
                     task: Callable[[str], PaperOutcome] = extract_one) -> Iterator[PaperOutcome]:
    """Extract on ``jobs`` worker processes; outcomes in the papers' order.

    A worker that dies (killed for memory, a crash in a PDF library) breaks the pool: the papers
    that were in flight are then read again one at a time in a fresh worker, so that only the
    paper that kills its worker is refused.
    """
    from concurrent.futures.process import BrokenProcessPool

    window = window or 16 * jobs
    todo = list(papers)
    while todo:
        pool = _pool(jobs)
        done = 0
        try:
            # (the pool may break while a paper is submitted, not only while one is awaited: a worker that died
            # before the next submission makes the submission raise)
            for _paper, future in in_order(lambda p, pool=pool: pool.submit(task, str(p)), todo, window):
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    break
                done += 1
                yield outcome
        except BrokenProcessPool:
            pass
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if done == len(todo):
            return
        # The pool broke: the papers in flight are isolated, then the rest goes on in a new pool.
        in_flight, todo = todo[done:done + window], todo[done + window:]
        yield from _isolated(in_flight, task)


def _isolated(papers: list[Path], task: Callable[[str], PaperOutcome]) -> Iterator[PaperOutcome]:
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    try:
        for paper in papers:
            try:
                yield pool.submit(task, str(paper)).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _pool(1)
                yield PaperOutcome(str(paper), "refused", reason="the worker process died while reading this "
                                   "paper (out of memory, or a crash in the PDF library)")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_many(papers: list[Path], *, jobs: int = 1, dask: str | None = None, dask_workers: int | None = None,
                 limits: Any = None) -> Iterator[PaperOutcome]:
    """Extract every paper: in this process (``jobs=1``), on ``jobs`` processes, or on Dask
    (``dask`` is a scheduler address, or "local" for a LocalCluster of ``dask_workers`` on this machine).
    ``limits`` (set by `evidence --limit`) go with every paper to whichever process reads it."""
    if dask is not None:
        from oncoev.extract.distributed import extract_on_dask

        yield from extract_on_dask(papers, dask, workers=dask_workers or jobs, limits=limits)
    elif jobs <= 1 or len(papers) < SERIAL_BELOW:
        yield from extract_serial(papers, limits)
    else:
        yield from extract_parallel(papers, min(jobs, len(papers)), task=functools.partial(extract_one, limits=limits))


def extract_ahead(papers: list[Path], *, jobs: int, limits: Any = None) -> Ahead | None:
    """A few papers (fewer than :data:`SERIAL_BELOW`) sent at once to one forked worker process, for a caller
    with other work to do before it needs them: `evidence add` imports the database layer meanwhile
    (half a second, against a second or more for spaCy, the rules and the first paper). None when that
    would not pay or not be safe: one job asked for, no papers, enough of them for the pool of
    :func:`extract_parallel`, a process that has built the pipeline already (a test, a notebook: its next
    paper costs milliseconds), a process with threads (see :class:`Ahead`), or a system without ``fork``.
    """
    if jobs <= 1 or not papers or len(papers) >= SERIAL_BELOW or "oncoev.extract.pipeline" in sys.modules \
            or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return None
    return Ahead(papers, limits)


class Ahead:
    """The outcomes of ``papers``, read on one worker process forked when this object is made.

    Forked, not started from a forkserver like the pool's: the forkserver's own start (a new interpreter)
    would come first on the path that decides the wait. The caller forks before it imports the database
    layer or holds a connection, and with no thread of its own (a fork copies only the calling thread; a
    lock another thread held would stay held in the copy).

    Iterating yields one :class:`PaperOutcome` per paper, in the papers' order; a paper that kills the
    worker is read again alone, as :func:`extract_parallel` does. :meth:`close` (also when the iteration
    ends, or is abandoned) stops a worker still reading and reaps it: a caller that fails half-way neither
    waits for the extraction nor leaves a process behind. The worker ignores Ctrl-C (the caller gets it,
    and closes), and is a daemon, so that even an exit that skips :meth:`close` terminates it.
    """

    def __init__(self, papers: list[Path], limits: Any = None) -> None:
        context = multiprocessing.get_context("fork")
        self.papers = list(papers)
        self._received_all = False
        self._task = functools.partial(extract_one, limits=limits)
        self._receive, send = context.Pipe(duplex=False)
        for stream in (sys.stdout, sys.stderr):  # or the worker would write out a copy of what is buffered
            stream.flush()
        self.process = context.Process(target=_read_ahead, args=(self.papers, self._task, send),
                                       name="oncoev-extract-ahead", daemon=True)
        # Ctrl-C held back while forking: one arriving between the fork and multiprocessing's record of the child
        # would leave a worker that no exit handler stops or reaps; held, it comes right after, and the daemon
        # worker is then stopped and reaped at exit like any other
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") \
            else None
        try:
            self.process.start()
        finally:
            if held is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, held)
        send.close()  # the worker's end: once the worker is gone, a read here ends (EOFError), never waits

    def __iter__(self) -> Iterator[PaperOutcome]:
        try:
            for done in range(len(self.papers)):
                try:
                    outcome = self._receive.recv()
                except EOFError:  # the worker died (killed for memory, a crash in a PDF library)
                    self.close()
                    yield from _isolated(self.papers[done:], self._task)
                    return
                if done == len(self.papers) - 1:
                    self._received_all = True
                yield outcome
        finally:
            self.close()

    def close(self) -> None:
        """Stop the worker unless it has sent every outcome (it then exits by itself), and reap it.
        Closing again does nothing."""
        if not self._received_all and self.process.exitcode is None:
            self.process.terminate()
        self.process.join()
        self._receive.close()


def _read_ahead(papers: list[Path], task: Callable[[str], PaperOutcome], send) -> None:
    """:class:`Ahead`'s worker: build the pipeline, then send each paper's outcome."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the caller stops us
    try:
        warm_up_worker()  # as extract_serial: a paper's seconds are its own, not the pipeline's set-up
        for paper in papers:
            send.send(task(str(paper)))
    except BrokenPipeError:  # the caller is gone: nobody wants the rest
        pass
    finally:
        send.close()


def file_sha256(path: str | Path) -> str | None:
    """The sha256 a reader gives a paper's document (that of the file's bytes); None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


@dataclass
class IntoFolder:
    """What :func:`extract_into` did."""

    extracted: int = 0
    refused: list[PaperOutcome] = field(default_factory=list)


def pending(papers: list[Path], outdir: str | Path) -> list[Path]:
    """The papers of ``papers`` that ``outdir``'s report does not list as read, from the same file, by
    this extractor version: what a re-run still has to do."""
    from oncoev.extract.version import EXTRACTOR_VERSION
    from oncoev.schema.shards import done_papers

    done = done_papers(outdir)
    out = []
    for paper in papers:
        earlier = done.get(str(paper))
        if not (earlier and earlier.get("extractor_version") == EXTRACTOR_VERSION
                and earlier.get("sha256") == file_sha256(paper)):
            out.append(paper)
    return out


def extract_into(papers: list[Path], outdir: str | Path, *, jsonl: bool = False, shard_size: int = 1000,
                 jobs: int = 1, dask: str | None = None, limits: Any = None,
                 on_outcome: Callable[[PaperOutcome], None] | None = None) -> IntoFolder:
    """Extract ``papers`` into ``outdir`` (see :mod:`oncoev.schema.shards`); ``on_outcome`` sees each paper."""
    from oncoev.extract.version import EXTRACTOR_VERSION
    from oncoev.schema.shards import ShardWriter

    out = IntoFolder()
    with ShardWriter(outdir, jsonl=jsonl, shard_size=shard_size) as writer:
        for outcome in extract_many(papers, jobs=jobs, dask=dask, dask_workers=jobs, limits=limits):
            line = {**outcome.report(), "sha256": file_sha256(outcome.paper), "extractor_version": EXTRACTOR_VERSION}
            writer.write(outcome.paper, outcome.extractions or None, line)
            if outcome.extraction is None:
                out.refused.append(outcome)
            else:
                out.extracted += 1
            if on_outcome is not None:
                on_outcome(outcome)
    return out
