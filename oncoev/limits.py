"""How much work one input may cause: the limits every reader checks before it spends time or memory.

A paper, an extraction file or a review file comes from outside and may be hostile (a PDF whose few
kilobytes expand to gigabytes, a text of 50 MB on one line, a YAML alias bomb, JSON nested 200,000
deep). Each reader checks the limit that concerns it and refuses with a :class:`LimitError` that
names the limit and how to raise it. The defaults are far above any real paper; a user who needs
more sets ``EVIDENCE_LIMIT_<NAME>`` (``EVIDENCE_LIMIT_PDF_PAGES=2000``) or ``evidence --limit
pdf_pages=2000``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from oncoev.errors import EvidenceError

ENV_PREFIX = "EVIDENCE_LIMIT_"


@dataclass(frozen=True)
class Limits:
    """The limits, each with its default. Sizes are in MB (10^6 bytes), times in seconds."""

    file_mb: float = 200.0  # size of one input file on disk
    text_chars: int = 2_000_000  # characters of text one paper may hold (a long review has 300,000)
    pdf_pages: int = 1_000  # pages of one PDF
    page_chars: int = 100_000  # characters on one PDF page (a dense page of small print has 10,000)
    page_seconds: float = 3.0  # CPU time to read one PDF page (the slowest page of our real PDFs takes 1.5 s)
    # CPU time to extract one paper once read, whatever its format (a 300,000-character review takes 7 s,
    # 2,000,000 characters about 40 s); 0 for none
    extract_seconds: float = 120.0
    expanded_mb: float = 32.0  # one PDF page's content streams once decompressed
    yaml_aliases: int = 0  # YAML aliases (*name) in a review file; `evidence review` writes none
    yaml_nodes: int = 2_000_000  # values in a review file, every alias counted where it is used
    json_depth: int = 64  # nesting of objects and lists in a JSON or YAML file (the contract needs 5)

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, overrides: Mapping[str, str] | None = None) -> Limits:
        """The defaults, changed by ``EVIDENCE_LIMIT_<NAME>`` variables, then by ``overrides`` (NAME -> text)."""
        environ = os.environ if environ is None else environ
        given = {f.name: environ[ENV_PREFIX + f.name.upper()] for f in fields(cls)
                 if ENV_PREFIX + f.name.upper() in environ}
        given.update(overrides or {})
        return cls().changed(given)

    def changed(self, given: Mapping[str, Any]) -> Limits:
        """A copy with the limits in ``given`` (NAME -> number or text) set; unknown names are refused."""
        values: dict[str, Any] = {}
        types = {f.name: f.type for f in fields(self)}
        for name, raw in given.items():
            if name not in types:
                raise EvidenceError(f"unknown limit {name!r}; the limits are: {', '.join(self.names())}")
            kind = int if types[name] in (int, "int") else float
            try:
                value = kind(float(raw)) if kind is int else float(raw)
            except (TypeError, ValueError):
                raise EvidenceError(f"limit {name}: {raw!r} is not a number") from None
            if value < 0 or value != value or value == float("inf"):
                raise EvidenceError(f"limit {name}: {raw!r} must be a finite number >= 0")
            values[name] = value
        return replace(self, **values)

    def describe(self) -> str:
        """``name=value`` for every limit, comma separated: for ``--help`` and messages."""
        return ", ".join(f"{f.name}={number(getattr(self, f.name))}" for f in fields(self))


def number(value: float) -> str:
    """2000000 as ``2000000``, 0.5 as ``0.5``: no exponents in messages."""
    return str(int(value)) if float(value).is_integer() else f"{value}"


class LimitError(EvidenceError):
    """An input would need more work than a limit allows; nothing was read into the database."""

    def __init__(self, what: str, limit: str, value: float):
        self.limit, self.value = limit, value
        super().__init__(f"{what} (limit {limit}={number(value)}; raise it with --limit {limit}=N or "
                         f"{ENV_PREFIX}{limit.upper()}=N if the file is genuine)")


def parse_assignments(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``("pdf_pages=2000", ...)`` as a mapping; a malformed item is refused."""
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise EvidenceError(f"--limit {item!r}: write NAME=VALUE, e.g. --limit pdf_pages=2000")
        out[name.strip()] = value.strip()
    return out


_current: Limits | None = None


def current() -> Limits:
    """The limits in force: those set by :func:`use`, else the defaults and the environment."""
    return _current if _current is not None else Limits.from_env()


def check_file_size(path: Path, limits: Limits | None = None) -> None:
    """Refuse a file on disk larger than the ``file_mb`` limit, before anything reads it (``stat``'s errors,
    a missing file among them, reach the caller as they are)."""
    limits = limits or current()
    size = path.stat().st_size
    if size > limits.file_mb * 1e6:
        raise LimitError(f"{path}: the file has {size / 1e6:,.1f} MB", "file_mb", limits.file_mb)


def use(limits: Limits | None) -> None:
    """Make ``limits`` the ones in force for this process (the command line sets them from --limit)."""
    global _current
    _current = limits


def nesting_depth(value: Any, limit: int) -> int:
    """How deep lists and mappings nest in ``value``, counted without recursion; stops past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


class _Expired(BaseException):
    """Raised by the timer: a BaseException, so that no library's ``except Exception`` swallows it."""


# Modules that report an exception (the interpreter's hook for one raised in a finaliser, pytest's): an interrupt
# raised inside them fails the report itself ("Failed to process unraisable exception") instead of the work
_REPORTING = ("traceback", "warnings", "_pytest", "logging")


def interruptible(frame: Any, until: Any = None) -> bool:
    """Whether the timer may raise in ``frame``: not inside a finaliser (``__del__``, whose exception the interpreter
    only reports) nor inside code reporting an exception, in the frames run since ``until`` (the frame that set the
    deadline; the ones below it, a test runner's, are not the work's); the timer fires again 0.1 s later."""
    depth = 0
    while frame is not None and frame is not until and depth < 60:
        if frame.f_code.co_name == "__del__" or str(frame.f_globals.get("__name__", "")).startswith(_REPORTING):
            return False
        frame, depth = frame.f_back, depth + 1
    return True


@contextmanager
def deadline(seconds: float, on_expiry: Exception) -> Iterator[None]:
    """Raise ``on_expiry`` from the block once it has used ``seconds`` of CPU time.

    CPU time, not wall time: a page that takes one second on a quiet machine must not be refused
    because other work slows the machine down. Uses a SIGPROF timer, so it only acts in the main
    thread of a Unix process (the command line, each worker of a process pool); elsewhere the block
    runs unbounded and the caller's other limits are what bound it. The timer fires again every
    0.1 s until the block is left, in case library code catches what it raises.
    """
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    entry = sys._getframe(2)  # who entered the deadline: (this generator, contextlib's __enter__, the caller)

    def expire(_signum, frame):
        if interruptible(frame, entry):
            raise _Expired

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.1)
    try:
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _Expired:
        raise on_expiry from None
    finally:
        signal.signal(signal.SIGPROF, previous)
