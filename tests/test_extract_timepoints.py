"""Rates at a time point and medians, in the forms papers of any site and design write them (issue 13).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import results_of as _rows

_SERIES = ("Methods: We treated 140 adults with limb sarcoma with preoperative radiotherapy and surgery. Results: ")


@pytest.mark.parametrize(("sentence", "grade", "months"), [
    ("The 5-year cumulative incidence of grade 3 or higher late toxicity was 9%.", ">=3", 60.0),
    ("The 3-year cumulative incidence of grade 2 or worse late toxicity was 17%.", ">=2", 36.0),
    ("At 4 years, the cumulative incidence of grade 3 late toxicity was 6%.", "3", 48.0),
])
def test_a_toxicity_rate_keeps_its_time_point_past_the_grade_words(sentence, grade, months):
    rows = [r for r in _rows(_SERIES + sentence) if r["endpoint"] == "TOX"]
    assert [(r["grade"], r["timepoint_months"]) for r in rows] == [(grade, months)]


def test_a_time_point_far_from_the_toxicity_is_not_its_own():
    # the time point names when patients were seen, far before a crude rate of toxicity with many words between
    rows = [r for r in _rows(_SERIES + "At 2 years, patients who had been seen in the clinic by a physician reported "
                             "grade 3 toxicity in 7%.") if r["endpoint"] == "TOX"]
    assert [r["timepoint_months"] for r in rows] in ([], [None])


_LYMPHOMA = ("Methods: We reviewed 96 adults with follicular lymphoma given low-dose radiotherapy. Results: ")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time point glued to its unit and the outcome
    ("The 5y-OS and 5y-PFS were 91% and 64%, respectively.", {("OS", 60.0, 91.0), ("PFS", 60.0, 64.0)}),
    ("The 3yr PFS was 72% and the 10yOS 58%.", {("PFS", 36.0, 72.0), ("OS", 120.0, 58.0)}),
    ("The 2y-LC was 93%.", {("LC", 24.0, 93.0)}),
    # freedom from progression is progression free
    ("Freedom from progression at 3 years was 77%.", {("PFS", 36.0, 77.0)}),
    ("Freedom from progression (FFP) at 5 years was 68%, and the 8-year FFP was 61%.",
     {("PFS", 60.0, 68.0), ("PFS", 96.0, 61.0)}),
    ("The 4-year freedom from disease progression was 72%.", {("PFS", 48.0, 72.0)}),
    # an age glued to its unit is no time point
    ("In patients older than 65y, OS at 5 years was 77%.", {("OS", 60.0, 77.0)}),
])
def test_a_time_point_and_outcome_of_a_lymphoma_result(sentence, expected):
    rows = _rows(_LYMPHOMA + sentence)
    assert {(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows} == expected


_BREAST = ("Methods: We followed 820 women with early breast cancer after adjuvant endocrine therapy. Results: ")


@pytest.mark.parametrize(("sentence", "months"), [
    ("Kaplan-Meier estimates 8 years after surgery showed a disease-free survival of 71%. "
     "The corresponding figure for overall survival was 83%.", 96.0),
    ("The 4-year disease-free survival was 66%. The corresponding rate for overall survival was 79%.", 48.0),
    ("The 6-year DFS was 61%. The corresponding estimates of OS were 75%.", 72.0),
])
def test_the_corresponding_figure_of_another_curve_keeps_the_time_point(sentence, months):
    rows = [r for r in _rows(_BREAST + sentence) if r["endpoint"] == "OS"]
    assert [(r["timepoint_months"], r["measure"]) for r in rows] == [(months, "rate")]


def test_another_curve_without_the_cue_takes_no_time_point_from_the_sentence_before():
    rows = [r for r in _rows(_BREAST + "The 4-year disease-free survival was 66%. Among women older than 70, overall "
                             "survival was 79%.") if r["endpoint"] == "OS"]
    assert [r["timepoint_months"] for r in rows] in ([], [None])


@pytest.mark.parametrize(("sentence", "median", "rates"), [
    ("Median OS was 41 months; 1-year, 92%; 3-year, 60%.", ("OS", 41.0), {("OS", 12.0, 92.0), ("OS", 36.0, 60.0)}),
    ("Median progression-free survival was 19.5 months (95% CI 15.1-24.0); 2-year: 41%.", ("PFS", 19.5),
     {("PFS", 24.0, 41.0)}),
    ("Median overall survival was 27 months; 2-year, 55%; and 5-year, 22%.", ("OS", 27.0),
     {("OS", 24.0, 55.0), ("OS", 60.0, 22.0)}),
])
def test_a_median_then_rates_at_times_with_the_curve_left_unnamed(sentence, median, rates):
    rows = _rows(_LYMPHOMA + sentence)
    assert {(r["endpoint"], r["value"]) for r in rows if r["measure"] == "median"} == {median}
    assert {(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows if r["measure"] == "rate"} == rates


def test_a_time_after_a_median_that_no_rate_follows_is_not_the_curves():
    rows = _rows(_LYMPHOMA + "Median OS was 41 months, and 2-year follow-up was complete in 85%.")
    assert not [r for r in rows if r["endpoint"] == "OS" and r["measure"] == "rate"]


_CHILDREN = ("Methods: We enrolled 180 children with Wilms tumour treated on a national protocol. Results: ")


@pytest.mark.parametrize(("sentence", "endpoint", "months", "value", "ci"), [
    ("Event-free survival at 4 years was 0.83.", "EFS", 48.0, 83.0, (None, None)),
    ("The probability of overall survival at 5 years was 0.91 (95% CI 0.86-0.95).", "OS", 60.0, 91.0, (86.0, 95.0)),
    ("The 3-year relapse-free survival probability was 0.772 (SE 0.03).", "DFS", 36.0, 77.2, (None, None)),
])
def test_a_survival_probability_written_as_a_fraction_is_a_percentage(sentence, endpoint, months, value, ci):
    rows = [r for r in _rows(_CHILDREN + sentence) if r["measure"] == "rate"]
    assert [(r["endpoint"], r["timepoint_months"], r["value"], (r["ci_low"], r["ci_high"])) for r in rows] == [
        (endpoint, months, value, ci)]


@pytest.mark.parametrize("sentence", [
    # a ratio, a percentage said elsewhere in the sentence, a median: no fraction of a curve to read as a percentage
    "The 4-year EFS was 83% and the hazard ratio for relapse was 0.62.",
    "Event-free survival at 4 years did not differ by stage (p = 0.41).",
    "Median event-free survival was 0.8 years.",
    # a model's accuracy for a curve at a time point, no rate of it
    "The area under the curve for 3-year overall survival was 0.74.",
    "The C-index of the nomogram for 5-year OS was 0.71.",
    "The 2-year event-free survival correlated with tumour volume (r = 0.45).",
])
def test_no_fraction_is_read_as_a_percentage_where_none_is_a_curves(sentence):
    rows = _rows(_CHILDREN + sentence)
    assert not [r for r in rows if r["measure"] == "rate" and r["value"] not in (83.0,)]


@pytest.mark.parametrize("sentence", [
    "Four-year event-free survival was better after complete resection, and the hazard ratio was estimated to be 0.71 "
    "(95% CI 0.55-0.90).",
    "The 2-year event-free survival was strongly associated with 5-year overall survival (rho = 0.86).",
    "The agreement of 3-year EFS and 5-year OS was 0.82 for the trials in the review, and 0.77 for 3-year OS.",
])
def test_a_ratio_or_an_association_of_timed_curves_is_no_percentage(sentence):
    assert not [r for r in _rows(_CHILDREN + sentence) if r["measure"] == "rate"]


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("The 5-year freedom from local progression was 93%.", "LC"),
    ("The 5-year freedom from distant progression was 71%.", "DMFS"),
])
def test_freedom_from_progression_at_one_site_stays_that_sites(sentence, endpoint):
    assert {r["endpoint"] for r in _rows(_LYMPHOMA + sentence)} == {endpoint}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 1-year local failure rate was 3% and the 3-year 7%.", {("FAIL_LOCAL", 12.0, 3.0), ("FAIL_LOCAL", 36.0, 7.0)}),
    ("The 2-year OS was 83%, and the 5-year, 66%.", {("OS", 24.0, 83.0), ("OS", 60.0, 66.0)}),
    ("The 3-year incidence of grade 2 proctitis was 5% and the 5-year 8%.", {("TOX", 36.0, 5.0), ("TOX", 60.0, 8.0)}),
])
def test_the_next_time_point_of_a_curve_named_once(sentence, expected):
    rows = _rows(_SERIES + sentence)
    assert {(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows} == expected


@pytest.mark.parametrize("sentence", [
    "The 2-year OS was 83% and 5-year follow-up was complete in 95%.",
    "The 2-year OS was 83%, and 4-year data were available for 62% of patients.",
])
def test_a_time_after_a_rate_that_names_no_rate_is_not_the_curves(sentence):
    rows = _rows(_SERIES + sentence)
    assert {(r["endpoint"], r["timepoint_months"], r["value"]) for r in rows} == {("OS", 24.0, 83.0)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # time points joined by a slash after the hyphen, the unit said once
    ("We treated 58 patients with drug Y. The 1-/3-year overall survival rates were 77% and 39%, respectively.",
     {("OS", 77.0, 12.0), ("OS", 39.0, 36.0)}),
    # each time point with its unit, joined by a slash
    ("We treated 58 patients with drug Y. The 6-month/12-month local control rates were 93% and 80%.",
     {("LC", 93.0, 6.0), ("LC", 80.0, 12.0)}),
])
def test_time_points_joined_by_a_slash_are_a_list(sentence, expected):
    assert {(r["endpoint"], r["value"], r["timepoint_months"]) for r in _rows(sentence)} == expected


def test_a_fraction_before_year_is_no_list_of_time_points():
    # "1/2-year": half a year may be meant, not 1 and 2 years
    rows = _rows("We treated 58 patients with drug Y. The 1/2-year overall survival rates were 77% and 39%.")
    assert not [r for r in rows if r["timepoint_months"] == 12.0]
