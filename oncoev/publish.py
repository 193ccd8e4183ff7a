"""Serving the database with Datasette: live (``evidence serve``), in process for tests, and a
folder ready to put online (``evidence publish``).

Live and published are served differently on purpose. ``evidence serve`` reads a database that
``evidence add`` and ``evidence apply`` may be writing: it opens it read-only but not immutable,
so every query sees the last committed transaction (the file is in WAL mode, see
``oncoev.db.engine``), never a half-written paper. ``evidence publish`` copies the database and
serves the copy immutable: nothing writes it, so Datasette may cache counts and skip locking.

Everything Datasette shows comes from ``datasette/``: ``metadata.yml`` (descriptions, facets,
canned queries), ``templates/`` (the chart on canned query pages) and ``plugins/`` (the SVG
chart and links). The package reaches them through the symlinks ``oncoev/datasette-*``:
``datasette/`` itself must never be a Python package, or it would shadow Datasette.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sqlite3
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from oncoev.config import metadata_text
from oncoev.errors import EvidenceError

# Datasette settings shared by `evidence serve`, `evidence publish` and the in-process app the tests use.
# Datasette 0.65 has no write API; with the database opened read-only (live) or immutable (published)
# and no writable canned query, nothing can change it over HTTP.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "default_page_size": 100,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    # Facet suggestions try a GROUP BY on every column of the page's rows: 3.5 s of a 4.7 s page at a
    # million results. Facets are chosen in metadata.yml (see cheap_facets) or from a column's menu.
    "suggest_facets": False,
    "allow_download": True,
}

# A default facet is a GROUP BY over every row a page shows: a few milliseconds for thousands of rows,
# most of a second for a million. Tables (and the views over them) with more rows than this keep no
# default facets; a facet can still be chosen from a column's menu.
FACET_ROWS = 100_000
VIEW_TABLES = {"results_flat": "outcome_results", "survival_rates": "outcome_results"}

# metadata.yml describes the database under this name (db/evidence.db); another file name
# gets the same descriptions under its own name.
METADATA_DB_NAME = "evidence"


class PublishError(EvidenceError):
    """A folder to publish into could not be written; nothing was left behind."""


def asset_dirs() -> tuple[Path, Path]:
    """The Datasette ``templates/`` and ``plugins/`` folders shipped with the package."""
    root = Path(str(resources.files("oncoev")))
    return (root / "datasette-templates").resolve(), (root / "datasette-plugins").resolve()


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
    cheap_facets(databases.get(name, {}).get("tables", {}), db)
    return metadata


def cheap_facets(tables: dict[str, Any], db: Path, limit: int = FACET_ROWS) -> None:
    """Drop the default facets of the tables and views of ``tables`` (metadata) that hold more than
    ``limit`` rows in ``db`` (estimated by the largest id, which costs nothing to read)."""
    if not Path(db).exists():
        return
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        for name, table in tables.items():
            if not isinstance(table, dict) or not table.get("facets"):
                continue
            try:
                rows = con.execute(f'SELECT max(rowid) FROM "{VIEW_TABLES.get(name, name)}"').fetchone()[0] or 0
            except sqlite3.Error:
                continue  # not a table (or not one this database has): its facets stay
            if rows > limit:
                del table["facets"]
    finally:
        con.close()


def _settings(sql_time_limit_ms: int | None) -> dict[str, Any]:
    settings = dict(SETTINGS)
    if sql_time_limit_ms is not None:
        settings["sql_time_limit_ms"] = sql_time_limit_ms
    return settings


def datasette_arguments(db: str, metadata_file: str, templates: str, plugins: str, *, host: str = "127.0.0.1",
                        port: int | str = 8001, sql_time_limit_ms: int | None = None,
                        immutable: bool = False) -> list[str]:
    """The arguments after ``datasette``: serve ``db`` (live, read-only; or ``immutable``, for a published
    copy) with our metadata, templates and plugins."""
    args = ["serve", *(["--immutable"] if immutable else []), db, "--metadata", metadata_file, "--template-dir",
            templates, "--plugins-dir", plugins, "--host", host, "--port", str(port)]
    for name, value in _settings(sql_time_limit_ms).items():
        args += ["--setting", name, str(value).lower() if isinstance(value, bool) else str(value)]
    return args


def datasette_command(db: Path, metadata_file: Path, *, host: str = "127.0.0.1", port: int = 8001,
                      sql_time_limit_ms: int = SETTINGS["sql_time_limit_ms"]) -> list[str]:
    """The ``datasette serve`` command line that serves ``db`` live as ``evidence serve`` does."""
    templates, plugins = asset_dirs()
    return [sys.executable, "-m", "datasette", *datasette_arguments(
        str(db), str(metadata_file), str(templates), str(plugins), host=host, port=port,
        sql_time_limit_ms=sql_time_limit_ms)]


def datasette_app(db: Path, *, sql_time_limit_ms: int | None = None, immutable: bool = False):
    """An in-process Datasette over ``db`` configured as ``evidence serve`` configures it: read-only
    and live (each query sees the last committed transaction), or ``immutable`` as a published copy is."""
    from datasette.app import Datasette

    templates, plugins = asset_dirs()
    files = {"immutables": [str(db)]} if immutable else {"files": [str(db)]}
    return Datasette(**files, metadata=metadata_for(db), settings=_settings(sql_time_limit_ms),
                     template_dir=str(templates), plugins_dir=str(plugins))


def serve_live(db: Path, *, host: str = "127.0.0.1", port: int = 8001,
               sql_time_limit_ms: int = SETTINGS["sql_time_limit_ms"]) -> None:
    """Serve ``db`` with Datasette in this process until SIGINT or SIGTERM, as ``datasette serve`` would.

    In this process, not a child: a signal stops the server itself (uvicorn shuts down on SIGINT
    and SIGTERM), and there is no temporary metadata file to leave behind.
    """
    import asyncio

    import uvicorn

    ds = datasette_app(db, sql_time_limit_ms=sql_time_limit_ms)
    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)


def write_metadata(db: Path, folder: Path) -> Path:
    """Write :func:`metadata_for` ``db`` as JSON into ``folder``; returns the file."""
    target = Path(folder) / "metadata.json"
    target.write_text(json.dumps(metadata_for(db), indent=2), encoding="utf-8")
    return target


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy, even while another process writes to ``source`` (SQLite's backup API).

    The copy is one self-contained file (rollback journal, not WAL): served immutable, perhaps from
    read-only storage, it needs no -wal or -shm file beside it.
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


DOCKERFILE = """\
# Built by `evidence publish`. Serves the database read-only with Datasette.
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV HOST=0.0.0.0 PORT=8001
EXPOSE 8001
CMD ["sh", "run.sh"]
"""

BUNDLE_README = """\
{name}: the evidence database, ready to serve with Datasette (read-only).

Files: {db} (the database), metadata.json, templates/, plugins/, requirements.txt,
run.sh (the command), Dockerfile.

Run it here:            pip install -r requirements.txt && sh run.sh   (http://127.0.0.1:8001/)
Run it in a container:  docker build -t {name} . && docker run -p 8001:8001 {name}
Any host that runs a Dockerfile (Cloud Run, Fly.io, a VM) serves this folder as it is;
run.sh reads HOST and PORT from the environment.

Or let Datasette publish it (needs that service's command-line tool):
  datasette publish cloudrun {db} --service {name} {publish_args}
"""


def publish_folder(db: Path, folder: Path) -> Path:
    """Write ``folder``: a copy of ``db`` with everything ``datasette serve`` needs to show it as
    ``evidence serve`` does, a ``run.sh``, a ``Dockerfile`` and a ``README.txt``.

    ``folder`` must not exist or be empty. It is written beside itself first and moved into
    place at the end, so a failure leaves nothing half-written.
    """
    from datasette.version import __version__ as datasette_version

    db, folder = Path(db), Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise PublishError(f"{folder} already exists and is not an empty folder; give a new one")
    folder.parent.mkdir(parents=True, exist_ok=True)
    templates, plugins = asset_dirs()
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        work.chmod(0o755)  # mkdtemp makes it private; a web server's user must read it
        db_name = f"{METADATA_DB_NAME}.db" if db.stem == METADATA_DB_NAME else db.name
        _copy_database(db, work / db_name)
        write_metadata(work / db_name, work)
        shutil.copytree(templates, work / "templates", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(plugins, work / "plugins", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        (work / "requirements.txt").write_text(f"datasette=={datasette_version}\n", encoding="utf-8")
        args = datasette_arguments(db_name, "metadata.json", "templates", "plugins", host="__HOST__", port="__PORT__",
                                   immutable=True)
        line = shlex.join(["datasette", *args])
        line = line.replace("__HOST__", '"${HOST:-127.0.0.1}"').replace("__PORT__", '"${PORT:-8001}"')
        (work / "run.sh").write_text(f"#!/bin/sh\n# Built by `evidence publish`: serve {db_name} read-only.\n"
                                     f'cd "$(dirname "$0")"\nexec {line}\n', encoding="utf-8")
        (work / "run.sh").chmod(0o755)
        (work / "Dockerfile").write_text(DOCKERFILE, encoding="utf-8")
        settings = args[args.index("--setting"):]
        publish_args = shlex.join(["--metadata", "metadata.json", "--template-dir", "templates", "--plugins-dir",
                                   "plugins", "--extra-options", shlex.join(settings)])
        (work / "README.txt").write_text(BUNDLE_README.format(name=folder.name, db=db_name,
                                                              publish_args=publish_args), encoding="utf-8")
        if folder.exists():
            folder.rmdir()
        os.replace(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return folder
