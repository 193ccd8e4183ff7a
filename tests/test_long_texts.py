"""Long texts: the steps that compared each item with every other (restated results, a sentence's
section, a number's table) find by index what the plain scans found, and an extraction that takes
longer than ``extract_seconds`` is refused whatever the paper's format.

bench/bench_long_text.py measures the time and memory of a 1.95 M-character text.
"""

from __future__ import annotations

import random

import hostile
from click.testing import CliRunner
from support import REPO

from oncoev.cli import cli
from oncoev.db.ingest import add_paper
from oncoev.extract.assemble import _Builder, _restates
from oncoev.extract.findings import Found
from oncoev.extract.sentences import Section, section_at
from oncoev.extract.unexplained import Region, _table_finder
from oncoev.limits import Limits

PAPER = REPO / "data" / "papers" / "ovarian_oligometastases_radiotherapy.txt"


# -- the same answers as the scans ---------------------------------------------------------------------


def _also_at_by_scan(kept: dict, restated: dict) -> dict:
    """What assemble._also_at did before it kept a set per row: the reference."""
    spans = [*kept.get("also_at", []), *restated.get("also_at", [])]
    if isinstance(restated.get("char_start"), int) and isinstance(restated.get("char_end"), int):
        spans.append([restated["char_start"], restated["char_end"]])
    own = [kept.get("char_start"), kept.get("char_end")]
    spans = [s for i, s in enumerate(spans) if s != own and s not in spans[:i]]
    if spans:
        kept["also_at"] = spans
    return kept


def _kept_by_scan(rows: list[dict], swaps: list[int]) -> list[dict]:
    """The rows _Builder.add_result keeps, found by comparing each row with every row kept (the reference);
    counts in ``swaps`` the rows that took the place of one without a time point."""
    results: list[dict] = []
    for row in rows:
        kept = next((seen for seen in results if _restates(row, seen)), None)
        if kept is not None:
            _also_at_by_scan(kept, row)
            continue
        if row["timepoint_months"] is not None:
            i = next((i for i, seen in enumerate(results)
                      if seen["timepoint_months"] is None and _restates(seen, row)), None)
            if i is not None:
                results[i] = _also_at_by_scan(row, results[i])
                swaps.append(1)
                continue
        results.append(row)
    return results


NAN = float("nan")  # one object: a NaN equals itself in a list or dict comparison only when it is the same


def _random_rows(rng: random.Random, count: int) -> list[dict]:
    """Rows as add_result makes them, drawn so that restatements are frequent: few endpoints, cohorts and
    values, values a rounding apart (61.27 and 61.3) or either side of a unit (0.98 and 1.01), time points
    given or not, ratios with the same CI under another cohort, spans repeated, infinite and NaN values."""
    values = [61.27, 61.3, 61.33, 0.98, 1.01, 1.02, 0.75, 14.0, 14.04, 13.96, -0.02, 0.03, 100.0, float("inf"), NAN]
    rows = []
    for _ in range(count):
        measure = rng.choice(["rate", "median", "hr", "hr"])
        ci = rng.choice([(None, None), (0.6, 0.9), (0.5, 0.8)]) if measure == "hr" else (None, None)
        start = rng.randrange(40) * 10
        rows.append({
            "endpoint": rng.choice(["OS", "PFS"]), "measure": measure, "value": rng.choice(values),
            "grade": rng.choice([None, None, 3]), "category": None, "site": rng.choice([None, "liver"]),
            "cohort": rng.choice(["all", "arm_a", "arm_b"]), "timepoint_months": rng.choice([None, 12, 24]),
            "ci_low": ci[0], "ci_high": ci[1], "p_value": None, "p_op": None, "comparator": None, "analysis": None,
            "value_op": None, "cited": None, "char_start": start, "char_end": start + 9,
        })
    return rows


def test_restated_rows_are_found_by_index_as_a_scan_in_order_finds_them():
    rng = random.Random(15)
    swaps: list[int] = []
    dropped = 0
    for _ in range(300):
        rows = _random_rows(rng, rng.randrange(1, 120))
        builder = _Builder(None, None)
        for row in rows:
            provenance = {k: row[k] for k in ("char_start", "char_end")}
            fields = {k: v for k, v in row.items() if k not in provenance}
            builder.add_result(Found(fields, 0, 0, "test"), row["cohort"], None, None, provenance)
        expected = _kept_by_scan([dict(r) for r in rows], swaps)
        assert builder.results == expected
        dropped += len(rows) - len(expected)
    assert len(swaps) > 100 and dropped > 1000  # both ways of restating were tried, many times


def test_a_result_restated_thousands_of_times_lists_each_other_place_once():
    builder = _Builder(None, None)
    fields = {"endpoint": "OS", "measure": "rate", "value": 61.2, "cohort": "all", "timepoint_months": 24}
    for k in range(5000):
        start = (k % 1000) * 100  # every place said five times
        builder.add_result(Found(dict(fields), 0, 0, "test"), "all", None, None,
                           {"char_start": start, "char_end": start + 20})
    (row,) = builder.results
    assert (row["char_start"], row["char_end"]) == (0, 20)
    assert row["also_at"] == [[k * 100, k * 100 + 20] for k in range(1, 1000)]


def test_section_at_by_bisection_answers_as_the_scan_does():
    rng = random.Random(6)
    for _ in range(300):
        sections = sorted((Section(rng.choice(["abstract", "methods", "results"]), rng.randrange(50))
                           for _ in range(rng.randrange(6))), key=lambda s: s.start)
        starts = [s.start for s in sections]
        for offset in range(-1, 52):
            assert section_at(sections, offset, starts) == section_at(sections, offset)


def test_the_table_at_a_position_is_the_first_that_holds_it_when_tables_overlap():
    rng = random.Random(9)
    for _ in range(300):
        tables = sorted((Region(a, a + rng.randrange(0, 30), f"T{i}")
                         for i, a in enumerate(rng.randrange(100) for _ in range(rng.randrange(8)))),
                        key=lambda r: r.start)
        table_at = _table_finder(tables)
        for pos in range(-1, 135):
            assert table_at(pos) == next((t for t in tables if t.start <= pos < t.end), None)


# -- the time limit applies to a text as to a PDF's pages --------------------------------------------------


def _long_paper(tmp_path, copies: int = 30):
    path = tmp_path / "long.txt"
    path.write_text(PAPER.read_text(encoding="utf-8") * copies, encoding="utf-8")
    return path


def test_a_text_whose_extraction_takes_too_long_is_refused_and_nothing_is_stored(engine, db_path, tmp_path):
    path = _long_paper(tmp_path)
    engine.dispose()
    before = db_path.read_bytes()
    report = add_paper(engine, path, limits=Limits(extract_seconds=0.05))
    engine.dispose()
    assert report.status == "refused"
    assert report.reason == ("extracting it takes more than 0.05 s of CPU time (limit extract_seconds=0.05; raise "
                             "it with --limit extract_seconds=N or EVIDENCE_LIMIT_EXTRACT_SECONDS=N if the file "
                             "is genuine)")
    assert db_path.read_bytes() == before
    assert add_paper(engine, path, limits=Limits()).status == "loaded"  # the same text, in time


def test_evidence_extract_past_the_time_limit_fails_with_one_line(tmp_path):
    path = _long_paper(tmp_path)
    result = CliRunner().invoke(cli, ["--limit", "extract_seconds=0.05", "extract", "--json", str(path)])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: long.txt: extracting it takes more than 0.05 s of CPU time "
                           "(limit extract_seconds=0.05;"), line


def test_a_hostile_text_under_the_size_limit_is_bounded_by_the_time_limit(tmp_path):
    path = tmp_path / "same_sentence.txt"
    path.write_bytes(hostile.long_text(0.05))
    result = CliRunner().invoke(cli, ["--limit", "extract_seconds=0.02", "extract", "--json", str(path)])
    assert result.exit_code == 1 and "limit extract_seconds=0.02" in result.output
