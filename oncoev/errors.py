"""Typed errors raised by the library; the CLI turns each into a one-line message and exit 1."""

from __future__ import annotations


class EvidenceError(Exception):
    """Base class for every error the library reports to a user."""


class LoadError(EvidenceError):
    """An extraction file could not be loaded; nothing was written.

    ``problems`` lists every problem found, each naming where it is (``results[3].value``).
    """

    def __init__(self, problems: list[str], source: str | None = None):
        self.problems = problems
        self.source = source
        where = f"{source}: " if source else ""
        if len(problems) == 1:
            text = f"{where}{problems[0]}"
        else:
            text = f"{where}{len(problems)} problems:\n" + "\n".join(f"  - {p}" for p in problems)
        super().__init__(text)


class DatabaseError(EvidenceError):
    """The database file is missing, unreadable or not at the expected schema revision."""


class DocumentError(EvidenceError):
    """A paper could not be read (not a PDF, corrupt, encrypted, no text layer, not text)."""


class ReviewError(LoadError):
    """A review file cannot be applied; nothing was changed. Each problem names its line."""
