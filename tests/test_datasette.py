"""Datasette over the evidence database, in process, configured as `evidence serve` configures it:
every table page, every canned query, the JSON API, the chart, read-only serving and `evidence publish`.

The database is two small studies we wrote (tests/support.py), never the bundled demo data.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import importlib.util
import re
import shlex
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from support import REPO, dump_database, small_extraction

from oncoev.cli import cli
from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.db.migrate import init_database
from oncoev.publish import asset_dirs, datasette_app, metadata_for, publish_folder
from oncoev.schema.radiobiology import bed, eqd2

FIRST = "Stereotactic radiotherapy for pulmonary oligometastases: a single-institution series"
SECOND = "Hypofractionated radiotherapy for oligometastatic ovarian cancer: a prospective series"


def get(ds, path, **kwargs):
    return asyncio.run(ds.client.get(path, **kwargs))


def rows(ds, path) -> list[dict]:
    sep = "&" if "?" in path else "?"
    response = get(ds, f"{path}{sep}_shape=array")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def first_study() -> dict:
    ext = small_extraction()
    ext["results"].append({"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 60,
                           "value": 40.0, "unit": "%", "locator": "Results, Table 2"})
    return ext


def second_study() -> dict:
    """Another study: other cancer, other numbers, a CI and a p value on its 5-year OS, a hazard ratio."""
    ext = small_extraction()
    ext["source"] = ext["document"]["filename"] = "second_study.txt"
    ext["document"]["sha256"] = hashlib.sha256(b"second study").hexdigest()
    ext["study"].update(title=SECOND, cancer="ovarian", design="prospective", doi="10.9999/test.second.2",
                        year=2021)
    ext["results"] = [r for r in ext["results"] if r["endpoint"] != "OS"] + [
        {"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 60, "value": 25.0, "unit": "%",
         "ci_low": 15.0, "ci_high": 36.0, "p_value": 0.04, "p_op": "=", "locator": "Figure 2"},
        {"cohort": "central", "endpoint": "OS", "measure": "hr", "value": 1.8, "unit": "ratio", "ci_low": 1.1,
         "ci_high": 2.9, "p_value": 0.001, "p_op": "<", "comparator": "peripheral", "analysis": "multivariate",
         "locator": "Table 3 (multivariate analysis)"},
    ]
    return ext


def build(path: Path, *extractions: dict) -> Path:
    engine = make_engine(path)
    init_database(engine)
    for ext in extractions:
        load_extraction(engine, copy.deepcopy(ext))
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("ds") / "evidence.db", first_study(), second_study())


@pytest.fixture(scope="module")
def ds(db):
    return datasette_app(db)


@pytest.fixture(scope="module")
def study_ids(db) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {title: i for i, title in con.execute("SELECT id, title FROM studies")}
    finally:
        con.close()


METADATA = yaml.safe_load((REPO / "datasette" / "metadata.yml").read_text(encoding="utf-8"))
QUERIES = METADATA["databases"]["evidence"]["queries"]
TABLES = METADATA["databases"]["evidence"]["tables"]


# -- the home page and the metadata --------------------------------------------------------------

def test_home_page_explains_the_data_and_links_to_5_year_os(ds):
    response = get(ds, "/")
    assert response.status_code == 200
    text = response.text
    assert "Oncology outcomes evidence database" in text
    assert 'href="/evidence/five_year_os"' in text and "5-year overall survival across studies" in text
    for words in ("OS</strong> overall survival", "endpoint vocabulary", "BED10", "CC-BY-4.0"):
        assert words in text, words


def test_every_column_of_every_table_and_view_is_described(db):
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%\\_fts%' ESCAPE '\\'")]
        missing = []
        for name in names:
            meta = TABLES.get(name)
            if meta is None:
                missing.append(name)
                continue
            if meta.get("hidden"):
                continue
            assert meta.get("description"), name
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{name}")')]
            missing += [f"{name}.{c}" for c in columns if not (meta.get("columns") or {}).get(c)]
    finally:
        con.close()
    assert not missing, f"no description in datasette/metadata.yml for {missing}"
    assert {"studies", "outcome_results", "survival_rates", "results_flat"} <= set(names)


def test_units_are_in_the_column_descriptions():
    assert "(months)" in TABLES["studies"]["columns"]["median_follow_up_months"]
    assert "(Gy)" in TABLES["dose_schedules"]["columns"]["bed10"]
    assert "mg/m2" in TABLES["dose_schedules"]["columns"]["total_dose"]
    assert "%" in TABLES["outcome_results"]["columns"]["unit"]


def test_internal_tables_are_hidden(ds):
    tables = {t["name"]: t for t in get(ds, "/evidence.json").json()["tables"]}
    assert tables["alembic_version"]["hidden"]
    assert tables["outcome_results_fts"]["hidden"] and tables["studies_fts_data"]["hidden"]
    assert not tables["outcome_results"]["hidden"] and not tables["studies"]["hidden"]


@pytest.mark.parametrize("table", [t for t, m in TABLES.items() if not m.get("hidden")])
def test_every_table_and_view_page(ds, table):
    html = get(ds, f"/evidence/{table}")
    assert html.status_code == 200
    first_words = TABLES[table]["description"].split(":")[0].split(",")[0].replace("'", "&#39;")
    assert first_words in html.text
    data = get(ds, f"/evidence/{table}.json")
    assert data.status_code == 200 and data.json()["rows"], table


def test_facets_from_metadata_are_shown(ds):
    data = get(ds, "/evidence/survival_rates.json?endpoint=OS").json()
    facets = data["facet_results"]
    assert {"endpoint", "timepoint_months", "cancer", "design"} <= set(facets)
    cancers = {r["value"]: r["count"] for r in facets["cancer"]["results"]}
    assert cancers == {"lung metastases": 4, "ovarian": 1}


def test_foreign_keys_show_labels_not_ids(ds):
    data = rows(ds, "/evidence/outcome_results.json?_labels=on&endpoint=LC&_sort=id")
    assert data[0]["cohort_id"]["label"] == "All patients"
    assert data[0]["study_id"]["label"] == FIRST
    assert data[0]["endpoint"]["label"] == "Local control"
    html = get(ds, "/evidence/outcome_results?endpoint=LC").text
    assert ">All patients</a>" in html


def test_sort_order_from_metadata(ds):
    values = [r["value"] for r in rows(ds, "/evidence/survival_rates.json")]
    assert values == sorted(values, reverse=True) and len(values) > 3


# -- canned queries --------------------------------------------------------------------------------

@pytest.mark.parametrize("query", list(QUERIES))
def test_every_canned_query_answers_in_html_and_json(ds, study_ids, query):
    params = {"study_id": str(study_ids[FIRST]), "q": "survival"}
    html = get(ds, f"/evidence/{query}", params=params)
    assert html.status_code == 200
    assert QUERIES[query]["title"] in html.text
    data = get(ds, f"/evidence/{query}.json", params={**params, "_shape": "objects"}).json()
    assert data["ok"] and data["rows"], query


def test_compare_defaults_are_5_year_os(ds, study_ids):
    data = rows(ds, "/evidence/compare_endpoint.json")
    assert [(r["study"], r["cohort"], r["n"], r["value"], r["ci_low"], r["ci_high"], r["p"]) for r in data] == [
        (FIRST, "All patients", 40, 40.0, None, None, None),
        (SECOND, "All patients", 40, 25.0, 15.0, 36.0, "p = 0.04"),
    ]
    assert data == rows(ds, "/evidence/compare_endpoint.json?endpoint=OS&measure=rate&timepoint_months=60")
    assert [r["study_id"] for r in data] == [study_ids[FIRST], study_ids[SECOND]]


def test_compare_page_without_parameters_opens_with_the_defaults_filled_in(ds):
    response = get(ds, "/evidence/compare_endpoint")
    assert response.status_code == 302
    assert response.headers["location"] == "/evidence/compare_endpoint?endpoint=OS&measure=rate&timepoint_months=60"
    assert QUERIES["compare_endpoint"]["defaults"] == {"endpoint": "OS", "measure": "rate", "timepoint_months": 60}
    assert get(ds, "/evidence/compare_endpoint?endpoint=PFS").status_code == 200  # chosen parameters are kept
    assert get(ds, "/evidence/five_year_os").status_code == 200  # no defaults, no redirect


def test_compare_another_endpoint_with_quote_and_page(ds):
    data = rows(ds, "/evidence/compare_endpoint.json?endpoint=LC&measure=rate&timepoint_months=24")
    assert {(r["study"], r["cohort"], r["value"]) for r in data} == {
        (s, c, v) for s in (FIRST, SECOND) for c, v in
        (("All patients", 88.0), ("Central lesions", 72.7), ("Peripheral lesions", 93.1))}
    whole = next(r for r in data if r["cohort"] == "All patients")
    assert (whole["ci_low"], whole["ci_high"]) == (74.1, 94.6)
    assert whole["quote"] == "Local control at 2 years was 88.0% (95% CI 74.1-94.6)" and whole["page"] == 2
    assert next(r for r in data if r["cohort"] == "Central lesions")["p"] == "p = 0.03"


def test_compare_medians_and_any_time_point(ds):
    medians = rows(ds, "/evidence/compare_endpoint.json?endpoint=PFS&measure=median&timepoint_months=")
    assert [(r["value"], r["unit"], r["timepoint_months"]) for r in medians] == [(14.5, "months", None)] * 2
    any_time = rows(ds, "/evidence/compare_endpoint.json?endpoint=OS&measure=rate&timepoint_months=any")
    assert sorted(r["timepoint_months"] for r in any_time) == [12, 24, 36, 60, 60]
    assert rows(ds, "/evidence/compare_endpoint.json?endpoint=OS&timepoint_months=36")[0]["value"] == 61.2


def test_five_year_os_query_and_its_chart(ds):
    data = rows(ds, "/evidence/five_year_os.json")
    assert [(r["study"], r["value"], r["ci_low"], r["ci_high"], r["locator"]) for r in data] == [
        (FIRST, 40.0, None, None, "Results, Table 2"), (SECOND, 25.0, 15.0, 36.0, "Figure 2")]
    html = get(ds, "/evidence/five_year_os").text
    svg = re.search(r"<svg[^>]*class=\"evidence-chart\".*?</svg>", html, flags=re.S).group(0)
    assert re.findall(r'class="point" data-value="([\d.]+)"', svg) == ["40", "25"]
    assert svg.count('class="ci"') == 1 and "25% (15–36)" in svg
    assert "Overall survival at 5 years (%)" in svg and FIRST[:40] in svg


def test_compare_page_draws_the_compared_endpoint(ds):
    html = get(ds, "/evidence/compare_endpoint?endpoint=LC&measure=rate&timepoint_months=24").text
    assert "LC rate at 24 months (%)" in html
    assert len(re.findall(r'class="point"', html)) == 6
    assert 'name="endpoint" value="LC"' in html


def test_no_chart_where_nothing_to_draw(ds):
    html = get(ds, "/evidence/compare_endpoint?endpoint=NOPE").text
    assert 'class="evidence-chart"' not in html and "0 results" in html


def test_hazard_ratios_forest_plot_on_a_log_scale(ds):
    data = rows(ds, "/evidence/hazard_ratios.json?endpoint=OS")
    assert [(r["study"], r["cohort"], r["comparator"], r["analysis"], r["value"], r["ci_low"], r["ci_high"], r["p"])
            for r in data] == [(SECOND, "Central lesions", "Peripheral lesions", "multivariate", 1.8, 1.1, 2.9,
                                "p < 0.001")]
    assert rows(ds, "/evidence/hazard_ratios.json?endpoint=PFS") == []
    html = get(ds, "/evidence/hazard_ratios").text
    assert "log scale" in html and 'stroke-dasharray="4 3"' in html  # the line of no effect at 1


def test_dose_schedules_by_modality_with_bed10_and_eqd2(ds):
    sbrt = rows(ds, "/evidence/dose_schedules_by_modality.json?modality=sbrt")
    assert {r["modality"] for r in sbrt} == {"sbrt"} and len(sbrt) == 4
    four = next(r for r in sbrt if r["fractions"] == 4 and r["study"] == FIRST)
    assert four["bed10"] == pytest.approx(bed(48, 12)) and four["eqd2"] == pytest.approx(eqd2(48, 12))
    assert four["cohort"] == "All patients" and four["quote"] == "48 Gy in 4 fractions"
    chemo = rows(ds, "/evidence/dose_schedules_by_modality.json?modality=chemotherapy")
    assert [(r["agent"], r["total_dose"], r["dose_unit"], r["cohort"]) for r in chemo] == [
        ("capecitabine", 825.0, "mg/m2", "SBRT + capecitabine")] * 2
    assert len(rows(ds, "/evidence/dose_schedules_by_modality.json?modality=")) == 6


def test_everything_about_one_study(ds, study_ids):
    data = rows(ds, f"/evidence/study_overview.json?study_id={study_ids[SECOND]}")
    parts = [r["part"] for r in data]
    assert parts == sorted(parts, key=["study", "cohort", "arm", "dose", "result"].index)
    assert data[0]["study"] == SECOND and {r["study"] for r in data[1:]} == {None}
    assert parts.count("cohort") == 3 and parts.count("arm") == 1 and parts.count("dose") == 3
    assert parts.count("result") == len(second_study()["results"])
    head = data[0]
    assert (head["n"], head["value"], head["detail"]) == (40, 31.0, "enrolment 2014-03 to 2019-06")
    dose = next(r for r in data if r["part"] == "dose" and r["value"] == 48)
    assert "4.0 fractions" in dose["detail"] and "BED10 105.6 Gy" in dose["detail"]
    hr = next(r for r in data if r["part"] == "result" and r["unit"] == "ratio")
    assert hr["item"] == "OS hr" and hr["p"] == "p < 0.001" and "vs Peripheral lesions" in hr["detail"]


def test_study_ids_in_query_results_link_to_the_study_page(ds, study_ids):
    html = get(ds, "/evidence/five_year_os").text
    assert f'href="/evidence/study_overview?study_id={study_ids[SECOND]}"' in html


# -- parameters are data, never SQL ---------------------------------------------------------------

@pytest.mark.parametrize("query, params", [
    ("compare_endpoint", {"endpoint": "OS' OR '1'='1", "measure": "rate", "timepoint_months": "60"}),
    ("compare_endpoint", {"endpoint": "OS", "measure": "rate", "timepoint_months": "60 OR 1=1"}),
    ("hazard_ratios", {"endpoint": "x' UNION SELECT name, 1, 1, 1 FROM sqlite_master --"}),
    ("dose_schedules_by_modality", {"modality": "sbrt'; DROP TABLE studies; --"}),
    ("study_overview", {"study_id": "0 UNION SELECT * FROM studies"}),
    ("search", {"q": "x\" OR 1=1; DROP TABLE studies; --"}),
])
def test_a_parameter_containing_sql_is_treated_as_data(ds, db, query, params):
    before = dump_database(db)
    response = get(ds, f"/evidence/{query}.json", params={**params, "_shape": "array"})
    assert response.status_code == 200
    assert response.json() == []
    assert dump_database(db) == before


@pytest.mark.parametrize("q", ['"unbalanced', "NEAR(", "a AND", "*", "title:x", "-"])
def test_search_words_with_fts_syntax_do_not_break_the_page(ds, q):
    response = get(ds, "/evidence/search.json", params={"q": q})
    assert response.status_code == 200 and response.json()["ok"]


# -- full-text search in Datasette ---------------------------------------------------------------

def test_search_finds_studies_cohorts_and_quotes(ds, study_ids):
    kinds = {(r["kind"], r["study_id"]) for r in rows(ds, "/evidence/search.json?q=ovarian")}
    assert kinds == {("study", study_ids[SECOND])}
    found = rows(ds, "/evidence/search.json?q=central")
    assert {(r["kind"], r["cohort"]) for r in found} == {("cohort", "Central lesions")} and len(found) == 2
    quotes = rows(ds, "/evidence/search.json?q=%22local control%22")
    assert all("[" in r["found_in"] for r in quotes) and len(quotes) == 6
    stemmed = rows(ds, "/evidence/search.json?q=lesion")  # finds "lesions"
    assert {r["cohort"] for r in stemmed if r["kind"] == "cohort"} == {"Central lesions", "Peripheral lesions"}


def test_table_and_view_search_boxes(ds):
    assert len(rows(ds, "/evidence/studies.json?_search=pulmonary")) == 1
    assert 'name="_search"' in get(ds, "/evidence/results_flat").text
    flat = rows(ds, "/evidence/results_flat.json?_search=capecitabine")
    assert flat == []  # quotes of results only: capecitabine appears in a dose quote
    lc = rows(ds, "/evidence/results_flat.json?_search=%22local control%22")
    assert {r["endpoint"] for r in lc} == {"LC"} and len(lc) == 6
    assert {r["endpoint"] for r in rows(ds, "/evidence/survival_rates.json?_search=overall")} == {"OS"}


# -- read-only -------------------------------------------------------------------------------------

def test_database_is_served_read_only(ds, db):
    # Live (evidence serve): not immutable, so that it shows what is added while it runs; read-only all the same.
    assert ds.databases["evidence"].is_mutable
    assert not datasette_app(db, immutable=True).databases["evidence"].is_mutable  # a published copy
    before = dump_database(db)
    response = get(ds, "/evidence.json", params={"sql": "DELETE FROM studies"})
    assert response.status_code == 400
    for path in ("/evidence/five_year_os", "/evidence/studies", "/evidence"):
        post = asyncio.run(ds.client.post(path, data={"sql": "DELETE FROM studies"}))
        assert post.status_code == 405, path
    assert not any(q.get("write") for q in QUERIES.values())
    assert dump_database(db) == before


def test_sql_time_limit_is_set(db):
    app = datasette_app(db, sql_time_limit_ms=500)
    assert app.setting("sql_time_limit_ms") == 500
    slow = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT count(*) FROM n")
    response = get(app, "/evidence.json", params={"sql": slow})
    assert response.status_code == 400 and "interrupted" in response.text.lower()


def test_pages_load_no_asset_from_another_host(ds):
    for path in ("/", "/evidence", "/evidence/five_year_os", "/evidence/compare_endpoint", "/evidence/survival_rates"):
        html = get(ds, path).text
        remote = [url for url in re.findall(r"<(?:script|link|img)[^>]+(?:src|href)=\"((?:https?:)?//[^\"]+)", html)
                  if not url.startswith("http://localhost/")]
        assert not remote, (path, remote)


def test_metadata_follows_another_file_name(db, tmp_path):
    other = tmp_path / "my-evidence.db"
    shutil.copy(db, other)
    metadata = metadata_for(other)
    assert "my-evidence" in metadata["databases"] and "evidence" not in metadata["databases"]
    assert "/my-evidence/five_year_os" in metadata["description_html"]
    app = datasette_app(other)
    assert "One reported number about an outcome" in get(app, "/my-evidence/outcome_results").text
    assert 'class="point"' in get(app, "/my-evidence/five_year_os").text


# -- the chart on its own ------------------------------------------------------------------------

def plugin_module(name: str):
    """A plugin file of datasette/plugins, loaded by path as Datasette loads it."""
    _, plugins = asset_dirs()
    spec = importlib.util.spec_from_file_location(f"{name}_under_test", plugins / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def charts_module():
    return plugin_module("evidence_charts")


def test_chart_positions_follow_the_values_and_labels_are_escaped():
    charts = charts_module()
    data = [{"study_id": 1, "study": "A", "cohort": "<script>alert(1)</script>", "n": 10, "value": 20.0,
             "unit": "%", "ci_low": 10.0, "ci_high": 30.0, "group_key": "all"},
            {"study_id": 2, "study": "B", "cohort": "b", "n": 40, "value": 80.0, "unit": "%"},
            {"study_id": 2, "study": "B", "cohort": "no value", "n": 5, "value": None, "unit": "%"}]
    svg = charts.forest_svg(data, {"title": "T"})
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    xs = [float(x) for x in re.findall(r'class="point" data-value="[\d.]+" x="([\d.]+)"', svg)]
    assert len(xs) == 2 and xs[0] < xs[1]
    widths = [float(w) for w in re.findall(r'class="point"[^>]* width="([\d.]+)"', svg)]
    assert widths[0] < widths[1]  # larger n, larger square
    assert charts.forest_svg([data[2]]) == ""


def test_chart_log_scale_puts_1_in_the_middle_of_reciprocals():
    charts = charts_module()
    data = [{"study_id": 1, "cohort": "a", "value": 0.5, "unit": "ratio"},
            {"study_id": 1, "cohort": "b", "value": 2.0, "unit": "ratio"},
            {"study_id": 1, "cohort": "c", "value": 1.0, "unit": "ratio"}]
    svg = charts.forest_svg(data, {"scale": "log"})
    half, double, one = (float(x) + float(w) / 2 for x, w in
                         re.findall(r'class="point" data-value="[\d.]+" x="([\d.]+)"[^>]* width="([\d.]+)"', svg))
    assert one - half == pytest.approx(double - one, abs=0.2)


# -- evidence publish ------------------------------------------------------------------------------

def test_publish_writes_a_folder_that_serves_the_same_pages(db, tmp_path):
    target = tmp_path / "site"
    result = CliRunner().invoke(cli, ["--db", str(db), "publish", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    files = {p.name for p in target.iterdir()}
    assert {"evidence.db", "metadata.json", "templates", "plugins", "run.sh", "Dockerfile", "requirements.txt",
            "README.txt"} <= files
    assert not list(tmp_path.glob(".site-*"))
    assert dump_database(target / "evidence.db") == dump_database(db)
    run = (target / "run.sh").read_text()
    command = shlex.split(run.splitlines()[-1].removeprefix("exec "))
    assert command[:4] == ["datasette", "serve", "--immutable", "evidence.db"]
    assert command[command.index("--host") + 1] == "${HOST:-127.0.0.1}"
    assert not list((target / "plugins").glob("__init__.py"))

    # Serve the folder as run.sh does, in process.
    from datasette.app import Datasette

    app = Datasette(immutables=[str(target / "evidence.db")], metadata=yaml.safe_load(
        (target / "metadata.json").read_text()), template_dir=str(target / "templates"),
        plugins_dir=str(target / "plugins"))
    html = get(app, "/evidence/five_year_os").text
    assert len(re.findall(r'class="point"', html)) == 2


def test_publish_refuses_a_folder_with_files_and_leaves_it_alone(db, tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["--db", str(db), "publish", str(target)])
    assert result.exit_code == 1 and "is not an empty folder" in result.output
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_publish_leaves_nothing_when_it_fails(db, tmp_path, monkeypatch):
    import oncoev.publish as publish

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publish, "write_metadata", broken)
    with pytest.raises(OSError, match="disk full"):
        publish_folder(db, tmp_path / "site")
    assert list(tmp_path.iterdir()) == []


def test_serve_passes_templates_plugins_and_settings(db):
    result = CliRunner().invoke(cli, ["--db", str(db), "serve", "--dry-run", "--port", "9001",
                                      "--sql-time-limit-ms", "1500"])
    command = result.stdout.split()
    templates, plugins = asset_dirs()
    assert command[command.index("--template-dir") + 1] == str(templates)
    assert command[command.index("--plugins-dir") + 1] == str(plugins)
    assert "sql_time_limit_ms" in command and command[command.index("sql_time_limit_ms") + 1] == "1500"
    assert (templates / "query.html").is_file() and (plugins / "evidence_charts.py").is_file()


def test_repository_folders_do_not_shadow_datasette():
    """`python -m datasette` (what `evidence serve` runs) puts the working directory first on sys.path;
    from the repository root, the real Datasette must still be the one imported."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import datasette.app, datasette; print(datasette.__file__)"],
                         cwd=REPO, capture_output=True, text=True, check=True)
    assert "site-packages" in out.stdout and str(REPO / "datasette") not in out.stdout
    assert not list((REPO / "datasette").rglob("__init__.py"))
