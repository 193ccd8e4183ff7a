"""A trial's one chemotherapy arm goes by the bare class word its own name ends with ("adjuvant chemotherapy" is
"chemotherapy" beside "observation"), and no arm is named by what the patients had before the trial ("after previous
chemotherapy"); sentences we wrote."""

from __future__ import annotations

import pytest
from support import labelled_extraction

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
