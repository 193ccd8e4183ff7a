"""Extraction on a Dask cluster (a 2-worker LocalCluster here) stores exactly what one process stores."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from support import DEV_TEXT_DIRS, need_shared, rows_without_times

from oncoev.cli import cli
from oncoev.schema.shards import read_extractions

pytest.importorskip("distributed")


def without_source(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The audit log's load events name the file loaded (a JSON file, a shard's line): all else must agree."""
    def strip(value):
        if isinstance(value, str) and value.startswith("{") and '"source"' in value:
            data = json.loads(value)
            data.pop("source", None)
            return json.dumps(data, sort_keys=True)
        return value

    return {**tables, "curation_events": [tuple(strip(v) for v in row) for row in tables["curation_events"]]}


def run(*args) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_dask_local_cluster_equals_the_serial_run_row_for_row(tmp_path, migrated_template):
    for folder in DEV_TEXT_DIRS:
        need_shared("corpus", folder.name)
    serial, distributed = tmp_path / "serial", tmp_path / "dask"
    run("extract", *DEV_TEXT_DIRS, "--out", serial, "--jobs", "1")
    output = run("extract", *DEV_TEXT_DIRS, "--out", distributed, "--jsonl", "--shard-size", "5", "--dask", "local",
                 "--jobs", "2")
    assert "12 papers extracted, 0 refused" in output
    assert len(list(distributed.glob("shard-*.jsonl"))) == 3

    assert [data for _, data in read_extractions(distributed)] == [data for _, data in read_extractions(serial)]
    report = [json.loads(line) for line in (distributed / "report.jsonl").read_text().splitlines()]
    assert [r["paper"] for r in report] == [str(p) for d in DEV_TEXT_DIRS for p in sorted(d.glob("*.txt"))]

    databases = []
    for name, folder in (("serial.db", serial), ("dask.db", distributed)):
        db = tmp_path / name
        db.write_bytes(migrated_template.read_bytes())
        assert "12 loaded" in run("--db", db, "load", folder)
        databases.append(without_source(rows_without_times(db)))
    assert databases[0] == databases[1]
    assert len(databases[0]["outcome_results"]) > 300
