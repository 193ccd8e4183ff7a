"""Connections to the evidence database.

Every connection enforces foreign keys, and every transaction is a real SQLite transaction,
schema changes included: Python's sqlite3 module otherwise commits before DDL, so a migration
that failed half-way would leave half a schema behind.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event


def make_engine(path: str | Path, *, foreign_keys: bool = True, echo: bool = False) -> Engine:
    """An engine on the SQLite file at ``path``.

    ``foreign_keys=False`` is for migrations only: batch mode rebuilds a table by copying it and
    dropping the original, and with foreign keys on, that drop would cascade to child rows.
    """
    engine = create_engine(f"sqlite:///{Path(path)}", echo=echo)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see _begin).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
