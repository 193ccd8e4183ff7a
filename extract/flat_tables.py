"""Tables flattened into plain text, split back into cells (filled in below)."""

from __future__ import annotations

from oncoev.extract.document import Table
from oncoev.extract.normalize import Normalized


def flat_tables(norm: Normalized, original: str, taken: list[tuple[int, int]]) -> list[Table]:
    return []
