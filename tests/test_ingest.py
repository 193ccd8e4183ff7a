"""The `evidence add` workflow as a library function (oncoev.db.ingest) and its command."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import REPO, dump_database

from oncoev.cli import cli
from oncoev.db.ingest import add_paper, find_papers
from oncoev.extract.reader import read_document

PAPERS = REPO / "data" / "papers"
PAPER = PAPERS / "rectal_synchronous_metastases_chemoradiation.txt"


def test_add_paper_loads_then_leaves_it_unchanged(engine):
    first = add_paper(engine, PAPER)
    assert (first.status, first.ok, first.reason) == ("loaded", True, None)
    assert first.load.counts["results"] > 0 and first.load.study_id == 1
    again = add_paper(engine, PAPER)
    assert again.status == "unchanged" and again.load.study_id == 1


def test_add_paper_takes_a_document_already_read(engine):
    report = add_paper(engine, read_document(PAPER))
    assert report.status == "loaded" and report.paper == PAPER.name


def test_a_text_without_study_content_is_refused_not_stored(engine, db_path, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Minutes of the garden club. We planted tulips and discussed the weather.\n", encoding="utf-8")
    before = dump_database(db_path)
    report = add_paper(engine, note)
    assert report.status == "refused" and not report.ok
    assert report.reason.startswith("no study content found")
    assert dump_database(db_path) == before


def test_unexpected_errors_are_reported_per_paper(engine, monkeypatch):
    import oncoev.extract as extract

    def broken(path, limits=None):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(extract, "extract_path", broken)
    report = add_paper(engine, PAPER)
    assert report.status == "error" and not report.ok
    assert "ZeroDivisionError: a bug" in report.reason


def test_find_papers_lists_other_files_as_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(PAPER, folder / "a.txt")
    (folder / "notes.md").write_text("# notes\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    (folder / "sub").mkdir()
    papers, skipped = find_papers([folder])
    assert papers == [folder / "a.txt"]
    assert [(Path(r.paper).name, r.status) for r in skipped] == [("notes.md", "skipped"), ("sub", "skipped")]


def test_add_folder_goes_on_past_an_unreadable_file_and_exits_1(db_path, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(PAPERS.glob("*.txt")):
        shutil.copy(p, folder / p.name)
    unreadable = folder / "aa_unreadable.txt"
    unreadable.write_text("x", encoding="utf-8")
    (folder / "README.md").write_text("not a paper\n", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == unreadable.name:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    from oncoev.extract import xml_io  # the reader opens files through it (plain or gzipped)

    real_open = xml_io.open_stream

    def open_stream(path):
        if Path(path).name == unreadable.name:
            raise PermissionError(13, "Permission denied")
        return real_open(path)

    monkeypatch.setattr(xml_io, "open_stream", open_stream)
    # --jobs 1: the monkeypatched readers must be those that read (worker processes would not see them).
    result = CliRunner().invoke(cli, ["--db", str(db_path), "add", str(folder), "--jobs", "1"])
    assert result.exit_code == 1
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in result.output.splitlines()
             if line.count("│") == 8}
    assert lines["aa_unreadable.txt"] == "refused" and lines["README.md"] == "skipped"
    assert sum(status == "loaded" for status in lines.values()) == 3
    assert "1 of 4 papers not stored" in result.output
    # The reason names the file once.
    assert f"{unreadable}: refused: cannot read the file: Permission denied" in result.output
    assert result.output.count("aa_unreadable.txt") == 2
    assert len(dump_database(db_path)["studies"]) == 3


@pytest.mark.parametrize("name", ["paper.txt", "paper.md"])
def test_a_file_named_on_its_own_is_read_whatever_its_suffix(engine, tmp_path, name):
    path = tmp_path / name
    shutil.copy(PAPER, path)
    assert add_paper(engine, path).status == "loaded"
