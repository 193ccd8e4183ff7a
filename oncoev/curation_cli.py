"""Curator commands: ``evidence review``, ``apply`` and ``export``.

Thin wrappers over :mod:`oncoev.db.review`, :mod:`oncoev.db.apply` and :mod:`oncoev.db.export`.
"""

from __future__ import annotations
