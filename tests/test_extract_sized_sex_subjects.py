"""A clause's subject that is one sex with its own size in a bracket ("Women (n = 34) had a 2-year survival of 47%,
and men (n = 46) had ...") is a part of the patients and the value is theirs: both values had gone to all patients (two
rates of one outcome at one time for one group). A second clause's subject after ", and" is its own, and a cohort's
name after a clause's link ("while female patients (n = 50)") leaves the link out. A sex named without a size may be
every patient (the women of a breast cancer trial) and stays so. Every sentence here is written for the test."""

from __future__ import annotations

from support import extract_text, yaml_cases

from oncoev.extract.cohorts import find_cohorts


def _rows(text: str) -> set[tuple]:
    out = extract_text(text)
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    return {(labels[r["cohort"]], r["endpoint"], r["value"]) for r in out["results"]}


@yaml_cases
def test_each_sized_sex_has_its_own_value(text, expected):
    assert _rows(text) == expected


@yaml_cases
def test_a_sex_without_a_size_of_its_own_is_everyone(text):
    assert {label for label, _, _ in _rows(text)} == {"all patients"}


def test_a_clauses_link_is_no_part_of_a_cohorts_name():
    labels = {c.label for c in find_cohorts("Node-positive patients (n = 40) relapsed early, whereas node-negative "
                                            "patients (n = 60) did not.")}
    assert "node-negative patients" in labels and not any(label.startswith("whereas") for label in labels)
