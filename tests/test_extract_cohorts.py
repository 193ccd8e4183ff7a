"""Patient groups a paper defines (extract/cohorts.py) and the groups a result is said of, read whole
through the extractor on texts we wrote."""

from __future__ import annotations

import pytest
from result_rows import rows_where

from oncoev.extract.assemble import extract_document
from oncoev.extract.cohorts import find_cohorts
from oncoev.extract.document import Document


@pytest.mark.parametrize(("sentence", "label", "n"), [
    ("Of the 130 randomised participants, 126 (96.9%) were included in the safety population.",
     "Safety population", 126),
    ("The per-protocol set comprised 117 patients, after 9 major deviations were excluded.", "Per-protocol set", 117),
    ("In all, 88 women were analysed in the intention-to-treat population.", "Intention-to-treat population", 88),
])
def test_an_analysis_population_with_its_size(sentence, label, n):
    assert [(c.label, c.n, c.pattern_id) for c in find_cohorts(sentence)] == [(label, n, "cohort.population")]


@pytest.mark.parametrize("sentence", [
    "Mortality after surgery was caused predominantly by hepatic decompensation (n = 4) with one death from cancer.",
    "One further death was related to a road accident (n = 1).",
])
def test_the_cause_of_what_was_counted_is_no_group(sentence):
    assert find_cohorts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The safety population was defined as everyone who took any study drug.",
    "Safety was assessed in the safety population at every visit.",
])
def test_a_population_without_a_size_is_no_cohort(sentence):
    assert not [c for c in find_cohorts(sentence) if c.pattern_id == "cohort.population"]


def _extract(text: str) -> dict:
    return extract_document(Document(text=text, filename="written.txt"))


def test_a_share_of_a_named_group_with_its_count_gives_the_group_and_its_size():
    out = _extract("Larotinib in fusion-positive solid tumours: a single-arm study\n\n"
                   "Sixty patients were treated. The objective response rate was 50%. "
                   "After a median of 11 months, 70% of the patients with a response (21 of 30 patients) "
                   "were still on treatment.")
    (ongoing,) = rows_where(out, endpoint="TREATMENT_ONGOING", measure="count")
    cohort = {c["key"]: c for c in out["cohorts"]}[ongoing["cohort"]]
    assert (ongoing["value"], cohort["n"], cohort["label"]) == (21.0, 30, "patients with a response")


def test_a_group_named_in_digits_and_in_words_is_one_cohort():
    # the rules read "only 1 lesion" in normalised text while the paper wrote "only one lesion"
    out = _extract("Stereotactic radiotherapy for oligometastases: a retrospective series\n\n"
                   "We treated 90 patients. In patients who had only one lesion, overall survival at one, two and "
                   "three years was 88%, 71% and 60%. In patients who had only one lesion, local control at "
                   "2 years was 91%.")
    labels = [c["label"] for c in out["cohorts"] if "lesion" in c["label"]]
    assert len(labels) == 1, labels


@pytest.mark.parametrize("sentence", [
    "Median progression-free survival was 15 months (95% CI, 11 to not reached).",
    "The median overall survival was 31 months (95% CI 24-NR).",
])
def test_an_interval_with_one_bound_keeps_the_value_without_it(sentence):
    text = "A phase II trial of drug Z in sarcoma\n\nResults\n" + sentence + "\n"
    (row,) = rows_where(_extract(text), measure="median")
    assert (row["ci_low"], row["ci_high"]) == (None, None) and row["value"] in (15.0, 31.0)


@pytest.mark.parametrize(("sentence", "label", "n"), [
    ("Median OS and PFS times for stage II patients (n = 51) were 30.2 and 12.5 months.", "stage II patients", 51),
    ("Local control was 90% among the elderly patients (n = 33).", "elderly patients", 33),
])
def test_a_labelled_size_starts_after_for_or_among(sentence, label, n):
    assert [(c.label, c.n) for c in find_cohorts(sentence)] == [(label, n)]


@pytest.mark.parametrize(("text", "n"), [
    # no rule reads the whole study's size from these openings; every arm has its own
    ("Methods\nWe randomly assigned patients with lung cancer to drug K (n = 164) or placebo (n = 81).\n\n"
     "Results\nAt the time of analysis, 139 (57%) of 245 patients had died.\n", 245),
    ("Methods\nWomen were allocated to drug K (arm A, n = 52), drug M (arm B, n = 49) or placebo (arm C, n = 50).\n",
     151),
])
def test_the_whole_study_is_its_arms_together_when_no_size_is_said(text, n):
    out = _extract(text)
    assert next(c["n"] for c in out["cohorts"] if c["key"] == "all") == n


def _table_after(prose: str, column: str) -> dict:
    return _extract("Two-stage study of a kinase inhibitor after platinum failure\n\nResults\n\n" + prose + "\n\n"
                    f"Table 2 Best response\nResponse | {column} | Docetaxel (n = 24)\n"
                    "Partial response | 6 (24) | 2 (8)\nStable disease | 11 (44) | 9 (38)\n")


@pytest.mark.parametrize(("prose", "column", "whole", "part"), [
    ("The response rate was 27% (95% CI, 15%-41%) for 48 velotinib-treated patients.", "Velotinib (n = 25)", 48, 25),
    ("Median PFS was 5.1 months for 60 zarotinib-treated patients.", "Zarotinib (n = 31)", 60, 31),
    ("The response rate was 27% (95% CI, 15%-41%) in 48 velotinib patients.", "Velotinib (n = 25)", 48, 25),
])
def test_a_column_of_fewer_patients_than_a_group_named_with_its_size_is_a_part_of_that_group(prose, column, whole,
                                                                                             part):
    out = _table_after(prose, column)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    (pr,) = rows_where(out, endpoint="PR", measure="count", value=6)
    cohort = cohorts[pr["cohort"]]
    assert (cohort["n"], cohorts[cohort["parent"]]["n"]) == (part, whole)


def test_a_column_of_as_many_patients_as_the_group_names_is_that_group():
    out = _table_after("The response rate was 27% (95% CI, 15%-41%) for 25 velotinib-treated patients.",
                       "Velotinib (n = 25)")
    cohorts = {c["key"]: c for c in out["cohorts"]}
    (pr,) = rows_where(out, endpoint="PR", measure="count", value=6)
    (orr,) = rows_where(out, endpoint="ORR")
    assert pr["cohort"] == orr["cohort"] and cohorts[pr["cohort"]]["n"] == 25


# A trial's two arms named elsewhere, their sizes said as a pair in a bracket after the total they make up, with no
# randomisation word in the sentence ("enrolled", or none)
ARMS_SIZED_AFTER_TOTAL = ("Zarotinib with cisplatin versus cisplatin alone in gastric cancer: a randomised trial\n\n"
                          "Methods: Patients were randomly assigned to ZC or CA.\n"
                          "Results: {sizes} The response rate was 41% for ZC and 22% for CA. Grade 3 rash was seen "
                          "in 12% of the ZC arm and 2% of the CA arm.")


@pytest.mark.parametrize(("sizes", "expected"), [
    ("A total of 240 patients were enrolled (118 ZC and 122 CA).", {41.0: 118, 22.0: 122}),
    ("Here we report on 150 patients (76 ZC and 74 CA patients).", {41.0: 76, 22.0: 74}),
    ("Of the 201 patients enrolled (100 ZC, 101 CA), all were treated.", {41.0: 100, 22.0: 101}),
    # not the total: a subset's sizes, or others'
    ("A total of 240 patients were enrolled (90 ZC and 122 CA).", {41.0: None, 22.0: None}),
    # not the arms: who the patients were
    ("A total of 240 patients were enrolled (118 men and 122 women).", {41.0: None, 22.0: None}),
])
def test_the_arms_sizes_in_a_bracket_after_the_total_they_make_up(sizes, expected):
    out = _extract(ARMS_SIZED_AFTER_TOTAL.format(sizes=sizes))
    n = {c["key"]: c["n"] for c in out["cohorts"]}
    got = {r["value"]: n[r["cohort"]] for r in out["results"] if r["endpoint"] == "ORR"}
    assert got == expected
