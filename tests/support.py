"""Test helpers: a small valid extraction written by us, and a whole-database dump."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
# The dev corpus: texts in both folders, gold for all of them in corpus/gold.
DEV_TEXT_DIRS = (SHARED / "corpus" / "seeds", SHARED / "corpus" / "papers")
# Tables of test cases kept as data, one YAML file per test module (read by ``yaml_cases``).
CASES = HERE / "cases"
# Row constructions kept as data, one YAML file per construction (read by ``constructions``).
CONSTRUCTIONS = HERE / "constructions"
SMALL_TEXT = (HERE / "fixtures" / "small_study.txt").read_text(encoding="utf-8")


OS_LIST = "1-, 2- and 3-year overall survival rates were 90.0%, 75.5% and 61.2%"


def _quote(text: str) -> dict:
    start = SMALL_TEXT.index(text)
    return {"quote": text, "char_start": start, "char_end": start + len(text)}


def small_extraction() -> dict:
    """A complete, valid extraction of tests/fixtures/small_study.txt (our own text)."""
    return {
        "source": "small_study.txt",
        "document": {
            "sha256": hashlib.sha256(SMALL_TEXT.encode("utf-8")).hexdigest(),
            "media_type": "text/plain",
            "pages": 2,
            "page_starts": [0, SMALL_TEXT.index("Results")],
            "text": SMALL_TEXT,
            "filename": "small_study.txt",
        },
        "extractor": {"name": "test-fixture", "version": "1"},
        "study": {
            "title": "Stereotactic radiotherapy for pulmonary oligometastases: a single-institution series",
            "kind": "primary", "design": "retrospective", "cancer": "lung metastases",
            "n_patients": 40, "enrolment_start": "2014-03", "enrolment_end": "2019-06",
            "median_follow_up_months": 31, "doi": "10.9999/test.small.1",
        },
        "cohorts": [
            {"key": "all", "label": "All patients", "n": 40, **_quote("40 patients with one to three lung metastases")},
            {"key": "central", "label": "Central lesions", "n": 12, "parent": "all",
             **_quote("12 patients with central lesions")},
            {"key": "peripheral", "label": "Peripheral lesions", "n": 28, "parent": "all"},
        ],
        "arms": [
            {"key": "cape", "label": "SBRT + capecitabine", "n": 28, "cohort": "all",
             **_quote("Twenty-eight patients also received capecitabine")},
        ],
        "doses": [
            {"arm": "all", "modality": "sbrt", "target": "lung", "total_dose": 48, "dose_unit": "Gy",
             "fractions": 4, "statistic": "fixed", "pattern_id": "dose.total_in_fractions",
             **_quote("48 Gy in 4 fractions")},
            {"arm": "central", "modality": "sbrt", "target": "lung", "total_dose": 60, "dose_unit": "Gy",
             "fractions": 8, "statistic": "fixed", **_quote("60 Gy in 8 fractions")},
            {"arm": "cape", "modality": "chemotherapy", "agent": "capecitabine", "total_dose": 825,
             "dose_unit": "mg/m2", "schedule": "twice daily", "statistic": "fixed",
             **_quote("capecitabine 825 mg/m2 twice daily")},
        ],
        "results": [
            {"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 12, "value": 90.0,
             "unit": "%", "pattern_id": "result.rate_list", **_quote(OS_LIST)},
            {"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 24, "value": 75.5,
             "unit": "%", **_quote(OS_LIST)},
            {"cohort": "all", "endpoint": "OS", "measure": "rate", "timepoint_months": 36, "value": 61.2,
             "unit": "%", **_quote(OS_LIST)},
            {"cohort": "all", "endpoint": "LC", "measure": "rate", "timepoint_months": 24, "value": 88.0,
             "unit": "%", "ci_low": 74.1, "ci_high": 94.6,
             **_quote("Local control at 2 years was 88.0% (95% CI 74.1-94.6)")},
            {"cohort": "peripheral", "endpoint": "LC", "measure": "rate", "timepoint_months": 24, "value": 93.1,
             "unit": "%", "p_value": 0.03, "p_op": "=", "comparator": "central",
             **_quote("2-year local control 93.1% vs 72.7%, p = 0.03")},
            {"cohort": "central", "endpoint": "LC", "measure": "rate", "timepoint_months": 24, "value": 72.7,
             "unit": "%", "p_value": 0.03, "p_op": "=", "comparator": "peripheral",
             **_quote("2-year local control 93.1% vs 72.7%, p = 0.03")},
            {"cohort": "all", "endpoint": "PFS", "measure": "median", "value": 14.5, "unit": "months",
             **_quote("Median progression-free survival was 14.5 months")},
            {"cohort": "all", "endpoint": "TOX", "grade": ">=3", "measure": "rate", "value": 5.0, "unit": "%",
             **_quote("Grade 3 or higher toxicity occurred in 5.0% of patients")},
        ],
    }


def _case_loader():
    """YAML as the case files write it: a sequence is a tuple (a row, a pair), ``!set`` a set of them and ``!list`` a
    list, as the tests compare them."""
    import yaml

    class CaseLoader(yaml.SafeLoader):
        pass

    def sequence(loader, node):
        return tuple(loader.construct_sequence(node, deep=True))

    CaseLoader.add_constructor("tag:yaml.org,2002:seq", sequence)
    CaseLoader.add_constructor("!set", lambda loader, node: set(sequence(loader, node)))
    CaseLoader.add_constructor("!list", lambda loader, node: list(sequence(loader, node)))
    return CaseLoader


@functools.cache
def _case_tables(stem: str) -> dict[str, list[dict]]:
    import yaml

    return yaml.load((CASES / f"{stem}.yaml").read_text(encoding="utf-8"), Loader=_case_loader())


def case_table(test_file: str, table: str) -> list[dict]:
    """The records of the table ``table`` in tests/cases/<test module>.yaml, for a table more than one test reads."""
    return _case_tables(Path(test_file).stem)[table]


def yaml_cases(test):
    """Parametrize ``test`` with its cases from tests/cases/<test module>.yaml: the table named as the test, a list of
    records, each a case naming the test's parameters (in the same order in every case) and, if it likes, its ``id``."""
    import pytest

    table = test.__name__
    records = _case_tables(Path(test.__code__.co_filename).stem)[table]
    names = [k for k in records[0] if k != "id"]
    if any([k for k in r if k != "id"] != names for r in records):
        raise ValueError(f"{table}: every case must name the parameters {names}, in that order")
    values = [pytest.param(*(r[k] for k in names), id=r.get("id")) for r in records]
    return pytest.mark.parametrize(",".join(names), values)(test)


class ConstructionError(ValueError):
    """A file of tests/constructions/ that does not hold what ``constructions`` reads: the message names the file,
    the place and the keys it expected."""


# The keys of a construction file, of each of its tests and of each case: (required, optional).
_CONSTRUCTION_KEYS = ({"about", "opening", "fields", "tests"}, {"where"})
_TEST_KEYS = ({"cases"}, {"about", "absent", "opening", "fields", "where"})
_CASE_KEYS = ({"sentence"}, {"id", "expected", "includes", "absent"})
# What a case checks of the rows its sentence gives: the rows are ``expected``, hold ``includes``, or none matches a
# pattern of ``absent`` (a mapping field -> value, or a sequence of values any of which matches).
CHECKS = ("expected", "includes", "absent")


def _keys_of(record, keys: tuple[set[str], set[str]], where: str) -> None:
    required, optional = keys
    if not isinstance(record, dict):
        raise ConstructionError(f"{where}: expected a mapping with the keys {sorted(required | optional)}")
    missing, unknown = required - record.keys(), record.keys() - required - optional
    if missing or unknown:
        raise ConstructionError(f"{where}: " + "; ".join(
            [f"missing {sorted(missing)}"] * bool(missing) + [f"unknown {sorted(unknown)}"] * bool(unknown))
            + f" (keys: {sorted(required)}, optional {sorted(optional)})")


def _absent_patterns(patterns, where: str) -> None:
    if not isinstance(patterns, tuple) or not patterns or not all(isinstance(p, dict) and p for p in patterns):
        raise ConstructionError(f"{where}: absent takes a sequence of mappings field -> value (or a sequence of "
                                "values)")


def _unknown_fields(patterns, fields: list[str], where: str) -> None:
    unknown = sorted({k for p in patterns for k in p} - set(fields))
    if unknown:
        raise ConstructionError(f"{where}: absent names {unknown}, no field of {fields}")


def _checked_construction(data, name: str) -> dict:
    _keys_of(data, _CONSTRUCTION_KEYS, name)
    if not isinstance(data["tests"], dict) or not data["tests"]:
        raise ConstructionError(f"{name}: tests must map each test's name to its about and cases")
    for test, record in data["tests"].items():
        where = f"{name}: {test}"
        _keys_of(record, _TEST_KEYS, where)
        fields = str(record.get("fields", data["fields"])).split()
        if "absent" in record:
            _absent_patterns(record["absent"], f"{where}: absent")
            _unknown_fields(record["absent"], fields, f"{where}: absent")
        if not isinstance(record["cases"], tuple) or not record["cases"]:
            raise ConstructionError(f"{where}: cases must be a non-empty sequence of cases")
        for i, case in enumerate(record["cases"]):
            _keys_of(case, _CASE_KEYS, f"{where}: case {case.get('id', i) if isinstance(case, dict) else i}")
            if not any(check in case for check in CHECKS) and "absent" not in record:
                raise ConstructionError(f"{where}: case {case.get('id', i)} checks nothing: give one of {CHECKS}")
            if "absent" in case:
                _absent_patterns(case["absent"], f"{where}: case {case.get('id', i)}: absent")
                _unknown_fields(case["absent"], fields, f"{where}: case {case.get('id', i)}: absent")
    return data


def read_construction(text: str, name: str) -> dict:
    """A construction file's records, its keys checked: ``about`` (what the construction is), ``opening`` (the text
    before each sentence: a study's title and design), ``fields`` (of each row, as ``rows_after`` takes them),
    optional ``where`` (the fields a row must hold to be read, as ``rows_where`` takes them) and ``tests``: a test's
    name -> its ``about``, optional ``absent`` (patterns no row of any of its cases may match), its own ``opening``,
    ``fields`` or ``where`` where it reads the rows otherwise than the file says, and ``cases``, each a ``sentence``
    with what it checks (``CHECKS``) and, if it likes, an ``id``."""
    import yaml

    try:
        data = yaml.load(text, Loader=_case_loader())
    except yaml.YAMLError as e:
        raise ConstructionError(f"{name}: not YAML: {e}") from None
    return _checked_construction(data, name)


@functools.cache
def constructions() -> dict[str, dict]:
    """Every file of tests/constructions/, by its name without .yaml, read by ``read_construction``."""
    return {path.stem: read_construction(path.read_text(encoding="utf-8"), path.name)
            for path in sorted(CONSTRUCTIONS.glob("*.yaml"))}


def extract_text(text: str, filename: str = "t.txt") -> dict:
    """The extraction of a text paper written in a test, as ``evidence extract`` gives it."""
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    return extract_document(read_text_bytes(text.encode("utf-8"), filename))


def number_rules(text: str) -> dict[str, str | None]:
    """Each number of ``text`` (its first occurrence, as written) and the class of unexplained.py that explains it (the
    classes alone: no rows)."""
    from oncoev.extract.unexplained import classify, find_numbers

    found = find_numbers(text)
    classify(text, found)
    out: dict[str, str | None] = {}
    for n in found:
        out.setdefault(text[n.start:n.end], n.rule)
    return out


def read_pipe_table(text: str):
    """The reading (table_results.read_table) of the one " | " table a test writes."""
    from oncoev.extract.normalize import normalize
    from oncoev.extract.table_results import read_table
    from oncoev.extract.table_sources import pipe_tables

    [table] = pipe_tables(normalize(text), text, [])
    return read_table(table)


def table_rows(reading) -> set:
    """A table reading's rows as (endpoint, category, measure, value, group label)."""
    return {(r.fields["endpoint"], r.fields["category"], r.fields["measure"], r.fields["value"], r.group.label)
            for r in reading.results}


def cohort_labels(extraction: dict) -> dict[str, str]:
    """An extraction's cohorts, key -> label: what a test says a row's group is by."""
    return {c["key"]: c["label"] for c in extraction["cohorts"]}


def labelled_extraction(text: str) -> tuple[dict, dict[str, str]]:
    """``extract_text`` of a text, with its cohorts' labels by key."""
    extraction = extract_text(text)
    return extraction, cohort_labels(extraction)


def need_shared(*parts: str) -> Path:
    """The path under ../shared a test reads: skip without it, but fail in CI, where it must be present."""
    import os

    import pytest

    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but {path} is missing: ../shared must be beside the repo in CI")
        pytest.skip(f"{path} is not beside the repo")
    return path


def dev_text(stem: str) -> Path:
    """The dev-corpus text with this stem, from whichever folder holds it."""
    for folder in DEV_TEXT_DIRS:
        for path in sorted(folder.glob(f"{stem}.*")):
            if path.suffix != ".yaml":
                return path
    raise FileNotFoundError(f"no text for gold {stem} in {', '.join(str(d) for d in DEV_TEXT_DIRS)}")


def is_search_index(table: str) -> bool:
    """A full-text index (migration 0003) or one of FTS5's shadow tables: derived data, rebuilt from the tables."""
    return re.fullmatch(r".+_fts(_(data|idx|docsize|config|content))?", table) is not None


def query(path: Path, sql: str, *args) -> list[tuple]:
    """The rows of one SQL query on the database file, through a connection of its own."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def execute(path: Path, sql: str, *args) -> None:
    """Run one SQL statement and commit: tests set up states the code would only reach by many steps."""
    con = sqlite3.connect(path)
    try:
        con.execute(sql, args)
        con.commit()
    finally:
        con.close()


def dump_database(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for 'nothing changed' assertions."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if not is_search_index(r[0])]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        con.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, *, env: dict | None = None, timeout: float = 60):
    """`evidence serve` on a free port in a process of its own, as a person runs it; returns (process, url)
    once it answers. The caller stops it (SIGTERM) and waits for it."""
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "oncoev", "--db", str(db), "serve", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                               env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "/-/versions.json", timeout=2):
                return process, url
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"evidence serve did not start: {process.stderr.read().decode()[-2000:]}") from None
            time.sleep(0.2)


def stop_server(process, sig=None) -> tuple[int, bytes]:
    """Send SIGTERM (or ``sig``) to the command alone, as a service manager would; its exit status and error
    output. Whatever of its process group still runs after that is killed, so that no test leaves a server."""
    import os
    import signal

    process.send_signal(signal.SIGTERM if sig is None else sig)
    try:
        _, err = process.communicate(timeout=30)  # times out if a child still holds the output open
        return process.returncode, err
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def get_json(url: str):
    import json
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def paper_copies(folder: Path, count: int, tag: str) -> list[Path]:
    """``count`` distinct papers in ``folder``: the bundled example papers in turn, each with a title and
    a last line of its own (a paper is recognised by its title as well as by its file's sha256). For
    tests and benchmarks of many papers at once."""
    papers = sorted((REPO / "data" / "papers").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(count):
        source = papers[i % len(papers)]
        path = folder / f"{tag}_{i:03d}_{source.name}"
        title, rest = source.read_text(encoding="utf-8").split("\n", 1)
        path.write_text(f"{title} (copy {tag}-{i})\n{rest}\nCopy {tag}-{i} for a test of many papers.\n",
                        encoding="utf-8")
        out.append(path)
    return out


TIMES = ("created_at", "updated_at", "ingested_at", "at")


def rows_without_times(path: Path) -> dict[str, list[tuple]]:
    """dump_database without the columns that say when a row was written: two runs storing the same
    papers give the same rows."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for table, rows in dump_database(path).items():
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            keep = [i for i, c in enumerate(columns) if c not in TIMES]
            out[table] = [tuple(row[i] for i in keep) for row in rows]
        return out
    finally:
        con.close()


# `evidence ARGS` in a fresh interpreter; on its last stderr line, the exit code and every top-level module the
# command imported (start-up cost, and whether spaCy ran in this process or in a worker).
CLI_PROBE = """
import json, sys
from oncoev.cli import cli
try:
    cli(json.loads(sys.argv[1]), prog_name="evidence")
except SystemExit as e:
    code = e.code
else:
    code = 0
print(json.dumps({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules})}), file=sys.stderr)
"""


def run_cli_probe(args: list[str], *, env: dict | None = None,
                  timeout: float = 120) -> tuple[subprocess.CompletedProcess, dict]:
    """Run `evidence ARGS` in a fresh interpreter: the finished run and its report ``{code, modules}``."""
    run = subprocess.run([sys.executable, "-c", CLI_PROBE, json.dumps([str(a) for a in args])], capture_output=True,
                         text=True, timeout=timeout, env={**os.environ, **(env or {})})
    return run, json.loads(run.stderr.strip().splitlines()[-1])
