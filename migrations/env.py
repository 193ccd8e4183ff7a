"""Alembic environment for the evidence database.

Run through ``evidence init`` (which passes an open connection) or through the ``alembic``
command with ``alembic.ini`` at the repository root (which reads ``$EVIDENCE_DB``).
"""

from __future__ import annotations

import re

from alembic import context
from sqlalchemy import text

from oncoev.config import database_path
from oncoev.db.engine import make_engine
from oncoev.schema.models import metadata

config = context.config
target_metadata = metadata

# Full-text indexes (revision 0003) and FTS5's shadow tables are SQL-only: no model describes them.
SEARCH_INDEX = re.compile(r".+_fts(_(data|idx|docsize|config|content))?")


def _include_name(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name and SEARCH_INDEX.fullmatch(name))


def _run(connection) -> None:
    # The connection has foreign keys off (batch mode's table rebuilds would cascade otherwise,
    # see oncoev.db.engine); they are checked once the migration has run, before it commits.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=_include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
    bad = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if bad:
        raise RuntimeError(f"migration left {len(bad)} rows with broken foreign keys: {bad[:5]}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(database_path(), foreign_keys=False)
    with engine.begin() as connection:
        _run(connection)


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported: SQLite batch mode needs a live database")
run_migrations_online()
