"""A rate's time point written as its own label before it, in a list of label-value items ("1-year, 38%; 2-year,
19%"), and a duration that is such a label, no median; sentences we wrote."""

from __future__ import annotations

import pytest
from result_rows import rows_where
from support import labelled_extraction

ARMS = "Patients were randomly assigned to arm A or arm B. "


@pytest.mark.parametrize(("text", "expected"), [
    (ARMS + "For arm B, survival was as follows: median, 9.0 months; 1-year, 38%; 2-year, 19%.",
     [("median", 9.0, None), ("rate", 38.0, 12.0), ("rate", 19.0, 24.0)]),
    (ARMS + "In arm A, progression-free survival was: median, 6.1 months; 6-month, 52%; 12-month, 21%.",
     [("median", 6.1, None), ("rate", 52.0, 6.0), ("rate", 21.0, 12.0)]),
])
def test_each_rate_is_at_the_time_labelled_before_it(text, expected):
    out, _ = labelled_extraction(text)
    assert sorted((r["measure"], r["value"], r["timepoint_months"]) for r in out["results"]) == sorted(
        expected, key=lambda x: (x[0], x[1], x[2] or 0))


@pytest.mark.parametrize("text", [
    ARMS + "With arm A, overall survival was: median 14 months; 12 months, 55%; 24 months, 30%.",
    ARMS + "For arm B, survival was: median 11 months; 6 months, 70%; 18 months, 33%.",
])
def test_a_time_label_is_no_median(text):
    out, _ = labelled_extraction(text)
    assert [r["value"] for r in out["results"] if r["measure"] == "median"] == [float(text.split("median ")[1][:2])]


@pytest.mark.parametrize(("text", "value", "months"), [
    # a list of values, not labels: the rate keeps the time the sentence gives it
    ("The response rate, median survival and 1-year survival rate were 28.0%, 10.9 months and 45.1%, respectively.",
     45.1, 12.0),
    # a median with its interval after a comma is no label of the interval's bound
    ("Patients were randomly assigned to drug K or placebo. Progression-free survival was longer in the drug K group "
     "(4.2 months, 95% CI 3.1-5.0) than in the placebo group (2.0 months).", None, None),
])
def test_values_listed_or_bracketed_are_no_labels(text, value, months):
    out, _ = labelled_extraction(text)
    if value is None:
        assert 4.2 in [r["value"] for r in out["results"] if r["measure"] == "median"]
    else:
        assert [(r["value"], r["timepoint_months"]) for r in out["results"] if r["value"] == value] == [(value, months)]


ONE_ARM = "We treated 64 patients with drug Z. "


@pytest.mark.parametrize(("text", "expected"), [
    (ONE_ARM + "The 1-year local control was 88%, and both 2- and 3-year local control was 71%.",
     [("LC", 88.0, 12.0), ("LC", 71.0, 24.0), ("LC", 71.0, 36.0)]),
    (ONE_ARM + "The 3- and 5-year overall survival rates were both 46%.", [("OS", 46.0, 36.0), ("OS", 46.0, 60.0)]),
])
def test_one_rate_said_of_both_time_points_is_at_each(text, expected):
    out, _ = labelled_extraction(text)
    assert sorted((r["endpoint"], r["value"], r["timepoint_months"]) for r in out["results"]
                  if r["measure"] == "rate") == sorted(expected)


@pytest.mark.parametrize("text", [
    # no "both": the one value may be either time's
    ONE_ARM + "The 3- and 5-year overall survival rates were 46%.",
    # two outcomes at two times: which rate is which is not said
    ONE_ARM + "Both the 3- and 5-year overall and progression-free survival rates were 46%.",
    # one interval for two time points: no row says it
    ONE_ARM + "Both the 3- and 5-year overall survival rates were 46% (95% CI 35-57%).",
])
def test_one_rate_of_two_time_points_unsure_gives_no_row(text):
    out, _ = labelled_extraction(text)
    assert not rows_where(out, value=46.0)


@pytest.mark.parametrize(("text", "code"), [
    (ARMS + "The 2-year PFS, disease control rate and median OS were 35%, 60% and 16.1 months in arm B.", "DCR"),
    (ARMS + "The 3-year local control, objective response rate and median survival were 71%, 44% and 20.2 months in "
     "arm A.", "ORR"),
])
def test_a_response_later_in_a_timed_list_has_no_time_point(text, code):
    out, _ = labelled_extraction(text)
    assert [r["timepoint_months"] for r in out["results"] if r["endpoint"] == code] == [None]


def test_a_time_said_right_before_a_response_is_its_own():
    out, _ = labelled_extraction("The 12-week disease control rate and the 1-year OS were 70% and 55%, respectively.")
    assert [(r["endpoint"], r["timepoint_months"]) for r in out["results"] if r["endpoint"] == "DCR"] == [
        ("DCR", 2.77)]
