"""Normalisation, sentences and mentions: the pieces result rules read. Sentences are our own."""

from __future__ import annotations

import re

import pytest

from oncoev.extract.mentions import scan
from oncoev.extract.normalize import normalize
from oncoev.extract.sentences import find_sections, split_sentences


@pytest.mark.parametrize("raw, clean", [
    ("e\ufb03cacy and \ufb01brosis", "efficacy and fibrosis"),
    ("OS was 36\u00b72%", "OS was 36.2%"),
    ("control in 11.5 per cent of patients", "control in 11.5% of patients"),
    ("toxicity 29 percent", "toxicity 29%"),
    ("1,020 (68%) of 1,500 patients", "1020 (68%) of 1500 patients"),
    ("a dose of 0,125 mg in 2004,2005", "a dose of 0,125 mg in 2004,2005"),
    ("range 43.2\u201354 Gy", "range 43.2-54 Gy"),
    ("HR \u22120.2", "HR -0.2"),
    ("5\u00a0Gy\u2009per fraction", "5 Gy per fraction"),
    ("treat-\nment was given", "treatment was given"),
    ("progression-\nfree survival", "progression-free survival"),
    ("non-\nsmall cell", "non-small cell"),
    ("grade >= 3", "grade \u2265 3"),
    ("3x8 Gy", "3 \u00d7 8 Gy"),
    # typography has one form, whatever the source wrote (entities, middle dots, minus signs)
    ("P&lt;0.05 and grade &ge;2", "P<0.05 and grade ≥2"),
    ("HR 0\u00b781 (95% CI 0\u00b762\u20131\u00b705)", "HR 0.81 (95% CI 0.62-1.05)"),
    ("a difference of \u22124 points", "a difference of -4 points"),
    ("&unknownentity; stays", "&unknownentity; stays"),
    ("the hazards ratio was 0.64", "the hazard ratio was 0.64"),
    ("(P less than .01) and (p equals 0.21)", "(P < .01) and (p = 0.21)"),
    ("grade \u2a7e3 rash in \u2a7d 5% of patients", "grade \u22653 rash in \u2264 5% of patients"),
    ("p greater than 0.5; less than .05 of the dose", "p > 0.5; less than .05 of the dose"),
    ("control (62% vs.48%) and 9 vs.7 months", "control (62% vs. 48%) and 9 vs. 7 months"),
    ("Hazards ratios for death", "Hazard ratios for death"),
    ("41% (95% Cl 30-52%) and 12 (95%Cl: 8-17)", "41% (95% CI 30-52%) and 12 (95%CI: 8-17)"),
    ("Cl was infused; chloride (Cl) levels", "Cl was infused; chloride (Cl) levels"),
    ("8.3 months (95% IC 6.1-10.9) and 17% (95%IC: 9-25)", "8.3 months (95% CI 6.1-10.9) and 17% (95%CI: 9-25)"),
    ("IC was low in 5 patients; IC50 values", "IC was low in 5 patients; IC50 values"),
    # a bibliographic database's "or =" after the sign, with or without its entity
    ("grade &gt; or =2 in 14%; nodules &lt; or = 2 cm", "grade ≥2 in 14%; nodules ≤ 2 cm"),
    ("aged > or = 75 years, or >/= 3 lesions", "aged ≥ 75 years, or ≥ 3 lesions"),
    ("x > y or = z", "x > y or = z"),
])
def test_normalize_rewrites_what_rules_should_not_care_about(raw, clean):
    assert normalize(raw).text == clean


def test_normalized_spans_map_back_to_the_exact_original_text():
    raw = "The 5\u2011year OS was 36\u00b72 per cent (95% CI 25\u201347) after treat-\nment."
    n = normalize(raw)
    for needle, original in [("36.2%", "36\u00b72 per cent"), ("25-47", "25\u201347"), ("treatment", "treat-\nment"),
                             ("5-year OS", "5\u2011year OS")]:
        start = n.text.index(needle)
        s, e = n.span(start, start + len(needle))
        assert raw[s:e] == original


def test_web_boilerplate_lines_are_blanked_without_moving_offsets():
    raw = "Download PDF\nPMID: 12345678\nThe median OS was 20 months.\nCopyright \u00a9 2024 The Authors"
    n = normalize(raw)
    assert "PMID" not in n.text and "Download" not in n.text and "Copyright" not in n.text
    assert n.text.index("The median OS") == raw.index("The median OS")


def test_sentences_do_not_end_at_abbreviations_or_decimals():
    text = ("Local control was 90.5% vs. 70.2% (p = 0.03). Smith et al. reported a higher rate, "
            "e.g. 95% at 2 years. Fig. 2 shows the curves.\nThe next line\ncontinues the sentence.")
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == ["Local control was 90.5% vs. 70.2% (p = 0.03).",
                     "Smith et al. reported a higher rate, e.g. 95% at 2 years.",
                     "Fig. 2 shows the curves.",
                     "The next line\ncontinues the sentence."]


def test_blank_lines_and_headings_end_sentences():
    text = "Results: The median OS was 20 months\n\nTable 1 Patients\n\nAge\n\n50\n\nDiscussion\nWe found this."
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert "Table 1 Patients" in sents and "Age" in sents and "50" in sents
    assert [s.name for s in find_sections(text)] == ["results", "discussion"]


@pytest.mark.parametrize("text, names", [
    # a structured abstract in one paragraph names its sections inline
    ("Background: We asked a question. Methods: We enrolled 40 women. Results: Half responded. Conclusions: It "
     "works.", ["introduction", "methods", "results", "conclusion"]),
    ("PURPOSE: To test a drug. PATIENTS AND METHODS: Ninety men took it. RESULTS: Ten had a response.",
     ["abstract", "methods", "results"]),
    # an inline heading after a sentence ending with a number
    # a sentence that ends with a number before the heading, a capitalised sentence after it
    ("Methods: We treated 52 women between 2001 and 2009. Results: Nine had a relapse.", ["methods", "results"]),
    ("METHODS: Each patient had 5 cycles. RESULTS: The response rate was high. CONCLUSIONS: It works.",
     ["methods", "results", "conclusion"]),
    ("Methods: Patients were followed for 12. Results The trial closed early.", ["methods", "results"]),
    # the heading ends its line, the next line opens the section
    ("Methods: We treated 52 women between 2001 and 2009. Results:\nNine had a relapse.", ["methods", "results"]),
    ("Methods: Each patient had 5 cycles. RESULTS:\n\nThe response rate was high.", ["methods", "results"]),
    # a results heading run in without its colon
    ("Methods: Eighty men were randomly assigned. Results The trial closed early. Conclusion: It works.",
     ["methods", "results", "conclusion"]),
    ("PURPOSE: To test a drug. METHODS: We enrolled sixty women. Results Median survival was long.",
     ["abstract", "methods", "results"]),
    # any capitalised word opens the results' first sentence
    ("Methods: Ninety men were randomly assigned. Results Baseline traits were balanced between arms.",
     ["methods", "results"]),
    ("METHODS: We enrolled sixty women. Results Three-year survival was 61% with drug K.", ["methods", "results"]),
])
def test_inline_section_headings(text, names):
    assert [s.name for s in find_sections(text)] == names


@pytest.mark.parametrize("text", [
    "Methods: We enrolled forty women. Results were good in all of them.",
    "Methods: We enrolled forty women. Results of the trial are given below.",
    "Methods: We enrolled forty women. Conclusions Drawn from the trial follow.",
])
def test_the_word_results_opening_a_sentence_is_no_heading(text):
    assert [s.name for s in find_sections(text)] == ["methods"]


@pytest.mark.parametrize("text", [
    "BODY.1. INTRODUCTION:\nText here.",  # a dotted label, read as such, not twice
    "We compared the results: response was higher.",  # a colon after a lower-case word
    "The trial ended in 2005. Results: not yet in.",  # after a number, a heading is too uncertain
    "The trial ended in 2005. Results:\nnot yet in.",  # (on the next line too)
])
def test_inline_headings_need_a_sentence_end_and_a_capital(text):
    assert [s.name for s in find_sections(text)].count("results") == 0 or text.startswith("BODY")
    assert len(find_sections(text)) <= 1


def test_lower_case_words_are_not_headings():
    assert find_sections("the results of the discussion were\nresults were good") == []


@pytest.mark.parametrize("sentence, months", [
    ("The 1-, 2-, and 5-year OS were 80%, 70% and 50%.", [[12.0, 24.0, 60.0]]),
    ("The five-year DFS was 44%.", [[60.0]]),
    ("Local control at 6 and 12 months was 95% and 90%.", [[6.0, 12.0]]),
    ("with 1-year, 2-year and 3-year PFS of 60%, 40% and 30%", [[12.0, 24.0, 36.0]]),
    ("the four year LC was 67.4%", [[48.0]]),
    ("survival at 1, 3 and 4yr was 70%, 40% and 30%", [[12.0, 36.0, 48.0]]),
    ("control at 2yrs was 81%", [[24.0]]),
])
def test_time_points(sentence, months):
    assert [t.months for t in scan(sentence).times] == months


def test_values_keep_their_ci_and_skip_ranges_p_values_and_years():
    s = scan("Between 2010 and 2015, median OS was 23.4 months (95% CI, 18.1-28.7; range, 2-60) and the "
             "2-year OS was 48% (95% CI 40%-56%), p = 0.012.")
    assert [(v.value, v.unit, v.ci) for v in s.values] == [(23.4, "months", (18.1, 28.7)), (48.0, "%", (40.0, 56.0))]
    assert [(p.op, p.value) for p in s.pvalues] == [("=", 0.012)]


def test_a_unit_written_once_covers_the_list():
    s = scan("The median PFS and OS were 8 and 19 months; LC and DCR were 75.6 and 76.8% respectively.")
    assert [(v.value, v.unit) for v in s.values] == [(8.0, "months"), (19.0, "months"), (75.6, "%"), (76.8, "%")]


def test_value_ranges_are_not_values():
    assert scan("The CR rate ranged from 59.1 to 65.2% across series (70 to 80%).").values == []


@pytest.mark.parametrize("sentence, values", [
    # a share or a time with decimals right after a group's word is that group's value, no name's number
    ("The K group had a median PFS of 7.4 months and the L group 5.2 months.", [7.4, 5.2]),
    ("Two-year control was 81% in the K arm and the L arm 66%.", [81.0, 66.0]),
    # a name's number, or a time after the group that is when something happened, is none
    ("Relapse was rarer in cohort 3 than in cohort 4.", []),
    ("The rate was 30% in the L group 2 years after surgery.", [30.0]),
])
def test_a_value_right_after_a_groups_word(sentence, values):
    assert [v.value for v in scan(sentence).values] == values


def test_ratios_with_ci():
    s = scan("Tumour size over 5 cm (HR 2.31, 95% CI 1.20-4.45, p = 0.01) and age (hazard ratio = 1.10) mattered.")
    assert [(r.kind, r.value, r.ci) for r in s.ratios] == [("hr", 2.31, (1.2, 4.45)), ("hr", 1.1, None)]


def test_endpoint_names_abbreviations_and_case():
    s = scan("Overall survival (OS), progression-free survival, PCR and pCR were recorded; the os column is ignored.")
    assert [e.code for e in s.endpoints] == ["OS", "OS", "PFS", "PCR", "pCR"]


@pytest.mark.parametrize("sentence, grade", [
    ("grade 3 or higher toxicity", ">=3"),
    ("grade \u22653 adverse events", ">=3"),
    ("grade 1-2 diarrhea", "1-2"),
    ("grade 2 proctitis", "2"),
])
def test_grades(sentence, grade):
    assert scan(sentence).grades[0][0] == grade


def test_numbered_and_upper_case_headings():
    text = "BACKGROUND: Why.\nRESULTS: The OS was 50%.\n2. Methods\nWe did it.\n4 Discussion\nOthers found 70% [3]."
    assert [s.name for s in find_sections(text)] == ["introduction", "results", "methods", "discussion"]


@pytest.mark.parametrize("text", [
    "DISCUSSION: Others gave more.\nTable 3 Earlier series\nSeries\tDose\n64 Gy (median)\n12% fall at 6 months\n"
    "Jones et al gave 62 Gy.",
    "4 Discussion\nPrior work differs.\n58 Gy (approximate)\n8 MBq\n120 GBq (mean)\nSmith treated 20 men.",
])
def test_a_table_line_of_a_value_and_its_unit_is_no_numbered_heading(text):
    assert {s.name for s in find_sections(text)} == {"discussion"}


def test_endpoint_names_share_prefixes_without_swallowing_spaces():
    from oncoev.extract.mentions import find_endpoints

    text = "overall survival (OS); the progression free survival rate; local control rates; in-field failure."
    assert [(e.code, text[e.start:e.end]) for e in find_endpoints(text)] == [
        ("OS", "overall survival"), ("OS", "OS"), ("PFS", "progression free survival rate"),
        ("LC", "local control rates"), ("FAIL_LOCAL", "in-field failure")]


@pytest.mark.parametrize(("text", "expected"), [
    # not before two or four digits ("2 50", "5 1000"): no group of three digits, no separator
    ("In all, 12\u2009406 adults were given 2\u200950 units.", "In all, 12406 adults were given 2 50 units."),
    ("Of 3\u202f250 women screened, 1\u2009100 took 5\u20091000 units.",
     "Of 3250 women screened, 1100 took 5 1000 units."),
])
def test_a_thin_space_between_digit_groups_separates_thousands(text, expected):
    norm = normalize(text)
    assert norm.text == expected
    for m in re.finditer(r"\d+", norm.text):  # offsets still map to the paper's characters
        assert re.sub(r"\D", "", text[slice(*norm.span(m.start(), m.end()))]) == m.group(0)


@pytest.mark.parametrize(("text", "first"), [
    ("Rates were higher in earlier series.4,5 Our rate was 12%.", "Rates were higher in earlier series.4,5"),
    ("As reported before.11 The median was 9 months.", "As reported before.11"),
])
def test_a_sentence_ends_after_reference_numbers_run_into_its_full_stop(text, first):
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans][0] == first and len(spans) == 2


@pytest.mark.parametrize("text", [
    "TITLE: A trial\n\nABSTRACT.RESULTS:\nResponse was 30%.\n\nBODY:\nEarlier trials gave 41%.\n\n"
    "BODY.METHODS.PATIENTS:\nWe enrolled 60.\n",
    "TITLE: A trial\n\nABSTRACT:\nResponse was 30%.\n\nBODY:\nEarlier series gave 41%.\n\nBODY.RESULTS:\nIt was 30%.\n",
])
def test_a_body_with_no_heading_before_the_methods_is_the_introduction(text):
    names = [s.name for s in find_sections(text)]
    assert "introduction" in names and names.index("introduction") < len(names) - 1


@pytest.mark.parametrize("text", [
    "Patients were older here (ECOG 2-3).5,6 Taking the drug helped.",
    "The same was seen before (Table 2).12 We went on.",
])
def test_reference_numbers_after_a_bracket_and_stop_end_the_sentence(text):
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(("text", "second"), [
    ("Median survival was 9 months (HR 1.2). mFOLFOX was given to most.", "mFOLFOX was given to most."),
    ("The primary end point was met. pCR rates were higher with the new regimen.",
     "pCR rates were higher with the new regimen."),
])
def test_a_sentence_may_open_with_a_name_in_lower_case(text, second):
    assert [text[s:e] for s, e in split_sentences(text)][1:] == [second]


def test_an_abbreviation_before_a_lower_case_name_ends_no_sentence():
    text = "It was compared vs. mAb therapy in a few cases."
    assert len(split_sentences(text)) == 1
