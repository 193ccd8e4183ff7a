"""Result constructions of English reporting read wrongly or not at all, round 2 (issue 13's unexplained numbers in
abstracts): each test sentence is our own."""

from __future__ import annotations

from support import extract_text, yaml_cases


def in_a_series(text: str) -> dict:
    """The extraction of ``text`` in a study of one series of patients."""
    return extract_text("A study\n\nWe reviewed 4200 patients with lung cancer. " + text)


def ratio_rows(text: str) -> set[tuple]:
    return {(r["cohort"], r["endpoint"], r["value"]) for r in in_a_series(text)["results"] if r["measure"] == "hr"}


@yaml_cases
def test_ratios_of_the_populations_named(sentence, expected):
    assert ratio_rows(sentence) == expected


def test_a_second_ratio_with_no_population_of_its_own_is_not_the_first_ones():
    rows = ratio_rows("Overall survival was shorter in patients with liver metastases (HR 1.44, 95% CI 1.12-1.85), "
                      "and this held after adjustment (HR 1.39, 95% CI 1.07-1.80).")
    assert 1.39 not in {v for _, _, v in rows}


# "... in patients with X (HR a) but not in patients without X (HR b)": the joining words are no part of the name
@yaml_cases
def test_words_joining_a_factors_item_are_no_part_of_its_name(sentence):
    cohorts = {c for c, _, v in ratio_rows(sentence) if v == 0.97}
    assert cohorts == {"patients_without_kras_mutations"}


def test_a_list_of_another_length_than_the_bracket_gives_no_row_to_the_list():
    rows = ratio_rows("Heavy drinking and obesity were associated with an increase in mortality (HR = 1.27; 95% CI = "
                      "1.08 to 1.49; HR = 1.16; 95% CI = 1.02 to 1.32; and HR = 1.09; 95% CI = 1.01 to 1.18, "
                      "respectively).")
    assert not {c for c, _, _ in rows} & {"heavy_drinking_and_obesity", "all"}


def graded_rows(text: str) -> set[tuple]:
    return {(r["category"], r["grade"], r["measure"], r["value"]) for r in in_a_series(text)["results"]}


# "Grade 2 and 3 X occurred in 12 (19%) and 4 (6%) patients, respectively": two grades, two counts with their
# shares, the patients they count named after the second
@yaml_cases
def test_two_grades_with_counts_and_shares_then_the_patients(sentence, term):
    assert graded_rows(sentence) == {(term, "2", "count", 924.0), (term, "2", "rate", 22.0),
                                     (term, "3", "count", 252.0), (term, "3", "rate", 6.0)}


def test_two_grades_with_a_count_for_one_only_give_no_row():
    rows = graded_rows("Grade 2 and 3 esophagitis occurred in 924 (22%) and 6% of patients, respectively.")
    assert not {g for _, g, _, _ in rows} & {"2", "3"}
