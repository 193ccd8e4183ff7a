"""Connections to the evidence database.

Every connection enforces foreign keys, and every transaction is a real SQLite transaction,
schema changes included: Python's sqlite3 module otherwise commits before DDL, so a migration
that failed half-way would leave half a schema behind.

Several processes share one database file (curators adding and applying at once, a server
answering queries): the file is in WAL mode, so readers see the last committed transaction and
never block a writer; every connection waits for a lock (``busy_timeout``) instead of failing at
once; and a transaction that writes takes the write lock when it begins (``BEGIN IMMEDIATE``, see
:func:`write_session`), so two writers queue instead of one failing half-way with
"database is locked". :func:`retry_locked` runs a whole write again should the wait run out.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # imported where used: busy_timeout_ms serves a process that has not imported SQLAlchemy
    from sqlalchemy import Engine
    from sqlmodel import Session

# How long a connection waits for another's lock before SQLite gives up (ms); EVIDENCE_BUSY_TIMEOUT_MS
# changes it. A paper's load holds the lock for well under a second.
BUSY_TIMEOUT_MS = 30_000
# Whole-transaction attempts when the wait above still ends in "database is locked".
WRITE_ATTEMPTS = 4

WRITE = "oncoev_write"  # execution option: this engine's transactions begin IMMEDIATE

T = TypeVar("T")


def busy_timeout_ms() -> int:
    raw = os.environ.get("EVIDENCE_BUSY_TIMEOUT_MS")
    return int(raw) if raw and raw.isdigit() else BUSY_TIMEOUT_MS


def plain_connection(path: str | Path, *, timeout_ms: int | None = None) -> sqlite3.Connection:
    """A plain sqlite3 connection to the existing database file at ``path``, for a question asked before
    SQLAlchemy is imported (`evidence add` checks the schema and finds the papers already stored first).

    Never creates the file (``mode=rw``). Not ``mode=ro`` although it only reads: a read-only connection
    cannot remove the WAL files it made, a read-write one (the last to close) does; SQLite still opens a
    write-protected file, for reading. It waits ``timeout_ms`` (default :func:`busy_timeout_ms`) for a lock.
    """
    timeout = (busy_timeout_ms() if timeout_ms is None else timeout_ms) / 1000
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)


def make_engine(path: str | Path, *, foreign_keys: bool = True, echo: bool = False) -> Engine:
    """An engine on the SQLite file at ``path``.

    ``foreign_keys=False`` is for migrations only: batch mode rebuilds a table by copying it and
    dropping the original, and with foreign keys on, that drop would cascade to child rows.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{Path(path)}", echo=echo)
    timeout = busy_timeout_ms()

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see _begin).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout={timeout}")
        dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        _use_wal(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        immediate = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _use_wal(dbapi_connection) -> None:
    """Put the file in WAL mode (it stays so); a read-only file or folder keeps its mode."""
    try:
        mode = dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
    except Exception:  # noqa: BLE001  a read-only database is still readable without WAL
        pass


def write_session(engine: Engine) -> Session:
    """A session whose transaction takes the write lock as it begins (``BEGIN IMMEDIATE``).

    Use it for every transaction that may write: a deferred transaction that reads first and
    writes later cannot wait for the lock (SQLite answers "database is locked" at once, since its
    snapshot may be stale), an immediate one waits ``busy_timeout`` for it.
    """
    from sqlmodel import Session

    return Session(engine.execution_options(**{WRITE: True}))


def is_locked(error: BaseException) -> bool:
    from sqlalchemy.exc import OperationalError

    text = str(getattr(error, "orig", error)).lower()
    return isinstance(error, OperationalError) and ("database is locked" in text or "database is busy" in text)


def retry_locked(action: Callable[[], T], attempts: int = WRITE_ATTEMPTS) -> T:
    """``action()``, run again (after a pause) while it fails with "database is locked".

    ``action`` must be one whole transaction, so that running it again is safe: nothing of a
    failed attempt was committed.
    """
    from sqlalchemy.exc import OperationalError

    for attempt in range(1, attempts + 1):
        try:
            return action()
        except OperationalError as e:
            if not is_locked(e) or attempt == attempts:
                raise
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")
