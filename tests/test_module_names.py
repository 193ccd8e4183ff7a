"""A module-level name of the extractor is bound once: a second rule written under an existing name silently replaces
the first one's pattern for every rule that uses it (a new PART_SAID had changed how ratios named their arms). A
module's regexes in its regex file (patterns/regex/<module>.yaml, read as RX.<id>) keep that: an id given twice is
refused when the file is loaded, and no name of the module is also an id of its file (two patterns, one name)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from oncoev.extract import rules

EXTRACT = Path(__file__).resolve().parent.parent / "extract"


def _bound(path: Path) -> dict[str, int]:
    """How many times each upper-case module-level name of the module is bound."""
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                seen[target.id] = seen.get(target.id, 0) + 1
    return seen


def _bound_twice(path: Path) -> list[str]:
    return sorted(name for name, count in _bound(path).items() if count > 1)


def _regex_ids(module: str) -> list[str]:
    text = (EXTRACT / "patterns" / "regex" / f"{module}.yaml").read_text("utf-8")
    return [r.id for r in rules.parse(text, rules.REGEX_RULES, f"regex/{module}.yaml")]


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_bound_twice(path):
    assert _bound_twice(path) == []


def test_the_check_finds_a_name_bound_twice(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('A = 1\nB = 2\nA = 3\nc = 1\nc = 2\n')
    assert _bound_twice(module) == ["A"]


@pytest.mark.parametrize("module", rules.regex_files())
def test_no_module_constant_is_also_an_id_of_its_regex_file(module):
    ids = _regex_ids(module)
    assert ids and sorted(set(ids) & set(_bound(EXTRACT / f"{module}.py"))) == []
    assert all(hasattr(rules.regexes(module), i) for i in ids)


def test_an_id_given_twice_in_a_regex_file_is_refused():
    with pytest.raises(rules.PatternFileError, match="used twice: CUE"):
        rules.parse("- {id: CUE, pattern: 'a'}\n- {id: OTHER, pattern: 'b'}\n- {id: CUE, pattern: 'c'}\n",
                    rules.REGEX_RULES, "regex/m.yaml")
