"""A model's table whose caption names no endpoint ("Cox regression analysis results"): the endpoint the sentences
citing the table name is the model's, when they all name the same one; none or several, and its ratios stay unread.
Tables and sentences written for this test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

from oncoev.extract.table_citations import cited_tables, endpoints_citing, table_number


@pytest.mark.parametrize("sentence, numbers", [
    ("Factors retained in the model are listed in Table 3.", {3}),
    ("Both analyses (Tables 2 and 4) gave the same order.", {2, 4}),
    ("Results by site are shown in Tables 2-4.", {2, 3, 4}),
    ("See Table IV for the adjusted estimates.", {4}),
    ("The full model is in Supplementary Table 2.", set()),
    ("The full model is in Table S2.", set()),
    ("No table is cited in this sentence.", set()),
])
def test_the_tables_a_sentence_cites(sentence, numbers):
    assert cited_tables(sentence) == numbers


def test_a_tables_own_number_comes_from_its_label():
    assert (table_number("Table 5"), table_number("Table III"), table_number("Figure 2"), table_number(None)) == \
        (5, 3, None, None)


def test_the_endpoint_of_the_sentences_citing_a_table_when_they_name_one():
    cites_one = ["Age and nodal stage predicted overall survival (Table 2).", "Table 2 also lists sex."]
    cites_two = ["Predictors of overall survival and of local control are in Table 2."]
    assert endpoints_citing("Table 2", cites_one) == ["OS"]
    assert endpoints_citing("Table 2", cites_two) == []
    assert endpoints_citing("Table 3", cites_one) == []


# A proportional hazards table whose caption says no endpoint; the text's sentence that cites it says which.
COX = (
    "Results\n\n"
    "Table 2: Proportional hazards regression results for the whole series.\n"
    "Factors | Univariate analysis HR | 95% CI | P value | Multivariate analysis HR | 95% CI | P value\n"
    "Older age | 1.31 | 1.05–1.62 | 0.016 | 1.27 | 1.02–1.58 | 0.031\n"
    "Adjuvant chemotherapy | 0.68 | 0.52–0.88 | 0.004 | 0.71 | 0.54–0.93 | 0.013\n\n"
    "{sentence}\n"
)
# Another wording: odds ratios of a logistic model, a Roman table number, response named in the text.
LOGISTIC = (
    "Results\n\n"
    "Table III: Logistic regression model.\n"
    "Variable | OR | 95% CI | P\n"
    "Never smoker | 2.40 | 1.30–4.43 | 0.005\n"
    "Squamous histology | 0.52 | 0.29–0.93 | 0.03\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize("text, sentence, expected", [
    (COX, "As Table 2 shows, two factors were associated with overall survival.",
     {("OS", "hr", 1.31, "univariate"), ("OS", "hr", 1.27, "multivariate"),
      ("OS", "hr", 0.68, "univariate"), ("OS", "hr", 0.71, "multivariate")}),
    (COX, "In the model (Table 2), older age shortened disease-free survival.",
     {("DFS", "hr", 1.31, "univariate"), ("DFS", "hr", 1.27, "multivariate"),
      ("DFS", "hr", 0.68, "univariate"), ("DFS", "hr", 0.71, "multivariate")}),
    (LOGISTIC, "Factors predicting objective response are listed in Table III.",
     {("ORR", "or", 2.4, None), ("ORR", "or", 0.52, None)}),
    # the citing sentences name two endpoints: which one the model is of is not known
    (COX, "Table 2 gives the model for overall survival; the model for local control was similar.", set()),
    # nothing cites the table
    (COX, "The two factors were associated with overall survival.", set()),
])
def test_a_model_table_takes_the_endpoint_of_the_text_citing_it(text, sentence, expected):
    got = row_tuples(text.format(sentence=sentence), "endpoint measure value analysis",
                     pattern_id="table.ratio_columns")
    assert got == expected
