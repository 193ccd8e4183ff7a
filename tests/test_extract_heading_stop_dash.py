"""Some journals print a structured abstract's part names with a full stop and a dash, run into one paragraph:
"Methods.—We ...", "RESULTS.—Median ..." (extract/sentences.py, RUN_IN_HEADING). Before, only the first name
(at the line's start) was found, and every result was read as background: no row at all."""

import pytest
from result_rows import row_tuples

from oncoev.extract.normalize import normalize
from oncoev.extract.sentences import find_sections

TITLE = "Drug N or drug P for relapsed lymphoma: a randomised trial.\n\n"
PARTS = ("Relapse after first-line therapy is frequent.",
         "We randomly assigned 130 patients to drug N (n = 66) or drug P (n = 64).",
         "The complete response rate was 38% with drug N and 21% with drug P.",
         "Drug N gives more complete responses.")
NAMES = ("Context", "Methods", "Results", "Conclusions")
EXPECTED = {("CR", "rate", 38.0, "drug_n"), ("CR", "rate", 21.0, "drug_p")}


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-", " \u2014 "])
@pytest.mark.parametrize("upper", [False, True])
def test_part_names_with_a_stop_and_a_dash_open_their_parts(dash, upper):
    text = TITLE + " ".join(f"{n.upper() if upper else n}.{dash}{p}" for n, p in zip(NAMES, PARTS, strict=True))
    assert row_tuples(text, "endpoint measure value cohort") == EXPECTED


@pytest.mark.parametrize("text, name", [
    ("All 40 were seen. Results.\u2014The median survival was 9 months.", "results"),
    ("All 40 were seen. METHODS.\u2014We reviewed 40 files.", "methods"),
])
def test_a_name_with_a_stop_and_a_dash_after_a_sentence_is_a_heading(text, name):
    assert [s.name for s in find_sections(normalize(text).text)] == [name]
