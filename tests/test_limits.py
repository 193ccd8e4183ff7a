"""Hostile inputs are refused with the limit they pass and how to raise it, and nothing is written.

Each reader keeps within oncoev.limits.Limits; bench/bench_safety.py measures that each refusal comes
within 10 s and 500 MB. Small limits keep these tests fast: the same code refuses at any size.
"""

from __future__ import annotations

import json
import sys

import hostile
import pytest
from click.testing import CliRunner

from oncoev.cli import cli
from oncoev.db.apply import apply_review
from oncoev.db.ingest import add_paper
from oncoev.db.load import load_extraction, parse_json
from oncoev.db.review import write_review
from oncoev.errors import EvidenceError
from oncoev.extract.reader import read_document, read_text_bytes
from oncoev.limits import LimitError, Limits, deadline, nesting_depth


def refused(engine, db_path, tmp_path, name: str, data: bytes, limits: Limits | None = None):
    """Add ``data`` as the paper ``name``; it must be refused and the database stay byte for byte the same."""
    path = tmp_path / name
    path.write_bytes(data)
    engine.dispose()
    before = db_path.read_bytes()
    report = add_paper(engine, path, limits=limits)
    engine.dispose()
    assert report.status == "refused", report
    assert db_path.read_bytes() == before
    return report.reason


def test_a_long_one_line_text_is_refused_not_a_spacy_traceback(engine, db_path, tmp_path):
    reason = refused(engine, db_path, tmp_path, "line.txt", hostile.one_line_text(0.3), Limits(text_chars=100_000))
    assert reason == ("the text has 300,000 characters, more than a paper (limit text_chars=100000; raise it with "
                      "--limit text_chars=N or EVIDENCE_LIMIT_TEXT_CHARS=N if the file is genuine)")


def test_a_text_far_over_the_limit_is_refused_before_it_is_decoded(tmp_path):
    with pytest.raises(LimitError, match="more than 1,000 characters"):
        read_text_bytes(b"x" * 4001, "big.txt", Limits(text_chars=1000))


def test_the_file_size_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(hostile.long_text(0.2))
    with pytest.raises(LimitError, match=r"big.txt: the file has 0.2 MB \(limit file_mb=0.1"):
        read_document(path, Limits(file_mb=0.1))


@pytest.mark.parametrize("command, name, options", [("load", "big.json", []),
                                                    ("apply", "big.yaml", ["--actor", "A. Curator"])])
def test_an_extraction_file_or_a_review_file_over_the_file_size_limit_is_refused(db_path, tmp_path, command, name,
                                                                                  options):
    path = tmp_path / name
    path.write_bytes(hostile.long_text(0.2))
    before = db_path.read_bytes()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "--limit", "file_mb=0.1", command, str(path), *options])
    assert result.exit_code != 0
    assert f"{name}: the file has 0.2 MB (limit file_mb=0.1" in result.output
    assert db_path.read_bytes() == before


def test_a_pdf_drawing_too_many_characters_on_a_page_is_refused(engine, db_path, tmp_path):
    reason = refused(engine, db_path, tmp_path, "ops.pdf", hostile.pdf_text_operators(0.5), Limits(page_chars=5000))
    assert reason.startswith("page 1 draws more than 5,000 characters (limit page_chars=5000")


def test_a_pdf_whose_page_expands_past_the_limit_is_refused(engine, db_path, tmp_path):
    data = hostile.pdf_bomb(50)
    assert len(data) < 100_000
    reason = refused(engine, db_path, tmp_path, "bomb.pdf", data, Limits(expanded_mb=10))
    assert reason.startswith("page 1's content expands to more than 10 MB (limit expanded_mb=10")


def test_a_pdf_page_that_takes_too_long_is_refused(engine, db_path, tmp_path):
    reason = refused(engine, db_path, tmp_path, "paths.pdf", hostile.pdf_path_operators(3), Limits(page_seconds=0.3))
    assert reason.startswith("page 1 takes more than 0.3 s to read (limit page_seconds=0.3")


def test_a_pdf_with_too_many_pages_is_refused(tmp_path):
    path = tmp_path / "one.pdf"
    path.write_bytes(hostile.pdf_text_operators(0.001))
    assert read_document(path, Limits()).pages == 1
    with pytest.raises(LimitError, match=r"one.pdf: the PDF has 1 pages \(limit pdf_pages=0"):
        read_document(path, Limits(pdf_pages=0))


def test_limits_are_generous_for_real_papers(tmp_path):
    from support import REPO

    from oncoev.extract import extract_path

    for paper in sorted((REPO / "data" / "papers").glob("*.txt")):
        assert extract_path(paper, Limits())["results"]


def test_a_nul_byte_anywhere_in_a_text_is_refused(engine, db_path, tmp_path):
    reason = refused(engine, db_path, tmp_path, "nul.txt", hostile.text_with_nul(10_000))
    assert reason == "not a text file (it holds binary data: a NUL byte at byte 10000); give a .txt, .pdf or .xml"


def test_json_nested_deeper_than_the_limit_is_refused_without_a_recursion_error(db_path, tmp_path):
    for depth in (65, 200_000):
        with pytest.raises(LimitError, match="nests objects and lists more than 64 deep"):
            parse_json(hostile.deep_json(depth), "deep.json", Limits())
    path = tmp_path / "deep.json"
    path.write_text(hostile.deep_json(200_000), encoding="utf-8")
    before = db_path.read_bytes()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "load", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output and "RecursionError" not in result.output
    assert "deep.json: the JSON nests objects and lists more than 64 deep (limit json_depth=64" in result.output
    assert db_path.read_bytes() == before


def test_nesting_depth_counts_without_recursion():
    deep: list = []
    inner = deep
    for _ in range(100_000):
        inner.append([])
        inner = inner[0]
    assert nesting_depth(deep, 10) == 11
    assert nesting_depth({"a": [1, {"b": []}]}, 64) == 4


def test_a_yaml_alias_bomb_in_a_review_file_is_refused(engine, db_path, extraction):
    load_extraction(engine, extraction)
    text, _ = write_review(engine, 1)
    bomb = hostile.yaml_alias_bomb(text)
    engine.dispose()
    before = db_path.read_bytes()
    with pytest.raises(LimitError, match=r"r.yaml: the file uses YAML aliases \(\*name\); a review file needs none "
                                         r"\(limit yaml_aliases=0"):
        apply_review(engine, bomb, "r.yaml", "A. Curator")
    # Allowing aliases still bounds what they expand to.
    with pytest.raises(LimitError, match="more than 10,000 values"):
        from oncoev.db.review import read_review

        read_review(bomb, "r.yaml", Limits(yaml_aliases=100, yaml_nodes=10_000))
    engine.dispose()
    assert db_path.read_bytes() == before


def test_limits_come_from_the_environment_and_the_command_line(db_path, tmp_path, monkeypatch):
    assert Limits.from_env({"EVIDENCE_LIMIT_PDF_PAGES": "20"}).pdf_pages == 20
    assert Limits.from_env({}, {"page_seconds": "1.5"}).page_seconds == 1.5
    with pytest.raises(EvidenceError, match="unknown limit 'pages'; the limits are: file_mb, text_chars"):
        Limits.from_env({}, {"pages": "3"})
    with pytest.raises(EvidenceError, match="limit json_depth: 'deep' is not a number"):
        Limits.from_env({}, {"json_depth": "deep"})
    paper = tmp_path / "p.txt"
    paper.write_bytes(hostile.long_text(0.01))
    runner = CliRunner()
    low = runner.invoke(cli, ["--db", str(db_path), "--limit", "text_chars=100", "add", str(paper)])
    assert low.exit_code == 1 and "limit text_chars=100" in low.output
    env = runner.invoke(cli, ["--db", str(db_path), "add", str(paper)], env={"EVIDENCE_LIMIT_TEXT_CHARS": "50"})
    assert env.exit_code == 1 and "limit text_chars=50" in env.output
    bad = runner.invoke(cli, ["--db", str(db_path), "--limit", "nonsense", "stats"])
    assert bad.exit_code == 2 and "write NAME=VALUE" in bad.output


def test_deadline_interrupts_code_that_catches_exceptions():
    def stubborn():
        while True:
            try:
                sum(range(10_000))
            except Exception:  # noqa: BLE001  what a library might do
                pass

    with pytest.raises(LimitError, match="too slow"):
        with deadline(0.2, LimitError("too slow", "page_seconds", 0.2)):
            stubborn()


def test_json_infinity_written_by_python_is_refused(engine, extraction):
    text = json.dumps(extraction).replace('"value": 90.0', '"value": Infinity', 1)
    with pytest.raises(EvidenceError, match=r"results\[0\]\.value: Input should be a finite number"):
        load_extraction(engine, parse_json(text, "x.json"))




def _frame_of(name: str, module: str):
    """A frame of a function called ``name`` in a module called ``module``."""
    namespace: dict = {"__name__": module, "sys": sys}
    exec(f"def {name}():\n    return sys._getframe()", namespace)
    return namespace[name]()


def test_the_timer_does_not_interrupt_a_finaliser_or_an_exception_report():
    from oncoev.limits import interruptible
    # a finaliser's exception is only reported, never raised; one raised while an exception is reported breaks
    # the report itself: the timer's next tick, in the work, is where it raises
    here = sys._getframe()  # the frame that set the deadline: the ones below it (pytest's) are not the work's
    assert not interruptible(_frame_of("__del__", "some_library"), until=here)
    assert not interruptible(_frame_of("format_exception", "traceback"), until=here)
    assert interruptible(_frame_of("parse_page", "some_library"), until=here)
    # (without that frame, the test runner's own frames below make every tick wait)
    assert not interruptible(_frame_of("parse_page", "some_library"))
