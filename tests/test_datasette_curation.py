"""Datasette shows, beside every number, whether a curator checked it and where it was read
(plugins/evidence_curation.py), and lists the curation queue and a study's audit trail
(canned queries curation_queue and audit_trail in metadata.yml).

The database is three copies of our small study (tests/support.py) in three curation states,
with statuses and audit events set by hand.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import html as html_lib
import re
import sqlite3
from pathlib import Path

import pytest
import yaml
from support import REPO, SMALL_TEXT, dump_database, small_extraction

from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.db.migrate import init_database
from oncoev.publish import datasette_app, publish_folder

TITLES = {
    "in_review": "Stereotactic radiotherapy for pulmonary oligometastases: a single-institution series",
    "verified": "Hypofractionated radiotherapy for oligometastatic ovarian cancer: a prospective series",
    "extracted": "Radiotherapy for oligometastatic cervical cancer: a retrospective series",
}
SCRIPT_QUOTE = '1-year overall survival was 90.0% <script>alert("quote")</script> & "more"'
METADATA = yaml.safe_load((REPO / "datasette" / "metadata.yml").read_text(encoding="utf-8"))
QUERIES = METADATA["databases"]["evidence"]["queries"]
TABLES = METADATA["databases"]["evidence"]["tables"]
ROW_TABLES = ("cohorts", "arms", "dose_schedules", "outcome_results")


def get(ds, path, **kwargs):
    return asyncio.run(ds.client.get(path, **kwargs))


def rows(ds, path, **params) -> list[dict]:
    response = get(ds, path, params={**params, "_shape": "array"})
    assert response.status_code == 200, response.text[:500]
    return response.json()


def study(state: str) -> dict:
    ext = small_extraction()
    if state != "in_review":
        ext["source"] = ext["document"]["filename"] = f"{state}_study.txt"
        ext["document"]["sha256"] = hashlib.sha256(state.encode()).hexdigest()
        ext["study"].update(doi=f"10.9999/test.{state}", cancer=state)
    ext["study"]["title"] = TITLES[state]
    return ext


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("curation") / "evidence.db"
    engine = make_engine(path)
    init_database(engine)
    for state in ("in_review", "verified", "extracted"):
        load_extraction(engine, copy.deepcopy(study(state)))
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        ids = {state: con.execute("SELECT id FROM studies WHERE title = ?", (title,)).fetchone()[0]
               for state, title in TITLES.items()}
        for state, i in ids.items():
            con.execute("UPDATE studies SET curation_status = ? WHERE id = ?", (state, i))
        for table in ROW_TABLES:
            con.execute(f"UPDATE {table} SET status = 'verified' WHERE study_id = ?", (ids["verified"],))
        first = ids["in_review"]
        result = {tp: con.execute("SELECT id FROM outcome_results WHERE study_id = ? AND endpoint = 'OS' "
                                  "AND timepoint_months = ?", (first, tp)).fetchone()[0] for tp in (12, 24, 36)}
        con.execute("UPDATE outcome_results SET status = 'verified', quote = ?, extractor_version = '1.2.3' "
                    "WHERE id = ?", (SCRIPT_QUOTE, result[12]))
        con.execute("UPDATE outcome_results SET status = 'corrected', value = 76.0 WHERE id = ?", (result[24],))
        con.execute("UPDATE outcome_results SET status = 'rejected' WHERE id = ?", (result[36],))
        con.execute("UPDATE cohorts SET status = 'verified' WHERE study_id = ? AND key = 'all'", (first,))
        con.execute("UPDATE dose_schedules SET status = 'corrected' WHERE study_id = ? AND total_dose = 48", (first,))
        con.execute("UPDATE documents SET page_starts = ? WHERE study_id = ?",
                    (f"[0, {SMALL_TEXT.index('Results')}]", first))
        events = [
            ("outcome_results", result[12], "accept", '{"status": "extracted"}', '{"status": "verified"}', "Ana",
             None, "2099-01-01 09:00:00.000000"),
            ("outcome_results", result[24], "correct", '{"value": 75.5, "status": "extracted"}',
             '{"value": 76.0, "status": "corrected"}', "Ben", "typo in the extraction", "2099-01-02 09:00:00.000000"),
            ("outcome_results", result[36], "reject", '{"status": "extracted"}', '{"status": "rejected"}', "Ana",
             "a duplicate", "2099-01-03 09:00:00.000000"),
            ("studies", first, "status", '{"curation_status": "extracted"}', '{"curation_status": "in_review"}',
             "Ana", None, "2099-01-03 09:00:00.000000"),
        ]
        con.executemany("INSERT INTO curation_events (study_id, table_name, row_id, action, before, after, actor, "
                        "note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [(first, *e) for e in events])
    con.close()
    return path


@pytest.fixture(scope="module")
def ids(db) -> dict:
    con = sqlite3.connect(db)
    try:
        studies = {state: con.execute("SELECT id FROM studies WHERE title = ?", (title,)).fetchone()[0]
                   for state, title in TITLES.items()}
        first = studies["in_review"]
        result = {tp: con.execute("SELECT id FROM outcome_results WHERE study_id = ? AND endpoint = 'OS' "
                                  "AND timepoint_months = ?", (first, tp)).fetchone()[0] for tp in (12, 24, 36)}
        extracted = con.execute("SELECT id FROM outcome_results WHERE study_id = ? AND endpoint = 'PFS'",
                                (first,)).fetchone()[0]
        cohort = con.execute("SELECT id FROM cohorts WHERE study_id = ? AND key = 'all'", (first,)).fetchone()[0]
        dose = con.execute("SELECT id FROM dose_schedules WHERE study_id = ? AND total_dose = 48",
                           (first,)).fetchone()[0]
        return {"studies": studies, "verified": result[12], "corrected": result[24], "rejected": result[36],
                "extracted": extracted, "cohort": cohort, "dose": dose}
    finally:
        con.close()


@pytest.fixture(scope="module")
def ds(db):
    return datasette_app(db)


def cells(page: str) -> list[dict[str, str]]:
    """Each table row of a Datasette page as {column: the cell's inner HTML}; a row page (one field a line,
    templates/row.html) is one row."""
    record = re.search(r'<table class="rows-and-columns ev-record">(.*?)</table>', page, flags=re.S)
    if record:
        return [dict(re.findall(r'<td class="col-([\w-]+)[^"]*">(.*?)</td>', record.group(1), flags=re.S))]
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S):
        found = dict(re.findall(r'<td class="col-([\w-]+)[^"]*">(.*?)</td>', tr, flags=re.S))
        if found:
            out.append(found)
    return out


def cells_with_json(ds, path: str) -> list[dict]:
    """A canned query's HTML rows, each with its JSON row under "_json" (the ids its page hides)."""
    html = cells(get(ds, path).text)
    url = (path.replace("?", ".json?", 1) + "&" if "?" in path else path + ".json?") + "_shape=array"
    data = get(ds, url).json()
    assert len(html) == len(data)
    return [{**cell, "_json": d} for cell, d in zip(html, data, strict=True)]


def cells_by(ds, path: str, key: str) -> dict[str, dict]:
    return {str(r["_json"][key]): r for r in cells_with_json(ds, path)}


def badge_of(cell: str) -> str | None:
    """The badge's words (data-badge) in a cell, or None."""
    found = re.search(r'<summary data-badge="([^"]*)"', cell)
    return html_lib.unescape(found.group(1)) if found else None


def number_of(cell: str) -> str:
    found = re.search(r'<span class="ev-num">([^<]*)</span>', cell)
    return found.group(1) if found else cell


def one_cell(ds, path: str, column: str) -> str:
    page = get(ds, path)
    assert page.status_code == 200, page.text[:500]
    (row,) = cells(page.text)
    return row[column]


# -- the badges --------------------------------------------------------------------------------------

def test_each_status_has_its_own_badge_on_the_table_and_row_pages(ds, ids):
    expected = {"verified": "✓ verified", "corrected": "✎ corrected", "extracted": "unverified",
                "rejected": "✗ rejected"}
    for status, words in expected.items():
        cell = one_cell(ds, f"/evidence/outcome_results/{ids[status]}", "value")
        assert badge_of(cell) == words, status
        assert f'class="ev-prov ev-{status}"' in cell
    by_id = {re.sub(r"<[^>]+>", "", r["id"]): r["value"] for r in cells(get(ds, "/evidence/outcome_results").text)}
    assert badge_of(by_id[str(ids["verified"])]) == "✓ verified"
    assert badge_of(by_id[str(ids["extracted"])]) == "unverified"
    assert number_of(by_id[str(ids["corrected"])]) == "76.0"


def test_the_badge_words_come_from_the_stylesheet_so_the_cell_text_is_the_number(ds, ids):
    page = get(ds, f"/evidence/outcome_results/{ids['verified']}").text
    assert "details.ev-prov > summary::after { content: attr(data-badge); }" in page  # templates/base.html
    cell = cells(page)[0]["value"]
    assert re.search(r"<summary [^>]*></summary>", cell)  # no text of its own
    assert number_of(cell) == "90.0"


def test_cohort_arm_and_dose_numbers_have_badges(ds, ids):
    assert badge_of(one_cell(ds, f"/evidence/cohorts/{ids['cohort']}", "n")) == "✓ verified"
    dose = cells(get(ds, f"/evidence/dose_schedules/{ids['dose']}").text)[0]
    for column in ("total_dose", "fractions", "bed10", "eqd2"):
        assert badge_of(dose[column]) == "✎ corrected", column
    assert badge_of(dose["dose_per_fraction"]) is None  # empty cells get no badge
    arms = cells(get(ds, "/evidence/arms").text)
    assert arms and all(badge_of(a["n"]) in ("unverified", "✓ verified") for a in arms)


def test_the_provenance_is_in_the_cell(ds, ids):
    cell = one_cell(ds, f"/evidence/outcome_results/{ids['corrected']}", "value")
    title = html_lib.unescape(re.search(r'title="([^"]*)"', cell).group(1))
    assert title.startswith("Corrected: a curator checked this number and corrected it · page 2 of small_study.txt")
    body = re.search(r'<div class="ev-prov-body">(.*)</div></details>', cell, flags=re.S).group(1)
    assert "“1-, 2- and 3-year overall survival rates were 90.0%, 75.5% and 61.2%”" in body
    assert 'document <a href="/evidence/documents/' in body and ">small_study.txt</a>" in body
    assert "extractor test-fixture 1" in body and "rule" not in body  # this row has no pattern_id
    assert f'href="/evidence/outcome_results/{ids["corrected"]}"' in body
    assert f'href="/evidence/audit_trail?study_id={ids["studies"]["in_review"]}"' in body
    locator = one_cell(ds, f"/evidence/cohorts?key=peripheral&study_id={ids['studies']['in_review']}", "n")
    assert "No quote or locator stored." in locator


def test_quotes_from_papers_are_escaped(ds, ids):
    for path in (f"/evidence/outcome_results/{ids['verified']}", "/evidence/results_flat",
                 "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=12"):
        page = get(ds, path).text
        assert "<script>alert" not in page, path
        assert "&lt;script&gt;alert(&#34;quote&#34;)&lt;/script&gt; &amp; &#34;more&#34;" in page, path
    cell = one_cell(ds, f"/evidence/outcome_results/{ids['verified']}", "value")
    title = re.search(r'title="([^"]*)"', cell).group(1)
    assert "&lt;script&gt;alert(&#34;quote&#34;)" in title
    assert "extractor test-fixture 1.2.3" in cell and "rule <code>result.rate_list</code>" in cell


def test_views_show_the_badge_of_the_result_and_of_its_group(ds, ids):
    (flat,) = cells(get(ds, f"/evidence/results_flat?result_id={ids['corrected']}").text)
    assert badge_of(flat["value"]) == "✎ corrected"
    assert badge_of(flat["group_n"]) == "✓ verified"  # the cohort 'all'
    assert "The size (n) of cohort “All patients”." in flat["group_n"]
    (rate,) = cells(get(ds, f"/evidence/survival_rates?result_id={ids['verified']}").text)
    assert badge_of(rate["value"]) == "✓ verified"
    assert "rule <code>result.rate_list</code>" in rate["value"]  # not a column of the view: read from the table
    assert get(ds, f"/evidence/results_flat.json?result_id={ids['rejected']}&_shape=array").json() == []


def test_canned_queries_show_badges(ds, ids):
    first = ids["studies"]["in_review"]
    compare = cells_by(ds, "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=any", "result_id")
    assert badge_of(compare[str(ids["verified"])]["value"]) == "✓ verified"
    assert badge_of(compare[str(ids["corrected"])]["value"]) == "✎ corrected"
    assert badge_of(compare[str(ids["verified"])]["n"]) == "✓ verified"
    assert str(ids["rejected"]) not in compare
    verified_study = [r for r in compare.values() if r["_json"]["study_id"] == ids["studies"]["verified"]]
    assert verified_study and {badge_of(r["value"]) for r in verified_study} == {"✓ verified"}

    doses = cells_by(ds, "/evidence/dose_schedules_by_modality?modality=sbrt", "dose_id")
    assert badge_of(doses[str(ids["dose"])]["total_dose"]) == "✎ corrected"
    assert badge_of(doses[str(ids["dose"])]["bed10"]) == "✎ corrected"

    overview = cells_with_json(ds, f"/evidence/study_overview?study_id={first}")
    parts = {(r["part"], str(r["_json"]["row_id"])): r for r in overview}
    assert badge_of(parts[("cohort", str(ids["cohort"]))]["n"]) == "✓ verified"
    assert badge_of(parts[("dose", str(ids["dose"]))]["value"]) == "✎ corrected"
    assert badge_of(parts[("result", str(ids["extracted"]))]["value"]) == "unverified"
    assert badge_of(parts[("study", str(first))]["n"]) is None  # study-level numbers: no row status

    found = cells(get(ds, "/evidence/search?q=%22overall survival%22").text)
    results = [r for r in found if r["kind"].startswith("result")]
    assert results and all(badge_of(r["value"]) for r in results)


def test_sql_typed_by_hand_gets_a_badge_only_for_the_stored_number(ds, ids):
    same = cells(get(ds, "/evidence", params={"sql": f"select value, id as result_id from outcome_results "
                                                     f"where id = {ids['verified']}"}).text)
    assert badge_of(same[0]["value"]) == "✓ verified"
    other = cells(get(ds, "/evidence", params={"sql": f"select 12.5 as value, {ids['verified']} as result_id"}).text)
    assert badge_of(other[0]["value"]) is None and other[0]["value"] == "12.5"


def test_json_csv_and_the_chart_are_unchanged(ds, ids):
    data = get(ds, f"/evidence/outcome_results/{ids['verified']}.json?_shape=array").json()
    assert data[0]["value"] == 90.0 and data[0]["quote"] == SCRIPT_QUOTE
    csv = get(ds, "/evidence/compare_endpoint.csv?endpoint=OS&measure=rate&timepoint_months=12").text
    assert "ev-" not in csv and ",90.0," in csv
    page = get(ds, "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=12").text
    svg = re.search(r"<svg[^>]*class=\"evidence-chart\".*?</svg>", page, flags=re.S).group(0)
    assert "ev-prov" not in svg and len(re.findall(r'class="point"', svg)) == 3


# -- canned queries: the queue and the audit trail -------------------------------------------------------

def test_curation_queue_counts_rows_per_status_unverified_first(ds, db, ids):
    queue = rows(ds, "/evidence/curation_queue.json")
    assert [r["curation_status"] for r in queue] == ["extracted", "in_review", "verified"]
    con = sqlite3.connect(db)
    try:
        for row in queue:
            counted = dict.fromkeys(("extracted", "verified", "corrected", "rejected"), 0)
            for table in ROW_TABLES:
                for status, n in con.execute(f"SELECT status, count(*) FROM {table} WHERE study_id = ? "
                                             "GROUP BY status", (row["study_id"],)):
                    counted[status] += n
            assert {k: row[k] for k in counted} == counted, row["study"]
            assert row["rows"] == sum(counted.values()) and row["documents"] == 1
    finally:
        con.close()
    first = next(r for r in queue if r["study_id"] == ids["studies"]["in_review"])
    assert (first["verified"], first["corrected"], first["rejected"]) == (2, 2, 1)
    assert (first["events"], first["last_event_at"], first["last_actor"], first["last_action"]) == (
        5, "2099-01-03 09:00:00.000000", "Ana", "status")  # the later of two events at the same time
    assert queue[-1]["extracted"] == 0 and queue[-1]["verified"] == queue[-1]["rows"]
    assert [r["study_id"] for r in rows(ds, "/evidence/curation_queue.json", curation_status="verified")] == [
        ids["studies"]["verified"]]


def test_curation_queue_links_each_study_to_its_audit_trail(ds, ids):
    queue = cells(get(ds, "/evidence/curation_queue").text)
    assert len(queue) == 3
    for row in queue:
        study_id = re.sub(r"<[^>]+>", "", row["study_id"])
        assert re.fullmatch(rf'<a href="/evidence/audit_trail\?study_id={study_id}"[^>]*>\d+</a>', row["events"])


def test_audit_trail_lists_a_studys_events_newest_first(ds, ids):
    first = ids["studies"]["in_review"]
    trail = rows(ds, "/evidence/audit_trail.json", study_id=str(first))
    assert [(r["action"], r["actor"]) for r in trail] == [
        ("status", "Ana"), ("reject", "Ana"), ("correct", "Ben"), ("accept", "Ana"), ("load", "evidence load")]
    correct = trail[2]
    assert (correct["table_name"], correct["row_id"], correct["note"]) == ("outcome_results", ids["corrected"],
                                                                        "typo in the extraction")
    assert '"value": 75.5' in correct["before"] and '"value": 76.0' in correct["after"]
    assert {r["study_id"] for r in trail} == {first}
    assert rows(ds, "/evidence/audit_trail.json", study_id="10.9999/TEST.SMALL.1") == trail  # by DOI
    assert rows(ds, "/evidence/audit_trail.json", study_id="") == []
    page = get(ds, f"/evidence/audit_trail?study_id={first}").text
    assert f'<a href="/evidence/outcome_results/{ids["corrected"]}">{ids["corrected"]}</a>' in page


@pytest.mark.parametrize("query, params", [
    ("audit_trail", {"study_id": "1 OR 1=1"}),
    ("audit_trail", {"study_id": "x' UNION SELECT * FROM studies --"}),
    ("curation_queue", {"curation_status": "verified' OR '1'='1"}),
])
def test_a_parameter_containing_sql_is_treated_as_data(ds, db, query, params):
    before = dump_database(db)
    assert rows(ds, f"/evidence/{query}.json", **params) == []
    assert dump_database(db) == before


# -- metadata ------------------------------------------------------------------------------------------

def test_status_columns_explain_the_four_values():
    for table in ROW_TABLES:
        text = TABLES[table]["columns"]["status"]
        for word in ("extracted", "verified", "corrected", "rejected", "curator"):
            assert word in text, (table, word)
        assert "status" in TABLES[table]["facets"], table
    for view in ("results_flat", "survival_rates"):
        assert "status" in TABLES[view]["facets"]
    for table in ("studies", "results_flat"):
        text = TABLES[table]["columns"]["curation_status"]
        assert all(word in text for word in ("extracted", "in_review", "verified")), table
    events = TABLES["curation_events"]["columns"]
    for action in ("load", "accept", "correct", "repoint", "reject", "add", "delete", "status"):
        assert action in events["action"], action
    assert "page_starts" in TABLES["documents"]["columns"]


def test_page_starts_are_folded_behind_the_number_of_pages(ds, ids):
    (document,) = cells(get(ds, f"/evidence/documents?study_id={ids['studies']['in_review']}").text)
    assert re.search(r"<summary [^>]*>2 pages</summary>0, \d+</details>", document["page_starts"])
    data = rows(ds, "/evidence/documents.json", study_id=str(ids["studies"]["in_review"]))
    assert data[0]["page_starts"] == f"[0, {SMALL_TEXT.index('Results')}]"


def test_the_home_page_explains_the_badges(ds):
    page = get(ds, "/").text
    assert "✓ verified</strong>" in page and "unverified</strong>" in page
    assert 'href="/evidence/curation_queue"' in page


def test_a_published_folder_shows_the_badges(db, ds, ids, tmp_path):
    from datasette.app import Datasette

    target = publish_folder(db, tmp_path / "site")
    assert (target / "templates" / "base.html").is_file() and (target / "plugins" / "evidence_curation.py").is_file()
    app = Datasette(immutables=[str(target / "evidence.db")], metadata=yaml.safe_load(
        (target / "metadata.json").read_text()), template_dir=str(target / "templates"),
        plugins_dir=str(target / "plugins"))
    cell = one_cell(app, f"/evidence/outcome_results/{ids['verified']}", "value")
    assert badge_of(cell) == "✓ verified"
