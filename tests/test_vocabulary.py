"""The shipped endpoint vocabulary covers GOLD_FORMAT.md's codes and reaches the database."""

from __future__ import annotations

import sqlite3

from oncoev.schema.vocabulary import ENDPOINT_CODE, endpoint_vocabulary

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
