"""The shipped endpoint vocabulary covers GOLD_FORMAT.md's codes and reaches the database."""

from __future__ import annotations

import sqlite3

import pytest

from oncoev.schema.models import ENDPOINT_KINDS
from oncoev.schema.vocabulary import ENDPOINT_CODE, check_vocabulary, endpoint_vocabulary

GOLD_FORMAT_CODES = """OS PFS DFS LC LRFS PCR DMFS CFI STFS CSS ORR DCR CR PR SD PD pCR TTP TOX PATH_STAGE
PAIN_RESPONSE FAIL_LOCAL FAIL_DISTANT FAIL_LOCAL_DISTANT FAIL_ANY R0_RESECTION DOWNSTAGING DEATH""".split()


def test_every_gold_format_code_is_in_the_vocabulary():
    codes = {e["code"] for e in endpoint_vocabulary()}
    assert set(GOLD_FORMAT_CODES) <= codes


def test_code_style():
    for good in ("OS", "FAIL_LOCAL", "pCR", "R0_RESECTION", "FAIL_OLIGOPROGRESSION"):
        assert ENDPOINT_CODE.match(good), good
    for bad in ("overall survival", "OS-5y", "_OS", "FAIL__LOCAL", ""):
        assert not ENDPOINT_CODE.match(bad), bad


def test_init_writes_the_vocabulary(db_path):
    con = sqlite3.connect(db_path)
    rows = dict(con.execute("SELECT code, kind FROM endpoints"))
    assert rows["OS"] == "time-to-event" and rows["TOX"] == "toxicity" and rows["FAIL_ANY"] == "pattern-of-failure"
    assert len(rows) == len(endpoint_vocabulary())


GOOD_ENTRY = '- {code: OS, kind: time-to-event, name: Overall survival, definition: "Time to death."}\n'


def test_a_vocabulary_entry_is_read_as_written():
    assert check_vocabulary(GOOD_ENTRY, ENDPOINT_KINDS) == (
        {"code": "OS", "kind": "time-to-event", "name": "Overall survival", "definition": "Time to death."},)


@pytest.mark.parametrize("text, message", [
    # a key given twice: YAML alone would keep the second name and lose the first
    ("- {code: OS, kind: time-to-event, name: Overall survival, name: Survival}\n", "given twice"),
    ("- code: OS\n  kind: time-to-event\n  kind: response\n", "given twice"),
    # a misspelt key
    ("- {code: OS, kind: time-to-event, defintion: Time to death.}\n", "unknown key 'defintion'"),
    ("- {code: OS, kind: time-to-event, name: [Overall survival]}\n", "expected a string"),
    ("{code: OS, kind: time-to-event}\n", "expected a list"),
    (GOOD_ENTRY + GOOD_ENTRY, "repeated code 'OS'"),
    ("- {code: overall survival, kind: time-to-event}\n", "bad or repeated code"),
    ("- {code: OS, kind: survival}\n", "kind must be one of"),
])
def test_a_vocabulary_file_with_a_bad_key_or_entry_is_refused(text, message):
    with pytest.raises(ValueError, match=message) as error:
        check_vocabulary(text, ENDPOINT_KINDS, name="mine.yaml")
    assert str(error.value).startswith("mine.yaml")
