"""Supportive-care trials (antiemetics, mouthwashes, growth factors, analgesics): what their "complete response" is
of, and the shares of patients without an event. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from support import extract_text

_ANTIEMETIC = ("Drug K or placebo added to ondansetron before cisplatin: a randomised trial\n\n"
               "We randomly assigned 300 patients to drug K (n = 150) or placebo (n = 150). Results: ")
_TUMOUR = ("Drug K or placebo added to cisplatin for advanced gastric cancer: a randomised trial\n\n"
           "We randomly assigned 300 patients to drug K (n = 150) or placebo (n = 150). Results: ")

_EMESIS_CONTROL = {("EMESIS_CONTROL", "drug_k", "rate", 68.2), ("EMESIS_CONTROL", "placebo", "rate", 51.4)}
_TUMOUR_CR = {("CR", "drug_k", "rate", 22.0), ("CR", "placebo", "rate", 12.0)}


def _rows(intro: str, sentence: str) -> set[tuple]:
    return row_tuples(intro + sentence, "endpoint cohort measure value")


# What a supportive-care trial's "complete response" or "response" is of: (the trial's opening, the sentence, rows
# (endpoint, arm, measure, value) it must give, endpoints no row of it may have)
@pytest.mark.parametrize("intro, sentence, present, absent", [
    # a complete response said of emesis is its control
    (_ANTIEMETIC, "Complete response (no emesis and no rescue medication) was seen in 68.2% of patients given drug K "
     "versus 51.4% given placebo.", _EMESIS_CONTROL, ("CR",)),
    (_ANTIEMETIC, "In the delayed phase, complete response rates were 68.2% and 51.4%, respectively.", _EMESIS_CONTROL,
     ("CR",)),
    (_ANTIEMETIC, "A complete response (no vomiting, no rescue antiemetic) occurred in 68.2% with drug K and 51.4% "
     "with placebo.", _EMESIS_CONTROL, ("CR",)),
    # a tumour complete response stays one
    (_TUMOUR, "The complete response rate was 22% with drug K and 12% with placebo.", _TUMOUR_CR, ("EMESIS_CONTROL",)),
    (_TUMOUR, "Complete response was seen in 22% of patients given drug K and 12% given placebo; grade 3 nausea and "
     "vomiting occurred in 9% and 7%, respectively.", _TUMOUR_CR, ("EMESIS_CONTROL",)),
    # the control of emesis named as such
    (_ANTIEMETIC, "Complete control of nausea and vomiting was 61% with drug K and 40% with placebo.",
     {("EMESIS_CONTROL", "drug_k", "rate", 61.0), ("EMESIS_CONTROL", "placebo", "rate", 40.0)}, ()),
    (_ANTIEMETIC, "Complete protection from emesis was seen in 61% of patients given drug K and 40% given placebo.",
     {("EMESIS_CONTROL", "drug_k", "rate", 61.0), ("EMESIS_CONTROL", "placebo", "rate", 40.0)}, ()),
    # a response said of pain is the pain response
    (_TUMOUR, "Overall response to the analgesic was 73% with drug K versus 54% with placebo.",
     {("PAIN_RESPONSE", "drug_k", "rate", 73.0), ("PAIN_RESPONSE", "placebo", "rate", 54.0)}, ("ORR",)),
    (_TUMOUR, "The response rate for pain was 73% with drug K and 54% with placebo.",
     {("PAIN_RESPONSE", "drug_k", "rate", 73.0), ("PAIN_RESPONSE", "placebo", "rate", 54.0)}, ("ORR",)),
    # the recovery from an event is no count of the event; the event counted beside its recovery stays
    (_TUMOUR, "Complete healing of oral mucositis was seen in 33 patients given drug K and 19 given placebo.", set(),
     ("TOX",)),
    (_TUMOUR, "Resolution of grade 3 diarrhoea within a week was seen in 33 patients given drug K and 19 given "
     "placebo.", set(), ("TOX",)),
    (_TUMOUR, "Oral mucositis occurred in 33 patients given drug K and 19 given placebo.",
     {("TOX", "drug_k", "count", 33.0), ("TOX", "placebo", "count", 19.0)}, ()),
])
def test_what_a_supportive_care_trials_response_is_of(intro, sentence, present, absent):
    rows = _rows(intro, sentence)
    assert present <= rows
    assert not any(r[0] in absent for r in rows)


def test_an_antiemetic_trials_complete_response_said_without_its_definition():
    text = ("Chemotherapy-induced nausea and vomiting: drug K or placebo with ondansetron, a randomised trial\n\n"
            "We randomly assigned 300 patients to drug K (n = 150) or placebo (n = 150). The primary endpoint was "
            "complete response (no emesis, no rescue therapy) over five days. Results: Complete response was "
            "achieved by 63.0% of patients given drug K versus 47.5% given placebo (P = 0.01).")
    rows = {(r["endpoint"], r["cohort"], r["value"]) for r in extract_text(text)["results"]}
    assert rows >= {("EMESIS_CONTROL", "drug_k", 63.0), ("EMESIS_CONTROL", "placebo", 47.5)}
    assert not any(r[0] == "CR" for r in rows)


@pytest.mark.parametrize("sentence", [
    "No vomiting was reported by 44.0% and 31.5% of patients, respectively.",
    "No nausea was reported in 44.0% of patients given drug K and 31.5% given placebo.",
])
def test_the_share_of_patients_without_an_event_is_no_count_of_none(sentence):
    rows = _rows(_ANTIEMETIC, sentence)
    assert not any(r[2] == "count" and r[3] == 0.0 for r in rows)


def test_an_event_said_of_nobody_is_still_none():
    rows = _rows(_TUMOUR, "No grade 4 vomiting was observed in either arm.")
    assert any(r[0] == "TOX" and r[2] == "count" and r[3] == 0.0 for r in rows)


_MOUTHWASH = ("Mouthwash Z versus placebo for oral mucositis (OM) and febrile neutropenia (FN): a randomised trial\n\n"
              "We randomly assigned 240 patients to mouthwash Z (n = 120) or placebo (n = 120). Results: ")


@pytest.mark.parametrize("sentence, category", [
    ("OM occurred in 18% of patients given mouthwash Z and 39% given placebo.", "oral mucositis"),
    ("FN rates were 18% and 39%, respectively.", "febrile neutropenia"),
])
def test_an_events_short_name_the_paper_defines(sentence, category):
    out = extract_text(_MOUTHWASH + sentence)
    rows = {(r["endpoint"], r["category"], r["cohort"], r["value"]) for r in out["results"]}
    assert {("TOX", category, "mouthwash_z", 18.0), ("TOX", category, "placebo", 39.0)} <= rows


def test_a_short_name_the_paper_never_defines_is_no_event():
    out = extract_text(_TUMOUR + "OM occurred in 18% of patients given drug K and 39% given placebo.")
    assert not any(r["endpoint"] == "TOX" for r in out["results"])


def test_a_short_name_said_of_the_patients_at_baseline_is_no_event():
    text = ("Mouthwash Z versus placebo for oral mucositis (OM): a randomised trial\n\nWe randomly assigned 240 "
            "patients to mouthwash Z (n = 120) or placebo (n = 120). Results: Before treatment, 92% of patients had no "
            "OM and 6% had mild OM.")
    assert not any(r["endpoint"] == "TOX" for r in extract_text(text)["results"])


def test_a_tumour_complete_response_beside_no_vomiting_stays_one():
    text = ("Radiotherapy with or without drug K for bone metastases: a randomised trial\n\nWe randomly assigned 300 "
            "patients to drug K (n = 150) or placebo (n = 150). Results: A complete response was seen in 22% of "
            "patients given drug K and 12% given placebo. No vomiting was seen in either arm.")
    rows = {(r["endpoint"], r["cohort"], r["value"]) for r in extract_text(text)["results"]}
    assert {("CR", "drug_k", 22.0), ("CR", "placebo", 12.0)} <= rows


@pytest.mark.parametrize("sentence", [
    "Complete response was seen in 14% with drug T and 5% with observation; no patient had emesis.",
    "Complete responses occurred in 14% with drug T and 5% with observation; rescue medication for nausea was "
    "rarely needed.",
])
def test_a_tumour_complete_response_beside_a_clause_on_emesis_stays_a_tumour_response(sentence):
    out = extract_text("Drug T versus observation: a randomised trial\n\nWe randomly assigned 300 patients to drug T "
                       "(n = 150) or observation (n = 150). " + sentence)
    assert {(r["endpoint"], r["value"]) for r in out["results"]} == {("CR", 14.0), ("CR", 5.0)}
