"""`evidence pool`: JSON, CSV and table output, forest plots, and its error messages."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from support import HERE

from oncoev.cli import cli
from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.pooling.methods import pool, proportion_effects

FIXTURE = json.loads((HERE / "fixtures" / "pooling_studies.json").read_text(encoding="utf-8"))["extractions"]
REQUIRED_KEYS = {"estimate", "ci_low", "ci_high", "pi_low", "pi_high", "tau2", "i2", "q", "q_p", "k", "method",
                 "transform", "studies"}


@pytest.fixture
def db(db_path):
    engine = make_engine(db_path)
    for extraction in FIXTURE:
        load_extraction(engine, extraction, source=extraction["source"])
    return db_path


def run(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), "pool", *[str(a) for a in args]], catch_exceptions=False)


def test_json_is_one_object_on_the_natural_scale(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--method", "DL", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert REQUIRED_KEYS <= set(out)
    assert out["k"] == 5 and out["method"] == "DL" and out["transform"] == "logit"
    # The same numbers straight from the library, events = round(rate x n) as the dataset documents.
    events = [18, 18, 18, 0, 12]          # 45% of 40, 30% of 60, 60% of 30, 0% of 25, 100% of 12
    direct = pool(proportion_effects(events, [40, 60, 30, 25, 12]), method="DL")
    assert out["estimate"] == pytest.approx(direct.estimate) and 0 < out["estimate"] < 100
    assert out["i2"] == pytest.approx(direct.i2) and out["tau2"] == pytest.approx(direct.tau2)
    assert out["pi_low"] < out["ci_low"] < out["estimate"] < out["ci_high"] < out["pi_high"]
    assert sum(s["weight"] for s in out["studies"]) == pytest.approx(100)
    assert {s["label"]: s["n"] for s in out["studies"]}["Ahn et al. 2019: All patients"] == 40
    assert {s["label"]: s["value"] for s in out["studies"]}["Jones et al [4] (cited in study 4): Jones series"] == 100.0
    assert any("approximation" in note for note in out["notes"])
    assert any("bound" in e["reason"] for e in out["excluded"])


def test_json_by_subgroup_has_one_object_each_plus_overall(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--by", "cancer", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out["subgroups"]) == {"cervical", "ovarian"}
    assert REQUIRED_KEYS <= set(out["subgroups"]["cervical"]) and REQUIRED_KEYS <= set(out["overall"])
    assert out["subgroups"]["ovarian"]["k"] == 1 and out["subgroups"]["ovarian"]["note"] == "single study: not pooled"
    assert out["overall"]["k"] == out["subgroups"]["cervical"]["k"] + 1
    assert out["test_for_subgroup_differences"]["df"] == 1


def test_hazard_ratios_pool_on_the_log_scale_and_list_missing_cis(db):
    result = run(db, "--endpoint", "OS", "--measure", "hr", "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["transform"] == "log" and out["k"] == 2
    assert min(s["value"] for s in out["studies"]) <= out["estimate"] <= max(s["value"] for s in out["studies"])
    assert any("no confidence interval" in e["reason"] for e in out["excluded"])


def test_csv_has_a_row_per_study_and_the_pooled_row(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--format", "csv", "--transform", "pft", "--hk")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["row"] for r in rows] == ["study", "study", "study", "pooled"]
    assert rows[-1]["transform"] == "pft" and rows[-1]["test"] == "knha" and rows[-1]["k"] == "3"


def test_table_lists_exclusions_and_the_approximation(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--leave-one-out")
    assert result.exit_code == 0, result.output
    assert "random effects, REML" in result.output and "Leave-one-out:" in result.output
    assert "events = round(rate x n): an approximation" in result.output
    assert "cited result from a review (use --include-cited to pool it)" in result.output
    assert "same group reported twice" in result.output


def test_single_study_is_reported_not_pooled(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--cancer", "ovarian")
    assert result.exit_code == 0, result.output
    assert "Only one study matched: nothing to pool" in result.output


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_forest_plot_files(db, tmp_path, suffix, magic):
    path = tmp_path / f"forest{suffix}"
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--by", "cancer", "--plot", path)
    assert result.exit_code == 0, result.output
    assert path.read_bytes().startswith(magic)
    if suffix == ".svg":
        svg = path.read_text(encoding="utf-8")
        assert "Smith et al [3]" in svg and "Overall" in svg
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plot-")] == []


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_funnel_plot_files_carry_eggers_test(db, tmp_path, suffix, magic):
    path = tmp_path / f"funnel{suffix}"
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--funnel", path)
    assert result.exit_code == 0, result.output
    assert path.read_bytes().startswith(magic)
    assert f"funnel plot written to {path}" in result.stderr
    if suffix == ".svg":
        assert "Egger" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("option", ["--plot", "--funnel"])
def test_bad_plot_name_is_refused_before_any_work(db, tmp_path, option):
    path = tmp_path / "plot.gif"
    result = run(db, "--endpoint", "OS", "--timepoint", 60, option, path)
    assert result.exit_code == 1 and "is written as .png, .svg or .pdf" in result.output
    assert not path.exists()


def test_endpoint_codes_are_case_insensitive_and_printed_canonical(db):
    lower = run(db, "--endpoint", "os", "--timepoint", 60, "--format", "json")
    upper = run(db, "--endpoint", "OS", "--timepoint", 60, "--format", "json")
    assert lower.exit_code == 0, lower.output
    assert json.loads(lower.stdout)["estimate"] == json.loads(upper.stdout)["estimate"]
    assert json.loads(lower.stdout)["query"]["endpoint"] == "OS"
    table = run(db, "--endpoint", "os", "--timepoint", 60)
    assert "Pooled OS rate at 60 months" in table.stdout and "os rate" not in table.stdout


def test_table_shows_the_reported_value_and_the_derived_events(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--cancer", "cervical",
                 "--method", "DL")
    assert result.exit_code == 0, result.output
    out = json.loads(run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--cancer", "cervical",
                         "--method", "DL", "--format", "json").stdout)
    header = next(line for line in result.stdout.splitlines() if "events" in line and "weight" in line)
    assert header.split()[:3] == ["n", "events", "value"]
    for study in out["studies"]:
        row = next(line for line in result.stdout.splitlines() if line.startswith(study["label"]))
        cells = row[len(study["label"]):].split()
        assert cells[:3] == [f"{study['n']:g}", f"{study['events']:g}", f"{study['value']:.2f}"]
        assert study["events"] == round(study["value"] * study["n"] / 100)


def test_pooled_estimate_carries_its_test_tau_and_heterogeneity_intervals(db):
    out = json.loads(run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--format", "json").stdout)
    assert out["stat_name"] == "z" and out["df"] is None
    assert out["stat"] == pytest.approx(out["mu"] / out["se"])
    assert 0 < out["p"] <= 1 and out["null_value"] == 50.0
    assert out["tau"] == pytest.approx(out["tau2"] ** 0.5)
    for key in ("tau2", "tau", "i2", "h2"):
        low, high = out[f"{key}_ci"]
        assert low <= high, key
    assert out["egger"]["df"] == out["k"] - 2
    hk = json.loads(run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--hk", "--format",
                        "json").stdout)
    assert hk["stat_name"] == "t" and hk["df"] == hk["k"] - 1


def test_mixing_cancers_without_by_warns_on_stderr(db):
    mixed = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--format", "json")
    assert "Warning: the pooled studies mix cancers (cervical, ovarian)" in mixed.stderr
    assert "Warning" not in mixed.stdout
    assert json.loads(mixed.stdout)["warnings"]
    split = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--by", "cancer")
    assert "mix cancers" not in split.stderr
    one = run(db, "--endpoint", "OS", "--timepoint", 60, "--include-cited", "--cancer", "cervical")
    assert "mix cancers" not in one.stderr


def test_no_match_is_a_clear_error(db):
    result = run(db, "--endpoint", "OS", "--timepoint", 36)
    assert result.exit_code == 1
    assert "no results match OS rate at 36 months" in result.output and "time points (months): 60" in result.output


def test_rate_without_time_point_is_refused(db):
    result = run(db, "--endpoint", "OS")
    assert result.exit_code == 1 and "needs a time point" in result.output


def test_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "pool", "--endpoint", "OS",
                                      "--timepoint", "60"])
    assert result.exit_code == 1 and "no database at" in result.output
