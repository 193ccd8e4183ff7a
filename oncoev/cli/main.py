"""The ``evidence`` command line: thin wrappers over the library's plain functions."""

from __future__ import annotations

import shlex
import sys
import tempfile
from pathlib import Path

import click

from oncoev import __version__, limits
from oncoev.cli import kit, runs
from oncoev.cli.kit import Table
from oncoev.cli.summary import LoadSummary, print_conflicts
from oncoev.config import DB_ENV_VAR, DEFAULT_DB, database_path
from oncoev.errors import EvidenceError
from oncoev.limits import Limits


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evidence")
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), envvar=DB_ENV_VAR,
              show_envvar=True, default=None,
              help=f"SQLite database file. Default: ${DB_ENV_VAR}, else {DEFAULT_DB}.")
@click.option("--limit", "limit_items", multiple=True, metavar="NAME=VALUE",
              help="Change a limit on the work one input may cause (repeatable), e.g. --limit pdf_pages=2000; "
                   "or set $EVIDENCE_LIMIT_<NAME>. Limits and defaults (sizes in MB): " + Limits().describe() + ".")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, limit_items: tuple[str, ...]) -> None:
    """Structured evidence database for oncology outcomes.

    Stores studies, cohorts, dose schedules and outcome results with their provenance
    in SQLite, and publishes them with Datasette. Start with `evidence init`, then
    `evidence load`, then `evidence serve`.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = database_path(db)
    try:
        limits.use(Limits.from_env(overrides=limits.parse_assignments(limit_items)))
    except EvidenceError as e:
        raise click.UsageError(str(e)) from None


@cli.command()
@click.pass_context
@kit.reports_errors
def init(ctx: click.Context) -> None:
    """Create the database, or upgrade it to the current schema.

    Runs the Alembic migrations up to head and writes the endpoint vocabulary.
    Safe to run again: existing data is kept.

    \b
    Example: evidence --db db/evidence.db init
    """
    from oncoev.db.migrate import init_database

    path: Path = ctx.obj["db"]
    if not path.parent.is_dir():
        # Said aloud: a mistyped --db or $EVIDENCE_DB must not quietly grow a tree of folders.
        path.parent.mkdir(parents=True)
        click.echo(f"{path.parent}: folder created for the database")
    engine = kit.open_engine(ctx, must_exist=False, must_be_current=False)
    before, after, added = init_database(engine)
    if before == after:
        click.echo(f"{path}: schema already at revision {after}; {added} endpoint codes added")
    else:
        click.echo(f"{path}: schema {before or 'empty'} -> {after}; {added} endpoint codes added")


as_document_of_option = click.option(
    "--as-document-of", "as_document_of", metavar="STUDY", default=None,
    help="Attach the file to this study (id, DOI or PMID) as another of its documents, e.g. the journal "
         "version of a stored abstract; its rows join the study as candidates. Without it, a DOI or PMID "
         "already stored is refused.")


report_option = click.option(
    "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write one JSON line per paper to this file as the run goes: paper, status, reason, study, counts, seconds.")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@kit.actor_option("the file's curator, else 'evidence load'")
@as_document_of_option
@kit.json_option("one object per file (status, study, rows added per table, conflicts, error)")
@report_option
@click.pass_context
@kit.reports_errors
def load(ctx: click.Context, files: tuple[Path, ...], actor: str | None, as_document_of: str | None,
         as_json: bool, report_path: Path | None) -> None:
    """Load extraction JSON files (the EXTRACTION_CONTRACT format), or folders of them.

    A FOLDER (what `evidence extract PAPERS --out FOLDER` wrote: JSON files and JSONL shards) is
    stored in batches, many papers per transaction, with progress on stderr and a summary; loading
    it again stores nothing new.

    Each file is loaded in one transaction: all of it or nothing. A document (sha256) already
    stored and read by the same extractor version is skipped, so loading twice adds nothing;
    read by another version, it is a re-extraction: its unreviewed candidates are replaced,
    curator-verified rows are kept, and new values that differ from verified ones are listed.
    A DOI or PMID already stored is refused unless --as-document-of names its study.
    Invalid input is reported with where each problem is, and the exit code is 1.
    FILE "-" reads one extraction from standard input.

    \b
    Example: evidence load data/curated/*.json
    Example: evidence load data/curated
    """
    from oncoev.db.load import load_extraction, parse_json, read_json

    folders = [p for p in files if p.is_dir()]
    if folders:
        if len(folders) < len(files):
            raise click.UsageError("give either extraction files or folders of them, not both")
        if as_json:
            raise click.UsageError("--json lists files; a folder's papers are listed by --report FILE.jsonl")
        _load_folders(ctx, folders, actor=actor, as_document_of=as_document_of, report_path=report_path)
        return
    engine = kit.open_engine(ctx)
    failures: list[str] = []
    summary = LoadSummary("file", as_json)
    for path in files:
        error = None
        try:
            data = parse_json(sys.stdin.read(), "<stdin>") if str(path) == "-" else read_json(path)
            report = load_extraction(engine, data, source="<stdin>" if str(path) == "-" else str(path), actor=actor,
                                     as_document_of=as_document_of)
        except EvidenceError as e:
            failures.append(error := str(e))
            report = None
        summary.add(path.name, report, error)
    summary.emit()
    if failures:
        raise click.ClickException("\n".join(failures))


def _load_folders(ctx: click.Context, folders: list[Path], *, actor: str | None, as_document_of: str | None,
                  report_path: Path | None) -> None:
    from oncoev.db.bulk import BatchWriter, Stored
    from oncoev.schema.shards import count_extractions, read_extractions

    engine = kit.open_engine(ctx)
    writer = BatchWriter(engine, actor=actor, as_document_of=as_document_of)
    report = runs.RunReport(report_path)
    progress = runs.Progress(sum(count_extractions(f) for f in folders), "load")

    def done(stored_papers: list[Stored]) -> None:
        for stored in stored_papers:
            report.stored(stored)
            progress.advance(refused=stored.report is None)

    try:
        for folder in folders:
            for where, data in read_extractions(folder):  # streamed: a folder may hold a million papers
                source = str(folder / where)
                if isinstance(data, EvidenceError):  # not JSON: refused in its place in the order
                    done([*writer.flush(), Stored(source, error=data)])
                else:
                    done(writer.add(data, source))
        done(writer.flush())
    finally:
        progress.close()
        report.close()
    _print_run(report, ", ".join(str(f) for f in folders))


def _print_run(report, what: str) -> None:
    """The end of a batched run: the counts, conflicts with curated values, and every paper refused."""
    console = kit.console()
    console.print(report.summary(what), soft_wrap=True)
    print_conflicts(console, report.conflicts)
    if report.failures:
        raise click.ClickException(f"{len(report.failures)} not stored:\n" + "\n".join(report.failures))


@cli.command()
@kit.json_option('{"tables": {table: rows}, "studies_by_curation_status": {state: studies}}')
@click.pass_context
@kit.reports_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Print the number of rows in every table, and the studies by curation state.

    \b
    Example: evidence stats --json
    """
    import json

    from oncoev.db.stats import study_status_counts, table_counts

    engine = kit.open_engine(ctx)
    counts, by_status = table_counts(engine), study_status_counts(engine)
    if as_json:
        click.echo(json.dumps({"tables": counts, "studies_by_curation_status": by_status}, indent=1))
        return
    table = Table("table", "rows")
    for name, n in counts.items():
        table.add_row(name, str(n))
    console = kit.console()
    console.print(table)
    if by_status:
        console.print("studies by curation status: " + ", ".join(f"{k} {v}" for k, v in by_status.items()))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default serves this machine only.")
@click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0 picks a free one).")
@click.option("--sql-time-limit-ms", default=3000, show_default=True, type=click.IntRange(1),
              help="Datasette's time limit for one SQL query.")
@click.option("--dry-run", is_flag=True,
              help="Print the equivalent `datasette serve` command instead (its metadata file is written to a "
                   "new temporary folder, kept for the command).")
@click.pass_context
@kit.reports_errors
def serve(ctx: click.Context, host: str, port: int, sql_time_limit_ms: int, dry_run: bool) -> None:
    """Browse the database with Datasette, read-only and live.

    The database is opened read-only (Datasette has no write endpoints) but not immutable: papers
    added and review files applied while it runs show at once, and every query sees the last
    committed change, never half of one. To serve a fixed copy, see `evidence publish`. Each SQL
    query has a time limit. Ctrl+C or SIGTERM stops it.

    \b
    Example: evidence serve --port 8001
    (then open http://127.0.0.1:8001/ in a browser)
    """
    from oncoev.publish import datasette_command, serve_live, write_metadata

    kit.open_engine(ctx)
    db: Path = ctx.obj["db"]
    if dry_run:
        folder = Path(tempfile.mkdtemp(prefix="evidence-serve-"))
        click.echo(shlex.join(datasette_command(db, write_metadata(db, folder), host=host, port=port,
                                                sql_time_limit_ms=sql_time_limit_ms)))
        click.echo(f"(the metadata is in {folder}; remove that folder when done)", err=True)
        return
    click.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    serve_live(db, host=host, port=port, sql_time_limit_ms=sql_time_limit_ms)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
@kit.reports_errors
def publish(ctx: click.Context, folder: Path) -> None:
    """Write FOLDER: the database with everything needed to serve it online, read-only.

    FOLDER gets a copy of the database (consistent even while curators write), metadata.json,
    templates/, plugins/, requirements.txt, run.sh (the `datasette serve` command, which serves the
    copy immutable: nothing changes it) and a Dockerfile; README.txt says how to deploy it.
    FOLDER must be new or empty; a failure leaves nothing behind.

    \b
    Example: evidence publish build/site
    (then: sh build/site/run.sh)
    """
    from oncoev.publish import publish_folder

    kit.open_engine(ctx)
    target = publish_folder(ctx.obj["db"], folder)
    click.echo(f"{target}: ready to serve. Try: sh {target / 'run.sh'}  (see {target / 'README.txt'})")


def _results_table(extraction: dict) -> Table:
    table = Table("cohort", "endpoint", "measure", "time (mo)", "value", "95% CI", "p", "page", "rule")
    for r in extraction["results"]:
        ci = f"{r['ci_low']:g}-{r['ci_high']:g}" if r.get("ci_low") is not None else ""
        p = f"{r.get('p_op') or ''}{r['p_value']:g}" if r.get("p_value") is not None else ""
        qualifier = " ".join(str(x) for x in (r.get("site"), r.get("category"),
                                              f"grade {r['grade']}" if r.get("grade") else None) if x)
        table.add_row(r["cohort"], r["endpoint"] + (f" ({qualifier})" if qualifier else ""), r["measure"],
                      f"{r['timepoint_months']:g}" if r.get("timepoint_months") else "",
                      f"{r.get('value_op') or ''}{r['value']:g} {r.get('unit') or ''}".strip(), ci, p,
                      str(r.get("page") or ""), r.get("pattern_id") or "")
    return table


def _write_unexplained(extraction: dict, target: Path) -> None:
    """The extraction's unexplained numbers as a readable report, to ``target`` ('-': standard output)."""
    from oncoev.extract.unexplained import report_lines

    items = extraction.get("unexplained") or []
    head = (f"# {extraction.get('source') or ''}: {len(items)} number{'s' if len(items) != 1 else ''} of the abstract, "
            "results and tables that no row and no known kind explains")
    text = "\n".join([head, *report_lines(items)]) + "\n"
    if str(target) == "-":
        click.echo(text, nl=False)
    else:
        target.write_text(text, encoding="utf-8")
        click.echo(f"{target}: {len(items)} unexplained numbers", err=True)


def _extract_into(paths: tuple[Path, ...], outdir: Path, *, jsonl: bool, shard_size: int, jobs: int,
                  dask: str | None, limits) -> None:
    from oncoev.extract.batch import extract_into, find_papers, pending

    papers = find_papers(paths)
    todo = pending(papers, outdir)
    progress = runs.Progress(len(todo), "extract")
    try:
        done = extract_into(todo, outdir, jsonl=jsonl, shard_size=shard_size, jobs=jobs, dask=dask, limits=limits,
                            on_outcome=lambda outcome: progress.advance(refused=outcome.extraction is None))
    finally:
        progress.close()
    skipped = len(papers) - len(todo)
    already = f", {skipped} already read by this extractor version" if skipped else ""
    click.echo(f"{outdir}: {done.extracted} papers extracted, {len(done.refused)} refused{already}; "
               f"one line per paper in {outdir / 'report.jsonl'}")
    if done.refused:
        raise click.ClickException("\n".join(f"{o.paper}: {o.reason}" for o in done.refused))


@cli.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print the extraction as one JSON object (the EXTRACTION_CONTRACT format) instead of tables.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the JSON to this file (implies --json).")
@click.option("--out", "--output-dir", "outdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Extract every paper given (files, and the papers in folders) into this folder: one "
                   "contract JSON per paper (<name>.json), or JSONL shards with --jsonl, and report.jsonl (one line "
                   "per paper: status, reason, counts, seconds). No database is needed; `evidence load OUTDIR` "
                   "stores them. A re-run skips the papers this extractor version already read, unchanged.")
@click.option("--jsonl", is_flag=True, help="With --out: JSONL shards (shard-00000.jsonl, ...) instead of a file "
                                            "per paper.")
@click.option("--shard-size", type=click.IntRange(1), default=1000, show_default=True,
              help="With --jsonl: papers per shard.")
@runs.jobs_option
@runs.dask_option
@click.option("--unexplained", "unexplained", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              default=None,
              help="Also write the numbers of the abstract, results and tables that no row and no known kind "
                   "explains, one line each (page, section, number, context with the number «marked»), to this "
                   "file ('-': standard output, instead of the tables).")
@kit.reports_errors
def extract(paths: tuple[Path, ...], as_json: bool, output: Path | None, outdir: Path | None, jsonl: bool,
            shard_size: int, jobs: int | None, dask: str | None, unexplained: Path | None) -> None:
    """Extract study, cohorts, doses and results from papers (.txt, .pdf, JATS .nxml/.xml, PubMed .xml/.xml.gz).

    Nothing is stored: use `evidence add` to extract into the database, or save the JSON
    (--output, or --out for many papers) to review it and `evidence load` it later. Every row
    carries its quote, page, character offsets and the rule (pattern_id) that produced it.
    With --out, papers are extracted on --jobs processes or on a Dask cluster (--dask) and
    written as they come, in the order given.

    \b
    Example: evidence extract --json data/papers/ovarian_oligometastases_radiotherapy.txt
    Example: evidence extract data/papers/ovarian_oligometastases_radiotherapy.txt --unexplained -
    Example: evidence extract data/papers/ --out build/extracted --jsonl --jobs 2
    """
    import json

    from oncoev.extract import extract_path

    if outdir is not None:
        if as_json or output is not None or unexplained is not None:
            raise click.UsageError("--out writes files; --json, --output and --unexplained are for one paper")
        _extract_into(paths, outdir, jsonl=jsonl, shard_size=shard_size, jobs=runs.default_jobs(jobs), dask=dask,
                      limits=limits.current())
        return
    if dask is not None or len(paths) > 1 or paths[0].is_dir():
        raise click.UsageError("give --out FOLDER to extract several papers (or a folder, or on Dask)")
    path = paths[0]
    if str(unexplained) == "-" and as_json and output is None:
        raise click.UsageError("--unexplained - and --json both print to standard output; give one a file")
    extraction = extract_path(path)
    if unexplained is not None:
        _write_unexplained(extraction, unexplained)
        if str(unexplained) == "-" and not as_json and output is None:
            return
    if output is not None:
        output.write_text(json.dumps(extraction, ensure_ascii=False, indent=1), encoding="utf-8")
        click.echo(f"{output}: {len(extraction['results'])} results, {len(extraction['doses'])} doses, "
                   f"{len(extraction['cohorts'])} cohorts", err=True)
        return
    if as_json:
        click.echo(json.dumps(extraction, ensure_ascii=False))
        return
    console = kit.console()
    study = extraction["study"]
    console.print(f"[bold]{path.name}[/bold]: " + ", ".join(
        f"{k} {study[k]}" for k in ("kind", "design", "cancer", "n_patients", "median_follow_up_months")
        if study.get(k) is not None))
    cohorts = Table("cohort", "label", "n", "cited")
    for c in extraction["cohorts"]:
        cohorts.add_row(c["key"], c["label"], str(c.get("n") or ""), c.get("cited") or "")
    console.print(cohorts)
    if extraction["arms"]:
        arms = Table("arm", "label", "n", "rule")
        for a in extraction["arms"]:
            arms.add_row(a["key"], a["label"], str(a.get("n") or ""), a.get("pattern_id") or "")
        console.print(arms)
    if extraction["doses"]:
        doses = Table("arm", "modality", "agent", "dose", "fractions", "schedule", "rule")
        for d in extraction["doses"]:
            dose = d.get("total_dose") or "-".join(f"{d[k]:g}" for k in ("total_dose_low", "total_dose_high")
                                                    if d.get(k) is not None)
            doses.add_row(d["arm"], d["modality"], d.get("agent") or "",
                          f"{dose} {d.get('dose_unit') or ''}".strip(), str(d.get("fractions") or ""),
                          d.get("schedule") or "", d.get("pattern_id") or "")
        console.print(doses)
    console.print(_results_table(extraction))


# A run of more papers than this prints its counts, not a line per paper (--report has every paper).
TABLE_PAPERS = 50


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@kit.actor_option("'evidence add'")
@as_document_of_option
@kit.json_option("one object per paper (status, study, rows added per table, conflicts, error)")
@runs.jobs_option
@runs.dask_option
@report_option
@click.pass_context
@kit.reports_errors
def add(ctx: click.Context, paths: tuple[Path, ...], actor: str | None, as_document_of: str | None,
        as_json: bool, jobs: int | None, dask: str | None, report_path: Path | None) -> None:
    """Extract papers (.txt, .pdf, JATS .nxml/.xml, PubMed .xml/.xml.gz) and store them in the database.

    Each paper is extracted and loaded all or nothing. Its rows are stored as candidates
    (curation status 'extracted') for a curator to review with `evidence review`. A paper already
    stored (same file contents) and read by this extractor version is left as it is, without
    being read again, so a run that stopped can simply be started again; one read by an older
    version is re-extracted: its unreviewed candidates are replaced, rows a curator verified,
    corrected or rejected never change, and new values that differ from verified ones are listed
    as conflicts. A file of a paper already stored (same DOI, PMID or title: its PDF, text and
    XML) becomes another document of that paper's study; --as-document-of names the study
    outright. A folder adds every paper directly inside it. A PubMed XML file (PubmedArticleSet,
    plain or .gz) adds one study per citation.

    Papers are extracted on --jobs worker processes (or on a Dask cluster) and stored by one
    writer, many papers per transaction. Progress (papers/s, time left, refused so far) goes to
    stderr; a run of more than 50 papers prints its counts instead of a line per paper (and
    --report FILE.jsonl lists them all).

    \b
    Example: evidence add data/papers/
    Example: evidence add data/papers/ --jobs 2 --report add.jsonl
    """
    from oncoev.db import batch_add
    from oncoev.db.ingest import find_papers
    from oncoev.db.migrate import at_head

    jobs = runs.default_jobs(jobs)
    started = None
    if at_head(ctx.obj["db"]):
        # A head start: the papers are listed and sent to extraction before this process imports the
        # database layer (SQLAlchemy, the models, the writer), which it then does while they are read.
        # Any doubt about the database (missing, not at head, unreadable) leaves that to open_engine.
        papers, skipped = find_papers(paths)
        started = batch_add.start(ctx.obj["db"], papers, jobs=jobs, dask=dask, as_document_of=as_document_of,
                                  limits=limits.current(), head_start=True)
    try:
        engine = kit.open_engine(ctx)
        if started is None:
            papers, skipped = find_papers(paths)
        elif not as_json:
            kit.import_tables()  # while the head start extracts
        report = runs.RunReport(report_path)
        progress = runs.Progress(len(papers), "add")
        outcomes = []
        try:
            for added in batch_add.add_papers(engine, papers, jobs=jobs, dask=dask, actor=actor, started=started,
                                              as_document_of=as_document_of, limits=limits.current()):
                report.added(added)
                progress.advance(refused=added.status == "refused")
                if as_json or len(outcomes) <= TABLE_PAPERS:
                    outcomes.append(added)
        finally:
            progress.close()
            report.close()
    finally:
        if started is not None:  # failed before add_papers took it over: stop the worker, leave no process
            started.close()
    from oncoev.db.load import LoadReport

    if not as_json and len(outcomes) > TABLE_PAPERS:
        _print_run(report, "add")
        return
    summary = LoadSummary("paper", as_json)
    order = {str(paper): i for i, paper in enumerate(papers)}
    for added in sorted(outcomes, key=lambda a: order.get(a.file, len(order))):  # stable: a file's papers in order
        name = Path(added.paper).name
        if added.status == "refused":
            summary.add(name, None, added.reason, status="refused")
        else:
            summary.add(name, added.report or LoadReport(added.paper, added.status, added.study_id))
    for skip in skipped:
        summary.add(Path(skip.paper).name, None, skip.reason, status=skip.status)
    summary.emit()
    if report.failures:
        raise click.ClickException(f"{len(report.failures)} of {len(outcomes)} papers not stored:\n"
                                   + "\n".join(report.failures))


def _when(at, seconds: bool = True) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M") if at is not None else ""


@cli.command()
@click.option("--state", type=click.Choice(["extracted", "in_review", "verified"]), default=None,
              help="Only studies in this curation state.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per study, instead of a table.")
@click.pass_context
@kit.reports_errors
def status(ctx: click.Context, state: str | None, as_json: bool) -> None:
    """Show where curation stands: every study by curation state, with its rows per status.

    Rows (cohorts, arms, doses and results together) are counted as extracted, verified,
    corrected or rejected; "fields" is the study fields a curator checked out of those filled in;
    "last change" is the latest audit event (UTC) and who made it.

    \b
    Example: evidence status --state in_review
    """
    import json

    from rich.markup import escape
    from rich.table import Column

    from oncoev.db.audit import curation_status
    from oncoev.schema.contract import shorten
    from oncoev.schema.models import CURATION_STATUSES, ROW_STATUSES

    engine = kit.open_engine(ctx)
    states = curation_status(engine, state)
    if as_json:
        click.echo(json.dumps([s.as_dict() for s in states], ensure_ascii=False, indent=1))
        return
    if not states:
        if state is not None and curation_status(engine):
            click.echo(f"no studies are {state}; `evidence status` lists them all", err=True)
        else:
            click.echo("no studies yet: `evidence add PAPER` (or `evidence load FILE`)", err=True)
        return
    # One section per curation state, headed by the state and its number of studies. Counts and times keep
    # their width; a long title is cut and wraps (`evidence history` shows it whole).
    table = Table(Column("id", no_wrap=True), Column("title", max_width=60),
                  *(Column(name, no_wrap=True) for name in ("docs", *ROW_STATUSES, "fields")),
                  Column("last change (UTC)", min_width=16))
    for state_name in CURATION_STATUSES:
        group = [s for s in states if s.curation_status == state_name]
        if not group:
            continue
        if table.rows:
            table.add_section()
        table.add_row("", f"[bold]{state_name}[/bold]: {len(group)} stud{'y' if len(group) == 1 else 'ies'}")
        for s in group:
            table.add_row(str(s.id), escape(shorten(s.title, 64)), str(s.n_documents),
                          *(str(s.rows.get(k, 0)) for k in ROW_STATUSES), f"{s.fields_checked}/{s.fields_filled}",
                          escape(f"{_when(s.last_event_at, seconds=False)}\n{s.last_actor}") if s.last_actor else "")
    console = kit.console()
    console.print(table)
    by_state = {k: sum(s.curation_status == k for s in states) for k in CURATION_STATUSES}
    rows = {k: sum(s.rows.get(k, 0) for s in states) for k in ROW_STATUSES}
    console.print(f"{len(states)} stud{'y' if len(states) == 1 else 'ies'}: "
                  + ", ".join(f"{n} {k}" for k, n in by_state.items())
                  + "; rows: " + ", ".join(f"{n} {k}" for k, n in rows.items()))


@cli.command()
@click.argument("study")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the N most recent events.")
@click.option("--json", "as_json", is_flag=True,
              help='Print one JSON object, {"study": ..., "events": [...]}, instead of a table.')
@click.pass_context
@kit.reports_errors
def history(ctx: click.Context, study: str, limit: int | None, as_json: bool) -> None:
    """Show a study's audit trail: every load and curator change, oldest first.

    STUDY is the study's id, DOI (10.xxxx/..., doi:...) or PMID (pmid:NNN). Each event says
    when (UTC), who, what action on which table and row, and what changed.

    \b
    Example: evidence history 3 --limit 20
    """
    import json

    from rich.markup import escape
    from rich.table import Column

    from oncoev.db.audit import history as study_history

    engine = kit.open_engine(ctx)
    summary, events = study_history(engine, study, limit)
    if as_json:
        click.echo(json.dumps({"study": summary.as_dict(), "events": [e.as_dict() for e in events]},
                              ensure_ascii=False, indent=1, default=str))
        return
    console = kit.console()
    console.print(f"[bold]Study {summary.id}[/bold]: {escape(summary.title)}")
    documents = [f"{d.filename} ({' '.join(x for x in (d.extractor, d.extractor_version) if x) or 'no extractor'})"
                 for d in summary.documents]
    console.print(escape(f"curation status {summary.curation_status}; documents: {'; '.join(documents) or 'none'}"))
    if not events:
        console.print("no events recorded for this study")
        return
    # The change gets the room; the note wraps narrower.
    table = Table(*(Column(name, no_wrap=True) for name in ("time (UTC)", "actor", "action", "table", "row")),
                  Column("change", ratio=2), Column("note", ratio=1))
    for e in events:
        table.add_row(_when(e.at), escape(e.actor), e.action, e.table_name, "" if e.row_id is None else str(e.row_id),
                      escape(e.summary), escape(e.note or ""))
    console.print(table)


from oncoev.cli.pool import pool  # noqa: E402  (registered here, after the group is defined)

cli.add_command(pool)

from oncoev.cli.curation import COMMANDS as CURATION_COMMANDS  # noqa: E402

for _command in CURATION_COMMANDS:
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="evidence")
