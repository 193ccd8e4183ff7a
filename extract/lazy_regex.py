"""Regular expressions compiled when first used, not when their module or rule table is built.

Compiling is most of a process's start-up after importing spaCy: Python's ``re`` compiles in pure
Python, and the rule modules and pattern tables hold some 500 expressions. Compiled eagerly, a worker
compiled 575 of them (a third of a second) for the warm-up text and one abstract. A paper uses only the
rules its text reaches (most are tried only around a plain-string anchor, see ``requires`` and
``anchors`` in ``rules.py``): compiled on first use, the same work compiles 333.

:func:`lazy_regex` returns a :class:`LazyPattern`, which has ``re.Pattern``'s methods: the first call
of any of them compiles the expression (with ``re.compile``, so the expression and what it
matches are the same) and puts the compiled pattern's bound methods on the object, so that later
calls cost what they cost on the compiled pattern itself. ``pattern`` (the source) is there
without compiling, for expressions built out of others.

A pattern file's own expressions are still checked when it is loaded (``rules.load``); one built by a
module (macros filled in, lists joined) raises at its first use, with ``where`` naming its file and
place, and :func:`compile_all` (the test suite calls it) compiles every expression made so far, so that
a broken one cannot wait for the paper that needs it.
"""

from __future__ import annotations

import re
import weakref
from typing import Any, Optional, Union

# What a compiled pattern offers; each is fetched once, on first use, and kept on the object.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
            "groups", "groupindex")

_MADE: weakref.WeakSet[LazyPattern] = weakref.WeakSet()

# What a rule table holds: a pattern compiled already or one compiled on first use (both are used alike).
Regex = Union[re.Pattern, "LazyPattern"]


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module's notes)."""

    def __init__(self, pattern: str, flags: int = 0, where: Optional[str] = None) -> None:
        self.pattern = pattern
        self.lazy_flags = flags
        self.where = where
        self._compiled: Optional[re.Pattern] = None
        _MADE.add(self)

    def compile(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            try:
                compiled = re.compile(self.pattern, self.lazy_flags)
            except re.error as e:
                if self.where is None:
                    raise
                from oncoev.extract.rules import PatternFileError

                raise PatternFileError(f"{self.where}: the regular expression does not compile: {e}") from None
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compile().flags

    def __getattr__(self, name: str) -> Any:
        # Called only for what the object lacks: before the first use, the pattern's methods.
        if name not in _METHODS:
            raise AttributeError(name)
        self.compile()
        return self.__dict__[name]

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.lazy_flags!r})"


def lazy_regex(pattern: str, flags: int = 0, where: Optional[str] = None) -> LazyPattern:
    """A pattern compiled when first used; ``where`` (a pattern file and place) is named if it does not compile."""
    return LazyPattern(pattern, flags, where)


def compile_all() -> int:
    """Compile every lazy pattern made so far (raising for one that does not compile); how many there are."""
    made = list(_MADE)
    for pattern in made:
        pattern.compile()
    return len(made)
