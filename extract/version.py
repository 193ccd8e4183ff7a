"""The extractor's name and version, without importing the pipeline.

A process that only stores or skips papers (the writer of `evidence add --jobs N`, a re-run that
skips what is stored) needs the version the workers will write, and should not pay for spaCy to
know it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from oncoev import __version__

EXTRACTOR_NAME = "oncoev-rules"


# Modules of extract/ that run the extraction but decide nothing it finds: changing how papers are
# handed to workers (or how spaCy is imported) must not make every stored paper "read by another extractor
# version".
NOT_RULES = frozenset({"batch.py", "distributed.py", "spacy_import.py", "version.py"})


def rules_fingerprint(root: Path = Path(__file__).parent) -> str:
    """The first 8 hex digits of a sha256 over the extraction code and its pattern files.

    Part of the extractor version, so that any change to a rule changes the version by itself:
    stored rows say exactly which rules made them, and `evidence add` re-extracts a stored paper
    (new candidates beside curated rows) only when the rules really changed.
    """
    digest = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.yaml")]):
        if path.name in NOT_RULES and path.parent == root:
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


EXTRACTOR_VERSION = f"{__version__}+rules.{rules_fingerprint()}"
