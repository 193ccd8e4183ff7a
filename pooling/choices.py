"""What a pooling query can ask for; kept apart from the maths so the CLI starts without SciPy."""

from __future__ import annotations

PROPORTION_MEASURES = ("rate", "proportion")
RATIO_MEASURES = ("hr", "or", "rr")
MEASURES = PROPORTION_MEASURES + RATIO_MEASURES
UNITS = ("patients", "lesions", "any")
BY_COLUMNS = ("cancer", "design", "study_kind")
