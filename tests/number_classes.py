"""The check the tests of unexplained.py's classes share: which numbers of a text a class explains, and which it
leaves unexplained (the results beside them)."""

from __future__ import annotations

from support import number_rules


def assert_classed(text: str, rule: str, taken=(), left=()) -> None:
    """Each number in ``taken`` (as ``text`` writes it) is explained by the class ``rule``; each in ``left`` by none."""
    found = number_rules(text)
    assert all(found[x] == rule for x in taken), found
    assert all(found[x] is None for x in left), found
