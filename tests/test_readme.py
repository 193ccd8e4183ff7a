"""The README's shown output is what its commands print (scripts/readme.py runs every console block)."""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest
from support import REPO

spec = importlib.util.spec_from_file_location("readme_blocks", REPO / "scripts" / "readme.py")
readme = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = readme        # its dataclasses look their module up
spec.loader.exec_module(readme)

TEXT = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_block_runs_or_says_why_not():
    blocks = readme.parse(TEXT)
    assert sum(b.language == "console" for b in blocks) >= 15
    for block in blocks:
        where = f"README line {block.start + 1}"
        assert block.commands, where
        if block.language == "bash":
            assert block.options.get("not run"), f"{where}: a bash block is not run; its comment must say why"
        else:
            assert "not run" not in block.options, where
            assert block.sandbox in readme.SANDBOXES, where
            assert set(block.needs) <= {"shared", "jq", "sqlite3"}, where


def test_volatile_parts_compare_as_patterns():
    a = readme.normalise(["│ 2026-11-23 16:57:59 │ oncoev-rules 0.1.0+rules.ba378b83 │  "])
    b = readme.normalise(["│ 2027-01-02 03:04:05 │ oncoev-rules 0.1.0+rules.0123abcd │"])
    assert a == b and readme.normalise(["value 36.2"]) != readme.normalise(["value 36.0"])


def test_readme_output_is_what_the_commands_print():
    runner = readme.Runner()
    try:
        mismatches, skipped = readme.check(TEXT, runner, skip_missing=os.environ.get("CI") != "true")
    finally:
        runner.close()
    report = "\n\n".join(f"README line {m.line}: $ {m.command}\n{m.diff}" for m in mismatches)
    assert not mismatches, f"the README shows output the commands no longer print (make readme rewrites it):\n{report}"
    if skipped:
        pytest.skip("; ".join(skipped))
