"""documents.page_starts: the offset where each page starts in documents.text.

A curator's quote (a missed result added in review) and a re-extraction's re-anchored quotes
get their page from it; before this revision the page offsets were known only while loading.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Adding a nullable column is a plain ALTER TABLE on SQLite: no table rebuild, so the
    # views of 0002 and the search triggers of 0003 stay as they are.
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("page_starts", sa.JSON(), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 drops a column in place; a batch rebuild would break the views on documents.
    op.execute("ALTER TABLE documents DROP COLUMN page_starts")
