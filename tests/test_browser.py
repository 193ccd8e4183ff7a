"""A real browser (headless Chromium, driven by Playwright) on `evidence serve`: from the home page,
one click to 5-year overall survival across studies, whose numbers and chart must be on screen; and at
1400 x 900 pixels, the home page, the 5-year OS page, a table page and a row page answer without
scrolling (value, CI and p within the width, the first data row within the height) and describe no
column they do not have.

The database is built from the bundled curated studies; what the page must show is read from
that database, so the test holds however many papers are bundled. The screenshot is saved in
the test's tmp folder and copied to build/screenshots/ (not committed) for people to look at.
Skips, saying why, where Chromium or Playwright is missing (.ci/run installs Chromium).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from support import REPO

CHROMIUM = Path(os.environ.get("EVIDENCE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "build" / "screenshots"

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright (python) is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}: apt-get install "
                                "chromium chromium-driver (.ci/run does), or set EVIDENCE_CHROMIUM")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _evidence(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "oncoev", *args], check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    curated = sorted((REPO / "data" / "curated").glob("*.json"))
    if not curated:
        pytest.skip("no bundled curated studies in data/curated")
    db = tmp_path_factory.mktemp("browser") / "evidence.db"
    _evidence("--db", str(db), "init")
    _evidence("--db", str(db), "load", *map(str, curated))
    return db


@pytest.fixture(scope="module")
def server(demo_db):
    """`evidence serve` on a free port, as a person would run it; stopped (its whole process group) after."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "oncoev", "--db", str(demo_db), "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"evidence serve exited: {process.stderr.read().decode()[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail("evidence serve did not answer within 60 s")
                time.sleep(0.3)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _expected_5_year_os(db: Path) -> list[float]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT value FROM survival_rates WHERE endpoint = 'OS' AND timepoint_months = 60")]
    finally:
        con.close()


def _keep(path: Path, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENSHOTS / name)


def test_one_click_from_the_home_page_to_5_year_os_with_its_chart(server, browser, demo_db, tmp_path):
    expected = _expected_5_year_os(demo_db)
    assert expected, "the bundled studies report 5-year overall survival"
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.goto(server + "/")
    assert "Oncology outcomes evidence database" in page.title() + page.inner_text("body")
    assert page.get_by_text("How to read a number").is_visible()
    page.screenshot(path=str(tmp_path / "home.png"))
    _keep(tmp_path / "home.png", "home.png")

    page.get_by_role("link", name="5-year overall survival across studies").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/evidence/five_year_os")
    chart = page.locator("svg.evidence-chart")
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 500 and box["height"] > 100
    points = chart.locator("rect.point")
    assert points.count() == len(expected)
    assert sorted(float(points.nth(i).get_attribute("data-value")) for i in range(points.count())) == sorted(expected)
    shown = [float(t) for t in page.locator("table.rows-and-columns td.col-value").all_inner_texts()]
    assert sorted(shown) == sorted(expected)
    assert page.locator("table.rows-and-columns td.col-cohort").first.is_visible()

    shot = tmp_path / "compare.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # a page with a drawing, not a blank one
    _keep(shot, "compare.png")
    page.close()


def test_the_comparison_form_redraws_for_another_endpoint(server, browser, demo_db, tmp_path):
    con = sqlite3.connect(demo_db)
    try:
        endpoint, timepoint, n = con.execute(
            "SELECT endpoint, timepoint_months, count(*) FROM survival_rates WHERE endpoint != 'OS' "
            "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 1").fetchone()
    finally:
        con.close()
    page = browser.new_page(viewport={"width": 1280, "height": 1100})
    page.goto(server + "/evidence/compare_endpoint")
    assert [page.input_value(f"input[name={name}]") for name in ("endpoint", "measure", "timepoint_months")] == [
        "OS", "rate", "60"]
    assert page.locator("svg.evidence-chart rect.point").count() == len(_expected_5_year_os(demo_db))  # defaults
    page.fill("input[name=endpoint]", endpoint)
    page.fill("input[name=measure]", "rate")
    page.fill("input[name=timepoint_months]", f"{timepoint:g}")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert f"{endpoint} rate at {timepoint:g} months" in page.locator("svg.evidence-chart").inner_html()
    assert page.locator("svg.evidence-chart rect.point").count() == n
    page.screenshot(path=str(tmp_path / "compare-form.png"))
    _keep(tmp_path / "compare-form.png", "compare-form.png")
    page.close()


WIDTH, HEIGHT = 1400, 900


def _first_row_top(page) -> float:
    row = page.locator("table.rows-and-columns tbody tr").first
    assert row.is_visible()
    return row.bounding_box()["y"]


def _described_columns(page) -> set[str]:
    """Every column a description names on the page: the folded list and the header tooltips."""
    named = set(page.locator("details.ev-columns dt").all_text_contents())    # folded: not rendered, but there
    named |= {th.get_attribute("data-column") or th.inner_text().strip()
              for th in page.locator("table.rows-and-columns th[title]").all()}
    assert named or page.locator("details.ev-columns").count() == 0
    return {n.strip() for n in named}


def _page_columns(page) -> set[str]:
    """The columns a page shows: a table's headers, or a row page's field names (one a line)."""
    headers = page.locator("table.rows-and-columns thead th, table.ev-record th[scope=row]").all()
    return {(th.get_attribute("data-column") or th.inner_text()).strip() for th in headers}


def test_pages_answer_at_a_glance_at_1400_by_900(server, browser, demo_db, tmp_path):
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})

    page.goto(server + "/")
    summary = page.locator("p.ev-data-summary")
    assert summary.is_visible() and summary.bounding_box()["y"] < HEIGHT
    con = sqlite3.connect(demo_db)
    try:
        checked, unverified = con.execute("SELECT sum(status IN ('verified', 'corrected')), "
                                          "sum(status = 'extracted') FROM outcome_results").fetchone()
    finally:
        con.close()
    assert f"{checked:,} checked by a curator" in summary.inner_text()
    assert f"{unverified or 0:,} unverified machine extractions" in summary.inner_text()
    page.screenshot(path=str(tmp_path / "home-1400.png"))
    _keep(tmp_path / "home-1400.png", "home-1400.png")

    page.goto(server + "/evidence/five_year_os")
    for column in ("value", "ci_low", "ci_high", "p"):
        header = page.locator(f"table.rows-and-columns th.col-{column}")
        box = header.bounding_box()
        assert box and box["x"] + box["width"] <= WIDTH, column
    assert _first_row_top(page) < HEIGHT
    first_value = page.locator("table.rows-and-columns td.col-value").first.bounding_box()
    assert first_value["x"] + first_value["width"] <= WIDTH and first_value["y"] < HEIGHT
    study = page.locator("table.rows-and-columns td.col-study a").first
    assert len(study.get_attribute("title")) >= len(study.inner_text().rstrip("…"))
    assert _described_columns(page) <= _page_columns(page)
    page.screenshot(path=str(tmp_path / "five-year-os-1400.png"))
    _keep(tmp_path / "five-year-os-1400.png", "five-year-os-1400.png")

    for path, name in (("/evidence/survival_rates", "table-survival-rates.png"),
                       ("/evidence/outcome_results", "table-outcome-results.png")):
        page.goto(server + path)
        assert _first_row_top(page) < HEIGHT, path
        assert _described_columns(page) <= _page_columns(page), path
        assert not page.locator("dl.column-descriptions").is_visible()
        page.screenshot(path=str(tmp_path / name))
        _keep(tmp_path / name, name)

    con = sqlite3.connect(demo_db)
    try:
        cohort_id, study_id = con.execute(
            "SELECT id, study_id FROM cohorts WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    for path, name in ((f"/evidence/cohorts/{cohort_id}", "row-cohort.png"),
                       (f"/evidence/studies/{study_id}", "row-study.png")):
        page.goto(server + path)
        assert _first_row_top(page) < HEIGHT, path
        record = page.locator("table.ev-record").bounding_box()
        assert record["height"] < 2 * HEIGHT, path       # one field a line, provenance folded: no screens of JSON
        assert _described_columns(page) <= _page_columns(page), path
        page.screenshot(path=str(tmp_path / name))
        _keep(tmp_path / name, name)
    link = page.locator(f'table.rows-and-columns a[href$="/evidence/studies/{study_id}"]')
    page.goto(server + f"/evidence/cohorts/{cohort_id}")
    assert link.count() == 1
    page.close()
