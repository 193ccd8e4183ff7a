"""Structured evidence database for oncology outcomes.

The repository's folders map into this namespace (see README, "Layout"):
``schema/`` -> ``oncoev.schema``, ``db/`` -> ``oncoev.db``, ``migrations/`` ->
``oncoev.migrations``, ``extract/`` -> ``oncoev.extract``, ``pooling/`` -> ``oncoev.pooling``,
``datasette/`` -> ``oncoev.datasette``.
"""

__version__ = "0.1.0"
