"""Curation state and provenance beside every number, in Datasette's HTML tables.

Every row of cohorts, arms, dose_schedules and outcome_results has a ``status`` (extracted,
verified, corrected, rejected) and provenance columns (document, page, quote or locator, rule,
extractor). Wherever one of their numbers is shown (the tables, the views results_flat and
survival_rates, the canned queries), its cell gets a badge after the number:

* ``✓ verified`` or ``✎ corrected``: a curator checked the number;
* ``unverified``: a machine extraction no curator has checked yet;
* ``✗ rejected``: a curator's tombstone (only the tables show these rows).

Hovering the badge shows the page, rule and quote; clicking it opens the whole provenance in
the cell (a ``<details>``, no JavaScript). The badge's words come from the stylesheet
(``summary::after``), so that copying a column, or reading its text, gives the numbers alone.

The number's row is found from the cell's own row: the table's ``id``, a view's ``result_id``,
a canned query's ``result_id``, ``dose_id`` or ``part`` / ``kind`` with ``row_id``. When the
cell's row does not carry the provenance columns, they are read from the table by id (cached
while the database is immutable, as ``evidence serve`` opens it). In a query a number gets a
badge only when it equals the number stored in that row, so SQL typed by hand cannot borrow
another number's badge.

Only the HTML changes: JSON, CSV and the charts read the database, not these cells.
Everything from the database is escaped (quotes come from papers).
"""

from __future__ import annotations

import json
import math
import sqlite3
import weakref
from collections.abc import Mapping
from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from markupsafe import Markup

# status -> (badge, what it means)
STATUS = {
    "verified": ("✓ verified", "Verified: a curator checked this number against the paper"),
    "corrected": ("✎ corrected", "Corrected: a curator checked this number and corrected it"),
    "extracted": ("unverified", "Unverified: a machine extraction that no curator has checked yet"),
    "rejected": ("✗ rejected", "Rejected by a curator: kept for the audit trail, left out of the views and queries"),
}
PROVENANCE = ("study_id", "status", "document_id", "page", "quote", "locator", "extractor", "extractor_version",
              "pattern_id", "confidence")
DOSE_NUMBERS = ("total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction", "dose_per_fraction_low",
                "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high", "bed10", "eqd2")
# The numbers of each table that get a badge.
NUMBERS = {
    "outcome_results": ("value",),
    "dose_schedules": DOSE_NUMBERS,
    "cohorts": ("n",),
    "arms": ("n",),
}
VIEWS = ("results_flat", "survival_rates")
# Tables whose rows the audit log names (curation_events.table_name), linked from its row_id.
LOGGED_TABLES = ("studies", "documents", "cohorts", "arms", "dose_schedules", "outcome_results")
TITLE_QUOTE = 180  # characters of the quote in the hover text
CACHE_LIMIT = 50_000

STYLE = Markup("""<style>
.ev-cell { white-space: nowrap; }
details.ev-prov { display: inline-block; vertical-align: top; }
details.ev-prov > summary { display: inline-block; list-style: none; cursor: pointer; margin-left: 0.35em;
  padding: 0 0.4em; border-radius: 0.7em; border: 1px solid; font-size: 0.72em; line-height: 1.45;
  white-space: nowrap; font-weight: normal; }
details.ev-prov > summary::-webkit-details-marker { display: none; }
details.ev-prov > summary::after { content: attr(data-badge); }
details.ev-prov > summary:focus-visible { outline: 2px solid #1f4e79; }
.ev-verified > summary { background: #e4f2e4; color: #1b5e20; border-color: #9ccc9f; }
.ev-corrected > summary { background: #e5eef9; color: #1f4e79; border-color: #9db8d6; }
.ev-extracted > summary { background: #fff3d1; color: #7a5200; border-color: #e2c062; }
.ev-rejected > summary { background: #f9e1e1; color: #8a1c1c; border-color: #dc9b9b; }
details.ev-prov[open] > .ev-prov-body { display: block; margin: 0.35em 0 0.2em; padding: 0.4em 0.6em;
  min-width: 16em; max-width: 32em; white-space: normal; font-size: 0.85em; line-height: 1.4;
  background: #fafafa; border-left: 3px solid #bbb; }
.ev-prov-body blockquote { margin: 0.3em 0; padding: 0; font-style: italic; }
.ev-prov-body .ev-meta { color: #555; }
details.ev-pages > summary { cursor: pointer; }
</style>""")

_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _same(a: Any, b: Any) -> bool:
    """Whether a number shown equals the number stored (floats to 1e-9)."""
    if a is None or b is None:
        return False
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _reference(table: str | None, column: str, row: Mapping) -> tuple[str, str, Any, str | None] | None:
    """Where the number in ``column`` of ``row`` was read from.

    ``("row", table, id, column)``: that column of that row; ``("group", table, id, None)``: the n of
    the cohort or arm that row is about. None for a cell that is not one of our numbers.
    """
    keys = set(row.keys())
    if table in NUMBERS:
        return ("row", table, row["id"], column) if column in NUMBERS[table] and "id" in keys else None
    if table in VIEWS:
        if "result_id" not in keys:
            return None
        if column == "value":
            return "row", "outcome_results", row["result_id"], "value"
        if column in ("group_n", "n"):
            return "group", "outcome_results", row["result_id"], None
        return None
    if table is not None:
        return None
    # A canned query (or SQL typed in): recognised by the columns that name the row.
    if {"part", "row_id"} <= keys:  # study_overview
        part, row_id = row["part"], row["row_id"]
        source = {"result": "outcome_results", "dose": "dose_schedules", "cohort": "cohorts", "arm": "arms"}.get(part)
        if source in ("cohorts", "arms"):
            return ("row", source, row_id, "n") if column == "n" else None
        if source == "outcome_results" and column == "value":
            return "row", source, row_id, "value"
        if source == "dose_schedules" and column == "value":
            return "row", source, row_id, "total_dose"
        if source in ("outcome_results", "dose_schedules") and column == "n":
            return "group", source, row_id, None
        return None
    if {"kind", "row_id"} <= keys:  # search
        kind = str(row["kind"] or "")
        if kind == "cohort" and column == "n":
            return "row", "cohorts", row["row_id"], "n"
        if kind.startswith("result"):
            if column == "value":
                return "row", "outcome_results", row["row_id"], "value"
            if column == "n":
                return "group", "outcome_results", row["row_id"], None
        return None
    if "result_id" in keys:
        if column == "value":
            return "row", "outcome_results", row["result_id"], "value"
        if column in ("n", "group_n"):
            return "group", "outcome_results", row["result_id"], None
    if "dose_id" in keys:
        if column in DOSE_NUMBERS:
            return "row", "dose_schedules", row["dose_id"], column
        if column == "n":
            return "group", "dose_schedules", row["dose_id"], None
    return None


async def _fetch(datasette, database: str, sql: str, params: tuple) -> dict | None:
    """One row as a dict, cached per Datasette instance while the database is immutable."""
    db = datasette.get_database(database)
    cache = _caches.setdefault(datasette, {}) if not db.is_mutable else None
    key = (database, sql, params)
    if cache is not None and key in cache:
        return cache[key]
    try:
        result = await db.execute(sql, params)
    except (sqlite3.Error, QueryInterrupted):  # not our schema, or the time limit: no badge rather than no page
        return None
    first = result.first()
    record = dict(zip(result.columns, first, strict=True)) if first is not None else None
    if cache is not None:
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[key] = record
    return record


async def _row(datasette, database: str, table: str, row_id: Any) -> dict | None:
    if table not in NUMBERS or row_id is None:
        return None
    return await _fetch(datasette, database, f"select * from {table} where id = ?", (row_id,))


async def _group(datasette, database: str, record: dict, table: str) -> tuple[str, dict | None]:
    """The cohort or arm ``record`` (a result or a dose) is about, as results_flat and the queries pick it."""
    order = ("cohort_id", "arm_id") if table == "outcome_results" else ("arm_id", "cohort_id")
    for column in order:
        if record.get(column) is not None:
            group = "cohorts" if column == "cohort_id" else "arms"
            return group, await _row(datasette, database, group, record[column])
    return "cohorts", None


async def _document_name(datasette, database: str, document_id: Any) -> str | None:
    if document_id is None:
        return None
    found = await _fetch(datasette, database, "select filename from documents where id = ?", (document_id,))
    return found["filename"] if found else None


def _plain(value: Any) -> Any:
    """A table page gives a foreign key with its label (``{"value": 1, "label": "..."}``); the value."""
    return value.get("value") if isinstance(value, dict) else value


def _fmt_confidence(value: Any) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return str(value)


def _title(status: str, record: dict, document: str | None) -> str:
    """The hover text: status, page, document, rule and the start of the quote."""
    parts = [STATUS[status][1]]
    if record.get("page") is not None:
        parts.append(f"page {record['page']}" + (f" of {document}" if document else ""))
    elif document:
        parts.append(document)
    if record.get("pattern_id"):
        parts.append(f"rule {record['pattern_id']}")
    quote = " ".join(str(record.get("quote") or "").split())
    if quote:
        parts.append("“" + (quote if len(quote) <= TITLE_QUOTE else quote[: TITLE_QUOTE - 1] + "…") + "”")
    elif record.get("locator"):
        parts.append(f"at {record['locator']}")
    return " · ".join(parts) + " (click for the source)"


def _body(datasette, database: str, status: str, table: str, record: dict, document: str | None,
          what: str | None) -> Markup:
    """The provenance shown when the badge is opened."""
    out = [Markup("<strong>{}</strong>").format(STATUS[status][1] + ".")]
    if what:
        out.append(Markup(" {}").format(what))
    if record.get("quote"):
        out.append(Markup("<blockquote>“{}”</blockquote>").format(record["quote"]))
    elif record.get("locator"):
        out.append(Markup('<div>Where in the paper: {}</div>').format(record["locator"]))
    else:
        out.append(Markup("<div>No quote or locator stored.</div>"))
    meta = []
    if record.get("page") is not None:
        meta.append(Markup("page {}").format(record["page"]))
    if record.get("document_id") is not None:
        url = datasette.urls.table(database, "documents") + f"/{int(record['document_id'])}"
        meta.append(Markup('document <a href="{}">{}</a>').format(url, document or f"#{record['document_id']}"))
    if record.get("pattern_id"):
        meta.append(Markup("rule <code>{}</code>").format(record["pattern_id"]))
    extractor = " ".join(str(record[k]) for k in ("extractor", "extractor_version") if record.get(k) is not None)
    if extractor:
        meta.append(Markup("extractor {}").format(extractor))
    if record.get("confidence") is not None:
        meta.append(Markup("confidence {}").format(_fmt_confidence(record["confidence"])))
    links = [Markup('<a href="{}">{} #{}</a>').format(
        datasette.urls.table(database, table) + f"/{int(record['id'])}", table, record["id"])]
    queries = datasette.metadata("queries", database=database) or {}
    if "audit_trail" in queries and record.get("study_id") is not None:
        links.append(Markup('<a href="{}">curation history of the study</a>').format(
            datasette.urls.database(database) + f"/audit_trail?study_id={int(record['study_id'])}"))
    if meta:
        out.append(Markup('<div class="ev-meta">{}</div>').format(Markup(" · ").join(meta)))
    out.append(Markup('<div class="ev-meta">{}</div>').format(Markup(" · ").join(links)))
    return Markup("").join(out)


def badge(datasette, database: str, value: Any, table: str, record: dict, document: str | None,
          what: str | None = None) -> Markup | None:
    """``value`` followed by its status badge and provenance (``record`` is the row it was read from)."""
    status = record.get("status")
    if status not in STATUS or record.get("id") is None:
        return None
    return Markup('<span class="ev-cell"><span class="ev-num">{value}</span><details class="ev-prov ev-{status}">'
                  '<summary data-badge="{badge}" title="{title}" aria-label="{label}"></summary>'
                  '<div class="ev-prov-body">{body}</div></details></span>').format(
        value=value, status=status, badge=STATUS[status][0], title=_title(status, record, document),
        label=f"{STATUS[status][0].lstrip('✓✎✗ ')}: show where this number comes from",
        body=_body(datasette, database, status, table, record, document, what))


async def _number_cell(datasette, database: str, table: str | None, row: Mapping, value: Any,
                       reference: tuple[str, str, Any, str | None]) -> Markup | None:
    kind, source, row_id, column = reference
    keys = set(row.keys())
    if kind == "row" and table == source and set(PROVENANCE) | {"id"} <= keys:
        record: dict | None = {k: _plain(row[k]) for k in keys}  # a table page: the row itself
    else:
        record = await _row(datasette, database, source, row_id)
    if record is None:
        return None
    what = None
    if kind == "group":
        source, record = await _group(datasette, database, record, source)
        if record is None or not _same(value, record.get("n")):
            return None
        what = f"The size (n) of {'cohort' if source == 'cohorts' else 'arm'} “{record.get('label')}”."
    elif table is None and not _same(value, record.get(column)):
        return None  # a query showing some other number in this column
    if kind == "row" and column == "value" and record.get("value_op") not in (None, "="):
        value = f"{record['value_op']}{value}"   # a bound ("< 5"): a query may leave value_op out of its columns
    document = await _document_name(datasette, database, record.get("document_id"))
    return badge(datasette, database, value, source, record, document, what)


def _page_starts(value: Any) -> Markup | None:
    """documents.page_starts: folded away behind the number of pages."""
    try:
        starts = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if not isinstance(starts, list):
        return None
    pages = f"{len(starts)} page{'' if len(starts) == 1 else 's'}"
    return Markup('<details class="ev-pages"><summary title="Where each page starts in the text">{}</summary>'
                  "{}</details>").format(pages, ", ".join(str(s) for s in starts))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Badges beside the numbers; links from the audit log to its rows and to a study's history."""
    if value is None or value == "":
        return None
    if table == "documents" and column == "page_starts":
        return _page_starts(value)
    if column == "row_id" and (table is None or table == "curation_events"):
        return _logged_row_link(row, value, database, datasette)
    if column == "events" and table is None and {"study_id", "last_event_at"} <= set(row.keys()):  # the queue
        queries = datasette.metadata("queries", database=database) or {}
        if "audit_trail" in queries and isinstance(row["study_id"], int):
            url = datasette.urls.database(database) + f"/audit_trail?study_id={row['study_id']}"
            return Markup('<a href="{}" title="The study\'s curation history">{}</a>').format(url, value)
        return None
    if isinstance(value, (bytes, dict)):
        return None
    reference = _reference(table, column, row)
    if reference is None or reference[2] is None:
        return None

    async def cell():
        return await _number_cell(datasette, database, table, row, value, reference)

    return cell


def _logged_row_link(row: Mapping, value: Any, database: str, datasette) -> Markup | None:
    """In the audit log, a row_id links to the row it names (unless the event deleted it)."""
    keys = set(row.keys())
    if "table_name" not in keys or row["table_name"] not in LOGGED_TABLES or not isinstance(value, int):
        return None
    if "action" in keys and row["action"] == "delete":
        return None
    url = datasette.urls.table(database, row["table_name"]) + f"/{value}"
    return Markup('<a href="{}">{}</a>').format(url, value)


@hookimpl
def extra_template_vars():
    return {"evidence_curation_style": STYLE}
