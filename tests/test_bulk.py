"""The batched writer: many papers per transaction, the same rows as loading them one by one."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sqlite3

import pytest
from support import REPO, rows_without_times, small_extraction

from oncoev.db.bulk import BatchWriter, store_all
from oncoev.db.engine import make_engine
from oncoev.db.load import load_extraction
from oncoev.errors import EvidenceError


def variant(n: int, **study) -> dict:
    """The small extraction as another paper: its own text (so its own sha256), DOI and numbers."""
    data = small_extraction()
    text = data["document"]["text"] + f"\nVariant {n}.\n"
    data["document"].update(text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), filename=f"v{n}.txt")
    data["source"] = f"v{n}.txt"
    data["study"]["doi"] = f"10.9999/variant.{n}"
    data["results"][0]["value"] = 50.0 + n
    data["study"].update(study)
    return data


@pytest.fixture
def inputs() -> list[tuple[dict, str]]:
    """A run's worth of cases: curated files, new papers, one stored twice, a re-extraction by a newer
    extractor, a DOI already stored, a file the contract refuses."""
    curated = [(json.loads(p.read_text()), p.name) for p in sorted((REPO / "data" / "curated").glob("*.json"))]
    newer = variant(2)
    newer["extractor"]["version"] = "2"
    newer["results"][1]["value"] = 77.0
    same_doi = variant(5)
    same_doi["study"]["doi"] = variant(1)["study"]["doi"]
    bad = variant(6)
    bad["results"][0]["value"] = 140.0
    return [*curated, (variant(1), "v1.json"), (variant(2), "v2.json"), (variant(3), "v3.json"),
            (variant(1), "v1-again.json"), (newer, "v2-newer.json"), (same_doi, "v5.json"), (bad, "v6.json"),
            (variant(4), "v4.json")]


def one_by_one(engine, inputs) -> list[str]:
    statuses = []
    for data, source in inputs:
        try:
            statuses.append(load_extraction(engine, copy.deepcopy(data), source=source, actor="run").status)
        except EvidenceError:
            statuses.append("refused")
    return statuses


@pytest.mark.parametrize("batch_papers", [1, 3, 100])
def test_batches_store_what_loading_one_by_one_stores(tmp_path, db_path, inputs, batch_papers):
    reference = tmp_path / "reference.db"
    shutil.copyfile(db_path, reference)
    expected = one_by_one(make_engine(reference), inputs)
    assert expected.count("loaded") == 6 and "unchanged" in expected and "re-extracted" in expected

    stored = store_all(make_engine(db_path), [(copy.deepcopy(d), s) for d, s in inputs], actor="run",
                       batch_papers=batch_papers)
    assert [s.source for s in stored] == [s for _, s in inputs]
    assert [s.report.status if s.report else "refused" for s in stored] == expected
    assert rows_without_times(db_path) == rows_without_times(reference)
    refused = {s.source: str(s.error) for s in stored if s.error}
    assert "is already in the database as study" in refused["v5.json"]
    assert "140.0 is not a percentage" in refused["v6.json"]


def test_a_paper_the_database_refuses_is_refused_alone(engine, db_path):
    wrong = variant(2, enrolment_start="2019", enrolment_end="2014")  # the contract does not check the order
    stored = store_all(engine, [(variant(1), "v1"), (wrong, "v2"), (variant(3), "v3")], batch_papers=10)
    assert [s.report.status if s.report else None for s in stored] == ["loaded", None, "loaded"]
    assert "the database refused the data" in str(stored[1].error) and "enrolment_order" in str(stored[1].error)
    assert [r[0] for r in sqlite3.connect(db_path).execute("SELECT source FROM studies ORDER BY id")] == \
        ["v1.txt", "v3.txt"]


def test_a_batch_is_stored_when_full_or_when_its_first_paper_has_waited(engine):
    now = [0.0]
    writer = BatchWriter(engine, batch_papers=3, batch_seconds=5.0, clock=lambda: now[0])
    assert writer.add(variant(1), "v1") == [] and writer.add(variant(2), "v2") == []
    assert [s.source for s in writer.add(variant(3), "v3")] == ["v1", "v2", "v3"]
    assert writer.add(variant(4), "v4") == []
    now[0] = 6.0
    assert [s.source for s in writer.add(variant(5), "v5", extra="mine")] == ["v4", "v5"]
    assert writer.flush() == []


def test_what_the_caller_hands_in_comes_back(engine):
    writer = BatchWriter(engine)
    writer.add(variant(1), "v1", extra={"seconds": 1.5})
    writer.add({"not": "an extraction"}, "junk", extra=7)
    out = writer.flush()
    assert [(s.source, s.extra) for s in out] == [("v1", {"seconds": 1.5}), ("junk", 7)]
    assert out[1].error is not None and out[0].seconds >= 0


def test_load_a_folder_of_shards_twice_stores_it_once(db_path, tmp_path):
    from click.testing import CliRunner
    from support import dump_database

    from oncoev.cli import cli
    from oncoev.schema.shards import ShardWriter

    out = tmp_path / "out"
    with ShardWriter(out, jsonl=True, shard_size=2) as writer:
        for n in range(1, 6):
            writer.write(f"v{n}.txt", variant(n), {"paper": f"v{n}.txt", "status": "extracted"})
    (out / "broken.json").write_text('{"source": ', encoding="utf-8")
    runner = CliRunner()
    report = tmp_path / "load.jsonl"
    first = runner.invoke(cli, ["--db", str(db_path), "load", str(out), "--report", str(report)])
    assert first.exit_code == 1
    assert f"{out}: 6 papers: 5 loaded, 1 refused" in first.output
    assert f"{out}/broken.json: not valid JSON" in first.output
    lines = [json.loads(x) for x in report.read_text().splitlines()]
    assert [x["paper"] for x in lines] == [f"{out}/shard-0000{i}.jsonl:{j}" for i, j in
                                           ((0, 1), (0, 2), (1, 1), (1, 2), (2, 1))] + [f"{out}/broken.json"]
    assert lines[0]["status"] == "loaded" and lines[0]["counts"]["results"] == 8 and lines[0]["study"] == 1
    before = dump_database(db_path)
    (out / "broken.json").unlink()
    second = runner.invoke(cli, ["--db", str(db_path), "load", str(out)])
    assert second.exit_code == 0 and f"{out}: 5 papers: 5 unchanged" in second.output
    assert dump_database(db_path) == before
