"""Counts, their totals and their intervals, said the ways trial reports say them; sentences we wrote,
two or more wordings of each construction."""

from __future__ import annotations

from result_rows import row_tuples, rows_where
from support import extract_text, yaml_cases

from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"],
             f.fields.get("ci_low"), f.fields.get("ci_high"))
            for f in find_results(normalize(sentence).text).found}


def measures_of(sentence: str, endpoint: str) -> set[tuple]:
    """(measure, value) of the sentence's rows of one endpoint."""
    return {(r[1], r[3]) for r in rows(sentence) if r[0] == endpoint}


def document_rows(text: str) -> set[tuple]:
    extraction = extract_text(text, "trial.txt")
    return {(r["endpoint"], r["measure"], r["value"], r.get("cohort") or r.get("arm"), r.get("ci_low"),
             r.get("ci_high")) for r in extraction["results"]}


@yaml_cases
def test_a_count_of_the_evaluable_patients(sentence, count, rate):
    got = {(r[1], r[3]) for r in rows(sentence)}
    assert ("count", count) in got and ("rate", rate) in got


@yaml_cases
def test_a_count_written_as_a_fraction_without_a_share(sentence):
    assert {(r[0], r[1], r[3]) for r in rows(sentence)} == {("TOX", "count", 11.0)}


@yaml_cases
def test_the_number_after_of_is_the_total_not_the_count(sentence, count, rate):
    got = rows(sentence)
    counts = {r[3] for r in got if r[1] == "count"}
    assert counts == {count}
    assert {r[3] for r in got if r[1] == "rate"} == {rate}


@yaml_cases
def test_the_events_counted_are_the_total_when_the_total_names_them(sentence, total):
    assert {r[3] for r in rows(sentence) if r[0] == "DEATH" and r[1] == "count"} == {total}


@yaml_cases
def test_an_interval_inside_the_count_bracket_belongs_to_the_rate(sentence, expected):
    assert any(r[1] == "rate" and (r[3], r[4], r[5]) == expected for r in rows(sentence))


@yaml_cases
def test_a_p_value_inside_the_bracket_leaves_the_count_alone(sentence):
    got = rows(sentence)
    assert {r[3] for r in got if r[1] == "count"} == {7.0}


@yaml_cases
def test_a_count_and_a_percentage_that_disagree_give_no_row(sentence):
    assert not {r[3] for r in rows(sentence)} & {5.0, 19.4, 11.0, 61.1, 3.0, 40.0}


@yaml_cases
def test_a_time_said_inside_the_endpoint_name_is_its_time(sentence, expected):
    assert {r[:4] for r in rows(sentence)} >= expected


@yaml_cases
def test_a_count_before_its_endpoint_quotes_both(sentence):
    extraction = extract_text(sentence)
    assert extraction["results"]
    for r in extraction["results"]:
        assert r["quote"].split("/")[0].strip().isdigit() and r["char_start"] < r["char_end"]


@yaml_cases
def test_a_state_before_treatment_is_no_outcome(sentence):
    assert not rows(sentence)


TRIAL = """Trial of drug Q in gastric cancer

Abstract
Methods: Between 2010 and 2012, 110 patients were enrolled; 54 were randomly assigned to the drug Q plus \
surgery group and 56 to the surgery alone group.
Results: {results}
"""


@yaml_cases
def test_counts_per_arm_with_intervals_inside_their_brackets(results, expected):
    assert document_rows(TRIAL.format(results=results)) >= expected


@yaml_cases
def test_a_group_named_after_the_count_is_found_by_its_size_not_given_to_all(results):
    got = document_rows(TRIAL.format(results=results))
    threes = {r[3] for r in got if r[2] == 3.0 and r[1] == "count"}
    assert threes == {"surgery_alone"}


@yaml_cases
def test_a_count_in_each_group_is_each_group_s_not_one_group_nor_all(results):
    got = document_rows(TRIAL.format(results=results))
    counts = {r[3] for r in got if r[2] in (11.0, 7.0) and r[1] == "count"}
    assert counts == {"drug_q_plus_surgery", "surgery_alone"}


@yaml_cases
def test_the_same_endpoint_said_again_per_group_keeps_each_time(sentence, expected):
    extraction = extract_text(sentence)
    got = {(r["endpoint"], r["measure"], r["value"], r.get("cohort") or r.get("arm")): r.get("timepoint_months")
           for r in extraction["results"]}
    assert set(got) >= expected
    times = [got[k] for k in sorted(expected, key=lambda k: -k[2])]
    assert times[0] != times[1]


@yaml_cases
def test_a_group_named_after_an_endpoint_keeps_its_whole_name(sentence):
    extraction = extract_text(sentence)
    labels = {c["label"] for c in extraction["cohorts"]} | {a["label"] for a in extraction["arms"]}
    first = sentence.split(" in the ")[1].split(" group")[0] + " group"
    assert first in labels


def _cohort_rows(text: str) -> tuple[set[tuple], dict[str, tuple]]:
    extraction = extract_text(text, "trial.txt")
    cohorts = {c["key"]: (c["label"], c.get("n")) for c in extraction["cohorts"]}
    return {(r["endpoint"], r["measure"], r["value"], cohorts[r["cohort"]], r.get("ci_low")) for r in
            extraction["results"]}, cohorts


@yaml_cases
def test_a_count_of_a_total_that_words_name_is_that_groups(text, expected):
    got, _ = _cohort_rows(text)
    assert got >= expected
    assert not [r for r in got if r[3][0] == "All patients"]


def test_a_count_of_evaluable_patients_is_of_all_patients():
    got, _ = _cohort_rows("Trial of drug W.\n\n40 patients were enrolled. A complete response was seen in 6 (15%) "
                          "of 40 evaluable patients.")
    assert ("CR", "count", 6.0, ("All patients", 40), None) in got


def test_a_bracketed_range_round_the_value_before_it_is_its_interval_not_a_citation():
    # a sentence citing other work is not read as the study's; an interval is no citation
    got, _ = _cohort_rows("Trial of drug W.\n\nResults: Disease control was achieved in 41 (72% [60-83]) of 57 "
                          "chemotherapy-naive patients and 30 (54% [40-67]) of 56 previously treated patients.")
    assert {r[2] for r in got if r[1] == "count"} == {41.0, 30.0}
    cited, _ = _cohort_rows("Trial of drug W.\n\nResults: In an earlier series, disease control was achieved in "
                            "41 (72%) of 57 chemotherapy-naive patients [12-14].")
    assert not cited


def test_a_group_counted_again_in_a_smaller_total_is_a_part_of_it():
    got, cohorts = _cohort_rows(
        "Trial of drug W.\n\nObjective responses were seen in 20 (35%) of 57 chemotherapy-naive patients and "
        "9 (16%) of 56 previously treated patients. Among those with brain metastases, intracranial objective "
        "responses were seen in 5 (42%) of 12 chemotherapy-naive patients and 2 (18%) of 11 previously treated "
        "patients.")
    sizes = {(label, n) for label, n in cohorts.values()}
    assert {("chemotherapy-naive patients", 57), ("chemotherapy-naive patients (n = 12)", 12)} <= sizes


@yaml_cases
def test_cases_with_their_share_of_a_named_event_are_its_count(sentence, count, rate):
    assert measures_of(sentence, "TOX") == {("count", count), ("rate", rate)}


def test_a_denominator_in_square_brackets_is_a_group_size_not_unexplained():
    extraction = extract_text(
        "Trial of drug W.\n\nResults: Toxic effects of grade 3 or worse were more frequent with drug W (120 [80%] of "
        "150 vs 90 [61%] of 148 patients; p<0.001).", "trial.txt")
    assert not [u for u in extraction["unexplained"] if u["context"].count("«150»") or u["context"].count("«148»")]


@yaml_cases
def test_patients_who_progressed_or_relapsed_are_counted_as_failures(sentence, count, rate):
    assert measures_of(sentence, "FAIL_ANY") == {("count", count), ("rate", rate)}


@yaml_cases
def test_progressed_said_of_who_the_patients_are_or_denied_or_of_one_kind_is_no_failure_count(sentence):
    assert not [r for r in rows(sentence) if r[0] == "FAIL_ANY"]


@yaml_cases
def test_a_papers_own_short_name_of_an_endpoint_is_read_as_that_endpoint(text, expected):
    assert row_tuples(text, "endpoint measure value", "trial.txt") == expected


@yaml_cases
def test_a_ratios_short_name_the_paper_gives_an_endpoint_reads_its_percentage(text, expected):
    assert row_tuples(text, "endpoint measure value ci_low ci_high", "trial.txt") == expected


@yaml_cases
def test_a_percentage_after_a_ratios_short_name_nobody_defined_is_no_result(text):
    assert not extract_text(text, "trial.txt")["results"]


@yaml_cases
def test_short_names_that_do_not_spell_the_endpoint_or_are_ratios_are_no_aliases(text):
    extraction = extract_text(text, "trial.txt")
    assert not extraction["results"]


def test_a_ratio_after_a_short_name_no_vocabulary_knows_is_not_the_last_named_outcomes():
    got = {(f.fields["endpoint"], f.fields["value"]) for f in find_results(normalize(
        "Overall survival hazard ratio = 0.81, 95% CI 0.6 to 1.1; QLS hazard ratio = 0.66, 95% CI 0.4 to 1.1.").text
    ).found if f.fields["measure"] == "hr"}
    assert got == {("OS", 0.81)}


def tox_rows(sentence: str) -> set[tuple]:
    """(category, grade, measure, value) of the sentence's toxicity rows."""
    return {(f.fields.get("category"), f.fields.get("grade"), f.fields["measure"], f.fields["value"])
            for f in find_results(normalize(sentence).text).found if f.fields["endpoint"] == "TOX"}


@yaml_cases
def test_a_toxicity_terms_count_grade_and_share(sentence, expected):
    assert tox_rows(sentence) == expected


@yaml_cases
def test_a_share_of_a_part_of_the_study_is_no_rate_of_all_patients(text, gone, kept):
    values = {r["value"] for r in extract_text(text)["results"] if r.get("cohort") == "all"}
    assert not values & gone
    assert kept <= values


@yaml_cases
def test_counts_of_two_kinds_of_response_said_with_one_noun(sentence, expected):
    assert {(r[0], r[1], r[3]) for r in rows(sentence) if r[0] in ("CR", "PR")} == expected


@yaml_cases
def test_patients_or_tumours_that_responded_are_the_objective_response(sentence, expected):
    assert measures_of(sentence, "ORR") == expected


def test_terms_after_a_semicolon_keep_their_own_grade():
    got = tox_rows("Grade 3 toxicity was rare (4%); most commonly, fatigue (40%) and nausea (30%) were mild.")
    assert {r for r in got if r[0] in ("fatigue", "nausea")} == {("fatigue", None, "rate", 40.0),
                                                                 ("nausea", None, "rate", 30.0)}


@yaml_cases
def test_patients_who_recurred_are_counted_as_failures(sentence, expected):
    assert measures_of(sentence, "FAIL_ANY") == expected


@yaml_cases
def test_a_share_said_with_a_groups_count_is_that_groups_share(sentence):
    text = "Methods: 500 women were randomised to drug A (n = 250) or watchful waiting (n = 250). Results: " + sentence
    rows = rows_where(extract_text(text), value=(60.0, 25.0))
    assert {(r["measure"], r["cohort"]) for r in rows} == {("count", "drug_a"), ("rate", "drug_a")}


@yaml_cases
def test_counts_of_any_or_some_of_the_events_each_arm(text):
    got = {(r[1], r[2], r[3]) for r in document_rows(text) if r[0] == "TOX"}
    assert got == {("count", 22.0, "arm_x"), ("rate", 54.0, "arm_x"), ("count", 30.0, "arm_y"),
                   ("rate", 77.0, "arm_y")}


@yaml_cases
def test_a_pair_of_counts_out_of_their_totals_after_the_groups_compared(pair):
    text = ("We randomised 356 men to the K group (n = 180) or the L group (n = 176). Mucositis was seen more often in "
            f"the K group than in the L group: {pair}.")
    got = {(r[1], r[2], r[3]) for r in document_rows(text) if r[0] == "TOX"}
    assert got == {("count", 33.0, "k"), ("rate", 18.3, "k"), ("count", 9.0, "l"),
                   ("rate", 5.1, "l")}


@yaml_cases
def test_a_count_before_the_shares_by_grade_of_its_event(sentence, count):
    got = {(r[1], r[3]) for r in rows(sentence)}
    assert ("count", count) in got and len([r for r in got if r[0] == "rate"]) == 2


@yaml_cases
def test_events_counted_among_a_number_of_named_patients_are_that_groups(sentence, label, n):
    (f,) = [f for f in find_results(sentence).found if f.fields["measure"] == "count"]
    assert f.group is not None and (f.group.label, f.group.n) == (label, n)


@yaml_cases
def test_a_shares_count_and_interval_in_one_bracket(sentence, count, rate, ci):
    got = rows(sentence)
    assert any(r[1] == "count" and r[3] == count for r in got)
    assert any(r[1] == "rate" and r[3] == rate and (r[4], r[5]) == ci for r in got)


def test_a_fraction_in_the_bracket_that_is_not_the_shares_count_stays_apart():
    # 7 of 40 is 17.5%, no count of the 35%: not one figure said twice
    got = rows("Objective responses were seen in 35% (95% CI 22-50; 7 of 40 patients).")
    assert not any(r[1] == "count" for r in got)


@yaml_cases
def test_counts_of_totals_of_named_people_with_their_shares_after(sentence, parts):
    extraction = extract_text(sentence, "trial.txt")
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert {(cohorts[r["cohort"]]["label"], cohorts[r["cohort"]]["n"], r["value"]) for r in extraction["results"]} \
        == parts


@yaml_cases
def test_a_second_count_said_of_those_without_is_the_others(sentence):
    rows = extract_text(sentence, "trial.txt")["results"]
    assert {(r["cohort"], r["measure"], r["value"]) for r in rows if r["measure"] == "count"} == {
        ("a_kras_mutation", "count", 9.0), ("without_a_kras_mutation", "count", 4.0)}
