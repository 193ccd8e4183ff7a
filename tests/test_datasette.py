"""Datasette over the evidence database, in process, configured as `evidence serve` configures it."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from oncoev.db.load import load_extraction
from oncoev.publish import datasette_app, metadata_for


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture
def loaded(engine, db_path, extraction):
    extraction["results"].append({"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 60,
                                  "value": 40.0, "unit": "%"})
    load_extraction(engine, extraction)
    engine.dispose()
    return db_path


def test_home_page_explains_the_data(loaded):
    response = get(datasette_app(loaded), "/")
    assert response.status_code == 200
    assert "Oncology outcomes evidence database" in response.text
    assert "5-year overall" in response.text


def test_survival_rates_filtered_to_5_year_os(loaded):
    ds = datasette_app(loaded)
    response = get(ds, "/evidence/survival_rates.json?endpoint=OS&timepoint_months=60&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert [(r["cohort"], r["n"], r["value"]) for r in rows] == [("All patients", 40, 40.0)]


def test_database_is_served_read_only(loaded):
    ds = datasette_app(loaded)
    response = get(ds, "/evidence.json")
    assert response.json()["is_mutable"] is False if "is_mutable" in response.json() else True
    assert not ds.databases["evidence"].is_mutable


def test_table_descriptions_come_from_metadata(loaded):
    response = get(datasette_app(loaded), "/evidence/outcome_results")
    assert response.status_code == 200
    assert "One reported number about an outcome" in response.text


def test_metadata_follows_another_file_name(loaded, tmp_path):
    other = tmp_path / "my-evidence.db"
    shutil.copy(loaded, other)
    metadata = metadata_for(other)
    assert "my-evidence" in metadata["databases"] and "evidence" not in metadata["databases"]
    assert "/my-evidence/survival_rates" in metadata["description_html"]
    response = get(datasette_app(other), "/my-evidence/outcome_results")
    assert "One reported number about an outcome" in response.text


def test_repository_folders_do_not_shadow_datasette():
    """`python -m datasette` (what `evidence serve` runs) puts the working directory first on sys.path;
    from the repository root, the real Datasette must still be the one imported."""
    import subprocess
    import sys

    from support import REPO

    out = subprocess.run([sys.executable, "-c", "import datasette.app, datasette; print(datasette.__file__)"],
                         cwd=REPO, capture_output=True, text=True, check=True)
    assert "site-packages" in out.stdout and str(REPO / "datasette") not in out.stdout
