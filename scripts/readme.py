"""The README's shown command output, checked or rewritten by running the commands.

Every ```console block of README.md is a session: lines starting with `$ ` are commands, the lines
after each one are what it printed (stdout and stderr, as a terminal shows them). This script runs
the commands with bash and compares, or with --update writes the new output into the README, so the
shown output cannot go stale:

    python scripts/readme.py            # check: exit 1 and a diff for every block that differs
    python scripts/readme.py --update   # rewrite the output of every block (make readme)

Blocks run in README order, in scratch folders ("sandboxes") laid out like the repository, one per
name, so a block finds what earlier blocks of its sandbox made. An HTML comment on the line before a
block says how to run it:

    <!-- readme: in=curate setup='$SCENARIO decide review-1.yaml' needs=jq -->

- ``in``: the sandbox (default ``fresh``): ``fresh`` has data/papers and data/curated; ``built`` has
  them and a database built as `make build` builds it; ``curate`` starts with the rectal example paper
  only; ``repo`` is the repository itself (for `make score`);
- ``setup``: shell commands run first, unseen by the reader (``$SCENARIO`` is scripts/readme_scenarios.py,
  which makes the files a curator's session starts from);
- ``needs``: ``shared`` (../shared), or commands that must be installed (``jq``, ``sqlite3``).

A ```bash block is not run: it starts a server, needs Docker or the network, or is `make test` itself.
Each says so in its comment: ``<!-- readme: not run: why -->``.

Times and the rules fingerprint of the extractor version change from run to run: they are compared as
patterns (a time is any time; ``0.1.0+rules.<8 hex>`` any fingerprint), and kept as printed on --update.
"""

from __future__ import annotations

import difflib
import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
SHARED = REPO.parent / "shared"
FENCE = re.compile(r"^```(\w*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*readme:(.*?)-->\s*$")
# What changes between runs without meaning anything: compared as patterns.
VOLATILE = ((re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?"), "<time>"),
            (re.compile(r"rules\.[0-9a-f]{8}"), "rules.<fingerprint>"))
SANDBOXES = ("fresh", "built", "curate", "repo")
TIMEOUT = 600
# A command bash runs as a plain word list (no pipe, redirection, substitution or list); a variable is
# also left to bash.
SIMPLE = re.compile(r"""[^|&;<>`()\\]*""")
ENV_KEYS = ("EVIDENCE_DB", "EVIDENCE_ACTOR", "PYTHONUNBUFFERED")


@dataclass
class Command:
    line: str                 # the command as shown, without "$ "
    expected: list[str]       # the output lines shown under it


@dataclass
class Block:
    start: int                # index of the opening fence in the README's lines
    end: int                  # index of the closing fence
    language: str
    options: dict[str, str] = field(default_factory=dict)
    commands: list[Command] = field(default_factory=list)

    @property
    def sandbox(self) -> str:
        return self.options.get("in", "fresh")

    @property
    def needs(self) -> list[str]:
        return [n for n in self.options.get("needs", "").split(",") if n]


def _options(comment: str) -> dict[str, str]:
    text = comment.strip()
    if text.startswith("not run:"):
        return {"not run": text.removeprefix("not run:").strip()}
    out = {}
    for word in shlex.split(text):
        key, _, value = word.partition("=")
        out[key] = value
    return out


def parse(text: str) -> list[Block]:
    """The README's command blocks (console and bash), with their directives and commands."""
    lines = text.split("\n")
    blocks, i = [], 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match or match.group(1) not in ("console", "bash"):
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].rstrip() == "```")
        directive = DIRECTIVE.match(lines[i - 1]) if i > 0 else None
        block = Block(i, end, match.group(1), _options(directive.group(1)) if directive else {})
        for line in lines[i + 1:end]:
            if line.startswith("$ "):
                block.commands.append(Command(line[2:], []))
            elif block.commands:
                block.commands[-1].expected.append(line)
        blocks.append(block)
        i = end + 1
    return blocks


def _lines(output: str) -> list[str]:
    return output.rstrip("\n").split("\n") if output.strip() else []


def normalise(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for pattern, placeholder in VOLATILE:
            line = pattern.sub(placeholder, line)
        out.append(line.rstrip())
    return out


def _copy_data(folder: Path) -> None:
    shutil.copytree(REPO / "data" / "papers", folder / "data" / "papers")
    (folder / "data" / "curated").mkdir(parents=True)
    for path in (REPO / "data" / "curated").glob("*.json"):
        shutil.copy(path, folder / "data" / "curated")


class Runner:
    """Runs blocks in their sandboxes (made on first use, removed by close())."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="readme-"))
        self.folders: dict[str, Path] = {}
        self.seconds: dict[int, float] = {}       # README line of a block -> seconds it took
        bin_dir = Path(sys.executable).parent
        # Not the caller's database or name; and not make's own variables (run from `make readme`, the inner
        # `make score` would print "Entering directory").
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("EVIDENCE_DB", "EVIDENCE_ACTOR", "MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
        self.env.update(PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", PYTHONUNBUFFERED="1",
                        SCENARIO=f"{sys.executable} {REPO / 'scripts' / 'readme_scenarios.py'}",
                        COLUMNS="120", NO_COLOR="1", TERM="dumb")

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def sandbox(self, name: str) -> Path:
        if name not in SANDBOXES:
            raise ValueError(f"unknown sandbox {name!r}; one of {', '.join(SANDBOXES)}")
        if name == "repo":
            return REPO
        if name not in self.folders:
            folder = self.root / name
            folder.mkdir()
            (folder / "db").mkdir()  # as in the repository, where db/ holds the database layer's code
            if name in ("fresh", "built"):
                _copy_data(folder)
            if name == "built":
                for command in ("init", "load data/curated/*.json", "add data/papers/"):
                    self.shell(f"evidence --db db/evidence.db {command}", folder)
            if name == "curate":
                shutil.copy(REPO / "data" / "papers" / "rectal_synchronous_metastases_chemoradiation.txt", folder)
            self.folders[name] = folder
        return self.folders[name]

    def shell(self, command: str, cwd: Path) -> list[str]:
        """What ``command`` prints (stdout and stderr as a terminal shows them), run in ``cwd``.

        A plain `evidence ...` command (no pipe, redirection or variable) runs in this process through
        click's test runner, as bash would run it (globs expanded, quotes removed), because starting
        Python for each of the README's commands costs more than the rest; anything else runs in bash.
        """
        if " && " in command and all(SIMPLE.fullmatch(part) for part in command.split(" && ")):
            out: list[str] = []
            for part in command.split(" && "):
                out.extend(self.shell(part, cwd))
            return out
        if SIMPLE.fullmatch(command) and "$" not in command and command.startswith("evidence "):
            return self._in_process(command, cwd)
        done = subprocess.run(["bash", "-c", command], cwd=cwd, env=self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)
        return _lines(done.stdout)

    def _in_process(self, command: str, cwd: Path) -> list[str]:
        from click.testing import CliRunner

        from oncoev.cli import cli

        words = shlex.split(command, comments=True)[1:]
        here = os.getcwd()
        os.chdir(cwd)
        try:
            args = []
            for word in words:
                matches = sorted(glob.glob(word)) if any(c in word for c in "*?[") else []
                args.extend(matches or [word])
            # click wraps help at 78 columns where output is not a terminal (80, less its margin)
            result = CliRunner().invoke(cli, args, env={k: self.env.get(k) for k in ENV_KEYS},
                                        prog_name="evidence", catch_exceptions=False, terminal_width=78)
        finally:
            os.chdir(here)
        return _lines(result.output)

    def missing(self, block: Block) -> list[str]:
        out = []
        for need in block.needs:
            if need == "shared":
                if not (SHARED / "corpus").is_dir():
                    out.append(f"{SHARED} (the dev corpus)")
            elif shutil.which(need) is None:
                out.append(f"the `{need}` command")
        return out

    def run(self, block: Block) -> list[list[str]]:
        """The output of each of the block's commands, in order."""
        start = time.perf_counter()
        cwd = self.sandbox(block.sandbox)
        if block.options.get("setup"):
            self.shell(block.options["setup"], cwd)
        out = [self.shell(command.line, cwd) for command in block.commands]
        self.seconds[block.start + 1] = time.perf_counter() - start
        return out


@dataclass
class Mismatch:
    line: int                 # 1-based README line of the command
    command: str
    diff: str


def check(text: str, runner: Runner, skip_missing: bool = True) -> tuple[list[Mismatch], list[str]]:
    """Run every console block; the commands whose output differs, and the blocks skipped (and why)."""
    mismatches, skipped = [], []
    for block in parse(text):
        if block.language != "console":
            continue
        missing = runner.missing(block)
        if missing:
            if not skip_missing:
                raise RuntimeError(f"README line {block.start + 1}: needs {', '.join(missing)}")
            skipped.append(f"README line {block.start + 1}: needs {', '.join(missing)}")
            continue
        offset = block.start + 2
        for command, actual in zip(block.commands, runner.run(block), strict=True):
            expected = normalise(command.expected)
            if normalise(actual) != expected:
                diff = "\n".join(difflib.unified_diff(expected, normalise(actual), "README", "now", lineterm=""))
                mismatches.append(Mismatch(offset, command.line, diff))
            offset += 1 + len(command.expected)
    return mismatches, skipped


def update(text: str, runner: Runner) -> str:
    """The README with every console block's output replaced by what its commands print now."""
    lines = text.split("\n")
    blocks = parse(text)
    for block in blocks:
        missing = runner.missing(block) if block.language == "console" else []
        if missing:
            raise RuntimeError(f"README line {block.start + 1}: cannot run it without {', '.join(missing)}")
    out, position = [], 0
    for block in blocks:
        if block.language != "console":
            continue
        out.extend(lines[position:block.start + 1])
        for command, actual in zip(block.commands, runner.run(block), strict=True):
            out.append(f"$ {command.line}")
            out.extend(line.rstrip() for line in actual)
        position = block.end
    out.extend(lines[position:])
    return "\n".join(out)


def main(argv: list[str]) -> int:
    runner = Runner()
    try:
        text = README.read_text(encoding="utf-8")
        if "--update" in argv:
            README.write_text(update(text, runner), encoding="utf-8")
            print(f"{README}: every console block's output rewritten")
            return 0
        mismatches, skipped = check(text, runner)
    finally:
        runner.close()
    for line in skipped:
        print(f"skipped: {line}")
    if "--times" in argv:
        for line, seconds in sorted(runner.seconds.items(), key=lambda x: -x[1]):
            print(f"README line {line}: {seconds:.1f} s")
    for m in mismatches:
        print(f"README line {m.line}: $ {m.command}\n{m.diff}\n")
    print(f"{len(mismatches)} command(s) whose output differs from the README")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
