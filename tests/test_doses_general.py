"""Dose-schedule constructions seen across journals and designs (oncoev.extract.doses), on sentences written for
these tests: units and counts the dev papers never used, and doses that are no schedule."""

from __future__ import annotations

import pytest
from dose_fields import numbers
from support import yaml_cases

from oncoev.extract.doses import DoseMention, find_doses
from oncoev.extract.normalize import normalize


def read(text: str) -> list[DoseMention]:
    return find_doses(normalize(text).text)


# --- counts and units -------------------------------------------------------------------------------------------

@yaml_cases
def test_counts_sizes_and_proton_units(text, expected):
    found = read(text)
    assert [numbers(d) for d in found] == [expected]


@yaml_cases
def test_a_daily_size_is_no_total(text):
    assert all(d.fields.get("total_dose") != 1.8 for d in read(text))
    assert any(d.fields.get("dose_per_fraction") == 1.8 for d in read(text))


@yaml_cases
def test_a_dose_by_its_alpha_beta_is_no_schedule(text):
    assert [numbers(d).get("total_dose") for d in read(text)] == [numbers(read(text)[0])["total_dose"]]
    assert all(d.fields.get("total_dose") not in (151.2, 48) for d in read(text))


@yaml_cases
def test_days_written_d1_do_not_hide_the_next_drug(text, agent, dose):
    assert any(d.fields["agent"] == agent and d.fields["total_dose"] == dose for d in read(text))


@yaml_cases
def test_units_and_drug_spellings(text, agent, dose, unit):
    found = [d for d in read(text) if d.fields["agent"] == agent]
    assert [(d.fields["total_dose"], d.fields["dose_unit"]) for d in found][:1] == [(dose, unit)]


# --- doses that are no schedule ---------------------------------------------------------------------------------

@yaml_cases
def test_a_step_of_a_dose_escalation_is_no_dose(text, kept):
    assert [d.fields.get("total_dose") for d in read(text)] == kept


@yaml_cases
def test_a_total_said_with_in_is_not_made_a_fraction_size(text, first):
    assert numbers(read(text)[0]) == first


# --- one drug at several doses ----------------------------------------------------------------------------------

def agent_doses(text: str) -> list[tuple[str, float, str]]:
    return [(d.fields["agent"], d.fields["total_dose"], d.fields["dose_unit"]) for d in read(text)]


@yaml_cases
def test_each_drugs_doses(text, expected):
    assert agent_doses(text) == expected


@yaml_cases
def test_schedules_of_fractions(text, expected):
    assert [numbers(d) for d in read(text)] == expected


@yaml_cases
def test_a_range_of_cycles(text, low, high):
    found = read(text)
    assert found and all((d.fields.get("fractions_low"), d.fields.get("fractions_high")) == (low, high) for d in found)


@yaml_cases
def test_a_dose_that_is_no_schedule(text):
    assert read(text) == []


def test_an_arm_called_standard_of_care_keeps_the_other_arm_dose():
    text = ("Patients were assigned to alectinib 450 mg twice daily or standard of care; in bone the traditional "
            "schedule was a 6 Gy single fraction.")
    assert [(d.fields["agent"], d.fields["total_dose"]) for d in read(text)] == [("alectinib", 450)]


def test_a_tables_columns_keep_their_equal_doses():
    from oncoev.extract.doses import drop_subsumed, find_table_doses

    table = ("Characteristic\tAll\tCohort X\tCohort Y\nBoost dose (Gy)\n12.0 (8.0-16.0)\n12.0 (8.0-16.0)\n"
             "14.0 (10.0-16.0)\nPerformance status\n")
    kept = drop_subsumed(find_table_doses(table))
    assert [(d.column, d.fields["total_dose"]) for d in kept] == [(0, 12.0), (1, 12.0), (2, 14.0)]

    table2 = "Variable\tTotal\tArm 1\tArm 2\nMean dose, Gy\n40.5 (30.0-50.0)\n38.0 (30.0-45.0)\n38.0 (30.0-45.0)\n"
    assert [d.column for d in drop_subsumed(find_table_doses(table2))] == [0, 1, 2]


@yaml_cases
def test_drugs_the_list_lacked(text, agent, modality):
    assert [(d.fields["agent"], d.fields["modality"]) for d in read(text)] == [(agent, modality)]


@yaml_cases
def test_a_count_of_cycles_reaches_across_one_drug_or_another(text):
    found = read(text)
    assert len(found) == 3 and len({d.fields.get("fractions") for d in found}) == 1
    assert found[0].fields.get("fractions") in (6, 8)


# --- the cheap guards before a construction's regex ---------------------------------------------------------------

def tried_constructions(monkeypatch: pytest.MonkeyPatch, text: str) -> set[str]:
    """The ids of the constructions whose regex ran over ``text`` (the others were passed over by their guard)."""
    import dataclasses

    from oncoev.extract import doses

    tried: set[str] = set()

    class Recording:
        def __init__(self, rule_id: str, regex):
            self.rule_id, self.regex = rule_id, regex

        def finditer(self, sentence: str):
            tried.add(self.rule_id)
            return self.regex.finditer(sentence)

    rules = doses._rules()
    recording = dataclasses.replace(rules, constructions=tuple(
        dataclasses.replace(c, regex=Recording(c.id, c.regex)) for c in rules.constructions))
    monkeypatch.setattr(doses, "_rules", lambda: recording)
    read(text)
    return tried


@yaml_cases
def test_a_count_times_a_fraction_size_passes_its_guard(monkeypatch, text, expected):
    assert "dose.fractions_times_per_fraction" in tried_constructions(monkeypatch, text)
    found = read(text)
    assert [d.pattern_id for d in found] == ["dose.fractions_times_per_fraction"]
    assert numbers(found[0]) == expected


@yaml_cases
def test_a_count_times_a_fraction_size_is_not_tried_without_its_guard(monkeypatch, text):
    assert "dose.fractions_times_per_fraction" not in tried_constructions(monkeypatch, text)
