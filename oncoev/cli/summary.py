"""What `evidence load` and `evidence add` print: a table, or with ``--json`` one JSON list, on stdout;
what the table cannot show (files already stored, conflicts with curator-verified values) on stderr.

A file that was refused has its row (status ``refused``, or ``error`` for a fault of ours); its reasons
are the command's error, which click prints on stderr. A file in a folder that is not a paper has its
row too (``skipped``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field

import click

from oncoev.cli import kit
from oncoev.cli.kit import Table

LOADED = ("cohorts", "arms", "doses", "results")


@dataclass
class LoadSummary:
    """One line per file (``what`` names the first column: "file" or "paper")."""

    what: str
    as_json: bool = False
    rows: list[dict] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def add(self, name: str, report, error: str | None = None, status: str = "refused") -> None:
        """A file's outcome: ``report`` is the LoadReport, or None when nothing was stored: ``status`` is then
        refused, error (a fault of ours) or skipped (not a paper), and ``error`` says why."""
        if report is None:
            self.rows.append({self.what: name, "status": status, "study": None, "counts": {}, "conflicts": [],
                              "error": error})
            if status == "skipped":
                self.skipped.append(name)
            return
        conflicts = [c.describe() for c in report.conflicts]
        self.rows.append({self.what: name, "status": report.status, "study": report.study_id,
                          "counts": {k: report.counts.get(k, 0) for k in LOADED} if report.counts else {},
                          "conflicts": conflicts, "error": None})
        self.conflicts.extend(f"{name}: {c}" for c in conflicts)
        if report.status == "unchanged":
            self.unchanged.append(name)

    def emit(self) -> None:
        """The table (or JSON) on stdout, then the notes on stderr."""
        if self.as_json:
            click.echo(json.dumps(self.rows, ensure_ascii=False, indent=1))
        else:
            table = Table(self.what, "status", "study", *LOADED)
            for row in self.rows:
                status = row["status"]
                if status in ("refused", "error"):
                    status = f"[red]{status}[/red]"
                elif status == "skipped":
                    status = "[dim]skipped[/dim]"
                elif row["conflicts"]:
                    status += f" [yellow]({len(row['conflicts'])} conflicts)[/yellow]"
                table.add_row(row[self.what], status, "" if row["study"] is None else str(row["study"]),
                              *(str(row["counts"].get(k, "")) for k in LOADED))
            kit.console().print(table)
        sys.stdout.flush()
        notes = kit.console(stderr=True)
        if self.unchanged:
            n = len(self.unchanged)
            notes.print(f"{n} file{'s' if n > 1 else ''} already stored, read by this extractor version: nothing to do "
                        "(a newer version re-extracts)")
        if self.skipped:
            notes.print(f"{len(self.skipped)} skipped (not papers): " + ", ".join(self.skipped), soft_wrap=True)
        print_conflicts(notes, self.conflicts)


def print_conflicts(console, conflicts: list) -> None:
    """New values that differ from curator-verified ones, one a line, under a note that says what became of them."""
    if conflicts:
        console.print(f"[yellow]{len(conflicts)} new values differ from curator-verified ones; the verified "
                      "rows are unchanged and the new values wait as candidates in `evidence review`:[/yellow]")
        for line in conflicts:
            console.print(f"  {line}", soft_wrap=True)
