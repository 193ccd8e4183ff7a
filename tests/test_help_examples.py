"""Every `evidence COMMAND --help` ends with an example; each one runs, as written, and succeeds.

The examples are read from the rendered --help (one line each: the docstrings mark them with click's
``\\b`` so they are never rewrapped) and run in order, as one session in a scratch folder laid out as
the repository is (data/papers/, data/curated/, the default database db/evidence.db), so that each
example finds what the ones before it made: init, load, add, then the rest. Globs are expanded as a
shell would. Two examples need one thing more: `serve` runs until stopped, so it runs with --dry-run
(tests/test_browser.py serves for real); `remove 6 --into 3` needs a duplicate, so a copy of study 3's
paper is added first.
"""

from __future__ import annotations

import glob
import shlex
import shutil

import pytest
from click.testing import CliRunner
from support import REPO

from oncoev.cli import cli

# The order the examples run in: a command's example may need what an earlier one made.
ORDER = ("init", "load", "add", "extract", "stats", "status", "history", "pool", "review", "apply", "export",
         "publish", "serve", "remove")


def help_text(*command: str) -> str:
    result = CliRunner().invoke(cli, [*command, "--help"], terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.output


def examples(command: str) -> list[str]:
    return [line.strip().removeprefix("Example:").strip() for line in help_text(command).splitlines()
            if line.strip().startswith("Example:")]


def test_every_command_has_an_example_and_the_test_runs_them_all():
    commands = set(cli.commands)
    assert commands == set(ORDER), "add the new command to ORDER (and give its --help an example)"
    for command in commands:
        found = examples(command)
        assert found, f"`evidence {command} --help` has no example"
        assert all(e.startswith("evidence ") and f" {command}" in e for e in found), found


def _run(example: str) -> None:
    words = shlex.split(example)
    assert words[0] == "evidence"
    args = []
    for word in words[1:]:
        args.extend(sorted(glob.glob(word)) if any(c in word for c in "*?[") else [word])
    if "serve" in args:
        args.append("--dry-run")
    result = CliRunner().invoke(cli, args, env={"EVIDENCE_DB": None, "EVIDENCE_ACTOR": None},
                                catch_exceptions=False)
    assert result.exit_code == 0, f"{example}\n{result.output}"


def test_every_example_runs(tmp_path, monkeypatch):
    shutil.copytree(REPO / "data" / "papers", tmp_path / "data" / "papers")
    (tmp_path / "data" / "curated").mkdir()
    for path in (REPO / "data" / "curated").glob("*.json"):
        shutil.copy(path, tmp_path / "data" / "curated")
    monkeypatch.chdir(tmp_path)
    ran = []
    for command in ORDER:
        if command == "remove":
            # A duplicate to remove: study 3's paper again as another file, without its title line (with it,
            # `add` would know the paper and attach the file to study 3), which becomes study 6.
            paper = tmp_path / "data" / "papers" / "cervical_oligometastases_locoregional_therapy.txt"
            copy = tmp_path / "copy.txt"
            copy.write_text(paper.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n"), encoding="utf-8")
            result = CliRunner().invoke(cli, ["add", str(copy)], env={"EVIDENCE_DB": None})
            assert result.exit_code == 0 and "│ 6 " in result.output, result.output
        for example in examples(command):
            _run(example)
            ran.append(example)
    assert len(ran) >= len(ORDER)
    assert (tmp_path / "db" / "evidence.db").exists() and (tmp_path / "forest.png").exists()
    assert (tmp_path / "build" / "site" / "run.sh").exists()


@pytest.mark.parametrize("command", ORDER)
def test_examples_are_one_line_in_the_help(command):
    text = help_text(command)
    for example in examples(command):
        assert f"Example: {example}" in text
