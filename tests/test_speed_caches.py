"""Caches kept for speed give what the uncached path gives, on texts we wrote."""

from __future__ import annotations

from oncoev.extract.table_model import clean


def test_cell_clean_cache_same_as_uncached() -> None:
    cells = ["14\u00a0(27.5)\u2009\u2013\u200931.0", "  Grade\u20133   neutropenia ", "nine per cent", "18 (36%)*"]
    uncached = [clean.__wrapped__(c) for c in cells]
    assert [clean(c) for c in cells] == uncached
    assert [clean(c) for c in cells] == uncached  # asked again: from the cache
    assert uncached[0] != cells[0] and uncached[1] == "Grade-3 neutropenia"
