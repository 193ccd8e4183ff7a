"""The check the tests of unexplained.py's classes share: which numbers of a text a class explains, and which it
leaves unexplained (the results beside them)."""

from __future__ import annotations

from support import number_rules


def assert_classed(text: str, rule: str | tuple[str, ...], taken=(), left=()) -> None:
    """Each number in ``taken`` (as ``text`` writes it) is explained by the class ``rule`` (a tuple: by one of those
    classes); each in ``left`` by none."""
    found = number_rules(text)
    rules = rule if isinstance(rule, tuple) else (rule,)
    assert all(found[x] in rules for x in taken), found
    assert all(found[x] is None for x in left), found
