"""Toxicity, response and count constructions: which event a number counts and of how many patients."""

from __future__ import annotations

from result_rows import row_tuples, rows_where
from support import extract_text, yaml_cases

TWO_ARMS = "Patients were randomly assigned to drug Q (n = 90) or drug R (n = 88). "


def _rows(text: str) -> set[tuple]:
    return row_tuples(text, "cohort endpoint category grade measure value")


# "40 patients had grade 3 neutropenia and 25% had grade 3 anaemia": the share opens a clause of its own whose
# "had" names its event after it; it is never the event named before
@yaml_cases
def test_a_share_with_its_own_had_is_the_event_named_after_it(sentence, expected, wrong):
    rows = _rows(TWO_ARMS + sentence)
    assert expected in rows and wrong not in rows


@yaml_cases
def test_a_share_with_its_own_had_and_no_event_after_it_is_not_the_event_before(sentence):
    rows = _rows(TWO_ARMS + sentence)
    assert not [r for r in rows if r[-1] in (35.0, 11.0)]


# "Serious adverse events occurred in 130 of 646 treated patients" in a trial of 664: the count is of the 646 it is
# said of (most of the study, not all of it), with its share
@yaml_cases
def test_a_count_of_most_of_the_patients_is_of_the_total_it_is_said_of(sentence, count, total):
    out = extract_text("A multicentre trial\n\nWe enrolled 420 patients with lung cancer. " + sentence)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    rows = [r for r in out["results"] if r["value"] == count or r["quote"] in sentence]
    assert rows and {sizes[r["cohort"]] for r in rows} == {total}


@yaml_cases
def test_a_count_of_most_of_the_patients_stays_all_patients_when_the_total_may_not_be_its(sentence):
    out = extract_text("A multicentre trial\n\nWe enrolled 420 patients with lung cancer. " + sentence)
    rows = rows_where(out, value=57.0)
    assert rows and {r["cohort"] for r in rows} == {"all"}


# "Rash was more common with A than with B (12% vs 3%), as was swelling of the legs (5% vs 1%)": the pair after "as
# was" is its new subject's (no name reads it), never the rash's
@yaml_cases
def test_a_pair_after_as_was_is_not_the_outcome_named_before(sentence, kept, other):
    rows = _rows(TWO_ARMS + sentence)
    assert any(r[-1] == kept for r in rows) and not any(r[-1] == other for r in rows)


def test_a_count_that_is_the_subject_of_as_did_is_the_same_outcomes():
    rows = _rows(TWO_ARMS + "Eleven patients had a partial response in the drug Q group, as did 4 patients in the "
                            "drug R group.")
    assert ("drug_r", "PR", None, None, "count", 4.0) in rows


ONE_ARM = "A trial\n\nWe treated 160 patients with lung cancer. "


# "Four died of sepsis, resulting in a mortality rate of 2.7%": what the events add up to is another outcome's rate
# (all deaths), never the events' own
@yaml_cases
def test_a_rate_the_events_result_in_is_not_the_events_rate(sentence, rate):
    rows = _rows(ONE_ARM + sentence)
    assert not [r for r in rows if r[-1] == rate and r[1] == "TOX"]


def test_an_overall_rate_the_events_result_in_is_their_own():
    rows = _rows(ONE_ARM + "Grade 2 pneumonitis occurred in 16 patients, for an overall rate of 10%.")
    assert ("all", "TOX", "pneumonitis", "2", "rate", 10.0) in rows


@yaml_cases
def test_an_events_count_and_share(sentence, expected):
    assert expected in _rows(ONE_ARM + sentence)


def test_an_event_reported_by_other_people_is_no_count():
    rows = _rows(ONE_ARM + "Grade 2 mucositis was reported by 4 investigators as unexpected.")
    assert not [r for r in rows if r[-1] == 4.0]


# An event named inside a generic toxicity's clause: an example of it ("mainly X") leaves the value the whole's; a
# part left out ("other than X") makes the value a narrower set's (no row); an event said in the main clause ("with
# more severe X in A than in B (a vs b)") is what the values count, which no rule reads (no row of toxicity in general)
@yaml_cases
def test_an_example_of_a_generic_event_leaves_the_value_the_wholes(sentence, expected):
    rows = _rows(ONE_ARM + sentence)
    assert expected in rows and not [r for r in rows if r[2] is not None]


@yaml_cases
def test_a_generic_event_with_a_part_left_out_gives_no_row(sentence):
    assert not _rows(ONE_ARM + sentence)


@yaml_cases
def test_values_of_an_event_named_after_a_generic_one_are_not_the_generic_ones(sentence):
    rows = _rows(TWO_ARMS + sentence)
    assert not [r for r in rows if r[1] == "TOX" and r[2] is None]


# "Grade 3 events, mostly neutropenia (12%) and rash (5%), occurred in 20% of patients given A": each listed event has
# its own share; the later value is none of theirs
@yaml_cases
def test_a_value_after_a_list_of_events_with_their_own_shares_is_none_of_theirs(sentence, later):
    rows = _rows(TWO_ARMS + sentence)
    assert not [r for r in rows if r[-1] == later and r[2] is not None]


def test_an_event_with_its_overall_share_keeps_its_arms_values():
    rows = _rows(TWO_ARMS + "Leukopenia (26%) was more common with drug Q than with drug R (35% vs 17%).")
    assert ("drug_q", "TOX", "leukopenia", None, "rate", 35.0) in rows


def test_a_bracket_of_more_than_a_share_after_events_counted_gives_no_share():
    rows = _rows(ONE_ARM + "In all, there were 8 treatment-related deaths (5%; 95% CI 2-10).")
    assert not [r for r in rows if r[-2] == "rate"]
