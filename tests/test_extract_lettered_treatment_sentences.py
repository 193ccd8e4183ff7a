"""A sentence that ends with a lettered treatment ("... with drug B. The 1-year ...", "than treatment A. At 2 years")
ends there: the single capital letter after a word that names treatments is the treatment's letter, not an initial.
Read as one sentence, the next one's values changed the first's reading (a median of the first outcome was lost). An
initial after a name or a preposition ("reviewed by J. Smith") still joins. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest
from support import extract_text

from oncoev.extract.sentences import split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Median PFS was 6.4 months with drug A and 4.9 months with drug B. The 1-year OS rate was 61%.", 2),
    ("Responses were more frequent with treatment A than with treatment B. At 2 years, 40% were alive.", 2),
    ("Toxicity was lower in centre C. Overall, 12 patients stopped early.", 2),
    # an initial after a preposition joins
    ("The scans were reviewed by J. Smith and a second reader.", 1),
])
def test_a_lettered_treatment_ends_the_sentence(text, sentences):
    assert len(split_sentences(text)) == sentences


def test_both_outcomes_of_each_run_are_read_before_another_sentence():
    out = extract_text("Methods: Patients were randomly assigned to drug A (n = 58) or drug B (n = 57). Results: "
                       "Median PFS and OS were 5.7 and 13.9 months with drug A and 4.1 and 10.6 months with drug B. "
                       "The 2-year OS rates were 28% and 19%.")
    medians = {(r["endpoint"], r["value"]) for r in out["results"] if r["measure"] == "median"}
    assert medians == {("PFS", 5.7), ("OS", 13.9), ("PFS", 4.1), ("OS", 10.6)}
