"""What the commands that go over many papers share: the --jobs and --dask options, and progress on stderr.

Progress is for a person or a log watching a long run: papers done of all, papers per second, the
estimated time left and how many were refused so far. On a terminal it is a bar that disappears at
the end; otherwise (a batch job's log) one line every ``every`` seconds. Standard output keeps
only the summary.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

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

    def __init__(self, total: int, what: str, *, every: float = 10.0, clock: Callable[[], float] = time.monotonic):
        self.total, self.what, self.every, self.clock = total, what, every, clock
        self.done = self.refused = 0
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
            click.echo(self.line(), err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        if self.total > 1:
            click.echo(f"{self.line()}, {_clock(self.clock() - self.started)} in all", err=True)
