"""Arms' names in randomised-trial abstracts: what a lettered arm's bracket calls it, and names no one arm owns.
Abstracts we wrote, two or more wordings of each construction."""

from __future__ import annotations

import pytest
from result_rows import arm_size_rows as arm_rows
from support import extract_text


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


def cohort_of(text: str, value: float) -> dict:
    """The cohort (key, label, aliases) of the row of that value."""
    extraction = extract_text(text, "trial.txt")
    keys = [r["cohort"] for r in extraction["results"] if r["value"] == value]
    assert len(keys) == 1, keys
    return next(c for c in extraction["cohorts"] if c["key"] == keys[0])


# "a control regimen of drug L": the arm the paper calls its control; "the control treatment" said later is that arm,
# no group of its own
@pytest.mark.parametrize(("text", "value", "name"), [
    ("A total of 300 patients were randomly assigned to drug K or a control regimen of drug L. The 2-year survival "
     "was higher with drug K than with the control treatment (40% v 25%; P = .02).", 25.0, "drug L"),
    ("We randomised 410 men to high-dose drug P (P800), low-dose drug P (P400) or a control regimen of topotecan or "
     "irinotecan (T/I). Relapse-free survival at 3 years was higher with P400 than with the control regimen "
     "(61% v 47%).",
     47.0, "topotecan or irinotecan"),
])
def test_the_control_treatment_is_the_arm_called_the_control(text, value, name):
    cohort = cohort_of(text, value)
    assert name.lower() in {a.lower() for a in [cohort["label"], *(cohort.get("aliases") or [])]}


def test_a_control_treatment_with_no_arm_called_control_stays_apart():
    # no arm is called the control: the words name no arm of the two
    text = ("A total of 300 patients were randomly assigned to drug K plus drug L or drug M plus drug L. The 2-year "
            "survival was higher with drug K plus drug L than with the control treatment (40% v 25%; P = .02).")
    extraction = extract_text(text, "trial.txt")
    keys = {r["cohort"] for r in extraction["results"] if r["value"] == 25.0}
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    assert not any("drug M" in (labels.get(k) or "") for k in keys)


@pytest.mark.parametrize(("text", "want"), [
    # "(A in 198, B in 182)": each arm's size after its name and "in", in a sentence about allocation
    ("Patients were assigned to drug K or placebo. Of 400 patients randomised, 380 (drug K in 198, placebo in 182) "
     "were eligible. Grade 3 rash occurred in 20 patients in the drug K group.", {(198, "count", 20.0)}),
    ("Women were randomised to open surgery or laparoscopic surgery; 310 were analysed (open surgery in 150 and "
     "laparoscopic surgery in 160). Wound infection was seen in 12 patients in the open surgery group.",
     {(150, "count", 12.0)}),
    # "the surgical arm", "the radiation arm": the one arm whose treatment is that modality
    ("Patients were randomly assigned to lobectomy (n = 60) or stereotactic radiotherapy (n = 58). Two deaths "
     "occurred in the surgical arm and one in the radiation arm.", {(60, "count", 2.0), (58, "count", 1.0)}),
    ("Men were randomised to radical prostatectomy (n = 141) or external-beam radiotherapy to 74 Gy (n = 139). "
     "Rectal bleeding of grade 2 was seen in 11 patients in the radiation group.", {(139, "count", 11.0)}),
])
def test_an_arms_size_said_with_its_name(text, want):
    assert want <= {(r[0], r[2], r[3]) for r in arm_rows(text)}


def test_a_bracket_of_grades_gives_no_arm_size():
    text = ("Patients were randomised to drug K or placebo. Neutropenia was seen in 30 patients given drug K "
            "(grade 3 in 20, grade 4 in 10).")
    assert all(n is None for n in aliases_sizes(text))


def aliases_sizes(text: str) -> list:
    return [c.get("n") for c in extract_text(text, "trial.txt")["cohorts"] if c["key"] != "all"]


def test_a_modality_both_arms_have_names_no_arm():
    text = ("Patients were randomly assigned to surgery alone (n = 120) or surgery plus radiotherapy (n = 118). Wound "
            "infection was seen in 9 patients in the surgical arm.")
    assert not any(r[0] in (120, 118) and r[3] == 9.0 for r in arm_rows(text))


def names_of(text: str, n: int) -> set[str]:
    return aliases(text)[n]


# "the preoperative arm" is the arm treated before the operation the other arm has at once, never an arm operated on
# at once too, with a treatment added after
@pytest.mark.parametrize("text", [
    "Patients were randomly assigned to gastrectomy alone (n = 60) or gastrectomy with drug K (n = 58).",
    "Patients were randomly assigned to surgery alone (n = 120) or surgery plus radiotherapy (n = 118).",
])
def test_no_preoperative_arm_where_none_is_treated_before_surgery(text):
    names = aliases(text)
    assert len(names) == 2
    assert not {"preoperative arm", "neoadjuvant arm"} & set().union(*names.values())


def test_the_arm_treated_before_surgery_is_the_preoperative_arm():
    text = "Patients were randomly assigned to surgery alone (n = 120) or drug K followed by surgery (n = 118)."
    assert "preoperative arm" in names_of(text, 118)
