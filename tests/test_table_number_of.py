"""A row label starting "No." (or "No of") counts what it names; "No response" says there was none."""

from __future__ import annotations

from support import read_pipe_table as _pipe
from support import table_rows as _rows


def test_a_row_counting_an_endpoint_as_no_of_is_its_count_not_its_negation():
    reading = _pipe("Table 3 Events during follow-up\n"
                    "Event | Drug K (n = 80) | Observation (n = 79)\n"
                    "No. of recurrences | 14 (17.5%) | 25 (31.6%)\n"
                    "No of deaths | 9 (11.3%) | 16 (20.3%)\n")
    out = _rows(reading)
    assert {("FAIL_ANY", None, "count", 14.0, "Drug K"), ("FAIL_ANY", None, "rate", 31.6, "Observation"),
            ("DEATH", None, "count", 16.0, "Observation")} <= out
    assert len(out) == 8


def test_a_row_saying_no_endpoint_stays_a_negation():
    reading = _pipe("Table 3 Response by arm\n"
                    "Response | Drug K (n = 80) | Observation (n = 79)\n"
                    "Complete response | 20 (25.0%) | 11 (13.9%)\n"
                    "No response | 40 (50.0%) | 52 (65.8%)\n"
                    "No. of responders | 44 (55.0%) | 27 (34.2%)\n")
    labels = {r.locator.split("row ")[1].split(",")[0] for r in reading.results}
    assert "'No response'" not in labels
    assert ("CR", None, "count", 20.0, "Drug K") in _rows(reading)
