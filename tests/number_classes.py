"""The check the tests of unexplained.py's classes share: which numbers of a text a class explains, and which it
leaves unexplained (the results beside them)."""

from __future__ import annotations

from support import number_rules


def _is_of(found: str | None, rules: tuple[str, ...]) -> bool:
    """``found`` is one of ``rules``, or of the family a rule ending in a dot names ("number.sample_size.")."""
    return found is not None and any(found == r or (r.endswith(".") and found.startswith(r)) for r in rules)


def assert_classed(text: str, rule: str | tuple[str, ...], taken=(), left=()) -> None:
    """Each number in ``taken`` (as ``text`` writes it) is explained by the class ``rule`` (a tuple: by one of those
    classes; a rule ending in a dot: by any class of that family); each in ``left`` by none."""
    found = number_rules(text)
    rules = rule if isinstance(rule, tuple) else (rule,)
    assert all(_is_of(found[x], rules) for x in taken), found
    assert all(found[x] is None for x in left), found
