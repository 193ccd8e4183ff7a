"""Groups of one name within different groups, as a table gives them ("Stage II (n = 18)" under each arm): each
cohort is labelled with the group it is part of as well, so that a reader of the database, who sees labels, can tell
them apart; each keeps its own size and its link to its arm. The table is written for the test."""

from __future__ import annotations

import pytest

from oncoev.extract.assemble import extract_document
from oncoev.extract.jats import read_jats_bytes

_ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<article><front><article-meta><title-group><article-title>Drug T against control in advanced cancer
</article-title></title-group></article-meta></front><body>
<sec><title>Results</title><p>Responses by arm and by {what} are listed in Table 2.
<table-wrap id="T2"><label>Table 2</label><caption><p>Responses</p></caption><table><thead>
<tr><th/><th colspan="2">Drug T (n = 40)</th><th colspan="2">Control (n = 38)</th></tr></thead><tbody>
<tr><td>Partial response</td><td colspan="2">14 (35.0)</td><td colspan="2">8 (21.1)</td></tr>
<tr><td>By {what}</td><td>{a} (n = 18)</td><td>{b} (n = 22)</td><td>{a} (n = 17)</td><td>{b} (n = 21)</td></tr>
<tr><td>Partial response</td><td>7 (38.9)</td><td>7 (31.8)</td><td>4 (23.5)</td><td>4 (19.0)</td></tr>
</tbody></table></table-wrap></p></sec></body></article>"""


@pytest.mark.parametrize("what, a, b", [("stage", "Stage II", "Stage III"), ("age", "Age < 65 years", "Age ≥ 65")])
def test_parts_of_one_name_under_each_arm_are_labelled_with_their_arm(what, a, b):
    xml = _ARTICLE.format(what=what, a=a.replace("<", "&lt;"), b=b)
    out = extract_document(read_jats_bytes(xml.encode("utf-8"), "paper.nxml"))
    cohorts = {c["key"]: c for c in out["cohorts"]}
    parts = {(cohorts[c["parent"]]["label"], c["label"], c["n"]) for c in out["cohorts"]
             if c.get("parent") not in (None, "all")}
    assert parts == {("Drug T", f"{a}, Drug T", 18), ("Drug T", f"{b}, Drug T", 22),
                     ("Control", f"{a}, Control", 17), ("Control", f"{b}, Control", 21)}
    counts = {(cohorts[r["cohort"]]["label"], r["value"]) for r in out["results"] if r["measure"] == "count"}
    assert counts == {("Drug T", 14.0), ("Control", 8.0), (f"{a}, Drug T", 7.0), (f"{b}, Drug T", 7.0),
                      (f"{a}, Control", 4.0), (f"{b}, Control", 4.0)}


def test_a_name_said_once_keeps_its_label():
    xml = _ARTICLE.format(what="stage", a="Stage II", b="Stage III").replace(
        "<td>Stage II (n = 17)</td><td>Stage III (n = 21)</td>", "<td>Stage I (n = 17)</td><td>Stage IV (n = 21)</td>")
    out = extract_document(read_jats_bytes(xml.encode("utf-8"), "paper.nxml"))
    assert {"Stage II", "Stage III", "Stage I", "Stage IV"} <= {c["label"] for c in out["cohorts"]}
