"""A rate written with its interval in a table cell, no "%" in the cell ("39.1 (27.1-52.1)"), under a row label or a
column header saying the values are percentages beside the interval's own "95%" ("Objective response rate, % (95%
CI)", "Rate, % (95% CI)"): the arm's rate with its interval. A value with its interval under a label naming no
percentage ("Objective response (95% CI)" over "0.39 (0.27-0.52)") is left unread: it may be a proportion."""

from __future__ import annotations

from support import read_pipe_table as _pipe


def _rates(reading) -> set:
    """(endpoint, measure, value, ci_low, ci_high, group) of each row of a table's reading."""
    return {(r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields["ci_low"], r.fields["ci_high"],
             r.group.label if r.group else None) for r in reading.results}


def test_a_row_label_naming_percentages_and_their_interval():
    out = _rates(_pipe("Table 3 Tumour response by arm\n"
                       "Outcome | Agent S (n = 64) | Agent T (n = 66)\n"
                       "Objective response rate, % (95% CI) | 39.1 (27.1-52.1) | 21.2 (12.1-33.0)\n"
                       "Disease control rate, % (95% CI) | 70.3 (57.6-81.1) | 54.5 (41.8-66.9)\n"))
    assert ("ORR", "rate", 39.1, 27.1, 52.1, "Agent S") in out
    assert ("DCR", "rate", 54.5, 41.8, 66.9, "Agent T") in out
    assert len(out) == 4


def test_a_column_header_naming_percentages_and_their_interval_under_each_arm():
    out = _rates(_pipe("Table 4 Best response\n"
                       "Outcome | Regimen P (n = 45) | Regimen Q (n = 47)\n"
                       " | Rate, % [95% CI] | Rate, % [95% CI]\n"
                       "Complete response | 13.3 [5.1-26.8] | 4.3 [0.5-14.5]\n"
                       "Objective response | 46.7 [31.7-62.1] | 29.8 [17.3-44.9]\n"))
    assert ("CR", "rate", 13.3, 5.1, 26.8, "Regimen P") in out
    assert ("ORR", "rate", 29.8, 17.3, 44.9, "Regimen Q") in out


def test_a_value_with_its_interval_naming_no_percentage_is_left_unread():
    out = _rates(_pipe("Table 3 Tumour response by arm\n"
                       "Outcome | Agent S (n = 64) | Agent T (n = 66)\n"
                       "Objective response (95% CI) | 0.39 (0.27-0.52) | 0.21 (0.12-0.33)\n"))
    assert out == set()
