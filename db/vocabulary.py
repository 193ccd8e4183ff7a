"""Keep the ``endpoints`` table in step with the shipped vocabulary."""

from __future__ import annotations

from sqlalchemy import Engine

from oncoev.db.engine import write_session
from oncoev.schema.models import Endpoint
from oncoev.schema.vocabulary import endpoint_vocabulary


def sync_endpoints(engine: Engine) -> int:
    """Add missing endpoint codes and refresh names/definitions; returns how many were added.

    Codes added by the loader (kind "other") are left alone unless the vocabulary now lists them.
    """
    added = 0
    with write_session(engine) as session:
        for entry in endpoint_vocabulary():
            row = session.get(Endpoint, entry["code"])
            if row is None:
                session.add(Endpoint(**entry))
                added += 1
            else:
                row.name, row.kind, row.definition = entry["name"], entry["kind"], entry.get("definition")
        session.commit()
    return added
