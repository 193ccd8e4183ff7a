"""The scope policy (extract/scope.py) alone: which sentences speak for the study, and for whom."""

from __future__ import annotations

import pytest
from support import extract_text

from oncoev.extract.cohorts import find_citations
from oncoev.extract.normalize import normalize
from oncoev.extract.pipeline import build_nlp, sentence_texts
from oncoev.extract.scope import Scope
from oncoev.extract.sentences import find_sections


def readings(text: str, review: bool = False):
    norm = normalize(text).text
    sentences = sentence_texts(build_nlp(("oncoev_sentences",))(norm))
    citations = {start: find_citations(s) for start, s in sentences}
    scope = Scope(review, sentences, find_sections(norm), citations, norm)
    return [(s.split()[0], scope.reading(i)) for i, (_, s) in enumerate(sentences)]


PRIMARY = ("Introduction\nEarlier series reported local control of 80% [3].\n\n"
           "Methods\nPatients received 50 Gy in 25 fractions.\n\n"
           "Results\nLocal control at 2 years was 88%.\n\n"
           "Discussion\nOthers found 70% at 2 years [4]. In our series, local control reached 88%. "
           "Toxicity was low.\n\nAnother trial reported 60% [5].")


def test_a_primary_study_reads_its_results_not_its_introduction_or_others_discussion():
    got = {first: (r.read, r.results, r.doses) for first, r in readings(PRIMARY)}
    assert got["Earlier"] == (False, False, False)  # the introduction cites others
    assert got["Patients"] == (True, False, True)  # the methods give doses, no results
    assert got["Local"] == (True, True, True)
    assert got["Others"] == (False, False, False)  # the discussion citing another study
    assert got["In"][0] and got["Toxicity"][0]  # "In our series" and the sentence after it
    assert not got["Another"][0]  # a new paragraph of the discussion: not our work again


def test_a_review_gives_each_number_to_the_study_it_cites():
    text = ("Results\nIn a study of 40 patients, local control was 90%. It was durable (Lee et al [7]).\n\n"
            "Smith et al [8] treated 25 patients with a response rate of 60%.\n\nWe conclude that more is needed.")
    got = readings(text, review=True)
    cited = [(first, r.cited) for first, r in got if r.read]
    assert cited == [("In", "Lee et al [7]"), ("It", "Lee et al [7]"), ("Smith", "Smith et al [8]")]
    assert not got[-1][1].read  # a sentence of the review's own, citing nothing


@pytest.mark.parametrize("heading", ["PATIENTS AND MATERIALS", "DESIGN, SETTING, AND PARTICIPANTS", "INTERVENTIONS"])
def test_a_structured_abstracts_methods_part_by_any_of_its_names_gives_no_results(heading):
    text = (f"Retreatment of lung tumours\n\n>>> {heading}\nForty-one patients retreated with radiotherapy for 44 "
            "lesions were reviewed.\n\n>>> MEASUREMENTS AND RESULTS\nLocal control at 1 year was 77%.\n")
    rows = extract_text(text, "a.txt")["results"]
    assert {(r["endpoint"], r["value"]) for r in rows} == {("LC", 77.0)}


@pytest.mark.parametrize("heading", ["BODY.DISCUSSION AND CONCLUSIONS:", "Discussion and conclusion"])
def test_a_discussion_that_closes_with_the_conclusions_is_read_as_a_discussion(heading):
    text = ("Results\nLocal control at 2 years was 86%.\n\n"
            f"{heading}\nWe treated older patients than most. Earlier series gave drug Q to their patients [6]. "
            "Likewise, responses were fewer with drug Q alone (35% vs. 47%).")
    got = {first: r.read for first, r in readings(text)}
    assert got["Local"]
    assert not got["Likewise,"]  # after the citation, another study's numbers, not ours


@pytest.mark.parametrize("text", [
    "Discussion\nIn our series, local control reached 88%. A larger trial reported 71% with the same schedule.7 "
    "Toxicity was low in that trial.",
    "Discussion\nIn our series, local control reached 88%. A larger trial reported 71% with the same "
    "schedule,7,9 and toxicity was low in that trial.",
])
def test_reference_numbers_run_into_the_text_are_citations(text):
    """Superscript reference numbers lose their raise when a paper is flattened to text ("schedule.7 Toxicity"):
    the sentence citing another study is not the study's own, and it ends there."""
    got = dict(readings(text))
    assert got["In"].read and not got["A"].read


@pytest.mark.parametrize("sentence, cite", [
    ("Adding the second drug raised the response rate to 38% (Moreau and Vidal, 2009; Okafor, 2011).",
     "Moreau and Vidal, 2009"),
    ("A similar gain in median survival was seen with the triplet (Halvorsen et al 2013).", "Halvorsen et al 2013"),
    ("The Western Oncology Group (1996) reported a response rate of 29%.", "Group (1996)"),
])
def test_an_author_year_citation_is_named_without_its_bracket_and_separator(sentence, cite):
    """The cited study's name (the label and `cited` of its cohort in a review) as a curator writes it: the bracket
    and the ";" or "," the citation ends with are no part of it; a year alone in brackets stays with its name."""
    assert cite in [name for name, _, _ in find_citations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Fatigue7 Nausea5 Vomiting2",  # a table's rows run together
    "Any grade3 event was counted; pain12 (40%) was the commonest.",
    "White 310 (81.2%)295 (80.4%).061 Black 40 (10.5%)",  # a table's p values after a share's bracket
])
def test_numbers_run_into_words_that_are_no_citations(sentence):
    assert find_citations(sentence) == []


@pytest.mark.parametrize("text", [
    "Our trial gave a response rate of 30%. The Northern Trials Group (1994) found a response rate of 41% with the "
    "same drugs.",
    "Our trial gave a response rate of 30%. In a separate study from Norway, the response rate reached 41%.",
    "Our trial gave a response rate of 30%. Response reached 41% in one series (Berg and Holm, 2001).",
    # others' results in general
    "Our trial gave a response rate of 30%. Median survival observed in many first-line trials is about 11 months.",
    "Our trial gave a response rate of 30%. Across most published surgical series, response has been near 41%.",
    # one said before, by a pointing word
    "Our trial gave a response rate of 30%. In that study of 52 older patients, the response rate was 41%.",
    "Our trial gave a response rate of 30%. In the earlier phase II trial, median survival reached 14 months.",
    # what studies have shown, what such trials suggest
    "Our trial gave a response rate of 30%. Several phase II studies have shown response rates of about 41%.",
    "Our trial gave a response rate of 30%. These trials also suggest a 2-year survival of about 41%.",
    "Our trial gave a response rate of 30%. One such study found a median survival of 14 months after relapse.",
    "Our trial gave a response rate of 30%. A phase II study by the Northern Oncology Group using the same drugs "
    "reported a response rate of 41%.",
])
def test_another_study_named_by_author_year_or_in_words_is_not_read(text):
    got = readings(text)
    assert got[0][1].read and not got[1][1].read
