"""The population a count is of, by the share printed with it (extract/denominators.py); texts written for
these tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from result_rows import row_tuples, rows_where
from support import extract_text, yaml_cases

from oncoev.extract.denominators import move_to_share_populations, population_of_share, stated_totals


@dataclass
class C:
    key: str
    n: Optional[int]
    parent: Optional[str] = None


ARM = C("arm_a", 80, "all")
TREATED = C("arm_a_n77", 77, "arm_a")
EVALUABLE = C("arm_a_n70", 70, "arm_a")
COHORTS = [C("all", 160), ARM, C("arm_b", 80, "all"), TREATED, EVALUABLE]


@yaml_cases
def test_the_one_sub_population_the_share_fits(count, share, expected):
    assert population_of_share(count, share, ARM, COHORTS) == expected


def test_two_fitting_sub_populations_choose_none():
    twins = [*COHORTS, C("arm_a_n78", 78, "arm_a")]
    assert population_of_share(9, 12, ARM, twins) is None  # 9/77 = 11.7% and 9/78 = 11.5% both print 12%
    assert population_of_share(9, 11.7, ARM, twins) == "arm_a_n77"  # one decimal tells them apart


def test_a_count_and_its_share_move_together_and_nothing_else_does():
    rows = [{"cohort": "arm_a", "endpoint": "TOX", "category": "rash", "grade": None, "site": None,
             "timepoint_months": None, "char_start": 10, "quote": "q", "measure": m, "value": v, "unit": u}
            for m, v, u in (("count", 30.0, "n"), ("rate", 39.0, "%"))]
    other = dict(rows[1], char_start=99, value=12.0)
    moved = move_to_share_populations([*rows, other], {c.key: c for c in COHORTS})
    assert moved == 2 and [r["cohort"] for r in rows] == ["arm_a_n77", "arm_a_n77"] and other["cohort"] == "arm_a"


@yaml_cases
def test_a_safety_population_defined_in_the_paper_takes_its_counts(sentence):
    text = ("Drug Q versus placebo in gastric cancer: a randomised trial\n\n"
            "Patients were randomly assigned to drug Q (n = 80) or placebo (n = 80). Nausea occurred in 12 of 77 "
            "patients in the drug Q group and in 10 of 76 patients in the placebo group. " + sentence)
    extraction = extract_text(text)
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    rash = rows_where(extraction, category="rash")
    assert rash and {sizes[r["cohort"]] for r in rash} == {77}


@yaml_cases
def test_a_count_of_the_sentences_subject_is_of_those_patients(sentence, label, n):
    text = "A retrospective study of rectal cancer\n\nWe reviewed 90 patients treated from 2001 to 2010. " + sentence
    extraction = extract_text(text)
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    keys = {r["cohort"] for r in extraction["results"] if r["value"] in (4.0, 33.3, 14.0, 35.0)}
    assert keys and all(cohorts[k]["n"] == n and cohorts[k]["label"] == label for k in keys)


@yaml_cases
def test_a_share_that_does_not_fit_the_subject_leaves_the_count_where_it_was(sentence, values):
    text = "A retrospective study of rectal cancer\n\nWe reviewed 90 patients treated from 2001 to 2010. " + sentence
    extraction = extract_text(text)
    assert {r["cohort"] for r in extraction["results"] if r["value"] in values} == {"all"}


def _row(cohort: str, measure: str, value: float, quote: str) -> dict:
    return {"cohort": cohort, "endpoint": "TOX", "category": "rash", "grade": None, "site": None,
            "timepoint_months": None, "char_start": 5, "quote": quote, "measure": measure, "value": value,
            "unit": "%" if measure == "rate" else "n"}


@yaml_cases
def test_a_count_said_of_a_total_goes_to_that_part_of_its_group(quote):
    rows = [_row("arm_a", "count", 31.0, quote), _row("arm_a", "rate", 40.0, quote)]
    made = []

    def part_of(key: str, n: int) -> str:
        made.append((key, n))
        return f"{key}_n{n}"

    assert stated_totals(rows, {c.key: c for c in COHORTS}, part_of) == 2
    assert made == [("arm_a", 77)] and {r["cohort"] for r in rows} == {"arm_a_n77"}


@yaml_cases
def test_no_part_is_made_when_the_total_is_unclear_or_the_groups_own(quote):
    rows = [_row("arm_a", "count", 31.0, quote)]
    assert stated_totals(rows, {c.key: c for c in COHORTS}, lambda key, n: "made") == 0
    assert rows[0]["cohort"] == "arm_a"


def test_a_share_too_coarse_to_tell_sizes_apart_moves_nothing():
    big, small = C("arm_b", 530, "all"), C("arm_b_n75", 75, "arm_b")
    assert population_of_share(1, 1.0, big, [big, small]) is None  # "1 (<1%)" or "1 (1%)": any size from 67 to 200
    assert population_of_share(11, 14.7, big, [big, small]) == "arm_b_n75"  # 11/75 = 14.67: only 75 prints 14.7


@yaml_cases
def test_a_share_printed_as_a_bound_fits_the_total_it_bounds(quote, count, share, op, moved):
    rows = [_row("arm_a", "count", count, quote), dict(_row("arm_a", "rate", share, quote), value_op=op)]
    assert stated_totals(rows, {c.key: c for c in COHORTS}, lambda key, n: f"{key}_n{n}") == (2 if moved else 0)
    assert {r["cohort"] for r in rows} == {"arm_a_n77" if moved else "arm_a"}


# "31/148 (21%) vs 12/147 (8%)": a count over its total with a slash is of that part of the arm too, like "31 of 148".
@yaml_cases
def test_a_count_over_its_total_with_a_slash_is_of_that_part(sentence, totals):
    got = row_tuples("We randomly assigned 300 adults to zorbicin (n = 150) or placebo (n = 150). " + sentence,
                     "cohort_n")
    assert {n for (n,) in got} == totals


@yaml_cases
def test_later_counts_are_of_the_total_their_list_gave(sentence, expected):
    assert row_tuples("We randomly assigned 150 adults to zorbicin (n = 76) or placebo (n = 75). " + sentence,
                      "category value cohort_n", measure="count") == expected


# "Of the 40 patients who relapsed, 18 (15.0%) ..." in a study of 120: the share is of all 120, never of the 40
@yaml_cases
def test_a_count_whose_share_fits_the_whole_not_the_part_is_of_the_whole(sentence, count):
    text = "A retrospective study of rectal cancer\n\nWe reviewed 90 patients treated from 2001 to 2010. " + sentence
    rows = rows_where(extract_text(text), value=count)
    assert rows and {r["cohort"] for r in rows} == {"all"}


def test_a_count_whose_share_fits_the_part_stays_the_parts():
    text = ("A retrospective study of rectal cancer\n\nWe reviewed 90 patients treated from 2001 to 2010. Of the 36 "
            "patients with a local relapse, 14 (38.9%) had an in-field failure.")
    extraction = extract_text(text)
    sizes = {c["key"]: c["n"] for c in extraction["cohorts"]}
    rows = rows_where(extraction, value=(14.0, 38.9))
    assert rows and {sizes[r["cohort"]] for r in rows} == {36}


# the single-arm study of 48 patients the sentences below are added to
_SARCOMA_PHASE2 = "A phase II study of drug Q\n\nA total of 48 patients with advanced sarcoma were enrolled. "


# "Twelve (30%) of the 40 evaluable patients" in a study of 70: a count of the patients analysed, a part of the study
@yaml_cases
def test_a_count_of_the_patients_analysed_is_of_that_part(sentence, count, size):
    extraction = extract_text(_SARCOMA_PHASE2 + sentence)
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    rows = [r for r in extraction["results"] if r["measure"] in ("count", "rate") and r["quote"] in sentence]
    assert rows and any(r["value"] == count for r in rows) and {sizes[r["cohort"]] for r in rows} == {size}


@yaml_cases
def test_a_count_whose_total_names_no_analysed_patients_stays_all_patients(sentence):
    rows = rows_where(extract_text(_SARCOMA_PHASE2 + sentence), value=9.0)
    assert rows and {r["cohort"] for r in rows} == {"all"}


# A share said without its count, of a number of patients analysed: "the response rate among the 40 evaluable
# patients was 30%" in a study of 70
@yaml_cases
def test_a_share_of_the_patients_analysed_is_of_that_part(sentence, share, size):
    extraction = extract_text(_SARCOMA_PHASE2 + sentence)
    sizes = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    rows = rows_where(extraction, measure="rate", value=share)
    assert rows and {sizes[r["cohort"]] for r in rows} == {size}


@yaml_cases
def test_a_share_that_does_not_fit_a_part_stays_all_patients(sentence):
    rows = rows_where(extract_text(_SARCOMA_PHASE2 + sentence), measure="rate")
    assert rows and {r["cohort"] for r in rows} == {"all"}
