"""`evidence add` on XML: a PubMed file adds one study per citation; the same paper as JATS XML and
as text is one study with two documents; bad XML changes nothing."""

from __future__ import annotations

import gzip
import sqlite3

from click.testing import CliRunner
from support import dump_database
from test_xml_readers import ARTICLE, PUBMED

from oncoev.cli import cli


def _add(db_path, *paths):
    return CliRunner().invoke(cli, ["--db", str(db_path), "add", *map(str, paths)], catch_exceptions=False)


def _rows(db_path, sql):
    with sqlite3.connect(db_path) as con:
        return con.execute(sql).fetchall()


# Each citation with a result of its own: a citation with no study content is refused, not stored empty.
PUBMED_WITH_RESULTS = PUBMED.replace("</Abstract>", '<AbstractText Label="RESULTS">Forty patients were treated; '
                                                    'the objective response rate was 35%.</AbstractText></Abstract>')


def test_pubmed_file_adds_a_study_per_citation(db_path, tmp_path):
    path = tmp_path / "citations.xml.gz"
    path.write_bytes(gzip.compress(PUBMED_WITH_RESULTS.encode("utf-8")))
    result = _add(db_path, path)
    assert result.exit_code == 0, result.output
    studies = _rows(db_path, "select pmid, doi, year, journal from studies order by pmid")
    assert studies == [("90000001", "10.5555/abc.1", 2012, "Annals of Made-up Medicine"),
                       ("90000002", None, 2015, "Annals of Made-up Medicine"),
                       ("90000003", "10.5555/abc.3", 2019, "Annals of Made-up Medicine")]
    assert "citations.xml#PMID90000003" in result.output
    again = _add(db_path, path)  # the same citations again: nothing new
    assert again.exit_code == 0 and len(_rows(db_path, "select id from studies")) == 3


def test_same_paper_as_xml_and_text_is_one_study(db_path, tmp_path):
    xml = tmp_path / "paper.nxml"
    xml.write_text(ARTICLE, encoding="utf-8")
    text = tmp_path / "paper.txt"
    text.write_text("TITLE: Hypofractionated pelvic radiotherapy with or without weekly drug X\n\n"
                    "Methods: Sixty patients were assigned to two arms.\n", encoding="utf-8")
    result = _add(db_path, xml, text)
    assert result.exit_code == 0, result.output
    assert _rows(db_path, "select id, doi, pmid, year from studies") == [(1, "10.5555/jio.2021.0042", "11122233", 2021)]
    assert _rows(db_path, "select study_id, media_type from documents order by id") == [
        (1, "application/jats+xml"), (1, "text/plain")]
    assert "attached" in result.output


def test_bad_xml_changes_nothing(db_path, tmp_path):
    before = dump_database(db_path)
    cut = tmp_path / "cut.xml"
    cut.write_bytes(PUBMED.encode("utf-8")[:-200])
    result = _add(db_path, cut)
    assert result.exit_code == 1 and "truncated" in result.output
    assert dump_database(db_path) == before


def test_folder_takes_every_paper_kind(db_path, tmp_path):
    (tmp_path / "a.nxml").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.xml.gz").write_bytes(gzip.compress(PUBMED_WITH_RESULTS.encode("utf-8")))
    (tmp_path / "notes.md").write_text("not a paper", encoding="utf-8")
    result = _add(db_path, tmp_path)
    assert result.exit_code == 0, result.output
    assert len(_rows(db_path, "select id from studies")) == 4
