"""Canned queries answer one page of rows at a time, so that a page stays small however many studies
the database holds (without it, a comparison over 200 studies was a 3.6 MB page).

Every canned query of metadata.yml gets a ``page`` parameter (empty: the first page) and returns
at most :data:`PAGE_SIZE` rows of its results, in its own order. Done here, for every query at once,
rather than in each query's SQL. Loaded by path with ``--plugins-dir``, like the other plugins.
"""

from __future__ import annotations

from datasette import hookimpl

PAGE_SIZE = 100
MARK = "-- paged by evidence_paging"


def paged(sql: str, size: int = PAGE_SIZE) -> str:
    """``sql`` with only the rows of the page ``:page`` (1 for empty or nonsense), in its own order."""
    page = "max(1, cast(coalesce(nullif(trim(:page), ''), '1') as integer))"
    return f"{MARK}\nselect * from (\n{sql}\n)\nlimit {size} offset {size} * ({page} - 1)"


NOTE = (f"<p>Results come {PAGE_SIZE} rows to a page, in order; type 2 in the <strong>page</strong> box for "
        "the next ones.</p>")


@hookimpl
def canned_queries(datasette, database):
    queries = datasette.metadata("queries", database=database, fallback=False) or {}
    out = {}
    for name, query in queries.items():
        query = query if isinstance(query, dict) else {"sql": query}
        sql = query.get("sql") or ""
        if query.get("write") or sql.startswith(MARK):
            continue  # Datasette may hand back what this hook returned last time
        out[name] = {**query, "sql": paged(sql.rstrip().rstrip(";")),
                     "description_html": (query.get("description_html") or "") + NOTE}
    return out
