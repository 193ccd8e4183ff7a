"""Counts and shares of events and responses in an abstract's words that were left unread: a word saying when the
events came (around an operation) between the count and their name. Sentences we wrote, two or more wordings of each
construction, and a near miss that must give no row."""

from __future__ import annotations

import pytest
from result_rows import row_tuples
from result_rows import sentence_rows as rows


@pytest.mark.parametrize(("sentence", "count"), [
    ("After resection, 9 postoperative deaths occurred (7.2%).", 9.0),
    ("Three perioperative deaths were recorded among the 75 operated women.", 3.0),
    ("There were 5 in-hospital deaths after the procedure.", 5.0),
    ("Four preoperative deaths occurred during induction chemotherapy.", 4.0),
    ("There were 2 pre-operative deaths among the 60 women.", 2.0),
])
def test_a_count_before_deaths_said_around_an_operation(sentence, count):
    assert ("DEATH", None, None, "count", count) in rows(sentence)


def test_a_cause_before_deaths_is_no_plain_count_of_deaths():
    # deaths of one cause are no count of all deaths
    assert not any(r[0] == "DEATH" and r[3] == "count" for r in rows("We noted 11 tumour-related deaths in year one."))


def test_a_table_cell_over_a_row_named_for_an_operation_is_no_count():
    # a column's cell on its line, then the next row's label: no count of that row's events
    got = rows("Stage III\n41 (88.0%)\n Postoperative recurrence\n3 (6.5%)")
    assert not any(r[3] == "count" and r[4] == 41.0 for r in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    # every severity after a toxicity is every grade
    ("Pruritus of any severity occurred in 27 patients.", ("TOX", "pruritus", None, "count", 27.0)),
    ("Adverse events of any severity were reported in 61 patients (88%).", ("TOX", None, None, "rate", 88.0)),
    ("Vomiting (all severities) occurred in 19 patients.", ("TOX", "vomiting", None, "count", 19.0)),
    # an outcome the writers saw in some patients is counted
    ("We observed an objective response in 23 patients, including four complete responses.",
     ("ORR", None, None, "count", 23.0)),
    ("We recorded two patients with progressive disease, six with stable disease, and a partial response in 11 "
     "patients.", ("PR", None, None, "count", 11.0)),
])
def test_a_count_said_of_some_patients(sentence, expected):
    assert expected in rows(sentence)


def test_one_severity_after_a_toxicity_is_no_every_grade_count():
    # "of moderate severity" is one grade band, which no row may call every grade
    got = rows("Headache of mild severity occurred in 33 patients.")
    assert not any(r[0] == "TOX" and r[3] == "count" for r in got)


@pytest.mark.parametrize("sentence", [
    # the patients assessed for the outcome, or those who had none of it, are no count of it
    "We assessed objective response in 23 patients.",
    "We observed no objective response in 23 patients.",
])
def test_an_outcome_assessed_or_denied_in_some_patients_is_no_count(sentence):
    assert not any(r[3] == "count" and r[4] == 23.0 for r in rows(sentence))


def text_rows(text: str) -> set[tuple]:
    """(endpoint, category, grade, measure, value) of each row of a text of one or more sentences."""
    return row_tuples(text, "endpoint category grade measure value", "abstract.txt")


# a stable state after a tumour response: in the same clause, in a clause after a semicolon, in the next sentence;
# a count with its share before it as well as a share
@pytest.mark.parametrize(("text", "want"), [
    ("The objective response rate was 52%, and 27% were stable.", {("ORR", None, None, "rate", 52.0),
                                                                   ("SD", None, None, "rate", 27.0)}),
    ("ORR was 18%, and a further 46% of patients remained stable.", {("ORR", None, None, "rate", 18.0),
                                                                     ("SD", None, None, "rate", 46.0)}),
    ("The overall response rate was 38%; 29% were stable.", {("ORR", None, None, "rate", 38.0),
                                                              ("SD", None, None, "rate", 29.0)}),
    ("The ORR was 22%. A further 51% remained stable.", {("ORR", None, None, "rate", 22.0),
                                                         ("SD", None, None, "rate", 51.0)}),
    ("Six patients (12%) had a partial response, and 21 patients (42%) remained stable.",
     {("PR", None, None, "count", 6.0), ("SD", None, None, "count", 21.0), ("SD", None, None, "rate", 42.0)}),
    ("A complete response was seen in 3 patients; eleven (22%) were stable.",
     {("CR", None, None, "count", 3.0), ("SD", None, None, "count", 11.0), ("SD", None, None, "rate", 22.0)}),
    # "Complete and partial responses were seen in a and b patients, respectively": one count for each kind of response
    # (the head said once), in a two-arm trial too, whose arms "respectively" does not name here
    ("Complete and partial responses were seen in 7 (6%) and 31 (26%) patients, respectively.",
     {("CR", None, None, "count", 7.0), ("CR", None, None, "rate", 6.0), ("PR", None, None, "count", 31.0)}),
    ("We randomly assigned 180 women to drug Q (n = 91) or drug R (n = 89). Partial and complete responses occurred "
     "in 44 (24%) and 9 (5%) women, respectively.",
     {("PR", None, None, "count", 44.0), ("CR", None, None, "count", 9.0), ("CR", None, None, "rate", 5.0)}),
])
def test_a_share_said_stable_after_a_response_rate_is_stable_disease(text, want):
    assert want <= text_rows(text)


@pytest.mark.parametrize("text", [
    # what else stays stable (a score, a marker, a symptom) is no stable disease
    "Pain scores improved in 35%, and 27% remained stable.",
    "PSA levels remained stable in 27% of the men.",
    "Pain improved in 44%; 31% remained stable.",
    "Appetite improved in 12 patients (30%). A further 40% remained stable.",
])
def test_a_share_stable_with_no_response_is_no_stable_disease(text):
    assert not any(r[0] == "SD" for r in text_rows(text))

