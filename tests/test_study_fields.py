"""Study-level fields (oncoev.extract.study) on abstracts and snippets written for these tests."""

from __future__ import annotations

import pytest
from result_rows import rows_where
from support import extract_text, yaml_cases

from oncoev.extract.study import find_study_fields, parse_count

RETROSPECTIVE = """Stereotactic radiotherapy for adrenal metastases: a single-institution experience

Abstract
Purpose: To report outcomes of SBRT for adrenal metastases.
Methods: We retrospectively reviewed 64 patients with adrenal metastases from non-small cell lung cancer
treated between March 2012 and November 2019 at the Leiden University Medical Center, Leiden, the Netherlands.
Results: After a median follow-up of 2.5 years (range, 0.3-7.1), the 2-year local control was 81%.
Twelve patients (19%) received immunotherapy. Lung cancer was the primary in all patients.

Introduction
Adrenal metastases are frequent in lung cancer and melanoma [1]. A randomized trial [2] and a
phase III study [3] of 230 patients were enrolled in other settings.
"""

RANDOMISED = """Background: Whether adding consolidation immunotherapy improves survival in limited-stage small-cell
lung cancer is unknown.
Methods: In this open-label, randomised, phase 3 trial, 406 patients with limited-stage SCLC were randomly
assigned (1:1) to chemoradiotherapy with or without maintenance treatment. Patients were enrolled from
2016 to 2020.
Findings: At a median follow-up of 38.6 months, median overall survival was 55.9 months versus 33.4 months.
"""

PHASE2 = """Purpose: This phase II study evaluated short-course radiotherapy followed by chemotherapy in locally
advanced rectal cancer. Methods: Fifty-two patients were enrolled between 01/2015 and 06/2018 at Fudan
University Shanghai Cancer Center. Results: The median follow-up was 30 months.
"""

REGISTRY = """We queried the National Cancer Database for women with stage IVB cervical cancer diagnosed from
2004 to 2016. A total of 3,169 patients were identified; 1,204 received pelvic radiotherapy. Cervical cancer
survival was compared with propensity scores.
"""

REVIEW = """Radiotherapy for oligometastatic prostate cancer: a narrative review

In this review, we summarize the current evidence for metastasis-directed therapy in prostate cancer.
A phase II trial randomised 54 patients to surveillance or SBRT [3]. Another retrospective study of 119
patients [4] reported a median follow-up of 36 months. Prostate cancer guidelines are discussed.
"""

META = """Background: We performed a systematic review and meta-analysis of SBRT for hepatocellular carcinoma.
Methods: We searched PubMed, Embase and Cochrane for studies published up to 2021. Pooled local control
of 32 studies (1,950 patients) was estimated. This meta-analysis found high control of HCC.
"""


def test_retrospective_full_text():
    s = find_study_fields(RETROSPECTIVE)
    f = s.fields
    assert (f["kind"], f["design"], f["cancer"], f["n_patients"]) == ("primary", "retrospective", "lung", 64)
    assert (f["enrolment_start"], f["enrolment_end"]) == ("2012-03", "2019-11")
    assert f["median_follow_up_months"] == pytest.approx(30)
    assert f["institution"] == "Leiden University Medical Center"
    assert f["country"] == "Netherlands"
    assert f["population"] == "adrenal metastases"
    # Provenance points into the text, at the words that gave the field.
    p = s.provenance["n_patients"]
    assert RETROSPECTIVE[p["quote_start"]:p["quote_end"]].startswith("We retrospectively reviewed 64 patients")
    p = s.provenance["median_follow_up_months"]
    assert "2.5 years" in RETROSPECTIVE[p["quote_start"]:p["quote_end"]]
    assert set(s.provenance) >= {"design", "cancer", "n_patients", "enrolment_start", "institution", "country"}


def test_randomised_trial_abstract():
    f = find_study_fields(RANDOMISED).fields
    assert (f["kind"], f["design"], f["cancer"]) == ("primary", "phase3", "lung")
    assert f["n_patients"] == 406
    assert (f["enrolment_start"], f["enrolment_end"]) == ("2016", "2020")
    assert f["median_follow_up_months"] == pytest.approx(38.6)


def test_randomised_without_a_phase_is_reported_prospective():
    """GOLD_FORMAT's designs have no "randomized": a randomised trial that names no phase is prospective."""
    text = ("Methods: 120 patients with glioblastoma were randomly assigned to hypofractionated or standard "
            "radiotherapy. Median follow-up was 18 months.")
    s = find_study_fields(text)
    f = s.fields
    assert (f["design"], f["cancer"], f["n_patients"], f["median_follow_up_months"]) == (
        "prospective", "brain", 120, 18)
    assert s.provenance["design"]["pattern_id"] == "study.design.randomized"


def test_phase2_trial_with_number_words_and_numeric_months():
    f = find_study_fields(PHASE2).fields
    assert (f["kind"], f["design"], f["cancer"], f["n_patients"]) == ("primary", "phase2", "rectal", 52)
    assert (f["enrolment_start"], f["enrolment_end"]) == ("2015-01", "2018-06")
    assert f["country"] == "China"


def test_registry_study():
    f = find_study_fields(REGISTRY).fields
    assert (f["kind"], f["design"], f["cancer"], f["n_patients"]) == ("primary", "registry", "cervical", 3169)
    assert (f["enrolment_start"], f["enrolment_end"]) == ("2004", "2016")


def test_review_leaves_its_own_counts_empty():
    f = find_study_fields(REVIEW).fields
    assert (f["kind"], f["design"], f["cancer"]) == ("review", "review", "prostate")
    assert f["n_patients"] is None and f["median_follow_up_months"] is None and f["country"] is None


@yaml_cases
def test_a_review_is_a_review(text):
    assert find_study_fields(text).fields["kind"] == "review"


def test_short_review_abstract():
    f = find_study_fields("Immunotherapy has changed the care of melanoma. Here, we review recent advances in "
                          "combining radiotherapy with checkpoint inhibitors in melanoma.").fields
    assert (f["kind"], f["design"], f["cancer"]) == ("review", "review", "melanoma")


@yaml_cases
def test_a_review_of_patients_records_is_a_study_of_those_patients(text):
    assert find_study_fields(text).fields["kind"] == "primary"
    assert [r["value"] for r in extract_text("A study\n\n" + text)["results"]] in ([31.0], [44.0])


def test_meta_analysis():
    f = find_study_fields(META).fields
    assert (f["kind"], f["design"], f["cancer"]) == ("review", "meta-analysis", "liver")


def test_site_words_without_a_tumour_noun_do_not_name_the_cancer():
    text = ("We retrospectively analysed 40 patients with nasopharyngeal carcinoma. Cervical lymph node "
            "metastases and lung metastases were frequent; cervical nodes were irradiated.")
    f = find_study_fields(text).fields
    assert f["cancer"] == "nasopharyngeal" and f["n_patients"] == 40


def test_a_subgroup_with_a_percentage_is_not_the_study_size():
    text = "Thirty patients (25%) were treated with SBRT. In total, we enrolled 120 patients with breast cancer."
    assert find_study_fields(text).fields["n_patients"] == 120


@yaml_cases
def test_two_groups_sizes_said_together_are_not_the_study_size(text):
    assert find_study_fields(text).fields["n_patients"] not in (88, 140)


def test_abstract_with_n_equals_and_comma_follow_up():
    text = ("Methods: Consecutive patients with 1-4 brain metastases from non-small cell lung cancer treated with "
            "SRS between 2015 and 2020 were retrospectively analysed (n = 187). "
            "Results: Median follow-up, 14.2 months.")
    f = find_study_fields(text).fields
    assert (f["design"], f["cancer"], f["n_patients"], f["median_follow_up_months"]) == (
        "retrospective", "lung", 187, 14.2)


def test_case_series_and_a_design_left_unsaid():
    f = find_study_fields("We report a case series of 8 patients with recurrent glioblastoma treated with "
                          "reirradiation (follow-up (median, 11 months)).").fields
    assert (f["design"], f["cancer"], f["n_patients"], f["median_follow_up_months"]) == ("case-series", "brain", 8, 11)
    s = find_study_fields("From 2010 to 2018, 215 patients with early-stage breast cancer were treated at our "
                          "institution. With a median follow-up of 5.2 years, local recurrence was 2%.")
    assert s.fields["design"] == "retrospective"
    assert s.provenance["design"]["pattern_id"] == "study.design.default"
    assert s.fields["median_follow_up_months"] == pytest.approx(62.4)


def test_country_named_in_the_abstract_without_an_institution():
    f = find_study_fields("Methods: This multicenter randomized clinical trial enrolled 320 patients with locally "
                          "advanced rectal cancer in 12 hospitals in China from June 2015 to December 2018.").fields
    assert (f["country"], f["design"], f["n_patients"]) == ("China", "prospective", 320)
    assert f["population"] == "locally advanced rectal cancer"
    assert (f["enrolment_start"], f["enrolment_end"]) == ("2015-06", "2018-12")


def test_nothing_to_find():
    s = find_study_fields("Radiotherapy is a local treatment.")
    assert s.fields["kind"] == "primary"
    assert all(s.fields[k] is None for k in ("design", "cancer", "n_patients", "median_follow_up_months"))
    assert s.provenance == {}


@yaml_cases
def test_parse_count(words, n):
    assert parse_count(words) == n


def test_counts_in_trial_and_subject_phrasing():
    from oncoev.extract.study import find_study_fields

    assert find_study_fields("Purpose: whole-breast irradiation: a randomised trial of 2236 women with early breast "
                             "cancer.").fields["n_patients"] == 2236
    assert find_study_fields("Glioblastoma patients (n = 120) received temozolomide with radiotherapy.").fields[
        "n_patients"] == 120


@yaml_cases
def test_patients_who_had_something_are_not_the_sample(text):
    from oncoev.extract.study import find_study_fields

    assert find_study_fields(text).fields.get("n_patients") is None


def test_a_meta_analysis_is_recognised_with_or_without_its_hyphen():
    from oncoev.extract.study import find_study_fields

    for text in ("A meta-analysis of 14 studies of pancreatic adenocarcinoma.",
                 "Ki-67 and survival in rectal cancer: a meta analysis of 21 studies."):
        fields = find_study_fields(text).fields
        assert (fields["kind"], fields["design"]) == ("review", "meta-analysis"), text


@yaml_cases
def test_a_systematic_review_and_meta_analysis_is_a_meta_analysis(title):
    from oncoev.extract.study import find_study_fields

    fields = find_study_fields(title).fields
    assert (fields["kind"], fields["design"]) == ("review", "meta-analysis")


def test_a_meta_analysis_keeps_its_pooled_estimates(tmp_path):
    from oncoev.extract import extract_path

    paper = tmp_path / "meta.txt"
    paper.write_text("A meta-analysis of 12 studies of nodal status in cervical cancer.\n\nResults\nThe pooled HR "
                     "for overall survival was 1.62 (95% CI 1.20-2.19, P = 0.002).\n", encoding="utf-8")
    (row,) = extract_path(paper)["results"]
    assert (row["cohort"], row["measure"], row["value"]) == ("all", "hr", 1.62)


@yaml_cases
def test_an_analysis_pooling_trials_of_several_phases_is_prospective(text):
    s = find_study_fields(text)
    assert s.fields["design"] == "prospective"
    assert s.provenance["design"]["pattern_id"] == "study.design.pooled_phases"


# One field read from one text: (test id, field, text, expected value)
ONE_FIELD = [
    ("a_phase_named_for_another_trial_does_not_make_the_design", "design",
     "Title: Two radiotherapy schedules in glioma, a randomised phase II trial. Methods: This was an "
     "investigator-led, two-centre, blinded, phase II study. 84 patients were enrolled. Conclusion: the shorter "
     "schedule is now being tested in a phase III trial.", "phase2"),
    ("a_phase_named_for_another_trial_does_not_make_the_design", "design",
     "Purpose: This open-label phase 2 study randomised 70 patients with anal cancer. Discussion: as our objectives "
     "were met, a phase 3 study of the same arms was started in 2019; a larger phase 3 trial is warranted.", "phase2"),
    ("phase_one_two_trials_are_prospective", "design",
     "We completed a phase I/II clinical trial of concurrent chemoradiation in which 48 patients were enrolled.",
     "prospective"),
    ("chart_reviews_are_retrospective", "design",
     "The charts of 73 patients with spinal metastases treated at our clinic between 2001 and 2010 were "
     "reviewed.", "retrospective"),
    ("a_population_of_many_primary_sites_is_mixed", "cancer",
     "Title: Radiosurgery for brain metastases. Methods: 87 patients with brain metastases from various primary "
     "tumours were treated. The primary site distribution was lung in 40 and breast in 15.", "mixed"),
    ("a_population_of_many_primary_sites_is_mixed", "cancer",
     "Title: Checkpoint blockade across solid tumours. Methods: 64 patients with advanced solid tumors of 11 "
     "different tumor types were enrolled; breast cancer was the most common.", "mixed"),
    ("a_population_of_many_primary_sites_is_mixed", "cancer",
     "Background: In a trial of patients with bone metastases from solid tumours (excluding breast cancer and "
     "prostate cancer), 310 patients were randomised.", "mixed"),
    ("one_site_wins_over_a_few_multi_site_words", "cancer",
     "Methods: 55 patients with oligometastatic cervical cancer were treated; cervical cancer oligometastases "
     "were irradiated with SBRT.", "cervical"),
    ("one_site_wins_over_a_few_multi_site_words", "cancer",
     "Methods: 120 patients with unresectable carcinoma of the lung were treated with radiotherapy; brain "
     "metastases occurred in 20%.", "lung"),
    ("follow_up_with_its_range_before_the_unit", "median_follow_up_months",
     "Median follow-up time was 27.5 (range 3.1-60.2) months.", pytest.approx(27.5)),
    ("follow_up_with_its_range_before_the_unit", "median_follow_up_months",
     "The median follow-up was 4.2 [IQR 2.9-5.8] years.", pytest.approx(50.4)),
    ("there_were_n_patients", "n_patients",
     "Methods\nBetween 2003 and 2012 there were 418 consecutive patients with resected colon cancer at our "
     "hospital.", 418),
    ("there_were_n_patients", "n_patients",
     "Methods\nDuring 2015 and 2016, there were a total of 57 eligible women who underwent surgery.", 57),
    ("there_were_n_patients_outside_the_enrolment_period_is_no_study_size", "n_patients",
     "Results\nThere were 30 patients in each arm.", None),
    ("there_were_n_patients_outside_the_enrolment_period_is_no_study_size", "n_patients",
     "Results\nAt the last visit there were 3 patients with grade 4 events.", None),
    ("a_count_named_by_its_group_is_no_study_size", "n_patients",
     "Results\nOnly three women (exercise group) were enrolled late.", None),
    ("a_count_named_by_its_group_is_no_study_size", "n_patients",
     "Results\nFour patients (arm B) were treated off protocol.", None),
    # the population ends where the sentence goes on to what the patients got or to a part of them
    ("the_population_ends_before_the_treatment_or_a_part", "population",
     "Methods: From 1995 to 2002, 83 patients with stage IIIB or IV NSCLC received drug K at 1000 mg/m2 weekly.",
     "stage IIIB or IV NSCLC"),
    ("the_population_ends_before_the_treatment_or_a_part", "population",
     "Methods: From 1990 to 1999, 140 patients with rectal cancer had a low anterior resection.", "rectal cancer"),
    ("the_population_ends_before_the_treatment_or_a_part", "population",
     "Results: Among 194 drug-treated patients with radiological progression, 120 (62%) continued the drug.",
     "radiological progression"),
    ("the_population_ends_before_the_treatment_or_a_part", "population",
     "Methods: Between 2004 and 2008, 30 patients with NSCLC and poor PS, including 22 with PS 3, were enrolled.",
     "NSCLC and poor PS"),
    # a guideline, a clinical opinion or a task force's recommendations report other studies' results
    ("a_guideline_or_clinical_opinion_is_a_review", "kind",
     "Radiotherapy in older adults with lung cancer.\n\nAn expert panel reviewed trials of radiotherapy in older "
     "adults. Evidence-based guidelines are provided for lung and breast cancer. Hypofractionation improved survival "
     "in 2 trials.", "review"),
    ("a_guideline_or_clinical_opinion_is_a_review", "kind",
     "Testing for gene fusions before first-line therapy.\n\nPURPOSE This provisional clinical opinion addresses the "
     "testing of tumours for fusions. Three randomized trials with a response rate above 60% form its basis.",
     "review"),
    ("a_guideline_or_clinical_opinion_is_a_review", "kind",
     "Care of frail patients with cancer.\n\nA task force was convened to make recommendations on the care of frail "
     "patients. Two cohort studies reported a 1-year survival of 55%.", "review"),
    # a primary study that treated its patients as guidelines say is still primary
    ("a_guideline_or_clinical_opinion_is_a_review", "kind",
     "Adjuvant therapy in stage II colon cancer.\n\nMethods: We retrospectively reviewed 140 patients treated "
     "according to national guidelines. Results: The 5-year survival was 80%.", "primary"),
    # the lesions bracketed after the same count elsewhere in the abstract than the sentence the size was read from
    ("the_lesions_bracketed_after_the_study_size", "n_lesions",
     "Radiosurgery for liver metastases: a study of 58 consecutive patients.\n\nMethods: Between 2012 and 2018, 58 "
     "patients (71 lesions) received radiosurgery.", 71),
    ("the_lesions_bracketed_after_the_study_size", "n_lesions",
     "Radiotherapy of bone metastases in a series of 40 patients.\n\nMethods: The 40 patients (52 metastases) had "
     "breast cancer.", 52),
    # not a bracket after another count
    ("the_lesions_bracketed_after_the_study_size", "n_lesions",
     "Radiosurgery for liver metastases: a study of 58 consecutive patients.\n\nResults: Twelve patients (15 lesions) "
     "progressed.", None),
]


@pytest.mark.parametrize("field, text, expected", [c[1:] for c in ONE_FIELD],
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ONE_FIELD)])
def test_one_field_read_from_one_text(field, text, expected):
    assert find_study_fields(text).fields.get(field) == expected


@yaml_cases
def test_the_study_size_in_more_phrasings(text, n):
    from oncoev.extract.normalize import normalize

    assert find_study_fields(normalize(text).text).fields["n_patients"] == n


def test_a_reference_number_glued_to_a_sentence_end_is_no_count():
    text = "Few patients reached second-line therapy.12 Patients who had not progressed were randomized to A or B."
    assert find_study_fields(text).fields["n_patients"] is None


@yaml_cases
def test_the_study_size(text, n):
    assert find_study_fields(text).fields["n_patients"] == n


@yaml_cases
def test_the_size_of_the_first_arm_is_not_the_studys(text, n):
    extraction = extract_text(text)
    assert [c["n"] for c in extraction["cohorts"] if c["key"] == "all"] == [n]
    assert extraction["study"]["n_patients"] == n


@yaml_cases
def test_the_count_that_defines_the_whole_sample_is_no_outcome(text):
    extraction = extract_text(text)
    assert [c["n"] for c in extraction["cohorts"] if c["key"] == "all"] in ([240], [180])
    assert not rows_where(extraction, measure="count", cohort="all")


def test_a_series_reviewing_its_own_patients_is_primary():
    text = ("Segmentectomy for small lung tumours\n\nWe treated 120 patients with segmentectomy. A review of tumour "
            "size and margin revealed no factor predictive of recurrence. Local recurrence occurred in 9 (7.5%).")
    assert find_study_fields(text).fields["kind"] == "primary"


@yaml_cases
def test_the_number_of_a_scale_is_no_study_size(text):
    assert find_study_fields(text).fields["n_patients"] in (312, 88)


@yaml_cases
def test_a_count_with_its_share_after_it_is_a_part_not_the_sample(text, n, whole, whole_n):
    assert find_study_fields(text).fields["n_patients"] == n
    # a share of the pool the sample was enrolled from, or a bracket describing the sample, keeps the size
    assert find_study_fields(whole).fields["n_patients"] == whole_n


@yaml_cases
def test_a_long_clause_between_the_count_and_its_verb(text, n):
    assert find_study_fields(text).fields["n_patients"] == n
    # a clause that runs into another count is no clause of the first one: "Among 940 ..., 51 were found"
    other = ("Among 940 patients with lung cancer who underwent surgery at our hospital, a total of 51 were found to "
             "have a second primary tumour and were treated again.")
    assert find_study_fields(other).fields["n_patients"] != 940


@yaml_cases
def test_the_size_of_one_of_two_groups_is_not_the_sample(text):
    assert find_study_fields(text).fields["n_patients"] is None
    # a part of the sample named after it, or the sample after the pool it came from, is no second group
    assert find_study_fields("Sixty patients were enrolled and 52 were evaluable for response.").fields[
        "n_patients"] == 60
    assert find_study_fields("The first 30 candidates were screened and 26 eligible women were recruited.").fields[
        "n_patients"] == 26


@yaml_cases
def test_the_pool_a_later_count_was_taken_from_is_not_the_sample(text):
    assert find_study_fields(text).fields["n_patients"] not in (140, 230)


@yaml_cases
def test_several_sites_sharing_the_population_make_it_mixed(text):
    assert find_study_fields(text).fields["cancer"] == "mixed"
    # a one-site paper names its own site far more often than the others it mentions
    one_site = ("Consolidation durvalumab in stage III lung cancer\n\nMethods: Patients with lung cancer after "
                "chemoradiotherapy were enrolled; those with breast cancer or lymphoma in the past five years were "
                "not.\nResults: Lung cancer control at two years was 64%, and lung cancer deaths were fewer.")
    assert find_study_fields(one_site).fields["cancer"] == "lung"


@yaml_cases
def test_an_oesophagogastric_cancer_is_read_as_gastric_like_a_junction_cancer(text):
    assert find_study_fields(text).fields["cancer"] == "gastric"


@yaml_cases
def test_brain_tumours_of_a_paper_on_brain_metastases_are_no_brain_primary(text):
    assert find_study_fields(text).fields["cancer"] == "mixed"


@yaml_cases
def test_the_men_of_a_sample_of_men_and_women_are_not_the_sample(text):
    assert find_study_fields(text).fields["n_patients"] not in (64, 44)


@yaml_cases
def test_a_count_in_an_introduction_or_discussion_is_a_cited_studys(text):
    assert find_study_fields(text).fields["n_patients"] is None
    # the methods and results of the body still count
    own = text.replace("were followed in a nurse-led clinic.", "were followed; 96 women were treated.").replace(
        "were treated with an interstitial implant.", "were treated; 41 women were enrolled.")
    assert find_study_fields(own).fields["n_patients"] in (96, 41)


@yaml_cases
def test_a_systematic_review_in_its_structured_abstract_is_a_review(text, design):
    f = find_study_fields(text).fields
    assert (f["kind"], f["design"], f["n_patients"]) == ("review", design, None)


@yaml_cases
def test_an_enrolment_period_of_full_dates_with_commas(text, start, end):
    f = find_study_fields(text).fields
    assert (f["enrolment_start"], f["enrolment_end"]) == (start, end)


@yaml_cases
def test_the_median_follow_up_said_in_more_ways(text, months):
    assert find_study_fields(text).fields["median_follow_up_months"] == pytest.approx(months)


# --- the count of patients: rules after one that counted in the title or abstract are not tried (speed) ----------

OWN_ABSTRACT_COUNT = """Hypofractionated radiotherapy for bladder cancer in the very old

Purpose: To assess short-course radiotherapy in frail patients aged 80 years or older.
Methods: We enrolled 58 patients between 2014 and 2019. Results: The 2-year local control was 77%.
"""

# the abstract names no count; the body does, after the Introduction heading
COUNT_AFTER_THE_ABSTRACT = """Salvage reirradiation of head and neck cancer with protons

Abstract
Purpose: To describe toxicity and control after proton reirradiation of recurrent head and neck cancer in a
single centre, with attention to carotid events and feeding-tube dependence during the first year after treatment.
Conclusion: Proton reirradiation was feasible, and late carotid events were rare in this group of survivors.

Introduction
Recurrences after a first course of radiotherapy are hard to treat, and protons may spare what was irradiated.

Methods
From 2015 to 2020, 41 patients were treated with protons at our centre.
"""


def n_patient_rules_tried(monkeypatch, text):
    from oncoev.extract import study

    ids = {id(regex): pid for pid, regex, _, _ in study._rules().n_patients}
    tried = []
    anchored = study._anchored

    def recording(regex, *args, **kwargs):
        if id(regex) in ids:
            tried.append(ids[id(regex)])
        return anchored(regex, *args, **kwargs)

    monkeypatch.setattr(study, "_anchored", recording)
    return find_study_fields(text), tried


def test_no_count_rule_is_tried_after_one_counted_in_the_abstract(monkeypatch):
    found, tried = n_patient_rules_tried(monkeypatch, OWN_ABSTRACT_COUNT)
    assert found.fields["n_patients"] == 58 and found.provenance["n_patients"]["pattern_id"] == "study.n.we_verb"
    assert tried == ["study.n.this_analysis", "study.n.we_verb"]


def test_count_rules_go_on_after_a_count_found_past_the_abstract(monkeypatch):
    found, tried = n_patient_rules_tried(monkeypatch, COUNT_AFTER_THE_ABSTRACT)
    from oncoev.extract import study

    assert found.fields["n_patients"] == 41 and found.provenance["n_patients"]["pattern_id"] == "study.n.were_verb"
    assert tried == [pid for pid, _, _, _ in study._rules().n_patients]  # a later rule may still count in the abstract
