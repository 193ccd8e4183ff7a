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


def metadata_path() -> Path:
    """The Datasette metadata shipped with the package (``datasette/metadata.yml``)."""
    return Path(str(resources.files("oncoev.datasette") / "metadata.yml"))
