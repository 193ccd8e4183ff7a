"""Tasks for tests that run in worker processes (they must be importable there, by name)."""

from __future__ import annotations

import os
from pathlib import Path

from oncoev.extract.batch import PaperOutcome, extract_one


def extract_or_die(paper: str) -> PaperOutcome:
    """extract_one, except that a paper named kill*.txt kills its worker process, as a crash in a PDF
    library or the out-of-memory killer would."""
    if Path(paper).name.startswith("kill"):
        os._exit(3)
    return extract_one(paper)
