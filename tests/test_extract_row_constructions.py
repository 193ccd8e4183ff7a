"""The row constructions kept as data: each file of tests/constructions/ (read by support.constructions) writes a
study's opening, the fields of its result rows to compare, and tests of sentences said after that opening, each case
with what it checks of the rows the sentence gives (the rows themselves, some rows among them, or rows none may
match). One test runs every case of every file, named <file>-<test>-<case id> (the case's place when it has no id)."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import ConstructionError, constructions, read_construction


def _reader(construction: dict, record: dict) -> dict:
    """The opening, fields and where a test reads its rows by: the file's, but for those the test gives itself."""
    return {k: record.get(k, construction.get(k, {})) for k in ("opening", "fields", "where")}


def _cases() -> list:
    return [pytest.param(_reader(construction, record), record, case, id=f"{name}-{test}-{case.get('id', place)}")
            for name, construction in constructions().items() for test, record in construction["tests"].items()
            for place, case in enumerate(record["cases"])]


def _rows_of(reader: dict, sentence: str) -> set[tuple]:
    return row_tuples(reader["opening"] + sentence, reader["fields"], **reader["where"])


def _matches(row: dict, pattern: dict) -> bool:
    """Whether each field the pattern names holds its value (one of its values, for a sequence)."""
    return all(row[k] in wanted if isinstance(wanted, tuple) else row[k] == wanted for k, wanted in pattern.items())


def _failures(reader: dict, record: dict, case: dict, rows: set[tuple]) -> list[str]:
    """What the case checks that the rows do not hold, one line each."""
    out = []
    if "expected" in case and rows != case["expected"]:
        out.append(f"expected: {sorted(case['expected'], key=repr)}")
    if "includes" in case and not case["includes"] <= rows:
        missing = sorted(case["includes"] - rows, key=repr)
        out.append(f"includes: {sorted(case['includes'], key=repr)} (missing: {missing})")
    names = reader["fields"].split()
    for pattern in (*record.get("absent", ()), *case.get("absent", ())):
        matching = sorted((row for row in rows if _matches(dict(zip(names, row, strict=True)), pattern)), key=repr)
        if matching:
            out.append(f"absent: {pattern} (matched by {matching})")
    return out


@pytest.mark.parametrize(("reader", "record", "case"), _cases())
def test_each_construction_gives_its_rows(reader, record, case):
    rows = _rows_of(reader, case["sentence"])
    failures = _failures(reader, record, case, rows)
    assert not failures, "\n".join([f"sentence: {case['sentence']}", *failures,
                                    f"got ({reader['fields']}): {sorted(rows, key=repr)}"])


_FILE = """about: a construction
opening: "We treated 40 patients. "
fields: endpoint value
tests:
  test_a_rate:
    cases:
      - sentence: The response rate was 40%.
        expected: !set [[ORR, 40.0]]
"""


@pytest.mark.parametrize(("change", "message"), [
    (("about: a construction\n", ""), r"missing \['about'\]"),
    (("fields:", "where: {measure: rate}\nfield:"), r"missing \['fields'\]; unknown \['field'\]"),
    (("    cases:", "    about: a rate\n    kind: equal\n    cases:"), r"test_a_rate: unknown \['kind'\]"),
    (("        expected", "        absent: [{cohort: all}]\n        excepted"), r"case 0: unknown \['excepted'\]"),
    (("        expected: !set [[ORR, 40.0]]\n", ""), r"case 0 checks nothing"),
    (("        expected: !set [[ORR, 40.0]]", "        absent: [{cohort: all}]"), r"absent names \['cohort'\]"),
    (("    cases:", "    fields: cohort value\n    absent: [{endpoint: OS}]\n    cases:"),
     r"test_a_rate: absent: absent names \['endpoint'\], no field of \['cohort', 'value'\]"),
])
def test_a_construction_file_with_a_missing_or_unknown_key_is_refused(change, message):
    read_construction(_FILE, "ok.yaml")
    with pytest.raises(ConstructionError, match=message):
        read_construction(_FILE.replace(*change), "bad.yaml")
