"""The README stays true: its commands exist, CI runs its test command, every CLI command is documented."""

from __future__ import annotations

import re

from support import REPO

from oncoev.cli import cli

README = (REPO / "README.md").read_text(encoding="utf-8")


def fenced_commands() -> list[str]:
    blocks = re.findall(r"```(?:bash|sh|console)\n(.*?)```", README, flags=re.S)
    return [line.removeprefix("$ ").strip() for block in blocks for line in block.splitlines()
            if line.startswith("$ ")]


def test_every_cli_command_is_in_the_readme():
    for name in cli.commands:
        assert re.search(rf"\bevidence (--db \S+ )?{name}\b", README), name


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in fenced_commands()
    assert re.search(r"^make test$", ci, flags=re.M)


def test_readme_main_command_is_a_make_target():
    assert "make demo" in fenced_commands()
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)


def test_readme_maps_every_folder_to_its_import():
    for folder, module in [("schema/", "oncoev.schema"), ("db/", "oncoev.db"), ("migrations/", "oncoev.migrations"),
                           ("extract/", "oncoev.extract"), ("pooling/", "oncoev.pooling")]:
        assert re.search(rf"`{re.escape(folder)}`.*`{re.escape(module)}`", README), folder
