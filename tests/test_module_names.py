"""A module-level name of the extractor is bound once: a second rule written under an existing name silently replaces
the first one's pattern for every rule that uses it (a new PART_SAID had changed how ratios named their arms)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parent.parent / "extract"


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text()).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                seen[target.id] = seen.get(target.id, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


@pytest.mark.parametrize("path", sorted(EXTRACT.glob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_bound_twice(path):
    assert _bound_twice(path) == []


def test_the_check_finds_a_name_bound_twice(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('A = 1\nB = 2\nA = 3\nc = 1\nc = 2\n')
    assert _bound_twice(module) == ["A"]
