"""Tables of what the patients died of, written in our own words: each row a cause, its cells deaths of that cause."""

from __future__ import annotations

from support import read_pipe_table as _pipe
from support import table_rows as _rows


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


def test_a_label_header_of_causes_gives_the_causes_down_to_the_next_heading_and_shares_of_deaths_no_rate():
    reading = _pipe("Table 5 Deaths and hospital admissions\n"
                    "Cause of death, n (% of deaths) | Arm P (n = 120) | Arm Q (n = 118)\n"
                    "Lymphoma | 20 (66.7) | 31 (75.6)\n"
                    "Sepsis | 6 (20.0) | 4 (9.8)\n"
                    "Hospital admissions | | \n"
                    "Febrile neutropenia | 18 (15.0) | 9 (7.6)\n")
    out = _rows(reading)
    assert {("DEATH", "lymphoma", "count", 20.0, "Arm P"), ("DEATH", "sepsis", "count", 4.0, "Arm Q")} <= out
    # the percentages are of the deaths, not of the arm: no rate of death
    assert not [r for r in reading.results if r.fields["endpoint"] == "DEATH" and r.fields["measure"] == "rate"]
    # the rows after the next heading are no causes of death
    assert not [r for r in reading.results if r.fields["endpoint"] == "DEATH" and r.fields["category"] ==
                "febrile neutropenia"]


def test_a_heading_row_of_causes_of_death_in_a_safety_table_reads_the_rows_up_to_the_next_heading():
    reading = _pipe("Table 3 Safety summary by arm\n"
                    "Event | Drug K (n = 64) | Drug L (n = 66)\n"
                    "Causes of death | | \n"
                    "Pneumonia | 3 (4.7) | 1 (1.5)\n"
                    "Haemorrhage | 1 (1.6) | 2 (3.0)\n"
                    "Grade 3-4 events | | \n"
                    "Anaemia | 7 (10.9) | 5 (7.6)\n")
    out = _rows(reading)
    assert {("DEATH", "pneumonia", "count", 3.0, "Drug K"), ("DEATH", "haemorrhage", "rate", 3.0, "Drug L")} <= out
    assert not [r for r in reading.results if r.fields["endpoint"] == "DEATH" and r.fields["category"] == "anaemia"]


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
