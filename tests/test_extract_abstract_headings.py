"""A structured abstract is read whatever way its parts' names are printed: on their own lines, with a colon, a full
stop or nothing after them, in capitals or not, run into one paragraph (extract/sentences.py). A results sentence
after a background heading was read as background (no rows) when the later names ended in a full stop or stood in
capitals with no colon."""

import pytest
from result_rows import row_tuples
from support import yaml_cases

from oncoev.extract.sentences import find_sections

TITLE = "Drug M or placebo after surgery for bladder cancer: a randomised trial.\n\n"
PARTS = ("We asked whether drug M delays relapse.",
         "We randomly assigned 180 patients to drug M (n = 90) or placebo (n = 90).",
         "Median disease-free survival was 26.4 months with drug M and 18.9 months with placebo (HR 0.72, 95% CI "
         "0.55-0.94).",
         "Drug M delays relapse.")
NAMES = ("Background", "Methods", "Results", "Conclusions")
FORMS = {
    "full stops run in": lambda: " ".join(f"{n}. {p}" for n, p in zip(NAMES, PARTS, strict=True)),
    "capitals run in, no stop": lambda: " ".join(f"{n.upper()} {p}" for n, p in zip(NAMES, PARTS, strict=True)),
    "capitals with full stops": lambda: " ".join(f"{n.upper()}. {p}" for n, p in zip(NAMES, PARTS, strict=True)),
    "colons run in": lambda: " ".join(f"{n}: {p}" for n, p in zip(NAMES, PARTS, strict=True)),
    "own lines": lambda: "\n".join(f"{n}\n{p}" for n, p in zip(NAMES, PARTS, strict=True)),
}
EXPECTED = {("DFS", "median", 26.4, "drug_m", 90), ("DFS", "median", 18.9, "placebo", 90),
            ("DFS", "hr", 0.72, "drug_m", 90)}


@pytest.mark.parametrize("form", list(FORMS))
def test_the_results_of_a_structured_abstract_are_read_however_its_headings_are_printed(form):
    assert row_tuples(TITLE + FORMS[form](), "endpoint measure value cohort cohort_n") == EXPECTED


@yaml_cases
def test_a_parts_name_after_a_sentences_end_opens_that_section(text, name):
    assert [s.name for s in find_sections(text)] == [name]


@yaml_cases
def test_words_of_a_sentence_are_no_heading(text):
    assert find_sections(text) == []
