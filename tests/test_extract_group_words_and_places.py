"""Which group a sentence's words or places name: a trial's one chemotherapy arm goes by the bare class word its own
name ends with ("adjuvant chemotherapy" is "chemotherapy" beside "observation"); no arm is named by what the patients
had before the trial ("after previous chemotherapy"); an unnamed pair counted in other totals is no part of the pair
before. Sentences we wrote."""

from __future__ import annotations

import pytest
from support import extract_text, labelled_extraction

from oncoev.extract.groups import build_index
from oncoev.extract.normalize import normalize
from oncoev.extract.pipeline import build_nlp, sentence_texts


def sizes_of(text: str) -> dict[str, int | None]:
    norm = normalize(text).text
    doc = build_nlp(("oncoev_sentences",))(norm)
    return {g.label: g.n for g in build_index(sentence_texts(doc), norm).groups}


@pytest.mark.parametrize(("text", "arm", "n"), [
    ("Patients were randomly assigned to adjuvant chemotherapy or to observation after surgery. Of the 214 patients "
     "assigned to chemotherapy, 80% completed all cycles.", "adjuvant chemotherapy", 214),
    ("We randomised women to platinum-based chemotherapy or to surveillance. Among the 77 women allocated to "
     "chemotherapy, two died of sepsis.", "platinum-based chemotherapy", 77),
])
def test_the_size_of_the_one_chemotherapy_arm_said_by_the_class_word(text, arm, n):
    assert sizes_of(text)[arm] == n


@pytest.mark.parametrize("text", [
    # the other arm has chemotherapy too: the bare word names both arms, so neither takes the size
    "Patients were randomly assigned to adjuvant chemotherapy or to adjuvant chemotherapy plus drug Q. Of the 214 "
    "patients assigned to chemotherapy, 80% completed all cycles.",
    # the arm is named by its drugs only: the class word is no name the paper gave it
    "Patients were randomly assigned to drug R plus drug S or to observation. Of the 214 patients assigned to "
    "chemotherapy, 80% completed all cycles.",
])
def test_no_size_by_the_class_word_where_it_is_not_one_arm_s_own_head(text):
    assert all(n is None for label, n in sizes_of(text).items() if label != "observation")


def test_a_toxicity_after_the_arm_s_class_word_is_that_arm_s():
    out, labels = labelled_extraction(
        "Patients were randomly assigned to adjuvant chemotherapy (n = 150) or observation (n = 148). Grade 3 "
        "neutropenia was seen in 18% of patients after chemotherapy.")
    assert [labels.get(r["cohort"]) for r in out["results"] if r["endpoint"] == "TOX"] == ["adjuvant chemotherapy"]


@pytest.mark.parametrize("text", [
    "Patients were randomly assigned to adjuvant chemotherapy (n = 150) or observation (n = 148). Grade 3 "
    "neutropenia was seen in 18% of patients, mostly after previous chemotherapy.",
    "Patients were randomly assigned to adjuvant chemotherapy (n = 150) or observation (n = 148). Grade 2 "
    "neuropathy was seen in 11% of patients with earlier chemotherapy.",
])
def test_a_treatment_had_before_the_trial_names_no_arm(text):
    out, labels = labelled_extraction(text)
    tox = [labels.get(r["cohort"]) for r in out["results"] if r["endpoint"] == "TOX"]
    assert len(tox) == 1 and tox[0] != "adjuvant chemotherapy"


@pytest.mark.parametrize(("text", "sizes"), [
    ("Methods: Patients were randomly assigned to high-intensity drug A (n = 90), low-intensity drug A (n = 88), "
     "high-intensity drug A with drug B (n = 85) or low-intensity drug A with drug B (n = 87). Results: The use of "
     "drug B was associated with more grade 3 rash (60 [35%] of 172 vs 30 [17%] of 178 patients). Grade 3 colitis was "
     "more common in patients who received high-intensity drug A than in those who received low-intensity treatment "
     "(25 [15%] of 170 patients vs 9 [5%] of 172 patients).", [172, 178, 170, 172]),
    # (the second pair's first total larger than the first pair's: no part of it either)
    ("Methods: Patients were randomly assigned to short-course drug K (n = 75), long-course drug K (n = 77), "
     "short-course drug K and drug M (n = 74) or long-course drug K and drug M (n = 76). Results: The use of drug M "
     "was associated with more grade 3 fatigue (50 [34%] of 148 vs 22 [14%] of 152 patients). Grade 2 alopecia was "
     "more common in patients who received long-course drug K than in those who received short-course treatment (40 "
     "[26%] of 153 patients vs 14 [9%] of 149 patients).", [148, 152, 153, 149]),
])
def test_a_second_unnamed_pair_with_other_totals_is_no_part_of_the_first(text, sizes):
    """Two sentences each compare an unnamed pair ("(a of n1 vs b of n2)") the index cannot name: the second's counts
    are of groups of their own totals, beside the first pair's, never parts of it."""
    out = extract_text(text)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    counted = [cohorts[r["cohort"]] for r in out["results"] if r["measure"] == "count"]
    assert [c["n"] for c in counted] == sizes
    assert all(c["parent"] == "all" for c in counted)


@pytest.mark.parametrize(("text", "arms"), [
    ("Patients were randomly assigned to adjuvant chemotherapy or to observation after surgery.",
     {"adjuvant chemotherapy", "observation"}),
    ("Women were randomised to radiotherapy or no further treatment following lumpectomy.",
     {"radiotherapy", "no further treatment"}),
    ("Patients were randomly assigned to drug K or observation after complete resection.", {"drug K", "observation"}),
    # arms told apart by the operation s timing keep it
    ("Patients were randomly assigned to chemotherapy before surgery or chemotherapy after "
     "surgery.",
     {"chemotherapy before surgery", "chemotherapy after surgery"}),
])
def test_the_operation_every_arm_had_is_no_word_of_the_last_arm_s_name(text, arms):
    assert set(sizes_of(text)) == arms

