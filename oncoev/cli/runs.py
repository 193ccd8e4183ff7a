"""What the commands that go over many papers share: the --jobs and --dask options, and progress on stderr.

Progress is for a person or a log watching a long run: papers done of all, papers per second, the
estimated time left and how many were refused so far. On a terminal it is a bar that disappears at
the end; otherwise (a batch job's log) one line every ``every`` seconds, and a last one at the end
of a run that printed any. Standard output keeps only the summary.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import click

jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(1), default=None,
    help="Worker processes that extract (default: this machine's cores). Each builds the pipeline once.")

dask_option = click.option(
    "--dask", "dask", metavar="ADDRESS|local", default=None,
    help="Extract on a Dask cluster: its scheduler (tcp://HOST:8786), whose workers see the papers at the same "
         "paths, or 'local' for a LocalCluster of --jobs workers on this machine.")


def default_jobs(jobs: int | None) -> int:
    from oncoev.extract.batch import cores

    return jobs if jobs is not None else cores()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """Counts papers as they are done and shows the pace on stderr."""

    def __init__(self, total: int, what: str, *, every: float | None = None,
                 clock: Callable[[], float] = time.monotonic):
        # A log gets a line every 30 s of a long run; a run of a few papers only if it is slow indeed.
        every = every if every is not None else 30.0 if total >= 100 else 120.0
        self.total, self.what, self.every, self.clock = total, what, every, clock
        self.done = self.refused = self.lines = 0
        self.started = self.shown = clock()
        self.bar = None
        if total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[pace]}"),
                                TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task(what, total=total, pace="")
            self.bar.start()

    def rate(self) -> float:
        elapsed = self.clock() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate()
        left = f", {_clock((self.total - self.done) / rate)} left" if rate and self.done < self.total else ""
        return (f"{self.what}: {self.done}/{self.total} papers, {rate:.1f} papers/s{left}, "
                f"{self.refused} refused")

    def advance(self, refused: bool = False) -> None:
        self.done += 1
        self.refused += refused
        if self.bar is not None:
            self.bar.update(self.task, advance=1, pace=f"{self.rate():.1f} papers/s, {self.refused} refused")
        elif self.clock() - self.shown >= self.every:
            self.shown = self.clock()
            self.lines += 1
            click.echo(self.line(), err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        if self.lines:
            click.echo(f"{self.line()}, {_clock(self.clock() - self.started)} in all", err=True)


class RunReport:
    """Tallies a run's papers by status, collects what to print after the summary, and writes
    ``--report FILE.jsonl`` (one line per paper) as the run goes."""

    def __init__(self, path: Path | None):
        self.file = path.open("w", encoding="utf-8") if path is not None else None
        self.statuses: Counter = Counter()
        self.failures: list[str] = []
        self.conflicts: list[str] = []

    def paper(self, paper: str, status: str, *, reason: str | None = None, study: int | None = None,
              counts: dict | None = None, seconds: float | None = None, store_seconds: float | None = None) -> None:
        self.statuses[status] += 1
        if status in ("refused", "error"):
            self.failures.append(f"{paper}: {reason}")
        if self.file is not None:
            line = {"paper": paper, "status": status, "reason": reason, "study": study, "counts": counts or {},
                    "seconds": None if seconds is None else round(seconds, 4)}
            if store_seconds is not None:
                line["store_seconds"] = round(store_seconds, 4)
            self.file.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.file.flush()

    def added(self, added) -> None:
        """One :class:`~oncoev.db.batch_add.Added`."""
        line = added.line()
        self.statuses[added.status] += 1
        if added.status == "refused":
            self.failures.append(f"{added.paper}: refused: {added.reason}")
        if added.report is not None:
            self.conflicts.extend(f"{added.paper}: {c.describe()}" for c in added.report.conflicts)
        if self.file is not None:
            self.file.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.file.flush()

    def stored(self, stored, *, paper: str | None = None, seconds: float | None = None) -> None:
        """One :class:`~oncoev.db.bulk.Stored`."""
        paper = paper or stored.source
        if stored.report is None:
            reason = str(stored.error)
            if reason.startswith(f"{stored.source}: "):
                reason = reason[len(stored.source) + 2:]
            self.paper(paper, "refused", reason=reason, seconds=seconds, store_seconds=stored.seconds)
            return
        report = stored.report
        self.conflicts.extend(f"{paper}: {c.describe()}" for c in report.conflicts)
        self.paper(paper, report.status, study=report.study_id, counts=report.counts,
                   seconds=seconds if seconds is not None else stored.seconds,
                   store_seconds=stored.seconds if seconds is not None else None)

    def summary(self, what: str) -> str:
        order = ("loaded", "re-extracted", "attached", "unchanged", "refused", "error")
        parts = [f"{self.statuses[s]} {s}" for s in order if self.statuses[s]]
        parts += [f"{n} {s}" for s, n in self.statuses.items() if s not in order]
        return f"{what}: {sum(self.statuses.values())} papers: " + (", ".join(parts) or "none")

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
