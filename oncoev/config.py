"""Where things are: the database path and the packaged data files."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DB_ENV_VAR = "EVIDENCE_DB"
DEFAULT_DB = Path("db") / "evidence.db"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: ``--db`` if given, else ``$EVIDENCE_DB``, else ``db/evidence.db``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env)
    return DEFAULT_DB


def metadata_text() -> str:
    """The Datasette metadata, ``datasette/metadata.yml``.

    ``datasette/`` holds data only (no ``__init__.py``): a Python package of that name at the
    repository root would shadow the real Datasette for anything run from there. The package
    reaches the file through the symlink ``oncoev/datasette-metadata.yml``.
    """
    return (resources.files("oncoev") / "datasette-metadata.yml").read_text(encoding="utf-8")
