"""Curator commands: ``evidence review``, ``apply``, ``export`` and ``remove``.

Thin wrappers over :mod:`oncoev.db.review`, :mod:`oncoev.db.apply`, :mod:`oncoev.db.export` and
:mod:`oncoev.db.dedupe`.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from oncoev.cli import kit
from oncoev.cli.kit import Table
from oncoev.errors import EvidenceError
from oncoev.limits import check_file_size


def _write_new(path: Path, text: str, force: bool) -> None:
    # A review file may hold hours of a curator's decisions: never overwrite one by accident.
    if path.exists() and not force:
        raise EvidenceError(f"{path} exists; choose another name, or --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _print_or_write(text: str, output: Path | None, force: bool, written: str) -> None:
    """``text`` on stdout, or into the new file ``output`` with a line on stderr saying what was ``written``."""
    if output is None:
        click.echo(text, nl=False)
        return
    _write_new(output, text, force)
    click.echo(f"{output}: {written}", err=True)


@click.command()
@click.argument("study")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the review file here instead of printing it.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@click.option("--pending", "pending_only", is_flag=True,
              help="List only what no curator has decided yet (rows still `extracted`, unchecked study fields).")
@click.pass_context
@kit.reports_errors
def review(ctx: click.Context, study: str, output: Path | None, force: bool, pending_only: bool) -> None:
    """Write a review file (YAML) for STUDY (its id, DOI or PMID).

    It lists every study field, cohort, arm, dose schedule and result with its quote, page and
    rule, each with a `status` for you to set: accept, correct (edit the values), repoint
    (move a result to another cohort), reject; entries you append with `status: add` and a
    quote from the paper add what the extractor missed. Apply it with `evidence apply`.
    Nothing is changed by writing the file.

    \b
    Example: evidence review 3 -o reviews/study-3.yaml
    """
    from oncoev.db.review import write_review

    engine = kit.open_engine(ctx)
    text, study_id = write_review(engine, study, pending_only)
    _print_or_write(text, output, force, f"review file for study {study_id}; set each entry's status, then "
                                         f"`evidence apply {output} --actor \"Your Name\"`")


@click.command()
@click.argument("review_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@kit.actor_option("none: a curator must be named")
@click.option("--dry-run", is_flag=True, help="Check the file and report what it would change, without writing.")
@click.pass_context
@kit.reports_errors
def apply(ctx: click.Context, review_file: Path, actor: str | None, dry_run: bool) -> None:
    """Apply a review file written by `evidence review` and edited by a curator.

    The whole file is checked first: unknown keys, values out of range, a quote that is not in
    the paper, a cohort that does not exist, an edit under a status that does not allow it, a
    file older than the study's last change. Every problem is listed with its line and nothing
    is changed. Otherwise all of it is applied in one transaction: rows become verified,
    corrected or rejected, added rows are stored, and each change is written to the audit log
    (`evidence history STUDY`) with the values before and after and the curator's name.

    \b
    Example: evidence apply reviews/study-3.yaml --actor "A. Curator"
    """
    from oncoev.db.apply import apply_review

    engine = kit.open_engine(ctx)
    try:
        check_file_size(review_file)
        text = review_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise EvidenceError(f"{review_file}: cannot read the file: {e}") from None
    report = apply_review(engine, text, str(review_file), actor, dry_run=dry_run)
    table = Table("action", "changes")
    for action in ("accept", "correct", "repoint", "reject", "add"):
        if report.counts.get(action):
            table.add_row(action, str(report.counts[action]))
    console = kit.console()
    if not report.counts:
        console.print(f"{review_file}: no decisions to apply (every status is pending or keep)")
        return
    console.print(table)
    state = (f"{report.status_before} -> {report.status_after}" if report.status_before != report.status_after
             else report.status_after)
    verb = "would be" if dry_run else "is"
    console.print(f"study {report.study_id} {verb} {state}" + (" (dry run: nothing was written)" if dry_run else ""))


@click.command()
@click.argument("study")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: the extraction contract JSON that `evidence load` reads.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of printing.")
@click.option("--force", is_flag=True, help="Overwrite --output if it exists.")
@click.pass_context
@kit.reports_errors
def export(ctx: click.Context, study: str, fmt: str, output: Path | None, force: bool) -> None:
    """Export STUDY (id, DOI or PMID) with its documents, rows, statuses and provenance.

    The JSON is the extraction contract with each row's curation status: `evidence load` reads
    it back into another database unchanged. The audit log is not exported.

    \b
    Example: evidence export 3 --format json -o study-3.json
    """
    from oncoev.db.export import export_study

    engine = kit.open_engine(ctx)
    text = json.dumps(export_study(engine, study), ensure_ascii=False, indent=1) + "\n"
    _print_or_write(text, output, force, f"study written; `evidence load {output}` reads it back")


@click.command()
@click.argument("study")
@click.option("--into", "into", metavar="STUDY", default=None,
              help="Merge STUDY into this study (id, DOI or PMID): its documents and rows join it, as "
                   "`evidence load --as-document-of` would join them, then STUDY is removed.")
@kit.actor_option("none: a curator must be named")
@click.option("--note", default=None, help="Why, in your words (written to the audit log).")
@click.option("--force", is_flag=True, help="Remove a study even though a curator checked some of its rows.")
@kit.json_option("what was removed or merged")
@click.pass_context
@kit.reports_errors
def remove(ctx: click.Context, study: str, into: str | None, actor: str | None, note: str | None, force: bool,
           as_json: bool) -> None:
    """Remove STUDY (id, DOI or PMID), or merge it into the study it duplicates (--into).

    For a paper stored twice (its PDF and its text make two studies when no DOI tells them apart).
    Everything is one transaction. The audit log keeps the removed study whole, as `evidence export`
    writes it (the `before` of a `delete` event on table studies), so it can be loaded again. A
    study whose rows a curator checked is only removed with --force; merging keeps that work.

    \b
    Example: evidence remove 6 --into 3 --actor "A. Curator" --note "the PDF of study 3"
    """
    from oncoev.db.dedupe import merge_study, remove_study

    if not actor:
        raise EvidenceError("name the curator: --actor NAME (or $EVIDENCE_ACTOR)")
    engine = kit.open_engine(ctx)
    if into is not None:
        done = merge_study(engine, study, into, actor, note)
    else:
        done = remove_study(engine, study, actor, note, force=force)
    if as_json:
        click.echo(json.dumps(done.as_dict(), ensure_ascii=False, indent=1))
        return
    rows = ", ".join(f"{n} {table}" for table, n in done.rows.items())
    if done.into is None:
        click.echo(f"study {done.study_id} removed: {done.documents} document(s), {rows}; the audit log keeps it")
        return
    added = ", ".join(f"{n} {section}" for section, n in done.added.items())
    click.echo(f"study {done.study_id} merged into study {done.into}: {done.documents} document(s) moved; "
               f"added {added} (the rest it already held)")
    for line in done.conflicts:
        click.echo(f"  conflict: {line.describe()}", err=True)


COMMANDS = (review, apply, export, remove)
