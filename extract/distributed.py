"""Extraction on a Dask cluster (``dask.distributed``): one pipeline per worker, papers as tasks.

The client submits the papers as tasks (a bounded window of them at a time, so a million papers
never sit in the scheduler at once) and receives the outcomes in the papers' order, exactly as
:func:`oncoev.extract.batch.extract_parallel` yields them; the caller streams them into shards.

Workers read the papers by path: every worker must see them where the client does (a shared
file system, or the same copy of the corpus on every node), and must run the same oncoev, so
that the extractor version written into every extraction is the client's (checked at the start).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from oncoev.errors import EvidenceError
from oncoev.extract.batch import PaperOutcome, cores, extract_one, in_order, warm_up
from oncoev.extract.version import EXTRACTOR_VERSION


def worker_version() -> str:
    from oncoev.extract.version import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _plugin():
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Builds the extraction pipeline once on every worker, current and future, as it starts."""

        name = "oncoev-pipeline"

        def setup(self, worker) -> None:
            warm_up()

    return PipelinePlugin()


def connect(address: str, workers: int | None = None):
    """A client of the scheduler at ``address``, or of a new LocalCluster (``address`` "local") of
    ``workers`` single-threaded worker processes on this machine. The caller closes both."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - dask[distributed] is a dependency
        raise EvidenceError("--dask needs dask.distributed: pip install 'dask[distributed]'") from None
    if address == "local":
        # One thread per worker: the rules are pure Python, so threads would only share the GIL.
        cluster = LocalCluster(n_workers=workers or cores(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError) as e:
        raise EvidenceError(f"cannot reach the Dask scheduler at {address}: {e}; start one with "
                            "`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`") from None


def check_versions(client) -> int:
    """The number of workers; refuses workers whose extractor version differs from this machine's."""
    versions = client.run(worker_version)
    if not versions:
        raise EvidenceError("the Dask cluster has no workers yet; start some with `dask worker ADDRESS`")
    wrong = {w: v for w, v in versions.items() if v != EXTRACTOR_VERSION}
    if wrong:
        listed = ", ".join(f"{w} runs {v}" for w, v in sorted(wrong.items()))
        raise EvidenceError(f"Dask workers run another extractor than this machine ({EXTRACTOR_VERSION}): {listed}; "
                            "install the same oncoev on every worker")
    return len(versions)


def extract_on_dask(papers: list[Path], address: str, *, workers: int | None = None,
                    window: int | None = None, limits=None) -> Iterator[PaperOutcome]:
    """Extract ``papers`` on the Dask cluster at ``address`` ("local": a LocalCluster here), in order."""
    from distributed import KilledWorker

    client, cluster = connect(address, workers)
    try:
        client.register_plugin(_plugin())
        n = check_versions(client)
        threads = sum(client.nthreads().values()) or n
        # pure=False: a paper is read again if asked again (the file may have changed).
        submit = lambda paper: client.submit(extract_one, str(paper), limits, pure=False)  # noqa: E731
        for paper, future in in_order(submit, papers, window or 4 * threads):
            try:
                outcome = future.result()
            except KilledWorker:
                outcome = PaperOutcome(str(paper), "refused", reason="Dask workers died while reading this paper "
                                       "(out of memory, or a crash in the PDF library)")
            future.release()
            yield outcome
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
