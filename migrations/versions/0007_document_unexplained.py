"""documents.unexplained: the numbers of a document that its extraction did not read.

Every number of the abstract, results and tables that became no row and that no class recognised
(issue 13), as the extraction contract's `unexplained` list gives them: page, section, the number
as written, its offsets and context. `evidence review` shows them to the curator, read-only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # A nullable column: a plain ALTER TABLE on SQLite, no table rebuild (the views on documents stay).
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unexplained", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE documents DROP COLUMN unexplained")
