"""A folder of extractions, as `evidence extract --out OUTDIR` writes it and `evidence load OUTDIR` reads it.

``OUTDIR`` holds either one contract JSON per paper (``<paper stem>.json``) or JSONL shards
(``shard-00000.jsonl``, one contract object per line, ``shard_size`` papers each), and
``report.jsonl``: one line per paper read (paper, status, reason, counts, seconds, the file's
sha256, the extractor version, output).

A run can stop anywhere and start again: a shard is written as ``*.jsonl.partial`` and renamed
when it is complete, a JSON file is written beside its name and renamed, and only then are the
papers' report lines appended. A re-run skips the papers the report lists as read from the same
file by the same extractor version (others are read again; a paper's JSON file is then rewritten
under its name). A paper written but not yet reported is extracted again into another shard,
which loading skips (same sha256).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from oncoev.errors import EvidenceError, LoadError

REPORT = "report.jsonl"
SHARD_GLOB = "shard-*.jsonl"


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class ShardWriter:
    """Writes extractions into ``outdir`` and their report lines into ``outdir/report.jsonl``."""

    def __init__(self, outdir: str | Path, *, jsonl: bool = False, shard_size: int = 1000):
        self.outdir = Path(outdir)
        if self.outdir.exists() and not self.outdir.is_dir():
            raise EvidenceError(f"{self.outdir} is a file; --out needs a folder")
        self.outdir.mkdir(parents=True, exist_ok=True)
        for stale in self.outdir.glob("*.partial"):  # left by a run that stopped; its papers are not reported
            stale.unlink()
        self.jsonl, self.shard_size = jsonl, max(1, shard_size)
        self.previous = done_papers(self.outdir)
        self.names = {p.name for p in self.outdir.iterdir()}
        numbers = [int(p.stem.split("-")[1]) for p in self.outdir.glob(SHARD_GLOB) if p.stem.split("-")[1].isdigit()]
        self.next_shard = max(numbers, default=-1) + 1
        self.report = (self.outdir / REPORT).open("a", encoding="utf-8")
        self.shard = None
        self.shard_path: Path | None = None
        self.waiting: list[dict[str, Any]] = []  # report lines of the open shard

    def done(self) -> dict[str, dict[str, Any]]:
        """Papers (as given) a previous run already reported: paper -> its last report line."""
        return self.previous

    def write(self, paper: str, extraction: dict[str, Any] | list[dict[str, Any]] | None,
              report: dict[str, Any]) -> None:
        """Store one file's extraction (or the extractions of a file of many papers; None when it was
        refused) and its report line."""
        if extraction is None:
            self._report([{**report, "output": None}])
        elif self.jsonl:
            if self.shard is None:
                self.shard_path = self.outdir / f"shard-{self.next_shard:05d}.jsonl"
                self.next_shard += 1
                self.shard = self.shard_path.with_name(self.shard_path.name + ".partial").open("w", encoding="utf-8")
            for one in extraction if isinstance(extraction, list) else [extraction]:
                self.shard.write(_dumps(one) + "\n")
            self.waiting.append({**report, "output": self.shard_path.name})
            if len(self.waiting) >= self.shard_size:
                self._close_shard()
        elif isinstance(extraction, list) and len(extraction) > 1:
            # A file of many papers (PubMed XML) goes to a shard of its own, whatever the format asked.
            name = self._name(Path(paper).name.split(".")[0], ".jsonl", prefix="shard-")
            partial = self.outdir / (name + ".partial")
            partial.write_text("".join(_dumps(one) + "\n" for one in extraction), encoding="utf-8")
            os.replace(partial, self.outdir / name)
            self._report([{**report, "output": name}])
        else:
            extraction = extraction[0] if isinstance(extraction, list) else extraction
            earlier = (self.previous.get(paper) or {}).get("output")
            name = earlier if earlier and not earlier.endswith(".jsonl") else self._name(Path(paper).stem)
            target = self.outdir / name
            partial = target.with_name(name + ".partial")
            partial.write_text(_dumps(extraction), encoding="utf-8")
            os.replace(partial, target)
            self._report([{**report, "output": name}])

    def _name(self, stem: str, suffix: str = ".json", prefix: str = "") -> str:
        name, n = f"{prefix}{stem}{suffix}", 1
        while name in self.names or name == REPORT:
            n += 1
            name = f"{prefix}{stem}-{n}{suffix}"
        self.names.add(name)
        return name

    def _close_shard(self) -> None:
        if self.shard is None:
            return
        self.shard.close()
        os.replace(self.shard_path.with_name(self.shard_path.name + ".partial"), self.shard_path)
        self.shard = None
        self._report(self.waiting)
        self.waiting = []

    def _report(self, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            self.report.write(_dumps(line) + "\n")
        self.report.flush()

    def close(self) -> None:
        self._close_shard()
        self.report.close()

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def done_papers(outdir: str | Path) -> dict[str, dict[str, Any]]:
    """The papers ``outdir/report.jsonl`` lists (extracted or refused), each with its last line."""
    path = Path(outdir) / REPORT
    if not path.exists():
        return {}
    done = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                entry = json.loads(line)
                done[entry["paper"]] = entry
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a stop: its paper is simply done again
    return done


def extraction_files(outdir: str | Path) -> list[Path]:
    """The extraction files of ``outdir``: its shards, then its JSON files, each sorted by name."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise EvidenceError(f"{outdir}: no such folder")
    files = sorted(outdir.glob(SHARD_GLOB)) + sorted(p for p in outdir.glob("*.json") if p.is_file())
    if not files:
        raise EvidenceError(f"{outdir}: no extractions (*.json, {SHARD_GLOB}) in this folder; "
                            "`evidence extract PAPERS --out FOLDER` writes them")
    return files


def count_extractions(outdir: str | Path) -> int:
    """How many extractions ``outdir`` holds (a quick pass: lines of shards, JSON files)."""
    total = 0
    for path in extraction_files(outdir):
        if path.suffix == ".jsonl":
            with path.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


def read_extractions(outdir: str | Path) -> Iterator[tuple[str, Any]]:
    """(where, data) for every extraction in ``outdir``, in file order; ``where`` names the file
    (and the line of a shard). ``data`` is the decoded JSON, or a :class:`LoadError` saying why
    it could not be decoded (the caller reports it, under ``where``, and goes on)."""
    for path in extraction_files(outdir):
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if line.strip():
                        yield f"{path.name}:{number}", _decode(line)
        else:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                yield path.name, LoadError([f"cannot read the file: {e}"])
                continue
            yield path.name, _decode(text)


def _decode(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return LoadError([f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"])
