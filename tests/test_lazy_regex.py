"""Patterns compiled on first use (extract/lazy_regex.py): they match as compiled ones do, and none is broken."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import oncoev.extract
from oncoev.extract import lazy_regex, rules
from oncoev.extract.lazy_regex import LazyPattern


def test_a_lazy_pattern_compiles_on_first_use_and_matches_as_re_does():
    lazy = lazy_regex.lazy_regex(r"(?P<n>\d+)\s*gy", re.I)
    assert lazy.pattern == r"(?P<n>\d+)\s*gy" and "search" not in vars(lazy)  # not compiled yet
    compiled = re.compile(r"(?P<n>\d+)\s*gy", re.I)
    text = "50 Gy in 25 fractions, then 10 GY"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.search(text, 5).group("n") == "10"
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.groupindex == compiled.groupindex and lazy.flags == compiled.flags
    assert vars(lazy)["search"].__self__ is lazy.compile()  # later calls go straight to the compiled pattern


def test_a_broken_lazy_pattern_names_its_place_when_used():
    lazy = lazy_regex.lazy_regex("(unclosed", where="unexplained.yaml: count.x")
    with pytest.raises(rules.PatternFileError, match="unexplained.yaml: count.x: the regular expression does not"):
        lazy.search("text")
    with pytest.raises(re.error):
        lazy_regex.lazy_regex("(unclosed").search("text")


def test_every_rule_table_compiles():
    """The tables are built and every pattern in them compiled: a broken one cannot wait for a paper that uses it
    (only the pattern files' own expressions are checked at load time; those with macros are not)."""
    for module in pkgutil.iter_modules(oncoev.extract.__path__):
        importlib.import_module(f"oncoev.extract.{module.name}")
    from oncoev.extract import doses, mentions, results, study, table_model, unexplained

    for build in (doses._rules, study._rules, unexplained._classes, mentions.cues, results._site_patterns,
                  results.toxicity_terms, table_model.cues):
        build()
    made = lazy_regex.compile_all()
    assert made > 400
    assert isinstance(rules.load("doses.yaml")["constructions"][0].compiled().regex, LazyPattern)
