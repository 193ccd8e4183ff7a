"""Adverse events and tumour responses counted in the words of an abstract: a number written before the graded
event it counts, the counts after the terms of a list, the responses of a list of disease states. Sentences we
wrote, two or more wordings of each construction, and a near miss that must give no row."""

from __future__ import annotations

import pytest
from result_rows import sentence_rows as rows

from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


@pytest.mark.parametrize(("sentence", "expected"), [
    # a number before a graded event counts it
    ("Two grade 3 toxicities and no grade 4 toxicity were recorded after the boost.",
     ("TOX", None, "3", "count", 2.0)),
    ("Only one grade 4 febrile neutropenia occurred during induction.",
     ("TOX", "febrile neutropenia", "4", "count", 1.0)),
    ("Therapy was well tolerated, with 3 grade 3 rashes and no treatment-related deaths.",
     ("TOX", "rash", "3", "count", 3.0)),
    ("There were four cases of grade 2 toxicity and no late events.",
     ("TOX", None, "2", "count", 4.0)),
    # the later responses of a list take the first ones verb
    ("Complete response was obtained in 6 patients (20%) and stable disease in 11 patients.",
     ("SD", None, None, "count", 11.0)),
    ("A partial response was documented in 8 cases, and progressive disease in 13 cases.",
     ("PD", None, None, "count", 13.0)),
    ("Partial response was achieved in 21 patients (response rate: 45%) and stable disease in 14 patients (30%).",
     ("PR", None, None, "count", 21.0)),
    # a change of treatment done in patients is counted without a share
    ("Because of grade 3 fatigue, the dose was reduced in 6 patients.", ("DOSE_REDUCTION", None, None, "count", 6.0)),
    ("Treatment was discontinued in eleven patients.", ("DISCONTINUATION", None, None, "count", 11.0)),
    ("Radiotherapy was interrupted in 3 of 64 patients.", ("RT_INTERRUPTION", None, None, "count", 3.0)),
    # an event said to exist in some patients is their count
    ("There was a partial response in 7 patients.", ("PR", None, None, "count", 7.0)),
    ("There was an objective response in 19 patients.", ("ORR", None, None, "count", 19.0)),
    ("There was grade 3 dermatitis in 2 patients.", ("TOX", "dermatitis", "3", "count", 2.0)),
])
def test_a_count_said_of_patients(sentence, expected):
    assert expected in rows(sentence)


def test_the_event_named_in_the_bracket_after_a_counted_toxicity_is_its_category():
    got = rows("We saw two cases of grade 3 toxicity (dysphagia) and one case of grade 4 toxicity (pneumonitis).")
    assert ("TOX", "dysphagia", "3", "count", 2.0) in got
    assert ("TOX", "pneumonitis", "4", "count", 1.0) in got


@pytest.mark.parametrize("sentence", [
    # a number naming a cycle or level before a grade is no count
    # the number is a cycle's, a dose level's or a day's, not a count of events
    "During cycle 2 grade 3 neutropenia was the limiting event.",
    "At dose level 3 grade 4 thrombocytopenia was dose-limiting.",
    "From day 8 grade 2 mucositis was common.",
    # a graded event counted in each group or in a group not known gives no row
    "One grade 3 neurotoxicity was observed in both cohort A (ataxia) and cohort B (neuropathy).",
    "Three cases of grade 4 toxicity among those in the group given the boost alone were due to necrosis.",
])
def test_a_number_that_is_no_graded_events_count(sentence):
    assert not any(r[0] == "TOX" and r[3] == "count" for r in rows(sentence))


def test_a_counted_graded_event_goes_to_the_arm_named_after_it():
    from support import extract_text

    text = ("Methods: 120 patients were randomly assigned to gemcitabine (n = 60) or pemetrexed (n = 60).\n"
            "Results: One grade 3 neurotoxicity occurred in the gemcitabine group. Two grade 4 neutropenias were "
            "seen in the pemetrexed arm.")
    got = {(r["cohort"], r.get("category"), r["value"]) for r in extract_text(text)["results"]
           if r["endpoint"] == "TOX" and r["measure"] == "count"}
    assert got == {("gemcitabine", "neurotoxicity", 1.0), ("pemetrexed", "neutropenia", 2.0)}


def test_a_breakdown_of_the_patients_counted_first_is_no_count_of_its_own():
    got = rows("Eleven patients had late reactions, including 7 cases of grade 1 dermatitis and 4 cases of grade 2 "
               "telangiectasia.")
    assert not any(r[0] == "TOX" and r[2] in ("1", "2") for r in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the share after a counted graded event is its rate
    ("Late effects were mild: there were 6 grade 2 pneumonitis (8%) and no grade 3 events.",
     {("TOX", "pneumonitis", "2", "count", 6.0), ("TOX", "pneumonitis", "2", "rate", 8.0)}),
    # the events listed before a change they led to keep their counts
    ("Grade 3 events included anaemia (n = 4), mucositis (3), and rash (1), and as a result the dose was reduced in 5 "
     "patients.", {("TOX", "mucositis", "3", "count", 3.0), ("DOSE_REDUCTION", None, None, "count", 5.0)}),
    # disease stabilization counted in a response list is stable disease
    ("Overall, 3 patients had a complete response, 10 had a partial response, and six achieved disease "
     "stabilization.", {("SD", None, None, "count", 6.0)}),
    ("Later on, two patients experienced progression, 9 experienced disease stabilisations and 12 experienced "
     "partial responses.", {("SD", None, None, "count", 9.0)}),
    # a number of patients who responded is the count of responses
    ("Twenty patients responded to the induction regimen.", {("ORR", None, None, "count", 20.0)}),
    ("After four cycles, 17 patients responded and 9 progressed.", {("ORR", None, None, "count", 17.0)}),
    # a share after another outcome's share is still the event after it
    ("The overall response rate was 90%, and 18% of patients achieved a complete remission.",
     {("CR", None, None, "rate", 18.0)}),
    # a bracket breaking a graded toxicity down counts each kind
    ("Nine patients developed late grade 2 toxicity (5 dyspnea, 3 cough, 1 pneumonitis).",
     {("TOX", "dyspnea", "2", "count", 5.0), ("TOX", "cough", "2", "count", 3.0),
      ("TOX", "pneumonitis", "2", "count", 1.0)}),
    ("Ten patients had grade 3 adverse events (six fatigue and four rash).",
     {("TOX", "fatigue", "3", "count", 6.0), ("TOX", "rash", "3", "count", 4.0)}),
    # the count after each event of a list
    ("Toxicity comprised grade 1-2 nausea (4 patients) and grade 1-2 dermatitis (7 patients).",
     {("TOX", "nausea", "1-2", "count", 4.0), ("TOX", "dermatitis", "1-2", "count", 7.0)}),
    ("Grade 3 toxicities were hypokalaemia (n = 4), hypertension (2) and rash (1).",
     {("TOX", "hypokalaemia", "3", "count", 4.0), ("TOX", "hypertension", "3", "count", 2.0),
      ("TOX", "rash", "3", "count", 1.0)}),
    # a list of counted response codes in the plural
    ("Eighteen patients responded (2 CRs and 16 PRs).", {("CR", None, None, "count", 2.0),
                                                         ("PR", None, None, "count", 16.0)}),
    ("The best responses were 4 PRs, 9 SDs and 6 PDs.", {("PR", None, None, "count", 4.0),
                                                        ("SD", None, None, "count", 9.0),
                                                        ("PD", None, None, "count", 6.0)}),
    # responses counted before the abbreviation they define
    ("Overall, 41% of patients responded (5 complete responses [CRs] and 31 partial responses [PRs]).",
     {("CR", None, None, "count", 5.0), ("PR", None, None, "count", 31.0)}),
    ("We recorded 3 complete remissions (CRs) and 12 partial remissions (PRs) after induction.",
     {("CR", None, None, "count", 3.0), ("PR", None, None, "count", 12.0)}),
    # events named together share the count each had
    ("The most common grade 3 adverse events were fatigue and vomiting, both of which occurred in 12 (5%) patients.",
     {("TOX", "fatigue", "3", "count", 12.0), ("TOX", "vomiting", "3", "count", 12.0),
      ("TOX", "fatigue", "3", "rate", 5.0), ("TOX", "vomiting", "3", "rate", 5.0)}),
    ("Fatigue, nausea and rash each occurred in 7 patients.",
     {("TOX", "fatigue", None, "count", 7.0), ("TOX", "nausea", None, "count", 7.0),
      ("TOX", "rash", None, "count", 7.0)}),
    # responses counted in the bracket after their rate
    ("The objective response rate was 38% (3 complete responses and 16 partial responses).",
     {("CR", None, None, "count", 3.0), ("PR", None, None, "count", 16.0)}),
    ("After induction the response rate reached 61% [five complete remissions and 20 partial remissions].",
     {("CR", None, None, "count", 5.0), ("PR", None, None, "count", 20.0)}),
    # patients with at least one event are its count
    ("Overall, 37 patients (41%) had at least one grade 3 adverse event.",
     {("TOX", None, "3", "count", 37.0), ("TOX", None, "3", "rate", 41.0)}),
    ("In all, 58 patients (64%) required at least one dose reduction.",
     {("DOSE_REDUCTION", None, None, "count", 58.0), ("DOSE_REDUCTION", None, None, "rate", 64.0)}),
    ("Of these, 27% experienced at least one serious adverse event.", {("SAE", None, None, "rate", 27.0)}),
    # a change said as what was done to the treatment is counted
    ("The dose was reduced in 14 patients (16%).",
     {("DOSE_REDUCTION", None, None, "count", 14.0), ("DOSE_REDUCTION", None, None, "rate", 16.0)}),
    ("Doses were reduced in 23% of the patients.", {("DOSE_REDUCTION", None, None, "rate", 23.0)}),
    ("Radiotherapy was interrupted in 7 patients (8%).",
     {("RT_INTERRUPTION", None, None, "count", 7.0), ("RT_INTERRUPTION", None, None, "rate", 8.0)}),
    # shares said before their grades are each grades in order
    ("No grade 3 events occurred; 14% and 5% of patients developed grade 1 and 2 toxicities, respectively.",
     {("TOX", None, "1", "rate", 14.0), ("TOX", None, "2", "rate", 5.0)}),
    ("Overall, 27% and 11% of patients had grade 1 and 2 dermatitis, respectively.",
     {("TOX", "dermatitis", "1", "rate", 27.0), ("TOX", "dermatitis", "2", "rate", 11.0)}),
    # shares before grades joined by and are each grades at the clause end
    ("Overall, 31% and 12% of patients had grade 1 and 2 mucositis.",
     {("TOX", "mucositis", "1", "rate", 31.0), ("TOX", "mucositis", "2", "rate", 12.0)}),
])
def test_a_sentences_rows_include_these(sentence, expected):
    assert expected <= rows(sentence)


@pytest.mark.parametrize("sentence", [
    "Eleven patients had grade 2 toxicity (4 central, 7 peripheral).",
    "Six patients had grade 2 events (2 cough, 4 pneumonitis, 9%).",
])
def test_a_bracket_with_other_words_or_a_share_is_no_breakdown(sentence):
    assert not any(r[1] in ("cough", "pneumonitis") or r[4] in (4.0, 7.0) for r in rows(sentence))


@pytest.mark.parametrize("sentence", [
    "Patients with grade 2 rash (12 patients) had longer survival than those without.",
    # a bare number after a name, in no list begun by "n = ...", may be a reference
    "Hypertension (2) and proteinuria (3) are known effects of the drug.",
    "Any-grade acneiform rash (140 patients) went with longer overall survival than no rash (31 patients).",
    "Of these 88 patients, 10 had grade 3 toxicity, most often diarrhoea (five patients) and fatigue (3 patients).",
    "Response was judged incomplete because of residual mucosal ulceration (seven patients).",
])
def test_a_group_defined_by_an_event_or_a_bare_number_gives_no_count(sentence):
    assert not any(r[0] == "TOX" and r[3] == "count" and r[1] is not None for r in rows(sentence))


def test_an_elliptic_item_with_a_bracket_after_its_count_is_left_alone():
    # ("in 7 patients (arm B)": a bracket after the count may name whose it is)
    got = rows("Complete response was seen in 5 patients and stable disease in 7 patients (arm B).")
    assert not any(r[0] == "SD" for r in got)


def test_counted_response_codes_of_each_arm_go_to_their_arm():
    from support import extract_text

    text = ("Methods: 200 patients were randomly assigned to arm A (n = 100) or arm B (n = 100).\n"
            "Results: In arm A, 40% of patients responded (3 complete responses and 37 partial responses), whereas "
            "in arm B, 25% responded (1 CR and 24 PRs).")
    got = {(r["cohort"], r["endpoint"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert {("arm_b", "CR", 1.0), ("arm_b", "PR", 24.0)} <= got


@pytest.mark.parametrize(("sentence", "count", "rate", "ci"), [
    ("Of 40 evaluable patients, six (15%; 95% CI, 6% to 30%) had a confirmed partial response.", 6.0, 15.0,
     (6.0, 30.0)),
    ("Among 58 treated patients, 14 (24%, 95% CI 14-37%) achieved a confirmed objective response.", 14.0, 24.0,
     (14.0, 37.0)),
])
def test_a_count_with_its_share_and_interval_before_a_confirmed_response(sentence, count, rate, ci):
    got = {(f.fields["measure"], f.fields["value"], f.fields.get("ci_low"), f.fields.get("ci_high"))
           for f in find_results(normalize(sentence).text).found}
    assert ("count", count, None, None) in got and ("rate", rate, *ci) in got


def test_events_with_counts_of_their_own_share_nothing():
    got = rows("Fatigue occurred in 9 patients and nausea in 4 patients.")
    assert ("TOX", "fatigue", None, "count", 4.0) not in got


def _document_rates(text: str) -> set[tuple]:
    from support import extract_text

    return {(r["cohort"], r.get("category"), r["value"]) for r in extract_text(text)["results"]
            if r["endpoint"] == "TOX" and r["measure"] == "rate"}


def test_pairs_after_a_header_naming_the_two_arms_in_order():
    text = ("Methods: 120 patients were randomly assigned to arm A (n = 60) or arm B (n = 60).\n"
            "Results: Grade 3 toxicities (% arm A/% arm B) were: anaemia, 0/3.3; neutropenia, 8.3/5.0; and rash, "
            "1.7/0.")
    assert {("arm_a", "anaemia", 0.0), ("arm_b", "anaemia", 3.3), ("arm_a", "neutropenia", 8.3),
            ("arm_b", "neutropenia", 5.0), ("arm_a", "rash", 1.7), ("arm_b", "rash", 0.0)} <= _document_rates(text)


def test_pairs_after_a_header_of_groups_the_paper_does_not_have_give_no_rows():
    text = ("Methods: 120 patients were randomly assigned to arm A (n = 60) or arm B (n = 60).\n"
            "Results: Grade 3 toxicities (% induction/% consolidation) were: anaemia, 0/3.3; neutropenia, 8.3/5.0.")
    assert not any(r[1] in ("anaemia", "neutropenia") for r in _document_rates(text))


def test_a_decimal_after_a_slash_is_no_groups_size():
    from support import number_rules

    rules = number_rules("Rates of grade 4 anaemia were 2.6/4.7 with the two schedules; 31/50 patients responded.")
    assert rules.get("4.7") != "number.sample_size.denominator"
    assert rules.get("50") == "number.sample_size.denominator"


def test_a_bare_number_in_the_bracket_after_a_rate_is_no_count_of_a_code():
    # "(4 CR)" in the singular, an abbreviation: no count by name
    assert not any(r[3] == "count" and r[0] == "CR" for r in rows("The response rate was 38% (4 CR)."))


def test_patients_who_responded_named_as_a_group_are_no_count():
    assert not any(r[0] == "ORR" and r[3] == "count" for r in rows("Twenty patients who responded went on to surgery."))


def test_at_least_one_is_no_count_of_its_own():
    assert not any(r[3] == "count" and r[4] == 1.0 for r in rows("In all, 58 patients (64%) had at least one serious "
                                                                   "adverse event."))


@pytest.mark.parametrize("sentence", [
    "The dose was reduced by 25% for the next cycle after grade 3 toxicity.",
    "The dose was reduced to 80% of the starting dose.",
])
def test_by_how_much_a_dose_was_reduced_is_no_share_of_patients(sentence):
    assert not any(r[0] == "DOSE_REDUCTION" for r in rows(sentence))


def test_shares_before_one_grade_of_two_groups_are_no_grades():
    got = rows("Overall, 27% and 11% of patients in arms A and B had grade 2 dermatitis, respectively.")
    assert not any(r[0] == "TOX" and r[2] == "1" for r in got)


def test_the_second_of_two_shares_is_no_share_of_the_event_after_them_alone():
    got = rows("Overall, 31% and 12% of patients had grade 1 or 2 mucositis.")
    assert not any(r[0] == "TOX" and r[4] == 12.0 for r in got)


@pytest.mark.parametrize("sentence", [
    "There was no local recurrence in 38 patients.",
    "There was a trend toward less local recurrence in 6 patients.",
])
def test_no_event_or_a_trend_in_some_patients_is_no_count_of_them(sentence):
    assert not any(r[3] == "count" and r[4] in (38.0, 6.0) for r in rows(sentence))


@pytest.mark.parametrize(("sentence", "count", "rate"), [
    ("In total, 14 out of 35 patients (40%) achieved a complete response.", 14.0, 40.0),
    ("Twenty-one out of 30 patients (70%) were downstaged.", 21.0, 70.0),
])
def test_a_count_out_of_a_total_is_the_count_not_the_total(sentence, count, rate):
    got = rows(sentence)
    assert {(r[3], r[4]) for r in got if r[3] in ("count", "rate")} == {("count", count), ("rate", rate)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In total, 16 out of 38 patients (42%, 95% CI: 26%-59%) exhibited a pathologic complete response.",
     {("count", 16.0, None, None), ("rate", 42.0, 26.0, 59.0)}),
    ("Nine out of 25 patients (36%; 95% CI, 18% to 57%) achieved a partial response.",
     {("count", 9.0, None, None), ("rate", 36.0, 18.0, 57.0)}),
])
def test_a_count_with_its_share_and_interval_in_the_patients_bracket(sentence, expected):
    got = {(f.fields["measure"], f.fields["value"], f.fields.get("ci_low"), f.fields.get("ci_high"))
           for f in find_results(normalize(sentence).text).found}
    assert expected <= got
