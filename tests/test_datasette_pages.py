"""How the pages read (issue: pages that answer at a glance): descriptions only of columns that exist and
folded, short study labels, hidden id columns, links on row pages, view search over cohorts and titles,
the home page's honest data summary, the study overview's list and dose columns, the charts' whiskers
and labels. In process, on the two small studies of tests/test_datasette.py."""

from __future__ import annotations

import html as html_lib
import re
import sqlite3

import pytest
from test_datasette import FIRST, METADATA, QUERIES, SECOND, TABLES, charts_module, get, plugin_module, rows

# The fixtures db (two small studies), ds (Datasette on it) and study_ids.
pytest_plugins = ["test_datasette"]


def _columns(db, name: str) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
    finally:
        con.close()


def test_metadata_describes_no_column_a_table_or_view_does_not_have(db):
    extra = []
    for name, meta in TABLES.items():
        if meta.get("hidden"):
            continue
        existing = set(_columns(db, name))
        assert existing, name
        extra += [f"{name}.{c}" for c in meta.get("columns") or {} if c not in existing]
    assert not extra, f"datasette/metadata.yml describes columns that do not exist: {extra}"


@pytest.mark.parametrize("query", [q for q, m in QUERIES.items() if m.get("columns") or m.get("hidden_columns")])
def test_canned_query_descriptions_and_hidden_columns_name_its_columns(ds, study_ids, query):
    data = get(ds, f"/evidence/{query}.json", params={"study_id": str(study_ids[FIRST]), "q": "survival"}).json()
    columns = set(data["columns"])
    meta = QUERIES[query]
    assert set(meta.get("hidden_columns", ())) <= columns, query
    assert set(meta.get("columns") or {}) <= columns, f"{query} describes columns it does not have"


def test_column_descriptions_are_folded_and_in_the_headers(ds):
    page = get(ds, "/evidence/survival_rates").text
    folded = re.search(r'<details class="ev-columns"><summary>What the (\d+) columns mean</summary>(.*?)</details>',
                       page, flags=re.S)
    assert folded and int(folded.group(1)) == len(TABLES["survival_rates"]["columns"])
    headers = dict(re.findall(r'<th [^>]*title="([^"]*)"[^>]*data-column="([^"]+)"', page))
    described = {column: html_lib.unescape(text) for text, column in headers.items()}
    assert described["value"] == TABLES["survival_rates"]["columns"]["value"]
    assert "dl.column-descriptions { display: none; }" in page


def test_five_year_os_leads_with_the_answer_and_hides_the_ids(ds, study_ids):
    page = get(ds, "/evidence/five_year_os").text
    head = re.search(r"<thead>(.*?)</thead>", page, flags=re.S).group(1)
    shown = re.findall(r'<th class="col-([\w-]+)"', head)
    assert shown[:7] == ["study", "cohort", "n", "value", "ci_low", "ci_high", "p"]
    assert not {"result_id", "group_key", "value_op", "study_id", "year"} & set(shown)
    data = get(ds, "/evidence/five_year_os.json?_shape=array").json()
    assert {"result_id", "group_key", "study_id"} <= set(data[0])      # still in the JSON
    assert data[0]["study"] == FIRST                                   # the full title, unchanged
    assert f'title="{FIRST}"' in page                                  # on hover in the page
    assert "Custom SQL query" not in page and "<strong>2 rows</strong>" in page
    assert page.index('class="rows-and-columns"') < page.index('class="evidence-chart"')


def pages_module():
    return plugin_module("evidence_pages")


def test_study_label_is_first_author_and_year_when_known():
    pages = pages_module()
    assert pages.study_label("A long title of a study about something", "Kim JH, Lee S", 2012) == "Kim et al. 2012"
    assert pages.study_label("T", "Jane van Smith and John Doe", None) == "Smith et al."
    assert pages.study_label("Stereotactic radiotherapy for pulmonary oligometastases", None, 2021) == \
        "Stereotactic radiotherapy for pulmonary… (2021)"


def test_compare_any_time_point_says_so_in_the_chart(ds):
    page = get(ds, "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=any").text
    svg = re.search(r"<svg[^>]*class=\"evidence-chart\".*?</svg>", page, flags=re.S).group(0)
    assert "OS rate at each time point (%)" in svg and "at 12 months" not in svg
    assert re.search(r"All patients at 12 mo \(n=40\)", svg)
    one = get(ds, "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=12").text
    assert "OS rate at 12 months (%)" in one and " mo (n=" not in one


def test_chart_whiskers_end_each_interval_and_labels_keep_n():
    charts = charts_module()
    rows_ = [{"study_id": 1, "study": "S", "cohort": "x" * 80, "n": 123, "value": 40.0, "unit": "%",
              "ci_low": 30.0, "ci_high": 50.0},
             {"study_id": 1, "study": "S", "cohort": "no interval", "n": 7, "value": 60.0, "unit": "%"},
             {"study_id": 2, "study": "R", "cohort": "cited cohort", "n": 9, "value": 50.0, "unit": "%",
              "cited": "Smith et al [4]"}]
    svg = charts.forest_svg(rows_, {"title": "T"})
    assert svg.count('class="whisker"') == 2 and svg.count('class="ci"') == 1
    assert "(n=123)" in svg and "…" in svg
    assert "Smith et al [4]: cited cohort (n=9)" in svg


def test_view_search_covers_cohort_labels_and_study_titles(ds):
    # "Central lesions" is a cohort label, in no quote; "pulmonary" is in the first study's title only.
    central = rows(ds, "/evidence/survival_rates.json?_search=central")
    assert central and {r["cohort"] for r in central} == {"Central lesions"}
    titles = rows(ds, "/evidence/results_flat.json?_search=pulmonary")
    assert titles and {r["study"] for r in titles} == {FIRST}
    assert 'name="_search" value="central"' in get(ds, "/evidence/survival_rates?_search=central").text
    assert rows(ds, "/evidence/survival_rates.json?_search=zzzunknownzzz") == []


def test_row_pages_link_their_foreign_keys(ds, db):
    con = sqlite3.connect(db)
    try:
        cohort_id, study_id, parent_id = con.execute(
            "SELECT id, study_id, parent_id FROM cohorts WHERE parent_id IS NOT NULL LIMIT 1").fetchone()
    finally:
        con.close()
    page = get(ds, f"/evidence/cohorts/{cohort_id}").text
    assert f'<a href="/evidence/studies/{study_id}" title="studies {study_id}">{study_id}</a>' in page
    assert f'<a href="/evidence/cohorts/{parent_id}"' in page
    table = get(ds, "/evidence/cohorts?_labels=on").text       # table pages keep Datasette's labelled links
    assert 'title="studies' not in table and ">Central lesions<" in table


def test_field_provenance_folds_into_a_small_table():
    pages = pages_module()
    cell = str(pages._field_provenance('{"title": {"status": "verified", "curator": "A. Curator"}, '
                                       '"n_patients": {"status": "extracted", "quote": "40 patients"}}'))
    assert cell.startswith('<details class="ev-fields"><summary>2 fields: 1 extracted, 1 verified</summary>')
    assert "<td>n_patients</td><td>extracted</td><td>40 patients</td>" in cell
    assert pages._field_provenance("null") is not None and "null" not in str(pages._field_provenance("null"))


def test_study_overview_lists_the_studies_when_none_is_asked_for(ds, study_ids):
    listed = rows(ds, "/evidence/study_overview.json?study_id=")
    assert {r["study"] for r in listed} == {FIRST, SECOND} and {r["part"] for r in listed} == {"study"}
    page = get(ds, "/evidence/study_overview?study_id=").text
    assert "0 results" not in page and f'study_overview?study_id={study_ids[SECOND]}' in page
    assert rows(ds, "/evidence/study_overview.json?study_id=abc") == []


def test_study_overview_keeps_dose_ranges_out_of_the_ci_columns(ds, study_ids):
    data = rows(ds, f"/evidence/study_overview.json?study_id={study_ids[FIRST]}")
    doses = [r for r in data if r["part"] == "dose"]
    assert doses and all(r["ci_low"] is None and r["ci_high"] is None for r in doses)
    results_with_ci = [r for r in data if r["part"] == "result" and r["ci_low"] is not None]
    assert results_with_ci


def test_home_page_says_how_much_is_verified(ds, db):
    con = sqlite3.connect(db)
    try:
        by_status = dict(con.execute("SELECT status, count(*) FROM outcome_results WHERE status != 'rejected' "
                                     "GROUP BY status").fetchall())
    finally:
        con.close()
    page = get(ds, "/").text
    checked = by_status.get("verified", 0) + by_status.get("corrected", 0)
    unverified = by_status.get("extracted", 0)
    assert f"{checked:,} checked by a curator" in page and f"{unverified:,} unverified machine extractions" in page
    assert "Curated from published studies" not in page
    assert "unverified until a curator checks them" in METADATA["source"]


def test_long_quotes_are_cut_to_one_line_with_the_whole_on_hover(ds):
    page = get(ds, "/evidence/compare_endpoint?endpoint=LC&measure=rate&timepoint_months=24").text
    data = rows(ds, "/evidence/compare_endpoint.json?endpoint=LC&measure=rate&timepoint_months=24")
    long_quotes = [r["quote"] for r in data if r["quote"] and len(r["quote"]) > 60]
    for quote in long_quotes:
        assert f'<span class="ev-quote" title="{html_lib.escape(quote, quote=True)}">' in page
