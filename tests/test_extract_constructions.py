"""General constructions of result reporting, each with sentences we wrote (two or more wordings),
and the extractor's robustness over the unlabeled corpus."""

from __future__ import annotations

import pytest
from support import need_shared

from oncoev.extract.normalize import normalize
from oncoev.extract.results import find_results


def rows(sentence: str) -> set[tuple]:
    return {(f.fields["endpoint"], f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"],
             f.fields.get("grade"), f.fields.get("category"))
            for f in find_results(normalize(sentence).text).found}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No patient stopped treatment because of toxicity.", ("DISCONTINUATION", "count", None, 0.0, None, "toxicity")),
    ("None of the patients developed grade 4 mucositis.", ("TOX", "count", None, 0.0, "4", "mucositis")),
    ("No grade 3-5 adverse events were observed.", ("TOX", "count", None, 0.0, ">=3", None)),
])
def test_nothing_happened_is_a_count_of_zero(sentence, expected):
    assert expected in rows(sentence)


@pytest.mark.parametrize(("sentence", "value"), [
    ("The median overall survival was 26 weeks.", 6.0),
    ("Median progression-free survival reached 13 weeks (95% CI 9-18 weeks).", 3.0),
])
def test_weeks_are_read_as_months(sentence, value):
    (row,) = [r for r in rows(sentence) if r[1] == "median"]
    assert abs(row[3] - value) < 0.01


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At 2 years, 64% of the patients were alive and 38% remained progression-free.",
     {("OS", "rate", 24.0, 64.0, None, None), ("PFS", "rate", 24.0, 38.0, None, None)}),
    ("After 18 months, 70% of responses were ongoing.", {("DOR", "rate", 18.0, 70.0, None, None)}),
])
def test_rates_said_as_states_at_a_time(sentence, expected):
    assert rows(sentence) >= expected


@pytest.mark.parametrize("sentence", [
    "Fourteen patients (31%) reported symptom relief after the second course.",
    "Symptom relief was reported by 14 patients (31%).",
])
def test_a_relieved_symptom_is_the_category(sentence):
    got = rows(sentence)
    assert ("SYMPTOM_RESPONSE", "count", None, 14.0, None, "symptom relief") in got


@pytest.mark.parametrize("sentence", [
    "Survival data were available for 51 of 60 treated patients.",
    "Thirty patients were evaluable for response.",
])
def test_who_was_analysed_is_no_result(sentence):
    assert not [r for r in rows(sentence) if r[1] == "count"]


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
