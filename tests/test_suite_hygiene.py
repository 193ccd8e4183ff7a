"""The test modules themselves: a module-level name bound twice silently replaces the first binding, so the tests
above it read data they were not written for, or a test function disappears."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TEST_DIR = Path(__file__).parent


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper())
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("path", sorted(TEST_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_test_module_binds_a_constant_or_a_test_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


# The rule modules too: a second "OUTCOME_WORDS = ..." far down a module of regexes replaces the first for every
# function that reads it at run time, and rules written against the first stop matching.
PACKAGE_DIRS = [TEST_DIR.parent / d for d in ("extract", "oncoev", "db", "pooling", "schema")]


@pytest.mark.parametrize("path", sorted(p for d in PACKAGE_DIRS for p in d.rglob("*.py")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_package_module_binds_a_constant_or_a_function_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_constant_and_a_function_bound_twice():
    source = "ARMS = 'a'\ndef test_x():\n    pass\nARMS = 'b'\ndef test_x():\n    pass\nlower = 1\nlower = 2\n"
    assert _bound_twice(source) == ["ARMS", "test_x"]


SOURCE_DIRS = ("extract", "oncoev", "pooling")


@pytest.mark.parametrize("path", sorted(p for d in SOURCE_DIRS for p in (TEST_DIR.parent / d).rglob("*.py")),
                         ids=lambda p: str(p.relative_to(TEST_DIR.parent)))
def test_no_source_module_binds_a_constant_or_a_function_twice(path):
    # a rule pattern bound again under the same name further down a module replaces the first for every rule
    # above it that reads the name at run time
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found():
    assert _bound_twice("A = 1\ndef f():\n    pass\nA = 2\ndef f():\n    pass\n") == ["A", "f"]
