"""Row ids are never reused: cohorts, arms, dose_schedules and outcome_results get AUTOINCREMENT.

The audit log names rows by id. Without AUTOINCREMENT SQLite gives a new row the largest id plus
one, so a re-extraction that deletes a document's candidates and adds new ones could hand an id
the log already names (for the deleted row's values) to a different value. The tables are rebuilt
with AUTOINCREMENT, and SQLite's counter for each starts above every id the table or the audit log
has ever used.

Rebuilding a table drops the views (0002) and, on cohorts and outcome_results, the full-text
triggers (0003): both are dropped first and made again after.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""
from importlib import import_module
from typing import Sequence, Union

from alembic import op

revision: str = "0006"
down_revision: Union[str, None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = ("cohorts", "arms", "dose_schedules", "outcome_results")
VIEWS = import_module("oncoev.migrations.versions.0002_analyst_views")
SEARCH = import_module("oncoev.migrations.versions.0003_full_text_search")


def _rebuild(autoincrement: bool) -> None:
    VIEWS.downgrade()
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass
    for table in ("cohorts", "outcome_results"):
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        for statement in SEARCH._statements(table, SEARCH.INDEXED[table]):
            op.execute(statement)
    VIEWS.upgrade()


def upgrade() -> None:
    _rebuild(autoincrement=True)
    for table in TABLES:
        # The highest id the table or the audit log has ever named (a batch delete lists its rows in `before`).
        high = f"""max(
            coalesce((SELECT max(id) FROM {table}), 0),
            coalesce((SELECT max(row_id) FROM curation_events WHERE table_name = '{table}'), 0),
            coalesce((SELECT max(CAST(json_extract(j.value, '$.id') AS INTEGER))
                      FROM curation_events AS e, json_each(e.before) AS j
                      WHERE e.table_name = '{table}' AND e.action = 'delete' AND json_type(e.before) = 'array'), 0))"""
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
        op.execute(f"INSERT INTO sqlite_sequence (name, seq) VALUES ('{table}', {high})")


def downgrade() -> None:
    _rebuild(autoincrement=False)
    for table in TABLES:
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
