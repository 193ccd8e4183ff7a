"""outcome_results.unit takes the units of continuous outcomes: points, kg, days, hours, minutes, mL, cm.

A mean or median of a scale score ("mean fatigue score 31.5 points") or of a measured quantity ("mean
blood loss 310 mL", "median hospital stay 7 days") keeps its own unit; until now a result's unit was
one of %, months, ratio, n. SQLite cannot alter a CHECK constraint, so outcome_results is rebuilt
(with AUTOINCREMENT, 0006). What hangs on the table (the views that read it, its full-text triggers,
its indexes, partial ones included) is saved as SQLite wrote it, dropped first and made again after,
and the AUTOINCREMENT counter keeps its place (an id is never reused).

Downgrading removes the rows with the new units: the old constraint cannot hold them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: Union[str, None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OLD_UNITS = ("%", "months", "ratio", "n")
NEW_UNITS = OLD_UNITS + ("points", "kg", "days", "hours", "minutes", "mL", "cm")


def _in(units: tuple[str, ...]) -> str:
    return "unit IN (" + ", ".join(f"'{u}'" for u in units) + ")"


def _rebuild(units: tuple[str, ...]) -> None:
    bind = op.get_bind()
    views = bind.execute(sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'view'")).fetchall()
    hung = bind.execute(sa.text("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
                                "AND tbl_name = 'outcome_results' AND sql IS NOT NULL")).fetchall()
    seq = bind.execute(sa.text("SELECT seq FROM sqlite_sequence WHERE name = 'outcome_results'")).scalar()
    for name, _ in views:
        op.execute(f'DROP VIEW IF EXISTS "{name}"')
    for kind, name, _ in hung:
        op.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    with op.batch_alter_table("outcome_results", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_constraint(op.f("ck_outcome_results_unit"), type_="check")
        batch_op.create_check_constraint("unit", _in(units))
    for _, _, sql in hung:
        op.execute(sql)
    for _, sql in views:
        op.execute(sql)
    if seq is not None:
        op.execute(f"UPDATE sqlite_sequence SET seq = max(seq, {int(seq)}) WHERE name = 'outcome_results'")


def upgrade() -> None:
    _rebuild(NEW_UNITS)


def downgrade() -> None:
    op.execute(f"DELETE FROM outcome_results WHERE NOT ({_in(OLD_UNITS)})")
    _rebuild(OLD_UNITS)
