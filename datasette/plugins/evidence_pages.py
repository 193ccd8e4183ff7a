"""How the evidence database's pages read: short study labels, links, compact provenance, view search,
and what the home page says about the data.

Loaded by Datasette with ``--plugins-dir`` (``evidence serve`` does this), by path, never imported as
part of a package (``datasette/`` must not become a Python package). Only the HTML changes: the JSON
and CSV of every page are as stored.

- A study's title repeats on every row of a comparison and made each row several lines tall: in
  canned queries and views the ``study`` cell shows a short label (first author et al. and year, or
  the title cut) linked to everything about the study, the full title on hover. Quotes and locators
  are cut to one line the same way.
- Row pages (``/evidence/cohorts/3``) show foreign keys as plain numbers: they link to their rows.
  ``studies.field_provenance`` (JSON) is shown as a small folded table.
- Search on ``survival_rates`` and ``results_flat`` covers study titles and cohort labels as well as
  the results' quotes, as the canned search does (Datasette's own view search knows one index only).
- The home page says how many results a curator has checked and how many are unverified machine
  extractions.
"""

from __future__ import annotations

import json
import sqlite3
import time
import weakref
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments
from markupsafe import Markup

VIEWS = ("results_flat", "survival_rates")
# Foreign keys of our tables, linked on row pages: column -> table it points to.
FOREIGN_KEYS = {"study_id": "studies", "cohort_id": "cohorts", "arm_id": "arms", "document_id": "documents",
                "parent_id": "cohorts", "comparator_cohort_id": "cohorts", "comparator_arm_id": "arms"}
TABLES = ("studies", "documents", "cohorts", "arms", "dose_schedules", "outcome_results", "curation_events")
LABEL_WIDTH = 40
QUOTE_WIDTH = 60

# Search on a view: the results whose quote, cohort (label, cited source) or study (title, population,
# cancer, institution) matches; the same three indexes as the canned search, one set of result ids.
VIEW_SEARCH = """result_id in (
  select rowid from outcome_results_fts where outcome_results_fts match escape_fts(:ev_search)
  union select r.id from outcome_results r where r.cohort_id in
    (select rowid from cohorts_fts where cohorts_fts match escape_fts(:ev_search))
  union select r.id from outcome_results r where r.study_id in
    (select rowid from studies_fts where studies_fts match escape_fts(:ev_search)))"""

# Per Datasette instance and database: what the pages need to know of the whole database (every study's
# title, authors and year; the counts for the home page). Computed once while the database is immutable,
# as `evidence serve` opens it; on a mutable database, again after MUTABLE_SECONDS, so that a page's 100
# cells share one read of the studies (at 30,000 studies a read per cell made a page take seconds).
_known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
MUTABLE_SECONDS = 2.0


def _cached(datasette, database: str, what: str) -> Any:
    found = _known.setdefault(datasette, {}).get((database, what))
    if found is None:
        return None
    at, value = found
    if datasette.get_database(database).is_mutable and time.monotonic() - at > MUTABLE_SECONDS:
        return None
    return value


def _keep(datasette, database: str, what: str, value: Any) -> Any:
    _known.setdefault(datasette, {})[(database, what)] = (time.monotonic(), value)
    return value


async def _whole_table(datasette, database: str, what: str, sql: str) -> list[tuple] | None:
    rows = _cached(datasette, database, what)
    if rows is not None:
        return rows
    try:
        rows = [tuple(row) for row in (await datasette.get_database(database).execute(sql)).rows]
    except (sqlite3.Error, QueryInterrupted):
        return None
    return _keep(datasette, database, what, rows)


async def _studies(datasette, database: str) -> dict[int, tuple[str | None, str | None, int | None]]:
    """Study id -> (title, authors, year), built once for all the cells that ask (see _known)."""
    by_id = _cached(datasette, database, "studies by id")
    if by_id is None:
        rows = await _whole_table(datasette, database, "studies", "select id, title, authors, year from studies")
        by_id = _keep(datasette, database, "studies by id", {row[0]: row[1:] for row in rows or ()})
    return by_id


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def first_author(authors: str | None) -> str | None:
    """ "Kim JH, Lee S" -> "Kim"; "Jane Smith and John Doe" -> "Smith"."""
    if not authors:
        return None
    first = authors.replace(";", ",").split(",")[0].split(" and ")[0].strip()
    words = first.split()
    if not words:
        return None
    if len(words) > 1 and words[-1].isupper() and len(words[-1]) <= 3:   # "Kim JH": initials last
        return " ".join(words[:-1])
    return words[-1]


def study_label(title: str | None, authors: str | None, year: int | None) -> str:
    """A study in a few words: "Kim et al. 2012", or its title cut, with the year when known."""
    author = first_author(authors)
    if author:
        return f"{author} et al." + (f" {year}" if year else "")
    return _cut(title or "", LABEL_WIDTH) + (f" ({year})" if year else "")


async def _study_cell(datasette, database: str, study_id: Any, value: Any) -> Markup | None:
    found = (await _studies(datasette, database)).get(study_id)
    if found is None:
        return None
    title, authors, year = found
    label = study_label(title or str(value), authors, year)
    url = datasette.urls.database(database) + f"/study_overview?study_id={int(study_id)}"
    return Markup('<a class="ev-study" href="{}" title="{}">{}</a>').format(url, title or value, label)


def _quote_cell(value: str) -> Markup | None:
    if len(value) <= QUOTE_WIDTH:
        return None
    return Markup('<span class="ev-quote" title="{}">{}</span>').format(" ".join(value.split()),
                                                                        _cut(value, QUOTE_WIDTH))


def _field_provenance(value: Any) -> Markup | None:
    """studies.field_provenance: "11 fields: 11 verified", unfolding to a table of field, status, source."""
    try:
        fields = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if fields is None or fields == {}:
        return Markup('<span class="ev-none">no study field checked yet</span>')
    if not isinstance(fields, dict):
        return None
    counts: dict[str, int] = {}
    rows = []
    for name, meta in fields.items():
        meta = meta if isinstance(meta, dict) else {}
        status = str(meta.get("status") or "extracted")
        counts[status] = counts.get(status, 0) + 1
        source = meta.get("quote") or meta.get("locator") or meta.get("curator") or ""
        rows.append(Markup("<tr><td>{}</td><td>{}</td><td>{}</td></tr>").format(name, status, _cut(str(source), 60)))
    summary = f"{len(fields)} fields: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    return Markup('<details class="ev-fields"><summary>{}</summary><table><tr><th>field</th><th>status</th>'
                  "<th>quote, locator or curator</th></tr>{}</table></details>").format(summary, Markup("").join(rows))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if value is None or value == "" or isinstance(value, (bytes, dict)):
        return None
    keys = set(row.keys())
    if table in TABLES:
        if table == "studies" and column == "field_provenance":
            return _field_provenance(value)
        target = FOREIGN_KEYS.get(column)
        # A table page shows a foreign key with its label (a dict, left to Datasette); a row page shows
        # the bare number, which links here.
        if target and isinstance(value, int) and not (table == "curation_events" and column == "row_id"):
            url = datasette.urls.table(database, target) + f"/{value}"
            return Markup('<a href="{}" title="{} {}">{}</a>').format(url, target, value, value)
        return None
    if table is not None and table not in VIEWS:
        return None
    if column in ("quote", "locator", "found_in") and isinstance(value, str):
        return _quote_cell(value)
    if column == "study" and "study_id" in keys and row["study_id"] not in (None, ""):
        study_id = row["study_id"]

        async def cell():
            return await _study_cell(datasette, database, study_id, value)

        return cell
    return None


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """?_search= on the views: quotes, cohort labels and study titles (see VIEW_SEARCH)."""
    if table not in VIEWS:
        return None
    search = (request.args.get("_search") or "").strip()
    if not search:
        return FilterArguments([], extra_context={"supports_search": True})
    return FilterArguments([VIEW_SEARCH], {"ev_search": search}, [f'search matches "{search}"'],
                           {"supports_search": True, "search": search})


async def _data_summary(datasette) -> list[str]:
    lines = []
    for name in datasette.databases:
        if name == "_internal":
            continue
        results = await _whole_table(datasette, name, "results by status", "select status, count(*) from "
                                     "outcome_results where status != 'rejected' group by status")
        studies = await _whole_table(datasette, name, "studies by state", "select curation_status, count(*) "
                                     "from studies group by curation_status")
        if results is None or studies is None:
            continue
        by_status = dict(results)
        checked = by_status.get("verified", 0) + by_status.get("corrected", 0)
        unverified = by_status.get("extracted", 0)
        by_state = dict(studies)
        lines.append(
            f"{checked + unverified:,} results from {sum(by_state.values()):,} studies: {checked:,} checked by a "
            f"curator against the paper (verified or corrected), {unverified:,} unverified machine extractions "
            f"(marked unverified beside the number). Studies: " +
            ", ".join(f"{by_state.get(s, 0):,} {s.replace('_', ' ')}" for s in ("verified", "in_review", "extracted")))
    return lines


@hookimpl
def extra_template_vars(template, datasette):
    """On the home page, ``evidence_data_summary``: what share of the results a curator has checked."""
    if template != "index.html":
        return {}

    async def inner():
        return {"evidence_data_summary": await _data_summary(datasette)}

    return inner
