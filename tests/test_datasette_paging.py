"""Canned query pages are paginated (datasette/plugins/evidence_paging.py): a page stays small however
many studies the database holds."""

from __future__ import annotations

import asyncio
import copy
import hashlib

from support import small_extraction

from oncoev.db.load import load_extraction
from oncoev.publish import datasette_app

STUDIES = 130


def _many_studies(engine) -> None:
    """``STUDIES`` studies, each with its 5-year OS (the value tells which study it is)."""
    base = small_extraction()
    for i in range(STUDIES):
        data = copy.deepcopy(base)
        data["document"]["text"] += f"\nCopy {i}.\n"
        data["document"]["sha256"] = hashlib.sha256(data["document"]["text"].encode()).hexdigest()
        data["study"]["doi"] = f"10.9999/pages.{i}"
        data["results"] = [{"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 60,
                            "value": round(10 + i * 0.5, 1), "unit": "%", "locator": "Table 2"}]
        load_extraction(engine, data)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_five_year_os_comes_a_page_at_a_time_in_order(engine, db_path):
    _many_studies(engine)
    ds = datasette_app(db_path)
    first = get(ds, "/evidence/five_year_os.json?_shape=array").json()
    second = get(ds, "/evidence/five_year_os.json?_shape=array&page=2").json()
    nonsense = get(ds, "/evidence/five_year_os.json?_shape=array&page=abc").json()
    assert len(first) == 100 and len(second) == STUDIES - 100
    assert [r["study_id"] for r in first + second] == list(range(1, STUDIES + 1))
    assert nonsense == first
    html = get(ds, "/evidence/five_year_os")
    assert html.status_code == 200 and 'name="page"' in html.text and "100 rows to a page" in html.text
    page_two = get(ds, "/evidence/five_year_os?page=2")
    assert page_two.status_code == 200 and len(page_two.text) < len(html.text)


def test_every_canned_query_is_paginated(db_path):
    ds = datasette_app(db_path)
    queries = asyncio.run(ds.get_canned_queries("evidence", None))
    assert queries and all(":page" in q["sql"] and "limit 100" in q["sql"] for q in queries.values())
    again = asyncio.run(ds.get_canned_queries("evidence", None))
    assert all(q["sql"].count("limit 100 offset") == 1 for q in again.values())
