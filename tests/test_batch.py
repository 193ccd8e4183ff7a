"""Extracting many papers: in this process, on worker processes, into a folder of shards."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import REPO, SMALL_TEXT
from workers import extract_or_die

from oncoev.cli import cli
from oncoev.errors import EvidenceError
from oncoev.extract import batch
from oncoev.extract.batch import extract_many, extract_one, extract_parallel, find_papers, in_order
from oncoev.schema.shards import ShardWriter, done_papers, read_extractions

PAPERS = sorted((REPO / "data" / "papers").glob("*.txt"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled papers, our small study, and a file that is no paper."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for paper in PAPERS:
        shutil.copy(paper, folder / paper.name)
    (folder / "small_study.txt").write_text(SMALL_TEXT, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01 not text")
    (folder / "notes.md").write_text("not a paper", encoding="utf-8")
    return folder


def test_find_papers_expands_folders_and_keeps_files(corpus, tmp_path):
    papers = find_papers([corpus, PAPERS[0]])
    assert [p.name for p in papers] == sorted(["binary.txt", "small_study.txt", *(p.name for p in PAPERS)]) + \
        [PAPERS[0].name]
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvidenceError, match=r"no papers \(.txt, .pdf"):
        find_papers([tmp_path / "empty"])


def test_a_bad_paper_and_a_failing_rule_are_refused_and_the_run_goes_on(corpus, monkeypatch):
    outcomes = list(extract_many(find_papers([corpus])))
    by_name = {Path(o.paper).name: o for o in outcomes}
    assert by_name["binary.txt"].status == "refused" and "not a text file" in by_name["binary.txt"].reason
    assert by_name["small_study.txt"].status == "extracted" and by_name["small_study.txt"].counts["results"] > 0

    import oncoev.extract

    def broken(path, limits=None):
        raise ZeroDivisionError("a rule divided by zero")
        yield  # a generator, as extract_paths is

    monkeypatch.setattr(oncoev.extract, "extract_paths", broken)
    outcome = extract_one(corpus / "small_study.txt")
    assert outcome.status == "refused"
    assert outcome.reason == "the extractor failed on this paper: ZeroDivisionError: a rule divided by zero"
    assert outcome.report()["counts"] == {}


def test_in_order_keeps_the_order_and_bounds_what_is_in_flight():
    submitted: list[int] = []
    seen = []
    for item, future in in_order(lambda i: submitted.append(i) or i * 10, list(range(10)), window=3):
        assert len(submitted) - len(seen) <= 3
        seen.append(item)
        assert future == item * 10
    assert seen == list(range(10))


def test_two_workers_give_what_one_process_gives_in_the_same_order(corpus):
    papers = find_papers([corpus])
    serial = list(extract_many(papers, jobs=1))
    parallel = list(extract_many(papers, jobs=2))
    assert [o.paper for o in parallel] == [str(p) for p in papers]
    assert [(o.status, o.reason, o.extraction) for o in parallel] == [(o.status, o.reason, o.extraction)
                                                                      for o in serial]


def test_a_paper_that_kills_its_worker_is_refused_alone(corpus):
    (corpus / "kill_me.txt").write_text(SMALL_TEXT, encoding="utf-8")
    papers = find_papers([corpus])
    outcomes = list(extract_parallel(papers, 2, window=3, task=extract_or_die))
    assert [o.paper for o in outcomes] == [str(p) for p in papers]
    statuses = {Path(o.paper).name: (o.status, o.reason) for o in outcomes}
    assert statuses["kill_me.txt"] == ("refused", "the worker process died while reading this paper (out of "
                                                  "memory, or a crash in the PDF library)")
    assert all(status == "extracted" for name, (status, _) in statuses.items() if name not in ("kill_me.txt",
                                                                                                "binary.txt"))


def test_shards_round_trip_and_a_stopped_shard_is_dropped(tmp_path):
    extractions = [{"source": f"p{i}.txt", "n": i} for i in range(5)]
    with ShardWriter(tmp_path, jsonl=True, shard_size=2) as writer:
        for i, extraction in enumerate(extractions):
            writer.write(f"in/p{i}.txt", extraction, {"paper": f"in/p{i}.txt", "status": "extracted"})
        writer.write("in/bad.txt", None, {"paper": "in/bad.txt", "status": "refused", "reason": "not text"})
    assert sorted(p.name for p in tmp_path.glob("shard-*")) == ["shard-00000.jsonl", "shard-00001.jsonl",
                                                                "shard-00002.jsonl"]
    assert [data for _, data in read_extractions(tmp_path)] == extractions
    assert [where for where, _ in read_extractions(tmp_path)][:3] == ["shard-00000.jsonl:1", "shard-00000.jsonl:2",
                                                                      "shard-00001.jsonl:1"]
    assert set(done_papers(tmp_path)) == {f"in/p{i}.txt" for i in range(5)} | {"in/bad.txt"}

    # A run that stops with a shard half-written: the shard stays .partial and its papers unreported.
    writer = ShardWriter(tmp_path, jsonl=True, shard_size=10)
    writer.write("in/p9.txt", {"n": 9}, {"paper": "in/p9.txt", "status": "extracted"})
    writer.shard.flush()
    assert "in/p9.txt" not in done_papers(tmp_path) and list(tmp_path.glob("*.partial"))
    again = ShardWriter(tmp_path, jsonl=True)  # the next run starts a new shard and drops the stale one
    again.close()
    assert not list(tmp_path.glob("*.partial")) and len(list(read_extractions(tmp_path))) == 5


def test_one_file_per_paper_names_never_collide(tmp_path):
    with ShardWriter(tmp_path / "out") as writer:
        writer.write("a/paper.txt", {"n": 1}, {"paper": "a/paper.txt"})
        writer.write("b/paper.txt", {"n": 2}, {"paper": "b/paper.txt"})
        writer.write("c/report.txt", {"n": 3}, {"paper": "c/report.txt"})
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["paper-2.json", "paper.json", "report.json",
                                                                    "report.jsonl"]
    lines = [json.loads(x) for x in (tmp_path / "out" / "report.jsonl").read_text().splitlines()]
    assert [x["output"] for x in lines] == ["paper.json", "paper-2.json", "report.json"]


def test_extract_into_a_folder_then_resume(corpus, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    first = runner.invoke(cli, ["extract", str(corpus), "--out", str(out), "--jsonl", "--jobs", "1"])
    assert first.exit_code == 1 and f"{corpus / 'binary.txt'}: " in first.output, first.output
    assert f"{out}: {len(PAPERS) + 1} papers extracted, 1 refused; one line per paper" in first.output
    report = [json.loads(x) for x in (out / "report.jsonl").read_text().splitlines()]
    assert [r["status"] for r in report].count("refused") == 1
    assert all(set(r) == {"paper", "status", "reason", "counts", "seconds", "cpu_seconds", "worker_peak_mb",
                          "sha256", "extractor_version", "output"} for r in report)
    assert all(r["worker_peak_mb"] > 10 for r in report)
    stored = [data for _, data in read_extractions(out)]
    assert [d["source"] for d in stored] == [p.name for p in PAPERS] + ["small_study.txt"]

    (corpus / "late.txt").write_text(SMALL_TEXT.replace("40 patients", "41 patients"), encoding="utf-8")
    second = runner.invoke(cli, ["extract", str(corpus), "--out", str(out), "--jsonl", "--jobs", "1"])
    assert second.exit_code == 0, second.output
    assert "1 papers extracted, 0 refused, 5 already read by this extractor version" in second.output
    assert [d["source"] for _, d in read_extractions(out)][-1] == "late.txt"


def test_extract_options_that_do_not_go_together(corpus, tmp_path):
    runner = CliRunner()
    both = runner.invoke(cli, ["extract", str(corpus), "--out", str(tmp_path / "o"), "--json"])
    assert both.exit_code == 2 and "--json, --output and --unexplained are for one paper" in both.output
    many = runner.invoke(cli, ["extract", str(corpus)])
    assert many.exit_code == 2 and "give --out FOLDER" in many.output


def test_add_with_workers_stores_what_one_process_stores_and_a_rerun_reads_nothing(corpus, tmp_path,
                                                                                    migrated_template):
    from support import rows_without_times

    runner = CliRunner()
    databases = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        db.write_bytes(migrated_template.read_bytes())
        report = tmp_path / f"add{jobs}.jsonl"
        result = runner.invoke(cli, ["--db", str(db), "add", str(corpus), "--jobs", jobs, "--report", str(report)])
        assert result.exit_code == 1, result.output  # binary.txt is refused; the others are stored
        assert "binary.txt: refused: not a text file" in result.output
        lines = [json.loads(x) for x in report.read_text().splitlines()]
        assert sorted(x["status"] for x in lines) == ["loaded"] * 4 + ["refused"]
        loaded = [x for x in lines if x["status"] == "loaded"]
        assert all(x["seconds"] > 0 and x["store_seconds"] >= 0 and x["study"] and x["counts"]["results"] >= 0
                   for x in loaded)
        databases[jobs] = rows_without_times(db)
    assert databases["1"] == databases["2"]

    (corpus / "binary.txt").unlink()
    again = tmp_path / "again.jsonl"
    rerun = runner.invoke(cli, ["--db", str(tmp_path / "jobs2.db"), "add", str(corpus), "--report", str(again)])
    assert rerun.exit_code == 0, rerun.output
    lines = [json.loads(x) for x in again.read_text().splitlines()]
    # Stored by this extractor version: answered from the database, the papers not even read again.
    assert [x["status"] for x in lines] == ["unchanged"] * 4 and all(x["seconds"] is None for x in lines)


def test_add_of_many_papers_prints_counts_not_a_line_each(corpus, db_path, monkeypatch):
    import oncoev.cli.main as main

    monkeypatch.setattr(main, "TABLE_PAPERS", 2)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "add", str(corpus), "--jobs", "1"])
    assert "add: 5 papers: 4 loaded, 1 refused" in result.output
    assert "┃ paper" not in result.output and result.exit_code == 1


def test_a_new_extractor_version_reads_every_paper_again_into_the_same_files(corpus, tmp_path, monkeypatch):
    import oncoev.extract.version

    (corpus / "binary.txt").unlink()
    runner = CliRunner()
    out = tmp_path / "out"
    assert runner.invoke(cli, ["extract", str(corpus), "--out", str(out), "--jobs", "1"]).exit_code == 0
    names = sorted(p.name for p in out.iterdir())
    monkeypatch.setattr(oncoev.extract.version, "EXTRACTOR_VERSION", "9.9.9+rules.newer")
    again = runner.invoke(cli, ["extract", str(corpus), "--out", str(out), "--jobs", "1"])
    assert again.exit_code == 0 and "4 papers extracted, 0 refused;" in again.output, again.output
    assert sorted(p.name for p in out.iterdir()) == names  # rewritten under their names, no second copy


def test_a_pubmed_file_is_one_task_and_every_citation_a_paper(tmp_path, db_path):
    import gzip

    from test_xml_readers import PUBMED

    folder = tmp_path / "pubmed"
    folder.mkdir()
    (folder / "set.xml.gz").write_bytes(gzip.compress(PUBMED.encode("utf-8")))
    runner = CliRunner()
    out = tmp_path / "out"
    extracted = runner.invoke(cli, ["extract", str(folder), "--out", str(out), "--jobs", "1"])
    assert extracted.exit_code == 0 and "1 papers extracted" in extracted.output, extracted.output
    assert [p.name for p in sorted(out.glob("shard-*"))] == ["shard-set.jsonl"]  # many papers: a shard of its own
    assert [d["source"] for _, d in read_extractions(out)] == [f"set.xml#PMID9000000{i}" for i in (1, 2, 3)]
    loaded = runner.invoke(cli, ["--db", str(db_path), "load", str(out)])
    assert loaded.exit_code == 0 and "3 papers: 3 loaded" in loaded.output, loaded.output
    # add reads the file again: each citation is one paper, already stored by this extractor version.
    report = tmp_path / "add.jsonl"
    added = runner.invoke(cli, ["--db", str(db_path), "add", str(folder), "--report", str(report)])
    assert added.exit_code == 0, added.output
    lines = [json.loads(x) for x in report.read_text().splitlines()]
    assert [(Path(x["paper"]).name, x["status"]) for x in lines] == [(f"set.xml#PMID9000000{i}", "unchanged")
                                                                     for i in (1, 2, 3)]


class _PoolThatBreaksOnSubmit:
    """A pool whose worker died before the third paper was submitted: that submission raises, as a real pool's does
    once it knows it is broken."""

    def __init__(self, *args, **kwargs):
        self.submitted = 0

    def submit(self, fn, *args):
        self.submitted += 1
        if self.submitted == 3:
            raise BrokenProcessPool("a worker died")
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_a_pool_that_breaks_while_a_paper_is_submitted_reads_the_rest_in_a_fresh_one(corpus, monkeypatch):
    pools = []
    real_pool = batch._pool

    def first_pool_breaks(jobs):
        pools.append(jobs)
        return _PoolThatBreaksOnSubmit() if len(pools) == 1 else real_pool(jobs)

    monkeypatch.setattr(batch, "_pool", first_pool_breaks)
    papers = find_papers([corpus])
    outcomes = list(batch.extract_parallel(papers, 2, window=2))
    assert [o.paper for o in outcomes] == [str(p) for p in papers]  # every paper once, in order, none lost
    assert len(pools) >= 2
