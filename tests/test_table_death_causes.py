"""Tables of what the patients died of, written in our own words: each row a cause, its cells deaths of that cause."""

from __future__ import annotations

from support import read_pipe_table as _pipe
from support import table_rows as _rows
from support import yaml_cases


def test_a_caption_of_causes_of_death_makes_each_row_the_deaths_of_its_cause():
    reading = _pipe("Table 4 Causes of death by treatment arm\n"
                    "Cause | Drug K (n = 80) | Observation (n = 79)\n"
                    "Disease progression | 14 (17.5%) | 25 (31.6%)\n"
                    "Treatment-related | 2 (2.5%) | 0\n"
                    "Second cancer | 1 (1.3%) | 2 (2.5%)\n"
                    "Total | 17 (21.3%) | 27 (34.2%)\n")
    out = _rows(reading)
    # "Disease progression" is a death from it, no progression
    assert {("DEATH", "disease progression", "count", 14.0, "Drug K"),
            ("DEATH", "disease progression", "rate", 31.6, "Observation"),
            ("DEATH", "treatment-related", "count", 0.0, "Observation"),
            ("DEATH", "second cancer", "rate", 1.3, "Drug K"),
            # the total: all deaths
            ("DEATH", None, "count", 27.0, "Observation")} <= out
    assert not [r for r in reading.results if r.fields["endpoint"] != "DEATH"]
    assert len(out) == 15


@yaml_cases
def test_causes_of_death_are_read_down_to_the_next_heading(table, expected, death_rates, after_heading):
    reading = _pipe(table)
    deaths = [r for r in reading.results if r.fields["endpoint"] == "DEATH"]
    assert expected <= _rows(reading)
    assert any(r.fields["measure"] == "rate" for r in deaths) is death_rates
    # the rows after the next heading are no causes of death
    assert not [r for r in deaths if r.fields["category"] == after_heading]


def test_a_causes_caption_naming_more_reads_no_row_after_its_first_heading_as_a_death():
    reading = _pipe("Table 4 Causes of death and later events\n"
                    "Event | Drug K (n = 80) | Observation (n = 79)\n"
                    "Disease progression | 9 | 15\n"
                    "Events after treatment | | \n"
                    "Local recurrence | 4 | 7\n")
    assert not [r for r in reading.results if r.fields["endpoint"] == "DEATH"]


def test_a_baseline_table_naming_a_cause_of_death_gives_no_rows():
    reading = _pipe("Table 1 Baseline characteristics of the patients\n"
                    "Characteristic | Drug K (n = 80) | Observation (n = 79)\n"
                    "Family history of cancer as cause of death | 12 (15.0) | 10 (12.7)\n"
                    "Age, years | 61 (44-79) | 63 (41-80)\n")
    assert reading.kind == "baseline"
    assert reading.results == []
