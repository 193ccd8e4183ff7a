"""Full-text search (SQLite FTS5) over study titles, cohort labels and result quotes, kept in
sync by triggers, so that a paper loaded later is searchable at once.

Each index is an external-content FTS5 table (``content="studies"``): it stores the index only,
the text stays in the table. Datasette finds such a table by its ``content="..."`` clause and
offers a search box on the table's page; metadata.yml points the views at
``outcome_results_fts`` too.

Triggers are dropped with their table: a later revision that rebuilds studies, cohorts or
outcome_results in batch mode must create the triggers below again (tests/test_datasette_search.py
fails otherwise: a loaded paper would not be found).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0003"
down_revision: Union[str, None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Porter stemming: "metastasis" finds "metastases"; diacritics folded ("Gómez" ~ "Gomez").
TOKENIZE = "porter unicode61 remove_diacritics 2"

# table -> indexed columns. The FTS table is <table>_fts; its rowid is the table's id.
INDEXED = {
    "studies": ("title", "population", "cancer", "institution"),
    "cohorts": ("label", "cited"),
    "outcome_results": ("quote", "locator", "category", "site"),
}


def _statements(table: str, columns: Sequence[str]) -> list[str]:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    # External content: the index is told the old values to remove them.
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    return [
        f'CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content="{table}", content_rowid="id", '
        f"tokenize='{TOKENIZE}')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END",
        # Only edits to indexed columns touch the index (status changes do not).
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, {cols} ON {table} BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for table, columns in INDEXED.items():
        for statement in _statements(table, columns):
            op.execute(statement)


def downgrade() -> None:
    for table in reversed(list(INDEXED)):
        fts = f"{table}_fts"
        for trigger in ("update", "delete", "insert"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
