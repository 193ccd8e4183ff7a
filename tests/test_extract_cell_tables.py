"""Tables with known cells (" | " between them, as the PDF reader writes tables): tables we wrote."""

from __future__ import annotations

from oncoev.extract.cell_tables import find_cell_tables, read_cell_table

SURVIVAL_BY_ROW = """Table 3: Survival of the two histological groups.
 | Adenocarcinoma | Squamous (45 cases) | Chi2 value | P value
Total |  |  | 9.80 | 0.002
2-year OS rate | 70.1% | 55.0% |  |
5-year OS rate | 48.0% | 30.5% |  |
Stage III |  |  | 1.10 | 0.29
5-year OS rate | 35.0% | 28.1% |  |
Median OS (months) | 61.0 | 33.5 |  |
"""

COX = """Table 4: Cox regression analysis of prognostic factors.
Factor | Univariate analysis HR | 95% CI | P value | Multivariate analysis HR | 95% CI | P value
Age > 65 years | 1.45 | 1.10–1.91 | 0.008 | 1.30 | 0.98–1.72 | 0.07
Node positive | 2.10 | 1.60–2.76 | <0.001 | 1.95 | 1.47–2.59 | <0.001
Sex | 0.95 | — | 0.71 |  |  |
"""


def read(text):
    ((caption, _, rows),) = find_cell_tables(text)
    return read_cell_table(caption, rows)


def test_rows_named_by_endpoint_and_time_with_group_columns_and_subgroups():
    out = {(f.fields["measure"], f.fields.get("timepoint_months"), f.fields["value"], g.label, g.n,
            f.fields["p_value"]) for f, g in read(SURVIVAL_BY_ROW)}
    assert ("rate", 24, 70.1, "Adenocarcinoma", None, 0.002) in out
    assert ("rate", 60, 30.5, "Squamous", 45, 0.002) in out
    assert ("rate", 60, 28.1, "Squamous, Stage III", None, 0.29) in out
    assert ("median", None, 61.0, "Adenocarcinoma, Stage III", None, 0.29) in out
    assert len(out) == 8  # the chi-square column is no group


def test_ratio_columns_by_analysis_with_ci_and_p():
    out = [(f.fields["endpoint"], f.fields["measure"], f.fields["value"], f.fields.get("ci_low"),
            f.fields.get("p_op"), f.fields.get("p_value"), f.fields["analysis"], g.label) for f, g in read(COX)]
    assert ("OS", "hr", 1.45, 1.1, None, 0.008, "univariate", "Age > 65 years") in out
    assert ("OS", "hr", 1.95, 1.47, "<", 0.001, "multivariate", "Node positive") in out
    assert ("OS", "hr", 0.95, None, None, 0.71, "univariate", "Sex") in out
    assert len(out) == 5


def test_ratio_table_of_an_unnamed_outcome_is_left_alone():
    text = "Table 2: Odds of abstinence.\nFactor | OR | 95% CI\nGroup | 1.2 | 0.7-2.1\n"
    assert read(text) == []


def test_numbered_rows_of_a_sensitivity_analysis_are_no_factors():
    text = "Table 5: Cox model of survival, leaving one study out.\nStudy omitted | HR | 95% CI\n1 | 1.64 | 1.26-2.15\n"
    assert read(text) == []
