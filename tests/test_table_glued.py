"""Run-together tables whose rows give each arm a value and its interval, with no count to check the split by."""

from __future__ import annotations

import pytest
from result_rows import spaced_tables_of as _tables

from oncoev.extract.table_results import read_table

LEAD = "Both arms were followed for three years after the last dose.Table 3"

COMMA_INTERVALS = (LEAD + "Efficacy by armDrug K (n = 120)Drug L (n = 118)Median OS, months (95% CI)14.6 (12.4, 17.1)"
                   "11.3 (9.2, 13.4)Median PFS, months (95% CI)6.1 (5.0, 7.2)4.2 (3.6, 4.9)\n\nDiscussion follows.\n")
DASH_INTERVALS = ("Toxicity was mild.Table 2Survival outcomesArm Y (n = 64)Arm Z (n = 66)"
                  "Median overall survival, months (95% CI)22.8 (19.1-26.0)17.5 (15.2-20.3)"
                  "Median time to progression, months (95% CI)9.4 (7.7-11.0)7.1 (6.0-8.8)"
                  "Median duration of response, months (95% CI)8.3 (6.9-10.2)6.6 (5.1-7.4)\n\nIn short.\n")


def _results(table):
    return sorted((r.fields["endpoint"], r.fields["measure"], r.fields["value"], r.fields.get("ci_low"),
                   r.fields.get("ci_high"), r.group.label if r.group else None, r.group.n if r.group else None)
                  for r in read_table(table).results)


def test_a_value_and_its_comma_interval_per_arm():
    [table] = _tables(COMMA_INTERVALS)
    got = _results(table)
    assert ("OS", "median", 14.6, 12.4, 17.1, "Drug K", 120) in got
    assert ("OS", "median", 11.3, 9.2, 13.4, "Drug L", 118) in got
    assert ("PFS", "median", 4.2, 3.6, 4.9, "Drug L", 118) in got
    assert len(got) == 4


def test_a_value_and_its_dash_interval_per_arm():
    [table] = _tables(DASH_INTERVALS)
    got = _results(table)
    assert ("OS", "median", 22.8, 19.1, 26.0, "Arm Y", 64) in got
    assert ("OS", "median", 17.5, 15.2, 20.3, "Arm Z", 66) in got
    assert len({r[5] for r in got}) == 2
    for r in got:
        assert r[3] <= r[2] <= r[4]


def test_a_row_with_one_interval_for_two_arms_is_left_whole():
    # the hazard ratio is one value for both arms: no arm's column may take it
    text = COMMA_INTERVALS.replace("\n\nDiscussion", "Hazard ratio (95% CI)0.74 (0.58, 0.95)\n\nDiscussion")
    [table] = _tables(text)
    got = _results(table)
    assert 0.74 not in {r[2] for r in got}
    assert len(got) == 4


@pytest.mark.parametrize("text", [
    # one row only: too little to tell the header lies over the body
    LEAD + "Efficacy by armDrug K (n = 120)Drug L (n = 118)Median OS, months (95% CI)14.6 (12.4, 17.1)11.3 (9.2, "
    "13.4)\n\nDiscussion follows.\n",
    # a value outside its interval: the split is wrong somewhere
    COMMA_INTERVALS.replace("6.1 (5.0, 7.2)", "8.1 (5.0, 7.2)"),
    # baseline characteristics: no result to read
    LEAD + "Baseline characteristicsDrug K (n = 120)Drug L (n = 118)Age, years, median (range)61.5 (34.0, 80.0)"
    "60.2 (33.0, 79.0)Body mass index, mean (95% CI)26.1 (25.2, 27.0)25.8 (24.9, 26.7)\n\nDiscussion follows.\n",
])
def test_interval_tables_that_cannot_be_read_safely_give_no_result(text):
    assert not any(read_table(t).results for t in _tables(text))


MIXED = (LEAD + "Outcomes by armDrug K (n = 50)Drug L (n = 40)Median OS, months (95% CI)14.6 (12.4, 17.1)"
         "11.3 (9.2, 13.4)Median PFS, months (95% CI)6.1 (5.0-7.2)4.2 (3.6-4.9)Objective response, n (%)"
         "20 (40.0)10 (25.0)\n\nDiscussion follows.\n")


def test_a_count_row_agreeing_with_the_arms_sizes_beside_interval_rows():
    [table] = _tables(MIXED)
    got = _results(table)
    assert ("ORR", "count", 20.0, None, None, "Drug K", 50) in got
    assert ("ORR", "rate", 25.0, None, None, "Drug L", 40) in got
    assert ("PFS", "median", 6.1, 5.0, 7.2, "Drug K", 50) in got


def test_a_count_row_disagreeing_with_the_arms_sizes_gives_no_table():
    # 20 of 50 is not 30%: the header may not lie over these columns
    text = MIXED.replace("20 (40.0)", "20 (30.0)")
    assert not any(read_table(t).results for t in _tables(text))


def test_bracketed_intervals_and_a_p_column():
    text = ("All patients were evaluable.Table 5Time-to-event outcomesRegimen M (n = 75)Regimen N (n = 71)P value"
            "Median PFS, months (95% CI)7.9 [6.2-9.5]5.3 [4.1-6.8]0.004Median OS, months (95% CI)19.2 [16.0-22.7]"
            "15.1 [12.9-17.4]0.041\n\nOther findings.\n")
    [table] = _tables(text)
    got = {(r.fields["endpoint"], r.fields["value"], r.fields.get("p_value"), r.group.label)
           for r in read_table(table).results}
    assert got == {("PFS", 7.9, 0.004, "Regimen M"), ("PFS", 5.3, 0.004, "Regimen N"),
                   ("OS", 19.2, 0.041, "Regimen M"), ("OS", 15.1, 0.041, "Regimen N")}


def test_names_run_together_with_no_small_letter_before_a_capital_give_no_table():
    # "Arm PArm QTotal": whether the names are "Arm P", "Arm Q" and "Total" is not written; no column gets a name
    text = ("Both arms were treated.Table 2Outcomes by armArm PArm QTotal(n = 90)(n = 88)(N = 178)Median OS, months "
            "(95% CI)21.4 (18.2, 24.5)16.9 (14.0, 19.3)19.0 (17.1, 21.2)Median PFS, months (95% CI)8.8 (7.1, 10.0)"
            "6.0 (5.2, 7.4)7.3 (6.5, 8.2)Objective response, n (%)36 (40.0)22 (25.0)58 (32.6)\n\nMore text.\n")
    assert not any(read_table(t).results for t in _tables(text))
