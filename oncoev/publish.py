"""Serving the database with Datasette: the command line and an in-process app for tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

from oncoev.config import metadata_text

# Datasette settings shared by `evidence serve` and the in-process app the tests use.
SETTINGS = {"sql_time_limit_ms": 3000, "default_page_size": 100}


# metadata.yml describes the database under this name (db/evidence.db); another file name
# gets the same descriptions under its own name.
METADATA_DB_NAME = "evidence"


def metadata_for(db: Path) -> dict[str, Any]:
    """datasette/metadata.yml, keyed by the name Datasette gives ``db`` (its file stem)."""
    text = metadata_text()
    name = Path(db).stem
    if name != METADATA_DB_NAME:
        text = text.replace(f"/{METADATA_DB_NAME}/", f"/{name}/")
    metadata = yaml.safe_load(text)
    databases = metadata.get("databases", {})
    if METADATA_DB_NAME in databases and name != METADATA_DB_NAME:
        databases[name] = databases.pop(METADATA_DB_NAME)
    return metadata


def datasette_command(db: Path, metadata_file: Path, *, host: str = "127.0.0.1", port: int = 8001,
                      sql_time_limit_ms: int = SETTINGS["sql_time_limit_ms"]) -> list[str]:
    """The ``datasette serve`` command line for ``db``: immutable, with ``metadata_file``."""
    settings = {**SETTINGS, "sql_time_limit_ms": sql_time_limit_ms}
    command = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
               "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    for name, value in settings.items():
        command += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    return command


def datasette_app(db: Path):
    """An in-process Datasette over ``db`` configured as ``evidence serve`` configures it."""
    from datasette.app import Datasette

    return Datasette(immutables=[str(db)], metadata=metadata_for(db), settings=SETTINGS)


def write_metadata(db: Path, folder: Path) -> Path:
    """Write :func:`metadata_for` ``db`` as JSON into ``folder``; returns the file."""
    target = Path(folder) / "metadata.json"
    target.write_text(json.dumps(metadata_for(db), indent=2), encoding="utf-8")
    return target
