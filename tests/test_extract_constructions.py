"""General constructions of result reporting, each with sentences we wrote (two or more wordings),
and the extractor's robustness over the unlabeled corpus."""

from __future__ import annotations

import re

import pytest
from result_rows import row_tuples, rows_where
from support import extract_text, labelled_extraction, need_shared

from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"],
             f.fields.get("grade"), f.fields.get("category"))
            for f in find_results(normalize(sentence).text).found}


@pytest.mark.parametrize(("sentence", "expected"), [
    # nothing happened is a count of zero
    ("No patient stopped treatment because of toxicity.", ("DISCONTINUATION", "count", None, 0.0, None, "toxicity")),
    ("None of the patients developed grade 4 mucositis.", ("TOX", "count", None, 0.0, "4", "mucositis")),
    ("No grade 3-5 adverse events were observed.", ("TOX", "count", None, 0.0, ">=3", None)),
    # a grade of several words between "no patient ... developed" and the event
    ("No patient developed grade 3 or higher side effect.", ("TOX", "count", None, 0.0, ">=3", None)),
    ("None of the patients had grade 2 or worse toxicity.", ("TOX", "count", None, 0.0, ">=2", None)),
    # a ratio named for an outcome with its abbreviation
    ("The HR for time to progression (TTP) was 0.62 (95% CI, 0.45-0.85), in favour of arm 1.",
     ("TTP", "hr", None, 0.62, None, None)),
    ("The hazard ratio for disease-free survival (DFS) was 0.77 (95% CI 0.61 to 0.97; P = .03).",
     ("DFS", "hr", None, 0.77, None, None)),
    ("The odds ratio for objective response (ORR) was 1.9 with the combination.", ("ORR", "or", None, 1.9, None, None)),
    # systemic failure is distant failure
    ("Systemic failure developed in 14 patients (26%) after a median of 9 months.",
     ("FAIL_DISTANT", "rate", None, 26.0, None, None)),
    ("The crude systemic relapse rate was 31%, and local relapse occurred in 6 patients.",
     ("FAIL_DISTANT", "rate", None, 31.0, None, None)),
    # a rate said with its spread stays a rate
    ("The 3-year overall survival was 48 ± 5.2%.", ("OS", "rate", 36.0, 48.0, None, None)),
    # weight loss as an event is still read
    ("Weight loss occurred in 12 patients (20%).", ("TOX", "rate", None, 20.0, None, "weight loss")),
    # experienced by is not an amount gained
    ("Grade 3 adverse events were experienced by approximately 30% of patients.",
     ("TOX", "rate", None, 30.0, "3", None)),
    # sd in a list of responses is still stable disease
    ("Best responses were PR 6 (15%) and SD 12 (30%).", ("SD", "count", None, 12.0, None, None)),
])
def test_a_row_of_the_sentence(sentence, expected):
    assert expected in rows(sentence)


@pytest.mark.parametrize(("sentence", "value"), [
    ("The median overall survival was 26 weeks.", 6.0),
    ("Median progression-free survival reached 13 weeks (95% CI 9-18 weeks).", 3.0),
])
def test_weeks_are_read_as_months(sentence, value):
    (row,) = [r for r in rows(sentence) if r[1] == "median"]
    assert abs(row[3] - value) < 0.01


@pytest.mark.parametrize("sentence", [
    "Fourteen patients (31%) reported symptom relief after the second course.",
    "Symptom relief was reported by 14 patients (31%).",
])
def test_a_relieved_symptom_is_the_category(sentence):
    got = rows(sentence)
    assert ("SYMPTOM_RESPONSE", "count", None, 14.0, None, "symptom relief") in got


@pytest.mark.parametrize("sentence", [
    "Median survival after relapse was 14 months.",
    "The median overall survival following reirradiation was 7 months.",
])
def test_the_event_survival_is_counted_from_is_no_endpoint(sentence):
    assert {r[0] for r in rows(sentence)} == {"OS"}


@pytest.mark.parametrize(("sentence", "grade"), [
    ("Grade 4-5 toxicity occurred in 3% of patients.", ">=4"),
    ("Grade 3 to 5 adverse events occurred in 12% of patients.", ">=3"),
])
def test_a_grade_range_to_5_is_that_grade_or_higher(sentence, grade):
    assert {r[4] for r in rows(sentence)} == {grade}


def test_the_extractor_reads_a_sample_of_the_unlabeled_corpus_without_failing():
    from oncoev.extract import extract_path
    from oncoev.schema.contract import parse_extraction

    corpus = need_shared("corpus", "unlabeled")
    files = sorted([*corpus.glob("abstracts/*.txt"), *corpus.glob("fulltexts/*.txt"), *corpus.glob("xml/*.nxml")])
    assert len(files) > 800
    for path in files[::25]:
        extraction = extract_path(path)
        _, problems = parse_extraction(extraction)
        assert problems == [], (path.name, problems[:3])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 3-year overall survival rates were 81% for stage I, 64% for stage II, 40% for stage IIIA and 12% for "
     "stage IIIB.", [("stage I", 81.0), ("stage II", 64.0), ("stage IIIA", 40.0), ("stage IIIB", 12.0)]),
    ("Two-year local control rates for stage T1 and T2 tumours were 95% and 84%, respectively.",
     [("stage T1 tumours", 95.0), ("stage T2 tumours", 84.0)]),
    ("The 3-year progression-free survival rates in patients aged <60, 60-69 and ≥70 years were 55%, 47% and 38%, "
     "respectively.", [("patients aged <60 years", 55.0), ("patients aged 60-69 years", 47.0),
                       ("patients aged ≥70 years", 38.0)]),
])
def test_a_rate_per_subgroup_named_after_or_before_the_values(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert [(f.group.label, f.fields["value"]) for f in found] == expected


@pytest.mark.parametrize(("sentence", "value"), [
    ("The median time to retreatment was 30 weeks (6.9 months).", 6.9),
    ("Median survival after the second course was 18 months (1.5 years).", 18.0),
])
def test_a_duration_restated_in_another_unit_is_one_value(sentence, value):
    medians = [r for r in rows(sentence) if r[1] == "median"]
    assert [r[3] for r in medians] == [value]


@pytest.mark.parametrize(("sentence", "values"), [
    ("The objective response rate was 52% (95% CI, 40 to 63) by central review and 58% (95% CI, 46 to 69) "
     "according to the investigators.", {52.0, 58.0}),
    ("Disease control rate was 71% as assessed by the IRC and 77% according to investigators.", {71.0, 77.0}),
])
def test_one_response_read_by_two_assessors_gives_both_values(sentence, values):
    assert {r[3] for r in rows(sentence) if r[1] == "rate"} == values


def test_an_interval_named_with_its_abbreviation_is_read():
    (f,) = [f for f in find_results(normalize(
        "The overall response rate was 52% (95% confidence interval [CI], 40 to 63).").text).found]
    assert (f.fields["ci_low"], f.fields["ci_high"]) == (40.0, 63.0)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The most common grade 3 adverse event was oral mucositis (14%).", ("TOX", "rate", None, 14.0, "3", "mucositis")),
    ("The most frequent grade 3-4 toxicities were neutropenia (22%) and nausea (6%).",
     ("TOX", "rate", None, 6.0, "3-4", "nausea")),
    ("Treatment was well tolerated, with diarrhoea being the most common grade 3 toxicity (11%).",
     ("TOX", "rate", None, 11.0, "3", "diarrhoea")),
])
def test_the_most_common_toxicity_names_its_term(sentence, expected):
    got = rows(sentence)
    assert any(r[:5] == expected[:5] and expected[5] in (r[5] or "") for r in got), got


@pytest.mark.parametrize(("sentence", "expected"), [
    # a head count in a state at a time is a count and rate
    ("Thirteen patients (31%) were still alive at 3 years.",
     {("OS", "count", 36.0, 13.0, None, None), ("OS", "rate", 36.0, 31.0, None, None)}),
    ("Median survival was 7 months, with 4 patients (9%) living beyond 2 years.",
     {("OS", "count", 24.0, 4.0, None, None), ("OS", "rate", 24.0, 9.0, None, None)}),
    ("Of the 45 patients treated, 6 remained progression-free at 1 year.", {("PFS", "count", 12.0, 6.0, None, None)}),
    # a share with its count in brackets gives both
    ("After a median of 14 months, 70% of the responding patients (14 of 20 patients) were still on treatment.",
     {("TREATMENT_ONGOING", "count", None, 14.0, None, None), ("TREATMENT_ONGOING", "rate", None, 70.0, None, None)}),
    ("Nine of 12 responders (75%) remained on treatment.",
     {("TREATMENT_ONGOING", "count", None, 9.0, None, None), ("TREATMENT_ONGOING", "rate", None, 75.0, None, None)}),
    ("In all, 30% (6 of 20 patients) had a partial response.",
     {("PR", "count", None, 6.0, None, None), ("PR", "rate", None, 30.0, None, None)}),
    # counted events in a wrapped sentence
    ("Of the 40 relapses, 25 involved distant sites, including 19 with progression of distant lesions and "
     "6 with progression of local lesions, and 14 patients died of their cancer.",
     {("FAIL_DISTANT", "count", None, 19.0, None, None), ("FAIL_LOCAL", "count", None, 6.0, None, None)}),
    ("Most progressions were distant, and 9\npatients died of disease.", {("DEATH", "count", None, 9.0, None, None)}),
    # rates said as states at a time
    ("At 2 years, 64% of the patients were alive and 38% remained progression-free.",
     {("OS", "rate", 24.0, 64.0, None, None), ("PFS", "rate", 24.0, 38.0, None, None)}),
    ("After 18 months, 70% of responses were ongoing.", {("DOR", "rate", 18.0, 70.0, None, None)}),
    # a count of events named by what they came from
    ("Four patients (7.5%) experienced grade 3 treatment-related adverse events.",
     {("TOX", "count", None, 4.0, "3", None), ("TOX", "rate", None, 7.5, "3", None)}),
    ("Eleven patients (14%) had grade 2 radiotherapy-related toxicity.",
     {("TOX", "count", None, 11.0, "2", None), ("TOX", "rate", None, 14.0, "2", None)}),
])
def test_counts_and_rates_found(sentence, expected):
    assert expected <= rows(sentence)


def test_a_number_over_the_next_table_row_is_no_count():
    assert not [r for r in rows("Stage III 94\nRecurrence 12") if r[0] == "FAIL_ANY" and r[3] == 94.0]


@pytest.mark.parametrize(("sentence", "site"), [
    ("The response rate of the primary tumours was 45%, including 2 cCR and 7 cPR.", "primary"),
    ("The response rate of distant metastases was 30%, including 1 CR and 5 PR.", "distant"),
])
def test_listed_response_counts_take_the_site_of_their_rate(sentence, site):
    found = [f for f in find_results(normalize(sentence).text).found if f.fields["endpoint"] in ("CR", "PR")]
    assert found and all((f.fields.get("site") or "") == site for f in found)


@pytest.mark.parametrize("text", [
    "Abstract\nMedian overall survival was 21 months.\n\nResults\nMedian overall survival was 21 months (95% CI "
    "17-25).",
    "Summary\nThe median OS reached 21 months.\n\nResults\nThe median OS was 21 months (95% CI, 17 to 25 months).",
])
def test_a_restatement_with_its_interval_is_kept_over_the_bare_value(text):
    rows = rows_where(extract_text(text), endpoint="OS")
    assert [(r["value"], r["ci_low"], r["ci_high"]) for r in rows] == [(21.0, 17.0, 25.0)]
    assert rows[0]["char_start"] > text.index("Results") and rows[0]["also_at"]  # the place that gives the CI


RESTATED_TRIAL = ("Velotinib versus placebo in advanced gastric cancer: a randomised phase 3 trial\n\nAbstract\n"
                  "We randomly assigned 120 patients to velotinib (n = 61) or placebo (n = 59). {summary}\n\n"
                  "Results\n{detail}\n\nDiscussion\nThe rest of the discussion is written here in words of our own "
                  "choosing.\n")


@pytest.mark.parametrize("summary, detail, endpoint, value, ci", [
    ("Median overall survival was 14.2 months with velotinib versus 10.1 months with placebo (p = 0.02).",
     "The median overall survival for the velotinib arm was 14.2 months (95% CI: 12.0-16.3).", "OS", 14.2,
     (12.0, 16.3)),
    ("The objective response rate was 41% with velotinib and 18% with placebo (p = 0.02).",
     "Table 2 Objective response by arm\nOutcome | Velotinib (n = 61) | Placebo (n = 59)\n"
     "Objective response rate (95% CI) | 41% (30-52) | 18% (10-27)", "ORR", 41.0, (30.0, 52.0)),
])
def test_a_restatement_with_its_interval_keeps_the_comparison_the_first_statement_made(summary, detail, endpoint,
                                                                                       value, ci):
    text = RESTATED_TRIAL.format(summary=summary, detail=detail)
    (row,) = rows_where(extract_text(text), endpoint=endpoint, value=value)
    assert (row["ci_low"], row["ci_high"]) == ci
    assert (row["cohort"], row["comparator"], row["p_value"]) == ("velotinib", "placebo", 0.02)


@pytest.mark.parametrize(("sentence", "category"), [
    ("In all, 40 patients stopped treatment because of toxicity.", "toxicity"),
    ("By the cut-off, 40 patients had stopped treatment, mostly due to progression.", None),
    ("Overall, 40 patients discontinued the study, most commonly because of fatigue.", None),
])
def test_the_commonest_reason_is_not_every_discontinuation_s_reason(sentence, category):
    (count,) = [f for f in find_results(normalize(sentence).text).found if f.fields["endpoint"] == "DISCONTINUATION"]
    from oncoev.extract.mentions import scan
    from oncoev.extract.qualifiers import qualify
    qualify(scan(normalize(sentence).text), [count])
    assert count.fields.get("category") == category


@pytest.mark.parametrize(("sentence", "field", "kind"), [
    # SD after a mean is a standard deviation, not stable disease
    ("The mean age was 58 years (SD, 9.5 years); 88 (41%) were women.", 0, "SD"),
    ("Mean (SD) tumour size was 3.1 (1.2) cm; 20 (25%) had nodal disease.", 0, "SD"),
    # an amount gained is no median
    ("Drug A prolonged median survival (by about three months) compared with observation.", 1, "median"),
    ("Median survival was prolonged by 2.4 months with drug A.", 1, "median"),
    # who was analysed is no result
    ("Survival data were available for 51 of 60 treated patients.", 1, "count"),
    ("Thirty patients were evaluable for response.", 1, "count"),
    # a state without time or head count is no result
    ("Twelve patients survived.", 1, "count"),  # no time point: nothing a survival curve reports
    ("Nineteen patients survived beyond 3 months and were included in the quality-of-life analysis.", 1, "count"),
    ("At 3 years, 5 were alive.", 1, "count"),  # a bare number, and no word of whom
    # how mature the data are is no rate
    ("At this first interim look, overall survival was still immature (25% maturity).", 1, "rate"),
    ("Overall survival data were not mature (31% of the information fraction).", 1, "rate"),
    # a bare number before events of a source is no count
    ("Fewer patients had grade 3, 4, or 5 drug-related adverse events with the new regimen.", 1, "count"),
    ("Table 4 Treatment-Related AEs Seen in More Than One Patient", 1, "count"),
    # weight lost, or a weight loss threshold, is no toxicity rate
    ("At entry, 17 (29%) had >10% weight loss and 40 (68%) had stage III disease.", 0, "TOX"),
    ("On average patients lost weight, with a weight loss of 6.2% (SD 4.0%) over the course of radiotherapy.",
     0, "TOX"),
    ("Of the cohort, 22% had weight loss over 5% before treatment.", 0, "TOX"),
    # how long those alive were followed is no survival
    ("In all, 64 patients (51%) remain alive with 31.5 months of median follow-up.", 1, "median"),
    ("At the last visit 20 patients were alive (median 41 months, range 12-96 months).", 1, "median"),
    # a median follow up after a survival rate is no median of it
    ("The 3-year overall survival was 41%, with a median follow-up of 27.2 months.", 1, "median"),
    # a bracketed count that is not the share is not taken as its count
    # 45% is not 3 of 5: the bracket says something else, so no count is read from it
    ("In all, 45% (3 of 5 patients) had a partial response.", 1, "count"),
])
def test_words_that_look_like_a_result_of_a_kind_are_not(sentence, field, kind):
    assert not [r for r in rows(sentence) if r[field] == kind]


@pytest.mark.parametrize(("sentence", "code"), [
    ("Drug A was better (hazard ratio for disease progression or death, 0.55; 95% CI, 0.4 to 0.75).", "PFS"),
    ("Drug A was better (hazard ratio for death or disease progression, 0.55; 95% CI, 0.4 to 0.75).", "PFS"),
    ("Drug A was better (hazard ratio for death, 0.55; 95% CI, 0.4 to 0.75).", "OS"),
])
def test_the_events_a_ratio_is_for_name_its_curve(sentence, code):
    assert {r[0] for r in rows(sentence) if r[1] == "hr"} == {code}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Disease-free survival was 58% (4 years) and 49% (6 years).",
     {("DFS", "rate", 48, 58.0, None, None), ("DFS", "rate", 72, 49.0, None, None)}),
    ("Freedom from local progression was 93% (1 year), 87% (2 years) and 81% (3 years).",
     {("LC", "rate", 12, 93.0, None, None), ("LC", "rate", 24, 87.0, None, None),
      ("LC", "rate", 36, 81.0, None, None)}),
])
def test_a_rate_with_its_time_point_in_the_bracket_after_it(sentence, expected):
    # "(4 years)" after a rate is its time point, never a median of 48 months
    got = rows(sentence)
    assert expected <= got and not [r for r in got if r[1] == "median"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overall survival after resection was favourable (3 years: 71%; 5 years: 58%).",
     {("OS", "rate", 36, 71.0, None, None), ("OS", "rate", 60, 58.0, None, None)}),
    ("Progression-free survival in the whole series was modest (1 year, 44%; 2 years, 27%).",
     {("PFS", "rate", 12, 44.0, None, None), ("PFS", "rate", 24, 27.0, None, None)}),
    ("Local control of the irradiated lesions remained high (at 6 months, 95%, and at 18 months, 83%).",
     {("LC", "rate", 6, 95.0, None, None), ("LC", "rate", 18, 83.0, None, None)}),
    # the earlier endpoint keeps its own rates: the timed ones in the bracket are the later one's
    ("The 3- and 6-year survivals after a limited operation were 52% and 31%, respectively, lower than the "
     "survivals of those given the full operation (3 years, 70%; 6 years, 62%).",
     {("OS", "rate", 36, 52.0, None, None), ("OS", "rate", 72, 31.0, None, None),
      ("OS", "rate", 36, 70.0, None, None), ("OS", "rate", 72, 62.0, None, None)}),
])
def test_a_rate_with_its_time_point_written_before_it_in_a_bracket(sentence, expected):
    # "(3 years: 71%; 5 years: 58%)": each rate takes the time written just before it, none is left without one
    got = rows(sentence)
    assert expected <= got and not [r for r in got if r[1] == "rate" and r[2] is None]


@pytest.mark.parametrize("sentence", [
    "Median time to progression and overall survival were 5.9 months (95% CI, 4.1 to 7.7 months) and 16.3 months "
    "(95% CI, 12.0 to 20.2 months), respectively.",
    "Median time to progression and overall survival were 5.9 (95% CI 4.1-7.7 months) and 16.3 months (95% CI "
    "12.0-20.2 months).",
])
def test_medians_listed_with_intervals_that_carry_their_unit(sentence):
    # the unit after an interval's upper bound is the interval's: the list goes on past it, each median its outcome's
    assert {(r[0], r[3]) for r in rows(sentence) if r[1] == "median"} == {("TTP", 5.9), ("OS", 16.3)}


@pytest.mark.parametrize("sentence", [
    "Median time to progression and overall survival were 5.9 months (range of means 4.1 to 7.7).",
    "The median disease-free survival and overall survival reached 31.2 months in this series.",
])
def test_one_median_for_two_outcomes_said_together_is_neither_s(sentence):
    assert not [r for r in rows(sentence) if r[1] == "median"]


@pytest.mark.parametrize("sentence", [
    "Median overall survival was 22.5 months (18.8-30.1) in the surgery group versus 40.3 months (24.3-not "
    "estimable) in the radiotherapy group.",
    "Median progression-free survival was 15.2 months (11.0-NR).",
])
def test_an_interval_open_at_the_top_is_not_the_value(sentence):
    medians = {r[3] for r in rows(sentence) if r[1] == "median"}
    assert medians and not medians & {24.3, 11.0}


def labelled_rows(sentence: str) -> set[tuple]:
    found = find_results(normalize(sentence).text).found
    return {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.group.label if f.group else None)
            for f in found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Local control rates were 90%, 80%, 70%, and 60% for stage I, II, III and IV disease, respectively.",
     {("LC", "rate", 90.0, "stage I"), ("LC", "rate", 80.0, "stage II"), ("LC", "rate", 60.0, "stage IV")}),
    ("Median survival times were 30, 20 and 10 months for low-, intermediate- and high-risk patients, respectively.",
     {("OS", "median", 30.0, "low-risk"), ("OS", "median", 20.0, "intermediate-risk"),
      ("OS", "median", 10.0, "high-risk")}),
    ("The 3-year survival rates were 61%, 45% and 28% for patients with N0, N1 and N2 disease, respectively.",
     {("OS", "rate", 61.0, "N0"), ("OS", "rate", 45.0, "N1"), ("OS", "rate", 28.0, "N2")}),
    ("The 5-year OS was 5%, 20%, and 30% for patients receiving 60-64, 66-70, and 72-80 Gy, respectively.",
     {("OS", "rate", 5.0, "60-64 Gy"), ("OS", "rate", 30.0, "72-80 Gy")}),
])
def test_subgroups_named_after_a_list_with_respectively(sentence, expected):
    assert labelled_rows(sentence) >= expected


@pytest.mark.parametrize("sentence", [
    "Response rates of 55% and 45% were seen in earlier phase I and II studies, respectively.",
    "The 3-year rates were 61%, 45% and 28% for PFS, DFS and OS, respectively.",
])
def test_lists_whose_labels_are_not_subgroups_of_this_study(sentence):
    assert not [r for r in labelled_rows(sentence) if r[3]]


@pytest.mark.parametrize(("sentence", "code", "value"), [
    ("Median failure-free survival was 3.1 months in the short-course arm.", "FFS", 3.1),
    ("The 2-year failure-free survival was 48%.", "FFS", 48.0),
    ("PFS was 9.0 months with drug A, and time to treatment failure was 12.4 months.", "TTF", 12.4),
])
def test_failure_free_survival_and_time_to_treatment_failure_are_their_own_endpoints(sentence, code, value):
    got = rows(sentence)
    assert code in {r[0] for r in got if r[3] == value}
    assert not [r for r in got if r[3] == value and r[0] != code]


def test_a_longer_failure_free_name_keeps_its_code():
    assert {r[0] for r in rows("The 3-year local failure-free survival was 80%.")} == {"LRFS"}


@pytest.mark.parametrize(("sentence", "code", "value"), [
    # time to a second course is a retreatment median
    ("The median interval between the first and second courses of radiotherapy was 11 months.", "RETREATMENT", 11.0),
    ("Median time to re-irradiation was 14 months (range, 4-52).", "RETREATMENT", 14.0),
    # the median of a duration of response
    ("The median duration of response was 14.3 months.", "DOR", 14.3),
    ("Responses were frequent (38%), and the median duration of response was 9.1 months (95% CI, 7.0 to 12.2).",
     "DOR", 9.1),
])
def test_the_median_of_a_time_to_retreatment_or_a_duration_of_response(sentence, code, value):
    assert (code, "median", None, value, None, None) in rows(sentence)


@pytest.mark.parametrize(("sentence", "category"), [
    ("Discontinuations due to treatment-related adverse events occurred in 14 (9%) patients.",
     "treatment-related adverse events"),
    ("Discontinuation because of toxic effects was reported in 11% of the patients.", "toxic effects"),
])
def test_the_reason_for_stopping_ends_at_its_verb(sentence, category):
    got = {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"}
    assert got == {category}


@pytest.mark.parametrize("sentence", [
    "Pooled survival improved with the added drug (HR 0.81, 95% CI 0.70 to 0.93; I(2) 12%; 2210 participants).",
    "Overall survival favoured consolidation (HR 0.77; 95% CI 0.61-0.97; I² = 38%).",
])
def test_a_meta_analysis_heterogeneity_is_no_rate(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[1] == "rate"]
    assert [r for r in got if r[1] == "hr"]
    out = extract_text(sentence, "review.txt")
    assert not [u for u in out["unexplained"] if u["value"] in (12.0, 38.0)]


@pytest.mark.parametrize("sentence", [
    "The 2-year local and distant control rates were 88% and 61%, respectively.",
    "At 2 years, freedom from distant metastasis was 61% and local control 88%.",
])
def test_control_of_distant_disease_is_distant_metastasis_free_survival(sentence):
    assert ("DMFS", "rate", 24.0, 61.0, None, None) in rows(sentence)


@pytest.mark.parametrize("sentence", [
    "Lower marker levels at 4 weeks were linked to longer overall survival (marker 4 weeks HR 0.45, 95% CI "
    "0.21-0.96).",
    "After 8 weeks the enzyme level still predicted progression-free survival (log enzyme 8 weeks hazard ratio 1.9, "
    "95% CI 1.1-3.3).",
])
def test_a_duration_naming_a_ratios_factor_is_no_median(sentence):
    got = rows(sentence)
    assert not [r for r in got if r[1] == "median"], got
    assert [r for r in got if r[1] == "hr"], got


@pytest.mark.parametrize("sentence", [
    "Median overall survival was 19 months (HR 0.71, 95% CI 0.55-0.92).",
    "Median progression-free survival was 7 months or longer in half of the patients.",
])
def test_a_median_before_its_ratio_or_a_bound_stays(sentence):
    assert [r for r in rows(sentence) if r[1] == "median"]


@pytest.mark.parametrize("sentence", [
    # what a protocol will do gives no result
    "A sensitivity analysis of overall survival will be conducted in the treated population if more than 10% of "
    "patients are lost.",
    "Progression-free survival will be compared between arms, and a rate of 35% at 1 year would be considered "
    "promising.",
    # the follow up of those alive is no survival
    "Median follow-up among participants who were alive at this analysis was 6.1 months (IQR 2.0-9.9).",
    "The median follow-up for those still alive at the data cut-off was 27 months (range 3-41).",
    # shares censored are no survival
    "The data were immature (48% censored patients for progression-free survival and 79% for overall survival).",
    "Follow-up was short, with 55% of patients censored for overall survival and 71% for disease-free survival.",
])
def test_no_row_of_the_sentence(sentence):
    assert rows(sentence) == set()


@pytest.mark.parametrize(("sentence", "grade"), [
    ("One (3%) patient died of postoperative complications and 11 (35%) patients had grade 3-4 treatment-related "
     "adverse events.", "3-4"),
    ("Two patients (6%) needed reoperation, and 9 (27%) experienced grade 3 or higher drug-related adverse events.",
     ">=3"),
])
def test_a_count_then_a_graded_outcome_is_that_outcomes(sentence, grade):
    got = {r for r in rows(sentence) if r[3] in (11.0, 35.0, 9.0, 27.0)}
    assert got and {(r[0], r[4]) for r in got} == {("TOX", grade)}, got


@pytest.mark.parametrize(("sentence", "category"), [
    ("Two participants discontinued therapy because of an adverse event.", "adverse event"),
    ("Four patients stopped treatment due to AEs.", "adverse events"),
])
def test_a_reason_is_named_without_article_or_short_name(sentence, category):
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"} == {category}


@pytest.mark.parametrize("sentence", [
    "Response by arm  Disease control rate (CR + PR + SD)11 (31%)9 (19%)  Overall response rate (CR + PR)3 (8%)"
    "2 (4%)  Progressive disease17 (46%)30 (65%)",
    "Outcome  Complete response4 (10%)6 (14%)  Objective response rate9 (22%)8 (19%)  Stable disease14 (35%)"
    "12 (28%)",
])
def test_a_table_row_run_together_gives_no_prose_rate(sentence):
    """The share of a count glued to its row's label ("disease17 (46%)") is a cell of that row, never a rate of the
    outcome the row before named."""
    assert not [r for r in rows(sentence) if r[1] == "rate" and r[3] in (46.0, 65.0, 35.0, 28.0)]


@pytest.mark.parametrize("sentence", [
    "Maintenance therapy prolonged progression-free survival in both the SD (HR 0.71; P = 0.01) and the PR subgroups.",
    "Survival was longer among patients with PR (hazard ratio 0.62, 95% CI 0.45-0.86) than with PD.",
])
def test_a_response_category_beside_a_hazard_ratio_is_no_endpoint_of_it(sentence):
    assert not [r for r in rows(sentence) if r[1] == "hr" and r[0] in ("SD", "PR", "CR", "PD")]


@pytest.mark.parametrize("sentence", [
    "Doses were lowered in 14 patients, with a dose reduction to 80% in most of them.",
    "Nine patients needed a dose reduction by 25% after the second cycle.",
])
def test_the_level_a_dose_was_reduced_to_is_no_rate_of_reductions(sentence):
    assert not [r for r in rows(sentence) if r[0] == "DOSE_REDUCTION" and r[1] == "rate"]


@pytest.mark.parametrize(("sentence", "pairs"), [
    ("The 1-, 2- and 3-year overall survival rates were 40%, 15% and 4% versus 47%, 16% and 8%, respectively.",
     {12.0: {40.0, 47.0}, 24.0: {15.0, 16.0}, 36.0: {4.0, 8.0}}),
    ("Progression-free survival rates at 1 and 2 years were 21% and 6% vs 30% and 11%.",
     {12.0: {21.0, 30.0}, 24.0: {6.0, 11.0}}),
])
def test_one_list_of_each_group_on_either_side_of_versus(sentence, pairs):
    """ "a, b and c versus d, e and f" with the times said before: the k-th value of each list is at the k-th time,
    not a pair of neighbours."""
    got: dict = {}
    for r in rows(sentence):
        got.setdefault(r[2], set()).add(r[3])
    assert got == pairs


@pytest.mark.parametrize(("sentence", "values"), [
    ("The new schedule was superior in terms of response rate (41.5% compared with 19.0%, respectively; P = .003).",
     (41.5, 19.0)),
    ("Adding the antibody prolonged median survival (13.2 months compared with 10.8 months, respectively; P = .02).",
     (13.2, 10.8)),
    ("Apart from fatigue, only proteinuria (4% versus 0) was more frequent with the combination.", (4.0, 0.0)),
])
def test_one_side_of_an_unnamed_pair_is_not_all_patients(sentence, values):
    found = [f for f in find_results(normalize(sentence).text).found if f.fields["value"] in values]
    assert all(f.group is not None for f in found)


@pytest.mark.parametrize(("sentence", "row"), [
    ("The 3-year overall survival was 57% compared with 35% in historical controls.",
     ("OS", "rate", 36.0, 57.0, None, None)),
    ("Median overall survival reached 15.1 months, versus 9.4 months in previously published series.",
     ("OS", "median", None, 15.1, None, None)),
])
def test_a_value_compared_with_another_series_stays_the_studys(sentence, row):
    assert row in rows(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two-year overall survival did not differ between the two groups (54.1% and 52.3%, respectively; "
     "hazard ratio 0.97).", {("OS", "rate", 54.1, "alpha"), ("OS", "rate", 52.3, "beta")}),
    ("The median progression-free survival was not significantly different between the two arms "
     "(6.3 and 5.8 months, respectively; P = .41).", {("PFS", "median", 6.3, "alpha"), ("PFS", "median", 5.8, "beta")}),
])
def test_a_pair_said_between_the_two_groups_is_the_arms_in_order(sentence, expected):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    text = "Patients were randomly assigned to alpha (n = 120) or beta (n = 118). " + sentence
    out = extract_document(read_text_bytes(text.encode("utf-8"), "trial.txt"))
    got = {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in out["results"]}
    assert got >= expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mucositis, dysphagia and xerostomia occurred in 9 (12%), 5 (7%) and 3 (4%) patients, respectively.",
     {("TOX", "count", None, 9.0, None, "mucositis"), ("TOX", "rate", None, 7.0, None, "dysphagia"),
      ("TOX", "count", None, 3.0, None, "xerostomia")}),
    ("Grade 2 dermatitis, cystitis and proctitis were 11 (15%), 6 (8%) and 2 (3%), respectively.",
     {("TOX", "rate", None, 15.0, "2", "dermatitis"), ("TOX", "count", None, 6.0, "2", "cystitis"),
      ("TOX", "rate", None, 3.0, "2", "proctitis")}),
    ("The rates of grade 4 neutropenia, anaemia and thrombocytopenia were 21%, 6% and 2%, respectively.",
     {("TOX", "rate", None, 21.0, "4", "neutropenia"), ("TOX", "rate", None, 6.0, "4", "anaemia"),
      ("TOX", "rate", None, 2.0, "4", "thrombocytopenia")}),
])
def test_toxicity_terms_listed_before_their_numbers(sentence, expected):
    assert rows(sentence) >= expected


def test_terms_listed_with_no_numbers_after_them_are_no_events():
    assert not rows("Grade 2 dermatitis occurred in 11 patients (15%), while cystitis and proctitis were mild.") \
        - {("TOX", "count", None, 11.0, "2", "dermatitis"), ("TOX", "rate", None, 15.0, "2", "dermatitis")}


@pytest.mark.parametrize("sentence", [
    "Overall, 88 (91%) of 97 participants reported treatment-related adverse events, which were mostly of grade 1.",
    "In all, 40 (83%) of 48 patients had drug-related toxicity, predominantly grade 2.",
])
def test_how_severe_most_events_were_is_not_the_grade_counted(sentence):
    got = [r for r in rows(sentence) if r[0] == "TOX"]
    assert got and all(r[4] is None for r in got)


@pytest.mark.parametrize(("sentence", "doses"), [
    ("Patients were randomly assigned to paclitaxel or observation. Grade 4 neutropenia occurred in 7 patients "
     "treated with paclitaxel 175 mg/m(2) and in two patients given paclitaxel 135 mg/m(2).", (175.0, 135.0)),
    ("Patients were randomly assigned to paclitaxel or observation. Neuropathy was reported in 5 patients on "
     "paclitaxel 90 mg/m2 and in 3 patients receiving 60 Gy with paclitaxel.", (90.0, 60.0)),
])
def test_a_dose_after_a_group_is_no_count(sentence, doses):
    from oncoev.extract.assemble import extract_document
    from oncoev.extract.reader import read_text_bytes

    out = extract_document(read_text_bytes(sentence.encode("utf-8"), "trial.txt"))
    assert not [r for r in out["results"] if r["value"] in doses]


@pytest.mark.parametrize(("sentence", "grade"), [
    ("Grade 3, 4, or 5 pneumonitis was reported in 6 patients (8%).", ">=3"),
    ("Grade 1, 2, or 3 hand-foot syndrome developed in 14 patients (19%).", "1-3"),
])
def test_a_list_of_grades_ending_in_or_is_one_class(sentence, grade):
    got = {r[4] for r in rows(sentence) if r[0] == "TOX"}
    assert got == {grade}


TWO_ARMS = "We randomly assigned 200 patients to drug A (n=100) or drug B (n=100). "


def in_two_arms(text: str) -> dict:
    """The extraction of ``text`` after the title and the sentence defining the arms drug A and drug B."""
    return extract_text("A trial\n\n" + TWO_ARMS + text)


def in_one_arm(text: str, patients: int = 150, cancer: str = "lung cancer") -> dict:
    """The extraction of ``text`` in a single-arm study of ``patients`` patients."""
    return extract_text(f"A trial\n\nWe treated {patients} patients with {cancer}. " + text)


@pytest.mark.parametrize("text", [
    "Grade 3 mucositis was seen in 7 patients in the drug A group and none in the drug B group.",
    "Fatal infections occurred in three patients given drug A and in none given drug B.",
])
def test_none_in_the_other_arm_after_a_count_of_patients_is_a_count_of_zero(text):
    counts = {(r["cohort"], r["value"]) for r in in_two_arms(text)["results"] if r["measure"] == "count"}
    assert counts == {("drug_a", 7.0 if "7" in text else 3.0), ("drug_b", 0.0)}


def test_none_after_a_duration_is_no_count():
    rows = in_two_arms("Median survival was 14 months in the drug A group and none in the drug B group reached it.")
    assert not rows_where(rows, value=0.0)


@pytest.mark.parametrize("text", [
    "Patients with marker Q-positive tumours had a median OS of 17.5 months versus 9.9 months for marker Q-negative "
    "tumours (HR 0.61; p = 0.01).",
    "Median overall survival was 17.5 months in women and 9.9 months in men (HR 0.61, 95% CI 0.42-0.88).",
])
def test_a_ratio_after_the_second_group_s_name_compares_the_pair_s_groups(text):
    rows = in_one_arm(text)["results"]
    [ratio] = [r for r in rows if r["measure"] == "hr"]
    first = next(r for r in rows if r["value"] == 17.5)
    assert (ratio["cohort"], ratio["comparator"]) == (first["cohort"], first["comparator"]) != ("all", None)


@pytest.mark.parametrize("text, grade", [
    ("Grade 3 or higher treatment-related adverse events were seen in 21 patients (14%); the most frequent was "
     "neutropenia (n = 9).", ">=3"),
    ("Grade 3-4 toxicities occurred in 21 patients (14%); the most common were neutropenia (n = 9) and rash (n = 4).",
     "3-4"),
])
def test_the_most_frequent_of_graded_events_takes_their_grade(text, grade):
    rows = {(r["category"], r["grade"], r["value"]) for r in in_one_arm(text)["results"] if r["measure"] == "count"}
    assert ("neutropenia", grade, 9.0) in rows


def test_the_most_frequent_event_after_events_of_no_grade_has_none():
    rows = in_one_arm("Adverse events were seen in 90 patients (60%); the most frequent was nausea (n = 40).")
    assert {(r["category"], r["grade"]) for r in rows["results"] if r["value"] == 40.0} == {("nausea", None)}


@pytest.mark.parametrize("text, ci", [
    ("The 4-month event-free survival rate was 33.3% (50 of 150; 95% CI 25.9-41.4).", (25.9, 41.4)),
    ("The event-free survival rate at 4 months was 33.3% (50/150).", None),
    ("Four-month event-free survival was 33.3% (50 of 150 patients).", None),
])
def test_a_curve_s_rate_with_the_patients_it_counts_in_a_bracket_is_read(text, ci):
    rows = rows_where(in_one_arm(text), measure="rate")
    assert [(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows] == [("EFS", 4.0, 33.3)]
    assert (rows[0]["ci_low"], rows[0]["ci_high"]) == (ci or (None, None))


@pytest.mark.parametrize("text", [
    "Overall survival did not differ (median 14.2 vs 13.1 months; HR 0.93, 95% CI 0.80-1.08).",
    "Overall survival was similar in the two groups (14.2 months vs 13.1 months; hazard ratio 0.93).",
])
def test_the_ratio_after_an_unnamed_pair_of_two_active_arms_is_the_first_arm_s_against_the_second(text):
    [ratio] = rows_where(in_two_arms(text), measure="hr")
    assert (ratio["cohort"], ratio["comparator"], ratio["value"]) == ("drug_a", "drug_b", 0.93)


def test_a_ratio_of_a_factor_after_a_pair_is_no_arms_ratio():
    rows = in_two_arms("Overall survival by nodal status differed (median 14.2 vs 9.1 months; HR 0.63, 95% CI "
                       "0.50-0.79).")["results"]
    assert not [r for r in rows if r["measure"] == "hr" and r["cohort"] in ("drug_a", "drug_b")]


@pytest.mark.parametrize("text", [
    # a count of a part of each arm (those operated on), its share in the bracket before or after the arm's name
    "Wound infection occurred in 9 of 60 resected patients in the drug A group (15.0%) and 6 of 75 in the drug B "
    "group (8.0%).",
    "Wound infection occurred in 9 (15.0%) of 60 resected patients in the drug A group and 6 (8.0%) of 75 in the "
    "drug B group.",
    "Wound infection occurred in 9 of 60 operated patients (15.0%) in the drug A group and 6 of 75 (8.0%) in the "
    "drug B group.",
])
def test_a_count_of_the_part_of_each_arm_operated_on_and_its_share_are_that_part_s(text):
    out = in_two_arms(text)
    size = {c["key"]: c["n"] for c in out["cohorts"]}
    got = {(r["measure"], r["value"], size.get(r["cohort"])) for r in out["results"]}
    assert got == {("count", 9.0, 60), ("rate", 15.0, 60), ("count", 6.0, 75), ("rate", 8.0, 75)}


@pytest.mark.parametrize("text", [
    # the arms' values within a part of the patients named by a state, an age or a marker: no arm's as a whole
    "Among patients in complete remission after induction, 3-year PFS was 61% with drug A and 47% with drug B.",
    "In patients older than 65 years, 3-year PFS was 61% with drug A and 47% with drug B.",
    "For patients aged 75 years or more, 3-year PFS was 61% in the drug A group and 47% in the drug B group.",
    "Among marker Q-negative patients, 3-year PFS was 61% with drug A and 47% with drug B.",
])
def test_arms_values_within_a_part_named_by_a_state_age_or_marker_are_no_arms_rows(text):
    out = in_two_arms(text)
    assert not rows_where(out, cohort=("drug_a", "drug_b", "all"))


@pytest.mark.parametrize("text", [
    "Among patients in complete remission after induction, 3-year PFS was 61%.",
    "In patients older than 65 years, 3-year PFS was 61%.",
])
def test_a_value_within_a_part_named_by_a_state_or_age_is_that_part_s(text):
    [row] = in_one_arm(text)["results"]
    assert row["value"] == 61.0 and row["cohort"] not in ("all", None)


@pytest.mark.parametrize(("text", "category"), [
    ("Radiation necrosis was diagnosed in 11 patients (7%), symptomatic in four.", "radiation necrosis"),
    ("Radionecrosis was diagnosed in 11 patients (7%).", "radionecrosis"),
    ("Pneumonitis was detected in 11 patients (7%) on routine imaging.", "pneumonitis"),
    ("Hypothyroidism was identified in 11 patients (7%) during follow-up.", "hypothyroidism"),
])
def test_an_event_diagnosed_in_patients_is_counted(text, category):
    rows = {(r["endpoint"], r["category"], r["measure"], r["value"]) for r in in_one_arm(text)["results"]}
    assert {("TOX", category, "count", 11.0), ("TOX", category, "rate", 7.0)} <= rows


@pytest.mark.parametrize("text", [
    "Hypothyroidism was diagnosed before enrolment in 11 patients (7%).",
    "Hypertension was diagnosed at baseline in 11 patients (7%).",
])
def test_an_event_diagnosed_before_treatment_is_no_result(text):
    assert not in_one_arm(text)["results"]


@pytest.mark.parametrize(("sentence", "value"), [
    # an age is no result
    ("This effect was not seen in women aged <=45 treated with drug A, who showed early normalisation of markers "
     "after completion of treatment.", 45.0),
    ("No gain was found in men aged over 70 given drug B, who stopped soon after completion of treatment.", 70.0),
    # the threshold of a list of events is no rate
    ("The most frequently reported AEs (occurring in >=4% of patients) leading to discontinuation were fatigue and "
     "rash.", 4.0),
    ("The most common (>2%) events leading to a dose reduction were nausea and neuropathy.", 2.0),
])
def test_an_age_or_the_threshold_of_a_list_of_events_is_no_result(sentence, value):
    assert not rows_where(extract_text(TWO_ARMS + sentence), value=value)


def test_a_survival_after_a_clause_about_censoring_is_read():
    sentence = "Overall, 61% of observations were censored for overall survival, and the 2-year OS was 70%."
    assert ("OS", "rate", 24.0, 70.0, None, None) in rows(sentence)


@pytest.mark.parametrize(("sentence", "category"), [
    ("Nine (6%) participants discontinued treatment because of toxicity versus 21 (14%) in the comparator arm.",
     "toxicity"),
    ("Treatment was discontinued due to adverse events vs 17 (11%) on the control arm.", "adverse events"),
])
def test_a_reason_ends_before_a_comparison(sentence, category):
    # the other group's count after "versus" is no part of the reason
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"} <= {category}
    assert {r[5] for r in rows(sentence) if r[0] == "DISCONTINUATION"}


@pytest.mark.parametrize("sentence", [
    "Of the 120 patients, 64 discontinued treatment early, mostly because of progression (70%) or death (20%).",
    "Forty-one participants discontinued therapy, mainly due to disease progression (61%) and toxicity (22%).",
])
def test_shares_by_reason_of_those_who_stopped_are_no_rates(sentence):
    # the percentages split the patients who stopped by reason; none is a rate among all patients
    assert not [r for r in rows(sentence) if r[0] == "DISCONTINUATION" and r[1] == "rate"]


@pytest.mark.parametrize("sentence", [
    "Almost all patients discontinued treatment, most commonly due to progression (52% of patients).",
    "Nearly all discontinued the drug, mainly because of progression (47% of the participants).",
])
def test_shares_by_reason_said_of_all_patients_are_rates(sentence):
    assert [r[3] for r in rows(sentence) if r[:2] == ("DISCONTINUATION", "rate") and r[5] == "progression"]


@pytest.mark.parametrize("sentence", [
    "During treatment, 71 patients discontinued the study due to disease progression (49), adverse events (9), "
    "patient request (7) and other reasons (6).",
    "In all, 38 participants stopped treatment because of toxicity (20), progression (12) or withdrawal (6).",
])
def test_the_total_before_a_list_of_reasons_has_no_one_reason(sentence):
    got = [r for r in rows(sentence) if r[0] == "DISCONTINUATION" and r[1] == "count"]
    assert got and all(r[5] is None for r in got if r[3] in (71.0, 38.0))


@pytest.mark.parametrize("sentence", [
    "The reasons for discontinuation in the drug vs placebo arms were progressive disease (51.2% vs 77.0%), AEs "
    "(19.5% vs 3.1%), patient decision (9.8% vs 0%) and death (2.4% vs 1.5%).",
    "Main reasons for treatment withdrawal were toxicity (42%), progression (33%) and consent withdrawn (25%).",
])
def test_the_shares_of_reasons_for_stopping_are_no_rates(sentence):
    assert not [r for r in rows(sentence) if r[1] == "rate"]


@pytest.mark.parametrize("sentence", [
    "Three patients (5%) died of sepsis and repeat surgery was needed in 11 patients (19%).",
    "Two (4%) participants died after surgery and a second operation (drainage) was required in 9 (18%).",
])
def test_a_new_subject_counted_after_an_outcome_keeps_its_own_values(sentence):
    assert {r[3] for r in rows(sentence) if r[0] == "DEATH"} <= {2.0, 3.0, 4.0, 5.0}


@pytest.mark.parametrize("sentence", [
    "Grade 3 mucositis and dysphagia were observed in 6 (12%).",
    "Grade 2 mucositis or dysphagia was observed in 6 (12%).",
])
def test_two_subjects_joined_by_and_are_counted_as_one(sentence):
    # "X and Y were observed in 6" counts the patients with both (or either): no count of Y alone
    assert not {r[3] for r in rows(sentence) if r[1] == "count"}


@pytest.mark.parametrize("sentence", [
    "Survival did not differ between the groups (median 20.1 months, range 3.0-71.4 [95% CI 17.2-23.0] vs 18.6 "
    "months, range 2.2-69.9 [15.5-21.7]; hazard ratio 0.92 [0.74-1.15], p=0.46).",
    "Overall survival was similar (median 20.1 months, range 3 to 71 months, 95% CI 17.2-23.0, versus 18.6 months, "
    "range 2 to 70 months, 95% CI 15.5-21.7).",
])
def test_a_range_without_brackets_ends_at_its_unit_not_the_next_bracket(sentence):
    medians = {r["cohort"]: r["value"] for r in in_two_arms(sentence)["results"]
               if r["measure"] == "median"}
    assert medians == {"drug_a": 20.1, "drug_b": 18.6}


@pytest.mark.parametrize(("sentence", "label"), [
    ("Patients with BRAF mutations had a median overall survival of 6.3 months (HR 1.52, 95% CI 1.10-2.10).",
     "braf mutations"),
    ("Women older than 70 years showed a shorter progression-free survival (HR 1.31, 95% CI 1.02-1.69, p = 0.03).",
     "older than 70"),
])
def test_a_ratio_said_of_a_part_of_the_patients_is_that_parts(sentence, label):
    out = in_two_arms(sentence)
    ratios = rows_where(out, measure="hr")
    assert len(ratios) == 1 and ratios[0]["cohort"] != "all"
    labels = {c["key"]: c["label"].lower() for c in out["cohorts"]}
    assert label in labels[ratios[0]["cohort"]]


@pytest.mark.parametrize("sentence", [
    "In a subgroup analysis, the benefit was larger in never-smokers (HR 0.62; 95% CI 0.45-0.86).",
    "Overall survival improved in all subgroups, including poor performance status, overall survival HR 0.71 "
    "(0.55-0.92), and liver metastases, overall survival HR 0.69 (0.50-0.95).",
    "The benefit held in every subgroup we examined: women, overall survival HR 0.64 (95% CI 0.47-0.87, p=0.004) "
    "and progression-free survival HR 0.52 (0.40-0.68, p<0.001); age over 75 years, overall survival HR 0.81 "
    "(0.66-0.99, p=0.04) and progression-free survival HR 0.73 (0.59-0.90, p=0.003).",
])
def test_a_subgroups_ratio_that_no_rule_names_is_not_all_patients(sentence):
    ratios = rows_where(in_two_arms(sentence), measure="hr")
    assert not any(r["cohort"] == "all" for r in ratios)


def test_a_ratio_before_a_word_on_subgroups_stays_all_patients():
    out = in_two_arms("Overall survival was longer with drug A (HR 0.74; 95% CI 0.60-0.91), and the effect was "
                      "consistent across subgroups.")
    assert [r["value"] for r in out["results"] if r["measure"] == "hr"] == [0.74]


@pytest.mark.parametrize("sentence", [
    "The 3-year survival for patients with a complete response was 62%.",
    "Two-year progression-free survival among those who achieved a partial response was 47%.",
])
def test_a_response_naming_whose_survival_it_is_is_no_result_of_its_own(sentence):
    out = in_one_arm(sentence, patients=90, cancer="gastric cancer")
    assert [(r["endpoint"], r["cohort"] != "all") for r in out["results"]] in ([("OS", True)], [("PFS", True)])


@pytest.mark.parametrize("sentence", [
    "Of the 120 (80%) patients who underwent resection, 6% died within 90 days.",
    "Among 64 (45.7%) patients with nodal disease, median overall survival was 30.2 months.",
])
def test_a_fronted_subgroup_with_its_share_is_still_a_subgroup(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert len(out["results"]) == 1 and out["results"][0]["cohort"] != "all"


@pytest.mark.parametrize("sentence", [
    # a difference said before its endpoint is no rate
    "Combination chemotherapy yielded 14% longer survival than single-agent therapy.",
    "Adding radiotherapy gave a 7% absolute survival benefit at 3 years.",
    # "a relative increase in survival of 23%", "an improvement in the 2-year survival rate of 8%": a change, no rate.
    "Adding drug K gave a relative increase in survival of 19% at 1 year.",
    "Surgery led to an increase in 2-year survival of 11% in this series.",
])
def test_a_difference_or_a_change_of_a_rate_is_no_rate(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert not rows_where(out, measure="rate")


@pytest.mark.parametrize("sentence", [
    "The hazard ratio for those who did not develop rash (n = 51) was 1.3.",
    "Survival was longer in patients with grade 2 diarrhoea (n = 14).",
])
def test_the_size_of_a_group_an_event_defines_is_no_count_of_the_event(sentence):
    out = in_one_arm(sentence, cancer="gastric cancer")
    assert not rows_where(out, measure="count")


@pytest.mark.parametrize(("sentence", "kept"), [
    ("In the drug A arm, grade 3 or 4 adverse events were neutropenia (15%), diarrhoea (7%), deep vein thrombosis "
     "(3%), and cardiac ischaemia (1%).", {15.0, 7.0, 3.0}),
    ("Grade 3 events were fatigue (12%), vomiting (6%) and a rise in creatine kinase (2%).", {12.0, 6.0}),
])
def test_a_value_after_an_event_no_vocabulary_knows_is_not_the_last_known_events(sentence, kept):
    out = in_two_arms(sentence)
    assert {r["value"] for r in out["results"] if r["endpoint"] == "TOX"} == kept


@pytest.mark.parametrize("sentence", [
    "Reasons for starting treatment in the placebo group were pain (31%), fatigue (22%) and weight loss (18%).",
    "The most common reasons for hospital admission were fever (40%) and vomiting (25%).",
])
def test_shares_by_reason_are_no_rates_of_the_events(sentence):
    out = in_two_arms(sentence)
    assert not rows_where(out, measure="rate")


def test_a_new_subject_after_the_reasons_keeps_its_rate():
    out = in_two_arms("Reasons for leaving the study included relocation (5%) and refusal (4%), while 7 (4%) "
                      "patients died within the first year.")
    assert [(r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "rate"] == [("DEATH", 4.0)]


@pytest.mark.parametrize("sentence", [
    "Objective response rates (complete response plus partial response) were 38% and 33% for arms A and B, "
    "respectively.",
    "The response rate (complete plus partial responses) was 44%.",
])
def test_a_response_defined_by_its_parts_in_words_is_the_response_not_a_part(sentence):
    out = in_one_arm(sentence, patients=200)
    assert out["results"] and {r["endpoint"] for r in out["results"]} == {"ORR"}


@pytest.mark.parametrize(("sentence", "groups"), [
    ("Median PFS was 3.9 months in KP and 4.4 months (mo) in LM (p=0.18).", {"kp", "lm"}),
    ("Median OS was 12.9 months (mo) for XZ and 10.1 months for YW.", {"xz", "yw"}),
])
def test_a_units_abbreviation_defined_after_it_is_no_word_between_value_and_group(sentence, groups):
    out = in_one_arm(sentence, patients=200)
    assert {r["cohort"] for r in out["results"]} == groups


@pytest.mark.parametrize("sentence", [
    "The 5-year survival of patients with recurrent tumours treated by a second resection at the referral centre "
    "was 47%.",
    "The 2-year local control of patients whose lesions had been irradiated once before at another institution was "
    "66%.",
])
def test_a_long_name_of_a_population_between_outcome_and_value_is_still_a_population(sentence):
    out = in_one_arm(sentence)
    assert len(out["results"]) == 1 and out["results"][0]["cohort"] != "all"


@pytest.mark.parametrize(("results", "kp", "lm"), [
    ("Median PFS was 5.2 months in LM and 6.0 months in KP (p=0.30). Median survival was longer for KP with 12.4 mo "
     "compared to 9.1 mo in LM, with 2-year survival at 27 and 15%, respectively.", {12.4, 27.0}, {9.1, 15.0}),
    ("Response rates were 31% in LM and 35% in KP. Median PFS was longer for KP with 7.7 months compared to 5.5 "
     "months for LM, with 1-year PFS of 30% and 19%, respectively.", {7.7, 30.0}, {5.5, 19.0}),
])
def test_a_group_said_before_with_its_value_and_the_pair_it_sets_for_respectively(results, kp, lm):
    out = in_one_arm(results, patients=200)
    later = [r for r in out["results"] if r["char_start"] > out["results"][1]["char_end"]]
    assert {r["value"] for r in later if r["cohort"] == "kp"} == kp
    assert {r["value"] for r in later if r["cohort"] == "lm"} == lm


@pytest.mark.parametrize(("results", "code"), [
    ("In group A, the local control rate at 6, 12 and 24 months was 93.0%, 84.1% and 70.2%, respectively, and the "
     "local tumor progression rate was 3.5%, 9.0% and 21.7%, respectively.", "FAIL_LOCAL"),
    ("In group A, the overall survival rates at 1, 3 and 5 years were 91%, 72% and 58%, respectively, and the "
     "disease-free survival rates were 85%, 61% and 49%, respectively.", "DFS"),
])
def test_a_second_outcomes_list_takes_the_time_points_the_first_was_given_at(results, code):
    out = extract_text("A trial\n\nPatients were randomly assigned to group A (n = 50) or group B (n = 52). " + results)
    second = rows_where(out, endpoint=code)
    assert len(second) == 3 and len({r["timepoint_months"] for r in second}) == 3
    assert None not in {r["timepoint_months"] for r in second}


@pytest.mark.parametrize("sentence", [
    "Local tumour progression (LTP) occurred in 6 patients. The 1-year LTP free survival rate was 88%.",
    "Local recurrence (LR) was seen in 9 patients. The 2-year LR-free rate was 81%.",
])
def test_free_of_an_event_named_by_its_short_name_is_not_the_event(sentence):
    out = in_one_arm(sentence, patients=90, cancer="liver metastases")
    assert not [r for r in out["results"] if r["endpoint"].startswith("FAIL") and r["measure"] == "rate"]


@pytest.mark.parametrize("sentence", [
    # a pair said of a part of the patients is not the groups own
    "Two-year survival rates with drug A versus drug B were 31% versus 12% in women and 25% versus 15% in men.",
    "Response rates with drug A versus drug B were 44% (95% CI 30-58) vs 20% (95% CI 11-33) among never-smokers.",
    # the arms values within an analysed subgroup are not the arms
    "In a subset analysis of KRAS wild-type tumours, PFS for drug A versus drug B was 4.6 v 2.4 months (HR, 0.64; "
    "95% CI, 0.47 to 0.86; P = .01), and OS was 8.7 v 9.9 months (HR, 0.95; 95% CI, 0.67 to 1.35), respectively.",
    "In a subgroup analysis of EGFR-mutant cancers, the response rate with drug A versus drug B was 60% versus 15%.",
])
def test_values_of_a_part_of_the_patients_are_not_the_arms_own(sentence):
    out = in_two_arms(sentence)
    assert not rows_where(out, cohort=("drug_a", "drug_b"))


@pytest.mark.parametrize("sentence", [
    "Grade 3 rash occurred in 10% vs 2% in the drug A and drug B arms.",
    "The incidence of grade 4 toxicity was 48% in patients receiving drug A and 25% in those who did not.",
])
def test_a_value_named_by_its_own_group_after_it_is_kept(sentence):
    out = in_two_arms(sentence)
    assert len(out["results"]) == 2


@pytest.mark.parametrize("sentence", [
    "Significantly more grade 3 or 4 neutropenia (38.5% v 21.0%) and febrile neutropenia (5.2% v 1.1%) occurred with "
    "drug B.",
    "More anaemia (12% v 6%) occurred with drug A; more grade 3 or 4 neutropenia (38.5% v 21.0%) and febrile "
    "neutropenia (grade 3; 5.2% v 1.1%) were seen with drug B.",
])
def test_a_pair_whose_group_is_named_at_its_clauses_end_is_that_groups_first(sentence):
    out = in_two_arms(sentence)
    rows = {(r["category"], r["value"]): r["cohort"] for r in out["results"]}
    assert rows[("neutropenia", 38.5)] == "drug_b" and rows[("neutropenia", 21.0)] == "drug_a"
    assert rows[("febrile neutropenia", 5.2)] == "drug_b" and rows[("febrile neutropenia", 1.1)] == "drug_a"


@pytest.mark.parametrize("sentence", [
    "Three prognostic groups were identified: good, with one lesion (3-year OS, 61%); intermediate (3-year OS, 40%); "
    "and poor, with bone disease (3-year OS, 18%).",
    "Two risk classes were derived from the model: low (median survival 22 months) and high (median survival "
    "7 months).",
])
def test_values_after_a_list_of_groups_announced_are_not_all_patients(sentence):
    out = in_one_arm(sentence)
    assert not rows_where(out, cohort="all")


@pytest.mark.parametrize("sentence", [
    "At least one dose reduction was needed in 30% of elderly patients treated with drug A, compared with 52% of "
    "elderly patients treated with drug B.",
    "The response rate was 48% in Asian patients receiving drug A, compared with 27% in Asian patients receiving "
    "drug B.",
])
def test_people_named_by_a_trait_and_an_arm_are_a_part_of_the_arm(sentence):
    out = in_two_arms(sentence)
    assert out["results"] and not rows_where(out, cohort=("drug_a", "drug_b"))


@pytest.mark.parametrize(("sentence", "code"), [
    ("At 3 years, 84 patients (56%) were alive and progression-free.", "PFS"),
    ("At 3 years, 40 patients (27%) were alive and free of disease.", "DFS"),
])
def test_a_state_named_by_a_longer_name_inside_a_shorter_one_is_the_longer(sentence, code):
    out = in_one_arm(sentence)
    assert out["results"] and {r["endpoint"] for r in out["results"]} == {code}


@pytest.mark.parametrize("sentence", [
    "Twelve patients were alive without disease and had been followed for less than 2 years.",
    "Nine patients survived 4 years without any further treatment.",
])
def test_a_state_with_a_time_is_no_median(sentence):
    out = in_one_arm(sentence)
    assert not rows_where(out, measure="median")


def test_a_state_with_a_median_keeps_it():
    out = in_one_arm("Those who relapsed survived a median of 8.3 months.")
    assert [r["value"] for r in out["results"] if r["measure"] == "median"] == [8.3]


@pytest.mark.parametrize("sentence", [
    "Restricting the analysis to the node-negative group gave similar results (PFS hazard ratio = 0.81, 95% CI 0.52 "
    "to 1.26).",
    "When the comparison was confined to women, overall survival still favoured drug A (HR 0.72, 95% CI 0.55-0.94).",
])
def test_a_ratio_of_an_analysis_restricted_to_some_is_not_all_patients(sentence):
    out = in_two_arms(sentence)
    assert not rows_where(out, measure="hr", cohort="all")


@pytest.mark.parametrize("sentence", [
    "Among the matched controls, 12 (9%) died of lung cancer.",
    "Of the 40 healthy subjects, 3 (8%) developed grade 2 rash.",
])
def test_controls_and_subjects_fronted_are_a_group_of_their_own(sentence):
    out = in_one_arm(sentence)
    assert out["results"] and not rows_where(out, cohort="all")


@pytest.mark.parametrize("sentence", [
    "Local recurrence occurred in 2 (15%) of 13 patients.",
    "The response rate was 16.7% (2/12).",
])
def test_a_count_of_a_small_unnamed_part_is_not_all_patients(sentence):
    out = in_one_arm(sentence, patients=80)
    assert not rows_where(out, cohort="all")


def test_a_count_of_nearly_all_evaluable_patients_is_of_those_patients():
    # (the count is of the 75 the sentence says, most of the study but not all of it)
    out = in_one_arm("Local recurrence occurred in 12 (16%) of 75 evaluable patients.", patients=80)
    sizes = {c["key"]: c.get("n") for c in out["cohorts"]}
    assert out["results"] and {sizes[r["cohort"]] for r in out["results"]} == {75}


@pytest.mark.parametrize("sentence", [
    "Grade 3/4 toxicities were neutropenia (12%; 3%), fatigue (8%; 0) and rash (6%; 2%).",
    "Serious events were infection (5%; 1%) and thrombosis [4%; none].",
])
def test_two_values_in_a_bracket_parted_by_a_semicolon_are_not_all_patients(sentence):
    out = in_two_arms(sentence)
    assert not rows_where(out, cohort="all")


@pytest.mark.parametrize("sentence", [
    "Grade 3 non-laboratory toxicity was: drowsiness (2.5% of patients), infection (1.3%), nausea and vomiting (5.0%) "
    "and cough (3.8%).",
    "Grade 3 laboratory toxicities included: hypokalaemia (4.0%), neutropenia (2.5%) and anaemia (1.2%).",
])
def test_a_graded_lists_items_keep_its_grade_and_an_unknown_item_is_not_the_heads(sentence):
    out = in_one_arm(sentence, patients=80)
    rows = out["results"]
    assert rows and all(r["grade"] == "3" and r["category"] for r in rows)


@pytest.mark.parametrize(("sentence", "categories"), [
    ("Toxicity was acceptable, with rates of grade 3 or higher oesophageal toxicity of 6% and grade 3 or higher "
     "pulmonary toxicity of 9%.", {"oesophageal toxicity", "pulmonary toxicity"}),
    ("Grade 3 or worse cardiovascular toxicity was seen in 14 patients (9%).", {"cardiovascular toxicity"}),
])
def test_an_organs_toxicity_is_the_category(sentence, categories):
    out = in_one_arm(sentence)
    assert {r["category"] for r in out["results"]} == categories


@pytest.mark.parametrize("sentence", [
    "Grade 3-4 cardiovascular toxicity occurred in 9 patients given drug A (5 cases of hypertension, 4 of heart "
    "failure) and 1 patient given drug B (hypertension) (12% vs 1%, p<0.01).",
    "Grade 3 cardiovascular toxicity, mostly arrhythmia (arrhythmia), was more frequent with drug A than with drug B "
    "(11% vs 2%).",
])
def test_a_term_in_an_aside_does_not_name_the_values_after_it(sentence):
    out = in_two_arms(sentence)
    rates = rows_where(out, measure="rate")
    assert rates and {r["category"] for r in rates} == {"cardiovascular toxicity"}


def test_a_term_in_an_aside_with_its_own_count_is_read():
    out = in_one_arm("Twelve patients had grade 3 or worse lung toxicity (two patients had grade 5 lung toxicity).")
    assert {(r["value"], r["grade"]) for r in out["results"]} == {(12.0, ">=3"), (2.0, "5")}


@pytest.mark.parametrize(("results", "expected"), [
    # the first count of its group's total, the second's group named after it, more pairs after (of the same
    # totals: the treated patients of each group the first pair counted)
    ("Patients in the drug A group had more grade 3-4 rash (30 [31%] of 97 vs one [<1%] of 99 patients in the drug B "
     "group), hypokalaemia (14 [14%] vs six [6%] patients), and grade 3 or higher fatigue (12 [12%] vs 5 [5%] "
     "patients) than did those in the drug B group.",
     {("drug_a_n97", "rash", 30), ("drug_b_n99", "rash", 1), ("drug_a_n97", "hypokalaemia", 14),
      ("drug_b_n99", "hypokalaemia", 6), ("drug_a_n97", "fatigue", 12), ("drug_b_n99", "fatigue", 5)}),
    # no patient of the first group; a word for a count
    ("Neutropenia (none vs 21 [21%]) and anaemia (one [1%] vs three [3%]) were more frequent with drug B.",
     {("drug_a", "neutropenia", 0), ("drug_b", "neutropenia", 21), ("drug_a", "anaemia", 1),
      ("drug_b", "anaemia", 3)}),
])
def test_bracketed_count_pairs_with_totals_words_and_none(results, expected):
    out = in_two_arms(results)
    assert {(r["cohort"], r["category"], r["value"]) for r in out["results"] if r["measure"] == "count"} == expected


@pytest.mark.parametrize("results", [
    "Rash (30 [31%] vs 1 [<1%]) was more frequent with drug A.",
    "Grade 3 diarrhoea occurred in 12 (12%) patients given drug A and one (<1%) patient given drug B.",
])
def test_a_share_written_as_a_bound_keeps_its_bound(results):
    out = in_two_arms(results)
    bounded = rows_where(out, cohort="drug_b")
    assert {(r["measure"], r["value"], r["value_op"]) for r in bounded} >= {("count", 1.0, None), ("rate", 1.0, "<")}


def test_a_pair_keeps_the_papers_groups_when_a_name_holds_and():
    out = extract_text("A trial\n\nWe randomly assigned 400 patients to cetuximab plus gemcitabine and oxaliplatin "
                       "(n=200) or gemcitabine and oxaliplatin alone (n=200). Patients in the cetuximab plus "
                       "gemcitabine and oxaliplatin group had more rash (40 [20%] vs 2 [1%]) and diarrhoea "
                       "(16 [8%] vs six [3%]) than did those in the gemcitabine and oxaliplatin alone group.")
    assert {(r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "count"} == {
        ("cetuximab_plus_gemcitabine_and", 40), ("gemcitabine_and_oxaliplatin_al", 2),
        ("cetuximab_plus_gemcitabine_and", 16), ("gemcitabine_and_oxaliplatin_al", 6)}


@pytest.mark.parametrize("results", [
    "Median overall survival was 12.4 months with drug A compared with 9.9 months with drug B (HR 0.78, 95% CI "
    "0.61-0.99; p=0.04), and drug A was linked to a higher incidence of grade 3-4 diarrhoea (15% vs 7%).",
    "Overall survival was longer with drug A than with drug B (hazard ratio 0.78, 95% CI 0.61-0.99); however drug A "
    "led to a higher incidence of grade 3-4 diarrhoea (15% vs 7%).",
])
def test_a_ratio_is_the_outcome_of_its_clause_not_of_the_clause_after(results):
    out = in_two_arms(results)
    assert {r["endpoint"] for r in out["results"] if r["measure"] == "hr"} == {"OS"}


@pytest.mark.parametrize("results", [
    "Overall survival did not differ between patients who developed acne (median 13.2 months) and those who did not "
    "(10.7 months; HR 0.80, 95% CI 0.51-1.25).",
    "Survival after surgery was better for patients who had a complete resection than for those with an R1 "
    "resection (HR 0.42, 95% CI 0.30-0.58).",
])
def test_a_ratio_comparing_two_kinds_of_patients_is_no_result_of_all(results):
    out = in_one_arm(results)
    assert not rows_where(out, measure="hr")
    assert not rows_where(out, cohort="all")


@pytest.mark.parametrize(("results", "label"), [
    ("Nine patients had a bone lesion; of these, 2 had a partial response and 5 had stable disease.",
     "patients with bone lesion"),
    ("Nine patients had a bone lesion, of whom 2 had a partial response and 5 had stable disease.",
     "patients with bone lesion"),
    ("Among 20 patients who had a second biopsy, 9 had a bone lesion. Of these, 2 had a partial response and 5 had "
     "stable disease.", "patients with bone lesion"),
])
def test_counts_of_these_are_of_the_part_counted_just_before(results, label):
    out = in_one_arm(results, patients=60)
    cohorts = {c["key"]: c for c in out["cohorts"]}
    got = {(cohorts[r["cohort"]]["label"], cohorts[r["cohort"]]["n"], r["endpoint"], r["value"])
           for r in out["results"]}
    assert got == {(label, 9, "PR", 2.0), (label, 9, "SD", 5.0)}


@pytest.mark.parametrize(("results", "expected"), [
    # the other arms value said again with it in the next sentence
    ("With drug A, the median time to progression was 7.9 months. With drug B, it was 4.6 months.",
     {("drug_a", 7.9), ("drug_b", 4.6)}),
    ("In the drug A group, the 3-year local control was 88%. In the drug B group, the corresponding figure was 79%.",
     {("drug_a", 88.0), ("drug_b", 79.0)}),
    # a value then its group alone in a brackets item
    # (the whole's median before the bracket of its groups' is all patients')
    ("Median overall survival was 28 months (14 months, drug A; 39 months, drug B).",
     {("all", 28.0), ("drug_a", 14.0), ("drug_b", 39.0)}),
    ("The main grade 3-4 toxicities were diarrhoea (21%, drug A) and neutropenia (44%, drug B).",
     {("drug_a", 21.0), ("drug_b", 44.0)}),
    # "No treatment-related deaths occurred in either group": a count of none said of each group compared, or of the one
    # group named after the verb, not of all patients
    ("No treatment-related deaths occurred in either group.", {("drug_a", 0.0), ("drug_b", 0.0)}),
    ("No grade 4 neutropenia was observed in either treatment arm.", {("drug_a", 0.0), ("drug_b", 0.0)}),
    ("No grade 4 neutropenia was observed in the drug B group.", {("drug_b", 0.0)}),
    # no group said: all patients'
    ("No treatment-related deaths occurred.", {("all", 0.0)}),
    # "Nausea was recorded in 46% of the patients compared with 13% in the drug B group": in a trial of two arms, the
    # value before "compared with" one arm's value is the other arm's, not all patients'
    ("Vomiting was recorded in 37% of the patients compared with 11% in the drug B group.",
     {("drug_a", 37.0), ("drug_b", 11.0)}),
    ("Grade 3 neutropenia occurred in 23% of patients versus 8% in the drug A group.",
     {("drug_b", 23.0), ("drug_a", 8.0)}),
    # a pair with no stage before it stays the arms
    ("Five-year survival was better with drug A (70% vs 61%).", {("drug_a", 70.0), ("drug_b", 61.0)}),
    # a fronted analysis set of nearly all patients keeps the arms values
    ("Among the 196 patients who started study treatment, grade 3-4 adverse events occurred in 40% "
     "with drug A and 31% with drug B.",
     {("drug_a", 40.0), ("drug_b", 31.0)}),
])
def test_which_arm_each_value_is_of(results, expected):
    out = in_two_arms(results)
    assert {(r["cohort"], r["value"]) for r in out["results"]} == expected


@pytest.mark.parametrize("results", [
    "In the breast cohort (n = 30), the objective response rate was 27%; in the ovarian cohort (n = 24), it was 13%.",
    "Among the 30 breast cancer patients, the objective response rate was 27%; among the 24 ovarian cancer patients, "
    "the corresponding rate was 13%.",
])
def test_the_next_parts_value_said_again_with_it_after_a_semicolon(results):
    out = in_one_arm(results, patients=54)
    assert sorted(r["value"] for r in out["results"] if r["endpoint"] == "ORR") == [13.0, 27.0]
    assert "all" not in {r["cohort"] for r in out["results"]}


def test_it_after_a_sentence_of_two_outcomes_is_no_outcome():
    out = in_two_arms("With drug A, the median time to progression was 7.9 months and the response rate 41%. With "
                      "drug B, it was 4.6 months.")
    assert 4.6 not in {r["value"] for r in out["results"]}


@pytest.mark.parametrize(("results", "expected"), [
    ("There were no treatment-related deaths in the drug B group.", {"drug_b"}),
    ("There were no treatment-related deaths in either group.", {"drug_a", "drug_b"}),
])
def test_an_event_said_not_to_exist_in_a_named_group_is_that_groups_none(results, expected):
    out = in_two_arms(results)
    assert {r["cohort"] for r in out["results"] if r["measure"] == "count" and r["value"] == 0.0} == expected


@pytest.mark.parametrize(("results", "later"), [
    ("The objective response rate was 52% vs 31% (p=0.004) and the disease control rate was 84% vs 70%.", "DCR"),
    ("Drug A improved overall survival (14.1 vs 11.9 months, p = 0.03), local control (91% vs 83%) and time to "
     "progression (7.4 vs 5.2 months).", "LC"),
])
def test_the_one_p_of_a_sentence_is_no_p_of_a_later_pair(results, later):
    out = in_two_arms(results)
    rows = rows_where(out, endpoint=later)
    assert len(rows) == 2 and all(r["p_value"] is None for r in rows)
    assert all(r["p_value"] is not None for r in out["results"] if r["endpoint"] in ("ORR", "OS"))


@pytest.mark.parametrize("results", [
    "The commonest grade 3 or worse event was anaemia (drug A 33 [22%] vs drug B 15 [10%]).",
    "Grade 3 or worse anaemia was more frequent with drug A (drug A 33 [22%] versus drug B 15 [10%]).",
])
def test_a_bracket_naming_each_arm_before_its_count_across_vs(results):
    out = in_two_arms(results)
    assert {(r["cohort"], r["measure"], r["value"]) for r in out["results"] if r["category"] == "anaemia"} == {
        ("drug_a", "count", 33.0), ("drug_a", "rate", 22.0), ("drug_b", "count", 15.0), ("drug_b", "rate", 10.0)}


@pytest.mark.parametrize(("results", "expected"), [
    ("Local control for patients with small tumours was 91% at 3 years, versus 74 and 58% for medium and large "
     "tumours, respectively.", {("small tumours", 91.0), ("medium tumours", 74.0), ("large tumours", 58.0)}),
    ("Median survival was 31 months for grade 1, compared with 17 and 8 months for grade 2 and 3, respectively.",
     {("grade 1", 31.0), ("grade 2", 17.0), ("grade 3", 8.0)}),
    ("The 3-year overall survival was 83% in node-negative patients, versus 64% and 45% in N1 and N2 patients, "
     "respectively.", {("node-negative patients", 83.0), ("N1 patients", 64.0), ("N2 patients", 45.0)}),
])
def test_one_parts_value_then_the_other_parts_respectively(results, expected):
    out = in_one_arm(results, patients=120)
    labels = {c["key"]: c["label"] for c in out["cohorts"]}
    assert {(labels[r["cohort"]], r["value"]) for r in out["results"]} == expected


@pytest.mark.parametrize("results", [
    "In all, 48% of the patients relapsed. Of these, 60% relapsed locally.",
    "About 48% of patients had progressed by 2 years; of these, 60% had local progression.",
])
def test_shares_of_these_after_a_share_of_the_patients_are_no_results_of_all(results):
    out = in_one_arm(results, patients=60)
    assert 60.0 not in {r["value"] for r in out["results"]}


@pytest.mark.parametrize("results", [
    "Sixty patients were treated. Of these, 14 had a partial response.",
    "Sixty patients were treated; of these, 14 (23%) had a partial response.",
])
def test_counts_of_these_after_the_whole_study_are_all_patients(results):
    out = in_one_arm(results, patients=60)
    assert {r["cohort"] for r in out["results"]} == {"all"}


@pytest.mark.parametrize("results", [
    "Overall survival with drug A was 72% at 1 year and 41% at 3 years, compared with 66% and 30% with drug B.",
    "Rates of survival with drug A were 72 percent after one year and 41 percent after three years, as compared with "
    "66 and 30 percent, respectively, with drug B.",
    "Overall survival among patients given drug A was 72% at 1 year, and 41% at 3 years, versus 66% and 30% among "
    "those given drug B.",
])
def test_one_arms_rates_each_at_its_time_then_the_others_in_order(results):
    out = in_two_arms(results)
    assert {(r["cohort"], r["timepoint_months"], r["value"]) for r in out["results"] if r["endpoint"] == "OS"} == {
        ("drug_a", 12.0, 72.0), ("drug_a", 36.0, 41.0), ("drug_b", 12.0, 66.0), ("drug_b", 36.0, 30.0)}


def test_rates_at_their_times_without_the_other_arms_list_stay_as_they_were():
    # the other arm's values said with times of their own: no list to take in order
    out = in_two_arms("Overall survival with drug A was 72% at 1 year and 41% at 3 years; with drug B it was 66% at "
                      "1 year and 30% at 3 years.")
    assert ("drug_b", 12.0, 41.0) not in {(r["cohort"], r["timepoint_months"], r["value"]) for r in out["results"]}
    assert not rows_where(out, pattern_id="result.group.time_lists")


@pytest.mark.parametrize(("results", "expected"), [
    ("Local disease recurred in 4 patients (8%).", {("count", 4.0), ("rate", 8.0)}),
    ("The tumour recurred locally in 6 patients (12%).", {("count", 6.0), ("rate", 12.0)}),
    ("Disease recurred within the irradiated field in 5 patients (10%) and outside it in 9 (18%).",
     {("count", 5.0), ("rate", 10.0)}),
])
def test_a_recurrence_said_to_be_local_is_a_local_failure(results, expected):
    out = in_one_arm(results, patients=50)
    assert {(r["measure"], r["value"]) for r in out["results"] if r["endpoint"] == "FAIL_LOCAL"} == expected
    assert not rows_where(out, endpoint="FAIL_ANY")


def test_a_recurrence_said_without_its_site_stays_any_failure():
    out = in_one_arm("Disease recurred in 9 patients (18%).", patients=50)
    assert {(r["endpoint"], r["value"]) for r in out["results"]} == {("FAIL_ANY", 9.0), ("FAIL_ANY", 18.0)}


@pytest.mark.parametrize("results", [
    "Progression-free survival was longer among those who received drug A than among those who received drug B "
    "(hazard ratio for progression or death, 0.64; 95% CI, 0.49 to 0.83; P<0.001).",
    "Overall survival was longer among patients given drug A than among those given drug B (hazard ratio for death, "
    "0.64; 95% CI, 0.49 to 0.83).",
    "Among those assigned to drug A, as compared with those assigned to drug B, progression-free survival was longer "
    "(hazard ratio, 0.64; 95% CI, 0.49 to 0.83).",
    "Overall survival was better in patients who were treated with drug A than in those who were treated with drug B "
    "(HR 0.64, 95% CI 0.49-0.83).",
])
def test_a_ratio_comparing_those_given_each_arm_is_the_arms_ratio(results):
    out = in_two_arms(results)
    assert [(r["cohort"], r["comparator"], r["value"]) for r in out["results"] if r["measure"] == "hr"] == [
        ("drug_a", "drug_b", 0.64)]


@pytest.mark.parametrize("results", [
    "Overall survival did not differ between patients who developed a rash and those who did not (hazard ratio, "
    "0.93; 95% CI, 0.70 to 1.24).",
    "Overall survival was longer among patients who received drug A for more than 4 months than among those who "
    "received it for a shorter time (hazard ratio, 0.55; 95% CI, 0.40 to 0.76).",
    # a bare number and range with no ratio named before is no ratio
    "Median age was 61 years (0.95, 0.80-1.10) in both arms.",
])
def test_a_ratio_comparing_kinds_of_patients_in_a_trial_is_no_arms_ratio(results):
    out = in_two_arms(results)
    assert not rows_where(out, measure="hr")


@pytest.mark.parametrize("results", [
    "There was no excess of attempted self-harm (10 [0.2%] vs 9 [0.2%]; RR 1.11 [0.45-2.72]) or depression "
    "(30 [0.6%] vs 27 [0.5%]; RR 1.10 [0.66-1.84]).",
    "Rates of sleep disturbance (RR 1.31, 95% CI 0.80-2.14), insomnia (RR 1.05, 95% CI 0.70-1.58) were alike.",
])
def test_a_ratio_of_an_item_no_vocabulary_knows_is_not_the_next_items(results):
    out = in_two_arms(results)
    assert all(r["category"] for r in out["results"] if r["measure"] == "rr")
    assert {r["value"] for r in out["results"] if r["measure"] == "rr"} <= {1.10, 1.05}


@pytest.mark.parametrize(("results", "expected"), [
    ("Median overall survival was 8.2 years (stage I) and 5.1 years (stage II).", ("OS", "stage_i")),
    ("Local control at 3 years was 91% (T1 tumours) and 79% (T2 tumours).", ("LC", "t1_tumours")),
])
def test_a_stage_in_a_bracket_after_a_value_is_its_group(results, expected):
    out = in_one_arm(results)
    first = min(out["results"], key=lambda r: r["char_start"])
    assert (first["endpoint"], first["cohort"]) == expected
    assert "all" not in {r["cohort"] for r in out["results"]}


@pytest.mark.parametrize("results", [
    "Significantly more grade 3 or 4 anaemia (15.2% v 3.1%), thrombocytopenia (20.4% v 6.3%), and fatigue "
    "(12.2% v 4.4%) occurred with drug A.",
    "Drug A caused more grade 3-4 neutropenia (30 [30%] vs 12 [12%]), diarrhoea (9 [9%] vs 3 [3%]), nausea (7 [7%] vs "
    "2 [2%]) and fatigue (6 [6%] vs 1 [1%]).",
])
def test_events_listed_after_a_graded_event_have_its_grade(results):
    out = in_two_arms(results)
    assert out["results"] and {r["grade"] for r in out["results"]} == {"3-4"}


@pytest.mark.parametrize("results", [
    "Baseline albumin subgroup analysis showed that patients with low albumin (n = 40) had a shorter PFS (2.1 months "
    "in 21 patients of the drug A group versus 3.2 months in 19 patients of the drug B group, P = 0.04).",
    "A subgroup analysis by age revealed that patients older than 70 years had longer survival with drug A (14.2 "
    "months for drug A versus 9.8 months for drug B).",
])
def test_arm_values_within_a_subgroup_analysis_are_no_arms_own(results):
    out = in_two_arms(results)
    assert not [r for r in out["results"] if r["cohort"].startswith(("drug_a", "drug_b"))]


@pytest.mark.parametrize(("results", "expected"), [
    ("The intention-to-treat analysis showed better 2-year survival (41% v 27%; P = .02).",
     {("OS", "rate", 41.0, "drug_a"), ("OS", "rate", 27.0, "drug_b")}),
    ("Per-protocol analyses showed a longer median time to progression (6.4 v 4.1 months; P = .003).",
     {("TTP", "median", 6.4, "drug_a"), ("TTP", "median", 4.1, "drug_b")}),
    ("This phase III trial showed a higher response rate (38.5 v 21.2%; P = .01).",
     {("ORR", "rate", 38.5, "drug_a"), ("ORR", "rate", 21.2, "drug_b")}),
])
def test_a_pair_after_the_whole_study_as_subject_is_the_arms(results, expected):
    # the study or its analysis of all patients says whose the pair is no more than "It showed" does
    out = in_two_arms(results)
    assert {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in out["results"]} == expected
    # an analysis of some of them does: no group here is the pair's
    some = results.replace("The intention-to-treat analysis", "A subgroup analysis").replace(
        "Per-protocol analyses", "Multivariate analyses").replace("This phase III trial", "The analysis of women")
    assert in_two_arms(some)["results"] == []


@pytest.mark.parametrize("results", [
    "Median times to progression were 7.3 and 4.8 months with drug A and drug B, respectively.",
    "The median times to disease progression were 7.3 months for drug A and 4.8 months for drug B.",
])
def test_two_arms_times_to_progression_in_the_plural(results):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in out["results"]} == {
        ("TTP", "median", 7.3, "drug_a"), ("TTP", "median", 4.8, "drug_b")}


@pytest.mark.parametrize("results", [
    "The pathological complete response rate (41 of 100 [41%] and 12 of 100 [12%], p<0.0001) favoured drug A.",
    "Fatigue (33 [33%] and 14 [14%]; p=0.002) was more frequent with drug A.",
    "Fatigue (33 [33%] and 14 [14%], respectively) was more frequent with drug A than with drug B.",
])
def test_a_bracketed_count_pair_joined_by_and(results):
    out = in_two_arms(results)
    by_arm = {(r["measure"], r["cohort"]): r["value"] for r in out["results"]}
    assert (by_arm[("count", "drug_a")], by_arm[("count", "drug_b")]) in ((41.0, 12.0), (33.0, 14.0))
    assert len(out["results"]) == 4


def test_a_bracketed_and_pair_with_words_after_is_no_pair():
    # "(12 [8%] and 3 [2%] at grade 3 and 4)": two grades of one group, perhaps; not the two arms
    out = in_two_arms("Neutropenia (12 [12%] and 3 [3%] at grade 3 and 4) was seen with drug A.")
    assert not rows_where(out, cohort="drug_b")


@pytest.mark.parametrize("sentence", [
    # the threshold a list of events is cut at is no rate
    "Grade 3 or 4 toxicities experienced by at least 7% of patients are listed in Table 2.",
    "Adverse events reported by more than 12% of patients in either arm are shown in Table 3.",
    "Events seen in >15% of the patients are summarised below.",
    # a design built on an expected median holds no result
    "Based on a median PFS of 8 months in the drug B arm, the final analysis is projected at 40 months.",
    "Based on the median overall survival of 21 months in the drug B arm, a 10% difference corresponds to 60 days.",
])
def test_a_threshold_or_a_design_figure_is_no_result(sentence):
    assert in_two_arms(sentence)["results"] == []


def test_a_share_said_to_be_experienced_by_more_than_is_a_bounded_rate():
    [row] = in_two_arms("Grade 3 neutropenia was experienced by more than 12% of patients given drug A.")["results"]
    assert (row["value"], row["value_op"], row["cohort"]) == (12.0, ">", "drug_a")


@pytest.mark.parametrize("results", [
    # pairs said for parts of the patients are not the arms
    "Median overall survival for drug A versus drug B was 10.2 months versus 7.7 months for women, and 6.4 months "
    "versus 5.1 months for men.",
    "The response rate was 44% versus 30% for never-smokers and 21% versus 19% for smokers.",
    # the arms values of an outcome said of a part of the patients are not the arms
    "The 5-year survival rate for patients with stage II disease was 31% with drug A and 44% with drug B.",
    "The survival rate of stage III patients at 3 years was 18% with drug A and 26% with drug B.",
    "Overall survival in women was 14.2 months with drug A and 11.9 months with drug B.",
])
def test_pairs_said_for_parts_of_the_patients_are_not_the_arms(results):
    assert not rows_where(in_two_arms(results), cohort=("drug_a", "drug_b"))


@pytest.mark.parametrize("results", [
    # the share without an event is not the events rate
    "More patients completed the planned regimen without delayed or reduced doses with drug A (58% versus 36%).",
    "Infection without neutropenia (9% versus 4%) was more frequent with drug A.",
    "The share of patients without grade 3 toxicity was 66% with drug A and 52% with drug B.",
    "Death without relapse was more frequent with drug A (11% vs 6%).",
    # the arms shares of the patients excluded are no outcome
    "Response (complete or partial response vs stable or progressive disease) was assessed in 180 patients; we "
    "excluded 20 patients (11 in the drug A group and 9 in the drug B group) without a scan.",
    "Progressive disease was judged on the scans of 180 patients, excluding 14 patients (8 in the drug A group and 6 "
    "in the drug B group) who had none.",
])
def test_shares_without_the_event_are_no_outcome(results):
    assert in_two_arms(results)["results"] == []


@pytest.mark.parametrize(("results", "endpoint"), [
    ("The 3-year survival without recurrence was 58% with drug A and 47% with drug B.", "DFS"),
    ("The 2-year survival without progression was 38% with drug A and 27% with drug B.", "PFS"),
])
def test_survival_without_the_event_is_the_event_free_survival(results, endpoint):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["cohort"]) for r in out["results"]} == {(endpoint, "drug_a"), (endpoint, "drug_b")}


@pytest.mark.parametrize("results", [
    "Neutropenia occurred in 45 [45%] of 100 patients and thrombocytopenia in 21 [21%] patients with drug A.",
    "Anaemia was seen in 38 [38%] of 100 patients and mucositis in 17 [17%] of them with drug A.",
])
def test_an_event_whose_count_follows_in_square_brackets_keeps_its_own_values(results):
    # the second event's count is its own, not the first event's
    out = in_two_arms(results)
    second = results.split(" and ")[1].split()[0]
    assert {r["category"] for r in out["results"] if r["value"] in (21.0, 17.0)} == {second}


@pytest.mark.parametrize(("results", "expected"), [
    ("Mucositis (31 [31%] vs six [6%] for all grades; seven [7%] vs none for grade 3 or 4) was more common with "
     "drug A.", {(None, "drug_a", 31.0), (None, "drug_b", 6.0), ("3-4", "drug_a", 7.0), ("3-4", "drug_b", 0.0)}),
    ("Neuropathy (none vs 19 [19%] for any grade; none vs three [3%] for grade 3) was seen with drug B only.",
     {(None, "drug_a", 0.0), (None, "drug_b", 19.0), ("3", "drug_a", 0.0), ("3", "drug_b", 3.0)}),
])
def test_two_pairs_of_one_bracket_each_at_its_grade(results, expected):
    out = in_two_arms(results)
    assert {(r["grade"], r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "count"} == expected


@pytest.mark.parametrize(("results", "measure"), [
    ("Drug A gave a reduction in the risk of death at three years (relative risk (RR) 0.91; 95% CI 0.85 to 0.97).",
     "rr"),
    ("Drug A reduced the risk of death at 1 year (OR: 0.84, 95% CI 0.74-0.95; p=0.006).", "or"),
    ("The adjusted risk for death was significantly lower in patients assigned drug A than in those assigned drug B "
     "(hazard ratio 0.77 [95% CI 0.63-0.94]).", "hr"),
])
def test_a_ratio_of_the_risk_of_death_at_a_time_or_said_far_before_is_overall_survivals(results, measure):
    [row] = in_two_arms(results)["results"]
    assert (row["endpoint"], row["measure"]) == ("OS", measure)


@pytest.mark.parametrize("results", [
    "The numbers of deaths from adverse events (7 [7%] vs 4 [4%]) did not differ between groups.",
    "Deaths due to toxicity occurred in 7 (7%) patients given drug A and 4 (4%) given drug B.",
])
def test_deaths_from_adverse_events_are_grade_5_toxicity(results):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["grade"], r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "count"} \
        == {("TOX", "5", "drug_a", 7.0), ("TOX", "5", "drug_b", 4.0)}


@pytest.mark.parametrize(("results", "expected"), [
    # more common terms of adverse events are events
    ("Rash or acne (40 [40%] vs 9 [9%]) and paronychia (12 [12%] vs none) were more common with drug A.",
     {("rash or acne", "drug_a", 40.0), ("rash or acne", "drug_b", 9.0), ("paronychia", "drug_a", 12.0),
      ("paronychia", "drug_b", 0.0)}),
    ("Grade 3/4 granulocytopenia occurred in 33 (33%) and 21 (21%) patients given drug A and drug B, respectively.",
     {("granulocytopenia", "drug_a", 33.0), ("granulocytopenia", "drug_b", 21.0)}),
    ("Asthenic disorders (28 [28%] vs 46 [46%]) were less common with drug A.",
     {("asthenic disorder", "drug_a", 28.0), ("asthenic disorder", "drug_b", 46.0)}),
    # immune related events of checkpoint inhibitors are events
    ("Hypophysitis occurred in 8 patients given drug A (8%) and in 1 given drug B (1%).",
     {("hypophysitis", "drug_a", 8.0), ("hypophysitis", "drug_b", 1.0)}),
    ("Immune-mediated adverse events (22 [22%] vs 6 [6%]), mostly thyroiditis (9 [9%] vs 2 [2%]), were more frequent "
     "with drug A.",
     {("immune-mediated adverse event", "drug_a", 22.0), ("immune-mediated adverse event", "drug_b", 6.0),
      ("thyroiditis", "drug_a", 9.0), ("thyroiditis", "drug_b", 2.0)}),
    ("Adrenal insufficiency was recorded in 4 (4%) and 0 patients receiving drug A and drug B, respectively.",
     {("adrenal insufficiency", "drug_a", 4.0), ("adrenal insufficiency", "drug_b", 0.0)}),
    # a group named between an event and its pair leaves the pair in the papers order
    ("We saw more grade 3 diarrhoea with drug A (21 [21%] vs seven [7%]) and more grade 3 rash with drug B (4 [4%] vs "
     "15 [15%]).", {("diarrhoea", "drug_a", 21.0), ("diarrhoea", "drug_b", 7.0), ("rash", "drug_a", 4.0),
                    ("rash", "drug_b", 15.0)}),
    ("Grade 3 stomatitis was more frequent in the drug A group (11 [11%] vs none).",
     {("stomatitis", "drug_a", 11.0), ("stomatitis", "drug_b", 0.0)}),
])
def test_each_arms_adverse_events(results, expected):
    out = in_two_arms(results)
    assert {(r["category"], r["cohort"], r["value"]) for r in out["results"] if r["measure"] == "count"} == expected


@pytest.mark.parametrize("results", [
    "The QoL response rates were high for cough (61%) and dyspnoea (44%), and low for fatigue (18%).",
    "Symptomatic response rates were good for chest pain (58%), nausea (47%), and fatigue (18%); the objective "
    "response rate was 23%.",
])
def test_response_rates_of_symptoms_are_symptom_responses_not_tumour_responses_or_events(results):
    out = in_one_arm(results)
    codes = {(r["endpoint"], r["category"], r["value"]) for r in out["results"]}
    assert ("SYMPTOM_RESPONSE", "fatigue", 18.0) in codes
    assert not [c for c in codes if c[0] == "TOX"] and all(c[0] != "ORR" or c[2] == 23.0 for c in codes)


@pytest.mark.parametrize("results", [
    "Complete response was obtained in 42 patients, 16 (16%) in the drug A 120 arm and 26 (26%) in the drug A 40 + "
    "drug B arm.",
    "Complete response was obtained in 26 (26%) patients in the drug B 30 arm and 16 (16%) in the drug B 60 group.",
])
def test_the_number_of_a_groups_name_is_no_count(results):
    assert not rows_where(in_two_arms(results), value=(120.0, 40.0, 60.0, 30.0))


@pytest.mark.parametrize("results", [
    "Pathological tumour responses were similar (31 [31%] of 100 patients with drug A vs 27 [27%] of 100 with drug B).",
    "Histological response was seen in 31 (31%) patients given drug A and 27 (27%) given drug B.",
])
def test_the_tumours_response_the_pathologist_judges_is_no_objective_response(results):
    assert {r["endpoint"] for r in in_two_arms(results)["results"]} == {"PATH_RESPONSE"}


@pytest.mark.parametrize("results", [
    "Local control rates at 1 and 3 years were 91% and 84%, while OS rates were 77% and 52%, respectively.",
    "The PFS rates at 1 and 3 years were 58% and 33%, and the OS rates were 77% and 52%, respectively.",
])
def test_rates_of_a_parallel_clause_share_the_first_clauses_times(results):
    out = in_one_arm(results)
    assert {(r["endpoint"], r["value"], r["timepoint_months"]) for r in out["results"] if r["endpoint"] == "OS"} == {
        ("OS", 77.0, 12.0), ("OS", 52.0, 36.0)}


@pytest.mark.parametrize(("results", "expected"), [
    ("Grade 3 rash was more common with drug B (9% vs 3%).", {("drug_b", 9.0), ("drug_a", 3.0)}),
    ("Grade 3 rash was more frequent in the drug B group (3% vs 9%).", {("drug_a", 3.0), ("drug_b", 9.0)}),
    ("Grade 3 rash was less frequent in the drug A group (3% vs 9%).", {("drug_a", 3.0), ("drug_b", 9.0)}),
    ("Grade 3 rash was more common with drug B (14 [14%] vs 5 [5%]).", {("drug_b", 14.0), ("drug_a", 5.0)}),
    # the group compared with is the second value's, as it was
    ("Grade 3 rash was more common with drug A compared with drug B (14% vs 5%).", {("drug_a", 14.0), ("drug_b", 5.0)}),
])
def test_the_group_said_to_have_more_has_the_larger_value_whatever_the_order(results, expected):
    rows = {(r["cohort"], r["value"]) for r in in_two_arms(results)["results"]}
    assert expected <= rows and len({v for _, v in rows}) == len(rows)  # each value one group's


@pytest.mark.parametrize("results", [
    "Adverse events of grade 3 or higher occurred in 31% with drug A and 44% with drug B.",
    "The response rate in patients with measurable disease was 40% (10 of 25 patients) with drug A and 20% (5 of 25 "
    "patients) with drug B.",
])
def test_an_events_grade_or_a_part_with_its_own_total_is_no_part_the_rule_drops(results):
    assert len([r for r in in_two_arms(results)["results"] if r["cohort"].startswith(("drug_a", "drug_b"))]) >= 2


@pytest.mark.parametrize("results", [
    "There was no difference in PFS (HR = 0.87; 95% CI: 0.61 to 1.27) and OS (HR = 0.93; 95% CI: 0.62 to 1.40) "
    "between patients with the high-risk profile when compared to those with the low-risk profile.",
    "RFS did not differ (HR 1.14, 95% CI 0.80-1.57) between patients who had a PET response and those who did not.",
])
def test_ratios_comparing_two_kinds_of_patients_named_after_them_are_no_rows_of_all(results):
    assert not rows_where(in_two_arms(results), measure="hr", cohort="all")


@pytest.mark.parametrize(("results", "expected"), [
    ("Drug A was associated with worse overall survival (AHR, 1.27 [95% CI, 1.08-1.49]) and cancer-specific survival "
     "(AHR, 1.41 [95% CI, 1.15-1.73]).", {("OS", 1.27), ("CSS", 1.41)}),
    ("Progression-free survival was longer with drug A (9.2 months vs. 5.1 months; hazard ratio; 0.44; 95% CI, 0.31 "
     "to 0.62).", {("PFS", 0.44)}),
    ("Overall survival was longer with drug A (aHR 0.81, 95% CI 0.69-0.95).", {("OS", 0.81)}),
])
def test_an_adjusted_ratios_abbreviation_or_a_semicolon_before_its_value(results, expected):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "hr"} == expected


TTP_SAID = "Median times to progression were 7.3 and 4.8 months with drug A and drug B, respectively. "
PFS_SAID = "The median PFS was 7.3 months with drug A and 4.8 months with drug B. "


@pytest.mark.parametrize("results", [TTP_SAID + PFS_SAID, PFS_SAID + TTP_SAID])
def test_one_groups_median_under_the_two_names_of_one_curve_is_one_pfs_row(results):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["value"], r["cohort"]) for r in out["results"]} == {
        ("PFS", 7.3, "drug_a"), ("PFS", 4.8, "drug_b")}
    # other medians under the two names are two endpoints
    other = in_two_arms(results.replace("PFS was 7.3", "PFS was 6.9"))
    assert {(r["endpoint"], r["value"]) for r in other["results"] if r["cohort"] == "drug_a"} == {
        ("TTP", 7.3), ("PFS", 6.9)}


LETTERED_ARMS = ("A trial\n\nWe randomly assigned 90 patients to drug R with radiotherapy (arm A, n = 45) or "
                 "radiotherapy alone (arm B, n = 45). ")


@pytest.mark.parametrize("results", [
    "Overall survival was longer in arm A (median survival 21.4 months) versus arm B (median survival 15.2 months).",
    "Overall survival was longer in arm A (median, 21.4 months) than in arm B (median, 15.2 months).",
    "Survival favoured arm A (median: 21.4 months) over arm B (median: 15.2 months; P = 0.03).",
])
def test_a_median_in_the_bracket_after_each_lettered_arm_is_that_arms(results):
    # the bracket after "arm A" holds its value, not another name of arm A
    out = extract_text(LETTERED_ARMS + results)
    assert {(r["endpoint"], r["measure"], r["value"], r["cohort"]) for r in out["results"]} == {
        ("OS", "median", 21.4, "arm_a"), ("OS", "median", 15.2, "arm_b")}


@pytest.mark.parametrize("results", [
    "Patients with a higher marker level had improved PFS (HR=0.91, 95% CI=0.81-1.02), improved time to first bone "
    "event (HR=0.83, 95% CI=0.67-1.03) and improved OS (HR=0.76, 95% CI=0.62-0.95).",
    "A higher score was linked to longer OS (HR 0.81, 95% CI 0.70-0.94) and a lower risk of hip fracture (HR 0.64, "
    "95% CI 0.45-0.91).",
])
def test_a_ratio_after_an_outcome_no_vocabulary_knows_is_not_the_earlier_outcomes(results):
    out = in_one_arm(results)
    assert all(r["value"] not in (0.83, 0.64) for r in out["results"])


@pytest.mark.parametrize(("results", "expected"), [
    # two treatments compared with after are the pairs groups
    ("Five-year survival was higher after sleeve resection than after pneumonectomy (45% versus 18%; p=0.02).",
     {("sleeve_resection", 45.0), ("pneumonectomy", 18.0)}),
    ("Local control was better following hypofractionated radiotherapy than following conventional radiotherapy "
     "(88% vs 71%).", {("hypofractionated_radiotherapy", 88.0), ("conventional_radiotherapy", 71.0)}),
    # labelled values in a bracket are of the patients named before it
    ("Response and median PFS were similar in patients with mutation-positive plasma (ORR, 58%; PFS, 8.3 months) or "
     "mutation-positive tissue (ORR, 61%; PFS, 8.1 months) results.",
     {("patients_with_mutation_positive_plasma", 58.0), ("patients_with_mutation_positive_plasma", 8.3),
      ("mutation_positive_tissue", 61.0), ("mutation_positive_tissue", 8.1)}),
    ("The overall response rate was 84% for stage II patients (35% had a complete response).",
     {("stage_ii_patients", 84.0), ("stage_ii_patients", 35.0)}),
])
def test_the_groups_of_values_in_a_one_arm_study(results, expected):
    out = in_one_arm(results)
    assert {(r["cohort"], r["value"]) for r in out["results"]} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("Survival was longer with drug A than with drug B (hazard ratio [HR] 0.74, 95% CI 0.60-0.91; p=0.004), as was "
     "progression-free survival (0.69, 0.57-0.84; p=0.0002).", {("OS", 0.74, 0.60, 0.91), ("PFS", 0.69, 0.57, 0.84)}),
    ("Overall survival favoured drug A in men (HR 0.81, 95% CI 0.66-0.99; p=0.04) and in women (0.77, 0.58-1.02; "
     "p=0.07).", {("OS", 0.81, 0.66, 0.99), ("OS", 0.77, 0.58, 1.02)}),
])
def test_ratios_after_the_first_may_be_written_without_their_name(results, expected):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["value"], r["ci_low"], r["ci_high"]) for r in out["results"]} == expected


@pytest.mark.parametrize("results", [
    "Among patients with high marker levels, survival was longer with drug A (HR 0.60, 95% CI 0.45-0.80). Likewise, "
    "for this patient population, progression-free survival was longer with drug A than with drug B (6.1 vs 4.0 "
    "months).",
    "In patients older than 70 years, response was more frequent with drug A. In this subgroup, median survival was "
    "11.8 months with drug A and 9.1 months with drug B.",
])
def test_values_said_of_the_subgroup_named_before_are_no_arms_own(results):
    out = in_two_arms(results)
    assert not [r for r in out["results"] if r["cohort"] in ("drug_a", "drug_b") and r["measure"] != "hr"]


def test_this_population_in_a_one_group_study_is_the_study():
    out = in_one_arm("In this population, the objective response rate was 38%.")
    assert [(r["cohort"], r["value"]) for r in out["results"]] == [("all", 38.0)]


@pytest.mark.parametrize(("results", "expected"), [
    # a grade in the next events bracket is not this events
    ("More grade 3 or 4 neutropenia (38.2% v 22.4%), peripheral neuropathy (3.9% v 0%), and alopecia (grade 1 or 2; "
     "33.1% v 5.2%) occurred with drug A.", {"neutropenia": "3-4", "peripheral neuropathy": "3-4", "alopecia": "1-2"}),
    ("Grade 3-4 anaemia (13% vs 6%), nausea (4% vs 1%), and rash (any grade; 40% vs 10%) were more common with drug A.",
     {"anaemia": "3-4", "nausea": "3-4", "rash": None}),
    # grades written number first or said again down a list
    ("Drug A and drug B were associated with a similar rate of 3/4 grade leukopenia (21% vs 13%) and 3/4 grade "
     "nausea (6% vs 2%).", {"leukopenia": "3-4", "nausea": "3-4"}),
    ("The incidence of grade 3/4 neutropenia (22% vs 15%), myalgia (6% vs 9%), alopecia (81% vs 87%), and grade 3/4 "
     "stomatitis (6% vs 12%) was lower with drug A.",
     {"neutropenia": "3-4", "myalgia": None, "alopecia": None, "stomatitis": "3-4"}),
])
def test_the_grade_of_each_event(results, expected):
    out = in_two_arms(results)
    assert {r["category"]: r["grade"] for r in out["results"]} == expected


@pytest.mark.parametrize(("results", "expected"), [
    ("Response rate, median survival and the 1-year survival rate were 35.0%, 11.9 months, and 52.2%, "
     "respectively.", {("ORR", "rate", 35.0), ("OS", "median", 11.9), ("OS", "rate", 52.2)}),
    ("The objective response rate, median progression-free survival and 2-year overall survival rate were 44%, "
     "7.2 months and 31%, respectively.", {("ORR", "rate", 44.0), ("PFS", "median", 7.2), ("OS", "rate", 31.0)}),
])
def test_a_respectively_list_with_a_median_among_rates_pairs_in_order(results, expected):
    out = in_one_arm(results)
    assert {(r["endpoint"], r["measure"], r["value"]) for r in out["results"]} == expected


@pytest.mark.parametrize("results", [
    "In patients without any recorded progression, median OS was 16.6 versus 15.8 months (HR 0.91) for drug A "
    "and drug B, respectively.",
    "Among patients whose tumours were larger than 5 cm, median survival was 12.4 months with drug A and 10.1 months "
    "with drug B (HR 0.91).",
])
def test_arm_values_within_the_part_of_the_patients_a_sentence_opens_with(results):
    out = in_two_arms(results)
    assert [r["measure"] for r in out["results"]] == ["hr"]
    assert out["results"][0]["cohort"] not in ("drug_a", "drug_b", "all")


def test_a_misspelt_confidence_interval_is_an_interval():
    out = in_one_arm("Median survival was 14.1 months (95% confidential interval: 11.2-17.0).")
    assert [(r["value"], r["ci_low"], r["ci_high"]) for r in out["results"]] == [(14.1, 11.2, 17.0)]


@pytest.mark.parametrize("results", [
    "Progression-free survival was longer with drug A (HR = 0.74, 95% CI of HR (0.58-0.89); p = 0.003).",
    "Progression-free survival was longer with drug A (HR: 0.74, CI95%: 0.58-0.89).",
    "Progression-free survival was longer with drug A (hazard ratio 0.74, CI 95% 0.58 to 0.89).",
])
def test_an_interval_written_in_other_orders_is_the_ratios(results):
    [row] = in_two_arms(results)["results"]
    assert (row["endpoint"], row["measure"], row["value"], row["ci_low"], row["ci_high"]) == ("PFS", "hr", 0.74, 0.58,
                                                                                             0.89)


def test_a_header_naming_the_ratios_interval_keeps_its_words():
    from oncoev.extract.normalize import normalize
    header = "Factor | HR | 95% CI for HR | p\nStage (III vs II) | 1.84 | 1.12-3.02 | 0.02\n"
    assert normalize(header).text == header


def test_the_level_of_confidence_limits_is_no_rate():
    out = in_two_arms("Progression-free survival was longer with drug A (HR 0.74; 95% confidence limits 0.58 and "
                      "0.89).")
    assert [(r["measure"], r["value"]) for r in out["results"]] == [("hr", 0.74)]
    assert not [u for u in out["unexplained"] if u["value"] == 95.0]


@pytest.mark.parametrize("results", [
    "Subjective response was seen in 70% of patients.",
    "Subjective improvement occurred in 61% of the patients after treatment.",
])
def test_a_subjective_response_is_a_symptom_response_not_an_objective_one(results):
    out = in_one_arm(results)
    assert {r["endpoint"] for r in out["results"]} == {"SYMPTOM_RESPONSE"}


@pytest.mark.parametrize(("results", "expected"), [
    ("For arm B, the median TTP and OS were 16.2 weeks and 40.1 weeks respectively.",
     {("TTP", 3.74, "arm_b"), ("OS", 9.25, "arm_b")}),
    ("In arm A, the median PFS and OS were 5.2 and 11.8 months, respectively.",
     {("PFS", 5.2, "arm_a"), ("OS", 11.8, "arm_a")}),
])
def test_one_groups_values_of_the_outcomes_named_in_order(results, expected):
    out = extract_text(LETTERED_ARMS.replace("drug R with radiotherapy", "drug R") + results)
    assert {(r["endpoint"], r["value"], r["cohort"]) for r in out["results"]} == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "toxic effects" and "adverse reactions" alone head thresholds; a grade before them makes them the graded events
    ("Grade 3 or worse toxic effects occurred in 41 (12%) patients.", ("TOX", "rate", 12.0, ">=3")),
    ("Treatment-related grade 3-4 adverse reactions were seen in 17 (9%) of the 190 women.",
     ("TOX", "rate", 9.0, "3-4")),
])
def test_graded_toxic_effects_and_adverse_reactions_are_events_of_that_grade(sentence, expected):
    assert expected in {(r[0], r[1], r[3], r[4]) for r in rows(sentence)}


def _pairs(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("category"),
             f.group.label if f.group else None)
            for f in find_results(normalize(sentence).text).found}


@pytest.mark.parametrize("sentence", [
    # the first pair right after the comparison of the groups, then the events the comparison lists
    "Grade 3 or worse adverse events were more common with drug K than with placebo (41 [12%] vs 8 [3%]), notably "
    "rash (20 [6%] vs 2 [1%]) and diarrhoea (11 [3%] vs 1 [<1%]).",
    "Serious adverse events were more frequent in the drug K group than in the placebo group (41 [12%] vs 8 [3%]), "
    "specifically rash (20 [6%] vs 2 [1%]).",
])
def test_the_pair_after_a_comparison_is_the_events_before_it_when_a_list_follows(sentence):
    got = _pairs(sentence)
    code = "SAE" if sentence.startswith("Serious") else "TOX"
    assert {(code, "count", 41.0), (code, "count", 8.0)} <= {r[:3] for r in got}
    assert ("TOX", "count", 20.0, "rash") in {r[:4] for r in got}


@pytest.mark.parametrize("sentence", [
    # values each followed by a short name of their own in brackets are groups' (of names no rule knows): never all's
    "Haematological grade 3/4 toxic effects were 12% (GPx) and 70% (GVb) (P < 0.001).",
    "The response rate was 35% (arm one) and 20% (arm two).",
])
def test_values_each_with_a_bracketed_name_are_not_all_patients(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found if f.group is None]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "compared with" between two values alone in a bracket is a "versus"
    ("Drug V plus drug W improved on drug V alone with regard to response rate (27.3% compared with 10.2%, "
     "respectively; P < .001).", {("ORR", "rate", None, 27.3), ("ORR", "rate", None, 10.2)}),
    ("The combination lengthened the median time to progressive disease (6.1 months compared with 4.4 months; "
     "P = .01).", {("TTP", "median", None, 6.1), ("TTP", "median", None, 4.4)}),
])
def test_a_pair_joined_by_compared_with_in_a_bracket_is_read(sentence, expected):
    assert expected <= {r[:4] for r in rows(sentence)}


def test_blocks_joined_by_compared_with_keep_the_groups_named_after_them():
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None)
           for f in find_results(normalize("The 3-year OS and PFS rates for patients with anaemia were 54% and 41%, "
                                           "compared with 66% and 52% for patients without anaemia.").text).found}
    assert ("OS", 66.0, "patients without anaemia") in got and ("PFS", 41.0, "patients with anaemia") in got


@pytest.mark.parametrize("sentence", [
    # a bound followed by what it measures defines the outcome: no rate of it
    "Those with a partial response (>50% fall in the PSA level) went on to the second phase.",
    "Stable disease (<20% growth of the target lesions) qualified for maintenance.",
    # toxic effects heading a threshold are still no result
    "Toxic effects were uncommon (<10%) and mostly mild.",
])
def test_a_bound_that_defines_the_outcome_is_no_rate_of_it(sentence):
    assert not rows(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bound that is the outcomes share is still its rate
    # a bound that is the outcome's own share stays a rate: before the outcome, or before "risk"
    ("Fewer than 10% local recurrences were seen after the boost.", ("FAIL_LOCAL", "rate", None, 10.0)),
    ("The risk of myelopathy was below 1% in this series.", ("TOX", "rate", None, 1.0)),
    # a median said after a survival rate is that curves
    # a median said after a survival rate, of the same curve
    ("Recurrence-free survival at 4 years was 31% with the median being 22.5 months.", ("DFS", "median", None, 22.5)),
    ("The 3-year overall survival was 41%, with a median of 27.2 months.", ("OS", "median", None, 27.2)),
    # an objective remission is the objective response
    ("The objective remission rate was 64% (95% CI 52-75%).", ("ORR", "rate", None, 64.0)),
    ("Drug V raised the pCR rate (21% vs 9%) and the overall remission rate (81% vs 70%).",
     ("ORR", "rate", None, 81.0)),
])
def test_a_row_of_the_sentence_by_its_first_fields(sentence, expected):
    assert expected in {r[:4] for r in rows(sentence)}


@pytest.mark.parametrize("text", [
    # words a rule cut into no group's name ("patients with", "such as ...") give no group and no row
    # (the trait said once after "with ... and ... without" names both groups: test_extract_unread_results.py)
    "Marker study.\n\nRESULTS: Sixty patients were studied. Median progression-free survival was 9 months in "
    "patients with and 14 months in patients treated for the K mutation.",
    "Marker study.\n\nRESULTS: Sixty patients were studied. Median overall survival might be shorter in some "
    "subgroups, such as smokers (HR 1.41, 95% CI 1.02-1.95).",
])
def test_a_group_name_cut_at_a_word_that_needs_more_is_no_group(text):
    extraction = extract_text(text, "study.txt")
    labels = {c["label"] for c in extraction["cohorts"] + extraction["arms"]}
    assert not {label for label in labels if label.endswith(" with") or label.startswith("such as")}
    assert 9.0 not in {r["value"] for r in extraction["results"]} and 1.41 not in {r["value"] for r in
                                                                                    extraction["results"]}


@pytest.mark.parametrize(("text", "dropped"), [
    # analyses named with "a"/"an" are no groups: their ratios are not said of any group of patients
    ("Registry study.\n\nRESULTS: We analysed 900 patients. Chemotherapy gave no overall survival advantage in a Cox "
     "model (hazard ratio [HR], 0.95; 95% CI, 0.83 to 1.09), a propensity score matched cohort (HR, 1.05; 95% CI, "
     "0.90 to 1.23), or an instrumental variable analysis (HR, 1.01; 95% CI, 0.85 to 1.20).", {1.05, 1.01}),
    ("Registry study.\n\nRESULTS: We analysed 900 patients. Radiotherapy gave no progression-free survival benefit "
     "in a landmark analysis (hazard ratio [HR], 0.91; 95% CI, 0.70 to 1.18) or an inverse probability weighted model "
     "(HR, 0.97; 95% CI, 0.79 to 1.19).", {0.97}),
])
def test_an_analysis_named_with_an_article_is_no_group(text, dropped):
    extraction = extract_text(text, "study.txt")
    assert not {c["label"] for c in extraction["cohorts"] if c["label"].lower().startswith(("a ", "an "))}
    assert not dropped & {r["value"] for r in extraction["results"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    # later items leave out the endpoint and "patients": "..., with B was b"
    ("Median survival of patients with squamous tumours was 11 months, with adenocarcinoma was 14 months, and with "
     "large-cell tumours was 9 months.", {("patients with adenocarcinoma", 14.0), ("patients with large-cell tumours",
                                                                                    9.0)}),
    ("The 2-year survival rate of women with node-negative disease was 81%, and with node-positive disease was 64%.",
     {("women with node-positive disease", 64.0)}),
])
def test_a_subgroup_list_that_leaves_out_the_endpoint_gives_each_its_value(sentence, expected):
    got = {(f.group.label, f.fields["value"]) for f in find_results(normalize(sentence).text).found if f.group}
    assert expected <= got


@pytest.mark.parametrize("sentence", [
    # symptoms the patients came with are no adverse events
    "On admission, 90% of the 200 eligible patients had cough, 40% haemoptysis, 55% chest pain, and 60% anorexia.",
    "The most common presenting respiratory symptoms were dyspnoea (88%), cough (74%), and chest pain (41%).",
])
def test_symptoms_at_admission_or_presenting_are_no_adverse_events(sentence):
    assert not [r for r in rows(sentence) if r[0] == "TOX"]


@pytest.mark.parametrize("sentence", [
    # chest pain is an adverse event like any other term, in a list of counted events
    "The commonest grade 3 events after surgery were dyspnoea (5 [17%]), chest pain (4 [13%]), and pneumonia (2 [7%]).",
    "Grade 2 chest pain occurred in 6 patients (11%).",
])
def test_chest_pain_is_an_adverse_event_term(sentence):
    assert "chest pain" in {r[5] for r in rows(sentence) if r[0] == "TOX"}


@pytest.mark.parametrize("sentence", [
    # downstaging said as what happened to the patients
    "Thirty-one of 44 patients (70%) were downstaged at surgery.",
    "In all, 12 patients (27%) were down-staged after induction.",
])
def test_patients_who_were_downstaged_are_counted_as_downstaging(sentence):
    assert "DOWNSTAGING" in {r[0] for r in rows(sentence) if r[1] == "count"}


@pytest.mark.parametrize("results", [
    # a name cut at the next value ("for D and 30.4% for DC" -> "D and 30") is no group
    "The response rates were 12.1% for D and 30.4% for DC (P = .02).",
    "Median survival was 7.2 months for V and 9.5 months for VC.",
])
def test_a_group_name_that_runs_into_the_next_value_is_no_group(results):
    extraction = extract_text("Elderly patients.\n\nPURPOSE: To compare two regimens.\n\nRESULTS: " + results, "t.txt")
    assert not [c["label"] for c in extraction["cohorts"] if re.search(r"\band \d", c["label"])]


@pytest.mark.parametrize("results", [
    # "the two groups" is no group called "group" of two patients
    "Overall survival at 4 years in the two groups was much the same (61.0% vs. 63.2%, P = 0.71).",
    "Local control rates of the two arms were alike (88% vs. 85%).",
])
def test_the_two_groups_is_no_group_of_two(results):
    extraction = extract_text("A trial.\n\nMETHODS: Patients were randomly assigned to drug K (n = 90) or placebo "
                              "(n = 88).\n\nRESULTS: " + results, "t.txt")
    assert not [c for c in extraction["cohorts"] + extraction["arms"] if c["n"] == 2 or "group" == c["label"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Distant metastasis-free survival at 3 years was 88% (stage I) and 79% (stage II) (P = .02).",
     {("DMFS", 88.0, "stage I", 0.02), ("DMFS", 79.0, "stage II", 0.02)}),
    ("Median survival was 21 months (women) and 14 months (men).",
     {("OS", 21.0, "women", None), ("OS", 14.0, "men", None)}),
])
def test_two_values_each_named_in_the_bracket_after_it(sentence, expected):
    got = {(f.fields["endpoint"], f.fields["value"], f.group.label if f.group else None, f.fields.get("p_value"))
           for f in find_results(normalize(sentence).text).found}
    assert got == expected


def test_two_values_with_intervals_in_their_brackets_name_no_groups():
    found = find_results(normalize("Median survival was 21 months (95% CI 18-24) and 14 months (12-16).").text).found
    assert not [f for f in found if f.group is not None and f.group.label]


@pytest.mark.parametrize(("sentence", "code", "median"), [
    ("The median, 3-year, and 5-year overall survival in our series were 31.2 months, 45%, and 33%.", "OS",
     31.2),
    ("The median, 2-year and 4-year progression-free survival were 14.1 months, 38% and 21%.", "PFS", 14.1),
])
def test_a_median_listed_with_times_before_one_outcome(sentence, code, median):
    got = {(f.fields["endpoint"], f.fields["measure"], f.fields["value"])
           for f in find_results(normalize(sentence).text).found}
    assert (code, "median", median) in got and len([g for g in got if g[1] == "rate"]) == 2


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The complete response rate was 57.1% (stage Ia 63.2%, stage Ib 41%, p = 0.01), with a mean local recurrence "
     "interval of 23.1 months.", {(57.1, None), (63.2, "stage Ia"), (41.0, "stage Ib")}),
    ("The response rate was 40% (women 52%, men 31%).", {(40.0, None), (52.0, "women"), (31.0, "men")}),
])
def test_a_whole_and_its_parts_named_in_the_bracket_after_it(sentence, expected):
    found = find_results(normalize(sentence).text).found
    got = {(f.fields["value"], f.group.label if f.group else None) for f in found}
    assert got == expected


def test_a_breakdown_by_kind_of_event_names_no_group():
    found = find_results(normalize("Recurrence was 25% (local or regional 6%, systemic 19%).").text).found
    assert not [f for f in found if f.group is not None and f.group.label]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hazard ratio for PFS was 0.75 (95% CI 0.61-0.92) and for OS 0.88 (95% CI 0.70-1.10).",
     {("PFS", 0.75), ("OS", 0.88)}),
    ("For A compared with B, the hazard ratio for PFS was 1.06 [95% CI 0.84-1.33], and for overall survival, it was "
     "0.91 (95% CI 0.71-1.17).", {("PFS", 1.06), ("OS", 0.91)}),
    ("The HR for OS was 0.75 (0.61-0.92), and for patients older than 70, 0.85 (0.70-1.03).", {("OS", 0.75)}),
])
def test_a_second_ratio_named_once_after_and_for_its_outcome(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["endpoint"], f.fields["value"]) for f in found if f.fields["measure"] == "hr"} == expected


# "v" and "v." for versus between two groups' values: the first group's name ends before it, and "v." before a
# number ends no sentence.
V_FOR_VERSUS = [
    ("Median survival was 11.0 months for the radiotherapy group v 7.5 months for the supportive-care group.",
     {("radiotherapy group", 11.0), ("supportive-care group", 7.5)}),
    ("The median time to progression was 4.2 months for the weekly arm v. 3.1 months for the three-weekly arm.",
     {("weekly arm", 4.2), ("three-weekly arm", 3.1)}),
]


@pytest.mark.parametrize("text, expected", V_FOR_VERSUS)
def test_v_between_two_groups_values_is_versus(text, expected):
    extraction, labels = labelled_extraction(text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "..., and that of B was v": the same outcome, of another group; the value before is the group's named between its
# outcome and it, else all patients'.
THAT_OF = [
    ("The 3-year disease-free survival of node-negative women was 88%, and that of node-positive women was 61% "
     "(P < .01).", {("node-negative women", 88.0), ("node-positive women", 61.0)}),
    ("The median overall survival of current smokers was 14 months, whereas that of never-smokers was 23 months.",
     {("current smokers", 14.0), ("never-smokers", 23.0)}),
    ("The 2-year local control was 79% overall; that of patients older than 75 years was 64%.",
     {("All patients", 79.0), ("patients older than 75 years", 64.0)}),
]


@pytest.mark.parametrize("text, expected", THAT_OF)
def test_that_of_another_group_is_the_same_outcome(text, expected):
    extraction, labels = labelled_extraction(text)
    found = {(labels[r["cohort"]], r["value"]) for r in extraction["results"]}
    assert found == expected
    assert len({(r["endpoint"], r["measure"], r.get("timepoint_months")) for r in extraction["results"]}) == 1


# "..., significantly higher than that for B (44%, p < 0.01)": the other group's value alone in the bracket after
# its name; a value of the past is no group's.
@pytest.mark.parametrize("text, expected", [
    ("The 3-year survival rate for patients without nodal involvement was 71%, significantly higher than that for "
     "patients with nodal involvement (44%, P<0.01).",
     {("patients without nodal involvement", 71.0), ("patients with nodal involvement", 44.0)}),
    ("Median survival of women was 19.5 months, longer than that of men (12.1 months; p = 0.03).",
     {("women", 19.5), ("men", 12.1)}),
    ("The response rate was 35%, higher than that of historical controls (20%).", {("All patients", 35.0)}),
    # a list of groups goes on after the bracket: which value is compared with which is not said
    ("Median survival for women was 19.5 months, longer than that for men (12.1 months), children (15.0 months) and "
     "the elderly (9.3 months).", {("women", 19.5)}),
    # "Significantly more A-treated patients had X (a vs b)": how many is no part of the group's name, and "More
    # patients had X (a vs b)" names no group at all.
    ("More patients had a partial response (52.4 vs. 31.0%, P = 0.02).", set()),
    ("Significantly fewer patients had grade 3 fatigue (11% vs 24%; p = 0.01).", set()),
    ("Significantly more smokers had a partial response (52.4 vs. 31.0%, P = 0.02).",
     {("smokers", 52.4), ("not smokers", 31.0)}),
    ("A higher proportion of irradiated patients had a partial response (52.4% vs 31.0%).",
     {("irradiated patients", 52.4), ("not irradiated patients", 31.0)}),
])
def test_than_that_of_a_group_with_its_value_in_the_bracket(text, expected):
    extraction, labels = labelled_extraction(text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


# "The response rate was 41%, higher than that of the B group (22%)": in a two-arm trial the first value is the
# other arm's; with three arms it is no arm's that the sentence says, and no row.
@pytest.mark.parametrize("intro, text, expected", [
    ("We randomly assigned 300 adults to zorbicin or placebo. ",
     "The response rate was 41%, higher than that of the placebo group (22%).",
     {("zorbicin", 41.0), ("placebo", 22.0)}),
    ("We randomly assigned 300 adults to zorbicin or placebo. ",
     "Median survival was 13.1 months, and that of the placebo group was 9.9 months.",
     {("zorbicin", 13.1), ("placebo", 9.9)}),
    ("We randomly assigned 300 adults to zorbicin, rubicin or placebo. ",
     "The response rate was 41%, and that of the placebo group was 22%.", {("placebo", 22.0)}),
])
def test_a_value_before_that_of_one_arm(intro, text, expected):
    extraction, labels = labelled_extraction(intro + text)
    assert {(labels[r["cohort"]], r["value"]) for r in extraction["results"]} == expected


@pytest.mark.parametrize("text", [
    "Local control was similar to that of surgery, 85%.",
    "The 5-year survival of 40% compares well with that of older series (25%).",
])
def test_that_of_after_a_comparison_names_no_group(text):
    assert all(r["cohort"] == "all" for r in extract_text(text)["results"])


# Ratios listed each with the outcome after it, one of them an outcome no name knows: that one gives no row, the
# others keep their own outcomes (and "progression-free survival" after a ratio is no "progression" alone).
RATIO_LIST_UNKNOWN = [
    ("The hazard ratio of drug K versus placebo was 0.93 (95% CI 0.71 to 1.22) for new primary tumours, 0.87 "
     "(95% CI 0.64 to 1.18) for recurrence, and 1.04 (95% CI 0.80 to 1.35) for mortality.",
     {("DFS", 0.87), ("OS", 1.04)}),
    ("Hazard ratios for the triplet were 0.69 (95% CI, 0.55-0.87) for progression-free survival, 1.21 "
     "(95% CI, 0.90-1.63) for hospital admission and 0.83 (95% CI, 0.70-0.98) for overall survival.",
     {("PFS", 0.69), ("OS", 0.83)}),
]


@pytest.mark.parametrize("text, expected", RATIO_LIST_UNKNOWN)
def test_a_listed_ratio_of_an_unknown_outcome_gives_no_row(text, expected):
    found = {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]}
    assert found == expected


# Short names that say the median themselves: "MST" (median survival time), "mOS", "mPFS".
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The MST of the whole cohort was 17.4 months.", {("OS", "median", 17.4)}),
    ("MST reached 9.8 months, and the 1-year survival was 41%.", {("OS", "median", 9.8), ("OS", "rate", 41.0)}),
    ("The mPFS was 4.4 months and the mOS was 10.9 months.", {("PFS", "median", 4.4), ("OS", "median", 10.9)}),
])
def test_a_short_name_of_a_median_is_a_median(sentence, expected):
    assert {(r[0], r[1], r[3]) for r in rows(sentence)} == expected


# A spread open at the top ("IQR 8.1-not reached") is a spread like any other; and where a sentence names a range or
# IQR and no interval, a bare bracket after another value is the same spread, not a confidence interval (a ratio's
# bare bracket stays its interval).
SPREADS = [
    ("Median survival was 31.4 months (IQR 8.1-not reached) in arm 1 versus 25.9 months (7.7-44.0) in arm 2 "
     "(hazard ratio 0.91 [0.72-1.15]).",
     {(31.4, None, None), (25.9, None, None), (0.91, 0.72, 1.15)}),
    ("The median time to progression was 6.2 months (range 1.1-19.0) with drug R and 4.8 months (0.9-15.5) with "
     "drug S.", {(6.2, None, None), (4.8, None, None)}),
]


@pytest.mark.parametrize("text, expected", SPREADS)
def test_a_spread_is_no_interval(text, expected):
    found = {(r["value"], r.get("ci_low"), r.get("ci_high")) for r in extract_text(text)["results"]}
    assert found == expected


# A ratio of deaths said before it, with another outcome in the clause after it: the ratio is overall survival's.
@pytest.mark.parametrize("sentence", [
    "The relative reduction in the risk of death with drug N was 24% (hazard ratio, 0.76; 95% CI, 0.63 to 0.91), "
    "and rates of adverse events were lower with drug N.",
    "The hazard of death was lower with drug N (hazard ratio 0.81; 95% CI 0.69 to 0.95), whereas the response rate "
    "was similar in both arms.",
])
def test_a_ratio_of_deaths_said_before_it_is_overall_survivals(sentence):
    assert {(r[0], r[3]) for r in rows(sentence) if r[1] == "hr"} in ({("OS", 0.76)}, {("OS", 0.81)})


# A value followed by a group named with its size ("93% for X-based therapy (n = 15)") is that group's.
@pytest.mark.parametrize("text", [
    "We observed a disease control rate of 88% for platinum-based therapy (n = 17) and a disease control rate of 60% "
    "for immunotherapy (n = 5).",
    "The response rate was 45% in those treated off protocol (n = 11).",
])
def test_a_value_of_a_group_named_with_its_size_is_that_groups(text):
    extraction = extract_text(text)
    assert extraction["results"] and all(r["cohort"] != "all" for r in extraction["results"])


# Values, their time point, then the groups they are of, "respectively".
@pytest.mark.parametrize("sentence, expected", [
    ("Local control rates were 91% and 66% at 24 months for peripheral and central tumours, respectively.",
     {(91.0, 24.0), (66.0, 24.0)}),
    ("Disease-free survival rates were 74% and 52% at 3 years in women under 50 and women over 50, respectively.",
     {(74.0, 36.0), (52.0, 36.0)}),
])
def test_values_then_their_time_then_their_groups_respectively(sentence, expected):
    found = find_results(normalize(sentence).text).found
    assert {(f.fields["value"], f.fields["timepoint_months"]) for f in found} == expected
    assert all(f.group is not None and f.group.label for f in found)


# Counts after a share of a part of the patients set apart by a trait are that part's: never all patients'.
@pytest.mark.parametrize("sentence", [
    "Nine (31%) of the 29 assessable patients who had received prior radiotherapy had a partial response and 11 "
    "(38%) had stable disease.",
    "Seven (25%) of the 28 women with visceral metastases had a partial response and 12 (43%) had stable disease.",
])
def test_counts_after_a_share_of_a_part_are_never_all_patients(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found if f.group is None or not f.group.label]


@pytest.mark.parametrize("sentence", [
    # "k (x%) and m (y%) required a dose reduction of X and Y, respectively": each count is one item's, which no row
    # names; never the outcome's as a whole.
    "In the first arm, 31 patients (24%) and 40 patients (31%) required a dose reduction of drug P and drug Q, "
    "respectively.",
    "Overall, 9 (11%) and 15 (18%) patients discontinued treatment because of fatigue and of neuropathy, "
    "respectively.",
    # A value after a contrast whose clause has a subject of its own, which no endpoint reads, is that subject's.
    "Local recurrence was more frequent after wedge resection, whereas nodal spread was more often seen after "
    "segmentectomy (41%).",
    "Pain scores did not differ, but analgesic use was lower in the block group (OR 0.42; 95% CI 0.20-0.88).",
    # An unnamed pair in the bracket right after a part of the patients compares two groups within that part: no row.
    "Three-year survival was better with adjuvant radiotherapy in N2 patients (41.5 versus 30.2%, p = 0.01).",
    "Local control favoured the higher dose for stage II tumours (88% vs 71%) but not for stage I tumours.",
])
def test_values_that_are_not_the_outcomes_named(sentence):
    assert find_results(normalize(sentence).text).found == []


@pytest.mark.parametrize("sentence", [
    "Grade 3 rash was seen in 20% of patients, but it was 5% after the dose was lowered.",
    "Local recurrence was seen in 12% of patients, whereas the rate was 30% after surgery alone.",
])
def test_a_contrast_without_a_subject_of_its_own_keeps_the_outcome(sentence):
    assert find_results(normalize(sentence).text).found


@pytest.mark.parametrize("sentence", [
    "The median OS and PFS of the entire series were 21.5 and 9 months, respectively.",
    "The 2-year local control and survival of all treated patients were 81% and 64%, respectively.",
    # an unnamed pair of the whole study stays
    "Three-year survival was better with adjuvant radiotherapy (41.5 versus 30.2%, "
    "p = 0.01).",
])
def test_values_after_of_the_whole_and_respectively_are_the_outcomes(sentence):
    assert len(find_results(normalize(sentence).text).found) == 2


# "a 10% relative survival benefit" is an effect on survival, not relative survival; a sentence pooling this trial
# with earlier ones ("Updating the meta-analysis with these results ...") gives no row of the trial's own.
@pytest.mark.parametrize("sentence", [
    "A 9% relative survival benefit was seen with the added drug.",
    "There was a relative survival improvement of 7% with the longer course.",
])
def test_a_relative_survival_benefit_is_no_relative_survival(sentence):
    assert not [f for f in find_results(normalize(sentence).text).found
                if f.fields["endpoint"] == "RELATIVE_SURVIVAL"]


@pytest.mark.parametrize("sentence", [
    "Updating the meta-analysis with these results gives a hazard ratio for death of 0.91 (95% CI 0.80-1.04).",
    "The addition of this trial to the pooled analysis of 2100 patients gives an overall survival hazard ratio of "
    "0.87 (95% CI 0.77-0.98).",
])
def test_a_sentence_pooling_the_trial_with_others_gives_no_row(sentence):
    text = "Results: Median survival was 14 months (95% CI 12-16). " + sentence
    assert [r["value"] for r in extract_text(text)["results"]] == [14.0]


@pytest.mark.parametrize("text, expected", [
    # "The ORR was 63%, and 25% had stable disease": the second value heads its own item, the people's verb and its
    # outcome straight after it; the two are no list of the first outcome's values.
    ("The objective response rate was 58%, and 27% had stable disease.", {("ORR", 58.0), ("SD", 27.0)}),
    ("The objective response rate was 58%, and 27% of patients had stable disease.", {("ORR", 58.0), ("SD", 27.0)}),
    ("The complete response rate was 36% and 41% had a partial response.", {("CR", 36.0), ("PR", 41.0)}),
    # "The median OS and SBP were a and b, respectively": the second outcome no name knows; the first value is the first
    # outcome's, the other left unexplained (not when more stands between the values).
    ("The median OS and TBP were 27.4 months (95% CI, 22.9-31.0 months) and 17.2 months (95% CI, 12.8-21.6 "
     "months), respectively.", {("OS", 27.4)}),
    ("Median overall survival and time to second progression were 21.7 and 13.9 months, respectively.",
     {("OS", 21.7)}),
    ("The 3-year local control and the distant-free rate were 86% and 58%, respectively.", {("LC", 86.0)}),
    ("The median OS and TBP were 27.4 months, 17.2 months and 9.0 months, respectively.", set()),
    # "2-year freedom from severe toxicity of 81%": the share free of the event, never the event's rate (an outcome
    # named as a freedom, "freedom from recurrence", keeps its own reading).
    ("Patients treated for peripheral tumours had 2-year freedom from severe toxicity of 81% compared with only 52% "
     "for patients with central tumours.", set()),
    ("The 3-year freedom from grade 3 toxicity was 88%.", set()),
    ("The 5-year freedom from recurrence was 71%.", {("DFS", 71.0)}),
])
def test_the_outcome_of_each_value(text, expected):
    assert {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]} == expected


# "(median 21 months)" straight after a survival's rates: that survival's median, the same patients'; not when the
# bracket says the median was not reached, nor when the rates were of two outcomes.
@pytest.mark.parametrize("text, expected", [
    ("The 1- and 3-year overall survival rates were 71% and 29%, respectively (median 19 months).", ("OS", 19.0)),
    ("Disease-free survival at 5 years was 48% (median, 55.5 months).", ("DFS", 55.5)),
    ("The 3-year progression-free survival was 61% (median not reached).", None),
    ("The 2-year local control and overall survival were 83% and 57% (median 26 months).", None),
])
def test_a_median_in_the_bracket_after_a_survivals_rates(text, expected):
    medians = {(r["endpoint"], r["value"]) for r in extract_text(text)["results"] if r["measure"] == "median"}
    assert medians == ({expected} if expected else set())


# "local-regional failure", "loco-regional recurrence": the locoregional failure written with a hyphen inside.
@pytest.mark.parametrize("text", [
    "Local-regional failure occurred in 14 patients (12%).",
    "Loco-regional recurrence was seen in 14 patients (12%).",
])
def test_locoregional_failure_with_a_hyphen_inside(text):
    assert {(r["endpoint"], r["value"]) for r in extract_text(text)["results"]} == {("FAIL_LOCAL", 14.0),
                                                                                   ("FAIL_LOCAL", 12.0)}


# "Of the 31 patients with local failure, 26 ...": the opening group's own size is a count among all the patients;
# the counts after it are within that group.
@pytest.mark.parametrize("text, size, inner", [
    ("A total of 180 patients were treated. Of the 27 patients with local failure, 19 (70%) had in-field failure.",
     27.0, 19.0),
    ("We treated 95 patients. Among the 12 patients with a complete response, 4 (33%) relapsed later.", 12.0, 4.0),
])
def test_the_size_of_the_opening_group_is_counted_among_all(text, size, inner):
    counts = {r["value"]: r["cohort"] for r in extract_text(text)["results"] if r["measure"] == "count"}
    assert counts[size] == "all" and counts[inner] != "all"


# "... compared with those who had stable or progressive disease (14%)": the other side of a comparison, a group named
# by the outcome it had; its value is of the outcome compared, never a rate of that outcome.
@pytest.mark.parametrize("text", [
    "Responders had a better 3-year survival rate (52%) compared with those who had stable or progressive disease "
    "(19%, p = 0.002).",
    "The 2-year survival was higher than in patients with progressive disease (12%).",
])
def test_the_outcome_naming_the_other_side_is_no_rate_of_it(text):
    assert not rows_where(extract_text(text), endpoint=("PD", "SD"))


def test_a_share_of_patients_with_an_outcome_stays_its_rate():
    rows = extract_text("Of the patients, 31 had a partial response (41%) and 11 had progressive disease "
                        "(15%).")["results"]
    assert {(r["endpoint"], r["value"]) for r in rows if r["measure"] == "rate"} == {("PR", 41.0), ("PD", 15.0)}


# "The longest median survival (88 months) occurred in patients with ...": the value of the part named after it.
@pytest.mark.parametrize("text, label", [
    ("The longest median survival (88 months) occurred in patients with 12 or more nodes examined.",
     "patients with 12 or more nodes examined"),
    ("The highest response rate (61%) was seen in patients with adenocarcinoma.", "patients with adenocarcinoma"),
])
def test_a_superlative_value_seen_in_a_part_is_that_parts(text, label):
    extraction, labels = labelled_extraction(text)
    assert [labels[r["cohort"]] for r in extraction["results"]] == [label]


# "The rate of X rose from complete remission (0%) over partial remission (9%) to no change (67%)": outcomes naming the
# steps of a change in another value give no rates of their own.
@pytest.mark.parametrize("text", [
    "The rate of unexpected findings rose from complete remission (0%) over partial remission (8%) to no change (60%).",
    "The share of patients needing surgery fell from stable disease (40%) to partial response (22%).",
])
def test_outcomes_naming_the_steps_of_a_change_are_no_rates(text):
    assert extract_text(text)["results"] == []


def document_rows(text: str) -> set[tuple]:
    return row_tuples(text, "endpoint measure value cohort", "trial.txt")


@pytest.mark.parametrize("sentence", [
    # the groups named after the two values, or not at all: never the values as the groups' names
    "Survival was longer after resection (median 27.4 vs 19.9 months for resection and observation, respectively).",
    "Survival was longer in patients found by screening (median, 27.4 versus 19.9 months).",
    "Screen-detected cancers had longer overall survival (4.1 ± 0.5 vs 2.3 ± 0.4 years).",
])
def test_values_compared_in_a_bracket_are_no_groups_names(sentence):
    cohorts = {r[3] for r in document_rows(sentence)}
    assert cohorts and not any(re.match(r"(?:median|mean|\d)", c) for c in cohorts)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Mean overall survival was 28.5 ± 4.1 months.", 28.5),
    ("Overall survival was 19.5 ± 2.2 months in the whole cohort.", 19.5),
    ("Patients lived 2.5 ± 0.5 years after resection, and overall survival was therefore 2.5 ± 0.5 years.", 30.0),
])
def test_a_time_said_with_its_spread_is_a_mean(sentence, value):
    got = {(r[1], r[3]) for r in rows(sentence) if r[0] == "OS"}
    assert ("mean", value) in got and not any(m == "median" for m, _ in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Acute mucositis was grade 1 in 22 patients (44%), grade 2 in 15 (30%) and grade 3 in 4 (8%).",
     {("mucositis", "1", "count", 22.0), ("mucositis", "1", "rate", 44.0), ("mucositis", "2", "count", 15.0),
      ("mucositis", "2", "rate", 30.0), ("mucositis", "3", "count", 4.0), ("mucositis", "3", "rate", 8.0)}),
    ("Grade 2 or higher proctitis occurred in 7 patients (14%) and grade 3 in 1 (2%).",
     {("proctitis", ">=2", "count", 7.0), ("proctitis", ">=2", "rate", 14.0), ("proctitis", "3", "count", 1.0),
      ("proctitis", "3", "rate", 2.0)}),
    ("Oesophagitis of grade 2 developed in 11 patients (22%) and of grade 3 in 3 patients (6%).",
     {("oesophagitis", "2", "count", 11.0), ("oesophagitis", "2", "rate", 22.0), ("oesophagitis", "3", "count", 3.0),
      ("oesophagitis", "3", "rate", 6.0)}),
])
def test_a_toxicitys_values_each_after_grade_in(sentence, expected):
    assert {(r[5], r[4], r[1], r[3]) for r in rows(sentence) if r[0] == "TOX"} == expected


def test_grade_items_of_two_toxicities_are_not_read_as_one():
    # two events named: which grade item is whose the list does not say
    assert not any(r[4] == "2" for r in rows("Mucositis and dermatitis were grade 1 in 22 patients (44%) and grade 2 "
                                              "in 15 (30%)."))


# "within 30 days of prior disease progression": the progression the patients had before the trial, a time's anchor,
# no outcome of it
@pytest.mark.parametrize("results", [
    "Only 12 of 100 patients in the drug A group started treatment within 30 days of prior disease progression.",
    "Whereas every patient in the drug B group began treatment within 3 weeks of previous documented progression, "
    "only 30 of 100 patients in the drug A group did so.",
])
def test_a_progression_said_to_be_previous_is_no_outcome(results):
    out = in_two_arms(results)
    assert not rows_where(out, endpoint=("FAIL_ANY", "PFS", "FAIL_LOCAL"))


def test_a_progression_after_previous_treatment_is_still_an_outcome():
    out = in_two_arms("Disease progression after previous chemotherapy occurred in 30 of 100 patients in the drug A "
                      "group.")
    assert {(r["endpoint"], r["cohort"], r["value"]) for r in out["results"]} == {("FAIL_ANY", "drug_a", 30.0)}


def test_a_count_of_none_in_two_groups_named_together_is_left_alone():
    out = in_two_arms("No grade 4 neutropenia was observed in the drug A and drug B groups after the first cycle.")
    assert {(r["cohort"], r["value"]) for r in out["results"]} <= {("all", 0.0)}


def test_a_count_of_none_in_either_group_of_groups_not_known_stays_all_patients():
    out = in_one_arm("No complete response was observed in either treatment group.")
    assert {(r["cohort"], r["endpoint"], r["value"]) for r in out["results"]} == {("all", "CR", 0.0)}


# "No adverse events with a fatal outcome were reported in either group": an adverse event with a fatal outcome is a
# fatal adverse event, grade 5 toxicity (not one with a non-fatal outcome)
@pytest.mark.parametrize(("results", "expected"), [
    ("No adverse events with a fatal outcome were reported in either group.",
     {("TOX", "5", "drug_a", 0.0), ("TOX", "5", "drug_b", 0.0)}),
    ("An adverse event with a fatal outcome occurred in 3 patients in the drug A group.",
     {("TOX", "5", "drug_a", 3.0)}),
])
def test_an_adverse_event_with_a_fatal_outcome_is_grade_5_toxicity(results, expected):
    out = in_two_arms(results)
    assert {(r["endpoint"], r["grade"], r["cohort"], r["value"]) for r in out["results"]
            if r["measure"] == "count"} == expected


def test_an_adverse_event_with_a_non_fatal_outcome_is_no_grade_5_toxicity():
    out = in_two_arms("Adverse events with a non-fatal outcome occurred in 30 patients in the drug A group.")
    assert not [r for r in out["results"] if r.get("grade") == "5"]


# "Rates of major bleeding were 4% with drug A and 1% with drug B": the event counted ("rates/incidence of") with a word
# of how grave it was ("major", "serious", "symptomatic") before its name is still the event counted, as it was with
# "severe" (not only with "severe/mild/acute/late")
@pytest.mark.parametrize(("results", "category"), [
    ("Rates of major bleeding were 4.2% with drug A and 1.3% with drug B.", "bleeding"),
    ("The incidence of symptomatic pneumonitis was 6.5% with drug A and 2.5% with drug B.", "pneumonitis"),
    ("The incidence of serious febrile neutropenia was 6.5% with drug A and 2.5% with drug B.", "febrile neutropenia"),
])
def test_an_event_counted_with_a_word_of_its_gravity_is_that_event(results, category):
    out = in_two_arms(results)
    got = {(r["endpoint"], r["category"], r["cohort"]) for r in out["results"]}
    assert {("TOX", category, "drug_a"), ("TOX", category, "drug_b")} <= got


def test_an_event_said_to_have_come_before_is_not_read_as_counted():
    # (a word of time before the event, "prior", names what the patients had before: no adverse event)
    out = in_two_arms("Rates of prior bleeding were 4.2% with drug A and 1.3% with drug B.")
    assert not [r for r in out["results"] if r.get("category") == "bleeding"]


# "Survival rates were 40% and 45% at 1 year and 20% and 25% at 2 years for drug A and drug B, respectively": a list
# of the two groups' values at each time said after it; the time between the lists (blank in the masked text) made
# the four values one list of four groups, and no row was given
@pytest.mark.parametrize(("results", "expected"), [
    ("The survival rates were 43% and 48% at one year and 17% and 24% at 2 years for drug A and drug B, "
     "respectively.",
     {("drug_a", 12.0, 43.0), ("drug_b", 12.0, 48.0), ("drug_a", 24.0, 17.0), ("drug_b", 24.0, 24.0)}),
    ("Overall survival rates were 62% and 55% at 6 months and 33% and 21% at 18 months in the drug A and drug B "
     "groups, respectively.",
     {("drug_a", 6.0, 62.0), ("drug_b", 6.0, 55.0), ("drug_a", 18.0, 33.0), ("drug_b", 18.0, 21.0)}),
    ("Survival in the drug A group and the drug B group was 91 vs 84% after 1 year and 77 vs 62% after 5 years.",
     {("drug_a", 12.0, 91.0), ("drug_b", 12.0, 84.0), ("drug_a", 60.0, 77.0), ("drug_b", 60.0, 62.0)}),
])
def test_lists_of_two_groups_values_each_at_its_own_time(results, expected):
    out = in_two_arms(results)
    assert {(r["cohort"], r["timepoint_months"], r["value"]) for r in out["results"]
            if r["endpoint"] == "OS"} == expected


def test_one_list_of_two_groups_values_keeps_the_outcomes_time():
    out = in_two_arms("The 3-year survival rates were 43% and 48% for drug A and drug B, respectively.")
    assert {(r["cohort"], r["timepoint_months"], r["value"]) for r in out["results"]} == \
        {("drug_a", 36.0, 43.0), ("drug_b", 36.0, 48.0)}


# "Nausea (33/120 [28%] with drug A vs 14/118 [12%] with drug B for all grades; six [5%] vs one [1%] for grade 3 or
# 4)": the second pair's counts are at the grade said right after them, not counts of the event at any grade
@pytest.mark.parametrize("results", [
    "Nausea (33/120 [28%] in the drug A group vs 14/118 [12%] in the drug B group for all grades; six [5%] vs one "
    "[1%] for grade 3 or 4) was frequent.",
    "Nausea (33/120 [28%] in the drug A group vs 14/118 [12%] in the drug B group for any grade; six [5%] versus "
    "one [1%] for grade 3-4) was frequent.",
])
def test_counts_of_two_groups_take_the_grade_said_after_them(results):
    out = in_two_arms(results)
    assert {(r["cohort"].split("_n")[0], r["grade"], r["value"]) for r in out["results"]
            if r["measure"] == "count" and r["value"] in (6.0, 1.0)} == {("drug_a", "3-4", 6.0), ("drug_b", "3-4", 1.0)}


def test_counts_of_two_groups_at_no_grade_said_keep_none():
    out = in_two_arms("Nausea was frequent (six [5%] vs one [1%]) with drug A.")
    assert all(r.get("grade") is None for r in out["results"])


def test_a_value_beside_one_arms_without_a_comparison_is_not_the_other_arms():
    out = in_two_arms("Vomiting was recorded in 37% of the patients, and in 11% in the drug B group.")
    assert ("drug_a", 37.0) not in {(r["cohort"], r["value"]) for r in out["results"]}
@pytest.mark.parametrize("sentence", [
    "Patients given drug A had more grade 3 to 4 haematologic toxicity than patients given drug B, including anaemia "
    "(31% v 12%; P = .002) and neutropenia (44% v 20%; P < .001).",
    "Grade 3 or 4 adverse events were more frequent with drug A, including diarrhoea (17% vs 5%) and rash "
    "(9% vs 2%).",
])
def test_the_events_a_graded_head_says_it_includes_have_its_grade(sentence):
    out = in_two_arms(sentence)
    rates = [r for r in out["results"] if r["measure"] == "rate" and r["category"]]
    assert len(rates) == 4 and all(r["grade"] in ("3-4", ">=3") for r in rates)


def test_events_included_after_a_contrast_with_a_graded_head_keep_no_grade():
    out = in_two_arms("Grade 3 or 4 adverse events were rare, but milder events, including diarrhoea (37% vs 15%) "
                      "and rash (29% vs 8%), were common with drug A.")
    rates = [r for r in out["results"] if r["measure"] == "rate" and r["category"]]
    assert len(rates) == 4 and all(r["grade"] is None for r in rates)


@pytest.mark.parametrize("sentence", [
    # values left after excluding patients are no arms own
    "After excluding patients who never started treatment, the response rate was 44% with drug A and 30% with drug B.",
    "In an analysis excluding the twelve ineligible patients, median survival was 14.2 months with drug A versus "
    "10.1 months with drug B.",
    "Results excluding node-positive disease showed lower local failure (6% v 21%, P = .04) and regional failure "
    "(2% v 9%) with drug A.",
    # a pair labelled by a stage is that stages not the groups
    "Adjuvant radiotherapy was associated with better survival than observation at all stages; stage I (52% vs 41%; "
    "p = 0.03), stage II (38% vs 27%; p = 0.01), and stage III disease (22% vs 14%; p < 0.001).",
    "Five-year survival was better with drug A in each stage: stage I disease (70% vs 61%), and stage II disease "
    "(52% vs 40%).",
])
def test_values_of_patients_left_or_of_a_stage_are_not_the_arms(sentence):
    assert not in_two_arms(sentence)["results"]


@pytest.mark.parametrize("sentence", [
    "After excluding patients who died within 30 days, the 2-year survival was 55%.",
    "When patients with incomplete resection were excluded, local control at 3 years was 91%.",
])
def test_values_left_after_excluding_patients_are_not_all_patients(sentence):
    assert not rows_where(in_one_arm(sentence), cohort="all")


def test_events_excluded_from_an_endpoint_leave_its_value_to_all_patients():
    out = in_one_arm("Local recurrence, excluding recurrences in the bronchial stump, occurred in 9% of patients.")
    assert [(r["cohort"], r["value"]) for r in out["results"]] == [("all", 9.0)]


@pytest.mark.parametrize("sentence", [
    "Regional recurrence (HR: 1.91; 95% CI: 1.20-3.05) and distant metastasis (HR: 2.40; 95% CI: 1.61-3.58), but "
    "not local recurrence (HR: 1.10; 95% CI: 0.61-1.97), predicted overall survival.",
    "On multivariate analysis, distant failure (HR 3.2, 95% CI 1.8-5.6) was the strongest predictor of survival.",
])
def test_events_that_predict_survival_give_no_ratio_of_their_own(sentence):
    assert not [r for r in in_one_arm(sentence)["results"] if r["endpoint"] != "OS"]


def test_a_ratio_of_an_event_with_no_prediction_keeps_its_row():
    out = in_two_arms("Local recurrence was less frequent with drug A (HR 0.61, 95% CI 0.42-0.88).")
    assert [r["endpoint"] for r in out["results"] if r["measure"] == "hr"] == ["FAIL_LOCAL"]


# "toxic effects with an outcome of death in 14 (5%) ...": the fatal events, grade 5
@pytest.mark.parametrize("sentence", [
    "Adverse events with an outcome of death were reported in 6 (4%) of 150 patients.",
    "Serious adverse events with the outcome of death occurred in six patients (4%).",
])
def test_events_with_an_outcome_of_death_are_grade_5(sentence):
    rows = rows_where(in_one_arm(sentence), endpoint=("TOX", "SAE"))
    assert rows and {r["grade"] for r in rows} == {"5"} and {r["value"] for r in rows} >= {6.0, 4.0}


def test_an_outcome_other_than_death_is_no_grade():
    rows = [r for r in in_one_arm("Adverse events with an outcome of recovery were reported in 40 (27%) of 150 "
                                  "patients.")["results"] if r["endpoint"] == "TOX"]
    assert rows and {r["grade"] for r in rows} == {None}


# "... 11.2 months for A versus 8.1 months for B in patients with adenocarcinoma": the arms' values within a subgroup
# named after them, which no row names; never the arms' own
@pytest.mark.parametrize("sentence", [
    "Median survival was 13.4 months for drug A versus 9.9 months for drug B in patients with liver metastases.",
    "The response rate was 38% with drug A and 21% with drug B (odds ratio 2.3) among patients aged 75 years or older.",
])
def test_arm_values_said_of_a_subgroup_after_them_give_no_arm_rows(sentence):
    rows = in_two_arms(sentence)["results"]
    assert not [r for r in rows if r["cohort"] in ("drug_a", "drug_b")]


@pytest.mark.parametrize("sentence", [
    "Median survival was 13.4 months for drug A versus 9.9 months for patients who received drug B.",
    "Median survival was 13.4 months for drug A versus 9.9 months for drug B; it was 15.0 months in patients with "
    "liver metastases.",
])
def test_arm_values_with_no_subgroup_after_them_keep_their_arms(sentence):
    rows = in_two_arms(sentence)["results"]
    assert {(r["cohort"], r["value"]) for r in rows if r["cohort"] in ("drug_a", "drug_b")} == {
        ("drug_a", 13.4), ("drug_b", 9.9)}


ADJUVANT = "We studied 360 patients with colon cancer randomly assigned to adjuvant chemotherapy or observation. "


# "A benefit from A was seen in women (HR 0.61) but not in men (HR 1.02)": each ratio is the part's, never all's
@pytest.mark.parametrize(("sentence", "parts"), [
    ("The gain in survival from adjuvant chemotherapy was seen in women (HR = 0.58) but not in men (HR = 1.04).",
     {("women", 0.58), ("men", 1.04)}),
    ("Relapse was less frequent with adjuvant chemotherapy in men (HR 0.72), as it was in women (HR 0.69).",
     {("men", 0.72), ("women", 0.69)}),
])
def test_a_ratio_in_the_bracket_after_one_sex_is_that_parts(sentence, parts):
    rows = extract_text("A trial\n\n" + ADJUVANT + sentence)["results"]
    ratios = [r for r in rows if r["measure"] == "hr"]
    assert {(r["cohort"], r["value"]) for r in ratios} == parts


# "... a larger benefit (HR 0.61) compared with patients with marker-low tumours (HR 1.30)": parts set against each
# other, each with its ratio; none of them is all patients'
@pytest.mark.parametrize("sentence", [
    "These marker-high patients had a larger survival benefit from adjuvant chemotherapy (HR = 0.57; P = .02) "
    "compared with patients with marker-low tumours (HR = 1.21; P = .44).",
    "Node-positive patients gained more from adjuvant chemotherapy (HR 0.66) than those without nodal spread "
    "(HR 0.97).",
])
def test_ratios_of_parts_set_against_each_other_are_not_all_patients(sentence):
    rows = extract_text("A trial\n\n" + ADJUVANT + sentence)["results"]
    assert not [r for r in rows if r["measure"] == "hr" and r["cohort"] == "all"]


def test_a_ratio_compared_with_the_other_arm_stays_all_patients():
    rows = extract_text("A trial\n\n" + ADJUVANT + "Adjuvant chemotherapy lengthened survival (HR = 0.74; 95% CI "
                        "0.58-0.94) compared with observation.")["results"]
    assert [(r["cohort"], r["value"]) for r in rows if r["measure"] == "hr"] == [("all", 0.74)]
