"""JATS tables whose rows were stacked into one row, their lines parted by <break/> in each cell ("Local<break/>Nodal"
over "4 (5%)<break/>7 (9%)"): each line is a row of its own. Articles written in our own words."""

from __future__ import annotations

from oncoev.extract.assemble import extract_document
from oncoev.extract.jats import read_jats_bytes


def _article(caption: str, head: str, body: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<article article-type="research-article"><front><article-meta>
<title-group><article-title>Drug K after surgery for an imaginary cancer</article-title></title-group>
</article-meta></front>
<body><sec><title>Results</title>
<p>Eighty patients were given drug K and seventy-nine were observed
(<xref ref-type="table" rid="T3">Table 3</xref>).</p>
<table-wrap id="T3"><label>Table 3</label><caption><p>{caption}</p></caption>
<table><thead>{head}</thead><tbody>{body}</tbody></table></table-wrap>
</sec></body></article>""".encode()


def _table_rows(data: bytes) -> set:
    ex = extract_document(read_jats_bytes(data, "paper.nxml"))
    return {(r["endpoint"], r["category"], r["measure"], r["value"], r["locator"].split("row ")[1].split("', ")[0])
            for r in ex["results"] if r["pattern_id"].startswith("table")}


HEAD = "<tr><th>Event</th><th>Drug K (n = 80)</th><th>Observation (n = 79)</th></tr>"


def test_lines_stacked_in_each_cell_of_a_row_are_rows_of_their_own():
    data = _article("Adverse events by arm", HEAD,
                    "<tr><td>Nausea<break/>Fatigue<break/>Rash</td><td>12 (15.0)<break/>20 (25.0)<break/>6 (7.5)</td>"
                    "<td>5 (6.3)<break/>18 (22.8)<break/>1 (1.3)</td></tr>"
                    "<tr><td>Diarrhoea</td><td>9 (11.3)</td><td>4 (5.1)</td></tr>")
    out = _table_rows(data)
    assert {("TOX", "nausea", "count", 12.0, "'Nausea"), ("TOX", "fatigue", "rate", 22.8, "'Fatigue"),
            ("TOX", "rash", "count", 1.0, "'Rash"), ("TOX", "diarrhoea", "count", 9.0, "'Diarrhoea")} <= out
    assert len(out) == 16


def test_a_label_with_one_line_more_than_the_values_heads_the_stacked_rows():
    data = _article("Survival by arm", HEAD.replace("Event", "Endpoint"),
                    "<tr><td>Overall survival<break/>Deaths, n<break/>Median (95% CI), months</td>"
                    "<td>30<break/>26.1 (20.4-31.0)</td><td>41<break/>19.8 (16.2-23.5)</td></tr>")
    out = _table_rows(data)
    assert {("DEATH", None, "count", 30.0, "'Deaths, n"), ("OS", None, "median", 26.1, "'Median (95% CI), months"),
            ("OS", None, "median", 19.8, "'Median (95% CI), months")} <= out


def test_a_label_wrapped_over_two_lines_beside_single_values_is_one_row():
    data = _article("Adverse events by arm", HEAD,
                    "<tr><td>Hand-foot<break/>syndrome</td><td>12 (15.0)</td><td>5 (6.3)</td></tr>")
    out = _table_rows(data)
    assert ("TOX", "hand-foot syndrome", "count", 12.0, "'Hand-foot syndrome") in out
    assert len(out) == 4


def test_stacked_lines_of_unequal_number_are_left_as_they_are():
    # two lines of labels over three of values: which value is whose is not said
    data = _article("Adverse events by arm", HEAD,
                    "<tr><td>Nausea<break/>Fatigue</td><td>12 (15.0)<break/>20 (25.0)<break/>6 (7.5)</td>"
                    "<td>5 (6.3)<break/>18 (22.8)<break/>1 (1.3)</td></tr>")
    out = _table_rows(data)
    assert not [r for r in out if r[1] in ("nausea", "fatigue")]


def test_a_baseline_table_with_stacked_rows_gives_no_rows():
    data = _article("Baseline characteristics of the patients", HEAD.replace("Event", "Characteristic"),
                    "<tr><td>Men<break/>Women</td><td>44 (55.0)<break/>36 (45.0)</td>"
                    "<td>40 (50.6)<break/>39 (49.4)</td></tr>")
    assert _table_rows(data) == set()
