"""Counts per table, for ``evidence stats``."""

from __future__ import annotations

from sqlalchemy import Engine, text

from oncoev.schema.models import TABLES


def table_counts(engine: Engine) -> dict[str, int]:
    """Rows in every table of the schema, in schema order."""
    with engine.connect() as connection:
        return {t.__tablename__: connection.execute(text(f'SELECT count(*) FROM "{t.__tablename__}"')).scalar_one()
                for t in TABLES}


def study_status_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT curation_status, count(*) FROM studies GROUP BY curation_status ORDER BY 1")).all()
    return {status: n for status, n in rows}
