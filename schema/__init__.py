"""The evidence database's shape: table models, the extraction contract, vocabularies."""

from oncoev.schema.models import (  # noqa: F401
    Arm,
    Cohort,
    CurationEvent,
    Document,
    DoseSchedule,
    Endpoint,
    OutcomeResult,
    Study,
    metadata,
)
