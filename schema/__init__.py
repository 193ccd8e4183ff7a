"""The evidence database's shape: table models, the extraction contract, vocabularies.

The table models are imported on first use (``from oncoev.schema import Study``): the extraction
contract (``schema.contract``) is read by extraction workers, which need neither SQLModel nor
SQLAlchemy.
"""

from __future__ import annotations

from typing import Any

MODELS = ("Arm", "Cohort", "CurationEvent", "Document", "DoseSchedule", "Endpoint", "OutcomeResult", "Study",
          "metadata")


def __getattr__(name: str) -> Any:
    if name in MODELS:
        from oncoev.schema import models

        return getattr(models, name)
    raise AttributeError(f"module 'oncoev.schema' has no attribute {name!r}")
