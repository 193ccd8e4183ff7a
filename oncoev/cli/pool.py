"""``evidence pool``: a thin click wrapper over the database query (db.pooling_query), the dataset rules
(pooling.dataset), the analysis (pooling.analysis) and the plots (pooling.forest, pooling.funnel)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

import click

from oncoev.cli import kit
from oncoev.pooling.choices import BY_COLUMNS, MEASURES, UNITS

FORMATS = ("table", "csv", "json")


def load_dataset(engine, query):
    """The analysis dataset for ``query``: the database's rows, shaped and filtered by the pooling rules."""
    from oncoev.db.pooling_query import available_results, fetch_pooling_rows
    from oncoev.pooling.dataset import build_dataset, no_match_message, records_from_rows
    from oncoev.pooling.methods import PoolingError

    records = records_from_rows(fetch_pooling_rows(engine, query.endpoint, query.measure, query.timepoint,
                                                   query.cancer, query.design))
    if not records:
        raise PoolingError(no_match_message(query, *available_results(engine, query.endpoint, query.measure)))
    return build_dataset(records, query)


def _excluded_lines(analysis) -> list[str]:
    # Subgroups not pooled are counted per study; every other exclusion is listed.
    subgroups: dict[str, int] = defaultdict(int)
    lines = []
    for e in analysis.dataset.excluded:
        if e.pooled_above:
            subgroups[e.label.split(":")[0]] += 1
        else:
            lines.append(f"  - {e.label} (result {e.result_id}): {e.reason}")
    for study, count in subgroups.items():
        lines.append(f"  - {study}: {count} subgroup result{'s' if count > 1 else ''} not pooled "
                     "(the whole group is)")
    return [f"Not pooled ({len(analysis.dataset.excluded)} results):", *lines] if lines else []


@click.command()
@click.option("--endpoint", required=True, help="Endpoint code: OS, PFS, LC, ... (see the endpoints table).")
@click.option("--measure", type=click.Choice(MEASURES), default="rate", show_default=True,
              help="rate or proportion (pooled as proportions), or hr / or / rr (pooled as log ratios).")
@click.option("--timepoint", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Time point in months (60 for 5-year rates); required for rates.")
@click.option("--cancer", default=None, help="Only studies of this cancer (case-insensitive), e.g. cervical.")
@click.option("--design", default=None, help="Only studies of this design: retrospective, phase2, randomized, ...")
@click.option("--modality", default=None,
              help="Only groups treated with this modality (sbrt, ebrt, brachytherapy, chemotherapy, ...).")
@click.option("--unit", type=click.Choice(UNITS), default="patients", show_default=True,
              help="Pool groups counted in patients or in lesions (never both).")
@click.option("--group", "group_text", default=None,
              help="Only groups (or comparators) whose label contains this text, e.g. to pick one HR comparison.")
@click.option("--include-cited", is_flag=True,
              help="Also pool results that reviews cite from other studies (left out by default: no study twice).")
@click.option("--curated-only", is_flag=True, help="Only rows a curator verified or corrected.")
@click.option("--by", type=click.Choice(BY_COLUMNS), default=None,
              help="Subgroup analysis by this study column, with the test for subgroup differences.")
@click.option("--method", type=click.Choice(["REML", "DL", "FE"], case_sensitive=False), default="REML",
              show_default=True, help="tau² estimator (REML, DerSimonian-Laird) or FE for a common-effect model.")
@click.option("--hk", is_flag=True, help="Hartung-Knapp confidence interval (t with k-1 df) for random effects.")
@click.option("--transform", type=click.Choice(["logit", "pft"]), default="logit", show_default=True,
              help="Scale for proportions: logit, or Freeman-Tukey double arcsine (back-transformed with the "
                   "harmonic mean of n). Ratios always use the log scale.")
@click.option("--level", type=click.FloatRange(50, 99.99), default=95.0, show_default=True,
              help="Confidence level in percent.")
@click.option("--leave-one-out", "loo", is_flag=True, help="Add the leave-one-out sensitivity analysis.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a forest plot to this .png, .svg or .pdf file.")
@click.option("--funnel", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a funnel plot (with Egger's regression line) to this .png, .svg or .pdf file.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output: a statsmodels-style table, CSV rows, or one JSON object.")
@click.pass_context
@kit.reports_errors
def pool(ctx: click.Context, endpoint: str, measure: str, timepoint: float | None, cancer: str | None,
         design: str | None, modality: str | None, unit: str, group_text: str | None, include_cited: bool,
         curated_only: bool, by: str | None, method: str, hk: bool, transform: str, level: float, loo: bool,
         plot: Path | None, funnel: Path | None, fmt: str) -> None:
    """Pool one endpoint across studies: random-effects meta-analysis with a forest plot.

    Reads the matching results, keeps one group per study (subgroups, repeats and, by default,
    results cited by reviews are left out and listed), and pools proportions on the logit or
    Freeman-Tukey scale, or log hazard ratios. For survival rates the events are approximated
    as rate x n. Prints the pooled estimate with its z (or t) test, tau², tau, I² and H² with
    Q-profile confidence intervals, and Egger's test; warnings (mixed cancers or designs) go
    to stderr. Endpoint codes are case-insensitive.

    \b
    Example: evidence pool --endpoint OS --measure rate --timepoint 60 --cancer cervical --plot forest.png
    """
    from oncoev.pooling.analysis import analyse
    from oncoev.pooling.dataset import Query
    from oncoev.pooling.forest import check_plot_path, forest_plot
    from oncoev.pooling.funnel import funnel_plot

    for path, what in ((plot, "a forest plot"), (funnel, "a funnel plot")):
        if path is not None:
            check_plot_path(path, what)
    query = Query(endpoint=endpoint, measure=measure, timepoint=timepoint, cancer=cancer, design=design,
                  modality=modality, unit=unit, group=group_text, include_cited=include_cited,
                  curated_only=curated_only)
    dataset = load_dataset(kit.open_engine(ctx), query)
    analysis = analyse(dataset, method=method.upper(), hk=hk, transform=transform, by=by, level=level,
                       sensitivity=loo)
    xlabel = (f"{measure.upper()} (log scale)" if query.is_ratio else
              f"{query.endpoint} {measure}" + (f" at {timepoint:g} months" if timepoint else "") + " (%)")
    if plot is not None:
        forest_plot(analysis.result, plot, title=analysis.title(), notes=dataset.notes, xlabel=xlabel)
    if funnel is not None:
        funnel_plot(analysis.overall, funnel, egger=analysis.egger, title=analysis.title(), xlabel=xlabel)
    if fmt == "json":
        click.echo(json.dumps(analysis.to_dict(), indent=2, ensure_ascii=False))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(analysis.csv_rows()[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(analysis.csv_rows())
        click.echo(out.getvalue(), nl=False)
    else:
        click.echo(analysis.summary_text())
        for note in dataset.notes:
            click.echo(f"Note: {note}.")
        excluded = _excluded_lines(analysis)
        if excluded:
            click.echo("\n".join(excluded))
    # The report first, then what goes to stderr, so that 2>&1 reads in order.
    sys.stdout.flush()
    for warning in analysis.warnings:
        click.echo(f"Warning: {warning}.", err=True)
    for path, what in ((plot, "forest plot"), (funnel, "funnel plot")):
        if path is not None:
            click.echo(f"{what} written to {path}", err=True)
