"""Arms' names in randomised-trial abstracts: what a lettered arm's bracket calls it, and names no one arm owns.
Abstracts we wrote, two or more wordings of each construction."""

from __future__ import annotations

import pytest
from support import extract_text


def arm_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, measure, value) of the text's rows, the arm by its size (None for no arm)."""
    extraction = extract_text(text, "trial.txt")
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    return {(sizes.get(r.get("cohort")), r["endpoint"], r["measure"], r["value"]) for r in extraction["results"]}


def aliases(text: str) -> dict[int, set[str]]:
    """Each sized arm's names (its label and aliases), lower case, by its size."""
    return {c["n"]: {a.lower() for a in [c.get("label") or "", *(c.get("aliases") or [])]}
            for c in extract_text(text, "trial.txt")["cohorts"] if c.get("n") and c["key"] != "all"}


# "arm A (drug K plus drug M, n = 195)": the bracket's name runs to its size; cut short it would be "drug K", which
# both arms were given, and a count "in patients given drug K" would go to arm A
@pytest.mark.parametrize("text", [
    "Patients were randomly assigned to arm A (drug K plus drug M, n = 195) or arm B (drug K alone, n = 193). "
    "Grade 3 rash occurred in 30 patients given drug K.",
    "We randomised 240 women to group 1 (drug R plus drug S; 121 patients) or group 2 (drug R only; "
    "119 patients). Fatigue of grade 2 was seen in 17 patients who received drug R.",
])
def test_a_part_every_arm_has_names_no_one_arm(text):
    names = aliases(text)
    assert len(names) == 2
    big = max(names)
    assert not {"drug k", "drug r"} & names[big]
    assert not any(r[0] == big for r in arm_rows(text))


def test_a_name_only_one_arm_has_still_names_it():
    text = ("Patients were randomly assigned to arm A (drug T, n = 100) or arm B (placebo, n = 98). "
            "Grade 2 nausea occurred in 12 patients given drug T and in 5 patients given placebo.")
    assert {(100, "count", 12.0), (98, "count", 5.0)} <= {(r[0], r[2], r[3]) for r in arm_rows(text)}
