"""Connections to the evidence database. Every connection enforces foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event


def _enable_foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # SQLite ships with foreign keys off, per connection; without this a result could point
    # at a cohort that does not exist.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(path: str | Path, *, echo: bool = False) -> Engine:
    """An engine on the SQLite file at ``path`` (``":memory:"`` for a private in-memory DB)."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, echo=echo)
    event.listen(engine, "connect", _enable_foreign_keys)
    return engine
